"""Sweep the screen's thresholds over a prep2 pickle. python3 grid3.py PKL [--cfg fu,mu,vu,fp,mp,vp,pe]"""
import sys, pickle, itertools, time
ROOT = __import__('pathlib').Path(__file__).resolve().parents[2]; sys.path.insert(0, str(ROOT))
import numpy as np
from inara.matching.safety import categories, with_context, Finding
import inara.matching.semantic_safety as ss

D = pickle.load(open(sys.argv[1], 'rb'))
level_of = {k: c.level for k, c in categories().items()}
V = D['vec']; L = np.array(D['labels'])
grp = np.array([level_of.get(l, 'look' if l == ss.LOOKALIKE else 'okp') for l in L])
G = ['urgent', 'see-professional', 'okp', 'look']
M = {g: grp == g for g in G}
# ASYM=1: the newer topics' phrasings (ok-topic-phrasings-42.txt and their units) veto urgent
# findings only; see-professional is weighed against the older ordinary sentences alone
import os
if os.environ.get('ASYM'):
    from inara.matching.semantic_safety import units as _units
    _new = set()
    for line in open(ROOT / 'inara/data/safety_training/ok-topic-phrasings-42.txt', encoding='utf-8'):
        if line.strip() and not line.startswith('#'):
            _new.update(u.lower() for u in _units(line.strip()))
    M['okp-see'] = M['okp'] & ~np.array([t.lower() in _new for t in D['texts']])
else:
    M['okp-see'] = M['okp']
G.append('okp-see')

def top3(S, m):
    return np.partition(S[:, m], -3, axis=1)[:, -3:].mean(1)

def table(uv, us):
    S = uv @ V.T
    t = {g: top3(S, M[g]) for g in G}
    part = np.array([ss.word_count(u) < ss.SHORT_WORDS for u in us])
    ctx = {}
    for g in ('urgent', 'see-professional'):
        idx = np.flatnonzero(M[g]); top = idx[np.argsort(S[:, idx], axis=1)[:, -3:]]
        cats = [max(set(L[r]), key=list(L[r]).count) for r in top]
        ctx[g] = []
        for i, u in enumerate(us):
            f = with_context(Finding(g, cats[i], 's', u.lower()), u.lower())
            ctx[g].append(None if f is None else f.level)
    return t, part, ctx

T = {name: [table(r['uv'], r['units']) if r['uv'] is not None else None for r in rows] for name, rows in D['evals'].items()}
TM = [table(D['mvec'][i:i + 1], [D['meas'][i]]) for i in range(len(D['meas']))]

def levels(tab, c):
    if tab is None: return set()
    t, part, ctx = tab; out = set()
    for g, fl, mg, vt in (('urgent', c[0], c[1], c[2]), ('see-professional', c[3], c[4], c[5])):
        s = t[g]; extra = c[6] * part
        ordinary = t['okp'] if g == 'urgent' else t['okp-see']
        hit = (s >= fl) & (s - ordinary >= mg + extra) & (s - t['look'] >= vt + extra)
        for i in np.flatnonzero(hit):
            if ctx[g][i]: out.add(ctx[g][i])
    return out

def evaluate(c):
    res = {}
    for name, rows in D['evals'].items():
        n = {'urgent': [0, 0], 'see-professional': [0, 0], 'ok': [0, 0]}
        for r, tab in zip(rows, T[name]):
            lv = {l for l, _ in r['rules']} | levels(tab, c)
            got = 'urgent' if 'urgent' in lv else ('see-professional' if lv else 'ok')
            tr = r['item'].get('safety', 'ok')
            n[tr][0] += 1
            n[tr][1] += (got == 'urgent') if tr == 'urgent' else (got != 'ok')
        res[name] = tuple(n[k][1] / n[k][0] if n[k][0] else None for k in ('urgent', 'see-professional', 'ok'))
    res['look-measure'] = (None, None, float(np.mean([bool(levels(t, c)) for t in TM])))
    return res

def show(c, res):
    f = lambda x: '  -  ' if x is None else f'{x:.3f}'
    print(c)
    for k, (a, b, d) in res.items():
        print(f'  {k[:16]:16} U {f(a)} P {f(b)} FA {f(d)}')

if '--cfg' in sys.argv:
    c = tuple(float(x) for x in sys.argv[sys.argv.index('--cfg') + 1].split(','))
    show(c, evaluate(c)); sys.exit()
# score: mean urgent recall over safety sets minus FA penalties
rows = []
for c in itertools.product(*[list(map(float, v.split('/'))) for v in (sys.argv[2:9] if len(sys.argv) > 8 else
                             ['0.45/0.5/0.55/0.6', '0.0/0.04/0.08', '-1/0.0/0.03', '0.5/0.55/0.6', '0.04/0.08', '-1/0.0/0.03', '0.0/0.04'])]):
    r = evaluate(c)
    U = np.mean([r[k][0] for k in ('blind-safety-1', 'blind-safety-4', 'blind-safety-5') if k in r])
    P = np.mean([r[k][1] for k in ('blind-safety-4', 'blind-safety-5') if k in r])
    FA = np.mean([r[k][2] for k in ('blind-safety-4', 'blind-safety-5', 'look-measure', 'new-topics-heldout', 'blind-3') if k in r])
    rows.append((U, P, FA, c, r))
rows.sort(key=lambda x: -(x[0] + 0.5 * x[1] - 1.5 * x[2]))
for U, P, FA, c, r in rows[:8]:
    print(f'U {U:.3f} P {P:.3f} FA {FA:.3f}'); show(c, r)
