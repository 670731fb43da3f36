"""Compilations: one file holding many documents, each under a heading ``N. title（date）``.

Printed compilations (汇编) give each document a numbered heading with its date in brackets,
often wrapped over several lines and cut by page markers::

    1. 北京市交通委员会关于印发《北京市交通委员会全面优化营
    商环境助力企业高质量发展改革重点任务清单》的通知（2023
    年5 月12 日）

A file is a compilation by its shape, not its name: several such headings, numbered in
increasing order, each followed by a document's worth of text. A table of contents repeats
the headings with nothing under them, so those are not taken for documents. Everything here
works on the source text itself: ranges are offsets into it.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .metadata import FORWARD_CUE, VERSION_FOOTER
from .normalize import (
    CLOSING_FORMULA,
    CONTACT_FIELD,
    DATE_LINE,
    DOC_NUMBER_LINE,
    FOOTER_LINE,
    HEADING_DATE_NOTE,
    INTERPRETATION_TITLE,
    ISSUER_LINE,
    NUMBERING_START,
    ORDER_NUMBER_LINE,
    PAGE_DASHES,
    YEAR,
    ends_in_a_document_kind,
    names_a_document,
    running_lines,
    zeros_read,
)
from .numbers import as_int
from .places import gazetteer

# The start of a heading: a number and a dot at the start of a line, then Chinese text on the
# same line or, as PDF extraction often leaves it, on the next.
# any indentation (NBSP too); a title opening with 《 is a heading only with words after the 》 (4.《…》政策问答（date）):
# 1.《…》（date） is an entry of a list of policies inside a document
HEADING_START = re.compile(r"^[^\S\r\n]*(?:#{1,6}[^\S\r\n]+)?(\d{1,3})[^\S\r\n]*(?P<dot>[.．、])[^\S\r\n]*(?=[\u4e00-\u9fff“《]|\r?\n|$)")
NAMED_POLICY_ONLY = re.compile(r"《[^《》]*》[^\u4e00-\u9fff]*$")  # 《…》 and nothing after it but marks
# The end of a heading, with spaces removed: the date in brackets closing the line.
HEADING_DATE = re.compile(rf"[（(]({YEAR})年(\d{{1,2}}|[一二三四五六七八九十]{{1,2}})月"
                          rf"(?:(\d{{1,2}}|[一二三四五六七八九十]{{1,3}})日?)?(?P<note>{HEADING_DATE_NOTE})[)）]$")  # （2023年2月24日）, （二〇二三年三月二日）, （2023年6月）
PAGE_MARKER = re.compile(rf"^\s*(?:#+\s*Page\s*\d+\s*[:：]?|{PAGE_DASHES}\d{{1,4}}{PAGE_DASHES})\s*$", re.IGNORECASE)
NOT_CJK = re.compile(r"[^\u4e00-\u9fff]+")
# A compilation's section heading: a numbering and a region or place name alone on its line.
SECTION_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])\s*(\S{2,8})$")
SECTION_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])$")
REGIONS = {"华北", "东北", "华东", "华中", "华南", "西南", "西北", "中南", "国家层面", "中央层面", "国家部委", "地方"}
# A heading wraps over at most this many content lines (PDF text breaks titles at quotes), and its title is at least this long.
MAX_HEADING_LINES = 10
MIN_TITLE_CHARS = 8
MAX_TITLE_CHARS = 160
# A document under a heading holds at least this many Chinese characters; less is a table of
# contents entry (or a dated list item), not a document.
MIN_DOCUMENT_CJK = 150
# In a file that opens with a heading, a later heading with a few lines under it (文号, addressees)
# is the cut-off start of a document; a table of contents has next to nothing between its lines.
MIN_EXCERPT_CJK = 40
MIN_DOCUMENTS = 2
FIRST_LINE = re.compile(r"\s*([^\n]+)")  # the first line with text after a position
MAX_MARKS_UNDER_HEADING = 3  # page marks between a heading and its 文号 (# Page 12: / - 12 -)


@dataclass(frozen=True)
class Heading:
    number: int
    title: str  # the heading's text without number and date, spaces removed
    date: dt.date | None
    start: int  # offset of the heading's first character (its number) in the source
    end: int  # offset just after the closing bracket of the date
    line: int  # 1-based line of the heading
    title_start: int  # offsets of the title as written (line breaks and all) in the source
    title_end: int
    dated: bool = False  # closed by a date, perhaps of its month alone (（2023 年4 月）: ``date`` None)


@dataclass
class Piece:
    """One document of a compilation: its heading and its character range in the source."""

    heading: Heading | None  # None for a file that is not a compilation
    start: int
    end: int
    warnings: list[str] = field(default_factory=list)


def split_compilation(source: str) -> list[Piece] | None:
    """The documents of a compilation, in order; None when ``source`` is not a compilation."""
    source = zeros_read(source)  # (（2O23 年6 月8 日）: a heading's date a scan misread; one character for one, offsets stay)
    headings = find_headings(source)
    ends = [h.start for h in headings[1:]] + [len(source)]
    # an excerpt of a compilation opens with a heading (5. …的通知（date）) and may end with the
    # first lines of the next section's first document (三、华东 （一）上海 1. …): two documents
    opens = bool(headings) and _opens_with(source, headings[0])
    least = MIN_EXCERPT_CJK if opens else MIN_DOCUMENT_CJK
    heads = _running_heads(source.splitlines(keepends=True))
    with_body = [(h, end) for h, end in zip(headings, ends) if not _page_number_under(source, h)
                 and _cjk_count(source[h.end : end]) >= (MIN_EXCERPT_CJK if _numbered_under(source, h, heads) else least)]
    with_body = _short_ones_between(source, headings, ends, with_body)
    runs = _increasing_runs([h for h, _ in with_body])
    excerpt = opens and len(with_body) >= MIN_DOCUMENTS and with_body[0][0] is headings[0]
    # （二）黑龙江 / 3. … / （三）辽宁省 / 1. …: one document under each section's line, each a document (a mutation test: the
    # second had been read into the first)
    # (一、综合 / 1. … / 二、就业创业 / 1. …: sections by subject, their documents numbered anew: h242, read as one untitled text;
    # a plan's 一、总体要求 over its items stays one text, since its items are no headings of dated documents with a notice under)
    sectioned = len(runs) >= MIN_DOCUMENTS and all(_after_a_section_line(source, run[0].start, by_subject=True) for run in runs)
    if max((len(run) for run in runs), default=0) < MIN_DOCUMENTS and not excerpt and not sectioned:
        # （二十六）西藏 / 1. …的通知（date）: one document under its section's line, which is no part of it (blind tests:
        # the line had been read as the title, and the title and 文号 lost)
        under_section = bool(headings) and not opens and _no_document_before(source, headings[0])
        cut_off = _cut_off_heading(source, headings, headings[0]) if opens or under_section else None
        start = headings[0].start if under_section else 0
        if cut_off is None and start == 0:
            return documents_by_their_titles(source)  # (no numbered headings: each document under its own title, h298)
        piece = Piece(None, start, _trim_end(source, start, cut_off if cut_off is not None else len(source)))
        if start and not _opens_with(source, headings[0], sections=True):
            piece.warnings.append(f"the lines before the heading at line {headings[0].line} were left out: no document's own "
                                  "(a compilation's contents or running title, or the end of a document cut before it)")
        return [piece]
    # a run of one is kept when it opens a new section of the compilation (numbered from 1)
    kept = [run for run in runs if len(run) >= MIN_DOCUMENTS or run[0].number == 1 or (excerpt and run is runs[0]) or sectioned]
    pieces: list[Piece] = []
    for run in kept:
        for i, heading in enumerate(run):
            if i and heading.number != run[i - 1].number + 1:
                pieces[-1].warnings.append(
                    f"compilation numbering jumps from {run[i - 1].number} to {heading.number} at line {heading.line}: "
                    "a document without a recognisable heading may be inside the one before"
                )
            pieces.append(Piece(heading, heading.start, 0))
    running = running_lines(source.splitlines(keepends=True))
    cut_off = _cut_off_heading(source, headings, pieces[-1].heading) if pieces else None
    for piece, following in zip(pieces, [p.start for p in pieces[1:]] + [cut_off]):
        piece.end = _trim_end(source, piece.start, following if following is not None else len(source), running,
                              before_next=following is not None)
    return pieces


def _short_ones_between(source: str, headings: list[Heading], ends: list[int], with_body: list) -> list:
    """With them, the headings numbered between two documents' (1. … / 2. a short notice / 3. …) that have a few lines
    under them (addressees, one sentence, a signature): a document however short, its number in the sequence saying so (a
    blind test: a 75-character notice without a 文号 had become the closing text of the one before). A table of contents
    has next to nothing under its lines."""
    while True:  # (two short ones in a row: a notice shaped as one kept first, then the one between it and the document before)
        kept = {id(h) for h, _ in with_body}
        grown = [(h, end) for h, end in zip(headings, ends)
                 if id(h) in kept or _cjk_count(source[h.end : end]) >= MIN_EXCERPT_CJK and _in_sequence(h, source[h.end : end], with_body, headings)]
        if len(grown) == len(with_body):
            return grown
        with_body = grown


def _in_sequence(heading: Heading, under: str, with_body: list, headings: list[Heading]) -> bool:
    """The documents right before and right after it in the file are numbered one below and one above (not a list item
    2. inside document 2, whose neighbours are 2 and 3: a review); or it is a section's first (1., document 2 the next
    heading) or last (n+1 after document n, then a section numbered from 1 or the file's end, no n+2 under it: not a
    list's item), its title names a document and a notice is printed under it (a blind test: a short notice first or
    last in its section was lost; a review: not an item naming an earlier notice)."""
    before = [h for h, _ in with_body if h.start < heading.start]
    after = [h for h, _ in with_body if h.start > heading.start]
    below = bool(before) and before[-1].number == heading.number - 1
    above = bool(after) and after[0].number == heading.number + 1
    if below and above:
        return True
    following = next((h for h in headings if h.start > heading.start), None)
    first = heading.number == 1 and above and following is after[0]
    last = below and (not after or after[0].number == 1) and (following is None or following.number != heading.number + 1)
    # or next to a short one not yet kept, between the two documents around them (6. … / 7. …政策解读 / 8. …的通告 / 9. …:
    # 8 is signed as a notice, then 7 lies between 6 and 8; a blind test)
    previous = next((h for h in reversed(headings) if h.start < heading.start), None)
    beside_a_short_one = (above and following is after[0] and previous is not None and previous.number == heading.number - 1
                          and bool(before) and before[-1] is not previous and before[-1].number == heading.number - 2
                          or below and previous is before[-1] and following is not None and following.number == heading.number + 1
                          and bool(after) and after[0] is not following and after[0].number == heading.number + 2)
    return (first or last or beside_a_short_one) and names_a_document(heading.title) and _shaped_as_a_notice(under)


NOTICE_TAIL_LINES = 5  # a signature's date among the last lines (此件公开发布, 联系人, 附件 may follow it)


def _shaped_as_a_notice(text: str) -> bool:
    """A notice's shape, not a list's item and what follows it: its 文号 or its order's number first; or its addressees
    (各…：, perhaps wrapped) first or a closing formula (特此公告) in it, and a signature's date among its last lines."""
    lines = [re.sub(r"\s+", "", line) for line in text.splitlines() if line.strip() and not PAGE_MARKER.match(line)]
    if not lines:
        return False
    if DOC_NUMBER_LINE.match(lines[0]) or ORDER_NUMBER_LINE.match(lines[0]) or lines[0].endswith("令"):
        return True  # (a decision published by an order is dated by its heading alone)
    opening = lines[0] if lines[0].endswith(("：", ":")) else "".join(lines[:2])
    addressed = opening.endswith(("：", ":")) and ADDRESSEES.search(opening) is not None  # (not a field's label: 主要内容：)
    return (any(DATE_LINE.match(line) for line in lines[-NOTICE_TAIL_LINES:])
            and (addressed or any(CLOSING_FORMULA.search(line) for line in lines)))


