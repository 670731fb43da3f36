"""Graph stores: an embedded on-disk Oxigraph store (default) or any SPARQL 1.1 server.

The store is the one source of truth. Every write also replaces the **store state**, a token
kept in the store itself (graph ``STATE_GRAPH``), so any projection (the search index) can say
which state it was built from. A batch is written with ``write_batch(drop, quads)``: on a
SPARQL server as one update request; embedded, in three steps with an intent record (see
``EmbeddedStore.write_batch``), rolled back on the next open for writing after a crash, so the
store never holds half a batch and its state then differs from the index stamp.

Queries without a dataset of their own read the merge of the named graphs. Embedded, the store keeps that merge as its
own default graph, written with every batch (each triple once, as SPARQL's RDF merge has it: Oxigraph 0.5's union
default graph answers a triple once per graph stating it, oxigraph#1919, so a unit's label named by 100 documents
came 100 times and a plain COUNT was wrong); a store written before holds no merge and is read as the union until it
is opened for writing. A SPARQL server gives the union (``--union-default-graph``).
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import uuid
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Iterable
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from pathlib import Path

import orjson
import pyoxigraph as ox
from rdflib import Graph

from .errors import QueryError, QueryTimeout, StoreError
from .namespaces import sparql_prefixes
from .quad_batch import GraphTriples, QuadBatch
from .snapshots import Snapshot, open_snapshot
from .sparql import (
    MERGED_AT,
    META_GRAPH,
    STATE_COUNTER,
    QueryWorker,
    default_graph_options,
    has_merge,
    named_graph_quads,
    query_form,
    serialise_result,
)

log = logging.getLogger(__name__)

JSON_RESULTS = "application/sparql-results+json"
STATE_GRAPH = META_GRAPH  # (one name: the query side reads the merge's mark from it)
_STATE_RECORD = STATE_GRAPH + "/state/"
_STATE_COUNTER = STATE_COUNTER
_STATE_TOKEN = ox.NamedNode(STATE_GRAPH + "#token")
_STATE_TIME = ox.NamedNode(STATE_GRAPH + "#time")
EMPTY_STATE = "0:empty"  # the state of a store never written by policykg
_LAST_STATE_QUERY = f"""SELECT ?n ?t WHERE {{ GRAPH <{STATE_GRAPH}> {{ ?s <{_STATE_COUNTER.value}> ?n ; <{_STATE_TOKEN.value}> ?t }} }}
ORDER BY DESC(?n) LIMIT 1"""


CRASH_HOOK = "POLICYKG_TEST_CRASH_AT"  # tests only: kill the process at a named point of a write


def crash_point(name: str) -> None:
    """Tests kill the process here (``POLICYKG_TEST_CRASH_AT=name``) to check the repair."""
    if os.environ.get(CRASH_HOOK) == name:
        os.kill(os.getpid(), 9)


def state_quads(counter: int) -> list[ox.Quad]:
    """A fresh state record: counter, random token, time. The record with the highest counter wins."""
    graph, node = ox.NamedNode(STATE_GRAPH), ox.NamedNode(f"{_STATE_RECORD}{counter}")
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    return [
        ox.Quad(node, _STATE_COUNTER, ox.Literal(str(counter), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), graph),
        ox.Quad(node, _STATE_TOKEN, ox.Literal(uuid.uuid4().hex), graph),
        ox.Quad(node, _STATE_TIME, ox.Literal(now, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime")), graph),
    ]


BULK_QUADS = 1_000  # above this, the bulk loader: 1.5-2.6x faster than extend (measured at 2k-80k quads), not transactional
BULK_LOADERS = 4  # bulk loads side by side, at most one a core
BULK_CHUNK_QUADS = 100_000  # quads of N-Quads text a load reads, at least
# ... and at most (~490 MB of text: ~245 bytes a quad). Fewer, larger loads leave RocksDB fewer files to compact: 13.8M
# quads (10,000 files) in chunks of 100k took 84-109 s, of 1M 90 s, of 2M 73 s, of 3-3.5M 72-81 s (+2.6 GB held);
# 1.4M quads (1,000 files) the same from 100k to 750k, slower in one chunk (one loader)
BULK_CHUNK_MAX_QUADS = 2_000_000
# The loader's own checks of IRIs and language tags are skipped: every term of a batch was made by pyoxigraph or
# checked by its constructor as the builder wrote it (``rdf.NTriplesTerms``), so they checked it twice (store stage
# of 1,000 files: 17% less CPU). Leniently the loader stores a malformed IRI or tag as written, and refuses only text
# it cannot read as N-Quads at all (a missing term or dot): a batch's text must come from those checked terms (the
# builder's language tags are constants; tests read real documents' batches back strictly).
BULK_LENIENT = True
_PENDING = ox.NamedNode(STATE_GRAPH + "#pendingGraph")


def _pending_quads(counter: int, graphs: list[str]) -> list[ox.Quad]:
    node, meta = ox.NamedNode(f"{_STATE_RECORD}{counter}"), ox.NamedNode(STATE_GRAPH)
    return [ox.Quad(node, _PENDING, ox.NamedNode(g), meta) for g in graphs]


def relink_ops(relink: dict[str, str] | None, in_named_graphs: bool = True) -> list[str]:
    """SPARQL update operations renaming node ``old`` to ``new`` in every named graph (or in the default graph, the
    merge), as subject and object: a document cited by its 文号 before it was ingested (``Iris.cited_number``) becomes
    the document. The IRIs are the project's own (``Iris``), never request values."""
    ops = []
    for old, new in (relink or {}).items():
        if not (_SAFE_IRI.fullmatch(old) and _SAFE_IRI.fullmatch(new)):
            raise StoreError(f"not an IRI this project mints: {old!r} -> {new!r}")
        for was, now in ((f"?s ?p <{old}>", f"?s ?p <{new}>"), (f"<{old}> ?p ?o", f"<{new}> ?p ?o")):
            if in_named_graphs:
                was, now = f"GRAPH ?g {{ {was} }}", f"GRAPH ?g {{ {now} }}"
            ops.append(f"DELETE {{ {was} }} INSERT {{ {now} }} WHERE {{ {was} }}")
    return ops


