"""From a file to ``Document`` objects: read, normalise, split, structure, extract."""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from pypinyin import lazy_pinyin

from .amounts import ConceptLinker, extract_amounts, extract_rates
from .errors import NotAPolicyDocumentError
from .metadata import Part, find_signature, issuer_from_title, jurisdiction_of, split_parts, title_span
from .model import Clause, ConceptMention, Document, Reference, Segment
from .normalize import CJK_RE, Paragraph, split_paragraphs
from .periods import extract_periods
from .reading import SUPPORTED_SUFFIXES, read_source
from .references import find_references, title_key
from .structure import heading_of, is_section, join_paragraphs, parse_structure, sections_and_segments
from .units import DocContext, ResponsibilityState, extract_units, read_document_rules
from .vocab import concept_matcher


def doc_key(doc_number_text: str | None, fallback: str) -> str:
    """A URL-safe, stable key: the 文号 in pinyin (平政发〔2019〕1号 → pingzhengfa-2019-1)."""
    if doc_number_text:
        m = re.match(r"(.+)〔(\d{4})〕(\d+)号", doc_number_text)
        if m:
            return f"{''.join(lazy_pinyin(m.group(1)))}-{m.group(2)}-{m.group(3)}".lower()
    slug = re.sub(r"[^0-9A-Za-z_-]+", "-", "".join(lazy_pinyin(fallback))).strip("-").lower()
    return slug or "document"


def parse_file(path: str | Path) -> list[Document]:
    """Parse one file into its documents. Raises ``IngestError`` naming the file."""
    source = read_source(path)
    paragraphs = split_paragraphs(source.text)
    text = "".join(p.text for p in paragraphs)
    if len(CJK_RE.findall(text)) < max(20, len(text) * 0.3):
        raise NotAPolicyDocumentError(source.path, "no Chinese policy text found (too little Chinese text)")
    main, attached, forwards = split_parts(paragraphs)
    stem = Path(path).stem
    documents = [_build(main, source.text, source.path, source.sha256, stem)]
    if attached is not None:
        fallback_title = documents[0]
        documents.append(_build(attached, source.text, source.path, source.sha256, f"{stem}-2", parent_refs=fallback_title.references))
        if forwards:
            documents[0].forwards = documents[1].key
    for doc in documents:
        if not doc.clauses and not doc.title:
            raise NotAPolicyDocumentError(source.path, "no title and no numbered clauses: not a policy document")
    return documents


def _build(part: Part, source: str, path: str, sha: str, stem: str, parent_refs: list[Reference] | None = None) -> Document:
    head = part.head
    inferred: dict[str, str] = {}
    issuer, date, doc_number = head.issuer, head.date, head.doc_number
    if issuer is None and head.title:
        issuer = issuer_from_title(head.title)
    if issuer is None or date is None:
        sig_issuer, sig_date = find_signature(part.body + part.closing)
        issuer = issuer or sig_issuer
        date = date or sig_date
    if parent_refs and head.title:
        # a forwarded document: its 文号 and issuer come from the notice's citation of it
        key = title_key(head.title)
        for ref in parent_refs:
            if ref.title and (title_key(ref.title) == key or key in title_key(ref.title)):
                if doc_number is None and ref.doc_number:
                    doc_number = ref.doc_number
                    inferred["doc_number"] = "from the forwarding notice's citation"
                if issuer is None:
                    issuer = issuer_from_title(ref.title)
                    inferred["issuer"] = "from the title cited by the forwarding notice"
                break
    where = jurisdiction_of(issuer)
    doc = Document(
        key=doc_key(doc_number.text if doc_number else None, stem),
        source_path=path,
        source_sha256=sha,
        title=head.title or "",
        title_span=title_span(head, source),
        doc_number=doc_number,
        issuer=issuer,
        date=date,
        jurisdiction=where.name,
        province=where.province.name if where.province else None,
        level=where.level,
        alternative_title=part.alternative_title,
        inferred=inferred,
    )
    structure = parse_structure(part.body)
    doc.sections, doc.segments = sections_and_segments(structure, source)
    doc.warnings += structure.warnings
    own_titles = {title_key(t) for t in (doc.title, doc.alternative_title) if t}
    for p in structure.preamble:
        doc.references += [r for r in find_references(p, source, document_level=True) if not (r.doc_number is None and r.title and title_key(r.title) in own_titles)]
    doc.segments += [Segment("closing", p.text, p.span(source)) for p in part.closing]
    ctx = DocContext(where.place, where.province, where.level)
    state = ResponsibilityState()
    for p in structure.preamble:  # 排名第一位的为牵头单位, stated before the items
        read_document_rules(p.text, state)
    nodes = structure.nodes
    for node in nodes:
        if is_section(node):
            continue
        own = node.paragraphs
        joined = join_paragraphs(own)
        parent = nodes[node.parent].path if node.parent is not None else None
        doc.clauses.append(_clause(node.path, node.marker.printed, node.marker.end, joined, parent, source, state, ctx, doc))
    return doc


def _mentions(text: str, scheme: str, span_of) -> tuple[list[ConceptMention], dict[int, tuple[int, int]]]:
    mentions, offsets = [], {}
    for start, end, concept in concept_matcher(scheme).find(text):
        m = ConceptMention(span_of(start, end), concept)
        mentions.append(m)
        offsets[id(m)] = (start, end)
    return mentions, offsets


def _clause(path, printed, marker_end, para: Paragraph, parent, source, state, ctx, doc) -> Clause:
    text = para.text

    def span_of(s: int, e: int):
        return para.span(source, s, e)

    heading = heading_of(text, marker_end)
    clause = Clause(path, printed, heading, text, para.span(source), parent)
    clause.units = extract_units(text, span_of, state, ctx)
    clause.instruments, inst_offsets = _mentions(text, "instruments", span_of)
    clause.beneficiaries, group_offsets = _mentions(text, "groups", span_of)
    heading_end = marker_end + len(heading)
    instruments = ConceptLinker(text, clause.instruments, inst_offsets, heading_end)
    groups = ConceptLinker(text, clause.beneficiaries, group_offsets, heading_end)
    clause.amounts = extract_amounts(text, span_of, instruments, groups)
    clause.rates = extract_rates(text, span_of, instruments)
    clause.periods = extract_periods(text, span_of, doc.date)
    clause.references = find_references(para, source)
    return clause


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and supported files inside folders named (sorted, recursive)."""
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES and not f.name.startswith("."))
        else:
            files.append(p)
    return files
