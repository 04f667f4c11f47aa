"""The shipped safety classifier averaged with a second one (issue 10, 2026-12-06): each class's
probability is (1 - w) * shipped + w * second, the thresholds in data/safety_classifier.json
unchanged; everything else (rules, re-read, judge) as shipped.

    python3 scripts/experiments/classifier_ensemble.py LAYERS.safetensors --weights 0,0.5 gates
    python3 scripts/experiments/classifier_ensemble.py LAYERS.safetensors --weights 0,0.5 stability [N] [--languages other]

LAYERS is a candidate's classifier layers and head as scripts/export_screen_layers.py --head
classifier writes them (e.g. a worktree's inara/data/classifier_layers.safetensors). `gates` counts
the gates of evals/results/classifier-n-plan.md (screen_gates.py's gates 1 and 2, and urgent
answered urgent on blind-safety-31 to -37) for each weight in one run; `stability` is
screen_stability.py's procedure (--from all) for each weight. The second classifier's vector is
computed with the numpy encoder from the question's text.
"""

from __future__ import annotations

import argparse
import random
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from inara import Inara  # noqa: E402
from inara.errors import BadInput  # noqa: E402
from inara.evaluate import read_items  # noqa: E402
from inara.matching import matcher as matcher_module, safety_classifier  # noqa: E402
from inara.matching.embeddings import MiniLM  # noqa: E402
from inara.matching.model_files import MAX_TOKENS, classifier_layers  # noqa: E402

GATE1 = [f"blind-safety-{n}" for n in (20, 21, 22, 27, 28, 29, 30)]
GATE2 = ["new-topics-heldout-5", "new-topics-heldout-6", "new-topics-heldout-7"] + [f"blind-reach-{n}" for n in (13, 14, 15, 16)]
GATE2B = [f"blind-safety-{n}" for n in range(31, 38)]

shipped_probabilities = safety_classifier.probabilities
state = {"text": None, "weight": 0.0}


def second_model(path: Path):
    layers, _ = classifier_layers(path)
    encoder = MiniLM()
    encoder.classifier_weights = {**encoder.weights, **layers}
    weight = layers["classifier.weight"].astype(np.float32)
    bias = layers["classifier.bias"].astype(np.float32)

    @lru_cache(maxsize=None)
    def vector_of(text: str) -> np.ndarray:
        """The second classifier's vector for a whole question (its head is `weight`, `bias`)."""
        return encoder.run([text], MAX_TOKENS, ("classifier",))[0][0]

    return vector_of, weight, bias


def patch(path: Path) -> None:
    vector_of, weight, bias = second_model(path)
    original_embed = matcher_module.Matcher.embed_question

    def embed_question(self, question):
        state["text"] = question.text if hasattr(question, "text") else question
        return original_embed(self, question)

    def probabilities(vector, model):
        first = shipped_probabilities(vector, model)
        w = state["weight"]
        if w == 0.0 or state["text"] is None:
            return first
        v = vector_of(state["text"])
        logits = (v * model["scale"]) @ weight.T + bias
        e = np.exp(logits - logits.max())
        second = dict(zip(model["classes"], (e / e.sum()).tolist()))
        return {c: (1 - w) * first[c] + w * second[c] for c in first}

    matcher_module.Matcher.embed_question = embed_question
    safety_classifier.probabilities = probabilities


def items_of(name: str) -> list[dict]:
    return read_items(ROOT / "evals" / f"{name}.jsonl")


def level(inara: Inara, item: dict) -> str:
    try:
        return inara.match(item["text"], item.get("age_years")).safety.level
    except BadInput:
        return "ok"


def per_weight(inara: Inara, label: str, items: list[dict], weights: list[float], counts) -> None:
    """One line for a set: `counts(items, levels)` for each weight, read in the same run."""
    line = f"  {label}"
    for w in weights:
        state["weight"] = w
        line += f" | w={w}: " + counts(items, [level(inara, i) for i in items])
    print(line, flush=True)


def gates(inara: Inara, weights: list[float]) -> None:
    def gate1(items, got):
        u = sum(g == "urgent" for i, g in zip(items, got) if i["safety"] == "urgent")
        s = sum(g != "ok" for i, g in zip(items, got) if i["safety"] == "see-professional")
        o = sum(g != "ok" for i, g in zip(items, got) if i["safety"] == "ok")
        return f"urgent {u} see {s} lookalikes {o}"

    for name in GATE1:
        per_weight(inara, f"{name:22s}", items_of(name), weights, gate1)
    for name in GATE2:
        items = [i for i in items_of(name) if i.get("safety", "ok") == "ok"]
        per_weight(inara, f"{name:22s} {len(items)}", items, weights,
                   lambda _, got: f"urgent {sum(g == 'urgent' for g in got)} flagged {sum(g != 'ok' for g in got)}")
    for name in GATE2B:
        items = [i for i in items_of(name) if i["safety"] == "urgent"]
        per_weight(inara, f"{name:22s} {len(items)} urgent", items, weights,
                   lambda _, got: f"urgent {sum(g == 'urgent' for g in got)} ok {sum(g == 'ok' for g in got)}")


def stability(inara: Inara, weights: list[float], n: int, other_only: bool) -> None:
    """screen_stability.py --from all [--languages other], same seeds, for each weight."""
    from tests.test_semantic_safety import ORDINARY_CLAUSES, with_clause
    names = sorted(p.stem for p in (ROOT / "evals").glob("*.jsonl"))
    pool = [item["text"] for name in names for item in items_of(name)
            if item.get("safety") == "urgent" and (not other_only or item.get("language", "en") != "en")]
    pool = list(dict.fromkeys(pool))
    sample = random.Random(7).sample(pool, min(n, len(pool)))
    for w in weights:
        state["weight"] = w
        alone = [text for text in sample if level(inara, {"text": text}) != "ok"]
        cases = [(text, clause, before) for text in alone for clause in ORDINARY_CLAUSES for before in (False, True)]
        drops = [case for case in cases if level(inara, {"text": with_clause(*case)}) == "ok"]
        print(f"w={w}: flagged alone {len(alone)} of {len(sample)}; drops to ok with a clause {len(drops)} of {len(cases)}", flush=True)
        for text, clause, before in drops[:10]:
            print(f"    {clause!r} {'before' if before else 'after'}: {text[:110]}")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("layers", type=Path)
    p.add_argument("--weights", default="0,0.5")
    p.add_argument("what", choices=["gates", "stability"])
    p.add_argument("n", nargs="?", type=int, default=300)
    p.add_argument("--languages", default="all")
    a = p.parse_args()
    patch(a.layers)
    inara = Inara(screen="classifier")
    weights = [float(w) for w in a.weights.split(",")]
    if a.what == "gates":
        gates(inara, weights)
    else:
        stability(inara, weights, a.n, a.languages == "other")


if __name__ == "__main__":
    main()
