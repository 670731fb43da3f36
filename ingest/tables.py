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
a unit column, followed by rows numbered 1, 2, 3 …, is read as a table; or a list keyed by its item's
name (事项名称 / 法定时限 / 承诺时限 / 实施部门, no 序号), whose rows each end with their unit cell.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .identity import DOC_NUMBER_RE, abbreviation_start
from .periods import DUE_VERB
from .places import NATIONAL_ISSUERS, gazetteer, is_national_issuer
from .units import (
    AGENCY_LABELS,
    BARE_ZONE,
    CONTACT_COLUMN_NAME,
    DISTRIBUTIVE,
    DIVISION,
    INTERNAL_BUREAU_CELL,
    LABELS,
    LEAD_MARK,
    MINISTRY_DIVISION,
    NATIONAL_SHORT_NAMES,
    NATIONAL_UNITS,
    PERSON_COLUMN_NAME,
    TIME_COLUMN_NAME,
    TOWN_ALONE,
    TOWN_ORGAN,
    ZONE_NAME_MAX,
    assigns_roles,
    body_where_it_is,
    find_responsibility_group,
    is_bare_department,
    list_items,
    split_top_level,
)

# A header's cells: 序号, the unit columns (the labels units.py reads: 牵头单位, 责任部门, 配合单位 …), a
# time column (units.OTHER_COLUMNS: 完成时限, 时间节点 …) and others named by what they hold (指标名称,
# 重点任务, 主要内容, 改革事项, 工作目标, 备注 …): a short name ending in such a noun
UNIT_COLUMN = re.compile(f"{LABELS}|{AGENCY_LABELS}")
TIME_COLUMN = re.compile(TIME_COLUMN_NAME)
SCORE_WORDS = "分值|权重|分数|得分|满分|扣分"  # a scoring table's score column (SCORE_COLUMN)
COLUMN_NOUN = (r"(?:名称|任务|事项|内容|措施|举措|工作|指标|目标|要求|领域|环节|类别|类型|层级|项目|依据|标准|成效|成果|形式|方式|分工|备注|清单|对象|阶段"  # (审批阶段: h164)
               r"|条件|金额|额度|期限|时间|问题|描述|说明|表现|行为|情形|投资|投资额|规模|地点|年限|材料|条款|等级|级别|档次|频次|频率|目标值|指标值"
               rf"|行业|{SCORE_WORDS}|评分|方法|区域|范围"
               r"|上限|限额|比例|数量|户数|任务数|人数|奖励|补贴|补助|奖补|资助)")  # (序号 / 贷款对象 / 额度上限（万元） / 财政贴息比例: a loan table's, h216)
# 问题: a list of problems to fix (问题描述: z235; 政策条款: z245); 行业: 序号 行业 涉及事项 主管部门 (z387); a scoring table's
# 考核指标 / 分值 / 评分标准 and a payment table's 服务区域 / 补贴标准 (blind tests)
# (two of them joined: 支持对象及标准, 申报条件和材料)
# (an indicator table's 单位 (the measure) and its years: 指标名称 / 单位 / 2023年 / 2024年 / 2025年 / 责任单位)
# the places a table's rows are for (旗县（市、区） / 改造任务（户） / 责任单位: an annex's allotment by place, h270)
PLACE_COLUMN = (r"(?:(?:设区市|地市|市州|盟市|县区|区县|旗县|县市区|旗县市区|县市|地区|城市|乡镇|镇街|街镇)"
                r"|[市县区州盟旗乡镇])(?:[（(][市县区旗州镇乡街道、]{1,8}[）)])?")
PLACE_COLUMN_RE = re.compile(PLACE_COLUMN)
OTHER_COLUMN = re.compile(rf"序号|文号|发文字号|文件编号|发文文号|标题|{CONTACT_COLUMN_NAME}|(?:计量)?单位|{PLACE_COLUMN}|(?:所在)?区域|\d{{4}}年度?(?:目标值?|预期值?)?|(?:\d{{4}}年度?)?[\u4e00-\u9fff]{{0,4}}?{COLUMN_NOUN}"
                          rf"(?:[及和与、][\u4e00-\u9fff]{{0,4}}?{COLUMN_NOUN})?")
# the official in charge of a task (顾立明副市长): a person, no unit
PERSON_COLUMN = re.compile(PERSON_COLUMN_NAME)
# a header cell's measure on a line of its own (总投资 / （亿元）), or a year on the line before its name (2023 年 / 计划投资)
MEASURE_CELL = re.compile(r"[（(](?:(?P<money>[万亿]?元(?:/[\u4e00-\u9fff·]{1,4})*)|[万亿]?美元|个|人|家|项|%|[万千]?亩|公里|[万]?平方米"
                          r"|[万千]?户|套|辆|台|[万]?吨|人次|座|处|所|间|公顷|[万]?千瓦|兆瓦|立方米"  # (改造任务（户）: h270)
                          r"|个?工作日|天|日|小时|个月)[）)]")  # (办理时限 / （工作日）: a blind test, the table had been lost)
YEAR_OF_COLUMN = re.compile(r"\d{4}年度?")
# a table of what is paid (序号 / 补贴项目 / 补贴对象 / 补贴标准 / 申报时间): no unit column, a row a payment
PAYMENT_COLUMN = re.compile(r"[\u4e00-\u9fff]{0,4}(?:标准|金额|额度|上限|限额|比例|奖励|补贴|补助|奖补|资助)")  # (落户奖励: h273 F1)
CONTENT_COLUMNS = ("主要内容", "任务内容", "工作内容", "具体内容", "具体措施", "主要措施", "工作措施", "政策措施", "举措", "具体举措",
                   "主要举措", "工作举措", "改革内容", "整改措施", "改革举措", "重点举措", "改革措施",  # (改革举措: a blind test)
                   "具体任务", "具体工作")  # (改革事项 / 具体任务: the category, then the task, a blind test: glued)
# a 任务 column after a field's (重点领域 / 主要任务: a blind test's field ran into the task); first, or after another
# column (指标名称 / 改革任务), a 任务 column is itself the row's heading
TASKS_AFTER_A_FIELD = ("主要任务", "工作任务", "重点任务", "改革任务")


def is_content_column(name: str, after: str = "") -> bool:
    """What a row says, after its heading's column ``after``: 具体措施, 工作内容, and 主要任务 after 重点领域."""
    return name in CONTENT_COLUMNS or name in TASKS_AFTER_A_FIELD and after.endswith("领域")
# An organ's name ending (units.ORG_END, but a bank ends one only alone: 人民银行 / 天津分行 is one name; 兵团 opens
# its bodies' names: 兵团市场监管局)
ORGAN_END_RE = re.compile(r"(?:[局委办厅院部会署处室队所心司组站社府位门构联场馆]|(?<=驻[\u4e00-\u9fff]各)(?:高校|院校)|(?<=驻[\u4e00-\u9fff]{2}各)(?:高校|院校)|(?<!兵)团|海关|机关|(?<!人民)(?<!开发)银行|分行|支行|属国企|属国有企业"
                          r"|(?<=兵团)第[一二三四五六七八九十]{1,3}师)\Z")  # 兵团第十二师: a corps division (\Z: $ would end a name at a line break after it)
# every school, kindergarten or hospital of the place (各中小学校, 各乡镇中心学校, 各幼儿园, 各乡镇卫生院): bodies a cell names
EVERY_SCHOOL = re.compile(r"各[\u4e00-\u9fff]{0,8}?(?:学校|中学|小学|幼儿园|高校|院校|医院|卫生院)")
ALIAS_AFTER = re.compile(r"[（(][^（）()]{1,16}[）)]$")  # an organ's other name after it, in brackets
# a zone's own body opens a cell with no level before it (前海管理局, 高新区管委会, 深汕特别合作区管委会)
YOUTH_LEAGUE_REST = re.compile(r"[省市区县]委")
ZONE_BODY = re.compile(r"[\u4e00-\u9fff]{2,16}(?:管委会|管理委员会|管委|工委)|[\u4e00-\u9fff]{2,12}(?:区|园|港)?管理局")
# (新区市场监管局: a new area's own bodies, z249)
UNIT_START = re.compile(r"(?:新区(?=[\u4e00-\u9fff]{2,14}(?:局|委|办|中心|室|部)(?:$|、|，|（))|国家|国务院|国网|中国|中共|共青团|团(?=[省市区县]委)|人民银行|人行|自治区|省|市|区|县|州|盟|旗|地区|兵团|各|有关|相关"
                        r"|驻[\u4e00-\u9fff]{1,3}各"  # 驻哈各高校: the bodies seated in a place (z332)
                        # 厅财务审计处, 厅直各单位: a department's own divisions and units in its own plan (z416: read as the task's)
                        r"|厅(?=直|[\u4e00-\u9fff]{2,10}(?:处|室|中心)(?:$|、|，|（))"
                        # 地级以上市生态环境局, 设区市交通运输局: a level's bodies (z357; not …新认定一批 / 设区市级重点实验室, a
                        # task's words: the review)
                        r"|(?:地级(?:以上)?市|设区的?市)(?!级))")
TASK_NUMBER = re.compile(r"^\d{1,3}[.．、]")
ITEM_AFTER_ROWS = re.compile(r"(?P<n>\d{1,3})[.．、][\u4e00-\u9fff“《][^。]{2,}")  # 11.加快惠企资金直达快享。…
# a new area's body whose name the page cut before its organ (新区人 / (next page) 社局, z259): UNIT_START wants the organ
NEW_AREA_CUT = re.compile(r"新区[\u4e00-\u9fff]{1,4}")
# a time cell's line: a date or a span, or how often (每季度, 定期); 前 only at the end (not 前海管理局)
# a service's time limit (办理时限): 5 个工作日, 0.5个工作日, 承诺5个工作日, 1个工作日内办结, 2小时, 即时办结, 即来即办, 当天办结
SERVICE_LIMIT = (r"(?:(?:法定|承诺)\s*)?(?:\d{1,3}(?:\.\d)?|半)\s*(?:个?(?:工作日|自然日|日|天|小时)|个月)(?:内|以内)?(?:补正|补齐|办结|完成)?"
                 r"(?:[（(](?:承诺|法定)[）)])?")
SERVICE_INSTANT = (r"(?:即时|实时|当场|当日|当天|即来即)(?:办结|办理|办)?|即办件?"
                   r"|(?:即申|免申)即(?:享|兑|办)|及时兑现|随时(?:受理|申报|办理)")  # (a 兑现时间 cell, no date: h228, the units lost)
# (由15 个工作日压缩至5 个工作日, 压缩至3 个工作日: the limit cut, a 一件事 list's time column, a blind test: the row lost its units)
LIMIT_CUT = rf"(?:(?:由|从)\s*(?:{SERVICE_LIMIT})\s*)?(?:(?:压缩|压减|缩短|减少|缩减)(?:至|到|为))?\s*"
SERVICE_TIME = rf"{LIMIT_CUT}(?:{SERVICE_LIMIT}|{SERVICE_INSTANT})"
TIME_CELL = re.compile(r"(?:\d{4}\s*年|\d{1,2}\s*月|长期|持续|常态化|年底|年内|底前|前$|^每(?:年|半年|季度?|月|周|学期)|^定期|^按季度|^逐年|^立行立改|^第?[一二三四1-4]\s*季度|^[—－-]$"
                       r"|^自[\u4e00-\u9fff]{1,8}之日起"  # (自发文之日起3 个 / 月内: z264)
                       r"|^常年|^按月"  # (常年受理，按月发放: z287)
                       r"|^(?:全年|全年度)$"  # (a 完成时限 cell: the whole year, h315 F4)
                       # 认定公布后30 / 日内, 申报受理后20 个 / 工作日内: a time after an event (z457, z458)
                       r"|^(?![年月日号])(?:(?![局委办厅署府])[\u4e00-\u9fff]){2,8}?后\s*\d{1,3}\s*(?:个(?:工作日|月)?|工作日|日|天)?(?:内|以内)?$|^个?(?:工作日|日|天)(?:内|以内)$"
                       rf"|^{LIMIT_CUT}(?:{SERVICE_LIMIT})|(?:{SERVICE_INSTANT})$)")  # a dash alone: the cell is empty
# a whole time cell wrapped over lines that alone are no time (2023 年6 月 / 底前并长期 / 坚持, 2023 年上半 / 年)
TIME_CELL_WHOLE = re.compile(r"(?:\d{4}\s*年度?|\d{1,2}\s*月份?|\d{1,2}\s*日|[上下]半年|第?[一二三四1-4]\s*季度|[上中下]旬|年[底内末中]|月[底末]|底|末"
                             r"|前|起|以前|之前|全年|长期(?:坚持|执行|有效)?|持续(?:推进|实施|开展)?|常态化(?:推进|开展)?|每(?:年|半年|季度?|月|周|学期)|定期|按季度|逐年|立行立改"
                             # 每半年通报一 / 次, 每季度调度一 / 次: what is done every period, wrapped
                             r"|(?<=[年月季度周])(?:通报|报送|调度|督查|报告|更新|评估|调整)(?:一|1)?\s*次?(?:进展|情况)?|(?<=一)次|(?<=1)\s*次"
                             rf"|{SERVICE_TIME}|办结|(?<=[内前])补正|(?<=[内前])补齐|(?<=补)正"
                             # 2023 年12 月 / 底前完成清 / 单动态调整, …底前出台实 / 施细则: what is done by then
                             # (…底前兑现首 / 批补贴; …底前出台清单， / 此后每季度调度, …前建立台账， / 后续动态更新: z227)
                             r"|(?<=前)" + DUE_VERB.pattern + r"[\u4e00-\u9fff并]{0,10}(?=$|[，,])"
                             r"|(?<=[，,])(?:此后|之后|以后|后续|并)[\u4e00-\u9fff]{0,10}$"
                             r"|常年(?:受理|申报|开放)?|按(?:月|季度|年)(?:发放|拨付|兑现|申报|受理)?"
                             r"|自[\u4e00-\u9fff]{1,8}之日起|(?<=之日起)\d{1,3}\s*(?:个(?:工作日|月)?|工作日|天)(?:内|以内)?|(?<=个)月(?:内|以内)?"
                             # 材料齐全后30 日内, 申报受理后20 个工作日内 (the event opening the cell: not a measure's 月 before
                             # it, z378); 每年3 月、9 月集中兑现 (z457, z458)
                             r"|^(?![年月日号])(?:(?![局委办厅署府])[\u4e00-\u9fff]){2,8}?后(?=\s*\d)|(?<=后)\s*\d{1,3}\s*(?:个(?:工作日|月)?|工作日|日|天)(?:内|以内)?"
                             r"|(?<=月)(?:集中)?(?:兑现|发放|拨付|受理|申报)"
                             r"|[并和及、，,至—－~\-]|\s)+")
