"""Stability of the safety classifier: how often an ordinary clause added before or after an urgent
sentence switches the screen (rules + classifier) to ok.

    python3 scripts/experiments/classifier_stability.py [N]    # N urgent sentences (default 300)

The sentences are a seeded sample of the test suite's `urgent_sentences()` (every urgent training
and eval sentence), each with all 20 of its ORDINARY_CLAUSES before and after; the classifier is the
shipped one with its shipped thresholds, read through the default runtime; a sentence counts when
the screen flags it alone. Prints the drops to ok (classifier alone, then with the rules too).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from inara.matching import safety_classifier  # noqa: E402
from inara.matching.embeddings import default_embedder  # noqa: E402
from inara.matching.model_files import MAX_TOKENS  # noqa: E402
from inara.matching.safety import screen  # noqa: E402
from tests.test_semantic_safety import ORDINARY_CLAUSES, urgent_sentences, with_clause  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    model, embedder = safety_classifier.load(), default_embedder()

    def flagged(texts: list[str]) -> list[bool]:
        vectors = embedder.run(texts, MAX_TOKENS, ("classifier",))[0]
        return [bool(safety_classifier.findings(vector, text, model)) for vector, text in zip(vectors, texts)]

    sample = random.Random(7).sample(urgent_sentences(), n)
    alone = flagged(sample)
    cases = [(text, clause, before) for text, ok in zip(sample, alone) if ok
             for clause in ORDINARY_CLAUSES for before in (False, True)]
    after = flagged([with_clause(*case) for case in cases])
    drops = [case for case, ok in zip(cases, after) if not ok]
    with_rules = [case for case in drops if screen(with_clause(*case)).level == "ok"]
    print(f"flagged alone by the classifier: {sum(alone)} of {n}")
    print(f"drops to ok with a clause: classifier alone {len(drops)} of {len(cases)}, "
          f"with the rules too {len(with_rules)} ({len(with_rules) / max(1, len(cases)):.2%})")
    for text, clause, before in with_rules[:20]:
        print(f"  {clause!r} {'before' if before else 'after'}: {text[:120]}")


if __name__ == "__main__":
    main()
