"""Graph stores: an embedded on-disk Oxigraph store (default) or any SPARQL 1.1 server.

Both take the same SPARQL 1.1 Update text to replace documents, so writes are atomic on both:
one update request drops a document's old named graph and inserts the new one. Queries see the
union of all named graphs as their default graph (``--union-default-graph`` on the server).
"""
from __future__ import annotations

import json
import threading
from abc import ABC, abstractmethod
from pathlib import Path

import httpx
import pyoxigraph as ox
from rdflib import Graph

from .errors import QueryError, QueryTimeout, StoreError
from .namespaces import sparql_prefixes
from .sparql import GRAPH_FORMATS, RESULT_FORMATS, QueryWorker, query_form

JSON_RESULTS = "application/sparql-results+json"


def rows_from_json(payload: bytes) -> list[dict]:
    """SPARQL JSON results to rows of Python values (str, int, float, bool, date strings)."""
    data = json.loads(payload)
    if "boolean" in data:
        return [{"boolean": data["boolean"]}]
    rows = []
    for binding in data["results"]["bindings"]:
        rows.append({k: _python_value(v) for k, v in binding.items()})
    return rows


def _python_value(term: dict):
    value, datatype = term["value"], term.get("datatype", "")
    if datatype.endswith(("#integer", "#int", "#long")):
        return int(value)
    if datatype.endswith(("#decimal", "#double", "#float")):
        return float(value)
    if datatype.endswith("#boolean"):
        return value == "true"
    return value


def insert_data(graph_iri: str, graph: Graph) -> str:
    body = graph.serialize(format="nt")
    return f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}\n}} }}"


class GraphStore(ABC):
    """What the rest of the package needs from a store."""

    @abstractmethod
    def update(self, sparql_update: str) -> None: ...

    @abstractmethod
    def query_bytes(self, query: str, media_type: str, timeout: float | None = None) -> tuple[bytes, str]:
        """Run a query; returns the serialised result and its media type."""

    def select(self, query: str, timeout: float | None = None) -> list[dict]:
        payload, _ = self.query_bytes(sparql_prefixes() + query, JSON_RESULTS, timeout)
        return rows_from_json(payload)

    def replace_graphs(self, drop: list[str], add: dict[str, Graph]) -> None:
        """Atomically drop named graphs and insert new ones (one update request)."""
        ops = [f"DROP SILENT GRAPH <{g}>" for g in dict.fromkeys([*drop, *add])]
        ops += [insert_data(g, graph) for g, graph in add.items()]
        if ops:
            self.update(" ;\n".join(ops))

    def named_graphs(self) -> list[str]:
        return [r["g"] for r in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")]

    def triple_count(self) -> int:
        return self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"]

    def dump(self, fmt: str) -> bytes:
        """The whole store: ``nq`` and ``trig`` keep named graphs; ``ttl``, ``nt`` and ``jsonld`` merge
        them. Turtle and TriG start with ``@prefix`` lines, JSON-LD with a ``@context``."""
        if fmt in ("nq", "trig"):
            quads = self._dump_quads()
            return quads if fmt == "nq" else readable(quads, "application/n-quads", "application/trig")
        payload, _ = self.query_bytes("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", "application/n-triples")
        media = {"ttl": "text/turtle", "nt": "application/n-triples", "jsonld": "application/ld+json"}[fmt]
        return readable(payload, "application/n-triples", media)

    @abstractmethod
    def _dump_quads(self) -> bytes: ...

    def close(self) -> None:
        pass


class EmbeddedStore(GraphStore):
    """Oxigraph on disk (RocksDB). ``read_only`` opens without taking the writer's lock.

    Outside queries (``timeout`` given) run in a worker process that is killed at the time limit,
    because Oxigraph's Python API cannot interrupt a query.
    """

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        try:
            if read_only:
                if not self.path.exists():
                    raise StoreError(f"no graph store at {self.path}: run `policykg ingest` first")
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open graph store at {self.path}: {exc}") from exc
        self._worker = QueryWorker(str(self.path))
        self._lock = threading.Lock()

    def update(self, sparql_update: str) -> None:
        if self.read_only:
            raise StoreError("the store is open read-only")
        try:
            self._store.update(sparql_update)
        except SyntaxError as exc:
            raise QueryError(str(exc)) from exc
        self._store.flush()

    def query_bytes(self, query: str, media_type: str, timeout: float | None = None) -> tuple[bytes, str]:
        if timeout is not None:
            return self._worker.run(query, media_type, timeout)
        try:
            with self._lock:
                result = self._store.query(query, use_default_graph_as_union=True)
                return serialise_result(result, media_type)
        except SyntaxError as exc:
            raise QueryError(str(exc)) from exc

    def _dump_quads(self) -> bytes:
        return self._store.dump(format=ox.RdfFormat.N_QUADS) or b""

    def close(self) -> None:
        """Stop the query worker and release the database (and its writer lock)."""
        self._worker.stop()
        if self._store is not None and not self.read_only:
            self._store.flush()
        self._store = None


def readable(payload: bytes, source: str, media_type: str) -> bytes:
    """RDF as people and JSON-LD clients expect it: Turtle and TriG with the project's ``@prefix``
    lines, JSON-LD compacted with a ``@context`` of the same prefixes. Other formats pass through."""
    from rdflib import Dataset

    from .namespaces import PREFIXES

    writer = {"text/turtle": "turtle", "application/trig": "trig", "application/ld+json": "json-ld"}.get(media_type)
    if writer is None or not payload.strip():
        return payload
    graph = Dataset() if writer == "trig" else Graph()
    graph.parse(data=payload, format={"application/n-quads": "nquads", "application/n-triples": "nt"}.get(source, "turtle"))
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True)
    if writer == "json-ld":
        return graph.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True).encode()
    return graph.serialize(format=writer, encoding="utf-8")


