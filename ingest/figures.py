"""Tables of payment standards that PDF extraction flattened to one cell a line, each figure bare.

    职业（工种） / 等级 / 补贴标准（元/人） / 电工 / 五级/初级工 / 1000 / 电工 / 四级/中级工 / 1500 / …

Read as prose the cells run together and the figures name no money (the 元 is the header's): here
each row becomes a paragraph that reads as a sum paid, the header's measure after its figure:

    电工，五级/初级工：1000元/人

The words added (，：, a column's name) take the offset of the figure they stand before, and the measure (元/人) the
figure's last, so every offset still points into the row and a sum's span is its figure as printed. Read so: a header
of short cells naming columns (no figure), one of them a sum of money in brackets after one or two label columns, or a
measure stated in the sentence before the table (标准如下（单位：元/人）：); then at least two rows of a cell per label
column and a bare figure per figure column.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .tables import MEASURE_CELL, Table, TableParagraph, bare, column_name, folio_beside_its_mark, year_cut_from_its_date

# what a sum is counted per (元/人·月, 万元/家): the measure's heads, read on a cell without spaces
PER_HEADS = (r"车公里|公里|人·月|人·天|人·年|人月|人天|人次|人|户|家|企业|项|个|件|套|月|年|次|天|亩|床·月|床·年|张床|床位|床|辆|台"  # (万元/项: h277 F7)  # (元/床/月: h246 F1, none read)
             # 单位：元/生·月, 元/（生·月）, 元/月·生: a pupil, per person as 人 (h297 F1: the fee table lost)
             r"|生·月|生·年|生·学期|生|[月年]·[人生]|[（(][人生]·(?:月|年|学期)[）)]"
             r"|头份|羽份|头|羽|只"  # (补助标准（元/头）: an animal's head, h293 F2b)
             # 单位：元/立方米, 销售价格（元/立方米）, 电价（元/千瓦时）: what a price is of, as amounts.py reads 元/立方米 (h301 F1: a
             # tier table's prices all lost)
             r"|立方米|千瓦时|度|吨|平方米·月|平方米·年|平方米"
             # 补偿标准（元/亩·年）, （元/年·亩）: a mu of forest or grassland and a year, as 元/亩/年 is read (h308 F7: the table lost)
             r"|亩·年|年·亩")
# an animal's count word and the kinds it counts (one species table's 元/头、元/羽: each row its own, h293 F2b)
ANIMAL_COUNTS = {"羽": r"禽|鸡|鸭|鹅|鸽|鹌鹑", "只": r"禽|鸡|鸭|鹅|鸽|鹌鹑|羊|兔", "头": r"猪|牛|羊|驴|马|骡|鹿|畜(?!禽)"}
# 补助标准（元/头、元/羽）, （元/头、羽）, （元/头或羽）: a measure for each kind of animal the rows name, to choose a row's by
MEASURE_OR_ANOTHER = rf"(?:[、或](?:(?:万|亿)?元/)?(?:{'|'.join(ANIMAL_COUNTS)}))"
# 补贴标准（元/人）, 补助金额（元）, 奖励标准（万元/家）: the last header cell, the measure its figures are in
MONEY_HEADER = re.compile(rf"[\u4e00-\u9fff]{{0,10}}[（(](?:单位[：:])?(?P<measure>(?:万|亿)?元(?:/(?:{PER_HEADS}|课时))*{MEASURE_OR_ANOTHER}*)[）)]")
FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,7}(?: \d{3})?(?:\.\d{1,2})?")
# a length under a column of how long it is paid (发放期限 / 36 个月: a blind test, the row had lost its cells)
LENGTH_CELL = r"(?:最长|最多)?(?:不超过|不超|不多于)?\d{1,3}\s*(?:个月|个工作日|年|天)(?:以内|内)?"
# a figure cell, some written with the header's 元 (初级工 / 1000 元 / 中级工 / 1500: z278); a sum of parts, each paid
# (20000+5000 under 资金来源 中央财政、省级财政: a base and a top-up, h294 F2: the row had been merged with the next)
FIGURE_PART = re.compile(rf"(?:{FIGURE.pattern})(?:\s*元)?")
FIGURE_CELL = re.compile(rf"{FIGURE_PART.pattern}(?:\s*[+＋]\s*{FIGURE_PART.pattern})*")
LENGTH_FIGURE = re.compile(LENGTH_CELL)
# a figure cell after its bound's word (不低于150 under 照料护理标准（元/人·月）: h289 F3, the tier table had been lost)
BOUNDED_FIGURE_CELL = re.compile(rf"(?:不低于|不少于|最低|不超过|最高不超过|最高|不高于)\s*(?:{FIGURE_CELL.pattern})")


def _figure(line: str, lengths: bool = False) -> bool:
    """A figure cell; with ``lengths``, a length too (in a column after the money's: a row's label may be one, 1 年 / 500)."""
    text = line.strip()
    return (FIGURE_CELL.fullmatch(text) is not None or BOUNDED_FIGURE_CELL.fullmatch(text) is not None
            or lengths and LENGTH_FIGURE.fullmatch(text) is not None)


def _after_the_figure(figure: str, measure: str) -> str:
    """The measure written after a figure, less the 元 the cell already has (1000 元 under 元/人: 1000 元/人)."""
    if figure.endswith("元"):  # (its own 元: under 元/人 the rest goes on; under 万元 the cell's unit stands alone)
        return measure[1:] if measure.startswith("元") else ""
    return measure
CELL_MAX_CHARS = 16  # a header's cell, or the first row's label (电工, 五级/初级工, 高级技师（一级）)
LABEL_MAX_CHARS = 24  # a later row's label (“双一流”高校全日制本科或中级职称: z270); a line of prose is wider
SENTENCE_MARKS = re.compile(r"[。；，！？：]")
MIN_ROWS = 2


def find_figure_tables(lines: list[str], normalise: Callable[[int], tuple[str, list[int]]],
                       is_noise: Callable[[str], bool]) -> list[Table]:
    """The payment tables among ``lines`` (``normalise(i)``: line i's text and offsets; ``is_noise``: a page mark)."""
    lines, normalise = _measures_unwrapped(lines, normalise)
    units_column = [k for k, line in enumerate(lines) if "单位" in line and UNIT_COLUMN_NAME.fullmatch(bare(line))]
    worded = [k for k, line in enumerate(lines) if "元" in line and len(line) <= 2 * LABEL_MAX_CHARS
              and WORDED_SUM_CELL.fullmatch(bare(line)) and not _figure(line)]  # (修缮工程审定价的70% / 50 万元: h294 F4)
    if not units_column and not worded and not any("元" in line and ("）" in line or ")" in line or " " in line.strip() or "单位" in line) for line in lines):
        return []
    tables, last = [], -1
    anchors = [k for k, line in enumerate(lines) if "元" in line and MONEY_HEADER.fullmatch(bare(line))]
    anchors += [k + MAX_HEADER_CELLS for k, line in enumerate(lines) if ("单位" in line or "元" in line) and MEASURE_ABOVE.search(bare(line))]
    anchors += [k for k, line in enumerate(lines) if "元" in line and " " in line.strip() and not MONEY_HEADER.fullmatch(bare(line))
                and any(MONEY_HEADER.fullmatch(bare(t)) for t in SPACED_TOKEN.findall(line))]  # (… 补贴标准（元/人·月） 补贴期限)
    anchors += [k for k, line in enumerate(lines) if " " in line.strip() and "元" not in line and PAID_COLUMN.search(line)
                and _sums_with_their_yuan_below(lines, k, is_noise)]  # (… 补贴比例 每件补贴上限 / … 20% 2000元, h267)
    anchors += units_column + worded
    spaced_units = [k for k, line in enumerate(lines) if "单位" in line and " " in line.strip()
                    and any(UNIT_COLUMN_NAME.fullmatch(t) for t in SPACED_TOKEN.findall(line))]  # (畜禽种类 计量单位 补助标准: h293 F2)
    anchors += spaced_units
    # (单位：元/立方米 / 阶梯 年用水量（立方米） 自来水价格 到户综合水价 / 第一阶梯 0-180（含） 2.70 4.25: a spaced header right
    # under the measure line, its cells naming none: h301 F1)
    anchors += [below[0] for k, line in enumerate(lines) if ("单位" in line or "元" in line) and MEASURE_ABOVE.search(bare(line))
                and (below := _content_lines(lines, k + 1, 1, is_noise)) and " " in lines[below[0]].strip()]
    for money in sorted(set(anchors)):
        if money in units_column:  # (项目 / 原标准 / 新标准 / 单位: each row's measure its own cell)
            if money > last and (found := _table_with_a_unit_column(lines, money, normalise, is_noise)):
                tables.append(found)
                last = found.last
            continue
        # the header opens a few lines before its money cell (证书等级 / 补贴标准（元/人）)
        found = next((t for i in range(max(last + 1, money - MAX_HEADER_CELLS), min(money, len(lines)))
                      if (t := _table_at(lines, i, normalise, is_noise))), None)
        if found is None and money in spaced_units and money > last:
            found = _table_of_spaced_unit_column(lines, money, normalise, is_noise)
        if found is None and last < money < len(lines):  # (an anchor after a measure above its table may lie past the end)
            found = (_table_of_spaced_rows(lines, money, normalise, is_noise) or _table_of_label_runs(lines, money, normalise, is_noise)
                     or _table_of_money_columns(lines, money, normalise, is_noise)
                     or money in worded and _table_of_worded_cells(lines, money, last, normalise, is_noise) or None)
        if found:
            tables.append(found)
            last = found.last
    return tables


# a cell a line that carries its own unit, some words before its figure (修缮工程审定价的70%, 50 万元, 每个新增托位6000 元)
# (每件600元至1000元: a range, its two ends in the cell: h299 F10, the row and the rest of the table glued)
WORDED_SUM_CELL = re.compile(rf"[\u4e00-\u9fff]{{0,12}}(?:{FIGURE.pattern})(?:万|亿)?元(?:(?:至|到|—|－|-|～|~)(?:{FIGURE.pattern})(?:万|亿)?元)?"
                             rf"(?:/(?:{PER_HEADS}))?")
WORDED_RATE_CELL = re.compile(r"[\u4e00-\u9fff]{0,12}\d{1,3}(?:\.\d{1,2})?[%％]")
BOUND_OPENS = re.compile(r"最高|最低|不超过|不高于|不低于|不少于|最多|上限")


def _worded_kind(line: str) -> str:
    """"sum" or "rate" for a cell carrying its own unit, "" for another line."""
    text = bare(line)
    return "sum" if WORDED_SUM_CELL.fullmatch(text) else "rate" if WORDED_RATE_CELL.fullmatch(text) else ""


def _table_of_worded_cells(lines, money, last, normalise, is_noise) -> Table | None:
    """建筑类别 / 补助比例 / 单栋最高补助 / 文物建筑 / 修缮工程审定价的70% / 50 万元 / 历史建筑 / …: a header of short names, none
    with a measure, then rows of one or two label cells and a cell per other column carrying its own unit (a sum's 元 or
    a rate's %), words before its figure; each row reads 文物建筑，补助比例：修缮工程审定价的70%，单栋最高补助：最高50万元; a cap
    where its column names one (h294 F4: the cells had been glued into the clause, the header's 最高 on the first rate)."""
    start = money
    while (back := _text_line_above(lines, start, is_noise)) is not None and back > last and _worded_kind(lines[back]):
        start = back  # (the first row's cells before this one: the rate's)
    texts: list[int] = []
    at = start
    while (back := _text_line_above(lines, at, is_noise)) is not None and back > last and len(texts) < MAX_HEADER_CELLS + MAX_LABELS:
        text = bare(lines[back])
        if len(text) > CELL_MAX_CHARS or SENTENCE_MARKS.search(text) or re.search(r"\d", text):
            break
        texts.insert(0, back)
        at = back
    first_figures: list[int] = []
    at = start
    while len(first_figures) < MAX_HEADER_CELLS and (cell := _content_lines(lines, at, 1, is_noise)) and _worded_kind(lines[cell[0]]):
        first_figures.append(cell[0])
        at = cell[0] + 1
    figures = len(first_figures)
    if not figures:
        return None
    for labels in range(1, MAX_LABELS + 1):
        if len(texts) < 2 * labels + figures:
            break
        header = texts[-(2 * labels + figures):][: labels + figures]
        first = texts[-labels:]
        kinds = [_worded_kind(lines[j]) for j in first_figures]
        if "sum" not in kinds or not any(MONEY_WORD.search(bare(lines[j])) for j in header[labels:]):
            continue

        continued: set[int] = set()  # a label cell's second line (its first wrapped)

        def next_row(at: int) -> list[int] | None:
            cells = _row_cells(lines, at, labels + figures, header, is_noise)
            if len(cells) == labels + figures and [_worded_kind(lines[j]) for j in cells[labels:]] == kinds:
                return cells if all(_worded_label(lines[j], n) for n, j in enumerate(cells[:labels])) else None
            return _row_with_a_label_wrapped(lines, _row_cells(lines, at, labels + figures + 1, header, is_noise), labels, kinds, continued)

        rows = [first + first_figures]
        rows += _rows_from(rows[0][-1] + 1, next_row)
        if len(rows) < MIN_ROWS:
            continue
        names = [bare(lines[j]) for j in header[labels:]]
        paragraphs = [_header_paragraph(header, normalise)]
        for row in rows:
            cells: list[tuple[str, list[int]]] = []
            for j in row:
                if j in continued:
                    cells[-1] = _joined([cells[-1], normalise(j)])
                else:
                    cells.append(normalise(j))
            caps = [_cap(name) if not BOUND_OPENS.match(cell) else "" for name, (cell, _) in zip(names, cells[labels:])]
            paragraphs.append(_row_paragraph(cells, labels, [(name, "") for name in names], row[0] + 1, per_column_bound=caps))
        return Table(header[0], rows[-1][-1], paragraphs)
    return None


def _worded_label(line: str, n: int) -> bool:
    """A label cell of a worded row: the first as ``_label_cell``; a later one (认定条件) may count (当事人5人以上的), no sum or rate."""
    text = bare(line)
    return _label_cell(line) if n == 0 else (bool(text) and len(text) <= LABEL_MAX_CHARS and not SENTENCE_MARKS.search(text)
                                             and not _worded_kind(line) and not _figure(line))


def _row_with_a_label_wrapped(lines, cells: list[int], labels: int, kinds: list[str], continued: set[int]) -> list[int] | None:
    """较大纠纷 / 涉及金额10万元以上或当事人 / 5人以上的 / 每件400元: a worded row one line longer than its cells, a label cell wrapped
    (h299 F10: the rows from there on glued into one line). The wrapped cell is the one whose line is the row's widest (a
    column's line breaks when full), its rest on the next line; that rest's line goes in ``continued``."""
    if len(cells) != labels + len(kinds) + 1 or [_worded_kind(lines[j]) for j in cells[labels + 1 :]] != kinds:
        return None
    texts = [bare(lines[j]) for j in cells[: labels + 1]]
    k = max(range(labels + 1), key=lambda n: len(texts[n]))
    if k == labels:
        return None
    joined = [*texts[:k], texts[k] + texts[k + 1], *texts[k + 2 :]]
    if not all(_worded_label(text, n) for n, text in enumerate(joined)):
        return None
    continued.add(cells[k + 1])
    return cells


def _label_cell(line: str) -> bool:
    text = bare(line)
    return bool(text) and len(text) <= LABEL_MAX_CHARS and not SENTENCE_MARKS.search(text) and not re.search(r"\d", text)


# A table printed a row a line, its cells parted by spaces (奖项 等级 奖励金额（万元） / 中国标准创新贡献奖 一等奖 50 / 二等奖 30):
# a cell's own space before its unit (最长不超过3 年, 1000 元) joins it again
SPACED_TOKEN = re.compile(r"\S+")
UNIT_AFTER_A_FIGURE = re.compile(r"(?:个月|个工作日|年|月|日|天|元|万元|%|％|千瓦|吨|亩|平方米"  # (12 千瓦（含）以下: h285 F6)
                                 r"|以上|以下"  # (第三阶梯 300 以上 8.10: the tier's band, one cell, h301 F1)
                                 r"|小时)")  # (… 24 小时最高限价: a column named by its hours, h301 F10)
SPACED_ROW_MAX_CHARS = 80  # a row on one line; prose is longer or ends a sentence


def _spaced_cells(line: str, text: str, offsets: list[int]) -> list[tuple[str, list[int]]]:
    """A line's cells (their text and offsets from its normalised ``text``), parted where the printed line has spaces, a
    unit after a figure's space kept with it."""
    first = len(line) - len(line.lstrip())  # the printed line's first character is the normalised text's first
    base = offsets[0] - first if offsets else 0
    cells = []
    for start, end in _cell_spans(line):
        kept = [n for n, o in enumerate(offsets) if base + start <= o < base + end]
        if kept:
            cells.append(("".join(text[n] for n in kept), [offsets[n] for n in kept]))
    return cells


# a sum capped in its cell (不超过10, 最高10, ≤10 under 补贴标准（万元）: h277 F6, the table had been lost)
CAPPED_FIGURE_CELL = re.compile(rf"(?:不超过|最高不超过|最高|最多|不高于|≤|＜=|<=)?\s*(?:{FIGURE_CELL.pattern})")


# a column of sums whose cells carry their own 元 (每件补贴上限 / 2000元), a spaced header's cell naming what is paid
HOURS_NAMED = r"\d{1,2}小时"  # (24小时最高限价: the hours a column's cap is for, no figure of the table's)
PAID_COLUMN = re.compile(rf"(?:{HOURS_NAMED})?[\u4e00-\u9fff]{{0,10}}(?:标准|金额|额度|上限|限额|限价|价格)(?=\s|$)")  # (标准展位每个补贴上限: h279 F1)
# (区域 车型 首小时 首小时后 24小时最高限价 / 一类区域 小型车 3元 每半小时1元 30元: a price and its cap by the hour, h301 F10)
YUAN_CELL = re.compile(rf"(?:{FIGURE.pattern})\s*万?元")
RATE_CELL = re.compile(r"\d{1,3}(?:\.\d{1,2})?\s*[%％]")


def _sums_with_their_yuan_below(lines: list[str], k: int, is_noise) -> bool:
    """Whether line ``k`` is a spaced header of short names (no figure) and the next line with text a row of as many cells,
    one a sum with its 元, under a column naming what is paid."""
    names = _cells_of(lines[k])
    if not 2 <= len(names) <= 8 or any(len(n) > CELL_MAX_CHARS or re.search(r"\d", re.sub(HOURS_NAMED, "", n)) for n in names):
        return False
    row = next((line for line in lines[k + 1 : k + 3] if line.strip() and not is_noise(line)), "")
    cells = _cells_of(row)
    return len(cells) == len(names) and any(YUAN_CELL.search(c) and PAID_COLUMN.fullmatch(n) for n, c in zip(names, cells))


def _cells_of(line: str) -> list[str]:
    """A printed line's cells apart by spaces (1000 元 one cell), as ``_spaced_cells`` reads them."""
    return [re.sub(r"\s+", "", line[start:end]) for start, end in _cell_spans(line)]


def _cell_spans(line: str) -> list[list[int]]:
    """Where a printed line's cells start and end, parted where it has spaces, a unit after a figure's space kept with it."""
    spans: list[list[int]] = []
    for m in SPACED_TOKEN.finditer(line):
        if spans and line[spans[-1][1] - 1].isdigit() and UNIT_AFTER_A_FIGURE.match(m.group()):
            spans[-1][1] = m.end()
        else:
            spans.append([m.start(), m.end()])
    return spans


def _money_at_in_cells(names: list[str], lines: list[str], money: int) -> int | None:
    """The first figure column of a header with no measure (补贴品类 能效等级 补贴比例 每件补贴上限): where the first row's
    cells turn to figures, a rate's or a sum's with its 元; None where no label column comes before it."""
    row = next((line for line in lines[money + 1 : money + 3] if line.strip()), "")
    cells = _cells_of(row)
    at = next((n for n, c in enumerate(cells) if YUAN_CELL.fullmatch(c) or RATE_CELL.fullmatch(c)), None)
    if at and any(YUAN_CELL.match(c) for c in cells[1:at]):
        # (服务包名称 年收费标准 医保基金支付 / 老年人健康服务包 200元/人 80元: a sum with its own measure before, no label; each
        # cell read after its column's name, 年收费标准：200元/人, the column's name had been lost: h288 F7)
        return None
    return at if at and len(cells) == len(names) else None


def _table_of_spaced_rows(lines, money, normalise, is_noise) -> Table | None:
    """类别 补贴标准（元/人·月） 补贴期限 / 就业困难人员 1000 最长不超过3 年 / …: the header's cells on one line, a money cell after
    one or more label cells; each row a line of as many cells or fewer (a label merged over rows printed once: 二等奖 30), its
    money cell a figure (a blind test: the sums had been lost)."""
    header_line = lines[money]
    names = [bare(t) for t in _cells_of(header_line)]  # (24 小时最高限价 one name)
    at = next((n for n, name in enumerate(names) if MONEY_HEADER.fullmatch(name)), None)
    above = _measure_above(lines, money, is_noise) if at is None and "元" not in header_line else ""
    if above:  # (单位：元/立方米 over 阶梯 年用水量（立方米） 自来水价格: the measure the line above states, h301 F1)
        at = _figures_at_in_cells(names, lines, money, is_noise)
    own_yuan = at is None and "元" not in header_line  # (每件补贴上限 / 2000元: the sums carry their 元)
    at = _money_at_in_cells(names, lines, money) if own_yuan else at
    if own_yuan and at is None:
        return _table_of_labelled_rows(lines, money, names, normalise, is_noise)
    if at is None or at == 0 or len(names) < 2 or any(FIGURE.fullmatch(name) for name in names):
        return None
    columns = ([_column_and_measure(m) if (m := MONEY_HEADER.fullmatch(name)) else (name, "") for name in names[at:]] if not above
               else _columns_under_a_measure(names[at:], above))
    first_figure = re.compile(f"{YUAN_CELL.pattern}|{FIGURE_CELL.pattern}|{RATE_CELL.pattern}") if own_yuan else CAPPED_FIGURE_CELL
    rows = []
    for j, text, cells in _spaced_lines_below(lines, money, normalise, is_noise):
        labels = len(cells) - len(columns)
        if rows and _label_cells_wrapped(lines[j], cells, rows[-1]):
            rows[-1] = (j, _wrapped_labels_joined(cells, rows[-1][1], _line_start(lines, rows[-1][0], normalise),
                                                  _line_start(lines, j, normalise)), rows[-1][2])
            continue
        if (len(lines[j].strip()) > SPACED_ROW_MAX_CHARS or SENTENCE_MARKS.search(text) or not 1 <= labels <= at
                or not (first_figure.fullmatch(cells[labels][0]) or _dash_before_a_figure(cells[labels:], first_figure))):
            break
        rows.append((j, cells, labels))
    if len(rows) < MIN_ROWS:
        return None
    measured = _bare_measure_line_above(lines, money, is_noise) if above else None  # (单位：元/立方米: the table's line)
    first = measured if measured is not None else money
    paragraphs = [_header_paragraph(([measured] if measured is not None else []) + [money], normalise)]
    bound = _cap(paragraphs[0].text) or _cap_of_the_lead_in(lines, first, is_noise)
    # (补贴比例 每件补贴上限: only the cap's column a cap; each figure named by its column, the first too)
    caps = [_cap(name) for name, _ in columns] if own_yuan else None
    # (the first sum unnamed only where it is the one the table pays: 安家补贴（万元） 生活补贴（元/月）, each its own, h283 F2)
    named_first = own_yuan or sum(1 for _, measure in columns if measure) > 1
    for j, cells, labels in rows:
        figures = [("", "")] * len(columns) if TOTAL_ROW.fullmatch(cells[0][0]) else columns
        paragraphs.append(_row_paragraph(cells, labels, [(name if n or named_first else "", measure) for n, (name, measure) in enumerate(figures)],
                                         j + 1, bound, caps))
    return Table(first, rows[-1][0], paragraphs)


def _figures_at_in_cells(names: list[str], lines: list[str], header: int, is_noise) -> int | None:
    """The first figure column of a spaced header naming no measure, the table's stated above it: where the first row (as
    many cells as the header) turns to bare figures, after one or two label cells (第一阶梯 0-180（含） 2.70 4.25: 2)."""
    row = _content_lines(lines, header + 1, 1, is_noise)
    cells = _cells_of(lines[row[0]]) if row else []
    # (满6年不满10年 180 — under 任职年限 正职 副职及其他成员: a column with no sum in that row, its cell a dash: h306 F2)
    at = next((n for n, c in enumerate(cells) if CAPPED_FIGURE_CELL.fullmatch(c) or n and DASH_CELL.fullmatch(c)), None)
    if (at is None or not 1 <= at <= MAX_LABELS or len(cells) != len(names) or not any(FIGURE_CELL.fullmatch(c) for c in cells[at:])
            or not all(FIGURE_CELL.fullmatch(c) or DASH_CELL.fullmatch(c) for c in cells[at:])):
        return None
    return at


def _dash_before_a_figure(cells, first_figure: re.Pattern) -> bool:
    """A row's figure cells opening with a dash (no sum in that column), a figure after it (满6年以下 — 150)."""
    return (DASH_CELL.fullmatch(cells[0][0]) is not None
            and any(first_figure.fullmatch(c) for c, _ in cells[1:]))


def _columns_under_a_measure(names: list[str], measure: str) -> list[tuple[str, str]]:
    """Each figure column's name and the measure stated above the table where it counts money (自来水价格, 污水处理费: every
    one where none names money, each a tier of the one sum), none where it counts people, days or shares (人数, 补贴比例)."""
    tiers = not any(MONEY_WORD.search(name) for name in names)
    return [(name, measure if (MONEY_WORD.search(name) or tiers) and not NOT_A_TIER.search(name) else "") for name in names]


# 项目 / 原标准 / 新标准 / 单位 / 城市低保标准 / 770 / 810 / 元/人·月: a column of each row's measure, last, the header naming none
UNIT_COLUMN_NAME = re.compile(r"(?:计量)?单位")
ROW_MEASURE = re.compile(rf"(?:万|亿)?元(?:/(?:{PER_HEADS}))*")


def _table_with_a_unit_column(lines, unit, normalise, is_noise) -> Table | None:
    """项目 / 原标准 / 新标准 / 单位 / 城市低保标准 / 770 / 810 / 元/人·月 / 农村低保标准 / 5760 / 6060 / 元/人·年: label columns, figure
    columns, then a unit column whose cell is each row's measure; each row reads 城市低保标准，原标准：770元/人·月，新标准：810元/人·月
    (h289 F1: the figures of a row had been glued into one sum, 770810元)."""
    above = _header_before(lines, unit, is_noise, standards=True)
    first = _content_lines(lines, unit + 1, len(above) + 1, is_noise)
    labels = next((n for n, j in enumerate(first) if _figure(lines[j])), None)
    if not labels or labels > MAX_LABELS:
        return None
    figures = _figures_from(lines, first[labels], is_noise)
    header = above[-(labels + figures + 1):]
    if len(above) < labels + figures + 1 or not _names_columns(lines, header):
        return None
    names = [bare(lines[j]) for j in header[labels:-1]]

    def next_row(at: int) -> list[int] | None:
        cells = _row_cells(lines, at, labels + figures + 1, header, is_noise)
        if (len(cells) != labels + figures + 1 or not _is_row(lines, cells[:-1], labels)
                or not ROW_MEASURE.fullmatch(bare(lines[cells[-1]]))):
            return None
        return cells

    rows = _rows_from(unit + 1, next_row)
    if len(rows) < MIN_ROWS:
        return None
    paragraphs = [_header_paragraph(header, normalise)]
    paragraphs += [_row_paragraph([normalise(j) for j in row[:-1]], labels, [(name, bare(lines[row[-1]])) for name in names], row[0] + 1)
                   for row in rows]
    return Table(header[0], rows[-1][-1], paragraphs)


# a row's own measure in a spaced table's unit column (元/头, 元/羽, 万元/个): any head, the column names it
UNIT_CELL = re.compile(r"(?:万|亿)?元(?:/[\u4e00-\u9fff·]{1,4})?")


def _table_of_spaced_unit_column(lines, header, normalise, is_noise) -> Table | None:
    """畜禽种类 计量单位 补助标准 / 生猪 元/头 80 / 家禽 元/羽 0.5: a spaced table, label cells, then a unit column whose cell is
    the row's measure and one or more figure columns (before or after it); each row reads 生猪：80元/头, the measure after
    each figure (h293 F2: the rows had been glued into the clause, every sum lost)."""
    names = SPACED_TOKEN.findall(lines[header])
    if not 2 <= len(names) <= 8 or any(len(n) > CELL_MAX_CHARS or re.search(r"\d", n) for n in names):
        return None
    unit = next(n for n, name in enumerate(names) if UNIT_COLUMN_NAME.fullmatch(name))
    # (… 补助标准 备注 / 生猪 元/头 80 体重10 公斤以上 / 牛 元/头 300: a 备注 column last, its cell optional, its words any)
    remark = names[-1] if len(names) > 2 and names[-1] in REMARK_COLUMNS else ""
    columns = len(names) - 1 if remark else len(names)
    rows = []
    for j, text, cells in _spaced_lines_below(lines, header, normalise, is_noise):
        if (len(cells) < columns or not remark and len(cells) > columns or len(lines[j].strip()) > SPACED_ROW_MAX_CHARS
                or SENTENCE_MARKS.search(text) or not UNIT_CELL.fullmatch(cells[unit][0])):
            break
        rows.append((j, cells[:columns], cells[columns:]))
    if len(rows) < MIN_ROWS:
        return None
    figure_columns = [n for n in range(columns) if all(FIGURE.fullmatch(cells[n][0]) for _, cells, _ in rows)]
    labels = min(figure_columns + [unit], default=0)
    if (not figure_columns or not 1 <= labels <= MAX_LABELS or sorted(figure_columns + [unit]) != list(range(labels, columns))
            or not any(MONEY_WORD.search(names[n]) for n in figure_columns)):
        return None
    paragraphs = [_header_paragraph([header], normalise)]
    for j, cells, remark_cells in rows:
        measure = cells[unit][0]
        figures = [(names[n] if len(figure_columns) > 1 else "", "" if TOTAL_ROW.fullmatch(cells[0][0]) else measure) for n in figure_columns]
        paragraph = _row_paragraph(cells[:labels] + [cells[n] for n in figure_columns], labels, figures, j + 1)
        paragraphs.append(_with_remark(paragraph, remark, [_joined(remark_cells)] if remark_cells else []))
    return Table(header, rows[-1][0], paragraphs)


def _label_cells_wrapped(line: str, cells, row) -> bool:
    """        成熟度贯标        评估的企业 under a spaced row: an indented line of words, no more cells than the row's labels,
    no figure: the rest of label cells the columns wrapped (h277 F11: lost to the closing text)."""
    _, row_cells, labels = row
    return (line[:1] in " \t\u3000" and 0 < len(cells) <= labels and not any(re.search(r"\d", t) for t, _ in cells)
            and not SENTENCE_MARKS.search("".join(t for t, _ in cells)) and not ITEM_OR_FORMULA.match(line.strip()))


# 　　二、申报程序, 特此通知: an item's heading or a closing formula after the table, indented as a paragraph (the review)
ITEM_OR_FORMULA = re.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.．、]|第[一二三四五六七八九十百]{1,4}[章节条]"
                             r"|附件|特此|此复")


