"""One error hierarchy for every layer: each expected failure is an ExpertGLMError with a user-facing message.

The CLI maps these to one-line messages and exit codes (`expertglm/errors_cli.py`), the server to an HTTP status and
an OpenAI-style JSON error (`expertglm/server/errors.py`). Anything else is a bug and may show a traceback.
"""

from __future__ import annotations


class ExpertGLMError(Exception):
    """An expected failure; `str(err)` is the message a user sees, without a traceback."""

    #: process exit status for the CLI
    exit_code: int = 1
    #: HTTP status for the server
    http_status: int = 500
    #: OpenAI-style error type
    error_type: str = "server_error"
    #: short machine-readable code in JSON errors
    code: str = "error"


# ------------------------------------------------------------------ input
class UsageError(ExpertGLMError, ValueError):
    """Bad arguments, options or request fields."""

    exit_code = 2
    http_status = 400
    error_type = "invalid_request_error"
    code = "invalid_request"


class InputFileError(UsageError):
    """An input file (records, queries, dataset) that cannot be read or has the wrong shape."""

    code = "bad_input_file"


class QueryError(UsageError):
    """A problem text that cannot be matched (empty, too long, no words at all)."""

    code = "invalid_query"


class NotFound(ExpertGLMError, LookupError):
    """A named thing (expert, model, file) that does not exist."""

    exit_code = 2
    http_status = 404
    error_type = "not_found_error"
    code = "not_found"


class LimitExceeded(ExpertGLMError):
    """A size or rate limit; `retry_after` seconds when waiting helps."""

    exit_code = 2
    http_status = 429
    error_type = "rate_limit_error"
    code = "limit_exceeded"

    def __init__(self, message: str, *, retry_after: float | None = None, http_status: int | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        if http_status is not None:
            self.http_status = http_status


# ------------------------------------------------------------------ graph
class GraphError(ExpertGLMError, RuntimeError):
    """A query the engine refused or could not run; the message is the engine's, made readable."""

    exit_code = 2
    http_status = 400
    error_type = "invalid_request_error"
    code = "graph_query_error"


class ReadOnlyViolation(GraphError):
    """A query that would write was sent on the read-only path; nothing was changed."""

    exit_code = 3
    http_status = 403
    error_type = "permission_error"
    code = "read_only"

    def __init__(self, message: str = "this query would write to the graph and was refused; nothing changed "
                                      "(use --write to allow writes)") -> None:
        super().__init__(message)


class GraphUnavailable(ExpertGLMError, ConnectionError):
    """The graph server cannot be started or reached."""

    exit_code = 4
    http_status = 503
    error_type = "server_error"
    code = "graph_unavailable"


# ------------------------------------------------------------------ index
class IndexUnavailable(ExpertGLMError):
    """The retrieval index cannot be used."""

    exit_code = 5
    http_status = 503
    error_type = "server_error"
    code = "index_unavailable"


class IndexMissing(IndexUnavailable, FileNotFoundError):
    """There is no saved expert index where one was expected."""


class IndexMismatch(IndexUnavailable, ValueError):
    """A saved expert index was built for another embedder or graph, or is unreadable or stale."""


# ------------------------------------------------------------------ answer backends
class BackendError(ExpertGLMError, RuntimeError):
    """An answer or synthesis backend failed: endpoint error, timeout, model that will not load.

    `endpoint` says what was called, `status` the HTTP status it answered (None when it never answered).
    """

    exit_code = 6
    http_status = 502
    error_type = "server_error"
    code = "backend_failed"

    def __init__(self, message: str, *, endpoint: str | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.endpoint = endpoint
        self.status = status


class BackendUnavailable(BackendError):
    """The backend cannot be reached or is not configured (no key, no model, connection refused)."""

    http_status = 503
    code = "backend_unavailable"
