"""How often the safety judge alone makes a question an emergency, on labelled sets: counts of urgent answers
whose only urgent finding is the judge's (`judge:*`), by the line's label, and the real emergencies among them.

    python3 scripts/experiments/judge_alone.py blind-safety-45 blind-safety-46 ... new-topics-heldout-37

Run on tuning sets only (it prints the texts of the real emergencies it finds).
"""
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from inara import Inara  # noqa: E402
from inara.errors import BadInput  # noqa: E402
from inara.evaluate import read_items  # noqa: E402

inara = Inara()
counts = collections.Counter()
real = []
for name in sys.argv[1:]:
    for item in read_items(ROOT / "evals" / f"{name}.jsonl"):
        try:
            safety = inara.match(item["text"], item.get("age_years")).safety
        except BadInput:
            continue
        if safety.level != "urgent":
            continue
        label = item.get("safety", "ok")
        kind = "look-alike" if label == "ok" and name.startswith("blind-safety") else ("ordinary" if label == "ok" else label)
        alone = any(s.startswith("judge:") for s in safety.rules) and all(
            s.startswith("judge:") or s.endswith("+unsure") for s in safety.rules)
        counts[(kind, "judge alone" if alone else "other")] += 1
        if alone and label == "urgent":
            real.append(f"{name} {item.get('id')}: {item['text'][:160]}")
for key, value in sorted(counts.items()):
    print(*key, value)
print("\n".join(real))
