"""How many questions read as another language would be matched on their English sentences, and how
rightly, for other values of language.ENGLISH_PART_WORDS and ENGLISH_PART_SHARE than ML1 fixed (12 words,
40%): a development figure on a set already scored, to plan a later candidate, never to tune ML1.

    python3 scripts/experiments/english_part_thresholds.py evals/new-topics-heldout-66.jsonl
"""
import json
import sys
from collections import defaultdict

from inara import Inara
from inara.matching import language
app = Inara()
items = [json.loads(l) for l in open(sys.argv[1])]
grid = [(w, s) for w in (0, 4, 6, 8, 12) for s in (0.0, 0.2, 0.3, 0.4)]
res = defaultdict(lambda: [0, 0, 0, 0, 0])  # answered, guided, right guide, wrong guide, right first
for it in items:
    if language.detect(it["text"]) == "en":
        continue
    for w, s in grid:
        language.ENGLISH_PART_WORDS, language.ENGLISH_PART_SHARE = max(w, 1), s
        m = app.match(it["text"], it.get("age_years"))
        if not m.english_sentences_only:
            continue
        acc = {it["expected_topic"], *it.get("alt_topics", [])}
        r = res[(w, s)]; r[0] += 1
        offered = [t.slug for t in m.topics][:2 if m.outcome == "close-call" else 1]
        if m.outcome in ("fit", "close-call"):
            r[1] += 1; r[2] += bool(acc & set(offered)); r[3] += not (acc & set(offered))
        r[4] += bool(m.topics) and m.topics[0].slug in acc
for k in grid:
    print(k, "answered %d guided %d right %d wrong %d right-first %d" % tuple(res[k]))
