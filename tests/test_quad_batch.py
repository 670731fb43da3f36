"""A write's quads kept graph by graph and bulk loaded as N-Quads text, several loads at once."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st
from policykg.graph import store as store_module
from policykg.graph.quad_batch import GraphTriples, QuadBatch
from policykg.graph.rdf import Iris, NTriplesTerms
from policykg.graph.store import STATE_GRAPH, EmbeddedStore
from policykg.graph.workspace import QuadBuilder


def _seed_batch(documents) -> QuadBatch:
    iris = Iris()
    numbers = {d.doc_number.text: d.key for d in documents.values() if d.doc_number}
    builder = QuadBuilder(iris, None, numbers)
    return QuadBatch(builder.graph_triples(d) for d in documents.values())


def _document_quads(store: EmbeddedStore) -> set[ox.Quad]:
    """The documents' graphs (not the state's, nor the default graph: their merge, tested in test_workspace)."""
    return {q for q in store._store if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value != STATE_GRAPH}


def test_a_bulk_load_in_many_chunks_side_by_side_stores_exactly_the_batch(documents, tmp_path, monkeypatch):
    """Small chunks (one seed document's graph each) loaded by two loaders at once: the
    store holds the batch's quads, no more and no fewer, as a transaction's ``extend`` does."""
    batch = _seed_batch(documents)
    expected = set(batch.quads())
    assert len(expected) == len(batch) > store_module.BULK_QUADS  # the bulk path, not extend
    monkeypatch.setattr(store_module, "BULK_CHUNK_QUADS", 1)
    monkeypatch.setattr(store_module, "BULK_CHUNK_MAX_QUADS", 1)
    monkeypatch.setattr(store_module, "BULK_LOADERS", 2)
    monkeypatch.setattr(store_module.os, "cpu_count", lambda: 2)
    assert len(list(batch.nquads_chunks(1))) == len(documents) > 2
    bulk = EmbeddedStore(tmp_path / "bulk")
    bulk.write_batch([], batch)
    by_transaction = EmbeddedStore(tmp_path / "extend")
    by_transaction._store.extend(batch.quads())
    try:
        assert _document_quads(bulk) == expected == _document_quads(by_transaction)
    finally:
        bulk.close()
        by_transaction.close()


def test_chunks_hold_whole_graphs_in_order(documents):
    batch = _seed_batch(documents)
    graphs = [p.graph for p in batch.parts]
    seen = []
    for chunk in batch.nquads_chunks(1):  # a chunk as soon as a graph is done: one graph a chunk
        chunk_graphs = {q.graph_name for q in ox.parse(chunk, format=ox.RdfFormat.N_QUADS)}
        assert len(chunk_graphs) == 1
        seen += [str(g) for g in chunk_graphs]
    assert seen == graphs


# any text a document may hold: quotes, backslashes, line breaks, controls, astral characters
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@given(st.lists(st.tuples(TEXT, st.sampled_from([None, "zh", "en"]), st.booleans()), min_size=1, max_size=5))
def test_nquads_text_reads_back_as_the_same_terms(values):
    """Terms written as text by the store's builder (``NTriplesTerms``), or by pyoxigraph's ``str``,
    come back from the batch's text as they were: every literal, escapes included."""
    subject, graph = ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/g")
    terms = NTriplesTerms()
    expected, written = [], []
    for i, (text, lang, typed) in enumerate(values):
        predicate = ox.NamedNode(f"https://example.org/p{i}")
        if typed:
            literal = ox.Literal(text, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#string"))
            as_text = str(literal)
        else:
            literal = ox.Literal(text, language=lang) if lang else ox.Literal(text)
            as_text = terms.literal(text, lang=lang)
        expected.append(ox.Quad(subject, predicate, literal, graph))
        written.append((terms.iri(subject.value), terms.iri(predicate.value), as_text))
    batch = QuadBatch([GraphTriples(terms.iri(graph.value), written)])
    (text,) = batch.nquads_chunks(100)
    assert list(ox.parse(text, format=ox.RdfFormat.N_QUADS)) == list(batch.quads()) == expected
    # the store's bulk loader parses it leniently (store.BULK_LENIENT): the same terms
    assert list(ox.parse(text, format=ox.RdfFormat.N_QUADS, lenient=True)) == expected


def test_a_graph_with_a_blank_node_is_refused_for_the_bulk_loader():
    """The loader names blank nodes afresh on every load, so the same node in two chunks would be two."""
    graph, p = ox.NamedNode("https://example.org/g"), ox.NamedNode("https://example.org/p")
    batch = QuadBatch([GraphTriples(str(graph), [(str(ox.BlankNode("b1")), str(p), str(ox.Literal("x")))])])
    with pytest.raises(ValueError, match="blank node"):
        list(batch.nquads_chunks(100))
    # a literal that only looks like one is fine
    looks_like = QuadBatch([GraphTriples(str(graph), [("<https://example.org/s>", str(p), str(ox.Literal("_:b1")))])])
    assert len(list(looks_like.nquads_chunks(100))) == 1


def test_quads_from_several_graphs_are_kept_graph_by_graph_each_once():
    g1, g2 = ox.NamedNode("https://example.org/g1"), ox.NamedNode("https://example.org/g2")
    s, p = ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p")
    quads = [ox.Quad(s, p, ox.Literal("a"), g1), ox.Quad(s, p, ox.Literal("b"), g2), ox.Quad(s, p, ox.Literal("a"), g1)]
    batch = QuadBatch.of(quads)
    assert batch.graphs() == [g1.value, g2.value] and len(batch) == 2
    assert set(batch.quads()) == set(quads) and QuadBatch.of(batch) is batch


def test_a_batch_the_loader_refuses_is_taken_out_and_reported_as_a_store_error(documents, tmp_path, monkeypatch):
    """A chunk of text the bulk loader refuses (no graph of this project makes one: a guard) leaves no half of the
    batch in the store, and is reported as the project's StoreError."""
    from policykg.graph.errors import StoreError

    batch = _seed_batch(documents)
    monkeypatch.setattr(store_module, "BULK_CHUNK_QUADS", 1)
    monkeypatch.setattr(store_module, "BULK_CHUNK_MAX_QUADS", 1)
    real = QuadBatch.nquads_chunks

    def second_chunk_broken(self, quads_per_chunk):
        for i, chunk in enumerate(real(self, quads_per_chunk)):
            yield chunk if i != 1 else b"<https://example.org/s> <not an iri> .\n"

    monkeypatch.setattr(QuadBatch, "nquads_chunks", second_chunk_broken)
    store = EmbeddedStore(tmp_path / "s")
    with pytest.raises(StoreError, match="refused"):
        store.write_batch([], batch)
    assert _document_quads(store) == set()


def test_a_large_batch_is_loaded_in_two_chunks_a_loader_within_the_bounds():
    """Fewer, larger loads (RocksDB compacts fewer files) but two a loader, so both run side by side."""
    from policykg.graph.store import _chunk_quads

    assert _chunk_quads(1_409_514, 2) == 352_379  # 1,000 files: four chunks
    assert _chunk_quads(13_825_796, 2) == store_module.BULK_CHUNK_MAX_QUADS  # 10,000 files: seven chunks of the most
    assert _chunk_quads(5_000, 2) == store_module.BULK_CHUNK_QUADS  # a small batch: one chunk of the least
