"""The marks in a story's text: every word that belongs to its main character's pronouns is written
in braces (`{She} held Daddy's leg`, `gave {her:obj} a hug`, `a big {sister}`). The content model
checks them (models.Story); compose/personalise.py changes them for one reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# role -> the word in each pronoun set
FORMS: dict[str, dict[str, str]] = {
    "subject": {"she": "she", "he": "he", "they": "they"},
    "object": {"she": "her", "he": "him", "they": "them"},
    "determiner": {"she": "her", "he": "his", "they": "their"},
    "own": {"she": "hers", "he": "his", "they": "theirs"},
    "reflexive": {"she": "herself", "he": "himself", "they": "themselves"},
    # words about the character that carry a gender
    "child": {"she": "girl", "he": "boy", "they": "child"},
    "children": {"she": "girls", "he": "boys", "they": "children"},
    "sibling": {"she": "sister", "he": "brother", "they": "sibling"},
    "offspring": {"she": "daughter", "he": "son", "they": "child"},
    "grandchild": {"she": "granddaughter", "he": "grandson", "they": "grandchild"},
    "madam": {"she": "madam", "he": "sir", "they": "boss"},  # what a grown-up playfully calls the child
    "little-one": {"she": "lady", "he": "man", "they": "one"},  # "little man"
}

# what a mark written in a story may say, and the role and pronoun set it stands for
MARKS: dict[str, tuple[str, str]] = {}
for _role, _words in FORMS.items():
    for _set, _word in _words.items():
        MARKS.setdefault(_word, (_role, _set))
MARKS["her"] = ("determiner", "she")          # {her} is "her book"; {her:obj} is "hug her"
MARKS["his"] = ("determiner", "he")           # {his} is "his book"; {his:own} is "it is his"
MARKS["their"] = ("determiner", "they")
ROLE_SUFFIX = {"obj": "object", "own": "own"}
MARK = re.compile(r"\{([A-Za-z]+)(?::([a-z]+))?\}")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    word: str
    role: str
    pronouns: str
    capital: bool


def read_marks(marked: str) -> tuple[list[Mark], list[str]]:
    """Every mark in a story's text, and a sentence for each mark that cannot be read."""
    marks, problems = [], []
    for match in MARK.finditer(marked):
        word, suffix = match.group(1), match.group(2)
        line = marked.count("\n", 0, match.start()) + 1
        known = MARKS.get(word.lower())
        if known is None:
            problems.append(f"line {line}: {{{word}}} is not a word the braces can mark "
                            f"(pronouns like {{she}}, {{his}}, {{her:obj}}, or {{girl}}, {{sister}}, {{daughter}})")
            continue
        role, pronouns = known
        if suffix is not None:
            if suffix not in ROLE_SUFFIX or word.lower() not in {"her", "his", "their", "theirs"}:
                problems.append(f"line {line}: {{{match.group(0)[1:-1]}}}: only {{her:obj}} and {{his:own}} take a role")
                continue
            role = ROLE_SUFFIX[suffix]
            if word.lower() == "her" and role == "own":
                problems.append(f"line {line}: {{her:own}} is written {{hers}}")
                continue
        marks.append(Mark(match.start(), match.end(), word, role, pronouns, word[0].isupper()))
    for stray in re.finditer(r"[{}]", MARK.sub("", marked)):
        problems.append("a '{' or '}' that is not part of a mark like {she}")
        break
    return marks, problems


def plain_text(marked: str) -> str:
    """The story as written, without the braces."""
    return MARK.sub(lambda m: m.group(1), marked)
