"""Does local evidence from the no-guide questions help the "does any guide fit?" model? (issue 7)

    python3 scripts/experiments/none_knn.py [--cache /tmp/none-knn.pkl]

The shipped fit model reads the rankers' features and a linear probe over the question's vector.
This tries three more features, read from the no-guide training questions as a pool of their own
(the probe's class NONE, as points rather than a plane): the question's similarity to the nearest
no-guide question, that minus its similarity to the nearest phrasing, and the share of no-guide
questions among its ten nearest neighbours (phrasings and no-guide questions together). A no-guide
row never sees its own fold of subjects in the pool.

Measured by leaving one reach training set out at a time (reach-train-1 to -4: questions as parents
ask them, the nearest thing to a blind reach set that may be read): trained on everything else,
threshold from grouped out-of-fold scores of the training no-guide rows (train_fit's rule, 10%),
then the left-out set is scored: its no-guide questions given a guide, its fitting questions
answered with a right guide / a wrong one / refused. Configs: the shipped model's data without the
reach sets (main) or with the other three (R), each with and without the three features. No test
split is read.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_fit  # noqa: E402
from inara.matching.fit import neighbour_features, probe_features, probe_probabilities  # noqa: E402

REACH = ("reach-train-1.jsonl", "reach-train-2.jsonl", "reach-train-3.jsonl", "reach-train-4.jsonl")
CLOSE = 0.03


def collect(path: Path | None) -> dict:
    if path and path.exists():
        return pickle.loads(path.read_bytes())
    train_fit.REACH_TRAIN_SETS = REACH
    train_fit.no_guide_items.cache_clear()
    from inara import Inara
    from inara.settings import Settings

    inara = Inara(**Settings.from_environment().given(matcher="fusion").options())
    matcher = inara.matcher
    probe = train_fit.Probe(inara)
    rows = []
    for slug, label, _text, ev, index in train_fit.phrasing_evidence(inara):
        if label != 1:
            continue
        rows.append({"source": "phrasing", "group": slug, "y": 1, "vec": matcher.vectors[index],
                     "x": train_fit.with_probe(ev, probe_features(probe.held_out[index], probe.classes, ev.ranked()[0][1])),
                     "sims": ev.similarities.astype(np.float16)})
    items = train_fit.no_guide_items()
    names = []
    for name in train_fit.NO_GUIDE_SETS + REACH:
        p = ROOT / "evals" / name
        read = [json.loads(line) for line in p.read_text().splitlines() if line.strip()]
        if name in REACH:
            read = [i for i in read if i.get("in_scope", True) and not i.get("expected_topic")
                    and i.get("safety", "ok") == "ok"]
        names += [name] * len(read)
    assert len(names) == len(items)
    for j, (item, name) in enumerate(zip(items, names)):
        ev = matcher.evidence(item["text"])
        rows.append({"source": "no-guide", "set": name, "group": item.get("subject") or item.get("id") or str(j),
                     "y": 0, "vec": probe.no_guide_vectors[j], "pool": j,
                     "x": train_fit.with_probe(ev, probe_features(probe.held_out[probe.n_phrasings + j], probe.classes,
                                                                  ev.ranked()[0][1])),
                     "sims": ev.similarities.astype(np.float16), "oos": oos(ev)})
    for name, item, ev, accepted in train_fit.real_evidence(inara):
        ranked = ev.ranked()
        if name not in REACH and not (accepted and ranked[0][1] in accepted):
            continue  # train_fit keeps only the real questions whose top topic is right
        if not accepted:
            continue  # reach sets' no-guide questions are rows above
        rows.append({"source": "real", "set": name, "group": item["id"],
                     "y": int(ranked[0][1] in accepted), "top2_ok": ranked[1][1] in accepted,
                     "margin": ranked[0][0] - ranked[1][0], "vec": ev.query,
                     "x": train_fit.with_probe(ev, probe_features(probe_probabilities(ev.query, probe.exported),
                                                                  probe.classes, ranked[0][1])),
                     "sims": ev.similarities.astype(np.float16), "oos": oos(ev)})
    data = {"rows": rows, "pool": probe.no_guide_vectors, "pool_sets": names}
    if path:
        path.write_bytes(pickle.dumps(data))
    return data


def oos(ev) -> bool:
    from inara.matching.matcher import MIN_SIMILARITY, OUT, OUT_MARGIN

    return bool(ev.fused[OUT] > ev.ranked()[0][0] + OUT_MARGIN or ev.best_similarity < MIN_SIMILARITY)


def knn_features(rows, pool, allowed) -> np.ndarray:
    """For each row, fit.neighbour_features against the no-guide pool rows allowed[i] (a mask)."""
    return np.array([neighbour_features(r["vec"].astype(np.float32), r["sims"].astype(np.float32), pool[allowed[i]])
                     for i, r in enumerate(rows)], dtype=np.float32)


def fit(X, y):
    from sklearn.ensemble import GradientBoostingClassifier

    return GradientBoostingClassifier(n_estimators=100, max_depth=3, learning_rate=0.1, random_state=3).fit(X, y)


def threshold(X, y, groups, is_neg, target=0.10, folds=5):
    names = sorted({g for g, n in zip(groups, is_neg) if n})
    fold_of = {g: i % folds for i, g in enumerate(names)}
    rng = np.random.default_rng(5)
    fold = np.array([fold_of[g] if n else rng.integers(0, folds) for g, n in zip(groups, is_neg)])
    scores = []
    for k in range(folds):
        m = fit(X[fold != k], y[fold != k])
        scores += list(m.predict_proba(X[(fold == k) & is_neg])[:, 1])
    scores = sorted(scores)
    return scores[int(np.ceil(len(scores) * (1 - target))) - 1]


def run(data, held: str, with_reach: bool, with_knn: bool) -> tuple:
    rows, pool, pool_sets = data["rows"], data["pool"], np.array(data["pool_sets"])
    in_train = []
    for r in rows:
        s = r.get("set")
        if s == held:
            in_train.append(False)
        elif s in REACH and not with_reach:
            in_train.append(False)
        else:
            in_train.append(True)
    in_train = np.array(in_train)
    test = np.array([r.get("set") == held for r in rows])
    X = np.vstack([r["x"] for r in rows]).astype(np.float64)
    y = np.array([r["y"] for r in rows])
    # training rows: only fitting real questions whose top is right, as train_fit
    keep = in_train & ~np.array([r["source"] == "real" and r["y"] == 0 for r in rows])
    groups = [r["group"] for r in rows]
    is_neg = np.array([r["source"] == "no-guide" for r in rows])
    if with_knn:
        pool_ok = (pool_sets != held) & (np.isin(pool_sets, REACH, invert=True) | with_reach)
        # a training no-guide row never sees its own subject fold in the pool
        names = sorted({g for g, n in zip(groups, is_neg) if n})
        fold_of = {g: i % 5 for i, g in enumerate(names)}
        pool_fold = np.full(len(pool), -1)
        for r in rows:
            if r["source"] == "no-guide":
                pool_fold[r["pool"]] = fold_of[r["group"]]
        allowed = np.empty((len(rows), len(pool)), dtype=bool)
        for i, r in enumerate(rows):
            a = pool_ok.copy()
            if r["source"] == "no-guide" and not test[i]:
                a &= pool_fold != fold_of[r["group"]]
            allowed[i] = a
        X = np.hstack([X, knn_features(rows, pool, allowed)])
    thr = threshold(X[keep], y[keep], [g for g, k in zip(groups, keep) if k], is_neg[keep])
    m = fit(X[keep], y[keep])
    p = m.predict_proba(X[test])[:, 1]
    trows = [r for r, t in zip(rows, test) if t]
    oo = np.array([r.get("oos", False) for r in trows])
    given = (p >= thr) & ~oo
    neg = np.array([r["source"] == "no-guide" for r in trows])
    right = np.array([r["source"] == "real" and (r["y"] == 1 or (r["margin"] <= CLOSE and r["top2_ok"])) for r in trows])
    pos = ~neg
    return (int(neg.sum()), int((given & neg).sum()), int(pos.sum()), int((given & pos & right).sum()),
            int((given & pos & ~right).sum()), int((~given & pos & ~oo).sum()), thr)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache")
    args = parser.parse_args()
    data = collect(Path(args.cache) if args.cache else None)
    for with_reach in (False, True):
        for with_knn in (False, True):
            tot = np.zeros(6, dtype=int)
            parts = []
            for held in REACH:
                res = run(data, held, with_reach, with_knn)
                tot += np.array(res[:6])
                parts.append(f"{held[12:13]}: ng {res[1]}/{res[0]} right {res[3]}/{res[2]}")
            name = ("R" if with_reach else "main") + ("+knn" if with_knn else "")
            print(f"{name:9s} no-guide given {tot[1]}/{tot[0]} ({tot[1] / tot[0]:.3f})  fitting right {tot[3]}, "
                  f"wrong {tot[4]}, refused {tot[5]} of {tot[2]}  | " + "; ".join(parts), flush=True)


if __name__ == "__main__":
    main()
