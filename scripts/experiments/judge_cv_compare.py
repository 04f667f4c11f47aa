"""Leave-one-set-out figures of the safety judge with and without some training sets, from the
rows `scripts/train_safety_judge.py --rows FILE` kept (no test set is among them).

    python3 scripts/experiments/judge_cv_compare.py ROWS.pkl [--without judge-train]

For each set: the judge trained on every other set (A: all of them; B: all but the --without
sets, which are then neither trained on nor scored), then that set judged as fresh questions.
Totals over the sets both configurations score, so A and B are compared on the same questions.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_safety_judge import as_arrays, level, train  # noqa: E402

from inara.matching import safety_judge  # noqa: E402
from inara.matching.safety import Finding, categories  # noqa: E402


def loso(rows, slugs, scored: list[str], trained: list[str], settings: dict | None = None) -> dict[str, list]:
    first = {lv: next(s for s in slugs if categories()[s].level == lv) for lv in ("urgent", "see-professional")}
    out = {}
    for name in scored:
        model = as_arrays(train([r for r in rows if r[0] != name and r[0] in trained], slugs))
        model.update(settings or {})
        counts = {0: [0, 0, 0], 1: [0, 0, 0], 2: [0, 0, 0]}
        for _, units, rules, sentences, label in (r for r in rows if r[0] == name):
            found = [Finding(lv, first[lv], source) for lv, source in ((rules, "rule"), (sentences, "semantic:cv")) if lv != "ok"]
            counts[label][level(safety_judge.judge(found, rules, units, sentences, model, ""))] += 1
        out[name] = counts
        print(f"  {name}: urgent {counts[2][2]}/{sum(counts[2])}, see-professional {counts[1][1] + counts[1][2]}/{sum(counts[1])}, "
              f"ordinary flagged {counts[0][1] + counts[0][2]}/{sum(counts[0])} ({counts[0][2]} urgent)", flush=True)
    return out


def total(result: dict, names: list[str]) -> str:
    c = [[sum(result[n][lab][k] for n in names) for k in range(3)] for lab in range(3)]
    return (f"urgent {c[2][2]}/{sum(c[2])}, see-professional {c[1][1] + c[1][2]}/{sum(c[1])}, "
            f"ordinary flagged {c[0][1] + c[0][2]}/{sum(c[0])} ({c[0][2]} urgent)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path)
    parser.add_argument("--without", default="judge-train")
    args = parser.parse_args()
    rows = pickle.loads(args.rows.read_bytes())
    slugs = sorted(categories())
    names = list(dict.fromkeys(r[0] for r in rows))
    left_out = args.without.split(",")
    kept = [n for n in names if n not in left_out]
    print("A: trained on every set but the one scored")
    a = loso(rows, slugs, names, names)
    print(f"B: as A, never trained on {left_out}")
    b = loso(rows, slugs, kept, kept)
    print(f"over the sets both score ({len(kept)}): A {total(a, kept)}")
    print(f"                             B {total(b, kept)}")
    for name in left_out:
        if name in a:
            print(f"{name} (scored by A only): {total(a, [name])}")


if __name__ == "__main__":
    main()
