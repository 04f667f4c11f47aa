"""Accuracy and safety of each embedder on every eval set, from the same commit, as one table.

    python3 benchmarks/accuracy.py                       # numpy (before) and onnx (default)
    python3 benchmarks/accuracy.py --embedder onnx-int8  # any of embeddings.EMBEDDERS

Each question is matched once per embedder, over an index whose phrasings that embedder embedded
(a fresh one in a temporary folder), and read two ways: as `inara eval FILE --also-acceptable
evals/relabel-42-topics.jsonl` reads it (top-1, top-3, outcomes; the relabel only touches the
sets it names) and as `evals/scripts/safety_report.py FILE` does (urgent recall = answered urgent,
see-professional recall = flagged at either level, false alarms = ordinary questions flagged at
any level). It costs a few minutes per embedder on two cores: run it when the model changes.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inara import Inara  # noqa: E402
from inara.evaluate import evaluate, read_items  # noqa: E402
from inara.matching.embeddings import EMBEDDERS, make_embedder  # noqa: E402

SETS = ["dev.jsonl", "blind-2.jsonl", "blind-3.jsonl", "blind-safety-1.jsonl", "blind-safety-4.jsonl",
        "new-topics-heldout.jsonl", "no-guide-test.jsonl"]


def relabelled(name: str) -> list[dict]:
    items = read_items(ROOT / "evals" / name)
    lines = [json.loads(line) for line in (ROOT / "evals" / "relabel-42-topics.jsonl").read_text().splitlines()
             if line.strip()]
    acceptable = {line["id"]: line.get("acceptable", []) for line in lines if line.get("set") == name}
    for item in items:
        if item.get("id") in acceptable and item.get("expected_topic"):
            item["alt_topics"] = sorted({*item.get("alt_topics", []), *acceptable[item["id"]]} - {item["expected_topic"]})
    return items


def share(hits: int, total: int) -> str:
    return f"{hits / total:.3f}" if total else "-"


def measure(inara: Inara, items: list[dict]) -> dict:
    levels = []

    def match(text, age):
        result = inara.match(text, age)
        levels.append(result.safety.level)
        return result

    report = evaluate(match, items, inara.matcher.guide_topic)
    pairs = list(zip((item.get("safety", "ok") for item in items), levels))
    urgent = [got for want, got in pairs if want == "urgent"]
    prof = [got for want, got in pairs if want == "see-professional"]
    ordinary = [got for want, got in pairs if want == "ok"]
    m = report.metrics
    return {"top1": m["top1"], "top3": m["top3"],
            "urgent": share(sum(g == "urgent" for g in urgent), len(urgent)),
            "see_professional": share(sum(g != "ok" for g in prof), len(prof)),
            "false_alarms": share(sum(g != "ok" for g in ordinary), len(ordinary)),
            "answered_right": m["outcomes"]["fit_answered_right"],
            "no_guide_given_a_guide": m["outcomes"]["no_guide_given_a_guide"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--embedder", action="append", choices=EMBEDDERS)
    parser.add_argument("--sets", nargs="*", default=SETS)
    args = parser.parse_args()
    kinds = args.embedder or ["numpy", "onnx"]
    columns = ["top1", "top3", "answered_right", "no_guide_given_a_guide", "urgent", "see_professional",
               "false_alarms"]
    print(f"| set | embedder | {' | '.join(columns)} |")
    print("|---|---|" + "---|" * len(columns))
    results = {}
    for kind in kinds:
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            inara = Inara(db=Path(tmp) / "index.db", embedder=make_embedder(kind))
            inara.warm_up()  # embed every phrasing with this embedder
            print(f"<!-- {kind}: index built in {time.perf_counter() - start:.0f} s -->", flush=True)
            for name in args.sets:
                results[(name, kind)] = measure(inara, relabelled(name))
                row = results[(name, kind)]
                print(f"| {name} | {kind} | " + " | ".join("-" if row[c] is None else str(row[c]) for c in columns)
                      + " |", flush=True)


if __name__ == "__main__":
    main()
