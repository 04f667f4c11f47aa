"""`inara build-site OUT_DIR`: the whole site as static files.

The pipeline is linear: collect pages, render each with links relative to its
own folder (so the site works from any sub-path), copy assets, write the
search index and sitemap. Free-text asking needs the server; the static site
offers browsing and a client-side search instead.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit
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


def write_audio(inara: Inara, out: Path, parts=("short", "full"), keys=None, progress: bool = False,
                cache_dir: Path | str | None = None) -> dict:
    """Each guide's parts read aloud into OUT/audio/guides/TOPIC/BAND/PART.mp3, through the audio
    cache in `cache_dir` (default: the user cache folder; a second build renders nothing new).
    Returns guide key -> parts written."""
    from .. import audio
    from .views.audio import guide_text

    audio.require()
    cache, fmt = audio.AudioCache(cache_dir), audio.default_format()
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


WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# How much each part of a guide counts when the static search scores it: its own words and its
# topic card's (title, description, the signs to get help for) most; then the ways parents put the
# topic, where a word may be said in passing ("leaving the park is a nightmare"); then the body.
GUIDE_FIELDS = (("title", 3.0), ("summary", 2.0), ("topic", 2.0), ("phrasings", 0.5), ("body", 0.3))


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


def search_index(inara: Inara) -> dict:
    """What the static site's search box reads (static/search.js): every guide and story as weighted
    word stems (Snowball English, as BM25 on the server), the stems of the words the library uses so
    the browser stems a query the same way, each topic's phrasings for snippets, and the age bands."""
    import snowballstemmer

    from ..matching.lexical import STOPWORDS

    stemmer = snowballstemmer.stemmer("english")
    vocab: dict[str, str] = {}

    def stems(text: str) -> list[str]:
        out = []
        for word in WORD.findall(text.lower().replace("\u2019", "'")):
            word = word.split("'")[0]
            if word in STOPWORDS or len(word) < 2:
                continue
            if word not in vocab:
                vocab[word] = stemmer.stemWord(word)
            out.append(vocab[word])
        return out

    def weigh(fields) -> dict[str, float]:
        weights: dict[str, float] = {}
        for text, weight in fields:
            for stem in stems(text):
                weights[stem] = weights.get(stem, 0.0) + weight
        return {stem: round(w, 1) for stem, w in weights.items() if w >= 0.6}  # a body word said once is noise

    library = inara.library
    docs = []
    for guide in library.guides.values():
        card = library.topics.get(guide.topic)
        body = guide.model_dump(exclude={"topic", "band", "title", "summary", "research", "stories", "related"})
        texts = {"title": guide.title, "summary": guide.summary,
                 "topic": " ".join([card.title, card.description, *(f.sign for f in card.red_flags)]) if card else "",
                 "phrasings": " ".join(card.examples) if card else "", "body": " ".join(_strings(body))}
        docs.append({"kind": "guide", "title": guide.title, "url": f"guides/{guide.topic}/{guide.band}/",
                     "band": guide.band, "label": BAND_LABELS[guide.band], "topic": guide.topic,
                     "summary": guide.summary, "stems": weigh((texts[f], w) for f, w in GUIDE_FIELDS)})
    for story in library.stories.values():
        goals = " ".join(library.goals[g].title for g in story.goals if g in library.goals)
        docs.append({"kind": "story", "title": story.title, "url": f"stories/{story.slug}/",
                     "label": f"Ages {story.ages[0]}-{story.ages[1]}", "ages": list(story.ages),
                     "summary": story.synopsis,
                     "stems": weigh([(story.title, 3.0), (story.synopsis, 2.0), (story.key_lesson, 1.0),
                                     (goals, 1.0), (story.text, 0.2)])})
    return {
        "vocab": {form: stem for form, stem in sorted(vocab.items()) if form != stem},
        "stop": sorted(STOPWORDS),
        "bands": [{"band": b, "label": BAND_LABELS[b], "ages": list(BANDS[b])} for b in BANDS],
        "phrasings": {slug: card.examples for slug, card in library.topics.items()},
        "docs": docs,
    }


def sitemap(paths: list[str], base_url: str) -> str:
    urls = "".join(f"  <url><loc>{escape(base_url + p)}</loc></url>\n" for p in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "</urlset>\n")


def build_site(inara: Inara, out_dir: Path | str, base_url: str = "", progress: bool = False,
               audio: bool = False, audio_cache: Path | str | None = None) -> int:
    """Write every page (and with audio=True every guide read aloud, through the audio cache in
    `audio_cache`); return how many files were written.
    Without base_url there is no sitemap.xml (a sitemap needs absolute addresses)."""
    base_url = check_base_url(base_url)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    spoken = write_audio(inara, out, progress=progress, cache_dir=audio_cache) if audio else {}
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
            target.write_text(page.build(_links(page, base_url)), encoding="utf-8")
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
    if base_url:  # a sitemap lists absolute addresses; without the site's address there is none to write
        listed = [p.path for p in todo if p.path != "404.html"]
        (out / "sitemap.xml").write_text(sitemap(listed, base_url), encoding="utf-8")
    else:
        (out / "sitemap.xml").unlink(missing_ok=True)  # an old one would list a different address
    return written + 2 + bool(base_url) + sum(len(parts) for parts in spoken.values())


def _links(page: Page, base_url: str) -> Links:
    """Relative links everywhere except the 404 page, which a static host serves at any address:
    its links start at the site's root (the path of --base-url, or "/"), and a script in the page
    finds the root when the site is in a sub-folder nobody named."""
    if page.path == "404.html":
        return Links(root=urlsplit(base_url).path or "/", index="index.html")
    return Links.static(page.depth)


def check_base_url(base_url: str) -> str:
    """An absolute http(s) address ending in '/', or '' for none."""
    from ..errors import BadInput

    base_url = (base_url or "").strip()
    if not base_url:
        return ""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise BadInput(f"--base-url is the site's public address, like https://example.org/inara/, got {base_url!r}.")
    return base_url if base_url.endswith("/") else base_url + "/"
