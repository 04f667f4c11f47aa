"""Safety screening: runs first, on its own, before any topic is ranked.

What the screen can find is a list of categories (`data/safety_categories.yaml`), each with its
own message: what to do now, who to call (worded for the parent's region) and, when urgent,
what to say to the child. Two things find them: rules (`data/safety.yaml`, the floor: the
usual ways people say alarming things, in English and in Spanish, French, Portuguese, German,
Italian, Dutch and Polish) and a trained classifier over
sentence meaning (`semantic_safety.py`). Both only ever add findings; then two checks look at
the sentence a finding came from: a concern that is negated ("no talk of hurting herself") is
dropped, and an emergency that is over ("a febrile seizure last year, fine since") is not an
emergency now.

The rules and categories ship with the package, not with a library: a publisher's library can
change the guides but not weaken the screening.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model, model_validator

from ..errors import InaraError, Problem, validation_problems
from ..vocab import SafetyLevel
from . import literals
from .age import normalise_numbers
from .user_cache import cache_path, write_whole

DATA = Path(__file__).resolve().parent.parent / "data"
# The languages a safety message is shown in besides English: every language the rules read
# (language.LANGUAGES). Every category has its message in each, resources.yaml's `translations` who to
# call, and safety_languages.yaml the words around them.
TRANSLATED = ("es", "fr", "pt", "de", "it", "nl", "pl")
LANGUAGES_WITH_MESSAGES = ("en", *TRANSLATED)

HELPERS = {
    "self": r"(?:himself|herself|themselves|themself|hisself|themselfs)",
    "kid": r"(?:him|her|them|the baby|the kids?|my (?!head|hands?|fists?|fingers?|shoulders?|body|legs?|foot|feet|keys|phone|bag|hair|way|back|temper|cool|voice)\w+)",
    "drug": r"(?:batter(?:y|ies)|button cell|magnets?|bleach|detergent|laundry (?:pods?|capsules?|tablets?)|dishwasher (?:tablets?|pods?)|cleaning (?:products?|fluid|spray|stuff)|toilet (?:rim )?blocks?|rim blocks?|toilet (?:cleaner|gel|duck)|drain cleaner|oven cleaner|descaler|chemicals?|poison\w*|pills?|tablets?|medicine|medication|meds|paracetamol|ibuprofen|tylenol|calpol|advil|motrin|aspirin|iron tablets|vitamins|gummies|antifreeze|lamp oil|white spirit|lighter (?:fluid|fuel)|kerosene|paraffin(?! wax)|petrol|gasoline|turpentine|nail (?:polish|varnish) remover|acetone|firelighters?|e-?liquid|vape (?:liquid|juice)|nicotine|alcohol|vodka|wine|weed|cannabis|edibles?|drugs|methadone|oxy\w*|sleeping pills|melatonin|mushrooms?|toadstools?|berries|pods?|plant)",
    "arm": r"(?:arms?|forearms?|wrists?|thighs?|legs?|stomach|tummy|hips?|ankles?)",
    # The grown-ups of the other-language rules (accents stripped, as the screen reads text):
    # a parent, step-parent or partner, a relative, a carer, a teacher or coach, a neighbour.
    "es_adult": r"(?:padre|papa|padrastro|madre|mama|madrastra|novio|novia|pareja|marido|esposo|ex|exmarido|ex marido|ex pareja|abuel[oa]|ti[oa]|profesora?|maestr[oa]|entrenadora?|ninera|canguro|cuidadora?|monitora?|vecin[oa]|hombre|senor)",
    "fr_adult": r"(?:pere|papa|beau-pere|beau pere|mere|maman|belle-mere|belle mere|copain|copine|compagnon|compagne|mari|femme|ex|conjoint|grand-pere|grand-mere|papi|papy|mamie|oncle|tonton|tante|tata|nounou|baby-?sitter|prof|professeur|maitresse|maitre|instit|entraineur|educateur|animateur|voisin|voisine|homme|monsieur|adulte)",
    "pt_adult": r"(?:pai|padrasto|mae|madrasta|namorado|namorada|companheiro|companheira|marido|esposa|ex|avo|vovo|tio|tia|baba|professora?|treinador|vizinh[oa]|homem|adulto)",
    "de_adult": r"(?:vater|papa|stiefvater|stiefmutter|mutter|mama|neue[rn]? freund|freund (?:der|meiner|seiner|ihrer|von der) (?:mutter|mama|schwester|ex)|partner|partnerin|lebensgef(?:a|ae)hrte|mann|ehemann|frau|ex|opa|oma|onkel|tante|lehrer\w*|erzieher\w*|trainer\w*|babysitter\w*|nachbar\w*|tagesmutter)",
    "it_adult": r"(?:padre|papa|patrigno|madre|mamma|matrigna|compagn[oa](?! di (?:classe|scuola|banco|giochi|squadra))|fidanzat[oa]|marito|moglie|ex|nonn[oa]|zi[oa]|maestr[oa]|insegnante|professor\w*|allenatore|babysitter|tata|vicin[oa]|uomo)",
    "nl_adult": r"(?:vader|papa|stiefvader|moeder|mama|stiefmoeder|vriend van (?:mijn|haar|zijn|de) \w+|nieuwe vriend|partner|man|vrouw|ex|opa|oma|oom|tante|juf|meester|leraar|lerares|trainer|oppas|buurman|buurvrouw|buren)",
    "pl_adult": r"(?:ojciec|ojczym|tata|tato|matka|macocha|mama|konkubent|konkubina|partner|partnerka|ch[lł]opak (?:mamy|matki|siostry|corki)|maz|zona|by[lł]y|by[lł]a|dziadek|babcia|wujek|ciocia|nauczyciel\w*|trener|opiekunk\w*|niani\w*|sasiad\w*)",
    "adult": r"(?:teacher|teachers|coach|babysitter|baby sitter|sitter|nanny|au pair|uncle|aunt|auntie|grandpa|grandad|granddad|grandfather|grandma|granny|grandmother|stepdad|step-dad|stepfather|stepmom|stepmum|stepmother|neighbou?r|daycare (?:worker|teacher|staff)|carer|caregiver|childminder|tutor|priest|pastor|imam|rabbi|boyfriend|girlfriend|her dad|his dad|their dad|her father|his father|her mum|his mum|her mom|his mom|older (?:boy|girl|kid|cousin)|cousin|man|woman|staff|adult|grown-?up)",
}
NEGATIONS = re.compile(r"\b(?:no|not|never|hasn'?t|hasnt|isn'?t|isnt|doesn'?t|doesnt|didn'?t|didnt|without|nor|any)\s+(?:\w+\s+){0,2}$")


class SafetyDataError(InaraError):
    """A data file that does not validate: `file: field: what was expected`, every one."""

    status = 500

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


# --- the data files, typed ---------------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Translation(_Strict):
    title: str = Field(min_length=1)
    do_now: str = Field(min_length=1)
    say: str | None = None
    if_unsure: str | None = None


class Category(_Strict):
    slug: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    priority: int
    title: str = Field(min_length=1)
    contact: str = Field(min_length=1)  # a key in resources.yaml
    do_now: str = Field(min_length=1)
    say: str | None = None  # urgent categories: what to say to the child right now
    # the same message in each of TRANSLATED, shown when the question is written in that language
    es: Translation | None = None
    fr: Translation | None = None
    pt: Translation | None = None
    de: Translation | None = None
    it: Translation | None = None
    nl: Translation | None = None
    pl: Translation | None = None
    level: SafetyLevel = "see-professional"
    # Urgent categories: the see-professional category a finding becomes when only the sentence
    # screen made it urgent and the whole question reads as ordinary (semantic_safety.doubtful).
    when_unsure: str | None = None
    # Urgent categories whose `when_unsure` message does not say when to treat it as an emergency:
    # the sentence that does, added to that message when a doubted finding of theirs is answered.
    if_unsure: str | None = None
    # See-professional categories that only such a finding reaches: no rule and no training
    # sentence names them.
    only_when_unsure: bool = False

    def in_language(self, language: str) -> Translation | Category:
        """The category's words in `language` (title, do_now, say, if_unsure), or its English ones."""
        translated = getattr(self, language, None) if language in TRANSLATED else None
        return translated or self


