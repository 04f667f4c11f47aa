"""Inara: guides for the hard moments of raising a child.

    >>> from inara import Inara
    >>> inara = Inara()
    >>> answer = inara.ask("my 3yo screams go away when I try to hug her after she falls")
    >>> answer.match.best, answer.guide.guide.title

The pieces, if you want them separately: `load_library` (content model),
`Matcher` and `screen` (understanding the parent), `compose` (a guide as a
structure), and the renderers in `inara.render`.
"""

from .app import Answer, Inara, library_stats
from .compose.guide import ComposedGuide, compose
from .content.loader import Library, load_library
from .errors import BadInput, InaraError, LibraryError, NotFound, TooLong
from .matching.matcher import Matcher, MatchResult
from .matching.safety import screen

__version__ = "0.1.0"

__all__ = [
    "Answer", "BadInput", "ComposedGuide", "Inara", "InaraError", "Library", "LibraryError", "Matcher",
    "MatchResult", "NotFound", "TooLong", "compose", "library_stats", "load_library", "screen",
]
