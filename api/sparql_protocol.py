"""The SPARQL 1.1 Protocol endpoint: GET and POST queries, content negotiation (and the
``format``/``output``/``results`` parameters clients such as SPARQLWrapper send), the dataset
parameters of §2.1.4, refused updates and SERVICE calls, a pool of time- and memory-limited
workers, and a limit on the queries one client may have running at once.

The route stays thin: the engine's own serialisation is returned as it comes; nothing is parsed
again, and nothing is set up per request.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response
from policykg.graph.errors import QueryAbandoned
from policykg.graph.sparql import Dataset, QueryPlan, WorkerPool, check_query
from policykg.graph.store import EmbeddedStore

from .errors import SPARQL_ERROR_RESPONSES, ApiError, TooManyQueries, undecodable_parameter
from .sparql_answers import SparqlAnswers, as_response, send_answer

SELECT_TYPES = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values",
                "application/json", "application/xml"]
GRAPH_TYPES = ["text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"]
# other names clients use for the same formats (in Accept and in format=)
MEDIA_ALIASES = {
    "application/turtle": "text/turtle", "text/n3": "text/turtle", "text/rdf+n3": "text/turtle", "application/n3": "text/turtle",
    "application/x-json+ld": "application/ld+json", "text/javascript": "application/sparql-results+json",
    "application/javascript": "application/sparql-results+json",
    "text/xml": "application/sparql-results+xml",  # (what some clients send for XML; for a graph, RDF/XML: GRAPH_ALIASES)
}
GRAPH_ALIASES = {**MEDIA_ALIASES, "text/xml": "application/rdf+xml"}  # (not application/xml: a browser's Accept holds it)
SELECT_FORMAT_NAMES = {"json": "application/sparql-results+json", "srj": "application/sparql-results+json",
                       "xml": "application/sparql-results+xml", "srx": "application/sparql-results+xml",
                       "csv": "text/csv", "tsv": "text/tab-separated-values"}
GRAPH_FORMAT_NAMES = {"ttl": "text/turtle", "turtle": "text/turtle", "n3": "text/turtle", "nt": "application/n-triples",
                      "ntriples": "application/n-triples", "json": "application/ld+json", "jsonld": "application/ld+json",
                      "json-ld": "application/ld+json", "xml": "application/rdf+xml", "rdfxml": "application/rdf+xml",
                      "rdf+xml": "application/rdf+xml", "rdf": "application/rdf+xml"}
FORMAT_PARAMETERS = ("format", "output", "results")
KNOWN_FORMATS = {*SELECT_FORMAT_NAMES, *GRAPH_FORMAT_NAMES, *MEDIA_ALIASES, *SELECT_TYPES, *GRAPH_TYPES}
# kept for other modules
FORMAT_PARAM = {**SELECT_FORMAT_NAMES, **{k: v for k, v in GRAPH_FORMAT_NAMES.items() if k not in SELECT_FORMAT_NAMES}}

router = APIRouter(tags=["SPARQL"])


def negotiate(accept: str | None, offered: list[str], aliases: dict[str, str] = MEDIA_ALIASES) -> str | None:
    """The offered media type the Accept header prefers most (None: nothing acceptable)."""
    if not accept or not accept.strip():
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
        prefs.append((q, -i, aliases.get(media, media)))
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


def output_format(values: list[str], accept: str | None, form: str) -> str:
    """The result media type: a known ``format=``/``output=``/``results=`` value first, else Accept."""
    graph = form in ("CONSTRUCT", "DESCRIBE")
    offered = GRAPH_TYPES if graph else SELECT_TYPES
    names = GRAPH_FORMAT_NAMES if graph else SELECT_FORMAT_NAMES
    aliases = GRAPH_ALIASES if graph else MEDIA_ALIASES
    for value in values:
        key = value.strip().lower()
        media = names.get(key) or aliases.get(key, key)
        if media in offered:
            return media
    unknown = [v for v in values if v.strip() and "/" not in v and v.strip().lower() not in KNOWN_FORMATS]
    if unknown:  # a name no form has (format=foo had been ignored); one for the other form (ttl for a SELECT), a blank
        # (SPARQLWrapper sends one beside its choice) or a media type we lack (text/html) leaves the choice to Accept
        raise ApiError(400, "bad_format", f"format {unknown[0][:40]!r} is not a format this endpoint knows",
                       {"parameter": "format", "allowed": sorted(names)})
    media = negotiate(accept, offered, aliases)
    if media is not None and (not values or accept):
        return media
    if values:
        raise ApiError(400, "bad_format", f"format {values[0][:40]!r} is not available for a {form or 'SPARQL'} query",
                       {"parameter": "format", "allowed": sorted(names)})
    raise ApiError(406, "not_acceptable", f"none of the Accept types can hold a {form} result", {"offered": offered})


class ClientLimiter:
    """At most ``limit`` queries running per client address."""

    def __init__(self, limit: int):
        self.limit = limit
        self._running: dict[str, int] = {}
        self._lock = threading.Lock()

    @contextmanager
    def slot(self, client: str):
        with self._lock:
            if self._running.get(client, 0) >= self.limit:
                raise TooManyQueries(f"{self.limit} queries of yours are running; wait for one to finish")
            self._running[client] = self._running.get(client, 0) + 1
        try:
            yield
        finally:
            with self._lock:
                self._running[client] -= 1
                if not self._running[client]:
                    del self._running[client]


class SparqlEngine:
    """Runs outside queries: in the worker pool for the embedded store, else on the SPARQL server."""

    def __init__(self, settings, workspace):
        self.settings = settings
        self.limiter = ClientLimiter(settings.queries_per_client)
        store = workspace.store
        self.pool = None
        if isinstance(store, EmbeddedStore):
            self.pool = WorkerPool(str(store.query_path), size=settings.query_workers, memory_limit=settings.query_memory_mb << 20,
                                   queue_timeout=settings.queue_timeout)
        # answers are kept only where this process sees every new store state: not for a standalone server
        self.answers = SparqlAnswers(settings.sparql_answers_mb << 20) if self.pool is not None and settings.sparql_answers_mb else None
        self.generation = 0  # the workspace's store snapshot the query workers were opened on
        self._following = threading.Lock()

    async def follow_async(self, workspace) -> int:
        """``follow`` for the event loop: where nothing changed (a ``stat`` or two) it answers at once; reopening the
        store and the index for a new state, and starting the workers on it, runs in a thread (it took ~0.15 s on
        the seeds and grows with the index: every request had waited)."""
        if self._nothing_new(workspace):
            return self.generation
        return await run_in_threadpool(self.follow, workspace)

    def _nothing_new(self, workspace) -> bool:
        """No new state written and none the workspace opened (an MCP call refreshes it itself) since the workers were
        started: asked without the lock, which a thread following a new state holds for a while."""
        written = getattr(workspace, "newer_state_written", None)
        return written is not None and not written() and getattr(workspace, "store_generation", 0) == self.generation

    def follow(self, workspace) -> int:
        """The store snapshot queries run on from now: the workspace is refreshed (two ``stat`` calls
        when nothing changed) and, after a new store state, the workers are started again on it and
        the answers kept for the old one dropped. Returns the workspace's snapshot count."""
        refresh = getattr(workspace, "refresh", None)
        if refresh is None or self._nothing_new(workspace):
            return self.generation
        with self._following:
            refresh()
            # by the workspace's count, not refresh()'s answer: an MCP call may have reopened the store first
            generation = getattr(workspace, "store_generation", 0)
            if generation != self.generation:
                # (on the new store's snapshot, graph/snapshots.py)
                self.recycle(str(workspace.store.query_path) if isinstance(workspace.store, EmbeddedStore) else None)
                if self.answers is not None:
                    self.answers.start(generation)
                self.generation = generation
        return generation

    async def run(self, workspace, query: str, media: str, plan: QueryPlan, dataset: Dataset, client_left=None) -> tuple[bytes, str]:
        if self.pool is not None:
            return await self.pool.run_async(query, media, self.settings.query_timeout, plan, dataset, in_thread=run_in_threadpool,
                                             client_left=client_left)
        if dataset.default_graphs or dataset.named_graphs:
            raise ApiError(400, "bad_request", "default-graph-uri and named-graph-uri are not passed on to a standalone SPARQL "
                           "server; use FROM / FROM NAMED in the query", {"parameter": "default-graph-uri"})
        return await run_in_threadpool(workspace.store.query_bytes, query, media, self.settings.query_timeout)

    def warm(self) -> None:
        if self.pool is not None:
            self.pool.warm()

    def recycle(self, store_path: str | None = None) -> None:
        if self.pool is not None:
            self.pool.recycle(store_path)
            self.pool.warm()

    def stop(self) -> None:
        if self.pool is not None:
            self.pool.stop()


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

