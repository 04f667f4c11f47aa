"""One exception hierarchy. Each error carries the HTTP status the web layer
answers with and a message written for the person who caused it."""

from __future__ import annotations

import re

from dataclasses import dataclass


class InaraError(Exception):
    status = 400

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    @property
    def headers(self) -> dict[str, str]:
        """HTTP headers the web layer sends with this error."""
        return {}


class BadInput(InaraError):
    """Something a user typed cannot be used (empty question, bad age)."""

    status = 422


class TooLong(BadInput):
    status = 413


def require_text(value: str, what: str) -> str:
    """`value` if it is text that can be written out again. A lone surrogate ("\\ud800" in JSON) or
    undecodable bytes in a command-line argument reach Python as surrogates, which the tokenizer,
    JSON and the terminal all refuse; they are the caller's mistake, so they get one sentence."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise BadInput(f"{what} contains characters that are not valid Unicode text "
                       "(a lone surrogate or bytes that are not UTF-8)") from None
    return value


def printable(message: str) -> str:
    """A message that can always be encoded, whatever input it quotes."""
    return message.encode("utf-8", "replace").decode("utf-8")


class NotFound(InaraError):
    """An unknown topic, band, story or guide."""

    status = 404


class Unavailable(InaraError):
    """The server cannot take this question now (busy, or warming up): try again after retry_after seconds."""

    status = 503

    def __init__(self, message: str, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after

    @property
    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after)}


class StoreError(InaraError):
    """The SQLite index cannot be used (locked by another program, disk full): one sentence naming the file."""

    status = 503


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


def expected(error: dict) -> str:
    """What a pydantic error says was expected, in words for the person editing the file."""
    kind = error["type"]
    if kind == "missing":
        return "a value (this field is required)"
    if kind == "extra_forbidden":
        return "no such field (check the spelling)"
    if kind == "literal_error":
        return f"one of {error['ctx']['expected']}, got {error.get('input')!r}"
    if kind == "string_pattern_mismatch":
        return f"a lower-case slug like 'picky-eating', got {error.get('input')!r}"
    if kind == "too_short":
        return f"at least {error['ctx']['min_length']} items"
    return error["msg"].removeprefix("Value error, ")


def validation_problems(file: str, exc, prefix: str = "") -> list[Problem]:
    """One Problem per error of a pydantic ValidationError: `file: field: what was expected`."""
    out = []
    for error in exc.errors():
        loc = ".".join(str(part) for part in error["loc"])
        said = expected(error)
        if not loc and (named := re.match(r"^([a-z0-9_.-]+): ", said)):
            loc, said = named.group(1), said[named.end():]  # a check of the whole model names its field
        out.append(Problem(file, f"{prefix}.{loc}" if prefix and loc else prefix or loc, said))
    return out
