"""Ages: parse the --age option, and read a child's age from a parent's words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import BadInput, require_text
from ..vocab import MAX_AGE, MIN_AGE, band_for_age

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30,
}
# "twenty-five" must be 25: without the compounds it was read as "20-5", so "twenty-five-year-old" gave 5.
NUMBER_WORDS |= {f"{tens}-{unit}": NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
                 for tens in ("twenty", "thirty")
                 for unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")}
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
    phrase: str = ""  # the words the age was read from, numbers as digits ("19 year old"); "" for the option
    others: tuple[float, ...] = ()  # the other children's ages in the text, in the order written
    ambiguous: bool = False  # several children in 1-17 and nothing in the text says which one is meant
    refusal: str = ""  # an --age option outside 1-17: the sentence to answer with unless the screen flags the words

    @property
    def outside(self) -> bool:
        """An age was given, but it is outside what Inara covers."""
        return self.years is not None and self.band is None

    @property
    def other_bands(self) -> list[str]:
        """Bands of the other children in 1-17, other than the one answered for: what to offer next."""
        bands = [band_for_age(years) for years in self.others]
        return list(dict.fromkeys(band for band in bands if band and band != self.band))

    def note(self) -> str:
        """One sentence for the answer when the age needs saying: outside 1-17, or a guess between children."""
        if self.refusal:
            return self.refusal
        if self.outside:
            return f"{OUTSIDE}; '{self.phrase}' is outside that range."
        if self.ambiguous and self.years is not None:
            others = " and ".join(said_age(years) for years in self.others if band_for_age(years))
            return (f"You mention children aged {said_age(self.years)} and {others}; this answer is for "
                    f"the one aged {said_age(self.years)} ('{self.phrase}').")
        return ""


def said_age(years: float) -> str:
    """An age the way a parent would say it: '6', '4.5', '26 months'."""
    if years == int(years) or years * 2 == int(years * 2):
        return f"{years:g}"
    return f"{round(years * 12)} months"


def parse_age_option(value: str | float | int | None) -> float | None:
    """Years from '3', '4.5', '18m', '18 months', '3y'. Raises BadInput with one clear sentence."""
    if value is None:
        return None
    if isinstance(value, bool):  # JSON true is an int to Python: it was read as one year old
        raise BadInput(f"{str(value).lower()} is not an age: give years like 3 or 4.5, or months like 18m")
    if isinstance(value, (int, float)):
        try:
            return check_age(float(value))
        except OverflowError:  # an int of hundreds of digits
            raise BadInput("That number is far too large to be an age; give years like 3 or 4.5") from None
    text = require_text(str(value), "The age").strip().lower()
    if not text:
        return None
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(m|mo|mos|month|months|y|yr|yrs|year|years)?", text)
    if not match:
        raise BadInput(f"'{value}' is not an age: give years like 3 or 4.5, or months like 18m")
    number = float(match.group(1))
    years = number / 12 if (match.group(2) or "").startswith("m") else number
    return check_age(years)


class OutsideAges(BadInput):
    """An age that is a real age but outside 1-17 (`years` keeps it)."""

    def __init__(self, message: str, years: float):
        super().__init__(message)
        self.years = years


def check_age(years: float) -> float:
    if years != years or years < 0:  # NaN or negative
        raise BadInput(f"{years:g} is not an age: give years like 3 or 4.5, or months like 18m")
    if years < MIN_AGE:
        raise OutsideAges(f"{OUTSIDE}; for a baby under 1, please ask your health visitor or doctor", round(years, 2))
    if years > MAX_AGE:
        raise OutsideAges(f"{OUTSIDE}; {years:g} years is outside that range", round(years, 2))
    return round(years, 2)


HALF = r"[\s-]+and[\s-]+a[\s-]+half\b"
NUMBER_WORD = re.compile(r"\b(" + "|".join(word.replace("-", "[- ]") for word in
                                           sorted(NUMBER_WORDS, key=len, reverse=True)) + rf")\b(?:{HALF})?")
# "one" is an age only next to a unit or after a verb that states an age ("she's one", "turned one");
# elsewhere it is a pronoun ("the little one bites", "one day") and must not become a child aged 1.
ONE_BEFORE_UNIT = re.compile(rf"(?:{HALF}|[\s-]*(?:years?|yrs?|y/o|yo|months?|mos?|mths?)\b)")
ONE_AFTER_VERB = re.compile(r"\b(?:is|was|'s|turned|turning|aged?|be|now|just|only|almost|nearly)\s+$")
ONE_NOT_AN_AGE_NEXT = re.compile(r"\s+(?:of|day|time|thing|more|another|who|that|in|on|or)\b")


def normalise_numbers(text: str, *, keep_pronoun_one: bool = False) -> str:
    """Lower-case, spell numbers as digits and fractions as decimals: 'four and a half' -> '4.5'.

    keep_pronoun_one leaves "one" as a word where it is not an age: the age reader needs that;
    the other callers (safety rules, BM25 tokens) keep the text they were written against.
    """
    text = text.lower().replace("\u2019", "'").replace("\u2013", "-")
    text = re.sub(r"(\d)\s*\u00bd", r"\1.5", text).replace("\u00bd", ".5")
    text = re.sub(r"(\d)[ -]?1/2(?!\d)", r"\1.5", text)  # "4 1/2", and "4 1/2yo" too
    text = re.sub(rf"\ba[\s-]+year{HALF}", "1.5 years", text)

    def digits(match: re.Match[str]) -> str:
        word = match.group(1)
        if keep_pronoun_one and word == "one" and not _one_is_a_number(text, match):
            return match.group(0)
        half = ".5" if match.group(0) != word else ""
        return str(NUMBER_WORDS[word.replace(" ", "-")]) + half

    text = NUMBER_WORD.sub(digits, text)
    return re.sub(rf"(\d){HALF}", r"\1.5", text)  # "3 and a half", "3-and-a-half-year-old"


def _one_is_a_number(text: str, match: re.Match[str]) -> bool:
    after = text[match.end():]
    if match.group(0) != "one" or ONE_BEFORE_UNIT.match(after):  # "one and a half", "one year old"
        return True
    return bool(ONE_AFTER_VERB.search(text[:match.start()])) and not ONE_NOT_AN_AGE_NEXT.match(after)


# (?<!\.) so the "5" of ".5" is never an age of its own.
NUM = r"(?<!\.)(\d{1,2}(?:\.\d+)?)(?!\.?\d)(?!(?:st|nd|rd|th)\b)"
YEARS = r"(?:years?|yrs?|y)"
# What a health check is called: an age said of one is the age the check was for (AGE_PATTERNS, CHECK).
CHECKS = r"check|checkup|check-up|review|appointment|visit|well[- ]child|jabs|vaccinations|assessment"
# Who an age can be said of: "my son is 6", "the oldest is 4", "one is 26 months", "the other was four".
SUBJECTS = (r"he|she|they|son|daughter|child|kid|who|lo|boy|girl|twins|little one|brother|sister|baby|"
            r"oldest|eldest|youngest|middle one|other|other one|one|dd\d|ds\d|dd|ds|step-?son|step-?daughter|mine|ours|"
            r"yours|grandson|granddaughter|grandchild|niece|nephew|placement|foster (?:child|son|daughter)|bub")
CHILD_NOUNS = (r"son|daughter|boy|girl|brother|sister|twins?|baby|eldest|oldest|youngest|middle|one|kid|child|lo|"
               r"dd\d?|ds\d?|step-?son|step-?daughter|nephew|niece|grandson|granddaughter|teen|teenager|tween|toddler")
# Each pattern yields a number and says how to read it. The first three are age phrases that
# say nothing about the concern: lexical.strip_ages removes them before BM25, so keep them first.
AGE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\b{NUM}\s*-?\s*(?:months?|mos?|mths?|m)\s*-?\s*olds?\b"), "months"),
    (re.compile(rf"\b{NUM}\s*-?\s*{YEARS}\s*-?\s*olds?\b"), "years"),
    (re.compile(rf"\b{NUM}\s*-?\s*(?:yo|y/o|y\.o\.?|yrs?)(?![a-z])"), "years"),
    # "16 m/o", "16 mo old"
    (re.compile(rf"\b{NUM}\s*-?\s*(?:m/o|mo/o|mos?\s+old)\b"), "months"),
    # Australia and New Zealand: "Miss 5", "Master 3", "Mr 7"
    (re.compile(rf"\b(?:miss|master|mr)\s+{NUM}\b(?!\s*(?:%|minutes|mins|hours|am|pm|times))"), "years"),
    # "at his 4 year check", "her 2 year old jabs", "the 18 month review": the age the check is for
    *[(re.compile(rf"\b(?:his|her|their|the|my|our|a)\s+{NUM}\s*-?\s*{unit}\s*-?\s*(?:old\s+)?(?:{CHECKS})"), reading)
      for unit, reading in ((YEARS, "years"), (r"(?:months?|mths?)", "months"))],
    # "At 10 my daughter still believes...": said first, of the child the sentence is about
    (re.compile(rf"(?:^|[.!?]\s+)at\s+{NUM}\s*,?\s+(?:(?:my|our)\s+\w+|he|she|they)\s+(?:still|is|isn'?t|has|hasn'?t|won'?t|"
                rf"can'?t|does|doesn'?t|only|just|eats|sleeps|wants|needs|refuses|gets|keeps|believes)\b"), "years"),
    (re.compile(rf"\b(?:d[ds]\d(?=\s*\()|dd|ds|daughter|son|lo|child|kid)\s*\(?,?\s*{NUM}\s*\)?(?![\d.]*\s*(?:%|minutes|mins|hours|hrs|days|weeks|months|mos?\b|mths?\b|m\b|am|pm|times|kids|children|foods))(?!\s*(?:is|was|'s)\s+{NUM})"), "years"),
    (re.compile(rf"\b(?:aged?|turn|turned|turning|turns)\s+{NUM}\b(?!\s*(?:months|weeks|days))"), "years"),
    (re.compile(rf"\b(?:will|'ll) be\s+{NUM}\b(?!\s*(?:months|weeks|days|minutes|hours|mins))"), "will-be"),
    (re.compile(rf"\b(?:boy|girl|lo|twins|little one|toddler|kids|boys|girls),\s*{NUM}\s*[,)]"), "years"),
    (re.compile(rf"\b(?:twins|triplets|both)\s*,?\s*(?:both|are both|aged)?\s+{NUM}\b(?!\s*(?:%|minutes|mins|hours|days|weeks|wks|months|mos?\b|mths?|times|am|pm))"), "years"),
    # "2 and a half going on 15"
    (re.compile(rf"\b{NUM}\s+going on\s+\d"), "years"),
    (re.compile(rf"\b(?:{SUBJECTS})\s*(?:'s|is|are|was)\s+(?:now\s+|only\s+|almost\s+|nearly\s+|just\s+|about\s+)?{NUM}\b(?!\s*(?:%|minutes|mins|hours|hrs|days|weeks|months|times|am|pm|and an?\b(?!\s+bit)|kg|lbs?|pounds|inches|cm|feet|'|(?:years?|yrs?)\s+(?:older|younger|apart|ago)))"), "years"),
    (re.compile(rf"\b{NUM}\s*(?:months?|mos?)\b"), "months-loose"),
    # "the eldest (12)", "twins (4)"
    (re.compile(rf"\b(?:{CHILD_NOUNS})\s*\(\s*{NUM}\s*\)"), "years"),
    # "a 2 and a 5 year old": the first number shares the second one's "year old"
    (re.compile(rf"\b{NUM}(?=\s*(?:,|and|&)\s*(?:an?\s+)?(\d{{1,2}}(?:\.\d+)?\s*-?\s*(?:{YEARS}\s*-?\s*olds?|yo)\b))"),
     "years"),
    # a baby's age in weeks: "6 weeks old", "baby 5 weeks"
    (re.compile(rf"\b(?:my|our|a|an|the|his|her|their|(?:baby|bub|lo|newborn|little one|she|he|they|ds|dd|son|daughter)"
                rf"(?:'s|'re| is| are| was)?)\s+{NUM}\s*-?\s*(?:weeks?|wks?)\s*-?\s*olds?\b(?!\s+(?:sofa|car|house|phone|puppy|kitten|dog|cat|bed|cot|pram|buggy|tv|"
                rf"tablet|laptop|carpet|couch|kitchen|shoes|fridge)\b)"), "weeks"),
    (re.compile(rf"\b(?:baby|bub|lo|newborn)\s*(?:is\s+)?{NUM}\s*(?:weeks?|wks?)\b(?!\s*(?:ago|later))"), "weeks"),
    (re.compile(rf"(?:^|[.!?]\s+){NUM}\s*-?\s*(?:weeks?|wks?)\s*-?\s*olds?\b"), "weeks"),
    (re.compile(rf"\b(?:my|our|a|the|(?:baby|bub|lo|newborn|she|he|ds|dd|son|daughter)(?:'s| is| was)?)\s+{NUM}\s*-?\s*days?\s*-?\s*olds?\b"), "days"),
    # English as a second language: "my daughter have 7 years"
    (re.compile(rf"\b(?:{SUBJECTS})\s+(?:have|has)\s+{NUM}\s+(?:years?|yrs?)\b(?!\s+(?:ago|of|in|since|with|more))"), "years"),
    # "boys of about 12", "kids aged around 9"
    (re.compile(rf"\b(?:boys?|girls?|kids?|children|teens?)\s+(?:of|aged?)\s+(?:about|around|roughly)?\s*{NUM}\b(?!\s*(?:%|minutes|hours|times))"), "years"),
    # "DD1 14, DD2 11": a birth order, then the age
    (re.compile(rf"\bd[ds]\d\s*[:(,-]?\s+{NUM}\b(?!\s*(?:%|minutes|hours|times|am|pm))"), "years"),
    # "tantrums at 3 and a half": a half year after "at" is an age, not a time
    (re.compile(r"\bat\s+(\d{1,2}\.5)\b(?!\s*(?:am|pm|hours|hrs|mins|minutes|kg|%))"), "years"),
    # "is 9 too young for a phone?", "at 12, is she old enough": the age the question is about
    (re.compile(rf"\b(?:is|isn'?t|at)\s+{NUM}\s+(?:too\s+(?:young|old|early|late)|old enough|young enough)\b"), "years"),
    (re.compile(rf"\bnow\s+(?:at|aged?)\s+{NUM}\b(?![\d.]*\s*(?:%|am|pm|o'?clock|minutes|mins|hours|times|kg|lbs?))"), "years"),
    # "nearly 3", "almost 12": most of a year short of it, as "will be"
    (re.compile(rf"\b(?:almost|nearly)\s+{NUM}\b(?![\d.]*\s*(?:%|minutes|mins|hours|hrs|days|weeks|months|am|pm|o'?clock|"
                rf"times|kg|lbs?|pounds|stone|inches|cm|feet|metres|miles|k\b|(?:years?|yrs?)\s+(?:ago|later|since)))"), "will-be"),
    # "our nearly-teen (12 in a week)": about to be that age
    (re.compile(rf"\(\s*{NUM}\s+in\s+(?:a|an|one|two|three|a few|\d+)\s+(?:days?|weeks?|fortnight|months?)\s*\)"), "will-be"),
    # "her 3rd birthday is next week": turning that age
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\s+birthday"), "will-be"),
    # a name and an age in brackets: "Mia (6) told her teacher"
    (re.compile(rf"\b[a-z]+\s*\(\s*{NUM}\s*\)"), "years"),
]
# Years and months together: "2y 4m", "3 yrs 9 months", "she's 2 and 3 months" (read before the parts alone).
YEARS_AND_MONTHS = [
    re.compile(rf"\b{NUM}\s*(?:y|yrs?|years?)\s*(?:old\s*)?,?\s*(?:and\s+)?(\d{{1,2}})\s*(?:m|mo|mos|mths?|months?)\b"),
    re.compile(rf"(?:'s|is|are)\s+{NUM}\s+and\s+(\d{{1,2}})\s*(?:mths?|months?)\b"),
]
# "three and a quarter", "12 and a bit" said of a child
AND_A_PART = re.compile(rf"\b(?:{SUBJECTS})\s*(?:'s|is|are|was)\s+(?:now\s+|just\s+)?{NUM}\s+and\s+(a quarter|3 quarters|a bit|1/4|3/4)(?!\d)")
PARTS = {"a quarter": 0.25, "3 quarters": 0.75, "a bit": 0.0, "1/4": 0.25, "3/4": 0.75}
# "a 2 and 3/4 year old"
PART_YEAR_OLD = re.compile(rf"\b{NUM}\s+and\s+(a quarter|3 quarters|1/4|3/4)\s*-?\s*(?:{YEARS}\s*-?\s*olds?|yo|y/o)\b")
# An age said of another time: "when she was 3" (the past), "wait until she's 14" (a future): another age the
# text gives is the child's now.
ANOTHER_TIME = re.compile(r"(?:\b(?:when|until|till|til|once|by the time|before|since)\s+(?:he|she|they|you|i|we|"
                          r"(?:my|our|his|her|the)\s+(?:son|daughter|boy|girl|kid|child|eldest|oldest|youngest|dd|ds|lo|"
                          r"little one|baby|twins))\s*"
                          r"(?:'s|'re|is|are|was|were|turns?|turned|gets?|will be|'ll be)\s+(?:\w+\s+)?"
                          r"|\b(?:adopted|fostered|took|taken in|placed|came to (?:us|me|live))\b[\w\s']{0,30}?\bat\s+"
                          r"|\b(?:trained|walking|talking|reading|dry|out of nappies|sleeping through) by\s+(?:the age of\s+|age\s+)?)$")
# An age that is another child's: a comparison ("reading at the level of an 8 year old", "acts like a 2 year old") or
# a cousin's, a friend's or a neighbour's ("his cousin who is 6", "her 12 year old cousin", "my neighbour's kid is 6").
OTHER_CHILD_BEFORE = re.compile(r"(?:\b(?:like|level of|standard of)\s+an?\s+"
                                r"|\b(?:cousins?|friends?|neighbou?rs?|classmates?|mates?)(?:'s?)?\s+(?:(?:kid|son|daughter|boy|girl|child)\s+)?"
                                r"(?:(?:who|that)\s+)?(?:is|was|'s)?\s*(?:about|around|maybe|like)?\s*)$")
# The age a health check is named for ("his 2 year check", "after her 1 year jabs"): the child's age then, which the
# check may be long past; another age the text gives comes first.
CHECK = re.compile(rf"(?:{CHECKS})$")
OTHER_CHILD_AFTER = re.compile(r"\s*(?:cousins?|friends?|neighbou?rs?|classmates?)\b")

# A number of months or "yrs" can be how long something has lasted, not how old a child is:
# "dry for six months", "six months ago", "in 3 months", "every 3 months", "2 yrs older".
DURATION_BEFORE = re.compile(
    r"\b(?:for|in|every|over|within|after|during|past|last|next|first)\s+"
    r"(?:(?:the|about|around|nearly|almost|over|roughly|like|another|a further)\s+)*$")
DURATION_AFTER = re.compile(
    r"\s*(?:ago|later|earlier|before|after|since|of|in a row|straight|running|in\b|on\b|back|"
    r"from now|apart|older|younger|between|difference|gap)\b")

WORD_AGES: list[tuple[re.Pattern[str], float | None, str]] = [
    (re.compile(r"\b(?:year|grade|yr)\s*(\d{1,2})\b"), None, "school-year"),
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)[- ]?(?:grade|grader)s?\b"), None, "grade"),
    (re.compile(r"\b(" + "|".join(ORDINALS) + r")[- ]?(?:grade|grader)s?\b"), None, "grade-word"),
    (re.compile(r"\b(?:kindergarten|kindergart[e]?ners?|kindy|reception class|in reception|prek|pre-k|pre-school|preschool|preschooler|nursery school|in nursery)\b"), 5.0, "kindergarten"),
    (re.compile(r"\breception (?:teacher|year|class|child|kid)s?\b"), 4.5, "reception"),
    # Scotland's primary years (P1 is 4-5) and a year group written short ("DD (Y4)")
    (re.compile(r"(?:\b(?:in|starts?|starting|started|is in|into)\s+|\(|^)p([1-7])\b"), None, "primary"),
    (re.compile(r"(?:\b(?:in|starts?|starting|started|is in|into)\s+|\()y([1-9]|1[0-3])\b"), None, "school-year"),
    (re.compile(r"\b(freshman|sophomore|junior|senior) (?:in|at|of|year of) (?:high ?school|hs)\b"), None, "us-high-school"),
    (re.compile(r"\bthreenagers?\b"), 3.0, "threenager"),
    (re.compile(r"\bjunior infants\b"), 4.5, "junior-infants"),
    (re.compile(r"\bsenior infants\b"), 5.5, "senior-infants"),
    (re.compile(r"\bgrade r\b"), 5.5, "grade-r"),
    (re.compile(r"\blkg\b"), 3.5, "lkg"),
    (re.compile(r"\bukg\b"), 4.5, "ukg"),
    # Ireland's "3rd class", India's "Class 10" and "Std 7": a year of school from about 6
    (re.compile(r"\b(?:class|std\.?|standard)\s+(\d{1,2})\b"), None, "class"),
    (re.compile(r"\b(\d)(?:st|nd|rd|th)\s+class\b"), None, "class"),
    # Nigeria's junior and senior secondary years
    (re.compile(r"\bjss\s*([1-3])\b"), None, "jss"),
    (re.compile(r"\bss[s]?\s*([1-3])\b"), None, "sss"),
]
US_HIGH_SCHOOL = {"freshman": 14.5, "sophomore": 15.5, "junior": 16.5, "senior": 17.5}

BAND_WORDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(?:toddlers?|toddlerhood|terrible twos|threenager)\b"), "toddler"),
    (re.compile(r"\b(?:teens?|teenagers?|teenaged?|adolescents?|high school(?:er)?|secondary school|highschool)\b"), "teen"),
    (re.compile(r"\b(?:tweens?|grade school(?:er)?|primary school|elementary school|middle school(?:er)?)\b"), "school-age"),
]

# What a parent says the child does: the child in front of one of these is the one asked about.
PROBLEM = (
    r"(?:won'?t|wont|will not|doesn'?t|does not|don'?t|can'?t|cannot|isn'?t|refus\w*|hit\w*|bit|bit(?:es?|ing)|"
    r"kick\w*|push\w*|scratch\w*|pinch\w*|hurts?|scream\w*|yell\w*|shout\w*|cr(?:y|ies|ied|ying)|whin\w*|"
    r"throw\w*|threw|tantrum\w*|melts? down|meltdowns?|hates?|lies|lying|lied|steal\w*|stole|swear\w*|wets?|"
    r"wetting|soil\w*|fight\w*|argu\w*|slam\w*|keeps?|kept|still|always|never|struggl\w*|wak(?:es?|ing)|"
    r"panic\w*|cling\w*|worr\w*|bull(?:y|ies|ying)|ignor\w*|teas\w*|snatch\w*|grab\w*|runs? off|"
    r"(?:is|gets?|seems?|has been|became|becomes)\s+(?:so\s+|really\s+|very\s+|always\s+)?"
    r"(?:scared|afraid|terrified|frightened|nervous|anxious|clingy|jealous|aggressive|angry|upset|rude|defiant|obsessed|"
    r"violent|withdrawn)|stopp(?:ed|ing)|act(?:s|ing|ed)? up|baby[ -]?talk\w*|"
    r"has (?:tantrums|meltdowns|nightmares|accidents))\b"
)
FILLER = (r"(?:son|daughter|boy|girl|brother|sister|twins?|child|kid|toddler|dd|ds|lo|who|that|just|now|"
          r"really|also|often|sometimes|suddenly|constantly|and|then|has|had|been|started|starting|starts|began|begun)")
DOES_PROBLEM = re.compile(rf"\s*\)?\s*(?:{FILLER}\s+)*{PROBLEM}")
# A child written before a verb of any kind ("the 7 year old is excited") is talked about in its own right.
DOES_ANYTHING = re.compile(rf"\s*(?:{FILLER}\s+)*(?:{PROBLEM}|is|was|'s|are|seems|has|had|gets|does|did|can|could|"
                           r"will|would|loves|likes|wants|says|said|thinks|feels)\b")
AND_ANOTHER = re.compile(r"\s*(?:(?:and|&)\s+(?:(?:my|our|the|a|an|his|her|their)\s+)?)?")
BIRTH_ORDER = re.compile(rf"\b(?:dd|ds)\d\s*(?:(?:is|was|'s)\s+|\(\s*|,\s*|:\s*|\s+){NUM}")
PROBLEM_WORD = re.compile(rf"\b{PROBLEM}")
# "the little one bites", "the eldest won't sleep": the youngest or oldest child mentioned is meant.
# Not "the baby": that is usually an infant whose age the parent did not write.
YOUNGEST = re.compile(rf"\b(?:little one|littlest|youngest|younger (?:one|child|kid|son|daughter|brother|"
                      rf"sister)|little (?:brother|sister|boy|girl|guy|man))\s+{DOES_PROBLEM.pattern}")
OLDEST = re.compile(rf"\b(?:oldest|eldest|first ?born|older (?:one|child|kid|son|daughter|brother|sister)|"
                    rf"big (?:one|brother|sister|boy|girl))\s+{DOES_PROBLEM.pattern}")
SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)|\n")
# "My question is about DD", "this is about the eldest": the parent says which child
ABOUT_CHILD = re.compile(r"\b(?:question|post|this|it|worry|concern|asking)\s+(?:is\s+)?(?:about|regarding|re:?)\s+"
                         r"(?:my\s+|our\s+|the\s+)?(dd\d?|ds\d?|son|daughter|boy|girl|eldest|oldest|youngest)\b")


@dataclass(frozen=True)
class Mention:
    """One age written in the text: where, how many years, and the words it was read from."""
    start: int
    end: int
    years: float
    phrase: str
    listed: bool = False  # one of several ages listed after a plural ("the kids are 4 and 7"): no one child's


def age_from_text(text: str) -> Age:
    """The child's age as the parent wrote it, if they did.

    Several ages can appear ("our 3yo is jealous of the 2 month old"): the child the question
    is about is chosen by choose_child; an age outside 1-17 is used only when nothing else is given.
    """
    norm = normalise_numbers(text, keep_pronoun_one=True)
    every = explicit_ages(norm)
    # an age the text puts in another time ("when she was 3", "wait until she's 14") or gives another child (a
    # cousin's, "like a 2 year old") comes after the others
    now = [m for m in every if not _another_time(norm, m) and not _other_child(norm, m) and not CHECK.search(m.phrase)]
    child = _child_in_range(norm, now)
    if child:
        return child
    school = [m for m in school_ages(norm) if _in_range(m.years)]
    if school:
        return _text_age(school[0], now, False)
    child = _child_in_range(norm, every)
    if child:
        return child
    if every:
        return _text_age(every[0], every, False)
    for pattern, band in BAND_WORDS:
        if pattern.search(norm):
            return Age(None, band, "word")
    return Age(None, None, "none")


def _in_range(years: float) -> bool:
    return band_for_age(years) is not None


def _child_in_range(norm: str, mentions: list[Mention]) -> Age | None:
    """The child the question is about among the mentions aged 1-17 (choose_child), if there is one."""
    in_range = [m for m in mentions if _in_range(m.years)]
    if not in_range:
        return None
    chosen, ambiguous = choose_child(norm, mentions, in_range)
    return _text_age(chosen, mentions, ambiguous)


def _text_age(chosen: Mention, mentions: list[Mention], ambiguous: bool) -> Age:
    years = round(chosen.years, 2)
    others = tuple(dict.fromkeys(round(m.years, 2) for m in mentions if round(m.years, 2) != years))
    return Age(years, band_for_age(years), "text", chosen.phrase, others, ambiguous)


# Children's ages listed together after a plural: "the kids are 4 and 7", "my boys (4 & 7)", "2 girls, 9, 6 and 3".
AGE_LIST = re.compile(
    rf"\b(?:kids|children|boys|girls|sons|daughters|twins|triplets|they|dc|dcs|mine|ours|(?:my|our)\s+\d|ages|"
    rf"brother and sister|sister and brother|siblings|sisters|brothers|grandkids|grandchildren)"
    rf"\s*(?:are|r|'re|were|,|\(|:|-|aged?)?\s*"
    rf"(?:(?:now|aged?|ages)\s+)?{NUM}((?:\s*(?:,|and|&|\+)\s*\d{{1,2}}(?:\.\d+)?)+)"
    rf"(?!\s*(?:%|minutes|mins|hours|hrs|days|weeks|months|times|am|pm|kg|lbs?|years?\s+(?:apart|older|younger|ago)))")


def _listed_ages(norm: str) -> list[Mention]:
    found = []
    for match in AGE_LIST.finditer(norm):
        for number in re.finditer(r"\d{1,2}(?:\.\d+)?", norm[match.start(1):match.end(2)]):
            start = match.start(1) + number.start()
            found.append(Mention(start, start + len(number.group(0)), float(number.group(0)),
                                 match.group(0).strip(" ,("), listed=True))
    return found


def _compound_ages(norm: str) -> list[Mention]:
    """Ages in two parts ("2y 4m", "3 and a quarter"): read whole, before their parts."""
    found = []
    for pattern in YEARS_AND_MONTHS:
        for match in pattern.finditer(norm):
            years = float(match.group(1)) + int(match.group(2)) / 12
            found.append(Mention(match.start(1), match.end(), years, norm[match.start(1):match.end()]))
    for pattern in (AND_A_PART, PART_YEAR_OLD):
        for match in pattern.finditer(norm):
            found.append(Mention(match.start(), match.end(), float(match.group(1)) + PARTS[match.group(2)], match.group(0)))
    return found


def explicit_ages(norm: str) -> list[Mention]:
    """Every age written as a number in the text, in order, one per phrase, durations and times of day
    left out; an age in two parts ("2y 4m") read whole. age_from_text sets aside the ones said of another
    time ("when she was 3")."""
    compound = _compound_ages(norm)
    found = [m for m in _listed_ages(norm) if not any(c.start < m.end and m.start < c.end for c in compound)] + compound
    for pattern, unit in AGE_PATTERNS:
        for match in pattern.finditer(norm):
            years = _years(float(match.group(1)), unit)
            if any(c.start < match.end() and match.start() < c.end for c in compound):
                continue
            if re.fullmatch(r"\d{1,2}\.[0-5]\d", match.group(1)):  # "bedtime at mine is 7.30": a time
                continue
            if 0 < years < 40 and not _is_duration(norm, match, unit):
                found.append(Mention(match.start(), match.end(), years, _phrase(norm, match)))
    if BIRTH_ORDER.search(norm):  # "DS1 is 7 and DS2 is 3": here DS2 is the second son, not a 2-year-old
        found = [m for m in found if not re.fullmatch(r"d[sd]\d", m.phrase)]
    return _without_overlaps(found)


def _number_at(norm: str, mention: Mention) -> int:
    """Where the age's number starts in the text (its phrase may begin with words: "son is 6")."""
    digit = re.search(r"\d", norm[mention.start:mention.end])
    return mention.start + (digit.start() if digit else 0)


