"""One JSON error shape for every HTTP error: {"error": {"status", "code", "message", "detail"}}."""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from policykg.graph.errors import QueryError, QueryTimeout, ReadOnlyQueryError, StoreError
from starlette.exceptions import HTTPException as StarletteHTTPException


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, detail=None):
        self.status, self.code, self.message, self.detail = status, code, message, detail


def error_body(status: int, code: str, message: str, detail=None) -> dict:
    return {"error": {"status": status, "code": code, "message": message, "detail": detail}}


def _response(status: int, code: str, message: str, detail=None) -> JSONResponse:
    return JSONResponse(error_body(status, code, message, detail), status_code=status)


ERROR_RESPONSES = {
    400: {"description": "Bad request", "content": {"application/json": {"example": error_body(400, "bad_request", "…")}}},
    404: {"description": "Not found", "content": {"application/json": {"example": error_body(404, "not_found", "…")}}},
}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError):
        return _response(exc.status, exc.code, exc.message, exc.detail)

    @app.exception_handler(QueryError)
    async def query_error(_: Request, exc: QueryError):
        return _response(400, "malformed_query", "the SPARQL query could not be parsed", str(exc))

    @app.exception_handler(ReadOnlyQueryError)
    async def read_only(_: Request, exc: ReadOnlyQueryError):
        return _response(403, "update_refused", str(exc))

    @app.exception_handler(QueryTimeout)
    async def timeout(_: Request, exc: QueryTimeout):
        return _response(503, "query_timeout", str(exc))

    @app.exception_handler(StoreError)
    async def store_error(_: Request, exc: StoreError):
        return _response(503, "store_unavailable", str(exc))

    @app.exception_handler(RequestValidationError)
    async def validation(_: Request, exc: RequestValidationError):
        errors = [{"parameter": ".".join(str(p) for p in e["loc"][1:]) or str(e["loc"][0]), "message": e["msg"]} for e in exc.errors()]
        names = ", ".join(e["parameter"] for e in errors)
        return _response(422, "invalid_parameter", f"invalid or missing parameter: {names}", errors)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed", 406: "not_acceptable", 415: "unsupported_media_type"}.get(exc.status_code, "http_error")
        return _response(exc.status_code, code, str(exc.detail))

    @app.exception_handler(Exception)
    async def internal(_: Request, exc: Exception):  # pragma: no cover - last resort, logged by uvicorn
        return _response(500, "internal_error", "internal error", type(exc).__name__)
