"""The JSON API: the twin of every page, from the same contexts."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field, field_validator

from .. import context


class ErrorBody(BaseModel):
    """Every error the API answers, whatever its cause."""

    status: int = Field(description="The HTTP status again.")
    error: str = Field(description="One sentence saying what was wrong and, where it helps, what to send instead.")


def errors(*statuses: int) -> dict:
    return {status: {"model": ErrorBody, "description": ERROR_CAUSES[status]} for status in statuses}


ERROR_CAUSES = {
    400: "The body could not be read as JSON (for example nested too deeply).",
    404: "No such topic, band or story.",
    405: "That path does not take this method (the Allow header lists those it takes).",
    413: "The body is over 64 KB, or the question over 4,000 characters.",
    422: "A field is missing, of the wrong type, or not usable: an empty question, an age that is "
         "not one, an unknown voice, text that is not valid Unicode.",
    503: "Busy (too many questions at once) or warming up (the index is being built): try again after "
         "the Retry-After header's seconds.",
}
router = APIRouter(prefix="/api", tags=["api"], responses=errors(405, 413))
QUESTION_ERRORS = errors(400, 422, 503)


class Question(BaseModel):
    text: str = Field(description="What is happening, in the parent's words (up to 4,000 characters).")
    age: float | str | None = Field(None, description="Years (3, 4.5) or months ('18m'); optional.")

    @field_validator("age", mode="before")
    @classmethod
    def _not_a_boolean(cls, value):
        if isinstance(value, bool):  # pydantic would take true as 1.0: a one-year-old nobody mentioned
            raise ValueError(f"{str(value).lower()} is not an age: give years like 3 or 4.5, or months like 18m")
        return value


class MatchQuestion(Question):
    safe_now: bool = Field(False, description="The parent says no one is in danger right now: an emergency that only a "
                                              "trained reading found (`safety.can_set_aside`) is set aside, its help kept "
                                              "first, and the question is matched too. One a rule found stays.")


class AskQuestion(MatchQuestion):
    voice: str = Field("warm", description="Narrator voice: 'warm' or 'plain'.")


def _inara(request: Request):
    return request.app.state.inara


@router.post("/match", summary="Safety screen, age and ranked topics for a question", responses=QUESTION_ERRORS)
async def match(request: Request, question: MatchQuestion) -> dict:
    inara = _inara(request)
    read = inara.question(question.text, question.age)  # checked before it waits for a worker
    result = await request.app.state.capacity.run(inara.match, read, None, question.safe_now)
    return result.as_dict()


@router.post("/ask", summary="The full answer: safety message, or guide, or what Inara covers",
             responses=QUESTION_ERRORS)
async def ask(request: Request, question: AskQuestion) -> dict:
    inara = _inara(request)
    voice, read = inara.voice(question.voice), inara.question(question.text, question.age)
    answer = await request.app.state.capacity.run(inara.ask, read, None, voice, question.safe_now)
    return answer.as_dict()


@router.get("/topics", summary="Topics and age bands (the home page)")
def topics(request: Request) -> dict:
    return context.home(_inara(request))


@router.get("/guides/{band}", summary="The guides for one age band", responses=errors(404, 422))
def band(request: Request, band: str) -> dict:
    return context.band_page(_inara(request), band)


@router.get("/guides/{topic}/{band}", summary="One composed guide", responses=errors(404, 422))
def guide(request: Request, topic: str, band: str, voice: str = "warm") -> dict:
    from ...render import guide_data

    inara = _inara(request)
    return guide_data(inara.guide(topic, band, voice))


@router.get("/stories", summary="Stories, filtered by age and therapeutic goal", responses=errors(404, 422))
def stories(request: Request, age: str = "", goal: str = "") -> dict:
    return context.story_list(_inara(request), age, goal)


@router.get("/stories/{slug}", summary="One story", responses=errors(404, 422))
def story(request: Request, slug: str) -> dict:
    return context.story_page(_inara(request), slug)


@router.get("/ladder", summary="The independence ladder, by band")
def ladder(request: Request) -> dict:
    return context.ladder(_inara(request))


@router.get("/references", summary="The evidence base, with the guides citing each work")
def references(request: Request) -> dict:
    return context.references(_inara(request))
