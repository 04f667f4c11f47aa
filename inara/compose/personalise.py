"""'Read it with your child's name': the story's main character takes a child's first name and
pronouns (she, he or they), for one rendering only; nothing stores or logs either.

A story's text marks every word that belongs to its main character's pronouns in braces:
`{She} held Daddy's leg`, `{her} fox puzzle`, `gave {her:obj} a hug`, `a big {sister}`. Words
not in braces belong to someone else and are never changed, so a story can have several
characters of the same gender. Pronouns alone cannot say whether "her" is "his" or "him", nor
whether "his" is "her" or "hers", so those two take a role when it is not the common one:
`{her:obj}` (him, them) and `{his:own}` (hers, theirs). The model (content/models.py) checks
the marks (content/marks.py reads them); this module changes them.
"""

from __future__ import annotations

import re

from ..content.marks import FORMS, read_marks
from ..errors import BadInput

MAX_NAME = 30
NAME = re.compile(r"^[^\W\d_]+(?:[ '\-][^\W\d_]+)*$")
PRONOUN_SETS = ("she", "he", "they")


def check_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise BadInput("Please type your child's first name, or leave the story as it is.")
    if len(name) > MAX_NAME:
        raise BadInput(f"A first name of up to {MAX_NAME} letters, please.")
    if not NAME.match(name):
        raise BadInput("A first name uses letters, spaces, hyphens or apostrophes only.")
    return name


def check_pronouns(pronouns: str) -> str:
    cleaned = (pronouns or "").strip().lower()
    cleaned = {"she/her": "she", "he/him": "he", "they/them": "they"}.get(cleaned, cleaned)
    if cleaned not in PRONOUN_SETS:
        raise BadInput("Pronouns are she, he or they.")
    return cleaned


def main_character(story) -> str:
    return story.hero.name


def personalise(story, name: str | None = None, pronouns: str | None = None) -> str:
    """The story's text with the main character's name, nicknames and pronouns changed."""
    name = check_name(name) if name is not None else None
    pronouns = check_pronouns(pronouns) if pronouns is not None else story.hero.pronouns
    text = _with_pronouns(story.marked_text, pronouns)
    if name is not None and name != story.hero.name:
        for called in sorted([story.hero.name, *story.hero.nicknames], key=len, reverse=True):
            text = re.sub(rf"(?<![\w-]){re.escape(called)}(?![\w-])", name, text)
    return text


# --- pronouns, and the verbs that agree with them ------------------------------------------------

def _with_pronouns(marked: str, pronouns: str) -> str:
    out, at = [], 0
    marks, _ = read_marks(marked)
    for mark in marks:
        out.append(marked[at:mark.start])
        word = FORMS[mark.role][pronouns]
        out.append(word[0].upper() + word[1:] if mark.capital else word)
        at = mark.end
        if mark.role == "subject" and pronouns != mark.pronouns:
            before = _agree_question("".join(out[:-1]), mark.pronouns, pronouns)
            out[:-1] = [before]
            after, used = _agree_after(marked[at:], mark.pronouns, pronouns)
            out.append(after)
            at += used
    out.append(marked[at:])
    return "".join(out)


# A subject "she" or "he" takes a singular verb and "they" a plural one. Stories are told in the
# past tense, so this is mostly was/were, plus the present tense in what people say.
SINGULAR_TO_PLURAL = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't",
                      "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't", "goes": "go"}
PLURAL_TO_SINGULAR = {plural: singular for singular, plural in SINGULAR_TO_PLURAL.items()}
ADVERBS = {"always", "never", "often", "sometimes", "usually", "really", "just", "still", "also",
           "only", "even", "already", "actually", "probably", "hardly", "nearly", "almost", "definitely",
           "certainly", "not", "all", "both", "mostly"}
NOT_VERBS = {"always", "sometimes", "perhaps", "afterwards", "towards", "as", "is", "was", "has",
             "does", "thus", "yes", "this", "us", "plus", "less", "unless"}
