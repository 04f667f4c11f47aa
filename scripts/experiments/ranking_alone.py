"""How much of a held-out set's top-1 / top-3 the topic ranking alone reaches, beside `inara eval`'s
figures, which count a question the safety screen answers as an emergency (no topics shown) as a
miss (issues 8 and 9, 2026-12-06). Aggregate counts only, so it may be run on a test split.

    python3 scripts/experiments/ranking_alone.py evals/new-topics-heldout-17.jsonl [...]

For each set: questions with an expected topic; top-1 and top-3 of the fused ranking whatever the
screen says (a hit is the expected topic or one of `alt_topics`, as `inara eval` counts it); top-1
and top-3 as `inara eval` counts them; how many questions the screen answers urgent.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from inara import Inara  # noqa: E402
from inara.evaluate import read_items  # noqa: E402
from inara.matching.question import Question  # noqa: E402


def main() -> None:
    matcher = Inara().matcher
    print(f"{'set':28s} {'n':>4s}  ranking alone top-1 / top-3   as answered top-1 / top-3   urgent")
    for path in sys.argv[1:]:
        rows = [r for r in read_items(Path(path)) if r.get("expected_topic")]
        r1 = r3 = a1 = a3 = urgent = 0
        for row in rows:
            accepted = {row["expected_topic"], *(row.get("alt_topics") or [])}
            question = Question.read(row["text"], row.get("age_years"))
            query, _, _ = matcher.embed_question(question)
            ranked = [slug for _, slug in matcher.evidence(question.text, query, normalised=question.normalised).ranked()]
            hit1, hit3 = ranked[0] in accepted, bool(accepted & set(ranked[:3]))
            r1 += hit1
            r3 += hit3
            is_urgent = matcher.screen(question).level == "urgent"
            urgent += is_urgent
            a1 += hit1 and not is_urgent
            a3 += hit3 and not is_urgent
        n = len(rows)
        print(f"{Path(path).stem:28s} {n:4d}  {r1 / n:.3f} / {r3 / n:.3f}                {a1 / n:.3f} / {a3 / n:.3f}              {urgent}", flush=True)


if __name__ == "__main__":
    main()
