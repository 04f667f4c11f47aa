"""The SQLite index: validated content and cached embeddings.

A library is re-read from its files only when their content hash changes; an
embedding is computed only for text never embedded before by that model (the
key is a hash of the text), so editing one guide re-embeds nothing else.

The index is derived data, so it repairs itself: a damaged file (not a database,
truncated) is replaced by a new one, created as a temporary file and renamed over
it; a file or folder that cannot be written gives way to a temporary index for
this run. Each says so in one sentence naming the file. A locked file is an
error (StoreError), also one sentence naming it.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import logging
import os
import random
import sqlite3
import tempfile
from pathlib import Path
from typing import Callable

import numpy as np

from .content.loader import content_hash, load_library
from .content.models import Goal, Guide, Ladder, Library, Principles, Reference, Story, TopicCard, Voice
from .errors import StoreError

SCHEMA_VERSION = "3"  # 2: principles, new guide fields; 3: stories stored with their marked text
KINDS = {
    "goal": ("goals", Goal),
    "topic": ("topics", TopicCard),
    "guide": ("guides", Guide),
    "reference": ("references", Reference),
    "story": ("stories", Story),
    "ladder": ("ladders", Ladder),
    "principles": ("principles", Principles),
    "voice": ("voices", Voice),
}
SCHEMA = """
create table if not exists meta (key text primary key, value text not null);
create table if not exists documents (
    library text not null, kind text not null, key text not null, source text, body text not null,
    primary key (library, kind, key)
);
create table if not exists tokens (
    version text not null, text_hash text not null, tokens text not null,
    primary key (version, text_hash)
);
create table if not exists embeddings (
    model text not null, text_hash text not null, vector blob not null,
    primary key (model, text_hash)
);
"""
LOCK_WAIT = 5.0  # seconds to wait for another process's write to finish
CHUNK = 64  # texts embedded (and committed) at a time: progress to show, and work kept if stopped
DAMAGED = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
UNWRITABLE = ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")
LOCKED = ("SQLITE_BUSY", "SQLITE_LOCKED")

log = logging.getLogger("inara")


def default_db_path() -> Path:
    """inara.db in the user data folder (INARA_DB is the CLI's and the server's, in settings.py)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("inara", appauthor=False)) / "inara.db"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _stored(item) -> str:
    """A document as stored: a story keeps its marked text (the hero's pronouns in braces), which its
    public JSON leaves out, so a story read back from the index can still be personalised."""
    if isinstance(item, Story):
        return json.dumps(item.model_dump(mode="json") | {"text": item.marked_text})
    return item.model_dump_json()


