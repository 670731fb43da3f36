"""The quads of one store write, kept graph by graph as triples of N-Triples text.

A write of many documents holds over a million quads. Made as pyoxigraph terms, each IRI is
checked by its constructor (~0.45 µs) and each term written back out as text for the bulk loader
(~0.2-0.9 µs a term): a third of the main process's time in an ingest. So the builder writes each
term's N-Triples text straight away (``rdf.NTriplesTerms``, checked there), a batch keeps those
texts, and hands the bulk loader N-Quads text chunk by chunk (it lets go of the GIL while it parses
text). Where a transaction needs ``Quad`` objects (``Store.extend``, a remote server's update) the
text is parsed by pyoxigraph. (The loader gives blank nodes new names, so a graph holding one is
refused; no graph of this project holds one.)
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

import pyoxigraph as ox

QUADS_PER_PARSE = 100_000  # quads of text parsed at once into ``Quad`` objects


class GraphTriples(NamedTuple):
    """One named graph's triples, each once: its IRI and each term as N-Triples text (``<…>``,
    ``"…"@zh``, ``"3"^^<…#integer>``)."""

    graph: str
    triples: list[tuple[str, str, str]]


class QuadBatch:
    """The graphs a write adds (their quads counted, listed as ``Quad`` objects or as text)."""

    def __init__(self, parts: Iterable[GraphTriples] = ()):
        self.parts: list[GraphTriples] = list(parts)

    @classmethod
    def of(cls, quads: QuadBatch | Iterable[ox.Quad]) -> QuadBatch:
        """``quads`` as a batch (a batch is returned as it is)."""
        if isinstance(quads, QuadBatch):
            return quads
        batch = cls()
        batch.add_quads(quads)
        return batch

    def add(self, part: GraphTriples) -> None:
        self.parts.append(part)

    def add_quads(self, quads: Iterable[ox.Quad]) -> None:
        """Quads of any graphs, kept graph by graph in the order first seen (a term's ``str`` is
        its N-Triples text)."""
        by_graph: dict[str, list[tuple]] = {}
        for q in quads:
            by_graph.setdefault(str(q.graph_name), []).append((str(q.subject), str(q.predicate), str(q.object)))
        for graph, triples in by_graph.items():
            self.parts.append(GraphTriples(graph, list(dict.fromkeys(triples))))

    def __len__(self) -> int:
        return sum(len(p.triples) for p in self.parts)

    def graphs(self) -> list[str]:
        """The IRIs of the graphs written, each once."""
        return list(dict.fromkeys(p.graph[1:-1] for p in self.parts))

    def quads(self) -> Iterator[ox.Quad]:
        for chunk in self.nquads_chunks(QUADS_PER_PARSE):
            yield from ox.parse(chunk, format=ox.RdfFormat.N_QUADS)

    def nquads_chunks(self, quads_per_chunk: int) -> Iterator[bytes]:
        """N-Quads text in chunks of whole graphs, each of about ``quads_per_chunk`` quads. Each graph's text is
        encoded apart and let go before its chunk is handed over: a chunk of Chinese text as one ``str`` took twice its
        UTF-8 bytes (two bytes a character, the IRIs' too), and the parts had stayed held while the loads waited."""
        texts: list[bytes] = []
        size = 0
        for graph, triples in self.parts:
            end = f" {graph} .\n"
            text = "".join([f"{s} {p} {o}{end}" for s, p, o in triples])
            if "_:" in text and _holds_blank_node(triples):
                raise ValueError(f"graph {graph} holds a blank node: the bulk loader would rename it")
            texts.append(text.encode())
            size += len(triples)
            if size >= quads_per_chunk:
                chunk, texts, size = b"".join(texts), [], 0
                yield chunk
        if texts:
            yield b"".join(texts)


def _holds_blank_node(triples: list[tuple]) -> bool:
    return any(s.startswith("_:") or o.startswith("_:") for s, _, o in triples)
