"""Should an urgent finding the unit judge makes on its own need the question judge's backing?

    python3 scripts/experiments/unit_backing_grid.py ROWS.pkl

Leave one set out (one judge per left-out set, trained on the others, shipped thresholds), from
`train_safety_judge.py --rows` rows. Today a unit the unit judge finds urgent makes the question
urgent even when no rule and no sentence-screen finding is urgent. Variant "alone q": such an
urgent finding stands only if the question judge's P(urgent) >= q; otherwise it becomes its
category's `when_unsure` see-professional finding (never ok, so no question the unit judge flags
can drop to ok). Variant "backing q" also asks the same of a sentence-screen urgent finding that
only the unit judge backs. Totals over the sets scored (judge-train is trained on, not scored). "today" is the shipped
judge: since unit_backed_at (0.05) shipped it equals "alone 0.05"; before it, "today" read urgent
985 (flagged 997), see 727, look-alikes flagged 171 (124 urgent), other ordinary 163 (59 urgent).
"""

from __future__ import annotations

import pickle
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_safety_judge import as_arrays, level, stand_in_findings, train  # noqa: E402

from inara.matching import safety_judge  # noqa: E402
from inara.matching.safety import Finding, categories  # noqa: E402

from judge_threshold_grid import LOOKALIKE_SETS, tally  # noqa: E402

QS = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5)


def variant(found, rules, units, sentences, model, slugs, q, backing):
    out = safety_judge.judge(found, rules, units, sentences, model, "")
    if rules == "urgent" or q is None:
        return out
    alone = [f for f in out if f.level == "urgent" and f.source.startswith("judge:")]
    screen_urgent = [f for f in out if f.level == "urgent" and not f.source.startswith("judge:")]
    if not alone and not (backing and screen_urgent):
        return out
    p = safety_judge.probabilities(safety_judge.features(units, rules, sentences, slugs), model["question"])[0]
    if p[model["classes"].index("urgent")] >= q:
        return out
    known = categories()  # every urgent category names its when_unsure category
    return [Finding("see-professional", known[f.category].when_unsure, f.source, f.sentence)
            if f.level == "urgent" else f for f in out]


def main() -> None:
    rows = pickle.loads(Path(sys.argv[1]).read_bytes())
    slugs = sorted(categories())
    names = [n for n in dict.fromkeys(r[0] for r in rows) if n != "judge-train"]
    settings = [("today", None, False)] + [(f"alone {q}", q, False) for q in QS] + [(f"backing {q}", q, True) for q in QS]
    totals = {s[0]: Counter() for s in settings}
    n = {"u": 0, "s": 0, "fa": 0, "other": 0}
    for name in names:
        model = as_arrays(train([r for r in rows if r[0] != name], slugs))
        for _, units, rules, sentences, label in (r for r in rows if r[0] == name):
            found = stand_in_findings(rules, sentences, slugs)
            look = name in LOOKALIKE_SETS
            n["u"] += label == 2
            n["s"] += label == 1
            n["fa" if look else "other"] += label == 0
            for key, q, backing in settings:
                got = level(variant(found, rules, units, sentences, model, slugs, q, backing))
                tally(totals[key], label, got, look)
        print(f"{name} done", file=sys.stderr, flush=True)
    print(f"sets scored: {names}")
    print(f"totals: urgent {n['u']}, see-professional {n['s']}, look-alikes {n['fa']}, other ordinary {n['other']}")
    for key, t in totals.items():
        print(f"{key:12} urgent {t['u']} (flagged {t['uf']}), see {t['s']}, look-alikes flagged {t['fa']} "
              f"({t['fau']} urgent), other ordinary flagged {t['reach']} ({t['reachu']} urgent)")


if __name__ == "__main__":
    main()
