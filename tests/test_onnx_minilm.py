"""The default embedder: MiniLM on ONNX Runtime, built from the packaged weights.

Checked against the NumPy reference (not against itself): same vectors on the library's
phrasings and on what the safety screen reads, whatever the batch; the model is built once,
cached under a name that changes with the weights, and written atomically."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading

import numpy as np
import pytest

from inara.errors import BadInput
from inara.matching import embeddings, onnx_minilm
from inara.matching.model_files import MAX_TOKENS, classifier_layers, veto_layers, screen_layers, topic_name
from inara.matching.semantic_safety import units

from .conftest import ROOT

pytest.importorskip("onnxruntime")
pytestmark = pytest.mark.model

UNITS_OF = [
    "My 3-year-old screams 'go away' when I try to hug her after she falls. She then cries for ages, "
    "but only with me, and it breaks my heart.",
    "DS7 won't go to school; he begs us every morning, says his tummy hurts, and we give in.",
]


@pytest.fixture(scope="module")
def onnx_default():
    if embeddings.model_dir() is None:
        pytest.skip("the packaged embedding model is not installed")
    return onnx_minilm.OnnxMiniLM()


@pytest.fixture(scope="module")
def reference():
    if embeddings.model_dir() is None:
        pytest.skip("the packaged embedding model is not installed")
    return embeddings.MiniLM()


def test_the_default_embedder_is_onnx_runtime_in_full_precision(onnx_default, reference):
    default = embeddings.default_embedder()
    assert isinstance(default, onnx_minilm.OnnxMiniLM) and default.precision == "fp32"
    # The same vectors as the reference, so both read and write the same cached embeddings.
    assert default.name == reference.name == topic_name()


def test_same_vectors_as_the_numpy_reference_on_library_phrasings(onnx_default, reference, library):
    phrasings = [text for card in library.topics.values() for text in card.examples]
    sample = random.Random(12).sample(phrasings, 80)  # all 3,464 take a minute in NumPy
    cosines = (onnx_default.embed(sample) * reference.embed(sample)).sum(axis=1)
    assert cosines.min() >= 0.9999, cosines.min()


def test_same_vectors_as_the_reference_on_what_the_safety_screen_reads(onnx_default, reference):
    parts = [unit for text in UNITS_OF for unit in units(text)]
    cosines = (onnx_default.embed(parts, 128) * reference.embed(parts, 128)).sum(axis=1)
    assert cosines.min() >= 0.9999, cosines.min()


def test_a_text_gets_the_same_vector_alone_or_in_any_batch(onnx_default):
    parts = units(UNITS_OF[0]) + ["ok", "a" * 3000]  # one word, and one cut at max_tokens
    together = onnx_default.embed(parts, 64)
    for row, part in enumerate(parts):
        assert float(onnx_default.embed([part], 64)[0] @ together[row]) > 0.99999, part
    np.testing.assert_allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    assert onnx_default.embed([]).shape == (0, 384)


def test_long_texts_are_cut_as_the_reference_cuts_them(onnx_default, reference):
    text = "my son hits his sister when he loses at games " * 40
    assert float(onnx_default.embed([text], 128)[0] @ reference.embed([text], 128)[0]) >= 0.9999


def test_threads_can_share_one_embedder(onnx_default):
    """Web workers run matches in threads: the tokenizer is never reconfigured after loading,
    so concurrent calls neither fail ("Already borrowed") nor mix their results."""
    texts = [f"my {age}yo will not sleep in her own bed" for age in range(2, 10)]
    expected = onnx_default.embed(texts)
    results, errors = {}, []

    def work(n: int) -> None:
        try:
            for _ in range(5):
                results[n] = onnx_default.embed(texts[n:] + texts[:n])
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    for n, got in results.items():
        np.testing.assert_allclose(got, np.roll(expected, -n, axis=0), atol=1e-5)


def test_one_intra_op_thread(onnx_default):
    for outputs in onnx_default.graphs():
        assert onnx_default.session(outputs).get_session_options().intra_op_num_threads == 1


SCREEN_TEXTS = [
    "she gave away her favourite things and thanked us for everything, like she was saying goodbye",
    "how do I get my 4 year old to eat something green",
    "he has been counting the steps and washing his hands until they bleed for a month",
]


@pytest.mark.skipif(screen_layers() is None, reason="the screen's layers are not shipped")
def test_the_screen_vectors_are_the_reference_screen_vectors(onnx_default, reference):
    """The screen's graph (packaged lower layers, the screen's top layers) gives what the NumPy
    reference computes from the same weights, for whole questions and what the screen reads."""
    parts = SCREEN_TEXTS + [unit for text in UNITS_OF for unit in units(text)]
    cosines = (onnx_default.screen.embed(parts, 128) * reference.screen.embed(parts, 128)).sum(axis=1)
    assert cosines.min() >= 0.9999, cosines.min()
    assert onnx_default.screen.name == reference.screen.name != onnx_default.name


@pytest.mark.skipif(screen_layers() is None, reason="the screen's layers are not shipped")
def test_the_screen_reads_with_its_own_layers(onnx_default):
    """Its vectors are not the topic vectors: the fine-tuned layers are really used."""
    cosines = (onnx_default.screen.embed(SCREEN_TEXTS) * onnx_default.embed(SCREEN_TEXTS)).sum(axis=1)
    assert cosines.max() < 0.98, cosines


@pytest.mark.skipif(screen_layers() is None, reason="the screen's layers are not shipped")
@pytest.mark.parametrize("runner", ["onnx_default", "reference"])
def test_one_pass_gives_the_question_both_vectors(runner, request):
    model = request.getfixturevalue(runner)
    for text in SCREEN_TEXTS:
        topic, screen = model.embed_question(text, 128)
        assert float(topic[0] @ model.embed([text], 128)[0]) > 0.99999
        assert float(screen[0] @ model.screen.embed([text], 128)[0]) > 0.99999


@pytest.mark.skipif(screen_layers() is None, reason="the screen's layers are not shipped")
def test_a_first_question_loads_one_graph_and_its_units_get_the_same_floats():
    """A new process's first unit pass borrows the whole question's graph (one 100 MB graph
    loaded, not two: the cold `inara ask`), and gets what the screen's own graph gives, bit for
    bit; the second pass loads the screen's own graph."""
    if embeddings.model_dir() is None:
        pytest.skip("the packaged embedding model is not installed")
    parts = [unit for text in UNITS_OF for unit in units(text)[1:]]
    fresh = onnx_minilm.OnnxMiniLM()
    fresh.embed_question(UNITS_OF[0], 128)
    borrowed = fresh.screen.embed(parts, 128)
    assert list(fresh._sessions) == [("vectors", "screen")]
    again = fresh.screen.embed(parts, 128)
    assert ("screen",) in fresh._sessions
    assert np.array_equal(borrowed, again)


