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
# Ages in the other languages the screen reads: the word for years or months after a number under 20 (months:
# under 100, and only after a word that says whose age it is), unless the words around it make it a length of
# time or another time ("hace 2 años", "il y a 3 ans", "vor 2 Jahren", "3 anni fa", "2 jaar geleden", "2 lata temu").
OTHER_YEARS = (r"(?:años|año|anos|ano|an|añitos|aninhos|anitos|ans|jahren?|jahr|jährige[nrms]?|jährig|jahrige[nrms]?|anni|anno|jaar|"
               r"jarige|jr|lat|lata|latk\w*|latek|letni\w*|roku|l\.(?=\s|,))(?:\b|(?<=\.))")
# Who an age after "de", "di", "van", "z" is said of in those languages (candidate A6).
OTHER_CHILDREN = (r"hij[oa]s?|niñ[oa]s?|nin[oa]s?|nen[ea]s?|peques?|chic[oa]s?|cr[ií][oa]s?|niet[oa]s?|hijastr[oa]s?|mellizos|"
                  r"gemel[oa]s|el mío|la mía|el mayor|la mayor|el pequeño|la pequeña|filh[oa]s?|menin[oa]s?|net[oa]s?|"
                  r"miúd[oa]s?|miud[oa]s?|enteado|enteada|bebé|bebê|fils|fille|garçon|garcon|enfant|petite?|gars|ado|"
                  r"figli[oa]|bambin[oa]|ragazz[oa]|nipote|bimb[oa]|piccol[oa]|sohn|tochter|kind|junge|mädchen|madchen|"
                  r"enkel|enkelin|zoon|dochter|jongen|meisje|zoontje|dochtertje|syn|syna|córka|corka|córeczka|coreczka|"
                  r"synek|dziecko|wnuk|wnuczka|uno|una|otro|otra|outro|outra|l'autre|l'altro|l'altra")
# Not a number read as an age: a count of something, a weight, money, a length of time.
OTHER_UNITS = (r"semanas?|semaines?|wochen|settimane|weken|tygodni\w*|días|dias|jours|tage[n]?|giorni|dagen|dni|"
               r"kg|kilos?|euros?|€|%|cm|metros?|mètres|minut\w*|horas?|heures?|stunden|ore|uur|godzin\w*|h\b|veces|fois|"
               r"mal\b|volte|keer|razy|amig\w*|herman\w*|irm[aã]\w*|hijos|filhos|enfants|kinder|kinderen|dzieci|libros?|livres?")
OTHER_NO_HALF = (r"(?![.,]\d)(?!\s*(?:años|año|anos|ano|ans|an|jahren?|jahr|anni|anno|jaar|lat|lata|roku)?\s*(?:y medio|e meio|et demi|"
                 r"e mezzo|en een half|und ein halb|i pół|i pol))")
# Who a list of ages after a comma or a bracket is said of: "zwei Mädels, 7 und 10", "dwie córki, 5 i 12".
LISTED_CHILDREN = rf"(?:{OTHER_CHILDREN}|mädels|madels|jungs|kinder|niños|ninos|hijos|filhos|enfants|figli|kinderen|dzieci)"
# What may follow a bare number read as an age: the end of a phrase, a conjunction, or the word for years.
OTHER_BARE_END = (r"(?=\s*(?:[.,;:!?)¿¡]|$|-|\by\b|\be\b|\bet\b|\bund\b|\ben\b|\bi\b|\band\b|\bo\b|\bou\b|\boder\b|"
                  r"\bof\b|\blub\b|\bque\b|\bqui\b|\bche\b|\bdie\b|\bder\b|\bdat\b|\bktóry\b|\bktóra\b|\bkt[oó]r\w*\b|"
                  r"\bha\b|\bhat\b|\bheeft\b|\bse\b|\bsi\b|\bsich\b|\bzich\b|\bsię\b|\bsie\b|\bne\b|\bnon\b|\bno\b|"
                  r"\bnão\b|\bnao\b|\bnicht\b|\bniet\b|\bnie\b|\bpas\b|\bya\b|\bjá\b|\bschon\b|\bal\b|\bjuż\b|"
                  r"\bahora\b|\bagora\b|\bjetzt\b|\bnu\b|\bteraz\b|\bmaintenant\b|\badesso\b|\bora\b|"
                  r"\b(?:años|anos|ans|jahren?|anni|jaar|jr|lat|lata|roku)\b))")
