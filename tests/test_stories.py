"""Stories read right (issue 11, item 5): a child's name and pronouns in place of the main
character's, checked over every story and every pronoun set; the marks that make it possible are
validated by the content model; an age past the stories gets a sentence and the guides.

The checks here do not reuse the code they test: they compare the personalised text word by word
with the story as written, and count pronouns, so a change that misses a mark, changes another
character or loses a capital fails."""

from __future__ import annotations

import re

import pytest

from inara.compose.personalise import personalise
from inara.content.marks import MARK
from inara.compose.stories import past_the_stories
from inara.content.loader import read_library

from .conftest import SHIPPED
from .test_check import edit_story

LIBRARY, _ = read_library(SHIPPED)
STORIES = sorted(LIBRARY.stories)
PRONOUNS = ("she", "he", "they")
WORDS = {  # each pronoun set's words, written out here rather than taken from the module under test
    "she": {"she", "her", "hers", "herself"},
    "he": {"he", "him", "his", "himself"},
    "they": {"they", "them", "their", "theirs", "themselves"},
}
TOKEN = re.compile(r"\{[^}]+\}(?:['’]\w+)?|[\w'’-]+")
SINGULAR = {"is", "was", "has", "does", "isn't", "wasn't", "hasn't", "doesn't", "goes"}
NOT_A_VERB = {"always", "sometimes", "perhaps", "afterwards"}
NAME = "Ada"


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def count(words: set[str], text: str) -> int:
    return sum(1 for word in re.findall(r"[a-z]+", text.lower()) if word in words)  # "she's" counts as "she"


def hero_pronoun_marks(story) -> int:
    return sum(1 for m in MARK.finditer(story.marked_text) if m.group(1).lower() in set().union(*WORDS.values()))


@pytest.mark.parametrize("slug", STORIES)
def test_every_story_names_its_hero_and_marks_their_pronouns(slug):
    story = LIBRARY.stories[slug]
    assert story.hero.name in story.text
    assert story.characters[0].startswith(story.hero.name), "the hero is the first character listed"
    assert hero_pronoun_marks(story) >= 1, "a story with no marked pronoun cannot change them"
    assert "{" not in story.text and "}" not in story.text, "readers never see the marks"
    assert personalise(story) == story.text, "the story's own name and pronouns give the text as written"


@pytest.mark.parametrize("pronouns", PRONOUNS)
@pytest.mark.parametrize("slug", STORIES)
def test_name_and_pronouns_change_the_hero_and_no_one_else(slug, pronouns):
    story = LIBRARY.stories[slug]
    was = story.hero.pronouns
    text = personalise(story, NAME, pronouns)
    before, after = tokens(story.text), tokens(text)
    assert len(before) == len(after), "one word in, one word out"

    # Which words may change: the marked ones, the hero's names, and (with a change of number)
    # the verb just after or just before a marked subject.
    marked = tokens(story.marked_text)
    hero_at = {i for i, tok in enumerate(marked) if tok.startswith("{")}
    names = {story.hero.name, *story.hero.nicknames}
    name_at = {i for i, tok in enumerate(before) if re.sub(r"['’]s$", "", tok) in names}
    subjects = {i for i in hero_at if marked[i].strip("{}").split(":")[0].lower() in {"she", "he", "they"}}
    verbs = {j for i in subjects for j in (i - 1, i + 1, i + 2)} if (was == "they") != (pronouns == "they") else set()
    for i, (old, new) in enumerate(zip(before, after)):
        if old != new:
            assert i in hero_at | name_at | verbs, f"word {i} '{old}' became '{new}': not the hero's"
        assert old[0].isupper() == new[0].isupper(), f"word {i} '{old}' became '{new}': capital lost or added"

    # Every marked pronoun is now in the new set, and only the hero's: the other characters keep theirs.
    marks = hero_pronoun_marks(story)
    if pronouns != was:
        assert count(WORDS[was], text) == count(WORDS[was], story.text) - marks, "a pronoun of the hero was left"
        assert count(WORDS[pronouns], text) == count(WORDS[pronouns], story.text) + marks
    assert not any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text) for n in names), "an old name was left"
    assert NAME in text

    # "they" takes a plural verb, in statements and questions.
    if pronouns == "they":
        for i in subjects:
            nxt = after[i + 1].lower() if i + 1 < len(after) else ""
            assert nxt not in SINGULAR, f"'{after[i]} {after[i + 1]}'"
            assert not (nxt.endswith("s") and nxt not in NOT_A_VERB and len(nxt) > 3 and not nxt.endswith("ss")), \
                f"'{after[i]} {after[i + 1]}' keeps a singular verb"
            assert not after[i].lower().startswith("they's")
        question = re.compile(r"\b(is|was|has|does|isn't|wasn't|hasn't|doesn't) they\b", re.IGNORECASE)
        assert len(question.findall(text)) == len(question.findall(story.text)), "'is they?' in a question"


def test_a_worked_example_reads_right():
    story = LIBRARY.stories["bath-book-song-goodnight"]  # present tense, a baby sister, "his" and "her"
    she = personalise(story, "Ada", "she")
    they = personalise(story, "Ada", "they")
    assert "Ada has a new baby sister. Her name is Adaeze." in she  # the sister keeps her own pronouns
    assert "Daddy carries Ada to her own bed, in her own room, with her own blue blanket." in she
    assert "Daddy reads in his slow, low voice." in she  # Daddy keeps his
    assert "Ada chooses. They always choose." in they
    assert "Mummy sings. Soft and slow. Ada leans on her arm. Their eyes feel heavy." in they


