"""Payment tables flattened a cell per line, their figures bare under a header naming 元 (figures.py)."""
import re

import pytest
from conftest import parse_text
from policykg.ingest.normalize import split_paragraphs

GRADES = ("（一）取得相应等级证书的，按以下标准给予补贴：\n职业（工种）\n等级\n补贴标准（元/人）\n电工\n五级/初级工\n1000\n电工\n"
          "四级/中级工\n1500\n12\n# Page 13:\n职业（工种）\n等级\n补贴标准（元/人）\n焊工\n五级/初级工\n2 000\n"
          "（二）取得专项职业能力证书的，按每人500元给予补贴。\n")


def test_each_row_of_a_payment_table_reads_as_a_sum_paid():
    """z228, z243: the figures had named no money (the 元 is the header's), so none was an amount; each row now reads
    电工，五级/初级工：1000元/人, the header repeated atop the next page and the page's number left out."""
    assert [p.text for p in split_paragraphs(GRADES)] == [
        "（一）取得相应等级证书的，按以下标准给予补贴：", "职业（工种）等级补贴标准（元/人）",
        "电工，五级/初级工：1000元/人", "电工，四级/中级工：1500元/人", "焊工，五级/初级工：2 000元/人",
        "（二）取得专项职业能力证书的，按每人500元给予补贴。"]


def test_the_sums_of_a_payment_table_and_their_offsets(tmp_path):
    """The clause holds each row's sum, per person as the header says; each sum's span is its figure as printed."""
    text = "关于做好技能提升补贴工作的通知\n" + GRADES
    clause = parse_text(tmp_path, text).clauses[0]
    assert [(a.value, a.bound, a.payment_unit) for a in clause.amounts] == [
        (1000.0, "exact", "per-person"), (1500.0, "exact", "per-person"), (2000.0, "exact", "per-person")]
    assert [text[a.span.start : a.span.end] for a in clause.amounts] == ["1000", "1500", "2 000"]


def test_a_table_of_counts_or_prose_is_no_payment_table():
    """A header whose last cell names no money (名额（个）), or a single row, is left as it was."""
    counts = "区域\n类别\n名额（个）\n东城区\n初级\n3\n西城区\n初级\n5\n"
    assert not any("：" in p.text for p in split_paragraphs(counts))
    single = "职业\n补贴标准（元）\n电工\n1000\n（二）其他人员不予补贴。\n"
    assert not any(p.text.endswith("元") for p in split_paragraphs(single))


def test_payment_tables_with_sub_columns_other_columns_caps_and_a_total():
    """z244: the money's own sub-columns (证书等级 / 补贴标准（元/人） / 一般职业 / 紧缺职业) make every figure a sum; a column of
    days after the money's (人员类别 / 生活费补贴（元/人·天） / 最长补贴天数) is no sum; a header naming a cap (最高奖励（万元）) makes
    each figure a cap; a total row is no sum paid. (A helper's review.)"""
    grades = ("证书等级\n补贴标准（元/人）\n一般职业（工种）\n紧缺职业（工种）\n初级工（五级）\n1000\n1300\n中级工（四级）\n1500\n1950\n"
              "（二）培训生活费补贴标准如下：\n人员类别\n生活费补贴（元/人·天）\n最长补贴天数\n脱贫劳动力\n60\n30\n城镇登记失业人员\n50\n20\n")
    assert [p.text for p in split_paragraphs(grades)] == [
        "证书等级补贴标准（元/人）一般职业（工种）紧缺职业（工种）",
        "初级工（五级），一般职业（工种）：1000元/人，紧缺职业（工种）：1300元/人；",
        "中级工（四级），一般职业（工种）：1500元/人，紧缺职业（工种）：1950元/人；",
        "（二）培训生活费补贴标准如下：", "人员类别生活费补贴（元/人·天）最长补贴天数",
        "脱贫劳动力：60元/人·天，最长补贴天数：30", "城镇登记失业人员：50元/人·天，最长补贴天数：20"]
    caps = "（一）奖励标准如下：\n级别\n最高奖励（万元）\n国家级\n50\n省级\n20\n合计\n70\n（二）其他。\n"
    assert [p.text for p in split_paragraphs(caps)][2:5] == ["国家级：最高50万元", "省级：最高20万元", "合计：70"]


def test_a_header_with_a_cells_figure_or_a_measure_alone_is_no_payment_table():
    """z248: 最长不超过3 年 / 补贴项目 / 补贴标准 / （元/人·月） after a page had been read as a header, its rows garbled into wrong
    sums; a header names columns (no figure). The measure alone on its line under 补贴标准, a text column (补贴期限) after it:
    each figure the sum it is, no other (the header again atop the page passed over)."""
    text = ("补贴项目\n补贴标准\n（元/人·月）\n补贴期限\n灵活就业人员社\n会保险补贴\n900\n最长不超过3 年；距法定\n退休年龄不足5 年的，可\n"
            "延长至退休\n单位招用就业困难人\n员社会保险补贴\n1300\n最长不超过3 年\n\n# Page 412:\n补贴项目\n补贴标准\n（元/人·月）\n"
            "补贴期限\n公益性岗位社会保险\n补贴\n1500\n最长不超过3 年\n离校未就业高校毕业\n生社会保险补贴\n900\n最长不超过2 年\n")
    sums = [m.group() for p in split_paragraphs(text) for m in re.finditer(r"[\d ]+元/人·月", p.text)]
    assert sums == ["900元/人·月", "1300元/人·月", "1500元/人·月", "900元/人·月"]


def test_a_payment_table_under_a_measure_stated_before_it():
    """补贴标准如下（单位：元/人）： then 务工地 / 交通补贴 / 稳定就业奖励 and rows of a place and two figures, the header repeated
    atop a page inside a row (z255: the 6 sums had been none); every figure is a sum in the measure stated above."""
    text = ("补贴标准如下（单位：元/人）：\n务工地\n交通补贴\n稳定就业奖励\n区外\n2400\n3000\n区内市外\n800\n\n# Page 413:\n务工地\n交通补贴\n"
            "稳定就业奖励\n1500\n市内县外\n300\n1000\n补贴由县（区）人社局审核发放。\n")
    assert [p.text for p in split_paragraphs(text)][2:5] == [
        "区外，交通补贴：2400元/人，稳定就业奖励：3000元/人；", "区内市外，交通补贴：800元/人，稳定就业奖励：1500元/人；",
        "市内县外，交通补贴：300元/人，稳定就业奖励：1000元/人；"]


def test_columns_each_naming_their_own_sums_measure():
    """学历（职称） / 购房补贴（万元） / 租赁补贴（元/月）: two money columns, each figure the sum of its own (z270: none had been
    read); a later row's label may be longer than a header's cell (“双一流”高校全日制本科或中级职称)."""
    table = ("第六条补贴标准如下表：\n学历（职称）\n购房补贴（万元）\n租赁补贴（元/月）\n博士研究生或正高级职称\n40\n2500\n"
             "“双一流”高校全日制本科或中级职称\n10\n1000\n第七条购房补贴分3年发放。\n")
    assert [p.text for p in split_paragraphs(table)][2:4] == [
        "博士研究生或正高级职称，购房补贴：40万元，租赁补贴：2500元/月；", "“双一流”高校全日制本科或中级职称，购房补贴：10万元，租赁补贴：1000元/月；"]


