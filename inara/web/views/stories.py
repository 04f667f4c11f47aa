"""Story pages: the filterable library and the reading page (with the child's-name form)."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse

from ...errors import InaraError
from ...render.html import render
from .. import context

from . import pages_of

router = APIRouter(include_in_schema=False)
page = pages_of(router)


@page("/stories/")
def stories(request: Request, age: str = "", goal: str = ""):
    inara = request.app.state.inara
    try:
        return render("stories.html", **context.story_list(inara, age, goal), error=None)
    except InaraError as exc:
        page = render("stories.html", **context.story_list(inara), error=exc.message)
        return HTMLResponse(page, status_code=exc.status)


@page("/stories/{slug}/")
def story(request: Request, slug: str):
    return render("story.html", **context.story_page(request.app.state.inara, slug), error=None, name="",
                  pronouns="")


@page("/stories/{slug}/", "post")
def story_with_name(request: Request, slug: str, name: str = Form(""), pronouns: str = Form("")):
    """The name and pronouns are used for this one response: never stored, never logged.
    Either may be left empty; both empty asks for a name."""
    inara = request.app.state.inara
    pronouns = pronouns.strip()
    use_name = name if name.strip() or not pronouns else None
    try:
        page = context.story_page(inara, slug, use_name, pronouns or None)
        return render("story.html", **page, error=None, name=name, pronouns=pronouns)
    except InaraError as exc:
        page = render("story.html", **context.story_page(inara, slug), error=exc.message, name=name[:100],
                      pronouns="")
        return HTMLResponse(page, status_code=exc.status)
