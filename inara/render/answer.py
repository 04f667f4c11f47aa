"""One entry point for rendering an answer in any format, used by the CLI and the web alike."""

from __future__ import annotations

import json

FORMATS = ("terminal", "markdown", "html", "json", "transcript")


def render(answer, fmt: str) -> str:
    """The answer as text in `fmt`: the safety message first, the guide or the "no guide yet"
    answer, and a close second topic, in every format."""
    if fmt == "json":
        return json.dumps(answer.as_dict(), ensure_ascii=False, indent=2)
    if fmt == "markdown":
        from .markdown import answer_markdown

        return answer_markdown(answer)
    if fmt == "transcript":
        from .transcript import answer_transcript

        return answer_transcript(answer)
    if fmt == "html":
        from .html import answer_page

        return answer_page(answer)
    if fmt == "terminal":
        from io import StringIO

        from rich.console import Console

        from .terminal import print_answer

        buffer = StringIO()
        print_answer(Console(file=buffer, force_terminal=False, width=100), answer)
        return buffer.getvalue()
    raise ValueError(f"unknown format '{fmt}'; formats are: {', '.join(FORMATS)}")
