"""Task tables that PDF extraction flattened to one cell a line, each cell wrapped over lines.

    序号 / 重点任务 / 主要内容 / 牵头部门 / 责任单位
    1 / 1.优化企业开 / 办服务 / 推进电子营业执照在市公共资源 / 交易平台中的应用。 / 市市场监管委 / 市政务服务办、市委 / 网信办

Read as prose, the row numbers look like page numbers, rows run together and the units of one
row are glued to the next row's text. Here each row becomes one paragraph that reads as an item
with its responsibility labelled by the table's own column names:

    （1）推进电子营业执照在市公共资源交易平台中的应用。（牵头部门：市市场监管委；责任单位：市政务服务办、市委网信办）

and a task cell (1.优化企业开办服务) a heading paragraph before the rows it spans. The brackets
and column names added take the source offset of the cell they stand before, so every offset
still points into the row. Only a header of known column names that starts with 序号 and names
a unit column, followed by rows numbered 1, 2, 3 …, is read as a table.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .places import gazetteer
from .units import split_top_level

COLUMN_NAMES = {
    "序号", "重点任务", "主要任务", "工作任务", "具体任务", "任务", "改革任务", "改革事项", "事项", "重点工作", "工作事项",
    "主要内容", "任务内容", "工作内容", "具体内容", "具体措施", "主要措施", "工作措施", "政策措施", "举措",
    "牵头部门", "牵头单位", "责任单位", "责任部门", "配合单位", "配合部门", "完成时限", "完成时间", "时间节点", "时限", "备注",
}
UNIT_COLUMNS = ("牵头部门", "牵头单位", "责任单位", "责任部门", "配合单位", "配合部门")
TIME_COLUMNS = ("完成时限", "完成时间", "时间节点", "时限")
CONTENT_COLUMNS = ("主要内容", "任务内容", "工作内容", "具体内容", "具体措施", "主要措施", "工作措施", "政策措施", "举措")
ORGAN_END = "局委办厅院部会行署处室队所心司团组站社府关位门构联场"  # last characters of an organ's name
UNIT_START = re.compile(r"(?:国家|国务院|国网|中国|中共|人民银行|自治区|省|市|区|县|州|盟|旗|各)")
TASK_NUMBER = re.compile(r"^\d{1,3}[.．、]")
TIME_CELL = re.compile(r"(?:\d{4}\s*年|\d{1,2}\s*月|长期|持续|常态化|年底|年内|底前|前)")
TABLE_END = re.compile(r"^(?:[一二三四五六七八九十]+、|附件|（此件)")
EMPTY_CELL = "—－-/无"
MAX_NAME = 40  # characters: longer is no unit's name


@dataclass
class TableParagraph:
    text: str
    offsets: list[int]  # one per character, then the end offset
    line: int  # 1-based line where the cell starts


@dataclass
class Table:
    first: int  # index of the header's first line
    last: int  # index of the table's last line
    paragraphs: list[TableParagraph]


def find_tables(lines: list[str], normalise: Callable[[int], tuple[str, list[int]]],
                is_noise: Callable[[str], bool]) -> list[Table]:
    """The task tables among ``lines``; ``normalise(i)`` gives line i's text and offsets,
    ``is_noise(line)`` says whether a line is a page mark between pages."""
    tables, i = [], 0
    while i < len(lines):
        columns, body = _header_at(lines, i, is_noise)
        if columns:
            table = _read_table(lines, i, body, columns, normalise, is_noise)
            if table:
                tables.append(table)
                i = table.last + 1
                continue
        i += 1
    return tables


def _header_at(lines: list[str], i: int, is_noise) -> tuple[list[str], int]:
    """Column names of a header starting at line ``i`` (序号 first, a unit column among them), and
    the index of the line after it; page marks and blank lines inside it are passed over."""
    if re.sub(r"\s+", "", lines[i]) != "序号":
        return [], i
    names, j = [], i
    while j < len(lines) and len(names) < 12:
        text = re.sub(r"\s+", "", lines[j])
        if text == "1":  # the first row (a bare number reads as a page mark)
            break
        if text and not is_noise(lines[j]):
            if text not in COLUMN_NAMES or text in names:
                break
            names.append(text)
        j += 1
    ok = len(names) >= 3 and any(n in UNIT_COLUMNS for n in names)
    return (names, j) if ok else ([], i)


@dataclass
class _Row:
    number: int
    number_line: int
    segments: list[list[int]]  # line indexes, one list per page the row spans (the header repeats on each)


def _read_table(lines, first, body, columns, normalise, is_noise) -> Table | None:
    rows: list[_Row] = []
    i = body
    last = i - 1
    while i < len(lines):
        text = re.sub(r"\s+", "", lines[i])
        if text == str(len(rows) + 1):  # the next row's number (alone on a line it looks like a page number)
            rows.append(_Row(len(rows) + 1, i, [[]]))
            last = i
        elif text in columns:  # the header again: a new page, where each cell goes on in its column
            if rows and rows[-1].segments[-1]:
                rows[-1].segments.append([])
        elif not text or is_noise(lines[i]) or _alone(lines, i, is_noise):  # a page mark, a head or foot line
            pass
        elif not rows or TABLE_END.match(text):
            break
        else:
            rows[-1].segments[-1].append(i)
            last = i
        i += 1
    if len(rows) < 2:
        return None
    paragraphs = []
    for row in rows:
        paragraphs += _row_paragraphs(row, columns, lines, normalise)
    return Table(first, last, paragraphs)


Fragment = tuple[str, list[int]]  # normalised text and one offset per character


def _fragments(indexes: list[int], normalise) -> list[Fragment]:
    """The lines' texts, each cut after a 。 or ； inside it (…开放工作。市委网信办: a cell's end and
    the next cell's start on one line)."""
    out = []
    for i in indexes:
        text, offsets = normalise(i)
        start = 0
        for m in re.finditer(r"[。；](?=.)", text):
            out.append((text[start:m.end()], offsets[start:m.end()]))
            start = m.end()
        if text[start:]:
            out.append((text[start:], offsets[start:]))
    return out


