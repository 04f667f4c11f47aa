"""Reach: topics are library data, "no guide fits" is an answer of its own, and every format
shows it; a close second topic is offered everywhere; questions in other languages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import yaml

from inara import Inara
from inara.app import Answer
from inara.compose.no_guide import compose_no_guide
from inara.evaluate import evaluate
from inara.matching import fit
from inara.matching.matcher import MatchResult, TopicScore
from inara.matching.safety import SafetyResult
from inara.render import FORMATS
from inara.render import answer as render

from .conftest import SHIPPED


def no_guide_answer(library, band="school-age", age=8.0) -> Answer:
    match = MatchResult(age, band, True, SafetyResult(),
                        [TopicScore("defiance-and-not-listening", 0.5), TopicScore("lying-and-stealing", 0.49)])
    match.outcome = "no-guide"
    ranked = [t.slug for t in match.topics]
    return Answer(match, None, no_guide=compose_no_guide(library, ranked, band, age))


# --- topics are files --------------------------------------------------------------------------


def add_topic(root: Path, slug: str = "chores-and-pocket-money") -> None:
    """An 18th-or-later topic written as files only: a card and one guide, copied in shape from
    an existing one, with phrasings of its own."""
    card = yaml.safe_load((root / "topics" / "picky-eating.yaml").read_text())
    card.update(slug=slug, title="Chores and pocket money",
                description="Jobs around the house and pocket money: who does what, and for how much.",
                bands=["school-age"], nearest={"toddler": "picky-eating", "preschool": "picky-eating", "teen": "defiance-and-not-listening"},
                examples=[f"my {age} year old refuses to do any chores unless I pay {word}"
                          for age in (6, 7, 8, 9, 10, 11, 12) for word in ("her", "him")],
                red_flags=[])
    card.pop("boundary", None)
    (root / "topics" / f"{slug}.yaml").write_text(yaml.safe_dump(card, sort_keys=False))
    guide = yaml.safe_load((root / "guides" / "picky-eating" / "school-age.yaml").read_text())
    guide.update(topic=slug, title="When jobs at home turn into a bargaining match", related=["picky-eating/school-age"])
    guide.pop("next", None)
    guide.pop("stories", None)
    (root / "guides" / slug).mkdir()
    (root / "guides" / slug / "school-age.yaml").write_text(yaml.safe_dump(guide, sort_keys=False))
    # linked from another guide, so it is no orphan
    other = root / "guides" / "picky-eating" / "toddler.yaml"
    data = yaml.safe_load(other.read_text())
    data["related"] = [*data.get("related", []), f"{slug}/school-age"]
    other.write_text(yaml.safe_dump(data, sort_keys=False))


def test_a_topic_added_as_files_only_is_matched_composed_and_rendered(library_copy, tmp_path):
    add_topic(library_copy)
    inara = Inara(library=library_copy, db=tmp_path / "index.db", matcher="lexical")
    assert "chores-and-pocket-money" in inara.library.topics
    result = inara.match("my 9 year old refuses to do any chores unless I pay him")
    assert result.best == "chores-and-pocket-money"
    answer = inara.ask("my 9 year old refuses to do any chores unless I pay him")
    assert answer.guide.guide.topic == "chores-and-pocket-money"
    for fmt in ("markdown", "html", "json"):
        assert "bargaining match" in render(answer, fmt)
    assert answer.guide.guide.hook.split(".")[0] in render(answer, "transcript")


def test_a_guide_for_a_topic_with_no_card_is_reported(library_copy):
    from inara.content.checks import check_library
    from inara.content.loader import read_library

    (library_copy / "topics" / "picky-eating.yaml").unlink()
    library, problems = read_library(library_copy)
    problems += check_library(library)
    assert any(p.field == "topic" and "picky-eating" in p.expected for p in problems), problems


# --- the "no guide yet" answer -----------------------------------------------------------------


def test_no_guide_answer_says_so_and_stays_useful(library):
    answer = no_guide_answer(library)
    assert answer.kind == "no-guide"
    ng = answer.no_guide
    assert ng.headline == "Inara does not have a guide on this yet."
    assert "8" in ng.understood and "school-age" in ng.understood.lower()
    assert [n.guide.topic for n in ng.nearest] == ["defiance-and-not-listening", "lying-and-stealing"]
    assert all(n.guide.band == "school-age" and n.why for n in ng.nearest)
    assert ng.principles and ng.principles.band == "school-age"
    cited = {ref for p in ng.principles.principles for ref in p.refs}
    assert {r.id for _, r in ng.references} == cited


def test_a_no_guide_answer_the_first_guide_may_fit_says_so(library):
    """When the fit model gave the best guide at least even odds (fit.LIKELY) but not enough to answer with it, the
    answer says Inara may not have a guide on exactly this and that the first guide may answer it, never that none
    of its guides covers it; and a toddler's age is said in months."""
    match = MatchResult(19 / 12, "toddler", True, SafetyResult(), [TopicScore("bedtime-and-sleep", 0.6)])
    sure = compose_no_guide(library, ["bedtime-and-sleep"], "toddler", 19 / 12)
    maybe = compose_no_guide(library, ["bedtime-and-sleep"], "toddler", 19 / 12, likely=True)
    assert sure.headline == "Inara does not have a guide on this yet." and "none of our guides" in sure.understood
    assert maybe.headline == "Inara may not have a guide on exactly this."
    assert "none of our guides" not in maybe.understood and "first guide below may answer it" in maybe.understood
    assert "19 months" in maybe.understood and maybe.as_dict()["likely"] is True
    for fmt in FORMATS:
        text = render(Answer(match, None, no_guide=maybe), fmt)
        assert "may not have a guide on exactly this" in text and "does not have a guide" not in text, fmt


