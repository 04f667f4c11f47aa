import sys, itertools, numpy as np
pkl = sys.argv[1]
sys.argv=['x', pkl, '--cfg', '0.5,0,0,0.5,0,0,0']
__file__ = str(__import__('pathlib').Path(__file__).with_name('screen_sweep.py'))
src=open(__file__).read().split("if '--cfg' in sys.argv:")[0]
exec(src)
BASE_U={'dev':1,'blind-2':1,'blind-3':1,'blind-safety-1':59/60,'blind-safety-4':104/114,'blind-safety-5':100/104,'blind-safety-6':91/117,'blind-safety-7':107/126}
BASE_P={'dev':1,'blind-2':1,'blind-3':1,'blind-safety-1':35/40,'blind-safety-4':57/79,'blind-safety-5':68/80,'blind-safety-6':58/96,'blind-safety-7':74/108}
FA_SETS=('blind-safety-1','blind-safety-4','blind-safety-5','blind-safety-6','blind-safety-7','look-measure','new-topics-heldout','blind-3','blind-2','dev')
res=[]
import os, json
# the packaged model's vectors sit lower than the fine-tuned ones: GRID='[[.5,.54],...]' to search other floors
GRID=json.loads(os.environ['GRID']) if os.environ.get('GRID') else ([.65,.7,.725,.75,.775,.8],[0.0,.03,.06],[.03,.06],[.7,.75,.8,.85],[0.0,.04],[.03,.06],[.06])
for c in itertools.product(*GRID):
    r=evaluate(c)
    # ordinary questions on the topics must stay as they were: dev's false alarms under 3%, the newer
    # topics' questions no more often than before (0.186)
    okF = r['dev'][2] <= 0.03 and r['new-topics-heldout'][2] <= 0.186
    okU=all(r[k][0]>=BASE_U[k]-1e-9 for k in BASE_U); okP=all(r[k][1]>=BASE_P[k]-1e-9 for k in BASE_P)
    FA=np.mean([r[k][2] for k in FA_SETS])
    short = sum(max(0.0, BASE_U[k] - r[k][0]) for k in BASE_U)
    res.append((okU and okF,okP,FA,c,r,short,okF))
for need in ('UP','U'):
    ok=[x for x in res if x[0] and (x[1] or need=='U')]
    ok.sort(key=lambda x:x[2])
    print(need, len(ok))
    for x in ok[:2]:
        print('FA', round(x[2],3)); show(x[3],x[4])

# of the settings that keep ordinary questions as they were: the least urgent recall given up, then the fewest false alarms
res = sorted((x for x in res if x[6]), key=lambda x: (round(x[5], 3), x[2]))
print('closest')
for x in res[:3]:
    print('urgent recall short of the screen before, summed over sets', round(x[5], 3), 'FA', round(x[2], 3)); show(x[3], x[4])
