"""The `inara` command, in process (click's CliRunner) over the session's index and Inara, so
each test costs what its command does. Four smoke tests run `python -m inara` as a real
subprocess (`cli_process`): help and version as a shell sees them, stdin lines read as bytes,
and the exit status of an urgent answer."""

from __future__ import annotations

import json
import re
from html import escape

import pytest

from inara.cli import cli as click_group
from inara.vocab import BANDS

from .conftest import ROOT, SHIPPED

COMMANDS = sorted(click_group.commands)
LONG = ("my 3yo bites " * 400)[:4001]  # 4,001 characters
assert len(LONG) == 4001


def one_error_line(done) -> str:
    """Expected errors end in exit 1 and one clear line on stderr, never a traceback."""
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("Error: ")
    return lines[0]


# --- help and docs -------------------------------------------------------------------------------

def test_top_level_help_lists_every_command(cli_process):
    done = cli_process("--help")
    assert done.returncode == 0
    for command in COMMANDS:
        assert re.search(rf"^\s+{re.escape(command)}\s", done.stdout, re.M), command


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(cli_no_model, command):
    done = cli_no_model(command, "--help")
    assert done.returncode == 0, done.stderr
    assert f"Usage: python -m inara {command}" in done.stdout
    assert click_group.commands[command].help, f"`{command}` has no docstring"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_documented_in_the_readme(command):
    readme = ROOT / "README.md"
    if not readme.exists():
        pytest.skip("README.md is not written yet")
    assert re.search(rf"inara {re.escape(command)}\b", readme.read_text(encoding="utf-8")), command


def test_version(cli_process):
    done = cli_process("--version")
    assert done.returncode == 0 and "0.1.0" in done.stdout


# --- match -----------------------------------------------------------------------------------------

def test_match_json_shape(cli):
    done = cli("match", "--json", "my 3yo screams when I try to hug her after she falls")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert {"age_years", "age_band", "in_scope", "safety", "topics"} <= set(data)
    assert (data["age_years"], data["age_band"], data["in_scope"]) == (3.0, "toddler", True)
    assert {"level", "reasons", "message"} <= set(data["safety"])
    assert data["safety"]["level"] == "ok" and data["safety"]["reasons"] == []
    assert 0 < len(data["topics"]) <= 5
    for topic in data["topics"]:
        assert set(topic) == {"slug", "score"}
        assert 0.0 <= topic["score"] <= 1.0
    scores = [t["score"] for t in data["topics"]]
    assert scores == sorted(scores, reverse=True)


def test_match_plain_text(cli):
    done = cli("match", "--age", "4", "she won't share her toys with her cousin")
    assert done.returncode == 0, done.stderr
    assert "safety: ok" in done.stdout
    assert "band: preschool" in done.stdout
    assert re.search(r"^\d\.\d{3}  [a-z-]+$", done.stdout, re.M)


def test_match_jsonl_keeps_going_after_bad_lines(inara, cli_process):
    cli = cli_process
    lines = [
        json.dumps({"text": "my 3yo bites at nursery"}),
        "{this is not json",
        json.dumps({"text": "DS 9 is scared of the dark", "age_years": 9}),
        json.dumps(["a", "list"]),
        json.dumps({"question": "no text field"}),
        json.dumps({"text": "she hits her brother", "age_years": -1}),
        json.dumps({"text": "   "}),
        json.dumps({"text": LONG}),
        json.dumps({"text": "my 15 year old slams doors", "age_years": None}),
    ]
    done = cli("match", "--jsonl", stdin="\n".join(lines) + "\n")
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(out) == len(lines)
    assert [("error" in item) for item in out] == [False, True, False, True, True, True, True, True, False]
    assert [item.get("age_years") for item in out if "error" not in item] == [3.0, 9.0, 15.0]
    for number, item in enumerate(out, 1):
        if "error" in item:
            assert item["error"].startswith(f"line {number}: ")
    assert "not valid JSON" in out[1]["error"]
    assert "is not an age" in out[5]["error"]
    assert "empty" in out[6]["error"]
    assert "4,001" in out[7]["error"]


def test_match_without_text_is_a_usage_error(cli_no_model):
    done = cli_no_model("match")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr


# --- ask -------------------------------------------------------------------------------------------

QUESTION = "my 4yo has a meltdown every time we leave the playground"


def test_ask_markdown(cli):
    done = cli("ask", "--format", "markdown", QUESTION)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("# ")
    for heading in ("## What to do", "## What not to do", "## References"):
        assert heading in done.stdout
    assert "Preschoolers (4-5)" in done.stdout
    assert re.search(r"^1\. .*https://", done.stdout, re.M)


def test_ask_json(cli):
    done = cli("ask", "--format", "json", QUESTION)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["kind"] == "guide"
    assert data["match"]["age_band"] == "preschool"
    guide = data["guide"]
    assert guide["band"] == "preschool"
    assert guide["topic"] == data["match"]["topics"][0]["slug"] or guide["notes"]
    assert 4 <= len(guide["sections"]["strategies"]) <= 6
    assert [r["number"] for r in guide["references"]] == list(range(1, len(guide["references"]) + 1))


