"""The spoken version, checked over every guide in the library in every voice:
no page furniture, spoken sequences and attributions, the voice's own opening
and closing."""

from __future__ import annotations

import re

import pytest

from inara import compose
from inara.render.common import journal, paragraphs, speakable, surname
from inara.render.transcript import ear_problems, safety_transcript, spoken_avoid, transcript

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


def test_opens_with_the_greeting_and_ends_with_the_goodbye_for_the_band(spoken):
    for (key, voice), (c, text) in spoken.items():
        parts = text.strip().split("\n\n")
        assert parts[0] == c.voice.greeting, (key, voice)
        assert parts[-1] == c.voice.goodbye_for(c.guide.band), (key, voice)
        if c.guide.band in ("school-age", "teen"):
            assert "little one" not in parts[-1], (key, voice)


def test_in_short_leads_after_the_greeting(spoken):
    for (key, voice), (c, text) in spoken.items():
        parts = text.strip().split("\n\n")[1 + len(c.notes):]
        assert parts[0] == speakable(f"Here it is in short. {c.first.what}"), (key, voice)
        assert parts[1].endswith(c.first.try_first[0]), (key, voice)
        assert text.index(c.first.try_first[0]) < text.index(c.voice.strategies_intro), (key, voice)


def test_written_for_the_ear_over_every_guide(spoken):
    """No URL, bracket, year in brackets, venue, or words for a child of another age."""
    for (key, voice), (c, text) in spoken.items():
        assert ear_problems(text, c) == [], (key, voice)
        assert not re.search(r"[()\[\]]", text), (key, voice)
        assert "writing in" not in text, (key, voice)
        for citation in c.citations:
            venue = journal(citation.reference)
            assert f"in {venue}" not in text, (key, voice, venue)


def test_ear_problems_name_each_fault(library):
    c = compose(library, "bullying", "teen")
    venue = journal(c.citations[0].reference)
    said = ("Hello. See https://doi.org/10.1/x for more. Mischel found it (1989). "
            f"It was published in {venue}. Take care of that little one.")
    problems = " | ".join(ear_problems(said, c))
    for expected in ("no URL", "no year in brackets", "no venue", "words for a teen guide"):
        assert expected in problems
    assert ear_problems("A plain sentence (an aside).", c) == [
        "no brackets, found 'A plain sentence (an aside).'"]


def test_a_bracket_never_cuts_a_sentence():
    assert speakable('Questions and explanations (What happened? Why?) help.') == (
        "Questions and explanations, What happened? Why? help.")
    assert speakable("Mischel (1989) found it.") == "Mischel found it."
    from inara.render.common import first_sentences

    assert first_sentences("Ask questions (What happened? Why?) and wait. Then more.", 1) == (
        "Ask questions (What happened? Why?) and wait.")


def test_what_not_to_do_is_said_as_try_not_to():
    assert spoken_avoid("Big kids don't cry", "It teaches a child to hide feelings. More.") == (
        'try not to say "big kids don\'t cry", because it teaches a child to hide feelings.')
    assert spoken_avoid("Over-the-top praise", "Because it rings hollow.") == (
        "try to avoid over-the-top praise, because it rings hollow.")


def test_what_not_to_do_keeps_its_meaning_over_every_guide(spoken):
    for (key, voice), (c, text) in spoken.items():
        for item in c.guide.avoid:
            said = speakable(spoken_avoid(item.title, item.why))
            assert said in text, (key, voice, item.title)
            assert said.startswith(("try not to say", "try to avoid")), (key, voice)


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


def test_every_cited_work_is_attributed_aloud_by_name(spoken):
    for (key, voice), (c, text) in spoken.items():
        for citation in c.citations:
            reference = citation.reference
            name = surname(reference.authors[0])
            assert name in text, (key, voice, name)


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
                assert speakable(paragraph) in text, (key, voice)


def test_a_fallback_note_is_spoken(library):
    c = compose(library, "hitting-and-biting", "teen")
    text = transcript(c)
    assert c.notes and speakable(c.notes[0]) in text
    assert "teens, 13 to 17," in speakable(c.notes[0])
    assert text.index(c.voice.greeting) < text.index(speakable(c.notes[0]))


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