SENTENCE_END = re.compile(r"[。！？]")  # a line holding one ends a sentence: no unit cell goes on past it
# a signature (normalize's ISSUER_LINE and DATE_LINE, which imports this module)
SIGNING_BODY = re.compile(r"^[\u4e00-\u9fff（）]{2,30}(?:人民政府|办公厅|办公室|委员会|公署|政府|厅|局|委)$")
SIGNED_DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
TABLE_END = re.compile(r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+(?:[条章]|部分)|附件|附表|（此件|抄送|[（(]?(?:备)?注[：:]|说明[：:]|.{2,30}印发$|\d{4}年\d{1,2}月\d{1,2}日$"
                       r"|(?:【(?:打印|关闭|打印本页|关闭窗口|收藏|纠错)】)+|扫一扫在手机)")  # a web page's buttons after the table
EMPTY_CELL = "—－-"
EMPTY_WRITTEN = {"/", "／", "无", "\\"}
# a department's own office and its collectives in its own table (办公室, 委机关各处室, 委属各单位)
OWN_COLLECTIVE_INSIDE = re.compile(r"[厅局委]机关")
OWN_COLLECTIVE_OPENS = re.compile(r"(?:[厅局委办]属|[厅局委]机关)各")
OWN_COLLECTIVE = re.compile(r"办公室|(?:[厅局委办]属|[厅局委]机关)?各(?:处室|单位|直属单位|处|科室)")
MAX_SHORT_CELL_LINES = 3  # a time cell's or a closing text cell's lines at most
MAX_TIME_CELL_LINES = 4  # a time cell read whole (立行立改， / 2023 年12 月 / 底前完成清 / 单动态调整)
MAX_UNIT_LINES = 40  # closing lines of a row looked at for its unit cells
MAX_NAME = 40  # characters: longer is no unit's name


@dataclass
class TableParagraph:
    text: str
    offsets: list[int]  # one per character, then the end offset
    line: int  # 1-based line where the cell starts
    row: bool = False  # a row of the table, its cells joined: one clause, whatever numbers its cells hold
    sums: bool = False  # a payment table's row (figures.py): a sum paid, a clause of an annex that has no items


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
        table = _read_table(lines, i, body, columns, normalise, is_noise) if columns else None
        if not columns and (keyed := _unnumbered_header_at(lines, i))[0]:
            table = _read_unnumbered_table(lines, i, keyed[1], ["序号", *keyed[0]], normalise, is_noise)
        elif not columns and (places := _place_header_at(lines[i])):
            table = _read_place_table(lines, i, places, normalise, is_noise)
        if table:
            tables.append(table)
            i = table.last + 1
            continue
        i += 1
    return tables


UNNUMBERED_MIN_COLUMNS = 3


def _unnumbered_header_at(lines: list[str], i: int) -> tuple[list[str], int]:
    """事项名称 / 法定时限 / 承诺时限 / 实施部门: a header with no 序号, a cell a line, its last column the units' and a time
    column before it (a service or stage list keyed by its item's name: two blind tests, h141 and h152, lost whole tables);
    the column names and the index of the line after them, or ([], i)."""
    names, j = [], i
    while j < len(lines) and (name := column_name(bare(lines[j]))) is not None and name not in names and name != "序号":
        names.append(name)
        j += 1
    unit_columns = [k for k, n in enumerate(names) if is_unit_column(n)]
    # (or 政策名称 / 政策内容 / 责任单位 / 执行期限: the time column after the units', h179: a 政策清单 lost whole)
    ordered = ((unit_columns == [len(names) - 1] and any(is_time_column(n) for n in names))
               or (unit_columns == [len(names) - 2] and is_time_column(names[-1])))
    ok = len(names) >= UNNUMBERED_MIN_COLUMNS and ordered and TASK_COLUMN.search(names[0]) is not None
    return (names, j) if ok else ([], i)


def _place_header_at(line: str) -> list[str]:
    """旗县（市、区） 改造任务（户） 责任单位: a header spaced on one line, no 序号, its first column the places the rows are
    for and a unit column among the rest (an annex's allotment of a task by place, h270: the table lost); its column
    names, or []."""
    if not place_header(line):
        return []
    names = [column_name(cell) for cell in _years_joined(line.split())]
    if len(names) < UNNUMBERED_MIN_COLUMNS or None in names or len(set(names)) < len(names):
        return []
    return names if any(is_unit_column(n) for n in names[1:]) else []


def place_header(line: str) -> bool:
    """A line that may be a ``_place_header_at`` header: cells spaced apart, the first naming a place column."""
    cells = line.split(maxsplit=UNNUMBERED_MIN_COLUMNS - 1)
    return len(cells) >= UNNUMBERED_MIN_COLUMNS and PLACE_COLUMN_RE.fullmatch(cells[0]) is not None


def _counted_columns(header: str) -> dict[str, str]:
    """改造任务（户） on a spaced header: each column of counts by its name, with its measure (户)."""
    return {name: m.group()[1:-1] for cell in _years_joined(header.split())
            if (m := _measure_after_name(cell)) and not m["money"] and (name := column_name(cell))}


def _read_place_table(lines, first, names, normalise, is_noise) -> Table | None:
    """The rows under a ``_place_header_at`` header: a line each, opening with a place, its cells apart by spaces as many as
    the columns; numbered here in order."""
    columns = ["序号", *names]
    counts = _counted_columns(lines[first])
    source = "".join(lines)  # (the spaces between cells: only the raw text has them)
    paragraphs, last, i = [], first, first + 1
    while i < len(lines):
        if not lines[i].strip() or is_noise(lines[i]):
            i += 1
            continue
        cells = lines[i].split()
        if len(cells) != len(names) or not _place_opens_cell(cells[0]):
            break
        row = _Row(len(paragraphs) + 1, i, [[i]], numbered=False)
        paragraph = _spaced_row(row, columns, normalise, source, counts=counts)
        if paragraph is None:
            break
        paragraphs.append(paragraph)
        last, i = i, i + 1
    return Table(first, last, paragraphs) if len(paragraphs) >= 2 else None


def _read_unnumbered_table(lines, first, body, columns, normalise, is_noise) -> Table | None:
    """The rows of a table without row numbers (``_unnumbered_header_at``; ``columns`` with 序号 put first): each ends with
    its unit cell after its time cells, or its time cell after its unit cell; numbered here in order, each number standing
    at the row's first cell."""
    names = set(columns[1:])
    # a column of sentences (政策内容) after the row's first (the item's name): a row's lines may end one
    sentences = any(not is_unit_column(n) and not is_time_column(n) for n in columns[2:])
    units_last = is_unit_column(columns[-1])
    rows: list[_Row] = []
    current: list[list[int]] = [[]]
    timed = False  # a time cell read in the current row, before this line
    before = ""  # the row's line before this one
    last = body - 1
    i = body
    while i < len(lines):
        text = bare(lines[i])
        if not text or is_noise(lines[i]) or text in names:  # a page mark, the header printed again on a new page
            if text in names and current[-1]:
                current.append([])
            i += 1
            continue
        following = next((bare(lines[k]) for k in range(i + 1, len(lines)) if bare(lines[k]) and not is_noise(lines[k])), "")
        if following in names:  # …、市自然 / # Page / the header again / 资源和规划局: the cell's rest after the header (h202)
            rest = next((bare(lines[k]) for k in range(i + 1, len(lines)) if bare(lines[k]) and not is_noise(lines[k])
                         and bare(lines[k]) not in names), "")
            following = rest if _unit_cell_line(rest) and _unit_name_goes_on(text, rest, names) else following
        united = any(_unit_cell_line(bare(lines[k])) for segment in current for k in segment)  # a unit cell read in this row
        if (_table_ends(text, following, opens_a_row=not any(current), sentences=sentences, united=united)
                or sum(map(len, current)) > MAX_ROW_LINES):
            break  # (a row that never closes: the text after the table, left to be read as such)
        current[-1].append(i)
        if _row_closes(text, before, following, timed, names, units_last):
            rows.append(_Row(len(rows) + 1, current[0][0], [segment for segment in current if segment], numbered=False))
            current, timed, before, last = [[]], False, "", i
        else:
            timed, before = timed or _time_cell_line(text), text
        i += 1
    if len(rows) < 2:
        return None
    above: dict[str, TableParagraph] = {}
    paragraphs = [p for row in rows for p in _row_paragraphs(row, columns, normalise, False, unnumbered_tasks=False, above=above)]
    return Table(first, last, paragraphs)


def _table_ends(text: str, following: str, opens_a_row: bool, sentences: bool, united: bool) -> bool:
    """Whether the line ``text`` is past an unnumbered table's last row: a heading, an attachment's or a signature's line, a
    sentence (inside a row only where a column holds sentences, and never opening one: a row opens with its item's name;
    h187: a content cell's lines may be as wide as prose's), a signing body over its date; a date inside a row is its time
    cell."""
    if SIGNED_DATE.match(text):
        return opens_a_row
    if SIGNING_BODY.match(text) and SIGNED_DATE.match(following) and not united:
        # (某市人民政府办公室 / 2023年4月18日 after the last row, or after prose: two reviews, read as a row; not 市人社局、市 /
        # 财政局 / 2023 年12 月31 日, a unit cell's rest over its time cell)
        return True
    if opens_a_row and len(text) > PAGE_WIDE_LINE:
        return True  # a row opens with its item's name, in a narrow column: a line as wide as the page is prose (the review)
    return bool(TABLE_END.match(text) or SENTENCE_END.search(text) and (opens_a_row or not sentences))


MAX_ROW_LINES = 40  # lines of an unnumbered row at most: past them, the text after the table


def _row_closes(text: str, before: str, following: str, timed: bool, names: set[str], units_last: bool) -> bool:
    """Whether ``text`` is the last line of an unnumbered row: of its unit cell after a time cell, or (the time column
    last) of its time cell right after its unit cell (省工信厅、省 / 统计局 / 2023 年12 月31 日 / 前)."""
    if units_last:
        timed = timed or _time_cell_line(text)  # (this line's own time too: 2023年底前 / 市财政局 closes at the unit)
        return timed and _unit_cell_line(text) and not _time_cell_line(text) and not _unit_name_goes_on(text, following, names)
    return (_after_units(before, timed) and _time_cell_line(text) and not _unit_cell_line(text)
            and (following in names or not following or not _time_cell_line(following)))


def _after_units(before: str, timed: bool) -> bool:
    """Whether the row's line ``before`` the next ends its unit cell or goes on its time cell after it."""
    return _unit_cell_line(before) and not _time_cell_line(before) or _time_cell_line(before) and timed


def _wrapped_times_joined(content: list[Fragment]) -> list[Fragment]:
    """A time cell's wrapped last line joined to the line before it (3 个工作 / 日 -> 3个工作日), each time cell one line."""
    out: list[Fragment] = []
    for text, offsets in content:
        if (out and TIME_TAIL.fullmatch(bare(text)) and not TIME_CELL_WHOLE.fullmatch(bare(out[-1][0]))
                and TIME_CELL_WHOLE.fullmatch(bare(out[-1][0]) + bare(text))):
            out[-1] = (out[-1][0] + text, out[-1][1] + offsets)
        else:
            out.append((text, offsets))
    return out


TIME_TAIL = re.compile(r"(?:个?工作)?日(?:内|以内)?|(?:个)?月(?:内|以内)?|(?:底|末)?前|内")  # a time cell's wrapped last line
CUT_BEFORE_ITS_END = ("社会", "市场")  # 人力资源社会 / 保障厅, 市市场 / 监管局 (h202): 会, 场 end no name here


def _unit_name_goes_on(text: str, following: str, names: set[str]) -> bool:
    """…市住房城乡建设局、市 / 自然资源局: the unit cell's line ends inside its list or a name, the next line its rest."""
    # (省人力资源社会 / 保障厅、省财政: a name cut, the next line opening with its rest, h187; not 市工信局 / 博士后工作站, the
    # next row's item after a whole name: the review)
    name_cut = not (ORGAN_END_RE.search(text) and not text.endswith(CUT_BEFORE_ITS_END)) and _rest_of_a_name(following)
    if following in names or not (_unit_cell_line(following) or name_cut):
        return False
    # (…、市 / 自然资源局: cut in its list; 市市场监管局 / 市税务局: a list a name a line, the review; …、市税 / 务局: a name cut, h164)
    return (text.endswith(("、", "，", ",")) or text[-1] in "省市县区州" or bool(ORGAN_END_RE.search(following) and UNIT_START.match(following))
            or name_cut
            or not _unit_names_only(text, allow_cut=False) and _unit_names_only(text + following, allow_cut=False))


FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def bare(line: str) -> str:
    """A line without spaces, its digits half-width (a row numbered １, ２ …)."""
    return re.sub(r"\s+", "", line).translate(FULL_WIDTH_DIGITS)


def _header_at(lines: list[str], i: int, is_noise) -> tuple[list[str], int]:
    """Column names of a header starting at line ``i`` (序号 first, a unit column among them), and
    the index of the line after it; page marks and blank lines inside it are passed over."""
    if spaced_header(lines[i]):  # 序号 重点任务 具体措施 牵头单位 … on one line (z314)
        for names, body in _spaced_header_readings(lines, i):
            # (a unit column, or four named columns: 序号 设区市 问题 整改措施 整改时限, the units in the cells' brackets: z370)
            ok = None not in names and len(set(names)) == len(names) and (any(is_unit_column(n) for n in names)
                                                                           or len(names) >= 4 and any(is_time_column(n) for n in names))
            # (and a column of the task: not 序号 责任单位 联系人 联系电话 or 序号 单位 联系人 电话, a contact list: z360)
            if ok and any(TASK_COLUMN.search(n) for n in names[1:]):
                return names, body
        return [], i
    if re.sub(r"\s+", "", lines[i]) != "序号":
        return [], i
    names, j, paid = [], i, False
    while j < len(lines) and len(names) < 12:
        text = bare(lines[j])
        if text in ("1", "（1）", "(1)") or text.isdecimal() and _numbered_on(lines, j, int(text)):  # the first row (a bare number reads as a page mark)
            break
        if text and not is_noise(lines[j]):
            if names and MEASURE_CELL.fullmatch(text):  # the measure of the column before
                j += 1
                continue
            following = bare(lines[j + 1]) if j + 1 < len(lines) else ""
            # 2023 年 / 计划投资: a year over its column's name; 完成 / 时限: a name the cell wrapped (a blind test: the table lost)
            if (YEAR_OF_COLUMN.fullmatch(text) or column_name(text) is None) and column_name(text + following):
                text, j = text + following, j + 1
            name = column_name(text)
            if name is None and _measured_below(lines, j, is_noise):
                name = text  # 见习补贴 / （元/人·月）: a column of sums named by what is paid (z277)
                paid = True
            elif name is None and (money_named := _money_column_name(text)):
                name, paid = money_named, True  # 国家级（万元） / 省级（万元）: a column of sums by tier (h241: the sums lost)
            if name is None or name in names:
                break
            names.append(name)
        j += 1
    names = _sub_columns_in_place(names)
    if "单位" in names and not any(is_unit_column(n) for n in names):  # 序号 / 工作任务 / 单位 / 完成时限: the units' column
        names = ["责任单位" if n == "单位" else n for n in names]
    # (or four named columns with none of units: 序号 / 违法行为 / 法律依据 / 免罚条件, a list of cases)
    ok = len(names) >= 3 and (paid or any(is_unit_column(n) or PAYMENT_COLUMN.fullmatch(n) for n in names)) or len(names) >= 4
    # 序号 / 文件名称 / 文号: a list of texts (repealed, kept, amended), a cell a line (h240: read as one run-on paragraph)
    ok = ok or len(names) == 3 and names[-1] in NUMBER_COLUMNS and names[1].endswith(("名称", "标题"))
    # (序号 / 单位 / 联系人 / 联系电话: a contact list, no task in it, as a spaced header's (z360; h228: a clause per contact)
    contacts = any(CONTACT_HEADER.fullmatch(n) for n in names) and not any(TASK_COLUMN.search(n) for n in names[1:])
    return (names, j) if ok and not contacts else ([], i)


NUMBER_COLUMNS = ("文号", "发文字号", "文件编号", "发文文号")
ROW_NUMBER_OPENS = re.compile(r"[（(]\d{1,3}[）)]")


def _as_citation(paragraph: TableParagraph) -> TableParagraph:
    """（1）…的通知新政发〔2013〕48号, a list's row: read as the citation it is, （1）《…的通知》（新政发〔2013〕48号） (the marks added
    take the offsets of the characters beside them)."""
    row = ROW_NUMBER_OPENS.match(paragraph.text)
    numbers = list(DOC_NUMBER_RE.finditer(paragraph.text))
    if row is None or not numbers or numbers[-1].end() != len(paragraph.text.rstrip()):
        return paragraph
    number_at = abbreviation_start(numbers[-1])
    title, number = paragraph.text[row.end() : number_at], paragraph.text[number_at : numbers[-1].end()]
    if not title.strip():
        return paragraph
    at = paragraph.offsets
    text = f"{row.group()}《{title}》（{number}）"
    offsets = (at[: row.end()] + [at[row.end()]] + at[row.end() : number_at] + [at[number_at - 1]]
               + [at[number_at]] + at[number_at : numbers[-1].end()] + [at[numbers[-1].end() - 1]] + at[len(paragraph.text) :])
    return replace(paragraph, text=text, offsets=offsets)
SCORE_COLUMN = re.compile(rf"[\u4e00-\u9fff]{{0,4}}(?:{SCORE_WORDS})")
TASK_COLUMN = re.compile(COLUMN_NOUN + "$")  # a column of what is to be done or said (任务, 事项, 措施, 问题 …)
GROUP_UNIT_COLUMNS = ("责任单位", "责任部门")  # over 牵头单位 / 配合单位 in a header of two levels


def _sub_columns_in_place(names: list[str]) -> list[str]:
    """序号 / 主要任务 / 责任单位 / 完成时限 / 牵头单位 / 配合单位: a header of two levels, its second row printed after the
    first's last cell; the unit columns under 责任单位 take its place, where the rows print their cells (z429-z431: no
    row's units had been read)."""
    tail = 0
    while tail < len(names) and is_unit_column(names[-1 - tail]) and names[-1 - tail] not in GROUP_UNIT_COLUMNS:
        tail += 1
    if tail < 2:
        return names
    head, under = names[:-tail], names[-tail:]
    group = next((i for i, n in enumerate(head) if n in GROUP_UNIT_COLUMNS), None)
    if group is None or not all(not is_unit_column(n) for n in head[group + 1 :]) or group == len(head) - 1:
        return names
    return head[:group] + under + head[group + 1 :]


def _years_joined(cells: list[str]) -> list[str]:
    """A year cell spaced from its 年 (2023 年, 2023 年目标): one column's name (a blind test: the table had not been read)."""
    out: list[str] = []
    for cell in cells:
        if out and YEAR_ALONE.fullmatch(out[-1]) and cell.startswith("年"):
            out[-1] += cell
        else:
            out.append(cell)
    return out


CONTACT_HEADER = re.compile(r"联系人|联系电话|联系方式|电话|手机|传真|邮箱|电子邮箱|办公电话|咨询电话")


def _spaced_header_readings(lines: list[str], i: int):
    """The ways to read a spaced header at line ``i``: its line alone, then with the next line's cells (a header wider than
    the page: … 补贴标准 申请条件 / 经办部门, … 申请条 / 件 经办部门, h213: the table lost), the cut cell whole where the two
    halves make a column's name; each as (column names, the index of the line after the header)."""
    cells = _years_joined(lines[i].split())
    yield [column_name(cell) for cell in cells], i + 1
    more = _years_joined(lines[i + 1].split()) if i + 1 < len(lines) else []
    if not more or len(more) > 8 or more[0] == "序号" or not all(CJK_CELL.fullmatch(cell) for cell in more):
        return
    if column_name(cells[-1] + more[0]):  # … 完成 / 时限, … 申请条 / 件 经办部门: a name the cell wrapped
        yield [column_name(cell) for cell in [*cells[:-1], cells[-1] + more[0], *more[1:]]], i + 2
    yield [column_name(cell) for cell in [*cells, *more]], i + 2


CJK_CELL = re.compile(r"[\u4e00-\u9fff（）()/、]{1,12}")  # a header cell: words, a measure in brackets, no figure


def spaced_header(line: str) -> bool:
    """序号 and more cells on one line, spaced apart: a header whose names the extraction kept on one line."""
    cells = line.split(maxsplit=2)
    return len(cells) > 2 and cells[0] == "序号"


def _header_again(line: str, columns: list[str]) -> bool:
    """The header printed again on a new page, its names on one line."""
    return spaced_header(line) and [column_name(cell) for cell in _years_joined(line.split())] == columns


def _measured_below(lines: list[str], j: int, is_noise) -> bool:
    """A short cell whose next line with text is a money measure alone (见习补贴 / # Page / （元/人·月））."""
    if len(bare(lines[j])) > 8:
        return False
    m = MEASURE_CELL.fullmatch(_line_after(lines, j, is_noise, reach=3))
    return bool(m and m["money"])


# 责任单位（列第一位的为牵头单位）: a column's name with a note on it
COLUMN_NOTE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,6})[（(](?P<note>[^（）()]{2,30})[）)]")
# 金额（元）, 补贴标准（元/人）: a column's name with its measure
MEASURED_NAME = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,6})(?P<measure>" + MEASURE_CELL.pattern + ")")


def column_name(text: str) -> str | None:
    """The column a header cell names, its note or its measure in brackets left out (金额（元）: z305); None if it names
    none."""
    text = text.replace("“", "").replace("”", "")  # (“一件事”名称: z373)
    noted = COLUMN_NOTE.fullmatch(text) or MEASURED_NAME.fullmatch(text)
    name = noted["name"] if noted else text
    return name if any(p.fullmatch(name) for p in (UNIT_COLUMN, TIME_COLUMN, OTHER_COLUMN, PERSON_COLUMN)) else None


def is_unit_column(name: str) -> bool:
    return UNIT_COLUMN.fullmatch(name) is not None


def is_time_column(name: str) -> bool:
    return TIME_COLUMN.fullmatch(name) is not None


