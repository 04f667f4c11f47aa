"""The whole-screen stability test's procedure (tests/test_semantic_safety.py) run with other seeds:
print every sampled urgent sentence that an ordinary clause, put before or after it, turns `ok`.

    python3 scripts/experiments/stability_scan.py 1 2 3 4 6 7 8 9 10 11 12 13

Each seed samples 60 urgent sentences (training files and eval sets) and 6 clauses for each, as the
test does with its one seed. Slow: about a minute a seed. A sentence it prints wants a rule (rules
are stable) or a screen that is stable by design.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import tests.test_semantic_safety as T  # noqa: E402
from inara import Inara  # noqa: E402
from inara.settings import Settings  # noqa: E402


def main(seeds: list[int]) -> None:
    inara = Inara(**Settings.from_environment().options())
    everything = T.urgent_sentences()
    found = set()
    for seed in seeds:
        rng = random.Random(seed)
        sample = rng.sample(everything, 60)
        urgent = [text for text in sample if inara.match(text).safety.level == "urgent"]
        for text in urgent:
            for clause in rng.sample(T.ORDINARY_CLAUSES, 6):
                for before in (False, True):
                    if text in found:
                        continue
                    if inara.match(T.with_clause(text, clause, before)).safety.level == "ok":
                        found.add(text)
                        print(seed, repr(clause), "before" if before else "after", "|", text, flush=True)
        print("seed", seed, "done:", len(urgent), "urgent sentences read", flush=True)
    print(len(found), "turned ok")


if __name__ == "__main__":
    main([int(seed) for seed in sys.argv[1:]] or [1])
