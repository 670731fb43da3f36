"""Sections and clauses from numbered paragraphs, for every numbering style.

Levels come from the conventional rank of each style (第X章 > 第X节 > 第X条 > 1 / 1.1 / 1.1.1 > 一、 > 第一， > （一） >
1. > （1） > 1） > ①; the decimal headings of an 应急预案 as normalize read them, a level per depth): an item nests under the nearest open item of a higher rank, and closes the open items
of its own rank or lower. So 1. items directly under 一、, or under （一）, nest either way.

A plain ``1.`` at the start of a line is weak evidence (it may be a number that continues a
sentence), so it counts as an item only when it starts a list (1) or continues the last ``1.``
numbering of the document: items 1.–45. running on across （一）–（六） sub-headings are all items.

A numbered item whose own text is only a heading (short, no sentence end) and that has numbered
children is a *section* (unless it has text of its own after them); every other numbered item is a *clause*. Text before the first item is
preamble; text after a clause that has closed (its responsibility line was given, or a closing
formula starts) is a closing segment. A compilation heading ``1. title（2023年6月20日）`` is
preamble. An ``附件`` line after the items, or top-level numbering that starts again at 1 (a
second document, an unlabelled annex), opens a new part whose paths start ``a1.``, ``a2.``.
A part with no numbered items at all gets its paragraphs as clauses.

Paths are unique and sort in document order with ``path_key``: a numbering that restarts under
the same parent gets a run suffix (``1-2`` is item 1 of the second run). Gaps and repeats in the
numbering are reported in ``Structure.warnings``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Section, Segment
from .normalize import (
    CLOSING_FORMULA,
    CLOSING_FORMULA_WORDS,
    CONTACT_FIELD,
    DATE_LINE,
    INTERPRETATION_TITLE,
    INTERPRETER_FIELD,
    ISSUER_LINE,
    ITEM_LABEL,
    NAME_LIST_TITLE,
    ORDINALS_LISTED,
    SELF_NAMED,
    YEAR,
    Paragraph,
    ends_in_a_document_kind,
    is_heading_only,
    is_standalone,
    names_a_document,
)
from .numbers import as_int
from .units import LABELLED, OTHER_COLUMNS, closes_with_units, find_responsibility_group, find_units_group, is_bare_unit_bracket

CN_NUM = "[一二三四五六七八九十百零〇两]+"
MARKERS = [
    ("part", re.compile(rf"^第(?P<n>{CN_NUM}|\d+)部分\s*")),  # 第二部分 重点任务: above chapters
    ("chapter", re.compile(rf"^第(?P<n>{CN_NUM}|\d+)章\s*")),
    ("jie", re.compile(rf"^第(?P<n>{CN_NUM}|\d+)节\s*")),
    ("article", re.compile(rf"^第(?P<n>{CN_NUM}|\d+)条\s*")),
    ("cn_dun", re.compile(rf"^(?P<n>{CN_NUM})[、.．﹒]{ORDINALS_LISTED}\s*")),  # not 二、三季度
    ("cn_ordinal", re.compile(r"^第(?P<n>[一二三四五六七八九十]{1,3})[，,](?=\S)")),  # 第一，加大房租减免力度。…
    ("labelled", re.compile(rf"^{ITEM_LABEL}(?P<n>[一二三四五六七八九十]{{1,3}})[：:]\s*")),  # 政策一：… (z311)
    ("cn_paren", re.compile(rf"^[（(](?P<n>{CN_NUM})[）)]\s*")),
    # 1.2024年底前…; 1 加强… (not 1 800元: a sum the PDF spaced, its line cut before it)
    ("ar_dot", re.compile(r"^(?P<n>\d{1,3})(?:[.．﹒、](?!\d)|[.．﹒](?=(?:19|20)\d{2}\s*年)|\s(?!\s*\d{3}(?:\.\d+)?\s*元)(?!\s*(?:[年月]|日(?:[，,。前起内止]|$))))\s*")),  # (not 12 月31 日: a date cut, a mutation test)
    ("ar_paren", re.compile(r"^[（(](?P<n>\d{1,3})[）)]\s*")),
    ("ar_half", re.compile(r"^(?P<n>\d{1,3})[）)](?![）)])\s*")),  # 1）…: under （1） where both are used
    ("circled", re.compile(r"^(?P<n>[①-⑳])\s*")),
    ("latin", re.compile(r"^(?P<n>[a-h])[）)](?![）)])\s*")),  # a） b） c）: sub-items lettered (z319)
]
RANK = {style: rank for rank, (style, _) in enumerate(MARKERS)}
# 1 总则 / 1.1 编制目的 / 5.1.3 响应措施: an 应急预案's decimal headings (normalize.decimal_heading_lines), a style per depth,
# under 第X条 and over 一、, （1）, 1. (h295 F1); each level's number is its own, so 5.1.3's path is 5.1.3
DECIMAL_DEPTHS = 4
DECIMAL_STYLES = {f"decimal{depth}" for depth in range(1, DECIMAL_DEPTHS + 1)}
RANK.update({f"decimal{depth}": RANK["article"] + depth / (DECIMAL_DEPTHS + 1) for depth in range(1, DECIMAL_DEPTHS + 1)})
DECIMAL_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}")
# 问：… / 答：…: a 政策问答's or 解读's question, whose answer is its clause's text (its rank set by the heading it is under)
RANK["qa"] = RANK["cn_paren"] + 0.5
QUESTION = re.compile(r"^问(?:题(?=\s*[\d一二三四五六七八九十]))?\s*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[：:]")
# (问一：…, 问题1：…: h262 F6, the seventh review; not 问题：…, a 整改方案's field: the sixth)
WEAK_STYLES = {"ar_dot", "ar_half", "cn_ordinal"}
FIXED_ARTICLE_STYLES = {"part", "chapter", "jie", "article"}  # may be a number continuing a sentence
RUN_ON_SLACK = 3  # a weak item may skip this many numbers and still count (a gap, warned)
ELLIPSIS_LINE = re.compile(r"\s*(?:…{2,}|\.{6,}|．{6,}|·{6,})\s*")  # ……, a line of dots alone: an excerpt's omission mark
OMISSION = re.compile(r"[…\.．。·\s]{2,}|[（(]?(?:略|此处略|中略)[）)]?")  # …… / （略）: text left out of an excerpt
# 本办法自…起施行 / 本通知由…负责解释, not 本规定所称…是指 (a definition: an article's paragraph) nor 本办法施行前已认定的…
# (a transitional rule: the paragraph of the article or item it follows)
INTERPRETS_THE_ABOVE = re.compile(r"(?:以上|上述)(?:各项)?(?:政策措施|政策|措施|条款|规定|内容|意见|办法)?由[^。；]{2,80}负责解释"
                                  # 以上第1—4条由X牵头，Y配合；第5—7条由…: who answers for the items above, by their numbers
                                  r"|(?:以上|上述)\s*第\s*\d{1,3}\s*(?:[—－\-~～至到、]\s*第?\s*\d{1,3}\s*)*条")
CLOSING_START = re.compile(
    r"^(?:本政策(?=自|从)|本(?:实施)?(?:意见|办法|通知|文件|措施|方案|规定|细则|举措|政策措施|条例|决定|协议)(?!所称|所指|所列|所述|(?:施行|实施|印发|发布)(?:之|以)?[前后]"
    # 本办法激励对象为…: whom or what the text is for, under a heading of the body (h157: moved to the closing text)
    r"|(?:激励|奖励|支持|扶持|补贴|资助|适用|服务|实施|申报)(?:对象|范围|标准|条件))"
    # 以上措施由X负责解释: who interprets the text, after its last item (a blind test: it had been the last item's units)
    rf"|{INTERPRETS_THE_ABOVE.pattern}"
    rf"|此件|抄送|主题词|附件|相关附件|联系人[：:]|联系电话[：:]|(?:解读机关|解读单位|解读部门|解读人)\s*[：:]|{CLOSING_FORMULA_WORDS})"
)
# a file offered for download under a web page's text (1. 珠海市…申报指南.docx)
FILE_NAME = re.compile(r"\.(?:docx?|pdf|xlsx?|wps|et|ofd|zip|rar|txt)\s*$", re.IGNORECASE)
# an attachment that is a form to fill in (…补贴申请表, 申报书, 承诺书), not a list of tasks or policies (分工表, 清单)
# (its first field may be glued to the title: …补贴申请表单位名称（盖章）：＿＿)
FORM_TITLE = re.compile(r"(?:(?:申请|申报|登记|报名|审批|审核|备案|推荐)表(?:[（(][^（）()]{1,12}[）)])?|(?:申请|申报|承诺|推荐)书)"
                        r"(?=$|[^，。；：:]{1,14}[：:]\s*(?:[＿_]{2,}|$))")  # (…申请表申报单位（盖章）：, its blank on the next line: z234)


FILLED_IN_TITLE = re.compile(r"(?:情况|信息)表$")
BLANK = re.compile(r"[＿_]{2,}")
LISTED_ATTACHMENT = re.compile(r"\d{1,2}\s*[.．、]")


def _names_a_form(appendix: re.Match, following: list[Paragraph]) -> bool:
    """附件1 宜昌市…补贴申请表, or 附件1 alone with the form's title on the next line."""
    title = appendix["title"].strip() or (following[0].text if following else "")
    if LISTED_ATTACHMENT.match(title):
        return False  # (附件：1.…申请表 lists the attachments)
    fields = " ".join(p.text for p in following)  # 企业基本情况表 / 1.注册资本：＿＿: a table of facts to fill in
    return bool(FORM_TITLE.search(title)) or bool(FILLED_IN_TITLE.search(title)) and bool(BLANK.search(fields))


APPENDIX_LINE = re.compile(r"^(?P<label>附[件表]\s*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})?)\s*[：:]?\s*(?P<title>[^。；！？]{0,60})$")
SENTENCE_END = re.compile(r"[。；！？;!?]")
HEADING_MAX = 60
# （2023年6月20日）, （二〇二三年六月二十日）: the date forms of metadata.COMPILATION_HEADING
DATE_IN_BRACKETS = rf"[（(]\s*{YEAR}\s*年\s*[\d一二三四五六七八九十]{{1,2}}\s*月(?:\s*[\d一二三四五六七八九十]{{1,3}}\s*日?)?\s*[）)]"
COMPILATION_HEADING = re.compile(rf"^\d{{1,3}}\s*[.．﹒、]\s*[^。；！？]{{4,200}}{DATE_IN_BRACKETS}$")
PAGE_MARKER = re.compile(r"#+\s*Page\s*\d+\s*[:：]?", re.IGNORECASE)


@dataclass
class Marker:
    style: str
    printed: str  # the number as printed, with its brackets: （六）
    value: int
    end: int  # where the item's own text begins
    text_after: str = ""  # the first characters of the item's own text


