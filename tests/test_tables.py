"""Task tables flattened by PDF extraction (ingest/tables.py): a row becomes one item whose
units are labelled by the table's own column names."""
import datetime as dt

import pytest
from conftest import parse_text, write
from policykg.ingest.amounts import ConceptLinker, extract_amounts
from policykg.ingest.model import Span
from policykg.ingest.normalize import split_paragraphs
from policykg.ingest.pipeline import parse_file

TABLE = """天津市2023年优化营商环境责任清单
序号
重点任务
主要内容
牵头部门
责任单位
1
1.优化企业开
办服务
推进电子营业执照在市公共资源
交易平台中的应用。
市市场监管委
市政务服务办、市委
网信办
2
持续推进全市数据共享开放工作。市委网信办
市大数据管理中心等
市级有关单位
3
2.提高项目开
工建设效率
持续实施审批和重大变更审批政
策，执行《天津市轨道交通
市住房城乡建
设委
市规划资源局、市
水

# Page 141:
序号
重点任务
主要内容
牵头部门
责任单位
管理办法》，提升审批效率。
务局
4
试行规划许可全流程无纸化管理。
市规划资源局
—
"""


def test_each_row_is_an_item_with_its_units_labelled_by_the_columns():
    texts = [p.text for p in split_paragraphs(TABLE)]
    assert texts == [
        "天津市2023年优化营商环境责任清单",
        "1.优化企业开办服务",
        "（1）推进电子营业执照在市公共资源交易平台中的应用。（牵头部门：市市场监管委；责任单位：市政务服务办、市委网信办）",
        # the lead cell glued to the content's last line
        "（2）持续推进全市数据共享开放工作。（牵头部门：市委网信办；责任单位：市大数据管理中心等市级有关单位）",
        "2.提高项目开工建设效率",
        # across a page: each cell goes on in its column after the repeated header (市水 / 务局)
        "（3）持续实施审批和重大变更审批政策，执行《天津市轨道交通管理办法》，提升审批效率。（牵头部门：市住房城乡建设委；责任单位：市规划资源局、市水务局）",
        "（4）试行规划许可全流程无纸化管理。（牵头部门：市规划资源局）",  # an empty cell (—)
    ]


def test_offsets_of_a_row_point_at_its_cells_in_the_source():
    rows = [p for p in split_paragraphs(TABLE) if p.text.startswith("（")]
    for row in rows:
        for i, ch in enumerate(row.text):
            if ch not in "（）；：" and not ("牵头部门" + "责任单位").count(ch):
                assert TABLE[row.offsets[i]] == ch, (row.text, i)
        assert row.offsets == sorted(row.offsets) or row.text.startswith("（3）")  # only a row across pages goes back


