"""BM25 with postings as arrays of precomputed weights scores exactly as the per-posting loop
it replaced (kept here as the reference)."""

from __future__ import annotations

import json
import math
from collections import Counter

import numpy as np

from inara.matching.lexical import BM25, tokens
from inara.matching.matcher import out_of_scope

from .conftest import ROOT


class LoopBM25:
    """The scoring BM25 had before its postings became arrays; its terms are visited in sorted
    order, as the new code does, so float32 sums add in the same order (set order varies by
    process)."""

    def __init__(self, documents: list[str], k1: float = 1.5, b: float = 0.75):
        self.docs = [Counter(tokens(doc)) for doc in documents]
        lengths = np.array([sum(doc.values()) for doc in self.docs], dtype=np.float32)
        self.norm = k1 * (1 - b + b * lengths / max(lengths.mean(), 1.0))
        self.k1 = k1
        df: Counter[str] = Counter()
        for doc in self.docs:
            df.update(doc.keys())
        count = len(self.docs)
        self.idf = {term: math.log(1 + (count - n + 0.5) / (n + 0.5)) for term, n in df.items()}
        self.postings: dict[str, list[tuple[int, int]]] = {}
        for index, doc in enumerate(self.docs):
            for term, freq in doc.items():
                self.postings.setdefault(term, []).append((index, freq))

    def scores(self, query: str) -> np.ndarray:
        out = np.zeros(len(self.docs), dtype=np.float32)
        for term in sorted(set(tokens(query))):
            idf = self.idf.get(term)
            if idf is None:
                continue
            for index, freq in self.postings[term]:
                out[index] += idf * freq * (self.k1 + 1) / (freq + self.norm[index])
        return out


def test_array_postings_score_as_the_per_posting_loop(library):
    documents = [text for card in library.topics.values() for text in [f"{card.title}. {card.description}",
                                                                       *card.examples]]
    documents += out_of_scope()["examples"]
    questions = [json.loads(line)["text"] for line in (ROOT / "evals" / "dev.jsonl").read_text().splitlines()
                 if line.strip()]
    arrays, loop = BM25(documents), LoopBM25(documents)
    for question in [*questions, "", "zzz unknownword", "bite bite biting bites"]:
        np.testing.assert_array_equal(arrays.scores(question), loop.scores(question), err_msg=question)


def test_a_repeated_query_term_counts_once_and_unknown_terms_score_nothing():
    bm25 = BM25(["she bites her brother", "he hits", "bedtime battles every night"])
    assert np.array_equal(bm25.scores("bites"), bm25.scores("bites bites bites"))
    assert not bm25.scores("quantum chromodynamics").any()
    assert bm25.scores("bites").argmax() == 0


class TokenStore:
    """What BM25 asks of the index: the tokens of its documents (counted, to see a build)."""

    def __init__(self):
        self.calls = 0

    def tokens(self, documents, tokenize, version):
        self.calls += 1
        return [tokenize(doc) for doc in documents]


def test_postings_kept_for_the_next_process_are_the_same_bit_for_bit(library, tmp_path, monkeypatch):
    """A second BM25 over the same documents reads the postings the first kept (no tokens asked
    of the index), and they are the built ones exactly; other documents build their own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    documents = [text for card in library.topics.values() for text in card.examples][:1500]
    store = TokenStore()
    built = BM25(documents, store=store)
    assert store.calls == 1 and list(tmp_path.rglob("bm25-postings.npz"))
    read = BM25(documents, store=store)
    assert store.calls == 1, "the kept postings were not read"
    assert read.size == built.size and read.idf == built.idf and list(read.idf) == list(built.idf)
    assert list(read.postings) == list(built.postings)
    for term, (where, weights) in built.postings.items():
        assert np.array_equal(read.postings[term][0], where) and where.dtype == read.postings[term][0].dtype
        assert np.array_equal(read.postings[term][1], weights) and weights.dtype == read.postings[term][1].dtype
    query = "my 4 year old hits his sister and won't sleep"
    assert np.array_equal(read.scores(query), built.scores(query))
    other = BM25(documents[:-1], store=store)
    assert store.calls == 2 and other.size == built.size - 1
