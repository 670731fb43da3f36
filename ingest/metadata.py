"""Document boundaries and metadata (title, 文号, issuing body, date, jurisdiction, level).

A file may hold a notice and the document it issues or forwards. A *forwarding* notice
(转发) and the forwarded document are two documents; a notice that *issues* its own attachment
(印发) is one document whose attachment title is kept as an alternative title.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .model import DocNumber, Span
from .normalize import (
    DATE_LINE,
    DOC_NUMBER_LINE,
    DOC_TYPE_END,
    FOOTER_LINE,
    ISSUER_LINE,
    NUMBERING_START,
    TERMINAL,
    Paragraph,
)
from .numbers import cn_to_number
from .places import Place, gazetteer, is_national_issuer
from .references import parse_doc_number

BODY_START = re.compile(r"^(?:为|根据|按照|依据|近年来|当前|今年以来|随着|《)")
VERSION_FOOTER = re.compile(r"^(?:主题词|抄送|抄报|.{0,30}印发$|共印\d+份)")
FORWARD_CUE = re.compile(r"转发")
DATE_PARTS = re.compile(
    r"(?P<y>\d{4}|[二〇零一三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
)


@dataclass
class Head:
    title: str | None = None
    title_para: Paragraph | None = None
    issuer: str | None = None
    doc_number: DocNumber | None = None
    date: dt.date | None = None
    body_start: int = 0


@dataclass
class Part:
    """The paragraphs of one document found in a file."""

    head: Head
    body: list[Paragraph]
    alternative_title: str | None = None
    closing: list[Paragraph] = field(default_factory=list)


def parse_date(text: str) -> dt.date | None:
    m = DATE_PARTS.search(text)
    if not m:
        return None
    y, mo, d = (int(x) if x.isdigit() else cn_to_number(x) for x in (m["y"], m["m"], m["d"]))
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def is_title(text: str) -> bool:
    return (
        0 < len(text) <= 80
        and not NUMBERING_START.match(text)
        and text[-1] not in TERMINAL | {"，"}
        and bool(DOC_TYPE_END.search(text) or text.startswith("关于"))
    )


def parse_head(paragraphs: list[Paragraph]) -> Head:
    head = Head()
    for i, p in enumerate(paragraphs):
        text = p.text
        if DOC_NUMBER_LINE.match(text) and head.doc_number is None:
            head.doc_number = parse_doc_number(text)
        elif DATE_LINE.match(text) and head.date is None:
            head.date = parse_date(text)
        elif head.title is None and is_title(text):
            head.title, head.title_para = text, p
        elif ISSUER_LINE.match(text) and "关于" not in text and head.issuer is None and head.title is None:
            head.issuer = re.sub(r"文件$", "", text)
        elif FOOTER_LINE.match(text):
            continue
        else:
            head.body_start = i
            return head
        head.body_start = i + 1
    return head


def issuer_from_title(title: str) -> str | None:
    """松原市人民政府印发关于… → 松原市人民政府; 关于… → None."""
    if "关于" not in title:
        return None
    prefix = re.sub(r"(?:印发|转发)$", "", title[: title.index("关于")])
    return prefix or None


def find_signature(paragraphs: list[Paragraph]) -> tuple[str | None, dt.date | None]:
    """An issuer line followed by a date line (落款), searched from the end."""
    for i in range(len(paragraphs) - 2, -1, -1):
        if ISSUER_LINE.match(paragraphs[i].text) and DATE_LINE.match(paragraphs[i + 1].text):
            return paragraphs[i].text, parse_date(paragraphs[i + 1].text)
    return None, None


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
    footer = attached[footer_from:]
    if not any(VERSION_FOOTER.match(p.text) for p in footer):
        footer_from, footer = len(attached), []
    attached = attached[:footer_from]
    attached_head = parse_head(attached)
    notice_text = (head.title or "") + "".join(p.text for p in notice_body)
    forwards = bool(FORWARD_CUE.search(notice_text))
    if not forwards:
        # 印发: one document; the notice is its preamble, the attachment title an alternative title
        part = Part(head, notice_body + attached[attached_head.body_start :], attached_head.title, footer)
        if head.date is None:
            part.head.date = attached_head.date
        return part, None, False
    return Part(head, notice_body, closing=footer), Part(attached_head, attached[attached_head.body_start :]), True


def _attachment_start(paragraphs: list[Paragraph], body_start: int) -> int | None:
    for i in range(body_start + 1, len(paragraphs) - 1):
        text = paragraphs[i].text
        if text.startswith("附件") and len(text) <= 60 and (is_title(text[3:].strip("：: ")) or text.rstrip("：:") == "附件"):
            return i + 1 if text.rstrip("：:") == "附件" else i
        if not is_title(text) or "关于" in text and text.endswith(("的通知", "的函")) and i < body_start + 2:
            continue
        before = [p.text for p in paragraphs[max(body_start, i - 4) : i]]
        after = paragraphs[i + 1].text
        closed_before = any(FOOTER_LINE.match(t) or DATE_LINE.match(t) or ISSUER_LINE.match(t) for t in before)
        opens_after = bool(DATE_LINE.match(after) or BODY_START.match(after) or NUMBERING_START.match(after))
        if closed_before and opens_after:
            return i
    return None


@dataclass
class Jurisdiction:
    place: Place | None
    province: Place | None
    level: str | None
    name: str | None


def jurisdiction_of(issuer: str | None) -> Jurisdiction:
    if not issuer:
        return Jurisdiction(None, None, None, None)
    if is_national_issuer(issuer):
        return Jurisdiction(None, None, "national", "中国")
    hit = gazetteer().match_prefix(issuer)
    if not hit:
        return Jurisdiction(None, None, None, None)
    place = hit[0]
    province = gazetteer().province_of(place)
    return Jurisdiction(place, province, place.level, place.name)


def title_span(head: Head, source: str) -> Span | None:
    return head.title_para.span(source) if head.title_para else None
