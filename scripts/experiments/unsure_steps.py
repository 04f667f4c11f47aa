"""Whether see-professional answers still give an emergency step (evals/results/unsure-steps-2026-12-07.txt):
per label, the lines answered see-professional, those whose messages give one ("999" or "treat it as an
emergency") and those naming the crisis line, for the UK region. Aggregate counts only.

    python3 scripts/experiments/unsure_steps.py evals/blind-safety-{4,5,6}?.jsonl
"""
import collections, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from inara import Inara  # noqa: E402
from inara.evaluate import read_items  # noqa: E402


def main() -> None:
    matcher = Inara().matcher
    counts = collections.Counter()
    for path in sys.argv[1:]:
        for item in read_items(Path(path)):
            result = matcher.screen(item["text"], item.get("age_years"), "uk")
            if result.level != "see-professional":
                continue
            label = item.get("safety", "ok")
            words = " ".join(f"{v['do_now']} {v['call']}" for v in result.categories).lower()
            counts[label, "see-professional answers"] += 1
            counts[label, "with an emergency step"] += "999" in words or "treat it as an emergency" in words
            counts[label, "with the crisis line"] += "samaritans" in words or "treat it as an emergency and stay" in words
    for key in sorted(counts):
        print(key, counts[key])


if __name__ == "__main__":
    main()