def _wrapped_labels_joined(cells, row_cells, row_start: int, start: int):
    """The row's cells, each wrapped piece put after the label cell whose column it is printed under (the nearest start;
    ``row_start``, ``start``: where the row's line and the wrapped line begin in the source)."""
    starts = [offsets[0] - row_start for _, offsets in row_cells]
    joined = list(row_cells)
    for text, offsets in cells:
        k = min(range(len(starts)), key=lambda n: abs(starts[n] - (offsets[0] - start)))
        joined[k] = (joined[k][0] + text, joined[k][1] + offsets)
    return joined


def _line_start(lines, j: int, normalise) -> int:
    """Where line ``j`` begins in the source: its first character's offset less its indentation."""
    return normalise(j)[1][0] - (len(lines[j]) - len(lines[j].lstrip()))


def _spaced_lines_below(lines, header: int, normalise, is_noise):
    """Each line under ``header`` with words on it (not blank, no page noise): its index, its text, its spaced cells."""
    for j in range(header + 1, len(lines)):
        if lines[j].strip() and not is_noise(lines[j]):
            text, offsets = normalise(j)
            yield j, text, _spaced_cells(lines[j], text, offsets)


def _table_of_labelled_rows(lines, header, names, normalise, is_noise) -> Table | None:
    """补助项目 补助对象 补助标准 备注 / 普惠托位建设补助 新建、改扩建普惠托育机构 每个新增托位6000 元 一次性补助: a spaced table whose
    sums are written with their words in the cells; each row a paragraph of its own, its first cell then each other cell
    after its column's name (普惠托位建设补助，补助对象：…，补助标准：每个新增托位6000元，备注：一次性补助). The rows had run
    together, each sum taking the next row's instrument (a blind test, h274 F3)."""
    rows = []
    for j, text, cells in _spaced_lines_below(lines, header, normalise, is_noise):
        if len(cells) != len(names) or len(lines[j].strip()) > SPACED_ROW_MAX_CHARS or any(SENTENCE_MARKS.search(t) for t, _ in cells):
            break
        rows.append((j, cells))
    if len(rows) < MIN_ROWS or not any(YUAN_CELL.search(cells[n][0]) for _, cells in rows for n in range(1, len(names))):
        return None
    paragraphs = [_header_paragraph([header], normalise)]
    for j, cells in rows:
        text, offsets = cells[0]
        for name, (cell, cell_offsets) in zip(names[1:], cells[1:]):
            lead = "，" + name + "："
            text, offsets = text + lead + cell, offsets + [cell_offsets[0]] * len(lead) + cell_offsets
        # (a row's end marked, at its last character: the next row's words are no phrase of its sums)
        text, offsets = text + "；", offsets + [offsets[-1]]
        paragraphs.append(TableParagraph(text, offsets + [offsets[-1] + 1], j + 1, sums=True))
    return Table(header, rows[-1][0], paragraphs)


