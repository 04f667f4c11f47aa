"""Stability of a safety screen (default: rules + sentence screen + judge; --screen classifier:
rules + the safety classifier): a seeded sample of the suite's urgent sentences (every urgent
training and eval sentence), each with all 20 of its ordinary clauses before and after, through
the real `Inara.match`; prints how many the screen flags alone and how many of those fall to ok
with a clause. With --clauses FILE (one clause per line, e.g. the held-out
evals/clauses/test.txt), each sentence meets 20 clauses drawn from the file (seeded) instead.

    python3 scripts/experiments/screen_stability.py [N] [--screen classifier] [--clauses FILE] [--from SET,SET] [--languages other]

--from all: every eval set; --languages other: only their lines not in English (an English clause
added to a question in another language is the case a retrain with other-language ordinary
questions broke, evals/results/classifier-2026-12-04d/).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from inara import Inara  # noqa: E402
from tests.test_semantic_safety import ORDINARY_CLAUSES, urgent_sentences, with_clause  # noqa: E402
from tests.vectors import VectorsByText  # noqa: E402


def main() -> None:
    argv = sys.argv[1:]
    options = {argv[i]: argv[i + 1] for i in range(len(argv) - 1) if argv[i].startswith("--")}
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or not argv[i - 1].startswith("--"))]
    screen = options.get("--screen", "sentences")
    pool = None
    if "--clauses" in options:
        pool = [line.strip().rstrip(".!?") for line in Path(options["--clauses"]).read_text(encoding="utf-8").splitlines() if line.strip()]
    n = int(args[0]) if args and args[0].isdigit() else 300
    inara = Inara(screen=screen)
    vectors = VectorsByText(inara.matcher.embedder)
    inara.matcher.embedder = vectors
    classifier = screen == "classifier"
    pool_sentences = urgent_sentences()
    if "--from" in options:  # urgent lines of these eval files only (e.g. sets the classifier never trained on)
        import json
        names = (sorted(p.stem for p in (ROOT / "evals").glob("*.jsonl")) if options["--from"] == "all"
                 else options["--from"].split(","))
        other = options.get("--languages") == "other"
        pool_sentences = [item["text"] for name in names
                          for item in map(json.loads, filter(str.strip, (ROOT / "evals" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()))
                          if item.get("safety") == "urgent" and (not other or item.get("language", "en") != "en")]
        pool_sentences = list(dict.fromkeys(pool_sentences))
    sample = random.Random(7).sample(pool_sentences, min(n, len(pool_sentences)))
    vectors.prefetch(sample, classifier)
    alone = [text for text in sample if inara.match(text).safety.level != "ok"]
    draw = random.Random(11)
    cases = [(text, clause, before) for text in alone
             for clause in (draw.sample(pool, 20) if pool else ORDINARY_CLAUSES) for before in (False, True)]
    vectors.prefetch([with_clause(*case) for case in cases], classifier)
    drops = [case for case in cases if inara.match(with_clause(*case)).safety.level == "ok"]
    print("clauses:", options.get("--clauses", "the suite's 20"))
    print(f"screen {screen}: flagged alone {len(alone)} of {n}; drops to ok with a clause {len(drops)} of "
          f"{len(cases)} ({len(drops) / max(1, len(cases)):.2%})")
    for text, clause, before in drops[:20]:
        print(f"  {clause!r} {'before' if before else 'after'}: {text[:120]}")


if __name__ == "__main__":
    main()
