"""Normalise extracted policy text into paragraphs, keeping a map back to source offsets.

What is repaired (each rule keeps the offsets of the characters it keeps):
- indentation and full-width spaces; spaces between Chinese characters (PDF extraction);
- full-width digits and letters become ASCII; ASCII brackets and punctuation next to Chinese
  become full-width, so (一) and （一） read the same;
- small form variants (﹒﹐﹙﹚…) become their ordinary forms, so 1﹒ reads as 1.;
- page markers (``# Page 3:`` anywhere in a line, ``- 3 -``, ``·3·``, ``第3页`` on a line of
  their own, a form feed) are dropped;
- spaces inside numbers and dates next to Chinese (``2023 年5 月26 日``, ``〔2023〕 29 号``) go;
- a paragraph broken across lines or pages is joined again, and a character repeated across a
  page break (城镇公 / 公益性岗位) is dropped once. A line is joined to the one before unless
  that one ends a sentence or is a head/foot line or a heading, or the line starts a numbered
  item. A decimal heading (``1 总则`` / ``1.1 编制目的``, in order: ``decimal_heading_lines``) is a paragraph of
  its own. A numbering marker alone on its line, a heading with a bracket still open and a title
  still being written (``1. X关于印发`` before ``…的通知``) are joined to what follows.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

from .figures import find_figure_tables
from .model import Span
from .numbers import as_int
from .offsets import cut_out
from .tables import find_tables, folio_beside_its_mark, is_unit_column, place_header, spaced_header
from .units import COOPERATIVE_END

SPACE_RUN = re.compile(r"\s+")
CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
CJK_RUN = re.compile(CJK_RE.pattern + "+")
CJK_PUNCT = set("，。、；：？！“”‘’（）《》〔〕【】…—·「」『』")
TO_FULL_WIDTH = {"(": "（", ")": "）", ",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
SPACES = {" ", "\t", "\u3000", "\u00a0", "\u2002", "\u2003", "\u200b", "\ufeff"}

# What str.splitlines ends a line at; a form feed (pdftotext's page end) is a page break too.
LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
PAGE_DASHES = r"[-—－–·・•\s]*"  # around a page number: - 3 -, — 3 —, ·3·
PAGE_MARKER_LINE = re.compile(
    rf"^\s*(?:{PAGE_DASHES}\d{{1,4}}{PAGE_DASHES}|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)\s*$"
)
# ``# Page 980:`` as the PDF extraction writes it, wherever it falls in a line.
PAGE_MARKER = re.compile(r"\s*#+\s*Page\s*(?P<page>\d+)\s*[:：]?\s*", re.IGNORECASE)
# Small form variants (U+FE50 block) and other look-alikes, to their ordinary forms.
SMALL_FORMS = {"﹐": "，", "﹑": "、", "﹒": "．", "﹔": "；", "﹕": "：", "﹖": "？", "﹗": "！",
               "﹙": "（", "﹚": "）", "﹛": "｛", "﹜": "｝", "﹝": "〔", "﹞": "〕", "﹪": "％"}

# Sentence-final punctuation: a line ending in one of these ends a paragraph.
TERMINAL = set("。！？；：）】》」…")
# Reduplicated words that may legitimately straddle a page break.
REDUPLICATIONS = set("人常个天年家户层步刚渐往仅稍纷处时事条样多好看试市省区县")  # 市 / 市场监管局

# Lines that stand alone in a document's head or foot and are never joined to a neighbour.
# after 1. a digit is a decimal (1.5万元), except a year (1.2024年3月底前，…: an item that opens with its deadline)
# or a month's date (2.9月30日前，…, 2.6月底前: after a table's last figure it had gone on the figure's line, h286 F1)
ITEM_DOT = r"(?:[.．、](?!\d)|[.．](?=(?:19|20)\d{2}\s*年|(?:[1-9]|1[0-2])\s*月\s*(?:[1-3]?\d\s*日|底|末|[上中下]旬)))"
# 二、三季度 / 二、三产业 / 三、四线城市 at a line's start: a list of ordinals, no item numbered 二; a list goes up, so
# 一、一级幼儿园…, 三、二级医院… are the item numbered 一 (三), its text opening with a grade (h297 F4: lost to the preamble)
_ORDINAL_DIGITS = "一二三四五六七八九十"
_A_HIGHER_ORDINAL = "|".join(rf"(?<={d}[、.．﹒])[{_ORDINAL_DIGITS[k + 1:]}]" for k, d in enumerate(_ORDINAL_DIGITS[:-1]))
ORDINALS_LISTED = rf"(?!(?:{_A_HIGHER_ORDINAL})[一二三四五六七八九十]*(?:季度|产业|级|线|类|档|批|期|星|轮|等奖))"
# 第一，加大…: an item numbered by an ordinal and a comma
ORDINAL_COMMA_ITEM = r"第[一二三四五六七八九十]{1,3}[，,](?=\S)"
# 1） 2）: a sub-item numbered with a closing bracket alone (not 2）of a bracket the line before opened)
HALF_PAREN_ITEM = r"\d{1,3}[）)](?![）)])"
# 政策一：创业担保贷款及贴息: a list of labelled blocks, each numbered by its label (a 惠企政策清单, z311)
ITEM_LABEL = r"(?:政策|措施|事项|举措)"
LABELLED_ITEM = ITEM_LABEL + r"[一二三四五六七八九十]{1,3}[：:]"
NUMBERING_START = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇两\d]+(?:[章节条]|部分)|" + ORDINAL_COMMA_ITEM + "|"
    r"[一二三四五六七八九十百]+[、.．]" + ORDINALS_LISTED + "|"
    rf"（[一二三四五六七八九十百]+）|（\d{{1,3}}）|\d{{1,3}}{ITEM_DOT}|{HALF_PAREN_ITEM}|[①-⑳]|{LABELLED_ITEM}|[a-h][）)](?![）)]))"
)
# (a joint notice's numbers, one per issuer, on one line: 深关综〔2023〕88 号  深商务口岸〔2023〕31 号)
_ONE_DOC_NUMBER = r"[\u4e00-\u9fff]{1,12}[〔\[［（(]\s*\d{4}\s*[〕\]］）)]\s*第?\s*\d+\s*号"
DOC_NUMBER_LINE = re.compile(rf"^{_ONE_DOC_NUMBER}(?:[ \t\u3000]*{_ONE_DOC_NUMBER})*$"
                             r"|^[\u4e00-\u9fff][\u4e00-\u9fff、 \t\u3000]{1,40}公告\s*\d{4}\s*年\s*第\s*\d+\s*号$")  # 国家税务总局公告2023年第3号
YEAR = r"(?:\d{4}|[二〇○◯零一三四五六七八九]{4})"  # 2023, or 二〇二三 as a signature's date writes it
# how a compilation's heading says the text was made, after its date in the bracket: （2023 年3 月30 日…第十次会议通过
# 2023 年5 月26 日…批准）, （2023 年8 月14 日印发）: a regulation's or a rule's heading (not a deadline: …日前印发)
HEADING_DATE_NOTE = r"(?:(?<=日)(?![前底起至以之])[^（）()。；]{0,120}?(?:通过|批准|修正|修订|公布|发布|印发|施行))?"
DATE_LINE = re.compile(
    rf"^[（(]?\s*{YEAR}\s*年\s*[\d一二三四五六七八九十]{{1,3}}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*[日号]?\s*(?:印发|发布|起施行)?\s*[）)]?$"  # 日 may be missing
)
DOC_TYPE_END = re.compile(
    r"(?:通知|意见|办法|措施|若干政策|方案|规定|决定|举措|细则|条例|批复|公告|通告|规划|纲要|决议|要点|规则|通报|指南|清单)$"
)
# kinds of document a title may end with beyond those that also end a line of body text (DOC_TYPE_END)
MORE_TITLE_KINDS = re.compile(r"(?:计划|规范|标准|制度|目录|名录|指引|导则|准则|章程|若干政策|政策措施|重点任务|协议|(?<=工作)安排|(?<=的)答复|(?<=的)复函"
                              r"|(?<=的)函|(?<=政策)问答|(?<=会)纪要|(?<=会议)纪要)$")  # (成都市2023年优化营商环境重点工作安排: a blind test; …优惠政策问答: h193;
# <机关>第28次常务会议纪要, …的会议纪要, …座谈会纪要: a meeting's minutes, h290 F1; …横向生态保护补偿协议, …合作协议: an agreement
# two governments sign and publish, h308 F1)
TRAILING_BRACKET = re.compile(r"[（(][^（）()]*[）)]$")  # …行动方案（2023—2025年）, …办法（试行）


def ends_in_a_document_kind(text: str) -> bool:
    """…的通知, …行动计划: a kind of document last (metadata.is_title's test too)."""
    return bool(DOC_TYPE_END.search(text) or MORE_TITLE_KINDS.search(text))


def names_a_document(title: str) -> bool:
    """A title that names a document: 关于…, or a kind of document last (…行动计划（2023—2025年）, 《…若干措施》), not a
    stage of a plan (动员部署和摸底调查阶段); a task's words may end alike (编制年度推进计划: compilation asks more)."""
    named = TRAILING_BRACKET.sub("", title.strip()).rstrip("》")
    # (《…若干措施》政策解读: an interpretation, a document of its own, h161: its heading dated by month alone had been lost)
    return "关于" in named or ends_in_a_document_kind(named) or title.lstrip().startswith(("《", "关于《")) and bool(INTERPRETATION_TITLE.fullmatch(title.strip()))


# (not 根据国务院办公厅 / 《…》（国办发〔2022〕12号）和…制定本方案, a sentence's first line that the page cut after the issuer of
# the text it cites: h307 F4, split off as a line of its own, the text's basis had been read as cited only)
ISSUER_LINE = re.compile(
    r"^(?!根据|按照|依据|依照|遵照|参照|贯彻|落实)(?:[\u4e00-\u9fff（）]{2,30}(?:人民政府|办公厅|办公室|街道办事处|委员会|领导小组|文件|政府|厅|局|部|委|院|中心|海关|妇联|残联|科协|工商联|总工会|联合会"
    rf"|共青团中央|人民银行|{COOPERATIVE_END})|共青团中央)$"  # (共青团中央 alone: no place or level before it; 赣州市供销合作社: h303 F1, F2)
    # (辽宁省残疾人联合会, 妇女联合会: a federation by its full name, as 残联 is: h309 F11)
)
# an issuer and its date on one line, a right-aligned signature block as a PDF's text may give it (h215)
SIGNATURE_ON_ONE_LINE = re.compile(rf"[ \t\u3000]*(?P<issuer>{ISSUER_LINE.pattern[1:-1]})[ \t\u3000]+"
                                   rf"(?P<date>{DATE_LINE.pattern[1:-1]})\s*$")
SIGNATURE_AFTER = "。！）)"  # the body's last sentence closed before it
# 甲方：株洲市人民政府（盖章） / 乙方：…: a party to an agreement named, at the agreement's head or signing it at its foot (h308
# F2, F3: run together and into the last clause, no issuer read); its name a body's alone
PARTY_NAMED = re.compile(r"^(?P<party>[甲乙丙丁])方\s*(?:[（(][^（）()：:]{1,8}[）)])?\s*[：:]\s*(?P<name>[^：:，。；,;\s（）()]{2,30}?)"
                         r"\s*(?:[（(](?:盖章|签章|公章|印章|签字盖章)[）)])?$")


def party_named(text: str) -> re.Match | None:
    """甲方：X（盖章）, X a body's name: the party and the body."""
    m = PARTY_NAMED.match(text.strip())
    return m if m and ISSUER_LINE.match(m["name"]) else None


PUBLICATION_NOTE = r"(?:公开方式|公开属性|信息公开选项)[：:]"  # 公开方式：主动公开, a foot line
# 特此通告。 / 此复。: the formula that closes a notice or a reply
CLOSING_FORMULA_WORDS = r"(?:特此(?:通知|通告|公告|批复|函告|函复)|此复)"
# (出席：… / 列席：… / 记录：…: a meeting's minutes name who sat in, at their foot: h290 F11, run into the last item)
MINUTES_FIELD = r"(?:出席|列席|请假|缺席|记录)(?:人员|同志|单位)?[：:]"
FOOTER_LINE = re.compile(rf"^(?:（此件.{{0,12}}）|主题词|抄送|抄报|印发[：:]|共印\d+份|附件[：:]?$|{PUBLICATION_NOTE}|{MINUTES_FIELD})")  # not 印发给你们


@dataclass
class Paragraph:
    """A logical paragraph: normalised text plus the source offset of each character."""

    text: str
    offsets: list[int]  # len(text) + 1 entries; the last is the end offset of the paragraph
    line: int  # 1-based source line where it starts
    table_row: bool = False  # a task table's row (tables.py): its cells' numbered points are no items of their own
    sum_row: bool = False  # a payment table's row (figures.py)
    # where a joined paragraph's line break closes a table's row (join_paragraphs): kept when the breaks inside a phrase are
    # read through, or a row's last sum runs on into the next row's label (…医保基金支付：80元 / 慢病管理服务包: h288 F8)
    row_ends: tuple[int, ...] = ()
    decimal_heading: bool = False  # 1 总则 / 3.2 成员单位职责: a heading numbered decimally (decimal_heading_lines)

    def span(self, source: str, start: int = 0, end: int | None = None) -> Span:
        """Span in the source file for ``self.text[start:end]``."""
        end = len(self.text) if end is None else end
        if end <= start:
            pos = self.offsets[min(start, len(self.text))]
            return Span(pos, pos, "")
        s = self.offsets[start]
        e = self.offsets[end - 1] + 1
        return Span(s, e, source[s:e])


def is_cjkish(ch: str) -> bool:
    return bool(CJK_RE.match(ch)) or ch in CJK_PUNCT


# The year of a 文号 in any bracket (沪府办发(2023)9号, 【2023】, [2023], （2023）): written 〔2023〕.
DOC_NUMBER_YEAR = re.compile(r"[\[［（(【〔〈〖](\s*(?:19|20)\d{2}\s*)[\]］）)】〕〉〗](?=\s*第?\s*\d{1,5}\s*号)")
# A numbering marker in ASCII brackets before Chinese text ((93)各级…): written （93）.
ITEM_NUMBER = re.compile(r"(?<!第)\((\d{1,3})\)(?=\s*(?:[\u4e00-\u9fff《“]|$))")  # not 第(3)项


# a scan's letter O for a zero inside a figure (2O23 年, 1O 元, 5OOO; not O2O, B2O: a word's) or a Chinese year (二O二三年)
# (0.O1, O.05, 1.O5 万元 by a decimal point; 5OBP before basis points: a mutation test)
O_IN_FIGURE = re.compile(r"(?<![A-Za-z\d.])(?=[\dOo.]*[Oo])(?:\d[\dOo]*|[Oo](?=\.[\dOo]*\d))(?:\.[\dOo]+)?(?:(?![A-Za-z])|(?=BP|bp))"
                         r"|[一二三四五六七八九〇][〇○Oo一二三四五六七八九]*[Oo][〇○Oo一二三四五六七八九]*(?=年)")


def _zero_for_letter_o(m: re.Match) -> str:
    run = m.group()
    return run.translate(ZERO_FOR_O if run[0].isdigit() or run[0] in "Oo" else CN_ZERO_FOR_O)  # (O.05: a figure's)


def zeros_read(text: str) -> str:
    """``text`` with a scan's letter O in a figure read as a zero, one character for one (a table's row 1O, a footer's
    — 1O51 —, a heading's 2O23: mutation tests)."""
    return O_IN_FIGURE.sub(_zero_for_letter_o, text) if ("O" in text or "o" in text) else text


def slashes_read(text: str) -> str:
    """``text`` with a full-width slash as the ASCII one, one character for one: a scan's OCR of printed Chinese gives ／
    (补贴标准（元／人）, 1000元／人: h318 F1, the table and the per-person measure lost), read as 元/人 is."""
    return text.replace("／", "/") if "／" in text else text


ZERO_FOR_O = str.maketrans("Oo", "00")
CN_ZERO_FOR_O = str.maketrans("Oo", "〇〇")


# 二0二三年: a Chinese year typed with a figure's zero (h215: no date), its 〇
CN_YEAR_WITH_FIGURE_ZERO = re.compile(r"(?=[〇○0一二三四五六七八九]{0,3}0)[一二三四五六七八九〇○][〇○0一二三四五六七八九]{3}(?=\s*(?:年|至|—|－|-))")


def _bracket_forms(line: str) -> str:
    """A 文号's year in 〔〕, an item number in （）, a scan's letter O in a figure a zero, a figure's zero in a Chinese year
    〇, one character for one (offsets stay)."""
    if ("O" in line or "o" in line) and O_IN_FIGURE.search(line):
        line = O_IN_FIGURE.sub(_zero_for_letter_o, line)
    if "0" in line and "年" in line:
        line = CN_YEAR_WITH_FIGURE_ZERO.sub(lambda m: m.group().replace("0", "〇"), line)
    if "号" in line:
        line = DOC_NUMBER_YEAR.sub(lambda m: f"〔{m.group(1)}〕", line)
    if "(" in line:
        line = ITEM_NUMBER.sub(lambda m: f"（{m.group(1)}）", line)
    return line


def normalise_line(line: str, base: int) -> tuple[str, list[int]]:
    """Normalise one source line; returns text and the source offset of each character."""
    line = _bracket_forms(line)
    body = line.rstrip(LINE_ENDS)
    if "#" not in body and not _NEEDS_WORK.search(body):  # most lines: nothing to change (a fifth of parsing time)
        return body, list(range(base, base + len(body)))
    return _normalise_each_char(line, base)


def _normalise_each_char(line: str, base: int) -> tuple[str, list[int]]:
    """The line without its page markers and line ends, each character mapped one to one
    (``CHAR_FORMS``), then spaces and half-width punctuation by their neighbours."""
    text, offs = cut_out(DROPPED, line, base)
    text = text.translate(CHAR_FORMS)
    if "［" in text or "］" in text:
        text = _year_brackets(text, line, [o - base for o in offs])
    if not NEIGHBOUR_DEPENDENT.search(text):
        return text, offs
    return _by_neighbours(list(text), offs)


# What other exports put around the text: a Markdown heading's hashes and emphasis (# 标题, ## 一、,
# **（一）…**: not a page marker's #), a list's bullet before an item (● （二）…); format characters inside
# words (soft hyphens, zero-width spaces) are spaces since reading (reading.py)
BULLETS = "●■▲◆•▪►"
EXPORT_MARKS = (rf"^\s*#{{1,6}}[ \t]+(?!Page\s*\d)|\*\*|^[\s\u3000]*[{BULLETS}]\s*"
                r"|(?<=\d)[ \t]+(?=[.．][^\d])")  # 2 . 加快: a letter-spacing extractor's marker
DROPPED = re.compile(f"{PAGE_MARKER.pattern}|[{LINE_ENDS}]+|{EXPORT_MARKS}", re.IGNORECASE)


# What a character becomes wherever it stands: a small form its ordinary form, a space of any kind a
# space, full-width digits, letters and ％ their ASCII forms
CHAR_FORMS = str.maketrans({**SMALL_FORMS, **dict.fromkeys(SPACES, " "), "％": "%", "﹪": "%",
                            **{chr(c): chr(c - 0xFEE0) for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
                               for c in range(r[0], r[1] + 1)}})
NEIGHBOUR_DEPENDENT = re.compile("[ ．" + re.escape("".join(TO_FULL_WIDTH)) + "]")


def _year_brackets(text: str, line: str, at: list[int]) -> str:
    """［2023］ around a year as 〔2023〕 (``at``: each character's index in ``line``)."""
    chars = list(text)
    for i, ch in enumerate(chars):
        if ch == "［" and _next_is_year(line, at[i]):
            chars[i] = "〔"
        elif ch == "］" and _prev_is_year(chars[:i]):
            chars[i] = "〕"
    return "".join(chars)


def _by_neighbours(chars: list[str], offs: list[int]) -> tuple[str, list[int]]:
    """Spaces kept only between two non-Chinese characters; ASCII punctuation next to Chinese made
    full-width (not 1,000 or 10:30); ． after a digit a decimal point."""
    next_solid = [""] * (len(chars) + 1)  # the first non-space character after each position
    for i in range(len(chars) - 1, -1, -1):
        next_solid[i] = chars[i + 1] if i + 1 < len(chars) and chars[i + 1] != " " else next_solid[i + 1]
    out: list[str] = []
    out_offs: list[int] = []
    for i, ch in enumerate(chars):
        if ch == " ":
            prev = out[-1] if out else ""
            nxt = next_solid[i]
            if not prev or not nxt or prev == " " or is_cjkish(prev) or is_cjkish(nxt) or _between_lone_digits(chars, i):
                continue
        elif ch in TO_FULL_WIDTH:
            prev = next((c for c in reversed(out) if c != " "), "")
            nxt = next_solid[i]
            if ch == "," and prev.isdigit() and nxt.isdigit():
                pass
            elif ch == ":" and prev.isdigit() and nxt.isdigit():
                pass
            elif is_cjkish(prev) or is_cjkish(nxt) or (ch in "()" and _paren_holds_cjk(chars, i)):
                ch = TO_FULL_WIDTH[ch]
        elif ch == "．" and out and out[-1].isdigit():
            ch = "."
        out.append(ch)
        out_offs.append(offs[i])
    while out and out[-1] == " ":
        out.pop()
        out_offs.pop()
    return "".join(out), out_offs


def _between_lone_digits(chars: list[str], i: int) -> bool:
    """A space a letter-spacing extractor set between the digits of one number (2024 年1 1 月底前, 初级8 0 0 元: z202,
    z232; 1 1 月 had been read as 1 月, a wrong deadline), each digit alone between spaces (not 5 000, a thousands' gap)."""
    def lone(j: int) -> bool:
        return 0 <= j < len(chars) and chars[j].isdigit() and not (j > 0 and chars[j - 1].isdigit()) and not (
            j + 1 < len(chars) and chars[j + 1].isdigit())
    return lone(i - 1) and lone(i + 1)


# every character _normalise_each_char may drop or change (a page marker needs "#")
_NEEDS_WORK = re.compile("[" + re.escape("".join(sorted({*SMALL_FORMS, *SPACES, *TO_FULL_WIDTH, *LINE_ENDS, *BULLETS,
                                                          "％", "［", "］", "．", "*"})))
                         + "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def _next_is_year(line: str, i: int) -> bool:
    return bool(re.match(r"［\s*\d{4}\s*］", line[i:]))


def _prev_is_year(chars: list[str]) -> bool:
    return len(chars) >= 5 and chars[-5] == "〔"


def _paren_holds_cjk(chars: list[str], i: int) -> bool:
    """True when an ASCII bracket at ``i`` encloses Chinese text, e.g. (一), or is the line's
    only text on its side: the rest of the bracket is on the line before or after (…牵头 / ))."""
    if chars[i] == "(":
        window = chars[i + 1 : i + 12]
        close = window.index(")") if ")" in window else len(window)
        return any(CJK_RE.match(c) for c in window[:close]) or not "".join(chars[i + 1:]).strip()
    if not "".join(chars[:i]).strip():
        return True
    window = chars[max(0, i - 11) : i]
    open_ = len(window) - 1 - window[::-1].index("(") if "(" in window else -1
    return any(CJK_RE.match(c) for c in window[open_ + 1 :])


# The title of a policy's interpretation or drafting notes printed after it (《…若干政策》政策解读, 关于《…》的
# 解读, 关于《…（征求意见稿）》的起草说明): what follows explains the policy and is none of its clauses
# (the second form names the policy by its kind: 做好政策解读 or 开展惠企政策解读 is a task, not a title)
INTERPRETATION_TITLE = re.compile(r"(?:(?:[\u4e00-\u9fff]{2,30}?(?:厅|局|委|办|政府|办公室|委员会|部|中心|署))?关于)?《[^《》]{4,80}》(?:\s*[（(][^（）()]{2,30}[）)])?(?:的)?(?:政策)?(?:解读|问答|起草说明|编制说明)"  # (X关于《…》的政策解读: h199;
                                  # 关于《…》（苏财发〔2023〕12号）的政策解读: h233)
                                  r"|[^，。；、《》（）()]{4,60}(?:若干政策|政策措施|措施|办法|方案|意见|通知|细则|规定|征求意见稿）)"
                                  r"(?:的)?(?:政策解读|政策问答|解读|起草说明|编制说明)")
# An order's number without a year (河北省人民政府令 / 第231号, or on one line)
# (a standing committee's 公告 numbered in its term: （十四届第5号）, 〔十四届〕第5号, 第五号: a blind test)
# (a ministry's counted within its year: 中华人民共和国农业农村部令 / 2022年第3号, h293 F15)
ORDER_NUMBER_LINE = re.compile(r"^(?:[\u4e00-\u9fff]{2,30}令)?\s*[（(〔\[]?(?:[一二三四五六七八九十]{1,3}届[〕\]]?|(?:19|20)\d{2}\s*年\s*)?"
                               r"第\s*(?:\d{1,4}|[一二三四五六七八九十百零〇]{1,6})\s*号[）)]?$")

# a 会议纪要's number of the issue under its title (〔2024〕第5期, 2024年第5期, 第5期): a head line of its own (h290 F2)
ISSUE_NUMBER_LINE = re.compile(r"^(?:[〔\[［（(]\s*\d{4}\s*[〕\]］）)]|\d{4}\s*年)?\s*[（(]?第\s*\d{1,4}\s*期[）)]?$")
# the minutes' title alone on its line (湾沚区人民政府常务会议纪要), its kind one no body line's end shares (h290 F2)
MINUTES_TITLE = re.compile(r"^[^，。；,：:]{4,58}会议?纪要$")
HEAD_LINES = 4  # the 版头's lines above a signature on one line: title, 文号 or issue number, letterhead


def is_standalone(text: str) -> bool:
    """Head and foot lines (title, 文号, date, issuer, 版记) that are paragraphs of their own."""
    if len(text) > 60:
        return False
    return bool(
        DOC_NUMBER_LINE.match(text)
        or ORDER_NUMBER_LINE.match(text)
        or ISSUE_NUMBER_LINE.match(text)
        or (MINUTES_TITLE.match(text) and not NUMBERING_START.match(text))
        or INTERPRETATION_TITLE.fullmatch(text)
        or DATE_LINE.match(text)
        or FOOTER_LINE.match(text)
        or (ISSUER_LINE.match(text) and len(text) <= 30)
        or party_named(text)  # 甲方：株洲市人民政府（盖章）: a party's line (h308 F2)
        # (…实施方案（试行）, …行动方案（2023—2025年）: a title with its note, h246: run into the first sentence)
        or (DOC_TYPE_END.search(TITLE_SUFFIX_AT_END.sub("", text)) and not NUMBERING_START.match(text) and not TITLE_BREAKING.search(text))
    )


TEXT_OPENS = re.compile(r"(?:为了?|根据|按照|依据|近年来|当前|目前|现就|现将|经)")  # a text's first sentence opens so
TITLE_BREAKING = re.compile(r"[。；，,]")  # none in a title's line (…负责统筹协调，定期通报 / 工作进展。: a sentence the page cut)


def is_heading_only(text: str) -> bool:
    """A numbered heading with no sentence of its own, e.g. 一、全力发展经济扩大就业."""
    return (
        bool(NUMBERING_START.match(text))
        and len(text) <= 50
        and not any(c in text for c in "。；！？")
        and not text.endswith(("，", "、"))  # a sentence that goes on: 第三十条本政策自发布之日起实施，
    )


OPENING = {"（": "）", "《": "》", "〔": "〕", "【": "】"}
BRACKET_MARK = re.compile(f"[{''.join(OPENING)}{''.join(OPENING.values())}]")
# A numbered compilation heading still being written: ``1. X关于印发《Y`` before ``》的通知（date）``.
TITLE_START = re.compile(r"^\d{1,3}[.．、]\s*\S*(?:关于|印发|转发)")
TITLE_END = re.compile(DOC_TYPE_END.pattern[:-1] + rf"》?$|[（(][^（）()]{{0,6}}{YEAR}\s*年[^（）()]{{0,10}}[）)]$")


def is_marker_only(text: str) -> bool:
    """A numbering marker on a line of its own, e.g. ``（一）`` before its heading."""
    m = NUMBERING_START.match(text)
    return bool(m) and not text[m.end() :].strip()


def has_open_bracket(text: str, window: int = 60) -> bool:
    """Whether a bracket opened in the last ``window`` characters is still open."""
    stack: list[str] = []
    for m in BRACKET_MARK.finditer(text, max(0, len(text) - window)):
        ch = m.group()
        if ch in OPENING:
            stack.append(OPENING[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
    return bool(stack)


def title_in_progress(text: str) -> bool:
    return bool(TITLE_START.match(text)) and not TITLE_END.search(text) and not any(c in text for c in "。；！？")


# 1 总则 / 1.1 编制目的 / 5.1.3 响应措施: an 应急预案's headings, numbered decimally, a space, a short heading alone on its
# line (not 1.5 万元, 2 万人以上, 12 月31 日: a figure the page put first, a measure after it; not a table's row of cells)
DECIMAL_HEADING_LINE = re.compile(r"^[ \t\u3000]*(?P<n>[1-9]\d?(?:[.．][1-9]\d?){0,3})[ \t\u3000]+"
                                  r"(?P<h>[\u4e00-\u9fff][^\s\d。；;，,：:！？!?…·.．]{1,29})[ \t\u3000]*$")
MEASURE_FIRST = set("万亿千百十元角年月日号时分秒个项条人户家次倍天周岁名位件台辆套吨亩米克升度多余以批期类级处所座栋间张份")
DECIMAL_SLACK = 3  # a heading may skip this many numbers (an excerpt, 节选: 3 组织指挥体系 / 5 应急响应)
DECIMAL_MIN = 3  # headings in order, two below the top (N.N): fewer may be figures that happen to follow in order
FULL_WIDTH_DIGITS = str.maketrans({chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)})


def _decimal_number(raw: str) -> tuple[int, ...] | None:
    m = DECIMAL_HEADING_LINE.match(raw.translate(FULL_WIDTH_DIGITS).rstrip(LINE_ENDS))
    if not m or m["h"][0] in MEASURE_FIRST:
        return None
    return tuple(int(n) for n in re.split(r"[.．]", m["n"]))


def _decimal_follows(prev: tuple[int, ...], number: tuple[int, ...]) -> bool:
    """3.1 after 3 (a first child), 3.2 after 3.1 or after 3.1.4 (a sibling), 5 after 3.2 (an excerpt's gap)."""
    if len(number) == len(prev) + 1:
        return number[:-1] == prev and number[-1] == 1
    k = len(number)
    return k <= len(prev) and number[:-1] == prev[: k - 1] and prev[k - 1] < number[-1] <= prev[k - 1] + DECIMAL_SLACK


def decimal_heading_lines(lines: list[str]) -> set[int]:
    """The lines that head a decimal numbering (1 总则 / 1.1 编制目的 / 1.2 …/ 2 …): the longest run of candidate lines
    whose numbers go on in order, where it holds enough of them (a figure or a date that opens a line follows no order)."""
    found = [(i, n) for i, raw in enumerate(lines) if raw.lstrip(" \t\u3000")[:1].isdigit() for n in [_decimal_number(raw)] if n]
    if len(found) < DECIMAL_MIN:
        return set()
    best: list[int] = []  # the longest run ending at each candidate, and the one before it in that run
    before: list[int | None] = []
    for k, (_, number) in enumerate(found):
        links = [j for j in range(k) if _decimal_follows(found[j][1], number)]
        j = max(links, key=lambda j: (best[j], j), default=None)
        best.append(best[j] + 1 if j is not None else 1)
        before.append(j)
    k: int | None = max(range(len(found)), key=lambda k: (best[k], k))  # (a 目录 listing them without pages: the body's)
    run = []
    while k is not None:
        run.append(found[k])
        k = before[k]
    # (its first a top heading, so each heading's parent is in it: 1.1 / 1.2 / 1.3 under 一、 are that item's points)
    if len(run) < DECIMAL_MIN or sum(len(n) > 1 for _, n in run) < 2 or len(run[-1][1]) > 1:
        return set()
    return {i for i, _ in run}


def split_paragraphs(source: str, page_width=None, file_running=None) -> list[Paragraph]:
    """Split source text into normalised paragraphs (see module docstring for the rules).
    ``page_width()``: the width of the page the text was cut from, asked for only when the text is
    too short to show it (a short document of a compilation); None, or a width that is None.
    ``file_running()``: the head and foot lines of the whole file the text was cut from (a document
    of one or two pages shows too few page breaks to tell its own)."""
    paragraphs: list[Paragraph] = []
    pos = 0
    gap = False  # a blank line or page marker since the last content line
    lines = _repeats_across_pages_blanked(_title_heads_blanked([slashes_read(zeros_read(line)) for line in source.splitlines(keepends=True)]))
    width = _wrap_width(lines)
    if width == NO_WIDTH and page_width is not None:
        width = page_width() or NO_WIDTH
    full_line = width - 2  # a line this long was wrapped by the page, not ended
    indents = _indents_paragraphs(lines)
    figures = figure_lines(lines)
    running = running_lines(lines, figures) | (file_running() if file_running is not None else set())
    tables = _tables(lines, running)
    decimal = decimal_heading_lines(lines) - figures
    after_heading = False  # the last line was such a heading: it ends there
    table_end = -1
    last_line = 0  # characters of the current paragraph's last line
    after_table = False  # a table's last row ends its paragraph: what follows (注：…) is not that row's
    issuers_beside = False  # the last line held issuers' names side by side
    names_listed = False  # the last paragraph a name list's title or row
    menu = False  # in the site's menu, an item a line, under 首页
    box_value = box_title = False  # the next line the value of a label of the facts box (its title's)
    for line_no, raw in enumerate(lines, start=1):
        base = pos
        pos += len(raw)
        if line_no - 1 <= table_end:
            continue
        if line_no - 1 in tables:  # a task table flattened to a cell a line: a paragraph per row (tables.py)
            table = tables[line_no - 1]
            paragraphs += [Paragraph(p.text, p.offsets, p.line, p.row, p.sums) for p in table.paragraphs]
            table_end, gap, last_line, after_table = table.last, False, 0, True
            continue
        prev_end = paragraphs[-1].text[-1] if paragraphs else ""
        if (line_no - 1 not in figures and _is_page_number(raw, prev_end, partial(_after_page_marks, lines, line_no))
                or running and SPACE_RUN.sub("", raw) in running and not issuer_of_title_or_signature(lines, line_no - 1)
                or CONTINUED_TABLE.fullmatch(raw.strip())
                or _folio_before_mark(raw, lines, line_no)):
            gap = True
            continue
        stripped = raw.strip()
        if WECHAT_TAIL.fullmatch(stripped):
            while paragraphs and POST_FIELD.fullmatch(paragraphs[-1].text):
                paragraphs.pop()  # 来源：株洲市人民政府网站 over 往期回顾: the post's, as its editors' line is
            break  # END / 往期推荐: the account's tail, its links and buttons to the file's end (h326 F6)
        if WECHAT_HEAD.fullmatch(stripped) and len(paragraphs) <= WECHAT_HEAD_PARAGRAPHS:
            # 原创 扬州人社 扬州人社 2024-03-08 18:00 江苏, 点击上方蓝字 关注我们: a WeChat article's head, the lines above it
            # the account's name and the post's headline (h326 F2: glued to the title, the issuer and the key lost)
            paragraphs.clear()
            gap = True
            continue
        if WECHAT_LINE.fullmatch(stripped) or not paragraphs and WECHAT_TOP.fullmatch(stripped):
            gap = True  # 图片, 👇👇👇, 全文如下, 阅读原文, 点赞 在看; atop the post its headline or its lede (h326 F2, F6)
            continue
        if menu:  # 首页 / 政务公开 / 政务服务 / …: the site's menu an item a line (h326 F3: glued to the title and the issuer)
            if not stripped or MENU_ITEM.fullmatch(stripped) and not ISSUER_LINE.match(stripped):
                gap = True
                continue
            menu = False
        if not paragraphs and MENU_HOME.fullmatch(stripped):
            menu = gap = True
            continue
        if box_value and stripped:  # the value under a label of the page's table of facts, a cell a line (h326 F1)
            box_value = False
            if (BOX_VALUE.fullmatch(stripped) and not BOX_NUMBER.fullmatch(stripped)
                    and not (box_title and not _printed_elsewhere(stripped, lines, line_no - 1))):
                gap = True
                continue
        if len(paragraphs) <= BOX_HEAD_PARAGRAPHS and (label := BOX_LABEL_ALONE.fullmatch(stripped)):
            # 文号： / 株政办发〔2024〕6号, 有效性： / 有效, 发布机构： / 株洲市人民政府办公室: the label dropped, its value too
            # but a 文号 (kept alone, as the box's row on one line keeps it) or a title printed nowhere else
            box_value, box_title, gap = True, bool(label["title"]), True
            continue
        if SITE_OWNER.match(raw) and any(SITE_ID.search(lines[i]) for i in range(line_no - 1, min(len(lines), line_no + 2))):
            gap = True  # 主办单位：…　承办单位：… over 网站标识码：… 湘ICP备…号: the site's footer, not the text (h326 F5)
            continue
        if (buttons := FONT_BUTTONS.match(raw)) and raw[buttons.end() :].strip():
            raw = " " * buttons.end() + raw[buttons.end() :]  # 【字体：大 中 小】 打印本页 then the title on its line: the title (the sixth review)
        if len(paragraphs) <= BOX_TITLE_PARAGRAPHS and (boxed := BOX_TITLE_ROW.match(raw)):
            # 标　　题：<tab>…的通知 in a page's table of facts (h302 F3: its label had stayed in the title and the issuer):
            # the title alone, where the page does not print it on a line of its own too
            if not _printed_elsewhere(boxed["title"], lines, line_no - 1):
                text, offs = normalise_line(boxed["title"], base + boxed.start("title"))
                paragraphs.append(Paragraph(text, offs + [offs[-1] + 1], line_no))
            gap = True
            continue
        if WEB_FURNITURE.match(raw) or (line_no <= PAGE_TOP_LINES and SITE_NAME.fullmatch(raw.strip())
                                        or len(paragraphs) <= 1 and PAGE_CATEGORY.fullmatch(raw.strip())):
            # a web page's breadcrumb, publishing line, buttons, the site's name over it: not the document's
            number = PUBLISHED_NUMBER.search(raw)  # its table of facts may hold the 文号: kept, alone
            if number:
                text, offs = normalise_line(number["number"], base + number.start("number"))
                paragraphs.append(Paragraph(text, offs + [offs[-1] + 1], line_no))
            gap = True
            continue
        signed = (SIGNATURE_ON_ONE_LINE.match(raw)
                  if prev_end in SIGNATURE_AFTER or 0 < len(paragraphs) <= HEAD_LINES and is_standalone(paragraphs[-1].text) else None)
        if signed:  # 四川省经济和信息化厅　　2023 年6 月15 日: a signature on one line, its issuer and its date (h215); or under
            # the title in the head, a 会议纪要's 版头 (…常务会议纪要 / 〔2024〕第5期 / 湾沚区人民政府办公室　　2024年5月20日: h290 F2)
            for part in ("issuer", "date"):
                text, offs = normalise_line(signed[part], base + signed.start(part))
                paragraphs.append(Paragraph(text, offs + [offs[-1] + 1], line_no))
            last_line, gap, after_table = 0, False, False
            continue
        text, offs = normalise_line(raw, base)
        if not text:
            gap = True
            continue
        end = offs[-1] + 1
        before = paragraphs[-2].text if len(paragraphs) > 1 else ""
        following, ahead = partial(_next_text, lines, line_no), partial(_texts_ahead, lines, line_no)
        indent = _indent(raw)
        unindented = indents and not indent
        # 中共湖北省委办公厅 湖北省人民政府办公厅 / 印发《…》的通知: a title broken after its issuers (after a
        # blank line, the issuer is a letterhead: 平凉市人民政府 / / 关于…的实施意见)
        heading = line_no - 1 in decimal  # 3 组织指挥体系 / 3.1 市减灾委员会 / 市减灾委员会…: a paragraph of its own (h295 F1)
        if paragraphs and not after_table and not (heading or after_heading) and (
                not gap and _issuer_over_its_title(paragraphs[-1].text, text)
                or not issuers_beside and not (names_listed and PERSON_ROW.match(raw))
                and _continues(paragraphs[-1].text, text, before, following, last_line >= full_line, ahead, unindented)):
            prev = paragraphs[-1]
            if gap and prev.text[-1] == text[0] and CJK_RE.match(text[0]) and text[0] not in REDUPLICATIONS:
                text, offs = text[1:], offs[1:]
            prev.text += text
            prev.offsets.pop()  # in place: a copy per line made a long paragraph quadratic
            prev.offsets += offs
            prev.offsets.append(end)
        else:
            paragraphs.append(Paragraph(text, offs + [end], line_no, decimal_heading=heading))
        last_line = len(text) + indent
        gap = after_table = False
        after_heading = heading
        # 海南省财政厅 国家税务总局海南省税务局 海南省人力资源和社会保障厅: joint issuers side by side, a line of their own
        # however wide (h238: run into the title's first line, the title and the 文号 lost)
        issuers_beside = _issuers_side_by_side(raw)
        # 先进个人名单 / （20名） / 王建军 榆次区投资促进中心主任 / 李红梅（女） 太谷区商务局副局长: a person a line (h290 F9: glued)
        names_listed = (bool(NAME_LIST_TITLE.fullmatch(paragraphs[-1].text))
                        or names_listed and bool(PERSON_ROW.match(raw) or COUNT_NOTE.fullmatch(text)))
    return paragraphs


# A WeChat article reposting a document: the post's head (its byline: 原创, the account twice, the time, the province; the
# call to follow) and its tail (END, 往期推荐 and the links under it), whole lines of the forms the platform prints
WECHAT_HEAD = re.compile(r"(?:原创\s+)?(?:\S{2,20}\s+){0,3}\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?:\s+[\u4e00-\u9fff]{2,4})?"
                         r"|[▲↑👆]*\s*点击(?:上方|顶部)?\s*[“\"]?(?:蓝字|[\u4e00-\u9fff]{2,12})[”\"]?\s*(?:[，,]?\s*(?:关注|订阅)\S{0,8})"
                         r"|以下文章来源于\s*\S{2,20}\s*[，,]\s*作者\s*\S{2,20}")  # (a post shared from another account: its card)
WECHAT_HEAD_PARAGRAPHS = 3  # the account's name, 关注, the headline: read above the byline
WECHAT_TAIL = re.compile(r"[-—–_\s]*END[-—–_\s]*|[▼▽▶●■◆★☆\s]*(?:往期推荐|往期回顾|往期精彩|推荐阅读|精彩推荐|相关阅读)[▼▽▶●■◆★☆\s]*")
# (not 来源：… alone: the tail's lines after END go with it)
WECHAT_LINE = re.compile(r"图片|关注|[\s\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\U0001F300-\U0001FAFF]+|(?:以下为|以下是)?全文如下[：:]?"
                         r"|点击[“\"]?阅读原文[”\"]?.{0,16}|阅读原文|阅读\s*\d+(?:\.\d+)?万?\+?(?:\s+\S{1,4}\s*\d*)*"
                         r"|(?:分享|收藏|点赞|在看|赞|转发|推荐)(?:\s*(?:分享|收藏|点赞|在看|赞|转发|推荐)){2,}"
                         r"|长按(?:识别)?(?:图中|下方)?二维码.{0,16}|(?:责任)?编辑[：:]\s*\S{2,4}(?:\s+(?:审核|校对|责编|监制|终审|初审)[：:]\s*\S{2,4})+")
POST_FIELD = re.compile(r"(?:来源|文章来源|信息来源|作者|编辑|责任编辑|审核)[：:].{1,30}")
# atop the post, before the document: its headline (重磅！…→) or its lede (近日，…印发《…》，快来看看吧！), no title's words
WECHAT_TOP = re.compile(r"(?:重磅|速看|速览|好消息|最新|权威发布|收藏)[！!｜|].{4,80}|[^《》]{4,80}[→↓👇]+"
                        r"|(?:近日|日前|近期|今天|今日)[，,][^。]{0,80}?(?:印发|出台|发布|公布)了?《[^《》]{4,60}》.{0,80}?(?:[！!~～→↓👇]|如下[：:])")


# a name list's row: the person's name (张 强, 李红梅（女）), a space, the post
PERSON_ROW = re.compile(r"\s*[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}(?:[（(]女[）)])?[ \u3000]+[\u4e00-\u9fff（）()、]{2,40}\s*$")
COUNT_NOTE = re.compile(r"[（(]\s*(?:共\s*)?\d{1,4}\s*(?:个|名|人|家)\s*[）)]")  # （20名）under the list's title


def _issuers_side_by_side(raw: str) -> bool:
    names = raw.split()
    # (not …办公室关于转发县市场监管局 县财政局 / 《…》的通知: a title wrapped after the bodies it names, h271 F1)
    return len(names) > 1 and all(ISSUER_LINE.match(name) and not ISSUING_WORDS.search(name) for name in names)


ISSUING_WORDS = re.compile(r"关于|印发|转发")


# What a web page prints around a document copied from it: the breadcrumb (首页 > 政务公开 > …), the
# publishing line (发布时间：… 来源：… 字号：大 中 小), the table of facts (索引号：… 发文字号：…), buttons
SITE_TOOL = (r"(?:无障碍(?:浏览|阅读|模式|通道)?|长者模式|关怀版|适老化(?:模式|版)?|老年(?:人)?模式|繁体版?|简体版?|繁體|English|ENGLISH|"
             r"手机版|移动版|网站地图|登录|注册|个人中心)")
WEB_FURNITURE = re.compile(
    r"\s*(?:(?:网站)?首页\s*[>＞»›]|(?:当前|您的|您现在的|您当前的|您所在的)位置[：:]"
    # (江苏省财政厅 > 信息公开 > 政策解读, no 首页: h209; the whole line, no sentence: not 国家级＞省级＞市级项目，…, the review)
    r"|[\u4e00-\u9fff]{2,24}(?:\s*[>＞»›]\s*[\u4e00-\u9fff]{2,12}){2,}\s*$"
    # (首页 | 机构概况 | 政务公开 | …: the site's menu, h274 F1: glued to the title)
    r"|(?=[^\n]*首页)[\u4e00-\u9fff]{2,8}(?:\s*[|｜丨]\s*[\u4e00-\u9fff]{2,8}){3,}\s*$"  # (not a table's row printed with bars)
    r"|(?:发布|发文|成文|公开)(?:时间|日期)[：:]\s*\d{4}.{0,80}(?:来源|字号|浏览|点击|阅读|作者)"
    r"|(?:来源|信息来源)[：:].{0,40}(?:字号|浏览|点击|阅读|打印|(?:发布|发文|成文|公开)(?:时间|日期)[：:])"
    r"|索\s*引\s*号\s*[：:]|(?:发文机关|发布机构|主题分类|公文种类)[：:]"
    # 有 效 性：<tab>有效 (时效性：现行有效, 效力状态：已废止): the box's row (h302 F4: glued to the title, or the title lost)
    r"|(?:有\s*效\s*性|时\s*效\s*性|效\s*力\s*状\s*态)\s*[：:]\s*[\u4e00-\u9fff]{0,4}(?:有效|失效|废止|修订|修改)(?:\s|$)"  # (索 引 号：, 文　　号：: spaced as a form's labels, h278 F1)
    r"|(?:发文字号|文\s*号)\s*[：:]\s*\S{1,14}[〔\[［（(]\s*\d{4}"  # the table of facts one field a line: its 文号 kept, alone
    r"|(?:发布|发文|成文|公开|印发|生成)(?:时间|日期)[：:]\s*\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*$"
    r"|【(?:打印|关闭|打印本页|关闭窗口|收藏|纠错)】|扫一扫在手机(?:上)?打开|分享到[：:]"
    # the site's footer: its registration, its links, its help (h326 F5: counted in the text's hash, a second identity)
    r"|网站标识码|[\u4e00-\u9fff]{1,2}ICP\s*备|[\u4e00-\u9fff]{1,2}公网安备|相关链接[：:]|联系我们\s*[|｜丨]|建议使用.{0,20}分辨率"
    # (【字体：大 中 小】 打印本页 关闭窗口, a site's name over the page, 分类：住房保障: h259 F1/F2, h257 F4: glued to the title)
    r"|[【\[]?\s*字[体号]\s*[：:]\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小\s*[】\]]?(?:\s*(?:打印本页|关闭窗口|打印|关闭|收藏|纠错))*\s*$"
    r"|(?:打印本页|关闭窗口|打印|关闭|收藏)(?:\s+(?:打印本页|关闭窗口|打印|关闭|收藏|纠错))+\s*$"
    # the site's tools (无障碍 | 长者模式 | 繁体版) or its search box (请输入关键字 搜索), a line of their own (h317 F1: glued to
    # the title and the issuer, the place lost)
    rf"|{SITE_TOOL}(?:\s*[|｜丨/]?\s*{SITE_TOOL})+\s*$"
    r"|请输入(?:您要(?:搜索|查询|检索)的)?(?:关键字|关键词|搜索内容|检索内容|搜索词)\s*[.…]*\s*(?:[【\[]?\s*(?:搜\s*索|检\s*索|查\s*询)\s*[】\]]?)?\s*$)"
    # a government gazette's masthead or running head, its page number on either side (哈密市人民政府公报 2023年第5期 ·12·)
    r"|\s*(?:[·•\-—－]\s*\d{1,4}\s*[·•\-—－]\s*)?(?:\d{4}\s*年\s*第\s*\d{1,3}\s*期\s*)?[\u4e00-\u9fff]{2,24}公报"
    r"\s*(?:\d{4}\s*年\s*第\s*\d{1,3}\s*期)?\s*(?:[·•\-—－]\s*\d{1,4}\s*[·•\-—－])?\s*$")
# 江门市蓬江区人民政府门户网站 atop a copied page (h259 F1; not …丰富市政府门户网站 / “智能问答”…, a sentence the line cut)
SITE_NAME = re.compile(r"[\u4e00-\u9fff]{2,30}(?:门户网站|政府网|人民政府网)")
PAGE_CATEGORY = re.compile(r"(?:分类|主题分类|信息分类|所属分类|主题词)[：:]\s*\S{1,16}")  # (not 分类：可回收物 in a plan's body)
FONT_BUTTONS = re.compile(r"\s*[【\[]?\s*字[体号]\s*[：:]\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小\s*[】\]]?"
                          r"(?:\s*(?:打印本页|关闭窗口|打印|关闭|收藏|纠错))*")
# a table of facts' title row (标　　题：<tab>…, 名　　称：…), on the page's top, a field of its own or beside others
BOX_TITLE_ROW = re.compile(r"[ \t\u3000]*(?:标[ \t\u3000]*题|名[ \t\u3000]*称|文件名称)[ \t\u3000]*[：:][ \t\u3000]*"
                           r"(?P<title>[\u4e00-\u9fff][^\t\r\n]{8,}?(?:关于|办法|规定|方案|措施|政策|意见|通知|决定|细则|规划|计划|条例|公告|通告|批复|函)[^\t\r\n]*?)"
                           r"[ \u3000]*(?:\t.*)?[\r\n]*$")
BOX_TITLE_PARAGRAPHS = 2  # paragraphs read above it (the title over the box, a 文号 kept from it): the page's top
BOX_TITLE_LOOK = 40  # lines searched for the title printed again


def _printed_elsewhere(title: str, lines: list[str], index: int) -> bool:
    """Whether the page prints ``title`` on lines of its own near its box (wrapped maybe), above or below the row."""
    wanted = SPACE_RUN.sub("", title)
    near = range(max(0, index - BOX_TITLE_LOOK), min(len(lines), index + BOX_TITLE_LOOK))
    texts = [SPACE_RUN.sub("", lines[i]) for i in near if i != index]
    return any(text and wanted.startswith(text) and wanted in "".join(texts[k : k + TITLE_LINES])
               for k, text in enumerate(texts))


PAGE_TOP_LINES = 2  # a site's name: its first lines; a 分类 field: before the title (no paragraph but a 文号 read yet)
# the site's menu an item a line under 首页, on the page's top (政务公开, 互动交流, 走进株洲)
MENU_HOME = re.compile(r"(?:网站)?首\s*页")
MENU_ITEM = re.compile(rf"[\u4e00-\u9fff]{{2,6}}|{SITE_TOOL}")
# a label of the facts box alone on its line, its value on the next (a browser's copy of the table, a cell a line)
BOX_LABEL_ALONE = re.compile(r"(?:索\s*引\s*号|发布机构|发文机关|发文机构|主题分类|公文种类|体裁分类|主题词|(?:发布|发文|成文|公开|印发|生成)(?:时间|日期)"
                             r"|发文字号|文\s*号|有\s*效\s*性|时\s*效\s*性|效\s*力\s*状\s*态|(?P<title>标\s*题|名\s*称|文件名称))\s*[：:]")
BOX_HEAD_PARAGRAPHS = 4  # paragraphs read above the box: a title over it, a 文号 kept
BOX_VALUE = re.compile(r"[^。；，,]{1,40}")
BOX_NUMBER = re.compile(_ONE_DOC_NUMBER)
# a site's footer: who runs it over its registration (a 主办单位 line in a text, an event's, has no 网站标识码 or ICP beside it)
SITE_OWNER = re.compile(r"\s*主办(?:单位)?\s*[：:]")
SITE_ID = re.compile(r"网站标识码|ICP\s*备|公网安备")
PUBLISHED_NUMBER = re.compile(rf"(?:发文字号|文\s*号)\s*[：:]\s*(?P<number>{_ONE_DOC_NUMBER})")

INDENTED_SHARE = 0.2  # of the content lines, indented: the page indents paragraphs' first lines


def _indents_paragraphs(lines: list[str]) -> bool:
    content = [line for line in lines if line.strip()]
    return bool(content) and sum(1 for line in content if _indent(line) >= 2) >= INDENTED_SHARE * len(content)


INDENT_CHARS = " \t\u3000\u00a0"


def _indent(raw: str) -> int:
    """The width a line's indentation takes on the page (a paragraph's first line is indented: with
    it, a wrapped first line is as wide as the others); an ideographic space is one character."""
    if not raw or raw[0] not in INDENT_CHARS:
        return 0
    lead = raw[: len(raw) - len(raw.lstrip(INDENT_CHARS))]
    return round(sum(1 if ch == "\u3000" else 0.5 for ch in lead))


def _tables(lines: list[str], running: set[str]) -> dict:
    """Flattened task tables (``tables.py``) and payment tables (``figures.py``) by their first line; page marks and
    running heads between their pages are left out."""
    lines = _bars_as_gaps(lines)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def between_pages(line: str) -> bool:
        return _is_page_mark(line) or SPACE_RUN.sub("", line) in running

    def normalised(i: int) -> tuple[str, list[int]]:
        return normalise_line(lines[i], starts[i])

    found = []
    if any(TABLE_HEADER_START[0] in line and (SPACE_RUN.sub("", line) == TABLE_HEADER_START or spaced_header(line))
           or len(line) <= UNIT_HEADER_CELL and is_unit_column(line.strip())  # (实施部门: a table without 序号)
           or place_header(line) for line in lines):  # (旗县（市、区） 改造任务（户） 责任单位: h270)
        found = find_tables(lines, normalised, between_pages)
    inside = {i for t in found for i in range(t.first, t.last + 1)}
    # (a tab the cells' gap as a space is: 补贴项目<tab>补贴对象<tab>补贴标准…, h302 F7: the table not read, its cells glued)
    spaced = [line.replace("\t", " ") for line in lines]
    found += [t for t in find_figure_tables(spaced, normalised, between_pages) if t.first not in inside]
    return {t.first: t for t in found}


# a row of cells a bar apart, as Word's "convert table to text" writes it with | (序号 | 工作任务 | 牵头单位 …) or a
# Markdown table (| 序号 | 工作任务 | … |, its rule | --- | --- | under the header)
BAR = re.compile(r"[|｜]")
BAR_RULE = re.compile(r"[ \t\u3000]*[|｜]?(?:[ \t\u3000]*:?-{2,}:?[ \t\u3000]*[|｜])+(?:[ \t\u3000]*:?-{2,}:?)?[ \t\u3000]*")
BAR_CELLS_MIN = 3


def _bar_cells(line: str) -> int:
    """How many cells a line's bars part (a Markdown row's bars at its ends part none), 0 where fewer than three."""
    inner = line.strip(" \t\u3000" + LINE_ENDS)
    if inner[:1] in "|｜" and inner[-1:] in "|｜":
        inner = inner[1:-1]
    cells = BAR.split(inner)
    return len(cells) if len(cells) >= BAR_CELLS_MIN and any(cell.strip() for cell in cells) else 0


def _bars_as_gaps(lines: list[str]) -> list[str]:
    """The lines with a bar-parted table's bars as tabs (the gaps between cells a tab-parted table has, so it is read as
    one: h302 F5, its rows had been glued into the clause before, their units lost) and a Markdown rule blank; only in a
    run of two lines or more parted into as many cells (not a site's menu, 首页 | 机构概况 | …, one line), each as long."""
    counts = [_bar_cells(line) if BAR.search(line) and not BAR_RULE.fullmatch(line.rstrip(LINE_ENDS)) else 0 for line in lines]
    rules = {i for i, line in enumerate(lines) if "-" in line and BAR_RULE.fullmatch(line.rstrip(LINE_ENDS))}
    out, i = list(lines), 0
    while i < len(lines):
        j, rows = i, []
        while j < len(lines) and (counts[j] and counts[j] == counts[i] or j in rules and rows):
            rows.append(j)
            j += 1
        if counts[i] and sum(1 for k in rows if k not in rules) >= 2:
            for k in rows:
                out[k] = _blanked(lines[k]) if k in rules else BAR.sub("\t", lines[k])
        i = max(j, i + 1)
    return out


LIST_LOOK_AHEAD = 12  # lines searched for a list's second number after a first one
def _is_page_mark(line: str) -> bool:
    text = line.strip()
    return (bool(text) and bool(PAGE_MARKER_LINE.match(text) or PAGE_MARKER.fullmatch(text) or CONTINUED_TABLE.fullmatch(text))
            or line.strip(" \t\u3000") == "\f")


# 续表 / （续表） / 续表1 over a table's next page (a blind test: read into the row before, whose units were lost)
CONTINUED_TABLE = re.compile(r"[（(]?\s*续\s*表\s*[\d一二三四五六七八九十]{0,2}(?:[-—－.．][\d]{1,2})?\s*[）)]?")  # (续表2-1)


TITLE_ENDS = ("的通知", "的意见", "的决定", "的批复", "的函", "的通告", "的公告", "的报告")  # a line ending a title for sure
OPENING_LINES = 6  # content lines at the top that may hold the title (after a 文号 or a letterhead)
TITLE_LINES = 4  # a title wrapped over four lines at most (天津市…天津市 / 2023 / 年优化营商环境责 / 任清单的通知（…）)
HEADING_NUMBER = re.compile(r"^\d{1,3}\s*[.．、]\s*")  # a compilation's number before the title
HEADING_DATE = re.compile(r"[（(][^（）()]{0,30}\d{4}\s*年[^（）()]{0,40}[）)]$")  # and its date after it


# Word's line numbers printed in a draft's margin (1  第一条 为…, restarting on each page: h304 F3), read into the text
# (20244年, 7  500元, a unit 5市财政局): a number, a space, then the line's text
MARGIN_NUMBER = re.compile(r"^[ \t]*(?P<n>[1-9]\d{0,2})[ \t\u3000]+(?=\S)")
MARGIN_NUMBER_FIRST = re.compile(r"(?m)(?:^|\f)[ \t]*1[ \t\u3000]+\S")  # (after a form feed too)
COLUMN_GAP = re.compile(r"\S(?:[ \u3000]{2,}|\t)\S")  # a table's cells side by side, no sentence's words
NUMBERED_PAGE_MIN = 3  # lines of a page its margin numbers from 1 on
NUMBERED_ALONE_MIN = 8  # lines of the one page so numbered, where no second page shows the numbers restart
NUMBERED_TEXT_MIN = 15  # characters of a numbered line's text, the median: prose the page wrapped, no list of names
NUMBERED_PAGE_EDGE = 1  # a line unnumbered atop or under the page's numbered lines (a running head the numbers skip)


def line_numbers_blanked(text: str) -> str:
    """``text`` with the line numbers of its pages blanked, a space for each character (the offsets stay), where the evidence
    is strong: each such page's lines, but for a head or foot, numbered 1, 2, 3 … to its end, the numbers restarting after
    the page's mark on two pages or more (or one page of many lines), the lines wrapped prose, no table's columns (h304
    F3: the numbers had run into 第X条, units' names, sums and years). A numbered list (1.…), a table's 序号 and a page of
    figures keep theirs."""
    if not MARGIN_NUMBER_FIRST.search(text):
        return text
    lines = text.splitlines(keepends=True)
    pages: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if _is_page_mark(line):
            pages.append([])
        elif line.strip():
            pages[-1].append(i)
        if line.endswith("\f") and pages[-1]:  # (pdftotext ends a page with a form feed)
            pages.append([])
    numbered = [run for page in pages if (run := _numbered_from_one(lines, page))]
    if not numbered or len(numbered) < 2 and len(numbered[0]) < NUMBERED_ALONE_MIN:
        return text
    texts = [SPACE_RUN.sub("", lines[i][MARGIN_NUMBER.match(lines[i]).end() :]) for run in numbered for i in run]
    gaps = sum(1 for run in numbered for i in run if COLUMN_GAP.search(lines[i][MARGIN_NUMBER.match(lines[i]).end() :].strip()))
    if sorted(map(len, texts))[len(texts) // 2] < NUMBERED_TEXT_MIN or gaps * 4 > len(texts):
        return text
    out = list(lines)
    for run in numbered:
        for i in run:
            end = MARGIN_NUMBER.match(lines[i]).end()
            out[i] = " " * end + lines[i][end:]
    return "".join(out)


def _numbered_from_one(lines: list[str], page: list[int]) -> list[int]:
    """The lines of ``page`` numbered 1, 2, 3 … on consecutive lines to its end, but for a line atop or under them."""
    for start in range(min(NUMBERED_PAGE_EDGE, len(page) - 1) + 1):
        m = MARGIN_NUMBER.match(lines[page[start]])
        if not m or m["n"] != "1":
            continue
        run = [page[start]]
        for i in page[start + 1 :]:
            m = MARGIN_NUMBER.match(lines[i])
            if not m or int(m["n"]) != len(run) + 1:
                break
            run.append(i)
        if len(run) >= NUMBERED_PAGE_MIN and len(page) - start - len(run) <= NUMBERED_PAGE_EDGE:
            return run
    return []


def _repeats_across_pages_blanked(lines: list[str]) -> list[str]:
    """A line printed again on the next page, right after the page's mark (the extraction repeats the last line of a page
    atop the next: h225, its units lost and its sums read twice), blank as long as it was (the offsets stay)."""
    marks = [i for i, line in enumerate(lines) if ("Page" in line or "—" in line or "-" in line or "页" in line) and _is_page_mark(line)]
    out = list(lines)
    for i in marks:
        j, k = _beside_index(lines, i, -1), _beside_index(lines, i, 1)
        if (j is not None and k is not None and len(lines[j].strip()) >= REPEATED_LINE_MIN and lines[k].strip() == lines[j].strip()
                and not issuer_of_title_or_signature(lines, j)):
            out[k] = _blanked(lines[k])  # (not the issuer's name atop the page after its signature, over the date: the
            # pages' head, which the other pages print too: h298 F2's edge, read as a repeat, the other head joined a clause)
    return out


def _blanked(line: str) -> str:
    """``line`` blank as long as it was, its line end kept (the offsets after it stay)."""
    body = line.rstrip(LINE_ENDS)
    return " " * len(body) + line[len(body) :]


REPEATED_LINE_MIN = 10  # characters: a short line (一、…, a unit's name) may well open the next page again


def _title_heads_blanked(lines: list[str]) -> list[str]:
    """The lines with each running head printing the document's own title (``_own_title_heads``) blank, as long as it
    was (the offsets stay): a gap between pages, wherever it falls (a table's cell going on past the page too)."""
    heads = _own_title_heads(lines)
    if not heads:
        return lines
    return [_blanked(line) if i in heads else line for i, line in enumerate(lines)]


def _own_title_heads(lines: list[str]) -> set[int]:
    """Lines beside a page break that print the document's own title, as a book's running head does on some pages (a
    blind test: it had joined the clause before); the title is read from the top lines, wrapped over four at most, and
    only whole (not a line of a title wrapped over more, which an issued text's own title line may repeat: a review)."""
    if not any("Page" in line or "—" in line or "-" in line for line in lines):
        return set()  # (no page marks: most texts)
    top = _title_region(lines)
    if not top:
        return set()
    joins = {}  # (first, last) of the top lines joined -> the title they print
    for a in range(len(top)):
        joined = ""
        for b in range(a, min(a + TITLE_LINES, len(top))):
            if HEADING_DATE.sub("", joined).endswith(TITLE_ENDS):
                break  # (…的通知 / 某市…若干措施: the notice's title, then the issued text's: two titles, a review; the
                # heading's date after it too: 5. …的通知（2024 年3 月12 / 日） / <page> / its title again, a mutation test)
            joined += _compared(lines[top[b]])
            title = HEADING_DATE.sub("", HEADING_NUMBER.sub("", joined))
            if len(title) >= 10 and DOC_TYPE_END.search(title):
                joins[(a, b)] = title
    titles = {title for (a, b), title in joins.items()
              if not any((a2, b2) != (a, b) and a2 <= a and b <= b2 for a2, b2 in joins)}  # (whole: no wider join)
    inner = _inner_titles(lines)
    heads = set()
    for i, line in enumerate(lines):
        if i <= top[-1] and _is_page_mark(line) and inner:
            j = _beside_index(lines, i, 1)  # 6. …的通知（…） / <page> / <the issued text's title> / 豫政办〔2023〕21 号: the
            if j is not None and inner.get(_compared(lines[j]), -1) > j:  # title printed under the signature later, a head
                heads.add(j)  # here (a mutation test: the 文号 had been lost)
        elif i > top[-1] and _is_page_mark(line):
            for step in (1, -1):
                j = _beside_index(lines, i, step)
                if j is not None and step == 1 and COMPILATION_HEAD.fullmatch(SPACE_RUN.sub("", lines[j])):
                    j = _beside_index(lines, j, 1)  # 优化营商环境政策文件汇编 / <the title>: the compilation's head first
                if j is None or j <= top[-1]:
                    continue
                printed = _compared(lines[j])
                if printed in titles or inner.get(printed, j) < j:
                    heads.add(j)
    return heads


PUBLICATION_NOTE_LINE = re.compile(r"[（(]此件[^（）()]{0,12}[）)]")


def _inner_titles(lines: list[str]) -> dict[str, int]:
    """The titles of texts issued or passed on inside the document, each with its line: the first line after the notice's
    signature date or an attachment's label (山东省人民政府办公厅 / 2023 年6 月12 日 / 物流降本增效若干措施), long enough and
    ending as a title does; printed again beside a page break it is a running head (a blind test: it had joined its
    clause)."""
    found: dict[str, int] = {}
    for i, line in enumerate(lines):
        text = line.strip()
        if DATE_LINE.match(text) or ATTACHMENT_LABEL.fullmatch(text) or text in ("附件", "附件：", "附件:"):
            j = _beside_index(lines, i, 1)
            if j is not None and PUBLICATION_NOTE_LINE.fullmatch(lines[j].strip()):
                j = _beside_index(lines, j, 1)  # 2023 年5 月22 日 / （此件公开发布） / <the title> (a mutation test)
            if j is not None and (title := _wrapped_title(lines, j)):
                found.setdefault(title, j)
    return found


def _wrapped_title(lines: list[str], j: int) -> str:
    """The title opening at line ``j``, wrapped over ``TITLE_LINES`` lines at most (湖北省进一步优化营商环境降低市场主体 /
    制度性交易成本若干政策措施: a mutation test, its running head had not been known), or "" where none ends as a title does
    before a sentence."""
    title, k = "", j
    for _ in range(TITLE_LINES):
        if k is None or "。" in lines[k]:
            return ""
        title += _compared(lines[k])
        if len(title) >= 10 and DOC_TYPE_END.search(TRAILING_BRACKET.sub("", title)):
            return title
        k = _beside_index(lines, k, 1)
    return ""


def _title_region(lines: list[str]) -> list[int]:
    """The top lines that may print the title: the first ``OPENING_LINES`` with text, up to a page break after a sentence
    has begun (a short text's running head on its second page is no title line: a review; a page mark inside the title is
    passed over); a year alone on its line is the title's, wrapped (天津市 / 2023 / 年优化营商环境…)."""
    top, body = [], False
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if _is_page_mark(line) and not text.isdecimal():
            if body:
                break
            continue
        top.append(i)
        body = body or "。" in text
        if len(top) == OPENING_LINES:
            break
    return top


def _compared(line: str) -> str:
    """A line as titles are compared: no spaces, a scan's letter O in a figure a zero (2O23 in a heading's date)."""
    text = SPACE_RUN.sub("", line)
    return O_IN_FIGURE.sub(_zero_for_letter_o, text) if "O" in text or "o" in text else text


def _beside_index(lines: list[str], at: int, step: int) -> int | None:
    """The index of ``_beside``'s line, None at the text's end."""
    i = at + step
    while 0 <= i < len(lines) and (not lines[i].strip() or _is_page_mark(lines[i])):
        i += step
    return i if 0 <= i < len(lines) else None


def _beside(lines: list[str], at: int, step: int) -> str:
    """The nearest line with text before (``step`` -1) or after (1) line ``at`` that is not a page mark."""
    i = _beside_index(lines, at, step)
    return SPACE_RUN.sub("", lines[i]) if i is not None else ""


def running_lines(lines: list[str], figures: set[int] | None = None) -> set[str]:
    """Head and foot lines the pages repeat (a gazette's name, its issue): a line beside at least
    half the page marks, and seldom anywhere else (compared without spaces). The text between
    pages, not the document's; none in the development documents, which have no such lines."""
    figures = figure_lines(lines) if figures is None else figures  # (bare numbers that are no page's: figure_lines)
    marks = _without_row_numbers(lines, [i for i, line in enumerate(lines) if _is_page_mark(line) and i not in figures])
    # one page break may hold several marks (- 3 - / # Page 4:): each break counts once
    breaks = [i for n, i in enumerate(marks) if n == 0 or any(line.strip() and not _is_page_mark(line) for line in lines[marks[n - 1] + 1:i])]
    # a compilation's own title atop a page (湖北省优化营商环境政策文件汇编（2023）): its head, however few the pages
    compilation_heads = {text for i in breaks if COMPILATION_HEAD.fullmatch(text := _beside(lines, i, 1))}
    return compilation_heads | _repeated_running_lines(lines, breaks)


# 湖北省优化营商环境政策文件汇编（2023）, 就业创业政策选编, 2023年全国优化营商环境政策文件汇编 (its year first: a mutation
# test): a compilation's title, which no document text is
COMPILATION_HEAD = re.compile(r"《?(?:\d{4}年(?:度)?)?[\u4e00-\u9fff“”（）()]{4,36}(?:汇编|选编|文件汇编|政策汇编)"
                              r"(?:[（(](?:\d{4}年?(?:版)?|第[一二三四五六七八九十]+[辑册卷])[）)])?》?")


def _repeated_running_lines(lines: list[str], breaks: list[int]) -> set[str]:
    """The lines beside at least half the page breaks (and seldom elsewhere): running_lines'."""
    # the file's start opens the first page: a head printed atop every page is beside it too
    # (a document of three pages has two page breaks)
    if len(breaks) + 1 < RUNNING_MIN:
        return set()
    beside = Counter(text for i in breaks for text in {_beside(lines, i, -1), _beside(lines, i, 1)} if text)
    first = _beside(lines, -1, 1)
    opens_page = any(line.strip() and not _is_page_mark(line) for line in lines[: breaks[0] if breaks else len(lines)])
    if first and opens_page and not _titled(first) and not issuer_of_title_or_signature(lines, _beside_index(lines, -1, 1)):
        # a title atop every page is still the title
        beside[first] += 1  # (unless the file opens with a page mark: then that break counted it)
    # a head atop every page but the first (which bears the title instead): in a document of three
    # pages that is two, fewer than RUNNING_MIN, but its place after every break and nowhere else tells
    # (a break closing the text, a last footer with no page after it, opens none: h215)
    # (nor the file's first mark, # Page 1: over the title: the first page's, which prints no head; h298 F2's edge)
    opening_breaks = [i for i in breaks if _beside_index(lines, i, 1) is not None and _beside_index(lines, i, -1) is not None]
    opening = Counter(_beside(lines, i, 1) for i in opening_breaks) if len(opening_breaks) >= 2 else Counter()
    seen = _times_written(lines, {*beside, *opening})
    firsts = {text[0] for text in seen if text}  # (as _times_written: only a line opening as one of them is compacted)
    for i, line in enumerate(lines):  # the issuer's own lines, over the title and the date, are not the head's times
        if line.lstrip()[:1] in firsts and (text := SPACE_RUN.sub("", line)) in seen and issuer_of_title_or_signature(lines, i):
            seen[text] -= 1
    return {text for text, n in [*beside.items(), *opening.items()]
            if (n >= max(RUNNING_MIN, (len(breaks) + 1) * RUNNING_PAGES) and n >= RUNNING_SHARE * seen[text]
                or n == len(opening_breaks) == seen[text] and text in opening)
            and len(text) <= RUNNING_MAX_CHARS
            and text != TABLE_HEADER_START}  # a table's header repeated on each page is the table's (tables.py)


# the words a title's line goes on with under its issuer's (郴州市人民政府办公室 / 关于印发《…》的通知)
TITLE_AFTER_ISSUER = re.compile(r"^(?:关于|印发|转发)")


def issuer_of_title_or_signature(lines: list[str], i: int | None) -> bool:
    """Line ``i`` is an issuer's name over the title's words (关于…) or over the signature's date, and no page mark is right
    before it: the document's own, though a running head prints the same name (郴州市人民政府办公室 atop each page: h298 F2,
    the title's first line and the signature had been dropped with the heads, the issuer and its place lost)."""
    if i is None or not ISSUER_LINE.match(name := SPACE_RUN.sub("", lines[i])):
        return False
    before = next((k for k in range(i - 1, -1, -1) if lines[k].strip()), None)
    # (# Page 1: over the letterhead: the file's first page, which prints no head: still the issuer's own, h298 F2's edge)
    if before is not None and _is_page_mark(lines[before]) and any(line.strip() for line in lines[:before]):
        return False
    following = next((SPACE_RUN.sub("", line) for line in lines[i + 1 :] if line.strip()), "")
    if TITLE_AFTER_ISSUER.match(following) or DATE_LINE.match(following):
        return True
    # the signature at a page's foot, its date atop the next under the head (郴州市人民政府办公室 / — 4 — / 郴州市人民政府办公室 /
    # 2024 年2 月26 日: h298 F2's edge, the signature had gone with the head and the date with it)
    after = [SPACE_RUN.sub("", line) for line in lines[i + 1 : i + 1 + SIGNATURE_BREAK_LINES] if line.strip()]
    dated = next((text for text in after if not _is_page_mark(text) and text != name), "")
    return bool(after) and _is_page_mark(after[0]) and DATE_LINE.match(dated) is not None


SIGNATURE_BREAK_LINES = 6  # the page's foot, its mark, the next page's head, then the date


def _times_written(lines: list[str], texts: set[str]) -> dict[str, int]:
    """How many of ``lines`` read each of ``texts`` without spaces (only a line whose first
    character opens one of them is compared: there are few texts and many lines)."""
    firsts = {text[0] for text in texts if text}
    counts = dict.fromkeys(texts, 0)
    for line in lines:
        stripped = line.lstrip()
        if not stripped or stripped[:1] in firsts:
            compact = SPACE_RUN.sub("", stripped)
            if compact in counts:
                counts[compact] += 1
    return counts


def figure_lines(lines: list[str]) -> set[int]:
    """Bare numbers a table's column of figures sets a line each (电工 / 五级/初级工 / 1000 / 电工 / 四级/中级工 / 1500, z228;
    东城区 / 3 / 西城区 / 4): another bare number a few short cells away. No page is that short, so they are no page numbers
    (they had been dropped, and the cells beside them taken for running heads); a number beside a page mark still is."""
    numbers = [i for i, line in enumerate(lines) if line.strip().isdecimal() and len(line.strip()) <= 7]  # (not ①)
    folios = {i for i in numbers if folio_beside_its_mark(lines, i)}
    bare = [i for i in numbers if i not in folios]
    near = set()
    for i, j in zip(bare, bare[1:]):
        cells = [line.strip() for k, line in enumerate(lines[i + 1 : j], start=i + 1)
                 if line.strip() and k not in folios and not _is_page_mark(line)]
        if len(cells) <= CELLS_BETWEEN and all(len(c) <= CELL_MAX_CHARS and not SENTENCE_END.search(c) for c in cells):
            near.update((i, j))
    if any(PAGE_MARKER.search(line) for line in lines if "Page" in line or "page" in line):  # pages marked: their numbers beside
        near.update(i for i in bare if _cell_between_lines(lines, i))                      # the marks (folios above)
    # 单个项目最高奖励 / 1 / 5000 万元（含）—3 亿元 / … / 2 / 3 亿元…: a row's 序号 right over a cell opening with a figure, the rows
    # counting on (h317 F2: kept, it ran into the figure, 15000万元, 23亿元): no figure of the table, dropped as a page's number
    return near - {i for i in near if _row_number_over_a_figure(lines, i, numbers)}


def _row_number_over_a_figure(lines: list[str], i: int, numbers: list[int]) -> bool:
    """A bare number (``numbers``: the lines that are one) right over a line opening with a digit, the number before it or
    after it within a row's reach (1 / 5000 万元… / 1% / 100万元 / 2 / 3 亿元…): a flattened table's row number."""
    following = next((line.strip() for line in lines[i + 1 : i + 3] if line.strip()), "")
    if not following[:1].isdecimal() or len(lines[i].strip()) > 3:
        return False
    n = int(lines[i].strip())
    return any(abs(j - i) <= TABLE_ROW_LOOK_AHEAD and int(lines[j].strip()) == n + (1 if j > i else -1)
               for j in numbers if j != i and len(lines[j].strip()) <= 3)


def _cell_between_lines(lines: list[str], i: int) -> bool:
    """1.政务服务 / “一网通办” / 15 / 全程网办率达到90%以上…: a figure cell right between a short cell and the next cell's text
    (z253: a score had been dropped as a page number), in a file whose pages are marked."""
    if not (0 < i < len(lines) - 1) or not lines[i - 1].strip() or not lines[i + 1].strip():
        return False
    before, after = lines[i - 1].strip(), lines[i + 1]
    return (len(before) <= CELL_MAX_CHARS and not SENTENCE_END.search(before) and not before.isdecimal()
            and not _is_page_mark(lines[i - 1]) and not _is_page_mark(after))


CELLS_BETWEEN = 3  # cells between two figures of a column at most (a figure per row of up to four cells), page marks aside
CELL_MAX_CHARS = 12  # a short cell's line between them (电工, 五级/初级工), no sentence


def _without_row_numbers(lines: list[str], marks: list[int]) -> list[int]:
    """Page marks less bare numbers that count on from one a few lines away (1 / … / 2 / …): the
    rows of a flattened table, whose repeated cells (2023年12月底) are no running head."""
    at = [i for i in marks if lines[i].strip().isdecimal()]  # (as every check before int(): not ①, ²)
    if not at:
        return marks
    rows: set[int] = set()
    header = next((i for i, line in enumerate(lines) if SPACE_RUN.sub("", line) == TABLE_HEADER_START), len(lines))
    for n, i in enumerate(at):  # each number against the next few within the look-ahead (marks are in line order)
        # under a table's header a row may run longer (a long cell: 1 / …14 lines… / 2)
        look = TABLE_ROW_LOOK_AHEAD if i > header else LIST_LOOK_AHEAD
        for j in at[n + 1 :]:
            if j - i > look:
                break
            if int(lines[j].strip()) == int(lines[i].strip()) + 1:
                rows.update((i, j))
    return [i for i in marks if i not in rows]


TABLE_HEADER_START = "序号"
UNIT_HEADER_CELL = 10  # characters of a line that may be a header's units cell alone (实施部门, 责任单位)
TABLE_ROW_LOOK_AHEAD = 30  # lines from a table row's number to the next's, at most (a page's numbers are further apart)
RUNNING_MIN = 3  # page marks, and times beside them, before a line is taken for a running head
RUNNING_SHARE = 0.8  # of a running head's occurrences are beside a page mark
RUNNING_PAGES = 1 / 3  # of the page breaks, at least: a book alternates two heads (its title on one page, its section on the next)
RUNNING_MAX_CHARS = 40
WRAP_MIN_CHARS = 20  # shorter lines are not counted for the page's width
WRAP_MIN_LINES = 3  # a width seen fewer times is no width (a short text, lines as paragraphs)
NO_WIDTH = 10**6  # no line is this long: no line counts as wrapped


def _wrap_width(lines: list[str]) -> int:
    """The width the page wrapped the text at: the commonest length of its long lines (40
    characters in the compilation's PDF); a large number when no width recurs."""
    lengths = Counter(n for n in (len(SPACE_RUN.sub("", line)) + _indent(line) for line in lines if len(line) >= WRAP_MIN_CHARS)
                      if n >= WRAP_MIN_CHARS)
    width, seen = lengths.most_common(1)[0] if lengths else (0, 0)
    return width if seen >= WRAP_MIN_LINES else NO_WIDTH


def page_width(text: str) -> int | None:
    """The width the page wrapped ``text`` at (``_wrap_width``), None when no width recurs."""
    width = _wrap_width(text.splitlines(keepends=True))
    return None if width == NO_WIDTH else width


# What follows a number that wrapped onto a line of its own (``2023`` / ``年优化…``).
LEAD_IN_BELOW = re.compile(r"现(?:将|就)[^。；：:]{0,30}?(?:通知|通告|公告|明确|公布|说明)如下[：:]")
DATE_CUT_AT_YEAR = re.compile(r"(?:19|20)\d{2}\s*年$")
MONTH_OPENS = re.compile(r"\d{1,2}\s*月(?:\s*\d{1,2}\s*日|份|底|末|[上中下]旬)")
NUMBER_END = re.compile(r"\d[十百千万亿]?$")
# The rest of a number the page cut between its digits (每人每月1 / 500元), with its unit.
NUMBER_REST = re.compile(r"^\d[\d.]*\s*(?:[十百千万亿]\s*)?[年月日号个项条元%％倍家人天次岁周位件名户]")
MONEY_REST = re.compile(r"^\d[\d.]*\s*(?:[万亿]\s*)?[元%％]")  # a sum or a share: cut by the page, whatever the width
SUM_OPENS = re.compile(r"\d{1,3}(?:[ \u3000]\d{3})+(?:\.\d+)?\s*元|\d+(?:\.\d+)?\s*(?:[万亿]\s*)?元")  # (not 5.元旦期间…: an item's number;
# 1 800元: its thousands spaced by the PDF, a blind test)
NUMBER_FOLLOWER = re.compile(r"^\s*(?:[年月日号个项条元万亿%％倍家人天次岁周位件名户]|[.．]\d)")


def _folio_before_mark(raw: str, lines: list[str], index: int) -> bool:
    """A page's printed number right before the mark of the next page (最高500 / 12 / # Page 13: / 万元): the
    page's, even where a number or a word reads on past it (it had made 12万元 of 500万元)."""
    number = raw.strip()
    if not number.isdecimal() or len(number) > 4:  # (isdigit holds for ①, ², which int() refuses)
        return False
    for later in lines[index : index + 3]:
        if later.strip():
            mark = PAGE_MARKER.fullmatch(later)
            return bool(mark) and int(mark["page"]) in (int(number), int(number) + 1)
    return False


def _is_page_number(raw: str, prev_end: str, following) -> bool:
    """A page number alone on its line, not a number wrapped away from the rest of it
    (``2023`` / ``年优化…``, or ``（20`` / ``23`` / ``年…``); ``following()`` is the next line with text."""
    line = raw.rstrip(LINE_ENDS)
    if not line.strip() or not PAGE_MARKER_LINE.match(line):
        return False
    next_content = following()  # asked only here: looking ahead at every line was a tenth of splitting
    number = line.strip()
    if not number.isdigit():  # - 3 -, or the second year of a range the page cut (2023 / —2025 / 年）)
        return not (prev_end.isdigit() and number[:1] in "—–-－" and number[1:].isdigit() and NUMBER_FOLLOWER.match(next_content))
    continues = prev_end.isdigit() or prev_end in OPENING  # （ / 2023 / 年…
    wrapped = NUMBER_FOLLOWER.match(next_content) or (continues and next_content[:1].isdigit())
    return not (wrapped or THOUSANDS_AFTER.match(next_content))


# 按每人 / 3 / 000 元给予…: a figure's thousands on the next line, as no page opens with 000 (h216: the 3 had been
# dropped as a page number, the text read 每人000元)
THOUSANDS_AFTER = re.compile(r"\s*0\d{2}(?!\d)")  # (not 12 / 300万元: a page opening with a sum, the review)


def _next_content(lines: list[str], index: int, look: int = 4, past_page_numbers: bool = False) -> str:
    """The next line with text that is not a page marker, within a few lines; with
    ``past_page_numbers`` not a page number either (the look-ahead at a signature)."""
    for raw in lines[index : index + look]:
        text = PAGE_MARKER.sub("", raw).strip()
        if text and not (past_page_numbers and PAGE_MARKER_LINE.match(text)):
            return text
    return ""


def _after_page_marks(lines: list[str], index: int) -> str:
    """The next line with text past page markers such as ``- 2 -`` (not past a bare number: it may
    be the next part of a date cut over lines, 2023 / 5 / 月)."""
    following = _next_content(lines, index)
    if PAGE_MARKER_LINE.match(following) and not following.isdigit():
        return _next_content(lines, index, look=8, past_page_numbers=True)
    return following


def _texts_ahead(lines: list[str], index: int, look: int = LIST_LOOK_AHEAD) -> list[str]:
    """The next few lines with text, spaces taken out."""
    return [t for t in (SPACE_RUN.sub("", PAGE_MARKER.sub("", raw)) for raw in lines[index:index + look]) if t]


def _next_text(lines: list[str], index: int) -> str:
    """The next line with text past page numbers, its spaces taken out (工业和信息化部    国家税务总局)."""
    return SPACE_RUN.sub("", _next_content(lines, index, look=8, past_page_numbers=True))


# A paragraph never opens with these: such a line is the rest of the one before (生态环境局 / 、文体广旅局).
CONTINUATION_START = tuple("、，。；：！？）》」』〕】”’")
CLOSING_FORMULA = re.compile(rf"{CLOSING_FORMULA_WORDS}[。.]?")
TAIL_CHARS = 16
TITLE_MAX_CHARS = 160
KIND_ALONE = re.compile(r"》?的(?:通知|意见|函|决定|批复|通告|公告|报告)")  # a title's last words, wrapped
# After a comma a sentence goes on, even at a line that opens with a first item number (问题，/
# （1）研究…（2）…: the items run inline) or with an article cited (第七条、/第八条第(一)项)
FIRST_NUMBER = re.compile(rf"^(?:（1）|1{ITEM_DOT}|①)")  # not 一、（一）第一条: they head parts of their own
FIRST_NUMBER_TAIL = re.compile(r"[，、](?:（1）|1[.．、]|①)$")  # …问题，（1） / its text on the next line
SECOND_NUMBER = re.compile(rf"^(?:[（(]2[）)]|2{ITEM_DOT}|②)")  # a list of its own follows: 材料，/ 1.… / 2.…
# A section heading (一、总体要求): kept apart from what follows even when it ran to the page's width.
SECTION_START = re.compile(r"^[一二三四五六七八九十百]+[、.．]")
CITED_ITEM = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[）)](?:项(?![目下])|款(?!项))")  # （二）项和本项补贴: an item cited, no heading
CITED_ARTICLE = re.compile(
    r"^第[一二三四五六七八九十百零〇两\d]+条(?:第[（(]?[一二三四五六七八九十百零〇两\d]+[）)]?[款项]|规定|的规定|之|、第|至第|和第|或者?第"
    r"|所列|所称|所述|所规定|中规定|中的|执行|要求的|修改为|后增加|增加一[款项条]|删去|删除)"  # 依照本办法 / 第八条所列的程序
)
# …，将 / 第三十五条修改为：…: an amendment's article cited after its verb (a blind test: a clause); 依照 / 第三十条规定处理 (a review)
CITES_NEXT = ("将", "对", "把", "在", "依照", "按照", "根据", "依据", "违反", "适用", "参照", "符合", "除", "按")
# 处罚依据：《中华人民共和国广告法》 / 第五十七条。: the article the title before it cites (an article's own number has its
# text after it, no stop: z350)
ARTICLE_CITED_AFTER_TITLE = re.compile(r"^第[一二三四五六七八九十百零〇两\d]+条(?:第[一二三四五六七八九十百零〇两\d]+[款项])?[。；;，,、）)]")
# A sentence or a list still being written: what follows belongs to it, even a line that alone
# would read as a head or foot line (…、教育局、 / 生态环境局).
ITEMS_CITED = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]\s*[、和或至及]?\s*){1,6}项(?!目)")
ARTICLE_NUMBER_OPENS = re.compile(r"^第[一二三四五六七八九十百零〇两\d]+条")
PREPOSITION_CUT = ("在", "按", "对", "将", "把", "依照", "按照", "根据", "依据", "参照")  # (not 适用: 第二节 适用, a heading)
NOT_A_PREPOSITION = ("应对", "核对", "比对", "针对", "面对", "相对", "绝对", "存在", "现在", "所在", "实在")  # words ending so
CHAPTER_OR_SECTION = re.compile(r"^第[一二三四五六七八九十百零〇两\d]+[章节编]")  # 第二章 风险防范与应对 / 第三条 …: a heading (a review)
OPEN_END = ("、", "，")
# A label of responsible units: the list after it, still being written, takes a unit's name on the
# next line (牵头单位：…、工程建设项目审批制度 / 改革领导小组办公室).
UNIT_LIST_LABEL = re.compile(r"(?:单位|部门|处室|科室|主体)[：:]")
# The last character of a whole organ's name: after it, only a name without a place of its own
# goes on (市公安局 / 交通管理局, 县委 / 宣传部); 某某市人民政府办公室 is a signature.
ORGAN_END = set("局委厅办室院部会署处队所心府行联组门位")  # 门, 位: 有关部门, 有关单位
PLACE_START = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}?[省市县区州盟旗]|国家|国务院|中共|中国)")
SENTENCE_MARKS = set("，。；")
SENTENCE_END = re.compile(r"[。；！？]")
DATE_TAKERS = ("自", "于", "至", "从", "到", "截至", "截止", "在", "为", "起")
DATE_GOES_ON = re.compile(r"^(?:至|到|起|前|止|以来|以后|以前|期间|后|开始)")
# after a title cited with its 文号 at a line's end (《…》（国办发〔2023〕11号） / 精神，…)
# (…（昆政规〔2021〕3 号） / 作如下修改：, a colon after it though no field: h199)
AMENDMENT_GOES_ON = ("作如下修改", "作出如下修改", "做如下修改", "作如下修订", "作出如下修订", "做如下修订", "予以废止", "予以修改", "同时废止")
SENTENCE_GOES_ON = (*"中的所要和及与等为是", "精神", "要求", "文件", "部署", "规定", "有关", "相关", *AMENDMENT_GOES_ON)
FIELD_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}[：:]")  # 印发单位：…, 发文字号：…
PASSED_ON = ("转发", "印发", "下发", "已经", "予以", "全文转发", "原文转发", "全文印发", "原文印发")  # 现将《…》（…号） / 转发给你们: the notice's verb after the cited text
# A sentence under way: a line ending in a document type (…国家“十四五”规划) goes on with it.
MID_SENTENCE = set("，、。；")
# An attachment's first line opens a paragraph of its own, whatever the line before (附件：…, 附件2,
# 附件1重点任务分工表), but not 附件所列….
# What a title's last bracket holds: its years, its edition, its status (not a date of issue)
TITLE_SUFFIX = re.compile(r"[（(]\s*(?:\d{4}\s*[—\-–－~至]\s*\d{4}\s*年?|\d{4}\s*年(?:版|修订)?|试行|暂行|修订稿?|征求意见稿)\s*[）)]")
TITLE_SUFFIX_AT_END = re.compile(TITLE_SUFFIX.pattern + "$")
ATTACHMENT_LABEL = re.compile(r"附件\s*[\d一二三四五六七八九十]{1,3}|附表\s*[\d一二三四五六七八九十]{0,3}")  # 附件1, 附表 alone on its line
ATTACHMENT_ALONE = re.compile(r"附件\s*[\d一二三四五六七八九十]{0,3}")  # 附件, 附件2 alone on its line
# an attachment that lists names (先进集体名单, 2023年度…表彰对象名单, …成员名册): the award's recipients, a group's members
NAME_LIST_TITLE = re.compile(r"(?![（(]?\d{1,2}[.．、）)])[^。；！？，：:]{2,40}(?:名单|名册)(?:[（(][^（）()]{1,12}[）)])?")
ATTACHMENT_START = re.compile(r"^附[件表]\s*(?:(?P<number>[\d一二三四五六七八九十]+)|[：:]|$)")  # 附表: a table annexed
# What follows a signature: another organ's name (某某市总工会, 某某海关), a date (also 2023年4月),
# a note in brackets that is the whole line (（联系人：…）). (A title ends in its document type.)
SIGNATURE_FOLLOWER = re.compile(
    rf"^(?:[（(][^（）()]*[）)]$|\s*{YEAR}\s*年\s*[\d一二三四五六七八九十]{{0,2}}\s*"
    r"(?:月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日?)?)?\s*(?:[（(][^（）()]*[）)]|[（(](?:此件|联系|电话|注)[^。]*)?$"
    rf"|[\u4e00-\u9fff（）]{{2,30}}[{''.join(sorted(ORGAN_END))}关]$)"
)