def test_ask_transcript_in_the_plain_voice(cli):
    done = cli("ask", "--format", "transcript", "--voice", "plain", QUESTION)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Hello. This is Inara")
    assert "#" not in done.stdout and "**" not in done.stdout
    assert not re.search(r"\[\d+\]", done.stdout)


def test_ask_html_is_a_whole_page(cli):
    done = cli("ask", "--format", "html", QUESTION)
    assert done.returncode == 0, done.stderr
    page = done.stdout
    assert page.lstrip().lower().startswith("<!doctype html>")
    assert "</html>" in page.lower()
    assert "<h1" in page and "https://" in page
    assert "{{" not in page and "{%" not in page


def test_unknown_voice(cli_no_model):
    assert "is not a voice" in one_error_line(cli_no_model("guide", "picky-eating", "--band", "toddler", "--voice", "pirate"))


URGENT = "my toddler just swallowed a button battery"


def test_urgent_ask_exits_2_and_shows_only_the_safety_message(inara, cli_process):
    done = cli_process("ask", "--format", "markdown", URGENT)
    assert done.returncode == 2, done.stderr
    assert "Please act now" in done.stdout
    assert "your local emergency number" in done.stdout
    for guide_part in ("What to do", "References", "Stories", "Hello"):
        assert guide_part not in done.stdout


def test_urgent_ask_json(cli):
    done = cli("--region", "us", "ask", "--format", "json", URGENT)
    assert done.returncode == 2
    data = json.loads(done.stdout)
    assert data["kind"] == "urgent" and data["guide"] is None
    assert data["match"]["topics"] == []
    assert "911" in data["match"]["safety"]["message"]


def test_out_of_scope_ask(cli):
    done = cli("ask", "--format", "markdown", "which jogging stroller has the best suspension")
    assert done.returncode == 0
    assert "outside what Inara can help with" in done.stdout


# --- expected errors: exit 1, one line, no traceback ------------------------------------------------

def test_bad_age_for_ask(cli):
    # every bad age is checked without the model through `stories --age` below and `match --jsonl` above
    assert "1 to 17" in one_error_line(cli("ask", "--age=200", QUESTION))


def test_urgent_ask_with_a_baby_under_1_still_exits_2_with_the_emergency_message(cli):
    done = cli("ask", "--format", "json", "--age", "0.25", "I shook my baby and now she is floppy and not waking up")
    assert done.returncode == 2, done.stderr
    data = json.loads(done.stdout)
    assert data["kind"] == "urgent" and data["match"]["safety"]["categories"][0]["slug"] == "medical-emergency"


@pytest.mark.parametrize("age, says", [("-1", "is not an age"), ("abc", "is not an age"),
                                       ("200", "1 to 17"), ("0.3", "under 1")])
def test_bad_age_for_stories(cli_no_model, age, says):
    assert says in one_error_line(cli_no_model("stories", f"--age={age}"))


def test_empty_question(cli):
    assert "empty" in one_error_line(cli("ask", "   "))


def test_question_over_4000_characters(cli):
    assert "4,001 characters" in one_error_line(cli("ask", LONG))


@pytest.mark.parametrize("args, says", [
    (["guide", "fussy-eating", "--band", "toddler"], "is not a topic"),
    (["guide", "picky-eating", "--band", "adult"], "is not an age band"),
    (["story", "no-such-story"], "There is no story"),
    (["stories", "--goal", "no-such-goal"], "is not a goal"),
])
def test_unknown_names(cli_no_model, args, says):
    assert says in one_error_line(cli_no_model(*args))


@pytest.mark.parametrize("option, value, says", [
    ("--region", "mars", "'mars' is not a region; choose one of: generic, us, uk"),
    ("--matcher", "magic", "'magic' is not a matcher; choose one of: fusion, embedding, lexical"),
])
def test_an_unknown_region_or_matcher_is_the_library_s_one_sentence(cli_no_model, option, value, says):
    """Checked by Inara (the one door), not by a list of names spelled again in the CLI."""
    assert one_error_line(cli_no_model(option, value, "stats")) == f"Error: {says}"
    assert one_error_line(cli_no_model("stats", env={f"INARA_{option[2:].upper()}": value})) == f"Error: {says}"


# --- guide, stats, stories, story, eval -------------------------------------------------------------

GUIDE_LOOKS = {  # what each format's text starts with, or holds, for the same guide
    "markdown": lambda text, title: text.startswith(f"# {title}\n") and "## What to do" in text,
    "json": lambda text, title: json.loads(text)["title"] == title and json.loads(text)["transcript"],
    "transcript": lambda text, title: text.startswith("Hello") and "#" not in text and "In short" not in text,
    "html": lambda text, title: text.lower().startswith("<!doctype html>") and f">{escape(title)}</h1>" in text,
    "terminal": lambda text, title: title in text and "What to do" in text and "##" not in text,
}


