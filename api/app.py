"""The HTTP API. ``create_app(settings, workspace)`` builds an app around a given workspace, so
tests and embedders can hand it a small graph; ``policykg serve`` opens the data directory.

Every route reads through ``policykg.graph.reads`` (no SPARQL text here). Per request the
workspace is asked whether a newer store state appeared (``Workspace.refresh()``), and the
request then works on that one store.
"""
from __future__ import annotations

import datetime as dt
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import pyoxigraph as ox
from fastapi import APIRouter, FastAPI, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import PlainTextResponse, Response
from policykg.graph import reads
from policykg.graph.search.index import SearchFilters
from policykg.graph.workspace import Workspace
from policykg.ingest.errors import UnreadableFileError
from policykg.ingest.reading import read_source
from pydantic import BaseModel, ConfigDict, Field

from . import __version__, mcp_server, web
from .errors import ERROR_RESPONSES, ApiError, QueryStringCheck, install_error_handlers
from .http_head import HeadAsGet
from .settings import Settings
from .sparql_protocol import GRAPH_TYPES, SparqlEngine, SparqlFastPath, negotiate
from .sparql_protocol import router as sparql_router
from .understood import Understood


@dataclass
class Services:
    settings: Settings
    workspace: Workspace
    sparql: SparqlEngine
    health_cache: dict = field(default_factory=dict)  # id(store) -> (state, stats)


def open_workspace(settings: Settings, read_only: bool = True) -> Workspace:
    store = None
    if settings.sparql_url:
        from policykg.graph.store import RemoteStore

        store = RemoteStore(settings.sparql_url, settings.sparql_update_url)
    return Workspace(settings.data_dir, base=settings.base_iri, store=store, read_only=read_only, model=settings.model,
                     dense=settings.dense, model_cache=settings.model_cache)


def create_app(settings: Settings | None = None, workspace: Workspace | None = None) -> FastAPI:
    settings = settings or Settings()
    owned = workspace is None  # opened here: closed here at shutdown (its store's snapshot removed, graph/snapshots.py)
    workspace = workspace or open_workspace(settings)
    engine = SparqlEngine(settings, workspace)

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        engine.warm()  # query workers start with the server, not with the first query
        _embed_in_background(settings, workspace)
        async with mcp_running():  # the MCP session manager: Starlette runs no mounted app's lifespan
            yield
        engine.stop()
        background = getattr(workspace, "background_embedding", None)
        if background is not None:
            background.stop()
        if owned:
            workspace.close()

    app = FastAPI(
        lifespan=lifespan,
        title="policykg",
        version=__version__,
        description="政策知识图谱: Chinese government policy documents as a knowledge graph. SPARQL 1.1 endpoint, "
        "hybrid Chinese search with citations, responsibility-unit lookup and city comparison. Errors have one shape: "
        '`{"error": {"status", "code", "message", "detail"}}`.',
        responses=ERROR_RESPONSES,
        docs_url=None, redoc_url=None,  # served offline by api/web.py
    )
    app.state.services = Services(settings, workspace, engine)
    install_error_handlers(app, page=web.error_page)  # a browser at a UI page gets the error as a page
    app.add_middleware(SparqlFastPath)  # added first: CORS, added after, wraps it
    app.add_middleware(QueryStringCheck)  # before any route reads a parameter, the fast path's too
    app.add_middleware(HeadAsGet)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["Accept", "Content-Type"])
    app.include_router(sparql_router)
    app.include_router(router)
    web.mount_static(app)
    app.include_router(web.router)
    mcp_running = mcp_server.mount(app, workspace, settings)  # MCP as streamable HTTP under /mcp/
    return app


router = APIRouter()


def _embed_in_background(settings: Settings, workspace) -> None:
    """Embed an index's missing vectors while serving BM25, now and whenever a BM25-only ingest
    swaps such an index in (``graph/passage_embedding.py``)."""
    start = getattr(workspace, "embed_in_background", None)
    if settings.embed_in_background and start is not None:
        start()


def _services(request: Request) -> Services:
    return request.app.state.services


def _store(request: Request):
    """The store this request works on: the newest state, checked once per request. For the
    embedded store this is the pyoxigraph store itself, so a request that started before a
    refresh keeps reading the store it began with, whole."""
    services = _services(request)
    services.sparql.follow(services.workspace)
    store = services.workspace.store
    native = getattr(store, "_store", None)
    return native if isinstance(native, ox.Store) else store


