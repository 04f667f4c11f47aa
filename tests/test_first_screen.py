"""What a tired parent needs first leads every format: In short (what is going on, the one or two
things to say), when to get help, and jump links; for every guide in the library."""

from __future__ import annotations

import json
import re

import pytest

from inara import compose
from inara.compose.guide import first_screen
from inara.render.html import guide_page
from inara.render.markdown import guide_markdown
from inara.render.transcript import transcript


@pytest.fixture(scope="module")
def composed_all(library):
    return {key: compose(library, *key.split("/")) for key in sorted(library.guides)}


def test_every_guide_has_a_first_screen(composed_all):
    for key, c in composed_all.items():
        first = c.first
        assert first.what and 1 <= len(first.try_first) <= 2, key
        assert first.get_help, key  # authored thresholds, or the topic card's red flags
        if c.guide.in_short:
            assert first.authored and first.what == c.guide.in_short.what, key
            assert first.try_first == c.guide.in_short.try_first, key
        else:  # filled from other authored text, never generated
            assert not first.authored and first.what == c.guide.summary, key
            assert first.try_first == [c.guide.strategies[0].script], key


TEEN = re.compile(r"\bteens?\b|\bteen's\b")


def test_a_teen_sign_stays_off_a_toddler_page(library):
    """Where an editor has not written a guide's signs yet, its first screen takes the topic
    card's red flags, less those about teens on a toddler or preschool page. Every shipped guide
    has its own signs today (so composing them never reaches the fallback): each guide is tried
    with its authored signs and In short taken away."""
    young = older = 0
    for key, guide in sorted(library.guides.items()):
        topic = library.topics[guide.topic]
        bare = guide.model_copy(update={"when_to_get_help": [], "in_short": None})
        first = first_screen(bare, topic)
        assert not first.authored and first.what == guide.summary, key
        teen_flags = [f"{flag.sign} {flag.next_step}" for flag in topic.red_flags if TEEN.search(flag.sign)]
        if guide.band in ("toddler", "preschool"):
            assert not any(TEEN.search(sign) for sign in first.get_help), key
            young += bool(teen_flags)
        else:
            assert set(teen_flags) <= set(first.get_help), key  # an older child's page keeps them
            older += bool(teen_flags)
    assert young and older  # both sides were really tried


def test_json_carries_in_short(composed_all):
    for key, c in composed_all.items():
        data = json.loads(json.dumps(c.as_dict()))
        assert data["in_short"]["try_first"] == c.first.try_first, key
        assert data["in_short"]["when_to_get_help"] == c.first.get_help, key


def test_markdown_leads_with_in_short_then_help_then_the_hook(composed_all):
    for key, c in composed_all.items():
        text = guide_markdown(c)
        first_script = text.index(f"> **Try saying:** {c.first.try_first[0]}")
        assert text.index("## In short") < first_script < text.index("### When to get help"), key
        assert text.index("### When to get help") < text.index("## What is really going on"), key


def test_html_leads_with_in_short_help_box_and_jump_links(composed_all):
    for key in ("refusing-comfort/toddler", "bullying/teen", "picky-eating/preschool"):
        c = composed_all[key]
        page = guide_page(c, standalone=False)
        order = [page.index(marker) for marker in (
            'id="guide-title"', 'class="in-short"', 'class="script first-script"', 'class="get-help"',
            'class="jump"', 'class="hook"')]
        assert order == sorted(order), key
        for anchor in ("#s-do", "#say-1", "#s-avoid", "#get-help", "#s-refs"):
            assert f'href="{anchor}"' in page, (key, anchor)
            assert f'id="{anchor[1:]}"' in page, (key, anchor)  # every jump link lands somewhere


def test_teen_guides_show_their_conversation(composed_all):
    shown = 0
    for key, c in composed_all.items():
        if c.guide.conversation:
            talk = c.guide.conversation
            assert talk.opener in guide_markdown(c), key
            assert talk.opener in transcript(c), key
            shown += 1
    assert shown > 0
