"""A parent's question, read once at the door: the text checked, the child's age resolved, its
language, the normalised words the safety rules and BM25 read, and the units the sentence screen
reads. Built before anything is screened or matched (so a bad age or an empty question is one
BadInput, whichever door it came in by), and handed on instead of the raw text."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ..errors import BadInput, TooLong, require_text
from .age import Age, normalise_numbers, resolve_age
from .language import detect

MAX_CHARS = 4000


def check_question(text: str, max_chars: int = MAX_CHARS) -> str:
    if text is None or not str(text).strip():
        raise BadInput("Please describe what is happening with your child; the question is empty.")
    require_text(str(text), "The question")
    if len(text) > max_chars:
        raise TooLong(f"The question is {len(text):,} characters; please keep it under {max_chars:,}.")
    return str(text).strip()


@dataclass(frozen=True)
class Question:
    text: str  # checked and stripped
    age: Age  # from the age given (it wins) or read from the text
    language: str
    normalised: str  # normalise_numbers(text): lower case, numbers as digits

    @classmethod
    def read(cls, text: str, age: str | float | None = None) -> "Question":
        """Raises BadInput (422) or TooLong (413) for what cannot be used."""
        text = check_question(text)
        return cls(text, resolve_age(text, age), detect(text), normalise_numbers(text))

    @cached_property
    def units(self) -> tuple[str, ...]:
        """What the sentence screen reads (`semantic_safety.units`: the question, its sentences,
        clauses and pairs), split once per question and only when the screen first asks: a
        lexical matcher or an age outside the guides never needs them. Kept on the question, so
        every step that reads the units reads these."""
        from .semantic_safety import units

        return tuple(units(self.text))
