"""The signal-word step measured on saved findings (evals/results/signal-words-plan.md, lx-gates.txt,
next-2026-12-07b-plan.md): each line's findings are read once on this checkout, then any variant of
the step is applied to them with the shipped code (signal_words.unworded), so main and candidates
are compared on the same findings. Aggregate counts only, so it may be run on any set.

    python3 scripts/experiments/signal_rows.py rows ROWS.pkl SET.jsonl [...]     # findings before the step
    python3 scripts/experiments/signal_rows.py score ROWS.pkl [--lists FILE.yaml] [--any-reading] [--per-set]

`score` prints, per group of lines (urgent, see-professional, ordinary), how many main answers urgent
(the findings as read) and how many the step leaves urgent: JL (the judge's lone emergencies, the
shipped lists) by default; LX with --any-reading (any trained reading's lone emergency); LC with
--lone classifier,judge, and with --other-languages any|judge, NL or NLJ after JL as shipped (main is
then JL) (evals/results/nl-plan.md; all three refused).
"""
import argparse, collections, pickle, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from inara import Inara  # noqa: E402
from inara.evaluate import read_items  # noqa: E402
from inara.matching.question import Question  # noqa: E402
from inara.matching.safety import MODEL_SOURCES, Finding  # noqa: E402
from inara.matching.safety_judge import level_of  # noqa: E402
from inara.matching.signal_words import compiled, doubted, signal_words, unworded  # noqa: E402


def rows(out: str, paths: list[str]) -> None:
    matcher = Inara().matcher
    saved = {}
    for path in paths:
        for n, item in enumerate(read_items(Path(path))):
            question = Question.read(item["text"], item.get("age_years"))
            _, vectors, texts = matcher.embed_question(question)
            found = matcher.findings(question, vectors, texts)
            saved[f"{Path(path).stem}:{item.get('id', n)}"] = {
                "label": item.get("safety", "ok"), "language": question.language, "normalised": question.normalised,
                "found": [(f.level, f.category, f.source, f.sentence) for f in found]}
        print(Path(path).stem, len(saved), flush=True)
    Path(out).write_bytes(pickle.dumps(saved))


def other_languages(found: list[Finding], language: str, lone: tuple[str, ...]) -> list[Finding]:
    """Candidates NL and NLJ (evals/results/nl-plan.md, refused): in a question not in English, an
    emergency only trained readings (`lone`) found becomes its category's doubted finding."""
    urgent = [f for f in found if f.level == "urgent"]
    if language == "en" or not urgent or not all(f.source.startswith(lone) for f in urgent):
        return found
    return doubted(found, "+unbacked")


def score(path: str, lists: str | None, any_reading: bool, per_set: bool, only: str | None = None,
          lowered: list | None = None, other: str | None = None) -> None:
    words = compiled(yaml.safe_load(Path(lists).read_text()), lists) if lists else signal_words()
    lone = MODEL_SOURCES if any_reading else tuple(f"{name}:" for name in only.split(",")) if only else ("judge:",)
    counts = collections.defaultdict(collections.Counter)
    for key, row in pickle.loads(Path(path).read_bytes()).items():
        found = [Finding(*f) for f in row["found"]]
        after = unworded(found, row["normalised"], row["language"], lone=lone, words=words)
        if other:  # NL or NLJ after JL as shipped: "main" is JL, the step NL
            found = after
            after = other_languages(after, row["language"], MODEL_SOURCES if other == "any" else ("judge:",))
        group = "ordinary" if row["label"] == "ok" else row["label"]
        for where in ("all", key.split(":")[0]) if per_set else ("all",):
            c = counts[where]
            c[group, "n"] += 1
            c[group, "main"] += level_of(found) == "urgent"
            c[group, "step"] += level_of(after) == "urgent"
            if where == "all" and lowered is not None and group == "urgent" and level_of(found) == "urgent" != level_of(after):
                lowered.append(key)
    for where, c in sorted(counts.items(), key=lambda kv: kv[0] != "all"):
        parts = [f"{g} {c[g, 'main']} -> {c[g, 'step']} of {c[g, 'n']}" for g in ("urgent", "see-professional", "ordinary")
                 if c[g, "n"]]
        print(f"{where:26s} answered urgent, main -> step: " + "; ".join(parts))


def main() -> None:
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("rows"); r.add_argument("out"); r.add_argument("sets", nargs="+")
    s = sub.add_parser("score"); s.add_argument("rows"); s.add_argument("--lists")
    s.add_argument("--any-reading", action="store_true"); s.add_argument("--per-set", action="store_true")
    s.add_argument("--lone", help="the readings whose lone emergencies the step reads, e.g. classifier,judge (LC)")
    s.add_argument("--other-languages", choices=("any", "judge"),
                   help="NL (any trained reading) or NLJ (the judge) after JL as shipped, in questions not in English")
    a = p.parse_args()
    if a.cmd == "rows":
        rows(a.out, a.sets)
    else:
        lowered: list[str] = []
        score(a.rows, a.lists, a.any_reading, a.per_set, a.lone, lowered, a.other_languages)
        print("urgent lines the step answers below urgent:", ", ".join(sorted(lowered)) or "none")


if __name__ == "__main__":
    main()
