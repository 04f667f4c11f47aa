"""Safety screening: runs first, on its own, before any topic is ranked.

The rules are data (`inara/data/safety.yaml`) and ship with the package, not
with a library: a publisher's library can change the guides but not weaken
the screening.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .age import normalise_numbers

DATA = Path(__file__).resolve().parent.parent / "data"
REGIONS = ("generic", "us", "uk")
NEGATIONS = re.compile(r"\b(?:no|not|never|hasn'?t|hasnt|isn'?t|isnt|doesn'?t|doesnt|didn'?t|didnt|without|nor|any)\s+(?:\w+\s+){0,2}$")

HELPERS = {
    "self": r"(?:himself|herself|themselves|themself|hisself|themselfs)",
    "kid": r"(?:him|her|them|the baby|the kids?|my (?!head|hands?|fists?|fingers?|shoulders?|body|legs?|foot|feet|keys|phone|bag|hair|way|back|temper|cool|voice)\w+)",
    "drug": r"(?:batter(?:y|ies)|button cell|magnets?|bleach|detergent|laundry (?:pods?|capsules?|tablets?)|dishwasher (?:tablets?|pods?)|cleaning (?:products?|fluid|spray|stuff)|chemicals?|poison\w*|pills?|tablets?|medicine|medication|meds|paracetamol|ibuprofen|tylenol|calpol|advil|motrin|aspirin|iron tablets|vitamins|gummies|antifreeze|lamp oil|white spirit|e-?liquid|vape (?:liquid|juice)|nicotine|alcohol|vodka|wine|weed|cannabis|edibles?|drugs|methadone|oxy\w*|sleeping pills|melatonin|mushrooms?|toadstools?|berries|pods?|plant)",
    "arm": r"(?:arms?|forearms?|wrists?|thighs?|legs?|stomach|tummy|hips?|ankles?)",
    "adult": r"(?:teacher|teachers|coach|babysitter|baby sitter|sitter|nanny|au pair|uncle|aunt|auntie|grandpa|grandad|granddad|grandfather|grandma|granny|grandmother|stepdad|step-dad|stepfather|stepmom|stepmum|stepmother|neighbou?r|daycare (?:worker|teacher|staff)|carer|caregiver|childminder|tutor|priest|pastor|imam|rabbi|boyfriend|girlfriend|her dad|his dad|their dad|her father|his father|her mum|his mum|her mom|his mom|older (?:boy|girl|kid|cousin)|cousin|man|woman|staff|adult|grown-?up)",
}


@dataclass(frozen=True)
class Rule:
    id: str
    level: str
    reason: str
    next_step: str
    patterns: tuple[re.Pattern[str], ...]
    negatable: bool = False
    exclude: tuple[re.Pattern[str], ...] = ()
    requires: tuple[re.Pattern[str], ...] = ()
    min_age: float | None = None
    max_age: float | None = None

    def fires(self, text: str, age: float | None = None) -> bool:
        if self.min_age is not None and age is not None and age < self.min_age:
            return False
        if self.max_age is not None and (age is None or age >= self.max_age):
            return False
        if self.requires and not any(pattern.search(text) for pattern in self.requires):
            return False
        excluded = [m.span() for pattern in self.exclude for m in pattern.finditer(text)]
        for pattern in self.patterns:
            for match in pattern.finditer(text):
                # Excluded when an exclude match covers the match's last character: the
                # ordinary reading ("worried about vitamins") wins over the alarming one.
                if any(start < match.end() <= end for start, end in excluded):
                    continue
                if self.negatable and NEGATIONS.search(text[max(0, match.start() - 40):match.start()]):
                    continue
                return True
        return False


@dataclass
class SafetyResult:
    level: str = "ok"
    reasons: list[str] = field(default_factory=list)
    message: str = ""
    next_steps: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"level": self.level, "reasons": self.reasons, "message": self.message, "next_steps": self.next_steps}


def _compile(pattern: str) -> re.Pattern[str]:
    for name, value in HELPERS.items():
        pattern = pattern.replace("{" + name + "}", value)
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"safety.yaml: bad pattern {pattern!r}: {exc}") from None


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    data = yaml.safe_load((DATA / "safety.yaml").read_text(encoding="utf-8"))
    return tuple(
        Rule(
            id=item["id"],
            level=item["level"],
            reason=item["reason"],
            next_step=item["next_step"],
            patterns=tuple(_compile(p) for p in item["patterns"]),
            negatable=item.get("negatable", False),
            exclude=tuple(_compile(p) for p in item.get("exclude", [])),
            requires=tuple(_compile(p) for p in item.get("requires", [])),
            min_age=item.get("min_age"),
            max_age=item.get("max_age"),
        )
        for item in data
    )


@lru_cache(maxsize=1)
def resources() -> dict[str, dict[str, str]]:
    return yaml.safe_load((DATA / "resources.yaml").read_text(encoding="utf-8"))


def next_step(key: str, region: str = "generic") -> str:
    table = resources()
    return table.get(region, table["generic"]).get(key) or table["generic"][key]


URGENT_MESSAGE = "Please act now. {steps}"
PROFESSIONAL_MESSAGE = (
    "What you describe can go beyond the ups and downs of typical development, so please don't wait "
    "and see. {steps} The guide below can help in the meantime, but it does not replace that visit."
)


@dataclass(frozen=True)
class Finding:
    """One reason to escalate: from a rule, or from the semantic screen."""

    level: str
    reason: str
    next_step: str
    source: str


def rule_findings(text: str, age: float | None = None) -> list[Finding]:
    norm = normalise_numbers(text)
    return [Finding(rule.level, rule.reason, rule.next_step, rule.id) for rule in rules() if rule.fires(norm, age)]


def combine(findings: list[Finding], region: str = "generic") -> SafetyResult:
    """Urgent beats see-professional; every finding at the winning level gives a reason and a next step."""
    if not findings:
        return SafetyResult()
    level = "urgent" if any(f.level == "urgent" for f in findings) else "see-professional"
    chosen = [f for f in findings if f.level == level]
    steps = list(dict.fromkeys(next_step(f.next_step, region) for f in chosen))
    template = URGENT_MESSAGE if level == "urgent" else PROFESSIONAL_MESSAGE
    return SafetyResult(
        level=level,
        reasons=list(dict.fromkeys(f.reason for f in chosen)),
        message=template.format(steps=" ".join(steps)),
        next_steps=steps,
        rules=[f.source for f in findings],
    )


def screen(text: str, region: str = "generic", age: float | None = None) -> SafetyResult:
    """Screen a parent's words with the rules alone (no model needed). `Inara.match` adds the
    semantic screen on top. age (years, if known) lets a rule skip children too young for it."""
    return combine(rule_findings(text, age), region)
