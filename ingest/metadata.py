"""Document boundaries and metadata (title, 文号, issuing body, date, jurisdiction, level).

A file may hold a notice and the document it issues or forwards. A *forwarding* notice
(转发) and the forwarded document are two documents; a notice that *issues* its own attachment
(印发) is one document whose attachment title is kept as an alternative title.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from .model import DocNumber, Span
from .needles import matches
from .normalize import (
    DATE_LINE,
    DOC_NUMBER_LINE,
    FOOTER_LINE,
    HEADING_DATE_NOTE,
    INTERPRETATION_TITLE,
    ISSUE_NUMBER_LINE,
    ISSUER_LINE,
    NUMBERING_START,
    ORDER_NUMBER_LINE,
    PUBLICATION_NOTE,
    TERMINAL,
    YEAR,
    YEAR_NUMBER_ALONE,
    Paragraph,
    ends_in_a_document_kind,
    issues_named_text,
    party_named,
)
from .numbers import ITEM_MARK, ITEM_OR_ARTICLE, as_int, cn_to_number
from .places import Place, gazetteer, inside, is_national_issuer
from .references import order_number_of, parse_announcement_number, parse_doc_number, parse_doc_number_line
from .units import COOPERATIVE_END, CORPS, CORPS_NAME, NOT_A_PREFIX, expand

BODY_START = re.compile(r"^(?:为|根据|按照|依据|近年来|当前|今年以来|随着|《|\d{4}\s*年(?:是|以来)|今年是|近期|目前|党的二十大)")
VERSION_FOOTER = re.compile(rf"^(?:主题词|抄送|抄报|.{{0,30}}印发$|共印\d+份|{PUBLICATION_NOTE})")
FORWARD_CUE = re.compile(r"转发")
DATE_PARTS = re.compile(
    rf"(?P<y>{YEAR})\s*年\s*(?P<m>\d{{1,2}}|[一二三四五六七八九十]{{1,2}})\s*月\s*(?P<d>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*(?:日|号|(?=[）)]|$))"
)
# A date in brackets closing a title (…的通知（2023年6月13日）, （二〇二三年三月二日印发）)
TITLE_DATE = re.compile(rf"\s*[（(]\s*{YEAR}\s*年[^（）()]{{2,10}}[）)]$")
# The heading a printed compilation puts over each document: ``3. title（2023年2月24日）``.
COMPILATION_HEADING = re.compile(rf"^\d{{1,3}}\s*[.．、]\s*(?P<title>.+?)\s*[（(](?P<date>[^（）()]{{0,6}}{YEAR}\s*年"
                                 rf"[^（）()]{{2,10}}?)(?P<note>{HEADING_DATE_NOTE})[）)]$")  # （2023年2月24日）, （二〇二三年三月二日）
# who made the text, as a regulation's or a rule's heading says after its date: the congress or its standing committee
# that adopted it (淄博市第十七届人民代表大会常务委员会第十次会议通过), the government whose order published it
# (山东省人民政府令第355号公布: also its number); not the congress that approved it (批准)
ADOPTED_BY = re.compile(r"(?:^|(?<=[日\s]))(?P<place>[\u4e00-\u9fff]{2,12}?)第[一二三四五六七八九十百]+届(?P<body>人民代表大会(?:常务委员会)?)"
                        r"第[一二三四五六七八九十百]+次(?:全体)?会议(?:审议)?通过")
ORDERED_BY = re.compile(r"(?:^|(?<=[日\s]))(?P<name>[\u4e00-\u9fff]{2,12}?人民政府令)\s*第\s*(?P<n>\d{1,4})\s*号(?:公布|发布)")


MAKING_NOTE_LINE = re.compile(r"[（(](?P<note>[^（）()]{0,30}?\d{4}\s*年[^（）()]{0,60}?(?:令\s*第\s*\d{1,4}\s*号(?:公布|发布)|会议通过)"
                              r"[^（）()]{0,60})[）)]")


@dataclass
class Head:
    title: str | None = None
    title_para: Paragraph | None = None
    title_range: tuple[int, int] | None = None  # source offsets when the title is part of its paragraph(s)
    issuers: list[str] = field(default_factory=list)  # the letterhead's names, one a line
    doc_number: DocNumber | None = None
    # a second 文号 line under the first: a joint document's co-issuer's, or the number of a text a notice forwards
    other_numbers: list[Paragraph] = field(default_factory=list)
    date: dt.date | None = None
    body_start: int = 0


@dataclass
class Part:
    """The paragraphs of one document found in a file."""

    head: Head
    body: list[Paragraph]
    alternative_title: str | None = None
    closing: list[Paragraph] = field(default_factory=list)
    attachment_title: Paragraph | None = None  # the line the alternative title came from (an attachment's title)
    annex: Paragraph | None = None  # the attached text's first paragraph in ``body`` (its label and title taken off)
    attachment_heading: str | None = None  # the attachment's title, without its label (附件2：): its part's heading


def parse_date(text: str) -> dt.date | None:
    m = DATE_PARTS.search(text)
    if not m:
        return None
    y, mo, d = (int(x) if x.isdecimal() else cn_to_number(x) for x in (m["y"], m["m"], m["d"]))
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


# 《…若干措施》政策解读: an interpretation of another text, published alone (a blind test: its title had been lost); the
# dates it states are the interpreted text's, and its issuer is named after it (解读机关：…)
INTERPRETATION = re.compile(r"(?:解读|问答)$")  # (政策问答: the same kind of text, a blind test)
INTERPRETED_BY = re.compile(r"^(?:解读机关|解读单位|解读部门|发布机构)[：:]\s*(?P<who>[\u4e00-\u9fff（）]{2,40}?)(?:[、，,\s].*)?$")
# A body issuing a text, the text's title last: 新疆自治区党委政法委印发《…50条措施》
ISSUES_TITLED = re.compile(r"[^，。；《》]{2,40}(?:印发|转发)《[^《》]{4,80}》")
# the bracket a title may close with: 行动计划（2023—2025 年）, 规范（试行）
TITLE_BRACKET = re.compile(r"[（(][^（）()]{1,16}[)）]$")


LETTERHEAD_KIND = re.compile(r"(?:行政)?(?:规范性)?文件$")
LETTERHEAD_KIND_ALONE = re.compile(r"(?:行政)?(?:规范性)?文\s*件")  # (文　件: the red header's two big characters spaced)
MAX_TITLE_CHARS = 120  # a joint forwarding notice's title, its issuers and the title it forwards, runs past 80


def is_title(text: str) -> bool:
    kind = TITLE_BRACKET.sub("", text)
    return (
        0 < len(text) <= MAX_TITLE_CHARS
        and text != "目录"  # a regulation's table of contents, not a title of the kind 目录
        and not NUMBERING_START.match(text)
        and bool(kind)
        and (kind[-1] not in TERMINAL | {"，"} and (ends_in_a_document_kind(kind) or text.startswith("关于"))
             or bool(ISSUES_TITLED.fullmatch(kind)))
    )


def compilation_heading(paragraphs: list[Paragraph], lines: int = 5) -> tuple[str, dt.date | None, int, tuple[int, int], str] | None:
    """A compilation's heading ``N. title（date）`` over the first 1 to ``lines`` paragraphs.

    Returns the title, the date, how many paragraphs it takes, the title's source range and the bracket's note after the
    date (…会议通过, or "").
    """
    for n in range(1, min(lines, len(paragraphs)) + 1):
        text = "".join(p.text for p in paragraphs[:n])
        m = COMPILATION_HEADING.match(text)
        if m and _heading_title(m["title"]):
            return m["title"], parse_date(m["date"]), n, _source_range(paragraphs[:n], m.start("title"), m.end("title")), m["note"]
        if any(c in text for c in "。；"):
            break
    return _undated_heading(paragraphs)


# ``2. title`` without its date: a compilation's heading only where the title reads as one and its 文号 follows
UNDATED_HEADING = re.compile(r"^\d{1,3}\s*[.．、]\s*(?P<title>.+)$")


def _undated_heading(paragraphs: list[Paragraph]) -> tuple[str, None, int, tuple[int, int]] | None:
    """``2. 贵州省人民政府办公厅关于印发…的通知`` / ``黔府办函〔2023〕16号``: a compilation's heading whose date
    was lost, the title in one or two paragraphs right above the document's 文号."""
    for n in (1, 2):
        if len(paragraphs) <= n or not DOC_NUMBER_LINE.match(paragraphs[n].text):
            continue
        m = UNDATED_HEADING.match("".join(p.text for p in paragraphs[:n]))
        if m and _heading_title(m["title"]) and is_title(m["title"]):
            return m["title"], None, n, _source_range(paragraphs[:n], m.start("title"), m.end("title")), ""
    return None


def _heading_title(text: str) -> bool:
    """A compilation heading names its document: any short text without a sentence in it."""
    return 4 <= len(text) <= 120 and not any(c in text for c in "。；！？") and not NUMBERING_START.match(text)


def _source_range(paragraphs: list[Paragraph], start: int, end: int) -> tuple[int, int]:
    """Source offsets of characters ``start:end`` of the paragraphs' joined text."""
    offsets = [o for p in paragraphs for o in p.offsets[:-1]]
    return offsets[start], offsets[end - 1] + 1


def same_title(text: str, title: str) -> bool:
    """The title repeated lower down (possibly without its issuer prefix)."""
    key, full = re.sub(r"\s", "", text), re.sub(r"\s", "", title)
    return len(key) >= 6 and (key == full or full.endswith(key) or key.endswith(full))


