"""Hostile input: ids and parameters never reach the query text unescaped and never give a 5xx;
SERVICE is found wherever the grammar allows it and nowhere else; the whole OpenAPI surface,
fuzzed by schemathesis, answers without a server error."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policykg.api.app import create_app
from policykg.api.settings import Settings
from policykg.graph import reads
from policykg.graph.errors import QueryError, ServiceRefused
from policykg.graph.queries import render, values_block
from policykg.graph.sparql import check_query
from policykg.ingest.errors import PolicyKGError

HOSTILE = st.one_of(
    st.text(max_size=60),
    st.sampled_from([
        '"} UNION { ?s ?p ?o } #', "> } ; DROP ALL ; <", "x\\u0022", "a/b/../../c", "%00", "pingzhengfa-2019-1-620800/4.10>",
        "pingzhengfa-2019-1-620800/4.10\" }", "' OR 1=1", "<http://127.0.0.1:1/>", "\x00\x01", "𠀀" * 30, "a" * 5000,
    ]),
)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def api(workspace):
    app = create_app(Settings(data_dir=workspace.data_dir, dense=False, query_timeout=5, query_workers=2), workspace)
    with TestClient(app, client=("10.1.0.1", 1)) as client:
        yield client


@pytest.fixture(scope="module")
def store(workspace):
    return workspace.store


# --- terms, not text -------------------------------------------------------------------------
def test_a_label_with_quotes_and_braces_is_one_literal():
    block = values_block({"name": 'x" } UNION { ?s ?p ?o } #'}, {"name": "zh"})
    assert block == 'VALUES ?name { "x\\" } UNION { ?s ?p ?o } #"@zh }'
    # the store reads it back as the same single string
    solutions = ox.Store().query(f"SELECT ?name WHERE {{ {block} }}")
    assert [s["name"].value for s in solutions] == ['x" } UNION { ?s ?p ?o } #']


def test_a_malformed_iri_is_refused_before_any_query():
    with pytest.raises(QueryError):
        render("unit_clauses", unit="https://w3id.org/policykg/id/org/x> } ; DROP ALL ; <y")


def test_injected_label_matches_nothing(store):
    assert reads.rows(store, "unit_clauses", unit="https://w3id.org/policykg/id/org/x") == []
    rows = store.select(render("unit_clauses", with_prefixes=False, name='市人社局" || true || "'))
    assert rows == []


@FAST
@given(HOSTILE)
def test_read_functions_raise_only_their_own_errors(store, text):
    for call in (lambda: reads.document(store, text), lambda: reads.clause(store, text), lambda: reads.find_units(store, text),
                 lambda: reads.unit_clauses(store, text), lambda: reads.compare(store, instrument=text),
                 lambda: reads.clause_rdf(store, text)):
        try:
            call()
        except PolicyKGError as exc:
            assert exc.kind in ("bad_input", "not_found")


# --- hostile requests never give 5xx ----------------------------------------------------------
@FAST
@given(HOSTILE)
def test_hostile_ids_in_paths_are_client_errors(api, text):
    from urllib.parse import quote

    for path in (f"/documents/{quote(text, safe='')}", f"/clauses/{quote(text, safe='/')}", f"/units/{quote(text, safe='')}/clauses",
                 f"/units/{quote(text, safe='')}"):
        r = api.get(path)
        assert r.status_code < 500, (path, r.text)
        if r.status_code != 200:
            assert r.status_code in (400, 404, 405, 422) and "error" in r.json(), (path, r.text)


@FAST
@given(HOSTILE, st.sampled_from(["q", "instrument", "group", "unit", "city", "role", "limit", "offset", "format", "default-graph-uri"]))
def test_hostile_query_parameters_are_client_errors(api, text, name):
    for path in ("/units", "/compare", "/documents", "/units/9f29aeec48a8/clauses", "/search"):
        r = api.get(path, params={name: text, "q": text} if path in ("/units", "/search") else {name: text})
        assert r.status_code < 500, (path, name, r.text)
    r = api.get("/sparql", params={"query": "ASK {}", name: text})
    assert r.status_code < 500, r.text


@FAST
@given(st.binary(max_size=200))
def test_arbitrary_bytes_as_a_query_are_client_errors(api, body):
    r = api.post("/sparql", content=body, headers={"Content-Type": "application/sparql-query"})
    assert r.status_code in (200, 400, 403), r.text


# --- SERVICE ----------------------------------------------------------------------------------
@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:1/> { ?s ?p ?o } }",
    "SELECT * WHERE {\n  ?a ?b ?c .\n  service\n  <http://10.0.0.1/sparql> { ?s ?p ?o } }",
    "PREFIX e: <http://evil/>\nSELECT * WHERE { SERVICE e:sparql { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } VALUES ?endpoint { <http://evil/> } }",
    "SELECT * WHERE { { SELECT * WHERE { SERVICE <http://evil/> { ?s ?p ?o } } } }",
    "ASK { FILTER EXISTS { SERVICE <http://evil/> { ?s ?p ?o } } }",
])
def test_service_is_found_wherever_it_is(query):
    with pytest.raises(ServiceRefused):
        check_query(query)


@pytest.mark.parametrize("query", [
    'SELECT ("SERVICE <http://evil/> {}" AS ?x) WHERE {}',
    "SELECT ('''\nSERVICE <http://evil/>\n''' AS ?x) WHERE {}",
    "SELECT * WHERE { ?s <http://x/SERVICE> ?o }  # SERVICE <http://evil/>",
    "PREFIX x: <http://x/>\nSELECT * WHERE { ?s x:SERVICE ?o }",
])
def test_service_in_strings_iris_and_comments_is_not_a_call(query):
    assert check_query(query).form == "SELECT"


def test_an_allowed_endpoint_passes_and_others_do_not():
    allowed = ("http://localhost:7878/query",)
    assert check_query("SELECT * WHERE { SERVICE <http://localhost:7878/query> { ?s ?p ?o } }", allowed).services == allowed
    with pytest.raises(ServiceRefused):
        check_query("SELECT * WHERE { SERVICE <http://localhost:7878/query> {} SERVICE <http://other/> {} }", allowed)


# --- the whole OpenAPI surface ----------------------------------------------------------------
def test_no_operation_answers_with_a_server_error(workspace):
    """schemathesis generates cases from the OpenAPI of every operation, valid and not."""
    app = create_app(Settings(data_dir=workspace.data_dir, dense=False, query_timeout=3, query_workers=2), workspace)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 9
    for operation in operations:
        @given(operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            response = case.call()
            assert response.status_code < 500, (case.method, case.formatted_path, case.query, response.text[:500])

        check()


def test_a_body_past_the_limit_is_refused_without_reading_it_all(api):
    """A POSTed query over 1 MiB: 413 body_too_large, whether its length is declared (a query body,
    a form) or not (chunked); a query just under the limit is read."""
    from policykg.api.sparql_protocol import MAX_BODY_BYTES

    long_query = "ASK {}" + " " * MAX_BODY_BYTES
    for request in (dict(content=long_query.encode(), headers={"Content-Type": "application/sparql-query"}),
                    dict(data={"query": long_query}),
                    dict(content=(b" " * 65536 for _ in range(MAX_BODY_BYTES // 65536 + 2)),
                         headers={"Content-Type": "application/sparql-query"}),
                    # a chunked form of many fields each under Starlette's own per-field limit
                    dict(content=(chunk for chunk in [b"query=ASK%20%7B%7D"] + [b"&x=" + b"a" * 900_000] * 4),
                         headers={"Content-Type": "application/x-www-form-urlencoded"}),
                    dict(files={"upload": ("big.bin", b"a" * (3 << 20))}, data={"query": "ASK {}"})):
        answer = api.post("/sparql", **request)
        assert answer.status_code == 413 and answer.json()["error"]["code"] == "body_too_large"
    fits = api.post("/sparql", content=("ASK {}" + " " * (MAX_BODY_BYTES - 100)).encode(),
                    headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    assert fits.status_code == 200 and fits.json()["boolean"] is True
