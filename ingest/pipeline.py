"""From a file to ``Document`` objects: read, normalise, split, structure, extract."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache, partial
from pathlib import Path

from .amounts import ConceptLinker, extract_amounts, extract_rates, implied_instruments
from .compilation import Piece, section_heads_blanked, split_compilation
from .errors import IngestError, NotAPolicyDocumentError
from .identity import content_hash, document_key, forwards_by_title, slug, title_key
from .metadata import (
    INTERPRETATION,
    INTERPRETED_BY,
    ITEM_OR_ARTICLE,
    Part,
    drafted_by,
    find_signature_block,
    forwarded_issuers,
    in_force,
    issuers_from_title,
    issuers_of,
    jurisdiction_of_document,
    placed_issuers,
    split_forwarded,
    split_issuers,
    split_parts,
    title_span,
    undated_signature,
)
from .model import Clause, ConceptMention, DocNumber, Document, Period, Reference, Segment, Span, UnitMention
from .normalize import (
    CJK_RUN,
    ISSUER_LINE,
    SELF_NAMED,
    Paragraph,
    line_numbers_blanked,
    page_width,
    party_named,
    running_lines,
    split_paragraphs,
)
from .numbers import as_int
from .offsets import cut_out, spans_through
from .periods import STAGE_PASSED, dues_from_entry_into_force, extract_periods, is_standing_rule
from .places import gazetteer
from .reading import SUPPORTED_SUFFIXES, SourceText, read_source
from .references import (
    FORWARDED_AFTER,
    REPEALED_AFTER,
    find_references,
    parse_announcement_number,
    parse_doc_number,
    parse_order_number,
)
from .structure import (
    REPEAL_LIST_LEAD,
    heading_of,
    is_citation_entry,
    is_clause,
    is_section,
    join_paragraphs,
    parse_structure,
    part_section_path,
    responsibility_alone,
    section_heading,
    sections_and_segments,
    title_first_annex,
)
from .units import (
    FIRST_IS_LEAD,
    ITEMS_ABOVE,
    LABELLED,
    DocContext,
    ResponsibilityState,
    expand,
    extract_units,
    find_responsibility_group,
    find_units_group,
    is_bare_unit_bracket,
    issuing_zone,
    read_addressee,
    read_document_rules,
    read_party,
    read_short_names,
    resolve_unit,
)
from .vocab import concept_matcher

DOCUMENT_RELATIONS = ("applies", "based_on", "repeals", "amends")  # what a clause can say for its whole document
# ... and what a notice without items says in its own text, a paragraph run on after its passing-on sentence (a blind
# test: the forward was the clause's only, and the notice missing from the implementers)
NOTICE_RELATIONS = (*DOCUMENT_RELATIONS, "forwards")
PASSES_A_TEXT_ON = re.compile(r"(?:印发|转发|印送|下发|翻印|转印)给你们|(?:现|予以|现予)(?:转发|印发)")
# The sentence of a purpose article that says the document is made: …，制定本办法。
PURPOSE = re.compile(r"(?:特|现)?(?:制定|制订)本(?:实施)?(?:办法|规定|细则|方案|措施|若干措施|若干政策|意见|条例|规则|政策|计划|行动计划"
                     r"|行动方案|工作方案|规划|通知)")


def doc_key(doc_number_text: str | None, fallback: str) -> str:
    """The IRI key of a *cited* 文号 (平政发〔2019〕1号 → pingzhengfa-2019-1), for references.

    Documents themselves are keyed by ``identity.document_key`` (文号 with its jurisdiction, or
    the content hash); a citation names no jurisdiction, so the graph resolves it by 文号.
    """
    number = (parse_doc_number(doc_number_text) or parse_announcement_number(doc_number_text)
              or parse_order_number(doc_number_text)) if doc_number_text else None
    if number:
        return "-".join(str(part) for part in (slug(number.issuer_abbr), number.year, number.number) if part)
    return slug(fallback) or "document"


def parse_file(path: str | Path) -> list[Document]:
    """Every document in one file (a compilation gives many), or ``IngestError`` naming the file.

    Whatever goes wrong inside a document becomes an ``IngestError`` with the file's name and the
    line of the document or clause being read, so one bad file never stops a batch.
    """
    source = read_source(path)
    with _errors_at(source.path, None):
        return _parse_source(source)


def _parse_source(source: SourceText) -> list[Document]:
    if not _has_chinese_text(source.text):
        raise NotAPolicyDocumentError(source.path, "no Chinese policy text found (too little Chinese text)")
    source = replace(source, text=section_heads_blanked(source.text))  # (a compilation section's running head: blank)
    source = replace(source, text=line_numbers_blanked(source.text))  # (a draft's margin numbers: blank)
    pieces = split_compilation(source.text)
    if pieces is None:
        pieces = [Piece(None, 0, len(source.text))]
    documents: list[Document] = []
    width = lru_cache(maxsize=1)(partial(page_width, source.text)) if len(pieces) > 1 else None  # measured once, if asked
    running = lru_cache(maxsize=1)(partial(file_running_lines, source.text)) if len(pieces) > 1 else None
    for piece in pieces:
        line = piece.heading.line if piece.heading else 1
        with _errors_at(source.path, line):
            found = _parse_piece(source, piece, width, running)
        documents += found
    return documents


def _has_chinese_text(text: str) -> bool:
    visible = "".join(text.split())
    chinese = sum(m.end() - m.start() for m in CJK_RUN.finditer(visible))  # runs, not a list of characters
    return chinese >= max(20, len(visible) * 0.3)


@contextmanager
def _errors_at(path: str, line: int | None):
    """Turn an unexpected exception into an ``IngestError`` naming the file and line."""
    try:
        yield
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - reported to the user as this file's error
        raise IngestError(path, f"internal error while parsing ({type(exc).__name__}: {exc})", line=line) from exc


def _parse_piece(source: SourceText, piece: Piece, width=None, running=None) -> list[Document]:
    """The document(s) in ``source.text[piece.start:piece.end]``: a notice may forward a second."""
    paragraphs = _paragraphs(source.text, piece.start, piece.end, width, running)
    if not paragraphs:
        return []
    main, attached, forwards = split_parts(paragraphs)
    attached_start = _first_offset(attached) if attached is not None else None
    main_end = attached_start if attached_start is not None else piece.end
    stem = Path(source.path).stem
    notice = _build(main, source.text, source.path, source.sha256, stem)
    _identify(notice, (piece.start, main_end), paragraphs)
    notice.warnings += piece.warnings
    documents = [notice]
    if attached is None:
        return documents
    parts = split_forwarded(main, attached) if forwards else [attached]
    starts = [_first_offset(part) for part in parts]
    for part, start, end in zip(parts, starts, [*starts[1:], piece.end]):
        forwarded = _build(part, source.text, source.path, source.sha256, stem, notice=notice)
        _identify(forwarded, (start, end), paragraphs)
        documents.append(forwarded)
        if forwards:
            notice.forwards.append(forwarded.key)  # 转发…《A》和…《B》的通知: both
    return documents


COMPILATION_HEAD = re.compile(r"^\s*\d{1,3}\s*[.．、]\s*(?P<title>[^（）()]+?)\s*[（(]\s*\d{4}\s*年[^（）()]{1,20}[）)]\s*$")


def _identify(doc: Document, source_range: tuple[int, int], paragraphs: list[Paragraph]) -> None:
    """Set the document's range in the source, the hash of its normalised text, and its key."""
    start, end = source_range
    doc.source_range = source_range
    texts = [p.text for p in paragraphs if start <= p.offsets[0] < end]
    if texts:  # (3. …的通知（2023年5月6日）: a compilation's number and date on the title, no text of the document's: h256)
        texts[0] = COMPILATION_HEAD.sub(r"\g<title>", texts[0])
    doc.content_sha256 = content_hash("".join(texts))
    doc.key = document_key(doc)


def _paragraphs(text: str, start: int, end: int, width=None, running=None) -> list[Paragraph]:
    """The paragraphs of ``text[start:end]``, their offsets and lines still indexing ``text``;
    ``width()``: the page's width, ``running()`` its head and foot lines, measured on the whole file
    (a short document alone shows neither)."""
    if start == 0 and end == len(text):
        return split_paragraphs(text)
    first_line = text.count("\n", 0, start)
    return [
        replace(p, offsets=[o + start for o in p.offsets], line=p.line + first_line)
        for p in split_paragraphs(text[start:end], width, running)
    ]


def file_running_lines(text: str) -> set[str]:
    return running_lines(text.splitlines(keepends=True))


def _first_offset(part: Part) -> int | None:
    firsts = [p.offsets[0] for p in part.body[:1] + part.closing[:1] if p.offsets]
    if part.head.title_para is not None:
        firsts.append(part.head.title_para.offsets[0])
    return min(firsts, default=None)


def _from_notice(notice: Document, where, date, inferred: dict[str, str]):
    """A forwarded plan that names no place or date of its own applies where the notice forwarding
    it does, from the notice's date (so that its units are that place's and "in force on" works)."""
    if where.name is None and notice.jurisdiction is not None:
        where = jurisdiction_of_document(notice.issuers, notice.title)
        inferred["jurisdiction"] = "from the forwarding notice"
    if date is None and notice.date is not None:
        date = notice.date
        inferred["date"] = "the forwarding notice's"
    return where, date


# 印发《A》和《B》: the titles right after 印发 (not 印发贯彻落实《条例》若干措施: the 条例 is what it applies)
ISSUED_TITLES = re.compile(r"印发《[^《》]{4,80}》(?:\s*(?:和|及|、)\s*《[^《》]{4,80}》)*")


# 关于印发A和B的通知 without brackets: what follows 印发, cut after each text's kind (方案和, 办法及)
ISSUED_BARE = re.compile(r"印发(?P<texts>[^《》]{8,200}?)的(?:通知|函)$")
ISSUED_KIND = re.compile(r"(?<=方案|办法|措施|意见|规定|细则|规划|要点|规则|指南|清单|计划|标准|制度|目录|指引|政策|任务|导则)(?:和|及|、)")


def issued_in_title(title: str) -> list[str]:
    """The texts a notice issues, named in its title (关于印发《A》和《B》的通知, 关于印发A和B的通知): its own,
    not citations; not a forwarded text's (转发《…》: another document)."""
    if "转发" in title:
        return []
    if m := ISSUED_TITLES.search(title):
        return re.findall(r"《([^《》]{4,80})》", m.group())
    m = ISSUED_BARE.search(title)
    return [t for t in ISSUED_KIND.split(m["texts"]) if len(t) >= 4] if m else []


def _issued_title_test(title: str):
    """Whether a line is the title of one of two or more texts the notice issues (印发《A》和《B》的通知)."""
    keys = {title_key(t) for t in issued_in_title(title)} if title else set()
    return (lambda text: title_key(text) in keys) if len(keys) > 1 else (lambda text: False)


def _closing_references(closing: list[Paragraph], source: str, own_titles: set[str], aliases: dict) -> list:
    """References in the closing text's sentences (not the next document's heading or 文号 line that a
    cut excerpt ends with), and every entry of a list of texts repealed (以下文件同时废止： / 1.《…》（…）；)."""
    found, repealing, in_table = [], False, False
    for p in _relation_lines_joined(closing):
        entry = repealing and is_citation_entry(p.text)  # 以下文件同时废止： / 1.《…》（…）；
        # (附件1 / …决定废止的…目录 / 序号 文件名称 文号 / its rows, a cell a line, up to a sentence or the next attachment: h191)
        text = p.text.replace("\n", "")
        table = REPEAL_TABLE.search(text)
        in_table = bool(table) or (in_table and "。" not in text and not text.startswith("附件") and not ANOTHER_LIST.search(text))
        # (…废止的…目录 / rows / …继续有效的…目录 / rows in one paragraph: the repealed list ends at the next one's heading)
        after = ANOTHER_LIST.search(p.text, table.end()) if table else None
        until = p.span(source, after.start()).start if after else None
        entry = entry or in_table
        if "。" in p.text or entry:
            # (…办公厅 / 2023年5月9日 / 为贯彻落实《…》…，制定本方案。: the issued text's own purpose, under the notice's
            # signature where the notice has items of its own: the document's relations, a blind test read them as cites)
            refs = _cited([p], source, own_titles, document_level=bool(PURPOSE.search(p.text)), aliases=aliases)
            found += [replace(r, relation="repeals") if entry and (until is None or r.span.start < until) else r for r in refs]
        in_table = in_table and after is None
        repealing = bool(REPEAL_LIST_LEAD.search(p.text)) or entry
    return found


