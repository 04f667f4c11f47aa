"""The safety classifier (inara/matching/safety_classifier.py): how its probabilities become
findings, that the rules stay the floor, and what the shipped model reads."""

from __future__ import annotations

import numpy as np
import pytest

from inara.app import Inara, check_screen
from inara.errors import BadInput
from inara.matching import safety_classifier
from inara.matching.safety import categories, rule_findings

KNOWN = categories()
CLASSES = ["ok", *KNOWN]


def model_giving(p: dict[str, float], urgent_at: float = 0.4, flag_at: float = 0.5) -> dict:
    """A head whose probabilities are `p` (the rest of the mass on ok) whatever the vector: no
    weights, the log-probabilities as its bias."""
    probs = np.full(len(CLASSES), 1e-6)
    for slug, value in p.items():
        probs[CLASSES.index(slug)] = value
    probs[0] = max(1e-6, 1.0 - sum(p.values()))
    return {"classes": CLASSES, "scale": 10.0, "urgent_at": urgent_at, "flag_at": flag_at,
            "weight": np.zeros((len(CLASSES), 384), np.float32), "bias": np.log(probs).astype(np.float32)}


VECTOR = np.ones(384, np.float32) / np.sqrt(384)


def found(p: dict[str, float], **thresholds) -> list[tuple[str, str, str]]:
    return [(f.level, f.category, f.source) for f in safety_classifier.findings(VECTOR, "text", model_giving(p, **thresholds))]


def test_the_urgent_categories_together_make_it_urgent_under_the_most_probable():
    # no urgent category alone reaches 0.4; together they do
    assert found({"missing-child": 0.3, "neglect": 0.15}) == [
        ("urgent", "missing-child", "classifier:missing-child")]


def test_another_urgent_category_probable_enough_is_found_too():
    assert [c for _, c, _ in found({"physical-abuse": 0.45, "parent-may-harm": 0.3})] == ["physical-abuse", "parent-may-harm"]


def test_below_both_thresholds_nothing_is_found():
    assert found({"suicide-self-harm": 0.3, "development": 0.1}) == []


def test_a_doubted_emergency_gets_its_category_s_unsure_step_never_the_emergency_number():
    got = found({"poisoning": 0.35, "development": 0.2})
    assert got == [("see-professional", KNOWN["poisoning"].when_unsure, "classifier:poisoning+unsure")]
    assert KNOWN[got[0][1]].level == "see-professional"
    read = safety_classifier.findings(VECTOR, "text", model_giving({"poisoning": 0.35, "development": 0.2}))
    assert [f.unsure_of for f in read] == ["poisoning"]


def test_a_see_professional_reading_names_the_most_probable_see_professional_category():
    assert found({"tics-habits": 0.4, "anxiety-mood-ocd": 0.3}) == [
        ("see-professional", "tics-habits", "classifier:tics-habits"),
        ("see-professional", "anxiety-mood-ocd", "classifier:anxiety-mood-ocd")]


def test_the_thresholds_are_the_model_s_own():
    p = {"weapons-violence": 0.35}
    assert found(p, urgent_at=0.3)[0][0] == "urgent"
    assert found(p, urgent_at=0.4, flag_at=0.3)[0][0] == "see-professional"
    assert found(p, urgent_at=0.4, flag_at=0.5) == []


def test_a_model_trained_on_other_categories_is_not_used():
    model = model_giving({})
    assert safety_classifier.usable(model)
    assert not safety_classifier.usable({**model, "classes": CLASSES[:-1]})
    assert not safety_classifier.usable(None)


def test_the_second_reading_takes_an_emergency_back_only_under_its_bar():
    model = {**model_giving({}), "veto_below": 0.1}
    assert not safety_classifier.vetoed(VECTOR, model)  # not shipped: never
    assert safety_classifier.vetoed(VECTOR, {**model, "veto": model_giving({"neglect": 0.05, "poisoning": 0.04})})
    assert not safety_classifier.vetoed(VECTOR, {**model, "veto": model_giving({"neglect": 0.05, "poisoning": 0.06})})
    # a see-professional category in the second reading does not keep the emergency
    assert safety_classifier.vetoed(VECTOR, {**model, "veto": model_giving({"development": 0.9})})


