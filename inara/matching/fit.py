"""Does any guide fit? The decision between a guide, a close call, and "no guide yet".

A topic's score alone does not tell a good match from a confident wrong one (both score
0.45-0.65), so this is a small model of its own: gradient-boosted trees over what the rankers say
about a question (`Evidence.features`: the best fused score and its margin over the second, the
best topic's semantic score and nearest single phrasing, how many of the ten nearest phrasings
belong to it, the raw lexical score, the gap to the out-of-scope class, and how close the question
is to the best topic's card (title and description) and to its ten closest phrasings), and what a
probe says: a logistic regression over the question's topic vector, trained on every phrasing (its
topic) and on the no-guide training questions (a class of their own), read for the best topic
(`features`). The card and phrasing features were added because, trained without the new topics'
real questions, the model refused 32.5% of them; with them 28.9% (`scripts/experiments/fit_cv.py`).
Model form, weights and the length of the question moved it by a point or less. The probe is the
first thing that moved it more, because it reads the question's vector itself rather than scores
against single phrasings: on blind-reach-7 (in `inara eval`, same threshold rule) fitting
questions answered rightly 66.4% -> 69.8%, refused 30.0% -> 26.2%, a wrong guide 3.6% -> 4.0%,
and in-scope questions no topic covers given a guide 27.1% -> 18.8%
(`scripts/experiments/probe_compare.py` for the other sets).

Three more features read the no-guide training questions as points rather than the probe's plane
(`neighbour_features`): a question on a subject no topic covers often sits beside one a parent asked
about the same subject. Alone they added nothing; with the reach training sets' no-guide questions
(asked as parents ask, beside the topics) in the pool and in training, leaving one reach set out at a
time gave no-guide questions a guide 71 -> 54 of 448, right answers 578 -> 570 of 752
(`scripts/experiments/none_knn.py`, `evals/results/none-knn-2026-12-05.txt`). Trained so with six
reach training sets, the model was judged on a fresh blind set as its plan said and merged
(`evals/results/blind-reach-19-decision.md`: no-guide questions given a guide 17/80 -> 6/80).
Taught since 2026-12-07 with the real fitting questions of new-topics-heldout-2 to -30 and the broad questions of
reach-train-7, -8 and blind-reach-5 to -12 (`evals/results/fit-nh-plan.md`, candidate F-nh2): on
new-topics-heldout-31 to -45, fitting questions told "no guide yet" 14.9% -> 9.4% (wrong guide 1.8% -> 2.0%), on
blind-reach-13 to -21's broad fitting questions answered right 74.2% -> 74.4%, questions no topic covers given a guide
7.2% -> 7.0%. (F-nh, the newer topics' sets alone, helped them but cost the broad questions 1.3 points: not shipped.)

It is trained by `scripts/train_fit.py` on the library's own phrasings (each scored without
itself: a guide fits), the real questions of the tuning sets whose top topic is right, and
`evals/no-guide-train.jsonl` (in-scope questions about subjects no topic covers: nothing fits);
the probe's features for a phrasing or a no-guide question come from a probe trained without it.
Its threshold is chosen on the no-guide training split (out of fold) and checked on dev; the
splits are in evals/README.md. The files it writes, `data/fit_model.json` (about 400 KB: the trees and
the probe's weights) and `data/fit_none.npz` (the no-guide questions' vectors, float16, about 1.3 MB),
ship with the package; without them every ranked topic counts as a fit, as before.
"""

from __future__ import annotations

import json
from functools import lru_cache

import numpy as np

from .safety import DATA

MODEL = DATA / "fit_model.json"
# The no-guide training questions' vectors (float16), for the model's neighbour features
# (`neighbour_features`): written by scripts/train_fit.py beside the model, read when the model asks.
NONE_POOL = DATA / "fit_none.npz"
CLOSE_MARGIN = 0.03  # fused-score gap under which the second topic is offered too ("close call")
# A question the model leaves under its threshold (no guide fits) while still giving the best topic's guide at least
# even odds: the answer says Inara may not have a guide on exactly this, and that the first guide offered may answer
# it, not that none covers it (compose.no_guide.NoGuide.likely). Even odds, not a tuned figure; on the blind-reach
# sets 18-20, forum-posts-4 and new-topics-heldout-34 (2026-12-06) the first guide offered was the right one in 71
# of the 116 no-guide answers at or above it and in 82 of 363 below.
LIKELY = 0.5


NONE = "__none__"  # the probe's class for in-scope questions no topic covers


def probe_features(probabilities: np.ndarray, classes: list[str], best: str) -> list[float]:
    """What the probe says about the best-ranked topic: its probability, the largest one, the
    probability that no topic covers the question, and whether the probe's own first is the same."""
    index = {name: i for i, name in enumerate(classes)}
    top = int(np.argmax(probabilities))
    return [float(probabilities[index[best]]) if best in index else 0.0, float(probabilities[top]),
            float(probabilities[index[NONE]]) if NONE in index else 0.0, float(classes[top] == best)]


