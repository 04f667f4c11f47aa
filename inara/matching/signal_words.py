"""Signal words: an emergency that only the judge found must be told with a word of its kind.

The judge (safety_judge.py) raises a question to urgent when one unit of it reads as an emergency.
On the safety tuning sets and the ordinary questions of the newer topics (evals/results/
judge-alone-2026-12-07.txt) the judge alone made 4 of 2,372 real emergencies and about a hundred
ordinary questions into emergencies: "what do you say when your kid asks 'have you and daddy had
sex'?" read as abuse, "how do I stop comparing myself to the other mums?" as a missing child. An
emergency of a kind is almost always told with at least one word of that kind (a missing child with
"missing", "can't find", "not home", "where"...), and those false alarms have none.

So, after the judge: when every urgent finding of an English question is the judge's alone (no rule,
classifier or sentence-screen finding is urgent) and the question has none of the signal words of
any of those findings' categories (`data/safety_signals.yaml`), each becomes its category's
`when_unsure` see-professional finding: still flagged, never ok, its help still shown, and the
answer says when to treat it as an emergency (`safety.combine`). The lists are broad on purpose: a
word is on them because an emergency of that kind was told with it. Adding words to a question can
only add signal words, so this never turns a flagged question ok. Questions in other languages are
left as they are (the judge alone caught several there that no rule did). Without the file, nothing
changes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..errors import Problem
from .safety import DATA, Finding, SafetyDataError, _load_yaml, categories, strip_accents

FILE = "safety_signals.yaml"


@lru_cache(maxsize=1)
def signal_words() -> dict[str, re.Pattern[str]]:
    """Each urgent category's signal words, compiled; every problem in the file at once."""
    if not (DATA / FILE).exists():
        return {}
    return compiled(_load_yaml(FILE), f"inara/data/{FILE}")


def compiled(data, where: str) -> dict[str, re.Pattern[str]]:
    """A signal-word file's contents (urgent slug -> list of regex alternatives), compiled, or
    SafetyDataError naming `where`, the field and what was expected, every problem at once."""
    if not isinstance(data, dict):
        raise SafetyDataError([Problem(where, "", "a mapping of urgent category slugs to lists of words")])
    urgent = {slug for slug, category in categories().items() if category.level == "urgent"}
    problems, out = [], {}
    for slug, words in data.items():
        if slug not in urgent:
            problems.append(Problem(where, str(slug), f"an urgent category ({', '.join(sorted(urgent))})"))
            continue
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            problems.append(Problem(where, slug, "a non-empty list of non-empty strings (regex alternatives)"))
            continue
        try:
            out[slug] = re.compile(r"\b(?:" + "|".join(words) + r")\b")
        except re.error as exc:
            problems.append(Problem(where, slug, f"valid regular expressions ({exc})"))
    for slug in sorted(urgent - set(data)):
        problems.append(Problem(where, slug, "a list of signal words for this urgent category"))
    if problems:
        raise SafetyDataError(problems)
    return out


def unworded(found: list[Finding], normalised: str, language: str, *, lone: tuple[str, ...] = ("judge:",),
             words: dict[str, re.Pattern[str]] | None = None) -> list[Finding]:
    """`found` with an emergency no word of its kind backs made its category's see-professional
    finding (see the module's docstring). `normalised`: the question's normalised text. `lone`: the
    sources every urgent finding must come from (the judge's; experiments measure others), `words`:
    lists other than the shipped ones (scripts/experiments/signal_rows.py)."""
    urgent = [f for f in found if f.level == "urgent"]
    if language != "en" or not urgent or not all(f.source.startswith(lone) for f in urgent):
        return found
    words = signal_words() if words is None else words
    text = strip_accents(normalised)
    if not words or any(f.category not in words or words[f.category].search(text) for f in urgent):
        return found
    return doubted(found, "+unworded")


def doubted(found: list[Finding], mark: str) -> list[Finding]:
    """`found` with each urgent finding made its category's `when_unsure` see-professional finding,
    which remembers the emergency it doubts (its answer names that emergency's step); `mark` is
    added to the source."""
    known = categories()
    out: list[Finding] = []
    for f in found:
        if f.level == "urgent":
            f = Finding("see-professional", known[f.category].when_unsure, f"{f.source}{mark}", f.sentence,
                        unsure_of=f.category)
        if f not in out:
            out.append(f)
    return out
