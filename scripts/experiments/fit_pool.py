"""Pooled "does a guide fit?" outcomes over groups of eval sets, in the tree it is run from: for the fitting
questions the share answered with the right guide, told "no guide yet" and given a wrong guide; for the questions
no topic covers the share given a guide. Candidate F-nh3's measurement (evals/results/fit-nh3-plan.md); run it in
main's tree and a candidate's worktree in the same session to compare.

    python3 scripts/experiments/fit_pool.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))  # the tree it is run from (main's, or a candidate's worktree)

from inara import Inara  # noqa: E402
from inara.evaluate import evaluate, read_items, with_acceptable  # noqa: E402
from inara.settings import Settings  # noqa: E402

RELABEL = Path("evals/relabel-42-topics.jsonl")
# name -> (files, whether the 42-topic relabel applies: the sets labelled against the first 17 topics)
GROUPS = {
    "nh51-57": ([f"evals/new-topics-heldout-{n}.jsonl" for n in range(51, 58)], False),
    "blind-reach-13-21": ([f"evals/blind-reach-{n}.jsonl" for n in range(13, 22)], False),
    "dev": (["evals/dev.jsonl"], True),
    "blind-3": (["evals/blind-3.jsonl"], True),
    "shared": (["../shared/evals/dev.jsonl"], True),
    "no-guide-test,-3": (["evals/no-guide-test.jsonl", "evals/no-guide-test-3.jsonl"], False),
}


def share(row: dict, outcomes: tuple[str, ...]) -> str:
    total = sum(row.values())
    hits = sum(row.get(outcome, 0) for outcome in outcomes)
    return f"{hits}/{total}={hits / total:.4f}" if total else "n/a"


def main() -> None:
    inara = Inara(**Settings.from_environment().options())
    for name, (files, relabel) in GROUPS.items():
        items = [item for path in files for item in read_items(Path(path))]
        if relabel:
            with_acceptable(items, RELABEL)
        confusion = evaluate(inara.match, items, inara.matcher.guide_topic).counts["confusion"]
        fit, none = confusion.get("fit", {}), confusion.get("no-guide", {})
        print(f"{name}: fit n={sum(fit.values())} right {share(fit, ('fit', 'close-call'))} "
              f"no-guide {share(fit, ('no-guide',))} wrong {share(fit, ('wrong-guide',))} | "
              f"no-guide n={sum(none.values())} given a guide {share(none, ('fit', 'close-call'))}", flush=True)


if __name__ == "__main__":
    main()
