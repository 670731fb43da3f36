"""The search index as a projection of the graph store.

``build_index`` reads the clauses and their documents from the store's triples (SPARQL, never
``Document`` objects), writes the index into a temporary folder beside ``directory`` and renames
it into place, so a reader sees the old index or the new one, never half of each. Vectors and
BM25 tokens of passages whose text (and model) did not change are reused: only new passages are
embedded and tokenized. After a write, only the documents it touched are read from the store
when the previous index reflected the state before it (``since`` and ``changed``).

Files in the index folder: ``records.jsonl`` (one clause per line: citation and facet fields),
``tokens/`` (the BM25 tokens of each passage, of its head and of each sentence, as word ids:
``token_table.py``),
``bm25/`` and ``bm25_sentences/`` (BM25 over passages, and over each sentence with its passage's
head), ``vectors.npy`` (float16, one row per record, absent without a model), ``meta.json``
(stamp, model, format, tokenizer dictionary, a digest of the vocabulary graph, each passage's
digests, each document's run of records with its dictionary words: ``record_runs.py``).
"""
from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

import ahocorasick
import bm25s
import numpy as np
import orjson
from policykg.ingest.reading import read_source

from ..errors import IndexUnavailable
from ..progress import show_progress
from ..queries import values_block
from ..reads import ancestor_paths, node_labels
from ..sources import SourcePaths
from .align import SourceFile
from .ann import ANN_FILE, ANN_THRESHOLD, build_ann
from .bm25_build import Corpus, bm25_index
from .columns import Columns
from .columns import carried as carried_columns
from .columns import save as save_columns
from .index import FORMAT, SENTENCE_BM25, SearchIndex
from .passages import dense_text, passage_head
from .record_runs import RecordRuns, digest
from .records import RecordFile, dumps
from .spans import sentences
from .token_table import TokenTable
from .tokenize import ChineseTokenizer
from .vectors import stored as stored_vectors

log = logging.getLogger(__name__)

Embedded = Callable[[int, int], None]  # (passages embedded so far, passages to embed)
EMBED_CHUNK = 64  # passages per encoder call when progress is reported: a stop waits at most one chunk

# Rows of these queries are joined in Python: one row per clause (or per multi-valued fact), so
# documents with many clauses do not multiply the rows of the others.
# Labels are read apart from the documents: under the union default graph a place's label is
# matched once per document graph that states it, so joining them here grew as documents²
# (3.5 s for 116 documents).
DOCUMENTS_QUERY = """
SELECT ?d (SAMPLE(?title) AS ?t) (SAMPLE(?number) AS ?num) (SAMPLE(?date) AS ?day) (SAMPLE(?file) AS ?f)
       (SAMPLE(?hash) AS ?sha) (SAMPLE(?lev) AS ?level) (GROUP_CONCAT(DISTINCT STR(?issuerNode); separator=" ") AS ?issuers) (SAMPLE(?placeNode) AS ?place)
       (SAMPLE(?provinceNode) AS ?province) (SAMPLE(?from) AS ?fromDay) (SAMPLE(?until) AS ?untilDay) WHERE { {only}
  ?d a pol:PolicyDocument ; pol:sourceFile ?file .
  OPTIONAL { ?d eli:title ?title }
  OPTIONAL { ?d pol:sourceSha256 ?hash }
  OPTIONAL { ?d eli:id_local ?number }
  OPTIONAL { ?d eli:date_document ?date }
  OPTIONAL { ?d eli:first_date_entry_in_force ?from }
  OPTIONAL { ?d eli:date_no_longer_in_force ?until }
  OPTIONAL { ?d pol:level ?lev }
  OPTIONAL { ?d eli:passed_by ?issuerNode }
  OPTIONAL { ?d eli:jurisdiction ?placeNode }
  OPTIONAL { ?d pol:province ?provinceNode }
} GROUP BY ?d
"""
PLACE_KINDS_QUERY = "SELECT DISTINCT ?x ?kind WHERE { ?x pol:placeKind ?kind }"
# A query's ``{patterns}`` are the triple patterns named beside it in ``PROJECTION_QUERIES``, in
# order, an optional one as ``OPTIONAL { pattern }`` (``_select`` writes them as a group, or each
# apart for the whole store).
CLAUSES_QUERY = "SELECT ?c ?d ?path ?number ?heading ?text ?start ?end WHERE { {only} {patterns} }"
CLAUSE_PATTERNS = ("?c a pol:Clause", "?c eli:is_part_of ?d", "?c pol:path ?path", "?c eli:number ?number", "?c pol:text ?text",
                   "?c pol:startOffset ?start", "?c pol:endOffset ?end", "OPTIONAL { ?c pol:heading ?heading }")
SECTIONS_QUERY = "SELECT ?d ?path ?heading ?number WHERE { {only} {patterns} }"
SECTION_PATTERNS = ("?s a pol:Section", "?s eli:is_part_of ?d", "?s pol:path ?path", "?s pol:heading ?heading",
                    "OPTIONAL { ?s eli:number ?number }")
