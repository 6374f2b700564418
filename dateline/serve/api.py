"""The web app: the REST API under ``/api`` and the HTML pages, over one ``Dateline`` opened once.

``create_app(settings)`` builds it; ``dateline serve`` runs it with uvicorn. Errors come back
as JSON under ``/api`` and as pages elsewhere, always with a message that names the value.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from .. import __version__
from ..api import Dateline
from ..errors import NotFound
from ..settings import Settings
from . import rest, web

STATIC = Path(__file__).parent / "static"

# Pages run no inline script and load nothing from elsewhere; an article's markup that slipped
# through escaping would still not run.
CONTENT_SECURITY_POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                           "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def create_app(settings: Settings | None = None) -> FastAPI:
    """The FastAPI app over the database in ``settings`` (opened and migrated now).

    :param settings: the database and the API token; default from the environment
    """
    settings = settings or Settings.from_env()
    dateline = Dateline(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        dateline.close()

    app = FastAPI(title="dateline", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="A deduplicated, sourced timeline of who did what to whom, when and where. "
                              "Read-only unless the server has an API token; then `POST /api/ingest` "
                              "takes articles with `Authorization: Bearer <token>`.")
    app.state.dateline = dateline
    app.state.templates = web.templates()
    app.include_router(rest.router)
    app.include_router(web.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(NotFound, _not_found)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.middleware("http")(_security_headers)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error(request: Request, status: int, message: str, headers: dict | None = None, **extra):
    if _wants_json(request):
        return JSONResponse({"detail": message, **extra}, status_code=status, headers=headers)
    return web.error_page(request, status, message)


async def _not_found(request: Request, exc: NotFound):
    return _error(request, 404, str(exc))


async def _http_error(request: Request, exc: HTTPException):
    message = exc.detail if isinstance(exc.detail, str) else "error"
    if exc.status_code == 404 and message == "Not Found":
        message = f"nothing at {request.url.path}"
    return _error(request, exc.status_code, message, getattr(exc, "headers", None))


async def _invalid_request(request: Request, exc: RequestValidationError):
    errors = [_explain(err) for err in exc.errors()]
    message = "; ".join(f"{e['field']}: {e['message']}" if e["field"] else e["message"] for e in errors)
    return _error(request, 422, message, errors=errors)


def _explain(err: dict) -> dict:
    """One validation error as ``{field, message, value}``, in words a script's author can act on."""
    loc = list(err.get("loc", ()))
    where = loc.pop(0) if loc and loc[0] in ("query", "path", "body") else None
    field = "body" if where == "body" else ""  # a query or path parameter is known by its name alone
    for part in loc:
        field += f"[{part}]" if isinstance(part, int) else f".{part}" if field else str(part)
    message = err.get("msg", "invalid")
    if err.get("type", "").startswith(("date_", "datetime_")):
        message = "should be a date like 2023-11-09"
    message = message.removeprefix("Value error, ")
    out = {"field": field, "message": message}
    value = err.get("input")
    if isinstance(value, (str, int, float)) and field:
        out["value"] = value
        if repr(value) not in message:
            out["message"] += f", not {value!r}"
    return out


async def _security_headers(request: Request, call_next):
    response = await call_next(request)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    if response.headers.get("content-type", "").startswith("text/html"):
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("Referrer-Policy", "same-origin")
    return response
