"""The fit model's probe, compared on cached rows (development: the sets it reads are tuning sets for the fit model).

    INARA_DB=/tmp/full.db python3 scripts/experiments/probe_rows.py      # ~5 min: features and topic vectors of every set
    python3 scripts/experiments/probe_compare.py [C] [nonone]           # seconds: base features against base + probe

probe_rows.py writes /tmp/probe-rows.pkl and /tmp/probe-vecs.pkl; probe_compare.py trains the fit
model as scripts/train_fit.py does (phrasings, the tuning sets' real questions, no-guide-train; the
threshold from out-of-fold no-guide scores at 8% given a guide) with and without the probe's
features, and prints right / wrong / refused for questions a topic fits and no-guide questions given
a guide, on blind-reach-5, -6, -7, new-topics-heldout-2 and no-guide-test. blind-reach-8 is the
test split: never scored here.
"""
import json, pickle, sys
from pathlib import Path
import numpy as np
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / 'scripts')); sys.path.insert(0, str(ROOT))
import train_fit as tf
from inara import Inara
from inara.settings import Settings
inara = Inara(**Settings.from_environment().given(matcher="fusion").options())
m = inara.matcher
SETS = ["dev", "blind-2", "blind-3", "new-topics-heldout", "new-topics-heldout-2", "blind-reach-5", "blind-reach-6",
        "blind-reach-7", "no-guide-train", "no-guide-test"]
# Phrasing rows keep the index of their phrasing, so the probe can be read out of fold for them.
out = {'phrasings': [(s, lab, ev.features(), i) for s, lab, _, ev, i in tf.phrasing_evidence(inara)]}
vecs = {'labels': m.labels, 'vectors': m.vectors}
extra = tf.acceptable_extra()
for name in SETS:
    rows, queries = [], []
    for line in (ROOT / "evals" / f"{name}.jsonl").read_text().splitlines():
        if not line.strip(): continue
        item = json.loads(line)
        if item.get("safety", "ok") == "urgent": continue
        ev = m.evidence(item["text"])
        accepted = {item.get("expected_topic"), *item.get("alt_topics", []), *extra.get(item.get("id"), ())} - {None}
        kind = 'topic' if accepted else ('noguide' if item.get('in_scope', True) else 'oos')
        rows.append(dict(id=item.get('id'), kind=kind, subject=item.get('subject'), top=ev.ranked()[0][1],
                         right=bool(accepted) and ev.ranked()[0][1] in accepted, f=ev.features(),
                         safety=item.get('safety', 'ok')))
        queries.append(ev.query)  # the topic vector the evidence was read from
    out[name], vecs[name] = rows, np.vstack(queries)
    print(name, len(rows), flush=True)
pickle.dump(out, open('/tmp/probe-rows.pkl', 'wb'))
pickle.dump(vecs, open('/tmp/probe-vecs.pkl', 'wb'))
