"""The safety judge's thresholds, leave one set out, from `train_safety_judge.py --rows` rows.

    python3 scripts/experiments/judge_threshold_grid.py ROWS.pkl [--without judge-train]

One judge is trained per left-out set (on every other set, minus --without), then every
setting of the grid below is read from the same judges. Totals over the sets scored.
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_safety_judge import as_arrays, level, stand_in_findings, train  # noqa: E402

from inara.matching import safety_judge  # noqa: E402
from inara.matching.safety import categories  # noqa: E402

GRID = {"unit_urgent_at": (0.8, 0.85, 0.9), "urgent_at": (0.3, 0.4, 0.5), "flag_at": (0.85, 0.9, 0.93, 0.95)}
LOOKALIKE_SETS = {"blind-safety-1", "blind-safety-4", "blind-safety-5", "blind-safety-6", "blind-safety-7",
                  "blind-safety-8", "blind-safety-9", "blind-safety-10", "blind-safety-11"}


def tally(total: Counter, label: int, got: int, lookalike: bool) -> None:
    """Adds one question's outcome (label and level got: 0 ok, 1 see-professional, 2 urgent) to
    `total`: u urgent answered urgent, uf urgent flagged at either level, s see-professional flagged;
    fa / reach ordinary look-alikes / other ordinary questions flagged, fau / reachu of them urgent."""
    total["u"] += label == 2 and got == 2
    total["uf"] += label == 2 and got >= 1
    total["s"] += label == 1 and got >= 1
    if label == 0 and got:
        key = "fa" if lookalike else "reach"
        total[key] += 1
        total[key + "u"] += got == 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path)
    parser.add_argument("--without", default="")
    args = parser.parse_args()
    rows = pickle.loads(args.rows.read_bytes())
    slugs = sorted(categories())
    left_out = set(filter(None, args.without.split(",")))
    names = [n for n in dict.fromkeys(r[0] for r in rows) if n not in left_out and n != "judge-train"]
    settings = [dict(zip(GRID, values)) for values in itertools.product(*GRID.values())]
    totals = [Counter() for _ in settings]
    n = {"u": 0, "s": 0, "fa": 0, "reach": 0}
    for name in names:
        model = as_arrays(train([r for r in rows if r[0] != name and r[0] not in left_out], slugs))
        for _, units, rules, sentences, label in (r for r in rows if r[0] == name):
            found = stand_in_findings(rules, sentences, slugs)
            n["u"] += label == 2
            n["s"] += label == 1
            n["fa"] += label == 0 and name in LOOKALIKE_SETS
            n["reach"] += label == 0 and name not in LOOKALIKE_SETS
            for total, setting in zip(totals, settings):
                got = level(safety_judge.judge(found, rules, units, sentences, {**model, **setting}, ""))
                tally(total, label, got, name in LOOKALIKE_SETS)
        print(f"{name} done", file=sys.stderr, flush=True)
    print(f"sets scored: {names}; never trained on: {sorted(left_out) or 'none'}")
    print(f"totals: urgent {n['u']}, see-professional {n['s']}, look-alikes {n['fa']}, other ordinary {n['reach']}")
    for total, setting in zip(totals, settings):
        print(f"{setting}: urgent {total['u']}, see {total['s']}, look-alikes flagged {total['fa']} ({total['fau']} urgent), "
              f"other ordinary flagged {total['reach']}")


if __name__ == "__main__":
    main()