# Numbers written as words up to 17 in those languages (the English ones are spelt as digits by normalise_numbers).
OTHER_NUMBERS = {w: n for n, words in enumerate([
    "", "un una uno une um uma ein eins eine einem een één jeden jedna",
    "dos dois duas deux due zwei twee dwa dwie", "tres três trois tre drei drie trzy",
    "cuatro quatro quatre quattro vier cztery", "cinco cinq cinque fünf funf vijf pięć piec",
    "seis six sei sechs zes sześć szesc", "siete sete sept sette sieben zeven siedem",
    "ocho oito huit otto acht osiem", "nueve nove neuf neun negen dziewięć dziewiec",
    "diez dez dix dieci zehn tien dziesięć dziesiec", "once onze undici elf jedenaście jedenascie",
    "doce doze douze dodici zwölf zwolf twaalf dwanaście dwanascie",
    "trece treze treize tredici dreizehn dertien trzynaście trzynascie",
    "catorce catorze quatorze quattordici vierzehn veertien czternaście czternascie",
    "quince quinze quindici fünfzehn funfzehn vijftien piętnaście pietnascie",
    "dieciséis dieciseis dezesseis dezasseis seize sedici sechzehn zestien szesnaście szesnascie",
    "diecisiete dezessete dezassete dix-sept diciassette siebzehn zeventien siedemnaście siedemnascie",
]) for w in words.split()}
OTHER_NUMBER = r"(?:" + "|".join(sorted((re.escape(w) for w in OTHER_NUMBERS), key=len, reverse=True)) + r")"
# The same without the words for one, which are also articles ("un año sabático", "um ano"): read as one only after
# a word that says whose age it is ("de un año", AGE_PATTERNS).
OTHER_NUMBER_NO_ONE = r"(?:" + "|".join(sorted((re.escape(w) for w, n in OTHER_NUMBERS.items() if n > 1), key=len,
                                                reverse=True)) + r")"
OTHER_MONTHS = r"(?:meses|mes|mois|monaten?|monatige[nrms]?|mesi|maanden|mnd|miesięcy|miesiące|miesiąc|miesiecy|miesiace|mies\.?)(?!\w)"
OTHER_BEFORE = ("".join(rf"(?<!\b{w} )" for w in (
    "hace", "desde", "durante", "lleva", "llevo", "llevamos", "faz", "há", "en", "em", "por", "il y a", "depuis",
    "pendant", "dans", "vor", "seit", "für", "in", "nach", "da", "per", "tra", "fra", "sinds", "al", "over", "na", "od",
    "przez", "po", "za", "de más de", "más de", "plus de", "über", "oltre", "dentro de", "cada", "chaque", "alle",
    "jede", "elke", "co", "dopo", "después de", "despues de", "depois de", "après", "apres", "po", "grávida de",
    "gravida de", "embarazada de", "enceinte de", "incinta di", "zwanger van")))
