"""Warm embedding time of each ONNX precision on the graph a question runs (the topic vector and the
safety classifier's over the shared lower layers), measured side by side in one run, one text a
call, one thread, with the cosine of each output to full precision.

    python3 benchmarks/precisions.py [N]     # N dev questions (default 150), three passes each

The precisions are onnx_minilm.PRECISIONS; accuracy and safety of a precision are measured with
benchmarks/accuracy.py --embedder onnx-PRECISION (evals/results/int8-partial-2026-12-04.md).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inara.matching.onnx_minilm import PRECISIONS, OnnxMiniLM  # noqa: E402

OUTPUTS = ("vectors", "classifier")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    texts = [json.loads(line)["text"] for line in (ROOT / "evals" / "dev.jsonl").read_text().splitlines() if line.strip()][:n]
    models = {p: OnnxMiniLM(p) for p in PRECISIONS}
    reference = [models["fp32"].run([t], 128, OUTPUTS) for t in texts]  # also warms fp32
    for m in models.values():
        for t in texts[:10]:
            m.run([t], 128, OUTPUTS)
    times = {p: [] for p in models}
    for _ in range(3):  # interleaved, so load changes touch every precision alike
        for p, m in models.items():
            for t in texts:
                start = time.perf_counter()
                m.run([t], 128, OUTPUTS)
                times[p].append(time.perf_counter() - start)
    for p, m in models.items():
        got = [m.run([t], 128, OUTPUTS) for t in texts]
        cos = [np.mean([float(r[k][0] @ g[k][0]) for r, g in zip(reference, got)]) for k in range(len(OUTPUTS))]
        print(f"{p:12s} p50 {np.median(times[p]) * 1000:5.1f} ms  p90 {np.percentile(times[p], 90) * 1000:5.1f} ms  "
              f"cosine to fp32: topic {cos[0]:.4f}, classifier {cos[1]:.4f}")


if __name__ == "__main__":
    main()