# 各市、县（区）人民政府，省政府各部门：, 市行政审批局：: whom a notice is addressed to (a review: a catalogue entry's 主要内容：
# had passed for addressees, the entry for a notice)
ADDRESSEES = re.compile(r"^(?:各|有关|相关)|(?:政府|部门|单位|机构|[局委厅办院司处室行]|中心)(?:[（(][^（）()]{1,12}[）)])?[：:]$")


def _cut_off_heading(source: str, headings: list[Heading], last: Heading) -> int | None:
    """Where the next document's heading starts as the file's last lines, with (next to) nothing under it: an
    excerpt of a compilation cut after the heading that follows its last document (7. … / 8. …的通
    / 知（date）), or inside it, before its date (8. 温州市人民政府办公室关于印发温州市2023 年优化营商环境).
    Not the last document's text: only a heading numbered right after ``last``."""
    whole = next((h for h in headings if h.start > last.start and h.number == last.number + 1
                  and _cjk_count(source[h.end:]) < MIN_EXCERPT_CJK), None)
    return whole.start if whole else _heading_cut_before_its_date(source, last)


HEADING_LINE = re.compile(HEADING_START.pattern, re.MULTILINE)  # a heading's start at any line's


def _heading_cut_before_its_date(source: str, last: Heading) -> int | None:
    """The file's last lines open with the next number and a title's first words (…关于…), and end there;
    not the last item of a list numbered alike (3.… / 4.上海市院感防控…建设)."""
    for m in HEADING_LINE.finditer(source, last.end):
        number = int(m.group(1))
        if number != last.number + 1 and not (number == 1 and _after_a_section_line(source, m.start())):
            continue  # (the next section's first: （六）浙江 / 1. 浙江省…科技创新, a blind test)
        rest = source[m.end():]
        if (MIN_TITLE_CHARS <= _cjk_count(rest) < MIN_EXCERPT_CJK and not re.search(r"[。；！？]", rest) and "关于" in rest
                and not _after_item_numbered(source, m.start(), last.number)):
            return m.start(1)
    return None


