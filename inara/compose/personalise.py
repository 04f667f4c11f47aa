"""'Read it with your child's name': put a first name in place of the main character's.

The name is used for one rendering only; nothing stores or logs it.
"""

from __future__ import annotations

import re

from ..content.models import Story
from ..errors import BadInput

MAX_NAME = 30
NAME = re.compile(r"^[^\W\d_]+(?:[ '\-][^\W\d_]+)*$")


def check_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise BadInput("Please type your child's first name, or leave the story as it is.")
    if len(name) > MAX_NAME:
        raise BadInput(f"A first name of up to {MAX_NAME} letters, please.")
    if not NAME.match(name):
        raise BadInput("A first name uses letters, spaces, hyphens or apostrophes only.")
    return name


def main_character(story: Story) -> str:
    first = story.characters[0]
    return re.split(r"[,(]| - | the | a ", first, maxsplit=1)[0].strip()


def personalise(story: Story, name: str) -> str:
    name = check_name(name)
    hero = main_character(story)
    if not hero or hero.lower() in {"the", "a"}:
        return story.text
    return re.sub(rf"\b{re.escape(hero)}\b", name, story.text)
