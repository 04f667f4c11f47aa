"""An emergency that only a trained reading found can be set aside by a parent who says no one is in
danger right now: the help stays first and the guide follows. One a rule found never can."""

from __future__ import annotations

import json

import httpx
import pytest

from inara.matching.safety import Finding, combine, set_aside_text

# A sideways fear of harming a baby: an emergency the safety classifier reads and no rule names (if a
# rule ever does, these tests say so first, in test_the_sideways_fear_is_found_by_a_trained_reading_alone).
# A fear only a trained reading finds (no rule names it), in a question a guide answers once it is set aside.
SIDEWAYS = "He still wakes every hour at night and I'm so touched out. Last night I kept picturing dropping him over the balcony"
BATTERY = "my son swallowed a button battery"
ORDINARY = "My 3-year-old screams 'go away' when I try to hug her after she falls"
OFFER, DONE = set_aside_text("en", "offer"), set_aside_text("en", "done")


# --- what the screen's result says, without a model ----------------------------------------------------

def test_a_trained_reading_alone_can_be_set_aside_and_a_rule_cannot():
    alone = combine([Finding("urgent", "parent-may-harm", "classifier:parent-may-harm")])
    assert alone.level == "urgent" and not alone.urgent_by_rule and alone.can_set_aside
    for source in ("judge:neglect", "semantic:neglect", "re-read:past"):
        assert combine([Finding("urgent", "neglect", source)]).can_set_aside, source
    ruled = combine([Finding("urgent", "poisoning", "swallowed-battery"),
                     Finding("urgent", "parent-may-harm", "classifier:parent-may-harm")])
    assert ruled.urgent_by_rule and not ruled.can_set_aside
    # a rule's see-professional finding beside a trained reading's emergency does not make it a rule's
    mixed = combine([Finding("see-professional", "anxiety-mood-ocd", "worry-rule"),
                     Finding("urgent", "neglect", "judge:neglect")])
    assert mixed.can_set_aside
    assert not combine([Finding("see-professional", "anxiety-mood-ocd", "classifier:anxiety-mood-ocd")]).can_set_aside
    # a swallowing can look fine for hours: a parent's "no one is in danger" does not answer it
    assert not combine([Finding("urgent", "poisoning", "classifier:poisoning")]).can_set_aside
    assert not combine([Finding("urgent", "poisoning", "classifier:poisoning"),
                        Finding("urgent", "neglect", "judge:neglect")]).can_set_aside
    assert not combine([]).can_set_aside
    assert alone.as_dict()["can_set_aside"] is True and alone.as_dict()["set_aside"] is False


def test_the_answer_page_offers_it_with_what_was_typed_escaped():
    from inara.compose.answer import Answer
    from inara.matching.matcher import MatchResult
    from inara.render.html import answer_page

    safety = combine([Finding("urgent", "parent-may-harm", "classifier:parent-may-harm")])
    answer = Answer(MatchResult(1.0, "toddler", True, safety), None)
    evil = '"><script>alert(1)</script>'
    page = answer_page(answer, standalone=False, form={"q": f"balcony {evil}", "age": evil})
    assert 'name="safe_now" value="1"' in page and set_aside_text("en", "button") in page
    assert evil not in page and "&lt;script&gt;" in page  # kept for the second post, escaped
    ruled = Answer(MatchResult(3.0, "toddler", True, combine([Finding("urgent", "poisoning", "swallowed-battery")])), None)
    assert "safe_now" not in answer_page(ruled, standalone=False, form={"q": BATTERY, "age": ""})


# --- the library ---------------------------------------------------------------------------------------

def test_the_sideways_fear_is_found_by_a_trained_reading_alone(inara):
    answer = inara.ask(SIDEWAYS, 1)
    assert answer.kind == "urgent" and answer.guide is None and answer.match.topics == []
    safety = answer.match.safety
    assert safety.category == "parent-may-harm"
    assert safety.can_set_aside, f"a rule now names this emergency ({safety.rules}): choose another phrasing"


def test_set_aside_keeps_the_help_first_and_adds_the_guide(inara):
    before = inara.ask(SIDEWAYS, 1).match.safety
    answer = inara.ask(SIDEWAYS, 1, safe_now=True)
    safety = answer.match.safety
    assert answer.kind == "referral-and-guide" and answer.guide is not None
    assert safety.level == "urgent" and safety.set_aside and not safety.can_set_aside
    assert safety.categories == before.categories and safety.message == before.message  # the same help
    assert answer.guide.guide.band == "toddler"


def test_an_emergency_a_rule_found_is_never_set_aside(inara):
    answer = inara.ask(BATTERY, 3, safe_now=True)
    assert answer.kind == "urgent" and answer.guide is None and answer.match.topics == []
    assert not answer.match.safety.set_aside and not answer.match.safety.can_set_aside