# What a bracket closing a paragraph holds: a note (责任单位, a unit, a date), not words of the sentence.
BRACKET_NOTE = re.compile(r"[：:]|负责|牵头|配合|单位|部门|[局委办厅府部院会署司处]$|\d|[年月日]|前$|略$")


YEAR_NOTE = re.compile(r"\s*(?:19|20)\d{2}\s*")


def _runs_on(prev: str, line: str) -> bool:
    """A paragraph that ends in 》 or ） mid-sentence: 《条例》 / 等规定, 各县（市、区） / 人民政府."""
    if prev[-1] == "》":
        return not (prev.startswith("《") and line.endswith("："))
    if prev[-1] in "）】" and (opener := "（" if prev[-1] == "）" else "【") in prev:  # 【配合单位：…】 / 各县…要…: ended (z291)
        opened = prev.rindex(opener)
        note = prev[opened + 1 : -1]
        before = prev[:opened]
        if prev[-1] == "】" and YEAR_NOTE.fullmatch(note):
            return True  # 晋政办发【2023】 / 15号: a 文号's year (the review)
        if (before.endswith("》") and not prev.startswith("《") and line.startswith((*SENTENCE_GOES_ON, *PASSED_ON))
                and (not FIELD_LABEL.match(line) or line.startswith(AMENDMENT_GOES_ON))):  # (not 文件名称：《…》（…号） / 印发单位：…, a field of its own: a review)
            return True  # a title cited with its 文号: 《纪要》（署办岸发〔2023〕2号） / 和《方案》, / 转发给你们 (a blind test)
        if before and before[-1] in ORGAN_END and line.startswith(SUBJECTS_VERB):
            return True  # 各乡镇人民政府（街道办事处） / 要于…前…: a unit and its other name, the subject of a sentence going on (a
            # mutation test: the deadline had opened an item of its own)
        return bool(before) and before[-1] not in "。；！？" and not BRACKET_NOTE.search(note)
    return False


