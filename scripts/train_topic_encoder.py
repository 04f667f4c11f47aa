"""Fine-tune the top layers of all-MiniLM-L6-v2 for topic matching, then write them to
inara/data/topic_layers.safetensors (scripts/export_screen_layers.py --head topic).

    pip install torch==2.13.0 sentence-transformers     # training only; Inara never imports them
    python3 scripts/train_topic_encoder.py /tmp/topic-encoder    # ~8 min on 2 cores
    python3 scripts/train_fit.py                                  # the fit model reads these vectors

Data: the library's phrasings, each labelled by its topic, and the out-of-scope examples
(inara/data/out_of_scope.yaml) as a class of their own. No eval set is read (but with --questions, an experiment), and neither are the
no-guide questions the fit model is trained on: the fit model must see those as the encoder sees
a question it was never shown. Loss: supervised contrastive (SupCon, temperature 0.05) over
batches of 16 classes x 4 phrasings: a topic's phrasings are pulled together and away from the
other topics'. Only the top --layers layers train, on the cached output of the frozen layers
below (shared at run time with the safety screen, which has its own top layers). Seeds are fixed;
the shipped file was made with the command above.

Why: the embedding ranker alone (INARA_MATCHER=embedding) named the right topic for 0.753 of
blind-reach-7's questions with the packaged model's vectors and 0.845 with these layers (0.794 ->
0.834 on new-topics-heldout); README, "Matching: measured", gives the whole matcher's figures.
"""
import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import torch
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import top_layers  # noqa: E402
from inara.content.loader import load_library  # noqa: E402
from inara.matching.model_files import model_dir  # noqa: E402

p = argparse.ArgumentParser()
p.add_argument("out")
p.add_argument("--layers", type=int, default=2)
p.add_argument("--epochs", type=float, default=2)
p.add_argument("--lr", type=float, default=3e-5)
p.add_argument("--tau", type=float, default=0.05)
p.add_argument("--classes", type=int, default=16)
p.add_argument("--per", type=int, default=4)
p.add_argument("--no-export", action="store_true", help="save the model only (experiments)")
p.add_argument("--no-out-of-scope", action="store_true", help="leave the out-of-scope examples out (experiments)")
p.add_argument("--questions", default="",
               help="comma-separated eval files (training splits only) whose questions with an expected_topic are "
                    "added to that topic's class (experiments; evals/README.md says which sets are training sets)")
a = p.parse_args()
torch.manual_seed(0); random.seed(0); np.random.seed(0)
torch.set_num_threads(2)

from sentence_transformers import SentenceTransformer  # noqa: E402

texts, labels = [], []
library = load_library()
for slug, card in sorted(library.topics.items()):
    for example in card.examples:
        texts.append(example); labels.append(slug)
if not a.no_out_of_scope:
    for example in yaml.safe_load((ROOT / "inara" / "data" / "out_of_scope.yaml").read_text()).get("examples") or []:
        texts.append(example); labels.append("__out__")
added = 0
for name in filter(None, a.questions.split(",")):
    for line in Path(name).read_text(encoding="utf-8").splitlines():
        item = json.loads(line) if line.strip() else {}
        slug = item.get("expected_topic")
        if slug in library.topics and item.get("safety", "ok") != "urgent" and item.get("in_scope", True):
            texts.append(item["text"]); labels.append(slug); added += 1
if added:
    print("questions added", added, flush=True)
by_class: dict[str, list[int]] = {}
for i, label in enumerate(labels):
    by_class.setdefault(label, []).append(i)
classes = sorted(by_class)
print("phrasings", len(texts), "classes", len(classes), flush=True)

model = SentenceTransformer(str(model_dir()), device="cpu")
model.max_seq_length = 128
bert, tok = model[0].auto_model, model[0].tokenizer
cut = len(bert.encoder.layer) - a.layers
for prm in bert.parameters():
    prm.requires_grad = False
t0 = time.time()
cache = {}
with torch.no_grad():
    for s in range(0, len(texts), 128):
        enc = tok(texts[s:s + 128], padding=True, truncation=True, max_length=128, return_tensors="pt")
        h = bert(**enc, output_hidden_states=True).hidden_states[cut]  # input of layer `cut`
        for j in range(h.shape[0]):
            cache[s + j] = h[j, :int(enc["attention_mask"][j].sum())].clone().half()
print("cached", round(time.time() - t0), flush=True)
top = bert.encoder.layer[cut:]


def encode_cached(ids):
    return top_layers.encode_cached(top, cache, ids)


with torch.no_grad():  # sanity: the cached path gives the model's own vectors
    ref = model.encode(texts[:4], convert_to_tensor=True, normalize_embeddings=True)
    print("sanity cos", [round(float(x), 4) for x in (encode_cached(list(range(4))) * ref).sum(1)], flush=True)
train = [prm for layer in top for prm in layer.parameters()]
for prm in train:
    prm.requires_grad = True
opt = torch.optim.AdamW(train, lr=a.lr, weight_decay=0.01)
steps = int(a.epochs * len(texts) / (a.classes * a.per))
sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / 20) * max(0.0, 1 - s / steps))
print("steps", steps, flush=True)
for step in range(steps):
    ids, cl = [], []
    for k, c in enumerate(np.random.choice(classes, size=a.classes, replace=False)):
        for i in random.sample(by_class[c], min(a.per, len(by_class[c]))):
            ids.append(i); cl.append(k)
    z = encode_cached(ids)
    cl_t = torch.tensor(cl)
    eye = torch.eye(len(ids), dtype=torch.bool)
    sim = (z @ z.T / a.tau).masked_fill(eye, -1e9)
    logp = sim - torch.logsumexp(sim, dim=1, keepdim=True)
    pos = (cl_t[:, None] == cl_t[None, :]) & ~eye
    loss = (-(logp * pos).sum(1) / pos.sum(1).clamp(min=1)).mean()
    opt.zero_grad(); loss.backward(); opt.step(); sched.step()
    if step % 50 == 0:
        print(step, round(loss.item(), 3), round(time.time() - t0), flush=True)
Path(a.out).mkdir(parents=True, exist_ok=True)
model.save(a.out)
print("saved", a.out, round(time.time() - t0), flush=True)
if not a.no_export:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "export_screen_layers.py"), "--head", "topic", a.out], check=True)
