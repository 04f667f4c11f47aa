"""The spoken version, checked over every guide in the library in every voice:
no page furniture, spoken sequences and attributions, the voice's own opening
and closing."""

from __future__ import annotations

import re

import pytest

from inara import compose
from inara.render.common import paragraphs, surname
from inara.render.transcript import safety_transcript, transcript

LIST_OR_HEADING = re.compile(r"^\s*(?:#|-|\*|\d+\.)")


@pytest.fixture(scope="module")
def spoken(library):
    """(key, voice) -> (composed guide, transcript) for every guide and voice."""
    out = {}
    for key in sorted(library.guides):
        for voice in sorted(library.voices):
            c = compose(library, *key.split("/"), voice=voice)
            out[(key, voice)] = (c, transcript(c))
    return out


def test_covers_every_guide_in_every_voice(library, spoken):
    assert len(spoken) == len(library.guides) * len(library.voices) > 0


def test_no_headings_bullets_or_numbered_lines(spoken):
    for (key, voice), (_, text) in spoken.items():
        for line in text.splitlines():
            assert not LIST_OR_HEADING.match(line), (key, voice, line[:80])


def test_no_bracketed_citations_or_markdown_emphasis(spoken):
    for (key, voice), (_, text) in spoken.items():
        assert not re.search(r"\[\d+\]", text), (key, voice)
        assert "**" not in text, (key, voice)
        assert "](" not in text, (key, voice)  # no markdown links either


def test_opens_with_the_greeting_and_ends_with_the_goodbye(spoken):
    for (key, voice), (c, text) in spoken.items():
        parts = text.strip().split("\n\n")
        assert parts[0] == c.voice.greeting, (key, voice)
        assert parts[-1] == c.voice.goodbye, (key, voice)


def test_strategies_are_a_spoken_sequence(spoken):
    for (key, voice), (c, text) in spoken.items():
        parts = text.strip().split("\n\n")
        start = parts.index(c.voice.strategies_intro) + 1
        strategies = c.guide.strategies
        spoken_items = parts[start:start + len(strategies)]
        sequence = c.voice.sequence
        assert spoken_items[0].startswith(sequence[0] + " "), (key, voice)
        assert spoken_items[-1].startswith(sequence[-1] + " "), (key, voice)
        for item, strategy in zip(spoken_items, strategies):
            assert any(item.startswith(word + " ") for word in sequence), (key, voice, item[:40])
            assert f"You might say: {strategy.script}" in item, (key, voice)
        leads = [item.split(" ", 1)[0] for item in spoken_items]
        assert len(set(leads)) == len(leads) or len(strategies) > len(sequence), (key, voice, leads)


def test_warm_voice_uses_first_and_and_finally(spoken):
    for (key, voice), (_, text) in spoken.items():
        if voice == "warm":
            assert "First," in text and "And finally," in text, key
            assert text.index("First,") < text.index("And finally,")


def test_every_cited_work_is_attributed_aloud(spoken):
    for (key, voice), (c, text) in spoken.items():
        for citation in c.citations:
            reference = citation.reference
            name = surname(reference.authors[0])
            assert name in text, (key, voice, name)
            assert str(reference.year) in text, (key, voice, reference.id)
        assert text.count("That comes from ") == len(c.findings), (key, voice)


def test_the_facts_are_the_same_in_every_voice(spoken, library):
    for key in sorted(library.guides):
        scripts = None
        for voice in sorted(library.voices):
            c, text = spoken[(key, voice)]
            said = [s.script for s in c.guide.strategies if s.script in text]
            assert len(said) == len(c.guide.strategies), (key, voice)
            scripts = scripts or said
            assert said == scripts
            for paragraph in paragraphs(c.guide.hook):
                assert paragraph in text, (key, voice)


def test_a_fallback_note_is_spoken(library):
    c = compose(library, "hitting-and-biting", "teen")
    text = transcript(c)
    assert c.notes and c.notes[0] in text
    assert text.index(c.voice.greeting) < text.index(c.notes[0])


def test_next_guide_is_announced(library):
    c = compose(library, "picky-eating", "toddler")
    assert c.next is not None
    assert f"the next guide in this series is called {c.next.title}" in transcript(c)


def test_safety_transcript_says_each_category_what_to_do_who_to_call_and_what_to_say():
    from inara.matching.matcher import MatchResult
    from inara.matching.safety import screen

    safety = screen("she swallowed a button battery")
    assert safety.level == "urgent"
    text = safety_transcript(MatchResult(None, None, True, safety))
    lead = safety.categories[0]
    assert text.strip().split("\n\n")[:4] == [lead["title"], lead["do_now"], lead["call"], lead["say"]]


def test_story_card_becomes_a_spoken_recommendation(spoken):
    told = 0
    for (key, voice), (c, text) in spoken.items():
        if not c.stories:
            continue
        story = c.stories[0].story
        assert f"It's called {story.title}" in text, (key, voice)
        assert f"aged {story.ages[0]} to {story.ages[1]}" in text, (key, voice)
        assert "Perfect for" not in text and "Key lesson:" not in text  # card labels are not read out
        told += 1
    assert told > 0
