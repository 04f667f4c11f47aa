"""Understanding the parent: safety first, then age, scope and ranked topics.

Every topic card carries many phrasings written the way parents write. A
question is compared with all of them two ways, by words (BM25) and by meaning
(sentence embeddings), and the two are fused. Questions about products, money,
medicine and so on are a class of their own (`data/out_of_scope.yaml`): when a
question is closer to those than to any topic, Inara says what it can help
with instead of guessing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml

from ..content.loader import Library
from ..errors import BadInput, TooLong
from .age import OUTSIDE, resolve_age
from .lexical import BM25
from .safety import SafetyResult, combine, rule_findings
from .semantic_safety import SemanticScreen, sentences

OUT = "__out_of_scope__"
MAX_CHARS = 4000
TOP = 5
DATA = Path(__file__).resolve().parent.parent / "data"

# How the two rankers are combined, chosen on evals/dev.jsonl (see README, "Matching").
EMBED_WEIGHT = 0.7  # share of the embedding ranker in the fused score
NEIGHBOURS = 5  # a topic's semantic score: mean similarity of its 5 closest phrasings
LEXICAL_TOP = 3
QUERY_TOKENS = 128  # a question's first 128 tokens decide its topic; every sentence is still screened  # a topic's lexical score: mean BM25 of its 3 best-matching phrasings
OUT_MARGIN = 0.0
MIN_SIMILARITY = 0.25


@lru_cache(maxsize=1)
def out_of_scope() -> dict:
    return yaml.safe_load((DATA / "out_of_scope.yaml").read_text(encoding="utf-8"))


@dataclass
class TopicScore:
    slug: str
    score: float


@dataclass
class MatchResult:
    age_years: float | None
    age_band: str | None
    in_scope: bool
    safety: SafetyResult
    topics: list[TopicScore] = field(default_factory=list)
    message: str | None = None
    age_source: str = "none"

    @property
    def best(self) -> str | None:
        return self.topics[0].slug if self.topics else None

    def as_dict(self) -> dict:
        out = {
            "age_years": self.age_years,
            "age_band": self.age_band,
            "in_scope": self.in_scope,
            "safety": self.safety.as_dict(),
            "topics": [{"slug": t.slug, "score": round(t.score, 4)} for t in self.topics],
        }
        if self.message:
            out["message"] = self.message
        return out


def check_question(text: str, max_chars: int = MAX_CHARS) -> str:
    if text is None or not str(text).strip():
        raise BadInput("Please describe what is happening with your child; the question is empty.")
    if len(text) > max_chars:
        raise TooLong(f"The question is {len(text):,} characters; please keep it under {max_chars:,}.")
    return str(text).strip()


class Matcher:
    def __init__(self, library: Library, embedder=None, store=None, method: str = "fusion"):
        self.library = library
        self.embedder = embedder if method != "lexical" else None
        self.method = method if embedder is not None or method == "lexical" else "lexical"
        docs: list[str] = []
        labels: list[str] = []
        for slug, card in library.topics.items():
            for text in [f"{card.title}. {card.description}", *card.examples]:
                docs.append(text)
                labels.append(slug)
        for text in out_of_scope()["examples"]:
            docs.append(text)
            labels.append(OUT)
        self.labels = np.array(labels)
        self.classes = [*library.topics, OUT]
        self.masks = {c: self.labels == c for c in self.classes}
        self.bm25 = BM25(docs, store=store)
        self.vectors = None
        self.semantic: SemanticScreen | None = None
        if self.embedder is not None:
            self.vectors = store.embeddings(self.embedder, docs) if store is not None else self.embedder.embed(docs)
            ordinary = [e for card in library.topics.values() for e in card.examples]
            self.semantic = SemanticScreen(self.embedder, store, ordinary)

    def _lexical(self, text: str) -> dict[str, float]:
        raw = self.bm25.scores(text)
        per_class = {c: float(np.sort(raw[m])[-LEXICAL_TOP:].mean()) for c, m in self.masks.items()}
        top = max(per_class.values()) or 1.0
        return {c: s / top for c, s in per_class.items()}

    def _semantic(self, query: np.ndarray) -> dict[str, float]:
        sims = self.vectors @ query
        return {c: float(np.sort(sims[m])[-NEIGHBOURS:].mean()) for c, m in self.masks.items()}

    def embed_question(self, text: str) -> tuple[np.ndarray | None, np.ndarray | None]:
        """One batch: the whole question (for topics) and each of its sentences (for safety)."""
        if self.embedder is None:
            return None, None
        # Two passes, not one batch: padded to the whole question, a batch with its sentences
        # cost 3-4 times the question alone; the sentences together cost about one short pass.
        whole = self.embedder.embed([text], max_tokens=QUERY_TOKENS)
        parts = sentences(text)
        if len(parts) <= 1:
            return whole[0], whole
        return whole[0], np.vstack([whole, self.embedder.embed(parts, max_tokens=QUERY_TOKENS)])

    def scores(self, text: str, query: np.ndarray | None = None) -> tuple[dict[str, float], float]:
        """Fused score per class (topics and the out-of-scope class), and the best raw similarity."""
        lexical = self._lexical(text)
        if self.method == "lexical":
            return lexical, 1.0
        if query is None:
            query, _ = self.embed_question(text)
        semantic = self._semantic(query)
        if self.method == "embedding":
            return semantic, max(semantic.values())
        fused = {c: EMBED_WEIGHT * semantic[c] + (1 - EMBED_WEIGHT) * lexical[c] * max(semantic.values())
                 for c in self.classes}
        return fused, max(semantic.values())

    def match(self, text: str, age: str | float | None = None, region: str = "generic") -> MatchResult:
        text = check_question(text)
        resolved = resolve_age(text, age)
        query, sentence_vectors = self.embed_question(text)
        findings = rule_findings(text, resolved.years)
        if self.semantic is not None:
            findings += self.semantic.findings(sentence_vectors)
        safety = combine(findings, region)
        result = MatchResult(resolved.years, resolved.band, True, safety, age_source=resolved.source)
        if resolved.years is not None and resolved.band is None:
            result.in_scope = False
            result.message = f"{OUTSIDE}, so it has no guide for a child of {resolved.years:g} years."
            return result
        if safety.level == "urgent":
            return result  # nothing but the safety message: no topic, no guide
        scores, best_similarity = self.scores(text, query)
        ranked = sorted(((s, c) for c, s in scores.items() if c != OUT), reverse=True)
        if scores[OUT] > ranked[0][0] + OUT_MARGIN or best_similarity < MIN_SIMILARITY:
            if safety.level == "ok":
                result.in_scope = False
                result.message = out_of_scope()["message"]
                return result
        result.topics = [TopicScore(slug, max(0.0, min(1.0, score))) for score, slug in ranked[:TOP]]
        return result
