"""Typed models for every kind of content in a library.

Files are written by people, so every model forbids unknown fields: a typo
in a field name is reported instead of silently ignored.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..vocab import TOPICS, Band, SafetyLevel

SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
Slug = Annotated[str, Field(pattern=SLUG)]
Text = Annotated[str, Field(min_length=1)]
DOI = r"^10\.\d{4,9}/\S+$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Goal(Strict):
    """A therapeutic goal: what a topic works on and what a story helps with."""

    slug: Slug
    title: Text
    description: Text


class RedFlag(Strict):
    sign: Text
    level: SafetyLevel = "see-professional"
    next_step: Text


class TopicCard(Strict):
    slug: Slug
    title: Text
    description: Text
    goals: list[Slug] = Field(min_length=1)
    bands: list[Band] = Field(min_length=1)
    # For a band the topic does not cover: the topic whose guide to show instead.
    nearest: dict[Band, Slug] = {}
    examples: list[Text] = Field(min_length=10)
    red_flags: list[RedFlag] = []

    @field_validator("slug")
    @classmethod
    def known_topic(cls, value: str) -> str:
        if value not in TOPICS:
            raise ValueError(f"'{value}' is not one of the 17 topics")
        return value


class Quote(Strict):
    text: Text
    locator: Text  # page or section where the verbatim words stand


class Reference(Strict):
    id: Slug
    authors: list[Text] = Field(min_length=1)
    year: int = Field(ge=1900, le=2026)
    title: Text
    venue: Text
    doi: str | None = None
    url: str | None = None
    finding: Text
    topics: list[Slug] = []
    quote: Quote | None = None
    checked: Text  # how and when the record was checked

    @field_validator("doi")
    @classmethod
    def doi_shape(cls, value: str | None) -> str | None:
        if value is not None and not re.match(DOI, value):
            raise ValueError("a DOI looks like 10.1037/0893-3200.10.3.243 (no https://doi.org/ prefix)")
        return value

    @field_validator("url")
    @classmethod
    def url_shape(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith("https://"):
            raise ValueError("a stable URL starts with https://")
        return value

    @model_validator(mode="after")
    def needs_locator(self) -> "Reference":
        if not (self.doi or self.url):
            raise ValueError("a reference needs a doi or a url so a reader can check it")
        return self

    @property
    def link(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else str(self.url)


class Finding(Strict):
    ref: Slug
    point: Text  # what the finding means for this age, in the guide's words


class Strategy(Strict):
    title: Text
    why: Text
    script: Text  # the exact words a parent can say


class Avoid(Strict):
    title: Text
    why: Text


class Perspective(Strict):
    title: Text
    body: Text


class Guide(Strict):
    topic: Slug
    band: Band
    title: Text
    summary: Text
    hook: Text
    reframe: Text
    why_at_this_age: Text
    research: list[Finding] = Field(min_length=1)
    perspective: Perspective
    strategies: list[Strategy]
    avoid: list[Avoid]
    closing: Text
    related: list[Text] = []  # "topic/band" links chosen by the editor; the composer fills the rest
    next: Text | None = None  # "topic/band" of the next guide in a series

    @property
    def key(self) -> str:
        return f"{self.topic}/{self.band}"


class Story(Strict):
    slug: Slug
    title: Text
    ages: tuple[int, int]
    goals: list[Slug] = Field(min_length=1)
    topics: list[Slug] = Field(min_length=1)
    characters: list[Text] = Field(min_length=1)
    synopsis: Text
    special: Text  # what makes it special
    key_lesson: Text
    talking_point: Text  # a question or activity for after reading
    text: Text

    @field_validator("ages")
    @classmethod
    def ordered(cls, value: tuple[int, int]) -> tuple[int, int]:
        low, high = value
        if not 1 <= low <= high <= 17:
            raise ValueError("ages is [youngest, oldest] with 1 <= youngest <= oldest <= 17")
        return value


class LadderStep(Strict):
    title: Text
    example: Text
    how: Text
    script: Text | None = None
    topics: list[Slug] = Field(min_length=1)


class Ladder(Strict):
    band: Band
    intro: Text
    steps: list[LadderStep] = Field(min_length=2)


class Voice(Strict):
    name: Slug
    narrator: Text
    description: Text
    greeting: Text
    goodbye: Text
    sign_off: Text
    research_intro: Text
    strategies_intro: Text
    avoid_intro: Text
    stories_intro: Text
    ladder_intro: Text
    sequence: list[Text] = Field(min_length=3)  # "First,", "Then,", ..., last is for the final item
