"""Whether the unit judge should read the whole question too, leave one set out, from
`train_safety_judge.py --rows` rows (tuning sets only).

    python3 scripts/experiments/judge_persistent_units.py ROWS.pkl

The whole question (unit row 0) is the one unit an added clause always changes, so an urgent
reading of it alone can be lost when a parent says more. Compared: the unit judge over every unit
(shipped), and over the units that persist (every row but the whole question, or the whole question
when it is the only unit). Its saved figures (evals/results/judge-persistent-units-2026-12-02.txt)
predate `unit_backed_at`; with it the "every unit" look-alikes flagged urgent read 115, not 124.
"""

from __future__ import annotations

import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_safety_judge import as_arrays, level, stand_in_findings, train  # noqa: E402

from inara.matching import safety_judge  # noqa: E402
from inara.matching.safety import Finding, categories  # noqa: E402
from judge_threshold_grid import LOOKALIKE_SETS, tally  # noqa: E402


def main() -> None:
    rows = pickle.loads(Path(sys.argv[1]).read_bytes())
    slugs = sorted(categories())
    names = [n for n in dict.fromkeys(r[0] for r in rows) if n != "judge-train"]
    totals = {kind: Counter() for kind in ("every unit", "persisting units")}
    for name in names:
        model = as_arrays(train([r for r in rows if r[0] != name], slugs))
        for _, units, rules, sentences, label in (r for r in rows if r[0] == name):
            found = stand_in_findings(rules, sentences, slugs)
            for kind in totals:
                if kind == "every unit":
                    got = level(safety_judge.judge(found, rules, units, sentences, model, ""))
                else:
                    got = level(judge_on(found, rules, units, units if len(units) == 1 else units[1:], sentences, model))
                tally(totals[kind], label, got, name in LOOKALIKE_SETS)
        print(f"{name} done", file=sys.stderr, flush=True)
    for kind, t in totals.items():
        print(f"{kind}: urgent {t['u']}, see {t['s']}, look-alikes flagged {t['fa']} ({t['fau']} urgent), other ordinary flagged {t['reach']}")


def judge_on(found, rules, units, read, sentences, model):
    """safety_judge.judge with the unit judge reading only `read` (the question judge reads all)."""
    urgent = model["classes"].index("urgent")
    if rules != "urgent" and safety_judge.probabilities(read, model["unit"])[:, urgent].max() < model["unit_urgent_at"]:
        model = {**model, "unit_urgent_at": 2.0}  # the unit judge raises nothing; the rest as shipped
    elif rules != "urgent":
        return [Finding("urgent", "x", "judge")]
    return safety_judge.judge(found, rules, units, sentences, model, "")


if __name__ == "__main__":
    main()
