"""Issue 10: the safety classifier's thresholds for questions not in English, tried as a grid
(look-alikes in other languages drew urgent verdicts in categories unrelated to their words).

    python3 scripts/experiments/language_thresholds.py [--sets evals/a.jsonl ...] [--grid 0.45:0.45,0.7:0.8,...]

For every question not in English of the sets (default: blind-safety-20 to -29, which the shipped
classifier never trained on), the screen's level with the shipped thresholds and with each
(urgent_at, flag_at) pair for other languages (English keeps the shipped ones); prints urgent
recall, see-professional recall (either level) and look-alikes flagged, per pair.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", nargs="*")
    parser.add_argument("--grid", default="0.45:0.8,0.6:0.8,0.7:0.8,0.8:0.8,0.9:0.9,0.6:0.9,0.7:0.9,0.8:0.95,0.9:0.95")
    parser.add_argument("--languages", default="other", help="other (not English) or en")
    args = parser.parse_args()
    from inara import Inara
    from inara.matching.matcher import Matcher
    from reread_filters import score  # the same counts, beside this file

    files = [Path(p) for p in args.sets] if args.sets else sorted(
        p for p in (ROOT / "evals").glob("blind-safety-2*.jsonl"))
    rows = [json.loads(line) for f in files for line in f.read_text().splitlines() if line.strip()]
    inara = Inara()
    matcher = inara.matcher
    shipped = dict(matcher.classifier)
    original = Matcher.findings
    current = {}

    def findings(self, question, unit_vectors, unit_texts):
        if (question.language != "en") == (args.languages == "other") and current:
            self.classifier = {**shipped, **current}
        else:
            self.classifier = shipped
        try:
            return original(self, question, unit_vectors, unit_texts)
        finally:
            self.classifier = shipped

    Matcher.findings = findings
    chosen = [r for r in rows if (r.get("language", "en") != "en") == (args.languages == "other")]
    pairs = [None] + [tuple(float(x) for x in pair.split(":")) for pair in args.grid.split(",")]
    print(f"{len(chosen)} questions ({args.languages}) of {', '.join(f.name for f in files)}")
    for pair in pairs:
        current.clear()
        if pair:
            current.update(urgent_at=pair[0], flag_at=pair[1])
        print(f"{'shipped' if pair is None else pair}: {score(inara, chosen)}", flush=True)

if __name__ == "__main__":
    main()
