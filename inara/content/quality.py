"""Editorial quality checks: reading level, story length, near-duplicates,
stories for every guide, spelling, and guides nobody links to.

The structural checks in checks.py say whether a library can be served at all;
these say whether it reads well. `inara check` runs both, and then the checks that
compose guides (inara/checking.py). Every threshold lives in inara/data/quality.yaml, with the
measurements it was set from; the project word list is inara/data/words.txt.

textstat and pyspellchecker are imported inside the functions that use them,
so importing this module stays cheap.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from ..errors import Problem
from ..vocab import BANDS, Band, band_for_age
from .loader import YamlLoader
from .models import Guide, Library, Story

DATA = Path(__file__).resolve().parent.parent / "data"
CONFIG_PATH = DATA / "quality.yaml"
CONFIG_NAME = "inara/data/quality.yaml"  # how messages name the file


# --- configuration -------------------------------------------------------------------------------


class _Config(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _every_band(value: dict) -> dict:
    missing = [band for band in BANDS if band not in value]
    if missing:
        raise ValueError(f"a value for every band, missing {missing}")
    return value


class ReadingLevel(_Config):
    # Only formulas built from counts that mean something on a few sentences.
    formula: Literal["flesch_kincaid_grade", "automated_readability_index", "coleman_liau_index"]
    stories: dict[Band, float]  # highest grade for a story, by the band of its youngest age
    scripts: dict[Band, float]  # highest grade for a guide's scripts taken together, by the guide's band

    @field_validator("stories", "scripts")
    @classmethod
    def every_band(cls, value: dict) -> dict:
        return _every_band(value)


class NearDuplicates(_Config):
    shingle: int = Field(ge=1, le=10)  # words per shingle
    threshold: float = Field(gt=0, le=1)  # containment at or above this is reported


class StoriesPerGuide(_Config):
    min: int = Field(ge=0)
    bands: list[Band]


class Spelling(_Config):
    language: str = "en"
    words: str = "words.txt"  # the project word list, relative to quality.yaml


class QualityConfig(_Config):
    reading_level: ReadingLevel
    story_words: dict[Band, tuple[int, int]]
    near_duplicates: NearDuplicates
    stories_per_guide: StoriesPerGuide
    spelling: Spelling

    @field_validator("story_words")
    @classmethod
    def every_band(cls, value: dict) -> dict:
        return _every_band(value)

    @model_validator(mode="after")
    def ordered_ranges(self) -> "QualityConfig":
        for band, (low, high) in self.story_words.items():
            if not 0 <= low <= high:
                raise ValueError(f"story_words.{band} is [fewest, most] words, got [{low}, {high}]")
        return self


def load_config(path: Path = CONFIG_PATH) -> tuple[QualityConfig | None, list[Problem]]:
    name = CONFIG_NAME if path == CONFIG_PATH else str(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=YamlLoader)
    except (OSError, yaml.YAMLError) as exc:
        return None, [Problem(name, "", f"a readable YAML file of quality thresholds ({exc})")]
    try:
        return QualityConfig.model_validate(data), []
    except ValidationError as exc:
        return None, [
            Problem(name, ".".join(str(part) for part in error["loc"]), error["msg"].removeprefix("Value error, "))
            for error in exc.errors()
        ]


# --- the checks ----------------------------------------------------------------------------------


def quality_problems(library: Library, config_path: Path = CONFIG_PATH) -> list[Problem]:
    """Every quality problem in the library, as Problems naming file and field."""
    config, problems = load_config(config_path)
    if config is None:
        return problems
    words_path = config_path.parent / config.spelling.words
    problems += _reading_level(library, config.reading_level)
    problems += _story_length(library, config.story_words)
    problems += _near_duplicates(library, config.near_duplicates)
    problems += _spelling(library, config.spelling, words_path)
    problems += _orphans(library)
    return problems


def _src(library: Library, kind: str, key: str) -> str:
    return library.source(kind, key)


def _story_band(story: Story) -> str | None:
    return band_for_age(story.ages[0])


# 1. Reading level, with the textstat formula named in quality.yaml: the Automated Readability
# Index, from letters per word and words per sentence. Letters are counted exactly in a short
# passage and in made-up names and sounds, where syllables would be guessed, and it needs no
# pronouncing dictionary (1 to 1.5 s to load). Formulas that need 30 sentences (SMOG) or a list of
# familiar words (Dale-Chall, Spache) are not offered: they suit neither a few lines of script
# nor a story full of names. One script is a line or two, too short for any formula to be stable,
# so a guide's scripts are measured together, as one passage: what a parent says to a child of
# this age, across the guide.


def _as_sentence(text: str) -> str:
    text = text.strip()
    return text if text[-1:] in '.!?"\'\u201d' else text + "."


def _reading_level(library: Library, config: ReadingLevel) -> list[Problem]:
    import textstat

    grade = getattr(textstat, config.formula)
    label = config.formula.replace("_", " ")
    out = []
    for slug, story in library.stories.items():
        band = _story_band(story)
        if band is None:
            continue
        level, limit = grade(story.text), config.stories[band]
        if level > limit:
            out.append(Problem(
                _src(library, "story", slug), "text",
                f"a reading level for a {band} story (youngest age {story.ages[0]}) of at most grade {limit:g} "
                f"({label}), got {level:.1f}",
            ))
    for key, guide in library.guides.items():
        scripts = " ".join(_as_sentence(strategy.script) for strategy in guide.strategies)
        if not scripts:
            continue
        level, limit = grade(scripts), config.scripts[guide.band]
        if level > limit:
            out.append(Problem(
                _src(library, "guide", key), "strategies.script",
                f"scripts a child in the {guide.band} band can follow: at most grade {limit:g} taken together "
                f"({label}), got {level:.1f}",
            ))
    return out


# 2. Story length, by the band of the story's youngest age.

WORD = re.compile(r"\S+")


def _story_length(library: Library, ranges: dict[str, tuple[int, int]]) -> list[Problem]:
    out = []
    for slug, story in library.stories.items():
        band = _story_band(story)
        if band is None:
            continue
        low, high = ranges[band]
        count = len(WORD.findall(story.text))
        if not low <= count <= high:
            out.append(Problem(
                _src(library, "story", slug), "text",
                f"{low} to {high} words for a {band} story (youngest age {story.ages[0]}), got {count}",
            ))
    return out


# 3. Near-duplicates: word shingles of all the prose in a guide (or a story), compared pair by pair.
# Containment, |A & B| / min(|A|, |B|), rather than Jaccard, so a short guide copied into a longer
# one still scores high.

SHINGLE_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


def guide_fields(guide: Guide) -> Iterator[tuple[str, str]]:
    """Every prose field of a guide as (field name, text)."""
    yield "title", guide.title
    yield "summary", guide.summary
    yield "hook", guide.hook
    yield "reframe", guide.reframe
    yield "why_at_this_age", guide.why_at_this_age
    for index, finding in enumerate(guide.research):
        yield f"research.{index}.point", finding.point
    yield "perspective.title", guide.perspective.title
    yield "perspective.body", guide.perspective.body
    for index, strategy in enumerate(guide.strategies):
        yield f"strategies.{index}.title", strategy.title
        yield f"strategies.{index}.why", strategy.why
        yield f"strategies.{index}.script", strategy.script
    for index, avoid in enumerate(guide.avoid):
        yield f"avoid.{index}.title", avoid.title
        yield f"avoid.{index}.why", avoid.why
    yield "closing", guide.closing
    if guide.in_short:
        yield "in_short.what", guide.in_short.what
        for index, script in enumerate(guide.in_short.try_first):
            yield f"in_short.try_first.{index}", script
    for index, sign in enumerate(guide.when_to_get_help):
        yield f"when_to_get_help.{index}", sign
    for index, choice in enumerate(guide.stories):
        yield f"stories.{index}.why", choice.why
    if guide.conversation:
        yield "conversation.title", guide.conversation.title
        yield "conversation.opener", guide.conversation.opener
        yield "conversation.body", guide.conversation.body


def story_fields(story: Story) -> Iterator[tuple[str, str]]:
    """Every prose field of a story as (field name, text)."""
    yield "title", story.title
    for index, character in enumerate(story.characters):
        yield f"characters.{index}", character
    yield "synopsis", story.synopsis
    yield "special", story.special
    yield "key_lesson", story.key_lesson
    yield "talking_point", story.talking_point
    yield "text", story.text


def shingles(texts: Iterator[str] | list[str], size: int) -> set[tuple[str, ...]]:
    """The set of `size`-word shingles of each text (shingles do not cross from one field to the next)."""
    out: set[tuple[str, ...]] = set()
    for text in texts:
        words = SHINGLE_WORD.findall(text.lower().replace("\u2019", "'"))
        out.update(zip(*(words[i:] for i in range(size))))
    return out


def containment(shared: int, a: int, b: int) -> float:
    """The share of the smaller of two sets (of sizes a and b) that the other holds too."""
    if not a or not b:
        return 0.0
    return shared / min(a, b)


def shared_counts(sets: list[set], block: int = 4096):
    """len(sets[i] & sets[j]) for every pair i != j, as a matrix: the sets as rows of a 0/1 matrix over the
    items held by more than one set, times its transpose, `block` items at a time (a library ten
    times larger stays in tens of megabytes). Intersecting ~130 guides of ~2,000 shingles pair by
    pair took over a second of CPU. The counts are whole numbers far below 2**24: exact in float32."""
    import numpy as np

    index: dict = {}
    ids = [np.fromiter((index.setdefault(item, len(index)) for item in items), dtype=np.int64, count=len(items))
           for items in sets]
    every = np.concatenate(ids) if ids else np.zeros(0, dtype=np.int64)
    held = np.bincount(every, minlength=len(index)) > 1  # an item of one set only adds to no pair
    kept = held[every]
    rows = np.repeat(np.arange(len(sets)), [len(each) for each in ids])[kept]
    columns = (np.cumsum(held) - 1)[every[kept]]
    counts = np.zeros((len(sets), len(sets)))
    for start in range(0, int(held.sum()), block):
        inside = (columns >= start) & (columns < start + block)
        matrix = np.zeros((len(sets), block), dtype=np.float32)
        matrix[rows[inside], columns[inside] - start] = 1.0
        counts += matrix @ matrix.T
    return np.rint(counts).astype(np.int64)


def _near_duplicates(library: Library, config: NearDuplicates) -> list[Problem]:
    out = []
    for kind, items, fields in (("guide", library.guides, guide_fields), ("story", library.stories, story_fields)):
        keys = sorted(items)
        sets = [shingles([text for _, text in fields(items[key])], config.shingle) for key in keys]
        shared = shared_counts(sets)
        for (i, a), (j, b) in itertools.combinations(enumerate(keys), 2):
            score = containment(int(shared[i, j]), len(sets[i]), len(sets[j]))
            if score >= config.threshold:
                out.append(Problem(
                    _src(library, kind, a), "prose",
                    f"{kind} prose of its own, not a near-copy of {_src(library, kind, b)} "
                    f"({config.shingle}-word shingle containment {score:.2f}, limit {config.threshold:g})",
                ))
    return out


# 4. Stories for every guide: inara/checking.py, since it asks the composer what it would pick.


# 5. Spelling.

TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
STRETCHED = re.compile(r"(\w)\1{2,}")  # "Whoooosh", "sniiiff": a sound drawn out in a story
# A hyphenated word broken over two lines of a YAML block: the renderer joins lines with a space,
# so readers would see "go- betweens".
BROKEN = re.compile(r"([^\W\d_]+-)[ \t]*\n[ \t]*([^\W\d_]+)")


def _normal(word: str) -> str:
    return unicodedata.normalize("NFC", word.replace("\u2019", "'")).lower()


def read_words(path: Path) -> frozenset[str]:
    """The project word list: one word or hyphenated compound a line; '#' starts a comment."""
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.add(_normal(word))
    return frozenset(words)


@lru_cache(maxsize=2)
def _dictionary(language: str):
    from spellchecker import SpellChecker

    return SpellChecker(language=language, distance=1)


class _Speller:
    def __init__(self, language: str, extra: frozenset[str]):
        self.dictionary = _dictionary(language)
        self.extra = extra
        self.seen: dict[str, bool] = {}
        self.missing: dict[str, tuple[str, ...]] = {}

    def _listed(self, word: str) -> bool:
        return word in self.extra or word in self.dictionary

    def known(self, word: str) -> bool:
        if word not in self.seen:
            self.seen[word] = self._known(word)
        return self.seen[word]

    def _known(self, word: str) -> bool:
        if self._listed(word):
            return True
        if word.endswith("'s") and self._listed(word[:-2]):  # Hodan's
            return True
        if "-" in word:  # a compound is known if it is listed whole, or if each part is
            return all(self.known(part) for part in word.split("-") if part)
        if STRETCHED.search(word):  # "Whoooosh" is "whoosh", "sniiiff" is "sniff"
            return any(self._listed(STRETCHED.sub(repl, word)) for repl in (r"\1\1", r"\1"))
        return False

    def unknown(self, word: str) -> tuple[str, ...]:
        """The unknown words in word: itself, or the unknown parts of a hyphenated compound."""
        if word not in self.missing:
            if self.known(word):
                self.missing[word] = ()
            elif "-" in word:
                self.missing[word] = tuple(part for part in word.split("-") if part and not self.known(part))
            else:
                self.missing[word] = (word,)
        return self.missing[word]


def _spelled_fields(library: Library) -> Iterator[tuple[str, str, str]]:
    """(file, field, text) for every field the spelling check reads. A topic card's `examples` are
    left out on purpose: they imitate the way parents type, typos included."""
    for key, guide in library.guides.items():
        src = _src(library, "guide", key)
        for name, text in guide_fields(guide):
            yield src, name, text
    for slug, story in library.stories.items():
        src = _src(library, "story", slug)
        for name, text in story_fields(story):
            yield src, name, text
    for slug, card in library.topics.items():
        src = _src(library, "topic", slug)
        yield src, "title", card.title
        yield src, "description", card.description
        for index, flag in enumerate(card.red_flags):
            yield src, f"red_flags.{index}.sign", flag.sign
            yield src, f"red_flags.{index}.next_step", flag.next_step
    for ref_id, reference in library.references.items():
        yield _src(library, "reference", ref_id), "finding", reference.finding


def _spelling(library: Library, config: Spelling, words_path: Path) -> list[Problem]:
    # The project list, plus the library's own lists (words/*.txt: a publisher's names and terms).
    try:
        extra = read_words(words_path)
        for path in sorted((library.root / "words").glob("*.txt")):
            extra = extra | read_words(path)
    except OSError as exc:
        return [Problem(str(exc.filename or words_path), "", f"a readable word list ({exc.strerror})")]
    speller = _Speller(config.language, extra)
    out = []
    for src, name, text in _spelled_fields(library):
        for match in BROKEN.finditer(text):
            out.append(Problem(
                src, name, f"a hyphenated word on one line, got '{match[1]}' at the end of a line, then '{match[2]}'",
            ))
        reported = set()
        for word in dict.fromkeys(TOKEN.findall(_normal(text))):  # each word once, in order
            for unknown in speller.unknown(word):
                if unknown in reported:
                    continue
                reported.add(unknown)
                where = f" in '{word}'" if unknown != word else ""
                out.append(Problem(
                    src, name,
                    f"a word in the dictionary or a word list (inara/data/words.txt, the library's words/*.txt), "
                    f"got '{unknown}'{where} (fix the spelling, or add the word to a list if it is right)",
                ))
    return out


# 6. Orphans: a guide no other guide links to (related or next) can only be found by search.


def _orphans(library: Library) -> list[Problem]:
    linked = set()
    for key, guide in library.guides.items():
        for link in [*guide.related, *([guide.next] if guide.next else [])]:
            if link != key:
                linked.add(link)
    return [
        Problem(
            _src(library, "guide", key), "related",
            "a link to this guide from at least one other guide's related or next (no guide links here)",
        )
        for key in library.guides
        if key not in linked
    ]
