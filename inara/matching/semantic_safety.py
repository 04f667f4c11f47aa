"""The trained half of the safety screen.

Rules catch the ways people usually say alarming things; parents also say them sideways ("she
gave away her things and thanked us for everything"), misspelt, in slang or deep in a long post.
A linear classifier over sentence embeddings (all-MiniLM-L6-v2) reads the whole question, each
sentence and each clause, and names a category of `data/safety_categories.yaml` for any of them,
or none. It is trained by `scripts/train_safety.py` on the sentences in
`data/safety_training/` and `data/safety_examples.yaml` (written for Inara: every category,
and ordinary look-alikes) and shipped as `data/safety_model.npz`; nothing is trained at run time.

Reading clauses as well as sentences makes the screen stable: adding an ordinary clause to a
worrying sentence ("..., he can't swim") leaves the worrying clause as it was, so a flag never
switches off because more was said. Each finding then goes through the same negation and time
checks as the rules' (`safety.with_context`).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from .safety import DATA, Finding, categories, with_context

MODEL = DATA / "safety_model.npz"
SENTENCE = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n+")
CLAUSE = re.compile(r"\s*[,;:()]\s*|\s+(?:but|and then|so|because|though|although|while|tbh|ngl|lol|x+)\s+|\s+[-\u2013\u2014]+\s+")
MIN_WORDS = 3
MAX_UNITS = 48  # a 4,000-character question of tiny sentences must not cost seconds


def sentences(text: str, min_words: int = 4) -> list[str]:
    """Sentences of a question, short fragments joined to the next one."""
    out: list[str] = []
    carry = ""
    for part in SENTENCE.split(text.strip()):
        part = (carry + " " + part).strip() if carry else part.strip()
        if len(part.split()) < min_words:
            carry = part
            continue
        out.append(part)
        carry = ""
    if carry:
        if out:
            out[-1] = out[-1] + " " + carry
        else:
            out.append(carry)
    return out


def clauses(sentence: str) -> list[str]:
    """The clauses of a sentence with at least MIN_WORDS words (short ones join the previous)."""
    out: list[str] = []
    for part in CLAUSE.split(sentence):
        part = part.strip()
        if not part:
            continue
        if out and len(part.split()) < MIN_WORDS:
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    if len(out) > 1 and len(out[0].split()) < MIN_WORDS:
        out[1] = f"{out[0]} {out[1]}"
        out.pop(0)
    return out


def units(text: str) -> list[str]:
    """What the screen reads: the whole question, its sentences, their clauses; each once."""
    found = [text.strip()]
    for sentence in sentences(text):
        found.append(sentence)
        parts = clauses(sentence)
        if len(parts) > 1:
            found += parts
    unique = list(dict.fromkeys(u for u in found if u))
    return unique[:MAX_UNITS]


@lru_cache(maxsize=1)
def load_model() -> dict | None:
    if not MODEL.exists():
        return None
    data = np.load(MODEL, allow_pickle=False)
    return {key: data[key] for key in data.files}


class SemanticScreen:
    """Reads unit vectors (rows of normalised embeddings) and finds categories."""

    def __init__(self, model: dict | None = None):
        model = model if model is not None else load_model()
        if model is None:
            raise FileNotFoundError(f"{MODEL} is missing: run scripts/train_safety.py")
        self.weights = model["weights"].astype(np.float32)
        self.bias = model["bias"].astype(np.float32)
        self.classes = [str(c) for c in model["classes"]]
        self.thresholds = {str(k): float(v) for k, v in zip(model["threshold_levels"], model["thresholds"])}
        known = categories()
        self.level = [known[c].level if c in known else "ok" for c in self.classes]
        self.urgent = np.array([lvl == "urgent" for lvl in self.level])
        self.professional = np.array([lvl == "see-professional" for lvl in self.level])

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        logits = vectors @ self.weights + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def unit_categories(self, vectors: np.ndarray) -> list[tuple[int, str]]:
        """(unit index, category) for each unit that reaches a level's threshold. The level's
        probability is summed over its categories (a disclosure may split between two kinds of
        abuse); the category named is the likeliest one of that level."""
        probs = self.probabilities(vectors)
        found = []
        for row, p in enumerate(probs):
            for mask, level in ((self.urgent, "urgent"), (self.professional, "see-professional")):
                if not mask.any():
                    continue
                if p[mask].sum() >= self.thresholds[level]:
                    best = int(np.argmax(np.where(mask, p, -1.0)))
                    found.append((row, self.classes[best]))
                    break  # urgent first: a unit gives at most one finding
        return found

    def findings(self, vectors: np.ndarray, texts: list[str]) -> list[Finding]:
        """vectors[i] is the vector of texts[i] (see `units`)."""
        known = categories()
        out: dict[str, Finding] = {}
        for row, category in self.unit_categories(vectors):
            unit = texts[row].lower()
            finding = with_context(Finding(known[category].level, category, f"semantic:{category}", unit), unit)
            if finding and finding.category not in out:
                out[finding.category] = finding
        return list(out.values())
