"""Per-unit judge features for every question of the judge's training sets (an experiment).

    INARA_DB=/tmp/full.db python3 scripts/experiments/judge_units.py OUT.npz

Like judge_rows.py, but one row per unit (safety_judge.unit_features: each unit read as a question
of its own), so that a judge taking the most alarming unit can be cross-validated. Never reads a
test set.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_safety_judge import SETS  # noqa: E402

from inara import Inara  # noqa: E402
from inara.matching import safety_judge  # noqa: E402
from inara.matching.question import Question  # noqa: E402
from inara.matching.safety import categories, rule_findings  # noqa: E402
from inara.settings import Settings  # noqa: E402


def main() -> None:
    matcher = Inara(**Settings.from_environment().options()).matcher
    screen = matcher.semantic
    slugs = sorted(categories())
    names, labels, rules, sentences, starts, xs = [], [], [], [], [], []
    at = 0
    for name in SETS:
        for line in (ROOT / "evals" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            question = Question.read(item["text"], item.get("age_years"))
            _, vectors, texts = matcher.embed_question(question)
            x = safety_judge.unit_features(screen, vectors, texts, question.language, slugs)
            names.append(name)
            labels.append(item.get("safety", "ok"))
            rules.append(safety_judge.level_of(rule_findings(question.text, question.age.years, question.normalised)))
            read = question.language == "en" or screen.reads(question.language)
            sentences.append(safety_judge.level_of(screen.findings(vectors, texts, question.language) if read else []))
            starts.append(at)
            at += len(x)
            xs.append(x)
        print(name, len(names), flush=True)
    np.savez_compressed(sys.argv[1], set=np.array(names), label=np.array(labels), rule=np.array(rules),
                        sem=np.array(sentences), start=np.array(starts + [at]), x=np.vstack(xs))


if __name__ == "__main__":
    main()
