"""HTML pages: home and ask, guide browsing, a guide, the ladder, the references."""

from __future__ import annotations

from functools import lru_cache

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse

from ...errors import InaraError, printable
from ...render.html import answer_page, guide_page, render
from .. import context
from . import audio as listen
from . import pages_of

router = APIRouter(include_in_schema=False)
router.include_router(listen.router)  # /audio/...: the Listen control's files
page = pages_of(router)


def _inara(request: Request):
    return request.app.state.inara


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    return render("home.html", **context.home(_inara(request)), form={}, error=None)


ASK_AGAIN = ("Answers are not kept at an address, so what you typed stays private. Ask again below, "
             "or open a guide from the lists: each guide has its own link to keep or share.")


@router.get("/ask", response_class=HTMLResponse)
def ask_again(request: Request):
    """A bookmarked or reloaded answer: the question was never in the URL, so say so kindly."""
    return render("home.html", **context.home(_inara(request)), form={}, error=None, notice=ASK_AGAIN)


@router.post("/ask", response_class=HTMLResponse)
async def ask(request: Request, q: str = Form(""), age: str = Form(""), voice: str = Form("warm"),
              safe_now: str = Form("")):
    """safe_now: the urgent answer's "no one is in danger right now" button (Inara.ask)."""
    inara = _inara(request)
    try:
        voice, question = inara.voice(voice), inara.question(q, age)  # checked before it waits for a worker
        answer = await request.app.state.capacity.run(inara.ask, question, None, voice, bool(safe_now))
    except InaraError as exc:  # show the form again with what they typed and one clear sentence
        page = render("home.html", **context.home(inara), form={"q": printable(q), "age": printable(age)},
                      error=printable(exc.message))
        return HTMLResponse(page, status_code=exc.status, headers=exc.headers)
    tracks = listen.listen_tracks(answer.guide, request.app.state.audio) if answer.guide else []
    return HTMLResponse(answer_page(answer, standalone=False, alternative=answer.alternative, listen=tracks,
                                    form={"q": q, "age": age}))


@page("/guides/")
def guides(request: Request):
    return render("guides.html", **context.home(_inara(request)))


@page("/guides/{band}/")
def band(request: Request, band: str):
    inara = _inara(request)
    if band in inara.library.topics:  # /guides/TOPIC/: ask the child's age before opening a guide
        return render("topic.html", **context.topic_page(inara, band))
    return render("band.html", **context.band_page(inara, band))


@page("/guides/{topic}/{band}/")
def guide(request: Request, topic: str, band: str, voice: str = "warm"):
    return HTMLResponse(_guide_html(_inara(request), topic, band, voice, request.app.state.audio))


@lru_cache(maxsize=512)
def _guide_html(inara, topic: str, band: str, voice: str, audio: bool) -> str:
    # A guide page depends only on the library (fixed for the app's life), these three values
    # and the app's audio setting, so it is rendered once; unknown values raise before anything
    # is cached.
    composed = inara.guide(topic, band, voice)
    return guide_page(composed, standalone=False, listen=listen.listen_tracks(composed, audio))


@page("/independence/")
def independence(request: Request):
    return render("ladder.html", **context.ladder(_inara(request)))


@page("/references/")
def references(request: Request):
    return render("references.html", **context.references(_inara(request)))

