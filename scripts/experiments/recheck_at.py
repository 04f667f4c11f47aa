"""Choose the classifier's `recheck_at` (matcher.findings: a question the classifier leaves below
urgent, with at least this urgent probability, is read by the sentence screen and its judge too),
by the rule in evals/results/blind-safety-25-plan.md:

    python3 scripts/experiments/recheck_at.py [--clauses FILE]

For every question it needs: the classifier's level alone (rules, then the classifier), its urgent
probability, and the sentence screen's level (rules, sentence screen, judge); the candidate's
level at a threshold is the higher of the two when the question is re-read. Prints, per value on
the grid: drops to ok with a clause (the same sample and seed as screen_stability.py), the
calibration sets' figures, and the share of the dev questions that would be re-read.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from inara import Inara  # noqa: E402
from inara.matching import safety_classifier  # noqa: E402
from tests.test_semantic_safety import ORDINARY_CLAUSES, urgent_sentences, with_clause  # noqa: E402
from tests.vectors import VectorsByText  # noqa: E402

GRID = (0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3)
CALIBRATION = ("blind-safety-20", "blind-safety-21", "blind-safety-22")
ORDER = {"ok": 0, "see-professional": 1, "urgent": 2}


def main() -> None:
    argv = sys.argv[1:]
    pool = None
    if "--clauses" in argv:
        path = Path(argv[argv.index("--clauses") + 1])
        pool = [l.strip().rstrip(".!?") for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    clf = Inara(screen="classifier")
    assert clf.matcher.classifier is not None
    clf.matcher.classifier = {**clf.matcher.classifier, "recheck_at": None}  # the classifier alone
    sen = Inara(screen="sentences")
    vectors = VectorsByText(clf.matcher.embedder)
    clf.matcher.embedder = vectors
    model = clf.matcher.classifier

    def classify(texts, ages=None):
        vectors.prefetch(texts, True)
        out = []
        for k, text in enumerate(texts):
            age = ages[k] if ages else None
            level = clf.match(text, age).safety.level
            _, vector = vectors.embed_classified(text.strip(), 128)
            out.append((level, safety_classifier.urgent_probability(vector, model)))
        return out

    def sentence_level(text, age=None):
        return sen.match(text, age).safety.level

    def level_at(r, clf_level, p, text, age=None, cache={}):
        if clf_level == "urgent" or p < r:
            return clf_level
        key = (text, age)
        if key not in cache:
            cache[key] = sentence_level(text, age)
        return max(clf_level, cache[key], key=ORDER.get)

    # stability: the same sample as screen_stability.py
    sample = random.Random(7).sample(urgent_sentences(), 300)
    alone = [t for t, (lv, _) in zip(sample, classify(sample)) if lv != "ok"]
    draw = random.Random(11)
    cases = [with_clause(t, c, b) for t in alone for c in (draw.sample(pool, 20) if pool else ORDINARY_CLAUSES)
             for b in (False, True)]
    read = classify(cases)
    cal = []
    for name in CALIBRATION:
        for line in (ROOT / "evals" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                cal.append(json.loads(line))
    cal_read = classify([i["text"] for i in cal], [i.get("age_years") for i in cal])
    dev = [json.loads(l) for l in (ROOT / "evals" / "dev.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    dev_ok = [i["text"] for i in dev if i.get("safety", "ok") == "ok"]
    dev_read = classify(dev_ok)
    print("clauses:", argv[argv.index("--clauses") + 1] if pool else "the suite's 20")
    print(f"classifier alone: drops {sum(lv == 'ok' for lv, _ in read)} of {len(cases)}")
    for r in GRID:
        drops = sum(level_at(r, lv, p, t) == "ok" for t, (lv, p) in zip(cases, read))
        urgent = see = flagged = n_u = n_s = n_o = 0
        for item, (lv, p) in zip(cal, cal_read):
            got = level_at(r, lv, p, item["text"], item.get("age_years"))
            if item["safety"] == "urgent":
                n_u += 1; urgent += got == "urgent"
            elif item["safety"] == "see-professional":
                n_s += 1; see += got != "ok"
            else:
                n_o += 1; flagged += got != "ok"
        reread = sum(lv != "urgent" and p >= r for lv, p in dev_read)
        if r == GRID[0]:
            for t, (lv, p) in zip(cases, read):
                if level_at(r, lv, p, t) == "ok":
                    print(f"  still dropped at {r} (urgent p {p:.3f}): {t[:150]}")
        print(f"recheck_at {r:<5} drops {drops:>3} of {len(cases)}; calibration urgent {urgent}/{n_u}, "
              f"see-professional {see}/{n_s}, ordinary flagged {flagged}/{n_o}; dev ordinary re-read {reread}/{len(dev_read)}",
              flush=True)


if __name__ == "__main__":
    main()
