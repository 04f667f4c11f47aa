"""Read a library folder into typed models, collecting every problem.

Layout of a library folder:

    goals.yaml                  list of therapeutic goals
    topics/<slug>.yaml          one topic card each
    guides/<topic>/<band>.yaml  one guide each
    references/<id>.yaml        one reference each
    stories/<slug>.md           YAML front matter, then the story text
    ladder/<band>.yaml          independence ladder for one band
    principles/<band>.yaml      what holds for any hard moment at that age (when no guide fits)
    voices/<name>.yaml          narrator voices
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from ..errors import LibraryError, Problem
from .models import Goal, Guide, Ladder, Principles, Reference, Story, TopicCard, Voice

try:  # the C loader is several times faster; fall back where libyaml is missing
    YamlLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    YamlLoader = yaml.SafeLoader


@dataclass
class Library:
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


def default_library_path() -> Path:
    return Path(__file__).resolve().parent.parent / "library"


def content_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in {".yaml", ".yml", ".md"})


def content_hash(root: Path) -> str:
    """A hash of every content file's path and bytes: the index is rebuilt when it changes."""
    digest = hashlib.sha256()
    for path in content_files(root):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


class _Reader:
    def __init__(self, root: Path):
        self.root = root
        self.problems: list[Problem] = []

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return str(path)

    def problem(self, path: Path, field_name: str, expected: str) -> None:
        self.problems.append(Problem(self.rel(path), field_name, expected))

    def parse_yaml(self, path: Path, text: str | None = None) -> Any:
        try:
            return yaml.load(text if text is not None else path.read_text(encoding="utf-8"), Loader=YamlLoader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1}" if mark else ""
            self.problem(path, where, f"valid YAML ({getattr(exc, 'problem', exc)})")
        except UnicodeDecodeError:
            self.problem(path, "", "a UTF-8 text file")
        return None

    def parse_document(self, path: Path, expected: str) -> Any:
        """A whole YAML file; an empty one is a problem of its own (it would otherwise just be
        missing from the library, and whatever refers to it would be blamed instead)."""
        before = len(self.problems)
        data = self.parse_yaml(path)
        if data is None and len(self.problems) == before:
            self.problem(path, "", f"{expected} (the file is empty)")
        return data

    def validate(self, model: type[BaseModel], data: Any, path: Path, prefix: str = "") -> Any:
        if not isinstance(data, dict):
            self.problem(path, prefix, f"a mapping of {model.__name__} fields")
            return None
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            for error in exc.errors():
                loc = ".".join(str(part) for part in error["loc"])
                expected = _expected(error)
                if not loc and (named := re.match(r"^([a-z_.]+): ", expected)):
                    loc, expected = named.group(1), expected[named.end():]  # a check of the whole model names its field
                name = f"{prefix}.{loc}" if prefix and loc else prefix or loc
                self.problem(path, name, expected)
            return None


def _expected(error: dict[str, Any]) -> str:
    kind = error["type"]
    if kind == "missing":
        return "a value (this field is required)"
    if kind == "extra_forbidden":
        return "no such field (check the spelling)"
    if kind == "literal_error":
        return f"one of {error['ctx']['expected']}, got {error.get('input')!r}"
    if kind == "string_pattern_mismatch":
        return f"a lower-case slug like 'picky-eating', got {error.get('input')!r}"
    if kind == "too_short":
        return f"at least {error['ctx']['min_length']} items"
    message = error["msg"]
    return message.removeprefix("Value error, ")


def load_library(root: Path | str | None = None) -> Library:
    """Load and validate a library folder; raise LibraryError with every problem."""
    from .checks import check_library

    library, problems = read_library(root)
    problems += check_library(library, quality=False)  # editorial checks are for `inara check`, not serving
    if problems:
        raise LibraryError(problems)
    return library


