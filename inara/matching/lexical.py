"""BM25 over topic phrasings, after normalising the way parents write.

Written here rather than taken from bm25s: that package costs ~0.5 s to import
(it pulls in SciPy), which alone would eat a quarter of the cold-start budget,
and BM25 over a few thousand short documents is a few lines of NumPy.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

import numpy as np

from .age import AGE_PATTERNS, normalise_numbers
from .user_cache import cache_path, write_whole

# Parent-forum shorthand and spellings, mapped to the words the phrasings use.
SHORTHAND = {
    "dd": "daughter", "ds": "son", "dh": "husband", "lo": "child", "dc": "children", "kiddo": "child",
    "kiddos": "children", "bub": "baby", "bubs": "baby", "mum": "mom", "mummy": "mom", "mommy": "mom",
    "mama": "mom", "dada": "dad", "daddy": "dad", "papa": "dad", "hubby": "husband", "so": "partner",
    "tho": "though", "bc": "because", "cuz": "because", "coz": "because", "pls": "please", "plz": "please",
    "u": "you", "ur": "your", "im": "i", "wont": "won't", "cant": "can't", "dont": "don't",
    "doesnt": "doesn't", "didnt": "didn't", "isnt": "isn't", "shes": "she", "hes": "he",
    "nite": "night", "tonite": "tonight", "bday": "birthday", "sis": "sister", "bro": "brother",
    "yo": "", "y/o": "", "yrs": "", "yr": "", "mo": "", "mos": "",
}

STOPWORDS = frozenset(
    "a an and are as at be been being but by for from had has have he her hers him his how i if in into is it "
    "its me my of on or our ours she so than that the their them then there these they this those to too "
    "us was we were what when where which while who whom why will with would you your yours just very "
    "really also about any some all do does did doing am can could should get got gets getting one".split()
)
TOKEN = re.compile(r"[a-z][a-z']*")


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    # Snowball in pure Python costs ~0.1 ms a word; phrasings repeat the same few thousand words.
    return _stemmer().stemWord(word)


def strip_ages(text: str) -> str:
    """Remove age expressions ('3yo', 'three-year-old'): they say nothing about the concern."""
    for pattern, _unit in AGE_PATTERNS[:3]:
        text = pattern.sub(" ", text)
    return text


def tokens(text: str, normalised: str | None = None) -> list[str]:
    """`normalised`: normalise_numbers(text), when the caller has it already (a Question)."""
    text = strip_ages(normalised if normalised is not None else normalise_numbers(text))
    words = []
    for word in TOKEN.findall(text):
        word = SHORTHAND.get(word, word).strip("'")
        for part in word.split():
            if part and part not in STOPWORDS:
                words.append(part.replace("'", ""))
    return [stem(word) for word in words]


# Bump when tokens() changes, so cached token lists in the index are not reused.
TOKENS_VERSION = "1"


class BM25:
    """Okapi BM25 (k1=1.5, b=0.75) with the +1 idf that keeps scores non-negative.
    store: an inara.store.Store to cache the documents' tokens in (optional).

    A term's postings are two arrays, the documents holding it and its precomputed weight in
    each (idf x the saturated term frequency), so a query costs one vector add per query term:
    a Python loop over postings grew to 11 ms with a library ten times this size."""

    def __init__(self, documents: list[str], k1: float = 1.5, b: float = 0.75, store=None):
        """With a `store` (the index), the postings built for these exact documents are kept in
        the user cache (`_PostingsCache`) and read back by the next process."""
        cache = _PostingsCache(documents, k1, b) if store is not None else None
        if cache is not None and cache.load(self):
            return
        self._build(store.tokens(documents, tokens, TOKENS_VERSION) if store is not None
                    else [tokens(doc) for doc in documents], k1, b)
        if cache is not None:
            cache.keep(self)

    def _build(self, tokenized: list[list[str]], k1: float, b: float) -> None:
        docs = [Counter(doc) for doc in tokenized]
        self.size = len(docs)
        lengths = np.array([sum(doc.values()) for doc in docs], dtype=np.float32)
        norm = k1 * (1 - b + b * lengths / max(lengths.mean(), 1.0))
        df: Counter[str] = Counter()
        for doc in docs:
            df.update(doc.keys())
        self.idf = {term: math.log(1 + (self.size - n + 0.5) / (n + 0.5)) for term, n in df.items()}
        # Every (term, document, frequency) at once, grouped by term with one stable sort (a
        # term's documents stay in order), then cut into each term's postings: building them term
        # by term was a quarter of a cold `inara ask`.
        terms = list(df)
        number = {term: i for i, term in enumerate(terms)}
        term_of = np.fromiter((number[term] for doc in docs for term in doc), dtype=np.int64)
        doc_of = np.fromiter((index for index, doc in enumerate(docs) for _ in doc), dtype=np.int32)
        freqs = np.fromiter((freq for doc in docs for freq in doc.values()), dtype=np.float64)
        order = np.argsort(term_of, kind="stable")
        term_of, doc_of, freqs = term_of[order], doc_of[order], freqs[order]
        idf = np.array([self.idf[term] for term in terms], dtype=np.float64)
        # In float32 from the same float64 products, as the per-posting loop this replaces
        # computed them, so the weights are the same bit for bit.
        top = (idf[term_of] * freqs * (k1 + 1)).astype(np.float32)
        weight = top / (freqs.astype(np.float32) + norm[doc_of])
        cuts = np.flatnonzero(np.diff(term_of)) + 1
        self.postings: dict[str, tuple[np.ndarray, np.ndarray]] = {
            terms[int(group[0])]: (where, weights)
            for group, where, weights in zip(np.split(term_of, cuts), np.split(doc_of, cuts), np.split(weight, cuts))
        } if len(term_of) else {}

    def scores(self, query: str, normalised: str | None = None) -> np.ndarray:
        out = np.zeros(self.size, dtype=np.float32)
        for term in sorted(set(tokens(query, normalised))):
            posting = self.postings.get(term)
            if posting is not None:
                out[posting[0]] += posting[1]  # a term's documents are distinct: no lost adds
        return out


class _PostingsCache:
    """BM25's postings for one list of documents, kept on disk for the next process: reading the
    stems back from the index and building the postings was about 0.3 s of a cold `inara ask`;
    loading them is a few milliseconds. Named by a hash of the documents, k1, b and the code that
    makes tokens and weights (this file, age.py's number words), so anything that changes them
    builds again; one file in the user cache folder, replaced whole. A cache that cannot be read
    or written is no error: the postings are built as before."""

    VERSION = "1"

    def __init__(self, documents: list[str], k1: float, b: float):
        import hashlib
        import json
        from pathlib import Path

        from . import age

        digest = hashlib.sha256(json.dumps([self.VERSION, TOKENS_VERSION, k1, b]).encode())
        for source in (__file__, age.__file__):
            digest.update(Path(source).read_bytes())
        digest.update("\x00".join(documents).encode("utf-8"))
        self.key = digest.hexdigest()

    @staticmethod
    def path():
        return cache_path("bm25-postings.npz")

    def load(self, bm25: BM25) -> bool:
        try:
            with np.load(self.path(), allow_pickle=False) as kept:
                if str(kept["key"]) != self.key:
                    return False
                terms = kept["terms"].tolist()
                idf, cuts = kept["idf"], kept["cuts"]
                doc_of, weight, size = kept["doc_of"], kept["weight"], int(kept["size"])
        except (OSError, ValueError, KeyError):
            return False
        bm25.size = size
        bm25.idf = dict(zip(terms, idf.tolist()))
        bm25.postings = {term: (where, weights) for term, where, weights in
                         zip(terms, np.split(doc_of, cuts), np.split(weight, cuts))} if terms else {}
        return True

    def keep(self, bm25: BM25) -> None:
        terms = list(bm25.postings)
        doc_of = np.concatenate([bm25.postings[t][0] for t in terms]) if terms else np.zeros(0, np.int32)
        weight = np.concatenate([bm25.postings[t][1] for t in terms]) if terms else np.zeros(0, np.float32)
        cuts = np.cumsum([len(bm25.postings[t][0]) for t in terms])[:-1] if terms else np.zeros(0, np.int64)
        write_whole(self.path(), lambda out: np.savez(
            out, key=np.array(self.key), terms=np.array(terms, dtype=str),
            idf=np.array([bm25.idf[t] for t in terms], dtype=np.float64),
            cuts=cuts, doc_of=doc_of, weight=weight, size=np.array(bm25.size)))

