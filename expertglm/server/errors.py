"""Every error the service answers, as OpenAI-style JSON: the one place that maps ExpertGLMError to HTTP."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from errors import BackendError, ExpertGLMError, LimitExceeded
from expertglm.server.allow import allowed_methods

log = logging.getLogger("expertglm.server")

_STATUS_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
                 404: "not_found_error", 405: "invalid_request_error", 408: "invalid_request_error",
                 413: "invalid_request_error", 429: "rate_limit_error"}


class ApiError(Exception):
    """An error answered as OpenAI-style JSON with this status."""

    def __init__(self, status: int, message: str, type_: str = "invalid_request_error", code: str | None = None,
                 param: str | None = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.type, self.code, self.param = status, message, type_, code, param
        self.headers = headers


def error_body(message: str, type_: str, code: str | None = None, param: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": param, "code": code}}


def error_response(exc: ApiError) -> JSONResponse:
    return JSONResponse(error_body(exc.message, exc.type, exc.code, exc.param), status_code=exc.status,
                        headers=exc.headers)


def from_expertglm(exc: ExpertGLMError, param: str | None = None) -> ApiError:
    """The HTTP form of an expected failure: its status, type and code, and a message that says what failed."""
    message = str(exc)
    if isinstance(exc, BackendError):
        message = f"the answer backend failed: {message}"
    headers = None
    if isinstance(exc, LimitExceeded) and exc.retry_after:
        headers = {"Retry-After": str(max(1, round(exc.retry_after)))}
    return ApiError(exc.http_status, message, exc.error_type, exc.code, param, headers)


def _validation_message(exc: RequestValidationError) -> tuple[str, str | None]:
    parts, param = [], None
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ()) if x != "body"]
        if err.get("type") == "json_invalid":
            parts.append(f"the body is not valid JSON ({err.get('ctx', {}).get('error', 'parse error')})")
            continue
        if not loc and err.get("type") in ("model_attributes_type", "dict_type", "missing"):
            parts.append("the body must be a JSON object sent with `Content-Type: application/json`")
            continue
        if err.get("type") == "invalid_text":  # a whole-body check (schemas.ValidTextBody) names its own field
            param = param or str(err["ctx"]["param"])
            parts.append(str(err.get("msg")))
            continue
        where = ".".join(loc)
        param = param or (where or None)
        parts.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
    return "; ".join(parts) or "invalid request", param


def install(app: FastAPI, on_backend_error=None) -> None:
    """Register the handlers: ApiError, validation, HTTP errors, every ExpertGLMError, and the catch-all 500."""

    @app.exception_handler(ApiError)
    async def _api_error(_request, exc: ApiError):
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request, exc: RequestValidationError):
        message, param = _validation_message(exc)
        return error_response(ApiError(400, message, param=param, code="invalid_request"))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request, exc: StarletteHTTPException):
        kind = _STATUS_TYPES.get(exc.status_code, "api_error")
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 405:  # every method the path takes (a route's own list misses HEAD and OPTIONS)
            headers["Allow"] = allowed_methods(request.app, request.scope) or headers.get("Allow", "OPTIONS")
        return error_response(ApiError(exc.status_code, str(exc.detail), kind, headers=headers or None))

    @app.exception_handler(ExpertGLMError)
    async def _expected(_request, exc: ExpertGLMError):
        if exc.http_status >= 500:
            log.error("%s: %s", type(exc).__name__, exc)
        if isinstance(exc, BackendError) and on_backend_error is not None:
            on_backend_error(exc)
        return error_response(from_expertglm(exc))

    @app.exception_handler(Exception)
    async def _internal(_request, exc: Exception):
        log.exception("unhandled error", exc_info=exc)
        return error_response(ApiError(500, "internal server error", "server_error", "internal_error"))