# "she's" is "she is" or "she has": has before these
PARTICIPLES = {"got", "been", "done", "had", "gone", "made", "seen", "said", "told", "found", "lost",
               "eaten", "taken", "given", "forgotten", "written", "grown", "known", "left", "brought",
               "bought", "finished", "decided", "tried", "learned", "learnt", "started", "never", "already",
               "just", "always", "come", "become", "stopped"}
WORD = re.compile(r"([A-Za-z]+(?:'[a-z]+)?)")


def _match_case(word: str, like: str) -> str:
    return word[0].upper() + word[1:] if like[0].isupper() else word


def _plural_verb(verb: str) -> str | None:
    lower = verb.lower()
    if lower in SINGULAR_TO_PLURAL:
        return _match_case(SINGULAR_TO_PLURAL[lower], verb)
    if lower in NOT_VERBS or not lower.endswith("s") or lower.endswith("ss") or len(lower) < 3:
        return None
    if lower.endswith("ies") and len(lower) > 4:
        return verb[:-3] + "y"
    if re.search(r"(ch|sh|x|z|o)es$", lower):
        return verb[:-2]
    return verb[:-1]


def _singular_verb(verb: str) -> str | None:
    lower = verb.lower()
    if lower in PLURAL_TO_SINGULAR:
        return _match_case(PLURAL_TO_SINGULAR[lower], verb)
    return None  # a plain present verb after "they" is not told from other words; past tense needs nothing


def _agree_after(rest: str, was: str, now: str) -> tuple[str, int]:
    """Change the verb after a subject pronoun; returns the new text and how much of rest it used."""
    plural_now = now == "they"
    if plural_now == (was == "they"):
        return "", 0
    contraction = re.match(r"'s\b", rest)
    if contraction and plural_now:
        following = WORD.match(rest[2:].lstrip())
        has = following is not None and following.group(1).lower() in PARTICIPLES
        return ("'ve" if has else "'re"), 2
    contraction = re.match(r"'(re|ve)\b", rest)
    if contraction and not plural_now:
        return "'s", 3
    words = re.match(r"(\s+)([A-Za-z']+)(?:(\s+)([A-Za-z']+))?", rest)
    if not words:
        return "", 0
    space, first, space2, second = words.groups()
    change = _plural_verb if plural_now else _singular_verb
    if first.lower() in ADVERBS and second:
        new = change(second)
        if new is None:
            return "", 0
        return f"{space}{first}{space2}{new}", words.end()
    new = change(first)
    if new is None:
        return "", 0
    return f"{space}{new}", words.end(2)


def _agree_question(before: str, was: str, now: str) -> str:
    """'Is she ready?' becomes 'Are they ready?': the verb just before the pronoun."""
    plural_now = now == "they"
    if plural_now == (was == "they"):
        return before
    found = re.search(r"\b(is|was|has|does|isn't|wasn't|hasn't|doesn't|are|were|have|do|aren't|weren't|"
                      r"haven't|don't)(\s+)$", before, re.IGNORECASE)
    if not found:
        return before
    verb = found.group(1)
    table = SINGULAR_TO_PLURAL if plural_now else PLURAL_TO_SINGULAR
    new = table.get(verb.lower())
    if new is None:
        return before
    return before[:found.start(1)] + _match_case(new, verb) + found.group(2)


TITLE_ROLES = ("child", "children", "sibling", "offspring", "grandchild")


def personalise_title(story, pronouns: str | None = None) -> str:
    """The story's title with the main character's gendered words ("The Boy Who...") in the
    pronouns chosen; other words, and a title with none, are left as they are."""
    chosen = check_pronouns(pronouns) if pronouns else story.hero.pronouns
    if chosen == story.hero.pronouns:
        return story.title
    swap = {FORMS[role][story.hero.pronouns]: FORMS[role][chosen] for role in TITLE_ROLES}
    return re.sub(r"[A-Za-z]+", lambda m: _match_case(swap[m.group(0).lower()], m.group(0))
                  if m.group(0).lower() in swap else m.group(0), story.title)