_SAFE_IRI = re.compile(r"https?://[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]+")


# --- the merged default graph (embedded) ---------------------------------------------------------
# Above this many triples in the graphs dropped, the merge is cleaned in one pass after the batch (MERGE_CLEANUP) rather
# than each triple checked (a review: one SPARQL DELETE checking them grew with the cube of the graphs dropped, 800
# graphs 432 s)
UNMERGE_MAX_TRIPLES = 50_000


def _unmerge(store: ox.Store, dropped: list[str]) -> tuple[list[str], bool]:
    """Before graphs are dropped: the update taking out of the merge the triples no other graph states, or (True) that
    they are many, to be cleaned after the batch."""
    graphs = {ox.NamedNode(g) for g in dropped}
    triples: set[tuple] = set()
    for graph in graphs:
        for q in store.quads_for_pattern(None, None, None, graph):
            triples.add((q.subject, q.predicate, q.object))
            if len(triples) > UNMERGE_MAX_TRIPLES:
                return [], True
    state = ox.NamedNode(STATE_GRAPH)
    gone = [t for t in triples if not any(isinstance(q.graph_name, ox.NamedNode) and q.graph_name not in graphs and q.graph_name != state
                                          for q in store.quads_for_pattern(*t, None))]
    return ([f"DELETE DATA {{ {' '.join(f'{s} {p} {o} .' for s, p, o in gone)} }}"] if gone else []), False


# The merge's triples no document's graph states any more: taken out after a batch that dropped many (one pass over the
# merge, each looked up: corpus/'s 169k in 1.4 s, where comparing them in Python took 4.5 s)
MERGE_CLEANUP = (f"DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} "
                 f"FILTER(?g != <{STATE_GRAPH}>) }} }}")


def _merged_at(counter: int) -> list[str]:
    """The state the merge is kept at (``sparql.has_merge``)."""
    meta = f"<{STATE_GRAPH}>"
    return [f"DELETE WHERE {{ GRAPH {meta} {{ {meta} <{MERGED_AT.value}> ?c }} }}",
            f"INSERT DATA {{ GRAPH {meta} {{ {meta} <{MERGED_AT.value}> {counter} }} }}"]