class Store:
    """path: the index file (default: default_db_path()), or ":memory:".
    notify: called with one sentence when the index repairs itself or falls back (default: a
            warning on the "inara" logger, which prints it on stderr when logging is not set up).
    progress: called with (texts embedded, texts to embed) while a build embeds the library."""

    def __init__(self, path: Path | str | None = None, notify: Callable[[str], None] | None = None,
                 progress: Callable[[int, int], None] | None = None, lock_wait: float = LOCK_WAIT):
        self.path = Path(path) if path is not None and str(path) != ":memory:" else path
        if self.path is None:
            self.path = default_db_path()
        self.notify = notify or log.warning
        self.progress = progress
        self.lock_wait = lock_wait
        self.temporary: Path | None = None  # the temporary index in use, when the real one could not be written
        self.embedded_now = 0  # how many texts this process had to embed (for tests and stats)
        self.conn: sqlite3.Connection | None = None
        self._guarded(lambda: None)  # open it now: a fault is reported (or repaired) at once

    @property
    def name(self) -> str:
        return str(self.path)

    def close(self) -> None:
        self._drop_connection()

    # --- faults --------------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        if not isinstance(self.path, Path):
            conn = sqlite3.connect(":memory:", check_same_thread=False)
            conn.executescript(SCHEMA)
            return conn
        target = self.temporary or self.path
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _Unwritable(f"its folder cannot be created: {(exc.strerror or str(exc)).lower()}") from None
        if target.is_dir():
            raise _Unwritable("it is a folder")
        if not target.exists():
            self._create(target)
        conn = sqlite3.connect(str(target), timeout=self.lock_wait, check_same_thread=False)
        try:
            conn.executescript(SCHEMA)  # a no-op on a complete index, so a read-only file still opens
            conn.execute("select count(*) from meta").fetchone()  # reads the header: "not a database" shows here
        except BaseException:
            conn.close()
            raise
        return conn

    def _create(self, target: Path) -> None:
        """A new, empty index at target: written as a temporary file beside it and renamed over it,
        so no process ever opens a half-written file; a damaged file's journal goes with it."""
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            conn = sqlite3.connect(str(temporary))
            conn.executescript(SCHEMA)
            conn.commit()
            conn.close()
            for suffix in ("-journal", "-wal", "-shm"):
                target.with_name(target.name + suffix).unlink(missing_ok=True)
            os.replace(temporary, target)
        except (OSError, sqlite3.OperationalError) as exc:
            temporary.unlink(missing_ok=True)
            raise _Unwritable("its folder is not writable") from None

    def _guarded(self, operation: Callable):
        """Run operation; on a damaged or unwritable index repair it or fall back, then run it again."""
        for attempt in range(3):
            try:
                if self.conn is None:
                    self.conn = self._open()
                return operation()
            except _Unwritable as exc:
                if attempt == 2 or self.temporary is not None:
                    raise StoreError(f"The index {self.name} cannot be used: {exc}.") from None
                self._fall_back(str(exc))
            except sqlite3.DatabaseError as exc:
                kind = getattr(exc, "sqlite_errorname", "") or ""
                if kind.startswith(LOCKED):
                    raise StoreError(f"The index {self.name} is locked by another program (waited "
                                     f"{self.lock_wait:g} s); try again when it has finished.") from None
                if attempt == 2:
                    raise StoreError(f"The index {self.name} cannot be used ({exc}).") from None
                if kind.startswith(DAMAGED):
                    self._rebuild(str(exc))
                elif kind.startswith(UNWRITABLE) and self.temporary is None:
                    self._fall_back(str(exc))
                else:
                    raise StoreError(f"The index {self.name} cannot be used ({exc}).") from None

    def _rebuild(self, reason: str) -> None:
        self._drop_connection()
        target = self.temporary or self.path
        self.notify(f"The index {target} was damaged ({reason}); it is being rebuilt from the library.")
        try:
            self._create(target)
        except _Unwritable as exc:
            self._fall_back(str(exc))

    def _fall_back(self, reason: str) -> None:
        """Go on with a temporary copy: what the real index holds (when it can be read) is kept,
        so a read-only but complete index costs no rebuild."""
        old = self.conn
        if old is not None:
            try:
                old.rollback()  # a failed write leaves a transaction open, and backup() would wait on it
            except sqlite3.Error:
                old = None
        handle, name = tempfile.mkstemp(prefix="inara-", suffix=".db")
        os.close(handle)
        self.temporary = Path(name)
        atexit.register(self.temporary.unlink, missing_ok=True)
        copy = sqlite3.connect(name)
        try:
            if old is not None:
                old.backup(copy)
        except sqlite3.DatabaseError:
            pass  # damaged or unreadable: start empty
        finally:
            copy.close()
        self._drop_connection()
        self.notify(f"The index {self.path} cannot be written ({reason}); using a temporary index for this "
                    f"run ({self.temporary}). Set INARA_DB or --db to a writable file to keep it.")

    def _drop_connection(self) -> None:
        if self.conn is not None:
            try:
                self.conn.close()
            except sqlite3.Error:
                pass
            self.conn = None

    # --- the library ---------------------------------------------------------------------------

    def _meta(self, key: str) -> str | None:
        row = self.conn.execute("select value from meta where key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute("insert or replace into meta (key, value) values (?, ?)", (key, value))

    def library(self, root: Path) -> tuple[Library, bool]:
        """The library at root, from the index when its files are unchanged.
        Returns (library, rebuilt)."""
        root = root.resolve()
        digest = content_hash(root)
        return self._guarded(lambda: self._library(root, digest))

    def _library(self, root: Path, digest: str) -> tuple[Library, bool]:
        key = f"hash:{root}"
        if self._meta(key) == f"{SCHEMA_VERSION}:{digest}":
            return self._read(root), False
        library = load_library(root)  # raises LibraryError listing every problem
        try:
            self._write(root, library)
            self._set_meta(key, f"{SCHEMA_VERSION}:{digest}")
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise
        return library, True

    def _write(self, root: Path, library: Library) -> None:
        name = str(root)
        self.conn.execute("delete from documents where library = ?", (name,))
        rows = []
        for kind, (attribute, _model) in KINDS.items():
            for key, item in getattr(library, attribute).items():
                rows.append((name, kind, key, library.sources.get((kind, key)), _stored(item)))
        self.conn.executemany("insert into documents values (?, ?, ?, ?, ?)", rows)

    def _read(self, root: Path) -> Library:
        library = Library(root=root)
        rows = self.conn.execute(
            "select kind, key, source, body from documents where library = ? order by rowid", (str(root),)
        )
        for kind, key, source, body in rows:
            attribute, model = KINDS[kind]
            getattr(library, attribute)[key] = model.model_validate(json.loads(body))
            if source:
                library.sources[(kind, key)] = source
        return library

    def tokens(self, texts: list[str], tokenize, version: str) -> list[list[str]]:
        """BM25 tokens for texts, cached like embeddings: stemming every phrasing at each start
        cost ~0.5 s; reading them back costs a few milliseconds."""
        return self._guarded(lambda: self._tokens(texts, tokenize, version))

    def _tokens(self, texts: list[str], tokenize, version: str) -> list[list[str]]:
        hashes = [text_hash(text) for text in texts]
        known: dict[str, list[str]] = {}
        for start in range(0, len(hashes), 500):
            chunk = hashes[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for digest, joined in self.conn.execute(
                f"select text_hash, tokens from tokens where version = ? and text_hash in ({marks})", (version, *chunk)
            ):
                known[digest] = joined.split(" ") if joined else []
        missing = [(i, digest) for i, digest in enumerate(hashes) if digest not in known]
        if missing:
            rows = []
            for i, digest in missing:
                known[digest] = tokenize(texts[i])
                rows.append((version, digest, " ".join(known[digest])))
            self.conn.executemany("insert or replace into tokens values (?, ?, ?)", rows)
            self.conn.commit()
        return [known[digest] for digest in hashes]

    def embeddings(self, embedder, texts: list[str]) -> np.ndarray:
        """Vectors for texts, computing and caching only those not seen before."""
        return self._guarded(lambda: self._embeddings(embedder, texts))

    def _cached_vectors(self, model: str, hashes: list[str]) -> dict[str, np.ndarray]:
        known: dict[str, np.ndarray] = {}
        for start in range(0, len(hashes), 500):
            chunk = hashes[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for digest, blob in self.conn.execute(
                f"select text_hash, vector from embeddings where model = ? and text_hash in ({marks})",
                (model, *chunk),
            ):
                known[digest] = np.frombuffer(blob, dtype=np.float32)
        return known

    def _embeddings(self, embedder, texts: list[str]) -> np.ndarray:
        hashes = [text_hash(text) for text in texts]
        known = self._cached_vectors(embedder.name, hashes)
        missing = list(dict.fromkeys(digest for digest in hashes if digest not in known))
        if missing:
            text_of = dict(zip(hashes, texts))
            chunks = [missing[start:start + CHUNK] for start in range(0, len(missing), CHUNK)]
            # Each process takes the chunks in its own order and skips what another has meanwhile
            # committed: two server workers building one index share the work instead of doubling it.
            random.Random(os.getpid()).shuffle(chunks)
            done = 0
            for chunk in chunks:
                found = self._cached_vectors(embedder.name, chunk)
                known.update(found)
                todo = [digest for digest in chunk if digest not in found]
                if todo:
                    vectors = embedder.embed([text_of[digest] for digest in todo])
                    self.conn.executemany(
                        "insert or replace into embeddings values (?, ?, ?)",
                        [(embedder.name, digest, vectors[n].astype(np.float32).tobytes()) for n, digest in enumerate(todo)])
                    self.conn.commit()
                    self.embedded_now += len(todo)
                    known.update({digest: vectors[n] for n, digest in enumerate(todo)})
                done += len(chunk)
                if self.progress is not None:
                    self.progress(done, len(missing))
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([known[digest] for digest in hashes]).astype(np.float32)


class _Unwritable(Exception):
    """The index file cannot be created or opened for writing where it is (the reason as text)."""
