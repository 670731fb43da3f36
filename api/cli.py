"""The ``policykg`` command: thin wrappers over the package's functions.

User errors print one line to stderr and exit with status 1 (2 for usage errors), no traceback.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Optional

import typer
from policykg.graph.errors import GraphError
from policykg.graph.namespaces import sparql_prefixes
from policykg.graph.queries import render
from policykg.graph.sparql import FORMAT_NAMES, check_read_only

from .settings import Settings

app = typer.Typer(help="政策知识图谱 policykg: ingest Chinese policy documents, query and search them.",
                  add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True)

DataOption = typer.Option(None, "--data", help="Data directory (default: $POLICYKG_DATA_DIR or ./data)")
QuietOption = typer.Option(False, "--quiet", "-q", help="No progress bars")


def _settings(data: Optional[Path], **overrides) -> Settings:
    values = {k: v for k, v in overrides.items() if v is not None}
    if data is not None:
        values["data_dir"] = data
    return Settings(**values)


def _workspace(settings: Settings, read_only: bool = True, search: bool = True):
    from .app import open_workspace

    if not settings.sparql_url and read_only and not (settings.data_dir / "store").exists():
        fail(f"no data in {settings.data_dir}: run `policykg ingest corpus/ --data {settings.data_dir}` first")
    ws = open_workspace(settings, read_only=read_only)
    if not search:
        ws.search_index = None
    return ws


def user_errors(command):
    """Report the package's own errors as one line and exit 1, without a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except GraphError as exc:
            fail(str(exc))

    return wrapper


def fail(message: str, code: int = 1):
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