OTHER_AFTER = (r"(?!\s*(?:atrás|atras|fa\b|geleden|temu|ago\b|plus tard|später|spater|después|despues|depois|dopo|"
               r"później|pozniej|later|de (?:casad|matrimonio|experiencia|trabajo|carrera)|d'expérience|de mariage|"
               r"verheiratet|di matrimonio|getrouwd|po ślubie|mais tarde|más tarde|mas tarde))")
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
    (re.compile(rf"\b(?:{SUBJECTS})\s*(?:'s|is|are|was)\s+(?:now\s+|only\s+|almost\s+|nearly\s+|just\s+|about\s+)?{NUM}\b(?!\s*(?:%|minutes|mins|hours|hrs|days|weeks|months|times|am|pm|and an?\b(?!\s+bit)|kg|weken|wochen|semanas|semaines|settimane|tygodni|meses|mois|monate|maanden|mesi|miesi|lbs?|pounds|inches|cm|feet|'|(?:years?|yrs?)\s+(?:older|younger|apart|ago)))"), "years"),
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
    # The other languages the screen reads (candidate A5, evals/results/blind-ages-5-plan.md): "tiene 9 años",
    # "7 ans", "8 Jahre", "5-jährige", "6 anni", "4 jaar", "7 lat", "18 meses"; "van 4" after a Dutch child.
    (re.compile(rf"{OTHER_BEFORE}(?<![\d\w])([12]?\d|{OTHER_NUMBER})\s*-?\s*(?:{OTHER_YEARS})?\s*(?:y medio|e meio|et demi|"
                rf"e mezzo|en een half|und ein halb(?:es)?|i pół|i pol)\b"), "years-and-a-half"),
    (re.compile(rf"{OTHER_BEFORE}(?<![\d\w])([12]?\d(?:[.,]5)?|{OTHER_NUMBER_NO_ONE})\s*-?\s*{OTHER_YEARS}{OTHER_AFTER}"
                r"(?!\s+of\b)"), "years"),
    # "de 2 y 4 años", "(6 e 3 anos)": the first number shares the years word after the second
    (re.compile(rf"{OTHER_BEFORE}(?<![\d\w])(1?\d(?:[.,]5)?)(?=\s*(?:,|y|e|et|und|en|i|and|&)\s*1?\d(?:[.,]5)?\s*"
                rf"{OTHER_YEARS})"), "years"),
    # A bare number after a child or a verb of age (candidate A6): "un niño de 7", "mi hijo tiene 5", "ne ha 9",
    # "meine Tochter ist 15", "hij is 10", "syn ma 7", "ahora con 7"
    (re.compile(rf"\b(?:{OTHER_CHILDREN})\s+(?:de|di|da|van|von|z|of|d')\s*(1?\d(?:[.,]5)?)\b(?![.,]\d){OTHER_NO_HALF}"
                rf"(?!\s*(?:{OTHER_MONTHS}|{OTHER_UNITS}))"), "years"),
    (re.compile(rf"\b(?:{OTHER_CHILDREN}|baby|bebè|bebe)\s*,?\s*\(?(\d{{1,2}})\s*(?:{OTHER_MONTHS}|mies\.?|mnd\.?|mths?\.?|m\.)"), "months"),
    (re.compile(rf"\b(?:{OTHER_CHILDREN})\s*,\s*(1?\d){OTHER_BARE_END}"), "years"),
    (re.compile(rf"\b(?:{OTHER_CHILDREN})\s+(1?\d(?:[.,]5)?)(?![.,]\d)\s*(?:{OTHER_YEARS})?\s*(?:[,.;:!?]|$)"), "years"),
    # several children and their ages: "meine beiden (3 und 6)", "twee jongens van 6 en 9", "dwie córki, 5 i 12 lat"
    (re.compile(r"\b(?:beiden|beide|jongens|meisjes|kinderen|kinder|mädels|madels|jungs|töchter|tochter|söhne|sohne|córki|corki|"
                r"synów|synow|dzieci|chłopców|hijos|hijas|niños|ninos|filhos|filhas|meninos|enfants|garçons|filles|figli|figlie|"
                r"bambini|ragazzi|gemelos|mellizos)\s*(?:van\s+|de\s+|di\s+|\(\s*|,\s*|:\s*)(1?\d)(?=\s*(?:,|und|y|e|et|en|i|and|&)\s*1?\d)"), "years"),
    (re.compile(rf"\b(?:tiene|tem|ma|heeft|ne ha|ne a|ahora con|ahora tiene|agora com|agora tem|jetzt mit|nu met|teraz ma|"
                rf"(?:er|sie|sohn|tochter|kind|junge|mädchen|madchen) ist|(?:hij|zij|ze|zoon|dochter|kind) is)\s+"
                rf"(?:ya\s+|já\s+|ja\s+|jetzt\s+|schon\s+|nu\s+|al\s+|już\s+|juz\s+|gerade\s+|solo\s+|só\s+|nur\s+|pas\s+|"
                rf"pas\s+net\s+|net\s+|jetzt\s+schon\s+)?([12]?\d(?:[.,]5)?|{OTHER_NUMBER}){OTHER_NO_HALF}{OTHER_BARE_END}"), "years"),
    (re.compile(rf"\b(?:cumple|cumplirá|casi|quase|presque|bientôt|bientot|quasi|fast|bald|bijna|prawie|wird|wordt|"
                rf"compie|compirà|aura|fará|vai fazer|skończy|skonczy)\s+"
                rf"(?:(?:im|en|in|a|em|w|we|na|nel|au|el|la|le|à|om|z)\s+\w+\s+)?(?:los\s+|les\s+|ses\s+|i\s+|os\s+)?"
                rf"(1?\d(?:[.,]5)?|{OTHER_NUMBER}){OTHER_NO_HALF}(?:\s*{OTHER_YEARS})?{OTHER_BARE_END}"), "will-be"),
    (re.compile(rf"\b(?:acaba de cumplir|cumplió|ha cumplido|fez|completou|vient d'avoir|a eu|ha compiuto|ha fatto|"
                rf"skończył|skonczyl|skończyła|skonczyla|is net|ist gerade|ist letzte woche|ist letzten monat)\s+"
                rf"(?:los\s+|les\s+|i\s+|os\s+)?(1?\d(?:[.,]5)?|{OTHER_NUMBER}){OTHER_BARE_END}"), "years"),
    (re.compile(rf"\b(1?\d(?:[.,]5)?)\s*(?:j\.|jr\.?)(?!\w)"), "years"),
    # strong markers of the child's age now, whatever follows (candidate A7): "ahora con 7", "agora com 5",
    # "jetzt mit 9", "adesso che ne ha 4", "maintenant qu'il en a 6", "mon fils en a 16", "teraz ma 8"
    (re.compile(rf"\b(?:ahora con|agora com|jetzt mit(?: fast)?|nu met|teraz ma|adesso che ne ha|ora che ne ha|ne ha|"
                rf"maintenant qu'(?:il|elle) en a|qu'(?:il|elle) en a|(?:il|elle|fils|fille) en a|en a)\s+"
                rf"([12]?\d(?:[.,]5)?|{OTHER_NUMBER})\b(?![.,]\d)(?!\s*(?:{OTHER_MONTHS}|{OTHER_UNITS}))"), "years"),
    # a child noun or "mine" and a bare number, forum style: "zoon 15 wil stoppen", "Sohn, 17, will", "meiner ist neun"
    (re.compile(rf"\b(?:{OTHER_CHILDREN})\s*,?\s+([12]?\d(?:[.,]5)?)\b(?![.,]\d)(?!\s*(?:{OTHER_MONTHS}|{OTHER_UNITS}|%|€|euro))"), "years"),
    (re.compile(rf"\b(?:meiner|meine|unsere|unserer|der kleine|die kleine|der große|die große|der grosse|die grosse|"
                rf"mein kleiner|meine große|meine grosse|der mittlere|die mittlere|die van mij|m'n zoontje|mijn zoontje|"
                rf"onze oudste|onze jongste|mijn oudste|mijn jongste)\s+(?:ist|is)\s+(?:jetzt\s+|nu\s+|grad\s+|gerade\s+)?"
                rf"([12]?\d(?:[.,]5)?|{OTHER_NUMBER})\b(?![.,]\d)(?!\s*(?:{OTHER_MONTHS}|{OTHER_UNITS}))"), "years"),
    # turning, with a few words between: "wird nächste Woche 10", "va a cumplir 16", "faz 10 anos semana que vem"
    (re.compile(rf"\b(?:va a cumplir|cumplirá|vai fazer|vai completar|faz|wird|wordt|va avoir|compirà|compie|skończy|"
                rf"skonczy|kończy|konczy)\s+(?:\w+\s+){{0,3}}?([12]?\d){OTHER_NO_HALF}(?:\s*{OTHER_YEARS})?"
                rf"(?!\s*(?:anos|años|ans|jahre|anni|jaar|lat)\s+que\b)(?!\s*que\b)(?=\s*(?:[.,;:!?]|$|\w))(?!\s*(?:{OTHER_MONTHS}|{OTHER_UNITS}))"), "will-be"),
    # babies' weeks: "Mon bébé a 6 semaines", "ons meisje van 5 weken"
    (re.compile(rf"\b(?:de|van|a|tem|ha|ist|is|ma|of|von|di|com|con|avec|met)\s+(\d{{1,2}})\s*(?:semanas|semaines|wochen|"
                rf"settimane|weken|tygodni\w*|tyg\.)(?!\w)"), "weeks"),
    # fractions: "4 3/4", "7 3/4", "10 en een half"
    (re.compile(r"(?<![\d/])(1?\d)\s+3/4(?!\d)"), "years-and-three-quarters"),
    (re.compile(r"(?<![\d/])(1?\d)\s+1/4(?!\d)"), "years-and-a-quarter"),
    (re.compile(r"\bne (?:ha|a) (1?\d(?:[.,]5)?)\b(?!\s*(?:euro|€|%|kg|chil|cm|minut|or[ae]|giorn|settiman|mes|amic|frat|sorell))"), "years"),
    # children listed with their ages: "zwei Mädels, 7 und 10", "la Inês de 16, o Tomás de 13"
    (re.compile(rf"\b{LISTED_CHILDREN}"
                rf"\s*[,:(]\s*(1?\d)(?![.,]\d)(?=\s*(?:,|und|y|e|et|en|i|and|&)\s*1?\d\b)"), "years"),
    (re.compile(rf"\b{LISTED_CHILDREN}"
                rf"\s*[,:(]\s*1?\d(?![.,]\d)\s*(?:,|und|y|e|et|en|i|and|&)\s*(1?\d)\b(?!\s*(?:meses|mois|monate|mesi|maanden|miesi))"), "years"),
    (re.compile(r"\b(?:el|la|a|o|le|il|lo|der|die|de|het)\s+[a-zà-ÿ]+\s+(?:de|di|da|van|von)\s+(1?\d)\b"
                r"(?=\s*(?:[,;)]|y\b|e\b|et\b|und\b|en\b|i\b|and\b))"), "years"),
    # candidate A8: an age just reached ("ist gerade 10 geworden", "werd gisteren 3", "ist vor zwei Wochen 13 geworden")
    (re.compile(rf"\b(?:ist|is|sind|zijn)\s+(?:\w+\s+){{0,4}}?([12]?\d)\s*(?:jahre\s+|jaar\s+)?(?:alt\s+|oud\s+)?geworden\b"), "years"),
    (re.compile(rf"\bwerd\s+(?:\w+\s+){{0,2}}?([12]?\d)\b(?![.,]\d)(?!\s*(?:{OTHER_MONTHS}|{OTHER_UNITS}))"), "years"),
    # now, beside another time: "nu is ze 10", "momentan ist er 8", "(ahora 10)", "teraz ma 8"
    (re.compile(rf"\b(?:nu|nou|momenteel|momentan|jetzt|aktuell|inmiddels|teraz|ahora|agora|maintenant|adesso|ora)\s+"
                rf"(?:is|ist|ma|tiene|tem|a|ha|en a|ne ha)\s+(?:ze|hij|zij|er|sie|elle|il|lei|lui|ela|ele|ella|él|el)?\s*"
                rf"([12]?\d(?:[.,]5)?|{OTHER_NUMBER})\b(?![.,]\d)(?!\s*(?:{OTHER_MONTHS}|{OTHER_UNITS}))"), "years"),
    (re.compile(rf"\(\s*(?:ahora|agora|jetzt|nu|maintenant|adesso|teraz|now)\s+([12]?\d)\s*(?:{OTHER_YEARS})?\s*\)"), "years"),
    # "the one of 5": "el de 5", "la de 12", "o de 9", "la più piccola di 3"
    (re.compile(rf"\b(?:el|la|los|las|o|a|os|as|il|lo|le|la più piccola|il più piccolo|la mayor|el mayor|el pequeño|la pequeña)\s+"
                rf"(?:de|di|da|do|du)\s+(1?\d)\b(?![.,]\d)(?!\s*(?:{OTHER_MONTHS}|{OTHER_UNITS}))"), "years"),
    # children listed by name after a colon: "3 hijos: Pablo 9, Lucía 6 y Martín 2"
    (re.compile(rf"\b(?:hij[oa]s|filh[oa]s|enfants|kinder|kinderen|dzieci|figli|niños|ninos|kids)\s*[:(]\s*[a-zà-ÿ]+\s+(1?\d)\b"
                rf"(?=\s*(?:años|anos|ans|jahre|anni|jaar|lat)?\s*(?:,|y|e|et|und|en|i))"), "years"),
    # a child noun and an age in brackets, any alphabet: "Córka (11)", "synowi (10 l.)"
    (re.compile(rf"\b(?:{OTHER_CHILDREN}|synowi|córce|corce|dziecku)\s*\(\s*([12]?\d(?:[.,]5)?)\s*(?:{OTHER_YEARS}|l\.)?\s*\)"), "years"),
    # babies' weeks: "Baby 10 Wochen alt", "3 weken oud"
    (re.compile(r"\b(\d{1,2})\s*(?:wochen|weken|semanas|semaines|settimane|tygodni\w*)\s+(?:alt|oud|de vida|di vita)\b"), "weeks"),
    # "de un año", "tiene un año": one; "un año" elsewhere is a length of time
    (re.compile(r"\b(?:de|tiene|tem|com|a|hat|ist|is|van|ma|di|d')\s+(un|una|um|uma|une|ein|einem|een|jeden)\s+(?:año|ano|an|jahr|anno|jaar|rok)\b"
                r"(?!\s*(?:sabático|sabatico|sabbatique|sabbatico|de intercambio|de intercâmbio|en el extranjero|à l'étranger))"), "years"),
    # children listed by name with their ages (candidate A9): "João 12, Maria 8 e Pedro 4", "Léa 14 ans, Hugo 11 ans"
    (re.compile(r"(?:[:,]\s*|\b(?:y|e|et|und|en|i|and|ed)\s+)(?:(?:el|la|o|a|le|il|der|die|de|baby|bebé|bebe)\s+)?"
                r"(?!(?:tiene|tem|ist|sind|zijn|son|sont|sono|ma|hat|heeft|mam|tengo|tenho|hab|habe|heb|ho|années|ans|años|"
                r"anos|jahre|anni|jaar|lat|lata|klasse|klasa|groep|grado|année|about|around|maybe|like|only|just|aged?)\b)"
                r"[a-zà-ÿ]{3,}\s+(?:de\s+|di\s+|van\s+|\(\s*)?([12]?\d)\b(?![.,]\d)"
                r"(?:\s*(?:años|anos|ans|jahre|anni|jaar|lat|lata)\b)?\)?(?=\s*(?:[,.;:!?]|$|y\b|e\b|et\b|und\b|en\b|i\b|and\b|ed\b))"), "years"),
    # Dutch "een jaar of 6", "een jaartje of 4": about 6
    (re.compile(r"\been\s+jaar(?:tje)?\s+of\s+(1?\d)\b"), "years"),
    (re.compile(rf"(?<!grávida )(?<!gravida )(?<!embarazada )(?<!enceinte )(?<!incinta )(?<!zwanger )(?<!schwanger )"
                rf"\b(?:de|tiene|tem|com|a|hat|ha|heeft|ma|ist|is|van|di|mit|z|con|avec|met|aged?|sind|son|são|sao|sont|sono|"
                rf"zijn|są|sa|es|é|est|è)\s+"
                rf"(\d{{1,2}}(?:\.5)?|{OTHER_NUMBER})\s*-?\s*{OTHER_MONTHS}{OTHER_AFTER}"), "months"),
    (re.compile(r"\b(?:zoon|dochter|kind|jongen|meisje|zoontje|dochtertje|kleuter|peuter|tweeling)\s+van\s+"
                r"(1?\d(?:[.,]5)?)\b(?!\s*(?:maanden|weken|dagen|uur|euro|%|keer|kilo|jaar geleden))"), "years"),
]
# Years and months together: "2y 4m", "3 yrs 9 months", "she's 2 and 3 months" (read before the parts alone).
YEARS_AND_MONTHS = [
    re.compile(rf"\b{NUM}\s*(?:y|yrs?|years?)\s*(?:old\s*)?,?\s*(?:and\s+)?(\d{{1,2}})\s*(?:m|mo|mos|mths?|months?)\b"),
    re.compile(rf"(?:'s|is|are)\s+{NUM}\s+and\s+(\d{{1,2}})\s*(?:mths?|months?)\b"),
    # "1 ano e 8 meses", "2 Jahre und 3 Monate" (candidate A5)
    re.compile(rf"(?<![\d\w])(1?\d)\s*{OTHER_YEARS}\s*,?\s*(?:y|e|et|und|en|i)\s+(\d{{1,2}})\s*{OTHER_MONTHS}"),
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
                          r"|\b(?:trained|walking|talking|reading|dry|out of nappies|sleeping through) by\s+(?:the age of\s+|age\s+)?"
                          # the other languages (candidate A6): "cuando tenía 4", "quand il avait 3 ans", "als er 4 war",
                          # "quando aveva 2 anni", "toen hij 3 was", "kiedy miał 4", "hasta los 10", "d'ici ses 12 ans"
                          r"|\b(?:cuando|quando|quand|lorsqu'?|als|toen|kiedy|hasta que|hasta los|até aos?|até|d'ici|bis|"
                          r"entro|tot|desde que|depuis qu'?|seit|sinds|od kiedy|jak|gdy|jeśli|jesli|wenn|si)\b[^.!?]{0,25}?"
                          r"|\b(?:con|com|mit|met|avec|a los|aos|à|a)\s+(?=\d{1,2}\s*(?:años|anos|ans|jahren|anni|jaar|lat)?\s*,?\s*"
                          r"(?:ya|já|déjà|deja|schon|già|al|już)\b))$")
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
    # The other languages' school years (candidate A6): Spain, Latin America, Portugal, Brazil, France, Belgium,
    # Quebec, Italy, Germany, the Netherlands, Poland. The age is that of a child in the middle of the year.
    (re.compile(r"\b([1-6])\s*(?:º|°|o|\.º|er|ero|ro|do|to|ao|a)?\s*(?:grado |año |curso )?(?:de |del )?primaria\b"), None, "plus5.5"),
    (re.compile(r"\b([1-4])\s*(?:º|°|o|\.º)?\s*(?:de |del )?(?:la )?(?:eso|secundaria)\b"), None, "plus11.5"),
    (re.compile(r"\b([1-2])\s*(?:º|°|o|\.º)?\s*(?:de |del )?bachillerato\b"), None, "plus15.5"),
    (re.compile(r"\b([1-9])\s*(?:º|°|o|\.º)?\s*ano(?: do (?:ensino )?fundamental)?\b(?!s)(?! do (?:ensino )?m[eé]dio)"), None, "plus5.5"),
    (re.compile(r"\b(1[0-2])\s*(?:º|°|o|\.º)?\s*ano\b"), None, "plus5.5"),
    (re.compile(r"\b([1-3])\s*(?:º|°|o|\.º)?\s*ano do (?:ensino )?m[eé]dio\b"), None, "plus14.5"),
    (re.compile(r"\b(?:en|au|est en|passe en|entre en|rentre en)\s+(cp|ce1|ce2|cm1|cm2)\b"), None, "fr-primary"),
    (re.compile(r"\b(?:en|est en|passe en|entre en|rentre en)\s+([3-6])\s*(?:e|ème|eme)\b(?!\s*ann[ée]e)"), None, "minus17.5"),
    (re.compile(r"\b(?:en|est en|passe en|entre en|rentre en)\s+(seconde|premi[èe]re|terminale)\b"), None, "fr-lycee"),
    (re.compile(r"\b([1-6])\s*(?:e|ème|eme|re|ère)\s+(?:ann[ée]e|primaire)\b"), None, "plus5.5"),
    (re.compile(r"\b([1-6])\s*(?:e|ème|eme|re|ère)\s+secondaire\b|\bsecondaire\s+([1-5])\b"), None, "plus11.5"),
    (re.compile(r"\b(prima|seconda|terza|quarta|quinta|[1-5]\s*(?:ª|a|°|º)?)\s+(?:elementare|primaria)\b"), None, "it-plus5.5"),
    (re.compile(r"\b(prima|seconda|terza|[1-3]\s*(?:ª|a|°|º)?)\s+media\b"), None, "it-plus10.5"),
    (re.compile(r"\b(prima|seconda|terza|quarta|quinta|[1-5]\s*(?:ª|a|°|º)?)\s+(?:superiore|liceo)\b"), None, "it-plus13.5"),
    (re.compile(r"\b(\d{1,2})\.\s*klasse\b|\bklasse\s+(\d{1,2})\b"), None, "plus5.5"),
    (re.compile(r"\bgroep\s+([1-8])\b"), None, "plus3.5"),
    (re.compile(r"\bbrugklas\b"), 12.5, "brugklas"),
    (re.compile(r"\b([1-6])\s*(?:e\s+)?(?:havo|vwo|vmbo|mavo|atheneum|gymnasium)\b"), None, "plus11.5"),
    (re.compile(r"\bsala de ([2-5])\b"), None, "plus0.5"),
    (re.compile(r"\b(?:ai|nei|dei) piccoli\b"), 3.5, "piccoli"),
    (re.compile(r"\b(?:ai|nei|dei) mezzani\b"), 4.5, "mezzani"),
    (re.compile(r"\b(?:ai|nei|dei) grandi\b(?=.{0,40}\b(?:asilo|materna|maestra|scuola dell'infanzia))"), 5.5, "grandi"),
    (re.compile(r"\b([1-6])\s*e?\s+klas\b(?!\w)"), None, "plus11.5"),
    (re.compile(r"\b([1-4])\s*(?:\.|-?ej|-?ciej)?\s*klas(?:a|y|ie)\s+liceum\b|\bklas(?:a|y|ie)\s+([1-4])\s+liceum\b"), None, "plus14.5"),
    (re.compile(r"\bin der q1\b|\b(?:in der )?q1\b(?=.{0,40}\babi)"), 16.5, "q1"),
    (re.compile(r"\bin der q2\b"), 17.5, "q2"),
    (re.compile(r"\b(?:p[oó]łtoraroczn\w*|poltoraroczn\w*|(?:un )?año y medio|(?:um )?ano e meio|(?:un )?an et demi|anderhalf(?: jaar)?|półtora roku|poltora roku|"
                r"(?:un )?anno e mezzo|eineinhalb(?: jahre)?|anderthalb(?: jahre)?)\b"), 1.5, "one-and-a-half"),
    (re.compile(r"\b([1-8])\s*(?:\.|-?ej|-?ciej)?\s*klas(?:a|y|ie)\b(?!\s+liceum)|\bklas(?:a|y|ie)\s+([1-8])\b(?!\s+liceum)"), None, "plus6.5"),
    (re.compile(r"\bzer[oó]wk\w*\b"), 6.0, "zerowka"),
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
            years = _years(_number(match.group(1)), unit)
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


