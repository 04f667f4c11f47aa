"""Composing guides from the real shipped library: citations, strategies,
stories, related and next links, fallbacks, voices."""

from __future__ import annotations

import re

import pytest

from inara import NotFound, compose
from inara.compose.personalise import check_name, main_character, personalise
from inara.errors import BadInput
from inara.render.markdown import guide_markdown
from inara.vocab import BAND_LABELS, BANDS

BAND_ORDER = list(BANDS)


def every_guide(library):
    return sorted(library.guides)


@pytest.fixture(scope="module")
def composed(library):
    """Every guide of the library, composed in the warm voice without an age."""
    return {key: compose(library, *key.split("/")) for key in every_guide(library)}


def test_every_guide_composes_as_itself(library, composed):
    for key, c in composed.items():
        assert c.guide.key == key
        assert c.notes == []
        assert c.topic.slug == c.guide.topic
        assert c.band_label == BAND_LABELS[c.guide.band]


def test_citations_are_numbered_1_to_n_and_match_the_research(library, composed):
    for key, c in composed.items():
        numbers = [citation.number for citation in c.citations]
        assert numbers == list(range(1, len(numbers) + 1)), key
        cited_ids = list(dict.fromkeys(finding.ref for finding in c.guide.research))
        assert [citation.reference.id for citation in c.citations] == cited_ids, key
        assert len(c.findings) == len(c.guide.research)
        for finding, source in zip(c.findings, c.guide.research):
            assert finding.point == source.point
            assert finding.reference.id == source.ref
            assert c.citations[finding.number - 1].reference.id == source.ref


def test_markdown_citations_point_into_the_reference_list(composed):
    for key, c in composed.items():
        text = guide_markdown(c)
        body, references = text.split("## References", 1)
        markers = {int(n) for n in re.findall(r"\[(\d+)\]", body)}
        assert markers == set(range(1, len(c.citations) + 1)), key
        for citation in c.citations:
            assert re.search(rf"^{citation.number}\. .*{re.escape(citation.reference.link)}$", references, re.M), key


def test_stories_share_a_goal_with_the_topic_and_fit_the_band(library, composed):
    picked = 0
    for key, c in composed.items():
        low, high = BANDS[c.guide.band]
        assert len(c.stories) <= max(3, len(c.guide.stories))
        assert len({p.story.slug for p in c.stories}) == len(c.stories)
        editors = {choice.slug: choice.why for choice in c.guide.stories}
        for pick in c.stories:
            picked += 1
            story_low, story_high = pick.story.ages
            assert story_low <= high and story_high >= low, (key, pick.story.slug)
            if pick.story.slug in editors:  # an editor's choice keeps the editor's own sentence
                assert pick.why == editors[pick.story.slug]
                continue
            shared = set(c.topic.goals) & set(pick.story.goals)
            assert shared or c.topic.slug in pick.story.topics, (key, pick.story.slug)
            assert set(pick.shared_goals) == shared
            assert pick.why.startswith("Chosen because")
    assert picked > 0


@pytest.mark.parametrize("age", [1, 2, 3, 4, 5, 7, 10, 12])
def test_stories_fit_the_childs_age(library, age):
    band = next(b for b, (low, high) in BANDS.items() if low <= age <= high)
    for topic in sorted(library.topics):
        c = compose(library, topic, band, age=age)
        for pick in c.stories:
            low, high = pick.story.ages
            assert low <= age <= high, (topic, age, pick.story.slug)


def test_stories_are_offered_where_the_library_has_fitting_ones(library, composed):
    for key, c in composed.items():
        low, high = BANDS[c.guide.band]
        candidates = [s for s in library.stories.values()
                      if (set(s.goals) & set(c.topic.goals) or c.topic.slug in s.topics)
                      and s.ages[0] <= high and s.ages[1] >= low]
        assert bool(c.stories) == bool(candidates), key


def test_related_guides_up_to_five_same_band_first_never_itself(library, composed):
    for key, c in composed.items():
        keys = [r.key for r in c.related]
        assert 0 < len(keys) <= 5, key
        assert key not in keys
        assert len(set(keys)) == len(keys)
        assert all(k in library.guides for k in keys)
        editor = [k for k in c.guide.related if k in library.guides and k != key]
        assert keys[:len(editor)] == editor[:5], key
        added = [r for r in c.related if r.key not in editor]
        bands = [r.band == c.guide.band for r in added]
        assert bands == sorted(bands, reverse=True), (key, keys)  # same band before other ages
        same_band_available = sum(1 for g in library.guides.values() if g.band == c.guide.band) - 1
        if same_band_available >= 5:
            assert len(keys) == 5


def test_next_link_exists_where_the_library_has_one(library, composed):
    for key, c in composed.items():
        guide = c.guide
        later = [library.guides[f"{guide.topic}/{band}"] for band in BAND_ORDER[BAND_ORDER.index(guide.band) + 1:]
                 if f"{guide.topic}/{band}" in library.guides]
        if guide.next:
            assert c.next is not None and c.next.key == guide.next, key
        elif later:
            assert c.next is not None and c.next.key == later[0].key, key
        else:
            assert c.next is None, key
        if c.next is not None:
            assert c.next.key in library.guides and c.next.key != key


def test_a_topic_without_the_band_falls_back_to_its_nearest_topic(library):
    card = library.topics["hitting-and-biting"]
    assert "teen" not in card.bands  # the data this test relies on
    nearest = card.nearest["teen"]
    c = compose(library, "hitting-and-biting", "teen")
    assert (c.guide.topic, c.guide.band) == (nearest, "teen")
    assert len(c.notes) == 1
    assert card.title in c.notes[0]
    assert library.topics[nearest].title in c.notes[0]
    assert "teens" in c.notes[0]


