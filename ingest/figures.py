"""Tables of payment standards that PDF extraction flattened to one cell a line, each figure bare.

    职业（工种） / 等级 / 补贴标准（元/人） / 电工 / 五级/初级工 / 1000 / 电工 / 四级/中级工 / 1500 / …

Read as prose the cells run together and the figures name no money (the 元 is the header's): here
each row becomes a paragraph that reads as a sum paid, the header's measure after its figure:

    电工，五级/初级工：1000元/人

The words added (，：) take the offset of the cell they stand before, and the measure (元/人) the
figure's last, so every offset still points into the row and a sum's span is its figure as printed. Only a header of two to
four short cells whose last names a sum of money in brackets, then at least two rows of as many
short cells each closing with a bare figure, is read so.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .tables import Table, TableParagraph

# 补贴标准（元/人）, 补助金额（元）, 奖励标准（万元/家）: the last header cell, the measure its figures are in
MONEY_HEADER = re.compile(r"[\u4e00-\u9fff]{0,10}[（(](?P<measure>(?:万|亿)?元(?:\s*/\s*(?:人|户|家|月|年|人·月|人月|人次|次|天|课时))?)[）)]")
FIGURE = re.compile(r"\d{1,7}(?: \d{3})?(?:\.\d{1,2})?")
CELL_MAX_CHARS = 16  # a row's text cell (电工, 五级/初级工, 高级技师（一级）)
SENTENCE_MARKS = re.compile(r"[。；，！？：]")
MIN_ROWS = 2


def find_figure_tables(lines: list[str], normalise: Callable[[int], tuple[str, list[int]]],
                       is_noise: Callable[[str], bool]) -> list[Table]:
    """The payment tables among ``lines`` (``normalise(i)``: line i's text and offsets; ``is_noise``: a page mark)."""
    if not any("元" in line and ("）" in line or ")" in line) for line in lines):
        return []
    tables, i = [], 0
    while i < len(lines):
        table = _table_at(lines, i, normalise, is_noise)
        if table:
            tables.append(table)
            i = table.last + 1
        else:
            i += 1
    return tables


def _table_at(lines, i, normalise, is_noise) -> Table | None:
    header = _header_at(lines, i, is_noise)
    if not header:
        return None
    columns = len(header)
    rows, at = [], header[-1] + 1
    while True:
        cells = _content_lines(lines, at, columns, is_noise)
        if cells and [_bare(lines[j]) for j in cells] == [_bare(lines[j]) for j in header]:
            at = cells[-1] + 1  # the header again, atop the next page
            continue
        if not cells or not _is_row(lines, cells):
            break
        rows.append(cells)
        at = cells[-1] + 1
    if len(rows) < MIN_ROWS:
        return None
    header_text, header_offsets = _joined([normalise(j) for j in header])
    measure = MONEY_HEADER.search(header_text)
    paragraphs = [TableParagraph(header_text, header_offsets + [header_offsets[-1] + 1], header[0] + 1)]
    measure_text = re.sub(r"\s+", "", measure["measure"])
    paragraphs += [_row_paragraph([normalise(j) for j in row], measure_text, row[0] + 1) for row in rows]
    return Table(i, rows[-1][-1], paragraphs)


def _header_at(lines, i, is_noise) -> list[int] | None:
    """The header's lines from line i: short cells, none a figure, the last naming a sum of money."""
    if not lines[i].strip() or is_noise(lines[i]):
        return None
    cells = [i]
    for width in range(2, 5):
        cells = _content_lines(lines, i, width, is_noise)
        if len(cells) < width:
            return None
        texts = [_bare(lines[j]) for j in cells]
        if any(len(t) > CELL_MAX_CHARS or SENTENCE_MARKS.search(t) or FIGURE.fullmatch(t) for t in texts):
            return None
        if MONEY_HEADER.fullmatch(texts[-1]) and not any(MONEY_HEADER.fullmatch(t) for t in texts[:-1]):
            return cells
    return None


def _is_row(lines, cells) -> bool:
    texts = [_bare(lines[j]) for j in cells]
    return (bool(FIGURE.fullmatch(lines[cells[-1]].strip())) and all(
        text and len(text) <= CELL_MAX_CHARS and not SENTENCE_MARKS.search(text) and not FIGURE.fullmatch(text)
        for text in texts[:-1]))


def _content_lines(lines, at, count, is_noise) -> list[int]:
    """The next ``count`` lines with text from ``at``, page marks left out."""
    out = []
    while at < len(lines) and len(out) < count:
        figure = FIGURE.fullmatch(lines[at].strip()) and not (lines[at].strip().isdecimal() and folio_beside_its_mark(lines, at))
        if lines[at].strip() and not is_noise(lines[at]) or figure:
            out.append(at)
        at += 1
    return out


PAGE_MARK = re.compile(r"#+\s*Page\s*(?P<page>\d+)", re.IGNORECASE)  # (normalize.PAGE_MARKER, which imports this module)


def folio_beside_its_mark(lines: list[str], i: int) -> bool:
    """12 / # Page 13: (or # Page 12: / 12): a bare number that is the number of the page the mark opens or closes."""
    number = int(lines[i].strip())
    return any(0 <= j < len(lines) and (m := PAGE_MARK.search(lines[j])) and int(m["page"]) in (number, number + 1)
               for j in (i - 1, i + 1))


def _bare(line: str) -> str:
    return re.sub(r"\s+", "", line)


def _joined(parts: list[tuple[str, list[int]]]) -> tuple[str, list[int]]:
    return "".join(t for t, _ in parts), [o for _, offs in parts for o in offs]


def _row_paragraph(cells: list[tuple[str, list[int]]], measure: str, line: int) -> TableParagraph:
    """电工，五级/初级工：1000元/人: the text cells parted by ，, the figure after ：, the header's measure after it."""
    text, offsets = "", []
    for n, (cell, cell_offsets) in enumerate(cells):
        if n:
            mark = "：" if n == len(cells) - 1 else "，"
            text, offsets = text + mark, offsets + [cell_offsets[0]]
        text, offsets = text + cell, offsets + cell_offsets
    # (the measure's characters stand at the figure's last: a sum's span is the figure as printed, not a stretch back to the
    # header's 元)
    text, offsets = text + measure, offsets + [offsets[-1]] * len(measure)
    return TableParagraph(text, offsets + [offsets[-1] + 1], line)