# A government's or ministry's order (规章 are published so): 河北省人民政府令〔2024〕第3号, the name alone
# above its number, or 人力资源社会保障部令 … (the issuer is what comes before 令); a people's congress
# standing committee's announcement publishing a regulation (江西省人民代表大会常务委员会公告 / 第21号)
ORDER_LINE = re.compile(r"^(?P<issuer>[\u4e00-\u9fff]{2,30}?(?:人民政府|政府|国务院|部|委员会|总局|局|署|行))(?:令|(?<=常务委员会)公告)"
                        r"(?:[〔\[［（(]\d{4}[〕\]］）)])?(?:第?\d+号|[（(]第\d+号[）)])?$")  # 湖南省人民政府令（第315号）
ORDER_NAME = re.compile(r"^[\u4e00-\u9fff]{2,30}?(?:令|公告)")
ORDER_SEQUENCE = re.compile(r"(?:(?P<term>[一二三四五六七八九十]{1,3})届[〕\]]?\s*|(?<![\d〔\[［（(])(?P<year>(?:19|20)\d{2})\s*年\s*)?第\s*(?P<n>\d{1,4}|[一二三四五六七八九十百零〇]{1,6})\s*号\s*[）)]?\s*$")


def order_number(order_name: str, text: str) -> DocNumber | None:
    """四川省人民政府令 and 第362号 (on its line or the next, 第五号): the order's number, which has no year; a standing
    committee's 公告 numbered in its term ((十四届第5号)) keeps the term, as each term counts from 1 again (a review); a
    ministry's order numbered within its year (2022年第3号) the year (h293 F15)."""
    m = ORDER_SEQUENCE.search(text)
    number = as_int(m["n"]) if m else 0
    if not number:
        return None
    return order_number_of(order_name + (f"（{m['term']}届）" if m["term"] else ""), number, int(m["year"]) if m["year"] else None)


# The order's one sentence: 《河北省优化营商环境办法》已经…常务会议通过，现予公布 (the title of what it issues)
# (…》已于2023年10月26日经…通过: the day first, h280 F2)
PROMULGATION = re.compile(r"^《(?P<title>[^《》]{4,80})》(?:已于[^《》，。；]{0,16}?(?=经|由))?(?:已?经|业经|已由|经|由)[^《》]{0,80}?(?:通过|审议|同意|批准)")


def parse_head(paragraphs: list[Paragraph]) -> Head:
    head = _parse_head(paragraphs)
    if head.title is None and any(ORDER_LINE.match(p.text) for p in paragraphs[:head.body_start]):
        _title_of_order(head, paragraphs)
    if head.doc_number is None:
        head.doc_number = _facts_table_number(paragraphs[:FACTS_TABLE_PARAGRAPHS])
    return head


# a web page's table of facts above the text: 索引号 / 发文机关 / 发文字号 / 宁政发〔2023〕56号 / 成文日期 …
FACTS_NUMBER_LABEL = re.compile(r"发文字号|发文文号|文\s*号")
FACTS_TABLE_PARAGRAPHS = 12


def _facts_table_number(paragraphs: list[Paragraph]) -> DocNumber | None:
    """The 文号 a web page's facts give beside their label, on its line or the next (发文字号：X / 发文字号 / X)."""
    for i, p in enumerate(paragraphs):
        label = FACTS_NUMBER_LABEL.search(p.text)
        if not label:
            continue
        after = p.text[label.end() :].lstrip("：: \u3000")
        if after:
            number = parse_doc_number(after)
            if number and after.startswith(number.issuer_abbr):
                return number
        elif i + 1 < len(paragraphs):
            return parse_doc_number_line(paragraphs[i + 1].text)
    return None


def _title_of_order(head: Head, paragraphs: list[Paragraph]) -> None:
    """An order's title is that of the rules it issues, named by its one sentence."""
    first = paragraphs[head.body_start] if head.body_start < len(paragraphs) else None
    m = PROMULGATION.match(first.text) if first else None
    if m:
        head.title, head.title_para = m["title"], first
        head.title_range = (first.offsets[m.start("title")], first.offsets[m.end("title") - 1] + 1)


PUBLISHED_ON = re.compile(r"(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[^，。；（）()\d]{0,30}?(?:第\s*\d+\s*号)?\s*(?:公布|发布)")


def _read_making_note(note: str, head: Head) -> None:
    """The issuer (and an order's number) a heading's note names: （…淄博市第十七届人民代表大会常务委员会第十次会议通过
    …批准）: 淄博市人民代表大会常务委员会; （…山东省人民政府令第355号公布）: 山东省人民政府, 山东省人民政府令第355号."""
    ordered = ORDERED_BY.search(note)
    if ordered:
        head.issuers.append(ordered["name"][:-1])
        head.doc_number = order_number_of(ordered["name"], int(ordered["n"]))
    elif adopted := ADOPTED_BY.search(note):
        head.issuers.append(adopted["place"] + adopted["body"])


def _without_term(body: str) -> str:
    """江西省第十四届人民代表大会常务委员会 as 江西省人民代表大会常务委员会: one body whatever its term (a review, a blind
    test); its announcements' numbers keep the term (each term numbers them from 1)."""
    return re.sub(r"第[一二三四五六七八九十百]+届", "", body)


def _parse_head(paragraphs: list[Paragraph]) -> Head:
    head = Head()
    start = 0
    heading = compilation_heading(paragraphs)
    if heading:
        head.title, head.date, start, head.title_range, note = heading
        head.title_para = paragraphs[0]
        head.body_start = start
        _read_making_note(note, head)
    noted = bool(head.issuers) and head.doc_number is None  # the note named who adopted it: its 公告 and number may follow
    number_at = None  # the paragraph that gave the 文号
    order_name = ""  # 四川省人民政府令: an order's name line, its number on it or below
    for i, p in enumerate(paragraphs[start:], start=start):
        text = p.text
        if head.title and same_title(text, head.title):
            pass
        elif DOC_NUMBER_LINE.match(text) and head.doc_number is not None and parse_doc_number_line(text) == head.doc_number:
            pass  # the 文号 again: a web page's table of facts gave it above the title
        elif (DOC_NUMBER_LINE.match(text) and number_at == i - 1 and head.doc_number is not None
              and parse_doc_number_line(text) is not None):
            head.other_numbers.append(p)  # 甘州办发〔2023〕88号 / 甘州财发〔2023〕12号 (pipeline: whose it is)
            number_at = i
        elif (head.doc_number is None and head.title and head.title.endswith(("公告", "通告")) and (alone := YEAR_NUMBER_ALONE.fullmatch(text))
              and (issuer := issuer_from_title(head.title) or _announcing_body(head.title))):
            # …关于…的公告 / 2023 年第6 号: the announcement's number of the year, its issuers the title's (h166: none);
            # 南充市顺庆区人民政府通告 / （2023年第2号）: a 通告's likewise (h290 F10)
            year, num, kind = int(alone["year"]), int(alone["num"]), head.title[-2:]
            issuer = issuer.replace(" ", "")
            head.doc_number = DocNumber(f"{issuer}{kind}{year}年第{num}号", issuer + kind, year, num)
            number_at = i
        elif DOC_NUMBER_LINE.match(text) and head.doc_number is None:
            head.doc_number = parse_doc_number_line(text) or parse_doc_number(text) or parse_announcement_number(text)
            number_at = i
            order = ORDER_LINE.match(text)
            if order and (head.title is None or heading) and not head.issuers:  # 河北省人民政府令〔2024〕第3号: who orders is the issuer
                head.issuers.append(_without_term(order["issuer"]))
        elif (head.title is None or heading and (not head.issuers or noted and head.doc_number is None)) and (order := ORDER_LINE.match(text)):
            if _without_term(order["issuer"]) not in map(_without_term, head.issuers):  # (…第二次会议通过） / …常务委员会公告: named twice)
                head.issuers.append(_without_term(order["issuer"]))  # the order's name, its number below or without a year (also under a compilation's heading)
            order_name = ORDER_NAME.match(text).group()
            head.doc_number = head.doc_number or order_number(order_name, text)  # 四川省人民政府令第362号 on one line
        elif ORDER_NUMBER_LINE.match(text) and head.issuers:
            if order_name and head.doc_number is None:  # 四川省人民政府令 / 第362号: the order's number, counted on without years
                head.doc_number = order_number(order_name, text)
            continue
        elif head.title and (note := MAKING_NOTE_LINE.fullmatch(text)) and not head.doc_number:
            # 山西省排污许可管理实施办法 / （2024年1月8日山西省人民政府令第305号公布 自…起施行）: a rule's note under its title
            # names its order, its issuer and the day it was published (h270 F2: none of them)
            _read_making_note(note["note"], head)
            # (…2023年12月18日…常务会议审议通过　2024年1月5日…令第262号公布: the day it was published, not adopted: h282 F1)
            published = PUBLISHED_ON.search(note["note"])
            head.date = head.date or parse_date(published["date"] if published else note["note"])
        elif DATE_LINE.match(text) and head.date is None:
            head.date = parse_date(text)
        elif head.title and ISSUE_NUMBER_LINE.match(text) and head.doc_number is None:
            pass  # …常务会议纪要 / 〔2024〕第5期: the minutes' issue, no 文号 (h290 F2)
        elif head.title and _dated_beside(paragraphs, i) and "关于" not in text:
            head.issuers.append(text)  # 湾沚区人民政府办公室　　2024年5月20日 under the title: who issues it, and when (h290 F2)
        elif head.title is None and (is_title(text) or INTERPRETATION_TITLE.fullmatch(text)):  # (《…》政策解读 alone)
            dated = TITLE_DATE.search(text)  # …的通知（2023年6月13日）: the heading of a compilation without its number
            title = text[: dated.start()] if dated else text
            head.title, head.title_para = title, p
            if dated:
                head.title_range = (p.offsets[0], p.offsets[len(title) - 1] + 1)
                head.date = head.date or parse_date(dated.group())
            above = _issuer_lines_between(paragraphs, number_at, i) or _issuer_lines_over(paragraphs, start, i)
            if above and (text.startswith("关于") or _opens_with_bodies(text)):
                # 杭人社发〔2023〕45号 / 杭州市人力资源和社会保障局 杭州市财政局 / 关于印发…的通知, or one
                # issuer a line, the last before 关于 on the title's line: under the 文号 the title,
                # wrapped after its issuers (a name line above the 文号 is the letterhead)
                head.title = "".join(q.text for q in above) + title
                head.title_range = (above[0].offsets[0], p.offsets[len(title) - 1] + 1)
        elif head.title is None and head.issuers and LETTERHEAD_KIND_ALONE.fullmatch(text):
            continue  # 佛山市人民政府办公室 / 文件: the red header's kind of paper on a line of its own, as PDFs print it big (h304 F2)
        elif (ISSUER_LINE.match(text) or BANK_LETTERHEAD.match(text)) and "关于" not in text and head.title is None:
            name = LETTERHEAD_KIND.sub("", text)  # 芜湖市人民政府行政规范性文件: the red header's kind of paper
            head.issuers += split_issuers(name) or [name]  # a joint letterhead: one issuer a line, or two side by side
        elif FOOTER_LINE.match(text):
            continue
        else:
            head.body_start = i
            return head
        head.body_start = i + 1
    return head