def _relation_lines_joined(closing: list[Paragraph]) -> list[Paragraph]:
    """The closing's paragraphs, each with a line that only says what becomes of the text cited at the end of the one
    before it joined to it (…《…》（南府办函〔2022〕41号） / 同时废止。: a line break the closing kept)."""
    out: list[Paragraph] = []
    for p in closing:
        if out and out[-1].text[-1:] in "）)》" and (REPEALED_AFTER.match(p.text) or FORWARDED_AFTER.match(p.text)):
            out[-1] = join_paragraphs([out[-1], p])
        else:
            out.append(p)
    return out


def _joint(doc: Document) -> bool:
    """Issued by several bodies, each numbering it (not a notice forwarding another's text: 转发…)."""
    return len(doc.issuers) > 1 and "转发" not in doc.title


def _names_itself(ref, own_titles: set[str], doc: Document) -> bool:
    """A reference to the document by its own title, with no 文号 or its own (《…关于印发〈…办法〉的通知》（黔知发〔2022〕1号）
    同时废止 under the same title is the old version the new one repeals)."""
    return title_key(ref.title or "") in own_titles and (ref.doc_number is None or doc.doc_number is not None
                                                         and ref.doc_number.text == doc.doc_number.text)


def _cited(paragraphs, source: str, own_titles: set[str], document_level: bool = False, aliases: dict | None = None) -> list:
    """References in ``paragraphs``, without a title-only one to the document itself."""
    return [r for p in paragraphs for r in find_references(p, source, document_level=document_level, aliases=aliases)
            if not (r.doc_number is None and r.title and title_key(r.title) in own_titles)]


def _explained_text(title: Paragraph, source: str, aliases: dict, cited: list) -> list:
    """关于《…》（鲁政办发〔2023〕5号）的政策解读: the text an interpretation's title names, cited, where not cited already by its
    title or its 文号 (h233: none; h245: cited twice, by title alone and with its 文号, two documents in the graph)."""
    titles = {r.title for r in cited if r.title}
    numbers = {r.doc_number.text for r in cited if r.doc_number}
    return [r for r in find_references(title, source, aliases=aliases)
            if not (r.title in titles or r.doc_number and r.doc_number.text in numbers)]


def _interpreters(m: re.Match) -> list[str]:
    """解读机关：浙江省财政厅 国家税务总局浙江省税务局 (or A、B): each body named, their names glued once the space went (h193:
    one body of both names)."""
    listed = [n for n in re.split(r"[、，,\s]+", m.group().split("：", 1)[-1].split(":", 1)[-1]) if n]
    return [name for item in listed for name in (split_issuers(item) or [])] or [m["who"]]  # (bodies only: not 市税务局等, the review)


PUBLISHED_DATE = re.compile(r"(?m)(?:^|(?<=\s))(?P<label>发布|发文|成文|公开|印发)(?:时间|日期)[：:]\s*(?P<y>\d{4})\s*[-年./]\s*(?P<m>\d{1,2})\s*[-月./]\s*(?P<d>\d{1,2})")
PUBLISHED_BY = re.compile(r"(?m)^\s*(?:发布机构|发文机关|发文机构|发布单位)[：:]\s*(?P<issuer>[\u4e00-\u9fff（）]{4,40}?)\s*$"
                          # 发布时间：2024-03-08      来源：甘肃省教育厅: a body as the page's source (h262 F8)
                          r"|(?:^|(?<=\s))来源[：:]\s*(?P<source>[\u4e00-\u9fff（）]{2,38}?(?:厅|局|委|办|政府|办公室|委员会))\s*$")


PAGE_HEAD_LINES = 6  # a copied page's title, its fields (发布机构, 发布日期 …) and a line or two more
PAGE_DATE = "the web page's date of publishing"
WRITTEN_DATE = "the web page's facts: the date it was written (成文日期)"


def _published_on(source: str) -> tuple[dt.date | None, str]:
    """The date the page's head gives, and what it is: its 成文日期 (the text's own date, h302: a box with 成文日期 and
    发布日期 had been said to give the publishing date) before any other; else the first date of publishing."""
    found = list(PUBLISHED_DATE.finditer(source))
    m = next((m for m in found if m["label"] == "成文"), found[0] if found else None)
    try:
        return (dt.date(int(m["y"]), int(m["m"]), int(m["d"])) if m else None), WRITTEN_DATE if m and m["label"] == "成文" else PAGE_DATE
    except ValueError:
        return None, PAGE_DATE


