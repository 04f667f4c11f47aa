"""The judge (inara/matching/safety_judge.py): what it may and may not do to the screen's findings.

The policy is tested with small models whose verdicts are set by their intercepts (every weight
zero), so each test fixes what the judge says and checks what becomes of the findings; the real
model is tested through the screen (tests/test_semantic_safety.py: no ordinary clause switches an
urgent answer off) and measured on the eval sets (evals/README.md)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from inara.matching import safety_judge
from inara.matching.safety import Finding, categories

SLUGS = sorted(categories())
WIDTH = safety_judge.UNIT_NUMBERS + len(SLUGS) + 2 + 4  # a 4-number "vector" keeps the rows small
QUESTION_WIDTH = 16 + len(SLUGS) + 4 + 4


def part(width: int, ok: float, see: float, urgent: float) -> dict:
    return {"mean": np.zeros(width, np.float32), "scale": np.ones(width, np.float32),
            "coef": np.zeros((3, width), np.float32), "intercept": np.log(np.array([ok, see, urgent], np.float32))}


def model(unit=(0.9, 0.05, 0.05), question=(0.9, 0.05, 0.05)) -> dict:
    return {"classes": ["ok", "see-professional", "urgent"], "categories": SLUGS, "unit_urgent_at": 0.85,
            "unit_backed_at": 0.03, "urgent_at": 0.4, "flag_at": 0.9, "unit": part(WIDTH, *unit), "question": part(QUESTION_WIDTH, *question)}


def units(rows: int = 3, nearest: str | None = None) -> np.ndarray:
    x = np.zeros((rows, WIDTH), np.float32)
    if nearest:
        x[0, safety_judge.UNIT_NUMBERS + SLUGS.index(nearest)] = 0.9
    return x


URGENT_RULE = Finding("urgent", "suicide-self-harm", "self-harm", "")
SEE_RULE = Finding("see-professional", "feeding-weight", "feeding-beyond-picky", "")
URGENT_SENTENCE = Finding("urgent", "poisoning", "semantic:poisoning", "")
SEE_SENTENCE = Finding("see-professional", "development", "semantic:development", "")


def test_an_urgent_rule_finding_stands_whatever_the_judge_says():
    found = [URGENT_RULE]
    assert safety_judge.judge(found, "urgent", units(), "ok", model(), "") == found


def test_a_see_professional_rule_finding_stands_when_the_judge_reads_an_ordinary_question():
    got = safety_judge.judge([SEE_RULE, SEE_SENTENCE], "see-professional", units(), "see-professional", model(), "")
    assert got == [SEE_RULE]


def test_an_urgent_sentence_finding_the_judge_doubts_becomes_see_professional_never_ok():
    got = safety_judge.judge([URGENT_SENTENCE], "ok", units(), "urgent", model(), "")
    assert [(f.level, f.category) for f in got] == [("see-professional", categories()["poisoning"].when_unsure)]


def test_an_urgent_sentence_finding_the_question_judge_backs_stays_urgent():
    got = safety_judge.judge([URGENT_SENTENCE], "ok", units(), "urgent", model(question=(0.3, 0.2, 0.5)), "")
    assert got == [URGENT_SENTENCE]


def test_an_urgent_unit_makes_the_question_urgent_under_the_category_it_is_nearest():
    got = safety_judge.judge([], "ok", units(nearest="neglect"), "ok", model(unit=(0.05, 0.05, 0.9)), "the text")
    assert [(f.level, f.category, f.source) for f in got] == [("urgent", "neglect", "judge:neglect")]


def test_an_urgent_unit_alone_the_whole_question_all_but_rules_out_is_told_to_see_someone_never_ok():
    """No rule and no sentence finding is urgent, one unit reads as an emergency, and the question
    judge gives P(urgent) 0.01: the unit's category's `when_unsure` finding, not the emergency
    number; with P(urgent) 0.05 the unit's urgent finding stands."""
    doubted = safety_judge.judge([], "ok", units(nearest="missing-child"), "ok",
                                 model(unit=(0.05, 0.05, 0.9), question=(0.98, 0.01, 0.01)), "the text")
    assert [(f.level, f.category, f.source) for f in doubted] == [
        ("see-professional", categories()["missing-child"].when_unsure, "judge:missing-child+doubted")]
    assert doubted[0].unsure_of == "missing-child"  # its answer says when it is an emergency after all
    backed = safety_judge.judge([], "ok", units(nearest="missing-child"), "ok",
                                model(unit=(0.05, 0.05, 0.9), question=(0.9, 0.05, 0.05)), "the text")
    assert [(f.level, f.category) for f in backed] == [("urgent", "missing-child")]


