"""The web app and JSON API, through a real server on loopback."""

from __future__ import annotations

import json
import re
import time

import httpx
import pytest



@pytest.fixture(scope="session")
def client(server):
    with httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


PAGES = ["/", "/guides/", "/guides/toddler/", "/guides/refusing-comfort/toddler", "/stories/",
         "/stories/?age=3", "/independence/", "/references/"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_render_with_security_headers(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert "<script>" not in response.text  # no inline scripts: the CSP would block them anyway


def test_guide_page_shows_the_anatomy(client, inara):
    html = client.get("/guides/refusing-comfort/toddler").text
    composed = inara.guide("refusing-comfort", "toddler")
    assert composed.guide.title in html.replace("&#39;", "'")
    for heading in ("What research says", "What to do", "What not to do", "Related guides", "References"):
        assert heading in html
    assert html.count('class="script"') >= len(composed.guide.strategies)
    for citation in composed.citations:
        assert f'id="ref-{citation.number}"' in html
        assert f'href="#ref-{citation.number}"' in html
        assert citation.reference.link in html
    for pick in composed.stories:
        assert f'/stories/{pick.story.slug}/' in html
    assert "Show transcript" in html


def test_every_page_has_a_json_twin(client, inara):
    guide = client.get("/api/guides/refusing-comfort/toddler").json()
    assert guide["topic"] == "refusing-comfort" and guide["band"] == "toddler"
    assert guide["references"] and guide["transcript"]
    assert client.get("/api/guides/toddler").json()["guides"]
    stories = client.get("/api/stories", params={"age": "3"}).json()["stories"]
    assert stories and all(s["ages"][0] <= 3 <= s["ages"][1] for s in stories)
    slug = stories[0]["slug"]
    assert client.get(f"/api/stories/{slug}").json()["story"]["slug"] == slug
    ladder = client.get("/api/ladder").json()["bands"]
    assert [b["band"] for b in ladder] == ["toddler", "preschool", "school-age", "teen"]
    refs = client.get("/api/references").json()["references"]
    assert len(refs) == len(inara.library.references)
    assert any(r["cited_by"] for r in refs)
    topics = client.get("/api/topics").json()["topics"]
    assert len(topics) == len(inara.library.topics)


def test_api_match_and_ask(client):
    match = client.post("/api/match", json={"text": "my 3yo screams go away when I hug her after she falls"}).json()
    assert set(match) >= {"age_years", "age_band", "in_scope", "safety", "topics"}
    assert match["age_band"] == "toddler" and match["topics"][0]["slug"] == "refusing-comfort"
    urgent = client.post("/api/ask", json={"text": "my 15 year old told me she wants to kill herself"}).json()
    assert urgent["kind"] == "urgent" and urgent["guide"] is None
    assert "local emergency number" in urgent["match"]["safety"]["message"]
    out = client.post("/api/ask", json={"text": "which double stroller is best for twins"}).json()
    assert out["kind"] == "out-of-scope" and out["match"]["topics"] == []


@pytest.mark.parametrize("body,status", [
    ({"text": "my son won't sleep", "age": "abc"}, 422),
    ({"text": "my son won't sleep", "age": 0.3}, 422),
    ({"text": "my son won't sleep", "age": 200}, 422),
    ({"text": "   "}, 422),
    ({}, 422),
    ({"text": "x" * 4001}, 413),
])
def test_api_errors_are_json_with_one_message(client, body, status):
    response = client.post("/api/match", json=body)
    assert response.status_code == status
    data = response.json()
    assert data["status"] == status and isinstance(data["error"], str) and data["error"]
    assert "Traceback" not in response.text


@pytest.mark.parametrize("age", [0.25, "3m", 30])
def test_api_answers_an_emergency_whatever_the_age(client, age):
    response = client.post("/api/match", json={"text": "my baby is not breathing and has gone blue", "age": age})
    assert response.status_code == 200, response.text
    assert response.json()["safety"]["level"] == "urgent"


def test_unknown_topic_band_or_story_is_404(client):
    for path in ("/api/guides/flying/toddler", "/api/guides/picky-eating/baby", "/api/stories/no-such-story"):
        response = client.get(path)
        assert response.status_code == 404 and response.json()["status"] == 404
    page = client.get("/guides/flying/toddler")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
    assert "<h1>" in page.text


def test_oversized_body_is_refused_before_parsing(client):
    response = client.post("/api/match", content=b"{" + b" " * (70 * 1024) + b"}",
                           headers={"content-type": "application/json"})
    assert response.status_code == 413 and response.json()["status"] == 413


def test_openapi_document_lists_the_api(client):
    spec = client.get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    for path in ("/api/match", "/api/ask", "/api/guides/{topic}/{band}", "/api/stories", "/api/stories/{slug}",
                 "/api/ladder", "/api/references"):
        assert path in spec["paths"], path
    assert not any(p.startswith("/guides") for p in spec["paths"])  # HTML pages are not API


def test_form_posts_escape_what_was_typed(client):
    evil = '<script>alert("x")</script>'
    page = client.post("/ask", data={"q": f"my 4 year old hits me {evil}", "age": ""}).text
    assert evil not in page
    bad_age = client.post("/ask", data={"q": evil, "age": "<b>7</b>"})
    assert bad_age.status_code == 422
    assert evil not in bad_age.text and "&lt;script&gt;" in bad_age.text  # kept, escaped: nothing lost


def test_story_name_is_used_for_that_page_only(client, inara):
    slug = next(iter(inara.library.stories))
    named = client.post(f"/stories/{slug}/", data={"name": "Zainab"})
    assert named.status_code == 200 and "Zainab" in named.text
    assert "Zainab" not in client.get(f"/stories/{slug}/").text
    for bad in ("<script>alert(1)</script>", "x" * 31, "R2D2"):
        response = client.post(f"/stories/{slug}/", data={"name": bad})
        assert response.status_code == 422
        assert "<script>alert(1)</script>" not in response.text


QUESTION = "my daughter Pomegranate-Unique-Name is scared of the dark"


def ask_three_ways(url: str) -> None:
    """What a parent types goes in a JSON body, a form body and (for a filter) a query string."""
    with httpx.Client(base_url=url, timeout=60) as http:
        assert http.post("/api/match", json={"text": QUESTION}).status_code == 200
        assert http.post("/ask", data={"q": QUESTION, "age": "4"}).status_code == 200
        http.get("/stories/", params={"age": "4", "goal": "Quince-Query-Marker"})


def server_output(server, until: str | None = None, wait: float = 10.0) -> str:
    """What the server process wrote (stdout and stderr), read from its file: once `until`
    appears, or after `wait` seconds."""
    deadline = time.time() + wait
    while True:
        text = open(server.log.name, encoding="utf-8").read()
        if (until is not None and until in text) or time.time() > deadline:
            return text
        time.sleep(0.1)


def test_access_log_has_method_path_status_and_time_and_never_what_was_typed(session_db):
    from .web_server import Server

    logged = Server(session_db, "--access-log", "--workers", "1")
    try:
        ask_three_ways(logged.url)
        text = server_output(logged, until="GET /stories/ ")
    finally:
        logged.stop()
    assert re.search(r"POST /api/match 200 \d+ms", text), text
    assert re.search(r"POST /ask 200 \d+ms", text), text
    assert re.search(r"GET /stories/ 404 \d+ms", text), text
    assert "Pomegranate" not in text and "Quince" not in text and "goal=" not in text


def test_without_access_log_no_request_is_logged(server):
    ask_three_ways(server.url)
    text = server_output(server, wait=2.0)  # the same requests were logged within milliseconds above
    assert "/api/match" not in text and "/ask" not in text
    assert "Pomegranate" not in text and "Quince" not in text


@pytest.mark.xdist_group("browser")  # the process that builds the session's static site for the browser tests
def test_static_export_has_working_relative_links(inara, static_export):
    out = static_export
    pages = list(out.rglob("*.html"))
    assert len(pages) >= len(inara.library.guides) + len(inara.library.stories) + 5
    broken = []
    for page in pages:
        for href in re.findall(r'href="([^"#]+)', page.read_text()):
            if href.startswith(("http://", "https://")):
                continue
            if page.name == "404.html":  # served at any address: its links start at the site's root
                continue
            assert not href.startswith("/"), f"absolute link {href} in {page}: breaks under a sub-path"
            if not (page.parent / href).resolve().exists():
                broken.append((page, href))
    assert not broken
    index = json.loads((out / "search-index.json").read_text())
    assert {e["kind"] for e in index["docs"]} == {"guide", "story"}
    assert not (out / "sitemap.xml").exists(), "no sitemap without --base-url (tests/test_static_site.py)"


def test_get_ask_goes_home_with_a_kind_sentence(server):
    response = httpx.get(server.url + "/ask")
    assert response.status_code == 200
    assert "Answers are not kept at an address" in response.text
    assert 'action="/ask"' in response.text


def test_home_topic_links_ask_for_the_age(server, inara):
    home = httpx.get(server.url + "/").text
    assert 'href="/guides/picky-eating/"' in home and 'href="/guides/picky-eating/toddler/"' not in home
    chooser = httpx.get(server.url + "/guides/picky-eating/")
    assert chooser.status_code == 200 and "How old is your child?" in chooser.text
    for band in ("toddler", "preschool", "school-age"):
        assert f'href="/guides/picky-eating/{band}/"' in chooser.text


def test_a_missing_page_is_calm_and_offers_the_ask_box(server):
    response = httpx.get(server.url + "/no/such/page")
    assert response.status_code == 404
    assert 'class="error-page"' in response.text and 'name="q"' in response.text


def test_each_reference_links_back_to_where_it_was_cited(server):
    html = httpx.get(server.url + "/guides/bullying/teen/").text
    assert 'href="#cite-1"' in html and 'id="cite-1"' in html


def test_audio_route_without_the_extra_is_a_clear_501():
    from fastapi.testclient import TestClient  # in-process: the route's own answer, not the server's setup

    from inara.web.server import create_app

    client = TestClient(create_app(db=":memory:", matcher="lexical", audio=False))  # as INARA_AUDIO=off sets
    response = client.get("/audio/guides/picky-eating/preschool/short.mp3")
    page = client.get("/guides/picky-eating/preschool/").text
    assert response.status_code == 501 and "pip install" in response.text
    assert 'class="listen"' not in page


def test_story_form_says_who_gets_the_name_and_takes_pronouns(client, inara):
    story = inara.library.stories["bye-bye-digger"]
    page = client.get("/stories/bye-bye-digger/").text
    assert f"{story.hero.name}'s, the main character (she/her)" in page
    assert '<select id="pronouns" name="pronouns"' in page
    named = client.post("/stories/bye-bye-digger/", data={"name": "Leo", "pronouns": "he"})
    assert named.status_code == 200
    assert "&#34;NO!&#34; says Leo. His face goes red. He kicks his feet." in named.text
    assert "Pua" not in named.text.split('class="reading"')[1].split("</div>")[0]
    only_pronouns = client.post("/stories/bye-bye-digger/", data={"name": "", "pronouns": "they"})
    assert only_pronouns.status_code == 200 and "They kick their feet." in only_pronouns.text
    assert client.post("/stories/bye-bye-digger/", data={"name": "Leo", "pronouns": "it"}).status_code == 422


@pytest.mark.parametrize("age, band", [("13", "teen"), ("11", "school-age")])
def test_stories_past_the_oldest_age_route_to_the_guides(client, age, band):
    page = client.get("/stories/", params={"age": age}).text
    assert "0 stories" not in page
    assert f"none for an {age}-year-old" in page or f"none for a {age}-year-old" in page
    assert f'href="/guides/{band}/"' in page and 'href="/guides/teen/"' in page


def test_a_mixed_language_question_gets_its_guide_with_the_note_in_its_language(client):
    from .test_reach import MIXED

    page = client.post("/ask", data={"q": MIXED, "age": "9"}).text
    assert re.search(r'<p class="language-note" role="note" lang="es">Inara responde solo en inglés', page)
    assert 'class="other-language"' not in page and '<article class="guide"' in page
    api = client.post("/api/ask", json={"text": MIXED}).json()
    assert api["match"]["english_sentences_only"] is True and api["guide"]["topic"] == "school-avoidance"
