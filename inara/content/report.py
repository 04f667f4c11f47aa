"""Editorial warnings and figures that `inara check` prints without failing: a number in a
guide's body text outside a cited research point (a figure should come with its source), and
the share of sentences repeated across guides (formula creeping in)."""

from __future__ import annotations

import re
from collections import defaultdict

from ..errors import Problem
from .models import Library

NUMBER = re.compile(r"(?<![\w/])(?:\d+(?:[.,]\d+)?\s?(?:%|per ?cent\b)|\d{2,}(?:[.,]\d+)?)(?![\w/])")
ALLOWED = re.compile(r"\b(?:1[0-9]|[2-9])(?:\s?(?:-|to|and)\s?\d+)?\s?(?:year|month|week|day|minute|hour|second)s?\b|\b\d+(?:am|pm)\b|\b(?:[01]?\d|2[0-3]):[0-5]\d\s?(?:am|pm)?\b|\b(?:19|20)\d\d\b")
SENTENCE = re.compile(r"(?<=[.!?])\s+")
MIN_WORDS = 8


def _body_fields(guide):
    yield "hook", guide.hook
    yield "reframe", guide.reframe
    yield "why_at_this_age", guide.why_at_this_age
    yield "perspective.body", guide.perspective.body
    for index, strategy in enumerate(guide.strategies):
        yield f"strategies.{index}.why", strategy.why
    for index, item in enumerate(guide.avoid):
        yield f"avoid.{index}.why", item.why
    yield "closing", guide.closing
    if guide.in_short:
        yield "in_short.what", guide.in_short.what


def number_warnings(library: Library) -> list[Problem]:
    """A number or percentage in body text (ages, durations, times of day such as 7pm or 8:40, and
    years are fine)."""
    out = []
    for key, guide in library.guides.items():
        for field, text in _body_fields(guide):
            stripped = ALLOWED.sub(" ", text)
            for match in NUMBER.finditer(stripped):
                out.append(Problem(library.source("guide", key), field,
                                   f"a figure only inside a cited research point, got '{match.group(0)}'"))
    return out


def _sentences_of(guide) -> set[str]:
    found = set()
    for _field, text in _body_fields(guide):
        for sentence in SENTENCE.split(text):
            words = re.findall(r"[a-z']+", sentence.lower())
            if len(words) >= MIN_WORDS:
                found.add(" ".join(words))
    for strategy in guide.strategies:
        words = re.findall(r"[a-z']+", strategy.script.lower())
        if len(words) >= MIN_WORDS:
            found.add(" ".join(words))
    return found


def repeated_sentences(library: Library, min_guides: int = 3) -> tuple[float, list[tuple[str, int]]]:
    """The share of sentences of 8+ words that appear in `min_guides` or more guides, and them."""
    where = defaultdict(set)
    for key, guide in library.guides.items():
        for sentence in _sentences_of(guide):
            where[sentence].add(key)
    repeated = [(s, len(keys)) for s, keys in where.items() if len(keys) >= min_guides]
    return (len(repeated) / len(where) if where else 0.0), sorted(repeated, key=lambda item: -item[1])
