"""Listen, measured: CPU seconds per minute of audio, first-audio latency of the page's audio
route on a cache miss, and the audio cache's size for the whole library (estimated from the
measured speaking rate and bit rate: rendering all of it takes hours of CPU).

    python3 benchmarks/audio.py            # needs the audio extra (scripts/setup --dev)
"""

from __future__ import annotations

import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    from inara import Inara, audio
    from inara.render.transcript import short_transcript, transcript

    if not audio.available():
        sys.exit("the audio extra is not installed: pip install 'inara[audio]'")
    from inara.settings import Settings

    inara = Inara(**Settings.from_environment().given(matcher="lexical").options())
    started = time.perf_counter()
    audio.voice()
    print(f"voice load: {time.perf_counter() - started:.2f} s")

    # 1. CPU per minute of audio: the first ~300 words of one guide's transcript.
    composed = inara.guide("picky-eating", "preschool")
    words = transcript(composed).split("\n\n")
    sample, count = [], 0
    for paragraph in words:
        sample.append(paragraph)
        count += len(paragraph.split())
        if count >= 300:
            break
    text = "\n\n".join(sample)
    cache = audio.AudioCache(tempfile.mkdtemp())
    before, wall = cpu(), time.perf_counter()
    path = cache.render(text, "mp3")
    used, wall = cpu() - before, time.perf_counter() - wall
    minutes = audio.duration(path) / 60
    rate = count / minutes
    print(f"synthesis: {count} words -> {minutes:.2f} min of audio in {used:.1f} s CPU ({wall:.1f} s wall): "
          f"{used / minutes:.1f} CPU s per audio minute; {rate:.0f} words per minute")

    # 2. First audio on the page: the audio route on a cache miss, in process, time to the first bytes.
    from fastapi.testclient import TestClient

    from inara.web.server import create_app

    # A fresh cache, so the first requests miss it (never the user's cache folder).
    client = TestClient(create_app(inara, audio_cache=tempfile.mkdtemp(prefix="inara-audio-bench-")))
    latencies = []
    for topic, band in (("bedtime-and-sleep", "toddler"), ("bullying", "teen"), ("transitions", "preschool")):
        started = time.perf_counter()
        with client.stream("GET", f"/audio/guides/{topic}/{band}/short.mp3") as response:
            for index, _chunk in enumerate(response.iter_bytes()):
                if index == 0:
                    latencies.append(time.perf_counter() - started)
    print(f"first audio bytes, cache miss (short part): {', '.join(f'{t:.2f}' for t in latencies)} s "
          f"(median {statistics.median(latencies):.2f} s)")
    started = time.perf_counter()
    client.get("/audio/guides/bullying/teen/short.mp3")
    print(f"same, cache hit (whole file): {(time.perf_counter() - started) * 1000:.0f} ms")

    # 3. The whole library's cache: every guide's short and full parts, in the warm voice.
    total_words = 0
    for guide in inara.library.guides.values():
        c = inara.guide(guide.topic, guide.band)
        total_words += len(short_transcript(c).split()) + len(transcript(c).split())
    total_minutes = total_words / rate
    size = total_minutes * 60 * audio.MP3_KBPS * 1000 / 8
    print(f"whole library: {len(inara.library.guides)} guides, {total_words:,} words, about "
          f"{total_minutes / 60:.1f} hours of audio, about {size / 1e6:.0f} MB at {audio.MP3_KBPS} kb/s, "
          f"about {total_minutes * used / minutes / 3600:.1f} CPU hours to render")


if __name__ == "__main__":
    main()
