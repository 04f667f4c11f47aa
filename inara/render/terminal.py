"""Rich output for a terminal: headings, panels for the safety message and scripts."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markdown import Markdown
from rich.panel import Panel
from rich.text import Text

from ..app import Answer
from ..compose.guide import ComposedGuide
from .markdown import guide_markdown


def safety_panel(answer: Answer) -> Panel:
    s = answer.match.safety
    urgent = s.level == "urgent"
    body = Group(*(Text(f"• {reason}") for reason in s.reasons), Text(""), Text(s.message, style="bold"))
    return Panel(body, title="Please get help now" if urgent else "Please talk to a professional",
                 border_style="red" if urgent else "yellow", padding=(1, 2))


def print_guide(console: Console, composed: ComposedGuide) -> None:
    console.print(Markdown(guide_markdown(composed)))


def print_answer(console: Console, answer: Answer) -> None:
    if answer.match.safety.level != "ok":
        console.print(safety_panel(answer))
    if answer.kind == "urgent":
        return
    if answer.kind == "out-of-scope":
        console.print(Panel(Text(answer.match.message or ""), title="Outside what Inara covers", padding=(1, 2)))
        return
    if answer.guide is not None:
        print_guide(console, answer.guide)
