"""The typed read layer: the functions the API, the CLI, the MCP server and notebooks read with.

Each function runs named queries from ``queries/reads/*.rq`` with request values bound as RDF
terms (``VALUES`` blocks of terms built and escaped by pyoxigraph), and returns pydantic models
whose values come straight from the store's terms: ``Decimal`` for amounts and rates, ``date``
for dates, ``int`` for offsets. Ids are checked before any query runs; a malformed one raises
``BadId`` (kind ``bad_input``), an unknown one ``NotFound``.

``store`` is a ``pyoxigraph.Store``, an ``EmbeddedStore`` (queried in process) or any
``GraphStore`` (queried through SPARQL JSON results, parsed back into terms by pyoxigraph).
"""
from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Iterable
from dataclasses import asdict
from decimal import Decimal
from pathlib import PurePosixPath, PureWindowsPath
from typing import Generic, Literal, TypeVar

import pyoxigraph as ox
from pydantic import BaseModel, Field

from .errors import GraphError, NotFound
from .namespaces import DEFAULT_BASE, ONTOLOGY_GRAPH, POL, sparql_prefixes
from .queries import render
from .sparql import GRAPH_FORMATS, default_graph_options, named_graph_quads

T = TypeVar("T")
XSD = "http://www.w3.org/2001/XMLSchema#"
DOCUMENT_KEY = re.compile(r"[0-9A-Za-z_][0-9A-Za-z_.\-]{0,199}")
CLAUSE_PATH = re.compile(r"[0-9A-Za-z][0-9A-Za-z_.\-]{0,99}")
SEGMENT_PATH = re.compile(r"segment/\d{1,6}")
SEGMENT_PIECE = re.compile(r"(\d{1,6})-(?:preamble|closing)-\d{1,4}")  # (a chat client took the hit's path for the id)
UNIT_ID = re.compile(r"[0-9A-Za-z_\-]{1,64}")
ROLES = ("lead", "co", "inherited")
LEVELS = ("national", "provincial", "municipal", "county")
MAX_LIMIT = 1000


class BadId(GraphError):
    """An id or parameter that cannot name anything in the graph (names the parameter)."""

    kind = "bad_input"

    def __init__(self, parameter: str, message: str):
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter


# --- models -----------------------------------------------------------------------------------
class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(description="Number of items across all pages")
    limit: int
    offset: int


class ConceptRef(BaseModel):
    id: str = Field(description="Concept id in its scheme, e.g. internship-subsidy")
    iri: str
    label: str | None = Field(None, description="Chinese label")


class PaymentUnit(BaseModel):
    code: str = Field(description="Stable code, e.g. per-person-month", examples=["per-person-month"])
    label: str | None = Field(None, description="Chinese label, e.g. 每人每月", examples=["每人每月"])


class Amount(BaseModel):
    bound: str = Field(description="exact, max (a ceiling: 最高/不超过) or min (不低于)")
    value: Decimal | None = Field(None, description="The amount in its currency (yuan unless `currency` says otherwise) when bound is exact")
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    currency: str = Field("CNY", description="ISO 4217 code: CNY (元), USD (美元), HKD (港元), EUR (欧元)")
    payment_unit: PaymentUnit | None = None
    instrument: ConceptRef | None = None
    group: ConceptRef | None = None
    threshold: bool = Field(False, description="A condition on who qualifies or a target (营业收入2000万元以上的企业), not "
                            "an amount paid")
    superseded: bool = Field(False, description="The standard a change in the clause replaces (由每人每月1000元提高至1500元: "
                             "1000元), not what now applies (pol:superseded)")
    as_written: str
    start: int = Field(description="Character offset in the source file")
    end: int


class Rate(BaseModel):
    kind: Literal["payment_rate", "threshold"] = Field(
        description="payment_rate: a share paid or refunded (返还50%, 最高不超过50%); threshold: a condition or target "
        "(留用率达到50%以上, 裁员率不高于5.5%), as ingest marked it (pol:threshold)")
    bound: str
    percent: Decimal = Field(description="The value in percent, or in percentage points when `unit` says so")
    unit: Literal["percent", "percentage_point"] = Field(
        "percent", description="percentage_point: a change or gap (利率下降0.5个百分点, 150BP is 1.5), not a share")
    instrument: ConceptRef | None = None
    superseded: bool = Field(False, description="The rate a change in the clause replaces (比例由现行25%增加到50%: 25%), "
                             "not what now applies (pol:superseded)")
    as_written: str
    start: int
    end: int


class Period(BaseModel):
    kind: str | None = Field(None, description="interval, from, deadline, duration, ongoing (长期坚持) or recurring (每季度: how often, as a duration)")
    begin: dt.date | None = None
    end: dt.date | None = None
    duration: str | None = Field(None, description="xsd:duration, e.g. P12M")
    working_days: bool = Field(False, description="The duration counts working days (2个工作日: P2D, working days; pol:workingDays)")
    bound: str | None = None
    superseded: bool = Field(False, description="The time a change in the clause replaces (由45个工作日压缩至20个工作日: "
                             "45个工作日), not what now applies (pol:superseded)")
    as_written: str
    start: int = Field(description="Character offset in the source file")
    end_offset: int = Field(description="Character offset where the text ends (``end`` is the period's end date: the "
                            "amounts' and units' ``end`` offset goes by this name here)")


class UnitMention(BaseModel):
    unit_id: str
    iri: str
    name: str = Field(description="Canonical name of the unit")
    as_written: str
    role: str = Field(description="lead, co or inherited")
    inherited_as: str | None = Field(None, description="An inherited unit's role where it was written, lead or co "
                                     "(a section heading's （X牵头）: X leads its items); none for a document rule's (…下同)")
    jurisdiction: str | None = None
    start: int
    end: int


