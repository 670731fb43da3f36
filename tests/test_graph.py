"""The graph: triples checked as RDF, ontology vs code, SHACL, named queries, re-ingest, exports."""
import datetime as dt
import json

import pytest
import rdflib
from hypothesis import given
from hypothesis import strategies as st
from policykg.graph.namespaces import ELI, POL, SCHEMA
from policykg.graph.queries import query_names, render
from policykg.graph.rdf import ontology_graph
from policykg.graph.validate import validate
from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import RDF, SKOS, XSD

ID = Namespace("https://w3id.org/policykg/id/")


@pytest.fixture(scope="module")
def graph(workspace):
    ds = rdflib.Dataset()
    ds.parse(data=workspace.store.dump("nq"), format="nquads")
    g = rdflib.Graph()
    for s, p, o, _ in ds.quads():
        g.add((s, p, o))
    return g


def test_ontology_file_and_namespace_declare_the_same_terms():
    g = ontology_graph()
    in_file = {str(s)[len(str(POL._NS)):] for s in g.subjects() if str(s).startswith(str(POL._NS)) and str(s) != str(POL._NS)}
    in_code = {name for name in POL.__annotations__}
    assert in_file == in_code
    for term in in_file:
        labels = {lbl.language for lbl in g.objects(POL[term], rdflib.RDFS.label)} | {lbl.language for lbl in g.objects(POL[term], SKOS.prefLabel)}
        assert {"zh", "en"} <= labels, term
    with pytest.raises(AttributeError):
        POL.responsibleUnits  # a typo raises


def test_document_triples(graph):
    d = ID["doc/pingzhengfa-2019-1-620800"]
    assert (d, RDF.type, POL.PolicyDocument) in graph
    assert (d, ELI.title, Literal("关于做好当前和今后一个时期促进就业工作的实施意见", lang="zh")) in graph
    assert (d, ELI.id_local, Literal("平政发〔2019〕1号")) in graph
    assert (d, ELI.date_document, Literal("2019-01-09", datatype=XSD.date)) in graph
    assert (d, POL.level, POL.municipal) in graph
    assert (d, POL.docNumberYear, Literal(2019, datatype=XSD.integer)) in graph
    assert (POL.PolicyDocument, rdflib.RDFS.subClassOf, ELI.LegalResource) in ontology_graph()


def test_clause_is_part_of_its_document_directly_and_has_units_with_roles(graph):
    c = ID["doc/pingzhengfa-2019-1-620800/clause/4.10"]
    d = ID["doc/pingzhengfa-2019-1-620800"]
    assert (c, ELI.is_part_of, d) in graph
    assert (c, POL.inSection, ID["doc/pingzhengfa-2019-1-620800/section/4"]) in graph
    assert (c, ELI.number, Literal("（十）")) in graph
    leads = {graph.value(u, SKOS.prefLabel) for u in graph.objects(c, POL.leadUnit)}
    assert leads == {Literal("平凉市人力资源和社会保障局", lang="zh")}
    inherited = {str(graph.value(u, SKOS.prefLabel)) for u in graph.objects(c, POL.inheritedUnit)}
    assert inherited == {"平凉市各县市区人民政府"}
    assert set(graph.objects(c, POL.leadUnit)) <= set(graph.objects(c, POL.responsibleUnit))


def test_same_alias_in_two_cities_is_two_organisations_of_one_type(graph):
    units = set(graph.subjects(SKOS.altLabel, Literal("市人社局", lang="zh")))
    assert {str(graph.value(u, SKOS.prefLabel)) for u in units} == {"平凉市人力资源和社会保障局", "松原市人力资源和社会保障局"}
    assert {graph.value(u, rdflib.URIRef("http://www.w3.org/ns/org#classification")) for u in units} == {ID["concept/unit-type/hrss/municipal"]}