def _another_time(norm: str, mention: Mention) -> bool:
    """Whether the words just before the age's number put it in another time (ANOTHER_TIME)."""
    at = _number_at(norm, mention)
    return bool(ANOTHER_TIME.search(norm[max(0, at - 40):at]))


def _other_child(norm: str, mention: Mention) -> bool:
    """Whether the words around the age give it to another child than the parent's (OTHER_CHILD_BEFORE, _AFTER)."""
    at = _number_at(norm, mention)
    return bool(OTHER_CHILD_BEFORE.search(norm[max(0, at - 50):at]) or OTHER_CHILD_AFTER.match(norm[mention.end:]))


def _phrase(norm: str, match: re.Match[str]) -> str:
    # A group inside a lookahead ("a 2 and a 5 year old") ends past the match: the phrase runs to it.
    end = max(match.end(group) for group in range(len(match.groups()) + 1))
    return norm[match.start():end].strip(" ,")


def _years(number: float, unit: str) -> float:
    if unit.startswith("months"):
        return number / 12
    if unit == "weeks":
        return number / 52
    if unit == "days":
        return number / 365
    if unit == "will-be":
        return number - 0.5  # "will be 5 in March": most of a year short of it, on average half
    return number


def _is_duration(norm: str, match: re.Match[str], unit: str) -> bool:
    # Only bare "6 months" and "2 yrs" can be a length of time; "6 month old" and "3yo" are always ages.
    if unit != "months-loose" and not re.search(r"yrs?$", match.group(0)):
        return False
    return bool(DURATION_BEFORE.search(norm[:match.start()]) or DURATION_AFTER.match(norm[match.end():]))