# A unit's label is read apart too (``node_labels``): every document graph that mentions the unit
# states it, so joined here each mention's row was matched once per such graph.
UNITS_QUERY = "SELECT DISTINCT ?c ?u ?name ?role WHERE { {only} {patterns} }"
UNIT_PATTERNS = ("?c a pol:Clause", "?c pol:unitMention ?m", "?m pol:unit ?u", "?m pol:role ?role", "?m pol:sourceText ?name")
# each clause's beneficiary groups and instruments with the broader concepts above them (the
# same query for both, asked apart: a UNION kept Oxigraph from joining its patterns by hash)
CONCEPTS_QUERY = "SELECT DISTINCT ?c ?concept WHERE { {only} {patterns} }"
GROUP_PATTERNS = ("?c a pol:Clause", "?c pol:beneficiary/skos:broader* ?concept")
INSTRUMENT_PATTERNS = ("?c a pol:Clause", "?c pol:instrument/skos:broader* ?concept")
SEGMENTS_QUERY = "SELECT ?s ?d ?kind ?text ?start ?end WHERE { {only} {patterns} }"
SEGMENT_PATTERNS = ("?d a pol:PolicyDocument", "?d pol:segment ?s", "?s pol:segmentKind ?kind", "?s pol:text ?text",
                    "?s pol:startOffset ?start", "?s pol:endOffset ?end")
CHUNK_CHARS = 300  # text outside clauses (preambles, closings, what the parser left) is indexed in chunks of about this size
PERIODS_QUERY = 'SELECT ?c ?p ?begin ?end WHERE { {only} {patterns} FILTER(?kind IN ("interval", "deadline")) }'
PERIOD_PATTERNS = ("?c a pol:Clause", "?c pol:period ?p", "?p pol:periodKind ?kind",
                   "OPTIONAL { ?p time:hasBeginning/time:inXSDDate ?begin }", "OPTIONAL { ?p time:hasEnd/time:inXSDDate ?end }")
# name: (query, whether its rows are per clause, its triple patterns); the slowest first, so two
# threads finish together
PROJECTION_QUERIES = {
    "clauses": (CLAUSES_QUERY, False, CLAUSE_PATTERNS), "units": (UNITS_QUERY, True, UNIT_PATTERNS),
    "segments": (SEGMENTS_QUERY, False, SEGMENT_PATTERNS), "periods": (PERIODS_QUERY, True, PERIOD_PATTERNS),
    "documents": (DOCUMENTS_QUERY, False, ()), "groups": (CONCEPTS_QUERY, True, GROUP_PATTERNS),
    "instruments": (CONCEPTS_QUERY, True, INSTRUMENT_PATTERNS), "sections": (SECTIONS_QUERY, False, SECTION_PATTERNS),
    "place_kinds": (PLACE_KINDS_QUERY, False, ()),
}
VARIABLE = re.compile(r"\?\w+")
OPTIONAL = re.compile(r"OPTIONAL \{ (.*) \}")
MAX_QUERY_THREADS = 4
DOCUMENTS_PER_QUERY = 16
ROLE_ORDER = {"lead": 0, "co": 1, "inherited": 2}
RECORD_CODE = ("projection.py", "passages.py", "spans.py", "align.py", "tokenize.py", "records.py", "record_runs.py")  # the modules records depend on
# format 3 differs only in its float32 vectors, 4 only in how a line json wrote is marked, 5 only
# in its tokens (JSON lines of words): their vectors are reused (their records are read again: the
# record code differs), tokens only from this format
REUSABLE_FORMATS = (3, 4, 5, 6, 7, 8, FORMAT)  # (6: its tokens lacked each 文号's own term; 7: documents' terms; 8: no numbers above a clause)
SPARE_VECTORS = "spare_vectors.npy"  # a BM25-only build's unused vectors, for the next build with the model
MAX_CHANGED_WORDS = 500  # words added to the tokenizer's dictionary or taken out, past which every passage is tokenized again


def _local(iri: str) -> str:
    return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _select(store, query: str, documents: list[str] | None, per_clause: bool = False, patterns: tuple[str, ...] = ()) -> list[dict]:
    """Rows of a projection query, over the given documents only (None: every document)."""
    only = ""
    if documents is not None:
        only = values_block({"d": documents}) + (" ?c eli:is_part_of ?d ." if per_clause else "")
    group = " . ".join(patterns) + " ." if documents is not None else _each_apart(patterns)
    return store.select(query.replace("{only}", only).replace("{patterns}", group))


def _each_apart(patterns: tuple[str, ...]) -> str:
    """Triple patterns each in a sub-select of its own (an optional one in an optional
    sub-select), the same rows as the group of them: a sub-select of all a pattern's variables
    is the pattern. Oxigraph then reads each pattern whole and joins them by hash; given the
    group, it looks each next pattern up row by row, ~10 µs a lookup (1,000 files: clauses 2.9
    -> 1.5 s, units 3.2 -> 1.1 s). For the whole store only: for a few documents the lookups
    are what is cheap."""
    return " ".join(_alone(p) for p in patterns)


def _alone(pattern: str) -> str:
    optional = OPTIONAL.fullmatch(pattern)
    inner = optional.group(1) if optional else pattern
    selected = f"{{ SELECT {' '.join(dict.fromkeys(VARIABLE.findall(inner)))} WHERE {{ {inner} }} }}"
    return f"OPTIONAL {selected}" if optional else selected


