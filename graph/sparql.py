"""SPARQL execution for outside queries: checks, dataset, result formats, and a pool of workers.

Checks before a query runs: updates are refused (``ReadOnlyQueryError``); ``SERVICE`` is refused
(``ServiceRefused``) unless its endpoint is one the operator allowed. The dataset follows SPARQL
1.1 Protocol §2.1.4: ``default-graph-uri``/``named-graph-uri`` override the query's ``FROM``/``FROM
NAMED``; with neither, the default graph is the union of all named graphs.

Oxigraph's Python API cannot interrupt a running query, so outside queries run in a pool of
worker processes, each opening the store read-only. A query past its time limit, or whose worker
grows past the memory limit (resident memory, watched while waiting), is stopped by killing its
worker, which is replaced. A worker that dies by itself is reported as an internal error.
"""
from __future__ import annotations

import asyncio
import multiprocessing as mp
import os
import pickle
import queue
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field

import pyoxigraph as ox

from .errors import (
    GraphError,
    QueryAbandoned,
    QueryError,
    QueryMemoryLimit,
    QueryTimeout,
    ReadOnlyQueryError,
    ServiceRefused,
    StoreError,
)

RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}
# short names used by the CLI's --format
FORMAT_NAMES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
# Tokens that can hide keywords: strings, IRIs and comments are skipped when looking for them.
_TOKEN = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n]*"
    r"|[?$]\w+"
    r"|[A-Za-z_][\w\-]*(?::[\w\-.%]*)?|:[\w\-.%]*"
    r"|\S",
    re.DOTALL,
)
READ_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")
_POSITION = re.compile(r"error at (\d+):(\d+)")
DEMOTE_AFTER = 0.5  # seconds a query runs before its worker yields the CPU to others
DEMOTED_NICENESS = 10
POLL_SECONDS = 0.05  # how often a running query's memory and worker are checked
RECEIVE_IN_LOOP_BYTES = 1 << 20  # a larger result is received in a thread (160 MiB held the loop 0.26 s)
WHOLE_REPLY, SIZE_FIRST = b"W", b"S"  # open a reply sent as one message, and a large reply's size (its body follows)


def _tokens(query: str) -> list[str]:
    return [t for t in _TOKEN.findall(query) if not t.startswith("#")]


def query_form(query: str) -> str:
    """SELECT, ASK, CONSTRUCT, DESCRIBE, or the update keyword the text starts with ('' if none)."""
    return _form(_tokens(query))


def _form(tokens: list[str]) -> str:
    i = 0
    while i < len(tokens) and tokens[i].upper() in ("PREFIX", "BASE"):
        i += 3 if tokens[i].upper() == "PREFIX" else 2
    word = tokens[i].upper() if i < len(tokens) else ""
    return word if word in READ_FORMS + UPDATE_WORDS else ""


@dataclass(frozen=True)
class QueryPlan:
    """What the checks found: the query form and whether it names its own dataset."""

    form: str
    has_dataset: bool
    services: tuple[str, ...] = field(default_factory=tuple)
    repeatable: bool = False  # the same store gives the same answer every time (no NOW(), RAND(), SERVICE …)


# functions whose value changes from one run of a query to the next
NOT_REPEATABLE = frozenset({"NOW", "RAND", "UUID", "STRUUID"})


def check_query(query: str, allowed_services: tuple[str, ...] | list[str] | None = ()) -> QueryPlan:
    """Refuse updates and SERVICE calls to endpoints not in ``allowed_services`` (None: allow
    any, for the operator's own command line); note FROM clauses."""
    tokens = _tokens(query)
    form = _form(tokens)
    if form in UPDATE_WORDS:
        raise ReadOnlyQueryError(f"SPARQL {form} is an update; this endpoint is read-only")
    _check_nesting(tokens)
    upper = [t.upper() for t in tokens]
    services = []
    for i, word in enumerate(upper):
        if word != "SERVICE":
            continue
        j = i + 1 + (i + 1 < len(upper) and upper[i + 1] == "SILENT")
        target = tokens[j] if j < len(tokens) else ""
        endpoint = target[1:-1] if target.startswith("<") else target
        if allowed_services is not None and endpoint not in allowed_services:
            raise ServiceRefused(f"SERVICE {endpoint or '(none)'} is not allowed on this endpoint; "
                                 "the operator may allow endpoints with POLICYKG_ALLOWED_SERVICES")
        services.append(endpoint)
    return QueryPlan(form=form, has_dataset="FROM" in upper, services=tuple(services),
                     repeatable=not services and NOT_REPEATABLE.isdisjoint(upper))