def test_amount_is_a_ceiling_in_yuan_with_provenance(graph):
    c = ID["doc/pingzhengfa-2019-1-620800/clause/4.8"]
    amounts = {str(graph.value(a, POL.sourceText)): a for a in graph.objects(c, POL.amount)}
    a = amounts["15万元"]
    assert (a, RDF.type, SCHEMA.MonetaryAmount) in graph
    assert graph.value(a, SCHEMA.maxValue) == Literal("150000", datatype=XSD.decimal)
    assert graph.value(a, SCHEMA.value) is None
    assert graph.value(a, SCHEMA.currency) == Literal("CNY")
    assert graph.value(a, POL.forInstrument) == ID["concept/instrument/individual-guaranteed-loan"]
    source = open(graph.value(ID["doc/pingzhengfa-2019-1-620800"], POL.sourceFile), encoding="utf-8").read()
    assert source[int(graph.value(a, POL.startOffset)) : int(graph.value(a, POL.endOffset))] == "15万元"


def test_a_changed_share_marks_the_old_one_superseded(graph):
    # 省财政承担比例由现行25%增加到50%，市县财政承担比例由现行45%减少到20%
    c = ID["doc/liaozhengbanfa-2020-25-210000/clause/3.9"]
    rates = {str(graph.value(r, POL.sourceText)): graph.value(r, POL.superseded) for r in graph.objects(c, POL.rate)}
    assert {text for text, flag in rates.items() if flag is not None} == {"25%", "45%"}
    assert rates["25%"] == Literal(True) and rates["50%"] is None and rates["20%"] is None


def test_period_counted_from_issue_date(graph):
    c = ID["doc/liaozhengbanfa-2020-25-210000/clause/2.6"]
    TIME = Namespace("http://www.w3.org/2006/time#")
    (p,) = [p for p in graph.objects(c, POL.period) if str(graph.value(p, POL.sourceText)) == "自本文印发之日起12个月"]
    assert str(graph.value(p, TIME.hasXSDDuration)) in ("P12M", "P1Y")  # stores may write the canonical form
    assert graph.value(graph.value(p, TIME.hasBeginning), TIME.inXSDDate) == Literal("2020-11-01", datatype=XSD.date)
    assert graph.value(graph.value(p, TIME.hasEnd), TIME.inXSDDate) == Literal("2021-10-31", datatype=XSD.date)


def test_forwarding_and_applies_links(graph):
    notice, provincial = ID["doc/ancujiuzufa-2020-3-210300"], ID["doc/liaozhengbanfa-2020-25-210000"]
    assert (notice, POL.forwards, provincial) in graph
    assert (notice, ELI.applies, provincial) in graph
    national = ID["doc/guobanfa-2020-27"]
    assert (provincial, ELI.applies, national) in graph
    assert (national, ELI.id_local, Literal("国办发〔2020〕27号")) in graph
    assert (national, RDF.type, POL.PolicyDocument) not in graph  # known only by its citation


def test_whole_corpus_validates_against_the_shapes(graph):
    conforms, report = validate(graph)
    assert conforms, report


def test_shapes_catch_a_clause_without_document(graph):
    broken = rdflib.Graph()
    c = ID["doc/x/clause/1"]
    broken.add((c, RDF.type, POL.Clause))
    broken.add((c, POL.text, Literal("文本", lang="zh")))
    conforms, report = validate(broken)
    assert not conforms and "is_part_of" in report


EXPECTED_ROWS = {  # named query -> minimum number of rows over the seed corpus
    "documents": 4, "units": 40, "unit_clauses": 200, "instrument_amounts": 10, "citations": 7, "implementers": 4,
    "periods_in_force": 3, "lead_counts": 5, "unit_types_by_city": 20, "clauses_by_concept": 50, "lineage": 6,
    "unit_network": 100, "compare": 30, "compare_unit": 70,
}


@pytest.mark.parametrize("name", query_names())
def test_every_named_query_runs_and_answers(workspace, name):
    assert name in EXPECTED_ROWS, f"add {name} to EXPECTED_ROWS"
    rows = workspace.store.select(render(name, with_prefixes=False))
    assert len(rows) >= EXPECTED_ROWS[name]


