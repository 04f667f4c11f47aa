"""A reach set scored under two raters: its writer's labels and an independent second rater's, who
saw only the questions (id, text, age) and the topics' slugs, titles, bands and descriptions.

    python3 scripts/experiments/second_rater.py evals/blind-reach-17.jsonl evals/results/second-rater/blind-reach-17-labels.jsonl

Second rater's lines: {"id", "in_scope", "topics": [slugs, best first; empty when no topic fits]}.
Printed: no-guide questions given a guide, fitting questions answered right / wrong / refused, and
out-of-scope questions answered so, under the writer's labels, the second rater's, and on the
questions both put in the same class (acceptable topics: either rater's); then how the two agree.
Questions answered as emergencies are left out, as `inara eval` leaves them to the safety figures.
"""
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from inara import Inara
from inara.errors import BadInput
from inara.matching.age import OutsideAges
ina = Inara()
w = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
r = {d['id']: d for d in map(json.loads, open(sys.argv[2]))}
rows = []
for i in w:
    try:
        m = ina.match(i['text'], i.get('age_years'))
        out, top = m.outcome, (m.topics[0].slug if m.topics else None)
        second = m.topics[1].slug if len(m.topics) > 1 else None
        level = m.safety.level
    except OutsideAges:  # an age outside 1-17 and nothing urgent: answered as outside Inara's ages (inara eval reads it so)
        out, top, second, level = 'out-of-scope', None, None, 'ok'
    except BadInput:
        out, top, second, level = 'bad', None, None, 'ok'
    if level == 'urgent':  # as inara eval: an emergency answer is left to the safety figures
        continue
    rows.append((i, r[i['id']], out, top, second, level))
def label(kind, i, r):
    if kind == 'w':
        if not i.get('in_scope', True): return 'out', set()
        acc = {i.get('expected_topic'), *i.get('alt_topics', [])} - {None}
        return ('fit' if acc else 'none'), acc
    if not r['in_scope']: return 'out', set()
    return ('fit' if r['topics'] else 'none'), set(r['topics'])
def given(out): return out in ('fit', 'close-call')
for kind, name in (('w', 'writer'), ('r', 'second rater'), ('both', 'both agree')):
    c = Counter()
    for i, rr, out, top, second, level in rows:
        if kind == 'both':
            lw, aw = label('w', i, rr); lr, ar = label('r', i, rr)
            if lw != lr: continue
            lab, acc = lw, aw | ar
        else:
            lab, acc = label(kind, i, rr)
        if lab == 'none':
            c['none'] += 1; c['none given a guide'] += given(out)
        elif lab == 'fit':
            c['fit'] += 1
            ok = top in acc or (out == 'close-call' and second in acc)
            if given(out): c['fit right' if ok else 'fit wrong'] += 1
            elif out == 'no-guide': c['fit refused'] += 1
            else: c['fit other'] += 1
        else:
            c['out'] += 1; c['out answered out'] += out == 'out-of-scope'
    print(f"{name:13s} no-guide given a guide {c['none given a guide']}/{c['none']} ({c['none given a guide'] / max(1, c['none']):.3f}); "
          f"fitting right/wrong/refused/other {c['fit right']}/{c['fit wrong']}/{c['fit refused']}/{c['fit other']} of {c['fit']}; "
          f"out of scope {c['out answered out']}/{c['out']}")
agree = Counter((label('w', i, rr)[0], label('r', i, rr)[0]) for i, rr, *_ in rows)
print('writer x second rater:', dict(agree))
fitfit = [(i, rr) for i, rr, *_ in rows if label('w', i, rr)[0] == 'fit' and label('r', i, rr)[0] == 'fit']
print('both fit: first topics overlap', sum(bool(label('w', i, rr)[1] & label('r', i, rr)[1]) for i, rr in fitfit), 'of', len(fitfit))
