"""Honest figures for the fit model, from the rows fit_rows.py cached (no test split is read).

    python3 scripts/experiments/fit_cv.py /tmp/fit-rows.pkl [config ...]

For each config (names in CONFIGS):
  - leave-one-set-out: trained without one real set's rows (threshold from the grouped out-of-fold
    no-guide scores of what is left, as train_fit does), then that set is scored as fresh questions:
    share refused ("no guide yet"), given a wrong guide, given the right one (of its answerable
    questions; the few the matcher calls out of scope count as neither).
  - nested grouped out-of-fold on no-guide-train: 5 folds by subject; each fold's threshold comes
    from the grouped out-of-fold scores of the other four folds only, then the fold's subjects are
    scored: the share given a guide is what a new subject would see.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_fit import TARGET_GUIDES_GIVEN  # noqa: E402

CLOSE = 0.03
REAL = ("dev.jsonl", "blind-2.jsonl", "blind-3.jsonl", "new-topics-heldout.jsonl")


def extra_features(r: dict) -> list[float]:
    best = r["ranked"][0][1]
    near = r["nearest"]
    lex = sorted((v for c, v in r["lexical"].items() if not c.startswith("__")), reverse=True)
    sem_rank = sorted((c for c in r["semantic"] if not c.startswith("__")), key=lambda c: -r["semantic"][c])
    lex_rank = sorted((c for c in r["lexical"] if not c.startswith("__")), key=lambda c: -r["lexical"][c])
    return [np.mean([n == best for n in near[:3]]), np.mean([n == best for n in near[:20]]),
            float(lex_rank.index(best)), float(sem_rank[0] == best), lex[0] - lex[1],
            np.log(r["words"]), float(len(set(near[:10])))]


CARD = {}  # topic -> index of its title-and-description phrasing (set in main)
MASKS = {}


def card_features(r: dict) -> list[float]:
    s = r["sims"].astype(np.float32)
    best = r["ranked"][0][1]
    return [float(s[CARD[best]]), float(np.sort(s[MASKS[best]])[-10:].mean())]


FEATURES = {
    "desc": lambda r: list(r["base"]) + card_features(r)[:1],
    "desc-top10": lambda r: list(r["base"]) + card_features(r),
    "base": lambda r: list(r["base"]),
    "plus": lambda r: list(r["base"]) + extra_features(r),
    # without the raw BM25 score (index 6), which grows with the question's length
    "nolex": lambda r: [v for i, v in enumerate(r["base"]) if i != 6],
    "lexnorm": lambda r: [v if i != 6 else np.log1p(np.expm1(v) / r["words"]) for i, v in enumerate(r["base"])],
    "nolex-noout": lambda r: [v for i, v in enumerate(r["base"]) if i not in (6, 7)],
    "nolex-agree20": lambda r: [v for i, v in enumerate(r["base"]) if i != 6] + extra_features(r)[1:2],
}


INCREASING = [1, 1, 1, 1, 1, 1, 1, -1, 1]  # base features: more evidence for the best topic, more likely to fit
INCREASING_PLUS = INCREASING + [1, 1, -1, 1, 1, 0, -1]


def model(cfg: dict):
    from sklearn.ensemble import GradientBoostingClassifier, HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    kind = cfg.get("model", "gbt")
    if kind == "gbt":
        return GradientBoostingClassifier(n_estimators=cfg.get("trees", 100), max_depth=cfg.get("depth", 3),
                                          learning_rate=0.1, random_state=3, subsample=cfg.get("subsample", 1.0))
    if kind == "hgb-mono":
        mono = {"base": INCREASING, "plus": INCREASING_PLUS, "desc-top10": INCREASING + [1, 1]}[cfg["features"]]
        return HistGradientBoostingClassifier(max_iter=cfg.get("trees", 100), max_depth=cfg.get("depth", 3),
                                              learning_rate=0.1, monotonic_cst=mono, random_state=3,
                                              early_stopping=False, l2_regularization=cfg.get("l2", 0.0))
    if kind == "logistic":
        return make_pipeline(StandardScaler(), LogisticRegression(C=cfg.get("C", 1.0), max_iter=2000))
    raise ValueError(kind)


# A config: features, which rows train (sources and their weights).
W = {"phrasing": 1.0, "real": 1.0, "no-guide": 1.0}
CONFIGS = {
    "baseline": {"features": "base", "weights": W},
    "nolex": {"features": "nolex", "weights": W},
    "desc": {"features": "desc", "weights": W},
    "desc-top10": {"features": "desc-top10", "weights": W},
    "desc-logistic": {"features": "desc", "weights": W, "model": "logistic"},
    "desc-top10-mono": {"features": "desc-top10", "weights": W, "model": "hgb-mono"},
    "desc-top10-d2": {"features": "desc-top10", "weights": W, "depth": 2, "trees": 150},
    "desc-top10-sub": {"features": "desc-top10", "weights": W, "subsample": 0.7},
    "desc-top10-real2": {"features": "desc-top10", "weights": {**W, "real": 2.0}},
    "drop-covered": {"features": "base", "weights": W, "drop": ("sleepovers", "self-care-skills-dressing-shoelaces")},
    "lexnorm": {"features": "lexnorm", "weights": W},
    "nolex-noout": {"features": "nolex-noout", "weights": W},
    "nolex-agree20": {"features": "nolex-agree20", "weights": W},
    "nolex-logistic": {"features": "nolex", "weights": W, "model": "logistic"},
    "logistic": {"features": "base", "weights": W, "model": "logistic"},
    "logistic-plus": {"features": "plus", "weights": W, "model": "logistic"},
    "gbt-d2-50": {"features": "base", "weights": W, "depth": 2, "trees": 50},
    "hgb-mono": {"features": "base", "weights": W, "model": "hgb-mono"},
    "hgb-mono-plus": {"features": "plus", "weights": W, "model": "hgb-mono"},
    "gbt-plus": {"features": "plus", "weights": W},
    "no-phrasing": {"features": "base", "weights": {**W, "phrasing": 0.0}},
    "real-x3": {"features": "base", "weights": {**W, "real": 3.0}},
    "neg-balanced": {"features": "base", "weights": {**W, "no-guide": 4.0}},
    "topic-out-0.3": {"features": "base", "weights": {**W, "topic-out": 0.3}},
    "real-wrong": {"features": "base", "weights": {**W, "real-wrong": 1.0}},
}


def train_mask(rows, cfg, exclude_set=None):
    w = np.zeros(len(rows))
    for i, r in enumerate(rows):
        s = r["source"]
        if s == exclude_set:
            continue
        if s == "phrasing":
            w[i] = cfg["weights"]["phrasing"]
        elif s in REAL:
            if r["y"] == 1:
                w[i] = cfg["weights"]["real"]
            elif cfg["weights"].get("real-wrong") and r.get("has_topic"):
                w[i] = cfg["weights"]["real-wrong"]
        elif s == "no-guide":
            w[i] = 0.0 if r["group"] in cfg.get("drop", ()) else cfg["weights"]["no-guide"]
        elif s == "phrasing-topic-out":
            w[i] = cfg["weights"].get("topic-out", 0.0)
    return w


def fit_predict(X, y, w, test, cfg):
    m = model(cfg)
    on = w > 0
    kw = "logisticregression__sample_weight" if cfg.get("model") == "logistic" else "sample_weight"
    m.fit(X[on], y[on], **{kw: w[on]})
    return m.predict_proba(X[test])[:, 1]


def oof_threshold(rows, X, y, w, neg_idx, cfg, seed=5, folds=5):
    """train_fit's threshold: grouped out-of-fold scores of the no-guide rows in neg_idx (positives
    split at random), cut at TARGET_GUIDES_GIVEN. Rows outside w > 0 and neg_idx never train."""
    groups = [rows[i]["group"] for i in neg_idx]
    names = sorted(set(groups))
    fold_of = {name: i % folds for i, name in enumerate(names)}
    neg_fold = np.array([fold_of[g] for g in groups])
    rng = np.random.default_rng(seed)
    other_fold = rng.integers(0, folds, size=len(rows))
    is_neg = np.zeros(len(rows), dtype=bool)
    is_neg[neg_idx] = True
    scores = []
    for k in range(folds):
        wk = w.copy()
        wk[(~is_neg) & (other_fold == k)] = 0
        wk[neg_idx[neg_fold == k]] = 0
        scores += list(fit_predict(X, y, wk, neg_idx[neg_fold == k], cfg))
    scores = sorted(scores)
    return scores[int(np.ceil(len(scores) * (1 - TARGET_GUIDES_GIVEN))) - 1]


def evaluate(rows, name, cfg, sets=("new-topics-heldout.jsonl",)):
    X = np.array([FEATURES[cfg["features"]](r) for r in rows], dtype=np.float64)
    y = np.array([r["y"] for r in rows])
    src = np.array([r["source"] for r in rows])
    oos = np.array([r["oos"] for r in rows])
    out = {}
    for held in sets:
        w = train_mask(rows, cfg, exclude_set=held)
        neg_idx = np.flatnonzero((src == "no-guide") & (w > 0))
        thr = oof_threshold(rows, X, y, w, neg_idx, cfg)
        test = np.flatnonzero((src == held) & np.array([bool(r.get("has_topic")) for r in rows]))
        p = fit_predict(X, y, w, test, cfg)
        given = (p >= thr) & ~oos[test]
        right = np.array([rows[i]["y"] == 1 or (rows[i]["margin"] <= CLOSE and rows[i]["top2_ok"]) for i in test])
        out[held] = (len(test), np.mean(~given & ~oos[test]), np.mean(given & ~right), np.mean(given & right), thr)
    # nested grouped out-of-fold no-guide
    w = train_mask(rows, cfg)
    neg_all = np.flatnonzero((src == "no-guide") & (w > 0))
    names = sorted({rows[i]["group"] for i in neg_all})
    fold_of = {n: i % 5 for i, n in enumerate(names)}
    fold = np.array([fold_of[rows[i]["group"]] for i in neg_all])
    given = 0
    for k in range(5):
        wk = w.copy()
        wk[neg_all[fold == k]] = 0
        thr = oof_threshold(rows, X, y, wk, neg_all[fold != k], cfg, seed=7 + k, folds=4)
        test = neg_all[fold == k]
        p = fit_predict(X, y, wk, test, cfg)
        given += int(np.sum((p >= thr) & ~oos[test]))
    out["no-guide nested OOF given"] = given / len(neg_all)
    return out


def main() -> None:
    rows = pickle.loads(Path(sys.argv[1]).read_bytes())
    if isinstance(rows, dict):
        labels = np.array(rows["labels"])
        for i, label in enumerate(labels):
            CARD.setdefault(label, i)
            MASKS.setdefault(label, labels == label)
        rows = rows["rows"]
    names = sys.argv[2:] or list(CONFIGS)
    sets = REAL if "--all" in names else ("new-topics-heldout.jsonl",)
    for name in (n for n in names if n != "--all"):
        res = evaluate(rows, name, CONFIGS[name], sets)
        parts = [f"{s.replace('.jsonl', '')} n={n} refused {a:.3f} wrong {b:.3f} right {c:.3f} (thr {t:.3f})"
                 for s, (n, a, b, c, t) in ((k, v) for k, v in res.items() if isinstance(v, tuple))]
        print(f"{name:28s} no-guide given {res['no-guide nested OOF given']:.3f} | " + " | ".join(parts), flush=True)


if __name__ == "__main__":
    main()
