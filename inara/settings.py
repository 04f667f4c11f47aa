"""Settings from the environment, read in this one place by the CLI and the web server (and the
scripts), never inside the library: `Inara(...)` takes its options as arguments.

    INARA_LIBRARY   a library folder instead of the one shipped in the package
    INARA_DB        the SQLite index file (default: inara.db in the user data folder)
    INARA_REGION    generic, us or uk: which help lines safety messages name
    INARA_MATCHER   fusion, embedding or lexical
    INARA_EMBEDDER  onnx (default), onnx-int8 or numpy: which runtime embeds (a developer switch)
    INARA_SCREEN    classifier (default) or sentences: which trained safety screen runs after the
                    rules (a developer switch, to compare them)
    INARA_AUDIO     off (or 0, no, false): no audio, as if the extra were not installed
    INARA_AUDIO_CACHE  the folder rendered audio is kept in (default: the user cache folder)
    INARA_ACCESS_LOG  1: `inara serve` workers write the access log (set by `inara serve --access-log`)

The library takes each as an argument (`Inara(embedder=...)`, `audio.available(enabled)`,
`AudioCache(root)`), so what it does never depends on where it runs.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path

OPTIONS = ("library", "db", "region", "matcher", "embedder", "screen")  # Inara(...)'s keyword arguments
AUDIO_OFF = ("off", "0", "no", "false")


@dataclass(frozen=True)
class Settings:
    library: Path | None = None
    db: Path | None = None
    region: str | None = None
    matcher: str | None = None
    embedder: str | None = None  # a name (EMBEDDERS); None: onnx
    screen: str | None = None  # SCREENS; None: classifier
    audio: bool = True  # False: no audio even when the extra is installed
    audio_cache: Path | None = None  # None: the user cache folder
    access_log: bool = False

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] = os.environ) -> "Settings":
        def value(name: str) -> str | None:
            return environ.get(f"INARA_{name.upper()}") or None

        def path(name: str) -> Path | None:
            return Path(value(name)) if value(name) else None

        return cls(library=path("library"), db=path("db"), region=value("region"), matcher=value("matcher"),
                   embedder=value("embedder"), screen=value("screen"), audio=(value("audio") or "").lower() not in AUDIO_OFF,
                   audio_cache=path("audio_cache"), access_log=value("access_log") == "1")

    def given(self, **options) -> "Settings":
        """These settings with the options a caller gave (None: keep what the environment said)."""
        return replace(self, **{key: value for key, value in options.items() if value is not None})

    def options(self) -> dict:
        """The keyword arguments for Inara(...)."""
        return {key: value for key, value in asdict(self).items() if key in OPTIONS}

    def environment(self) -> dict[str, str]:
        """The variables that give a worker process these settings."""
        out = {f"INARA_{key.upper()}": str(value) for key, value in self.options().items() if value is not None}
        out["INARA_AUDIO"] = "" if self.audio else "off"
        out["INARA_AUDIO_CACHE"] = str(self.audio_cache or "")
        out["INARA_ACCESS_LOG"] = "1" if self.access_log else ""
        return out
