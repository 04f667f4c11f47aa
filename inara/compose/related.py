"""Links between guides: related guides (same band first) and the 'next' link of a series."""

from __future__ import annotations

from ..content.models import Guide, Library
from ..vocab import BANDS

BAND_ORDER = list(BANDS)


def related_guides(library: Library, guide: Guide, limit: int = 5) -> list[Guide]:
    """The editor's links first, then guides of the same band whose topics share the most
    goals, then this topic at other ages."""
    chosen: list[str] = [link for link in guide.related if link in library.guides and link != guide.key]
    goals = set(library.topics[guide.topic].goals) if guide.topic in library.topics else set()

    def overlap(key: str) -> int:
        other = library.guides[key]
        return len(goals & set(library.topics[other.topic].goals)) if other.topic in library.topics else 0

    same_band = sorted(
        (key for key, g in library.guides.items() if g.band == guide.band and key != guide.key),
        key=lambda key: (-overlap(key), key),
    )
    other_ages = [f"{guide.topic}/{band}" for band in BAND_ORDER if band != guide.band]
    for key in [*same_band, *other_ages]:
        if len(chosen) >= limit:
            break
        if key in library.guides and key not in chosen and key != guide.key:
            chosen.append(key)
    return [library.guides[key] for key in chosen[:limit]]


def next_guide(library: Library, guide: Guide) -> Guide | None:
    if guide.next and guide.next in library.guides:
        return library.guides[guide.next]
    for band in BAND_ORDER[BAND_ORDER.index(guide.band) + 1:]:
        found = library.guide(guide.topic, band)
        if found:
            return found
    return None