def test_rows_of_label_runs_under_a_measure_on_its_own_line():
    """务工地 / 补助标准 / （元/人） / 省内 / （区内） / 市内跨县（区）务工 / 200 / …: the measure under its column's name, a category's
    cell merged over rows (z269: the four sums had been lost); the header again atop a page is passed over. A column after the
    money's (备注, 补贴期限: text cells that cannot be told from the next row's labels) still reads each figure as its sum, the
    lines since the last figure with it (z273, z248: those sums had been lost)."""
    table = ("3.一次性交通补助按务工地分档发放，具体标准如下：\n务工地\n补助标准\n（元/人）\n省内\n（区内）\n市内跨县（区）务工\n200\n"
             "区内其他设区市务工\n300\n\n# Page 12:\n务工地\n补助标准\n（元/人）\n省外\n（区外）\n广东省、湖南省\n500\n"
             "同一年度内先后在多地务工的，按就高原则计发。\n")
    assert [p.text for p in split_paragraphs(table)][2:5] == [
        "省内（区内），市内跨县（区）务工：200元/人", "区内其他设区市务工：300元/人", "省外（区外），广东省、湖南省：500元/人"]
    trailing = ("作物\n补贴标准\n（元/亩）\n备注\n玉米\n43\n含青贮玉米\n大豆\n356\n轮作地块叠加\n水稻\n80\n"
                "（三）奶牛养殖扶持。按每头1000元给予补助。\n")
    assert [p.text for p in split_paragraphs(trailing)] == [
        "作物补贴标准（元/亩）备注", "玉米：43元/亩", "含青贮玉米大豆：356元/亩", "轮作地块叠加水稻：80元/亩", "（三）奶牛养殖扶持。按每头1000元给予补助。"]


def test_the_reviews_findings_on_payment_tables():
    """A header stops at an attachment's mark, a table's title or a heading (附件 / 一次性交通补助标准 / 务工地 …: the annex had been
    swallowed); a 合计 row is no sum and 最高奖励 caps, under a measure on its own line as beside its name; a label wrapped over two
    lines is one cell (灵活就业人员社 / 会保险补贴); a column named with its measure keeps its whole name (一般岗位, not 一般岗)."""
    annex = "三、本通知自印发之日起施行。\n附件\n一次性交通补助标准\n务工地\n补助标准\n（元/人）\n省内\n200\n省外\n500\n"
    assert [p.text for p in split_paragraphs(annex)][-4:] == ["一次性交通补助标准", "务工地补助标准（元/人）", "省内：200元/人", "省外：500元/人"]
    total = "地区\n分配资金\n（万元）\n东城区\n200\n西城区\n300\n合计\n500\n"
    assert [p.text for p in split_paragraphs(total)][1:] == ["东城区：200万元", "西城区：300万元", "合计：500"]
    caps = "级别\n最高奖励\n（万元）\n国家级\n50\n省级\n20\n"
    assert [p.text for p in split_paragraphs(caps)][1:] == ["国家级：最高50万元", "省级：最高20万元"]
    wrapped = "补贴项目\n补贴标准\n（元/人·月）\n灵活就业人员社\n会保险补贴\n900\n公益性岗位\n1500\n"
    assert [p.text for p in split_paragraphs(wrapped)][1] == "灵活就业人员社会保险补贴：900元/人·月"
    named = "类别\n一般岗位（元/月）\n管理岗位（元/月）\n城镇\n1500\n2000\n农村\n1200\n1800\n"
    assert [p.text for p in split_paragraphs(named)][1] == "城镇，一般岗位：1500元/月，管理岗位：2000元/月；"


def test_figure_cells_some_written_with_the_headers_yuan():
    """证书等级 / 补贴标准（元/人） / 初级工（五级） / 1000 元 / 中级工（四级） / 1500: a cell written with its 元 is a figure cell too
    (z278: the rows written bare had been lost with the table); the measure goes on without a second 元."""
    table = "证书等级\n补贴标准（元/人）\n初级工（五级）\n1000 元\n中级工（四级）\n1500\n高级工（三级）\n2000 元\n"
    assert [p.text for p in split_paragraphs(table)][1:] == ["初级工（五级）：1000元/人", "中级工（四级）：1500元/人", "高级工（三级）：2000元/人"]


def test_a_measure_alone_under_the_tables_title():
    """“浦口英才计划”资助标准表 / （万元） / 类别 / 项目资助 / 安家补贴 / A 类 / 500 / 200: the measure of every figure on a line of its
    own above the header (z281: eleven sums had been lost)."""
    table = "资助标准表\n（万元）\n类别\n项目资助\n安家补贴\nA 类\n500\n200\nB 类\n300\n100\n"
    assert [p.text for p in split_paragraphs(table)][-2:] == ["A类，项目资助：500万元，安家补贴：200万元；", "B类，项目资助：300万元，安家补贴：100万元；"]


def test_a_measure_alone_near_the_files_end():
    """A measure alone on its line among the last few lines of a file (（元/人） / 省内 / 200): the look for a header after it stops at
    the file's end (it had raised IndexError and failed the whole file)."""
    assert [p.text for p in split_paragraphs("补助标准\n（元/人）\n省内\n200\n")]
    assert [p.text for p in split_paragraphs("标准如下（单位：元/人）：\n省内\n200\n")][0] == "标准如下（单位：元/人）："


def test_the_second_reviews_findings_on_payment_tables():
    """A measure above the table goes on the money's columns only (人数 counts people); a figure cell with its own 元 under 万元
    keeps its unit alone."""
    table = "（万元）\n类别\n人数\n补贴\nA 类\n5\n200\nB 类\n3\n100\n"
    assert [p.text for p in split_paragraphs(table)][-2:] == ["A类，人数：5，补贴：200万元；", "B类，人数：3，补贴：100万元；"]


def test_money_columns_after_a_text_column_with_dashes_and_merged_caps(tmp_path):
    """类别 / 适用范围 / 公益性岗位补贴 / （元/人/年） / 吸纳就业岗位补贴 / （元/人/年）: a text column before two money columns, each
    measure on a line of its own (z299: the six sums had been lost); 支持标准 / （万元） / 单个机构年度 / 上限（万元）: a cap
    column (its sums maxima), dashes where a row has no sum, a cap merged over rows (z289: eight sums lost)."""
    zones = ("二、补贴标准如下表：\n类别\n适用范围\n公益性岗位补贴\n（元/人/年）\n吸纳就业岗位补贴\n（元/人/年）\n一类区\n"
             "城东区、城中区、城西区、城北区、西宁经济技术开发区\n19 200\n3 600\n二类区\n湟中区、湟源县\n\n# Page 2217:\n20 400\n4 200\n"
             "上述标准为年度标准，按月折算发放。\n")
    assert [p.text for p in split_paragraphs(zones)][2:5] == [
        "一类区城东区、城中区、城西区、城北区、西宁经济技术开发区，公益性岗位补贴：19 200元/人/年，吸纳就业岗位补贴：3 600元/人/年；",
        "二类区湟中区、湟源县，公益性岗位补贴：20 400元/人/年，吸纳就业岗位补贴：4 200元/人/年；", "上述标准为年度标准，按月折算发放。"]
    caps = ("关于印发专项资金管理办法的通知\n二、支持标准\n专项资金按下表予以支持：\n类别\n支持事项\n支持标准\n（万元）\n单个机构年度\n上限（万元）\n"
            "落户奖励\n新落户的港澳专业服务机构，\n营业收入达到1000 万元以上\n200\n—\n经营贡献奖励\n年营业收入首次突破5000 万元\n50\n300\n"
            "年营业收入首次突破1 亿元\n100\n办公用房补贴\n按实际租金的50%给予补贴\n—\n150\n注：表中“—”表示不设该项标准或上限；合计不超过500 万元。\n")
    clause = parse_text(tmp_path, caps).clauses[0]
    assert [(a.value, a.bound) for a in clause.amounts] == [
        (10000000.0, "min"), (2000000.0, "exact"), (50000000.0, "min"), (500000.0, "exact"), (3000000.0, "max"),
        (100000000.0, "min"), (1000000.0, "exact"), (1500000.0, "max"), (5000000.0, "max")]


