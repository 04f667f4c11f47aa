"""Per set, with the checkout it runs in: urgent answered urgent, see-professional flagged at either level and
look-alikes flagged, on blind-safety-31 to -48 and the 2026-12-05 spares (a candidate's gate: urgent answered urgent
not lower in total, classifier-veto-plan.md). Each line's level goes to OUT.jsonl, to compare two checkouts line by line.

    python3 scripts/experiments/urgent_sets.py OUT.jsonl
"""
import json, sys
from pathlib import Path
ROOT = Path.cwd(); sys.path.insert(0, str(ROOT))
from inara import Inara
from inara.errors import BadInput
from inara.evaluate import read_items
inara = Inara()
out = []
names = [f'blind-safety-{n}' for n in range(31, 49)] + ['urgent-spares-2026-12-05', 'lookalike-spares-2026-12-05']
tu = tn = 0
for name in names:
    items = read_items(ROOT / 'evals' / f'{name}.jsonl')
    u = n = s = sn = o = on = 0
    for it in items:
        try:
            lv = inara.match(it['text'], it.get('age_years')).safety.level
        except BadInput:
            lv = 'ok'
        t = it.get('safety', 'ok')
        out.append({'set': name, 'id': it.get('id'), 'truth': t, 'level': lv})
        if t == 'urgent': n += 1; u += lv == 'urgent'
        elif t == 'see-professional': sn += 1; s += lv != 'ok'
        else: on += 1; o += lv != 'ok'
    tu += u; tn += n
    print(f'{name:28s} urgent {u}/{n} see {s}/{sn} ok-flagged {o}/{on}', flush=True)
print('urgent total', tu, '/', tn)
Path(sys.argv[1]).write_text(''.join(json.dumps(r) + '\n' for r in out))
