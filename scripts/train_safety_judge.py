"""Train the safety judge (inara/matching/safety_judge.py) and write inara/data/safety_judge.json.

    INARA_DB=/tmp/full.db python3 scripts/train_safety_judge.py [--cv]

It reads every labelled question of the training sets below (evals/README.md says which sets are
which), runs the rules and the sentence screen on it as `Matcher.findings` does, and fits two
logistic regressions (scikit-learn; standardised features, balanced classes, C below) from the
judge's features to the level the question's writer gave (ok, see-professional, urgent): the
unit judge on each question's whole-question row of `unit_features`, the question judge on
`features`. Never add a test set here: blind-safety-11 and blind-reach-8/9 are kept out.

With --cv it first prints each set's figures with the judge trained on every other set (leave one
set out): the development figures in evals/README.md.

How the settings were chosen (2026-12-02, on the leave-one-set-out figures of the 4,417 questions
of the sets below; scripts/experiments/judge_rows.py and judge_units.py wrote the features, the
grids are in evals/results/judge-grid-2026-12-02.txt):
- C 0.03 (of 0.01, 0.03, 0.1, 0.3) for the question judge, and the same for the unit judge;
- the unit judge is trained on the whole-question rows only (adding the units of ordinary
  questions as more ordinary rows caught no more and flagged more);
- the thresholds by a rule fixed after a first grid of the question judge alone: the most urgent
  questions caught whose false alarms on the safety sets' look-alikes rise by at most one point
  (153 -> at most 165 of 1,179) and whose see-professional recall does not fall (611 of 730),
  then the most see-professional questions, then the fewest urgent false alarms. A question
  judge alone caught 874 of 918 urgent questions, but what it made urgent could turn ok when an
  ordinary clause was added; the unit judge cannot. With both, and every rule finding kept (a
  see-professional rule finding dropped by the judge cost a test of a real sign, "losing weight
  because she only eats 4 foods"): urgent 832 -> 878 of 918, see-professional 611 -> 628 of 730,
  look-alikes flagged 153 -> 161 of 1,179 (104 -> 114 urgent), ordinary questions of the reach
  sets flagged 219 -> 135 of 1,590.
Second round (2026-12-02, later): blind-safety-11 (a tuning set since its first runs) and
evals/judge-train.jsonl (870 questions written for this by three helpers who saw no rule or eval
set: 270 urgent, 240 see-professional, 360 look-alikes) were added. Leave one set out over the 16
other sets, thresholds unchanged (scripts/experiments/judge_threshold_grid.py; grids in
evals/results/judge-grid-2026-12-02b-*.txt): with judge-train, urgent 980 -> 985 of 1,017,
see-professional 711 -> 727 of 814, look-alikes flagged 157 -> 171 of 849 (115 -> 124 urgent),
other ordinary questions flagged 158 -> 163 of 2,020. No threshold in the grid did better on
both sides, so the thresholds stay. The judges with and without judge-train (`--without
judge-train`) were then scored once each on blind-safety-13 (plan and rule fixed first,
evals/results/blind-safety-13-plan.md): with it urgent 91/99, see-professional 73/84, look-alikes
flagged 28/100; without it 91/99, 68/84, 26/100. The plan's rule chose the judge without it, but
that judge failed the whole screen's stability test (a question it made urgent from the whole
question alone turned ok when an ordinary clause was added), so the judge with it stays.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inara import Inara  # noqa: E402
from inara.matching import safety_judge  # noqa: E402
from inara.matching.question import Question  # noqa: E402
from inara.matching.safety import categories, rule_findings  # noqa: E402
from inara.settings import Settings  # noqa: E402

SETS = ["dev", "blind-2", "blind-3", "blind-safety-1", "blind-safety-4", "blind-safety-5", "blind-safety-6",
        "blind-safety-7", "blind-safety-8", "blind-safety-9", "blind-safety-10", "new-topics-heldout",
        "blind-reach-5", "blind-reach-6", "blind-reach-7", "blind-safety-11", "judge-train"]
TEST_SETS = {"blind-safety-12", "blind-safety-13", "blind-safety-14", "blind-safety-15", "blind-safety-16", "blind-safety-17", "blind-safety-18", "blind-safety-19", "blind-safety-20", "blind-safety-21", "blind-safety-22", "blind-reach-8", "blind-reach-9"}
CLASSES = ["ok", "see-professional", "urgent"]
C = 0.03
UNIT_URGENT_AT = 0.85
# An urgent finding the unit judge makes alone stands when the question judge gives P(urgent) at
# least this; under it, it becomes its category's `when_unsure` see-professional finding. Chosen
# leave one set out (scripts/experiments/unit_backing_grid.py, 2026-12-02): the largest value that
# lost no urgent question (985 of 1,017 either way) while 9 look-alikes (124 -> 115) and 9 other
# ordinary questions (59 -> 50) were no longer told to call the emergency number.
UNIT_BACKED_AT = 0.05
URGENT_AT = 0.4
FLAG_AT = 0.9


def read(matcher, slugs: list[str]):
    """For every question of SETS: its set, its unit rows, the rules' and sentence screen's
    levels, and its label."""
    screen = matcher.semantic
    out = []
    for name in SETS:
        for line in (ROOT / "evals" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            question = Question.read(item["text"], item.get("age_years"))
            _, vectors, texts = matcher.embed_question(question)
            rules = safety_judge.level_of(rule_findings(question.text, question.age.years, question.normalised))
            sentences = (screen.findings(vectors, texts, question.language)
                         if question.language == "en" or screen.reads(question.language) else [])
            units = safety_judge.unit_features(screen, vectors, texts, question.language, slugs)
            out.append((name, units, rules, safety_judge.level_of(sentences), CLASSES.index(item.get("safety", "ok"))))
        print(f"{name}: {len(out)} questions read", file=sys.stderr, flush=True)
    return out


def fit(x: np.ndarray, y: np.ndarray) -> dict:
    model = make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=5000, class_weight="balanced")).fit(x, y)
    scaler, lr = model.named_steps["standardscaler"], model.named_steps["logisticregression"]
    assert list(lr.classes_) == [0, 1, 2]
    return {"mean": scaler.mean_.round(6).tolist(), "scale": scaler.scale_.round(6).tolist(),
            "coef": lr.coef_.round(6).tolist(), "intercept": lr.intercept_.round(6).tolist()}


def train(rows, slugs: list[str]) -> dict:
    y = np.array([row[4] for row in rows])
    unit = np.vstack([row[1][0] for row in rows])
    question = np.vstack([safety_judge.features(units, rules, sentences, slugs) for _, units, rules, sentences, _ in rows])
    return {"classes": CLASSES, "categories": slugs, "trained_on": sorted({row[0] for row in rows}),
            "unit_urgent_at": UNIT_URGENT_AT, "unit_backed_at": UNIT_BACKED_AT, "urgent_at": URGENT_AT, "flag_at": FLAG_AT,
            "unit": fit(unit, y), "question": fit(question, y)}


def as_arrays(model: dict) -> dict:
    for part in ("unit", "question"):
        model[part] = {key: np.asarray(value, dtype=np.float32) for key, value in model[part].items()}
    return model


def level(judged) -> int:
    return CLASSES.index(safety_judge.level_of(judged))


def stand_in_findings(rules: str, sentences: str, slugs: list[str]) -> list:
    """What the rules and the sentence screen found, imitated with one stand-in finding each (the
    first category of that level): `judge` reads their level and source only."""
    from inara.matching.safety import Finding  # noqa: PLC0415
    first = {level: next(s for s in slugs if categories()[s].level == level) for level in ("urgent", "see-professional")}
    return [Finding(lv, first[lv], source) for lv, source in ((rules, "rule"), (sentences, "semantic:cv")) if lv != "ok"]


def cross_validate(rows, slugs: list[str]) -> None:
    """Each set judged by a judge trained on the other sets (`stand_in_findings`)."""
    for name in SETS:
        model = as_arrays(train([row for row in rows if row[0] != name], slugs))
        counts = {0: [0, 0, 0], 1: [0, 0, 0], 2: [0, 0, 0]}
        for _, units, rules, sentences, label in (row for row in rows if row[0] == name):
            found = stand_in_findings(rules, sentences, slugs)
            counts[label][level(safety_judge.judge(found, rules, units, sentences, model, ""))] += 1
        print(f"{name}: urgent {counts[2][2]}/{sum(counts[2])}, see-professional {counts[1][1] + counts[1][2]}/{sum(counts[1])}, "
              f"ordinary flagged {counts[0][1] + counts[0][2]}/{sum(counts[0])} ({counts[0][2]} urgent)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="print leave-one-set-out figures first")
    parser.add_argument("--out", type=Path, default=ROOT / "inara" / "data" / "safety_judge.json")
    parser.add_argument("--rows", type=Path, help="keep the rows read in this pickle (read it again if it exists)")
    parser.add_argument("--without", default="", help="sets (comma-separated) left out of SETS, to compare")
    parser.add_argument("--add", default="", help="sets (comma-separated) added to SETS, for a candidate")
    args = parser.parse_args()
    SETS[:] = [name for name in SETS if name not in args.without.split(",")]
    SETS.extend(name for name in args.add.split(",") if name and name not in SETS)
    assert not TEST_SETS & set(SETS), "a test set is never trained on"
    matcher = Inara(**Settings.from_environment().options()).matcher
    slugs = sorted(categories())
    if args.rows and args.rows.exists():
        rows = [row for row in pickle.loads(args.rows.read_bytes()) if row[0] in SETS]
    else:
        rows = read(matcher, slugs)
        if args.rows:
            args.rows.write_bytes(pickle.dumps(rows))
    if args.cv:
        cross_validate(rows, slugs)
    out = args.out
    out.write_text(json.dumps(train(rows, slugs), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size // 1024} KB) from {len(rows)} questions")


if __name__ == "__main__":
    main()