class Reference(BaseModel):
    relation: str = Field(description="cites, applies (贯彻落实), based_on (根据), repeals (…同时废止), amends (…第五条修改为…, "
                                      "有效期延长至…) or forwards (现将《…》转发给你们)")
    cited: str = Field(description="IRI of the cited document")
    cited_id: str | None = Field(None, description="Document id when the cited document is in the graph")
    cited_number: str | None = None
    cited_title: str | None = None
    as_written: str
    in_corpus: bool


class ClauseParent(BaseModel):
    path: str = Field(description="Its path in the document (/clauses/{document id}/{path} fetches it where it is a clause)")
    number: str = Field(description="As printed (第二章, 第七条, 三、), or empty")


class Citation(BaseModel):
    document_id: str
    document: str = Field(description="Document IRI")
    title: str | None = None
    doc_number: str | None = Field(None, description="文号")
    clause_number: str
    clause_path: str
    label: str = Field("", description="The clause's number after those of the sections and clauses above it, outermost first "
                                       "(第二章 第七条 （一）): the number alone repeats within a document (each article's （一）)")
    parents: list[ClauseParent] = Field(default_factory=list, description="The sections and clauses above it, outermost first")
    source_file: str = Field(description="Source file: its path from the data folder's parent (e.g. corpus/上海_01.txt), or only its name when it lies elsewhere")
    start: int
    end: int


class ClauseSummary(BaseModel):
    id: str = Field(description="<document id>/<path>", examples=["pingzhengfa-2019-1-620800/4.10"])
    iri: str
    path: str
    number: str
    heading: str | None = None
    section: str | None = None


class ClauseDetail(BaseModel):
    id: str
    iri: str
    kind: str = Field("clause", description="clause, or preamble / closing …: a document's text outside its clauses (a search hit may be one)")
    number: str
    path: str
    heading: str | None = None
    text: str
    citation: Citation
    units: list[UnitMention]
    instruments: list[ConceptRef]
    groups: list[ConceptRef]
    amounts: list[Amount]
    rates: list[Rate]
    periods: list[Period]
    references: list[Reference]


class DocumentSummary(BaseModel):
    id: str = Field(examples=["pingzhengfa-2019-1-620800"])
    iri: str
    title: str | None = None
    doc_number: str | None = Field(None, examples=["平政发〔2019〕1号"])
    date: dt.date | None = None
    in_force_from: dt.date | None = Field(None, description="The first day in force, as the text states (eli:first_date_entry_in_force)")
    in_force_until: dt.date | None = Field(None, description="The last day in force, as the text states (eli:date_no_longer_in_force)")
    issuers: list[str] = []
    jurisdiction: str | None = None
    province: str | None = None
    level: str | None = Field(None, description="national, provincial, municipal or county")
    clause_count: int = 0
    source_file: str


class SectionSummary(BaseModel):
    path: str = Field(examples=["2", "a1"], description="Its clauses' paths start with it (a1: the title of a part, 附件2)")
    number: str = Field(description="As printed (二、, 附件2), or empty")
    heading: str | None = None


class DocumentDetail(DocumentSummary):
    clauses: list[ClauseSummary] = Field(description="In document order (paths compared numerically: 4.8 before 4.10)")
    sections: list[SectionSummary] = Field(default_factory=list, description="The headings over the clauses, in document order")
    references: list[Reference]


class DocumentFilters(BaseModel):
    city: str | None = Field(None, description="Jurisdiction name, or any part of it (平凉 matches 平凉市)")
    province: str | None = None
    level: Literal["national", "provincial", "municipal", "county"] | None = None
    year: int | None = Field(None, ge=1949, le=2100)
    in_force_on: dt.date | None = Field(None, description="Issued by that day and within the term the text states of itself")


class UnitSummary(BaseModel):
    id: str = Field(examples=["9f29aeec48a8"])
    iri: str
    canonical: str
    aliases: list[str] = []
    jurisdiction: str | None = None
    type_label: str | None = Field(None, description="Functional type, e.g. 市级人社部门")
    match: Literal["exact", "name", "type"] = Field("exact", description="How the query matched: a whole name, part of a name, or the functional type")
    score: float = Field(1.0, description="Higher is a closer match")


class CityUnits(BaseModel):
    jurisdiction: str | None
    units: list[UnitSummary]


class UnitMatches(BaseModel):
    query: str
    total: int
    cities: list[CityUnits] = Field(description="Every matching unit grouped by city, the city with the best match first")


class UnitClause(BaseModel):
    id: str
    iri: str
    role: str
    inherited_as: str | None = Field(None, description="An inherited unit's role where it was written (lead or co)")
    number: str
    path: str
    heading: str | None = None
    document_id: str
    title: str | None = None
    doc_number: str | None = None


class UnitClauses(BaseModel):
    unit: UnitSummary
    role: str
    clauses: Page[UnitClause]


class ComparisonRow(BaseModel):
    jurisdiction: str | None = None
    level: str | None = None
    document_id: str
    title: str | None = None
    doc_number: str | None = None
    clause_id: str
    clause: str = Field(description="Clause IRI")
    number: str
    path: str
    heading: str | None = None
    amounts: list[Amount]
    rates: list[Rate]
    periods: list[Period]
    units: list[str] = Field(description="Canonical names of the responsible units")


class Comparison(BaseModel):
    instrument: str | None = None
    group: str | None = None
    unit: str | None = None
    rows: list[ComparisonRow] = Field(description="One row per clause, by city then document order")


class Stats(BaseModel):
    documents: int
    clauses: int
    triples: int


# --- running named queries ---------------------------------------------------------------------
def _native(store) -> ox.Store | None:
    native = store if isinstance(store, ox.Store) else getattr(store, "_store", None)
    return native if isinstance(native, ox.Store) else None


def _solutions(store, text: str) -> Iterable:
    native = _native(store)
    if native is not None:
        return native.query(text, **default_graph_options(native))
    payload, _ = store.query_bytes(text, "application/sparql-results+json")
    return ox.parse_query_results(payload, format=ox.QueryResultsFormat.JSON)


