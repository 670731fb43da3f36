"""The ``policykg`` command: thin wrappers over graph/ (it never imports the web app's module
except to start it in ``serve``).

Errors: the package's own errors print one line on stderr and exit with the status of their kind
(1; 3 for internal errors, docs/architecture.md); usage errors exit 2. No tracebacks.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Optional

import typer
from policykg.graph.errors import QueryError
from policykg.graph.namespaces import sparql_prefixes
from policykg.graph.sparql import FORMAT_NAMES, check_read_only, in_users_lines
from policykg.ingest.errors import INTERNAL, PolicyKGError

from .settings import Settings

app = typer.Typer(help="政策知识图谱 policykg: ingest Chinese policy documents, query and search them.",
                  add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True)

DataOption = typer.Option(None, "--data", help="Data directory (default: $POLICYKG_DATA_DIR or ./data)")
QuietOption = typer.Option(False, "--quiet", "-q", help="No progress bars")
EXIT_USAGE = 2
EXIT_INTERNAL = 3
ROLES = ("lead", "co", "inherited", "any")


def exit_status(error: PolicyKGError) -> int:
    return EXIT_INTERNAL if error.kind == INTERNAL else 1


def fail(message: str, code: int = 1):
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def usage(message: str):
    fail(message, EXIT_USAGE)


def user_errors(command):
    """The package's own errors and OS errors on the user's paths: one line and an exit status."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except PolicyKGError as exc:
            fail(str(exc), exit_status(exc))
        except BrokenPipeError:  # `policykg compare … | head`: the reader has all it wants
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes stdout
            sys.exit(0)
        except OSError as exc:  # a file the user named cannot be read or written
            where = f"{exc.filename}: " if exc.filename else ""
            fail(f"{where}{exc.strerror or exc}")

    return wrapper


def _settings(data: Optional[Path], **overrides) -> Settings:
    values = {k: v for k, v in overrides.items() if v is not None}
    if data is not None:
        values["data_dir"] = data
    return Settings(**values)


def _workspace(settings: Settings, read_only: bool = True, search: bool = True, repair_index: bool = True):
    """Open the data folder with the settings given explicitly (never through os.environ)."""
    from policykg.graph.workspace import Workspace

    store = None
    if settings.sparql_url:
        from policykg.graph.store import RemoteStore

        store = RemoteStore(settings.sparql_url, settings.sparql_update_url)
    elif read_only and not (settings.data_dir / "store").exists():
        fail(f"no data in {settings.data_dir}: run `policykg ingest corpus/ --data {settings.data_dir}` first")
    return Workspace(settings.data_dir, base=settings.base_iri, store=store, read_only=read_only, search=search,
                     model=settings.model, dense=settings.dense, model_cache=settings.model_cache, repair_index=repair_index)


