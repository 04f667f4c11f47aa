"""HTML pages: home and ask, guide browsing, a guide, the ladder, the references."""

from __future__ import annotations

from functools import lru_cache

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse

from ...errors import InaraError, printable
from ...render.html import answer_page, guide_page, render
from .. import context
from . import pages_of

router = APIRouter(include_in_schema=False)
page = pages_of(router)


def _inara(request: Request):
    return request.app.state.inara


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    return render("home.html", **context.home(_inara(request)), form={}, error=None)


@router.post("/ask", response_class=HTMLResponse)
async def ask(request: Request, q: str = Form(""), age: str = Form(""), voice: str = Form("warm")):
    inara = _inara(request)
    try:
        checked_age, voice = context.check_age_field(age), context.voice_name(inara, voice)
        answer = await request.app.state.capacity.run(inara.ask, q, checked_age, voice)
    except InaraError as exc:  # show the form again with what they typed and one clear sentence
        page = render("home.html", **context.home(inara), form={"q": printable(q), "age": printable(age)},
                      error=printable(exc.message))
        return HTMLResponse(page, status_code=exc.status, headers=exc.headers)
    return HTMLResponse(answer_page(answer, standalone=False, alternative=answer.alternative))


@page("/guides/")
def guides(request: Request):
    return render("guides.html", **context.home(_inara(request)))


@page("/guides/{band}/")
def band(request: Request, band: str):
    return render("band.html", **context.band_page(_inara(request), band))


@page("/guides/{topic}/{band}/")
def guide(request: Request, topic: str, band: str, voice: str = "warm"):
    return HTMLResponse(_guide_html(_inara(request), topic, band, voice))


@lru_cache(maxsize=512)
def _guide_html(inara, topic: str, band: str, voice: str) -> str:
    # A guide page depends only on the library (fixed for the app's life) and these three
    # values, so it is rendered once; unknown values raise before anything is cached.
    voice = context.voice_name(inara, voice)
    return guide_page(inara.guide(topic, band, voice), standalone=False)


@page("/independence/")
def independence(request: Request):
    return render("ladder.html", **context.ladder(_inara(request)))


@page("/references/")
def references(request: Request):
    return render("references.html", **context.references(_inara(request)))

