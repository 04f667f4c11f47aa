"""Base fit features against base + probe, on the rows of probe_rows.py (see its docstring)."""
import pickle, sys, numpy as np
from pathlib import Path
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / 'scripts')); sys.path.insert(0, str(ROOT))
import train_fit as tf
from inara.matching.fit import probability
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
D = pickle.load(open('/tmp/probe-rows.pkl','rb')); V = pickle.load(open('/tmp/probe-vecs.pkl','rb'))
labels = np.array([str(l) for l in V['labels']]); vecs = V['vectors']
NONE = '__none__'
ngX = V['no-guide-train']; ngG = np.array([r['subject'] or str(i) for i, r in enumerate(D['no-guide-train'])])
C = float(sys.argv[1]) if len(sys.argv) > 1 else 4.0
USE_NONE = (sys.argv[2] != 'nonone') if len(sys.argv) > 2 else True
def fit_lr(X, y):
    return LogisticRegression(C=C, max_iter=2000).fit(X, y)
# all-data LR for real questions
allX = np.vstack([vecs, ngX]) if USE_NONE else vecs
ally = np.concatenate([labels, [NONE]*len(ngX)]) if USE_NONE else labels
lr_all = fit_lr(allX, ally)
classes = list(lr_all.classes_)
def lr_feats(P, top):
    # P: probs row; top: kNN top topic
    i = classes.index(top) if top in classes else None
    p_top = P[i] if i is not None else 0.0
    p_none = P[classes.index(NONE)] if NONE in classes else 0.0
    return [p_top, P.max(), p_none, float(classes[int(P.argmax())] == top)]
# cross-fitted probs for phrasing index rows and ng rows
folds = 5; rng = np.random.default_rng(3)
ph_fold = rng.integers(0, folds, size=len(vecs))
ng_fold = np.zeros(len(ngX), int)
for k, (_, te) in enumerate(GroupKFold(folds).split(ngX, groups=ngG)): ng_fold[te] = k
ph_P = np.zeros((len(vecs), len(classes))); ng_P = np.zeros((len(ngX), len(classes)))
for k in range(folds):
    trX = np.vstack([vecs[ph_fold != k]] + ([ngX[ng_fold != k]] if USE_NONE else []))
    trY = np.concatenate([labels[ph_fold != k]] + ([[NONE]*int((ng_fold != k).sum())] if USE_NONE else []))
    m = fit_lr(trX, trY); idx = [classes.index(c) for c in m.classes_]
    ph_P[np.ix_(ph_fold == k, idx)] = m.predict_proba(vecs[ph_fold == k])
    ng_P[np.ix_(ng_fold == k, idx)] = m.predict_proba(ngX[ng_fold == k])
ph1 = [(s, f, i) for s, lab, f, i in D['phrasings'] if lab == 1]  # own topic ranks first for these
def aug(f, P, top): return np.concatenate([f, lr_feats(P, top)])
PH = [aug(f, ph_P[i], s) for s, f, i in ph1]
def real(name):
    Ps = lr_all.predict_proba(V[name])
    return [(r, aug(r['f'], P, r['top'])) for r, P in zip(D[name], Ps)]
NG = [aug(r['f'], P, r['top']) for r, P in zip(D['no-guide-train'], ng_P)]
pos_sets = ["dev","blind-2","blind-3","new-topics-heldout"]
RP = [x for n in pos_sets for r, x in real(n) if r['kind']=='topic' and r['right']]
def train(feat_idx, target=0.08):
    P = [x[feat_idx] for x in PH + RP]; N = [x[feat_idx] for x in NG]
    X = np.array(P + N); y = np.array([1]*len(P) + [0]*len(N))
    params = tf.export_trees(X, y)
    neg = sorted(tf.out_of_fold(X, y, list(ngG), len(N)))
    params['threshold'] = float(neg[int(np.ceil(len(neg)*(1-target)))-1]); return params
def score(params, feat_idx, name):
    rows = [(r, x) for r, x in real(name) if r['kind'] in ('topic','noguide')]
    t = [(r, x) for r, x in rows if r['kind']=='topic']; n = [(r, x) for r, x in rows if r['kind']=='noguide']
    p = lambda x: probability(x[feat_idx], params) >= params['threshold']
    right = sum(1 for r, x in t if p(x) and r['right']); wrong = sum(1 for r, x in t if p(x) and not r['right'])
    given = sum(1 for r, x in n if p(x))
    s = f"{name}: no-guide given {given}/{len(n)}"
    if t: s = f"{name}: right {right/len(t):.3f} wrong {wrong/len(t):.3f} refused {(len(t)-right-wrong)/len(t):.3f} (n={len(t)}) | " + s
    return s
base = np.arange(11); full = np.arange(15)
for label, fi in [('base', base), ('+lr', full), ('+lr no none', np.array(list(range(13)) + [14]))]:
    for target in (0.08,):
        params = train(fi, target)
        print(label, target, round(params['threshold'], 3), 'C', C, 'none', USE_NONE)
        for s in ['blind-reach-7', 'no-guide-test', 'blind-reach-5', 'blind-reach-6', 'new-topics-heldout-2']:
            print('   ', score(params, fi, s))
