"""What `match` gives each question of a set, one JSON line each (no text): the language the check
reads, how many of its sentences read as English, the safety level, the topics, the outcome, and
whether it was refused as another language or matched on its English sentences (candidate ML1,
evals/results/mixed-language-ml1-plan.md). Run from the checkout to measure, so that its `inara` is
the one imported:

    PYTHONPATH=. python3 scripts/experiments/ml1_rows.py evals/new-topics-heldout-66.jsonl rows.jsonl
"""

import json
import sys

from inara import Inara
from inara.matching.language import detect
from inara.matching.semantic_safety import SENTENCE

app = Inara()
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in open(sys.argv[1], encoding="utf-8"):
        item = json.loads(line)
        sentences = [s.strip() for s in SENTENCE.split(item["text"].strip()) if s.strip()]
        row = {"id": item["id"], "language": detect(item["text"]),
               "english_sentences": sum(detect(s) == "en" for s in sentences), "sentences": len(sentences)}
        m = app.match(item["text"], item.get("age_years"))
        english_only = getattr(m, "english_sentences_only", False)
        row.update(level=m.safety.level, topics=[t.slug for t in m.topics], outcome=m.outcome, in_scope=m.in_scope,
                   english_only=english_only, refused=m.language != "en" and not english_only)
        out.write(json.dumps(row) + "\n")
