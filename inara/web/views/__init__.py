"""One module per group of pages; each builds a context (web/context.py) and renders it."""

from fastapi import APIRouter
from fastapi.responses import HTMLResponse


def pages_of(router: APIRouter):
    """A decorator factory: @page("/x/") registers an HTML view at /x/ and at /x."""

    def page(path: str, method: str = "get"):
        def register(view):
            add = getattr(router, method)
            return add(path, response_class=HTMLResponse)(add(path.rstrip("/"), response_class=HTMLResponse)(view))
        return register

    return page