def test_unit_query_under_any_name_and_role(workspace):
    by_alias = workspace.store.select(render("unit_clauses", with_prefixes=False, name="市人社局", role="lead"))
    by_name = workspace.store.select(render("unit_clauses", with_prefixes=False, name="平凉市人力资源和社会保障局", role="lead"))
    assert {r["clause"] for r in by_name} <= {r["clause"] for r in by_alias}
    assert len(by_name) == 15 and {r["jurisdiction"] for r in by_alias} == {"平凉市"}  # only 平凉 names leads
    assert any(r["clause"].endswith("/clause/9.23") for r in by_name)  # 市人社局要统筹协调… (a part given in a sentence)


def test_periods_in_force_on_a_date(workspace):
    rows = workspace.store.select(render("periods_in_force", with_prefixes=False))
    texts = {r["asWritten"] for r in rows}
    assert "自本文印发之日起12个月" in texts and "2020年11月至2021年10月" in texts
    assert "2019年1月1日至12月31日" not in texts
    # a start's term goes on; a deadline is no term, in force on no day before it (a blind tester's 2023 deadlines in 2020)
    assert {r["kind"] for r in rows} <= {"interval", "from", "ongoing"} and "从2019年1月1日起" in texts
    later = workspace.store.select(render("periods_in_force", with_prefixes=False, date=dt.date(2021, 6, 1)))
    assert "2020年11月至2021年10月" in {r["asWritten"] for r in later} and "2019—2020年" not in {r["asWritten"] for r in later}


def test_reingesting_the_same_file_changes_nothing(workspace, corpus_dir):
    before = workspace.store.dump("nq")
    report = workspace.ingest([corpus_dir], quiet=True)
    assert len(report.unchanged) == 3 and report.documents == []
    assert sorted(workspace.store.dump("nq").splitlines()) == sorted(before.splitlines())


@pytest.mark.parametrize("fmt,parser", [("ttl", "turtle"), ("nq", "nquads"), ("jsonld", "json-ld")])
def test_exports_parse_back(workspace, fmt, parser):
    data = workspace.store.dump(fmt)
    g = rdflib.Dataset() if fmt == "nq" else rdflib.Graph()
    g.parse(data=data, format=parser)
    triple = (URIRef(ID["doc/pingzhengfa-2019-1-620800"]), RDF.type, POL.PolicyDocument)
    if fmt == "nq":
        graphs = {str(q[3]) for q in g.quads(triple)}
        assert graphs == {str(ID["graph/pingzhengfa-2019-1-620800"])}  # one named graph per document
    else:
        assert triple in g
    if fmt == "jsonld":
        assert isinstance(json.loads(data), (list, dict))


def test_turtle_and_trig_exports_hold_exactly_the_line_formats_statements(workspace):
    """TriG and Turtle are written by the engine now (rdflib took 15-17 s over corpus/): the same quads as N-Quads,
    the same triples as N-Triples, with the project's prefixes used."""
    import pyoxigraph as ox

    def statements(fmt, parser):
        return set(ox.parse(workspace.store.dump(fmt), format=parser))

    assert statements("trig", ox.RdfFormat.TRIG) == statements("nq", ox.RdfFormat.N_QUADS)
    assert statements("ttl", ox.RdfFormat.TURTLE) == statements("nt", ox.RdfFormat.N_TRIPLES)
    assert b"\ta pol:PolicyDocument" in workspace.store.dump("ttl")


