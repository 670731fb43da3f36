"""The package's exception root, and the exceptions raised by ingest.

Every exception policykg raises on purpose is a ``PolicyKGError``. Its ``kind`` says what went
wrong in words the adapters map without knowing the class: the HTTP API to a status, the CLI to
an exit status, the MCP server to a tool error (table in docs/architecture.md). Ingest is the
lowest layer, so the root lives here and graph/ and api/ import it.
"""
from __future__ import annotations

BAD_INPUT = "bad_input"
NOT_FOUND = "not_found"
FORBIDDEN = "forbidden"
LIMIT_EXCEEDED = "limit_exceeded"
UNAVAILABLE = "unavailable"
INTERNAL = "internal"
KINDS = (BAD_INPUT, NOT_FOUND, FORBIDDEN, LIMIT_EXCEEDED, UNAVAILABLE, INTERNAL)


class PolicyKGError(Exception):
    """Root of the package's exceptions. ``str()`` is a one-line message for users.

    Subclasses set ``kind`` as a class attribute; an instance may override it by keyword.
    """

    kind: str = INTERNAL

    def __init__(self, message: str = "", *, kind: str | None = None):
        if kind is not None:
            if kind not in KINDS:
                raise ValueError(f"unknown error kind {kind!r}; expected one of {KINDS}")
            self.kind = kind
        self.message = message
        super().__init__(message)


class IngestError(PolicyKGError):
    """A file could not be ingested. ``str()`` names the file (and line, where known)."""

    kind = BAD_INPUT

    def __init__(self, path: str, message: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")
        self.message = message


class UnreadableFileError(IngestError):
    """Empty, binary or undecodable input."""


class NotAPolicyDocumentError(IngestError):
    """Text that decodes but holds no recognisable policy document."""
