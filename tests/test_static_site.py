"""The static export (issue 11, item 7): search by topic phrasings with stemming, snippets and an
age filter; the stories filter in JavaScript (hidden without it); a 404 that works at any depth;
a sitemap only with --base-url; a home page that promises only what a static site can do.

The site is built once and served from a real HTTP server on loopback, mounted under a sub-folder
the build was not told about and answering unknown addresses with 404.html, as static hosts do;
pages are opened in Debian's chromium through Playwright (never a downloaded browser)."""

from __future__ import annotations

import http.server
import mimetypes
import re
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .test_browser import CHROMIUM, shot

MOUNT = "/inara/"  # the sub-folder the site is served from
# The site is the session's (conftest.static_export), which test_browser reads too: both modules
# drive chromium, and in one test process it is built once.
pytestmark = pytest.mark.xdist_group("browser")


def serve(site: Path):
    """A static host on loopback: files under MOUNT, and 404.html (status 404) for anything else."""

    class Host(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):  # quiet
            pass

        def _answer(self, body_too: bool):
            path = self.path.split("?")[0].split("#")[0]
            target = None
            if path.startswith(MOUNT):
                candidate = (site / path[len(MOUNT):]).resolve()
                if candidate.is_dir():
                    candidate = candidate / "index.html"
                if candidate.is_file() and site.resolve() in candidate.parents:
                    target = candidate
            status = 200 if target else 404
            target = target or site / "404.html"
            body = target.read_bytes()
            self.send_response(status)
            self.send_header("Content-Type", mimetypes.guess_type(str(target))[0] or "application/octet-stream")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body_too:
                self.wfile.write(body)

        def do_GET(self):
            self._answer(True)

        def do_HEAD(self):
            self._answer(False)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Host)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


@pytest.fixture(scope="module")
def site(static_export):
    httpd, url = serve(static_export)
    yield url + MOUNT
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (scripts/setup --dev installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu",
                                              "--disable-background-networking", "--no-first-run"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    opened = context.new_page()
    yield opened
    context.close()


def search(page, site, words: str, band: str = "") -> list[str]:
    page.goto(site + "index.html")
    if band:
        page.get_by_label("Your child's age").select_option(band)
    page.get_by_label("Search the guides and stories").fill(words)
    page.locator(".search-results li a").first.wait_for(timeout=10000)
    return page.locator(".search-results li a").evaluate_all("links => links.map(a => a.getAttribute('href'))")


# --- search ------------------------------------------------------------------------------------

@pytest.mark.browser
@pytest.mark.parametrize("words, topics", [
    ("picky eater", {"picky-eating"}),
    ("daughter is shy", {"stranger-anxiety", "sensitive-child", "performance-confidence"}),
    ("my son keeps hitting his sister", {"hitting-and-biting", "new-sibling", "aggression-and-destructive-behaviour"}),
])
def test_search_finds_the_right_guides_from_a_parents_words(page, site, words, topics):
    hrefs = search(page, site, words)
    first = hrefs[0]
    assert any(f"guides/{t}/" in first for t in topics), hrefs[:5]
    snippet = page.locator(".search-results li .snippet").first
    assert len(snippet.inner_text()) > 20, "each result shows a snippet"
    assert page.locator(".search-results li .snippet mark").count() >= 1, "the query's words are marked"


@pytest.mark.browser
def test_search_stems_nightmares_to_the_guides_that_talk_about_them(page, site, static_export):
    """The library has no topic on nightmares (the server answers "no guide yet" for the word), so the
    right guides are the ones whose pages discuss them; "nightmares" must reach "nightmare"."""
    from .conftest import SHIPPED

    hrefs = search(page, site, "nightmares")
    for href in hrefs[:3]:
        topic = href.split("/")[2]
        text = (static_export / href.removeprefix("./")).read_text(encoding="utf-8").lower()
        card = (SHIPPED / "topics" / f"{topic}.yaml").read_text(encoding="utf-8").lower()
        assert "nightmare" in text or "nightmare" in card, href


@pytest.mark.browser
@pytest.mark.parametrize("band", ["toddler", "teen"])
def test_search_age_filter_keeps_to_that_age(page, site, band):
    hrefs = search(page, site, "shy", band)
    guides = [h for h in hrefs if "/guides/" in h]
    assert guides and all(f"/{band}/" in h for h in guides), hrefs
    if band == "teen":
        assert not [h for h in hrefs if "/stories/" in h], "no story is for a teen"
    shot(page, f"static-search-{band}")


@pytest.mark.browser
def test_home_page_promises_only_what_a_static_site_can_do(page, site):
    page.goto(site + "index.html")
    text = page.locator("main").inner_text()
    assert "in your own words" not in text.lower()
    assert "cannot read a whole question" in text


# --- stories filter ----------------------------------------------------------------------------

@pytest.mark.browser
def test_stories_filter_works_in_javascript(page, site, inara):
    page.goto(site + "stories/index.html")
    form = page.locator("form.filters")
    assert form.is_visible()
    page.get_by_label("Child's age").fill("3")
    expected = sum(1 for s in inara.library.stories.values() if s.ages[0] <= 3 <= s.ages[1])
    assert page.locator("p.count").inner_text() == f"{expected} stories"
    ages = page.locator(".cards .card:visible").evaluate_all("cs => cs.map(c => c.getAttribute('data-ages'))")
    assert len(ages) == expected and all(int(a.split()[0]) <= 3 <= int(a.split()[1]) for a in ages)
    goal = next(g for g in inara.library.goals if any(g in s.goals and s.ages[0] <= 3 <= s.ages[1]
                                                      for s in inara.library.stories.values()))
    page.locator("#goal").select_option(goal)
    with_goal = sum(1 for s in inara.library.stories.values() if s.ages[0] <= 3 <= s.ages[1] and goal in s.goals)
    assert page.locator(".cards .card:visible").count() == with_goal
    page.locator("#goal").select_option("")
    page.get_by_label("Child's age").fill("14")
    past = page.locator(".past-stories")
    assert past.is_visible() and "none for a 14-year-old" in past.inner_text()
    assert "0 stories" not in page.locator("main").inner_text()
    assert past.locator("a").first.get_attribute("href").endswith("guides/teen/index.html")
    shot(page, "static-stories-14")


@pytest.mark.browser
def test_stories_filter_is_hidden_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False)
    opened = context.new_page()
    opened.goto(site + "stories/index.html")
    assert opened.locator("form.filters").is_hidden()
    assert opened.locator(".cards .card").count() > 50
    context.close()