QUERY_PAGE = "/ui/sparql"  # the web UI's editor (YASGUI) and result table


FOLLOWED = "policykg.store_generation"  # in a request's scope: the store state was asked for already

CLIENT_LEFT = 499  # nobody reads it: the client closed the connection before the answer


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def _run(request: Request, params, query: str | None, update: str | None = None) -> Response:
    if update:
        raise ApiError(403, "update_refused", "this endpoint is read-only: SPARQL updates are refused")
    if len(params.getlist("query")) > 1:  # (the protocol allows one; the first had run, the others were dropped)
        raise ApiError(400, "bad_request", "give one query parameter, not several", {"parameter": "query"})
    if query is not None and not query.strip():
        raise ApiError(400, "malformed_query", "the query is empty: give a SPARQL query, or no query parameter for the "
                       "service description", {"parameter": "query"})
    if not query:
        if "text/html" in request.headers.get("accept", ""):
            return RedirectResponse(QUERY_PAGE, status_code=303)
        endpoint = str(request.url).split("?")[0]
        return Response(SERVICE_DESCRIPTION.replace("{endpoint}", endpoint), media_type="text/turtle")
    services = request.app.state.services
    engine = services.sparql
    by_fast_path = FOLLOWED in request.scope  # which has asked for the store state, and keeps the answer
    # a query sees what an ingest in another process wrote
    generation = request.scope[FOLLOWED] if by_fast_path else await engine.follow_async(services.workspace)
    plan = check_query(query, tuple(services.settings.allowed_services))
    media = output_format([v for p in FORMAT_PARAMETERS for v in params.getlist(p)], request.headers.get("accept"), plan.form)
    dataset = Dataset(tuple(params.getlist("default-graph-uri")), tuple(params.getlist("named-graph-uri")))
    key = None if by_fast_path or engine.answers is None else (query, media, dataset.default_graphs, dataset.named_graphs)
    if key is not None and (kept := engine.answers.get(generation, key)) is not None:
        return as_response(kept)
    try:
        with engine.limiter.slot(_client(request)):
            # the server does not cancel a request whose client left: the pool asks, so the worker is killed
            payload, media_type = await engine.run(services.workspace, query, media, plan, dataset, request.is_disconnected)
    except QueryAbandoned:
        return Response(status_code=CLIENT_LEFT)
    answer = Response(payload, media_type=media_type.split(";")[0] + ("; charset=utf-8" if "json" not in media_type else ""))
    answer.repeatable = plan.repeatable
    if key is not None and plan.repeatable:
        engine.answers.put(generation, key, answer)
    return answer


