"""A class's score from its phrasings' scores: the mean of its k best, for every class at once.

The matcher scores each topic (and the out-of-scope class) by the mean of its 3 best BM25 scores
and by the mean similarity of its 5 nearest phrasings. Class by class, that was a mask over all
the phrasings, a copy and a full sort per class, twice a question (43 classes, 3,794 phrasings).
Here the phrasings' positions are grouped by class once, at load, in one padded matrix; a
question's scores are gathered into it and the k best of every row found with one partition.
"""

from __future__ import annotations

import numpy as np


class PerClass:
    """labels: each phrasing's class; classes: the order of the rows (and of what `best_means`
    returns). Rows shorter than the longest are padded with a position past the last phrasing,
    which `best_means` fills with -inf, so padding is never among a row's k best while the row
    has k phrasings."""

    def __init__(self, labels: np.ndarray, classes: list[str]):
        rows = [np.flatnonzero(labels == c) for c in classes]
        self.size = len(labels)
        self.smallest = min((len(row) for row in rows), default=0)
        self.index = np.full((len(rows), max((len(row) for row in rows), default=0)), self.size, dtype=np.intp)
        for i, row in enumerate(rows):
            self.index[i, :len(row)] = row

    def best_means(self, scores: np.ndarray, k: int) -> np.ndarray | None:
        """Each class's mean of its k highest `scores`, equal bit for bit to
        `np.sort(scores[mask])[-k:].mean()`: the same k numbers in the same ascending order, summed
        by the same NumPy mean (tests/test_per_class.py checks it against that loop). None when a
        class has fewer than k phrasings (a small library of one's own): the caller's loop then
        gives that class the mean of what it has, as before."""
        if not 0 < k <= self.smallest:
            return None
        padded = np.empty(self.size + 1, dtype=scores.dtype)
        padded[:-1] = scores
        padded[-1] = -np.inf
        table = padded[self.index]
        best = np.sort(np.partition(table, table.shape[1] - k, axis=1)[:, -k:], axis=1)  # a contiguous copy
        return best.mean(axis=1)