@pytest.mark.model
def test_the_app_hedges_by_the_fit_probability(inara):
    """Inara.ask passes the fit model's reading on: a no-guide answer is hedged exactly when its probability is at
    least fit.LIKELY."""
    from inara.matching.fit import LIKELY
    for text, age in [("my 3 year old is up at 5 every day, help", None),
                      ("how do I get nits out of my 6 year olds hair", None)]:
        answer = inara.ask(text, age)
        assert answer.kind == "no-guide", text
        assert answer.no_guide.likely == (answer.match.fit_probability >= LIKELY), text
    assert inara.ask("my 3 year old is up at 5 every day, help").no_guide.likely
    assert not inara.ask("how do I get nits out of my 6 year olds hair").no_guide.likely


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "terminal"] + ["terminal"])
def test_every_format_shows_the_no_guide_answer(library, fmt):
    answer = no_guide_answer(library)
    text = render(answer, fmt)
    assert "does not have a guide on this yet" in text
    if fmt != "json":
        assert answer.no_guide.nearest[0].guide.title in text
        assert answer.no_guide.principles.principles[0].title in text
    else:
        data = json.loads(text)
        assert data["kind"] == "no-guide" and data["guide"] is None
        assert data["no_guide"]["nearest"][0]["topic"] == "defiance-and-not-listening"
        assert data["no_guide"]["principles"]["items"][0]["citations"] == [1]


def test_the_no_guide_page_is_not_an_error_page(library):
    html = render(no_guide_answer(library), "html")
    assert "role=\"alert\"" not in html and "Error" not in html
    assert 'href="#ref-1"' in html and 'id="ref-1"' in html


def test_every_band_has_principles_citing_known_references(library):
    for band in ("toddler", "preschool", "school-age", "teen"):
        page = library.principles[band]
        assert len(page.principles) >= 3
        for principle in page.principles:
            assert set(principle.refs) <= set(library.references)


# --- close second topic in every format ---------------------------------------------------------


@pytest.mark.parametrize("fmt", ["markdown", "html", "transcript", "terminal"])
def test_every_format_offers_a_close_second_topic(library, fmt):
    from inara.compose.guide import compose

    match = MatchResult(2.0, "toddler", True, SafetyResult(),
                        [TopicScore("transitions", 0.80), TopicScore("tantrums-and-big-feelings", 0.79)])
    match.outcome = "close-call"
    second = library.guide("tantrums-and-big-feelings", "toddler")
    answer = Answer(match, compose(library, "transitions", "toddler"),
                    {"topic": second.topic, "band": second.band, "title": second.title})
    assert second.title in render(answer, fmt)


