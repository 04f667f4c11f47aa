"""`Inara`: one object holding a library, its SQLite index and the matcher.
The CLI and the web app are thin layers over this."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Callable

from .compose.answer import Answer
from .compose.guide import ComposedGuide, compose, resolve_guide
from .compose.no_guide import compose_no_guide
from .compose.stories import fits
from .content.loader import default_library_path
from .content.models import Library, Story
from .errors import BadInput, NotFound
from .matching.age import parse_age_option
from .matching.matcher import MatchResult, Matcher
from .matching.safety import REGIONS
from .store import Store
from .vocab import band_for_age

MATCHERS = ("fusion", "embedding", "lexical")


class Inara:
    """Load a library (from the index when unchanged) and answer questions about it.

    library: a library folder (default: the one shipped in the package, or $INARA_LIBRARY)
    db: the SQLite index file (default: the user data dir, or $INARA_DB); ":memory:" for none
    matcher: "fusion" (default), "embedding" or "lexical"; fusion and embedding need the
             packaged model and fall back to lexical without it
    region: "generic" (default), "us" or "uk": which help lines the safety messages name
    notify, progress: what the index says while it repairs itself or builds (see Store)
    """

    def __init__(self, library: Path | str | None = None, db: Path | str | None = None,
                 matcher: str | None = None, region: str | None = None, embedder=None,
                 notify: Callable[[str], None] | None = None, progress: Callable[[int, int], None] | None = None):
        root = library or os.environ.get("INARA_LIBRARY") or default_library_path()
        self.region = (region or os.environ.get("INARA_REGION") or "generic").lower()
        if self.region not in REGIONS:
            raise BadInput(f"'{self.region}' is not a region; choose one of: {', '.join(REGIONS)}")
        self.matcher_name = matcher or os.environ.get("INARA_MATCHER") or "fusion"
        if self.matcher_name not in MATCHERS:
            raise BadInput(f"'{self.matcher_name}' is not a matcher; choose one of: {', '.join(MATCHERS)}")
        self.store = Store(db, notify=notify, progress=progress)
        self.library, self.rebuilt = self.store.library(Path(root))
        self._embedder = embedder
        self._matcher: Matcher | None = None
        self._matcher_lock = threading.Lock()

    @property
    def matcher(self) -> Matcher:
        # Built on first use: listing stories or rendering a guide never loads the model. The lock:
        # the web app builds it in the background while requests may ask for it.
        if self._matcher is None:
            with self._matcher_lock:
                if self._matcher is None:
                    embedder = self._embedder
                    if embedder is None and self.matcher_name != "lexical":
                        from .matching.embeddings import default_embedder

                        embedder = default_embedder()
                    self._matcher = Matcher(self.library, embedder, self.store, method=self.matcher_name)
        return self._matcher

    @property
    def ready(self) -> bool:
        """Whether matching is ready (the model loaded and the library's phrasings embedded)."""
        return self._matcher is not None

    def match(self, text: str, age: str | float | None = None) -> MatchResult:
        return self.matcher.match(text, age, self.region)

    def ask(self, text: str, age: str | float | None = None, voice: str = "warm") -> Answer:
        result = self.match(text, age)
        if result.safety.level == "urgent" or not result.in_scope or not result.topics:
            return Answer(result, None)
        if result.outcome == "no-guide":
            ranked = [t.slug for t in result.topics]
            return Answer(result, None, no_guide=compose_no_guide(self.library, ranked, result.age_band,
                                                                  result.age_years))
        composed = compose(self.library, result.best, result.age_band, voice, result.age_years)
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
