"""The HTTP API. ``create_app(settings, workspace)`` builds an app around a given workspace, so
tests and embedders can hand it a small graph; ``policykg serve`` opens the data directory."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Literal

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from policykg.graph.namespaces import POL
from policykg.graph.queries import render
from policykg.graph.search.index import SearchFilters
from policykg.graph.workspace import Workspace

from . import __version__
from .errors import ERROR_RESPONSES, ApiError, install_error_handlers
from .settings import Settings
from .sparql_protocol import GRAPH_TYPES, negotiate
from .sparql_protocol import router as sparql_router


@dataclass
class Services:
    settings: Settings
    workspace: Workspace


def open_workspace(settings: Settings, read_only: bool = True) -> Workspace:
    store = None
    if settings.sparql_url:
        from policykg.graph.store import RemoteStore

        store = RemoteStore(settings.sparql_url, settings.sparql_update_url)
    if settings.model_cache:
        import os

        os.environ["POLICYKG_MODEL_CACHE"] = str(settings.model_cache)
    return Workspace(settings.data_dir, base=settings.base_iri, store=store, read_only=read_only, model=settings.model, dense=settings.dense)


def create_app(settings: Settings | None = None, workspace: Workspace | None = None) -> FastAPI:
    settings = settings or Settings()
    workspace = workspace or open_workspace(settings)
    app = FastAPI(
        title="policykg",
        version=__version__,
        description="政策知识图谱: Chinese government policy documents as a knowledge graph. SPARQL 1.1 endpoint, "
        "hybrid Chinese search with citations, responsibility-unit lookup and city comparison.",
        responses=ERROR_RESPONSES,
    )
    app.state.services = Services(settings, workspace)
    install_error_handlers(app)
    app.include_router(sparql_router)
    app.include_router(router)
    return app


router = APIRouter()


def _services(request: Request) -> Services:
    return request.app.state.services


def _select(request: Request, query_name: str, /, **params) -> list[dict]:
    return _services(request).workspace.store.select(render(query_name, with_prefixes=False, **params))


def _key(iri: str, marker: str) -> str:
    return iri.split(marker, 1)[1] if marker in iri else iri


def _rdf_response(request: Request, construct: str) -> Response | None:
    """An RDF rendering when the client asks for one of the RDF media types, else None."""
    accept = request.headers.get("accept", "")
    if not any(t in accept for t in GRAPH_TYPES):
        return None
    media = negotiate(accept, GRAPH_TYPES) or "text/turtle"
    payload, media_type = _services(request).workspace.store.query_bytes(construct, media)
    return Response(payload, media_type=media_type)


# --- search ----------------------------------------------------------------------------------
@router.get("/search", tags=["search"], summary="Hybrid Chinese search over clauses, with citations")
async def search(
    request: Request,
    q: str = Query(..., min_length=1, description="Question or keywords in Chinese", examples=["大学生打零工的社保补贴能领多久？"]),
    k: int = Query(10, ge=1, le=100, description="Number of hits"),
    city: str | None = Query(None, examples=["平凉市"]),
    province: str | None = Query(None, examples=["辽宁省"]),
    level: Literal["national", "provincial", "municipal", "county"] | None = None,
    document: str | None = Query(None, description="Document key, IRI or 文号"),
    unit: str | None = Query(None, description="A responsible unit under any of its names, any role", examples=["市人社局"]),
    group: str | None = Query(None, description="Beneficiary group (label, synonym or id)", examples=["高校毕业生"]),
    instrument: str | None = Query(None, description="Policy instrument (label, synonym or id)", examples=["就业见习补贴"]),
    in_force_on: dt.date | None = Query(None, description="Only clauses in force on this date"),
    mode: Literal["hybrid", "bm25", "dense"] = "hybrid",
):
    """Each hit has the clause IRI, document title, 文号, clause path and number, the full text, a snippet
    with `<mark>` around matching words, the fused score and its BM25 and dense parts, and the character
    offsets of the clause in its source file. Filters restrict the candidates before ranking."""
    index = _services(request).workspace.search_index
    if index is None:
        raise ApiError(503, "search_unavailable", "search is disabled on this server")
    filters = SearchFilters(city, province, level, document, unit, group, instrument, in_force_on)
    hits = await run_in_threadpool(index.search, q, k, filters, mode)
    return {"query": q, "mode": mode, "filters": {k2: (str(v) if v is not None else None) for k2, v in asdict(filters).items()},
            "hits": [asdict(h) for h in hits]}


# --- documents and clauses -------------------------------------------------------------------
@router.get("/documents", tags=["documents"], summary="All documents with their metadata")
async def documents(request: Request):
    rows = await run_in_threadpool(_select, request, "documents")
    return {"documents": [{"id": _key(r["document"], "/doc/"), **r} for r in rows]}


@router.get("/documents/{doc_id}", tags=["documents"], summary="One document: metadata, structure and references (JSON, or RDF by Accept)")
async def document(request: Request, doc_id: str):
    ws = _services(request).workspace
    iri = str(ws.iris.document(doc_id))
    rdf = _rdf_response(request, f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ws.iris.graph(doc_id)}> {{ ?s ?p ?o }} }}")
    if rdf is not None:
        return rdf
    meta = [r for r in _select(request, "documents") if r["document"] == iri]
    if not meta:
        raise ApiError(404, "not_found", f"no document {doc_id!r}", {"parameter": "doc_id"})
    clauses = ws.select(
        f"SELECT DISTINCT ?clause ?path ?number ?heading ?section WHERE {{ ?clause a pol:Clause ; eli:is_part_of <{iri}> ; "
        f"pol:path ?path ; eli:number ?number ; pol:heading ?heading . OPTIONAL {{ ?clause pol:inSection/pol:heading ?section }} }}"
    )
    refs = [r for r in _select(request, "citations") if r["citingDocument"] == iri]
    clauses.sort(key=lambda r: [int(x) if x.isdigit() else x for x in r["path"].replace("-", ".").split(".")])
    return {"id": doc_id, **meta[0], "clauses": [{"id": _key(c["clause"], "/doc/").replace("/clause/", "/"), **c} for c in clauses],
            "references": refs}


@router.get("/clauses/{clause_id:path}", tags=["documents"], summary="One clause with its entities and citation (JSON, or RDF by Accept)")
async def clause(request: Request, clause_id: str):
    """`clause_id` is `<document id>/<path>`, e.g. `pingzhengfa-2019-1/4.10`."""
    ws = _services(request).workspace
    if "/" not in clause_id:
        raise ApiError(400, "bad_request", "clause id is <document id>/<path>, e.g. pingzhengfa-2019-1/4.10", {"parameter": "clause_id"})
    doc_key, path = clause_id.split("/", 1)
    iri = str(ws.iris.clause(doc_key, path))
    rdf = _rdf_response(request, f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o . FILTER(?s = <{iri}> || STRSTARTS(STR(?s), \"{iri}/\")) }}")
    if rdf is not None:
        return rdf
    return await run_in_threadpool(clause_json, ws, iri, clause_id)


def clause_json(ws: Workspace, iri: str, clause_id: str) -> dict:
    base = ws.select(
        f"SELECT ?text ?number ?heading ?path ?start ?end ?document ?title ?docNumber ?file WHERE {{ <{iri}> pol:text ?text ; "
        f"eli:number ?number ; pol:heading ?heading ; pol:path ?path ; pol:startOffset ?start ; pol:endOffset ?end ; eli:is_part_of ?document . "
        f"?document a pol:PolicyDocument ; pol:sourceFile ?file . OPTIONAL {{ ?document eli:title ?title }} "
        f"OPTIONAL {{ ?document eli:id_local ?docNumber }} }} LIMIT 1"
    )
    if not base:
        raise ApiError(404, "not_found", f"no clause {clause_id!r}", {"parameter": "clause_id"})
    units = ws.select(
        f"SELECT DISTINCT ?unit ?name ?asWritten ?role ?start ?end WHERE {{ <{iri}> pol:unitMention ?m . ?m pol:unit ?unit ; pol:role ?role ; "
        f"pol:sourceText ?asWritten ; pol:startOffset ?start ; pol:endOffset ?end . ?unit skos:prefLabel ?name }}"
    )
    concepts = ws.select(
        f"SELECT DISTINCT ?kind ?concept ?label WHERE {{ {{ <{iri}> pol:instrument ?concept . BIND('instrument' AS ?kind) }} UNION "
        f"{{ <{iri}> pol:beneficiary ?concept . BIND('group' AS ?kind) }} ?concept skos:prefLabel ?label . FILTER(LANG(?label) = 'zh') }}"
    )
    values = ws.select(
        f"SELECT DISTINCT ?node ?kind ?asWritten ?start ?end ?bound ?value ?minValue ?maxValue ?paymentUnit ?instrument ?group ?begin ?endDate ?duration WHERE {{ "
        f"VALUES (?p ?kind) {{ (pol:amount 'amount') (pol:rate 'rate') (pol:period 'period') }} <{iri}> ?p ?node . "
        f"?node pol:sourceText ?asWritten ; pol:startOffset ?start ; pol:endOffset ?end . OPTIONAL {{ ?node pol:bound ?bound }} "
        f"OPTIONAL {{ ?node schema:value ?value }} OPTIONAL {{ ?node schema:minValue ?minValue }} OPTIONAL {{ ?node schema:maxValue ?maxValue }} "
        f"OPTIONAL {{ ?node pol:paymentUnit/skos:notation ?paymentUnit }} OPTIONAL {{ ?node pol:forInstrument/skos:prefLabel ?instrument . FILTER(LANG(?instrument) = 'zh') }} "
        f"OPTIONAL {{ ?node pol:forGroup/skos:prefLabel ?group . FILTER(LANG(?group) = 'zh') }} "
        f"OPTIONAL {{ ?node time:hasBeginning/time:inXSDDate ?begin }} OPTIONAL {{ ?node time:hasEnd/time:inXSDDate ?endDate }} "
        f"OPTIONAL {{ ?node time:hasXSDDuration ?duration }} }} ORDER BY ?start"
    )
    refs = ws.select(
        f"SELECT DISTINCT ?cited ?citedNumber ?citedTitle ?asWritten WHERE {{ <{iri}> pol:reference ?r . ?r pol:target ?cited ; pol:sourceText ?asWritten . "
        f"OPTIONAL {{ ?cited eli:id_local ?citedNumber }} OPTIONAL {{ ?cited pol:citedTitle ?citedTitle }} }}"
    )
    b = base[0]
    strip = lambda row: {k: v for k, v in row.items() if k not in ("node", "kind")}  # noqa: E731
    return {
        "id": clause_id, "iri": iri, "number": b["number"], "path": b["path"], "heading": b["heading"], "text": b["text"],
        "citation": {"document": b["document"], "title": b.get("title"), "doc_number": b.get("docNumber"), "clause_number": b["number"],
                     "source_file": b["file"], "start": b["start"], "end": b["end"]},
        "units": units,
        "instruments": [c for c in concepts if c["kind"] == "instrument"],
        "groups": [c for c in concepts if c["kind"] == "group"],
        "amounts": [strip(v) for v in values if v["kind"] == "amount"],
        "rates": [strip(v) for v in values if v["kind"] == "rate"],
        "periods": [strip(v) for v in values if v["kind"] == "period"],
        "references": refs,
    }


# --- units ----------------------------------------------------------------------------------
@router.get("/units", tags=["units"], summary="Find responsibility units by any name; each city's unit is distinct")
async def units(request: Request, q: str = Query(..., min_length=1, examples=["市人社局"], description="Canonical name or alias")):
    rows = await run_in_threadpool(_select, request, "units", name=q)
    return {"query": q, "units": [{"id": _key(r["unit"], "/org/"), **r, "aliases": [a for a in r.get("aliases", "").split("|") if a]} for r in rows]}


@router.get("/units/{unit_id}/clauses", tags=["units"], summary="Clauses a unit is responsible for, by role")
async def unit_clauses(request: Request, unit_id: str, role: Literal["lead", "co", "inherited", "any"] = "any"):
    ws = _services(request).workspace
    unit_iri = f"{ws.iris.base}org/{unit_id}"
    rows = await run_in_threadpool(_select, request, "unit_clauses", unit=unit_iri, role=None if role == "any" else role)
    if not rows and not ws.select(f"SELECT ?l WHERE {{ <{unit_iri}> skos:prefLabel ?l }} LIMIT 1"):
        raise ApiError(404, "not_found", f"no unit {unit_id!r}", {"parameter": "unit_id"})
    return {"unit": unit_id, "role": role, "clauses": [{"id": _key(r["clause"], "/doc/").replace("/clause/", "/"), **r} for r in rows]}


# --- comparison -----------------------------------------------------------------------------
@router.get("/compare", tags=["compare"], summary="Compare cities: one row per clause naming an instrument, group or unit")
async def compare(request: Request, instrument: str | None = Query(None, examples=["就业见习补贴"]),
                  group: str | None = Query(None, examples=["高校毕业生"]), unit: str | None = Query(None, examples=["市人社局"])):
    """Each row: city, level, document and clause, amounts with bounds and payment units, rates, dated
    periods and responsible units. Give exactly one of `instrument`, `group`, `unit`."""
    given = {k: v for k, v in {"instrument": instrument, "group": group, "unit": unit}.items() if v}
    if len(given) != 1:
        raise ApiError(400, "bad_request", "give exactly one of instrument, group or unit", {"parameters": ["instrument", "group", "unit"]})
    return await run_in_threadpool(compare_rows, _services(request).workspace, **given)


def compare_rows(ws: Workspace, instrument: str | None = None, group: str | None = None, unit: str | None = None) -> dict:
    if unit:
        rows = ws.store.select(render("compare_unit", with_prefixes=False, unitName=unit))
    else:
        prop = POL.instrument if instrument else POL.beneficiary
        rows = ws.store.select(render("compare", with_prefixes=False, label=instrument or group, property=str(prop)))
    amounts = ws.store.select(render("instrument_amounts", with_prefixes=False, instrumentLabel=instrument)) if instrument else []
    by_clause: dict[str, list] = {}
    for a in amounts:
        by_clause.setdefault(a["clause"], []).append({k: a.get(k) for k in ("instrument", "bound", "value", "minValue", "maxValue", "paymentUnit", "asWritten")})
    out = []
    for r in rows:
        out.append({**r, "structured_amounts": by_clause.get(r["clause"], [])})
    return {"instrument": instrument, "group": group, "unit": unit, "rows": out}


# --- health ---------------------------------------------------------------------------------
@router.get("/health", tags=["health"], summary="Documents, clauses, triples and the search model")
async def health(request: Request):
    services = _services(request)
    ws = services.workspace
    stats = await run_in_threadpool(ws.stats)
    index = ws.search_index
    return {"status": "ok", **stats, "indexed_clauses": len(index) if index else 0,
            "model": {"name": services.settings.model if services.settings.dense else None, "dense": services.settings.dense,
                      "loaded": bool(index and index.embedder._model is not None)}}