def test_a_vetoed_emergency_is_read_as_below_urgent():
    # the see-professional reading still applies: the doubted emergency's own unsure step
    model = model_giving({"poisoning": 0.6, "development": 0.1})
    assert [f.level for f in safety_classifier.findings(VECTOR, "text", model)] == ["urgent"]
    assert [(f.level, f.category) for f in safety_classifier.findings(VECTOR, "text", model, vetoed=True)] == [
        ("see-professional", KNOWN["poisoning"].when_unsure)]


def test_an_unknown_screen_is_one_clear_error():
    assert check_screen(None) == "classifier"
    with pytest.raises(BadInput, match="not a safety screen; choose one of: classifier, sentences"):
        check_screen("regex")


# --- with the shipped model -----------------------------------------------------------------------


@pytest.mark.model
def test_the_shipped_classifier_is_usable_and_is_the_default_screen(inara, inara_sentences):
    assert safety_classifier.usable(safety_classifier.load())
    assert inara.matcher.classifier is not None
    assert inara.matcher.semantic is not None  # it re-reads what the classifier leaves in doubt (recheck_at)
    assert inara_sentences.matcher.classifier is None and inara_sentences.matcher.semantic is not None


@pytest.mark.model
def test_the_rules_are_the_floor_whatever_the_classifier_reads(inara_classifier, monkeypatch):
    text = "my toddler swallowed a button battery ten minutes ago"
    assert rule_findings(text, None)
    monkeypatch.setattr(safety_classifier, "findings", lambda vector, text, model: [])
    assert inara_classifier.matcher.screen(text).level == "urgent"


# Written here, in no training, tuning or eval file: the classifier alone reads it as urgent (0.53), its
# second reading does not (0.03).
TAKEN_BACK = ("my daughter is 12 and keeps ringing me from school to come and get her because her tummy hurts", 12)


@pytest.mark.model
def test_the_second_reading_takes_back_an_emergency_the_classifier_finds_alone(inara_classifier, monkeypatch):
    text, age = TAKEN_BACK
    model = inara_classifier.matcher.classifier
    assert model["veto"] is not None and not [f for f in rule_findings(text, age) if f.level == "urgent"]
    urgent, found = classifier_alone(inara_classifier, text)
    assert urgent >= model["urgent_at"] and found[0].level == "urgent"
    second = inara_classifier.matcher.embedder.embed_veto(text)
    assert safety_classifier.urgent_probability(second, model["veto"]) < model["veto_below"]
    assert inara_classifier.match(text, age).safety.level != "urgent"
    monkeypatch.setitem(model, "veto_below", 0.0)  # a second reading that never takes one back
    assert inara_classifier.match(text, age).safety.level == "urgent"


@pytest.mark.model
def test_the_second_reading_never_touches_an_emergency_a_rule_finds(inara_classifier, monkeypatch):
    """However it reads, the rules stand; and it is not even run for them (a pass saved)."""
    runs = []
    embed_veto = inara_classifier.matcher.embedder.embed_veto
    monkeypatch.setattr(inara_classifier.matcher.embedder, "embed_veto", lambda text: runs.append(text) or embed_veto(text))
    monkeypatch.setitem(inara_classifier.matcher.classifier, "veto_below", 1.01)  # takes back every one it reads
    assert inara_classifier.match("my toddler swallowed a button battery ten minutes ago").safety.level == "urgent"
    assert runs == []
    text, age = UNSAID[0]
    sources = inara_classifier.match(text, age).safety.rules
    assert runs == [text]  # the classifier's alone: read again, and taken back (the re-read may still find it)
    assert not [s for s in sources if s.startswith("classifier:") and "+unsure" not in s
                and KNOWN[s.split(":")[1]].level == "urgent"]