# --- ingest ---------------------------------------------------------------------------------
@app.command()
@user_errors
def ingest(paths: list[Path] = typer.Argument(..., help="Files or folders (.txt UTF-8/GB18030, .html, .docx, .pdf with a text layer), several allowed"),
           data: Optional[Path] = DataOption, quiet: bool = QuietOption,
           dense: bool = typer.Option(True, help="Compute dense vectors (--no-dense: BM25 only, no model)"),
           report_file: Optional[Path] = typer.Option(None, "--report", help="Write the per-document report to this JSON file")):
    """Parse documents into the graph, then rebuild the search index once. Exit status 1 if any file failed."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        fail(f"no such file or folder: {', '.join(missing)}")
    if report_file is not None and not report_file.parent.is_dir():
        fail(f"--report {report_file}: folder {report_file.parent} does not exist", EXIT_USAGE)
    ws = _workspace(_settings(data, dense=dense), read_only=False)
    try:
        report = ws.ingest(paths, quiet=quiet)
    finally:
        ws.close()
    _print_report(report)
    if report_file is not None:
        report_file.write_text(json.dumps(_report_json(report), ensure_ascii=False, indent=1), encoding="utf-8")
    if report.errors:
        raise typer.Exit(1)


def _print_report(report) -> None:
    if report.details:
        typer.echo("  ".join(["文号/key".ljust(24), "date".ljust(10), "clauses", "units", "amounts", "periods", "refs", "warn", "title / issuer"]))
    for d in report.details:
        ident = (d.doc_number or d.key)[:24]
        mark = f"  (duplicate of {d.duplicate_of})" if d.duplicate_of else ""
        typer.echo(f"{ident:<24}  {d.date or '-':<10}  {d.clauses:>7}  {d.units:>5}  {d.amounts:>7}  {d.periods:>7}  "
                   f"{d.references:>4}  {len(d.warnings):>4}  {d.title or '(no title)'} / {d.issuer or '?'}{mark}")
    for line in report.duplicates:
        typer.echo(f"duplicate: {line}", err=True)
    for line in report.errors:
        typer.echo(f"error: {line}", err=True)
    typer.echo(f"{report.files} files: {len(report.documents)} documents stored, {len(report.unchanged)} unchanged, "
               f"{len(report.duplicates)} duplicates, {len(report.errors)} failed; {report.clauses} clauses, "
               f"{report.units} unit mentions, {report.amounts} amounts, {report.periods} periods, {report.references} references")
    if report.seconds:
        typer.echo("time: " + ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in report.seconds.items()))


def _report_json(report) -> dict:
    return {"files": report.files, "stored": report.documents, "unchanged": report.unchanged,
            "duplicates": report.duplicates, "errors": report.errors, "store_state": report.state,
            "seconds": {stage: round(s, 3) for stage, s in report.seconds.items()},
            "documents": [asdict(d) for d in report.details]}


@app.command()
@user_errors
def reindex(data: Optional[Path] = DataOption, quiet: bool = QuietOption,
            dense: bool = typer.Option(True, help="Dense vectors too (--no-dense: BM25 only)")):
    """Rebuild the search index from the graph store (new clauses are embedded, others reused)."""
    ws = _workspace(_settings(data, dense=dense), read_only=False, repair_index=False)
    try:
        index = ws.reindex(quiet=quiet)
    finally:
        ws.close()
    typer.echo(f"index rebuilt: {len(index)} clauses, store state {index.stamp}")


# --- serve ----------------------------------------------------------------------------------
@app.command()
@user_errors
def serve(data: Optional[Path] = DataOption, host: Optional[str] = typer.Option(None, help="Address (default 127.0.0.1)"),
          port: Optional[int] = typer.Option(None, help="Port 1-65535 (default 8000)"),
          cors: Optional[list[str]] = typer.Option(None, "--cors", help="Allow this browser origin (repeatable; * for any): for YASGUI and other browser tools")):
    """Serve the HTTP API (SPARQL endpoint, search, units, compare) over the data directory."""
    if port is not None and not 1 <= port <= 65535:
        usage(f"--port must be between 1 and 65535, not {port}")
    import uvicorn

    from .app import create_app  # the one place the CLI loads the web app: to run it

    settings = _settings(data, host=host, port=port, cors_origins=cors or None)
    _check_port_free(settings.host, settings.port)  # before the store and the model load (uvicorn only logs Errno 98)
    _log_to_terminal()
    workspace = _workspace(settings)
    if workspace.embedder is not None:
        workspace.embedder.load()  # the model loads now, not in the first search request
    application = create_app(settings, workspace)
    try:
        uvicorn.run(application, host=settings.host, port=settings.port, log_level="info", access_log=settings.access_log,
                    timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_S)
    except OSError as exc:
        fail(f"cannot listen on {settings.host}:{settings.port}: {exc.strerror or exc}")
    finally:
        workspace.close()  # (its store's snapshot removed: graph/snapshots.py)


def _check_port_free(host: str, port: int) -> None:
    """Fail with one line where another program listens on the port (a new user: uvicorn's bare Errno 98, the README
    silent on POLICYKG_PORT)."""
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # (as uvicorn binds: a socket left in TIME_WAIT is no user)
        try:
            probe.bind((host, port))
        except socket.gaierror as exc:  # (a host no name resolves: no port would do, a review)
            fail(f"cannot listen on {host}:{port}: no such address ({exc.strerror or exc}); choose another: --host or POLICYKG_HOST")
        except OSError as exc:
            fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}; choose another port: --port or POLICYKG_PORT")


GRACEFUL_SHUTDOWN_S = 3  # Ctrl-C: requests still running get this long (a SPARQL query had held the server up to its time limit)


def _log_to_terminal() -> None:
    """The server's own messages (the background embedding's start and end) beside uvicorn's."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s:     %(message)s"))
    logger = logging.getLogger("policykg")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