PROTOCOL_PARAMETERS = [
    {"name": "query", "in": "query", "required": False, "schema": {"type": "string"}, "example": "SELECT * WHERE { ?s ?p ?o } LIMIT 5",
     "description": "A read-only SPARQL 1.1 query. Without it: the service description (browsers are sent to the query page /ui/sparql)."},
    {"name": "default-graph-uri", "in": "query", "required": False, "schema": {"type": "array", "items": {"type": "string"}},
     "description": "Graphs whose merge is the default graph (overrides FROM); default: the union of all named graphs"},
    {"name": "named-graph-uri", "in": "query", "required": False, "schema": {"type": "array", "items": {"type": "string"}},
     "description": "Graphs available to GRAPH (overrides FROM NAMED)"},
    {"name": "format", "in": "query", "required": False, "schema": {"type": "string"},
     "description": "Result format: json, xml, csv, tsv (SELECT/ASK); ttl, n3, nt, jsonld, xml/rdfxml (CONSTRUCT/DESCRIBE); or a media type. "
                    "`output` and `results` are read the same way. Otherwise the Accept header decides."},
]


@router.get("/sparql", summary="SPARQL 1.1 query (GET)", response_class=Response,
            responses={200: {"content": {m: {} for m in SELECT_TYPES + GRAPH_TYPES}}, **SPARQL_ERROR_RESPONSES},
            openapi_extra={"parameters": PROTOCOL_PARAMETERS})