def test_the_stores_quads_are_the_rdflib_graphs_triples(documents):
    """The store's builder makes pyoxigraph terms straight from the values, with no rdflib term on
    the way: the same triples as the rdflib graph, lexical forms included (rdflib writes the
    xsd:duration P12M as P1Y), each once, plus the content hash and the extractor id."""
    import pyoxigraph as ox
    from policykg.graph.extractor import extractor_id
    from policykg.graph.namespaces import POL
    from policykg.graph.rdf import DocumentGraphBuilder, Iris, oxigraph_quads
    from policykg.graph.workspace import QuadBuilder

    iris = Iris()
    numbers = {d.doc_number.text: d.key for d in documents.values() if d.doc_number}
    as_rdflib, for_store = DocumentGraphBuilder(iris, None, numbers), QuadBuilder(iris, None, numbers)
    durations = 0
    for doc in documents.values():
        graph = str(iris.graph(doc.key))
        expected = set(oxigraph_quads(as_rdflib.build(doc), graph))
        expected.add(ox.Quad(ox.NamedNode(str(iris.document(doc.key))), ox.NamedNode(str(POL.contentSha256)),
                             ox.Literal(doc.content_sha256), ox.NamedNode(graph)))
        expected.add(ox.Quad(ox.NamedNode(str(iris.document(doc.key))), ox.NamedNode(str(POL.extractor)),
                             ox.Literal(extractor_id()), ox.NamedNode(graph)))
        got = for_store.quads(doc)
        assert len(got) == len(set(got)) and set(got) == expected, doc.key
        durations += sum(q.object.datatype.value.endswith("#duration") for q in got if isinstance(q.object, ox.Literal))
    assert durations  # the corpus has xsd:duration values, whose lexical forms rdflib normalises


def test_a_builder_gives_each_document_the_graph_a_fresh_builder_gives_it(documents):
    """A builder remembers each unit's own triples: every document that mentions the unit still
    states them in its graph (a graph is dropped and replaced alone)."""
    from policykg.graph.rdf import Iris
    from policykg.graph.workspace import QuadBuilder

    iris = Iris()
    numbers = {d.doc_number.text: d.key for d in documents.values() if d.doc_number}
    shared = QuadBuilder(iris, None, numbers)
    docs = list(documents.values())
    for doc in docs + docs:
        assert set(shared.quads(doc)) == set(QuadBuilder(iris, None, numbers).quads(doc)), doc.key
    assert len({key for key in shared._units}) < sum(len(c.units) for d in docs for c in d.clauses)  # units do repeat


LITERAL_VALUES = st.one_of(
    st.text(), st.integers(-10**12, 10**12), st.booleans(), st.none(), st.floats(allow_nan=False, allow_infinity=False),
    st.dates(), st.datetimes(), st.dates().map(lambda d: d.isoformat()), st.from_regex(r"[+-]?0*\d{1,5}", fullmatch=True),
    st.decimals(allow_nan=False, allow_infinity=False, places=4).map(str),
    st.from_regex(r"P(\d{1,3}Y)?(\d{1,3}M)?(\d{1,3}D)?(T\d{1,2}H)?", fullmatch=True).filter(lambda s: s not in ("P", "PT")),
)
LITERAL_TYPES = st.sampled_from([None, XSD.integer, XSD.date, XSD.decimal, XSD.duration, XSD.boolean, XSD.string])


@given(st.one_of(
    st.tuples(LITERAL_VALUES, st.sampled_from(["zh", "en"]), st.none()),
    st.tuples(LITERAL_VALUES, st.none(), LITERAL_TYPES),
))
def test_a_store_literal_is_the_rdflib_literal_converted(case):
    """OxigraphTerms writes each literal as rdflib would have: for the values the builder passes
    (text, ints, ISO dates, decimal and duration strings, booleans) and any other."""
    import pyoxigraph as ox
    from policykg.graph.rdf import OxigraphTerms, oxigraph_quads

    value, lang, datatype = case
    node = URIRef("urn:x")
    try:
        (expected,) = [q.object for q in oxigraph_quads([(node, node, Literal(value, lang=lang, datatype=datatype))], "urn:g")]
    except (ValueError, TypeError):  # a value pyoxigraph refuses (a lone surrogate): refused either way
        with pytest.raises((ValueError, TypeError)):
            OxigraphTerms().literal(value, lang=lang, datatype=datatype)
        return
    got = OxigraphTerms().literal(value, lang=lang, datatype=datatype)
    assert isinstance(got, ox.Literal) and got == expected


