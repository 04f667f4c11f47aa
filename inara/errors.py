"""One exception hierarchy. Each error carries the HTTP status the web layer
answers with and a message written for the person who caused it."""

from __future__ import annotations

from dataclasses import dataclass


class InaraError(Exception):
    status = 400

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class BadInput(InaraError):
    """Something a user typed cannot be used (empty question, bad age)."""

    status = 422


class TooLong(BadInput):
    status = 413


class NotFound(InaraError):
    """An unknown topic, band, story or guide."""

    status = 404


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a library file."""

    file: str
    field: str
    expected: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}" if self.field else self.file
        return f"{where}: {self.expected}"


class LibraryError(InaraError):
    """A library that does not validate: every problem found, not just the first."""

    status = 500

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        count = len(problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"the library has {count} {noun}:\n" + "\n".join(f"  {p}" for p in problems))