def _without_overlaps(found: list[Mention]) -> list[Mention]:
    # Two patterns can read the same words ("18 month old" is also "18 month"): keep the longer reading.
    kept: list[Mention] = []
    for mention in sorted(found, key=lambda m: (m.start, -m.end)):
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def school_ages(norm: str) -> list[Mention]:
    """Ages implied by school ("fifth grader", "year 2", "in kindergarten"), in order."""
    found = [Mention(match.start(), match.end(), _school_age(kind, match, fixed), match.group(0))
             for pattern, fixed, kind in WORD_AGES for match in pattern.finditer(norm)]
    return sorted(found, key=lambda m: m.start)


def choose_child(norm: str, mentions: list[Mention], in_range: list[Mention]) -> tuple[Mention, bool]:
    """The child the question is about among those in 1-17, and whether that is a guess.

    In order: the child written just before what it does ("my 6yo hits his 2yo sister"); the
    youngest or oldest when the text says so ("the little one bites"); the first child in a
    sentence that says what a child does; the first child. An age under 1 or over 17 is never
    chosen here, so a baby sibling cannot put the question out of range.
    """
    if len({int(m.years) for m in in_range}) == 1:
        return in_range[0], False
    said = _said_to_be_about(norm, in_range)
    if said is not None:
        return said, False
    # what follows a list of ages is said of them all ("the kids are 4 and 7 and fight"): no one child's
    doers = [m for m in in_range if not m.listed and _followed_by(DOES_PROBLEM, norm, m, mentions)]
    if doers:
        chosen = doers[0]
        # Still a guess when another child is talked about too: "the 7 year old is worried ...
        # the 3 year old doesn't understand".
        talked_about = [m for m in in_range if int(m.years) != int(chosen.years) and not m.listed
                        and _followed_by(DOES_ANYTHING, norm, m, mentions)]
        return chosen, bool(talked_about)
    # "two girls, 9 and 13. The 13 year old has started ...", "DS 7, DD 5, DS 2 ... the 5 year old is the worst":
    # a child named again on its own
    again = [m for m in in_range if not m.listed and any(
        (other.listed and int(other.years) == int(m.years))
        or (other.start < m.start and round(other.years, 2) == round(m.years, 2)) for other in in_range)]
    if again and len({round(m.years, 2) for m in again}) == 1:  # two children named again: no one of them
        return again[0], False
    by_rank = _youngest_or_oldest(norm, in_range)
    if by_rank is not None:
        return by_rank, False
    with_problem = [m for m in in_range if PROBLEM_WORD.search(_sentence_of(norm, m, mentions))]
    return (with_problem or in_range)[0], True


