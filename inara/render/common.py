"""Small text helpers shared by the renderers."""

from __future__ import annotations

import re

from ..content.models import Reference


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def surname(author: str) -> str:
    return author.split(",")[0].strip()


def spoken_authors(reference: Reference) -> str:
    names = [surname(a) for a in reference.authors if a.strip().lower() not in {"et al.", "et al"}]
    if len(names) == 1 and len(reference.authors) == 1:
        return names[0]
    if len(names) == 2 and len(reference.authors) == 2:
        return f"{names[0]} and {names[1]}"
    if len(names) == 3 and len(reference.authors) == 3:
        return f"{names[0]}, {names[1]} and {names[2]}"
    return f"{names[0]} and colleagues"


def journal(reference: Reference) -> str:
    """The venue without volume, issue and pages: 'Child Development, 68(4), 571-591' -> 'Child Development'."""
    return re.split(r",\s*\d|\s\d+\(", reference.venue)[0].strip().rstrip(",")


def apa(reference: Reference) -> str:
    authors = reference.authors
    if len(authors) == 1:
        names = authors[0]
    elif len(authors) == 2:
        names = f"{authors[0]}, & {authors[1]}"
    else:
        names = ", ".join(authors[:-1]) + (f", & {authors[-1]}" if not authors[-1].startswith("et al") else ", et al.")
    title = reference.title.rstrip(".")
    return f"{names} ({reference.year}). {title}. {reference.venue}."


def lower_first(text: str) -> str:
    """'Name what you see' -> 'name what you see', leaving 'I' and acronyms alone."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", '"', "'")) else text + "."


SENTENCE_END = re.compile(r"(?<=[.!?])[\"']?\s+(?=[A-Z\"'])")


def first_sentences(text: str, count: int) -> str:
    """The first `count` sentences of some prose, for the shorter spoken version."""
    flat = " ".join(paragraphs(text))
    parts = SENTENCE_END.split(flat)
    return " ".join(parts[:count]).strip()
