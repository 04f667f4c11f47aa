"""Listen: a guide read aloud, rendered on the first request (streamed while it renders) and
served from the audio cache after that. Absent when the audio extra is not installed."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, StreamingResponse

from ... import audio
from ...errors import NotFound

router = APIRouter(include_in_schema=False)
PARTS = ("short", "full")


def listen_tracks(composed, enabled: bool = True) -> list[dict]:
    """Tracks for a server page (root-relative URLs); none when audio is not installed or is off
    (enabled: the app's audio setting)."""
    return tracks(composed, lambda path: "/" + path) if audio.available(enabled) else []


def guide_text(inara, topic: str, band: str, voice: str, part: str) -> str:
    from ...render.transcript import short_transcript, transcript

    if part not in PARTS:
        raise NotFound(f"'{part}' is not a part; parts are: {', '.join(PARTS)}")
    composed = inara.guide(topic, band, voice)
    return short_transcript(composed) if part == "short" else transcript(composed)


def tracks(composed, href, extension: str | None = None) -> list[dict]:
    """The Listen control's audio elements for a guide: the short part first, then the whole."""
    from ...render.transcript import short_transcript, transcript

    extension = extension or audio.default_format()
    g = composed.guide
    base = f"audio/guides/{g.topic}/{g.band}/"
    voice = "" if composed.voice.name == "warm" else f"?voice={composed.voice.name}"
    minutes = lambda text: max(1, round(len(text.split()) / audio.WORDS_PER_MINUTE))  # noqa: E731
    return [
        {"part": "short", "label": f"In short, about {minutes(short_transcript(composed))} minute",
         "url": href(base + f"short.{extension}") + voice},
        {"part": "full", "label": f"The whole guide, about {minutes(transcript(composed))} minutes",
         "url": href(base + f"full.{extension}") + voice},
    ]


@router.get("/audio/guides/{topic}/{band}/{name}")
def guide_audio(request: Request, topic: str, band: str, name: str, voice: str = "warm"):
    audio.require(request.app.state.audio)
    part, _, extension = name.partition(".")
    if extension not in audio.MIME or (extension == "mp3" and audio.default_format() != "mp3"):
        raise NotFound(f"There is no audio '{name}' here.")
    text = guide_text(request.app.state.inara, topic, band, voice, part)
    cache = request.app.state.audio_cache  # Settings.audio_cache, or the user cache folder
    found = cache.get(text, extension)
    headers = {"cache-control": "public, max-age=86400"}
    if found:
        return FileResponse(found, media_type=audio.MIME[extension], headers=headers)
    return StreamingResponse(cache.stream(text, extension), media_type=audio.MIME[extension])
