"""The judge: a trained second look, after the rules and the sentence screen have read a question.

The sentence screen decides unit by unit, each unit against its three nearest written sentences
with fixed margins. On questions nobody here wrote it caught about nine emergencies in ten and
flagged about one ordinary look-alike in seven. The judge is two logistic regressions over what
the screen already measured, trained on the labelled questions of the tuning sets
(`scripts/train_safety_judge.py`, never a test set; shipped as `data/safety_judge.json`):

- the **unit judge** reads each unit (the question, each sentence, clause and pair of clauses:
  `semantic_safety.units`) as a question of its own (`unit_features`: the unit's similarity to
  each level's and each category's nearest sentences, its margins over ordinary sentences and
  look-alikes, whether the sentence screen found it, and its vector). A unit's reading depends on
  its own words only, so the most alarming unit of a question can only grow as words are added;
- the **question judge** reads the question as a whole (`features`: the same measures, best unit
  and whole question, what the rules and the sentence screen found, and the question's vector).

How their verdicts are used (`judge`), so that the judge can add alarms but never silence one:
- a rule finding stands, urgent or see-professional, whatever the judge says (the rules are the
  floor);
- a unit the unit judge finds urgent (P >= `unit_urgent_at`) makes the question urgent, under
  the urgent category whose sentences that unit is nearest, unless no rule or sentence-screen
  finding is urgent and the question judge all but rules an emergency out (P(urgent) under
  `unit_backed_at`): then it is that category's `when_unsure` see-professional finding. Since
  adding words only adds units, a question this flags stays flagged (never ok) whatever ordinary
  clause is added to it;
- an urgent finding of the sentence screen that neither judge backs (the question judge's
  P(urgent) under `urgent_at`) becomes its category's `when_unsure` see-professional finding,
  never ok;
- otherwise the question judge decides the see-professional level: flagged when P(urgent) +
  P(see-professional) >= `flag_at` (keeping the screen's findings, or naming the nearest
  category); a see-professional finding of the sentence screen it does not back is dropped.
Without the file, or when the categories it was trained on differ from today's, the screen is as
it was without the judge.
"""

from __future__ import annotations

import json
from functools import lru_cache

import numpy as np

from .safety import DATA, Finding, categories
from .semantic_safety import LOOKALIKE, SHORT_WORDS, word_count

MODEL = DATA / "safety_judge.json"
LEVELS = ("urgent", "see-professional")
UNIT_NUMBERS = 10  # unit_features: 4 measures per level, short, not English; then the categories


def level_of(findings: list[Finding]) -> str:
    if any(f.level == "urgent" for f in findings):
        return "urgent"
    return "see-professional" if findings else "ok"


def unit_features(screen, vectors: np.ndarray, texts: list[str], language: str, slugs: list[str]) -> np.ndarray:
    """One row per unit, each unit read as a question of its own: for each level its nearest
    sentences' similarity and its margins over ordinary sentences, look-alikes and both; whether
    it is short, whether the question is not in English; its similarity to each category's
    nearest sentences (`slugs`, the judge's order); whether the sentence screen found it urgent or
    see-professional; and its vector. A language the screen has no sentences in is read against
    the English ones."""
    read_as = language if screen.reads(language) else "en"
    near = screen.neighbours(vectors, read_as)
    groups = screen.groups
    n = len(vectors)
    ordinary = {"urgent": near.mean(groups["ok"]), "see-professional": near.mean(groups["ok-see"])}
    look = near.mean(groups[LOOKALIKE]) if near.has(groups[LOOKALIKE]) else np.full(n, -1.0)
    columns = []
    for level in LEVELS:
        score = near.mean(groups[level]) if near.has(groups[level]) else np.zeros(n)
        over_ordinary, over_lookalike = score - ordinary[level], score - look
        columns += [score, over_ordinary, over_lookalike, np.minimum(over_ordinary, over_lookalike)]
    columns.append(np.array([word_count(text) < SHORT_WORDS for text in texts[:n]], dtype=np.float32))
    columns.append(np.full(n, float(language != "en")))
    for slug in slugs:
        columns.append(near.mean([slug]) if near.has([slug]) else np.zeros(n))
    hits = {level: np.zeros(n, dtype=np.float32) for level in LEVELS}
    if language == "en" or screen.reads(language):
        for row, category in screen.unit_categories(vectors, texts, language):
            hits[categories()[category].level][row] = 1.0
    columns += [hits["urgent"], hits["see-professional"]]
    return np.hstack([np.column_stack(columns).astype(np.float32), vectors.astype(np.float32)])