def _dated_beside(paragraphs: list[Paragraph], i: int) -> bool:
    """An issuer's name and a date on one line of the head (a 纪要's 版头): two paragraphs cut from one line."""
    return (ISSUER_LINE.match(paragraphs[i].text) is not None and i + 1 < len(paragraphs)
            and paragraphs[i + 1].line == paragraphs[i].line and DATE_LINE.match(paragraphs[i + 1].text) is not None)


MAX_ISSUER_LINES = 6  # issuers of a joint notice written one a line between its 文号 and its title
# 中国人民银行南宁中心支行 over its notice (alone or last of a joint letterhead): the head had ended at it, losing title
# and 文号 (a blind test). Read in the head only: in the body a line ending so may be a sentence's (…反馈至…中心支行)
BANK_LETTERHEAD = re.compile(r"^[\u4e00-\u9fff（）]{0,20}银行[\u4e00-\u9fff（）]{0,20}(?:分行|支行|营业管理部)$")


def _issuer_lines_between(paragraphs: list[Paragraph], number_at: int | None, title_at: int) -> list[Paragraph]:
    """The lines of bodies' names right under the 文号 and right above the title, all of them."""
    if number_at is None or not 0 < title_at - number_at - 1 <= MAX_ISSUER_LINES:
        return []
    lines = paragraphs[number_at + 1 : title_at]
    return lines if _names_only(lines) else []


def _names_only(lines: list[Paragraph]) -> bool:
    """Every line names bodies (one, or several side by side), none a red header's kind of paper (…文件)."""
    return all((ISSUER_LINE.match(q.text) or _issuers_line(q.text)) and not q.text.endswith("文件") for q in lines)


def _issuer_lines_over(paragraphs: list[Paragraph], start: int, title_at: int) -> list[Paragraph]:
    """Bodies' names opening the text, one a line, on the lines right above its title with no 文号 above them
    (福建省人力资源和社会保障厅 福建省财政厅 / 关于…的通知 / 闽人社文〔2023〕78号, as web pages and PDFs print a title
    wrapped after its issuers: two blind testers' titles had lost them); after a blank line such a name is a letterhead
    (平凉市人民政府 / / 关于…)."""
    lines = paragraphs[start:title_at]  # (a 文号 among them is no name: a letterhead above the 文号 stays one)
    if not 0 < len(lines) <= MAX_ISSUER_LINES:
        return []
    adjacent = all(b.line == a.line + 1 for a, b in zip(lines, [*lines[1:], paragraphs[title_at]]))
    return lines if adjacent and _names_only(lines) else []


def _opens_with_bodies(title: str) -> bool:
    """中国人民银行株洲市分行关于印发…: the title's line opens with a body's name, then 关于."""
    issuer = issuer_from_title(title)
    return bool(issuer and title.startswith(issuer + "关于") and split_issuers(issuer))


def issuer_from_title(title: str) -> str | None:
    """松原市人民政府印发关于… → 松原市人民政府; X政法委印发《…》 → X政法委; X转发Y关于… → X;
    关于… → None."""
    m = re.match(r"^(.{2,60}?)(?:印发|转发)?关于", title) or re.match(r"^(.{2,60}?)(?:印发|转发)[《〈]", title)
    if not m or "关于" in m[1] or m[1].startswith(("《", "〈")):  # 《济南市关于…》政策解读: the cited title's words (z268)
        return None
    return re.split(r"印发|转发", m[1])[0] or None  # X转发Y关于…, X印发《关于…》: X issues it


def _announcing_body(title: str) -> str | None:
    """南充市顺庆区人民政府通告: the body whose 通告 (公告) the title names, its name all the title before the kind."""
    body = title[:-2]
    return body if ISSUER_LINE.match(body) and not re.search(r"关于|印发|转发", body) else None


MAX_BODY_NAME = 16  # characters of a body's name after its place


def _leading_body(title: str) -> str | None:
    """A title without 关于 that opens with a place and a body of a known kind, then the rest of the
    title (江苏省市场监督管理局优化营商环境支持个体工商户发展若干措施): that body issued it. The
    longest name of a kind the vocabulary knows within a few characters, with a branch after it
    (上海市公安局奉贤分局), so that 上海市加强集成创新…行动方案 names no body; before 转发 or 印发,
    whoever forwards or issues the title's document."""
    hit = gazetteer().match_nested(title)
    if not hit or "关于" in title:
        return None
    rest = re.split(r"转发|印发", title[len(hit[1]):])[0]  # X转发Y制订的《…》的通知: X issues the notice
    for end in range(min(len(rest), MAX_BODY_NAME), 1, -1):
        name = rest[:end]
        if end <= len(title) - len(hit[1]) - 2 and LEADING_BODY_END.search(name) and expand(name)[1] is not None:
            branch = BRANCH.match(rest, end)  # 上海市公安局奉贤分局: a branch of a body of a known kind
            return hit[1] + name + (branch.group() if branch else "")
    return None


LEADING_BODY_END = re.compile(r"(?:局|厅|委员会|委|办公厅|办公室|人民政府)$")
BRANCH = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:分局|支队|大队|分中心|分行|支行)")


def split_parts(paragraphs: list[Paragraph]) -> tuple[Part, Part | None, bool]:
    """(notice or whole document, attached document or None, whether the notice forwards it)."""
    head = parse_head(paragraphs)
    boundary = _attachment_start(paragraphs, head.body_start)
    if boundary is None:
        return Part(head, paragraphs[head.body_start :]), None, False
    notice_body = paragraphs[head.body_start : boundary]
    attached = paragraphs[boundary:]
    footer_from = len(attached)
    while footer_from > 0 and (
        VERSION_FOOTER.match(attached[footer_from - 1].text)
        or ISSUER_LINE.match(attached[footer_from - 1].text)
        or DATE_LINE.match(attached[footer_from - 1].text)
    ):
        footer_from -= 1
    footer_from = _footer_start(attached, footer_from)
    footer = attached[footer_from:]
    attached = attached[:footer_from]
    attached_head = parse_head(attached)
    if attached_head.title is None and attached and _issued_by(notice_body, attached[0].text):
        # 现将《安义县招商引资优惠政策（试行）》印发给你们 / 安义县招商引资优惠政策（试行）: the title the notice names, whatever
        # its last word (h317 F7)
        attached_head = Head(title=attached[0].text, title_para=attached[0], body_start=1)
    notice_text = (head.title or "") + "".join(p.text for p in notice_body)
    forwards = bool(FORWARD_CUE.search(notice_text))
    if not forwards or not attached_head.title:
        # 印发: one document; the notice is its preamble, the attachment title an alternative title.
        # Without a title of its own the attached text is not a document either (an annex's list).
        annexed = attached[attached_head.body_start :]
        heading = _without_annex_label(attached_head.title)
        part = Part(head, notice_body + annexed, heading if _issues_its_attachment(head, notice_body, heading) else None,
                    footer, attached_head.title_para, annexed[0] if annexed and notice_body else None, heading)
        if head.date is None:
            part.head.date = attached_head.date
        return part, None, False
    return Part(head, notice_body, closing=footer), Part(attached_head, attached[attached_head.body_start :]), True


# a text that issues what is attached to it: a notice, a decision, a letter (not a 办法 with a table of its standards attached)
ISSUING_KIND = re.compile(r"(?:通知|决定|批复|函|通告|公告|意见|报告)$|印发|转发|发布|公布")
# 关于修改《X》部分条款的通知, 关于废止和修改…的决定: the changes are its text, an attachment one of its parts (h292 F11)
AMENDING_TITLE = re.compile(r"关于(?:废止和|部分)?修改(?!.*(?:印发|转发|发布|公布))")