def test_money_columns_stop_at_the_next_item_and_take_no_year_for_a_sum():
    """(the review) 三、…见下表 / 县区 / 岗位数 / 城东区 / 120 after a table of money columns: an item opens after the table, its
    counts no sums; 四、本通知自 / 2024 / 年1月1日起施行: a year its date goes on from is no figure of a row."""
    text = ("二、补贴标准如下表：\n类别\n适用范围\n公益性岗位补贴\n（元/人/年）\n吸纳就业岗位补贴\n（元/人/年）\n一类区\n城东区、城中区\n"
            "19 200\n3 600\n二类区\n湟中区、湟源县\n20 400\n4 200\n三、各县区公益性岗位开发计划见下表\n县区\n岗位数\n城东区\n120\n"
            "四、本通知自\n2024\n年1月1日起施行。\n")
    texts = [p.text for p in split_paragraphs(text)]
    assert texts[2:] == ["一类区城东区、城中区，公益性岗位补贴：19 200元/人/年，吸纳就业岗位补贴：3 600元/人/年；",
                         "二类区湟中区、湟源县，公益性岗位补贴：20 400元/人/年，吸纳就业岗位补贴：4 200元/人/年；",
                         "三、各县区公益性岗位开发计划见下表", "县区岗位数城东区120", "四、本通知自", "2024年1月1日起施行。"]


def test_a_money_tables_rows_numbered_in_their_labels():
    """证书等级 / 补贴标准 / （元/人） / 1.初级工 / 1000 / 2.中级工 / 1500: a row's label numbered 1. is no item ending the table
    (the second review: the sums had been lost)."""
    table = "（一）按以下标准给予补贴：\n证书等级\n补贴标准\n（元/人）\n1.初级工\n1000\n2.中级工\n1500\n3.高级工\n2000\n（二）其他。\n"
    assert [p.text for p in split_paragraphs(table)][2:5] == [
        "1.初级工，补贴标准：1000元/人", "2.中级工，补贴标准：1500元/人", "3.高级工，补贴标准：2000元/人"]


def test_a_measure_its_column_wrapped_over_two_lines():
    """补贴标准 / （元/人· / 月） / 补贴期限: the measure wrapped in its narrow column, no 序号 (z366: the table's four sums had been
    lost). Each figure is its sum in the whole measure, and the header keeps both lines' words."""
    text = ("岗位类别\n补贴标准\n（元/人·\n月）\n补贴期限\n城镇公益性岗位\n（全日制）\n2100\n最长不超过3 年\n乡村公益性岗位\n600\n"
            "原则上不超过1 年\n（二）其他。\n")
    paragraphs = [p.text for p in split_paragraphs(text)]
    assert [m.group() for p in paragraphs for m in re.finditer(r"\d+元/人·月", p)] == ["2100元/人·月", "600元/人·月"]
    assert "岗位类别补贴标准（元/人·月）补贴期限" in paragraphs[0]


def test_a_column_of_how_long_each_sum_is_paid_gives_each_row_its_length(tmp_path):
    """类别 / 补贴标准（元/人·月） / 发放期限 / 博士研究生 / 2000 / 36 个月: the length is the row's (a blind test: the rows had run
    together, no length read)."""
    text = ("芜湖市人民政府办公室关于印发人才安居办法的通知\n芜政办秘〔2023〕21 号\n第一条 按下列标准发放租房补贴：\n类别\n补贴标准（元/人·月）\n"
            "发放期限\n博士研究生\n2000\n36 个月\n全日制本科\n600\n24 个月\n（责任单位：市人社局）\n")
    (clause,) = parse_text(tmp_path, text).clauses
    assert "博士研究生：2000元/人·月，发放期限：36个月" in clause.text
    assert [(a.value, a.payment_unit) for a in clause.amounts] == [(2000, "per-person-month"), (600, "per-person-month")]
    assert [(p.kind, p.duration) for p in clause.periods] == [("duration", "P36M"), ("duration", "P24M")]


@pytest.mark.parametrize("label, rows, sums", [
    ("工作年限\n补贴标准（元/人·月）", "1 年\n500\n3 年\n1000\n5 年\n1500\n", [500, 1000, 1500]),
    ("服务期限\n一次性补贴（元/人）", "3年\n20000\n5年\n30000\n", [20000, 30000]),
])
def test_rows_labelled_by_a_length_are_still_a_payment_table(tmp_path, label, rows, sums):
    """工作年限 / 补贴标准（元/人·月） / 1 年 / 500: a length is the row's label here, not a figure (a review: the rows had run
    together, no sum read)."""
    text = "芜湖市人民政府办公室关于印发人才安居办法的通知\n芜政办秘〔2023〕21 号\n第一条 按下列标准发放租房补贴：\n" + label + "\n" + rows
    (clause,) = parse_text(tmp_path, text).clauses
    assert [a.value for a in clause.amounts] == sums and clause.periods == []


def test_a_length_column_after_the_money_in_rows_labelled_by_a_length(tmp_path):
    """工作年限 / 补贴标准（元/人·月） / 补贴期限 / 1 年 / 500 / 12 个月 / 3 年 / …: each row's length is its own, not the next row's
    label (a review)."""
    text = ("芜湖市人民政府办公室关于印发人才安居办法的通知\n芜政办秘〔2023〕21 号\n第一条 按下列标准发放租房补贴：\n工作年限\n"
            "补贴标准（元/人·月）\n补贴期限\n1 年\n500\n12 个月\n3 年\n1000\n24 个月\n5 年\n1500\n36 个月\n")
    (clause,) = parse_text(tmp_path, text).clauses
    assert "3年：1000元/人·月，补贴期限：24个月" in clause.text
    assert [a.value for a in clause.amounts] == [500, 1000, 1500]


def test_a_length_cell_with_its_bound_keeps_each_row_with_its_own_group(tmp_path):
    """补贴期限 / 最长不超过3 年: a length with its bound is the row's last cell (a blind test: the cell had opened the next row,
    each sum taking the next row's group)."""
    text = ("四川省人民政府办公厅关于印发测试方案的通知\n川办发〔2023〕19 号\n（一）对企业吸纳重点群体就业的，按下表标准给予社会保险补贴。\n"
            "类别\n补贴标准（元/人·月）\n补贴期限\n就业困难人员\n1000\n最长不超过3 年\n脱贫人口\n600\n最长不超过3 年\n退役军人\n600\n最长不超过2 年\n")
    (clause,) = parse_text(tmp_path, text).clauses
    assert [(a.value, a.group) for a in clause.amounts] == [(1000, "hard-to-employ"), (600, "poor-labour"), (600, "veterans")]
    assert [(p.duration, p.bound) for p in clause.periods] == [("P3Y", "max"), ("P3Y", "max"), ("P2Y", "max")]


