"""Issue 12, point 1: a gate on the units pass, tried and not kept (README, "Speed: measured").

The sentence screen and the judges read every unit of a question (each sentence, clause and pair
of clauses), and embedding the units is the largest part of a match's CPU. A gate would skip
that pass when no unit could lead to a finding, judged from a cheap stand-in for each unit's
vector. For every eval question and every training line with more than one unit whose rules
find nothing (the only questions a gate would be asked about: a rule finding needs the units to
order its categories), this writes each decision's margin from the real unit vectors ("true":
how far the question is from a finding; >= 0 fires) and from a stand-in ("proxy"):

    INARA_DB=/tmp/speed.db python3 scripts/experiments/screen_gate_trial.py rows pooled 0 2 /tmp/g-0.jsonl &
    INARA_DB=/tmp/speed.db python3 scripts/experiments/screen_gate_trial.py rows pooled 1 2 /tmp/g-1.jsonl
    python3 scripts/experiments/screen_gate_trial.py report /tmp/g-*.jsonl
    INARA_DB=/tmp/speed.db python3 scripts/experiments/screen_gate_trial.py rows int8 0 1 /tmp/i8.jsonl evals/dev.jsonl

Stand-ins: "pooled", each unit's tokens' states in the whole question's pass through the screen's
layers, averaged (free: the pass is made anyway); "int8", the unit embedded alone by the int8
screen encoder. Decisions (`margins`): the sentence screen's least-met condition, per level and
unit ("screen", in similarity); the unit judge's P(urgent) against its threshold and the question
judge's flag against its own (log-odds). `report` gives each decision's closest call (the lowest
stand-in margin of a question whose real margin fires) and how many questions a gate set at the
closest calls, and below them, would skip.
"""

from __future__ import annotations

import glob
import json
import math
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from inara.matching import safety_judge  # noqa: E402
from inara.matching.semantic_safety import (FLOOR, LOOKALIKE, MARGIN, OTHER_FLOOR, OTHER_MARGIN, PART_EXTRA,  # noqa: E402
                                            SHORT_WORDS, VETO, word_count)

TOKENS = "screen.encoder.layer.5.output.LayerNorm.ln"  # the screen's last layer, before pooling


def spans(text: str, parts: list[str], offsets: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
    """The token rows [start, end) of each unit in the whole question's pass, or None when a unit
    cannot be placed (not found in order, or cut off by the pass's token limit). `offsets`: each
    token's character span in `text`, (0, 0) for [CLS] and [SEP] as the tokenizer gives them. A
    pair of clauses ("a, b": `semantic_safety.pairs`) spans from its first clause to its second,
    whatever was written between them."""
    found = []
    for part in parts:
        chars = _chars(text, part)
        if chars is None:
            found.append(None)
            continue
        rows = [i for i, (a, b) in enumerate(offsets) if b > a and a < chars[1] and b > chars[0]]
        # The unit's last character must be inside the pass (the whole question is cut at its
        # first tokens): a unit read only in part is no stand-in for the unit.
        if not rows or offsets[rows[-1]][1] < chars[1]:
            found.append(None)
            continue
        found.append((rows[0], rows[-1] + 1))
    return found


def _chars(text: str, part: str) -> tuple[int, int] | None:
    """Where a unit sits in the text: the text itself (stripped), a sentence or clause, or a pair
    "a, b" of neighbouring pieces (the first place where a is followed by b)."""
    start = text.find(part)
    if start >= 0:
        return start, start + len(part)
    pieces = part.split(", ")
    for cut in range(1, len(pieces)):
        a, b = ", ".join(pieces[:cut]), ", ".join(pieces[cut:])
        first = text.find(a)
        while first >= 0:
            second = text.find(b, first + len(a))
            if second >= 0:
                return first, second + len(b)
            first = text.find(a, first + 1)
    return None


def pooled(states: np.ndarray, rows: list[tuple[int, int]]) -> np.ndarray:
    """Each span's token states averaged and scaled to unit length (the screen's own pooling)."""
    out = np.vstack([states[a:b].mean(axis=0) for a, b in rows]).astype(np.float32)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


def _logit(p: np.ndarray | float) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=np.float64), 1e-12, 1 - 1e-12)
    return np.log(p) - np.log1p(-p)