def _issues_its_attachment(head: Head, notice_body: list[Paragraph], attached_title: str | None) -> bool:
    """Whether the attachment's title names the document itself (关于印发《…》的通知 / 附件 / …实施方案): its alternative
    title; not where the text is itself the document and the attachment one of its parts (…奖励办法 / 第一条…具体标准见附件 /
    附件 / …落户奖励标准: h273 F8, the annex's table titled the 办法; 关于修改《X》…的通知 / 附件 / …申请材料清单: h292 F11)."""
    if head.title is None or attached_title is None or ISSUING_KIND.search(head.title) and not AMENDING_TITLE.search(head.title):
        return True
    return any(attached_title in p.text for p in notice_body)


def _footer_start(attached: list[Paragraph], run_from: int) -> int:
    """Where the notice's 版记 (抄送… / …印发) starts in the run of footer, issuer and date lines closing the attached text:
    at its first footer line, or the issuer line over a date line ending 印发; what is above is the attached text's
    own signature (a blind test: a forwarded text's signature had gone to the notice, its date the notice's)."""
    first = next((k for k in range(run_from, len(attached)) if VERSION_FOOTER.match(attached[k].text)), None)
    if first is None:
        return len(attached)
    if first > run_from and DATE_LINE.match(attached[first].text) and ISSUER_LINE.match(attached[first - 1].text):
        return first - 1  # 山东省人民政府办公厅 / 2023年6月12日印发
    return first


CITED = re.compile(r"《([^《》]{4,60})》")


def split_forwarded(notice: Part, forwarded: Part) -> list[Part]:
    """The texts a notice forwards, each a document of its own: a notice forwarding two (转发…《A》和…《B》的通知) prints B
    after A under its own title, the title the notice cites (z393: B's measures had been filed under A)."""
    cited = {_bare(t) for t in CITED.findall((notice.head.title or "") + "".join(p.text for p in notice.body[:3]))}
    # (…转发《A》的通知 / X / 关于印发A的通知 / A / 第一条…: the forwarded notice issuing A under its own cover, one text: h274 F2)
    cited = {title for title in cited if title not in _bare(forwarded.head.title or "")}
    starts = [i for i, p in enumerate(forwarded.body) if i and _bare(p.text) in cited]
    if not starts:
        return [_issued_title_named(forwarded)]
    parts = [Part(forwarded.head, forwarded.body[: starts[0]])]
    for start, end in zip(starts, [*starts[1:], len(forwarded.body)]):
        paragraphs = forwarded.body[start:end]
        head = parse_head(paragraphs)
        parts.append(Part(head, paragraphs[head.body_start :]))
    return parts


def _issued_title_named(part: Part) -> Part:
    """A forwarded notice that issues a text printed under its signature (关于印发A的通知 / … / A / 第一条): A its
    alternative title, as split_parts gives a notice read alone (h274 F2)."""
    reach = part.body[: ISSUED_TITLE_REACH + HEAD_LINES_AFTER_TITLE]
    issuing = _bare(part.head.title or "")
    title = next((p for k, p in enumerate(reach) if k and is_title(p.text) and re.search(f"(?:印发|发布){re.escape(_bare(p.text))}", issuing)), None)
    if title is None or part.alternative_title:
        return part
    return replace(part, alternative_title=title.text)


def _bare(title: str) -> str:
    return re.sub(r"\s+", "", title)


ANNEX_LABEL = re.compile(r"^附\s*件\s*\d{0,2}\s*[：:]\s*")


def _without_annex_label(title: str | None) -> str | None:
    """附件：龙岩市惠企政策清单 (the attachment's list line read as its title) -> 龙岩市惠企政策清单."""
    if not title:
        return title
    return ANNEX_LABEL.sub("", title) or None


def _attachment_start(paragraphs: list[Paragraph], body_start: int) -> int | None:
    # the issuers on lines of their own under the 文号 (杭州市市场监督管理局 杭州市发展和改革委员会 … / …), then the
    # title repeated: the notice's own, not a forwarded text's
    signed_from = body_start
    while signed_from < len(paragraphs) and (ISSUER_LINE.match(paragraphs[signed_from].text) or _issuers_line(paragraphs[signed_from].text)):
        signed_from += 1
    for i in range(body_start + 1, len(paragraphs) - 1):
        text = paragraphs[i].text
        if text.startswith("附件") and len(text) <= MAX_TITLE_CHARS and (is_title(text[3:].strip("：: ")) or text.rstrip("：:") == "附件"):
            if _signed_after(paragraphs, i) and not any(DATE_LINE.match(p.text) for p in paragraphs[body_start:i]):
                continue  # 附件：…的通知 above the notice's signature lists its attachment; the attachment follows
            if text.rstrip("：:") != "附件" and any(LABEL_ALONE.fullmatch(p.text) for p in paragraphs[i + 1 : i + 1 + LABEL_LOOK]):
                continue  # 附件：重点任务清单 / 附件 / 重点任务清单 (no signature between: a compilation's): the label opens it
            return i + 1 if text.rstrip("：:") == "附件" else i
        # 现将《安义县招商引资优惠政策（试行）》印发给你们… / 安义县招商引资优惠政策（试行）: the title the notice names, whatever its
        # last word (h317 F7); one that reads as a title is taken after the checks below
        issued = i <= body_start + ISSUED_TITLE_REACH and len(text) <= MAX_TITLE_CHARS and _issued_by(paragraphs[body_start:i], text)
        if issued and not is_title(text):
            return i
        if not is_title(text) or "关于" in text and text.endswith(("的通知", "的函")) and i < signed_from + 2:
            continue
        if INTERPRETATION_TITLE.fullmatch(text):
            continue  # 关于《…》（…号）的政策解读 after the signature: the policy's interpretation, closing text (h233: an attached part)
        before = [p.text for p in paragraphs[max(body_start, i - 4) : i]]
        closed_before = any(FOOTER_LINE.match(t) or DATE_LINE.match(t) or ISSUER_LINE.match(t) for t in before)
        if closed_before and _opens_a_document([p.text for p in paragraphs[i + 1 : i + 1 + HEAD_LINES_AFTER_TITLE + 1]]):
            return i - 1 if _letterhead_over(paragraphs, i, body_start) else i
        if issued:
            return i  # 现将《X（2023—2025年）》印发给你们… / X（2023—2025年）, no signature between (h200: no alternative title)
    return None


def _letterhead_over(paragraphs: list[Paragraph], i: int, body_start: int) -> bool:
    """X / 关于印发…的通知 after the notice's signature (…办公室 / 2025年2月26日): X the attached text's issuer, printed over
    its title, not the notice's (h274 F2: the forwarded text's title had lost its issuer to the notice)."""
    return (i - 2 > body_start and paragraphs[i].text.startswith("关于") and ISSUER_LINE.match(paragraphs[i - 1].text) is not None
            and DATE_LINE.match(paragraphs[i - 2].text) is not None)


ISSUED_TITLE_REACH = 6  # paragraphs after the head the issued text's title may open


def _issued_by(paragraphs: list[Paragraph], title: str) -> bool:
    """Whether the notice's paragraphs issue the text ``title`` names (现将《X》印发给你们: X printed after them)."""
    return issues_named_text((p.text for p in paragraphs), title)


LABEL_ALONE = re.compile(r"附\s*件\s*\d{0,2}\s*[：:]?")
LABEL_LOOK = 3  # lines after an attachment list (附件：… / 2.…) the label of the first attachment may come


def _signed_after(paragraphs: list[Paragraph], i: int, look: int = 4) -> bool:
    """Whether a signature (an issuer's name, then a date) follows paragraph ``i`` closely."""
    after = [p.text for p in paragraphs[i + 1 : i + 1 + look]]
    return any(DATE_LINE.match(t) for t in after) and any(ISSUER_LINE.match(t) or _issuers_line(t) for t in after)


PREAMBLE_SENTENCE = re.compile(r"[\u4e00-\u9fff][^。；]{8,}[。：:]$")  # a sentence or more, ending as a preamble does
HEAD_LINES_AFTER_TITLE = 3  # a 文号, its issuers, a date, before the addressees or the text
ADDRESSEES = re.compile(r"^[^。；]{2,120}[：:]$")  # 各市州人力资源和社会保障局、财政局：


def _opens_a_document(lines: list[str]) -> bool:
    """Whether the lines after a title are a document's: a date or its text at once, or first
    its 文号, its issuers or its addressees (a forwarded document printed whole)."""
    for k, text in enumerate(lines):
        if DATE_LINE.match(text) or BODY_START.match(text) or NUMBERING_START.match(text):
            return True
        if ADDRESSEES.match(text):
            return k > 0 or bool(lines[k + 1 : k + 2] and (BODY_START.match(lines[k + 1]) or NUMBERING_START.match(lines[k + 1])))
        if PREAMBLE_SENTENCE.search(text) and lines[k + 1 : k + 2] and NUMBERING_START.match(lines[k + 1]):
            return True  # 个体工商户是重要的市场主体，…提出以下措施。 / 一、…: a preamble opening otherwise, then the first item (h143)
        if k == HEAD_LINES_AFTER_TITLE or not (DOC_NUMBER_LINE.match(text) or ISSUER_LINE.match(text) or _issuers_line(text)):
            return False
    return False


def _issuers_line(text: str) -> bool:
    """甘肃省人力资源和社会保障厅 甘肃省财政厅: names of bodies only, side by side."""
    names = text.split()
    return len(names) > 1 and all(ISSUER_LINE.match(n) for n in names)