SUBJECTS_VERB = ("要", "应", "须", "于", "在", "将", "按", "负责", "牵头", "会同", "配合", "组织", "做好")


def _in_unit_list(prev: str, line: str, after) -> bool:
    """``line`` names a unit, or the rest of one, of a labelled list that ``prev`` is still writing:
    no sentence end and no bracket opened before the label closed after it. After a whole name
    (…局, …（委）) only a name without a place of its own that no signature line follows goes on
    (市公安局 / 交通管理局, but not 某某市人民政府 or 财政部 / 2023年3月1日)."""
    if not ISSUER_LINE.match(line):
        return False
    tail = _open_list_tail(prev)
    if tail is None or _closes_before(tail):
        return False
    if prev[-1] not in ORGAN_END and prev[-1] not in CLOSERS:
        return True
    following = after()
    return not PLACE_START.match(line) and not (DATE_LINE.match(following) or ISSUER_LINE.match(following)
                                                 or SIGNATURE_FOLLOWER.match(following))


OPENERS, CLOSERS = "（(〔【《[", "）)〕】》]"


def _open_list_tail(prev: str) -> str | None:
    """What ``prev`` wrote after its last unit-list label (牵头单位：…) when that list is still
    being written (no sentence end or other label since); None if there is no such list."""
    labels = list(UNIT_LIST_LABEL.finditer(prev[-80:]))
    if not labels:
        return None
    tail = prev[-80:][labels[-1].end():]
    return None if any(c in tail for c in "。；：") else tail