@pytest.mark.skipif(classifier_layers() is None, reason="the classifier's layers are not shipped")
def test_the_classifier_vectors_are_the_reference_classifier_vectors(onnx_default, reference):
    """The classifier's head (packaged lower layers, its own top layers) gives in ONNX Runtime what
    the NumPy reference computes, alone and with the topic vectors in one pass; its layers are
    really used (not the screen's, not the topic head's)."""
    texts = SCREEN_TEXTS + UNITS_OF
    ours = onnx_default.run(texts, MAX_TOKENS, ("classifier",))[0]
    theirs = reference.run(texts, MAX_TOKENS, ("classifier",))[0]
    assert (ours * theirs).sum(axis=1).min() >= 0.9999
    topic, both = onnx_default.run(texts, MAX_TOKENS, ("vectors", "classifier"))
    assert (both * ours).sum(axis=1).min() > 0.99999
    assert (topic * onnx_default.embed(texts, MAX_TOKENS)).sum(axis=1).min() > 0.99999
    assert (ours * onnx_default.screen.embed(texts, MAX_TOKENS)).sum(axis=1).max() < 0.98
    assert (ours * topic).sum(axis=1).max() < 0.98


@pytest.mark.skipif(veto_layers() is None, reason="the classifier's second reading is not shipped")
def test_prepare_builds_a_graph_on_disk_without_loading_it(onnx_default, tmp_path, monkeypatch):
    monkeypatch.setattr(onnx_minilm, "cache_dir", lambda: tmp_path)
    runner = onnx_minilm.OnnxMiniLM(path=onnx_default._paths[("vectors",)])
    runner.prepare([("veto",)])
    built = runner._paths[("veto",)]
    assert [p.name for p in tmp_path.glob("*.onnx")] == [built.name] and ("veto",) not in runner._sessions
    runner.prepare([("veto",)])  # built once
    assert runner._paths[("veto",)] == built and len(list(tmp_path.glob("*.onnx"))) == 1