def test_safe_now_changes_nothing_for_an_ordinary_question(inara):
    plain, told = inara.ask(ORDINARY, 3), inara.ask(ORDINARY, 3, safe_now=True)
    assert told.kind == plain.kind == "guide"
    assert told.guide.guide.key == plain.guide.guide.key and not told.match.safety.set_aside


def test_every_format_puts_the_help_before_the_guide(inara):
    from inara import render

    urgent, told = inara.ask(SIDEWAYS, 1), inara.ask(SIDEWAYS, 1, safe_now=True)
    title = told.guide.guide.title
    markdown = render.answer(told, "markdown")
    assert markdown.index("Please get help now") < markdown.index(DONE) < markdown.index(title)
    assert OFFER in render.answer(urgent, "markdown") and title not in render.answer(urgent, "markdown")
    spoken = render.answer(told, "transcript")
    assert spoken.index(urgent.match.safety.categories[0]["do_now"]) < spoken.index(DONE)
    assert OFFER not in render.answer(urgent, "transcript")  # the spoken help is the help alone
    assert OFFER not in render.answer(inara.ask(BATTERY, 3), "markdown")


# --- the CLI, the API and the page ----------------------------------------------------------------------

def test_cli_safe_now(cli):
    urgent = cli("ask", "--age", "1", "--format", "markdown", SIDEWAYS)
    assert urgent.returncode == 2 and OFFER in urgent.stdout and "--safe-now" in urgent.stdout
    told = cli("ask", "--age", "1", "--format", "json", "--safe-now", SIDEWAYS)
    assert told.returncode == 0, told.stderr
    data = json.loads(told.stdout)
    assert data["kind"] == "referral-and-guide" and data["guide"] is not None
    assert data["match"]["safety"]["level"] == "urgent" and data["match"]["safety"]["set_aside"] is True
    matched = json.loads(cli("match", "--age", "1", "--json", "--safe-now", SIDEWAYS).stdout)
    assert matched["safety"]["set_aside"] is True and matched["topics"]
    battery = cli("ask", "--age", "3", "--format", "json", "--safe-now", BATTERY)
    assert battery.returncode == 2 and json.loads(battery.stdout)["kind"] == "urgent"


def test_api_safe_now(server):
    with httpx.Client(base_url=server.url, timeout=60) as http:
        plain = http.post("/api/ask", json={"text": SIDEWAYS, "age": 1}).json()
        assert plain["kind"] == "urgent" and plain["match"]["safety"]["can_set_aside"] is True
        told = http.post("/api/ask", json={"text": SIDEWAYS, "age": 1, "safe_now": True}).json()
        assert told["kind"] == "referral-and-guide" and told["match"]["safety"]["set_aside"] is True
        assert told["guide"]["band"] == "toddler"
        battery = http.post("/api/ask", json={"text": BATTERY, "age": 3, "safe_now": True}).json()
        assert battery["kind"] == "urgent" and battery["match"]["topics"] == []
        matched = http.post("/api/match", json={"text": SIDEWAYS, "age": 1, "safe_now": True}).json()
        assert matched["safety"]["set_aside"] is True and matched["topics"]
        assert http.post("/api/match", json={"text": SIDEWAYS, "age": 1}).json()["topics"] == []
        bad = http.post("/api/ask", json={"text": SIDEWAYS, "safe_now": "perhaps"})
        assert bad.status_code == 422 and bad.headers["content-type"].startswith("application/json")


def test_web_form_posts_safe_now(server):
    with httpx.Client(base_url=server.url, timeout=60) as http:
        page = http.post("/ask", data={"q": SIDEWAYS, "age": "1"}).text
        assert 'name="safe_now"' in page and "Please get help now" in page and 'class="guide' not in page
        told = http.post("/ask", data={"q": SIDEWAYS, "age": "1", "safe_now": "1"}).text
        assert told.index("Please get help now") < told.index(DONE) < told.index('id="guide-title"')
        battery = http.post("/ask", data={"q": BATTERY, "age": "3", "safe_now": "1"}).text
        assert 'id="guide-title"' not in battery and 'name="safe_now"' not in battery


@pytest.mark.browser
@pytest.mark.xdist_group("browser")
def test_the_button_shows_the_guide_under_the_help(server):
    from pathlib import Path

    from .test_browser import CHROMIUM, axe_violations, shot

    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (scripts/setup --dev installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.goto(server.url + "/")
        page.get_by_label("What's happening?").fill(SIDEWAYS)
        page.get_by_label("Your child's age").fill("1")
        page.get_by_role("button", name="Get a guide").click()
        assert page.locator("article.guide").count() == 0
        assert axe_violations(page) == []
        page.get_by_role("button", name=set_aside_text("en", "button")).click()
        assert "Please get help now" in page.get_by_role("alert").inner_text()
        assert page.locator("h1#guide-title").count() == 1
        shot(page, "urgent-set-aside")
        browser.close()