def _select_all(store, only: list[str] | None) -> dict[str, list[dict]]:
    """The rows of every projection query. Oxigraph lets go of the GIL while it evaluates a
    query, so they run side by side (1.3 s of engine time for 331 files, on one core before).
    Given documents are asked for ``DOCUMENTS_PER_QUERY`` at a time: Oxigraph's time per document
    grows with the size of a ``VALUES`` block (1,031 documents at once: 9.4 s of engine time; by
    16: 4.2 s)."""
    threads = min(MAX_QUERY_THREADS, os.cpu_count() or 1)
    chunks = [None] if only is None else [only[i:i + DOCUMENTS_PER_QUERY] for i in range(0, len(only), DOCUMENTS_PER_QUERY)]
    with ThreadPoolExecutor(max_workers=threads) as pool:
        futures = {name: [pool.submit(_select, store, query, chunk, per_clause, patterns)
                          for chunk in (chunks if "{only}" in query else [None])]
                   for name, (query, per_clause, patterns) in PROJECTION_QUERIES.items()}
        return {name: [row for future in parts for row in future.result()] for name, parts in futures.items()}


def _documents(store, rows: list[dict], place_kinds: list[dict]) -> dict[str, dict]:
    issuers = {r["d"]: (r.get("issuers") or "").split() for r in rows}  # a joint document's every issuer (IRIs hold no space)
    labels = node_labels(store, {r[k] for r in rows for k in ("place", "province") if r.get(k)} | set(chain.from_iterable(issuers.values())))
    kinds = {r["x"]: r["kind"] for r in place_kinds}
    out = {}
    for r in rows:
        level = _local(r["level"]) if r.get("level") else None
        place = labels.get(r.get("place"))
        out[r["d"]] = {
            "title": r.get("t") or "", "doc_number": r.get("num"), "date": r.get("day"), "source_file": r["f"],
            "level": level, "issuer": _joint(labels, issuers[r["d"]]), "place": place, "place_kind": kinds.get(r.get("place")),
            "city": place if level in ("municipal", "county") else None,
            "province": labels.get(r.get("province")),
            "in_force_from": r.get("fromDay"), "in_force_until": r.get("untilDay"),  # the term the document states
        }
    return out


def _joint(labels: dict[str, str], nodes: list[str]) -> str | None:
    """Every issuer's name, joined by 、 in the order of their names (the graph keeps no order): one of
    four joint issuers had stood for them all in a hit's citation."""
    return "、".join(sorted({labels[n] for n in nodes if n in labels})) or None


LEAD_IN_MAX_CHARS = 80
LEAD_IN = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]{1,5}条|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,3}[.．、])?\s*(?P<words>.+[：:])\s*$")


def _lead_in(text: str) -> str:
    """A clause that leads into its items (第十二条 有下列情形之一的，可申请移出：): its words stand above each item as a
    heading does (a held-out tester's answer, （一）补报未报年份年度报告并公示, said nothing of what it was for)."""
    m = LEAD_IN.match(text.strip()) if len(text) <= LEAD_IN_MAX_CHARS else None
    return m["words"] if m else ""


def read_records(store, iris, only: list[str] | None = None, sources: SourcePaths | None = None) -> list[dict]:
    """One record per clause in the store (of the documents ``only``, if given), with the context
    a reader sees around it. ``sources`` finds the source files (their text gives each sentence
    its place in the file); without it a stored name is read from the current directory."""
    locate = sources.location if sources is not None else Path
    rows = _select_all(store, only)  # each list let go of once used: the unit rows weigh as much as the records
    read_as = {r["f"]: r.get("sha") for r in rows["documents"]}  # each file's hash when it was ingested
    documents = _documents(store, rows.pop("documents"), rows.pop("place_kinds"))
    doc_prefix = f"{iris.base}doc/"
    headings: dict[str, dict[str, str]] = defaultdict(dict)  # document -> path -> heading
    numbers: dict[str, dict[str, str]] = defaultdict(dict)  # document -> path -> number (第二章, 第七条)
    for r in rows.pop("sections"):
        headings[r["d"]][r["path"]] = r["heading"]
        numbers[r["d"]][r["path"]] = r.get("number") or ""
    clauses = [r for r in rows.pop("clauses") if r["d"] in documents]
    for r in clauses:
        headings[r["d"]].setdefault(r["path"], r.get("heading") or _lead_in(r["text"]))
        numbers[r["d"]].setdefault(r["path"], r["number"])
    units, concepts, periods = defaultdict(dict), defaultdict(lambda: defaultdict(set)), defaultdict(dict)
    unit_rows = rows.pop("units")
    unit_labels = node_labels(store, {r["u"] for r in unit_rows})
    for r in unit_rows:
        units[r["c"]].setdefault((r["name"], r["u"], r["role"]), unit_labels.get(r["u"], r["name"]))
    for scheme in ("groups", "instruments"):
        for r in rows.pop(scheme):
            concepts[r["c"]][scheme].add(_local(r["concept"]))
    for r in rows.pop("periods"):
        periods[r["c"]][r["p"]] = [r.get("begin"), r.get("end")]
    records = []
    for r in clauses:
        doc = documents[r["d"]]
        above_paths = ancestor_paths(r["path"])
        above = [headings[r["d"]].get(p, "") for p in above_paths]
        clause_units = sorted(units[r["c"]].items(), key=lambda kv: (ROLE_ORDER.get(kv[0][2], 9), kv[0][0]))
        records.append({
            "clause": r["c"], "kind": "clause", "document": r["d"], "doc_key": r["d"][len(doc_prefix):] if r["d"].startswith(doc_prefix) else r["d"],
            **doc, "path": r["path"], "number": r["number"], "heading": r.get("heading") or "", "text": r["text"],
            "start": r["start"], "end": r["end"], "headings": [h for h in above if h],
            # (their numbers, for a citation: 第七条 over its （一）, h307 F9)
            "parents": [{"path": p, "number": numbers[r["d"]][p]} for p in above_paths if p in numbers[r["d"]]],
            "units": [{"name": name, "canonical": canonical, "role": role, "iri": iri} for (name, iri, role), canonical in clause_units],
            "groups": sorted(concepts[r["c"]]["groups"]), "instruments": sorted(concepts[r["c"]]["instruments"]),
            "periods": sorted(periods[r["c"]].values(), key=lambda p: (p[0] or "", p[1] or "")),
        })
    del unit_rows
    segments = defaultdict(list)  # source file -> its documents' segment rows
    for r in rows.pop("segments"):
        if r["d"] in documents:
            segments[documents[r["d"]]["source_file"]].append(r)
    clauses_of = defaultdict(list)
    for r in records:
        clauses_of[r["source_file"]].append(r)
    sources = _SourceTexts(locate, read_as)
    records = []
    for name in sorted(clauses_of.keys() | segments.keys()):  # each file read and flattened once, then let go
        source = sources.file(name)
        with_clauses = {r["document"] for r in clauses_of[name]}
        file_records = clauses_of[name] + _segment_records(segments[name], documents, doc_prefix, source, with_clauses)
        _add_sentences(file_records, source)
        records += file_records
    sources.warn_unread()
    records.sort(key=_record_order)
    return records


