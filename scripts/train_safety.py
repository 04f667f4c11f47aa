"""Build the safety screen's sentence index and write inara/data/safety_model.npz.

    python3 scripts/train_safety.py            # embed, report, write
    python3 scripts/train_safety.py --report   # report only

Data (all written for Inara; no eval set is read):
  inara/data/safety_training/<category>.txt   one example a line, '#' comments
  inara/data/safety_training/ok*.txt          ordinary sentences and look-alikes
  inara/data/safety_examples.yaml             the older exemplar lists, mapped to categories

Every line is embedded with all-MiniLM-L6-v2 and stored with its label (a category or "ok");
the screen (inara/matching/semantic_safety.py) compares each unit of a question with them. A
linear classifier over the same vectors (and over hashed word pairs) was tried and measured:
at the false-alarm rate of this screen it found fewer urgent questions on every tuning set, so
the nearest-sentence screen is what ships (see evals/README.md). The ordinary look-alike files
(MEASURE_ONLY) are not in the index: they are what its false alarms are measured on. The report below is a
held-out check on the sentences themselves: a stratified fifth scored against the rest.

The file records a hash of the data, and a test fails when the data changed without a rebuild.
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
OLD_GROUPS = {
    "self-harm": "suicide-self-harm", "suicidal": "suicide-self-harm", "poisoning": "poisoning",
    "medical": "medical-emergency", "abuse": "physical-abuse", "parent-risk": "parent-may-harm",
    "missing": "missing-child", "feeding": "feeding-weight", "regression": "development",
    "anxiety-mood": "anxiety-mood-ocd", "development": "development", "behaviour": "aggression-injury",
}


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


# Ordinary look-alikes (jokes, negations, resolved past events, everyday hard moments) sit so close
# to real warnings that, in the index, they pulled urgent recall down on every tuning set more than
# they cut false alarms; they measure the screen (tests and the report below) instead of feeding it.
MEASURE_ONLY = ("ok-lookalikes-urgent.txt", "ok-negation-and-past.txt", "ok-everyday.txt")


def load_examples(include_measure: bool = False) -> tuple[list[str], list[str]]:
    known = categories()
    texts, labels = [], []
    for path in sorted(TRAINING.glob("*.txt")):
        if path.name in MEASURE_ONLY and not include_measure:
            continue
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


def held_out_report(vectors: np.ndarray, labels: list[str]) -> None:
    from inara.matching.semantic_safety import FLOOR, MARGIN, NEIGHBOURS

    level_of = {slug: c.level for slug, c in categories().items()}
    levels = np.array([level_of.get(label, "ok") for label in labels])
    rng = np.random.default_rng(7)
    held = np.zeros(len(labels), dtype=bool)
    for label in sorted(set(labels)):
        index = np.flatnonzero(np.array(labels) == label)
        held[rng.choice(index, size=max(1, len(index) // 5), replace=False)] = True
    sims = vectors[held] @ vectors[~held].T
    rest = levels[~held]

    def nearest(mask):
        part = np.sort(sims[:, mask], axis=1)[:, -NEIGHBOURS:]
        return part.mean(axis=1)

    ordinary = nearest(rest == "ok")
    flagged = {}
    for level in ("urgent", "see-professional"):
        score = nearest(rest == level)
        flagged[level] = (score >= FLOOR[level]) & (score - ordinary >= MARGIN[level])
    truth = levels[held]
    urgent = flagged["urgent"]
    either = urgent | flagged["see-professional"]
    print(f"held-out fifth ({held.sum()} sentences, scored against the other four fifths):")
    print(f"  urgent sentences found urgent: {urgent[truth == 'urgent'].mean():.3f}")
    print(f"  see-professional sentences flagged: {either[truth == 'see-professional'].mean():.3f}")
    print(f"  ordinary sentences flagged: {either[truth == 'ok'].mean():.3f}")


def lookalike_report(vectors: np.ndarray, labels: list[str], probes: np.ndarray) -> None:
    from inara.matching.semantic_safety import FLOOR, MARGIN, NEIGHBOURS

    level_of = {slug: c.level for slug, c in categories().items()}
    levels = np.array([level_of.get(label, "ok") for label in labels])
    sims = probes @ vectors.T

    def nearest(mask):
        return np.sort(sims[:, mask], axis=1)[:, -NEIGHBOURS:].mean(axis=1)

    ordinary = nearest(levels == "ok")
    urgent = nearest(levels == "urgent")
    flagged = (urgent >= FLOOR["urgent"]) & (urgent - ordinary >= MARGIN["urgent"])
    print(f"ordinary look-alike sentences ({len(probes)}, not in the index) flagged urgent: {flagged.mean():.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true", help="report, write nothing")
    args = parser.parse_args()
    from inara.matching.embeddings import default_embedder
    from inara.store import Store

    texts, labels = load_examples()
    counts = {label: labels.count(label) for label in sorted(set(labels))}
    print(f"{len(texts)} sentences in the index:", counts)
    embedder = default_embedder()
    if embedder is None:
        raise SystemExit("the packaged model is not installed: run scripts/setup")
    # The index's embedding cache: rebuilding after adding a few lines embeds only those.
    vectors = Store(os.environ.get("INARA_DB")).embeddings(embedder, texts)
    held_out_report(vectors, labels)
    lookalikes = [line for name in MEASURE_ONLY for line in read_lines(TRAINING / name)]
    lookalike_report(vectors, labels, Store(os.environ.get("INARA_DB")).embeddings(embedder, lookalikes))
    if args.report:
        return
    np.savez_compressed(OUT, vectors=vectors.astype(np.float16), labels=np.array(labels),
                        data_sha256=np.array(data_hash()))
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