def read_library(root: Path | str | None = None) -> tuple[Library, list[Problem]]:
    """Parse every file; return what validated and what did not."""
    root = Path(root) if root is not None else default_library_path()
    reader = _Reader(root)
    library = Library(root=root)
    if not root.is_dir():
        return library, [Problem(str(root), "", "a library folder (it does not exist)")]
    _read_goals(reader, library)
    _read_each(reader, library, "topics", TopicCard, "slug", library.topics, "topic")
    _read_each(reader, library, "references", Reference, "id", library.references, "reference")
    _read_each(reader, library, "ladder", Ladder, "band", library.ladders, "ladder")
    _read_each(reader, library, "principles", Principles, "band", library.principles, "principles")
    _read_each(reader, library, "voices", Voice, "name", library.voices, "voice")
    _read_guides(reader, library)
    _read_stories(reader, library)
    return library, reader.problems


def _yaml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*") if p.suffix in {".yaml", ".yml"}) if folder.is_dir() else []


def _read_goals(reader: _Reader, library: Library) -> None:
    path = reader.root / "goals.yaml"
    if not path.exists():
        reader.problem(path, "", "a goals.yaml file listing the therapeutic goals")
        return
    data = reader.parse_document(path, "a list of goals, each with slug, title and description")
    if data is None:
        return
    if not isinstance(data, list):
        reader.problem(path, "", "a list of goals, each with slug, title and description")
        return
    for index, item in enumerate(data):
        goal = reader.validate(Goal, item, path, prefix=f"[{index}]")
        if goal is None:
            continue
        if goal.slug in library.goals:
            reader.problem(path, f"[{index}].slug", f"a unique slug ('{goal.slug}' is listed twice)")
        library.goals[goal.slug] = goal


def _read_each(reader, library, folder, model, key_field, into, kind) -> None:
    for path in _yaml_files(reader.root / folder):
        data = reader.parse_document(path, f"a mapping of {model.__name__} fields")
        if data is None:
            continue
        item = reader.validate(model, data, path)
        if item is None:
            continue
        key = getattr(item, key_field)
        if key != path.stem:
            reader.problem(path, key_field, f"'{path.stem}' to match the file name, got '{key}'")
        if key in into:
            reader.problem(path, key_field, f"a unique {key_field} ('{key}' is also in {library.sources[(kind, key)]})")
            continue
        into[key] = item
        library.sources[(kind, key)] = reader.rel(path)


def _read_guides(reader: _Reader, library: Library) -> None:
    folder = reader.root / "guides"
    if not folder.is_dir():
        return
    for topic_dir in sorted(p for p in folder.iterdir() if p.is_dir()):
        for path in _yaml_files(topic_dir):
            data = reader.parse_document(path, "a mapping of Guide fields")
            if data is None:
                continue
            guide = reader.validate(Guide, data, path)
            if guide is None:
                continue
            if (guide.topic, guide.band) != (topic_dir.name, path.stem):
                reader.problem(
                    path, "topic/band", f"'{topic_dir.name}/{path.stem}' to match the path, got '{guide.key}'"
                )
            library.guides[guide.key] = guide
            library.sources[("guide", guide.key)] = reader.rel(path)


def split_front_matter(text: str) -> tuple[str, str] | None:
    """Split '---\\nyaml\\n---\\nbody' into (yaml, body); None if there is no front matter."""
    if not text.startswith("---"):
        return None
    parts = text.split("\n---", 1)
    if len(parts) != 2:
        return None
    head = parts[0][3:]
    body = parts[1].split("\n", 1)[1] if "\n" in parts[1] else ""
    return head, body


def _read_stories(reader: _Reader, library: Library) -> None:
    folder = reader.root / "stories"
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.md")):
        try:
            split = split_front_matter(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            reader.problem(path, "", "a UTF-8 text file")
            continue
        if split is None:
            reader.problem(path, "", "YAML front matter between '---' lines, then the story text")
            continue
        head, body = split
        data = reader.parse_yaml(path, head)
        if data is None:
            continue
        if isinstance(data, dict):
            data = {**data, "text": body.strip()}
        story = reader.validate(Story, data, path)
        if story is None:
            continue
        if story.slug != path.stem:
            reader.problem(path, "slug", f"'{path.stem}' to match the file name, got '{story.slug}'")
        if story.slug in library.stories:
            reader.problem(path, "slug", f"a unique slug ('{story.slug}' is also used)")
            continue
        library.stories[story.slug] = story
        library.sources[("story", story.slug)] = reader.rel(path)