def test_every_uncovered_band_falls_back_with_a_note(library):
    for card in library.topics.values():
        for band in BANDS:
            if f"{card.slug}/{band}" in library.guides:
                continue
            c = compose(library, card.slug, band)
            assert len(c.notes) == 1, (card.slug, band)
            assert c.guide.key in library.guides
            if card.nearest.get(band) and f"{card.nearest[band]}/{band}" in library.guides:
                assert c.guide.key == f"{card.nearest[band]}/{band}"


def test_no_age_picks_the_youngest_band_and_says_so(library):
    for topic in sorted(library.topics):
        youngest = next(band for band in BANDS if f"{topic}/{band}" in library.guides)
        c = compose(library, topic, None)
        assert c.guide.band == youngest
        assert any("could not tell your child's age" in note for note in c.notes)
        assert any(BAND_LABELS[youngest].lower() in note for note in c.notes)


def test_voices_change_the_greeting_not_the_facts(library):
    assert {"warm", "plain"} <= set(library.voices)
    for key in every_guide(library):
        warm = compose(library, *key.split("/"), voice="warm").as_dict()
        plain = compose(library, *key.split("/"), voice="plain").as_dict()
        assert (warm["voice"], plain["voice"]) == ("warm", "plain")
        assert warm["sections"]["sign_off"] != plain["sections"]["sign_off"]
        facts = {k: v for k, v in warm["sections"].items() if k != "sign_off"}
        assert facts == {k: v for k, v in plain["sections"].items() if k != "sign_off"}, key
        for field in ("references", "stories", "related", "next", "title", "summary", "independence_step"):
            assert warm[field] == plain[field], (key, field)


def test_as_dict_is_plain_json(library):
    import json

    c = compose(library, "picky-eating", "toddler", age=2)
    data = json.loads(json.dumps(c.as_dict()))
    assert data["topic"] == "picky-eating" and data["band"] == "toddler"
    assert [r["number"] for r in data["references"]] == list(range(1, len(data["references"]) + 1))
    assert all(r["url"].startswith("https://") for r in data["references"])


def test_ladder_step_belongs_to_the_topic(library, composed):
    for key, c in composed.items():
        if c.ladder_step is not None:
            assert c.guide.topic in c.ladder_step.topics
            assert c.ladder_step in library.ladders[c.guide.band].steps


@pytest.mark.parametrize("topic, band, voice, error, says", [
    ("fussy-eating", "toddler", "warm", NotFound, "is not a topic"),
    ("picky-eating", "adult", "warm", NotFound, "is not an age band"),
    ("picky-eating", "toddler", "pirate", BadInput, "is not a voice"),  # 422 at every door, as the web said
])
def test_unknown_topic_band_or_voice(library, topic, band, voice, error, says):
    with pytest.raises(error, match=says) as raised:
        compose(library, topic, band, voice)
    assert type(raised.value) is error


# --- a story with the child's name -------------------------------------------------------------

def test_personalise_puts_the_name_in_place_of_the_hero(library):
    for story in library.stories.values():
        hero = main_character(story)
        if not re.search(rf"\b{re.escape(hero)}\b", story.text):
            continue
        text = personalise(story, "Ada")
        assert "Ada" in text
        assert not re.search(rf"\b{re.escape(hero)}\b", text), story.slug
        break
    else:
        pytest.fail("no story names its main character in its text")


@pytest.mark.parametrize("name", ["", "   ", "R2D2", "a" * 31, "Robert'); DROP TABLE", "<b>Ann</b>"])
def test_bad_names_are_refused(name):
    with pytest.raises(BadInput):
        check_name(name)


@pytest.mark.parametrize("name, cleaned", [("Ada", "Ada"), ("  Mary   Jo ", "Mary Jo"), ("Zoë", "Zoë"),
                                           ("Anne-Marie", "Anne-Marie"), ("O'Neil", "O'Neil")])
def test_good_names_are_kept(name, cleaned):
    assert check_name(name) == cleaned


def test_close_second_topic_is_offered_as_an_alternative(library):
    """"Is it more like...?": offered when the top two topics are within CLOSE_MARGIN, never otherwise."""
    from inara.app import Inara
    from inara.matching.fit import CLOSE_MARGIN, decide
    from inara.compose.guide import compose
    from inara.matching.matcher import MatchResult, TopicScore
    from inara.matching.safety import SafetyResult

    inara = Inara.__new__(Inara)  # only the library is needed for this decision
    inara.library = library
    composed = compose(library, "transitions", "toddler")
    close = MatchResult(2.0, "toddler", True, SafetyResult(),
                        [TopicScore("transitions", 0.80), TopicScore("tantrums-and-big-feelings", 0.80 - CLOSE_MARGIN / 2)])
    close.outcome = decide(None, 0.80, 0.80 - CLOSE_MARGIN / 2)
    assert close.outcome == "close-call"
    alternative = inara._alternative(close, composed)
    assert alternative == {"topic": "tantrums-and-big-feelings", "band": "toddler",
                           "title": library.guide("tantrums-and-big-feelings", "toddler").title}
    far = MatchResult(2.0, "toddler", True, SafetyResult(),
                      [TopicScore("transitions", 0.80), TopicScore("tantrums-and-big-feelings", 0.80 - 3 * CLOSE_MARGIN)])
    far.outcome = decide(None, 0.80, 0.80 - 3 * CLOSE_MARGIN)
    assert far.outcome == "fit"
    assert inara._alternative(far, composed) is None
