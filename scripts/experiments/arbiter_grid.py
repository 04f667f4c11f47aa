"""The arbiter's thresholds (scripts/train_arbiter.py), out of fold, against the screen's own
out-of-fold levels; and blind-safety-12/13 through the real screen with the model trained on all.

    INARA_DB=/tmp/full.db python3 scripts/experiments/arbiter_grid.py ROWS.pkl OOF.pkl [--floor] [--test-rows T.pkl]

ROWS.pkl: `train_safety_judge.py --rows` (the screen's leave-one-set-out stand-in findings, the
judge retrained per left-out set as judge_threshold_grid.py does, at the shipped thresholds);
OOF.pkl: `train_arbiter.py --cv`. Steps gridded: urgent -> ok when P(ok) >= a; urgent -> see
when P(urgent) < b; see -> ok when P(ok) >= c; ok -> urgent when P(urgent) >= d (None: off).
--floor: when a rule fired, never below see-professional. Rule fixed before the grid: urgent
answered urgent may drop by at most 0.5% of the urgent total, see-professional flagged (either
level) by at most 1%, then fewest look-alikes flagged. judge-train is trained on, not scored.
"""

from __future__ import annotations

import argparse
import itertools
import json
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_safety_judge import SETS, as_arrays, level, stand_in_findings, train  # noqa: E402

from inara.matching import safety_judge  # noqa: E402
from inara.matching.safety import categories  # noqa: E402

LOOK = {"blind-safety-1", "blind-safety-4", "blind-safety-5", "blind-safety-6", "blind-safety-7", "blind-safety-8",
        "blind-safety-9", "blind-safety-10", "blind-safety-11", "blind-safety-12", "blind-safety-13"}
LV = {"ok": 0, "see-professional": 1, "urgent": 2}
A = [None, .5, .6, .7, .8, .85, .9, .93, .95, .97, .98, .99]
B = [None, .01, .02, .05, .1, .2, .3]
C = A
D = [None, .9, .95, .97, .98, .99, .995, .999]


def screen_levels(rows):
    """Each row's (rules level, the screen's level) with the judge trained without its set."""
    slugs = sorted(categories())
    out = [None] * len(rows)
    for name in dict.fromkeys(r[0] for r in rows):
        model = as_arrays(train([r for r in rows if r[0] != name], slugs))
        for i, (n, units, rules, sentences, _) in enumerate(rows):
            if n == name:
                found = stand_in_findings(rules, sentences, slugs)
                out[i] = (LV[rules], level(safety_judge.judge(found, rules, units, sentences, model, "")))
    return out