def _base(request: Request) -> str:
    return _services(request).workspace.iris.base


def _wants_rdf(request: Request) -> str | None:
    """The RDF media type the client asks for by Accept, else None (JSON)."""
    accept = request.headers.get("accept", "")
    if not any(t in accept for t in GRAPH_TYPES):
        return None
    return negotiate(accept, GRAPH_TYPES) or "text/turtle"


RDF_CONTENT = {200: {"content": {t: {} for t in GRAPH_TYPES}, "description": "JSON by default; RDF when the Accept header asks for it"}}


# --- search ----------------------------------------------------------------------------------
class SearchHit(BaseModel):
    model_config = ConfigDict(extra="allow")
    clause: str = Field(description="Clause IRI")
    document: str = Field(description="Document IRI")
    title: str | None = None
    doc_number: str | None = None
    path: str
    number: str = Field(description="As printed (（一）, 第七条); the same number repeats within a document: see label")
    label: str = Field("", description="Its number after those of the sections and clauses above it, outermost first "
                                       "(第二章 第七条 （一）), as /clauses/{id}/{path} cites it")
    parents: list[reads.ClauseParent] = Field(default_factory=list, description="The sections and clauses above it, outermost first")
    text: str
    snippet: str = Field(description="The text with <mark> around matching words")
    score: float
    start: int = Field(description="Offset of the clause in its source file")
    end: int
    source_file: str = Field(description="Source file: its path from the data folder's parent (e.g. corpus/上海_01.txt), or only its name when it lies elsewhere")


class DocumentGroup(BaseModel):
    document: str = Field(description="Document IRI")
    title: str | None = None
    doc_number: str | None = None
    city: str | None = None
    province: str | None = None
    date: str | None = None
    best_score: float
    clauses: list[str] = Field(description="IRIs of this document's hits, best first")


class SearchResponse(BaseModel):
    query: str
    mode: str
    filters: dict[str, str | None]
    good_match: bool = Field(description="The best hit is a good match; false: say there is no good answer")
    dense: bool = Field(description="Dense vectors took part in the ranking; false in bm25 mode, with dense search off, or "
                        "while the server is still embedding the passages (/health: index.vectors)")
    understood: Understood
    hits: list[SearchHit]
    groups: list[DocumentGroup] | None = Field(None, description="With group_by_document: the hits' documents, best first")


@router.get("/search", tags=["search"], summary="Hybrid Chinese search over clauses, with citations", response_model=SearchResponse)
async def search(
    request: Request,
    q: str = Query(..., min_length=1, max_length=500, pattern=r"\S", description="Question or keywords in Chinese (not only spaces)",
                   examples=["大学生打零工的社保补贴能领多久？"]),
    k: int = Query(10, ge=1, le=100, description="Number of hits"),
    city: str | None = Query(None, max_length=100, examples=["平凉市"]),
    province: str | None = Query(None, max_length=100, examples=["辽宁省"]),
    level: Literal["national", "provincial", "municipal", "county"] | None = None,
    document: str | None = Query(None, max_length=300, description="Document key, IRI or 文号"),
    unit: str | None = Query(None, max_length=100, description="A responsible unit under any of its names, any role", examples=["市人社局"]),
    group: str | None = Query(None, max_length=100, description="Beneficiary group (label, synonym or id)", examples=["高校毕业生"]),
    instrument: str | None = Query(None, max_length=100, description="Policy instrument (label, synonym or id)", examples=["就业见习补贴"]),
    in_force_on: dt.date | None = Query(None, description="Only clauses in force on this date"),
    mode: Literal["hybrid", "bm25", "dense"] = "hybrid",
    group_by_document: bool = Query(False, description="Also list the hits' documents, best first (for comparing places)"),
):
    """Each hit has the clause IRI, document title, 文号, clause path and number, the full text, a snippet
    with `<mark>` around matching words, the fused score and its BM25 and dense parts, a relevance in 0..1
    with `good_match`, the best-matching sentence(s) (`answer_*`, offsets in the clause and in the source
    file) and the character offsets of the clause in its source file. Filters restrict the candidates
    before ranking; places, years and units named in the query are reported in `understood`."""
    _store(request)
    index = _services(request).workspace.search_index
    if index is None:
        raise ApiError(503, "search_unavailable", "search is disabled on this server")
    filters = SearchFilters(city, province, level, document, unit, group, instrument, in_force_on)
    result = await run_in_threadpool(index.search_response, q, k, filters, mode, group_by_document)
    groups = [{**{f: getattr(g, f) for f in ("document", "title", "doc_number", "city", "province", "date", "best_score")},
               "clauses": [h.clause for h in g.hits]} for g in result.groups] if result.groups is not None else None
    return {"query": q, "mode": mode, "filters": {k2: (str(v) if v is not None else None) for k2, v in asdict(filters).items()},
            "good_match": result.good_match, "dense": result.dense, "understood": result.understood.as_dict(),
            "hits": [reads.search_hit(h) for h in result.hits], "groups": groups}