def _after_item_numbered(source: str, at: int, number: int) -> bool:
    """The line before ``at`` with text opens with ``number.``: a list's items, not headings."""
    before = [line for line in source[:at].splitlines()[-4:] if line.strip() and not PAGE_MARKER.match(line)]
    previous = HEADING_START.match(before[-1]) if before else None
    return previous is not None and int(previous.group(1)) == number


PAGE_NUMBER_ALONE = re.compile(r"\s*\d{1,4}\s*")


def _page_number_under(source: str, heading: Heading) -> bool:
    """A contents' entry with its page on a line of its own (…的通知（2023 年7 月14 日） / 611), the next entry or section
    line after it (a blind test: the contents page had become a document of that title)."""
    first = FIRST_LINE.match(source, heading.end)
    if not first or not PAGE_NUMBER_ALONE.fullmatch(first.group(1)):
        return False
    second = FIRST_LINE.match(source, first.end())
    following = second.group(1).strip() if second else ""
    return bool(HEADING_START.match(following) or _is_section_line(following) or CONTENTS_ENTRY.fullmatch(following))


def _numbered_under(source: str, heading: Heading, heads: set[str] = frozenset()) -> bool:
    """A 文号 on the first line under the heading, past page marks and running heads (the page may end between them):
    a document, however short (a notice adjusting a standard), never a table of contents' entry."""
    pos = heading.end
    for _ in range(2 * MAX_MARKS_UNDER_HEADING + 1):
        line = FIRST_LINE.match(source, pos)  # not the rest of the file split per heading: quadratic
        if not line or not (PAGE_MARKER.match(line.group(1)) or line.group(1).strip() in heads):
            return bool(line) and bool(DOC_NUMBER_LINE.match(re.sub(r"\s", "", line.group(1))))
        pos = line.end()
    return False


def _opens_with(source: str, heading: Heading, sections: bool = False) -> bool:
    """Nothing but blank lines and page markers before ``heading`` (and, with ``sections``, the compilation's section
    lines: 三、华东 / （一）上海)."""
    return all(not line.strip() or PAGE_MARKER.match(line) or sections and _is_section_line(line)
               for line in source[: heading.start].splitlines())


def _is_section_line(line: str) -> bool:
    """三、华东, （七）湖北, or a section's number alone: the compilation's, naming a region or a place."""
    return _is_section_heading(line) or bool(SECTION_NUMBER.match(re.sub(r"\s+", "", line)))


def _after_a_section_line(source: str, at: int, by_subject: bool = False) -> bool:
    """The line before ``at`` (page marks and blank lines passed over, and a page's head and foot: a divider page, h149) is
    the compilation's section line (``by_subject``: or one naming a subject, 二、就业创业)."""
    furniture = _furniture_of(source)
    before = [line for k, line in enumerate(source[:at].splitlines()) if line.strip() and not PAGE_MARKER.match(line) and k not in furniture]
    return bool(before) and (_is_section_line(before[-1]) or by_subject and SECTION_HEADING.match(_bare(before[-1])) is not None)


# a contents' entry: a title, dot leaders and its page (…的通知（2023 年1 月19 日）…………… 801), or its first line numbered
CONTENTS_ENTRY = re.compile(r".*(?:[…\.．·]{3,}|\s{2,})\s*\d{1,4}$|\d{1,3}\s*[.．、].*|目\s*录")
COMPILATION_TITLE = re.compile(r".{0,30}(?:汇编|选编)(?:[（(][^（）()]{1,12}[）)])?(?:[·•\-—－\s].{0,12})?")  # …政策文件汇编（2023）·下册
DATE_ALONE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
# what opens a document of its own: its title (…关于…, …的通知) or its 文号 on a line, not numbered as a contents' entry is
OWN_TITLE_LINE = re.compile(r"^(?!\d{1,3}[.．、])[^。；，]{2,60}(?:关于[^。；，]{2,80}|(?:通知|意见|办法|措施|方案|决定|规定|细则|条例|通告|公告))$")
OWN_NUMBER_LINE = re.compile(r"^[\u4e00-\u9fff]{1,12}[〔\[［【(（]\d{4}[〕\]］】)）]第?\d{1,5}号$")


def _bare(line: str) -> str:
    return re.sub(r"\s+", "", line)


def _no_document_before(source: str, heading: Heading) -> bool:
    """What comes before a file's one heading is no document of its own: the compilation's section lines (三、华东, （七）湖北),
    its running title (…政策文件汇编（2023）·下册), a page of its contents (…的通知（date）…… 801), or the end of the document
    before, cut off, its signature's date last (blind tests: read as the document's first lines, the title and 文号 had been
    lost; not 一、重点任务 / 1. …的通知（date）, a text without a heading whose item cites a dated title: a review)."""
    content = [line.strip() for line in source[: heading.start].splitlines() if line.strip() and not PAGE_MARKER.match(line)]
    if not content:
        return False
    if DATE_ALONE.fullmatch(re.sub(r"\s+", "", content[-1])):  # (…湖北省发展和改革委员会 / 2023 年6 月12 日 / 3. …: the end of
        # the document before, cut off, with no title or 文号 of its own: not a whole document and a cut heading after it)
        return not any(OWN_TITLE_LINE.match(line) or OWN_NUMBER_LINE.match(line) for line in map(_bare, content))
    return all(_is_section_line(line) or CONTENTS_ENTRY.fullmatch(line) or COMPILATION_TITLE.fullmatch(re.sub(r"\s+", "", line))
               for line in content)


