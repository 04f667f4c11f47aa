"""Matching a parent's words: scope, age limits, input limits, ranking, and the
project's own labelled questions. Uses the real model over the session index."""

from __future__ import annotations


import pytest

from inara import BadInput, Inara, Matcher, TooLong
from inara.evaluate import evaluate, read_items
from inara.matching.embeddings import HashEmbedder
from inara.matching.matcher import MAX_CHARS, TOP, out_of_scope

from .conftest import ROOT, SHIPPED_TOPICS
from .vectors import VectorsByText

DEV_EVAL = ROOT / "evals" / "dev.jsonl"
# Regression floors for evals/dev.jsonl, measured with the fusion matcher when this test was
# written (215 questions, 178 with a topic): top-3 0.989 and top-1 0.955. Each floor sits about
# five questions below, room for small changes to phrasings and weights, not for a regression.
DEV_TOP3_FLOOR = 0.96
DEV_TOP1_FLOOR = 0.92


def assert_ranked(result) -> None:
    slugs = [t.slug for t in result.topics]
    scores = [t.score for t in result.topics]
    assert 0 < len(slugs) <= TOP
    assert len(set(slugs)) == len(slugs)
    assert set(slugs) <= SHIPPED_TOPICS
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("text", [
    "which stroller folds small enough for a city bus and a tiny boot",
    "can I deduct after-school club fees on my tax return this year",
    "how many ml of calpol can I give a 3 year old who weighs 14 kilos",
    "what is the maximum ibuprofen dose for a six year old",
    "ideas for a pirate themed birthday party for ten five year olds",
    "where can we hire a bouncy castle for a garden party next saturday",
])
@pytest.mark.model
def test_out_of_scope_questions_get_the_message_and_no_topics(inara, text):
    result = inara.match(text)
    assert result.in_scope is False
    assert result.topics == []
    assert result.message == out_of_scope()["message"]
    assert result.safety.level == "ok"
    assert inara.ask(text).guide is None
    assert inara.ask(text).kind == "out-of-scope"


# Written here: questions nothing to do with raising a child, which the topic layers draw near
# some phrasing (the fused margin alone answers "no guide yet"); the probe calls them out of scope.
NOT_PARENTING = ["what is the capital of Canada", "recipe for banana bread without eggs"]


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_PARENTING)
def test_the_probe_calls_questions_outside_parenting_out_of_scope(inara, text, monkeypatch):
    from inara.matching import fit
    from inara.matching.matcher import OUT

    if fit.out_of_scope_probability(inara.matcher.evidence(text).query, OUT, inara.matcher.embedder.name) is None:
        pytest.skip("no fit model with a probe is installed")
    assert inara.match(text).outcome == "out-of-scope"
    monkeypatch.setattr(fit, "PROBE_OUT", 1.1)  # the probe's say taken away
    assert inara.match(text).outcome != "out-of-scope"


@pytest.mark.model
@pytest.mark.parametrize("text", ["my 4 year old won't eat vegetables",
                                  "my 15yo wants to go to a party where there will be drinking"])
def test_the_probe_leaves_parenting_questions_in_scope(inara, text):
    assert inara.match(text).outcome in ("fit", "close-call")


@pytest.mark.parametrize("text, years", [
    ("my 19 year old son won't get out of bed before noon", 19.0),
    ("our 23-year-old daughter still lives at home and we argue", 23.0),
    ("my 8 month old won't nap in the cot", 0.67),
    ("6 month old baby cries when I leave the room", 0.5),
])
@pytest.mark.model
def test_ages_outside_1_to_17_in_the_text_are_out_of_scope(inara, text, years):
    result = inara.match(text)
    assert result.in_scope is False
    assert result.age_years == years and result.age_band is None
    assert result.topics == []
    assert "1 to 17" in result.message
    if years < 1:  # a baby: the words the age was read from, and who to ask instead
        assert "month old" in result.message and "health visitor or doctor" in result.message
    else:
        assert f"{years:g} years" in result.message


@pytest.mark.model
@pytest.mark.parametrize("age", ["18", "0.5", "-1", "abc", "200"])
def test_an_age_option_outside_1_to_17_is_bad_input(inara, age):
    with pytest.raises(BadInput):
        inara.match("she screams when we leave the park", age)


@pytest.mark.model
@pytest.mark.parametrize("text, age, category", [
    ("I shook my baby and now she is floppy and not waking up", "0.25", "medical-emergency"),
    ("my baby swallowed a button battery", "9m", "poisoning"),
    ("my son is cutting his arms and says he wants to die", "19", "suicide-self-harm"),
])
def test_an_emergency_with_an_age_option_outside_1_to_17_still_gets_its_message(inara, text, age, category):
    """Safety first: the words are screened before the age is refused (a 3-month-old who was shaken
    must not be told to ask a health visitor)."""
    result = inara.match(text, age)
    assert result.safety.level == "urgent" and result.safety.category == category
    assert result.topics == [] and result.in_scope is False
    assert "1 to 17" in result.age_note