MAX_NESTING = 200  # levels of {…}, (…) and […]: real queries use a few dozen; the engine's parser overflowed its stack at 20,000


def _check_nesting(tokens: list[str]) -> None:
    """Refuse a query nested deeper than ``MAX_NESTING`` (it had crashed the worker's parser: a 500 with no reason given)."""
    depth = deepest = 0
    for token in tokens:
        if token in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif token in "})]":
            depth -= 1
    if deepest > MAX_NESTING:
        raise QueryError(f"the query nests brackets {deepest} levels deep; at most {MAX_NESTING} are allowed")


def in_users_lines(error: QueryError, shift: int) -> QueryError:
    """The error at the line of the user's own text: the parser counted ``shift`` lines of predeclared prefixes too."""
    m = _POSITION.search(str(error))
    if not m:
        return error
    line, column = int(m.group(1)) - shift, int(m.group(2))
    message = _POSITION.sub(f"error at line {line}, column {column}", str(error), count=1)
    return QueryError(message, line=line, column=column)


def check_read_only(query: str) -> str:
    return check_query(query).form


def syntax_error(exc: BaseException, query: str = "") -> QueryError:
    """The parser's message as a ``QueryError`` with the line and column of the user's text, and
    the PREFIX lines it lacks when it uses a prefix it does not declare (a query copied from the
    CLI, which declares the project's prefixes itself)."""
    message = str(exc)
    m = _POSITION.search(message)
    line, column = (int(m.group(1)), int(m.group(2))) if m else (None, None)
    short = message.split(": expected", 1)[0] if len(message) > 300 else message
    hint = "" if short == message else " (a SPARQL keyword, term or punctuation was expected here)"
    return QueryError(short + hint + _unbalanced(query) + _undeclared_prefixes(query), line=line, column=column)


def _unbalanced(query: str) -> str:
    """`{ … ` never closed: the parser names the tokens it expected, not the missing brace (a SPARQL user)."""
    text = _NOT_NAMES.sub(" ", query)
    notes = [f"{text.count(a)} '{a}' but {text.count(b)} '{b}'" for a, b in ("{}", "()", "[]") if text.count(a) != text.count(b)]
    return f"; the query has {', '.join(notes)}" if notes else ""


_NOT_NAMES = re.compile(r"<[^<>\s]*>|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|#[^\n]*")  # IRIs, strings, comments
_PREFIXED = re.compile(r"(?<![\w:?$-])([A-Za-z][\w-]*)?:(?=[\w%])")
_DECLARED = re.compile(r"PREFIX\s+([A-Za-z][\w-]*)?:", re.IGNORECASE)


def _undeclared_prefixes(query: str) -> str:
    from .namespaces import PREFIXES

    text = _NOT_NAMES.sub(" ", query)
    declared = set(_DECLARED.findall(text))
    missing = sorted({p for p in _PREFIXED.findall(text) if p not in declared})
    if not missing:
        return ""
    lines = [f"PREFIX {p}: <{PREFIXES[p]}>" if p in PREFIXES else f"PREFIX {p}: <…>" for p in missing]
    return f"; the query uses {', '.join(p + ':' for p in missing)} without declaring it: add {' '.join(lines)}"