def _with_merge(batch: QuadBatch) -> QuadBatch:
    """The batch and its triples in the default graph (the merge), loaded with it: as text, by the same loads (an
    ``INSERT … WHERE`` after the load made the store stage of corpus-dev 6 times as long)."""
    state = f"<{STATE_GRAPH}>"
    return QuadBatch([*batch.parts, *_merge_parts(list(dict.fromkeys(t for part in batch.parts if part.graph != state for t in part.triples)))])


def _merge_parts(triples: list[tuple[str, str, str]]) -> list[GraphTriples]:
    """Triples for the default graph, in parts of a chunk's size at most, so that the loads' chunks stay bounded (a
    chunk holds whole parts)."""
    return [GraphTriples("", triples[i : i + BULK_CHUNK_QUADS]) for i in range(0, len(triples), BULK_CHUNK_QUADS)]


MERGE_ALL = (f"DROP SILENT DEFAULT ;\nINSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{STATE_GRAPH}>) }}")
_HOLDS_DOCUMENTS = f"ASK {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{STATE_GRAPH}>) }}"


def _commit_update(counter: int) -> str:
    """Clear pending records, add state ``counter``, prune older states (one update)."""
    clear = f"DELETE WHERE {{ GRAPH <{STATE_GRAPH}> {{ ?s <{_PENDING.value}> ?g }} }}"
    return " ;\n".join([clear, _insert_quads_update(state_quads(counter)), _prune_states_update(counter)])


def state_string(counter: int, token: str) -> str:
    return f"{counter}:{token}"


def counter_of(state: str) -> int:
    return int(state.split(":", 1)[0])


def _prune_states_update(below: int) -> str:
    """Remove the state records older than ``below`` (kept small: one record survives)."""
    return (f"DELETE {{ GRAPH <{STATE_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{STATE_GRAPH}> {{ ?s ?p ?o ; "
            f"<{_STATE_COUNTER.value}> ?n }} FILTER(?n < {below}) }}")


def _insert_quads_update(quads: Iterable[ox.Quad]) -> str:
    """SPARQL INSERT DATA text for quads (only for a remote server; embedded writes use extend)."""
    by_graph: dict[str, list[str]] = defaultdict(list)
    for q in quads:
        by_graph[str(q.graph_name)].append(f"{q.subject} {q.predicate} {q.object} .")
    return " ;\n".join(f"INSERT DATA {{ GRAPH {g} {{\n" + "\n".join(lines) + "\n} }" for g, lines in by_graph.items())


def rows_from_json(payload: bytes) -> list[dict]:
    """SPARQL JSON results to rows of Python values (str, int, float, bool, date strings)."""
    try:
        data = orjson.loads(payload)
    except orjson.JSONDecodeError:  # what json reads and orjson does not: a byte-order mark, UTF-16
        try:
            data = json.loads(payload)
        except ValueError as exc:
            raise StoreError(f"unreadable SPARQL JSON results ({exc}): {payload[:200]!r}") from exc
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

    def state(self) -> str:
        """The current store state ("counter:token"); ``EMPTY_STATE`` if never written."""
        rows = self.select(_LAST_STATE_QUERY)
        return state_string(int(rows[0]["n"]), rows[0]["t"]) if rows else EMPTY_STATE

    def write_batch(self, drop: Iterable[str], quads: QuadBatch | Iterable[ox.Quad], relink: dict[str, str] | None = None) -> str:
        """Drop named graphs and add quads, bumping the store state; returns the new state.
        ``relink``: node IRIs to rename in every graph (``relink_ops``) with the batch.

        Default (a SPARQL server): one update request, hence one transaction.
        """
        counter = counter_of(self.state()) + 1
        ops = [f"DROP SILENT GRAPH <{g}>" for g in dict.fromkeys(drop)]
        ops += [_prune_states_update(counter), _insert_quads_update([*QuadBatch.of(quads).quads(), *state_quads(counter)])]
        ops += relink_ops(relink)
        self.update(" ;\n".join(ops))
        return self.state()

    def recover(self) -> list[str]:
        """Roll back what a crash left half-written; a SPARQL server's update is one transaction."""
        return []

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