# 补贴标准 / （元/人· / 月）: a measure its column's width wrapped
WRAPPED_MEASURE = re.compile(r"[（(](?:单位[：:])?(?:万|亿)?元/[^（）()]{0,4}")


def _measures_unwrapped(lines: list[str], normalise):
    """The lines with each wrapped measure on one line (its rest's line left blank, as a page's gap is), and ``normalise``
    giving that line's text and offsets whole (z366: a table's four sums had been lost)."""
    joined = {k: k + 1 for k in range(len(lines) - 1)  # ("元/" first: a cheap test, most files have no such line)
              if "元/" in lines[k] and WRAPPED_MEASURE.fullmatch(bare(lines[k])) and MONEY_HEADER.fullmatch(bare(lines[k]) + bare(lines[k + 1]))}
    if not joined:
        return lines, normalise
    lines = list(lines)
    for k, rest in joined.items():
        lines[k], lines[rest] = bare(lines[k]) + bare(lines[rest]), ""

    def whole(j: int) -> tuple[str, list[int]]:
        if j not in joined:
            return normalise(j)
        (first, at), (second, more) = normalise(j), normalise(joined[j])
        return first + second, at + more

    return lines, whole


def _table_at(lines, i, normalise, is_noise) -> Table | None:
    shape = _shape_at(lines, i, is_noise)
    if not shape:
        return None
    header, labels, figures, remark = shape

    short_rows: set[int] = set()  # rows whose first label cell is the row above's, merged over them and printed once

    def next_row(at: int) -> list[int] | None:
        cells = _row_cells(lines, at, labels + len(figures), header, is_noise)
        if len(cells) == labels + len(figures) and _is_row(lines, cells, labels, figures):
            return cells
        # 听力残疾 / 人工耳蜗植入手术 / 60000 / 助听器适配 / 8000: a category's cell merged over the rows under it, so the rows
        # after its first print one label fewer (h309 F1: every row after the first short one glued, its sums lost)
        cells = cells[: labels - 1 + len(figures)]
        if labels > 1 and at > header[-1] + 1 and len(cells) == labels - 1 + len(figures) and _is_row(lines, cells, labels - 1, figures):
            short_rows.add(cells[0])
            return cells
        return None

    def next_row_and_remark(at: int) -> list[int] | None:
        row = next_row(at)
        if row is None or not remark:
            return row
        if row[-1] + 1 < len(lines) and not lines[row[-1] + 1].strip():
            return row  # (an empty 备注 cell, a blank line: not the line after it, a signature's or a heading's: the review)
        after = _content_lines(lines, row[-1] + 1, 1, is_noise)
        return row + after if after and _remark_cell(lines, after[0]) and next_row(after[0]) is None else row

    rows = _rows_from(header[-1] + 1, next_row_and_remark)
    if len(rows) < MIN_ROWS:
        return None
    measured = _bare_measure_line_above(lines, i, is_noise)  # (单位：万元 over the header: the table's, not the title's line)
    i = measured if measured is not None else i
    paragraphs = [_header_paragraph(([measured] if measured is not None else []) + header, normalise)]
    bound = _cap(paragraphs[0].text) or _cap_of_the_lead_in(lines, i, is_noise)
    # (补贴标准（元/公里） / 单车年度补贴上限（万元）: the cap one column's own, not the other's: h291 F2)
    caps = [_cap(name) for name, _ in figures]
    per_column = caps if any(caps) and not all(caps) and all(name for name, _ in figures) else None
    uncounted = [(name, "") for name, _ in figures]  # a total row's figures: no sum paid, no measure after them
    for row in rows:
        own = labels - (row[0] in short_rows)
        cells = own + len(figures)
        paragraphs.append(_with_remark(_row_paragraph([normalise(j) for j in row[:cells]], own, uncounted, row[0] + 1)
                                       if TOTAL_ROW.fullmatch(bare(lines[row[0]]))
                                       else _row_paragraph([normalise(j) for j in row[:cells]], own, figures, row[0] + 1, bound, per_column),
                                       remark, [normalise(j) for j in row[cells:]]))
    return Table(i, rows[-1][-1], paragraphs)