def rows(store, name: str, **bindings) -> list[dict[str, object]]:
    """Run ``queries/reads/<name>.rq`` with terms bound; rows of exact Python values."""
    solutions = _solutions(store, sparql_prefixes() + render(f"reads/{name}", with_prefixes=False, **bindings))
    names = [v.value for v in solutions.variables]
    return [{n: _value(s[n]) for n in names if s[n] is not None} for s in solutions]


def _value(term):
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if datatype == XSD + "decimal":
            return Decimal(term.value)
        if datatype in (XSD + "integer", XSD + "int", XSD + "long"):
            return int(term.value)
        if datatype == XSD + "date":
            return dt.date.fromisoformat(term.value)
        if datatype == XSD + "boolean":
            return term.value in ("true", "1")
        return term.value
    return term.value


# --- ids ---------------------------------------------------------------------------------------
def check_key(key: str, parameter: str = "document") -> str:
    if not isinstance(key, str) or not DOCUMENT_KEY.fullmatch(key):
        raise BadId(parameter, f"{str(key)[:80]!r} is not a document id (letters, digits, _ . -), e.g. pingzhengfa-2019-1-620800")
    return key


def check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise BadId("limit", f"must be between 1 and {MAX_LIMIT}")
    if offset < 0:
        raise BadId("offset", "must be 0 or more")


def path_key(path: str) -> tuple:
    """Document order of clause paths: 4.8 before 4.10, 2-1.3 after 2."""
    return tuple((0, int(p), "") if p.isdecimal() else (1, 0, p) for p in re.split(r"[.\-]", path))


def document_id(iri: str, base: str) -> str:
    prefix = f"{base}doc/"
    return iri[len(prefix):] if iri.startswith(prefix) else iri


def clause_id(iri: str, base: str) -> str:
    return document_id(iri, base).replace("/clause/", "/", 1)


def _concept(iri: str | None, label: str | None = None) -> ConceptRef | None:
    return ConceptRef(id=iri.rsplit("/", 1)[-1], iri=iri, label=label) if iri else None


def ancestor_paths(path: str) -> list[str]:
    """``3.2.1`` -> ``["3", "3.2"]``: the paths of the sections and clauses above."""
    parts = path.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def clause_label(numbers: Iterable[str]) -> str:
    """A clause's number after those above it, outermost first (第二章 第七条 （一）; h307 F9: a hit said （一） alone, as do the first
    items of every article, and citing 第七条第（一）项 took a second call)."""
    return " ".join(n for n in numbers if n)


def search_hit(hit) -> dict:
    """A search hit as every client gets it (/search, ``policykg search --json``): its source file by ``public_path`` (h307
    F10: the command line had printed the path as stored, absolute, /clauses its name)."""
    return {**asdict(hit), "source_file": public_path(hit.source_file)}


def public_path(stored: str) -> str:
    """A source path as clients may see it: relative to the corpus, never the server's file system."""
    posix = stored.replace("\\", "/")
    if posix.startswith("/") or PureWindowsPath(stored).drive:
        return PurePosixPath(posix).name
    return str(PurePosixPath(*[p for p in PurePosixPath(posix).parts if p not in ("..", ".")]))


def _level(iri: str | None) -> str | None:
    return iri.rsplit("#", 1)[-1] if iri else None


def _page(items: list, limit: int, offset: int) -> Page:
    check_page(limit, offset)
    return Page(items=items[offset: offset + limit], total=len(items), limit=limit, offset=offset)


# --- what is read whole once per store state ---------------------------------------------------
_PER_STATE: dict[str, tuple[tuple, object]] = {}  # what -> ((store, state, arguments), the value): the newest state only
_PER_STATE_READ = threading.Lock()  # one whole read at a time: a server's threads missing together wait for it, not repeat it


def state_token(store) -> str | None:
    """The store state (counter and token of the newest write), None for a store without one."""
    found = rows(store, "state")
    return f"{found[0]['n']}:{found[0]['t']}" if found else None


def once_per_state(what: str, store, compute, *arguments):
    """``compute()``, kept for the store's current state: what is read whole (every unit, every document)
    changes only with a write, and reading it whole costs seconds in a large store. ``arguments``: every
    other value ``compute`` depends on (the IRI base). A store without a state token is read every time."""
    state = state_token(store)
    if state is None:
        return compute()
    key = (id(_native(store) or store), state, *arguments)
    with _PER_STATE_READ:
        kept = _PER_STATE.get(what)
        if kept is not None and kept[0] == key:
            return kept[1]
        value = compute()
        _PER_STATE[what] = (key, value)
    return value


# --- documents ---------------------------------------------------------------------------------
def _summaries(store, base: str, document: str | None = None) -> list[DocumentSummary]:
    bound = {"document": document} if document else {}
    counts = {r["document"]: r["clauses"] for r in rows(store, "clause_counts", **bound)}
    issued = rows(store, "issuers", **bound)
    found = rows(store, "documents", **bound)
    nodes = {r[k] for r in found for k in ("jurisdictionNode", "provinceNode") if r.get(k)} | {r["issuerNode"] for r in issued}
    labels = node_labels(store, nodes)
    issuers: dict[str, list[str]] = {}
    for r in issued:
        if r["issuerNode"] in labels:
            issuers.setdefault(r["document"], []).append(labels[r["issuerNode"]])
    out: dict[str, DocumentSummary] = {}
    for r in found:
        iri = r["document"]
        if iri in out:  # a document with two values for one field: keep the first
            continue
        out[iri] = DocumentSummary(
            id=document_id(iri, base), iri=iri, title=r.get("title"), doc_number=r.get("docNumber"), date=r.get("date"),
            in_force_from=r.get("inForceFrom"), in_force_until=r.get("inForceUntil"),
            issuers=sorted(set(issuers.get(iri, []))), jurisdiction=labels.get(r.get("jurisdictionNode")),
            province=labels.get(r.get("provinceNode")),
            level=_level(r.get("levelIri")), clause_count=counts.get(iri, 0), source_file=public_path(r["file"]),
        )
    return sorted(out.values(), key=lambda d: (d.date or dt.date.min, d.id))


