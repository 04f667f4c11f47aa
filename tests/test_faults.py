"""Fault injection (issue 14, items 5 and 7): broken index files and library files.

Each fault gives one sentence naming the file; the index (derived data) repairs itself where it
can: a damaged file is replaced by a new one (a temporary file renamed over it), an unwritable one
gives way to a temporary index for the run. Real SQLite files and real file permissions; as root
(where permissions do not bind) the file work runs under the effective uid of `nobody`.
Embeddings come from HashEmbedder: the faults are the point, not the vectors.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

# Imported now: under `nobody` the interpreter's own folder (/root/...) may not be readable.
import inara.content.checks  # noqa: F401
import inara.content.quality  # noqa: F401
from inara import StoreError
from inara.cli import cli as click_group
from inara.matching.embeddings import HashEmbedder
from inara.store import Store

from .conftest import SHIPPED

TEXTS = ["she screams when we leave the park", "he bites at nursery", "afraid of the dark"]
NOBODY = 65534


@contextlib.contextmanager
def unprivileged():
    """File permissions as an ordinary user sees them."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)


@pytest.fixture(scope="module")
def good_index():
    """An index of the shipped library with a few embeddings, built once for the module."""
    folder = Path(tempfile.mkdtemp(prefix="inara-faults-"))
    db = folder / "good.db"
    store = Store(db)
    store.library(SHIPPED)
    store.embeddings(HashEmbedder(), TEXTS)
    store.close()
    yield db
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def place():
    """The user's own folder for the index (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="inara-fault-"))
    owned(folder)
    yield folder
    os.chmod(folder, 0o755)
    shutil.rmtree(folder, ignore_errors=True)


def owned(path: Path) -> Path:
    """The file or folder belongs to the user Inara runs as, as it would in life."""
    if os.geteuid() == 0:
        os.chown(path, NOBODY, -1)
    return path


def put(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return owned(path)


def open_and_use(db: Path) -> tuple[Store, list[str]]:
    """What `Inara(db=...)` does with an index: read the library, then the vectors."""
    notes: list[str] = []
    with unprivileged():
        store = Store(db, notify=notes.append)
        library, _ = store.library(SHIPPED)
        vectors = store.embeddings(HashEmbedder(), TEXTS)
    assert len(library.topics) == len(list(SHIPPED.glob("topics/*.yaml"))) and vectors.shape == (3, 384)
    return store, notes


def one_sentence(notes: list[str], *parts: str) -> str:
    assert len(notes) == 1, notes
    assert "\n" not in notes[0] and "Traceback" not in notes[0]
    for part in parts:
        assert part in notes[0], (part, notes[0])
    return notes[0]


# --- damaged: rebuilt in place ---------------------------------------------------------------------

@pytest.mark.parametrize("damage, says", [
    (lambda data: os.urandom(len(data)), "file is not a database"),
    (lambda data: data[: len(data) // 2], "malformed"),  # truncated
    (lambda data: data[:100] + os.urandom(4096) + data[4196:], "malformed"),  # pages overwritten
])
def test_a_damaged_index_is_said_once_and_rebuilt(good_index, place, damage, says):
    db = put(place / "inara.db", damage(good_index.read_bytes()))
    store, notes = open_and_use(db)
    one_sentence(notes, str(db), "was damaged", says, "rebuilt")
    assert store.temporary is None
    store.close()
    with sqlite3.connect(db) as conn:  # the file itself is whole again
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
        assert conn.execute("select count(*) from documents").fetchone()[0] > 0
    again, notes = open_and_use(db)
    assert notes == [] and again.embedded_now == 0  # and it stays repaired


def test_the_rebuild_replaces_the_file_in_one_rename(good_index, place):
    db = put(place / "inara.db", os.urandom(8192))
    damaged = db.stat().st_ino
    put(place / "inara.db-journal", os.urandom(512))  # a damaged file's journal must not outlive it
    store, _ = open_and_use(db)
    assert db.stat().st_ino != damaged  # a new file renamed over the old, not the old rewritten
    assert not (place / "inara.db-journal").exists()
    assert not list(place.glob(".inara.db.*.tmp"))  # the temporary file is gone: it became the index
    assert store.temporary is None
    store.close()


# --- unwritable: a temporary index for the run ------------------------------------------------------

def test_a_read_only_complete_index_is_used_as_it_is(good_index, place):
    db = put(place / "inara.db", good_index.read_bytes())
    os.chmod(db, 0o444)
    store, notes = open_and_use(db)
    assert notes == [] and store.temporary is None and store.embedded_now == 0


def test_a_read_only_stale_index_falls_back_to_a_temporary_copy(good_index, place):
    db = put(place / "inara.db", good_index.read_bytes())
    with sqlite3.connect(db) as conn:
        conn.execute("delete from meta")  # as if the library had changed since
    os.chmod(db, 0o444)
    before = db.read_bytes()
    store, notes = open_and_use(db)
    one_sentence(notes, str(db), "cannot be written", "temporary index", "INARA_DB")
    assert store.temporary is not None and store.temporary.parent != place
    assert store.embedded_now == 0  # the vectors came with the copy
    assert db.read_bytes() == before
    store.close()


def unwritable_folder(place: Path) -> Path:
    os.chmod(place, 0o555)  # no file yet, and none can be made
    return place / "inara.db"


def folder_in_its_place(place: Path) -> Path:
    (place / "inara.db").mkdir()
    return owned(place / "inara.db")


def parent_is_a_file(place: Path) -> Path:
    return put(place / "not-a-folder", b"x") / "inara.db"


@pytest.mark.parametrize("make", [unwritable_folder, folder_in_its_place, parent_is_a_file])
def test_an_index_that_cannot_be_created_falls_back_to_a_temporary_one(place, make):
    db = make(place)
    store, notes = open_and_use(db)
    one_sentence(notes, str(db), "cannot be written", "temporary index")
    assert store.temporary is not None and store.temporary.exists()
    store.close()


def test_an_unwritable_folder_with_a_stale_index_falls_back(good_index, place):
    db = put(place / "inara.db", good_index.read_bytes())
    with sqlite3.connect(db) as conn:
        conn.execute("delete from embeddings")
    os.chmod(place, 0o555)  # the file is writable, but SQLite cannot make its journal beside it
    store, notes = open_and_use(db)
    one_sentence(notes, str(db), "cannot be written", "temporary index")
    assert store.embedded_now == len(TEXTS)


# --- locked: one sentence, no waiting forever --------------------------------------------------------

def test_a_locked_index_is_one_sentence_naming_the_file(good_index, place):
    db = put(place / "inara.db", good_index.read_bytes())
    holder = sqlite3.connect(db)
    holder.execute("begin exclusive")  # another program in the middle of writing
    try:
        with pytest.raises(StoreError) as raised:
            Store(db, lock_wait=0.2)
    finally:
        holder.rollback()
        holder.close()
    assert raised.value.message == (f"The index {db} is locked by another program (waited 0.2 s); "
                                    "try again when it has finished.")
    assert raised.value.status == 503


# --- through the command line -------------------------------------------------------------------------

def test_the_cli_says_it_rebuilds_a_damaged_index_and_answers(good_index, place):
    db = put(place / "inara.db", os.urandom(20000))
    done = CliRunner().invoke(click_group, ["--db", str(db), "guide", "picky-eating", "--band", "toddler",
                                            "--format", "markdown"], obj={})
    assert done.exit_code == 0, done.output
    first = done.output.splitlines()[0]
    assert first == f"Note: The index {db} was damaged (file is not a database); it is being rebuilt from the library."
    assert "# " in done.output  # and the guide follows


def test_the_cli_shows_progress_while_it_builds_the_index(place):
    db = place / "new.db"
    done = CliRunner().invoke(click_group, ["--db", str(db), "index"], obj={"options": {"embedder": HashEmbedder()}})
    assert done.exit_code == 0, done.output
    lines = done.output.splitlines()
    assert lines[0].startswith("Building the index: embedding ") and "texts" in lines[0]
    counts = [line.split() for line in lines if line.strip().endswith("texts embedded")]
    assert 3 <= len(counts) <= 7  # a few lines in a log (a bar on a terminal)
    assert counts[-1][0] == counts[-1][2]  # "3,782 of 3,782 texts embedded"
    assert "The index is built." in lines
