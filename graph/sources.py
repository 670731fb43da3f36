"""How a document's source file is named in the store (``pol:sourceFile``), and found again.

A file is named by its real place: the links of the folders on its path are followed (the
current directory is always a real path, so a name must not depend on whether a folder was
reached through a link), the file's own name is kept (a link ``corpus/current.txt`` stays that
file when it is pointed elsewhere). The name is relative to the workspace root, the real place of
the data folder's parent, when the file lies under it (``corpus/上海_01.txt``), else absolute.
So one file has one name whatever directory a command ran from and however its path was written
(``corpus/a.txt``, ``../corpus/a.txt``, ``/home/me/policykg/corpus/a.txt``): ingesting it again
replaces its documents instead of storing a second copy beside them. A project moved together
with its data folder still finds its files, and a server or reindex run from another directory
reads them where they are. (A folder under the root that links out of it gives absolute names.)

Stores written before this named a file as it was given, relative to the directory ingest ran
from (usually the root): ``canonical`` reads such a name as relative to the root.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path


class SourcePaths:
    """Names of source files for the workspace whose data folder is ``data_dir``."""

    def __init__(self, data_dir: str | Path):
        given = Path(data_dir)
        full = given if given.is_absolute() else Path.cwd() / given
        if full.name in ("", ".", ".."):  # no last name to take the parent of
            full = Path(os.path.abspath(full))
        self.root = _real_folder(full.parent)

    def name(self, path: str | Path, real_folder=None) -> str:
        """The stored name of the file at ``path`` (relative to the current directory, or absolute).
        ``real_folder`` follows a folder's links (a caller naming many files may remember it)."""
        given = Path(path)
        full = given if given.is_absolute() else Path.cwd() / given
        real = (real_folder or _real_folder)(full.parent) / full.name  # links followed before any ``..`` is taken out
        try:
            return real.relative_to(self.root).as_posix()
        except ValueError:
            return real.as_posix()

    def location(self, name: str) -> Path:
        """Where the file a stored ``name`` names is."""
        path = Path(name)
        return path if path.is_absolute() else self.root / path

    def canonical(self, name: str) -> str:
        """A stored name as this version writes it (an older store's may be spelt otherwise)."""
        return self.name(self.location(name))

    def canonical_names(self, names: Iterable[str]) -> dict[str, str]:
        """``canonical`` of every name, each folder's links followed once (a store's names share
        few folders: 100,000 names took 2 s one by one)."""
        real_folder = lru_cache(maxsize=None)(_real_folder)
        return {name: self.name(self.location(name), real_folder) for name in set(names)}


def _real_folder(folder: Path) -> Path:
    """``folder`` with its links followed (not remembered: a link may be pointed elsewhere between
    two ingests of one process)."""
    return Path(os.path.realpath(folder))