def node_labels(store, nodes: set[str]) -> dict[str, str]:
    """node IRI -> its first Chinese label, looked up for the nodes given only (not joined into a
    query: under the union default graph a label matches once per document graph that states it)."""
    labels: dict[str, str] = {}
    for r in rows(store, "labels", node=sorted(nodes)) if nodes else []:
        labels.setdefault(r["node"], r["label"])
    return labels


INCOMING_LIMIT = 500  # subjects listed on a resource's page


def incoming(store, iri: str, limit: int = INCOMING_LIMIT) -> list[dict]:
    """What points at ``iri``: the first ``limit`` (subject, property) pairs by property then subject,
    each subject with a Chinese or untagged label. Sorted and labelled here: Oxigraph's ORDER BY decodes
    every term it compares from the store, and labels joined in the query matched once per document
    graph stating them (1,000 files, the page of 上海市: 0.15 s)."""
    pointing = sorted((r["p"], r["s"]) for r in rows(store, "resource_incoming", resource=iri))[:limit]
    labels: dict[str, str] = {}
    for r in rows(store, "resource_labels", node=sorted({s for _, s in pointing})) if pointing else []:
        labels[r["node"]] = min(labels.get(r["node"], r["label"]), r["label"])  # one, whatever the rows' order
    return [{"s": s, "p": p, "label": labels.get(s)} for p, s in pointing]


def _matches(doc: DocumentSummary, f: DocumentFilters) -> bool:
    if f.city and f.city not in (doc.jurisdiction or ""):
        return False
    if f.province and f.province not in (doc.province or doc.jurisdiction or ""):
        return False
    if f.level and doc.level != f.level:
        return False
    if f.in_force_on and not _in_force(doc, f.in_force_on):
        return False
    return not (f.year and (doc.date is None or doc.date.year != f.year))


def _in_force(doc: DocumentSummary, day: dt.date) -> bool:
    """Issued by ``day`` and within its own term (the search's in_force_on reads the same)."""
    return ((doc.date is None or doc.date <= day) and (doc.in_force_from is None or doc.in_force_from <= day)
            and (doc.in_force_until is None or day <= doc.in_force_until))


def documents(store, *, limit: int = 100, offset: int = 0, filters: DocumentFilters | None = None,
              base: str = DEFAULT_BASE) -> Page[DocumentSummary]:
    """Documents by date, filtered by city, province, level, year and the day they are in force, one page at a time."""
    check_page(limit, offset)
    filters = filters or DocumentFilters()
    return _page([d for d in all_documents(store, base=base) if _matches(d, filters)], limit, offset)


def all_documents(store, *, base: str = DEFAULT_BASE) -> list[DocumentSummary]:
    """Every document by date, read whole once per store state."""
    return once_per_state("documents", store, lambda: _summaries(store, base), base)


NUMBER_BRACKETS = str.maketrans({"[": "〔", "［": "〔", "(": "〔", "（": "〔", "]": "〕", "］": "〕", ")": "〕", "）": "〕"})


def _number_form(text: str) -> str:
    """A 文号 as compared: no spaces, its year's brackets as 〔〕 (平政发[2019] 1号 -> 平政发〔2019〕1号)."""
    return "".join(text.split()).translate(NUMBER_BRACKETS)


def document_id_of(store, id_or_number: str, *, base: str = DEFAULT_BASE) -> str:
    """A document id as given, or the id of the one document holding that 文号 (a chat client often has only the
    文号); several documents holding it (the same number in two places) are named in the error."""
    if DOCUMENT_KEY.fullmatch(id_or_number):
        return id_or_number
    wanted = _number_form(id_or_number)
    found = [d for d in all_documents(store, base=base) if d.doc_number and _number_form(d.doc_number) == wanted]
    if len(found) == 1:
        return found[0].id
    if found:
        raise BadId("document", f"{id_or_number[:80]!r} is the 文号 of {len(found)} documents: "
                    + ", ".join(f"{d.id} ({d.jurisdiction or '?'})" for d in found[:10]))
    if "号" not in id_or_number:
        check_key(id_or_number)  # neither an id nor a 文号: the id's own error
    cited = [r for r in rows(store, "cited_number", number=wanted) if r.get("citers")]
    if cited:  # known by citation only (a researcher: a bare 404 for 国办发〔2022〕30号, which 4 stored documents cite)
        citing = _unique(rows(store, "cited_by", cited=cited[0]["node"]), "citingDocument")
        named = ", ".join(f"{document_id(r['citingDocument'], base)} ({r.get('citingNumber') or '无文号'})" for r in citing[:10])
        raise NotFound(f"no stored document holds the 文号 {id_or_number[:80]!r}; {len(citing)} stored document(s) cite it: {named}"
                       f" (each by get_document / GET /documents/{{id}}; the citations: {cited[0]['node']})", parameter="document")
    raise NotFound(f"no document holds the 文号 {id_or_number[:80]!r}", parameter="document")


def document(store, key: str, *, base: str = DEFAULT_BASE) -> DocumentDetail:
    """One document with its clauses in document order and its references."""
    iri = f"{base}doc/{check_key(key)}"
    found = _summaries(store, base, iri)
    if not found:
        raise NotFound(f"no document {key!r}")
    clauses = [
        ClauseSummary(id=clause_id(r["clause"], base), iri=r["clause"], path=r["path"], number=r["number"],
                      heading=r.get("heading"), section=r.get("section"))
        for r in _unique(rows(store, "document_clauses", document=iri), "clause")
    ]
    clauses.sort(key=lambda c: path_key(c.path))
    sections = [SectionSummary(path=r["path"], number=r["number"], heading=r.get("heading"))
                for r in _unique(rows(store, "document_sections", document=iri), "section")]
    sections.sort(key=lambda s: path_key(s.path))
    return DocumentDetail(**found[0].model_dump(), clauses=clauses, sections=sections, references=_references(store, [iri], base))