@dataclass
class Jurisdiction:
    place: Place | None
    province: Place | None
    level: str | None
    name: str | None


def jurisdiction_of(issuer: str | None) -> Jurisdiction:
    """National, or the place an issuer's name starts with (中共通辽市委办公室 → 通辽市)."""
    if not issuer:
        return Jurisdiction(None, None, None, None)
    office = NATIONAL_BODY_OFFICE.match(issuer)
    local = gazetteer().match_prefix(issuer[office.end() :]) if office else None
    if local:  # 国家税务总局江西省税务局, 中国人民银行南昌中心支行: a national body's office in a place, that place's
        place = local[0]
        return Jurisdiction(place, gazetteer().province_of(place), place.level, place.name)
    if is_national_issuer(issuer):
        return Jurisdiction(None, None, "national", "中国")
    name = re.sub(r"^中共", "", issuer)
    corps = CORPS.match(name)
    if corps and not corps["division"] and not name[corps.end() :].startswith("第"):  # no part of 新疆's places
        return Jurisdiction(None, None, "provincial", CORPS_NAME)
    hit = gazetteer().match_nested(DIVISION_BEFORE_ITS_CITY.sub("", name))
    if not hit:
        return Jurisdiction(None, None, None, None)
    place = hit[0]
    province = gazetteer().province_of(place)
    return Jurisdiction(place, province, place.level, place.name)


NATIONAL_BODY_OFFICE = re.compile(r"^(?:国家税务总局|国家金融监督管理总局|中国人民银行|国家外汇管理局|国家统计局|中国证券监督管理委员会|中国银行保险监督管理委员会"
                                  r"|国家市场监督管理总局|国家知识产权局)(?=[\u4e00-\u9fff]{2,}(?:局|行|处|队|会|部))")
DIVISION_BEFORE_ITS_CITY = re.compile(r"^(?:新疆生产建设兵团|兵团)?第[一二三四五六七八九十\d]{1,3}师(?=[\u4e00-\u9fff]{2,}市)")  # 第八师石河子市: 石河子市


def jurisdiction_of_document(issuers: list[str], title: str | None) -> Jurisdiction:
    """From the first issuer whose place is known (or a later one's that lies inside it: 青岛西海岸新区管委办公室
    and 青岛市黄岛区人民政府办公室, a zone and the district that shares its offices, issue a 黄岛区 text), else
    from a title that starts with a place (海南省2023年营商环境制度集成创新重点任务 → 海南省)."""
    titled = title.lstrip("《") if title and INTERPRETATION.search(title) else title  # 《武汉市…》政策解读: the place inside
    for n, name in enumerate(issuers + ([titled] if titled else [])):
        where = jurisdiction_of(name)
        if where.level:
            # (not a national body's office among joint issuers: 中国人民银行海口中心支行 beside 海南省人力资源和社会保障厅)
            later = [jurisdiction_of(i) for i in issuers[n + 1 :] if not NATIONAL_BODY_OFFICE.match(i)]
            narrower = [w for w in later if w.place and where.place and inside(w.place, where.place)]
            return narrower[0] if narrower else where
    return _issued_text_place(issuers[0], title) if issuers and title else Jurisdiction(None, None, None, None)


ISSUED_TEXT = re.compile(r"关于(?:印发|发布)?《?")  # not 转发 or 公布: a forwarded text is another body's


def _issued_text_place(issuer: str, title: str) -> Jurisdiction:
    """市政府办公室关于印发徐州市…的通知: a body named by its level alone is of the place the title
    names right after 关于 (印发), when that place is of the level (a 市 for 市政府办公室)."""
    level = issuer[:1]
    m = ISSUED_TEXT.search(title)
    if level not in "省市县区" or issuer.startswith(NOT_A_LEVEL) or not m:
        return Jurisdiction(None, None, None, None)
    where = jurisdiction_of(title[m.end():])
    return where if where.place is not None and where.place.name.endswith(level) else Jurisdiction(None, None, None, None)


def title_span(head: Head, source: str) -> Span | None:
    if head.title_range:
        start, end = head.title_range
        return Span(start, end, source[start:end])
    return head.title_para.span(source) if head.title_para else None


# ---------------------------------------------------------------------------------------------
# Issuers: one or several bodies, from the title and from the signature block (落款).

# The last character of an organisation's name (局, 厅, 委员会, 海关, 银行, 中心, 办公室 …).
ORG_END = set("厅局委办院部会关行司心组室府处署所团央联协")  # 共青团中央, 全国妇联, 中国科协
COOPERATIVE_NAME_END = re.compile(COOPERATIVE_END + "$")  # 赣州市供销合作社: a 社 that ends a body's name (not 社区…)
# Where a second name may begin on the same line: a place, a national or Party body, or a
# short form of a region (自治区, 省, 市).
CORPS_DIVISION = re.compile(r"第[一二三四五六七八九十]{1,3}师")  # a 兵团 division, and its city after it: 第八师石河子市…
ORG_START = re.compile(r"^(?:国家|国务院|中国|中华|中共|中央(?=..)|共青团|全国|金融监管总局|自治区|省|市|县|区"
                       rf"|新疆生产建设兵团|兵团|{CORPS_DIVISION.pattern})")
# Ministries named without a prefix: 人力资源社会保障部 财政部 国家税务总局 (a joint national issuer)
MINISTRY_START = re.compile(
    r"^(?:外交部|国防部|教育部|科学技术部|科技部|工业和信息化部|公安部|民政部|司法部|财政部|人力资源(?:和)?社会保障部"
    r"|自然资源部|生态环境部|住房(?:和)?城乡建设部|交通运输部|水利部|农业农村部|商务部|文化和旅游部|退役军人事务部"
    r"|应急管理部|审计署|海关总署|人民银行|市场监管总局|税务总局|金融监管总局|证监会|外汇局)"
    # and administrations a joint notice names without 国家 or 中国 (人民银行 市场监管总局)
)
# 上海海关等11部门, 海南省人力资源和社会保障厅等十九部门 → the first body named.
JOINT_TAIL = re.compile(r"等(?:(?:\d+|[一二三四五六七八九十两]+)?(?:个)?(?:部门|单位|家单位|部委))?$")
SIGNATURE_NOTE = re.compile(r"^[（(].{0,12}[）)]$")  # （此件公开发布）, （代章）


def _starts_a_name(text: str) -> bool:
    return bool(ORG_START.match(text) or MINISTRY_START.match(text) or gazetteer().match_prefix(text))


def split_issuers(line: str) -> list[str] | None:
    """The bodies named on one line, written with or without separators; None if it is no list.

    上海市商务委员会上海海关 → [上海市商务委员会, 上海海关]. A national body followed by a
    place (国家税务总局上海市税务局, 中国人民银行上海总部) is one body: its local branch.
    """
    text = re.sub(r"[（(](?:代章|印章|盖章)[）)]$", "", line.strip())
    if not text or len(text) > 80 or NUMBERING_START.match(text) or re.search(r"[，。；：:,、\d《》]", text):
        return None
    names, start = [], 0
    place_end = _place_end(text, 0)
    for end in range(2, len(text) + 1):
        ends_a_name = text[end - 1] in ORG_END or COOPERATIVE_NAME_END.search(text, start, end)
        if not ends_a_name or end - start < 3 or end < place_end:
            continue  # 嘉峪关 / 市人民政府: a place's name is not cut at its 关
        rest = text[end:]
        if text[start:end] == "中共中央" and rest and not rest.startswith("国务院"):
            continue  # 中共中央台湾工作办公室, 中共中央国家机关工作委员会: one body (中共中央 国务院: two)
        if text[start:end] in LEAGUE_NAMES and rest:
            continue  # 共青团广西壮族自治区委员会: the league's committee of a place, one body
        if text[start:end].endswith("兵团") and CORPS_DIVISION.match(rest):
            continue  # 新疆生产建设兵团第八师石河子市人民政府: the corps' division's body, one name
        if not rest or _starts_a_name(rest) and not rest.startswith(("员会", "会")):
            names.append(text[start:end])
            start = end
            place_end = _place_end(text, start)
    if start != len(text):
        return None
    return _merge_branches(names)


LEAGUE_NAMES = ("共青团", "中国共产主义青年团")  # a name's first words, not a body: its committee follows


def _place_end(text: str, start: int) -> int:
    """Where the place a name at ``start`` begins with ends (嘉峪关市…: after 市), or ``start``; a place
    inside it goes on with it (上海市闵行区…: after 区, not cut at the 行 of 闵行)."""
    end = start
    while hit := gazetteer().match_prefix(text[end:]):
        end += len(hit[1])
    return end


# A national body's local branch: 国家税务总局 + 上海市税务局, 中国人民银行 + 上海总部; 人民银行 + 兰州中心支行 (BANK_BRANCH).
BRANCH_TAIL = re.compile(r"^(?:省|市|自治区)?(?:监管局|分局|总部|(?:总部|分行)?营业管理部|中心支行|分行|支行|税务局|调查总队|监管办|分公司|海关)$")


BANK_BRANCH = re.compile(r"(?:中心支行|分行|支行|营业管理部)$")


