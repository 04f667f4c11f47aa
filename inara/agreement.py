"""Guides and the safety screen say the same thing.

A guide's `when_to_get_help` lists the signs that mean a parent should see someone (and, for a
few, that it is an emergency). A parent who writes one of those signs to Inara must meet the
screen's line for it: flagged to see a professional, or urgent when the guide says it is urgent.
Otherwise the page would say "talk to a doctor if ..." inside an answer the screen called
ordinary, and a parent who writes the very sign the guide warns about would get no such line.

`inara check` runs this over every guide when the model is installed (it needs the trained
screen); each disagreement names the guide file, the item and what the screen said.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .content.models import Library
from .vocab import BANDS

# The guide says the sign is an emergency: the screen must answer it as urgent.
URGENT_SIGN = re.compile(r"\b(?:urgent|emergency|call (?:999|911|112))\b", re.I)


@dataclass(frozen=True)
class Disagreement:
    guide: str  # "topic/band"
    index: int
    sign: str
    expected: str
    got: str

    def __str__(self) -> str:
        topic, band = self.guide.split("/")
        shown = self.sign if len(self.sign) <= 90 else self.sign[:90] + "..."
        return (f"guides/{topic}/{band}.yaml: when_to_get_help.{self.index}: the safety screen to read this "
                f"sign as {self.expected}, as the guide does, got '{self.got}' (\"{shown}\")")


def expected_level(sign: str) -> str:
    return "urgent" if URGENT_SIGN.search(sign) else "see-professional"


def disagreements(library: Library, screen) -> Iterator[Disagreement]:
    """Every `when_to_get_help` item the screen would not flag as the guide does. `screen(text,
    age)` returns the safety result (`Matcher.screen`); the age is the middle of the guide's band."""
    for key, guide in sorted(library.guides.items()):
        low, high = BANDS[guide.band]
        age = (low + high) / 2
        for index, sign in enumerate(guide.when_to_get_help):
            expected = expected_level(sign)
            got = screen(sign, age).level
            ok = got == "urgent" if expected == "urgent" else got != "ok"
            if not ok:
                yield Disagreement(key, index, sign, expected, got)