# --- reads ----------------------------------------------------------------------------------
@app.command()
@user_errors
def mcp(data: Optional[Path] = DataOption):
    """Serve the MCP tools (search, get_clause, get_document, lookup_unit, compare_cities, sparql) on stdio."""
    from .mcp_server import run_stdio

    settings = _settings(data)
    run_stdio(_workspace(settings), settings)


@app.command()
@user_errors
def query(sparql: Optional[str] = typer.Argument(None, help="SPARQL query text"),
          file: Optional[Path] = typer.Option(None, "--file", "-f", help="Read the query from a file (.rq)"),
          format: str = typer.Option("json", "--format", help="json|csv|tsv|xml for SELECT/ASK; ttl|nt|jsonld|rdfxml for CONSTRUCT/DESCRIBE"),
          data: Optional[Path] = DataOption):
    """Run a read-only SPARQL query with the server's time limit (pol:, eli:, skos: … are predeclared)."""
    if (sparql is None) == (file is None):
        usage("give a query or --file, not both")
    if format not in FORMAT_NAMES:
        usage(f"unknown --format {format!r}; choose from {', '.join(FORMAT_NAMES)}")
    if file is not None and not file.is_file():
        fail(f"--file {file}: no such file")
    text = file.read_text(encoding="utf-8") if file else sparql
    settings = _settings(data)
    check_read_only(text)
    ws = _workspace(settings, search=False)
    # the project's prefixes are declared for you; a PREFIX in the query overrides them
    prefixes = sparql_prefixes()
    try:
        payload, _ = ws.store.query_bytes(prefixes + text, FORMAT_NAMES[format], settings.query_timeout)
    except QueryError as exc:
        raise in_users_lines(exc, prefixes.count("\n")) from None
    finally:
        ws.close()
    sys.stdout.buffer.write(payload if payload.endswith(b"\n") else payload + b"\n")


