"""`Inara`: one object holding a library, its SQLite index and the matcher.
The CLI and the web app are thin layers over this."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable

from .compose.answer import Answer
from .compose.guide import ComposedGuide, check_voice, compose, nearest_note, resolve_guide
from .compose.no_guide import compose_no_guide
from .compose.stories import fits
from .content.loader import default_library_path
from .content.models import Library, Story
from .errors import BadInput, NotFound
from .matching.age import parse_age_option
from .matching.fit import LIKELY
from .matching.matcher import MatchResult, Matcher
from .matching.question import Question
from .store import Store
from .vocab import MATCHERS, REGIONS, SCREENS, band_for_age


def check_settings(region: str | None, matcher: str | None) -> tuple[str, str]:
    """The region and matcher name (defaults: generic, fusion), or BadInput naming the choices.
    `inara serve` asks before it starts workers; every Inara asks again."""
    region = (region or "generic").lower()
    if region not in REGIONS:
        raise BadInput(f"'{region}' is not a region; choose one of: {', '.join(REGIONS)}")
    matcher = matcher or "fusion"
    if matcher not in MATCHERS:
        raise BadInput(f"'{matcher}' is not a matcher; choose one of: {', '.join(MATCHERS)}")
    return region, matcher


def check_screen(screen: str | None) -> str:
    """The safety screen's name (default: classifier), or BadInput naming the choices."""
    screen = screen or SCREENS[0]
    if screen not in SCREENS:
        raise BadInput(f"'{screen}' is not a safety screen; choose one of: {', '.join(SCREENS)}")
    return screen