def _build(part: Part, source: str, path: str, sha: str, stem: str, notice: Document | None = None) -> Document:
    """One document; ``notice`` is the notice that forwards it, if any."""
    head = part.head
    # the notice's citations, in its preamble or in its body (a notice without items is one clause)
    parent_refs = [*notice.references, *(r for c in notice.clauses for r in c.references)] if notice else None
    inferred: dict[str, str] = {}
    signature, sig_date = find_signature_block(part.body + part.closing)
    if not signature and sig_date is None and head.date is not None:  # (dated under its title, signed at its foot: h302 F8)
        signature = undated_signature(part.body + part.closing)
    issuers = issuers_of(head, signature)
    interpretation = bool(head.title and INTERPRETATION.search(head.title))
    if interpretation and not issuers:
        issuers = next((_interpreters(m) for p in part.body + part.closing if (m := INTERPRETED_BY.match(p.text))), [])
    issuer, date, doc_number = (issuers[0] if issuers else None), head.date or sig_date, head.doc_number
    # 发布时间：2023-08-18 on the web page the text was copied from, in the page's head, where the text dates itself nowhere; and
    # an interpretation's publisher, its interpreter (h247, h254); not a forwarded text's (its notice's date), nor a list's
    # entries' dates, nor a republished 办法's page (the fifth review)
    page_head = "\n".join(source.splitlines()[:PAGE_HEAD_LINES])
    published, what = _published_on(page_head)
    if date is None and notice is None and published is not None:
        date = published
        inferred["date"] = what
    if not issuers and interpretation and (publisher := PUBLISHED_BY.search(page_head)) is not None:
        issuers = [publisher["issuer"] or publisher["source"]]
        issuer = issuers[0]
        inferred["issuer"] = "the web page's publisher"
    if parent_refs and head.title:
        # a forwarded document: its 文号 and issuer come from the notice's citation of it
        key = title_key(head.title)
        for ref in parent_refs:
            if ref.title and (title_key(ref.title) == key or key in title_key(ref.title)):
                if doc_number is None and ref.doc_number:
                    doc_number = ref.doc_number
                    inferred["doc_number"] = "from the forwarding notice's citation"
                if issuer is None:
                    issuers, how = issuers_from_title(ref.title), "from the title cited by the forwarding notice"
                    if not issuers:  # 省营商局、省财政厅制定的《…》
                        issuers, how = drafted_by(source, ref.span.start), "named as its drafters by the forwarding notice"
                    issuer = issuers[0] if issuers else None
                    if issuer:
                        inferred["issuer"] = how
                break
    if notice is not None and issuer is None:
        issuers = forwarded_issuers(notice.title, notice.jurisdiction, notice.province)
        issuer = issuers[0] if issuers else None
        if issuer:
            inferred["issuer"] = "from the forwarding notice's title"
    if notice is not None and issuers:  # 省人社厅、省财政厅《…》 forwarded by a city: the province's bodies (a blind test: the city's)
        placed = placed_issuers(issuers, notice.jurisdiction, notice.province)
        if jurisdiction_of_document(issuers, head.title).name is None and placed != issuers:
            inferred["jurisdiction"] = "from the forwarding notice"  # (its bodies placed where the notice is)
        issuers = placed
    where = jurisdiction_of_document(issuers, head.title)
    if notice is not None:
        where, date = _from_notice(notice, where, date, inferred)
    issuers = placed_issuers(issuers, where.name, where.province.name if where.province else None)
    issuer = issuers[0] if issuers else None
    doc = Document(
        key="",  # set by _identify once the document's range and text are known
        source_path=path,
        source_sha256=sha,
        title=_joint_issuers_spaced(head.title or "", title_span(head, source)),
        title_span=title_span(head, source),
        doc_number=doc_number,
        issuer=issuer,
        date=date,
        jurisdiction=where.name,
        province=where.province.name if where.province else None,
        level=where.level,
        alternative_title=part.alternative_title,
        inferred=inferred,
        issuers=issuers,
    )
    if not interpretation and not _a_draft(doc):  # (an interpretation's dates in force are the interpreted text's)
        stated = in_force(part.body + part.closing, date)
        doc.effective_date, doc.expiry_date = stated.effective, stated.expiry
        if inferred.get("date") == PAGE_DATE and doc.effective_date and doc.effective_date < doc.date:
            doc.date = None  # (本办法自2022年1月1日起施行 on a page of 2023: the page republishes it, its date is not the text's;
            # a box's 成文日期 is the text's own, kept: h302)
            del inferred["date"]
    structure = parse_structure(_columns_in_order(part.body), _issued_title_test(doc.title), part.annex)
    if part.attachment_title is not None and part.attachment_heading:
        title_first_annex(structure, part.attachment_title, part.attachment_heading)
    doc.sections, doc.segments = sections_and_segments(structure, source)
    doc.warnings += structure.warnings
    doc.warnings += [f"a second 文号 {p.text} under {doc_number.text} (a joint issuer's own): the document is known by the first"
                     for p in head.other_numbers if _joint(doc)]
    # (X办公厅转发Y关于Z的通知: its title's key is Z's, the text it forwards and cites, no title of its own: a blind test)
    own_titles = {title_key(t) for t in (doc.title if not forwards_by_title(doc.title) else None, doc.alternative_title,
                                         *issued_in_title(doc.title)) if t}
    aliases: dict = {}  # short names the document gives what it cites (以下简称《若干措施》), in its order
    if not _joint(doc):  # 某政办发〔2023〕30号 / 某发改体改〔2023〕100号 over a notice forwarding that text: its number cited
        doc.references += _cited(head.other_numbers, source, own_titles, document_level=True)
    doc.references += _cited(structure.preamble, source, own_titles, document_level=True, aliases=aliases)
    if interpretation and head.title_para is not None:
        doc.references += _explained_text(head.title_para, source, aliases, doc.references)
    for short, (title, _) in list(aliases.items()):  # 现将《…若干措施》（以下简称《若干措施》）印发: the document itself
        if any(title_key(title).endswith(own) or own.endswith(title_key(title)) for own in own_titles if own):
            del aliases[short]
    doc.segments += [Segment("closing", p.text, p.span(source)) for p in part.closing]
    # …《…》（粤府办〔2020〕12号）同时废止 after the items; only sentences: not the next document's
    # heading or 文号 line that a cut excerpt ends with
    closing = [p for run in structure.closing for p in run] + part.closing
    before_clauses = len(doc.references)  # the closing text's references come next (read once the clauses gave their short names)
    ctx = DocContext(where.place, where.province, where.level, issuing_zone(issuers, where.place))
    doc.issuer_units = [(name, *resolve_unit(name, ctx)) for name in doc.issuers or ([doc.issuer] if doc.issuer else [])]
    department = _sole_department(issuers)
    if department:  # by its canonical name (宁夏自治区市场监管厅 as 宁夏回族自治区市场监督管理厅), as its units are
        ctx = replace(ctx, department=resolve_unit(department, ctx)[0])
    state = ResponsibilityState(issuer=tuple(doc.issuer_units[0][1:]) if len(doc.issuer_units) == 1 else None)
    for p in structure.preamble:  # 排名第一位的为牵头单位, stated before the items; X（以下简称Y） given there
        read_document_rules(p.text, state, partial(p.span, source))
        if "简称" in p.text:
            read_short_names(p.text, state, ctx)
        read_addressee(p.text, state, ctx)
        if party := party_named(p.text):  # 甲方：株洲市人民政府 (h308 F3)
            read_party(party.group("party") + "方", party["name"], state, ctx)
    for p in closing:  # （注：责任单位中列第一位的为牵头单位） after the items or a table: a note on all of them
        # (注：…各区人民政府均为各项任务的责任单位，不再一一列出: units every item has too, h231)
        note = NOTE_OPENS.match(p.text) if "不再" in p.text else None
        text = "；" * note.end() + p.text[note.end() :] if note else p.text  # (its label read as a statement's end: one for one)
        read_document_rules(text, state, partial(p.span, source) if note else None, units_for_all_only=bool(note))
        if party := party_named(p.text):  # 甲方：X（盖章）: the parties named only where they sign
            read_party(party.group("party") + "方", party["name"], state, ctx)
    noted_rows: set[int] = set()  # the rows of a table whose note under it says who leads: for them alone
    for n, node in enumerate(structure.nodes):  # a section's lead-in, or 三、保障措施 / （一）…各项任务责任单位中排在第一位的为牵头单位
        before = state.first_is_lead  # after the items: for all of them
        read_document_rules("\n".join(p.text for p in node.paragraphs + node.after_items), state)
        if state.first_is_lead and not before and (rows := _rows_noted(structure.nodes, n)):
            state.first_is_lead = False  # 二、… / the table / 注：责任单位列第一位的为牵头单位。: that table's rows (h198: every item's)
            noted_rows |= rows
    for section in doc.sections:  # 附件：…分工表（责任单位排在第一位的为牵头单位）: the note in the table's title, for its rows (h261 F4)
        if FIRST_IS_LEAD.search(section.heading):
            noted_rows |= {k for k, node in enumerate(structure.nodes) if node.path.startswith(section.path + ".")}
    everywhere = state.first_is_lead
    nodes = structure.nodes
    same_below_in = None  # the section a 下同 rule was written in: it ends there
    listed_after_preamble = True  # the items so far are citations listed after the preamble (决定废止下列文件：)
    headings = {s.path: s.heading for s in doc.sections}
    named_above: dict[int, set[str]] = {}  # the instruments each node's own words name, read once a document
    for node in nodes:
        if not is_clause(node):
            continue
        joined = join_paragraphs(node.paragraphs + node.after_items)  # its units written after its items too
        parent = nodes[node.parent].path if node.parent is not None else part_section_path(structure, node)
        section = node.path.split(".")[0] if "." in node.path else None
        if state.same_below and section != same_below_in:
            state.same_below = []
        rule_before = state.same_below
        state.first_is_lead = everywhere or nodes.index(node) in noted_rows
        with _errors_at(path, joined.line):
            clause = _clause(node.path, _number_as_printed(node.marker, joined, source), node.marker.end, joined, parent,
                             source, state, ctx, doc, aliases,
                             over=_section_instrument(nodes, node, headings, named_above) or _annex_instrument(node, parent, headings))
            if state.same_below is not rule_before:
                same_below_in = section
            # (the preamble's lead over the items that follow it, each a citation, up to the first that is none: a review)
            listed_after_preamble = listed_after_preamble and node.parent is None and is_citation_entry(clause.text)
            lead = nodes[node.parent].paragraphs if node.parent is not None else structure.preamble[-1:] if listed_after_preamble else []
            # (or its attachment's title: 附件 / …决定废止的…目录 / 序号 / 文件名称 / 文号 / rows, h240: cited only)
            titled = [Paragraph(doc.alternative_title, [], 0)] if listed_after_preamble and doc.alternative_title else []
            if (lead and _repealed_by_its_lead(clause, lead) or titled and _repealed_by_its_lead(clause, titled)
                    or REPEAL_TABLE.search(clause.text.replace("\n", ""))):
                clause.references = [replace(r, relation="repeals") if r.relation == "cites" else r for r in clause.references]
            doc.clauses.append(clause)
            # 第一条 为了…，根据《…》，制定本办法: the purpose article says what the document applies;
            # 《…》同时废止 in the last article: the document repeals it (an item's 落实《…》 is the item's)
            purpose = bool(PURPOSE.search(clause.text))
            # an item-less notice's own text passing a text on (现将《…》转发给你们，…。省人社厅要…); not a reply's account of
            # what others did (省人社厅根据《…》出台了…: a review)
            own_words = node.marker.style == "paragraph" and PASSES_A_TEXT_ON.search(clause.text) is not None
            doc.references += [r for r in clause.references if (r.relation in ("repeals", "amends") or purpose and r.relation in DOCUMENT_RELATIONS
                                                                or own_words and r.relation in NOTICE_RELATIONS)
                               and not _names_itself(r, own_titles, doc)]
    doc.references[before_clauses:before_clauses] = _closing_references(closing, source, own_titles, aliases)
    doc.references += _amended_under_headings(nodes, doc.clauses, source, aliases)
    by_path = {c.path: c for c in doc.clauses}
    # 二、责任分工 / 第1—5项由市发改委牵头，…；第6、7项由…负责: a section giving the items their units by number (h231)
    divisions = [p for node in nodes if not node.children and DIVISION_HEADING.match(node.paragraphs[0].text, node.marker.end)
                 for p in node.paragraphs]
    _units_by_item_numbers(closing, doc.clauses, source, state, ctx, divisions)
    _section_notes(nodes, by_path, source, state, ctx, doc.date)
    _units_field_sub_items(nodes, by_path)
    _range_notes(nodes, by_path, source, state, ctx, doc.date)
    _brackets_after_sub_items(nodes, by_path, source)
    _section_brackets(nodes, doc.clauses, source, state, ctx)
    _instruments_from_lead_ins(doc.clauses)
    _shares_of_a_lead_ins_sum(doc.clauses)
    _preamble_periods(doc, structure.preamble, source)
    _closing_requests(doc, [join_paragraphs(run) for run in structure.closing] + part.closing, source)
    _own_term_out_of_clauses(doc)
    if doc.effective_date and doc.date and doc.effective_date > doc.date:
        for clause in doc.clauses:
            dues_from_entry_into_force(clause.periods, doc.effective_date)
    _numbers_by_title(doc, source)
    _cited_issuers_spaced(doc)
    _own_number_uncited(doc)
    if interpretation:  # …原《…》（甘教助〔2019〕2号）同时废止 in an answer: the interpreted text's repeal, told (h262 F7)
        for r in [*doc.references, *(r for c in doc.clauses for r in c.references)]:
            r.relation = "cites" if r.relation in ("repeals", "amends") else r.relation
    return doc


def _own_number_uncited(doc: Document) -> None:
    """A document never cites its own 文号: an interpretation printed after the policy it explains (…起草了《X》（川办发〔2023〕
    18号…）, its closing text) named the policy's number, read as the policy citing itself (h323 F7: three times)."""
    own = doc.doc_number
    if own is None:
        return

    def other(r) -> bool:
        n = r.doc_number
        return n is None or (n.issuer_abbr, n.year, n.number) != (own.issuer_abbr, own.year, own.number)
    doc.references = [r for r in doc.references if other(r)]
    for clause in doc.clauses:
        clause.references = [r for r in clause.references if other(r)]


NATIONAL_OPENINGS = ("中共", "中国", "国家", "国务院", "共青团", "人力资源社会保障部", "财政部", "教育部", "商务部", "民政部",
                     "科学技术部", "工业和信息化部", "农业农村部", "自然资源部", "生态环境部", "交通运输部", "住房和城乡建设部",
                     "文化和旅游部", "退役军人事务部", "应急管理部", "审计署", "海关总署", "税务总局", "市场监管总局")


# 关于, or 关 于 where the title's lines are letter-spaced (关 于 印 发…, h318 F7: the issuers had run together there only)
SPACED_ABOUT = re.compile(r"关[ \t\u3000]*于")


def _joint_issuers_spaced(title: str, span: Span | None) -> str:
    """沈阳市医疗保障局 沈阳市财政局关于…: the space between joint issuers' names kept, as the text prints it (five blind
    testers: the names had run together); the title's keys (title_key, the content hash) take no spaces either way."""
    about = SPACED_ABOUT.search(span.text) if span is not None else None
    if about is None:
        return title
    names = _issuers_across_a_wrap(span.text[: about.start()])
    glued = "".join(names)
    # (each a body's whole name, by its place or nation: not 长沙市人民政府 / 办公厅, one name wrapped: the seventh review)
    if (len(names) < 2 or not title.startswith(glued) or not all(ISSUER_LINE.match(n) for n in names)
            or not all(_whole_issuer(n) for n in names)):
        return title
    return " ".join(names) + title[len(glued) :]


# a line's break inside a cited title, with the indentation of the next line: the text runs on (no space between names)
BREAK_IN_A_TITLE = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*")


def _cited_issuers_spaced(doc: Document) -> None:
    """根据《江苏省司法厅 江苏省财政厅关于…的通知》: a cited title keeps the space between its joint issuers' names as the
    document's own title does (h299 F13: the names had run together as printed titles never do); the same title cited again
    (by its short name) takes it too. How the title reads only: its keys (title_key) take no spaces either way."""
    refs = [*doc.references, *(r for c in doc.clauses for r in c.references)]
    spaced: dict[str, str] = {}
    for r in refs:
        if r.title and r.span.text.startswith("《"):
            raw = BREAK_IN_A_TITLE.sub("\n", r.span.text[1:])  # (a break kept: _issuers_across_a_wrap reads it)
            title = _joint_issuers_spaced(r.title, Span(r.span.start, r.span.end, raw))
            if title != r.title:
                spaced[r.title] = title
    for r in refs:
        r.title = spaced.get(r.title, r.title) if r.title else r.title


def _issuers_across_a_wrap(head: str) -> list[str]:
    """苏州市卫生健康委员会 苏州 / 市教育局, 辽宁省残疾人联合会 / 辽宁省财政厅: the names a title's head prints apart, a line's
    wrap joining the two halves of a name, or parting two whole names as a space does (h309 F11: the title run together)."""
    names: list[str] = []
    for n, line in enumerate(head.split("\n")):
        words = line.split()
        if n and names and words and not (ISSUER_LINE.match(names[-1]) and _whole_issuer(names[-1]) and ISSUER_LINE.match(words[0])
                                          and _whole_issuer(words[0])):
            names[-1] += words.pop(0)  # (…社会保 / 障局, 人民政府 / 办公厅: one name wrapped)
        names += words
    return names


def _whole_issuer(name: str) -> bool:
    return bool(gazetteer().match_prefix(name)) or name.startswith(NATIONAL_OPENINGS)


ISSUER_BEFORE_TITLE = re.compile(r"(?:部门|厅|局|委|办|政府|部|署|行|会)(?:等[^《》，。；]{0,8})?\s*$")