def test_rows(path: Path | None):
    """blind-safety-12/13 through the real screen (rules level, whole level), cached in `path`."""
    if path and path.exists():
        return pickle.loads(path.read_bytes())
    from inara import Inara
    from inara.matching.question import Question
    from inara.matching.safety import rule_findings
    from inara.settings import Settings

    matcher = Inara(**Settings.from_environment().options()).matcher
    out = {}
    for name in ("blind-safety-12", "blind-safety-13"):
        out[name] = []
        for line in (ROOT / "evals" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                q = Question.read(item["text"], item.get("age_years"))
                _, vectors, texts = matcher.embed_question(q)
                rules = safety_judge.level_of(rule_findings(q.text, q.age.years, q.normalised))
                out[name].append((item["text"], item.get("safety", "ok"), rules,
                                  safety_judge.level_of(matcher.findings(q, vectors, texts))))
    if path:
        path.write_bytes(pickle.dumps(out))
    return out


def apply(lv, rules, p, a, b, c, d, floor=False):
    out = lv.copy()
    if a is not None:
        dem = (lv == 2) & (p[:, 0] >= a)
        out[dem] = np.where(rules[dem] > 0, 1, 0) if floor else 0
    if b is not None:
        out[(lv == 2) & (out == 2) & (p[:, 2] < b)] = 1
    if c is not None:
        dem = (lv == 1) & (p[:, 0] >= c)
        out[dem & (rules == 0) if floor else dem] = 0
    if d is not None:
        out[(lv == 0) & (p[:, 2] >= d)] = 2
    return out


def metrics(got, label, look):
    return {"u": int(((label == 2) & (got == 2)).sum()), "s": int(((label == 1) & (got >= 1)).sum()),
            "fa": int((look & (label == 0) & (got >= 1)).sum()), "fau": int((look & (label == 0) & (got == 2)).sum()),
            "other": int((~look & (label == 0) & (got >= 1)).sum())}


def table(sets, label, rules, lv, p, th, floor):
    after = apply(lv, rules, p, *th, floor)
    lines = []
    for n in [*dict.fromkeys(sets), "ALL (scored)"]:
        m = (sets == n) if n != "ALL (scored)" else (sets != "judge-train")
        look = np.isin(sets[m], list(LOOK))
        t = {"u": int((label[m] == 2).sum()), "s": int((label[m] == 1).sum()), "fa": int((look & (label[m] == 0)).sum()),
             "other": int((~look & (label[m] == 0)).sum())}
        b, a = metrics(lv[m], label[m], look), metrics(after[m], label[m], look)
        lines.append(f"{n:20s} urgent {b['u']:4d}->{a['u']:4d}/{t['u']:<4d} see {b['s']:4d}->{a['s']:4d}/{t['s']:<4d} "
                     f"look-alikes flagged {b['fa']:3d}({b['fau']:3d}u)->{a['fa']:3d}({a['fau']:3d}u)/{t['fa']:<4d} "
                     f"other ordinary flagged {b['other']:3d}->{a['other']:3d}/{t['other']}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path)
    parser.add_argument("oof", type=Path)
    parser.add_argument("--floor", action="store_true")
    parser.add_argument("--test-rows", type=Path)
    args = parser.parse_args()
    rows = [r for r in pickle.loads(args.rows.read_bytes()) if r[0] in SETS]
    r = pickle.loads(args.oof.read_bytes())
    assert [x[0] for x in rows] == r["sets"] and [x[4] for x in rows] == r["labels"], "rows and oof in one order"
    levels = screen_levels(rows)
    sets, label, p = np.array(r["sets"]), np.array(r["labels"]), r["oof"]
    rules, lv = np.array([x[0] for x in levels]), np.array([x[1] for x in levels])
    scored = sets != "judge-train"
    look = np.isin(sets, list(LOOK))[scored]
    base = metrics(lv[scored], label[scored], look)
    n_u, n_s = int((label[scored] == 2).sum()), int((label[scored] == 1).sum())
    ok = []
    for th in itertools.product(A, B, C, D):
        m = metrics(apply(lv[scored], rules[scored], p[scored], *th, args.floor), label[scored], look)
        if m["u"] >= base["u"] - 0.005 * n_u and m["s"] >= base["s"] - 0.01 * n_s:
            ok.append((th, m))
    ok.sort(key=lambda x: (x[1]["fa"], -x[1]["u"], -x[1]["s"], x[1]["other"]))
    print(f"before (out of fold): {base}")
    for th, m in ok[:5]:
        print(th, m)
    best = ok[0][0]
    print(f"chosen (a, b, c, d) = {best}{' with the rule floor' if args.floor else ''}\n\nout of fold:")
    print(table(sets, label, rules, lv, p, best, args.floor))
    test = test_rows(args.test_rows)
    tr = [x for name in ("blind-safety-12", "blind-safety-13") for x in test[name]]
    assert [x[0] for x in tr] == r["dev_texts"]
    print("\nblind-safety-12/13 (the model trained on all of SETS, the real screen):")
    print(table(np.array(r["dev_sets"]), np.array([LV[x[1]] for x in tr]), np.array([LV[x[2]] for x in tr]),
                np.array([LV[x[3]] for x in tr]), r["dev"], best, args.floor))


if __name__ == "__main__":
    main()