# What goes on from a unit's name at a line's end: its role (负责，…), another unit, another label.
UNIT_LIST_GOES_ON = re.compile(r"^(?:负责|牵头|配合|协助|协办|参与|按职责|等|及|和|与|会同|共同|[（(]|[\u4e00-\u9fff]{2,8}[：:])")


# the text naming itself (本机制, 本制度, 本指南: h183, the term's article had kept its period)
# (本协议: an agreement two governments sign, h308 F10)
SELF_NAMED = r"本(?:通知|通告|公告|决定|意见|措施|办法|方案|政策|细则|规定|规则|指引|若干措施|实施意见|实施方案|条例|清单|机制|制度|指南|行动计划|计划|协议)"
IN_FORCE_OPENING = re.compile(SELF_NAMED + r"(?:自|从)")
SELF_NAMED_OPENS = re.compile(SELF_NAMED)
# a guide's fields one a line: after the units' field (实施主体：区就业促进中心), the next field (办理条件：) opens a paragraph
UNITS_LABEL_ALONE = re.compile(r"(?:责任|牵头|配合|协办|主办|实施)(?:单位|部门|处室)\s*[：:]")
UNITS_LABEL_ENDS = re.compile(UNITS_LABEL_ALONE.pattern + "$")
UNITS_LABELLED = re.compile(r"(?:单位|部门|处室|科室|主体)[：:][^。；：:]*$")
FIELD_OPENS = re.compile(r"(?:办理|申请|申报|适用|支持|补贴|奖励|收费|兑现|政策)(?:条件|材料|流程|程序|时限|时间|标准|内容|对象|方式|地点|依据|范围)[：:]")
# a 办事指南's or a policy list's field opening its line (事项名称：… / 实施机关：… / 办理时限：…), after a line that is a field
GUIDE_FIELD = (r"(?:事项名称|事项类型|政策名称|实施机关|实施主体|办理机构|受理机构|受理单位|承办单位|实施单位|责任单位|服务对象|设定依据"
               r"|办件类型|结果名称|审批结果|监督电话|(?:法定|承诺|办结|完成)?时限"
               # (责任单位：…，县安委会各成员单位 / 时间节点：…: a task's two field lines, h315 F14: run together)
               r"|时间节点|完成时间"
               # (执行期限：2023年12月31日前 / 责任单位：…: a policy list's term field, a blind test: the units' label had joined it)
               r"|(?:执行|实施|有效|政策|申报|申请|兑现|补贴|享受|扶持)期限|有效期"
               r"|(?:办理|申请|申报|适用|支持|补贴|奖励|收费|兑现|政策|受理)(?:条件|材料|流程|程序|时限|时间|标准|内容|对象|方式|地点|依据|范围))")