def _number(written: str) -> float:
    """A number the age patterns read: digits, or a word in another language (OTHER_NUMBERS)."""
    return float(OTHER_NUMBERS[written]) if written in OTHER_NUMBERS else float(written.replace(",", "."))


def _years(number: float, unit: str) -> float:
    if unit.startswith("months"):
        return number / 12
    if unit == "weeks":
        return number / 52
    if unit == "days":
        return number / 365
    if unit == "years-and-a-half":
        return number + 0.5
    if unit == "years-and-three-quarters":
        return number + 0.75
    if unit == "years-and-a-quarter":
        return number + 0.25
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
    named = _named_again(norm, mentions)
    if named is not None:
        return named, False
    by_rank = _rank_in_other_languages(norm, in_range)
    if by_rank is not None:
        return by_rank, False
    with_problem = [m for m in in_range if PROBLEM_WORD.search(_sentence_of(norm, m, mentions))]
    return (with_problem or in_range)[0], True


# Candidate A9: which of several children a question in another language is about. A child named with an age and
# named again later ("3 filhos: João 12, Maria 8 e Pedro 4. A Maria anda...") is the one; so is the youngest or the
# oldest when the words for one of them are written more often than the words for the other.
NAME_AND_AGE = re.compile(r"(?:[:,(]\s*|\b(?:y|e|et|und|en|i|and|ed|o|a|la|el|le|il|der|die|de|lo)\s+)"
                          r"([a-zà-ÿ]{3,})\s*(?:,\s*)?(?:de\s+|di\s+|van\s+|\(\s*)?([12]?\d)(?:[.,]5)?\b"
                          r"(?!\s*(?:meses|mes|mois|monate[n]?|mesi|maanden|miesi\w*|months?|semanas|wochen|weken|weeks|"
                          r"minutes?|mins?|minutos|minuti|minuten|minut\w*|hours?|horas|heures|ore|uur|stunden|godzin\w*|"
                          r"days?|días|dias|jours|giorni|dagen|tage|dni|%|€|euros?|kg|km|cm)\b)")
