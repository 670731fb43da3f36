"""The same graph written to a standalone SPARQL server (oxigraph serve) answers every named
query exactly as the embedded store does."""
import pytest
from conftest import CORPUS
from policykg.graph import reads
from policykg.graph.queries import query_names, render
from policykg.graph.store import RemoteStore
from policykg.graph.workspace import Workspace
from servers import oxigraph_server


def canonical(rows):
    return sorted(tuple(sorted((k, str(v)) for k, v in r.items())) for r in rows)


@pytest.fixture(scope="module")
def remote_workspace(tmp_path_factory):
    import shutil
    import sys
    from pathlib import Path

    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    with oxigraph_server(binary, str(tmp_path_factory.mktemp("oxigraph"))) as url:
        store = RemoteStore(f"{url}/query", f"{url}/update", f"{url}/store")
        ws = Workspace(tmp_path_factory.mktemp("remote-data"), store=store, search=False)
        report = ws.ingest([CORPUS], quiet=True)
        assert not report.errors
        yield ws
        ws.close()


@pytest.mark.parametrize("name", query_names())
def test_named_queries_agree_on_both_backends(workspace, remote_workspace, name):
    query = render(name, with_prefixes=False)
    embedded = workspace.store.select(query)
    remote = remote_workspace.store.select(query)
    assert embedded and canonical(embedded) == canonical(remote)


READS = [
    ("documents", lambda s: reads.documents(s, limit=10)),
    ("document", lambda s: reads.document(s, "pingzhengfa-2019-1-620800")),
    ("clause", lambda s: reads.clause(s, "pingzhengfa-2019-1-620800/4.10")),
    ("find_units", lambda s: reads.find_units(s, "人社局")),
    ("unit_clauses", lambda s: reads.unit_clauses(s, "9f29aeec48a8", "lead")),
    ("compare", lambda s: reads.compare(s, instrument="创业担保贷款")),
    ("compare_unit", lambda s: reads.compare(s, unit="市人社局")),
]


@pytest.mark.parametrize("name,read", READS, ids=[r[0] for r in READS])
def test_typed_reads_agree_on_both_backends(workspace, remote_workspace, name, read):
    embedded, remote = read(workspace.store), read(remote_workspace.store)
    assert embedded == remote
    assert embedded.model_dump()  # not empty


def test_exact_values_survive_the_remote_round_trip(remote_workspace):
    from decimal import Decimal

    amounts = reads.clause(remote_workspace.store, "pingzhengfa-2019-1-620800/4.10").amounts
    assert {a.value for a in amounts} == {Decimal(1000), Decimal(1200)} and all(isinstance(a.value, Decimal) for a in amounts)


def test_reingest_on_the_server_is_idempotent(remote_workspace):
    before = remote_workspace.store.triple_count()
    report = remote_workspace.ingest([CORPUS], quiet=True)
    assert len(report.unchanged) == 3
    assert remote_workspace.store.triple_count() == before


def test_replacing_a_document_on_the_server(remote_workspace, tmp_path):
    """An edited file replaces the documents it gave before (same path); same 文号, other text: both kept."""
    text = (CORPUS / "004_30de0d34d7d57a20.txt").read_text(encoding="utf-8")
    assert "指导企业等各方履行社会责任" in text
    copy = tmp_path / "004_30de0d34d7d57a20.txt"
    copy.write_text(text.replace("指导企业等各方履行社会责任", "指导企业和社会组织等各方履行社会责任"), encoding="utf-8")
    first = remote_workspace.ingest([copy], quiet=True)
    (key,) = first.documents
    assert key.startswith("pingzhengfa-2019-1-620800-")  # the corpus's text keeps the plain key
    before = remote_workspace.stats()
    copy.write_text(text.replace("指导企业等各方履行社会责任", "指导企业、协会等各方履行社会责任"), encoding="utf-8")
    (replacement,) = remote_workspace.ingest([copy], quiet=True).documents
    after = remote_workspace.stats()
    assert after["documents"] == before["documents"] and after["clauses"] == before["clauses"]
    heading = "SELECT ?h WHERE {{ <https://w3id.org/policykg/id/doc/{}/clause/9.25> pol:heading ?h }}"
    assert [r["h"] for r in remote_workspace.select(heading.format(replacement))] == ["指导企业、协会等各方履行社会责任"]
    assert replacement == key or remote_workspace.select(heading.format(key)) == []


def test_an_unreachable_server_is_a_store_error_for_writes_and_dumps_too():
    from conftest import free_port
    from policykg.graph.errors import StoreError

    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    store = RemoteStore(f"{url}/query", f"{url}/update", f"{url}/store", timeout=2)
    for call in (lambda: store.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }"), store._dump_quads,
                 lambda: store.query_bytes("ASK {}", "application/sparql-results+json")):
        with pytest.raises(StoreError, match="unreachable"):
            call()
    store.close()
