"""The answer when no guide fits: said plainly, and still useful.

It names what Inara understood (the age and band), offers the nearest guides with why each may
still help (the topic card's `also_helps`, written by an editor, or its description), the
principles that hold for any hard moment at that age (`library/principles/<band>.yaml`, cited),
and where parents usually find help with questions no guide covers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..content.models import Guide, Library, Principles, Reference
from ..matching.age import said_age
from ..vocab import BAND_LABELS

WHERE_TO_GO = (
    "For a question no guide here covers, the people who usually help are your child's doctor or "
    "health visitor, your child's teacher or the school's pastoral staff or counsellor, and a "
    "parenting helpline; a local parenting group can help too."
)


@dataclass(frozen=True)
class NearGuide:
    guide: Guide
    why: str


@dataclass
class NoGuide:
    age_years: float | None
    band: str | None
    nearest: list[NearGuide]
    principles: Principles | None
    references: list[tuple[int, Reference]] = field(default_factory=list)  # numbered, as cited
    where_to_go: str = WHERE_TO_GO
    # The first guide offered may well answer the question (the fit model gave it at least even odds,
    # matching.fit.LIKELY, though not enough to offer it as the answer): say that, not that no guide covers it.
    likely: bool = False

    @property
    def band_label(self) -> str | None:
        return BAND_LABELS.get(self.band) if self.band else None

    @property
    def headline(self) -> str:
        if self.likely and self.nearest:
            return "Inara may not have a guide on exactly this."
        return "Inara does not have a guide on this yet."

    @property
    def understood(self) -> str:
        if self.likely and self.nearest:
            hedge = "The first guide below may answer it, but we are not sure it covers exactly what you asked."
            if self.age_years is not None and self.band:
                return (f"We read this as a question about a child of {said_age(self.age_years)} "
                        f"({self.band_label.lower()}). {hedge}")
            return f"{hedge} We could not tell your child's age."
        if self.age_years is not None and self.band:
            age = said_age(self.age_years)
            return (f"We read this as a question about a child of {age} "
                    f"({self.band_label.lower()}), about something none of our guides covers.")
        return "We read this as a question none of our guides covers, and we could not tell your child's age."

    def citation(self, ref: str) -> int:
        return next(number for number, reference in self.references if reference.id == ref)

    def as_dict(self) -> dict:
        return {
            "headline": self.headline,
            "understood": self.understood,
            "likely": self.likely,
            "age_years": self.age_years,
            "band": self.band,
            "nearest": [{"topic": n.guide.topic, "band": n.guide.band, "title": n.guide.title, "why": n.why}
                        for n in self.nearest],
            "principles": None if self.principles is None else {
                "intro": self.principles.intro,
                "items": [{"title": p.title, "body": p.body, "citations": [self.citation(r) for r in p.refs]}
                          for p in self.principles.principles],
            },
            "references": [{"number": n, "id": r.id, "authors": r.authors, "year": r.year, "title": r.title,
                            "venue": r.venue, "doi": r.doi, "url": r.link} for n, r in self.references],
            "where_to_go": self.where_to_go,
        }


def why_it_may_help(library: Library, topic: str) -> str:
    card = library.topics[topic]
    if card.also_helps:
        return card.also_helps
    first = card.description.split(". ")[0].rstrip(".")
    return f"It covers {first[0].lower()}{first[1:]}."


def compose_no_guide(library: Library, ranked: list[str], band: str | None, age: float | None,
                     limit: int = 3, likely: bool = False) -> NoGuide:
    """ranked: topic slugs, nearest first. The guides offered are for the child's band where the
    topic has one (else its nearest topic's), at most one per guide. likely: see NoGuide.likely."""
    from .guide import resolve_guide

    nearest, seen = [], set()
    for slug in ranked:
        if len(nearest) == limit:
            break
        try:
            guide, _notes = resolve_guide(library, slug, band or "toddler")
        except Exception:  # noqa: BLE001 - a topic with no guide at all is simply not offered
            continue
        if guide.key not in seen:
            seen.add(guide.key)
            nearest.append(NearGuide(guide, why_it_may_help(library, guide.topic)))
    principles = library.principles.get(band) if band else None
    numbers: dict[str, int] = {}
    if principles:
        for principle in principles.principles:
            for ref in principle.refs:
                numbers.setdefault(ref, len(numbers) + 1)
    references = [(n, library.references[ref]) for ref, n in numbers.items() if ref in library.references]
    return NoGuide(age, band, nearest, principles, references, likely=likely)
