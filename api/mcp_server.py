"""The MCP server: the graph's reads as tools for chat front ends, with the official ``mcp`` SDK.

``policykg mcp`` speaks MCP over stdio; ``policykg serve`` also mounts it as streamable HTTP under
``/mcp/``. Tools: ``search``, ``get_clause``, ``get_document``, ``lookup_unit``,
``compare_cities`` and ``sparql`` (read-only, time-limited). Every hit and clause cites its source:
title, 文号, clause path and number, source file relative to the corpus, character offsets.
Package errors become tool errors (``isError``) whose text starts with the error's kind.
"""
from __future__ import annotations

import datetime as dt
import json
from contextlib import asynccontextmanager
from dataclasses import asdict
from typing import Annotated, Literal

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import ToolAnnotations
from policykg.graph import reads
from policykg.graph.errors import QueryError
from policykg.graph.search.index import SearchFilters
from policykg.graph.sparql import check_query, in_users_lines
from policykg.ingest.errors import PolicyKGError
from pydantic import BaseModel, Field

from . import __version__
from .understood import Understood

MAX_SPARQL_ROWS = 500
MAX_K = 50  # hits a search tool call returns at most (a chat context holds a few; /search allows 100)
READ_ONLY = ToolAnnotations(readOnlyHint=True, destructiveHint=False, idempotentHint=True, openWorldHint=False)
INSTRUCTIONS = (
    "政策知识图谱 (policykg): Chinese government policy documents as clauses with responsibility units, amounts, "
    "periods and references. Use `search` for a question in Chinese, then `get_clause` or `get_document` for the full "
    "text; cite each answer with the title, 文号 and clause path the tools return. A search's `good_match` false means no "
    "hit answers well: say so rather than quote an unrelated clause. `relevance` (0..1) compares hits across queries; "
    "`score` only orders one query's hits. With `dense` false (keyword search only: no semantic model, or it is still "
    "embedding), good_match only says the query's words were found: check that the quoted text answers the question."
)


class AnswerQuote(BaseModel):
    text: str = Field(description="The sentence(s) of the clause that best match the query: quote these")
    start: int = Field(description="Offset of the quote in the clause text")
    end: int
    source_start: int | None = Field(None, description="Offset of the quote in the source file (None if it could not be aligned)")
    source_end: int | None = None


class SearchHit(BaseModel):
    clause_id: str = Field(description="<document id>/<clause path> (or <document id>/segment/N), for get_clause")
    kind: str = Field("clause", description="clause, or preamble / closing: text of the document outside its clauses")
    text: str
    score: float = Field(description="Fused rank score (reciprocal-rank fusion); compare hits of one query only")
    relevance: float = Field(description="0..1, comparable across queries: the query's words found and the meaning's closeness")
    good_match: bool = Field(description="relevance is high enough to answer from this hit")
    answer: AnswerQuote
    citation: reads.Citation


class SearchResults(BaseModel):
    query: str
    good_match: bool = Field(description="False: no hit answers well; say so rather than quote an unrelated clause")
    dense: bool = Field(description="Whether the semantic model took part; false: keyword search only, and good_match "
                                    "only says the query's words were found")
    understood: Understood = Field(description="What the query was read to name (places, years, units) and what the search did with it")
    hits: list[SearchHit]


class SparqlResult(BaseModel):
    form: str = Field(description="SELECT, ASK, CONSTRUCT or DESCRIBE")
    variables: list[str] = []
    rows: list[dict[str, str]] = Field([], description="SELECT: each row's bound values as text")
    boolean: bool | None = None
    turtle: str | None = Field(None, description="CONSTRUCT / DESCRIBE: the triples as Turtle")
    truncated: bool = False


