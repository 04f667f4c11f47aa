"""Load test of the web app on loopback: requests/s, latency, 503s and errors, printed.

    python3 benchmarks/load.py                          # 20 and 100 clients, default `inara serve`
    python3 benchmarks/load.py --clients 20 --requests 500
    python3 benchmarks/load.py --chunked-mb 400         # server memory before and after a 400 MB chunked POST
    python3 benchmarks/load.py --ignore-retry-after     # clients retry a 503 at once instead of waiting

Starts `inara serve` on 127.0.0.1 (a free port; its default workers unless --workers) in a
subprocess, waits until /api/match answers (the model loaded), then for each target and client
count runs that many concurrent clients (threads with keep-alive connections) until REQUESTS
requests are done or LIMIT seconds have passed, and stops the server. Only loopback is ever
contacted. Also printed: the CPU the server's processes used per request and the cores they and
the clients kept busy (the clients share the machine). Targets: a guide page (GET) and /api/match (POST, questions from evals/dev.jsonl in
turn). A 503 is the server shedding load: counted apart from errors (any other status, a
timeout, a dropped connection); a client then waits the Retry-After seconds it was given, as a
browser or a polite script would. Latency is per request, 503s included. Nothing is asserted.
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


def wait_ready(port: int, timeout: float = 900.0) -> None:
    """Until /api/match answers 200: a first run builds the index (minutes), warming up meanwhile."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=10)
            conn.request("POST", "/api/match", body=json.dumps({"text": "my 3yo bites"}),
                         headers={"Content-Type": "application/json"})
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit("the server did not become ready")


def run_target(port: int, name: str, make_request, clients: int, total: int, limit: float,
               honour_retry_after: bool = True) -> dict:
    latencies: list[float] = []
    counts = {"ok": 0, "busy": 0, "errors": 0}
    lock = threading.Lock()
    counter = iter(range(total))
    stop_at = time.time() + limit

    def worker() -> None:
        conn = http.client.HTTPConnection(HOST, port, timeout=10)
        while time.time() < stop_at:
            with lock:
                index = next(counter, None)
            if index is None:
                break
            method, path, body, headers = make_request(index)
            start = time.perf_counter()
            wait = 0.0
            try:
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                outcome = {200: "ok", 503: "busy"}.get(response.status, "errors")
                if response.status == 503 and honour_retry_after:
                    wait = min(float(response.getheader("Retry-After") or 1), 5.0)
                if response.getheader("Connection", "").lower() == "close":
                    conn.close()
            except OSError:
                outcome = "errors"
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=10)
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                counts[outcome] += 1
            if wait:
                time.sleep(wait)
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

    return {"target": name, "clients": clients, "requests": len(latencies), **counts, "seconds": round(wall, 2),
            "ok_per_s": round(counts["ok"] / wall, 1), "p50_ms": pct(50), "p99_ms": pct(99),
            "max_ms": round(latencies[-1] * 1000, 1), "over_2s": sum(t > 2.0 for t in latencies)}


def process_tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (the workers), from /proc."""
    pids, total = [pid], 0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                pids.append(int(entry.name))
    for each in pids:
        try:
            for line in (Path("/proc") / str(each) / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def process_tree_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and its children (the workers), from /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(entry.name) == pid or int(fields[1]) == pid:
                total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def chunked_upload(port: int, megabytes: int) -> str:
    """POST megabytes of JSON-ish bytes with Transfer-Encoding: chunked (no Content-Length)."""
    chunk = b" " * (1024 * 1024)

    def body():
        for _ in range(megabytes):
            yield chunk

    conn = http.client.HTTPConnection(HOST, port, timeout=60)
    try:
        conn.request("POST", "/api/match", body=body(), headers={"Content-Type": "application/json"},
                     encode_chunked=True)
        response = conn.getresponse()
        return f"{response.status} {response.read()[:80]!r}"
    except OSError as exc:  # the server answered 413 and closed while we were still sending
        try:
            response = conn.getresponse()
            return f"{response.status} (connection closed by the server while sending: {type(exc).__name__})"
        except Exception:
            return f"connection closed by the server while sending ({type(exc).__name__})"
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", default="20,100", help="client counts, comma-separated")
    parser.add_argument("--requests", type=int, default=2000, help="requests per target and client count at most")
    parser.add_argument("--limit", type=float, default=30.0, help="seconds per target and client count at most")
    parser.add_argument("--workers", type=int, help="server worker processes (default: inara serve's, one per core)")
    parser.add_argument("--targets", default="guide,match", help="guide, match or both")
    parser.add_argument("--ignore-retry-after", action="store_true", help="retry a 503 at once")
    parser.add_argument("--chunked-mb", type=int, default=0, help="only measure memory around a chunked POST this big")
    args = parser.parse_args()
    questions = [json.loads(line)["text"] for line in (ROOT / "evals" / "dev.jsonl").read_text().splitlines()
                 if line.strip()]
    port = free_port()
    env = {**os.environ, "INARA_DB": os.environ.get("INARA_DB") or str(Path(tempfile.mkdtemp()) / "load.db")}
    command = [sys.executable, "-m", "inara", "serve", "--host", HOST, "--port", str(port)]
    if args.workers:
        command += ["--workers", str(args.workers)]
    server = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_ready(port)
        if args.chunked_mb:
            time.sleep(2)
            before = process_tree_rss_mb(server.pid)
            began = time.perf_counter()
            answer = chunked_upload(port, args.chunked_mb)
            seconds = time.perf_counter() - began
            time.sleep(2)
            after = process_tree_rss_mb(server.pid)
            print(f"chunked POST of {args.chunked_mb} MB: {answer} in {seconds:.2f} s; server memory (all "
                  f"processes) {before:.0f} MB before, {after:.0f} MB after ({after - before:+.0f} MB)")
            return

        def guide(_index: int):
            return "GET", "/guides/refusing-comfort/toddler", None, {}

        def match(index: int):
            body = json.dumps({"text": questions[index % len(questions)]})
            return "POST", "/api/match", body, {"Content-Type": "application/json"}

        targets = {"guide": ("guide page", guide), "match": ("/api/match", match)}
        for key in args.targets.split(","):
            name, fn = targets[key]
            run_target(port, name, fn, 2, 20, 10)  # warm up
            for clients in (int(n) for n in args.clients.split(",")):
                server_cpu, client_cpu = process_tree_cpu_s(server.pid), time.process_time()
                r = run_target(port, name, fn, clients, args.requests, args.limit, not args.ignore_retry_after)
                server_cpu = process_tree_cpu_s(server.pid) - server_cpu
                client_cpu = time.process_time() - client_cpu
                print(f"{r['target']:12} {clients:3} clients: {r['ok_per_s']:7.1f} answers/s  p50 {r['p50_ms']} ms  "
                      f"p99 {r['p99_ms']} ms  max {r['max_ms']} ms  | {r['ok']} ok, {r['busy']} 503, "
                      f"{r['errors']} errors, {r['over_2s']} over 2 s  ({r['requests']} requests, {r['seconds']} s)")
                print(f"{'':12} CPU: server {1000 * server_cpu / max(1, r['requests']):.1f} ms a request "
                      f"({server_cpu / r['seconds']:.2f} cores), these clients {client_cpu / r['seconds']:.2f} cores")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