def _chunk_quads(quads: int, loaders: int) -> int:
    """Quads a bulk load reads: the batch in two chunks a loader, none smaller or larger than the bounds."""
    return max(BULK_CHUNK_QUADS, min(-(-quads // (2 * loaders)), BULK_CHUNK_MAX_QUADS))


class EmbeddedStore(GraphStore):
    """Oxigraph on disk (RocksDB). ``read_only`` opens without taking the writer's lock.

    Outside queries (``timeout`` given) run in a worker process that is killed at the time limit,
    because Oxigraph's Python API cannot interrupt a query.
    """

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        self._snapshots: list[Snapshot] = []  # a reader's private snapshots of the store (``snapshots.py``), the last its own
        try:
            if read_only:
                if not self.path.exists():
                    raise StoreError(f"no graph store at {self.path}: run `policykg ingest` first")
                self._store = self._open_snapshot()
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"cannot open graph store at {self.path}: {exc}") from exc
        if not read_only:
            self.recover()
            self._merge_if_missing()
        self._worker = QueryWorker(str(self.query_path))

    @property
    def query_path(self) -> Path:
        """What outside queries' worker processes open: a reader's snapshot (the state its other reads see, which no
        compaction changes), else the store."""
        return self._snapshots[-1].folder if self._snapshots else self.path

    def _open_snapshot(self) -> ox.Store:
        store, snapshot = open_snapshot(self.path)
        if snapshot is not None:
            self._snapshots.append(snapshot)
        return store

    def _merge_if_missing(self) -> None:
        """A store written before the merge was kept, or since by code that does not keep it: make it again (116
        documents ~2 s), the state unchanged (the same documents, so the search index stays valid)."""
        if not has_merge(self._store) and bool(self._store.query(_HOLDS_DOCUMENTS)):
            log.info("making the merged default graph of %s (written by code that did not keep it)", self.path)
            self._store.update(" ;\n".join([MERGE_ALL, *_merged_at(counter_of(self.state()))]))
            self._store.flush()

    def update(self, sparql_update: str) -> None:
        if self.read_only:
            raise StoreError("the store is open read-only")
        counter = counter_of(self.state()) + 1
        bump = f" ;\n{_insert_quads_update(state_quads(counter))} ;\n{_prune_states_update(counter)}"
        try:
            self._store.update(sparql_update.rstrip().rstrip(";") + bump)
        except SyntaxError as exc:
            raise QueryError(str(exc)) from exc
        self._store.flush()

    def state(self) -> str:
        return self._reading(self._state)

    def _reading(self, read):
        """``read()``, once more on a fresh snapshot when a read-only store lost a file: a reader of the store itself (no
        snapshot could be made, ``snapshots.py``) loses files a writer's compaction removes."""
        try:
            return read()
        except OSError as exc:
            if not self.read_only or self._store is None:  # (closed: no new snapshot left behind, a review)
                raise StoreError(f"cannot read the graph store at {self.path}: {exc}") from exc
            log.info("the store's files changed under a read-only reader (%s): reopening it", exc)
            try:
                self._store = self._open_snapshot()  # (the one before stays until the store closes: a query may still read it)
                self._worker.recycle(str(self.query_path))  # its workers too, from their next query
                return read()
            except OSError as again:
                raise StoreError(f"cannot read the graph store at {self.path}: {again}") from again

    def _state(self) -> str:
        best = None
        for quad in self._store.quads_for_pattern(None, _STATE_COUNTER, None, ox.NamedNode(STATE_GRAPH)):
            n = int(quad.object.value)
            if best is None or n > best[0]:
                best = (n, quad.subject)
        if best is None:
            return EMPTY_STATE
        token = next(self._store.quads_for_pattern(best[1], _STATE_TOKEN, None, ox.NamedNode(STATE_GRAPH)), None)
        return state_string(best[0], token.object.value if token else "")

    def write_batch(self, drop: Iterable[str], quads: QuadBatch | Iterable[ox.Quad], relink: dict[str, str] | None = None) -> str:
        """Drop graphs and add quads, with an intent record so that a crash is rolled back.

        pyoxigraph has no transaction mixing removals and additions, and its bulk loader is
        not transactional, so: (1) one update drops the graphs and records the graphs about to
        be added as *pending*; (2) the quads are added (``extend``, one transaction, for small
        batches; the bulk loader for large ones, ``_bulk_load``); (3) one update clears the pending record.
        Each step bumps the state. ``recover()`` (run when opened for writing) drops the graphs
        of a batch left pending by a crash, so the store never holds half a batch. ``relink`` is
        applied in step (3), so it happens with the batch or not at all.
        """
        if self.read_only:
            raise StoreError("the store is open read-only")
        batch = QuadBatch.of(quads)
        adding = sorted(set(batch.graphs()) - {STATE_GRAPH})
        counter = counter_of(self.state()) + 1
        dropped = list(dict.fromkeys(drop))
        unmerge, many = _unmerge(self._store, dropped)
        # many triples dropped: those no graph states any more leave the merge when the batch is committed, and until
        # then queries read the union (the merge is not marked kept at this state)
        ops = [*unmerge, *(f"DROP SILENT GRAPH <{g}>" for g in dropped)]
        ops.append(_insert_quads_update([*state_quads(counter), *_pending_quads(counter, adding)]))
        ops += [] if many else _merged_at(counter)
        try:
            self._store.update(" ;\n".join(ops))
            crash_point("between-drop-and-add")
            loaded = _with_merge(batch)
            if os.environ.get(CRASH_HOOK) == "half-added":  # tests: a bulk load cut in the middle
                self._store.extend(list(loaded.quads())[: len(loaded) // 2])
                crash_point("half-added")
            if len(loaded) > BULK_QUADS:
                self._bulk_load(loaded)
            else:
                self._store.extend(loaded.quads())
            crash_point("before-commit")
            self._store.update(" ;\n".join([*relink_ops(relink), *relink_ops(relink, in_named_graphs=False),
                                             *([MERGE_CLEANUP] if many else []), _commit_update(counter + 1), *_merged_at(counter + 1)]))
            self._store.flush()
        except OSError as exc:
            raise StoreError(f"cannot write the graph store at {self.path}: {exc}") from exc
        except (ValueError, SyntaxError) as exc:  # quads the loader refused: what was added is taken out again now
            self.recover()
            raise StoreError(f"cannot write the graph store at {self.path}: the batch was refused ({exc})") from exc
        return self.state()

    def _bulk_load(self, batch: QuadBatch) -> None:
        """The batch as N-Quads text, chunk by chunk, into loaders running side by side: one
        pyoxigraph load uses one core and lets go of the GIL, so two at once take about half the
        time on two cores (431k quads: 3.5 -> 2.0 s, ``scripts/bench_store.py``) while the next
        chunk's text is made. Two chunks a loader, within ``BULK_CHUNK_QUADS`` and ``BULK_CHUNK_MAX_QUADS``;
        at most one chunk more than there are loaders waits, to bound the text held."""
        loaders = max(1, min(BULK_LOADERS, os.cpu_count() or 1))
        with ThreadPoolExecutor(loaders, thread_name_prefix="bulk-load") as pool:
            waiting: set = set()
            for chunk in batch.nquads_chunks(_chunk_quads(len(batch), loaders)):
                if len(waiting) > loaders:
                    done, waiting = wait(waiting, return_when=FIRST_COMPLETED)
                    for future in done:
                        future.result()
                waiting.add(pool.submit(self._store.bulk_load, chunk, format=ox.RdfFormat.N_QUADS, lenient=BULK_LENIENT))
            for future in waiting:
                future.result()

    def recover(self) -> list[str]:
        """Roll back a batch a crash left pending: drop the graphs it was adding. Returns them."""
        pending = [q.object.value for q in self._store.quads_for_pattern(None, _PENDING, None, ox.NamedNode(STATE_GRAPH))]
        if pending:
            counter = counter_of(self.state()) + 1
            ops = [f"DROP SILENT GRAPH <{g}>" for g in pending]
            # the merge, made again: the batch's triples were loaded into it beside their graphs (a rare path)
            self._store.update(" ;\n".join([*ops, MERGE_ALL, _commit_update(counter), *_merged_at(counter)]))
            self._store.flush()
        return pending

    def query_bytes(self, query: str, media_type: str, timeout: float | None = None) -> tuple[bytes, str]:
        if timeout is not None:
            return self._worker.run(query, media_type, timeout)
        try:  # pyoxigraph's store takes queries from many threads at once, each on its own snapshot
            return self._reading(lambda: serialise_result(self._store.query(query, **default_graph_options(self._store)), media_type,
                                                          query_form(query) == "DESCRIBE"))
        except SyntaxError as exc:
            raise QueryError(str(exc)) from exc

    def triple_count(self) -> int:
        return self._reading(lambda: named_graph_quads(self._store))

    def _dump_quads(self) -> bytes:
        """The named graphs (the default graph is their merge, made again where they are loaded)."""
        return ox.serialize((q for q in self._store if not isinstance(q.graph_name, ox.DefaultGraph)), format=ox.RdfFormat.N_QUADS) or b""

    def close(self) -> None:
        """Stop the query worker and release the database (and its writer lock)."""
        self._worker.stop()
        if self._store is not None and not self.read_only:
            self._store.flush()
        self._store = None
        for snapshot in self._snapshots:
            snapshot.remove()
        self._snapshots = []


def _chain(*parts):
    for part in parts:
        yield from part


READABLE_BY_ENGINE = {"text/turtle": ox.RdfFormat.TURTLE, "application/trig": ox.RdfFormat.TRIG}
LINE_FORMATS = {"application/n-quads": ox.RdfFormat.N_QUADS, "application/n-triples": ox.RdfFormat.N_TRIPLES}


def readable(payload: bytes, source: str, media_type: str) -> bytes:
    """RDF as people and JSON-LD clients expect it: Turtle and TriG with the project's ``@prefix``
    lines, JSON-LD compacted with a ``@context`` of the same prefixes. Other formats pass through.
    Turtle and TriG are written by pyoxigraph from N-Triples or N-Quads (the whole of corpus/: 1.3 s; by
    rdflib, parsed and written again, 15-17 s); JSON-LD's compaction is rdflib's."""
    from .namespaces import PREFIXES

    if not payload.strip():
        return payload
    prefixes = {**PREFIXES, "meta": STATE_GRAPH + "#"}  # meta: the store-state records
    if media_type in READABLE_BY_ENGINE and source in LINE_FORMATS:
        return ox.serialize(ox.parse(payload, format=LINE_FORMATS[source]), format=READABLE_BY_ENGINE[media_type],
                            prefixes=prefixes) or b""
    from rdflib import Dataset

    writer = {"text/turtle": "turtle", "application/trig": "trig", "application/ld+json": "json-ld"}.get(media_type)
    if writer is None:
        return payload
    graph = Dataset() if writer == "trig" else Graph()
    graph.parse(data=payload, format={"application/n-quads": "nquads", "application/n-triples": "nt"}.get(source, "turtle"))
    for prefix, iri in prefixes.items():
        graph.bind(prefix, iri, override=True)
    if writer == "json-ld":
        return graph.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True).encode()
    return graph.serialize(format=writer, encoding="utf-8")


class RemoteStore(GraphStore):
    """A standalone SPARQL 1.1 server (e.g. ``oxigraph serve --union-default-graph``)."""

    def __init__(self, query_url: str, update_url: str | None = None, store_url: str | None = None, timeout: float = 60.0):
        self.query_url = query_url
        self.update_url = update_url or query_url.replace("/query", "/update")
        self.store_url = store_url or query_url.replace("/query", "/store")
        import httpx  # here: only a remote store needs it (0.14 s of every CLI command's start)

        self._client = httpx.Client(timeout=timeout)

    def update(self, sparql_update: str) -> None:
        r = self._request("POST", self.update_url, content=sparql_update.encode("utf-8"),
                          headers={"Content-Type": "application/sparql-update"})
        if r.status_code >= 400:
            raise (QueryError if r.status_code == 400 else StoreError)(f"update failed ({r.status_code}): {r.text[:500]}")

    def query_bytes(self, query: str, media_type: str, timeout: float | None = None) -> tuple[bytes, str]:
        import httpx

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
        r = self._request("GET", self.store_url, headers={"Accept": "application/n-quads"})
        if r.status_code >= 400:
            raise StoreError(f"SPARQL server error {r.status_code} dumping the store: {r.text[:500]}")
        return r.content

    def _request(self, method: str, url: str, **options):
        """A request to the server; an unreachable or timed-out server is the store's error."""
        import httpx

        try:
            return self._client.request(method, url, **options)
        except httpx.HTTPError as exc:
            raise StoreError(f"SPARQL server at {url} unreachable: {exc}") from exc

    def close(self) -> None:
        self._client.close()
