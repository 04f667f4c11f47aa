"""The sentence screen's English floor, margin and veto for urgent findings, searched on the tuning sets.

    INARA_DB=/tmp/full.db python3 scripts/experiments/veto_grid.py

Embeds each English question of the tuning sets (and the ordinary questions of dev and
new-topics-heldout, and the look-alike half that measures) once, then screens them (rules and the
sentence screen, as Matcher.findings does) under each setting and prints urgent and
see-professional recall and false alarms per set. The choice rule, fixed before the run: ordinary
questions stay as they are (dev's false alarms <= 3%, new-topics-heldout's no more than now), then
the most urgent questions caught over the tuning sets, then the fewest false alarms.
Never run it on a test set (evals/README.md).
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from inara import Inara  # noqa: E402
from inara.matching import semantic_safety  # noqa: E402
from inara.matching.question import Question  # noqa: E402
from inara.matching.safety import combine, rule_findings  # noqa: E402
from inara.settings import Settings  # noqa: E402
import train_safety  # noqa: E402

SETS = ["dev", "blind-2", "blind-3", "blind-safety-1", "blind-safety-4", "blind-safety-5", "blind-safety-6",
        "blind-safety-7", "blind-safety-8", "blind-safety-9", "new-topics-heldout"]


def main() -> None:
    matcher = Inara(**Settings.from_environment().options()).matcher
    screen = matcher.semantic
    data = {}
    for name in SETS:
        rows = [json.loads(line) for line in (ROOT / "evals" / f"{name}.jsonl").read_text().splitlines() if line.strip()]
        data[name] = rows
    data["look-measure"] = [{"text": t, "safety": "ok"} for t in train_safety.measure_half()]
    read = {}
    for name, rows in data.items():
        read[name] = []
        for item in rows:
            question = Question.read(item["text"], item.get("age_years"))
            _, vectors, texts = matcher.embed_question(question)
            rules = rule_findings(question.text, question.age.years, question.normalised)
            read[name].append((item, question, vectors, texts, rules))
        print("read", name, len(rows), flush=True)

    def score(name):
        n = {"urgent": [0, 0], "see-professional": [0, 0], "ok": [0, 0]}
        for item, question, vectors, texts, rules in read[name]:
            found = list(rules)
            if vectors is not None and (question.language == "en" or screen.reads(question.language)):
                found += screen.findings(vectors, texts, question.language)
            level = combine(found, "generic", question.language).level
            truth = item.get("safety", "ok")
            n[truth][0] += 1
            n[truth][1] += (level == "urgent") if truth == "urgent" else (level != "ok")
        return n

    grid = json.loads(os.environ["GRID"]) if os.environ.get("GRID") else ([0.62], [0.0], [0.03, 0.04, 0.045, 0.05, 0.055, 0.06])
    for floor, margin, veto in itertools.product(*grid):
        semantic_safety.FLOOR["urgent"] = floor
        semantic_safety.MARGIN["urgent"] = margin
        semantic_safety.VETO["urgent"] = veto
        out = {name: score(name) for name in read}
        urgent = sum(v["urgent"][1] for v in out.values())
        fa = sum(v["ok"][1] for k, v in out.items())
        cells = " ".join(f"{k}:{v['urgent'][1]}/{v['urgent'][0]},{v['see-professional'][1]},{v['ok'][1]}/{v['ok'][0]}"
                         for k, v in out.items())
        print(f"floor {floor} margin {margin} veto {veto}: urgent {urgent} FA {fa} | {cells}", flush=True)


if __name__ == "__main__":
    main()
