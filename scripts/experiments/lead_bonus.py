"""How much nearer a category a rule found should count (safety.RULE_LEAD), from `lead_rows.py` rows.

    python3 scripts/experiments/lead_bonus.py /tmp/lead.pkl /tmp/lead-test.pkl

For each file: of the questions the screen answers at their labelled level, how many have their
labelled category lead when the categories found are ordered by nearness plus a bonus for a rule's
category (0: nearness alone; 9: rule findings always first, the order before 2026-12-02). Choose on
the tuning sets' rows; read the held-out sets' rows only to check.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from inara.matching.safety import categories  # noqa: E402

BONUSES = (0, 0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.2, 9)


def level_of(found) -> str:
    return "urgent" if any(f[0] == "urgent" for f in found) else ("see-professional" if found else "ok")


def main() -> None:
    known = categories()
    for path in sys.argv[1:]:
        data = pickle.loads(Path(path).read_bytes())
        slugs, rows = data["slugs"], data["rows"]
        usable = [r for r in rows if level_of(r["found"]) == r["level"] and r["category"] in known]
        counts = []
        for bonus in BONUSES:
            right = 0
            for r in usable:
                chosen = [f for f in r["found"] if f[0] == r["level"]]
                cats = list(dict.fromkeys(f[1] for f in chosen))
                by_rule = {c: any(not f[2].startswith("semantic:") for f in chosen if f[1] == c) for c in cats}
                lead = max(cats, key=lambda c: (r["near"][slugs.index(c)] + bonus * by_rule[c], -known[c].priority))
                right += lead == r["category"]
            counts.append(f"{bonus}: {right}")
        acute_first = 0
        for r in usable:  # what ships: RULE_LEAD 0.02, and a medical emergency a rule found first
            chosen = [f for f in r["found"] if f[0] == r["level"]]
            cats = list(dict.fromkeys(f[1] for f in chosen))
            by_rule = {c: any(not f[2].startswith("semantic:") for f in chosen if f[1] == c) for c in cats}
            ruled = {c for f in chosen if not f[2].startswith(("semantic:", "judge:")) for c in [f[1]]}
            first = {c: c == "medical-emergency" and c in ruled and "poisoning" not in cats for c in cats}
            lead = max(cats, key=lambda c: (first[c], r["near"][slugs.index(c)] + 0.02 * by_rule[c], -known[c].priority))
            acute_first += lead == r["category"]
        counts.append(f"0.02 with a rule's medical emergency first: {acute_first}")
        print(f"{path}: {len(usable)} questions answered at their level; labelled category leads by bonus:",
              ", ".join(counts))


if __name__ == "__main__":
    main()