# --- the fit decision ---------------------------------------------------------------------------


def test_fit_model_file_is_well_formed():
    model = fit.load()
    assert model is not None, "run scripts/train_fit.py"
    assert model["features"] == 18 and len(model["trees"]) >= 10
    for tree in model["trees"]:
        assert len(tree["left"]) == len(tree["right"]) == len(tree["feature"]) == len(tree["value"])
    assert 0 < model["threshold"] < 1
    probe = model["probe"]
    assert probe["coef"].shape == (len(probe["classes"]), 384) and probe["intercept"].shape == (len(probe["classes"]),)
    # the no-guide training questions the neighbour features read (fit.NONE_POOL): every set's
    pool = model["none_pool"]
    assert model["neighbours"] is True and pool.shape[1] == 384 and len(pool) >= 1800
    assert np.allclose(np.linalg.norm(pool, axis=1), 1.0, atol=1e-2)


def test_the_fit_models_probe_knows_every_topic_of_the_library(library):
    """A topic added since scripts/train_fit.py ran is unknown to the probe, and its questions
    would fall back to the scores alone: retrain when the topics change."""
    from inara.matching.matcher import OUT

    assert set(fit.load()["probe"]["classes"]) == set(library.topics) | {OUT, fit.NONE}


def probe_model() -> dict:
    return {"probe": {"classes": ["bedtime-and-sleep", "picky-eating", fit.NONE],
                      "coef": np.eye(3, dtype=np.float32) * 4, "intercept": np.zeros(3, dtype=np.float32)}}


class FakeEvidence:
    """What fit.features reads of an Evidence: its own features, the best topic, the vector."""

    def __init__(self, best: str, query, semantic=True):
        self.best, self.query, self.semantic = best, query, {} if semantic else None

    def features(self):
        return np.zeros(11, dtype=np.float32)

    def ranked(self):
        return [(0.6, self.best), (0.4, "other")]


def test_the_probe_says_how_sure_it_is_of_the_best_topic_and_of_no_topic():
    """Four numbers after the rankers' eleven: the probe's probability of the best topic, its
    largest, that of "no topic covers this", and whether its own first is the best topic."""
    query = np.array([0.0, 1.0, 0.0], dtype=np.float32)  # the probe's "picky-eating" direction
    found = fit.features(FakeEvidence("picky-eating", query), probe_model())
    p = np.exp([0.0, 4.0, 0.0]) / np.exp([0.0, 4.0, 0.0]).sum()
    assert found.shape == (15,)
    assert np.allclose(found[11:], [p[1], p[1], p[2], 1.0], atol=1e-6)
    other = fit.features(FakeEvidence("bedtime-and-sleep", query), probe_model())
    assert np.allclose(other[11:], [p[0], p[1], p[2], 0.0], atol=1e-6)


def test_a_topic_the_probe_never_saw_falls_back_to_the_scores():
    assert fit.features(FakeEvidence("a-new-topic", np.ones(3, dtype=np.float32)), probe_model()) is None
    assert fit.probability(None, {"threshold": 0.5, "features": 15}) is None
    assert fit.features(FakeEvidence("picky-eating", None, semantic=False), probe_model())[11:].tolist() == [0, 0, 0, 0]


def test_neighbour_features_read_the_no_guide_questions_as_points():
    """The nearest no-guide question's similarity, that minus the nearest phrasing's, and the
    share of no-guide questions among the ten nearest of both."""
    # one dimension, so each pool row's similarity to the question is its one value
    pool = np.array([[0.8], [0.6], [0.3], [0.25], [0.2], [0.15], [0.12], [0.11], [0.05], [0.04], [0.03], [0.02]],
                    dtype=np.float32)
    query = np.array([1.0], dtype=np.float32)
    phrasings = np.array([0.7, 0.5, 0.35, 0.1, 0.09, 0.08, 0.07, 0.06, 0.01, 0.0, -0.1, -0.2], dtype=np.float32)
    nearest, gap, share = fit.neighbour_features(query, phrasings, pool)
    assert nearest == pytest.approx(0.8) and gap == pytest.approx(0.1)
    # the ten nearest: 0.8, 0.7, 0.6, 0.5, 0.35, 0.3, 0.25, 0.2, 0.15, 0.12: seven from the pool
    assert share == pytest.approx(0.7)
    far = fit.neighbour_features(query, np.full(12, 0.9, dtype=np.float32), pool)
    assert far[1] == pytest.approx(-0.1) and far[2] == pytest.approx(0.0)