def test_a_spaced_table_whose_sums_carry_their_yuan_names_each_figure_and_its_cap(tmp_path):
    """补贴品类 能效等级 补贴比例 每件补贴上限 / 冰箱、洗衣机、空调 一级能效 20% 2000元: a header with no measure, the sums written
    with their 元 in the cells. The rows had run together, the caps read as exact sums and only the first paid per item
    (a blind test, h267 F3); each row a sum capped per item now, each rate named by its column."""
    text = ("福州市商务局关于家电以旧换新补贴标准的通知\n榕商务〔2024〕47号\n各县（市）区商务主管部门：\n一、补贴标准\n"
            "家电以旧换新补贴标准表\n补贴品类 能效等级 补贴比例 每件补贴上限\n冰箱、洗衣机、空调 一级能效 20% 2000元\n"
            "冰箱、洗衣机、空调 二级能效 15% 1500元\n电视机、电脑 一级能效 15% 1000 元\n二、其他\n本通知由市商务局负责解释。\n")
    doc = parse_text(tmp_path, text)
    clause = doc.clauses[0]
    assert "冰箱、洗衣机、空调，二级能效，补贴比例：15%，每件补贴上限：最高1500元" in clause.text
    assert [(a.value, a.bound, a.payment_unit) for a in clause.amounts] == [
        (2000, "max", "per-item"), (1500, "max", "per-item"), (1000, "max", "per-item")]
    assert [(r.percent, r.bound) for r in clause.rates] == [(20, "exact"), (15, "exact"), (15, "exact")]
    assert [text[a.span.start : a.span.end] for a in clause.amounts] == [a.span.text for a in clause.amounts]


def test_spaced_lines_of_words_and_sums_in_prose_are_no_payment_table():
    """A spaced line that names no paid column, or rows whose cells do not line up with it, stay text."""
    text = "补贴品类 能效等级 备注\n冰箱 一级能效 2000元\n电视机 一级能效 1000元\n"
    assert [p.text for p in split_paragraphs(text)] == ["补贴品类能效等级备注冰箱一级能效2000元电视机一级能效1000元"]
    text = "补贴品类 每件补贴上限\n冰箱、洗衣机 一级能效 20% 2000元\n"
    assert not any("最高" in p.text for p in split_paragraphs(text))


HEADQUARTERS = ("长沙市总部企业认定和奖励办法\n第一条 对新认定的总部企业，按照其类型给予落户奖励，具体标准见附件。\n"
                "第二条 本办法自2023 年8 月1 日起施行，有效期5 年。\n附件\n长沙市总部企业落户奖励标准\n")


def test_an_annex_that_is_a_payment_table_gives_each_row_its_clause(tmp_path):
    """附件 / …落户奖励标准 / 总部类型 / 落户奖励（万元） / 跨国公司地区总部 / 1000 after the last article: an annex with no item
    numbered, its rows sums paid. They had been closing text, no clause and no amount (a blind test, h273 F1); and the
    annex's title had become the 办法's alternative title (h273 F8), though the 办法 is no notice issuing it."""
    text = HEADQUARTERS + "总部类型\n落户奖励（万元）\n跨国公司地区总部\n1000\n国内大企业总部\n800\n"
    doc = parse_text(tmp_path, text)
    annexed = [c for c in doc.clauses if c.path.startswith("a1.")]
    assert [(c.text, [(a.value, a.bound) for a in c.amounts]) for c in annexed] == [
        ("跨国公司地区总部：1000万元", [(10_000_000, "exact")]), ("国内大企业总部：800万元", [(8_000_000, "exact")])]
    assert [(s.path, s.heading) for s in doc.sections] == [("a1", "长沙市总部企业落户奖励标准")]
    assert doc.alternative_title is None


def test_an_annexed_table_numbered_by_row_names_its_columns_of_conditions_and_awards(tmp_path):
    """序号 / 总部类型 / 认定条件（上年度营业收入） / 落户奖励, a cell a line: 落户奖励 named no column and the note on 认定条件 had
    been read as a rule on the rows (h273 F1): each row now a clause, its threshold and its award named by their columns."""
    text = HEADQUARTERS + ("序号\n总部类型\n认定条件（上年度营业收入）\n落户奖励\n1\n跨国公司地区总部\n10 亿元以上\n1000 万元\n"
                           "2\n国内大企业总部\n20 亿元以上\n800 万元\n")
    doc = parse_text(tmp_path, text)
    annexed = [c for c in doc.clauses if c.path.startswith("a1.")]
    assert [c.text for c in annexed] == ["（1）跨国公司地区总部，认定条件：10亿元以上，落户奖励：1000万元",
                                         "（2）国内大企业总部，认定条件：20亿元以上，落户奖励：800万元"]
    assert [[(a.value, a.bound, a.threshold) for a in c.amounts] for c in annexed] == [
        [(1e9, "min", True), (1e7, "exact", False)], [(2e9, "min", True), (8e6, "exact", False)]]
    assert not any("认定条件" in s.text for s in doc.segments)


def test_a_notice_issuing_its_attachment_keeps_the_attachments_title_as_its_alternative(tmp_path):
    """关于印发《…》的通知 / 附件 / …办法: the attachment is the document the notice issues, its title the alternative title."""
    text = ("长沙市人民政府办公厅关于印发长沙市总部企业认定和奖励办法的通知\n长政办发〔2023〕30号\n各区县（市）人民政府：\n"
            "现将《长沙市总部企业认定和奖励办法》印发给你们，请认真遵照执行。\n长沙市人民政府办公厅\n2023年7月12日\n"
            "附件\n长沙市总部企业认定和奖励办法\n第一条 对新认定的总部企业给予落户奖励。\n第二条 本办法自2023年8月1日起施行。\n")
    assert parse_text(tmp_path, text).alternative_title == "长沙市总部企业认定和奖励办法"


def test_a_spaced_table_whose_sums_are_written_in_words_keeps_each_rows_payment_its_own(tmp_path):
    """补助项目 补助对象 补助标准 备注 / 一次性吸纳就业补贴 … 每个新增托位6000 元 一次性补助 / 托育机构运营补贴 … 每人每月100 元 …: the
    rows had run together, each sum taking the next row's instrument (a blind test, h274 F3). Each row is a paragraph now,
    its cells after their columns' names, the row's end marked."""
    text = ("宝鸡市普惠托育服务发展补助资金管理办法\n第一条 补助标准按下表执行：\n补助项目 补助对象 补助标准 备注\n"
            "一次性吸纳就业补贴 新建、改扩建普惠托育机构 每个新增托位6000 元 一次性补助\n"
            "托育机构运营补贴 收费不高于指导价的备案机构 每人每月100 元 每年最高15 万元\n"
            "示范机构奖励 市级示范托育机构 20 万元 一次性奖励\n第二条 本办法自2025 年1 月1 日起施行。\n")
    clause = parse_text(tmp_path, text).clauses[0]
    assert "托育机构运营补贴，补助对象：收费不高于指导价的备案机构，补助标准：每人每月100元，备注：每年最高15万元；" in clause.text
    assert [(a.value, a.instrument) for a in clause.amounts if a.value in (6000, 100)] == [
        (6000, "one-off-hiring-subsidy"), (100, "operating-subsidy")]
    assert next(a for a in clause.amounts if a.value == 150000).instrument != "one-off-award"