def test_a_table_gives_clauses_with_lead_and_co_units(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("天津市政务服务办关于印发天津市2023年优化营商环境责任清单的通知\n各区人民政府：\n现将责任清单印发给你们，请遵照执行。\n"
                    "天津市政务服务办\n2023年1月6日\n" + TABLE, encoding="utf-8")
    (document,) = parse_file(path)
    units = {c.number: [(u.name, u.role) for u in c.units] for c in document.clauses}
    # each row's number as the table prints it (its paragraph reads （1）…: four blind probes, z64 z67 z68 z70)
    assert [c.number for c in document.clauses if c.text.startswith("（")][:4] == ["1", "2", "3", "4"]
    assert units["1"] == [("市市场监管委", "lead"), ("市政务服务办", "co"), ("市委网信办", "co")]
    assert units["3"] == [("市住房城乡建设委", "lead"), ("市规划资源局", "co"), ("市水务局", "co")]
    assert units["4"] == [("市规划资源局", "lead")]


def test_numbered_lines_without_a_table_header_are_left_alone():
    text = TABLE.replace("序号\n", "")
    assert not any(p.text.startswith("（1）") for p in split_paragraphs(text))


HEADER = "序号\n重点任务\n主要内容\n牵头单位\n责任单位\n"


def rows(text):
    return [p.text for p in split_paragraphs(text) if p.text.startswith("（")]


def roles(clauses) -> list[list[tuple[str, str]]]:
    """Each clause's units with their roles."""
    return [[(u.name, u.role) for u in c.units] for c in clauses]


def test_cells_of_banks_empty_leads_and_places_that_start_a_cell():
    table = HEADER + ("1\n1.深化金融\n服务改革\n推动开设特色服务专区。\n人民银行天津分行\n市金融局\n"
                      "2\n持续深化法治化营商环境专项行动。\n—\n市委依法治市办\n"
                      "3\n推动不动产登记业务进驻区级政务服务中心。\n市规划资源局\n有关区人民政府\n"
                      "4\n加快审批。\n省发展改革委\n无锡市人民政府\n")
    assert rows(table) == [
        "（1）推动开设特色服务专区。（牵头单位：人民银行天津分行；责任单位：市金融局）",
        "（2）持续深化法治化营商环境专项行动。（责任单位：市委依法治市办）",
        "（3）推动不动产登记业务进驻区级政务服务中心。（牵头单位：市规划资源局；责任单位：有关区人民政府）",
        "（4）加快审批。（牵头单位：省发展改革委；责任单位：无锡市人民政府）",
    ]


def test_unit_cells_ending_in_a_bracket_are_unit_cells():
    """各镇（街道） and 市市场监管局（市知识产权局） (an organ and its other name) end with a bracket,
    not an organ's last character: still names, the row keeps its units, the cells stay apart."""
    table = HEADER + ("1\n对新引进的硕士研究生给予生活补贴。\n区人社局\n区委组织部、区教育局、各镇\n（街道）\n"
                      "2\n建立知识产权快速维权机制。\n市市场监管局（市知识产权局）\n市中级法院、市公安局\n"
                      "3\n降低港口物流成本。\n区交通运输局（区港航中心）\n区财政局\n")
    assert rows(table) == [
        "（1）对新引进的硕士研究生给予生活补贴。（牵头单位：区人社局；责任单位：区委组织部、区教育局、各镇（街道））",
        "（2）建立知识产权快速维权机制。（牵头单位：市市场监管局（市知识产权局）；责任单位：市中级法院、市公安局）",
        "（3）降低港口物流成本。（牵头单位：区交通运输局（区港航中心）；责任单位：区财政局）",
    ]


@pytest.mark.parametrize("after", ["【打印本页】【关闭窗口】\n", "3\n【打印本页】【关闭窗口】\n", "扫一扫在手机打开当前页\n"])
def test_a_web_pages_buttons_end_the_table(after):
    table = HEADER + "1\n推行企业开办“零成本”。\n市市场监管局\n市数据资源局\n2\n落实“免申即享”政策兑现。\n市财政局\n市数据资源局\n"
    assert rows(table + after) == [
        "（1）推行企业开办“零成本”。（牵头单位：市市场监管局；责任单位：市数据资源局）",
        "（2）落实“免申即享”政策兑现。（牵头单位：市财政局；责任单位：市数据资源局）",
    ]


def test_a_task_cell_over_three_lines_stays_out_of_the_row():
    table = HEADER + "1\n18.加强知识产\n权创造、\n保护和\n运用\n持续开展高质量专利创造试点工作。\n市知识产权局\n—\n2\n加快审批。\n市政务服务办\n—\n"
    texts = [p.text for p in split_paragraphs(table)]
    assert texts[:2] == ["18.加强知识产权创造、保护和运用", "（1）持续开展高质量专利创造试点工作。（牵头单位：市知识产权局）"]


def test_a_skipped_row_number_a_footer_and_a_second_table_end_rows_where_they_should():
    table = HEADER + ("1\n任务一。\n市发改委\n市财政局\n2\n任务二。\n市发改委\n市财政局\n4\n任务四。\n市商务局\n市财政局\n"
                      "抄送：市委办公厅，市人大常委会办公厅。\n"
                      "附表2 重点项目清单\n" + HEADER + "1\n任务甲。\n市商务局\n市财政局\n2\n任务乙。\n市商务局\n市财政局\n")
    texts = [p.text for p in split_paragraphs(table)]
    assert "（2）任务二。（牵头单位：市发改委；责任单位：市财政局）" in texts
    assert "（4）任务四。（牵头单位：市商务局；责任单位：市财政局）" in texts
    assert any(t.startswith("抄送") for t in texts) and "（1）任务甲。（牵头单位：市商务局；责任单位：市财政局）" in texts


def test_cells_separated_by_blank_lines_are_not_lost():
    text = "\n\n".join(["序号", "重点任务", "主要内容", "牵头单位", "1", "任务一。", "市发改委", "2", "任务二。", "市商务局"]) + "\n"
    assert "任务一" in "".join(p.text for p in split_paragraphs(text))


LIST_TABLE = """序号
重点任务
责任单位
完成时限
1
全年城镇新增就业16万人以上。
市人社局，各市、区政府
2023年12月底
2
落实一次性吸纳就业补贴政策。
市人社局、市财政局
2023年12月底
3
举办各类招聘活动不少于500场。
市人社局（牵头）、市教育局、市总工会
2023年12月底
4
新建创业孵化基地10家。
各市、区政府
2023年12月底
5
开展就业援助月活动。
市人社局
2023年12月底
"""


def test_unit_cells_with_a_distributive_list_or_a_lead_mark_and_repeated_deadline_cells(tmp_path):
    """各市、区政府 is one name, 市人社局（牵头） a name marked as lead; a deadline repeated in every
    row beside the row numbers is a cell, not a page's running head (the numbers are no page marks)."""
    path = tmp_path / "t.txt"
    path.write_text("苏州市人民政府办公室关于印发重点任务清单的通知\n各市、区人民政府：\n现将清单印发给你们。\n苏州市人民政府办公室\n"
                    "2023年4月12日\n" + LIST_TABLE, encoding="utf-8")
    (document,) = parse_file(path)
    units = {c.number: [(u.name, u.role) for u in c.units] for c in document.clauses}
    assert units["1"] == [("市人社局", "co"), ("各市、区政府", "co")]
    assert units["3"] == [("市人社局", "lead"), ("市教育局", "co"), ("市总工会", "co")]
    assert units["4"] == [("各市、区政府", "lead")]
    assert [[str(p.end) for p in c.periods] for c in document.clauses] == [["2023-12-31"]] * 5


KASHI_TABLE = """喀什地区行政公署办公室关于印发就业创业实施方案的通知
喀署办发〔2024〕21 号
各县（市）人民政府，地区各有关单位：
现将实施方案印发给你们，请认真贯彻执行。
序号
重点任务
具体措施
责任单位
完成时限
1
落实稳岗返
还政策
对不裁员的参保企业，按规定返
还失业保险费。
地区人社局（牵头）、
地区财政局
2024 年12
月底前
2
推进兵地就
业协作
每季度至少举办1 次联合招聘
活动。
兵团第三师人社局、
地区人社局
长期坚持
喀什地区行政公署办公室
2024 年4 月12 日
"""


def test_units_of_a_prefecture_and_of_the_corps_head_table_cells_and_a_signature_ends_the_table(tmp_path):
    """地区人社局 is the prefecture's (喀什地区人力资源和社会保障局), 兵团第三师人社局 the Corps division's;
    the signature under the last row is the document's, not the row's."""
    path = tmp_path / "t.txt"
    path.write_text(KASHI_TABLE, encoding="utf-8")
    (document,) = parse_file(path)
    assert [[(u.name, u.role, u.canonical) for u in c.units] for c in document.clauses] == [
        [("地区人社局", "lead", "喀什地区人力资源和社会保障局"), ("地区财政局", "co", "喀什地区财政局")],
        [("兵团第三师人社局", "co", "新疆生产建设兵团第三师人力资源和社会保障局"), ("地区人社局", "co", "喀什地区人力资源和社会保障局")]]
    assert document.date.isoformat() == "2024-04-12" and "行政公署办公室" not in document.clauses[-1].text


NATIONAL_TABLE = """国家发展改革委等部门关于进一步优化民营企业发展环境若干措施的通知
发改体改〔2023〕1054号
各省、自治区、直辖市人民政府：
现将有关重点任务分工如下。
序号
重点任务
责任单位
完成时限
1
落实小微企业贷款贴息政策，
单户企业贴息金额最高不超过
50 万元。
财政部、人民银行、金融
监管总局
2023 年10 月底前
2
落实一次性扩岗补助政策。
人力资源社会保障部、财政
部，各省级人民政府
2023 年12 月31 日前
3
落实小规模纳税人增值税减免政策。
税务总局、财政部
长期坚持
注：责任单位列第一位的为牵头单位，其他为配合单位。
国家发展改革委
2023年7月28日
"""


def test_a_ministries_table_names_national_bodies_and_its_footnote_says_who_leads(tmp_path):
    """Cells opening with a ministry (财政部、人民银行…) are unit cells; the note under the table (注：…列第一
    位的为牵头单位) ends it and makes the first unit of every row the lead."""
    path = tmp_path / "national.txt"
    path.write_text(NATIONAL_TABLE, encoding="utf-8")
    (doc,) = parse_file(path)
    rows = roles(doc.clauses)
    assert rows == [[("财政部", "lead"), ("人民银行", "co"), ("金融监管总局", "co")],
                    [("人力资源社会保障部", "lead"), ("财政部", "co"), ("各省级人民政府", "co")],
                    [("税务总局", "lead"), ("财政部", "co")]]
    assert "注" not in doc.clauses[-1].text
    canonical = {u.name: (u.canonical, u.unit_type, u.level, u.jurisdiction) for c in doc.clauses for u in c.units}
    assert canonical["金融监管总局"] == ("国家金融监督管理总局", "banking-regulator", "national", "中国")
    assert canonical["税务总局"] == ("国家税务总局", "taxation", "national", "中国")
    assert canonical["财政部"] == ("财政部", "finance", "national", "中国")


def test_a_header_cells_note_says_who_leads_in_every_row(tmp_path):
    """责任单位（列第一位的为牵头单位） is the 责任单位 column, its note a rule for every row (the table
    was not read at all when the header cell was not a known column's name)."""
    noted = NATIONAL_TABLE.replace("责任单位\n完成时限", "责任单位（列第一位的为牵头单位）\n完成时限")
    noted = noted.replace("注：责任单位列第一位的为牵头单位，其他为配合单位。\n", "")
    path = tmp_path / "noted.txt"
    path.write_text(noted, encoding="utf-8")
    (doc,) = parse_file(path)
    assert [[(u.name, u.role) for u in c.units][:2] for c in doc.clauses] == [
        [("财政部", "lead"), ("人民银行", "co")], [("人力资源社会保障部", "lead"), ("财政部", "co")], [("税务总局", "lead"), ("财政部", "co")]]


ZONE_TABLE = """深圳市人民政府办公厅关于印发深圳市2023 年优化营商环境改革重点任务清单的通知
深府办函〔2023〕21 号
各区人民政府，市政府直属各单位：
现将任务清单印发给你们，请认真组织实施。
深圳市人民政府办公厅
2023 年3 月16 日
深圳市2023 年优化营商环境改革重点任务清单
序号
指标名称
改革任务
责任单位
完成时限
1
开办企业
推行企业开办“一网通办”全程电子化。
市市场监管局、市政务服务数据管理局
2023 年6 月底前
2
跨境服务
深化前海“湾区通办”跨境政务服务。
前海管理局、市市场监管局
2023 年12 月底前
3
政企沟通
定期召开政企面对面座谈会。
市发展改革委、市工商联
每季度
注：责任单位中列第一位的为牵头单位，其他为配合单位。
"""


def test_a_header_of_other_column_names_a_zones_body_and_a_time_cell_saying_how_often(tmp_path):
    """A header whose columns are named otherwise (指标名称 / 改革任务) is still a table (its rows had become
    broken paragraphs); a cell opening with a zone's body (前海管理局) is a unit cell, whose 前 is no
    deadline's (the row's text had gone into its time cell); 每季度 is a time cell, and the note after
    the last row is no part of it: the first unit of every row leads."""
    path = tmp_path / "zones.txt"
    path.write_text(ZONE_TABLE, encoding="utf-8")
    (doc,) = parse_file(path)
    rows = [[(u.name, u.role) for u in c.units] for c in doc.clauses if c.units]
    assert rows == [[("市市场监管局", "lead"), ("市政务服务数据管理局", "co")],
                    [("前海管理局", "lead"), ("市市场监管局", "co")],
                    [("市发展改革委", "lead"), ("市工商联", "co")]]
    second = next(c for c in doc.clauses if "前海" in c.text)
    assert second.text.startswith("（2）跨境服务深化前海") and second.text.endswith("；完成时限：2023年12月底前）")
    last = next(c for c in doc.clauses if "座谈会" in c.text)
    assert last.text.endswith("（责任单位：市发展改革委、市工商联；完成时限：每季度）")
    assert [p.kind for p in last.periods] == ["recurring"]


def test_a_corps_bodys_name_in_a_cell_is_not_cut_after_the_corps():
    """兵团 opens the names of the corps' bodies (兵团市场监管局): no organ's name ends there."""
    table = ("序号\n工作任务\n牵头单位\n配合单位\n完成时限\n1\n企业开办全流程压缩至1 个\n工作日以内\n兵团市场监管局\n"
             "兵团公安局、兵团人力\n资源社会保障局\n2023 年6 月\n底前\n2\n推行电子证照。\n兵团发展改革委\n兵团公安局\n2023 年9 月底前\n")
    texts = [p.text for p in split_paragraphs(table)]
    assert texts[0] == ("（1）企业开办全流程压缩至1个工作日以内（牵头单位：兵团市场监管局；配合单位：兵团公安局、"
                        "兵团人力资源社会保障局；完成时限：2023年6月底前）")


def test_the_line_after_a_table_starts_a_paragraph_of_its_own():
    """A last row whose cells were not told apart (a time cell of no known form, 适时) does not take the note
    under the table; an empty time cell is one dash, the one before it the unit cell's."""
    note = "注：责任单位中列第一位的为牵头单位，其他为配合单位。"
    table = ("序号\n工作任务\n责任单位\n完成时限\n1\n推行电子证照。\n市政务服务中心\n2023年9月底前\n2\n召开政企座谈会。\n市工商联\n适时\n"
             f"{note}\n")
    assert [p.text for p in split_paragraphs(table)][-2:] == ["（2）召开政企座谈会。市工商联适时", note]
    emptied = table.replace("市工商联\n适时", "—\n—")
    assert [p.text for p in split_paragraphs(emptied)][-2:] == ["（2）召开政企座谈会。", note]


@pytest.mark.parametrize("time_lines,time", [
    ("2023 年6 月\n底前并长期\n坚持\n", "2023年6月底前并长期坚持"),
    ("2023 年上半\n年\n", "2023年上半年"),
    ("2023 年第三\n季度\n", "2023年第三季度"),
    ("长期坚\n持\n", "长期坚持"),
])
def test_a_time_cell_wrapped_where_no_line_alone_reads_as_a_time_stays_the_rows(time_lines, time):
    """A time cell whose closing lines are no time alone (坚持, 年, 季度) was left in the unit cells, which
    then held no names only: the row lost every unit and its deadline."""
    table = ("序号\n工作任务\n牵头单位\n配合单位\n完成时限\n1\n对进出口额首次突破1 亿美元的\n外贸企业给予一次性奖励50 万\n"
             "元。\n省商务厅\n省财政厅、中国出口\n信用保险公司江苏\n分公司\n" + time_lines + "2\n推行电子证照。\n省政务办\n省公安厅\n2023 年9 月底前\n")
    texts = [p.text for p in split_paragraphs(table)]
    assert texts[0] == ("（1）对进出口额首次突破1亿美元的外贸企业给予一次性奖励50万元。（牵头单位：省商务厅；配合单位：省财政厅、"
                        f"中国出口信用保险公司江苏分公司；完成时限：{time}）")


def test_a_text_column_after_the_unit_column_is_its_own_cell():
    """序号/政策名称/政策内容/责任单位/备注: the closing 免申即享 had kept the unit cells from closing the row: no units."""
    table = ("序号\n政策名称\n政策内容\n责任单位\n备注\n1\n高新技术企业认定奖励\n对首次认定的高新技术企\n业给予一次性奖励20 万元。\n市科技局\n免申即享\n"
             "2\n企业研发费用后补助\n按照企业上年度研发费用\n增量的10%给予补助。\n市科技局、市财政局\n依申请兑现\n")
    texts = [p.text for p in split_paragraphs(table)]
    assert texts == ["（1）高新技术企业认定奖励对首次认定的高新技术企业给予一次性奖励20万元。（责任单位：市科技局；备注：免申即享）",
                     "（2）企业研发费用后补助按照企业上年度研发费用增量的10%给予补助。（责任单位：市科技局、市财政局；备注：依申请兑现）"]


def test_several_text_columns_after_the_unit_column_are_taken_off_together(tmp_path):
    """序号/检查事项/检查主体/检查依据/检查频次: the unit column in the middle of a 清单, two text columns after it (z357: with
    more than one column after the units, none was taken off, and no row had units); 地级以上市 and 设区市 open a unit's name."""
    table = ("序号\n检查事项\n检查主体\n检查依据\n检查频次\n1\n建设工程质量安全\n监督检查\n省住房城乡建设厅；地级以\n上市住房城乡建设局\n"
             "《建设工程质量管理条例》\n第四十三条\n每年不超过2 次，投诉举\n报不受限\n2\n旅行社经营检查\n地级以上市文化广电旅游\n局；设区市"
             "文化执法支队\n《旅行社条例》第四十一条\n每年不超过1 次\n")
    paragraphs = [p.text for p in split_paragraphs(table)]
    assert paragraphs == [
        "（1）建设工程质量安全监督检查（检查主体：省住房城乡建设厅；地级以上市住房城乡建设局；检查依据、检查频次："
        "《建设工程质量管理条例》第四十三条每年不超过2次，投诉举报不受限）",
        "（2）旅行社经营检查（检查主体：地级以上市文化广电旅游局；设区市文化执法支队；检查依据、检查频次：《旅行社条例》第四十一条每年不超过1次）"]
    units = [[u.name for u in c.units] for c in parse_text(tmp_path, "广东省涉企检查事项清单\n" + table).clauses]
    assert units == [["省住房城乡建设厅", "地级以上市住房城乡建设局"], ["地级以上市文化广电旅游局", "设区市文化执法支队"]]


def test_a_payment_tables_agency_column_and_the_bodies_where_the_case_is(tmp_path):
    """序号/补贴项目/补贴标准/申领时限/经办机构: 经办机构 names a unit column (z378: the table was not read, its rows ran into the
    item before); its cells name the body where the case is (企业参保地公共就业服务机构, 户籍地或常住地人社部门), and a date's
    wrapped end (…31 / 日前) opens no unit cell (z188: 日前创业实体注册地… read as the unit)."""
    table = ("序号\n补贴项目\n补贴标准\n申领时限\n经办机构\n1\n吸纳就业补贴\n1 000 元/人\n2024 年12 月31\n日前\n企业参保地公共就业\n服务机构\n"
             "2\n灵活就业社保补贴\n300 元/人·月\n2024 年9 月底前\n户籍地或常住地人社\n部门\n")
    paragraphs = [p.text for p in split_paragraphs(table)]
    assert paragraphs == [
        "（1）吸纳就业补贴1 000元/人（经办机构：企业参保地公共就业服务机构；申领时限：2024年12月31日前）",
        "（2）灵活就业社保补贴300元/人·月（经办机构：户籍地或常住地人社部门；申领时限：2024年9月底前）"]
    clauses = parse_text(tmp_path, "湖北省就业补贴经办规程\n" + table).clauses
    assert roles(clauses) == [
        [("企业参保地公共就业服务机构", "lead")], [("户籍地或常住地人社部门", "lead")]]
    assert [[p.end.isoformat() for p in c.periods if p.kind == "deadline"] for c in clauses] == [["2024-12-31"], ["2024-09-30"]]


def test_a_remarks_column_after_the_time_column(tmp_path):
    """序号/改革事项/具体举措/牵头单位/配合单位/完成时限/备注, each cell on lines of its own (z376): the time cell had been read as
    the 备注 (a wrapped one then gave no deadline), and a row with a 备注 of text had no units at all."""
    table = ("序号\n改革事项\n具体举措\n牵头单位\n配合单位\n完成时限\n备注\n1\n不动产登记\n推行交易、登记、缴税“一窗受理”。\n"
             "省自然资源厅\n省税务局、省住房城乡\n建设厅\n2024 年第三\n季度\n2\n电子证照\n扩大电子证照互认范围。\n省政务办\n"
             "省公安厅，省各有关部门\n2024 年8 月\n底前\n纳入年度综合\n考核\n")
    paragraphs = [p.text for p in split_paragraphs(table)]
    assert paragraphs == [
        "（1）推行交易、登记、缴税“一窗受理”。（牵头单位：省自然资源厅；配合单位：省税务局、省住房城乡建设厅；完成时限：2024年第三季度；"
        "改革事项：不动产登记）",
        "（2）扩大电子证照互认范围。（牵头单位：省政务办；配合单位：省公安厅，省各有关部门；完成时限：2024年8月底前；备注：纳入年度综合考核；"
        "改革事项：电子证照）"]
    clauses = parse_text(tmp_path, "江苏省营商环境任务分工\n" + table).clauses
    assert [[p.end.isoformat() for p in c.periods if p.kind == "deadline"] for c in clauses] == [["2024-09-30"], ["2024-08-31"]]
    assert [(u.name, u.role) for u in clauses[1].units] == [("省政务办", "lead"), ("省公安厅", "co"), ("省各有关部门", "co")]


def test_a_task_cell_the_page_cut_before_whole_unit_names():
    """…省级专项资金安排 / (next page, the header again) 2000 万元支持…建设。 / 南京海关: the task cell's first page ends in words that
    open like a unit's name, its next page ends its sentence and whole names follow (z376: 省级专项资金安排南京海关 the lead);
    a name the page cut (市水 / 务局) still joins its rest."""
    table = ("序号\n具体举措\n牵头单位\n配合单位\n完成时限\n1\n整体通关时间压缩10%；省级专项资金安排\n\n# Page 413:\n"
             "序号\n具体举措\n牵头单位\n配合单位\n完成时限\n2000 万元支持海外仓建设。\n南京海关\n省商务厅、省财政厅\n2024 年11 月\n底前\n")
    assert [p.text for p in split_paragraphs(table)] == [
        "（1）整体通关时间压缩10%；省级专项资金安排2000万元支持海外仓建设。（牵头单位：南京海关；配合单位：省商务厅、省财政厅；完成时限：2024年11月底前）"]


def test_a_cited_titles_line_after_the_unit_cell_is_no_name():
    """序号/事项名称/实施主体/设定依据/办理时限: 省人社厅 各设区 / 市人社局 / 《人力资源社会保障部办公厅 教育部办公厅 财政部 / …: a line
    holding a title mark names no unit (z377: the basis's first line had joined the last unit's name)."""
    table = ("序号\n事项名称\n实施主体\n设定依据\n办理时限\n1\n一次性扩岗补助\n省人社厅 各设区\n市人社局\n"
             "《人力资源社会保障部办公厅 教育部办公厅 财政部\n办公厅关于落实一次性扩岗补助政策的\n通知》（人社厅发〔2022〕41 号）\n15 个工作日\n")
    assert [p.text for p in split_paragraphs(table)] == [
        "（1）一次性扩岗补助（实施主体：省人社厅、各设区市人社局；办理时限：15个工作日；设定依据：《人力资源社会保障部办公厅教育部办公厅财政部"
        "办公厅关于落实一次性扩岗补助政策的通知》（人社厅发〔2022〕41号））"]


def test_spaced_rows_whose_unit_cell_is_a_sentence_or_opens_a_line():
    """序号 重点任务 责任单位 完成时限 spaced on one line, each row's cells apart by spaces (z380): a unit cell written as a
    sentence of roles (X牵头负责，Y、Z等部门配合; 由X统筹，Y具体实施), and one opening the row's second line after the task's
    wrapped text (…不少于7 个工作日 / 市司法局 长期坚持): no units had been read."""
    table = ("序号 重点任务 责任单位 完成时限\n1 深化“一网通办”，高频事项实现“掌上办” 市营商局牵头负责，市大数据局、市司法局等部门配合 年底前\n"
             "2 在政务服务中心设立“办不成事”反映窗口\n由市营商局统筹，各区、县（市）人民政府具体实施 2024 年4 月30 日前\n"
             "3 涉企政策出台前听取企业意见不少于7 个工作日\n市司法局 长期坚持\n")
    assert [p.text for p in split_paragraphs(table)] == [
        "（1）深化“一网通办”，高频事项实现“掌上办”（责任单位：市营商局牵头负责，市大数据局、市司法局等部门配合；完成时限：年底前）",
        "（2）在政务服务中心设立“办不成事”反映窗口（责任单位：由市营商局统筹，各区、县（市）人民政府具体实施；完成时限：2024年4月30日前）",
        "（3）涉企政策出台前听取企业意见不少于7个工作日（责任单位：市司法局；完成时限：长期坚持）"]


def test_a_trade_column_a_department_in_charge_column_and_rows_a_count_word_did_not_open(tmp_path):
    """序号 行业 涉及事项 主管部门 办理时限: 行业 names a column and 主管部门 the units' (z387: the table was not read); a row after a
    立行立改 time cell, and one opening 11 支持… (支 had read as a count's measure word), are rows of their own (z386)."""
    table = ("序号 行业 涉及事项 主管部门 办理时限\n1 便利店\n食品经营许可；烟草专卖零售许可\n市市场监管局、市\n烟草专卖局\n5 个工作日\n"
             "2 药店\n药品零售企业许可\n市市场监管局\n立行立改\n3 健身场馆\n公共场所卫生许可\n市体育局、市卫健委\n8 个工作日\n")
    clauses = parse_text(tmp_path, "厦门市一业一证改革实施方案\n附件\n" + table).clauses
    assert [(c.number, [(u.name, u.role) for u in c.units]) for c in clauses] == [
        ("1", [("市市场监管局", "co"), ("市烟草专卖局", "co")]), ("2", [("市市场监管局", "lead")]),
        ("3", [("市体育局", "co"), ("市卫健委", "co")])]
    rows = ("序号 任务内容 牵头单位 责任单位 完成时限\n1 优化人才服务，发放生活补贴2000 元。\n区人社局\n区教育局\n立行立改\n"
            "2 支持产业园建设“企业服务驿站”，给予建设补助30 万元。\n区经信局\n区商务局\n2024 年二季度末\n")
    assert [p.text[:4] for p in split_paragraphs(rows)] == ["（1）优", "（2）支"]


def test_a_time_limit_label_outside_a_table_gives_a_deadline(tmp_path):
    """办理时限：2024 年二季度。 in a 督办通知's item: a deadline, as 完成时限： gives (z386: none)."""
    doc = parse_text(tmp_path, "关于督办企业诉求的通知\n（一）电力增容慢。承办单位：区发展改革局。办理时限：2024 年二季度。\n")
    assert [(p.kind, p.end.isoformat()) for c in doc.clauses for p in c.periods] == [("deadline", "2024-06-30")]


def test_remarks_after_the_time_column_blank_wrapped_or_opening_with_a_verb():
    """…/完成时限/备注 (the review): a blank time cell before a 备注 (no units had been read), a 备注 wrapped over four lines (none
    either), and one opening with a verb after 2024 年底前 (its first line had joined the time cell as a task due then)."""
    table = ("序号\n具体举措\n牵头单位\n配合单位\n完成时限\n备注\n1\n推行不动产“一窗受理”。\n省自然资源厅\n省税务局\n国家试点任务\n"
             "2\n推行“拿地即开工”。\n省住房城乡建设厅\n省自然资源厅\n2024 年9 月底前\n已列入省委深改委\n2024 年工作要点，\n需按季度报送\n进展情况\n"
             "3\n推行信用修复。\n省发展改革委\n省财政厅\n2024 年底前\n出台实施细则并\n组织实施\n")
    assert [p.text for p in split_paragraphs(table)] == [
        "（1）推行不动产“一窗受理”。（牵头单位：省自然资源厅；配合单位：省税务局；备注：国家试点任务）",
        "（2）推行“拿地即开工”。（牵头单位：省住房城乡建设厅；配合单位：省自然资源厅；完成时限：2024年9月底前；备注：已列入省委深改委2024年工作要点，"
        "需按季度报送进展情况）",
        "（3）推行信用修复。（牵头单位：省发展改革委；配合单位：省财政厅；完成时限：2024年底前；备注：出台实施细则并组织实施）"]


def test_a_unit_list_the_page_cut_after_a_comma_stays_units():
    """…实现 / 省政务办 / 省发展改革委、省财政厅、 / (next page) “一网通办”。 / 各设区市人民政府: the first page's units are units, the
    task's words on the next page its own (the review: the first page's units had been moved into the task)."""
    table = ("序号\n具体举措\n牵头单位\n配合单位\n完成时限\n1\n推动政务服务事项全部纳入一体化平台办理，实现\n省政务办\n"
             "省发展改革委、省财政厅、\n\n# Page 13:\n序号\n具体举措\n牵头单位\n配合单位\n完成时限\n“一网通办”。\n各设区市人民政府\n"
             "2024 年11 月\n底前\n")
    assert [p.text for p in split_paragraphs(table)] == [
        "（1）推动政务服务事项全部纳入一体化平台办理，实现“一网通办”。（牵头单位：省政务办；配合单位：省发展改革委、省财政厅、"
        "各设区市人民政府；完成时限：2024年11月底前）"]


def test_a_spaced_rows_line_break_after_a_word_wanting_its_object_or_before_another_level():
    """…数据同步推送至 / 市大数据中心 市大数据局 …: the task's object, no unit cell (the review: 市大数据中心 the lead); …新认定一批 /
    设区市级重点实验室: a task's words, no unit's level (the review: 设区市级重点实验室 a helper)."""
    rows = ("序号 重点任务 牵头单位 配合单位 完成时限\n1 推动“沈阳营商通”平台数据同步推送至\n市大数据中心 市大数据局 2024 年二季度末前\n")
    assert [p.text for p in split_paragraphs(rows)] == [
        "（1）推动“沈阳营商通”平台数据同步推送至市大数据中心（牵头单位：市大数据局；完成时限：2024年二季度末前）"]
    table = "序号\n重点任务\n责任单位\n完成时限\n1\n推动创新平台建设，新认定一批\n设区市级重点实验室\n市科技局\n2024 年底前\n"
    assert [p.text for p in split_paragraphs(table)] == [
        "（1）推动创新平台建设，新认定一批设区市级重点实验室（责任单位：市科技局；完成时限：2024年底前）"]


def test_rows_numbered_in_brackets_alone_on_their_lines_under_a_category_row():
    """序号 / 突出问题 / 整改措施 / 责任单位 / 整改时限, then 一、政务服务方面 / （1） / …: rows numbered in brackets (z392: the table was
    not read, its cells ran into the items' text and no row had units); the row's number is printed once in its brackets."""
    table = ("序号\n突出问题\n整改措施\n责任单位\n整改时限\n一、政务服务方面\n（1）\n涉企审批事项“体外循环”\n全面清理线下审批事项。\n"
             "省政务管理办，省直有关部门\n2024 年6 月底前\n（2）\n差评整改不及时\n建立差评整改闭环机制。\n省政务管理办\n长期坚持\n")
    paragraphs = [p.text for p in split_paragraphs(table)]
    assert paragraphs[0] == "一、政务服务方面" and len(paragraphs) == 3
    assert paragraphs[1].startswith("（1）") and paragraphs[1].endswith("（责任单位：省政务管理办，省直有关部门；整改时限：2024年6月底前）")
    assert paragraphs[2] == "（2）建立差评整改闭环机制。（责任单位：省政务管理办；整改时限：长期坚持；突出问题：差评整改不及时）"


def test_a_task_cells_line_before_a_ministrys_name_stays_in_the_task():
    """担保费率降至1%以下，中央财政安 / 排奖补资金 / 财政部、金融监管总局: any text ending in 部 had opened a unit cell, so the
    unit read 排奖补资金财政部."""
    table = ("序号\n重点任务\n责任单位\n完成时限\n1\n新增再贷款额度，引导金融机构单列\n人民银行、金融监管总局\n2023 年12 月\n底前\n"
             "2\n担保费率降至1%以下，中央财政安\n排奖补资金\n财政部、金融监管总局\n持续推进\n")
    texts = [p.text for p in split_paragraphs(table)]
    assert texts[1] == "（2）担保费率降至1%以下，中央财政安排奖补资金（责任单位：财政部、金融监管总局；完成时限：持续推进）"


def test_cells_of_a_departments_divisions_places_sharing_an_organ_and_the_youth_league():
    """法规处、执法稽查局 (a department's own divisions), 沈阳市、大连市人民政府 (two places' governments) and 团省委
    open unit cells: each had been glued to the task (every unit of the row lost) or 团 cut from 省委."""
    table = ("序号\n任务\n牵头单位\n配合单位\n完成时限\n1\n推行经营主体登记全程电子化。\n登记注册局、法规处\n执法稽查局\n2023 年6 月\n底前\n"
             "2\n推进企业开办便利化。\n省市场监管局\n省公安厅，沈阳市、大连市人民政府\n2023 年9 月\n底前\n"
             "3\n开展青年就业见习活动。\n团省委\n省人力资源社会保障厅\n2023 年9 月\n底前\n"
             "4\n压缩特种设备检验报告出具时间。\n特种设备安全监察局\n省特种设备安全检测研\n究院\n2023 年6 月\n底前\n")
    texts = [p.text for p in split_paragraphs(table)]
    assert texts == ["（1）推行经营主体登记全程电子化。（牵头单位：登记注册局、法规处；配合单位：执法稽查局；完成时限：2023年6月底前）",
                     "（2）推进企业开办便利化。（牵头单位：省市场监管局；配合单位：省公安厅，沈阳市、大连市人民政府；完成时限：2023年9月底前）",
                     "（3）开展青年就业见习活动。（牵头单位：团省委；配合单位：省人力资源社会保障厅；完成时限：2023年9月底前）",
                     "（4）压缩特种设备检验报告出具时间。（牵头单位：特种设备安全监察局；配合单位：省特种设备安全检测研究院；完成时限：2023年6月底前）"]


def test_a_tasks_line_holding_a_place_is_no_division_cell():
    """应用 / 市大数据发展局: the task's last line is not a bureau's name (应用市大数据发展局)."""
    table = ("序号\n任务\n责任单位\n完成时限\n1\n电子证照应用\n常用电子证照全面\n应用\n市大数据发展局\n2023 年10 月\n"
             "2\n秒批秒办\n50 个以上事项智能\n审批\n市政务服务监管办\n2023 年12 月\n")
    assert [p.text for p in split_paragraphs(table)][0] == "（1）电子证照应用常用电子证照全面应用（责任单位：市大数据发展局；完成时限：2023年10月）"


UNNUMBERED_TASKS = ("序号\n重点任务\n具体措施\n牵头单位\n配合单位\n完成时限\n1\n强化用地保障\n推行工业项目“标准地”出让，出台指导\n意见。\n"
                    "省自然资源厅\n省发展改革委、省工信厅\n2023 年12 月底前\n2\n盘活存量低效工业用地，不再增收土地价\n款。\n省自然资源厅\n省住建厅\n"
                    "持续推进\n3\n优化融资服务\n开展“千名行长进万企”活动，扩大普惠\n小微贷款投放。\n人民银行福州中心支行\n福建银保监局\n2023 年12 月底前\n")


def test_an_unnumbered_task_cell_is_labelled_in_its_row_not_glued_to_the_text():
    """强化用地保障 / 推行工业项目…: the task cell, printed in the first row it spans, had opened that row's text
    (强化用地保障推行工业项目…); a separate paragraph would have joined the row before it."""
    texts = [p.text for p in split_paragraphs(UNNUMBERED_TASKS)]
    assert texts == [
        "（1）推行工业项目“标准地”出让，出台指导意见。（牵头单位：省自然资源厅；配合单位：省发展改革委、省工信厅；完成时限：2023年12月底前；"
        "重点任务：强化用地保障）",
        "（2）盘活存量低效工业用地，不再增收土地价款。（牵头单位：省自然资源厅；配合单位：省住建厅；完成时限：持续推进）",
        "（3）开展“千名行长进万企”活动，扩大普惠小微贷款投放。（牵头单位：人民银行福州中心支行；配合单位：福建银保监局；完成时限：2023年12月底前；"
        "重点任务：优化融资服务）"]


TASK_HEADER = "序号\n重点任务\n具体措施\n责任单位\n完成时限\n"


@pytest.mark.parametrize("task, name", [
    (f"（二）优化\n公共服务\n\n# Page 97:\n{TASK_HEADER}", "（二）优化公共服务"), (f"优化公共服\n务\n\n# Page 97:\n{TASK_HEADER}", "优化公共服务"),
    (f"优化公共服\n\n# Page 97:\n{TASK_HEADER}务\n", "优化公共服务"),  # the cell's rest on the next page (a mutation test)
])
def test_an_unnumbered_task_cell_the_page_cut_from_its_text_is_labelled(task, name):
    """2 / （二）优化 / 公共服务 / (a new page, the header again) / 对用电报装…: the task cell alone above the page's end had
    opened the row's text (（二）优化公共服务对用电报装…), its label lost (a blind test)."""
    table = (f"{TASK_HEADER}1\n深化商事制\n度改革\n推行经营范围规范化登记，实\n现“证照联办”事项扩大。\n市行政审批局\n2023 年6 月30\n日前\n"
             f"2\n{task}对用电报装容量160 千瓦及\n以下的小微企业实行“三零”\n服务。\n国网邯郸供电公司\n2023 年底前\n")
    second = [p.text for p in split_paragraphs(table)][1]
    assert second == f"（2）对用电报装容量160千瓦及以下的小微企业实行“三零”服务。（责任单位：国网邯郸供电公司；完成时限：2023年底前；重点任务：{name}）"


def test_in_a_table_of_numbered_tasks_a_short_first_line_is_the_contents():
    """严格落实 / 《…指引》，…: a content line broken before a title mark, in a table whose task cells are numbered."""
    table = ("序号\n重点任务\n主要内容\n牵头部门\n1\n1.优化企业开\n办服务\n推进电子营业执照在市公共资源\n交易平台中的应用。\n市市场监管委\n"
             "2\n严格落实\n《进口冷链食品全面消毒工作指引》\n，筑牢口岸防线。\n市商务局\n")
    texts = [p.text for p in split_paragraphs(table)]
    assert texts[-1] == "（2）严格落实《进口冷链食品全面消毒工作指引》，筑牢口岸防线。（牵头部门：市商务局）"


@pytest.mark.parametrize("cut,rest,expected", [
    ("人民银行福州中心", "支行、福建银保监局，", "人民银行福州中心支行、福建银保监局，省发展改革委"),
    ("省科技厅、省委", "网信办、福建银保监局，", "省科技厅、省委网信办、福建银保监局，省发展改革委"),
])
def test_a_unit_name_cut_by_a_page_where_its_first_part_reads_whole(cut, rest, expected):
    """人民银行福州中心 / (a new page, the header again) / 支行、…: the rest of the name opened the next page's cell and
    had been glued to the task's text with every unit after it."""
    table = ("序号\n重点任务\n具体措施\n牵头单位\n配合单位\n完成时限\n1\n设立纾困增信资金5 亿元，单笔最高不超\n过2000 万元。\n省财政厅\n"
             f"{cut}\n\n# Page 1877:\n序号\n重点任务\n具体措施\n牵头单位\n配合单位\n完成时限\n{rest}\n省发展改革委\n2023 年11 月底前\n"
             "2\n扩大“信易贷”覆盖面。\n省发展改革委\n省财政厅\n持续推进\n")
    first = [p.text for p in split_paragraphs(table)][0]
    assert first == f"（1）设立纾困增信资金5亿元，单笔最高不超过2000万元。（牵头单位：省财政厅；配合单位：{expected}；完成时限：2023年11月底前）"


def test_a_header_printed_again_with_a_cell_wrapped_is_no_part_of_the_row_above():
    """序号 / 重点任务 / 责任单位 / 完成时 / 限 on the next page: the wrapped cell had joined the row above (its task text took
    完成时, its time cell 限, and its deadline was lost: z296)."""
    table = ("序号\n重点任务\n责任单位\n完成时限\n1\n压减审批时间至15\n个工作日以内\n市住房城乡建设局、各市（县）、\n区人民政府\n"
             "2024 年第三季度\n— 213 —\n# Page 215:\n序号\n重点任务\n责任单位\n完成时\n限\n2\n推行联合报装\n市供电公司\n2024 年年底前\n")
    assert [p.text for p in split_paragraphs(table)][:2] == [
        "（1）压减审批时间至15个工作日以内（责任单位：市住房城乡建设局、各市（县）、区人民政府；完成时限：2024年第三季度）",
        "（2）推行联合报装（责任单位：市供电公司；完成时限：2024年年底前）"]


def test_a_table_of_sums_paid_to_named_firms(tmp_path):
    """序号 / 单位名称 / 补贴项目 / 金额（元） / 1 / …有限公司 / 一次性吸纳就业补贴 / 23 000: a 公示's table, its measure after the
    money column's name (z305: no header had been read, every row glued into one paragraph and no sum found); a figure
    spaced in thousands with decimals (46 732.80) is one sum."""
    text = ("关于2024年第二批企业吸纳就业补贴拟拨付资金的公示\n一、拟拨付补贴资金情况\n具体明细如下：\n序号\n单位名称\n补贴项目\n金额（元）\n"
            "1\n襄阳汉江弘源纺织有限公司\n一次性吸纳就业补贴\n23 000\n2\n襄阳市鑫达汽车零部件制造\n有限公司\n社会保险补贴\n46 732.80\n"
            "二、公示时间\n公示期为2024年6月24日至2024年6月28日。\n")
    doc = parse_text(tmp_path, text)
    assert [(c.number, [(a.value, a.bound) for a in c.amounts]) for c in doc.clauses[1:3]] == [
        ("1", [(23000.0, "exact")]), ("2", [(46732.8, "exact")])]


def test_a_table_of_support_standards_with_the_department_applied_to(tmp_path):
    """序号 / 扶持类别 / 扶持标准 / 申报部门: 申报部门 names the units' column (the body applied to), so the annex's table is read,
    a row each with its sums (z318: the whole annex had been one paragraph, its 14 sums lost)."""
    text = ("关于印发扶持办法的通知\n第一条 扶持标准见附件。\n附件\n扶持标准表\n序号\n扶持类别\n扶持标准\n申报部门\n1\n外贸主体\n培育奖励\n"
            "对年度进出口额首次突破1 亿元的企业，给予一次性奖励20 万元。\n市商务局\n2\n境外展会补助\n每个展位补助不超过3 万元。\n市商务局、市贸促会\n")
    doc = parse_text(tmp_path, text)
    rows = [c for c in doc.clauses if c.number in ("1", "2")]
    assert [[(a.value, a.bound) for a in c.amounts] for c in rows] == [[(100000000.0, "min"), (200000.0, "exact")], [(30000.0, "max")]]
    assert [[u.name for u in c.units] for c in rows] == [["市商务局"], ["市商务局", "市贸促会"]]


def test_a_header_printed_again_with_a_measure_under_a_columns_name():
    """序号 / … / 总投资 / （万元） / 责任单位 / … on the next page: the measure's line is the header's (z320: it had joined the
    row above and cut its units from its time cell); each row's sum read under it (h194: bare figures beside a unit column)."""
    header = "序号\n项目名称\n总投资\n（万元）\n责任单位\n完成时限\n"
    table = (header + "1\n高端装备产业园\n86000\n区工信局\n2024 年10 月31 日前\n2\n汽车零部件项目\n125000\n区招商服务中心\n"
             "2024 年12 月底前\n\n# Page 417:\n" + header + "3\n老旧小区改造\n23600\n区住建局\n2024 年9 月底前\n")
    assert [p.text for p in split_paragraphs(table)][1:3] == [
        "（2）汽车零部件项目125000万元（责任单位：区招商服务中心；完成时限：2024年12月底前）",
        "（3）老旧小区改造23600万元（责任单位：区住建局；完成时限：2024年9月底前）"]


def test_a_table_of_steps_with_their_time_schedule():
    """序号 / 工作环节 / 时间安排 / 责任单位: 时间安排 names a time column (z314's second table had not been read, its five rows'
    units and dates glued into the item before)."""
    table = ("表2\n序号\n工作环节\n时间安排\n责任单位\n1\n单位和个人申报\n2024 年5 月6 日至\n6 月28 日\n各用人单位\n2\n县级初审\n"
             "2024 年7 月31 日前\n各县（市、区）人力社保局\n")
    assert [p.text for p in split_paragraphs(table)][1:] == [
        "（1）单位和个人申报（责任单位：各用人单位；时间安排：2024年5月6日至6月28日）",
        "（2）县级初审（责任单位：各县（市、区）人力社保局；时间安排：2024年7月31日前）"]


def test_an_article_after_a_table_is_no_part_of_its_last_row(tmp_path):
    """第二条…按下表执行： / the table / 第三条本细则自…施行: the article had been swallowed by the last row."""
    text = ("无锡市人力资源和社会保障局关于印发测试细则的通知\n锡人社规〔2023〕3号\n第一条为规范补贴发放，制定本细则。\n第二条补贴标准按下表执行：\n"
            "序号\n补贴项目\n补贴标准\n责任单位\n1\n一次性创业补贴\n每人5000元\n市人社局\n2\n就业见习补贴\n每人每月1500元\n市财政局\n"
            "第三条本细则自2023年7月1日起施行。\n")
    (doc,) = parse_file(write(tmp_path, "锡.txt", text))
    assert [c.number for c in doc.clauses] == ["第一条", "第二条", "1", "2", "第三条"]
    assert doc.clauses[-2].text.endswith("（责任单位：市财政局）") and doc.effective_date.isoformat() == "2023-07-01"


def test_a_table_of_payments_without_a_unit_column_gives_a_row_each(tmp_path):
    """序号 / 补贴项目 / 补贴对象 / 补贴标准 / 申报时间: no unit column, so it had been no table (every row glued into the
    article before it, each amount linked to another row's subsidy); now each row is an item of its own."""
    text = ("无锡市人力资源和社会保障局关于印发测试细则的通知\n锡人社规〔2023〕3号\n第一条为规范补贴发放，制定本细则。\n"
            "第二条补贴项目、补贴对象、补贴标准和申报时间按下表执行：\n序号\n补贴项目\n补贴对象\n补贴标准\n申报时间\n"
            "1\n一次性创业补贴\n首次创办小微企业的高校毕\n业生\n每人5000 元\n创业满1 年后申报\n"
            "2\n就业见习补贴\n吸纳青年见习的见习单位\n每人每月1500 元\n2023 年12 月31 日前\n第三条本细则自2023年7月1日起施行。\n")
    (doc,) = parse_file(write(tmp_path, "锡.txt", text))
    assert [c.number for c in doc.clauses] == ["第一条", "第二条", "1", "2", "第三条"]
    assert [[(a.value, a.instrument, a.payment_unit) for a in c.amounts] for c in doc.clauses[2:4]] == [
        [(5000, "start-up-subsidy", "per-person-one-off")], [(1500, "internship-subsidy", "per-person-month")]]  # (一次性: paid once)


@pytest.mark.parametrize("co,expected", [
    ("委机关各处室", "（牵头单位：体改法规处；配合单位：委机关各处室；完成时限：持续推进）"),  # a department's own collective
    ("/", "（牵头单位：体改法规处；完成时限：持续推进）"), ("无", "（牵头单位：体改法规处；完成时限：持续推进）"),  # an empty cell written so
    ("—", "（牵头单位：体改法规处；完成时限：持续推进）"),  # the dash had been read into the time cell (—持续推进: not ongoing)
])
def test_a_departments_collectives_and_empty_cells_written_otherwise(co, expected):
    table = ("序号\n重点任务\n牵头单位\n配合单位\n完成时限\n1\n全面实施市场准入负面清单制度。\n办公室\n市财政局\n2023 年6 月底前\n"
             f"2\n建立营商环境问题线索督办机制。\n体改法规处\n{co}\n持续推进\n")
    first, second = [p.text for p in split_paragraphs(table)]
    assert first == "（1）全面实施市场准入负面清单制度。（牵头单位：办公室；配合单位：市财政局；完成时限：2023年6月底前）"
    assert second == "（2）建立营商环境问题线索督办机制。" + expected


POLICY_LIST = """宜昌市人民政府办公室关于印发《宜昌市2023年惠企政策清单》的通知
宜府办发〔2023〕9号
各县市区人民政府，市政府各部门：
现将《宜昌市2023年惠企政策清单》印发给你们，请认真抓好落实。
宜昌市2023年惠企政策清单
序号
政策名称
支持对象
支持标准
责任单位
政策依据
一、稳岗就业类
1
一次性吸纳
就业补贴
吸纳登记失业半年以上人员就
业的中小微企业
按每人1000元给予一次性吸
纳就业补贴
市人社局、市
财政局
宜府办发〔2022〕
31号
2
社会保险补贴
招用离校2年内未就业高校
毕业生的小微企业
按每人每月300元给予社会保
险补贴
市人社局
宜府办发〔2022〕
31号
二、科技创新类
3
高新技术企业认定奖励
首次认定的高新技术企业
一次性奖励20万元
市科技局、市
财政局
宜府发〔2022〕7号
"""


def test_category_rows_inside_a_table_head_its_rows(tmp_path):
    """一、稳岗就业类 between the header and row 1 (and between rows) is a heading over the rows after it, not the
    table's end: the table had not been read at all (its rows run together under 一、, no units)."""
    (doc,) = parse_file(write(tmp_path, "宜昌.txt", POLICY_LIST))
    assert [(s.number, s.heading) for s in doc.sections] == [("一、", "稳岗就业类"), ("二、", "科技创新类")]
    assert [c.path for c in doc.clauses] == ["1.1", "1.2", "2.3"]
    units = {c.path: [(u.name, u.role) for u in c.units] for c in doc.clauses}
    assert units["1.1"] == [("市人社局", "co"), ("市财政局", "co")]
    assert units["1.2"] == [("市人社局", "lead")]  # alone, beside the row's other column (政策依据：…), it leads
    assert [a.value for a in doc.clauses[2].amounts] == [200000]
    assert [r.doc_number.text for r in doc.clauses[0].references] == ["宜府办发〔2022〕31号"]
    # an 一、 after the table's last row is prose again, not a category
    prose = POLICY_LIST + "二、工作要求\n各责任单位要制定申报指南，确保政策直达快享。\n"
    (doc,) = parse_file(write(tmp_path, "宜昌2.txt", prose.replace("二、科技创新类\n", "")))
    assert doc.clauses[-1].number == "二、" and "申报指南" in doc.clauses[-1].text


TASK_TABLE = """西宁市人民政府办公厅关于印发西宁市2023年优化营商环境工作要点的通知
宁政办〔2023〕45号
各区县人民政府：
现将《工作要点》印发给你们，请认真贯彻落实。
序号
工作任务
具体措施
牵头单位
配合单位
完成时限
1
提升获得电力服务
水平
低压小微企业用电报装实行“零上
门、零审批、零投资”。
国网西宁供电公司
市发展改革委、市工
业和信息化局
2023年6月底前
2
提升获得用水用气
服务水平
用水、用气报装办理时间分别压缩
至3个、4个工作日以内。
市住房和城乡建设局
—
长期坚持
"""


def test_a_rows_span_covers_all_its_cells_though_its_task_cell_is_labelled_last(tmp_path):
    """The unnumbered task cell is labelled at the row's end (…；工作任务：提升获得电力服务水平）, but it comes first in the
    file: the clause's span had ended with it, leaving the measures, units and time outside the citation."""
    path = write(tmp_path, "宁.txt", TASK_TABLE)
    (doc,) = parse_file(path)
    first, second = doc.clauses
    assert first.text.endswith("工作任务：提升获得电力服务水平）")
    assert first.span.text.startswith("1\n提升获得电力服务") and first.span.text.endswith("2023年6月底前")
    assert second.span.text.endswith("长期坚持")


def test_the_peoples_banks_short_name_opens_a_unit_cell(tmp_path):
    """人行漳州市中心支行 alone in the lead column: 人行 opens a unit's name (it had been glued onto the measures, and the
    co units read as leads)."""
    text = TASK_TABLE.replace("国网西宁供电公司", "人行西宁中心支行")
    (doc,) = parse_file(write(tmp_path, "宁2.txt", text))
    assert [(u.name, u.role) for u in doc.clauses[0].units][:2] == [("人行西宁中心支行", "lead"), ("市发展改革委", "co")]


def test_a_sentence_after_the_last_rows_time_cell_is_no_cell_of_it(tmp_path):
    """… / 长期坚持 / 各地各部门要按照职责分工，…于2023年12月20日前…: the closing text after the table had been read into its
    last row (its units lost among the words, its date the row's deadline; a blind probe, z18)."""
    text = ("湖北省人民政府办公厅关于印发湖北省降低成本若干措施的通知\n鄂政办发〔2023〕41号\n湖北省降低成本若干措施\n"
            "序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"
            "1\n规范涉企收费，对查实的违规收\n费一律清退。\n省市场监管局\n省发改委、省财政厅\n2023 年11 月\n底前\n"
            "2\n建立健全降低制度性交易成本\n评估机制。\n省发改委\n省直有关部门\n长期坚持\n"
            "各地各部门要按照职责分工，抓紧制定具体实施办法，于2023 年12 月20 日前将落实情\n况报送省发改委。\n")
    (doc,) = parse_file(write(tmp_path, "鄂.txt", text))
    last = doc.clauses[-1]
    assert [(u.name, u.role) for u in last.units] == [("省发改委", "lead"), ("省直有关部门", "co")]
    assert [p.kind for p in last.periods] == ["ongoing"]
    assert doc.segments[-1].kind == "closing" and doc.segments[-1].text.startswith("各地各部门要按照职责分工")
    assert [p.end.isoformat() for p in doc.clauses[0].periods] == ["2023-11-30"]  # a time cell over two lines stays whole


def test_a_sentence_after_the_last_rows_unit_cell_is_no_cell_of_it(tmp_path):
    """序号 / 改革事项 / 责任单位, then 各责任单位要…。 after the table: the last row had lost its units (the sentence read into
    its unit cell; a blind probe, z21); units listed over lines with ， in them stay the cell's (天津_01's last row)."""
    text = ("合肥市人民政府办公室关于印发某某工作方案的通知\n某某工作方案\n序号\n改革事项\n责任单位\n"
            "1\n惠企政策兑现\n市财政局\n2\n信用修复便利化\n市发展改革委、市市场\n监管局，各县（市）区政府\n"
            "各责任单位要细化工作举措，确保落地见效。\n")
    (doc,) = parse_file(write(tmp_path, "合.txt", text))
    assert [u.name for u in doc.clauses[-1].units] == ["市发展改革委", "市市场监管局", "各县（市）区政府"]
    assert doc.segments[-1].kind == "closing" and doc.segments[-1].text == "各责任单位要细化工作举措，确保落地见效。"


def test_a_task_cell_cut_before_its_quoted_phrase_stays_out_of_the_content(tmp_path):
    """企业开办 / “一网通办” / 推行电子营业执照…: the task cell's first line, cut short before a quoted phrase, had set the
    column's width, so the phrase and the cell had run into the content (a blind probe, z25)."""
    text = ("某市攻坚行动实施方案\n序号\n攻坚任务\n具体措施\n牵头单位\n完成时限\n"
            "1\n企业开办\n“一网通办”\n推行电子营业执照和电子印章同\n步发放，企业开办时间压缩至0.5 个工作日。\n市行政审批局\n2023 年6 月\n底前\n"
            "2\n简易低风险\n项目审批\n社会投资简易低风险项目实行\n“拿地即开工”。\n市住房城乡建\n设局\n2023 年9 月\n30 日前\n")
    (doc,) = parse_file(write(tmp_path, "邕.txt", text))
    assert doc.clauses[0].text.startswith("（1）推行电子营业执照") and doc.clauses[0].text.endswith("攻坚任务：企业开办“一网通办”）")


LHASA_HEAD = "拉萨市2023年营商环境责任清单\n序号\n重点任务\n具体措施\n责任单位\n完成时限\n"


def test_a_date_cell_wrapped_before_its_qian_is_no_signature_ending_the_table():
    """2023 年6 月30 日 / 前: the date alone had read as the table's signing date (after a unit's line, as its
    signature): the rows after it had been lost (a blind probe, z33)."""
    table = LHASA_HEAD + ("1\n企业开办\n将企业开办时间压缩至0.5 个工作\n日以内。\n市市场监管局\n2023 年6 月30 日\n前\n"
                          "2\n纳税\n纳税时间压缩至80 小时以内。\n市税务局\n2023 年12 月底前\n")
    assert rows(table) == ["（1）将企业开办时间压缩至0.5个工作日以内。（责任单位：市市场监管局；完成时限：2023年6月30日前；重点任务：企业开办）",
                           "（2）纳税时间压缩至80小时以内。（责任单位：市税务局；完成时限：2023年12月底前；重点任务：纳税）"]


def test_a_unit_cell_saying_who_leads_and_who_helps_is_the_rows_units_cell():
    """市市场监管局牵头，/ 市公安局、市税务 / 局配合: the cell had been read as the content's text (only the lead found,
    a blind probe, z33)."""
    table = LHASA_HEAD + ("1\n企业开办\n将企业开办时间压缩至0.5 个工作日以内。\n市市场监管局牵头，\n市公安局、市税务\n局配合\n2023 年6 月底前\n"
                          "2\n纳税\n纳税时间压缩至80 小时以内。\n市税务局\n2023 年12 月底前\n")
    assert rows(table)[0] == ("（1）将企业开办时间压缩至0.5个工作日以内。（责任单位：市市场监管局牵头，市公安局、市税务局配合；"
                              "完成时限：2023年6月底前；重点任务：企业开办）")


def test_a_rows_time_cell_on_the_page_before_the_rest_of_its_text():
    """…50 万 / 市金融工作办 / 长期坚持 / (next page) 元；…以下。: the time had been looked for only at the end of the row's last
    page, and read into the unit's name (市金融工作办长期坚持; a blind probe, z33)."""
    table = LHASA_HEAD + ("1\n获得信贷\n对小微企业贷款给予贴息，单户年度\n贴息最高不超过50 万\n市金融工作办\n长期坚持\n\n# Page 737:\n"
                          + LHASA_HEAD.split("\n", 1)[1] + "元；担保费率降至1%以下。\n"
                          "2\n纳税\n纳税时间压缩至80 小时以内。\n市税务局\n2023 年12 月底前\n")
    assert rows(table)[0] == ("（1）对小微企业贷款给予贴息，单户年度贴息最高不超过50万元；担保费率降至1%以下。（责任单位：市金融工作办；"
                              "完成时限：长期坚持；重点任务：获得信贷）")


def test_a_table_of_one_row_is_a_table():
    """A task table of one row had been left as lines (two rows were required; a blind probe, z28)."""
    table = ("重点任务清单\n序号\n重点任务\n具体措施\n责任单位\n完成时间\n1\n融资服务扩面\n对首次获得银行贷款的小微企\n业给予贴息。\n"
             "市地方金融监管\n局\n2023 年12 月\n底前\n")
    assert rows(table) == ["（1）对首次获得银行贷款的小微企业给予贴息。（责任单位：市地方金融监管局；完成时间：2023年12月底前；"
                           "重点任务：融资服务扩面）"]
    assert rows("序号\n重点任务\n具体措施\n责任单位\n完成时间\n1\n") == []  # a number alone: no row


@pytest.mark.parametrize("task", ["各地级以上市人民政府分别设立企业服务专员", "各地级以上市全面推行企业服务专员制度",
                                  "区领导联系重点企业"])
def test_a_rows_first_line_is_its_text_even_where_it_opens_like_a_units_name(task):
    """A task cell opening with 各…/省…/区… had been read into the unit cell (its text lost, a glued unit's name; a blind
    probe, z39)."""
    table = (f"分工表\n序号\n工作任务\n责任单位\n1\n推行涉企事项集成办理\n省政务服务数据管理局、省市场监管局\n2\n{task}\n"
             "各地级以上市人民政府，省工业和信息化厅\n")
    assert rows(table)[1] == f"（2）{task}（责任单位：各地级以上市人民政府，省工业和信息化厅）"


def test_rows_far_apart_are_no_page_numbers_and_their_repeated_cell_lines_no_running_heads():
    """Rows 14 lines apart (a long cell) had been taken for page numbers, so the lines repeated beside them (`15 日前`, a
    task cell) for running heads and dropped: each row's deadline read 2023年6月, not 2023年6月15日前 (a blind probe, z41)."""
    cell = "全面推行企业开办“一网通办、一\n窗受理、一日办结”，将企业登记、\n公章刻制、涉税办理、社保登记、\n医保登记等事项纳入集成办理，实现\n企业开办全流程1 个工作日内办结、\n零费用。\n"
    table = "清单\n序号\n重点任务\n具体举措\n责任单位\n完成时限\n" + "".join(
        f"{n}\n深化商事制度改\n革\n{cell}省市场监管局（牵头）、\n省公安厅\n2023 年{month} 月\n15 日前\n" for n, month in ((1, 6), (2, 9), (3, 12)))
    table += "4\n深化商事制度改\n革\n推行企业开办“一网通办”，实现企业开办全流程办结。\n省市场监管局（牵头）、\n省公安厅\n长期坚持\n"
    got = rows(table)
    assert [r[r.index("完成时限") :] for r in got] == [
        f"完成时限：{when}；重点任务：深化商事制度改革）" for when in ("2023年6月15日前", "2023年9月15日前", "2023年12月15日前", "长期坚持")]


def test_a_list_of_problems_to_fix_is_a_table_and_立行立改_its_time():
    """序号 / 问题 / 整改措施 / 责任单位 / 整改时限: the columns 问题 and 整改时限 had kept the header unread (no row, no unit); a time
    cell 立行立改 had been read as a unit's line (the row's units lost or taken from the next row; a blind probe, z42)."""
    table = ("整改清单\n序号\n问题\n整改措施\n责任单位\n整改时限\n1\n企业开办银行开户\n慢\n推动企业开办平台与银行预约开户系统对接。\n"
             "市市场监管局、市\n政务服务和大数据\n管理局\n2023 年6 月\n底前\n2\n投标保证金收取\n不规范\n全面取消政府采购投标保证金。\n"
             "市财政局\n立行立改\n3\n招标投标领域\n乱象\n开展招标投标领域专项整治。\n市发展改革委、市\n水利局\n长期坚持\n")
    assert rows(table) == [
        "（1）推动企业开办平台与银行预约开户系统对接。（责任单位：市市场监管局、市政务服务和大数据管理局；整改时限：2023年6月底前；问题：企业开办银行开户慢）",
        "（2）全面取消政府采购投标保证金。（责任单位：市财政局；整改时限：立行立改；问题：投标保证金收取不规范）",
        "（3）开展招标投标领域专项整治。（责任单位：市发展改革委、市水利局；整改时限：长期坚持；问题：招标投标领域乱象）"]


def test_a_banks_name_whose_last_character_the_page_cut_off_after_the_repeated_header():
    """人民银行石家庄中心支 / # Page / (header) / 行: the 行 had been read into the row's text (a blind probe, z47)."""
    header = "序号\n重点任务\n责任单位\n完成时限\n"
    table = ("分工\n" + header + "1\n提升综合窗口服务能力\n省政务服务管理办公室\n2023 年9 月底前\n2\n优化企业开办服务\n省市场监管局、省公安厅、人\n"
             "民银行石家庄中心支\n\n# Page 1190:\n" + header + "行\n持续推进\n3\n规范政务服务中介\n省政务服务管理办公室\n2023 年10 月底前\n")
    assert rows(table)[1] == "（2）优化企业开办服务（责任单位：省市场监管局、省公安厅、人民银行石家庄中心支行；完成时限：持续推进）"


def test_a_table_of_indicators_whose_column_names_a_year():
    """序号 / 指标名称 / 2023 年目标 / 牵头单位: the year in a column's name had kept the header unread (the rows lost into the
    closing text; a blind probe, z46)."""
    table = ("附件\n重点指标目标任务表\n序号\n指标名称\n2023 年目标\n牵头单位\n1\n企业开办时间\n1 个工作日以内\n市市场监管局\n"
             "2\n低压小微企业办电平均时长\n不超过15 个工作日\n贵阳供电局\n")
    assert rows(table) == ["（1）企业开办时间1个工作日以内（牵头单位：市市场监管局）", "（2）低压小微企业办电平均时长不超过15个工作日（牵头单位：贵阳供电局）"]


def test_a_list_of_cases_with_no_unit_column_and_an_article_a_cell_cites():
    """序号 / 违法行为 / 法律依据 / 免罚条件: four named columns and none of units had kept the header unread; 《…条例》 / 第六十四条
    in a cell had ended the table as a new article (a blind probe, z48)."""
    table = ("免罚清单\n序号\n违法行为\n法律依据\n免罚条件\n1\n经营者未按规定出具购货凭证\n《上海市消费者权益保护条例》\n第六十四条\n"
             "首次被发现，且及时改正\n2\n格式条款含有加重消费者责任的内容\n《上海市消费者权益保护条例》\n第六十五条\n首次被发现，且在15 日内修改\n")
    assert rows(table) == ["（1）经营者未按规定出具购货凭证《上海市消费者权益保护条例》第六十四条首次被发现，且及时改正",
                           "（2）格式条款含有加重消费者责任的内容《上海市消费者权益保护条例》第六十五条首次被发现，且在15日内修改"]
    # 说明： under the table ends it, as 注： does (its 由…负责解释 had become the last row's unit)
    noted = rows(table + "说明：\n本清单由浦东新区市场监督管理局负责解释。\n")
    assert noted[-1].endswith("且在15日内修改")


def test_a_corps_division_in_a_unit_cell():
    """市政务服务管理局、兵团第十二师: 师 had ended no organ's name, so the cell had been read as the row's text (its units lost; a
    blind probe, z56)."""
    table = ("序号\n任务名称\n具体措施\n责任单位\n完成时限\n1\n深化商事制度改革\n推行“非接触式”办税缴费。\n市税务局、市财政局\n2023 年6 月底前\n"
             "2\n推进跨域通办\n与昌吉州、吐鲁番市建立跨域通办机制。\n市政务服务管理局、兵团第十二师\n2023 年9 月底前\n")
    assert "（责任单位：市政务服务管理局、兵团第十二师；" in rows(table)[1]


@pytest.mark.parametrize("when", ["第四季度", "四季度"])
def test_a_quarter_without_its_year_is_a_time_cell(when):
    """昆明海关、市 / 商务局 / 市口岸办 / 第四季度: a quarter with no year had been no time cell, so the row's cells were glued to
    its text (its units and deadline lost; a blind probe, z62)."""
    table = ("序号\n任务名称\n具体措施\n牵头单位\n责任单位\n完成时限\n1\n纳税\n推行“非接触式”办税。\n市税务局\n市财政局\n2023 年12 月\n"
             f"2\n跨境贸易\n深化国际贸易“单一窗口”应用。\n昆明海关、市\n商务局\n市口岸办\n{when}\n")
    assert rows(table)[1].startswith("（2）深化国际贸易“单一窗口”应用。（牵头单位：昆明海关、市商务局；责任单位：市口岸办；"
                                     f"完成时限：{when}；")


def test_a_projects_table_whose_columns_give_investments_in_a_measure():
    """序号 / 项目名称 / 建设内容 / 总投资 / （亿元） / 2023 年 / 计划投资 / （亿元） / 责任单位: 投资 named no column, and a
    column's measure or year on a line of its own broke the header (no row read; a blind probe, z66: 泉州)."""
    table = ("附件\n重点项目表\n序号\n项目名称\n建设内容\n总投资\n（亿元）\n2023 年\n计划投资\n（亿元）\n责任单位\n"
             "1\n泉州陆地港二\n期工程\n新建保税仓库\n12.6\n3.2\n晋江市人民政\n府\n2\n石湖港区物流\n园区\n建设集装箱堆场\n8.5\n2.1\n石狮市人民政\n府\n")
    found = rows(table)
    assert [row.split("（责任单位：")[1] for row in found] == ["晋江市人民政府）", "石狮市人民政府）"]
    assert found[0].startswith("（1）泉州陆地港二期工程新建保税仓库")


def test_a_task_cells_line_opening_with_a_places_short_name_is_no_unit_cell():
    """新建保税仓库 / 晋江市人民政府: 新建 (of 南昌's 新建区) had opened a unit's name, the task cell's line glued to the
    unit's (a blind probe, z66); a place named short still opens a cell where no place named in full follows."""
    header = "序号\n项目名称\n建设内容\n责任单位\n"
    table = header + "1\n泉州陆地港二期工程\n新建保税仓库\n晋江市人民政府\n2\n石湖港区物流园区\n建设集装箱堆场\n石狮市人民政府\n"
    assert rows(table) == ["（1）泉州陆地港二期工程新建保税仓库（责任单位：晋江市人民政府）",
                           "（2）石湖港区物流园区建设集装箱堆场（责任单位：石狮市人民政府）"]
    assert rows(header + "1\n推进口岸通关便利化\n大连海关\n")[0].endswith("（责任单位：大连海关）")


def test_a_units_other_name_cut_by_a_page_after_the_rows_text_cell_ended():
    """市市场监管局（市 / # Page (header repeated) / 知识产权局）、市司 / 法局按职责分工负责: the rest of the other name opens the
    next page's lines, whose first piece ends in the bracket's close; they had been read into the row's text (no unit;
    a blind probe, z73)."""
    header = "序号\n重点任务\n主要措施\n责任单位\n完成时限\n"
    table = (header + "1\n纳税\n推行“非接触式”办税缴\n费。\n市税务局\n长期坚持\n2\n市场监管\n推行包容审慎监管，落实\n"
             "轻微违法行为不予处罚清\n单。\n市市场监管局（市\n\n# Page 12:\n" + header + "知识产权局）、市司\n法局按职责分工负\n责\n"
             "2023 年11 月\n底前\n")
    assert rows(table)[1] == ("（2）推行包容审慎监管，落实轻微违法行为不予处罚清单。（责任单位：市市场监管局（市知识产权局）、市司法局按职责分工负责；"
                              "完成时限：2023年11月底前；重点任务：市场监管）")


def test_a_time_cell_cut_by_a_page_with_the_header_repeated_is_one_cell():
    """市财政局 / 2023 年12 月 / # Page (header repeated) / 底前: the time cell the page cut had left its year and month in
    the unit cell (配合单位：市财政局2023年12月; no helper, no deadline: a blind probe, z78)."""
    header = "序号\n重点任务\n具体措施\n牵头单位\n配合单位\n完成时限\n"
    table = (header + "1\n保护中小投资者\n完善中小投资者保护机制。\n市市场监管局\n市财政局\n2023 年12 月\n\n# Page 613:\n" + header +
             "底前\n2\n信用建设\n全面推行信用承诺制。\n市发展改革委\n市税务局\n持续推进\n")
    assert rows(table)[0] == "（1）完善中小投资者保护机制。（牵头单位：市市场监管局；配合单位：市财政局；完成时限：2023年12月底前；重点任务：保护中小投资者）"


def test_a_districts_state_owned_firms_in_a_unit_cell():
    """区国资委、区属国 / 有企业: a district's state-owned firms end a unit cell's names (the cell had been read into the
    row's text, no unit; a blind probe, z76), as they do in a bracket."""
    header = "序号\n任务\n责任单位\n完成时间\n"
    table = header + "1\n支持国有企业开放应用场景。\n区国资委、区属国\n有企业\n2023 年12 月底前\n"
    assert rows(table) == ["（1）支持国有企业开放应用场景。（责任单位：区国资委、区属国有企业；完成时间：2023年12月底前）"]
    from policykg.ingest.tables import _unit_names_only
    assert not _unit_names_only("支持国有企业", allow_cut=False, continuing=True)  # a task's words, even after a page (a review)


def test_a_zone_named_bare_among_a_unit_cells_names():
    """市政务服务局，各区县政府、西咸新区、各开发区管委会: a zone named bare after the cell's first name (its administration)
    had made the whole cell no unit cell, read into the row's text (a blind probe, z80); first in a cell it opens none."""
    header = "序号\n重点任务\n责任单位\n完成时限\n"
    table = header + "1\n规范涉企收费。\n市政务服务局，各区县政府、西咸新区、各开发区管委会\n2023 年5 月底前\n"
    assert rows(table) == ["（1）规范涉企收费。（责任单位：市政务服务局，各区县政府、西咸新区、各开发区管委会；完成时限：2023年5月底前）"]


def test_an_archives_name_ends_a_unit_cell():
    """市城建档案馆 in a unit cell: no organ's ending known, the cell had been read into the task and the row's units lost (a
    blind probe, z96)."""
    table = "序号\n工作任务\n牵头单位\n责任单位\n完成时限\n1\n实行联合验收“一口受理”。\n市住房城乡建设局\n市城建档案馆\n2023 年12 月底前\n"
    assert rows(table) == ["（1）实行联合验收“一口受理”。（牵头单位：市住房城乡建设局；责任单位：市城建档案馆；完成时限：2023年12月底前）"]


def test_a_time_cell_wrapped_onto_a_line_with_its_verb():
    """2023 年11 月底 / 前完成: the time cell's last line holds no time alone, so the row's cells had run together and its units
    were lost (a blind probe, z100)."""
    table = ("序号\n工作任务\n牵头单位\n配合单位\n完成时间\n1\n开展市场采购贸易方式扩面提质\n行动。\n市市场发展委\n市商务局、市财政\n局\n"
             "2023 年11 月底\n前完成\n")
    assert rows(table) == ["（1）开展市场采购贸易方式扩面提质行动。（牵头单位：市市场发展委；配合单位：市商务局、市财政局；完成时间：2023年11月底前完成）"]


def test_a_time_cell_wrapped_after_its_year_keeps_the_year():
    """2025 / 年6 月底前: the year alone on its line read as a page number and was dropped, and the deadline with it
    (a blind probe, z168)."""
    table = ("序号\n工作任务\n牵头单位\n配合单位\n完成时限\n1\n在重点园区设立计量测试服务站。\n省局计量处\n省计量科学研究院\n"
             "2025\n年6 月底前\n2\n推行电子证照。\n省政务办\n省公安厅\n2023 年9 月底前\n")
    assert rows(table)[0] == "（1）在重点园区设立计量测试服务站。（牵头单位：省局计量处；配合单位：省计量科学研究院；完成时限：2025年6月底前）"
    assert rows(table.replace("2025\n年6 月底前", "长期坚持\n2025"))[0].endswith("完成时限：长期坚持）")  # a page number after a row


@pytest.mark.parametrize("time", ["0.5个工作日", "半个工作日", "1个工作日内办结", "当天办结", "即时办理", "即办件", "2小时",
                                  "承诺5个工作日", "5个工作日（承诺）", "法定20个工作日", "即来即办",
                                  "2023 年12 月\n底前出台实\n施细则", "2023 年12 月\n底前建成并\n投入使用"])
def test_a_services_time_limit_in_any_of_its_forms_is_a_time_cell(time):
    """(a review of the session's table rules) each had left the row unread, its units lost (即来即办 glued to a unit)."""
    table = (f"序号\n事项名称\n牵头部门\n配合部门\n办理时限\n1\n我要开办药店\n省药监局\n省市场监管局\n{time}\n"
             "2\n开办民宿\n省文旅厅\n省公安厅\n5 个工作日\n")
    assert rows(table)[0] == f"（1）我要开办药店（牵头部门：省药监局；配合部门：省市场监管局；办理时限：{time.replace(' ', '').replace(chr(10), '')}）"


def test_a_table_of_incentives_with_the_department_that_pays_them():
    """序号 / 支持类别 / 支持标准 / 兑现部门: 兑现部门 named no column, so the table had been read into the clause before it and
    its units lost (a blind probe, z193)."""
    table = ("序号\n支持类别\n支持标准\n兑现部门\n1\n固定资产投\n资奖励\n按实际到位投资额的1%给予奖励。\n市投资促进局\n（牵头）、市财\n政局\n"
             "2\n人才奖励\n给予一次性奖励10 万元。\n市委人才办\n")
    assert rows(table) == ["（1）固定资产投资奖励按实际到位投资额的1%给予奖励。（兑现部门：市投资促进局（牵头）、市财政局）",
                           "（2）人才奖励给予一次性奖励10万元。（兑现部门：市委人才办）"]


def test_a_list_of_documents_accepted_before_they_are_complete_is_a_table():
    """序号 / 事项名称 / 容缺材料 / 补正时限 / 实施部门 (a 容缺受理 list): 容缺材料 and 补正时限 named no columns and
    `5 个工作日内补正` was no time cell, so the table had been lost with its units (a blind probe, z181)."""
    table = ("序号\n事项名称\n容缺材料\n补正时限\n实施部门\n1\n企业设立登记（含\n分支机构）\n住所（经营场所）\n使用证明\n"
             "5 个工作日内补正\n各县（市、区）行\n政审批局\n2\n医疗机构执业登记\n消防验收备案凭证\n15 个工作日内补\n正\n市卫生健康委\n")
    # (the time cell before the unit column, its last line read as the units' first, is labelled after the units)
    assert rows(table) == ["（1）企业设立登记（含分支机构）住所（经营场所）使用证明（实施部门：各县（市、区）行政审批局；补正时限：5个工作日内补正）",
                           "（2）医疗机构执业登记消防验收备案凭证（实施部门：市卫生健康委；补正时限：15个工作日内补正）"]


def test_a_time_cell_saying_what_is_done_by_then_over_four_lines():
    """立行立改， / 2023 年12 月 / 底前完成清 / 单动态调整: a time cell with its task's words, over four lines, had not been read,
    and the row's units were lost with it (a blind probe, z176)."""
    table = ("序号\n问题\n整改措施\n责任单位\n整改时限\n1\n清单覆盖领域不全。\n扩大清单覆盖领域，对已出台清单开展评估并动态\n调整。\n"
             "市司法局、市市场监管局、市生\n态环境局\n立行立改，\n2023 年12 月\n底前完成清\n单动态调整\n")
    assert rows(table)[0].endswith("（责任单位：市司法局、市市场监管局、市生态环境局；整改时限：立行立改，2023年12月底前完成清单动态调整）")


def test_a_list_of_services_with_a_time_limit_in_working_days_is_a_table():
    """序号 / 事项名称 / 牵头部门 / 配合部门 / 办理时限 with cells of 5 个工作日 and 即时办结: 办理时限 named no column and a time
    limit in days no time cell, so the whole table had been lost (a blind probe, z172: 11 rows, 44 units)."""
    table = ("序号\n事项名称\n牵头部门\n配合部门\n办理时限\n1\n我要开办药店\n省药监局\n省市场监管局、省\n医保局\n5 个工作日\n"
             "2\n灵活就业人员\n参保\n省人力资源社会保障厅\n省医保局\n即时办结\n")
    assert rows(table) == ["（1）我要开办药店（牵头部门：省药监局；配合部门：省市场监管局、省医保局；办理时限：5个工作日）",
                           "（2）灵活就业人员参保（牵头部门：省人力资源社会保障厅；配合部门：省医保局；办理时限：即时办结）"]


def test_a_time_cell_of_how_often_wrapped_over_lines_or_cut_by_a_page():
    """每半年通报一 / 次 (a frequency wrapped; z110) and 每季度调度一 / (page: the header, the other cells' rest) / 次 (z108): the
    row's cells had run together and its units were lost or garbled (市财每季度调度一次)."""
    table = ("序号\n任务名称\n主要举措\n牵头单位\n责任单位\n完成时限\n1\n加大金融助企力度\n深化“金融顾问”制度，扩大普惠小微贷款投放。\n市金融办\n"
             "市财政局\n每半年通报一\n次\n")
    assert [r.split("（牵头单位")[1] for r in rows(table)] == ["：市金融办；责任单位：市财政局；完成时限：每半年通报一次；任务名称：加大金融助企力度）"]
    header = "序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"
    table = (header + "1\n开展涉企违规收费专项整治，重点整\n市发改委\n市市场监管局、市财\n每季度调度一\n\n# Page 734:\n" + header
             + "治行业协会商会违规收费。\n政局、市民政局\n次\n2\n推行信用贷款。\n市金融办\n人行某市中心支行\n2023 年12 月底前\n")
    assert rows(table)[0] == ("（1）开展涉企违规收费专项整治，重点整治行业协会商会违规收费。（牵头单位：市发改委；配合单位：市市场监管局、市财政局、"
                              "市民政局；完成时限：每季度调度一次）")


def test_a_tables_caption_under_a_section_heading_is_no_part_of_the_heading(tmp_path):
    """二、重点任务 / 岳阳市…重点任务分工表 / 序号 …: the caption had been read into the section's heading (a blind probe,
    z129; three probe files more had it: 海口, 武汉, 蚌埠)."""
    document = parse_text(tmp_path, "岳阳市人民政府办公室关于印发工作方案的通知\n岳政办发〔2023〕5号\n各县市区人民政府：\n"
                          "一、总体要求\n坚持问题导向，持续优化营商环境。\n二、重点任务\n岳阳市2023年优化营商环境重点任务分工表\n"
                          "序号\n重点任务\n责任单位\n完成时限\n1\n推行企业开办“一日办结”。\n市市场监管局\n2023年6月底前\n"
                          "2\n深化“证照分离”改革。\n市市场监管局、市司法局\n2023年9月底前\n")
    assert [s.heading for s in document.sections] == ["重点任务"]
    assert [c.number for c in document.clauses] == ["一、", "1", "2"]
    # a heading a page cut goes on after the page's marker (z16)
    document = parse_text(tmp_path, "江西省人民政府关于优化营商环境的实施意见\n赣府发〔2023〕5号\n各市人民政府：\n一、着力营造公平竞争\n\n"
                          "# Page 413:\n市场环境\n（一）加强公平竞争审查。全面落实公平竞争审查制度。\n（二）规范涉企收费。清理规范涉企收费。\n")
    assert [s.heading for s in document.sections] == ["着力营造公平竞争市场环境"]


def test_a_table_of_payments_with_the_time_to_apply_and_units_parted_by_a_space():
    """序号 / 补贴项目 / 补贴对象 / 补贴标准 / 申领时限 / 经办部门: 申领时限 named no column, so the table had been lost with its
    units, sums and dates (a blind probe, z200); a cell naming two units apart by a space (区人社局 各街道 / （镇）社区事务受理
    / 服务中心) had been cut inside a word (…（镇）社 / 区事务…)."""
    table = ("序号\n补贴项目\n补贴对象\n补贴标准\n申领时限\n经办部门\n1\n一次性扩岗补\n助\n招用高校毕业生的企业\n每招用1 人1500 元\n"
             "2024 年 9 月 30 日前\n区就业促进中心\n2\n社会保险补贴\n吸纳就业困难人员的\n用人单位\n每人每月最高1200 元\n每季度末前15 日\n"
             "区人社局 各街道\n（镇）社区事务受理\n服务中心\n")
    assert rows(table) == [
        "（1）一次性扩岗补助招用高校毕业生的企业每招用1人1500元（经办部门：区就业促进中心；申领时限：2024年9月30日前）",
        "（2）社会保险补贴吸纳就业困难人员的用人单位每人每月最高1200元（经办部门：区人社局、各街道（镇）社区事务受理服务中心；"
        "申领时限：每季度末前15日）"]


def test_a_column_naming_two_things_is_a_column():
    """序号 / 政策名称 / 支持对象及标准 / 责任单位: a column named by two nouns had ended the header, and the table (a
    policy list attached to a notice, z210) had been lost with its units and sums."""
    table = ("序号\n政策名称\n支持对象及标准\n责任单位\n1\n一次性创业补贴\n首次创办小微企业的，给予\n5 000 元一次性创业补贴。\n市人社局\n"
             "2\n稳岗返还\n按企业上年度实际缴纳失业保险费的60%返还。\n市社保局\n")
    assert rows(table) == ["（1）一次性创业补贴首次创办小微企业的，给予5 000元一次性创业补贴。（责任单位：市人社局）",
                           "（2）稳岗返还按企业上年度实际缴纳失业保险费的60%返还。（责任单位：市社保局）"]


def test_a_table_of_tasks_with_rows_numbered_under_them_and_the_official_in_charge():
    """序号 / 任务事项 / 具体举措 / 责任领导 / 牵头单位 / 责任单位 / 完成时限 with rows 1-1, 1-2 under task 1: 责任领导 named no
    column and 1-1 no row, so the whole table had been lost (a blind probe, z209). The task's row heads its rows (1.…), each
    row keeps its units, the official's cell (顾立明 / 副市长, 市政府副秘 / 书长蒋文涛) is no unit, and a name the cell's line
    cuts (国家税务总局 / 无锡市税务局) stays one."""
    table = ("序号\n任务事项\n具体举措\n责任领导\n牵头单位\n责任单位\n完成时限\n1\n深化企业开办服务\n1-1\n全面推行企业开办“一网通办”。\n"
             "顾立明\n副市长\n市行政审批\n局\n市市场监管局、国家税务总局\n无锡市税务局\n2024 年6 月\n底前\n"
             "1-2\n推进经营主体登记“跨省通办”。\n顾立明副市长\n市市场监管局\n市大数据管理局\n2024 年10 月底前\n"
             "2\n强化惠企政策直达\n2-1\n落实专精特新政策。\n市政府副秘\n书长蒋文涛\n市工业和信\n息化局\n市财政局\n长期坚持\n")
    assert [p.text for p in split_paragraphs(table)] == [
        "1.深化企业开办服务",
        "（1）全面推行企业开办“一网通办”。顾立明副市长（牵头单位：市行政审批局；责任单位：市市场监管局、国家税务总局无锡市税务局；"
        "完成时限：2024年6月底前）",
        "（2）推进经营主体登记“跨省通办”。顾立明副市长（牵头单位：市市场监管局；责任单位：市大数据管理局；完成时限：2024年10月底前）",
        "2.强化惠企政策直达",
        "（1）落实专精特新政策。市政府副秘书长蒋文涛（牵头单位：市工业和信息化局；责任单位：市财政局；完成时限：长期坚持）"]


def test_a_time_column_before_the_unit_columns_and_an_empty_remark_cell():
    """序号 / 工作任务 / 具体措施 / 完成时限 / 牵头单位 / 配合单位 / 备注: the time cell before the units had stayed in the row's
    words, its quarter or month read as no deadline, and the remark cell written / had been glued to the last unit
    (街道办事处—) (a blind probe, z213)."""
    table = ("序号\n工作任务\n具体措施\n完成时限\n牵头单位\n配合单位\n备注\n1\n加大融资支持\n设立区级应急转贷资金。\n2024 年二季\n度\n"
             "区金融发展服务中心\n区财政局\n/\n2\n推行“好差评”\n差评整改率达到100%。\n2024 年11 月\n区政务服务办\n各镇人民政府、街\n道办事处\n/\n")
    assert rows(table) == [
        "（1）设立区级应急转贷资金。（牵头单位：区金融发展服务中心；配合单位：区财政局；完成时限：2024年二季度；工作任务：加大融资支持）",
        "（2）差评整改率达到100%。（牵头单位：区政务服务办；配合单位：各镇人民政府、街道办事处；完成时限：2024年11月；工作任务：推行“好差评”）"]


def test_an_indicator_tables_columns_of_the_measure_and_the_years():
    """序号 / 指标名称 / 单位 / 2023 年 / 2024 年 / 2025 年 / 责任单位: 单位 (the measure) and the years named no columns, so the
    table had been lost with its units (z216; z180's had been too). Its targets stay in the row's words."""
    table = ("序号\n指标名称\n单位\n2023 年\n2024 年\n2025 年\n责任单位\n1\n城镇新增就业\n万人\n6.2\n6.4\n6.5\n市人社局\n"
             "2\n城镇调查失业率\n%\n5.5 以内\n5.5 以内\n5.5 以内\n市人社局、国家统\n计局襄阳调查队\n")
    assert rows(table) == ["（1）城镇新增就业万人6.26.46.5（责任单位：市人社局）",
                           "（2）城镇调查失业率%5.5以内5.5以内5.5以内（责任单位：市人社局、国家统计局襄阳调查队）"]


def test_a_time_cell_before_the_units_is_only_a_time_and_a_lone_unit_column():
    """A second review: the lines taken as the time cell before the unit columns are a time and nothing else (not 2025 年实现
    乡镇全覆盖, the task's words, nor 每季度至少1次); 序号 / 工作任务 / 单位 / 完成时限: a lone 单位 is the units' column."""
    table = ("序号\n工作任务\n具体措施\n完成时限\n牵头单位\n配合单位\n1\n建设充电设施\n新建公共充电桩500 个，到\n2025 年实现乡镇全覆盖\n"
             "2025 年底前\n区发改局\n区住建局\n")
    assert rows(table) == ["（1）新建公共充电桩500个，到2025年实现乡镇全覆盖（牵头单位：区发改局；配合单位：区住建局；完成时限：2025年底前；"
                           "工作任务：建设充电设施）"]
    lone = "序号\n工作任务\n单位\n完成时限\n1\n加强宣传\n区人社局\n2024 年底前\n"
    assert rows(lone) == ["（1）加强宣传（责任单位：区人社局；完成时限：2024年底前）"]


def test_a_unit_cell_reading_same_as_above_is_the_row_aboves():
    """牵头单位 cell 同上 (same as the row above), alone or printed before the next cell's names: it had been read as a name
    (同上常州经开区管委会) or left in the row's words, the row's lead lost (a blind probe, z218)."""
    table = ("序号\n重点任务\n具体举措\n牵头单位\n配合单位\n完成时限\n1\n提升企业开办\n便利度\n推行企业开办全程网办。\n市市场监管局\n"
             "市政务办、市公安局\n2024 年4 月\n底前\n2\n开展住所登记“一址多照”试点。\n同上\n常州经开区管委会、溧\n阳市人民政府\n2024 年6 月\n30 日\n")
    assert [r.split("（牵头单位")[1] for r in rows(table)] == [
        "：市市场监管局；配合单位：市政务办、市公安局；完成时限：2024年4月底前；重点任务：提升企业开办便利度）",
        "：市市场监管局；配合单位：常州经开区管委会、溧阳市人民政府；完成时限：2024年6月30日）"]


def test_the_officials_column_after_the_units_and_a_time_cell_saying_what_is_done_by_then(tmp_path):
    """序号 / 任务 / 责任单位 / 责任领导 / 完成时限 (z227): a time cell naming what is done by then (…底前兑现首 / 批补贴;
    …底前出台清单， / 此后每季度调度) had been read as no time, and the row's units lost with it; the officials' cell after
    the units (市委常委、组 / 织部部长, 市政府分管副 / 市长) is labelled by its column, its first line no unit."""
    table = ("序号\n任务\n责任单位\n责任领导\n完成时限\n1\n对全职工作的博士给予生活补贴。\n市委人才办、市人社局、\n市财政局、稀土高新区\n"
             "管委会\n市委常委、组\n织部部长\n2024 年6 月\n底前兑现首\n批补贴\n2\n制定“免罚轻罚”清单。\n市司法局、市市场监管\n局\n"
             "市政府分管副\n市长\n2024 年5 月底\n前出台清单，\n此后每季度调度\n")
    assert rows(table) == [
        "（1）对全职工作的博士给予生活补贴。（责任单位：市委人才办、市人社局、市财政局、稀土高新区管委会；完成时限：2024年6月底前兑现首批补贴；"
        "责任领导：市委常委、组织部部长）",
        "（2）制定“免罚轻罚”清单。（责任单位：市司法局、市市场监管局；完成时限：2024年5月底前出台清单，此后每季度调度；责任领导：市政府分管副市长）"]
    clause = parse_text(tmp_path, table.replace("序号", "关于优化营商环境的通知\n序号", 1)).clauses[0]
    assert [(u.name, u.role) for u in clause.units] == [
        ("市委人才办", "co"), ("市人社局", "co"), ("市财政局", "co"), ("稀土高新区管委会", "co")]
    assert [(p.kind, str(p.end)) for p in clause.periods if p.kind == "deadline"] == [("deadline", "2024-06-30")]


def test_a_policy_list_with_a_contact_column_and_category_rows():
    """序号 / 政策名称 / 政策内容 / 兑现部门 / 联系电话, rows grouped under 一、科技创新类 (z230): 联系电话 named no column, so the
    whole list had been read as three paragraphs; each row is a clause, its phone cell labelled after its units."""
    table = ("序号\n政策名称\n政策内容\n兑现部门\n联系电话\n一、科技创新类\n1\n研发投入奖励\n对研发投入增量超过1000 万元\n的企业，按增量部分的10%给予奖\n"
             "励，每家企业最高200 万元。\n区科经委\n2885 1106\n二、人才与就业类\n2\n吸纳就业补贴\n对吸纳长期失业人员的企业，按每人\n"
             "5000 元给予一次性补贴。\n区人社局\n2882 6300\n")
    assert rows(table) == [
        "（1）研发投入奖励对研发投入增量超过1000万元的企业，按增量部分的10%给予奖励，每家企业最高200万元。（兑现部门：区科经委；联系电话：2885 1106）",
        "（2）吸纳就业补贴对吸纳长期失业人员的企业，按每人5000元给予一次性补贴。（兑现部门：区人社局；联系电话：2882 6300）"]


def test_second_review_of_the_fourteenth_sessions_table_rules():
    """After a helper's review: a last row's time cell naming what is done by then, then a sentence after the table (the
    sentence had been read into the row, its units lost); 前全面完成, 前建立台账， / 后续动态更新 (any verb periods reads as
    due); an officials' cell after units ending in a place's bracket (各县 / （市、区）)."""
    table = ("序号\n任务\n责任单位\n完成时限\n1\n推进改造。\n市住建局\n2024 年6 月底\n前全面完成\n2\n兑现补贴。\n市财政局\n2024 年6 月底\n"
             "前兑现首\n批补贴\n各单位要高度重视，确保各项任务落到实处。\n")
    assert [p.text for p in split_paragraphs(table)] == [
        "（1）推进改造。（责任单位：市住建局；完成时限：2024年6月底前全面完成）",
        "（2）兑现补贴。（责任单位：市财政局；完成时限：2024年6月底前兑现首批补贴）",
        "各单位要高度重视，确保各项任务落到实处。"]
    officials = ("序号\n任务\n责任单位\n责任领导\n完成时限\n1\n给予生活补贴。\n市人社局、各县\n（市、区）\n市委常委、组\n织部部长\n"
                 "2024 年6 月底前\n2\n建立台账。\n市司法局\n市政府分管副\n市长\n2024 年5 月底前建立台账，\n后续动态更新\n")
    assert rows(officials) == [
        "（1）给予生活补贴。（责任单位：市人社局、各县（市、区）；完成时限：2024年6月底前；责任领导：市委常委、组织部部长）",
        "（2）建立台账。（责任单位：市司法局；完成时限：2024年5月底前建立台账，后续动态更新；责任领导：市政府分管副市长）"]


def test_a_problem_list_whose_time_cells_are_plain_days():
    """序号 / 问题描述 / 整改措施 / 责任单位 / 整改时限 (z235): 问题描述 named no column, and a time cell reading as a signed
    date (2023 年12 月31 日, after a unit cell that reads as a signing body) ended the table before the next row; the rows
    after it had been lost with their units and deadlines. A signature under a table still ends it."""
    table = ("序号\n问题描述\n整改措施\n责任单位\n整改时限\n1\n审批存在“体外循环”。\n审批事项全部纳入系统。\n市自然资源局、市\n住房城乡建设局\n"
             "2023 年12 月31 日\n2\n热线诉求办结超时。\n逐件督办超时诉求。\n市营商局\n2023 年9 月30 日\n"
             "沈阳市优化营商环境工作领导小组办公室\n2023 年7 月14 日\n")
    assert [p.text for p in split_paragraphs(table)] == [
        "（1）审批存在“体外循环”。审批事项全部纳入系统。（责任单位：市自然资源局、市住房城乡建设局；整改时限：2023年12月31日）",
        "（2）热线诉求办结超时。逐件督办超时诉求。（责任单位：市营商局；整改时限：2023年9月30日）",
        "沈阳市优化营商环境工作领导小组办公室", "2023年7月14日"]


def test_same_as_above_in_the_unit_and_time_cells_of_a_row_with_no_units_of_its_own():
    """任务 / 同上 / 同上 (z239): both cells had stayed in the row's words, its units and deadline lost; each is the row
    above's cell of its column."""
    table = ("序号\n工作任务\n责任单位\n完成时限\n1\n扩大就业见习规模\n市人社局、市财政局\n2024 年11 月底前\n2\n落实见习留用奖励\n同上\n同上\n"
             "3\n开展不断线就业服务\n同上\n长期坚持\n")
    assert rows(table) == ["（1）扩大就业见习规模（责任单位：市人社局、市财政局；完成时限：2024年11月底前）",
                           "（2）落实见习留用奖励（责任单位：市人社局、市财政局；完成时限：2024年11月底前）",
                           "（3）开展不断线就业服务（责任单位：市人社局、市财政局；完成时限：长期坚持）"]


def test_a_policy_table_of_clauses_and_a_sum_opening_a_cells_line():
    """序号 / 政策条款 / 兑现标准 / 兑现部门 / 咨询电话 (z245: 政策条款 named no column, so the rows had been one paragraph); a cell's
    line opening like a unit's name but holding a sum (区运营机构30 万元) is the text's, not the units'."""
    table = ("序号\n政策条款\n兑现标准\n兑现部门\n咨询电话\n1\n技术改造项目补\n助（第二条）\n按设备投资额的10%给予补助。\n市经信局\n0579-85520300\n"
             "2\n小微企业园运营\n奖励（第四条）\n对新评为省级四星级以上小\n微企业园的，一次性奖励园\n区运营机构30 万元\n市经信局、各镇\n（街道）\n0579-85520330\n")
    assert rows(table) == [
        "（1）技术改造项目补助（第二条）按设备投资额的10%给予补助。（兑现部门：市经信局；咨询电话：0579-85520300）",
        "（2）小微企业园运营奖励（第四条）对新评为省级四星级以上小微企业园的，一次性奖励园区运营机构30万元（兑现部门：市经信局、各镇（街道）；"
        "咨询电话：0579-85520330）"]


def test_a_new_areas_task_table_with_same_as_above_and_a_figures_unit_alone():
    """z249 (序号 / 工作任务 / 牵头单位 / 配合单位 / 完成时限): a new area's own bodies open unit cells (新区市场监管局 / 新区行政审批局、新
    / 区经济发展局 had been read as the task's words, the last fragment its lead); a time cell reading 同上 after the units;
    a sum's unit on a line of its own (200 / 万元) is the task's, not a unit's."""
    table = ("序号\n工作任务\n牵头单位\n配合单位\n完成时限\n1\n全面落实市场准入负面清\n单制度\n新区市场监管局\n新区行政审批局、新\n区经济发展局\n"
             "2024 年6 月底前\n2\n开展涉企违规收费专项整\n治\n同上\n新区财政金融局\n同上\n3\n设立融资风险补偿资金池，单笔最高补偿200\n万元\n"
             "新区财政金融局\n各组团管委会\n2024 年三季度\n")
    assert rows(table) == [
        "（1）全面落实市场准入负面清单制度（牵头单位：新区市场监管局；配合单位：新区行政审批局、新区经济发展局；完成时限：2024年6月底前）",
        "（2）开展涉企违规收费专项整治（牵头单位：新区市场监管局；配合单位：新区财政金融局；完成时限：2024年6月底前）",
        "（3）设立融资风险补偿资金池，单笔最高补偿200万元（牵头单位：新区财政金融局；配合单位：各组团管委会；完成时限：2024年三季度）"]


def test_same_as_above_in_the_second_unit_column():
    """牵头单位 / 配合单位: 新区综合执法局 / 同上 (z249 row 9): the lead is the row's own, the helpers the row above's (同上 had
    been read as the lead's column, the row's own unit left in its words)."""
    table = ("序号\n工作任务\n牵头单位\n配合单位\n完成时限\n1\n常态化开展政企恳谈会\n新区党政办公室\n新区经济发展局、新区\n招商服务局\n—\n"
             "2\n推行“综合查一次”\n新区综合执法局\n同上\n2024 年9 月底前\n")
    assert rows(table)[1] == ("（2）推行“综合查一次”（牵头单位：新区综合执法局；配合单位：新区经济发展局、新区招商服务局；"
                              "完成时限：2024年9月底前）")


def test_a_new_areas_body_cut_by_a_page_before_its_organ():
    """新区人 / (next page, the header again) … / 社局: a new area's body whose name the page cut before its organ goes on in
    its column (z259: 新区人 had been read into the row's text, 社局 left after it, no unit)."""
    header = "序号\n任务\n具体措施\n责任单位\n时间节点\n"
    table = header + ("1\n提升就业\n见习质效\n将就业见习补贴标准提高至2000 元。\n新区人社局、新区财\n政局\n长期坚持\n"
                      "2\n每年募集就业见习岗位不少于2000 个，岗位募集重\n新区人\n# Page 57:\n" + header
                      + "点向先进制造业倾斜。\n社局\n每年6 月底前\n")
    assert rows(table)[-1] == "（2）每年募集就业见习岗位不少于2000个，岗位募集重点向先进制造业倾斜。（责任单位：新区人社局；时间节点：每年6月底前）"


def test_the_next_item_of_the_text_ends_a_table_inside_an_item():
    """（一）… 按以下类别执行： / a 序号 table / （二）见习补贴期限…: the next item, a line as wide as the page, ends the table
    (z262: （二） and （三） had been read into the last row, their units and deadline with it)."""
    text = ("二、调整见习补贴标准\n（一）见习单位按规定发放基本生活费的，给予就业见习补贴。具体补贴标准按以下类别执行：\n"
            "序号\n类别\n补贴标准\n备注\n1\n一般见习单位\n当地最低工资标准\n的60%\n按月核拨\n"
            "2\n见习人员人身意外伤\n害保险\n每人每月不超过30\n元\n据实补贴\n"
            "（二）见习补贴期限按见习人员实际见习月数计算，最长不超过12 个月。见习人员提\n前离岗的，补贴发放至离岗当月。（市人社局、市财政局）\n")
    texts = [p.text for p in split_paragraphs(text)]
    assert texts[-1] == "（二）见习补贴期限按见习人员实际见习月数计算，最长不超过12个月。见习人员提前离岗的，补贴发放至离岗当月。（市人社局、市财政局）"
    assert texts[-2].startswith("（2）见习人员人身意外伤害保险") and texts[-2].endswith("据实补贴")


def test_a_payment_table_under_a_measure_reads_its_bare_figures_as_sums():
    """序号 / 证书类别 / 等级 / 补贴标准 / （元/人次） / 备注 with bare figures (z258: the table had not been read, 等级 no column's
    name, and each figure was dropped as a page's number): each row a paragraph, its figure the sum it is (1000元/人次, the
    measure at the figure's offsets); a page's number beside its mark is still no cell."""
    text = ("附件\n补贴标准\n序号\n证书类别\n等级\n补贴标准\n（元/人次）\n备注\n1\n职业资格证书或\n职业技能等级证\n书\n五级/初级工\n1000\n"
            "紧缺职业上浮\n30%\n2\n四级/中级工\n1500\n3\n三级/高级工\n2000\n12\n# Page 13:\n4\n二级/技师\n3500\n")
    paragraphs = [p for p in split_paragraphs(text) if p.text.startswith("（")]
    assert [p.text for p in paragraphs] == ["（1）职业资格证书或职业技能等级证书五级/初级工1000元/人次紧缺职业上浮30%", "（2）四级/中级工1500元/人次",
                                            "（3）三级/高级工2000元/人次", "（4）二级/技师3500元/人次"]
    second = paragraphs[1]
    assert text[second.offsets[second.text.index("1500")] :].startswith("1500\n")
    none = ConceptLinker(second.text, [], {}, 0)
    found = extract_amounts(second.text, lambda s, e: Span(s, e, second.text[s:e]), none, none)
    assert [(a.value, a.bound) for a in found] == [(1500, "exact")]


def test_a_time_cell_counted_from_the_day_of_issue():
    """… / 各县（市）区政府、 / 开发区管委会 / 市人社局、市教育局 / 自发文之日起3 个 / 月内: a time cell counted from an event (z264:
    no cell was read, the row's units lost)."""
    table = ("序号\n重点任务\n牵头单位\n配合单位\n完成时限\n1\n开展实名制登记和跟踪服务。\n各县（市）区政府、\n开发区管委会\n"
             "市人社局、市教育局\n自发文之日起3 个\n月内\n")
    assert rows(table) == ["（1）开展实名制登记和跟踪服务。（牵头单位：各县（市）区政府、开发区管委会；配合单位：市人社局、市教育局；"
                           "完成时限：自发文之日起3个月内）"]


def test_a_trailing_cells_bracket_opened_a_line_before():
    """… / 人行郑州中心支 / 行、河南银保监局 / 依申请兑现（经办 / 银行受理）: the 兑现方式 cell's bracket opened a line before its
    last (z272: 经办 had ended a unit's name, 河南银保监局 lost with it)."""
    header = "序号\n政策名称\n政策内容\n责任单位\n兑现方式\n"
    table = header + ("1\n创业担保贷款\n个人创业担保贷款额度最高30 万元。\n省财政厅、省人力\n资源社会保障厅、\n人行郑州中心支\n行、河南银保监局\n"
                      "依申请兑现（经办\n银行受理）\n2\n稳岗返还\n按规定返还。\n省人力资源社会保障厅\n免申即享\n")
    assert rows(table)[0] == ("（1）创业担保贷款个人创业担保贷款额度最高30万元。（责任单位：省财政厅、省人力资源社会保障厅、人行郑州中心支行、"
                              "河南银保监局；兑现方式：依申请兑现（经办银行受理））")


def test_the_reviews_findings_on_task_tables():
    """A count in a task's cell is no time cell's (新建村级就业服务站 / 30 个 / 2024 年底前: the task had lost 30个); a year in a
    payment table's cell is no sum (2024 / 5000 under （万元）: 5000 is); a task table's cell line opening with （一） as wide as
    the page does not end the table (a unit column's table)."""
    header = "序号\n重点任务\n完成时限\n牵头单位\n"
    assert rows(header + "1\n新建村级就业服务站\n30 个\n2024 年底前\n市人社局\n")[0].startswith("（1）新建村级就业服务站30个")
    payments = "序号\n项目名称\n建设年限\n总投资\n（万元）\n建设内容\n1\n智能制造产业园\n2024\n5000\n新建厂房\n2\n物流园\n2023\n3000\n新建仓库\n"
    assert "5000万元" in rows(payments)[0] and "2024万元" not in rows(payments)[0]
    wide = ("序号\n整改措施\n责任单位\n完成时限\n1\n（一）全面梳理审批事项清单，压减审批环节和办理时\n限，开展专项培训。\n市行政审批局\n2024 年底前\n"
            "2\n推行告知承诺制。\n市司法局\n2024 年6 月底前\n")
    assert [row.split("（责任单位：")[1].split("；")[0] for row in rows(wide)] == ["市行政审批局", "市司法局"]


def test_money_columns_named_by_what_is_paid_each_with_its_measure_below():
    """序号 / 见习单位类别 / 见习补贴 / （元/人·月） / 留用补贴 / （元/人）: columns of sums named by what is paid, each measure on a line
    of its own (z277: the table had not been read, six sums lost); each row's figures the sums of their columns in order."""
    table = ("序号\n见习单位类别\n见习补贴\n\n# Page 587:\n（元/人·月）\n留用补贴\n（元/人）\n1\n一般见习单位\n1400\n800\n"
             "2\n州级就业见习示范单位\n1600\n1200\n")
    assert rows(table) == ["（1）一般见习单位，见习补贴：1400元/人·月，留用补贴：800元/人", "（2）州级就业见习示范单位，见习补贴：1600元/人·月，留用补贴：1200元/人"]


def test_a_time_cell_received_all_year():
    """… / 区人社局 / 区住房和城乡建设 / 管理委、各街道、镇 / 常年受理，按月发放: a time cell received all year and paid monthly (z287:
    the row's units had been lost behind it)."""
    header = "序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"
    table = header + "1\n开展租房补贴资格认定和发放\n区人社局\n区住房和城乡建设\n管理委、各街道、镇\n常年受理，按月发放\n"
    assert rows(table) == ["（1）开展租房补贴资格认定和发放（牵头单位：区人社局；配合单位：区住房和城乡建设管理委、各街道、镇；完成时限：常年受理，按月发放）"]


def test_money_columns_beside_a_column_of_counts_are_left_bare():
    """见习补贴 / （元/人·月） / 见习期限 / 留用补贴 / （元/人） and a row 1400 / 6 / 800: a cell a line, as many as the columns, each
    is its column's, labelled so, the sums measured and the count not (6 had been read as 6元/人, the review; h216)."""
    header = "序号\n岗位类别\n见习补贴\n（元/人·月）\n见习期限\n留用补贴\n（元/人）\n"
    assert rows(header + "1\n一般单位\n1400\n6\n800\n2\n示范单位\n1600\n6\n1200\n") == [
        "（1）一般单位，见习补贴：1400元/人·月，见习期限：6，留用补贴：800元/人", "（2）示范单位，见习补贴：1600元/人·月，见习期限：6，留用补贴：1200元/人"]


# A header whose names the extraction kept on one line, printed again on the next page; a row's number on the line of
# its first cell (1 就业创业 / 服务), or alone where that cell is merged with the row above's (2 / 1.…；2.…) (z314)
SPACED_HEADER_TABLE = """附件
盐城市2024年稳就业重点任务分工表
序号 重点任务 具体措施 牵头单位 配合单位 完成时限
1 就业创业
服务
开展“春风行动”专场招聘不少于
50 场。
市人社局
市总工会、团市委
2024 年4 月
底前
2
1.对吸纳高校毕业生的小微企业给予一次性扩岗补助，每人1500 元；
2.扩大见习岗位规模，新增岗位不少于800 个。
市人社局
市财政局、各县（市、区）人民政府
2024 年12 月20 日前

# Page 88:
序号 重点任务 具体措施 牵头单位 配合单位 完成时限
3 人才引育
对新引进的全职博士按每人每月2000 元发放生活补贴，
最长3 年；
12 人社服务窗口延时办理。
市委人才办
市财政局
2024 年6 月底前
"""


def test_a_header_on_one_line_and_row_numbers_beside_their_first_cell(tmp_path):
    table = [p for p in split_paragraphs(SPACED_HEADER_TABLE) if p.table_row]
    assert [p.text[:5] for p in table] == ["（1）开展", "（2）1.", "（3）对新"]
    first, merged, third = (p.text for p in table)
    assert first.endswith("（牵头单位：市人社局；配合单位：市总工会、团市委；完成时限：2024年4月底前；重点任务：就业创业服务）")
    assert "每人1500元；2.扩大见习岗位规模" in merged  # the cell's points stay in its row
    assert "最长3年；12人社服务窗口延时办理。（" in third  # a number that does not follow the rows is a line of the cell
    assert SPACED_HEADER_TABLE[table[0].offsets[0]] == "1"  # the row's number where it is printed, beside its cell
    document = parse_text(tmp_path, "盐城市人民政府办公室关于印发稳就业重点任务分工表的通知\n各县（市、区）人民政府：\n现印发给你们。\n"
                          "盐城市人民政府办公室\n2024年3月1日\n" + SPACED_HEADER_TABLE)
    units = {c.number: [(u.name, u.role) for u in c.units] for c in document.clauses}
    assert units == {"1": [("市人社局", "lead"), ("市总工会", "co"), ("团市委", "co")],
                     "2": [("市人社局", "lead"), ("市财政局", "co"), ("各县（市、区）人民政府", "co")],
                     "3": [("市委人才办", "lead"), ("市财政局", "co")]}


@pytest.mark.parametrize("line", ["15 个工作日内办结。", "2 年内完成改造。", "3 人以上的，按比例补助。"])
def test_a_count_opening_a_cells_line_is_no_rows_number(line):
    text = SPACED_HEADER_TABLE.replace("2\n1.对吸纳", line.split(" ")[0] + " " + line.split(" ")[1] + "\n2\n1.对吸纳")
    table = [p for p in split_paragraphs(text) if p.table_row]
    assert [p.text[:3] for p in table] == ["（1）", "（2）", "（3）"]
    assert line.replace(" ", "") in table[0].text


def test_universities_seated_in_the_city_are_a_unit_cell_and_every_term_a_time_cell():
    """驻哈各高校、市人社 / 局 and 每学期: a row's unit and time cells (z332: the row had none)."""
    text = (HEADER.replace("主要内容\n", "") + "完成时限\n1\n组织驻哈高校开展“访企拓岗”行动，\n全年走访企业不少于1000 家\n市教育局\n驻哈各高校、市人社\n局\n"
            "2024 年7 月\n2\n开展就业指导进课堂活动\n市人社局\n驻哈各高校、团市委\n每学期\n")
    assert rows(text) == [
        "（1）组织驻哈高校开展“访企拓岗”行动，全年走访企业不少于1000家（牵头单位：市教育局；责任单位：驻哈各高校、市人社局；完成时限：2024年7月）",
        "（2）开展就业指导进课堂活动（牵头单位：市人社局；责任单位：驻哈各高校、团市委；完成时限：每学期）"]


def test_a_tasks_line_with_a_count_is_no_unit_cell():
    """县9 个乡镇便民服务中心实现高频 / 事项就近可办 / 县行政审批局，各 / 乡镇人民政府: the task's lines open with a level but hold
    a count; joined to the unit cell they had read as one unit's name (z340)."""
    text = (HEADER.replace("主要内容\n牵头单位\n", "") + "完成时限\n1\n打造“15 分钟政务服务圈”，在全\n县9 个乡镇便民服务中心实现高频\n事项就近可办\n"
            "县行政审批局，各\n乡镇人民政府\n2024 年12 月\n20 日前\n")
    assert rows(text) == ["（1）打造“15分钟政务服务圈”，在全县9个乡镇便民服务中心实现高频事项就近可办"
                          "（责任单位：县行政审批局，各乡镇人民政府；完成时限：2024年12月20日前）"]


def test_a_category_row_counting_its_rows():
    """一、市场准入和退出（2 项） / 1 / …: a category row with the count of its rows in brackets (z348: the table was not read)."""
    text = ("序号\n改革事项\n具体任务\n牵头单位\n完成时限\n一、市场准入和退出（2 项）\n1\n企业开办\n全面推行企业开办“一日办结”。\n"
            "省市场监管局\n2023 年6 月底前\n2\n经营主体退出\n拓展简易注销适用范围。\n省市场监管局\n2023 年9 月底前\n")
    assert [r[:3] for r in rows(text)] == ["（1）", "（2）"] and "省市场监管局" in rows(text)[1]


def test_a_long_category_row_counting_its_rows_after_the_first_rows():
    """二、健全更加开放透明、规范高效的市场主体准入和退出机制（2 项）: a category over 20 characters, read as such because it counts
    its rows (z413: it ended the table after row 2, and rows 3-9 with their units went into the category rows as clauses)."""
    text = ("序号\n改革事项\n主要内容\n责任单位\n一、破除不合理限制（1 项）\n1\n清理地方保护\n全面清理妨碍统一市场的规定。\n省发展改革委\n"
            "二、健全更加开放透明、规范高效的市场主体准入和退出机制（2 项）\n2\n推行证照联办\n推行营业执照与许可证一表申请。\n省市场监管局\n"
            "3\n新开办企业首套印章免费刻制\n为新开办企业免费刻制印章。\n各市人民政府\n")
    assert [(r[:3], r.split("责任单位：")[-1].split("；")[0].rstrip("）")) for r in rows(text)] == [
        ("（1）", "省发展改革委"), ("（2）", "省市场监管局"), ("（3）", "各市人民政府")]


def test_a_departments_own_divisions_open_unit_cells():
    """厅财务审计处 / 厅直各单位，各市州 / 交通运输局; 省交通运输综合执 / 法局 / 厅政策法规处: a department's divisions and its own
    units in its own plan open unit cells (z416: the lead cell had been read into the task, the two cells run together)."""
    text = ("序号\n工作任务\n牵头单位\n责任单位\n完成时限\n1\n清理拖欠民营企业账款。对交通运输领域拖欠中小企业账款实行清单管理，确保\n"
            "动态清零。\n厅财务审计处\n厅直各单位，各市州\n交通运输局\n2023 年6 月\n30 日前\n2\n推行包容审慎执法。制定轻微违法行为不予处罚清\n单。\n"
            "省交通运输综合执\n法局\n厅政策法规处\n2023 年二季度\n")
    first, second = rows(text)
    assert "（牵头单位：厅财务审计处；责任单位：厅直各单位，各市州交通运输局；" in first
    assert "（牵头单位：省交通运输综合执法局；责任单位：厅政策法规处；" in second


def test_what_a_count_counts_on_the_next_line_is_the_tasks():
    """…覆盖全省21 个 / 地级以上市 / 省政务服务数据管理局: the line after a count is what it counts, not a unit cell (a review's
    layout: one unit 地级以上市省政务服务数据管理局); a unit cell after a count still opens (…不少于6000 个 / 市人社局、市财政局，各)."""
    text = ("序号\n工作任务\n责任单位\n完成时限\n1\n推进一网通办。政务服务事项网上可办率达到95%以上，覆盖全省21 个\n地级以上市\n"
            "省政务服务数据管理局\n2023 年底前\n2\n扩大就业见习规模，募集见\n习岗位不少于6000 个\n市人社局、市财政局\n2024 年8 月底前\n")
    first, second = rows(text)
    assert "覆盖全省21个地级以上市（责任单位：省政务服务数据管理局；" in first
    assert "（责任单位：市人社局、市财政局；" in second


def test_a_header_of_two_levels_printed_with_its_second_row_last():
    """序号 / 主要任务 / 责任单位 / 完成时限 / 牵头单位 / 配合单位: the second header row printed after the first's last cell; the
    rows print 牵头 then 配合 where 责任单位 stands (z429-z431: no row's units had been read)."""
    text = ("序号\n重点领域\n主要任务\n责任单位\n完成时限\n牵头单位\n配合单位\n1\n政务服务\n推动一体化平台与国家平台深度对接。\n"
            "自治区大数据发展局\n自治区各有关部门，各设\n区市人民政府\n2023 年底前\n2\n推行惠企政策免申即享。\n自治区财政厅\n自治区税务局\n"
            "2023 年第三季度\n")
    first, second = rows(text)
    assert "（牵头单位：自治区大数据发展局；配合单位：自治区各有关部门，各设区市人民政府；完成时限：2023年底前" in first
    assert "（牵头单位：自治区财政厅；配合单位：自治区税务局；完成时限：2023年第三季度" in second


def test_rows_numbered_under_their_group_row_with_a_dot():
    """1 / 开办企业 / problem / 1.1 / measure / units / time / 1.2 / …: rows numbered 1.1 and 1.2 under the group row 1, each
    its own clause (z428, z430, z431: the group row had swallowed them, their units given to the last)."""
    text = ("序号\n评价指标\n整改措施\n责任单位\n整改时限\n1\n开办企业\n企业开办平台与银行开户系统未打通。\n1.1\n打通开户系统，实现信息实时推送。\n"
            "市市场监管局\n2023 年5 月底前\n1.2\n新开办企业首套印章免费刻制。\n市人社局、市医保局\n2023 年6 月30 日前\n")
    texts = rows(text)
    assert [t[:3] for t in texts][-2:] == ["（1）", "（2）"]
    assert "（责任单位：市市场监管局；整改时限：2023年5月底前）" in texts[-2] and "（责任单位：市人社局、市医保局；" in texts[-1]
    figures = text.replace("1.1\n", "1.1\n35.6\n")  # (a figure after 1.1: a column of figures, no row numbered under 1)
    assert len(rows(figures)) < len(texts)


def test_names_each_on_a_line_of_their_own_in_one_cell_and_a_merged_cell_after_the_time():
    """市行政审批局（牵 / 头） / 市数据局 / 各辖市、区人民政府: a name a line, a level or place opening the next (z428: one name of
    them all); … / 2023 年三季度末 / 要素 / 保障: the first column's cell merged over rows, printed after this row's time cell
    (z428: the row's cells had not been read); 2024 年6 月 / 底前 stays one time cell."""
    text = ("序号\n类别\n工作任务\n责任单位\n完成时间\n1\n深化一网通办，推动高频事项掌上办。\n市行政审批局（牵\n头）\n市数据局\n"
            "各辖市、区人民政府\n年底前\n2\n设立中小企业应急转贷资金池。\n市财政局（牵头）\n市地方金融监管局\n2023 年三季度末\n要素\n保障\n"
            "3\n推行联合执法。\n市司法局（牵头）\n常州经开区管委会\n2024 年6 月\n底前\n4\n优化纳税服务。\n市税务局\n2023 年第三季\n度\n")
    first, second, third, fourth = rows(text)
    assert "（责任单位：市税务局；完成时间：2023年第三季度）" in fourth
    assert "（责任单位：市行政审批局（牵头）、市数据局、各辖市、区人民政府；完成时间：年底前）" in first
    assert "（责任单位：市财政局（牵头）、市地方金融监管局；完成时间：2023年三季度末；类别：要素保障）" in second
    assert "（责任单位：市司法局（牵头）、常州经开区管委会；完成时间：2024年6月底前）" in third


def test_a_unit_cell_written_as_a_sentence_opening_with_by():
    """… / 由市大数据发展局负责， / 市直各有关部门落实 / 2023 年9 月: the unit cell is a sentence of roles opening with 由 (z430: read as
    the task's words, the roles swapped)."""
    text = ("序号\n重点任务\n责任单位\n完成时限\n1\n推进桂林通办与桂通办深度融合，扩大跨省通办范围。\n由市大数据发展局负责，\n市直各有关部门落实\n"
            "2023 年9 月\n")
    (row,) = rows(text)
    assert row.endswith("扩大跨省通办范围。（责任单位：由市大数据发展局负责，市直各有关部门落实；完成时限：2023年9月）")


def test_rows_numbered_under_category_rows_or_beside_their_first_cell():
    """一、政务环境 / 1.1 / … / 2.1: rows numbered under a category row, no row of the group's own (z434: no row read); 1 / 深化“一 /
    类事”集 / 成服务 / 1.1 推出…: the number beside the row's first cell (z432: the group row swallowed them)."""
    categories = ("序号\n重点任务\n责任单位\n完成时限\n备注\n一、政务环境\n1.1\n推行赣服通4.0版，实现高频事项掌上办。\n市行政审批局、\n"
                  "市大数据中心\n2023 年6 月底\n前\n列入考核\n1.2\n压减工业项目审批时间。\n市住建局\n2023 年9 月底前\n—\n二、法治环境\n2.1\n"
                  "开展涉企行政执法检查专项整治。\n市司法局\n2023 年8 月底\n前\n请各单位于2023 年12 月15 日前将全年工作总结报送市营商办，由市营商办跟踪督办。\n")
    texts = rows(categories)
    assert [t.split("责任单位：")[1].split("；")[0] for t in texts if "责任单位：" in t] == ["市行政审批局、市大数据中心", "市住建局", "市司法局"]
    assert "请各单位" not in texts[-1]  # (the text after the table, as wide as the page, is no 备注 cell)
    beside = ("序号\n重点任务\n具体举措\n责任单位\n完成时限\n1\n深化“一\n类事”集\n成服务\n1.1 推出企业开办等20 个\n“一类事”服务场景。\n"
              "省大数据局\n2023 年6 月\n底前\n1.2 在各设区市设立企业综合\n服务专区。\n各设区市人\n民政府\n2023 年9 月\n30 日前\n")
    texts = rows(beside)
    assert "（责任单位：省大数据局；完成时限：2023年6月底前）" in texts[-2] and "（责任单位：各设区市人民政府；" in texts[-1]


def test_a_unit_cell_labelling_its_units():
    """牵头单位：X； / 配合单位：市住 / 房城乡建设局、 / 市自然资源局: a unit cell holding labels, a name wrapped after one (z435:
    read from the wrap, 市住 and 房城乡建设局 two names)."""
    text = ("序号\n评价指标\n存在问题及整改措施\n责任单位\n整改时限\n1\n将低压办电环节压减至2个。\n牵头单位：国网鞍山供电公司；\n配合单位：市住\n"
            "房城乡建设局、\n市自然资源局\n2023 年7 月底前\n")
    (row,) = rows(text)
    assert row.endswith("（责任单位：牵头单位：国网鞍山供电公司；配合单位：市住房城乡建设局、市自然资源局；整改时限：2023年7月底前）")


ONE_UNIT_COLUMN = "序号\n重点任务\n责任单位\n完成时限\n"


@pytest.mark.parametrize("body,expected", [
    # a distributive unit cell after a count opens (not what the count counts)
    ("1\n打造一批政务服务圈示\n范点，全年新建不少于20 个\n各县（市、区）人\n民政府、市政务办\n2023 年6 月底前\n", "各县（市、区）人民政府、市政务办"),
    # a bank's branch on the next line is one name with it
    ("1\n推行企业开户便利化。\n中国银行\n常州分行\n2023 年6 月底前\n", "中国银行常州分行"),
    # 由 on the task's last line is no unit cell's
    ("1\n对新引进的总部企业给予一次性奖\n励，奖励资金\n由市财政局负责\n市商务局\n2023 年6 月底前\n", "市商务局"),
    # 1.1 小时 is a figure of the task, no row numbered under 1
    ("1\n推行企业开办一窗通办，将企业开办\n时间压缩至\n1.1 小时以内，实现当日办结。\n市市场监管局\n2023 年6 月底前\n", "市市场监管局"),
])
def test_the_table_rules_of_the_session_keep_what_they_were_not_for(body, expected):
    """A review of the session's table rules (each case had come out wrong: the units glued to the task, 中国银行 and 常州分行
    two names, 市财政局负责市商务局 one, the row cut at a 1.1 read as its number)."""
    (row,) = [p.text for p in split_paragraphs(ONE_UNIT_COLUMN + body) if "责任单位：" in p.text]
    assert row.split("（责任单位：")[1].split("；")[0] == expected
    assert row.startswith("（1）") and "1.1 小时" not in body or "压缩至1.1小时以内" in row


def test_values_in_a_column_read_as_figures_not_row_numbers_and_a_time_cells_verb():
    """2 / 审批时间 / 2.1 / 市住建局: a value column's 2.1 is no row under 2 (the review: rows lost); 2024 年6 月底前 / 完成: the time
    cell's verb, not a category cell merged over rows."""
    values = ("序号\n评价指标\n2023年目标值\n责任单位\n完成时限\n1\n开办企业时间\n0.5\n市市场监管局\n2023 年6 月底前\n2\n"
              "审批时间\n2.1\n市住建局、市自然资源局\n2023 年9 月底前\n3\n接电时间\n3.1\n国网某市供电公司\n2023 年12 月底前\n")
    found = [p.text for p in split_paragraphs(values) if "责任单位：" in p.text]
    assert [r.split("责任单位：")[1].split("；")[0] for r in found] == ["市市场监管局", "市住建局、市自然资源局", "国网某市供电公司"]
    assert [r[:3] for r in found] == ["（1）", "（2）", "（3）"] and "审批时间2.1" in found[1]
    done = ("序号\n重点领域\n工作任务\n责任单位\n完成时限\n1\n政务服务\n推行企业开办全程网办。\n市市场监管局\n2024 年6 月底前\n完成\n")
    assert "重点领域：完成" not in rows(done)[0]


def test_a_cells_last_character_alone_on_its_line_opens_no_unit_cell():
    """保护中小投资 / 者 / 福建证监局、 / 省高院: the task cell's last character, wrapped alone, is the task's (z354: 者福建证监局)."""
    text = ("序号\n评价指标\n牵头部门\n配合部门\n完成时限\n1\n保护中小投资\n者\n福建证监局、\n省高院\n省司法厅\n2023 年11 月15 日前\n")
    (row,) = rows(text)
    assert "保护中小投资者" in row and "（牵头部门：福建证监局、省高院；配合部门：省司法厅" in row


@pytest.mark.parametrize("header", ["序号 乡镇 户厕改造（户） 完成时限", "序号 责任单位 联系人 联系电话"])
def test_a_spaced_line_opening_with_xu_hao_that_is_no_task_tables_header(header):
    """A line of names the header does not know (乡镇, 户厕改造（户）: it had raised a TypeError on the unknown name, z331 under
    the session's code), or a contact list's (no task column: the review), reads as no task table: no rows."""
    text = f"{header}\n1 市市场监管局 张 伟 0311-86011234\n2 市人社局 李 娜 0311-86022345\n"
    assert not [p for p in split_paragraphs(text) if p.table_row]


def test_a_wrapped_tasks_line_opening_with_a_count_beside_no_row_end_is_no_row():
    """在自贸试验区范围内 / 3 大片区试点…: the task's wrapped line, after a line that ends no cell, is no row 3 (the review)."""
    text = (HEADER + "1\n推进电子营业执照应用。\n市市场监管委\n市政务服务办\n2\n在自贸试验区范围内\n3 大片区试点推动企业常用电子证照应用。\n"
            "市市场监管委\n市大数据管理中心\n3\n优化企业注销平台功能。\n市市场监管委\n市人社局\n")
    assert [r[:3] for r in rows(text)] == ["（1）", "（2）", "（3）"] and "3大片区" in rows(text)[1]


def test_a_first_row_numbered_on_from_the_items_before_the_table():
    """8．… / 序号 … / 9 / … / 10 / …: the table's rows numbered on from the items before it (z358: none read)."""
    text = ("序号\n指标名称\n目标值\n责任单位\n9\n工程建设项目审批时间\n不超过15 个工作日\n省住建厅\n10\n不动产登记时间\n"
            "不超过3 个工作日\n省自然资源厅\n")
    assert [r[:4] for r in rows(text)] == ["（9）工", "（10）"]


SPACED_ROWS = """序号 重点任务 责任单位 完成时限
1 企业开办全程网上办理率达到95%以上 省市场监管局、省数据资源局 2023 年6 月底前
2 扩大企业简易注销适用范围，公告时间压减至10 天 省市场监管局、省税务局、省人力资
源社会保障厅 2023 年12 月20 日前
3 160 千瓦及以下小微企业用电报装实现“三零”服务 国网安徽省电力有限公司 2023 年6 月底前
4 政府采购合同预付款比例原则上不低于30% 省财政厅 2023 年7 月1 日前
5 全面清理拖欠中小企业账款 省经济和信息化厅，各市、县（市、区）人民政府
2023 年10 月底前
"""


def test_rows_with_their_cells_apart_by_spaces():
    """A header spaced on one line over rows of one or two lines each, cells apart by spaces (z356: the rows' units and times
    had been lost in one run of text): each cell to its column by the spaces after words (not after a figure: 10 天, 2023 年),
    a line break between a unit's name and a date, a task cell opening with a figure (3 160 千瓦…)."""
    assert rows(SPACED_ROWS) == [
        "（1）企业开办全程网上办理率达到95%以上（责任单位：省市场监管局、省数据资源局；完成时限：2023年6月底前）",
        "（2）扩大企业简易注销适用范围，公告时间压减至10天（责任单位：省市场监管局、省税务局、省人力资源社会保障厅；完成时限：2023年12月20日前）",
        "（3）160千瓦及以下小微企业用电报装实现“三零”服务（责任单位：国网安徽省电力有限公司；完成时限：2023年6月底前）",
        "（4）政府采购合同预付款比例原则上不低于30%（责任单位：省财政厅；完成时限：2023年7月1日前）",
        "（5）全面清理拖欠中小企业账款（责任单位：省经济和信息化厅，各市、县（市、区）人民政府；完成时限：2023年10月底前）"]


def test_category_rows_over_spaced_rows_and_a_dash_before_a_unit_cell():
    """一、政务服务提质 / 1 推行… 市政务服务局 市市场监管局、市税务局 2023 年9 月底前: a category row over spaced rows, two unit
    columns (z360: the rows had been swallowed by the category rows); — / 市规划和自然资源局: the cell before's dash is no part
    of the name (z361)."""
    text = ("序号 改革任务 牵头单位 配合单位 完成时限\n一、政务服务提质\n1 推行企业开办“一件事一次办” 市政务服务局 市\n"
            "市场监管局、市税务局 2023 年9 月底前\n二、投资建设便利\n2 推行工业项目“拿地即开工” 市自然资源和规划局 市住房和城乡建设局 2023 年6 月底前\n")
    assert rows(text) == [
        "（1）推行企业开办“一件事一次办”（牵头单位：市政务服务局；配合单位：市市场监管局、市税务局；完成时限：2023年9月底前）",
        "（2）推行工业项目“拿地即开工”（牵头单位：市自然资源和规划局；配合单位：市住房和城乡建设局；完成时限：2023年6月底前）"]
    dashed = ("序号\n政策措施\n支持标准\n责任单位\n1\n保障先进制造业项目用地。\n—\n市规划和自然资源局，各区人民政府\n")
    assert rows(dashed)[0].endswith("（责任单位：市规划和自然资源局，各区人民政府）")


def test_spaced_rows_with_a_remark_column_last():
    """…2023 年6 月底前 省级试点 / 2 …: a 备注 cell after the time cell ends the row too, a dash 备注 is a cell (z364: rows run
    together, their units lost)."""
    text = ("序号 改革事项 具体举措 牵头单位 配合单位 完成时限 备注\n一、市场准入准营（2 项）\n"
            "1 企业开办“一日办结” 全流程0.5 个工作日办结 市市场监管局 市公安局、市政务办 2023 年6 月底前 省级试点\n"
            "2 “一照多址”改革 允许在营业执照上加载新经营场所地址 市市场监管局 各县级市（区）人民政府 2023 年10 月20 日前 —\n"
            "3 人才安居“秒兑现” 对来苏就业的博士给予租房补贴 市人社局 市财政局、市住建局 2023 年7 月1 日起 免申即享\n")
    assert [r[:3] for r in rows(text)] == ["（1）", "（2）", "（3）"]
    assert all("（牵头单位：" in r for r in rows(text))
    assert rows(text)[2].endswith("（牵头单位：市人社局；配合单位：市财政局、市住建局；完成时限：2023年7月1日起）")


def test_a_spaced_header_of_four_named_columns_with_no_unit_column():
    """序号 设区市 问题 整改措施 整改时限: a table of problems by city, the units in the cells' brackets (z370: the rows had been lost),
    while 序号 单位 联系人 电话 is a contact list, no table (z360)."""
    text = ("序号 设区市 问题 整改措施 整改时限\n1\n福州市\n竣工联合验收平均用时22 个工作日\n推行竣工联合验收“一口受理”（市住建局牵头，\n"
            "市城管委配合）\n2023 年12 月5 日前\n2\n厦门市\n水电气报装集成办理覆盖率不足60%\n实现水电气报装“一件事”全覆盖（市城管委负责）\n"
            "2023 年9 月底前\n")
    assert [r[:3] for r in rows(text)] == ["（1）", "（2）"] and "（市住建局牵头，市城管委配合）" in rows(text)[0]
    contacts = "序号 单位 联系人 电话\n1 市人社局 张 伟 86011234\n2 市财政局 李 娜 86022345\n"
    assert rows(contacts) == []


def test_the_second_reviews_findings_on_tables():
    """A cell's points (1.… 2.… 3.…) do not end the table where the next number follows the row's (the review: rows lost); a
    blank 配合 cell in a spaced row leaves that column empty; a figure's cell before a unit's is cut (0.5 市市场监管局); four named
    columns without a unit column need a time column to be a header (序号 项目名称 建设内容 建设地点 建设年限: no table)."""
    points = ("序号\n重点任务\n具体措施\n牵头单位\n配合单位\n1\n优化审批服务\n1.压缩审批时间至60 个工作日\n2.推行“拿地即开工”\n"
              "3.推进联合验收\n市住建局\n市自然资源局\n2\n优化企业开办\n1.企业开办时间压缩至1 个工作日\n市市场监管局\n市税务局\n")
    assert [r[:3] for r in rows(points)] == ["（1）", "（2）"] and "（牵头单位：市住建局；配合单位：市自然资源局；" in rows(points)[0]
    blank = "序号 改革任务 牵头单位 配合单位 完成时限\n1 推行“非接触式”办税缴费服务 市税务局 2023 年6 月底前\n"
    assert rows(blank) == ["（1）推行“非接触式”办税缴费服务（牵头单位：市税务局；完成时限：2023年6月底前）"]
    figure = "序号 指标名称 计量单位 目标值 责任单位\n1 企业开办时间 个工作日 0.5 市市场监管局\n"
    assert rows(figure)[0].endswith("（责任单位：市市场监管局）")
    projects = "序号 项目名称 建设内容 建设地点 建设年限\n1 市第一人民医院新院区 新建床位1000 张 高新区 2022-2025\n"
    assert rows(projects) == []


def test_a_quoted_column_name_and_a_part_heading_after_spaced_rows():
    """序号 “一件事”名称 牵头单位 配合单位 完成时限: a name in quotes is a column's (z373: the annex was lost); 第三部分 时间安排 after
    the last spaced row ends the table (z372: it had run into row 4's cells)."""
    quoted = "序号 “一件事”名称 牵头单位 配合单位 完成时限\n1 企业开办一件事 省市场监管局 省公安厅、省税务局 2023 年10 月底前\n"
    assert rows(quoted) == ["（1）企业开办一件事（牵头单位：省市场监管局；配合单位：省公安厅、省税务局；完成时限：2023年10月底前）"]
    parts = "序号 指标名称 牵头单位 配合单位\n1 政府采购 省财政厅 省公共资源交易中心\n第三部分 时间安排\n五、动员部署阶段。\n"
    assert rows(parts) == ["（1）政府采购（牵头单位：省财政厅；配合单位：省公共资源交易中心）"]


def test_a_count_opening_a_wrapped_task_line_is_no_row(tmp_path):
    """2 深化…，在全市选取 / 3 镇街开展试点…: a row's number is read beside its cell only after a line that ended a row (a unit
    cell here); this 3 follows a task's line wrapped before a count (the review), so row 2 keeps it and 3 优化… is row 3."""
    text = ("南京市优化营商环境行动方案\n一、重点任务\n序号\n重点任务\n责任单位\n1 推行企业开办全程网上办理，压缩办理时间。\n市市场监管局\n"
            "2 深化投资审批制度改革，在全市选取\n3 镇街开展试点，推行区域评估。\n市发展改革委\n3 优化跨境贸易服务，压缩通关时间。\n市商务局\n")
    clauses = parse_text(tmp_path, text).clauses
    assert [c.number for c in clauses] == ["1", "2", "3"]
    assert "在全市选取3镇街开展试点" in clauses[1].text
    assert roles(clauses) == [
        [("市市场监管局", "lead")], [("市发展改革委", "lead")], [("市商务局", "lead")]]


def test_departments_named_by_kind_alone_open_and_close_unit_cells(tmp_path):
    """住房城乡建设 / 厅 / 自然资源厅、省发展改革 / 委、财政厅: a province's departments written without 省 (a list naming 省
    once); the lead cell's last character wrapped alone, the next cell opening with a bare department. The row had no
    units, or 省经济合作局财政厅 as one name (z447)."""
    text = ("四川省2023年重点任务清单\n序号\n重点任务\n具体举措\n牵头单位\n配合单位\n完成时限\n"
            "1\n工程建设项\n目审批\n推行社会投资小型低风险项目告知承诺制审批，\n对小型低风险项目免收配套费。\n住房城乡建设\n厅\n"
            "自然资源厅、省发展改革\n委、财政厅，各市（州）\n人民政府\n2023 年9 月\n底前\n"
            "2\n招商引资\n对新引进的世界500强企业给予奖励。\n省经济合作\n局\n财政厅、商务厅\n2023 年年\n底前\n")
    clauses = parse_text(tmp_path, text).clauses
    assert roles(clauses) == [
        [("住房城乡建设厅", "lead"), ("自然资源厅", "co"), ("省发展改革委", "co"), ("财政厅", "co"), ("各市（州）人民政府", "co")],
        [("省经济合作局", "lead"), ("财政厅", "co"), ("商务厅", "co")]]


def test_a_unit_column_before_the_task_columns_opens_each_row(tmp_path):
    """序号 / 责任单位 / 反馈问题 / 整改措施 / 完成时限: the unit cell opens the row, wrapped over lines, before the text cells;
    it had been left in the text, the text columns' name and their phrases read as units (z394, z452, z453, z454)."""
    text = ("江西省2023年营商环境评价反馈问题整改清单\n序号\n责任单位\n反馈问题\n整改措施\n完成时限\n一、政务服务\n"
            "1\n省政务服务办、省\n大数据中心、省公\n安厅\n部分高频事项“全程网办”\n比例偏低。\n梳理公布第二批“全程网\n办”事项清单，全程网办率\n"
            "达到85%以上。\n2023 年9 月底前\n2\n市政务服务局牵\n头，市发展改革\n委、各县（市、区）\n人民政府配合\n推行“高效办成\n一件事”\n"
            "整合申报材料和办理环节，实现“一表申请”。\n2023 年6 月底\n前\n")
    clauses = parse_text(tmp_path, text).clauses
    assert roles(clauses) == [
        [("省政务服务办", "co"), ("省大数据中心", "co"), ("省公安厅", "co")],
        [("市政务服务局", "lead"), ("市发展改革委", "co"), ("各县（市、区）人民政府", "co")]]
    assert "部分高频事项“全程网办”比例偏低" in clauses[0].text and "推行“高效办成一件事”" in clauses[1].text
    assert [p.end.isoformat() for c in clauses for p in c.periods if p.kind == "deadline"] == ["2023-09-30", "2023-06-30"]


def test_rows_numbered_anew_under_each_category_row(tmp_path):
    """一、… / 1 / 2 / 二、… / 1 / 2: rows numbered from 1 under each category row (the table had ended at 二、, its rows
    read as prose or lost: z455); a 1 after rows numbered on, with no category row before it, still ends nothing."""
    text = ("宝鸡市营商环境评价反馈问题整改清单\n序号\n责任单位\n评价指标\n存在问题\n整改时限\n一、企业全生命周期\n"
            "1\n市市场监管局\n开办企业\n部分县区企业开办仍需线下领取公章。\n2023 年6 月底前\n"
            "2\n市行政审批服务局\n办理建筑许可\n施工图审查时间偏长。\n2023 年9 月30 日前\n"
            "二、城市投资吸引力\n1\n市财政局\n政府采购\n合同款支付不及时。\n2023 年11 月底前\n"
            "2\n市人社局、市医保局\n劳动力市场监管\n参保登记未实现“一表申请”。\n2023 年6 月30 日前\n")
    doc = parse_text(tmp_path, text)
    assert [(c.number, [u.name for u in c.units]) for c in doc.clauses] == [
        ("1", ["市市场监管局"]), ("2", ["市行政审批服务局"]), ("1", ["市财政局"]), ("2", ["市人社局", "市医保局"])]
    assert len({c.path for c in doc.clauses}) == 4


def test_a_target_cell_before_the_unit_cells_is_no_units_name(tmp_path):
    """… / 省级以上开发区 / 区域评估全覆盖 / 市自然资源局: a 工作目标 cell's words are in no organ's name (z453: read as
    省级以上开发区区域评估全覆盖市自然资源局)."""
    text = ("九江市优化营商环境责任分工表\n序号\n具体举措\n工作目标\n牵头单位\n配合单位\n完成时限\n"
            "1\n对已完成区域评估的园区内\n项目不再单独开展评估。\n省级以上开发区\n区域评估全覆盖\n市自然资源局\n市生态环境局、市\n水利局\n"
            "2023 年9 月底前\n")
    (clause,) = parse_text(tmp_path, text).clauses
    assert [(u.name, u.role) for u in clause.units] == [("市自然资源局", "lead"), ("市生态环境局", "co"), ("市水利局", "co")]



def test_units_first_tables_empty_long_and_followed_by_prose(tmp_path):
    """The review's cases of a unit column first: an empty cell (—) opens the row, so the text's first words are no unit;
    ten units over eleven narrow lines are all read; rows numbered anew stop at 二、保障措施 / 1 / a sentence of prose."""
    empty = "某市营商环境评价反馈问题整改清单\n序号\n责任单位\n反馈问题\n整改措施\n完成时限\n1\n市政务服务局\n部分高频事项“全程网办”\n比例偏低。\n梳理公布第二批“全程网\n办”事项清单。\n2023 年9 月底前\n2\n—\n市场主体登记\n注销难。\n优化“企业注销一窗通”平台功\n能，加强部门间数据互通共享。\n2023 年6 月底前\n3\n市财政局\n政府采购合同款支付不及时。\n建立合同款支付督促机制。\n2023 年12 月底前\n".replace("—\n市场主体登记\n注销难。", "—\n各县（市、区）人民政府\n招商承诺兑现不到位。")
    clauses = parse_text(tmp_path, empty).clauses
    assert [[u.name for u in c.units] for c in clauses] == [["市政务服务局"], [], ["市财政局"]]
    assert clauses[1].text.startswith("（2）各县（市、区）人民政府招商承诺兑现不到位")
    (long_cell, _) = parse_text(tmp_path, "某市营商环境评价反馈问题整改清单\n序号\n责任单位\n反馈问题\n整改措施\n完成时限\n1\n市发展改革委、\n市工业和信息\n化局、市财政\n局、市自然资\n源局、市生态\n环境局、市住\n房城乡建设局、\n市交通运输局、\n市水利局、市\n农业农村局、\n市商务局\n工程建设项目审批\n时间偏长。\n推行工程建设项目分级分类\n管理，压缩审批时间。\n2023 年9 月底前\n2\n市财政局\n政府采购合同款支付不及时。\n建立合同款支付督促机制。\n2023 年12 月底前\n").clauses[:2]
    assert len(long_cell.units) == 10 and long_cell.units[-1].name == "市商务局"
    prose = {c.number: c for c in parse_text(tmp_path, "宝鸡市营商环境评价反馈问题整改方案\n为持续优化营商环境，制定本方案。\n一、整改任务\n序号\n责任单位\n评价指标\n存在问题\n整改时限\n一、企业全生命周期\n1\n市市场监管局\n开办企业\n部分县区企业开办仍需线下领取公章。\n2023 年6 月底前\n2\n市行政审批服务局\n办理建筑许可\n施工图审查时间偏长。\n2023 年9 月30 日前\n二、保障措施\n1\n加强督导检查。市营商办要定期对整改情况开展督导检查，对整改不力的予以通报。\n").clauses}
    assert [u.name for u in prose["1"].units] == ["市市场监管局"] and "二、" in prose


def test_a_time_cell_counted_from_an_event_closes_the_unit_cells(tmp_path):
    """市科技局、各县 / 市区人民政府 / 认定公布后30 / 日内, 申报受理后20 个 / 工作日内, 每年3 月、9 月集 / 中兑现: times after an
    event or a payout's months close the row, so the unit cells before them are read (z457, z458: the rows had none); a
    measure's 月 before a time after an event stays the sum's (元/人· / 月 / 见习期满后3 个月内)."""
    head = "芜湖市惠企政策兑现清单\n序号\n政策内容\n兑现部门\n兑现时间\n"
    rows = ("1\n对首次认定的高新技术企业每户奖励\n10 万元。\n市科技局、各县\n市区人民政府\n认定公布后30\n日内\n"
            "2\n对吸纳就业的企业给予补贴。\n市人社局、市财政局\n申报受理后20 个\n工作日内\n"
            "3\n对技术改造项目给予补助。\n市工业和信息化局、\n市财政局\n每年3 月、9 月集\n中兑现\n")
    clauses = parse_text(tmp_path, head + rows).clauses
    assert [[u.name for u in c.units] for c in clauses] == [
        ["市科技局", "各县市区人民政府"], ["市人社局", "市财政局"], ["市工业和信息化局", "市财政局"]]
    payment = "湖北省就业补贴政策清单\n序号\n补贴项目\n补贴对象\n补贴标准\n申领时限\n经办机构\n1\n社会保险补\n贴\n招用就业困难人员并\n缴纳社会保险费的企业\n按单位实际缴费额给\n予补贴，最高不超过\n700 元/人·\n月\n2023 年12 月31 日前\n县（市、区）公共就\n业服务机构\n2\n灵活就业人员社会\n保险补贴\n灵活就业的就业困难\n人员、离校2 年内未\n就业高校毕业生\n按实际缴费额的2/3\n给予补贴，最低不少\n于300 元/人·\n月\n按季度申领，每季度\n结束后30 日内\n户籍地或常住地人社\n部门\n\n# Page 446:\n序号\n补贴项目\n补贴对象\n补贴标准\n申领时限\n经办机构\n3\n一次性吸纳就业补\n贴\n招用毕业年度及离校\n2 年内未就业高校毕\n业生、登记失业16—24\n岁青年的企业\n1 000 元/人，每户企\n业最高不超过10 万元\n2023 年12 月31 日前\n企业参保地公共就业\n服务机构\n4\n就业见习补贴\n省级就业见习基地\n当地月最低工资标准\n的70%，且不低于\n1 200 元/人·\n月\n见习期满后3 个月内\n县级以上人社部门、\n财政部门\n"  # (z378's table, rows 1-4)
    by_number = {c.number: c for c in parse_text(tmp_path, payment).clauses}
    assert [(a.value, a.payment_unit) for a in by_number["4"].amounts] == [(1200, "per-person-month")]


def test_a_national_bodys_office_wrapped_after_the_bodys_name_is_one_unit(tmp_path):
    """国家税务总局安 / 徽省税务局: one name, the tax administration's provincial office (z457: cut into 国家税务总局 and
    安徽省税务局)."""
    text = ("安徽省营商环境指标提升任务表\n序号\n牵头单位\n配合单位\n重点任务\n完成时限\n1\n国家税务总局安\n徽省税务局\n"
            "省财政厅、省数据资源\n局\n推行增值税留抵退税“即申即退”。\n2023 年9 月底前\n")
    (clause,) = parse_text(tmp_path, text).clauses
    assert [(u.name, u.role) for u in clause.units] == [("国家税务总局安徽省税务局", "lead"), ("省财政厅", "co"), ("省数据资源局", "co")]


def test_rows_under_a_title_row_numbered_in_brackets(tmp_path):
    """1 / 科技创新奖补 / （1） / … / （2） / … / 2 / …: a row's own rows numbered in brackets under its title (z456, z459: （2）
    had been read as row 2, the rows after it lost or merged); the 兑现对象 cell 各类企业 is who is paid, no unit; the
    column 兑现责任单位 names units (z459: the table had not been read at all)."""
    text = ("唐山市惠企政策兑现清单\n序号\n政策事项\n兑现标准\n兑现对象\n兑现责任单位\n兑现时限\n1\n科技创新奖补\n（1）\n首次认定国家\n高新技术企业\n"
            "一次性奖励20 万元。\n高新技术企业\n市科技局、市\n财政局\n2023 年9 月\n底前\n（2）\n技术创新中心\n对新认定的省级技术创新中心\n"
            "给予最高100 万元补助。\n相关企业、高校\n市科技局\n2023 年第四\n季度\n2\n稳岗就业补贴\n招用毕业年度高校毕业生的，按每人\n"
            "1500 元给予补助。\n各类企业\n市人社局（牵\n头）、市财政\n局\n2023 年12 月\n20 日前\n")
    clauses = parse_text(tmp_path, text).clauses
    assert [(c.path, [(u.name, u.role) for u in c.units]) for c in clauses] == [
        ("1.1", [("市科技局", "co"), ("市财政局", "co")]), ("1.2", [("市科技局", "lead")]),
        ("2", [("市人社局", "lead"), ("市财政局", "co")])]
    assert [a.value for a in clauses[1].amounts] == [1_000_000]


def test_unit_columns_after_a_short_column_and_before_the_task(tmp_path):
    """序号 / 评价指标 / 牵头单位 / 配合单位 / 提升任务 / 完成时限: the indicator's cell, then the unit cells, then the task; a row
    whose indicator cell is merged with the row above's opens with its units (z458: five rows had no units, one its
    first unit read as the indicator)."""
    text = ("湖南省2023年营商环境评价指标提升任务表\n序号\n评价指标\n牵头单位\n配合单位\n提升任务\n完成时限\n1\n开办企业\n省市场监管局\n"
            "省公安厅、省人力资\n源社会保障厅、省税\n务局\n将企业开办全流程时间压减\n至1 个工作日以内。\n2023 年6 月\n底前\n"
            "2\n省市场监管局、\n省税务局\n省政务局\n深化企业注销“一件事”改革，\n简易注销公告时间由20 日压\n缩至10 日。\n2023 年9 月\n底前\n"
            "3\n办理建筑许可\n省住房城乡建\n设厅\n省自然资源厅、省发展\n改革委\n社会投资简易低风险项目从\n立项到获得不动产权证书全\n"
            "流程不超过20 个工作日。\n2023 年9 月\n30 日前\n")
    clauses = parse_text(tmp_path, text).clauses
    assert roles(clauses) == [
        [("省市场监管局", "lead"), ("省公安厅", "co"), ("省人力资源社会保障厅", "co"), ("省税务局", "co")],
        [("省市场监管局", "lead"), ("省税务局", "lead"), ("省政务局", "co")],
        [("省住房城乡建设厅", "lead"), ("省自然资源厅", "co"), ("省发展改革委", "co")]]
    assert clauses[0].text.startswith("（1）开办企业将企业开办全流程时间压减")


def test_dotted_rows_of_a_units_first_table_and_unit_cells_the_page_cut(tmp_path):
    """3 / 优化…审批 / 3.1 / 市住房城乡建设局 / …: in a table whose unit cells open each row, a unit's name after 3.1 is the
    row's first cell, not a sign of a column of figures; and 市气 / (page, header again) / 象局 goes on as one name (z459:
    3.1 and 3.2 had been read into row 3, the names after the cut into the text)."""
    head = "南宁市优化营商环境重点任务分工表\n序号\n牵头单位\n配合单位\n重点任务\n完成时限\n"
    rows = ("1\n市行政审批局\n市大数据发展局\n推行“一件事一次办”集成服务。\n2023 年6 月\n30 日前\n"
            "2\n市大数据发展局\n市行政审批局\n扩大政务服务事项覆盖面。\n2023 年10 月底\n前\n"
            "3\n优化工程建设项目全流程审批\n3.1\n市住房城乡建设局\n市自然资源局、市行\n政审批局\n社会投资简易低风险项目全面推\n"
            "行“拿地即开工”。\n2023 年6 月底\n前\n3.2\n市自然资源局\n市住房城乡建设局、市人\n防办、市气\n\n# Page 233:\n"
            "序号\n牵头单位\n配合单位\n重点任务\n完成时限\n象局\n推行“多测合一、多验合一”，测\n绘成果共享互认。\n2023 年9 月\n30 日前\n")
    clauses = parse_text(tmp_path, head + rows).clauses
    assert [(c.path, [(u.name, u.role) for u in c.units]) for c in clauses][2:] == [
        ("3.1", [("市住房城乡建设局", "lead"), ("市自然资源局", "co"), ("市行政审批局", "co")]),
        ("3.2", [("市自然资源局", "lead"), ("市住房城乡建设局", "co"), ("市人防办", "co"), ("市气象局", "co")])]
    assert clauses[3].text.startswith("（2）推行“多测合一、多验合一”")


def test_a_unit_cell_ending_with_xinjiangs_prefectures(tmp_path):
    """… / 自治区财政厅、自治区国资委， / 各地（州、市） / 2024 年3 月 / 底前: 新疆's prefectures close the unit cell (z463: the
    row had no units)."""
    text = ("新疆维吾尔自治区2023年优化营商环境重点任务清单\n序号\n重点任务\n具体举措\n牵头单位\n配合单位\n完成时限\n1\n清理拖欠企业账\n款\n"
            "建立拖欠企业账款清偿台账，对新增拖欠实行“动态清零”。\n自治区工业和\n信息化厅\n自治区财政厅、自治区国资委，\n各地（州、市）\n"
            "2024 年3 月\n底前\n")
    (clause,) = parse_text(tmp_path, text).clauses
    assert [(u.name, u.role) for u in clause.units] == [
        ("自治区工业和信息化厅", "lead"), ("自治区财政厅", "co"), ("自治区国资委", "co"), ("各地（州、市）", "co")]



def test_the_second_table_reviews_findings(tmp_path):
    """A fresh reader's layouts against this session's table rules: a unit column first before any text column (重点工作
    too, not only 任务/措施/内容 …); 各类开发区管委会 and 各类行业协会商会 are units (各类企业 is who is paid); a short column's
    words before the units (市场监管, 江北区) are no part of the first name; a one-line unit name before a time counted
    from an event (市人社局 / 申报受理后20 个 / 工作日内) stays a unit; a task's line that opens with an event and a count
    (公布后30 日内拨付到位。) is no time cell."""
    def units_of(text):
        return roles(parse_text(tmp_path, text).clauses)

    assert units_of("1. 某市2023 年优化营商环境重点工作责任分工（2023 年3 月1 日）\n各县（市、区）人民政府，市政府各部门：\n现将《某市2023 年优化营商环境重点工作责任分工》印发给你们，请认真贯彻落实。\n2023 年3 月1 日\n某市2023 年优化营商环境重点工作责任分工\n序号\n责任单位\n重点工作\n完成时限\n1\n市市场监管局、市\n税务局\n推行企业开办“一网通办”，企业开办时间压\n减至1 个工作日内。\n2023 年6 月底前\n2\n市住房城乡建设局\n社会投资简易低风险项目全流程审批时间\n不超过15 个工作日。\n2023 年9 月底前\n3\n市自然资源和规划\n局、市不动产登记中心\n推进不动产登记“一窗受理、并行办理”。\n2023 年12 月底前\n")[0] == [("市市场监管局", "co"), ("市税务局", "co")]
    assert units_of("1. 某省优化营商环境重点任务分工方案（2023 年5 月8 日）\n各市人民政府，省政府各部门：\n现将《某省优化营商环境重点任务分工方案》印发给你们，请遵照执行。\n2023 年5 月8 日\n某省优化营商环境重点任务分工方案\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n1\n推进园区“标准地”出让改革，新增工业\n用地按“标准地”供应。\n省自然资源厅\n各市人民政府、各类\n开发区管委会\n2023 年12 月底前\n2\n开展涉企收费专项清理，坚决纠正乱收费\n行为。\n省发展改革委\n省市场监管局、各类\n行业协会商会\n2023 年9 月底前\n3\n落实减税降费政策，确保应享尽享。\n省税务局\n省财政厅\n2023 年6 月底前\n")[:2] == [
        [("省自然资源厅", "lead"), ("各市人民政府", "co"), ("各类开发区管委会", "co")],
        [("省发展改革委", "lead"), ("省市场监管局", "co"), ("各类行业协会商会", "co")]]
    assert units_of("1. 某省2023 年营商环境评价指标提升任务表（2023 年4 月1 日）\n各市州人民政府，省直有关单位：\n现将《某省2023 年营商环境评价指标提升任务表》印发给你们，请遵照执行。\n2023 年4 月1 日\n某省2023 年营商环境评价指标提升任务表\n序号\n评价指标\n牵头单位\n配合单位\n提升任务\n完成时限\n1\n市场监管\n省市场监管局\n省发展改革委、省司法厅\n推进跨部门综合监管，减少重复检查。\n2023 年9 月底前\n2\n政务服务\n省政务局\n省直有关单位\n推行高频事项“免证办”。\n2023 年6 月底前\n3\n知识产权创造、保\n护和运用\n省知识产权局\n省公安厅、省法院\n推进知识产权快速维权中心建设。\n2023 年12 月底前\n4\n政府采购\n省财政厅\n省公共资源交易中心\n推行政府采购全流程电子化。\n2023 年9 月底前\n5\n省财政厅\n省公共资源交易中心\n推行“不见面”开标。\n2023 年9 月底前\n")[0][0] == ("省市场监管局", "lead")
    assert [u[0][0] for u in units_of("1. 某市营商环境问题整改任务分解表（2023 年3 月1 日）\n各区县人民政府，市政府各部门：\n现将《某市营商环境问题整改任务分解表》印发给你们，请遵照执行。\n2023 年3 月1 日\n某市营商环境问题整改任务分解表\n序号\n县区\n责任单位\n存在问题\n整改时限\n1\n江北区\n区市场监管局\n企业开办仍需线下领取公章。\n2023 年6 月底前\n2\n高新区\n高新区管委会\n项目审批环节多、时间长。\n2023 年9 月底前\n3\n南山县\n县人民政府\n不动产登记耗时较长。\n2023 年9 月底前\n")] == ["区市场监管局", "高新区管委会", "县人民政府"]
    assert units_of("1. 某市惠企政策兑现清单（2023 年5 月8 日）\n各县（市、区）人民政府，市政府各部门：\n现将《某市惠企政策兑现清单》印发给你们，请遵照执行。\n2023 年5 月8 日\n某市惠企政策兑现清单\n序号\n政策内容\n兑现部门\n兑现时间\n1\n对首次认定的高新技术企业每户奖励\n10 万元。\n市科技局\n认定公布后30\n日内\n2\n对吸纳就业的企业给予补贴。\n市人社局\n申报受理后20 个\n工作日内\n3\n对技术改造项目给予补助。\n市工业和信息化局、\n市财政局\n审核通过后15\n日内\n")[:2] == [[("市科技局", "lead")], [("市人社局", "lead")]]
    (first, *_) = parse_text(tmp_path, "1. 某市惠企政策兑现清单（2023 年5 月8 日）\n各县（市、区）人民政府，市政府各部门：\n现将《某市惠企政策兑现清单》印发给你们，请遵照执行。\n2023 年5 月8 日\n某市惠企政策兑现清单\n序号\n兑现部门\n政策内容\n兑现时间\n1\n市科技局\n对首次认定的国家高新技术企业，给予\n一次性奖励20 万元，奖励资金在认定\n公布后30 日内拨付到位。\n2023 年12 月底前\n2\n市工业和信息化局\n对新认定的省级专精特新企业给予10 万\n元奖励。项目通过验收的，\n验收合格后20 个工作日内拨付。\n2023 年12 月底前\n3\n市商务局\n对进出口额首次突破1 亿元的企业给予\n奖励50 万元。\n2023 年12 月底前\n").clauses
    assert "公布后30日内拨付到位。" in first.text.split("（兑现部门")[0]


def test_a_lead_cell_merged_over_rows_is_each_rows_lead(tmp_path):
    """牵头单位 / 配合单位, the lead's cell merged over two rows and printed in the first: the second row's lone cell of several
    units (or of a collective) is its helpers', its lead the row above's (four table probes, z452-z455: the helpers had
    been read as the lead); a lone cell of one unit is the lead's, the helpers' cell empty."""
    text = ("西安市优化营商环境重点任务分工表\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
            "1\n推行企业开办“一日办结”。\n市市场监管局\n市公安局、市税务局\n2023 年6 月底前\n"
            "2\n推行员工录用“一件事”联办。\n市人社局、市医保局\n2023 年9 月底前\n"
            "3\n开展涉企收费专项检查。\n市级各行业主管部门\n2023 年12 月底前\n"
            "4\n推行“拿地即开工”。\n市住房城乡建设局\n2023 年10 月底前\n")
    clauses = parse_text(tmp_path, text).clauses
    assert roles(clauses) == [
        [("市市场监管局", "lead"), ("市公安局", "co"), ("市税务局", "co")],
        [("市市场监管局", "lead"), ("市人社局", "co"), ("市医保局", "co")],
        [("市市场监管局", "lead"), ("市级各行业主管部门", "co")],
        [("市住房城乡建设局", "lead")]]
    assert clauses[1].units[0].span.start == text.index("市市场监管局")  # cited where it is printed, as 同上 is


@pytest.mark.parametrize("odd, kept", [(("主要内容\n", "主要内容\n②\n"), "序号重点任务主要内容"),
                                       (("市市场监管委\n", "市市场监管委\n2023年12月31日\n②\n"), "1.优化企业开办服务")],
                         ids=["in the header", "after a date cell"])
def test_a_circled_number_alone_on_a_line_of_a_table_is_no_row_number(odd, kept):
    """② passes str.isdigit(), not int(): read as a row's number it had crashed the table reader."""
    paragraphs = [p.text for p in split_paragraphs(TABLE.replace(*odd, 1))]
    assert kept in paragraphs and any("②" in p for p in paragraphs)


@pytest.mark.parametrize("content", ["改革举措", "主要任务"])
def test_a_field_column_before_the_task_is_a_label_not_the_tasks_first_words(tmp_path, content):
    """序号 / 重点领域 / 改革举措 (or 主要任务) / 牵头单位 / …: the field (开办企业) is the row's label, as before 具体措施 (a blind
    test: it had run into the task's text, 开办企业推行…)."""
    text = ("江西省营商环境重点领域改革清单\n序号\n重点领域\n" + content + "\n牵头单位\n配合单位\n完成时限\n"
            "1\n开办企业\n推行企业开办一件事一\n次办，全流程压缩至0.5\n个工作日。\n省市场监管局\n省税务局\n2023 年6 月\n底前\n"
            "2\n获得信贷\n推广金融服务平台，扩大信用贷款\n规模。\n人民银行南昌中心支行\n江西银保监局\n2023 年底前\n")
    clauses = parse_text(tmp_path, text).clauses
    first = clauses[0]
    assert first.text.startswith("（1）推行企业开办") and "重点领域：开办企业" in first.text
    assert [(u.name, u.role) for u in first.units] == [("省市场监管局", "lead"), ("省税务局", "co")]


@pytest.mark.parametrize("column", ["分值", "权重"])
def test_a_scoring_tables_columns_make_a_table(tmp_path, column):
    """序号 / 考核指标 / 分值 / 评分标准 / 责任单位: a scoring table, one row a clause with its units (a blind test: the whole
    attachment had been closing text, its units lost)."""
    text = ("融水苗族自治县2023 年优化营商环境工作考核办法\n为压实优化营商环境工作责任，结合我县实际，制定本办法。\n一、考核方式\n"
            "（一）年终考核于2023 年12 月底前完成，县发展改革局牵头，县市场监管局配合。\n（二）考核结果分为优秀、良好、合格、不合格四个等次。\n"
            f"附件\n融水苗族自治县2023 年优化营商环境考核评分表\n序号\n考核指标\n{column}\n评分标准\n责任单位\n"
            "1\n开办企业\n10\n企业开办时间压缩至0.5 个工作日以内得10 分\n县市场监管局\n"
            "2\n政务服务\n15\n政务服务事项网上可办率达到100%得15 分\n县政务服务中心、县大数据发展局\n")
    doc = parse_text(tmp_path, text)
    rows = [c for c in doc.clauses if c.path.startswith("a1.")]
    assert [[u.name for u in c.units] for c in rows] == [["县市场监管局"], ["县政务服务中心", "县大数据发展局"]]
    assert "开办企业" in rows[0].text and "网上可办率" in rows[1].text
    assert f"开办企业（{column}：10）企业开办" in rows[0].text  # the score labelled by its column (it had been dropped as a page number)


def test_a_spaced_row_whole_on_its_line_after_a_wrapped_task_cell_is_a_row(tmp_path):
    """1 …全面压减审批 省住房城乡建设厅 省政务服务办 2023 年6 月底前 / 时间 / 2 …: the task cell's rest wrapped after the row's
    time cell, then row 2 whole on its line, its time cell last: a row of its own (a blind test: row 1 had taken row 2's
    text, units and deadline, and row 2 was lost)."""
    text = ("江西省住房和城乡建设厅关于印发《江西省工程建设项目审批制度改革2023 年工作要点》的通知\n赣建字〔2023〕5 号\n"
            "各设区市住房城乡建设局：\n现将《江西省工程建设项目审批制度改革2023 年工作要点》印发给你们，请认真抓好落实。\n"
            "江西省住房和城乡建设厅\n2023 年3 月15 日\n附件\n江西省工程建设项目审批制度改革2023 年工作要点\n"
            "序号 重点任务 牵头单位 配合单位 完成时限\n"
            "1 推行工程建设项目“一网通办”，全面压减审批 省住房城乡建设厅 省政务服务办 2023 年6 月底前\n时间\n"
            "2 全面推行“多测合一”改革 省自然资源厅 省住房城乡建设厅 2023 年9 月底前\n"
            "3 推进施工图审查制度改革，实行告知承诺制 省住房城乡建设厅 各设区市人民政府 2023 年12 月底前\n")
    doc = parse_text(tmp_path, text)
    assert [[(u.name, u.role) for u in c.units] for c in doc.clauses] == [
        [("省住房城乡建设厅", "lead"), ("省政务服务办", "co")], [("省自然资源厅", "lead"), ("省住房城乡建设厅", "co")],
        [("省住房城乡建设厅", "lead"), ("各设区市人民政府", "co")]]
    assert [[p.end.isoformat() for p in c.periods] for c in doc.clauses] == [["2023-06-30"], ["2023-09-30"], ["2023-12-31"]]


def test_a_score_equal_to_the_next_rows_number_opens_no_row(tmp_path):
    """序号 / 考核指标 / 分值 / 评分标准 / 责任单位 with every score 5: row 4's score is no row 5 (a review: rows 1, 2, 3, 5, 6,
    the units moved to the wrong tasks); a figure alone opens a row only after a row's end."""
    rows = [("开办企业", "企业开办时间压缩至0.5 个工作日以内，得5 分", "县市场监管局"),
            ("政务服务", "政务服务事项网上可办率达到100%，得5 分", "县政务服务中心"),
            ("获得电力", "低压小微企业用电报装实现“三零”服务，得5 分", "县供电公司"),
            ("登记财产", "不动产登记一般登记压缩至3 个工作日，得5 分", "县自然资源局"),
            ("纳税", "全面推行电子税务局，实现“非接触式”办税，得5 分", "县税务局"),
            ("获得信贷", "普惠小微贷款增速不低于各项贷款增速，得5 分", "县金融办")]
    text = ("融水苗族自治县2023 年优化营商环境工作考核办法\n为压实优化营商环境工作责任，结合我县实际，制定本办法。\n一、考核方式\n"
            "（一）年终考核于2023 年12 月底前完成，县发展改革局牵头，县市场监管局配合。\n附件\n融水苗族自治县2023 年优化营商环境考核评分表\n"
            "序号\n考核指标\n分值\n评分标准\n责任单位\n" + "".join(f"{n}\n{a}\n5\n{b}\n{c}\n" for n, (a, b, c) in enumerate(rows, 1)))
    doc = parse_text(tmp_path, text)
    table = [c for c in doc.clauses if c.path.startswith("a1.")]
    assert [c.path for c in table] == [f"a1.{n}" for n in range(1, 7)] and not doc.warnings
    assert [[u.name for u in c.units] for c in table] == [[unit] for _, _, unit in rows]



TIBET_HEAD = ("西藏自治区人力资源和社会保障厅 西藏自治区财政厅关于进一步优化就业创业服务助力营商环境建设的通知\n藏人社发〔2023〕56 号\n"
              "各地（市）人力资源社会保障局、财政局：\n为进一步优化就业创业服务，现就有关事项通知如下：\n一、强化基层服务\n"
              "（一）加强政策宣传。各地（市）要通过多种渠道宣传就业创业政策。（责任单位：自治区人力资源社会保障厅）\n"
              "（二）发放基层服务补贴。对到乡镇工作的高校毕业生，按以下标准发放生活补贴：\n")
TIBET_TAIL = "二、加强组织保障\n（三）加强督导。各地（市）人力资源社会保障局要加强督促指导，确保政策落实到位。\n"


@pytest.mark.parametrize("table", [
    "序号\n服务区域\n补贴标准\n（元/人·月）\n1\n一类区\n800\n2\n二类区\n1200\n",  # (服务区域: no table had been read, a blind test)
    "序号\n补贴项目\n补贴对象\n补贴标准\n（元/人·月）\n1\n一类区生活补贴\n高校毕业生\n800\n2\n二类区生活补贴\n高校毕业生\n1200\n",
])
def test_an_items_bracket_after_its_payment_table_is_the_items(tmp_path, table):
    """…按以下标准发放生活补贴： / a payment table / （责任单位：…；完成时限：长期）: the rows keep their sums and the bracket is
    the item's (a blind test: the last row's 1200 lost to the bracket, or the bracket given to that row alone)."""
    bracket = "（责任单位：各地（市）人力资源社会保障局、财政局；完成时限：长期）\n"
    doc = parse_text(tmp_path, TIBET_HEAD + table + bracket + TIBET_TAIL)
    clauses = {c.path: c for c in doc.clauses}
    assert [a.value for a in clauses["1.2.1"].amounts] == [800] and [a.value for a in clauses["1.2.2"].amounts] == [1200]
    assert [u.canonical for u in clauses["1.2"].units] == ["西藏自治区各地市人力资源和社会保障局", "西藏自治区各地市财政局"]
    # (各地（市）…局、财政局: each prefecture's 财政局, not the region's); the rows inherit the item's units, none its own
    assert {u.role for c in (clauses["1.2.1"], clauses["1.2.2"]) for u in c.units} == {"inherited"}



def test_a_bracket_cell_inside_a_payment_table_keeps_the_rows(tmp_path):
    """1 / 一类区生活补贴 / （实施单位：…） / 800 / 2 / …: a bracket cell inside a row is no end of the table (a review: the
    rows after it and every sum had been lost)."""
    rows = "".join(f"{n}\n{area}类区生活补贴\n（实施单位：各地（市）人社局）\n{sum_}\n" for n, area, sum_ in
                   [(1, "一", 800), (2, "二", 1200), (3, "三", 1500)])
    doc = parse_text(tmp_path, TIBET_HEAD + "序号\n补贴项目\n补贴标准\n（元/人·月）\n" + rows + TIBET_TAIL)
    assert [[a.value for a in c.amounts] for c in doc.clauses if c.path.startswith("1.2.")] == [[800], [1200], [1500]]


@pytest.mark.parametrize("mark", ["续表", "（续表）", "续表1", "续表2-1"])
def test_a_continued_tables_mark_over_its_next_page_is_no_cell(mark):
    """续表 over the header repeated on the next page (a printed compilation's mark; a blind test: read into the row before,
    which lost its units; a row the page cut had 续表 in its task)."""
    header = "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
    text = (header + "1\n推行企业开办全程网上办理。\n省市场监管局\n省公安厅\n2023 年6 月底前\n2\n推进工程建设项目审批\n\n# Page 413:\n"
            + mark + "\n" + header + "改革。\n省住房城乡建设厅\n省自然资源厅\n2023 年9 月底前\n")
    assert rows(text)[1] == "（2）推进工程建设项目审批改革。（牵头单位：省住房城乡建设厅；配合单位：省自然资源厅；完成时限：2023年9月底前）"
    assert [p.text for p in split_paragraphs("各单位要抓好落实。\n续表\n第二部分")] == ["各单位要抓好落实。", "第二部分"]


def test_a_time_columns_measure_on_a_line_of_its_own_is_no_column():
    """办理时限 / （工作日） / 承诺时限 / （工作日）: each measure its column's (a blind test: the table was lost, its rows run
    together with no unit)."""
    text = ("序号\n事项名称\n实施机关\n办理时限\n（工作日）\n承诺时限\n（工作日）\n1\n企业投资项目核准\n省发展改革委\n20\n10\n"
            "2\n取水许可\n省水利厅\n45\n20\n")
    read = rows(text)
    assert [r[: r.index("（实施机关：")] for r in read] == ["（1）企业投资项目核准", "（2）取水许可"]
    assert "实施机关：省水利厅" in read[1]


WRAPPED_TABLE_NOTICE = ("广东省人民政府办公厅关于印发重点任务分工的通知\n粤办函〔2024〕96 号\n各地级以上市人民政府：\n现印发给你们，请认真组织实施。\n"
                        "广东省人民政府办公厅\n2024 年6 月3 日\n附件\n广东省2024 年数字政府建设重点任务分工\n")


@pytest.mark.parametrize("header", ["序号 重点任务 牵头单位 配合单位 完成\n时限\n", "序号\n重点任务\n牵头单位\n配合\n单位\n完成时限\n"])
def test_a_header_whose_column_name_the_cell_wrapped_is_still_the_tables(tmp_path, header):
    """完成 / 时限, 配合 / 单位: a header cell wrapped like any other (a blind test: the table had been read as one paragraph)."""
    rows = ("1 建设公共数据资源目录体系 省政务服务和数据管理局 省发展改革委、省财政厅 2024 年9 月底前\n"
            "2 加强政务网络安全保障 省委网信办 省公安厅、省通信管理局 每季度\n")
    if "\n重点任务\n" in header:  # a cell a line
        rows = "".join(cell + "\n" for line in rows.splitlines() for cell in line.replace(" 年", "年").replace(" 月", "月").split(" "))
    document = parse_text(tmp_path, WRAPPED_TABLE_NOTICE + header + rows)
    assert roles(document.clauses) == [[("省政务服务和数据管理局", "lead"), ("省发展改革委", "co"), ("省财政厅", "co")],
                                       [("省委网信办", "lead"), ("省公安厅", "co"), ("省通信管理局", "co")]]
    assert [p.kind for c in document.clauses for p in c.periods] == ["deadline", "recurring"]


@pytest.mark.parametrize("row, tail, task, units", [
    ("1 建设公共数据资源目录体系 省政务服务和数据管理局 省发展改革委、省财 2024 年9 月底前", "政厅", "建设公共数据资源目录体系",
     [("省政务服务和数据管理局", "lead"), ("省发展改革委", "co"), ("省财政厅", "co")]),
    ("1 建设公共数据资源目录体系，推动 省政务服务和数据管理局 省发展改革委、省财政厅 持续推进", "数据共享", "建设公共数据资源目录体系，推动数据共享",
     [("省政务服务和数据管理局", "lead"), ("省发展改革委", "co"), ("省财政厅", "co")]),
    ("1 建设公共数据资源目录体系 省政务服务和数据管理局 省发展改革委、省财政厅 2024 年12 月", "底前", "建设公共数据资源目录体系",
     [("省政务服务和数据管理局", "lead"), ("省发展改革委", "co"), ("省财政厅", "co")]),
])
def test_a_spaced_rows_line_after_it_is_the_tail_of_the_cell_it_wrapped(tmp_path, row, tail, task, units):
    """Every cell on the row's line, apart by spaces, and one line more: a unit name's rest, a time cell's, else the task's
    words (a blind test: a cut unit name lost the row; the task's rest had run into the time cell)."""
    text = (WRAPPED_TABLE_NOTICE + "序号 重点任务 牵头单位 配合单位 完成时限\n" + row + "\n" + tail + "\n"
            "2 加强政务网络安全保障 省委网信办 省公安厅、省通信管理局 每季度\n")
    first = parse_text(tmp_path, text).clauses[0]
    assert roles([first]) == [units]
    assert first.text.startswith("（1）" + task + "（牵头单位")
    assert [p.kind for p in first.periods] == ["ongoing" if "持续" in row else "deadline"]
    assert "；完成时限：" + (row.rsplit(" ", 1)[1] if "持续" in row else "") in first.text.replace(" ", "")


def test_spaced_rows_ending_with_a_phone_number_are_each_a_row(tmp_path):
    """序号 政策名称 支持标准 责任单位 咨询电话 / 1 … 0371-12333 / 2 …: a row whose last cell is a phone number ends there (a blind
    test: the rows had run together); the number is labelled by its column after the units."""
    text = ("河南省人力资源和社会保障厅关于印发青年就业创业政策清单的通知\n豫人社办〔2023〕41 号\n各省辖市人力资源社会保障局：\n现印发给你们。\n"
            "河南省人力资源和社会保障厅\n2023 年7 月14 日\n附件\n河南省青年就业创业政策清单\n序号 政策名称 支持标准 责任单位 咨询电话\n"
            "1 一次性扩岗补助 每人1500 元 各省辖市人力资源社会保障局 0371-12333\n2 一次性创业补贴 每人5000 元 省人力资源社会保障厅 0371-69690211\n"
            "3 创业担保贷款 个人最高30 万元 省财政厅 0371-69690213\n")
    clauses = parse_text(tmp_path, text).clauses
    assert roles(clauses) == [[("各省辖市人力资源社会保障局", "lead")], [("省人力资源社会保障厅", "lead")], [("省财政厅", "lead")]]
    assert clauses[0].text == "（1）一次性扩岗补助每人1500元（责任单位：各省辖市人力资源社会保障局；咨询电话：0371-12333）"
    assert [a.value for c in clauses for a in c.amounts] == [1500, 5000, 300000]
    mobile = text.replace("0371-12333", "13812345678").replace("0371-69690211", "13912345678")  # (a mobile's 11 figures: a review)
    assert len(parse_text(tmp_path, mobile).clauses) == 3


def test_a_spaced_header_with_a_year_spaced_from_its_nian_names_one_column(tmp_path):
    """序号 指标名称 单位 2025 年 责任单位: 2025 年 is one column (a blind test: the table had not been read, its rows glued into
    the item before)."""
    text = ("四川省人民政府办公厅关于印发测试方案的通知\n川办发〔2023〕19 号\n一、主要目标\n到2025 年，主要指标见下表。\n"
            "序号 指标名称 单位 2025 年 责任单位\n1 城镇新增就业 万人 85 省人力资源社会保障厅\n2 创业担保贷款发放额 亿元 60 省财政厅\n")
    clauses = parse_text(tmp_path, text).clauses
    assert roles(clauses[1:]) == [[("省人力资源社会保障厅", "lead")], [("省财政厅", "lead")]]


def test_a_payment_table_printed_a_row_a_line_with_spaces_reads_its_sums(tmp_path):
    """类别 补贴标准（元/人·月） 补贴期限 / 就业困难人员 1000 最长不超过3 年 / …; 奖项 等级 奖励金额（万元） / … 一等奖 50 / 二等奖 30 (a
    label merged over rows printed once): each row a paragraph of its cells, its sum in the header's measure, a figure's
    spaced unit kept with it (blind tests: the sums had been lost); each sum's span is its figure as printed."""
    head = "某省人民政府办公厅关于印发测试方案的通知\n某办发〔2023〕19号\n一、主要任务\n"
    subsidy = (head + "（一）扩大吸纳就业。按下表标准给予社会保险补贴。\n类别 补贴标准（元/人·月） 补贴期限\n就业困难人员 1000 最长不超过3 年\n"
               "脱贫人口 600 最长不超过2 年\n（二）加强领导。各地要加强组织领导。\n")
    (doc,) = parse_file(write(tmp_path, "sub.txt", subsidy))
    first = doc.clauses[0]
    assert first.text.endswith("就业困难人员：1000元/人·月，补贴期限：最长不超过3年\n脱贫人口：600元/人·月，补贴期限：最长不超过2年")
    assert [(a.value, a.payment_unit, a.span.text) for a in first.amounts] == [(1000, "per-person-month", "1000"), (600, "per-person-month", "600")]
    assert [(p.duration, p.bound) for p in first.periods] == [("P3Y", "max"), ("P2Y", "max")]
    award = (head + "（一）获得标准创新贡献奖的，按下表标准给予奖励：\n奖项 等级 奖励金额（万元）\n中国标准创新贡献奖 一等奖 50\n二等奖 30\n"
             "（二）其他事项另行规定。\n")
    (doc,) = parse_file(write(tmp_path, "award.txt", award))
    assert [a.value for a in doc.clauses[0].amounts] == [500_000, 300_000]
    prose = award.replace("二等奖 30\n", "二等奖 奖励金额为30万元，具体按年度预算安排。\n")  # a sentence: no row
    (doc,) = parse_file(write(tmp_path, "prose.txt", prose))
    assert "中国标准创新贡献奖：50" not in doc.clauses[0].text


@pytest.mark.parametrize("header,rows", [
    ("序号\n事项名称\n实施主体\n法定时限\n承诺时限\n", "1\n食品经营许可\n区市场监管局\n20 个工作日\n5 个工作日\n2\n个体工商户设立登记\n区市场监管局\n15 个工作日\n即办\n"),
    ("序号\n事项名称\n法定时限\n承诺时限\n实施主体\n", "1\n食品经营许可\n20 个工作日\n5 个工作日\n区市场监管局\n2\n个体工商户设立登记\n15 个工作日\n即办\n区市场监管局\n"),
])
def test_two_time_columns_side_by_side_keep_each_rows_two_limits(tmp_path, header, rows):
    """法定时限 / 承诺时限 (a service list's two limits, after or before its unit column): each row's two time lines are each its
    column's (two blind tests: the second had run into the first, its limit lost)."""
    text = ("某区人民政府办公室关于公布政务服务事项清单的通知\n某政办〔2023〕21号\n各街道办事处：\n现将清单予以公布。\n某区人民政府办公室\n"
            "2023年8月25日\n附件\n某区政务服务事项清单\n" + header + rows)
    (doc,) = parse_file(write(tmp_path, "list.txt", text))
    assert [c.text for c in doc.clauses] == ["（1）食品经营许可（实施主体：区市场监管局；法定时限：20个工作日；承诺时限：5个工作日）",
                                             "（2）个体工商户设立登记（实施主体：区市场监管局；法定时限：15个工作日；承诺时限：即办）"]
    assert [[(p.duration, p.working_days) for p in c.periods] for c in doc.clauses] == [[("P20D", True), ("P5D", True)], [("P15D", True), ("P0D", False)]]


def test_a_cell_opening_like_a_place_before_a_figure_cell_is_no_unit(tmp_path):
    """一级指标 / 二级指标 / 分值 / 责任单位 with 市场主体满意度 / 10 / 省统计局: the figure's cell ends the units' run (a blind test: the
    three cells had been read as one unit's name, the 分值 lost)."""
    text = ("河南省营商环境评价实施办法\n豫政办〔2023〕21号\n第一条\n具体指标、分值和责任单位如下：\n序号\n一级指标\n二级指标\n分值\n责任单位\n"
            "1\n河南特色指标\n市场主体满意度\n10\n省统计局\n2\n政务服务\n网上政务服务能力\n10\n省行政审批政务信息\n管理局\n第二条\n本办法由省发展改革委负责解释。\n")
    (doc,) = parse_file(write(tmp_path, "豫.txt", text))
    row = next(c for c in doc.clauses if c.path == "1.1")
    assert row.text == "（1）河南特色指标市场主体满意度（分值：10）（责任单位：省统计局）"
    assert [(u.name, u.role) for u in row.units] == [("省统计局", "lead")]


def test_a_tables_last_time_cell_alone_on_the_files_last_page_is_the_last_rows(tmp_path):
    """… / 县人社局、县农业农村局 / <page> / 2024 年11 月底前 / <end of file>: the last row's time cell, not a head or foot line
    (a mutation test: the row's deadline had been lost)."""
    text = ("于都县人民政府办公室关于印发稳岗就业工作方案的通知\n于府办字〔2024〕12号\n附件\n于都县稳岗就业重点任务清单\n序号\n工作任务\n责任单位\n完成时限\n"
            "1\n开发乡村公益性岗位\n县乡村振兴局\n2024 年4 月30 日前\n2\n完成年度技能培训任务\n县人社局、县农业农村局\n\n# Page 437:\n"
            "2024 年11 月底前\n\n")
    (doc,) = parse_file(write(tmp_path, "于.txt", text))
    last = doc.clauses[-1]
    assert last.text.endswith("（责任单位：县人社局、县农业农村局；完成时限：2024年11月底前）")
    assert [(p.kind, p.end) for p in last.periods] == [("deadline", dt.date(2024, 11, 30))]


@pytest.mark.parametrize("lead, expected", [("海关总署广东分署", "海关总署广东分署"), ("国家金融监督管理总局广东监管局", "国家金融监督管理总局广东监管局"),
                                            ("海关总署", "海关总署")])
def test_a_national_systems_office_in_a_lead_cell_is_one_unit(tmp_path, lead, expected):
    """牵头单位 / 配合单位 cells run together: 海关总署广东分署 is one office, the head then its place and kind (a blind test: the
    head had led and 广东分署 helped); the head alone still ends its cell before the next one's names."""
    text = ("广东省人民政府办公厅关于印发广东省2023年优化营商环境重点任务清单的通知\n粤办函〔2023〕86号\n附件\n重点任务清单\n"
            "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n1\n进口、出口整体通关时间分别压缩至30小时、1小时以内。\n" + lead + "\n"
            "省商务厅、省交通运输厅\n2023 年12 月底前\n2\n推广“提前申报”模式。\n省商务厅\n省财政厅\n2023 年12 月底前\n")
    (doc,) = parse_file(write(tmp_path, "粤.txt", text))
    assert [(u.name, u.role) for u in doc.clauses[0].units] == [(expected, "lead"), ("省商务厅", "co"), ("省交通运输厅", "co")]


@pytest.mark.parametrize("cell", ["由15 个工作日压缩至5 个工作日", "由15 个工作日压缩\n至5 个工作日", "压缩至5 个工作日"])
def test_a_time_cell_cutting_a_limit_ends_its_row(cell):
    """办理时限 / 由15个工作日压缩至5个工作日: a 一件事 list's time column (a blind test: the row had been glued whole, its units
    lost)."""
    table = (f"事项清单\n序号\n事项名称\n牵头部门\n配合部门\n办理时限\n1\n开办餐饮店一件事\n市市场监管局\n市城市管理局\n{cell}\n"
             "2\n残疾人服务一件事\n市残联\n市民政局\n即办\n")
    first = [p.text for p in split_paragraphs(table)][1]
    time = cell.replace(" ", "").replace("\n", "")
    assert first == f"（1）开办餐饮店一件事（牵头部门：市市场监管局；配合部门：市城市管理局；办理时限：{time}）"


def test_a_policy_lists_table_with_a_term_column_and_a_wrapped_lead_note(tmp_path):
    """序号 / 政策名称 / 政策内容 / 执行期限 / 责任单位（排在第一 / 位的为牵头单位）: the term column's cells are periods, and the
    note wrapped in its narrow cell still makes each row's first unit lead (a blind test: 长期 left in the text, every unit
    co); the name opens the row's text, as in every such list (its cell's width tells it apart in some rows only)."""
    text = ("安徽省人民政府办公厅关于印发安徽省2023年助企纾困政策清单的通知\n皖政办秘〔2023〕5 号\n各市、县人民政府：\n现印发给你们。\n"
            "安徽省2023 年助企纾困政策清单\n序号\n政策名称\n政策内容\n执行期限\n责任单位（排在第一\n位的为牵头单位）\n1\n规上工业企业\n增产增效奖励\n"
            "对2023 年营业收入首次突破\n10 亿元的工业企业，给予一\n次性奖励50 万元。\n2023 年度\n省经济和信息化\n厅、省财政厅\n2\n失业保险稳岗\n返还\n"
            "对不裁员或少裁员的参保企\n业，按上年度实际缴纳失业保\n险费的60%返还。\n长期\n省人力资源社会保障厅、省\n财政厅\n")
    doc = parse_text(tmp_path, text)
    first, second = doc.clauses[-2:]
    assert first.text.startswith("（1）规上工业企业增产增效奖励对2023年营业收入") and "执行期限：2023年度" in first.text
    assert [(u.name, u.role) for u in first.units] == [("省经济和信息化厅", "lead"), ("省财政厅", "co")]
    assert [(p.kind, p.begin, p.end) for p in first.periods] == [("interval", dt.date(2023, 1, 1), dt.date(2023, 12, 31))]
    assert [p.kind for p in second.periods] == ["ongoing"] and [u.role for u in second.units] == ["lead", "co"]


def test_a_category_cell_before_a_specific_task_column_labels_its_row():
    """序号 / 改革事项 / 具体任务 / …: 纳税 and 获得电力, unnumbered and merged over rows, label the row they are printed in (a blind
    test: glued to the task's first words, 纳税落实增值税…)."""
    table = ("序号\n改革事项\n具体任务\n牵头单位\n配合单位\n完成时限\n1\n纳税\n落实增值税留抵退税政策，对符\n合条件的纳税人实现即报即审。\n市税务局\n市财政局\n"
             "每季度\n2\n优化纳税服务，推行非接触式办\n税缴费。\n市税务局\n市财政局\n2023 年12 月底前\n3\n获得电力\n将低压办电时间压缩至5 个工作\n"
             "日以内。\n江门供电局\n市发展改革局\n2023 年9 月底前\n")
    texts = [p.text for p in split_paragraphs(table)]
    assert texts[0].startswith("（1）落实增值税留抵退税政策") and texts[0].endswith("改革事项：纳税）")
    assert texts[2].startswith("（3）将低压办电时间") and texts[2].endswith("改革事项：获得电力）")


@pytest.mark.parametrize("cell, period", [
    ("2023 年1 月1 日至\n2023 年12 月31 日", ("interval", dt.date(2023, 1, 1), dt.date(2023, 12, 31))),  # its second date wrapped
    ("长期执行", ("ongoing", None, None)), ("2023 年全年", ("interval", dt.date(2023, 1, 1), dt.date(2023, 12, 31))),
])
def test_a_policy_lists_term_cells(tmp_path, cell, period):
    """执行期限 cells: a span whose second date the narrow column wrapped (a blind test: read as a signing date, the table
    ended at row 1), 长期执行 and 2023 年全年 (blind tests: left in the row's text, no period)."""
    text = ("某省发展和改革委员会关于印发惠企政策清单的通知\n某发改〔2023〕15 号\n各市发展改革委：\n现印发给你们。\n惠企政策清单\n"
            f"序号\n政策名称\n政策内容\n执行期限\n责任单位\n1\n小规模纳税人增值\n税减免\n对月销售额10 万元以下的增值税\n小规模纳税人，免征增值税。\n{cell}\n"
            "省税务局\n2\n一次性扩岗补助\n对招用高校毕业生的企业，按每人1500 元的标准发放一次性扩岗补助。\n长期\n省人力资源社会保障厅\n")
    doc = parse_text(tmp_path, text)
    first, second = doc.clauses[-2:]
    assert [(p.kind, p.begin, p.end) for p in first.periods] == [period] and [u.name for u in first.units] == ["省税务局"]
    assert [p.kind for p in second.periods] == ["ongoing"]


def test_spaced_rows_with_two_time_columns_side_by_side_and_a_helper_list_wrapped(tmp_path):
    """1 存量房转移登记 30 个工作日 3 个工作日 市自然资源局 市税务局: 法定时限 and 承诺时限 each their own (h152: the second had
    run into the item's name); a helper list ending in 、, its next name on the line after (h152: run into the text)."""
    text = ("某市人民政府办公室关于印发审批事项清单的通知\n各县（市）、区人民政府：\n现将清单印发给你们。\n某市人民政府办公室\n"
            "2023 年6 月2 日\n附件\n审批事项清单\n序号 事项名称 法定时限 承诺时限 牵头单位 配合单位\n"
            "1 存量房转移登记 30 个工作日 3 个工作日 市自然资源局 市税务局\n"
            "2 用水报装 20 个工作日 4 个工作日 市城市管理局 市自然资源局、\n市公安局交警支队\n"
            "3 管道燃气报装 20 个工作日 4 个工作日 市城市管理局 市住房城乡建设局\n")
    (document,) = parse_file(write(tmp_path, "list.txt", text))
    rows = [c for c in document.clauses if c.text.startswith("（")]
    assert [c.text.split("（牵头单位")[0] for c in rows] == ["（1）存量房转移登记", "（2）用水报装", "（3）管道燃气报装"]
    assert [[p.duration for p in c.periods] for c in rows] == [["P30D", "P3D"], ["P20D", "P4D"], ["P20D", "P4D"]]
    assert [(u.name, u.role) for u in rows[1].units] == [("市城市管理局", "lead"), ("市自然资源局", "co"), ("市公安局交警支队", "co")]


def test_a_list_keyed_by_its_items_name_without_row_numbers_is_a_table(tmp_path):
    """事项名称 / 法定时限 / 原承诺时限 / 压减后承诺时限 / 实施部门, no 序号 (h152: the whole list had become closing text; h141 a
    stage table alike): each row ends with its unit cell after its time cells, numbered here in order; a row cut by a page
    goes on after the header printed again; a unit cell wrapped inside its list goes on."""
    header = "事项名称\n法定时限\n原承诺时限\n压减后承诺时限\n实施部门\n"
    text = ("某市人民政府办公室关于印发审批事项清单的通知\n各县（市）、区人民政府：\n现将清单印发给你们，请认真执行。\n"
            "某市人民政府办公室\n2023 年6 月2 日\n某市涉企审批事项承诺时限压减清单\n" + header
            + "食品经营许可\n20 个工作日\n10 个工作日\n3 个工作日\n市市场监管局\n"
            + "建筑工程施工许可证核\n发\n7 个工作日\n\n# Page 534:\n" + header + "3 个工作日\n1 个工作日\n市城乡建设局\n"
            + "民办职业培训学校设立、\n分立、合并\n3 个月\n30 个工作日\n15 个工作日\n市人力资源社会保障局、市\n教育局\n"
            + "特种设备使用登记\n15 个工作日\n5 个工作日\n即办\n市市场监管局\n")
    (document,) = parse_file(write(tmp_path, "list.txt", text))
    rows = [c for c in document.clauses if c.text.startswith("（")]
    assert [c.text.split("（实施部门")[0] for c in rows] == [
        "（1）食品经营许可", "（2）建筑工程施工许可证核发", "（3）民办职业培训学校设立、分立、合并", "（4）特种设备使用登记"]
    assert [[p.duration for p in c.periods] for c in rows] == [
        ["P20D", "P10D", "P3D"], ["P7D", "P3D", "P1D"], ["P3M", "P30D", "P15D"], ["P15D", "P5D", "P0D"]]
    assert [[u.name for u in c.units] for c in rows] == [["市市场监管局"], ["市城乡建设局"], ["市人力资源社会保障局", "市教育局"], ["市市场监管局"]]


@pytest.mark.parametrize("units_first", [True, False])
def test_a_policy_list_without_row_numbers_its_cells_sentences(tmp_path, units_first):
    """政策名称 / 政策内容 / 责任单位 / 执行期限, no 序号 (h179: the whole 政策清单 had become closing text): the content cells
    end sentences, the row ends with its time cell after its unit cell (or its unit cell after its time cell), a date alone
    in it is no signature, a row cut by a page goes on after the header printed again, and the prose after the table stays
    text."""
    def row(name, content, units, time):
        return name + content + (units + time if units_first else time + units)
    header = "政策名称\n政策内容\n" + ("责任单位\n执行期限\n" if units_first else "执行期限\n责任单位\n")
    text = ("某省人民政府办公厅关于印发支持小微企业若干措施的通知\n各市、县（区）人民政府：\n现将《若干措施》印发给你们，请认真贯彻执行。\n"
            "某省人民政府办公厅\n2023 年4 月18 日\n附件\n某省支持小微企业发展政策清单\n" + header
            + row("小规模纳税\n人增值税减\n免\n", "对月销售额10 万元以下（含本数）\n的增值税小规模纳税人，免征增值\n税。\n",
                  "省税务局、省\n财政厅\n", "2023 年1 月1 日至\n2027 年12 月31 日\n")
            + row("失业保险稳\n岗返还\n", "对不裁员或少裁员的中小微企业，\n按上年度实际缴纳失业保险费的\n60%返还。\n\n# Page 12:\n" + header,
                  "省人社厅、省\n财政厅\n", "2023 年12 月31 日\n前\n")
            + row("首次升规奖\n励\n", "对首次纳入规模以上统计的工业企\n业，给予一次性奖励10 万元。\n", "省工信厅、省\n统计局\n",
                  "长期执行\n")
            + "各地要结合实际抓好落实，确保各项政策直达快享，对落实不力的予以通报。\n")
    document = parse_text(tmp_path, text)
    rows = [c for c in document.clauses if c.text.startswith("（")]
    assert [c.text.split("对")[0] for c in rows] == ["（1）小规模纳税人增值税减免", "（2）失业保险稳岗返还", "（3）首次升规奖励"]
    assert "60%返还。" in rows[1].text and "结合实际" not in rows[2].text
    assert [[u.name for u in c.units] for c in rows] == [["省税务局", "省财政厅"], ["省人社厅", "省财政厅"], ["省工信厅", "省统计局"]]
    assert [[(p.begin, p.end) for p in c.periods] for c in rows[:2]] == [
        [(dt.date(2023, 1, 1), dt.date(2027, 12, 31))], [(None, dt.date(2023, 12, 31))]]
    assert [a.value for a in rows[2].amounts] == [100000.0]


def test_a_policy_lists_cells_as_wide_as_prose_and_a_unit_name_cut_between_lines(tmp_path):
    """政策名称 / 政策内容 / 执行期限 / 责任单位 with content lines of 25 characters and more (h187: the table had not been
    read) and a unit cell cut inside a name (省人力资源社会 / 保障厅、省财政 / 厅: the rows had run into each other)."""
    text = ("河南省人民政府关于印发政策清单的通知\n豫政〔2023〕17号\n各省辖市人民政府：\n现将政策清单印发给你们。\n"
            "河南省人民政府\n2023年5月16日\n河南省支持个体工商户发展政策清单\n政策名称\n政策内容\n执行期限\n责任单位\n"
            "个体工商户\n房租减免\n对承租国有房屋从事生产经营的个体工商户，减免3 个月租\n金；对租赁非国有房屋的，鼓励业主减免租金。\n"
            "2023 年1 月1 日\n至2023 年12 月\n31 日\n省国资委、省财\n政厅、省机关事务\n管理局\n"
            "创业担保贷\n款贴息\n个人创业担保贷款最高额度提高至30 万元，小微企业创业担保\n贷款最高额度提高至400 万元，按规定给予贴息。\n"
            "长期\n省人力资源社会\n保障厅、省财政\n厅、中国人民银\n行郑州中心支行\n"
            "首次升规奖\n励\n对首次升规纳统的小微企业，由省级财政给予一次性奖励10 万\n元。\n每年3 月底前\n省工业和信息化\n厅、省统计局\n")
    rows = [c for c in parse_text(tmp_path, text).clauses if c.text.startswith("（")]
    assert [c.text.split("对")[0].split("个人")[0] for c in rows] == ["（1）个体工商户房租减免", "（2）创业担保贷款贴息", "（3）首次升规奖励"]
    assert [[u.name for u in c.units] for c in rows] == [
        ["省国资委", "省财政厅", "省机关事务管理局"], ["省人力资源社会保障厅", "省财政厅", "中国人民银行郑州中心支行"],
        ["省工业和信息化厅", "省统计局"]]


def test_a_count_before_the_sum_and_a_labelled_second_table(tmp_path):
    """序号 / 项目 / 户数 / 补助标准（元/户） / 责任单位: two figures, which the measure's cannot be told (the review: 120元/户); 表2
    over a header like this one's (the review: the second table's rows run into the last row)."""
    text = ("某县人民政府关于做好补助发放的通知\n某政发〔2023〕5号\n一、补助标准\n（一）危房改造。标准如下。\n"
            "序号\n项目\n户数\n补助标准（元/户）\n责任单位\n1\n危房改造\n120\n20000\n县级住建部门\n2\n农房抗震改造\n80\n15000\n县级住建部门\n"
            "表2\n序号\n项目\n户数\n补助标准（元/户）\n责任单位\n1\n改厕\n300\n1000\n县级农业农村部门\n二、工作要求\n（一）各地要高度重视。\n")
    rows = [c for c in parse_text(tmp_path, text).clauses if c.text[1:2].isdigit()]
    assert [[u.name for u in c.units] for c in rows[:3]] == [["县级住建部门"], ["县级住建部门"], ["县级农业农村部门"]]
    assert not any(c.amounts for c in rows[:3]) and rows[2].text.startswith("（1）改厕")


def test_a_cells_points_before_the_next_items_table_stay_its_row(tmp_path):
    """… / 2 / 1.开展政策宣传 / 2.开展业务培训 / 市委宣传部 / 2023年底前 / （二）考核指标。 / 序号 …: a cell's points, not the text's
    next item (the review: the row cut at 2.开展业务培训, its units lost)."""
    text = ("平凉市人民政府办公室关于印发重点任务的通知\n平政办发〔2023〕5号\n一、重点任务\n（一）任务分工。具体如下。\n"
            "序号\n任务内容\n责任单位\n完成时限\n1\n优化企业开办服务\n市市场监管局\n2023年6月底前\n2\n1.开展政策宣传\n2.开展业务培训\n"
            "市委宣传部\n2023年底前\n（二）考核指标。具体如下。\n序号\n指标名称\n责任单位\n1\n开办时间\n市市场监管局\n二、保障措施\n（一）各地要高度重视。\n")
    rows = [c for c in parse_text(tmp_path, text).clauses if c.text[1:2].isdigit()]
    assert "1.开展政策宣传2.开展业务培训（责任单位：市委宣传部" in rows[1].text and [u.name for u in rows[1].units] == ["市委宣传部"]


def test_a_spaced_tables_bare_sums_under_a_measured_column(tmp_path):
    """序号 奖励类别 奖励标准（万元） 责任单位 on one line, 1 国家级制造业单项冠军企业 200 省工业和信息化厅 (h201: no sums); 单项冠军 an
    award's class, no per-item payment."""
    text = ("广东省工业和信息化厅关于印发专精特新奖励办法的通知\n粤工信〔2023〕5号\n第一条 对认定企业给予一次性奖励：\n"
            "序号 奖励类别 奖励标准（万元） 责任单位\n1 国家级制造业单项冠军企业 200 省工业和信息化厅\n2 省级专精特新中小企业 20 省工业和信息化厅\n"
            "第二条 本办法由省工业和信息化厅负责解释。\n")
    rows = [c for c in parse_text(tmp_path, text).clauses if c.text[1:2].isdigit()]
    assert [[(a.value, a.payment_unit) for a in c.amounts] for c in rows] == [[(2_000_000, "one-off")], [(200_000, "one-off")]]


def test_an_unnumbered_rows_cells_wrapped_or_cut_by_a_page(tmp_path):
    """事项名称 / 法定时限 / 承诺时限 / 实施部门 with 市交通运输局、市市场 / 监管局 (h202: a unit 市市场), 3 个工作 / 日 (the second time
    lost), …、市自然 / # Page / the header again / 资源和规划局 (the rest opening the next row: 资源 a county's name too)."""
    header = "事项名称\n法定时限\n承诺时限\n实施部门\n"
    text = ("某市人民政府办公室关于公布一件事清单的通知\n某政办字〔2024〕5号\n各县（市、区）人民政府：\n现将清单予以公布。\n"
            "某市人民政府办公室\n2024年4月18日\n附件\n清单\n" + header
            + "企业注销“一件事”\n20 个工作日\n3 个工作\n日\n市交通运输局、市市场\n监管局\n"
            + "教育入学“一件事”\n30 个工作日\n10 个工作日\n市教育局、市公安局、市自然\n\n# Page 7:\n" + header + "资源和规划局\n"
            + "退休“一件事”\n60 个工作日\n15 个工作日\n市医保局\n")
    rows = [c for c in parse_text(tmp_path, text).clauses if c.text[1:2].isdigit()]
    assert [[u.name for u in c.units] for c in rows] == [
        ["市交通运输局", "市市场监管局"], ["市教育局", "市公安局", "市自然资源和规划局"], ["市医保局"]]
    assert [[p.duration for p in c.periods] for c in rows] == [["P20D", "P3D"], ["P30D", "P10D"], ["P60D", "P15D"]]


def test_a_note_under_a_table_grouped_by_headings_covers_every_row(tmp_path):
    """序号 重点任务 责任单位 完成时限 / 一、… / rows / 二、… / rows / 注：…列第一位的为牵头单位。: every row's first unit leads
    (the review: only the last group's), the items after the table not."""
    text = ("某市重点任务分工方案\n某政办〔2023〕5号\n序号 重点任务 责任单位 完成时限\n一、加强资金支持\n"
            "1 设立产业发展专项资金 市财政局、市发展改革委 2023 年12 月底前\n2 实施首贷贴息 市地方金融监管局、市财政局 长期坚持\n"
            "二、优化营商服务\n3 压缩审批时限 市政务服务局、市市场监管局 2023 年9 月底前\n注：责任单位列第一位的为牵头单位。\n三、保障措施\n"
            "（一）加强组织领导。定期调度工作进展。（市发展改革委、市财政局按职责分工负责）\n")
    roles = [[u.role for u in c.units] for c in parse_text(tmp_path, text).clauses if c.units]
    assert roles == [["lead", "co"], ["lead", "co"], ["lead", "co"], ["co", "co"]]


def test_a_task_merged_over_rows_printed_after_the_first_rows_time_cell(tmp_path):
    """序号 / 重点任务 / 具体举措 / 牵头单位 / 配合单位 / 完成时限, the 重点任务 cell merged over two rows and printed after the
    first's time cell (深化企业开 / 办便利化: h195, the row's units lost)."""
    text = ("济南市人民政府办公厅关于印发重点任务分工表的通知\n济政办字〔2023〕9号\n各区县人民政府：\n现将分工表印发给你们。\n"
            "序号\n重点任务\n具体举措\n牵头单位\n配合单位\n完成时限\n1\n推行企业开办“一网通办”。\n市市场监管局\n市公安局\n"
            "2023 年6 月底前\n深化企业开\n办便利化\n2\n推进电子营业执照互通互认。\n市市场监管局\n市数据局\n2023 年12 月底前\n")
    rows = [c for c in parse_text(tmp_path, text).clauses if c.text.startswith("（")]
    assert [[(u.name, u.role) for u in c.units] for c in rows] == [
        [("市市场监管局", "lead"), ("市公安局", "co")], [("市市场监管局", "lead"), ("市数据局", "co")]]
    assert rows[0].text.endswith("重点任务：深化企业开办便利化）") and [p.end for p in rows[0].periods] == [dt.date(2023, 6, 30)]


def test_a_payment_tables_bare_sums_beside_a_unit_column_and_the_next_items_own_table(tmp_path):
    """序号 / 补贴项目 / 补贴标准（元/亩） / 补贴对象 / 责任单位 with bare figures (h194: dropped), 不超过2000 a ceiling; the text's
    next item over a table of its own (（二）… / 序号 …, 2．… / 序号 …: h194, run into the last row); 县级农业农村部门、财政部门 each
    the county's."""
    head = "序号\n补贴项目\n补贴标准（元/亩）\n补贴对象\n责任单位\n"
    text = ("四川省农业农村厅关于做好补贴发放工作的通知\n川农发〔2023〕41号\n各市（州）农业农村局：\n一、补贴标准\n（一）种植业补贴。标准见下表。\n"
            + head + "1\n耕地地力保护补贴\n95\n种地农民\n县级农业农村部门、\n财政部门\n2\n高标准农田建设补助\n不超过2000\n农村集体经济组织\n"
            "县级农业农村部门\n（二）设施农业补贴。标准如下：\n序号\n补贴项目\n补贴标准\n补贴对象\n责任单位\n1\n钢架大棚\n每平方米30 元\n经营主体\n"
            "县级农业农村部门\n二、工作要求\n（一）加强组织领导。各地要高度重视。\n")
    document = parse_text(tmp_path, text)
    assert [c.path for c in document.clauses] == ["1.1", "1.1.1", "1.1.2", "1.2", "1.2.1", "2.1"]
    by_path = {c.path: c for c in document.clauses}
    assert [(a.value, a.bound, a.payment_unit) for p in ("1.1.1", "1.1.2", "1.2.1") for a in by_path[p].amounts] == [
        (95, "exact", "per-mu"), (2000, "max", "per-mu"), (30, "exact", "per-square-metre")]
    assert [u.canonical for u in by_path["1.1.1"].units] == ["四川省各县级农业农村部门", "四川省各县级财政部门"]


def test_a_short_cell_between_the_time_and_the_units_leaves_the_time_cell_its_own(tmp_path):
    """序号 / 事项名称 / 办理时限 / 收费标准 / 责任单位, a cell a line (h189: no row had its period); the fee cell labelled; an
    attachment's rows with no signature above them are its own part, not the last item's."""
    text = ("陕西省测试局关于公布事项清单的通知\n陕测发〔2023〕1号\n各设区市人民政府：\n现将事项清单予以公布。\n"
            "一、总体要求\n做到清单之外无收费。\n二、保障措施\n各设区市要于2023 年7 月15 日前报省政务服务局备案。\n"
            "附件：陕西省事项清单\n陕西省事项清单\n序号\n事项名称\n办理时限\n收费标准\n责任单位\n"
            "1\n企业设立登记\n1 个工作日\n不收费\n省市场监管局\n2\n不动产首次登记\n5 个工作\n日\n每件550\n元\n省自然资源厅\n"
            "3\n机动车驾驶证补领\n即办\n每本10 元\n省公安厅\n")
    document = parse_text(tmp_path, text)
    rows = [c for c in document.clauses if c.text.startswith("（")]
    assert [c.path for c in rows] == ["a1.1", "a1.2", "a1.3"]
    assert [c.text.split("（")[1].split("）")[1] for c in rows] == ["企业设立登记", "不动产首次登记", "机动车驾驶证补领"]
    assert [[(p.duration, p.working_days) for p in c.periods] for c in rows] == [[("P1D", True)], [("P5D", True)], [("P0D", False)]]
    assert "收费标准：每件550元" in rows[1].text and [a.value for a in rows[1].amounts] == [550]
    assert [[u.name for u in c.units] for c in rows] == [["省市场监管局"], ["省自然资源厅"], ["省公安厅"]]


def test_the_next_rows_item_after_a_whole_unit_name_is_no_part_of_it(tmp_path):
    """市工信局 / 博士后工作站 / …: the next row's item named like an organ's rest, after a whole name (the review: 市工信局博士后
    工作站); a prose paragraph after the last row, then the signature: no row (the review: the document's date lost)."""
    text = ("某市人民政府办公室关于印发支持人才发展若干措施的通知\n各县（区）人民政府：\n现将《若干措施》印发给你们。\n附件\n"
            "某市支持人才发展政策清单\n政策名称\n政策内容\n执行期限\n责任单位\n"
            "首次升规奖\n励\n给予一次性奖励10 万元。\n长期执行\n市工信局\n"
            "博士后工作站\n对新设立的博士后工作站，给予一次性建站资助50 万元。\n长期执行\n市人社局\n"
            "技能大师工作室\n对新认定的技能大师工作室给予一次性资助10 万元。\n长期执行\n市人社局\n"
            "各县（区）要高度重视\n认真抓好各项政策措施的落实，确保各项政策落地见效。\n某市人民政府办公室\n2023年4月18日\n")
    document = parse_text(tmp_path, text)
    rows = [c for c in document.clauses if c.text.startswith("（")]
    assert [[u.name for u in c.units] for c in rows] == [["市工信局"], ["市人社局"], ["市人社局"]]
    assert [c.text.split("对")[0].split("给予")[0] for c in rows] == ["（1）首次升规奖励", "（2）博士后工作站", "（3）技能大师工作室"]
    assert document.date == dt.date(2023, 4, 18)


@pytest.mark.parametrize("after", ["", "以上政策由各责任单位负责解释。\n"])
def test_a_signature_after_a_policy_list_is_no_row(tmp_path, after):
    """…省统计局 / 长期执行 / 某市人民政府办公室 / 2023年4月18日: the signing body over its date ends the table, a sentence
    opening a row too (the review: a row of the signature, the document's date lost)."""
    text = ("某市人民政府办公室关于印发支持小微企业若干措施的通知\n各县（区）人民政府：\n现将《若干措施》印发给你们。\n附件\n"
            "某市支持小微企业发展政策清单\n政策名称\n政策内容\n责任单位\n执行期限\n"
            "稳岗返还\n对不裁员的企业返还\n失业保险费。\n市人社局\n长期执行\n"
            "首次升规奖\n励\n给予一次性奖励10 万元。\n市工信局、市\n统计局\n2023 年12 月31 日\n前\n"
            + after + "某市人民政府办公室\n2023年4月18日\n")
    document = parse_text(tmp_path, text)
    rows = [c for c in document.clauses if c.text.startswith("（")]
    assert [c.text.split("（责任单位")[0] for c in rows] == ["（1）稳岗返还对不裁员的企业返还失业保险费。", "（2）首次升规奖励给予一次性奖励10万元。"]
    assert document.date == dt.date(2023, 4, 18)


def test_column_names_in_prose_without_a_units_column_last_are_no_table(tmp_path):
    """Three column names a line each, but no rows of cells after them: no table (the lines stay text)."""
    document = parse_text(tmp_path, "某市关于做好登记工作的通知\n事项名称\n实施部门\n办理时限\n请各单位按要求填报。\n")
    assert not any(c.text.startswith("（1）") for c in document.clauses)


def test_spaced_rows_with_tails_of_two_cells_an_empty_cell_and_prose_after(tmp_path):
    """A row whose task and unit cells both wrap (动过户一件事 河南省电力公司 on the next line), a time cell wrapped (3 个工作 /
    日), a helper cell written 无, and the closing paragraph after the last row (h159: rows lost or run together)."""
    text = ("河南省政务服务和大数据管理局关于印发一件事清单的通知\n各省辖市人民政府：\n现将清单印发给你们。\n"
            "序号 事项名称 法定时限 承诺时限 牵头单位 配合单位\n"
            "1 不动产登记与水电气暖联 30 个工作日 1 个工作日 省自然资源厅 省住房城乡建设厅、国网\n动过户一件事 河南省电力公司\n"
            "2 失业保险待遇申领一件事 20 个工作日 3 个工作 省人力资源社会保障厅 省医保局\n日\n"
            "3 公积金提取一件事 3 个工作日 即办 省住房城乡建设厅 无\n"
            "4 入学一件事 20 个工作日 5 个工作日 省教育厅 省公安厅、省文化和旅\n游厅\n"
            "各省辖市政务服务和大数据管理局要会同有关部门，于2023 年8 月31 日前完成流程再造和系统对接。\n")
    document = parse_text(tmp_path, text)
    rows = [c for c in document.clauses if c.text.startswith("（")]
    assert [c.text.split("（牵头单位")[0] for c in rows] == [
        "（1）不动产登记与水电气暖联动过户一件事", "（2）失业保险待遇申领一件事", "（3）公积金提取一件事", "（4）入学一件事"]
    assert [[u.name for u in c.units] for c in rows] == [
        ["省自然资源厅", "省住房城乡建设厅", "国网河南省电力公司"], ["省人力资源社会保障厅", "省医保局"], ["省住房城乡建设厅"],
        ["省教育厅", "省公安厅", "省文化和旅游厅"]]
    assert [[p.duration for p in c.periods] for c in rows] == [["P30D", "P1D"], ["P20D", "P3D"], ["P3D", "P0D"], ["P20D", "P5D"]]


def test_a_spaced_rows_long_wrapped_tail_with_commas_stays_its_row(tmp_path):
    """1 … / 全面实行电子营业执照，实现…，提高效率 / 2 …: a cell's long tail, the next row right after it (the second review: rows 2 and
    3 had been lost)."""
    text = ("某市人民政府办公室关于印发清单的通知\n各区人民政府：\n现将清单印发给你们。\n序号 重点任务 牵头单位 完成时限\n"
            "1 优化企业开办服务 市市场监管局 2023 年6 月底前\n全面实行电子营业执照，实现企业开办全程网上办理，提高效率\n"
            "2 推进不动产登记 市自然资源局 2023 年9 月底前\n3 推行联合验收 市住建局 2023 年12 月底前\n")
    rows = [c for c in parse_text(tmp_path, text).clauses if c.text.startswith("（")]
    assert [c.text[:3] for c in rows] == ["（1）", "（2）", "（3）"] and "提高效率" in rows[0].text
    assert [[u.name for u in c.units] for c in rows] == [["市市场监管局"], ["市自然资源局"], ["市住建局"]]


def test_a_list_without_row_numbers_whose_units_are_a_name_a_line(tmp_path):
    """市市场监管局 / 市税务局 a line each in the units' column: one cell (the second review: the second name opened a row)."""
    text = ("某市人民政府办公室关于印发清单的通知\n各区人民政府：\n现将清单印发给你们。\n某市人民政府办公室\n2023 年6 月2 日\n"
            "事项名称\n承诺时限\n实施部门\n企业开办\n1 个工作日\n市市场监管局\n市税务局\n不动产登记\n5 个工作日\n市自然资源局\n"
            "用水报装\n4 个工作日\n市城市管理局\n")
    rows = [c for c in parse_text(tmp_path, text).clauses if c.text.startswith("（")]
    assert [[u.name for u in c.units] for c in rows] == [["市市场监管局", "市税务局"], ["市自然资源局"], ["市城市管理局"]]


def test_time_columns_named_with_two_qualifiers_and_a_stage_column_keep_their_tables(tmp_path):
    """法定办理时限 / 承诺办理时限 (h164: the whole table lost), 序号 审批阶段 事项名称 承诺时限 责任单位 on one line, a row opening
    with 人防 (h164: read as a count, 3 人)."""
    cells = ("某市人民政府办公室关于印发清单的通知\n各区人民政府：\n现将清单印发给你们。\n序号\n事项名称\n法定办理时限\n承诺办理时限\n实施部门\n"
             "1\n企业投资项目备案\n即办\n即办\n市发展改革委\n2\n建筑工程施工许可证核发\n15 个工作日\n5 个工作日\n市住房城乡建设局\n")
    rows = [c for c in parse_text(tmp_path, cells).clauses if c.text.startswith("（")]
    assert [[p.duration for p in c.periods] for c in rows] == [["P0D", "P0D"], ["P15D", "P5D"]]
    spaced = ("某市人民政府办公室关于印发清单的通知\n各区人民政府：\n现将清单印发给你们。\n序号 审批阶段 事项名称 承诺时限 责任单位\n"
              "1 立项用地 企业投资项目备案 1 个工作日 市发展改革委\n2 施工许可 建筑工程施工许可证核发 5 个工作日 市住房城乡建设局\n"
              "3 人防工程防护设计审查 施工许可 3 个工作日 市人防办\n")
    rows = [c for c in parse_text(tmp_path, spaced, "b.txt").clauses if c.text.startswith("（")]
    assert [[u.name for u in c.units] for c in rows] == [["市发展改革委"], ["市住房城乡建设局"], ["市人防办"]]


@pytest.mark.parametrize("header", ["序号 政策名称 补贴标准 申请条件\n经办部门\n", "序号 政策名称 补贴标准 申请条\n件 经办部门\n",
                                    "序号 政策名称 补贴\n标准 申请条件 经办部门\n"])
def test_a_spaced_header_wider_than_the_page_goes_on_on_the_next_line(header):
    """序号 政策名称 补贴标准 申请条 / 件 经办部门 (h213: the table lost, the header read as row 1's text, the units lost): the
    next line's cells are the header's, a cell cut at the line's end made whole."""
    body = "1\n一次性创业补贴\n每户5000 元\n首次创办小微企业\n县人社局\n2\n社会保险补贴\n每人每月500 元\n吸纳脱贫劳动力就业\n县人社局、县财政局\n"
    assert rows(header + body) == ["（1）一次性创业补贴每户5000元首次创办小微企业（经办部门：县人社局）",
                                   "（2）社会保险补贴每人每月500元吸纳脱贫劳动力就业（经办部门：县人社局、县财政局）"]


def test_a_cells_figure_on_a_line_of_its_own_before_its_measure_is_the_cells():
    """5000 / 元, 每户企业不超过 / 3 / 万元 (h213: the figure dropped as a page number, or read as row 3, which swallowed row 2)."""
    header = "序号 政策名称 补贴标准 申请条件 经办部门\n"
    got = rows(header + "1\n社会保险补贴\n每户企业不超过\n3\n万元\n吸纳脱贫劳动力就业\n县人社局\n2\n一次性创业补贴\n5000\n元\n首次创办小微企业\n"
               "县人社局、县财政局\n")
    assert got == ["（1）社会保险补贴每户企业不超过3万元吸纳脱贫劳动力就业（经办部门：县人社局）",
                   "（2）一次性创业补贴5000元首次创办小微企业（经办部门：县人社局、县财政局）"]


def test_a_loan_tables_cells_a_line_each_are_labelled_with_their_columns():
    """序号 / 贷款对象 / 额度上限（万元） / 财政贴息比例 / 贴息期限 (h216: read as a table of label runs, the row numbers as sums of
    1万元, or run together as 个人30万元100%3年, the cap, the rate's column and the term lost): each cell after the first its
    column's, a cap column's figure a cap."""
    text = "序号\n贷款对象\n额度上限（万元）\n财政贴息比例\n贴息期限\n1\n个人\n30\n100%\n3 年\n2\n小微企业\n400\n50%\n2 年\n"
    assert rows(text) == ["（1）个人，额度上限：最高30万元，财政贴息比例：100%，贴息期限：3年",
                          "（2）小微企业，额度上限：最高400万元，财政贴息比例：50%，贴息期限：2年"]


H218_HEADER = "为推进工作，现就任务分工如下：\n序号\n重点任务\n具体措施\n牵头单位\n配合单位\n完成时限\n一、加强监管执法\n1\n推行包容审慎监管\n动态调整轻微违法行为不予处罚\n清单。\n省司法厅\n省直有关执法部门\n2023 年6 月底前\n"


def test_a_last_rows_time_cell_as_the_row_aboves_ends_the_table_before_the_text_after_it():
    """… / 人行合肥中心支行 / 同上 / 各地各部门要高度重视，… (h218: the text after the table read into the last row, its units and
    its 同上 lost, the closing request the row's deadline): 同上 is the row's time cell, as a date would be; the task cell's
    同上 the row above's task."""
    text = H218_HEADER + "2\n同上\n健全信用修复机制。\n省发展改革委\n人行合肥中心支行\n同上\n各地各部门要高度重视，按照任务分工抓好贯彻落实。各地各部门要于每年\n12 月10 日前报送年度工作总结。\n"
    got = split_paragraphs(text)
    assert [p.text for p in got if p.text.startswith("（2）")] == [
        "（2）健全信用修复机制。（牵头单位：省发展改革委；配合单位：人行合肥中心支行；完成时限：2023年6月底前；重点任务：推行包容审慎监管）"]
    assert got[-1].text == "各地各部门要高度重视，按照任务分工抓好贯彻落实。各地各部门要于每年12月10日前报送年度工作总结。"


def test_both_unit_cells_as_the_row_aboves_are_the_row_aboves():
    """… / 同上 / 同上 / 2023 年底前 under 牵头单位 / 配合单位 (h218: one 同上 left in the row's text, the helpers lost)."""
    text = H218_HEADER + "2\n健全信用体系\n健全信用修复机制。\n同上\n同上\n2023 年底前\n3\n优化执法方式\n推行非现场监管。\n省市场监管局\n省司法厅\n2023 年底前\n"
    assert rows(text)[1] == "（2）健全信用修复机制。（牵头单位：省司法厅；配合单位：省直有关执法部门；完成时限：2023年底前；重点任务：健全信用体系）"


def test_a_row_opening_with_a_word_of_yuan_is_a_row():
    """3 / 元宇宙 / … (the review of the figure-before-its-measure rule: the row merged into the one above): 元 before another
    character opens a word, no measure."""
    header = "序号 重点任务 具体措施 牵头单位\n"
    got = rows(header + "1\n数字政府\n推进数据共享。\n市数据局\n2\n数字经济\n发展数字产业。\n市工信局\n3\n元宇宙\n打造元宇宙应用场景。\n市科技局\n")
    assert [r[:3] for r in got] == ["（1）", "（2）", "（3）"] and got[2].startswith("（3）打造元宇宙应用场景。（牵头单位：市科技局")


def test_a_task_cell_as_the_row_aboves_is_no_time_cell_ending_the_table():
    """2 / 同上 / 健全信用修复机制。 / 省发展改革委 / 人行合肥中心支行 / 适时推进 (the review: the 同上 opening the row taken for its time
    cell, the row cut to （2）同上): the row keeps its text."""
    got = rows(H218_HEADER + "2\n同上\n健全信用修复机制。\n省发展改革委\n人行合肥中心支行\n适时推进\n")
    assert got[1].startswith("（2）健全信用修复机制。")


def test_a_contact_list_numbered_is_no_table_of_tasks():
    """序号 / 单位 / 联系人 / 联系电话 (h228: a clause per contact, each unit a lead): no task column, a list of contacts."""
    assert rows("附件\n市直有关部门联系表\n序号\n单位\n联系人\n联系电话\n1\n市经济和信息化局\n王 明\n0551-63538012\n2\n市科技局\n李 华\n"
                "0551-63538254\n") == []


@pytest.mark.parametrize("when", ["即申即享", "免申即享", "及时兑现", "随时受理"])
def test_a_payment_time_cell_of_no_date_is_the_time_cell(when):
    """兑现时间：即申即享 (h228: not read as the time cell, the unit cell glued to the row's text, no unit)."""
    text = ("序号\n政策事项\n政策内容\n责任单位\n兑现时间\n1\n研发费用补助\n对规上工业企业研发费用给予补助，每家最高50 万元\n市科技局\n"
            f"{when}\n2\n企业上市奖励\n对在境内主板上市的企业给予奖励300 万元\n市金融办\n2023 年12 月底前\n")
    assert rows(text)[0].endswith(f"（责任单位：市科技局；兑现时间：{when}）")


def test_a_last_row_all_as_the_row_aboves_before_the_text_after_the_table():
    """2 / 健全信用体系 / 健全信用修复机制。 / 同上 / 同上 / 同上 / 各地各部门要… (the third review: the closing text read into the row, its
    units lost): the last 同上 after another 同上 is the time cell."""
    got = rows(H218_HEADER + "2\n健全信用体系\n健全信用修复机制。\n同上\n同上\n同上\n各地各部门要高度重视，按照任务分工抓好贯彻落实。\n")
    assert got[1] == "（2）健全信用修复机制。（牵头单位：省司法厅；配合单位：省直有关执法部门；完成时限：2023年6月底前；重点任务：健全信用体系）"


TIER_TABLE = ("一、奖励标准\n（一）创新平台奖励。对新认定的创新平台按级别给予一次性奖励，标准见下表。\n序号\n平台类型\n国家级（万元）\n省级（万元）\n"
              "市级（万元）\n1\n重点实验室、技术创新中心\n300\n50\n10\n2\n企业技术中心\n200\n30\n5\n"
              "（二）高新技术企业奖励。对首次认定的高新技术企业一次性奖励10万元。\n")


def test_a_table_of_sums_by_tier_measured_in_its_header_reads_each_sum(tmp_path):
    """序号 / 平台类型 / 国家级（万元） / 省级（万元） / 市级（万元） / 1 / … / 300 / 50 / 10 (h241: no header read, the sums glued into
    30050102 and lost): a column named by anything with its money measure is a column of sums; the measures are no notes
    for the rows."""
    doc = parse_text(tmp_path, TIER_TABLE)
    texts = [c.text for c in doc.clauses]
    assert texts == ["（一）创新平台奖励。对新认定的创新平台按级别给予一次性奖励，标准见下表。",
                     "（1）重点实验室、技术创新中心，国家级：300万元，省级：50万元，市级：10万元",
                     "（2）企业技术中心，国家级：200万元，省级：30万元，市级：5万元", "（二）高新技术企业奖励。对首次认定的高新技术企业一次性奖励10万元。"]
    assert [[a.value for a in c.amounts] for c in doc.clauses[1:3]] == [[3e6, 5e5, 1e5], [2e6, 3e5, 5e4]]
    # a list of conditions opened mid-line in a row's cell stays the row's (the third review: cut into the text's items)
    listed = parse_text(tmp_path, TIER_TABLE.replace("2\n企业技术中心\n200\n30\n5\n", "2\n企业技术中心\n200\n30\n5\n同时符合：（一）在本市\n注册。\n"
                                                      "（二）依法纳税。\n（三）无失信记录。\n"))
    assert [c.number for c in listed.clauses] == ["（一）", "1", "2", "（二）"] and listed.clauses[2].text.endswith("（三）无失信记录。")
    # a short sentence numbered on after the rows ends the table (the second review: run into the last row)
    short = parse_text(tmp_path, TIER_TABLE.replace("（二）高新技术企业奖励。对首次认定的高新技术企业一次性奖励10万元。", "（二）资金由市财政局统筹安排。"))
    assert [c.text for c in short.clauses][2:] == ["（2）企业技术中心，国家级：200万元，省级：30万元，市级：5万元", "（二）资金由市财政局统筹安排。"]


def test_a_concept_named_only_by_a_column_label_has_no_text_of_the_row(tmp_path):
    """（1）个人，额度上限：最高30万元，财政贴息比例：100% (h241's review: 贴息 found in the label put before the cell was cited as
    the source's '1'): the mention is kept, its span empty at the cell, since the row's text does not write it."""
    doc = parse_text(tmp_path, "一、标准\n（一）贷款贴息。标准见下表。\n序号\n贷款对象\n额度上限（万元）\n财政贴息比例\n1\n个人\n30\n100%\n2\n小微企业\n"
                     "300\n50%\n（二）创业担保贷款。对符合条件的小微企业给予创业担保贷款支持。\n")
    row = doc.clauses[1]
    assert row.text == "（1）个人，额度上限：最高30万元，财政贴息比例：100%"
    assert [(m.concept, m.span.text, m.span.start == m.span.end) for m in row.instruments] == [("loan-interest-subsidy", "", True)]


SHANGHAI_HEADER = "序号\n改革事项\n具体举措\n牵头部门\n配合部门\n完成时间\n"


@pytest.mark.parametrize("cells, expected", [
    # 各街镇 as the lead cell (h239: the row above's lead taken, 各街镇区投资促进办 one helper)
    ("各街镇\n区投资促进办\n", "（牵头部门：各街镇；配合部门：区投资促进办；"),
    # cells a line each, the second opening with no level (h239: 区住房建设委规划资源局 / 滨海新区分局)
    ("区住房建设委\n规划资源局滨海新区分局、区政务服务办\n", "（牵头部门：区住房建设委；配合部门：规划资源局滨海新区分局、区政务服务办；"),
    # (the second review: 各区县 whole, and a list wrapped after its 、 one cell, the lead the row above's)
    ("各区县人民政府\n区投资促进办\n", "（牵头部门：各区县人民政府；配合部门：区投资促进办；"),
    ("市发展改革委、市财政局、\n市人力资源社会保障局\n", "（牵头部门：区市场监管局；配合部门：市发展改革委、市财政局、市人力资源社会保障局；"),
])
def test_unit_cells_a_line_each_or_every_place_below_are_told_apart(cells, expected):
    text = SHANGHAI_HEADER + "1\n企业开办\n推广“一照多址”改革。\n区市场监管局\n区税务局\n2023年6月底前\n2\n企业服务\n建立服务专员制度。\n" + cells + "持续推进\n"
    assert expected in rows(text)[1]


def test_a_grid_companys_local_office_after_its_name_is_one_unit(tmp_path):
    """（牵头单位：国网上海市电力公司市北供电公司；…） (h239: split at 市北, a district of 青岛)."""
    doc = parse_text(tmp_path, "静安区人民政府办公室关于印发行动方案的通知\n静府办发〔2023〕6号\n一、重点任务\n"
                               "（一）优化获得电力服务。（牵头单位：国网上海市电力公司市北供电公司；配合单位：区发展改革委）\n")
    assert roles(doc.clauses) == [[("国网上海市电力公司市北供电公司", "lead"), ("区发展改革委", "co")]]


def test_a_one_thing_lists_departments_concerned_are_a_unit_column(tmp_path):
    """序号 事项名称 涉及部门 办理时限 牵头单位 (h255: no table, 20 units and 6 limits lost): the departments concerned beside the
    row's lead."""
    doc = parse_text(tmp_path, "新乡市人民政府办公室关于印发实施方案的通知\n新政办〔2024〕20号\n一、工作任务\n（一）梳理清单。\n"
                               "序号 事项名称 涉及部门 办理时限 牵头单位\n1 新生儿出生“一件事” 市卫生健康委、市公安局、市医保局 5 个工作日 市卫生健康委\n"
                               "2 开办运输企业“一件事” 市交通运输局、市市场监管局、市税务局 8 个工作日 市交通运输局\n")
    assert roles(doc.clauses) == [[("市卫生健康委", "lead"), ("市公安局", "co"), ("市医保局", "co")],
                                      [("市交通运输局", "lead"), ("市市场监管局", "co"), ("市税务局", "co")]]



def test_an_article_cited_in_a_rows_cell_opens_no_list_of_its_own(tmp_path):
    """… / 符合第五条（一）项规定。 / （二）人才奖励。 (the fourth review: the text's next item pulled into the last row)."""
    text = ("一、奖励标准\n（一）创新平台奖励。对新认定的创新平台按级别给予一次性奖励，标准见下表。\n序号\n平台类型\n国家级（万元）\n省级（万元）\n申报条件\n"
            "1\n重点实验室\n300\n50\n依托单位在本市注册。\n2\n企业技术中心\n200\n30\n符合第五条（一）项规定。\n（二）人才奖励。\n"
            "对新引进的高层次人才，给予一次性安家补贴20万元。\n二、本办法由市科技局负责解释。\n")
    assert [c.number for c in parse_text(tmp_path, text).clauses] == ["（一）", "1", "2", "（二）", "二、"]


ALLOTMENT = ("附件\n2023年各旗县（市、区）清洁取暖改造任务分解表\n旗县（市、区） 改造任务（户） 责任单位\n"
             "锡林浩特市 4000 锡林浩特市人民政府\n正蓝旗 1500 正蓝旗人民政府\n多伦县 1500 多伦县人民政府\n")


def test_an_allotment_by_place_without_row_numbers_is_a_table():
    """旗县（市、区） 改造任务（户） 责任单位: an annex's task allotted by place, its header spaced on one line with no 序号 and
    a count's measure in brackets; the table had been lost, read as one paragraph of the closing text (a blind test, h270)."""
    assert rows(ALLOTMENT) == ["（1）锡林浩特市，改造任务4000户（责任单位：锡林浩特市人民政府）",
                               "（2）正蓝旗，改造任务1500户（责任单位：正蓝旗人民政府）",
                               "（3）多伦县，改造任务1500户（责任单位：多伦县人民政府）"]


def test_an_allotment_by_place_with_row_numbers_names_its_counts():
    """序号 县（市、区） 目标任务（套） 责任单位: a place column and a count's measure named no column, so the table was lost."""
    table = "序号 县（市、区） 目标任务（套） 责任单位\n1 宁乡市 1200 宁乡市人民政府\n2 浏阳市 900 浏阳市人民政府\n"
    assert rows(table) == ["（1）宁乡市，目标任务1200套（责任单位：宁乡市人民政府）",
                           "（2）浏阳市，目标任务900套（责任单位：浏阳市人民政府）"]


def test_spaced_places_without_a_unit_column_or_rows_opening_with_places_are_no_table():
    """A header of places and counts only (no one answers for the rows), or lines after it that do not open with a place,
    are left as text."""
    assert rows("旗县（市、区） 改造任务（户） 完成率（%）\n锡林浩特市 4000 95\n正蓝旗 1500 90\n") == []
    assert rows("旗县（市、区） 改造任务（户） 责任单位\n合计 5500 盟行政公署\n其中 1500 盟住建局\n") == []


def test_an_annex_allotted_by_place_after_the_signature_gives_each_place_its_clause(tmp_path):
    """The allotment printed as the annex after the signature: each row a clause of the annex, its unit the lead (h270 F5)."""
    text = ("锡林郭勒盟行政公署办公室关于做好清洁取暖工作的通知\n锡署办发〔2023〕60号\n各旗县（市、区）人民政府：\n"
            "一、各旗县（市、区）人民政府要于2023年10月15日前完成改造任务，具体任务见附件。\n"
            "附件：2023年各旗县（市、区）清洁取暖改造任务分解表\n\n锡林郭勒盟行政公署办公室\n2023年8月25日\n\n" + ALLOTMENT)
    doc = parse_text(tmp_path, text)
    annexed = [c for c in doc.clauses if c.path.startswith("a1.")]
    assert [(c.path, [(u.name, u.role) for u in c.units]) for c in annexed] == [
        ("a1.1", [("锡林浩特市人民政府", "lead")]), ("a1.2", [("正蓝旗人民政府", "lead")]), ("a1.3", [("多伦县人民政府", "lead")])]
    assert not any("改造任务" in s.text for s in doc.segments if s.kind == "closing" and "4000" in s.text)


def test_a_note_under_a_table_is_the_tables_not_its_last_rows(tmp_path):
    """说明：1.同一项目按就高原则执行…；2.申报时间为2024 年4 月1 日至5 月31 日 after the table's last row: the note had been glued to
    that row, the window its period (a blind test, h271 F5); closing text now, the window set on it."""
    text = ("绍兴市市场监督管理局关于印发2024 年度绍兴市知识产权资助奖励标准的通知\n绍市监〔2024〕33 号\n各区、县（市）市场监督管理局：\n"
            "现将《2024 年度绍兴市知识产权资助奖励标准》印发给你们，请遵照执行。\n绍兴市市场监督管理局\n2024 年3 月5 日\n"
            "2024 年度绍兴市知识产权资助奖励标准\n序号\n项目类别\n资助奖励内容\n标准\n1\n商标品牌\n新注册地理标志证明商标\n每件30 万元\n"
            "2\n知识产权保护\n海外知识产权维权\n按实际维权费用的50%补助，每家最高30 万元\n"
            "说明：1.同一项目按就高原则执行，不重复享受；2.申报时间为2024 年4 月1 日至5 月31\n日，逾期不予受理。\n")
    doc = parse_text(tmp_path, text)
    assert doc.clauses[-1].text.endswith("每家最高30万元") and doc.clauses[-1].periods == []
    note = next(s for s in doc.segments if s.kind == "closing" and s.text.startswith("说明："))
    assert [(p.kind, p.begin, p.end) for p in note.periods] == [("interval", dt.date(2024, 4, 1), dt.date(2024, 5, 31))]


def test_a_task_cells_wrapped_end_before_the_lead_cell_stays_the_tasks():
    """1 / 建立营商环境投诉 / 处理机制 / 市政务服务监督管理局 / 市直各有关部门 / 2025 年9 月底前: the task's last line had been read as the
    lead's name's first (处理机制市政务服务监督管理局, a zone's 管理局: h275 F3, h269 F2); a line opening no name before one opening its
    own is the task's. A unit cell wrapped as a sentence (市市场监管局牵头， / 市公安局…配合) stays the units'."""
    table = ("序号\n重点任务\n牵头单位\n配合单位\n完成时限\n1\n建立营商环境投诉\n处理机制\n市政务服务监督管理局\n市直各有关部门\n2025 年9 月底前\n"
             "2\n推行工程建设项目联合验收\n市住房城乡建设局\n市自然资源和规划局\n长期坚持\n")
    assert rows(table) == ["（1）建立营商环境投诉处理机制（牵头单位：市政务服务监督管理局；配合单位：市直各有关部门；完成时限：2025年9月底前）",
                           "（2）推行工程建设项目联合验收（牵头单位：市住房城乡建设局；配合单位：市自然资源和规划局；完成时限：长期坚持）"]


def test_a_time_columns_note_stays_and_rows_numbered_in_order_print_no_number(tmp_path):
    """完成时限（除注明外均为2024年12月底前）: a note on the time column, a rule on every row, stays (the review: lost with the
    notes on columns of figures, h273 F1); rows numbered by their order (an allotment by place) print no number, not their
    place's first character (锡, 二: the review)."""
    notes = ("某市人民政府办公室关于印发某市2024年优化营商环境重点任务清单的通知\n某政办发〔2024〕5号\n各县（市、区）人民政府，市政府各部门：\n"
             "现将《某市2024年优化营商环境重点任务清单》印发给你们，请认真抓好落实。\n附件\n某市2024年优化营商环境重点任务清单\n"
             "序号\n重点任务\n责任单位\n完成时限（除注明外均为2024年12月底前）\n1\n推行企业开办“一网通办”，实现企业开办全程网上办理。\n"
             "市市场监管局\n2024年6月底前\n2\n推进不动产登记“一窗受理”。\n市自然资源局\n长期坚持\n")
    doc = parse_text(tmp_path, notes)
    assert any(s.text == "完成时限（除注明外均为2024年12月底前）" for s in doc.segments)
    doc = parse_text(tmp_path, ALLOTMENT, name="allotment.txt")
    assert [c.number for c in doc.clauses] == ["", "", ""]


def test_the_sentence_after_a_payment_tables_last_row_is_no_cell_of_it():
    """… / 2 / 二类区域 / 乡镇所在地中小学 / 300 / 原每人每月200元的统一补助标准同时停止执行。: the sentence had been read into the last
    row, its cells losing their columns' names (a blind test, h281 F4)."""
    table = ("序号\n区域类别\n适用范围\n补助标准\n（元/人·月）\n1\n一类区域\n边远村小、教学点\n700\n2\n二类区域\n乡镇所在地中小学\n300\n"
             "原每人每月200元的统一补助标准同时停止执行。\n")
    assert rows(table) == ["（1）一类区域，适用范围：边远村小、教学点，补助标准：700元/人·月",
                           "（2）二类区域，适用范围：乡镇所在地中小学，补助标准：300元/人·月"]


def test_every_school_of_the_place_in_a_unit_cell():
    """县教育局、各中小学校 in a 责任单位 cell: the schools named no organ's ending, and the row's units were all lost (a blind test,
    h281 F5)."""
    table = ("序号\n工作任务\n责任单位\n完成时限\n1\n实施中小学教师全员培训，每名教师每五年累计参加\n培训不少于360学时。\n县教育局、各中小学校\n"
             "2025年12月底前\n2\n落实乡村教师培训补助。\n县财政局、县教育局\n2024年12月20日前\n")
    assert rows(table)[0] == "（1）实施中小学教师全员培训，每名教师每五年累计参加培训不少于360学时。（责任单位：县教育局、各中小学校；完成时限：2025年12月底前）"


def test_a_spaced_rows_task_heading_closed_on_its_line_and_a_roles_cell_wrapped_alone():
    """1 落实…制度。县级河湖长每季度 县河长办… 全年 / 巡河不少于1次。: the task's heading closed by 。 on the row's line had sent its
    wrapped words after the time cell (h282 F9); …县农业农村局、 / 相关乡镇人民政府配合: the roles cell wrapped alone had been glued to
    the time cell, its unit lost (h282 F10)."""
    header = "序号    工作任务                                   责任单位                       完成时限\n"
    first = ("1       落实河湖长巡河巡湖制度。县级河湖长每季度     县河长办，各乡镇人民政府         全年\n        巡河不少于1次。\n"
             "2       加强河道采砂管理，严厉打击非法采砂行为。     县水利局                         长期坚持\n")
    assert rows(header + first)[0] == "（1）落实河湖长巡河巡湖制度。县级河湖长每季度巡河不少于1次。（责任单位：县河长办，各乡镇人民政府；完成时限：全年）"
    second = ("1       开展城西湖、城东湖水环境综合治理。           县生态环境分局牵头，县农业农村局、 2024年10月底前\n"
              "                                                     相关乡镇人民政府配合\n"
              "2       加强河道采砂管理，严厉打击非法采砂行为。     县水利局                         长期坚持\n")
    assert rows(header + second)[0] == ("（1）开展城西湖、城东湖水环境综合治理。（责任单位：县生态环境分局牵头，县农业农村局、相关乡镇人民政府配合；"
                                        "完成时限：2024年10月底前）")


def test_an_item_opening_with_its_date_after_a_tables_last_figure(tmp_path):
    """街道 / 改造小区（个） / 加装电梯（台） / … / 合计 / 17 / 60 / 2.9月30日前，全面完成…: the item had gone on the table's last
    figure's line (…17602.9月30日前), its unit and deadline item 1's (h286 F1); 2.9月30日 after 2. is an item's date. A decimal
    opening the line there (2.9万户) is no item."""
    head = "天宁区2024年老旧小区改造工作要点\n一、改造任务\n1.全年完成城镇老旧小区改造17个。各街道年度任务如下：\n"
    table = "街道\n改造小区（个）\n加装电梯（台）\n天宁街道\n4\n12\n茶山街道\n13\n48\n合计\n17\n60\n"
    item = "2.9月30日前，全面完成17个改造小区的开工建设。（责任单位：区住建局）\n3.优化审批服务。区住建局牵头，设立受理窗口。\n"
    doc = parse_text(tmp_path, head + table + item)
    second = next(c for c in doc.clauses if c.number == "2.")
    assert second.text.startswith("2.9月30日前") and [u.name for u in second.units] == ["区住建局"]
    assert "9月30日" not in next(c for c in doc.clauses if c.number == "1.").text
    decimal = head + table + "2.9万户居民受益。\n"
    assert [c.number for c in parse_text(tmp_path, decimal, name="decimal.txt").clauses] == ["1."]


def test_a_sentence_under_a_tables_rows_is_the_articles_not_the_last_rows(tmp_path):
    """h299 F2: 第四条 …标准如下： / 序号 / 案件类型 / 补贴标准（元/件） / 1 / 刑事案件 / 1000 / 2 / 代写法律文书 / 100 / 同一刑事案件…按相应阶段
    标准的70%计发。: the table ends before the sentence, yet it had gone into the last row's clause, its 70% that row's. It is the
    article's text after its rows; the rows keep their own sums."""
    text = ("河北省司法厅 河北省财政厅关于印发法律援助补贴办法的通知\n冀司〔2024〕18号\n第四条 法律援助补贴按件计算。各类案件的基本补贴标准如下：\n"
            "序号\n案件类型\n补贴标准（元/件）\n1\n刑事案件\n1000\n2\n代写法律文书\n100\n"
            "同一刑事案件由同一承办人员承办两个以上诉讼阶段的，自第二个阶段起按相应阶段标准的70%计发。\n第五条 本办法自2024年5月1日起施行。\n"
            "河北省司法厅 河北省财政厅\n2024年3月15日\n")
    doc = parse_text(tmp_path, text)
    article, first, last = doc.clauses[:3]
    assert article.text.endswith("按相应阶段标准的70%计发。") and [r.percent for r in article.rates] == [70]
    assert last.text == "（2）代写法律文书100元/件" and not last.rates
    assert [(a.value, a.payment_unit) for c in (first, last) for a in c.amounts] == [(1000, "per-item"), (100, "per-item")]


def test_a_first_cell_wrapped_inside_its_bracket_keeps_the_rows_labels(tmp_path):
    """h299 F10 (河北): 4 / 民事案件（含劳动争议 / 仲裁） / 一审、二审 / 2000: the first cell wrapped inside its bracket gave the row one
    cell more than its columns, read with no column's name (民事案件（含劳动争议仲裁）一审、二审2000元/件). A bracket the line leaves
    open goes on on the next line: one cell. A line opening no bracket's close is no such rest."""
    head = "某省法律援助补贴办法\n第四条 各类案件的基本补贴标准如下：\n序号\n案件类型\n承办阶段\n补贴标准（元/件）\n"
    table = "1\n刑事案件\n侦查阶段\n1000\n2\n民事案件（含劳动争议\n仲裁）\n一审、二审\n2000\n3\n行政案件\n一审、二审\n2200\n第五条 本办法自2024年5月1日起施行。\n"
    clauses = parse_text(tmp_path, head + table).clauses
    assert clauses[2].text == "（2）民事案件（含劳动争议仲裁），承办阶段：一审、二审，补贴标准：2000元/件"
    assert clauses[3].text == "（3）行政案件，承办阶段：一审、二审，补贴标准：2200元/件"
    unclosed = table.replace("仲裁）", "仲裁")
    assert "承办阶段" not in parse_text(tmp_path, head + unclosed, name="unclosed.txt").clauses[2].text


def test_a_worded_tables_condition_cell_wrapped_over_two_lines(tmp_path):
    """h299 F10 (南宁): 纠纷类别 / 认定条件 / 补贴标准 / 简易纠纷 / 当场调解达成口头协议的 / 每件50元 / 较大纠纷 / 涉及金额10万元以上或当事人 /
    5人以上的 / 每件400元 / 重大疑难纠纷 / 经县级司法局认定的 / 每件600元至1000元: the wrapped condition cell (and its figures) and
    the range's cell had stopped the rows being read, the table glued into one line. A row one line longer than its cells, its
    widest label line going on on a shorter one, is a label wrapped; a condition cell may count (5人以上); a range is a sum's
    cell. A row whose extra line is the widest is no wrap: no row read there (one row before it: no table, as before)."""
    head = "南宁市人民调解“以案定补”实施办法\n二、补贴标准\n（一）个案补贴按纠纷类别确定，具体标准如下：\n纠纷类别\n认定条件\n补贴标准\n"
    table = ("简易纠纷\n当场调解达成口头协议的\n每件50元\n较大纠纷\n涉及金额10万元以上或当事人\n5人以上的\n每件400元\n重大疑难纠纷\n经县级司法局认定的\n"
             "每件600元至1000元\n（二）同一纠纷经两次以上调解达成协议的，只计发一次补贴。\n")
    clause = parse_text(tmp_path, head + table).clauses[0]
    assert clause.text.split("\n")[2:] == ["简易纠纷，当场调解达成口头协议的，补贴标准：每件50元",
                                           "较大纠纷，涉及金额10万元以上或当事人5人以上的，补贴标准：每件400元",
                                           "重大疑难纠纷，经县级司法局认定的，补贴标准：每件600元至1000元"]
    assert [(a.value, a.bound, a.payment_unit, a.threshold) for a in clause.amounts] == [
        (50, "exact", "per-item", False), (100000, "min", None, True), (400, "exact", "per-item", False),
        (600, "min", "per-item", False), (1000, "max", "per-item", False)]
    longer = table.replace("涉及金额10万元以上或当事人\n5人以上的", "较大\n涉及金额10万元以上或当事人5人以上的")
    assert "较大纠纷，" not in parse_text(tmp_path, head + longer, name="longer.txt").clauses[0].text


CHANGFENG = "长丰县2024年稳就业工作方案\n二、重点任务\n"
BAR_ROWS = ("1 | 开发乡村公益性岗位800个 | 县人社局 | 县乡村振兴局 | 2024年4月30日前\n"
            "2 | 开展职业技能培训5000人次以上 | 县人社局 | 县总工会、团县委 | 长期坚持\n")


@pytest.mark.parametrize("table", [
    "序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限\n" + BAR_ROWS,
    "序号｜工作任务｜牵头单位｜配合单位｜完成时限\n" + BAR_ROWS.replace(" | ", "｜"),
    # a Markdown table, its rule under the header
    "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
    + "".join(f"| {row} |\n" for row in BAR_ROWS.splitlines()),
])
def test_a_task_table_with_bars_between_its_cells_is_read_as_one(tmp_path, table):
    """序号 | 工作任务 | 牵头单位 | … (Word's table converted to text with | between the cells, or a Markdown table): its rows had
    been glued into the clause before, their units lost, where the same table with tabs was read (a blind test, h302 F5)."""
    doc = parse_text(tmp_path, CHANGFENG + table)
    rows_read = [c for c in doc.clauses if c.number in ("1", "2")]
    assert [c.text for c in rows_read] == [
        "（1）开发乡村公益性岗位800个（牵头单位：县人社局；配合单位：县乡村振兴局；完成时限：2024年4月30日前）",
        "（2）开展职业技能培训5000人次以上（牵头单位：县人社局；配合单位：县总工会、团县委；完成时限：长期坚持）"]
    assert roles(rows_read) == [[("县人社局", "lead"), ("县乡村振兴局", "co")],
                                [("县人社局", "lead"), ("县总工会", "co"), ("团县委", "co")]]
    assert rows_read[0].units[0].canonical == "长丰县人力资源和社会保障局"


def test_bars_in_one_line_or_in_lines_of_unlike_cells_are_no_table():
    """A site's menu (首页 | 机构概况 | 政务公开 | 政策文件, one line) and lines whose bars part unlike numbers of cells are no
    bar-parted table (h302 F5's rule wants a run of rows alike): the text kept as it was."""
    one = "序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限\n各单位要认真落实。\n"
    assert "".join(p.text for p in split_paragraphs(one)) == "序号|工作任务|牵头单位|配合单位|完成时限各单位要认真落实。"
    unlike = "甲 | 乙 | 丙\n丁 | 戊 | 己 | 庚\n"
    assert "|" in "".join(p.text for p in split_paragraphs(unlike))


PAYMENT_TABLE = ("长丰县2024年稳就业工作方案\n一、工作目标\n2024年全县城镇新增就业6500人以上。\n二、补贴政策\n"
                 "2024年全县执行的主要就业补贴标准如下：\n补贴项目\t补贴对象\t补贴标准\t补贴期限\t受理部门\n"
                 "一次性吸纳就业补贴\t招用脱贫劳动力的县内企业\t每人1000元\t一次性\t县人社局\n"
                 "公益性岗位补贴\t安置在乡村公益性岗位的人员\t每人每月600元\t最长3年\t各乡镇人民政府\n"
                 "一次性创业补贴\t首次创办小微企业的返乡创业人员\t每户5000元\t一次性\t县人社局\n"
                 "就业见习补贴\t吸纳见习人员的见习单位\t每人每月1530元\t最长12个月\t县人社局\n"
                 "三、保障措施\n县财政局要将就业补助资金足额纳入年度预算。\n")


def test_a_payment_table_with_tabs_between_its_cells_is_read_as_one(tmp_path):
    """补贴项目<tab>补贴对象<tab>补贴标准…: the tabs had been dropped, the cells glued, and the sums given the next row's instrument
    and group (1000元 public-welfare-post, 5000元 internship-subsidy, 600元 and 1530元 small-micro-enterprises: a blind test,
    h302 F7); read as the same table with spaces is."""
    doc = parse_text(tmp_path, PAYMENT_TABLE)
    spaced = parse_text(tmp_path, PAYMENT_TABLE.replace("\t", "  "), name="spaced.txt")
    paid = [(a.value, a.instrument, a.group) for c in doc.clauses for a in c.amounts]
    assert paid == [(a.value, a.instrument, a.group) for c in spaced.clauses for a in c.amounts]
    assert paid == [(1000, "one-off-hiring-subsidy", "poor-labour"), (600, "public-welfare-post", None),
                    (5000, "start-up-subsidy", "small-micro-enterprises"), (1530, "internship-subsidy", None)]
    assert "一次性吸纳就业补贴，补贴对象：招用脱贫劳动力的县内企业" in doc.clauses[1].text
    assert {u.name for u in doc.clauses[1].units} == {"县人社局", "各乡镇人民政府"}


@pytest.mark.parametrize("gap", ["\t", "  "])
@pytest.mark.parametrize("town", ["双墩镇人民政府", "双墩镇政府", "杨庙乡人民政府"])
def test_a_towns_government_named_in_a_unit_cell(tmp_path, gap, town):
    """2 建设县级零工市场1个 县人社局 双墩镇人民政府 2024年9月底前: a town's government by its name, which no gazetteer holds,
    had kept the row from being cut into cells, its units lost (a blind test, h302 F6); a 县财政局 in its place was read."""
    table = (gap.join(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]) + "\n"
             + gap.join(["1", "开发乡村公益性岗位800个", "县人社局", "县乡村振兴局", "2024年4月30日前"]) + "\n"
             + gap.join(["2", "建设县级零工市场1个", "县人社局", town, "2024年9月底前"]) + "\n")
    doc = parse_text(tmp_path, CHANGFENG + table)
    second = next(c for c in doc.clauses if c.number == "2")
    assert second.text == f"（2）建设县级零工市场1个（牵头单位：县人社局；配合单位：{town}；完成时限：2024年9月底前）"
    assert roles([second]) == [[("县人社局", "lead"), (town, "co")]]
    assert second.periods[0].end == dt.date(2024, 9, 30)


