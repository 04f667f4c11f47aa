"""Page contexts: one function per page, used by the HTML view, its JSON twin
and the static export alike, so the three never disagree."""

from __future__ import annotations

from ..app import Inara
from ..errors import NotFound
from ..vocab import BAND_LABELS, BANDS


def home(inara: Inara) -> dict:
    library = inara.library
    topics = [{"slug": slug, "title": card.title, "description": card.description,
               "bands": [b for b in BANDS if library.guide(slug, b)]}
              for slug, card in library.topics.items()]
    bands = [{"slug": band, "label": BAND_LABELS[band],
              "count": sum(1 for g in library.guides.values() if g.band == band)} for band in BANDS]
    return {"topics": topics, "bands": bands}


def band_page(inara: Inara, band: str) -> dict:
    if band not in BANDS:
        raise NotFound(f"'{band}' is not an age band; bands are: {', '.join(BANDS)}")
    guides = sorted((g for g in inara.library.guides.values() if g.band == band), key=lambda g: g.title)
    return {"band": band, "label": BAND_LABELS[band],
            "guides": [{"topic": g.topic, "band": g.band, "title": g.title, "summary": g.summary} for g in guides]}


def topic_page(inara: Inara, topic: str) -> dict:
    """A topic from the home page: which age? One link per band it has a guide for."""
    from ..compose.guide import resolve_guide

    card = inara.library.topics.get(topic)
    if card is None:
        raise NotFound(f"'{topic}' is not a topic")
    bands = []
    for band in BANDS:
        guide, _notes = resolve_guide(inara.library, topic, band)
        bands.append({"band": band, "label": BAND_LABELS[band], "topic": guide.topic, "title": guide.title,
                      "nearest": guide.topic != topic})
    return {"topic": {"slug": card.slug, "title": card.title, "description": card.description}, "bands": bands}


def story_list(inara: Inara, age: str | None = None, goal: str | None = None) -> dict:
    return inara.story_list(age, goal)


def story_page(inara: Inara, slug: str, name: str | None = None, pronouns: str | None = None) -> dict:
    return inara.story_data(slug, name, pronouns)


def ladder(inara: Inara) -> dict:
    return {"bands": [{"band": band, "label": BAND_LABELS[band], **inara.library.ladders[band].model_dump()}
                      for band in BANDS if band in inara.library.ladders]}


def references(inara: Inara) -> dict:
    library = inara.library
    cited_by: dict[str, list[dict]] = {ref: [] for ref in library.references}
    for guide in sorted(library.guides.values(), key=lambda g: (g.topic, list(BANDS).index(g.band))):
        for ref in dict.fromkeys(f.ref for f in guide.research):
            cited_by.setdefault(ref, []).append({"topic": guide.topic, "band": guide.band, "title": guide.title})
    refs = sorted(library.references.values(), key=lambda r: (r.authors[0].lower(), r.year))
    return {"references": [r.model_dump() | {"link": r.link, "cited_by": cited_by.get(r.id, [])} for r in refs]}