def conditions(screen, vectors: np.ndarray, texts: list[str], language: str) -> dict[str, np.ndarray]:
    """For each level, each unit's three conditions of the sentence screen as margins ([units, 3]:
    similarity over the floor, over ordinary sentences by the level's margin, over look-alikes by
    the veto; the unit is found when all three are at least 0), before the negation and time
    checks, which only ever drop findings. Empty when the screen does not read the language."""
    out = {}
    if language != "en" and not screen.reads(language):
        return out
    other = language != "en"
    near = screen.neighbours(vectors, language)
    groups = screen.groups
    floor, margin = (OTHER_FLOOR, OTHER_MARGIN) if other else (FLOOR, MARGIN)
    ordinary = {"urgent": near.mean(groups["ok"]), "see-professional": near.mean(groups["ok-see"])}
    look = near.mean(groups[LOOKALIKE]) if near.has(groups[LOOKALIKE]) else np.full(len(vectors), -1.0)
    extra = PART_EXTRA * np.array([word_count(t) < SHORT_WORDS for t in texts[:len(vectors)]])
    for level in ("urgent", "see-professional"):
        if not near.has(groups[level]) or (other and not near.has(groups["ok"])):
            continue
        score = near.mean(groups[level])
        out[level] = np.column_stack([score - floor[level], score - ordinary[level] - margin[level] - extra,
                                      score - look - VETO[level] - extra])
    return out


def judges(screen, vectors: np.ndarray, texts: list[str], language: str, judge: dict) -> tuple[np.ndarray, float]:
    """The unit judge's P(urgent) for each unit against its threshold, and the question judge's
    P(urgent) + P(see-professional) against the flag threshold, in log-odds (firing at 0 or
    more). The question is read as if the rules found nothing (the gate is only asked then) and
    the sentence screen found what these vectors say."""
    slugs, classes = judge["categories"], judge["classes"]
    units = safety_judge.unit_features(screen, vectors, texts, language, slugs)
    p_units = safety_judge.probabilities(units, judge["unit"])[:, classes.index("urgent")]
    width = vectors.shape[1]
    sentences = ("urgent" if units[:, -width - 2].any() else
                 "see-professional" if units[:, -width - 1].any() else "ok")
    p = safety_judge.probabilities(safety_judge.features(units, "ok", sentences, slugs), judge["question"])[0]
    flag = p[classes.index("urgent")] + p[classes.index("see-professional")]
    return _logit(p_units) - _logit(judge["unit_urgent_at"]), float(_logit(flag) - _logit(judge["flag_at"]))


def margins(screen, vectors: np.ndarray, texts: list[str], language: str, judge: dict | None) -> dict[str, float]:
    """How near each decision of the screen comes to firing for these unit vectors (negative:
    short of it), the largest over units and levels: "screen", the sentence screen's least-met
    condition (`conditions`); "unit" and "question", the judges' (`judges`)."""
    found = conditions(screen, vectors, texts, language)
    out = {"screen": max((float(c.min(axis=1).max()) for c in found.values()), default=-math.inf),
           "unit": -math.inf, "question": -math.inf}
    if judge is not None and safety_judge.usable(judge):
        units, question = judges(screen, vectors, texts, language, judge)
        out["unit"], out["question"] = float(units.max()), question
    return out


def token_session(embedder):
    """The cached ("vectors", "screen") graph with the screen's last token states as a third
    output (the library does not build it: the gate was not kept)."""
    import onnx
    import onnxruntime as ort
    from onnx import TensorProto, helper

    from inara.matching.onnx_minilm import ensure_model

    model = onnx.load(str(ensure_model("fp32", outputs=("vectors", "screen"))))
    model.graph.output.append(helper.make_tensor_value_info(TOKENS, TensorProto.FLOAT, ["batch", "seq", 384]))
    return ort.InferenceSession(model.SerializeToString(), embedder.options, providers=["CPUExecutionProvider"])


def items() -> list[tuple[str, object, str, float | None]]:
    import train_safety as ts
    import yaml

    out = []
    for path in sorted((ROOT / "evals").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line) if line.strip() else {}
            if "text" in item:
                out.append((path.name, item.get("id"), item["text"], item.get("age_years")))
    lines = [(str(p.relative_to(ts.DATA)), line) for p in ts.data_files() if p.suffix == ".txt" for line in ts.read_lines(p)]
    old = yaml.safe_load(ts.EXEMPLARS.read_text(encoding="utf-8"))
    lines += [("safety_examples.yaml", x) for level in ("urgent", "see-professional") for its in old[level].values() for x in its]
    lines += [("safety_examples.yaml", x) for x in old["ok"]]
    seen = set()
    for i, (source, line) in enumerate(lines):
        if line not in seen:
            seen.add(line)
            out.append(("training:" + source, i, line, None))
    return out


