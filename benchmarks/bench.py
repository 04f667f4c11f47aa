"""Speed of matching and of a cold `inara ask`, measured and printed (never asserted).

    python3 benchmarks/bench.py            # all figures
    python3 benchmarks/bench.py --quick    # fewer repetitions

Figures:
- warm match: one process, index and model loaded, every question of evals/dev.jsonl
  matched REPEATS times; p50 / p99 per question.
- cold ask: `python3 -m inara ask ... --format markdown` as a new process each time, with
  the index already built (what a parent running the CLI sees), RUNS times.
- first run: the same with an empty index (validates the library, embeds every phrasing).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "My 3-year-old screams 'go away' when I try to hug her after she falls"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def warm_match(db: str, repeats: int, matcher: str, screen: bool = True) -> dict:
    """screen=False measures the same matcher without the semantic safety screen (the rules
    still run), so the two runs side by side give what the screen adds."""
    from inara import Inara

    inara = Inara(db=db, matcher=matcher)
    if not screen:
        inara.matcher.semantic = None
    questions = [json.loads(line)["text"] for line in (ROOT / "evals" / "dev.jsonl").read_text().splitlines() if line.strip()]
    inara.match(questions[0])  # load the model and phrasings
    times = []
    for _ in range(repeats):
        for text in questions:
            start = time.perf_counter()
            inara.match(text)
            times.append((time.perf_counter() - start) * 1000)
    return {"matcher": matcher, "questions": len(questions), "runs": len(times),
            "p50_ms": round(percentile(times, 50), 2), "p99_ms": round(percentile(times, 99), 2),
            "max_ms": round(max(times), 2)}


def cold_ask(db: str, runs: int) -> dict:
    env = {**os.environ, "INARA_DB": db}
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "inara", "ask", QUESTION, "--format", "markdown"], env=env,
                       check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return {"runs": runs, "p50_s": round(statistics.median(times), 3), "max_s": round(max(times), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        start = time.perf_counter()
        first = cold_ask(db, 1)
        print(f"first run (empty index: validate, index, embed all phrasings): {time.perf_counter() - start:.2f} s")
        result = cold_ask(db, 3 if args.quick else 10)
        print(f"cold `inara ask` (index built): p50 {result['p50_s']} s, max {result['max_s']} s over {result['runs']} runs")
        for matcher, screen in (("fusion", True), ("fusion", False), ("lexical", True)):
            figures = warm_match(db, 2 if args.quick else 10, matcher, screen)
            label = matcher if screen else f"{matcher}, without the semantic safety screen"
            print(f"warm match [{label}]: p50 {figures['p50_ms']} ms, p99 {figures['p99_ms']} ms, "
                  f"max {figures['max_ms']} ms over {figures['runs']} matches of {figures['questions']} questions")
        del first


if __name__ == "__main__":
    main()
