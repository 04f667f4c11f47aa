"""Does any guide fit? The decision between a guide, a close call, and "no guide yet".

A topic's score alone does not tell a good match from a confident wrong one (both score
0.45-0.65), so this is a small model of its own: gradient-boosted trees over what the rankers say
about a question (`Evidence.features`: the best fused score and its margin over the second, the
best topic's semantic score and nearest single phrasing, how many of the ten nearest phrasings
belong to it, the raw lexical score, the gap to the out-of-scope class, and how close the question
is to the best topic's card (title and description) and to its ten closest phrasings). The last
two were added because, trained without the new topics' real questions, the model refused 32.5% of
them (the fresh-question refusal seen on new topics); with them 28.9% (wrong guide 3.4% -> 4.0%;
no-guide-train given a guide, nested out of fold by subject, 6.8% -> 7.0%;
`scripts/experiments/fit_cv.py`). Model form, weights and the length of the question were tried
and moved it by a point or less: these features, not the model, are the limit.

It is trained by `scripts/train_fit.py` on the library's own phrasings (each scored without
itself: a guide fits), the real questions of the tuning sets whose top topic is right, and
`evals/no-guide-train.jsonl` (in-scope questions about subjects no topic covers: nothing fits). Its threshold is chosen on the tuning sets only
(`evals/dev.jsonl` and the no-guide training split); `evals/no-guide-test.jsonl` and the blind
sets are for measuring. The file it writes, `data/fit_model.json`, is small and ships with the
package; without it every ranked topic counts as a fit, as before.
"""

from __future__ import annotations

import json
from functools import lru_cache

import numpy as np

from .safety import DATA

MODEL = DATA / "fit_model.json"
CLOSE_MARGIN = 0.03  # fused-score gap under which the second topic is offered too ("close call")


@lru_cache(maxsize=1)
def load() -> dict | None:
    if not MODEL.exists():
        return None
    return json.loads(MODEL.read_text(encoding="utf-8"))


def _tree(tree: dict, x: np.ndarray) -> float:
    node = 0
    while tree["left"][node] != -1:
        node = tree["left"][node] if x[tree["feature"][node]] <= tree["threshold"][node] else tree["right"][node]
    return tree["value"][node]


def probability(features: np.ndarray, model: dict | None = None) -> float | None:
    """P(the best topic's guide fits), or None when no model is installed. Two kinds of model:
    gradient-boosted trees (`trees`, the default) or a logistic regression (`coef`)."""
    model = model if model is not None else load()
    if model is None or model.get("features", len(features)) != len(features):
        return None
    if "trees" in model:
        logit = model["init"] + model["learning_rate"] * sum(_tree(tree, features) for tree in model["trees"])
    else:
        z = (features - np.array(model["mean"])) / np.array(model["scale"])
        logit = float(z @ np.array(model["coef"]) + model["intercept"])
    return float(1.0 / (1.0 + np.exp(-logit)))


def decide(p_fit: float | None, top1: float, top2: float, model: dict | None = None) -> str:
    model = model if model is not None else load()
    if p_fit is not None and model is not None and p_fit < model["threshold"]:
        return "no-guide"
    return "close-call" if top1 - top2 <= CLOSE_MARGIN else "fit"