# Written here for this test, in no training, tuning or eval file; no rule matches them.
UNSAID = [
    ("he keeps telling me the world would be quieter without him and he has been researching how many "
     "paracetamol is too many", 16),
    ("my 12 year old says her coach likes to give her massages after practice when the others have gone "
     "and she must not tell mum", 12),
    # (was "the kids across the hall are 3 and 5 and their mum goes to work nights, they are alone till morning most
    # days": rules round 86's left-alone-overnight pattern for night shifts names it now)
    ("the twins downstairs are 3 and their dad leaves them on their own every evening till he comes back from the pub "
     "after midnight", 3),
    ("my daughter walked out after school and her phone has been off for six hours, she has never done that", 13),
]


@pytest.mark.model
@pytest.mark.parametrize("text, age", UNSAID)
def test_the_classifier_finds_an_emergency_no_rule_names(inara_classifier, text, age):
    assert [f for f in rule_findings(text, age) if f.level == "urgent"] == []
    assert inara_classifier.match(text, age).safety.level == "urgent"


@pytest.mark.model
@pytest.mark.xfail(strict=True, reason="a known miss, issue 10: the classifier retrained on 2026-12-04 (blind-safety-23, "
                   "qc-train-3, written clauses) reads this as ordinary; the one shipped before it read it as urgent. "
                   "A rule now catches it (tests/test_safety.py, self-harm)")
def test_the_classifier_alone_reads_a_shut_garage_with_the_engine_running_as_urgent(inara_classifier):
    _, found = classifier_alone(inara_classifier, "grandma found him in the garage with the car running and the door shut")
    assert found and found[0].level == "urgent"


def classifier_alone(app, text: str) -> tuple[float, list]:
    """The classifier's reading of a question without the rules or the re-read: its urgent
    probability and its findings."""
    model = app.matcher.classifier
    _, vector = app.matcher.embedder.embed_classified(text, 128)
    return safety_classifier.urgent_probability(vector, model), safety_classifier.findings(vector, text, model)


ORDINARY = [
    ("my 6 year old keeps saying 'I'm going to kill you' to his brother when they play superheroes, "
     "they're both laughing, is this a phase?", 6),
    ("how do I teach my 8 year old what to do if she ever gets lost in a shopping centre?", 8),
    ("my 14yo is dramatic, she said 'I literally died' when I picked her up in front of her friends lol", 14),
]


@pytest.mark.model
@pytest.mark.parametrize("text, age", ORDINARY)
def test_an_ordinary_question_in_alarming_words_is_not_flagged(inara_classifier, text, age):
    assert inara_classifier.match(text, age).safety.level == "ok"


# Negation and time, end to end (the rules' own tests are in test_semantic_safety.py). Written here.
NOT_NOW = [
    ("she's been low since her nan died but there's been no talk of hurting herself, how do I help her grieve?", 13),
    ("he had a febrile fit when he was two, nothing since, and now he is scared of thunder", 6),
    # The re-read (sentence screen and judge) reads these as urgent on their own; told as over, as
    # the classifier's own reading is (safety.told_as_over), they are not urgent now.
    ("years ago, when she was a baby, she swallowed a coin and it passed fine. now she's 7 and wants pierced ears", 7),
    ("when he was a toddler he drank some bleach, fully recovered, nothing since. now he's 6 and wants to help me clean, is that ok?", 6),
    ("two years ago he went missing at a festival for an hour, has been fine since, now he's 9 and wants to go to a concert with friends", 9),
    ("I asked him straight out and he says nobody has ever touched him or asked him to keep secrets, "
     "he just hates swimming lessons", 8),
]


@pytest.mark.model
@pytest.mark.parametrize("text, age", NOT_NOW)
def test_a_denied_or_finished_emergency_is_not_urgent_now(inara_classifier, text, age):
    assert inara_classifier.match(text, age).safety.level != "urgent"


# The same past told, and an emergency now beside it: the past does not hide it.
PAST_AND_NOW = [
    ("years ago he swallowed a coin and it passed fine, but just now he swallowed a button battery", 4),
    ("when she was little she swallowed a magnet and it passed fine, and today she swallowed two more magnets", 5),
    ("last year he ran off at the fair and was found fine, nothing since, but he has not come home from school today and it is 9pm", 10),
]


