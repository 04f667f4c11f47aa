"""`inara check`: a broken library is reported in full, every problem at once,
each naming the file, the field and what was expected; never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from inara import Inara, LibraryError
from inara.checking import check
from inara.content.checks import check_library
from inara.content.loader import read_library, split_front_matter

from .conftest import SHIPPED


def edit_yaml(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def edit_story(path: Path, change) -> None:
    head, body = split_front_matter(path.read_text(encoding="utf-8"))
    data = yaml.safe_load(head)
    change(data)
    front = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    path.write_text(f"---\n{front}---\n{body}", encoding="utf-8")


def uncited_references(root: Path, count: int, avoid: set[str]) -> list[str]:
    """Reference ids not cited by the guides a test breaks on purpose."""
    ids = sorted(p.stem for p in (root / "references").glob("*.yaml"))
    return [ref for ref in ids if ref not in avoid][:count]


INVALID_YAML = (
    "name: plain\n"
    "narrator: Inara\n"
    "description: A plain voice.\n"
    "  sign_off: this line is indented by mistake\n"
)


@pytest.fixture
def broken(library_copy) -> tuple[Path, list[tuple[str, str, str]]]:
    """A copy of the shipped library with one mistake in each of eleven files.
    Returns (root, [(file, field, part of what was expected)])."""
    root = library_copy
    guides = root / "guides"
    stories = sorted(p.stem for p in (root / "stories").glob("*.md"))
    typo_story, ages_story, duplicated_story = stories[0], stories[1], stories[2]
    cited_in_broken = set()
    for path in (guides / "picky-eating/toddler.yaml", guides / "transitions/toddler.yaml"):
        cited_in_broken |= {f["ref"] for f in yaml.safe_load(path.read_text(encoding="utf-8"))["research"]}
    bad_topic_ref, no_link_ref = uncited_references(root, 2, cited_in_broken)

    edit_yaml(guides / "picky-eating/toddler.yaml",
              lambda d: d["research"][0].update(ref="no-such-study-1999"))
    edit_yaml(root / "references" / f"{bad_topic_ref}.yaml",
              lambda d: d.update(topics=[*d.get("topics", []), "fussy-eating"]))

    def drop_links(d):
        d.pop("doi", None)
        d.pop("url", None)
    edit_yaml(root / "references" / f"{no_link_ref}.yaml", drop_links)
    edit_yaml(guides / "transitions/toddler.yaml", lambda d: d.update(strategies=d["strategies"][:2]))
    edit_yaml(guides / "bedtime-and-sleep/toddler.yaml", lambda d: d["strategies"][0].pop("script"))
    edit_yaml(guides / "stranger-anxiety/toddler.yaml",
              lambda d: d.update(related=["stranger-anxiety/adults"], next="hitting-and-biting/teen"))
    edit_story(root / "stories" / f"{typo_story}.md", lambda d: d.update(key_leson=d.pop("key_lesson")))
    # hitting-and-biting covers young children only (the guide for teens falls back to another topic)
    covered = sorted(yaml.safe_load((root / "topics" / "hitting-and-biting.yaml").read_text(encoding="utf-8"))["bands"])
    assert "teen" not in covered
    edit_story(root / "stories" / f"{ages_story}.md", lambda d: d.update(topics=["hitting-and-biting"], ages=[14, 16]))
    duplicate = root / "stories" / "zz-duplicate.md"
    duplicate.write_text((root / "stories" / f"{duplicated_story}.md").read_text(encoding="utf-8"), encoding="utf-8")
    (root / "voices" / "plain.yaml").write_text(INVALID_YAML, encoding="utf-8")
    edit_yaml(root / "ladder" / "preschool.yaml", lambda d: d.pop("intro"))

    expected = [
        ("guides/picky-eating/toddler.yaml", "research.0.ref", "a reference id in references/, got 'no-such-study-1999'"),
        (f"references/{bad_topic_ref}.yaml", "topics", "a topic with a card in topics/, got 'fussy-eating'"),
        (f"references/{no_link_ref}.yaml", "", "needs a doi or a url"),
        ("guides/transitions/toddler.yaml", "strategies", "3 to 6 strategies, got 2"),
        ("guides/bedtime-and-sleep/toddler.yaml", "strategies.0.script", "a value (this field is required)"),
        (f"stories/{typo_story}.md", "key_leson", "no such field (check the spelling)"),
        (f"stories/{typo_story}.md", "key_lesson", "a value (this field is required)"),
        (f"stories/{ages_story}.md", "ages", f"an age range inside a band of its topics ({covered}), got 14-16"),
        ("stories/zz-duplicate.md", "slug", f"a unique slug ('{duplicated_story}' is also used)"),
        ("stories/zz-duplicate.md", "slug", f"'zz-duplicate' to match the file name, got '{duplicated_story}'"),
        ("guides/stranger-anxiety/toddler.yaml", "related.0", "a known topic and band, got 'stranger-anxiety/adults'"),
        ("guides/stranger-anxiety/toddler.yaml", "next", "there is no guide 'hitting-and-biting/teen'"),
        ("voices/plain.yaml", "line 4", "valid YAML"),
        ("ladder/preschool.yaml", "intro", "a value (this field is required)"),
    ]
    return root, expected


def test_api_reports_every_problem_with_file_field_and_expectation(broken):
    root, expected = broken
    problems = check(root).problems
    for file, field, expectation in expected:
        assert any(p.file == file and p.field == field and expectation in p.expected for p in problems), (
            f"no problem '{expectation}' reported for {file} {field}: {problems}")


def test_check_lists_all_problems_at_once_and_exits_1(broken, cli_no_model):
    root, expected = broken
    done = cli_no_model("check", "--library", str(root))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    for file, field, expectation in expected:
        prefix = f"{file}: {field}: " if field else f"{file}: "
        assert any(line.startswith(prefix) and expectation in line for line in lines), (file, field, done.stderr)
    summary = lines[-1]
    assert summary.endswith("problem(s).")
    count = int(summary.rsplit(": ", 1)[1].split()[0])
    assert count == len(lines) - 1 >= len(expected)


def test_check_accepts_the_group_library_option_too(broken, cli_no_model):
    root, expected = broken
    done = cli_no_model("--library", str(root), "check")
    assert done.returncode == 1
    assert expected[0][0] in done.stderr


def test_other_commands_refuse_a_broken_library_in_one_clear_error(broken, cli_no_model):
    root, _ = broken
    done = cli_no_model("--library", str(root), "stats")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines()[-1].startswith("Error: the library has")


def test_inara_refuses_a_broken_library(broken, tmp_path):
    root, expected = broken
    with pytest.raises(LibraryError) as raised:
        Inara(library=root, db=tmp_path / "index.db")
    assert len(raised.value.problems) >= len(expected)


def test_shipped_library_checks_clean(cli_no_model):
    done = cli_no_model("check")
    assert done.returncode == 0, done.stderr
    assert f"{len(list(SHIPPED.glob('topics/*.yaml')))} topics" in done.stdout and "no problems" in done.stdout
    assert "warning:" not in done.stdout + done.stderr  # no figure outside a cited research point either


def test_unchanged_copy_checks_clean(library_copy, cli_no_model):
    done = cli_no_model("check", "--library", str(library_copy))
    assert done.returncode == 0, done.stderr


def test_a_file_that_is_not_utf8_is_a_problem_not_a_traceback(library_copy, cli_no_model):
    (library_copy / "stories" / "latin1.md").write_bytes("---\nslug: caf\xe9\n---\nUne histoire.\n".encode("latin-1"))
    (library_copy / "references" / "latin1.yaml").write_bytes("id: caf\xe9\n".encode("latin-1"))
    done = cli_no_model("check", "--library", str(library_copy))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "stories/latin1.md: a UTF-8 text file" in done.stderr
    assert "references/latin1.yaml: a UTF-8 text file" in done.stderr


def test_a_missing_library_folder_is_one_problem(tmp_path, cli_no_model):
    done = cli_no_model("check", "--library", str(tmp_path / "nowhere"))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    problems = done.stderr.splitlines()[:-1]
    assert problems == [f"{tmp_path / 'nowhere'}: a library folder (it does not exist)"]


def test_story_without_front_matter(library_copy):
    (library_copy / "stories" / "plain-text.md").write_text("Once upon a time.\n", encoding="utf-8")
    _, problems = read_library(library_copy)
    assert [(p.file, p.expected) for p in problems] == [
        ("stories/plain-text.md", "YAML front matter between '---' lines, then the story text")]


def test_file_name_must_match_the_id(library_copy):
    source = library_copy / "references" / "gottman-1996-meta-emotion.yaml"
    source.rename(source.with_name("gottman-meta-emotion.yaml"))
    _, problems = read_library(library_copy)
    assert any(p.file == "references/gottman-meta-emotion.yaml" and p.field == "id"
               and "to match the file name" in p.expected for p in problems)


def test_check_fails_a_transcript_written_for_the_eye(library_copy):
    """A venue named in a research point and a closing for a little one reach a teen's spoken
    script: check says which guide, which voice and what it found (every fault, one by one:
    tests/test_transcript.py)."""
    guide = library_copy / "guides" / "bullying" / "teen.yaml"

    def aside(data):
        data["research"][0]["point"] = ("As Yeager and colleagues reported in the Journal of Applied Developmental Psychology, it "
                                        "works. " + data["research"][0]["point"])
        data["closing"] += "\n\nGive that little one a hug from me."

    edit_yaml(guide, aside)
    library, problems = read_library(library_copy)
    assert problems == []
    found = [str(p) for p in check(library_copy).problems]
    assert found, "a transcript with a URL and a year in brackets passed the check"
    assert all(line.startswith("guides/bullying/teen.yaml: transcript (") for line in found), found
    assert any("no venue, found 'Journal of Applied Developmental Psychology'" in line for line in found), found
    assert any("words for a teen guide, found 'that little one'" in line for line in found), found
    assert {line.split(": ")[1] for line in found} == {"transcript (warm voice)", "transcript (plain voice)"}


# --- each structural rule, broken once (the library fixture is validated, so tests over it cannot) --


def _no_nearest_for_teen(d):
    del d["nearest"]["teen"]


def _one_reference(d):
    for finding in d["research"]:
        finding["ref"] = d["research"][0]["ref"]


STRUCTURE = [
    ("topics/hitting-and-biting.yaml", _no_nearest_for_teen,
     "topics/hitting-and-biting.yaml: nearest: a nearest topic for 'teen', which this topic does not cover"),
    ("topics/hitting-and-biting.yaml", lambda d: d["nearest"].update(teen="hitting-and-biting"),
     "topics/hitting-and-biting.yaml: nearest.teen: a topic that covers teen, 'hitting-and-biting' does not"),
    ("topics/hitting-and-biting.yaml", lambda d: d["nearest"].update(toddler="transitions"),
     "topics/hitting-and-biting.yaml: nearest.toddler: only bands the topic does not cover"),
    ("guides/picky-eating/toddler.yaml", _one_reference,
     "guides/picky-eating/toddler.yaml: research: at least 2 different references, got 1"),
    ("guides/picky-eating/toddler.yaml", lambda d: d.update(avoid=d["avoid"][:2]),
     "guides/picky-eating/toddler.yaml: avoid: 3 to 5 things to avoid, got 2"),
    ("guides/picky-eating/toddler.yaml", lambda d: d.update(strategies=d["strategies"] * 3),
     "guides/picky-eating/toddler.yaml: strategies: 3 to 6 strategies, got "),
]


@pytest.mark.parametrize("file, change, problem", STRUCTURE, ids=[p.split(": ")[1] for _, _, p in STRUCTURE])
def test_each_structural_rule_is_enforced(library_copy, file, change, problem):
    edit_yaml(library_copy / file, change)
    library, read = read_library(library_copy)
    assert read == []
    found = [str(p) for p in check_library(library)]
    assert [line for line in found if line.startswith(problem)], found
    with pytest.raises(LibraryError):  # and a library with it is not served
        from inara.content.loader import load_library

        load_library(library_copy)


# --- files that are empty, broken or missing (issue 14) -------------------------------------------

@pytest.mark.parametrize("goals, expected", [
    ("", "goals.yaml: a list of goals, each with slug, title and description (the file is empty)"),
    ("[: not yaml", "goals.yaml: line 1: valid YAML"),
    (None, "goals.yaml: a goals.yaml file listing the therapeutic goals"),
])
def test_a_broken_goals_file_is_reported_and_picking_stories_does_not_crash(library_copy, goals, expected):
    from inara.checking import story_pick_problems

    if goals is None:
        (library_copy / "goals.yaml").unlink()
    else:
        (library_copy / "goals.yaml").write_text(goals, encoding="utf-8")
    library, problems = read_library(library_copy)
    assert any(str(p).startswith(expected) for p in problems), problems
    story_pick_problems(library)  # named the shared goals with goals[-1]: IndexError


def test_check_with_an_empty_goals_file_is_a_list_of_problems_not_a_traceback(library_copy):
    from click.testing import CliRunner

    from inara.cli import cli

    (library_copy / "goals.yaml").write_text("", encoding="utf-8")
    done = CliRunner().invoke(cli, ["check", "--library", str(library_copy)], obj={})
    assert done.exit_code == 1 and isinstance(done.exception, (SystemExit, type(None))), done.exception
    assert "goals.yaml: a list of goals" in done.output and "Traceback" not in done.output


def test_an_empty_reference_file_is_a_problem_of_its_own(library_copy):
    empty = sorted((library_copy / "references").glob("*.yaml"))[0]
    empty.write_text("", encoding="utf-8")
    _, problems = read_library(library_copy)
    assert f"references/{empty.name}: a mapping of Reference fields (the file is empty)" in map(str, problems)


def test_a_missing_ladder_file_is_a_problem(library_copy):
    (library_copy / "ladder" / "teen.yaml").unlink()
    library, problems = read_library(library_copy)
    problems += check_library(library)
    assert "ladder/teen.yaml: an independence ladder for the teen band, which has guides" in map(str, problems)


# --- guides and the safety screen agree (issue 10) -----------------------------------------------

@pytest.mark.model
def test_a_sign_the_screen_reads_as_ordinary_is_a_disagreement_naming_the_guide(inara):
    from types import SimpleNamespace

    from inara.agreement import disagreements

    def guide(band, signs):
        return SimpleNamespace(band=band, when_to_get_help=signs)

    library = SimpleNamespace(guides={
        "bedtime-and-sleep/toddler": guide("toddler", [
            "He loves playing football in the garden after tea.",  # ordinary: the screen says ok
            "She has stopped breathing and her lips are blue; this is an emergency, call 999.",
        ]),
        "habits-and-tics/teen": guide("teen", [
            "Your teen pulls out her hair until there are bald patches.",
            "This is urgent: your teen has tics most days.",  # the guide says urgent, the screen does not
        ]),
    })
    found = list(disagreements(library, inara.matcher.screen))
    assert [(d.guide, d.index, d.expected) for d in found] == [
        ("bedtime-and-sleep/toddler", 0, "see-professional"), ("habits-and-tics/teen", 1, "urgent")]
    assert str(found[0]).startswith("guides/bedtime-and-sleep/toddler.yaml: when_to_get_help.0: the safety "
                                    "screen to read this sign as see-professional, as the guide does, got 'ok'")
    assert found[1].got != "urgent"


def test_a_figure_outside_a_cited_research_point_is_a_warning_naming_file_and_field(library_copy):
    path = library_copy / "guides" / "picky-eating" / "toddler.yaml"
    edit_yaml(path, lambda g: g.update(hook=g["hook"] + " About 40% of toddlers refuse new food."))
    checked = check(library_copy)
    assert not checked.problems
    found = [w for w in checked.warnings if w.field == "hook" and "picky-eating" in str(w.file)]
    assert len(found) == 1 and "40%" in found[0].expected, checked.warnings


@pytest.mark.parametrize("words", ["It is 8:40 on a Tuesday.", "At 7pm she is tired.", "Your 3-year-old",
                                   "for 10 minutes", "in 2019 a review", "It is 10:15 am."])
def test_ages_durations_times_and_years_are_not_figures(library_copy, words):
    path = library_copy / "guides" / "picky-eating" / "toddler.yaml"
    edit_yaml(path, lambda g: g.update(hook=f"{g['hook']} {words}"))
    checked = check(library_copy)
    assert not [w for w in checked.warnings if "picky-eating" in str(w.file)], checked.warnings