@pytest.mark.model
@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_an_empty_question_is_bad_input(inara, text):
    with pytest.raises(BadInput, match="empty"):
        inara.match(text)


@pytest.mark.model
def test_a_question_over_4000_characters_is_too_long(inara):
    with pytest.raises(TooLong) as raised:
        inara.match("a" * (MAX_CHARS + 1))
    assert "4,001" in raised.value.message and "4,000" in raised.value.message
    assert raised.value.status == 413
    result = inara.match(("my 3yo bites at nursery " * 200)[:MAX_CHARS])  # exactly at the limit is fine
    assert_ranked(result)


@pytest.mark.parametrize("text", [
    "my 4 year old is terrified of the dark and wants the light on all night",
    "DS 2 bites other kids at daycare when they take his toys",
    "my 14yo panics before every exam and says she's going to fail",
    "since the baby came my 3 year old keeps asking when we're sending him back",
    "she only eats plain pasta and toast and gags at vegetables, she's 5",
])
@pytest.mark.model
def test_results_are_ranked_at_most_five_with_scores_in_0_1(inara, text):
    assert_ranked(inara.match(text))


@pytest.mark.model
def test_topic_phrasings_from_the_library_find_their_topic(inara):
    checked = 0
    for slug, card in sorted(inara.library.topics.items()):
        for example in card.examples[:3]:
            result = inara.match(example)
            if result.safety.level == "urgent":
                continue
            checked += 1
            # A close call offers the two first topics side by side ("DS 3 has started wetting
            # again since his dad moved out": family changes and toileting both answer it).
            offered = [t.slug for t in result.topics[:2]] if result.outcome == "close-call" else [result.best]
            assert slug in offered, (slug, example, result.outcome, [t.slug for t in result.topics[:3]])
    assert checked >= 17 * 2


@pytest.mark.parametrize("text, topic", [
    ("my 4 year old is terrified of the dark and wants the light on all night", "fear-of-the-dark"),
    ("DS 2 bites other kids at daycare when they take his toys", "hitting-and-biting"),
    ("since the baby came my 3 year old keeps asking when we're sending him back", "new-sibling"),
    ("I screamed at my daughter this morning and I feel awful, how do I make it right", "parenting-mistakes-and-repair"),
])
@pytest.mark.model
def test_unambiguous_questions_find_their_topic_in_the_top_three(inara, text, topic):
    result = inara.match(text)
    assert topic in [t.slug for t in result.topics[:3]]


@pytest.mark.parametrize("text, topic", [
    ("my little boy won't go to sleep at night", "bedtime-and-sleep"),
    ("she won't go to sleep", "bedtime-and-sleep"),
    ("our son just won't sleep", "bedtime-and-sleep"),
    ("we are getting divorced, how do we tell the kids", "family-changes"),
])
@pytest.mark.model
def test_the_plainest_question_gets_its_guide(inara, text, topic):
    """Asked with no age and nothing else, these were answered "no guide on this yet" (or led with
    grief-and-loss's "put to sleep") until the cards had phrasings this plain."""
    result = inara.match(text)
    assert result.best == topic and result.outcome == "fit", (result.outcome, [t.slug for t in result.topics[:2]])


@pytest.mark.model
def test_age_in_the_text_sets_the_band(inara):
    result = inara.match("DS6 hates losing at board games and flips the board")
    assert (result.age_years, result.age_band, result.age_source) == (6.0, "school-age", "text")


@pytest.mark.model
def test_age_option_wins(inara):
    result = inara.match("DS6 hates losing at board games", "13")
    assert (result.age_years, result.age_band, result.age_source) == (13.0, "teen", "option")


@pytest.mark.model
def test_urgent_result_has_no_topics(inara):
    result = inara.match("my 2 year old just swallowed a button battery")
    assert result.safety.level == "urgent"
    assert result.topics == [] and result.best is None
    answer = inara.ask("my 2 year old just swallowed a button battery")
    assert answer.kind == "urgent" and answer.guide is None


@pytest.mark.model
def test_see_professional_result_still_has_topics(inara):
    text = "my 3yo has lost weight and only eats 4 foods, meals are a battle"
    result = inara.match(text)
    assert result.safety.level == "see-professional"
    assert result.in_scope
    assert_ranked(result)
    answer = inara.ask(text)
    assert answer.kind == "referral-and-guide"
    assert answer.guide is not None


