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
    return render("story.html", **context.story_page(request.app.state.inara, slug), error=None, name="")


@page("/stories/{slug}/", "post")
def story_with_name(request: Request, slug: str, name: str = Form("")):
    """The name is used for this one response: never stored, never logged."""
    inara = request.app.state.inara
    try:
        return render("story.html", **context.story_page(inara, slug, name), error=None, name=name)
    except InaraError as exc:
        page = render("story.html", **context.story_page(inara, slug), error=exc.message, name=name[:100])
        return HTMLResponse(page, status_code=exc.status)