def test_a_task_cell_ending_in_a_towns_name_is_no_unit_cell():
    """建设双墩镇 (a task's words ending in a town) and 双墩镇人民政府办公楼 (a building): no unit cells (h302 F6's rule wants the
    town's government or office whole)."""
    from policykg.ingest.tables import _unit_names_only
    assert _unit_names_only("双墩镇人民政府", allow_cut=False)
    assert not _unit_names_only("建设双墩镇", allow_cut=False)
    assert not _unit_names_only("改造双墩镇人民政府办公楼", allow_cut=False)


@pytest.mark.parametrize("measure", ["补助标准（元/头、元/羽）", "补助标准（元/头、羽）", "补助标准（元/头或羽）"])
def test_a_species_table_whose_header_lists_a_measure_for_each_kind(tmp_path, measure):
    """h293 F2b: 畜禽种类 补助标准（元/头、元/羽） / 生猪 80 / 牛 300 / 家禽 0.5: the rows had been glued into the clause, every sum
    lost; now each row reads its own measure, 生猪：80元/头, 家禽：0.5元/羽 (a head and a bird, both per-head as 每头 and 每羽
    are); a row naming no animal (其他) takes the money alone, no head guessed."""
    text = ("唐河县人民政府办公室关于印发唐河县病死畜禽无害化处理补助办法的通知\n三、补助标准\n"
            "（一）对交由县无害化处理中心集中处理的病死畜禽，按下表标准给予补助。\n表1 病死畜禽无害化处理补助标准\n"
            f"畜禽种类 {measure}\n生猪 80\n牛 300\n家禽 0.5\n其他 10\n")
    clause = parse_text(tmp_path, text).clauses[0]
    assert "生猪：80元/头" in clause.text and "家禽：0.5元/羽" in clause.text and "其他：10元" in clause.text
    assert [(a.value, a.bound, a.payment_unit) for a in clause.amounts] == [
        (80, "exact", "per-head"), (300, "exact", "per-head"), (0.5, "exact", "per-head"), (10, "exact", None)]