def _record_order(record: dict) -> tuple:
    return record["doc_key"], record["start"], record["path"]


def _chunks(text: str) -> list[tuple[int, int]]:
    """Consecutive sentences grouped into ranges of about ``CHUNK_CHARS`` characters."""
    out: list[tuple[int, int]] = []
    for s, e in sentences(text):
        if out and e - out[-1][0] <= CHUNK_CHARS:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _segment_records(segments: list[dict], documents: dict[str, dict], doc_prefix: str, source: "SourceFile | None",
                     with_clauses: set[str] = frozenset()) -> list[dict]:
    """Text of one file's documents outside their clauses (preamble, closing), as chunk records (``with_clauses``: the
    documents that have clause records, whose handing-on formula is left out)."""
    out = []
    for r in segments:
        doc = documents[r["d"]]
        chunks = [(s, e) for s, e in _chunks(r["text"]) if not is_furniture(r["text"][s:e])
                  and not (r["d"] in with_clauses and TRANSMITTAL_ONLY.match(r["text"][s:e].strip()))]
        mapped = source.ranges(r["text"], r["start"], r["end"], chunks) if source else [None] * len(chunks)
        for n, ((s, e), where) in enumerate(zip(chunks, mapped)):
            start, end = where or (r["start"], r["end"])
            out.append({
                "clause": r["s"], "document": r["d"], "doc_key": r["d"][len(doc_prefix):] if r["d"].startswith(doc_prefix) else r["d"],
                **doc, "kind": r["kind"], "path": f"{r['s'].rsplit('/', 1)[-1]}-{r['kind']}-{n}", "number": "", "heading": "",
                "text": r["text"][s:e], "start": start, "end": end, "headings": [], "parents": [], "units": [], "groups": [], "instruments": [],
                "periods": [],
            })
    return out


def is_furniture(text: str) -> bool:
    """A signature, a date, addressees, a publication note or a title repeated (上海市财政局, 2023年4月21日,
    各相关单位：, （此件公开发布）): no sentence, nothing to find. Indexed, such short passages under the
    document's title outranked its clauses for questions naming the place (a probe: in the top 10 of 37 of
    60 questions). An attachment's line (附件：…清单) names what it holds and stays, as does a long run of
    lines without a sentence (a list)."""
    # sentence ends as the structure parser reads them (imported here, as the index is built: a search
    # that only reads does not load the parser)
    from policykg.ingest.structure import SENTENCE_END

    body = text.strip()
    compact = re.sub(r"\s+", "", body)  # (the attachment patterns read it without spaces: no run of them to backtrack over)
    return (len(body) <= FURNITURE_MAX_CHARS and not SENTENCE_END.search(body) and ("，" not in body or body.endswith(("：", ":")))
            and not body.startswith("附件") or BARE_ATTACHMENT_LABEL.fullmatch(compact) is not None  # 附件 / 附件2： alone names nothing
            or body.startswith("附") and all(OMITTED_ATTACHMENT.fullmatch(re.sub(r"\s+", "", line)) for line in body.splitlines() if line.strip()))


# 附件1：…行业目录（2023年版）（略）: an attachment the compilation left out; its title's words had made the line the first
# BM25 hit, relevance 1.00, for a question its document's clause answered (a blind test)
# (its title's length bounded and its spaces tied to the marks after them: a run of spaces had backtracked for minutes, a
# review; （此件略）, （附件略）, （具体内容略） as well)
OMITTED_ATTACHMENT = re.compile(r"(?:附件[\d一二三四五六七八九十]{0,3}[：:]?)?(?:\d{1,2}[.．、])?[^\n]{2,160}?"
                                r"[（(](?:此件|附件|具体内容|内容)?略[）)]")