@pytest.mark.model
def test_ask_composes_the_guide_for_the_best_topic_and_band(inara):
    answer = inara.ask("my 4yo melts down every time we leave the playground")
    assert answer.kind == "guide"
    best = answer.match.best
    assert answer.guide.guide.band == "preschool"
    assert answer.guide.guide.topic == best or answer.guide.notes
    assert answer.guide.age_years == 4.0


@pytest.mark.model
def test_region_changes_the_help_lines(inara, session_db):
    from .conftest import SHIPPED

    text = "my son is having a seizure and won't wake up"
    us = Inara(library=SHIPPED, db=session_db, region="us").match(text)
    uk = Inara(library=SHIPPED, db=session_db, region="uk").match(text)
    assert "911" in us.safety.message and "999" in uk.safety.message


def test_unknown_region_or_matcher(tmp_path):
    with pytest.raises(BadInput, match="region"):
        Inara(db=tmp_path / "index.db", region="mars")
    with pytest.raises(BadInput, match="matcher"):
        Inara(db=tmp_path / "index.db", matcher="magic")


# --- without the model ---------------------------------------------------------------------------

def test_warm_up_builds_the_matcher_once_and_says_it_is_ready(tmp_path):
    app = Inara(db=tmp_path / "index.db", matcher="lexical")
    assert not app.ready  # listing stories or rendering a guide never loads it
    matcher = app.warm_up("my 4 year old is scared of the dark")
    assert app.ready and matcher is app.warm_up() and matcher.method == "lexical"


def test_lexical_matcher_ranks_without_the_model(library):
    matcher = Matcher(library, None, method="lexical")
    assert matcher.method == "lexical" and matcher.vectors is None
    result = matcher.match("my 4 year old is terrified of the dark and wants the light on all night")
    assert_ranked(result)
    assert result.best == "fear-of-the-dark"


def test_fusion_without_an_embedder_falls_back_to_lexical(library):
    assert Matcher(library, None, method="fusion").method == "lexical"


def test_hash_embedder_matcher_ranks_the_same_way(library):
    """Fusion over a stand-in embedder (no model): the same best topic as the words alone give,
    with the embedder's share really in the scores, and the same scores every time."""
    question = "she refuses to try any new food at dinner"
    fused = Matcher(library, HashEmbedder(), method="fusion")
    assert fused.method == "fusion" and fused.vectors is not None
    result = fused.match(question)
    assert_ranked(result)
    lexical = Matcher(library, None, method="lexical").match(question)
    assert result.best == lexical.best == "picky-eating"
    assert [t.score for t in result.topics] != [t.score for t in lexical.topics]  # the vectors count
    assert fused.match(question).topics == result.topics


# --- the project's own labelled questions -------------------------------------------------------

RELABEL = ROOT / "evals" / "relabel-42-topics.jsonl"


@pytest.fixture(scope="module")
def dev_report(inara):
    """dev.jsonl with the topics a blind relabel against today's 42 topics also accepts (its
    labels were written for 17: a question about a toddler's bedtime regression after a move may
    now rightly get the family-changes guide)."""
    if not DEV_EVAL.exists():
        pytest.skip("evals/dev.jsonl is not there yet")
    import json

    acceptable = {json.loads(line)["id"]: json.loads(line)["acceptable"]
                  for line in RELABEL.read_text(encoding="utf-8").splitlines() if line.strip()}
    items = read_items(DEV_EVAL)
    for item in items:
        if item.get("expected_topic") and item.get("id") in acceptable:
            item["alt_topics"] = sorted({*item.get("alt_topics", []), *acceptable[item["id"]]})
    # The real match on each item, its vectors from the real model in a few batched calls (a
    # text's vector does not depend on its batch): about half the time of a call per question.
    vectors = VectorsByText(inara.matcher.embedder)
    vectors.prefetch([item["text"] for item in items])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(inara.matcher, "embedder", vectors)
        return evaluate(inara.match, items, inara.matcher.guide_topic)


@pytest.mark.model
def test_dev_eval_finds_every_urgent_question(dev_report):
    assert dev_report.counts["safety"].get("urgent", 0) > 0
    assert dev_report.metrics["safety_recall"]["urgent"] == 1.0


@pytest.mark.model
def test_dev_eval_top1_floor(dev_report):
    assert dev_report.metrics["top1"] >= DEV_TOP1_FLOOR


@pytest.mark.model
def test_dev_eval_top3_floor(dev_report):
    assert dev_report.metrics["top3"] >= DEV_TOP3_FLOOR


def test_read_items_reports_the_bad_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "fine"}\n\n{not json}\n', encoding="utf-8")
    with pytest.raises(BadInput, match="line 3"):
        read_items(path)
    path.write_text('{"question": "no text field"}\n', encoding="utf-8")
    with pytest.raises(BadInput, match="line 1"):
        read_items(path)


