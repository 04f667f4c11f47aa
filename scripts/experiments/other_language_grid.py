"""Settings of the sentence screen for questions in other languages, searched on the tuning sets.

    INARA_DB=/tmp/full.db python3 scripts/experiments/other_language_grid.py [FILE ...]

Reads the non-English lines of the given sets (default: the tuning sets blind-safety-4 to -8, and
the rules' fixture tests/data/safety_other_languages.yaml), embeds each question and its units once,
then for each setting of semantic_safety.OTHER_FLOOR / OTHER_MARGIN screens them (rules and the
sentence screen, as Matcher.findings does) and prints urgent recall, see-professional recall (either
level) and false alarms, overall and by language, with the rules alone as the first line.
Never run it on a test set (evals/README.md).
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from inara import Inara  # noqa: E402
from inara.matching import semantic_safety  # noqa: E402
from inara.matching.question import Question  # noqa: E402
from inara.matching.safety import combine, rule_findings  # noqa: E402
from inara.settings import Settings  # noqa: E402

TUNING = [ROOT / "evals" / f"blind-safety-{n}.jsonl" for n in (4, 5, 6, 7, 8)]


def rows(paths: list[Path]) -> list[dict]:
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if item.get("language", "en") != "en":
                    out.append(item)
    return out


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or TUNING
    if any("blind-safety-9" in str(p) for p in paths):
        raise SystemExit("blind-safety-9 is a test set")
    items = rows(paths)
    matcher = Inara(**Settings.from_environment().options()).matcher
    screen = matcher.semantic
    read = []
    for item in items:
        question = Question.read(item["text"], item.get("age_years"))
        _, vectors, texts = matcher.embed_question(question)
        rules = rule_findings(question.text, question.age.years, question.normalised)
        read.append((item, question, vectors, texts, rules))

    def score(semantic: bool) -> dict:
        out = defaultdict(lambda: [0, 0, 0, 0, 0, 0])  # urgent hit/n, prof hit/n, ok flagged/n
        for item, question, vectors, texts, rules in read:
            found = list(rules)
            if semantic and screen.reads(question.language):
                found += screen.findings(vectors, texts, question.language)
            level = combine(found, "generic", question.language).level
            for key in ("all", item["language"]):
                cell = out[key]
                if item["safety"] == "urgent":
                    cell[0] += level == "urgent"; cell[1] += 1
                elif item["safety"] == "see-professional":
                    cell[2] += level != "ok"; cell[3] += 1
                else:
                    cell[4] += level != "ok"; cell[5] += 1
        return out

    def show(name: str, out: dict) -> None:
        a = out["all"]
        langs = " ".join(f"{k}:{v[0]}/{v[1]},{v[4]}/{v[5]}" for k, v in sorted(out.items()) if k != "all")
        print(f"{name:34} urgent {a[0]}/{a[1]}  prof {a[2]}/{a[3]}  FA {a[4]}/{a[5]}   {langs}")

    show("rules only", score(False))
    grid = json.loads(os.environ["GRID"]) if os.environ.get("GRID") else \
        ([.5, .55, .6, .65, .7], [0.0, .03, .06, .1], [.6, .7, .8], [0.0, .05, .1])
    for uf, um, pf, pm in itertools.product(*grid):
        semantic_safety.OTHER_FLOOR.update({"urgent": uf, "see-professional": pf})
        semantic_safety.OTHER_MARGIN.update({"urgent": um, "see-professional": pm})
        show(f"u {uf} +{um}  p {pf} +{pm}", score(True))


if __name__ == "__main__":
    main()
