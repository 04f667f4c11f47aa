"""Top-1 / top-3 of a topic set by part (the id's second field: nh35-a-001 -> a) and for issue 8's twelve and
issue 9's thirteen topics, as `inara eval` counts them (a label read as the child's band has it).

    python3 evals/scripts/topic_parts.py evals/new-topics-heldout-35.jsonl
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from inara import Inara  # noqa: E402
from inara.evaluate import evaluate, read_items  # noqa: E402

ISSUE_8 = {"defiance-and-not-listening", "lying-and-stealing", "screen-time-and-gaming", "whining-and-attention-seeking",
           "toilet-training-and-bedwetting", "starting-nursery-and-school", "habits-and-tics", "sensitive-child",
           "development-checks", "grief-and-loss", "family-changes", "parent-stress-and-burnout"}
ISSUE_9 = {"phones-and-social-media", "bullying", "friendships-and-loneliness", "school-avoidance", "homework-and-motivation",
           "peer-pressure-and-risk-taking", "alcohol-vaping-and-drugs", "dating-and-relationships", "puberty-and-body-changes",
           "body-image", "bodies-and-sex-questions", "aggression-and-destructive-behaviour", "low-mood-and-worry"}


def main() -> None:
    inara = Inara()
    items = read_items(Path(sys.argv[1]))
    groups: dict[str, list[dict]] = collections.defaultdict(list)
    for item in items:
        groups[f"part {str(item.get('id', '')).split('-')[1]}"].append(item)
        topic = item.get("expected_topic")
        if topic in ISSUE_8:
            groups["issue 8's twelve"].append(item)
        elif topic in ISSUE_9:
            groups["issue 9's thirteen"].append(item)
    for name, rows in sorted(groups.items()):
        metrics = evaluate(inara.match, rows, inara.matcher.guide_topic).metrics
        print(f"{name}: {len(rows)} questions, top-1 {metrics['top1']:.4f}, top-3 {metrics['top3']:.4f}")


if __name__ == "__main__":
    main()