def test_without_its_neighbour_pool_the_model_falls_back_to_the_scores():
    """A model trained with the neighbour features and shipped without fit_none.npz reads fewer
    features than it was trained on: no probability, so every ranked topic counts as a fit."""
    model = {**fit.load()}
    query = np.zeros(384, dtype=np.float32)
    query[0] = 1.0
    evidence = FakeEvidence(model["probe"]["classes"][0], query)
    evidence.similarities = np.zeros(10, dtype=np.float32)
    assert fit.features(evidence, model).shape == (18,)
    assert fit.probability(fit.features(evidence, model), model) is not None
    del model["none_pool"]
    assert fit.features(evidence, model).shape == (15,)
    assert fit.probability(fit.features(evidence, model), model) is None


def test_decide_reads_the_probability_then_the_margin():
    model = {"threshold": 0.5}
    assert fit.decide(0.2, 0.9, 0.1, model) == "no-guide"
    assert fit.decide(0.9, 0.9, 0.89, model) == "close-call"
    assert fit.decide(0.9, 0.9, 0.5, model) == "fit"
    assert fit.decide(None, 0.9, 0.5, None) == "fit"  # no model: as before


def test_probability_rises_with_a_clearer_match():
    """A question whose best topic is clear (high score, wide margin, neighbours agreeing) is a
    fit; one that is weak and split is not."""
    model = fit.load()
    #                  top1 margin sem  nn1  semgap agree lexraw outgap lexbest card wide  probe: best max none same
    #                  neighbours: nearest no-guide, minus nearest phrasing, their share of ten
    clear = np.array([0.75, 0.20, 0.74, 0.85, 0.15, 0.9, 3.2, -0.40, 1.0, 0.55, 0.70, 0.90, 0.90, 0.02, 1.0,
                      0.45, -0.40, 0.0])
    vague = np.array([0.42, 0.01, 0.43, 0.50, 0.01, 0.2, 2.2, -0.02, 0.8, 0.20, 0.38, 0.10, 0.40, 0.45, 0.0,
                      0.70, 0.20, 0.8])
    assert fit.probability(clear, model) > model["threshold"] > fit.probability(vague, model)


# --- evaluation reports the four outcomes -------------------------------------------------------


def test_eval_reports_the_four_way_confusion():
    def match(text, age):
        result = MatchResult(5.0, "preschool", True, SafetyResult(), [TopicScore("picky-eating", 0.6)])
        result.outcome = {"fits": "fit", "nothing": "no-guide", "wrong": "fit"}[text]
        return result

    items = [{"text": "fits", "expected_topic": "picky-eating"},
             {"text": "nothing", "expected_topic": None},
             {"text": "wrong", "expected_topic": "bedtime-and-sleep"}]
    report = evaluate(match, items)
    assert report.counts["confusion"] == {"fit": {"fit": 1, "wrong-guide": 1}, "no-guide": {"no-guide": 1}}
    assert report.metrics["outcomes"]["no_guide_given_a_guide"] == 0.0
    assert report.metrics["outcomes"]["fit_wrong_guide"] == 0.5


def test_a_see_professional_question_without_a_topic_is_not_a_no_guide_question():
    """The safety sets label a see-professional question with a category, not a topic: whether a
    guide fits it is not known, so it stays out of the four outcomes (forum-posts-1 to -3 counted
    their 160 such posts as "no guide fits" and printed 56-63% of them given a guide)."""
    def match(text, age):
        result = MatchResult(5.0, "preschool", True, SafetyResult(), [TopicScore("picky-eating", 0.6)])
        result.outcome = "fit"
        return result

    items = [{"text": "a", "expected_topic": None, "safety": "see-professional", "category": "development"},
             {"text": "b", "expected_topic": None, "safety": "ok"},
             {"text": "c", "expected_topic": "picky-eating", "safety": "see-professional"}]
    confusion = evaluate(match, items).counts["confusion"]
    assert confusion == {"no-guide": {"fit": 1}, "fit": {"fit": 1}}


