"""Issue 12: the margins an int8-first cascade needs, from cascade_rows.py's records
(evals/results/cascade-2026-12-04-plan.md says how they are chosen and checked).

    python3 scripts/experiments/cascade_margins.py ROWS.jsonl [ROWS2.jsonl ...] [--check]

Without --check: on the calibration sets, for a grid of margins, how many questions would keep
the int8 answer and how many of those differ from full precision; then the margins the plan's
rule picks. With --check: those margins (or --margins S,G,F) on the check sets, once.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys

CALIBRATION = re.compile(r"^(dev|judge-train|qc-train|qc-train-3|safety-pairs|safety-ordinary-languages|"
                         r"no-guide-train|no-guide-train-2|reach-train-1|reach-train-2|relabel-42-topics|"
                         r"blind-safety-([4-9]|1[0-9]))\.jsonl$")


def logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


def decision(side: dict) -> tuple:
    if "error" in side:
        return ("error", side["error"])
    cats = tuple(sorted((c["slug"], c["level"]) for c in side["safety"].get("categories", [])))
    topics = side["topics"]
    shown = topics[:3] if side["outcome"] == "no-guide" else topics[:2] if side["outcome"] == "close-call" else topics[:1]
    if side["level"] == "urgent" or side["language"] != "en":
        shown = []
    return (side["level"], cats, side["in_scope"], side["outcome"] if shown or side["level"] != "urgent" else "", tuple(shown))


def margins(side: dict, settings: dict) -> dict:
    """How far the int8 reading is from each threshold (plan: 'far')."""
    out = {}
    out["safety"] = min(logit(settings["flag_at"]) - logit(side["flag"]),
                        logit(settings["recheck_at"]) - logit(side["urgent"]))
    if side["level"] != "ok":
        out["safety"] = -math.inf
    gap = side["gap"]
    gaps = [abs(gap), abs(gap - settings["close"]), abs(side["out_gap"]), side["best_sim"] - settings["min_sim"]]
    if side["outcome"] == "no-guide":  # it offers the nearest three
        gaps += [abs(side[k]) for k in ("gap23", "gap34") if side.get(k) is not None]
    out["gap"] = min(gaps)
    fits = []
    if side.get("p_out") is not None:
        fits.append(abs(logit(side["p_out"]) - logit(settings["probe_out"])))
    if side.get("fit") is not None:
        fits.append(abs(logit(side["fit"]) - logit(settings["fit_threshold"])))
    out["fit"] = min(fits) if fits else math.inf
    return out


def settings() -> dict:
    from inara.matching import fit, matcher, safety_classifier

    model = safety_classifier.load()
    return {"flag_at": model["flag_at"], "recheck_at": model["recheck_at"], "close": fit.CLOSE_MARGIN,
            "min_sim": matcher.MIN_SIMILARITY, "probe_out": fit.PROBE_OUT, "fit_threshold": fit.load()["threshold"]}


def kept(m: dict, d: tuple[float, float, float]) -> bool:
    return m["safety"] >= d[0] and m["gap"] >= d[1] and m["fit"] >= d[2]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", nargs="+")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--margins", help="S,G,F")
    args = parser.parse_args()
    s = settings()
    records = [json.loads(line) for path in args.rows for line in open(path) if line.strip()]
    records = [r for r in records if "error" not in r["fp32"] and "error" not in r["int8"]]
    calibration = [r for r in records if CALIBRATION.match(r["set"])]
    check = [r for r in records if not CALIBRATION.match(r["set"])]
    rows = check if args.check else calibration
    for r in rows:
        r["m"] = margins(r["int8"], s)
        r["differs"] = decision(r["int8"]) != decision(r["fp32"])
    print(f"{'check' if args.check else 'calibration'}: {len(rows)} questions; int8 answer differs from full "
          f"precision on {sum(r['differs'] for r in rows)}")
    if args.margins or args.check:
        d = tuple(float(x) for x in args.margins.split(",")) if args.margins else None
        if d is None:
            sys.exit("--check needs --margins (the ones the calibration run picked)")
        keep = [r for r in rows if kept(r["m"], d)]
        wrong = [r for r in keep if r["differs"]]
        print(f"margins {d}: int8 answer kept for {len(keep)} ({len(keep) / len(rows):.1%}); of those, differing: {len(wrong)}")
        safety = [r for r in wrong if decision(r["int8"])[:2] != decision(r["fp32"])[:2]]
        print(f"  safety differences: {len(safety)}; topic differences: {len(wrong) - len(safety)} "
              f"({(len(wrong) - len(safety)) / len(rows):.2%})")
        for r in wrong:
            print("  ", r["set"], r["id"], decision(r["fp32"]), "->", decision(r["int8"]), r["m"])
        return
    grid_s = [0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0]
    grid_g = [0.0, 0.002, 0.004, 0.006, 0.008, 0.01, 0.015, 0.02, 0.03]
    grid_f = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.75, 1.0, 1.5]
    best = None
    for ds in grid_s:
        for dg in grid_g:
            for df in grid_f:
                keep = [r for r in rows if kept(r["m"], (ds, dg, df))]
                wrong = sum(r["differs"] for r in keep)
                if wrong == 0 and (best is None or len(keep) > best[0]):
                    best = (len(keep), (ds, dg, df))
    print("largest share kept with no difference:", best, f"{best[0] / len(rows):.1%}" if best else "")
    for axis, grid in (("safety", grid_s), ("gap", grid_g), ("fit", grid_f)):
        line = []
        for value in grid:
            d = {"safety": (value, 0.03, 1.5), "gap": (3.0, value, 1.5), "fit": (3.0, 0.03, value)}[axis]
            keep = [r for r in rows if kept(r["m"], d)]
            line.append(f"{value}: {sum(r['differs'] for r in keep)}")
        print(f"differences kept, {axis} margin alone (others wide):", ", ".join(line))
    if best:
        ds, dg, df = best[1]
        picked = (round(ds * 1.5, 3), round(dg * 1.5, 4), round(df * 1.5, 3))
        keep = [r for r in rows if kept(r["m"], picked)]
        print(f"picked (x1.5): {picked}: kept {len(keep) / len(rows):.1%}, differing {sum(r['differs'] for r in keep)}")


if __name__ == "__main__":
    main()