# --- documents and clauses -------------------------------------------------------------------
DOC_ID = Path(..., max_length=200, description="Document id, or the 文号 of the one document holding it (平政发〔2019〕1号)",
              examples=["pingzhengfa-2019-1-620800"])


@router.get("/documents", tags=["documents"], summary="Documents with their metadata, by date, one page at a time",
            response_model=reads.Page[reads.DocumentSummary])
async def documents(request: Request, limit: int = Query(100, ge=1, le=reads.MAX_LIMIT), offset: int = Query(0, ge=0, le=10**9),
                    city: str | None = Query(None, max_length=100, examples=["平凉"]), province: str | None = Query(None, max_length=100),
                    level: Literal["national", "provincial", "municipal", "county"] | None = None,
                    year: int | None = Query(None, ge=1949, le=2100),
                    in_force_on: dt.date | None = Query(None, description="Issued by that day and within the term the text states")):
    filters = reads.DocumentFilters(city=city, province=province, level=level, year=year, in_force_on=in_force_on)
    return await run_in_threadpool(reads.documents, _store(request), limit=limit, offset=offset, filters=filters, base=_base(request))


@router.get("/documents/{doc_id}", tags=["documents"], response_model=reads.DocumentDetail, responses=RDF_CONTENT,
            summary="One document: metadata, clauses in document order, references (JSON, or RDF by Accept)")
async def document(request: Request, doc_id: str = DOC_ID):
    doc_id = await run_in_threadpool(reads.document_id_of, _store(request), doc_id, base=_base(request))  # (a 文号, as MCP takes)
    media = _wants_rdf(request)
    if media:
        payload, media_type = await run_in_threadpool(reads.document_rdf, _store(request), doc_id, media, base=_base(request))
        return Response(payload, media_type=media_type)
    return await run_in_threadpool(reads.document, _store(request), doc_id, base=_base(request))


@router.get("/documents/{doc_id}/source", tags=["documents"], response_class=PlainTextResponse,
            responses={200: {"content": {"text/plain": {}}}, 409: {"description": "the file changed since it was ingested"}},
            summary="The text of the document's source file as ingest read it: citations' source offsets index it")
async def document_source(request: Request, doc_id: str = DOC_ID):
    """The whole file's text (a compilation's too: a document's offsets are into its file), decoded as ingest decoded it
    (UTF-8, GB18030, UTF-16/32; for HTML, .docx and PDF the text extracted), so that `source_text[answer_source_start:
    answer_source_end]` is the quoted sentence as printed. 409 where the file changed since it was ingested, 404 where it
    is gone."""
    store = _store(request)
    doc_id = await run_in_threadpool(reads.document_id_of, store, doc_id, base=_base(request))
    name, digest = await run_in_threadpool(reads.document_source, store, doc_id, base=_base(request))
    workspace = _services(request).workspace
    try:
        source = await run_in_threadpool(read_source, workspace.sources.location(name))
    except UnreadableFileError as exc:
        raise ApiError(404, "not_found", f"the source file of {doc_id} cannot be read now: {exc}", {"parameter": "doc_id"}) from None
    if digest and source.sha256 != digest:
        raise ApiError(409, "source_changed", f"the source file of {doc_id} changed since it was ingested: ingest it again",
                       {"parameter": "doc_id"})
    return PlainTextResponse(source.text)


@router.get("/clauses/{clause_id:path}", tags=["documents"], response_model=reads.ClauseDetail, responses=RDF_CONTENT,
            summary="One clause with its units, amounts, rates, periods and citation (JSON, or RDF by Accept)")
async def clause(request: Request, clause_id: str = Path(..., max_length=300, examples=["pingzhengfa-2019-1-620800/4.10"])):
    """`clause_id` is `<document id>/<path>`, e.g. `pingzhengfa-2019-1-620800/4.10`."""
    media = _wants_rdf(request)
    if media:
        payload, media_type = await run_in_threadpool(reads.clause_rdf, _store(request), clause_id, media, base=_base(request))
        return Response(payload, media_type=media_type)
    return await run_in_threadpool(reads.clause, _store(request), clause_id, base=_base(request))