def build_server(workspace, settings) -> MCPServer:
    """An MCP server over one workspace (its store and search index)."""
    server = MCPServer("policykg", version=__version__, instructions=INSTRUCTIONS)
    base = workspace.iris.base

    def store():
        refresh = getattr(workspace, "refresh", None)
        if refresh is not None:
            refresh()  # a newer store state appeared: answer from it
        return workspace.store

    @server.tool(annotations=READ_ONLY)
    def search(query: str, k: Annotated[int, Field(ge=1, le=MAX_K, description="hits wanted, 1 to 50")] = 5,
               city: str | None = None, province: str | None = None,
               level: Literal["national", "provincial", "municipal", "county"] | None = None, unit: str | None = None,
               group: str | None = None, instrument: str | None = None, in_force_on: dt.date | None = None) -> SearchResults:
        """Hybrid Chinese search over clauses (e.g. 大学生打零工的社保补贴能领多久). Filters: city (平凉), province,
        level, a responsible unit (市人社局), beneficiary group (高校毕业生), instrument (就业见习补贴), a date the
        clause must be in force on. Each hit has its text and a citation."""
        return _guarded(_search, workspace, store(), base, query, k,
                        SearchFilters(city, province, level, None, unit, group, instrument, in_force_on))

    @server.tool(annotations=READ_ONLY)
    def get_clause(clause_id: str) -> reads.ClauseDetail:
        """One clause by id (<document id>/<path>, e.g. pingzhengfa-2019-1-620800/4.10) or IRI: text, citation,
        responsible units with roles, amounts with bounds and payment units, rates, periods, references. A hit on
        a document's preamble or closing (kind, id <document id>/segment/N) is fetched the same way."""
        return _guarded(reads.clause, store(), clause_id, base=base)

    @server.tool(annotations=READ_ONLY)
    def get_document(document_id: str) -> reads.DocumentDetail:
        """One document by id (e.g. pingzhengfa-2019-1-620800) or by its 文号 (平政发〔2019〕1号): title, 文号, date,
        issuers, place, level, its clauses in document order and the documents it cites or implements."""
        return _guarded(lambda: reads.document(store(), reads.document_id_of(store(), document_id, base=base), base=base))

    @server.tool(annotations=READ_ONLY)
    def lookup_unit(name: str) -> reads.UnitMatches:
        """Responsibility units by a whole name, part of one or a short alias (人社局, 发改委) or a functional
        type (财政部门); every matching unit grouped by city, best match first."""
        return _guarded(reads.find_units, store(), name, base=base)

    @server.tool(annotations=READ_ONLY)
    def compare_cities(instrument: str | None = None, group: str | None = None, unit: str | None = None) -> reads.Comparison:
        """What each city's clauses say about one policy instrument (就业见习补贴), beneficiary group (高校毕业生) or
        unit (市人社局): exact amounts with bounds and payment units, rates told apart from thresholds, periods."""
        return _guarded(reads.compare, store(), instrument=instrument, group=group, unit=unit, base=base)

    @server.tool(annotations=READ_ONLY)
    def sparql(query: str) -> SparqlResult:
        """A read-only SPARQL 1.1 query over the graph (prefixes pol:, eli:, skos:, org:, schema:, time: are
        predeclared). Updates and SERVICE are refused; the query is stopped at the server's time limit;
        at most 500 rows come back."""
        return _guarded(_sparql, store(), query, settings.query_timeout)

    return server


def _guarded(function, *args, **kwargs):
    """Run a read; the package's errors become a tool error naming their kind."""
    try:
        return function(*args, **kwargs)
    except PolicyKGError as exc:
        raise ToolError(f"{getattr(exc, 'kind', 'bad_input')}: {exc}") from exc


def _search(workspace, store, base: str, query: str, k: int, filters: SearchFilters) -> SearchResults:
    index = workspace.search_index
    if index is None:
        raise ToolError("unavailable: search is disabled on this server")
    if not 1 <= k <= MAX_K:
        raise ToolError(f"bad_input: k must be between 1 and {MAX_K}")
    if not query.strip():
        raise ToolError("bad_input: query is empty: give a question or keywords")
    result = index.search_response(query, k, filters, "hybrid")
    hits = []
    for hit in result.hits:
        h = asdict(hit)
        document_id = reads.document_id(h["document"], base)
        hits.append(SearchHit(
            clause_id=reads.clause_id(h["clause"], base), kind=h["kind"], text=h["text"], score=h["score"], relevance=h["relevance"],
            good_match=h["good_match"],
            answer=AnswerQuote(text=h["answer_text"], start=h["answer_start"], end=h["answer_end"],
                               source_start=h["answer_source_start"], source_end=h["answer_source_end"]),
            citation=reads.Citation(document_id=document_id, document=h["document"], title=h["title"], doc_number=h["doc_number"],
                                    clause_number=h["number"], clause_path=h["path"], label=h["label"], parents=h["parents"],
                                    source_file=reads.public_path(h["source_file"]), start=h["start"], end=h["end"])))
    return SearchResults(query=query, good_match=result.good_match, dense=result.dense, understood=Understood(**result.understood.as_dict()), hits=hits)


