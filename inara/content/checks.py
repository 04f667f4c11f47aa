"""Structural checks, the step after reading: every id a file mentions must exist, and every
guide must have the shape the anatomy asks for. A library that passes can be served. Each
returns Problems; none raises. The editorial checks (quality.py) and those that compose guides
(inara/checking.py) come after, in `inara check`."""

from __future__ import annotations

from ..errors import Problem
from ..vocab import BANDS, band_of_range
from .models import Library

STRATEGIES = (3, 6)
AVOID = (3, 5)
MIN_CITED = 2


def check_library(library: Library) -> list[Problem]:
    """Every structural problem in a library that was read."""
    if not library.root.is_dir():  # read_library already said so; 17 "missing topic" lines would only bury it
        return []
    problems: list[Problem] = []
    for check in (_topics, _guides, _stories, _references, _ladders, _principles, _voices):
        problems += check(library)
    return problems


def _src(library: Library, kind: str, key: str) -> str:
    return library.source(kind, key)


def _topics(library: Library) -> list[Problem]:
    out = []
    if not library.topics:
        out.append(Problem("topics/", "", "at least one topic card"))
    for slug, card in library.topics.items():
        src = _src(library, "topic", slug)
        for goal in card.goals:
            if goal not in library.goals:
                out.append(Problem(src, "goals", f"a goal listed in goals.yaml, got '{goal}'"))
        for band, nearest in card.nearest.items():
            if band in card.bands:
                out.append(Problem(src, f"nearest.{band}", "only bands the topic does not cover"))
            if nearest not in library.topics:
                out.append(Problem(src, f"nearest.{band}", f"a topic with a card in topics/, got '{nearest}'"))
            elif nearest in library.topics and band not in library.topics[nearest].bands:
                out.append(Problem(src, f"nearest.{band}", f"a topic that covers {band}, '{nearest}' does not"))
        for band in BANDS:
            if band not in card.bands and band not in card.nearest:
                out.append(Problem(src, "nearest", f"a nearest topic for '{band}', which this topic does not cover"))
    return out


def _link_problem(library: Library, link: str) -> str | None:
    topic, _, band = link.partition("/")
    if topic not in library.topics or band not in BANDS:
        return f"a link 'topic/band' with a known topic and band, got '{link}'"
    if link not in library.guides:
        return f"a link to an existing guide, there is no guide '{link}'"
    return None


def _guides(library: Library) -> list[Problem]:
    out = []
    for key, guide in library.guides.items():
        src = _src(library, "guide", key)
        card = library.topics.get(guide.topic)
        if guide.topic not in library.topics:
            out.append(Problem(src, "topic", f"a topic with a card in topics/, got '{guide.topic}'"))
        elif card and guide.band not in card.bands:
            out.append(Problem(src, "band", f"a band listed in topics/{guide.topic}.yaml bands {card.bands}"))
        low, high = STRATEGIES
        if not low <= len(guide.strategies) <= high:
            out.append(Problem(src, "strategies", f"{low} to {high} strategies, got {len(guide.strategies)}"))
        low, high = AVOID
        if not low <= len(guide.avoid) <= high:
            out.append(Problem(src, "avoid", f"{low} to {high} things to avoid, got {len(guide.avoid)}"))
        for index, finding in enumerate(guide.research):
            if finding.ref not in library.references:
                out.append(Problem(src, f"research.{index}.ref", f"a reference id in references/, got '{finding.ref}'"))
        cited = {finding.ref for finding in guide.research}
        if len(cited) < MIN_CITED:
            out.append(Problem(src, "research", f"at least {MIN_CITED} different references, got {len(cited)}"))
        for index, link in enumerate(guide.related):
            message = _link_problem(library, link)
            if message:
                out.append(Problem(src, f"related.{index}", message))
            elif link == key:
                out.append(Problem(src, f"related.{index}", "a link to another guide, not to itself"))
        if guide.next:
            message = _link_problem(library, guide.next)
            if message:
                out.append(Problem(src, "next", message))
        for index, choice in enumerate(guide.stories):
            if choice.slug not in library.stories:
                out.append(Problem(src, f"stories.{index}.slug", f"a story in stories/, got '{choice.slug}'"))
        if guide.band == "teen" and guide.stories:
            out.append(Problem(src, "stories", "no picture-book stories for teens: a conversation instead"))
    return out


def _stories(library: Library) -> list[Problem]:
    out = []
    for slug, story in library.stories.items():
        src = _src(library, "story", slug)
        for goal in story.goals:
            if goal not in library.goals:
                out.append(Problem(src, "goals", f"a goal listed in goals.yaml, got '{goal}'"))
        bands = set()
        for topic in story.topics:
            if topic not in library.topics:
                out.append(Problem(src, "topics", f"a topic with a card in topics/, got '{topic}'"))
            elif topic in library.topics:
                bands |= set(library.topics[topic].bands)
        fits = band_of_range(*story.ages) & bands
        if bands and not fits:
            low, high = story.ages
            out.append(
                Problem(src, "ages", f"an age range inside a band of its topics ({sorted(bands)}), got {low}-{high}")
            )
    return out


def _references(library: Library) -> list[Problem]:
    out = []
    for ref_id, reference in library.references.items():
        for topic in reference.topics:
            if topic not in library.topics:
                out.append(Problem(_src(library, "reference", ref_id), "topics", f"a topic with a card in topics/, got '{topic}'"))
    return out


def _ladders(library: Library) -> list[Problem]:
    out = []
    for band in sorted({guide.band for guide in library.guides.values()} - set(library.ladders)):
        # Without it every guide of the band silently loses its next independence step.
        out.append(Problem(f"ladder/{band}.yaml", "", f"an independence ladder for the {band} band, which has guides"))
    for band, ladder in library.ladders.items():
        src = _src(library, "ladder", band)
        for index, step in enumerate(ladder.steps):
            for topic in step.topics:
                if topic not in library.topics:
                    out.append(Problem(src, f"steps.{index}.topics", f"a topic with a card in topics/, got '{topic}'"))
    return out


def _principles(library: Library) -> list[Problem]:
    out = []
    for band, page in library.principles.items():
        src = _src(library, "principles", band)
        for index, principle in enumerate(page.principles):
            for ref in principle.refs:
                if ref not in library.references:
                    out.append(Problem(src, f"principles.{index}.refs", f"a reference id in references/, got '{ref}'"))
    return out


def _voices(library: Library) -> list[Problem]:
    if library.voices:
        return []
    return [Problem("voices/", "", "at least one narrator voice")]