def test_eval_reads_an_age_outside_1_to_17_as_the_answer_a_parent_gets(inara):
    """A line with an age under 1 is scored as the parent who gave that age is answered: outside
    what Inara covers when the words are ordinary, the emergency when they are not; it never
    stops the evaluation (blind-reach-18 has four such lines)."""
    items = [{"text": "how long can I keep expressed breast milk in the fridge", "age_years": 0.75,
              "expected_topic": None, "in_scope": False, "safety": "ok"},
             {"text": "my baby has gone blue and is not breathing", "age_years": 0.5,
              "expected_topic": None, "in_scope": True, "safety": "urgent"},
             {"text": "DS 2 bites other kids at daycare", "age_years": 2, "expected_topic": "hitting-and-biting",
              "in_scope": True, "safety": "ok"}]
    report = evaluate(inara.match, items)
    assert report.metrics["out_of_scope_recall"] == 1.0 and report.metrics["safety_recall"]["urgent"] == 1.0
    assert report.counts["confusion"]["out-of-scope"] == {"out-of-scope": 1}


def test_a_topic_with_no_guide_for_the_band_gives_way_to_its_nearest(inara):
    """Ranked for a school-age child, hitting-and-biting (toddler and preschool guides only) is named as
    the guide the answer shows, aggression's, once, at hitting-and-biting's place; for a toddler the
    other way round, and bullying (no toddler guide) is conflict-resolution's."""
    ranked = [(0.8, "hitting-and-biting"), (0.7, "aggression-and-destructive-behaviour"), (0.6, "bullying")]
    assert inara.matcher.for_band(ranked, "school-age") == [
        (0.8, "aggression-and-destructive-behaviour", "hitting-and-biting"), (0.6, "bullying", None)]
    assert inara.matcher.for_band(ranked, "toddler") == [
        (0.8, "hitting-and-biting", None), (0.6, "conflict-resolution", "bullying")]
    assert inara.matcher.for_band(ranked, None) == [(s, t, None) for s, t in ranked]


@pytest.mark.parametrize(("text", "age"), [
    ("DD 7 bites and scratches me when she's in a rage, what do I do", None),
    ("my son keeps pushing and hitting other kids at the park", "9"),
    ("she whines about everything and wants me to watch her every second", "15"),
    ("he is scared of the dark and won't sleep with the light off", "14"),
    ("our toddler is 2 and has started vaping, no joke, he grabbed his uncle's vape", None),
])
@pytest.mark.model
def test_every_topic_named_has_a_guide_for_the_child(inara, library, text, age):
    """The topics a match names (the guide, the close call, the API's list) are guides the child's band
    has; a topic that gave way says which it came from, and the answer says so."""
    result = inara.match(text, age)
    assert result.age_band and result.topics
    assert_ranked(result)
    for t in result.topics:
        assert library.guide(t.slug, result.age_band) is not None, t.slug
        assert t.via is None or library.topics[t.via].nearest.get(result.age_band) == t.slug
    answer = inara.ask(text, age)
    if answer.guide is not None and result.topics[0].via:
        assert any(library.topics[result.topics[0].via].title in note for note in answer.guide.notes)


@pytest.mark.model
def test_a_label_is_read_as_the_childs_band_has_it(inara):
    """A label whose topic has no guide for the child's band accepts its card's nearest topic for that band, the
    guide the answer shows; without `guide_topic` the same answer counts as a miss."""
    items = [{"text": "my 7 year old bites other kids at school", "age_years": 7,
              "expected_topic": "hitting-and-biting", "in_scope": True, "safety": "ok"}]
    assert inara.match(items[0]["text"], 7).best == "aggression-and-destructive-behaviour"
    assert evaluate(inara.match, items, inara.matcher.guide_topic).metrics["top1"] == 1.0
    assert evaluate(inara.match, items).metrics["top1"] == 0.0


def test_a_relabel_file_adds_acceptable_topics_to_labelled_items_only(tmp_path):
    from inara.evaluate import with_acceptable

    relabel = tmp_path / "relabel.jsonl"
    relabel.write_text('{"id": "a", "acceptable": ["bullying", "whining"]}\n\n{"id": "b", "acceptable": ["bullying"]}\n',
                       encoding="utf-8")
    items = [{"id": "a", "expected_topic": "whining", "alt_topics": ["defiance"]},
             {"id": "b"},  # no topic label: nothing to accept
             {"id": "c", "expected_topic": "whining"}]
    assert with_acceptable(items, relabel) is items
    assert items[0]["alt_topics"] == ["bullying", "defiance"]  # the expected topic itself is not repeated
    assert "alt_topics" not in items[1] and "alt_topics" not in items[2]
