"""What a pattern's matches must contain (inara/matching/literals.py), which lets the safety screen
pass over a rule that cannot match the question. A need read wrong would switch a safety rule off
without a word, so: every text a pattern matches meets the pattern's needs (hypothesis, over
generated patterns and texts drawn to match them), and each shipped rule finds with its needs
exactly what it finds without, on the sentences written for it (its phrasings in test_safety.py,
its language's sentences in safety_other_languages.yaml)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inara.matching import safety
from inara.matching.literals import Requirements, needs

from .conftest import ROOT
from .test_safety import FIRES, normalised


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    requirements = Requirements()
    mask = requirements.mask(needs(pattern))
    return not mask & ~requirements.met(text)


def test_a_two_sign_pattern_needs_both_signs():
    pattern = re.compile(r"\b(?:se )?trag\w*[^.!?]{0,60}\bpilas?\b")
    assert needs(pattern) == (frozenset({"trag"}), frozenset({"pila"}))
    assert may_match(pattern, "se trago una pila")
    assert not may_match(pattern, "se trago una moneda")
    assert not may_match(pattern, "my son swallowed a battery")


def test_a_small_choice_is_followed_into_the_strings_it_makes_and_cut_to_six_characters():
    assert needs(re.compile(r"bi[lł]\b")) == (frozenset({"bil", "bił"}),)
    assert needs(re.compile(r"(?:se|le) trago")) == (frozenset({"se tra", "le tra"}),)


def test_a_choice_of_larger_parts_needs_one_of_what_each_part_needs_most():
    found = needs(re.compile(r"\b(?:respira\w* rapido|jadea\w*)\b[^.]{0,80}\bfiebre|\bse le hunde\w* el pecho"))
    assert found == (frozenset({"fiebre", "se le "}),)


@pytest.mark.parametrize("source", [
    r"(?i)pila", r"(?i:pila)", r"x?", r".*", r"[^a]+", r"\w+", r"(?:pila)*", r"(a)?\1", "",
])
def test_what_is_not_known_needs_nothing(source):
    pattern = re.compile(source)
    assert needs(pattern) == ()
    assert may_match(pattern, "")


# --- any text a pattern matches meets its needs ------------------------------------------------

WORDS = ["pila", "se trago", "trag", "a", "ab", "ba", "ł", "l", "se ", " "]
PIECES = st.sampled_from([re.escape(word) for word in WORDS] + [
    r"\w", r"\W", ".", r"\s", r"\d", "[ab]", "[^a]", "[a-c]", "[lł]", r"\b", r"\B", "^", "$",
    "(?=a)", "(?!b)", "(?<=a)", "(?<!b)",
])


def _grouped(children):
    return st.one_of(
        st.lists(children, min_size=2, max_size=4).map("".join),
        st.lists(children, min_size=2, max_size=4).map(lambda parts: "(?:" + "|".join(parts) + ")"),
        st.tuples(children, st.sampled_from(["?", "*", "+", "{2}", "{0,3}", "{1,2}", "+?", "*+"])).map(
            lambda pair: f"(?:{pair[0]}){pair[1]}"),
        children.map(lambda part: f"(?i:{part})"),
        children.map(lambda part: f"({part})"),
        children.map(lambda part: f"(?>{part})"),
    )


PATTERNS = st.recursive(PIECES, _grouped, max_leaves=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_any_text_a_pattern_matches_meets_its_needs(data):
    pattern = re.compile(data.draw(PATTERNS, label="pattern"))
    text = data.draw(st.one_of(st.from_regex(pattern), st.text(alphabet="abcł lse.TRAGO", max_size=30)), label="text")
    if pattern.search(text):
        assert may_match(pattern, text), (pattern.pattern, needs(pattern))


# --- the shipped rules ----------------------------------------------------------------------------

OTHER_LANGUAGES = yaml.safe_load((ROOT / "tests" / "data" / "safety_other_languages.yaml").read_text(encoding="utf-8"))


def sentences_written_for(rule_id: str) -> list[tuple[str, float | None]]:
    """The rule's phrasings in test_safety.py, and for a rule in another language every sentence
    of that language in safety_other_languages.yaml (its emergencies and their look-alikes)."""
    out = list(FIRES[rule_id])
    for kind, items in OTHER_LANGUAGES.get(rule_id.split("-")[0], {}).items():
        out += [(item if kind == "ok" else item[1], None) for item in items]
    return out


def test_each_rule_finds_the_same_with_its_needs_as_without():
    """Each rule on the sentences written for it: the same matches, found or not, with the needs
    read from its patterns as when every pattern runs."""
    requirements = Requirements()
    checked = 0
    for rule in safety.rules():
        with_needs = rule.needing(requirements)
        for text, age in sentences_written_for(rule.id):
            norm = normalised(text)
            assert with_needs.matches(norm, age) == rule.matches(norm, age), (rule.id, text)
            checked += 1
    assert checked > 1000


def test_an_english_question_passes_over_every_other_language_rule():
    requirements = Requirements()
    others = [rule.needing(requirements) for rule in safety.rules() if rule.id.split("-")[0] in
              {"es", "fr", "pt", "de", "it", "nl", "pl"}]
    assert len(others) >= 14
    met = requirements.met(normalised("my 3 year old bites other kids at nursery and screams when I pick him up"))
    assert [rule.id for rule in others if not rule.rule_mask & ~met] == []


def test_a_process_reads_the_patterns_needs_from_its_second_screen_on():
    """When the needs are not remembered from an earlier process (the rule file was just checked
    in full), one question (`inara ask`) is screened by the rules as compiled; reading ~1,000
    patterns for their needs pays only from the second question on."""
    screening = safety._Screening()
    assert all(rule.requirements is None for rule in screening.rules())
    second = screening.rules()
    assert all(rule.requirements is second[0].requirements is not None for rule in second)
    assert screening.rules() is second


SCREEN_IN_A_NEW_PROCESS = """
import json, sys
from inara.matching import safety
found = safety.rule_findings(sys.argv[1], 2)
print(json.dumps({"compiled": safety._compiled.cache_info().currsize,
                  "findings": sorted((f.level, f.category) for f in found)}))