@dataclass
class Node:
    marker: Marker
    paragraphs: list[Paragraph]
    depth: int
    parent: int | None
    path: str = ""
    children: list[int] = field(default_factory=list)
    closed: bool = False
    after_items: list[Paragraph] = field(default_factory=list)  # its own text written after its items: a responsibility bracket
    part: int = 0  # 0: the document itself; k: its k-th 附件
    run: int = 0  # 0, or how many times its numbering restarted under the same parent before it


def match_marker(text: str) -> Marker | None:
    for style, regex in MARKERS:
        m = regex.match(text)
        if m:
            n = m.group("n")
            value = ord(n) - ord("①") + 1 if style == "circled" else ord(n) - ord("a") + 1 if style == "latin" else as_int(n)
            printed = text[: m.end()].strip()
            return Marker(style, printed, value, m.end(), text[m.end() : m.end() + 8])
    return None


def decimal_marker(p: Paragraph) -> Marker | None:
    """The number of a decimal heading (3.1市减灾委员会: 1 at depth 2), where normalize read the line as one."""
    m = DECIMAL_NUMBER.match(p.text) if p.decimal_heading else None
    if m is None:
        return None
    numbers = m.group().split(".")
    return Marker(f"decimal{len(numbers)}", m.group(), int(numbers[-1]), m.end(), p.text[m.end() : m.end() + 8])


def join_paragraphs(paragraphs: list[Paragraph]) -> Paragraph:
    """One Paragraph for several, separated by newlines (mapped to the end of the previous one)."""
    text, offsets, row_ends = [], [], []
    for i, p in enumerate(paragraphs):
        if i:
            if paragraphs[i - 1].table_row or paragraphs[i - 1].sum_row:
                row_ends.append(len(offsets))  # (the break after a table's row: h288 F8)
            text.append("\n")
            offsets.append(paragraphs[i - 1].offsets[-1])
        row_ends += [len(offsets) + k for k in p.row_ends]
        text.append(p.text)
        offsets.extend(p.offsets[:-1])
    offsets.append(paragraphs[-1].offsets[-1])
    return Paragraph("".join(text), offsets, paragraphs[0].line, row_ends=tuple(row_ends))


@dataclass
class Structure:
    preamble: list[Paragraph]
    nodes: list[Node]
    closing: list[list[Paragraph]]  # runs of paragraphs that belong to no clause
    warnings: list[str] = field(default_factory=list)
    rank: dict[str, float] = field(default_factory=lambda: dict(RANK))  # how deep each style sits in this document
    part_titles: dict[int, PartTitle] = field(default_factory=dict)  # a part's number (as in its paths) -> its title
    answer_ranks: dict[str, float] = field(default_factory=dict)  # styles ranked under an open question: their own ranks


@dataclass
class PartTitle:
    """The title a part is printed under (附件2 / 温州市…培育办法; 印发《A》和《B》: B's title): a section over its items."""

    label: Paragraph | None  # 附件2 alone on its line, above the title
    title: Paragraph
    heading: str  # the title's words, without a label on its line (附件2：…)


@dataclass
class _Numbering:
    """What has been seen of the numbering so far, to place and check the next item."""

    stack: list[int] = field(default_factory=list)  # open nodes, outermost first
    last_value: dict[str, int] = field(default_factory=dict)  # style -> last value in this part
    last_child: dict[tuple[int | None, str], Node] = field(default_factory=dict)  # (parent, style) -> previous sibling
    last_sibling: dict[int | None, Node] = field(default_factory=dict)  # parent -> previous child, any style
    runs: dict[int | None, int] = field(default_factory=dict)  # parent -> restarts of its children so far
    omitted: bool = False  # a line of dots (……) left text out: the next strong number may jump ahead (第十二条 / …… / 第四十五条)
    last_row: int = 0  # the last table row's number: items numbered on after the table go on from it (8．… / 9–12 / 13．…)


