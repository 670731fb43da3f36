"""Exceptions of the graph layer. All are ``PolicyKGError``s; their ``kind`` gives the API
status and the CLI exit status (docs/architecture.md)."""
from __future__ import annotations

from policykg.ingest.errors import (
    BAD_INPUT,
    FORBIDDEN,
    LIMIT_EXCEEDED,
    NOT_FOUND,
    UNAVAILABLE,
    PolicyKGError,
)


class GraphError(PolicyKGError):
    """Base class of the graph layer's errors."""


class StoreError(GraphError):
    """The store cannot be opened or reached."""

    kind = UNAVAILABLE


class QueryError(GraphError):
    """A malformed SPARQL query or update; the message is the parser's.

    ``line`` and ``column`` (1-based, in the user's own text) are set when the parser gave them.
    """

    kind = BAD_INPUT

    def __init__(self, message: str = "", *, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.line = line
        self.column = column


class QueryTimeout(GraphError):
    """A query ran past its time limit and was stopped."""

    kind = LIMIT_EXCEEDED


class QueryMemoryLimit(GraphError):
    """A query went past its memory limit and was stopped."""

    kind = LIMIT_EXCEEDED


class QueryAbandoned(GraphError):
    """The client went away while its query ran; the query was stopped (nobody reads the answer)."""

    kind = BAD_INPUT


class ReadOnlyQueryError(GraphError):
    """An update was sent where only queries are allowed."""

    kind = FORBIDDEN


class ServiceRefused(GraphError):
    """A SPARQL ``SERVICE`` call to an endpoint the operator has not allowed."""

    kind = FORBIDDEN


class NotFound(GraphError):
    """An id (document key, clause IRI, unit) that does not exist; ``parameter`` names the one that named it."""

    kind = NOT_FOUND

    def __init__(self, message: str = "", *, parameter: str | None = None):
        super().__init__(message)
        self.parameter = parameter


class IndexUnavailable(GraphError):
    """The search index is missing or unreadable."""

    kind = UNAVAILABLE
