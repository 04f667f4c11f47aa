"""Every class's "mean of its k best phrasings" at once (`PerClass`) equals, bit for bit, the
mask-and-sort per class it replaced (`class_means_loop`, kept as the reference): a float32 sum in
another order would move scores by 1e-7 and could reorder near-tied topics."""

from __future__ import annotations

import json

import numpy as np
import pytest

from inara import Matcher
from inara.matching.embeddings import HashEmbedder
from inara.matching.matcher import LEXICAL_TOP, NEIGHBOURS, class_means_loop
from inara.matching.per_class import PerClass

from .conftest import ROOT


def dev_questions() -> list[str]:
    return [json.loads(line)["text"] for line in (ROOT / "evals" / "dev.jsonl").read_text().splitlines()
            if line.strip()]


@pytest.fixture(scope="module")
def matcher(library):
    """Fusion over the stand-in embedder: real BM25 scores, similarities with the real shapes."""
    return Matcher(library, HashEmbedder(), method="fusion")


def same(fast: dict[str, float], loop: dict[str, float]) -> None:
    assert list(fast) == list(loop)
    assert [fast[c] for c in fast] == [loop[c] for c in loop]  # equal floats, not close ones


def test_every_class_at_once_is_the_loop_bit_for_bit_on_real_scores(matcher):
    embedder = matcher.embedder
    for question in [*dev_questions(), "", "zzz unknownword", "bite bite biting bites"]:
        raw = matcher.bm25.scores(question)
        same(matcher._class_means(raw, LEXICAL_TOP, None, only_kept=True),
             class_means_loop(raw, matcher.masks, LEXICAL_TOP))
        sims = matcher.vectors @ embedder.embed([question])[0]
        same(matcher._class_means(sims, NEIGHBOURS, None, only_kept=False),
             class_means_loop(sims, matcher.masks, NEIGHBOURS))


@pytest.mark.parametrize("seed", range(5))
def test_every_class_at_once_is_the_loop_on_random_scores_with_ties(matcher, seed):
    """Scores spread over magnitudes (where the order of a float32 sum shows) and rounded to few
    values (ties at the k-th place)."""
    rng = np.random.default_rng(seed)
    size = len(matcher.labels)
    for values in (rng.standard_normal(size) * 10.0 ** rng.integers(-3, 4, size),
                   np.round(rng.random(size) * 4) / 4, rng.exponential(size=size)):
        values = values.astype(np.float32)
        for k in (1, LEXICAL_TOP, NEIGHBOURS, 10):
            means = matcher.per_class.best_means(values, k)
            assert means.tolist() == list(class_means_loop(values, matcher.masks, k).values()), k


def test_a_class_with_fewer_phrasings_than_k_takes_the_loop():
    labels = np.array(["a", "a", "b", "b", "b", "b", "b"])
    table = PerClass(labels, ["a", "b"])
    values = np.arange(7, dtype=np.float32)
    assert table.best_means(values, 3) is None  # "a" has two: the caller's loop averages those
    assert table.best_means(values, 2).tolist() == [0.5, 5.5]


def test_a_dropped_phrasing_scores_as_before(matcher):
    """scripts/train_fit.py scores a phrasing without itself: the plain loop, as before."""
    drop = np.zeros(len(matcher.labels), dtype=bool)
    drop[1] = True
    question = matcher.documents[1]
    lexical, _ = matcher._lexical(question, drop)
    raw = np.where(drop, 0.0, matcher.bm25.scores(question))
    expected = {c: float(np.sort(raw[m & ~drop])[-LEXICAL_TOP:].mean()) for c, m in matcher.masks.items()}
    top = max(expected.values()) or 1.0
    assert lexical == {c: s / top for c, s in expected.items()}
