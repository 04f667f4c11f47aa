"""Rich output for a terminal: headings, panels for the safety message and scripts."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markdown import Markdown
from rich.panel import Panel
from rich.text import Text

from ..compose.answer import Answer
from ..compose.guide import ComposedGuide
from ..matching.safety import safety_text, set_aside_text
from .markdown import guide_markdown


def safety_panel(answer: Answer) -> Panel:
    s = answer.match.safety
    urgent = s.level == "urgent"
    parts = []
    for c in s.categories:
        parts += [Text(c["title"], style="bold"), Text(c["do_now"]), Text(c["call"], style="bold")]
        if c.get("say") and urgent:
            parts.append(Text(c["say"], style="italic"))
        parts.append(Text(""))
    if urgent and s.numbers:
        parts.append(Text(" · ".join(f"{n['label']}: {n['number']}" for n in s.numbers), style="bold"))
    if not s.categories:
        parts = [*(Text(f"• {reason}") for reason in s.reasons), Text(""), Text(s.message, style="bold")]
    if s.set_aside:
        parts += [Text(""), Text(set_aside_text(s.language, "done"), style="italic")]
    elif s.can_set_aside:
        parts += [Text(""), Text(set_aside_text(s.language, "offer") + " Ask again with --safe-now.", style="italic")]
    title = safety_text(s.language, "get_help" if urgent else "talk_to_professional")
    return Panel(Group(*parts), title=title, border_style="red" if urgent else "yellow", padding=(1, 2))


def print_guide(console: Console, composed: ComposedGuide) -> None:
    console.print(Markdown(guide_markdown(composed)))


def print_answer(console: Console, answer: Answer) -> None:
    if answer.match.safety.level != "ok":
        console.print(safety_panel(answer))
    if answer.kind == "urgent":
        return
    if answer.match.english_sentences_only:  # another language, matched on its English sentences
        console.print(Panel(Text(answer.match.language_note), title="Inara answers in English", padding=(0, 2)))
    if answer.kind == "out-of-scope":
        console.print(Panel(Text(answer.match.message or ""), title="Outside what Inara covers", padding=(1, 2)))
        return
    if answer.kind == "other-language":
        console.print(Panel(Text(answer.match.message or ""), title="Inara answers in English", padding=(1, 2)))
        return
    if answer.no_guide is not None:
        from .markdown import no_guide_markdown

        console.print(Markdown(no_guide_markdown(answer.no_guide)))
        return
    if answer.guide is not None:
        if answer.alternative:
            alt = answer.alternative
            console.print(Panel(Text(f"Is it more like \"{alt['title']}\"? Try: inara guide {alt['topic']} --band {alt['band']}"),
                                border_style="cyan"))
        print_guide(console, answer.guide)