def _alone(lines: list[str], i: int, is_noise) -> bool:
    """A line with blank lines or page marks on both sides: no cell (a table's cells follow each
    other line by line), but a head or foot line between pages."""
    def quiet(j: int) -> bool:  # a bare number may be the next row's: not quiet
        return not 0 <= j < len(lines) or not lines[j].strip() or is_noise(lines[j]) and not lines[j].strip().isdigit()
    return quiet(i - 1) and quiet(i + 1)


def _row_paragraphs(row: _Row, columns: list[str], lines: list[str], normalise) -> list[TableParagraph]:
    segments = [_fragments(s, normalise) for s in row.segments if s]
    segments = [s for s in segments if s]
    if not segments:
        return []
    out = []
    if columns[1] not in CONTENT_COLUMNS and TASK_NUMBER.match(segments[0][0][0]):
        task = _task_cell(segments[0])
        out.append(_joined(task, row.number_line + 2))
        segments[0] = segments[0][len(task):]
    time_cell: list[Fragment] = []
    if columns[-1] in TIME_COLUMNS:
        while segments[-1] and TIME_CELL.search(segments[-1][-1][0]) and len(time_cell) < 3:
            time_cell.insert(0, segments[-1].pop())
    content: list[Fragment] = []
    units: list[Fragment] = []
    for n, segment in enumerate(segments):
        name_cut = bool(units) and units[-1][0][-1] not in ORGAN_END  # 市水 / (next page) 务局
        cut = _units_start(segment, last_segment=n == len(segments) - 1, continuing=name_cut)
        content += segment[:cut]
        units += segment[cut:]
    out.append(_row_paragraph(row, columns, content, units, time_cell, normalise))
    return [p for p in out if p.text]


def _task_cell(segment: list[Fragment]) -> list[Fragment]:
    """A task cell's lines: the first, and the next while the one before filled the column."""
    width = len(segment[0][0])
    cell = [segment[0]]
    for fragment in segment[1:]:
        if len(cell[-1][0]) < width:
            break
        cell.append(fragment)
    return cell


def _units_start(segment: list[Fragment], last_segment: bool, continuing: bool) -> int:
    """Where the unit cells begin in a segment: the longest run of closing lines that holds unit
    names only (on a page the row goes on from, the last name may be cut: 市水 / 务局)."""
    cut = len(segment)
    for k in range(len(segment) - 1, -1, -1):
        if _unit_names_only("".join(t for t, _ in segment[k:]), allow_cut=not last_segment, continuing=continuing):
            cut = k
    return cut