NOT_NAMES = frozenset("""
tiene tem ist ma sind zijn son sont sono hat heeft avec con com mit met van von des les los las una uno une und
ich mein meine meiner unser unsere mijn onze nasz nasza mój moja moje mam mamy tengo tenho j'ai ho habe heb hab
hijos hijas filhos filhas enfants kinder kinderen dzieci figli niños ninos kids children sons daughters
jahre jahren anni años anos ans jaar lat lata roku klasse klasa groep year years grade ages aged edad idade alter
age edades idades età leeftijd wiek entre tra zwischen tussen między mezi todos todas tous toutes tutti alle
the and son daughter boy girl mine ours twins tweeling gemelos mellizos zwillinge gemelli jumeaux bliźniaki
""".split())
YOUNGEST_OTHER = re.compile(r"\b(?:el pequeño|la pequeña|el menor|la menor|el más pequeño|la más pequeña|el peque|la peque|"
                            r"o mais novo|a mais nova|o caçula|a caçula|o pequeno|a pequena|le petit|la petite|le cadet|"
                            r"la cadette|le plus jeune|la plus jeune|il piccolo|la piccola|il più piccolo|la più piccola|"
                            r"der kleine|die kleine|der jüngste|die jüngste|unser kleiner|unsere kleine|de jongste|"
                            r"de kleinste|mijn jongste|onze jongste|najmłodszy|najmłodsza|młodszy|młodsza|mlodszy|mlodsza)\b")