def _numbers_by_title(doc: Document, source: str) -> None:
    """《X办法》（潍政字〔2021〕33号）… then 《X办法》根据本决定作相应修改: one text cited twice, the second time by its title
    alone, gets the number the first gave it (h263 F5: a second, title-only node amended); not where the text gives that
    title two numbers (an old and a new version)."""
    refs = [*doc.references, *(r for c in doc.clauses for r in c.references)]
    numbers: dict[str, set[str]] = {}
    first: dict[str, DocNumber] = {}
    for r in refs:
        if r.title and r.doc_number:
            numbers.setdefault(title_key(r.title), set()).add(r.doc_number.text)
            first.setdefault(title_key(r.title), r.doc_number)
    own = {title_key(t) for t in (doc.title, doc.alternative_title, *issued_in_title(doc.title or "")) if t}
    # (a repealed text's title the document's own: the revised 办法 keeps it; another title, the old text's alone, h272 F11)
    repealed = {title_key(r.title) for r in refs if r.title and r.relation == "repeals"} & own
    for r in refs:
        key = title_key(r.title) if r.title else ""
        # (not a 关于… title with its issuer written before it, who may be another level's than the numbered one's, nor a
        # repealed text's title the document keeps: the new one cited by it alone: the sixth and seventh reviews)
        if (r.doc_number is None and key and len(numbers.get(key, ())) == 1 and key not in repealed
                and not (r.title.startswith("关于") and ISSUER_BEFORE_TITLE.search(source, max(0, r.span.start - 16), r.span.start))):
            r.doc_number = first[key]


SET_DUE = ("deadline", "recurring")  # what a notice's own text sets due (the document's term is its own, dated apart)


def _preamble_periods(doc: Document, preamble: list[Paragraph], source: str) -> None:
    """请于2023年4月10日前报送…, 每季度末月25日前报送…: the deadlines and recurring dates the notice's preamble sets (a blind
    test: lost, only clauses had periods). Not the closing text's: a 政策问答 after the items restates the items' dates (a
    blind test), and the closing's term (有效期至…) is the document's own. ``preamble`` are the first segments' paragraphs."""
    for segment, para in zip(doc.segments, preamble):
        found = extract_periods(para.text, partial(para.span, source), doc.date)
        # (a recurring date with no first day known stays: None is no term's day, a blind test: 每季度结束后…报送 lost)
        segment.periods = [p for p in found if p.kind in SET_DUE and (p.end is None or p.end not in (doc.effective_date, doc.expiry_date))]


# 各地各单位要于2024年6月15日前将落实情况报送…, 请于每月5日前报送进展情况: a request to report closing a notice, its date
# set due (two blind tests, h183, and a review: lost with the closing text); only such a sentence, not a 政策问答's restated dates
# (the request's own word, not 要求, 申请, 相应, 需要; nothing done already: …已于…前报送了…, the review)
REPORT_REQUESTED = re.compile(r"(?:请(?!示)|(?<![需主重必纲])要(?!求|点|素|件)|务必|(?<![必无])须|(?<!相)应当?(?!急|用|对)|需(?!要|求))"
                              r"(?:[^。；;已了]{0,40}?)(?:报送|上报|报至|提交|反馈|报(?=[省市县区国州盟]|自治区|自治州))(?![^。；;]*了)")  # (…，报自治区人社厅备案: h219)
SENTENCE = re.compile(r"[^。；;！？]+[。；;！？]?")
# 说明：…；2.申报时间为2024年4月1日至5月31日: a note under a table setting when to apply, for all its rows (h271 F5)
APPLICATION_WINDOW = re.compile(r"(?:申报|申请|受理|报名)(?:时间|期限|期|日期)(?:为|是|[：:])")
SIGNED_DATE_LINE = re.compile(r"(?:^|\n)\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:\n|$)")
ANSWERED = re.compile(r"^\s*(?:问|答)\s*[：:]|^\s*(?:[一二三四五六七八九十\d]{1,3}[、.．])?\s*(?:问|答)\s*[：:]")


def _closing_requests(doc: Document, closing: list[Paragraph], source: str) -> None:
    """The dates due that the closing text's requests to report set (``closing``: one paragraph per closing segment, in
    order): up to the signature's date (a 解读 or 问答 printed after it restates the items' dates: the review), not a
    question's or answer's, nor a date before the text's own."""
    segments = [s for s in doc.segments if s.kind == "closing"]
    if len(segments) != len(closing):
        return  # (the segments are the paragraphs joined otherwise: no pairing to trust)
    for segment, para in zip(segments, closing):
        if ANSWERED.match(para.text):
            continue
        signed = SIGNED_DATE_LINE.search(para.text)
        for sentence in SENTENCE.finditer(para.text, 0, signed.start() if signed else len(para.text)):
            window = APPLICATION_WINDOW.search(sentence.group()) is not None
            if REPORT_REQUESTED.search(sentence.group()) or window:
                at = sentence.start()
                found = extract_periods(sentence.group(), lambda s, e, at=at, para=para: para.span(source, at + s, at + e), doc.date)
                kinds = SET_DUE + (("interval",) if window else ())
                segment.periods += [p for p in found if p.kind in kinds and (p.end is None or p.end not in (doc.effective_date, doc.expiry_date))
                                    and not (p.end and doc.date and p.end < doc.date) and p not in segment.periods]
        if signed:
            return  # the signature's date: what is printed after it is no request of the notice's


# 第九条 本办法自…起施行，有效期至…: the document's term, put in force in the sentence naming the text (not 本办法所称…是指自…
# 至…期间引进的人才: who qualifies, a review)
# (以上政策自…起至…执行: the policies above named, their first day and their last, a blind test)
OWN_TERM_IN_CLAUSE = re.compile(r"(?:" + SELF_NAMED + rf"|^\s*(?:{ITEM_OR_ARTICLE}\s*)?(?:以上|上述)(?:各项)?(?:政策|措施))"
                                r"(?:[^。；]{0,40}?(?:自|从)[^。；]{0,24}?(?:起|之日)(?:[^。；，]{0,8}?|(?:至|到)[^。；，]{4,16}?)(?:施行|实施|执行|生效|试行)"
                                # 二、本通知实施期限为X至Y。: the same term, stated as a period (h214)
                                r"|的?(?:(?:实施|执行|有效|试行|政策)(?:期限|期间|期|时间)(?:为|是|[：:]|自|从)?(?=\s*(?:\d|[一二三四五六七八九十两]|自|从|至))))")
TERM_KINDS = ("interval", "from")


def _own_term_out_of_clauses(doc: Document) -> None:
    """第九条 本办法自2023年7月1日起施行，有效期至2026年6月30日: the document's own term (its effective and expiry dates), not
    a period of the article too (blind tests: counted twice where periods are asked for); an item's own term, dated
    otherwise, stays. (An interpretation's restatement of the interpreted text's term stays its clause's period, its end:
    h151.)"""
    if doc.effective_date is None and doc.expiry_date is None:
        return
    for clause in doc.clauses:
        if OWN_TERM_IN_CLAUSE.search(clause.text.replace("\n", "")):  # (起施 / 行: a break kept, read through)
            clause.periods = [p for p in clause.periods if not (p.kind in TERM_KINDS and _the_documents_term(p, doc))]


def _the_documents_term(period: Period, doc: Document) -> bool:
    """From its first day, or up to its last alone (政策执行期限截至2022年12月31日: h237)."""
    return (doc.effective_date is not None and period.begin == doc.effective_date and period.end in (doc.expiry_date, None)
            or period.begin is None and doc.expiry_date is not None and period.end == doc.expiry_date)


# 一、对以下2件市政府规范性文件予以废止。 / （一）《…》（宁政〔2015〕88号）； …: an item whose items are the texts it repeals
REPEALING_LEAD = re.compile(r"(?:以下|下列)[^。；：:]{0,30}?(?<!不)(?<!不予)(?<!暂不)(?<!无需)(?:予以)?(?:废止|宣布失效|停止执行|不再执行)[。：:]?$"
                            # 一、决定废止的文件, 决定废止下列行政规范性文件： (a blind test: the list had been cited only)
                            r"|决定(?:予以)?(?:废止|宣布失效)(?:的|下列|以下)[^。；：:]{0,16}[：:]?$"
                            # 一、废止下列2 件行政规范性文件 (h240: its items cited only)
                            r"|(?:^|、|[）)])\s*(?:废止|宣布失效)(?:下列|以下)[^。；：:]{0,20}[。：:]?$")
KEPT_OR_IN_PART = ("继续有效", "条款", "规定")  # 以下文件继续有效，…; 以下文件中与本决定不一致的条款停止执行 (a review)


# 第1—4条由州人社局牵头，州财政局配合: the items numbered so and who answers for them (a closing's sentence)
NOTE_OPENS = re.compile(r"[（(]?\s*(?:备)?注\s*[：:]")
DIVISION_HEADING = re.compile(r"\s*(?:责任|任务|职责|工作)?分工(?:安排)?\s*(?:$|\n)")
ITEMS_BY_NUMBER = re.compile(r"第\s*(?P<a>\d{1,3})\s*(?:[条项](?=\s*[—－\-~～至到]))?\s*(?:(?:[—－\-~～至到]\s*第?\s*(?P<b>\d{1,3}))|(?P<more>(?:、\s*第?\s*\d{1,3}\s*)+))?\s*[条项]"
                             r"(?:措施|政策|任务)?(?P<units>由[^；;。]+)")


def _units_by_item_numbers(closing: list[Paragraph], clauses: list[Clause], source: str, state, ctx,
                           divisions: list[Paragraph] = ()) -> None:
    """以上第1—4条由州人社局牵头，州财政局配合；第5—7条由…负责 after the last item, or in a section of its own (``divisions``:
    二、责任分工 / 第1—5项由…): each range's units are its items' (a blind test: the sentence had been the last item's, its
    units only there), for items naming none of their own."""
    for p in [*(p for p in closing if p.text.startswith(("以上", "上述"))), *divisions]:
        given: list[Clause] = []  # the items a range gave units to
        for m in ITEMS_BY_NUMBER.finditer(p.text):
            numbers = ({*range(int(m["a"]), int(m["b"]) + 1)} if m["b"] else
                       {int(m["a"]), *map(int, re.findall(r"\d{1,3}", m["more"] or ""))})
            items = _items_numbered(clauses, numbers)
            if not items or len(numbers) > MAX_ITEMS_IN_A_RANGE or "解释" in m["units"]:
                continue  # (以上第1—3条由X负责解释: who interprets them, no unit: a review)
            found = _units_in(p, m.start("units"), m.end("units"), source, state, ctx)
            for clause in items:
                if not clause.units:
                    clause.units = list(found)
                    given.append(clause)
        # …；各县（市）人民政府负责抓好本辖区各项措施落实: units of no range, every such item's helpers (a blind test)
        last = p.text.rfind("；")
        if given and last >= 0 and not ITEMS_BY_NUMBER.search(p.text, last) and "解释" not in p.text[last:]:
            for mention in _units_in(p, last + 1, len(p.text), source, state, ctx):
                for clause in given:
                    if mention.canonical not in {u.canonical for u in clause.units}:
                        clause.units.append(replace(mention, role="co"))


def _units_in(p: Paragraph, start: int, end: int, source: str, state, ctx) -> list[UnitMention]:
    """The units ``p.text[start:end]`` gives responsibility to, read with the document's rules but none carried."""
    return extract_units(p.text[start:end], lambda s, e: p.span(source, start + s, start + e),
                         ResponsibilityState(first_is_lead=state.first_is_lead), ctx)


MAX_ITEMS_IN_A_RANGE = 60


