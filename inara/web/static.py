"""`inara build-site OUT_DIR`: the whole site as static files.

The pipeline is linear: collect pages, render each with links relative to its
own folder (so the site works from any sub-path), copy assets, write the
search index and sitemap. Free-text asking needs the server; the static site
offers browsing and a client-side search instead.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from ..app import Inara
from ..render.html import STATIC, Links, guide_page, render
from ..vocab import BAND_LABELS, BANDS
from . import context


@dataclass(frozen=True)
class Page:
    path: str  # folder path like "guides/refusing-comfort/toddler/", or a file name like "404.html"
    build: object  # callable(links) -> html

    @property
    def depth(self) -> int:
        return self.path.count("/")

    @property
    def file(self) -> str:
        return self.path + "index.html" if self.path == "" or self.path.endswith("/") else self.path


def pages(inara: Inara, spoken: dict | None = None) -> list[Page]:
    """spoken: guide key -> the parts read aloud into audio files (build-site --audio)."""
    def page(template: str, **ctx):
        return lambda links: render(template, links, static_site=True, **ctx)

    out = [
        Page("", page("home.html", **context.home(inara), form={}, error=None)),
        Page("guides/", page("guides.html", **context.home(inara))),
        Page("stories/", page("stories.html", **context.story_list(inara), error=None)),
        Page("independence/", page("ladder.html", **context.ladder(inara))),
        Page("references/", page("references.html", **context.references(inara))),
        Page("404.html", page("error.html", status=404, title="Page not found", message="There is no page here.")),
    ]
    out += [Page(f"guides/{band}/", page("band.html", **context.band_page(inara, band))) for band in BANDS]
    out += [Page(f"guides/{topic}/", page("topic.html", **context.topic_page(inara, topic))) for topic in inara.library.topics]
    spoken = spoken or {}
    for guide in inara.library.guides.values():
        composed = inara.guide(guide.topic, guide.band)
        parts = spoken.get(guide.key, ())
        out.append(Page(f"guides/{guide.topic}/{guide.band}/",
                        lambda links, c=composed, parts=parts: guide_page(c, links, standalone=False,
                                                                          listen=_tracks(c, links, parts))))
    for slug in inara.library.stories:
        out.append(Page(f"stories/{slug}/", page("story.html", **context.story_page(inara, slug), error=None, name="")))
    return out


def _tracks(composed, links: Links, parts) -> list[dict]:
    if not parts:
        return []
    from .views.audio import tracks

    return [t for t in tracks(composed, links.href) if t["part"] in parts]


def write_audio(inara: Inara, out: Path, parts=("short", "full"), keys=None, progress: bool = False) -> dict:
    """Each guide's parts read aloud into OUT/audio/guides/TOPIC/BAND/PART.mp3, through the audio
    cache (a second build renders nothing new). Returns guide key -> parts written."""
    from .. import audio
    from .views.audio import guide_text

    audio.require()
    cache, fmt = audio.AudioCache(), audio.default_format()
    keys = list(keys or inara.library.guides)
    jobs = [(key, part) for key in keys for part in parts]
    bar = None
    if progress:
        from rich.progress import Progress

        bar = Progress(transient=False)
        bar.start()
        task = bar.add_task("Reading guides aloud", total=len(jobs))
    spoken: dict[str, list[str]] = {}
    try:
        for key, part in jobs:
            topic, band = key.split("/")
            source = cache.render(guide_text(inara, topic, band, "warm", part), fmt)
            target = out / "audio" / "guides" / topic / band / f"{part}.{fmt}"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            spoken.setdefault(key, []).append(part)
            if bar:
                bar.advance(task)
    finally:
        if bar:
            bar.stop()
    return spoken


def search_index(inara: Inara) -> list[dict]:
    library = inara.library
    entries = []
    for guide in library.guides.values():
        card = library.topics.get(guide.topic)
        entries.append({"kind": "guide", "title": guide.title, "url": f"guides/{guide.topic}/{guide.band}/",
                        "band": BAND_LABELS[guide.band], "summary": guide.summary,
                        "text": " ".join([guide.summary, card.title if card else "", card.description if card else "",
                                          *(card.examples[:15] if card else [])])})
    for story in library.stories.values():
        entries.append({"kind": "story", "title": story.title, "url": f"stories/{story.slug}/",
                        "band": f"Ages {story.ages[0]}-{story.ages[1]}", "summary": story.synopsis,
                        "ages": list(story.ages), "goals": story.goals,
                        "text": " ".join([story.synopsis, story.key_lesson])})
    return entries


def sitemap(paths: list[str], base_url: str) -> str:
    urls = "".join(f"  <url><loc>{escape(base_url + p)}</loc></url>\n" for p in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "</urlset>\n")


def build_site(inara: Inara, out_dir: Path | str, base_url: str = "", progress: bool = False,
               audio: bool = False) -> int:
    """Write every page (and with audio=True every guide read aloud); return how many files were written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    spoken = write_audio(inara, out, progress=progress) if audio else {}
    todo = pages(inara, spoken)
    written = 0
    bar = None
    if progress:
        from rich.progress import Progress

        bar = Progress(transient=False)
        bar.start()
        task = bar.add_task("Building site", total=len(todo))
    try:
        for page in todo:
            target = out / page.file
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page.build(Links.static(page.depth)), encoding="utf-8")
            written += 1
            if bar:
                bar.advance(task)
    finally:
        if bar:
            bar.stop()
    assets = out / "static"
    assets.mkdir(exist_ok=True)
    for asset in STATIC.iterdir():
        shutil.copyfile(asset, assets / asset.name)
        written += 1
    (out / "search-index.json").write_text(json.dumps(search_index(inara), ensure_ascii=False), encoding="utf-8")
    # The safety screen runs in the browser too: typing an emergency into the search box shows
    # who to call, not guides (static/screen.js reads this file).
    from ..matching.safety import client_rules

    (out / "safety-rules.json").write_text(json.dumps(client_rules(), ensure_ascii=False), encoding="utf-8")
    listed = [p.path for p in todo if p.path != "404.html"]
    (out / "sitemap.xml").write_text(sitemap(listed, base_url), encoding="utf-8")
    return written + 3 + sum(len(parts) for parts in spoken.values())
