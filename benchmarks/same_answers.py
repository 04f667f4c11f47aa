"""Proof that a speed change changes no answer: every question of every evals/*.jsonl file matched,
and what matters written as one JSON line each, to diff between two checkouts.

    PYTHONPATH=/path/to/before python3 benchmarks/same_answers.py dump /tmp/before.jsonl
    PYTHONPATH=/path/to/after  python3 benchmarks/same_answers.py dump /tmp/after.jsonl
    python3 benchmarks/same_answers.py diff --before /tmp/before.jsonl --after /tmp/after.jsonl

Each line: the question's file and id; the topic ranking (slugs and unrounded scores), the fit
decision (outcome, fit probability, in scope), the safety findings (level, categories, reasons:
rule or `semantic:<category>`); and the sentence screen's evidence, computed here with a plain
full sort from the unit vectors the matcher gave (so it shows the vectors did not move): per
unit and level, the mean similarity of the three nearest sentences of each kind. `diff` wants
the same text, slugs, decisions and findings, and numbers equal within 1e-5.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOLERANCE = 1e-5


def reference_scores(screen, vectors, language: str) -> dict[str, list[float]]:
    """Mean similarity of the 3 nearest sentences of each kind, by a full sort (the screen's
    original computation), for every unit."""
    import numpy as np

    sims = vectors @ screen.vectors.T if vectors is not None else None
    out = {}
    if sims is None:
        return out
    written = screen.languages == language
    for name, mask in screen.masks.items():
        mask = mask & written
        if not mask.any():
            continue
        part = sims[:, mask]
        k = min(3, part.shape[1])
        out[name] = [round(float(x), 7) for x in np.sort(part, axis=1)[:, -k:].mean(axis=1)]
    return out


def dump(target: Path, files: list[Path]) -> None:
    from inara import Inara
    from inara.matching.question import Question

    from inara.settings import Settings

    # INARA_DB and INARA_EMBEDDER, as before: options() names the embedder only where Settings
    # reads it (an older checkout's library read INARA_EMBEDDER itself), so both sides run this.
    inara = Inara(**{k: v for k, v in Settings.from_environment().options().items() if k in ("db", "embedder")})
    matcher = inara.matcher
    seen = {}
    embed_question = matcher.embed_question

    def captured(text):  # what the match embedded, kept to read the screen's evidence from
        seen["units"] = embed_question(text)
        return seen["units"]

    matcher.embed_question = captured
    count, start = 0, time.perf_counter()
    with target.open("w") as out:
        for path in files:
            for line in path.read_text().splitlines():
                if not line.strip():
                    continue
                item = json.loads(line)
                try:
                    question = Question.read(item["text"], item.get("age_years"))
                except Exception as error:  # noqa: BLE001 (a refused question is an answer too)
                    out.write(json.dumps({"file": path.name, "id": item.get("id"), "refused": type(error).__name__}) + "\n")
                    continue
                result = matcher.match(question, region=inara.region)
                _, unit_vectors, unit_texts = seen.pop("units")
                row = {
                    "file": path.name, "id": item.get("id"),
                    "topics": [[t.slug, t.score] for t in result.topics],
                    "outcome": result.outcome, "fit_probability": result.fit_probability,
                    "in_scope": result.in_scope, "language": result.language,
                    "level": result.safety.level, "reasons": result.safety.reasons,
                    "categories": [c["slug"] for c in result.safety.categories],
                    "units": unit_texts,
                    "screen": reference_scores(matcher.semantic, unit_vectors, question.language)
                    if matcher.semantic is not None else {},
                }
                out.write(json.dumps(row) + "\n")
                count += 1
    print(f"{count} questions from {len(files)} files in {time.perf_counter() - start:.0f} s -> {target}",
          file=sys.stderr)


def differences(a, b, where: str) -> list[str]:
    if isinstance(a, float) or isinstance(b, float):
        if a is None or b is None or not math.isclose(a, b, rel_tol=0, abs_tol=TOLERANCE):
            return [f"{where}: {a} != {b}"]
        return []
    if isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            return [f"{where}: keys {sorted(a)} != {sorted(b)}"]
        return [d for key in a for d in differences(a[key], b[key], f"{where}.{key}")]
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [f"{where}: {len(a)} items != {len(b)}"]
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in differences(x, y, f"{where}[{i}]")]
    return [] if a == b else [f"{where}: {a!r} != {b!r}"]


def read_dump(paths: list[Path]) -> dict:
    """Dumps (one or several, e.g. shards run side by side) as {(file, id): line}; a line cut short
    by a dump still running is left out."""
    out = {}
    for path in paths:
        for line in path.read_text().splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            out.setdefault((row.get("file"), row.get("id")), row)
    return out


def diff(before: list[Path], after: list[Path], complete: bool = True) -> int:
    """complete=False compares the questions both sides have (dumps still running)."""
    old, new = read_dump(before), read_dump(after)
    keys = [key for key in old if key in new]
    missing = len(set(old) ^ set(new))
    found = [] if not missing or not complete else [f"{missing} questions in one dump only"]
    worst = 0.0
    for a, b in ((old[key], new[key]) for key in keys):
        found += differences(a, b, f"{a.get('file')}:{a.get('id')}")
        for name, values in a.get("screen", {}).items():
            for x, y in zip(values, b.get("screen", {}).get(name, [])):
                worst = max(worst, abs(x - y))
    for line in found[:50]:
        print(line)
    files = len({key[0] for key in keys})
    print(f"{len(keys)} questions of {files} files compared, {len(found)} differences "
          f"(largest screen similarity change {worst:.2e}); {missing} in one dump only")
    return 1 if found else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("target", type=Path)
    d.add_argument("files", nargs="*", type=Path)
    c = sub.add_parser("diff")
    c.add_argument("--before", type=Path, nargs="+", required=True)
    c.add_argument("--after", type=Path, nargs="+", required=True)
    c.add_argument("--partial", action="store_true", help="compare what both have (dumps still running)")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.target, args.files or sorted((ROOT / "evals").glob("*.jsonl")))
    else:
        sys.exit(diff(args.before, args.after, complete=not args.partial))


if __name__ == "__main__":
    main()
