"""A linear veto of the classifier's lone emergencies, out of fold (issue 10, 2026-12-06; not adopted).

    python3 scripts/experiments/veto_lr.py dump OUT.pkl FILE.jsonl [...]     # every line's vectors and the screen's answer
    python3 scripts/experiments/veto_lr.py report cls|topic|both OUT.pkl [...]

A logistic regression (urgent against ordinary, balanced) over the safety classifier's vector, the
topic vector or both, trained on five of six groups of eval sets and read on the sixth; then, for the
lines the shipped screen answers urgent on the classifier's word alone, how many real and how many
ordinary ones each bar would take away. Development figures.
"""
import collections
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def dump(out: str, files: list[str]) -> None:
    from inara import Inara
    from inara.errors import BadInput
    from inara.evaluate import read_items
    from inara.matching import safety_classifier
    from inara.matching.question import Question
    matcher = Inara().matcher
    rows = []
    for path in files:
        for item in read_items(Path(path)):
            try:
                question = Question.read(item["text"], item.get("age_years"))
                result = matcher.screen(question)
            except BadInput:
                continue
            topic, classified = matcher.embedder.embed_classified(question.text, 128)
            rows.append({"set": Path(path).stem, "truth": item.get("safety", "ok"), "level": result.level,
                         "lone": result.level == "urgent" and all(s.startswith("classifier") for s in result.rules),
                         "cls": classified.reshape(-1).astype(np.float16), "topic": topic.reshape(-1).astype(np.float16)})
        print(path, len(rows), flush=True)
    Path(out).write_bytes(pickle.dumps(rows))


def report(features: str, paths: list[str]) -> None:
    from sklearn.linear_model import LogisticRegression
    rows = [r for p in paths for r in pickle.loads(Path(p).read_bytes()) if r["truth"] in ("urgent", "ok")]
    parts = {"cls": ["cls"], "topic": ["topic"], "both": ["cls", "topic"]}[features]
    x = np.hstack([np.stack([r[k] for r in rows]) for k in parts]).astype(np.float32)
    y = np.array([r["truth"] == "urgent" for r in rows])
    fold = {name: i % 6 for i, name in enumerate(sorted({r["set"] for r in rows}))}
    groups = np.array([fold[r["set"]] for r in rows])
    oof = np.zeros(len(rows))
    for f in range(6):
        model = LogisticRegression(max_iter=2000, class_weight="balanced").fit(x[groups != f], y[groups != f])
        oof[groups == f] = model.predict_proba(x[groups == f])[:, 1]
    lone = np.array([r["lone"] for r in rows])
    real, ordinary = np.sort(oof[lone & y]), oof[lone & ~y]
    print(f"{features}: lone classifier emergencies, real {len(real)}, ordinary {len(ordinary)}; lowest real {np.round(real[:5], 3).tolist()}")
    for bar in (0.01, 0.02, 0.05, 0.1):
        print(f"  veto under {bar}: real {int((real < bar).sum())}, ordinary {int((ordinary < bar).sum())}")


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2], sys.argv[3:])
    else:
        report(sys.argv[2], sys.argv[3:])
