"""HTML pages from Jinja2 templates (autoescaped: nothing a user typed is
inserted unescaped). The web app and the static export use the same
environment; `links` decides whether links suit a server or a folder of files."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..vocab import BAND_LABELS
from .common import apa, paragraphs

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"


@dataclass(frozen=True)
class Links:
    """root: prefix to the site root ('/' on a server, '../../' in a static export);
    index: file name added to folder links in a static export."""

    root: str = "/"
    index: str = ""

    def href(self, path: str) -> str:
        return self.root + path + (self.index if path == "" or path.endswith("/") else "")

    @classmethod
    def static(cls, depth: int) -> "Links":
        return cls(root="../" * depth if depth else "./", index="index.html")


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["paragraphs"] = paragraphs
    env.filters["apa"] = apa
    env.globals["band_labels"] = BAND_LABELS
    env.globals["safety_text"] = _safety_text
    return env


def _safety_text(language: str, key: str) -> str:
    # imported when a safety message asks: a guide page or the static export need not load the safety screen
    from ..matching.safety import safety_text

    return safety_text(language, key)


def render(template: str, links: Links | None = None, standalone: bool = False, **context) -> str:
    links = links or Links()
    extra = {"inline_css": (STATIC / "style.css").read_text(encoding="utf-8")} if standalone else {}
    return environment().get_template(template).render(
        href=links.href, root=links.root, index=links.index, **extra, **context
    )


def guide_context(composed, listen: list[dict] | None = None) -> dict:
    """listen: the Listen control's tracks ({part, label, url}); none where audio is not offered."""
    from .transcript import transcript

    return {"composed": composed, "transcript_text": transcript(composed), "listen": listen or []}


def guide_page(composed, links: Links | None = None, standalone: bool = True, listen: list[dict] | None = None) -> str:
    return render("guide.html", links, standalone, **guide_context(composed, listen))


def country_numbers() -> tuple[list[tuple[str, dict]], str]:
    """Every country's tap-to-call numbers: as a list for the page and as JSON for safety.js."""
    import json

    from ..matching.safety import resources

    countries = resources().get("countries") or {}
    return list(countries.items()), json.dumps(countries, ensure_ascii=False)


def answer_page(answer, links: Links | None = None, standalone: bool = True, alternative=None,
                listen: list[dict] | None = None, **extra) -> str:
    context = guide_context(answer.guide, listen) if answer.guide else {}
    regions, regions_json = country_numbers()
    alternative = alternative if alternative is not None else answer.alternative
    return render("answer.html", links, standalone, answer=answer, alternative=alternative,
                  regions=regions, regions_json=regions_json, **context, **extra)