GUIDE_FIELD_OPENS = re.compile(GUIDE_FIELD + "[：:]")
TIME_LABEL_PREFIXES = ("承诺", "法定", "办结", "完成", "办理", "审批", "受理", "申领", "兑现")  # …，承诺 / 时限：…: one label the line cut
FIELD_VALUE_TAIL = re.compile(r"(?:^|[。；;])" + GUIDE_FIELD + r"[：:][^。；;：:]{1,80}$")
LABEL_TAIL = re.compile(r"(?:时限|时间|节点|单位|部门|处室|科室)[：:][^。；：:]*$")
CLOSING_OPENING = re.compile(SELF_NAMED + r"|各(?:地|级|有关)?(?:[（(][^（）()]{1,8}[）)])?(?:部门|单位)?[、，]?各?[^，。]{0,6}要|请各")
# 各乡镇人民政府负责落实… after a list ending in a whole name at the page's width: no name's rest opens with 各 (h314 F1:
# lines of labels of about one length were taken for the page's width, and the sentence had run into the last name)
DISTRIBUTIVE_OPENS = re.compile(r"各[\u4e00-\u9fff（(]")


def _unit_list_ended(prev: str, line: str) -> bool:
    """``prev`` ends a labelled list of units outside any bracket with a whole organ's name
    (牵头单位：省司法厅), and ``line`` is a sentence (it holds a comma or a full stop) that does not
    open with a unit's name: the page's closing text after a task list's last item, not more of
    its units. (A line that ran to the page's width may have cut a name: 省发展和改革委 / 员会.)"""
    if prev[-1] not in ORGAN_END or ("：" not in prev[-80:] and ":" not in prev[-80:]):
        return False  # no label (most lines): not worth a search
    if _open_list_tail(prev) is None or has_open_bracket(prev):
        return False
    first = re.split(r"[、，,；]", line, maxsplit=1)[0]  # 市交通局、市水务局，各区县政府: more of the list
    return not SENTENCE_MARKS.isdisjoint(line) and not UNIT_LIST_GOES_ON.match(line) and not ISSUER_LINE.match(first)


