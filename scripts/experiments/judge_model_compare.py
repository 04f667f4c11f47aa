"""The question judge as a logistic regression (shipped) or as gradient-boosted trees, leave one
set out, from `train_safety_judge.py --rows` rows (tuning sets only).

    python3 scripts/experiments/judge_model_compare.py ROWS.pkl

For each left-out set both question models (and the shipped unit judge) are trained on the other
sets; the judge's decision (safety_judge.judge, restated here on levels) is then read at a grid
of thresholds, so each model's trade-off between see-professional recall and look-alikes flagged
can be compared at equal urgent recall.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_safety_judge import as_arrays, train  # noqa: E402

from inara.matching import safety_judge  # noqa: E402
from inara.matching.safety import categories  # noqa: E402
from judge_threshold_grid import LOOKALIKE_SETS  # noqa: E402

LEVEL = {"ok": 0, "see-professional": 1, "urgent": 2}


def decide(rules: str, sentences: str, p_unit: float, p: np.ndarray, unit_at: float, urgent_at: float, flag_at: float) -> int:
    if rules == "urgent" or p_unit >= unit_at:
        return 2
    if sentences == "urgent":
        return 2 if p[2] >= urgent_at else 1
    if p[1] + p[2] < flag_at:
        return LEVEL[rules]
    return 1


def main() -> None:
    rows = pickle.loads(Path(sys.argv[1]).read_bytes())
    slugs = sorted(categories())
    names = [n for n in dict.fromkeys(r[0] for r in rows) if n != "judge-train"]
    X = np.vstack([safety_judge.features(u, ru, se, slugs) for _, u, ru, se, _ in rows])
    y = np.array([r[4] for r in rows])
    sets = np.array([r[0] for r in rows])
    out = {"lr": [], "trees": []}
    meta = []
    for name in names:
        train_idx = sets != name
        model = as_arrays(train([r for r in rows if r[0] != name], slugs))
        trees = HistGradientBoostingClassifier(max_iter=150, learning_rate=0.1, class_weight="balanced",
                                               random_state=0).fit(X[train_idx], y[train_idx])
        test = np.flatnonzero(~train_idx)
        p_lr = safety_judge.probabilities(X[test], model["question"])
        p_tr = trees.predict_proba(X[test])
        for k, i in enumerate(test):
            _, units, rules, sentences, label = rows[i]
            p_unit = float(safety_judge.probabilities(units, model["unit"])[:, 2].max())
            out["lr"].append(p_lr[k])
            out["trees"].append(p_tr[k])
            meta.append((name, rules, sentences, p_unit, label))
        print(f"{name} done", file=sys.stderr, flush=True)
    for kind in ("lr", "trees"):
        for flag_at in (0.8, 0.85, 0.9, 0.93, 0.95, 0.97):
            for urgent_at in (0.3, 0.4, 0.5):
                c = {"u": 0, "s": 0, "la": 0, "lau": 0, "other": 0}
                for p, (name, rules, sentences, p_unit, label) in zip(out[kind], meta):
                    got = decide(rules, sentences, p_unit, p, 0.85, urgent_at, flag_at)
                    c["u"] += label == 2 and got == 2
                    c["s"] += label == 1 and got >= 1
                    if label == 0 and got:
                        if name in LOOKALIKE_SETS:
                            c["la"] += 1
                            c["lau"] += got == 2
                        else:
                            c["other"] += 1
                print(f"{kind:5s} flag_at {flag_at} urgent_at {urgent_at}: urgent {c['u']}, see {c['s']}, "
                      f"look-alikes flagged {c['la']} ({c['lau']} urgent), other ordinary flagged {c['other']}")


if __name__ == "__main__":
    main()