@given(st.one_of(
    st.tuples(LITERAL_VALUES, st.sampled_from(["zh", "en"]), st.none()),
    st.tuples(LITERAL_VALUES, st.none(), LITERAL_TYPES),
))
def test_a_literals_ntriples_text_is_the_store_literal(case):
    """NTriplesTerms (the store's builder) writes each literal as text that reads back as the literal
    OxigraphTerms makes (rdflib's lexical forms), and refuses what it refuses (a lone surrogate, as a file name
    that was no UTF-8 gives): the document's graph fails then, not the batch's write."""
    import pyoxigraph as ox
    from policykg.graph.rdf import NTriplesTerms, OxigraphTerms

    value, lang, datatype = case
    try:
        expected = OxigraphTerms().literal(value, lang=lang, datatype=datatype)
    except (ValueError, TypeError):
        with pytest.raises((ValueError, TypeError)):
            NTriplesTerms().literal(value, lang=lang, datatype=datatype)
        return
    text = NTriplesTerms().literal(value, lang=lang, datatype=datatype)
    (triple,) = ox.parse(f"<urn:x> <urn:x> {text} .", format=ox.RdfFormat.N_TRIPLES)
    assert triple.object == expected


IRI_PIECES = st.sampled_from(["https://", "urn:", "a", "中", "/", " ", "%", "%2F", "%G1", "<", ">", '"', "{", "|", "^", "`", "\\",
                              "\n", "#", "?", ":", "1", "-", "."])


@given(st.lists(IRI_PIECES | st.text(max_size=2), max_size=8).map("".join))
def test_an_iris_text_is_refused_where_pyoxigraph_refuses_it(text):
    """NTriplesTerms checks an IRI as pyoxigraph's constructor does, so the bulk loader never meets one
    it would refuse (a whole batch lost) and a file's bad IRI fails that file's graph alone."""
    import pyoxigraph as ox
    from policykg.graph.rdf import NTriplesTerms

    try:
        ox.NamedNode(text)
    except ValueError:
        with pytest.raises(ValueError):
            NTriplesTerms().iri(text)
        return
    written = NTriplesTerms().iri(text)
    (triple,) = ox.parse(f"{written} <urn:p> <urn:o> .", format=ox.RdfFormat.N_TRIPLES)
    assert triple.subject == ox.NamedNode(text)


def test_a_builder_can_be_copied_and_pickled():
    """As worker processes would need it; the namespace kit answers only term names."""
    import copy
    import pickle

    from policykg.graph.rdf import DocumentGraphBuilder, Iris

    builder = DocumentGraphBuilder(Iris())
    assert builder.POL.text == POL.text
    for clone in (copy.deepcopy(builder), pickle.loads(pickle.dumps(builder))):
        assert clone.POL.text == POL.text and clone.iris == builder.iris


def test_sparql_json_results_with_a_byte_order_mark_read_and_garbage_is_a_store_error():
    import codecs

    from policykg.graph.errors import StoreError
    from policykg.graph.store import rows_from_json

    payload = '{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"就业"}}]}}'
    assert rows_from_json(codecs.BOM_UTF8 + payload.encode()) == [{"x": "就业"}]
    assert rows_from_json(payload.encode("utf-16")) == [{"x": "就业"}]
    with pytest.raises(StoreError, match="unreadable SPARQL JSON"):
        rows_from_json(b"<html>502 Bad Gateway</html>")


