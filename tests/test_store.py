"""The SQLite index: content read from files only when they change, and
embeddings cached by text hash. Real SQLite files in tmp_path throughout;
HashEmbedder stands in for the model so nothing here needs it."""

from __future__ import annotations

import shutil
import sqlite3

import numpy as np
import pytest
import yaml

from inara.content.loader import load_library
from inara.matching.embeddings import HashEmbedder
from inara.matching.matcher import Matcher
from inara.store import Store, default_db_path, text_hash

from .conftest import SHIPPED


def open_library(db, root):
    store = Store(db)
    library, rebuilt = store.library(root)
    return store, library, rebuilt


def same_content(a, b) -> None:
    for attribute in ("goals", "topics", "guides", "references", "stories", "ladders", "voices"):
        assert getattr(a, attribute) == getattr(b, attribute), attribute
    assert a.sources == b.sources


def test_first_open_builds_second_reads_the_index(tmp_path, library_copy):
    db = tmp_path / "index.db"
    first, built, rebuilt = open_library(db, library_copy)
    assert rebuilt is True
    assert db.exists()
    first.close()

    second, read, rebuilt = open_library(db, library_copy)
    assert rebuilt is False
    same_content(read, built)
    same_content(read, load_library(library_copy))
    second.close()


def test_the_index_holds_every_document(tmp_path, library_copy):
    db = tmp_path / "index.db"
    store, library, _ = open_library(db, library_copy)
    store.close()
    with sqlite3.connect(db) as conn:
        counts = dict(conn.execute("select kind, count(*) from documents group by kind"))
    assert counts["guide"] == len(library.guides)
    assert counts["topic"] == len(list(SHIPPED.glob("topics/*.yaml")))
    assert counts["story"] == len(library.stories)
    assert counts["reference"] == len(library.references)


def test_editing_one_guide_rebuilds(tmp_path, library_copy):
    db = tmp_path / "index.db"
    open_library(db, library_copy)[0].close()
    path = library_copy / "guides" / "picky-eating" / "toddler.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["title"] = "A retitled guide about plates"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")

    store, library, rebuilt = open_library(db, library_copy)
    assert rebuilt is True
    assert library.guides["picky-eating/toddler"].title == "A retitled guide about plates"
    store.close()
    store, library, rebuilt = open_library(db, library_copy)
    assert rebuilt is False
    assert library.guides["picky-eating/toddler"].title == "A retitled guide about plates"
    store.close()


def test_adding_a_file_rebuilds(tmp_path, library_copy):
    db = tmp_path / "index.db"
    _, before, _ = open_library(db, library_copy)
    slug = sorted(before.stories)[0]
    text = (library_copy / "stories" / f"{slug}.md").read_text(encoding="utf-8")
    (library_copy / "stories" / "a-second-copy.md").write_text(
        text.replace(f"slug: {slug}", "slug: a-second-copy", 1), encoding="utf-8")
    _, after, rebuilt = open_library(db, library_copy)
    assert rebuilt is True
    assert "a-second-copy" in after.stories
    assert len(after.stories) == len(before.stories) + 1


def test_two_libraries_share_one_index_file(tmp_path, library_copy):
    other = tmp_path / "other-library"
    shutil.copytree(library_copy, other)
    db = tmp_path / "index.db"
    path = library_copy / "guides" / "transitions" / "toddler.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["title"] = "Only in the copy"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    open_library(db, library_copy)
    open_library(db, other)
    _, copy, rebuilt_copy = open_library(db, library_copy)
    _, unchanged, rebuilt_other = open_library(db, other)
    assert (rebuilt_copy, rebuilt_other) == (False, False)
    assert copy.guides["transitions/toddler"].title == "Only in the copy"
    assert unchanged.guides["transitions/toddler"].title != "Only in the copy"


def test_memory_store_writes_no_file(tmp_path, library_copy, monkeypatch):
    monkeypatch.chdir(tmp_path)
    store = Store(":memory:")
    _, rebuilt = store.library(library_copy)
    assert rebuilt is True
    assert list(tmp_path.iterdir()) == [library_copy]  # no index file beside the library


