"""One door per input: the same mistake gets the same sentence and status from the CLI and the
web, whatever else the question holds; one JSON shape per resource from both; and `inara ask`
renders through the one render layer, so every format shows what the web page shows.

The CLI runs in process (click's CliRunner) over the session's Inara; the web is a real server."""

from __future__ import annotations

import json
import shutil

import httpx
import pytest
from click.testing import CliRunner

from inara import render
from inara.cli import cli

CLOSE_CALL = ("My five year old lost her grandpa last month. She cries at bedtime but when I sit on her bed she "
              "turns to the wall and says go away. I don't want to leave her alone with it but I also don't want "
              "to force myself on her. She was very close to him.")
URGENT = "my 4 year old swallowed a button battery ten minutes ago"


@pytest.fixture(scope="session")
def run(inara):
    def invoke(*args: str):
        return CliRunner().invoke(cli, list(args), obj={"inara": inara})
    return invoke


@pytest.fixture(scope="session")
def client(server):
    with httpx.Client(base_url=server.url, timeout=60) as http:
        yield http


@pytest.mark.parametrize("text, age, voice, says", [
    ("my 4yo bites at nursery", None, "pirate", "'pirate' is not a voice"),
    (URGENT, None, "pirate", "'pirate' is not a voice"),  # checked before screening: urgent answers too
    ("my son bites at nursery", "abc", "warm", "'abc' is not an age"),
    ("my son bites at nursery", "200", "warm", "outside"),
    ("   ", None, "warm", "the question is empty"),
])
def test_a_mistake_gets_one_sentence_and_status_from_every_door(run, client, text, age, voice, says):
    body = {"text": text, "voice": voice} | ({"age": age} if age is not None else {})
    response = client.post("/api/ask", json=body)
    assert response.status_code == 422, response.text
    sentence = response.json()["error"]
    assert says in sentence
    form = client.post("/ask", data={"q": text, "age": age or "", "voice": voice})
    assert form.status_code == 422
    done = run("ask", text, *(["--age", age] if age is not None else []), "--voice", voice)
    assert done.exit_code == 1, done.output
    assert done.output.strip() == f"Error: {sentence}"


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html", "transcript", "json"])
def test_ask_shows_the_close_second_topic_in_every_format(run, inara, fmt):
    answer = inara.ask(CLOSE_CALL)
    assert answer.match.outcome == "close-call" and answer.alternative, answer.match.as_dict()
    done = run("ask", "--format", fmt, CLOSE_CALL)
    assert done.exit_code == 0, done.output
    width = shutil.get_terminal_size().columns  # what the CLI lays the terminal format out to
    assert done.output.rstrip("\n") == render.answer(answer, fmt, width=width).rstrip("\n")
    assert answer.alternative["title"] in done.output.replace("&#39;", "'").replace('\\"', '"')


def test_the_story_list_has_one_shape(run, client):
    done = run("stories", "--age", "4", "--goal", "waiting", "--json")
    assert done.exit_code == 0, done.output
    api = client.get("/api/stories", params={"age": "4", "goal": "waiting"}).json()
    assert json.loads(done.output) == api
    assert api["stories"] and {"slug", "title", "ages", "goals", "topics", "synopsis"} <= set(api["stories"][0])


def test_a_story_and_a_guide_have_one_shape(run, client, inara):
    slug = next(iter(inara.library.stories))
    done = run("story", slug, "--format", "json")
    assert json.loads(done.output) == client.get(f"/api/stories/{slug}").json()
    done = run("guide", "picky-eating", "--band", "toddler", "--format", "json")
    api = client.get("/api/guides/picky-eating/toddler").json()
    assert json.loads(done.output) == api and api["transcript"]
