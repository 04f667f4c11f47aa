"""Inara: guides for the hard moments of raising a child.

    >>> from inara import Inara
    >>> inara = Inara()
    >>> answer = inara.ask("my 3yo screams go away when I try to hug her after she falls")
    >>> answer.match.best, answer.guide.guide.title

The pieces, if you want them separately: `load_library` (content model),
`Matcher` and `screen` (understanding the parent), `compose` (a guide as a
structure), and the renderers in `inara.render`.
"""

import os

# One thread for BLAS, set before anything imports NumPy (its thread pool is sized at load): on
# two cores shared by server workers a second thread bought wall time only when the other core
# was idle, and cost CPU another request needed. ONNX Runtime gets one thread from its session
# options. A value already in the environment wins.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

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
