"""Embeddings: the NumPy MiniLM gives the vectors sentence-transformers gives, the default
(ONNX Runtime) gives the NumPy reference's vectors on the library's phrasings, and HashEmbedder
is a deterministic stand-in."""

from __future__ import annotations

import numpy as np
import pytest

from inara.matching.embeddings import MODEL_NAME, HashEmbedder, MiniLM, default_embedder, model_dir
from inara.matching.model_files import MAX_TOKENS, classifier_layers, topic_layers, topic_name

PARITY_TEXTS = [
    "my 3yo screams go away when I try to hug her after she falls",
    "hello",
    "DD14 has panic attacks before every maths test and says she is stupid",
    "He won't sleep unless I lie down next to him; we've tried everything for months and I am exhausted.",
]


@pytest.fixture(scope="module")
def minilm():
    embedder = default_embedder()
    if embedder is None:
        pytest.skip("the packaged embedding model is not installed")
    return embedder


@pytest.fixture(scope="module")
def reference():
    """The NumPy forward pass, which the default runtime is checked against."""
    if model_dir() is None:
        pytest.skip("the packaged embedding model is not installed")
    return MiniLM()


@pytest.fixture(scope="module")
def sentence_transformers_model():
    """The packaged model in sentence-transformers (PyTorch), loaded once: importing torch and
    loading the model is most of the cost."""
    if model_dir() is None:
        pytest.skip("the packaged embedding model is not installed")
    # The model loads from the package's folder; these make sure nothing asks a hub.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HF_HUB_OFFLINE", "1")
        patch.setenv("TRANSFORMERS_OFFLINE", "1")
        sentence_transformers = pytest.importorskip("sentence_transformers")
        return sentence_transformers.SentenceTransformer(str(model_dir()), device="cpu")


@pytest.fixture(scope="module")
def sentence_transformers_vectors(sentence_transformers_model):
    """PARITY_TEXTS through sentence-transformers with topic matching's top layers put in place
    of the packaged ones (when they are shipped), once for both runtimes checked against it; and
    through the packaged model as it is."""
    import copy

    import torch

    base = sentence_transformers_model.encode(PARITY_TEXTS, normalize_embeddings=True, convert_to_numpy=True)
    shipped = topic_layers()
    if shipped is None:
        return base, base
    tuned = copy.deepcopy(sentence_transformers_model)
    missing, unexpected = tuned[0].auto_model.load_state_dict(
        {name: torch.from_numpy(value) for name, value in shipped[0].items()}, strict=False)
    assert not unexpected and all(not name.startswith(tuple(shipped[0])) for name in missing)
    return tuned.encode(PARITY_TEXTS, normalize_embeddings=True, convert_to_numpy=True), base


@pytest.mark.model
@pytest.mark.parametrize("which", ["minilm", "reference"])
def test_minilm_matches_sentence_transformers(which, request, sentence_transformers_vectors):
    minilm = request.getfixturevalue(which)
    ours = minilm.embed(PARITY_TEXTS)
    cosines = (sentence_transformers_vectors[0] * ours).sum(axis=1)
    assert cosines.min() > 0.9999, cosines


@pytest.mark.model
@pytest.mark.skipif(topic_layers() is None, reason="topic matching's layers are not shipped")
def test_topic_vectors_read_with_their_own_layers(minilm, sentence_transformers_vectors):
    """The fine-tuned top layers are really used: the topic vectors are not the packaged model's."""
    cosines = (sentence_transformers_vectors[1] * minilm.embed(PARITY_TEXTS)).sum(axis=1)
    assert cosines.max() < 0.99, cosines