def find_headings(source: str) -> list[Heading]:
    """Every ``N. title（date）`` heading in ``source``, wrapped or not."""
    lines = source.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    headings = []
    heads = _running_heads(lines)
    for i, line in enumerate(lines):
        m = HEADING_START.match(line)
        if m:
            heading = _heading_at(source, lines, starts, i, m, heads)
            if heading is not None:
                headings.append(heading)
    # (a heading dated by its month alone, a notice printed under it: h242, it had been lost or read into the document before
    # where it opened a section; not a policy list's entry, 1.…实施意见（2023年4月） / 政策内容：…, the review)
    ends = [h.start for h in headings[1:]] + [len(source)]
    return [h for n, h in enumerate(headings)
            if h.date is not None or h.dated and _a_notice_under(source[h.end : ends[n]]) or _between_dated(headings, n)
            or not h.dated and _numbered_notice_under(source[h.end : ends[n]])]


NOTICE_HEAD_LINES = 8  # an issuing notice's addressees, its one or two sentences and its signature, before the text it issues


def _a_notice_under(text: str) -> bool:
    """A notice printed under a heading: shaped as one, or opening as one, addressed and signed within its first lines, the
    text it issues after (各市人力资源和社会保障局： / 现将《…》印发给你们 / … / 2023年6月16日 / 某省就业见习管理办法 / 第一条…: the
    second review, the document lost)."""
    if _shaped_as_a_notice(text):
        return True
    lines = [re.sub(r"\s+", "", line) for line in text.splitlines() if line.strip() and not PAGE_MARKER.match(line)][:NOTICE_HEAD_LINES]
    return bool(lines) and lines[0].endswith(("：", ":")) and ADDRESSEES.search(lines[0]) is not None and any(DATE_LINE.match(line) for line in lines)


def _numbered_notice_under(text: str) -> bool:
    """A whole notice under an undated heading: its 文号, its addressees next, a signature's date among its last lines
    (1.…的通知 / 桐人社〔2024〕15号 / 各乡镇人民政府…： / … / 2024年4月8日: a printed compilation's notices, dated by their
    signatures alone; h298 F3, three read as one untitled text). Not a list of texts repealed, each with its 文号 and no
    addressees under it (1.…的通知 / 皖政〔2020〕5号 / 2.…)."""
    lines = [re.sub(r"\s+", "", line) for line in text.splitlines() if line.strip() and not PAGE_MARKER.match(line)]
    if len(lines) < 3 or not DOC_NUMBER_LINE.match(lines[0]):
        return False
    addressed = lines[1].endswith(("：", ":")) and ADDRESSEES.search(lines[1]) is not None
    return addressed and any(DATE_LINE.match(line) for line in lines[-NOTICE_TAIL_LINES:])


def _between_dated(headings: list[Heading], n: int) -> bool:
    """An undated heading numbered on from the dated one before it, and on to the next where one follows (not a list of texts
    repealed, 1.…的通知 / 皖政〔2020〕5号, inside a document)."""
    before = headings[n - 1] if n > 0 else None
    after = headings[n + 1] if n + 1 < len(headings) else None
    return (before is not None and before.dated and before.number + 1 == headings[n].number
            and (after is None or after.number == headings[n].number + 1))


RUNNING_HEAD_TIMES = 2  # a line printed under this many page marks or more: the page's running head


def _running_heads(lines: list[str]) -> set[str]:
    """Lines printed at the top of pages (湖北省优化营商环境政策文件汇编 after each # Page N:): no heading's words."""
    after_marks = Counter(lines[i + 1].strip() for i in range(len(lines) - 1) if PAGE_MARK_LINE.match(lines[i]) and lines[i + 1].strip())
    return {text for text, times in after_marks.items() if times >= RUNNING_HEAD_TIMES and RUNNING_HEAD.fullmatch(text)}


PAGE_MARK_LINE = re.compile(r"^\s*#+\s*Page\s*\d+", re.IGNORECASE)  # (not a bare number: a date's part may stand alone)
# words only, no date, number or sentence; a compilation's year may open it (2023 年全国优化营商环境政策汇编: a blind test, a
# heading's date cut by the page had lost its document)
RUNNING_HEAD = re.compile(r"(?:\d{4}\s*年(?:度)?\s*)?[^\d（）()〔〕\[\]。；，,：:]{4,40}")


def _heading_at(source: str, lines: list[str], starts: list[int], first: int, m: re.Match,
                heads: set[str] = frozenset()) -> Heading | None:
    """The heading beginning at line ``first``, if its text closes with a date within a few lines (a page's mark and its
    running head passed over: （2023 年 / # Page 4: / …文件汇编 / 5 月18 日）, a blind test)."""
    text = ""
    content_lines = 0
    for j in range(first, len(lines)):
        line = lines[j] if j > first else lines[j][m.end() :]
        if j > first and (not line.strip() or PAGE_MARKER.match(line) and not _date_goes_on(text, line, lines[j + 1:j + 3])
                          or line.strip() in heads):
            continue
        if j > first and HEADING_START.match(line):
            return None
        text += re.sub(r"\s+", "", line)
        content_lines += 1
        if len(text) > MAX_TITLE_CHARS + 20 or content_lines > MAX_HEADING_LINES:
            return None
        date = HEADING_DATE.search(text)
        if date:
            title = text[: date.start()]
            if _cjk_count(title) < MIN_TITLE_CHARS or NAMED_POLICY_ONLY.match(title) or not _reads_as_heading(title, date, lines, j + 1):
                return None
            if m["dot"] == "、" and not _titled_as_a_document(title):
                return None  # 2、山东省…的若干措施（date）, not a plan's step 1、全面动员部署和摸底排查阶段（2023年6月30日）
            start, end = starts[first] + m.start(1), starts[j] + len(lines[j].rstrip())
            bracket = max(source.rfind("（", start, end), source.rfind("(", start, end))
            title_start = starts[first] + m.end()
            title_end = len(source[title_start:bracket].rstrip()) + title_start
            return Heading(int(m.group(1)), title, _date(date), start, end, first + 1, title_start, title_end, dated=True)
        if text and text[-1] in "。；！？":
            return None
        if (m["dot"] != "、" and _numbered_below(lines, j + 1, heads) and not _numbered_below(lines[: first][::-1], 0, heads)
                and _cjk_count(text) >= MIN_TITLE_CHARS and _titled_as_a_document(text)):
            # 3. 无锡市…的通知 / 锡市监发〔2023〕12 号: a heading with no date, its 文号 the next line (h234: run into the document
            # before); not after a 文号 line, a list of texts each with its number (皖政〔2020〕5号 / 2. …的通知: the review)
            start, end = starts[first] + m.start(1), starts[j] + len(lines[j].rstrip())
            return Heading(int(m.group(1)), text, None, start, end, first + 1, starts[first] + m.end(), end)
    return None