def probe_probabilities(query: np.ndarray, probe: dict) -> np.ndarray:
    """The probe (a logistic regression over the question's topic vector) as class probabilities."""
    logits = np.asarray(probe["coef"], dtype=np.float32) @ query + np.asarray(probe["intercept"], dtype=np.float32)
    weights = np.exp(logits - logits.max())
    return weights / weights.sum()


def _nearest(values: np.ndarray, k: int = 10) -> np.ndarray:
    """The k largest values, ascending."""
    return np.sort(np.partition(values, -k)[-k:]) if len(values) > k else np.sort(values)


def neighbour_features(query: np.ndarray, similarities: np.ndarray, pool: np.ndarray) -> list[float]:
    """What the no-guide training questions say as points (the probe reads them as a plane): the
    question's similarity to the nearest of them, that minus its similarity to the nearest
    phrasing, and the share of them among its ten nearest of both. A question on a subject no topic
    covers often sits beside a question parents asked about the same subject
    (scripts/experiments/none_knn.py)."""
    near_none, near_phrasing = _nearest(pool @ query), _nearest(similarities)
    both = np.concatenate([near_none, near_phrasing])
    top = np.argsort(both, kind="stable")[-10:]
    return [float(near_none[-1]), float(near_none[-1] - near_phrasing[-1]), float(np.mean(top < len(near_none)))]


def features(evidence, model: dict | None = None) -> np.ndarray | None:
    """The rankers' features (`Evidence.features`) and, when the model has a probe, the probe's.
    None when the probe has never seen the best topic (a topic added to the library since
    scripts/train_fit.py last ran): the decision then falls back to the scores, as with no model."""
    model = model if model is not None else load()
    base = evidence.features()
    probe = (model or {}).get("probe")
    if probe is None:
        return base
    pool = (model or {}).get("none_pool")
    if evidence.query is None or evidence.semantic is None:
        return np.concatenate([base, np.zeros(4 + (3 if pool is not None else 0), dtype=np.float32)])
    best = evidence.ranked()[0][1]
    if best not in probe["classes"]:
        return None
    extra = probe_features(probe_probabilities(evidence.query, probe), probe["classes"], best)
    if pool is not None and evidence.similarities is not None:
        extra += neighbour_features(evidence.query, evidence.similarities, pool)
    return np.concatenate([base, np.array(extra, dtype=np.float32)])


@lru_cache(maxsize=1)
def load() -> dict | None:
    if not MODEL.exists():
        return None
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    if "probe" in model:  # read once as arrays: the probe is 44 x 384 weights
        model["probe"]["coef"] = np.asarray(model["probe"]["coef"], dtype=np.float32)
        model["probe"]["intercept"] = np.asarray(model["probe"]["intercept"], dtype=np.float32)
    if model.get("neighbours") and NONE_POOL.exists():  # without the file the feature count differs: no model
        model["none_pool"] = np.load(NONE_POOL)["vectors"].astype(np.float32)
    return model


def _tree(tree: dict, x: np.ndarray) -> float:
    node = 0
    while tree["left"][node] != -1:
        node = tree["left"][node] if x[tree["feature"][node]] <= tree["threshold"][node] else tree["right"][node]
    return tree["value"][node]


def probability(features: np.ndarray | None, model: dict | None = None) -> float | None:
    """P(the best topic's guide fits), or None when no model is installed (or `features` says it
    cannot read this question). Two kinds of model: gradient-boosted trees (`trees`, the default)
    or a logistic regression (`coef`)."""
    model = model if model is not None else load()
    if features is None or model is None or model.get("features", len(features)) != len(features):
        return None
    if "trees" in model:
        logit = model["init"] + model["learning_rate"] * sum(_tree(tree, features) for tree in model["trees"])
    else:
        z = (features - np.array(model["mean"])) / np.array(model["scale"])
        logit = float(z @ np.array(model["coef"]) + model["intercept"])
    return float(1.0 / (1.0 + np.exp(-logit)))


# The probe's probability of the out-of-scope class above which a question is out of scope, as well
# as when the fused scores say so (matcher.match). The topic layers drew every question nearer the
# phrasings, so the fused margin alone let through mortgages and tax returns (out-of-scope recall on
# blind-reach-6 0.57 -> 0.14); chosen on the development sets (README, "Matching: measured").
PROBE_OUT = 0.6


def out_of_scope_probability(query: np.ndarray | None, out_class: str, embedder: str | None,
                             model: dict | None = None) -> float | None:
    """What the probe says about the question's topic vector: P(out of scope), or None when there
    is no probe, no vector, the probe has no out-of-scope class, or the vector comes from another
    embedder than the one the probe was trained on (`embedder`, the name scripts/train_fit.py
    records: a stand-in embedder's vectors mean nothing to it)."""
    model = model if model is not None else load()
    probe = (model or {}).get("probe")
    if (probe is None or query is None or out_class not in probe["classes"]
            or embedder is None or probe.get("embedder") != embedder):
        return None
    return float(probe_probabilities(query, probe)[probe["classes"].index(out_class)])


def decide(p_fit: float | None, top1: float, top2: float, model: dict | None = None) -> str:
    model = model if model is not None else load()
    if p_fit is not None and model is not None and p_fit < model["threshold"]:
        return "no-guide"
    return "close-call" if top1 - top2 <= CLOSE_MARGIN else "fit"