@pytest.mark.parametrize("fmt", sorted(GUIDE_LOOKS))
def test_guide_formats(cli_no_model, library_app, fmt):
    from inara import render

    done = cli_no_model("guide", "picky-eating", "--band", "toddler", "--format", fmt)
    assert done.returncode == 0, done.stderr
    composed = library_app.guide("picky-eating", "toddler")
    assert done.stdout.rstrip("\n") == render.guide(composed, fmt, width=120).rstrip("\n")
    assert GUIDE_LOOKS[fmt](done.stdout, composed.guide.title), done.stdout[:300]


def test_guide_for_an_uncovered_band_says_it_is_the_nearest(cli_no_model):
    done = cli_no_model("guide", "hitting-and-biting", "--band", "teen", "--format", "json")
    data = json.loads(done.stdout)
    assert data["band"] == "teen" and data["topic"] != "hitting-and-biting"
    assert data["notes"]


def test_stats_json(cli_no_model):
    done = cli_no_model("stats", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["topics"] == len(list(SHIPPED.glob("topics/*.yaml")))
    assert set(data["guides"]) == set(BANDS)
    for band in BANDS:
        assert data["guides"][band] == len(list(SHIPPED.glob(f"guides/*/{band}.yaml")))
    assert data["guides_total"] == sum(data["guides"].values())
    assert data["stories"] == len(list(SHIPPED.glob("stories/*.md")))


def test_stories_for_age_3(cli_no_model, library):
    done = cli_no_model("stories", "--age", "3", "--json")
    assert done.returncode == 0, done.stderr
    listed = json.loads(done.stdout)["stories"]
    expected = {s.slug for s in library.stories.values() if s.ages[0] <= 3 <= s.ages[1]}
    assert {s["slug"] for s in listed} == expected and expected
    plain = cli_no_model("stories", "--age", "3")
    assert {line.split()[0] for line in plain.stdout.splitlines()} == expected


def test_stories_by_goal(cli_no_model, library):
    goal = sorted(library.goals)[0]
    listed = json.loads(cli_no_model("stories", "--goal", goal, "--json").stdout)["stories"]
    assert {s["slug"] for s in listed} == {s.slug for s in library.stories.values() if goal in s.goals}


def test_story_with_a_name(cli_no_model, library):
    from inara.compose.personalise import main_character

    story = next(s for s in sorted(library.stories.values(), key=lambda s: s.slug)
                 if re.search(rf"\b{re.escape(main_character(s))}\b", s.text))
    plain = cli_no_model("story", story.slug, "--format", "markdown")
    named = cli_no_model("story", story.slug, "--format", "markdown", "--name", "Ada")
    assert plain.returncode == named.returncode == 0
    assert "Ada" not in plain.stdout
    assert "Ada" in named.stdout
    hero = main_character(story)
    assert named.stdout.count(hero) < plain.stdout.count(hero)


def test_story_with_a_bad_name(cli_no_model, library):
    slug = sorted(library.stories)[0]
    one_error_line(cli_no_model("story", slug, "--name", "R2-D2"))


def test_goals_and_voices(cli_no_model, library):
    goals = cli_no_model("goals")
    voices = cli_no_model("voices")
    assert {line.split()[0] for line in goals.stdout.splitlines()} == set(library.goals)
    assert {line.split()[0] for line in voices.stdout.splitlines()} == set(library.voices)


def test_eval_prints_top1_and_top3(cli, tmp_path):
    items = [
        {"text": "my 4 year old is terrified of the dark and wants the light on", "expected_topic": "fear-of-the-dark",
         "expected_band": "preschool", "safety": "ok", "in_scope": True},
        {"text": "DS 2 bites other kids at daycare", "expected_topic": "hitting-and-biting",
         "safety": "ok", "in_scope": True},
        {"text": "my toddler just swallowed a button battery", "expected_topic": None,
         "safety": "urgent", "in_scope": True},
    ]
    path = tmp_path / "mini.jsonl"
    path.write_text("\n".join(json.dumps(item) for item in items) + "\n", encoding="utf-8")
    done = cli("eval", str(path))
    assert done.returncode == 0, done.stderr
    assert re.search(r"^top1\s+[01](\.\d+)?$", done.stdout, re.M)
    assert re.search(r"^top3\s+[01](\.\d+)?$", done.stdout, re.M)
    assert "questions: 3  (with a topic: 2)" in done.stdout
    assert re.search(r"^recall urgent\s+1\.0$", done.stdout, re.M)


def test_eval_bad_file(cli_no_model, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text("{oops\n", encoding="utf-8")
    assert "line 1" in one_error_line(cli_no_model("eval", str(path)))


def test_index_is_up_to_date_after_the_session_build(cli):
    done = cli("index")
    assert done.returncode == 0, done.stderr
    assert "(up to date; 0 new embeddings; matcher: fusion)" in done.stdout
