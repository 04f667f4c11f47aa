"""Train the "does any guide fit?" model (inara/matching/fit.py) and write inara/data/fit_model.json.

    python3 scripts/train_fit.py             # train on the shipped library, report, write
    python3 scripts/train_fit.py --report    # report only

Training rows (label 1: the best topic's guide fits; 0: no guide fits):
  - each topic phrasing, scored without itself, when its own topic ranks first     -> 1
  - real questions of dev, blind-2, blind-3, new-topics-heldout to -30 (REAL_SETS) and the
    reach training sets (REACH_TRAIN) whose top topic is acceptable                 -> 1
  - the no-guide sets of NO_GUIDE_SETS (in-scope subjects no topic covers), and the in-scope
    questions of the reach training sets (REACH_TRAIN) no topic covers              -> 0
(Phrasings scored with their whole topic left out were tried as more "no fit" rows: they made
the model refuse 13 more of the 171 dev questions it answered rightly at the same share of
no-guide questions given a guide, so they are computed and reported, not trained on.)
Each row has the rankers' eleven features, four from the probe (fit.probe_features: a logistic
regression over topic vectors, trained on the phrasings and the no-guide questions, class Probe
below; a row it was trained on is read by the probe of the fold without it), and three from the
no-guide questions as neighbours (fit.neighbour_features; a no-guide row reads the pool without its
own fold of subjects).
The model is gradient-boosted trees (scikit-learn, at training time only), written out as plain
trees that fit.py walks at run time, with the probe's weights beside them and the no-guide
questions' vectors in inara/data/fit_none.npz.
The threshold is the lowest that keeps the no-guide training split under its target share of
guides given, checked against evals/dev.jsonl (the tuning set). No test split is read here.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inara import Inara  # noqa: E402
from inara.matching.fit import MODEL, NONE_POOL, neighbour_features  # noqa: E402
from inara.matching.fit import NONE, probe_features, probe_probabilities  # noqa: E402
from inara.matching.matcher import OUT, QUERY_TOKENS  # noqa: E402

PER_TOPIC = 45  # phrasings sampled per topic, for each of the two kinds of row
# Share of the no-guide training questions (out of fold) allowed a guide: 0.08 refused too many
# fitting questions once no-guide-test-2 joined (evals/results/reach-2026-12-03-plan.md).
TARGET_GUIDES_GIVEN = 0.10


def phrasing_evidence(inara: Inara):
    """(slug, label, text, evidence, index) for PER_TOPIC sampled phrasings of each topic: scored without
    itself when its own topic then ranks first (label 1), and with its whole topic left out when
    something other than out-of-scope then ranks first (label 0)."""
    matcher = inara.matcher
    rng = np.random.default_rng(11)
    for slug in inara.library.topics:
        index = np.flatnonzero(matcher.labels == slug)
        for i in rng.choice(index, size=min(PER_TOPIC, len(index)), replace=False):
            text = matcher.documents[i]
            alone = np.zeros(len(matcher.labels), dtype=bool)
            alone[i] = True
            ev = matcher.evidence(text, matcher.vectors[i], drop=alone)
            if ev.ranked()[0][1] == slug:
                yield slug, 1, text, ev, int(i)
            ev = matcher.evidence(text, matcher.vectors[i], drop=matcher.labels == slug)
            if ev.ranked()[0][1] != OUT:
                yield slug, 0, text, ev, int(i)


# In-scope questions on subjects no topic covers, split by subject from the test split
# (no-guide-test.jsonl and the blind sets written after these): no-guide-test-2 has been a
# development set since its planned runs; no-guide-train-2 was written to be trained on.
NO_GUIDE_SETS = ("no-guide-train.jsonl", "no-guide-test-2.jsonl", "no-guide-train-2.jsonl")
# Questions as parents ask them, labelled against the topic list (evals/results/blind-reach-12-plan.md):
# their in-scope questions no topic covers are no-guide rows (each its own group for the folds),
# their fitting ones real questions. The no-guide sets above are ten questions a chosen subject;
# the no-guide questions parents ask sit next to topics (care routines, mealtimes, everyday health).
# Trained on since 2026-12-05: Rk (four sets) failed blind-reach-18's plan by its cap on right answers
# lost; Rk2 (six sets, the same recipe) met blind-reach-19's and was merged (--no-reach-train leaves
# them out). Before that, the model trained with reach-train-1 and -2 failed blind-reach-12's
# decision clause (4 fewer right answers for 5 fewer no-guide questions given a guide).
# Since 2026-12-07 (F-nh2) also reach-train-7 and -8 and blind-reach-5 to -12, questions sampled broadly over all the
# topics (a training split for this model from then on); blind-reach-13 to -21 stay its test split.
REACH_TRAIN = ("reach-train-1.jsonl", "reach-train-2.jsonl", "reach-train-3.jsonl", "reach-train-4.jsonl",
               "reach-train-5.jsonl", "reach-train-6.jsonl", "reach-train-7.jsonl", "reach-train-8.jsonl") + tuple(
    f"blind-reach-{n}.jsonl" for n in range(5, 13))
REACH_TRAIN_SETS: tuple[str, ...] = REACH_TRAIN


@functools.cache
def no_guide_items() -> list[dict]:
    """Read once per run: the probe, the rows and the folds all ask for them."""
    items = []
    for name in NO_GUIDE_SETS + REACH_TRAIN_SETS:
        path = ROOT / "evals" / name
        if path.exists():
            read = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
            if name in REACH_TRAIN_SETS:
                read = [item for item in read if item.get("in_scope", True) and not item.get("expected_topic")
                        and item.get("safety", "ok") == "ok"]
            items += read
    return items


class Probe:
    """The probe the fit model reads (fit.probe_features): a logistic regression over topic
    vectors, trained on every phrasing of the index (its topic, or the out-of-scope class) and on
    the no-guide training questions (fit.NONE). A row the probe was trained on is read by a probe
    trained without it (5 folds: phrasings at random, no-guide questions by subject), so its
    features look as they will for a question nobody wrote for the library."""

    FOLDS = 5
    C = 1.0  # scikit-learn's default, not tuned

    def __init__(self, inara: Inara):
        from sklearn.model_selection import GroupKFold

        matcher = inara.matcher
        items = no_guide_items()
        self.no_guide_vectors = np.vstack([matcher.embedder.embed([item["text"]], max_tokens=QUERY_TOKENS)
                                           for item in items])
        X = np.vstack([matcher.vectors, self.no_guide_vectors])
        y = np.concatenate([matcher.labels.astype(str), [NONE] * len(items)])
        self.model = self._fit(X, y)
        self.classes = [str(c) for c in self.model.classes_]
        phrasing_fold = np.random.default_rng(3).integers(0, self.FOLDS, size=len(matcher.vectors))
        no_guide_fold = np.zeros(len(items), dtype=int)
        groups = [item.get("subject", str(i)) for i, item in enumerate(items)]
        for k, (_, test) in enumerate(GroupKFold(self.FOLDS).split(self.no_guide_vectors, groups=groups)):
            no_guide_fold[test] = k
        fold = np.concatenate([phrasing_fold, no_guide_fold])
        self.no_guide_fold = no_guide_fold
        # The pool the neighbour features read, as it ships (float16): a no-guide row reads it
        # without its own fold of subjects, as a question on a new subject would.
        self.pool = self.no_guide_vectors.astype(np.float16).astype(np.float32)
        self.held_out = np.zeros((len(X), len(self.classes)))
        for k in range(self.FOLDS):
            model = self._fit(X[fold != k], y[fold != k])
            columns = [self.classes.index(str(c)) for c in model.classes_]
            self.held_out[np.ix_(fold == k, columns)] = model.predict_proba(X[fold == k])
        self.n_phrasings = len(matcher.vectors)
        self.exported = {"classes": self.classes, "coef": np.round(self.model.coef_, 5).tolist(),
                         "intercept": np.round(self.model.intercept_, 5).tolist()}

    def _fit(self, X, y):
        from sklearn.linear_model import LogisticRegression

        return LogisticRegression(C=self.C, max_iter=2000).fit(X, y)

    def of_phrasing(self, index: int, ev) -> list[float]:
        return (probe_features(self.held_out[index], self.classes, ev.ranked()[0][1])
                + neighbour_features(ev.query, ev.similarities, self.pool))

    def of_no_guide(self, index: int, ev) -> list[float]:
        return (probe_features(self.held_out[self.n_phrasings + index], self.classes, ev.ranked()[0][1])
                + neighbour_features(ev.query, ev.similarities, self.pool[self.no_guide_fold != self.no_guide_fold[index]]))

    def of_question(self, ev) -> list[float]:
        """As the shipped model will read it: the rounded weights of the probe trained on all."""
        return (probe_features(probe_probabilities(ev.query, self.exported), self.classes, ev.ranked()[0][1])
                + neighbour_features(ev.query, ev.similarities, self.pool))

    def export(self) -> dict:
        return self.exported


def with_probe(ev, extra: list[float]) -> np.ndarray:
    return np.concatenate([ev.features(), np.array(extra, dtype=np.float32)])


def rows(inara: Inara, probe: Probe):
    matcher = inara.matcher
    X, y = [], []
    for slug, label, _, ev, index in phrasing_evidence(inara):
        X.append(with_probe(ev, probe.of_phrasing(index, ev)))
        y.append(label)
    for j, item in enumerate(no_guide_items()):
        ev = matcher.evidence(item["text"])
        X.append(with_probe(ev, probe.of_no_guide(j, ev)))
        y.append(0)
    return np.array(X), np.array(y)


# Real parents' questions, labelled by topic, from the tuning sets and the new topics' held-out set
# (now a training set: its first-run figures stay in the README as they were). Label 1 when the
# top-ranked topic is an acceptable answer, 0 when it is not (main keeps the 1s): the model learns
# what a real question that fits looks like, not only a card phrasing. no-guide-test, -test-3,
# blind-reach-13 onwards and new-topics-heldout-31 onwards are never read here: they are the test split.
# Since 2026-12-07 (F-nh2, evals/results/fit-nh-plan.md) also new-topics-heldout-2 to -30, a training split for
# this model only; -31 onwards stay its test split.
REAL_SETS = ("dev.jsonl", "blind-2.jsonl", "blind-3.jsonl", "new-topics-heldout.jsonl") + tuple(
    f"new-topics-heldout-{n}.jsonl" for n in range(2, 31))


def acceptable_extra() -> dict[str, set[str]]:
    path = ROOT / "evals" / "relabel-42-topics.jsonl"
    return {item["id"]: set(item.get("acceptable") or []) for item in map(json.loads, path.read_text().splitlines())
            if item}


def real_evidence(inara: Inara):
    """(set name, item, Evidence, acceptable topics) for each in-scope, non-urgent question of
    REAL_SETS: the one loop over them, for training here and for the experiments."""
    extra = acceptable_extra()
    for name in REAL_SETS + REACH_TRAIN_SETS:
        for line in (ROOT / "evals" / name).read_text().splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            if not item.get("in_scope", True) or item.get("safety", "ok") == "urgent":
                continue
            ev = inara.matcher.evidence(item["text"])
            accepted = {item.get("expected_topic"), *item.get("alt_topics", []), *extra.get(item.get("id"), ())} - {None}
            yield name, item, ev, accepted


def real_rows(inara: Inara, probe: Probe):
    X, y = [], []
    for _, _, ev, accepted in real_evidence(inara):
        X.append(with_probe(ev, probe.of_question(ev)))
        y.append(int(bool(accepted) and ev.ranked()[0][1] in accepted))
    return np.array(X), np.array(y)


def dev_rows(inara: Inara, probe: Probe):
    """dev.jsonl questions with a topic, in scope and not urgent: features and whether top-1 is right."""
    out = []
    for line in (ROOT / "evals" / "dev.jsonl").read_text().splitlines():
        item = json.loads(line)
        if not item.get("expected_topic") or item.get("safety") == "urgent":
            continue
        ev = inara.matcher.evidence(item["text"])
        accepted = {item["expected_topic"], *item.get("alt_topics", [])}
        out.append((with_probe(ev, probe.of_question(ev)), ev.ranked()[0][1] in accepted))
    return out


def set_names(listed: str) -> tuple[str, ...]:
    """The eval files named in a comma-separated option."""
    return tuple(name.strip() for name in listed.split(",") if name.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true")
    parser.add_argument("--cache", help="keep the computed rows in this .npz file (for trying settings)")
    parser.add_argument("--target", type=float, default=TARGET_GUIDES_GIVEN,
                        help="share of the no-guide training questions (out of fold) allowed a guide")
    parser.add_argument("--more-real", default="",
                        help="comma-separated eval sets added to REAL_SETS for this run (a training split; say so in evals/README.md)")
    parser.add_argument("--more-reach", default="",
                        help="comma-separated eval sets added to the reach training sets for this run (their fitting "
                             "questions real rows, their no-guide ones no-guide rows; a training split)")
    parser.add_argument("--no-reach-train", action="store_true",
                        help="leave out the reach training sets (REACH_TRAIN), as the model shipped before 2026-12-05")
    args = parser.parse_args()
    global REAL_SETS, REACH_TRAIN_SETS
    REAL_SETS = REAL_SETS + set_names(args.more_real)
    REACH_TRAIN_SETS = REACH_TRAIN_SETS + set_names(args.more_reach)
    if args.no_reach_train:
        REACH_TRAIN_SETS = ()
    from inara.settings import Settings

    inara = Inara(**Settings.from_environment().given(matcher="fusion").options())  # INARA_DB, INARA_LIBRARY
    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists():
        saved = np.load(cache)
        X, y, dev_X, dev_ok = saved["X"], saved["y"], saved["dev_X"], saved["dev_ok"]
        real_X, real_y = saved["real_X"], saved["real_y"]
        probe_json = str(saved["probe"])
        pool = saved["pool"]
    else:
        probe = Probe(inara)
        X, y = rows(inara, probe)
        real_X, real_y = real_rows(inara, probe)
        dev = dev_rows(inara, probe)
        dev_X, dev_ok = np.array([f for f, _ in dev]), np.array([r for _, r in dev])
        probe_json = json.dumps(probe.export())
        pool = probe.pool
        if cache:
            np.savez(cache, X=X, y=y, dev_X=dev_X, dev_ok=dev_ok, real_X=real_X, real_y=real_y, probe=probe_json,
                     pool=pool)
    n_no_guide = len_no_guide(inara)
    keep = np.ones(len(y), dtype=bool)
    keep[:-n_no_guide] = y[:-n_no_guide] == 1  # phrasings that fit, and the no-guide questions
    # Order kept: phrasings that fit, real questions (both labels), then the no-guide questions
    # last (out_of_fold reads them from the end).
    # Only the real questions whose top topic is right: training the wrong ones as "no fit" was
    # tried and flattened the model (dev kept 138 of 178 right answers instead of 149).
    real_X, real_y = real_X[real_y == 1], real_y[real_y == 1]
    X = np.vstack([X[keep][:-n_no_guide], real_X, X[-n_no_guide:]])
    y = np.concatenate([y[keep][:-n_no_guide], real_y, y[-n_no_guide:]])
    keep = np.ones(len(y), dtype=bool)
    print(f"real questions: {len(real_y)} ({int(real_y.sum())} with the right guide first)")
    params = export_trees(X[keep], y[keep])
    params["probe"] = json.loads(probe_json)
    params["probe"]["embedder"] = inara.matcher.embedder.name  # the vectors it reads (fit.out_of_scope_probability)
    params["neighbours"] = True  # fit.neighbour_features, over NONE_POOL
    from inara.matching.fit import probability

    # The threshold comes from out-of-fold scores of the no-guide questions (5 folds, grouped by
    # subject, so a subject is never scored by a model that saw it): scores of the model on its own
    # training rows would make the share of guides given look smaller than it is.
    negatives = sorted(out_of_fold(X[keep], y[keep], subjects(), n_no_guide))
    cut = negatives[int(np.ceil(len(negatives) * (1 - args.target))) - 1]
    params["threshold"] = round(float(cut), 4)
    dev = list(zip(dev_X, dev_ok))
    kept = sum(bool(right) and probability(f, params) >= params["threshold"] for f, right in dev)
    right = int(dev_ok.sum())
    print(f"rows: {len(y)} ({int(y.sum())} fit, {int((1 - y).sum())} no fit); threshold {params['threshold']}")
    print(f"no-guide training split given a guide (out of fold): {sum(n >= params['threshold'] for n in negatives) / len(negatives):.3f}")
    print(f"dev.jsonl: top-1 right {right}/{len(dev)}, still answered with that guide {kept}/{len(dev)}")
    if not args.report:
        MODEL.write_text(json.dumps(params, separators=(",", ":")) + "\n", encoding="utf-8")
        np.savez_compressed(NONE_POOL, vectors=pool.astype(np.float16))
        print(f"wrote {MODEL.relative_to(ROOT)}")


def export_trees(X, y) -> dict:
    from sklearn.ensemble import GradientBoostingClassifier

    model = GradientBoostingClassifier(n_estimators=100, max_depth=3, learning_rate=0.1, random_state=3).fit(X, y)
    trees = []
    for (estimator,) in model.estimators_:
        t = estimator.tree_
        trees.append({"feature": t.feature.tolist(), "threshold": t.threshold.tolist(),
                      "left": t.children_left.tolist(), "right": t.children_right.tolist(),
                      "value": t.value[:, 0, 0].tolist()})
    params = {"features": int(X.shape[1]), "learning_rate": 0.1, "init": 0.0, "trees": trees}
    from inara.matching.fit import _tree

    raw = sum(_tree(tree, X[0]) for tree in trees) * 0.1
    params["init"] = float(model.decision_function(X[:1])[0] - raw)
    return params


def subjects() -> list[str]:
    return [item.get("subject") or str(i) for i, item in enumerate(no_guide_items())]


def out_of_fold(X, y, groups, n_no_guide, folds=5) -> list[float]:
    from inara.matching.fit import probability

    n_pos = len(y) - n_no_guide
    names = sorted(set(groups))
    fold_of = {name: i % folds for i, name in enumerate(names)}
    rng = np.random.default_rng(5)
    pos_fold = rng.integers(0, folds, size=n_pos)
    scores = []
    for k in range(folds):
        test_neg = np.array([fold_of[g] == k for g in groups])
        train = np.concatenate([pos_fold != k, ~test_neg])
        params = export_trees(X[train], y[train])
        scores += [probability(x, {**params, "threshold": 0}) for x in X[n_pos:][test_neg]]
    return scores


def len_no_guide(_inara) -> int:
    return len(no_guide_items())


if __name__ == "__main__":
    main()
