"""Issue 10: where look-alike false alarms come from, and ways to narrow the sentence screen's
re-read (matcher.findings), measured on the tuning sets blind-safety-20 to -29 (development figures).

    python3 scripts/experiments/reread_filters.py sources          # rule / classifier / re-read, per language
    python3 scripts/experiments/reread_filters.py recheck          # recheck_at 0.05 0.1 0.2 0.3 0.45
    python3 scripts/experiments/reread_filters.py agree            # re-read findings kept only in the classifier's top k categories
    python3 scripts/experiments/reread_filters.py confirm          # ... only when the classifier, reading the flagged sentence alone, agrees

Prints urgent recall, see-professional recall (either level) and look-alikes flagged (urgent) per setting.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from inara import Inara  # noqa: E402
from inara.errors import BadInput  # noqa: E402
from inara.matching import safety_classifier, safety_judge  # noqa: E402
from inara.matching.matcher import Matcher  # noqa: E402
from inara.matching.safety import rule_findings  # noqa: E402

SETTING: dict = {}


def findings(self, question, unit_vectors, unit_texts):
    """Matcher.findings (classifier branch) with the re-read's findings filtered by SETTING."""
    rules = rule_findings(question.text, question.age.years, question.normalised)
    found = rules + safety_classifier.findings(unit_vectors[0], question.text, self.classifier)
    recheck_at = self.classifier.get("recheck_at")
    if (self.semantic is None or recheck_at is None or safety_judge.level_of(found) == "urgent"
            or safety_classifier.urgent_probability(unit_vectors[0], self.classifier) < recheck_at):
        return found
    _, vectors, texts = self._sentence_vectors(question)
    extra = [f for f in self._sentence_findings(question, rules, vectors, texts) if f not in rules]
    if "agree" in SETTING:
        p = safety_classifier.probabilities(unit_vectors[0], self.classifier)
        top = sorted((s for s in p if s != "ok"), key=p.get, reverse=True)[:SETTING["agree"]]
        extra = [f for f in extra if f.category in top]
    if "confirm" in SETTING:
        kept = []
        for f in extra:
            if f.sentence and f.sentence != question.text:
                vector = self.embedder.run([f.sentence], 256, ("classifier",))[0][0]
                p = safety_classifier.probabilities(vector, self.classifier)
                score = safety_classifier.urgent_probability(vector, self.classifier) if f.level == "urgent" else 1 - p["ok"]
                if score < SETTING["confirm"]:
                    continue
            kept.append(f)
        extra = kept
    return found + extra


def score(inara, rows) -> str:
    c = {"u": [0, 0], "s": [0, 0], "o": [0, 0, 0]}
    for r in rows:
        try:
            level = inara.match(r["text"], r.get("age_years")).safety.level
        except BadInput:
            level = "ok"
        label = r.get("safety", "ok")
        if label == "urgent":
            c["u"][0] += level == "urgent"; c["u"][1] += 1
        elif label == "see-professional":
            c["s"][0] += level != "ok"; c["s"][1] += 1
        else:
            c["o"][0] += level != "ok"; c["o"][1] += level == "urgent"; c["o"][2] += 1
    return (f"urgent {c['u'][0]}/{c['u'][1]}, see-professional {c['s'][0]}/{c['s'][1]}, "
            f"look-alikes flagged {c['o'][0]}/{c['o'][2]} ({c['o'][1]} urgent)")


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else "sources"
    files = sorted(ROOT.glob("evals/blind-safety-2*.jsonl"))
    rows = [json.loads(line) for f in files for line in f.read_text().splitlines() if line.strip()]
    inara = Inara()
    matcher = inara.matcher
    shipped = dict(matcher.classifier)
    print(f"{len(rows)} questions of {', '.join(f.stem for f in files)}")
    if mode == "sources":
        counts = collections.Counter()
        for r in rows:
            if r.get("safety", "ok") != "ok":
                continue
            q = inara.question(r["text"], r.get("age_years"))
            level = matcher.match(q).safety.level
            if level == "ok":
                continue
            by_rules = safety_judge.level_of(rule_findings(q.text, q.age.years, q.normalised))
            _, vector, _ = matcher.embed_question(q)
            by_classifier = safety_judge.level_of(safety_classifier.findings(vector[0], q.text, matcher.classifier))
            source = "rule" if by_rules == level else "classifier" if by_classifier == level else "re-read"
            counts[("en" if r.get("language", "en") == "en" else "other", level, source)] += 1
        for key, n in sorted(counts.items()):
            print(key, n)
        return
    Matcher.findings = findings
    grids = {"recheck": [0.05, 0.1, 0.2, 0.3, 0.45], "agree": [None, 1, 2, 3], "confirm": [None, 0.05, 0.2, 0.45]}
    for value in grids[mode]:
        SETTING.clear()
        matcher.classifier = shipped
        if mode == "recheck":
            matcher.classifier = {**shipped, "recheck_at": value}
        elif value is not None:
            SETTING[mode] = value
        print(f"{mode} {value}: {score(inara, rows)}", flush=True)


if __name__ == "__main__":
    main()
