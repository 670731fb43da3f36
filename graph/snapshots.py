"""A reader's private snapshot of the graph store, which a writer's compaction cannot take files from.

RocksDB opened read-only opens its table files when a read first needs them. A writer in another
process (or in the same one) compacts after each write and removes the files it merged; a read-only
store opened before then finds them gone. Plain iteration raises an ``OSError`` (``EmbeddedStore``
reopens the store), but Oxigraph's SPARQL evaluator meets the missing file again and again and keeps
what it gets until the process runs out of memory (pyoxigraph 0.5.13; reproduced by
``tests/test_snapshots.py``, and the cause of the test suite's intermittent 24 GB kill in the
reader-refresh test). So an in-process reader opens a checkpoint of the store instead: hard links to
the files of that moment (a few milliseconds), kept as long as the reader uses it and removed when
it closes, or by the next reader once the process that made it is gone.
"""
from __future__ import annotations

import logging
import os
import shutil
import time
import uuid
from pathlib import Path

import pyoxigraph as ox

from .sparql import open_read_only

log = logging.getLogger(__name__)

SNAPSHOT_ATTEMPTS = 5  # a writer compacting while the checkpoint is made removes a file it links: made again


def snapshots_root(store_path: Path) -> Path:
    """Where readers of the store at ``store_path`` keep their snapshots: beside it, on the same file system (hard links)."""
    return store_path.with_name(store_path.name + "-snapshots")


def open_snapshot(store_path: Path) -> tuple[ox.Store, Path | None]:
    """A read-only store on a new snapshot of the store at ``store_path``, and the snapshot's folder; where no snapshot can
    be made (the data folder is read-only), the store itself read-only and None."""
    root = snapshots_root(store_path)
    try:
        root.mkdir(exist_ok=True)
    except OSError as exc:
        log.warning("cannot keep reader snapshots in %s (%s): reading the store itself", root, exc)
        return open_read_only(store_path), None
    remove_stale_snapshots(root)
    for attempt in range(SNAPSHOT_ATTEMPTS):
        target = root / f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        try:
            open_read_only(store_path).backup(str(target))
            return ox.Store.read_only(str(target)), target
        except (OSError, RuntimeError):
            shutil.rmtree(target, ignore_errors=True)
            if attempt == SNAPSHOT_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def remove_snapshot(snapshot: Path | None) -> None:
    if snapshot is not None:
        shutil.rmtree(snapshot, ignore_errors=True)


def remove_stale_snapshots(root: Path) -> None:
    """The snapshots of processes that are gone (a reader killed before it closed)."""
    for folder in root.iterdir():
        pid = folder.name.split("-", 1)[0]
        if pid.isdecimal() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True
