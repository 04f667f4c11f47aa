"""Pages in a real browser: Debian's chromium driven by Playwright, against a real
server on loopback. Screenshots land in test-artifacts/ for review."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


# One test process runs them all (pytest-xdist's loadgroup), so chromium and the static site
# start once.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
QUESTION = "My 3-year-old screams 'go away' when I try to hug her after she falls"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (scripts/setup --dev installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-component-update",
                  "--no-first-run", "--disable-sync"],
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})  # a phone first
    opened = context.new_page()
    dialogs: list[str] = []
    opened.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    opened.dialogs = dialogs
    yield opened
    context.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def axe_violations(page) -> list[dict]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


def test_ask_a_question_and_see_the_guide(page, server):
    page.goto(server.url + "/")
    shot(page, "home")
    page.get_by_label("What's happening?").fill(QUESTION)
    page.get_by_label("Your child's age").fill("3")
    page.get_by_role("button", name="Get a guide").click()
    heading = page.locator("h1#guide-title")
    assert "toddler" in heading.inner_text().lower()
    assert page.locator("blockquote.script").count() >= 4
    assert page.locator(".references li").count() >= 2
    assert page.locator("article.story-card").count() >= 1
    shot(page, "answer")


def test_urgent_question_shows_only_the_safety_message(page, server):
    page.goto(server.url + "/")
    page.get_by_label("What's happening?").fill("my 2 year old swallowed a button battery ten minutes ago")
    page.get_by_role("button", name="Get a guide").click()
    alert = page.get_by_role("alert")
    assert "Please get help now" in alert.inner_text()
    assert "emergency number" in alert.inner_text()
    assert page.locator("article.guide").count() == 0
    assert page.locator("blockquote.script").count() == 0


def test_show_transcript_toggles(page, server):
    page.goto(server.url + "/guides/picky-eating/preschool")
    transcript = page.locator("div.transcript")
    assert not transcript.is_visible()
    page.get_by_text("Show transcript").click()
    assert transcript.is_visible()
    assert "Hello" in transcript.inner_text()
    page.get_by_text("Show transcript").click()
    assert not transcript.is_visible()
    shot(page, "guide")


def test_story_with_the_childs_name(page, server, inara):
    slug = next(s.slug for s in inara.library.stories.values() if s.ages[0] <= 3)
    page.goto(server.url + f"/stories/{slug}/")
    story = inara.library.stories[slug]
    assert f"{story.hero.name}'s, the main character" in page.locator("#hero-note").inner_text()
    page.get_by_label("Your child's first name").fill("Amara")
    page.get_by_label("Pronouns").select_option("they")
    page.get_by_role("button", name="Read it this way").click()
    reading = page.locator(".reading").inner_text()
    assert "Amara" in reading and story.hero.name not in reading
    shot(page, "story")
    page.goto(server.url + f"/stories/{slug}/")
    assert "Amara" not in page.content()


def test_story_filters(page, server, inara):
    page.goto(server.url + "/stories/")
    total = page.locator(".cards article").count()
    assert total == len(inara.library.stories)
    page.get_by_label("Child's age").fill("9")
    page.get_by_label("What the story helps with").select_option("managing-worry")
    page.get_by_role("button", name="Show stories").click()
    expected = inara.stories("9", "managing-worry")
    assert 0 < page.locator(".cards article").count() == len(expected) < total


def test_keyboard_only(page, server):
    page.goto(server.url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    for _ in range(12):  # tab forward until the question box has focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "q":
            break
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.type("my 4 year old bites other children at nursery")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "age"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Get a guide"
    page.keyboard.press("Enter")
    page.locator("h1#guide-title").wait_for(timeout=30_000)
    assert "Preschoolers" in page.locator("article.guide .eyebrow").inner_text()


def test_typed_script_never_runs(page, server, inara):
    payload = '<script>alert("xss")</script><img src=x onerror="alert(1)">'
    page.goto(server.url + "/")
    page.get_by_label("What's happening?").fill("my son is scared of the dark " + payload)
    page.get_by_label("Your child's age").fill(payload[:12])
    page.get_by_role("button", name="Get a guide").click()
    assert "Please check" in page.content() or page.get_by_role("alert").count() >= 1
    assert page.get_by_label("What's happening?").input_value().endswith(payload)  # nothing lost
    slug = next(iter(inara.library.stories))
    page.goto(server.url + f"/stories/{slug}/")
    page.get_by_label("Your child's first name").fill(payload[:30])
    page.get_by_role("button", name="Read it this way").click()
    page.wait_for_timeout(300)
    assert page.dialogs == []
    assert page.evaluate("document.querySelectorAll('img[src=x]').length") == 0


@pytest.mark.parametrize("path", ["/", "/guides/refusing-comfort/toddler", "/stories/", "/independence/"])
def test_no_serious_accessibility_violations(page, server, path):
    page.goto(server.url + path)
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"], len(v["nodes"])) for v in violations]


def test_guide_prints_without_navigation_or_forms(page, server):
    page.goto(server.url + "/guides/transitions/toddler")
    page.emulate_media(media="print")
    assert not page.locator("header.site").is_visible()
    assert not page.locator(".transcript-box").is_visible()
    assert page.locator("h1#guide-title").is_visible()
    assert page.locator(".references").is_visible()


# --- the safety screen everywhere a parent can ask ----------------------------------------------


@pytest.fixture(scope="module")
def static_site(static_export):
    """The static export (the session's), served by a plain file server on loopback (fetch() needs http)."""
    import functools
    import http.server
    import threading

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(static_export))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.parametrize("typed, category_words", [
    ("my son wants to die", "suicide"),
    ("she swallowed a battery", "swallowed something harmful"),
    ("mi hijo se tragó una pila", "swallowed something harmful"),
])
def test_static_site_search_shows_help_not_guides_for_an_emergency(page, static_site, typed, category_words):
    page.goto(static_site + "/index.html")
    page.get_by_label("Search the guides and stories").fill(typed)
    box = page.locator(".static-safety")
    box.wait_for(state="visible", timeout=5000)
    assert "Please get help now" in box.inner_text()
    assert category_words in box.inner_text()
    assert page.locator(".search-results").is_hidden()
    assert page.locator(".static-safety a[href^='tel:']").count() >= 5