def _items_numbered(clauses: list[Clause], numbers: set[int]) -> list[Clause]:
    """The clauses printed with those numbers: items numbered in figures (1．, （3）) where there are any (not the sections
    一、 三、 around them: a review), else articles (第三条), at the shallowest level holding them."""
    for printed in (ARABIC_NUMBER, ARTICLE_NUMBER):
        numbered = [c for c in clauses if (m := printed.fullmatch(c.number or "")) and as_int(m["n"]) in numbers]
        if numbered:
            depth = min(c.path.count(".") for c in numbered)
            return [c for c in numbered if c.path.count(".") == depth]
    return []


ARABIC_NUMBER = re.compile(r"[（(]?(?P<n>\d{1,3})[）).．、]?")
ARTICLE_NUMBER = re.compile(r"第(?P<n>[一二三四五六七八九十百零〇两]{1,6})条")


# 将第三条修改为…, 将第五条中的“…”改为…, 删去第七条第二款, 增加一条作为第X条 (not 比例由60%调整为90%: a measure's change, a review)
AMENDING = re.compile(r"将?第[一二三四五六七八九十百零\d]+条[^。；]{0,40}?(?:(?:修改|修订|调整)为|改为)|(?:删去|删除)第[一二三四五六七八九十百零\d]+条"
                      r"|增加一(?:条|款|项)")


def _amended_under_headings(nodes, clauses: list[Clause], source: str, aliases: dict) -> list[Reference]:
    """（一）《…》（川办规〔2021〕3号） over 1. 将第三条修改为… / 2. …: a 决定's heading naming the text its items change, which
    the document amends (a blind test: a heading is no clause, and the link was lost)."""
    found = []
    for section in nodes:
        heading = join_paragraphs(section.paragraphs) if is_section(section) else None
        if heading is None or not is_citation_entry(heading.text):
            continue
        if any(c.path.startswith(section.path + ".") and AMENDING.search(c.text) for c in clauses):
            found += [replace(r, relation="amends") for r in find_references(heading, source, document_level=True, aliases=aliases)]
    return found


# 决定对以下2件…予以废止。 / 序号 文件名称 文号 / 1 …, 省人民政府决定废止的规范性文件目录 / 序号 …: a table of the texts repealed
# (h191: all cited only)
REPEAL_TABLE = re.compile(r"(?:(?:以下|下列)[^。；：:]{0,30}?(?<!不)(?<!暂不)(?<!暂缓)(?<!无需)(?<!不再)(?<!不予)(?:予以)?(?<!不予)废止[。：:]?"
                          r"|(?<!不予)(?<!暂缓)(?<!不)废止的[^。；：:]{0,30}?(?:目录|清单|名录|一览表))"
                          r"\s*序号\s*(?:文件名称|名称|文件标题|标题)")  # (not 以下文件不予废止, 暂缓废止: the review)
# another list's heading under the same attachment (…决定继续有效的规范性文件目录): the repealed list ends there (the review)
ANOTHER_LIST = re.compile(r"(?:目录|清单|名录|一览表)(?:序号|$)|^序号")


def _rows_noted(nodes: list, n: int) -> set[int]:
    """The rows a note under a table is for, where node ``n``'s text holds the note: the table's last row (its text runs on
    to the note) or the node holding the rows, the note after them; back from there, every row of the table, over the
    category rows grouping them (一、… / rows / 二、… / rows: the review); none for a note elsewhere."""
    node = nodes[n]
    if not (node.paragraphs and node.paragraphs[0].table_row):
        children = [k for k, m in enumerate(nodes) if m.parent == n and m.paragraphs]
        if not (node.after_items and children and all(nodes[k].paragraphs[0].table_row for k in children)):
            return set()
        n = children[-1]
    rows: set[int] = set()
    for k in range(n, -1, -1):
        if nodes[k].paragraphs and nodes[k].paragraphs[0].table_row:
            rows.add(k)
        elif not _a_table_category(nodes, k):
            break
    return rows


def _a_table_category(nodes: list, k: int) -> bool:
    """一、加强资金支持 inside a table: a heading whose items are the table's rows, no text of its own."""
    children = [m for m in nodes if m.parent == k and m.paragraphs]
    return bool(children) and children[0].paragraphs[0].table_row and is_section(nodes[k])


def _repealed_by_its_lead(clause: Clause, lead_paragraphs: list[Paragraph]) -> bool:
    """A clause that only cites a text, under an item or section saying the texts below are repealed (a blind test: cites), or
    after a preamble ending so (经省政府同意，决定废止下列行政规范性文件：, another)."""
    lead = "".join(p.text for p in lead_paragraphs).strip()
    return bool(REPEALING_LEAD.search(lead)) and not any(w in lead for w in KEPT_OR_IN_PART) and is_citation_entry(clause.text)


def _instruments_from_lead_ins(clauses: list[Clause]) -> None:
    """8.…给予职业技能培训补贴： / （1）…每人补贴1000元； / （2）…: an item that names one instrument and
    then lists its sub-items pays by it the amounts and rates of sub-items that name none; one that pays once, once."""
    by_path = {c.path: c for c in clauses}
    for clause in clauses:
        lead_in = by_path.get(clause.parent_path)
        table_lead = TABLE_BELOW_LEAD.search(lead_in.text) if lead_in is not None else None
        if lead_in is None or not (LEAD_IN_COLON.search(lead_in.text) or table_lead):
            continue
        named = {m.concept for m in lead_in.instruments}
        if len(named) == 1 and not clause.instruments:
            (concept,) = named
            for value in (*clause.amounts, *clause.rates):
                if value.instrument is None and not value.threshold:
                    value.instrument = concept
        if CONDITIONS_LEAD_IN.search(lead_in.text) and not PAYS_IN_ITEM.search(clause.text):
            for value in (*clause.amounts, *clause.rates):  # 应当同时符合下列条件： / （二）单笔贷款金额不超过1000万元: who qualifies (h172;
                value.threshold = True  # not a sub-item that pays, the review)
        if PAID_ONCE_LEAD_IN.search(lead_in.text) or table_lead and ONCE_WORD in _last_sentence(lead_in.text, table_lead.start()):
            # 分档给予一次性奖励： / （1）3亿元以上的，奖励200万元: paid once (h157); 按下表给予一次性奖励。 over a table's rows
            for amount in clause.amounts:  # (…每人30万元: each paid once, h165)
                if not amount.threshold and (amount.payment_unit is None or amount.payment_unit in PAID_ONCE_BY_HEAD):
                    amount.payment_unit = PAID_ONCE_BY_HEAD.get(amount.payment_unit, "one-off")


def _shares_of_a_lead_ins_sum(clauses: list[Clause]) -> None:
    """签约服务费标准为每人每年120元，由医保基金、…和签约居民个人三方分担： / （一）医保基金承担50元； / …: each payer's share
    paid as the lead-in's one sum is (per person per year), while the shares add up to no more than it (h288 F7: none)."""
    by_path = {c.path: c for c in clauses}
    shares: dict[str, list] = {}
    for clause in clauses:
        lead_in = by_path.get(clause.parent_path)
        if lead_in is not None and SHARED_LEAD_IN.search(lead_in.text):
            shares.setdefault(lead_in.path, []).extend(a for a in clause.amounts if a.payment_unit is None and not a.threshold)
    for path, parts in shares.items():
        paid = [a for a in by_path[path].amounts if not a.threshold]
        if len(paid) == 1 and paid[0].payment_unit and parts and sum(a.value for a in parts) <= paid[0].value:
            for a in parts:
                a.payment_unit = paid[0].payment_unit
                a.instrument = a.instrument or paid[0].instrument


# 由医保基金、基本公共卫生服务经费和签约居民个人三方分担： (its payers listed below)
SHARED_LEAD_IN = re.compile(r"(?:分担|共担|承担|负担)[^。；：:]{0,8}[：:]\s*$")
# a lead-in to the list of sub-items below it (its text may go on after them: 同一等级只能享受一次补贴。)
LEAD_IN_COLON = re.compile(r"[：:]")
PAID_ONCE_LEAD_IN = re.compile(r"一次性[^。；：:]{0,12}[：:]")  # 给予一次性奖励：, 分档给予一次性奖励如下：
# 按下表给予一次性奖励。 ending an item whose sub-items are the table's rows (a 序号 column: h314 F3, none had its payment)
TABLE_BELOW_LEAD = re.compile(r"下表[^。；;，,：:]{0,12}。\s*$")
ONCE_WORD = "一次性"
PAYS_IN_ITEM = re.compile(r"给予|奖励|补贴|补助|资助|奖补")
CONDITIONS_LEAD_IN = re.compile(r"(?:符合|具备|满足)(?:以下|下列|如下)[^。；：:]{0,6}条件[：:]$")  # 应当同时符合下列条件：
PAID_ONCE_BY_HEAD = {"per-person": "per-person-one-off", "per-entity": "per-entity-one-off", "per-household": "per-household-one-off",
                     "per-item": "per-item-one-off"}


def _last_sentence(text: str, at: int) -> str:
    """The sentence of ``text`` holding ``at``, from the sentence end before it to the text's end."""
    return text[max(text.rfind(c, 0, at) for c in "。；;") + 1 :]


GOVERNMENT_BODY = re.compile(r"(?:人民政府|政府|办公厅|办公室|委员会|党委|市委|省委|县委|区委)$")


def _sole_department(issuers: list[str]) -> str | None:
    """The one department that issues a document (吉林省科学技术厅), whose divisions (政策法规处) it names
    alone; not a government or its office, whose 处 may be any department's."""
    if len(issuers) != 1:
        return None
    name = issuers[0]
    typed = expand(name)[1] if name.endswith("委员会") else None  # 发展和改革委员会: a department, not a party or zone committee
    return name if not GOVERNMENT_BODY.search(name) or typed is not None and typed.id not in NOT_DEPARTMENTS else None


def inherited(mention: UnitMention) -> UnitMention:
    """A unit written over an item, given to the items below it: inherited, as what it was written (the lead of a
    section is its items' lead)."""
    if mention.role == "inherited":
        return mention  # (a document rule's, or inherited already)
    return replace(mention, role="inherited", inherited_as=mention.role)


NOT_DEPARTMENTS = {"zone-administration", "local-government"}  # a zone's committee or a government issues for many departments


LEAD_WORDS = re.compile(r"牵头|负责|主办|主责|会同")  # an item naming its lead in its own words, not by the document's 列第一位 rule


def _section_brackets(nodes, clauses: list[Clause], source: str, state: ResponsibilityState, ctx: DocContext) -> None:
    """（一）市场准入。（市市场监管局牵头）over items 1. 2. …: a section's heading names the units of its
    items. An item naming none of its own has them as inherited (the heading is no clause, and
    its bracket says who answers for the group, not for each item); the nearest section first."""
    sections = sorted((n for n in nodes if is_section(n)), key=lambda n: -n.path.count("."))
    for section in sections:
        heading = join_paragraphs(section.paragraphs)
        if find_responsibility_group(heading.text.rstrip()) is None:
            continue
        rules = ResponsibilityState(first_is_lead=state.first_is_lead)  # its own words, not a 下同 again
        found = extract_units(heading.text, partial(heading.span, source), rules, ctx)
        inside = [c for c in clauses if c.path.startswith(section.path + ".")]
        for clause in inside:
            # beside the units a document rule gives every item (a blind test had lost them), and beside the helpers an item
            # names (（省公安厅、省税务局配合） under （省市场监管局牵头）: the heading's lead leads it, two blind tests); not over
            # an item's own lead
            # (an item's first unit made lead only by the document's 列第一位 rule: the heading's lead still leads it, h217)
            by_rule_alone = state.first_is_lead and not LEAD_WORDS.search(clause.text)
            if any(m.role == "lead" or m.inherited_as == "lead" for m in clause.units) and not by_rule_alone:
                continue
            if by_rule_alone:  # (the item's own mention of a heading's unit kept: the review)
                own = {m.canonical for m in clause.units}
                clause.units = [inherited(m) for m in found if m.canonical not in own] + clause.units
                continue
            heading_units = [inherited(m) for m in found]
            named = {m.canonical for m in heading_units}
            clause.units = heading_units + [m for m in clause.units if m.canonical not in named]


