"""Listen: Piper reads a text into MP3 (or WAV), cached by the text's hash; `inara speak` and the
web route use the cache; without the extra, one sentence says how to add it. Each test that
synthesises says one short text (the library is never rendered here: that is hours of CPU)."""

from __future__ import annotations

import os
import time
import wave

import pytest

from inara import audio, compose
from inara.render.transcript import short_transcript

pytestmark = pytest.mark.audio
needs_piper = pytest.mark.skipif(not audio.available(), reason="the audio extra is not installed (scripts/setup --dev)")
SHORT = "Hello. You are doing better than you think.\n\nTry saying: I'm here, and I'll wait with you."


@needs_piper
def test_a_short_text_becomes_mp3_and_is_cached_by_its_hash(tmp_path):
    cache = audio.AudioCache(tmp_path)
    started = time.perf_counter()
    first = cache.render(SHORT, "mp3")
    took = time.perf_counter() - started
    data = first.read_bytes()
    assert data[:3] == b"ID3" or (data[0] == 0xFF and data[1] & 0xE0 == 0xE0)  # an MPEG audio frame
    seconds = audio.duration(first)
    assert 3 < seconds < 15, seconds  # two short sentences and a pause
    mtime = first.stat().st_mtime_ns
    started = time.perf_counter()
    again = cache.render(SHORT, "mp3")
    assert again == first and again.stat().st_mtime_ns == mtime  # not rendered twice
    assert time.perf_counter() - started < took / 5
    assert cache.path(SHORT + " ", "mp3") != first  # another text, another file
    assert [p.name for p in tmp_path.iterdir()] == [first.name]  # nothing half-written left behind


@needs_piper
def test_wav_when_asked_and_its_length_matches(tmp_path):
    path = audio.write(SHORT, tmp_path / "hello.wav", audio.AudioCache(tmp_path / "cache"))
    with wave.open(str(path), "rb") as sound:
        assert sound.getnchannels() == 1 and sound.getsampwidth() == 2
        seconds = sound.getnframes() / sound.getframerate()
    assert abs(seconds - audio.duration(path)) < 0.01 and seconds > 3


def test_without_the_extra_one_sentence_says_how_to_add_it(monkeypatch, tmp_path):
    monkeypatch.setattr(audio, "available", lambda enabled=True: False)  # as if not installed
    with pytest.raises(audio.AudioUnavailable) as raised:
        audio.write(SHORT, tmp_path / "x.mp3")
    assert raised.value.message == audio.INSTALL_HINT and "pip install 'inara[audio]'" in raised.value.message


def test_audio_turned_off_is_as_if_not_installed():
    """Settings.audio (INARA_AUDIO=off) reaches the library as an argument."""
    from inara.settings import Settings

    for value in ("off", "0", "No", "FALSE"):
        assert Settings.from_environment({"INARA_AUDIO": value}).audio is False
    assert Settings.from_environment({"INARA_AUDIO": "on"}).audio and Settings.from_environment({}).audio
    assert not audio.available(enabled=False)
    with pytest.raises(audio.AudioUnavailable):
        audio.require(enabled=False)


def test_the_cache_is_the_folder_configured_else_the_user_cache(tmp_path):
    assert audio.AudioCache(tmp_path).root == audio.default_cache_dir(tmp_path) == tmp_path
    assert audio.default_cache_dir(None).parts[-1] == "audio" and audio.AudioCache().root == audio.default_cache_dir()


def test_speak_without_the_extra_is_one_clear_error(cli_no_model, tmp_path):
    done = cli_no_model("speak", "picky-eating", "--band", "preschool", "-o", str(tmp_path / "x.mp3"),
                        env={"INARA_AUDIO": "off"})
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip() == f"Error: {audio.INSTALL_HINT}"
    assert not (tmp_path / "x.mp3").exists()


def test_a_file_type_that_is_not_audio_is_refused(tmp_path, monkeypatch):
    if not audio.available():
        pytest.skip("the audio extra is not installed")
    with pytest.raises(Exception) as raised:
        audio.write(SHORT, tmp_path / "x.ogg")
    assert "written as .mp3 or .wav" in str(raised.value)


@needs_piper
def test_speak_writes_the_short_part_of_a_guide(cli_no_model, library, tmp_path):
    out = tmp_path / "short.mp3"
    done = cli_no_model("speak", "picky-eating", "--band", "preschool", "--short", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "minutes of audio" in done.stderr
    text = short_transcript(compose(library, "picky-eating", "preschool"))
    cached = audio.AudioCache(os.environ["INARA_AUDIO_CACHE"]).get(text, "mp3")  # the session's (conftest.py)
    assert cached is not None and out.read_bytes() == cached.read_bytes()