def _header_notes(lines: list[str], first: int, body: int, normalise) -> list[TableParagraph]:
    """A header cell's note (责任单位（列第一位的为牵头单位）) as a paragraph of its own before the rows:
    a rule for every row, read as such a rule is in the text."""
    notes = []
    for i in range(first, body):
        line = re.sub(r"\s+", "", lines[i])
        # (not 国家级（万元）, its measure: h241; nor 认定条件（上年度营业收入）, what a column of figures holds: h273 F1)
        if ((noted := COLUMN_NOTE.fullmatch(line)) and not MEASURED_NAME.fullmatch(line)
                and (is_unit_column(noted["name"]) or is_time_column(noted["name"]))):  # (完成时限（除注明外…）: the review)
            text, offsets = normalise(i)
            notes.append(TableParagraph(text, offsets + [offsets[-1] + 1], i + 1))
        elif i + 1 < body and line.count("（") + line.count("(") > line.count("）") + line.count(")") and COLUMN_NOTE.fullmatch(line + re.sub(r"\s+", "", lines[i + 1])):
            # 责任单位（排在第一 / 位的为牵头单位）: the note wrapped in its narrow cell (a blind test: lost, no unit led)
            (text, offsets), (rest, more) = normalise(i), normalise(i + 1)
            notes.append(TableParagraph(text + rest, offsets + more + [more[-1] + 1], i + 1))
    return notes


@dataclass
class _Row:
    number: int
    number_line: int
    segments: list[list[int]]  # line indexes, one list per page the row spans (the header repeats on each)
    sub: int = 0  # a row numbered 1-2 under its task's row 1: 2 (its number is its task's)
    task: bool = False  # a task's row, its rows numbered 1-1, 1-2 … after it: its cell heads them
    number_chars: int = 0  # the number's characters where its line goes on with the row's first cell (1 市场准入准)
    numbered: bool = True  # printed with its number (not a table keyed by its item's name: numbered in order here)


# A row's number with its first cell on the line after a space (1 市场准入准 / 营 / 推行…, z314), not a count with its
# measure (15 个工作日, 2 年内: a cell's wrapped line)
NUMBER_BEFORE_CELL = re.compile(r"\s*(?P<number>\d{1,3})[ \t\u3000]+(?![年月日天周个家户次件批条款号名所台套万亿元倍岁辆座类余级轮张期片种宗笔%％]"
                                # (a count's measure word; but 11 支持…, 3 大力推进…, 5 项目审批…: a task's verb or noun, z386)
                                r"|人(?![才民力社防])|支(?!持|援|撑|付)|大(?!力)|项(?!目))(?=[\u4e00-\u9fff“《])")  # (3 人防工程…: h164)
# (in a table of spaced rows, a task cell opening with a figure: 10 160 千瓦及以下…, 27 12345 热线…: z356)
NUMBER_BEFORE_FIGURE = re.compile(r"\s*(?P<number>\d{1,3})[ \t\u3000]+(?=\d)")
# where the row before ended: a time cell's or a unit cell's last line (…2023 年6 月底前 / 市人社局), not a task's wrapped line
ROW_END = re.compile(r"(?:前|底|末|月|日|年|季度|坚持|推进|常态化|持续|完成|办结|长期|立行立改|即办|[—－-])$")  # (立行立改: z386)
REMARK_AFTER_TIME = re.compile(r"(?:前|底|末|月|日|年|季度|起|坚持|推进|常态化)[ \t\u3000]+[^\s]{1,10}\s*$")


def _row_number(row: _Row, normalise) -> Fragment:
    """The row's number as printed: its number line, or the number alone where the line goes on with a cell."""
    text, offsets = normalise(row.number_line)
    if not row.numbered:  # (its number where its first cell starts)
        return str(row.number), [offsets[0]] * len(str(row.number))
    if row.number_chars:
        return text[: row.number_chars], offsets[: row.number_chars]
    m = BRACKETED_ROW_NUMBER.fullmatch(text)  # （3）: the number inside its brackets (the row's paragraph brackets it again)
    return (m["n"], offsets[m.start("n") : m.end("n")]) if m else (text, offsets)


def _signature_at(lines: list[str], i: int, rows: list["_Row"], is_noise) -> bool:
    """An issuer's name with the date on the next line with text: the signature under the table (not a unit cell and a
    time cell before the next row's number: 市营商局 / 2023 年12 月31 日 / 3)."""
    if i >= len(lines) or not SIGNING_BODY.match(re.sub(r"\s+", "", lines[i])):
        return False
    at = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].strip()), None)
    return (at is not None and bool(SIGNED_DATE.match(bare(lines[at]))) and not _date_goes_on(lines, at, lambda line: False)
            and not _date_before_next_row(lines, at, rows, is_noise))


def _next_line(lines: list[str], i: int) -> int:
    """The index of the next line with text after ``i`` (len(lines) when none)."""
    return next((j for j in range(i + 1, len(lines)) if lines[j].strip()), len(lines))


DATE_CELL_GOES_ON = re.compile(r"(?:前|以前|之前|完成|前完成)$")


def _date_before_next_row(lines: list[str], i: int, rows: list["_Row"], is_noise) -> bool:
    """2023 年12 月31 日 / 3 / …: a time cell reading as a signed date, the next row's number or the signature after it (z235:
    the rest of the table had been lost); a signature's date is followed by neither."""
    if not SIGNED_DATE.match(bare(lines[i])):
        return False
    if rows and _signature_at(lines, _next_line(lines, i), [], is_noise):
        return True
    following = bare(next((lines[j] for j in range(i + 1, len(lines))
                            if lines[j].strip() and (lines[j].strip().isdecimal() or not is_noise(lines[j]))), ""))
    return following.isdecimal() and _rows_follow(rows, int(following))  # (a bare number is noise, a page's, elsewhere)


def _cited_article(lines: list[str], i: int, is_noise) -> bool:
    """《上海市消费者权益保护条例》 / 第六十四条: an article a cell cites, not one of the text after the table."""
    previous = next((line for line in reversed(lines[:i]) if line.strip() and not is_noise(line)), "")
    return previous.rstrip().endswith("》") and bool(re.match(r"\s*第[一二三四五六七八九十百零\d]+条", lines[i]))


def _date_goes_on(lines: list[str], i: int, is_noise) -> bool:
    """2023 年6 月30 日 / 前: a time cell wrapped after its date, which alone reads as the date signing the table; or the
    cell's second date (2023 年1 月1 日至 / 2023 年12 月31 日: a blind test, the table had ended at row 1)."""
    if not SIGNED_DATE.match(bare(lines[i])):
        return False
    following = next((line for line in lines[i + 1 :] if line.strip() and not is_noise(line)), "")
    before = next((line for line in reversed(lines[:i]) if line.strip() and not is_noise(line)), "")
    return bool(DATE_CELL_GOES_ON.fullmatch(bare(following))) or bool(RANGE_CUT.search(bare(before)))


RANGE_CUT = re.compile(r"\d{1,2}日?(?:至|到|—|－|-|~|～)$")  # 2023 年1 月1 日至: a span's first date, its second on the next line


def _text_line_before(lines: list[str], i: int, body: int, is_noise) -> int | None:
    """The last line before line i, within the table's body, that holds text (not blank, not a page mark)."""
    j = i - 1
    while j >= body and (not lines[j].strip() or is_noise(lines[j])):
        j -= 1
    return j if j >= body else None


def _row_ended_before(lines: list[str], i: int, body: int, is_noise, spaced: bool = False) -> bool:
    """The line before a row number printed beside its cell (3 工程建设项目…) ends the header or a row: not 在自贸试验区范围内 /
    3 大片区试点…, a task's line wrapped before a count (the review)."""
    j = _text_line_before(lines, i, body, is_noise)
    if j is None:
        return True
    text = bare(lines[j])
    return bool(ROW_END.search(text) or _unit_cell_line(text) and ORGAN_END_RE.search(text) or spaced_header(lines[j])
                or CATEGORY_ROW.fullmatch(text)  # (一、政务服务提质 / 1 推行…: z360)
                or spaced and REMARK_AFTER_TIME.search(lines[j])  # (…2023 年6 月底前 省级试点: a 备注 cell last, z364)
                or spaced and PHONE_CELL_END.search(text)  # (… 省财政厅 0371-69690213: a 咨询电话 cell last, a blind test)
                or spaced and EMPTY_CELL_LAST.search(lines[j]))  # (… 省住房城乡建设厅 无: a blank cell last, h159)


SPACED_ROW_GAPS = 3  # 2 全面推行… 省自然资源厅 省住房城乡建设厅 2023 年9 月底前: its cells apart on one line
EMPTY_CELL_LAST = re.compile(r"\S\s+(?:无|/|／|—|－|-)\s*$")  # a spaced row's last cell written empty


SPACED_TAIL_LINES = 4  # lines a spaced row's wrapped cells take after its own, at most


def _spaced_row_next(lines: list[str], i: int, number: int) -> bool:
    """The row numbered ``number`` opens one of the next few lines (1 … / a long wrapped tail / 2 …)."""
    return any((m := NUMBER_BEFORE_CELL.match(line)) and int(m["number"]) == number for line in lines[i + 1 : i + 1 + SPACED_TAIL_LINES])


def _prose_line(line: str) -> bool:
    """A line as wide as the page, a sentence's, no cells apart: after a row spaced on its line, no cell's tail."""
    text = bare(line)
    return len(text) >= PAGE_WIDE_LINE and ("，" in text or "。" in text) and not CELL_GAP.search(line.strip())


CELL_GAP = re.compile(r"[^\s\d]\s+(?=\S)")  # cells apart (not 30 个工作日: a figure and its measure)


def _whole_spaced_row(line: str) -> bool:
    """A spaced table's whole row on its line, its time cell last: a row whatever the line before (a task cell's rest wrapped
    after the row before's time cell, …全面压减审批 … 2023 年6 月底前 / 时间 / 2 …: a blind test, row 2 had been row 1's)."""
    return len(re.findall(r"\S\s+(?=\S)", line.strip())) >= SPACED_ROW_GAPS and bool(
        ROW_END.search(bare(line)) or PHONE_CELL_END.search(bare(line))
        or len(CELL_GAP.findall(line.strip())) >= SPACED_ROW_GAPS and _unit_names_only(line.split()[-1], allow_cut=False))  # (units last: h159)


CONTACT_COLUMN = re.compile(CONTACT_COLUMN_NAME)
PHONE_CELL_END = re.compile(r"(?<!\d)(?:\d{3,4}[-－—]\d{5,8}|1\d{10}|\d{7,8}|12345|12333)$")  # a contact cell's phone number last


def _cell_closed_before(lines: list[str], i: int, body: int, is_noise) -> bool:
    """The line before holds a unit cell's or a time cell's end (…市财政局, 2023 年底前): the row is whole (not …60 个工作日,
    a point of its task cell: the review)."""
    j = _text_line_before(lines, i, body, is_noise)
    text = bare(lines[j]) if j is not None else ""
    return bool(text) and (_unit_cell_line(text) and bool(ORGAN_END_RE.search(text)) or bool(TIME_CELL_WHOLE.fullmatch(text)))


def _points_in(lines: list[str], row: "_Row") -> bool:
    """The row's cells hold numbered points (1.… 2.…): the next number may be one of them."""
    return any(bare(lines[k]).startswith(("1.", "1．", "1、")) for segment in row.segments for k in segment)


def _numbered_on(lines: list[str], i: int, number: int) -> bool:
    """A first row numbered on from the items before the table (…8．… / 序号 … / 9 / … / 10): the next number follows it
    alone on a line within a row's reach (z358)."""
    following = str(number + 1)
    return 1 < number < 100 and any(bare(line) == following for line in lines[i + 1 : i + 1 + TABLE_ROW_REACH])


TABLE_ROW_REACH = 30  # lines from a row's number to the next one's, at most


BRACKETED_ROW_NUMBER = re.compile(r"[（(](?P<n>\d{1,3})[）)]")


def _row_number_alone(text: str) -> int | None:
    """A row's number alone on its line: 3, or （3） (z392: a table numbering its rows in brackets had not been read)."""
    if text.isdecimal():  # (not isdigit: ①, ² are digits int() refuses)
        return int(text)
    m = BRACKETED_ROW_NUMBER.fullmatch(text)
    return int(m["n"]) if m else None


def _rows_follow(rows: list["_Row"], number: int) -> bool:
    """The next row's number, or the one after when a row's number was skipped (1, 2, 4)."""
    expected = rows[-1].number + 1 if rows else 1
    return number == expected or bool(rows) and number == expected + 1 and any(rows[-1].segments)


SUB_ROW = re.compile(r"(?P<task>\d{1,3})(?:[-－—]|(?P<dot>[.．]))(?P<sub>\d{1,2})")  # 1-2, 1.2: the second row under task 1 (z430)
FIGURE_LINE = re.compile(r"[\d.,，%\s]+(?:万|亿)?元?")
SUB_ROW_BEFORE_CELL = re.compile(r"\s*(?P<number>(?P<task>\d{1,3})[.．](?P<sub>\d{1,2}))[ \t\u3000]+"
                                 r"(?![年月日天周个家户次件批条款号名所台套万亿元倍岁辆座类余级轮张期片种宗笔%％]|小时|公里|平方|吨|亩|版|百分点|米|千瓦|分钟|秒)"
                                 r"(?=[\u4e00-\u9fff“《（])")  # (not 2.1 亿元, 1.1 小时以内)


def _sub_row_follows(rows: list["_Row"], task: int, sub: int, dotted: bool = False) -> bool:
    """1-1 after task 1's row (its cell only), 1-2 after 1-1: the next row under the task; 1.1, 2.1 also where no row of
    the task's own is printed (一、政务环境 / 1.1 / … / 2.1: the group is a category row, z434)."""
    if dotted and sub == 1 and (not rows and task == 1 or rows and rows[-1].sub and rows[-1].number == task - 1):
        return True
    if not rows or rows[-1].number != task:
        return False
    return sub == rows[-1].sub + 1 and (sub > 1 or not rows[-1].task and rows[-1].sub == 0)


def _bracketed_sub_row(lines: list[str], i: int, rows: list["_Row"]) -> int | None:
    """（k） alone on line ``i`` in a table whose rows are numbered bare (1, 2 …): the k-th row under the row above, whose
    first cell is its title (z456, z459: （2） had been read as row 2, and the rows after it lost)."""
    m = BRACKETED_ROW_NUMBER.fullmatch(bare(lines[i]))
    if not m or not rows or not bare(lines[rows[0].number_line]).isdigit():
        return None
    k, row = int(m["n"]), rows[-1]
    # (not after a unit cell: 2 / 市税务局 / （1）… / （2）…, the points of the text cell after it, the review)
    follows = (k == row.sub + 1 if row.sub else k == 1 and len(row.segments) == 1 and len(row.segments[0]) >= 1
               and not _unit_names_only(bare(lines[row.segments[0][-1]]), allow_cut=False))
    return k if follows else None


def _add_sub_row(rows: list["_Row"], sub, i: int, first_cell: list[int], number_chars: int = 0) -> None:
    """Row ``sub`` (1-2, 1.1) of its task on line ``i``."""
    task, number = int(sub["task"]), int(sub["sub"])
    if rows and rows[-1].number == task:
        rows[-1].task |= number == 1  # 1 / 深化企业开办服务 / 1-1 / …: the task's row heads its rows
    rows.append(_Row(task, i, [first_cell], sub=number, number_chars=number_chars))


def _figure_next(lines: list[str], i: int, is_noise, units_open_rows: bool = False) -> bool:
    """A figure on the line after ``i`` or before it: 2.1 among them is a figure of a column of figures, no row's number
    (nor one a unit's name follows, but where the unit cells open each row)."""
    following = _line_after(lines, i, is_noise, reach=3)
    before = next((bare(line) for line in reversed(lines[max(0, i - 3) : i]) if line.strip() and not is_noise(line)), "")
    # (2 / 审批时间 / 2.1 / 市住建局: a value cell, a unit cell after it: no row numbered under 2, the review)
    return bool(FIGURE_LINE.fullmatch(following) or FIGURE_LINE.fullmatch(before)
                or following and not units_open_rows and _unit_names_only(following, allow_cut=False))