@pytest.mark.skipif(veto_layers() is None, reason="the classifier's second reading is not shipped")
def test_the_second_reading_s_vectors_are_the_reference_s_and_its_own(onnx_default, reference):
    """The classifier's second reading (its own top layers) gives in ONNX Runtime what the NumPy
    reference computes, and its layers are really used (not the classifier's)."""
    texts = SCREEN_TEXTS + UNITS_OF
    ours = onnx_default.run(texts, MAX_TOKENS, ("veto",))[0]
    assert (ours * reference.run(texts, MAX_TOKENS, ("veto",))[0]).sum(axis=1).min() >= 0.9999
    assert np.allclose(onnx_default.embed_veto(texts[0]), ours[:1], atol=1e-5)
    assert (ours * onnx_default.run(texts, MAX_TOKENS, ("classifier",))[0]).sum(axis=1).max() < 0.999


@pytest.mark.skipif(classifier_layers() is None, reason="the classifier's layers are not shipped")
@pytest.mark.parametrize("runner", ["onnx_default", "reference"])
def test_the_classifier_reads_all_of_a_long_question_and_topics_its_start(runner, request):
    """embed_classified: the topic vector from the first 128 tokens; the classifier's from up to
    256, so a warning at the end of a long post is read."""
    model = request.getfixturevalue(runner)
    text = "we have had a lovely week at the beach with the cousins and the weather held " * 8 + \
        "and now she says she has taken all of her nan's tablets"
    assert len(model.tokenizer.encode(text).ids) > 128
    topic, classified = model.embed_classified(text, 128)
    assert float(topic[0] @ model.embed([text], 128)[0]) > 0.99999
    assert float(classified[0] @ model.run([text], MAX_TOKENS, ("classifier",))[0][0]) > 0.99999
    assert float(classified[0] @ model.run([text], 128, ("classifier",))[0][0]) < 0.999
    short = SCREEN_TEXTS[0]
    _, alone = model.embed_classified(short, 128)
    assert float(alone[0] @ model.run([short], 128, ("classifier",))[0][0]) > 0.99999


def test_batches_cover_every_text_once_and_group_by_length():
    lengths = [5, 40, 6, 7, 41, 5, 120, 6]
    runs = onnx_minilm.plan_batches(lengths)
    assert sorted(i for run in runs for i in run) == list(range(len(lengths)))
    # Short texts share a call; the one long text is not padded with them.
    assert [lengths[i] for i in runs[-1]] == [120]
    assert any(len(run) >= 4 for run in runs)
    assert onnx_minilm.plan_batches([]) == []
    assert all(len(run) * max(lengths[i] for i in run) <= 64 or len(run) == 1
               for run in onnx_minilm.plan_batches(lengths, max_tokens=64))


def test_the_model_is_built_once_and_rebuilt_when_the_weights_change(tmp_path):
    source = tmp_path / "weights"
    source.mkdir()
    packaged = embeddings.model_dir()
    if packaged is None:
        pytest.skip("the packaged embedding model is not installed")
    (source / "model.safetensors").write_bytes((packaged / "model.safetensors").read_bytes())
    cache = tmp_path / "cache"
    first = onnx_minilm.ensure_model(source=source, folder=cache)
    built = first.stat().st_mtime_ns
    assert onnx_minilm.ensure_model(source=source, folder=cache) == first
    assert first.stat().st_mtime_ns == built  # cached, not built again
    assert [path.name for path in cache.iterdir()] == [first.name]  # no half-written leftovers

    os.utime(source / "model.safetensors", ns=(built + 10**9, built + 10**9))  # new weights
    second = onnx_minilm.ensure_model(source=source, folder=cache)
    assert second != first and second.exists()


def test_an_unknown_embedder_is_one_clear_error():
    with pytest.raises(BadInput, match="not an embedder"):
        embeddings.make_embedder("tensorflow")


def test_importing_inara_sets_one_blas_thread_unless_told_otherwise():
    code = "import inara, os; print(os.environ['OPENBLAS_NUM_THREADS'])"
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    alone = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    told = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**env, "OPENBLAS_NUM_THREADS": "2"},
                          capture_output=True, text=True)
    assert (alone.stdout.strip(), told.stdout.strip()) == ("1", "2")
