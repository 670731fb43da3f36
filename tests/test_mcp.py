"""The MCP server through the SDK's own client: in memory over the seed corpus, over stdio as
`policykg mcp` runs it, and as streamable HTTP under a real `policykg serve`."""
from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest
from conftest import CORPUS
from mcp import Client, StdioServerParameters
from policykg.api.mcp_server import build_server
from policykg.api.settings import Settings

TOOLS = {"search", "get_clause", "get_document", "lookup_unit", "compare_cities", "sparql"}
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def server(workspace):
    return build_server(workspace, Settings(data_dir=workspace.data_dir, dense=False, query_timeout=2))


def call(target, tool: str, **arguments):
    async def go():
        async with Client(target) as client:
            return await client.call_tool(tool, arguments)
    return asyncio.run(go())


def test_lists_the_six_read_only_tools(server):
    async def go():
        async with Client(server) as client:
            return (await client.list_tools()).tools
    tools = asyncio.run(go())
    assert {t.name for t in tools} == TOOLS
    assert all(t.annotations.read_only_hint for t in tools)


def test_search_hits_cite_their_source(server, workspace):
    result = call(server, "search", query="见习补贴每人每月多少钱", k=3)
    assert not result.is_error
    hits = result.structured_content["hits"]
    assert hits
    for hit in hits:
        clause = call(server, "get_clause", clause_id=hit["clause_id"]).structured_content
        assert hit["citation"] == clause["citation"], "the hit cites exactly what the clause page says"
        assert not hit["citation"]["source_file"].startswith("/")
    assert "见习" in hits[0]["text"]


def test_a_hits_citation_names_the_numbers_above_its_clause(server):
    """松原's items are numbered （一）, （二）… under each part: a citation said （一） alone (h307 F9); it says 二、 （一） as the
    clause's own citation does."""
    hits = call(server, "search", query="就业创业", k=20, city="松原").structured_content["hits"]
    firsts = [h["citation"] for h in hits if h["citation"]["clause_number"] == "（一）"]
    assert len(firsts) >= 2 and len({c["label"] for c in firsts}) == len(firsts)
    assert all(c["label"] == f"{c['parents'][-1]['number']} （一）" for c in firsts)
    clause = call(server, "get_clause", clause_id=f"{firsts[0]['document_id']}/{firsts[0]['clause_path']}").structured_content
    assert clause["citation"]["label"] == firsts[0]["label"]


def test_search_hits_carry_a_quote_with_source_offsets_and_a_relevance_signal(server, workspace):
    result = call(server, "search", query="在平凉，吸纳就业见习人员的单位每人每月补贴多少", k=3).structured_content
    assert result["good_match"] and any("平凉" in note for note in result["understood"]["applied"])
    assert [p["name"] for p in result["understood"]["places"]] == ["平凉市"]  # as /search says it, not its notes only
    best = result["hits"][0]
    assert best["good_match"] and 0 < best["relevance"] <= 1 and "1000元" in best["answer"]["text"]
    quote = best["answer"]
    assert best["text"][quote["start"]:quote["end"]] == quote["text"]
    source = (CORPUS / Path(best["citation"]["source_file"]).name).read_text(encoding="utf-8")
    assert "".join(source[quote["source_start"]:quote["source_end"]].split()) == "".join(quote["text"].split())
    off_topic = call(server, "search", query="月球基地的氧气配额怎么分配", k=3).structured_content
    assert not off_topic["good_match"], "an unrelated question is flagged, so the chat can say there is no answer"
    # the workspace searches by keywords only, and each result says so (the instructions tell the model what that means)
    assert workspace.search_index.vectors is None and result["dense"] is off_topic["dense"] is False


def test_the_instructions_point_the_model_at_the_match_signal_not_the_fused_score(server):
    """The fused score of a top hit is always above 0.01: the instructions had called lower scores weak matches."""
    instructions = server.instructions
    assert "good_match" in instructions and "dense" in instructions and "0.01" not in instructions


def test_get_document_takes_a_wen_hao_as_a_chat_client_has_it(server):
    """A chat model often has only the 文号 from a question: it had been refused as no document id."""
    by_id = call(server, "get_document", document_id="pingzhengfa-2019-1-620800").structured_content
    for number in ("平政发〔2019〕1号", "平政发[2019] 1 号"):
        assert call(server, "get_document", document_id=number).structured_content == by_id
    missing = call(server, "get_document", document_id="某政发〔2019〕99号")
    assert missing.is_error and "not_found: no document holds the 文号" in missing.content[0].text
    bad = call(server, "get_document", document_id="../etc/passwd")
    assert bad.is_error and "bad_input:" in bad.content[0].text


def test_get_document_and_clause_agree(server):
    doc = call(server, "get_document", document_id="pingzhengfa-2019-1-620800").structured_content
    assert doc["doc_number"] == "平政发〔2019〕1号"
    first = call(server, "get_clause", clause_id=doc["clauses"][0]["id"]).structured_content
    assert first["citation"]["document_id"] == "pingzhengfa-2019-1-620800" and first["path"] == doc["clauses"][0]["path"]


def test_lookup_unit_by_alias_groups_by_city(server):
    found = call(server, "lookup_unit", name="人社局").structured_content
    cities = [c["jurisdiction"] for c in found["cities"]]
    assert len(cities) == len(set(cities)) >= 2
    best = [c["units"][0] for c in found["cities"]]
    assert all(any("人社局" in n or "人力资源和社会保障" in n for n in [u["canonical"], *u["aliases"]]) for u in best)


