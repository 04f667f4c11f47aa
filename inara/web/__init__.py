"""The web site and JSON API. This module stays light (no NumPy): `inara serve` calls
limit_threads() before importing the app."""

from __future__ import annotations

import os

THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def limit_threads() -> None:
    """One BLAS thread per process. The variables are read once, when NumPy loads: set after
    that (as `serve` once did, inara/__init__ having loaded NumPy already) they do nothing, and
    two BLAS threads per request on two cores made /api/match ten times slower under load."""
    for name in THREAD_VARIABLES:
        os.environ.setdefault(name, "1")


def cores() -> int:
    """The cores this process may use: `inara serve` runs one worker on each."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