def _closes_before(text: str) -> bool:
    """Whether ``text`` closes a bracket it did not open (the end of the group holding a label)."""
    depth = 0
    for ch in text:
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS:
            depth -= 1
            if depth < 0:
                return True
    return False


def _opens_attachment(prev: str, line: str) -> bool:
    """An attachment's first line: 附件：… always, 附件2… when it reads as a heading (short, no
    sentence mark), not as the rest of a sentence (请按照 / 附件1要求报送材料。, 附件2中的…表并于…)."""
    m = ATTACHMENT_START.match(line)
    if not m or has_open_bracket(prev):
        return False
    rest = line[m.end():]
    return not m["number"] or (len(line) <= 30 and not SENTENCE_MARKS & set(line) and not rest.startswith(SENTENCE_GOES_ON))


def _body_fragment(prev: str, before: str, line: str) -> bool:
    """A body sentence's first line that alone reads as a signature (加快完善电子化政府 /
    采购网上交易功能，…): it follows a finished body sentence, and the line after it is not what
    follows a signature."""
    return (bool(ISSUER_LINE.match(prev)) and not DATE_LINE.match(prev) and not DOC_NUMBER_LINE.match(prev)
            and before[-1:] in ("。", "；") and not is_standalone(before) and not SIGNATURE_FOLLOWER.match(line))


