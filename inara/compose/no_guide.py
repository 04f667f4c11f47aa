"""The answer when no guide fits: said plainly, and still useful.

It names what Inara understood (the age and band), offers the nearest guides with why each may
still help (the topic card's `also_helps`, written by an editor, or its description), the
principles that hold for any hard moment at that age (`library/principles/<band>.yaml`, cited),
and where parents usually find help with questions no guide covers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..content.models import Guide, Library, Principles, Reference
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

    @property
    def band_label(self) -> str | None:
        return BAND_LABELS.get(self.band) if self.band else None

    @property
    def headline(self) -> str:
        return "Inara does not have a guide on this yet."

    @property
    def understood(self) -> str:
        if self.age_years is not None and self.band:
            age = f"{self.age_years:g}"
            return (f"We read this as a question about a child of {age} "
                    f"({self.band_label.lower()}), about something none of our guides covers.")
        return "We read this as a question none of our guides covers, and we could not tell your child's age."

    def citation(self, ref: str) -> int:
        return next(number for number, reference in self.references if reference.id == ref)

    def as_dict(self) -> dict:
        return {
            "headline": self.headline,
            "understood": self.understood,
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
                     limit: int = 3) -> NoGuide:
    """ranked: topic slugs, nearest first. The guides offered are for the child's band where the
    topic has one (else its nearest topic's), at most one per guide."""
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
    return NoGuide(age, band, nearest, principles, references)