# 《…方案》已经市人民政府同意，现印发给你们，请认真组织实施。 alone (after the addressees), in a document with clauses: the
# notice handing its text on says nothing of its own; its title's words made it the first hit for questions on that text's
# content (a blind test: above the clause that answered). Kept where the document has no clause (a notice forwarding a
# text not stored: its only words, a review), and where it hands on money (…500万元下发给你们) rather than a text.
_HANDED_ON = r"(?:修订后的)?(?:《[^》]{2,120}》(?:[（(][^）)]{0,40}[）)])?(?:[和、及与]《[^》]{2,120}》(?:[（(][^）)]{0,40}[）)])?)*|[\u4e00-\u9fff“”（）\d]{4,60}?)"
TRANSMITTAL_ONLY = re.compile(r"(?:[^。：:]{0,160}[：:])?\s*(?:(?:经[^，。]{1,30}同意[，,]\s*)?现将\s*" + _HANDED_ON
                              + r"|" + _HANDED_ON + r"\s*已经?[^，。]{1,30}同意[，,]?\s*现)\s*(?:印发|转发|印送)给你们[，,]?\s*(?:请[^。]{0,60}。?)?\s*$")


BARE_ATTACHMENT_LABEL = re.compile(r"附件\d{0,2}[：:]?")  # (read without spaces)


FURNITURE_MAX_CHARS = 80  # a signature block or the addressees; a longer run without a sentence is a list, kept


class _SourceTexts:
    """Source files' texts as ingest read them (decoded, extracted), each read once: only when
    the file can still be read where it was ingested from and is byte for byte what was ingested
    (an edited file would give offsets into another text)."""

    def __init__(self, locate, read_as: dict[str, str | None]):
        self._locate, self._read_as = locate, read_as
        self.unread: list[str] = []  # why a file's answers carry no offsets in it

    def warn_unread(self) -> None:
        """Say so when answers will lack their place in the file: silently null offsets had looked like a bug
        (a data folder copied away from the folder it was ingested beside)."""
        if self.unread:
            log.warning("%d source file(s) could not be read as ingested, so their search hits carry no offsets in the "
                        "file (answer_source_start/end); e.g. %s", len(self.unread), self.unread[0])

    def file(self, name: str) -> SourceFile | None:
        """The file read and flattened for alignment (not kept: a flattened file holds an offset
        per character, and the caller goes file by file)."""
        text = self._read(name)
        return SourceFile(text) if text is not None else None

    def _read(self, name: str) -> str | None:
        where = self._locate(name)
        try:
            source = read_source(where)
        except Exception as exc:  # noqa: BLE001 - a file gone or broken since ingest only loses its offsets
            self.unread.append(f"{name}: not readable at {where} ({type(exc).__name__})")
            return None
        expected = self._read_as.get(name)
        if expected is not None and source.sha256 != expected:
            self.unread.append(f"{name}: changed since it was ingested ({where})")
            return None
        return source.text


def sentence_ranges(text: str) -> list[tuple[int, int]]:
    """A record's sentences: at least one, so every record has a row in the sentence index."""
    return sentences(text) or [(0, len(text))]


def _add_sentences(records: list[dict], source: SourceFile | None) -> None:
    """Each record's sentences (records of one file): ``[start, end, source start, source end]``
    (source None when the file cannot be read or differs), so answer spans cite the file without
    reading it."""
    for r in records:
        ranges = sentence_ranges(r["text"])
        mapped = source.ranges(r["text"], r["start"], r["end"], ranges) if source else [None] * len(ranges)
        r["sentences"] = [[s, e, *(m or (None, None))] for (s, e), m in zip(ranges, mapped)]


@dataclass(frozen=True)
class PreviousVectors:
    """Vectors an existing index offers for reuse: its own, or the spare ones a BM25-only build
    kept (``_spare_vectors``); ``rows``: embedded text digest -> row of ``vectors``."""

    model: str | None = None
    rows: dict[str, int] = field(default_factory=dict)
    vectors: np.ndarray | None = None

    def cover(self, digests: list[str]) -> bool:
        return self.vectors is not None and bool(self.model) and all(d in self.rows for d in digests)

    def of(self, digests: list[str]) -> np.ndarray:
        return np.asarray(self.vectors[[self.rows[d] for d in digests]], dtype=np.float32)


class RecordsNotCarried(IndexUnavailable):
    """``build_index(vectors_only=True)`` over an index whose records it cannot keep."""


def _previous(directory: Path) -> tuple[dict, PreviousVectors, TokenTable | None]:
    """What an existing index offers for reuse: meta, vectors, the passages' tokens (row i: the
    passage of digest ``meta["passages"][i]``)."""
    try:
        meta = orjson.loads((directory / "meta.json").read_bytes())
        if meta.get("format") not in REUSABLE_FORMATS:
            return {}, PreviousVectors(), None
        return meta, _previous_vectors(directory, meta), _previous_tokens(directory, meta)
    except (OSError, ValueError):
        return {}, PreviousVectors(), None


