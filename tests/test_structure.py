from conftest import write
from policykg.ingest.normalize import split_paragraphs
from policykg.ingest.pipeline import parse_file
from policykg.ingest.structure import is_section, parse_structure


def tree(text):
    s = parse_structure(split_paragraphs(text))
    return [(n.path, n.marker.printed, "section" if is_section(n) else "clause") for n in s.nodes], s


def test_articles_in_chapters():
    text = "第一章 总则\n第一条 为了促进就业，制定本办法。\n第二条 本办法适用于全市。\n第二章 扶持政策\n第三条 对高校毕业生给予补贴。"
    nodes, _ = tree(text)
    assert nodes == [("1", "第一章", "section"), ("1.1", "第一条", "clause"), ("1.2", "第二条", "clause"),
                     ("2", "第二章", "section"), ("2.3", "第三条", "clause")]


def test_three_levels_with_arabic_dots_in_both_widths():
    text = ("一、主要任务\n（一）加强就业服务。具体如下：\n1.开展招聘活动。\n2．落实补贴政策。\n"
            "（二）强化培训。\n二、保障措施\n（一）加强领导。")
    nodes, _ = tree(text)
    assert nodes == [("1", "一、", "section"), ("1.1", "（一）", "clause"), ("1.1.1", "1.", "clause"), ("1.1.2", "2.", "clause"),
                     ("1.2", "（二）", "clause"), ("2", "二、", "section"), ("2.1", "（一）", "clause")]


def test_numbering_restarting_or_running_on_gives_unique_paths():
    restart, _ = tree("一、甲\n（一）子一。\n二、乙\n（一）子二。")
    run_on, _ = tree("一、甲\n（一）子一。\n二、乙\n（二）子二。")
    assert [p for p, _, _ in restart] == ["1", "1.1", "2", "2.1"]
    assert [p for p, _, _ in run_on] == ["1", "1.1", "2", "2.2"]


def test_half_width_parenthesised_numbers_nest_like_full_width():
    nodes, _ = tree("一、任务\n(一)做好服务。\n(二)加强监测。")
    assert [(p, n) for p, n, _ in nodes] == [("1", "一、"), ("1.1", "（一）"), ("1.2", "（二）")]


def test_preamble_and_closing_are_not_clauses():
    text = "为促进就业，提出如下意见。\n一、加强领导。各地要落实。（市人社局负责）\n本意见自印发之日起施行。"
    nodes, s = tree(text)
    assert [p.text for p in s.preamble] == ["为促进就业，提出如下意见。"]
    assert nodes == [("1", "一、", "clause")]
    assert [p.text for run in s.closing for p in run] == ["本意见自印发之日起施行。"]


def test_a_file_with_numbered_notice_in_gbk(tmp_path):
    text = ("某某市人民政府办公室文件\n某政办发〔2021〕7号\n关于做好高校毕业生就业工作的通知\n各县区人民政府：\n"
            "为做好就业工作，通知如下。\n一、落实就业见习补贴。按每人每月1500元给予补贴。（市人社局牵头，市财政局配合）\n"
            "二、加强组织领导。\n某某市人民政府办公室\n2021年3月5日\n")
    (doc,) = parse_file(write(tmp_path, "notice.txt", text, encoding="gbk"))
    assert doc.title == "关于做好高校毕业生就业工作的通知"
    assert doc.doc_number.text == "某政办发〔2021〕7号"
    assert [c.path for c in doc.clauses] == ["1", "2"]
    assert [(u.name, u.role) for u in doc.clauses[0].units] == [("市人社局", "lead"), ("市财政局", "co")]
    assert doc.date.isoformat() == "2021-03-05"