def _section_notes(nodes, clauses: dict, source: str, state: ResponsibilityState, ctx: DocContext, issued) -> None:
    """一、… / 1. / 2. / 3. / （责任单位：…）: a responsibility bracket after a section's last item,
    on a line of its own or closing the item's last sentence (3.…每户不超过300元。（责任单位：…。完成时限：…）),
    when no other item of the section (nor a sub-item of one) names any unit, is every item's (the
    last item read it as its own), and so is the deadline it sets. The same for an item over
    sub-items that names no unit of its own: the note closing its last sub-item is its, and its
    sub-items inherit its units (role ``inherited``: the bracket was written for the item)."""
    per_item = _brackets_written_per_item(nodes, clauses)
    for section in nodes:
        # an item over sub-items: 8.…给予培训补贴： / （1）… / （2）…（牵头单位：…）; not a section with text after its items
        own = clauses.get(section.path) if not is_section(section) else None
        if not is_section(section) and (own is None or own.units):
            continue
        items = _items_of(section, nodes, clauses)
        if len(items) < 2 or any(_names_units(item.path, clauses) for item in items[:-1]) or _a_record_of_fields(items[-1]):
            continue
        heading = join_paragraphs(section.paragraphs).text.rstrip()
        # 1.…按以下标准给予支持： / （1）…； / （2）…。（X牵头，Y按职责分工负责）: after a lead-in, even a bare bracket is the item's
        lead_in = own is not None and heading.endswith(("：", ":"))
        # a bracket closing the last item's sentence is the list's only where the items are alike: after an
        # item with sub-items of its own (（四）…： / 1. 2. 3. / （五）…。（责任单位：…）) it is the last item's
        alike = not any(item.children for item in items[:-1])
        # a labelled bracket closing the last item's sentence is the list's only where the others are short items that name
        # a task alone (1.推行企业开办“一窗通办”。 / 2.… / 3.…。（责任单位：…）); after items of full sentences it is the last one's
        # (blind golds z52, z99, z119), as under an item over sub-items it is that item's
        short = all(len(clauses[item.path].text.strip()) <= SHORT_ITEM_CHARS for item in items[:-1])
        inline = (own is not None or short) and find_responsibility_group(heading) is None and alike
        note = _items_note(items[-1], inline=inline, bare=lead_in)
        # where items of full sentences have brackets of their own, one after the last item is its own (not after
        # short items naming a task alone, 1.推行… / 2.… / （责任单位：…）, nor a note on the items above: 以上措施由X负责落实。,
        # （以上任务牵头单位：…）: all of them)
        if (note is None or own is None and per_item and not short and not ABOVE.search(note.text)
                and not _an_item_of_its_own(section, note, nodes, clauses)):
            continue
        span_of = partial(note.span, source)
        for item in ([section] if own else []) + items[:-1]:
            rules = ResponsibilityState(first_is_lead=state.first_is_lead)  # the note's own words, not its 下同 again
            clause = clauses[item.path]
            units = extract_units(note.text, span_of, rules, ctx)
            if own and item is not section:  # the item's sub-items: what their item is responsible for, inherited
                units = [inherited(u) for u in units]
            clause.units = _with_document_rules(units, clause.units)
            clause.periods += [p for p in extract_periods(note.text, span_of, issued) if p.kind == "deadline"]
        if own:  # the last sub-item wrote its item's bracket: inherited there too
            written = note.span(source)
            last = clauses[items[-1].path]
            last.units = [inherited(u) if written.start <= u.span.start < written.end else u for u in last.units]


# 3．责任单位。X牵头，Y配合 / 2．责任单位：X、Y: a sub-item that is the units field of its item (对象 / 标准 / 责任单位)
UNITS_FIELD = re.compile(r"\s*(?:责任单位|责任部门|牵头单位|牵头部门|实施单位)\s*[。.．：:]")


def _units_field_sub_items(nodes, clauses: dict) -> None:
    """（一）就业见习补贴。 / 1．补贴对象。… / 2．补贴标准。…每人每月1400元… / 3．责任单位。X牵头，Y配合。: the last sub-item,
    the item's units field, names who answers for the whole item (h324 f3: its units had stayed on that field, the sibling
    holding the amount had none). Where no other sub-item names units, the item (a clause naming none of its own) takes
    them, and its other sub-items inherit them (role ``inherited``, as what they were written); the field keeps its own."""
    for node in nodes:
        own = clauses.get(node.path) if not is_section(node) else None
        if not is_section(node) and (own is None or own.units):
            continue
        items = _items_of(node, nodes, clauses)
        if len(items) < 2 or any(_names_units(item.path, clauses) for item in items[:-1]):
            continue
        field, last = items[-1], clauses[items[-1].path]
        if not field.paragraphs or not UNITS_FIELD.match(field.paragraphs[0].text, field.marker.end):
            continue
        units = [u for u in last.units if not _by_document_rule(u)]
        if not units:
            continue
        deadlines = [p for p in last.periods if p.kind == "deadline"]
        if own is not None:
            own.units = _with_document_rules([replace(u) for u in units], own.units)
            own.periods += deadlines
        for item in items[:-1]:
            clause = clauses[item.path]
            clause.units = _with_document_rules([inherited(u) for u in units], clause.units)
            clause.periods += deadlines


# 以上第（四）至（六）项责任单位：…, 以上第1至3项由X负责: a note after an item on the items of a range of its list, it the last
RANGE_NOTE = re.compile(r"^[（(]?以上第?\s*[（(]?(?P<a>\d{1,3}|[一二三四五六七八九十]{1,3})[）)]?\s*项?\s*[—－\-~～至到]\s*第?\s*[（(]?"
                        r"(?P<b>\d{1,3}|[一二三四五六七八九十]{1,3})[）)]?\s*项(?:措施|政策|任务|工作)?(?:的)?(?:均)?"
                        r"(?=[^，,。；;：:]{0,4}(?:单位|部门)[：:]|由[^。；;]{2,60}?(?:负责|牵头|落实))")


def _range_notes(nodes, clauses: dict, source: str, state: ResponsibilityState, ctx: DocContext, issued) -> None:
    """（一）… / （二）… / （三）… / 以上第（一）至（三）项责任单位：…: a note on a line of its own after an item, on the items of its
    list numbered in the range, the item it closes the range's last: each item of the range naming no unit of its own takes
    the note's (h304 F4: none had any; the last item read the note as its text); an item's own units stay."""
    for at, node in enumerate(nodes):
        note = node.paragraphs[-1] if len(node.paragraphs) >= 2 and node.path in clauses else None
        m = RANGE_NOTE.match(note.text) if note is not None else None
        if m is None or as_int(m["b"]) != node.marker.value or as_int(m["a"]) >= node.marker.value:
            continue
        span_of = partial(note.span, source)
        for item in _numbered_back_to(nodes, at, as_int(m["a"])):
            if item.path in clauses and not _names_units(item.path, clauses):
                clause = clauses[item.path]
                units = extract_units(note.text, span_of, ResponsibilityState(first_is_lead=state.first_is_lead), ctx)
                clause.units = _with_document_rules(units, clause.units)
                clause.periods += [p for p in extract_periods(note.text, span_of, issued) if p.kind == "deadline"]


def _numbered_back_to(nodes, at: int, first: int) -> list:
    """The items before ``nodes[at]`` numbered as it is, back to the one numbered ``first``, its numbers going down without a
    restart (（四）…（六） under another section than （一）…（三） where the numbers run on across sections)."""
    node, found = nodes[at], []
    value = node.marker.value
    for other in reversed(nodes[:at]):
        if other.marker.style != node.marker.style or other.depth != node.depth or other.part != node.part:
            continue
        if other.marker.value != value - 1 or other.marker.value < first:
            break
        found.append(other)
        value = other.marker.value
    return found if value == first else []


# …若干措施（征求意见稿）, 关于公开征求《…》意见的公告: a draft published for comment, not yet issued
DRAFT_TITLE = re.compile(r"[（(](?:征求意见稿|送审稿|草案|讨论稿)[）)]|征求[^《》，。]{0,6}《[^《》]{2,80}》[^《》，。]{0,6}意见")


def _a_draft(doc: Document) -> bool:
    """A draft for comment (its title or the title it publishes says so): the dates it states in force are those the text
    would have once issued, none it has (h304 F6: 自印发之日起施行 had read the notice's date as its start, the draft in force)."""
    return any(DRAFT_TITLE.search(t) for t in (doc.title, doc.alternative_title) if t)


# 1.补贴申请表； / 4.劳动合同复印件； / 2.… / 5.… / 3.… / 6.…: a short list printed in two columns, read across its rows
COLUMN_ITEM = re.compile(r"(?P<n>\d{1,2})[.．、](?!\d)[^\n]{1,40}[；;。]?")
COLUMN_ITEMS_MIN = 4