# a 备注 cell closing a row: a few words, no sentence, no item's number or attachment's mark (the text after the table)
REMARK_CELL_MAX_CHARS = LABEL_MAX_CHARS


def _remark_cell(lines, j: int) -> bool:
    text = bare(lines[j])
    return (len(text) <= REMARK_CELL_MAX_CHARS and not _figure(lines[j]) and not SENTENCE_END.search(text) and "：" not in text
            and not ITEM_OPENS.match(text) and not text.startswith(("附件", "附表")))


def _with_remark(paragraph: TableParagraph, column: str, cells: list[tuple[str, list[int]]]) -> TableParagraph:
    """A row's paragraph with its 备注 cell after its sums (油茶新造：800元/亩，备注：分三年兑现), where it has one."""
    if not cells:
        return paragraph
    (cell, cell_offsets), = cells
    lead = "，" + column + "："
    text = paragraph.text.rstrip("；") + lead + cell
    offsets = paragraph.offsets[: len(paragraph.text.rstrip("；"))] + [cell_offsets[0]] * len(lead) + cell_offsets
    return TableParagraph(text, offsets + [offsets[-1] + 1], paragraph.line, sums=True)


def _bare_measure_line_above(lines, i, is_noise) -> int | None:
    """The line right above a table's header that states its measure alone (单位：万元), or None (h279 F2: joined to the
    annex's title, the part had lost its heading)."""
    before = _text_line_above(lines, i, is_noise)
    m = MEASURE_ABOVE.search(bare(lines[before])) if before is not None else None
    return before if m and m["bare"] else None


