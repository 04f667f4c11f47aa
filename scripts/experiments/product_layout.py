"""The sentence screen's product with a question's units: the sentences stored as rows and
transposed on the fly (before 2026-12-03) against stored as columns (now), timed in one process,
and whether they give the same floats; then, on every eval question the screen reads as one unit
(the case whose BLAS routine changed), whether the screen's findings are the same both ways.

    OPENBLAS_NUM_THREADS=1 python3 scripts/experiments/product_layout.py
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from inara import Inara  # noqa: E402
from inara.matching import semantic_safety  # noqa: E402
from inara.matching.question import Question  # noqa: E402
from inara.matching.safety import combine  # noqa: E402


def old_neighbours(screen, vectors, language):
    """The product as it was made before: rows transposed on the fly, one row against the whole."""
    rows, columns, bounds = screen._block(language)
    if len(vectors) > 1:
        sims = vectors @ np.ascontiguousarray(columns.T).T
    else:
        sims = (vectors @ screen.vectors.T)[:, rows]
    return semantic_safety.Neighbours(sims, bounds)


def timing(screen) -> None:
    rows, columns, bounds = screen._block("en")
    as_rows = np.ascontiguousarray(columns.T)
    rng = np.random.default_rng(0)
    for n in (1, 2, 3, 6, 12):
        v = rng.standard_normal((n, 384)).astype(np.float32)
        before, after = [], []
        for _ in range(30):
            start = time.perf_counter()
            (v @ as_rows.T) if n > 1 else (v @ screen.vectors.T)[:, rows]
            before.append(time.perf_counter() - start)
            start = time.perf_counter()
            (semantic_safety.at_least_two_rows(v) @ columns)[:n]
            after.append(time.perf_counter() - start)
        same = np.array_equal(v @ as_rows.T, v @ columns) if n > 1 else "n/a (one row: last bit may differ)"
        print(f"{n:2d} units: rows transposed {statistics.median(before) * 1000:5.2f} ms, "
              f"columns {statistics.median(after) * 1000:5.2f} ms; same floats: {same}")


def main() -> None:
    app = Inara()
    app.warm_up()
    matcher = app.matcher
    screen = matcher.semantic
    timing(screen)
    texts = []
    for path in sorted((ROOT / "evals").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if "text" in item:
                    texts.append((item["text"], item.get("age_years")))
    read = differ = 0
    new = semantic_safety.SemanticScreen.neighbours
    for text, age in texts:
        try:
            question = Question.read(text, age)
        except Exception:  # noqa: BLE001 - a set's deliberately bad input
            continue
        if len(question.units) != 1:
            continue
        _, vectors, unit_texts = matcher.embed_question(question)
        verdicts = []
        for way in (new, lambda self, v, language: old_neighbours(self, v, language)):
            semantic_safety.SemanticScreen.neighbours = way
            screen._last_neighbours = None
            found = matcher.findings(question, vectors, unit_texts)
            result = combine(found, "generic", question.language, matcher.nearness(found, question, vectors))
            verdicts.append((result.level, [f.category for f in found], [f.level for f in found]))
        semantic_safety.SemanticScreen.neighbours = new
        read += 1
        if verdicts[0] != verdicts[1]:
            differ += 1
            print("DIFFERS:", text[:100], verdicts)
    print(f"one-unit questions read: {read}; findings differ: {differ}")


if __name__ == "__main__":
    main()