def document_source(store, key: str, *, base: str = DEFAULT_BASE) -> tuple[str, str | None]:
    """The document's source file as stored (its name relative to the data folder's parent, or absolute) and the
    SHA-256 of its bytes when ingested."""
    found = rows(store, "document_source", document=f"{base}doc/{check_key(key)}")
    if not found:
        raise NotFound(f"no document {key!r}")
    return found[0]["file"], found[0].get("sha")


def _unique(items: list[dict], key: str) -> list[dict]:
    seen: dict = {}
    for r in items:
        seen.setdefault(r[key], r)
    return list(seen.values())


def _references(store, citing: list[str], base: str) -> list[Reference]:
    out = []
    for r in _unique(rows(store, "references", citing=citing), "ref"):
        in_corpus = bool(r.get("inCorpus"))
        out.append(Reference(relation=r["relation"], cited=r["cited"], cited_id=document_id(r["cited"], base) if in_corpus else None,
                             cited_number=r.get("citedNumber"), cited_title=r.get("citedTitle"), as_written=r["asWritten"],
                             in_corpus=in_corpus))
    # a notice forwarding the text printed after it (no citation in its words): the page had not shown the link (a new user)
    said = {r.cited for r in out if r.relation == "forwards"}
    for r in _unique(rows(store, "forwarded", citing=citing), "cited"):
        if r["cited"] in said:
            continue
        out.append(Reference(relation="forwards", cited=r["cited"], cited_id=document_id(r["cited"], base),
                             cited_number=r.get("citedNumber"), cited_title=r.get("citedTitle"),
                             as_written=r.get("citedTitle") or r.get("citedNumber") or r["cited"], in_corpus=True))
    return out


# --- clauses -----------------------------------------------------------------------------------
def clause_iri(iri_or_key: str, base: str = DEFAULT_BASE) -> str:
    """The IRI of a clause given as its IRI or as ``<document id>/<path>``; malformed ids raise."""
    text = str(iri_or_key)
    prefix = f"{base}doc/"
    if text.startswith(prefix) and "/clause/" in text:
        key, path = text[len(prefix):].split("/clause/", 1)
    elif text.startswith(prefix) and "/segment/" in text:
        key, path = text[len(prefix):].split("/", 1)
    elif "/" in text and not text.startswith(("http://", "https://")):
        key, path = text.split("/", 1)
    else:
        raise BadId("clause", f"{text[:80]!r} is not a clause id: give <document id>/<path> (e.g. pingzhengfa-2019-1-620800/4.10) or its IRI")
    check_key(key, "clause")
    if piece := SEGMENT_PIECE.fullmatch(path):  # 7-preamble-0, a search hit's path of a segment's piece: the segment
        path = f"segment/{piece[1]}"
    if SEGMENT_PATH.fullmatch(path) and f"{prefix}{key}/clause/" not in text:  # a preamble or closing: <document id>/segment/1
        return f"{prefix}{key}/{path}"
    if not CLAUSE_PATH.fullmatch(path):
        raise BadId("clause", f"{path[:80]!r} is not a clause path (digits, letters, . and -), e.g. 4.10")
    return f"{prefix}{key}/clause/{path}"


def clause(store, iri_or_key: str, *, base: str = DEFAULT_BASE) -> ClauseDetail:
    """One clause: text, citation, units with roles, concepts, exact amounts/rates/periods, references.
    A segment (preamble, closing) is given as one too, with its kind, so every search hit can be fetched."""
    iri = clause_iri(iri_or_key, base)
    if _is_segment(iri, base):
        return _segment(store, iri, base)
    found = rows(store, "clause", clause=iri)
    if not found:
        raise NotFound(_no_clause(store, iri, base), parameter="clause")
    b = found[0]
    values = _values(store, [iri])
    parents = _parents(store, b["document"], b["path"])
    concepts = _unique(rows(store, "clause_concepts", clause=iri), "concept")
    return ClauseDetail(
        id=clause_id(iri, base), iri=iri, number=b["number"], path=b["path"], heading=b.get("heading"), text=b["text"],
        citation=Citation(document_id=document_id(b["document"], base), document=b["document"], title=b.get("title"),
                          doc_number=b.get("docNumber"), clause_number=b["number"], clause_path=b["path"],
                          label=clause_label([p.number for p in parents] + [b["number"]]), parents=parents,
                          source_file=public_path(b["file"]), start=b["start"], end=b["end"]),
        units=clause_mentions(store, [iri], base).get(iri, []),
        instruments=[_concept(c["concept"], c["label"]) for c in concepts if c["kind"] == "instrument"],
        groups=[_concept(c["concept"], c["label"]) for c in concepts if c["kind"] == "group"],
        amounts=values["amount"].get(iri, []), rates=values["rate"].get(iri, []), periods=values["period"].get(iri, []),
        references=_references(store, [iri], base),
    )


def _parents(store, document: str, path: str) -> list[ClauseParent]:
    """The sections and clauses above the clause at ``path``, outermost first, with their numbers (a section's before a
    clause's of the same path, as the search's records have them)."""
    above = ancestor_paths(path)
    if not above:
        return []
    numbers = {r["path"]: r.get("number") or "" for r in rows(store, "document_sections", document=document)}
    for r in rows(store, "document_clauses", document=document):
        numbers.setdefault(r["path"], r["number"])
    return [ClauseParent(path=p, number=numbers[p]) for p in above if p in numbers]