BOOTHS = ("广东省商务厅关于组织申报2024年度境外展会补贴项目的通知\n粤商务贸函〔2024〕56号\n各地级以上市商务主管部门：\n"
          "一、支持企业参加境外展会，按照附件所列标准给予展位费补贴。\n附件：境外展会展位费补贴标准\n广东省商务厅\n2024年4月22日\n"
          "附件\n境外展会展位费补贴标准\n")


@pytest.mark.parametrize("table", [
    "展会所在区域 标准展位每个补贴上限 光地每平方米补贴上限\n港澳台地区 1.5万元 0.15万元\n欧洲、北美洲 3万元 0.3万元\n",
    "单位：万元\n展会所在区域\n标准展位每个补贴上限\n光地每平方米补贴上限\n港澳台地区\n1.5\n0.15\n欧洲、北美洲\n3\n0.3\n",
])
def test_an_annexed_table_of_caps_after_the_signature_gives_its_rows_and_the_titles_instrument(tmp_path, table):
    """附件 / 境外展会展位费补贴标准 after the signature, a row a line with its sums' 元 (a long column name: 标准展位每个补贴上限), or a
    cell a line under 单位：万元: the annex had been closing text, no amount (a blind test, h279 F1, F2); each row a clause of
    a1 now, each sum a cap per booth or per square metre, paid as the exhibition subsidy the annex's title names."""
    doc = parse_text(tmp_path, BOOTHS + table)
    annexed = [c for c in doc.clauses if c.path.startswith("a1.")]
    assert [[(a.value, a.bound, a.payment_unit, a.instrument) for a in c.amounts] for c in annexed] == [
        [(15000, "max", "per-item", "exhibition-subsidy"), (1500, "max", "per-square-metre", "exhibition-subsidy")],
        [(30000, "max", "per-item", "exhibition-subsidy"), (3000, "max", "per-square-metre", "exhibition-subsidy")]]
    assert [(s.path, s.heading) for s in doc.sections] == [("a1", "境外展会展位费补贴标准")]


def test_a_spaced_table_under_a_measure_with_a_capped_cell_or_a_measure_per_project(tmp_path):
    """补贴标准（万元） with a cell 不超过10, or 补贴标准（万元/项）: the whole table had been lost (a blind test, h277 F6, F7)."""
    head = ("重庆市企业上云补贴实施细则\n一、补贴标准\n对企业购买云服务的，按照附件所列标准给予补贴。\n二、附则\n本细则自印发之日起施行。\n"
            "附件\n重庆市企业上云补贴标准\n")
    capped = head + ("序号    补贴类别          补贴对象                 补贴标准（万元）       支付方式\n"
                     "1       基础设施上云      中小微企业               2                         一次性\n"
                     "2       平台系统上云      规模以上工业企业         不超过10                  按实际支出的30%\n")
    doc = parse_text(tmp_path, capped)
    assert [(a.value, a.bound) for c in doc.clauses for a in c.amounts] == [(20000, "exact"), (100000, "max")]
    per_project = head + ("序号    补贴类别          补贴对象                 补贴标准（万元/项）       支付方式\n"
                          "1       基础设施上云      中小微企业               2                         一次性\n"
                          "2       平台系统上云      大型企业                 10                  一次性\n")
    doc = parse_text(tmp_path, per_project, name="per_project.txt")
    assert [(a.value, a.payment_unit) for c in doc.clauses for a in c.amounts] == [(20000, "per-item"), (100000, "per-item")]


def test_a_spaced_rows_label_cells_wrapped_onto_an_indented_line(tmp_path):
    """2 数据管理能力 通过DCMM二级及以上 15 一次性 / (indented) 成熟度贯标 评估的企业: each wrapped piece is the label cell's it is
    printed under (h277 F11: lost to the closing text, the row no longer saying who qualifies)."""
    text = ("重庆市企业上云补贴实施细则\n一、补贴标准\n按照附件所列标准给予补贴。\n附件\n重庆市企业上云补贴标准\n"
            "序号    补贴类别          补贴对象                 补贴标准（万元/家）       支付方式\n"
            "1       基础设施上云      中小微企业               2                         一次性\n"
            "2       数据管理能力      通过DCMM二级及以上       15                        一次性\n"
            "        成熟度贯标        评估的企业\n")
    doc = parse_text(tmp_path, text)
    assert doc.clauses[-1].text == "2，数据管理能力成熟度贯标，通过DCMM二级及以上评估的企业：15万元/家，支付方式：一次性"
    assert not any("评估的企业" in s.text for s in doc.segments)


def test_an_indented_heading_after_a_spaced_table_is_no_wrapped_cell(tmp_path):
    """…/ 高级工 2000 取证之日起12个月内 / 　　二、申报程序: the heading, indented as a paragraph, had been joined to the last row's
    label (高级工二、申报程序) and section 二 lost (the review of the h277 F11 rule)."""
    text = ("某市人力资源和社会保障局关于做好职业技能提升补贴工作的通知\n某人社发〔2024〕8号\n各县（市、区）人力资源和社会保障局：\n"
            "一、补贴标准\n职业技能等级 补贴标准（元/人） 申领期限\n初级工 1000 取证之日起12个月内\n中级工 1500 取证之日起12个月内\n"
            "高级工 2000 取证之日起12个月内\n　　二、申报程序\n符合条件的人员通过网上平台提出申请，县级人社部门审核后发放补贴。\n　　特此通知\n")
    doc = parse_text(tmp_path, text)
    assert [c.number for c in doc.clauses] == ["一、", "二、"] and "高级工，" not in doc.clauses[0].text.replace("高级工：", "")
    assert "二、申报程序" not in doc.clauses[0].text


def test_a_tier_table_with_a_column_of_years_after_its_sums(tmp_path):
    """类别 / 学历（职称）条件 / 安家补贴（万元） / 生活补贴（元/月） / 服务期（年）, a cell a line: the column of years after the sums
    had lost the whole table (h283 F1); in a row a line, the first sum of two had lost its column's name (h283 F2)."""
    head = ("海西州引进人才实施细则\n第一条 引进人才分为两类，待遇标准按本细则附表执行。\n第二条 本细则自印发之日起施行。\n附表\n"
            "海西州引进人才待遇标准\n")
    cells = head + ("类别\n学历（职称）条件\n安家补贴（万元）\n生活补贴（元/月）\n服务期（年）\n第一类\n博士研究生或正高级职称\n20\n3000\n5\n"
                    "第二类\n硕士研究生或副高级职称\n10\n2000\n3\n")
    doc = parse_text(tmp_path, cells)
    rows = [c for c in doc.clauses if c.path.startswith("a1.")]
    assert rows[0].text == "第一类，博士研究生或正高级职称，安家补贴：20万元，生活补贴：3000元/月，服务期（年）：5；"
    assert [[(a.value, a.payment_unit) for a in c.amounts] for c in rows] == [
        [(200000, None), (3000, "per-month")], [(100000, None), (2000, "per-month")]]
    spaced = head + "类别 学历（职称）条件 安家补贴（万元） 生活补贴（元/月）\n第一类 博士研究生或正高级职称 20 3000\n第二类 硕士研究生或副高级职称 10 2000\n"
    rows = [c for c in parse_text(tmp_path, spaced, name="spaced.txt").clauses if c.path.startswith("a1.")]
    assert rows[1].text == "第二类，硕士研究生或副高级职称，安家补贴：10万元，生活补贴：2000元/月；"


