"""How many ordinary questions of a set are flagged, by level and by what made the level (a rule, or the
sentence screen alone). Aggregate counts only, so it can be run on a test set without reading it.

    INARA_DB=/tmp/full.db python3 scripts/experiments/flag_sources.py evals/blind-reach-7.jsonl
"""

import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from inara import Inara
from inara.settings import Settings
from inara.matching.question import Question
from inara.matching.safety import rule_findings
inara = Inara(**Settings.from_environment().options())
rows=[json.loads(l) for l in open(sys.argv[1]) if l.strip()]
rows=[r for r in rows if r.get('safety', 'ok') == 'ok']  # the ordinary questions only
c=collections.Counter()
for r in rows:
    m=inara.match(r['text'], r.get('age_years'))
    if m.safety.level=='ok': continue
    q=Question.read(r['text'], r.get('age_years'))
    rules=[f.level for f in rule_findings(q.text,q.age.years,q.normalised)]
    judged=any(s.startswith('judge:') or s.endswith('+judge') for s in m.safety.rules)
    src='rule' if m.safety.level in rules else 'judge' if judged else 'sentence screen'
    c[(m.safety.level, src)]+=1
print(sys.argv[1], dict(c))
