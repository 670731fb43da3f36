"""One writer of a data folder's search index at a time, across processes.

A CLI ingest or reindex and a server embedding in the background (``passage_embedding.py``)
both write the index folder and remove the half-written folders a killed build left: each holds
an ``flock`` on ``index.lock`` in the data folder while it does. The kernel drops the lock when
its holder dies, so a crash never leaves the folder locked.
"""
from __future__ import annotations

import fcntl
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)

LOCK_FILE = "index.lock"


@contextmanager
def index_writer(data_dir: Path, wait: bool = True) -> Iterator[bool]:
    """Hold the index lock of ``data_dir``; yields whether it is held. With ``wait`` False, yields
    False at once when another writer holds it (the caller then leaves the index to that writer)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(data_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    except PermissionError:  # made by another user: flock works as well on a descriptor open for reading
        fd = os.open(data_dir / LOCK_FILE, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                yield False
                return
            log.warning("another process is writing the search index of %s (a server embedding its passages?): "
                        "waiting for it to finish", data_dir)
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield True
    finally:
        os.close(fd)  # closing the descriptor releases the lock
