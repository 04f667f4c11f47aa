"""Settings from the environment, read in this one place by the CLI and the web server (and the
scripts), never inside the library: `Inara(...)` takes its options as arguments.

    INARA_LIBRARY   a library folder instead of the one shipped in the package
    INARA_DB        the SQLite index file (default: inara.db in the user data folder)
    INARA_REGION    generic, us or uk: which help lines safety messages name
    INARA_MATCHER   fusion, embedding or lexical
    INARA_ACCESS_LOG  1: `inara serve` workers write the access log (set by `inara serve --access-log`)

INARA_EMBEDDER, INARA_AUDIO and INARA_AUDIO_CACHE are read where the model and the audio cache
are made (matching/embeddings.py, audio.py): developer and deployment switches, not options of Inara.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path

OPTIONS = ("library", "db", "region", "matcher")


@dataclass(frozen=True)
class Settings:
    library: Path | None = None
    db: Path | None = None
    region: str | None = None
    matcher: str | None = None
    access_log: bool = False

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] = os.environ) -> "Settings":
        def value(name: str) -> str | None:
            return environ.get(f"INARA_{name.upper()}") or None

        return cls(library=Path(value("library")) if value("library") else None,
                   db=Path(value("db")) if value("db") else None,
                   region=value("region"), matcher=value("matcher"),
                   access_log=value("access_log") == "1")

    def given(self, **options) -> "Settings":
        """These settings with the options a caller gave (None: keep what the environment said)."""
        return replace(self, **{key: value for key, value in options.items() if value is not None})

    def options(self) -> dict:
        """The keyword arguments for Inara(...)."""
        return {key: value for key, value in asdict(self).items() if key in OPTIONS}

    def environment(self) -> dict[str, str]:
        """The variables that give a worker process these settings."""
        out = {f"INARA_{key.upper()}": str(value) for key, value in self.options().items() if value is not None}
        out["INARA_ACCESS_LOG"] = "1" if self.access_log else ""
        return out
