"""Urgent lines answered see-professional: does the answer still give an emergency step? And how many
ordinary or see-professional lines get a doubted emergency's sentence. Run in a checkout."""
import sys, json, glob, collections
sys.path.insert(0, '.')
from inara import Inara
from inara.matching.question import Question
m = Inara().matcher
c = collections.Counter()
files = sys.argv[1:]
for f in files:
    for l in open(f):
        if not l.strip(): continue
        d = json.loads(l); t = d.get('text')
        if not isinstance(t, str): continue
        r = m.screen(t, d.get('age_years'), 'uk')
        if r.level != 'see-professional': continue
        label = d.get('safety', 'ok')
        words = ' '.join(v['do_now'] + ' ' + v['call'] for v in r.categories).lower()
        has = '999' in words or 'treat it as an emergency' in words
        crisis = 'samaritans' in words or 'treat it as an emergency and stay' in words
        c[(label, 'see-professional answers')] += 1
        c[(label, 'with an emergency step')] += has
        c[(label, 'with the crisis line')] += crisis
for k in sorted(c): print(k, c[k])