def test_comparing_by_part_of_a_units_name_takes_each_citys_best_match(tmp_path):
    """人社局 is every city's 人力资源和社会保障局: a city that wrote 人社局 alone (an exact name) no longer
    hides the cities whose unit only holds it in its name; a unit's id compares that unit alone."""
    from policykg.graph import reads
    from policykg.graph.workspace import Workspace

    (tmp_path / "a.txt").write_text("平凉市人民政府关于促进就业的若干措施\n平政发〔2023〕1号\n一、扩大就业。加强培训。（责任单位：人社局）\n"
                                    "平凉市人民政府\n2023年5月1日\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("松原市人民政府关于促进就业的若干措施\n松政发〔2023〕2号\n一、扩大就业。加强见习。（责任单位：市人力资源和社会保障局）\n"
                                    "松原市人民政府\n2023年5月2日\n", encoding="utf-8")
    ws = Workspace(tmp_path / "data", dense=False)
    try:
        ws.ingest([tmp_path / "a.txt", tmp_path / "b.txt"], quiet=True)
        assert sorted(r.jurisdiction for r in reads.compare(ws.store, unit="人社局").rows) == ["平凉市", "松原市"]
        songyuan = next(u for c in reads.find_units(ws.store, "人社局").cities for u in c.units if c.jurisdiction == "松原市")
        rows = reads.compare(ws.store, unit=songyuan.id).rows
        assert [(r.jurisdiction, r.units) for r in rows] == [("松原市", ["松原市人力资源和社会保障局"])]
    finally:
        ws.close()


def test_comparing_an_instrument_finds_the_clauses_that_pay_for_it_in_other_words(tmp_path):
    """一次性给予30万元奖励 pays a 一次性奖励 its words do not name together: the clause names the instrument by its amount
    (/compare had left out such clauses that instrument_amounts.rq finds, and the cities notebook's check failed)."""
    from policykg.graph import reads
    from policykg.graph.workspace import Workspace

    (tmp_path / "a.txt").write_text("白银市人民政府关于支持企业发展的若干措施\n一、对新认定的国家级专精特新“小巨人”企业，一次性给予30 万元奖励。\n"
                                    "二、对首次升规的工业企业给予一次性奖励10 万元。\n白银市人民政府\n2023年5月1日\n", encoding="utf-8")
    ws = Workspace(tmp_path / "data", dense=False)
    try:
        ws.ingest([tmp_path / "a.txt"], quiet=True)
        rows = reads.compare(ws.store, instrument="一次性奖励").rows
        assert [(r.number, [a.value for a in r.amounts]) for r in rows] == [("一、", [300000.0]), ("二、", [100000.0])]
    finally:
        ws.close()


