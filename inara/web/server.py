"""The web app: server-rendered pages and their JSON twins over one `Inara`.

No logic lives here: views call the library, build a context (web/context.py)
and render it as HTML or JSON. Nothing a visitor types is logged or stored.
"""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..app import Inara
from ..audio import AudioCache
from ..errors import InaraError, printable
from . import cores
from .capacity import Capacity
from ..render.html import STATIC, render

MAX_BODY = 64 * 1024  # bytes; questions are limited to 4,000 characters, forms are small

SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
     b"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
# Guides, stories and the API's lists change only when the library does (a restart): a short
# public cache. Answers to POSTs carry what a parent typed, and errors are not worth keeping.
CACHE_PAGES = b"public, max-age=300"
CACHE_STATIC = b"public, max-age=86400"
NO_STORE = b"no-store"

TYPE_TAGS = {"float", "int", "str", "bool", "none"}

log = logging.getLogger("inara.web")
access = logging.getLogger("inara.access")  # `inara serve --access-log`: method, path, status, time


class Guard:
    """Pure ASGI middleware (cheaper than BaseHTTPMiddleware) around the whole app:

    - security headers and a Cache-Control on every response, errors included;
    - request bodies limited to MAX_BODY on the bytes actually received, so a chunked upload
      (no Content-Length) is cut off at 64 KB instead of being read into memory;
    - HEAD answered as GET without the body;
    - an unexpected exception answered as a 500 in the documented shape (with the headers,
      keeping the connection), logged without the request's content;
    - with access_log, one line per request: method, path, status and time, never the query
      string or the body (uvicorn's own access log would print the query string).
    """

    def __init__(self, app, access_log: bool = False):
        self.app = app
        self.access_log = access_log

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if not self.access_log:
            return await self._guard(scope, receive, send)
        begun, status = time.perf_counter(), 0

        async def send_seen(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self._guard(scope, receive, send_seen)
        finally:  # scope["path"] has no query string; the body is never read here
            access.info("%s %s %d %.0fms", scope["method"], scope["path"], status,
                        (time.perf_counter() - begun) * 1000)

    async def _guard(self, scope, receive, send):
        method = scope["method"]
        started = False

        async def send_guarded(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = _with_headers(list(message.get("headers", [])), method, scope["path"],
                                                   message["status"])
            elif method == "HEAD":
                message = {**message, "body": b""}
            await send(message)

        if method == "HEAD":
            scope = {**scope, "method": "GET"}
        headers = dict(scope.get("headers") or [])
        if _has_body(headers):
            body = await _read_body(receive)
            if body is None:  # over the limit, or the client went away
                response = error_for(scope["path"], 413, f"The request is over {MAX_BODY // 1024} KB.",
                                     {"connection": "close"})  # stop reading the rest of the upload
                return await response(scope, receive, send_guarded)
            receive = _replay(body, receive)
        try:
            await self.app(scope, receive, send_guarded)
        except Exception as exc:
            # Logged by type and place only: an exception's message can quote what a parent typed.
            log.error("unexpected %s on %s %s\n%s", type(exc).__name__, method, scope["path"],
                      "".join(traceback.format_tb(exc.__traceback__)))
            if started:
                raise
            response = error_for(scope["path"], 500, "Something went wrong on our side; please try again.")
            await response(scope, receive, send_guarded)


def _has_body(headers: dict) -> bool:
    length = headers.get(b"content-length")
    return b"chunked" in headers.get(b"transfer-encoding", b"").lower() or (length is not None and length != b"0")


async def _read_body(receive) -> bytes | None:
    """The whole request body, or None once it passes MAX_BODY (whatever Content-Length said)."""
    body = bytearray()
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        body += message.get("body", b"")
        if len(body) > MAX_BODY:
            return None
        if not message.get("more_body", False):
            return bytes(body)


def _replay(body: bytes, receive):
    """A receive() that hands the app the body already read, then waits for the disconnect."""
    pending = True

    async def replayed():
        nonlocal pending
        if pending:
            pending = False
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()
    return replayed


def _with_headers(headers: list, method: str, path: str, status: int) -> list:
    if not any(name.lower() == b"cache-control" for name, _ in headers):
        if status >= 400 or method not in ("GET", "HEAD"):
            policy = NO_STORE
        else:
            policy = CACHE_STATIC if path.startswith("/static/") else CACHE_PAGES
        headers.append((b"cache-control", policy))
    return headers + SECURITY_HEADERS


def wants_json(path: str) -> bool:
    return path.startswith("/api/")


TITLES = {404: "Page not found", 405: "That is not something this page does", 413: "That is too long",
          422: "Please check what you typed", 503: "Inara is busy"}


def error_for(path: str, status: int, message: str, headers: dict | None = None):
    """The one error shape: {"status", "error"} under /api/, an HTML page elsewhere."""
    message = printable(message)
    if wants_json(path):
        return JSONResponse({"status": status, "error": message}, status_code=status, headers=headers)
    title = TITLES.get(status, "Something went wrong")
    return HTMLResponse(render("error.html", status=status, title=title, message=message), status_code=status,
                        headers=headers)


def error_response(request: Request, status: int, message: str, headers: dict | None = None):
    return error_for(request.url.path, status, message, headers)


def create_app(inara: Inara | None = None, access_log: bool = False, audio: bool = True,
               audio_cache: Path | str | None = None, **options) -> FastAPI:
    """The ASGI app. Pass an Inara, or the options to build one (library, db, region, matcher).
    access_log: one line per request on stderr (method, path, status, time). audio: False for no
    Listen controls even with the extra installed; audio_cache: where rendered audio is kept."""
    from .views import api, pages, stories

    app = FastAPI(title="Inara", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Guides for the hard moments of raising a child (ages 1-17): the JSON twin of every page.")
    app.state.inara = inara or Inara(**options)
    app.state.capacity = Capacity(app.state.inara)
    app.state.audio = audio
    app.state.audio_cache = AudioCache(audio_cache)
    app.add_middleware(Guard, access_log=access_log)
    if access_log and not access.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        access.addHandler(handler)
        access.setLevel(logging.INFO)
        access.propagate = False
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    for module in (pages, stories, api):
        app.include_router(module.router)

    @app.exception_handler(InaraError)
    async def inara_error(request: Request, exc: InaraError):
        return error_response(request, exc.status, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        first = exc.errors()[0]
        # ("body", "age", "float") -> "age": the union member pydantic tried is no help to a caller
        where = ".".join(str(part) for part in first["loc"] if part != "body" and part not in TYPE_TAGS)
        message = first["msg"].removeprefix("Value error, ")
        return error_response(request, 422, f"{where}: {message}" if where else message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = "There is no page here." if exc.status_code == 404 else str(exc.detail)
        headers = dict(exc.headers or {})
        if "GET" in headers.get("Allow", "").split(", "):
            headers["Allow"] += ", HEAD"  # the Guard answers HEAD for every GET
        return error_response(request, exc.status_code, message, headers)

    return app


WARM_WAIT = 20.0  # seconds a worker waits for the model and index before taking traffic anyway


def serve(host: str = "127.0.0.1", port: int = 8000, access_log: bool = False, workers: int | None = None,
          audio: bool = True, audio_cache: Path | str | None = None, **options) -> None:
    """Run the app with uvicorn, one worker process per core by default. Each worker builds its own
    Inara from the same options (passed through the INARA_* environment variables) and loads the
    model before taking traffic; when the index must first be built (minutes), it serves pages
    after WARM_WAIT seconds and answers questions with "warming up" until the index is ready.
    Set the BLAS thread variables before this module is imported (`inara serve` does)."""
    import uvicorn

    from ..settings import OPTIONS, Settings

    workers = workers or cores()
    # uvicorn's access log is always off: its lines carry the query string, and at log level
    # warning it printed nothing even when asked (--access-log once logged nothing). The Guard
    # writes the access log instead, when asked: method, path, status and time.
    settings = {"host": host, "port": port, "access_log": False, "log_level": "warning"}
    if workers > 1:
        given = {key: value for key, value in options.items() if key in OPTIONS}
        audio_cache = Path(audio_cache) if audio_cache else None
        os.environ.update(Settings(**given, audio=audio, audio_cache=audio_cache, access_log=access_log).environment())
        uvicorn.run("inara.web.server:create_warm_app", factory=True, workers=workers, **settings)
        return
    app = create_app(access_log=access_log, audio=audio, audio_cache=audio_cache, **options)
    app.state.capacity.share_the_interpreter()
    app.state.capacity.warm_up(WARM_WAIT)
    uvicorn.run(app, **settings)


def create_warm_app() -> FastAPI:
    """The app factory for worker processes: settings from INARA_* variables, model loading."""
    from ..settings import Settings

    settings = Settings.from_environment()
    app = create_app(access_log=settings.access_log, audio=settings.audio, audio_cache=settings.audio_cache,
                     **settings.options())
    app.state.capacity.share_the_interpreter()
    app.state.capacity.warm_up(WARM_WAIT)
    return app
