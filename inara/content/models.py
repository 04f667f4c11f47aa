"""Typed models for every kind of content in a library.

Files are written by people, so every model forbids unknown fields: a typo
in a field name is reported instead of silently ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..vocab import Band, SafetyLevel

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
    # What this topic is not about, and where those questions belong ("not about X: see Y").
    boundary: Text | None = None
    # One editor's sentence on why this topic's guide may still help when a question is near it
    # but not about it (shown in the "no guide yet" answer).
    also_helps: Text | None = None
    red_flags: list[RedFlag] = []


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


class InShort(Strict):
    """The first screen, written for the guide: what is going on, and what to say first."""

    what: Text  # two or three sentences
    try_first: list[Text] = Field(min_length=1, max_length=2)  # the one or two scripts to try first


class StoryChoice(Strict):
    """A story an editor chose for this guide, with one sentence on why, written for this guide."""

    slug: Slug
    why: Text


class Conversation(Strict):
    """For teens, in place of a picture book: a conversation to have."""

    title: Text
    opener: Text  # the words to start it
    body: Text  # how to carry it, what to listen for


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
    in_short: InShort | None = None
    when_to_get_help: list[Text] = []  # concrete thresholds: how long, how often, what comes with it
    stories: list[StoryChoice] = []  # editor-chosen stories, shown before any picked by goals
    conversation: Conversation | None = None
    related: list[Text] = []  # "topic/band" links chosen by the editor; the composer fills the rest
    next: Text | None = None  # "topic/band" of the next guide in a series

    @property
    def key(self) -> str:
        return f"{self.topic}/{self.band}"


class Hero(Strict):
    """The story's main character: who takes a child's name and pronouns when it is personalised."""

    name: Text
    pronouns: Literal["she", "he", "they"]
    nicknames: list[Text] = []  # other names the story calls them by, changed with the name


class Story(Strict):
    slug: Slug
    title: Text
    ages: tuple[int, int]
    goals: list[Slug] = Field(min_length=1)
    topics: list[Slug] = Field(min_length=1)
    characters: list[Text] = Field(min_length=1)
    hero: Hero
    synopsis: Text
    special: Text  # what makes it special
    key_lesson: Text
    talking_point: Text  # a question or activity for after reading
    text: Text  # as written in the file, with the hero's pronouns in braces: {she}, {her:obj}
    marked_text: str = Field("", exclude=True)

    @model_validator(mode="before")
    @classmethod
    def keep_the_marks(cls, data):
        """`text` is what readers see; the marked text is kept for personalising (content/marks.py)."""
        if isinstance(data, dict) and isinstance(data.get("text"), str) and "marked_text" not in data:
            from .marks import plain_text

            data = {**data, "marked_text": data["text"], "text": plain_text(data["text"])}
        return data

    @model_validator(mode="after")
    def marks_fit_the_hero(self):
        from .marks import read_marks

        marks, problems = read_marks(self.marked_text)
        for mark in marks:
            if mark.pronouns != self.hero.pronouns:
                line = self.marked_text.count("\n", 0, mark.start) + 1
                problems.append(f"line {line}: {{{mark.word}}} is not a {self.hero.pronouns} word, "
                                f"but hero.pronouns says {self.hero.name} is '{self.hero.pronouns}'")
        if not re.search(rf"(?<![\w-]){re.escape(self.hero.name)}(?![\w-])", self.text):
            problems.append(f"the hero's name '{self.hero.name}' somewhere in the text")
        if problems:
            raise ValueError("text: " + "; ".join(problems))
        return self

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


class Principle(Strict):
    title: Text
    body: Text
    refs: list[Slug] = Field(min_length=1)


class Principles(Strict):
    """What holds for almost any hard moment at an age: shown when no guide fits a question."""

    band: Band
    intro: Text
    principles: list[Principle] = Field(min_length=2)


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
    # A goodbye for a band whose child the general one does not fit ("that little one" is wrong
    # for a teenager); bands not listed use `goodbye`.
    goodbye_by_band: dict[Band, Text] = {}

    def goodbye_for(self, band: str) -> str:
        return self.goodbye_by_band.get(band, self.goodbye)


@dataclass
class Library:
    """Everything read from one library folder, by kind and key."""

    root: Path
    goals: dict[str, Goal] = field(default_factory=dict)
    topics: dict[str, TopicCard] = field(default_factory=dict)
    guides: dict[str, Guide] = field(default_factory=dict)  # key "topic/band"
    references: dict[str, Reference] = field(default_factory=dict)
    stories: dict[str, Story] = field(default_factory=dict)
    ladders: dict[str, Ladder] = field(default_factory=dict)
    principles: dict[str, Principles] = field(default_factory=dict)  # key: band
    voices: dict[str, Voice] = field(default_factory=dict)
    # Where each item came from, for messages: ("guide", "picky-eating/toddler") -> path
    sources: dict[tuple[str, str], str] = field(default_factory=dict)

    def guide(self, topic: str, band: str) -> Guide | None:
        return self.guides.get(f"{topic}/{band}")

    def source(self, kind: str, key: str) -> str:
        """The file an item came from, for messages (or a description when it came from none)."""
        return self.sources.get((kind, key), f"{kind} {key}")