def test_a_species_table_of_one_measure_and_a_measure_of_people_unchanged(tmp_path):
    """h293 F2b: 补助标准（元/头） over 生猪 / 羊 now per head too (no table read before, 头 no head a header knew); a header's
    measure of people (元/人) stays each row's, whatever the row names."""
    head = "某县人民政府办公室关于印发某补助办法的通知\n（一）按下表标准给予补助。\n"
    one = parse_text(tmp_path, head + "畜禽种类 补助标准（元/头）\n生猪 80\n羊 50\n").clauses[0]
    assert [(a.value, a.payment_unit) for a in one.amounts] == [(80, "per-head"), (50, "per-head")]
    people = parse_text(tmp_path, head + "人员类别 补贴标准（元/人）\n养殖户 800\n家禽养殖户 600\n", name="people.txt").clauses[0]
    assert [(a.value, a.payment_unit) for a in people.amounts] == [(800, "per-person"), (600, "per-person")]


def test_a_tables_cell_written_as_a_sum_of_its_parts(tmp_path):
    """h294 F2: 级别 / 资金来源 / 补助标准（元/人·年） / 国家级 / 中央财政、省级财政 / 20000+5000: the cell, a base and a top-up, had
    broken the table (国家级 and 省级 one clause, both its sums lost); now each part a sum of the row, 20000元/人·年+5000元/人·年,
    the next rows their own (不低于3000 a floor). A label with a + in it (1+X证书) stays a label."""
    head = "江西省文化和旅游厅关于印发《江西省传承人补助办法》的通知\n江西省传承人补助办法\n第一条 传习补助按年度发放，标准见附表。\n附表\n"
    table = "级别\n资金来源\n补助标准（元/人·年）\n国家级\n中央财政、省级财政\n20000+5000\n省级\n省级财政\n8000\n市级\n设区市财政\n不低于3000\n"
    rows = [c for c in parse_text(tmp_path, head + table).clauses if c.parent_path == "a1"]
    assert [c.text for c in rows] == ["国家级，中央财政、省级财政：20000元/人·年+5000元/人·年", "省级，省级财政：8000元/人·年",
                                      "市级，设区市财政：不低于3000元/人·年"]
    assert [[(a.value, a.bound, a.payment_unit) for a in c.amounts] for c in rows] == [
        [(20000, "exact", "per-person-year"), (5000, "exact", "per-person-year")], [(8000, "exact", "per-person-year")],
        [(3000, "min", "per-person-year")]]
    spaced = "级别 资金来源 补助标准（万元）\n国家级 中央财政、省级财政 2＋0.5\n省级 省级财政 0.8\n"
    assert [(a.value, a.bound) for c in parse_text(tmp_path, head + spaced, name="spaced.txt").clauses for a in c.amounts] == [
        (20000, "exact"), (5000, "exact"), (8000, "exact")]
    labels = "证书类型\n补贴标准（元/人）\n1+X证书\n500\n职业资格证书\n1000\n"
    rows = [c for c in parse_text(tmp_path, head + labels, name="labels.txt").clauses if c.parent_path == "a1"]
    assert [(c.text, [a.value for a in c.amounts]) for c in rows] == [("1+X证书：500元/人", [500]), ("职业资格证书：1000元/人", [1000])]


