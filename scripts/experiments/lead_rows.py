"""Rows for choosing which category's message leads, from the safety tuning sets (no test set).

    INARA_DB=/tmp/full.db python3 scripts/experiments/lead_rows.py /tmp/lead.pkl
    python3 scripts/experiments/lead_rows.py /tmp/lead-test.pkl blind-safety-12 blind-safety-13 \
        blind-safety-14 blind-safety-15 blind-safety-16     # the judge's held-out sets

For each question labelled urgent or see-professional with a category: its set, label level and
category, what the screen found (level, category, source of each finding after the judge), the
judge's question features (safety_judge.features) and the per-category nearest similarity of
its best unit. `lead_cv.py` compares ways to order the categories found.
"""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from inara import Inara  # noqa: E402
from inara.matching import safety_judge  # noqa: E402
from inara.matching.question import Question  # noqa: E402
from inara.matching.safety import categories, rule_findings  # noqa: E402
from inara.settings import Settings  # noqa: E402

SETS = ["blind-safety-1", "blind-safety-4", "blind-safety-5", "blind-safety-6", "blind-safety-7", "blind-safety-8",
        "blind-safety-9", "blind-safety-10", "blind-safety-11", "judge-train"]


def main() -> None:
    matcher = Inara(**Settings.from_environment().options()).matcher
    screen = matcher.semantic
    slugs = sorted(categories())
    out = []
    for name in sys.argv[2:] or SETS:
        for line in (ROOT / "evals" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            item = json.loads(line) if line.strip() else None
            if not item or item.get("safety", "ok") == "ok" or not item.get("category"):
                continue
            question = Question.read(item["text"], item.get("age_years"))
            _, vectors, texts = matcher.embed_question(question)
            found = matcher.findings(question, vectors, texts)
            rules = safety_judge.level_of(rule_findings(question.text, question.age.years, question.normalised))
            sentences = (screen.findings(vectors, texts, question.language)
                         if question.language == "en" or screen.reads(question.language) else [])
            units = safety_judge.unit_features(screen, vectors, texts, question.language, slugs)
            x = safety_judge.features(units, rules, safety_judge.level_of(sentences), slugs)
            near = units[:, safety_judge.UNIT_NUMBERS:safety_judge.UNIT_NUMBERS + len(slugs)].max(axis=0)
            out.append({"set": name, "level": item["safety"], "category": item["category"],
                        "found": [(f.level, f.category, f.source) for f in found], "x": x, "near": near})
        print(f"{name}: {len(out)}", file=sys.stderr, flush=True)
    Path(sys.argv[1]).write_bytes(pickle.dumps({"slugs": slugs, "rows": out}))


if __name__ == "__main__":
    main()