@pytest.mark.model
@pytest.mark.skipif(classifier_layers() is None, reason="the safety classifier's layers are not shipped")
@pytest.mark.parametrize("which", ["minilm", "reference"])
def test_the_classifier_vectors_are_sentence_transformers_with_its_layers(which, request, sentence_transformers_model):
    """The classifier's vectors are the packaged model's with the shipped classifier layers put in
    place (as scripts/train_safety_classifier.py trained them, in PyTorch), in both runtimes."""
    import copy

    import torch

    shipped = classifier_layers()[0]
    tuned = copy.deepcopy(sentence_transformers_model)
    layers = {name: torch.from_numpy(value) for name, value in shipped.items() if name.startswith("encoder.")}
    _, unexpected = tuned[0].auto_model.load_state_dict(layers, strict=False)
    assert not unexpected
    theirs = tuned.encode(PARITY_TEXTS, normalize_embeddings=True, convert_to_numpy=True)
    ours = request.getfixturevalue(which).run(PARITY_TEXTS, MAX_TOKENS, ("classifier",))[0]
    assert (theirs * ours).sum(axis=1).min() > 0.9999


@pytest.mark.model
def test_minilm_vectors_are_unit_length_and_deterministic(minilm):
    first = minilm.embed(PARITY_TEXTS)
    assert first.shape == (len(PARITY_TEXTS), 384)
    assert first.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-5)
    np.testing.assert_array_equal(first, minilm.embed(PARITY_TEXTS))


@pytest.mark.model
def test_minilm_batching_and_padding_do_not_change_a_vector(minilm):
    batch = minilm.embed(PARITY_TEXTS)  # padded to the longest text, sorted by length inside
    for row, text in enumerate(PARITY_TEXTS):
        alone = minilm.embed([text])[0]
        assert float(alone @ batch[row]) > 0.99999


@pytest.mark.model
def test_minilm_similar_meanings_are_closer(minilm):
    anchor, near, far = minilm.embed([
        "my toddler is terrified of the dark at bedtime",
        "my 2 year old is scared when the lights go off at night",
        "how do I fill in my tax return",
    ])
    assert anchor @ near > anchor @ far + 0.2


@pytest.mark.model
def test_default_embedder_is_minilm_and_cached(minilm):
    # Named by the topic layers it reads (so a store re-embeds when they change).
    assert minilm.name == topic_name() and minilm.name.startswith(MODEL_NAME)
    assert (minilm.name != MODEL_NAME) == (topic_layers() is not None)
    assert default_embedder() is minilm
    assert default_embedder("onnx") is minilm  # the default by name is the same model, loaded once


@pytest.mark.model
def test_inara_takes_the_runtime_by_name(minilm):
    """Settings.embedder (INARA_EMBEDDER) reaches the library as Inara(embedder=NAME)."""
    from inara import Inara

    assert Inara(db=":memory:", embedder="onnx")._model() is minilm
    assert isinstance(Inara(db=":memory:", embedder="numpy")._model(), MiniLM)
    assert Inara(db=":memory:", matcher="lexical", embedder="numpy")._model() is None
    stand_in = HashEmbedder()
    assert Inara(db=":memory:", matcher="lexical", embedder=stand_in)._model() is stand_in


def test_no_texts_gives_an_empty_matrix():
    assert HashEmbedder().embed([]).shape == (0, 384)


def test_hash_embedder_is_deterministic_across_instances():
    texts = ["she bites", "he is afraid of the dark", "she bites"]
    a = HashEmbedder().embed(texts)
    b = HashEmbedder().embed(texts)
    np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(a[0], a[2])
    np.testing.assert_allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-6)


def test_hash_embedder_shared_words_are_closer():
    anchor, near, far = HashEmbedder().embed(
        ["scared of the dark at night", "afraid of the dark", "refuses broccoli and peas"])
    assert anchor @ near > anchor @ far


def test_hash_embedder_ignores_case_and_punctuation():
    a, b = HashEmbedder().embed(["She BITES!", "she bites"])
    np.testing.assert_array_equal(a, b)


def test_hash_embedder_has_its_own_cache_name():
    assert HashEmbedder.name != MODEL_NAME
