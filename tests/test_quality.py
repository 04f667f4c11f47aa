"""The editorial quality checks (inara/content/quality.py): each one catches a deliberately broken
copy of the shipped library, and the shipped library passes them all.

Everything is real: a copy of the library made with shutil.copytree (the `library_copy`
fixture), real files edited on disk, the thresholds in inara/data/quality.yaml, the project word
list, and `python -m inara check` as a subprocess."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from inara.checking import check, story_pick_problems
from inara.content.checks import check_library
from inara.content.loader import load_library, read_library, split_front_matter
from inara.content.quality import CONFIG_PATH, load_config, quality_problems, shared_counts
from inara.errors import Problem

from .conftest import ROOT, SHIPPED, run_inara

# About grade 10 (Flesch-Kincaid 9.9, Automated Readability Index 11.7): a newspaper report.
GRADE_10 = (
    "The committee met on Tuesday to review the annual budget for the town library. "
    "Several members argued that the current plan placed an unfair burden on volunteers. "
    "They already managed the reading groups, the evening classes and the local history archive. "
    "After a long discussion, the chair proposed a compromise that would increase support from the council. "
    "Most residents welcomed the decision, although some remained concerned about the smaller branches. "
    "The final report will be published next month, together with a detailed summary of the public consultation."
)
# What a parent might say to a lecture hall, not to a two-year-old (ARI about 12).
ADULT_SCRIPTS = [
    "I understand that you are disappointed, but throwing blocks at your brother is not acceptable.",
    "When you feel frustrated, we could consider some other ways of expressing those feelings.",
    "We can discuss the consequences of that decision after everybody has calmed down.",
    "Your emotions are temporary, and responsible people take responsibility for their actions.",
    "Perhaps tomorrow we could try a different approach together before dinner.",
    "Disappointment is an understandable reaction, and it will pass with time and patience.",
]
# Plain, correctly spelled words to swap in.
SWAP_WORDS = ("garden", "window", "yellow", "river", "pocket", "ladder", "button", "kettle", "orange", "pencil")
# Fields that hold ids and links, not prose: never swapped.
NOT_PROSE = {"topic", "band", "ref", "related", "next", "slug", "ages", "goals", "topics"}


# --- helpers -------------------------------------------------------------------------------------


def problems_in(root: Path) -> list[Problem]:
    library, read = read_library(root)
    assert read == [], read  # the edits below keep every file valid: only quality should complain
    return quality_problems(library) + story_pick_problems(library)


def edit_yaml(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")


def write_story_body(path: Path, body: str) -> None:
    head, _ = split_front_matter(path.read_text(encoding="utf-8"))
    path.write_text(f"---{head}\n---\n{body}\n", encoding="utf-8")


def edit_story_head(path: Path, change) -> None:
    head, body = split_front_matter(path.read_text(encoding="utf-8"))
    data = yaml.safe_load(head)
    change(data)
    path.write_text("---\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)
                    + f"---\n{body}", encoding="utf-8")


def words_of(text: str, count: int) -> str:
    """`count` words of text, repeated as needed, ending with a full stop."""
    words = text.split()
    out = (words * (count // len(words) + 1))[:count]
    return " ".join(out).rstrip(".,") + "."


def swap_words(text: str, rng: random.Random, fraction: float, every_fifth: bool = False) -> str:
    """text with `fraction` of its words replaced by other (real) words: at random positions, or at
    every fifth word (the worst case for long shingles: no 5-word run survives)."""
    words = text.split()
    if every_fifth:
        positions = range(0, len(words), 5)
    else:
        positions = rng.sample(range(len(words)), round(fraction * len(words)))
    for index in positions:
        words[index] = rng.choice(SWAP_WORDS)
    return " ".join(words)


def swap_prose(data, rng: random.Random, fraction: float, every_fifth: bool = False):
    """Every prose string in a parsed guide or story head, with words swapped."""
    if isinstance(data, dict):
        return {k: v if k in NOT_PROSE else swap_prose(v, rng, fraction, every_fifth) for k, v in data.items()}
    if isinstance(data, list):
        return [swap_prose(item, rng, fraction, every_fifth) for item in data]
    if isinstance(data, str):
        return swap_words(data, rng, fraction, every_fifth)
    return data


def about(problems: list[Problem], file: str, field: str | None = None, text: str = "") -> list[Problem]:
    return [p for p in problems if p.file == file and (field is None or p.field == field) and text in p.expected]


# --- the shipped library -------------------------------------------------------------------------


def test_shipped_library_passes_every_quality_check():
    assert problems_in(SHIPPED) == []


def test_shipped_config_is_valid_and_covers_every_band():
    config, problems = load_config()
    assert problems == []
    assert config.reading_level.formula == "automated_readability_index"
    assert set(config.story_words) == {"toddler", "preschool", "school-age", "teen"}


def test_inara_check_runs_the_quality_checks_and_passes_the_shipped_library(tmp_path):
    done = run_inara("check", db=tmp_path / "index.db")
    assert done.returncode == 0, done.stderr
    assert "no problems" in done.stdout


def test_inara_check_lists_a_quality_problem_and_exits_1(library_copy, tmp_path):
    hook = library_copy / "guides" / "picky-eating" / "toddler.yaml"
    edit_yaml(hook, lambda g: g.update(hook=g["hook"].replace("You made the pasta", "You maed the pasta")))
    done = run_inara("--library", str(library_copy), "check", db=tmp_path / "index.db")
    assert done.returncode == 1
    assert "guides/picky-eating/toddler.yaml: hook: a word in the dictionary" in done.stderr
    assert "'maed'" in done.stderr


def test_checking_includes_quality_but_loading_a_library_to_serve_it_does_not(library_copy):
    path = library_copy / "stories" / "parking-the-worries.md"
    write_story_body(path, words_of(split_front_matter(path.read_text(encoding="utf-8"))[1], 100))
    library, _ = read_library(library_copy)
    assert about(check(library_copy).problems, "stories/parking-the-worries.md", "text", "got 100")
    assert check_library(library) == []
    load_library(library_copy)  # editorial problems do not stop the library from being served


def test_the_reading_check_does_not_import_nltk():
    """textstat 0.7.9+ imports NLTK (and SciPy) and downloads a corpus on first use: too slow and
    not offline. pyproject.toml pins a textstat that does neither; this keeps it that way."""
    code = (
        "import sys\n"
        "from inara.content.loader import read_library\n"
        "from inara.content.quality import quality_problems\n"
        "assert quality_problems(read_library()[0]) == []\n"
        "print(sorted(m for m in ('nltk', 'scipy') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# --- 1 and 2. reading level and length of stories; reading level of scripts ----------------------


def test_a_toddler_story_of_1500_words_of_grade_10_prose_is_caught(library_copy):
    path = library_copy / "stories" / "dosa-is-coming.md"  # ages 1-3
    write_story_body(path, "Anu " + words_of(GRADE_10, 1499))  # the hero is still named: only level and length are wrong
    problems = problems_in(library_copy)
    level = about(problems, "stories/dosa-is-coming.md", "text", "reading level for a toddler story")
    length = about(problems, "stories/dosa-is-coming.md", "text", "120 to 700 words for a toddler story")
    assert len(level) == 1 and len(length) == 1, problems
    assert "got 1500" in length[0].expected
    assert set(problems) == {level[0], length[0]}


def test_a_school_age_story_of_100_words_is_caught(library_copy):
    path = library_copy / "stories" / "parking-the-worries.md"  # ages 8-10
    body = split_front_matter(path.read_text(encoding="utf-8"))[1]
    write_story_body(path, words_of(body, 100))
    problems = problems_in(library_copy)
    assert [str(p) for p in problems] == [
        "stories/parking-the-worries.md: text: 600 to 1800 words for a school-age story (youngest age 8), got 100"
    ]


def test_toddler_scripts_written_for_adults_are_caught(library_copy):
    path = library_copy / "guides" / "transitions" / "toddler.yaml"

    def adult(guide):
        for strategy, script in zip(guide["strategies"], ADULT_SCRIPTS):
            strategy["script"] = script

    edit_yaml(path, adult)
    problems = problems_in(library_copy)
    found = about(problems, "guides/transitions/toddler.yaml", "strategies.script",
                  "scripts a child in the toddler band can follow")
    assert len(found) == 1, problems
    assert problems == found


def test_thresholds_come_from_the_config_file(tmp_path):
    """Tighten one range in a copy of quality.yaml: the shipped stories that no longer fit are reported."""
    config = yaml.safe_load(CONFIG_PATH.read_text(encoding="utf-8"))
    config["story_words"]["school-age"] = [600, 1000]
    config["spelling"]["words"] = str(CONFIG_PATH.parent / "words.txt")
    path = tmp_path / "quality.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    library, _ = read_library(SHIPPED)
    problems = quality_problems(library, config_path=path)
    assert problems and all("600 to 1000 words for a school-age story" in p.expected for p in problems)
    assert "stories/the-taste-detective.md" not in {p.file for p in problems}  # 900 words: still fits


def test_a_broken_config_is_reported_not_raised(tmp_path):
    path = tmp_path / "quality.yaml"
    config = yaml.safe_load(CONFIG_PATH.read_text(encoding="utf-8"))
    del config["story_words"]["teen"]
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    problems = quality_problems(read_library(SHIPPED)[0], config_path=path)
    assert len(problems) == 1 and problems[0].field == "story_words"
    assert "teen" in problems[0].expected


# --- 3. near-duplicates --------------------------------------------------------------------------


def test_shared_counts_are_the_intersections_of_every_pair():
    """The near-copy check counts shared shingles by a matrix product, a block of items at a time:
    the counts of plain set intersections, whatever the block size, for sets of any overlap."""
    rng = random.Random(13)
    for _ in range(300):
        sets = [set(rng.sample(range(40), rng.randint(0, 25))) for _ in range(rng.randint(0, 7))]
        counts = shared_counts(sets, block=rng.choice([1, 3, 4096]))
        assert [[int(counts[i, j]) for j in range(len(sets)) if j != i] for i in range(len(sets))] == \
               [[len(a & b) for j, b in enumerate(sets) if j != i] for i, a in enumerate(sets)], sets


@pytest.mark.parametrize("every_fifth", [False, True], ids=["20%-at-random", "every-fifth-word"])
def test_a_guide_copied_into_another_band_with_20_percent_of_words_swapped_is_caught(library_copy, every_fifth):
    source = library_copy / "guides" / "transitions" / "toddler.yaml"
    target = library_copy / "guides" / "transitions" / "preschool.yaml"
    guide = yaml.safe_load(source.read_text(encoding="utf-8"))
    copy = swap_prose(guide, random.Random(7), 0.2, every_fifth)
    copy["band"] = "preschool"
    copy["next"] = "transitions/school-age"
    copy["related"] = [link.replace("/toddler", "/preschool") for link in guide["related"]]
    target.write_text(yaml.safe_dump(copy, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")

    problems = problems_in(library_copy)
    copies = [p for p in problems if "near-copy" in p.expected]
    assert len(copies) == 1, problems
    assert copies[0].file == "guides/transitions/preschool.yaml"
    assert "guides/transitions/toddler.yaml" in copies[0].expected  # both files named
    config, _ = load_config()
    score = float(re.search(r"containment ([0-9.]+)", copies[0].expected)[1])
    assert score >= config.near_duplicates.threshold


def test_a_story_copied_with_20_percent_of_words_swapped_is_caught(library_copy):
    source = library_copy / "stories" / "the-taste-detective.md"
    head, body = split_front_matter(source.read_text(encoding="utf-8"))
    rng = random.Random(3)
    data = swap_prose(yaml.safe_load(head), rng, 0.2)
    data["slug"] = "the-flavour-detective"
    text = "\n\n".join(swap_words(paragraph, rng, 0.2) for paragraph in body.strip().split("\n\n"))
    (library_copy / "stories" / "the-flavour-detective.md").write_text(
        "---\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000) + f"---\n{text}\n",
        encoding="utf-8",
    )
    problems = [p for p in problems_in(library_copy) if "near-copy" in p.expected]
    assert len(problems) == 1
    assert problems[0].file == "stories/the-flavour-detective.md"
    assert "stories/the-taste-detective.md" in problems[0].expected


def test_swapping_is_not_a_copy_when_most_of_the_words_change(library_copy):
    """The other side of the threshold: with 60% of the words swapped, little prose survives."""
    source = library_copy / "guides" / "transitions" / "toddler.yaml"
    target = library_copy / "guides" / "transitions" / "preschool.yaml"
    guide = yaml.safe_load(source.read_text(encoding="utf-8"))
    copy = swap_prose(guide, random.Random(7), 0.6)
    copy.update(band="preschool", next="transitions/school-age",
                related=[link.replace("/toddler", "/preschool") for link in guide["related"]])
    target.write_text(yaml.safe_dump(copy, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")
    assert not [p for p in problems_in(library_copy) if "near-copy" in p.expected]


# --- 4. stories for every guide ------------------------------------------------------------------


def test_a_guide_left_with_one_story_is_caught(library_copy):
    from inara.compose.stories import pick_stories

    library, _ = read_library(library_copy)
    guide = library.guides["conflict-resolution/school-age"]
    picks = pick_stories(library, guide, limit=100)
    assert len(picks) >= 2
    for pick in picks[1:]:  # leave it one story
        (library_copy / "stories" / f"{pick.story.slug}.md").unlink()
    problems = problems_in(library_copy)
    found = about(problems, "guides/conflict-resolution/school-age.yaml", "stories", "at least 2 stories")
    assert len(found) == 1, problems
    assert found[0].expected.endswith("got 1")


def test_bands_without_any_story_are_not_asked_for_stories(library_copy):
    """No story is written for teens, so teen guides are not reported; nor is any guide once the
    library has no stories for its band."""
    for path in (library_copy / "stories").glob("*.md"):
        low = yaml.safe_load(split_front_matter(path.read_text(encoding="utf-8"))[0])["ages"][0]
        high = yaml.safe_load(split_front_matter(path.read_text(encoding="utf-8"))[0])["ages"][1]
        if high >= 6:
            path.unlink()
    problems = problems_in(library_copy)
    assert not [p for p in problems if p.field == "stories" and ("school-age" in p.file or "teen" in p.file)]


# --- 5. spelling ---------------------------------------------------------------------------------


def test_misspellings_are_caught_in_guides_stories_topics_and_references(library_copy):
    edit_yaml(library_copy / "guides" / "picky-eating" / "toddler.yaml",
              lambda g: g["strategies"][0].update(why=g["strategies"][0]["why"] + " It works becuase it is calm."))
    story = library_copy / "stories" / "dosa-is-coming.md"
    head, body = split_front_matter(story.read_text(encoding="utf-8"))
    story.write_text(f"---{head}\n---\n{body.strip()} The end of the storry.\n", encoding="utf-8")
    edit_story_head(story, lambda s: s.update(synopsis=s["synopsis"] + " A freind comes too."))
    edit_yaml(library_copy / "topics" / "picky-eating.yaml",
              lambda t: t.update(description=t["description"] + " Meals become a batle."))
    edit_yaml(library_copy / "references" / "birch-marlin-1982-exposure.yaml",
              lambda r: r.update(finding=r["finding"] + " The efect was large."))

    problems = problems_in(library_copy)
    assert {(p.file, p.field, re.search(r"got '([^']+)'", p.expected)[1]) for p in problems} == {
        ("guides/picky-eating/toddler.yaml", "strategies.0.why", "becuase"),
        ("stories/dosa-is-coming.md", "text", "storry"),
        ("stories/dosa-is-coming.md", "synopsis", "freind"),
        ("topics/picky-eating.yaml", "description", "batle"),
        ("references/birch-marlin-1982-exposure.yaml", "finding", "efect"),
    }


def test_typos_in_topic_examples_are_allowed(library_copy):
    """Examples imitate what parents type, typos and all: the spelling check leaves them alone."""
    edit_yaml(library_copy / "topics" / "picky-eating.yaml",
              lambda t: t["examples"].append("my 3yo wont eat nothign but pasta, is this normall??"))
    assert problems_in(library_copy) == []


def test_unknown_parts_of_hyphenated_words_and_words_split_over_lines_are_caught(library_copy):
    def change(guide):
        guide["hook"] += " She is a real snak-lover."
        guide["closing"] += " Keep meals low-\n  pressure."

    edit_yaml(library_copy / "guides" / "picky-eating" / "toddler.yaml", change)
    problems = problems_in(library_copy)
    assert [(p.field, p.expected.split(" (")[0]) for p in problems] == [
        ("hook", "a word in the dictionary or a word list"),
        ("closing", "a hyphenated word on one line, got 'low-' at the end of a line, then 'pressure'"),
    ]
    assert "got 'snak' in 'snak-lover'" in problems[0].expected


def test_names_and_british_spellings_come_from_the_word_list(library_copy):
    """A new character, missing from words.txt, is reported; a listed one (Kofi) and British
    spellings (behaviour, colour) are not."""
    story = library_copy / "stories" / "the-taste-detective.md"
    head, body = split_front_matter(story.read_text(encoding="utf-8"))
    story.write_text(f"---{head}\n---\n{body.strip()} Kofi and Zebediah liked the colour.\n", encoding="utf-8")
    problems = problems_in(library_copy)
    assert [(p.file, p.field) for p in problems] == [("stories/the-taste-detective.md", "text")]
    assert "got 'zebediah'" in problems[0].expected


# --- 6. orphan guides ----------------------------------------------------------------------------


def remove_links_to(root: Path, target: str) -> None:
    """Take target out of every guide's related and next."""
    def unlink(guide):
        guide["related"] = [link for link in guide.get("related", []) if link != target]
        if guide.get("next") == target:
            guide.pop("next")

    for path in (root / "guides").glob("*/*.yaml"):
        if target in path.read_text(encoding="utf-8"):  # a guide that never names it cannot link to it
            edit_yaml(path, unlink)


def test_a_guide_no_other_guide_links_to_is_caught(library_copy):
    remove_links_to(library_copy, "fear-of-the-dark/toddler")
    problems = problems_in(library_copy)
    assert [str(p) for p in problems] == [
        "guides/fear-of-the-dark/toddler.yaml: related: a link to this guide from at least one other guide's "
        "related or next (no guide links here)"
    ]


def test_a_link_from_a_guide_to_itself_does_not_count(library_copy):
    remove_links_to(library_copy, "fear-of-the-dark/toddler")
    edit_yaml(library_copy / "guides" / "fear-of-the-dark" / "toddler.yaml",
              lambda g: g.update(next="fear-of-the-dark/toddler"))
    problems = [p for p in problems_in(library_copy) if p.field == "related"]
    assert [p.file for p in problems] == ["guides/fear-of-the-dark/toddler.yaml"]