def _date_in_a_sentence(prev: str, after) -> bool:
    """A date alone on its line is the middle of a sentence, not a signature's date, when the line
    before ends in a word that takes a date (自, 于, 截至) or the next line goes on from it (至…, 起…)."""
    if prev[-1] in TERMINAL or is_standalone(prev):  # 某市人民政府 / 2023年5月26日 / 前海管理局…: a signature
        return False
    following = after()
    return prev.endswith(DATE_TAKERS) or bool(DATE_GOES_ON.match(following)) or following.startswith(CONTINUATION_START)


def _list_follows(ahead) -> bool:
    """A line among the next few opens with a list's second number: the first one starts a list."""
    return any(SECOND_NUMBER.match(text) for text in ahead())


HALF_PAREN_START = re.compile(HALF_PAREN_ITEM)
ORDINAL_COMMA_START = re.compile(ORDINAL_COMMA_ITEM)


def _marker_shape(text: str) -> str:
    """The style of the numbering that opens ``text`` (（1） and （7） alike), '' if none."""
    m = NUMBERING_START.match(text)
    return re.sub(r"\d+", "9", re.sub(r"[一二三四五六七八九十百零〇两]+", "一", m.group(0))) if m else ""


NUMBERING_LOOK_AHEAD = 40  # lines searched for the next number of an item's own style


def _numbering_goes_on_past(prev: str, before: str, line: str, ahead) -> bool:
    """The item that ``prev`` opens (or its heading ``before`` opens), cut in a word, is followed past
    ``line`` by its next number before any number in ``line``'s style: the 一、 opening ``line`` is the
    rest of that word (（九）… / 标准统 / 一、服务同质 / … / （十）), not a first section, though the line
    before it was short of the page's width."""
    item = prev if NUMBERING_START.match(prev) else before
    own, theirs = _marker_shape(item), _marker_shape(line)
    if (not own or own == theirs or _marker_value(line) != 1  # （一） / 1. after 1. numbered on: a heading of its own
            or not CJK_RE.match(prev[-1]) or prev[-1] in ORGAN_END or is_heading_only(prev)):
        return False
    for raw in ahead(look=NUMBERING_LOOK_AHEAD):
        text = normalise_line(raw, 0)[0]  # (十) as （十）
        shape = _marker_shape(text)
        if shape == theirs:
            return False
        if shape == own:
            value, items = _marker_value(text), _marker_value(item)
            return value is not None and items is not None and value == items + 1
    return False


def _marker_value(text: str) -> int | None:
    """The number of the marker opening ``text``: （十） 10, 3. 3; None for digits in a numeral (第二十3条: extraction's)."""
    try:
        return as_int(re.sub(r"[^\d一二三四五六七八九十百零〇两]", "", NUMBERING_START.match(text).group(0)))
    except ValueError:
        return None


def _cut_in_a_word(prev: str) -> bool:
    """The page cut the sentence ``prev`` is writing after a character that ends neither a name
    nor a heading: a number at the next line's start is then the rest of a word (多测合 / 一、…)."""
    sentence = SENTENCE_END.split(prev)[-1]
    in_body = "，" in sentence or "。" in prev  # not a title or heading the page's width (…建设项目 / 一、…)
    return (bool(CJK_RE.match(prev[-1])) and prev[-1] not in ORGAN_END and not UNIT_LIST_LABEL.search(sentence)
            and in_body and not is_heading_only(prev))


# A numbered line cut after its verb, the verb's object on the next line in quotes or title marks
# (（21）推进 / “机器+审批”…, 18.全面落实 / 《…意见》): a heading needs more than a bare verb.
BARE_VERB = re.compile(r"^(?:全面|持续|加快|进一步|大力|积极|深入|着力|继续)?(?:推进|加强|建立|完善|深化|优化|提升|推动|"
                       r"促进|开展|强化|健全|规范|实行|推行|提高|落实|实施|推广|执行|贯彻|打造|探索)$")


QUOTED_END = re.compile(r"[“《‘「][^“”《》‘’「」]{1,30}[”》’」]$")


def _object_on_next_line(prev: str, line: str) -> bool:
    """The object opens the next line; once joined (（20）持续深化“免申即享”), the rest of the
    heading follows on the line after (服务，…) unless that line opens an item of its own."""
    m = NUMBERING_START.match(prev)
    if not m:
        return False
    rest = prev[m.end():].strip()
    verb = QUOTED_END.sub("", rest)
    if not BARE_VERB.match(verb):
        return False
    return line.startswith(("“", "《", "‘", "「")) if verb == rest else not NUMBERING_START.match(line)


QUOTE_ENDS_SENTENCE = re.compile(r"“[^“”。，；]{1,20}”[。；]")


def _quote_ends_the_heading(prev: str, line: str, ahead) -> bool:
    """A numbered line, then a quoted phrase the sentence ends with (（二）推行企业开办 / “一日办结”。全面推行…, the quote
    marks often on lines of their own): the heading's last words, not a paragraph opening with a quote (“十四五”期间，…)."""
    if not line.startswith("“") or not NUMBERING_START.match(prev) or prev[-1] in TERMINAL:
        return False
    rest = ahead()
    return bool(QUOTE_ENDS_SENTENCE.match(line + "".join(rest[1:4] if rest and rest[0] == line else rest[:3])))


MAKES_ITS_OBJECT = ("制定", "制订", "出台", "修订", "印发")  # verbs whose object the next line opens with
DANGLING_END = set("不和与及或对向将把被的")  # words that leave what they open for the next line
LEVELS_CUT = set("省市县区州旗")  # …、市 / 市场监管局: a level the line's end cut from its name (after a list's comma)
TIME_LABEL_END = re.compile(r"(?<!下列)(?<!以下)(?<!如下)(?:时限|完成时间|时间节点|截止时间|办结时间)[：:]$")  # (not 应当遵守下列时限：, a lead-in: h255)
# a policy list's contact fields, each on its own line
CONTACT_FIELD = re.compile(r"(?:咨询电话|联系电话|联系方式|咨询方式|联系人|办理地点|受理地点|受理窗口)\s*[：:]")
INTERPRETER_FIELD = re.compile(r"(?:解读机关|解读单位|解读部门|发布机构)\s*[：:]")  # an interpretation's issuer, on its line
INTERPRETER_NAMED = re.compile(r"解读人\s*[：:]")  # who interprets it, after the issuing body
INTERPRETER_NAMED_WHOLE = re.compile(r"(?:厅|局|委|办|中心|政府|办公室|委员会)$")
QA_OPENS = re.compile(r"(?:问|答)\s*[：:]")  # 问：… / 答：…, a question or an answer of a 政策问答 or 解读


# a compilation's heading with its date (and a note of how the text was made) closing it: N. title（date…）
DATED_HEADING_LINE = re.compile(rf"^\d{{1,3}}\s*[.．、]\s*[^。；！？（）()]{{4,200}}(?:[（(][^（）()]{{1,20}}[）)][^。；！？（）()]{{0,20}})?"
                                rf"[（(]\s*{YEAR}\s*年\s*[\d一二三四五六七八九十]{{1,2}}\s*月[^（）()]{{0,130}}[）)]$")


YEAR_NUMBER_ALONE = re.compile(r"[（(]?\s*(?P<year>(?:19|20)\d{2})\s*年\s*第\s*(?P<num>\d{1,4})\s*号\s*[）)]?")  # a 公告's 2023年第6号 under its title
ORDER_OR_NOTICE_NUMBERED = re.compile(r"(?![^，。；]*(?:按照|依照|根据|参照|执行|依据))"  # (not …执行口径按照税务总局公告第15号 / 有关规定…: a citation)
                                      r"[\u4e00-\u9fff]{2,30}?(?:令|(?:人民政府|政府|常务委员会|委员会|[局厅部署])公告)"
                                      r"第\s*(?:\d{1,4}|[一二三四五六七八九十百]{1,6})\s*号")  # (…主席令第七号, …银行令第3号 too)
CITATION_END = re.compile(r"(?:》|号[）)])[；;。，,]?$")  # a cited text's title or 文号 closing the line


