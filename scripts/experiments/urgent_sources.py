"""For each line of a set answered urgent: did a rule find the emergency (SafetyResult.urgent_by_rule), or which
trained readings alone (classifier, semantic = the sentence screen, judge = the unit judge, re-read)? Counts by the
line's label. Run it in a worktree of a set's first-run commit to see what each reading did when the set was blind:

    git worktree add /tmp/wt-H H && cd /tmp/wt-H && python3 /path/to/scripts/experiments/urgent_sources.py SET.jsonl

First used 2026-12-07 on blind-safety-85 to -87 (`evals/results/first-run-urgent-sources-2026-12-07.md`).
"""
import json, sys, collections
from pathlib import Path
sys.path.insert(0, str(Path.cwd()))
from inara import Inara
from inara.settings import Settings
from inara.matching.safety import categories
cats = categories()
inara = Inara(**Settings.from_environment().options())
c = collections.Counter()
for l in open(sys.argv[1]):
    it = json.loads(l)
    m = inara.match(it["text"], it.get("age_years"))
    if m.safety.level != "urgent":
        continue
    if m.safety.urgent_by_rule:
        src = "rule"
    else:
        kinds = set()
        for r in m.safety.rules:
            if ":" not in r: continue
            kind, rest = r.split(":", 1)
            slug = rest.split("+")[0]
            if slug in cats and cats[slug].level == "urgent" and "+" not in rest:
                kinds.add(kind)
        src = "+".join(sorted(kinds)) or "other"
    c[(it["safety"], src)] += 1
print(sys.argv[1], dict(sorted(c.items())))
