"""What each part of the safety screen finds on each line of some eval sets, apart: the rules, the
classifier (and its urgent probability), and the re-read (sentence screen and judge, computed for
every line here, though the screen runs it only below urgent with the urgent probability at least
`recheck_at`), with the screen's level as shipped. Then, for the lines only the classifier answers
urgent (the rules and a re-read silent), the urgent probability by the classifier's leading
category and the line's label: whether a category's own threshold could separate its false
emergencies from its real ones.

    python3 scripts/experiments/screen_components.py OUT.jsonl evals/SET.jsonl [...]
    python3 scripts/experiments/screen_components.py --read OUT.jsonl [OUT2.jsonl ...]
"""
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def collect(out_path: str, sets: list[str]) -> None:
    from inara import Inara
    from inara.errors import BadInput
    from inara.matching import safety_classifier, safety_judge
    from inara.matching.question import Question
    from inara.matching.safety import rule_findings, told_as_over
    m = Inara().matcher
    with open(out_path, "w") as out:
        for name in sets:
            for line in open(name):
                item = json.loads(line)
                try:
                    q = Question.read(item["text"], item.get("age_years"))
                except BadInput:
                    continue
                _, uv, ut = m.embed_question(q)
                rules = rule_findings(q.text, q.age.years, q.normalised)
                cls = safety_classifier.findings(uv[0], q.text, m.classifier)
                _, vectors, texts = m._sentence_vectors(q, topic_too=False)
                added = [f for f in m._sentence_findings(q, rules, vectors, texts) if f not in rules]
                reread = told_as_over(added, q.text, "re-read:past")
                out.write(json.dumps({
                    "set": Path(name).name, "id": item.get("id"), "label": item.get("safety", "ok"),
                    "rules": safety_judge.level_of(rules), "cls": safety_judge.level_of(cls),
                    "pu": round(safety_classifier.urgent_probability(uv[0], m.classifier), 4),
                    "reread": safety_judge.level_of(reread), "final": safety_judge.level_of(m.findings(q, uv, ut)),
                    "sources": [f.source for f in rules + cls + reread]}) + "\n")


def read(paths: list[str]) -> None:
    seen, by = set(), defaultdict(lambda: defaultdict(list))
    for path in paths:
        for row in map(json.loads, open(path)):
            key = (row["set"], row["id"])
            if row["id"] is not None and key in seen:  # the same line from two files (lines without an id all count)
                continue
            seen.add(key)
            alone = (row["cls"] == "urgent" and row["rules"] != "urgent"
                     and not (row["reread"] == "urgent" and row["pu"] >= 0.05))
            if alone:
                lead = next((s.split(":")[1] for s in row["sources"] if s.startswith("classifier:")), "?")
                by[lead][row["label"]].append(row["pu"])
    print("urgent answers that rest on the classifier alone, by its leading category: urgent probability by label")
    for lead, labels in sorted(by.items(), key=lambda kv: -len(kv[1].get("ok", []))):
        print(f"{lead}")
        for label in ("urgent", "see-professional", "ok"):
            values = sorted(labels.get(label, []))
            print(f"  {label:17} {len(values):3}  {' '.join(f'{v:.2f}' for v in values)}")


if __name__ == "__main__":
    if sys.argv[1] == "--read":
        read(sys.argv[2:])
    else:
        collect(sys.argv[1], sys.argv[2:])