@app.command()
@user_errors
def search(text: str = typer.Argument(..., help="Question or keywords"), k: int = typer.Option(5, "--k", min=1, max=100),
           as_json: bool = typer.Option(False, "--json", help="Print hits as JSON"),
           city: Optional[str] = None, province: Optional[str] = None, level: Optional[str] = None,
           document: Optional[str] = None, unit: Optional[str] = None, group: Optional[str] = None,
           instrument: Optional[str] = None, in_force_on: Optional[str] = typer.Option(None, help="YYYY-MM-DD"),
           mode: str = typer.Option("hybrid", help="hybrid|bm25|dense"), data: Optional[Path] = DataOption):
    """Hybrid search over clauses, with citations."""
    from policykg.graph.search.index import SearchFilters

    if mode not in ("hybrid", "bm25", "dense"):
        usage("--mode must be hybrid, bm25 or dense")
    if not text.strip():
        usage("give a question or keywords to search for")
    from policykg.graph.reads import LEVELS

    if level is not None and level not in LEVELS:
        usage(f"--level must be one of {', '.join(LEVELS)}, not {level!r}")
    try:
        day = dt.date.fromisoformat(in_force_on) if in_force_on else None
    except ValueError:
        usage(f"--in-force-on must be a date YYYY-MM-DD, not {in_force_on!r}")
    ws = _workspace(_settings(data))
    if ws.search_index is None:
        fail(f"no search index in {ws.data_dir}: {ws.index_problem}; run `policykg reindex --data {ws.data_dir}`")
    from policykg.graph import reads

    result = ws.search_index.search_response(text, k, SearchFilters(city, province, level, document, unit, group, instrument, day), mode)
    hits = result.hits
    if as_json:  # the shape of GET /search's answer: what a chat front end reads, whichever way it asks
        typer.echo(json.dumps({"query": text, "mode": mode, "good_match": result.good_match, "dense": result.dense,
                               "understood": result.understood.as_dict(), "hits": [reads.search_hit(h) for h in hits]},
                              ensure_ascii=False, indent=1))
        return
    for note in result.understood.applied:
        typer.echo(f"({note})")
    if mode != "bm25" and ws.vectors_missing():
        typer.echo(f"(BM25 only: the index has no vectors yet; `policykg reindex --data {ws.data_dir}` or a running server embeds them)",
                   err=True)
    if not hits:
        typer.echo("no clause found")
    elif not result.good_match:
        typer.echo("(no good match: the hits below are only loosely related)")
    for i, h in enumerate(hits, 1):
        # (its number after those above it, 第七条 （一）, and its file as /search names it: h307 F9, F10)
        cite = (f"《{h.title}》" + (f"（{h.doc_number}）" if h.doc_number else "")
                + f" {h.label or h.number} [{reads.public_path(h.source_file)}:{h.start}-{h.end}]")
        ranks = ", ".join(f"{name} #{rank}" for name, rank in (("bm25", h.bm25_rank), ("dense", h.dense_rank)) if rank)
        typer.echo(f"{i}. {cite}  relevance {h.relevance:.2f}, score {h.score:.4f}" + (f" ({ranks})" if ranks else ""))
        typer.echo(f"   {h.snippet.replace('<mark>', '【').replace('</mark>', '】')}")


def _period_note(period) -> str:
    """What a period states besides its words (its bound, length or days), so that a range 3—12个月,
    which is two periods, shows its least and its most."""
    parts = [x for x in (period.bound if period.bound in ("min", "max") else None, period.duration, period.begin, period.end) if x]
    return f" ({' '.join(str(x) for x in parts)})" if parts else ""


@app.command()
@user_errors
def units(name: str = typer.Argument(..., help="Any part of a unit's name, a short alias (人社局) or a type (财政部门)"),
          data: Optional[Path] = DataOption,
          role: str = typer.Option("any", help="lead|co|inherited|any: also list the clauses in this role"),
          as_json: bool = typer.Option(False, "--json", help="Print the matches (and their clauses) as JSON")):
    """Every matching unit, grouped by city (each city's unit apart), with the clauses it is responsible for."""
    from policykg.graph import reads

    if role not in ROLES:
        usage(f"--role must be one of {', '.join(ROLES)}, not {role!r}")
    ws = _workspace(_settings(data), search=False)
    found = reads.find_units(ws.store, name)
    if not found.total:
        fail(f"no unit named {name!r}")
    clauses = {u.id: reads.unit_clauses(ws.store, u.id, role, limit=1000) for c in found.cities for u in c.units}
    if as_json:
        out = found.model_dump(mode="json")
        for city in out["cities"]:
            for u in city["units"]:
                u["clauses"] = clauses[u["id"]].clauses.model_dump(mode="json")["items"]
        typer.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    for city in found.cities:
        typer.echo(f"{city.jurisdiction or '(no place)'}")
        for u in city.units:
            typer.echo(f"  {u.canonical}  [{u.type_label or 'untyped'}, {u.match} match]  id {u.id}  aliases: {'、'.join(u.aliases) or '-'}")
            for c in clauses[u.id].clauses.items:
                typer.echo(f"     {c.role:<9} {c.doc_number or c.document_id} {c.number} (path {c.path}) {c.heading or ''}")
            if not clauses[u.id].clauses.items:
                typer.echo(f"     (no clauses{'' if role == 'any' else ' as ' + role})")


