"""Could a second classifier veto the shipped one's lone emergencies? (issue 10, 2026-12-06)

For every line the screen as shipped answers urgent on the classifier's word alone (no rule, no
re-read finding), the second classifier's urgent probability (candidate `n`,
evals/results/classifier-n-plan.md) is read beside the shipped one's; then, for a few bars, how many
of those lone emergencies a veto "second classifier under the bar" would take away, by label.

    python3 scripts/experiments/classifier_veto.py LAYERS.safetensors OUT.pkl FILE.jsonl [...]
    python3 scripts/experiments/classifier_veto.py --report OUT.pkl [OUT2.pkl ...]

LAYERS as for classifier_ensemble.py. Development figures: the bars are read off these very sets.
"""

from __future__ import annotations

import collections
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def dump(layers: Path, out: Path, files: list[str]) -> None:
    import classifier_ensemble
    from inara import Inara
    from inara.errors import BadInput
    from inara.evaluate import read_items
    from inara.matching import safety_classifier
    vector_of, weight, bias = classifier_ensemble.second_model(layers)
    inara = Inara(screen="classifier")
    model = inara.matcher.classifier
    known = safety_classifier.categories()
    urgent = [i for i, c in enumerate(model["classes"]) if c in known and known[c].level == "urgent"]
    rows = []
    for path in files:
        for item in read_items(Path(path)):
            try:
                match = inara.match(item["text"], item.get("age_years"))
            except BadInput:
                continue
            row = {"set": Path(path).stem, "truth": item.get("safety", "ok"), "level": match.safety.level}
            if match.safety.level == "urgent" and all(s.startswith("classifier") for s in match.safety.rules):
                logits = (vector_of(item["text"]) * model["scale"]) @ weight.T + bias
                p = np.exp(logits - logits.max())
                row["p_second"] = float(p[urgent].sum() / p.sum())
                shipped = inara.matcher.embedder.embed_classified(item["text"], 128)[1]
                row["p_shipped"] = safety_classifier.urgent_probability(shipped, model)
            rows.append(row)
        print(path, len(rows), flush=True)
    out.write_bytes(pickle.dumps(rows))


def report(paths: list[str]) -> None:
    rows = [row for path in paths for row in pickle.loads(Path(path).read_bytes())]
    alone = [r for r in rows if "p_second" in r]
    print("lone classifier emergencies by label:", dict(collections.Counter(r["truth"] for r in alone)))
    real = sorted(r["p_second"] for r in alone if r["truth"] == "urgent")
    print("second classifier's urgent probability on the real ones, lowest five:", [round(p, 3) for p in real[:5]])
    for bar in (0.05, 0.1, 0.2, 0.3):
        taken = collections.Counter(r["truth"] for r in alone if r["p_second"] < bar)
        print(f"veto under {bar}: urgent {taken['urgent']}, see-professional {taken['see-professional']}, "
              f"ordinary {taken['ok']} of {sum(r['truth'] == 'ok' for r in alone)}")
    print("ordinary questions answered urgent, and how many a veto under 0.1 takes away, by set:")
    answered = collections.Counter(r["set"] for r in rows if r["truth"] == "ok" and r["level"] == "urgent")
    vetoed = collections.Counter(r["set"] for r in alone if r["truth"] == "ok" and r["p_second"] < 0.1)
    for name in sorted(answered):
        print(f"  {name:30s} {answered[name]:3d} {vetoed[name]:3d}")


if __name__ == "__main__":
    if sys.argv[1] == "--report":
        report(sys.argv[2:])
    else:
        dump(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:])
