"""Encode the screen's index, the look-alike measure half and the eval sets' units with one
sentence-transformers model (or the project's own: MODEL_DIR "project" or "screen"); cache rules.
python3 screen_vectors.py MODEL_DIR OUT.pkl [sets...]"""
import json, sys, pickle, os
ROOT = __import__('pathlib').Path(__file__).resolve().parents[2]; sys.path.insert(0, str(ROOT)); sys.path.insert(0, str(ROOT / 'scripts'))
import numpy as np
import torch
torch.set_num_threads(2)
from sentence_transformers import SentenceTransformer
from inara.matching.semantic_safety import units
from inara.matching.safety import rule_findings
from inara.matching.language import detect
from inara.matching.age import resolve_age
import train_safety as ts

model_dir, out = sys.argv[1], sys.argv[2]
sets = sys.argv[3:] or ['dev', 'blind-2', 'blind-3', 'blind-safety-1', 'blind-safety-4', 'blind-safety-5', 'new-topics-heldout']
if model_dir in ('project', 'screen'):
    # project: the packaged model's vectors; screen: the shipped screen layers' (as the screen reads)
    from inara.matching.embeddings import default_embedder
    from inara.settings import Settings
    from inara.store import Store
    _e = default_embedder(Settings.from_environment().embedder); _s = Store(os.environ.get('INARA_DB', '/tmp/train.db'))
    _e = getattr(_e, 'screen', _e) if model_dir == 'screen' else _e
    enc = lambda xs: _s.embeddings(_e, list(xs)).astype(np.float32)
else:
    m = SentenceTransformer(model_dir, device='cpu'); m.max_seq_length = 128
    enc = lambda xs: m.encode(xs, batch_size=64, normalize_embeddings=True, convert_to_numpy=True).astype(np.float32)
texts, labels, _languages = ts.load_examples()
vec = enc(texts)
meas = ts.measure_half(); mvec = enc(meas)
rulecache = '/tmp/rules-cache.pkl'
rc = pickle.load(open(rulecache, 'rb')) if os.path.exists(rulecache) else {}
evals = {}
for f in sets:
    rows = []
    for line in open(f'{ROOT}/evals/{f}.jsonl'):
        if not line.strip(): continue
        item = json.loads(line); text = item['text']
        key = (text, item.get('age_years'))
        if key not in rc:
            age = resolve_age(text, item.get('age_years')).years
            rc[key] = ([(x.level, x.category) for x in rule_findings(text, age)], detect(text))
        rules, lang = rc[key]
        us = units(text)
        rows.append(dict(item=item, units=us, uv=enc(us) if lang == 'en' else None, rules=rules, lang=lang))
    evals[f] = rows
    print(f, len(rows), flush=True)
pickle.dump(rc, open(rulecache, 'wb'))
pickle.dump(dict(texts=texts, labels=labels, vec=vec, meas=meas, mvec=mvec, evals=evals), open(out, 'wb'))