def test_a_tier_price_table_under_a_measure_line(tmp_path):
    """h301 F1: 单位：元/立方米 / 阶梯 年用水量（立方米） 自来水价格 污水处理费 水资源税 到户综合水价 / 第一阶梯 0-180（含） 2.70 …:
    the prices are bare numbers, the measure the line above states; every one had been lost. Now each row reads 第一阶梯，
    0-180（含），自来水价格：2.70元/立方米, … (a tax's column too), the volumes no money; 300 以上 one cell, past a page mark."""
    text = ("郑州市发展和改革委员会关于调整郑州市区居民生活用水价格的通知\n一、阶梯价格\n各阶梯水价见下表：\n单位：元/立方米\n"
            "阶梯 年用水量（立方米） 自来水价格 水资源税 到户综合水价\n第一阶梯 0-180（含） 2.70 0.40 4.25\n"
            "第二阶梯 180-300（含） 4.05 0.40 5.60\n\n# Page 37:\n第三阶梯 300 以上 8.10 0.40 9.65\n二、本通知自2023年7月1日起执行。\n")
    clause = parse_text(tmp_path, text).clauses[0]
    assert "第一阶梯，0-180（含），自来水价格：2.70元/立方米，水资源税：0.40元/立方米" in clause.text
    assert [(a.value, a.bound, a.payment_unit) for a in clause.amounts] == [
        (value, "exact", "per-cubic-metre") for value in (2.70, 0.40, 4.25, 4.05, 0.40, 5.60, 8.10, 0.40, 9.65)]