def _continues(prev: str, line: str, before: str = "", after=lambda: "", wrapped: bool = False, ahead=lambda: [],
               unindented: bool = False) -> bool:
    """Whether ``line`` continues the paragraph ``prev`` (a broken line, not a new paragraph);
    ``before`` is the paragraph before ``prev``, ``after()`` the next line with text, ``ahead()``
    the next few, ``wrapped`` whether the last line of ``prev`` ran to the page's width,
    ``unindented`` whether the page indents paragraphs' first lines and ``line`` is not indented."""
    if INTERPRETER_FIELD.match(prev) and INTERPRETER_NAMED_WHOLE.search(prev):
        return False  # 解读机关：广西壮族自治区商务厅 / 近日，…: the field's body ends its line (h174: the issuer had run on)
    if prev[-1] in "号）)" and (ORDER_OR_NOTICE_NUMBERED.fullmatch(prev) or YEAR_NUMBER_ALONE.fullmatch(prev)):
        return False  # …常务委员会公告第15号 / 《…条例》已由…通过: the announcement's number ends its line (h158: run on, its number lost)
    if prev[-1] in "）)" and DATED_HEADING_LINE.match(prev):
        return False  # 2.…的决定（2023年7月27日…会议通过） / 为了…: a compilation's heading, whole, ends its line (a review: the
        # heading, run on into the preamble, was lost with the title)
    if DATE_CUT_AT_YEAR.search(prev[-TAIL_CHARS:]) and MONTH_OPENS.match(line):
        return True  # …有效期至2025 年 / 12 月31 日，…: a date the line cut after its year, no item 12 (a mutation test)
    if (prev[-1] == "。" and line.startswith(("现将", "现就")) and not NUMBERING_START.match(prev)
            and (LEAD_IN_BELOW.fullmatch(line) or LEAD_IN_BELOW.fullmatch(line + after()))):
        return True  # …决定成立…工作专班。 / 现将工作专班组成人员通知如下：: the opening's last sentence, leading into the list
        # below (a mutation test: a text without items had made it a clause of its own)
    if line.startswith(CONTINUATION_START) or prev.endswith("第") or KIND_ALONE.fullmatch(line) or CITED_ITEM.match(line) and prev[-1] not in "。；;":
        return True  # …、 / 生态环境局, 依据《条例》第 / (3)项, …行动方案（2024—2026年） / 的通知, 本条 / （二）项和本项
    if prev.endswith(MAKES_ITS_OBJECT) and SELF_NAMED_OPENS.match(line):
        return True  # …，制定 / 本办法。: the text that is made, not the closing text 本办法自…施行 (a blind test: moved out)
    if prev.endswith(("。”", "！”", "？”", "；”")) and (SELF_NAMED_OPENS.match(line) or NUMBERING_START.match(line)):
        return False  # 二、将第二十条修改为：“…。” / 本决定自印发之日起施行。: a quote closing its sentence ends the line's (h227)
    if prev.endswith(("“", "《")) or prev.endswith("》") and ARTICLE_CITED_AFTER_TITLE.match(line):
        return True  # …推行企业开办“ / 一日办结: a quote or a title the line's end opened; 《…法》 / 第五十七条。
    if prev[-1] in "：:" and TIME_LABEL_END.search(prev[-TAIL_CHARS:]):
        return True  # …；完成时限： / 2023 年5 月31 日）: the label's date, not a signing date (z421: the deadline was lost)
    if prev[-1] in LEVELS_CUT and prev[-2:-1] in "、，,":
        return True  # …、市住房城乡建设局、市 / 市场监管局等…: a name the line cut after its level (z415: the list had split)
    if TITLE_SUFFIX.fullmatch(line) and DOC_TYPE_END.search(prev):
        return True  # 云南省营商环境优化提升三年行动方案 / （2023—2025年）: the title's own bracket
    if ATTACHMENT_LABEL.fullmatch(prev):
        return False  # 附件1 / 沈阳市…行动方案: the label alone on its line, then the attachment's title
    if NAME_LIST_TITLE.fullmatch(prev) and ATTACHMENT_ALONE.fullmatch(before):
        return False  # 附件2 / 先进个人名单 / 王建军 …: the list's title, then its first name (h290 F9: glued to the names)
    if ((DATE_LINE.match(before) or not before and ends_in_a_document_kind(prev)) and len(prev) <= TITLE_MAX_CHARS
            and not TITLE_BREAKING.search(prev) and TEXT_OPENS.match(line) and TITLE_BREAKING.search(line)):
        return False  # 2023 年5 月26 日 / 成都市2023 年优化营商环境重点工作安排 / 为全面落实…，: the issued text's title under the
        # signature, whatever kind it names, then its first sentence (a blind test: joined, the title lost); the file's first
        # line so, of a kind a body line may end with too (渝中区2024年生活垃圾分类工作计划 / 为认真落实…，: h321 F3)
    if (len(prev) <= TITLE_MAX_CHARS and "《" in before and TITLE_BREAKING.search(line) and not TITLE_BREAKING.search(prev)
            and not line.startswith(("（", "(")) and issues_named_text([before], prev)):
        return False  # 现将《安义县招商引资优惠政策（试行）》印发给你们… / 安义县招商引资优惠政策（试行） / 为进一步…，: the issued
        # text's title as the notice names it, then its first sentence (h317 F7: joined where no signature came between)
    if prev[-1] in "：:" and UNITS_LABEL_ENDS.search(prev[-TAIL_CHARS:]) and not NUMBERING_START.match(line):
        # 责任单位： / 市住房城乡建设局，…: the units' label alone on its line, its names on the next (z319); a second label
        # after the first one's names too (牵头单位： / 市人社局 / 配合单位： / 市民政局…, z344)
        return True
    if (QA_OPENS.match(line) or INTERPRETER_FIELD.match(line) or INTERPRETER_NAMED.match(line)) and not has_open_bracket(prev):
        return False  # 解读机关：… / 问：如何申请…？: a question opens its paragraph (a blind test: it had joined the field line;
        # another: 解读机关：… after the last item's sentence had joined it, and the interpretation had no issuer)
    if (CONTACT_FIELD.match(line) or FIELD_OPENS.match(line) and UNITS_LABELLED.search(prev[-TAIL_CHARS * 3 :])
            or GUIDE_FIELD_OPENS.match(line) and FIELD_VALUE_TAIL.search(prev[-TAIL_CHARS * 3 :])
            and not (line.startswith("时限") and prev.endswith(TIME_LABEL_PREFIXES))):
        return False  # 责任单位：…人民银行日照市中心支行 / 咨询电话：0633-… (实施主体：… / 办理条件：…): a field of its own
        # (事项名称：一次性创业补贴 / 实施机关：某县就业创业服务中心: a guide's fields, one a line; a blind test: run together)
    tail = prev[-TAIL_CHARS:]  # what the patterns anchored at the end look at (a search over a long paragraph is slow)
    if NUMBER_END.search(tail) and NUMBER_FOLLOWER.match(line) and not is_standalone(line):
        return True  # 超过300万 / 元的部分: a number and its unit, even after what reads as a heading
    if prev[-1].isdigit() and (NUMBER_REST if wrapped else MONEY_REST).match(line):
        return True  # 一、…由每人每月1200元调整为每人每月1 / 500元。: the page cut the number, even after 一、
    if (prev.endswith(OPEN_END) and (FIRST_NUMBER.match(line) and not _list_follows(ahead) or CITED_ARTICLE.match(line))
            or prev.endswith(CITES_NEXT) and CITED_ARTICLE.match(line)
            or prev.endswith(PREPOSITION_CUT) and not prev.endswith(NOT_A_PREPOSITION) and not CHAPTER_OR_SECTION.match(prev)
            and ARTICLE_NUMBER_OPENS.match(line)
            or ITEMS_CITED.match(line)):  # 本办法第十二条(三) / (四)(五)项规定…: the items an article cites (a mutation test)
        return True  # …高层次人才购房的，在 / 第三条补贴基础上: a sentence cut after its preposition, the article it cites
        # (a mutation test: a new article 3 had opened)
    if FIRST_NUMBER_TAIL.search(tail):
        return True  # 问题，（1） / 研究…
    if (wrapped and line.startswith("一") and NUMBERING_START.match(line) and _cut_in_a_word(prev)
            and _marker_shape(prev) != _marker_shape(line)):
        return True  # …推行多测合 / 一、联合验收… (合一, 统一, 之一: not …全面完成 / 九、…, an item: z346)
    if NUMBERING_START.match(line) and _numbering_goes_on_past(prev, before, line, ahead):
        return True  # （九）…标准统 / 一、服务同质… / （十）…: a short line, but the item's numbers go on
    if HALF_PAREN_START.match(line) and has_open_bracket(prev):
        return True  # （见附件 / 2）: the bracket the line before opened, closed
    if ORDINAL_COMMA_START.match(line) and _cut_in_a_word(prev):
        return True  # …力争全省排名 / 第一，形成品牌: a sentence the page broke, no item 第一，
    if prev.endswith(("：", ":")) and _list_on_one_line(line) and not _numbered_heading(prev):
        return True  # 提供以下材料： / （1）申请表；（2）名册；（3）…: a list run inline, the wrap put its first item first
    if SUM_OPENS.match(line) and prev[-1] not in TERMINAL:
        return True  # …按每户不超过 / 1 万元给予补助: a sum opening the line goes on its sentence, no item 1 (z346)
    if NUMBERING_START.match(line) or CLOSING_FORMULA.fullmatch(line):
        return False  # 一、… / 特此通告。 after a line that did not end its sentence (a phone number)
    if _opens_attachment(prev, line):
        return False
    if (CLOSING_OPENING.match(line) and LABEL_TAIL.search(prev[-TAIL_CHARS:]) and prev[-1] not in "，,、"
            and not has_open_bracket(prev)):
        return False  # 完成时限：2023 年12 月底前 / 各地（市）、各部门要高度重视…: the call on all after the last task's labels
        # (a blind test: it had run on into the last task, its 每季度 and 10日内 that task's periods; not after a comma: the
        # label's sentence goes on, a review)
    if (IN_FORCE_OPENING.match(line) and not has_open_bracket(prev)
            and (LABEL_TAIL.search(prev[-TAIL_CHARS * 3 :]) or prev[-1] in "。！" and not any(NUMBERING_START.match(a) for a in ahead())
                 or CITATION_END.search(prev[-TAIL_CHARS:]))):  # (…（川办发〔2018〕62 号） / 本决定自…: a repeal list's last entry)
        # 完成时限：2023年9月底前 / 本方案自2023年8月1日起施行…: the closing text after the last task's labels, or after its
        # sentence's end (…不得申报市级财政奖补。 / 本政策自2024年1月1日起施行…, z341: the last item's text had run on), where no
        # item follows (an item's own term, 本政策自…执行至…, before the next item stays its: the review)
        return False
    if prev.endswith(OPEN_END) or _in_unit_list(prev, line, after):
        return True
    if (not wrapped or CLOSING_OPENING.match(line) or DISTRIBUTIVE_OPENS.match(line)) and _unit_list_ended(prev, line):
        return False  # 牵头单位：省司法厅 / 各地、各部门要按照…，…: a sentence of its own follows the list
        # (after a line at the page's width, only a sentence that opens as closing text does: it may have cut a name)
    if DATE_LINE.match(line) and _date_in_a_sentence(prev, after):
        return True  # 补贴。自 / 2023年1月1日 / 至12月31日期间…
    if ISSUER_LINE.match(line) and has_open_bracket(prev) and not prev.endswith(("。", "；")):
        return True  # 〔市行政审批局牵头，…、市 / 公积金管理中心
    if is_standalone(line) and not DOC_TYPE_END.search(line):
        return False
    if _body_fragment(prev, before, line) and not DOC_TYPE_END.search(line):
        return True
    if is_marker_only(prev) or title_in_progress(prev):
        return True
    if has_open_bracket(prev) and not prev.endswith(("。", "；")):
        return True  # （责\n任单位：…）, 《…\n…》
    if _object_on_next_line(prev, line) or _quote_ends_the_heading(prev, line, ahead):
        return True  # 6.提升 / “多测合一”改革…; （二）推行企业开办 / “ / 一日办结 / ” / 。全面推行…
    if _issuing_title_goes_on(prev, line):
        return True  # …关于印发…若干措施 / 和…实施细则的通知: the notice's title ends with 的通知
    if _bodies_title_goes_on(prev, line):
        return True  # …国家 / 税务总局广安市税务局关于做好2023 年失业保险 / 稳岗返还工作的通知 (h323 F4)
    if prev[-1] in DANGLING_END:
        return True  # 第一条 首次被发现，涉及金额累计不 / 超过1000 元…: no heading or sentence ends on 不, 和, 的 …
    heading_wrapped = wrapped and (not SECTION_START.match(prev) or unindented)
    if (prev[-1] in TERMINAL and not _runs_on(prev, line) or is_standalone(prev)
            or is_heading_only(prev) and not heading_wrapped and not _long_sentence(prev, wrapped)
            and not (wrapped and _opens_no_sentence(prev, line))):
        return False
    if DOC_TYPE_END.search(line) and len(prev) > 40 and (not MID_SENTENCE & set(prev) or line.startswith("关于")):
        return False
    if _whole_title(prev) and not wrapped and not line.startswith(("（", "(")):  # not its date: …的通知 / （2023年5月4日）
        return False  # 江西省…关于转发《…》的通知 / 各设区市人力资源社会保障局…：
    return True


# 现将《X》印发给你们, 《X》已经…同意，现印发给你们, 现将《A》《B》印发给你们 (each issued, A first): a text the notice issues,
# named. One rule for where the title's line is cut off (here) and where it is read as the issued text's title (metadata):
# the two had differed, 《X》已经县政府同意，现印发 cut but not taken (review43a F7)
ISSUED_NAMED = re.compile(r"《([^《》]{4,80})》(?=(?:[、和及与]?《[^《》]{4,80}》)*[^。；《》]{0,12}?(?:印发|下发|发布|转发))")


def issues_named_text(texts: Iterable[str], title: str) -> bool:
    """Whether one of ``texts`` (a notice's paragraphs) issues the text ``title`` names whole (现将《X》印发给你们 over X)."""
    bare = SPACE_RUN.sub("", title)
    return any(SPACE_RUN.sub("", cited) == bare for text in texts for cited in ISSUED_NAMED.findall(text))


BRACKETED_ITEM = re.compile(r"（(?P<n>\d{1,2}|[一二三四五六七八九])）")
ITEM_AFTER_A_STOP = re.compile(r"[；;，,。]\s*（(?P<n>\d{1,2}|[一二三四五六七八九十])）")


def _numbered_heading(text: str) -> bool:
    """三、申报材料：: a numbered line that is a heading over its list (no sentence of its own before the colon)."""
    return bool(NUMBERING_START.match(text)) and not SENTENCE_END.search(text)


def _list_on_one_line(line: str) -> bool:
    """（1）…；（2）… on one line: its items follow each other within the line, not each at a line's start."""
    first = BRACKETED_ITEM.match(line)
    return bool(first) and any(as_int(m["n"]) == as_int(first["n"]) + 1 for m in ITEM_AFTER_A_STOP.finditer(line, first.end()))


HEADING_WITH_COMMA_MAX = 30  # characters: 一、坚持问题导向，深化改革 is a heading; a longer line with a comma is a sentence the page cut


def _long_sentence(prev: str, wrapped: bool = False) -> bool:
    """二、省财政…给予担保费补贴，单个机构年度补贴最高不超 / 过300万元。: a numbered line with a comma, too long for a
    heading, that reads as a sentence (an item numbered in figures, or words a heading does without: 的, 应当, 给予 …),
    cut in a word (a short file shows no page width to say it ran to the edge). Not （一）深化“放管服”改革，持续优化…
    On a narrow page (28 characters a line, h290 F8) a line ``wrapped`` at its width is long whatever its length."""
    marker = NUMBERING_START.match(prev)
    text = prev[marker.end() if marker else 0 :]  # (the 、 of 一、 is no list's)
    return (("，" in text or "、" in text) and (len(prev) > HEADING_WITH_COMMA_MAX or wrapped)
            and bool(FIGURE_ITEM.match(prev) or SENTENCE_WORDS.search(text))) or bool(CONDITION_OPENS.match(text))


# （一）对吸纳…的中小微企业，按每人 / 每月500元…: the condition a payment's sentence opens with, however short the line
# the page cut it in (a blind test: read as a heading, the line break split 每人 / 每月); not 对标…, 对接…, 一流的营商环境，
# (受让…专利的，按…), the words after the comma a sentence's (按每人, 单个企, 给予最高, 应当遵守…, …电价按照, nine characters or
# more): not a heading's own short clause (（一）对政府失信的，严肃追责, 一、对市场主体的服务，再提速: a review)
CONDITION_OPENS = re.compile(r"^(?:对(?!标|接|外|照|口|症|表)[^，。；：]{1,30}的[^，。；：]{0,8}|[^，。；：]{1,30}的)，"
                             r"(?:[^，。；：]{9,}|(?:按|给予|每|单个|单户|单家|最高|不超过|可按|可给予|享受|经|应当|应|须)[^，。；：]{0,12}"
                             r"|[^，。；：]{0,8}(?:按照|依照|按|对|向|在|将|给予|由))$"  # (longer than a heading's, or cut after its verb)
                             # (（二）符合条件的小微企业，按每人 / 每月…: a sum's head begun after any comma, a review)
                             r"|^[^。；：]{2,40}，(?:按每|按照每|给予每|给予最高|每人|每户|每家|单个|单户|单家|最高不超过)[^，。；：]{0,6}$")
# A line no sentence opens with: one character and a comma (…以保留利用提升为 / 主，稳妥推进…: the word the page cut), or,
# after a title, a title listed with it (…落实《…城乡规划法》 / 《甘肃省城乡规划条例》等…; not 《规划》确定的…, a sentence's subject)
WORD_CUT_OPENS = re.compile(r"^[\u4e00-\u9fff](?<![另但故即])[，、]")
TITLE_LISTED_OPENS = re.compile(r"^《[^《》]{1,40}》(?:等|、|《|和|及|以及)")


def _opens_no_sentence(prev: str, line: str) -> bool:
    """二、《规划》实施要坚持“留改拆”并举、以保留利用提升为 / 主，…: a numbered line at the page's width (27
    characters a line, h290 F8) that reads as a heading, and a next line that cannot open a paragraph of its own."""
    return bool(WORD_CUT_OPENS.match(line)) or prev.endswith("》") and bool(TITLE_LISTED_OPENS.match(line))


FIGURE_ITEM = re.compile(r"^(?:[（(]\d{1,3}[）)]|\d{1,3}[.．、])")
SENTENCE_WORDS = re.compile(r"的|应当|对于|给予|按照|不得|可以|\d")


def _issuer_over_its_title(prev: str, line: str) -> bool:
    """A title set on two lines, its issuers on the first, the second reading on from them
    (中共湖北省委办公厅 湖北省人民政府办公厅 / 印发《…》的通知: 印发 needs who issues). A name over a 关于
    title is a letterhead there (metadata.py reads a title wrapped after its issuers under the 文号). And an order's or an
    announcement's name set apart from who issues it (…常务委员会 / 公　　告, …人民政府 / 令: h280 F1, its title lost)."""
    if line in ("公告", "令") and len(prev) <= ISSUERS_MAX_CHARS:
        return prev.endswith(("常务委员会", "人民政府")) and bool(ISSUER_LINE.match(prev))
    return (line.startswith(("印发", "转发")) and len(line) <= TITLE_MAX_CHARS and TITLE_FRAGMENT_MARKS.isdisjoint(line)
            and len(prev) <= ISSUERS_MAX_CHARS and not prev.endswith("文件") and bool(ISSUER_LINE.match(prev)))


ISSUERS_MAX_CHARS = 40  # two or three joint issuers
ISSUING_TITLE = re.compile(r"关于(?:印发|转发|公布|发布)")
TITLE_FRAGMENT_MARKS = set("，、。；：:！？,;")  # none in a line of a title


def _issuing_title_goes_on(prev: str, line: str) -> bool:
    """A notice issuing or forwarding a text is titled …关于印发…的通知: until its kind closes it, a
    title wrapped after a word of the issued text's kind (…若干措施 / 和…实施细则的通知) goes on (its
    kind, KIND_ALONE, may have a date after it)."""
    return (bool(ISSUING_TITLE.search(prev)) and not KIND_ALONE.search(prev) and len(prev) <= TITLE_MAX_CHARS
            and TITLE_FRAGMENT_MARKS.isdisjoint(prev + line))


BODY_NAME_END = set("厅局委办院部会府署行")  # the last character of the body before a title's 关于


def _bodies_title_goes_on(prev: str, line: str) -> bool:
    """广安市人力资源和社会保障局 广安市财政局 国家 / 税务总局广安市税务局关于做好2023 年失业保险 / 稳岗返还工作的通知: a joint
    title wrapped over three lines, the first two joined (a name the line cut), longer than a title's line; its bodies
    then 关于, its kind yet to come, goes on to the line that ends in its kind (h323 F4: cut there, title and 文号 lost)."""
    at = prev.find("关于")
    return (at > 0 and prev[at - 1] in BODY_NAME_END and not DOC_TYPE_END.search(prev) and "关于" not in line
            and bool(DOC_TYPE_END.search(line)) and len(prev) + len(line) <= TITLE_MAX_CHARS
            and TITLE_FRAGMENT_MARKS.isdisjoint(prev + line))


def _titled(text: str) -> bool:
    """Reads as a document's title: ends in its kind (…管理办法, …若干措施（试行）)."""
    return bool(DOC_TYPE_END.search(re.sub(r"[（(][^（）()]{1,12}[）)]$", "", text)))


def _whole_title(text: str) -> bool:
    """A title too long to stand alone by its length: 关于…, ending in its kind, no sentence in it."""
    return len(text) <= TITLE_MAX_CHARS and "关于" in text and bool(DOC_TYPE_END.search(text)) and not MID_SENTENCE & set(text.replace("、", ""))