def _numbered_below(lines: list[str], after: int, heads: set[str]) -> bool:
    """The next line with text (page marks and running heads passed over) is a 文号 alone."""
    for line in lines[after : after + 4]:
        if not line.strip() or PAGE_MARKER.match(line) or line.strip() in heads:
            continue
        return DOC_NUMBER_LINE.match(re.sub(r"\s+", "", line)) is not None
    return False


def _reads_as_heading(title: str, date: re.Match, lines: list[str], after: int) -> bool:
    """A document's title holds no sentence (not an item: 2.推行…登记。申请人…审查。（2023年12月31日））; under a date without
    its day, it reads as a document's title (not a stage of a plan: 1.动员部署和摸底调查阶段（2023年6月））; with a note of an
    order or a meeting (…会议通过, …令第N号公布), a regulation's text follows (not a rule an amending decision lists)."""
    if any(c in title for c in "。；！？"):
        return False
    if MADE_BY_ORDER_OR_MEETING.search(date["note"]) and not DECISION.search(title) and not _regulation_follows(lines, after, title):
        return False
    return date.group(3) is not None or _titled_as_a_document(title)


def _titled_as_a_document(title: str) -> bool:
    """A document's title, not a task's words that end alike (1.编制年度推进计划（2023 年6 月））: it names a document, and
    says 关于 or opens with a place, a national body or a quoted title (北京市推动数字经济高质量发展三年行动计划（2023—2025年））."""
    return names_a_document(title) and ("关于" in title or title.startswith(("《", "国务院", "国家", "中共", "中国"))
                                        or gazetteer().match_prefix(title) is not None)


# a note of a regulation's or rule's making (…会议通过, …令第N号公布, …修正): the rules an amending decision lists are noted so
# too (1.…办法（2004年6月18日北京市人民政府令第152号公布） / 将第五条修改为…), so a regulation's text must follow; a note of
# its issuing alone (印发, 省市场监管局印发, 公布) needs none
MADE_BY_ORDER_OR_MEETING = re.compile(r"令|会议|批准|修正|修订|修改")
DECISION = re.compile(r"(?:决定|决议)$")  # a congress's or government's decision adopted by a meeting: any text follows
REGULATION_OPENS = re.compile(r"^\s*(?:第[一1]\s*(?:章|部分)|第[一1]\s*条(?!\s*(?:修改|删去|删除|增加|中))|目\s*录|[\u4e00-\u9fff]{2,30}(?:令|公告)\s*$"
                              r"|第\s*\d+\s*号\s*$|《[^《》]{4,80}》(?:已经|已于|业经|经))")  # (…《条例》已经…通过，现予公布: the order's words)
NOTE_LINE = re.compile(r"^\s*[（(][^（）()]*[）)]\s*$")  # （根据…修正）, a note of its own under the heading


def _regulation_follows(lines: list[str], first: int, title: str) -> bool:
    """The next line with text (past notes in brackets) opens a regulation: 第一章, 第一条 (not 第一条修改为…, an amendment),
    its contents, its order's or announcement's line or words, or its title again."""
    for line in lines[first : first + 6]:
        if not line.strip() or PAGE_MARKER.match(line) or NOTE_LINE.match(line):
            continue
        return bool(REGULATION_OPENS.match(line)) or re.sub(r"\s+", "", line) == title
    return False


def _date_goes_on(text: str, line: str, following: list[str]) -> bool:
    """A number alone on its line is part of the date or years being written, not a page number,
    when they are open before it and its unit follows (…（2023年3月 / 17 / 日）, …（2023 / —2025 / 年）)."""
    after = next((f.strip() for f in following if f.strip()), "")
    number = line.strip()
    if after[:1] not in ("年", "月", "日") or not number.lstrip("—–-－~～至").isdigit():
        return False
    if text.endswith(("（", "(", "年", "月")) or (text[-1:].isdigit() and number[:1] in "—–-－~～至"):
        return True
    digits = re.search(r"\d*$", text).group() + number  # （20 / 23 / 年: the rest of a year; not （2023 / 5 / 年
    return bool(digits) and len(digits) == (4 if after[0] == "年" else 2) and text[-1:].isdigit()


def _date(m: re.Match) -> dt.date | None:
    """The heading's date; None when it names no day (（2023年6月）: the signature may)."""
    if m.group(3) is None:
        return None
    try:
        return dt.date(*(as_int(m.group(i)) for i in (1, 2, 3)))
    except ValueError:
        return None


def _cjk_count(text: str) -> int:
    return len(NOT_CJK.sub("", text))  # a third of the time of counting a list of the ideographs found


def _increasing_runs(headings: list[Heading]) -> list[list[Heading]]:
    """Headings cut where the numbering restarts (a new section, or a table of contents)."""
    runs: list[list[Heading]] = []
    for h in headings:
        if runs and h.number > runs[-1][-1].number:
            runs[-1].append(h)
        else:
            runs.append([h])
    return runs


def _trim_end(source: str, start: int, end: int, running: set[str] = frozenset(), before_next: bool = False) -> int:
    """``end`` moved back over trailing whitespace, page markers, running heads and the
    compilation's own section headings (三、华东 （一）上海), which open the next document's section,
    not end this one; right before the next document's heading, also one heading by subject
    (二、交通运输) with nothing under it, unless it ends a numbered list (…（二）市财政局 / （三）市人社局)."""
    subject_heading_left = before_next
    while end > start:
        line_start = source.rfind("\n", start, end - 1) + 1
        tail = source[line_start:end]
        if _is_section_name(tail):  # 三、 / 华东: a section heading the page cut after its number
            before = source.rfind("\n", start, max(start, line_start - 1)) + 1
            if SECTION_NUMBER.match(re.sub(r"\s+", "", source[before:line_start])):
                line_start = before
                tail = source[line_start:end]
        furniture = PAGE_MARKER.match(tail) or re.sub(r"\s+", "", tail) in running
        if tail.strip() and not furniture and not _is_section_heading(tail):
            if not (subject_heading_left and _lone_subject_heading(source, start, line_start, tail)):
                return line_start + len(tail.rstrip())
            subject_heading_left = False
        end = line_start
    return end


def _lone_subject_heading(source: str, start: int, line_start: int, line: str) -> bool:
    """二、交通运输 as a piece's last line: a heading of the compilation by subject, not the last item
    of a list (the line above is not numbered alike)."""
    if not SECTION_HEADING.match(re.sub(r"\s+", "", line)):
        return False
    above = source[source.rfind("\n", start, max(start, line_start - 1)) + 1 : line_start]
    return not SECTION_HEADING.match(re.sub(r"\s+", "", above)) and not SECTION_NUMBER.match(re.sub(r"\s+", "", above))