def test_a_tier_price_table_one_cell_a_line_its_measures_under_their_names(tmp_path):
    """h301 F1b: 档次 / 年用气量 / （立方米） / 销售价格 / （元/立方米） / 第一档 / 0—300（含） / 3.05: the volume column's measure on
    a line of its own is that column's, no column more; each price now read, per cubic metre (all had been lost)."""
    text = ("无锡市发展和改革委员会关于完善市区居民管道天然气阶梯价格制度的通知\n一、阶梯气量和价格按下表执行。\n档次\n年用气量\n"
            "（立方米）\n销售价格\n（元/立方米）\n第一档\n0—300（含）\n3.05\n第二档\n300以上\n3.66\n二、本通知自2024年3月1日起执行。\n")
    clause = parse_text(tmp_path, text).clauses[0]
    assert [(a.value, a.bound, a.payment_unit) for a in clause.amounts] == [(3.05, "exact", "per-cubic-metre"), (3.66, "exact", "per-cubic-metre")]
    power = parse_text(tmp_path, "某省发展和改革委员会关于阶梯电价的通知\n一、阶梯电价按下表执行：\n档次 年用电量（千瓦时） 电价（元/千瓦时）\n"
                                 "第一档 2160（含）以内 0.56\n第二档 2161—4200 0.61\n", name="power.txt").clauses[0]
    assert [(a.value, a.payment_unit) for a in power.amounts] == [(0.56, "per-kwh"), (0.61, "per-kwh")]