def _merge_branches(names: list[str]) -> list[str]:
    merged: list[str] = []
    for name in names:
        place = gazetteer().match_prefix(name)
        branch = place and BRANCH_TAIL.match(name[len(place[1]) :])
        bank_branch = merged and merged[-1] == "人民银行" and BANK_BRANCH.search(name)  # 人民银行 + 兰州中心支行 (not + 兰州海关)
        if merged and branch and (merged[-1].startswith(("国家", "中国")) or bank_branch or _within(place[0], merged[-1])):
            merged[-1] += name  # 上海市公安局 + 奉贤分局: the bureau's branch in one of its districts
        else:
            merged.append(name)
    return merged


def _within(place, body: str) -> bool:
    """Whether ``place`` lies inside the place ``body`` is named after (奉贤区 inside 上海市公安局's 上海市)."""
    owner = gazetteer().match_prefix(body)
    return bool(owner) and inside(place, owner[0])


def issuers_from_title(title: str) -> list[str]:
    """上海海关等11部门关于… → [上海海关]; 北京市发展和改革委员会北京市商务局关于… → both;
    江苏省市场监督管理局优化营商环境…若干措施 (no 关于) → [江苏省市场监督管理局]."""
    prefix = issuer_from_title(title) or _leading_body(title)
    if not prefix:
        return []
    prefix = JOINT_TAIL.sub("", prefix)
    names = []
    for piece in re.split(r"[、，,\s]+", prefix):
        names += split_issuers(piece) or ([piece] if piece else [])
    return names


# …关于转发省发展改革委关于…的通知, …关于转发区政务服务办制订的《…》的通知
FORWARDED_FROM = re.compile(r"转发(?P<who>[^《》“”〈〉]{2,40}?)(?:(?:制订|制定|起草|拟定|修订|编制)?的)?(?:关于|《)")
BODY_END = re.compile(rf"(?:委|厅|局|办|室|部|院|会|中心|政府|组|署|行|处|联|{COOPERATIVE_END})$")


# 省营商局、省财政厅、省大数据局制定的《…》: who drafted the text a notice forwards, right before its citation
# (现将省发展改革委、省财政厅制定的《…》转发给你们: the notice's 现将 is no part of the first name, a blind test)
DRAFTED_BY = re.compile(r"(?:(?:现|特|兹)将)?(?P<who>[^，。；：:《》“”]{2,60}?)(?:联合|共同|研究)?(?:制定|制订|起草|拟定|修订|编制)的$")
DRAFTERS_WINDOW = 80  # characters before a citation searched for its drafters
# 各有关单位：市人力资源和社会保障局、市财政局《关于…》已经市政府同意: bodies named right before the text they wrote,
# each opening with its level or place (not 现将市发展改革委《…》)
NAMED_BEFORE = re.compile(r"(?:^|[：:，,。；])(?P<who>[^，。；：:《》“”]{2,120})$")
LEVEL_START = re.compile(r"^(?:国家|国务院|中共|自治区|省|市|区|县|州|盟|旗)")


def drafted_by(source: str, cited_at: int) -> list[str]:
    """The bodies named as drafters right before the citation at ``cited_at`` (X、Y制定的《…》), or named
    alone right before it, each opening with its level or place (X、Y《…》已经市政府同意); as written, none
    unless every name ends as a body's does."""
    before = re.sub(r"\s+", "", source[max(0, cited_at - DRAFTERS_WINDOW) : cited_at])
    m = DRAFTED_BY.search(before)
    if m is None:
        named = NAMED_BEFORE.search(before)
        names = _placed_like_the_first(re.split(r"[、，,]|和(?=[省市区县])", named["who"])) if named else []
        return names if names and all(_opens_with_a_place(n) and BODY_END.search(n) and len(n) <= 20 for n in names) else []
    names = [n for n in re.split(r"[、，,]|和(?=[省市区县])", m["who"]) if n]  # (…》和市市场监管局制定的《…》: the second's, z393)
    return names if names and all(BODY_END.search(n) and len(n) <= 20 for n in names) else []


def _placed_like_the_first(names: list[str]) -> list[str]:
    """自治区人力资源社会保障厅、发展改革委、财政厅: the bodies after the first, named without the place they share
    with it (short, ending as a body's name), take its level or place."""
    m = LEVEL_START.match(names[0]) if names else None
    prefix = m.group() if m else ""
    return names[:1] + [prefix + n if prefix and not _opens_with_a_place(n) and len(n) <= 10 and BODY_END.search(n) else n
                        for n in names[1:]]


def _opens_with_a_place(name: str) -> bool:
    """省营商局, 郑州市财政局: a level or a place first (not 现将省营商局)."""
    return bool(LEVEL_START.match(name) or gazetteer().match_prefix(name))


def forwarded_issuers(notice_title: str, place: str | None, province: str | None) -> list[str]:
    """Who issued the document a notice forwards, from the notice's title (…转发省发展改革委关于…的
    通知 → [广东省发展改革委]; …转发省营商局等部门辽宁省推行…工作方案的通知: the title the place opens): a body
    named by its level alone (省…, 市…) is of the notice's place."""
    m = FORWARDED_FROM.search(notice_title)
    who = m["who"] if m else _forwarded_before_a_place(notice_title)
    who = JOINT_TAIL.sub("", who.split("转发")[0]) if who else ""  # 转发市政府办公室转发省…: the first
    if not BODY_END.search(who):
        return []
    names = []
    for piece in re.split(r"[、，,\s]+", who):
        names += split_issuers(piece) or ([piece] if piece else [])
    return [_of_place(name, place, province) for name in names]


def _forwarded_before_a_place(title: str) -> str | None:
    """转发省营商局等部门辽宁省推行…: the bodies after 转发, up to where the forwarded text's title opens with
    a place (the shortest run that ends as a body's name does)."""
    for m in re.finditer("转发", title):
        for end in range(m.end() + 2, min(len(title), m.end() + 30)):
            who = title[m.end() : end]
            if re.search(r"[《》“”，。；：]", who):
                break  # past the bodies: a title or a sentence
            if BODY_END.search(JOINT_TAIL.sub("", who)) and gazetteer().match_prefix(title[end:]):
                return who
    return None


def _of_place(name: str, place: str | None, province: str | None) -> str:
    if name.startswith(NOT_A_LEVEL):  # 市场监管总局: 市场 is a word, not the 市 of a level
        return name
    if name.startswith("省") and province and province.endswith("省"):
        return province + name[1:]
    if name.startswith("自治区") and province and province.endswith("自治区"):  # 自治区人力资源社会保障厅 in 广西
        return province + name[3:]
    if name[:1] in "市区县" and place and place.endswith(name[0]):
        return place + name[1:]
    return name


NOT_A_LEVEL = (*NOT_A_PREFIX, "省级", "市级", "县级", "区级")  # 市场监管总局, 省级有关部门


def find_signature_block(paragraphs: list[Paragraph]) -> tuple[list[str], dt.date | None]:
    """The first signature (落款): lines of bodies directly above a date line, or a date line
    alone where the names were left out.

    The first, not the last: what follows a notice's signature is the document it issues, or
    another document printed after it.
    """
    for i in range(1, len(paragraphs)):
        if not DATE_LINE.match(paragraphs[i].text):
            continue
        names: list[str] = []
        j = i - 1
        while j >= 0 and len(names) < 30:
            party = party_named(paragraphs[j].text)  # 甲方：X（盖章） / 乙方：Y（盖章）: an agreement's parties sign (h308 F2)
            found = split_issuers(party["name"] if party else paragraphs[j].text)
            if found is None:
                break
            names = found + names
            j -= 1
        if names:
            return _merge_branches(names), parse_date(paragraphs[i].text)
        if _closing_date(paragraphs, i) or OFFICIAL_LINE.match(paragraphs[i - 1].text):
            return [], parse_date(paragraphs[i].text)
    return [], None


def undated_signature(paragraphs: list[Paragraph]) -> list[str]:
    """The bodies named on the last lines, after the last item's finished sentence, with no date under them: the signature
    of a text dated under its title (株洲市…若干措施 / （2024 年4 月12 日） / … / 3．本措施自印发之日起施行…。 / 株洲市人民政府办公室:
    h302 F8, no issuer had been read)."""
    names: list[str] = []
    j = len(paragraphs) - 1
    while j > 0 and len(names) < UNDATED_SIGNATURE_NAMES and (found := split_issuers(paragraphs[j].text)) is not None:
        names = found + names
        j -= 1
    return _merge_branches(names) if names and j >= 0 and paragraphs[j].text[-1] in "。！）" else []


UNDATED_SIGNATURE_NAMES = 8


# The head of a government who signs its order (省长 王正谱): the date under it is the order's
OFFICIAL_LINE = re.compile(r"^(?:代理|代)?(?:总理|省长|市长|县长|区长|州长|盟长|旗长|主席|部长|主任|局长|署长|行长)\s*[：:]?\s*[\u4e00-\u9fff·]{2,5}$")


def _closing_date(paragraphs: list[Paragraph], i: int) -> bool:
    """A date line that closes a text whose signature names were left out: after a finished
    sentence, before the end, a note such as （此件公开发布）, an attachment or a title."""
    if not DATE_LINE.match(paragraphs[i].text) or paragraphs[i - 1].text[-1] not in "。！":
        return False
    if i + 1 == len(paragraphs):
        return True
    after = paragraphs[i + 1].text
    # (…印发给你们，请遵照执行。 / 2023年5月15日 / 第一条…: the issued text's first article after the notice's date, its
    # title read as its heading: a mutation test, none)
    return bool(FOOTER_LINE.match(after) or SIGNATURE_NOTE.match(after) or after.startswith(("（联系人", "(联系人", "附件")) or is_title(after)
                or FIRST_ARTICLE.match(after))


