"""The semantic half of the safety screen.

Rules catch the ways people usually say alarming things; parents also say
them sideways ("she gave away her things and thanked us for everything").
Each sentence of the question is compared, by meaning, with exemplar
sentences for every urgent and see-professional category
(`data/safety_examples.yaml`) and with ordinary sentences (that file's `ok`
list plus every topic phrasing of the library). A category fires when a
sentence is close to its exemplars in absolute terms AND closer to them than
to anything ordinary. It only ever adds findings to the rules' findings.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import yaml

from .safety import DATA, Finding

NEIGHBOURS = 3
# Chosen on evals/dev.jsonl and the library's topic phrasings (see README, "Safety"):
# urgent is tuned for recall, see-professional for fewer false alarms.
THRESHOLDS = {"urgent": (0.50, 0.04), "see-professional": (0.55, 0.05)}  # (similarity, margin over ok)

CATEGORIES = {
    "self-harm": ("Your child may be hurting themselves on purpose.", "crisis"),
    "suicidal": ("Your child may be thinking about ending their life.", "crisis"),
    "poisoning": ("Your child may have swallowed something harmful.", "emergency"),
    "medical": ("This sounds like a medical emergency.", "emergency"),
    "abuse": ("What you describe may be abuse, or a child being hurt or exploited by an adult.", "child-protection"),
    "parent-risk": ("You or another carer may be at risk of hurting the child; you deserve help right now.", "parent-crisis"),
    "missing": ("A child may be missing.", "missing"),
    "feeding": ("Eating this restricted, with weight loss, gagging or fear, goes beyond ordinary picky eating.", "doctor-feeding"),
    "regression": ("Losing skills a child already had, for weeks, is worth checking with a professional.", "doctor-development"),
    "anxiety-mood": ("Fear, worry or low mood that is stopping daily life deserves a professional's help.", "doctor-anxiety"),
    "development": ("Questions about speech, hearing, movement or development are best answered by a professional.", "doctor-development"),
    "behaviour": ("Tantrums or rages this long, frequent or harmful are worth checking with a professional.", "doctor-development"),
}

SENTENCE = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n+")
MIN_WORDS = 4


@lru_cache(maxsize=1)
def examples() -> dict:
    return yaml.safe_load((DATA / "safety_examples.yaml").read_text(encoding="utf-8"))


def sentences(text: str) -> list[str]:
    """Sentences of a question, short fragments joined to the next one."""
    out: list[str] = []
    carry = ""
    for part in SENTENCE.split(text.strip()):
        part = (carry + " " + part).strip() if carry else part.strip()
        if len(part.split()) < MIN_WORDS:
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


class SemanticScreen:
    def __init__(self, embedder, store=None, ordinary: list[str] = ()):
        data = examples()
        texts: list[str] = []
        labels: list[tuple[str, str]] = []
        for level in ("urgent", "see-professional"):
            for category, items in data[level].items():
                texts += items
                labels += [(level, category)] * len(items)
        ok = [*data["ok"], *ordinary]
        texts += ok
        labels += [("ok", "ok")] * len(ok)
        self.embedder = embedder
        vectors = store.embeddings(embedder, texts) if store is not None else embedder.embed(texts)
        self.labels = labels
        self.groups = {key: np.array([i for i, label in enumerate(labels) if label == key])
                       for key in dict.fromkeys(labels)}
        self.vectors = vectors

    def scores(self, vectors: np.ndarray) -> dict[tuple[str, str], np.ndarray]:
        """Mean similarity of each sentence to its nearest exemplars, per (level, category)."""
        sims = vectors @ self.vectors.T
        out = {}
        for key, index in self.groups.items():
            k = min(NEIGHBOURS, len(index))
            out[key] = np.partition(sims[:, index], -k, axis=1)[:, -k:].mean(axis=1)
        return out

    def findings(self, vectors: np.ndarray) -> list[Finding]:
        scores = self.scores(vectors)
        ordinary = scores[("ok", "ok")]
        found = []
        for (level, category), values in scores.items():
            if level == "ok":
                continue
            floor, margin = THRESHOLDS[level]
            if np.any((values >= floor) & (values - ordinary >= margin)):
                reason, step = CATEGORIES[category]
                found.append(Finding(level, reason, step, f"semantic:{category}"))
        return found