@dataclass(frozen=True)
class Dataset:
    """The RDF dataset a query runs on (SPARQL 1.1 Protocol §2.1.4)."""

    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()

    def query_options(self, plan: QueryPlan, store_default: dict) -> dict:
        """``store_default``: how the store's default graph is read where neither the request nor the query names one
        (``default_graph_options``: the merge, or the named graphs on a store without a current merge)."""
        if not self.default_graphs and not self.named_graphs:
            return {} if plan.has_dataset else store_default
        try:
            options = {"default_graph": [ox.NamedNode(g) for g in self.default_graphs] or None}
            if self.named_graphs:
                options["named_graphs"] = [ox.NamedNode(g) for g in self.named_graphs]
        except ValueError as exc:
            raise QueryError(f"default-graph-uri/named-graph-uri: not a valid IRI ({exc})") from exc
        if options["default_graph"] is None:
            options.pop("default_graph")
            if not plan.has_dataset:  # named graphs given alone: the default graph stays the store's (the union asked for
                # over a merge added the merge to the graphs: each triple twice, a review)
                options.update(store_default or {"default_graph": ox.DefaultGraph()})
        return options


def serialise_result(result, media_type: str, describe: bool = False) -> tuple[bytes, str]:
    """Serialise a pyoxigraph result in the format asked for (JSON or Turtle by default). A DESCRIBE's triples once each:
    over the union of the graphs the engine gives a triple once per graph stating it (a new user: a place's 4 triples
    came 116 times, once for each document naming it)."""
    if isinstance(result, ox.QueryTriples):
        fmt = GRAPH_FORMATS.get(media_type, ox.RdfFormat.TURTLE)
        if describe:
            return ox.serialize(dict.fromkeys(result), format=fmt) or b"", fmt.media_type
    else:
        fmt = RESULT_FORMATS.get(media_type, ox.QueryResultsFormat.JSON)
    return result.serialize(format=fmt) or b"", fmt.media_type


def execute(store: ox.Store, query: str, media_type: str, plan: QueryPlan, dataset: Dataset = Dataset()) -> tuple[bytes, str]:
    """Run a checked query and serialise its result as the engine writes it."""
    try:
        return serialise_result(store.query(query, **dataset.query_options(plan, default_graph_options(store))), media_type,
                                plan.form == "DESCRIBE")
    except SyntaxError as exc:
        raise syntax_error(exc, query) from exc
    except RuntimeError as exc:
        if ENGINE_REFUSES.search(str(exc)):  # the query asks what the engine does not do: the client's to change, not a fault
            raise QueryError(f"the query engine cannot evaluate this query: {exc}") from exc
        raise


# what Oxigraph's evaluator says of a query it cannot run (<urn:f>(1): a function it does not know); an unknown
# function had answered 500 internal_error
ENGINE_REFUSES = re.compile(r"is not supported|are not supported|[Uu]nsupported")


# --- worker processes ---------------------------------------------------------------------------
def _exit_with_server(lifeline: int) -> None:
    """In the child: end this process when the server's end of ``lifeline`` closes, even mid-query
    (the engine releases the GIL while it runs), so a killed server leaves no query running."""
    def watch():
        os.read(lifeline, 1)  # returns only at end-of-file: the server never writes
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="lifeline").start()


def open_read_only(path, attempts: int = 5) -> ox.Store:
    """Open read-only; retried because a writer compacting at that moment removes files under us."""
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError):
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def named_graph_quads(store: ox.Store) -> int:
    """The quads of every named graph, as ``COUNT(*)`` over ``GRAPH ?g { ?s ?p ?o }`` counts them, by the
    engine's own count of the store less its default graph (the merge, counted by the engine: 1,000 files 0.22 s against
    0.53 s)."""
    return len(store) - default_graph_triples(store)


def default_graph_triples(store: ox.Store) -> int:
    """The triples of the store's own default graph (the merge of the named graphs; no union asked for)."""
    return int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))[0].value)


# The store's bookkeeping graph (graph/store.py's STATE_GRAPH): its state records, and the state its merge was kept at
META_GRAPH = "https://w3id.org/policykg/meta"
STATE_COUNTER = ox.NamedNode(META_GRAPH + "#counter")
MERGED_AT = ox.NamedNode(META_GRAPH + "#mergedAt")


