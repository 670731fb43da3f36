"""One JSON error shape for every HTTP error: {"error": {"status", "code", "message", "detail"}}.

The package's errors (``PolicyKGError``) are mapped here, once, by class where a more precise
code helps a client, else by their ``kind`` (docs/architecture.md).
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from urllib.parse import unquote_to_bytes

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from policykg.graph.errors import QueryError, QueryMemoryLimit, QueryTimeout, ReadOnlyQueryError, ServiceRefused
from policykg.graph.reads import BadId
from policykg.ingest.errors import PolicyKGError
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("policykg.api")


class ApiError(Exception):
    """An error of the HTTP layer itself (a media type, a missing body part)."""

    def __init__(self, status: int, code: str, message: str, detail=None):
        super().__init__(message)
        self.status, self.code, self.message, self.detail = status, code, message, detail


class TooManyQueries(PolicyKGError):
    """One client has as many queries running as it may."""

    kind = "limit_exceeded"


# most precise first: (class, status, code)
BY_CLASS = [
    (BadId, 400, "invalid_parameter"),
    (QueryError, 400, "malformed_query"),
    (ReadOnlyQueryError, 403, "update_refused"),
    (ServiceRefused, 403, "service_refused"),
    (QueryMemoryLimit, 413, "query_memory_limit"),
    (QueryTimeout, 503, "query_timeout"),
    (TooManyQueries, 429, "too_many_requests"),
]
BY_KIND = {
    "bad_input": (400, "bad_request"),
    "not_found": (404, "not_found"),
    "forbidden": (403, "forbidden"),
    "limit_exceeded": (503, "limit_exceeded"),
    "unavailable": (503, "unavailable"),
    "internal": (500, "internal_error"),
}


def error_body(status: int, code: str, message: str, detail=None) -> dict:
    return {"error": {"status": status, "code": code, "message": message, "detail": detail}}


def _response(status: int, code: str, message: str, detail=None, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, code, message, detail), status_code=status, headers=headers)


def status_and_code(exc: PolicyKGError) -> tuple[int, str]:
    for cls, status, code in BY_CLASS:
        if isinstance(exc, cls):
            return status, code
    return BY_KIND.get(exc.kind, (500, "internal_error"))


def _detail(exc: PolicyKGError):
    if isinstance(exc, QueryError):
        return {"line": exc.line, "column": exc.column}
    parameter = getattr(exc, "parameter", None)
    return {"parameter": parameter} if parameter else None


def _example(status: int, code: str, message: str, detail=None) -> dict:
    return {"application/json": {"example": error_body(status, code, message, detail)}}


ERROR_RESPONSES = {
    400: {"description": "Bad request: a malformed id, parameter, body or query", "content": _example(400, "bad_request", "clause: '..' is not a clause path", {"parameter": "clause"})},
    404: {"description": "Not found", "content": _example(404, "not_found", "no document 'nope'")},
    422: {"description": "Invalid or missing parameter", "content": _example(422, "invalid_parameter", "invalid or missing parameter: k", [{"parameter": "k", "message": "Input should be greater than or equal to 1"}])},
}
SPARQL_ERROR_RESPONSES = {
    400: {"description": "Malformed query (line and column in your text)", "content": _example(400, "malformed_query", "error at 1:1: ...", {"line": 1, "column": 1})},
    403: {"description": "Update or SERVICE refused", "content": _example(403, "service_refused", "SERVICE <http://…> is not allowed on this endpoint")},
    406: {"description": "No acceptable result format", "content": _example(406, "not_acceptable", "none of the Accept types can hold a SELECT result")},
    413: {"description": "The query went past its memory limit (`query_memory_limit`), or the request body past 1 MiB (`body_too_large`)",
          "content": _example(413, "query_memory_limit", "query stopped past its memory limit of 2048 MiB")},
    429: {"description": "This client has too many queries running", "content": _example(429, "too_many_requests", "2 queries of yours are running; wait for one to finish")},
    503: {"description": "Time limit, or every worker busy", "content": _example(503, "query_timeout", "query stopped after its time limit of 10 s")},
}


class QueryStringCheck:
    """ASGI middleware: a query string whose percent-escapes are not UTF-8 (``q=%E8%A7``) is a 400
    naming the parameter, not a value with U+FFFD in it that the routes would search or store."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and b"%" in scope["query_string"]:
            parameter = undecodable_parameter(scope["query_string"])
            if parameter is not None:
                message = f"{parameter[:40]!r} is not UTF-8 once its %-escapes are decoded"
                return await _response(400, "invalid_parameter", message, {"parameter": parameter[:40]})(scope, receive, send)
        return await self.app(scope, receive, send)


def undecodable_parameter(query_string: bytes) -> str | None:
    """The first parameter whose name or value is not UTF-8 once unescaped (``+`` is a space either way)."""
    for pair in query_string.split(b"&"):
        name, _, value = pair.partition(b"=")
        try:
            unquote_to_bytes(value).decode("utf-8")
            unquote_to_bytes(name).decode("utf-8")
        except UnicodeDecodeError:
            return unquote_to_bytes(name).decode("utf-8", "replace")
    return None


ErrorPage = Callable[[Request, int, str, str], Response]
PAGE_PATHS = ("/ui/", "/id/")  # and "/": the web UI's pages, which a browser opens


def _wants_page(request: Request) -> bool:
    """A browser asking for one of the UI's pages: it gets the error as a page, not as JSON."""
    path = request.url.path
    return (path == "/" or path.startswith(PAGE_PATHS)) and "text/html" in request.headers.get("accept", "")


def install_error_handlers(app: FastAPI, page: ErrorPage | None = None) -> None:
    """One JSON shape for every error; ``page(request, status, code, message)`` renders it for a
    browser at one of the UI's pages."""

    def answer(request: Request, status: int, code: str, message: str, detail=None, headers: dict | None = None) -> Response:
        if page is not None and _wants_page(request):
            return page(request, status, code, message)
        return _response(status, code, message, detail, headers)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return answer(request, exc.status, exc.code, exc.message, exc.detail)

    @app.exception_handler(PolicyKGError)
    async def package_error(request: Request, exc: PolicyKGError):
        status, code = status_and_code(exc)
        if status >= 500 and code == "internal_error":
            log.error("internal error on %s", request.url.path, exc_info=exc)
        headers = {"Retry-After": "1"} if status in (429, 503) else None
        return answer(request, status, code, str(exc), _detail(exc), headers)

    @app.exception_handler(RequestValidationError)
    async def validation(request: Request, exc: RequestValidationError):
        errors = [{"parameter": ".".join(str(p) for p in e["loc"][1:]) or str(e["loc"][0]), "message": e["msg"]} for e in exc.errors()]
        names = ", ".join(e["parameter"] for e in errors)
        return answer(request, 422, "invalid_parameter", f"invalid or missing parameter: {names}", errors)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed", 406: "not_acceptable", 415: "unsupported_media_type"}.get(exc.status_code, "http_error")
        return answer(request, exc.status_code, code, str(exc.detail))

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception):
        log.error("internal error on %s", request.url.path, exc_info=exc)
        return answer(request, 500, "internal_error", "internal error", type(exc).__name__)