def serialise_result(result, media_type: str) -> tuple[bytes, str]:
    """Serialise a pyoxigraph result in the format asked for (JSON or Turtle by default)."""
    if isinstance(result, ox.QueryTriples):
        fmt = GRAPH_FORMATS.get(media_type, ox.RdfFormat.TURTLE)
    else:
        fmt = RESULT_FORMATS.get(media_type, ox.QueryResultsFormat.JSON)
    return result.serialize(format=fmt) or b"", fmt.media_type


class RemoteStore(GraphStore):
    """A standalone SPARQL 1.1 server (e.g. ``oxigraph serve --union-default-graph``)."""

    def __init__(self, query_url: str, update_url: str | None = None, store_url: str | None = None, timeout: float = 60.0):
        self.query_url = query_url
        self.update_url = update_url or query_url.replace("/query", "/update")
        self.store_url = store_url or query_url.replace("/query", "/store")
        self._client = httpx.Client(timeout=timeout)

    def update(self, sparql_update: str) -> None:
        r = self._client.post(self.update_url, content=sparql_update.encode("utf-8"), headers={"Content-Type": "application/sparql-update"})
        if r.status_code >= 400:
            raise (QueryError if r.status_code == 400 else StoreError)(f"update failed ({r.status_code}): {r.text[:500]}")

    def query_bytes(self, query: str, media_type: str, timeout: float | None = None) -> tuple[bytes, str]:
        form = query_form(query)
        accept = media_type if media_type else (JSON_RESULTS if form in ("SELECT", "ASK") else "text/turtle")
        try:
            r = self._client.post(
                self.query_url,
                content=query.encode("utf-8"),
                headers={"Content-Type": "application/sparql-query", "Accept": accept},
                timeout=timeout or self._client.timeout,
            )
        except httpx.TimeoutException as exc:
            raise QueryTimeout(f"query exceeded {timeout} s") from exc
        except httpx.HTTPError as exc:
            raise StoreError(f"SPARQL server at {self.query_url} unreachable: {exc}") from exc
        if r.status_code == 400:
            raise QueryError(r.text[:1000])
        if r.status_code >= 400:
            raise StoreError(f"SPARQL server error {r.status_code}: {r.text[:500]}")
        return r.content, r.headers.get("content-type", accept).split(";")[0]

    def _dump_quads(self) -> bytes:
        r = self._client.get(self.store_url, headers={"Accept": "application/n-quads"})
        r.raise_for_status()
        return r.content

    def close(self) -> None:
        self._client.close()