FIRST_ARTICLE = re.compile(r"第[一1]\s*条|[一1]\s*[、.．]|（[一1]）")


def issuers_of(head: Head, signature: list[str]) -> list[str]:
    """All issuers, the first named first: the line above the title, the title, the signature."""
    ordered: list[str] = []
    from_title = issuers_from_title(head.title) if head.title else []
    for name in head.issuers + from_title + signature:
        name = _without_term(name)  # (…第十四届人民代表大会常务委员会 signing: the committee)
        if name and not any(_same_body(name, o) for o in ordered):
            ordered.append(name)
    return ordered


def placed_issuers(issuers: list[str], place: str | None, province: str | None) -> list[str]:
    """A body the title names by its level alone (市政府办公室关于…, as 江苏's cities title their
    notices) is the document's own place's: 徐州市政府办公室, the same body as the signature's
    徐州市人民政府办公室 (kept once, by its fuller name), never one 市政府办公室 of every city."""
    out: list[str] = []
    for name in (_of_place(n, place, province) for n in issuers):
        same = next((i for i, o in enumerate(out) if _same_body(name, o)), None)
        if same is None:
            out.append(name)
        elif len(name) > len(out[same]):
            out[same] = name
    return out


def _same_body(a: str, b: str) -> bool:
    """宁夏自治区知识产权局 = 宁夏回族自治区知识产权局; 上海海关等11部门 ⊃ 上海海关."""
    return a in b or b in a or _body_key(a) == _body_key(b)


def _body_key(name: str) -> tuple[str, str]:
    hit = gazetteer().match_prefix(re.sub(r"^中共", "", name))
    if not hit:
        return ("", name)
    rest = re.sub(r"^(?:回族|维吾尔|壮族)?(?:自治区|省|市(?!场))", "", name[len(hit[1]) :])  # not the 市 of 市场监督管理局
    rest = expand(rest)[0]  # 人社局 = 人力资源和社会保障局
    return (hit[0].adcode, rest.replace("管理委员会", "管委会").replace("委员会", "委").replace("和", "").replace("人民政府", "政府")
            .replace("监督管理", "监管"))  # 市委员会 = 市委; 高新区管委会 = 高新区管理委员会


# ---------------------------------------------------------------------------------------------
# When the document is in force: 自印发之日起施行, 自2023年5月1日起施行, 有效期至…, 有效期5年.

CN_MONTH, CN_DAY = r"[一二三四五六七八九十]{1,2}", r"[一二三四五六七八九十]{1,3}"
DATE_TEXT = rf"{YEAR}年(?:\d{{1,2}}|{CN_MONTH})月(?:\d{{1,2}}|{CN_DAY})日"  # (自二〇二三年十月一日起施行: h215)
IN_FORCE_VERB = r"(?:施行|实施|执行|生效|起效|试行)"  # (自…起试行，试行期2年: h221)
# 自发布之日起30日后施行: a month after it was issued; 本协议自双方签字盖章之日起生效, 本协议经双方签署后生效: an agreement's
# signing, the date under its signatures (h308 F10; not a contract's 合同自签字之日起生效, which a text asks others to sign)
FROM_ISSUE = re.compile(r"(?:[自从](?:印发|发布|公布|颁布|下发|签发)之日起|本协议[自从经][^。；，,]{0,24}?(?:签字|签署|签章|盖章)[^。；，,]{0,8}?(?:之日起|后))"
                        r"(?:(?P<days>\d{1,3})日后)?" + IN_FORCE_VERB)
# (自2023—2024年采暖期（2023年11月15日）起执行: a season named, its first day in brackets after it, h301 F7)
FROM_DATE = re.compile(rf"[自从](?:(?P<season>[^，,。；;（）()]{{2,16}}?(?:期|季|年度))[（(]\s*)?(?P<date>{DATE_TEXT})(?(season)\s*[）)])起(?:正式)?"
                       + IN_FORCE_VERB + r"(?=\s*(?:[，,。；;）)]|至|到|并|$))")  # (not 起试行…告知承诺制: a measure)
# the words a text names its own term by: 有效期, or 本通知（政策）执行期限 (a measure's own 执行期限, in an
# item, is that measure's: 减按1%预征率预缴增值税。执行期限为2023年1月1日至2023年12月31日)
SELF = (r"(?:本(?:通知|意见|办法|措施|方案|政策|规定|细则|文件|若干政策|若干措施|实施意见|实施方案|实施细则|公告|通告|决定|协议)"  # (本公告: h247; 本协议: h308 F10)
        r"|(?:^|注[：:])\s*(?:上述|以上)(?:各项)?(?:政策|措施))")  # 注：上述政策执行期限为…, under a list of policies
# (本措施政策期限为1年 too: a blind test)
# 政策期限为… opening its line or item (三、政策期限为2023年1月1日至2024年12月31日: a blind test, none)
OWN_TERM_OPENS = r"^(?:[一二三四五六七八九十\d]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])?\s*政策(?:执行)?(?:期限|期)"
# 有效期 of the text, not of a licence, a certificate or a status it grants (燃气经营许可证有效期为5年, 认定有效期3年: h240)
VALIDITY = r"(?<![证书照卡格定号码单票案券请质可记])有效期"  # (消费券有效期为15天: the coupons', the third review)
# (申请有效期为3年, 资质有效期, 许可有效期, 登记有效期: what a household or firm is granted, h301 F8: the text's expiry read)
TERM = rf"(?:{VALIDITY}限?|{SELF}[^。；，,]{{0,6}}?(?:执行|实施|适用)(?:期限|期|时间)|{SELF}的?政策(?:期限|期)|{SELF}期限|{OWN_TERM_OPENS})"  # (not 本措施中涉及的奖补政策期限: a review)
STARTS_IN_FORCE = rf"起(?:正式)?{IN_FORCE_VERB}"
# 有效期至…; also 自…起施行，至2025年12月31日止 / 自…起施行至2025年6月30日 (no comma: a blind test) / 起施行，执行至… (the sentence that puts it in force: 起施行,
# not a measure's 继续实施，至…止) and 本通知执行至… (not a measure's 执行至 in an item, which is that measure's)
# (截至 / 截止到 only right after the term named: …有效期为…内，截止到…仍未申领的 is a deadline of its own, the review)
UNTIL_DATE = re.compile(rf"(?:{TERM}[^。；]{{0,30}}?(?:至|截止到?(?=[^。；]{{6,16}}?(?:[。；]|$)))|(?:{STARTS_IN_FORCE}(?:[，,]\s*(?:政策)?(?:执行|实施|有效|试行)?(?:期|期限)?(?:为)?)?"
                        rf"|{SELF}[^。；，,]{{0,6}}?(?:执行|实施|适用)(?:期|期限)?(?:为)?|{TERM}(?:为)?)(?:截?至|截止到?))"
                        rf"({DATE_TEXT}|{YEAR}年(?:底|末))(?:止)?")  # (至2024年底: a blind test)
# 政策执行期限为2024年1月1日至2025年12月31日: its first day and its last (the second may leave out its year)
# (政策期限为1年，自2023年7月1日起至2024年6月30日止: its length first, a blind test)
# (以上政策自2022年8月15日起至2023年12月31日执行: the text named, then its first day and its last, a blind test)
TERM_RANGE = re.compile(rf"(?:{TERM}(?:为|是)?(?:\s*(?:\d{{1,2}}|[一二三两])\s*年\s*[，,])?\s*(?:自|从)?|{SELF}[^。；，,]{{0,4}}?(?:自|从))"
                        rf"\s*({DATE_TEXT})(?:起)?\s*(?:至|到|—|－|-|～)\s*((?:{YEAR}年)?(?:\d{{1,2}}|{CN_MONTH})月(?:\d{{1,2}}|{CN_DAY})日)")
# 有效期5年; 起施行，实施期限3年 / 本政策执行期限3年 (not a measure's own 实施期限 in an item)
FOR_YEARS = re.compile(rf"(?:{VALIDITY}|(?:起(?:正式)?{IN_FORCE_VERB}[，,]\s*|{SELF}[^。；，,]{{0,6}}?)(?:实施|执行|有效|试行)期限?|(?:起(?:正式)?{IN_FORCE_VERB}[，,]\s*|{SELF}的?)政策期限?)"
                       r"(?:为|暂定为|暂定)?(\d{1,2}|[一二三四五六七八九十两]{1,2})年")

# What every match of a pattern holds one of (needles.py): most paragraphs state no term
NEEDLES = {FROM_ISSUE: ("之日起", "签", "盖章"), FROM_DATE: ("起",), UNTIL_DATE: ("至", "截止"), TERM_RANGE: ("期", "时间", "自", "从"), FOR_YEARS: ("期",)}


@dataclass
class InForce:
    effective: dt.date | None = None
    expiry: dt.date | None = None  # the last day in force