def test_documents_based_on_a_text_implement_it_too_and_say_how(tmp_path):
    """根据《…》精神 (eli:based_on) is implementing it, as 贯彻落实《…》 (eli:applies) is: only the latter had been
    followed, so a city's measures made 根据 a provincial notice were missing from its implementers."""
    from policykg.graph.queries import render
    from policykg.graph.workspace import Workspace

    texts = {
        "a.txt": "甲省人民政府办公厅关于促进就业的若干措施\n甲政办发〔2023〕5号\n一、扩大就业。\n甲省人民政府办公厅\n2023年3月1日\n",
        "b.txt": "乙市人民政府关于促进就业的实施意见\n乙政发〔2023〕6号\n根据《甲省人民政府办公厅关于促进就业的若干措施》（甲政办发〔2023〕5号）精神，"
                 "结合我市实际，提出如下意见。\n一、扩大就业。\n乙市人民政府\n2023年4月1日\n",
        "c.txt": "丙县人民政府关于促进就业的工作方案\n丙政发〔2023〕7号\n为贯彻落实《乙市人民政府关于促进就业的实施意见》（乙政发〔2023〕6号），"
                 "制定本方案。\n一、扩大就业。\n丙县人民政府\n2023年5月1日\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    ws = Workspace(tmp_path / "data", dense=False)
    try:
        ws.ingest(sorted(tmp_path.glob("*.txt")), quiet=True)
        found = ws.store.select(render("implementers", with_prefixes=False, docNumber="甲政办发〔2023〕5号"))
    finally:
        ws.close()
    assert [(r["implementerNumber"], r["direct"], r.get("how")) for r in found] == [
        ("乙政发〔2023〕6号", True, "based_on"), ("丙政发〔2023〕7号", False, None)]


def _stored_first_clause(tmp_path, text: str):
    """The first clause of a one-document file as the store reads it back, and whether the store's graph
    conforms to the shapes (with the report)."""
    from policykg.graph import reads
    from policykg.graph.workspace import Workspace

    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    ws = Workspace(tmp_path / "data", dense=False)
    try:
        (key,) = ws.ingest([tmp_path / "a.txt"], quiet=True).documents
        clause = reads.clause(ws.store, reads.document(ws.store, key).clauses[0].id)
        ds = rdflib.Dataset()
        ds.parse(data=ws.store.dump("nq"), format="nquads")
        merged = rdflib.Graph()
        for s, p, o, _ in ds.quads():
            merged.add((s, p, o))
        return clause, validate(merged)
    finally:
        ws.close()


def test_an_amount_in_dollars_is_stored_and_read_in_dollars(tmp_path):
    clause, (conforms, report) = _stored_first_clause(tmp_path, "甲市人民政府关于稳外资的若干措施\n甲政发〔2023〕3号\n一、对实际使用外资"
                                                                 "1000万美元以上的新设外资企业，给予一次性奖励50万元。\n甲市人民政府\n2023年5月1日\n")
    assert conforms, report
    assert [(str(a.min_value or a.value), a.currency, a.threshold) for a in clause.amounts] == [
        ("10000000", "USD", True), ("500000", "CNY", False)]


def test_a_rate_in_percentage_points_is_stored_and_read_in_points(tmp_path):
    clause, (conforms, report) = _stored_first_clause(tmp_path, "甲市人民政府关于金融支持小微企业的若干措施\n甲政发〔2023〕4号\n一、新发放普惠"
                                                                 "小微企业贷款平均利率较上年下降0.5个百分点，担保费率降至1%以下。\n甲市人民政府\n2023年5月1日\n")
    assert conforms, report
    assert [(str(r.percent), r.unit) for r in clause.rates] == [("0.5", "percentage_point"), ("1", "percent")]


def test_the_quad_count_is_the_sparql_count_of_the_named_graphs(tmp_path):
    """The store counts its own quads (faster than COUNT(*) over every quad): those of the named graphs, not a
    default graph's, as the SPARQL count reads them; /health's figure (reads.stats) is the same."""
    import pyoxigraph as ox
    from policykg.graph import reads
    from policykg.graph.store import EmbeddedStore

    store = EmbeddedStore(tmp_path / "store")
    s, p = ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p")
    quads = [ox.Quad(s, p, ox.Literal(str(i)), ox.NamedNode(f"http://example.org/g{i % 3}")) for i in range(7)]
    quads.append(ox.Quad(s, p, ox.Literal("in the default graph"), ox.DefaultGraph()))
    store._store.extend(quads)
    counted = store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"]
    assert counted == store.triple_count() == reads.stats(store).triples == 7
    store.close()


def test_a_wen_hao_held_by_two_documents_names_both(monkeypatch):
    """The same 文号 in two places (or a document and its copy) is no one document: the error names each."""
    from policykg.graph import reads

    two = [reads.DocumentSummary(id=f"jinzhengfa-2023-1-{code}", iri=f"x:{code}", doc_number="津政发〔2023〕1号",
                                 jurisdiction=place, source_file="a.txt") for code, place in (("120000", "天津市"), ("140700", "晋中市"))]
    monkeypatch.setattr(reads, "all_documents", lambda store, base=reads.DEFAULT_BASE: two)
    with pytest.raises(reads.BadId) as error:
        reads.document_id_of(None, "津政发[2023]1号")
    assert "jinzhengfa-2023-1-120000 (天津市)" in str(error.value) and "jinzhengfa-2023-1-140700 (晋中市)" in str(error.value)
    monkeypatch.setattr(reads, "all_documents", lambda store, base=reads.DEFAULT_BASE: two[:1])
    assert reads.document_id_of(None, "津政发〔2023〕 1号") == "jinzhengfa-2023-1-120000"