def _no_clause(store, iri: str, base: str) -> str:
    """Why a clause id names nothing: no such document, or the document's paths (a blind tester asked for item 4. by
    its number; its path is 1.4, under 一、)."""
    document = iri.split("/clause/", 1)[0]
    paths = sorted({r["path"] for r in rows(store, "document_clauses", document=document)}, key=path_key)
    if not paths:
        return f"no clause {clause_id(iri, base)!r}: no document {document_id(document, base)!r}"
    shown = "、".join(paths[:12]) + ("…" if len(paths) > 12 else "")
    return (f"no clause {clause_id(iri, base)!r}: document {document_id(document, base)!r} has {len(paths)} clauses, paths "
            f"{shown} (a path is the place in the numbering: item 4. under 一、 is 1.4)")


def _is_segment(iri: str, base: str) -> bool:
    return SEGMENT_PATH.fullmatch(document_id(iri, base).split("/", 1)[-1]) is not None


def _segment(store, iri: str, base: str) -> ClauseDetail:
    found = rows(store, "segment", segment=iri)
    if not found:
        raise NotFound(f"no clause or segment {clause_id(iri, base)!r}")
    b = found[0]
    path = document_id(iri, base).split("/", 1)[1]
    return ClauseDetail(
        id=clause_id(iri, base), iri=iri, kind=b["kind"], number="", path=path, text=b["text"],
        citation=Citation(document_id=document_id(b["document"], base), document=b["document"], title=b.get("title"),
                          doc_number=b.get("docNumber"), clause_number="", clause_path=path,
                          source_file=public_path(b["file"]), start=b["start"], end=b["end"]),
        units=[], instruments=[], groups=[], amounts=[], rates=[], periods=[], references=[])


def clause_mentions(store, clauses: list[str], base: str) -> dict[str, list[UnitMention]]:
    """The units each clause names (clause IRI -> its mentions, in text order)."""
    found = rows(store, "clause_units", clause=clauses)
    units = described_units(store, {r["unit"] for r in found})  # each unit once, not once per mention
    out: dict[str, list[UnitMention]] = {}
    for r in sorted((r for r in found if r["unit"] in units), key=lambda r: (r["start"], r["role"])):
        unit = units[r["unit"]]
        out.setdefault(r["clause"], []).append(UnitMention(
            unit_id=r["unit"].rsplit("/", 1)[-1], iri=r["unit"], name=unit["canonical"], as_written=r["asWritten"], role=r["role"],
            inherited_as=r.get("inheritedAs"), jurisdiction=unit["jurisdiction"], start=r["start"], end=r["end"]))
    return out


def _values(store, clauses: list[str]) -> dict[str, dict[str, list]]:
    """Amounts, rates and periods of the given clauses, by kind then clause, in text order."""
    out: dict[str, dict[str, list]] = {"amount": {}, "rate": {}, "period": {}}
    for r in sorted(_unique(rows(store, "clause_values", clause=clauses), "node"), key=lambda r: r["start"]):
        out[r["kind"]].setdefault(r["clause"], []).append(_value_model(r))
    return out


def _value_model(r: dict) -> Amount | Rate | Period:
    bound = r.get("bound", "exact")
    if r["kind"] == "amount":
        unit = PaymentUnit(code=r["paymentUnit"], label=r.get("paymentLabel")) if r.get("paymentUnit") else None
        return Amount(bound=bound, value=r.get("value"), min_value=r.get("minValue"), max_value=r.get("maxValue"),
                      currency=r.get("currency", "CNY"), payment_unit=unit,
                      instrument=_concept(r.get("instrument"), r.get("instrumentLabel")), group=_concept(r.get("group"), r.get("groupLabel")),
                      threshold=bool(r.get("threshold")), superseded=bool(r.get("superseded")), as_written=r["asWritten"],
                      start=r["start"], end=r["end"])
    if r["kind"] == "rate":
        percent = r.get("value", r.get("minValue", r.get("maxValue")))
        return Rate(kind="threshold" if r.get("threshold") else "payment_rate", bound=bound, percent=percent,
                    unit="percentage_point" if r.get("unitText") == "percentage point" else "percent",
                    instrument=_concept(r.get("instrument"), r.get("instrumentLabel")), superseded=bool(r.get("superseded")),
                    as_written=r["asWritten"], start=r["start"], end=r["end"])
    return Period(kind=r.get("periodKind"), begin=r.get("begin"), end=r.get("endDate"), duration=r.get("duration"),
                  working_days=bool(r.get("workingDays")), bound=r.get("bound"), superseded=bool(r.get("superseded")), as_written=r["asWritten"], start=r["start"],
                  end_offset=r["end"])


# --- units -------------------------------------------------------------------------------------
def _all_units(store) -> dict[str, dict]:
    """Every responsible unit, read once per store state (names change only with a write)."""
    return once_per_state("units", store, lambda: _read_units(store))


def _read_units(store) -> dict[str, dict]:
    """Every unit named responsible somewhere: names, canonical name, city, functional types."""
    units = {r["unit"]: {"canonical": None, "names": set(), "types": set(), "jurisdiction": None, "type_label": None}
             for r in rows(store, "responsible_units")}
    for r in rows(store, "unit_names"):
        u = units.get(r["unit"])
        if u is not None:
            u["names"].add(r["label"])
            if r["canonical"]:
                u["canonical"] = r["label"]
    for r in rows(store, "unit_places"):
        if r["unit"] in units:
            units[r["unit"]]["jurisdiction"] = r["jurisdiction"]
    for r in rows(store, "unit_types"):
        if r["unit"] in units:
            u = units[r["unit"]]
            u["type_label"] = r["typeLabel"]
            u["types"].update(r[k] for k in ("typeLabel", "broadTypeLabel") if r.get(k))
    return {iri: u for iri, u in units.items() if u["canonical"]}


def _score(spellings: set[str], unit: dict) -> tuple[str, float] | None:
    names = unit["names"]
    if spellings & names:
        return "exact", 3.0
    lengths = [len(s) / len(n) for s in spellings for n in names if s in n]
    if lengths:  # 人社局 in 市人社局: the larger the share of the name, the closer the match
        return "name", 2.0 + max(lengths)
    if any(s in t for s in spellings for t in unit["types"]):
        return "type", 1.0
    return None