def test_a_spaced_table_under_a_measure_line_counts_no_money_where_it_says_none(tmp_path):
    """h301 F1: a spaced table under 单位：立方米 (volumes) gives no sum; under 单位：万元 a share's column (补贴比例) stays a bare
    figure, the money's column alone read in the measure."""
    head = "某市发展和改革委员会关于某事项的通知\n"
    volumes = parse_text(tmp_path, head + "一、阶梯水量见下表：\n单位：立方米\n阶梯 年用水量 人口基数\n第一阶梯 180 4\n第二阶梯 300 5\n").clauses[0]
    assert volumes.amounts == []
    shares = parse_text(tmp_path, head + "一、补贴标准见下表：\n单位：万元\n类别 补贴金额 补贴比例\n一类 10 30\n二类 5 20\n",
                        name="shares.txt").clauses[0]
    assert [(a.value, a.bound) for a in shares.amounts] == [(100_000, "exact"), (50_000, "exact")]


def test_a_cap_table_under_a_lead_in_naming_the_limit(tmp_path):
    """h300 F5: 贷款最高额度按下表执行： / 单位：万元 / 家庭类型 / 首套住房 / 第二套住房 / 单方缴存职工家庭 / 60 / 50 / …: the cells had
    been read as fixed sums with no instrument (compare showed 60 → 600000 元); the lead-in's last phrase names them a cap
    and the loan they limit, so each is max, for 住房公积金贷款, past the table's title."""
    text = ("济南住房公积金管理委员会关于调整住房公积金个人住房贷款政策有关事项的通知\n一、调整贷款最高额度\n"
            "缴存职工家庭使用住房公积金贷款购买自住住房的，贷款最高额度按下表执行：\n住房公积金贷款额度表\n单位：万元\n家庭类型\n首套住房\n第二套住房\n"
            "单方缴存职工家庭\n60\n50\n双方缴存职工家庭\n80\n70\n二、本通知自2024年5月1日起施行。\n")
    clause = parse_text(tmp_path, text).clauses[0]
    assert [(a.value, a.bound, a.instrument) for a in clause.amounts] == [
        (value, "max", "housing-fund-loan") for value in (600_000, 500_000, 800_000, 700_000)]


