"""How well the age reader finds the age of the child a question is about, on a labelled set.

    python3 evals/scripts/age_report.py evals/blind-ages-1.jsonl [--misses]

Each line needs `text`, `child_age` (years, or null when the text gives none) and `acceptable_ages` (every age a
careful reader could take; [] when none); `several_children` and `clear_which` group the figures. An age read is
right when it is within half a year of an acceptable age (two months when that age is under 3), or when none is
read and the label has none. No model is loaded: this is `inara.matching.age.age_from_text` alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from inara.matching.age import age_from_text  # noqa: E402
from inara.vocab import band_for_age  # noqa: E402


def close(read: float, label: float) -> bool:
    return abs(read - label) <= (2 / 12 if label < 3 else 0.5)


def kind(item: dict) -> str:
    if item.get("child_age") is None:
        return "no age"
    if not 1 <= item["child_age"] < 18:
        return "outside 1-17"
    if item.get("several_children"):
        return "several, clear" if item.get("clear_which", True) else "several, unclear"
    return "one child"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    items = [json.loads(line) for line in Path(args.file).read_text(encoding="utf-8").splitlines() if line.strip()]
    total, right, band_total, band_right = Counter(), Counter(), 0, 0
    misses = []
    for item in items:
        age = age_from_text(item["text"])
        label = item.get("child_age")
        acceptable = item.get("acceptable_ages") or ([] if label is None else [label])
        ok = age.years is None if label is None else (age.years is not None and any(close(age.years, a) for a in acceptable))
        group = kind(item)
        total[group] += 1
        right[group] += ok
        if label is not None and band_for_age(label):
            band_total += 1
            band_right += any(band_for_age(a) == age.band for a in acceptable) if age.band else False
        if not ok:
            misses.append((item.get("id"), group, label, acceptable, age.years, age.phrase, item["text"]))
    n, r = sum(total.values()), sum(right.values())
    print(f"{args.file}: age right {r}/{n} = {r / n:.3f}")
    for group in ("one child", "several, clear", "several, unclear", "no age", "outside 1-17"):
        if total[group]:
            print(f"  {group:18} {right[group]}/{total[group]} = {right[group] / total[group]:.3f}")
    if band_total:
        print(f"  band right (a child aged 1-17): {band_right}/{band_total} = {band_right / band_total:.3f}")
    if args.misses:
        for id_, group, label, acceptable, read, phrase, text in misses:
            print(f"MISS {id_} [{group}] label {label} {acceptable} read {read} ({phrase!r}): {text[:160]}")


if __name__ == "__main__":
    main()