def _unit_names_only(text: str, allow_cut: bool, continuing: bool = False) -> bool:
    """Whether ``text`` holds unit names only: the first opens with a level or a place (unless it
    ends a name the page cut), every one ends with an organ (the last may be cut)."""
    if not text or text[-1] in "。；，,":
        return False
    if text in EMPTY_CELL:
        return True
    pieces = [p for p in split_top_level(_split_cells(text), "、，,；—－") if p]  # not inside “双随机、一公开”
    if not pieces:
        return False
    for n, piece in enumerate(pieces):
        if re.search(r"[。；：！？]", piece) or len(piece) > MAX_NAME:
            return False  # a sentence, not a name
        piece = re.sub(r"等.*$", "", piece) or piece  # 市大数据管理中心等市级有关单位
        whole = piece[-1] in ORGAN_END or piece in EMPTY_CELL
        if not whole and not (allow_cut and n == len(pieces) - 1):
            return False
        opens = UNIT_START.match(piece) or gazetteer().match_prefix(piece) or piece in EMPTY_CELL
        if not opens and n == 0 and not continuing:
            return False
    return True


def _split_cells(text: str) -> str:
    """Two unit cells run together (市市场监管委市政务服务办、…): a 、 put where one organ's name
    ends and the next begins; an empty cell's dash (市规划资源局—) ends the first."""
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        nxt = text[i + 1:]
        if ch in ORGAN_END and nxt and nxt[0] != "、" and (UNIT_START.match(nxt) or gazetteer().match_prefix(nxt)):
            out.append("、")
    return "".join(out)


def _cell_boundary(text: str) -> int | None:
    """Where the second unit cell begins in the joined unit text, if it can be told."""
    for i, ch in enumerate(text):
        nxt = text[i + 1:]
        if ch in EMPTY_CELL and i > 0:
            return i  # 天津证监局— : the second cell is empty
        if ch in ORGAN_END and nxt and nxt[0] not in "、，" and (UNIT_START.match(nxt) or gazetteer().match_prefix(nxt)):
            return i + 1
    return None


def _joined(fragments: list[Fragment], line: int) -> TableParagraph:
    text = "".join(t for t, _ in fragments)
    offsets = [o for _, offs in fragments for o in offs]
    return TableParagraph(text, offsets + [offsets[-1] + 1 if offsets else 0], line)


def _row_paragraph(row: _Row, columns: list[str], content: list[Fragment], units: list[Fragment],
                   time_cell: list[Fragment], normalise) -> TableParagraph:
    number_text, number_offsets = normalise(row.number_line)
    text = "（" + number_text + "）"
    offsets = [number_offsets[0]] + number_offsets + [number_offsets[-1]]
    body = _joined(content, row.number_line + 1)
    text, offsets = text + body.text, offsets + body.offsets[:-1]
    unit_columns = [c for c in columns if c in UNIT_COLUMNS]
    cells = _unit_cells(_joined(units, row.number_line + 1), len(unit_columns))
    labelled = [(name, cell) for name, cell in zip(unit_columns, cells) if cell.text and cell.text not in EMPTY_CELL]
    time = _joined(time_cell, row.number_line + 1)
    if time.text:
        labelled.append((next(c for c in columns if c in TIME_COLUMNS), time))
    if labelled:
        for n, (name, cell) in enumerate(labelled):
            opener = ("（" if n == 0 else "；") + name + "："
            text += opener + cell.text
            offsets += [cell.offsets[0]] * len(opener) + cell.offsets[:-1]
        text += "）"
        offsets.append(offsets[-1])
    return TableParagraph(text, offsets + [offsets[-1] + 1], row.number_line + 1)


def _unit_cells(units: TableParagraph, count: int) -> list[TableParagraph]:
    """The joined unit text cut into ``count`` cells (two at most are told apart)."""
    if count < 2 or not units.text:
        return [units]
    cut = _cell_boundary(units.text)
    if cut is None:
        return [units]
    first = TableParagraph(units.text[:cut], units.offsets[:cut] + [units.offsets[cut - 1] + 1], units.line)
    rest = units.text[cut:].lstrip(EMPTY_CELL)
    skipped = len(units.text) - cut - len(rest)
    second = TableParagraph(rest, units.offsets[cut + skipped:], units.line)
    return [first, second]
