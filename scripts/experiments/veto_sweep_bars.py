"""Each bar's levels from what veto_sweep.py wrote: python3 scripts/experiments/veto_sweep_bars.py OUT0 OUT1 ..."""
import json, sys, collections
rows = [json.loads(l) for f in sys.argv[1:] for l in open(f)]
bars = [0.45, 0.6, 0.7, 0.8, 0.9]
def level(r, b):
    if 'u4' in r and r['u4'] < b: return r['forced']
    return r['level']
def top1(r, b):
    tops = r.get('forced_tops') if ('u4' in r and r['u4'] < b) else r.get('tops')
    return tops
print('lines read', len(rows))
for b in bars:
    urg = [r for r in rows if r['truth'] == 'urgent' and r['set'].startswith('bs')]
    lost = [r for r in urg if r['level'] == 'urgent' and level(r, b) != 'urgent']
    sp = [r for r in rows if r['truth'] == 'see-professional' and r['set'].startswith('bs')]
    splost = [r for r in sp if r['level'] != 'ok' and level(r, b) == 'ok']
    la = [r for r in rows if r['set'].startswith('bs') and r['truth'] == 'ok']
    laf = sum(level(r, b) != 'ok' for r in la); lau = sum(level(r, b) == 'urgent' for r in la)
    nh = [r for r in rows if r['set'].startswith('nh') and r['truth'] == 'ok']
    nhu = sum(level(r, b) == 'urgent' for r in nh)
    nht = sum(bool(top1(r, b)) and top1(r, b)[0] == r['expected'] for r in nh)
    print(f"bar {b}: urgent {sum(level(r,b)=='urgent' for r in urg)}/{len(urg)} lost {len(lost)}; see-pro unflagged {len(splost)} of {len(sp)}; "
          f"look-alikes flagged {laf} urgent {lau} of {len(la)}; nh ordinary urgent {nhu} of {len(nh)}, top-1 {nht}")
    for r in lost[:8]: print('   LOST', r['set'], r['id'], r['cat'], round(r['u4'], 3), r['forced'])