def _read_table(lines, first, body, columns, normalise, is_noise) -> Table | None:
    rows: list[_Row] = []
    spaced = spaced_header(lines[first])  # a header spaced on one line: its rows may be too
    # a payment table's measures (元/人次), one per money column; None in a table of units, whose cells may be as wide as the page's
    # a payment table's measures (补贴标准（元/亩）), one per money column; with a unit column too (its sums bare figures, h194),
    # though a task table's cells may be as wide as the page's: there only to keep its figures and to measure a row's one figure
    paid = _money_measures(lines[first:body])
    named_measures = _measures_by_column(lines[first:body], columns)
    measures = None if any(is_unit_column(c) for c in columns) else paid
    # 序号 奖励类别 奖励标准（万元） 责任单位 on one line: each money column's measure, by its name (h201: the sums lost)
    spaced_measures = ({name: m["money"] for cell in _years_joined(lines[first].split())
                        if (m := _measure_after_name(cell)) and m["money"] and (name := column_name(cell))} if spaced else {})
    # 改造任务（户）: a column of counts, each row's figure read with its column's name and measure (h270)
    spaced_counts = _counted_columns(lines[first]) if spaced else {}
    categories: dict[int, int] = {}  # rows before it -> the line of a category row (一、稳岗就业类) heading the rows after it
    units_open_rows = _columns_before_units(columns) == 0  # (3.1 / 市住房城乡建设局: a row's unit cell first, z459)
    # a column of scores before the units' (分值 5 / … / 县税务局): a figure alone is a row's number only after a row's end
    # (a review: every row scoring 5, row 4's score had opened a row 5)
    scored = any(SCORE_COLUMN.fullmatch(c) for c in columns) and any(is_unit_column(c) for c in columns)
    i = body
    last = i - 1
    after_header_cell = False  # the line before was a cell of the header printed again
    while i < len(lines):
        text = bare(lines[i])
        # (总投资 / （万元）: a column's measure under its name in the header printed again, z320)
        # (表2 / 序号 / … / 1: another table, its header like this one's: the review, its rows had run into the last row)
        restarts = text == "序号" and _restarts(lines, i, is_noise) or TABLE_LABEL.fullmatch(text) is not None
        header_cell = not restarts and (column_name(text) in columns or after_header_cell and MEASURE_CELL.fullmatch(text) is not None
                       or after_header_cell and text in GROUP_UNIT_COLUMNS  # (a header of two levels printed again: z435)
                       or _header_again(lines[i], columns))
        # 完成时 / 限: a cell of the header printed again, wrapped (z296: it had joined the row above)
        wrapped_header_cell = (not header_cell and after_header_cell and i + 1 < len(lines)
                               and column_name(text + bare(lines[i + 1])) in columns)
        after_header_cell = header_cell or wrapped_header_cell
        # rows numbered anew under each category row (一、… / 1 2 3 4 / 二、… / 1 2 3), where one headed the first row (z455)
        restarted = 0 in categories and categories.get(len(rows)) == last
        if (bracketed := _bracketed_sub_row(lines, i, rows)) is not None:  # 1 / 科技创新奖补 / （1） / … / （2）: a row's rows
            _add_sub_row(rows, {"task": rows[-1].number, "sub": bracketed}, i, [])
            last = i
        elif ((number := _row_number_alone(text)) and not _figure_over_its_measure(lines, i, is_noise) and (_rows_follow(rows, number) or not rows and _numbered_on(lines, i, number)
                                                        or restarted and number == 1)
              and not (scored and rows and not _row_ended_before(lines, i, body, is_noise))):
            rows.append(_Row(number, i, [[]]))  # the next row's number (alone it reads as a page number)
            last = i
        elif ((numbered := NUMBER_BEFORE_CELL.match(lines[i]) or spaced and NUMBER_BEFORE_FIGURE.match(lines[i]))
              and (_rows_follow(rows, int(numbered["number"])) or restarted and int(numbered["number"]) == 1)
              and (_row_ended_before(lines, i, body, is_noise, spaced) or spaced and _whole_spaced_row(lines[i]))):
            rows.append(_Row(int(numbered["number"]), i, [[i]], number_chars=len(numbered["number"])))
            last = i
        elif ((sub := SUB_ROW.fullmatch(text)) and _sub_row_follows(rows, int(sub["task"]), int(sub["sub"]), bool(sub["dot"]))
              and not (sub["dot"] and _figure_next(lines, i, is_noise, units_open_rows))):  # (8.5 / 2.1: a column of figures)
            _add_sub_row(rows, sub, i, [])
            last = i
        elif (sub := SUB_ROW_BEFORE_CELL.match(lines[i])) and _sub_row_follows(rows, int(sub["task"]), int(sub["sub"]), True):
            # 1.1 推出企业开办…: the row's number beside its first cell (z432)
            _add_sub_row(rows, sub, i, [i], number_chars=len(sub["number"]))
            last = i
        # (a cell's short line after the number, not 二、保障措施 / 1 / 加强督导检查。市营商办要…: prose after the table, the review)
        elif _category_row(lines, i, rows, is_noise, restarts=0 in categories and _short_line_after(lines, i + 1, is_noise)):
            categories[len(rows)] = i
            last = i
        elif header_cell:  # the header again: a new page, where each cell goes on in its column
            if rows and rows[-1].segments[-1]:
                rows[-1].segments.append([])
        elif wrapped_header_cell:
            i += 1
        elif rows and year_cut_from_its_date(lines, i):  # 2025 / 年6 月底前: a time cell's year, no page number
            rows[-1].segments[-1].append(i)
            last = i
        elif (not text or is_noise(lines[i]) and not (rows and ((bool(paid) or scored) and _figure_cell(lines, i)
                                                                 or _figure_over_its_measure(lines, i, is_noise)))
              or _alone(lines, i, is_noise)):
            # a page mark, a head or foot line (not a sum under the measure: 五级/初级工 / 1000, z258)
            pass
        elif (spaced and rows and rows[-1].number_chars and len(CELL_GAP.findall(lines[rows[-1].number_line].strip())) >= SPACED_ROW_GAPS
              and _prose_line(lines[i]) and not _spaced_row_next(lines, i, rows[-1].number + 1)):  # (a cell's long tail: the review)
            break  # … 省民政厅 省卫生健康委 / 各省辖市…要会同有关部门，于…: the text after the table (h159: run into the last row)
        elif (rows and (item := ITEM_AFTER_ROWS.match(text)) and int(item["n"]) == rows[-1].number + 1
              and _cell_closed_before(lines, i, body, is_noise) and not _points_in(lines, rows[-1])):
            break  # …市财政局 / 11.加快惠企资金直达…: the text's items numbered on after the table's rows (z362)
        elif (not rows or TABLE_END.match(text) and not _date_goes_on(lines, i, is_noise) and not _cited_article(lines, i, is_noise)
              and not _date_before_next_row(lines, i, rows, is_noise)
              or restarts or _signature_at(lines, i, rows, is_noise)
              or TEXT_ITEM_OPENS.match(text) and _next_table_after(lines, i, is_noise)
              or measures is not None and (_item_after_the_rows(text, [bare(lines[j]) for j in _row_lines(rows[-1])])
                                           or ITEMS_UNITS_AFTER.match(text) and not _row_follows(lines, i, rows))):
            break  # after the table: an 一、, an attachment, a footer, a signature, or another table numbered from 1
        else:
            rows[-1].segments[-1].append(i)
            last = i
        i += 1
    while rows and not any(rows[-1].segments):  # a number the page left after the last row (3 / 【打印本页】)
        rows.pop()
    if not rows or not any(segment for row in rows for segment in row.segments):
        return None  # numbers alone: no table
    if is_time_column(columns[-1]) or UNIT_COLUMN.fullmatch(columns[-1]):
        cell_line = _time_cell_line if is_time_column(columns[-1]) else _unit_cell_line
        last = _cut_prose_after_last_row(lines, rows[-1], cell_line) or last
    elif any(is_time_column(c) for c in columns) and columns[-1] in NOTE_COLUMNS:  # …/完成时限/备注: a narrow column, no prose
        last = _cut_wide_prose_after_last_row(lines, rows[-1]) or last
    elif PAYMENT_COLUMN.fullmatch(columns[-1]) or _money_column_name(columns[-1]):  # …/补助标准（元/人·月）: its sums last
        # (… / 300 / 原每人每月200元的统一补助标准同时停止执行。: the sentence after the table, not the last row's: h281 F4)
        # (… / 1500 / （市人社局、市财政局按职责分工负责）: the bracket of the item owning the table, not the last row's: h324 f1)
        last = _cut_prose_after_last_row(lines, rows[-1], lambda text: MEASURED_FIGURE.fullmatch(text) is not None,
                                         brackets=True) or last
    paragraphs = _header_notes(lines, first, body, normalise)
    source = "".join(lines) if spaced else ""  # (the spaces between cells: only the raw text has them)
    # a table whose task cells are numbered (1.优化企业开办服务) has no unnumbered ones: a row's short first
    # line is its content's (严格落实 / 《…指引》: a line broken before a title mark)
    # (but not where a row's number shares its line with the task cell: 2 / 1.扩大… is the content's first point, the
    # task cell merged with the row above's, z314)
    numbered = (not any(row.number_chars for row in rows)
                and any(TASK_NUMBER.match(bare(lines[row.segments[0][0]])) for row in rows if row.segments[0]))
    above: dict[str, TableParagraph] = {}  # the row before's unit cells by column, for a cell reading 同上
    has_tasks = any(row.task for row in rows)  # rows with rows of their own: a row without is one of them, not one of theirs
    for n, row in enumerate(rows):
        if n in categories:
            text, offsets = normalise(categories[n])
            paragraphs.append(TableParagraph(text, offsets + [offsets[-1] + 1], categories[n] + 1))
        if row.task:
            paragraphs += _task_row_paragraph(row, normalise)
            continue
        spaced_paragraph = _spaced_row(row, columns, normalise, source, spaced_measures, spaced_counts) if source else None
        if spaced_paragraph:
            paragraphs.append(spaced_paragraph)
            continue
        produced = _row_paragraphs(row, columns, normalise, numbered, unnumbered_tasks=not numbered and not row.sub, above=above,
                                   measures=paid, named_measures=named_measures)
        if columns[-1] in NUMBER_COLUMNS:
            produced = [_as_citation(p) for p in produced]
        paragraphs += [_at_task_level(p) for p in produced] if has_tasks and not row.sub else produced
    return Table(first, last, paragraphs)


ROW_NUMBER_PREFIX = re.compile(r"（(\d{1,3})）")


def _at_task_level(paragraph: TableParagraph) -> TableParagraph:
    """（2）… as 2.…: a row beside rows that head rows of their own (1.科技创新奖补 / （1） / （2） / 2.稳岗就业补贴), numbered
    as they are, so the structure puts it beside them, not under the one above (z456)."""
    m = ROW_NUMBER_PREFIX.match(paragraph.text)
    if not m:
        return paragraph
    digits = m.group(1)
    offsets = paragraph.offsets[1 : 1 + len(digits)] + [paragraph.offsets[len(digits)]] + paragraph.offsets[m.end() :]
    return replace(paragraph, text=digits + "." + paragraph.text[m.end() :], offsets=offsets)


def _spaced_row(row: _Row, columns: list[str], normalise, source: str, measures: dict[str, str] | None = None,
                counts: dict[str, str] | None = None) -> TableParagraph | None:
    """A row printed on its own line(s) with its cells apart by spaces (1 企业开办全程网上办理 省市场监管局、省数据资源局 2023 年6 月底前,
    z356), under a header spaced on one line: its cells by the spaces between them, one per column; None where they do not
    come out one per column (cells a line each are read by ``_row_paragraphs``)."""
    if not row.number_chars and row.numbered:
        return None
    if tailed := _cells_with_wrapped_tails(row, columns, normalise, source):
        return tailed
    fragments = [f for segment in row.segments for f in _fragments(segment, normalise, row)]
    text = "".join(t for t, _ in fragments)
    offsets = [o for _, offs in fragments for o in offs]
    cuts = _cell_cuts(text, offsets, source)
    bounds = list(zip([0, *cuts], [*cuts, len(text)]))
    unit_columns = [c for c in columns if is_unit_column(c)]
    filled = columns[1:]
    if len(bounds) == len(filled) - 1 and len(unit_columns) == 2:  # 配合单位 left blank (2 推行… 市税务局 2023 年6 月底前: the review)
        filled = [c for c in filled if c != unit_columns[1]]
        unit_columns = unit_columns[:1]
    wanted = len(filled)
    if len(bounds) < wanted or wanted < 2:
        return None
    bounds = [(0, bounds[len(bounds) - wanted][1]), *bounds[len(bounds) - wanted + 1 :]]  # (spaces inside the task's text)
    cells = {name: [("—" if text[a:b] in EMPTY_WRITTEN else text[a:b], offsets[a:b])] for name, (a, b) in zip(filled, bounds)}
    for name, measure in (measures or {}).items():  # (… 200 省工业和信息化厅 under 奖励标准（万元）: 200万元)
        if name in cells:
            cells[name] = _sum_measured(cells[name], [measure])
    for name, measure in (counts or {}).items():  # (锡林浩特市 4000 under 改造任务（户）: 锡林浩特市，改造任务4000户)
        if name in cells and name != filled[0] and BARE_FIGURE.fullmatch(cells[name][0][0]):
            text, at = cells[name][0]
            cells[name] = [(f"，{name}{text}{measure}", [at[0]] * (len(name) + 1) + at + [at[-1]] * len(measure))]
    time_column = next((c for c in columns if is_time_column(c)), None)
    if not unit_columns or not all(_unit_names_only(cells[c][0][0], allow_cut=False) or assigns_roles(cells[c][0][0])
                                   or cells[c][0][0] in tuple(EMPTY_CELL) for c in unit_columns):  # (配合单位 written 无: h159)
        return None
    contact = next((c for c in filled if CONTACT_COLUMN.fullmatch(c)), None)  # (咨询电话 last: labelled after the units)
    # (法定时限 / 承诺时限 side by side: each its own column's, h152: the second had run into the item's name)
    time_columns = [c for c in filled if is_time_column(c)] if time_column else []
    content = [f for c in filled if c not in unit_columns and c not in (*time_columns, contact) and not PERSON_COLUMN.fullmatch(c)
               for f in cells[c]]
    units = [f for c in unit_columns for f in cells[c]]
    return _row_paragraph(row, columns, content, units, [f for c in time_columns for f in cells[c]], normalise,
                          trailing=(contact, cells[contact] if contact else []))


def _cells_with_wrapped_tails(row: _Row, columns: list[str], normalise, source: str) -> TableParagraph | None:
    """1 建设…，推动 省政务服务和数据管理局 省发展改革委、省财 2024 年9 月底前 / 政厅: every cell on the row's first line, apart
    by spaces, and lines after it that are the tails of cells the column wrapped (a unit's name cut, a time cell's 底前, else
    the task's words), each put back at the end of its cell (a blind test: the unit cell's tail had lost the row, the
    task's had run on into the time cell)."""
    lines = [i for segment in row.segments for i in segment]
    if len(lines) < 2 or lines[0] != row.number_line:
        return None
    first = _fragments([row.number_line], normalise, row)
    tails = [piece for i in lines[1:] for f in _fragments([i], normalise, row) for piece in _tail_pieces(f, source)]
    if not first:
        return None
    # (落实…制度。县级河湖长每季度 …: a task cell's heading closed by 。 on the row's line, one line still: h282 F9)
    text, offsets = "".join(t for t, _ in first), [o for _, offs in first for o in offs]
    cuts = _cell_cuts(text, offsets, source)  # (one line: its cells apart by spaces)
    filled = columns[1:]
    if len(cuts) + 1 != len(filled):
        return None
    cells = {name: (text[a:b], offsets[a:b]) for name, (a, b) in zip(filled, zip([0, *cuts], [*cuts, len(text)]))}
    unit_columns = [c for c in filled if is_unit_column(c)]
    time_columns = [c for c in filled if is_time_column(c)]
    time_column = time_columns[0] if time_columns else None
    content_column = next((c for c in filled if c not in unit_columns and c != time_column and not PERSON_COLUMN.fullmatch(c)), None)
    if not unit_columns or content_column is None:
        return None
    for tail_text, tail_offsets in tails:
        # (…市自然资源局、 / 市公安局交警支队: a list its 、 says goes on, h152)
        # (县生态环境分局牵头，县农业农村局、 / 相关乡镇人民政府配合: a cell of roles its 、 says goes on, h282 F10)
        cut_unit = next((c for c in unit_columns if (not _unit_names_only(cells[c][0], allow_cut=False) or cells[c][0].endswith("、"))
                         and (_unit_names_only(cells[c][0] + tail_text, allow_cut=False)
                              or cells[c][0].endswith("、") and assigns_roles(cells[c][0] + tail_text))), None)
        # (… 3 个工作 / 日: the time cell the column wrapped, h159)
        cut_time = next((c for c in time_columns if not TIME_CELL_WHOLE.fullmatch(cells[c][0])
                         and TIME_CELL_WHOLE.fullmatch(cells[c][0] + tail_text)), None)
        column = cut_unit or cut_time or (time_column if time_column and TIME_CELL_WHOLE.fullmatch(tail_text) else content_column)
        cells[column] = (cells[column][0] + tail_text, cells[column][1] + tail_offsets)
    if not all(_unit_names_only(cells[c][0], allow_cut=False) or assigns_roles(cells[c][0]) for c in unit_columns):
        return None
    content = [cells[c] for c in filled if c not in unit_columns and c not in time_columns and not PERSON_COLUMN.fullmatch(c)]
    return _row_paragraph(row, columns, content, [cells[c] for c in unit_columns], [cells[c] for c in time_columns], normalise)


def _tail_pieces(fragment: Fragment, source: str) -> list[Fragment]:
    """A wrapped line's pieces, one per cell whose tail it holds (动过户一件事 河南省电力公司: the task's and the unit's, h159)."""
    if not _spaced_within(fragment, source):
        return [fragment]
    text, offsets = fragment
    cuts = [k + 1 for k in range(len(text) - 1) if source[offsets[k] + 1 : offsets[k + 1]].strip() == ""
            and offsets[k + 1] > offsets[k] + 1 and not text[k].isdigit() and not text[k + 1].isdigit()]
    bounds = zip([0, *cuts], [*cuts, len(text)])
    return [(text[a:b], offsets[a:b]) for a, b in bounds]


def _spaced_within(fragment: Fragment, source: str) -> bool:
    """Whether a line's text holds spaces between its characters in the source (cells apart)."""
    offsets = fragment[1]
    return any(offsets[k + 1] > offsets[k] + 1 and source[offsets[k] + 1 : offsets[k + 1]].strip() == ""
               and not fragment[0][k].isdigit() and not fragment[0][k + 1].isdigit() for k in range(len(offsets) - 1))


OBJECT_WANTED = set("至向给与和及对由将把被从在的为")  # a word that leaves its object for the next line


def _cell_cuts(text: str, offsets: list[int], source: str) -> list[int]:
    """Where a spaced row's cells begin: after the characters skipped between cells (``_cells_apart``), and at a line break
    before a whole unit cell (…兜底服务机制 / 由市营商局统筹，…具体实施 2024 年4 月30 日前, …7 个工作日 / 市司法局 长期坚持: z380)."""
    gaps = {k: source[offsets[k] + 1 : offsets[k + 1]] for k in range(len(text) - 1) if offsets[k + 1] > offsets[k] + 1}
    cuts = [k + 1 for k, gap in gaps.items() if _cells_apart(text, k, gap)]
    for k, gap in gaps.items():
        if "\n" not in gap or k + 1 in cuts or text[k] in "、，,；;" or text[k] in OBJECT_WANTED:
            continue  # (…市委宣传部、 / 沈阳日报社: a list going on; …数据同步推送至 / 市大数据中心: the task's object, the review)
        before = text[max((c for c in cuts if c <= k), default=0) : k + 1]
        end = min((c for c in cuts if c > k + 1), default=len(text))
        if end == len(text) or any("\n" in gaps[j] for j in range(k + 1, end) if j in gaps):
            continue  # the cell and the next one share a line, apart by spaces (cells a line each are read by _row_paragraphs)
        cell = text[k + 1 : end]
        opens = cell.startswith("由") or UNIT_START.match(cell) or _place_opens_cell(cell)
        if (opens and (_unit_names_only(cell, allow_cut=False) or assigns_roles(cell))
                and not _unit_names_only(before, allow_cut=True)):  # (…市地方金融 / 监管局: a name the line cut)
            cuts.append(k + 1)
    return sorted(cuts)


def _cells_apart(text: str, k: int, gap: str) -> bool:
    """Whether the characters skipped between text[k] and text[k + 1] part two cells: spaces after a word, not after a
    figure (2023 年, 15 个工作日); a line break between a unit's name and a date (…人民政府 / 2023 年10 月底前)."""
    if "\n" not in gap:
        # 0.5 市市场监管局: a figure's cell, then a unit's (the review); 4000 锡林浩特市人民政府, a place's (h270)
        if text[k].isdigit() and (UNIT_START.match(text, k + 1) or _place_opens_cell(text[k + 1 :])):
            return gap.strip() == ""
        return gap.strip() == "" and not (text[k].isdigit() or text[k] in ".．") and (CJK.match(text[k + 1]) or text[k + 1].isdigit()
                                                                                        or text[k + 1] in "“《（(" or text[k + 1] in EMPTY_CELL)
    return bool(ORGAN_END_RE.search(text, 0, k + 1)) and bool(re.match(r"\d{4}\s*年|长期|持续|常态化", text[k + 1 :]))


CJK = re.compile(r"[\u4e00-\u9fff]")


