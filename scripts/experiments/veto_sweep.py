#!/usr/bin/env python3
"""Candidate sw5's gate (classifier-sw5-plan.md). Per line: main's level, rules' level, classifier urgent prob, second reading urgent prob, and for lines
whose classifier emergency is alone, the level if the second reading took it back (forced veto).

    python3 scripts/experiments/veto_sweep.py OUT LINES.jsonl PART PARTS   # LINES: eval lines with a "_set" key
"""
import json, sys, os
sys.path.insert(0, os.getcwd())
from inara import Inara
from inara.errors import BadInput
from inara.matching import safety_classifier, safety_judge
from inara.matching.question import Question
from inara.matching.safety import rule_findings
I = Inara()
out = open(sys.argv[1], 'w')
lines = open(sys.argv[2]).readlines()
part, parts = int(sys.argv[3]), int(sys.argv[4])
real_vetoed = safety_classifier.vetoed
for k, l in enumerate(lines):
    if k % parts != part: continue
    r = json.loads(l)
    rec = {'set': r['_set'], 'id': r.get('id'), 'truth': r.get('safety', 'ok'), 'cat': r.get('category'), 'lookalike': r.get('kind') == 'lookalike'}
    try:
        m = I.match(r['text'], r.get('age_years'))
    except BadInput:
        rec['level'] = 'bad'; out.write(json.dumps(rec) + '\n'); continue
    rec['level'] = m.safety.level; rec['rules'] = m.safety.rules
    rec['expected'] = r.get('expected_topic'); rec['tops'] = [t.slug for t in (m.topics or [])][:3]
    mt = I.matcher
    q = Question.read(r['text'], r.get('age_years'))
    rl = safety_judge.level_of(rule_findings(q.text, q.age.years, q.normalised))
    rec['rule_level'] = rl
    if m.safety.level == 'urgent' and rl != 'urgent':
        u4 = safety_classifier.urgent_probability(mt.embedder.embed_veto(q.text), mt.classifier['veto'])
        rec['u4'] = u4
        safety_classifier.vetoed = lambda *a, **k: True
        try:
            m2 = I.match(r['text'] + ' ', r.get('age_years'))
            rec['forced'] = m2.safety.level
            rec['forced_tops'] = [t.slug for t in (m2.topics or [])][:3]
        finally:
            safety_classifier.vetoed = real_vetoed
    out.write(json.dumps(rec) + '\n'); out.flush()
