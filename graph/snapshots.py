"""A reader's private snapshot of the graph store, which a writer's compaction cannot take files from.

RocksDB opened read-only opens its table files when a read first needs them. A writer in another
process (or in the same one) compacts after each write and removes the files it merged; a read-only
store opened before then finds them gone. Plain iteration raises an ``OSError`` (``EmbeddedStore``
reopens the store), but Oxigraph's SPARQL evaluator meets the missing file again and again and keeps
what it gets until the process runs out of memory (pyoxigraph 0.5.13; reproduced by
``tests/test_snapshots.py``, and the cause of the test suite's intermittent 24 GB kill in the
reader-refresh test). So an in-process reader opens a checkpoint of the store instead: hard links to
the files of that moment (a few milliseconds), kept as long as the reader uses it and removed when
it closes. Its owner holds a lock on it meanwhile, so a reader that finds a snapshot nobody holds
(its process was killed) removes it, and none removes one in use, whatever process (or PID namespace)
holds it.
"""
from __future__ import annotations

import fcntl
import logging
import os
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .sparql import open_read_only

log = logging.getLogger(__name__)

SNAPSHOT_ATTEMPTS = 5  # a writer compacting while the checkpoint is made removes a file it links: made again
LOCK_SUFFIX = ".lock"
LOCKING_SUFFIX = ".locking"  # a lock being taken, not yet named
UNNAMED_LOCK_S = 60.0  # a lock left unnamed this long: its reader died taking it


@dataclass
class Snapshot:
    """A snapshot's folder, and the lock its reader holds while it reads it."""

    folder: Path
    lock: int  # an open file descriptor holding an exclusive flock on ``<folder>.lock``

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        Path(str(self.folder) + LOCK_SUFFIX).unlink(missing_ok=True)
        os.close(self.lock)


def snapshots_root(store_path: Path) -> Path:
    """Where readers of the store at ``store_path`` keep their snapshots: beside it, on the same file system (hard links)."""
    return store_path.with_name(store_path.name + "-snapshots")


def open_snapshot(store_path: Path) -> tuple[ox.Store, Snapshot | None]:
    """A read-only store on a new snapshot of the store at ``store_path``, and the snapshot; where none can be made (a data
    folder the reader may not write to, a file system without hard links that fails the copy), the store itself read-only
    and None, with a warning."""
    root = snapshots_root(store_path)
    try:
        root.mkdir(exist_ok=True)
        remove_stale_snapshots(root)
        for attempt in range(SNAPSHOT_ATTEMPTS):
            try:
                return _snapshot(store_path, root)
            except FileNotFoundError:  # a file the writer's compaction removed while it was linked: once more
                time.sleep(0.05 * (attempt + 1))
        raise OSError(f"the store's files kept changing for {SNAPSHOT_ATTEMPTS} attempts")
    except (OSError, RuntimeError) as exc:
        log.warning("cannot make a reader's snapshot in %s (%s): reading the store itself", root, exc)
        return open_read_only(store_path), None


def _snapshot(store_path: Path, root: Path) -> tuple[ox.Store, Snapshot]:
    folder = root / uuid.uuid4().hex[:16]
    # locked under a name no cleanup looks at, then named: another reader's cleanup never sees it unlocked (a review)
    locking = str(folder) + LOCKING_SUFFIX
    lock = os.open(locking, os.O_CREAT | os.O_RDWR, 0o644)
    fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # (a new name: nobody else holds it)
    os.rename(locking, str(folder) + LOCK_SUFFIX)
    snapshot = Snapshot(folder, lock)
    try:
        open_read_only(store_path).backup(str(folder))
        return ox.Store.read_only(str(folder)), snapshot
    except BaseException:
        snapshot.remove()
        raise


def remove_stale_snapshots(root: Path) -> None:
    """The snapshots nobody holds (their reader was killed before it closed): each lock free to take; and what a killed
    reader left without a lock (a checkpoint cut off, a lock never named; a review: kept for ever, pinning compacted files)."""
    for lock_path in root.glob("*" + LOCK_SUFFIX):
        try:
            lock = os.open(str(lock_path), os.O_RDONLY)  # (read-only is enough to lock: another account's too)
        except OSError:
            continue
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # held: in use
            os.close(lock)
            continue
        Snapshot(Path(str(lock_path)[: -len(LOCK_SUFFIX)]), lock).remove()
    now = time.time()
    for path in root.iterdir():
        if path.suffix == LOCKING_SUFFIX and now - path.stat().st_mtime > UNNAMED_LOCK_S:
            path.unlink(missing_ok=True)
        elif path.is_dir() and not any((root / (path.name.split(".")[0] + suffix)).exists() for suffix in (LOCK_SUFFIX, LOCKING_SUFFIX)):
            # (its lock is taken before the folder, or the checkpoint's <id>.tmp, is made: none, its reader is gone)
            shutil.rmtree(path, ignore_errors=True)