def features(units: np.ndarray, rules: str, sentences: str, slugs: list[str]) -> np.ndarray:
    """What the question judge reads, from `unit_features` (the whole question is row 0): for each
    level the best unit's similarity and margins and the whole question's; how many units; whether
    it is in English; each category's best unit; what the rules and the sentence screen found
    (their levels); and the question's vector."""
    numbers = []
    for level in range(len(LEVELS)):
        score, over_ordinary, over_lookalike, both = (units[:, 4 * level + k] for k in range(4))
        numbers += [score.max(), over_ordinary.max(), over_lookalike.max(), both.max(),
                    score[0], over_ordinary[0], over_lookalike[0]]
    numbers += [len(units), units[0, 9]]
    near = units[:, UNIT_NUMBERS:UNIT_NUMBERS + len(slugs)].max(axis=0).tolist()
    found = [float(rules == "urgent"), float(rules == "see-professional"),
             float(sentences == "urgent"), float(sentences == "see-professional")]
    vector = units[0, UNIT_NUMBERS + len(slugs) + 2:]
    return np.concatenate([np.array(numbers + near + found, dtype=np.float32), vector])


@lru_cache(maxsize=1)
def load() -> dict | None:
    if not MODEL.exists():
        return None
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    for part in ("unit", "question"):
        for key in ("mean", "scale", "coef", "intercept"):
            model[part][key] = np.asarray(model[part][key], dtype=np.float32)
    return model


def usable(model: dict | None) -> bool:
    """Whether the judge was trained on today's categories (a category added since needs
    scripts/train_safety_judge.py run again; until then the screen runs without the judge)."""
    return model is not None and model["categories"] == sorted(categories())


def probabilities(x: np.ndarray, part: dict) -> np.ndarray:
    """Class probabilities (columns in part["classes"] order) for each row of x (or for x)."""
    z = (np.atleast_2d(x) - part["mean"]) / part["scale"]
    logits = z @ part["coef"].T + part["intercept"]
    weights = np.exp(logits - logits.max(axis=1, keepdims=True))
    return weights / weights.sum(axis=1, keepdims=True)


def nearest(near: np.ndarray, slugs: list[str], level: str) -> str:
    """The category of `level` whose written sentences `near` (one similarity per slug) is closest to."""
    known = categories()
    options = {slug: near[i] for i, slug in enumerate(slugs)
               if known[slug].level == level and not known[slug].only_when_unsure}
    return max(options, key=options.get)


def judge(found: list[Finding], rule_level: str, units: np.ndarray, sentences: str, model: dict,
          text: str) -> list[Finding]:
    """The findings once the judge has read the question (see the module's docstring)."""
    if rule_level == "urgent":
        return found
    known = categories()
    slugs = model["categories"]
    urgent = model["classes"].index("urgent")
    see = model["classes"].index("see-professional")
    p_units = probabilities(units, model["unit"])[:, urgent]
    now = level_of(found)
    p = probabilities(features(units, rule_level, sentences, slugs), model["question"])[0]
    if p_units.max() >= model["unit_urgent_at"]:
        if now == "urgent":
            return found
        row = int(np.argmax(p_units))
        slug = nearest(units[row, UNIT_NUMBERS:UNIT_NUMBERS + len(slugs)], slugs, "urgent")
        if p[urgent] >= model["unit_backed_at"]:
            return [Finding("urgent", slug, f"judge:{slug}", text), *found]
        # found by one unit alone, and the whole question all but rules an emergency out: a
        # doctor or the right service, never ok (the unit judge keeps its say)
        unsure = known[slug].when_unsure
        return [Finding("see-professional", unsure, f"judge:{slug}+doubted", text, unsure_of=slug), *found]
    if now == "urgent":
        if p[urgent] >= model["urgent_at"]:
            return found
        out = []
        for f in found:  # the sentence screen's urgent findings, doubted: told to see someone
            unsure = known[f.category].when_unsure if f.level == "urgent" else None
            out.append(Finding("see-professional", unsure, f"{f.source}+judge", f.sentence, unsure_of=f.category)
                       if unsure else f)
        return out
    if p[urgent] + p[see] < model["flag_at"]:
        return [f for f in found if not f.source.startswith("semantic:")]  # the rules' stand
    if now == "see-professional":
        return found
    near = units[:, UNIT_NUMBERS:UNIT_NUMBERS + len(slugs)].max(axis=0)
    if p[urgent] >= p[see]:
        doubted = nearest(near, slugs, "urgent")
        unsure = known[doubted].when_unsure
        return [Finding("see-professional", unsure, f"judge:{unsure}", text, unsure_of=doubted)]
    slug = nearest(near, slugs, "see-professional")
    return [Finding("see-professional", slug, f"judge:{slug}", text)]
