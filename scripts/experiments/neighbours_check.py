"""The sentence screen's findings from `SemanticScreen.neighbours` (one product per question, each
label's nearest kept) against the mask-and-sort reference it replaced, on the same unit vectors:
every line the screen was trained on (scripts/train_safety.py's files, both halves of the
look-alikes, every language, data/safety_examples.yaml) and every eval question.

    python3 scripts/experiments/neighbours_check.py            # everything
    python3 scripts/experiments/neighbours_check.py --training --shard 0/2   # the training lines, half

The vectors are embedded in batches (a text's vector does not depend on its batch beyond float
noise, and both readings get the same ones), so this isolates the reading: the findings (level,
category, source, sentence), the order of categories (`nearness`) and the judge's unit rows must
be equal, bit for bit. benchmarks/same_answers.py is the end-to-end proof on the eval sets.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from inara import Inara  # noqa: E402
from inara.matching import safety_judge  # noqa: E402
from inara.matching.question import Question  # noqa: E402
from inara.settings import Settings  # noqa: E402


class Reference:
    """What the screen read before `Neighbours`: the product with every sentence, each kind of
    sentence by its mask (`SemanticScreen._nearest`, `SemanticScreen.category`, unchanged)."""

    def __init__(self, screen, vectors: np.ndarray, language: str):
        self.screen, self.language = screen, language
        self.sims = vectors @ screen.vectors.T
        self.written = screen.languages == language

    masks: dict = {}  # by labels and language: comparing 30,586 labels costs more than the reading

    def _mask(self, labels: list[str]) -> np.ndarray:
        key = (tuple(labels), self.language)
        if key not in Reference.masks:
            Reference.masks[key] = np.isin(self.screen.labels, labels) & self.written
        return Reference.masks[key]

    def has(self, labels: list[str]) -> bool:
        return bool(self._mask(labels).any())

    def mean(self, labels: list[str]) -> np.ndarray:
        return self.screen._nearest(self.sims, self._mask(labels))

    def category(self, row: int, labels: list[str]) -> str:
        return self.screen.category(self.sims[row], self._mask(labels))


def texts(limit: int | None, training_only: bool = False) -> list[tuple[str, str, float | None]]:
    import train_safety as ts
    import yaml

    out = [(f"training:{path.relative_to(ts.DATA)}", line, None)
           for path in ts.data_files() if path.suffix == ".txt" for line in ts.read_lines(path)]
    old = yaml.safe_load(ts.EXEMPLARS.read_text(encoding="utf-8"))
    out += [("training:safety_examples.yaml", line, None)
            for level in ("urgent", "see-professional") for items in old[level].values() for line in items]
    out += [("training:safety_examples.yaml", line, None) for line in old["ok"]]
    for path in [] if training_only else sorted((ROOT / "evals").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line) if line.strip() else {}
            if "text" in item:
                out.append((path.name, item["text"], item.get("age_years")))
    seen, unique = set(), []
    for row in out:
        if (row[1], row[2]) not in seen:
            seen.add((row[1], row[2]))
            unique.append(row)
    return unique[:limit]


def reading(matcher, question: Question, vectors: np.ndarray, parts: list[str]):
    found = matcher.findings(question, vectors, parts)
    judge = safety_judge.load()
    rows = safety_judge.unit_features(matcher.semantic, vectors, parts, question.language, judge["categories"])
    return ([(f.level, f.category, f.source, f.sentence) for f in found],
            matcher.nearness(found, question, vectors), rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--training", action="store_true", help="the training lines only")
    parser.add_argument("--shard", default="0/1", help="i/n: every n-th text from the i-th")
    args = parser.parse_args()
    shard, shards = (int(x) for x in args.shard.split("/"))
    inara = Inara(**{k: v for k, v in Settings.from_environment().options().items() if k in ("db", "embedder")})
    matcher = inara.matcher
    screen, embedder = matcher.semantic, matcher.embedder
    fast = screen.neighbours
    items = texts(None, args.training)
    random.Random(0).shuffle(items)  # a run cut short has read a fair sample of every file
    items = items[:args.limit][shard::shards]
    checked = differences = flagged = 0
    for start in range(0, len(items), 256):
        batch = []
        for source, text, age in items[start:start + 256]:
            try:
                batch.append((source, Question.read(text, age)))
            except Exception:  # noqa: BLE001 (refused: nothing to screen)
                continue
        wholes = embedder.run([q.text for _, q in batch], 128, ("vectors", "screen"))[1]
        parts = [list(q.units) for _, q in batch]
        rest = [p for ps in parts for p in ps[1:]]
        units = embedder.screen.embed(rest, 128) if rest else np.zeros((0, 384), np.float32)
        at = 0
        for (source, question), ps, whole in zip(batch, parts, wholes):
            vectors = np.vstack([whole[None, :], units[at:at + len(ps) - 1]]).astype(np.float32)
            at += len(ps) - 1
            screen.neighbours = fast
            new = reading(matcher, question, vectors, ps)
            made: dict = {}  # one reference reading per array and language, as the screen keeps its own
            screen.neighbours = lambda v, language: made.setdefault((id(v), language), Reference(screen, v, language))
            old = reading(matcher, question, vectors.copy(), ps)
            screen.neighbours = fast
            same = new[0] == old[0] and new[1] == old[1] and np.array_equal(new[2], old[2])
            if not same:
                differences += 1
                print("DIFFERENT", source, question.text[:80], new[0], old[0], file=sys.stderr)
            checked += 1
            flagged += bool(new[0])
        print(f"{checked} of {len(items)} read, {differences} different", file=sys.stderr, flush=True)
    print(f"{checked} texts (training lines and eval questions), {flagged} with findings: {differences} read "
          "differently by Neighbours and by the reference")


if __name__ == "__main__":
    main()
