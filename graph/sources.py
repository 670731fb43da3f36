"""How a document's source file is named in the store (``pol:sourceFile``), and found again.

A file is named relative to the workspace root (the data folder's parent) when it lies under it,
else by its absolute path, always after resolving ``..`` and links. So one file has one name,
whatever directory a command ran from and however its path was written: ingesting it again
replaces its documents instead of storing a second copy beside them. A project moved together
with its data folder still finds its files, and a server or reindex run from another directory
reads them where they are.

Stores written before this named a file as it was given, relative to the directory ingest ran
from (usually the root): ``canonical`` reads such a name as relative to the root.
"""
from __future__ import annotations

from pathlib import Path


class SourcePaths:
    """Names of source files for the workspace whose data folder is ``data_dir``."""

    def __init__(self, data_dir: str | Path):
        self.root = Path(data_dir).resolve().parent

    def name(self, path: str | Path) -> str:
        """The stored name of the file at ``path`` (relative to the current directory, or absolute)."""
        full = Path(path).resolve()
        try:
            return full.relative_to(self.root).as_posix()
        except ValueError:
            return full.as_posix()

    def location(self, name: str) -> Path:
        """Where the file a stored ``name`` names is."""
        path = Path(name)
        return path if path.is_absolute() else self.root / path

    def canonical(self, name: str) -> str:
        """A stored name as this version writes it (an older store's may be spelt otherwise)."""
        return self.name(self.location(name))