# (市政府分管副市长, 市委常委、组织部部长: z227)
OFFICIAL_TITLE = r"(?:分管|常务)?副?(?:市长|区长|县长|省长|州长|旗长|盟长|秘书长|主任|书记|(?:[\u4e00-\u9fff]{2,4}部)?部长)"
# 顾立明副市长, 市政府副秘书长蒋文涛, 周静副市长钱国栋副市长: officials, each a name and a title (the name before or after it)
# (市委常委、常务副市长顾立明: titles listed before the name)
OFFICIAL_TITLES = rf"(?:(?:[市区县省州旗](?:政府|委))?(?:常委|{OFFICIAL_TITLE})、?)+"
OFFICIALS_LINE = re.compile(rf"(?:[\u4e00-\u9fff]{{2,3}}{OFFICIAL_TITLES}|{OFFICIAL_TITLES}(?:[\u4e00-\u9fff]{{2,3}})?)+")
OFFICIAL_CELL_LINES = 3  # an official's cell wraps over three lines at most (市政府副秘 / 书长蒋文涛)


def _officials_cell(units: list[Fragment]) -> int:
    """How many of the unit lines' first lines are the officials' cell before them (顾立明 / 副市长, 市政府副秘 /
    书长蒋文涛: a name and a title, wrapped); the lines left are the units'."""
    n = 0
    while n < len(units):
        taken = next((k for k in range(min(OFFICIAL_CELL_LINES, len(units) - n), 0, -1)
                      if OFFICIALS_LINE.fullmatch("".join(text for text, _ in units[n : n + k]))), 0)
        if not taken:
            break
        n += taken
    return n


def _officials_closing(segment: list[Fragment]) -> int:
    """How many closing lines of a row are the officials' cell after its units (市委常委、组 / 织部部长, whose first line
    reads as a unit's name): the most, three at most, that read as officials together after a line that ends a unit's
    name (not 稀土高新区 / 管委会 / 市委常委、组 / 织部部长: 管委会 ends the name, though 管委会市委常委 reads as a person's)."""
    return next((k for k in range(min(OFFICIAL_CELL_LINES, len(segment) - 1), 0, -1)
                 if OFFICIALS_LINE.fullmatch("".join(text for text, _ in segment[-k:]))
                 and (ORGAN_END_RE.search(segment[-k - 1][0].rstrip("，、")) or segment[-k - 1][0].endswith("）"))), 0)  # (各县 / （市、区）)


def _task_row_paragraph(row: _Row, normalise) -> list[TableParagraph]:
    """A task's row over its rows 1-1, 1-2 …: ``1.`` and its cell (深化企业开办服务), a heading, as a numbered task cell reads."""
    fragments = [f for segment in row.segments for f in _fragments(segment, normalise, row)]
    if not fragments:
        return []
    number_text, number_offsets = _row_number(row, normalise)
    cell = _joined(fragments, row.number_line + 2)
    text = number_text + "." + cell.text
    offsets = number_offsets + [number_offsets[-1]] + cell.offsets[:-1]
    return [TableParagraph(text, offsets + [cell.offsets[-1]], row.number_line + 1)]


YEAR_ALONE = re.compile(r"(?:19|20)\d{2}")


def year_cut_from_its_date(lines: list[str], i: int) -> bool:
    """A year alone on its line (a bare number, read as a page number) whose date the next line goes on with: a narrow
    time cell wrapped after its year (2025 / 年6 月底前: the year had been dropped, and the deadline with it)."""
    return bool(YEAR_ALONE.fullmatch(bare(lines[i]))) and i + 1 < len(lines) and bare(lines[i + 1]).startswith("年")


def _cut_prose_after_last_row(lines: list[str], row: "_Row", cell_line, brackets: bool = False) -> int | None:
    """The text after a table whose last row closed with its last column's cell, a time or units (… / 长期坚持 /
    各地各部门要按照职责分工，…。): a sentence of its own, no cell of the row (it had been read into the row: its units
    lost, its date the row's deadline). The row's lines are cut after that cell (``cell_line`` tells its lines);
    the index of the table's new last line, or None. With ``brackets``, a line that is only a bracket naming units is such
    text too (after a payment table's last sum, no cell can be one)."""
    segment = row.segments[-1]
    texts = [bare(lines[i]) for i in segment]
    timed = cell_line is _time_cell_line
    cell = [k for k, text in enumerate(texts) if cell_line(text) or timed and k > 0 and _time_cell_as_above(texts, k)]
    if not cell:
        return None
    last = _time_cell_end(lines, segment, cell[-1]) if timed and texts[cell[-1]] != SAME_AS_ABOVE else cell[-1]
    after = segment[last + 1 :]
    if not any(SENTENCE_END.search(lines[i]) or "，" in lines[i] and timed or brackets and _units_bracket_line(bare(lines[i]))
               for i in after):
        return None
    row.segments[-1] = segment[: last + 1]
    return segment[last]


def _units_bracket_line(text: str) -> bool:
    """（市人力资源社会保障局、市财政局按职责分工负责）, （责任单位：…）: a line that is a bracket naming units, whole."""
    group = find_responsibility_group(text)
    return text.startswith(("（", "(")) and group is not None and group == (1, len(text.rstrip("。；;")) - 1)


def _time_cell_as_above(texts: list[str], k: int) -> bool:
    """… / 人行合肥中心支行 / 同上 / 各地各部门要…: a time cell the row above's, after a unit cell (or another 同上), h218; not the
    task cell's 同上 opening the row (the review)."""
    return texts[k] == SAME_AS_ABOVE and (_unit_cell_line(texts[k - 1]) or texts[k - 1] == SAME_AS_ABOVE)


NOTE_COLUMNS = ("备注", "说明")
WIDE_PROSE_CHARS = 20  # a line of prose after the table is as wide as the page; a 备注 cell's lines are a few characters


def _cut_wide_prose_after_last_row(lines: list[str], row: "_Row") -> int | None:
    """… / 2023 年8 月底 / 前 / 请各单位于2023年12月15日前将全年工作总结报送…。: after the last row's time cell, a wide line
    with a sentence's end is the text after the table (z434: read into the row, its units and date the row's); the index
    of the table's new last line, or None."""
    segment = row.segments[-1]
    times = [k for k, i in enumerate(segment) if _time_cell_line(bare(lines[i]))]
    wide = next((k for k in range(times[0] + 1, len(segment)) if len(bare(lines[segment[k]])) >= WIDE_PROSE_CHARS
                 and SENTENCE_END.search(lines[segment[k]])), None) if times else None
    if wide is None:
        return None
    row.segments[-1] = segment[:wide]
    return segment[wide - 1]


def _time_cell_end(lines: list[str], segment: list[int], last: int) -> int:
    """Where a time cell ends that goes on past its last line reading as a time (2024 年6 月底 / 前兑现首 / 批补贴,
    2024 年5 月底 / 前出台清单， / 此后每季度调度: what is done by then): the most lines that together are one."""
    for k in range(min(MAX_TIME_CELL_LINES, len(segment) - last), 1, -1):
        if TIME_CELL_WHOLE.fullmatch("".join(bare(lines[i]) for i in segment[last : last + k])):
            return last + k - 1
    return last


# 2024 年6 月底前 / 完成, … / 见到成效: what is done by then, the time cell's own words (the review)
TIME_CELL_VERB = re.compile(r"完成|推进|见|取得|全面|上线|常态|到位|建成|落实|实施|出台|办结|启动|形成|运行|开展|实现|投入|达到|覆盖|部署|印发|验收")
CATEGORY_COLUMN = re.compile(r"类别|领域|方面|板块|类型|指标")  # a first column grouping the rows (类别, 重点领域, 评价指标)
# 要素 / 保障: a narrow first column's cell, a few characters a line (none a time's: 2024 年6 月 / 底前 is one time cell)
MERGED_CELL_LINE = re.compile(r"(?:(?![前底末季度年月日内起止旬初])[\u4e00-\u9fff]){1,4}")
MERGED_TASK_LINE = re.compile(r"(?:(?![前底末季度年月日内起止旬初])[\u4e00-\u9fff“”]){1,7}")  # a task column's, a little wider


def _merged_cell_after_time(segment: list[Fragment], short: re.Pattern = MERGED_CELL_LINE) -> list[Fragment]:
    """The short lines after a row's time cell: the first column's cell printed beside the middle of the rows it spans."""
    k = len(segment)
    while k > 1 and short.fullmatch(segment[k - 1][0]) and len(segment) - k < 3:
        k -= 1
    merged = segment[k:]
    time_end = segment[k - 1][0] if k else ""
    if k >= 2 and not TIME_CELL_WHOLE.fullmatch(time_end):
        time_end = segment[k - 2][0] + time_end  # 2023 年第二季 / 度 / 要素保障 / 环境: the time cell wrapped (z435)
    words = "".join(t for t, _ in merged)
    if not merged or not TIME_CELL_WHOLE.fullmatch(time_end) or TIME_CELL.search(words) or TIME_CELL_VERB.match(words):
        return []  # (… / 2023 年 / 持续推进, …底前并长期 / 坚持: the time cell's own words)
    return merged


def _time_cell_line(text: str) -> bool:
    """A line of a time cell: a time, short, no sentence (not 各地…于2023年12月20日前将落实情况报送…)."""
    return bool(TIME_CELL.search(text)) and (bool(TIME_CELL_WHOLE.fullmatch(text)) or len(text) <= MAX_TIME_LINE) and "，" not in text


MAX_TIME_LINE = 12  # characters of a time cell's line (2023年12月31日前完成)


def _unit_cell_line(text: str) -> bool:
    """A line of a unit cell: names, no sentence (市发展改革委、市市场 / 监管局, 划资源局、天津港集团，东丽区人民政府)."""
    return not SENTENCE_END.search(text) and bool(UNIT_START.match(text) or ORGAN_END_RE.search(text.rstrip("，、")))


# a row of one cell spanning the table, heading the rows after it: 一、稳岗就业类, （二）科技创新类
# (一、市场准入和退出（2 项）: its rows counted after it, z348)
# (a longer one where it counts its rows: 二、健全更加开放透明、规范高效的市场主体准入和退出机制（2 项）, z413)
CATEGORY_ROW = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
                          r"(?:[\u4e00-\u9fff“”、]{2,20}(?:[（(]\d{1,3}项[）)])?|[\u4e00-\u9fff“”、，]{2,40}[（(]\d{1,3}项[）)])")


# （二）见习补贴期限按见习人员实际见习月数计算，最长不超过12 个月。见习人员提: the next item of the text the table sat in,
# a line as wide as the page's (a cell's lines are narrow); z262: the items after the table had been read into its last row
ITEM_OF_THE_TEXT = re.compile(r"[（(][一二三四五六七八九十]{1,3}[）)][\u4e00-\u9fff]")
PAGE_WIDE_LINE = 24  # characters: wider than any cell's line


def _item_after_the_rows(text: str, row: list[str]) -> bool:
    """（二）资金由市财政局统筹安排。 after the last row: the text's next item, as wide as prose, or a sentence numbered on
    past 一 where the row's cells hold no list of their own (（一）企业在本市注册。 / （二）…: a conditions cell, the review)."""
    item = ITEM_OF_THE_TEXT.match(text)
    if item is None:
        return False
    # (同时符合：（一）在本市 / 注册。: a list opened mid-line after its colon, the review; not 符合第五条（一）项规定, a citation)
    own_list = any(ITEM_OF_THE_TEXT.match(line) or LIST_OPENED_MID_LINE.search(line) for line in row)
    return len(text) >= PAGE_WIDE_LINE or "。" in text and not FIRST_ITEM.match(text) and not own_list


FIRST_ITEM = re.compile(r"[（(]一[）)]")
LIST_OPENED_MID_LINE = re.compile(r"[：:]\s*[（(]一[）)]")


def _row_lines(row: "_Row") -> list[int]:
    return [j for segment in row.segments for j in segment]


# 每户企业不超过 / 3 / 万元, 5000 / 元: a cell's figure wrapped away from its measure (h213: read as row 3, or dropped as a page
# number)
MEASURE_OPENS_LINE = re.compile(r"(?:万元|亿元|元(?![\u4e00-\u9fff])|[%％]|个月)")  # (not 元宇宙, 元宵节: a row's cell, the review)


def _figure_over_its_measure(lines: list[str], i: int, is_noise) -> bool:
    return bare(lines[i]).isdecimal() and MEASURE_OPENS_LINE.match(_line_after(lines, i, is_noise, reach=2)) is not None


def _line_after(lines: list[str], i: int, is_noise, reach: int) -> str:
    """The next line with text after ``i`` within ``reach`` lines (page marks and running heads passed over), bare."""
    return next((bare(line) for line in lines[i + 1 : i + 1 + reach] if line.strip() and not is_noise(line)), "")


def _short_line_after(lines: list[str], i: int, is_noise) -> bool:
    """Whether the next line with text after ``i`` is as short as a narrow cell's."""
    return 0 < len(_line_after(lines, i, is_noise, reach=5)) <= NARROW_CELL_LINE


NARROW_CELL_LINE = 24  # characters: a table's cells wrap narrower; a line of prose runs wider


def _category_row(lines: list[str], i: int, rows: list["_Row"], is_noise, restarts: bool = False) -> bool:
    """A category heading inside the table: an 一、 heading of a few words, the next row's number on the
    next line with text (after the table, an 一、 opens a section of prose instead); ``restarts``: rows numbered
    anew under each category, so 1 follows too."""
    if not CATEGORY_ROW.fullmatch(bare(lines[i])) or rows and not any(rows[-1].segments):
        return False
    following = next((line for line in lines[i + 1 : i + 6] if bare(line).isdigit() or line.strip() and not is_noise(line)), "")
    # (or beside its first cell: 一、政务服务提质 / 1 推行企业开办…, z360; or in brackets: 一、… / （1）, z392)
    number = _row_number_alone(bare(following)) or (m := NUMBER_BEFORE_CELL.match(following)) and int(m["number"])
    if not number and (sub := SUB_ROW.fullmatch(bare(following)) or SUB_ROW_BEFORE_CELL.match(following)):
        dotted = sub.re is SUB_ROW_BEFORE_CELL or sub["dot"]  # (1.1, not 1-1)
        return bool(dotted) and _sub_row_follows(rows, int(sub["task"]), int(sub["sub"]), True)
    return bool(number) and (_rows_follow(rows, number) or restarts and number == 1)  # (一、政务环境 / 1.1: z434)


Fragment = tuple[str, list[int]]  # normalised text and one offset per character


def _fragments(indexes: list[int], normalise, row: _Row) -> list[Fragment]:
    """The lines' texts, each cut after a 。 or ； inside it (…开放工作。市委网信办: a cell's end and
    the next cell's start on one line); the row's number left out where a cell goes on after it."""
    out = []
    for i in indexes:
        text, offsets = normalise(i)
        if i == row.number_line and row.number_chars:
            cell = text[row.number_chars :].lstrip()
            text, offsets = cell, offsets[len(text) - len(cell) :]
        if text in EMPTY_WRITTEN:  # an empty cell written / or 无: a dash, as other tables write it
            text = "—"
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

    def mark(j: int) -> bool:
        return 0 <= j < len(lines) and bool(lines[j].strip()) and is_noise(lines[j]) and not lines[j].strip().isdigit()
    if TIME_CELL_WHOLE.fullmatch(bare(lines[i])) and all(quiet(j) for j in range(i + 1, len(lines))):
        return False  # … / 县人社局 / <page> / 2024 年11 月底前 / <the file's end>: the last row's time cell (a mutation test)
    return quiet(i - 1) and quiet(i + 1) and any(mark(j) for j in range(i - 3, i + 4))