def _said_to_be_about(norm: str, in_range: list[Mention]) -> Mention | None:
    """The child the parent says the question is about ("my question is about DD"), if the text says so."""
    about = ABOUT_CHILD.search(norm)
    if about is None:
        return None
    word = about.group(1)
    if word in ("eldest", "oldest"):
        return max(in_range, key=lambda m: m.years)
    if word == "youngest":
        return min(in_range, key=lambda m: m.years)
    named = [m for m in in_range if re.match(rf"(?:my\s+|our\s+)?{word}\b", m.phrase)]
    return named[0] if len(named) == 1 else None


def _followed_by(verb: re.Pattern[str], norm: str, mention: Mention, mentions: list[Mention]) -> bool:
    """The words right after this age say what the child does: it is the subject of that verb.

    "my 8yo and 3yo fight": both are, so the first shares what the next one does.
    """
    later = [m for m in mentions if m.start > mention.start]
    after = norm[mention.end:later[0].start if later else len(norm)]
    if later and AND_ANOTHER.fullmatch(after):
        return _followed_by(verb, norm, later[0], mentions)
    return bool(verb.match(after))


def _youngest_or_oldest(norm: str, in_range: list[Mention]) -> Mention | None:
    youngest, oldest = YOUNGEST.search(norm), OLDEST.search(norm)
    if youngest and not oldest:
        return min(in_range, key=lambda m: m.years)
    if oldest and not youngest:
        return max(in_range, key=lambda m: m.years)
    return None  # neither, or both: the text does not single one out