def test_nicknames_change_with_the_name():
    story = LIBRARY.stories["the-door-stays-open"]
    assert {"Zosia", "Zof"} <= set(story.hero.nicknames)
    text = personalise(story, "Ada", "he")
    assert "Zosia" not in text and "Zof" not in text and '"Ada?" Tata\'s voice.' in text


@pytest.mark.parametrize("pronouns", ["", "it", "she/her/hers/x", "xe"])
def test_unknown_pronouns_are_refused(pronouns):
    from inara.errors import BadInput

    with pytest.raises(BadInput, match="she, he or they"):
        personalise(LIBRARY.stories[STORIES[0]], None, pronouns)


# --- the marks are validated by the content model, with file, field and what was expected -------

@pytest.mark.parametrize("change, field, says", [
    (lambda d, body: (d.pop("hero"), body), "hero", "a value (this field is required)"),
    (lambda d, body: (d["hero"].update(pronouns="xe"), body), "hero.pronouns", "one of 'she', 'he' or 'they'"),
    (lambda d, body: (d["hero"].update(name="Nobody"), body), "text", "the hero's name 'Nobody' somewhere in the text"),
    (lambda d, body: (None, body.replace("{She}", "{He}", 1)), "text", "{He} is not a she word"),
    (lambda d, body: (None, body.replace("{She}", "{Shee}", 1)), "text", "{Shee} is not a word the braces can mark"),
    (lambda d, body: (None, body.replace("{her}", "{her:own}", 1)), "text", "{her:own} is written {hers}"),
    (lambda d, body: (None, body + "\nA stray { here.\n"), "text", "a '{' or '}' that is not part of a mark"),
])
def test_broken_marks_are_reported_with_file_and_field(library_copy, change, field, says):
    from inara.content.loader import split_front_matter
    import yaml

    path = library_copy / "stories" / "aiko-and-the-sock-puppet.md"
    head, body = split_front_matter(path.read_text(encoding="utf-8"))
    data = yaml.safe_load(head)
    _, new_body = change(data, body)
    front = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    path.write_text(f"---\n{front}---\n{new_body}", encoding="utf-8")
    _, problems = read_library(library_copy)
    found = [str(p) for p in problems]
    assert any(p.startswith(f"stories/aiko-and-the-sock-puppet.md: {field}: ") and says in p for p in found), found


def test_a_marked_pronoun_names_its_line(library_copy):
    path = library_copy / "stories" / "aiko-and-the-sock-puppet.md"
    text = path.read_text(encoding="utf-8")
    body = text.split("\n---\n", 1)[1]
    line = body[:body.index("{She}")].count("\n") + 1  # lines are counted in the story text
    path.write_text(text.replace("{She}", "{He}", 1), encoding="utf-8")
    _, problems = read_library(library_copy)
    assert any("{He} is not a she word" in str(p) and f"line {line}" in str(p) for p in problems), problems


# --- ages past the stories ---------------------------------------------------------------------

@pytest.mark.parametrize("age, bands", [(11, ["school-age", "teen"]), (12.5, ["school-age", "teen"]),
                                        (13, ["teen"]), (17, ["teen"])])
def test_an_age_past_the_stories_gets_a_sentence_and_the_guides(age, bands):
    past = past_the_stories(LIBRARY, age)
    assert past is not None and "0 stories" not in past["message"]
    assert f"{int(age)}-year-old" in past["message"] and "up to 10" in past["message"]
    assert [g["band"] for g in past["guides"]] == bands


@pytest.mark.parametrize("age", [None, 1, 4, 10, 10.9])
def test_ages_with_stories_get_no_such_sentence(age):
    assert past_the_stories(LIBRARY, age) is None


def test_cli_story_takes_pronouns(cli_no_model):
    import json

    out = cli_no_model("story", "bye-bye-digger", "--name", "Leo", "--pronouns", "he", "--format", "json")
    text = json.loads(out.stdout)["story"]["text"]  # the shape of /api/stories/{slug}
    assert '"NO!" says Leo. His face goes red. He kicks his feet.' in text
    plain = cli_no_model("story", "bye-bye-digger", "--pronouns", "they", "--format", "markdown")
    assert "Pua cries and cries." in plain.stdout and "They kick their feet." in plain.stdout
    bad = cli_no_model("story", "bye-bye-digger", "--pronouns", "it")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr


def test_cli_stories_past_the_oldest_age(cli_no_model):
    out = cli_no_model("stories", "--age", "14")
    assert out.returncode == 0 and out.stdout == ""
    assert "none for a 14-year-old" in out.stderr and "--band teen" in out.stderr
    assert "No stories match" not in out.stderr


@pytest.mark.parametrize("pronouns", ["she", "he", "they"])
def test_titles_follow_the_pronouns_chosen(library, pronouns):
    """A title's gendered word for the main character ("The Boy Who...") follows the pronouns;
    every other word of every title stays as written."""
    from inara.compose.personalise import personalise_title

    gendered = {"girl": "she", "boy": "he", "child": "they"}
    changed = 0
    for story in library.stories.values():
        title = personalise_title(story, pronouns)
        before, after = story.title.split(), title.split()
        assert len(before) == len(after), (story.slug, title)
        for was, now in zip(before, after):
            if was != now:
                changed += 1
                assert gendered.get(was.lower()) == story.hero.pronouns, (story.slug, was, now)
                assert now[0].isupper() == was[0].isupper()
        if pronouns != story.hero.pronouns:
            assert not ({w.lower() for w in after} & {w for w, p in gendered.items() if p == story.hero.pronouns}), title
    assert changed or pronouns == "he"  # two titles say "Boy": they change for she and they


def test_a_personalised_story_shows_its_title_in_the_pronouns_chosen(inara):
    data = inara.story_data("the-boy-who-held-the-ball-bag", "Maya", "she")
    assert data["story"]["title"] == "The Girl Who Held the Ball Bag"
