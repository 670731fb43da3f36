"""Task tables flattened by PDF extraction (ingest/tables.py): a row becomes one item whose
units are labelled by the table's own column names."""
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
    assert units["（1）"] == [("市市场监管委", "lead"), ("市政务服务办", "co"), ("市委网信办", "co")]
    assert units["（3）"] == [("市住房城乡建设委", "lead"), ("市规划资源局", "co"), ("市水务局", "co")]
    assert units["（4）"] == [("市规划资源局", "lead")]


def test_numbered_lines_without_a_table_header_are_left_alone():
    text = TABLE.replace("序号\n", "")
    assert not any(p.text.startswith("（1）") for p in split_paragraphs(text))
