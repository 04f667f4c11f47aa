"""Candidate ML1's four gates (evals/results/mixed-language-ml1-plan.md) from two runs of
ml1_rows.py on the same set, main's and ML1's:

    python3 scripts/experiments/ml1_gates.py evals/new-topics-heldout-66.jsonl main.jsonl ml1.jsonl

Gate 3 counts the questions with no sentence the language check reads as English; a wholly foreign
question with a sentence misread as English would be among those ML1 answers, which it prints."""

import json
import sys


def rows(path):
    return {r["id"]: r for r in map(json.loads, open(path, encoding="utf-8"))}


items, main, ml1 = rows(sys.argv[1]), rows(sys.argv[2]), rows(sys.argv[3])


def accepted(i):
    return {items[i]["expected_topic"], *items[i].get("alt_topics", [])}


def top1(run):
    return sum(bool(r["topics"]) and r["topics"][0] in accepted(i) for i, r in run.items()) / len(run)


answered = [i for i in main if main[i]["refused"] and not ml1[i]["refused"]]
guided = [i for i in answered if ml1[i]["outcome"] in ("fit", "close-call")]
right = [i for i in guided
         if accepted(i) & set(ml1[i]["topics"][:2 if ml1[i]["outcome"] == "close-call" else 1])]
first = [i for i in answered if ml1[i]["topics"] and ml1[i]["topics"][0] in accepted(i)]
print(f"refused as another language: main {sum(r['refused'] for r in main.values())}, "
      f"ML1 {sum(r['refused'] for r in ml1.values())} of {len(main)}")
print(f"(1) answered by ML1 after main's refusal: {len(answered)}; given a guide {len(guided)}, the right one "
      f"{len(right)}; a wrong guide {len(guided) - len(right)}; told no guide fits "
      f"{sum(ml1[i]['outcome'] == 'no-guide' for i in answered)}; right topic ranked first {len(first)}")
print(f"(2) top-1: main {top1(main):.4f}, ML1 {top1(ml1):.4f}, difference {top1(ml1) - top1(main):+.4f}")
foreign = [i for i in main if main[i]["language"] != "en" and main[i]["english_sentences"] == 0]
print(f"(3) no sentence read as English: {len(foreign)}, ML1 refuses {sum(ml1[i]['refused'] for i in foreign)}")
print(f"(4) safety level differs: {sum(main[i]['level'] != ml1[i]['level'] for i in main)}")
print("answered by ML1 after main's refusal:", " ".join(answered))