def test_a_tier_table_under_a_bare_measure_line_gives_a_sum_per_cell(tmp_path):
    """单位：万元/辆 / 车辆类型 / 国三及以下 / 国四 / 重型货车 / 3.5 / 2.5: no column names money, each names a tier of the one
    sum; the rows had been rebuilt but none of the sums read (h291 F1). A column of counts beside the tiers (淘汰数量)
    stays a count, and without the measure line the figures are no sums."""
    head = "山东省老旧营运货车提前淘汰补助实施细则\n二、补助标准\n按车辆类型和排放标准分档补助，具体标准如下：\n"
    table = "车辆类型\n国三及以下\n国四\n重型货车\n3.5\n2.5\n中型货车\n2.0\n1.2\n三、其他\n略。\n"
    clause = parse_text(tmp_path, head + "单位：万元/辆\n" + table).clauses[0]
    assert [(a.value, a.bound, a.payment_unit) for a in clause.amounts] == [
        (35000, "exact", "per-item"), (25000, "exact", "per-item"), (20000, "exact", "per-item"), (12000, "exact", "per-item")]
    counted = table.replace("国四\n", "国四\n淘汰数量\n").replace("2.5\n", "2.5\n100\n").replace("1.2\n", "1.2\n80\n")
    clause = parse_text(tmp_path, head + "单位：万元/辆\n" + counted, name="counted.txt").clauses[0]
    assert [a.value for a in clause.amounts] == [35000, 25000, 20000, 12000]
    assert "重型货车，国三及以下：3.5万元/辆，国四：2.5万元/辆，淘汰数量：100；\n" in clause.text
    assert not parse_text(tmp_path, head + table, name="bare.txt").clauses[0].amounts


def test_a_table_of_two_measured_columns_one_a_cap_per_km_and_per_year(tmp_path):
    """车辆类型 / 补贴标准（元/公里） / 单车年度补贴上限（万元） / 9 座及以下 / 0.25 / 1.2: the 元/公里 measure had not been read, the
    table lost and its cells glued into 0.251.210 (h291 F2); each figure is now its column's sum, the cap only the cap
    column's (not 最高0.25)."""
    text = ("岳阳市农村客运补贴资金管理办法\n第六条 农村客运运营补贴按核定的年度运营里程计算，补贴标准如下表：\n车辆类型\n"
            "补贴标准（元/公里）\n单车年度补贴上限（万元）\n9 座及以下\n0.25\n1.2\n10－19 座\n0.35\n1.8\n第七条 略。\n")
    clause = parse_text(tmp_path, text).clauses[0]
    assert [(a.value, a.bound) for a in clause.amounts] == [(0.25, "exact"), (12000, "max"), (0.35, "exact"), (18000, "max")]
    assert "0.251.2" not in clause.text and "补贴标准：0.25元/公里，单车年度补贴上限：最高1.2万元" in clause.text


def test_each_row_of_a_spaced_table_keeps_its_responsible_unit(tmp_path):
    """补助项目 补助标准 资金承担 责任单位, a row a line: each row's 责任单位 field, after a comma, had run on to the next rows and
    been dropped, only the last row's unit kept (h288 F3); now it ends at its row's ；. A field that is a sentence of its
    own after a comma (受理单位：…初审后报…复核；) still names no unit."""
    head = "隆回县人民政府办公室关于调整乡村医生补助标准的通知\n一、补助标准及资金承担\n补助标准及资金承担情况见下表。\n"
    table = ("补助项目 补助标准 资金承担 责任单位\n乡村医生定额补助 500元/人·月 县财政100% 县卫生健康局\n"
             "村卫生室运行补助 10000元/个·年 省级50%、县级50% 县财政局\n离岗老年乡村医生生活补助 300元/人·月 县财政100% 县人力资源社会保障局\n")
    clause = parse_text(tmp_path, head + table).clauses[0]
    assert [(u.name, u.role) for u in clause.units] == [
        ("县卫生健康局", "lead"), ("县财政局", "lead"), ("县人力资源社会保障局", "lead")]
    sentence = head.replace("补助标准及资金承担情况见下表。\n", "企业提交申请材料，受理单位：各县区就业服务中心初审后报县人社局复核；\n"
                            "补助资金按季度拨付。\n")
    assert parse_text(tmp_path, sentence, name="sentence.txt").clauses[0].units == []


def test_an_old_and_new_standard_table_with_a_unit_column(tmp_path):
    """项目 / 原标准 / 新标准 / 单位 / 城市低保标准 / 770 / 810 / 元/人·月: the row's two figures had been glued into one sum, 770810元
    (h289 F1); each row now reads 城市低保标准，原标准：770元/人·月，新标准：810元/人·月, the old standard superseded. A unit cell
    that is no money (人) reads no table."""
    head = "临泽县民政局关于调整城乡低保标准的通知\n一、调整内容\n城乡低保标准按下表调整：\n"
    table = "项目\n原标准\n新标准\n单位\n城市低保标准\n770\n810\n元/人·月\n农村低保标准\n5760\n6060\n元/人·年\n二、其他\n略。\n"
    clause = parse_text(tmp_path, head + table).clauses[0]
    assert [(a.value, a.payment_unit, a.superseded, a.group) for a in clause.amounts] == [
        (770, "per-person-month", True, "low-income-families"), (810, "per-person-month", False, "low-income-families"),
        (5760, "per-person-year", True, "low-income-families"), (6060, "per-person-year", False, "low-income-families")]
    assert "城市低保标准，原标准：770元/人·月，新标准：810元/人·月；" in clause.text
    counts = table.replace("元/人·月", "人").replace("元/人·年", "人")
    assert not parse_text(tmp_path, head + counts, name="counts.txt").clauses[0].amounts


def test_an_old_and_new_standard_table_with_the_measure_in_its_header(tmp_path):
    """项目 / 原标准（元/人·月） / 新标准（元/人·月）: 810 had taken the next row's group (特困人员), its row's last phrase running
    into the next row's label, and 原标准 had not been superseded (h289 F2). In prose, 原标准为…，新标准为… reads alike; a 新标准
    with no 原标准 before it supersedes nothing."""
    head = "临泽县民政局关于调整城乡低保标准的通知\n一、调整内容\n城乡低保标准按下表调整：\n"
    table = "项目\n原标准（元/人·月）\n新标准（元/人·月）\n城市低保标准\n770\n810\n城市特困人员基本生活标准\n1001\n1053\n二、其他\n略。\n"
    clause = parse_text(tmp_path, head + table).clauses[0]
    assert [(a.value, a.superseded, a.group) for a in clause.amounts] == [
        (770, True, "low-income-families"), (810, False, "low-income-families"),
        (1001, True, "extremely-poor"), (1053, False, "extremely-poor")]
    prose = head.replace("城乡低保标准按下表调整：\n", "城市低保标准原标准为每人每月770元，新标准为每人每月810元。\n"
                         "城市低保标准为每人每月810元，特困人员新标准为每人每月900元。\n")
    clause = parse_text(tmp_path, prose, name="prose.txt").clauses[0]
    assert [(a.value, a.superseded) for a in clause.amounts] == [(770, True), (810, False), (810, False), (900, False)]


