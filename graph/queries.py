"""Named SPARQL queries (``queries/*.rq``), shared by the API, the CLI, notebooks and the docs.

Each file is a complete query that runs as is on any SPARQL 1.1 store holding the graph (with
the union of named graphs as default graph). Lines ``# param: ?x`` name variables a caller may
bind: ``render(name, x=value)`` adds ``VALUES ?x { value }`` at the top of the WHERE clause.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from importlib import resources

from .namespaces import sparql_prefixes

PARAM_RE = re.compile(r"^#\s*param:\s*\?(\w+)", re.MULTILINE)


@lru_cache(maxsize=None)
def query_text(name: str) -> str:
    try:
        return resources.files(__package__).joinpath("queries", f"{name}.rq").read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise KeyError(f"no named query {name!r}; known: {', '.join(query_names())}") from exc


def query_names() -> list[str]:
    return sorted(p.name[:-3] for p in resources.files(__package__).joinpath("queries").iterdir() if p.name.endswith(".rq"))


def parameters(name: str) -> list[str]:
    return PARAM_RE.findall(query_text(name))


def sparql_term(value) -> str:
    if isinstance(value, dt.date):
        return f'"{value.isoformat()}"^^xsd:date'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value)
    if text.startswith(("http://", "https://")) and not any(c in text for c in ' <>"{}|\\^`'):
        return f"<{text}>"
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def render(query_name: str, /, with_prefixes: bool = True, **params) -> str:
    """The query text with the given parameters bound (None values are left unbound)."""
    text = query_text(query_name)
    allowed = set(parameters(query_name))
    unknown = set(params) - allowed
    if unknown:
        raise KeyError(f"query {query_name!r} has no parameter {', '.join(sorted(unknown))}; it takes {sorted(allowed)}")
    values = " ".join(f"VALUES ?{k} {{ {sparql_term(v)} }}" for k, v in params.items() if v is not None)
    if values:
        text = re.sub(r"WHERE\s*\{", lambda m: m.group(0) + "\n  " + values, text, count=1)
    return (sparql_prefixes() + text) if with_prefixes else text
