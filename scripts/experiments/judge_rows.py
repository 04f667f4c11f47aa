"""Per-question features of the safety screen, for a learned judge over them (an experiment).

    INARA_DB=/tmp/full.db python3 scripts/experiments/judge_rows.py OUT.npz [SET ...]

For each question of the given eval sets (default: the safety tuning sets and the ordinary sets
that are not test sets; never blind-safety-11 or blind-reach-8), it records what the screen
decided (rule and sentence-screen levels, the final level) and the numbers behind it: for each
level, the best unit's score, its margins over the ordinary and look-alike neighbours, the whole
question's; for each category, the best unit's mean similarity to its three nearest sentences;
and the whole question's screen vector. Nothing here changes the screen.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from inara import Inara  # noqa: E402
from inara.matching import semantic_safety  # noqa: E402
from inara.matching.question import Question  # noqa: E402
from inara.matching.safety import categories, combine, rule_findings  # noqa: E402
from inara.settings import Settings  # noqa: E402

SETS = ["dev", "blind-2", "blind-3", "blind-safety-1", "blind-safety-4", "blind-safety-5", "blind-safety-6",
        "blind-safety-7", "blind-safety-8", "blind-safety-9", "blind-safety-10", "new-topics-heldout",
        "blind-reach-5", "blind-reach-6", "blind-reach-7"]
LEVELS = ("urgent", "see-professional")


def level_of(findings) -> str:
    return combine(findings).level if findings else "ok"


def main() -> None:
    out = sys.argv[1]
    names = sys.argv[2:] or SETS
    assert "blind-safety-11" not in names and "blind-reach-8" not in names, "test sets are not read here"
    matcher = Inara(**Settings.from_environment().options()).matcher
    screen = matcher.semantic
    known = categories()
    slugs = sorted(known)
    rows = {k: [] for k in ("set", "id", "label", "category", "language", "rule", "sem", "final", "num", "cat", "vec")}
    for name in names:
        for line in (ROOT / "evals" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            question = Question.read(item["text"], item.get("age_years"))
            _, vectors, texts = matcher.embed_question(question)
            rules = rule_findings(question.text, question.age.years, question.normalised)
            lang = question.language if screen.reads(question.language) else None
            sem = screen.findings(vectors, texts, question.language) if lang else []
            masks = screen._masks(lang or "en")
            sims = vectors @ screen.vectors.T
            num = []
            ordinary = {"urgent": screen._nearest(sims, masks["ok"]), "see-professional": screen._nearest(sims, masks["ok-see"])}
            look = screen._nearest(sims, masks[semantic_safety.LOOKALIKE]) if masks[semantic_safety.LOOKALIKE].any() else np.full(len(sims), -1.0)
            for level in LEVELS:
                score = screen._nearest(sims, masks[level]) if masks[level].any() else np.zeros(len(sims))
                m_ord = score - ordinary[level]
                m_look = score - look
                both = np.minimum(m_ord, m_look)
                num += [score.max(), m_ord.max(), m_look.max(), both.max(), score[0], m_ord[0], m_look[0]]
            num += [len(texts), float(question.language != "en")]
            cat = []
            for slug in slugs:
                mask = masks["urgent"] & False
                mask = (screen.labels == slug) & (screen.languages == (lang or "en"))
                cat.append(float(screen._nearest(sims, mask).max()) if mask.any() else 0.0)
            rows["set"].append(name)
            rows["id"].append(item["id"])
            rows["label"].append(item.get("safety", "ok"))
            rows["category"].append(item.get("category") or "")
            rows["language"].append(question.language)
            rows["rule"].append(level_of(rules))
            rows["sem"].append(level_of(sem))
            rows["final"].append(level_of(rules + sem))
            rows["num"].append(num)
            rows["cat"].append(cat)
            rows["vec"].append(vectors[0])
        print(name, len(rows["id"]), flush=True)
    np.savez_compressed(out, slugs=np.array(slugs), **{k: np.array(v) for k, v in rows.items()})


if __name__ == "__main__":
    main()
