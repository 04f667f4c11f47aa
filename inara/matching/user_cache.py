"""Files Inara keeps for its next process in the user cache folder (built models, what the safety
rules need, BM25's postings): named here, and written whole so a reader never sees half a file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO


def cache_path(name: str) -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("inara", appauthor=False)) / name


def write_whole(path: Path, write: Callable[[IO[bytes]], None]) -> bool:
    """`write` fills a temporary file beside `path`, which then replaces it in one step. A cache
    that cannot be written is no error (False): the next process builds again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=path.suffix)
        try:
            with os.fdopen(handle, "wb") as out:
                write(out)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True
