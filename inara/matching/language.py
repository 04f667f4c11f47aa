"""Which language a question is written in.

Inara's guides are in English. A question in another language is still screened for safety
(rules in Spanish, French, Portuguese, German, Italian, Dutch and Polish, and the sentence screen
against sentences written in each of them), and then answered in that language: the safety
message where one fires, otherwise a sentence saying Inara answers in English. It is never called
"out of scope".

Most questions are plainly English, and py3langid takes most of a second to load, so a cheap
test comes first: a question in which common English words are frequent is English without
loading the model.

A question that mixes English with another language (bilingual families write so) and is read as
the other one is not refused outright: when its sentences read as English hold at least
`ENGLISH_PART_WORDS` words and `ENGLISH_PART_SHARE` of its words, those sentences alone are matched
to a guide (`english_part`), and the answer says in the parent's language that it read only them.
The safety screen reads the whole question either way. The two numbers were fixed before the
blind set that decided this (evals/results/mixed-language-ml1-plan.md) and were not tuned on it.

Dutch and Polish are in the identifier's set: without them, Dutch questions read as German or
English and Polish ones as English (so the screen read them against English sentences, and the
parent got no word in their language).
"""

from __future__ import annotations

import re
from functools import lru_cache

LANGUAGES = ("en", "es", "fr", "pt", "de", "it", "nl", "pl")
WORD = re.compile(r"[^\W\d_]+")
ENGLISH = frozenset("""
a about after all am an and are as at be because been but by can cant can't could did didnt didn't do does
doesnt doesn't dont don't for from get gets got had has have he her him his how i if im i'm in is isnt it its
it's just keeps know like me my no not now of on or our out she should so still that the their them then they
this to too up very was we what when where which who why will with wont won't would you your yr yo old year
years son daughter kid kids child toddler baby help months ds dd lo
""".split())
ENGLISH_PART_WORDS = 12
ENGLISH_PART_SHARE = 0.4
NON_ENGLISH_MARKS = re.compile(r"[áéíóúñ¿¡àèìòùâêîôûçãõäöüßąćęłńśźżĳ]")


def _looks_english(text: str) -> bool:
    words = [w.lower() for w in WORD.findall(text)]
    if not words:
        return True
    share = sum(w in ENGLISH for w in words) / len(words)
    if len(words) <= 5:  # "hijo no duerme": one English-looking word proves little
        return share >= 0.5 and not NON_ENGLISH_MARKS.search(text)
    return share >= 0.3 and not (NON_ENGLISH_MARKS.search(text) and share < 0.45)


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def load() -> None:
    """Load the language identifier now (about 0.3 s), not at the first question that does not
    look English: a server warms up so (Inara.warm_up)."""
    try:
        _identifier()
    except ImportError:
        pass


def detect(text: str) -> str:
    """An ISO 639-1 code from LANGUAGES; "en" when unsure (the guides are English)."""
    if _looks_english(text):
        return "en"
    try:
        language, confidence = _identifier().classify(text)
    except ImportError:  # py3langid is a dependency; without it, every question is English
        return "en"
    return language if confidence >= 0.8 else "en"


def english_part(text: str) -> str | None:
    """The sentences of a question read as not English that `detect` reads as English, joined,
    when they hold at least ENGLISH_PART_WORDS words and ENGLISH_PART_SHARE of the question's
    words: enough to match on. None otherwise (the question is answered as in its language)."""
    from .semantic_safety import SENTENCE  # the screen's sentence split, imported when first needed

    sentences = [s.strip() for s in SENTENCE.split(text.strip()) if s and s.strip()]
    english = [s for s in sentences if detect(s) == "en"]
    words = len(WORD.findall(text))
    kept = sum(len(WORD.findall(s)) for s in english)
    if not words or kept < ENGLISH_PART_WORDS or kept < ENGLISH_PART_SHARE * words:
        return None
    return " ".join(english)
