"""SPARQL execution for outside queries: result formats, query forms, and a killable worker.

Oxigraph's Python API cannot interrupt a running query, so queries with a time limit run in a
worker process that opens the store read-only; at the limit the process is killed and a fresh
one is started for the next query. That really stops a runaway query.
"""
from __future__ import annotations

import multiprocessing as mp
import re
import threading

import pyoxigraph as ox

from .errors import QueryError, QueryTimeout, ReadOnlyQueryError, StoreError

RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}
# short names used by the CLI's --format
FORMAT_NAMES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
_PROLOGUE = re.compile(r"^(?:\s+|#[^\n]*\n|(?:PREFIX|BASE)\s+[^\s:]*:?\s*<[^>]*>)*", re.IGNORECASE)
_FORM = re.compile(r"(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)


def query_form(query: str) -> str:
    """SELECT, ASK, CONSTRUCT, DESCRIBE, or the update keyword the text starts with ('' if none)."""
    rest = query[_PROLOGUE.match(query).end() :]
    m = _FORM.match(rest.lstrip())
    return m.group(1).upper() if m else ""


def check_read_only(query: str) -> str:
    form = query_form(query)
    if form not in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
        if form:
            raise ReadOnlyQueryError(f"SPARQL {form} is an update; this endpoint is read-only")
    return form


def _worker_main(conn, store_path: str) -> None:  # runs in the child process
    store = ox.Store.read_only(store_path)
    while True:
        try:
            query, media_type = conn.recv()
        except EOFError:
            return
        try:
            result = store.query(query, use_default_graph_as_union=True)
            if isinstance(result, ox.QueryTriples):
                fmt = GRAPH_FORMATS.get(media_type, ox.RdfFormat.TURTLE)
            else:
                fmt = RESULT_FORMATS.get(media_type, ox.QueryResultsFormat.JSON)
            conn.send(("ok", result.serialize(format=fmt) or b"", fmt.media_type))
        except SyntaxError as exc:
            conn.send(("error", str(exc), ""))
        except Exception as exc:  # noqa: BLE001 - reported to the caller as a query error
            conn.send(("error", f"{type(exc).__name__}: {exc}", ""))


class QueryWorker:
    """One worker process at a time, started on first use, killed and replaced on timeout."""

    def __init__(self, store_path: str):
        self.store_path = store_path
        self._ctx = mp.get_context("spawn")
        self._proc = None
        self._conn = None
        self._lock = threading.Lock()

    def _start(self) -> None:
        parent, child = self._ctx.Pipe()
        self._proc = self._ctx.Process(target=_worker_main, args=(child, self.store_path), daemon=True)
        self._proc.start()
        self._conn = parent

    def run(self, query: str, media_type: str, timeout: float) -> tuple[bytes, str]:
        with self._lock:
            if self._proc is None or not self._proc.is_alive():
                self._start()
            self._conn.send((query, media_type))
            if not self._conn.poll(timeout):
                self.stop()
                raise QueryTimeout(f"query stopped after its time limit of {timeout:g} s")
            try:
                status, payload, media = self._conn.recv()
            except EOFError as exc:
                self.stop()
                raise StoreError("the query worker died; see the server log") from exc
        if status == "error":
            raise QueryError(payload)
        return payload, media

    def stop(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.join(timeout=5)
        self._proc = None
        self._conn = None