# --- a 404 at any depth ------------------------------------------------------------------------

@pytest.mark.browser
@pytest.mark.parametrize("missing", ["nothing-here", "guides/nothing/here/", "a/b/c/d/e/page.html"])
def test_404_works_at_any_depth(page, site, missing):
    response = page.goto(site + missing)
    assert response.status == 404
    home = page.get_by_role("link", name="Go to the home page")
    page.wait_for_function("document.querySelector('.error-page a').getAttribute('href').includes('/inara/')",
                           timeout=10000)
    assert home.get_attribute("href") == MOUNT + "index.html"
    styled = page.evaluate("getComputedStyle(document.querySelector('.error-page')).maxWidth")
    page.wait_for_function("[...document.styleSheets].some(s => s.href && s.href.endsWith('/inara/static/style.css'))")
    assert styled is not None
    home.click()
    page.wait_for_load_state()
    assert page.url.endswith(MOUNT + "index.html") and page.locator("h1").inner_text() == "What's happening?"


def test_404_with_base_url_needs_no_script(static_export_with_base_url):
    html = (static_export_with_base_url / "404.html").read_text(encoding="utf-8")
    assert 'href="/inara/index.html"' in html and 'href="/inara/static/style.css"' in html
    links = [h for h in re.findall(r'href="([^"#]+)"', html) if not h.startswith("http")]
    assert links and all(h.startswith("/inara/") for h in links), links


# --- sitemap -----------------------------------------------------------------------------------

def test_no_sitemap_without_base_url_and_a_note(static_export, cli_no_model, tmp_path):
    assert not (static_export / "sitemap.xml").exists()
    run = cli_no_model("build-site", str(tmp_path / "out"))
    assert run.returncode == 0 and "no sitemap.xml" in run.stderr and "--base-url" in run.stderr
    assert not (tmp_path / "out" / "sitemap.xml").exists()


def test_sitemap_with_base_url_is_valid_and_absolute(inara, static_export_with_base_url):
    tree = ET.parse(static_export_with_base_url / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [loc.text for loc in tree.getroot().findall("s:url/s:loc", ns)]
    assert len(locs) >= len(inara.library.guides) + len(inara.library.stories)
    assert all(re.match(r"^https://example\.org/inara/[^\s]*$", loc) for loc in locs), locs[:3]
    assert "https://example.org/inara/" in locs and not any("404" in loc for loc in locs)


@pytest.mark.parametrize("bad", ["example.org", "/inara/", "ftp://example.org/", "https://example.org/?q=1"])
def test_a_base_url_that_is_not_an_address_is_one_clear_error(cli_no_model, tmp_path, bad):
    run = cli_no_model("build-site", str(tmp_path / "out"), "--base-url", bad)
    assert run.returncode == 1 and run.stderr.startswith("Error:") and "Traceback" not in run.stderr
