"""scripts/add_phrasings.py: new phrasings land at the end of a card's examples, the rest of the
card unchanged, and a line repeating or nearly repeating a phrasing is dropped."""

from __future__ import annotations

import importlib.util
import shutil

import yaml

from .conftest import ROOT

spec = importlib.util.spec_from_file_location("add_phrasings", ROOT / "scripts" / "add_phrasings.py")
add_phrasings = importlib.util.module_from_spec(spec)
spec.loader.exec_module(add_phrasings)


def test_new_lines_are_appended_and_near_repeats_dropped(tmp_path):
    card = tmp_path / "body-image.yaml"
    shutil.copy(ROOT / "inara" / "library" / "topics" / "body-image.yaml", card)
    before = yaml.safe_load(card.read_text())
    existing = before["examples"][0]
    new = ['my 12yo says "I\'m huge": what now? #help', "- a line that starts like a list item",
           existing.upper() + "!", "DD 11 keeps asking if her legs look big in shorts, every single day"]
    added, dropped = add_phrasings.add(card, new, dry_run=False)
    after = yaml.safe_load(card.read_text())
    assert added == 3 and dropped == [existing.upper() + "!"]
    assert after["examples"] == before["examples"] + [new[0], new[1], new[3]]
    assert {k: v for k, v in after.items() if k != "examples"} == {k: v for k, v in before.items() if k != "examples"}


def test_a_line_sharing_four_fifths_of_its_words_is_a_near_repeat():
    a = add_phrasings.words("my 7 year old hates her body and will not wear shorts any more")
    b = add_phrasings.words("my 7 year old hates her body and will not wear a skirt any more")
    c = add_phrasings.words("my son wants to bulk up and only eats chicken and rice")
    assert add_phrasings.near(a, b) and not add_phrasings.near(a, c)


def test_a_dry_run_changes_nothing(tmp_path):
    card = tmp_path / "body-image.yaml"
    shutil.copy(ROOT / "inara" / "library" / "topics" / "body-image.yaml", card)
    text = card.read_text()
    added, _ = add_phrasings.add(card, ["a brand new phrasing about a teen who skips meals before a dance"], dry_run=True)
    assert added == 1 and card.read_text() == text