def _previous_vectors(directory: Path, meta: dict) -> PreviousVectors:
    for file, model, digests in (("vectors.npy", "model", "dense_passages"), (SPARE_VECTORS, "spare_model", "spare_passages")):
        if (directory / file).exists():
            vectors, listed = np.load(directory / file, mmap_mode="r"), meta.get(digests, [])
            rows = {d: i for i, d in enumerate(listed)}  # passages of the same text share a vector
            return PreviousVectors(meta.get(model), rows, vectors) if len(listed) == len(vectors) else PreviousVectors()
    return PreviousVectors()


def _previous_tokens(directory: Path, meta: dict) -> TokenTable | None:
    """The previous index's token table, if it is of this format and one row per passage."""
    if meta.get("format") != FORMAT:
        return None
    try:
        table = TokenTable.load(directory)
    except (OSError, ValueError):
        return None
    return table if len(table) == len(meta.get("passages", [])) else None


def passage_tokens(tokenizer: ChineseTokenizer, record: dict, heads: dict[str, list[str]] | None = None) -> dict[str, list]:
    """The tokens of a record's head and of each of its sentences. The passage's tokens are their
    concatenation: jieba cuts at the punctuation that ends a sentence, so these are the terms tokenizing
    the whole passage gives (checked on every passage of corpus/; a 文号's own term after its sentence's
    words, not after the passage's), at the cost of one pass.
    ``heads``: tokens of heads already cut; every clause of a section has the same head (a
    thousand files: 40,641 records, 908 heads, a third of the characters tokenized)."""
    head = passage_head(record)
    head_tokens = heads.get(head) if heads is not None else None
    if head_tokens is None:
        head_tokens = tokenizer.tokens(head)
        if heads is not None:
            heads[head] = head_tokens
    text = record["text"]
    return {"head": head_tokens, "sentences": [tokenizer.tokens(text[s:e]) for s, e, *_ in record["sentences"]]}


def whole_passage(tokens: dict[str, list]) -> list[str]:
    return list(_whole_passage_tokens(tokens))


def sentence_passages(tokens: list[dict[str, list]]) -> list[list[str]]:
    """One BM25 document per sentence, with its passage's head: rows in record order, so the
    sentences of record i are a contiguous run (``SearchIndex`` takes the best per record)."""
    return [[*t["head"], *sentence] for t in tokens for sentence in t["sentences"]]


def bm25_indexes(table: TokenTable) -> dict[str, bm25s.BM25]:
    """The passage index (``whole_passage``) and the sentence index (``sentence_passages``)."""
    passages, sentences = bm25_corpora(table)
    return {"bm25": bm25_index(passages), SENTENCE_BM25: bm25_index(sentences)}


def bm25_corpora(table: TokenTable) -> tuple[Corpus, Corpus]:
    """The passages and the sentences (each with its passage's head) as corpora sharing the
    table's vocabulary; each sentence's document taken from its passage's token ids."""
    vocabulary = {word: i for i, word in enumerate(table.words)}
    passages = Corpus.of_arrays(vocabulary, table.ids, table.passage_lengths())
    return passages, passages.parts_with_head(table.heads(), table.sentence_counts(), table.sentence_lengths())


def _whole_passage_tokens(tokens: dict[str, list]) -> Iterable[str]:
    return chain(tokens["head"], *tokens["sentences"])


def _tokens(tokenizer: ChineseTokenizer, records: RecordRuns, digests: list[str], old: TokenTable | None,
            old_digests: list[str], changed_words: list[str]) -> TokenTable:
    """Tokens per passage: an old passage's row is reused when no word added to the dictionary or
    taken out of it since occurs in it; the others are tokenized."""
    if old is None or len(changed_words) > MAX_CHANGED_WORDS:
        old, old_digests = None, []  # a different corpus: cheaper to tokenize everything than to check
    old_row = {d: i for i, d in enumerate(old_digests)}
    old_sentences = old.sentence_counts() if old is not None else None
    cut_otherwise = _changed_word_finder(changed_words) if changed_words and old is not None else None
    rows, fresh, heads = [], [], {}
    for i, passage_digest in enumerate(digests):
        row = records.previous_row(i) if old is not None else None
        record = records.record(i) if row is None or cut_otherwise is not None else None
        if row is None:
            row = old_row.get(passage_digest)
            if row is not None and old_sentences[row] != len(record["sentences"]):  # sentences cut otherwise now
                row = None
        if row is not None and cut_otherwise is not None and cut_otherwise(record):
            row = None
        if row is None:
            row = -1 - len(fresh)
            fresh.append(passage_tokens(tokenizer, record, heads))
        rows.append(row)
    if old is None:
        return TokenTable.from_passages(fresh)
    new = TokenTable.from_passages(fresh, old.words)
    rows = [row if row >= 0 else len(old) - 1 - row for row in rows]
    return old.then(new).take(rows).compacted()


def _changed_words(dictionary: list[str], meta: dict) -> list[str]:
    """Words added to the tokenizer's dictionary since the previous index, and taken out of it (a
    removed document's unit names: passages that hold one were cut with it)."""
    return sorted(set(dictionary) ^ set(meta.get("dictionary", []))) if meta else dictionary