def test_static_site_search_still_finds_guides_for_ordinary_words(page, static_site):
    page.goto(static_site + "/index.html")
    page.get_by_label("Search the guides and stories").fill("bedtime")
    page.locator(".search-results li a").first.wait_for(timeout=5000)
    assert page.locator(".static-safety").is_hidden()


def test_urgent_page_offers_a_country_and_remembers_it(page, server):
    page.goto(server.url + "/")
    page.get_by_label("What's happening?").fill("my 2 year old swallowed a button battery ten minutes ago")
    page.get_by_role("button", name="Get a guide").click()
    say = page.locator(".safety .say")
    say.first.wait_for(timeout=30_000)  # count() does not wait for the answer page to load
    assert say.count() >= 1 and "What to say right now" in say.first.text_content()
    page.locator("select.country-select").select_option("au")
    assert page.locator(".call-buttons a[href='tel:000']").count() == 1
    shot(page, "urgent")
    # a second emergency on the same device: the country is remembered, nothing was sent anywhere
    page.goto(server.url + "/")
    page.get_by_label("What's happening?").fill("my daughter is not breathing")
    page.get_by_role("button", name="Get a guide").click()
    page.locator(".safety").first.wait_for(timeout=30_000)
    assert page.locator(".call-buttons a[href='tel:000']").count() == 1


def test_an_urgent_page_in_french_speaks_french_down_to_its_call_buttons(page, server):
    page.goto(server.url + "/")
    page.get_by_label("What's happening?").fill("Mon fils de 2 ans vient d'avaler une pile bouton")
    page.get_by_role("button", name="Get a guide").click()
    title = page.locator("#safety-title")
    title.wait_for(timeout=30_000)
    assert title.text_content() == "Demandez de l'aide maintenant"
    assert "Que lui dire maintenant" in page.locator(".safety .say").first.text_content()
    page.locator("select.country-select").select_option("fr")
    button = page.locator(".call-buttons a[href='tel:15']")
    assert button.count() == 1 and button.text_content() == "Appeler SAMU · 15"


# --- the first screen, Listen, an address for the answer, night ---------------------------------

FOLD = 844  # a 390x844 phone


def first_script_bottom(page) -> float:
    box = page.locator(".in-short .first-script").first.bounding_box()
    return box["y"] + box["height"]