def section_heads_blanked(text: str) -> str:
    """``text`` with each line beside a page mark that prints one of the compilation's section lines (（十七）福建) or its
    place (福建) blanked, one space for each character (the offsets stay): the section's running head, however few its
    pages (a blind test: printed once, it was glued into a unit's name, 省市场监福建管局, and a heading's title); the same
    words elsewhere stay (a list of places: a review)."""
    if "Page" not in text and "page" not in text:
        return text
    lines = text.splitlines(keepends=True)
    compact = [re.sub(r"\s+", "", line) for line in lines]  # (each line without its spaces, once)
    names = set()
    for line in compact:
        m = SECTION_HEADING.match(line)
        if m and _is_section_name(m.group(1)):
            names |= {m.group(1), m.group()}
    names |= _contents_subjects(lines, compact)
    if not names:
        return text
    heads = set()
    furniture = _page_furniture(lines, compact)
    for i, line in enumerate(lines):
        if PAGE_MARK_LINE.match(line):
            after = [j for j in range(i + 1, min(i + 4, len(lines))) if compact[j]][:2]  # (under the compilation's head too)
            before = [j for j in range(max(0, i - 3), i) if compact[j]][-1:]
            heads.update(j for j in after + before if compact[j] in names and not _opens_a_section(lines, j, furniture)
                         or _part_then_place(compact[j], names))
    if not heads:
        return text
    return "".join(re.sub(r"[^\r\n]", " ", line) if j in heads else line for j, line in enumerate(lines))


SUBJECT_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}")


def _contents_subjects(lines: list[str], compact: list[str]) -> set[str]:
    """The names of the sections a compilation's 目录 lists by subject or level (一、国家政策 / … / 三、市级政策), without
    their numbers: a book prints them alone as the running head of their pages, alternating with its title (h323 F1, F2:
    `市级政策` atop a page had stopped the split there, the next document read into the last article, and was glued into
    a clause). Only the contents' own section lines: a document's item (一、补贴标准) names no running head."""
    bare = [line for j, line in enumerate(compact) if line and not PAGE_MARK_LINE.match(lines[j]) and not PAGE_MARKER.match(lines[j])]
    at = next((k for k, line in enumerate(bare[:60]) if CONTENTS_LINE.fullmatch(line)), None)
    if at is None:
        return set()
    _, contents_end = _contents_titles(bare)
    return {m.group(1) for line in bare[at + 1 : contents_end]
            if (m := SECTION_HEADING.fullmatch(line)) and SUBJECT_NAME.fullmatch(m.group(1))}


# 地方篇·四川, 华东篇—福建: a part's name, then the section's place, as a page's running head (h166: glued into clauses)
PART_THEN_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}[·•・：:—－\-](?P<place>[\u4e00-\u9fff]{2,8})")


def _part_then_place(line: str, names: set[str]) -> bool:
    """地方篇·四川: a part's name, then one of the compilation's section places: a running head, wherever it stands."""
    return bool((m := PART_THEN_PLACE.fullmatch(line)) and m["place"] in names)


def _opens_a_section(lines: list[str], j: int, furniture: set[int] = frozenset()) -> bool:
    """（十七）福建 / 1. 福建省…的通知（date）: the section's own line, its first document's heading next, maybe over a
    page's foot and the next one's head (a divider page, or the section's line at a page's foot: h149, a document lost)."""
    following = next((line for k, line in enumerate(lines[j + 1 :], start=j + 1) if line.strip() and k not in furniture), "")
    return bool(re.match(r"\s*\d{1,3}\s*[.．、]", following))


REPEATED_ON_PAGES = 3  # a line printed this often is a page's head or foot
FOLIO_LINE = re.compile(r"[·•\-—－]*(?:第)?\d{1,4}(?:页)?[·•\-—－]*")  # · 411 ·, — 12 —, 第3页


@lru_cache(maxsize=4)  # (asked once for each run of a file's headings)
def _furniture_of(source: str) -> frozenset[int]:
    lines = source.splitlines()
    return frozenset(_page_furniture(lines, [re.sub(r"\s+", "", line) for line in lines]))


def _page_furniture(lines: list[str], compact: list[str]) -> set[int]:
    """The lines a page prints around its text: page marks, folios and lines printed on many pages (a section's line, however
    often printed as its running head, is none: it tells where the section opens)."""
    counts, running = Counter(compact), running_lines(lines)  # (the compilation's title atop a page, however few)
    return {j for j, line in enumerate(compact) if line and (PAGE_MARK_LINE.match(lines[j]) or FOLIO_LINE.fullmatch(line)
                                                              or (counts[line] >= REPEATED_ON_PAGES or line in running) and not _is_section_line(lines[j]))}


def _is_section_heading(line: str) -> bool:
    m = SECTION_HEADING.match(re.sub(r"\s+", "", line))  # letter-spaced too: （ 三 ） 辽 宁 省
    return bool(m) and _is_section_name(m.group(1))


def _is_section_name(text: str) -> bool:
    """A region (华东) or a place (上海) alone: what a compilation's section heading names."""
    name = re.sub(r"\s+", "", text)
    return 2 <= len(name) <= 8 and (name in REGIONS or gazetteer().lookup(name) is not None)


# A compilation printed without numbered headings (h298): each document opens with its own title, wrapped over up to
# three lines, after the signature's date (or a note, a 版记 line, the end of a page) of the one before, or after the
# compilation's cover and contents for the first:
#     …桐庐县人力资源和社会保障局 / 2024 年4 月8 日 / （联系人：…）
#     桐庐县人力资源和社会保障局 桐庐县财政局关于开展2024 年度 / 创业担保贷款贴息申报工作的通知
#     桐人社联〔2024〕3 号 / 各乡镇人民政府、街道办事处，各经办银行： / …
# A title opens a document when its 文号 and addressees follow it and a signature's date is in its text, or when the
# compilation's contents (目录) list it. A text under the signature of a notice forwarding or issuing one (转发…的通知 / … /
# the forwarded notice with its 文号; 现将《X》印发给你们 / … / X) is left to split_parts with it; an annex's title (附件 / …的通知)
# is no document's.
TITLE_LINES = 3
CONTENTS_LINE = re.compile(r"目\s*录")
LEADERS_AND_PAGE = re.compile(r"(?:[…\.．·]{3,}|\s{2,})\s*\d{1,4}$")  # …………… 5, the entry's page
ANNEX_LINE = re.compile(r"附\s*件\s*\d{0,2}\s*[：:]?")
PRINTED_NUMBER = re.compile(r"^\s*\d{1,3}\s*[.．、]\s*")  # a contents' entry's number (1.…)