def _columns_in_order(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs with each list printed in two columns and extracted row by row (1, 4, 2, 5, 3, 6: each item a line of
    its own) put back in its numbers' order, the left column's then the right one's (h304 F5: items 2 and 3 had been read
    into 4 and 5, a numbering gap). Only where the numbers are exactly so interleaved: a list read in order, or items that
    wrap over lines, stay as they are."""
    out, i = list(paragraphs), 0
    while i < len(out):
        run = 0
        while i + run < len(out) and COLUMN_ITEM.fullmatch(out[i + run].text) and (
                run == 0 or out[i + run].line == out[i + run - 1].line + 1):
            run += 1
        numbers = [int(COLUMN_ITEM.fullmatch(p.text)["n"]) for p in out[i : i + run]]
        if run >= COLUMN_ITEMS_MIN and numbers == _read_across(numbers[0], run):
            out[i : i + run] = sorted(out[i : i + run], key=lambda p: int(COLUMN_ITEM.fullmatch(p.text)["n"]))
        i += max(run, 1)
    return out


def _read_across(first: int, count: int) -> list[int]:
    """The numbers first … first+count-1 printed in two columns, the left one the longer, as read across the rows."""
    left = (count + 1) // 2
    return [first + k // 2 + (left if k % 2 else 0) for k in range(count)]


def _brackets_after_sub_items(nodes, clauses: dict, source: str) -> None:
    """（二）…给予以下支持： / 1.… / 2.… / （牵头单位：X；配合单位：Y） on a line of its own: the item's bracket, written after
    its sub-items, which inherit its units as they do where it closes the last one's line (a blind test: none, by a line
    break)."""
    for node in nodes:
        own = clauses.get(node.path)
        if not node.after_items or own is None or not own.units or not _a_bracket_alone(join_paragraphs(node.after_items).text):
            continue  # (符合前款规定条件的，由省知识产权局负责审核。: an article's next 款, no bracket over its items)
        after = node.after_items[0].span(source).start
        written = [u for u in own.units if u.span.start >= after]
        if not written:
            continue
        for clause in clauses.values():
            if clause.path.startswith(node.path + ".") and not clause.units:
                clause.units = [inherited(u) for u in written]


def _a_bracket_alone(text: str) -> bool:
    """（牵头单位：…；配合单位：…）, （省财政厅、省工信厅）: a bracket of units and nothing else."""
    text = text.strip()
    group = find_responsibility_group(text)
    whole = group is not None and group == (1, len(text) - 1)
    return text.startswith(("（", "(")) and (whole or is_bare_unit_bracket(text))


SHORT_ITEM_CHARS = 20  # an item naming a task alone: 1.推行企业开办“一窗通办”。


# a note on the items above (以上措施…, 以上3项由…, （以上任务牵头单位：…）, （责任单位：…。以上措施均需于…前完成）)
ABOVE = re.compile(r"^[（(]?(?:以上|上述)|以上(?:各项|\d{1,2}项)?(?:措施|政策|任务|工作|事项)")


# 1.政策名称：… / 政策内容：… / 责任单位：…: a policy list's entry, a record of fields, its units field its own
RECORD_FIELD = re.compile(r"^(?:\d{1,3}\s*[.．、]\s*)?(?:政策名称|政策内容|事项名称|申报条件|申请条件|补贴标准|支持标准|奖补标准|补贴对象|支持对象|"
                          r"申报材料|办理流程|执行期限|政策依据)\s*[：:]")


def _a_record_of_fields(item) -> bool:
    """An item written as fields, two or more a line (政策名称：… / 政策内容：… / 责任单位：…): the units field closing it is
    its own, no note on the items above (a blind test: an entry without the field had taken the next entry's units)."""
    return sum(bool(RECORD_FIELD.match(p.text)) for p in item.paragraphs) >= 2


def _brackets_written_per_item(nodes, clauses: dict) -> bool:
    """Whether an item that is not its list's last closes with a bracket naming units (（五）…。（省就业创业服务中心） /
    （十三）… / （X牵头，Y按职责分工负责））: the document writes one for each item, so the bracket after a list's last
    item of full sentences is that item's alone (blind gold z441: （十二）'s had been given to the items above it)."""
    return any(_closes_with_units(item) for section in nodes if is_section(section)
               for item in _items_of(section, nodes, clauses)[:-1])


def _closes_with_units(item) -> bool:
    """A bracket naming units closes the item: after a sentence, or alone on its line (not 省级以上开发区（园区）: a
    name's, the review)."""
    text = item.paragraphs[-1].text.rstrip() if item.paragraphs else ""
    group = find_units_group(text)
    return group is not None and group[1] == len(text) - 1 and (group[0] == 1 or text[group[0] - 2] in "。；;")


def _an_item_of_its_own(section, note: Paragraph, nodes, clauses: dict) -> bool:
    """A titled item over sub-items, among items each closed by its bracket (1.…。（责任单位：…） / 2.降低用能成本。 / (1)… /
    (2)… / （牵头单位：…） / 3.…。（责任单位：…）): the bracket on a line of its own after its sub-items is the titled item's, as
    its siblings' are theirs (a blind test: it had been the last sub-item's alone)."""
    if section.parent is None or not section.paragraphs or note is not _section_last_paragraph(section, nodes):
        return False
    siblings = [nodes[i] for i in nodes[section.parent].children if nodes[i] is not section and nodes[i].path in clauses]
    return bool(siblings) and all(_closes_with_units(item) for item in siblings)


def _section_last_paragraph(section, nodes) -> Paragraph | None:
    """The last paragraph under the section: its last item's (sub-items' last, all the way down)."""
    node = section
    while node.children:
        node = nodes[node.children[-1]]
    return node.paragraphs[-1] if node.paragraphs else None


def _items_of(section, nodes, clauses: dict) -> list:
    """The section's items that are clauses, in order (not its sub-sections)."""
    return [nodes[i] for i in section.children if not is_section(nodes[i]) and nodes[i].path in clauses]


def _names_units(path: str, clauses: dict) -> bool:
    """Whether the clause at ``path`` or one of its sub-items names responsible units: of its own, not a document rule's
    (各县（区）人民政府负责落实各项任务，以下不再列出: every item has those, h310 F1)."""
    return any(not _by_document_rule(u) for p, c in clauses.items() if p == path or p.startswith(path + ".") for u in c.units)


def _by_document_rule(mention: UnitMention) -> bool:
    """A unit every item inherits from a rule of the document (…下同, 以下不再列出), not from a heading or note over it."""
    return mention.role == "inherited" and mention.inherited_as is None


def _with_document_rules(units: list[UnitMention], before: list[UnitMention]) -> list[UnitMention]:
    """``units`` given to a clause by a note, with the document rules' units it had kept after them."""
    named = {u.canonical for u in units}
    return units + [u for u in before if _by_document_rule(u) and u.canonical not in named]


# (上述补贴政策执行至…，由各地人社部门负责受理。 after an answer's points: theirs, a blind test; 以上补贴由…负责受理)
ITEMS_ABOVE_BY = re.compile(r"(?:以上|上述)(?:各项)?[\u4e00-\u9fff]{0,4}?(?:措施|政策|任务|工作|事项|\d{1,2}项|补贴|奖补|奖励|资金)"
                            r"(?:[^。；由]{0,30}?[，,])?(?:均)?由[^。；]{2,60}?(?:负责|牵头|落实)")


def _items_note(last, inline: bool, bare: bool = False) -> Paragraph | None:
    """The responsibility note closing a section's last item: its last paragraph when that is one
    (a bracket or a label alone), else, if ``inline``, a labelled bracket after the item's last full
    stop (（责任单位：…）; a bare （X负责） there reads as the item's own, unless ``bare``: sub-items
    listed after their item's lead-in)."""
    if len(last.paragraphs) >= 2:
        note = last.paragraphs[-1]
        # 责任单位：A、B on a line of its own, or 以上措施责任单位：A、B (h304 F4)
        scope = ITEMS_ABOVE.match(note.text) if note.text.startswith("以上") else None
        labelled = LABELLED.match(note.text[scope.end() if scope else 0 :]) and "。" not in note.text.rstrip("。")
        # 以上措施由市人社局负责落实。 on a line of its own: the units of every item above (a blind probe, z221)
        above = ITEMS_ABOVE_BY.match(note.text) and "。" not in note.text.rstrip("。")
        if responsibility_alone(note.text) or labelled or above:
            return note
    para = last.paragraphs[-1]
    group = find_responsibility_group(para.text) if inline else None
    if group is None or group[0] < 2 or para.text[group[0] - 2] != "。" or not (bare or LABELLED.match(para.text[group[0] :])):
        return None
    return Paragraph(para.text[group[0] - 1 :], para.offsets[group[0] - 1 :], para.line)


# 登记失业的16—24岁青年 (h237 F10): the unemployed youth with the age between, as 16—24岁失业青年 is read
UNEMPLOYED_YOUTH_AGED = re.compile(r"(?:登记)?失业的?\d{1,2}\s*[—\-－–~～至到]\s*\d{1,2}\s*周?岁的?青年")
# 高龄、失能老年人, 经济困难高龄失能老年人, 失能、半失能老年人 (h246 F6/F7): each kind listed before the one 老年人 they share is
# its group, as 高龄老年人 and 失能老年人 written out are
ELDERLY_KIND = {"高龄": "advanced-age-elderly", "失能": "disabled-elderly", "半失能": "disabled-elderly"}
ELDERLY_LISTED = re.compile(r"(?P<kind>高龄|半?失能)(?=(?:[、和及或]?(?:高龄|半?失能|残疾|空巢|独居|留守|困难))*[、和及或]?老年?人)")
# 对消费者购买…给予补贴, 拨付至消费者 (h249): 消费者 buying or paid is the group; not those consulted or whose rights are
# protected (听取…消费者等方面的意见, 消费者权益保护: market regulation, most of the corpus's 消费者)
# (not 保护消费者购买商品…的合法权益, 侵害消费者购买预付卡权益: consumers protected, none paid, the second review)
CONSUMERS_BUYING = re.compile(r"(?<!保护)(?<!维护)(?<!侵害)(?<!损害)消费者(?=[^，。；、和与及]{0,4}?(?:购买|购置|购车|换购|置换|报废|交售|参与|参加|申领|领取)(?![^，。；]{0,16}?权益))"
                              r"|(?:(?<=至)|(?<=给予))消费者")
# 秸秆翻埋还田作业每亩补贴40元 (h248 F5): the work paid for, named with the payment in its phrase, is the straw-return subsidy
STRAW_RETURN_PAID = re.compile(r"秸秆(?:(?:翻埋|碎混|深翻|覆盖|粉碎|旋耕)[、和及或]?)*还田(?:作业)?(?=[^，。；;]{0,10}?(?:补贴|补助))")
# 个人缴费给予全额资助, …按每人每年300元给予定额资助 (h244 F14): aid to the contribution of a sentence on enrolling in
# insurance is the enrolment aid (not 全额资助 of a training or a student)
ENROLMENT_AID = re.compile(r"(?:全额|定额|差额|分档|分类|按比例)资助")
ENROLMENT = re.compile(r"参保|个人缴费|参加[^，。；;]{0,16}?(?:医疗保险|医保|养老保险)")
# 区人才办, 区退役军人事务局, 市公共就业和人才服务中心 (h239 F6, h240 F18): a group's label inside an organ's name is no
# mention of the group; after it, a word only organs end in, or a body's word after a level's (or 和's) prefix (区退役军人
# 服务站; not 建设退役军人服务中心, 为外籍人才办理, 小微企业办电)
ORGAN_AFTER = re.compile(r"事务(?:局|厅|部门|部)|工作领导小组|办公室|联合会|办(?![\u4e00-\u9fff])|办(?=负责|牵头|配合|会同|等)")
BODY_AFTER = re.compile(r"(?:服务|发展|交流|工作)?(?:局(?![面限势部])|委员会|中心|站)")
LEVEL_BEFORE = "省市区县州旗盟镇和"


# 技能人才评价证书全国联网查询系统, 国家企业信用信息公示系统 (h318 F8): a group's label opening the name of a system, platform
# or database (a 查询/信息/联网/数据 word before its 系统/平台/库) is no mention of the group; no verb or 的 between (not
# 为高校毕业生提供就业信息平台: whom it is for). Nor between the word and 系统 (就业困难人员信息录入系统后: the group's data
# entered into one), and a bare 库 is no name's end (高校毕业生信息入库后: review43a F4).
SYSTEM_NAME_STOP = r"提供|给予|享受|申请|申领|办理|纳入|录入|填报|上传|通过|使用|建设|搭建|开发|的|在|到|向|从|由|和|及|与"
SYSTEMS_NAME_AFTER = re.compile(rf"(?:(?!{SYSTEM_NAME_STOP})[\u4e00-\u9fff]){{0,12}}?"
                                rf"(?:(?:查询|信息|联网|数据)(?:(?!{SYSTEM_NAME_STOP}|入)[\u4e00-\u9fff]){{0,4}}?(?:系统|平台|数据库)|(?:信息|数据)库)")


def _in_an_organs_name(text: str, start: int, end: int) -> bool:
    return bool(ORGAN_AFTER.match(text, end) or start > 0 and text[start - 1] in LEVEL_BEFORE and BODY_AFTER.match(text, end)
                or SYSTEMS_NAME_AFTER.match(text, end))


# 参加城乡居民基本医疗保险的，给予每人每年380元基本医疗保险补贴: the state's share of a resident's premium, not the employment
# 社会保险补贴 its parts 基本养老/医疗保险补贴 name (the review of h318 F9)
INSURANCE_PART_SUBSIDY = re.compile(r"基本(?:养老|医疗)保险费?补贴")
RESIDENTS_INSURANCE = re.compile(r"(?:城乡|城镇|农村)?居民(?:基本)?(?:养老|医疗)保险|居民(?:医保|养老保险)|被征地农民[^，。；;]{0,6}保险")


def _residents_insurance_subsidy(text: str, start: int, end: int, concept: str) -> bool:
    """A 基本养老/医疗保险补贴 (social-insurance-subsidy) in a sentence on residents' insurance: no employment subsidy."""
    if concept != "social-insurance-subsidy" or not INSURANCE_PART_SUBSIDY.fullmatch(text, start, end):
        return False
    s_lo = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    s_hi = min((i for i in (text.find("。", end), text.find("\n", end)) if i >= 0), default=len(text))
    return bool(RESIDENTS_INSURANCE.search(text, s_lo, s_hi))


def _mentions(text: str, scheme: str, span_of) -> tuple[list[ConceptMention], dict[int, tuple[int, int]]]:
    mentions, offsets = [], {}
    found = concept_matcher(scheme).find(text)
    if scheme == "instruments":
        phrased = implied_instruments(text) if "%" in text or "一次性" in text or "项目" in text else []  # 按照租金的30%给予补贴: a rent subsidy; 一次性落户奖励
        phrased += [(m.start(), m.end(), "straw-return-subsidy") for m in STRAW_RETURN_PAID.finditer(text)]
        phrased += [(m.start(), m.end(), "insurance-enrolment-aid") for m in ENROLMENT_AID.finditer(text)
                    if ENROLMENT.search(text, max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1, m.start())]
        found = sorted(found + [f for f in phrased if all(f[1] <= s or f[0] >= e for s, e, _ in found)])
        found = [f for f in found if not _residents_insurance_subsidy(text, *f)]
    if scheme == "groups":
        phrased = [(m.start(), m.end(), "unemployed-youth") for m in UNEMPLOYED_YOUTH_AGED.finditer(text)]
        phrased += [(m.start(), m.end(), ELDERLY_KIND[m["kind"]]) for m in ELDERLY_LISTED.finditer(text)]
        phrased += [(m.start(), m.end(), "consumers") for m in CONSUMERS_BUYING.finditer(text)]
        found = sorted(f for f in found + [f for f in phrased if all(f[1] <= s or f[0] >= e for s, e, _ in found)]
                       if not _in_an_organs_name(text, f[0], f[1]))
    for start, end, concept in found:
        span = span_of(start, end)
        if len(span.text) < end - start:  # a table's column name put before its cell (财政贴息比例：100%): no text of the row's
            span = Span(span.start, span.start, "")
        m = ConceptMention(span, concept)
        mentions.append(m)
        offsets[id(m)] = (start, end)
    return mentions, offsets


def _number_as_printed(marker, paragraph: Paragraph, source: str) -> str:
    """The clause's number as the source prints it: a table's row numbered 1 is read as （1） (tables.py: the
    brackets added share the digits' offsets), but its number is the 1 in the file."""
    offsets = paragraph.offsets[: len(marker.printed)]
    if paragraph.text[: len(marker.printed)] != marker.printed or len(set(offsets)) == len(offsets):
        return marker.printed
    printed = "".join(source[min(offsets) : max(offsets) + 1].split())
    if len(set(offsets)) == 1 and not printed.isdigit():
        return ""  # a row numbered in order by tables.py, printed with no number (锡林浩特市 4000 …: not 锡, the review)
    return printed or marker.printed


# 8 个\n工作日, 每\n年, 自印发之\n日起: a line break the paragraph rules kept inside a phrase (after a short line) is read
# through by the readers of values and concepts (a mutation test: the limit was lost); one after a sentence's end, a
# colon or a bracket, or before an item's number or a bracket, stays
# (一、月度工作安排 / 1月：…: a month schedule's line opens its own, kept for its month's window, h321 F5)
BREAK_READ_THROUGH = re.compile(r"(?<![。；;：:！？!?\n）)】」”])\n(?![\n（(【「“]|\s*\d{1,3}\s*[.．、)）]|[一二三四五六七八九十]{1,3}、"
                                r"|(?:1[0-2]|[1-9])月份?(?:上旬|中旬|下旬)?[：:])")


def _number_after_the_marker_apart(read: str, marker_end: int) -> str:
    """2.400万元以上的…: the item's number, its dot right before the text's first figure, blanked (one character for one) so
    the figure is not read as a decimal (a blind test: 2.4万元)."""
    if 0 < marker_end < len(read) and read[marker_end].isdigit() and read[marker_end - 1] in ".．":
        return " " * marker_end + read[marker_end:]
    return read


def _annex_instrument(node, parent: str | None, headings: dict[str, str]) -> str | None:
    """附件 / 境外展会展位费补贴标准 / its rows of sums: the one instrument the annex's title names, its rows' (h279 F1)."""
    if node.parent is not None or not parent or not parent.startswith("a") or not node.paragraphs[0].sum_row:
        return None
    named = _instruments_named(headings.get(parent, ""))
    return named.pop() if len(named) == 1 else None


def _instruments_named(text: str) -> set[str]:
    """The instruments a heading's words name."""
    return {m.concept for m in _mentions(text, "instruments", lambda s, e: Span(s, e, ""))[0]}


def _section_instrument(nodes, node, headings: dict[str, str], named_above: dict[int, set[str]]) -> str | None:
    """二、以工代训补贴 / （二）补贴标准：每人每月300元 (h237 F3), 二、保费补贴比例 / （一）…中央财政补贴45%… (h248 F6): of the
    headings above an item, the nearest naming an instrument, where it is a section's and names exactly one (a clause above
    naming its own pays its sub-items itself: _instruments_from_lead_ins). ``named_above`` keeps each node's, read once."""
    k = node.parent
    while k is not None:
        above = nodes[k]
        if k not in named_above:
            # (a section with text after its items, a clause now, still heads them with its heading's words: h294 F5)
            text = (headings[above.path] if above.path in headings else section_heading(above)) if is_section(above) else join_paragraphs(above.paragraphs).text
            named_above[k] = _instruments_named(text or "")
        named = set(named_above[k])
        if named:
            return named.pop() if len(named) == 1 and is_section(above) else None
        k = above.parent
    return None


def _clause(path, printed, marker_end, para: Paragraph, parent, source, state, ctx, doc, aliases: dict,
            over: str | None = None) -> Clause:
    text = para.text

    def span_of(s: int, e: int):
        return para.span(source, s, e)

    heading = heading_of(text, marker_end)
    clause = Clause(path, printed, heading, text, para.span(source), parent)
    clause.units = extract_units(text, span_of, state, ctx)
    read, kept = cut_out(BREAK_READ_THROUGH, text, keep=para.row_ends)  # kept[i]: where read[i] is in the text
    read_span = spans_through(span_of, kept, len(text))  # a span of ``read`` as the text's

    clause.references = find_references(para, source, document_level=True, aliases=aliases)  # 落实《…》: this clause applies it
    clause.instruments, inst_offsets = _mentions(read, "instruments", read_span)
    clause.beneficiaries, group_offsets = _mentions(read, "groups", read_span)
    # 《…关于调整住房公积金贷款有关政策的通知》（…）同时废止: the words of a repealed text's title name none of the clause's concepts
    # (h300 F11: the 施行 clause had been paid as a 住房公积金贷款 row)
    repealed = [r.span for r in clause.references if r.relation == "repeals" and r.title]
    clause.instruments, clause.beneficiaries = ([m for m in found if not any(r.start <= m.span.start and m.span.end <= r.end for r in repealed)]
                                                for found in (clause.instruments, clause.beneficiaries))
    # (牵头单位：区人才办) (h239 F6): a group's label inside a responsible unit's name is no mention of the group
    clause.beneficiaries = [m for m in clause.beneficiaries
                            if not any(u.span.start <= m.span.start < m.span.end <= u.span.end for u in clause.units)]
    heading_end = bisect_left(kept, marker_end + len(heading))
    instruments = ConceptLinker(read, clause.instruments, inst_offsets, heading_end, refers_back=True, over=over)
    groups = ConceptLinker(read, clause.beneficiaries, group_offsets, heading_end)
    valued = _number_after_the_marker_apart(read, bisect_left(kept, marker_end))
    clause.amounts = extract_amounts(valued, read_span, instruments, groups)
    clause.rates = extract_rates(valued, read_span, instruments)
    titled = {read_span(p, p + 1).start for p in instruments.by_title}
    for value in (*clause.amounts, *clause.rates):
        if value.threshold and value.span.start in titled:
            value.instrument = None  # (（三）申请条件：年营业收入500万元以上 under 二、租金补贴: who qualifies, no payment)
    clause.periods = extract_periods(read, read_span, doc.date, standing_rule=is_standing_rule(doc.title) or _in_force_for_years(doc),
                                     restated=bool(INTERPRETATION.search(doc.title or "")), rounds_from=doc.effective_date)
    if (term_end := _term_end(doc)) is not None:
        clause.periods = [_in_the_term(p, term_end, doc.date) for p in clause.periods]
    return clause


# 涪城区2024年就业援助实施方案, 2024年工作要点: a text for one year, named in its title (not 2023—2025年, nor 2023年度汇算, a
# year looked back on: the review)
TITLE_YEAR = re.compile(r"(?<![\d—－\-~～至到])(?P<y>20\d{2})\s*年(?![度\d—－\-~～至到])")


def _term_end(doc: Document) -> dt.date | None:
    """The last day the document's tasks run to: its expiry, else the end of the one year its title is for, the year it
    was issued in (a notice of December on 2023年度 work is for the next months: the review)."""
    if doc.expiry_date is not None:
        return doc.expiry_date
    years = {m["y"] for title in (doc.title, doc.alternative_title) if title for m in TITLE_YEAR.finditer(title)}
    year = int(years.pop()) if len(years) == 1 else None
    return dt.date(year, 12, 31) if year is not None and doc.date is not None and doc.date.year == year else None


def _in_the_term(period: Period, term_end: dt.date, issued: dt.date | None) -> Period:
    """A day written with no year (1月至2月, 4月30日前), once passed taken as the next year's, past the last day of the
    document's term: the term's year's (h312 F2: 1月至2月 in 涪城区2024年…方案, issued in March, had been 2025's), unless
    that is more than half a year before the issue (a notice of 10 December asking for a report 1月15日前: the next January)."""
    if (period.kind not in ("deadline", "interval") or period.end is None or "年" in period.span.text
            or period.end.year != term_end.year + 1 or period.end <= term_end):
        return period
    earlier = [_a_year_before(day) for day in (period.begin, period.end)]
    if earlier[1] is None or issued is not None and earlier[1] < issued - STAGE_PASSED:  # (put back no further than a stage is)
        return period
    return replace(period, begin=earlier[0], end=earlier[1])


def _a_year_before(day: dt.date | None) -> dt.date | None:
    """The same day a year before; a month's last day the month's last then (2月 ends on the 29th in a leap year)."""
    if day is None:
        return None
    last = calendar.monthrange(day.year, day.month)[1]
    last_before = calendar.monthrange(day.year - 1, day.month)[1]
    return day.replace(year=day.year - 1, day=last_before if day.day == last else min(day.day, last_before))


def _in_force_for_years(doc: Document) -> bool:
    """本意见自2024年1月1日起施行，有效期至2026年12月31日: a text in force over several years, its 次年 / 当年 each round's, as a
    standing rule's are (h308 F8: 于次年4月30日前完成清算 one deadline from the issue year)."""
    start = doc.effective_date or doc.date
    return start is not None and doc.expiry_date is not None and (doc.expiry_date - start).days > 366


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """The files to ingest: files named, and supported files inside folders named (recursive).

    Folders are walked in sorted order, hidden files skipped; a file reached twice (named twice,
    or named and inside a folder named) is listed once. A path that does not exist is an
    ``IngestError`` naming it, raised before anything is read.
    """
    files: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES and not _hidden(f, p))
        elif p.is_file():
            found = [p]
        else:
            raise IngestError(str(p), "no such file or folder")
        for f in found:
            resolved = f.resolve()
            if resolved not in seen:
                seen.add(resolved)
                files.append(f)
    return files


def _hidden(path: Path, root: Path) -> bool:
    """A dot-file, or a file inside a dot-folder below ``root`` (.git, .ipynb_checkpoints)."""
    return any(part.startswith(".") for part in path.relative_to(root).parts)
