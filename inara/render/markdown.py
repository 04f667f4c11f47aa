"""A composed guide, an answer or a story as Markdown."""

from __future__ import annotations

from ..compose.guide import ComposedGuide
from ..content.models import Story
from ..matching.matcher import MatchResult
from ..vocab import BAND_LABELS
from .common import apa, paragraphs


def _block(text: str) -> str:
    return "\n\n".join(paragraphs(text))


def guide_markdown(composed: ComposedGuide) -> str:
    g = composed.guide
    out = [f"# {g.title}", f"*{composed.band_label} · {composed.topic.title}*"]
    out += [f"> {note}" for note in composed.notes]
    out += [_block(g.hook), "## What is really going on", _block(g.reframe),
            "## Why it happens at this age", _block(g.why_at_this_age), "## What research says"]
    out += [f"{' '.join(paragraphs(f.point))} [{f.number}]" for f in composed.findings]
    out += [f"## Another way to see it: {g.perspective.title}", _block(g.perspective.body), "## What to do"]
    for index, strategy in enumerate(g.strategies, 1):
        out += [f"### {index}. {strategy.title}", _block(strategy.why), f"> **You can say:** {strategy.script}"]
    out.append("## What not to do")
    out.append("\n".join(f"- **{item.title}.** {' '.join(paragraphs(item.why))}" for item in g.avoid))
    if composed.stories:
        out.append("## Stories that can help")
        for pick in composed.stories:
            s = pick.story
            out += [f"### {s.title}", f"*Perfect for ages {s.ages[0]}-{s.ages[1]}.* {pick.why}",
                    f"**What makes it special:** {s.special}", f"**Key lesson:** {s.key_lesson}",
                    f"**After reading together:** {s.talking_point}"]
    if composed.ladder_step:
        step = composed.ladder_step
        out += ["## A next step toward independence", f"**{step.title}.** {step.example} {step.how}"]
        if step.script:
            out.append(f"> **You can say:** {step.script}")
    out += [_block(g.closing), f"*{composed.voice.sign_off}*"]
    if composed.related or composed.next:
        out.append("## Related guides")
        out.append("\n".join(f"- {r.title} ({BAND_LABELS[r.band]})" for r in composed.related))
        if composed.next:
            out.append(f"**Next:** {composed.next.title} ({BAND_LABELS[composed.next.band]})")
    out.append("## References")
    out.append("\n".join(f"{c.number}. {apa(c.reference)} {c.reference.link}" for c in composed.citations))
    return "\n\n".join(part for part in out if part) + "\n"


def safety_markdown(match: MatchResult) -> str:
    s = match.safety
    heading = "## Please get help now" if s.level == "urgent" else "## Please talk to a professional"
    reasons = "\n".join(f"- {reason}" for reason in s.reasons)
    return f"{heading}\n\n{reasons}\n\n**{s.message}**\n"


def answer_markdown(match: MatchResult, composed: ComposedGuide | None) -> str:
    if match.safety.level == "urgent":
        return safety_markdown(match)
    parts = []
    if match.safety.level == "see-professional":
        parts.append(safety_markdown(match))
    if not match.in_scope:
        parts.append(match.message or "")
    elif composed is not None:
        parts.append(guide_markdown(composed))
    return "\n".join(parts)


def story_markdown(story: Story, name: str | None = None) -> str:
    from ..compose.personalise import personalise

    text = personalise(story, name) if name else story.text
    return "\n\n".join([
        f"# {story.title}", f"*For ages {story.ages[0]}-{story.ages[1]}.* {story.synopsis}", text,
        f"**Key lesson:** {story.key_lesson}", f"**After reading together:** {story.talking_point}",
    ]) + "\n"
