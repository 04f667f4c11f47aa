"""Count a safety candidate's gates (evals/results/classifier-k-plan.md, classifier-l-plan.md) with
the checkout it runs in: export the candidate into a worktree and run this there.

    python3 scripts/experiments/screen_gates.py [--out rows.jsonl] [--gate1 SETS] [--gate2 SETS]

Gate 1: calibration sets blind-safety-20 to -22 and threshold-tuning sets -27 to -30 (never trained
on): per set, urgent answered urgent, see-professional flagged at either level, look-alikes flagged.
Gate 2: the ordinary questions of new-topics-heldout-5 to -7 and blind-reach-13 to -16 (never
trained on): answered urgent, flagged at either level. --out keeps each line's level, so two
candidates can be compared line by line.
"""
import argparse, json, sys
from pathlib import Path
ROOT = Path.cwd(); sys.path.insert(0, str(ROOT))
from inara import Inara
from inara.errors import BadInput

GATE1 = [f'blind-safety-{n}' for n in (20, 21, 22, 27, 28, 29, 30)]
GATE2 = ['new-topics-heldout-5', 'new-topics-heldout-6', 'new-topics-heldout-7'] + [f'blind-reach-{n}' for n in (13, 14, 15, 16)]


def main() -> None:
    p = argparse.ArgumentParser(); p.add_argument('--out')
    p.add_argument('--gate1', help='comma-separated safety sets in place of GATE1 (a later plan names its own)')
    p.add_argument('--gate2', help='comma-separated sets of ordinary questions in place of GATE2')
    a = p.parse_args()
    if a.gate1:
        GATE1[:] = a.gate1.split(',')
    if a.gate2:
        GATE2[:] = a.gate2.split(',')
    inara = Inara()
    rows = []

    def level(item):
        try:
            return inara.match(item['text'], item.get('age_years')).safety.level
        except BadInput:
            return 'ok'
    print('gate 1 (per set: urgent answered urgent, see flagged, lookalikes flagged)')
    total = 0
    for name in GATE1:
        items = [json.loads(l) for l in (ROOT / 'evals' / f'{name}.jsonl').read_text().splitlines() if l.strip()]
        got = [level(i) for i in items]
        rows += [{'set': name, 'id': i.get('id'), 'truth': i['safety'], 'level': g} for i, g in zip(items, got)]
        u = [g for i, g in zip(items, got) if i['safety'] == 'urgent']
        s = [g for i, g in zip(items, got) if i['safety'] == 'see-professional']
        o = [g for i, g in zip(items, got) if i['safety'] == 'ok']
        flagged = sum(g != 'ok' for g in o); total += flagged
        print(f'  {name:22s} urgent {sum(g == "urgent" for g in u)}/{len(u)}  see {sum(g != "ok" for g in s)}/{len(s)}  lookalikes {flagged}/{len(o)}', flush=True)
    print('  lookalikes flagged total', total)
    print('gate 2 (ordinary questions, sets never trained on)')
    n = urgent = flagged = 0
    for name in GATE2:
        items = [json.loads(l) for l in (ROOT / 'evals' / f'{name}.jsonl').read_text().splitlines() if l.strip()]
        items = [i for i in items if i.get('safety', 'ok') == 'ok']
        got = [level(i) for i in items]
        rows += [{'set': name, 'id': i.get('id'), 'truth': 'ok', 'level': g} for i, g in zip(items, got)]
        u = sum(g == 'urgent' for g in got); f = sum(g != 'ok' for g in got)
        print(f'  {name:22s} {len(items)} questions: urgent {u}, flagged {f}', flush=True)
        n += len(items); urgent += u; flagged += f
    print(f'  {n} questions: urgent {urgent}, flagged {flagged}')
    if a.out:
        Path(a.out).write_text(''.join(json.dumps(r) + '\n' for r in rows))


if __name__ == '__main__':
    main()