def documents_by_their_titles(source: str) -> list[Piece] | None:
    """The documents of a compilation whose documents carry no numbered heading, each from its title; None unless two or
    more are found so."""
    if len(DOC_NUMBER_ANYWHERE.findall(source)) < MIN_DOCUMENTS and not CONTENTS_ANYWHERE.search(source):
        return None  # (most files: no two 文号 lines and no contents; nothing to look for)
    lines = source.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    running = running_lines(lines)
    content = [i for i, line in enumerate(lines) if line.strip() and not PAGE_MARKER.match(line) and _bare(line) not in running]
    bare = [_bare(lines[i]) for i in content]
    listed, contents_end = _contents_titles(bare)
    starts: list[tuple[int, str]] = []  # (index in ``content`` of the title's first line, the title)
    for n in range(contents_end, len(content)):
        for width in range(1, TITLE_LINES + 1):
            first = n - width + 1
            if first < contents_end or (starts and first <= starts[-1][0]):
                break
            title = "".join(bare[first : n + 1])
            listed_here = _bare_title(title) in listed and n + 1 < len(bare)
            if not _title_lines(bare[first : n + 1]) or not (
                    _closed_before(lines, content, bare, first, contents_end)
                    or _after_an_issued_text(bare, starts[-1][0] if starts else contents_end, first, n + 1)
                    or listed_here and _signed_under_a_sentence(bare, first, n + 1, listed)):
                continue
            if listed_here or not INTERPRETATION_TITLE.fullmatch(title) and (_opens_as_a_notice(bare, n + 1) or _dated_under(bare, n + 1)):
                starts.append((first, title))
                break
    # (a text the notice before forwards or issues is left in its piece: split_parts decides, as in any file)
    issued = {j for j in range(1, len(starts)) if _forwards_or_issues(bare[starts[j - 1][0] : starts[j][0]])}
    starts = [start for j, start in enumerate(starts) if j not in issued]
    # (a title listed in the contents, or its notice's shape: each must have a signature's date under it, or be listed)
    kept = []
    for j, (k, title) in enumerate(starts):
        end = starts[j + 1][0] if j + 1 < len(starts) else len(bare)
        if _bare_title(title) in listed or any(DATE_LINE.match(line) for line in bare[k:end]):
            kept.append(k)
    if len(kept) < MIN_DOCUMENTS:
        return None
    pieces = [Piece(None, offsets[content[k]], 0) for k in kept]
    if kept[0] > 0 and not _front_matter(bare[: kept[0]], contents_end):
        pieces.insert(0, Piece(None, 0, 0))  # (the text before the first title is a document of its own: not a cover's)
    for piece, following in zip(pieces, [p.start for p in pieces[1:]] + [len(source)]):
        piece.end = _trim_end(source, piece.start, following, running, before_next=following < len(source))
    return pieces


DOC_NUMBER_ANYWHERE = re.compile(r"(?m)^\s*[\u4e00-\u9fff]{1,12}[〔\[［]\s*\d{4}\s*[〕\]］]\s*第?\s*\d+\s*号\s*$")
CONTENTS_ANYWHERE = re.compile(r"(?m)^\s*目\s*录\s*$")


def _bare_title(title: str) -> str:
    return PRINTED_NUMBER.sub("", title)


def _contents_titles(bare: list[str]) -> tuple[set[str], int]:
    """The titles a contents page lists (a 目录 line, then entries wrapped over up to three lines, each closed by its dot
    leaders and page, or a line ending in a document's kind), and the index of the first line after it (0 where none). An
    entry left open where the contents stop is the first document's own title (its lines are not the contents')."""
    at = next((k for k, line in enumerate(bare[:60]) if CONTENTS_LINE.fullmatch(line)), None)
    if at is None:
        return set(), 0
    titles: set[str] = set()
    entry, entry_start, with_pages = "", at + 1, False
    for k in range(at + 1, len(bare)):
        line = bare[k]
        if not entry and SECTION_HEADING.fullmatch(line):
            continue  # (一、就业政策: the compilation's section, over its entries)
        paged = LEADERS_AND_PAGE.search(line)
        text = re.sub(r"[…\.．·\s]+$", "", entry + (line[: paged.start()] if paged else line))
        if (any(c in line for c in "。；：:") or DOC_NUMBER_LINE.match(line) or DATE_LINE.match(line)
                or not paged and any(title.startswith(_bare_title(text)) for title in titles)):
            return titles, entry_start  # (the first title printed again: the contents are over)
        if paged and not text:
            continue  # (…若干措施 / ……… 1: the page of the entry just closed, on a line of its own)
        if paged or not with_pages and ends_in_a_document_kind(text) and names_a_document(text):
            with_pages = with_pages or bool(paged)  # (entries with their pages: a line without one is none)
            titles.add(_bare_title(text))
            entry, entry_start = "", k + 1
        elif k - entry_start + 1 >= TITLE_LINES:
            return titles, entry_start
        else:
            entry = text
    return titles, entry_start


def _title_lines(lines: list[str]) -> bool:
    """Lines that make a document's title: no sentence, no date, 文号, note, annex label, contents' entry or numbering among
    them, a document's kind closing the last only (a line ending …的通知 ends its title), the whole reading as one."""
    for j, line in enumerate(lines):
        if (any(c in line for c in "。；！？：:，") or DATE_LINE.match(line) or DOC_NUMBER_LINE.match(line) or NOTE_LINE.match(line)
                or ANNEX_LINE.fullmatch(line) or LEADERS_AND_PAGE.search(line) or CONTENTS_LINE.fullmatch(line)
                or HEADING_START.match(line) or NUMBERING_START.match(line) or FOOTER_LINE.match(line) or _version_line(line)
                or j < len(lines) - 1 and ends_in_a_document_kind(line) or COMPILATION_TITLE.fullmatch(line)):
            return False
    title = "".join(lines)
    return MIN_TITLE_CHARS <= _cjk_count(title) and len(title) <= MAX_TITLE_CHARS and _titled_as_a_document(title)


