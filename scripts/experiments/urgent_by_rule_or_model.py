"""For every eval line answered urgent: did a rule find an urgent sign, or a trained reading alone? The second
kind are the answers that offer "no one is in danger right now: show me the guides" (SafetyResult.can_set_aside).
One JSON line each into OUT, then the counts by label. Development figures (every eval file, most no longer blind):

    python3 scripts/experiments/urgent_by_rule_or_model.py OUT.jsonl

About 25 minutes on one core (it answers every line of every eval file). Counts of 2026-12-06:
`evals/results/set-aside-2026-12-06.md`.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from inara import Inara  # noqa: E402
from inara.matching.age import OutsideAges  # noqa: E402
from inara.settings import Settings  # noqa: E402


def main() -> None:
    inara = Inara(**Settings.from_environment().options())
    counts = collections.Counter()
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for path in sorted((ROOT / "evals").glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line) if line.strip() else {}
                if "text" not in row:
                    continue
                try:
                    safety = inara.match(row["text"], row.get("age_years")).safety
                except OutsideAges:
                    continue
                if safety.level != "urgent":
                    continue
                label = row.get("safety", "ok")
                counts[(label, "rule" if safety.urgent_by_rule else "model")] += 1
                out.write(json.dumps({"set": path.name, "id": row.get("id"), "truth": label,
                                      "rule": safety.urgent_by_rule}) + "\n")
    print(dict(counts))


if __name__ == "__main__":
    main()
