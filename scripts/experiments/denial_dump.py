"""Dump what the safety classifier reads in each question of some labelled sets, and in the question
with each clause left out, for designing a denial/time reading (development only).

    python3 scripts/experiments/denial_dump.py OUT.jsonl evals/blind-safety-24.jsonl ...
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from inara import Inara  # noqa: E402
from inara.matching import safety_classifier  # noqa: E402
from inara.matching.question import Question  # noqa: E402
from inara.matching.safety import CLAUSE_END, rule_findings  # noqa: E402
from inara.matching.safety_judge import level_of  # noqa: E402
from inara.settings import Settings  # noqa: E402


def clauses(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in CLAUSE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def main() -> None:
    out = Path(sys.argv[1])
    inara = Inara(**Settings.from_environment().options())
    m = inara.matcher
    model = m.classifier
    with out.open("w") as f:
        for name in sys.argv[2:]:
            for line in Path(name).read_text().splitlines():
                if not line.strip():
                    continue
                item = json.loads(line)
                q = Question.read(item["text"], item.get("age_years"))
                rules = rule_findings(q.text, q.age.years, q.normalised)
                _, vec = m.embedder.embed_classified(q.text, 128)
                p = safety_classifier.probabilities(vec, model)
                cls = safety_classifier.findings(vec[0], q.text, model)
                res = inara.match(item["text"], item.get("age_years")) if not q.age.refusal else None
                row = {"set": Path(name).stem, "text": q.text, "label": item.get("safety"),
                       "category": item.get("category"), "rules": level_of(rules),
                       "classifier": level_of(cls), "p": {k: round(v, 4) for k, v in p.items()},
                       "final": res.safety.level if res else "refused",
                       "final_category": res.safety.category if res else None}
                if level_of(cls) == "urgent":
                    spans = clauses(q.text)
                    row["clauses"] = []
                    for a, b in spans:
                        without = (q.text[:a] + " " + q.text[b:]).strip()
                        alone = q.text[a:b].strip()
                        _, v1 = m.embedder.embed_classified(without, 128)
                        _, v2 = m.embedder.embed_classified(alone, 128)
                        row["clauses"].append({"clause": alone,
                                               "without": round(safety_classifier.urgent_probability(v1[0], model), 4),
                                               "alone": round(safety_classifier.urgent_probability(v2[0], model), 4)})
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