def _row_paragraphs(row: _Row, columns: list[str], normalise, numbered_tasks: bool, unnumbered_tasks: bool = True,
                    above: dict | None = None, measures: list[str] | None = None,
                    named_measures: dict[str, str] | None = None) -> list[TableParagraph]:
    segments = [_fragments(s, normalise, row) for s in row.segments if s]
    segments = [s for s in segments if s]
    if not segments:
        return []
    out = []
    task_label: list[Fragment] = []  # an unnumbered task cell: labelled in the row (no number to head its rows with)
    # (序号 / 重点任务 / 具体举措 / … / 完成时限: a task merged over rows, printed after the first's time cell, h195)
    merged_task = columns[1] in TASKS_AFTER_A_FIELD and len(columns) > 2 and is_content_column(columns[2])
    if (is_time_column(columns[-1]) and (CATEGORY_COLUMN.search(columns[1]) or merged_task)
            and (merged := _merged_cell_after_time(segments[-1], MERGED_TASK_LINE if merged_task else MERGED_CELL_LINE))):
        segments[-1] = segments[-1][: -len(merged)]  # … / 2023 年三季度末 / 要素 / 保障: the first column's cell, merged
        task_label = merged  # over rows and printed after this row's last cell (z428: the row's cells had not been read)
    if numbered_tasks and not is_content_column(columns[1]) and TASK_NUMBER.match(segments[0][0][0]):
        task = _task_cell(segments[0])
        out.append(_joined(task, row.number_line + 2))
        segments[0] = segments[0][len(task):]
    elif unnumbered_tasks and not is_content_column(columns[1]) and _unnumbered_task_cell(first := _first_cells(segments), columns):
        task_label = _task_cell(first)
        if len(task_label) > len(segments[0]):  # 优化纳税服务水 / <a new page> / 平 / 推行…: the cell's rest opens the next page
            del segments[1][: len(task_label) - len(segments[0])]
        segments[0] = segments[0][len(task_label):]
        segments = [s for s in segments if s]
    leading = _columns_before_units(columns)
    skipped, opening_units = _opening_unit_cells(segments[0], leading) if leading is not None else (0, [])
    if opening_units:  # 序号 / 责任单位 / 重点任务 / 具体举措 / 完成时限: the units open the row (z394, z453, z454)
        segments[0] = segments[0][:skipped] + segments[0][skipped + len(opening_units):]  # (after a 评价指标 cell: z458)
        opening_units += _unit_cells_the_page_cut(segments, skipped, opening_units)
    after_units = _trailing_columns(columns) if not opening_units else []  # (all the text columns are the row's text)
    # several text columns are labelled together: their cells' lines cannot be told apart
    trailing = "、".join(after_units) or None
    officials = len(after_units) == 1 and bool(PERSON_COLUMN.fullmatch(after_units[0]))
    time_between = _time_column_between(columns)  # (…/完成时限/备注: the 备注 cell first, then the time cell closes the rest)
    trailing_cell = _trailing_cell(segments[-1], officials, cells=len(after_units), time_before=True) if time_between else []
    time_cell = _time_cell_of(segments) if is_time_column(columns[-1]) or time_between else []
    if is_time_column(columns[-1]) and not time_cell and len(segments[-1]) > 1 and segments[-1][-1][0] == SAME_AS_ABOVE:
        time_cell = [segments[-1].pop()]  # … / 新区财政金融局 / 同上: the time cell the row above's (z249)
    if after_units and not time_between:
        trailing_cell = _trailing_cell(segments[-1], officials, cells=len(after_units))
    content: list[Fragment] = []
    units: list[Fragment] = []
    if not any(is_unit_column(c) for c in columns):  # a table of payments: its cells are all the row's text
        cells = [f for segment in segments for f in segment]
        every_measure_named = named_measures is not None and len(named_measures) == len(measures or [])
        content = (every_measure_named and _cells_labelled(cells, columns, named_measures)) or _sum_measured(cells, measures or [])
        segments = []
    elif opening_units:
        content, units, segments = [f for segment in segments for f in segment], opening_units, []
    for n, segment in enumerate(segments):
        # 市水 / (next page) 务局; 人民银行福州中心 / (next page) 支行: a name the page cut, even where its first part reads whole
        name_cut = bool(units) and (not ORGAN_END_RE.search(units[-1][0]) or bool(segment) and _rest_of_a_name(segment[0][0]))
        cut = _units_start(segment, last_segment=n == len(segments) - 1, continuing=name_cut)
        if cut == 0 and n == 0 and len(segment) > 1 and not task_label and not is_unit_column(columns[1]):
            # 各地级以上市人民政府分别设立企业服务专员 / 各地级以上市人民政府，省工业和信息化厅: a row's first line is its
            # text's, even where it opens like a unit's name (a cell of units alone has nothing of the row before it)
            cut = 1 + _units_start(segment[1:], last_segment=n == len(segments) - 1, continuing=False)
        if (name_cut and 0 < cut < len(segment) and SENTENCE_END.search(segment[cut - 1][0]) and not _rest_of_a_name(segment[cut][0])
                and not any(ORGAN_END_RE.search(t) for t, _ in units) and not _unit_names_only("".join(t for t, _ in units), allow_cut=False)):
            # …省级商务发展专项资金安排 / (next page) 2000 万元支持…建设。 / 南京海关: the task cell's words the page cut, no name (z376)
            content, units = content + units, []
        content += segment[:cut]
        units += segment[cut:]
    content = _scores_labelled(content, columns)
    # (… / 95 / 种地农民 / 县级农业农村部门: the sum under its column's measure, h194; the row's one figure only, not 120 户 /
    # 20000 of a count before the sum: the review)
    if units and measures and len(measures) == 1 and sum(bool(MEASURED_FIGURE.fullmatch(bare(t))) for t, _ in content) == 1:
        content = _sum_measured(content, measures)
    if content and units and content[-1][0] == SAME_AS_ABOVE:  # …50万元。 / 同上 / 市财政局: the first unit cell, read as the row's text
        units.insert(0, content.pop())
    # 落实见习留用奖励 / 同上 / 同上, … / 同上 / 长期坚持: the time cell and the unit cell as the row above's (z239)
    if is_time_column(columns[-1]) and not time_cell and len(content) > 1 and content[-1][0] == SAME_AS_ABOVE:
        time_cell = [content.pop()]
    if not units and len(content) > 1 and content[-1][0] == SAME_AS_ABOVE and any(is_unit_column(c) for c in columns):
        units = [content.pop()]
        if (len(content) > 1 and sum(is_unit_column(c) for c in columns) > 1
                and (_unit_names_only(content[-1][0], allow_cut=False)  # 新区综合执法局 / 同上: the second unit cell is (z249)
                     or content[-1][0] == SAME_AS_ABOVE)):  # 同上 / 同上: both unit cells the row above's (h218)
            units.insert(0, content.pop())
    between = _text_columns_between_time_and_units(columns)
    if not time_cell and between and not after_units and (cells := _time_then_short_cells(content, len(between))):
        # 1 个工作日 / 不收费 / 省市场监管局: the time cell, then a short cell (收费标准, 办理地点) before the units (h189: no period)
        time_cell, between_cell = cells
        trailing, trailing_cell = "、".join(between), between_cell
    if not time_cell and _time_column_before_units(columns):  # …的申报。 / 2024 年二季 / 度 / 区人社局: the time cell closes the text
        while (len(units) > 1 and content and TIME_TAIL.fullmatch(bare(units[0][0]))
               and TIME_CELL_WHOLE.fullmatch(bare(content[-1][0]) + bare(units[0][0]))):
            content.append(units.pop(0))  # 3 个工作 / 日 / 市市场监管局: the time cell's last line, read as the units' first (h202)
        content = _wrapped_times_joined(content)  # (20 个工作日 / 3 个工作 / 日: two time cells, the second wrapped, h202)
        time_cell = _whole_time_cell(content)
        while time_cell and units and TIME_CELL_WHOLE.fullmatch("".join(t for t, _ in time_cell) + units[0][0]):
            time_cell.append(units.pop(0))  # 15 个工作日内补 / 正: the cell's last line, read as the units' first
    if any(PERSON_COLUMN.fullmatch(c) for c in columns):  # 顾立明 / 副市长 before the units: the official's cell, the row's words
        officials = _officials_cell(units)
        content, units = content + units[:officials], units[officials:]
    out.append(_row_paragraph(row, columns, content, units, time_cell, normalise, (trailing, trailing_cell), (columns[1], task_label),
                              {} if above is None else above))
    return [p for p in out if p.text]


PAGE_MARK = re.compile(r"#+\s*Page\s*(?P<page>\d+)", re.IGNORECASE)  # (normalize.PAGE_MARKER, which imports this module)


def folio_beside_its_mark(lines: list[str], i: int) -> bool:
    """12 / # Page 13: (or # Page 12: / 12): a bare number that is the number of the page the mark opens or closes."""
    number = int(lines[i].strip())
    return any(0 <= j < len(lines) and (m := PAGE_MARK.search(lines[j])) and int(m["page"]) in (number, number + 1)
               for j in (i - 1, i + 1))


def _money_measures(header: list[str]) -> list[str]:
    """补贴标准 / （元/人次）, 见习补贴 / （元/人·月） / 留用补贴 / （元/人）, 金额（元）: the measures of a payment table's money
    columns, each on a line of its own under its name or after it, in the columns' order."""
    return [m["money"] for line in header if (m := MEASURE_CELL.fullmatch(bare(line)) or _measure_after_name(bare(line))) and m["money"]]


def _measures_by_column(header: list[str], columns: list[str]) -> dict[str, str]:
    """额度上限（万元）, 总投资 / （万元）: a money column's measure after its name or on the line under it, by the column's name."""
    measures, name = {}, None
    for line in header:
        text = bare(line)
        if (alone := MEASURE_CELL.fullmatch(text)) and name:
            if alone["money"]:
                measures[name] = alone["money"]
        elif (named := column_name(text) or (text if text in columns else None) or _money_column_name(text)) is not None:  # (见习补贴: named by what is paid)
            name = named
            if (after := _measure_after_name(text)) and after["money"]:
                measures[name] = after["money"]
    return measures


# 序号 / 贷款对象 / 额度上限（万元） / 财政贴息比例 / 贴息期限 / 1 / 个人 / 30 / 100% / 3 年: a payment table's row a cell a line,
# as many as its columns: each cell after the first labelled with its column's name (个人，额度上限：最高30万元，财政贴息比例：100%，
# 贴息期限：3年), a bare figure with its column's measure, a cap column's figures a cap (h216: 个人30万元100%3年, the cap, the
# rate's column and the term lost)
CAP_NAME = re.compile(r"最高|上限|最多|不超过|限额")


def _cells_labelled(cells: list[Fragment], columns: list[str], measures: dict[str, str]) -> list[Fragment] | None:
    cells = _short_tails_joined(_bracket_wraps_joined(cells), len(columns) - 1)
    if (columns[0] != "序号" or len(cells) != len(columns) - 1 or len(cells) < 3 or not cells[0][1]
            or not (measures or any(PAYMENT_COLUMN.fullmatch(c) for c in columns)) or any(is_time_column(c) for c in columns)
            or any(text.count("（") != text.count("）") for text, _ in cells)):  # (a cell wrapped: which line is whose, unknown)
        return None
    out = [cells[0]]
    for name, (text, offsets) in zip(columns[2:], cells[1:]):
        if not offsets:
            return None
        measure = measures.get(name, "") if MEASURED_FIGURE.fullmatch(bare(text)) else ""
        cap = "最高" if measure and CAP_NAME.search(name) and BARE_FIGURE.fullmatch(bare(text)) else ""
        lead = f"，{name}：{cap}"
        out.append((lead + text + measure, [offsets[0]] * len(lead) + offsets + [offsets[-1]] * len(measure)))
    return out


WRAPPED_TAIL = re.compile(r"[\u4e00-\u9fff]{1,2}")  # 3 岁以下婴幼儿家 / 庭: a cell's last character or two, wrapped


def _short_tails_joined(cells: list[Fragment], wanted: int) -> list[Fragment]:
    """育儿补贴 / 3 岁以下婴幼儿家 / 庭 / 每孩每年3600 元 / 按年发放: a row a cell a line with more lines than its columns, where
    as many lines as it has too many are one or two characters alone after the first cell (a word's end the narrow cell
    wrapped), each such line the end of the cell before (h322 F9: the row's cells had been read unlabelled, run together).
    The row's last line is a cell of its own: 按年, 一次 (review43a F5: a long cell wrapped in two, its halves labelled apart)."""
    tails = [k for k in range(2, len(cells) - 1) if WRAPPED_TAIL.fullmatch(bare(cells[k][0]))
             and not re.search(r"[。；;：:，,）)]$", bare(cells[k - 1][0]))]
    if len(cells) <= wanted or len(tails) != len(cells) - wanted:
        return cells
    out: list[Fragment] = []
    for k, (text, offsets) in enumerate(cells):
        if k in tails:
            out[-1] = (out[-1][0] + text, out[-1][1] + offsets)
        else:
            out.append((text, offsets))
    return out


def _bracket_wraps_joined(cells: list[Fragment]) -> list[Fragment]:
    """民事案件（含劳动争议 / 仲裁）: a cell whose bracket its line left open goes on on the next line, one cell (h299 F10: the row's
    cells one more than its columns, read unlabelled)."""
    out: list[Fragment] = []
    for text, offsets in cells:
        if out and out[-1][0].count("（") > out[-1][0].count("）") and text.count("）") > text.count("（"):
            out[-1] = (out[-1][0] + text, out[-1][1] + offsets)
        else:
            out.append((text, offsets))
    return out


def _money_column_name(text: str) -> str | None:
    """国家级（万元）: the name of a column of sums whose measure follows it, whatever the name (a tier, a place)."""
    measured = MEASURED_NAME.fullmatch(text)
    return measured["name"] if measured and measured["money"] else None


def _measure_after_name(text: str) -> re.Match | None:
    measured = MEASURED_NAME.fullmatch(text)
    return MEASURE_CELL.fullmatch(text, measured.start("measure")) if measured else None


def _figure_cell(lines: list[str], i: int) -> bool:
    """A figure alone on its line that is no page's number: a payment table's sum (五级/初级工 / 1000, z258) or a scoring
    table's score (开办企业 / 10 / …), read as a cell, not dropped as a page number."""
    return BARE_FIGURE.fullmatch(bare(lines[i])) is not None and not folio_beside_its_mark(lines, i)


def _scores_labelled(content: list[Fragment], columns: list[str]) -> list[Fragment]:
    """A scoring table's score cell labelled with its column (开办企业 / 10 / 企业开办… -> 开办企业（分值：10）企业开办…): the
    figure alone would run into the cells beside it."""
    column = next((c for c in columns if SCORE_COLUMN.fullmatch(c)), None)
    if column is None:
        return content
    out = []
    for text, offsets in content:
        if BARE_FIGURE.fullmatch(bare(text)) and offsets:
            label = f"（{column}："
            text, offsets = label + text + "）", [offsets[0]] * len(label) + offsets + [offsets[-1]]
        out.append((text, offsets))
    return out


def _sum_measured(content: list[Fragment], measures: list[str]) -> list[Fragment]:
    """A payment table's row with its sums bare figures (… / 五级/初级工 / 1000 / …) under measures on the header (z258, z277): the
    row's figure cells read as the sums they are (1000元/人次), each with its column's measure at the figure's last offset."""
    figures = [n for n, (text, _) in enumerate(content) if MEASURED_FIGURE.fullmatch(bare(text)) and not CELL_YEAR.fullmatch(text)]
    if len(measures) > 1 and len(figures) != len(measures):
        return content  # (a column of counts among the sums: which figure is whose cannot be told, the review)
    out = list(content)
    for n, measure in zip(figures, measures):
        text, offsets = content[n]
        out[n] = (text + measure, offsets + [offsets[-1]] * len(measure))
    return out


def _row_follows(lines: list[str], i: int, rows: list["_Row"]) -> bool:
    """A row numbered on within the next few lines after line ``i``, or the row's sum on the next (a bracket cell inside
    the table, not after it: a review)."""
    following = [bare(line) for line in lines[i + 1 : i + 6] if line.strip() and not PAGE_MARK.search(line)]  # (a bare number is one)
    return bool(rows) and (any(re.match(rf"{rows[-1].number + 1}(?![\d.．])", text) for text in following)
                           or bool(following) and BARE_FIGURE.fullmatch(following[0]) is not None)  # (the row's sum after it)


# （责任单位：…；完成时限：长期） after a payment table's last row: the item's bracket, no row's cell (a blind test: the last
# row's sum had been lost to it, or the bracket given to that row alone)
ITEMS_UNITS_AFTER = re.compile(r"[（(](?:责任|牵头|配合|主责|实施|承办)(?:单位|部门)[：:]")
BARE_FIGURE = re.compile(r"\d{1,7}(?:\.\d{1,2})?")
MEASURED_FIGURE = re.compile(r"(?:不超过|不高于|最高|不低于|最低)?" + BARE_FIGURE.pattern)  # (不超过2000 under 元/亩: h194)
CELL_YEAR = re.compile(r"20[1-3]\d")  # a 建设年限 cell (2024) is no sum (the review); 2000 is one


def _whole_time_cell(content: list[Fragment]) -> list[Fragment]:
    """The closing lines of a row's text that together are a time cell and nothing else (2024 年二季 / 度, 长期; not
    2025 年实现乡镇全覆盖, the task's words, nor 每年最高6000 元，…, a standard's), taken off ``content``."""
    for lines in range(min(MAX_TIME_CELL_LINES, len(content) - 1), 0, -1):
        tail = "".join(text for text, _ in content[-lines:])
        if TIME_CELL_WHOLE.fullmatch(tail) and TIME_CELL.search(tail):
            cell = content[-lines:]
            del content[-lines:]
            return cell
    return []


def _unit_cells_the_page_cut(segments: list[list[Fragment]], at: int, units: list[Fragment]) -> list[Fragment]:
    """市自然资源局 / 市住房城乡建设局、市人 / 防办、市气 / (next page) 象局 / 推行…: the unit cells go on past the page, the rest
    of the first page's lines names cut at its end; those lines and the next page's that complete the names, taken off
    the segments (z459: the names after the cut had stayed in the text)."""
    rest, joined = segments[0][at:], "".join(t for t, _ in units)
    if len(segments) < 2 or not rest or not _unit_names_only(joined + "".join(t for t, _ in rest), allow_cut=True):
        return []
    for k in range(1, min(3, len(segments[1]) - 1) + 1):
        if _unit_names_only(joined + "".join(t for t, _ in rest + segments[1][:k]), allow_cut=False):
            taken = rest + segments[1][:k]
            segments[0], segments[1] = segments[0][:at], segments[1][k:]
            return taken
    return []


# the row's main text after its units (重点任务, 整改措施, 存在问题, 政策内容 …), not a 备注 or a 联系电话
MAIN_TEXT_COLUMN = re.compile(r".*(?:任务|措施|举措|内容|问题|事项|指标)")


def _columns_before_units(columns: list[str]) -> int | None:
    """How many columns come between 序号 and the unit columns where the units stand before the row's main text (序号 /
    责任单位 / 重点任务 …: 0; 序号 / 评价指标 / 牵头单位 / 配合单位 / 提升任务 …: 1), the unit columns together; None where the
    units follow the text (… / 具体举措 / 牵头单位 / 配合单位 / 完成时限 / 备注) or stand on both sides of it."""
    units = [i for i, c in enumerate(columns) if is_unit_column(c)]
    if not units or units != list(range(units[0], units[-1] + 1)) or units[0] > 1 + MAX_COLUMNS_BEFORE_UNITS:
        return None
    before, after = columns[1 : units[0]], columns[units[-1] + 1 :]
    if before and (any(is_time_column(c) for c in before) or not any(MAIN_TEXT_COLUMN.fullmatch(c) for c in after if not is_time_column(c))):
        return None
    if not before and (len(columns) <= 2 or not any(not is_time_column(c) for c in after)):
        return None
    return len(before)


MAX_COLUMNS_BEFORE_UNITS = 1  # (a short cell such as 评价指标: 开办企业)


def _opening_unit_cells(segment: list[Fragment], before: int = 0) -> tuple[int, list[Fragment]]:
    """Where the unit cells begin in a row's lines and their lines: after the cells of the ``before`` columns before them (a
    line or two each, whose words are no names; none where the row prints no such cell, merged with the row above's), the
    most lines (at most MAX_OPENING_UNIT_LINES) that read as unit names only, the last name whole (市政务服务局牵 / 头，市发展
    改革 / 委、各县（市、区） / 人民政府配合 / 推行…)."""
    for start in range(0, min(2 * before, len(segment) - 1) + 1):
        if (before and start == 0 and len(segment) > 1 and not _unit_names_only(segment[0][0], allow_cut=False)
                and (UNIT_START.match(segment[1][0]) and not segment[1][0].startswith(("区）", "市）", "县）"))
                     or not _unit_names_only(segment[0][0], allow_cut=True))):
            continue  # 市场监管 / 省市场监管局: the short cell's words, then a name opening on the next line
        if segment[start][0] in EMPTY_CELL + "".join(EMPTY_WRITTEN):
            return start, segment[start : start + 1]  # — / 无: an empty unit cell (the text's first words are no unit's, the review)
        for k in range(min(MAX_OPENING_UNIT_LINES, len(segment) - start - 1), 0, -1):
            if _unit_names_only("".join(t for t, _ in segment[start : start + k]), allow_cut=False):
                return start, segment[start : start + k]
    return 0, []


MAX_OPENING_UNIT_LINES = 16  # (ten units in a narrow column took eleven lines: the review)


def _time_column_before_units(columns: list[str]) -> bool:
    """序号 / 工作任务 / 具体措施 / 完成时限 / 牵头单位 / 配合单位: the time column right before the unit columns."""
    units = [i for i, c in enumerate(columns) if is_unit_column(c)]
    return bool(units) and units[0] > 0 and is_time_column(columns[units[0] - 1])