def _text_line_above(lines, i, is_noise) -> int | None:
    """The line with text right above line ``i`` (two lines back at most, past a page mark), or None."""
    return next((j for j in range(i - 1, max(-1, i - 3), -1) if lines[j].strip() and not is_noise(lines[j])), None)


def _shape_at(lines, i, is_noise) -> tuple[list[int], int, list[tuple[str, str]], str] | None:
    """From line i: the header's lines, how many label cells a row opens with, and for each figure of a row its column's
    name and measure (the measure empty where the column counts no money), and the name of a 备注 column closing the
    header (empty where none: a row's cell there is optional). The header is short cells, one of them naming
    a sum of money after the label columns; a row is a cell per label column, then its figures: one per column after the
    labels (人员类别 / 生活费补贴（元/人·天） / 最长补贴天数), or one per column under the money's (证书等级 / 补贴标准（元/人） /
    一般职业 / 紧缺职业)."""
    if not lines[i].strip() or is_noise(lines[i]):
        return None
    texts: list[int] = []
    at = i
    while len(texts) <= MAX_HEADER_CELLS + MAX_LABELS:  # the header's cells and the first row's labels, up to its first figure
        line = _content_lines(lines, at, 1, is_noise)
        if not line or _figure(lines[line[0]]):
            break
        text = bare(lines[line[0]])
        if len(text) > CELL_MAX_CHARS or SENTENCE_MARKS.search(text):
            return None
        texts.append(line[0])
        at = line[0] + 1
    money = [n for n, j in enumerate(texts) if MONEY_HEADER.fullmatch(bare(lines[j]))]
    if not money and (above := _measure_above(lines, i, is_noise)):
        shape = _shape_under_a_measure(lines, texts, at, above, is_noise)
        return (*shape, "") if shape else None
    if len(money) > 1:
        shape = _shape_of_sums_in_columns(lines, texts, at, money, is_noise)
        return (*shape, "") if shape else None
    if len(money) != 1 or money[0] == 0 or bare(lines[texts[money[0]]]).startswith(("（", "(")):
        return None  # (补贴标准 / （元/人·月）: the measure on a line of its own, the column's name above it: not read here)
    labels = money[0]
    header = texts[: len(texts) - labels]
    if len(header) <= labels or money[0] >= len(header) or not _names_columns(lines, header):
        return None
    first_figures = _figures_from(lines, at, is_noise)
    names = [bare(lines[j]) for j in header]
    # (造林方式 / 补助标准（元/亩） / 备注: the 备注 column last is a row's optional text cell, not a sub-column of the money's;
    # its empty cells flattened to blank lines, its filled ones a line after the sum: h284 F6, read as 备注：300元/亩)
    remark = names[-1] if len(names) > labels + 1 and names[-1] in REMARK_COLUMNS else ""
    names = names[:-1] if remark else names
    measure = MONEY_HEADER.fullmatch(names[labels])["measure"]
    after = names[labels + 1 :]
    per_column = [("", measure)] + [(name, "") for name in after]  # a figure per column: the money's, then others' (counts, days)
    with_lengths = _figures_from(lines, at, is_noise, lengths=True, most=len(names) - labels)  # (one row's: a review)
    if with_lengths > first_figures and with_lengths == len(names) - labels:
        return header, labels, per_column, remark  # (a length after the sum: 发放期限 / 36 个月, a blind test)
    if after and first_figures == len(after):  # the money's own sub-columns: every figure a sum
        return header, labels, [(name, measure) for name in after], remark
    return (header, labels, per_column, remark) if first_figures == len(names) - labels else None


