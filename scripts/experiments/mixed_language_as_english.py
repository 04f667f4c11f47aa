"""What the matcher would answer to the questions of a set that the language check reads as not English, if they
were read as English instead (a development figure: the set is one that showed the gap). First used 2026-12-07 on
new-topics-heldout-64 (`evals/results/mixed-language-as-english-2026-12-07.md`), where about one question in four
mixes English with another language and the 51 read as not English were all told "Inara answers in English for now".

    python3 scripts/experiments/mixed_language_as_english.py evals/new-topics-heldout-64.jsonl
"""
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
import inara.matching.question as question_module  # noqa: E402
from inara import Inara  # noqa: E402
from inara.matching.language import detect  # noqa: E402
from inara.settings import Settings  # noqa: E402

app = Inara(**Settings.from_environment().options())
items = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
other = [item for item in items if detect(item["text"]) != "en"]
question_module.detect = lambda text: "en"  # read every question as English from here on
counts = collections.Counter()
for item in other:
    result = app.match(item["text"], item.get("age_years"))
    slugs = [t["slug"] if isinstance(t, dict) else getattr(t, "slug", t) for t in (result.topics or [])]
    right = {item["expected_topic"], *item.get("alt_topics", [])}
    counts["questions"] += 1
    counts["right at top-1"] += bool(slugs) and slugs[0] in right
    counts["right in top-3"] += any(s in right for s in slugs[:3])
    counts[f"safety {result.safety.level}"] += 1
print(f"{sys.argv[1]}: {len(other)} of {len(items)} read as not English; read as English instead:")
for key, value in counts.items():
    print(f"  {key}: {value}")
