"""How a document's source file is named in the store (``pol:sourceFile``), and found again.

A file is named relative to the workspace root (the data folder's parent) when it lies under it,
else by its absolute path, with ``.`` and ``..`` taken out. Links are not followed: a link is
named as written (``corpus/current.txt`` stays that file when it is pointed elsewhere), and the
root of a linked data folder is where the link is; a file reached through the folders' real
paths (the current directory is always a real path) is named from the root's real path. So one file has one name whatever directory
a command ran from and however its path was written (``corpus/a.txt``, ``../corpus/a.txt``,
``/home/me/policykg/corpus/a.txt``): ingesting it again
replaces its documents instead of storing a second copy beside them. A project moved together
with its data folder still finds its files, and a server or reindex run from another directory
reads them where they are.

Stores written before this named a file as it was given, relative to the directory ingest ran
from (usually the root): ``canonical`` reads such a name as relative to the root.
"""
from __future__ import annotations

import os
from pathlib import Path


class SourcePaths:
    """Names of source files for the workspace whose data folder is ``data_dir``."""

    def __init__(self, data_dir: str | Path):
        self.root = _absolute(data_dir).parent
        self._real: Path | None = None

    def name(self, path: str | Path) -> str:
        """The stored name of the file at ``path`` (relative to the current directory, or absolute)."""
        full = _absolute(path)
        for under, root in ((full, self.root), (_real_folder(full), self._real_root())):
            try:
                return under.relative_to(root).as_posix()
            except ValueError:
                continue
        return full.as_posix()

    def _real_root(self) -> Path:
        """The root with links followed: the current directory is always given so."""
        if self._real is None:
            self._real = Path(os.path.realpath(self.root))
        return self._real

    def location(self, name: str) -> Path:
        """Where the file a stored ``name`` names is."""
        path = Path(name)
        return path if path.is_absolute() else self.root / path

    def canonical(self, name: str) -> str:
        """A stored name as this version writes it (an older store's may be spelt otherwise)."""
        return self.name(self.location(name))


def _absolute(path: str | Path) -> Path:
    """``path`` from the current directory, ``.`` and ``..`` taken out, links not followed (and
    no file system call: a store's every name is read this way on each ingest)."""
    return Path(os.path.abspath(path))


def _real_folder(path: Path) -> Path:
    """``path`` with the links of its folders followed, its own name kept (a linked file stays itself)."""
    return Path(os.path.realpath(path.parent)) / path.name