def test_first_script_is_above_the_fold_on_the_answer_page(page, server):
    page.goto(server.url + "/")
    page.get_by_label("What's happening?").fill(QUESTION)
    page.get_by_label("Your child's age").fill("3")
    page.get_by_role("button", name="Get a guide").click()
    page.locator("h1#guide-title").wait_for()
    assert first_script_bottom(page) <= FOLD, first_script_bottom(page)
    assert page.locator(".get-help li").count() >= 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "answer-first-screen.png"))  # the viewport: what a parent sees first
    # the answer has an address: the guide's own link, share and print, and the question kept for "tell us more"
    assert page.locator("a.permalink").get_attribute("href") == "/guides/refusing-comfort/toddler/"
    assert page.locator("button.print").is_visible() and page.locator("button.share").is_visible()
    page.get_by_text("Not quite right? Tell us more").click()
    assert page.locator(".tell-more textarea").input_value() == QUESTION


@pytest.mark.parametrize("path", ["/guides/refusing-comfort/toddler/", "/guides/bullying/teen/"])
def test_first_script_is_above_the_fold_on_guide_pages(page, server, inara, path):
    page.goto(server.url + path)
    assert first_script_bottom(page) <= FOLD, (path, first_script_bottom(page))
    assert page.locator(".bands a[aria-current=page]").count() == 1


def test_the_longest_title_still_shows_its_first_script(page, server, inara):
    longest = max(inara.library.guides.values(), key=lambda g: len(g.title))
    page.goto(server.url + f"/guides/{longest.topic}/{longest.band}/")
    assert first_script_bottom(page) <= FOLD, (longest.key, first_script_bottom(page))


def test_listen_plays_the_short_part(page, server):
    from inara import audio

    if not audio.available():
        pytest.skip("the audio extra is not installed (scripts/setup --dev)")
    import httpx

    page.goto(server.url + "/guides/picky-eating/preschool/")
    track = page.locator(".listen audio").first
    src = track.get_attribute("src")
    assert src.endswith("/short.mp3")
    first = httpx.get(server.url + src, timeout=120)  # the first request renders (streamed) and caches
    assert first.status_code == 200 and first.headers["content-type"] == "audio/mpeg"
    page.evaluate("a => { a.muted = true; return a.play(); }", track.element_handle())
    page.wait_for_function("a => a.readyState >= 2 && isFinite(a.duration)", arg=track.element_handle(), timeout=30_000)
    seconds = page.evaluate("a => a.duration", track.element_handle())
    expected = len(first.content) * 8 / (audio.MP3_KBPS * 1000)
    assert abs(seconds - expected) < 0.5, (seconds, expected)
    page.select_option(".listen-speed", "1.25")
    assert page.evaluate("a => a.playbackRate", track.element_handle()) == 1.25


def test_dark_theme_under_the_dark_preference(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme="dark")
    page = context.new_page()
    try:
        page.goto(server.url + "/guides/picky-eating/preschool/")
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert background == "rgb(22, 20, 27)", background
        shot(page, "guide-dark")
        violations = axe_violations(page)
        assert violations == [], [(v["id"], v["help"], len(v["nodes"])) for v in violations]
    finally:
        context.close()


def test_target_size_and_contrast_on_the_guide_page(page, server):
    """axe with WCAG 2.2 AA rules, target size included."""
    from axe_playwright_python.sync_playwright import Axe

    page.goto(server.url + "/guides/bullying/teen/")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag22aa"]}})
    violations = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical", "moderate")]
    assert violations == [], [(v["id"], v["help"], len(v["nodes"])) for v in violations]


def test_story_page_with_its_name_and_pronouns_form_passes_axe(page, server):
    """The story page's form (a name and pronouns for the main character) meets WCAG 2.2 AA,
    target size included, before and after it is used."""
    from axe_playwright_python.sync_playwright import Axe

    page.goto(server.url + "/stories/bye-bye-digger/")
    options = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag22aa"]}}
    for used in (False, True):
        if used:
            page.get_by_label("Your child's first name").fill("Leo")
            page.get_by_label("Pronouns").select_option("he")
            page.get_by_role("button", name="Read it this way").click()
            assert "says Leo. His face goes red." in page.inner_text("main")
        results = Axe().run(page, options=options)
        violations = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical", "moderate")]
        assert violations == [], [(v["id"], v["help"], len(v["nodes"])) for v in violations]
