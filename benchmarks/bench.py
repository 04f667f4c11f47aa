"""Speed of matching and of a cold `inara ask`, measured and printed (never asserted).

    python3 benchmarks/bench.py            # all figures
    python3 benchmarks/bench.py --quick    # fewer repetitions
    python3 benchmarks/bench.py --before /path/to/main-worktree [--db index.db]
                                           # the default configuration there and here, alternating

Figures:
- warm match: one process per configuration, index and model loaded, every question of
  evals/dev.jsonl matched REPEATS times; wall p50 / p99 and CPU p50 / mean per question (CPU:
  every thread of the process, which is what bounds answers per second on a shared machine).
  Configurations, on the same questions in the same run: the NumPy reference as it ran before
  (two BLAS threads) and with one, the default (ONNX Runtime, one thread), ONNX Runtime with int8 weights,
  each with and without the trained safety screen (the sentence screen; and the safety
  classifier instead, INARA_SCREEN=classifier), and lexical only. Each runs in its own
  process so that thread settings take effect before NumPy loads.
- cold ask: `python3 -m inara ask ... --format markdown` as a new process each time, with
  the index already built (what a parent running the CLI sees), RUNS times, and the package's
  bytecode compiled first, as pip does when it installs a package.
- first run: the same with an empty index (validates the library, embeds every phrasing);
  the ONNX model build (once per install, cached) is timed apart.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "My 3-year-old screams 'go away' when I try to hug her after she falls"

# (label, matcher, screen, environment)
CONFIGURATIONS = [
    ("numpy, 2 BLAS threads (before)", "fusion", True, {"INARA_EMBEDDER": "numpy", "OPENBLAS_NUM_THREADS": "2"}),
    ("numpy, 2 BLAS threads (before), no trained screen", "fusion", False,
     {"INARA_EMBEDDER": "numpy", "OPENBLAS_NUM_THREADS": "2"}),
    # The reference with the new thread setting: what the runtime alone changes.
    ("numpy, 1 BLAS thread", "fusion", True, {"INARA_EMBEDDER": "numpy", "OPENBLAS_NUM_THREADS": "1"}),
    ("onnx fp32, 1 thread (default)", "fusion", True, {"INARA_EMBEDDER": "onnx"}),
    ("onnx fp32, 1 thread (default), no trained screen", "fusion", False, {"INARA_EMBEDDER": "onnx"}),
    ("onnx fp32, 1 thread, the safety classifier instead of the sentence screen", "fusion", True,
     {"INARA_EMBEDDER": "onnx", "INARA_SCREEN": "classifier"}),
    ("onnx int8 per channel, 1 thread", "fusion", True, {"INARA_EMBEDDER": "onnx-int8"}),
    ("onnx int8 per channel, 1 thread, no trained screen", "fusion", False, {"INARA_EMBEDDER": "onnx-int8"}),
    ("lexical only", "lexical", True, {}),
]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def warm_match(db: str, repeats: int, matcher: str, screen: bool = True) -> dict:
    """screen=False measures the same matcher without the trained safety screen (the classifier,
    or the sentence screen; the rules still run), so the two runs side by side give what it adds."""
    from inara import Inara
    from inara.settings import Settings

    # INARA_EMBEDDER through Settings, where the checkout has it there (older ones read it inside).
    embedder = {k: v for k, v in Settings.from_environment().options().items() if k in ("embedder", "screen") and v}
    inara = Inara(db=db, matcher=matcher, **embedder)
    if not screen:
        inara.matcher.semantic = None
        inara.matcher.classifier = None
    questions = [json.loads(line)["text"] for line in (ROOT / "evals" / "dev.jsonl").read_text().splitlines() if line.strip()]
    # Warmed as a server warms a worker before it takes questions (Inara.warm_up with a question:
    # the model, the phrasings, and since 2026-12-05 the re-read's graph and the language
    # identifier); a checkout whose warm_up takes no question is warmed by one match.
    try:
        inara.warm_up(questions[0])
    except TypeError:
        inara.match(questions[0])
    wall, cpu = [], []
    for _ in range(repeats):
        for text in questions:
            start, start_cpu = time.perf_counter(), time.process_time()
            inara.match(text)
            cpu.append((time.process_time() - start_cpu) * 1000)
            wall.append((time.perf_counter() - start) * 1000)
    embedder = inara.matcher.embedder
    return {"matcher": matcher, "embedder": type(embedder).__name__ if embedder else None,
            "questions": len(questions), "runs": len(wall),
            "p50_ms": round(percentile(wall, 50), 1), "p99_ms": round(percentile(wall, 99), 1),
            "cpu_p50_ms": round(percentile(cpu, 50), 1), "cpu_mean_ms": round(statistics.mean(cpu), 1)}


def checkout_env(checkout: Path | None = None) -> dict:
    """The environment that makes a child process import inara from `checkout` (default: the one
    this file is in), not from wherever the package is installed. (`python -m` puts its working
    folder first on the path: cold_ask runs in the checkout's folder for that reason.)"""
    root = str(checkout or ROOT)
    return {"PYTHONPATH": os.pathsep.join([root, *filter(None, [os.environ.get("PYTHONPATH")])])}


def warm_match_in_process(db: str, repeats: int, matcher: str, screen: bool, env: dict) -> dict:
    environment = {**os.environ, "INARA_DB": db, **checkout_env(), **env}
    done = subprocess.run([sys.executable, __file__, "--warm", json.dumps([db, repeats, matcher, screen])],
                          env=environment, cwd=ROOT, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def bytecode_env(env: dict) -> dict:
    """`env` with Python allowed to keep compiled bytecode, and the checkout compiled now: pip
    compiles a package's modules when it installs them, so a user's cold start never compiles
    source, while this machine sets PYTHONDONTWRITEBYTECODE (about 0.1 s of every cold ask)."""
    env = {key: value for key, value in env.items() if key != "PYTHONDONTWRITEBYTECODE"}
    root = env["PYTHONPATH"].split(os.pathsep)[0]
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(root) / "inara")], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    return env


