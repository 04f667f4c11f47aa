"""The JSON API: the twin of every page, from the same contexts."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from .. import context

router = APIRouter(prefix="/api", tags=["api"])


class Question(BaseModel):
    text: str = Field(description="What is happening, in the parent's words (up to 4,000 characters).")
    age: float | str | None = Field(None, description="Years (3, 4.5) or months ('18m'); optional.")


class AskQuestion(Question):
    voice: str = Field("warm", description="Narrator voice: 'warm' or 'plain'.")


def _inara(request: Request):
    return request.app.state.inara


def _age(age):
    return context.check_age_field(None if age is None else str(age))


@router.post("/match", summary="Safety screen, age and ranked topics for a question")
def match(request: Request, question: Question) -> dict:
    return _inara(request).match(question.text, _age(question.age)).as_dict()


@router.post("/ask", summary="The full answer: safety message, or guide, or what Inara covers")
def ask(request: Request, question: AskQuestion) -> dict:
    inara = _inara(request)
    return inara.ask(question.text, _age(question.age), context.voice_name(inara, question.voice)).as_dict()


@router.get("/topics", summary="Topics and age bands (the home page)")
def topics(request: Request) -> dict:
    return context.home(_inara(request))


@router.get("/guides/{band}", summary="The guides for one age band")
def band(request: Request, band: str) -> dict:
    return context.band_page(_inara(request), band)


@router.get("/guides/{topic}/{band}", summary="One composed guide")
def guide(request: Request, topic: str, band: str, voice: str = "warm") -> dict:
    from ...render.transcript import transcript

    inara = _inara(request)
    composed = inara.guide(topic, band, context.voice_name(inara, voice))
    return composed.as_dict() | {"transcript": transcript(composed)}


@router.get("/stories", summary="Stories, filtered by age and therapeutic goal")
def stories(request: Request, age: str = "", goal: str = "") -> dict:
    return context.story_list(_inara(request), age, goal)


@router.get("/stories/{slug}", summary="One story")
def story(request: Request, slug: str) -> dict:
    return context.story_page(_inara(request), slug)


@router.get("/ladder", summary="The independence ladder, by band")
def ladder(request: Request) -> dict:
    return context.ladder(_inara(request))


@router.get("/references", summary="The evidence base, with the guides citing each work")
def references(request: Request) -> dict:
    return context.references(_inara(request))
