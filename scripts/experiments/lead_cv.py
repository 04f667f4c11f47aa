"""Which category's message should lead, from `lead_rows.py` rows (tuning sets only).

    python3 scripts/experiments/lead_cv.py /tmp/lead.pkl

On the questions the screen answers at their labelled level, the share whose labelled category
leads, for: today's order (rule findings first, then the category's priority); the categories
found ordered by how near the question's best unit is to each one's written sentences; the same
after rule findings; and a logistic regression over the judge's question features (trained
without the set it orders, leave one set out) ordering the categories found.
"""

from __future__ import annotations

import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from inara.matching.safety import categories  # noqa: E402


def main() -> None:
    data = pickle.loads(Path(sys.argv[1]).read_bytes())
    slugs, rows = data["slugs"], data["rows"]
    known = categories()
    level_of = lambda found: "urgent" if any(f[0] == "urgent" for f in found) else ("see-professional" if found else "ok")  # noqa: E731
    usable = [r for r in rows if level_of(r["found"]) == r["level"] and r["category"] in known]
    sets = sorted({r["set"] for r in usable})
    probs = {}
    for name in sets:
        train = [r for r in rows if r["set"] != name and r["category"] in known]
        model = make_pipeline(StandardScaler(), LogisticRegression(C=0.03, max_iter=3000, class_weight="balanced"))
        model.fit(np.vstack([r["x"] for r in train]), [r["category"] for r in train])
        classes = list(model.classes_)
        for r in (r for r in usable if r["set"] == name):
            p = model.predict_proba(r["x"][None, :])[0]
            probs[id(r)] = {c: p[classes.index(c)] for c in classes}
    scores = Counter()
    totals = Counter()
    for r in usable:
        chosen = [f for f in r["found"] if f[0] == r["level"]]
        cats = list(dict.fromkeys(f[1] for f in chosen))
        rule_first = {c: min(0 if not f[2].startswith("semantic:") else 1 for f in chosen if f[1] == c) for c in cats}
        near = {c: r["near"][slugs.index(c)] for c in cats}
        p = probs[id(r)]
        ways = {
            "today (rules first, then priority)": min(cats, key=lambda c: (rule_first[c], known[c].priority)),
            "nearest sentences": max(cats, key=lambda c: near[c]),
            "rules first, then nearest": min(cats, key=lambda c: (rule_first[c], -near[c])),
            "acute first (priority 1-3), then nearest": min(cats, key=lambda c: (known[c].priority > 3, known[c].priority if known[c].priority <= 3 else -near[c])),
            "acute first (priority 1-2), then nearest": min(cats, key=lambda c: (known[c].priority > 2, known[c].priority if known[c].priority <= 2 else -near[c])),
            "category model": max(cats, key=lambda c: p.get(c, 0.0)),
            "rules first, then category model": min(cats, key=lambda c: (rule_first[c], -p.get(c, 0.0))),
        }
        for level in (r["level"], "all"):
            totals[level] += 1
            for way, lead in ways.items():
                scores[(level, way)] += lead == r["category"]
        totals[("several", r["level"])] += len(cats) > 1
    for level in ("urgent", "see-professional", "all"):
        print(f"{level}: {totals[level]} questions answered at their level "
              f"({totals[('several', level)] if level != 'all' else ''} with more than one category)")
        for way in ("today (rules first, then priority)", "nearest sentences", "rules first, then nearest",
                    "acute first (priority 1-3), then nearest", "acute first (priority 1-2), then nearest",
                    "category model", "rules first, then category model"):
            print(f"  {way:36s} {scores[(level, way)]}/{totals[level]} = {scores[(level, way)] / totals[level]:.3f}")


if __name__ == "__main__":
    main()
