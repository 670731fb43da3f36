"""The ontology and its standard outputs: a reasoner over the real graph infers nothing absurd (no
organisation or concept becomes a document, no duration becomes an interval), durations are
time:Duration with a number and a unit, the shapes hold, and exports carry @prefix / @context."""
from __future__ import annotations

import json
import re

import owlrl
import pytest
from policykg.graph.rdf import _duration_parts, ontology_graph
from policykg.graph.validate import validate
from rdflib import Dataset, Graph, Literal, Namespace
from rdflib.namespace import ORG, RDF, RDFS, SKOS, TIME, XSD

POL = Namespace("https://w3id.org/policykg/ns#")


@pytest.fixture(scope="module")
def data(workspace) -> Graph:
    return Graph().parse(data=workspace.store.dump("nt"), format="nt")


@pytest.fixture(scope="module")
def closure(data) -> Graph:
    g = Graph()
    for t in data:
        g.add(t)
    for t in ontology_graph():
        g.add(t)
    owlrl.DeductiveClosure(owlrl.RDFS_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(g)
    return g


def test_level_has_no_document_domain():
    assert (POL.level, RDFS.domain, None) not in ontology_graph()


def test_reasoner_makes_no_organisation_or_concept_a_document(data, closure):
    asserted = set(data.subjects(RDF.type, POL.PolicyDocument))
    inferred = set(closure.subjects(RDF.type, POL.PolicyDocument))
    assert asserted and inferred == asserted
    organisations = set(data.subjects(RDF.type, ORG.Organization))
    concepts = set(data.subjects(RDF.type, SKOS.Concept))
    assert organisations and concepts
    assert not (organisations | concepts) & inferred
    assert any(data.triples((None, POL.level, None))) and any((o, POL.level, None) in data for o in organisations)


def test_durations_are_time_durations_never_intervals(data, closure):
    durations = set(data.subjects(RDF.type, TIME.Duration))
    assert durations, "the seed documents have bare durations (e.g. 最长不超过1年)"
    for d in durations:
        assert isinstance(data.value(d, TIME.numericDuration), Literal)
        assert data.value(d, TIME.numericDuration).datatype == XSD.decimal
        assert data.value(d, TIME.unitType) in (TIME.unitYear, TIME.unitMonth, TIME.unitWeek, TIME.unitDay)
        assert (d, RDF.type, TIME.ProperInterval) not in closure
    intervals = set(data.subjects(RDF.type, TIME.ProperInterval))
    assert all(data.value(i, TIME.hasBeginning) or data.value(i, TIME.hasEnd) for i in intervals)


def test_the_real_graph_conforms_to_the_shapes(data):
    conforms, report = validate(data)
    assert conforms, report[:2000]


def test_a_duration_typed_as_an_interval_breaks_the_shapes(data):
    broken = Graph()
    for t in data:
        broken.add(t)
    d = next(iter(data.subjects(RDF.type, TIME.Duration)))
    broken.add((d, RDF.type, TIME.ProperInterval))
    assert not validate(broken)[0]


@pytest.mark.parametrize("text, number, unit", [("P12M", "12", TIME.unitMonth), ("P1Y", "1", TIME.unitYear),
                                                ("P30D", "30", TIME.unitDay), ("P0.5D", "0.5", TIME.unitDay), ("P2W", "2", TIME.unitWeek),
                                                ("PT12H", "12", TIME.unitHour), ("PT30M", "30", TIME.unitMinute),
                                                ("P1Y6M", "18", TIME.unitMonth), ("P2DT12H", "60", TIME.unitHour)])
def test_duration_parts(text, number, unit):
    assert _duration_parts(text) == (number, unit)


@pytest.mark.parametrize("text", ["12M", "PT3D", "P12H", "P1YT2H", "P", "PT"])
def test_duration_parts_refuse_what_they_cannot_split(text):
    with pytest.raises(ValueError):
        _duration_parts(text)


def test_a_duration_in_hours_is_stored_and_read_back(tmp_path):
    """0.5个工作日 is P0.5D (half a day's work, not 12 hours) and 90小时以内 PT90H: a time:Duration in days or hours, read
    back as the same xsd:duration text."""
    from policykg.graph import reads
    from policykg.graph.workspace import Workspace

    source = tmp_path / "notice.txt"
    source.write_text("某市人民政府关于优化营商环境的通知\n某政发〔2023〕9号\n一、压缩时限。不动产登记办理时限压缩至0.5个工作日以内。（责任单位：市自然资源局）\n"
                      "二、压缩审批时间。低风险项目审批时间压缩至90小时以内，提供24小时自助服务。（责任单位：市住建局）\n"
                      "某市人民政府\n2023年5月6日\n", encoding="utf-8")
    ws = Workspace(tmp_path / "data", dense=False)
    (key,) = ws.ingest([source], quiet=True).documents
    periods = [p for c in reads.document(ws.store, key).clauses for p in reads.clause(ws.store, c.id).periods]
    ws.close()
    # a time limit in hours too (90小时以内: had given no period); 24小时 with no bound is no time limit
    assert [(p.duration, p.bound) for p in periods if p.kind == "duration"] == [("P0.5D", "max"), ("PT90H", "max")]


def test_reads_still_give_durations_as_xsd_text(workspace):
    from policykg.graph import reads

    store = workspace.store
    found = [p for c in reads.document(store, "pingzhengfa-2019-1-620800").clauses for p in reads.clause(store, c.id).periods
             if p.kind == "duration"]
    assert found and all(p.duration and p.duration[0] == "P" and p.duration[-1] in "YMWD" for p in found)


# --- exports -----------------------------------------------------------------------------------
def test_turtle_and_trig_exports_declare_prefixes(workspace, data):
    turtle = workspace.store.dump("ttl").decode()
    assert turtle.startswith("@prefix") and "@prefix pol: <https://w3id.org/policykg/ns#>" in turtle
    assert len(Graph().parse(data=turtle, format="turtle")) == len(data)
    trig = workspace.store.dump("trig").decode()
    assert trig.startswith("@prefix") and "@prefix meta: <https://w3id.org/policykg/meta#>" in trig
    assert not re.search(r"@prefix ns\d+:", turtle + trig)  # every namespace has a name of its own
    dataset = Dataset().parse(data=trig, format="trig")
    graphs = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert "https://w3id.org/policykg/id/graph/pingzhengfa-2019-1-620800" in graphs


def test_jsonld_export_has_a_context(workspace, data):
    payload = workspace.store.dump("jsonld")
    document = json.loads(payload)
    assert document["@context"]["pol"] == "https://w3id.org/policykg/ns#"
    assert len(Graph().parse(data=payload, format="json-ld")) == len(data)


@pytest.mark.parametrize("name", ["groups.csv", "instruments.csv", "unit_types.csv", "places.csv", "everyday_words.csv"])
def test_every_bundled_vocabulary_row_has_its_headers_fields(name):
    """A comma in an English label had split its row, and the label's words became a concept's IRI (the store refused it)."""
    from policykg.ingest.vocab import read_vocab_csv

    rows = read_vocab_csv(name)
    assert rows and all(row["id" if "id" in row else next(iter(row))] for row in rows)


def test_a_vocabulary_row_with_a_field_too_many_is_refused(tmp_path, monkeypatch):
    from policykg.ingest import vocab
    from policykg.ingest.errors import PolicyKGError

    (tmp_path / "vocab").mkdir()
    (tmp_path / "vocab" / "bad.csv").write_text("id,label_zh,label_en\nx,某,a label, with a comma\n", encoding="utf-8")
    monkeypatch.setattr(vocab.resources, "files", lambda package: tmp_path)
    with pytest.raises(PolicyKGError, match="bad.csv:2"):
        vocab.read_vocab_csv("bad.csv")
