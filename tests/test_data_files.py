"""inara/data/*.yaml read through typed models: a typo or a bad pattern is `file: field: what was
expected`, every one at once, in `inara check` too; never a KeyError or a traceback."""

from __future__ import annotations

import shutil

import pytest
import yaml
from click.testing import CliRunner

from inara.matching import data_files, safety

from .conftest import ROOT


@pytest.fixture
def data(tmp_path, monkeypatch):
    """A private copy of inara/data that the test breaks; the loaders read it instead."""
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "inara" / "data", folder, ignore=shutil.ignore_patterns("safety_training", "*.npz"))
    monkeypatch.setattr(safety, "DATA", folder)
    return folder


def edit(path, change):
    content = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(content)
    path.write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_the_shipped_data_files_have_no_problems():
    assert data_files.data_problems() == []


def test_reading_the_rules_again_compiles_no_pattern_again():
    """`inara check` reads safety.yaml afresh (data_problems), and finds the patterns it holds
    compiled already: re's own cache keeps 512 of the ~800, so every check compiled them all again."""
    first, again = safety.rules(), safety.rules.__wrapped__()
    assert first == again
    assert all(a is b for rule, other in zip(first, again) for (a, _), (b, _) in zip(rule.patterns, other.patterns))


def test_every_mistake_in_every_data_file_at_once(data):
    def rules(content):
        content[0]["paterns"] = content[0].pop("patterns")  # a typo in a field name
        content[1]["patterns"][0] = "(unclosed"  # a pattern that does not compile
        content[2]["exclude"] = ["[z-a]"]  # and another, in a later rule

    def lines(content):
        del content["uk"]["poison"]  # a region without one of the contacts

    edit(data / "safety.yaml", rules)
    edit(data / "resources.yaml", lines)
    edit(data / "out_of_scope.yaml", lambda content: content.update(examples=[]))
    edit(data / "safety_examples.yaml", lambda content: content.update(maybe=["a level that does not exist"]))
    found = [str(problem) for problem in data_files.data_problems()]
    first, second, third = yaml.safe_load((data / "safety.yaml").read_text(encoding="utf-8"))[:3]
    assert "inara/data/safety.yaml: 0.paterns: no such field (check the spelling)" in found
    assert "inara/data/safety.yaml: 0.patterns: a value (this field is required)" in found
    assert any(line.startswith(f"inara/data/safety.yaml: {second['id']}.patterns.0: a valid regular expression")
               for line in found), found
    assert any(line.startswith(f"inara/data/safety.yaml: {third['id']}.exclude.0: a valid regular expression")
               for line in found), found
    assert "inara/data/resources.yaml: uk.poison: a value (this field is required)" in found
    assert "inara/data/out_of_scope.yaml: examples: at least 1 items" in found
    assert "inara/data/safety_examples.yaml: maybe: no such field (check the spelling)" in found


def test_inara_check_lists_data_file_problems_and_exits_1(data):
    from inara.cli import cli

    edit(data / "resources.yaml", lambda content: content["generic"].update(emergncy="typo"))
    done = CliRunner().invoke(cli, ["check"], obj={})
    assert done.exit_code == 1, done.output
    assert "inara/data/resources.yaml: generic.emergncy: no such field (check the spelling)" in done.output
    assert "Traceback" not in done.output


def test_an_urgent_category_must_name_a_see_professional_one_for_when_unsure(data):
    """An urgent finding the whole question doubts becomes its category's `when_unsure`
    see-professional one: a slug that is not one, none at all, or one on a see-professional
    category is a problem named by field."""
    path = data / "safety_categories.yaml"
    shipped = yaml.safe_load(path.read_text(encoding="utf-8"))

    def problems_after(change) -> list[str]:
        content = yaml.safe_load(yaml.safe_dump(shipped))
        change(content)
        path.write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False), encoding="utf-8")
        return [str(problem) for problem in data_files.data_problems()]

    found = problems_after(lambda content: content["urgent"][0].update(when_unsure="medical-emergency"))
    assert any(line.startswith("inara/data/safety_categories.yaml: urgent.0.when_unsure: the slug of a "
                               "see-professional category") and line.endswith("got 'medical-emergency'")
               for line in found), found
    found = problems_after(lambda content: content["urgent"][1].pop("when_unsure"))
    assert any(line.startswith("inara/data/safety_categories.yaml: urgent.1.when_unsure:") and line.endswith("got None")
               for line in found), found
    found = problems_after(lambda content: content["see-professional"][0].update(when_unsure="health-worry"))
    assert any(line.startswith("inara/data/safety_categories.yaml: see-professional.0.when_unsure: nothing")
               for line in found), found
    assert problems_after(lambda content: None) == []
