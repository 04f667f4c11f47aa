"""The SQLite index: validated content and cached embeddings.

A library is re-read from its files only when their content hash changes; an
embedding is computed only for text never embedded before by that model (the
key is a hash of the text), so editing one guide re-embeds nothing else.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import numpy as np

from .content.loader import Library, content_hash, load_library
from .content.models import Goal, Guide, Ladder, Principles, Reference, Story, TopicCard, Voice

SCHEMA_VERSION = "2"  # 2: principles, new guide fields
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


def default_db_path() -> Path:
    if os.environ.get("INARA_DB"):
        return Path(os.environ["INARA_DB"])
    from platformdirs import user_data_dir

    return Path(user_data_dir("inara", appauthor=False)) / "inara.db"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path is not None and str(path) != ":memory:" else path
        if self.path is None:
            self.path = default_db_path()
        if isinstance(self.path, Path):
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(str(self.path), check_same_thread=False)
        self.conn.executescript(SCHEMA)
        self.embedded_now = 0  # how many texts this process had to embed (for tests and stats)

    def close(self) -> None:
        self.conn.close()

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
        key = f"hash:{root}"
        if self._meta(key) == f"{SCHEMA_VERSION}:{digest}":
            return self._read(root), False
        library = load_library(root)  # raises LibraryError listing every problem
        self._write(root, library)
        self._set_meta(key, f"{SCHEMA_VERSION}:{digest}")
        self.conn.commit()
        return library, True

    def _write(self, root: Path, library: Library) -> None:
        name = str(root)
        self.conn.execute("delete from documents where library = ?", (name,))
        rows = []
        for kind, (attribute, _model) in KINDS.items():
            for key, item in getattr(library, attribute).items():
                rows.append((name, kind, key, library.sources.get((kind, key)), item.model_dump_json()))
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
        hashes = [text_hash(text) for text in texts]
        known: dict[str, np.ndarray] = {}
        for start in range(0, len(hashes), 500):
            chunk = hashes[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for digest, blob in self.conn.execute(
                f"select text_hash, vector from embeddings where model = ? and text_hash in ({marks})",
                (embedder.name, *chunk),
            ):
                known[digest] = np.frombuffer(blob, dtype=np.float32)
        missing = [i for i, digest in enumerate(hashes) if digest not in known]
        if missing:
            vectors = embedder.embed([texts[i] for i in missing])
            self.conn.executemany(
                "insert or replace into embeddings values (?, ?, ?)",
                [(embedder.name, hashes[i], vectors[n].astype(np.float32).tobytes()) for n, i in enumerate(missing)],
            )
            self.conn.commit()
            self.embedded_now += len(missing)
            for n, i in enumerate(missing):
                known[hashes[i]] = vectors[n]
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([known[digest] for digest in hashes]).astype(np.float32)