def _changed_word_finder(changed_words: list[str]):
    """Whether a record's passage holds a word added to the dictionary or taken out of it (its
    old tokens were then cut otherwise), in what the tokenizer cuts: the head, and the text, each
    without its line breaks (``ChineseTokenizer.tokens`` removes them, so a word broken across
    two lines is cut whole). A head is shared by the clauses of a section: looked at once."""
    automaton = ahocorasick.Automaton()
    for word in changed_words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    heads: dict[str, bool] = {}

    def holds(text: str) -> bool:
        return next(automaton.iter(text.replace("\n", "")), None) is not None

    def cut_otherwise(record: dict) -> bool:
        head = passage_head(record)
        if head not in heads:
            heads[head] = holds(head)
        return heads[head] or holds(record["text"])
    return cut_otherwise


def _vectors(embedder, records: RecordRuns, digests: list[str], old: PreviousVectors, quiet: bool,
             embedded: Embedded | None = None) -> np.ndarray:
    """One vector per passage: reused when the model is the same, else embedded."""
    rows = old.rows if old.vectors is not None and old.model == embedder.model_id else {}
    missing = [i for i, d in enumerate(digests) if d not in rows]
    texts = [dense_text(records.record(i)) for i in missing]
    fresh = _embed(embedder, texts, quiet, embedded) if missing else None
    dimension = fresh.shape[1] if fresh is not None else (old.vectors.shape[1] if old.vectors is not None else 0)
    vectors = np.zeros((len(digests), dimension), dtype=np.float32)
    if fresh is not None:
        vectors[missing] = fresh
    kept = [i for i, d in enumerate(digests) if d in rows]
    if kept:
        vectors[kept] = old.of([digests[i] for i in kept])
    return vectors


def _embed(embedder, texts: list[str], quiet: bool, embedded: Embedded | None) -> np.ndarray:
    """The texts' vectors; with ``embedded``, in chunks of like length, reporting (done, total)
    after each: the caller may stop the build by raising from it."""
    if embedded is None:
        return embedder.encode_passages(texts, progress=show_progress(quiet))
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # as the encoder batches them: less padding
    vectors = None
    embedded(0, len(texts))
    for start in range(0, len(order), EMBED_CHUNK):
        chunk = order[start:start + EMBED_CHUNK]
        part = embedder.encode_passages([texts[i] for i in chunk])
        if vectors is None:
            vectors = np.empty((len(texts), part.shape[1]), dtype=np.float32)
        vectors[chunk] = part
        embedded(start + len(chunk), len(texts))
    return vectors


def _carried_vectors(digests: list[str], old: PreviousVectors) -> tuple[np.ndarray | None, str | None]:
    """Without an embedder (a BM25-only build), the previous index's vectors and model when they
    cover every passage: a BM25-only ingest that brought no new text keeps them. Otherwise none
    (vectors for only some passages would hide the others from dense search; ``_spare_vectors``)."""
    return (old.of(digests), old.model) if old.cover(digests) else (None, None)


def _spare_vectors(digests: list[str], old: PreviousVectors) -> tuple[np.ndarray, dict] | None:
    """The vectors a BM25-only build could not use for lack of some, of the passages it still
    holds, kept beside the index: the next build with the model (a server embedding in the
    background) embeds only the passages without one, not every passage again."""
    kept = [d for d in dict.fromkeys(digests) if d in old.rows]
    if old.vectors is None or not old.model or not kept:
        return None
    return old.of(kept), {"spare_model": old.model, "spare_passages": kept}


def _write(folder: Path, lines: Iterable[bytes], tokens: TokenTable, vectors: np.ndarray | None, meta: dict,
           after_lines: Callable[[], dict] | None = None, columns: Columns | None = None) -> Columns:
    """The index files; ``after_lines``: more of the meta, known once the records are written;
    ``columns``: those of the records, when known (else the written records are scanned).
    Returns the columns saved."""
    checksum = count = 0
    with (folder / "records.jsonl").open("wb") as f:
        for chunk in lines:
            f.write(chunk)
            checksum, count = zlib.crc32(chunk, checksum), count + chunk.count(b"\n")
    columns = save_columns(folder, columns, (checksum, count))
    meta = {**meta, **after_lines()} if after_lines else meta
    tokens.save(folder)
    if vectors is not None:
        np.save(folder / "vectors.npy", stored_vectors(vectors))
        if len(vectors) >= ANN_THRESHOLD:
            build_ann(vectors, folder / ANN_FILE)
    if len(tokens):
        for name, bm25 in bm25_indexes(tokens).items():
            bm25.save(folder / name, show_progress=False)
    (folder / "meta.json").write_bytes(dumps(meta))  # (orjson: a fifth of json's time on 40k passage digests)
    return columns


def _vocabulary_digest(store, iris) -> str:
    """A digest of the vocabulary graph: every record depends on it (place labels, broader
    concepts), so records are kept from the previous index only while it is the same."""
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {values_block({'g': str(iris.vocabulary_graph())})} GRAPH ?g {{ ?s ?p ?o }} }}"
    triples, _ = store.query_bytes(query, "application/n-triples")
    return digest("\n".join(sorted(triples.decode("utf-8").splitlines())))


