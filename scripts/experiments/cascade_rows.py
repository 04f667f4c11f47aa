"""Issue 12: what int8 question vectors would decide, next to full precision, for every question of
the eval sets, with the margins a cascade would read (how far each decision is from its threshold).

    python3 scripts/experiments/cascade_rows.py OUT.jsonl [--sets evals/a.jsonl ...] [--part i/n]

One JSON line per question: for "fp32" (the default) and "int8" (the question's topic and
classifier vectors from the int8 graph; the library's phrasing vectors and any sentence re-read in
full precision, as a cascade would have them): the safety level and categories, outcome, best and
second topic, fit probability, the classifier's urgent and flag probabilities, the top-two fused
gap, and the out-of-scope quantities.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class Mixed:
    """The full-precision embedder, except that a question's own pass (topic and classifier
    vectors) runs on `fast`."""

    def __init__(self, exact, fast):
        self.exact, self.fast = exact, fast
        self.name, self.base_name, self.screen = exact.name, exact.base_name, exact.screen
        self.tokenizer = exact.tokenizer

    def embed(self, texts, max_tokens=256):
        return self.exact.embed(texts, max_tokens)

    def embed_question(self, text, max_tokens=256):
        return self.exact.embed_question(text, max_tokens)

    def embed_classified(self, text, topic_tokens=256):
        return self.fast.embed_classified(text, topic_tokens)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--sets", nargs="*")
    parser.add_argument("--part", default="0/1")
    args = parser.parse_args()
    import numpy as np

    from inara import Inara
    from inara.errors import BadInput
    from inara.matching import fit, safety_classifier
    from inara.matching.embeddings import make_embedder
    from inara.matching.matcher import OUT
    from inara.matching.safety import categories

    exact, fast = make_embedder("onnx"), make_embedder("onnx-int8")
    sides = {"fp32": Inara(embedder=exact), "int8": Inara(embedder=Mixed(exact, fast))}
    for inara in sides.values():
        inara.matcher  # noqa: B018 (build now)
    urgent_slugs = [s for s, c in categories().items() if c.level == "urgent"]
    part, parts = map(int, args.part.split("/"))
    files = [Path(p) for p in args.sets] if args.sets else sorted((ROOT / "evals").glob("*.jsonl"))
    rows = [(f.name, json.loads(line)) for f in files for line in f.read_text().splitlines() if line.strip()]
    rows = [(name, row) for name, row in rows if "text" in row]  # relabel-42-topics holds labels only
    with open(args.out, "w") as out:
        for n, (name, row) in enumerate(rows):
            if n % parts != part:
                continue
            record = {"set": name, "id": row.get("id"), "n": n}
            for side, inara in sides.items():
                matcher = inara.matcher
                try:
                    question = inara.question(row["text"], row.get("age_years", row.get("age")))
                    result = matcher.match(question, region=inara.region)
                except BadInput as e:
                    record[side] = {"error": str(e)}
                    continue
                query, classified, _ = matcher.embed_question(question)
                p = safety_classifier.probabilities(classified[0], matcher.classifier)
                evidence = matcher.evidence(question.text, query, normalised=question.normalised)
                ranked = evidence.ranked()
                p_out = fit.out_of_scope_probability(evidence.query, OUT, getattr(matcher.embedder, "name", None))
                record[side] = {
                    "level": result.safety.level,
                    "categories": [f.category for f in result.safety.findings] if hasattr(result.safety, "findings") else None,
                    "safety": result.safety.as_dict(),
                    "in_scope": result.in_scope, "outcome": result.outcome,
                    "topics": [t.slug for t in result.topics[:3]],
                    "fit": result.fit_probability,
                    "urgent": sum(p[s] for s in urgent_slugs), "flag": 1.0 - p["ok"],
                    "probs": {k: round(v, 6) for k, v in p.items()},
                    "gap": ranked[0][0] - (ranked[1][0] if len(ranked) > 1 else 0.0),
                    "gap23": ranked[1][0] - ranked[2][0] if len(ranked) > 2 else None,
                    "gap34": ranked[2][0] - ranked[3][0] if len(ranked) > 3 else None,
                    "out_gap": evidence.fused[OUT] - ranked[0][0], "best_sim": evidence.best_similarity,
                    "p_out": p_out, "language": question.language,
                }
            out.write(json.dumps(record) + "\n")
            out.flush()


if __name__ == "__main__":
    sys.exit(main())
