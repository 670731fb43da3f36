"""Embedding an index's passages in the background while it serves BM25.

Embedding every passage is most of a first ingest's time on a slow CPU (5,000 passages: 20 s on
one machine, 7 minutes on another). A server over an index built without vectors (``policykg
ingest --no-dense``, as ``make run`` does) answers by BM25 from its first second, embeds the
passages in a thread, and swaps the index with its vectors in when they are ready; ``/health``
reports how far it is. The index stays a projection of the store: the new one is built by the
same ``build_index`` as any other, from the store state the old one reflects.
"""
from __future__ import annotations

import logging
import threading
import time
from typing import Protocol

log = logging.getLogger(__name__)

STOP_WAIT_S = 30.0  # a stop waits for the encoder call under way (one chunk of passages)


class Stopped(Exception):
    """Raised from the progress callback to end a build the server no longer wants."""


class EmbeddingTarget(Protocol):
    def vectors_missing(self) -> bool: ...

    def embed_passages(self, embedded) -> bool: ...


class BackgroundEmbedding:
    """At most one thread at a time embedding a workspace's passages; its progress for /health."""

    def __init__(self, target: EmbeddingTarget):
        self._target = target
        self._guard = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.done = 0
        self.total: int | None = None
        self.error: str | None = None

    def start(self) -> bool:
        """Start embedding if the index lacks vectors and no embedding runs. Returns whether it started."""
        with self._guard:
            if self.running or not self._target.vectors_missing():
                return False
            self._stop.clear()
            self.done, self.total, self.error = 0, None, None
            self._thread = threading.Thread(target=self._run, name="passage-embedding", daemon=True)
            self._thread.start()
            return True

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def stop(self) -> None:
        """Stop at the end of the encoder call under way; the index being written is discarded."""
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(STOP_WAIT_S)

    def status(self) -> dict:
        return {"embedding": self.running, "embedded": self.done, "to_embed": self.total, "error": self.error}

    def _run(self) -> None:
        log.info("embedding the index's passages in the background: search is BM25 only until they are ready")
        started = time.monotonic()
        try:
            if self._target.embed_passages(self._progress):
                log.info("%s passages embedded in %.0f s: dense search on", self.total, time.monotonic() - started)
            else:
                log.info("passages not embedded in the background: another process is writing the index, "
                         "or the store changed since it was built")
        except Stopped:
            log.info("background embedding stopped")
        except Exception as exc:  # noqa: BLE001 - the server keeps serving BM25; /health says why
            log.exception("background embedding failed")
            self.error = f"{type(exc).__name__}: {exc}"

    def _progress(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        if self._stop.is_set():
            raise Stopped