async def sparql_get(request: Request):
    """Run a read-only SPARQL query: `?query=...`. Results by `Accept` (JSON by default for SELECT/ASK,
    Turtle for CONSTRUCT/DESCRIBE) or `format=`. `SERVICE` is refused unless the operator allowed
    its endpoint; `FROM`, `FROM NAMED`, `default-graph-uri` and `named-graph-uri` are honoured."""
    params = request.query_params
    return await _run(request, params, params.get("query"))


@router.post("/sparql", summary="SPARQL 1.1 query (POST)", response_class=Response,
             responses={200: {"content": {m: {} for m in SELECT_TYPES + GRAPH_TYPES}}, **SPARQL_ERROR_RESPONSES},
             openapi_extra={"requestBody": {"content": {
                 "application/sparql-query": {"schema": {"type": "string"}, "example": "SELECT * WHERE { ?s ?p ?o } LIMIT 5"},
                 "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
                     "query": {"type": "string"}, "default-graph-uri": {"type": "array", "items": {"type": "string"}},
                     "named-graph-uri": {"type": "array", "items": {"type": "string"}}, "format": {"type": "string"}}}}}}})
async def sparql_post(request: Request):
    """POST a query as `application/sparql-query` (dataset and format in the URL) or as form field
    `query`. Updates (`application/sparql-update` or form field `update`) are refused with 403."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    _check_declared_size(request)
    if content_type == "application/sparql-query":
        body = await _bounded_body(request)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ApiError(400, "bad_request", f"the query body is not valid UTF-8 (byte {exc.start})", {"parameter": "body"}) from None
        return await _run(request, request.query_params, text)
    if content_type == "application/sparql-update":
        return await _run(request, request.query_params, None, update="update")
    if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        try:
            form = await _bounded_form(request)
        except ApiError:
            raise
        except Exception as exc:  # noqa: BLE001 - a malformed form body is the client's error
            why = getattr(exc, "detail", None) or str(exc) or type(exc).__name__
            raise ApiError(400, "bad_request", f"the form body cannot be read: {why}", {"parameter": "body"}) from None
        params = _FormParams(form, request.query_params)
        query, update = form.get("query"), form.get("update")
        if not isinstance(query, (str, type(None))) or not isinstance(update, (str, type(None))):
            raise ApiError(400, "bad_request", "query and update must be form fields, not files", {"parameter": "query"})
        if query is None and update is None:  # (a GET without a query asks for the service description; a POST asks a query)
            raise ApiError(400, "malformed_query", "the form has no `query` field: POST the query as form field `query`",
                           {"parameter": "query"})
        return await _run(request, params, query, update=update)
    raise ApiError(415, "unsupported_media_type", "POST a query as application/sparql-query or as a form with a `query` field")


MAX_BODY_BYTES = 1 << 20  # a query of a megabyte is far past any written by hand or by a client's VALUES block


def _too_large() -> ApiError:
    return ApiError(413, "body_too_large", f"the request body is over {MAX_BODY_BYTES >> 20} MiB: send a shorter query",
                    {"parameter": "body", "limit_bytes": MAX_BODY_BYTES})


def _check_declared_size(request: Request) -> None:
    declared = request.headers.get("content-length", "")
    if declared.isdecimal() and int(declared) > MAX_BODY_BYTES:
        raise _too_large()


async def _bounded_body(request: Request) -> bytes:
    """The body, read no further than the limit (a chunked body says no length beforehand)."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise _too_large()
        chunks.append(chunk)
    return b"".join(chunks)


