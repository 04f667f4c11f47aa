"""A composed guide, an answer or a story as Markdown."""

from __future__ import annotations

from ..compose.guide import ComposedGuide
from ..content.models import Story
from ..matching.matcher import MatchResult
from ..matching.safety import GUIDE_MEANTIME, safety_text, set_aside_text
from ..vocab import BAND_LABELS
from .common import apa, paragraphs


def _block(text: str) -> str:
    return "\n\n".join(paragraphs(text))


def guide_markdown(composed: ComposedGuide) -> str:
    g = composed.guide
    out = [f"# {g.title}", f"*{composed.band_label} · {composed.topic.title}*"]
    out += [f"> {note}" for note in composed.notes]
    out += first_screen_markdown(composed)
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
    if g.conversation:
        talk = g.conversation
        out += [f"## A conversation to have: {talk.title}", f"> **You could start with:** {talk.opener}", _block(talk.body)]
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


def first_screen_markdown(composed: ComposedGuide) -> list[str]:
    """In short, the first scripts and when to get help: what leads every format."""
    first = composed.first
    out = ["## In short", first.what]
    out += [f"> **Try saying:** {script}" for script in first.try_first]
    if first.get_help:
        out += ["### When to get help", "\n".join(f"- {sign}" for sign in first.get_help)]
    return out


def safety_markdown(match: MatchResult) -> str:
    s = match.safety
    out = [f"## {safety_text(s.language, 'get_help' if s.level == 'urgent' else 'talk_to_professional')}"]
    if s.level == "urgent" and s.categories:
        out.append(f"**{safety_text(s.language, 'act_now')}**")
    for c in s.categories:
        out.append(f"**{c['title']}** {c['do_now']}\n\n{c['call']}")
        if c.get("say") and s.level == "urgent":
            out.append(f"> {c['say']}")
    if s.numbers and s.level == "urgent":
        out.append(" · ".join(f"{n['label']}: {n['number']}" for n in s.numbers))
    if not s.categories:  # an older result without categories
        out += ["\n".join(f"- {reason}" for reason in s.reasons), f"**{s.message}**"]
    if s.level == "see-professional" and s.language == "en":  # a question in another language gets no guide
        out.append(GUIDE_MEANTIME)
    if s.set_aside:
        out.append(f"*{set_aside_text(s.language, 'done')}*")
    elif s.can_set_aside:
        out.append(f"*{set_aside_text(s.language, 'offer')}* (`inara ask` again with `--safe-now`)")
    return "\n\n".join(out) + "\n"


def no_guide_markdown(no_guide) -> str:
    out = [f"# {no_guide.headline}", no_guide.understood]
    if no_guide.nearest:
        out.append("## The nearest guides, and why they may still help")
        out.append("\n".join(f"- **{n.guide.title}** ({BAND_LABELS[n.guide.band]}): {n.why}" for n in no_guide.nearest))
    if no_guide.principles:
        out += ["## What helps in almost any hard moment at this age", no_guide.principles.intro]
        out.append("\n".join(
            f"- **{p.title}.** {p.body} " + " ".join(f"[{no_guide.citation(r)}]" for r in p.refs)
            for p in no_guide.principles.principles))
    out += ["## Where parents usually find help with this", no_guide.where_to_go]
    if no_guide.references:
        out.append("## References")
        out.append("\n".join(f"{n}. {apa(r)} {r.link}" for n, r in no_guide.references))
    return "\n\n".join(out) + "\n"


def answer_markdown(answer) -> str:
    """The whole answer: the safety message first, then the guide, the "no guide yet" answer, or
    what Inara covers; a close second topic is offered as "Is it more like ...?"."""
    match = answer.match
    if answer.kind == "urgent":
        return safety_markdown(match)
    parts = []
    if match.safety.level != "ok":
        parts.append(safety_markdown(match))
    if match.english_sentences_only:  # another language, matched on its English sentences
        parts.append(f"*{match.language_note}*\n")
    if answer.kind in ("other-language", "out-of-scope"):
        parts.append((match.message or "") + "\n")
    elif answer.no_guide is not None:
        parts.append(no_guide_markdown(answer.no_guide))
    elif answer.guide is not None:
        text = guide_markdown(answer.guide)
        if answer.alternative:  # under the title and band line, as the web page shows it
            alt = answer.alternative
            title, rest = text.split("\n\n", 1)
            band, rest = rest.split("\n\n", 1)
            text = (f"{title}\n\n{band}\n\n*Is it more like **{alt['title']}** ({BAND_LABELS[alt['band']]})? "
                    f"`inara guide {alt['topic']} --band {alt['band']}`*\n\n{rest}")
        parts.append(text)
    return "\n".join(parts)


def story_markdown(story: Story, name: str | None = None, pronouns: str | None = None) -> str:
    from ..compose.personalise import personalise, personalise_title

    text = personalise(story, name, pronouns) if name or pronouns else story.text
    return "\n\n".join([
        f"# {personalise_title(story, pronouns)}", f"*For ages {story.ages[0]}-{story.ages[1]}.* {story.synopsis}", text,
        f"**Key lesson:** {story.key_lesson}", f"**After reading together:** {story.talking_point}",
    ]) + "\n"
