"""The session's real model, with its vectors kept by text, for tests that match many questions."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from inara.matching.matcher import QUERY_TOKENS
from inara.matching.model_files import MAX_TOKENS
from inara.matching.semantic_safety import units


class VectorsByText:
    """The session's real embedder, with each text's vectors kept by text: a question's whole
    vectors and the vectors of the units the screen reads (`units`), computed for many questions
    in one batched call (`prefetch`), so a unit shared by a sentence and its variants with a clause
    added is embedded once. A text's vector does not depend on its batch (test_onnx_minilm.py:
    test_a_text_gets_the_same_vector_alone_or_in_any_batch), so `match` sees the vectors it would
    compute itself."""

    def __init__(self, model):
        self.model = model
        self.name = model.name
        self.screen = self._Screen(self)
        self.whole: dict[tuple[str, int], tuple[np.ndarray, np.ndarray]] = {}
        self.parts: dict[tuple[str, int], np.ndarray] = {}
        self.classified: dict[tuple[str, int], tuple[np.ndarray, np.ndarray]] = {}
        self.second: dict[str, np.ndarray] = {}

    class _Screen:
        def __init__(self, owner):
            self.owner = owner
            self.name = owner.model.screen.name

        def embed(self, texts: list[str], max_tokens: int) -> np.ndarray:
            self.owner.embed_units(texts, max_tokens)
            return np.stack([self.owner.parts[text, max_tokens] for text in texts])

    def embed_units(self, texts: list[str], max_tokens: int) -> None:
        new = [text for text in dict.fromkeys(texts) if (text, max_tokens) not in self.parts]
        if new:
            for text, vector in zip(new, self.run(new, max_tokens, ("screen",))[0]):
                self.parts[text, max_tokens] = vector

    def embed_question(self, text: str, max_tokens: int) -> tuple[np.ndarray, np.ndarray]:
        self.embed_questions([text], max_tokens)
        topic, screen_ = self.whole[text, max_tokens]
        return topic[None, :], screen_[None, :]

    def embed_questions(self, texts: list[str], max_tokens: int) -> None:
        new = [text for text in dict.fromkeys(texts) if (text, max_tokens) not in self.whole]
        if new:
            topics, screens = self.run(new, max_tokens, ("vectors", "screen"))
            for text, topic, screen_ in zip(new, topics, screens):
                self.whole[text, max_tokens] = (topic, screen_)

    def embed_classified(self, text: str, topic_tokens: int) -> tuple[np.ndarray, np.ndarray]:
        self.classify_questions([text], topic_tokens)
        topic, classifier = self.classified[text, topic_tokens]
        return topic[None, :], classifier[None, :]

    def embed_veto(self, text: str) -> np.ndarray:
        """As the runner's: the classifier's second reading's vector, kept by text."""
        if text not in self.second:
            self.second[text] = self.model.embed_veto(text)[0]
        return self.second[text][None, :]

    def classify_questions(self, texts: list[str], topic_tokens: int) -> None:
        """As the runner's `embed_classified`: topic and classifier vectors from the first
        `topic_tokens` tokens, and the classifier's again from all of a longer question."""
        new = [text for text in dict.fromkeys(texts) if (text, topic_tokens) not in self.classified]
        if not new:
            return
        topics, classifier = self.run(new, topic_tokens, ("vectors", "classifier"))
        long = [i for i, text in enumerate(new) if len(self.model.tokenizer.encode(text).ids) > topic_tokens]
        if long:
            classifier[long] = self.run([new[i] for i in long], MAX_TOKENS, ("classifier",))[0]
        for text, topic, vector in zip(new, topics, classifier):
            self.classified[text, topic_tokens] = (topic, vector)

    def run(self, texts: list[str], max_tokens: int, outputs: tuple[str, ...]) -> list[np.ndarray]:
        """The model's `run` on shares of the texts in threads, one a core (ONNX Runtime runs a
        session in several threads at once, outside the GIL); the same vectors, in the same order."""
        workers = max(1, min(os.cpu_count() or 1, 4, len(texts)))
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        shares = [order[i::workers] for i in range(workers)]  # each a like mix of lengths
        with ThreadPoolExecutor(workers) as pool:
            done = list(pool.map(lambda share: self.model.run([texts[i] for i in share], max_tokens, outputs), shares))
        out = [np.zeros((len(texts), part.shape[1]), dtype=part.dtype) for part in done[0]]
        for share, parts in zip(shares, done):
            for target, part in zip(out, parts):
                target[share] = part
        return out

    def prefetch(self, questions: list[str], classifier: bool = False) -> None:
        """Everything `match` embeds for these questions (as `Question.read` gives their text),
        in two batched calls; a question not fetched is embedded when `match` asks for it."""
        questions = [text.strip() for text in questions]
        if classifier:
            self.classify_questions(questions, QUERY_TOKENS)
            return
        self.embed_questions(questions, QUERY_TOKENS)
        self.embed_units([unit for text in questions for unit in units(text)[1:]], QUERY_TOKENS)