def parse_structure(paragraphs: list[Paragraph], is_issued_title=lambda text: False, annex: Paragraph | None = None) -> Structure:
    """``is_issued_title(text)``: whether a line is the title of one of the texts a notice issues (印发《A》和《B》):
    after A's items, B's title opens B's part. ``annex``: the first paragraph of an attached text whose label and title
    were taken off (附件：…清单 / …清单 with no signature above: h189, its rows had become the last item's)."""
    structure = Structure([], [], [])
    if _sections_over_articles(paragraphs):  # 一、支持企业技术改造 / 第一条 …: 一、 heads articles here, as a 节 does
        structure.rank["cn_dun"] = RANK["jie"]
    nodes = structure.nodes
    numbering = _Numbering()
    part = 0
    headings: list[Paragraph] = []  # compilation headings
    listing: tuple[str, int] | None = None  # after 附件：(1.…): the style and number an attachment list's next entry has
    listed: list[Paragraph] = []  # the entries of such a list
    listed_from: tuple[int, _Numbering] | None = None  # the part and numbering before a list's 附件： line opened a part
    pending: list[Paragraph] = []  # after a closed clause: its own text if another item follows
    loose: list[Paragraph] | None = None  # closing text: after the items, until the next item
    i = 0
    inline_next: int | None = None  # the number the next item run inline would have
    interpretation: list[Paragraph] = []  # a policy's interpretation printed after it: closing text, no clauses
    paragraphs = list(paragraphs)
    form = False  # inside an attachment that is a form to fill in
    while i < len(paragraphs):
        p = paragraphs[i]
        i += 1
        closing_inside = CLOSING_INSIDE.search(p.text) if nodes and "本" in p.text and not match_marker(p.text) else None
        opening = OPENING_MARKER.match(p.text)
        own_value = _marker_value(opening) if opening else None
        numbered = bool(opening) or p.text[:1] in MARKER_FIRST_CHARS and match_marker(p.text) is not None
        if numbered:  # a paragraph's own number: a run inline goes on from it, or none does
            inline_next = own_value + 1 if opening else None
        # …等问题，（1）全面梳理…。（X牵头）（2）进一步完善…: items run inline, each a clause of its own (not a preamble's list
        # of texts); after the last, 3.…。以上奖励资金由X负责兑现: a sentence on all of them, the items' lead-in's again
        # (not in a table's row: 3 / 1.…；2.… in its cell are the row's points, z314)
        cut = (_inline_item_at(p.text, inline_next, paragraphs[i : i + INLINE_LOOK_AHEAD], own_value // STYLE_STEP if opening else None)
               if (nodes or numbered) and not p.table_row and INLINE_HINT.search(p.text) else None)
        if cut is None and opening and (summary := ITEMS_SUMMARY.search(p.text)):
            cut = summary.start()
        if cut is None and "。（" in p.text:
            cut = _next_item_mid_line(p.text, paragraphs[i : i + NEXT_ITEM_LOOK_AHEAD])
        if cut is None and p.text.startswith("答"):
            cut = _items_after_an_answers_mark(p.text, paragraphs[i : i + 1])
        if cut is not None:
            head, rest = _split_paragraph(p, cut)
            paragraphs.insert(i, rest)
            p = head
        if closing_inside:  # …不重复享受。本通知自2023年7月1日起施行…: the closing text starts inside a paragraph after an item's
            # first (（一）加强组织实施。本措施自印发之日起施行。 is that item's own words)
            head, p = _split_paragraph(p, closing_inside.start())
            paragraphs.insert(i, p)
            p = head
        if nodes and INTERPRETATION_TITLE.fullmatch(p.text) and not match_marker(p.text):  # not （二）做好政策解读
            interpretation = paragraphs[i - 1 :]
            break
        if not nodes and TABLE_OF_CONTENTS.fullmatch(p.text):
            entries = _contents_entries(paragraphs, i)
            structure.preamble += paragraphs[i - 1 : i + entries]
            i += entries
            continue
        if not nodes:
            heading = _compilation_heading_length(paragraphs[i - 1 :])
            if heading:  # 1. title（date）: the compilation's heading, not an item
                structure.preamble += paragraphs[i - 1 : i - 1 + heading]
                headings += paragraphs[i - 1 : i - 1 + heading]
                i += heading - 1
                continue
        appendix = APPENDIX_LINE.match(p.text)
        # (附件2 / 温州市…培育办法: the title of the part its label opened opens none, though the notice names it)
        if (nodes and (appendix or len(p.text) <= HEADING_MAX and is_issued_title(p.text) or p is annex and part == 0)
                and not _titles_part(structure, part, p)):
            # (附件： / 1.申报书 / 2.… inside the body: the part it opens is undone where the body's numbering goes on after it)
            listed_from = (part, numbering) if ATTACHMENT_LIST_LEAD.match(p.text) else None
            part += 1
            numbering = _Numbering()
            # (the annex's own title was taken off with its label: read by title_first_annex, not from its first paragraph)
            # (附件 / <title taken off> / 总部类型…: the line after the label is the annex's first, no title: h273 F1)
            taken_off = p is annex or annex is not None and paragraphs[i : i + 1] == [annex] and paragraphs[i] is annex
            title = _part_title(p, appendix, paragraphs[i : i + 1]) if not taken_off else None
            if title is not None:
                structure.part_titles[part] = title
        if appendix:  # (an attachment cut apart as a part of its own opens with its label, no item before it)
            form = _names_a_form(appendix, paragraphs[i : i + 2])
        if form:  # 附件1 / …补贴申请表 / 单位名称：＿＿ / 一、企业基本情况 …: a form's fields and headings are no items
            structure.closing.append([p])
            continue
        if p.sum_row and part and all(n.marker.style == "paragraph" for n in nodes if n.part == part):
            # 附件 / …落户奖励标准 / 总部类型 / 落户奖励（万元） / 跨国公司地区总部 / 1000: an annex that is a payment table, no
            # item numbered in it: each row a clause of the part (h273 F1: the sums had been closing text)
            nodes.append(Node(Marker("paragraph", "", sum(n.part == part for n in nodes) + 1, 0), [p], 0, None, part=part))
            continue
        if part and _sum_note_under_a_payment_annex(nodes, part, p):
            # 附表 / …基本工资标准表 / rows / 说明：…“一肩挑”的，在一岗对应等级基本工资基础上每月增加500元。: a note paying a sum of
            # its own, the annex's measure as its rows are, a clause of the part after them (h306 F9: closing text, 500元 lost)
            nodes.append(Node(Marker("paragraph", "", sum(n.part == part for n in nodes) + 1, 0), [p], 0, None, part=part))
            continue
        if OMISSION.fullmatch(p.text):
            numbering.omitted = True  # an excerpt's gap (z348)
            if nodes and loose is None and not pending and ELLIPSIS_LINE.fullmatch(p.text):
                structure.closing.append([p])  # …（二）… / …… / 二、…: the mark is no text of the item before (h323 F9: glued to it)
                continue
        # (a 问答 printed after the closing text, the signature, restates the items: closing text too)
        marker = decimal_marker(p) or match_marker(p.text) or _bare_number(p.text, numbering) or (_question(p.text, structure, numbering) if loose is None else None)
        if marker and listing and _lists_an_attachment(marker, p.text, listing):
            listing = (marker.style, marker.value + 1)
            listed.append(p)
            marker = None
        else:
            listing = _attachment_list_opens(p.text)
        if marker and listed_from and _body_goes_on(marker, listed_from[1], nodes, part):
            part, numbering = listed_from  # 二、申报材料 / 附件： / 1.申报书 / 三、支持标准: the list was the item's (a review: 三、 lost)
        if marker and _lists_repealed(loose or pending, p):  # 以下文件同时废止： / 1.《…》（…号）；: closing text
            marker = None
        if marker and FILE_NAME.search(p.text):  # 相关附件： / 1. …申报指南.docx: a web page's downloads, no item
            marker = None
        if marker and nodes and not _goes_on_from(marker, nodes, numbering) and _quote_still_open(nodes[-1].paragraphs + pending):
            marker = None  # 一、将第三条修改为： / “第三条…： / （一）…；: the amended text quoted, not the notice's own items (z270)
            # (the amending item's next, 二、 after 一、, or its parent's opens whatever quote was left open)
        if marker and marker.style != "qa":
            _points_of_an_answer(marker, structure, numbering)
        if marker and marker.style == "labelled" and any(nodes[i].marker.style == "cn_paren" for i in numbering.stack):
            structure.rank["labelled"] = RANK["cn_paren"] + 0.5  # （一）… / 措施一：… / 措施二：… / （二）: items under （一） (the review)
        # (a table's row is an item whatever its number: its table numbered it, on from the items before it, z358)
        if marker and (p.table_row or _accept(marker, numbering) or _number_typed_twice(marker, numbering, nodes)):
            if p.table_row:
                numbering.last_row = marker.value
            if _restarts_at_top(marker, numbering, nodes, structure.rank):  # a second document or an unlabelled annex
                part += 1
                numbering = _Numbering()
                title = _title_above(loose)
                if title is not None:
                    structure.part_titles[part] = title
                structure.warnings.append(f"numbering restarts at the top with {marker.printed} (line {p.line}): a new part")
            if pending:  # after a closed item, before the next: its text, or its lead-in's (_parent_goes_on)
                holder = _parent_goes_on(nodes, marker)
                (holder.after_items if holder is not None else nodes[-1].paragraphs).extend(pending)
            if loose is not None and nodes[-1].part == part and not _ends_a_document(loose):
                nodes[-1].paragraphs.extend(loose)  # the items go on: that was no closing text
                structure.closing.remove(loose)
            pending, loose = [], None
            _add_node(structure, numbering, marker, p, part)
            continue
        if not nodes:
            structure.preamble.append(p)
            continue
        current = nodes[-1]
        if loose is None and _heading_takes_closing_words(current, p):  # 六、附则 / 本政策措施所需资金，由…: its text
            current.paragraphs.append(p)
            continue
        if (loose is None and current.part == part and not CLOSING_START.match(p.text) and not is_standalone(p.text)
                and not _call_after_items(current, p) and not _note_under_a_table(current, p)):
            if current.closed and not (pending == [] and _label_line(p.text)):  # 牵头单位：… / 责任单位：… / 完成时限：…
                pending.append(p)
            elif (holder := _responsibility_holder(p, current, nodes)) is not None:
                nodes[holder].after_items.append(p)
                current.closed = True
            else:
                current.paragraphs.append(p)
                current.closed = closes_with_units(p.text) or _label_line(p.text)
            continue
        if loose is None:
            loose = list(pending)
            pending = []
            structure.closing.append(loose)
        loose.append(p)
    if pending:
        structure.closing.append(pending)
    if interpretation:
        structure.closing.append(interpretation)
    if not nodes:
        _paragraphs_as_clauses(structure, headings + listed)
    _articles_paragraphs_after_items(nodes)
    _text_on_the_items_after_them(nodes)
    _text_after_a_tables_rows(nodes)
    parts = _assign_paths(nodes)
    _title_parts(structure, parts)
    return structure


PART_TITLE_MAX = 80


def _part_title(p: Paragraph, appendix: re.Match | None, following: list[Paragraph]) -> PartTitle | None:
    """A new part's title: the issued text's title line, the title after its label (附件2：… on one line, or 附件2 / …),
    a short line that ends no sentence and opens no item; None for a label alone or a list of attachments."""
    if appendix is None:
        return PartTitle(None, p, p.text)
    own = appendix["title"].strip()
    if own:
        return PartTitle(None, p, own) if _reads_as_part_title(own) and not LISTED_ATTACHMENT.match(own) else None
    if following and _reads_as_part_title(following[0].text):
        return PartTitle(p, following[0], following[0].text)
    return None


def _titles_part(structure: Structure, part: int, p: Paragraph) -> bool:
    title = structure.part_titles.get(part)
    return title is not None and title.title is p


def _title_above(loose: list[Paragraph] | None) -> PartTitle | None:
    """A second document's title first in the text between the last item and its items (吉林省…实施方案 / 为…，特制定本方案。
    / 一、…): read as a title only where it names a document (normalize.names_a_document)."""
    first = loose[0] if loose else None
    if first is None or not _reads_as_part_title(first.text) or not names_a_document(first.text):
        return None
    return PartTitle(None, first, first.text)


def _reads_as_part_title(text: str) -> bool:
    return (4 <= len(text) <= PART_TITLE_MAX and not SENTENCE_END.search(text) and not text.endswith(("：", ":"))
            and match_marker(text) is None and not APPENDIX_LINE.match(text))


def _title_parts(structure: Structure, parts: dict[int, int]) -> None:
    """Each titled part that holds items, by its number in the paths (a1, a2; a part renumbered 0, the first with items
    where the body has none, heads the document itself); its label and title lines leave the closing text (they head
    the part now). (The first text a notice issues has its title taken as the document's alternative title before:
    its part, when it has one, is untitled.)"""
    titled = {parts[old]: title for old, title in structure.part_titles.items() if parts.get(old)}
    structure.part_titles = titled
    _leave_closing(structure, [p for t in titled.values() for p in (t.label, t.title) if p is not None])


def _leave_closing(structure: Structure, paragraphs: list[Paragraph]) -> None:
    """Take ``paragraphs`` (a part's label and title, heading it now) out of the closing text."""
    gone = {id(p) for p in paragraphs}
    runs = [[p for p in run if id(p) not in gone] for run in structure.closing]
    structure.closing = [run for run in runs if run]


def title_first_annex(structure: Structure, title: Paragraph, heading: str) -> None:
    """The title of an attachment read as the document's alternative title (附件 / 成都市…任务清单 after the signature) heads
    its items too, where the notice has items of its own before them (part a1) and the part has no title yet (a blind
    test: no section, its label closing text); the label above it leaves the closing text."""
    nodes, at = structure.nodes, title.offsets[0]
    own = any(n.part == 0 and n.paragraphs[0].offsets[0] < at for n in nodes)  # the notice's items, above the title
    annexed = [n for n in nodes if n.part == 1]
    if 1 in structure.part_titles or not own or not annexed or annexed[0].paragraphs[0].offsets[0] < at:
        return
    above = [p for run in structure.closing for p in run if p.offsets[0] < at]
    alone = APPENDIX_LINE.match(above[-1].text) if above else None  # 附件 / 附件1 on its line, no title after it
    label = above[-1] if alone and not alone["title"].strip() else None
    structure.part_titles[1] = PartTitle(label, title, heading)
    _leave_closing(structure, [label] if label is not None else [])


def part_section_path(structure: Structure, node: Node) -> str | None:
    """The path of the titled part a top-level node sits in (its parent section), or None."""
    return f"a{node.part}" if node.parent is None and node.part in structure.part_titles else None


# 各地区、各部门要…确保各项措施落地见效 after the last item: the document's closing call, not that item's
# text (各地要建立健全投诉举报机制 is a task of the item it follows: it names no cue on the whole document)
CLOSING_CALL = re.compile(r"^请?各(?:地区?|级|有关|相关|部门|单位|设区市|地市|盟市|市|县|区|州|盟|旗|乡|镇|街道)[^。；，]{0,30}?(?:要|务必|应当?|须|必须|切实|认真|结合|高度重视)")
WHOLE_DOCUMENT = re.compile(r"各项(?:政策)?(?:措施|任务|工作|要求)|本(?:通知|意见|方案|措施|决定|办法|规划|政策)|落地见效|落到实处|落实到位"
                            r"|贯彻落实|高度重视|结合(?:本地|实际)"
                            r"|制定(?:具体)?(?:实施办法|实施细则|实施方案|配套(?:政策|措施|办法))")  # (各地要于…前制定具体实施办法: h219)
# a request any item may close with (…请及时报告我部): a cue on the whole document only in the paragraph's first sentences
WHOLE_DOCUMENT_WEAK = re.compile(r"及时(?:报告|报送|反馈)|重大(?:情况|问题)")
# 请各设区市人社局于2023年12月15日前将…工作开展情况报送…: the addressees asked to report on the whole work (z412: the last
# item's text had run on into it, with its date as that item's deadline)
# …将劳务品牌建设工作开展情况 / 学习贯彻情况 / 全年工作总结报送: the whole work (not 将整改情况报送: the last item's own output)
WHOLE_WORK_REPORT = re.compile(r"工作(?:开展|推进|落实|进展)?(?:情况|总结)|贯彻(?:落实)?情况|落实情况|总结报告")
# (各乡镇、各有关部门请于…: the addressees named before the 请, h315 F2)
REPORT_REQUEST = re.compile(r"^(?:请各|各[^。；，]{0,30}?请(?=于))[^。；]{0,30}?于[^。；]{2,24}?前[^。；]{0,50}?(?:情况|进展|总结)[^。；]{0,20}?(?:报送|上报|报)")
# …三、做好总结报送 / 请各…于…前将…报送: the last item's own step (an item on reporting, or a report due again and again:
# 请各…于每月5日前…, the review)
REPORTING_HEADING = re.compile(r"报送|上报|总结|报告|信息|调度|月报|通报|统计")
RECURRING_REPORT = re.compile(r"每(?:月|季度?|半年|年|周|旬)")
HEADING_CHARS = 20  # an item's heading phrase, where it names what the item is about


def _reporting_item(current: Node, p: Paragraph) -> bool:
    # (but …上半年工作进展情况…，…全年工作总结 after an item on 调度: the year's whole work, the document's: h275 F5)
    # (a report due again and again after an item on reporting stays the item's, a year's summary beside it: the review;
    # but 每年…前将…年度工作总结报… after an item on something else: the whole work's yearly summary, h315 F2)
    on_reporting = bool(REPORTING_HEADING.search(current.paragraphs[0].text[:HEADING_CHARS]))
    whole_year = bool(TERMS_WHOLE_WORK.search(p.text))
    return on_reporting and not whole_year or bool(RECURRING_REPORT.search(p.text)) and (on_reporting or not whole_year)


TERMS_WHOLE_WORK = re.compile(r"(?:上半年|下半年|全年|年度)(?:工作)?(?:开展|推进|落实|进展)?(?:情况|总结)")


ITEM_WITH_TEXT = 30  # characters: an item this long said what it does (（三）加强督促落实。 is a heading whose text comes next)


# the sentence that puts the text in force, after another sentence in its paragraph
CLOSING_INSIDE = re.compile(r"(?<=[。；”])\s*(?=本(?:通知|意见|办法|措施|方案|规定|细则|若干措施|政策措施|政策|实施意见|实施方案|实施细则|决定|通告|公告|协议)"
                            r"(?:自|从)(?:印发|发布|公布|\d{4}\s*年))")


# （1） / (1) / ① after a phrase's or a bracket's end, inside a paragraph: an item run inline
# (1. only after a colon or a stop, not a comma: 标准：1.5万元 is a number; 1.2024年 is an item, the year its text's)
DOT_ITEM = r"(?P<d>\d{1,2})(?:[.．、](?!\d)|[.．](?=(?:19|20)\d{2}\s*年))"
INLINE_MARKER = re.compile(rf"(?:(?<=[，,。；;：:）)])\s*(?:[（(](?P<n>\d{{1,2}})[）)]|(?P<c>[①-⑳]))|(?<=[。；;：:）)])\s*{DOT_ITEM})")
OPENING_MARKER = re.compile(rf"^\s*(?:[（(](?P<n>\d{{1,2}})[）)]|(?P<c>[①-⑳])|{DOT_ITEM})")
INLINE_HINT = re.compile(r"[（(]\d|[①-⑳]|[。；;：:）)]\s*\d")  # (most paragraphs hold no item inline: skip the scan)
MARKER_FIRST_CHARS = set("第（(0123456789一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳ \u3000政措事举abcdefgh")
# (files, contacts; a table's notes: 注：1.…；2.排名第一的为牵头单位)
ATTACHMENTS_LISTED = re.compile(r"(?:附\s*[件表]?|联系方式|联系人|咨询电话|政策依据|依据|参考文件|(?<![\u4e00-\u9fff])(?:(?:备\s*)?注|说明))\s*[：:]\s*$")
# 3.…；… 。以上奖励资金由…兑现: a sentence on all the items after the last one run inline
# (…；2.…。牵头单位：X；配合单位：Y: the labels of the item the inline ones are under, after a full stop, z302)
ITEMS_SUMMARY = re.compile(r"(?<=[。；;])\s*(?=以上(?:各项|[\d一二两三四五六七八九十]+项|政策|措施|奖励|补贴|资金|任务|事项))"
                           r"|(?<=。)\s*(?=(?:牵头|责任|配合|协同|协办)(?:单位|部门)[：:])")
STYLE_STEP = 100  # a marker's value with its style: （1） 1, ① 101, 1. 201 (a run goes on in its own style)


def _marker_value(m: re.Match) -> int:
    if m["n"]:
        return int(m["n"])
    return STYLE_STEP + ord(m["c"]) - ord("①") + 1 if m["c"] else 2 * STYLE_STEP + int(m["d"])


INLINE_LOOK_AHEAD = 4  # paragraphs searched for the second item of a run whose first is inline


def _inline_item_at(text: str, expected: int | None, ahead: list[Paragraph], own_style: int | None = None) -> int | None:
    """Where the next item run inline starts in ``text``: items numbered on (from 1, from the paragraph's own number, or
    from ``expected``, the run the paragraphs before began), each after a phrase's or a bracket's end (…等问题，（1）…。
    （…牵头）（2）…; 提供以下材料：（1）申请表；（2）…): blind golds z135 and z179 count each as a clause, as the gold rules
    do every numbered item. A first item inline is one only where its next follows, here or in the next paragraphs; none
    where there is no run (第（1）项, a lone （1））."""
    first = None
    own_restarted = False  # 1.申报条件：1.…；2.…: sub-points in the item's own style are its text, whatever follows
    for m in INLINE_MARKER.finditer(text):
        if ATTACHMENTS_LISTED.search(text, 0, m.start()):
            return None  # 附件：1.…方案模板 / 2.…: the attachments' titles, no items
        value = _marker_value(m)
        at = m.end() - len(m.group().lstrip())
        if value // STYLE_STEP == own_style and (own_restarted or value % STYLE_STEP == 1):
            own_restarted = True
            continue
        if expected is not None and value == expected and (first is None or value % STYLE_STEP >= 2):
            return first if first is not None else at
        if value % STYLE_STEP == 1:  # a run from 1: an item where its 2 follows
            first, expected = at, value + 1
    if first is not None and any(_goes_on_with(p.text, expected) for p in ahead):
        return first
    return None


# …发放工作。（四）由…负责: the next item opening after a full stop, mid-line (z278)
NEXT_ITEM_AFTER_STOP = re.compile(rf"(?<=。)\s*[（(](?P<n>{CN_NUM})[）)](?=\s*[\u4e00-\u9fff])")


NEXT_ITEM_LOOK_AHEAD = 30  # paragraphs searched for the next item opening a line of its own
OWN_STYLE_LISTED = re.compile(r"[：:]\s*[（(]一[）)]")  # （一）申报条件：（一）…。（二）…: a list inline in the item's own style


def _next_item_mid_line(text: str, following: list[Paragraph]) -> int | None:
    """Where the item after a （三） opens inside its paragraph after a full stop: the number that comes next, which no
    paragraph after opens with (before the next item of a higher rank), and no list inline in the item's own style holds."""
    own = match_marker(text)
    if own is None or own.style != "cn_paren" or OWN_STYLE_LISTED.search(text, own.end):
        return None
    for m in NEXT_ITEM_AFTER_STOP.finditer(text, own.end):
        if as_int(m["n"]) == own.value + 1 and not _opens_later(following, own.style, own.value + 1):
            return m.end() - len(m.group().lstrip())
    return None


def _opens_later(following: list[Paragraph], style: str, value: int) -> bool:
    """Whether a paragraph opens with that item before one of a higher rank."""
    for p in following:
        marker = match_marker(p.text)
        if marker and marker.style == style and marker.value == value:
            return True
        if marker and RANK[marker.style] < RANK[style]:
            return False
    return False


# a quoted amended text after its cue and colon (修改为：“第三条…, 作为第十一条：“…); no other quote (活动主题：“…“ with its
# closing quote mistyped would swallow every item after it: the review)
AMENDMENT_CUE = (r"(?:修改为|改为|表述为|修订为|调整为|替换为|作为第[一二三四五六七八九十百\d]+[条款项]"
                 r"|增加(?:一|[一二三四五六七八九十\d]+)?[条款项](?:内容)?)\s*[：:]")
QUOTED_TEXT_OPENS = re.compile(AMENDMENT_CUE + "“")
AMENDMENT_CUE_ENDS = re.compile(AMENDMENT_CUE + "$")


ANSWERS_MARK = re.compile(r"答\s*[：:]\s*")


def _items_after_an_answers_mark(text: str, following: list[Paragraph]) -> int | None:
    """答：（一）社保补贴。… / （二）…: a 解读's answer opening with its first item, which the next paragraph goes on from (z301:
    （一） had joined the question's item)."""
    mark = ANSWERS_MARK.match(text)
    first = match_marker(text[mark.end() :]) if mark else None
    after = match_marker(following[0].text) if following else None
    if first and after and first.value == 1 and after.style == first.style and after.value == 2:
        return mark.end()
    return None


def _goes_on_from(marker: Marker, nodes: list[Node], numbering: "_Numbering") -> bool:
    """Whether ``marker`` goes on the numbering of the last item or of one above it (1. / “…（一）… / 2.: the amending item's
    next, not the quoted text's （一）, which outranks 1.: the review)."""
    return any(nodes[i].marker.style == marker.style for i in numbering.stack)


def _quote_still_open(paragraphs: list[Paragraph]) -> bool:
    """Whether the last quoted amended text these paragraphs open (修改为：“… or 修改为： / “…) is not yet closed:
    quotes nested inside it close one by one, and each paragraph of it opens with “ again (the drafting convention:
    only the last closes). A stray quote elsewhere opens no text (an extraction's lost “ is common)."""
    depth = 0
    cue_before = False  # the paragraph before ended with the cue and its colon (修改为：)
    for p in paragraphs:
        text = p.text
        if depth == 0:
            opens = [m.end() for m in QUOTED_TEXT_OPENS.finditer(text)]
            if cue_before and text.startswith("“"):
                opens = [1, *opens]
            if not opens:
                cue_before = AMENDMENT_CUE_ENDS.search(text) is not None
                continue
            text, depth = text[opens[-1] :], 1
        elif text.startswith("“"):
            text = text[1:]  # the quoted text's next paragraph
        depth = max(0, depth + text.count("“") - text.count("”"))
        cue_before = AMENDMENT_CUE_ENDS.search(text) is not None
    return depth > 0


def _goes_on_with(text: str, value: int) -> bool:
    """A paragraph opening with the item numbered ``value``, or holding it inline."""
    opening = OPENING_MARKER.match(text)
    return (opening is not None and _marker_value(opening) == value
            or any(_marker_value(m) == value for m in INLINE_MARKER.finditer(text)))


def _split_paragraph(p: Paragraph, at: int) -> tuple[Paragraph, Paragraph]:
    return Paragraph(p.text[:at], p.offsets[:at] + [p.offsets[at - 1] + 1], p.line), Paragraph(p.text[at:], p.offsets[at:], p.line)


def _parent_goes_on(nodes: list[Node], marker: Marker) -> Node | None:
    """6.…具体做好以下工作： / （1）… / （3）…（责任处室：…） / 上述工作由…统筹推进。 / 7.…: text after the last
    sub-item once its own bracket closed it, where the next item closes their lead-in too, is the lead-in's."""
    last = nodes[-1]
    if last.parent is None:
        return None
    parent = nodes[last.parent]
    if RANK[marker.style] > RANK[parent.marker.style] or is_section(parent):
        return None
    return parent if "".join(p.text for p in parent.paragraphs).rstrip().endswith(("：", ":")) else None


# 说明：1.同一项目按就高原则执行…；2.申报时间为…: a note under a table, on all its rows
TABLE_NOTE = re.compile(r"[（(]?(?:说明|注|备注)\s*[：:]")


SUM_STATED = re.compile(r"\d(?:[\d,.]*\d)?\s*(?:万|亿)?元")


def _sum_note_under_a_payment_annex(nodes: list[Node], part: int, p: Paragraph) -> bool:
    """A note (说明：, 注：) right under the rows of an annex that is a payment table (no item numbered in it), stating a
    sum of money: not a rule for every list above it (注：责任单位列第一位的为牵头单位), a payment the annex sets."""
    return (bool(nodes) and nodes[-1].part == part and nodes[-1].paragraphs[0].sum_row
            and TABLE_NOTE.match(p.text) is not None and SUM_STATED.search(p.text) is not None)


def _note_under_a_table(current: Node, p: Paragraph) -> bool:
    """A note after a table's last row: closing text, the table's, not the last row's (h271 F5: the note's application
    window had become that row's period)."""
    return current.paragraphs[-1].table_row and TABLE_NOTE.match(p.text) is not None


def _call_after_items(current: Node, p: Paragraph) -> bool:
    """A call on everyone addressed to carry out the whole document, after an item that said what it
    does in its own line (not a heading whose text runs on): closing text for now; if another item
    follows, it goes back to this one (the items went on)."""
    return ((bool(CLOSING_CALL.match(p.text)) and bool(WHOLE_DOCUMENT.search(p.text) or WHOLE_DOCUMENT_WEAK.search(_opening_sentences(p.text))
                                                       or WHOLE_WORK_REPORT.search(p.text) and not _reporting_item(current, p))  # (…要于…前将
             # 落实情况报送…: h232; not a reporting item's own monthly report: the review)
             or bool(REPORT_REQUEST.match(p.text)) and bool(WHOLE_WORK_REPORT.search(p.text)) and not _reporting_item(current, p))
            and (not is_heading_only(current.paragraphs[0].text) or len(current.paragraphs) >= 2)  # 七、强化工作保障 / its text / the call
            and sum(len(q.text) for q in current.paragraphs) >= ITEM_WITH_TEXT)


OPENING_SENTENCES = 2  # where a weak cue names the whole document (各地要于…前完成…。由X会同Y…。…请及时报告: an item's tasks, z304)


def _opening_sentences(text: str) -> str:
    ends = [m.end() for m in re.finditer("。", text)]
    return text[: ends[OPENING_SENTENCES - 1]] if len(ends) >= OPENING_SENTENCES else text


TABLE_OF_CONTENTS = re.compile(r"目\s*录")
CONTENTS_STYLES = ("part", "chapter", "jie", "cn_dun")


def _contents_entries(paragraphs: list[Paragraph], start: int) -> int:
    """How many paragraphs from ``start`` are a table of contents (目录 / 第一章 总则 / 第二章 …, 第一部分 / 一、… / …):
    headings, until the first of them comes again to open the text, right after them or after the text's opening
    paragraphs (目录 / 一、… / 三、… / 为加快…，制定本方案。 / 一、总体要求: h223, the body had been read as an attachment)."""
    first = _entry(paragraphs[start].text) if start < len(paragraphs) else ""
    n = 0
    while start + n < len(paragraphs):
        text = paragraphs[start + n].text
        marker = match_marker(text)
        if not marker or marker.style not in CONTENTS_STYLES or not is_heading_only(text):
            break
        if n and _entry(text) == first:
            return n  # the text's own first heading
        n += 1
    after = start + n
    return n if n >= CONTENTS_MIN and any(_entry(p.text) == first for p in paragraphs[after : after + CONTENTS_OPENING]) else 0


def _entry(text: str) -> str:
    """A contents entry or heading without its spaces, dot leaders and page number (一、总体要求……3)."""
    return CONTENTS_PAGE.sub("", re.sub(r"\s+", "", text))


CONTENTS_PAGE = re.compile(r"[.…·．_\-—]*\d{0,4}$")
CONTENTS_MIN = 2  # entries: one heading alone after 目录 is no table of contents
CONTENTS_OPENING = 4  # paragraphs the text may open with before its first heading (为…，制定本方案。)


SUPPLEMENTARY = re.compile(r"附\s*则|其他事项|其\s*他|附\s*件说明")  # a last part's heading whose text reads as closing words
# 五、保障措施 / 本措施所需资金由…安排: the heading's own text (h229: its sum lost to the closing text), not 本措施自…起施行
SAFEGUARDS = re.compile(r"(?:资金|经费)?保障措施|资金保障")
IN_FORCE_OPENS = re.compile(r"本[^。；，]{0,8}?(?:自|从|于\s*\d|有效期|执行期限|实施期限|由[^。；]{2,30}?负责解释)")  # (the review)
# 五、执行时间和待遇补发 / 本通知调整的…标准自2024年1月1日起执行。…补发: a heading naming when the text takes effect (z259)
IN_FORCE_HEADING = re.compile(r"(?:执行|实施|施行|生效|起始)(?:时间|日期|期限)|有效期")


def _heading_takes_closing_words(current: Node, p: Paragraph) -> bool:
    """``六、附则`` (or ``五、执行时间``) alone on its line, then 本政策措施所需资金… / 本措施自…起施行: the
    supplementary provisions' own text (a sentence opening 本… would otherwise close the document)."""
    if current.children or not p.text.startswith("本") or not CLOSING_START.match(p.text):
        return False
    heading = current.paragraphs[0].text  # its heading line, however much text it has taken since
    words = heading[current.marker.end :].strip("。 ")
    if "“" in words:  # 二、将第二十条修改为：“…有效期至…” / 本决定自…施行: an amendment's quoted words, no heading (h227)
        return False
    if SAFEGUARDS.fullmatch(words):
        return not IN_FORCE_OPENS.match(p.text)
    return (SUPPLEMENTARY.fullmatch(words) is not None or IN_FORCE_HEADING.search(words) is not None
            or SCOPE_HEADING.fullmatch(words) is not None and "适用" in p.text)  # 一、适用范围 / 本通知适用于… (a blind test)


SCOPE_HEADING = re.compile(r"(?:适用范围|适用对象|实施范围|支持范围|适用条件)")


REPEAL_LIST_LEAD = re.compile(r"(?:废止|停止执行|不再执行)[：:]$")
CITATION_ONLY = re.compile(r"《(?:[^《》]|《[^《》]*》)+》\s*(?:[（(][^（）()]{2,30}[）)])?\s*[；;。，,]?$")  # (a title quoting one: h240)
TITLE_WITH_NUMBER = re.compile(r"(?P<title>[^《》。；;，,：:]{6,100}?)\s*[（(][^（）()]{1,16}[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*第?\s*\d{1,5}\s*号[）)]\s*[；;。，,]?")


ATTACHMENT_LIST_LEAD = re.compile(r"^附\s*件\s*[：:]\s*")
# an attachment's name that no DOC_TYPE_END ends: a table or a form (…汇总表, …承诺书)
ATTACHMENT_NAME_END = re.compile(r"(?:表|书|单|函|目录|汇编)(?:[（(][^（）()]{1,12}[）)])?$")


def _attachment_list_opens(text: str) -> tuple[str, int] | None:
    """附件： alone, or 附件：1.…若干措施: the (style, number) of the list's next entry ("" for any style)."""
    lead = ATTACHMENT_LIST_LEAD.match(text)
    if not lead:
        return None
    rest = text[lead.end() :]
    if not rest.strip():
        return "", 1
    first = match_marker(rest)
    return (first.style, first.value + 1) if first else None


def _lists_an_attachment(marker: Marker, text: str, listing: tuple[str, int]) -> bool:
    """二、…考核办法 after 附件：一、…若干措施 (1. after 附件： alone): the list's next entry, naming an attachment, no
    item (a strong number's first item may be lost, so 二、 alone would be read as one)."""
    style, value = listing
    entry = text[marker.end :].strip().rstrip("；;。.")
    return (marker.value == value and style in ("", marker.style) and not SENTENCE_END.search(entry)
            and len(entry) <= PART_TITLE_MAX and (names_a_document(entry) or bool(ATTACHMENT_NAME_END.search(entry))))


def _body_goes_on(marker: Marker, before: "_Numbering", nodes: list[Node], part: int) -> bool:
    """The marker numbers on the items before an attachment list's part (三、 after 二、), none in that part yet."""
    last = before.last_value.get(marker.style)
    return last is not None and marker.value == last + 1 and not any(node.part == part for node in nodes)


def _lists_repealed(before: list[Paragraph], p: Paragraph) -> bool:
    """1.《…》（测政发〔2019〕1号）； after …以下文件同时废止：: an entry of the list of texts repealed,
    no item of the document (the entries before it were read so too)."""
    return is_citation_entry(p.text) and any(REPEAL_LIST_LEAD.search(q.text) for q in before)


def is_citation_entry(text: str) -> bool:
    """A line that only cites a text, numbered or not: 1.《…》（测政发〔2019〕1号）；, or a list's title with no title marks
    and its 文号 (1. 四川省人民政府办公厅关于…的通知（川办发〔2020〕15号）: a repeal list's, a blind test)."""
    if "《" not in text and "号" not in text:  # most lines: no marker read for them
        return False
    marker = match_marker(text)
    rest = text[marker.end if marker else 0 :].strip()
    if CITATION_ONLY.fullmatch(rest):
        return True
    bare = TITLE_WITH_NUMBER.fullmatch(rest)
    return bare is not None and ends_in_a_document_kind(bare["title"])


def _label_line(text: str) -> bool:
    """牵头单位：X；配合单位：Y (or 完成时限：…) on a line of its own, no sentence in it: it closes its item
    as a bracket does, and the item's next such lines go on with it."""
    return bool(LABELLED.match(text) or OTHER_COLUMN_START.match(text)) and not re.search(r"[。！？]", text.rstrip("。；"))


OTHER_COLUMN_START = re.compile(OTHER_COLUMNS)


def _responsibility_holder(p: Paragraph, current: Node, nodes: list[Node]) -> int | None:
    """Whose ``p`` is, a responsibility bracket alone (（牵头单位：省财政厅；配合单位：…）) after the last of several items,
    none of which names its units: their parent's, an article or an item with words of its own (第五条 加大财政支持力度。 /
    （一）… / （二）… / （三）… / （…）); the parent's own parent's where the parent is the last of such items too
    (2.… / （1）… / （2）… / ①… / ②… / （…）: item 2's, a blind test: （2）'s). None: the last item's own."""
    if not responsibility_alone(p.text) or current.parent is None:
        return None
    holder, node = None, current
    while node.parent is not None and _holds_its_items_units(nodes[node.parent], nodes) and nodes[node.parent].children[-1] == nodes.index(node):
        holder = node.parent
        node = nodes[holder]
    return holder


def _holds_its_items_units(parent: Node, nodes: list[Node]) -> bool:
    """An item (no section) over two items or more, none of which names its units."""
    items = [nodes[i] for i in parent.children]
    return (len(items) >= 2 and not is_section(parent)
            and not any(RESPONSIBILITY_WORDS.search(q.text) or is_bare_unit_bracket(q.text) for item in items for q in item.paragraphs))
    # (1.… / （各县〔市、区〕人民政府） / 2.… / （市行政服务中心管委会、市邮政管理局）: each item's own, unlabelled)


def _articles_paragraphs_after_items(nodes: list[Node]) -> None:
    """An article's paragraphs after the items it lists (第四条 …符合下列条件： / （一）…；/ （二）…。/
    符合前款规定条件的，由…审核。) are its next 款, not the last item's text: where every item but the
    last is one line closed by ；, the last one's first line closes with 。, and the article's own words
    lead into them (a list whose items run over several paragraphs keeps them)."""
    for article in nodes:  # an article, or any item leading into its sub-items (3.…按以下标准给予奖励： / (1)…； / (2)…。 / 同一企业…)
        if len(article.children) < 2 or article.after_items:
            continue
        items = [nodes[i] for i in article.children]
        last = items[-1]
        if (len(last.paragraphs) > 1 and not last.children and last.paragraphs[0].text.endswith("。")
                and (join_paragraphs(article.paragraphs).text.endswith("：")
                     and all(len(item.paragraphs) == 1 and item.paragraphs[0].text.endswith("；") for item in items[:-1])
                     or _titled_article_over_sentences(article, items))):
            # (第五条 补助标准： / （一）…；/ （三）…。/ 对上年度…给予不超过200万元的奖励。: a titled article over no clause holds its 款
            # itself, a clause then, as a section with text after its items is)
            holder = _clause_over(nodes, article) or (article if article.marker.style == "article" else None)
            if holder is not None:
                holder.after_items, last.paragraphs = last.paragraphs[1:], last.paragraphs[:1]


def _titled_article_over_sentences(article: Node, items: list[Node]) -> bool:
    """第二条 补贴标准。 / （一）…。 / （二）…。 / 人才购房补贴按照…另行申领，不适用本细则。: an article titled by a short phrase
    closed by 。 over items each one sentence closed by 。 (a 项 holds no 款 of its own): the paragraph after the last item is
    the article's next 款 (h320 F8: it had become the last item's text, its 人才购房补贴 that item's). Not where the last item
    is a title alone (（三）购房补贴。 / 首次购房的，给予…30万元…: its own text, review43a F6)."""
    last = items[-1]
    after = last.paragraphs[1:]  # (not a note naming who answers for the items: _section_notes reads it, z29, z45)
    return (article.marker.style == "article" and _titled_with_a_full_stop(_heading_text(article))
            and not _titled_with_a_full_stop(last.paragraphs[0].text[last.marker.end :])
            and all(item.marker.style == items[0].marker.style == "cn_paren" for item in items)
            and all(len(item.paragraphs) == 1 and item.paragraphs[0].text.endswith("。") for item in items[:-1])
            and not any(RESPONSIBILITY_WORDS.search(p.text) or responsibility_alone(p.text) or closes_with_units(p.text)
                        or _label_line(p.text) for p in after))


# a paragraph on all the items of a list, after its last: 以上材料一式两份…, 同一企业只能享受一次…, (…的，)不得重复申报…
ON_THE_ITEMS = re.compile(r"^(?:以上|上述|前述|同一)|^[^。；]*?(?:不(?:得|予)?重复(?:享受|申报|申请|给予|支持|计发|补助|补贴|奖励)|(?:就高|从高)不重复"
                          r"|不(?:得|予)?叠加享受|只能(?:选择|享受|申报)[^。；]{0,12}?(?:一|其中))")
# 省级财政补助资金原则上不超过项目总投资的60%…, 补助资金实行“先建后补”…: the funds the items pay, how they are shared or paid
FUNDS_OF_THE_ITEMS = re.compile(r"^[^，。；：]{0,8}?(?:补助|补贴|奖补|奖励|扶持|专项)资金")
LISTED_ITEM_STYLES = {"cn_dun", "cn_paren", "ar_dot", "ar_paren", "ar_half", "circled", "latin"}


def _text_on_the_items_after_them(nodes: list[Node]) -> None:
    """一、补助标准 / （一）…每村补助不超过150万元。 / （二）…每村补助不超过80万元。 / 省级财政补助资金原则上不超过项目总投资的
    60%…: a paragraph after a list's last item that speaks of all the items (以上…, 同一企业只能享受一次, 不得重复享受, or the funds
    that pay them, where the last item names none) is the text of the heading over them, not the last item's (h294 F5, h276 F4:
    its cap, unit and deadline had become the last item's). Only where each item is one paragraph and the last one's closes
    with 。, its sentences said (not a title over its text: 3.增强区级联动平台能力。 / 各级政府… is its text), and that paragraph is
    the last; a note naming who answers for the items (以上工作由X牵头…, （责任单位：…）) stays where _section_notes reads it.
    A heading with such text is a clause (as one whose text comes before its items is)."""
    for parent in nodes:
        items = [nodes[i] for i in parent.children]
        if len(items) < 2 or parent.after_items or any(item.children for item in items):
            continue
        last = items[-1]
        if (last.marker.style not in LISTED_ITEM_STYLES or any(item.marker.style != last.marker.style for item in items)
                or len(last.paragraphs) != 2 or any(len(item.paragraphs) != 1 for item in items[:-1])
                or any(p.table_row for item in items for p in item.paragraphs)):
            continue
        own, after = last.paragraphs
        words = own.text[last.marker.end :].strip()
        if not words.endswith("。") or _titled_with_a_full_stop(words):
            continue
        on_the_items = ON_THE_ITEMS.search(after.text) or FUNDS_OF_THE_ITEMS.match(after.text) and "资金" not in own.text
        if (on_the_items and not RESPONSIBILITY_WORDS.search(after.text) and not responsibility_alone(after.text)
                and not closes_with_units(after.text) and not _label_line(after.text)):
            parent.after_items, last.paragraphs = [after], [own]


def is_clause(node: Node) -> bool:
    """Whether a numbered item is read as a clause: any but a section, and a section with text of its own after its items
    (一、补助标准 / （一）… / （二）… / 省级财政补助资金原则上…: _text_on_the_items_after_them)."""
    return not is_section(node) or bool(node.after_items)


def _text_after_a_tables_rows(nodes: list[Node]) -> None:
    """第四条 …标准如下： / 序号 / 案件类型 / … / 7 / 代写法律文书 / 100 / 同一刑事案件…自第二个阶段起按相应阶段标准的70%计发。: the
    sentences after a table whose rows are a clause's items are that clause's text after them, not the last row's (the table
    ended before them; h299 F2: the note and its rate had gone to the last row)."""
    for node in nodes:
        items = [nodes[i] for i in node.children]
        if len(items) < 2 or not all(item.paragraphs and item.paragraphs[0].table_row for item in items):
            continue
        last = items[-1]
        rest = next((k for k, p in enumerate(last.paragraphs) if not p.table_row), None)
        if last.children or rest is None or "。" not in last.paragraphs[rest].text:
            continue
        holder = _clause_over(nodes, node)
        if holder is not None:
            holder.after_items, last.paragraphs = last.paragraphs[rest:] + holder.after_items, last.paragraphs[:rest]


def _clause_over(nodes: list[Node], node: Node) -> Node | None:
    """Who holds the text after ``node``'s items: ``node``, or where it is a title over them (第九条…按照下列规定执行： /
    （二）社会投资项目： / ①…；/ ②…。/ 省住房城乡建设厅会同…制定具体办法), the article it is the last item of (a title is
    no clause: the text had been lost); None where no clause is over it."""
    while is_section(node):
        parent = nodes[node.parent] if node.parent is not None else None
        if parent is None or nodes[parent.children[-1]] is not node:
            return None
        node = parent
    return node


def responsibility_alone(text: str) -> bool:
    """A paragraph that is nothing but a responsibility bracket: （牵头单位：…；配合单位：…）, （市住建局、市财政局）."""
    group = find_responsibility_group(text)
    return group is not None and group[0] == 1 or is_bare_unit_bracket(text)


RESPONSIBILITY_WORDS = re.compile(r"负责|牵头|配合|单位[：:]|部门[：:]|下同|不再列出")


def _ends_a_document(run: list[Paragraph]) -> bool:
    """A run holding a date line or a closing formula (本意见自…, 抄送, 此件…): a document's end,
    even when numbered items follow (a second document, an annex)."""
    # (以上政策由X负责解释 before the next section's items: that section's note, not the text's end: a review)
    return any(DATE_LINE.match(p.text) or CLOSING_START.match(p.text) and not ITEMS_OWN_TERM.match(p.text)
               and not INTERPRETS_THE_ABOVE.match(p.text) for p in run)


# 本政策自2023年1月1日起执行至2023年12月31日。 between two items: the measure's own term (the review), not the document's end
ITEMS_OWN_TERM = re.compile(r"本政策(?:自|从)")


def _compilation_heading_length(paragraphs: list[Paragraph]) -> int:
    """How many paragraphs from here form a compilation heading ``1. title（date）`` (0 if none).

    The heading may be wrapped over up to three paragraphs (a page marker or line break inside).
    """
    if not paragraphs or not re.match(r"^\d{1,3}\s*[.．﹒、]", paragraphs[0].text):
        return 0
    joined = ""
    for i, p in enumerate(paragraphs[:3]):
        joined += PAGE_MARKER.sub("", p.text).strip()
        if COMPILATION_HEADING.match(joined):
            return i + 1
        if SENTENCE_END.search(p.text):
            return 0
    return 0


def _restarts_at_top(marker: Marker, numbering: _Numbering, nodes: list[Node], ranks: dict = RANK) -> bool:
    """一、 after 六、 at the top level (nothing open outranks it, by this document's ``ranks``): a new part, not a later run."""
    if marker.value != 1 or marker.style == "qa" or any(ranks[nodes[i].marker.style] < ranks[marker.style] for i in numbering.stack):
        return False  # (a first question under its heading: no new part, a review)
    previous = numbering.last_sibling.get(None)
    return previous is not None and previous.marker.value > 1


BARE_NUMBER = re.compile(r"^(?P<n>\d{1,3})(?:[.．](?=\d)|(?=[\u4e00-\u9fff]))")


def _points_of_an_answer(marker: Marker, structure: Structure, numbering: _Numbering) -> None:
    """2.常见问题 / 问：… / 答：…包括： / （一）…: a number of a style none of the headings above the open question has is the
    answer's point, under the question (a review: it had closed the question and its heading); a numbered question
    (1.问：…) too."""
    open_nodes = [structure.nodes[i] for i in numbering.stack]
    at = next((k for k, node in enumerate(open_nodes) if _is_question(node)), None)
    if at is None:  # the questions are over (or a new part began): the styles rank as the document had them
        for style, rank in structure.answer_ranks.items():
            structure.rank[style] = rank
        structure.answer_ranks.clear()
        return
    question = open_nodes[at].marker.style
    headings = {node.marker.style for node in open_nodes[:at]} | {question}
    if marker.style not in headings and structure.rank[marker.style] <= structure.rank[question]:
        structure.answer_ranks.setdefault(marker.style, structure.rank[marker.style])
        structure.rank[marker.style] = structure.rank[question] + 0.25


def _is_question(node: Node) -> bool:
    """问：… or 1.问：…: a question of a 政策问答, its answer its text."""
    return node.marker.style == "qa" or bool(node.paragraphs) and QUESTION.match(node.paragraphs[0].text[node.marker.end :].lstrip()) is not None


def _question(text: str, structure: Structure, numbering: _Numbering) -> Marker | None:
    """问：… (问1：…): a question of a 政策问答 or 解读, numbered on from the one before under the same heading; the answer
    (答：…, a paragraph of its own) joins it as its text (a blind test: the pairs had been the heading's one clause, or
    without a heading each line a clause of its own)."""
    m = QUESTION.match(text)
    if m is None:
        return None
    above = []  # the open headings above the question: those not inside a question before (an answer's own points)
    for i in numbering.stack:
        if structure.nodes[i].marker.style == "qa":
            break
        above.append(i)
    parent = above[-1] if above else None
    # just under its heading, whatever its style (1.常见问题 / 问：…), so that an answer's points (（一）… / 1.…) of a deeper
    # style are the question's, and the next heading alike or higher closes it (a review: an answer's （一） had closed it)
    structure.rank["qa"] = structure.rank[structure.nodes[parent].marker.style] + 0.5 if parent is not None else RANK["cn_dun"] - 0.5
    previous = numbering.last_child.get((parent, "qa"))
    value = as_int(m["n"]) if m["n"] else previous.marker.value + 1 if previous else 1
    return Marker("qa", m.group().strip(), value, m.end(), text[m.end() : m.end() + 8])


def _bare_number(text: str, numbering: _Numbering) -> Marker | None:
    """An item whose dot the PDF lost (30不断优化…) or that a number follows (35.5个地级市…):
    taken only when it is exactly the next number of the running list."""
    m = BARE_NUMBER.match(text)
    if not m or int(m.group("n")) != numbering.last_value.get("ar_dot", -1) + 1:
        return None
    end = m.end() + (1 if text[m.end() : m.end() + 1] in ".．" else 0)
    return Marker("ar_dot", text[:end], int(m.group("n")), end)


CITED_ARTICLE = re.compile(r"^(?:第[（(]?[一二三四五六七八九十百零〇两\d]+[）)]?[款项]|规定|的规定|之|、第|至第|和第|或者?第"
                           r"|所列|所称|所述|所规定|中规定|中的|执行|要求的)")  # 第八条所列的程序: a citation


def _accept(marker: Marker, numbering: _Numbering) -> bool:
    """Whether a numbered line is an item, not a number inside a sentence (…如下：（4）…).

    An item starts a list (1), or follows the last number of its style within a few; a strong
    style (一、 （一） 第X条) may also repeat or go back (a restart or a repeat, warned).
    """
    if marker.style in FIXED_ARTICLE_STYLES and CITED_ARTICLE.match(marker.text_after):
        return False  # 第十四条第三款规定的…: a citation at the start of a line
    if marker.style in DECIMAL_STYLES:
        return True  # its order checked over the whole text (an excerpt's 3 组织指挥体系 may come first)
    if marker.value == 1:
        return True
    last = numbering.last_value.get(marker.style)
    if last is None:  # its first item lost; an excerpt's articles (节选) start where the excerpt does
        return (marker.style not in WEAK_STYLES and (marker.value == 2 or marker.style == "article")
                or _numbered_on_from_rows(marker, numbering, 0))  # rows 1-3 of a table, then 4．… (z346)
    if marker.style in WEAK_STYLES:
        return last < marker.value <= last + RUN_ON_SLACK or _numbered_on_from_rows(marker, numbering, last)
    if numbering.omitted and marker.value > last + RUN_ON_SLACK:
        numbering.omitted = False  # the gap's numbers skipped once
        return True
    return marker.value <= last + RUN_ON_SLACK


def _numbered_on_from_rows(marker: Marker, numbering: _Numbering, last: int) -> bool:
    """The number after the last table row's, that row past the style's last item (``last``)."""
    return last < numbering.last_row == marker.value - 1


def _number_typed_twice(marker: Marker, numbering: _Numbering, nodes: list[Node]) -> bool:
    """15.加大信贷投放力度。… / 15.推进水电气网联合报装…: a weak number repeated after its item ended
    a sentence is the next item typed with the same number (a repeat, warned), not words of the last."""
    if marker.style not in WEAK_STYLES or numbering.last_value.get(marker.style) != marker.value or not nodes:
        return False
    last = nodes[-1]
    return last.marker.style == marker.style and last.paragraphs[-1].text.rstrip().endswith(("。", "）", ")"))


def _sections_over_articles(paragraphs: list[Paragraph]) -> bool:
    """A bare 一、 heading right above a 第X条 article: the document's 一、 headings group its articles."""
    for p, following in zip(paragraphs, paragraphs[1:]):
        marker = match_marker(p.text) if p.text[:1] in CN_NUMERALS else None
        if marker and marker.style == "cn_dun" and is_heading_only(p.text):
            after = match_marker(following.text)
            if after and after.style == "article":
                return True
    return False


CN_NUMERALS = "一二三四五六七八九十"


def _add_node(structure: Structure, numbering: _Numbering, marker: Marker, p: Paragraph, part: int) -> None:
    nodes = structure.nodes
    rank = structure.rank[marker.style]
    while numbering.stack and structure.rank[nodes[numbering.stack[-1]].marker.style] >= rank:
        numbering.stack.pop()
    parent = numbering.stack[-1] if numbering.stack else None
    node = Node(marker, [p], len(numbering.stack), parent, part=part)
    node.closed = closes_with_units(p.text)
    _check_sequence(structure, numbering, node, p)
    nodes.append(node)
    index = len(nodes) - 1
    if parent is not None:
        nodes[parent].children.append(index)
    numbering.stack.append(index)
    numbering.last_value[marker.style] = marker.value


def _check_sequence(structure: Structure, numbering: _Numbering, node: Node, p: Paragraph) -> None:
    """Warn about a gap or a repeat; a number not above the previous sibling's starts a new run.

    Runs count per parent whatever the style, so paths stay unique and in document order even when
    two styles share a level (（一） then 一、 at the top).
    """
    key = (node.parent, node.marker.style)
    previous = numbering.last_child.get(key)
    value = node.marker.value
    sibling = numbering.last_sibling.get(node.parent)
    if sibling is not None and value <= sibling.marker.value:
        numbering.runs[node.parent] = numbering.runs.get(node.parent, 0) + 1
    node.run = numbering.runs.get(node.parent, 0)
    numbering.last_sibling[node.parent] = node
    if previous is not None:
        expected = previous.marker.value + 1
        if value <= previous.marker.value:
            structure.warnings.append(f"numbering repeats or restarts: {node.marker.printed} after {previous.marker.printed} (line {p.line})")
        elif value != expected:
            structure.warnings.append(f"numbering gap: {node.marker.printed} after {previous.marker.printed} (line {p.line})")
    else:
        last = numbering.last_value.get(node.marker.style)
        if value != 1 and (last is None or value != last + 1):
            after = f"after {last}" if last is not None else "as the first of its list"
            structure.warnings.append(f"numbering gap: {node.marker.printed} {after} (line {p.line})")
    numbering.last_child[key] = node


# 《…》已经省政府同意，现转发给你们，请认真贯彻执行。: the notice's own words passing on the document it forwards or
# issues (printed apart from it, under its own title), no clause
# (one sentence: not …，并于X前报送…; or with where to report problems after it: 实施过程中遇到的问题，请径向省发展改革委反映（联系人：…）。,
# a blind test: the paragraph had become a clause)
PROBLEMS_REPORTED = r"(?:(?:实施|执行|落实|工作)(?:过程)?中|(?:实施|执行)中)(?:遇到|发现|出现)?的?(?:重大)?(?:问题|情况)[^。]{0,40}?(?:反映|报告|反馈|联系)[^。]{0,80}。?"
ANNOUNCES_BELOW = re.compile(r"现(?:将|就)[^。；]{0,20}?(?:通告|公告)如下[：:]$")  # (a notice's 通知如下 may follow its decision: kept)
PROBLEMS_REPORTED_ALONE = re.compile(PROBLEMS_REPORTED)  # (its own paragraph after the passing-on one: a mutation test)
PASSES_ON = re.compile(r"^[^。]{0,120}?(?:现|特|兹)[^。]{0,80}?(?:(?:印发|转发|下发)给?你们|予以?(?:印发|转发))[^。]{0,30}。?"
                       rf"(?:{PROBLEMS_REPORTED})?$")


# 本通告自2023年5月1日起施行。(, 有效期至…): when the text is in force, nothing more (not …施行，低保标准由…提高至…, nor
# 本公告自发布之日起30日内，…可申请: a review)
IN_FORCE_ONLY = re.compile(SELF_NAMED + r"自[^。；，,]{2,30}?起?(?:施行|实施|执行|生效)"
                           r"(?:[，,](?:有效期[^。；，,]{0,20}|[^。；，,]{0,30}同时废止|(?:执行|实施)?至[^。；，,]{2,20}止?))?[。.]?")
# (the tail a term only: 有效期…, …同时废止, 执行至…止; not 农村低保标准提高至…，执行至…止: a second review)


def _paragraphs_as_clauses(structure: Structure, not_body: list[Paragraph]) -> None:
    """A part with no numbered items: each body paragraph is a clause numbered by its position.

    Head lines, compilation headings, the addressee line (各…：), the notice's sentence passing the document on, a
    line listing an attachment (附件：…, also one the compilation leaves out: 附件：…（略）), a field line (联系人：…,
    （联系人：…）, 解读机关：…) and ``not_body`` (compilation headings, an attachment list's entries) stay preamble.
    """
    body = [p for p in structure.preamble if not is_standalone(p.text) and not any(p is h for h in not_body)
            and not PASSES_ON.match(p.text) and not PROBLEMS_REPORTED_ALONE.fullmatch(p.text) and not APPENDIX_LINE.match(p.text)
            and not CONTACT_FIELD.match(p.text.lstrip("（( ")) and not INTERPRETER_FIELD.match(p.text)]
    if body and body[0].text.endswith(("：", ":")):
        body = body[1:]
    for names in _name_lists(structure.preamble, body):  # 附件1 / 先进集体名单 / …: closing text, a segment a list
        structure.closing.append(names)
        body = [p for p in body if not any(p is q for q in names)]
        structure.preamble = [p for p in structure.preamble if not any(p is q for q in names)]
    announced = [k for k, p in enumerate(body) if ANNOUNCES_BELOW.search(p.text)]
    if announced and announced[-1] < len(body) - 1:  # …决定自…起调整…。 / 现将有关事项通告如下： / the matters: the lead-in is
        body = body[announced[-1] + 1 :]  # preamble, as on one line (a blind test: how the PDF broke lines had decided)
    closing = []  # 本通告自2023年5月1日起施行。 / 特此通告。 last: closing text, as after numbered items (a blind test)
    while len(body) > 1 and (CLOSING_FORMULA.fullmatch(body[-1].text) or IN_FORCE_ONLY.fullmatch(body[-1].text)):
        closing.insert(0, body.pop())
    if closing:
        structure.closing.append(closing)
        structure.preamble = [p for p in structure.preamble if not any(p is c for c in closing)]
    if not body:
        return
    first = next(k for k, p in enumerate(structure.preamble) if p is body[0])
    runs: list[list[Paragraph]] = [[]]  # the lines between body paragraphs after the first
    for p in structure.preamble[first + 1 :]:
        if any(p is b for b in body):
            runs.append([])
        else:
            runs[-1].append(p)
    signed = [run for run in runs if _signature_in(run)]  # 附件：… / 晋中市人民政府 / 2024年3月6日 after the body: its closing
    if signed:  # text, as after items (h290 F9: preamble)
        structure.closing = sorted(structure.closing + signed, key=lambda run: run[0].line)
        structure.preamble = [p for p in structure.preamble if not any(p is q for run in signed for q in run)]
    structure.preamble = [p for p in structure.preamble if not any(p is b for b in body)]
    for i, p in enumerate(body, start=1):
        structure.nodes.append(Node(Marker("paragraph", "", i, 0), [p], 0, None))


def _signature_in(paragraphs: list[Paragraph]) -> bool:
    """An issuer's name, then a date on the next line: a signature."""
    return any(ISSUER_LINE.match(p.text) and len(p.text) <= ISSUER_MAX and DATE_LINE.match(q.text)
               for p, q in zip(paragraphs, paragraphs[1:]))


ISSUER_MAX = 30


def _name_lists(preamble: list[Paragraph], body: list[Paragraph]) -> list[list[Paragraph]]:
    """附件1 / 先进集体名单 / 榆次区人民政府 / … after the body: an attachment listing names (an award's recipients, a
    group's members), no clauses of its own; each list from its label to the next label (h290 F9: clauses, 先进集体名单
    one). An attachment that is policy (…办法, a table of sums, a list of tasks) is not titled so."""
    if not body:
        return []
    start = next(k for k, p in enumerate(preamble) if p is body[0])
    lists: list[list[Paragraph]] = []
    current: list[Paragraph] | None = None
    for k in range(start + 1, len(preamble)):
        p = preamble[k]
        label = APPENDIX_LINE.match(p.text)
        if label and not ATTACHMENT_LIST_LEAD.match(p.text):
            title = label["title"].strip() or (preamble[k + 1].text if k + 1 < len(preamble) else "")
            current = [p] if NAME_LIST_TITLE.fullmatch(title) else None
            if current is not None:
                lists.append(current)
        elif current is not None:
            current.append(p)
    return lists


def _assign_paths(nodes: list[Node]) -> dict[int, int]:
    """Path = parent's path + own number (+ ``-run`` after a restart); unique by construction. Parts
    are counted among those that hold items (附件：1.… / 2.… listed before the signature opens no
    part: 附件1's items are a1, not a2). Returns each part's number as counted before -> in the paths."""
    parts = {part: n for n, part in enumerate(dict.fromkeys(node.part for node in nodes))}
    if nodes and nodes[0].part:  # the body had no items: the first part with items is still an annex
        parts = {part: n + 1 for part, n in parts.items()}
    for node in nodes:
        node.part = parts[node.part]
    for node in nodes:
        own = f"{node.marker.value}-{node.run + 1}" if node.run else str(node.marker.value)
        if node.parent is not None:
            node.path = f"{nodes[node.parent].path}.{own}"
        else:
            node.path = f"a{node.part}.{own}" if node.part else own
    return parts


def path_key(path: str) -> tuple:
    """Sort key that puts clause paths in document order: 2 < 10, 3 < 1-2 (a later run), 9 < a1.1."""
    key = []
    for i, component in enumerate(path.split(".")):
        m = re.fullmatch(r"a(\d+)", component)
        if i == 0:
            key.append(int(m.group(1)) if m else 0)
            if m:
                continue
        value, _, run = component.partition("-")
        key.append((int(run) if run else 1, int(value)))
    return tuple(key)


def _heading_text(node: Node) -> str:
    text = "".join(PAGE_MARKER.sub("", p.text) if "#" in p.text else p.text for p in node.paragraphs)  # (a marker opens with #)
    return text[node.marker.end :]


SEE_ATTACHMENT = re.compile(r"^[^。；！？]{1,30}[（(](?:详见|具体见|见)附件\s*\d{0,2}[）)]$")


def is_section(node: Node) -> bool:
    """A numbered heading (short, no sentence end, no lead-in colon) over numbered children.

    An article (第X条) is a clause, its words the rule and its items completing it, unless its words are only a
    short title closed by 。 (第一条 支持企业做大做强。 over （一）–（三）).
    """
    if not node.children:  # 二、重点任务（详见附件）: a part's title whose items are printed elsewhere (not （一）…（见附件1）, an item)
        return node.marker.style == "cn_dun" and node.parent is None and bool(SEE_ATTACHMENT.search(_heading_text(node)))
    heading = _heading_text(node)
    if node.marker.style == "article":  # 第一条 支持企业做大做强。（责任单位：…） / （一）…: a title over its items
        return _titled_with_a_full_stop(heading) or _titled_with_a_colon(heading)
    group = find_responsibility_group(heading)  # 二、优化市场准入环境（牵头单位：…；配合单位：…）: the bracket is its items'
    words = heading[: group[0] - 1].rstrip() if group is not None and heading.rstrip().endswith("）") else heading
    if 0 < len(words) <= HEADING_MAX and not SENTENCE_END.search(words) and not words.rstrip().endswith(("：", ":")):
        return True
    return _titled_with_a_full_stop(heading) or _titled_with_a_colon(heading)


TITLE_WITH_COLON_MAX = 30
# what makes words before a colon a lead-in sentence (申报专利奖，应当具备以下条件： / 按以下标准给予补偿：), not a title
# (第七条 市人社局负责落实…扶持政策：: a duty given, z370)
# (第八条 综合奖励依据上年度…评价结果确定：: what it is decided by, a sentence, z440; not 认定依据：, a title's noun)
LEAD_IN_WORDS = re.compile(r"以下|下列|如下|下述|包括|应当|应|须|需|可|给予|按照?|对|为|是|有|分为|享受|符合|具备|要求|实行|采取|提供|负责(?!人|同志)|牵头(?!单位|部门|领导)|会同"
                           r"|(?:依据|根据|依照)(?![和及与、]|$)")  # (not 考核依据和标准：, 依据与程序：: titles, the review)


def _titled_with_a_colon(heading: str) -> bool:
    """A title closed by a colon over its items: 支持标准：, （一）发明专利、实用新型专利的评价指标及权重：: a noun
    phrase, no comma and no verb of a lead-in (not 对符合条件的企业给予以下支持：, 具体措施如下：)."""
    text = heading.replace("\n", "").strip()
    if not text.endswith(("：", ":")):
        return False
    title = text[:-1]
    return 0 < len(title) <= TITLE_WITH_COLON_MAX and not re.search(r"[，,；;。！？!?（）()]", title) and not LEAD_IN_WORDS.search(title)


TITLE_WITH_STOP_MAX = 20  # 营造包容普惠的创新环境。: a title; a longer run of words is a sentence


def _titled_with_a_full_stop(heading: str) -> bool:
    """A short title closed by 。, maybe with the responsibility bracket of its items after it:
    （一）营造包容普惠的创新环境。（省发改委牵头，相关厅局配合）. No comma or colon: a lead-in
    (申报专利奖，应当具备以下条件：) or a rule of its own is a sentence."""
    text = heading.replace("\n", "").strip()
    group = find_units_group(text)
    if group is not None:
        text = text[: group[0] - 1].rstrip()
    title = text[:-1] if text.endswith("。") else ""
    return 0 < len(title) <= TITLE_WITH_STOP_MAX and not re.search(r"[，,、：:；;。！？!?（）()]", title)  # 深化“一业一证”改革。 too


def heading_of(text: str, marker_end: int) -> str:
    body = text[marker_end:].lstrip("\n ")
    first = re.split(r"[。；！？\n]", body, maxsplit=1)[0]
    opened = _first_unclosed_bracket(first)
    if opened:
        first = first[:opened]  # 建立…处理机制（牵头单位：X；配合单位：…: the words before the bracket the cut left open (h275 F9)
    return first if len(first) <= 60 else first[:40] + "…"


def _first_unclosed_bracket(text: str) -> int | None:
    """Where the first bracket left open in ``text`` opens (…（责任单位：各乡镇（街道）: the outer one, h276 F10), or None."""
    opened: list[int] = []
    for k, ch in enumerate(text):
        if ch in "（(":
            opened.append(k)
        elif ch in "）)" and opened:
            opened.pop()
    return opened[0] if opened else None


CAPTION_END = re.compile(r"(?:表|清单|一览表|台账|目录)$")


def section_heading(node: Node) -> str:
    """A section's words: its first paragraph, and those after it that end the heading a page cut (三、着力营造公平竞争 /
    # Page / 市场环境); not a table's caption (二、重点任务 / 岳阳市…重点任务分工表 / 序号 …) or a sentence."""
    heading = node.paragraphs[0].text[node.marker.end :].replace("\n", "")
    for p in node.paragraphs[1:]:
        if SENTENCE_END.search(p.text) or CAPTION_END.search(p.text) or len(heading) + len(p.text) > HEADING_MAX:
            break
        heading += p.text.replace("\n", "")
    return heading


def _part_section(part: int, title: PartTitle, source: str) -> Section:
    label = APPENDIX_LINE.match(title.label.text if title.label is not None else title.title.text)
    number = re.sub(r"\s+", "", label["label"]) if label else ""  # 附件2, or none for a title the notice names
    return Section(f"a{part}", number, title.heading, title.title.span(source))


def sections_and_segments(structure: Structure, source: str) -> tuple[list[Section], list[Segment]]:
    sections = []
    nodes = structure.nodes
    titled = dict(structure.part_titles)
    for node in nodes:
        if node.part in titled:  # the part's title first, above its items
            sections.append(_part_section(node.part, titled.pop(node.part), source))
        if not is_clause(node):
            p = join_paragraphs(node.paragraphs)
            parent = nodes[node.parent].path if node.parent is not None else part_section_path(structure, node)
            heading = section_heading(node)
            sections.append(Section(node.path, node.marker.printed, heading, p.span(source), parent))
    segments = [Segment("preamble", p.text, p.span(source)) for p in structure.preamble]
    for run in structure.closing:
        joined = join_paragraphs(run)
        segments.append(Segment("closing", joined.text, joined.span(source)))
    return sections, segments