REMARK_COLUMNS = ("备注", "说明")


CAP_COLUMN = re.compile(r"最高|上限|最多|不超过")


def _rows_from(at: int, next_row: Callable[[int], list[int] | None]) -> list[list[int]]:
    """The rows one after another from line ``at``, each its lines' indexes, until ``next_row`` finds none."""
    rows = []
    while (row := next_row(at)) is not None:
        rows.append(row)
        at = row[-1] + 1
    return rows


def _header_paragraph(header: list[int], normalise) -> TableParagraph:
    text, offsets = _joined([normalise(j) for j in header])
    return TableParagraph(text, offsets + [offsets[-1] + 1], header[0] + 1)


def _cap(header_text: str) -> str:
    """最高奖励（万元）, 奖励上限 / （万元）: the money's column names a cap, each figure one (the word read before it)."""
    return "最高" if CAP_COLUMN.search(header_text) else ""


# …，贷款最高额度按下表执行：, 补贴上限如下：: the lead-in's last phrase names the table's sums a cap (not 最高补助100万元，具体标准如下：)
CAPPED_LEAD_IN = re.compile(r"(?:^|[，,。；;])[^，,。；;]*?(?:最高|上限|最多|不超过)[^，,。；;]{0,16}?(?:如下|下表|下列)[^，,。；;]{0,8}[：:]$")
TABLE_TITLE = re.compile(r"(?:表\s*\d{1,2}[：:]?\s*)?[\u4e00-\u9fff（）()]{2,30}表")  # 表1 郑州市区居民生活用水阶梯价格表


def _cap_of_the_lead_in(lines, first, is_noise) -> str:
    """最高 where the sentence right above the table (past its title) names its sums a cap (h300 F5: 贷款最高额度按下表执行： /
    单位：万元 / …, each limit read as a fixed sum)."""
    above = _text_line_above(lines, first, is_noise)
    if above is not None and TABLE_TITLE.fullmatch(bare(lines[above])):
        above = _text_line_above(lines, above, is_noise)
    return "最高" if above is not None and CAPPED_LEAD_IN.search(bare(lines[above])) else ""
TOTAL_ROW = re.compile(r"合计|小计|总计")  # a table's sum of its rows: no sum paid
# 补贴标准如下（单位：元/人）： the measure of every figure of the table below, stated in the sentence before it (z255)
MEASURE_ABOVE = re.compile(rf"[（(]单位[：:](?P<measure>(?:万|亿)?元(?:/(?:{PER_HEADS}))*)[）)][：:]?$"
                           # (基本工资按岗位等级确定，标准如下（元/月）：: the lead-in's measure without 单位, before its colon: h306 F3)
                           rf"|(?<=如下|下表|所示)[（(](?P<led>(?:万|亿)?元(?:/(?:{PER_HEADS}))*)[）)][：:]$"
                           rf"|^[（(](?P<alone>(?:万|亿)?元(?:/(?:{PER_HEADS}))*)[）)]$"  # (…资助标准表 / （万元） / 类别 / …: z281)
                           rf"|^单位[：:](?P<bare>(?:万|亿)?元(?:/(?:{PER_HEADS}))*)$")  # (…补贴标准 / 单位：万元 / …: h279 F2)


def _measure_above(lines, i, is_noise) -> str:
    above = _text_line_above(lines, i, is_noise)
    m = MEASURE_ABOVE.search(bare(lines[above])) if above is not None else None
    return (m["measure"] or m["led"] or m["alone"] or m["bare"]) if m else ""


def _shape_under_a_measure(lines, texts, at, measure, is_noise):
    """务工地 / 交通补贴 / 稳定就业奖励 / 区外 / 2400 / 3000 under 标准如下（单位：元/人）：: one label column, then a figure per
    column, every one a sum in the measure stated above."""
    header = texts[:-1]
    if len(header) < 2 or not _names_columns(lines, header) or _figures_from(lines, at, is_noise) != len(header) - 1:
        return None
    # (单位：万元/辆 / 车辆类型 / 国三及以下 / 国四: no column names money, each names a tier of the one sum: h291 F1, none read)
    return header, 1, _columns_under_a_measure([bare(lines[j]) for j in header[1:]], measure)


# a column that counts money (补贴, 奖励, 标准 …), not people or days (人数, 期限)
MONEY_WORD = re.compile(r"补贴|补助|奖励|奖补|资助|标准|金额|资金|额度|费|贴息|工资|薪|价|税(?!率)")  # (水资源税 beside 水价: h301 F1)
# a column of counts, lengths, shares or words beside a table's tiers (人数, 期限, 比例, 备注): no sum in the measure above
NOT_A_TIER = re.compile(r"人数|户数|个数|次数|天数|月数|数量|名额|期限|年限|时间|日期|比例|比率|面积|备注|说明|名称|对象|条件|方式")


def _shape_of_sums_in_columns(lines, texts, at, money, is_noise):
    """学历（职称） / 购房补贴（万元） / 租赁补贴（元/月） / 博士研究生 / 40 / 2500: label columns, then columns each naming its own
    sum's measure, a figure each (z270)."""
    labels = money[0]
    # (… / 生活补贴（元/月） / 服务期（年）: a column of counts after the sums', each figure named by it: h283 F1, the table lost)
    after = [n for n in range(money[-1] + 1, len(texts) - labels) if _counts_column(bare(lines[texts[n]]))]
    header = texts[: len(texts) - labels]
    if money + after != list(range(labels, len(header))) or len(header) <= labels or not _names_columns(lines, header):
        return None
    if _figures_from(lines, at, is_noise) != len(money) + len(after):
        return None
    return header, labels, ([_column_and_measure(MONEY_HEADER.fullmatch(bare(lines[texts[n]]))) for n in money]
                            + [(bare(lines[texts[n]]), "") for n in after])


# 服务期（年）, 补贴期限（月）, 人数: a column of counts or lengths, no money
COUNTS_COLUMN = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[（(](?:年|月|个月|天|日|人|次|个|家|项)[）)])?")


def _counts_column(name: str) -> bool:
    return COUNTS_COLUMN.fullmatch(name) is not None and not MONEY_HEADER.fullmatch(name) and "元" not in name


COLUMN_BEFORE_MEASURE = re.compile(r"[（(](?:单位[：:])?$")  # 一般岗位（元/月） -> 一般岗位


def _column_and_measure(money: re.Match) -> tuple[str, str]:
    """A money header cell's column name (its words before the bracket) and measure: 一般岗位（元/月） -> 一般岗位, 元/月."""
    return COLUMN_BEFORE_MEASURE.sub("", money.group()[: money.start("measure")]), money["measure"]


MAX_LABEL_LINES = 4  # a row's label cells, a category's cell merged over rows among them (省内 / （区内） / 市内跨县（区）务工)