def has_merge(store: ox.Store) -> bool:
    """Whether the store's default graph is the merge of its named graphs as they are now (``graph/store.py``): the
    merge was kept by the write that made the current state. A store written by an earlier version (no merge), or
    written since by one that does not keep it (an older checkout, a bare SPARQL update), is read as the union of the
    named graphs instead, until it is next opened for writing, which makes the merge again (a review)."""
    meta = ox.NamedNode(META_GRAPH)
    kept = next(store.quads_for_pattern(meta, MERGED_AT, None, meta), None)
    if kept is None:
        return False
    counters = [int(q.object.value) for q in store.quads_for_pattern(None, STATE_COUNTER, None, meta)]
    return bool(counters) and int(kept.object.value) == max(counters)


def default_graph_options(store: ox.Store) -> dict:
    """How a query without a dataset of its own reads the store: its merged default graph (each triple once), or the
    union of the named graphs on a store that has no merge yet; where a stale merge is there, the named graphs listed
    (Oxigraph's union holds the default graph too)."""
    if has_merge(store):
        return {}
    if next(store.quads_for_pattern(None, None, None, ox.DefaultGraph()), None) is None:
        return {"use_default_graph_as_union": True}
    return {"default_graph": [g for g in store.named_graphs() if isinstance(g, ox.NamedNode) and g.value != META_GRAPH]}


class _ReadOnlyStore:
    """The worker's read-only store, opened again when a writer in another process removed a file it
    had opened (its compaction after a write): the query is then run once more on the new one."""

    def __init__(self, path: str, opener=open_read_only):
        self._path, self._open = path, opener
        self.store = opener(path)

    def execute(self, query: str, media_type: str, plan: QueryPlan, dataset: Dataset) -> tuple[bytes, str]:
        try:
            return execute(self.store, query, media_type, plan, dataset)
        except OSError:
            self.store = self._open(self._path)
            return execute(self.store, query, media_type, plan, dataset)


def _worker_main(conn, store_path: str) -> None:  # runs in the child process
    store = _ReadOnlyStore(store_path)
    conn.send(("ready", None, None))
    while True:
        try:
            query, media_type, plan, dataset = conn.recv()
        except EOFError:
            return
        try:
            payload, media = store.execute(query, media_type, plan, dataset)
            _reply(conn, ("ok", payload, media))
        except GraphError as exc:
            _reply(conn, ("error", exc, ""))
        except MemoryError:
            _reply(conn, ("memory", "", ""))
        except Exception as exc:  # noqa: BLE001 - an engine failure, reported as internal
            _reply(conn, ("internal", f"{type(exc).__name__}: {exc}", ""))


def _reply(conn, reply: tuple) -> None:
    """A small reply as one message; a large one announced by its size first, so the server
    receives it off its event loop (one message less for most replies: ~10 µs of each side's CPU)."""
    data = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
    if len(data) <= RECEIVE_IN_LOOP_BYTES:
        conn.send_bytes(WHOLE_REPLY + data)
    else:
        conn.send_bytes(SIZE_FIRST + len(data).to_bytes(8, "little"))
        conn.send_bytes(data)


def _rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _time_left(worker: _Worker, started: float, timeout: float) -> float:
    """Seconds left for a running query; a long one is demoted, one past its limit stopped."""
    elapsed = time.monotonic() - started
    if not worker.demoted and elapsed > DEMOTE_AFTER:
        worker.demote()
    if elapsed >= timeout:
        raise QueryTimeout(f"query stopped after its time limit of {timeout:g} s")
    return timeout - elapsed


def _receive(worker: _Worker):
    first = _first_part(worker)
    return _whole(first) if first[:1] == WHOLE_REPLY else _reply_body(worker)


def _whole(message: bytes):
    return pickle.loads(memoryview(message)[len(WHOLE_REPLY):])