class Categories(_Strict):
    urgent: list[Category]
    see_professional: list[Category] = Field(alias="see-professional")

    @model_validator(mode="after")
    def _unsure_names_a_see_professional_category(self):
        see = {c.slug for c in self.see_professional}
        problems = []
        for index, category in enumerate(self.urgent):
            if category.when_unsure not in see:
                raise ValueError(f"urgent.{index}.when_unsure: the slug of a see-professional category "
                                 f"(one of {', '.join(sorted(see))}), got {category.when_unsure!r}")
            for language in TRANSLATED:
                translated = getattr(category, language)
                if translated is None or translated.say is None:
                    problems.append(f"urgent.{index}.{language}: the message in that language (title, do_now, say)")
                elif (translated.if_unsure is None) != (category.if_unsure is None):
                    problems.append(f"urgent.{index}.{language}.if_unsure: "
                                    + ("a sentence, as the English has" if category.if_unsure else "nothing, as the English"))
        for index, category in enumerate(self.see_professional):
            for language in TRANSLATED:
                if getattr(category, language) is None:
                    problems.append(f"see-professional.{index}.{language}: the message in that language (title, do_now)")
        if problems:
            raise ValueError("; ".join(problems))
        for index, category in enumerate(self.see_professional):
            if category.if_unsure is not None or any(
                    getattr(category, language) and getattr(category, language).if_unsure is not None
                    for language in TRANSLATED):
                raise ValueError(f"see-professional.{index}.if_unsure: nothing (only urgent categories "
                                 f"have one), got {category.if_unsure!r}")
            if category.when_unsure is not None:
                raise ValueError(f"see-professional.{index}.when_unsure: nothing (only urgent categories "
                                 f"have one), got {category.when_unsure!r}")
        return self


class PatternSpec(_Strict):
    pattern: str
    category: str


class RuleSpec(_Strict):
    id: str
    category: str
    level: SafetyLevel
    reason: str | None = None  # older files: the category's title is what the parent sees
    next_step: str | None = None
    patterns: list[str | PatternSpec] = Field(min_length=1)
    negatable: bool = False
    exclude: list[str] = []
    requires: list[str] = []
    min_age: float | None = None
    max_age: float | None = None


def _problems(name: str, exc: ValidationError, prefix: str = "") -> list[Problem]:
    return validation_problems(f"inara/data/{name}", exc, prefix)


