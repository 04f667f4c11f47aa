"""`inara eval FILE`: how well the matcher does on labelled questions.

Each line: {"text", "age_years" (optional), "expected_topic" (slug or null),
"expected_band" (or null), "safety" (ok / see-professional / urgent),
"in_scope" (bool), "alt_topics" (optional list of other acceptable slugs)}.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .errors import BadInput
from .matching.age import OutsideAges


@dataclass
class Report:
    counts: dict = field(default_factory=dict)
    metrics: dict = field(default_factory=dict)
    misses: list = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"counts": self.counts, "metrics": self.metrics, "misses": self.misses}


def read_items(path: Path) -> list[dict]:
    items = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BadInput(f"{path}, line {number}: not valid JSON ({exc.msg})") from None
        if not isinstance(item, dict) or "text" not in item:
            raise BadInput(f"{path}, line {number}: expected an object with a 'text' field")
        items.append(item)
    return items


def with_acceptable(items: list[dict], path: Path) -> list[dict]:
    """`items` with the topics a relabel file (JSONL of {id, acceptable: [slugs]}, a relabel against a larger
    library) adds to each labelled item's `alt_topics`; the items are changed in place and returned."""
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    acceptable = {item["id"]: item.get("acceptable", []) for item in lines if isinstance(item, dict) and "id" in item}
    for item in items:
        if item.get("id") in acceptable and item.get("expected_topic"):
            item["alt_topics"] = sorted({*item.get("alt_topics", []), *acceptable[item["id"]]} - {item["expected_topic"]})
    return items


def _ratio(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def evaluate(match, items: list[dict], guide_topic=None) -> Report:
    """match: a callable (text, age) -> MatchResult. guide_topic: (slug, band) -> the topic whose guide a
    child of that band gets for that topic (Matcher.guide_topic): a match names topics that way (a school-age
    child's hitting-and-biting is aggression's guide), so a label is accepted that way too."""
    top1 = top3 = topic_total = band_hits = band_total = 0
    out_true_pos = out_pred = out_actual = in_refused = in_total = 0
    safety_hits: dict[str, int] = {}
    safety_total: dict[str, int] = {}
    confusion: dict[str, dict[str, int]] = {}
    report = Report()
    for item in items:
        try:
            result = match(item["text"], item.get("age_years"))
        except OutsideAges as refused:  # an age outside 1-17 and nothing urgent: the answer is the refusal
            result = _refused(refused)
        truth, got = _outcomes(item, result, guide_topic)
        if truth:
            row = confusion.setdefault(truth, {})
            row[got] = row.get(got, 0) + 1
        expected = item.get("expected_topic")
        level = item.get("safety", "ok")
        in_scope = item.get("in_scope", True)
        accepted = _accepted(item, result, guide_topic)
        ranked = [t.slug for t in result.topics]
        if expected and level != "urgent":
            topic_total += 1
            top1 += bool(ranked[:1] and ranked[0] in accepted)
            top3 += bool(accepted & set(ranked[:3]))
            if not (ranked[:1] and ranked[0] in accepted):
                report.misses.append({"id": item.get("id"), "expected": expected, "got": ranked[:3],
                                      "in_scope": result.in_scope, "safety": result.safety.level})
        if item.get("expected_band"):
            band_total += 1
            band_hits += result.age_band == item["expected_band"]
        safety_total[level] = safety_total.get(level, 0) + 1
        safety_hits[level] = safety_hits.get(level, 0) + (result.safety.level == level)
        predicted_out = not result.in_scope and level != "urgent"
        out_pred += predicted_out
        if not in_scope:
            out_actual += 1
            out_true_pos += predicted_out
        else:
            in_total += 1
            in_refused += predicted_out
    report.counts = {"questions": len(items), "with_topic": topic_total, "with_band": band_total,
                     "out_of_scope": out_actual, "safety": safety_total}
    report.metrics = {
        "top1": _ratio(top1, topic_total),
        "top3": _ratio(top3, topic_total),
        "band_accuracy": _ratio(band_hits, band_total),
        "out_of_scope_precision": _ratio(out_true_pos, out_pred),
        "out_of_scope_recall": _ratio(out_true_pos, out_actual),
        "in_scope_refused": _ratio(in_refused, in_total),
        "safety_recall": {level: _ratio(safety_hits[level], safety_total[level]) for level in safety_total},
        "outcomes": _outcome_metrics(confusion),
    }
    report.counts["confusion"] = confusion
    return report


def _refused(refused: OutsideAges):
    """What a parent who gives an age outside 1-17 is answered when the screen finds nothing to act
    on: that Inara does not cover that age (out of scope), with no guide."""
    from .matching.matcher import MatchResult
    from .matching.safety import SafetyResult

    return MatchResult(age_years=refused.years, age_band=None, in_scope=False, safety=SafetyResult(),
                       message=str(refused), age_source="option", outcome="out-of-scope")


def _accepted(item: dict, result, guide_topic=None) -> set[str]:
    """The topics a label accepts: the expected one and its alternatives, and the topic of the guide each
    gives the child's band (see `evaluate`)."""
    accepted = {item.get("expected_topic"), *item.get("alt_topics", [])} - {None}
    if guide_topic is not None and getattr(result, "age_band", None):
        accepted |= {guide_topic(slug, result.age_band) for slug in accepted}
    return accepted


def _outcomes(item: dict, result, guide_topic=None) -> tuple[str | None, str]:
    """(what should happen, what happened) among fit, close-call, no-guide, out-of-scope; urgent
    questions and the other-language answer are left to the safety figures, and so is a
    see-professional question labelled without a topic (the safety sets label those with a
    category, not a topic: nothing says whether a guide fits).

    A "fit" or "close call" counts as a right guide only when the expected topic is the one
    offered first (or second, for a close call); any other guide is a "wrong guide"."""
    if item.get("safety") == "urgent" or result.safety.level == "urgent":
        return None, ""
    if item.get("safety") == "see-professional" and not item.get("expected_topic"):
        return None, ""
    expected = item.get("expected_topic")
    accepted = _accepted(item, result, guide_topic)
    truth = "out-of-scope" if not item.get("in_scope", True) else ("fit" if expected else "no-guide")
    outcome = getattr(result, "outcome", "fit") if result.in_scope else "out-of-scope"
    ranked = [t.slug for t in result.topics]
    if outcome in ("fit", "close-call"):
        offered = ranked[:2] if outcome == "close-call" else ranked[:1]
        if truth == "fit" and not accepted & set(offered):
            outcome = "wrong-guide"
    return truth, outcome


def _outcome_metrics(confusion: dict[str, dict[str, int]]) -> dict:
    def share(row: str, cols: tuple[str, ...]) -> float | None:
        counts = confusion.get(row, {})
        return _ratio(sum(counts.get(c, 0) for c in cols), sum(counts.values()))

    return {
        "fit_answered_right": share("fit", ("fit", "close-call")),
        "fit_wrong_guide": share("fit", ("wrong-guide",)),
        "fit_said_no_guide": share("fit", ("no-guide",)),
        "no_guide_given_a_guide": share("no-guide", ("fit", "close-call")),
        "no_guide_said_so": share("no-guide", ("no-guide",)),
        "no_guide_called_out_of_scope": share("no-guide", ("out-of-scope",)),
    }
