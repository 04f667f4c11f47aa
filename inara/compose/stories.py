"""Picking stories for a guide at compose time: shared therapeutic goals, and an age range that fits."""

from __future__ import annotations

from dataclasses import dataclass

from ..content.models import Guide, Library, Story
from ..vocab import BANDS


@dataclass(frozen=True)
class StoryPick:
    story: Story
    why: str
    shared_goals: tuple[str, ...]


def fits(story: Story, band: str | None = None, age: float | None = None) -> bool:
    low, high = story.ages
    if age is not None:
        return low <= int(age) <= high
    if band is not None:
        band_low, band_high = BANDS[band]
        return low <= band_high and high >= band_low
    return True


def pick_stories(library: Library, guide: Guide, age: float | None = None, limit: int = 3) -> list[StoryPick]:
    """The editor's choices for this guide first (with the editor's "why"), then stories picked by
    shared goals and age fit. Teens get none: their guides offer a conversation instead."""
    if guide.band == "teen":
        return []
    topic, band = guide.topic, guide.band
    card = library.topics[topic]
    chosen = [StoryPick(library.stories[c.slug], c.why, ()) for c in guide.stories
              if c.slug in library.stories and fits(library.stories[c.slug], band, age)]
    taken = {pick.story.slug for pick in chosen}
    scored = []
    for story in library.stories.values():
        if story.slug in taken:
            continue
        shared = tuple(goal for goal in card.goals if goal in story.goals)
        on_topic = topic in story.topics
        if not (shared or on_topic) or not fits(story, band, age):
            continue
        low, high = story.ages
        centre = age if age is not None else sum(BANDS[band]) / 2
        distance = 0 if low <= centre <= high else min(abs(centre - low), abs(centre - high))
        score = 2 * on_topic + len(shared) - 0.25 * distance
        scored.append((-score, story.title, story, shared))
    scored.sort(key=lambda item: item[:2])
    picked = [StoryPick(story, _why(library, story, shared), shared) for _, _, story, shared in scored]
    return (chosen + picked)[:max(limit, len(chosen))]


def _why(library: Library, story: Story, shared: tuple[str, ...]) -> str:
    low, high = story.ages
    ages = f"ages {low}-{high}" if low != high else f"age {low}"
    names = [library.goals[g].title.lower() for g in shared if g in library.goals]
    if names:  # goals.yaml may be broken (`inara check` says so); then the shared goals are unnamed
        goals = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        return f"Chosen because it works on {goals}, like this guide, and it is written for {ages}."
    if shared:
        return f"Chosen because it works on the same goals as this guide, and it is written for {ages}."
    return f"Chosen because it was written for this very situation, for {ages}."


def past_the_stories(library: Library, age: float | None) -> dict | None:
    """An age older than every story: a sentence and the guides to go to instead of "0 stories".

    The stories are picture books and chapter stories for younger children; an older child's guides
    offer a conversation to have together instead.
    """
    from ..vocab import BAND_LABELS, band_for_age

    if age is None or not library.stories:
        return None
    oldest = max(story.ages[1] for story in library.stories.values())
    years = int(age)
    if years <= oldest:
        return None
    band = band_for_age(age) or "teen"
    article = "an" if str(years).startswith(("8", "11", "18")) else "a"
    routes = [{"band": b, "label": BAND_LABELS[b], "url": f"guides/{b}/"} for b in dict.fromkeys([band, "teen"])]
    where = " and ".join(r["label"].split(" (")[0].lower() for r in routes)
    return {
        "message": (f"Inara's stories are written for children up to {oldest}, so there are none for {article} "
                    f"{years}-year-old. The guides for {where} have ideas for talking it through together instead."),
        "guides": routes,
    }