@app.command()
@user_errors
def ingest(paths: list[Path] = typer.Argument(..., help="Files or folders (.txt UTF-8/GB18030, .html, .docx)"),
           data: Optional[Path] = DataOption, quiet: bool = QuietOption,
           dense: bool = typer.Option(True, help="Compute dense vectors (--no-dense: BM25 only, no model)")):
    """Parse documents into the graph and the search index. A bad file is reported and skipped."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        fail(f"no such file or folder: {', '.join(missing)}")
    settings = _settings(data, dense=dense)
    ws = _workspace(settings, read_only=False)
    try:
        report = ws.ingest(paths, quiet=quiet)
    finally:
        ws.close()
    for line in report.errors:
        typer.echo(f"error: {line}", err=True)
    typer.echo(f"{report.files} files: {len(report.documents)} documents stored, {len(report.unchanged)} unchanged, "
               f"{len(report.errors)} failed; {report.clauses} clauses, {report.units} unit mentions, "
               f"{report.amounts} amounts, {report.periods} periods, {report.references} references")
    if report.errors and not report.documents and not report.unchanged:
        raise typer.Exit(1)


@app.command()
@user_errors
def serve(data: Optional[Path] = DataOption, host: Optional[str] = typer.Option(None, help="Address (default 127.0.0.1)"),
          port: Optional[int] = typer.Option(None, help="Port (default 8000)")):
    """Serve the HTTP API (SPARQL endpoint, search, units, compare) over the data directory."""
    import uvicorn

    from .app import create_app

    settings = _settings(data, host=host, port=port)
    application = create_app(settings, _workspace(settings))
    uvicorn.run(application, host=settings.host, port=settings.port, log_level="info")


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
        fail("give a query or --file, not both", 2)
    text = file.read_text(encoding="utf-8") if file else sparql
    if format not in FORMAT_NAMES:
        fail(f"unknown --format {format!r}; choose from {', '.join(FORMAT_NAMES)}", 2)
    settings = _settings(data)
    check_read_only(text)
    ws = _workspace(settings, search=False)
    # the project's prefixes are declared for you; a PREFIX in the query overrides them
    payload, _ = ws.store.query_bytes(sparql_prefixes() + text, FORMAT_NAMES[format], settings.query_timeout)
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
        fail("--mode must be hybrid, bm25 or dense", 2)
    try:
        day = dt.date.fromisoformat(in_force_on) if in_force_on else None
    except ValueError:
        fail(f"--in-force-on must be a date YYYY-MM-DD, not {in_force_on!r}", 2)
    ws = _workspace(_settings(data))
    hits = ws.search_index.search(text, k, SearchFilters(city, province, level, document, unit, group, instrument, day), mode)
    if as_json:
        typer.echo(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=1))
        return
    if not hits:
        typer.echo("no clause found")
    for i, h in enumerate(hits, 1):
        cite = f"《{h.title}》" + (f"（{h.doc_number}）" if h.doc_number else "") + f" {h.number} [{h.source_file}:{h.start}-{h.end}]"
        typer.echo(f"{i}. {cite}  score {h.score:.4f} (bm25 #{h.bm25_rank}, dense #{h.dense_rank})")
        typer.echo(f"   {h.snippet.replace('<mark>', '【').replace('</mark>', '】')}")


@app.command()
@user_errors
def units(name: str = typer.Argument(..., help="Any name of a unit, e.g. 市人社局"), data: Optional[Path] = DataOption,
          role: str = typer.Option("any", help="lead|co|inherited|any: also list the clauses in this role")):
    """Units with this name (each city's unit apart) and the clauses each is responsible for."""
    ws = _workspace(_settings(data), search=False)
    found = ws.store.select(render("units", with_prefixes=False, name=name))
    if not found:
        fail(f"no unit named {name!r}")
    for u in found:
        typer.echo(f"{u['canonical']}  [{u.get('jurisdiction', '?')}, {u.get('typeLabel', 'untyped')}]  aliases: {u.get('aliases') or '-'}")
        rows = ws.store.select(render("unit_clauses", with_prefixes=False, unit=u["unit"], role=None if role == "any" else role))
        for r in rows:
            typer.echo(f"   {r['role']:<9} {r.get('docNumber') or r['document'].rsplit('/', 1)[-1]} {r['number']} {r['heading']}")


@app.command()
@user_errors
def compare(instrument: Optional[str] = typer.Argument(None, help="Instrument, e.g. 就业见习补贴"),
            group: Optional[str] = typer.Option(None, help="Compare by beneficiary group instead"),
            unit: Optional[str] = typer.Option(None, help="Compare by responsible unit instead"),
            as_json: bool = typer.Option(False, "--json"), data: Optional[Path] = DataOption):
    """One row per city/document clause: amounts with bounds and payment units, rates, periods, units."""
    from .app import compare_rows

    given = {k: v for k, v in {"instrument": instrument, "group": group, "unit": unit}.items() if v}
    if len(given) != 1:
        fail("give exactly one of INSTRUMENT, --group or --unit", 2)
    result = compare_rows(_workspace(_settings(data), search=False), **given)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    if not result["rows"]:
        typer.echo("no clause found")
    for r in result["rows"]:
        typer.echo(f"{r.get('jurisdiction', '?')} ({r.get('level', '?')}) {r.get('docNumber') or ''} {r['number']} {r['heading']}")
        for key in ("amounts", "rates", "periods", "units"):
            if r.get(key):
                typer.echo(f"   {key}: {r[key]}")


@app.command()
@user_errors
def export(format: str = typer.Option("ttl", "--format", help="ttl|trig|nq|nt|jsonld (trig and nq keep one named graph per document)"),
           output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default: stdout)"),
           data: Optional[Path] = DataOption):
    """Dump the whole graph."""
    if format not in ("ttl", "trig", "nq", "jsonld", "nt"):
        fail("--format must be ttl, trig, nq, nt or jsonld", 2)
    payload = _workspace(_settings(data), search=False).store.dump(format)
    if output:
        output.write_bytes(payload)
        typer.echo(f"wrote {len(payload)} bytes to {output}", err=True)
    else:
        sys.stdout.buffer.write(payload)


def main() -> None:
    try:
        app()
    except GraphError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