def _text_columns_between_time_and_units(columns: list[str]) -> list[str]:
    """序号 / 事项名称 / 办理时限 / 收费标准 / 责任单位: the text columns between a time column and the unit columns after it."""
    units = [i for i, c in enumerate(columns) if is_unit_column(c)]
    times = [i for i, c in enumerate(columns[: units[0]]) if is_time_column(c)] if units else []
    return [c for c in columns[times[-1] + 1 : units[0]] if not is_time_column(c)] if times else []


def _time_then_short_cells(content: list[Fragment], cells: int) -> tuple[list[Fragment], list[Fragment]] | None:
    """The time cell and the short cells after it closing a row's text (1 个工作日 / 不收费, 5 个工作 / 日 / 每件550 / 元), taken
    off ``content``: the fewest closing lines (three a cell at most) before which a whole time cell closes the rest."""
    for k in range(1, min(MAX_SHORT_CELL_LINES * cells, len(content) - 2) + 1):
        rest = content[:-k]
        if any(TIME_CELL.search(text) for text, _ in content[-k:]):
            return None  # (the time cell's own lines: 5 个工作 / 日, no short cell after it)
        if cell := _whole_time_cell(rest):  # (taken off ``rest``, a copy)
            short = content[-k:]
            del content[len(rest) :]  # the time cell and the short cells after it
            return cell, short
    return None


def _columns_after_units(columns: list[str]) -> list[str]:
    """The columns after the last unit column (none where no column names units)."""
    units = [i for i, c in enumerate(columns) if is_unit_column(c)]
    return columns[units[-1] + 1 :] if units else []


def _trailing_columns(columns: list[str]) -> list[str]:
    """The columns of text after the unit columns (序号/政策名称/政策内容/责任单位/兑现方式, …/责任单位/备注/完成时限; several:
    …/检查主体/检查依据/检查频次, z357), time columns left out."""
    return [c for c in _columns_after_units(columns) if not is_time_column(c)]


def _trailing_cell(segment: list[Fragment], officials: bool = False, cells: int = 1, time_before: bool = False) -> list[Fragment]:
    """The lines of the text cells after the unit cells (``cells`` of them), taken off the end of a row's last segment: the
    fewest closing lines (three a cell at most) that hold no unit name and leave unit names closing the rest
    (市科技局 / 免申即享); none when no such cut is found. In an officials' column, the lines that read as officials.
    ``time_before``: a time column lies between the units and these cells (…/配合单位/完成时限/备注): the rest closes with a
    time cell, then the unit names (z376: the time cell had been read as the 备注, or no units found)."""
    if len(segment) > 1 and segment[-1][0] in EMPTY_CELL:
        return [segment.pop()]  # …街道办事处 / / (备注 empty, written /): the last cell's, not a unit's
    if officials and (taken := _officials_closing(segment)):
        cell = segment[-taken:]
        del segment[-taken:]
        return cell
    most = (MAX_SHORT_CELL_LINES + 2 if time_before else MAX_SHORT_CELL_LINES) * cells  # (a narrow 备注 wraps further)
    # after a time column, first a cut whose time cell ends in a time word (2024 年底前 / 出台实施细则并 / 组织实施: the 备注's
    # first line is no task due then, the review)
    for strict in (True, False) if time_before else (False,):
        for lines in range(1, min(most, len(segment) - 1) + 1):
            cell, rest = segment[-lines:], segment[:-lines]
            text = "".join(t for t, _ in cell)
            if _unit_names_only(text, allow_cut=False):
                break  # a name: the unit cell's own closing line, not another column's
            if text.count("）") > text.count("（"):
                continue  # 依申请兑现（经办 / 银行受理）: the cell's bracket opened a line before (z272: 经办 had ended a unit's name)
            if time_before and (rest := _before_time_cell(rest, text, strict)) is None:
                continue
            if _units_start(rest, last_segment=True, continuing=False) < len(rest):
                del segment[-lines:]
                return cell
    return []


def _before_time_cell(lines: list[Fragment], after: str, strict: bool = False) -> list[Fragment] | None:
    """``lines`` without the time cell closing them (2024 年6 月 / 30 日前), or None where ``after``, the text of the lines
    after them, reads as a time itself (2024 年6 月 / 底前: the same cell, no 备注). Where no time cell closes them, the time
    cell is blank: ``lines`` themselves, unless ``after`` holds a time (the review: a blank time cell, then 国家试点任务).
    ``strict``: the time cell ends in a time word (not …底前出台实施细则并)."""
    if TIME_CELL_WHOLE.fullmatch(after):
        return None
    for n in range(min(MAX_TIME_CELL_LINES, len(lines) - 1), 0, -1):
        tail = "".join(text for text, _ in lines[-n:])
        if TIME_CELL_WHOLE.fullmatch(tail) and TIME_CELL.search(tail) and (not strict or ROW_END.search(tail)):
            return lines[:-n]
    return None if strict or TIME_CELL.search(after) or lines and TIME_CELL.search(lines[-1][0]) else lines  # (2024 年第二 / 季度末)


def _time_column_between(columns: list[str]) -> bool:
    """…/牵头单位/配合单位/完成时限/备注: a time column after the unit columns and before a text column."""
    after = _columns_after_units(columns)
    return len(after) > 1 and is_time_column(after[0]) and not is_time_column(after[-1])


def _time_cell_of(segments: list[list[Fragment]]) -> list[Fragment]:
    """The time cell of a row: closing its last page's lines, or, where the next page held only the rest of
    a text cell (…50 万 / 市金融工作办 / 长期坚持 / (next page) 元；…以下。), closing the last page that has one."""
    cell = _time_cell(segments[-1])
    if cell and not segments[-1] and len(segments) > 1:  # 2023 年12 月 / (next page) 底前: the time cell the page cut
        _time_cell_begun_before(segments[-2], cell)
    if not cell and len(segments) > 1 and segments[-1] and segments[-2]:
        head, tail = segments[-2][-1][0], segments[-1][-1][0]  # 每季度调度一 / (next page: the other cells' rest) / 次
        if TIME_CELL.search(head) and TIME_CELL_WHOLE.fullmatch(head + tail):
            cell = [segments[-2].pop(), segments[-1].pop()]
    for segment in reversed(segments[:-1]):
        if cell or not SENTENCE_END.search(segments[-1][-1][0]):
            break
        cell = _time_cell(segment)
    return cell


def _time_cell_begun_before(segment: list[Fragment], cell: list[Fragment]) -> None:
    """The closing lines of the page before that begin the time cell the next page ends (their time and the
    cell's read as one), moved into ``cell``."""
    for lines in range(min(MAX_SHORT_CELL_LINES - len(cell), len(segment)), 0, -1):
        begun = "".join(text for text, _ in segment[-lines:])
        if TIME_CELL.search(begun) and TIME_CELL_WHOLE.fullmatch(begun + "".join(text for text, _ in cell)):
            cell[:0] = segment[-lines:]
            del segment[-lines:]
            return


def _time_cell(segment: list[Fragment]) -> list[Fragment]:
    """The time cell's lines, taken off the end of a row's last segment: up to three closing lines that
    each hold a time, or that together are one (an empty cell is one dash: the line before is a unit's)."""
    cell: list[Fragment] = []
    while segment and TIME_CELL.search(segment[-1][0]) and len(cell) < MAX_SHORT_CELL_LINES:
        if cell and segment[-1][0] in EMPTY_CELL:
            break  # — / 长期坚持: the dash is the empty cell before the time's (配合单位), not the time's
        cell.insert(0, segment.pop())
        if cell[0][0] in EMPTY_CELL:
            return cell
    for lines in range(min(MAX_TIME_CELL_LINES, len(cell) + len(segment)), len(cell), -1):
        tail = "".join(text for text, _ in segment[len(segment) + len(cell) - lines:]) + "".join(text for text, _ in cell)
        if TIME_CELL_WHOLE.fullmatch(tail) and TIME_CELL.search(tail) and tail[0] not in EMPTY_CELL:
            taken = lines - len(cell)
            cell[:0] = segment[-taken:]
            del segment[-taken:]
            break
    return cell