def _table_of_label_runs(lines, money, normalise, is_noise) -> Table | None:
    """务工地 / 补助标准 / （元/人） / 省内 / （区内） / 市内跨县（区）务工 / 200 / 区内其他设区市务工 / 300: the money column's measure on
    a line of its own under its name, the header's last cell; each row a run of short label lines (a category's cell merged
    over rows opens some) and one figure, the sum (z269: the table's four sums had been lost)."""
    measure = MONEY_HEADER.fullmatch(bare(lines[money]))
    if not bare(lines[money]).startswith(("（", "(")) or not measure:
        return None
    header = _header_before(lines, money, is_noise)
    if len(header) < 3 or not _names_columns(lines, header[:-1]) or any(bare(lines[j]) == "序号" for j in header):
        return None  # (a table numbered in a 序号 column is tables.py's: 序号 / 项目名称 / 总投资 / （亿元） / …)
    following = _content_lines(lines, money + 1, 1, is_noise)
    if following and column_name(bare(lines[following[0]])):  # 补贴标准 / （元/人·月） / 补贴期限: a text column after the money's
        return _measured_figures(lines, header + following, measure["measure"], normalise, is_noise)
    rows = _rows_from(money + 1, lambda at: _label_run_row(lines, at, header, is_noise))
    if len(rows) < MIN_ROWS:
        return None
    paragraphs = [_header_paragraph(header, normalise)]
    bound = _cap(paragraphs[0].text) or _cap_of_the_lead_in(lines, header[0], is_noise)
    for row in rows:
        label = _label_cells_joined([normalise(j) for j in row[:-1]])
        figures = [("", "")] if TOTAL_ROW.fullmatch(label[0]) else [("", measure["measure"])]  # (合计: no sum paid)
        paragraphs.append(_row_paragraph([label, normalise(row[-1])], 1, figures, row[0] + 1, bound))
    return Table(header[0], rows[-1][-1], paragraphs)


MAX_CHUNK_LINES = 8  # lines between two figures: a row's labels and the text cell before them


def _measured_figures(lines, header, measure, normalise, is_noise) -> Table | None:
    """作物 / 补贴标准 / （元/亩） / 备注 / 玉米 / 43 / 含青贮玉米 / 大豆 / 356 / …: with a text column after the money's, which lines
    are a row's labels and which the text cell before them cannot be told apart; each figure still reads as the sum it is
    (43元/亩), the lines before it since the last figure a paragraph with it (z273, z248: the sums had been lost)."""
    def next_chunk(at: int) -> list[int] | None:
        chunk = _row_cells(lines, at, MAX_CHUNK_LINES, header, is_noise)
        end = next((n for n, j in enumerate(chunk) if _figure(lines[j])), None)
        if not end or any(len(bare(lines[j])) > LABEL_MAX_CHARS for j in chunk[:end]):
            return None
        return chunk[: end + 1]

    chunks = _rows_from(header[-1] + 1, next_chunk)
    if len(chunks) < MIN_ROWS:
        return None
    paragraphs = [_header_paragraph(header, normalise)]
    paragraphs += [_row_paragraph([_joined([normalise(j) for j in chunk[:-1]]), normalise(chunk[-1])], 1, [("", measure)], chunk[0] + 1)
                   for chunk in chunks]
    return Table(header[0], chunks[-1][-1], paragraphs)


DASH_CELL = re.compile(r"[—－\-–/／]+|无")  # a money column's cell with no sum: no standard, or no cap (z289)
MAX_MONEY_COLUMNS = 3


def _table_of_money_columns(lines, money, normalise, is_noise) -> Table | None:
    """类别 / 适用范围 / 公益性岗位补贴 / （元/人/年） / 吸纳就业岗位补贴 / （元/人/年） / 一类区 / 城东区、…开发区 / 19 200 / 3 600:
    label columns (a text column among them, its cells long or wrapped), then money columns, each naming its measure (on
    a line of its own under its name, or 上限（万元） after the name's first part); a row's label lines, then a figure or a
    dash per money column (fewer where the last columns' cells are merged over rows). The lines before a row's figures
    cannot be told apart into cells: the row's paragraph gives them as one, then each sum after its column's name
    (z299's six sums and z289's eight had been lost)."""
    header = _header_before(lines, money, is_noise)
    header += _money_header_after(lines, money, is_noise)
    columns = _money_columns(lines, header)
    if not columns or len(columns) > MAX_MONEY_COLUMNS or not _names_columns(lines, header):
        return None

    def next_row(at: int) -> list[int] | None:
        cells = _row_cells(lines, at, MAX_CHUNK_LINES + len(columns), header, is_noise)
        end = next((n for n, j in enumerate(cells) if _money_cell(lines, j)), None)
        if not end or any(SENTENCE_END.search(lines[j]) or ITEM_OPENS.match(bare(lines[j])) for j in cells[:end]):
            return None  # (an item after the table, 三、…见下表 / 县区 / 岗位数 / 城东区 / 120: the review)
        run = end
        while run < len(cells) and run - end < len(columns) and _money_cell(lines, cells[run]):
            run += 1
        return cells[:run]

    rows = _rows_from(header[-1] + 1, next_row)
    if len(rows) < MIN_ROWS or not any(_figure(lines[j]) for row in rows for j in row):
        return None
    paragraphs = [_header_paragraph(header, normalise)]
    for row in rows:
        labels = [j for j in row if not _money_cell(lines, j)]
        figures = [(j, column) for j, column in zip(row[len(labels):], columns) if _figure(lines[j])]
        if not figures:  # (a row of dashes: no sum)
            paragraphs.append(TableParagraph(*_joined([normalise(j) for j in labels]), row[0] + 1))
            continue
        paragraphs.append(_row_paragraph([_joined([normalise(j) for j in labels])] + [normalise(j) for j, _ in figures], 1,
                                         [(name, measure) for _, (name, measure) in figures], row[0] + 1,
                                         per_column_bound=[_cap(name) for _, (name, _) in figures]))
    return Table(header[0], rows[-1][-1], paragraphs)


SENTENCE_END = re.compile(r"[。；;]")


def _money_cell(lines: list[str], j: int) -> bool:
    """A figure (not a year its date goes on from: 本通知自 / 2024 / 年1月1日起施行) or a dash."""
    return _figure(lines[j]) and not year_cut_from_its_date(lines, j) or DASH_CELL.fullmatch(bare(lines[j])) is not None


# 三、…, （二）…, 第五条…: an item's number opening a line ends a table
ITEM_OPENS = re.compile(r"(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十百]+[条章节])")  # (not 1.初级工: a row's label)


def _money_header_after(lines, money, is_noise) -> list[int]:
    """The header's lines after its first measure, up to its last (吸纳就业岗位补贴 / （元/人/年））: none where no other
    measure follows within the header's reach."""
    ahead = _content_lines(lines, money + 1, MAX_HEADER_CELLS, is_noise)
    last = max((n for n, j in enumerate(ahead) if MONEY_HEADER.fullmatch(bare(lines[j]))), default=-1)
    return ahead[: last + 1]


def _money_columns(lines, header) -> list[tuple[str, str]]:
    """(name, measure) of each money column of ``header``: a cell naming its measure; a measure alone on its line is the
    cell above's (补贴 / （元/人/年）), and the cells after the first money column's name open the next one's (单个机构年度 /
    上限（万元））. Empty unless one or two label columns come first."""
    texts = [bare(lines[j]) for j in header]
    measured = [n for n, text in enumerate(texts) if MONEY_HEADER.fullmatch(text)]
    if not measured:
        return []
    first = measured[0] - 1 if texts[measured[0]].startswith(("（", "(")) else measured[0]
    # (年用气量 / （立方米） / 销售价格 / （元/立方米）: a label column's measure on a line of its own, no column of its own: h301 F1)
    labels = [text for text in texts[:first] if not _counted_measure(text)]
    if not 1 <= len(labels) <= MAX_LABELS or _counted_measure(texts[0]) or measured[-1] != len(texts) - 1:
        return []
    columns, start = [], first
    for n in measured:
        name, measure = _column_and_measure(MONEY_HEADER.fullmatch(texts[n]))
        columns.append(("".join(texts[start:n]) + name, measure))
        start = n + 1
    return columns


def _counted_measure(text: str) -> bool:
    """（立方米）, （户）: a measure of what a column counts, on a line of its own, no money's."""
    return (m := MEASURE_CELL.fullmatch(text)) is not None and not m["money"] and "元" not in text


