"""The SPARQL 1.1 Protocol endpoint: GET and POST queries, content negotiation, service
description, refused updates, a time limit, and the parser's message for a malformed query."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from policykg.graph.sparql import check_read_only

from .errors import ApiError

SELECT_TYPES = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values",
                "application/json", "application/xml"]
GRAPH_TYPES = ["text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"]
FORMAT_PARAM = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv",
                "tsv": "text/tab-separated-values", "ttl": "text/turtle", "turtle": "text/turtle", "nt": "application/n-triples",
                "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml"}

router = APIRouter(tags=["SPARQL"])


def negotiate(accept: str | None, offered: list[str]) -> str | None:
    """The offered media type the Accept header prefers most (None: nothing acceptable)."""
    if not accept:
        return offered[0]
    prefs = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        prefs.append((q, -i, media))
    for q, _, media in sorted(prefs, reverse=True):
        if q <= 0:
            continue
        if media in ("*/*", "application/*", "text/*"):
            candidates = [o for o in offered if media == "*/*" or o.startswith(media[:-1])]
            if candidates:
                return candidates[0]
        elif media in offered:
            return media
    return None


SERVICE_DESCRIPTION = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix ent: <http://www.w3.org/ns/entailment/> .
@prefix formats: <http://www.w3.org/ns/formats/> .

[] a sd:Service ;
   sd:endpoint <{endpoint}> ;
   sd:supportedLanguage sd:SPARQL11Query ;
   sd:feature sd:UnionDefaultGraph ;
   sd:resultFormat formats:SPARQL_Results_JSON, formats:SPARQL_Results_XML, formats:SPARQL_Results_CSV, formats:SPARQL_Results_TSV,
                   formats:Turtle, formats:N-Triples, formats:JSON-LD, formats:RDF_XML ;
   sd:defaultEntailmentRegime ent:Simple .
"""

QUERY_PAGE = """<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>policykg SPARQL</title>
<style>body{font-family:sans-serif;margin:2em}textarea{width:100%;height:16em;font-family:monospace}</style></head>
<body><h1>policykg SPARQL</h1><p>Queries see all documents (union default graph). See <a href="/docs">/docs</a> and docs/ontology.md.</p>
<form method="post" action="/sparql"><textarea name="query">PREFIX pol: &lt;https://w3id.org/policykg/ns#&gt;
PREFIX eli: &lt;http://data.europa.eu/eli/ontology#&gt;
SELECT ?document ?title WHERE { ?document a pol:PolicyDocument ; eli:title ?title }</textarea>
<p><select name="format"><option>json</option><option>csv</option><option>tsv</option><option>xml</option><option>ttl</option></select>
<button type="submit">Run</button></p></form></body></html>"""


async def _run(request: Request, query: str | None, fmt: str | None, update: str | None = None) -> Response:
    if update:
        raise ApiError(403, "update_refused", "this endpoint is read-only: SPARQL updates are refused")
    if not query:
        accept = request.headers.get("accept", "")
        if "text/html" in accept:
            return HTMLResponse(QUERY_PAGE)
        endpoint = str(request.url).split("?")[0]
        return Response(SERVICE_DESCRIPTION.replace("{endpoint}", endpoint), media_type="text/turtle")
    form = check_read_only(query)
    offered = GRAPH_TYPES if form in ("CONSTRUCT", "DESCRIBE") else SELECT_TYPES
    if fmt:
        media = FORMAT_PARAM.get(fmt.lower())
        if media is None or media not in offered:
            raise ApiError(400, "bad_format", f"format {fmt!r} is not available for a {form or 'SPARQL'} query",
                           {"parameter": "format", "allowed": [k for k, v in FORMAT_PARAM.items() if v in offered]})
    else:
        media = negotiate(request.headers.get("accept"), offered)
        if media is None:
            raise ApiError(406, "not_acceptable", f"none of the Accept types can hold a {form} result", {"offered": offered})
    services = request.app.state.services
    payload, media_type = await run_in_threadpool(services.workspace.store.query_bytes, query, media, services.settings.query_timeout)
    return Response(payload, media_type=media_type.split(";")[0] + ("; charset=utf-8" if "json" not in media_type else ""))


@router.get("/sparql", summary="SPARQL 1.1 query (GET)", response_class=Response,
            responses={200: {"content": {m: {} for m in SELECT_TYPES + GRAPH_TYPES}}})
async def sparql_get(request: Request, query: str | None = None, format: str | None = None):
    """Run a read-only SPARQL query: `?query=...`. Results by `Accept` (JSON by default for SELECT/ASK,
    Turtle for CONSTRUCT/DESCRIBE) or `format=json|xml|csv|tsv|ttl|nt|jsonld|rdfxml`. Without a query,
    returns the service description (or a query page for browsers)."""
    return await _run(request, query, format)


@router.post("/sparql", summary="SPARQL 1.1 query (POST)", response_class=Response,
             openapi_extra={"requestBody": {"content": {
                 "application/sparql-query": {"schema": {"type": "string"}, "example": "SELECT * WHERE { ?s ?p ?o } LIMIT 5"},
                 "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {"query": {"type": "string"}}}}}}})
async def sparql_post(request: Request):
    """POST a query as `application/sparql-query` or as form field `query`. Updates
    (`application/sparql-update` or form field `update`) are refused with 403."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    fmt = request.query_params.get("format")
    if content_type == "application/sparql-query":
        return await _run(request, (await request.body()).decode("utf-8"), fmt)
    if content_type == "application/sparql-update":
        return await _run(request, None, fmt, update="update")
    if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.form()
        return await _run(request, form.get("query"), form.get("format") or fmt, update=form.get("update"))
    raise ApiError(415, "unsupported_media_type", "POST a query as application/sparql-query or as a form with a `query` field")
