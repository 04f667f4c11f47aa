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


SENTENCE_END = re.compile(r"(?<=[.!?])([\"'”’]?)\s+(?=[A-Z\"'“‘])")
OPEN, CLOSE = "([{", ")]}"


def sentences(text: str) -> list[str]:
    """Prose split into sentences, never inside brackets: 'Questions (What happened? Why?) help.'
    is one sentence."""
    flat = " ".join(paragraphs(text))
    depth, depths = 0, []
    for char in flat:
        depth = max(0, depth + (char in OPEN) - (char in CLOSE))
        depths.append(depth)
    out, start = [], 0
    for end in SENTENCE_END.finditer(flat):
        if depths[end.start()] == 0:
            out.append(flat[start:end.start() + len(end.group(1))].strip())
            start = end.end()
    out.append(flat[start:].strip())
    return [part for part in out if part]


def first_sentences(text: str, count: int) -> str:
    """The first `count` sentences of some prose, for the shorter spoken version."""
    return " ".join(sentences(text)[:count]).strip()


BRACKETED = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]")


def speakable(text: str) -> str:
    """Text for the ear: an aside in brackets becomes an aside between commas, as a narrator would
    say it ('reassure her ("You're brilliant!"), feel' -> 'reassure her, "You're brilliant!" feel')."""
    text = re.sub(r"\b(\d+)-(\d+)\b", r"\1 to \2", text)  # ages 13-17 -> 13 to 17
    text = re.sub(r"\s*\((?:19|20)\d\d[a-z]?\)", "", text)  # a citation's year is for the eye
    while BRACKETED.search(text):
        text = BRACKETED.sub(lambda m: f", {m.group(1).strip()},", text)
    text = re.sub(r"([.!?:;,]['\"”’]?),", r"\1", text)   # no comma straight after other punctuation
    text = re.sub(r",\s*([.!?;:])", r"\1", text)
    text = re.sub(r"^\s*,\s*|(?<=\n),\s*", "", text)
    text = re.sub(r",\s*$", ".", text.strip())
    return re.sub(r"\s+,", ",", text).replace("(", "").replace(")", "").replace("[", "").replace("]", "")