def test_the_library_ignores_inara_db_and_settings_read_it(tmp_path, monkeypatch):
    """The environment is read in one place (inara/settings.py), for the CLI and the server."""
    from inara.settings import Settings

    monkeypatch.setenv("INARA_DB", str(tmp_path / "elsewhere" / "x.db"))
    assert default_db_path().name == "inara.db" and "elsewhere" not in str(default_db_path())
    assert Settings.from_environment().options()["db"] == tmp_path / "elsewhere" / "x.db"
    monkeypatch.setenv("INARA_REGION", "uk")
    monkeypatch.setenv("INARA_MATCHER", "lexical")
    settings = Settings.from_environment().given(region="us")
    assert (settings.region, settings.matcher) == ("us", "lexical")
    assert Settings.from_environment(settings.environment()) == settings
    monkeypatch.setenv("INARA_EMBEDDER", "numpy")
    monkeypatch.setenv("INARA_AUDIO", "off")
    monkeypatch.setenv("INARA_AUDIO_CACHE", str(tmp_path / "audio"))
    settings = Settings.from_environment()  # what a worker process is handed, it reads back
    assert (settings.embedder, settings.audio, settings.audio_cache) == ("numpy", False, tmp_path / "audio")
    assert settings.options()["embedder"] == "numpy"
    assert Settings.from_environment(settings.environment()) == settings


# --- embeddings cache ----------------------------------------------------------------------------

TEXTS = ["she screams when we leave the park", "he bites at nursery", "afraid of the dark",
         "won't eat anything green", "hits his baby sister"]


def test_embeddings_are_cached_by_text_hash(tmp_path):
    store = Store(tmp_path / "index.db")
    embedder = HashEmbedder()
    first = store.embeddings(embedder, TEXTS)
    assert store.embedded_now == len(TEXTS)
    second = store.embeddings(embedder, TEXTS)
    assert store.embedded_now == len(TEXTS)  # nothing new embedded the second time
    np.testing.assert_array_equal(first, second)
    np.testing.assert_allclose(first, embedder.embed(TEXTS), atol=1e-6)


def test_cache_survives_reopening_the_file(tmp_path):
    db = tmp_path / "index.db"
    Store(db).embeddings(HashEmbedder(), TEXTS)
    again = Store(db)
    again.embeddings(HashEmbedder(), list(reversed(TEXTS)))
    assert again.embedded_now == 0
    with sqlite3.connect(db) as conn:
        hashes = {row[0] for row in conn.execute("select text_hash from embeddings")}
    assert hashes == {text_hash(text) for text in TEXTS}


def test_only_new_texts_are_embedded_and_order_is_kept(tmp_path):
    store = Store(tmp_path / "index.db")
    embedder = HashEmbedder()
    store.embeddings(embedder, TEXTS[:3])
    vectors = store.embeddings(embedder, [TEXTS[4], TEXTS[0], TEXTS[3]])
    assert store.embedded_now == 3 + 2
    np.testing.assert_allclose(vectors, embedder.embed([TEXTS[4], TEXTS[0], TEXTS[3]]), atol=1e-6)


def test_cache_is_per_model(tmp_path):
    class OtherModel(HashEmbedder):
        name = "another-model"

    store = Store(tmp_path / "index.db")
    store.embeddings(HashEmbedder(), TEXTS)
    store.embeddings(OtherModel(), TEXTS)
    assert store.embedded_now == 2 * len(TEXTS)


def test_no_texts_no_vectors(tmp_path):
    store = Store(tmp_path / "index.db")
    assert store.embeddings(HashEmbedder(), []).shape == (0, 384)
    assert store.embedded_now == 0


def test_changing_one_topic_example_embeds_exactly_one_text(tmp_path, library_copy):
    db = tmp_path / "index.db"
    store, library, _ = open_library(db, library_copy)
    Matcher(library, HashEmbedder(), store)
    assert store.embedded_now > 17 * 10  # every phrasing of every topic
    store.close()

    path = library_copy / "topics" / "fear-of-the-dark.yaml"
    card = yaml.safe_load(path.read_text(encoding="utf-8"))
    card["examples"][0] = "my kid asks for the hall light on and a torch under the pillow every single night"
    path.write_text(yaml.safe_dump(card, sort_keys=False, allow_unicode=True), encoding="utf-8")

    store, library, rebuilt = open_library(db, library_copy)
    assert rebuilt is True
    matcher = Matcher(library, HashEmbedder(), store)
    assert store.embedded_now == 1
    assert matcher.match("torch under the pillow every single night").best == "fear-of-the-dark"


def test_unchanged_library_embeds_nothing(tmp_path, library_copy):
    db = tmp_path / "index.db"
    store, library, _ = open_library(db, library_copy)
    Matcher(library, HashEmbedder(), store)
    store, library, rebuilt = open_library(db, library_copy)
    Matcher(library, HashEmbedder(), store)
    assert (rebuilt, store.embedded_now) == (False, 0)


@pytest.mark.parametrize("method", ["fusion", "embedding"])
def test_matcher_vectors_come_from_the_store(tmp_path, library_copy, method):
    store, library, _ = open_library(tmp_path / "index.db", library_copy)
    with_store = Matcher(library, HashEmbedder(), store, method=method)
    without = Matcher(library, HashEmbedder(), None, method=method)
    np.testing.assert_allclose(with_store.vectors, without.vectors, atol=1e-6)