def cold_ask(db: str, runs: int, env: dict | None = None) -> dict:
    """Wall seconds, and CPU seconds of the child (what a busy machine does not inflate much), with
    the package's bytecode compiled as an install leaves it."""
    env = bytecode_env({**os.environ, "INARA_DB": db, **checkout_env(), **(env or {})})
    times, cpu = [], []
    for _ in range(runs):
        start, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-m", "inara", "ask", QUESTION, "--format", "markdown"], env=env,
                       check=True, stdout=subprocess.DEVNULL, cwd=env["PYTHONPATH"].split(os.pathsep)[0])
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append(time.perf_counter() - start)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return {"runs": runs, "p50_s": round(statistics.median(times), 3), "max_s": round(max(times), 3),
            "cpu_p50_s": round(statistics.median(cpu), 3)}


def model_build() -> float:
    """Seconds to build the ONNX model from the packaged weights, into a throwaway folder (this
    checkout's code, as the other figures, whatever is installed)."""
    sys.path.insert(0, str(ROOT))
    from inara.matching.onnx_minilm import ensure_model

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        ensure_model("fp32", folder=Path(tmp))
        return time.perf_counter() - start


def before_and_after(before: Path, db: str, quick: bool) -> None:
    """The default configuration in another checkout (`before`, e.g. a worktree of main) and in
    this one, on the same questions in the same run, the two alternating so that a change in the
    machine's load falls on both: cold `inara ask` and warm match with and without the sentence
    screen."""
    # Each checkout keeps its own user cache (built models, the rules' needs, BM25's postings), as
    # two installs would: sharing one, the two overwrote each other's files at every turn and every
    # cold ask rebuilt them (about 1.3 s for both sides against 0.7 s for either alone, 2026-12-05).
    caches = {label: tempfile.mkdtemp(prefix=f"inara-bench-{label}-") for label in ("before", "after")}
    try:
        sides = (("before", {**checkout_env(before), "XDG_CACHE_HOME": caches["before"]}),
                 ("after", {**checkout_env(), "XDG_CACHE_HOME": caches["after"]}))
        runs = 3 if quick else 6
        cold: dict[str, list] = {"before": [], "after": []}
        for _label, env in sides:  # fill each side's cache once, untimed, as an installed package has it
            cold_ask(db, 1, env)
        for _ in range(runs):
            for label, env in sides:
                cold[label].append(cold_ask(db, 1, env))
        print(f"before = {before}, after = {ROOT}")
        for label, _env in sides:
            walls = [r["p50_s"] for r in cold[label]]
            cpus = [r["cpu_p50_s"] for r in cold[label]]
            print(f"cold `inara ask` (index built; default), {label:6}: wall p50 {statistics.median(walls):.3f} s, "
                  f"min {min(walls):.3f} s, CPU p50 {statistics.median(cpus):.3f} s over {runs} runs")
        repeats = 1 if quick else 3
        print(f"warm match (default: onnx fp32, 1 thread), {repeats} pass(es) over the dev questions, one process each:")
        print(f"  {'configuration':54} {'wall p50':>9} {'wall p99':>9} {'CPU p50':>8} {'CPU mean':>9}")
        for screen in (True, False):
            for label, env in sides:
                f = warm_match_in_process(db, repeats, "fusion", screen, {**env, "INARA_EMBEDDER": "onnx"})
                name = f"{label}{'' if screen else ', no sentence screen'}"
                print(f"  {name:54} {f['p50_ms']:>6.1f} ms {f['p99_ms']:>6.1f} ms {f['cpu_p50_ms']:>5.1f} ms "
                      f"{f['cpu_mean_ms']:>6.1f} ms   ({f['runs']} matches of {f['questions']} questions)")
    finally:  # each holds a built model (about 90 MB)
        for folder in caches.values():
            shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--before", type=Path, help="another checkout (e.g. a worktree of main): measure the "
                        "default configuration there and here, alternating, in this run")
    parser.add_argument("--db", help="an index already built (default: a new one, built first)")
    parser.add_argument("--warm", help=argparse.SUPPRESS)  # internal: one warm run, JSON out
    args = parser.parse_args()
    if args.warm:
        print(json.dumps(warm_match(*json.loads(args.warm))))
        return
    if args.before:
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
        with tempfile.TemporaryDirectory() as tmp:
            db = args.db or str(Path(tmp) / "bench.db")
            if not args.db:
                cold_ask(db, 1)  # build the index once
            before_and_after(args.before, db, args.quick)
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        return
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
    print(f"ONNX model build from the packaged weights (once per install, cached): {model_build():.1f} s")
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        start = time.perf_counter()
        cold_ask(db, 1)
        print(f"first run (empty index: validate, index, embed all phrasings): {time.perf_counter() - start:.2f} s")
        for label, env in (("default", {}), ("numpy, as before", {"INARA_EMBEDDER": "numpy", "OPENBLAS_NUM_THREADS": "2"})):
            result = cold_ask(db, 3 if args.quick else 10, env)
            print(f"cold `inara ask` (index built; {label}): wall p50 {result['p50_s']} s, max {result['max_s']} s, "
                  f"CPU p50 {result['cpu_p50_s']} s over {result['runs']} runs")
        repeats = 1 if args.quick else 3
        print(f"warm match, {repeats} pass(es) over the dev questions each, one process per line:")
        print(f"  {'configuration':54} {'wall p50':>9} {'wall p99':>9} {'CPU p50':>8} {'CPU mean':>9}")
        for label, matcher, screen, env in CONFIGURATIONS:
            try:
                f = warm_match_in_process(db, repeats, matcher, screen, env)
            except subprocess.CalledProcessError as error:
                print(f"  {label:54} failed: {error.stderr.strip().splitlines()[-1] if error.stderr else error}")
                continue
            print(f"  {label:54} {f['p50_ms']:>6.1f} ms {f['p99_ms']:>6.1f} ms {f['cpu_p50_ms']:>5.1f} ms "
                  f"{f['cpu_mean_ms']:>6.1f} ms   ({f['runs']} matches of {f['questions']} questions)")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