def test_tier_cells_written_after_their_bound(tmp_path):
    """档次 / 生活自理能力 / 照料护理标准（元/人·月） / 第一档 / 具备生活自理能力 / 不低于150: the 不低于 before each figure had lost the
    table (h289 F3); each cell is a floor now. A cell of words after 不低于 (不低于当地标准) is still no figure."""
    head = "江西省民政厅关于调整特困人员照料护理标准的通知\n一、照料护理标准\n具体标准如下：\n"
    table = ("档次\n生活自理能力\n照料护理标准（元/人·月）\n第一档\n具备生活自理能力\n不低于150\n第二档\n部分丧失生活自理能力\n不低于450\n"
             "第三档\n完全丧失生活自理能力\n不低于1200\n二、其他\n略。\n")
    clause = parse_text(tmp_path, head + table).clauses[0]
    assert [(a.value, a.bound, a.payment_unit) for a in clause.amounts] == [
        (150, "min", "per-person-month"), (450, "min", "per-person-month"), (1200, "min", "per-person-month")]
    words = table.replace("不低于150", "不低于当地标准").replace("不低于450", "不低于当地标准").replace("不低于1200", "不低于当地标准")
    assert not parse_text(tmp_path, head + words, name="words.txt").clauses[0].amounts


def test_a_spaced_table_in_an_attachment_after_the_signature(tmp_path):
    """附件 / …补贴标准表 / 船舶类型 主机功率 补贴标准 / 海洋捕捞渔船 12 千瓦（含）以下 2000 元/艘: the figure's measure after a space
    (12 千瓦) had split its cell from its figure, the rows were no table and the attachment was all closing text, its sums lost
    (h285 F6); each row is a clause of the attachment now. Rows of words only (no sum) stay closing text."""
    head = ("徐闻县农业农村局关于做好2023年度渔业油价补贴资金发放工作的通知\n徐农〔2024〕18号\n各镇人民政府：\n"
            "一、各镇人民政府要按附件标准做好补贴测算。\n附件：徐闻县2023年度渔业油价补贴标准表\n徐闻县农业农村局\n2024年2月26日\n附件\n"
            "徐闻县2023年度渔业油价补贴标准表\n船舶类型 主机功率 补贴标准\n")
    rows = "海洋捕捞渔船 12 千瓦（含）以下 2000 元/艘\n海洋捕捞渔船 44.1 千瓦（含）以上 260 元/千瓦\n海水养殖渔船 — 1500 元/艘\n"
    doc = parse_text(tmp_path, head + rows)
    # (元/艘: a vessel, per item as 元/辆, h285 F5)
    assert [(a.value, a.payment_unit) for c in doc.clauses for a in c.amounts] == [(2000, "per-item"), (260, "per-kw"), (1500, "per-item")]
    words = "海洋捕捞渔船 大型 按标准\n海水养殖渔船 小型 按标准\n"
    assert not [a for c in parse_text(tmp_path, head + words, name="words.txt").clauses for a in c.amounts]


def test_a_remark_column_after_the_money_with_empty_cells(tmp_path):
    """造林方式 / 补助标准（元/亩） / 备注 / 人工造林（竹林） / 300 / (blank) / 油茶新造 / 800 / 分三年兑现 / …: the 备注 column had been read
    as a sub-column of the money's (人工造林（竹林），备注：300元/亩) and the rows after a filled 备注 cell lost (h284 F6); the 备注
    cell is a row's optional last cell now, blank or a few words before the next row's label. The article after the table is
    no 备注 cell."""
    head = "怀化市造林补助资金管理办法\n第一条 为规范造林补助资金管理，制定本办法。\n第二条 造林补助标准如下：\n造林方式\n补助标准（元/亩）\n备注\n"
    rows = "人工造林（竹林）\n300\n\n油茶新造\n800\n分三年兑现\n退化林修复\n300\n\n封山育林\n100\n\n"
    doc = parse_text(tmp_path, head + rows + "第三条 本办法自2024年5月1日起施行。\n")
    clause = doc.clauses[1]
    assert [(a.value, a.bound, a.payment_unit) for a in clause.amounts] == [
        (300, "exact", "per-mu"), (800, "exact", "per-mu"), (300, "exact", "per-mu"), (100, "exact", "per-mu")]
    assert "人工造林（竹林）：300元/亩\n油茶新造：800元/亩，备注：分三年兑现\n退化林修复：300元/亩" in clause.text
    assert "备注：300" not in clause.text and doc.clauses[2].text.startswith("第三条")
    # the last row's 备注 filled, then an item's heading: the heading is no 备注 cell
    last = rows.replace("封山育林\n100\n\n", "封山育林\n100\n补植补造\n") + "三、资金拨付\n资金按年度拨付。\n"
    clause = parse_text(tmp_path, head + last, name="last.txt").clauses[1]
    assert [a.value for a in clause.amounts] == [300, 800, 300, 100]
    assert "封山育林：100元/亩，备注：补植补造\n三、资金拨付" in clause.text


def test_a_rows_last_sum_keeps_the_break_before_the_next_rows_label(tmp_path):
    """服务包名称 / 年收费标准（元/人） / 老年人健康服务包 / 200 / 慢病管理服务包 / 260 / 孕产妇健康服务包 / 150, then a line: the break after
    each row (its last sum ends in 元, no stop) was read through, 260 took the next row's group (孕产妇) and a spaced table's
    60元 the first row's 老年人 (h288 F8); the break after a table's row is kept now. A break inside a prose phrase is still
    read through (对老年人每人每年补助 / 200元)."""
    head = "湄潭县家庭医生签约服务费管理办法\n第一条 个性化签约服务包收费标准如下：\n"
    tail = "个性化服务包医保基金支付部分不得超过年收费标准的40%。\n第二条 本办法自2024年3月1日起施行。\n"
    table = "服务包名称\n年收费标准（元/人）\n老年人健康服务包\n200\n慢病管理服务包\n260\n孕产妇健康服务包\n150\n"
    clause = parse_text(tmp_path, head + table + tail).clauses[0]
    assert [(a.value, a.group) for a in clause.amounts] == [
        (200, "elderly"), (260, None), (150, "pregnant-and-postpartum-women")]
    spaced = ("服务包名称 年收费标准 医保基金支付\n老年人健康服务包 200元/人 80元\n慢病管理服务包 260元/人 100元\n"
              "孕产妇健康服务包 150元/人 60元\n")
    clause = parse_text(tmp_path, head + spaced + tail, name="spaced.txt").clauses[0]
    assert [a.value for a in clause.amounts] == [200, 80, 260, 100, 150, 60]
    assert all(a.group != "elderly" for a in clause.amounts[2:]) and all(a.group is None for a in clause.amounts[2:4])
    prose = head.replace("个性化签约服务包收费标准如下：", "对老年人每人每年补助\n200元。")
    assert [(a.value, a.group) for a in parse_text(tmp_path, prose, name="prose.txt").clauses[0].amounts] == [(200, "elderly")]