# --- other languages ----------------------------------------------------------------------------


@pytest.mark.parametrize("text, language", [
    ("mi hija de 5 años no quiere dormir sola", "es"),
    ("ma fille de quatre ans ne veut pas dormir", "fr"),
    ("mijn dochter van 4 wil niet alleen slapen", "nl"),
    ("mój syn nie chce spać sam", "pl"),
    ("zoon van 3 slaapt slecht", "nl"),
    ("my 5 year old won't sleep alone", "en"),
    ("DS7 wont go to school", "en"),
])
def test_language_is_detected(text, language):
    from inara.matching.language import detect

    assert detect(text) == language


# Written here: a Spanish mother's question with its middle in English, as bilingual parents write;
# the same with too little English to match on; and one whose Spanish sentence is an emergency.
MIXED = ("Mi hija tiene 9 años y desde que empezó el curso no quiere ir al colegio, llora todas las mañanas y dice "
         "que le duele la barriga. My daughter cries every morning before school and begs to stay home, and on "
         "Sunday nights she can't sleep. ¿Qué puedo hacer?")
MIXED_TOO_LITTLE = ("Mi hija de 9 años no quiere hacer los deberes de matemáticas, se enfada, tira el lápiz y dice que "
                    "son aburridos. She says homework is stupid. ¿Qué puedo hacer?")
MIXED_EMERGENCY = ("Mi hijo de 2 años se tragó una pila de botón hace diez minutos y ahora llora y no quiere comer "
                   "nada. He has been so fussy at bedtime all week and wakes up screaming every night.")


def test_the_english_sentences_of_a_mixed_question_are_kept():
    from inara.matching.language import detect, english_part

    assert detect(MIXED) == "es"
    assert english_part(MIXED) == ("My daughter cries every morning before school and begs to stay home, and on "
                                   "Sunday nights she can't sleep.")


@pytest.mark.parametrize("text", [
    MIXED_TOO_LITTLE,  # 4 English words of 29
    "Mi hija tiene 9 años y no quiere ir al colegio. She cries every morning before school and begs to stay at "
    "home with me. Llora todas las mañanas, dice que le duele la barriga, no come, no duerme bien, y su "
    "profesora dice que en clase está muy callada y que no juega con nadie en el recreo. ¿Qué puedo hacer?",
    # 14 English words, under 40% of the question's
    "mi hija de 5 años no quiere dormir sola en su cuarto, ¿qué hago?",
])
def test_too_little_english_is_not_matched_on(text):
    from inara.matching.language import detect, english_part

    assert detect(text) == "es" and english_part(text) is None


@pytest.mark.model
def test_a_mixed_question_is_answered_from_its_english_sentences(inara):
    from inara.render import answer as render

    answer = inara.ask(MIXED)
    match = answer.match
    assert match.language == "es" and match.english_sentences_only
    assert answer.kind in ("guide", "referral-and-guide") and match.best == "school-avoidance"
    note = "esta respuesta se basa en las partes de su pregunta escritas en inglés"
    assert note in match.as_dict()["language_note"]
    assert note in render(answer, "markdown") and note in render(answer, "terminal", width=200)
    assert "reads only the parts of your question written in English" in render(answer, "transcript")
    assert "inglés" not in (match.message or "")  # the refusal is not given with the guide


@pytest.mark.model
def test_too_little_english_is_still_answered_in_its_language(inara):
    answer = inara.ask(MIXED_TOO_LITTLE)
    assert answer.kind == "other-language" and not answer.match.english_sentences_only
    assert answer.guide is None and "escriba su pregunta en inglés" in answer.match.message


@pytest.mark.model
def test_the_screen_reads_the_whole_mixed_question(inara):
    from inara.matching.language import detect, english_part

    assert detect(MIXED_EMERGENCY) == "es" and english_part(MIXED_EMERGENCY)  # a guide would be matched on
    answer = inara.ask(MIXED_EMERGENCY)
    assert answer.kind == "urgent" and answer.guide is None
    assert answer.match.safety.category == "poisoning" and answer.match.safety.language == "es"
