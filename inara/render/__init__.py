"""Rendering: an answer or a guide as text in one of the formats, for the CLI and the web alike.

    >>> from inara import render
    >>> render.answer(answer, "markdown")      # the safety message first, then the guide
    >>> render.guide(composed, "transcript")

Each format shows the same things: the safety message, the guide or the "no guide yet" answer,
and a close second topic ("Is it more like ...?"). The modules beside this one (markdown.py,
transcript.py, html.py, terminal.py) build each format; the web pages call html.py directly for
their links and Listen controls. Imports happen per format, so rendering Markdown never loads
Jinja2 or Rich.
"""

from __future__ import annotations

import json

FORMATS = ("terminal", "markdown", "html", "json", "transcript")


def answer(answer, fmt: str, color: bool = False, width: int | None = None) -> str:
    """The answer as text in `fmt`. terminal: Rich's layout, with colour codes if `color`."""
    if fmt == "json":
        return _json(answer.as_dict())
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
        from .terminal import print_answer

        return _terminal(lambda console: print_answer(console, answer), color, width)
    raise ValueError(_unknown(fmt))


def guide(composed, fmt: str, color: bool = False, width: int | None = None) -> str:
    """A composed guide as text in `fmt`; json is guide_data()."""
    if fmt == "json":
        return _json(guide_data(composed))
    if fmt == "markdown":
        from .markdown import guide_markdown

        return guide_markdown(composed)
    if fmt == "transcript":
        from .transcript import transcript

        return transcript(composed)
    if fmt == "html":
        from .html import guide_page

        return guide_page(composed)
    if fmt == "terminal":
        from .terminal import print_guide

        return _terminal(lambda console: print_guide(console, composed), color, width)
    raise ValueError(_unknown(fmt))


def guide_data(composed) -> dict:
    """The one JSON shape of a guide (`inara guide --format json` and /api/guides/{topic}/{band}):
    the composed guide and its transcript."""
    from .transcript import transcript

    return composed.as_dict() | {"transcript": transcript(composed)}


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def _terminal(draw, color: bool, width: int | None) -> str:
    from io import StringIO

    from rich.console import Console

    buffer = StringIO()
    draw(Console(file=buffer, force_terminal=color, color_system="standard" if color else None, width=width or 100))
    return buffer.getvalue()


def _unknown(fmt: str) -> str:
    return f"unknown format '{fmt}'; formats are: {', '.join(FORMATS)}"