def _code_digest() -> str:
    """A digest of the code that makes records: kept records were made by the same code."""
    here = Path(__file__).parent
    return digest("".join((here / name).read_text(encoding="utf-8") for name in RECORD_CODE))


def _made_by(meta: dict, made_from: dict[str, str]) -> bool:
    """Whether the previous index was made from this vocabulary by this code."""
    return all(meta.get(name) == digest for name, digest in made_from.items())


def _updated_records(directory: Path, store, iris, meta: dict, made_from: dict[str, str], since: str | None,
                     changed: Iterable[str] | None, sources: SourcePaths | None) -> RecordRuns | None:
    """The previous index's records with those of ``changed`` read anew, or None when the previous
    index does not reflect the state ``since`` or was made from another vocabulary or code, or
    when it carries fewer documents than changed (then everything is read: the projection's
    queries over the whole store cost less per document than asked a few documents at a time:
    400 files added to an index of one, 12.9 -> 9.0 s)."""
    if since is None or changed is None or not meta or meta.get("stamp") != since:
        return None
    if not _made_by(meta, made_from):
        return None
    changed = set(map(str, changed))
    try:
        previous = RecordFile(directory / "records.jsonl")
        if not len(previous) == meta.get("count") == len(meta.get("passages", [])) == len(meta.get("dense_passages", [])):
            return None  # a damaged index is rebuilt whole, not carried forward
        carried = RecordRuns.carried(previous, meta, changed)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if len(carried.runs) < len(changed):
        return None  # mostly new (a first ingest): the whole store read at once costs less than by documents
    return carried.with_new(read_records(store, iris, sorted(changed), sources) if changed else [])


def _swap_into_place(new: Path, directory: Path) -> None:
    """Rename ``new`` to ``directory``; the old folder is moved aside first, then removed."""
    old = None
    if directory.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{directory.name}.old-", dir=directory.parent))
        os.replace(directory, old / "index")
    os.replace(new, directory)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def build_index(directory, store, iris, embedder=None, stamp: str | None = None, quiet: bool = False,
                since: str | None = None, changed: Iterable[str] | None = None, sources: SourcePaths | None = None,
                embedded: Embedded | None = None, vectors_only: bool = False) -> SearchIndex:
    """Rebuild the search projection of ``store`` into ``directory``; returns it opened.

    ``embedder`` None gives a BM25-only index. ``stamp`` is the store state it reflects.
    ``since`` and ``changed``: the store state before a write, and the documents (IRIs) the write
    added, replaced or removed. When the index in ``directory`` reflects exactly ``since``, only
    those documents are read from the store and the other records are kept, so adding a file to
    a large store does not read the whole store again; otherwise every document is read.
    ``sources`` finds the source files by their stored names (``read_records``). ``embedded(done,
    total)`` is called as passages are embedded (a server embedding in the background reports it).
    ``vectors_only``: add vectors to the index as it is, its records carried from the state
    ``since``; raises ``RecordsNotCarried`` instead of reading the store (whose state may have
    moved on since a reader's caller read it) when they cannot be.
    """
    directory = Path(directory)
    directory.parent.mkdir(parents=True, exist_ok=True)
    meta, old_vectors, old_tokens = _previous(directory)
    made_from = {"vocabulary": _vocabulary_digest(store, iris), "code": _code_digest()}
    records = _updated_records(directory, store, iris, meta, made_from, since, changed, sources)
    if records is None and vectors_only:
        raise RecordsNotCarried(f"the records of {directory} cannot be carried: the index must be rebuilt")
    if records is None:
        records = RecordRuns.of(read_records(store, iris, sources=sources))
    digests = records.passage_digests()
    dictionary = records.dictionary()
    tokenizer = ChineseTokenizer(dictionary)
    changed_words = _changed_words(dictionary, meta)
    reusable = old_tokens if meta and _made_by(meta, made_from) else None  # the same tokenizer code
    tokens = _tokens(tokenizer, records, digests, reusable, meta.get("passages", []), changed_words)
    dense_digests = records.dense_digests()
    if embedder is not None:
        vectors, model = _vectors(embedder, records, dense_digests, old_vectors, quiet, embedded), embedder.model_id
    else:
        vectors, model = _carried_vectors(dense_digests, old_vectors)
    spare = _spare_vectors(dense_digests, old_vectors) if vectors is None else None
    new_meta = {"format": FORMAT, "stamp": stamp, "model": model,
                "count": len(records), "dimension": int(vectors.shape[1]) if vectors is not None and vectors.size else None,
                "dictionary": dictionary, "passages": digests, "dense_passages": dense_digests, **made_from,
                **(spare[1] if spare else {})}
    folder = Path(tempfile.mkdtemp(prefix=f".{directory.name}.new-", dir=directory.parent))
    try:
        columns = _write(folder, records.lines(), tokens, vectors, new_meta, after_lines=lambda: {"runs": records.run_meta()},
                         columns=carried_columns(directory, records))
        if spare:
            np.save(folder / SPARE_VECTORS, stored_vectors(spare[0]))
        del old_vectors  # release the memory map of the folder about to be replaced
        _swap_into_place(folder, directory)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return SearchIndex.open(directory, embedder, tokenizer=tokenizer, columns=columns)


__all__ = ["build_index", "read_records", "IndexUnavailable", "RecordsNotCarried", "SearchIndex"]
