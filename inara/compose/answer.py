"""An answer to a parent's question: what matching understood, and the guide composed for it
(or the "no guide yet" answer, or nothing when it is urgent or out of scope)."""

from __future__ import annotations

from dataclasses import dataclass

from ..matching.matcher import MatchResult
from .guide import ComposedGuide
from .no_guide import NoGuide


@dataclass
class Answer:
    match: MatchResult
    guide: ComposedGuide | None
    alternative: dict | None = None  # {"topic", "band", "title"} of a close second guide
    no_guide: NoGuide | None = None  # when the question is in scope but no guide fits

    @property
    def kind(self) -> str:
        """urgent, other-language, no-guide, out-of-scope, referral-and-guide or guide. An emergency
        the parent set aside (no one in danger right now) is answered as a referral: its help first."""
        if self.match.safety.level == "urgent" and not self.match.safety.set_aside:
            return "urgent"
        if self.match.language != "en" and not self.match.english_sentences_only:
            return "other-language"  # a question matched on its English sentences is answered as one in English
        if self.no_guide is not None:
            return "no-guide"
        if not self.match.in_scope:
            return "out-of-scope"
        return "referral-and-guide" if self.match.safety.level != "ok" else "guide"

    def as_dict(self) -> dict:
        return {"kind": self.kind, "match": self.match.as_dict(),
                "guide": self.guide.as_dict() if self.guide else None, "alternative": self.alternative,
                "no_guide": self.no_guide.as_dict() if self.no_guide else None}