def rows(kind: str, shard: int, shards: int, target: str, files: list[str]) -> None:
    from inara import Inara
    from inara.matching.onnx_minilm import OnnxMiniLM
    from inara.matching.question import Question
    from inara.matching.safety import rule_findings
    from inara.settings import Settings

    inara = Inara(**{k: v for k, v in Settings.from_environment().options().items() if k in ("db", "embedder")})
    matcher = inara.matcher
    screen, embedder, judge = matcher.semantic, matcher.embedder, safety_judge.load()
    session = token_session(embedder) if kind == "pooled" else None
    int8 = OnnxMiniLM("int8") if kind == "int8" else None
    chosen = items()
    if files:
        names = {Path(f).name for f in files}
        chosen = [row for row in chosen if row[0] in names]
    with open(target, "w") as out:
        for source, ident, text, age in chosen[shard::shards]:
            try:
                question = Question.read(text, age)
            except Exception:  # noqa: BLE001
                continue
            parts = list(question.units)
            if len(parts) < 2 or rule_findings(question.text, question.age.years, question.normalised):
                continue
            _, true, _ = matcher.embed_question(question)
            if kind == "int8":
                proxy = np.vstack([true[:1], int8.screen.embed(parts[1:], 128)])
            else:
                encoding = embedder.tokenizer.encode(question.text)
                ids, offsets = list(encoding.ids), list(encoding.offsets)
                if len(ids) > 128:
                    ids, offsets = [*ids[:127], 102], [*offsets[:127], (0, 0)]
                matrix = np.array([ids], dtype=np.int64)
                _, whole, states = session.run(None, {"input_ids": matrix, "attention_mask": np.ones_like(matrix)})
                placed = spans(question.text, parts[1:], offsets)
                proxy = None if any(p is None for p in placed) else np.vstack([whole, pooled(states[0], placed)])
            row = {"file": source, "id": ident, "n": len(parts), "lang": question.language,
                   "true": margins(screen, true, parts, question.language, judge),
                   "true_c": {k: v.round(5).tolist() for k, v in conditions(screen, true, parts, question.language).items()},
                   "true_u": judges(screen, true, parts, question.language, judge)[0].round(4).tolist()}
            if proxy is not None:
                row["proxy"] = margins(screen, proxy, parts, question.language, judge)
                row["proxy_c"] = {k: v.round(5).tolist() for k, v in conditions(screen, proxy, parts, question.language).items()}
                row["proxy_u"] = judges(screen, proxy, parts, question.language, judge)[0].round(4).tolist()
                row["cos"] = float(np.sum(proxy[1:] * true[1:], axis=1).min())
            out.write(json.dumps(row) + "\n")


def report(paths: list[str]) -> None:
    found = [json.loads(line) for p in paths for f in glob.glob(p) for line in open(f) if line.endswith("\n")]
    usable = [r for r in found if "proxy" in r]
    print(f"{len(found)} questions asked (more than one unit, no rule finding), {len(found) - len(usable)} with a "
          f"unit the stand-in cannot place; files: {len({r['file'] for r in found})}")
    names = ("screen", "unit", "question")
    close = {}
    for name in names:
        firing = [r["proxy"][name] for r in usable if r["true"][name] >= 0]
        close[name] = min(firing) if firing else 0.0
        print(f"{name}: {len(firing)} questions fire; closest call {close[name]:.3f}; stand-in median "
              f"{np.median([r['proxy'][name] for r in usable]):.3f}; largest miss (real - stand-in) "
              f"{max(r['true'][name] - r['proxy'][name] for r in usable if math.isfinite(r['true'][name])):.3f}")
    groups = {"dev": lambda r: r["file"] == "dev.jsonl",
              "no-guide and new-topics sets": lambda r: r["file"].startswith(("no-guide", "new-topics")),
              "every eval set": lambda r: not r["file"].startswith("training"),
              "training lines": lambda r: r["file"].startswith("training")}
    for below in (0.0, 0.01, 0.02, 0.05):
        gate = {"screen": close["screen"] - below, "unit": close["unit"] - 40 * below, "question": close["question"] - 40 * below}
        line = []
        for label, member in groups.items():
            group = [r for r in found if member(r)]
            skipped = [r for r in group if "proxy" in r and all(r["proxy"][k] < gate[k] for k in names)]
            lost = sum(any(r["true"][k] >= 0 for k in names) for r in skipped)
            line.append(f"{label} {len(skipped)}/{len(group)} (lost {lost})")
        print(f"gate {below} below the closest calls: skipped " + "; ".join(line))


if __name__ == "__main__":
    if sys.argv[1] == "rows":
        rows(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6:])
    else:
        report(sys.argv[2:])