"""


def screen_in_a_new_process(text: str, cache: Path, data: Path | None = None) -> dict:
    environment = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    code = SCREEN_IN_A_NEW_PROCESS
    if data is not None:  # the same screen over another copy of inara/data
        code = code.replace("from inara.matching import safety\n",
                            f"from inara.matching import safety\nsafety.DATA = __import__('pathlib').Path({str(data)!r})\n")
    done = subprocess.run([sys.executable, "-c", code, text], env=environment, capture_output=True, text=True,
                          check=True, cwd=ROOT)
    return json.loads(done.stdout)


def test_a_new_process_compiles_only_the_patterns_a_question_can_match(tmp_path):
    """The first process to read a rule file compiles every pattern (that checks them) and keeps
    what each needs on disk; a later one compiles only the few the question's strings allow, and
    finds the same. A changed rule file is checked in full again, and an unreadable cache is no
    error."""
    text = "my 2 year old swallowed a button battery 10 minutes ago"
    first = screen_in_a_new_process(text, tmp_path)
    assert first["findings"] == [["urgent", "poisoning"]]
    assert first["compiled"] > 900
    later = screen_in_a_new_process(text, tmp_path)
    assert later["findings"] == first["findings"]
    assert later["compiled"] < 100, later

    data = tmp_path / "data"
    shutil.copytree(ROOT / "inara" / "data", data, ignore=shutil.ignore_patterns("safety_training", "*.npz"))
    with (data / "safety.yaml").open("a", encoding="utf-8") as out:
        out.write("\n# a change\n")
    changed = screen_in_a_new_process(text, tmp_path, data)
    assert changed["compiled"] > 900 and changed["findings"] == first["findings"]

    (tmp_path / "inara" / "safety-rules.json").write_text("{not json", encoding="utf-8")
    broken = screen_in_a_new_process(text, tmp_path)
    assert broken["compiled"] > 900 and broken["findings"] == first["findings"]
    assert screen_in_a_new_process(text, tmp_path)["compiled"] < 100  # and it is written again