def test_compare_cities_gives_amounts_with_payment_units(server):
    rows = call(server, "compare_cities", instrument="就业见习补贴").structured_content["rows"]
    assert len({r["jurisdiction"] for r in rows}) >= 2
    amounts = [a for r in rows for a in r["amounts"]]
    assert amounts and all(a["payment_unit"]["code"] and a["payment_unit"]["label"] for a in amounts if a["payment_unit"])


def test_sparql_is_read_only_and_time_limited(server):
    ok = call(server, "sparql", query="SELECT ?n WHERE { ?d a pol:PolicyDocument ; eli:id_local ?n }").structured_content
    assert "平政发〔2019〕1号" in [r["n"] for r in ok["rows"]]
    assert call(server, "sparql", query="ASK { ?c pol:leadUnit ?u }").structured_content["boolean"] is True
    built = call(server, "sparql", query="CONSTRUCT { ?d eli:title ?t } WHERE { ?d eli:id_local \"平政发〔2019〕1号\" ; eli:title ?t }")
    assert built.structured_content["turtle"].startswith("@prefix")
    refused = call(server, "sparql", query="DELETE WHERE { ?s ?p ?o }")
    assert refused.is_error and "forbidden" in refused.content[0].text
    stopped = call(server, "sparql", query=RUNAWAY)
    assert stopped.is_error and "limit_exceeded" in stopped.content[0].text


def test_the_search_tools_schema_states_the_bounds_of_k(server):
    """k is 1 to 50: the schema says so (a client had no way to know), and a call outside them is refused."""
    async def go():
        async with Client(server) as client:
            return (await client.list_tools()).tools
    k = next(t for t in asyncio.run(go()) if t.name == "search").input_schema["properties"]["k"]
    assert (k["minimum"], k["maximum"]) == (1, 50)
    assert call(server, "search", query="见习补贴", k=51).is_error


def test_a_sparql_syntax_error_gives_the_line_and_column_of_the_users_text(server):
    """The tool predeclares the project's prefixes: the error had said 13:26 for the user's 1:26 (the CLI and /sparql said 1:26)."""
    wrong = call(server, "sparql", query="SELECT ?s WHERE { ?s ?p }")
    assert wrong.is_error and "error at line 1, column 26" in wrong.content[0].text, wrong.content[0].text
    declared = call(server, "sparql", query="PREFIX pol: <https://w3id.org/policykg/ns#>\nSELECT ?s WHERE { ?s ?p }")
    assert declared.is_error and "line 2, column 26" in declared.content[0].text  # its own prefix line counts


def test_every_hit_can_be_fetched_by_get_clause_a_preamble_or_closing_too(server):
    hits = call(server, "search", query="现将有关事项通知如下", k=10).structured_content["hits"]
    assert {h["kind"] for h in hits} - {"clause"}, "the query finds a document's own words outside its clauses"
    for hit in hits:
        fetched = call(server, "get_clause", clause_id=hit["clause_id"])
        assert not fetched.is_error, hit["clause_id"]
        assert fetched.structured_content["kind"] == hit["kind"] and hit["text"] in fetched.structured_content["text"]


def test_bad_ids_are_tool_errors_naming_the_parameter(server):
    result = call(server, "get_clause", clause_id="nope")
    assert result.is_error and "bad_input" in result.content[0].text and "clause" in result.content[0].text
    assert "not_found" in call(server, "get_document", document_id="no-such-doc-1").content[0].text


@pytest.mark.slow
def test_policykg_mcp_over_stdio(workspace):
    params = StdioServerParameters(command=sys.executable, args=["-m", "policykg.api.cli", "mcp", "--data", str(workspace.data_dir)],
                                   env={**os.environ, "POLICYKG_DENSE": "false"})

    async def go():
        async with Client(params, read_timeout_seconds=120) as client:
            names = {t.name for t in (await client.list_tools()).tools}
            return names, await client.call_tool("search", {"query": "创业担保贷款", "k": 2})
    names, result = asyncio.run(go())
    assert names == TOOLS
    assert not result.is_error and result.structured_content["hits"][0]["citation"]["title"]


@pytest.mark.slow
def test_streamable_http_under_serve(workspace):
    from servers import policykg_server

    env = {**os.environ, "POLICYKG_DENSE": "false", "POLICYKG_QUERY_WORKERS": "1"}
    with policykg_server(str(workspace.data_dir), env) as url:
        result = call(f"{url}/mcp/", "lookup_unit", name="市人社局")
        unslashed = call(f"{url}/mcp", "lookup_unit", name="市人社局")  # (had been a redirect, 307, for a POST)
    assert not result.is_error and result.structured_content["total"] >= 2
    assert unslashed.structured_content == result.structured_content


def test_the_endpoint_answers_at_mcp_with_or_without_its_slash(workspace):
    """POST /mcp had been redirected (307) to /mcp/: a client that does not follow a POST's redirect failed."""
    from fastapi.testclient import TestClient
    from policykg.api.app import create_app

    initialize = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                  "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "test", "version": "1"}}}
    headers = {"Accept": "application/json, text/event-stream"}
    settings = Settings(data_dir=workspace.data_dir, dense=False, query_workers=1)
    with TestClient(create_app(settings, workspace), base_url="http://127.0.0.1:8000") as client:
        answers = [client.post(path, json=initialize, headers=headers, follow_redirects=False) for path in ("/mcp/", "/mcp")]
    assert [a.status_code for a in answers] == [200, 200]
    assert all('"serverInfo":{"name":"policykg"' in a.text for a in answers)