def find_units(store, q: str, *, base: str = DEFAULT_BASE) -> UnitMatches:
    """Units by a whole name, any part of a name (人社局, 发改委, 人力资源和社会保障局) or a functional
    type (人社部门, 财政部门); each city's unit kept apart, grouped by city, best match first."""
    query = (q or "").strip()
    if not 1 <= len(query) <= 100:
        raise BadId("q", "give 1 to 100 characters of a unit name")
    from policykg.ingest.vocab import unit_spellings

    spellings = unit_spellings(query)
    found: list[UnitSummary] = []
    for iri, u in _all_units(store).items():
        scored = _score(spellings, u)
        if scored:
            found.append(UnitSummary(id=iri.rsplit("/", 1)[-1], iri=iri, canonical=u["canonical"],
                                     aliases=sorted(u["names"] - {u["canonical"]}), jurisdiction=u["jurisdiction"],
                                     type_label=u["type_label"], match=scored[0], score=round(scored[1], 3)))
    cities: dict[str | None, list[UnitSummary]] = {}
    for found_unit in sorted(found, key=lambda x: (-x.score, x.canonical)):
        cities.setdefault(found_unit.jurisdiction, []).append(found_unit)
    groups = [CityUnits(jurisdiction=j, units=us) for j, us in cities.items()]
    groups.sort(key=lambda g: (-g.units[0].score, g.jurisdiction or "\uffff"))
    return UnitMatches(query=query, total=len(found), cities=groups)


def unit(store, unit_id: str, *, base: str = DEFAULT_BASE) -> UnitSummary:
    if not isinstance(unit_id, str) or not UNIT_ID.fullmatch(unit_id):
        raise BadId("unit_id", f"{str(unit_id)[:80]!r} is not a unit id (letters, digits, _ -), e.g. 9f29aeec48a8")
    iri = f"{base}org/{unit_id}"
    found = described_units(store, {iri}).get(iri)
    if found is None:
        raise NotFound(f"no unit {unit_id!r}")
    return UnitSummary(id=unit_id, iri=iri, **found)


def described_units(store, iris: set[str]) -> dict[str, dict]:
    """Organisation IRI -> its canonical name, aliases, city and type label (``UnitSummary``'s fields), for the
    organisations given that the store holds."""
    found = rows(store, "unit", unit=sorted(iris)) if iris else []
    place_labels = node_labels(store, {r["place"] for r in found if "place" in r})
    found = [{**r, "jurisdiction": place_labels[r["place"]]} if r.get("place") in place_labels else r for r in found]
    described: dict[str, dict] = {}
    for r in sorted(found, key=lambda r: [str(r.get(k, "")) for k in UNIT_FACTS]):
        unit = described.setdefault(r["unit"], {"canonical": None, "aliases": [], "jurisdiction": None, "type_label": None})
        for variable, field in UNIT_FACTS.items():  # a row for each name, city and type; the first of each in order
            if variable in r and field == "aliases":
                unit["aliases"] += [] if r[variable] in unit["aliases"] else [r[variable]]  # "局" and "局"@zh are one name
            elif variable in r and unit[field] is None:
                unit[field] = r[variable]
    return {iri: unit for iri, unit in described.items() if unit["canonical"] is not None}


UNIT_FACTS = {"canonical": "canonical", "alias": "aliases", "jurisdiction": "jurisdiction", "typeLabel": "type_label"}


def unit_clauses(store, unit_id: str, role: str = "any", *, limit: int = 100, offset: int = 0,
                 base: str = DEFAULT_BASE) -> UnitClauses:
    """The clauses a unit is responsible for (as lead, co, inherited or any), in document order. Lead and co
    include the clauses it has inherited as such (a section heading's （X牵头） over them: X leads its items)."""
    if role not in (*ROLES, "any"):
        raise BadId("role", f"{str(role)[:40]!r} is not a role: lead, co, inherited or any")
    check_page(limit, offset)
    summary = unit(store, unit_id, base=base)
    found = rows(store, "unit_clauses", unit=summary.iri, role=None if role == "any" else [role, "inherited"])
    if role in ("lead", "co"):
        found = [r for r in found if role in (r["role"], r.get("inheritedAs"))]
    items = sorted(
        (UnitClause(id=clause_id(r["clause"], base), iri=r["clause"], role=r["role"], inherited_as=r.get("inheritedAs"),
                    number=r["number"], path=r["path"],
                    heading=r.get("heading"), document_id=document_id(r["document"], base), title=r.get("title"),
                    doc_number=r.get("docNumber")) for r in _unique(_role_rows(found), "key")),
        key=lambda c: (c.document_id, path_key(c.path), ROLES.index(c.role) if c.role in ROLES else 9))
    return UnitClauses(unit=summary, role=role, clauses=_page(items, limit, offset))


def _role_rows(found: list[dict]) -> list[dict]:
    return [{**r, "key": (r["clause"], r["role"])} for r in found]


