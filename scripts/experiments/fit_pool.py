"""Pooled "does a guide fit?" outcomes over groups of eval sets, in the tree it is run from: for the fitting
questions the share answered with the right guide, told "no guide yet" and given a wrong guide; for the questions
no topic covers the share given a guide. Candidate F-nh3's measurement (evals/results/fit-nh3-plan.md); run it in
main's tree and a candidate's worktree in the same session to compare.

    python3 scripts/experiments/fit_pool.py
"""
import json, sys
from pathlib import Path
sys.path.insert(0, str(Path.cwd()))
from inara import Inara
from inara.settings import Settings
from inara.evaluate import evaluate, read_items
inara = Inara(**Settings.from_environment().options())
acc = {json.loads(l)["id"]: set(json.loads(l).get("acceptable") or []) for l in open("evals/relabel-42-topics.jsonl") if l.strip()}
def items_of(path, relabel=False):
    items = read_items(Path(path))
    if relabel:
        for it in items:
            if it.get("id") in acc and it.get("expected_topic"):
                it["alt_topics"] = sorted({*it.get("alt_topics", []), *acc[it["id"]]} - {it["expected_topic"]})
    return items
groups = {
  "nh51-57": [f"evals/new-topics-heldout-{n}.jsonl" for n in range(51, 58)],
  "blind-reach-13-21": [f"evals/blind-reach-{n}.jsonl" for n in range(13, 22)],
  "dev": ["evals/dev.jsonl"], "blind-3": ["evals/blind-3.jsonl"], "shared": ["../shared/evals/dev.jsonl"],
  "no-guide-test,-3": ["evals/no-guide-test.jsonl", "evals/no-guide-test-3.jsonl"],
}
for name, files in groups.items():
    conf = {}
    for f in files:
        rep = evaluate(inara.match, items_of(f, relabel=name in ("dev", "blind-3", "shared")), inara.matcher.guide_topic)
        for t, row in rep.counts["confusion"].items():
            for g, c in row.items():
                conf.setdefault(t, {}); conf[t][g] = conf[t].get(g, 0) + c
    fit = conf.get("fit", {}); nf = sum(fit.values())
    ng = conf.get("no-guide", {}); nn = sum(ng.values())
    s = lambda d, ks, n: f"{sum(d.get(k,0) for k in ks)}/{n}={sum(d.get(k,0) for k in ks)/n:.4f}" if n else "n/a"
    print(f"{name}: fit n={nf} right {s(fit,('fit','close-call'),nf)} no-guide {s(fit,('no-guide',),nf)} wrong {s(fit,('wrong-guide',),nf)} | no-guide n={nn} given a guide {s(ng,('fit','close-call'),nn)}", flush=True)
