"""The web app: server-rendered pages and their JSON twins over one `Inara`.

No logic lives here: views call the library, build a context (web/context.py)
and render it as HTML or JSON. Nothing a visitor types is logged or stored.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..app import Inara
from ..errors import InaraError
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


class Guard:
    """Pure ASGI middleware (cheaper than BaseHTTPMiddleware): security headers on every
    response, and a 413 for request bodies over MAX_BODY before the app reads them."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > MAX_BODY:
            response = JSONResponse({"status": 413, "error": f"The request is over {MAX_BODY // 1024} KB."}, 413)
            return await response(scope, receive, self._with_headers(send))
        return await self.app(scope, receive, self._with_headers(send))

    @staticmethod
    def _with_headers(send):
        async def wrapped(message):
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)
        return wrapped


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def error_response(request: Request, status: int, message: str):
    if wants_json(request):
        return JSONResponse({"status": status, "error": message}, status_code=status)
    title = {404: "Page not found", 413: "That is too long", 422: "Please check what you typed"}.get(status, "Something went wrong")
    return HTMLResponse(render("error.html", status=status, title=title, message=message), status_code=status)


def create_app(inara: Inara | None = None, **options) -> FastAPI:
    """The ASGI app. Pass an Inara, or the options to build one (library, db, region, matcher)."""
    from .views import api, pages, stories

    app = FastAPI(title="Inara", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Guides for the hard moments of raising a child (ages 1-17): the JSON twin of every page.")
    app.state.inara = inara or Inara(**options)
    app.add_middleware(Guard)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    for module in (pages, stories, api):
        app.include_router(module.router)

    @app.exception_handler(InaraError)
    async def inara_error(request: Request, exc: InaraError):
        return error_response(request, exc.status, exc.message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"] if part != "body")
        return error_response(request, 422, f"{where}: {first['msg']}" if where else first["msg"])

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = "There is no page here." if exc.status_code == 404 else str(exc.detail)
        return error_response(request, exc.status_code, message)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):  # pragma: no cover - last resort
        return error_response(request, 500, "Something went wrong on our side; please try again.")

    return app


def serve(host: str = "127.0.0.1", port: int = 8000, access_log: bool = False, workers: int = 1, **options) -> None:
    """Run the app with uvicorn. With workers > 1, each worker process builds its own Inara
    from the same options (passed through the INARA_* environment variables)."""
    import os

    import uvicorn

    # access_log is off by default: request lines can carry what a parent typed.
    settings = {"host": host, "port": port, "access_log": access_log, "log_level": "warning"}
    if workers > 1:
        for key, value in options.items():
            if value is not None:
                os.environ[f"INARA_{key.upper()}"] = str(value)
        uvicorn.run("inara.web.app:create_warm_app", factory=True, workers=workers, **settings)
        return
    app = create_app(**options)
    app.state.inara.matcher  # load the model and phrasings before the first visitor
    uvicorn.run(app, **settings)


def create_warm_app() -> FastAPI:
    """The app factory for worker processes: options from INARA_* variables, model loaded."""
    app = create_app()
    app.state.inara.matcher
    return app