def test_an_urgent_unit_backing_an_urgent_sentence_finding_needs_no_question_judge():
    got = safety_judge.judge([URGENT_SENTENCE], "ok", units(nearest="poisoning"), "urgent",
                             model(unit=(0.05, 0.05, 0.9), question=(0.98, 0.01, 0.01)), "")
    assert got == [URGENT_SENTENCE]


def test_the_question_judge_alone_never_makes_a_question_urgent():
    """Only the unit judge raises to urgent: a question's reading as a whole can change when a
    clause is added, a unit's cannot."""
    got = safety_judge.judge([], "ok", units(nearest="neglect"), "ok", model(question=(0.01, 0.04, 0.95)), "")
    assert [f.level for f in got] == ["see-professional"]
    assert got[0].category == categories()["neglect"].when_unsure
    assert got[0].unsure_of == "neglect"


def test_the_question_judge_flags_and_unflags_see_professional():
    flagged = safety_judge.judge([], "ok", units(nearest="development"), "ok", model(question=(0.05, 0.9, 0.05)), "")
    assert [(f.level, f.category) for f in flagged] == [("see-professional", "development")]
    assert safety_judge.judge([SEE_SENTENCE], "ok", units(), "see-professional", model(), "") == []
    kept = safety_judge.judge([SEE_SENTENCE], "ok", units(), "see-professional", model(question=(0.05, 0.9, 0.05)), "")
    assert kept == [SEE_SENTENCE]


def test_the_judge_never_names_a_category_only_a_doubt_reaches():
    for slug in SLUGS:
        near = np.zeros(len(SLUGS), np.float32)
        near[SLUGS.index(slug)] = 1.0
        for level in ("urgent", "see-professional"):
            assert not categories()[safety_judge.nearest(near, SLUGS, level)].only_when_unsure


def test_the_shipped_judge_was_trained_on_todays_categories_and_features():
    shipped = safety_judge.load()
    assert safety_judge.usable(shipped)
    vector = 384
    assert shipped["unit"]["mean"].shape == (safety_judge.UNIT_NUMBERS + len(SLUGS) + 2 + vector,)
    assert shipped["question"]["mean"].shape == (16 + len(SLUGS) + 4 + vector,)
    assert not {"blind-safety-12", "blind-safety-13", "blind-safety-14", "blind-safety-15", "blind-safety-16", "blind-safety-17", "blind-safety-18", "blind-safety-19", "blind-safety-20", "blind-safety-21", "blind-reach-8", "blind-reach-9"} & set(shipped["trained_on"])


def test_a_judge_trained_on_other_categories_is_not_used(tmp_path, monkeypatch):
    shipped = json.loads(safety_judge.MODEL.read_text(encoding="utf-8"))
    shipped["categories"] = shipped["categories"][:-1]
    path = tmp_path / "safety_judge.json"
    path.write_text(json.dumps(shipped), encoding="utf-8")
    monkeypatch.setattr(safety_judge, "MODEL", path)
    safety_judge.load.cache_clear()
    try:
        assert not safety_judge.usable(safety_judge.load())
    finally:
        safety_judge.load.cache_clear()


def test_question_features_are_read_from_the_unit_rows():
    x = np.random.default_rng(0).random((4, safety_judge.UNIT_NUMBERS + len(SLUGS) + 2 + 3)).astype(np.float32)
    got = safety_judge.features(x, "see-professional", "urgent", SLUGS)
    assert got[0] == pytest.approx(x[:, 0].max()) and got[4] == pytest.approx(x[0, 0])
    assert got[14] == 4 and got[15] == pytest.approx(x[0, 9])
    assert got[16:16 + len(SLUGS)] == pytest.approx(x[:, 10:10 + len(SLUGS)].max(axis=0))
    assert got[16 + len(SLUGS):20 + len(SLUGS)].tolist() == [0, 1, 1, 0]
    assert got[-3:] == pytest.approx(x[0, -3:])


def test_an_urgent_sentence_finding_the_judge_doubts_keeps_the_emergency_it_doubts():
    got = safety_judge.judge([URGENT_SENTENCE], "ok", units(), "urgent", model(question=(0.9, 0.05, 0.05)), "")
    assert [(f.level, f.category, f.unsure_of) for f in got] == [
        ("see-professional", categories()[URGENT_SENTENCE.category].when_unsure, URGENT_SENTENCE.category)]
