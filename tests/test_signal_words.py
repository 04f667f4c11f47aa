"""Signal words (inara/matching/signal_words.py): an emergency only the judge found, told
with no word of its kind, becomes its category's see-professional finding; nothing else changes.

The policy is tested on findings made here; the lists themselves are measured on the eval sets
(evals/results/signal-words-plan.md) and through the screen below."""

from __future__ import annotations

import pytest

from inara.matching import safety, signal_words
from inara.matching.safety import Finding, SafetyDataError, categories
from inara.matching.signal_words import unworded

URGENT = sorted(slug for slug, c in categories().items() if c.level == "urgent")


def test_every_urgent_category_has_signal_words():
    assert sorted(signal_words.signal_words()) == URGENT


@pytest.mark.parametrize("category, text", [
    ("missing-child", "we can't find him anywhere at the shopping centre"),
    ("poisoning", "she got into the cupboard and drank some of the bleach"),
    ("suicide-self-harm", "he says he won't be around next week and gave his things away"),
    ("sexual-abuse", "her coach keeps sending her messages and asked her to keep it a secret"),
    ("physical-abuse", "she has bruises on her arms and is scared to go home"),
    ("neglect", "the toddler next door is alone in the flat again"),
    ("weapons-violence", "he has a knife in his school bag"),
    ("parent-may-harm", "i'm scared i will hurt the baby when she won't stop crying"),
    ("medical-emergency", "his lips have gone blue and he is struggling to breathe"),
])
def test_an_emergency_told_with_words_of_its_kind_stays_urgent(category, text):
    found = [Finding("urgent", category, f"judge:{category}", text)]
    assert unworded(found, text, "en") == found


def test_an_emergency_with_no_word_of_its_kind_becomes_its_see_professional_finding():
    text = "how do i stop comparing myself to the other mums at pick-up"
    found = [Finding("urgent", "missing-child", "judge:missing-child", text),
             Finding("see-professional", "anxiety-mood-ocd", "semantic:anxiety-mood-ocd", text)]
    out = unworded(found, text, "en")
    unsure = categories()["missing-child"].when_unsure
    assert [f.level for f in out] == ["see-professional", "see-professional"]
    assert out[0] == Finding("see-professional", unsure, "judge:missing-child+unworded", text, unsure_of="missing-child")
    assert out[1] == found[1]


def test_one_urgent_finding_with_its_words_keeps_the_question_urgent():
    text = "he has been shoved into a locker and is scared to go back"
    found = [Finding("urgent", "missing-child", "judge:missing-child", text),
             Finding("urgent", "physical-abuse", "judge:physical-abuse", text)]
    assert unworded(found, text, "en") == found


@pytest.mark.parametrize("source", ["missing-or-lost", "classifier:neglect", "semantic:neglect", "re-read:neglect"])
def test_an_emergency_a_rule_or_another_reading_found_is_never_touched(source):
    text = "how do i stop comparing myself to the other mums at pick-up"
    found = [Finding("urgent", "neglect", source, text), Finding("urgent", "missing-child", "judge:missing-child", text)]
    assert unworded(found, text, "en") == found


def test_questions_in_other_languages_are_left_as_they_are():
    text = "como dejo de compararme con las otras madres"
    found = [Finding("urgent", "missing-child", "judge:missing-child", text)]
    assert unworded(found, text, "es") == found


def test_adding_words_never_takes_an_urgent_answer_away():
    """A question left urgent stays urgent whatever is added: words are only ever added."""
    words = signal_words.signal_words()
    base = "she has gone and we have no idea where"
    assert words["missing-child"].search(base)
    for clause in ("we had pasta for tea", "my other one is fine", "sorry if this is long"):
        for text in (f"{base}, {clause}", f"{clause}. {base}"):
            found = [Finding("urgent", "missing-child", "judge:missing-child", text)]
            assert unworded(found, text, "en") == found


def test_a_malformed_signal_file_names_every_problem(tmp_path, monkeypatch):
    (tmp_path / "safety_categories.yaml").write_text((safety.DATA / "safety_categories.yaml").read_text())
    (tmp_path / signal_words.FILE).write_text("neglect: []\nnot-a-category: [word]\npoisoning: ['(unclosed']\n")
    monkeypatch.setattr(safety, "DATA", tmp_path)
    monkeypatch.setattr(signal_words, "DATA", tmp_path)
    signal_words.signal_words.cache_clear()
    try:
        with pytest.raises(SafetyDataError) as caught:
            signal_words.signal_words()
        message = str(caught.value)
        assert "safety_signals.yaml" in message
        for field in ("neglect", "not-a-category", "poisoning", "missing-child"):
            assert field in message
    finally:
        signal_words.signal_words.cache_clear()