@pytest.mark.model
@pytest.mark.parametrize("text, age", PAST_AND_NOW)
def test_an_emergency_now_beside_one_told_as_over_is_urgent(inara_classifier, text, age):
    assert inara_classifier.match(text, age).safety.level == "urgent"


@pytest.mark.model
@pytest.mark.parametrize("clause", ["Please help.", "She's always been a happy kid.", "He loves football."])
def test_what_the_classifier_leaves_in_doubt_the_sentence_screen_re_reads(inara_classifier, clause):
    """A parent's fear of harming the baby, with an ordinary clause first: the classifier alone
    falls below urgent (with some urgent probability left); the sentence screen, asked to re-read
    it because of that probability (`recheck_at`), finds it."""
    text = f"{clause} Every parent feels like this right, like you could throw the baby out of the window?"
    recheck_at = inara_classifier.matcher.classifier["recheck_at"]
    assert recheck_at is not None
    urgent, found = classifier_alone(inara_classifier, text)
    assert urgent >= recheck_at
    assert not [f for f in found if f.level == "urgent"]
    result = inara_classifier.match(text).safety
    assert result.level == "urgent" and result.categories[0]["slug"] == "parent-may-harm"


def _sure_of(slug: str) -> dict:
    """A classifier head that reads every question as `slug` (its bias alone decides)."""
    from inara.matching.safety import categories

    classes = ["ok", *categories()]
    bias = np.full(len(classes), -10.0, dtype=np.float32)
    bias[classes.index(slug)] = 10.0
    return {"classes": classes, "weight": np.zeros((len(classes), 384), dtype=np.float32), "bias": bias,
            "scale": 10.0, "urgent_at": 0.45, "flag_at": 0.8}


@pytest.mark.parametrize("text, expected", [
    ("he had a febrile fit when he was two, nothing since, and now he is scared of thunder", []),
    ("he had a febrile fit when he was two, nothing since, but right now he is fitting again",
     [("urgent", "medical-emergency")]),
    ("she's fitting on the kitchen floor", [("urgent", "medical-emergency")]),
])
def test_an_emergency_the_question_tells_as_over_is_not_urgent_from_the_classifier(text, expected):
    """safety_classifier.findings reads time as the rules do in their sentences (safety.finished_before)."""
    found = safety_classifier.findings(np.zeros(384, dtype=np.float32), text, _sure_of("medical-emergency"))
    assert [(f.level, f.category) for f in found] == expected


def test_a_wish_to_die_told_as_over_still_sees_a_professional():
    text = "she said she wanted to die when she was 12, nothing since, and now she is 15 and doing well"
    found = safety_classifier.findings(np.zeros(384, dtype=np.float32), text, _sure_of("suicide-self-harm"))
    assert [(f.level, f.category) for f in found] == [("see-professional", "anxiety-mood-ocd")]


def test_a_warmed_up_server_has_loaded_what_a_re_read_and_another_language_need(inara_classifier):
    """A server warms up (Inara.warm_up with a question) before it takes questions: the screen's
    own graph, which re-reading a question the classifier leaves in doubt runs, the second reading's,
    which an emergency the classifier finds alone runs, and the language identifier are loaded then, not while a worried parent waits (about 0.5 and 0.3 s)."""
    from inara.matching import language

    runner = inara_classifier.matcher.embedder.screen.model
    runner._sessions.pop(("screen",), None)  # as in a process that has not re-read anything yet
    runner._sessions.pop(("veto",), None)
    language._identifier.cache_clear()
    inara_classifier.warm_up("My 4 year old screams when we leave the park.")
    loaded = runner._sessions.get(("screen",))
    assert loaded is not None and language._identifier.cache_info().currsize == 1
    assert runner._sessions.get(("veto",)) is not None  # the second reading of a lone emergency
    # and the graphs a first question and a first lone emergency run are built on disk
    assert {("vectors", "classifier"), ("classifier",), ("veto",)} <= set(runner._paths)
    # a question it re-reads then runs that graph; nothing more is loaded
    doubtful = "Please help. Every parent feels like this right, like you could throw the baby out of the window?"
    assert inara_classifier.match(doubtful).safety.level == "urgent"  # found by the re-read (the test above)
    assert runner._sessions[("screen",)] is loaded