def _sparql(store, query: str, timeout: float) -> SparqlResult:
    from policykg.graph.namespaces import sparql_prefixes

    plan = check_query(query)  # refuses updates and SERVICE
    prefixes = "" if "PREFIX" in query.upper() else sparql_prefixes()
    try:
        return _sparql_result(store, prefixes + query, plan, timeout)
    except QueryError as exc:
        raise in_users_lines(exc, prefixes.count("\n")) from None  # (the prefixes' lines had been counted: 13:26 for 1:26)


def _sparql_result(store, text: str, plan, timeout: float) -> SparqlResult:
    if plan.form in ("CONSTRUCT", "DESCRIBE"):
        payload, _ = store.query_bytes(text, "application/n-triples", timeout=timeout)
        from policykg.graph.store import readable

        lines = payload.decode().splitlines()
        kept = "\n".join(lines[:MAX_SPARQL_ROWS]).encode()
        return SparqlResult(form=plan.form, turtle=readable(kept, "application/n-triples", "text/turtle").decode(),
                            truncated=len(lines) > MAX_SPARQL_ROWS)
    payload, _ = store.query_bytes(text, "application/sparql-results+json", timeout=timeout)
    result = json.loads(payload)
    if "boolean" in result:
        return SparqlResult(form=plan.form, boolean=result["boolean"])
    bindings = result["results"]["bindings"]
    rows = [{name: term["value"] for name, term in b.items()} for b in bindings[:MAX_SPARQL_ROWS]]
    return SparqlResult(form=plan.form, variables=result["head"]["vars"], rows=rows, truncated=len(bindings) > MAX_SPARQL_ROWS)


# --- transports --------------------------------------------------------------------------------
def run_stdio(workspace, settings) -> None:
    """``policykg mcp``: serve MCP on stdin/stdout until the client closes it. Like ``policykg
    serve``, it embeds an index's missing passages in the background (after ``make run``'s
    BM25-only ingest, a chat client started alone would otherwise search by BM25 for good)."""
    if settings.embed_in_background:
        workspace.embed_in_background()
    try:
        build_server(workspace, settings).run("stdio")
    finally:
        workspace.close()


def mount(app, workspace, settings):
    """Mount streamable HTTP under ``/mcp/`` on the web app; returns the context the app's lifespan
    must enter (Starlette runs no mounted app's own lifespan)."""
    from starlette.routing import Route

    server = build_server(workspace, settings)
    endpoint = _Endpoint()
    app.mount("/mcp", endpoint)
    app.router.routes.append(Route("/mcp", _Unslashed(endpoint)))  # (a POST to /mcp had been redirected to /mcp/)

    @asynccontextmanager
    async def running():
        # the SDK's session manager runs once: each start of the web app gets a fresh one
        endpoint.app = server.streamable_http_app(streamable_http_path="/", host=settings.host)
        async with server.session_manager.run():
            yield
        endpoint.app = None

    return running


class _Unslashed:
    """``/mcp`` answered as ``/mcp/`` is: a client may not follow the redirect a POST would get (307)."""

    def __init__(self, endpoint):
        self.endpoint = endpoint

    async def __call__(self, scope, receive, send):
        root = scope.get("root_path", "")
        await self.endpoint({**scope, "path": f"{root}/mcp/", "raw_path": f"{root}/mcp/".encode(), "root_path": f"{root}/mcp",
                             "app_root_path": scope.get("app_root_path", root)}, receive, send)


class _Endpoint:
    """The ASGI app under /mcp/, swapped for a new one each time the web app starts."""

    app = None

    async def __call__(self, scope, receive, send):
        if self.app is None:
            from starlette.responses import PlainTextResponse

            return await PlainTextResponse("MCP is not running", status_code=503)(scope, receive, send)
        await self.app(scope, receive, send)
