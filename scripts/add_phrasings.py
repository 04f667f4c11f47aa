"""Append new parent phrasings to topic cards, the way the editor's pass does it.

    python3 scripts/add_phrasings.py FOLDER [--dry-run]

FOLDER holds `<slug>.txt` files, one phrasing per line. Each line is appended to the `examples`
list of `inara/library/topics/<slug>.yaml` (its text as YAML writes it, the rest of the card's file
untouched), unless it repeats a phrasing the card has (the same words, ignoring case and
punctuation) or comes near one (four fifths of its words shared, either way), or repeats another
new line. Prints what was added and dropped per topic; run `inara check` after.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
TOPICS = ROOT / "inara" / "library" / "topics"
NEAR = 0.8


def words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9']+", text.lower()))


def near(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return a == b
    shared = len(a & b)
    return shared / len(a) >= NEAR and shared / len(b) >= NEAR


def add(card: Path, lines: list[str], dry_run: bool) -> tuple[int, list[str]]:
    text = card.read_text(encoding="utf-8")
    existing = [words(e) for e in yaml.safe_load(text).get("examples", [])]
    kept, dropped = [], []
    for line in lines:
        w = words(line)
        if any(near(w, e) for e in existing):
            dropped.append(line)
            continue
        existing.append(w)
        kept.append(line)
    if not kept or dry_run:
        return len(kept), dropped
    start = re.search(r"^examples:\n", text, re.M)
    if start is None:
        raise SystemExit(f"{card}: no examples list")
    after = re.search(r"^\S", text[start.end():], re.M)  # the next top-level key, or the end
    end = start.end() + (after.start() if after else len(text[start.end():]))
    block = "".join("  " + yaml.safe_dump([line], allow_unicode=True, width=10**6) for line in kept)
    body = text[:end] if text[:end].endswith("\n") else text[:end] + "\n"
    card.write_text(body + block + text[end:], encoding="utf-8")
    reread = yaml.safe_load(card.read_text(encoding="utf-8"))["examples"]
    assert reread[-len(kept):] == kept if not after else all(k in reread for k in kept), card
    return len(kept), dropped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    total = 0
    for path in sorted(args.folder.glob("*.txt")):
        card = TOPICS / f"{path.stem}.yaml"
        if not card.exists():
            sys.exit(f"{path}: no topic card {card.name}")
        lines = [l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
        n, dropped = add(card, lines, args.dry_run)
        total += n
        print(f"{path.stem}: {n} added, {len(dropped)} dropped" + "".join(f"\n    dropped: {d}" for d in dropped))
    print(f"{total} phrasings {'would be ' if args.dry_run else ''}added")


if __name__ == "__main__":
    main()