async def _bounded_form(request: Request):
    """The form, parsed by Starlette from a body read no further than the limit (its own limits
    are per field: a form of many large fields, or a file part, went past them)."""
    body = await _bounded_body(request)
    if request.headers.get("content-type", "").lower().startswith("application/x-www-form-urlencoded") and b"%" in body:
        parameter = undecodable_parameter(body)  # (query=%ff%fe had reached the parser as U+FFFD: a malformed query)
        if parameter is not None:
            raise ApiError(400, "invalid_parameter", f"form field {parameter[:40]!r} is not UTF-8 once its %-escapes are decoded",
                           {"parameter": parameter[:40]})

    async def replay() -> dict:
        return {"type": "http.request", "body": body, "more_body": False}

    return await Request(request.scope, replay).form()


class _FormParams:
    """Form fields first, then the URL's parameters (a POSTed query may carry format= in the URL)."""

    def __init__(self, form, query_params):
        self.form, self.query_params = form, query_params

    def getlist(self, name: str) -> list[str]:
        return [v for v in self.form.getlist(name) if isinstance(v, str)] or self.query_params.getlist(name)


class SparqlFastPath:
    """ASGI middleware: ``GET /sparql`` goes straight to the route's handler, past FastAPI's
    routing, request validation and dependency machinery, which cost ~0.07 ms of CPU a request
    (a small query's whole cost is ~0.3 ms; `scripts/bench_sparql.py`). The handler, the errors (through
    the app's own exception handlers) and the responses are the route's; everything else, and a
    GET without ``query`` (service description, browser redirect), goes on to the app. A
    dependency added to the route would not run here: check there, in ``sparql_get``, instead.
    A request asked before on the same store state is answered from the answers kept
    (``SparqlAnswers``: ~0.1 ms of CPU, no worker)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if (scope["type"] != "http" or scope["method"] != "GET" or b"query=" not in scope["query_string"]
                or _route_path(scope) != "/sparql"):
            return await self.app(scope, receive, send)
        services = scope["app"].state.services
        answers = services.sparql.answers
        if answers is None:
            return await self._answer(scope, receive, send)
        # the whole of what the answer depends on, as received (see SparqlAnswers)
        key = (scope["query_string"], *[value for name, value in scope["headers"] if name == b"accept"])
        generation = scope[FOLLOWED] = await services.sparql.follow_async(services.workspace)
        answer = answers.get(generation, key)
        if answer is not None:
            return await send_answer(answer, send)
        response = await self._answer(scope, receive, send)
        if getattr(response, "repeatable", False):  # (set on a query's answer only: never on an error)
            answers.put(generation, key, response)

    async def _answer(self, scope, receive, send) -> Response:
        request = Request(scope, receive)
        try:
            response = await sparql_get(request)
        except Exception as exc:  # noqa: BLE001 - answered as the app answers it
            response = await _handled(request, exc)
        await response(scope, receive, send)
        return response


_CATCH_ALL = (Exception, BaseException, object)


def _route_path(scope) -> str:
    """The path within the app: without the root path a proxy mounts it under, if given."""
    path, root = scope["path"], scope.get("root_path", "")
    return path[len(root):] if root and path.startswith(root) else path


async def _handled(request: Request, exc: Exception) -> Response:
    """The response of the app's handler for ``exc`` (its class or nearest base). Anything only
    the catch-all ``Exception`` handler takes is raised on, as a routed request's is: the server
    error middleware outside answers it (500, logged, without CORS headers)."""
    handlers = request.app.exception_handlers
    handler = next((handlers[cls] for cls in type(exc).__mro__ if cls in handlers and cls not in _CATCH_ALL), None)
    if handler is None:
        raise exc
    return await handler(request, exc)