class Inara:
    """Load a library (from the index when unchanged) and answer questions about it.

    library: a library folder (default: the one shipped in the package)
    db: the SQLite index file (default: inara.db in the user data dir); ":memory:" for none
    matcher: "fusion" (default), "embedding" or "lexical"; fusion and embedding need the
             packaged model and fall back to lexical without it
    region: "generic" (default), "us" or "uk": which help lines the safety messages name
    embedder: an Embedder (tests: HashEmbedder), or the name of a runtime for the packaged model
              ("onnx", the default, "onnx-int8" or "numpy")
    screen: the trained safety screen after the rules: "classifier" (default: the safety
            classifier, with the sentence screen re-reading what it leaves in doubt) or
            "sentences" (the sentence index and its judge alone, the default until 2026-12-04)
    notify, progress: what the index says while it repairs itself or builds (see Store)
    """

    def __init__(self, library: Path | str | None = None, db: Path | str | None = None,
                 matcher: str | None = None, region: str | None = None, embedder=None, screen: str | None = None,
                 notify: Callable[[str], None] | None = None, progress: Callable[[int, int], None] | None = None):
        # Options only: the environment is read by inara/settings.py, for the CLI and the server.
        root = library or default_library_path()
        self.region, self.matcher_name = check_settings(region, matcher)
        self.store = Store(db, notify=notify, progress=progress)
        self.library, self.rebuilt = self.store.library(Path(root))
        self._embedder = embedder
        self.screen_name = check_screen(screen)
        self._matcher: Matcher | None = None
        self._matcher_lock = threading.Lock()

    @property
    def matcher(self) -> Matcher:
        # Built on first use: listing stories or rendering a guide never loads the model. The lock:
        # the web app builds it in the background while requests may ask for it.
        if self._matcher is None:
            with self._matcher_lock:
                if self._matcher is None:
                    self._matcher = Matcher(self.library, self._model(), self.store, method=self.matcher_name,
                                           screen=self.screen_name)
        return self._matcher

    def _model(self):
        """The embedder given, or the packaged model on the runtime named (none for lexical)."""
        if self._embedder is not None and not isinstance(self._embedder, str):
            return self._embedder
        if self.matcher_name == "lexical":
            return None
        from .matching.embeddings import default_embedder

        return default_embedder(self._embedder)

    def warm_up(self, question: str | None = None) -> Matcher:
        """Load the model, build the graphs the safety classifier runs (once per install) and embed
        every phrasing not embedded before (the index keeps them), so the first question does not
        wait for them; with `question`, match it once too, which loads
        what matching loads lazily, and load what a question not in English and the re-reading of
        a doubtful one need (a server warms up so; `inara ask` answers one question and loads only
        what it uses). Returns the matcher."""
        matcher = self.matcher
        matcher.prepare_graphs()
        if question is not None:
            self.match(question)
            matcher.load_rereads()
            from .matching import language

            language.load()
        return matcher

    @property
    def ready(self) -> bool:
        """Whether matching is ready (the model loaded and the library's phrasings embedded)."""
        return self._matcher is not None

    def question(self, text: str, age: str | float | None = None) -> Question:
        """The question read and checked once (BadInput, TooLong), before anything is screened:
        the web reads it before a question waits for a worker, then hands it to match or ask."""
        return Question.read(text, age)

    def voice(self, name: str | None) -> str:
        """A narrator voice of the library (BadInput otherwise)."""
        return check_voice(self.library, name)

    def match(self, text: str | Question, age: str | float | None = None, safe_now: bool = False) -> MatchResult:
        """`safe_now`: the parent says no one is in danger right now (see Matcher.match)."""
        question = text if isinstance(text, Question) else self.question(text, age)
        return self.matcher.match(question, region=self.region, safe_now=safe_now)

    def ask(self, text: str | Question, age: str | float | None = None, voice: str = "warm",
            safe_now: bool = False) -> Answer:
        """Everything checked before screening: the voice too, although an urgent answer has no guide.
        `safe_now`: the parent, answered with an emergency a trained reading found alone, says no one is
        in danger right now; the help still comes first, and the guide follows it."""
        voice = self.voice(voice)
        result = self.match(text, age, safe_now)
        if (result.safety.level == "urgent" and not result.safety.set_aside) or not result.in_scope or not result.topics:
            return Answer(result, None)
        if result.outcome == "no-guide":
            ranked = [t.slug for t in result.topics]
            likely = result.fit_probability is not None and result.fit_probability >= LIKELY
            return Answer(result, None, no_guide=compose_no_guide(self.library, ranked, result.age_band,
                                                                  result.age_years, likely=likely))
        composed = compose(self.library, result.best, result.age_band, voice, result.age_years)
        via = result.topics[0].via
        if via and via in self.library.topics and result.age_band:
            composed.notes.insert(0, nearest_note(self.library, via, result.best, result.age_band))
        if result.age_note:
            composed.notes.insert(0, result.age_note)
            for band in result.other_bands:
                try:
                    other, _ = resolve_guide(self.library, composed.guide.topic, band)
                except NotFound:
                    continue
                composed.notes.insert(1, f"For the other child's age there is '{other.title}' ({other.band}).")
        return Answer(result, composed, self._alternative(result, composed))

    def _alternative(self, result: MatchResult, composed: ComposedGuide) -> dict | None:
        if len(result.topics) < 2 or result.outcome != "close-call":
            return None
        try:
            second, _notes = resolve_guide(self.library, result.topics[1].slug, composed.guide.band)
        except NotFound:
            return None
        if second.key == composed.guide.key:
            return None
        return {"topic": second.topic, "band": second.band, "title": second.title}

    def guide(self, topic: str, band: str, voice: str = "warm") -> ComposedGuide:
        return compose(self.library, topic, band, voice)

    def stories(self, age: str | float | None = None, goal: str | None = None) -> list[Story]:
        years = parse_age_option(age)
        if goal is not None and goal not in self.library.goals:
            raise NotFound(f"'{goal}' is not a goal; goals are: {', '.join(self.library.goals)}")
        found = [s for s in self.library.stories.values()
                 if (years is None or fits(s, band_for_age(years), years)) and (goal is None or goal in s.goals)]
        return sorted(found, key=lambda s: (s.ages, s.title))

    def story_list(self, age: str | float | None = None, goal: str | None = None) -> dict:
        """The stories that suit an age and goal, in the one JSON shape of the story list
        (`inara stories --json` and /api/stories): the filters, the goals to filter by, each story,
        and past the oldest story (ages 11-17) a sentence and the guides to read instead."""
        from .compose.stories import past_the_stories
        from .matching.age import parse_age_option

        age = age.strip() or None if isinstance(age, str) else age
        goal = (goal or "").strip() or None
        found = self.stories(age, goal)
        years = parse_age_option(age) if isinstance(age, str) else age
        return {
            "filters": {"age": age, "goal": goal},
            "past_the_stories": past_the_stories(self.library, years) if not found else None,
            # for the static site, which filters in the browser: the sentence for every age past the stories
            "past_by_age": {n: past for n in range(11, 18) if (past := past_the_stories(self.library, n))},
            "goals": [{"slug": g.slug, "title": g.title} for g in self.library.goals.values()],
            "stories": [{"slug": s.slug, "title": s.title, "ages": list(s.ages), "goals": s.goals, "topics": s.topics,
                         "synopsis": s.synopsis} for s in found],
        }

    def story_data(self, slug: str, name: str | None = None, pronouns: str | None = None) -> dict:
        """One story in its one JSON shape (`inara story --format json` and /api/stories/{slug});
        with `name` and/or `pronouns`, the text read with the child's name and pronouns in place of
        the main character's (for this response only)."""
        from .compose.personalise import personalise, personalise_title

        story = self.story(slug)
        personalised = name is not None or pronouns is not None
        text = personalise(story, name, pronouns) if personalised else story.text
        return {"story": story.model_dump() | {"text": text, "title": personalise_title(story, pronouns),
                                               "ages": list(story.ages)}, "personalised": personalised}

    def story(self, slug: str) -> Story:
        try:
            return self.library.stories[slug]
        except KeyError:
            raise NotFound(f"There is no story '{slug}'; `inara stories` lists them.") from None


def library_stats(library: Library) -> dict:
    from .vocab import BANDS

    guides = {band: sum(1 for g in library.guides.values() if g.band == band) for band in BANDS}
    return {
        "topics": len(library.topics),
        "guides": guides,
        "guides_total": sum(guides.values()),
        "stories": len(library.stories),
        "references": len(library.references),
        "goals": len(library.goals),
        "ladder_bands": sorted(library.ladders),
        "voices": sorted(library.voices),
        "examples": sum(len(t.examples) for t in library.topics.values()),
    }