def _closed_before(lines: list[str], content: list[int], bare: list[str], first: int, contents_end: int) -> bool:
    """What is right before a title that opens a document: nothing, the contents or the cover (the first document), or the
    close of the document before: its signature's date, a note or contact line, its 版记, or a sentence closing a page."""
    if first == 0 or first == contents_end or _cover(bare[:first]):
        return True
    before = bare[first - 1]
    if ANNEX_LINE.fullmatch(before):
        return False  # (附件 / …的通知 / 文号: the annex of the document before, printed whole, is its own)
    if (DATE_LINE.match(before) or NOTE_LINE.match(before) or CONTACT_FIELD.match(before) or FOOTER_LINE.match(before)
            or SECTION_HEADING.fullmatch(before) or _version_line(before) or LEADERS_AND_PAGE.search(before) or COMPILATION_TITLE.fullmatch(before)):
        return True
    page_between = any(PAGE_MARKER.match(line) for line in lines[content[first - 1] + 1 : content[first]])
    return page_between and before.endswith(("。", "！"))


MONTH_LINE = re.compile(rf"{YEAR}年(?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}})月")  # 2023年9月, 二〇二三年九月: a cover's month
EDITION_LINE = re.compile(r"[（(]\d{4}年(?:版|度)?[）)]")  # （2023年版）
COMPILED_BY = re.compile(r"(?:编印|主编|编)$")  # 广安市就业创业工作领导小组办公室 编
MAX_COVER_LINES = 6


def _cover(lines: list[str]) -> bool:
    """The file's first lines are a cover, no document's: the compilation's title, its edition, the compiler's name (perhaps
    with 编) and the month, each alone on a line, a month among them (h323 F3: with no 目录 after it, the compiler and the
    month had been read into the first title, the compiler as its issuer, and the compilation left unsplit)."""
    return (0 < len(lines) <= MAX_COVER_LINES and any(MONTH_LINE.fullmatch(line) for line in lines)
            and all(MONTH_LINE.fullmatch(line) or EDITION_LINE.fullmatch(line) or COMPILATION_TITLE.fullmatch(line)
                    or ISSUER_LINE.match(COMPILED_BY.sub("", line)) for line in lines))


def _after_an_issued_text(bare: list[str], since: int, first: int, at: int) -> bool:
    """A notice's title right under the last item of a text issued by the notice before (关于印发… / signature / the text,
    which has no signature of its own), its 文号 and addressees under it: the next document (h323 F5: it had become part
    a1 of the one before, its dates that document's)."""
    if not bare[first - 1].endswith(("。", "！")) or not _opens_as_a_notice(bare, at):
        return False
    before = bare[since:first]
    signed = next((k for k, line in enumerate(before) if k and DATE_LINE.match(line)), None)
    return (signed is not None and signed + 1 < len(before) and ISSUING_ACT.search("".join(before[:signed])) is not None
            and not any(DATE_LINE.match(line) for line in before[signed + 1 :]))


def _signed_under_a_sentence(bare: list[str], first: int, at: int, listed: set[str]) -> bool:
    """A title the 目录 lists, right under a sentence ending the text before (a 政策解读 printed under its policy's last item),
    signed with a date before the next title the 目录 lists (h323 F7: an entry of its own in the 目录, it had stayed its
    policy's closing text; not a second issued text, unsigned, under the first's last item)."""
    if not bare[first - 1].endswith(("。", "！", "？")):
        return False
    for line in bare[at:]:
        if DATE_LINE.match(line):
            return True
        if (len(line) >= MIN_TITLE_CHARS and not ISSUER_LINE.match(line)  # (its signature's issuer, which may open a title)
                and any(title.startswith(_bare_title(line)) for title in listed)):
            return False
    return False


def _version_line(line: str) -> bool:
    """A 版记's line (抄送：…, …办公室 2024年4月8日印发), not a title's first words wrapped after 印发 (…办公室关于印发)."""
    return bool(VERSION_FOOTER.match(line)) and not (line.endswith("印发") and not line.endswith("日印发"))


def _opens_as_a_notice(bare: list[str], at: int) -> bool:
    """A notice's head under a title: its 文号 alone, then its addressees (各…：)."""
    return (at + 1 < len(bare) and DOC_NUMBER_LINE.match(bare[at]) is not None and bare[at + 1].endswith(("：", ":"))
            and ADDRESSEES.search(bare[at + 1]) is not None)


BRACKETED_DATE_LINE = re.compile(rf"[（(]{DATE_LINE.pattern[1:]}")  # （2024 年4 月12 日）, （2024年4月12日印发）
MAX_ISSUER_LINES = 2


def _dated_under(bare: list[str], at: int) -> bool:
    """A document's date under its title, alone in brackets (（2024 年4 月12 日）), or after its issuers' lines."""
    if at < len(bare) and BRACKETED_DATE_LINE.match(bare[at]):
        return True
    k = at
    while k < len(bare) and k - at < MAX_ISSUER_LINES and ISSUER_LINE.match(bare[k]):
        k += 1
    return k > at and k < len(bare) and DATE_LINE.match(bare[k]) is not None


def _forwards_or_issues(before: list[str]) -> bool:
    """The notice before a title says it forwards or issues a text (转发 in its title or preamble, split_parts' own cue, or
    its act 关于印发…, 现将《X》印发给你们), and the title follows its signature at once (only its notes, contact lines or 版记
    between): the text it forwards or issues, which split_parts reads with it (forwarded: a document of its own that the
    notice forwards; issued: one document). Not a task's 转发 in an item, nor a text after the one it issues (附件 / X / …)."""
    signed = next((k for k, line in enumerate(before) if k and DATE_LINE.match(line)), None)
    if signed is None or not all(_a_signatures_close(line) for line in before[signed + 1 :]):
        return False
    first_item = next((k for k, line in enumerate(before[:signed]) if k and NUMBERING_START.match(line)), signed)
    preamble = "".join(before[:first_item])
    return FORWARD_CUE.search(preamble) is not None or ISSUING_ACT.search(preamble) is not None


ISSUING_ACT = re.compile(r"关于(?:印发|发布|下发)|(?:印发|发布|下发)《|(?:印发|下发)给你们|现将[^。；：:]{0,80}?(?:印发|下发|发布)")


def _a_signatures_close(line: str) -> bool:
    """What may follow a notice's signature's date: the signature's lines, a note (（此件主动公开）), a contact line, its 版记."""
    return bool(DATE_LINE.match(line) or ISSUER_LINE.match(line) or NOTE_LINE.match(line) or CONTACT_FIELD.search(line)
                or FOOTER_LINE.match(line) or _version_line(line))


def _front_matter(bare: list[str], contents_end: int) -> bool:
    """The lines before the first document's title are a cover and contents (汇编's title, 编, its month; a 目录), not a
    document's: a contents page before it, or no sentence and no signature's date among them."""
    return contents_end > 0 or not any(DATE_LINE.match(line) or re.search(r"[。；]", line) for line in bare)
