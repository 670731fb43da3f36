"""Named SPARQL queries (``queries/*.rq``), shared by the API, the CLI, notebooks and the docs.

Each file is a complete query that runs as is on any SPARQL 1.1 store holding the graph (with
the union of named graphs as default graph). Lines ``# param: ?x`` name variables a caller may
bind; ``# param: ?x zh`` binds a string as a Chinese-tagged literal (labels are ``@zh``), so the
store matches it by index instead of scanning every label. ``render(name, x=value)`` adds
``VALUES ?x { term }`` at the top of the WHERE clause, the term built and escaped by pyoxigraph
(never request text pasted into the query). Queries of the typed read layer live in
``queries/reads/`` and are named ``reads/<name>``.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache
from importlib import resources

import pyoxigraph as ox

from .errors import QueryError
from .namespaces import sparql_prefixes

PARAM_RE = re.compile(r"^#\s*param:\s*\?(\w+)(?:[ \t]+(\w+))?", re.MULTILINE)
XSD = "http://www.w3.org/2001/XMLSchema#"


@lru_cache(maxsize=None)
def query_text(name: str) -> str:
    try:
        return resources.files(__package__).joinpath("queries", *f"{name}.rq".split("/")).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise KeyError(f"no named query {name!r}; known: {', '.join(query_names())}") from exc


def query_names() -> list[str]:
    """The documented, public queries (not those of the read layer under ``reads/``)."""
    return sorted(p.name[:-3] for p in resources.files(__package__).joinpath("queries").iterdir() if p.name.endswith(".rq"))


def parameters(name: str) -> list[str]:
    return [m[0] for m in PARAM_RE.findall(query_text(name))]


def _language(name: str) -> dict[str, str]:
    return {var: lang for var, lang in PARAM_RE.findall(query_text(name)) if lang}


def as_term(value, language: str | None = None) -> ox.NamedNode | ox.Literal:
    """A Python value as an RDF term. Strings that are IRIs become named nodes (validated by
    pyoxigraph: a malformed one raises ``QueryError``), other strings literals."""
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, (float, Decimal)):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "decimal"))
    if isinstance(value, dt.date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    text = str(value)
    if text.startswith(("http://", "https://", "urn:")):
        try:
            return ox.NamedNode(text)
        except ValueError as exc:
            raise QueryError(f"not a valid IRI: {text[:200]!r} ({exc})") from exc
    return ox.Literal(text, language=language) if language else ox.Literal(text)


def values_block(bindings: dict[str, object], languages: dict[str, str] | None = None) -> str:
    """``VALUES ?x { term }`` for each bound variable (a list gives several rows)."""
    languages = languages or {}
    blocks = []
    for var, value in bindings.items():
        if value is None:
            continue
        items = value if isinstance(value, (list, tuple, set, frozenset)) else [value]
        terms = " ".join(str(as_term(v, languages.get(var))) for v in items)
        blocks.append(f"VALUES ?{var} {{ {terms} }}")
    return " ".join(blocks)


def render(query_name: str, /, with_prefixes: bool = True, **params) -> str:
    """The query text with the given parameters bound (None values are left unbound)."""
    text = query_text(query_name)
    allowed = set(parameters(query_name))
    unknown = set(params) - allowed
    if unknown:
        raise KeyError(f"query {query_name!r} has no parameter {', '.join(sorted(unknown))}; it takes {sorted(allowed)}")
    values = values_block(params, _language(query_name))
    if values:
        text = re.sub(r"WHERE\s*\{", lambda m: m.group(0) + "\n  " + values, text, count=1)
    return (sparql_prefixes() + text) if with_prefixes else text