def test_a_spaced_tables_yearly_fee_with_its_own_measure_and_the_payers_shares(tmp_path):
    """服务包名称 年收费标准 医保基金支付 个人支付 / 老年人健康服务包 200元/人 80元 120元: the cell's own measure (元/人) had made 200元/人
    a label, the column's name 年收费标准 lost and the fee read per person only, its shares none (h288 F7); now
    年收费标准：200元/人 per person and year, 医保基金支付：80元 and 个人支付：120元 its shares, as the fee. A year's standard
    (2024年收费标准) names no period; how a sum is paid (按月支付) no share."""
    head = "湄潭县家庭医生签约服务费管理办法\n第一条 个性化签约服务包收费标准如下：\n"
    table = "服务包名称 年收费标准 医保基金支付 个人支付\n老年人健康服务包 200元/人 80元 120元\n孕产妇健康服务包 150元/人 60元 90元\n"
    clause = parse_text(tmp_path, head + table + "第二条 本办法自2024年3月1日起施行。\n").clauses[0]
    assert "老年人健康服务包，年收费标准：200元/人，医保基金支付：80元，个人支付：120元；" in clause.text
    assert [(a.value, a.payment_unit) for a in clause.amounts] == [
        (200, "per-person-year"), (80, "per-person-year"), (120, "per-person-year"),
        (150, "per-person-year"), (60, "per-person-year"), (90, "per-person-year")]
    prose = head.replace("个性化签约服务包收费标准如下：", "2024年收费标准为200元/人，每人每月500元，按月支付300元。")
    assert [(a.value, a.payment_unit) for a in parse_text(tmp_path, prose, name="prose.txt").clauses[0].amounts] == [
        (200, "per-person"), (500, "per-person-month"), (300, None)]


@pytest.mark.parametrize("measure, unit", [
    ("元/生·月", "per-person-month"), ("元/生·年", "per-person-year"), ("元/（生·月）", "per-person-month"),
    ("元/月·生", "per-person-month"), ("元/（人·月）", "per-person-month"), ("元/人·月", "per-person-month")])
def test_a_fee_table_under_a_unit_line_per_pupil(tmp_path, measure, unit):
    """h297 F1: 附件 / …收费标准表 / 单位：元/生·月 / 幼儿园等级 / 保教费收费标准 / 省级示范幼儿园 / 680 / …: the measure per pupil (生),
    or bracketed, or the month first, had not been read, so the table was no table and every sum was lost in the closing
    segment; now each row is a sum per person and month (or year), as under 单位：元/人·月. A line 单位：元/生产线 states no
    measure: the table stays unread."""
    head = "某市发展和改革委员会关于调整公办幼儿园保教费收费标准的通知\n一、收费标准。各等级幼儿园保教费标准如下：\n"
    table = "单位：{}\n幼儿园等级\n保教费收费标准\n省级示范幼儿园\n680\n一级幼儿园\n480\n二级幼儿园\n400\n二、其他。\n"
    clause = parse_text(tmp_path, head + table.format(measure)).clauses[0]
    assert [(a.value, a.payment_unit) for a in clause.amounts] == [(680, unit), (480, unit), (400, unit)]
    other = parse_text(tmp_path, head + table.format("元/生产线"), name="other.txt").clauses[0]
    assert not other.amounts


def test_a_tier_table_whose_cells_carry_their_own_units_and_words(tmp_path):
    """h294 F4: 建筑类别 / 补助比例 / 单栋最高补助 / 文物建筑 / 修缮工程审定价的70% / 50 万元 / …: a header naming no measure, each
    rate's cell with words before its figure; the cells had been glued into the clause, the header's 最高 read on the first
    rate and the caps exact. Now each row reads 文物建筑，补助比例：修缮工程审定价的70%，单栋最高补助：最高50万元, the rates exact
    and the caps max. A header naming no cap (补助金额) leaves its sums exact; short lines of prose with a sum, after a
    sentence rather than a header of names, are no table."""
    head = "松阳县历史建筑修缮补助实施细则\n一、补助标准\n1.保护建筑修缮补助按建筑类别实行分档补助，具体标准见下表：\n"
    table = ("建筑类别\n补助比例\n单栋最高补助\n文物建筑\n修缮工程审定价的70%\n50 万元\n历史建筑\n修缮工程审定价的50%\n30 万元\n"
             "2.修缮工程审定价在3 万元以下的项目，不予补助。\n")
    clause = parse_text(tmp_path, head + table).clauses[0]
    assert "文物建筑，补助比例：修缮工程审定价的70%，单栋最高补助：最高50万元；" in clause.text
    assert [(a.value, a.bound) for a in clause.amounts] == [(500000, "max"), (300000, "max")]
    assert [(r.percent, r.bound) for r in clause.rates] == [(70, "exact"), (50, "exact")]
    uncapped = parse_text(tmp_path, head + table.replace("单栋最高补助", "补助金额"), name="uncapped.txt").clauses[0]
    assert [(a.value, a.bound) for a in uncapped.amounts] == [(500000, "exact"), (300000, "exact")]
    prose = head + "对文物建筑\n给予补助\n每栋50 万元\n对历史建筑\n给予补助\n每栋30 万元\n"
    assert "：" not in "".join(p.text for p in split_paragraphs(prose)[3:])


def test_a_spaced_table_with_a_unit_column_before_its_figures(tmp_path):
    """h293 F2: 畜禽种类 计量单位 补助标准 / 生猪 元/头 80 / …: each row's measure in its own column before the figure; the rows
    had been glued into the clause (…生猪元/头80牛元/头300…) and every sum lost. Now each reads 生猪：80元/头, per head, exact,
    a 备注 cell after it where the row has one.
    A unit column of counts (头, no 元) is no payment table: its figures stay no sums."""
    head = "唐河县病死畜禽无害化处理补助办法\n三、补助标准\n（一）对集中处理的病死畜禽，按下表标准给予补助。\n表1 病死畜禽无害化处理补助标准\n"
    table = "畜禽种类 计量单位 补助标准\n生猪 元/头 80\n牛 元/头 300\n家禽 元/羽 0.5\n"
    clause = parse_text(tmp_path, head + table).clauses[0]
    assert "生猪：80元/头" in clause.text and "家禽：0.5元/羽" in clause.text
    assert [(a.value, a.bound, a.payment_unit) for a in clause.amounts] == [
        (80, "exact", "per-head"), (300, "exact", "per-head"), (0.5, "exact", "per-head")]
    remarks = "畜禽种类 计量单位 补助标准 备注\n生猪 元/头 80 体重10 公斤以上\n牛 元/头 300\n"
    noted = parse_text(tmp_path, head + remarks, name="remarks.txt").clauses[0]
    assert "生猪：80元/头，备注：体重10公斤以上" in noted.text and [a.value for a in noted.amounts] == [80, 300]
    counts = "畜禽种类 计量单位 存栏数量\n生猪 头 800\n牛 头 300\n"
    other = parse_text(tmp_path, head + counts, name="counts.txt").clauses[0]
    assert not other.amounts and "生猪：" not in other.text