OLDEST_OTHER = re.compile(r"\b(?:el mayor|la mayor|el grande|la grande|o mais velho|a mais velha|o mais velho|l'aîné|"
                          r"l'aînée|l'aine|le grand|la grande|il grande|il maggiore|la maggiore|der große|die große|"
                          r"der grosse|die grosse|der älteste|die älteste|unser großer|unsere große|de oudste|mijn oudste|"
                          r"onze oudste|najstarszy|najstarsza|starszy|starsza)\b")


def _named_again(norm: str, mentions: list[Mention]) -> Mention | None:
    """The child named with an age and named again later, when exactly one is (NAME_AND_AGE)."""
    pairs = [(m.group(1), float(m.group(2)), m) for m in NAME_AND_AGE.finditer(norm)
             if m.group(1) not in NOT_NAMES and _in_range(float(m.group(2)))]
    if len(pairs) < 2:
        return None
    again = {(name, years): m for name, years, m in pairs
             if re.search(rf"\b{re.escape(name)}\b", norm[m.end():])}
    if len({name for name, _ in again}) != 1:
        return None
    (name, years), m = next(iter(again.items()))
    return Mention(m.start(), m.end(), years, m.group(0))


def _rank_in_other_languages(norm: str, in_range: list[Mention]) -> Mention | None:
    young, old = len(YOUNGEST_OTHER.findall(norm)), len(OLDEST_OTHER.findall(norm))
    if young > old:
        return min(in_range, key=lambda m: m.years)
    if old > young:
        return max(in_range, key=lambda m: m.years)
    return None


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


OTHER_ORDINALS = {"prima": 1, "seconda": 2, "terza": 3, "quarta": 4, "quinta": 5}
FRENCH_YEARS = {"cp": 6.5, "ce1": 7.5, "ce2": 8.5, "cm1": 9.5, "cm2": 10.5, "seconde": 15.5, "première": 16.5,
                "premiere": 16.5, "terminale": 17.5}


def _school_age(kind: str, match: re.Match[str], fixed: float | None) -> float:
    if fixed is not None:
        return fixed
    raw = next(g for g in match.groups() if g is not None)
    if kind in ("fr-primary", "fr-lycee"):
        return FRENCH_YEARS[raw]
    if kind.startswith("it-plus"):
        number = OTHER_ORDINALS.get(raw) or int(re.match(r"\d", raw).group(0))
        return number + float(kind[7:])
    if kind.startswith("plus"):
        return int(raw) + float(kind[4:])
    if kind.startswith("minus"):
        return float(kind[5:]) - int(raw)
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