def _sentence_of(norm: str, mention: Mention, mentions: list[Mention]) -> str:
    # A full stop inside an age ("5 y.o.") does not end the sentence.
    ends = [end.end() for end in SENTENCE_END.finditer(norm)
            if not any(m.start <= end.start() < m.end for m in mentions)]
    start = max((end for end in ends if end <= mention.start), default=0)
    stop = min((end for end in ends if end > mention.start), default=len(norm))
    return norm[start:stop]


def _school_age(kind: str, match: re.Match[str], fixed: float | None) -> float:
    if fixed is not None:
        return fixed
    raw = match.group(1)
    if kind == "us-high-school":
        return US_HIGH_SCHOOL[raw]
    number = ORDINALS[raw] if kind == "grade-word" else int(raw)
    if kind == "primary":
        return number + 4.0
    if kind == "class":
        return number + 5.5
    if kind == "jss":
        return number + 10.5
    if kind == "sss":
        return number + 13.5
    if kind == "school-year":  # UK Year 1 is 5-6 years old; US grade 1 is 6-7
        return number + 5.5 if "grade" in match.group(0) else number + 4.5
    return number + 5.5


def resolve_age(text: str, option: str | float | None) -> Age:
    """The --age option wins over the text. A bad option raises BadInput; an age read from the
    text outside 1-17 comes back with band None, and the matcher says it is outside what Inara covers.
    An option outside 1-17 comes back with band None and its refusal: the matcher screens the words
    first (an emergency about a 3-month-old still gets the emergency message) and answers with the
    refusal (BadInput) only when the screen finds nothing."""
    try:
        years = parse_age_option(option)
    except OutsideAges as outside:
        return Age(outside.years, None, "option", refusal=str(outside))
    if years is not None:
        return Age(years, band_for_age(years), "option")
    return age_from_text(text)
