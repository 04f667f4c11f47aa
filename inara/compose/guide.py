"""Composing a guide: the authored sections plus everything picked at compose
time (numbered citations, stories, the independence step, related and next
links, the voice). Renderers only turn this structure into text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..content.models import Guide, LadderStep, Library, Reference, TopicCard, Voice
from ..errors import BadInput, NotFound, require_text
from ..vocab import BAND_LABELS, BANDS
from .related import next_guide, related_guides
from .stories import StoryPick, pick_stories


@dataclass(frozen=True)
class Citation:
    number: int
    reference: Reference


@dataclass(frozen=True)
class CitedFinding:
    number: int
    reference: Reference
    point: str


@dataclass(frozen=True)
class FirstScreen:
    """What a tired parent needs first: what is going on, the one or two things to say, and when
    to get help. Authored per guide (`in_short`, `when_to_get_help`); for a guide whose editor has
    not written it yet, the same places are filled from other authored text (the guide's summary,
    its first script, the topic card's red flags), and `authored` is False so editors can see it."""

    what: str
    try_first: list[str]
    get_help: list[str]
    authored: bool

    def as_dict(self) -> dict:
        return {"what": self.what, "try_first": self.try_first, "when_to_get_help": self.get_help,
                "authored": self.authored}


def first_screen(guide: Guide, topic: TopicCard) -> FirstScreen:
    # A topic card's red flags cover all its bands: a teen's sign does not belong on a toddler page.
    flags = [flag for flag in topic.red_flags
             if guide.band in ("school-age", "teen") or not re.search(r"\bteens?\b|\bteen's\b", flag.sign)]
    get_help = list(guide.when_to_get_help) or [f"{flag.sign} {flag.next_step}" for flag in flags]
    if guide.in_short:
        return FirstScreen(guide.in_short.what, list(guide.in_short.try_first), get_help, True)
    scripts = [s.script for s in guide.strategies[:1]]
    return FirstScreen(guide.summary, scripts, get_help, False)


@dataclass
class ComposedGuide:
    guide: Guide
    topic: TopicCard
    voice: Voice
    findings: list[CitedFinding]
    citations: list[Citation]
    stories: list[StoryPick]
    ladder_step: LadderStep | None
    related: list[Guide]
    next: Guide | None
    notes: list[str] = field(default_factory=list)
    age_years: float | None = None

    @property
    def band_label(self) -> str:
        return BAND_LABELS[self.guide.band]

    @property
    def first(self) -> FirstScreen:
        return first_screen(self.guide, self.topic)

    def as_dict(self) -> dict:
        g = self.guide
        return {
            "topic": g.topic,
            "band": g.band,
            "band_label": self.band_label,
            "title": g.title,
            "summary": g.summary,
            "voice": self.voice.name,
            "notes": self.notes,
            "in_short": self.first.as_dict(),
            "sections": {
                "hook": g.hook,
                "reframe": g.reframe,
                "why_at_this_age": g.why_at_this_age,
                "research": [{"citation": f.number, "point": f.point} for f in self.findings],
                "perspective": g.perspective.model_dump(),
                "strategies": [s.model_dump() for s in g.strategies],
                "avoid": [a.model_dump() for a in g.avoid],
                "closing": g.closing,
                "sign_off": self.voice.sign_off,
            },
            "references": [
                {"number": c.number, "id": c.reference.id, "authors": c.reference.authors, "year": c.reference.year,
                 "title": c.reference.title, "venue": c.reference.venue, "doi": c.reference.doi,
                 "url": c.reference.link}
                for c in self.citations
            ],
            "stories": [
                {"slug": p.story.slug, "title": p.story.title, "ages": list(p.story.ages), "why": p.why,
                 "special": p.story.special, "key_lesson": p.story.key_lesson,
                 "talking_point": p.story.talking_point}
                for p in self.stories
            ],
            "independence_step": self.ladder_step.model_dump() if self.ladder_step else None,
            "related": [{"topic": r.topic, "band": r.band, "title": r.title} for r in self.related],
            "next": {"topic": self.next.topic, "band": self.next.band, "title": self.next.title} if self.next else None,
        }


def nearest_note(library: Library, topic: str, nearest: str, band: str) -> str:
    """What an answer says when the topic asked about has no guide for the child's band and its card's
    nearest topic's guide is shown instead."""
    title = library.topics[nearest].title if nearest in library.topics else nearest
    return (f"This library has no guide on '{library.topics[topic].title}' for {BAND_LABELS[band].lower()}, "
            f"so here is the nearest one: '{title}'.")


def resolve_guide(library: Library, topic: str, band: str) -> tuple[Guide, list[str]]:
    """The guide for (topic, band), or the topic card's nearest guide for a band it does not cover."""
    if topic not in library.topics:
        raise NotFound(f"'{topic}' is not a topic; topics are: {', '.join(sorted(library.topics))}")
    if band not in BANDS:
        raise NotFound(f"'{band}' is not an age band; bands are: {', '.join(BANDS)}")
    guide = library.guide(topic, band)
    if guide:
        return guide, []
    card = library.topics.get(topic)
    nearest = card.nearest.get(band) if card else None
    if nearest and library.guide(nearest, band):
        return library.guides[f"{nearest}/{band}"], [nearest_note(library, topic, nearest, band)]
    for other in BANDS:  # the library may be partial: show the same topic at another age, and say so
        if library.guide(topic, other):
            note = f"This library has no guide on this for {BAND_LABELS[band].lower()} yet; this one is for {BAND_LABELS[other].lower()}."
            return library.guides[f"{topic}/{other}"], [note]
    raise NotFound(f"There is no guide for '{topic}' in this library.")


def choose_band(library: Library, topic: str, band: str | None) -> tuple[str, list[str]]:
    """The band to use when the parent gave no age: the youngest band the topic has a guide for."""
    if band:
        return band, []
    for candidate in BANDS:
        if library.guide(topic, candidate):
            return candidate, [
                f"We could not tell your child's age, so this guide is for {BAND_LABELS[candidate].lower()}; "
                "add the age for a guide written for your child's stage."
            ]
    return "toddler", []


def check_voice(library: Library, voice: str | None) -> str:
    """A narrator voice of the library, or BadInput (422) naming those there are."""
    voice = require_text(voice or "warm", "The voice")
    if voice not in library.voices:
        raise BadInput(f"'{voice}' is not a voice; voices are: {', '.join(library.voices)}")
    return voice


def compose(library: Library, topic: str, band: str | None, voice: str = "warm", age: float | None = None) -> ComposedGuide:
    voice = check_voice(library, voice)
    band, notes = choose_band(library, topic, band)
    guide, more = resolve_guide(library, topic, band)
    notes += more
    numbers: dict[str, int] = {}
    findings = []
    for finding in guide.research:
        number = numbers.setdefault(finding.ref, len(numbers) + 1)
        findings.append(CitedFinding(number, library.references[finding.ref], finding.point))
    citations = [Citation(n, library.references[ref]) for ref, n in numbers.items()]
    return ComposedGuide(
        guide=guide,
        topic=library.topics[guide.topic],
        voice=library.voices[voice],
        findings=findings,
        citations=citations,
        stories=pick_stories(library, guide, age),
        ladder_step=ladder_step(library, guide.topic, guide.band),
        related=related_guides(library, guide),
        next=next_guide(library, guide),
        notes=notes,
        age_years=age,
    )


def ladder_step(library: Library, topic: str, band: str) -> LadderStep | None:
    ladder = library.ladders.get(band)
    if not ladder:
        return None
    return next((step for step in ladder.steps if topic in step.topics), None)
