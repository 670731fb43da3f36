"""Exceptions raised by ingest. Each names the file (and line, where known) it is about."""
from __future__ import annotations


class IngestError(Exception):
    """A file could not be ingested. ``str()`` gives a one-line message for users."""

    def __init__(self, path: str, message: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class UnreadableFileError(IngestError):
    """Empty, binary or undecodable input."""


class NotAPolicyDocumentError(IngestError):
    """Text that decodes but holds no recognisable policy document."""