@app.command()
@user_errors
def compare(instrument: Optional[str] = typer.Argument(None, help="Instrument, e.g. 就业见习补贴"),
            group: Optional[str] = typer.Option(None, help="Compare by beneficiary group instead"),
            unit: Optional[str] = typer.Option(None, help="Compare by responsible unit instead"),
            as_json: bool = typer.Option(False, "--json"), data: Optional[Path] = DataOption):
    """One row per city/document clause: amounts with bounds and payment units, rates, periods, units."""
    from policykg.graph import reads

    given = {k: v for k, v in {"instrument": instrument, "group": group, "unit": unit}.items() if v}
    if len(given) != 1:
        usage("give exactly one of INSTRUMENT, --group or --unit")
    result = reads.compare(_workspace(_settings(data), search=False).store, **given)
    if as_json:
        typer.echo(json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=1))
        return
    if not result.rows:
        typer.echo("no clause found")
    for r in result.rows:
        typer.echo(f"{r.jurisdiction or '?'} ({r.level or '?'}) {r.doc_number or r.document_id} {r.number} (path {r.path}) {r.heading or ''}")
        several = len({v.instrument.id for v in [*r.amounts, *r.rates] if v.instrument is not None}) > 1
        for a in r.amounts:
            typer.echo(f"   amount: {a.as_written} → {_amount_text(a)}{_value_notes(a, several)}")
        for rate in r.rates:
            typer.echo(f"   {rate.kind}: {rate.as_written} → {_rate_text(rate)}{_value_notes(rate, several)}")
        for p in r.periods:
            typer.echo(f"   period: {p.as_written}{_period_note(p)}")
        if r.units:
            typer.echo(f"   units: {'、'.join(r.units)}")


def _amount_text(a) -> str:
    """≤ 20000 元 每人每月: the value with its bound and payment unit."""
    currency = "元" if a.currency == "CNY" else a.currency
    if a.value is not None:
        value = f"{a.value} {currency}"
    else:
        value = " ".join(part for part in (f"≥ {a.min_value} {currency}" if a.min_value is not None else "",
                                          f"≤ {a.max_value} {currency}" if a.max_value is not None else "") if part) or "?"
    return value + (f" {a.payment_unit.label}" if a.payment_unit else "")


RATE_BOUNDS = {"max": "≤ ", "min": "≥ ", "exact": ""}


def _rate_text(rate) -> str:
    """≤ 50%, 1.5 个百分点: the share with its bound, as the JSON states it."""
    unit = " 个百分点" if rate.unit == "percentage_point" else "%"
    return f"{RATE_BOUNDS.get(rate.bound, rate.bound + ' ')}{rate.percent}{unit}"


def _value_notes(value, name_instrument: bool) -> str:
    """What the text alone would hide: the standard a change replaced, a target or condition rather than a payment, and
    the instrument the value is for when the clause names several (a new user took a replaced 25% for a rate paid)."""
    notes = []
    if value.superseded:
        notes.append("replaced: the old standard")
    if getattr(value, "threshold", False):
        notes.append("a target or condition, not paid")
    if name_instrument and value.instrument is not None:
        notes.append(f"for {value.instrument.label or value.instrument.id}")
    return f"  [{'; '.join(notes)}]" if notes else ""


@app.command()
@user_errors
def export(format: str = typer.Option("ttl", "--format", help="ttl|trig|nq|nt|jsonld (trig and nq keep one named graph per document)"),
           output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default: stdout)"),
           data: Optional[Path] = DataOption):
    """Dump the whole graph."""
    if format not in ("ttl", "trig", "nq", "jsonld", "nt"):
        usage("--format must be ttl, trig, nq, nt or jsonld")
    if output is not None and not output.parent.is_dir():
        fail(f"--output {output}: folder {output.parent} does not exist")
    payload = _workspace(_settings(data), search=False).store.dump(format)
    if output:
        output.write_bytes(payload)
        typer.echo(f"wrote {len(payload)} bytes to {output}", err=True)
    else:
        sys.stdout.buffer.write(payload)


def main() -> None:
    try:
        app()
    except PolicyKGError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(exit_status(exc))
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