def test_a_cap_named_before_a_lead_ins_last_phrase_is_no_cap_of_the_table(tmp_path):
    """h300 F5: 最高补助100万元，具体标准如下： caps the payment in its own phrase, not the table's rows (each exact still)."""
    text = ("某市人民政府办公室关于某补贴的通知\n一、对新建项目给予补助，最高补助100万元，具体标准如下：\n单位：万元\n类别\n补助金额\n"
            "一类\n60\n二类\n50\n二、本通知自2024年5月1日起施行。\n")
    clause = parse_text(tmp_path, text).clauses[0]
    assert [(a.value, a.bound) for a in clause.amounts] == [(1_000_000, "max"), (600_000, "exact"), (500_000, "exact")]


def test_a_parking_fee_table_whose_cap_column_is_named_by_its_hours(tmp_path):
    """h301 F10: 区域 车型 首小时 首小时后 24 小时最高限价 / 一类区域 小型车 3 元 每半小时1 元 30 元: the table had been glued into the
    clause, 30元 exact; now each row reads …，24小时最高限价：最高30元, the cap max, the fee after the first hour per half hour
    or per hour, the first hour's alone."""
    text = ("宝鸡市发展和改革委员会关于规范中心城区机动车停放服务收费标准的通知\n一、道路停车泊位实行按时段计费，标准如下：\n"
            "区域 车型 首小时 首小时后 24 小时最高限价\n一类区域 小型车 3 元 每半小时1 元 30 元\n二类区域 小型车 2 元 每小时1 元 20 元\n"
            "二、本通知自2023年10月1日起执行。\n")
    clause = parse_text(tmp_path, text).clauses[0]
    assert "一类区域，小型车，首小时：3元，首小时后：每半小时1元，24小时最高限价：最高30元" in clause.text
    assert [(a.value, a.bound, a.payment_unit) for a in clause.amounts] == [
        (3, "exact", None), (1, "exact", "per-half-hour"), (30, "max", None),
        (2, "exact", None), (1, "exact", "per-hour"), (20, "max", None)]


def test_a_category_cell_merged_over_rows_leaves_the_rows_under_it_one_label_short(tmp_path):
    """h309 F1: 康复类别 / 救助内容 / 救助标准（元/人·年） / 听力残疾 / 人工耳蜗植入手术 / 60000 / 助听器适配 / 8000 / …: the category's
    cell merged over three rows is printed once, so the rows under its first have one label; they had been glued into the
    clause, with the full row after them, 7 of 9 sums lost. Each is now a row of its own, per person and year; the full row
    after them reads both its labels, and the table still ends at the next article."""
    text = ("苏州市残疾人联合会关于印发《苏州市残疾儿童康复救助实施办法》的通知\n第一条 为完善残疾儿童康复救助制度，制定本办法。\n"
            "第二条 康复救助实行定额补助，按康复类别确定年度救助标准：\n康复类别\n救助内容\n救助标准（元/人·年）\n视力残疾\n视功能训练\n12000\n"
            "听力残疾\n人工耳蜗植入手术\n60000\n助听器适配\n8000\n听觉言语康复训练\n24000\n孤独症\n沟通与社会交往训练\n30000\n"
            "第三条 同一残疾儿童同一年度救助金额累计每人每年最高不超过40000元。\n")
    doc = parse_text(tmp_path, text)
    table, after = doc.clauses[1], doc.clauses[2]
    assert [(a.value, a.bound, a.payment_unit) for a in table.amounts] == [
        (value, "exact", "per-person-year") for value in (12000, 60000, 8000, 24000, 30000)]
    assert "\n助听器适配：8000元/人·年\n听觉言语康复训练：24000元/人·年\n孤独症，沟通与社会交往训练：30000元/人·年" in table.text
    assert [(a.value, a.bound) for a in after.amounts] == [(40000, "max")]


@pytest.mark.parametrize("measure", ["元/亩·年", "元/年·亩"])
def test_a_per_mu_year_table_is_read(tmp_path, measure):
    """类别 补偿标准（元/亩·年） 资金来源 / 集体和个人所有国家级公益林 16 中央财政 / …: each row's sum per mu and year, as under
    （元/亩/年） (h308 F7: the table not read, its rows glued into the item before); （元/年·亩） the same; （元/亩） per mu."""
    text = ("景东彝族自治县森林生态效益补偿实施方案\n一、补偿标准\n（一）国家级公益林。补偿资金直接兑付到户。\n补偿标准汇总如下：\n"
            f"类别 补偿标准（{measure}） 资金来源\n集体和个人所有国家级公益林 16 中央财政\n集体和个人所有省级公益林 14.75 省级财政\n"
            "禁牧补助 7.5 中央财政\n二、资金兑付\n（一）补偿资金直接兑付到户。\n")
    doc = parse_text(tmp_path, text)
    assert [(a.value, a.payment_unit) for a in doc.clauses[0].amounts] == [(16, "per-mu-year"), (14.75, "per-mu-year"), (7.5, "per-mu-year")]
    assert doc.clauses[0].amounts[-1].instrument == "grazing-ban-subsidy"
    per_mu = parse_text(tmp_path, text.replace(measure, "元/亩"), name="per_mu.txt")
    assert [a.payment_unit for a in per_mu.clauses[0].amounts] == ["per-mu"] * 3


def test_a_table_summing_up_several_payments_under_the_last_item(tmp_path):
    """（四）湿地生态效益补偿。… / 补偿标准汇总如下： / 类别 补偿标准（元/亩·年） 资金来源 / 集体和个人所有国家级公益林 16 … / 禁牧补助 7.5 …:
    a summary whose rows name other payments, run into the last item: a row naming none has no payment, not the item's
    heading's (h308 F7, once its rows were read: 16 had been 湿地生态效益补偿's); a tier table of the heading's payment keeps it."""
    text = ("景东彝族自治县森林生态效益补偿实施方案\n二、补偿标准\n（一）省级公益林。省级公益林补偿标准为每亩每年14.75元。\n"
            "（二）湿地生态效益补偿。对纳入省级重要湿地名录的湿地，按每亩每年30元给予补偿。\n补偿标准汇总如下：\n"
            "类别 补偿标准（元/亩·年） 资金来源\n集体和个人所有国家级公益林 16 中央财政\n禁牧补助 7.5 中央财政\n三、资金兑付\n"
            "（一）补偿资金直接兑付到户。\n（二）资金按季度拨付。\n")
    wetland = parse_text(tmp_path, text).clauses[1]
    assert [(a.value, a.instrument) for a in wetland.amounts] == [
        (30, "wetland-ecological-compensation"), (16, None), (7.5, "grazing-ban-subsidy")]
    tiers = ("某市就业见习补贴实施办法\n一、补贴标准\n（一）就业见习补贴。对吸纳见习的单位给予见习补贴，补贴标准如下：\n"
             "类别 补贴标准（元/人·月） 备注\n本科 1500 含专升本\n专科 1200 含高职\n（二）补贴按月发放。\n")
    assert [(a.value, a.instrument) for a in parse_text(tmp_path, tiers, name="tiers.txt").clauses[0].amounts] == [
        (1500, "internship-subsidy"), (1200, "internship-subsidy")]


def test_a_table_under_a_measure_line_with_a_dash_for_no_sum(tmp_path):
    """h306 F2: …标准如下： / …标准表 / 单位：元/人·月 / 任职年限 正职 副职及其他成员 / 满6年不满10年 180 — / …: the first row's
    dash (no 副职 sum for that tier) had kept the table from being read, every sum lost; now each figure is read in the
    measure above, the dash a cell with no sum (none written, not 副职：—元/人·月), a dash opening a row's figures too."""
    head = "光山县财政局关于调整离任村干部生活补贴标准的通知\n光财〔2024〕7号\n一、补贴标准\n离任村干部生活补贴按任职年限分档发放，标准如下：\n"
    table = ("光山县离任村干部生活补贴标准表\n单位：元/人·月\n任职年限 正职 副职及其他成员\n满6年不满10年 180 —\n"
             "满10年不满15年 260 210\n满15年及以上 340 280\n二、本通知自2024年1月1日起执行。\n")
    clause = parse_text(tmp_path, head + table).clauses[0]
    assert "满6年不满10年，正职：180元/人·月；\n" in clause.text and "—" not in clause.text
    assert [(a.value, a.bound, a.payment_unit) for a in clause.amounts] == [
        (value, "exact", "per-person-month") for value in (180, 260, 210, 340, 280)]
    opening = table.replace("180 —", "— 150")
    clause = parse_text(tmp_path, head + opening, name="opening.txt").clauses[0]
    assert "满6年不满10年，副职及其他成员：150元/人·月；" in clause.text
    assert [a.value for a in clause.amounts] == [150, 260, 210, 340, 280]
    # (a column's header naming its measure: the dash no longer written as a sum, 副职：—元/月)
    named = head + "任职年限 正职（元/月） 副职（元/月）\n满6年不满10年 180 —\n满10年不满15年 260 210\n"
    clause = parse_text(tmp_path, named, name="named.txt").clauses[0]
    assert "—" not in clause.text and [a.value for a in clause.amounts] == [180, 260, 210]


def test_a_grid_pay_table_under_a_lead_in_naming_its_measure(tmp_path):
    """h306 F3: 基本工资按岗位等级确定，标准如下（元/月）： / 岗位 一级 二级 三级 / 一岗 6100 6350 6600: a grid (rows 岗位, columns
    级), the measure in the lead-in's brackets without 单位, before its colon; no cell had been read. Each cell is now a sum
    named by its row and column (一岗，一级：6100元/月), spaced or one cell a line; a count's lead-in (如下（人）：) gives none."""
    head = "东莞市民政局关于印发《东莞市社区专职工作人员薪酬管理办法》的通知\n东民发〔2023〕56号\n"
    grid = "岗位 一级 二级 三级\n一岗 6100 6350 6600\n二岗 5200 5400 5600\n第二条 本办法自2023年10月1日起施行。\n"
    clause = parse_text(tmp_path, head + "第一条 基本工资按岗位等级确定，标准如下（元/月）：\n" + grid).clauses[0]
    assert "一岗，一级：6100元/月，二级：6350元/月，三级：6600元/月；" in clause.text
    assert [(a.value, a.bound, a.payment_unit) for a in clause.amounts] == [
        (value, "exact", "per-month") for value in (6100, 6350, 6600, 5200, 5400, 5600)]
    lines = "岗位\n一级\n二级\n三级\n一岗\n6100\n6350\n6600\n二岗\n5200\n5400\n5600\n第二条 本办法自2023年10月1日起施行。\n"
    clause = parse_text(tmp_path, head + "第一条 基本工资标准如下（元/人·月）：\n" + lines, name="lines.txt").clauses[0]
    assert [(a.value, a.payment_unit) for a in clause.amounts] == [
        (value, "per-person-month") for value in (6100, 6350, 6600, 5200, 5400, 5600)]
    counts = head + "第一条 各岗位核定人数如下（人）：\n" + grid.replace("6", "1")
    assert parse_text(tmp_path, counts, name="counts.txt").clauses[0].amounts == []


GRADED_AWARD_HEAD = ("株洲市人民政府办公室关于印发株洲市支持专精特新企业发展若干措施的通知\n株政办发〔2023〕30号\n株洲市人民政府办公室\n"
                     "2023年10月9日\n株洲市支持专精特新企业发展若干措施\n一、梯度培育奖励。对新认定的优质中小企业，按下表给予一次性奖励。\n")
GRADED_AWARD_AFTER = "二、其他。本措施由市工信局负责解释。\n"


def test_a_table_below_a_lead_sentence_ending_in_a_full_stop_pays_every_row_as_it_says(tmp_path):
    """h314 F3: …按下表给予一次性奖励。 (a full stop, no colon) over a table: only the first row's sum had been one-off and the
    一次性奖励; with a 序号 column (one cell a line: the rows sub-items) no row's. Every row's sum is now paid as the lead-in
    says; a lead-in paying no one-off award (按下表给予奖励。) pays none once."""
    rows = "企业类别 认定层级 奖励金额\n专精特新“小巨人”企业 国家级 100万元\n专精特新中小企业 省级 30万元\n专精特新中小企业 市级 10万元\n"
    clause = parse_text(tmp_path, GRADED_AWARD_HEAD + rows + GRADED_AWARD_AFTER).clauses[0]
    assert [(a.value, a.payment_unit, a.instrument) for a in clause.amounts] == [
        (value, "one-off", "one-off-award") for value in (1_000_000, 300_000, 100_000)]
    cells = "序号\n企业类别\n认定层级\n奖励金额\n1\n专精特新“小巨人”企业\n国家级\n100万元\n2\n专精特新中小企业\n省级\n30万元\n3\n专精特新中小企业\n市级\n10万元\n"
    doc = parse_text(tmp_path, GRADED_AWARD_HEAD + cells + GRADED_AWARD_AFTER, name="cells.txt")
    assert [(a.value, a.payment_unit, a.instrument) for c in doc.clauses for a in c.amounts] == [
        (value, "one-off", "one-off-award") for value in (1_000_000, 300_000, 100_000)]
    plain = (GRADED_AWARD_HEAD + cells + GRADED_AWARD_AFTER).replace("给予一次性奖励", "给予奖励")
    doc = parse_text(tmp_path, plain, name="plain.txt")
    assert [a.payment_unit for c in doc.clauses for a in c.amounts] == [None, None, None]


def test_a_full_width_slash_in_a_measure_reads_as_the_ascii_one(tmp_path):
    """证书等级 补贴标准（元／人） / 初级（五级） 1000 …: a scan's full-width slash in the column's measure, the table read as with
    元/人 (h318 F1: no amounts, the rows glued); 按1000元／人给予 per person; offsets still the source's."""
    text = ("湘潭市人力资源和社会保障局关于做好技能提升补贴工作的通知\n现将有关事项通知如下。\n"
            "一、补贴标准\n技能提升补贴标准按证书等级确定，具体如下：\n证书等级 补贴标准（元／人）\n"
            "初级（五级） 1000\n中级（四级） 1500\n高级（三级） 2000\n"
            "二、对符合条件的企业职工，按1000元／人给予技能提升补贴。\n")
    doc = parse_text(tmp_path, text)
    table, inline = doc.clauses
    assert [(a.value, a.payment_unit, a.instrument) for a in table.amounts] == [
        (1000, "per-person", "skill-upgrading-subsidy"), (1500, "per-person", "skill-upgrading-subsidy"),
        (2000, "per-person", "skill-upgrading-subsidy")]
    assert [(a.value, a.payment_unit) for a in inline.amounts] == [(1000, "per-person")]
    assert all(text[a.span.start : a.span.end] == a.span.text for a in table.amounts + inline.amounts)


ANYI_TIERS = """安义县人民政府关于印发安义县招商引资优惠政策（试行）的通知
安府发〔2023〕9号
{marker}1．固定资产投资奖励。按实际完成固定资产投资额分档给予奖励，标准如下：
序号
实际完成固定资产投资
奖励比例
单个项目最高奖励
1
5000 万元（含）—3 亿元
1%
100万元
2
3 亿元（含）—10 亿元
1.5%
300万元
3
10 亿元以上（含）
2%
1000万元
"""


@pytest.mark.parametrize("marker", ["", "# Page 3:\n"])
def test_a_flattened_tier_tables_row_numbers_and_cap_column(tmp_path, marker):
    """h317 F2, F3: 序号 / 实际完成固定资产投资 / 奖励比例 / 单个项目最高奖励 / 1 / 5000 万元（含）—3 亿元 / 1% / 100万元 / 2 / …,
    one cell a line: with a page marker in the file the row numbers had been kept as figures and run into the next cell
    (15000万元, 23亿元, 310亿元); each band is who qualifies (the first row's had been a per-item payment without a marker)
    and each sum in the 最高奖励 column a per-item ceiling (exact)."""
    clause = parse_text(tmp_path, ANYI_TIERS.format(marker=marker)).clauses[0]
    assert "15000" not in clause.text and "23亿" not in clause.text
    assert [(a.value, a.bound, a.threshold, a.payment_unit) for a in clause.amounts] == [
        (5e7, "min", True, None), (3e8, "max", True, None), (1e6, "max", False, "per-item"),
        (3e8, "min", True, None), (1e9, "max", True, None), (3e6, "max", False, "per-item"),
        (1e9, "min", True, None), (1e7, "max", False, "per-item")]


def test_a_figure_cell_and_prose_beside_a_cap_are_kept(tmp_path):
    """h317 F2, F3 (what must not change): a score between a short cell and a text cell in a marked file stays a figure
    (1.政务服务 / 15 / 全程网办率…); a sum paid after a cap in prose (最高奖励5万元、一般奖励2万元) stays exact, and a
    payment's range followed by words is no tier."""
    text = ("某某县人民政府办公室关于印发考核细则的通知\n某政办发〔2023〕1号\n# Page 2:\n一、考核内容\n1.政务服务\n15\n"
            "全程网办率达到90%以上。\n二、对获评单位，最高奖励5万元、一般奖励2万元，给予5000元（含）—1万元补贴。\n")
    doc = parse_text(tmp_path, text)
    assert "政务服务15全程网办率" in doc.clauses[0].text.replace("\n", "")
    assert [(a.value, a.bound, a.threshold) for a in doc.clauses[-1].amounts] == [
        (5e4, "max", False), (2e4, "exact", False), (5000, "min", False), (1e4, "max", False)]


YICHANG_TABLE = ("宜昌市人民政府办公室关于印发宜昌市支持婴幼儿照护服务发展若干措施的通知\n宜府办发〔2023〕11 号\n各县市区人民政府，市政府各部门：\n"
                 "现将《宜昌市支持婴幼儿照护服务发展若干措施》印发给你们，请认真组织实施。\n宜昌市人民政府办公室\n2023 年7 月5 日\n附件\n"
                 "宜昌市婴幼儿照护服务补助标准表\n序号\n补助项目\n补助对象\n补助标准\n发放方式\n1\n育儿补贴\n{first}\n每孩每年3600 元\n按年发放\n"
                 "2\n运营补贴\n普惠性托育机构\n每人每月200 元\n按季度拨付\n")


def test_a_payment_rows_cell_wrapped_before_its_last_character_is_labelled(tmp_path):
    """h322 F9: 1 / 育儿补贴 / 3 岁以下婴幼儿家 / 庭 / 每孩每年3600 元 / 按年发放: a cell whose last character the column wrapped
    onto a line of its own is one cell, the row's cells labelled with their columns (they had run together, one more than
    the columns) and 按年发放 a yearly period."""
    first = parse_text(tmp_path, YICHANG_TABLE.format(first="3 岁以下婴幼儿家\n庭")).clauses[0]
    assert first.text == "（1）育儿补贴，补助对象：3岁以下婴幼儿家庭，补助标准：每孩每年3600元，发放方式：按年发放"
    assert [(p.kind, p.duration) for p in first.periods] == [("recurring", "P1Y")]
    assert [(a.value, a.payment_unit, a.instrument) for a in first.amounts] == [(3600, "per-person-year", "childrearing-subsidy")]


def test_a_payment_row_with_a_short_line_too_many_but_no_tail_to_tell_stays_unlabelled(tmp_path):
    """h322 F9 (what must not change): a row one line too many with two lines of one or two characters (庭, and a cell 按年)
    joins only 庭: the row's last line is its own cell (review43a F5), so the wrap is known; a row as many cells as columns
    keeps a two-character cell."""
    text = YICHANG_TABLE.format(first="3 岁以下婴幼儿家\n庭").replace("3600 元\n按年发放", "3600 元\n按年")
    row = parse_text(tmp_path, text).clauses[0]
    assert row.text == "（1）育儿补贴，补助对象：3岁以下婴幼儿家庭，补助标准：每孩每年3600元，发放方式：按年"
    whole = parse_text(tmp_path, YICHANG_TABLE.format(first="家庭"), name="whole.txt").clauses[0]
    assert whole.text.startswith("（1）育儿补贴，补助对象：家庭，补助标准：")


CHILDCARE_TABLE = """宜昌市人民政府办公室关于印发宜昌市支持婴幼儿照护服务发展若干措施的通知
宜府办发〔2023〕11 号
各县市区人民政府，市政府各部门：
现将《宜昌市支持婴幼儿照护服务发展若干措施》印发给你们，请认真组织实施。
宜昌市人民政府办公室
2023 年7 月5 日
附件
宜昌市婴幼儿照护服务补助标准表
序号
补助项目
补助对象
补助标准
发放方式
1
建设补助
普惠性托育机构
每个新增托位{cell}
{wrapped}
一次性
2
运营补贴
普惠性托育机构
每人每月200 元
按季度拨付
"""


@pytest.mark.parametrize("cell, wrapped", [("1 万", ""), ("1 万", "元"), ("1 万人", "")])
def test_a_sum_in_a_standard_column_its_yuan_lost_or_wrapped(tmp_path, cell, wrapped):
    """h322 F6: 补助标准 / 每个新增托位1 万 with its 元 lost (a blank line) is 10000 yuan per place, once (发放方式：一次性), as when
    元 wraps onto its own line; 1 万人 is no sum."""
    doc = parse_text(tmp_path, CHILDCARE_TABLE.format(cell=cell, wrapped=wrapped))
    build, run = [c for c in doc.clauses if c.amounts or "建设补助" in c.text][:2]
    expected = [] if cell.endswith("人") else [(1e4, "exact", "per-item-one-off", "construction-subsidy")]
    assert [(a.value, a.bound, a.payment_unit, a.instrument) for a in build.amounts] == expected
    assert [(a.value, a.payment_unit) for a in run.amounts] == [(200, "per-person-month")]


def test_a_rows_time_cell_reading_whole_year_is_its_time(tmp_path):
    """序号 / 工作任务 / 责任单位 / 完成时限 with a row's last cell 全年 (h315 F4: the row had lost its units and its period, its cells
    glued to the task's text): the units' and the time's cells, due by the end of the document's year as 年内 is; not
    完成时限：全年持续推进 (kept up: ongoing), nor 全年 inside a task's words."""
    from policykg.ingest.periods import extract_periods

    def kinds(text):
        return [(p.kind, p.end) for p in extract_periods(text, lambda s, e: Span(s, e, text[s:e]), dt.date(2024, 3, 12))]

    assert kinds("（责任单位：县财政局；完成时限：全年持续推进）") == [("ongoing", None)]
    assert kinds("全年组织开展安全生产明查暗访。") == []
    head = ("扬州市安全生产委员会关于印发《2024年全市安全生产工作要点》的通知\n扬安委〔2024〕2号\n各县（市、区）人民政府，市安委会各成员单位：\n"
            "现将《2024年全市安全生产工作要点》印发给你们，请认真抓好贯彻落实。\n扬州市安全生产委员会\n2024年3月12日\n"
            "2024年全市安全生产工作要点\n序号\n工作任务\n责任单位\n完成时限\n1\n组织开展安全生产明查暗访，\n通报典型问题。\n市安委办\n每季度\n")
    rows = ("2\n落实安全生产举报奖励制度，\n奖励资金及时足额兑现。\n市应急局、市财政局\n全年\n"
            "3\n推进危险化学品企业安全风险\n智能化管控平台建设。\n市应急局、市工信局\n2024年10月底前\n")
    doc = parse_text(tmp_path, head + rows)
    row = doc.clauses[1]
    assert row.text.endswith("兑现。（责任单位：市应急局、市财政局；完成时限：全年）")
    assert [(u.canonical, u.role) for u in row.units] == [("扬州市应急管理局", "co"), ("扬州市财政局", "co")]
    assert [(p.kind, p.end) for p in row.periods] == [("deadline", dt.date(2024, 12, 31))]
    assert [p.end for p in doc.clauses[2].periods] == [dt.date(2024, 10, 31)]


def test_a_payment_rows_short_last_cell_is_no_wrapped_tail(tmp_path):
    """review43a F5: 户籍在本市的3 岁以下婴幼 / 儿家庭及其监护人 / 每孩每年3600 元 / 按年: the long cell wrapped in two, the last
    cell short; 按年 had been taken for a wrapped tail, the halves labelled 补助对象 and 补助标准. The row is read as before,
    unlabelled, its text whole; a tail in the row's middle (庭) is still joined."""
    text = YICHANG_TABLE.format(first="户籍在本市的3 岁以下婴幼\n儿家庭及其监护人").replace("3600 元\n按年发放", "3600 元\n按年")
    row = parse_text(tmp_path, text).clauses[0]
    assert row.text == "（1）育儿补贴户籍在本市的3岁以下婴幼儿家庭及其监护人每孩每年3600元按年"
    first = parse_text(tmp_path, YICHANG_TABLE.format(first="3 岁以下婴幼儿家\n庭"), name="tail.txt").clauses[0]
    assert first.text == "（1）育儿补贴，补助对象：3岁以下婴幼儿家庭，补助标准：每孩每年3600元，发放方式：按年发放"


def test_a_rows_payment_not_the_place_its_recipients_entered(tmp_path):
    """序号 / 补贴项目 / 补贴对象 / 补贴标准: 创业场地租金补贴 / 入驻创业孵化基地的创业实体 / 实际租金的50%，每户每年最高6000元: the
    row's payment is the rent subsidy, the incubator only where they are (h326 F8: both incubator-support); a sentence naming
    the incubator alone (对入驻创业孵化基地的创业实体，给予每户5000元补贴) keeps it."""
    table = ("附件\n绵阳市就业创业补贴标准一览表\n序号\t补贴项目\t补贴对象\t补贴标准\t经办部门\n"
             "1\t一次性创业补贴\t首次创业的高校毕业生\t每户10000元\t县（市、区）人社部门\n"
             "2\t创业场地租金补贴\t入驻创业孵化基地的创业实体\t实际租金的50%，每户每年最高6000元\t县（市、区）人社部门\n")
    doc = parse_text(tmp_path, "绵阳市人力资源和社会保障局关于印发就业创业补贴办法的通知\n绵人社发〔2023〕45号\n"
                     "第一条　本办法自2023年10月1日起施行。\n" + table)
    row = next(c for c in doc.clauses if "租金" in c.text)
    assert [(a.value, a.instrument) for a in row.amounts] == [(6000, "rent-subsidy")]
    assert [(r.percent, r.instrument) for r in row.rates] == [(50, "rent-subsidy")]
    doc = parse_text(tmp_path, "某市人民政府关于支持创业的若干措施\n某政发〔2023〕8号\n一、对入驻创业孵化基地的创业实体，给予每户5000元补贴。\n")
    assert [(a.value, a.instrument) for a in doc.clauses[0].amounts] == [(5000, "incubator-support")]


H324_F1 = ("鹤壁市人民政府关于做好促进就业工作的实施意见\n鹤政〔2023〕15号\n各县（区）人民政府：\n一、落实就业补贴政策\n"
           "（一）技能提升补贴。对符合条件的企业职工，按照下表标准给予技能提升补贴。\n序号\n证书等级\n补贴标准（元/人）\n"
           "1\n初级工（五级）\n1000\n2\n中级工（四级）\n1500\n{after}\n（二）就业见习补贴。见习补贴按每人每月1400元标准执行。\n")


def test_a_units_bracket_after_a_payment_tables_last_sum_is_the_items_that_owns_the_table(tmp_path):
    """h324 f1: a payment table flattened one cell a line, then （市人力资源社会保障局、市财政局按职责分工负责）: the bracket had been
    glued to the last row (its units that row's alone, the item owning the table none). It is now the text after the table,
    the item's bracket, its rows inheriting the units; the last row keeps its sum. A bracket naming no unit stays the row's."""
    after = "（市人力资源社会保障局、市财政局按职责分工负责）"
    clauses = {c.path: c for c in parse_text(tmp_path, H324_F1.format(after=after)).clauses}
    assert [u.name for u in clauses["1.1"].units] == ["市人力资源社会保障局", "市财政局"]
    assert after not in clauses["1.1.2"].text and [a.value for a in clauses["1.1.2"].amounts] == [1500]
    for row in ("1.1.1", "1.1.2"):
        assert [(u.name, u.role) for u in clauses[row].units] == [("市人力资源社会保障局", "inherited"), ("市财政局", "inherited")]
    plain = {c.path: c for c in parse_text(tmp_path, H324_F1.format(after="（按证书等级就高享受）"), name="plain.txt").clauses}
    assert plain["1.1.2"].text.endswith("（按证书等级就高享受）") and plain["1.1"].units == []
