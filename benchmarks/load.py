"""Load test of the web app on loopback: requests/s and latency, printed.

    python3 benchmarks/load.py                 # 20 clients, 2,000 requests per target
    python3 benchmarks/load.py --requests 500  # shorter

Starts `inara serve` on 127.0.0.1 (a free port) in a subprocess, waits for it,
then for each target runs CLIENTS concurrent clients (threads with keep-alive
connections) until REQUESTS requests are done or LIMIT seconds have passed,
and stops the server. Only loopback is ever contacted. Targets: a guide page
(GET) and /api/match (POST, questions from evals/dev.jsonl in turn).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def wait_ready(port: int, timeout: float = 120.0) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=2)
            conn.request("GET", "/")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def run_target(port: int, name: str, make_request, clients: int, total: int, limit: float) -> dict:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    counter = iter(range(total))
    stop_at = time.time() + limit

    def worker() -> None:
        nonlocal errors
        conn = http.client.HTTPConnection(HOST, port, timeout=10)
        while time.time() < stop_at:
            with lock:
                index = next(counter, None)
            if index is None:
                break
            method, path, body, headers = make_request(index)
            start = time.perf_counter()
            try:
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except OSError:
                ok = False
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=10)
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                errors += not ok
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    latencies.sort()

    def pct(p: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000, 1)

    return {"target": name, "requests": len(latencies), "errors": errors, "seconds": round(wall, 2),
            "requests_per_s": round(len(latencies) / wall, 1), "p50_ms": pct(50), "p99_ms": pct(99)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--limit", type=float, default=60.0, help="seconds per target at most")
    parser.add_argument("--workers", type=int, default=1, help="server worker processes")
    args = parser.parse_args()
    questions = [json.loads(line)["text"] for line in (ROOT / "evals" / "dev.jsonl").read_text().splitlines()
                 if line.strip()]
    port = free_port()
    env = {**os.environ, "INARA_DB": os.environ.get("INARA_DB") or str(Path(tempfile.mkdtemp()) / "load.db")}
    server = subprocess.Popen([sys.executable, "-m", "inara", "serve", "--host", HOST, "--port", str(port),
                               "--workers", str(args.workers)],
                              env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_ready(port)

        def guide(_index: int):
            return "GET", "/guides/refusing-comfort/toddler", None, {}

        def match(index: int):
            body = json.dumps({"text": questions[index % len(questions)]})
            return "POST", "/api/match", body, {"Content-Type": "application/json"}

        for name, fn in (("guide page", guide), ("/api/match", match)):
            run_target(port, name, fn, 2, 20, 10)  # warm up
            result = run_target(port, name, fn, args.clients, args.requests, args.limit)
            print(f"[{args.workers} worker(s)] {result['target']:12} {result['requests_per_s']:8.1f} req/s  p50 {result['p50_ms']} ms  "
                  f"p99 {result['p99_ms']} ms  errors {result['errors']}  ({result['requests']} requests, "
                  f"{args.clients} clients, {result['seconds']} s)")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
