"""Safety figures for a labelled set, by level, category and language.

    python3 evals/scripts/safety_report.py evals/blind-safety-4.jsonl [--misses]

Urgent recall counts an urgent question answered `urgent`; see-professional recall counts one
flagged at either level; a false alarm is an ordinary (`ok`) question flagged at any level.
Each line needs `text`, `safety`, and may have `category`, `language`, `age_years`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from inara import Inara  # noqa: E402
from inara.errors import BadInput  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    items = [json.loads(line) for line in Path(args.file).read_text().splitlines() if line.strip()]
    from inara.settings import Settings

    inara = Inara(**Settings.from_environment().options())  # INARA_DB, INARA_REGION, ...
    rows = []
    refused = 0
    for item in items:
        try:
            result = inara.match(item["text"], item.get("age_years"))
        except BadInput:  # an age outside 1-17 and nothing flagged: the parent gets that sentence, no help line
            refused += 1
            rows.append((item, "ok", None, "?"))
            continue
        rows.append((item, result.safety.level, result.safety.category, result.language))
    def share(selected, ok):
        hits = sum(1 for r in selected if ok(r))
        return f"{hits}/{len(selected)} = {hits / len(selected):.3f}" if selected else "n/a"
    urgent = [r for r in rows if r[0]["safety"] == "urgent"]
    prof = [r for r in rows if r[0]["safety"] == "see-professional"]
    ordinary = [r for r in rows if r[0]["safety"] == "ok"]
    print(f"urgent recall (answered urgent):        {share(urgent, lambda r: r[1] == 'urgent')}")
    print(f"urgent flagged at either level:         {share(urgent, lambda r: r[1] != 'ok')}")
    print(f"see-professional recall (either level): {share(prof, lambda r: r[1] != 'ok')}")
    print(f"false alarms on ordinary look-alikes:   {share(ordinary, lambda r: r[1] != 'ok')}")
    print(f"  of which urgent:                      {share(ordinary, lambda r: r[1] == 'urgent')}")
    if refused:
        print(f"refused for an age outside 1-17 (counted as ok): {refused}")
    by_category = defaultdict(list)
    for r in urgent + prof:
        by_category[(r[0]["safety"], r[0].get("category", "?"))].append(r)
    print("by category (urgent: answered urgent; see-professional: flagged at either level; right category leads):")
    for (level, category), selected in sorted(by_category.items()):
        caught = (lambda r: r[1] == "urgent") if level == "urgent" else (lambda r: r[1] != "ok")
        print(f"  {level:17} {category:22} {share(selected, caught):16}  category first: "
              f"{share(selected, lambda r: r[2] == category)}")
    by_language = defaultdict(list)
    for r in rows:
        by_language[r[0].get("language", "en")].append(r)
    print("by language (urgent recall / ordinary flagged / detected as that language):")
    for language, selected in sorted(by_language.items()):
        u = [r for r in selected if r[0]["safety"] == "urgent"]
        o = [r for r in selected if r[0]["safety"] == "ok"]
        print(f"  {language}: urgent {share(u, lambda r: r[1] == 'urgent')}, ordinary flagged {share(o, lambda r: r[1] != 'ok')}, "
              f"detected {share(selected, lambda r: r[3] == language)}")
    if args.misses:
        for item, level, category, language in rows:
            wrong = (item["safety"] == "urgent" and level != "urgent") or (item["safety"] == "see-professional" and level == "ok") \
                or (item["safety"] == "ok" and level != "ok")
            if wrong:
                print(f"MISS {item.get('id')} [{item['safety']}/{item.get('category')}] got {level}/{category}: {item['text'][:150]}")


if __name__ == "__main__":
    main()
