"""Fixed vocabularies: age bands, safety levels, regions and matchers.

Topics are not here: a topic exists because the library has a card for it
(`library/topics/<slug>.yaml`), so a publisher adds one without touching code.

These slugs are part of the public interface (CLI flags, JSON output, URLs),
so they live in one place and nothing else spells them out.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

BANDS: dict[str, tuple[int, int]] = {
    "toddler": (1, 3),
    "preschool": (4, 5),
    "school-age": (6, 12),
    "teen": (13, 17),
}

BAND_LABELS = {
    "toddler": "Toddlers (1-3)",
    "preschool": "Preschoolers (4-5)",
    "school-age": "School-age children (6-12)",
    "teen": "Teens (13-17)",
}

class Level(StrEnum):
    """What the safety screen decided, lowest first."""

    OK = "ok"
    SEE_PROFESSIONAL = "see-professional"
    URGENT = "urgent"


class Region(StrEnum):
    """Which emergency and help lines safety messages name."""

    GENERIC = "generic"
    US = "us"
    UK = "uk"


class MatcherName(StrEnum):
    """How questions are matched to topics: both rankers fused (the default), or one alone."""

    FUSION = "fusion"
    EMBEDDING = "embedding"
    LEXICAL = "lexical"


SAFETY_LEVELS: tuple[str, ...] = tuple(level.value for level in Level)
REGIONS: tuple[str, ...] = tuple(region.value for region in Region)
MATCHERS: tuple[str, ...] = tuple(name.value for name in MatcherName)
SCREENS = ("classifier", "sentences")  # the trained safety screen after the rules (Inara(screen=...)); the first is the default

Band = Literal["toddler", "preschool", "school-age", "teen"]
SafetyLevel = Literal["ok", "see-professional", "urgent"]

MIN_AGE = 1.0
MAX_AGE = 17.999


def band_for_age(age_years: float) -> str | None:
    """The band for an age in years, or None outside 1-17.

    Bands are whole-year ranges, so a 3.5-year-old is still a toddler and
    a 5.9-year-old still a preschooler: we compare on the completed year.
    """
    whole = int(age_years)
    for band, (low, high) in BANDS.items():
        if low <= whole <= high:
            return band
    return None


def band_of_range(low: float, high: float) -> set[str]:
    """Every band that an age range (in whole years) touches."""
    return {band for band, (b_low, b_high) in BANDS.items() if low <= b_high and high >= b_low}