# The pipe of a worker that stopped: it died (EOF), or the pool was stopped and closed the pipe
# while a query waited on it (a closed handle: OSError or ValueError, whichever call met it).
_PIPE_GONE = (EOFError, OSError, ValueError)


def _pipe_gone() -> GraphError:
    return GraphError("the query worker stopped (it died, or the server is shutting down); see the server log")


def _send(worker: _Worker, message: tuple) -> None:
    """The query to the worker, pickled here (``Connection.send`` makes a pickler and a buffer for
    each message: ~10 µs of the ~100 µs a small query cost the server in process)."""
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        worker.conn.send_bytes(data)
    except _PIPE_GONE:
        raise _pipe_gone() from None


def _polled(worker: _Worker, seconds: float) -> bool:
    try:
        return worker.conn.poll(seconds)
    except _PIPE_GONE:
        raise _pipe_gone() from None


def _fileno(worker: _Worker) -> int:
    try:
        return worker.conn.fileno()
    except _PIPE_GONE:
        raise _pipe_gone() from None


def _first_part(worker: _Worker) -> bytes:
    """A whole small reply (after ``WHOLE_REPLY``), or a large one's size (after ``SIZE_FIRST``)."""
    try:
        return worker.conn.recv_bytes()
    except _PIPE_GONE:
        raise _pipe_gone() from None


def _reply_body(worker: _Worker):
    try:
        return pickle.loads(worker.conn.recv_bytes())
    except _PIPE_GONE:
        raise _pipe_gone() from None


def _result(status: str, payload, media: str) -> tuple[bytes, str]:
    if status == "ok":
        return payload, media
    if status == "error":
        raise payload
    if status == "memory":
        raise QueryMemoryLimit("the query ran out of memory and was stopped")
    raise GraphError(f"the query engine failed: {payload}")


async def _readable(loop: asyncio.AbstractEventLoop, fd: int, seconds: float) -> bool:
    """Whether ``fd`` becomes readable within ``seconds``, waiting in the event loop."""
    ready = loop.create_future()
    loop.add_reader(fd, lambda: ready.done() or ready.set_result(True))
    timer = loop.call_later(seconds, lambda: ready.done() or ready.set_result(False))
    try:
        return await ready
    finally:
        timer.cancel()
        loop.remove_reader(fd)
        os.set_blocking(fd, True)  # uvloop leaves a watched fd non-blocking: a read would fail mid-message


class _Worker:
    """One worker process, started as ``python -m policykg.graph.sparql`` (light: it imports only
    pyoxigraph and this module, not the server's main module as a spawned process would)."""

    def __init__(self, store_path: str, generation: int):
        self.generation = generation
        parent, child = mp.Pipe()
        lifeline, self._lifeline = os.pipe()  # the child reads end-of-file when this process is gone
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "policykg.graph.sparql", store_path, str(child.fileno()), str(lifeline)],
            pass_fds=(child.fileno(), lifeline), stdin=subprocess.DEVNULL)
        child.close()
        os.close(lifeline)
        self.conn = parent
        self.pid = self.proc.pid
        self.ready = False
        self.demoted = False
        self._killing = threading.Lock()  # stop() and the query's own release may kill it at once

    def demote(self) -> None:
        """Lower the CPU priority of a long query, so short ones on other workers go first."""
        self.demoted = True
        try:
            os.setpriority(os.PRIO_PROCESS, self.pid, DEMOTED_NICENESS)
        except (OSError, AttributeError):
            pass

    def alive(self) -> bool:
        return self.proc.poll() is None

    def wait_ready(self, seconds: float) -> None:
        if self.ready:
            return
        try:
            if not self.conn.poll(seconds):
                raise StoreError("a query worker did not start in time")
            self.conn.recv()
        except EOFError:
            raise StoreError("a query worker could not open the store; see the server log") from None
        self.ready = True

    def kill(self) -> None:
        """Stop the process and close its pipes; once, whichever thread asks first (closing the
        lifeline twice had failed with EBADF, and could have closed another file given its number)."""
        with self._killing:
            self.proc.kill()
            self.proc.wait(timeout=5)
            self.conn.close()
            if self._lifeline is not None:
                os.close(self._lifeline)
                self._lifeline = None


