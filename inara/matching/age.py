"""Ages: parse the --age option, and read a child's age from a parent's words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import BadInput
from ..vocab import MAX_AGE, MIN_AGE, band_for_age

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "twenty-one": 21, "twenty-two": 22, "twenty-four": 24, "thirty": 30, "thirty-six": 36,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
OUTSIDE = "Inara covers children from 1 to 17 years old"


@dataclass(frozen=True)
class Age:
    years: float | None
    band: str | None
    source: str  # "option", "text", "word" (a word like "toddler" gives a band, not a number) or "none"


def parse_age_option(value: str | float | int | None) -> float | None:
    """Years from '3', '4.5', '18m', '18 months', '3y'. Raises BadInput with one clear sentence."""
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return check_age(float(value))
    text = str(value).strip().lower()
    if not text:
        return None
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(m|mo|mos|month|months|y|yr|yrs|year|years)?", text)
    if not match:
        raise BadInput(f"'{value}' is not an age: give years like 3 or 4.5, or months like 18m")
    number = float(match.group(1))
    years = number / 12 if (match.group(2) or "").startswith("m") else number
    return check_age(years)


def check_age(years: float) -> float:
    if years != years or years < 0:  # NaN or negative
        raise BadInput(f"{years:g} is not an age: give years like 3 or 4.5, or months like 18m")
    if years < MIN_AGE:
        raise BadInput(f"{OUTSIDE}; for a baby under 1, please ask your health visitor or doctor")
    if years > MAX_AGE:
        raise BadInput(f"{OUTSIDE}; {years:g} years is outside that range")
    return round(years, 2)


def normalise_numbers(text: str) -> str:
    """Lower-case, spell numbers as digits and fractions as decimals: 'four and a half' -> '4.5'."""
    text = text.lower().replace("\u2019", "'").replace("\u00bd", ".5").replace("\u2013", "-")
    text = re.sub(r"(\d) ?1/2\b", r"\1.5", text)
    text = re.sub(r"\ba year and a half\b", "1.5 years", text)
    words = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    text = re.sub(rf"\b({words})\b(?: and a half\b)?",
                  lambda m: str(NUMBER_WORDS[m.group(1)]) + (".5" if "half" in m.group(0) else ""), text)
    return re.sub(r"(\d) and a half\b", r"\1.5", text)


NUM = r"(\d{1,2}(?:\.\d+)?)"
YEARS = r"(?:years?|yrs?|y)"
# Each pattern yields a number and says whether it counts months.
AGE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\b{NUM}\s*-?\s*(?:months?|mos?|mths?|m)\s*-?\s*olds?\b"), "months"),
    (re.compile(rf"\b{NUM}\s*-?\s*{YEARS}\s*-?\s*olds?\b"), "years"),
    (re.compile(rf"\b{NUM}\s*-?\s*(?:yo|y/o|y\.o\.?|yrs?)(?![a-z])"), "years"),
    (re.compile(rf"\b(?:dd|ds|dd\d|ds\d|daughter|son|lo|child|kid)\s*\(?,?\s*{NUM}\s*\)?(?![\d.]*\s*(?:%|minutes|mins|hours|hrs|days|weeks|months|am|pm|times|kids|children|foods))"), "years"),
    (re.compile(rf"\b(?:aged?|turned|turning)\s+{NUM}\b(?!\s*(?:months|weeks|days))"), "years"),
    (re.compile(rf"\bwill be\s+{NUM}\b(?!\s*(?:months|weeks|days|minutes))"), "will-be"),
    (re.compile(rf"\b(?:boy|girl|lo|twins|little one|toddler|kids|boys|girls),\s*{NUM}\s*,"), "years"),
    (re.compile(rf"\b(?:he|she|they|son|daughter|child|kid|who|lo|boy|girl|twins|little one)\s*(?:'s|is|are|was)\s+(?:now\s+|only\s+|almost\s+|just\s+)?{NUM}\b(?!\s*(?:%|minutes|mins|hours|hrs|days|weeks|months|times|am|pm|and a|kg|lbs?|pounds|inches|cm|feet))"), "years"),
    (re.compile(rf"\b{NUM}\s*(?:months?|mos?)\b(?!\s*(?:ago|later|before|after|now|since|of))"), "months-loose"),
]

WORD_AGES: list[tuple[re.Pattern[str], float | None, str]] = [
    (re.compile(r"\b(?:year|grade|yr)\s*(\d{1,2})\b"), None, "school-year"),
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)[- ]?(?:grade|grader)s?\b"), None, "grade"),
    (re.compile(r"\b(" + "|".join(ORDINALS) + r")[- ]?(?:grade|grader)s?\b"), None, "grade-word"),
    (re.compile(r"\b(?:kindergarten|kindy|reception class|in reception|prek|pre-k|pre-school|preschool|preschooler|nursery school|in nursery)\b"), 5.0, "kindergarten"),
]

BAND_WORDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(?:toddlers?|toddlerhood|terrible twos|threenager)\b"), "toddler"),
    (re.compile(r"\b(?:teens?|teenagers?|teenaged?|adolescents?|high school(?:er)?|secondary school|highschool)\b"), "teen"),
    (re.compile(r"\b(?:tweens?|grade school(?:er)?|primary school|elementary school|middle school(?:er)?)\b"), "school-age"),
]


def age_from_text(text: str) -> Age:
    """The child's age as the parent wrote it, if they did.

    Several ages can appear ("our 3yo is jealous of the 2 month old"): the first
    one inside 1-17 years is the child the question is about; an age under 1 is
    used only when nothing else is given.
    """
    norm = normalise_numbers(text)
    found: list[tuple[int, float]] = []
    for pattern, unit in AGE_PATTERNS:
        for match in pattern.finditer(norm):
            number = float(match.group(1))
            if unit.startswith("months"):
                years = number / 12
            elif unit == "will-be":
                years = number - 0.5
            else:
                years = number
            found.append((match.start(), years))
    for pattern, fixed, kind in WORD_AGES:
        for match in pattern.finditer(norm):
            found.append((match.start() + 10_000, _school_age(kind, match, fixed)))  # explicit ages win
    found.sort()
    plausible = [years for _, years in found if 0 < years < 40]
    in_range = [years for years in plausible if MIN_AGE <= years <= MAX_AGE + 0.999]
    if in_range:
        years = round(in_range[0], 2)
        return Age(years, band_for_age(years), "text")
    if plausible:
        return Age(round(plausible[0], 2), None, "text")
    for pattern, band in BAND_WORDS:
        if pattern.search(norm):
            return Age(None, band, "word")
    return Age(None, None, "none")


def _school_age(kind: str, match: re.Match[str], fixed: float | None) -> float:
    if fixed is not None:
        return fixed
    raw = match.group(1)
    number = ORDINALS[raw] if kind == "grade-word" else int(raw)
    if kind == "school-year":  # UK Year 1 is 5-6 years old; US grade 1 is 6-7
        return number + 4.5 if "year" in match.group(0) else number + 5.5
    return number + 5.5


def resolve_age(text: str, option: str | float | None) -> Age:
    """The --age option wins over the text. A bad option raises BadInput; an age read from the
    text outside 1-17 comes back with band None, and the matcher says it is outside what Inara covers."""
    years = parse_age_option(option)
    if years is not None:
        return Age(years, band_for_age(years), "option")
    return age_from_text(text)