def in_force(paragraphs: list[Paragraph], issued: dt.date | None) -> InForce:
    """Effective and expiry dates the text states of itself; the last statement wins.

    ``《条例》自…起施行`` speaks of another document and is skipped.
    """
    result = InForce()
    texts = _term_sentences_joined(paragraphs)
    for text in reversed(texts):
        # (…包干费下调10%，自2023年9月1日起执行: one measure's start, not the text's, h220)
        m = _own(FROM_DATE, text, lambda m: _start_of_the_whole(text, m.start(), m.end())) or _own(FROM_ISSUE, text) or _own(TERM_RANGE, text)
        if m:
            result.effective = parse_date(m[1]) if m.re is TERM_RANGE else parse_date(m["date"]) if m.re is FROM_DATE else _after(issued, m["days"])
            break
    for k in reversed(range(len(texts))):
        text = texts[k]
        until = _own(UNTIL_DATE, text, lambda m: _the_texts_last_day(m, text, items_after=any(ITEM_OPENS.match(t) for t in texts[k + 1 :])))
        years, term = _own(FOR_YEARS, text), _own(TERM_RANGE, text)
        if term:
            first = parse_date(term[1])
            last = parse_date(term[2] if "年" in term[2] or first is None else f"{first.year}年{term[2]}")
            if first and last and last < first and "年" not in term[2]:  # 2023年10月1日至9月30日: the next year's
                last = parse_date(f"{first.year + 1}年{term[2]}")
            result.expiry = last
        elif until:
            year_end = re.fullmatch(rf"({YEAR})年(?:底|末)", until[1])
            result.expiry = dt.date(as_int(year_end[1]), 12, 31) if year_end else parse_date(until[1])
        elif years:
            start = _date_before(text, years.start()) or result.effective or issued
            result.expiry = _add_years(start, as_int(years[1])) if start else None
        if until or years or term:
            break
    return result


# what a term sentence cut before its date ends with: …有效期至 / …自2024年 / …起施 (a line's break, then its date or its rest)
TERM_CUT = re.compile(r"(?:有效期|期限|执行|实施|施行)(?:为|至|到)?$|[自从]\s*(?:\d{4}\s*年?)?(?:\d{1,2}\s*月?)?$|起施$|有效$")
HEADING_LINE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十百零\d]{1,4}[章节])[^。；]{0,20}$")
ITEM_OPENS = re.compile(rf"^{ITEM_MARK}")
# the last item of the list, naming the policies above (7、以上政策自…起至…执行: a blind test); not an earlier item closing
# its section (a review: the whole text's expiry had been that section's)
LAST_ITEM_MARK = re.compile(rf"^{ITEM_OR_ARTICLE}\s*(?=(?:以上|上述))")


def _term_sentences_joined(paragraphs: list[Paragraph]) -> list[str]:
    """The paragraphs' texts as the term is read in them: a sentence about the term that a line break cut (…有效期至 /
    2025年12月31日。, …自2024年 / 1月1日起施行: a date opening a line is kept apart, as a signature's may be) read whole (a
    mutation test: the term had been lost, or dated from the issue), not after a heading (四、执行期限 / 以上政策…: a review);
    the last numbered item's number left off where it names the policies above."""
    texts: list[str] = []
    for p in paragraphs:
        text = p.text.replace("\n", "")
        if texts and TERM_CUT.search(texts[-1]) and not HEADING_LINE.match(texts[-1]):
            texts[-1] += text
        else:
            texts.append(text)
    numbered = [n for n, text in enumerate(texts) if ITEM_OPENS.match(text)]
    if numbered and LAST_ITEM_MARK.match(texts[numbered[-1]]):
        texts[numbered[-1]] = LAST_ITEM_MARK.sub("", texts[numbered[-1]])
    return texts



def _after(issued: dt.date | None, days: str | None) -> dt.date | None:
    return issued + dt.timedelta(days=int(days)) if issued and days else issued


# one measure changed before its start in the same sentence: a figure or a verb of change (…包干费下调10%，自…起执行)
A_MEASURE_CHANGED = re.compile(r"\d|下调|上调|降低|提高|减按|减免|免征|调整为|调减|调增|降至|提至|放宽|取消|给予|^对")
THE_WHOLE = re.compile(r"本[\u4e00-\u9fff]{0,6}?(?:通知|办法|措施|意见|方案|政策|规定|细则|决定|通告|公告|条例|指引|清单|计划|协议)|以上|上述|各项"
                       r"|此次|所有|该(?:通知|办法|措施|意见|方案|政策)|这些")


STARTS_IN_FORCE_RE = re.compile(STARTS_IN_FORCE)
LAST_DAY_AFTER = re.compile(rf"[至到]\s*(?:{DATE_TEXT}|{YEAR}年(?:底|末))(?:止)?")
ENDS_THE_SENTENCE = re.compile(r"\s*(?:[。；]|$)")


COUPON = re.compile(r"(?:消费|优惠|代金|体验|惠民|旅游|文旅|电子)券")


def _the_texts_last_day(m: re.Match, text: str, items_after: bool) -> bool:
    """An UNTIL_DATE match is the text's own last day: 有效期至…, or after 起施行 only as its start is the whole's (not an
    activity's, …活动自…起实施至…: the review); 起执行至… with no comma only where its sentence ends there and no item
    follows (between two items, or before the measure it times, 起实施至…，对…给予…: a measure's term, two reviews)."""
    if not m.group().startswith("起"):
        # (每张消费券满200元减50元，有效期至…: the coupons' term, named in its sentence, not the text's: h267 F5; but 本方案适用于
        # …消费券发放工作，有效期至…: the text's, named too: the seventh review)
        opening = max(text.rfind("。", 0, m.start()), text.rfind("；", 0, m.start())) + 1
        return not COUPON.search(text, opening, m.start()) or THE_WHOLE.search(text, opening, m.start()) is not None
    verb_end = m.start() + STARTS_IN_FORCE_RE.match(m.group()).end()
    opening = max(text.rfind("自", 0, m.start()), text.rfind("从", 0, m.start()), 0)
    if not _start_of_the_whole(text, opening, verb_end):
        return False
    # (本办法自…起施行至…，原《…》同时废止: the whole named, its sentence may go on; unnamed, it must end there: the reviews)
    named = THE_WHOLE.search(text, max(text.rfind("。", 0, opening), text.rfind("；", 0, opening)) + 1, opening) is not None
    return text[verb_end] in "，," or not items_after and (named or ENDS_THE_SENTENCE.match(text, m.end()) is not None)


def _start_of_the_whole(text: str, at: int, end: int) -> bool:
    """自…起施行 at ``at`` (its verb ending at ``end``): the text's, unless the sentence changes one measure before it (…包干费下调
    10%，自…起执行; h220) and names nothing of the whole (本措施, 以上政策, 各项措施); a verb going on (起实施至…, 起执行并…) only
    after words naming the whole (not …消费券发放活动自…起实施至…: that activity's term, the review)."""
    opening = max(text.rfind("。", 0, at), text.rfind("；", 0, at)) + 1
    before = ITEM_OPENS.sub("", text[opening:at])
    if text[end : end + 1] in ("至", "到", "并"):
        if THE_WHOLE.search(before):
            return True
        # (no subject: the text's own only where the sentence ends at its last day, not 自…起实施至…，对…给予…: the review)
        last_day = LAST_DAY_AFTER.match(text, end)
        return not before.strip(" \u3000，,") and (last_day is None or ENDS_THE_SENTENCE.match(text, last_day.end()) is not None)
    return A_MEASURE_CHANGED.search(before) is None or THE_WHOLE.search(before) is not None


def _own(pattern: re.Pattern, text: str, accept=None) -> re.Match | None:
    """The first match that is not about a cited document (right after 《…》, or its 文号 in brackets after it:
    《…》（九府办发〔2023〕9号）有效期延长至…, a notice extending another's term, a blind test: the notice's own), and that
    ``accept`` takes where given."""
    for m in matches(pattern, text, NEEDLES):
        if not CITED_BEFORE.search(text, 0, m.start()) and not _quoted_by_a_change(text, m.start()) and (accept is None or accept(m)):
            return m
    return None


CITED_BEFORE = re.compile(r"》(?:\s*[（(][^（）()]{2,30}[）)])?[，,]?\s*$")  # (…（鄂府发〔2021〕12 号），有效期延长至…: h240)
CHANGE_VERB = re.compile(r"(?:修改|修订|调整|替换)为|改为")
CHANGED_WORDS_BEFORE = re.compile(r"(?:(?:修改|修订|调整|替换)为|改为)[：:]?\s*$|中的\s*$|增加[^“”。；]{0,20}?[：:]\s*$")  # (修改为：“…”: h199)


def _quoted_by_a_change(text: str, at: int) -> bool:
    """Inside the quoted words an amendment replaces or puts in (将第五条中的“有效期5年”修改为“有效期至2026年7月31日”): the
    amended text's term, not this one's (a blind test: a 决定 had taken it as its own)."""
    opened, closed = text.rfind("“", 0, at), text.rfind("”", 0, at)
    if opened <= closed:
        return False
    end = text.find("”", at)
    return bool(CHANGED_WORDS_BEFORE.search(text, max(0, opened - CHANGE_REACH), opened) or end >= 0 and CHANGE_VERB.match(text, end + 1))


CHANGE_REACH = 24  # characters before the quote its change may name (增加一条，作为第二十五条：“…”: the review)


def _date_before(text: str, pos: int) -> dt.date | None:
    """The in-force date stated in the same sentence before ``有效期N年``."""
    m = FROM_DATE.search(text[max(0, pos - 40) : pos])
    return parse_date(m["date"]) if m else None


def _add_years(start: dt.date, years: int) -> dt.date:
    """The last day of a period of ``years`` years from ``start`` (2023-05-01, 5 → 2028-04-30)."""
    try:
        end = start.replace(year=start.year + years)
    except ValueError:  # 29 February
        end = start.replace(year=start.year + years, day=28) + dt.timedelta(days=1)
    return end - dt.timedelta(days=1)