# libyaml's loader, as the library's files are read (content/loader.py): safety.yaml took 0.4 s of
# a cold start with the pure-Python one, 0.05 s with this; every data file loads to the same values.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(name: str):
    try:
        return yaml.load((DATA / name).read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise SafetyDataError([Problem(f"inara/data/{name}", "", f"a readable YAML file ({exc})")]) from None


def typed(name: str, model: type[BaseModel]):
    """A data file read into its model, or SafetyDataError with every problem in it."""
    try:
        return model.model_validate(_load_yaml(name))
    except ValidationError as exc:
        raise SafetyDataError(_problems(name, exc)) from None


@lru_cache(maxsize=1)
def categories() -> dict[str, Category]:
    parsed = typed("safety_categories.yaml", Categories)
    out = {}
    for level, items in (("urgent", parsed.urgent), ("see-professional", parsed.see_professional)):
        for item in items:
            out[item.slug] = item.model_copy(update={"level": level})
    return out


# --- rules -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    level: str
    patterns: tuple[tuple[Pattern, str], ...]  # (pattern, the category it finds)
    negatable: bool = False
    exclude: tuple[Pattern, ...] = ()
    requires: tuple[Pattern, ...] = ()
    min_age: float | None = None
    max_age: float | None = None
    # What the patterns' matches must contain (literals.py), in the Requirements shared by the
    # rules read together: a rule, or one of its patterns, is passed over only where it cannot match.
    requirements: literals.Requirements | None = field(default=None, repr=False, compare=False)
    rule_mask: int = field(default=0, repr=False, compare=False)
    pattern_masks: tuple[int, ...] = field(default=(), repr=False, compare=False)
    exclude_masks: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def needing(self, requirements: literals.Requirements) -> Rule:
        """This rule, with what its patterns' matches must contain in `requirements`."""
        needs = [literals.needs(pattern) for pattern, _ in self.patterns]
        return replace(self, requirements=requirements, rule_mask=requirements.mask(literals.one_of(needs)),
                       pattern_masks=tuple(requirements.mask(each) for each in needs),
                       exclude_masks=tuple(requirements.mask(literals.needs(exclude)) for exclude in self.exclude))

    def matches(self, text: str, age: float | None = None,
                met: dict[literals.Requirements, int] | None = None) -> list[tuple[str, int, int]]:
        """(category, start, end) of the first match of each pattern that counts. `met`: a dict
        kept for this text by a caller that runs every rule on it, so the text is read once."""
        if self.min_age is not None and age is not None and age < self.min_age:
            return []
        if self.max_age is not None and (age is None or age >= self.max_age):
            return []
        patterns, excludes = self.patterns, self.exclude
        if self.requirements is not None:
            bits = met.get(self.requirements) if met is not None else None
            if bits is None:
                bits = self.requirements.met(text)
                if met is not None:
                    met[self.requirements] = bits
            unmet = ~bits  # a mask with one of these bits needs what the text lacks
            if self.rule_mask & unmet:
                return []
            patterns = [entry for entry, mask in zip(patterns, self.pattern_masks) if not mask & unmet]
            # An exclusion that cannot match the text either is never compiled (a rule with many
            # exclusions, such as medical-emergency's, would otherwise compile them all at its first match).
            excludes = [exclude for exclude, mask in zip(excludes, self.exclude_masks) if not mask & unmet]
        if not patterns:
            return []
        if self.requires and not any(pattern.search(text) for pattern in self.requires):
            return []
        excluded = None  # read once a pattern matches: most texts match none of a rule's patterns
        found = []
        for pattern, category in patterns:
            for match in pattern.finditer(text):
                if excluded is None:
                    excluded = [m.span() for exclude in excludes for m in exclude.finditer(text)]
                # Excluded when an exclude match covers the match's last character: the
                # ordinary reading ("worried about vitamins") wins over the alarming one.
                if any(start < match.end() <= end for start, end in excluded):
                    continue
                if self.negatable and NEGATIONS.search(text[max(0, match.start() - 40):match.start()]):
                    continue
                found.append((category, match.start(), match.end()))
                break
        return found

    def fires(self, text: str, age: float | None = None) -> bool:
        return bool(self.matches(text, age))


@cache
def _compiled(source: str) -> re.Pattern[str]:
    """re.compile, once a process for each pattern: `inara check` reads safety.yaml afresh (the
    file as it is now, not as the screen first read it) and compiled its ~800 patterns again,
    which re's own cache (512 patterns) did not keep. A pattern that does not compile is not kept."""
    return re.compile(source)


class Pattern:
    """A rule's regular expression, compiled the first time it is run. A question can match only
    the few patterns whose needed strings it holds (about 15 of the ~1,070 on the dev questions,
    `literals`), so a process that screens one question (`inara ask`) compiles those, not all of
    them (about half a second). One object per source (`_pattern`), as `_compiled` keeps one
    compiled pattern per source."""

    __slots__ = ("pattern", "_compiled")
    flags = 0

    def __init__(self, source: str):
        self.pattern = source
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = _compiled(self.pattern)
        return self._compiled

    def search(self, text: str, *args) -> re.Match[str] | None:
        return self.compiled.search(text, *args)

    def finditer(self, text: str, *args):
        return self.compiled.finditer(text, *args)

    def __repr__(self) -> str:
        return f"Pattern({self.pattern!r})"


@cache
def _pattern(source: str) -> Pattern:
    return Pattern(source)


def _filled(pattern: str) -> str:
    for name, value in HELPERS.items():
        pattern = pattern.replace("{" + name + "}", value)
    return pattern


def _compile(pattern: str, where: str, problems: list[Problem], check: bool = True) -> Pattern:
    """The pattern with its {helpers} filled in; with `check`, compiled now, and one that does not
    compile is added to problems (and stands in as a pattern that never matches), so every bad
    pattern is reported at once. Without (the same file checked before, `_RulesCache`), it is
    compiled when first run."""
    source = _filled(pattern)
    if check:
        try:
            _compiled(source)
        except re.error as exc:
            problems.append(Problem("inara/data/safety.yaml", where, f"a valid regular expression ({exc})"))
            return _pattern(r"(?!)")
    return _pattern(source)


class _RulesCache:
    """What reading safety.yaml found, kept on disk for the next process: that every pattern of
    this exact file compiles (in this Python), and what each needs (`literals.needs`, read from its
    parse tree, which costs about what compiling does). Named by a hash of the rule and category
    files, the helpers, literals.py and the Python version, so a change is checked again in full; kept in
    the user cache folder beside the built models. A cache that cannot be read or written is no
    error: the rules are then checked and read as before."""

    VERSION = "2"  # 2: the exclusions' needs are kept too

    def __init__(self) -> None:
        self.key = ""

    def path(self) -> Path:
        return cache_path("safety-rules.json")

    def _key(self) -> str:
        import hashlib
        import json
        import sys

        digest = hashlib.sha256()
        for name in ("safety.yaml", "safety_categories.yaml"):
            digest.update((DATA / name).read_bytes())
        digest.update(Path(literals.__file__).read_bytes())  # how needs are read
        digest.update(json.dumps([HELPERS, self.VERSION, sys.version, literals.GRAM, literals.EXACT]).encode())
        return digest.hexdigest()

    def checked(self) -> bool:
        """Whether this file was checked before; its patterns' needs are then remembered."""
        import json

        try:
            self.key = self._key()
            kept = json.loads(self.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        if not isinstance(kept, dict) or kept.get("key") != self.key:
            return False
        literals.remember({source: tuple(frozenset(need) for need in needed)
                           for source, needed in kept.get("needs", {}).items()})
        return True

    def keep(self, rules: tuple[Rule, ...]) -> None:
        import json

        sources = {pattern.pattern: pattern for rule in rules for pattern in [*(p for p, _ in rule.patterns), *rule.exclude]}
        read = {source: literals.needs(pattern.compiled) for source, pattern in sources.items()}
        literals.remember(read)
        needs = {source: [sorted(need) for need in needed] for source, needed in read.items()}
        kept = json.dumps({"key": self.key or self._key(), "needs": needs}).encode("utf-8")
        write_whole(self.path(), lambda out: out.write(kept))


_rules_cache = _RulesCache()


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    checked = _rules_cache.checked()
    found = _read_rules(check=not checked)
    if not checked:
        _rules_cache.keep(found)
    _screening.needs_known = True
    return found


def _read_rules(check: bool) -> tuple[Rule, ...]:
    raw = _load_yaml("safety.yaml")
    if not isinstance(raw, list):
        raise SafetyDataError([Problem("inara/data/safety.yaml", "", "a list of rules")])
    known = categories()
    problems: list[Problem] = []
    out = []
    for index, item in enumerate(raw):
        try:
            spec = RuleSpec.model_validate(item)
        except ValidationError as exc:
            problems += _problems("safety.yaml", exc, str(index))
            continue
        patterns = []
        for number, entry in enumerate(spec.patterns):
            text, category = (entry, spec.category) if isinstance(entry, str) else (entry.pattern, entry.category)
            if category not in known:
                problems.append(Problem("inara/data/safety.yaml", f"{spec.id}.patterns.{number}",
                                        f"a category in safety_categories.yaml, got '{category}'"))
                continue
            patterns.append((_compile(text, f"{spec.id}.patterns.{number}", problems, check), category))
        if spec.category not in known:
            problems.append(Problem("inara/data/safety.yaml", f"{spec.id}.category",
                                    f"a category in safety_categories.yaml, got '{spec.category}'"))
            continue
        out.append(Rule(
            id=spec.id, category=spec.category, level=spec.level, patterns=tuple(patterns),
            negatable=spec.negatable,
            exclude=tuple(_compile(p, f"{spec.id}.exclude.{i}", problems, check) for i, p in enumerate(spec.exclude)),
            requires=tuple(_compile(p, f"{spec.id}.requires.{i}", problems, check)
                           for i, p in enumerate(spec.requires)),
            min_age=spec.min_age, max_age=spec.max_age,
        ))
    if problems:
        raise SafetyDataError(problems)
    return tuple(out)


def client_rules() -> dict:
    """The urgent rules for a browser (the static site screens its search box with them): each
    pattern's source, ready for JavaScript's RegExp, with its category's message and the
    countries' numbers. Patterns use only syntax both engines read the same way."""
    known = categories()
    rules_out = []
    for rule in rules():
        if rule.level != "urgent":
            continue
        rules_out.append({
            "id": rule.id,
            "patterns": [[pattern.pattern, category] for pattern, category in rule.patterns],
            "exclude": [pattern.pattern for pattern in rule.exclude],
            "requires": [pattern.pattern for pattern in rule.requires],
            "max_age": rule.max_age,
        })
    messages = {slug: {"title": c.title, "do_now": c.do_now, "call": next_step(c.contact), "say": c.say,
                       "priority": c.priority}
                for slug, c in known.items() if c.level == "urgent"}
    return {"rules": rules_out, "categories": messages, "countries": resources().get("countries") or {}}


# --- who to call -------------------------------------------------------------------------------


class Number(_Strict):
    label: str = Field(min_length=1)
    number: str = Field(min_length=1)


CONTACTS = ("emergency", "crisis", "child-protection", "parent-crisis", "missing", "parent-support", "doctor-feeding",
            "doctor-development", "doctor-anxiety", "poison", "weapons", "doctor-behaviour", "doctor-substance",
            "doctor-school", "doctor-toileting", "doctor-sleep", "doctor-neuro", "doctor-soon", "safeguarding-advice")
# A region names every contact a category can ask for (required); a translation any of them.
RegionLines = create_model("RegionLines", __base__=_Strict, label=(str, Field(min_length=1)),
                           numbers=(list[Number], []),
                           **{key.replace("-", "_"): (str, Field(min_length=1, alias=key)) for key in CONTACTS})
Translated = create_model("Translated", __base__=_Strict, label=(str | None, None),
                          **{key.replace("-", "_"): (str | None, Field(None, alias=key)) for key in CONTACTS})


class Country(_Strict):
    label: str = Field(min_length=1)
    numbers: list[Number] = Field(min_length=1)


class Resources(_Strict):
    generic: RegionLines
    us: RegionLines
    uk: RegionLines
    countries: dict[str, Country] = {}
    translations: dict[str, Translated] = {}


@lru_cache(maxsize=1)
def resources() -> dict[str, dict]:
    """resources.yaml, validated (every region names every contact), as the plain mapping it is."""
    return typed("resources.yaml", Resources).model_dump(by_alias=True, exclude_none=True)




def next_step(key: str, region: str = "generic", language: str = "en") -> str:
    table = resources()
    translated = (table.get("translations") or {}).get(language, {}).get(key)
    if language != "en" and translated:  # the generic wording, translated
        return translated
    return table.get(region, table["generic"]).get(key) or table["generic"][key]


def numbers(region: str) -> list[dict]:
    """Tap-to-call numbers for a region ([] for generic: the page offers a choice of country)."""
    return list(resources().get(region, {}).get("numbers") or [])


# --- the sentence a finding came from: negation and time ---------------------------------------

SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
NEGATED_CONCERN = re.compile(
    r"\b(?:no|not any|never any|without any|isn'?t any|there'?s no|there is no)\s+(?:talk|mention|sign|signs|hint|history|"
    r"thoughts?|evidence|risk|suggestion|indication|question)\s+(?:of|about|that)\s+(?:\w+\s+){0,2}$"
    r"|\b(?:never|hasn'?t ever|has never|not once|doesn'?t|does not|didn'?t|did not)\s+(?:talked|spoken|said anything|"
    r"mentioned|talk|speak|mention)\s+(?:about|of)\s+(?:\w+\s+){0,2}$"
    r"|\b(?:not|isn'?t|wasn'?t|never been)\s+(?:at risk of|in danger of)\s+(?:\w+\s+){0,1}$"
    r"|\b(?:has never|have never|hasn'?t ever|never once|never)\s+$"
    # "no tiene problemas para respirar", "je n'ai pas peur de...", "ich habe keine Angst, dass...":
    # a denial right before the words (accents stripped; es, fr, pt, de, it, nl, pl)
    r"|\b(?:no (?:tengo|tiene|hay|tenia)|n'(?:ai|a|avait) pas(?: de| d')?|nao (?:tenho|tem|tinha)|keine?|non (?:ho|ha)|geen"
    r"|nie (?:mam|ma))\s*$"
)
PAST = re.compile(
    r"\b(?:last (?:year|summer|winter|spring|autumn|fall|month|christmas|term|school year|easter|half term|january|february|march|april|june|july|august|september|october|november|december)|back in (?:january|february|march|april|may|june|july|august|september|october|november|december|the (?:spring|summer|autumn|winter))|(?:\d+(?:\.\d+)?|a|one|two|three|four|five|six|several|a few|"
    r"a couple of|many) (?:years?|months?) (?:ago|back|earlier)|when (?:he|she|they) (?:was|were) (?:a baby|a toddler|little|"
    r"younger|tiny|\d+)|as a (?:baby|toddler)|back when|years ago|(?:at|aged?) (?:age )?\d+ (?:months?|years?)?\s*(?:he|she|they) "
    r"had|once,? (?:years|ages) ago)\b"
    # the same in the other languages the rules read (accents stripped): es, fr, pt, de, it, nl, pl
    r"|\b(?:el ano pasado|hace (?:\d+|un|una|dos|tres|unos|varios|algunos) (?:anos?|meses)|cuando era (?:bebe|pequen[oa]|chiquit[oa])"
    r"|l'an(?:nee)? derni(?:er|ere)|il y a (?:\d+|un|deux|trois|quelques) (?:ans?|mois)|quand (?:il|elle) etait (?:bebe|petite?)"
    r"|(?:no )?ano passado|ha (?:\d+|um|dois|tres|alguns) (?:anos?|meses)|letztes jahr|vor (?:\d+|einem|zwei|drei|ein paar) (?:jahren|jahr|monaten)"
    r"|l'anno scorso|(?:\d+|un|due|tre|qualche) (?:anni|mesi) fa|vorig jaar|(?:\d+|een|twee|drie) (?:jaar|maanden) geleden"
    r"|w zesz[lł]ym roku|rok temu|(?:\d+|dwa|trzy) (?:lata|lat|miesiace|miesiecy) temu)\b"
)
# "He says he's fine" is the child's word, not the parent's account that it is over.
RESOLVED = re.compile(
    r"\b(?:(?<!says he)(?<!says she)(?<!said he)(?<!said she)(?<!insists he)(?<!insists she)"
    r"(?<!claims he)(?<!claims she)(?<!swears he)(?<!swears she)"
    r"(?:is|'s|are|'re|was) (?:totally |completely |absolutely |perfectly )?(?:fine|ok|okay|well|healthy|thriving|all good|"
    r"doing (?:well|great|fine))(?: now| since| ever since)?|fine (?:now|(?:ever )?since)|no (?:problems|issues|more) since|never happened "
    r"again|fully recovered|recovered (?:fully|well|completely)|been (?:doing )?(?:totally |completely |absolutely |perfectly )?(?:fine|well|great|ok|okay|good)(?: ever)? since|"
    r"all fine|no lasting)\b"
)
NOW = re.compile(
    r"\b(?:right now|just now|now|tonight|today|this (?:morning|afternoon|evening)|minutes? ago|an hour ago|\d+ hours? ago|"
    r"hours? ago|is having|currently|at the moment|again)\b"
    # a state that has gone on since the event ("she has been crying ever since") is now
    r"|\b(?:has|have|'s|'ve) been\b[^.!?,]{0,40}\bsince\b"
    r"|\b(?:ahora|hoy|otra vez|de nuevo|maintenant|aujourd'hui|encore|agora|hoje|de novo|jetzt|gerade|heute|wieder|adesso|oggi"
    r"|di nuovo|vandaag|weer|teraz|dzisiaj|znowu)\b"
)
# Emergencies that are over when the sentence says so; the others (abuse, a plan to die) are not.
ENDS_WITH_TIME = {"medical-emergency": None, "poisoning": None, "missing-child": None,
                  "suicide-self-harm": "anxiety-mood-ocd"}


SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
CLAUSE_END = re.compile(r"(?<=[.!?;,])\s+|\n+|\s+(?:but|though|although)\s+")


def sentence_around(text: str, start: int, end: int) -> str:
    """The clause of `text` that holds [start, end): what a time or a denial must be said in to
    change what the match means ("..., we moved house last month" says nothing about the match)."""
    left = max((m.end() for m in CLAUSE_END.finditer(text, 0, start)), default=0)
    right = CLAUSE_END.search(text, end)
    return text[left:right.start() if right else len(text)]


NEGATED_UNIT = re.compile(
    r"\b(?:no|not any|never any|without any|there'?s no|there is no)\s+(?:talk|mention|sign|signs|hint|history|thoughts?|"
    r"evidence|risk|suggestion|indication)\s+(?:of|about|that)\b|\bnever (?:talked|spoken|said anything|mentioned) about\b"
    r"|\b(?:not|isn'?t|wasn'?t) (?:suicidal|self[- ]?harming|at risk)\b"
)


def negated(sentence: str, start_in_sentence: int | None) -> bool:
    """A concern the sentence denies. With no position (a finding of the trained screen, which
    reads whole clauses), any denial in the clause counts."""
    if start_in_sentence is None:
        return bool(NEGATED_UNIT.search(sentence))
    return bool(NEGATED_CONCERN.search(sentence[max(0, start_in_sentence - 60):start_in_sentence]))


def resolved_past(sentence: str) -> bool:
    """An event that happened before and is over: 'a febrile seizure last year, fine since'."""
    if not (PAST.search(sentence) or RESOLVED.search(sentence)):
        return False
    remaining = RESOLVED.sub(" ", sentence)
    return not NOW.search(remaining) or bool(PAST.search(sentence) and RESOLVED.search(sentence))


# --- findings and the result -------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One reason to escalate: from a rule, or from the trained screen."""

    level: str
    category: str
    source: str
    sentence: str = ""
    # A see-professional finding that doubts an emergency: the urgent category it was (its
    # `when_unsure` is this finding's category). Its `if_unsure` sentence is then part of the answer.
    unsure_of: str | None = None


# Said later in the same sentence, these end an event however many clauses lie between ("a febrile
# convulsion at 2, scary, over in a minute, never happened again").
ENDED_SINCE = re.compile(r"\b(?:never happened again|(?:has been|been|was) fine (?:ever )?since|no (?:problems|issues) since|"
                         r"fully recovered|not happened since|hasn'?t happened since|nothing (?:else |like it |like that )?since|"
                         r"none since|not (?:once|one) since|passed (?:fine|normally|on its own|through fine))\b")


def ended_later(rest: str) -> bool:
    """`rest`: the sentence after the clause of a match. True when it says the event is over, and
    says nothing of now."""
    return bool(ENDED_SINCE.search(rest)) and not NOW.search(ENDED_SINCE.sub(" ", rest))


# After "nothing since", what says it is happening again now ("... but right now he is fitting again");
# a plain "now" is not it ("nothing since, and now he is scared of thunder").
HAPPENING_AGAIN = re.compile(r"\b(?:again|right now|just now|at the moment|currently|(?:\d+|a few|few|ten|twenty) minutes? ago|"
                             r"an hour ago|\d+ hours? ago|tonight|today|yesterday|last night|earlier|"
                             r"this (?:morning|afternoon|evening))\b")


def finished_before(text: str) -> bool:
    """A question that tells of an event as over: a time in the past and, later in the same
    sentence, that nothing has happened since ("a febrile fit when he was two, nothing since, and
    now he is scared of thunder"), with no "now" between the two. `text` lower case, accents
    stripped. What the safety classifier (which reads the whole question) finds of an emergency
    that ends with time is dropped then, as a rule's finding is in its own sentence."""
    for past in PAST.finditer(text):
        stop = SENTENCE_END.search(text, past.end())
        rest = text[past.end():stop.start() if stop else len(text)]
        ended = ENDED_SINCE.search(rest)
        if ended and not NOW.search(rest[:ended.start()]) and not HAPPENING_AGAIN.search(text, past.end() + ended.end()):
            return True
    return False


def told_as_over(found: list[Finding], text: str, source: str) -> list[Finding]:
    """Urgent findings of a reading of the whole question, as the question tells them: an
    emergency told as over ("years ago she swallowed a coin and it passed fine, nothing since") is
    none now, as the rules read it in its sentence; a past wish to die still sees a professional
    (ENDS_WITH_TIME). Findings of any other category, or none urgent, stand as they are."""
    urgent = [f for f in found if f.level == "urgent"]
    if (not urgent or not all(f.category in ENDS_WITH_TIME for f in urgent)
            or not finished_before(strip_accents(normalise_numbers(text).lower()))):
        return found
    after = {ENDS_WITH_TIME[f.category] for f in urgent} - {None}
    return ([f for f in found if f.level != "urgent"]
            + [Finding("see-professional", slug, source, text) for slug in sorted(after)])


def with_context(finding: Finding, sentence: str, start: int | None = None, rest: str = "") -> Finding | None:
    """The finding as the sentence it came from means it: dropped when negated, and an emergency
    that is over is no emergency now (a self-harm one becomes a see-professional one). `rest`: what
    the same sentence says after the clause."""
    if negated(sentence, start):
        return None
    if finding.category in ENDS_WITH_TIME and (resolved_past(sentence) or ended_later(rest)):
        after = ENDS_WITH_TIME[finding.category]
        if after is None:
            return None
        return Finding("see-professional", after, finding.source + "+past", sentence)
    return finding


def strip_accents(text: str) -> str:
    """'se tragó una pila' -> 'se trago una pila': rules in other languages need no accents."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class _Screening:
    """The rules as rule_findings runs them: with what their patterns need (Rule.needing), so
    that a rule or pattern that cannot match the text is passed over (and never compiled). The
    needs are remembered from an earlier process (`_RulesCache`); when they are not (the file
    changed: the patterns were all compiled to check it), reading them costs about the CPU that
    compiling did, which a process that screens one question (`inara ask`) would spend to save
    a few milliseconds, so they are read from its second text on. The rules find the same either
    way."""

    def __init__(self) -> None:
        self.read: tuple[tuple[Rule, ...], tuple[Rule, ...]] | None = None  # (rules(), the same with needs)
        self.texts = 0
        self.needs_known = False

    def rules(self) -> tuple[Rule, ...]:
        every = rules()
        read = self.read
        if read is not None and read[0] is every:
            return read[1]
        self.texts += 1
        if self.texts < 2 and not self.needs_known:
            return every
        requirements = literals.Requirements()
        self.read = (every, tuple(rule.needing(requirements) for rule in every))
        return self.read[1]


_screening = _Screening()
_screening_rules = _screening.rules


def rule_findings(text: str, age: float | None = None, normalised: str | None = None) -> list[Finding]:
    """`normalised`: normalise_numbers(text), when the caller has it already (a Question)."""
    norm = strip_accents(normalised if normalised is not None else normalise_numbers(text))
    known = categories()
    met: dict = {}  # the text read once for every rule
    out = []
    for rule in _screening_rules():
        for category, start, end in rule.matches(norm, age, met):
            sentence = sentence_around(norm, start, end)
            offset = start - norm.find(sentence) if sentence else 0
            stop = SENTENCE_END.search(norm, end)
            rest = norm[end:stop.start() if stop else len(norm)]
            found = with_context(Finding(known[category].level, category, rule.id, sentence), sentence, offset, rest)
            if found:
                out.append(found)
    return out


# What a trained reading's findings are named after (safety_classifier, semantic_safety, safety_judge and
# the matcher's re-read); a rule's finding is named after its rule.
MODEL_SOURCES = ("classifier:", "semantic:", "judge:", "re-read:")
# Emergencies a parent cannot rule out by looking: a child who swallowed something can seem well for hours
# (the message says to call "even if your child seems well"), so "no one is in danger right now" is no answer
# to them and they are never set aside.
NEVER_SET_ASIDE = frozenset({"poisoning"})


def by_rule(finding: Finding) -> bool:
    """Whether a written rule found it (a phrase the screen knows), not a trained reading alone."""
    return not finding.source.startswith(MODEL_SOURCES)


@dataclass
class SafetyResult:
    level: str = "ok"
    reasons: list[str] = field(default_factory=list)
    message: str = ""
    next_steps: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    categories: list[dict] = field(default_factory=list)
    language: str = "en"
    numbers: list[dict] = field(default_factory=list)
    # An emergency only a trained reading found (no rule did) may have misread the parent: the answer
    # offers to set it aside if no one is in danger right now (`can_set_aside`), and `set_aside` says
    # the parent did, so the guide follows the help, which still comes first.
    urgent_by_rule: bool = False
    set_aside: bool = False

    @property
    def category(self) -> str | None:
        return self.categories[0]["slug"] if self.categories else None

    @property
    def can_set_aside(self) -> bool:
        return (self.level == "urgent" and not self.urgent_by_rule and not self.set_aside
                and not any(c["level"] == "urgent" and c["slug"] in NEVER_SET_ASIDE for c in self.categories))

    def as_dict(self) -> dict:
        return {"level": self.level, "reasons": self.reasons, "message": self.message, "next_steps": self.next_steps,
                "categories": self.categories, "language": self.language, "numbers": self.numbers,
                "can_set_aside": self.can_set_aside, "set_aside": self.set_aside}


class Words(_Strict):
    """The words around a safety message in one language (safety_languages.yaml)."""
    get_help: str = Field(min_length=1)  # an urgent message's heading
    act_now: str = Field(min_length=1)  # the urgent message's first words
    say_now: str = Field(min_length=1)  # before what to say to the child
    choose_country: str = Field(min_length=1)  # the web page's country choice
    talk_to_professional: str = Field(min_length=1)  # a see-professional message's heading
    professional_intro: str = Field(min_length=1)  # its first words
    call: str = Field(min_length=1)  # before a tap-to-call button's label ("Call" Samaritans)
    country: str = Field(min_length=1)  # the country choice's label
    # what an urgent answer says when only a trained reading found the emergency (SafetyResult.can_set_aside),
    # and once the parent has said that no one is in danger right now (SafetyResult.set_aside)
    set_aside_offer: str = Field(min_length=1)
    set_aside_button: str = Field(min_length=1)
    set_aside_done: str = Field(min_length=1)


SafetyLanguages = create_model("SafetyLanguages", __base__=_Strict,
                               **{language: (Words, ...) for language in LANGUAGES_WITH_MESSAGES})


@lru_cache(maxsize=1)
def _words() -> dict[str, Words]:
    parsed = typed("safety_languages.yaml", SafetyLanguages)
    return {language: getattr(parsed, language) for language in LANGUAGES_WITH_MESSAGES}


def safety_text(language: str, key: str) -> str:
    """One of the words around a safety message (a field of Words) in `language`, or in English;
    "guide_meantime" is English only (GUIDE_MEANTIME)."""
    if key == "guide_meantime":
        return GUIDE_MEANTIME
    words = _words()
    return getattr(words.get(language, words["en"]), key)


def set_aside_text(language: str, key: str) -> str:
    """The set-aside offer's words: `key` is offer, button or done."""
    return safety_text(language, f"set_aside_{key}")


# Said after a see-professional message when a guide follows it (an English answer; a question in another
# language gets no guide, safety_languages.yaml's words only).
GUIDE_MEANTIME = "The guide below can help in the meantime, but it does not replace that visit."


def _category_view(category: Category, region: str, language: str) -> dict:
    text = category.in_language(language)
    return {"slug": category.slug, "level": category.level, "title": text.title, "do_now": text.do_now,
            "call": next_step(category.contact, region, language), "say": text.say}


# How much nearer a category a rule found counts as being (when `combine` is told how near the question
# comes to each category). Chosen on the lead rows of the safety tuning sets (scripts/experiments/
# lead_rows.py and lead_bonus.py, 2026-12-02): the labelled category led 1,534 of 1,825 with rule findings
# always first, 1,569 by nearness alone, 1,578 with this; on the judge's held-out sets (blind-safety-12
# to -16, not used to choose it) 709, 725 and 727 of 800.
RULE_LEAD = 0.02
# ... except that a medical emergency a rule found leads (unless a poisoning was found too): on the
# same rows the labelled category then leads 1,564 of 1,825 and 724 of 800 (labels name what a question
# is about, not what must be done first).
ACUTE_FIRST = "medical-emergency"


def _add_unsure_steps(views: list[dict], chosen: list[Finding], known: dict[str, Category], region: str,
                      language: str) -> None:
    """A see-professional answer that doubts an emergency still says when to treat it as one: the
    doubted urgent category's `if_unsure` sentence joins what to do now, and its next step (worded
    for the region) joins who to call, in the message of the category it became (a doubted suicide
    finding is answered with low mood's message, which alone names no crisis line)."""
    by_slug = {view["slug"]: view for view in views}
    for f in chosen:
        urgent = known.get(f.unsure_of) if f.unsure_of else None
        view = by_slug.get(f.category)
        if urgent is None or view is None or not urgent.if_unsure:
            continue
        # in the view's language (every category has a message in each, Categories checks it)
        sentence = urgent.in_language(language).if_unsure
        call = next_step(urgent.contact, region, language)
        if sentence not in view["do_now"]:
            view["do_now"] = f"{view['do_now']} {sentence}"
        if call not in view["call"]:
            view["call"] = f"{view['call']} {call}"


def combine(findings: list[Finding], region: str = "generic", language: str = "en",
            nearness: dict[str, float] | None = None) -> SafetyResult:
    """Urgent beats see-professional. Within a level, when `nearness` says how near the question
    comes to each category found (the trained screen's measure, `Matcher.nearness`), the nearest
    leads, a category a rule found counting RULE_LEAD nearer; without it, rule findings lead. Then
    the lower priority (the category whose next step is most pressing). Every category found keeps
    its message."""
    if not findings:
        return SafetyResult(language=language)
    known = categories()
    level = "urgent" if any(f.level == "urgent" for f in findings) else "see-professional"
    chosen = [f for f in findings if f.level == level]
    nearness = nearness or {}
    found_here = {f.category for f in chosen}
    order = {}
    for f in chosen:
        # For the lead the judge's findings count with the rules' (RULE_LEAD was chosen so); whether a
        # rule found an emergency at all (`by_rule`, for setting it aside) counts the judge as a model.
        ruled = not f.source.startswith(("semantic:", "classifier:"))
        if nearness:
            # signs of a body in danger now, found by a rule, lead whatever the question is most about
            # (a shaken baby who is floppy: the emergency number before the parent's own crisis line);
            # a poisoning's message already says when to call it
            acute = (f.category == ACUTE_FIRST and not f.source.startswith(("semantic:", "judge:", "classifier:"))
                     and "poisoning" not in found_here)
            key = (0 if acute else 1, -(nearness.get(f.category, -2.0) + RULE_LEAD * ruled), known[f.category].priority)
        else:
            key = (0 if ruled else 1, 0.0, known[f.category].priority)
        order[f.category] = min(order.get(f.category, key), key)
    slugs = sorted(order, key=order.get)
    language = language if language in LANGUAGES_WITH_MESSAGES else "en"
    views = [_category_view(known[slug], region, language) for slug in slugs]
    if level == "see-professional":
        _add_unsure_steps(views, chosen, known, region, language)
    steps = list(dict.fromkeys(view["call"] for view in views))
    lead = views[0]
    if level == "urgent":
        parts = [lead["title"], lead["do_now"], *steps]
        message = " ".join([safety_text(language, "act_now"), *parts])
    else:
        message = " ".join([safety_text(language, "professional_intro"), *steps]
                           + ([GUIDE_MEANTIME] if language == "en" else []))
    return SafetyResult(
        level=level,
        reasons=[view["title"] for view in views],
        message=message,
        next_steps=steps,
        rules=[f.source for f in findings],
        categories=views,
        language=language,
        numbers=numbers(region),
        urgent_by_rule=level == "urgent" and any(f.level == "urgent" and by_rule(f) for f in findings),
    )


def screen(text: str, region: str = "generic", age: float | None = None, language: str = "en") -> SafetyResult:
    """Screen a parent's words with the rules alone (no model needed). `Inara.match` adds the
    trained screen on top. age (years, if known) lets a rule skip children too young for it."""
    return combine(rule_findings(text, age), region, language)
