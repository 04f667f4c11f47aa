"""Cache every row the fit model could train on, with where it came from (for fit_cv.py).

    python3 scripts/experiments/fit_rows.py /tmp/fit-rows.pkl

Rows: library phrasings (scored without themselves, and with their whole topic left out, as
scripts/train_fit.py samples them), the real questions of train_fit.REAL_SETS (with set, id,
whether the top / second topic is acceptable, the top-two margin, and whether the matcher would
call the question out of scope before the fit model is asked), and evals/no-guide-train.jsonl
(with its subject). Each row keeps `Evidence.features()` and the Evidence itself reduced to what
candidate features need. No test split is read.
"""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from inara import Inara  # noqa: E402
from inara.matching.matcher import MIN_SIMILARITY, OUT, OUT_MARGIN  # noqa: E402
from train_fit import phrasing_evidence, real_evidence  # noqa: E402


def summary(ev, text: str) -> dict:
    """What the candidate features read: base features, the rankers' per-class scores, the labels
    of the 30 nearest phrasings, and the question's length."""
    nearest = np.argsort(ev.similarities)[-30:][::-1]
    return {"base": ev.features(), "fused": dict(ev.fused), "lexical": dict(ev.lexical),
            "semantic": dict(ev.semantic), "nearest": ev.labels[nearest].tolist(),
            "nearest_sims": ev.similarities[nearest].tolist(), "words": len(text.split()),
            "ranked": ev.ranked()[:3], "sims": ev.similarities.astype(np.float16),
            "oos": ev.fused[OUT] > ev.ranked()[0][0] + OUT_MARGIN or ev.best_similarity < MIN_SIMILARITY}


def main() -> None:
    from inara.settings import Settings

    inara = Inara(**Settings.from_environment().given(matcher="fusion").options())
    matcher = inara.matcher
    out = []
    for slug, label, text, ev, _index in phrasing_evidence(inara):
        source = "phrasing" if label else "phrasing-topic-out"
        out.append({"source": source, "group": slug, "y": label, **summary(ev, text)})
    for name, item, ev, accepted in real_evidence(inara):
        ranked = ev.ranked()
        out.append({"source": name, "group": item["id"], "y": int(bool(accepted) and ranked[0][1] in accepted),
                    "top2_ok": bool(accepted) and ranked[1][1] in accepted, "has_topic": bool(accepted),
                    "margin": ranked[0][0] - ranked[1][0], **summary(ev, item["text"])})
    for line in (ROOT / "evals" / "no-guide-train.jsonl").read_text().splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        ev = matcher.evidence(item["text"])
        out.append({"source": "no-guide", "group": item["subject"], "y": 0, **summary(ev, item["text"])})
    Path(sys.argv[1]).write_bytes(pickle.dumps({"rows": out, "labels": matcher.labels.tolist()}))
    print(f"{len(out)} rows -> {sys.argv[1]}")


if __name__ == "__main__":
    main()