# --- comparison --------------------------------------------------------------------------------
def compare(store, *, instrument: str | None = None, group: str | None = None, unit: str | None = None,
            base: str = DEFAULT_BASE) -> Comparison:
    """One row per clause naming an instrument or a beneficiary group (or a narrower one), or
    naming a unit as responsible, with exact amounts (bounds, payment units), rates told apart
    from thresholds, periods, and units; by city, then in document order."""
    given = {k: v for k, v in {"instrument": instrument, "group": group, "unit": unit}.items() if v}
    if len(given) != 1:
        raise BadId("instrument", "give exactly one of instrument, group or unit")
    (what, label), = given.items()
    if len(label) > 100:
        raise BadId(what, "at most 100 characters")
    if what == "unit":
        units = _units_to_compare(store, label, base)
        if not units:
            raise NotFound(f"no unit named {label!r}")
        found = rows(store, "compare_unit", unit=units)
    else:
        specific = sorted({r["specific"] for r in rows(store, "concepts", label=_concept_label(what, label, base))})
        if not specific:
            from policykg.ingest.vocab import concepts_near

            near = concepts_near(f"{what}s", label)
            raise NotFound(f"no {what} named {label!r}" + (f"; did you mean {'、'.join(near)}?" if near else ""), parameter=what)
        prop = POL.instrument if what == "instrument" else POL.beneficiary
        found = rows(store, "compare", specific=specific, property=str(prop))
    found = _unique(found, "clause")
    clauses = [r["clause"] for r in found]
    values = _values(store, clauses) if clauses else {"amount": {}, "rate": {}, "period": {}}
    mentions = clause_mentions(store, clauses, base) if clauses else {}
    places = node_labels(store, {r["place"] for r in found if "place" in r})
    out = [
        ComparisonRow(jurisdiction=places.get(r.get("place")), level=_level(r.get("levelIri")), document_id=document_id(r["document"], base),
                      title=r.get("title"), doc_number=r.get("docNumber"), clause_id=clause_id(r["clause"], base), clause=r["clause"],
                      number=r["number"], path=r["path"], heading=r.get("heading"), amounts=values["amount"].get(r["clause"], []),
                      rates=values["rate"].get(r["clause"], []), periods=values["period"].get(r["clause"], []),
                      units=sorted({m.name for m in mentions.get(r["clause"], [])}))
        for r in found
    ]
    out.sort(key=lambda row: (row.jurisdiction or "\uffff", row.document_id, path_key(row.path)))
    return Comparison(**{what: label}, rows=out)


MATCH_RANK = {"exact": 0, "name": 1, "type": 2}


def _units_to_compare(store, label: str, base: str) -> list[str]:
    """The unit of that id or IRI (as SPARQL gives it), or each city's units that match ``label`` best there."""
    given = label.strip().removeprefix(f"{base}org/")
    return [unit(store, given, base=base).iri] if UNIT_ID.fullmatch(given) else _best_unit_per_city(store, label, base)


def _best_unit_per_city(store, label: str, base: str) -> list[str]:
    """Each city's units that match ``label`` best there: 市人社局 where a city writes it so, else the unit
    whose name holds it (人社局 is every city's 人力资源和社会保障局, not only the cities that wrote 人社局)."""
    chosen = []
    for city in find_units(store, label, base=base).cities:
        best = min(MATCH_RANK[u.match] for u in city.units)
        chosen += [u.iri for u in city.units if MATCH_RANK[u.match] == best]
    return chosen


def _concept_label(what: str, value: str, base: str = DEFAULT_BASE) -> str:
    """A concept given by its id (internship-subsidy), as /search takes it, or by its IRI, as SPARQL gives it (a new user:
    404), is found by its label."""
    from policykg.ingest.vocab import concept_by_id

    given = value.strip()
    given = given.removeprefix(f"{base}concept/{what}/")
    concept = concept_by_id(f"{what}s").get(given)
    return concept.label_zh if concept is not None else value


def stats(store) -> Stats:
    """Documents, clauses and quads (of the named graphs): the store layer counts its quads (an embedded store by
    the engine's own count), the engine itself where given pyoxigraph's store."""
    r = rows(store, "stats")[0]
    triples = named_graph_quads(store) if isinstance(store, ox.Store) else store.triple_count()
    return Stats(documents=r.get("documents", 0), clauses=r.get("clauses", 0), triples=triples)


# --- RDF of one resource ------------------------------------------------------------------------
def _serialised(store, name: str, media_type: str, **bindings) -> tuple[bytes, str]:
    text = sparql_prefixes() + render(f"reads/{name}", with_prefixes=False, **bindings)
    native = _native(store)
    if native is not None:
        fmt = GRAPH_FORMATS.get(media_type, ox.RdfFormat.TURTLE)
        return native.query(text, **default_graph_options(native)).serialize(format=fmt) or b"", fmt.media_type
    return store.query_bytes(text, media_type)


def _exists(store, name: str, **bindings) -> bool:
    return bool(_solutions(store, sparql_prefixes() + render(f"reads/{name}", with_prefixes=False, **bindings)))


def document_rdf(store, key: str, media_type: str = "text/turtle", *, base: str = DEFAULT_BASE) -> tuple[bytes, str]:
    """The triples of one document's named graph, serialised by the engine."""
    check_key(key)
    if not _exists(store, "document_exists", document=f"{base}doc/{key}"):
        raise NotFound(f"no document {key!r}")
    return _serialised(store, "document_graph", media_type, graph=f"{base}graph/{key}")


def ontology_rdf(store, media_type: str = "text/turtle", *, base: str = DEFAULT_BASE) -> tuple[bytes, str]:
    """The ontology's named graph (its classes and properties, as loaded with the data), serialised by the engine."""
    return _serialised(store, "document_graph", media_type, graph=f"{base}{ONTOLOGY_GRAPH}")


def clause_rdf(store, iri_or_key: str, media_type: str = "text/turtle", *, base: str = DEFAULT_BASE) -> tuple[bytes, str]:
    """A clause's triples with those of its mentions, values and references."""
    iri = clause_iri(iri_or_key, base)
    if _is_segment(iri, base):
        if not _exists(store, "segment_exists", segment=iri):
            raise NotFound(f"no segment {clause_id(iri, base)!r}")
        return _serialised(store, "resource_graph", media_type, resource=iri)
    if not _exists(store, "clause_exists", clause=iri):
        raise NotFound(f"no clause {clause_id(iri, base)!r}")
    return _serialised(store, "clause_graph", media_type, clause=iri)


def document_exists(store, key: str, *, base: str = DEFAULT_BASE) -> bool:
    return _exists(store, "document_exists", document=f"{base}doc/{check_key(key)}")