class WorkerPool:
    """``size`` worker processes; each query takes one, or waits up to ``queue_timeout`` seconds.

    At the time limit or past ``memory_limit`` bytes of resident memory the worker is killed and a
    fresh one takes its place. ``recycle()`` replaces idle workers (e.g. after a newer store state).
    """

    def __init__(self, store_path: str, size: int = 4, memory_limit: int | None = 2 << 30, queue_timeout: float = 5.0):
        if size < 1:
            raise ValueError(f"query pool size must be at least 1, not {size}")
        self.store_path = store_path
        self.size = size
        self.memory_limit = memory_limit
        self.queue_timeout = queue_timeout
        self._idle: queue.LifoQueue[_Worker | None] = queue.LifoQueue()
        self._generation = 0
        self._lock = threading.Lock()
        self._started: set[_Worker] = set()  # every live worker, idle or busy
        for _ in range(size):
            self._idle.put(None)  # started on first use

    def _take(self) -> _Worker:
        try:
            worker = self._idle.get(timeout=self.queue_timeout)
        except queue.Empty:
            raise QueryTimeout(f"every query worker is busy; waited {self.queue_timeout:g} s") from None
        if worker is None or not worker.alive() or worker.generation != self._generation:
            if worker is not None:
                worker.kill()
            worker = self._start_worker()
        return worker

    def run(self, query: str, media_type: str, timeout: float, plan: QueryPlan | None = None,
            dataset: Dataset = Dataset()) -> tuple[bytes, str]:
        plan = plan or check_query(query)
        worker = self._take_started()
        keep = False
        try:
            _send(worker, (query, media_type, plan, dataset))
            reply = self._wait(worker, timeout)
            keep = True
        finally:
            self._release(worker, keep)
        return _result(*reply)

    async def run_async(self, query: str, media_type: str, timeout: float, plan: QueryPlan | None = None,
                        dataset: Dataset = Dataset(), in_thread=asyncio.to_thread, client_left=None) -> tuple[bytes, str]:
        """``run`` for an event loop: while the query runs, the loop watches the worker's pipe, so
        no thread is taken (a thread hand-off cost about as much CPU as a small query). Starting a
        worker, waiting for a busy pool and receiving a large result happen in a thread, through
        ``in_thread`` (a server passes its own thread pool: asyncio's default one is small).
        ``client_left``, an async callable, is asked between polls of a query running longer than
        a poll: when it says yes, the query is stopped (``QueryAbandoned``) and its worker killed."""
        plan = plan or check_query(query)
        # a worker not started yet (or replaced after a kill) is started in a thread, then watched here as any other: the
        # query of a client that leaves is stopped whichever worker runs it (it had run on to its time limit)
        worker = self._take_ready() or await self._take_started_async(in_thread)
        keep = False
        try:
            _send(worker, (query, media_type, plan, dataset))
            reply = await self._wait_async(worker, timeout, in_thread, client_left)
            keep = True
        finally:  # also when the client went away (cancelled): the worker is killed, not left running
            self._release(worker, keep)
        return _result(*reply)

    async def _take_started_async(self, in_thread) -> _Worker:
        """``_take_started`` in a thread. Cancelled while it waits (the client left), the worker it takes goes back idle."""
        taking = asyncio.ensure_future(in_thread(self._take_started))
        try:
            return await asyncio.shield(taking)
        except asyncio.CancelledError:
            taking.add_done_callback(lambda done: done.cancelled() or done.exception() or self._release(done.result(), True))
            raise

    def _take_started(self) -> _Worker:
        """A worker, started and ready (waiting for one to be free, as ``run`` does)."""
        worker = self._take()
        try:
            worker.wait_ready(30)
        except BaseException:
            self._release(worker, False)
            raise
        return worker

    def _take_ready(self) -> _Worker | None:
        """An idle, started, current worker, or None (then nothing is taken)."""
        try:
            worker = self._idle.get_nowait()
        except queue.Empty:
            return None
        if worker is None or not worker.ready or worker.generation != self._generation or not worker.alive():
            self._idle.put(worker)
            return None
        return worker

    def _release(self, worker: _Worker, keep: bool) -> None:
        self._idle.put(worker if keep else None)
        if not keep:
            worker.kill()

    def _wait(self, worker: _Worker, timeout: float):
        started = time.monotonic()
        while True:
            if _polled(worker, min(_time_left(worker, started, timeout), POLL_SECONDS)):
                return _receive(worker)
            self._check_health(worker)

    async def _wait_async(self, worker: _Worker, timeout: float, in_thread, client_left):
        loop = asyncio.get_running_loop()
        started = time.monotonic()
        while True:
            left = _time_left(worker, started, timeout)
            if _polled(worker, 0) or await _readable(loop, _fileno(worker), min(left, POLL_SECONDS)):
                first = _first_part(worker)
                if first[:1] == WHOLE_REPLY:
                    return _whole(first)
                return await in_thread(_reply_body, worker)
            self._check_health(worker)
            if client_left is not None and await client_left():
                raise QueryAbandoned("the client closed the connection; its query was stopped")

    def _check_health(self, worker: _Worker) -> None:
        """Stop a query past the memory limit or whose worker died (checked between polls)."""
        if self.memory_limit and _rss_bytes(worker.pid) > self.memory_limit:
            raise QueryMemoryLimit(f"query stopped past its memory limit of {self.memory_limit / 2**20:.0f} MiB")
        if not worker.alive():
            raise GraphError("the query worker died; see the server log")

    def warm(self) -> None:
        """Start the worker processes now, so no query pays for starting one (they open the store
        while the slots are already free to take)."""
        taken = []
        try:
            while len(taken) < self.size:
                taken.append(self._idle.get_nowait())
        except queue.Empty:
            pass
        for i, worker in enumerate(taken):
            if worker is None or worker.generation != self._generation or not worker.alive():
                if worker is not None:
                    worker.kill()
                taken[i] = self._start_worker()
        for worker in taken:
            self._idle.put(worker)

    def recycle(self, store_path: str | None = None) -> None:
        """Workers opened before now are replaced when next taken (they see an older store), on ``store_path`` from now
        where given (a reader's new snapshot, graph/snapshots.py)."""
        with self._lock:
            if store_path is not None:
                self.store_path = store_path
            self._generation += 1

    def _start_worker(self) -> _Worker:
        worker = _Worker(self.store_path, self._generation)
        with self._lock:
            self._started = {w for w in self._started if w.alive()} | {worker}
        return worker

    def stop(self) -> None:
        """Kill every worker, busy ones too (a query still running would outlive the server)."""
        workers = []
        while True:
            try:
                workers.append(self._idle.get_nowait())
            except queue.Empty:
                break
        with self._lock:
            running, self._started = self._started, set()
        for w in {w for w in workers if w is not None} | running:  # idle (even dead: closes their pipes) and busy
            w.kill()
        for _ in workers:
            self._idle.put(None)


class QueryWorker(WorkerPool):
    """One worker (the store's own killable query path for ``timeout=`` calls)."""

    def __init__(self, store_path: str):
        super().__init__(store_path, size=1)

    def run(self, query: str, media_type: str, timeout: float, plan: QueryPlan | None = None,
            dataset: Dataset = Dataset()) -> tuple[bytes, str]:
        return super().run(query, media_type, timeout, plan or check_query(query, allowed_services=None), dataset)


if __name__ == "__main__":  # a worker process: python -m policykg.graph.sparql STORE_PATH FD LIFELINE_FD
    import signal
    from multiprocessing.connection import Connection

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the server stops its workers

    _exit_with_server(int(sys.argv[3]))
    _worker_main(Connection(int(sys.argv[2])), sys.argv[1])