def _task_cell(segment: list[Fragment]) -> list[Fragment]:
    """A task cell's lines: the first, and the next ones as long as they fit its column (the
    content's lines are wider; width counts a digit as half a character)."""
    width = _width(segment[0][0])
    cell = [segment[0]]
    for fragment in segment[1:]:
        # wider than the task column, or a sentence: the content's first line (a first line cut short before a
        # quoted phrase, 企业开办 / “一网通办”, is narrower than its column: the phrase, up to a half more, is the cell's)
        quoted = fragment[0].startswith(("“", "《")) and len(cell) == 1
        if _width(fragment[0]) > (max(width + 1, width * 3 // 2) if quoted else width + 1) or re.search(r"[，。；]", fragment[0]):
            break
        cell.append(fragment)
        width = max(width, _width(fragment[0]))
    return cell


def _first_cells(segments: list[list[Fragment]]) -> list[Fragment]:
    """The row's first lines: the first page's, and the next page's too where the first page holds the task cell alone
    (2 / 优化公共服务 / <a new page> / 对用电报装…: the page cut the task cell from the text beside it, a blind test)."""
    first = segments[0]
    if len(segments) > 1 and len(_task_cell(first)) == len(first):
        return first + segments[1]
    return first


def _unnumbered_task_cell(segment: list[Fragment], columns: list[str]) -> bool:
    """A task column's cell without a number (强化用地保障 / 推行工业项目“标准地”出让，…) before a content
    column's text, printed in the first row it spans: no sentence in it, narrower than the content's
    first line (a content cell's lines run to its column's width but for its last)."""
    if len(columns) < 3 or not is_content_column(columns[2], after=columns[1]) or len(segment) < 2 or TASK_CELL_STOP.search(segment[0][0]):
        return False
    task = _task_cell(segment)
    rest = segment[len(task):]
    return (bool(rest) and not _unit_names_only(rest[0][0], allow_cut=False) and not rest[0][0].startswith(("《", "“", "（", "，"))
            and _width(rest[0][0]) > max(_width(text) for text, _ in task) + 2)


def _rest_of_a_name(line: str) -> bool:
    """A page's first unit line opening with an organ's ending and no level, place or body of its own
    (支行、福建银保监局, 网信办): the rest of the name the last page cut (人民银行福州中心 / 支行, 省委 / 网信办)."""
    first = re.split(r"[、，；,;]", line, maxsplit=1)[0]
    return (0 < len(first) <= NAME_REST_MAX and bool(ORGAN_END_RE.search(first)) and not UNIT_START.match(first)
            and not gazetteer().match_prefix(first) and not _national_body(first))


NAME_REST_MAX = 8  # characters: longer is a name of its own or a task's text
TASK_CELL_STOP = re.compile(r"[，。；：,;:、！？]")


def _width(text: str) -> int:
    return sum(1 if ord(ch) < 0x2E80 else 2 for ch in text)


def _units_start(segment: list[Fragment], last_segment: bool, continuing: bool) -> int:
    """Where the unit cells begin in a segment: the longest run of closing lines that holds unit
    names only (on a page the row goes on from, the last name may be cut: 市水 / 务局)."""
    cut = len(segment)
    for k in range(len(segment) - 1, max(-1, len(segment) - MAX_UNIT_LINES - 1), -1):
        if SENTENCE_END.search(segment[k][0]) or BARE_FIGURE_CELL.fullmatch(segment[k][0]):
            break  # a sentence's end, or a cell of a figure (二级指标 / 分值 / 责任单位: 市场主体满意度 / 10 / 省统计局, a blind
            # test): no run holding this line holds names only (each run was read anew)
        if k and len(segment[k][0]) == 1 and segment[k][0] not in EMPTY_CELL or DATE_TAIL_LINE.fullmatch(segment[k][0]):
            # 保护中小投资 / 者 / 福建证监局: a cell's last character the wrap left alone opens no unit cell (z354), nor does a
            # date's end (2024 年12 月31 / 日前 / 创业实体注册地县（区）人社局: z188)
            continue
        if (k and k + 1 < len(segment) and COUNT_AT_THE_END.search(segment[k - 1][0]) and not ORGAN_CHAR.search(segment[k][0])
                and not segment[k][0].startswith(("各", "有关", "相关")) and ORGAN_CHAR.search(segment[k + 1][0])):
            continue  # …覆盖全省21 个 / 地级以上市 / 省政务服务数据管理局: what the count counts, the task's words (a review;
            # not …不少于20 个 / 各县（市、区）: a distributive unit cell, nor a cell of one line)
        if (k + 1 < len(segment) and not (continuing and k == 0) and UNIT_START.match(segment[k + 1][0])
                and "、" not in segment[k][0] and not ORGAN_END_RE.search(segment[k][0])
                and not UNIT_START.match(segment[k][0]) and not segment[k][0].startswith("由")
                and not _unit_names_only(segment[k][0], allow_cut=True)):
            continue  # 建立营商环境投诉 / 处理机制 / 市政务服务监督管理局: a line opening no name before one opening its own is the
            # task cell's wrapped end (h275 F3: read as 处理机制市政务服务监督管理局, a zone's body)
        if _unit_names_only("".join(t for t, _ in segment[k:]), allow_cut=not last_segment, continuing=continuing):
            cut = k
    return cut


BARE_FIGURE_CELL = re.compile(r"\s*\d+(?:\.\d+)?\s*")
DATE_TAIL_LINE = re.compile(r"(?:\d{1,2}\s*)?[日号]?(?:之?前|以前|底前|末前?)|[日号]")
ROLE_AFTER_NAME = re.compile(r"(?:按职责分工)?(?:牵头|配合|负责|协助|参与|负责落实|落实)$")  # (…，市级各行政执法部门落实: z367)


# a target's words, in no organ's name (省级以上开发区 / 区域评估全覆盖 / 市自然资源局: a 工作目标 cell before the units, z453)
TARGET_WORDS = re.compile(r"覆盖|实现|达到|压缩至|提升至|降至|不超过|不少于|不低于")
SUM_OF_MONEY = re.compile(r"\d\s*(?:万|亿)?元|^(?:万|亿)?元")  # (… / 200 / 万元 / 同上 / …: a figure's unit on a line of its own, z249)
COUNT_OF_THINGS = re.compile(r"\d\s*(?:个|家|项|次|名|人|户|所|%)")
COUNT_AT_THE_END = re.compile(r"\d\s*个$")
ORGAN_CHAR = re.compile(r"[局委办厅院部会署处室队所心司组站社府]")  # (a line with none names no organ, even in part)


HELPERS_PART = re.compile(r"(?:落实|配合|参与|协助)$")
LABEL_IN_CELL = re.compile(r"(?:(?<=^)|(?<=[；;]))(?:牵头|配合|责任|协办)(?:单位|部门)[：:]")


def _unit_names_only(text: str, allow_cut: bool, continuing: bool = False) -> bool:
    """Whether ``text`` holds unit names only: the first opens with a level or a place (unless it
    ends a name the page cut), every one ends with an organ (the last may be cut)."""
    if not text or text[-1] in "。；，,":
        return False
    if text in EMPTY_CELL:
        return True
    text = LABEL_IN_CELL.sub("", text) or text  # 牵头单位：X； / 配合单位：市住 / 房城乡建设局: a cell labelling its units (z435)
    # not inside “双随机、一公开”; 各市、区政府 is one name; 市人社局（牵头） is a name marked as lead
    pieces = [LEAD_MARK.sub("", name) for cell in split_top_level(_split_cells(text), "；—－") for name, _ in list_items(cell)]
    if not pieces:
        return False
    for n, piece in enumerate(pieces):
        if (re.search(r"[。；：！？《》]", piece) or len(piece) > MAX_NAME or SUM_OF_MONEY.search(piece) or COUNT_OF_THINGS.search(piece)
                or TARGET_WORDS.search(piece) or re.match(r"各类[\u4e00-\u9fff]{0,6}?(?:企业|主体|对象|人员|人才|项目|群体)", piece)):  # (各类企业: who is paid, a 兑现对象 cell, z456)
            # a sentence, not a name (区运营机构30 万元: a sum's line, z245; 县9 个乡镇…中心实现高频: a count, z340; 《…部办公厅
            # 财政部: a cited title's line, z377)
            return False
        piece = re.sub(r"等.*$", "", piece) or piece  # 市大数据管理中心等市级有关单位
        piece = ROLE_AFTER_NAME.sub("", piece) or piece  # 市金融工作办牵头，人行拉萨中心支行、市财政局配合
        if piece.startswith("由") and UNIT_START.match(piece, 1) and n < len(pieces) - 1 and HELPERS_PART.search(pieces[-1]):
            piece = piece[1:]  # 由市大数据发展局负责， / 市直各有关部门落实: a unit cell written as a sentence (z430; not a
            # task's last words, …奖励资金 / 由市财政局负责 / 市商务局: the review)
        core = ALIAS_AFTER.sub("", piece)  # 区交通运输局（区港航中心）: an organ and its other name
        if continuing and n == 0 and "）" in core and "（" not in core:  # 市市场监管局（市 / (next page) 知识产权局）、…
            core = core[: core.index("）")]  # the rest of the other name the page cut
        whole = (bool(ORGAN_END_RE.search(core)) or core.endswith("人民银行") or bool(OWN_COLLECTIVE.fullmatch(core))  # (a bank's branch goes on after 人民银行)
                 or piece in EMPTY_CELL or bool(DISTRIBUTIVE.match(piece))  # 各镇（街道）
                 or bool(EVERY_SCHOOL.fullmatch(core))  # 县教育局、各中小学校 (h281 F5: the row's units all lost)
                 or n < len(pieces) - 1 and gazetteer().lookup(piece) is not None  # 沈阳市、大连市人民政府: one organ each
                 or n > 0 and len(core) <= ZONE_NAME_MAX and bool(BARE_ZONE.search(core))  # …，各区县政府、西咸新区: its administration
                 or continuing and n == 0 and len(piece) == 1)  # 人民银行石家庄中心支 / (next page) 行: the name's last character
        if not whole and not (allow_cut and n == len(pieces) - 1):
            return False
        # a national body opens a cell with no place (财政部、人民银行、金融监管总局), as does a zone's body
        # and a department's own division in a table the department issued (法规处、登记注册局)
        opens = (UNIT_START.match(piece) or _place_opens_cell(piece) or piece in EMPTY_CELL or _national_body(core)
                 or ZONE_BODY.fullmatch(core) or DIVISION.match(core) or INTERNAL_BUREAU_CELL.fullmatch(core) or MINISTRY_DIVISION.fullmatch(core)
                 or is_bare_department(core)  # 住房城乡建设厅 / 自然资源厅、财政厅: a province's departments named by kind alone (z447)
                 or OWN_COLLECTIVE.fullmatch(core) or allow_cut and n == len(pieces) - 1 and NEW_AREA_CUT.fullmatch(piece)
                 or body_where_it_is(core)  # 企业参保地公共就业服务机构: a payment table's 经办机构 (z378)
                 or _town_body(core))
        if not opens and n == 0 and not continuing:
            return False
    return True


def _place_opens_cell(piece: str) -> bool:
    """A place opens the name; one named short (新建 of 新建区, a common word) only when no place named in
    full follows it (新建保税仓库 / 晋江市人民政府: a task cell's line before the unit's)."""
    hit = gazetteer().match_prefix(piece)
    return bool(hit) and (hit[1] == hit[0].name or not gazetteer().find_all(piece[len(hit[1]) :]))


def _town_body(name: str) -> bool:
    """双墩镇人民政府, 杨庙乡人民政府, 双凤街道办事处: a town's government or a street's office by the town's name, which no gazetteer holds
    (h302 F6: a 配合单位 cell of one, the row not cut into cells and its units lost)."""
    organ = TOWN_ORGAN.search(name)
    return bool(organ) and bool(TOWN_ALONE.fullmatch(name[: organ.start()]))


def _national_body(name: str) -> bool:
    """财政部, 金融监管总局, 人民银行 alone in a cell; not any text ending in 部 (排奖补资金财政部: a task's line before the name)."""
    return (name in NATIONAL_UNITS or name in NATIONAL_SHORT_NAMES or name.startswith(NATIONAL_ISSUERS)
            or is_national_issuer(name) and not name.endswith("部"))


def _split_cells(text: str) -> str:
    """Two unit cells run together (市市场监管委市政务服务办、…): a 、 put where one organ's name
    ends and the next begins."""
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        if ch in ORGAN_LAST_CHARS and _name_ends_before(text, i) and text[i + 1] != "、":
            out.append("、")
    return "".join(out)


# the characters an organ's name (ORGAN_END_RE) or its other name in brackets can end with: others end none
ORGAN_LAST_CHARS = frozenset("局委办厅院部会署处室队所心司组站社府位门构联场团关行师企业）)")


OFFICE_OF_A_NATIONAL_BODY = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:省|市|自治区|州|县|区)(?:税务局|监管局|分局)")


def _name_ends_before(text: str, i: int) -> bool:
    """Whether an organ's name ends at ``text[i]`` and another begins right after it (not the
    branch of a bank: 人民银行 / 天津分行 is one name); a name may end with its other name in
    brackets (市市场监管局（市知识产权局）)."""
    nxt = text[i + 1 : i + 13]
    if text.endswith("总局", 0, i + 1) and OFFICE_OF_A_NATIONAL_BODY.match(nxt):
        return False  # 国家税务总局 / 安徽省税务局: one name, the national body's office in the province (z457)
    if text[i] == "团" and YOUTH_LEAGUE_REST.match(nxt):
        return False  # 团省委: the Youth League's committee, not a 团 and then 省委
    if OWN_COLLECTIVE_INSIDE.match(text, max(0, i - 2)) and nxt.startswith("各"):
        return False  # 委机关各处室: one collective, not 委机关 and then 各处室
    if nxt and _organ_ends_at(text, i) and OWN_COLLECTIVE_OPENS.match(nxt):
        return True  # 体改法规处 / 委机关各处室
    return bool(nxt) and _organ_ends_at(text, i) and bool(UNIT_START.match(nxt) or gazetteer().match_prefix(nxt) or _bare_department_opens(nxt))


def _bare_department_opens(text: str) -> bool:
    """自然资源厅、… / 财政厅…: a province's department named by its kind alone opens ``text`` (a list naming 省 once:
    住房城乡建设厅自然资源厅、省发展改革委 is two cells run together, z447)."""
    end = text.find("厅")
    return end > 1 and is_bare_department(text[: end + 1])


def _organ_ends_at(text: str, i: int) -> bool:
    if text[i] in "）)":
        opened = max(text.rfind("（", 0, i), text.rfind("(", 0, i))
        return opened > 0 and bool(ORGAN_END_RE.search(text[max(0, opened - 5) : opened]))
    return bool(ORGAN_END_RE.search(text[max(0, i - 5) : i + 1]))


def _next_table_after(lines: list[str], i: int, is_noise) -> bool:
    """（二）设施农业补贴。标准如下： / 序号 / … / 1: the text's next item, over a table of its own (h194: run into the last row)."""
    following = [k for k in range(i + 1, min(len(lines), i + 1 + NEXT_TABLE_REACH)) if bare(lines[k]) and not is_noise(lines[k])]
    return any(bare(lines[k]) == "序号" and _restarts(lines, k, is_noise) for k in following)


TABLE_LABEL = re.compile(r"(?:附)?表\s*\d{1,2}")  # 表2 over the next table's header
# 2．暖棚建设补贴。新建…： as well as （二）…: an item of the text, numbered in its own style; a numbered line with its own
# sentence (not 2.开展业务培训, a cell's point: the review)
TEXT_ITEM_OPENS = re.compile(ITEM_OF_THE_TEXT.pattern + r"|\d{1,2}[.．][\u4e00-\u9fff]{2}[^。：:]*[。：:]")


NEXT_TABLE_REACH = 4  # lines: the item's own, then the next table's header


def _restarts(lines: list[str], i: int, is_noise) -> bool:
    """Whether the header at line ``i`` opens another table (its first row is numbered 1)."""
    names, body = _header_at(lines, i, is_noise)
    return bool(names) and body < len(lines) and bare(lines[body]) == "1"


# 各街镇, 各乡镇（街道）, 各开发区: the places below called on as a cell of their own, no organ's ending
EVERY_PLACE_CELL = re.compile(r"各(?:县（市、区）|区县|县区|街镇|镇街|街道|乡镇|开发区|园区|功能区|镇|乡|区|县)(?:[（(](?:街道|乡镇|镇|管委会)[）)])?")  # (longest first: 各区县人民政府, the second review)


def _cell_boundary(text: str) -> int | None:
    """Where the second unit cell begins in the joined unit text, if it can be told."""
    every = EVERY_PLACE_CELL.match(text)
    if every and every.end() < len(text) and UNIT_START.match(text, every.end()):
        return every.end()  # 各街镇 / 区投资促进办 (h239: the row above's lead taken, 各街镇区投资促进办 one helper)
    for i, ch in enumerate(text):
        if ch in EMPTY_CELL:
            return i if i > 0 else 1  # 天津证监局— : the second cell is empty; —市委依法治市办: the first
        if ((_name_ends_before(text, i) or _division_ends_before(text, i)) and text[i + 1] not in "、，"
                and not (NATIONAL_SYSTEM_HEAD.search(text, 0, i + 1) and BRANCH_AFTER_HEAD.match(text, i + 1))):
            # (海关总署广东分署, 国家金融监督管理总局广东监管局: one office, a blind test)
            return i + 1
    return None


# (its own organ its first: not 技局县乡村振兴局 after 县农牧和科, h236: 县农牧和科技局 cut in two)
DIVISION_AHEAD = re.compile(r"(?:(?![处局司])[\u4e00-\u9fff]){2,8}?(?:处室|处|局|司)(?=[、，；]|$)")


def _division_ends_before(text: str, i: int) -> bool:
    """法规处 / 执法稽查局 run together: a department's division ends at ``text[i]`` and another begins."""
    name = re.split(r"[、，；]", text[: i + 1])[-1]
    return bool((DIVISION.match(name) or INTERNAL_BUREAU_CELL.fullmatch(name)) and DIVISION_AHEAD.match(text, i + 1))


def _joined(fragments: list[Fragment], line: int) -> TableParagraph:
    text = "".join(t for t, _ in fragments)
    offsets = [o for _, offs in fragments for o in offs]
    return TableParagraph(text, offsets + [offsets[-1] + 1 if offsets else 0], line)


def _row_paragraph(row: _Row, columns: list[str], content: list[Fragment], units: list[Fragment],
                   time_cell: list[Fragment], normalise, trailing: tuple[str | None, list[Fragment]] = (None, []),
                   task: tuple[str, list[Fragment]] = ("", []), above: dict | None = None) -> TableParagraph:
    number_text, number_offsets = _row_number(row, normalise)
    if row.sub:  # 1-2 under task 1: its own number, the task's paragraph heads it
        number_text, number_offsets = str(row.sub), number_offsets[-len(str(row.sub)) :]
    text = "（" + number_text + "）"
    offsets = [number_offsets[0]] + number_offsets + [number_offsets[-1]]
    body = _joined(content, row.number_line + 1)
    text, offsets = text + body.text, offsets + body.offsets[:-1]
    unit_columns = [c for c in columns if is_unit_column(c)]
    line_starts = {offsets[0] for _, offsets in units if offsets}
    cells = [_spaced_names_listed(cell, line_starts)
             for cell in _unit_cells(_joined(units, row.number_line + 1), len(unit_columns), _cells_a_line_each(units, len(unit_columns)))]
    cells = _same_as_above(_lead_merged_above(cells, unit_columns, above), unit_columns, {} if above is None else above)
    labelled = [(name, cell) for name, cell in zip(unit_columns, cells) if cell.text and cell.text not in EMPTY_CELL]
    time = _joined(time_cell, row.number_line + 1)
    time_column = next((c for c in columns if is_time_column(c)), "")
    if time.text == SAME_AS_ABOVE and above is not None:
        time = above.get(time_column, time)  # (its words where they are printed, as a unit cell's)
    elif time.text and above is not None:
        above[time_column] = time
    times = _time_cells_by_column(columns, time_cell, row.number_line + 1)
    if times:
        labelled += times
    elif time.text and time.text not in EMPTY_CELL:
        labelled.append((next(c for c in columns if is_time_column(c)), time))
    for name, lines in (trailing, task):  # after the units: their bracket is read as before (…；重点任务：强化用地保障)
        other = _joined(lines, row.number_line + 1)
        if name and above is not None and other.text == SAME_AS_ABOVE:
            other = above.get(name, other)  # 重点任务 / 同上: the row above's task, its words where they are printed (h218)
        elif name and above is not None and other.text:
            above[name] = other
        if name and other.text and other.text not in EMPTY_CELL:
            labelled.append((name, other))
    if labelled:
        for n, (name, cell) in enumerate(labelled):
            opener = ("（" if n == 0 else "；") + name + "："
            text += opener + cell.text
            offsets += [cell.offsets[0]] * len(opener) + cell.offsets[:-1]
        text += "）"
        offsets.append(max(offsets))  # the row's last character in the file: a task cell labelled last lies before its units
    return TableParagraph(text, offsets + [offsets[-1] + 1], row.number_line + 1, row=True)


def _time_cells_by_column(columns: list[str], time_cell: list[Fragment], line: int) -> list[tuple[str, TableParagraph]]:
    """…/法定时限/承诺时限 / 20 个工作日 / 5 个工作日: where the header has several time columns side by side and the row's time
    lines are as many, each a whole time, each its column's (two blind tests: the second had run into the first, its limit
    lost)."""
    runs, run = [], []
    for name in columns:
        run = run + [name] if is_time_column(name) else []
        runs.append(run)
    side_by_side = max(runs, key=len, default=[])
    if len(side_by_side) < 2 or len(time_cell) != len(side_by_side) or not all(TIME_CELL_WHOLE.fullmatch(t) for t, _ in time_cell):
        return []
    return [(name, _joined([fragment], line)) for name, fragment in zip(side_by_side, time_cell)]


# a national system's office after its head, a place's name then its kind (广东分署, 广东监管局; not 省商务厅…: an organ first)
BRANCH_AFTER_HEAD = re.compile(r"(?:(?![厅局委办室署])[\u4e00-\u9fff]){2,8}?(?:分署|监管局|监管分局|税务局|分局|中心支行|分行|支行|海关)")
NATIONAL_SYSTEM_HEAD = re.compile(r"(?:国家税务总局|中国人民银行|人民银行|国家金融监督管理总局|海关总署|国家外汇管理局)$")


def _spaced_names_listed(units: TableParagraph, line_starts: set[int]) -> TableParagraph:
    """区人社局 各街道（镇）社区事务受理服务中心: names a cell parts by a space alone (normalising drops it between
    Chinese characters: a gap in the offsets inside a line) listed with a 、 where one organ's name ends and another
    opens; not at a line's end, which may cut one name (国家税务总局 / 无锡市税务局), nor in a letter-spaced line."""
    text, offsets = units.text, units.offsets
    cuts = [i for i in range(1, len(text) - 2)
            if offsets[i + 1] > offsets[i] + 1 and offsets[i + 1] not in line_starts and text[i + 1] != "、" and _name_ends_before(text, i)
            and not NATIONAL_SYSTEM_HEAD.search(text, 0, i + 1)  # (国家税务总局 东莞市税务局: one office)
            and offsets[i] == offsets[i - 1] + 1 and offsets[i + 2] == offsets[i + 1] + 1]  # (not letter-spaced: 市 财 政 局)
    # 市行政审批局（牵头） / 市数据局 / 各辖市、区人民政府 / 常州经开区管委会: a name a line of its own, its organ or lead mark
    # ending it and a level or place opening the next (z428: one name of them all); not 国家税务总局 / 无锡市税务局
    cuts += [i for i in range(1, len(text) - 2)
             if offsets[i + 1] in line_starts and text[i] != "、" and not NATIONAL_SYSTEM_HEAD.search(text, 0, i + 1) and i not in cuts
             and not BRANCH_OPENS.match(text, i + 1)  # (中国银行 / 常州分行, 市生态环境局 / 武进分局: one name, the review)
             and (_name_ends_before(text, i) or LEAD_MARK_END.search(text, 0, i + 1) and _name_opens(text[i + 1 : i + 13]))]
    for i in sorted(cuts, reverse=True):
        text = text[: i + 1] + "、" + text[i + 1 :]
        offsets = offsets[: i + 1] + [offsets[i + 1]] + offsets[i + 1 :]
    return TableParagraph(text, offsets, units.line) if cuts else units


LEAD_MARK_END = re.compile(r"[（(](?:牵头|牵头单位)[）)]$")
BRANCH_OPENS = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:分行|支行|分局|分公司|分中心|营业部|供电公司|分院|分所)")


def _name_opens(text: str) -> bool:
    return bool(UNIT_START.match(text) or gazetteer().match_prefix(text))


SAME_AS_ABOVE = "同上"


def _lead_merged_above(cells: list[TableParagraph], columns: list[str], above: dict | None) -> list[TableParagraph]:
    """牵头单位 / 配合单位 columns, and a row printing one cell of several units or of a collective (市财政局、市公 / 安局, 市级各
    行业主管部门): the lead's cell is merged with the row above's, printed once there, and this cell is the helpers' (four
    table probes, z452-z455: the helpers had been read as the lead). One unit alone is the lead's cell, the helpers' empty."""
    if (above is None or len(columns) != 2 or len(cells) != 1 or columns[0] not in LEAD_COLUMNS or columns[1] not in HELPER_COLUMNS
            or columns[0] not in above or not cells[0].text or cells[0].text in EMPTY_CELL or cells[0].text.startswith(SAME_AS_ABOVE)):
        return cells  # (同上 / …: the row above's lead written out, read by _same_as_above)
    names = list_items(cells[0].text)
    return [above[columns[0]], cells[0]] if len(names) > 1 or COLLECTIVE_START.match(cells[0].text) else cells


LEAD_COLUMNS = {"牵头单位", "牵头部门", "牵头处室", "牵头科室"}
HELPER_COLUMNS = {"配合单位", "配合部门", "配合处室", "配合科室", "协办单位", "协办部门"}
COLLECTIVE_START = re.compile(r"(?:各|有关|相关|[省市县区]级各|[省市县区]直)")


def _same_as_above(cells: list[TableParagraph], columns: list[str], above: dict) -> list[TableParagraph]:
    """A unit cell reading 同上 (same as the row above: 同上 / 常州经开区管委会、… is its first cell and the next one) is the
    row above's cell of that column (its words where they are printed); ``above`` keeps each column's last cell."""
    if cells and cells[0].text.startswith(SAME_AS_ABOVE) and len(cells[0].text) > len(SAME_AS_ABOVE) and len(columns) > 1:
        first = cells[0]
        cut = len(SAME_AS_ABOVE)
        rest = TableParagraph(first.text[cut:], first.offsets[cut:], first.line)
        cells = [TableParagraph(SAME_AS_ABOVE, first.offsets[:cut] + [first.offsets[cut]], first.line), rest]
    last = cells[-1] if cells else None
    if last and last.text.endswith(SAME_AS_ABOVE) and len(last.text) > len(SAME_AS_ABOVE) and len(cells) < len(columns):
        cut = len(last.text) - len(SAME_AS_ABOVE)  # 新区综合执法局同上: the unit cell, then the next one reading 同上
        cells = [*cells[:-1], TableParagraph(last.text[:cut], last.offsets[:cut] + [last.offsets[cut]], last.line),
                 TableParagraph(SAME_AS_ABOVE, last.offsets[cut:], last.line)]
    out = [above.get(name, cell) if cell.text == SAME_AS_ABOVE else cell for name, cell in zip(columns, cells)]
    out += cells[len(columns):]
    above.update({name: cell for name, cell in zip(columns, out) if cell.text and cell.text != SAME_AS_ABOVE})
    return out


def _cells_a_line_each(units: list[Fragment], count: int) -> int | None:
    """区住房建设委 / 规划资源局滨海新区分局、区政务服务办: two unit cells, a line each, each ending an organ's name: where the second
    begins in the joined text (h239: cut inside the second cell's first name, which opens with no level)."""
    lines = [text for text, _ in units if text]
    # (not 市发展改革委、市财政局、 / 市人力资源社会保障局: one list wrapped after its 、, the second review)
    if count != 2 or len(lines) != 2 or not all(ORGAN_END_RE.search(text) for text in lines):
        return None
    return len(lines[0])


def _unit_cells(units: TableParagraph, count: int, line_cut: int | None = None) -> list[TableParagraph]:
    """The joined unit text cut into ``count`` cells (two at most are told apart), at ``line_cut`` where the cells are a line
    each."""
    if count < 2 and len(units.text) > 1 and units.text[0] in EMPTY_CELL:  # — / 市规划和自然资源局: the cell before's dash (z361)
        skipped = len(units.text) - len(units.text.lstrip(EMPTY_CELL))
        units = TableParagraph(units.text[skipped:], units.offsets[skipped:], units.line)
    if count < 2 or not units.text:
        return [units]
    cut = line_cut if line_cut is not None and 0 < line_cut < len(units.text) else _cell_boundary(units.text)
    if cut is None:
        return [units]
    first = TableParagraph(units.text[:cut], units.offsets[:cut] + [units.offsets[cut - 1] + 1], units.line)
    rest = units.text[cut:].lstrip(EMPTY_CELL)
    skipped = len(units.text) - cut - len(rest)
    second = TableParagraph(rest, units.offsets[cut + skipped:], units.line)
    return [first, second]
