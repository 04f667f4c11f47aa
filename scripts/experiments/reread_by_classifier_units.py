"""Issue 10 experiment (2026-12-05, late evening; development figures on tuning sets): re-read a question the
classifier leaves in doubt (urgent probability from `recheck_at` up to `urgent_at`, no urgent rule) with the
classifier itself on each of its units (sentences, clauses and pairs: `Question.units`) instead of the sentence
screen and its judge: urgent when a unit reaches the bar. Compared with the screen as shipped, line by line.

    python3 scripts/experiments/reread_by_classifier_units.py OUT.jsonl evals/SET.jsonl [...]
    python3 scripts/experiments/reread_by_classifier_units.py --read OUT.jsonl

Result (`evals/results/classifier-2026-12-05/reread-by-units.txt`): at every bar it answers more look-alikes and
ordinary questions as emergencies and fewer emergencies than the shipped re-read: a clause read alone loses what the
rest of the question says (a Dutch 8-year-old missing from the tents for half an hour reads 0.03 as that sentence
alone). Not kept.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

LEVEL = {"ok": 0, "see-professional": 1, "urgent": 2}
GROUPS = {
    "urgent (blind-safety sets, urgent spares)": lambda r: r["set"].startswith(("blind-safety", "urgent-spares")) and r["label"] == "urgent",
    "see-professional (blind-safety sets)": lambda r: r["set"].startswith("blind-safety") and r["label"] == "see-professional",
    "look-alikes (blind-safety sets)": lambda r: r["set"].startswith("blind-safety") and r["label"] == "ok",
    "new-topics-heldout (ordinary)": lambda r: r["set"].startswith("new-topics"),
    "blind-reach (labelled ok)": lambda r: r["set"].startswith("blind-reach") and r["label"] == "ok",
}


def collect(out_path: str, sets: list[str]) -> None:
    from inara import Inara
    from inara.errors import BadInput
    from inara.matching import safety_classifier, safety_judge
    from inara.matching.model_files import MAX_TOKENS
    from inara.matching.question import Question
    from inara.matching.safety import categories, rule_findings
    m = Inara().matcher
    model, known = m.classifier, categories()
    with open(out_path, "w") as out:
        for name in sets:
            for line in open(name):
                item = json.loads(line) if line.strip() else {}
                if "text" not in item:
                    continue
                try:
                    q = Question.read(item["text"], item.get("age_years"))
                except BadInput:
                    continue
                _, uv, ut = m.embed_question(q)
                pu = safety_classifier.urgent_probability(uv[0], model)
                rules = safety_judge.level_of(rule_findings(q.text, q.age.years, q.normalised))
                row = {"set": Path(name).name, "id": item.get("id"), "label": item.get("safety", "ok"), "pu": round(pu, 4),
                       "rules": rules, "cls": safety_judge.level_of(safety_classifier.findings(uv[0], q.text, model)),
                       "final": safety_judge.level_of(m.findings(q, uv, ut))}
                if model["recheck_at"] <= pu < model["urgent_at"] and rules != "urgent":
                    parts = list(q.units)[1:]
                    row["unit_max"] = 0.0
                    if parts:
                        vectors = m.embedder.run(parts, MAX_TOKENS, ("classifier",))[0]
                        each = [safety_classifier.urgent_probability(v, model) for v in vectors]
                        best = max(range(len(each)), key=each.__getitem__)
                        p = safety_classifier.probabilities(vectors[best], model)
                        row.update(unit_max=round(each[best], 4), unit=parts[best][:120],
                                   unit_category=max((s for s in known if known[s].level == "urgent"), key=p.get))
                out.write(json.dumps(row) + "\n")


def read(path: str) -> None:
    rows = [json.loads(line) for line in open(path)]

    def by_units(r: dict, bar: float) -> str:
        if "unit_max" not in r:
            return r["final"]  # outside the re-read's band nothing changes
        return "urgent" if r["unit_max"] >= bar else max(r["rules"], r["cls"], key=LEVEL.get)

    for title, level in [("the screen as shipped", lambda r: r["final"])] + [
            (f"re-read by the classifier on units, urgent at {bar}", lambda r, bar=bar: by_units(r, bar)) for bar in (0.45, 0.6, 0.8)]:
        print(title)
        for group, keep in GROUPS.items():
            chosen = [r for r in rows if keep(r)]
            counts = collections.Counter(level(r) for r in chosen)
            print(f"  {group:45s} {len(chosen):5d}: urgent {counts['urgent']:4d}  see-professional {counts['see-professional']:4d}  ok {counts['ok']:4d}")


if __name__ == "__main__":
    if sys.argv[1] == "--read":
        read(sys.argv[2])
    else:
        collect(sys.argv[1], sys.argv[2:])
