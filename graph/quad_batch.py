"""The quads of one store write, kept graph by graph as triples of pyoxigraph terms.

A write of many documents holds millions of quads. pyoxigraph's ``Quad`` constructor costs
~3 µs when its object is a literal (a third of building a document's graph), and its bulk loader
holds the GIL while it reads ``Quad`` objects but lets go of it while it parses N-Quads text.
So a batch is kept as each graph's triples and turned into ``Quad`` objects only where a
transaction needs them (``Store.extend``, a remote server's update), and into N-Quads text,
chunk by chunk, for the bulk loader: the terms' own ``str`` is their N-Triples form, escapes
included, and every term was checked when it was made. (The loader gives blank nodes new
names, so a graph holding one is refused; no graph of this project holds one.)
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

import pyoxigraph as ox


class GraphTriples(NamedTuple):
    """One named graph's triples, each once: (subject, predicate, object) pyoxigraph terms."""

    graph: ox.NamedNode
    triples: list[tuple]


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
        """Quads of any graphs, kept graph by graph in the order first seen."""
        by_graph: dict[ox.NamedNode, list[tuple]] = {}
        for q in quads:
            by_graph.setdefault(q.graph_name, []).append((q.subject, q.predicate, q.object))
        for graph, triples in by_graph.items():
            self.parts.append(GraphTriples(graph, list(dict.fromkeys(triples))))

    def __len__(self) -> int:
        return sum(len(p.triples) for p in self.parts)

    def graphs(self) -> list[str]:
        """The IRIs of the graphs written, each once."""
        return list(dict.fromkeys(p.graph.value for p in self.parts))

    def quads(self) -> Iterator[ox.Quad]:
        for graph, triples in self.parts:
            for s, p, o in triples:
                yield ox.Quad(s, p, o, graph)

    def nquads_chunks(self, quads_per_chunk: int) -> Iterator[bytes]:
        """N-Quads text in chunks of whole graphs, each of about ``quads_per_chunk`` quads."""
        texts: list[str] = []
        size = 0
        for graph, triples in self.parts:
            end = f" {graph} .\n"
            text = "".join([f"{s} {p} {o}{end}" for s, p, o in triples])
            if "_:" in text and _holds_blank_node(triples):
                raise ValueError(f"graph {graph.value} holds a blank node: the bulk loader would rename it")
            texts.append(text)
            size += len(triples)
            if size >= quads_per_chunk:
                yield "".join(texts).encode()
                texts, size = [], 0
        if texts:
            yield "".join(texts).encode()


def _holds_blank_node(triples: list[tuple]) -> bool:
    return any(isinstance(s, ox.BlankNode) or isinstance(o, ox.BlankNode) for s, _, o in triples)
