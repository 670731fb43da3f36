"""Embedding an index's passages in the background while it serves BM25.

Embedding every passage is most of a first ingest's time on a slow CPU (5,000 passages: 75 s on
one machine, 7 minutes on another). A server over an index built without vectors (``policykg
ingest --no-dense``, as ``make run`` does) answers by BM25 from its first second; a thread
watching the workspace embeds the passages and swaps the index with its vectors in, and
``/health`` reports how far it is. The index stays a projection of the store: the background
build only adds vectors to the index as it is, from the store state that index reflects, and
leaves any other rebuild to a writer (``Outcome``).
"""
from __future__ import annotations

import enum
import logging
import threading
import time
import weakref
from typing import Protocol

log = logging.getLogger(__name__)

RETRY_S = 2.0  # how often the watcher looks again (a writer holding the index, a stale index)
STOP_WAIT_S = 30.0  # a stop waits for the encoder call under way (one chunk of passages)


class Outcome(enum.Enum):
    """What an attempt to embed came to; the values are what ``/health`` says as the reason."""

    EMBEDDED = "embedded"
    NOT_NEEDED = "nothing to embed"
    BUSY = "another process is writing the search index"
    STALE = "the index does not reflect the store state served yet: its writer rebuilds it"
    NOT_CARRIED = ("the index was made by another version of the code or from another vocabulary: "
                   "`policykg reindex` rebuilds it with vectors")
    NOT_WRITABLE = "the data folder is not writable"

    @property
    def final(self) -> bool:
        """Trying again cannot help until the index changes."""
        return self in (Outcome.NOT_CARRIED, Outcome.NOT_WRITABLE)


class Stopped(Exception):
    """Raised from the progress callback to end a build the server no longer wants."""


class EmbeddingTarget(Protocol):
    search_index: object

    def vectors_missing(self) -> bool: ...

    def embed_passages(self, embedded) -> Outcome: ...


class BackgroundEmbedding:
    """A thread, for a server's life, that embeds the passages whenever the index lacks vectors:
    at start, and after a BM25-only ingest swapped a new index in, whoever noticed it (an HTTP
    request or an MCP call). Its progress and the reason it waits are kept for ``/health``."""

    def __init__(self, target: EmbeddingTarget, retry_s: float = RETRY_S):
        self._target = target
        self._retry_s = retry_s
        self._guard = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.running = False  # the encoder is at work on the passages
        self.done: int | None = None
        self.total: int | None = None
        self.error: str | None = None
        self.reason: str | None = None  # why the passages are not being embedded

    def start(self) -> bool:
        """Start watching (once; never after ``stop``). Returns whether it started now."""
        with self._guard:
            if self._thread is not None or self._stop.is_set():
                return False
            self._thread = threading.Thread(target=self._watch, name="passage-embedding", daemon=True)
            self._thread.start()
            return True

    def stop(self) -> None:
        """Stop watching; an embedding under way ends after its encoder call and writes nothing."""
        with self._guard:
            self._stop.set()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(STOP_WAIT_S)

    def status(self) -> dict:
        return {"embedded": self.done, "to_embed": self.total, "reason": self.reason, "error": self.error}

    def _watch(self) -> None:
        given_up_on = None  # the index an attempt cannot help with, until another is opened
        while not self._stop.is_set():
            index = getattr(self._target, "search_index", None)
            if self._target.vectors_missing() and (given_up_on is None or given_up_on() is not index):
                given_up_on = weakref.ref(index) if self._attempt() else None
            self._stop.wait(self._retry_s)

    def _attempt(self) -> bool:
        """Try to embed once; True when trying again cannot help until the index changes."""
        started = time.monotonic()
        self.error = None
        try:
            outcome = self._target.embed_passages(self._progress)
        except Stopped:
            log.info("background embedding stopped")
            return False
        except Exception as exc:  # noqa: BLE001 - the server keeps serving BM25; /health says why
            log.exception("background embedding failed")
            self.error = f"{type(exc).__name__}: {exc}"
            return True
        finally:
            self.running = False
        reason = None if outcome in (Outcome.EMBEDDED, Outcome.NOT_NEEDED) else outcome.value
        if outcome is Outcome.EMBEDDED:
            log.info("%s passages embedded in %.0f s: dense search on", self.total, time.monotonic() - started)
        elif reason and reason != self.reason:  # said once, not at every retry
            log.info("passages not embedded in the background yet: %s", reason)
        self.reason = reason
        return outcome.final

    def _progress(self, done: int, total: int) -> None:
        if done == 0:
            log.info("embedding %s passages in the background: search is BM25 only until they are ready", total)
        self.running, self.done, self.total = True, done, total  # running once the encoder is at work, not while waiting
        if self._stop.is_set():
            raise Stopped
