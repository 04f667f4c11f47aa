"""Train the safety screen's classifier and write inara/data/safety_model.npz.

    python3 scripts/train_safety.py            # train, report, write the model
    python3 scripts/train_safety.py --report   # train and report only

Data (all written for Inara; no eval set is read):
  inara/data/safety_training/<category>.txt   one example a line, '#' comments
  inara/data/safety_training/ok*.txt          ordinary sentences and look-alikes
  inara/data/safety_examples.yaml             the older exemplar lists, mapped to categories

A multinomial logistic regression (scikit-learn, at training time only) over all-MiniLM-L6-v2
vectors. The decision thresholds per level (urgent, see-professional) are chosen on a held-out
fifth of the data (stratified): the highest threshold that keeps the level's recall on it at
least at the target; then the model is refitted on all the data. The model file records a hash
of the data, and a test fails when the data changed without retraining.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inara.matching.safety import DATA, categories  # noqa: E402

TRAINING = DATA / "safety_training"
EXEMPLARS = DATA / "safety_examples.yaml"
OUT = DATA / "safety_model.npz"
TARGET_RECALL = {"urgent": 0.97, "see-professional": 0.90}
OLD_GROUPS = {
    "self-harm": "suicide-self-harm", "suicidal": "suicide-self-harm", "poisoning": "poisoning",
    "medical": "medical-emergency", "abuse": "physical-abuse", "parent-risk": "parent-may-harm",
    "missing": "missing-child", "feeding": "feeding-weight", "regression": "development",
    "anxiety-mood": "anxiety-mood-ocd", "development": "development", "behaviour": "aggression-injury",
}
MIN_EXAMPLES = 12  # a category with fewer lines is left to the rules


def data_files() -> list[Path]:
    return sorted(TRAINING.glob("*.txt")) + [EXEMPLARS]


def data_hash() -> str:
    digest = hashlib.sha256()
    for path in data_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def read_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def load_examples() -> tuple[list[str], list[str]]:
    known = categories()
    texts, labels = [], []
    for path in sorted(TRAINING.glob("*.txt")):
        label = "ok" if path.stem.startswith("ok") else path.stem
        if label != "ok" and label not in known:
            raise SystemExit(f"{path}: the file name must be a category slug or start with 'ok'")
        for line in read_lines(path):
            texts.append(line)
            labels.append(label)
    old = yaml.safe_load(EXEMPLARS.read_text(encoding="utf-8"))
    for level in ("urgent", "see-professional"):
        for group, items in old[level].items():
            texts += items
            labels += [OLD_GROUPS[group]] * len(items)
    texts += old["ok"]
    labels += ["ok"] * len(old["ok"])
    seen, out_t, out_l = set(), [], []
    for text, label in zip(texts, labels):
        key = text.lower()
        if key not in seen:
            seen.add(key)
            out_t.append(text)
            out_l.append(label)
    return out_t, out_l


def fit(vectors, labels, classes):
    from sklearn.linear_model import LogisticRegression

    y = np.array([classes.index(label) for label in labels])
    model = LogisticRegression(C=8.0, max_iter=3000, class_weight="balanced")
    model.fit(vectors, y)
    return model.coef_.T.astype(np.float32), model.intercept_.astype(np.float32)


def probabilities(vectors, weights, bias):
    logits = vectors @ weights + bias
    logits -= logits.max(axis=1, keepdims=True)
    exp = np.exp(logits)
    return exp / exp.sum(axis=1, keepdims=True)


def level_scores(probs, classes, level_of):
    urgent = np.array([level_of.get(c) == "urgent" for c in classes])
    prof = np.array([level_of.get(c) == "see-professional" for c in classes])
    return probs[:, urgent].sum(axis=1), probs[:, prof].sum(axis=1)


def choose_thresholds(probs, labels, classes, level_of) -> dict[str, float]:
    """As the screen decides: urgent when the urgent classes' summed probability reaches its
    threshold, else see-professional when theirs does. The urgent threshold is the highest that
    keeps urgent recall at target; then the see-professional one, the highest that keeps
    see-professional lines flagged at either level at target."""
    urgent_p, prof_p = level_scores(probs, classes, level_of)
    truth = np.array([level_of.get(label, "ok") for label in labels])

    def highest(score, positive, already, target):
        for t in np.arange(0.95, 0.04, -0.01):
            if ((score[positive] >= t) | already[positive]).mean() >= target:
                return round(float(t), 2)
        return 0.05

    none = np.zeros(len(labels), dtype=bool)
    t_urgent = highest(urgent_p, truth == "urgent", none, TARGET_RECALL["urgent"])
    t_prof = highest(prof_p, truth == "see-professional", urgent_p >= t_urgent, TARGET_RECALL["see-professional"])
    return {"urgent": t_urgent, "see-professional": t_prof}


def report(probs, labels, classes, level_of, thresholds) -> None:
    urgent_p, prof_p = level_scores(probs, classes, level_of)
    predicted = ["urgent" if u >= thresholds["urgent"] else "see-professional" if s >= thresholds["see-professional"]
                 else "ok" for u, s in zip(urgent_p, prof_p)]
    truth = [level_of.get(label, "ok") for label in labels]
    for level in ("urgent", "see-professional", "ok"):
        idx = [i for i, t in enumerate(truth) if t == level]
        hits = sum(predicted[i] == level or (level == "see-professional" and predicted[i] == "urgent") for i in idx)
        print(f"  {level:17} n={len(idx):5}  kept at its level (or higher): {hits / max(1, len(idx)):.3f}")
    ok = [i for i, t in enumerate(truth) if t == "ok"]
    alarms = sum(predicted[i] != "ok" for i in ok)
    print(f"  ordinary lines flagged: {alarms} of {len(ok)} ({alarms / max(1, len(ok)):.3f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true", help="train and report, write nothing")
    args = parser.parse_args()
    from inara.matching.embeddings import default_embedder

    texts, labels = load_examples()
    counts = {label: labels.count(label) for label in sorted(set(labels))}
    classes = ["ok"] + [c for c in counts if c != "ok" and counts[c] >= MIN_EXAMPLES]
    kept = [i for i, label in enumerate(labels) if label in classes]
    texts = [texts[i] for i in kept]
    labels = [labels[i] for i in kept]
    print(f"{len(texts)} examples, {len(classes)} classes:", counts)
    level_of = {slug: c.level for slug, c in categories().items()}
    embedder = default_embedder()
    if embedder is None:
        raise SystemExit("the packaged model is not installed: run scripts/setup")
    from inara.store import Store

    # The index's embedding cache: retraining after adding a few lines embeds only those.
    vectors = Store(os.environ.get("INARA_DB")).embeddings(embedder, texts)

    rng = np.random.default_rng(7)
    held = np.zeros(len(texts), dtype=bool)
    for label in classes:  # a stratified fifth
        idx = np.array([i for i, lab in enumerate(labels) if lab == label])
        held[rng.choice(idx, size=max(1, len(idx) // 5), replace=False)] = True
    train = ~held
    weights, bias = fit(vectors[train], [labels[i] for i in np.flatnonzero(train)], classes)
    probs = probabilities(vectors[held], weights, bias)
    held_labels = [labels[i] for i in np.flatnonzero(held)]
    thresholds = choose_thresholds(probs, held_labels, classes, level_of)
    print("thresholds (chosen on the held-out fifth):", thresholds)
    print("held-out fifth:")
    report(probs, held_labels, classes, level_of, thresholds)

    weights, bias = fit(vectors, labels, classes)
    if args.report:
        return
    np.savez_compressed(
        OUT, weights=weights, bias=bias, classes=np.array(classes),
        threshold_levels=np.array(list(thresholds)), thresholds=np.array(list(thresholds.values()), dtype=np.float32),
        data_sha256=np.array(data_hash()),
    )
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
