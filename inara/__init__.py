"""Inara: guides for the hard moments of raising a child.

    >>> from inara import Inara
    >>> inara = Inara()
    >>> answer = inara.ask("my 3yo screams go away when I try to hug her after she falls")
    >>> answer.match.best, answer.guide.guide.title

The pieces, if you want them separately: `load_library` (content model),
`Matcher` and `screen` (understanding the parent), `compose` (a guide as a
structure), and the renderers in `inara.render`.

The names below are imported on first use: `inara serve` must set the BLAS thread
count before NumPy is loaded, and `import inara.cli` would otherwise load it.
"""

import os
from importlib import import_module

# One thread for BLAS, set before anything imports NumPy (its thread pool is sized at load): on
# two cores shared by server workers a second thread bought wall time only when the other core
# was idle, and cost CPU another request needed. ONNX Runtime gets one thread from its session
# options. A value already in the environment wins.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

# Imported now, not on first use: `inara.compose` is also a subpackage, and once that is imported
# the module would shadow the function. It loads pydantic, not NumPy.
from .compose.guide import ComposedGuide, compose

__version__ = "0.1.0"

_WHERE = {
    "Answer": "app", "Inara": "app", "library_stats": "app",
    "Library": "content.models", "load_library": "content.loader",
    "BadInput": "errors", "InaraError": "errors", "LibraryError": "errors", "NotFound": "errors",
    "StoreError": "errors", "TooLong": "errors",
    "Matcher": "matching.matcher", "MatchResult": "matching.matcher",
    "screen": "matching.safety",
}
__all__ = sorted([*_WHERE, "ComposedGuide", "compose"])


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module 'inara' has no attribute {name!r}")
    value = getattr(import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return [*globals(), *__all__]
