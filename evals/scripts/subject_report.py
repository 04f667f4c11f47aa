"""Questions no topic covers, by subject: how many were handed a topic guide.

    INARA_DB=... python3 evals/scripts/subject_report.py evals/no-guide-test-2.jsonl

For a file of in-scope questions no topic covers (each with `subject`, and optionally
`near_topic`: the topic its writer thought it sits near), prints the share given a guide (a fit
or a close call, as `inara eval` counts `no_guide_given_a_guide`) overall, for the subjects near
a topic and near none, and per subject with the topics handed out. Counts only: no question text
is printed, so it may be run on a test split.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from inara import Inara  # noqa: E402
from inara.evaluate import _outcomes, read_items  # noqa: E402
from inara.settings import Settings  # noqa: E402


def main(path: str) -> None:
    items = read_items(Path(path))
    inara = Inara(**Settings.from_environment().options())
    given: dict[str, list[bool]] = defaultdict(list)
    topics: dict[str, Counter] = defaultdict(Counter)
    near: dict[str, str | None] = {}
    for item in items:
        result = inara.match(item["text"], item.get("age_years"))
        _truth, outcome = _outcomes(item, result)
        subject = item.get("subject", "?")
        near[subject] = item.get("near_topic")
        handed = outcome in ("fit", "close-call")
        given[subject].append(handed)
        if handed and result.topics:
            topics[subject][result.topics[0].slug] += 1

    def share(subjects) -> str:
        hits = [h for s in subjects for h in given[s]]
        return f"{sum(hits)}/{len(hits)} = {sum(hits) / len(hits):.3f}" if hits else "n/a"

    print(f"given a guide, all:            {share(given)}")
    print(f"given a guide, near a topic:   {share([s for s in given if near[s]])}")
    print(f"given a guide, near no topic:  {share([s for s in given if not near[s]])}")
    for subject in sorted(given, key=lambda s: (-sum(given[s]), s)):
        handed = ", ".join(f"{slug} {n}" for slug, n in topics[subject].most_common())
        print(f"  {subject:34} near {near[subject] or '-':28} {sum(given[subject])}/{len(given[subject])}  {handed}")


if __name__ == "__main__":
    main(sys.argv[1])
