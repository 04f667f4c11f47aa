"""Choose the safety classifier's thresholds on its calibration sets (blind-safety-20, -21, -22,
never trained on), by the rule written in evals/results/blind-safety-23-plan.md before the test
set was read:

    python3 scripts/experiments/classifier_thresholds.py MODEL_DIR [--grid]

MODEL_DIR is what scripts/train_safety_classifier.py saved (its calibration.npz holds the
classifier's probabilities for every calibration question). The rules are those of the commits
that gave each set's blind first run (evals/results/classifier-2026-12-04/rules-*.json, written by
dump_rules.py there in a worktree of each commit), so the comparison with main's first runs
(first-*.json, dump_verdicts.py) is like for like. Rule: on the grid, the highest urgent recall
whose ordinary questions flagged are at most main's first runs'; ties: fewer ordinary flagged,
then more see-professional recall.
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from inara.matching.safety import categories  # noqa: E402

SETS = ("blind-safety-20", "blind-safety-21", "blind-safety-22")
KEPT = ROOT / "evals" / "results" / "classifier-2026-12-04"
ORDER = {"ok": 0, "see-professional": 1, "urgent": 2}


def main() -> None:
    folder = Path(sys.argv[1])
    z = np.load(folder / "calibration.npz")
    names = json.loads((folder / "qc_classes.json").read_text())
    known = categories()
    level_of = np.array(["ok"] + [known[c].level for c in names[1:]])
    probs = z["probs"]
    p_urgent, p_flag = probs[:, level_of == "urgent"].sum(1), 1 - probs[:, 0]
    truth, sets, rules, main_first = [], [], [], []
    for name in SETS:
        rule = json.loads((KEPT / f"rules-{name}.json").read_text())
        first = json.loads((KEPT / f"first-{name}.json").read_text())
        for i, line in enumerate((ROOT / "evals" / f"{name}.jsonl").read_text().splitlines()):
            item = json.loads(line)
            key = f"{name}:{item.get('id', i)}"
            truth.append(item["safety"]); sets.append(name)
            rules.append(rule[key]["level"]); main_first.append(first[key]["level"])
    truth, sets = np.array(truth), np.array(sets)
    assert len(truth) == len(probs), "calibration.npz is not these sets"

    def score(levels):
        u, s, o = truth == "urgent", truth == "see-professional", truth == "ok"
        return ((levels[u] == "urgent").sum(), (levels[s] != "ok").sum(), (levels[o] != "ok").sum())

    def with_rules(urgent_at, flag_at):
        mine = np.where(p_urgent >= urgent_at, "urgent", np.where(p_flag >= flag_at, "see-professional", "ok"))
        return np.array([a if ORDER[a] >= ORDER[b] else b for a, b in zip(rules, mine)])

    n = (truth == "urgent").sum(), (truth == "see-professional").sum(), (truth == "ok").sum()
    base = score(np.array(main_first))
    print(f"main's first runs: urgent {base[0]}/{n[0]}, see-professional {base[1]}/{n[1]}, ordinary flagged {base[2]}/{n[2]}")
    rows = []
    for urgent_at, flag_at in itertools.product(np.arange(0.30, 0.701, 0.05), np.arange(0.40, 0.801, 0.05)):
        got = score(with_rules(urgent_at, flag_at))
        rows.append((round(float(urgent_at), 2), round(float(flag_at), 2), *got))
        if "--grid" in sys.argv:
            print(f"  urgent_at {urgent_at:.2f} flag_at {flag_at:.2f}: urgent {got[0]}/{n[0]}, "
                  f"see-professional {got[1]}/{n[1]}, ordinary flagged {got[2]}/{n[2]}")
    allowed = [r for r in rows if r[4] <= base[2]]
    best = max(allowed, key=lambda r: (r[2], -r[4], r[3]))
    print(f"chosen: urgent_at {best[0]}, flag_at {best[1]}: urgent {best[2]}/{n[0]}, "
          f"see-professional {best[3]}/{n[1]}, ordinary flagged {best[4]}/{n[2]}")
    for name in SETS:
        m = sets == name
        levels = with_rules(best[0], best[1])[m]
        u, s, o = truth[m] == "urgent", truth[m] == "see-professional", truth[m] == "ok"
        print(f"  {name}: urgent {(levels[u] == 'urgent').sum()}/{u.sum()}, see-professional "
              f"{(levels[s] != 'ok').sum()}/{s.sum()}, ordinary flagged {(levels[o] != 'ok').sum()}/{o.sum()}")


if __name__ == "__main__":
    main()
