"""Ordinary questions the safety screen answers as emergencies, labelled again by a second rater.

    python3 scripts/experiments/second_rater_safety.py evals/results/second-rater/safety-items-2026-12-05.jsonl \
        evals/results/second-rater/safety-labels-2026-12-05.jsonl

The items are the ordinary-labelled questions of the named sets that the screen answered urgent
(its level then, `screen`), and as many it left `ok`, drawn at random from the same sets, shuffled
under anonymous ids. The second rater saw only the text and age of each, and the three levels'
definitions (never the writer's label, the screen's answer, or which set a line came from).
Printed: how the second rater labels the screen's emergencies and the controls, set by set.
"""
import json
import sys
from collections import Counter, defaultdict

items = {d['rid']: d for d in map(json.loads, open(sys.argv[1]))}
labels = {d['rid']: d for d in map(json.loads, open(sys.argv[2]))}
missing = sorted(set(items) - set(labels))
if missing:
    sys.exit(f'{len(missing)} items have no second label: {missing[:5]}...')
table: dict[tuple[str, str], Counter] = defaultdict(Counter)
for rid, item in items.items():
    group = 'screen urgent' if item['screen'] == 'urgent' else 'screen ok (control)'
    table[(item['set'], group)][labels[rid]['safety']] += 1
    table[('all', group)][labels[rid]['safety']] += 1
print(f"{'set':28} {'screen':20} {'n':>4} {'2nd: urgent':>12} {'see-prof':>9} {'ok':>5}")
for (name, group), c in sorted(table.items(), key=lambda kv: (kv[0][0] == 'all', kv[0])):
    n = sum(c.values())
    print(f"{name:28} {group:20} {n:4} {c['urgent']:12} {c['see-professional']:9} {c['ok']:5}")