# --- units ----------------------------------------------------------------------------------
@router.get("/units", tags=["units"], response_model=reads.UnitMatches,
            summary="Find responsibility units by any part of a name, a short alias or a functional type, grouped by city")
async def units(request: Request, q: str = Query(..., min_length=1, max_length=100, examples=["人社局"],
                                                 description="A name, part of one (人社局, 发改委) or a type (财政部门)")):
    return await run_in_threadpool(reads.find_units, _store(request), q, base=_base(request))


@router.get("/units/{unit_id}", tags=["units"], response_model=reads.UnitSummary, summary="One unit: names, city and type")
async def unit(request: Request, unit_id: str = Path(..., max_length=64, examples=["9f29aeec48a8"])):
    return await run_in_threadpool(reads.unit, _store(request), unit_id, base=_base(request))


@router.get("/units/{unit_id}/clauses", tags=["units"], response_model=reads.UnitClauses,
            summary="Clauses a unit is responsible for, by role, in document order")
async def unit_clauses(request: Request, unit_id: str = Path(..., max_length=64, examples=["9f29aeec48a8"]),
                       role: Literal["lead", "co", "inherited", "any"] = "any",
                       limit: int = Query(100, ge=1, le=reads.MAX_LIMIT), offset: int = Query(0, ge=0, le=10**9)):
    return await run_in_threadpool(reads.unit_clauses, _store(request), unit_id, role, limit=limit, offset=offset, base=_base(request))


# --- comparison -----------------------------------------------------------------------------
@router.get("/compare", tags=["compare"], response_model=reads.Comparison,
            summary="Compare cities: one row per clause naming an instrument, group or unit")
async def compare(request: Request, instrument: str | None = Query(None, max_length=100, examples=["就业见习补贴"]),
                  group: str | None = Query(None, max_length=100, examples=["高校毕业生"]),
                  unit: str | None = Query(None, max_length=100, examples=["市人社局"])):
    """Each row: city, level, document and clause, amounts (exact values, bounds, payment unit as a code
    and its Chinese label), rates told apart from thresholds, periods and responsible units. Give
    exactly one of `instrument`, `group`, `unit`."""
    given = {k: v for k, v in {"instrument": instrument, "group": group, "unit": unit}.items() if v}
    if len(given) != 1:
        raise ApiError(400, "bad_request", "give exactly one of instrument, group or unit", {"parameters": ["instrument", "group", "unit"]})
    return await run_in_threadpool(lambda: reads.compare(_store(request), **given, base=_base(request)))


# --- health ---------------------------------------------------------------------------------
class ModelInfo(BaseModel):
    name: str | None
    dense: bool
    loaded: bool


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    documents: int
    clauses: int
    triples: int
    indexed_clauses: int
    state: str | None = Field(None, description="The store state served")
    model: ModelInfo
    index: dict[str, Any] | None = Field(None, description="Index status: the state it reflects, whether stale")


@router.get("/health", tags=["health"], response_model=Health, summary="Documents, clauses, triples and the search model")
async def health(request: Request):
    """Answered in process, never queued behind /sparql queries."""
    services = _services(request)
    store = _store(request)
    ws = services.workspace
    state = await run_in_threadpool(_state, ws)
    cached = services.health_cache.get(id(store))
    if cached is None or cached[0] != state or state is None:
        cached = (state, await run_in_threadpool(reads.stats, store))
        services.health_cache.clear()
        services.health_cache[id(store)] = cached
    stats = cached[1]
    index = ws.search_index
    embedder = getattr(index, "embedder", None)
    status = getattr(ws, "index_status", None)
    return Health(documents=stats.documents, clauses=stats.clauses, triples=stats.triples, indexed_clauses=len(index) if index else 0,
                  state=state, index=status() if status else None,
                  model=ModelInfo(name=services.settings.model if services.settings.dense else None, dense=services.settings.dense,
                                  loaded=bool(embedder is not None and getattr(embedder, "_model", None) is not None)))


def _state(ws) -> str | None:
    getter = getattr(ws, "store_state", None)
    try:
        return getter() if getter else None
    except Exception:  # noqa: BLE001 - a store without a state record: recount every time
        return None
