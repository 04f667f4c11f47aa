"""The second reading of the whole question (semantic_safety.doubtful), searched on the tuning sets.

    INARA_DB=/tmp/full.db python3 scripts/experiments/doubt_grid.py

For every English question of the tuning sets (and new-topics-heldout's ordinary questions) whose
urgent level comes from the sentence screen alone (no urgent rule), it takes the best urgent
unit's margin over ordinary sentences and the whole question's margin (its urgent score less the
larger of its ordinary and look-alike neighbours'), and prints, for each pair of settings, how
many true urgent questions stay urgent and how many see-professional and ordinary ones would be
told see-professional instead. The choice rule, fixed before the run: keep every urgent question
of the tuning sets urgent, then turn the most ordinary ones. Never run it on a test set
(evals/README.md): blind-safety-9 and -10 are left out.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from inara import Inara  # noqa: E402
from inara.matching import semantic_safety  # noqa: E402
from inara.matching.question import Question  # noqa: E402
from inara.matching.safety import categories, rule_findings  # noqa: E402
from inara.settings import Settings  # noqa: E402

SETS = ["dev", "blind-2", "blind-3", "blind-safety-1", "blind-safety-4", "blind-safety-5", "blind-safety-6",
        "blind-safety-7", "blind-safety-8", "new-topics-heldout"]


def margins(screen, vectors, texts) -> tuple[float, float] | None:
    """(best urgent unit's margin, whole question's margin), or None when no unit is urgent."""
    urgent = {slug for slug, c in categories().items() if c.level == "urgent"}
    rows = [row for row, category in screen.unit_categories(vectors, texts, "en") if category in urgent]
    if not rows:
        return None
    masks = screen._masks("en")
    sims = vectors @ screen.vectors.T
    score = screen._nearest(sims, masks["urgent"])
    ordinary = screen._nearest(sims, masks["ok"])
    lookalike = screen._nearest(sims, masks[semantic_safety.LOOKALIKE])
    return float(max(score[r] - ordinary[r] for r in rows)), float(min(score[0] - ordinary[0], score[0] - lookalike[0]))


def main() -> None:
    matcher = Inara(**Settings.from_environment().options()).matcher
    cases = []
    for name in SETS:
        for line in (ROOT / "evals" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            question = Question.read(item["text"], item.get("age_years"))
            if question.language != "en":
                continue
            if any(f.level == "urgent" for f in rule_findings(question.text, question.age.years, question.normalised)):
                continue
            _, vectors, texts = matcher.embed_question(question)
            found = margins(matcher.semantic, vectors, texts)
            if found is not None:
                cases.append((item.get("safety", "ok"), *found))
    by = {level: [c for c in cases if c[0] == level] for level in ("urgent", "see-professional", "ok")}
    print("urgent by the sentence screen alone:", {level: len(rows) for level, rows in by.items()})
    for whole in (-0.06, -0.04, -0.02, 0.0):
        for unit in (0.01, 0.02, 0.03, 0.04, 0.05):
            stays = {level: sum(1 for _, best, w in rows if not (best < unit and w < whole)) for level, rows in by.items()}
            print(f"whole < {whole:+.2f} and best unit < {unit:.2f}: urgent kept {stays['urgent']}/{len(by['urgent'])}, "
                  f"see-professional told so {len(by['see-professional']) - stays['see-professional']}/{len(by['see-professional'])}, "
                  f"ordinary told see-professional {len(by['ok']) - stays['ok']}/{len(by['ok'])}")


if __name__ == "__main__":
    main()
