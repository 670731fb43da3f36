"""The web UI: server-side HTML pages over ``policykg.graph.reads`` and the search index, the
graph's IRIs resolved with content negotiation, and offline API docs.

Every asset (Swagger UI, ReDoc, YASGUI, our stylesheet) is served from ``api/static/``, installed
with the package, so the pages work without internet. The data IRIs
``https://w3id.org/policykg/id/...`` resolve here as ``/id/...``: HTML for a browser, Turtle,
N-Triples, JSON-LD or RDF/XML for RDF clients, chosen by the Accept header (or ``?format=``).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from policykg.graph import reads
from policykg.graph.namespaces import ONTOLOGY_GRAPH
from policykg.graph.queries import query_names, render
from policykg.graph.search.index import SearchFilters
from policykg.graph.store import readable

from .errors import ApiError
from .sparql_protocol import GRAPH_ALIASES, GRAPH_TYPES, negotiate

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
LEVELS = ("national", "provincial", "municipal", "county")
ROLES = ("lead", "co", "inherited")
# ?format= for clients that cannot set Accept (a link in a page, curl without -H)
FORMATS = {"ttl": "text/turtle", "turtle": "text/turtle", "nt": "application/n-triples", "jsonld": "application/ld+json",
           "json-ld": "application/ld+json", "json": "application/ld+json", "rdf": "application/rdf+xml", "xml": "application/rdf+xml"}
EXAMPLE_QUERIES = ("lead_counts", "instrument_amounts", "implementers", "lineage", "units", "documents", "unit_types_by_city")

router = APIRouter(include_in_schema=False)


def mount_static(app) -> None:
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")


# --- rendering ---------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _templates() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))
    env.filters["marked"] = marked
    env.filters["money"] = money
    env.filters["zh"] = in_chinese
    env.filters["duration"] = duration_zh
    env.filters["match_zh"] = lambda match: MATCH_LABELS.get(match, match)
    return env


# The data's codes as a Chinese reader reads them (the JSON and RDF keep the codes)
CODE_LABELS = {
    "national": "国家级", "provincial": "省级", "municipal": "市级", "county": "县级",
    "lead": "牵头", "co": "配合", "inherited": "沿用（下同）", "any": "全部",
    "inherited_heading": "上级标题所列",
    "exact": "确定金额", "max": "上限", "min": "下限", "threshold": "门槛条件", "payment_rate": "补贴比例",
    "superseded": "原标准（已调整）",
    "interval": "期间", "from": "起始", "deadline": "截止", "duration": "期限", "ongoing": "长期", "recurring": "每隔",
}
CURRENCY_NAMES = {"CNY": "元", "USD": "美元", "HKD": "港元", "EUR": "欧元"}
# how a unit matched a query (reads.UnitSummary.match): "exact" there is a whole name, not an amount's bound
MATCH_LABELS = {"exact": "名称相同", "name": "名称包含", "type": "同类单位"}
DURATION = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?")


def in_chinese(code: str | None) -> str:
    return CODE_LABELS.get(code, code) if code else ""


def duration_zh(value: str | None) -> str:
    """An ISO 8601 duration as written in Chinese: P12M -> 12个月, P3Y -> 3年, P0.5D -> 0.5天, PT30M -> 30分钟."""
    m = DURATION.fullmatch(value or "")
    if not m or not any(m.groups()):
        return value or ""
    return "".join(f"{n}{unit}" for n, unit in zip(m.groups(), ("年", "个月", "周", "天", "小时", "分钟")) if n)


def marked(snippet: str) -> Markup:
    """The search snippet escaped, with only its <mark> tags kept as HTML."""
    text = str(escape(snippet))
    return Markup(text.replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>"))


def money(amount) -> str:
    """An amount (a reads.Amount, or a clause_values row) as a reader says it: 最高 1500 元 每人每月."""
    if isinstance(amount, dict):  # a row: the same fields under their query names
        unit = amount.get("paymentLabel") or amount.get("paymentUnit")
        figure = money(SimpleNamespace(bound=amount.get("bound", "exact"), value=amount.get("value"), min_value=amount.get("minValue"),
                                       max_value=amount.get("maxValue"), currency=amount.get("currency", "CNY"), payment_unit=None))
        return f"{figure} {unit}" if unit else figure
    money_unit = CURRENCY_NAMES.get(getattr(amount, "currency", "CNY"), "元")
    if amount.bound == "exact" or amount.value is not None:
        figure = f"{amount.value} {money_unit}"
    elif amount.min_value is not None and amount.max_value is not None:
        figure = f"{amount.min_value}–{amount.max_value} {money_unit}"
    elif amount.max_value is not None:
        figure = f"最高 {amount.max_value} {money_unit}"
    else:
        figure = f"不低于 {amount.min_value} {money_unit}"
    unit = amount.payment_unit
    return f"{figure} {unit.label or unit.code}" if unit else figure


def page(request: Request, template: str, title: str, status: int = 200, **context) -> HTMLResponse:
    base = _base(request)
    html = _templates().get_template(template).render(request=request, title=title, local=lambda iri: local_link(iri, base), **context)
    return HTMLResponse(html, status_code=status)


ERROR_TITLES = {400: "请求有误", 404: "未找到", 422: "参数有误", 429: "请求过多", 503: "暂时无法回答"}


def error_page(request: Request, status: int, code: str, message: str) -> HTMLResponse:
    """An error on one of the UI's pages, for a browser (the API's clients get the JSON shape)."""
    return page(request, "error.html", ERROR_TITLES.get(status, "出错了"), status=status, code=code, message=message)


def local_link(iri: str | None, base: str) -> str | None:
    """Where an IRI of the graph resolves on this server: ``{base}doc/x`` -> ``/id/doc/x``."""
    if iri and iri.startswith(base):
        return "/id/" + iri[len(base):]
    return iri


def _services(request: Request):
    return request.app.state.services


def _store(request: Request):
    from .app import _store as current_store  # one refresh rule for API and pages

    return current_store(request)


def _base(request: Request) -> str:
    return _services(request).workspace.iris.base


# --- search ------------------------------------------------------------------------------------
def _facet_choices(store, base: str) -> dict[str, list[str]]:
    docs = reads.all_documents(store, base=base)
    from policykg.ingest.vocab import concept_scheme

    return {
        "province": sorted({d.province for d in docs if d.province}),
        "city": sorted({d.jurisdiction for d in docs if d.jurisdiction}),
        "year": sorted({d.date.year for d in docs if d.date}, reverse=True),
        "instrument": [c.label_zh for c in concept_scheme("instruments")],
        "group": [c.label_zh for c in concept_scheme("groups")],
    }


def _search(request: Request, q: str, k: int, filters: SearchFilters, year: int | None) -> tuple[list[dict], list[str], bool]:
    """Hits as the page shows them, what the query was understood to name, and whether the best hit is a good match."""
    store = _store(request)
    base = _base(request)
    index = _services(request).workspace.search_index
    if index is None:
        raise ApiError(503, "search_unavailable", "search is disabled on this server")
    # the index does not know dates: ask for more, keep the hits whose document is of that year
    result = index.search_response(q, k * 5 if year else k, filters, "hybrid")
    docs = {d.iri: d for d in reads.all_documents(store, base=base)}
    out = []
    for hit in result.hits:
        doc = docs.get(hit.document)
        if year and not (doc and doc.date and doc.date.year == year):
            continue
        out.append({**asdict(hit), "document_id": reads.document_id(hit.document, base), "date": doc.date if doc else None,
                    "jurisdiction": doc.jurisdiction if doc else None, "source_file": reads.public_path(hit.source_file)})
    return out[:k], result.understood.applied, result.good_match


def _invalid(parameter: str, message: str) -> ApiError:
    return ApiError(422, "invalid_parameter", message, [{"parameter": parameter, "message": message}])


@router.get("/favicon.ico")
async def favicon() -> Response:
    """Browsers ask for it on every page (a 404 logged a console error each time: a researcher)."""
    return Response(_favicon(), media_type="image/svg+xml", headers={"Cache-Control": "public, max-age=86400"})


@lru_cache(maxsize=1)
def _favicon() -> bytes:
    return (STATIC_DIR / "favicon.svg").read_bytes()


@router.get("/", response_class=HTMLResponse)
async def search_page(request: Request, q: str | None = Query(None, max_length=500), k: int = Query(10, ge=1, le=100),
                      province: str | None = None, city: str | None = None, level: str | None = None, unit: str | None = None,
                      group: str | None = None, instrument: str | None = None, year: str | None = None,
                      in_force_on: str | None = None):
    blank = lambda v: (v or "").strip() or None  # an empty form field is no filter
    # the form's fields are checked here (an empty one is no filter): the same code and words as /search's
    try:
        year_value = int(year) if blank(year) else None
    except ValueError:
        raise _invalid("year", f"year must be a number such as 2023, not {year[:20]!r}") from None
    try:
        date_value = dt.date.fromisoformat(in_force_on.strip()) if blank(in_force_on) else None
    except ValueError:
        raise _invalid("in_force_on", f"in_force_on must be a date YYYY-MM-DD, not {in_force_on[:20]!r}") from None
    if blank(level) and level not in LEVELS:
        raise _invalid("level", f"level must be one of {', '.join(LEVELS)}")
    filters = SearchFilters(blank(city), blank(province), blank(level), None, blank(unit), blank(group), blank(instrument), date_value)
    store = _store(request)
    choices = await run_in_threadpool(_facet_choices, store, _base(request))
    hits, understood, good_match = await run_in_threadpool(_search, request, q.strip(), k, filters, year_value) if blank(q) else (None, [], False)
    chosen = {**{k2: v for k2, v in asdict(filters).items() if v is not None}, "year": year_value}
    return page(request, "search.html", q or "搜索", q=q or "", hits=hits, understood=understood, good_match=good_match,
                choices=choices, chosen=chosen, levels=LEVELS, vectors_note=_vectors_note(_services(request).workspace))


def _vectors_note(workspace) -> str | None:
    """What the page says while hits are ranked by keywords only though a model is configured."""
    status = getattr(workspace, "vectors_status", None)
    vectors = status() if status else {"state": "off"}
    if vectors["state"] == "embedding":
        done = f"（已完成 {vectors['embedded']}/{vectors['to_embed']}）" if vectors.get("to_embed") else ""
        return f"语义向量正在生成{done}，当前结果仅按关键词（BM25）排序。"
    if vectors["state"] in ("missing", "failed"):
        return "索引尚无语义向量，当前结果仅按关键词（BM25）排序。"
    return None


# --- pages of the graph's resources ------------------------------------------------------------
def _document_context(store, key: str, base: str) -> dict:
    doc = reads.document(store, key, base=base)
    iris = [c.iri for c in doc.clauses]
    units: dict[str, dict[str, dict]] = {role: {} for role in ROLES}
    for clause, mentions in (reads.clause_mentions(store, iris, base) if iris else {}).items():
        for m in mentions:
            units.setdefault(m.inherited_as or m.role, {}).setdefault(m.iri, {"iri": m.iri, "name": m.name, "clauses": set()})["clauses"].add(
                reads.clause_id(clause, base))
    cited_by = reads.rows(store, "cited_by", cited=doc.iri)
    return {"doc": doc, "outline": _outline(doc), "units": units, "valued": _values_by_clause(store, doc),
            "cited_by": _unique_by(cited_by, ("citingDocument", "relation"))}


def _outline(doc: reads.DocumentDetail) -> list[tuple[str, object]]:
    """Sections and clauses in document order: ("section", s) heads the clauses whose paths start with its own."""
    entries = [("section", s) for s in doc.sections] + [("clause", c) for c in doc.clauses]
    return sorted(entries, key=lambda e: reads.path_key(e[1].path))


def _values_by_clause(store, doc) -> list[dict]:
    """Amounts, rates and periods of every clause of a document, in one query, in document order."""
    found: dict[str, dict[str, list]] = {}
    for r in reads.rows(store, "clause_values", clause=[c.iri for c in doc.clauses]) if doc.clauses else []:
        found.setdefault(r["clause"], {"amount": [], "rate": [], "period": []})[r["kind"]].append(r)
    out = []
    for c in doc.clauses:
        if c.iri in found:
            values = {kind: sorted(_unique_by(rows, "node"), key=lambda r: r["start"]) for kind, rows in found[c.iri].items()}
            out.append({"clause": c, **values})
    return out


def _unique_by(items: list[dict], key: str | tuple[str, ...]) -> list[dict]:
    """The first row of each value of ``key`` (a field, or several: each citing document once per relation)."""
    fields = (key,) if isinstance(key, str) else key
    seen: dict = {}
    for r in items:
        seen.setdefault(tuple(r.get(f) for f in fields), r)
    return list(seen.values())


def _unit_context(store, unit_id: str, base: str) -> dict:
    clauses = reads.unit_clauses(store, unit_id, "any", limit=reads.MAX_LIMIT, base=base)
    by_role: dict[str, list] = {}
    for c in clauses.clauses.items:  # a heading's lead leads its items: listed with the leads, marked inherited
        by_role.setdefault(c.inherited_as or c.role, []).append(c)
    same_type = []
    if clauses.unit.type_label:  # the same kind of unit in the other cities
        matches = reads.find_units(store, clauses.unit.type_label, base=base)
        same_type = [u for city in matches.cities for u in city.units if u.id != unit_id and u.match == "type"]
    return {"unit": clauses.unit, "by_role": by_role, "total": clauses.clauses.total, "same_type": same_type}


def _kind_of(store, rest: str, base: str) -> str:
    """What an IRI under the base names, by its shape: a clause or segment (``doc/<key>/clause/4.10``,
    ``doc/<key>/segment/1``), a stored document (``doc/<key>``), a document's graph (``graph/<key>``),
    or any other resource (a value ``…/clause/4.10/amount/0``, a document cited but not stored)."""
    if rest == ONTOLOGY_GRAPH:
        return "ontology"
    parts = rest.split("/")
    if parts[0] == "doc" and len(parts) == 4 and parts[2] == "clause" and reads.CLAUSE_PATH.fullmatch(parts[3]):
        return "clause"
    if parts[0] == "doc" and len(parts) == 4 and reads.SEGMENT_PATH.fullmatch("/".join(parts[2:])):
        return "segment"
    if len(parts) == 2 and parts[0] in ("doc", "graph") and reads.DOCUMENT_KEY.fullmatch(parts[1]):
        if reads.document_exists(store, parts[1], base=base):
            return "document" if parts[0] == "doc" else "graph"
    return "resource"


def _resource_rows(store, iri: str) -> list[dict]:
    return reads.rows(store, "resource", resource=iri)


def _rdf(store, graph_store, iri: str, base: str, media: str) -> tuple[bytes, str]:
    """The triples of a resource in the format asked for; Turtle with @prefix, JSON-LD with @context."""
    rest = iri[len(base):]
    # engines write Turtle and JSON-LD without prefixes: fetch N-Triples and write them readable
    fetch = "application/n-triples" if media in ("text/turtle", "application/ld+json") else media
    kind = _kind_of(store, rest, base)
    if kind in ("clause", "segment"):
        payload, _ = reads.clause_rdf(store, iri, fetch, base=base)
    elif kind in ("document", "graph"):
        payload, _ = reads.document_rdf(store, rest.split("/", 1)[1], fetch, base=base)
    elif kind == "ontology":
        payload, _ = reads.ontology_rdf(store, fetch, base=base)
    elif _resource_rows(store, iri):
        payload, _ = graph_store.query_bytes(render("reads/resource_graph", with_prefixes=True, resource=iri), fetch)
    else:
        raise ApiError(404, "not_found", f"nothing in the graph is named {iri}")
    return (readable(payload, fetch, media) if fetch != media else payload), media


def _wanted_rdf(request: Request) -> str | None:
    fmt = request.query_params.get("format")
    if fmt:
        if fmt not in FORMATS:
            raise ApiError(400, "bad_request", f"format must be one of {', '.join(FORMATS)}", {"parameters": ["format"]})
        return FORMATS[fmt]
    accept = request.headers.get("accept", "")
    if "text/html" in accept or not any(t in accept for t in GRAPH_TYPES + ["application/turtle", "application/json"]):
        return None
    # (application/json: JSON-LD, as /sparql reads it; it had been answered with Turtle)
    return negotiate(accept, GRAPH_TYPES, {**GRAPH_ALIASES, "application/json": "application/ld+json"}) or "text/turtle"


@router.get("/id/{rest:path}")
async def resolve(request: Request, rest: str):
    """Every IRI of the graph: a page for a browser, its triples for an RDF client."""
    store = _store(request)
    base = _base(request)
    iri = base + rest
    media = _wanted_rdf(request)
    if media:
        graph_store = _services(request).workspace.store  # the store's own serialiser, for any IRI
        payload, media_type = await run_in_threadpool(_rdf, store, graph_store, iri, base, media)
        return Response(payload, media_type=media_type, headers={"Vary": "Accept"})
    kind = await run_in_threadpool(_kind_of, store, rest, base)
    if kind == "ontology":  # the ontology's triples, for a person too (docs/ontology.md explains them)
        return RedirectResponse(f"/id/{ONTOLOGY_GRAPH}?format=ttl", status_code=303)
    if kind == "graph":  # a document's named graph: the document's page (its RDF is the graph's triples)
        return RedirectResponse(f"/id/doc/{rest[6:]}", status_code=303)
    if kind in ("clause", "segment"):
        detail = await run_in_threadpool(reads.clause, store, iri, base=base)
        return page(request, "clause.html", f"{detail.citation.title or ''} {detail.number}", clause=detail, iri=iri)
    if kind == "document":
        context = await run_in_threadpool(_document_context, store, rest[4:], base)
        return page(request, "document.html", context["doc"].title or rest, iri=iri, **context)
    if rest.startswith("org/") and rest.count("/") == 1:
        context = await run_in_threadpool(_unit_context, store, rest[4:], base)
        return page(request, "unit.html", context["unit"].canonical, iri=iri, **context)
    found = await run_in_threadpool(_resource_rows, store, iri)
    if not found:
        raise ApiError(404, "not_found", f"nothing in the graph is named {iri}")
    incoming = await run_in_threadpool(reads.incoming, store, iri)
    return page(request, "resource.html", rest, iri=iri, rows=found, incoming=incoming, base=base)


@router.get("/ui/units", response_class=HTMLResponse)
async def units_page(request: Request, q: str | None = Query(None, max_length=100)):
    matches = await run_in_threadpool(reads.find_units, _store(request), q, base=_base(request)) if q and q.strip() else None
    return page(request, "units.html", q or "单位", q=q or "", matches=matches)


@router.get("/ui/compare", response_class=HTMLResponse)
async def compare_page(request: Request, instrument: str | None = Query(None, max_length=100),
                       group: str | None = Query(None, max_length=100), unit: str | None = Query(None, max_length=100)):
    given = {k: v.strip() for k, v in {"instrument": instrument, "group": group, "unit": unit}.items() if v and v.strip()}
    comparison = None
    if len(given) > 1:
        raise ApiError(400, "bad_request", "give one of instrument, group or unit", {"parameters": list(given)})
    if given:
        comparison = await run_in_threadpool(lambda: reads.compare(_store(request), **given, base=_base(request)))
    choices = await run_in_threadpool(_facet_choices, _store(request), _base(request))
    return page(request, "compare.html", next(iter(given.values()), "城市比较"), comparison=comparison, given=given,
                choices=choices, cities=_by_city(comparison) if comparison else {})


def _by_city(comparison) -> dict[str, list]:
    """Rows side by side: one column per city."""
    out: dict[str, list] = {}
    for row in comparison.rows:
        out.setdefault(row.jurisdiction or "—", []).append(row)
    return out


@router.get("/ui/sparql", response_class=HTMLResponse)
async def sparql_page(request: Request):
    names = [n for n in EXAMPLE_QUERIES if n in query_names()]  # the researchers' questions first, then every other one
    names += sorted(set(query_names()) - set(names))
    examples = [{"name": n, "query": render(n, with_prefixes=True)} for n in names]
    return page(request, "sparql.html", "SPARQL", examples=examples)


# --- offline API docs --------------------------------------------------------------------------
@router.get("/docs", response_class=HTMLResponse)
async def swagger(request: Request):
    return page(request, "swagger.html", "policykg API", openapi_url=request.app.openapi_url)


@router.get("/redoc", response_class=HTMLResponse)
async def redoc(request: Request):
    return page(request, "redoc.html", "policykg API", openapi_url=request.app.openapi_url)