def _header_before(lines, money, is_noise, standards: bool = False) -> list[int]:
    """The header's lines up to the measure's: short cells without figures back to a sentence or a heading's colon (with
    ``standards``, past a cell naming a standard: 原标准 / 新标准 / 单位)."""
    header = [money]
    at = money - 1
    while at >= 0 and len(header) <= MAX_HEADER_CELLS:
        if not lines[at].strip() or is_noise(lines[at]):
            at -= 1
            continue
        text = bare(lines[at])
        if (len(text) > CELL_MAX_CHARS or SENTENCE_MARKS.search(text) or re.search(r"\d", text)
                or len(header) > 1 and NOT_A_HEADER_CELL.search(text) and not (standards and text.endswith("标准"))):
            # (the money's name, 补助标准, above its measure)
            break
        header.insert(0, at)
        at -= 1
    return header


# 附件 / 一次性交通补助标准 / 务工地 …, （三）补助标准 / 务工地 …: an attachment's mark, a table's title, a heading: no column's name
NOT_A_HEADER_CELL = re.compile(r"^(?:附件|附表|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)|(?:标准|表|清单|目录)$")


def _label_run_row(lines, at, header, is_noise) -> list[int] | None:
    """The next row from ``at``: up to MAX_LABEL_LINES short label lines, then a figure (the header repeated atop a page
    passed over); None where none follows."""
    cells = _row_cells(lines, at, MAX_LABEL_LINES + 1, header, is_noise)
    for n, j in enumerate(cells):
        text = bare(lines[j])
        if _figure(lines[j]):
            return cells[: n + 1] if n else None
        if len(text) > LABEL_MAX_CHARS or SENTENCE_MARKS.search(text) or re.search(r"\d", text):
            return None  # (a label holds no figure: 最长不超过3 年 is another column's cell)
    return None


def _label_cells_joined(cells: list[tuple[str, list[int]]]) -> tuple[str, list[int]]:
    """省内 / （区内） / 市内跨县（区）务工 -> 省内（区内），市内跨县（区）务工; 灵活就业人员社 / 会保险补贴 -> 灵活就业人员社会保险补贴: a
    line goes on the cell before it (a wrapped cell, or its bracket) unless that cell closed a bracket (a merged cell's)."""
    text, offsets = "", []
    for cell, cell_offsets in cells:
        if text.endswith(("）", ")")) and not cell.startswith(("（", "(")):
            text, offsets = text + "，", offsets + [cell_offsets[0]]
        text, offsets = text + cell, offsets + cell_offsets
    return text, offsets


def _names_columns(lines, header) -> bool:
    """A header names columns: no figure in it (最长不超过3 年 is a cell's, after the header repeated atop a page)."""
    return not any(re.search(r"\d", bare(lines[j])) for j in header)


MAX_HEADER_CELLS = 5
MAX_LABELS = 2


def _row_cells(lines, at, count, header, is_noise) -> list[int]:
    """The next ``count`` cells of a row from ``at``, past the header repeated atop a page, before the row or inside it
    (区内市外 / 800 / # Page / 务工地 / 交通补贴 / 稳定就业奖励 / 1500)."""
    names = [bare(lines[j]) for j in header]
    cells: list[int] = []
    while len(cells) < count:
        line = _content_lines(lines, at, 1, is_noise)
        if not line:
            break
        again = _content_lines(lines, line[0], len(header), is_noise)
        if [bare(lines[j]) for j in again] == names:
            at = again[-1] + 1
            continue
        cells.append(line[0])
        at = line[0] + 1
    return cells


def _figures_from(lines, at, is_noise, lengths: bool = False, most: int | None = None) -> int:
    """How many figures follow each other from line ``at`` (after the first, lengths too with ``lengths``), ``most`` at most."""
    count = 0
    while most is None or count < most:
        line = _content_lines(lines, at, 1, is_noise)
        if not line or not _figure(lines[line[0]], lengths=lengths and count > 0):
            return count
        count, at = count + 1, line[0] + 1
    return count


def _is_row(lines, cells, labels: int, figures: list[tuple[str, str]] | None = None) -> bool:
    """A row: its label cells, then a figure per column (a length in a column counting no money)."""
    texts = [bare(lines[j]) for j in cells]
    measures = [measure for _, measure in figures] if figures else [None] * (len(cells) - labels)
    return (all(_figure(lines[j], lengths=measure == "") for j, measure in zip(cells[labels:], measures)) and all(
        text and len(text) <= LABEL_MAX_CHARS and not SENTENCE_MARKS.search(text) and not _figure(text)
        for text in texts[:labels]))


def _content_lines(lines, at, count, is_noise) -> list[int]:
    """The next ``count`` lines with text from ``at``, page marks left out."""
    out = []
    while at < len(lines) and len(out) < count:
        figure = _figure(lines[at]) and not (lines[at].strip().isdecimal() and folio_beside_its_mark(lines, at))
        if lines[at].strip() and not is_noise(lines[at]) or figure:
            out.append(at)
        at += 1
    return out


def _joined(parts: list[tuple[str, list[int]]]) -> tuple[str, list[int]]:
    return "".join(t for t, _ in parts), [o for _, offs in parts for o in offs]


MEASURE_ALTERNATIVES = re.compile(rf"(?P<money>(?:万|亿)?元)/(?P<first>{'|'.join(ANIMAL_COUNTS)}){MEASURE_OR_ANOTHER}+")


def _measure_of_the_row(measure: str, label: str) -> str:
    """元/头、元/羽 over 生猪 / 家禽: the row's own, the count word of the kind its label names (元/头 for a pig, 元/羽 for a
    bird; the narrowest first: a sheep is counted 只 before 头); the money alone where the label names no kind one counts
    (h293 F2b: the measure of every row lost). Any other measure stays as it is."""
    if not (m := MEASURE_ALTERNATIVES.fullmatch(measure)):
        return measure
    listed = {m["first"], *re.findall("|".join(ANIMAL_COUNTS), measure[m.end("first"):])}
    word = next((w for w, kinds in ANIMAL_COUNTS.items() if w in listed and re.search(kinds, label)), None)
    return f"{m['money']}/{word}" if word else m["money"]


def _figure_parts(figure: str, offsets: list[int]) -> list[tuple[str, list[int]]]:
    """A figure cell's parts and the + between them (20000+5000: 20000, +, 5000); a figure alone its one part."""
    parts, start = [], 0
    for m in re.finditer(r"[+＋]", figure):
        parts += [(figure[start : m.start()], offsets[start : m.start()]), (m.group(), offsets[m.start() : m.end()])]
        start = m.end()
    return parts + [(figure[start:], offsets[start:])]


def _row_paragraph(cells: list[tuple[str, list[int]]], labels: int, figures: list[tuple[str, str]], line: int,
                   bound: str = "", per_column_bound: list[str] | None = None) -> TableParagraph:
    """电工，五级/初级工：1000元/人; 初级工（五级），一般职业：1000元/人，紧缺职业：1300元/人; 脱贫劳动力：60元/人·天，最长补贴天数：30.
    The label cells parted by ，, each figure after its column's name (the words added at the figure's offsets) and ：, and
    a sum's measure after it (at the figure's last offset: a sum's span is its figure as printed); ``bound`` (最高) before
    each figure where the money's column names a cap (最高奖励（万元）), or ``per_column_bound``'s where only some do."""
    text, offsets = "", []
    for n, (cell, cell_offsets) in enumerate(cells[:labels]):
        if n:
            text, offsets = text + "，", offsets + [cell_offsets[0]]
        text, offsets = text + cell, offsets + cell_offsets
    for n, ((figure, figure_offsets), (name, measure)) in enumerate(zip(cells[labels:], figures)):
        if DASH_CELL.fullmatch(figure):  # (180 — : no sum in that column, none written, not 副职：—元/月: h306 F2)
            continue
        cap = per_column_bound[n] if per_column_bound else bound
        lead = "，" + name + "：" + cap if name else "：" + cap
        text, offsets = text + lead, offsets + [figure_offsets[0]] * len(lead)
        measure = _measure_of_the_row(measure, "".join(c for c, _ in cells[:labels]))
        for part, part_offsets in _figure_parts(figure, figure_offsets):
            text, offsets = text + part, offsets + part_offsets
            if part not in ("+", "＋"):  # (20000+5000: each part a sum, its measure after it, 20000元/人·年+5000元/人·年)
                after = _after_the_figure(part, measure)
                text, offsets = text + after, offsets + [part_offsets[-1]] * len(after)
    if sum(1 for name, _ in figures if name) > 1:
        # (a row of figures each after its column's name: its end marked, at its last character, or its last sum's phrase
        # runs on into the next row's label; 城市低保标准 / 770 / 810 / 城市特困人员基本生活标准: 810 had taken the next row's
        # group, h289 F2)
        text, offsets = text + "；", offsets + [offsets[-1]]
    return TableParagraph(text, offsets + [offsets[-1] + 1], line, sums=True)
