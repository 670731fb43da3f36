import datetime as dt

import pytest
from conftest import ROOT, parse_text, write
from policykg.ingest.normalize import split_paragraphs
from policykg.ingest.pipeline import parse_file
from policykg.ingest.structure import is_section, match_marker, parse_structure, path_key


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


# --- numbering styles of real PDF-extracted documents ------------------------------------------

def clause_numbers(text):
    nodes, _ = tree(text)
    return [n for _, n, kind in nodes if kind == "clause"]


def test_items_numbered_on_across_sub_headings_are_all_clauses():
    text = ("一、工作措施\n（一）提升政务服务\n1．推进改革。落实新举措。\n2．优化服务。提供服务。\n"
            "（二）扩大资金投放\n3．保持增长。推动投放。\n4．优化结构。鼓励银行。\n（三）增强融资能力\n5．推进上市。实施计划。\n"
            "二、工作要求\n6．提高认识。围绕部署。")
    nodes, s = tree(text)
    assert clause_numbers(text) == ["1.", "2.", "3.", "4.", "5.", "6."]
    assert [p for p, _, k in nodes if k == "clause"] == ["1.1.1", "1.1.2", "1.2.3", "1.2.4", "1.3.5", "2.6"]
    assert [p for p, _, k in nodes if k == "section"] == ["1", "1.1", "1.2", "1.3", "2"]
    assert s.warnings == []


@pytest.mark.parametrize("dot", [".", "．", "﹒", "、"])
def test_arabic_items_with_every_separator(dot):
    text = f"一、任务\n1{dot}开展活动。内容。\n2{dot}落实补贴。内容。\n3{dot}加强监测。内容。"
    assert [p for p, _, k in tree(text)[0] if k == "clause"] == ["1.1", "1.2", "1.3"]


def test_parenthesised_arabic_and_circled_items_nest_under_arabic_items():
    text = "1.总体任务。如下：\n（1）做好服务。\n（2）加强监测。\n①第一项。\n②第二项。\n2.保障措施。"
    assert [(p, n) for p, n, _ in tree(text)[0]] == [("1", "1."), ("1.1", "（1）"), ("1.2", "（2）"), ("1.2.1", "①"),
                                                     ("1.2.2", "②"), ("2", "2.")]


def test_items_numbered_with_a_closing_bracket_alone_nest_under_parenthesised_ones():
    """1） 2）: a sub-item style of its own, under （1） where both are used and as （1） is under 1. or （一）."""
    text = "（一）支持见习。主要措施包括：\n1）扩大见习规模。\n2）提高补贴标准。\n（二）加大金融支持。\n（1）贷款贴息。\n1）首贷。\n2）续贷。"
    assert [(p, n) for p, n, _ in tree(text)[0]] == [("1", "（一）"), ("1.1", "1）"), ("1.2", "2）"), ("2", "（二）"),
                                                     ("2.1", "（1）"), ("2.1.1", "1）"), ("2.1.2", "2）")]


def test_a_line_opening_with_the_close_of_a_bracket_the_line_before_opened_is_no_item():
    text = "（一）对新认定的企业给予奖励（具体标准见附件\n2）。对其他企业按下列标准给予补助：\n1）国家级，奖励500万元；\n2）省级，奖励200万元。"
    nodes, s = tree(text)
    assert [(p, n) for p, n, _ in nodes] == [("1", "（一）"), ("1.1", "1）"), ("1.2", "2）")]
    assert s.nodes[0].paragraphs[0].text.startswith("（一）对新认定的企业给予奖励（具体标准见附件2）。对其他企业")


def test_a_number_with_a_closing_bracket_inside_a_sentence_is_no_item():
    nodes, _ = tree("（一）按规定给予补贴，补贴标准为\n3）类地区每人每月500元。")
    assert [(p, n) for p, n, _ in nodes] == [("1", "（一）")]


def chinese(n: int) -> str:
    """1..199 as written in documents: 十, 十九, 二十一, 一百, 一百零五, 一百一十."""
    digits = "零一二三四五六七八九"
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = f"{digits[hundreds]}百" if hundreds else ""
    if tens:
        out += ("一" if hundreds else "") + ("十" if tens == 1 else f"{digits[tens]}十") if tens == 1 else f"{digits[tens]}十"
    elif hundreds and ones:
        out += "零"
    return out + (digits[ones] if ones else "")


def test_chinese_numerals_past_ten_with_and_without_ling():
    assert [chinese(n) for n in (10, 21, 105, 110)] == ["十", "二十一", "一百零五", "一百一十"]
    sub_items = "".join(f"（{chinese(n)}）第{n}项。\n" for n in range(1, 24))
    items = "".join(f"{chinese(n)}、第{n}项。\n" for n in range(2, 107))
    paths = [p for p, _, _ in tree("一、任务\n" + sub_items + items)[0]]
    assert paths[19:24] == ["1.19", "1.20", "1.21", "1.22", "1.23"]
    assert paths[-3:] == ["104", "105", "106"] and len(paths) == 1 + 23 + 105


def test_jie_between_chapter_and_article():
    text = "第一章 总则\n第一节 一般规定\n第一条 为了规范，制定本办法。\n第二节 适用\n第二条 本办法适用于全市。"
    assert [(p, k) for p, _, k in tree(text)[0]] == [("1", "section"), ("1.1", "section"), ("1.1.1", "clause"),
                                                     ("1.2", "section"), ("1.2.2", "clause")]


def test_a_heading_wrapped_over_two_lines_is_still_a_section_and_a_heading_with_a_sentence_is_a_clause():
    wrapped = "一、总体要求\n（一）\n加强对接联动机制建设\n1.明确职责。落实任务。\n（二）主要目标。到2025年，建成体系。"
    nodes, _ = tree(wrapped)
    assert [(p, k) for p, _, k in nodes] == [("1", "section"), ("1.1", "section"), ("1.1.1", "clause"), ("1.2", "clause")]


def test_a_line_starting_with_a_number_that_does_not_continue_the_list_belongs_to_the_item():
    text = "一、任务\n1.开展招聘活动。今年安排岗位\n2.加强监测，覆盖全市。\n9.这一行接着上一项。\n3.做好服务。"
    _, s = tree(text)
    assert [n.marker.printed for n in s.nodes] == ["一、", "1.", "2.", "3."]
    assert "9.这一行接着上一项。" in [p.text for p in s.nodes[2].paragraphs]


@pytest.mark.parametrize("heading", [
    "1.吉林省地方金融监督管理局关于印发2023年营商环境优化提升实施方案的通知（2023年6月20日）",
    "1.吉林省地方金融监督管理局关于印发2023年营商环境优化\n提升实施方案的通知（2023年6月20日）",
    "12.吉林省地方金融监督管理局关于印发2023年营商环境优化\n# Page 1231:\n提升实施方案的通知（2023年6月）",
])
def test_a_compilation_heading_is_preamble_not_a_clause(heading):
    text = heading + "\n各处、金融信息中心：\n一、工作目标\n提高融资便利程度。\n二、工作措施\n1.深入推进改革。落实举措。"
    nodes, s = tree(text)
    assert [n for _, n, _ in nodes] == ["一、", "二、", "1."]
    assert s.preamble[0].text.startswith(("1.吉林省", "12.吉林省"))


def test_a_numbered_item_ending_in_a_date_but_with_a_sentence_is_a_clause():
    nodes, _ = tree("1.落实补贴。按规定执行（2023年6月20日）\n2.加强监测。")
    assert [n for _, n, _ in nodes] == ["1.", "2."]


def test_an_appendix_is_a_part_with_its_own_paths_in_document_order():
    text = ("一、总则\n（一）加强领导。各地落实。\n二、措施\n（二）做好服务。提供服务。\n"
            "附件\n重点任务清单\n一、优化服务\n（一）精简材料。压减时限。\n（二）推行网办。全程网办。")
    nodes, s = tree(text)
    paths = [p for p, _, _ in nodes]
    assert paths == ["1", "1.1", "2", "2.2", "a1.1", "a1.1.1", "a1.1.2"]
    assert sorted(paths, key=path_key) == paths


@pytest.mark.parametrize("body", [
    "一、重点举措\n（一）加强要素保障。建立协调机制。\n（二）提升审批效率。压减时限。\n二、组织实施\n各部门要细化措施。\n",
    "1.加强要素保障。建立协调机制。\n2.提升审批效率。压减时限。\n3.各部门要细化措施。\n",
])
def test_a_task_table_after_the_body_lists_it_is_an_annex_not_the_last_items_rows(tmp_path, body):
    """附件：重点任务清单 in the body (no signature between, as a compilation prints it), then 附件 / its title / a table whose
    rows open with 1: the rows are the annex's (a1.1), not children of the body's last item (a blind test: 2.1, 2.2)."""
    text = ("1.某市人民政府办公室关于印发某市行动方案的通知（2023年4月20日）\n某政办〔2023〕3号\n" + body
            + "附件：重点任务清单\n附件\n某市行动方案重点任务清单\n序号\n主要任务\n工作措施\n牵头单位\n配合单位\n时间节点\n"
            "1\n人才服务\n落实高层次人才服务。\n市人社局\n市委人才办\n2024年6月底前\n"
            "2\n用地保障\n推行“标准地”出让。\n市自然资源和规划局\n市发展改革委\n2025年底前\n")
    doc = parse_text(tmp_path, text)
    rows = [c for c in doc.clauses if "人才服务" in c.text or "标准地" in c.text]
    assert [c.path for c in rows] == ["a1.1", "a1.2"]
    assert [(s.path, s.heading) for s in doc.sections if s.path == "a1"] == [("a1", "某市行动方案重点任务清单")]
    assert [u.name for u in rows[0].units] == ["市人社局", "市委人才办"]


def test_numbering_restarting_under_one_parent_gets_a_later_run_and_a_warning():
    text = "一、任务\n1.甲。内容。\n2.乙。内容。\n1.丙。内容。\n2.丁。内容。"
    nodes, s = tree(text)
    paths = [p for p, _, _ in nodes]
    assert paths == ["1", "1.1", "1.2", "1.1-2", "1.2-2"]
    assert len(set(paths)) == len(paths) and sorted(paths, key=path_key) == paths
    assert any("restarts" in w and "line 4" in w for w in s.warnings)


def test_a_gap_in_the_numbering_is_a_warning_naming_the_line():
    _, s = tree("一、甲。内容。\n二、乙。内容。\n四、丁。内容。")
    assert [n.marker.value for n in s.nodes] == [1, 2, 4]
    assert s.warnings == ["numbering gap: 四、 after 二、 (line 3)"]


def test_path_key_orders_paths_as_written():
    assert sorted(["10", "2", "1-2", "a1.1", "2.10", "2.9"], key=path_key) == ["2", "2.9", "2.10", "10", "1-2", "a1.1"]


def test_a_document_without_numbered_items_gets_its_paragraphs_as_clauses():
    text = "各市、自治州人民政府：\n为推动工作，决定成立工作专班。\n专班负责统筹协调全省工作。\n某某省人民政府办公厅\n2023年1月20日"
    nodes, s = tree(text)
    assert [(p, k) for p, _, k in nodes] == [("1", "clause"), ("2", "clause")]
    assert [n.paragraphs[0].text for n in s.nodes] == ["为推动工作，决定成立工作专班。", "专班负责统筹协调全省工作。"]


def test_a_notices_sentence_passing_on_the_document_it_forwards_is_no_clause(tmp_path):
    """A notice printed apart from the document it forwards (its own title and issuers under it): its one sentence
    (…已经省政府同意，现转发给你们，请认真组织实施。) is preamble, not a clause with no number (a blind probe, z168; 上海_03,
    上海_08, 上海_09 and 黑龙江_03 of corpus-dev had one each); a notice's other paragraphs are still clauses."""
    text = ("江苏省人民政府办公厅转发省人力资源社会保障厅关于稳岗扩岗实施意见的通知\n苏政办发〔2023〕12号\n各设区市人民政府：\n"
            "省人力资源社会保障厅《关于稳岗扩岗的实施意见》已经省人民政府同意，现转发给你们，请认真组织实施。\n"
            "江苏省人民政府办公厅\n2023年4月18日\n关于稳岗扩岗的实施意见\n省人力资源社会保障厅\n"
            "为稳定就业，提出如下意见。\n（一）延续实施稳岗返还。对不裁员的企业予以返还。\n（二）发放扩岗补助。每人1500元。\n")
    notice, opinion = parse_file(write(tmp_path, "forward.txt", text))
    assert notice.clauses == [] and any("现转发给你们" in s.text for s in notice.segments)
    assert [c.number for c in opinion.clauses] == ["（一）", "（二）"]
    _, structure = tree("各市人民政府：\n为推动工作，决定成立工作专班，现印发给你们。\n专班负责统筹协调全省工作。\n某省人民政府办公厅\n2023年1月20日")
    assert [n.paragraphs[0].text for n in structure.nodes] == ["专班负责统筹协调全省工作。"]


@pytest.mark.parametrize("materials", ["申请时提供以下材料：（1）补贴申请表；（2）招用人员名册；（3）企业基本账户信息。\n",
                                       "申请时提供以下材料：\n（1）补贴申请表；（2）招用人员名册；（3）企业基本账户信息。\n",
                                       "申请时提供以下材料：\n（1）补贴申请表；\n（2）招用人员名册；\n（3）企业基本账户信息。\n"])
def test_items_run_inline_are_clauses_as_items_on_lines_of_their_own_are(tmp_path, materials):
    """（1）…；（2）…；（3）… inline, however the wrap put them: each item a clause under the article, as when each opens a
    line (blind golds z135 and z179 counted them; the gold rules count every numbered item that carries text)."""
    head = "某市人力资源和社会保障局关于印发补贴办法的通知\n某人社规〔2023〕3号\n第一条 企业申领补贴。"
    (doc,) = parse_file(write(tmp_path, "inline.txt", head + materials + "第二条 本办法自印发之日起施行。\n"))
    assert [(c.number, c.text) for c in doc.clauses[1:4]] == [
        ("（1）", "（1）补贴申请表；"), ("（2）", "（2）招用人员名册；"), ("（3）", "（3）企业基本账户信息。")]
    assert doc.clauses[0].text.endswith("申请时提供以下材料：") and doc.clauses[-1].number == "第二条"


def test_items_numbered_with_a_dot_run_inline_after_a_colon_or_a_stop():
    """（一）…重点抓好以下工作：1.推动…；2.深化…；3.…: sub-points numbered 1. inline (a blind probe, z188: 15 of them had been
    the item's text); not 标准：1.5万元 (a number), nor 附件：1.…模板 (the attachments' titles)."""
    text = ("一、重点任务\n（一）提升政务服务效能。重点抓好以下工作：1.推动政务服务事项标准化；2.深化“跨域通办”；3.深化改革。"
            "（牵头单位：市政务服务数据管理局）\n（二）降低成本。补贴标准：1.5万元。\n")
    nodes, _ = tree(text)
    assert [(path, number) for path, number, _ in nodes] == [
        ("1", "一、"), ("1.1", "（一）"), ("1.1.1", "1."), ("1.1.2", "2."), ("1.1.3", "3."), ("1.2", "（二）")]
    listed = "某市人民政府办公室\n2023年5月1日\n附件：1.“免申即享”方案模板\n2.“免申即享”事项清单\n"
    assert [number for _, number, _ in tree("一、总则\n（一）做好服务。\n" + listed)[0]] == ["一、", "（一）"]


def test_the_next_item_opening_after_a_full_stop_mid_line_is_an_item():
    """（三）…发放工作。（四）由X负责…: the item after （三） opens mid-line after its full stop (z278: it had joined （三）, its
    unit with it); not where a paragraph after opens with that number, nor a number that does not come next."""
    duties = "一、职责分工\n（一）市人社局负责组织实施。\n（二）市财政局负责资金保障。\n"
    text = duties + "（三）各县人社局负责受理审核。（四）由港务区管委会负责政策宣传，\n市就业中心予以指导。\n二、有关要求\n"
    nodes, structure = tree(text)
    assert [(p, n) for p, n, _ in nodes] == [("1", "一、"), ("1.1", "（一）"), ("1.2", "（二）"), ("1.3", "（三）"), ("1.4", "（四）"), ("2", "二、")]
    assert [[p.text for p in n.paragraphs] for n in structure.nodes[3:5]] == [
        ["（三）各县人社局负责受理审核。"], ["（四）由港务区管委会负责政策宣传，市就业中心予以指导。"]]
    again = duties + "（三）各县人社局负责受理审核。（四）见下。\n（四）由港务区管委会负责。\n"
    assert [n for _, n, _ in tree(again)[0]] == ["一、", "（一）", "（二）", "（三）", "（四）"]
    assert tree(again)[1].nodes[3].paragraphs[0].text == "（三）各县人社局负责受理审核。（四）见下。"
    skipped = duties + "（三）各县人社局负责受理审核。（六）由港务区管委会负责。\n"
    assert [n for _, n, _ in tree(skipped)[0]] == ["一、", "（一）", "（二）", "（三）"]
    # (the review) a list inline in the item's own style, or the next item a few paragraphs on: no split
    listed = "一、申报\n（一）申报条件。须同时符合：（一）具有本市户籍。（二）年龄在35岁以下。\n材料齐全。\n（二）申报程序。\n"
    assert [n for _, n, _ in tree(listed)[0]] == ["一、", "（一）", "（二）"]
    later = "一、申报\n（一）申报条件。具有本市户籍。（二）年龄在35岁以下的。\n材料齐全。\n（二）申报程序。\n"
    assert [n for _, n, _ in tree(later)[0]] == ["一、", "（一）", "（二）"]


def test_labels_after_the_last_item_run_inline_are_the_items_parents():
    """（二）…时间节点：1. …；2. …。牵头单位：X；配合单位：Y: the labels after the inline items are the item's over them (z302:
    they had gone to 2.)."""
    text = ("一、任务\n（一）改造方案。\n（二）推进协商共治。时间节点：1. 2024年5月底前，完成方案公示；2. 2024年9月底前，成立业主委员会。"
            "牵头单位：区城市更新服务中心；配合单位：区民政局\n（三）加快管网改造。\n")
    nodes, structure = tree(text)
    assert [p for p, _, _ in nodes] == ["1", "1.1", "1.2", "1.2.1", "1.2.2", "1.3"]
    assert [p.text for p in structure.nodes[2].after_items] == ["牵头单位：区城市更新服务中心；配合单位：区民政局"]
    assert structure.nodes[4].paragraphs[-1].text == "2. 2024年9月底前，成立业主委员会。"


def test_an_items_tasks_opening_like_a_closing_call_stay_its_text():
    """3．… / 各地要于2025年6月底前完成…。由各省级…部门会同财政部门组织开展专项检查。…请及时报告我部。: the paragraph's first
    sentences give tasks, a cue on the whole document only later (z304: its deadline and units had gone to closing text);
    各地区、各部门要高度重视，确保各项措施落地见效。 after the items still closes them."""
    items = "一、任务\n1．做好见习。给予补贴。\n2．加强保障。2024年中央财政下达的就业补助资金中，已安排就业见习补贴资金42.3亿元。\n"
    tasks = ("各地要于2025年6月底前完成服务台账动态清零，持续跟踪服务。由各省级人力资源社会保障部门会同财政部门组织开展专项检查。"
             "各地要加强政策宣传解读。工作中遇到的重大问题，请及时报告我部。\n")
    _, structure = tree(items + tasks)
    assert structure.nodes[-1].paragraphs[-1].text.startswith("各地要于2025年6月底前") and not structure.closing
    _, structure = tree(items + "各地区、各部门要高度重视，确保各项措施落地见效。\n")
    assert [p.text for run in structure.closing for p in run] == ["各地区、各部门要高度重视，确保各项措施落地见效。"]


def test_a_list_of_labelled_policy_blocks():
    """政策一：… / 政策内容：… / 责任单位：… / 咨询电话：… / 政策二：…: each block an item numbered by its label, its fields its
    text (z311: every field had been a clause of its own and each block's first line glued to the phone line before it)."""
    text = ("惠企政策清单\n现将惠企政策梳理如下。\n政策一：创业担保贷款及贴息\n政策内容：个人创业者可申请最高30万元创业担保贷款。\n"
            "责任单位：市人社局、市财政局\n咨询电话：0371-23882156\n政策二：一次性创业补贴\n政策内容：给予一次性创业补贴5000元。\n"
            "责任单位：市人社局（牵头），各县区人社局\n咨询电话：0371-23882157\n")
    nodes, structure = tree(text)
    assert [n for _, n, _ in nodes] == ["政策一：", "政策二："]
    assert [p.text for p in structure.nodes[0].paragraphs][-1] == "咨询电话：0371-23882156"


def test_the_second_reviews_findings_on_structure():
    """1.将第三条修改为： / “…（一）…（二）…” / 2.…: the quoted （一） outranks 1. but goes on no numbering of the amending item's
    (they had broken out); （一）… / 措施一： / 措施二： / （二）: labelled items under （一）, （二） its sibling; a closing call whose cue
    on the whole document comes in its third sentence still closes the items."""
    amended = ("一、修改内容\n1.将第三条修改为：\n“第三条给予生活补贴：\n（一）博士每人3万元；\n（二）硕士每人1万元。\n生活补贴分3年发放。”\n"
               "2.将第五条修改为：“第五条本办法自印发之日起施行。”\n二、其他\n")
    assert [(p, n) for p, n, _ in tree(amended)[0]] == [("1", "一、"), ("1.1", "1."), ("1.2", "2."), ("2", "二、")]
    measures = "一、措施\n（一）优化营商环境。\n措施一：压减审批时限。\n措施二：降低成本。\n（二）强化要素保障。做好用地保障。\n"
    assert [(p, n) for p, n, _ in tree(measures)[0]] == [
        ("1", "一、"), ("1.1", "（一）"), ("1.1.1", "措施一："), ("1.1.2", "措施二："), ("1.2", "（二）")]
    items = "一、任务\n1．做好见习。2024年中央财政下达的就业补助资金中，已安排就业见习补贴资金42.3亿元。\n"
    call = "各县（区）要加强组织领导，明确责任分工。要建立工作台账，细化工作举措。要强化督促检查，确保各项措施落到实处。\n"
    assert [p.text for run in tree(items + call)[1].closing for p in run] == [call.strip()]


def test_sub_items_lettered_and_a_units_label_alone_on_its_line(tmp_path):
    """（二）… / a）… / b）… / c）… / 责任单位： / X，Y: lettered sub-items are items (z319: they had joined （二）), and a units'
    label alone on its line takes the names on the next (they had lost it, and with it the units)."""
    from policykg.ingest.pipeline import parse_file
    text = ("关于印发测试方案的通知\n二、重点任务\n（二）提升审批效能。具体措施包括：\na）压缩审批时间至15个工作日以内；\n"
            "b）推行拿地即开工；\nc）2024年8月20日前完成系统对接。\n责任单位：\n市住房城乡建设局，市自然资源局、市审批服务管理局\n"
            "（三）加大融资支持。对小微企业给予贴息。\n")
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = parse_file(path)
    assert [c.number for c in doc.clauses] == ["（二）", "a）", "b）", "c）", "（三）"]
    assert [(u.name, u.role) for u in doc.clauses[0].units] == [
        ("市住房城乡建设局", "co"), ("市自然资源局", "co"), ("市审批服务管理局", "co")]


def test_an_answer_opening_with_its_first_item():
    """二、问：… / 答：（一）社保补贴。… / （二）…: a 解读's answer whose items open right after 答： (z301: （一） had joined the
    question's item); a lone （一） with no （二） after it stays the answer's text."""
    text = ("一、问：有什么政策？\n答：主要有两类：\n二、问：企业吸纳高校毕业生有什么支持？\n答：（一）社保补贴。对企业给予补贴。\n"
            "（二）扩岗补助。每人1500元。\n三、问：如何申请？\n答：（一）线上申请。\n")
    nodes, structure = tree(text)
    assert [(p, n) for p, n, _ in nodes] == [("1", "一、"), ("2", "二、"), ("2.1", "（一）"), ("2.2", "（二）"), ("3", "三、")]
    assert [p.text for p in structure.nodes[1].paragraphs] == ["二、问：企业吸纳高校毕业生有什么支持？", "答："]


def test_items_of_a_quoted_amended_text_are_no_items_of_the_notice():
    """一、将第三条修改为： / “第三条…： / （一）…； / （二）…。” / 二、…: the amended article's items are quoted text, the amending
    item's (z270: three extra clauses); each paragraph of a quoted text opens with “ again and only the last closes; a stray
    “ with no colon before it (an extraction's) opens nothing."""
    quoted = ("一、将第三条修改为：\n“第三条对新就业的“双一流”高校毕业生给予生活补贴：\n（一）博士每人每年3万元；\n"
              "（二）硕士每人每年1.5万元。\n“生活补贴分3年发放。”\n二、删去第七条第二款。\n")
    nodes, structure = tree(quoted)
    assert [n for _, n, _ in nodes] == ["一、", "二、"]
    assert structure.nodes[0].paragraphs[-1].text == "“生活补贴分3年发放。”"
    stray = "一、任务\n（一）推进“打通“最后一公里”行动。\n（二）加强监管。\n"
    assert [n for _, n, _ in tree(stray)[0]] == ["一、", "（一）", "（二）"]
    # (the review) a quote after a colon that amends nothing, its closing mark mistyped: no item lost; nor an item of the
    # amending item's rank after an amended text whose closing quote was lost
    theme = "一、活动安排\n（一）活动主题：“就业暖心 创业圆梦“。\n（二）活动时间：5月。\n二、工作要求\n（一）加强领导。\n"
    assert [n for _, n, _ in tree(theme)[0]] == ["一、", "（一）", "（二）", "二、", "（一）"]
    lost = "一、将第三条修改为：\n“第三条给予补贴：\n（一）博士每人3万元；\n（二）硕士每人1万元。\n二、删去第七条。\n"
    assert [n for _, n, _ in tree(lost)[0]] == ["一、", "二、"]


def test_the_second_review_of_items_run_inline():
    """(a second review) a dot item after a bracket (…（X负责）2.…) is one too; sub-points in the item's own style stay its
    text (1.申报条件：1.…；2.…); contacts and files listed inline are no items, nor a list in the preamble; a sentence on all
    the items after the last one run inline (…3.…。以上奖励资金由X负责兑现) is the lead-in's, not the last item's."""
    assert [p for p, _, _ in tree("一、任务\n（一）稳岗。做好以下工作：1.返还失业保险费。（市人社局负责）2.给予扩岗补助。（市财政局负责）\n（二）其他。\n")[0]] == [
        "1", "1.1", "1.1.1", "1.1.2", "1.2"]
    assert [p for p, _, _ in tree("一、补助\n1.申报条件：1.在本市注册登记；2.依法缴纳失业保险费。\n2.补助标准。\n3.申报程序。\n")[0]] == [
        "1", "1.1", "1.2", "1.3"]
    assert [p for p, _, _ in tree("一、任务\n（一）做好服务。\n（二）联系。联系方式：1.市人社局就业科；2.市财政局社保科。\n")[0]] == ["1", "1.1", "1.2"]
    assert [p for p, _, _ in tree("为做好工作，结合以下文件要求：1.《就业促进法》；2.《失业保险条例》，现提出如下措施。\n一、稳岗\n二、扩岗\n")[0]] == ["1", "2"]
    _, structure = tree("一、任务\n（一）降低成本。给予以下支持：1.奖励10万元；2.奖励50万元；3.奖励5万元。以上奖励资金由市财政局负责兑现。\n（二）其他。\n")
    assert [p.text for p in structure.nodes[4].paragraphs] == ["3.奖励5万元。"]
    assert [p.text for p in structure.nodes[1].after_items] == ["以上奖励资金由市财政局负责兑现。"]


def test_items_run_inline_each_with_its_units_bracket():
    """…等问题，（1）全面梳理…。 / （X牵头，Y配合）（2）进一步完善…。 / （Z负责）: corpus-dev's 北京_05 writes its sub-tasks so; the
    units had all gone to the item over them. 第（1）项 and a lone （1） are no items."""
    text = ("一、优化环境\n1.持续改进消防验收。针对现场检查通过率低等问题，（1）全面梳理消防验收审核要点。\n"
            "（市住房城乡建设委牵头，各区政府配合）（2）进一步完善告知承诺制。\n（市消防救援总队负责）\n"
            "2.规范检查。按照第五条第（1）项执行，（2）不予处罚。\n3.优化服务。其他，（1）只有一个。\n")
    nodes, structure = tree(text)
    assert [(path, number) for path, number, _ in nodes] == [
        ("1", "一、"), ("1.1", "1."), ("1.1.1", "（1）"), ("1.1.2", "（2）"), ("1.2", "2."), ("1.3", "3.")]
    assert [p.text for p in structure.nodes[3].paragraphs] == ["（2）进一步完善告知承诺制。", "（市消防救援总队负责）"]


def test_text_after_a_closed_item_stays_with_it_when_another_item_follows():
    text = ("一、任务\n1.优化流程。做好甲。（市商务局负责）\n再做好乙。（市财政局负责）\n2.加强服务。内容。（市人社局负责）\n"
            "各单位要高度重视，抓好落实。")
    _, s = tree(text)
    assert [p.text for p in s.nodes[1].paragraphs][-1] == "再做好乙。（市财政局负责）"
    assert [p.text for run in s.closing for p in run] == ["各单位要高度重视，抓好落实。"]


def test_warnings_reach_the_document(tmp_path):
    text = "某市人民政府\n关于做好就业工作的通知\n各县区人民政府：\n一、甲项。内容。\n三、丙项。内容。\n某市人民政府\n2021年3月5日\n"
    (doc,) = parse_file(write(tmp_path, "gap.txt", text))
    assert [c.path for c in doc.clauses] == ["1", "3"]
    assert any(w.startswith("numbering gap: 三、") for w in doc.warnings)


def with_page_markers_and_breaks(text: str, every: int = 3) -> str:
    """A copy as PDF extraction gives it: a page marker every few lines, long lines broken."""
    out = []
    for i, line in enumerate(text.splitlines()):
        if len(line) > 30 and "（" not in line[:25]:
            line = line[:17] + "\n" + line[17:]
        out.append(line)
        if i % every == every - 1:
            out.append(f"# Page {900 + i}:")
    return "\n".join(out)


@pytest.mark.parametrize("seed", sorted(p.name for p in (ROOT / "corpus").glob("00*.txt")))
def test_seed_documents_keep_their_clauses_with_page_markers_and_broken_lines(seed, tmp_path):
    original = (ROOT / "corpus" / seed).read_text(encoding="utf-8")
    (clean,) = parse_file(write(tmp_path, "clean.txt", original))[:1]
    (mutated,) = parse_file(write(tmp_path, "mutated.txt", with_page_markers_and_breaks(original)))[:1]
    assert [c.path for c in mutated.clauses] == [c.path for c in clean.clauses]
    assert "# Page" not in "".join(c.text for c in mutated.clauses)


def test_top_level_numbering_starting_again_opens_a_new_part():
    text = "一、甲。内容。\n二、乙。内容。\n公平法治环境建设工程实施方案\n一、总体要求\n（一）指导思想。内容。"
    nodes, s = tree(text)
    assert [p for p, _, _ in nodes] == ["1", "2", "a1.1", "a1.1.1"]
    assert s.warnings == ["numbering restarts at the top with 一、 (line 4): a new part"]
    assert [t.heading for t in s.part_titles.values()] == ["公平法治环境建设工程实施方案"]  # the second text's title heads it
    assert not [p.text for run in s.closing for p in run]
    # a line that names no document's type is no title: the part has none
    _, s = tree(text.replace("公平法治环境建设工程实施方案", "以下为第二部分内容"))
    assert s.part_titles == {}


def test_each_attachment_a_notice_issues_is_a_section_under_its_title(tmp_path):
    """印发《A》和《B》 / 附件1 / A / 一、… / 附件2 / B / 第一条…: B's title (and label) head B's articles as section a1 (it had
    been closing text, the articles under no heading: a blind test, r06); A's title is the alternative title."""
    text = ("温州市人民政府办公室关于印发温州市个体工商户若干措施和温州市个体工商户培育办法的通知\n温政办〔2023〕47 号\n"
            "各县（市、区）人民政府：\n现将《温州市个体工商户若干措施》和《温州市个体工商户培育办法》印发给你们，请认真贯彻执行。\n"
            "温州市人民政府办公室\n2023 年9 月5 日\n附件1\n温州市个体工商户若干措施\n一、降低经营成本\n"
            "（一）减免房租。减免3 个月租金。（责任单位：市国资委）\n（二）降低融资成本。单户贷款最高30 万元。（责任单位：市金融办）\n"
            "附件2\n温州市个体工商户培育办法\n第一条为推进个体工商户精准帮扶，制定本办法。\n第二条市市场监管局负责培育工作。\n")
    (doc,) = parse_file(write(tmp_path, "温州.txt", text))
    assert doc.alternative_title == "温州市个体工商户若干措施"
    assert [(s.path, s.number, s.heading, s.parent_path) for s in doc.sections] == [
        ("1", "一、", "降低经营成本", None), ("a1", "附件2", "温州市个体工商户培育办法", None)]
    assert [(c.path, c.parent_path) for c in doc.clauses] == [("1.1", "1"), ("1.2", "1"), ("a1.1", "a1"), ("a1.2", "a1")]
    assert not any("附件2" in s.text for s in doc.segments)
    # the label and the title on one line: the title without its label
    (doc,) = parse_file(write(tmp_path, "温州2.txt", text.replace("附件2\n", "附件2：")))
    assert [(s.path, s.number, s.heading) for s in doc.sections][1:] == [("a1", "附件2", "温州市个体工商户培育办法")]
    # a label over a sentence, not a title: no section, the part's items under none
    (doc,) = parse_file(write(tmp_path, "温州3.txt", text.replace("温州市个体工商户培育办法\n第一条", "请各地认真执行。\n第一条")))
    assert [s.path for s in doc.sections] == ["1"] and doc.clauses[2].parent_path is None


def running_list(upto: int) -> str:
    return "一、任务\n" + "".join(f"{i}.第{i}项。\n" for i in range(1, upto + 1))


def test_an_item_whose_dot_was_lost_or_that_a_number_follows_continues_the_list():
    text = running_list(29) + "30 不断优化税务服务。\n31.着力优化。\n32.5 个地级市要组团。\n33.加强。"
    _, s = tree(text)
    assert [n.marker.value for n in s.nodes[-4:]] == [30, 31, 32, 33] and s.warnings == []
    assert s.nodes[-2].paragraphs[0].text[s.nodes[-2].marker.end :] == "5个地级市要组团。"


def test_an_article_cited_at_the_start_of_a_line_is_not_an_item():
    text = "第一条 总则。\n第二条 适用。\n第三条除\n第二条第三款规定的情形外，其他。\n第四条 附则。"
    _, s = tree(text)
    assert [n.marker.printed for n in s.nodes] == ["第一条", "第二条", "第三条", "第四条"] and s.warnings == []


def test_an_article_cited_with_its_item_in_brackets_is_not_an_article():
    text = "第一条 总则。\n第二条 适用。\n第三条 申请。\n第二条第(一)项规定的项目，网上申请。\n第四条 附则。"
    _, s = tree(text)
    assert [n.marker.printed for n in s.nodes] == ["第一条", "第二条", "第三条", "第四条"] and s.warnings == []


def test_an_article_or_a_lead_in_with_items_is_a_clause_not_a_section():
    text = "第一章 总则\n第一条 符合下列情形之一的，可以申请：\n（一）甲；\n（二）乙。\n一、主要任务\n（一）开展以下工作：\n1.甲。\n2.乙。"
    assert [(n, k) for _, n, k in tree(text)[0]] == [("第一章", "section"), ("第一条", "clause"), ("（一）", "clause"), ("（二）", "clause"),
                                                     ("一、", "section"), ("（一）", "clause"), ("1.", "clause"), ("2.", "clause")]


def test_text_after_a_head_or_foot_looking_line_stays_in_its_item_when_the_items_go_on():
    """A line that reads as a signature in the middle of an item (市税务局 alone, a table cell)
    does not end the document when numbered items follow in the same part: its item keeps it."""
    lines = ["一、加强领导。各地要落实。", "市税务局", "开通税费诉求直通车，提升处置效率。（市税务局负责）",
             "二、优化服务。各部门要配合。（市人社局负责）", "某某市人民政府", "2023年5月6日"]
    s = parse_structure([p for line in lines for p in split_paragraphs(line)])  # each line a paragraph, as given
    nodes = [(n.path, n.marker.printed, "section" if is_section(n) else "clause") for n in s.nodes]
    assert [path for path, _, _ in nodes] == ["1", "2"]
    first = "".join(p.text for p in s.nodes[0].paragraphs)
    assert "开通税费诉求直通车" in first and "市税务局负责" in first
    assert [p.text for run in s.closing for p in run] == ["某某市人民政府", "2023年5月6日"]


def test_a_signature_and_date_before_an_annex_numbered_on_stay_a_closing():
    text = "一、加强领导。各地要落实。\n某某市人民政府\n2023年5月6日\n二、附表说明。按附表填报。\n"
    _, s = tree(text)
    assert [p.text for run in s.closing for p in run] == ["某某市人民政府", "2023年5月6日"]


def test_joint_issuers_ending_in_customs_or_a_head_office_sign_the_notice_not_a_clause(tmp_path):
    text = ("某市商务委员会等部门关于印发《某市口岸改革若干措施》的通知\n沪商自贸〔2023〕132号\n各相关单位：\n"
            "为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，制定了若干措施，现印发给你们，请认真做好组织实施工作。\n"
            "上海市商务委员会上海海关\n中国人民银行上海总部\n2023年6月13日\n")
    (doc,) = parse_file(write(tmp_path, "notice.txt", text))
    assert not any("上海海关" in c.text or "上海总部" in c.text for c in doc.clauses)


def test_an_articles_definition_or_scope_paragraph_is_its_own_not_a_closing():
    """本规定所称… / 本办法适用于… open a paragraph (款) of an article; 本规定自…起施行 closes."""
    text = ("第一条 为了促进投资，制定本规定。\n第二条 本规定适用于新引进的产业项目。\n"
            "本规定所称重点项目，是指固定资产投资额不低于1000万元的项目。\n第三条 本规定自2023年8月1日起施行。")
    _, s = tree(text)
    assert [p.text for p in s.nodes[1].paragraphs] == ["第二条本规定适用于新引进的产业项目。", "本规定所称重点项目，是指固定资产投资额不低于1000万元的项目。"]
    _, s = tree("一、推进改革\n（一）优化流程。（市商务局负责）\n（二）加强服务。（市人社局负责）\n本方案自印发之日起施行。")
    assert [p.text for run in s.closing for p in run] == ["本方案自印发之日起施行。"]
    closing = ["本措施适用于在本市依法登记注册的中小企业，自印发之日起施行。", "本措施中的政策与其他政策重复的，按照就高不重复原则执行。"]
    _, s = tree("一、支持企业\n（一）降低成本。\n（二）加强服务。\n" + "\n".join(closing))
    assert [p.text for run in s.closing for p in run] == closing  # scope and overlap after the items: closing


def test_parts_head_their_items_as_chapters_do():
    text = ("第一部分 总体要求\n到2025年，营商环境进入全国前列。\n第二部分 重点任务\n（一）规范市场准入。全面实施负面清单。\n"
            "（二）优化审批服务。压缩审批时间。\n第三部分 保障措施\n（一）加强组织领导。建立工作专班。")
    nodes, s = tree(text)
    assert nodes == [("1", "第一部分", "clause"), ("2", "第二部分", "section"), ("2.1", "（一）", "clause"), ("2.2", "（二）", "clause"),
                     ("3", "第三部分", "section"), ("3.1", "（一）", "clause")]
    assert not s.warnings


def test_a_table_annexed_after_the_last_article_is_no_part_of_it(tmp_path):
    """附表 alone on its line opens an annex as 附件 does: its cells (and their sums) are not the
    last article's (the table's row an item of its own, as a table of one row is since a blind probe, z20)."""
    text = ("广西壮族自治区人力资源和社会保障厅关于印发《创业补贴实施细则》的通知\n桂人社规〔2024〕4 号\n各市人力资源社会保障局：\n"
            "现将《创业补贴实施细则》印发给你们，请认真贯彻执行。\n第一条 一次性创业补贴标准为每户5000 元。\n"
            "第二条 本细则自2024 年5 月1 日起施行。\n附表\n创业补贴标准表\n序号\n补贴项目\n补贴标准\n1\n一次性创业补贴\n5000 元/户\n")
    (doc,) = parse_file(write(tmp_path, "细则.txt", text))
    assert [c.text for c in doc.clauses] == ["第一条一次性创业补贴标准为每户5000元。", "第二条本细则自2024年5月1日起施行。",
                                             "（1）一次性创业补贴5000元/户"]
    assert [a.value for a in doc.clauses[1].amounts] == []
    assert [(s.path, s.number, s.heading) for s in doc.sections] == [("a1", "附表", "创业补贴标准表")]  # the annex's title
    assert doc.clauses[2].parent_path == "a1" and not any("创业补贴标准表" in s.text for s in doc.segments)


@pytest.mark.parametrize("heading", ["《南昌市支持高校毕业生就业创业若干政策》政策解读", "关于《南昌市支持高校毕业生就业创业若干政策》的解读",
                                     "南昌市支持高校毕业生就业创业若干政策的政策解读",
                                     "关于《南昌市支持高校毕业生就业创业若干政策（征求意见稿）》的起草说明"])
def test_a_policys_interpretation_printed_after_it_is_none_of_its_clauses(tmp_path, heading):
    """Its numbered parts (一、出台背景 …) repeat the policy's sums: they are closing text, no clauses."""
    text = ("南昌市人民政府办公室关于印发南昌市支持高校毕业生就业创业若干政策的通知\n洪府办发〔2024〕11 号\n各县（区）人民政府：\n"
            "一、对本科毕业生给予每人一次性就业补贴3000 元。（责任单位：市人社局）\n二、本政策自2024 年5 月1 日起施行。\n"
            f"{heading}\n一、出台背景\n为落实省委决策部署，市人社局起草了《若干政策》。\n二、主要内容\n《若干政策》对本科毕业生给予3000 元补贴。\n")
    (doc,) = parse_file(write(tmp_path, "notice.txt", text))
    assert [c.number for c in doc.clauses] == ["一、", "二、"] and doc.clauses[1].text == "二、本政策自2024年5月1日起施行。"
    assert any(s.kind == "closing" and s.text.startswith(heading) for s in doc.segments)
    assert not doc.references  # 《若干政策》 is the policy's short name
    # a section of the policy about interpreting it is its own
    for task in ("三、做好政策解读", "三、开展惠企政策解读", "三、强化实施方案解读", "三、政策解读", "做好政策解读"):
        inside = text.split(heading)[0] + f"{task}\n各部门要做好政策宣传解读。\n四、加强组织领导。\n"
        assert [c.number for c in parse_file(write(tmp_path, "inside.txt", inside))[0].clauses][-1] == "四、", task


def test_items_opening_with_their_deadline_year_are_items(tmp_path):
    """1.2024年3月底前，…: after 1. a year is no decimal's digits (1.5万元 is)."""
    text = ("某市人民政府办公室关于印发某方案的通知\n某政办发〔2024〕3号\n各县区人民政府：\n一、重点任务\n"
            "1.2024年3月底前，制定实施细则。（责任单位：市人社局）\n2．2024 年6 月底前，完成系统建设。（责任单位：市财政局）\n"
            "3.2024年底前，全面推开，给予每人1.5万元补贴。\n1.5万元以上的项目另行审核。\n某市人民政府办公室\n2024年1月5日\n")
    (doc,) = parse_file(write(tmp_path, "方案.txt", text))
    assert [(c.path, c.number, [u.name for u in c.units]) for c in doc.clauses] == [
        ("1.1", "1.", ["市人社局"]), ("1.2", "2.", ["市财政局"]), ("1.3", "3.", [])]
    assert doc.clauses[-1].text == "3.2024年底前，全面推开，给予每人1.5万元补贴。\n1.5万元以上的项目另行审核。"  # no item


def test_a_regulations_table_of_contents_is_no_part_of_its_text(tmp_path):
    """目录 / 第一章 总则 / 第二章 附则, then the text from 第一章 again: the contents are preamble, the
    articles keep their chapters' paths (they had gone to a second part a1 behind two empty clauses)."""
    text = ("江西省就业促进条例\n（2024 年3 月28 日江西省第十四届人民代表大会常务委员会第八次会议通过）\n目  录\n"
            "第一章  总  则\n第二章  附  则\n第一章  总  则\n第一条  为了促进就业，制定本条例。\n第二条  本条例适用于本省。\n"
            "第二章  附  则\n第三条  本条例自2024 年6 月1 日起施行。\n")
    (doc,) = parse_file(write(tmp_path, "条例.txt", text))
    assert [c.path for c in doc.clauses] == ["1.1", "1.2", "2.3"] and not doc.warnings
    # under a compilation's heading and the standing committee's announcement, the title repeated over 目录
    announced = ("1. 江西省就业促进条例（2024 年3 月28 日）\n江西省人民代表大会常务委员会公告\n第 五 号\n"
                 "《江西省就业促进条例》已经通过，现予公布。\n江西省人民代表大会常务委员会\n2024 年3 月28 日\n" + text)
    (doc,) = parse_file(write(tmp_path, "公告.txt", announced))
    assert doc.title == "江西省就业促进条例" and [c.path for c in doc.clauses] == ["1.1", "1.2", "2.3"]


def test_a_contact_line_after_the_last_item_is_closing_text(tmp_path):
    text = ("兰州市人力资源和社会保障局关于做好就业工作的通知\n兰人社发〔2024〕5 号\n各县区人社局：\n一、做好实名登记。\n"
            "二、完成离校未就业毕业生实名登记工作。\n联系人：张三，电话：0931-1234567\n兰州市人力资源和社会保障局\n2024 年3 月1 日\n")
    (doc,) = parse_file(write(tmp_path, "通知.txt", text))
    assert doc.clauses[-1].text == "二、完成离校未就业毕业生实名登记工作。"
    assert any(s.text.startswith("联系人：张三") for s in doc.segments)


CLOSING_CALL_TEXT = ("江西省人民政府办公厅关于进一步优化营商环境的若干措施\n赣府厅发〔2023〕12 号\n各市人民政府，省政府各部门：\n"
                     "一、压缩企业开办时间。全面推行企业开办一网通办。（省市场监管局牵头）\n"
                     "二、优化政务服务。推进政务服务事项全程网办，2023 年底前实现高频事项全覆盖。\n"
                     "各地区、各部门要高度重视，切实加强组织领导，确保各项措施落地见效。省发展改革委要会同有关部门加强督促检查。\n"
                     "江西省人民政府办公厅\n2023 年6 月2 日\n")


def test_a_call_to_carry_out_the_whole_document_after_the_last_item_is_closing_text(tmp_path):
    """各地区、各部门要…确保各项措施落地见效 after the last item had become that item's text (and its units)."""
    (doc,) = parse_file(write(tmp_path, "赣.txt", CLOSING_CALL_TEXT))
    assert doc.clauses[-1].text == "二、优化政务服务。推进政务服务事项全程网办，2023年底前实现高频事项全覆盖。"
    assert any(s.kind == "closing" and s.text.startswith("各地区、各部门要高度重视") for s in doc.segments)
    # items going on after it: the paragraph was the item's text after all
    (doc,) = parse_file(write(tmp_path, "赣2.txt", CLOSING_CALL_TEXT.replace("江西省人民政府办公厅\n2023", "三、便利注销。推行简易注销。\n江西省人民政府办公厅\n2023")))
    assert doc.clauses[1].text.endswith("省发展改革委要会同有关部门加强督促检查。") and len(doc.clauses) == 3


def test_a_call_on_the_townships_to_carry_out_the_notice_is_closing_text(tmp_path):
    """各乡镇、县直各有关部门要按照本通知要求… after the last item: a county's closing call (各乡镇 had not opened one), and
    its 本通知由…负责解释 had given the last item a unit (a blind probe, z202)."""
    call = "各乡镇、县直各有关部门要按照本通知要求，抓紧制定具体落实措施。本通知由县人力资源社会保障局负责解释。"
    (doc,) = parse_file(write(tmp_path, "县.txt", CLOSING_CALL_TEXT.replace(
        "各地区、各部门要高度重视，切实加强组织领导，确保各项措施落地见效。省发展改革委要会同有关部门加强督促检查。", call)))
    assert doc.clauses[-1].text == "二、优化政务服务。推进政务服务事项全程网办，2023年底前实现高频事项全覆盖。"
    assert doc.clauses[-1].units == []
    assert any(s.kind == "closing" and s.text.startswith("各乡镇、县直各有关部门要") for s in doc.segments)


@pytest.mark.parametrize("after", ["以上措施由省发展改革委会同省财政厅负责解释。各地要抓好落实。", "上述政策由省发展改革委负责解释。",
                                   "以上政策措施由省发展改革委负责解释。"])
def test_who_interprets_the_measures_above_after_the_last_item_is_closing_text(tmp_path, after):
    """以上措施由X会同Y负责解释 after the last item: who interprets the text (a blind test: the last item's units)."""
    (doc,) = parse_file(write(tmp_path, "桂.txt", CLOSING_CALL_TEXT.replace(
        "各地区、各部门要高度重视，切实加强组织领导，确保各项措施落地见效。省发展改革委要会同有关部门加强督促检查。", after)))
    assert doc.clauses[-1].text == "二、优化政务服务。推进政务服务事项全程网办，2023年底前实现高频事项全覆盖。"
    assert doc.clauses[-1].units == []
    assert any(s.kind == "closing" and s.text.startswith(after[:4]) for s in doc.segments)
    # before the next section's items it is no end of the text: its section's items keep it (a review)
    (doc,) = parse_file(write(tmp_path, "桂2.txt", CLOSING_CALL_TEXT.replace("二、优化政务服务。", after + "\n二、优化政务服务。")))
    assert not any(s.kind == "closing" and s.text.startswith(after[:4]) for s in doc.segments)
    assert len(doc.clauses) == 2 and after[:6] in doc.clauses[0].text


def test_a_request_to_report_on_the_work_after_the_last_item_is_closing_text(tmp_path):
    """请各设区市人社局于2023年12月15日前将…工作开展情况报送… after the last item had become its text, with its date as the item's
    deadline (z412, and z355's gold too)."""
    request = "请各设区市人社局于2023 年12 月15 日前将劳务品牌建设工作开展情况报送省人力资源社会保障厅就业促进处。"
    (doc,) = parse_file(write(tmp_path, "赣.txt", CLOSING_CALL_TEXT.replace(
        "各地区、各部门要高度重视，切实加强组织领导，确保各项措施落地见效。省发展改革委要会同有关部门加强督促检查。", request)))
    assert doc.clauses[-1].text == "二、优化政务服务。推进政务服务事项全程网办，2023年底前实现高频事项全覆盖。"
    assert [p.end for p in doc.clauses[-1].periods] == [dt.date(2023, 12, 31)]
    assert any(s.kind == "closing" and s.text.startswith("请各设区市人社局") for s in doc.segments)
    # the last item's own reporting step stays its text: an item on reporting, or a report due every month (the review)
    reporting = CLOSING_CALL_TEXT.replace("二、优化政务服务。推进政务服务事项全程网办，2023 年底前实现高频事项全覆盖。", "二、做好总结报送。各地要认真总结经验。")
    (doc,) = parse_file(write(tmp_path, "赣2.txt", reporting.replace(
        "各地区、各部门要高度重视，切实加强组织领导，确保各项措施落地见效。省发展改革委要会同有关部门加强督促检查。", request)))
    assert doc.clauses[-1].text.endswith("就业促进处。") and [p.end for p in doc.clauses[-1].periods] == [dt.date(2023, 12, 15)]
    own = "请各设区市人社局于2023 年12 月15 日前将整改情况报送省人力资源社会保障厅。"  # the item's own output (a review)
    (doc,) = parse_file(write(tmp_path, "赣4.txt", CLOSING_CALL_TEXT.replace(
        "各地区、各部门要高度重视，切实加强组织领导，确保各项措施落地见效。省发展改革委要会同有关部门加强督促检查。", own)))
    assert doc.clauses[-1].text.endswith("省人力资源社会保障厅。")
    monthly = "请各设区市人社局于每月5 日前将上月工作进展情况报送省人力资源社会保障厅。"
    (doc,) = parse_file(write(tmp_path, "赣3.txt", CLOSING_CALL_TEXT.replace(
        "各地区、各部门要高度重视，切实加强组织领导，确保各项措施落地见效。省发展改革委要会同有关部门加强督促检查。", monthly)))
    assert doc.clauses[-1].text.endswith("省人力资源社会保障厅。")


@pytest.mark.parametrize("after", [
    "各地要建立健全营商环境投诉举报和问题线索核查处理机制，及时查处不作为乱作为问题。",  # a task like the item's, no cue on the whole text
])
def test_a_paragraph_calling_on_everyone_for_one_task_stays_with_its_item(tmp_path, after):
    text = CLOSING_CALL_TEXT.replace("各地区、各部门要高度重视，切实加强组织领导，确保各项措施落地见效。省发展改革委要会同有关部门加强督促检查。", after)
    (doc,) = parse_file(write(tmp_path, "赣.txt", text))
    assert doc.clauses[-1].text.endswith(after)
    heading = text.replace("二、优化政务服务。推进政务服务事项全程网办，2023 年底前实现高频事项全覆盖。", "二、强化督查问效\n推进政务服务事项全程网办。")
    (doc,) = parse_file(write(tmp_path, "赣2.txt", heading.replace(after, "各地各部门要结合实际抓好督查。")))
    assert doc.clauses[-1].text.endswith("各地各部门要结合实际抓好督查。")  # a heading's text runs on under it


SECTION_NOTE = ("滁州市人民政府办公室关于印发滁州市2024年优化营商环境重点任务分工方案的通知\n滁政办秘〔2024〕18号\n"
                "各县、市、区人民政府，市政府各部门：\n现将方案印发给你们，请认真贯彻落实。\n滁州市人民政府办公室\n2024年3月8日\n"
                "滁州市2024年优化营商环境重点任务分工方案\n一、提升政务服务效能\n1.深化“高效办成一件事”改革。\n2.推进政务服务事项“跨省通办”。\n"
                "3.完善不打烊自助服务体系。\n（责任单位：市数据资源局、市政务服务中心）\n二、优化市场准入环境\n4.全面推行“智能审批”。（市市场监管局）\n"
                "5.深化工程建设项目审批制度改革。\n（市住房城乡建设局）\n")


def test_a_responsibility_bracket_closing_a_section_names_every_item_of_it(tmp_path):
    """一、… / 1. / 2. / 3. / （责任单位：…）: no item names its units, so the bracket after the last is the
    section's, every item's; where an item names its own (4.), the bracket after the last is the last's."""
    (doc,) = parse_file(write(tmp_path, "fengong.txt", SECTION_NOTE))
    units = {c.path: [u.name for u in c.units] for c in doc.clauses}
    assert units["1.1"] == units["1.2"] == units["1.3"] == ["市数据资源局", "市政务服务中心"]
    note = SECTION_NOTE.index("（责任单位：") + len("（责任单位：")
    assert doc.clauses[0].units[0].span.start == note  # it cites the bracket, not the item
    assert units["2.4"] == ["市市场监管局"] and units["2.5"] == ["市住房城乡建设局"]
    unbracketed = SECTION_NOTE.replace("（责任单位：市数据资源局、市政务服务中心）", "责任单位：市数据资源局、市政务服务中心")
    (doc,) = parse_file(write(tmp_path, "fengong2.txt", unbracketed))
    assert all([u.name for u in c.units] == ["市数据资源局", "市政务服务中心"] for c in doc.clauses[:3])


def test_a_bracket_closing_the_last_items_sentence_names_every_item_and_sets_their_deadline(tmp_path):
    """（一）… / 1.… / 2.… / 3.…每户不超过300元。（责任单位：…。完成时限：…）: no other item names a unit,
    so the labelled bracket after the last item's full stop is the group's, its deadline too; a bracket
    inside the last item's sentence (…300元（省市场监管局负责）。), or one with no label, stays that item's."""
    head = ("山东省人民政府办公厅关于进一步优化营商环境的实施意见\n鲁政办字〔2023〕45号\n各市人民政府：\n现提出如下实施意见。\n"
            "一、破除市场准入壁垒\n（一）优化企业开办服务。\n1.推行企业开办“一窗通办”。\n2.全面推广电子营业执照。\n")
    last = "3.新开办企业首套印章刻制费用由县级财政全额承担，每户不超过300元。（责任单位：省市场监管局、省税务局。完成时限：2023年10月底前）\n"
    (doc,) = parse_file(write(tmp_path, "group.txt", head + last))
    by_path = {c.path: c for c in doc.clauses}
    for path in ("1.1.1", "1.1.2", "1.1.3"):
        assert [u.name for u in by_path[path].units] == ["省市场监管局", "省税务局"]
        assert [p.end for p in by_path[path].periods if p.kind == "deadline"] == [dt.date(2023, 10, 31)]
    assert by_path["1.1.1"].units[0].span.start == (head + last).index("省市场监管局")  # it cites the bracket
    inside = last.replace("300元。（责任单位：省市场监管局、省税务局。完成时限：2023年10月底前）", "300元（省市场监管局负责）。")
    (doc,) = parse_file(write(tmp_path, "inside.txt", head + inside))
    assert [[u.name for u in c.units] for c in doc.clauses] == [[], [], ["省市场监管局"]]
    bare = last.replace("（责任单位：省市场监管局、省税务局。完成时限：2023年10月底前）", "（省市场监管局负责）")  # no label: the item's own
    (doc,) = parse_file(write(tmp_path, "bare.txt", head + bare))
    assert [[u.name for u in c.units] for c in doc.clauses] == [[], [], ["省市场监管局"]]


def test_a_labelled_bracket_closing_the_last_item_is_its_own_after_an_item_with_sub_items(tmp_path):
    """（一）…按以下标准享受见习补贴： / 1. 2. 3. / （二）…。（责任单位：…）: the items are not alike (the first has
    sub-items of its own), so the bracket closing （二） is （二）'s, not also （一）'s."""
    text = ("广西壮族自治区人力资源和社会保障厅关于做好就业见习工作的通知\n桂人社发〔2023〕21号\n各设区市人力资源社会保障局：\n"
            "一、提高见习补贴标准\n（一）见习补贴标准。见习单位按以下标准享受见习补贴：\n1.一般见习岗位按当地最低工资标准的60%给予补贴；\n"
            "2.脱贫家庭见习人员按70%给予补贴；\n3.留用率达50%以上的按80%给予补贴。\n"
            "（二）见习人员保障。见习补贴由见习单位按月申领。（责任单位：自治区人力资源社会保障厅，各设区市人民政府）\n")
    (doc,) = parse_file(write(tmp_path, "桂.txt", text))
    units = {c.number: [u.name for u in c.units] for c in doc.clauses}
    assert units["（二）"] == ["自治区人力资源社会保障厅", "各设区市人民政府"]
    assert units["（一）"] == [] and units["1."] == units["3."] == []


def test_a_bare_bracket_closing_the_last_sub_item_after_its_items_lead_in_is_the_items_and_theirs(tmp_path):
    """1.…按以下标准给予支持： / （1）…； / （2）…。（X牵头，Y按职责分工负责）: after a lead-in the bracket is the item's, as a
    labelled one is (it had been the last sub-item's alone), and each sub-item inherits its units (three blind golds
    counted them for the item alone, one for the last sub-item: not as each sub-item's own)."""
    text = ("广州市人民政府办公厅关于印发若干措施的通知\n穗府办规〔2023〕14号\n各区人民政府：\n一、支持民营企业创新发展\n"
            "1.推动企业数字化转型。支持中小企业实施数字化改造，按以下标准给予支持：\n（1）对实施“上云用云”的中小企业，每家最高不超过10万元；\n"
            "（2）对获评数字化转型标杆示范项目的，一次性给予50万元奖励。（市工业和信息化局牵头，市财政局按职责分工负责）\n"
            "2.鼓励企业技术改造。（市工业和信息化局负责）\n")
    (doc,) = parse_file(write(tmp_path, "穗.txt", text))
    units = {c.path: [(u.name, u.role) for u in c.units] for c in doc.clauses}
    expected = [("市工业和信息化局", "lead"), ("市财政局", "co")]
    assert units["1.1"] == expected
    assert units["1.1.1"] == units["1.1.2"] == [("市工业和信息化局", "inherited"), ("市财政局", "inherited")]


def test_a_section_heading_with_a_labelled_bracket_of_units_over_items_is_a_section():
    """二、优化市场准入环境（牵头单位：市市场监管局；配合单位：…）: the label's ； had made it a sentence, so a clause (a blind
    probe, z42); the same heading with （X牵头，Y配合） was a section already."""
    for bracket in ("（牵头单位：市市场监管局；配合单位：市发展改革委、市商务局）", "（市市场监管局牵头，市发展改革委配合）"):
        nodes, _ = tree(f"二、优化市场准入环境{bracket}\n（一）压缩企业开办时间。全面推行一网通办。（市市场监管局）\n")
        assert [kind for _, _, kind in nodes] == ["section", "clause"]


def test_a_short_title_closed_by_a_full_stop_over_items_is_a_section():
    """（一）营造包容普惠的创新环境。（省发改委牵头，相关厅局配合） over items is a heading, its full stop
    and its items' responsibility bracket notwithstanding (quoted words too: 深化“一业一证”改革。); a comma,
    a lead-in colon or a second sentence make a clause."""
    text = ("二、重点任务\n（一）营造包容普惠的创新环境。（省发改委牵头，相关厅局配合）\n1.鼓励创新创业。\n2.降低创新成本。\n"
            "（二）支持企业发展。\n3.落实减税政策。\n（三）对符合条件的企业，给予一次性奖励。\n4.奖励标准另行制定。\n"
            "（四）落实专利奖励。申报专利奖应当具备以下条件：\n5.拥有发明专利。\n（五）强化保障。\n"
            "（六）深化“一业一证”改革。\n6.推行“一证准营”。\n")
    nodes, _ = tree(text)
    kinds = {path: kind for path, _, kind in nodes}
    assert kinds["2.1"] == kinds["2.2"] == "section"  # numbered 二、: paths follow the printed numbers
    assert kinds["2.6"] == "section"  # quoted words in a title: still a title
    assert kinds["2.3"] == kinds["2.4"] == "clause"
    assert kinds["2.5"] == "clause"  # no items: a clause whatever its text
    assert all(kind == "clause" for path, kind in kinds.items() if path.count(".") == 2)


def test_a_paragraph_after_the_items_an_article_lists_is_the_articles_next_kuan(tmp_path):
    """第四条 …符合下列条件： / （一）…； / （二）…。 / 符合前款…: the last paragraph is the article's (款 after 项),
    with the unit it names; items that run over several paragraphs keep them."""
    head = "某省知识产权局关于印发《某省知识产权资助管理办法》的通知\n某知〔2023〕5号\n某省知识产权资助管理办法\n"
    kuan = "第一条 申请资助应当符合下列条件：\n（一）在本省依法注册；\n（二）无不良信用记录。\n符合前款规定条件的，由省知识产权局负责审核。\n"
    (document,) = parse_file(write(tmp_path, "kuan.txt", head + kuan + "第二条 本办法由某省知识产权局负责解释。\n"))
    clauses = {c.path: c for c in document.clauses}
    assert clauses["1"].text.endswith("符合前款规定条件的，由省知识产权局负责审核。") and clauses["1.2"].text == "（二）无不良信用记录。"
    assert [u.name for u in clauses["1"].units] == ["省知识产权局"] and clauses["1.2"].units == []
    items_go_on = ("第一条 应当具备下列条件：\n（一）已经办理用地批准手续；\n（二）已经取得规划许可证。\n另有规定的，按照其规定执行；\n"
                   "（三）施工场地已经基本具备施工条件。\n第二条 本办法自印发之日起施行。\n")
    (document,) = parse_file(write(tmp_path, "items.txt", head + items_go_on))
    assert {c.path: c.text for c in document.clauses}["1.2"].endswith("另有规定的，按照其规定执行；")


def test_the_paragraph_after_items_under_titles_is_the_articles_over_them(tmp_path):
    """第九条…按照下列规定执行： / （一）…项目： / ①… / （二）社会投资项目： / ①…； / ②…。 / X会同Y制定…: the last
    paragraph had gone to the title （二）, no clause, and was lost with its units and deadline (a blind probe, z171)."""
    head = "某省人民政府关于印发《某省优化营商环境条例实施细则》的通知\n某政发〔2022〕8号\n"
    article = ("第九条 工程建设项目审批实行分类管理，全流程审批时间按照下列规定执行：\n（一）政府投资项目：\n①一般项目不超过80个工作日；\n"
               "②重大项目不超过100个工作日；\n（二）社会投资项目：\n①小型项目不超过15个工作日；\n②其他项目不超过50个工作日。\n"
               "省住房城乡建设厅负责制定具体办法，于2022年11月30日前报省人民政府同意后公布实施。\n第十条 本细则自印发之日起施行。\n")
    (document,) = parse_file(write(tmp_path, "titles.txt", head + article))
    clauses = {c.number if c.number != "②" else c.path: c for c in document.clauses}
    assert clauses["第九条"].text.endswith("于2022年11月30日前报省人民政府同意后公布实施。")
    assert [u.name for u in clauses["第九条"].units] == ["省住房城乡建设厅"]
    assert [p.end.isoformat() for p in clauses["第九条"].periods if p.kind == "deadline"] == ["2022-11-30"]
    last = [c for c in document.clauses if c.number == "②"][-1]
    assert last.text == "②其他项目不超过50个工作日。"


def test_a_compilation_heading_dated_in_chinese_numerals_is_no_item():
    heading = "1. 福建省人民政府关于印发福建省优化营商环境若干措施的通知（二〇二三年三月二日）\n闽政〔2023〕5号\n"
    nodes, structure = tree(heading + "一、优化政务服务\n1.推行一件事一次办。\n2.推行免申即享。\n")
    assert [(p, n) for p, n, _ in nodes] == [("1", "一、"), ("1.1", "1."), ("1.2", "2.")]
    assert structure.preamble[0].text.startswith("1.福建省人民政府关于印发")


def test_the_supplementary_provisions_heading_keeps_its_text(tmp_path):
    """六、附则 on its own line, then 本政策措施所需资金… and 本政策措施自…起施行: the 附则's text, not
    the document's closing words; after an item of another kind such words close the document."""
    head = "赣州市人民政府关于印发赣州市促进民营经济发展若干政策措施的通知\n赣市府发〔2023〕9号\n各县（市、区）人民政府：\n现印发给你们。\n"
    items = "一、加大支持。对新设企业给予一次性补贴5000元。\n二、附则\n"
    tail = "本政策措施所需资金，由市、县两级财政分担。\n同一企业同一项目按照就高不重复原则执行。\n本政策措施自2023年7月1日起施行。\n"
    (doc,) = parse_file(write(tmp_path, "fuze.txt", head + items + tail))
    assert doc.clauses[-1].text == "二、附则\n" + tail.rstrip("\n")
    assert doc.effective_date == dt.date(2023, 7, 1)
    (doc,) = parse_file(write(tmp_path, "other.txt", head + items.replace("二、附则", "二、强化保障") + tail))
    assert doc.clauses[-1].text == "二、强化保障"


def test_a_heading_naming_when_the_text_takes_effect_keeps_its_text(tmp_path):
    """五、执行时间和待遇补发 alone on its line, then 本通知调整的…标准自…起执行。…于2024年5月31日前补发: the item's text
    (z259: the clause had been its heading alone, its two deadlines lost), the document still in force from that day."""
    head = "北京市人力资源和社会保障局关于调整待遇标准的通知\n京人社居发〔2024〕21号\n各区人力资源和社会保障局：\n现通知如下：\n"
    items = "一、调整标准。福利养老金由每人每月837元提高至877元。\n二、执行时间和待遇补发\n"
    tail = "本通知调整的各项待遇标准自2024年1月1日起执行。已按原标准发放的，差额部分于2024年5月31日前一次性补发到位。\n"
    (doc,) = parse_file(write(tmp_path, "in_force.txt", head + items + tail))
    assert doc.clauses[-1].text == "二、执行时间和待遇补发\n" + tail.rstrip("\n")
    assert [p.end for p in doc.clauses[-1].periods if p.kind == "deadline"] == [dt.date(2024, 5, 31)]
    assert doc.effective_date == dt.date(2024, 1, 1)


def test_a_title_with_a_bracket_of_names_alone_over_items_is_a_heading(tmp_path):
    """（一）夯实数字基础设施底座。（市工信局、市发展改革委） over 1. 2.: a heading as with （…牵头，…配合） (z257: it had been a
    clause); its items keep their own."""
    head = "银川市人民政府关于加快推进数字经济高质量发展的实施意见\n银政发〔2023〕42号\n各县（市）区人民政府：\n现提出如下意见：\n"
    items = ("一、重点任务\n（一）夯实数字基础设施底座。（市工信局、市发展改革委）\n1.加快新型网络设施建设。全市建成5G基站6000个。（市工信局）\n"
             "2.建设绿色算力中心。（市发展改革委）\n（二）推动产业数字化转型升级。（市工信局牵头，市财政局配合）\n1.实施智改数转行动。（市工信局）\n")
    (doc,) = parse_file(write(tmp_path, "heading.txt", head + items))
    assert [c.number for c in doc.clauses] == ["1.", "2.", "1."]
    assert [[(u.name, u.role) for u in c.units] for c in doc.clauses][:2] == [[("市工信局", "lead")], [("市发展改革委", "lead")]]


def test_a_label_line_closes_its_item_and_its_next_label_lines_go_on_with_it(tmp_path):
    """8．… / 牵头单位：…；配合单位：… / 完成时限：… are the item's; the paragraph after them is the
    document's closing text, not the item's, and its words are no unit names."""
    text = ("云南省人民政府办公厅关于印发优化营商环境重点任务的通知\n云政办发〔2023〕9号\n各州、市人民政府：\n现印发给你们。\n"
            "1．推行企业开办一网通办。\n牵头单位：省市场监管局；配合单位：省公安厅\n完成时限：2023年12月底前\n"
            "2．开展营商环境评价。\n牵头单位：省发展改革委；配合单位：省统计局，各州、市人民政府\n"
            "各地、各有关部门要于每季度末5日前将工作进展情况报送省营商办。\n云南省人民政府办公厅\n2023年6月2日\n")
    (doc,) = parse_file(write(tmp_path, "label.txt", text))
    first, last = doc.clauses
    assert first.text.endswith("完成时限：2023年12月底前") and [p.end for p in first.periods] == [dt.date(2023, 12, 31)]
    assert last.text.endswith("各州、市人民政府")
    assert [(u.name, u.role) for u in last.units] == [("省发展改革委", "lead"), ("省统计局", "co"), ("各州、市人民政府", "co")]
    assert any(s.text.startswith("各地、各有关部门要于") for s in doc.segments if s.kind == "closing")


@pytest.mark.parametrize("listed", ["二、三季度分别开展一次自查评估", "二、三产业融合发展", "三、四线城市同步推进"])
def test_ordinals_listed_at_a_lines_start_number_no_item(tmp_path, listed):
    """…并于一季度、 / 二、三季度分别开展…: a list of ordinals the line broke before, not an item 二、."""
    text = ("江西省人民政府办公厅关于做好优化营商环境工作的通知\n赣府厅字〔2023〕9号\n各设区市人民政府：\n"
            "一、抓好重点改革任务落地。各地要对照评价指标体系，聚焦堵点难点问题，并于一季度、\n"
            f"{listed}，及时报送评估结果。（责任单位：省发展改革委牵头，省直有关部门按职责分工负责）\n"
            "二、坚持惠企利民。各地要全面落实减税降费政策。\n三、强化督查问效。省优化营商环境办要建立调度制度。\n")
    (doc,) = parse_file(write(tmp_path, "ordinals.txt", text))
    assert [c.number for c in doc.clauses] == ["一、", "二、", "三、"] and not doc.warnings
    assert listed in doc.clauses[0].text and doc.clauses[0].units[0].name == "省发展改革委"


def test_an_item_number_typed_twice_is_two_items_with_a_warning(tmp_path):
    """2.… / 2.…: the second, after the first ended its sentence, is the next item typed with the same
    number (they had been one clause, silently); a number inside a sentence's run stays text."""
    text = ("广西壮族自治区人民政府办公厅关于印发行动方案的通知\n桂政办发〔2023〕12号\n各设区市人民政府：\n"
            "1.推行政务服务事项跨省通办。（牵头单位：自治区大数据发展局）\n2.加大信贷投放力度。（牵头单位：人民银行南宁中心支行）\n"
            "2.推进水电气网联合报装。（牵头单位：自治区住房城乡建设厅）\n3.优化纳税服务。（牵头单位：广西税务局）\n")
    (doc,) = parse_file(write(tmp_path, "twice.txt", text))
    assert [c.path for c in doc.clauses] == ["1", "2", "2-2", "3-2"]  # a run goes on, so paths keep document order
    assert [u.name for u in doc.clauses[2].units] == ["自治区住房城乡建设厅"]
    assert any("2. after 2." in w for w in doc.warnings)


@pytest.mark.parametrize("cited", ["第二条所列的程序", "第二条中规定的程序", "第二条执行", "第四条所称的信用主体"])
def test_an_article_cited_at_a_lines_start_is_no_new_article(tmp_path, cited):
    """…并依照本办法 / 第二条所列的程序…: a citation a line break put at a line's start (the articles after
    it had lost their chapter, and the chapter its articles)."""
    text = ("湖北省市场监督管理局信用修复管理办法\n第一章 总则\n第一条 为规范信用修复，制定本办法。\n第二章 程序\n"
            "第二条 信用修复按照申请、受理、决定的程序办理。\n第三条 修复决定作出后，并依照本办法\n"
            f"{cited}将修复结果共享至信用平台。\n第三章 附则\n第四条 本办法自2023年9月1日起施行。\n")
    (doc,) = parse_file(write(tmp_path, "cited.txt", text))
    assert [c.number for c in doc.clauses] == ["第一条", "第二条", "第三条", "第四条"] and not doc.warnings
    assert cited in doc.clauses[2].text.replace("\n", "")


def test_the_attachments_listed_before_the_signature_open_no_part(tmp_path):
    """附件：1.… / 2.… above the signature, then 附件1 and 附件2 with items of their own: the annexes'
    items are a1.* and a2.* (the list had counted as a part: a2.* and a3.*)."""
    text = ("江西省人民政府办公厅关于做好优化营商环境工作的通知\n赣府厅字〔2023〕9号\n各设区市人民政府：\n"
            "一、抓好重点改革任务落地。各地要对照评价指标体系推进改革。\n二、强化督查问效。省优化营商环境办要建立调度制度。\n"
            "附件：1.重点任务清单\n2.政策清单\n江西省人民政府办公厅\n2023年5月6日\n"
            "附件1\n重点任务清单\n一、提升政务服务\n（一）推进政务服务事项标准化。\n（二）扩大免证办范围。\n"
            "附件2\n政策清单\n一、支持企业\n（一）落实减税降费政策。\n")
    (doc,) = parse_file(write(tmp_path, "annexes.txt", text))
    assert [c.path for c in doc.clauses] == ["1", "2", "a1.1.1", "a1.1.2", "a2.1.1"]


@pytest.mark.parametrize("listed, labels", [
    ("附件：\n1.重点任务清单\n2.政策清单\n", ("附件1", "附件2")),  # the list under its label line
    ("附件：一、重点任务清单\n二、政策清单\n", ("附件一", "附件二")),  # (二、 alone had been read as an item whose 一、 was lost)
    ("附件：\n一、重点任务清单；\n二、政策汇总表\n", ("附件1", "附件2")),
])
def test_an_attachment_list_in_any_numbering_is_no_item(tmp_path, listed, labels):
    """附件： / 1.… / 2.…, or 附件：一、… / 二、…, and annexes labelled 附件一 / 附件二: the list's entries are no items and
    each annex is a section under its label (blind: the entries had become clauses 3 and 4 (or 2), 附件一 closing text)."""
    text = ("江西省人民政府办公厅关于做好优化营商环境工作的通知\n赣府厅字〔2023〕9号\n各设区市人民政府：\n"
            "一、抓好重点改革任务落地。各地要对照评价指标体系推进改革。\n二、强化督查问效。省优化营商环境办要建立调度制度。\n"
            f"{listed}江西省人民政府办公厅\n2023年5月6日\n"
            f"{labels[0]}\n重点任务清单\n一、提升政务服务\n（一）推进政务服务事项标准化。\n（二）扩大免证办范围。\n"
            f"{labels[1]}\n政策清单\n一、支持企业\n（一）落实减税降费政策。\n")
    (doc,) = parse_file(write(tmp_path, "annexes.txt", text))
    assert [c.path for c in doc.clauses] == ["1", "2", "a1.1.1", "a1.1.2", "a2.1.1"]
    assert [(s.path, s.number) for s in doc.sections if "." not in s.path and s.path.startswith("a")] == [("a1", labels[0]), ("a2", labels[1])]


@pytest.mark.parametrize("listed", ["附件：\n1.申报书\n2.营业执照复印件\n", "附件：1.申报书\n2.营业执照复印件\n"])
def test_the_body_goes_on_after_an_attachment_list_inside_it(tmp_path, listed):
    """二、申报材料 / 附件： / 1.申报书 / 2.… / 三、支持标准: 三、 numbers on the body's items, so the list opened no part
    (a review: 三、 and its sum and unit had been lost in the closing text)."""
    text = ("某市科学技术局关于组织申报2023年度科技创新券的通知\n某科发〔2023〕12号\n各有关单位：\n为支持中小企业创新发展，现将有关事项通知如下。\n"
            f"一、支持对象\n在本市注册的中小微企业。\n二、申报材料\n申报单位应提交以下材料，\n{listed}"
            "三、支持标准\n对符合条件的企业，给予每家最高10万元补助。（责任单位：市科技局）\n某市科学技术局\n2023年6月1日\n")
    (doc,) = parse_file(write(tmp_path, "科技.txt", text))
    assert [c.path for c in doc.clauses] == ["1", "2", "3"]
    assert [u.name for u in doc.clauses[2].units] == ["市科技局"] and [a.value for a in doc.clauses[2].amounts] == [100000]


def test_an_unnumbered_notices_in_force_sentence_and_formula_close_it(tmp_path):
    """An 通告 of paragraphs: its last 本通告自…起施行。 and 特此通告。 are closing text, as after numbered items (a blind
    test: each a clause)."""
    text = ("湖北省市场监督管理局关于调整个体工商户登记档案查询服务事项的通告\n鄂市监通告〔2023〕2号\n"
            "自2023年5月1日起，个体工商户登记档案查询一律实行线上免费办理，申请人可通过湖北政务服务网自助查询打印。\n"
            "本通告自2023年5月1日起施行。\n特此通告。\n湖北省市场监督管理局\n2023年4月3日\n")
    (doc,) = parse_file(write(tmp_path, "通告.txt", text))
    assert [c.text[:4] for c in doc.clauses] == ["自202"] and doc.effective_date == dt.date(2023, 5, 1)
    assert any(s.kind == "closing" and s.text.startswith("本通告自") for s in doc.segments)
    # a sentence that says more than when the text is in force stays a clause (a review: 750元 had been closing text)
    more = text.replace("本通告自2023年5月1日起施行。", "本通告自2023年7月1日起施行，城市低保标准由每人每月700元提高至750元。")
    (doc,) = parse_file(write(tmp_path, "通告2.txt", more))
    assert [a.value for c in doc.clauses for a in c.amounts] == [700, 750]
    term = text.replace("本通告自2023年5月1日起施行。", "本通告自2023年7月1日起施行，农村低保标准提高至每人每月600元，执行至2025年12月31日止。")
    (doc,) = parse_file(write(tmp_path, "通告3.txt", term))  # (a sum between the start and the term: a second review)
    assert [a.value for c in doc.clauses for a in c.amounts] == [600]


def test_a_numbered_line_after_an_attachment_list_that_names_no_document_is_an_item(tmp_path):
    """附件： alone, then 1.加强组织领导。…: a sentence, no attachment's name: an item as before."""
    text = ("某市人民政府办公室关于做好优化营商环境工作的通知\n某政办发〔2023〕9号\n各县（区）人民政府：\n现就有关事项通知如下。\n"
            "附件：\n1.加强组织领导。各地要建立工作专班。\n2.强化督查问效。市营商办要建立调度制度。\n")
    (doc,) = parse_file(write(tmp_path, "listless.txt", text))
    assert [c.path for c in doc.clauses] == ["1", "2"]


def _by_number(tmp_path, name: str, text: str) -> dict:
    (doc,) = parse_file(write(tmp_path, name, text))
    return {c.number: c for c in doc.clauses}


def test_text_after_a_closed_last_sub_item_is_its_lead_ins(tmp_path):
    """6.…具体做好以下工作： / （1）… / （2）…（责任处室：…） / 上述工作由信用监管处负责，持续推进。 / 7.…: the sub-item's
    bracket closed it, and 7. closes the lead-in too: the sentence between is 6.'s (it had become （2）'s text)."""
    text = ("福州市市场监督管理局关于印发2023年全市市场监管工作要点的通知\n榕市监〔2023〕12号\n各县（市）区市场监管局：\n"
            "一、优化信用监管\n1.加强涉企信息归集公示。具体做好以下工作：\n（1）推进涉企信息统一归集；\n"
            "（2）提高年报公示率，年报率达到90%以上。（责任处室：信用监管处、法规处）\n上述工作由信用监管处负责，持续推进。\n"
            "2.深化信用修复。推行信用修复“一网通办”。\n")
    by_number = _by_number(tmp_path, "榕.txt", text)
    assert by_number["1."].text.endswith("上述工作由信用监管处负责，持续推进。")
    assert by_number["（2）"].text.endswith("（责任处室：信用监管处、法规处）")
    assert [u.name for u in by_number["1."].units] == ["信用监管处"]
    assert list(by_number)[-1] == "2." and "上述工作" not in by_number["2."].text
    # text after a sub-item with no bracket of its own goes on being that sub-item's, unless the sub-items are one line
    # each, closed by ； and the last by 。 (then it is the lead-in's next paragraph, as in an article)
    open_sub = text.replace("（责任处室：信用监管处、法规处）", "").replace("年报率达到90%以上。", "年报率达到90%以上，")
    assert _by_number(tmp_path, "榕2.txt", open_sub)["（2）"].text.endswith("上述工作由信用监管处负责，持续推进。")
    one_line_each = text.replace("（责任处室：信用监管处、法规处）", "")
    assert _by_number(tmp_path, "榕3.txt", one_line_each)["1."].text.endswith("上述工作由信用监管处负责，持续推进。")


ONE_LINE_SUB_ITEMS = ("佛山市人民政府办公室关于印发若干措施的通知\n佛府办〔2023〕8号\n各区人民政府：\n一、支持智能制造\n"
                      "1.支持建设智能工厂。对新认定的智能工厂，按以下标准给予奖励：\n（1）国家级智能制造示范工厂，给予一次性500万元奖励；\n"
                      "（2）省级智能工厂，给予一次性200万元奖励；\n（3）市级数字化车间，给予一次性50万元奖励。\n"
                      "同一企业按就高原则给予奖励，不重复支持。（责任单位：市工业和信息化局、市财政局）\n2.鼓励企业技术改造。（市工业和信息化局负责）\n")


def test_a_sentence_after_an_items_sub_items_is_the_items_next_paragraph(tmp_path):
    """3.…按以下标准给予奖励： / (1)…； / (2)…； / (3)…。 / 同一企业按就高原则给予奖励…（责任单位：…）: as in an article, the sentence
    after sub-items each one line closed by ；, the last by 。, is the item's (it had been (3)'s, its bracket with it)."""
    item, last_sub = (_by_number(tmp_path, "佛.txt", ONE_LINE_SUB_ITEMS)[n] for n in ("1.", "（3）"))
    assert item.text.endswith("不重复支持。（责任单位：市工业和信息化局、市财政局）")
    assert [u.name for u in item.units] == ["市工业和信息化局", "市财政局"]
    assert (last_sub.text, last_sub.units) == ("（3）市级数字化车间，给予一次性50万元奖励。", [])


CALL_AFTER_HEADED_ITEM = ("国家发展改革委办公厅关于做好民间投资项目推介工作的通知\n发改办投资〔2023〕380号\n各省、自治区、直辖市发展改革委：\n"
                          "一、建立项目库\n各地发展改革部门要建立民间投资项目库，及时更新项目信息。\n"
                          "二、强化工作保障\n各地发展改革部门要明确专人负责推介工作，形成工作合力。\n"
                          "请各地发展改革部门高度重视，切实做好民间投资项目推介工作，有关情况和问题及时反馈我委。\n联系人：投资司 王涛\n")


def test_a_call_on_everyone_after_a_headed_items_text_is_closing_text(tmp_path):
    """七、强化工作保障 / its text / 请各地发展改革部门高度重视，切实做好…及时反馈我委。: the call after the item's own text
    closes the document (it had become the item's text); a heading's first text after it stays the heading's."""
    (doc,) = parse_file(write(tmp_path, "发改.txt", CALL_AFTER_HEADED_ITEM))
    assert doc.clauses[-1].text.endswith("形成工作合力。")
    assert any(s.kind == "closing" and s.text.startswith("请各地发展改革部门高度重视") for s in doc.segments)
    headed = CALL_AFTER_HEADED_ITEM.replace("各地发展改革部门要明确专人负责推介工作，形成工作合力。\n", "")
    (doc,) = parse_file(write(tmp_path, "发改2.txt", headed))
    assert doc.clauses[-1].text.endswith("及时反馈我委。")  # the heading's only text: its own


def test_a_web_pages_downloads_under_the_text_are_no_items(tmp_path):
    """相关附件： / 1. …申报指南.docx after the signature of a page copied from a website: closing text (it had become an
    item numbered under the last section, or a sub-item of the last item)."""
    text = ("珠海市人民政府办公室关于进一步支持中小微企业发展的通知\n珠府办函〔2023〕45号\n各区人民政府：\n"
            "一、加大财政支持\n（一）对中小微企业给予贷款贴息。\n（二）减免中小微企业房屋租金。\n"
            "珠海市人民政府办公室\n2023年6月9日\n相关附件：\n1. 珠海市支持中小微企业政策申报指南.docx\n2. 申报表.xlsx\n【打印本页】【关闭窗口】\n")
    (doc,) = parse_file(write(tmp_path, "珠.txt", text))
    assert [c.number for c in doc.clauses] == ["（一）", "（二）"]
    assert any("申报指南.docx" in s.text for s in doc.segments if s.kind == "closing")


IN_FORCE_AFTER_ITEMS = [
    # …不重复享受。本通知自2023年7月1日起施行…: the closing text starts inside the last item's paragraph
    ("宁波市鄞州区人民政府办公室关于做好2023年企业稳工稳岗工作的通知\n鄞政办发〔2023〕31号\n各镇人民政府，各街道办事处：\n"
     "一、支持企业留工稳岗。对稳定用工的企业给予每人300元补助。\n二、落实工作责任。各镇（街道）要明确专人负责。\n"
     "同一企业同一事项符合多项政策的，按就高原则执行，不重复享受。本通知自2023年7月1日起施行，有效期至2025年6月30日。\n",
     "不重复享受。", "本通知自2023年7月1日起施行", dt.date(2023, 7, 1), []),
    # 完成时限：2023年12月底前 / 本方案自2023年8月1日起施行…: label lines go on line by line, the closing sentence does not
    ("海东市人民政府办公室关于印发实施方案的通知\n东政办〔2023〕88号\n各县（区）人民政府：\n"
     "（一）加强中介服务监管。规范中介服务行为。\n牵头单位：市政府政务服务监督管理局\n完成时限：2023年9月底前\n"
     "（二）强化帮办代办服务。组建帮办代办队伍。\n牵头单位：市政府政务服务监督管理局\n完成\n# Page 2033:\n时限：2023年12月底前\n"
     "本方案自2023年8月1日起施行，有效期至2025年7月31日。《海东市工程建设项目审批制度改革实施方案》（东政办〔2021〕56号）同时废止。\n",
     "完成时限：2023年12月底前", "本方案自2023年8月1日起施行", dt.date(2023, 8, 1), ["东政办〔2021〕56号"]),
]


@pytest.mark.parametrize("text,last_ends,closing_starts,effective,repealed", IN_FORCE_AFTER_ITEMS)
def test_the_sentence_putting_the_text_in_force_after_the_last_item_is_closing_text(tmp_path, text, last_ends, closing_starts,
                                                                                      effective, repealed):
    """It had become the last item's text, with the document's start period (and its repeal) as the item's."""
    (doc,) = parse_file(write(tmp_path, "in_force.txt", text))
    last = doc.clauses[-1]
    assert last.text.endswith(last_ends) and not last.references and all(p.kind == "deadline" for p in last.periods)
    assert any(s.kind == "closing" and s.text.startswith(closing_starts) for s in doc.segments)
    assert doc.effective_date == effective
    assert [r.doc_number.text for r in doc.references if r.relation == "repeals"] == repealed

def test_the_title_of_the_second_text_a_notice_issues_opens_its_part(tmp_path):
    """关于印发《A办法》和《B重点任务》的通知: after A's articles B's title line opens B's part (B's 一、 had nested under A's last
    article, 第二条, as its sub-items: a blind probe, z17)."""
    text = ("某省市场监督管理局关于印发《某省市场监督管理局帮扶实施办法》和《2023年全省帮扶重点任务》的通知\n"
            "某省市场监督管理局帮扶实施办法\n第一条 为推进个体工商户精准帮扶，制定本办法。\n第二条 本办法自2023年6月1日起施行。\n"
            "2023 年全省帮扶重点任务\n一、开展分型分类标注。完成首次标注工作。（牵头处室：登记注册局）\n"
            "二、落实减费让利措施。减免检验费用。（牵头处室：特种设备安全监察处）\n")
    (doc,) = parse_file(write(tmp_path, "陕.txt", text))
    assert [(c.path, c.number) for c in doc.clauses] == [("1", "第一条"), ("2", "第二条"), ("a1.1", "一、"), ("a1.2", "二、")]
    assert doc.clauses[1].text == "第二条 本办法自2023年6月1日起施行。".replace(" ", "")
    # B's title heads its items: a section a1 over them, no longer closing text
    assert [(s.path, s.number, s.heading) for s in doc.sections] == [("a1", "", "2023年全省帮扶重点任务")]
    assert [c.parent_path for c in doc.clauses] == [None, None, "a1", "a1"]
    assert not any("重点任务" in s.text for s in doc.segments if s.kind == "closing")
    # a notice issuing one text: its title line again is no new part
    one = text.replace("和《2023年全省帮扶重点任务》", "").replace("2023 年全省帮扶重点任务\n", "某省市场监督管理局帮扶实施办法\n")
    (doc,) = parse_file(write(tmp_path, "陕1.txt", one))
    assert not any(c.path.startswith("a") for c in doc.clauses)


def test_an_excerpts_articles_start_where_the_excerpt_does(tmp_path):
    """第七条 / 第八条 / 第九条 of a text printed in part (节选): each an article with its number (all had been one text with
    no number: only 第一条, or 第二条 when the first was lost, could open the articles)."""
    text = ("某省市场监督管理局关于印发某办法的通知\n某办法（节选）\n第七条 对成长型个体工商户，重点支持转型升级。\n"
            "第八条 对知名特色型个体工商户，重点做好宣传推广。\n第九条 省局登记注册局牵头，制定变更登记指引。\n")
    (doc,) = parse_file(write(tmp_path, "节选.txt", text))
    assert [(c.path, c.number) for c in doc.clauses] == [("7", "第七条"), ("8", "第八条"), ("9", "第九条")]
    # a sentence's citation of an article at a line's start is none
    cited = "某办法\n第一条 为规范管理，制定本办法。\n违反本办法\n第七条第二款规定的，依法处理。\n"
    (doc,) = parse_file(write(tmp_path, "引.txt", cited))
    assert [c.number for c in doc.clauses] == ["第一条"]


def test_the_last_items_bracket_on_a_line_of_its_own_stays_its_own_when_each_item_has_one(tmp_path):
    """1.… / （各县〔市、区〕人民政府） / 2.… / （市行政服务中心管委会、市邮政管理局）: every item names its units in a bracket of
    its own line, so the last one is the last item's (it had gone to the lead-in （二）: a blind probe, z22)."""
    text = ("某市人民政府办公室关于印发某市工作要点的通知\n一、提升政务服务能力\n（二）推动政务服务向基层延伸。重点抓好以下工作：\n"
            "1.年底前实现100个事项在乡镇可办。\n（各县〔市、区〕人民政府）\n2.推广“邮政+政务”服务模式。\n"
            "（市行政服务中心管委会、市邮政管理局）\n")
    by_number = _by_number(tmp_path, "南.txt", text)
    assert by_number["（二）"].units == []
    assert [u.name for u in by_number["2."].units] == ["市行政服务中心管委会", "市邮政管理局"]


def test_items_numbered_with_ordinals_and_a_comma(tmp_path):
    """第一，… / 第二，…: items (the document had been read as unnumbered paragraphs, its preamble's lines clauses: a blind
    probe, z23); 排名第一， inside a sentence the page broke is none."""
    text = ("南京市人民政府办公厅关于印发支持中小微企业发展若干政策措施的通知\n宁政办规〔2023〕9号\n各区人民政府：\n"
            "现将《支持中小微企业发展若干政策措施》印发给你们，请认真组织实施。\n支持中小微企业发展若干政策措施\n"
            "第一，加大房租减免力度。对承租国有房产的小微企业减免3个月租金。由市国资委负责。\n"
            "第二，降低企业融资成本。担保费率降至1%以下。力争全省排名\n第一，形成品牌。\n第三，本政策措施自印发之日起施行。\n")
    (doc,) = parse_file(write(tmp_path, "宁.txt", text))
    assert [(c.path, c.number) for c in doc.clauses] == [("1", "第一，"), ("2", "第二，"), ("3", "第三，")]
    assert [u.name for u in doc.clauses[0].units] == ["市国资委"]


def test_an_article_whose_words_are_a_short_title_over_items_is_a_section():
    """第一条 支持企业做大做强。（责任单位：…） / （一）… / （二）…: a title over its items, no rule of its own (it had been a
    clause; blind probes z29, z45); an article with a sentence of its own over items stays a clause."""
    nodes, _ = tree("第一条 支持企业做大做强。（责任单位：市工业和信息化局、市财政局）\n（一）对首次入选百强的企业，给予奖励300万元。\n"
                    "（二）对新认定的重点企业，给予奖励100万元。\n第二条 符合下列条件之一的企业，给予补贴：\n（一）年营业收入增长20%以上；\n"
                    "（二）新增就业100人以上。\n")
    assert [(number, kind) for _, number, kind in nodes] == [
        ("第一条", "section"), ("（一）", "clause"), ("（二）", "clause"), ("第二条", "clause"), ("（一）", "clause"), ("（二）", "clause")]


def test_bare_headings_above_articles_group_them():
    """一、支持企业技术改造 / 第一条 … / 二、强化要素保障 / 第三条 …: the 一、 headings had been clauses, 二、 even a child of 第二条
    (a blind probe, z60); here 一、 heads articles as a 节 does."""
    nodes, _ = tree("一、支持企业技术改造\n第一条 支持企业技术改造。对项目给予补助。\n第二条 推动数字化转型。对示范工厂给予奖励。\n"
                    "二、强化要素保障\n第三条 保障企业用地需求。优先保障用地指标。\n")
    assert nodes == [("1", "一、", "section"), ("1.1", "第一条", "clause"), ("1.2", "第二条", "clause"),
                     ("2", "二、", "section"), ("2.3", "第三条", "clause")]


def test_a_title_closed_by_a_colon_over_items_is_a_section():
    """第九条 支持标准： / （一）… and （一）…的评价指标及权重： / 1.…: a noun phrase and a colon is a title over its items (the gold
    rules; a blind probe, z96, and 海南_04 of the dev set); a lead-in with a verb or a comma stays a clause."""
    nodes, _ = tree("第九条 支持标准：\n（一）重点研发项目，每项资助最高不超过200万元；\n（二）对新认定的孵化器，给予一次性奖励100万元。\n"
                    "第十条 对符合条件的企业给予以下支持：\n（一）租金补贴；\n（二）贷款贴息。\n")
    assert [(number, kind) for _, number, kind in nodes] == [
        ("第九条", "section"), ("（一）", "clause"), ("（二）", "clause"), ("第十条", "clause"), ("（一）", "clause"), ("（二）", "clause")]
    nodes, _ = tree("（一）发明专利、实用新型专利的评价指标及权重：\n1.专利质量（25%）。对专利的新颖性进行评价。\n2.技术先进性（25%）。对技术进行评价。\n"
                    "（二）申报专利奖，应当具备以下条件：\n1.专利权有效；\n2.已实施两年以上。\n")
    assert [(number, kind) for _, number, kind in nodes] == [
        ("（一）", "section"), ("1.", "clause"), ("2.", "clause"), ("（二）", "clause"), ("1.", "clause"), ("2.", "clause")]


def test_a_bracket_closing_a_sections_last_item_is_that_items_own_after_full_items(tmp_path):
    """（一）… / （二）…（责任单位：市财政局）: the bracket closing the last item's sentence had been given to every item of the
    section naming none (blind golds z52, z99, z119 and the gold rules read it as the item's own; after short items naming a
    task alone it is still every item's: the test above)."""
    text = ("某市人民政府办公室关于印发某市工作方案的通知\n一、保障措施\n（一）强化统计监测。市统计局每年11月底前完成运行监测分析。\n"
            "（二）强化资金监管。加强资金管理。（责任单位：市财政局）\n")
    (doc,) = parse_file(write(tmp_path, "a.txt", text))
    assert [(c.number, [(u.name, u.role) for u in c.units]) for c in doc.clauses] == [
        ("（一）", [("市统计局", "lead")]), ("（二）", [("市财政局", "lead")])]  # (（一）'s own subject, due every year: thirty-fifth session)



def test_a_title_whose_items_are_in_the_attachment_is_a_heading(tmp_path):
    """二、重点任务（详见附件） with no items under it: a heading pointing at the attachment, no clause (a blind probe, z143)."""
    document = parse_text(tmp_path, "南昌市人民政府办公室关于印发工作方案的通知\n洪府办发〔2023〕5号\n各县（区）人民政府：\n"
                          "一、总体目标\n到2023年底，全市营商环境持续优化。\n二、重点任务（详见附件）\n三、保障措施\n"
                          "（一）加强组织领导。市营商办负责统筹调度。\n（二）强化督导考核。结果纳入综合考核。\n")
    assert [c.number for c in document.clauses] == ["一、", "（一）", "（二）"]
    assert [s.heading for s in document.sections] == ["重点任务（详见附件）", "保障措施"]
    # an item's words that point at an attachment are the item's own (a review: （一） had been lost)
    document = parse_text(tmp_path, "某市人社局关于做好补贴申领的通知\n某人社发〔2023〕5号\n各县（区）人社局：\n一、申报程序\n"
                          "（一）企业填写补贴申请表（见附件1）\n（二）人社部门审核后拨付资金。\n")
    assert [c.number for c in document.clauses] == ["（一）", "（二）"]


FORM_NOTICE = ("宜昌市人力资源和社会保障局关于做好吸纳就业补贴申报工作的通知\n宜人社发〔2023〕21号\n各县市区人社局：\n"
               "一、补贴对象。在宜昌市行政区域内依法登记的中小微企业。\n二、申报程序。企业于2023年6月30日前提交申请。（责任单位：市人社局）\n"
               "附件：1.宜昌市中小微企业吸纳就业补贴申请表\n宜昌市人力资源和社会保障局\n2023年4月18日\n"
               "附件1\n宜昌市中小微企业吸纳就业补贴申请表\n单位名称（盖章）：＿＿＿＿＿＿\n一、企业基本情况\n职工总人数：＿＿＿人\n"
               "二、申请补贴情况\n1.一次性吸纳就业补贴：＿＿＿人，申请金额（万元）：＿＿＿\n三、企业承诺\n本单位承诺所填信息真实有效。\n")


def test_an_attached_form_holds_no_clauses(tmp_path):
    """附件1 / …补贴申请表 / 单位名称：＿＿ / 一、企业基本情况 …: a form's headings and numbered fields had been clauses (z210)."""
    document = parse_text(tmp_path, FORM_NOTICE)
    assert [c.number for c in document.clauses] == ["一、", "二、"]
    # the title glued to the form's first field, as PDF text has it, says the same
    glued = parse_text(tmp_path, FORM_NOTICE.replace("补贴申请表\n单位名称", "补贴申请表单位名称"))
    assert [c.number for c in glued.clauses] == ["一、", "二、"]
    # 附件：title / the title again / a field whose blank is on the next line (z234: its headings had been clauses)
    repeated = FORM_NOTICE.replace("附件1\n宜昌市中小微企业吸纳就业补贴申请表\n单位名称（盖章）：＿＿＿＿＿＿\n",
                                   "附件：宜昌市中小微企业吸纳就业补贴申请表\n宜昌市中小微企业吸纳就业补贴申请表\n申报单位（盖章）：\n填报日期：\n")
    assert repeated != FORM_NOTICE and [c.number for c in parse_text(tmp_path, repeated).clauses] == ["一、", "二、"]
    # an attachment that is a task list keeps its items
    tasks = FORM_NOTICE.split("附件1")[0] + "附件1\n重点任务分工表\n一、优化服务。推行网上办理。（责任单位：市人社局）\n"
    assert [c.number for c in parse_text(tmp_path, tasks).clauses][-1] == "一、"


def test_a_transitional_rule_of_the_text_is_its_articles_paragraph(tmp_path):
    """第二条… / 本办法施行前已认定的见习单位，由…负责…复核: a paragraph of the article (it had been read as closing text and
    its unit and deadline lost, z208)."""
    text = ("长沙市就业见习管理办法\n第一条 为规范就业见习管理，制定本办法。\n第二条 用人单位向区县（市）人力资源社会保障部门提出申请。\n"
            "本办法施行前已认定的见习单位，由各区县（市）人力资源社会保障部门负责在2022年11月底前完成复核。\n"
            "第三条 本办法自2022年10月1日起施行。\n")
    document = parse_text(tmp_path, text)
    second = next(c for c in document.clauses if c.number == "第二条")
    assert second.text.endswith("完成复核。") and [u.name for u in second.units] == ["各区县（市）人力资源社会保障部门"]
    assert document.clauses[-1].text == "第三条本办法自2022年10月1日起施行。"


def test_a_tables_notes_are_no_items(tmp_path):
    """注：1. 各县（市、区）人民政府…均为责任单位；2. 排名第一的为牵头单位…: notes on the table above, run inline, had been
    three clauses (z209); items run inline after a lead-in stay items."""
    text = ("绵阳市营商环境攻坚方案\n一、重点任务\n（一）优化服务。推行网上办理。（责任单位：市政务服务中心）\n"
            "注：1. 各县（市、区）人民政府均为各项任务的责任单位；2. 排名第一的为牵头单位，其余为配合单位。\n"
            "二、保障措施\n（一）加强领导。提供以下材料：1.申请表；2.营业执照。\n")
    document = parse_text(tmp_path, text)
    assert [c.number for c in document.clauses] == ["（一）", "（一）", "1.", "2."]


def test_a_line_naming_who_carries_out_the_items_above_is_every_items(tmp_path):
    """1、… / 2、… / 3、… / 以上措施由市人社局负责落实。: the units of every item of the section (only the last had had them,
    a blind probe, z221)."""
    text = ("大庆市支持高校毕业生就业创业若干措施\n一、稳定就业\n1、企业吸纳就业补贴。对中小微企业招用毕业生的，按每人1000元给予补贴。\n"
            "2、就业见习补贴。对见习单位按每人每月1500元给予补贴。\n3、国有企业招聘。市属国有企业招聘高校毕业生的比例不低于60%。\n"
            "以上措施由市人社局负责落实。\n二、支持创业\n1、创业担保贷款。个人最高可申请30万元。（责任单位：市财政局）\n")
    document = parse_text(tmp_path, text)
    assert [[u.name for u in c.units] for c in document.clauses[:3]] == [["市人社局"]] * 3


def test_a_policys_in_force_sentence_on_a_new_line_after_the_last_items_end_is_closing_text(tmp_path):
    """…不得申报市级财政奖补。 / 本政策自2024年1月1日起施行，…由市工信局负责解释。: a new paragraph, the document's closing, not
    the last item's text (z341: its unit and term had gone to (十二)); a heading's own 本政策适用于… stays its text."""
    text = ("许昌市人民政府关于印发支持先进制造业发展若干政策的通知\n各县（市、区）人民政府：\n现将若干政策印发给你们。\n"
            "许昌市人民政府\n2024年1月5日\n一、适用范围\n本政策适用于在我市依法登记的工业企业。\n二、支持措施\n"
            "(一)加强监督管理。市审计局会同市财政局对奖补资金使用情况开展绩效审计；对弄虚\n"
            "作假骗取奖补资金的，依法追回并纳入失信记录，3 年内不得申报市级财政奖补。\n"
            "本政策自2024 年1 月1 日起施行，有效期至2025 年12 月31 日，由市工信局负责解释。\n")
    document = parse_text(tmp_path, text)
    last = document.clauses[-1]
    assert last.number == "（一）" and "本政策" not in last.text
    assert [(u.name, u.role) for u in last.units] == [("市审计局", "lead"), ("市财政局", "co")]
    assert document.clauses[0].number == "一、" and "本政策适用于" in document.clauses[0].text


def test_articles_after_an_excerpts_gap_and_an_article_cited_after_a_title(tmp_path):
    """第十二条 / …… / 第六章 / 第四十五条: the dots left articles out, so the next article's number jumps ahead (z348: 第四十五条 on
    had been read as text); 处罚依据：《中华人民共和国广告法》 / 第五十七条。: an article cited, no article of its own (z350)."""
    text = ("浙江省优化营商环境条例\n第一条 为了持续优化营商环境，制定本条例。\n第二条 县级以上人民政府应当加强领导。\n"
            "第三条 政务服务机构应当自受理申请之日起五个工作日内作出决定。\n……\n第六章 法律责任\n"
            "第四十五条 违反本条例规定的，由有关主管部门责令改正。\n第四十六条 本条例自2024 年1 月1 日起施行。\n")
    assert [c.number for c in parse_text(tmp_path, text).clauses] == ["第一条", "第二条", "第三条", "第四十五条", "第四十六条"]
    cases = ("安徽省市场监管轻微违法行为免罚清单\n1．广告中使用绝对化用语，首次违法且危害后果轻微的。\n处罚依据：《中华人民共和国广告法》\n"
             "第五十七条。\n适用条件：在7 日内改正。\n2．未按规定公示营业执照的。\n")
    document = parse_text(tmp_path, cases, "cases.txt")
    assert [c.number for c in document.clauses] == ["1.", "2."] and "第五十七条。" in document.clauses[0].text


def test_a_measures_own_term_between_two_items_stays_its(tmp_path):
    """（一）…由市人社局负责审核发放。 / 本政策自2023年1月1日起执行至2023年12月31日。 / （二）…: the measure's term, not the
    document's closing (the review: (一) had lost its interval)."""
    text = ("某某市稳就业若干措施\n（一）发放一次性扩岗补助。按每人1500 元标准发放，由市人社局负责审核发放。\n"
            "本政策自2023 年1 月1 日起执行至2023 年12 月31 日。\n（二）降低失业保险费率。市人社局负责做好政策落实。\n")
    first = parse_text(tmp_path, text).clauses[0]
    assert first.number == "（一）" and "本政策自2023年1月1日起执行至2023年12月31日" in first.text
    assert [(p.kind, p.end) for p in first.periods] == [("interval", dt.date(2023, 12, 31))]


def test_items_numbered_on_through_a_tables_rows(tmp_path):
    """1．… 8．… / a table of rows 9–12 / 13．…: the rows are items whatever their numbers, and the items after the table go on
    from its last row (z358: rows and items 13-20 had been read as the sections' text); rows 1-3 then 4．… (z346)."""
    items = "".join(f"{n}．第{n}项指标。（省发展改革委）\n" for n in range(1, 3))
    text = ("福建省营商环境监测指标体系\n一、基础指标\n" + items + "二、要素保障类指标\n序号\n指标名称\n目标值\n责任单位\n3\n工程建设项目审批时间\n"
            "不超过15 个工作日\n省住建厅\n4\n不动产登记时间\n不超过3 个工作日\n省自然资源厅\n三、市场环境类指标\n"
            "5．市场主体增长：全年新增经营主体不少于60 万户。（省市场监管局）\n6．政务服务事项网上可办率：不低于95%。（省数据管理局）\n")
    numbers = [c.number for c in parse_text(tmp_path, text).clauses]
    assert numbers == ["1．", "2．", "3", "4", "5．", "6．"] or numbers == ["1.", "2.", "3", "4", "5.", "6."]


def test_items_go_on_from_a_tables_last_row_past_the_slack(tmp_path):
    """Items 1-2, a table of rows 3-8, then 9．…: the next item is 9, past the few numbers a weak item may skip, yet on from the
    table's last row (z358); a table of rows 1-3 first, then 4．…: no 1．… before it (z346)."""
    rows = "".join(f"{n}\n第{n}项指标\n不超过{n}个工作日\n省住建厅\n" for n in range(3, 9))
    text = ("福建省营商环境监测指标体系\n一、基础指标\n1．第1项指标。（省发展改革委）\n2．第2项指标。（省发展改革委）\n"
            "二、要素保障类指标\n序号\n指标名称\n目标值\n责任单位\n" + rows
            + "三、市场环境类指标\n9．市场主体增长：全年新增经营主体不少于60 万户。（省市场监管局）\n")
    assert [c.number for c in parse_text(tmp_path, text).clauses][-2:] == ["8", "9."]
    rows = "".join(f"{n}\n第{n}项指标\n不超过{n}个工作日\n省住建厅\n" for n in range(1, 4))
    text = ("福建省营商环境监测指标体系\n一、基础指标\n序号\n指标名称\n目标值\n责任单位\n" + rows
            + "二、市场环境类指标\n4．市场主体增长：全年新增经营主体不少于60 万户。（省市场监管局）\n")
    assert [c.number for c in parse_text(tmp_path, text).clauses] == ["1", "2", "3", "4."]


def test_items_after_a_table_in_the_middle_numbered_on_from_its_rows(tmp_path):
    """Items 1-2, a table of rows 3-4, then 5.…: the table ends where the text's next item opens, numbered on from its last row
    (z362: items 11-20 had been read into row 10 and the headings after it)."""
    text = ("青岛市降低企业成本若干措施\n一、降低要素成本\n1.降低用电成本。市发展改革委负责。\n2.降低用地成本。市自然资源和规划局负责。\n"
            "二、加大支持力度\n序号\n支持事项\n牵头单位\n配合单位\n3\n首台（套）奖励\n市工业和信息化局\n市财政局\n4\n融资担保补贴\n"
            "市地方金融监\n管局\n市财政局\n5.加快惠企资金直达快享。建设全市统一的惠企政策兑现平台，2023 年11 月10 日\n"
            "前实现免申即享事项不少于30 项。由\n市大数据局会同市财政局组织实施。\n6.降低企业融资成本。引导银行机构减费让利。（责任单位：人民银行青岛市分行、\n"
            "国家金融监督管理总局青岛监管局）\n三、优化服务\n7.健全诉求响应机制。市政务服务管理办公室负责。\n")
    clauses = parse_text(tmp_path, text).clauses
    assert [c.number for c in clauses] == ["1.", "2.", "3", "4", "5.", "6.", "7."]
    assert [(u.name, u.role) for u in clauses[3].units] == [("市地方金融监管局", "lead"), ("市财政局", "co")]
    assert [(u.name, u.role) for u in clauses[4].units] == [("市大数据局", "lead"), ("市财政局", "co")]


def test_an_articles_lead_in_giving_a_duty_over_its_items_is_a_clause(tmp_path):
    """第七条 市人社局负责落实高校毕业生就业创业扶持政策： / （一）…: a duty given before its items, no title (z370: dropped)."""
    text = ("长沙市稳就业实施细则\n第一条 为了稳定就业，制定本细则。\n第二条 市人力资源和社会保障局负责落实高校毕业生就业创业扶持政策：\n"
            "（一）对自主创业的高校毕业生，给予一次性创业补贴5000 元；\n（二）对吸纳高校毕业生的小微企业给予社会保险补贴。\n")
    clauses = parse_text(tmp_path, text).clauses
    assert [c.number for c in clauses] == ["第一条", "第二条", "（一）", "（二）"]
    assert [(u.name, u.role) for u in clauses[1].units] == [("市人力资源和社会保障局", "lead")]


def test_an_articles_title_naming_a_role_over_its_items_is_no_clause(tmp_path):
    """第二条 项目负责人条件： / 第三条 牵头单位职责：: titles over items (负责人, 牵头单位 nouns), no lead-in (the review)."""
    text = ("项目管理办法\n第一条 为规范项目管理，制定本办法。\n第二条 项目负责人条件：\n（一）具有高级专业技术职称；\n（二）无不良信用记录。\n"
            "第三条 牵头单位职责：\n（一）组织项目实施；\n（二）落实配套资金。\n")
    assert [c.number for c in parse_text(tmp_path, text).clauses] == ["第一条", "（一）", "（二）", "（一）", "（二）"]


def test_an_article_saying_what_its_items_are_decided_by_is_a_clause_over_them():
    """第八条 综合奖励依据…评价结果确定： / （一）… : a sentence before its items, a clause (it had been read as a title:
    a blind probe, z440); 第九条 认定依据： stays a title over its items."""
    nodes, _ = tree("第七条 激励资金分为综合奖励和专项奖励。\n第八条 综合奖励依据上年度全省营商环境评价结果确定：\n（一）\n"
                    "排名第1至3位的市，分别奖励2000万元、1500万元、1000万元；\n（二）排名第4至8位的市，每个市奖励600万元。\n"
                    "第九条 认定依据：\n（一）年度评价报告；\n（二）专项督查结果。\n")
    kinds = {path: kind for path, _, kind in nodes}
    assert kinds["8"] == "clause" and kinds["8.1"] == kinds["8.2"] == "clause"
    assert kinds["9"] == "section" and kinds["9.1"] == kinds["9.2"] == "clause"


def test_the_bracket_after_a_sections_last_item_is_its_own_where_items_above_close_with_theirs(tmp_path):
    """（五）…。（X） / （六）… / 四、 / （十）… / （十一）… / （十二）… / （责任单位：…）: the document gives items their own
    brackets, so the one after （十二） is （十二）'s alone (it had gone to （十） and （十一） too: a blind probe, z441); where
    no item closes with one, the bracket after a section's last item is every item's, as before (and after short
    items naming a task alone even where items elsewhere have their own: test_a_responsibility_bracket_closing_a_section_…)."""
    head = "江西省人力资源和社会保障厅关于助企纾困的若干措施\n赣人社发〔2023〕9号\n"
    own = ("一、稳定就业岗位\n（一）发放扩岗补助。按每人1500元发放一次性扩岗补助。（省就业创业服务中心）\n"
           "（二）支持零工市场建设。对零工市场给予一次性建设补助。\n（牵头单位：省人社厅就业促进处）\n")
    rest = ("二、优化政务服务\n（三）推进一网通办。推动企业常办的参保登记、用工备案等事项全网通办。\n"
            "（四）推行打包办。推出企业新设立、员工录用等一件事打包服务，对以下事项实行限时办结。\n"
            "（五）规范服务收费。对经营性人力资源服务机构开展专项检查，依法查处违规收费行为。\n"
            "（责任单位：省人社厅人力资源流动管理处、各设区市人社局）\n")
    by_number = _by_number(tmp_path, "赣.txt", head + own + rest)
    assert [u.name for u in by_number["（五）"].units] == ["省人社厅人力资源流动管理处", "各设区市人社局"]
    assert by_number["（三）"].units == by_number["（四）"].units == []
    assert [u.name for u in by_number["（一）"].units] == ["省就业创业服务中心"]
    bare = own.replace("（省就业创业服务中心）", "")  # no item above a list's last closes with units: the section's bracket
    by_number = _by_number(tmp_path, "赣2.txt", head + bare + rest)
    assert [u.name for u in by_number["（三）"].units] == [u.name for u in by_number["（四）"].units] == [
        "省人社厅人力资源流动管理处", "各设区市人社局"]




@pytest.mark.parametrize("points", ["", "① 能够通过信息共享获取的材料，一律不再要求企业提供；\n② 申请材料齐全、符合法定形式的，于3 个工作日内办结。\n"])
def test_a_bracket_after_sub_items_of_sub_items_is_the_items(tmp_path, points):
    """2.…： / （1）… / （2）… / ① / ② / （X牵头，Y按职责分工负责）: item 2's units, as without ①② (a blind test: （2）'s, with
    the bracket spliced into its text)."""
    text = ("湖北省人民政府关于进一步优化营商环境的实施意见\n鄂政发〔2023〕14 号\n各市、州、县人民政府，省政府各部门：\n现提出如下实施意见。\n"
            "一、持续优化政务服务\n1.编制全省统一的政务服务事项实施清单。（省政务办牵头，省直有关单位配合）\n"
            "2.深化“证照分离”改革，分类推进审批制度改革：\n（1）对实行告知承诺的事项，审批部门当场作出审批决定；\n"
            f"（2）对优化审批服务的事项，审批时限压减至法定时限的50%以内；\n{points}"
            "（省市场监管局牵头，省直有关单位按职责分工负责）\n3.清理规范行政审批中介服务事项。（省政务办负责）\n湖北省人民政府\n2023 年7 月12 日\n")
    (doc,) = parse_file(write(tmp_path, "湖北.txt", text))
    units = {c.path: [(u.name, u.role) for u in c.units] for c in doc.clauses}
    assert units["1.2"] == [("省市场监管局", "lead"), ("省直有关单位", "co")]
    # (its sub-items inherit them, the bracket written after them: not the last one's own; twenty-ninth session)
    assert units["1.2.1"] == units["1.2.2"] == [("省市场监管局", "inherited"), ("省直有关单位", "inherited")]
    assert "省市场监管局" not in next(c.text for c in doc.clauses if c.path == "1.2.2")


def test_a_bracket_after_a_titled_items_sub_items_is_the_titled_items_among_items_closed_by_their_own(tmp_path):
    """1.…。（责任单位：X） / 2.降低用能成本。 / (1)… / (2)… / （牵头单位：…） / 3.…。（责任单位：Y）: the bracket after 2.'s
    sub-items is 2.'s, so each sub-item's, as 1.'s and 3.'s are theirs (a blind test: (1) had none); where the titled item's
    siblings have no bracket of their own in a document whose items elsewhere have theirs, the per-item reading stands (the
    bracket is the last sub-item's)."""
    head = "青岛市人民政府办公厅关于印发降低市场主体成本若干措施的通知\n青政办字〔2023〕18号\n一、降低企业经营成本\n"
    first = "1.降低物流成本。对新开通的国际集装箱航线，每条航线给予一次性奖励100万元。（责任单位：市交通运输局）\n"
    titled = ("2.降低用能成本。\n(1)对工业园区内符合条件的中小微企业，用电报装容量160千瓦及以下的实行零投资接入。\n"
              "(2)对新建天然气管网工程实行联合审批，报装时间压减至5个工作日。\n（牵头单位：市发展改革委，责任单位：国网青岛供电公司、市城市管理局）\n")
    last = "3.降低融资成本。对市级应急转贷资金，单笔转贷金额最高不超过3000万元。（责任单位：市地方金融监管局）\n"
    clauses = {c.path: c for c in parse_text(tmp_path, head + first + titled + last).clauses}
    expected = [("市发展改革委", "lead"), ("国网青岛供电公司", "co"), ("市城市管理局", "co")]
    assert [(u.name, u.role) for u in clauses["1.2.1"].units] == [(u.name, u.role) for u in clauses["1.2.2"].units] == expected
    assert [u.name for u in clauses["1.3"].units] == ["市地方金融监管局"]
    other = ("二、优化政务服务\n4.推进一网通办。推动企业常办事项全网通办，减少企业跑动次数。（责任单位：市行政审批局）\n"
             "5.推行打包办。推出企业新设立等一件事打包服务，实行限时办结。（责任单位：市大数据局）\n")
    plain = head + first.replace("（责任单位：市交通运输局）", "") + titled + last.replace("（责任单位：市地方金融监管局）", "") + other
    clauses = {c.path: c for c in parse_text(tmp_path, plain).clauses}
    assert clauses["1.2.1"].units == [] and [u.name for u in clauses["1.2.2"].units] == ["市发展改革委", "国网青岛供电公司", "市城市管理局"]


REVIEWED_ABOVE_NOTE = "某市关于进一步优化营商环境的若干措施\n某政发〔2023〕5号\n一、提升政务服务效能\n（一）推行企业开办“一日办结”。全面推行企业开办全程网上办理，压缩企业开办时间至1个工作日以内。（市市场监管局）\n（二）深化工程建设项目审批改革。对社会投资小型低风险项目实行告知承诺制审批，审批时间压缩至15个工作日以内。（市住建局）\n二、加强要素保障\n（三）强化用地保障。优先保障重点项目建设用地，推行工业用地“标准地”出让，实现“拿地即开工”。\n（四）强化融资支持。扩大政府性融资担保业务规模，对小微企业担保费率降至1%以下。\n（五）强化用工保障。建立重点企业用工服务专员制度，帮助企业解决招工难问题。\n（以上措施责任单位：市自然资源局、市财政局、市人社局）\n"


def test_a_note_on_the_items_above_names_every_item_even_where_items_have_their_own(tmp_path):
    """（以上措施责任单位：…） after a section's full-sentence items, in a document whose other items close with their own
    brackets: the note names every item above, and so does one saying so in its second sentence (a review of the per-item
    rule: they had gone to the last item alone); a name's bracket in a title (省级以上开发区（园区）) is no item's own."""
    units = {c.number: [u.name for u in c.units] for c in parse_text(tmp_path, REVIEWED_ABOVE_NOTE).clauses}
    assert units["（三）"] == units["（四）"] == units["（五）"] == ["市自然资源局", "市财政局", "市人社局"]
    assert units["（一）"] == ["市市场监管局"]
    second = REVIEWED_ABOVE_NOTE.replace("（以上措施责任单位：市自然资源局、市财政局、市人社局）",
                                         "（责任单位：市自然资源局、市财政局、市人社局。以上措施均需于2023年底前完成）")
    clauses = {c.number: c for c in parse_text(tmp_path, second).clauses}
    assert [u.name for u in clauses["（三）"].units] == ["市自然资源局", "市财政局", "市人社局"]
    assert [p.end.isoformat() for p in clauses["（四）"].periods if p.kind == "deadline"] == ["2023-12-31"]
    named = {c.number: [u.name for u in c.units] for c in parse_text(tmp_path, "某市关于支持园区高质量发展的若干措施\n某政办发〔2023〕8号\n一、支持范围\n（一）省级以上开发区（园区）\n（二）县级工业集中区\n二、支持措施\n（三）强化用地保障。优先保障园区重点项目建设用地，推行工业用地“标准地”出让，实现“拿地即开工”。\n（四）强化资金支持。市级财政每年安排园区发展专项资金，对考核优秀的园区给予一次性奖励。\n（五）强化人才支撑。对园区企业引进的高层次人才，按规定落实住房、子女入学等待遇。\n（责任单位：市发展改革委、市自然资源局、市财政局、市人社局）\n").clauses}
    assert named["（三）"] == named["（五）"] == ["市发展改革委", "市自然资源局", "市财政局", "市人社局"]



def test_a_title_naming_its_basis_with_another_noun_stays_a_title():
    """第二条 考核依据和标准： / （一）…: 依据 here is a noun beside another (the review: it had become a clause, 依据 read as
    a lead-in's verb)."""
    nodes, _ = tree("某省营商环境考核激励办法\n第一条 为推动优化营商环境，制定本办法。\n第二条 考核依据和标准：\n（一）年度营商环境评价报告；\n（二）专项督查结果；\n（三）12345热线办理情况。\n第三条 评分依据：\n（一）评价得分；\n（二）进步幅度。\n第四条 政策依据及适用范围：\n（一）本办法适用于各设区市；\n（二）省直有关部门参照执行。\n第五条 依据与程序：\n（一）省营商办提出考核意见；\n（二）报省政府审定。\n")
    kinds = {number: kind for _, number, kind in nodes}
    assert kinds["第二条"] == kinds["第四条"] == kinds["第五条"] == kinds["第三条"] == "section"


@pytest.mark.parametrize("closing", ["各地（市）、各部门要高度重视，确保各项措施落地见效，于每季度结束后10 日内将工作\n进展情况报送自治区优化营商环境工作领导小组办公室。",
                                     "请各地（市）、各部门于每季度结束后10 日内将工作进展情况报送自治区优化营商环境工作领导小组办公室。"])
def test_the_call_on_all_after_the_last_tasks_label_lines_is_closing_text(tmp_path, closing):
    """责任单位：X / 完成时限：2023 年12 月底前 (no 。) / 各地（市）、各部门要…: the call on all addressees is the document's
    closing text, not the last task's (a blind test: its 每季度 and 10日内 had become the task's periods)."""
    text = ("西藏自治区2023 年优化营商环境攻坚行动方案\n一、强化法治保障\n1.规范行政执法。全面推行行政执法公示制度。\n"
            "责任单位：自治区司法厅\n完成时限：2023 年9 月底前\n2.强化考核激励。将优化营商环境工作纳入自治区效能目标考核。\n"
            "责任单位：自治区绩效考核办\n完成时限：2023 年12 月底前\n" + closing + "\n")
    (doc,) = parse_file(write(tmp_path, "藏.txt", text))
    assert doc.clauses[-1].text.endswith("完成时限：2023年12月底前")
    assert [p.kind for p in doc.clauses[-1].periods] == ["deadline"]
    assert any(s.kind == "closing" and "办公室。" in s.text for s in doc.segments)


def test_a_label_line_ending_in_a_comma_goes_on_into_the_next_line(tmp_path):
    """完成时限：2023年12月底前， / 各区要于每季度末10日内报送…: the label's sentence goes on (a review: the call rule had cut
    it, the task losing its 10日内)."""
    text = ("北京市优化营商环境重点任务清单\n一、提升政务服务效能\n1.全面推行企业开办一网通办。\n责任单位：市市场监管局\n"
            "完成时限：2023年6月底前\n2.推行工程建设项目审批告知承诺制。\n责任单位：市住房城乡建设委\n完成时限：2023年12月底前，\n"
            "各区要于每季度末10日内报送工作进展情况。\n")
    (doc,) = parse_file(write(tmp_path, "京.txt", text))
    assert doc.clauses[-1].text.endswith("各区要于每季度末10日内报送工作进展情况。")


def test_an_attachment_after_a_notices_own_items_is_a_section_under_its_title(tmp_path):
    """一、… （二）… / 附件：… / signature / 附件 / 成都市…任务清单 / 1.… 2.…: the list's title (read as the alternative title)
    heads its items as section a1 numbered 附件 (a blind test: no section, the label closing text)."""
    text = ("成都市人民政府办公厅关于开展2023 年营商环境“对标提升”专项行动的通知\n成办函〔2023〕45 号\n各区（市）县政府，市政府各部门：\n"
            "为深入贯彻落实省委、省政府关于优化营商环境的决策部署，决定在全市开展专项行动。现将有关事项通知如下。\n一、工作目标\n"
            "到2023 年底，全市营商环境主要指标达到国内一流水平。\n二、工作要求\n（一）加强组织领导。市优化营商环境工作领导小组统筹推进。\n"
            "（二）压实工作责任。各部门要明确责任人和时间表。\n附件：成都市2023 年营商环境“对标提升”专项行动任务清单\n"
            "成都市人民政府办公厅\n2023 年5 月30 日\n附件\n成都市2023 年营商环境“对标提升”专项行动任务清单\n"
            "1. 企业开办实现“一日办结”，推广电子营业执照同步发放。\n牵头单位：市市场监管局\n完成时限：2023 年6 月底前\n"
            "2. 推行企业信用修复“一件事”办理。\n牵头单位：市发展改革委\n完成时限：2023 年11 月底前\n")
    (doc,) = parse_file(write(tmp_path, "成都.txt", text))
    title = "成都市2023年营商环境“对标提升”专项行动任务清单"
    assert [(s.path, s.number, s.heading) for s in doc.sections][-1] == ("a1", "附件", title)
    assert [c.parent_path for c in doc.clauses if c.path.startswith("a1")] == ["a1", "a1"]
    assert not any(s.text == "附件" or s.text.endswith("\n附件") for s in doc.segments)
    (numbered,) = parse_file(write(tmp_path, "成都12.txt", text.replace("日\n附件\n", "日\n附件12\n")))  # (a review)
    assert [(s.path, s.number) for s in numbered.sections][-1] == ("a1", "附件12")


def test_units_given_after_the_items_by_their_numbers_are_those_items(tmp_path):
    """以上第1—2条由州人社局牵头，州财政局配合；第3条由州财政局负责。 after the last item: closing text giving each range its units (a
    blind test: it had been the last item's text and units); an item with a bracket of its own keeps it."""
    text = ("红河哈尼族彝族自治州人民政府关于印发红河州稳就业若干措施的通知\n红政发〔2023〕12 号\n各县（市）人民政府：\n"
            "1．落实稳岗返还政策。中小微企业按60%返还。\n2．发放吸纳就业补贴。按每人1000 元给予补贴。\n"
            "3．扩大就业见习规模。见习补贴标准为每人每月1500 元。\n4．开展职业培训。（责任单位：州教育局）\n"
            "以上第1—2 条由州人社局牵头，州财政局配合；第3、4 条由州财政局负责。\n")
    (doc,) = parse_file(write(tmp_path, "红河.txt", text))
    assert [[(u.name, u.role) for u in c.units] for c in doc.clauses] == [
        [("州人社局", "lead"), ("州财政局", "co")], [("州人社局", "lead"), ("州财政局", "co")], [("州财政局", "lead")],
        [("州教育局", "lead")]]
    # a last part naming no items: the implementers of every item the ranges gave units to (the same blind test)
    every = text.replace("由州财政局负责。", "由州财政局负责；各县（市）人民政府负责抓好本辖区各项措施落实。")
    (doc,) = parse_file(write(tmp_path, "红河2.txt", every))
    assert [[(u.name, u.role) for u in c.units][-1] for c in doc.clauses] == [("各县（市）人民政府", "co")] * 3 + [("州教育局", "lead")]
    assert doc.clauses[2].text.endswith("1500元。")
    assert any(s.kind == "closing" and s.text.startswith("以上第1—2条") for s in doc.segments)
    unit = doc.clauses[0].units[0]
    assert text[unit.span.start : unit.span.end] == "州人社局"


def test_numbers_given_after_the_items_are_the_numbered_items_not_the_sections_around_them(tmp_path):
    """一、总体要求 / 二、主要措施 1．…4． / 三、保障措施 / 以上第1—4条由…: items 1．–4．, not sections 一 and 三 (a review); 以上第1—2条由
    X负责解释: who interprets them, no unit."""
    head = "红河哈尼族彝族自治州人民政府关于印发红河州稳就业若干措施的通知\n红政发〔2023〕12 号\n各县（市）人民政府：\n"
    body = ("一、总体要求\n坚持就业优先。\n二、主要措施\n1．落实稳岗返还政策。\n2．发放吸纳就业补贴。\n3．扩大就业见习规模。\n"
            "4．开展职业培训。\n三、保障措施\n加强组织领导。\n")
    (doc,) = parse_file(write(tmp_path, "红河.txt", head + body + "以上第1—4 条由州人社局牵头，州财政局配合。\n"))
    assert {c.path: [u.name for u in c.units] for c in doc.clauses} == {
        "1": [], "2.1": ["州人社局", "州财政局"], "2.2": ["州人社局", "州财政局"], "2.3": ["州人社局", "州财政局"],
        "2.4": ["州人社局", "州财政局"], "3": []}
    (doc,) = parse_file(write(tmp_path, "红河2.txt", head + body + "以上第1—2 条由州人社局负责解释。\n"))
    assert all(c.units == [] for c in doc.clauses)


def test_a_contact_line_in_brackets_under_a_notice_is_no_clause(tmp_path):
    """（联系人：…，联系电话：…） under a notice's only sentence, or under the sentence passing a text on: a field line, as
    without its brackets (a blind test: it had become clause 1 of a forwarding notice, clause 2 of a plain one)."""
    head = "安徽省人民政府办公厅关于报送政务服务能力提升情况的通知\n皖政办秘〔2023〕16号\n各市、县人民政府：\n"
    sign = "安徽省人民政府办公厅\n2023年4月18日\n"
    (doc,) = parse_file(write(tmp_path, "皖.txt", head + "请各地于2023年5月10日前将提升情况报送省数据资源局。\n（联系人：刘洋，联系电话：0551-62999312）\n" + sign))
    assert [c.text for c in doc.clauses] == ["请各地于2023年5月10日前将提升情况报送省数据资源局。"]
    passes_on = head + "省数据资源局《关于提升政务服务能力的若干措施》已经省政府同意，现转发给你们，请认真抓好落实。\n(联系人：刘洋)\n" + sign
    (doc,) = parse_file(write(tmp_path, "皖2.txt", passes_on))
    assert doc.clauses == []


def test_a_passing_on_sentence_then_where_to_report_problems_is_no_clause(tmp_path):
    """…现转发给你们，请认真组织实施。实施过程中遇到的问题，请径向省发展改革委反映（联系人：…）。: still the notice's passing-on
    paragraph (a blind test: it had become the forwarding notice's one clause); a task after it still makes it one."""
    head = "广东省人民政府办公厅转发省发展改革委关于优化营商环境实施方案的通知\n粤府办〔2023〕15号\n各地级以上市人民政府：\n"
    tail = ("广东省人民政府办公厅\n2023年6月12日\n关于优化营商环境的实施方案\n一、持续降低市场准入门槛。（责任单位：省市场监管局）\n"
            "广东省发展和改革委员会\n2023年5月26日\n")
    passes_on = "省发展改革委《关于优化营商环境的实施方案》已经省人民政府同意，现转发给你们，请认真组织实施。"
    notice, _ = parse_file(write(tmp_path, "粤.txt", head + passes_on + "实施过程中遇到的问题，请径向省发展改革委反映（联系人：陈立新）。\n" + tail))
    assert notice.clauses == []
    notice, _ = parse_file(write(tmp_path, "粤3.txt", head + passes_on + "\n实施过程中遇到的问题，请径向省发展改革委反映。\n" + tail))
    assert notice.clauses == []  # on a line of its own (a mutation test)
    notice, _ = parse_file(write(tmp_path, "粤2.txt", head + passes_on + "各地要于2023年7月底前报送贯彻落实情况。\n" + tail))
    assert [c.text.endswith("各地要于2023年7月底前报送贯彻落实情况。") for c in notice.clauses] == [True]


@pytest.mark.parametrize("lead_in", ["经市政府研究，决定自2023 年3 月1 日起调整市政务服务中心办公时间。现将有关事项通告如下：\n",
                                     "经市政府研究，决定自2023 年3 月1 日起调整市政务服务中心办公时间。\n现将有关事项通告如下：\n"])
def test_a_notices_lead_in_before_its_matters_is_preamble_however_the_lines_broke(tmp_path, lead_in):
    """…决定自…起调整…。 / 现将有关事项通告如下： / the matters: the lead-in is preamble, the matters the clause (a blind test: with
    现将… on its own line, the lead-in and the formula had become clauses 1 and 2)."""
    text = ("某市人民政府关于调整政务服务中心办公时间的通告\n某府发〔2023〕5号\n" + lead_in
            + "工作日办公时间为上午8:30—12:00，下午14:00—18:00。\n特此通告。\n某市人民政府\n2023年2月28日\n")
    (doc,) = parse_file(write(tmp_path, "通告.txt", text))
    assert [c.text for c in doc.clauses] == ["工作日办公时间为上午8:30—12:00，下午14:00—18:00。"]


def test_each_question_of_a_policy_interpretation_and_its_answer_is_a_clause_under_its_heading(tmp_path):
    """三、政策问答 / 问：… / 答：… / 问：… / 答：1.… 2.…: each pair a clause under the heading, the answer's values on it, its
    numbered points inside it (a blind test: all the pairs had been the heading's one clause, six questions' values in it)."""
    text = ("关于《某市惠企政策》的政策解读\n一、出台背景\n为支持中小微企业发展，制定本政策。\n二、政策问答\n问：补助什么时候申报？\n"
            "答：申报时间为每年5 月1 日至6 月30 日。\n问：奖励标准是多少？\n答：分两档：\n1.首次升规的，给予一次性奖励10 万元；\n"
            "2.连续两年增长的，再奖励5 万元。\n某市经济和信息化局\n2023 年3 月15 日\n")
    doc = parse_text(tmp_path, text)
    assert [(c.path, c.text[:4]) for c in doc.clauses] == [("1", "一、出台"), ("2.1", "问：补助"), ("2.2", "问：奖励"),
                                                          ("2.2.1", "1.首次"), ("2.2.2", "2.连续")]  # (二、政策问答: a heading)
    assert [p.kind for p in doc.clauses[1].periods] == ["recurring"] and not doc.clauses[2].periods
    assert [a.value for a in doc.clauses[3].amounts] == [100_000]


POLICY_LIST = ("广西壮族自治区人力资源和社会保障厅关于印发《2023 年稳就业政策清单》的通知\n桂人社发〔2023〕11 号\n各市人力资源社会保障局：\n"
               "现将清单印发给你们，请认真落实。\n一、减负稳岗类\n1. 政策名称：失业保险稳岗返还\n政策内容：对不裁员或少裁员的参保企业，按规定给予"
               "失业保险稳岗返还。\n{term}{units}2. 政策名称：一次性创业补贴\n政策内容：对首次创办小微企业的高校毕业生，给予一次性创业补贴5000 元。\n"
               "执行期限：长期\n责任单位：自治区财政厅、自治区人力资源社会保障厅\n")


@pytest.mark.parametrize("term, units, expected", [
    ("执行期限：2023 年12 月31 日前\n", "责任单位：各市人力资源社会保障局\n", [("各市人力资源社会保障局", "lead")]),
    ("执行期限：2023 年12 月31 日前\n", "", []),  # no units field: none, not the next entry's
])
def test_a_policy_lists_entry_keeps_its_own_units_field(tmp_path, term, units, expected):
    """执行期限：2023年12月31日前 / 责任单位：…: the units' label opens its own line after the term field (a blind test: joined
    to it, the entry's units were lost, and it took the next entry's, as a note on the items above)."""
    doc = parse_text(tmp_path, POLICY_LIST.format(term=term, units=units))
    assert [(u.name, u.role) for u in doc.clauses[0].units] == expected
    assert [u.name for u in doc.clauses[1].units] == ["自治区财政厅", "自治区人力资源社会保障厅"]
    assert [(p.kind, p.end) for p in doc.clauses[0].periods] == [("interval", dt.date(2023, 12, 31))]


def test_a_date_cut_after_its_year_before_the_next_items_number_is_no_item(tmp_path):
    """11．本措施自…起施行，有效期至2025 年 / 12 月31 日，由市工信局负责解释。: the date's month opens the line with item 12's
    number (a mutation test: a clause 12 had taken the unit, and the expiry was lost)."""
    text = ("某市人民政府关于印发若干措施的通知\n某政发〔2023〕11号\n10．同一企业同一事项符合本措施和其他政策规定的，按照从高原则享受。\n"
            "11．本措施自2023 年7 月1 日起施行，有效期至2025 年\n12 月31 日，由市工信局负责解释。\n")
    doc = parse_text(tmp_path, text)
    assert [c.text[:3] for c in doc.clauses] == ["10.", "11."] and doc.expiry_date == dt.date(2025, 12, 31)
    # (a line opening with a month is no item either; 3 日常监管 is one)
    assert [m and m.value for m in map(match_marker, ["12 月31 日前报送。", "1 月底前完成。", "3 日常监管"])] == [None, None, 3]


@pytest.mark.parametrize("headings, paths", [
    (("一、出台背景", "二、问答"), ["1", "2.1", "2.1.1", "2.1.2", "2.2"]),
    (("1.出台背景", "2.常见问题"), ["1", "2.1", "2.1.1", "2.1.2", "2.2"]),
])
def test_questions_sit_under_their_heading_of_any_style_and_an_answers_points_under_the_question(tmp_path, headings, paths):
    """二、问答 or 2.常见问题 / 问：… / 答：…包括： / （一）… / （二）… / 问：…: the answer's points are the question's, the next
    question its sibling (a review: （一） had closed the question and （二） been lost; under 2. the questions had opened a
    part of their own, a1.1)."""
    text = (f"关于《某市稳就业若干措施》的政策解读\n{headings[0]}\n为稳定就业，制定本措施。\n{headings[1]}\n问：哪些企业可以申请补贴？\n"
            "答：符合条件的企业可以申请，具体包括：\n（一）新招用高校毕业生的小微企业；\n（二）吸纳脱贫人口就业的企业。\n"
            "问：补贴标准是多少？\n答：每人补贴1000元。\n")
    doc = parse_text(tmp_path, text)
    assert [c.path for c in doc.clauses] == paths
    assert doc.clauses[3].text.startswith("（二）吸纳脱贫人口") and doc.clauses[4].text.startswith("问：补贴标准")


def test_an_answers_points_rank_as_the_document_has_them_once_the_questions_are_over(tmp_path):
    """2.常见问题 / 问… / （一）（二） in an answer, then 附件 / 一、 / （一） / 1. / 2. / （二）: the annex's styles rank as usual (a
    review: （一） kept its answer rank and the annex's 2. was lost)."""
    text = ("关于《某市稳就业若干措施》的政策解读\n1.出台背景\n为稳定就业，制定本措施。\n2.常见问题\n问：哪些企业可以申请补贴？\n答：具体包括：\n"
            "（一）新招用高校毕业生的小微企业；\n（二）吸纳脱贫人口就业的企业。\n问：补贴标准是多少？\n答：每人补贴1000元。\n附件\n某市稳就业若干措施\n"
            "一、加大补贴力度\n（一）社保补贴。\n1.对企业给予社保补贴。\n2.对个人给予灵活就业补贴。\n（二）岗位补贴。对企业给予岗位补贴。\n二、优化服务\n推行网上办理。\n")
    doc = parse_text(tmp_path, text)
    assert [c.path for c in doc.clauses][-4:] == ["a1.1.1.1", "a1.1.1.2", "a1.1.2", "a1.2"]


@pytest.mark.parametrize("note", ["上述补贴政策执行至2023 年12 月31 日，由各地人力资源社会保障部门负责受理。",
                                  "以上补贴由各地人力资源社会保障部门负责受理。"])
def test_a_note_on_the_points_above_after_an_answers_last_point_is_all_of_theirs(tmp_path, note):
    """答：主要有以下两项： / （一）… / （二）… / 上述补贴政策…，由X负责受理。: X answers for both points and the question (a
    blind test: only the last point's)."""
    text = ("《四川省稳就业若干措施》政策解读\n一、热点问题解答\n问：对新吸纳就业的企业有哪些补贴？\n答：主要有以下两项：\n"
            "（一）一次性吸纳就业补贴。按每人1500 元的标准发放一次性吸纳就业补贴。\n（二）以工代训补贴。按每人每月500 元标准给予以工代训补贴。\n"
            f"{note}\n解读机关：四川省人力资源和社会保障厅\n")
    doc = parse_text(tmp_path, text)
    assert [[u.name for u in c.units] for c in doc.clauses] == [["各地人力资源社会保障部门"]] * 3


def test_a_numbered_questions_answer_keeps_its_points(tmp_path):
    """1.问：… / 答：…包括： / （一）… / （二）… / 2.问：…: the points are the first question's (a review: （二） had been lost)."""
    text = ("关于《某市稳就业若干措施》的政策解读\n一、政策问答\n1.问：哪些企业可以申请补贴？\n答：具体包括：\n（一）新招用高校毕业生的小微企业；\n"
            "（二）吸纳脱贫人口就业的企业。\n2.问：补贴标准是多少？\n答：每人补贴1000元。\n")
    assert [c.path for c in parse_text(tmp_path, text).clauses] == ["1.1", "1.1.1", "1.1.2", "1.2"]


def test_a_paragraph_saying_whom_the_text_is_for_stays_its_headings_text(tmp_path):
    """一、激励对象 / 本办法激励对象为…: the heading's paragraph (h157: read as closing text, its 3000万元 threshold lost); 本办法自…施行
    after the last item is still the closing text."""
    document = parse_text(tmp_path, "测试办法\n一、激励对象\n本办法激励对象为实际到位资金不低于3000 万元的产业项目。\n二、激励标准\n"
                                    "1.落户奖励。奖励20 万元。\n本办法自2023年12月1日起施行。\n")
    first = document.clauses[0]
    assert first.path == "1" and first.text.endswith("不低于3000万元的产业项目。") and [a.value for a in first.amounts] == [30_000_000]
    assert [s.kind for s in document.segments if "施行" in s.text] == ["closing"]


def test_a_call_to_make_implementing_rules_after_the_last_item_is_closing_text(tmp_path):
    """各地各部门要于2023年7月31日前制定具体实施办法，报自治区人力资源社会保障厅备案。 after the last item (h219: read into that item,
    its deadline the item's): a call on everyone to carry out the whole document, its date due the closing text's."""
    text = ("广西壮族自治区人力资源和社会保障厅关于做好就业补贴工作的通知\n桂人社发〔2023〕9号\n各市人力资源社会保障局：\n现就有关事项通知如下：\n"
            "（一）做好补贴发放。对就业困难人员给予社会保险补贴，按规定及时拨付到位。\n"
            "（二）加强监督管理。各地要规范资金使用，严禁截留挪用，对骗取补贴的依法追回资金。\n"
            "各地各部门要于2023 年7 月31 日前制定具体实施办法，报自治区人力资源社会保障厅备案。\n广西壮族自治区人力资源和社会保障厅\n2023 年6 月1 日\n")
    (doc,) = parse_file(write(tmp_path, "gx.txt", text))
    assert doc.clauses[-1].text.endswith("对骗取补贴的依法追回资金。") and doc.clauses[-1].periods == []
    (closing,) = [s for s in doc.segments if s.kind == "closing" and "实施办法" in s.text]
    assert [(p.kind, p.end) for p in closing.periods] == [("deadline", dt.date(2023, 7, 31))]


@pytest.mark.parametrize("entries", ["一、总体要求\n二、重点任务\n三、保障措施\n", "第一部分 总体要求\n第二部分 重点任务\n第三部分 保障措施\n"])
def test_a_table_of_contents_before_the_texts_opening_paragraph_is_preamble(tmp_path, entries):
    """目录 / 一、… / 三、… / 为加快…，制定本方案。 / 一、总体要求 (h223: the entries read as empty clauses, the body as an attachment):
    the contents end where their first entry comes again, after the text's opening paragraph."""
    first = entries.split("\n")[0]
    text = ("江西省人民政府办公厅关于印发江西省数字政府建设三年行动方案的通知\n赣府厅发〔2023〕14号\n2023年4月12日\n江西省数字政府建设三年行动方案\n"
            f"目  录\n{entries}为加快推进全省数字政府建设，结合我省实际，制定本方案。\n{first}\n（一）坚持以人民为中心，推动政府职能转变。\n"
            f"{entries.split(chr(10))[1]}\n（一）统筹建设政务云平台。整合省市两级政务云资源。\n")
    (doc,) = parse_file(write(tmp_path, "toc.txt", text))
    assert [c.path for c in doc.clauses] == ["1.1", "2.1"]
    assert doc.clauses[0].text.startswith("（一）坚持以人民为中心")


def test_a_longer_task_sentence_over_items_stays_a_clause():
    """（三）今年年底前全面完成全市城镇老旧小区改造提升任务。 over 1. 2. (the review of a longer heading rule, since taken back: its
    deadline, its groups and instruments had been lost to a section): over 20 characters, a sentence closed by 。 is a clause."""
    nodes, _ = tree("一、主要任务\n（一）今年年底前全面完成全市城镇老旧小区改造提升任务。\n1.完成改造项目立项。\n2.完成施工。\n")
    assert nodes[1] == ("1.1", "（一）", "clause")



def test_a_decisions_closing_after_an_amendments_quoted_words_is_closing_text(tmp_path):
    """二、将第二十条修改为：“本办法自…起施行，有效期至…。” / 本决定自印发之日起施行。 (h227: the closing read into item 二, the
    quote's 有效期 taken for a heading naming the term, and the lines joined after 。”)."""
    text = ("河南省人民政府关于修改《河南省某办法》的决定\n豫政〔2022〕9号\n各省辖市人民政府：\n省政府决定对《河南省某办法》（豫政〔2019〕22号）作如下修改：\n"
            "一、删去第七条。\n二、将第二十条修改为：“本办法自2019年8月1日起施行，有效期至2027年7月31日。”\n本决定自印发之日起施行。\n"
            "《河南省某办法》根据本决定作相应修改，重新公布。\n")
    (doc,) = parse_file(write(tmp_path, "jd.txt", text))
    assert doc.clauses[-1].text == "二、将第二十条修改为：“本办法自2019年8月1日起施行，有效期至2027年7月31日。”"
    assert any(s.kind == "closing" and s.text.startswith("本决定自印发之日起施行。") for s in doc.segments)


def test_a_last_safeguards_heading_keeps_its_funding_sentence_but_not_the_texts_start(tmp_path):
    """五、保障措施 / 本措施所需资金由区财政统筹安排，每年安排不少于3000万元。 (h229: read as closing text, the sum lost) / 本措施自印发之日
    起施行。 (the closing text still)."""
    text = ("南宁市武鸣区人民政府关于支持沃柑产业发展的若干措施\n武政发〔2023〕5号\n一、支持基地建设。对新建标准化基地的，每亩补贴500元。\n"
            "二、保障措施\n本措施所需资金由区财政统筹安排，每年安排不少于3000 万元。\n本措施自印发之日起施行。\n")
    (doc,) = parse_file(write(tmp_path, "wm.txt", text))
    assert [a.value for a in doc.clauses[-1].amounts] == [30000000.0]
    assert any(s.kind == "closing" and s.text.startswith("本措施自印发之日起施行") for s in doc.segments)


def test_a_safeguards_heading_leaves_who_interprets_and_the_term_to_the_closing(tmp_path):
    """二、保障措施 / 本措施所需资金… / 本措施由区农业农村局负责解释。 / 本措施有效期3年，… (the review: read into the heading's clause)."""
    text = ("某区人民政府关于支持沃柑产业发展的若干措施\n某政发〔2023〕5号\n一、支持基地建设。对新建标准化基地的，每亩补贴500元。\n二、保障措施\n"
            "本措施所需资金由区财政统筹安排，每年安排不少于3000 万元。\n本措施由区农业农村局负责解释。\n本措施有效期3年，自印发之日起施行。\n")
    (doc,) = parse_file(write(tmp_path, "bz.txt", text))
    assert doc.clauses[-1].text.endswith("每年安排不少于3000万元。") and doc.clauses[-1].units == []


def test_a_call_on_all_to_report_their_implementation_after_the_last_item_is_closing_text(tmp_path):
    """二、强化督导考核。… / 各县（区）、各部门要于2023年12月20日前将落实情况书面报送… (h232: read into item 二, its date the item's)."""
    text = ("拉萨市人民政府办公室关于压缩审批时限的通知\n拉政办〔2023〕12号\n一、压缩审批时限。企业投资项目备案由3 个工作日压缩至即办。（责任单位：市发展改革委）\n"
            "二、强化督导考核。市政务服务管理局每月通报各部门办件情况，将压缩时限落实情况纳入年度绩效考核。\n"
            "各县（区）、各部门要于2023 年12 月20 日前将落实情况书面报送市政务服务管理局。\n拉萨市人民政府办公室\n2023 年8 月15 日\n")
    (doc,) = parse_file(write(tmp_path, "ls.txt", text))
    assert doc.clauses[-1].text.endswith("纳入年度绩效考核。")
    (closing,) = [s for s in doc.segments if s.kind == "closing" and "落实情况" in s.text]
    assert [(p.kind, p.end) for p in closing.periods] == [("deadline", dt.date(2023, 12, 20))]


@pytest.mark.parametrize("title", ["关于《关于进一步支持个体工商户发展的通知》（苏财发〔2023〕12 号）的政策解读",
                                   "关于《关于进一步支持个体工商户发展的通知》的政策解读",
                                   "《关于进一步支持个体工商户发展的通知》（苏财发〔2023〕12 号）政策解读"])
def test_an_interpretation_printed_after_the_policy_under_its_own_heading_is_closing_text(tmp_path, title):
    """关于《…》（文号）的政策解读 after the signature (h233: read as an attached part, its restated sums and dates clauses)."""
    text = ("江苏省财政厅关于进一步支持个体工商户发展的通知\n苏财发〔2023〕12号\n各设区市财政局：\n一、对新登记的个体工商户，给予每户2000元一次性开办补贴。"
            "（各设区市财政局负责）\n二、本通知自2023年5月1日起施行。\n江苏省财政厅\n2023年4月18日\n"
            f"{title}\n一、主要内容\n（一）对新登记的个体工商户，给予每户2000元一次性开办补贴，2023年12月31日前完成兑付。\n解读机关：江苏省财政厅\n")
    (doc,) = parse_file(write(tmp_path, "jd.txt", text))
    assert [c.path for c in doc.clauses] == ["1", "2"] and doc.alternative_title is None


def test_a_reporting_items_own_monthly_report_stays_its(tmp_path):
    """二、做好信息报送 / … / 各县（区）、各部门要于每月5日前将上月工作推进情况报送… (the review of h232's rule: moved to the closing
    text with its date): the item's own report."""
    text = ("拉萨市人民政府办公室关于压缩审批时限的通知\n拉政办〔2023〕12号\n一、压缩审批时限。企业投资项目备案由3 个工作日压缩至即办。（责任单位：市发展改革委）\n"
            "二、做好信息报送\n建立月度调度机制，市政务服务管理局每月通报各部门办件情况，将压缩时限落实情况纳入年度绩效考核。\n"
            "各县（区）、各部门要于每月5 日前将上月工作推进情况报送市政务服务管理局。\n拉萨市人民政府办公室\n2023 年8 月15 日\n")
    (doc,) = parse_file(write(tmp_path, "ls2.txt", text))
    assert doc.clauses[-1].text.endswith("报送市政务服务管理局。")


def test_an_articles_lead_in_naming_time_limits_is_no_time_label(tmp_path):
    """第二条 …应当遵守下列时限： / （一）即办件当场办结； (h255: read as a 完成时限： label, its first item glued into the article)."""
    text = ("某市政务服务首问负责制度\n第一条 为提高政务服务效能，制定本制度。\n第二条 服务单位办理政务服务事项应当遵守下列时限：\n"
            "（一）即办件当场办结；\n（二）承诺件在承诺时限内办结；\n第三条 本制度自印发之日起施行。\n")
    assert [c.number for c in parse_text(tmp_path, text).clauses] == ["第一条", "第二条", "（一）", "（二）", "第三条"]


def test_a_problem_field_is_no_question(tmp_path):
    """问题：… in a 整改方案 (no 答：) is its item's field, not a 政策问答's question (the sixth review)."""
    from conftest import parse_text

    doc = parse_text(tmp_path, "某市人民政府办公室关于印发某市优化营商环境问题整改方案的通知\n某政办发〔2023〕9号\n一、整改任务\n"
                               "（一）政务服务效率不高\n问题：部分事项办理时限较长。\n整改措施：压缩办理时限。\n"
                               "（二）涉企收费不规范\n问题：部分收费未公示。\n整改措施：全面公示收费。\n")
    assert [c.number for c in doc.clauses] == ["（一）", "（二）"]


def test_a_request_for_the_years_work_reports_after_an_item_on_scheduling_is_closing_text(tmp_path):
    """2. 加强工作调度。… / 各地各部门要于…前将上半年工作进展情况报送…，12 月15 日前报送全年工作总结。: the year's reports on the whole
    work, not the scheduling item's own (a blind test, h275 F5: its deadlines had become the item's); a report due every
    month after such an item stays the item's."""
    head = ("贵州省人民政府办公厅关于印发贵州省2025 年政务服务“一网通办”工作要点的通知\n黔府办函〔2025〕15 号\n一、强化服务保障\n"
            "1. 完善“好差评”制度。实行政务服务“好差评”全覆盖。（省政务服务中心负责）\n"
            "2. 加强工作调度。省政务服务中心要会同省大数据局建立工作调度机制，每季度召开一次调度会议。\n")
    tail = "贵州省人民政府办公厅\n2025 年2 月26 日\n"
    yearly = "各地各部门要于2025 年6 月30 日前将上半年工作进展情况报送省政务服务中心，12 月\n15 日前报送全年工作总结。\n"
    doc = parse_text(tmp_path, head + yearly + tail)
    assert [p.end for p in doc.clauses[-1].periods] == [None]
    assert any("全年工作总结" in s.text for s in doc.segments if s.kind == "closing")
    monthly = "各地各部门要于每月5日前将调度工作开展情况报送省政务服务中心。\n"
    assert "每月5日前" in parse_text(tmp_path, head + monthly + tail, name="monthly.txt").clauses[-1].text


def test_a_table_rows_heading_leaves_no_bracket_open():
    """（1）建立…处理机制（牵头单位：X；配合单位：…）: the heading had been cut at the first ；, its bracket left open (h275 F9)."""
    from policykg.ingest.structure import heading_of

    assert heading_of("（1）建立营商环境投诉处理机制（牵头单位：市政务服务监督管理局；配合单位：市直各有关部门）", 3) == "建立营商环境投诉处理机制"
    assert heading_of("（一）加强保障（市财政局负责）。市财政局要…", 3) == "加强保障（市财政局负责）"
    # (a bracket inside the open one: the outer one's words cut, h276 F10)
    assert heading_of("（1）开展村庄清洁（责任单位：各乡镇（街道）；完成时限：长期坚持）", 3) == "开展村庄清洁"


def test_a_recurring_report_after_an_item_on_reporting_stays_the_items_beside_a_years_summary(tmp_path):
    """（二）加强信息报送。… / 各县（市、区）、各部门要于每季度末将工作进展情况报送…，12月20日前报送全年工作总结。: the item's own
    schedule (the review of the h275 F5 rule, which had made it closing text)."""
    text = ("某市人民政府办公室关于印发某市2024年优化营商环境工作方案的通知\n某政办发〔2024〕5号\n一、保障措施\n"
            "（一）加强组织领导。市优化营商环境工作领导小组办公室负责统筹协调。\n"
            "（二）加强信息报送。各县（市、区）、各部门要明确一名信息员，负责营商环境工作信息的收集和报送。\n"
            "各县（市、区）、各部门要于每季度末将工作进展情况报送市营商办，12月20日前报送全年工作总结。\n")
    doc = parse_text(tmp_path, text)
    assert "每季度末" in doc.clauses[-1].text


def test_a_heading_at_a_narrow_pages_width_goes_on_into_a_line_no_sentence_opens(tmp_path):
    """A page 27 characters wide (h290 F8): 二、…以保留利用提升为 / 主，稳妥推进… (one character and a comma: the word the page
    cut) and 五、…落实《…城乡规划法》 / 《甘肃省城乡规划条例》等… (titles listed) are one sentence, not a heading and a
    paragraph; a heading at that width over a paragraph that opens a sentence (各地要…, 《规划》…) stays a heading."""
    text = ("某市人民政府关于同意某区城市更新专项规划的批复\n某政函〔2024〕18号\n某区人民政府：\n你区请示收悉。经研究，现批复如下：\n"
            "一、《规划》实施要坚持“留改拆”并举、以保留利用提升为\n主，稳妥推进老旧小区改造、历史文化街区保护利用和城中村\n"
            "改造，到2025年底完成老旧小区改造120个，改造背街小巷。\n"
            "二、《规划》实施要严格落实《中华人民共和国城乡规划法》\n《甘肃省城乡规划条例》等法律法规，严守历史文化保护线，\n"
            "不得大拆大建。\n"
            "三、坚持规划引领，统筹推进城市更新与历史街区风貌区保护\n各地要按照职责分工，加强对规划实施的指导和监督工作。\n"
            "四、认真贯彻落实国务院《历史文化名城名镇名村保护条例》\n《规划》确定的保护范围内不得新建与保护无关的建设项目。\n")
    lines = text.splitlines()
    assert {len(line) for line in lines[4:6] + lines[7:9] + lines[10:11] + lines[12:13]} == {27}
    clauses = parse_text(tmp_path, text).clauses
    assert [c.text.replace("\n", "") for c in clauses[:2]] == ["".join(lines[4:7]), "".join(lines[7:10])]
    assert "\n" not in clauses[0].text and "\n" not in clauses[1].text
    assert clauses[2].heading == "坚持规划引领，统筹推进城市更新与历史街区风貌区保护"
    assert clauses[3].heading == "认真贯彻落实国务院《历史文化名城名镇名村保护条例》"


AWARD_DECISION = ("晋中市人民政府\n关于表彰2023年度全市招商引资工作先进集体和先进个人的决定\n市政发〔2024〕9号\n"
                  "各县（区、市）人民政府，市直各有关单位：\n"
                  "经市人民政府研究，决定授予榆次区人民政府等3个单位“先进集体”称号，授予王建军等3名同志“先进个人”称号。"
                  "对先进集体每个给予一次性奖励20万元，所需资金由市财政局从市级招商引资专项资金中列支。\n")


def test_an_annexed_name_list_is_closing_text_a_segment_a_list(tmp_path):
    """A 决定 with no numbered items, then 附件1 / 先进集体名单 / names, 附件2 / 先进个人名单 / 王建军 榆次区…主任 / …: the
    lists are no clauses (h290 F9: 先进集体名单 one, the title and all persons glued in another), each a closing segment,
    a person a line; the 附件： list and the signature closing text too, not preamble."""
    text = (AWARD_DECISION + "附件：1.先进集体名单\n2.先进个人名单\n晋中市人民政府\n2024年3月6日\n"
            "附件1\n先进集体名单\n榆次区人民政府\n太谷区人民政府\n灵石县商务局\n"
            "附件2\n先进个人名单\n（3名）\n王建军 榆次区投资促进中心主任\n李红梅（女） 太谷区商务局副局长\n张 强 介休市发展和改革局四级主任科员\n")
    doc = parse_text(tmp_path, text)
    assert [c.text for c in doc.clauses] == [AWARD_DECISION.splitlines()[-1]]
    assert [s.text for s in doc.segments if s.kind == "preamble"] == ["各县（区、市）人民政府，市直各有关单位："]
    closing = [s.text for s in doc.segments if s.kind == "closing"]
    assert closing == ["附件：1.先进集体名单\n2.先进个人名单\n晋中市人民政府\n2024年3月6日",
                       "附件1\n先进集体名单\n榆次区人民政府\n太谷区人民政府\n灵石县商务局",
                       "附件2\n先进个人名单\n（3名）\n王建军榆次区投资促进中心主任\n李红梅（女）太谷区商务局副局长\n张强介休市发展和改革局四级主任科员"]
    assert (doc.issuer, doc.date) == ("晋中市人民政府", dt.date(2024, 3, 6))


def test_an_annex_that_is_policy_stays_clauses_after_the_signature(tmp_path):
    """h290 F9's lists are annexes titled …名单: an annex of policy (附件 / 某市招商引资奖励标准 / its sentences) after the
    signature stays clauses, its sums read; the signature is closing text."""
    text = (AWARD_DECISION + "晋中市人民政府\n2024年3月6日\n附件\n晋中市招商引资奖励标准\n"
            "对年度新签约项目总投资超过10亿元的县（区），给予一次性奖励50万元。\n奖励资金由市财政局从市级招商引资专项资金中列支。\n")
    doc = parse_text(tmp_path, text)
    assert len(doc.clauses) == 3 and "50万元" in doc.clauses[1].text
    assert any(a.value == 500000 for a in doc.clauses[1].amounts)
    assert [s.text for s in doc.segments if s.kind == "closing"] == ["晋中市人民政府\n2024年3月6日\n附件"]


def test_an_emergency_plans_decimal_headings_are_its_sections_and_clauses(tmp_path):
    """h295 F1: 3 组织指挥体系 / 3.1 市减灾委员会 / 5.1.3 响应措施: an 应急预案 numbers its headings decimally, a space, a short
    heading alone on its line; each is a section or a clause at the path its numbers give (an excerpt may start at 3 and
    skip 4), the heading its own paragraph (the numbers and headings had been glued into one unnumbered clause, a bogus
    unit 广元市…预案1组织指挥体系1.1市减灾委员会, and 3.2's units lost)."""
    text = ("广元市人民政府办公室关于印发广元市自然灾害救助应急预案的通知\n广府办发〔2024〕15 号\n各县（区）人民政府，市级各部门：\n"
            "现将《广元市自然灾害救助应急预案》印发给你们，请认真组织实施。\n广元市人民政府办公室\n2024 年5 月20 日\n"
            "广元市自然灾害救助应急预案（节选）\n3 组织指挥体系\n3.1 市减灾委员会\n市减灾委员会负责组织、领导全市自然灾害救助工作。\n"
            "3.2 成员单位职责\n市应急管理局负责统一发布灾情。\n市财政局负责安排市级自然灾害救助资金。\n"
            "5　应急响应\n5.1　一级响应\n5.1.1　启动条件\n（1）死亡和失踪10 人以上；\n（2）直接经济损失5 亿元以上。\n"
            "5.1.2　响应措施\n市应急管理局在灾害发生后2 小时内派出工作组赶赴灾区。\n"
            "6 灾后救助\n6.1 过渡期生活救助\n灾区县（区）应急管理部门应在灾情稳定后10 日内核定救助对象。\n")
    doc = parse_text(tmp_path, text)
    assert [(s.path, s.heading) for s in doc.sections] == [("3", "组织指挥体系"), ("5", "应急响应"), ("5.1", "一级响应"),
                                                           ("5.1.1", "启动条件"), ("6", "灾后救助")]
    clauses = {c.path: c for c in doc.clauses}
    assert list(clauses) == ["3.1", "3.2", "5.1.1.1", "5.1.1.2", "5.1.2", "6.1"]
    assert clauses["3.2"].heading == "成员单位职责"
    assert [u.name for u in clauses["3.2"].units] == ["市应急管理局", "市财政局"]
    assert [u.name for u in clauses["3.1"].units] == ["市减灾委员会"]  # (no unit glued to the numbers)
    assert [p.duration for p in clauses["5.1.2"].periods] == ["PT2H"]
    assert [p.duration for p in clauses["6.1"].periods] == ["P10D"]


def test_figures_opening_lines_are_no_decimal_headings():
    """h295 F1: no decimal heading where the numbers follow no order or a measure follows them (1.5 万元, 2.9 万户: a sum the
    page put first), nor in a table's rows numbered 1 2 3 with no N.N under them."""
    text = ("一、支持标准\n对符合条件的农户，每户补助\n1.5 万元，全市共惠及\n2.9 万户。\n二、资金安排\n"
            "3.1 资金来源\n1.2 资金拨付\n4.4 绩效评价\n")
    nodes, _ = tree(text)
    assert [p for p, _, _ in nodes] == ["1", "2"]
    rows = "一、责任分工\n1 市应急管理局\n2 市财政局\n3 市民政局\n"
    assert not any(p.decimal_heading for p in split_paragraphs(rows))
    assert [p for p, _, _ in tree(rows)[0]] == ["1"]  # (the rows are 一、's text, as before)


def test_an_item_whose_text_opens_with_a_grade_keeps_its_number(tmp_path):
    """h297 F4: 一、一级幼儿园保教费标准为每生每月480元。 had been read as a list of ordinals (as 二、三季度), the item lost to the
    preamble with its sum; 一、一级 / 二、二级 / 三、三级 kept the items but with no number. A list of ordinals goes up, so an
    ordinal not above the number (一、一级, 三、二级) is the item's text. 二、三季度, 一、二级园 (a list) still open no item."""
    text = ("某县发展和改革局关于核定公办幼儿园保教费标准的通知\n某发改〔2023〕5号\n各幼儿园：\n"
            "一、一级幼儿园保教费标准为每生每月480元。\n二、住宿费每生每学期不超过300元。\n三、二级幼儿园按每生每月400元。\n"
            "四、其他要求。对民办幼儿园，\n一、二级园按每生每年900元补助。\n五、二、三季度要做好督查。\n")
    doc = parse_text(tmp_path, text)
    assert [(c.number, c.heading, [a.value for a in c.amounts]) for c in doc.clauses] == [
        ("一、", "一级幼儿园保教费标准为每生每月480元", [480]), ("二、", "住宿费每生每学期不超过300元", [300]),
        ("三、", "二级幼儿园按每生每月400元", [400]), ("四、", "其他要求", [900]), ("五、", "二、三季度要做好督查", [])]
    assert not any("480" in s.text for s in doc.segments)
    assert match_marker("一、一级幼儿园保教费标准").style == "cn_dun"
    assert match_marker("二、三季度经济运行") is None


SUBSIDY_NOTICE = "福建省住房和城乡建设厅关于做好传统村落保护发展资金申报工作的通知\n闽建村〔2024〕3号\n各设区市住建局：\n现通知如下。\n"
SIGNED = "福建省住房和城乡建设厅\n2024年2月26日\n"


def test_a_paragraph_on_the_funds_after_a_sections_items_is_the_sections_text(tmp_path):
    """h294 F5: 一、补助标准 / （一）…150万元。 / （二）…80万元。 / 省级财政补助资金原则上不超过项目总投资的60%…: the cap of the
    whole section is the section's text (a clause now, its heading 补助标准), not a condition of （二）; the items keep their sums."""
    body = ("一、补助标准\n（一）中国传统村落，每村补助不超过150万元。\n（二）省级传统村落，每村补助不超过80万元。\n"
            "省级财政补助资金原则上不超过项目总投资的60%，其余由市、县（区）统筹解决。\n二、工作要求\n项目应于2024年12月31日前开工建设。\n")
    document = parse_text(tmp_path, SUBSIDY_NOTICE + body + SIGNED)
    clauses = {c.path: c for c in document.clauses}
    section = clauses["1"]
    assert section.heading == "补助标准" and section.text.endswith("其余由市、县（区）统筹解决。")
    assert [(r.percent, r.bound) for r in section.rates] == [(60, "max")]
    assert clauses["1.2"].text == "（二）省级传统村落，每村补助不超过80万元。" and clauses["1.2"].rates == []
    assert [(a.value, a.bound) for a in clauses["1.2"].amounts] == [(800000, "max")]
    assert clauses["1.1"].parent_path == clauses["1.2"].parent_path == "1"
    assert "1" not in {s.path for s in document.sections}


def test_a_paragraph_on_paying_the_items_after_them_is_the_sections_with_its_unit_and_term(tmp_path):
    """h276 F4: 二、补助标准 / （一）… / （二）整村推进奖励。… / 补助资金实行“先建后补”，县财政局在…30个工作日内…兑付到户。: the
    payment rule, its lead unit and its 30 working days are the section's, not the award item's."""
    head = "隆回县人民政府办公室关于印发《隆回县农村户厕改造实施方案》的通知\n隆政办发〔2024〕6号\n一、目标任务\n全年改造户厕2000户。\n"
    body = ("二、补助标准\n（一）问题厕所整改。对排查出的问题厕所完成整改的，每户补助不超过500元。\n"
            "（二）整村推进奖励。对当年户厕改造覆盖率达到90%以上的行政村，一次性奖励5万元。\n"
            "补助资金实行“先建后补、以奖代补”，县财政局在县级验收合格后30个工作日内将补助资金直接兑付到户。\n三、保障措施\n"
            "各乡镇要加强组织领导。\n隆回县人民政府办公室\n2024年3月12日\n")
    clauses = {c.path: c for c in parse_text(tmp_path, head + body).clauses}
    assert [(u.name, u.role) for u in clauses["2"].units] == [("县财政局", "lead")]
    assert [p.duration for p in clauses["2"].periods] == ["P30D"]
    award = clauses["2.2"]
    assert award.units == [] and award.periods == [] and [(a.value, a.payment_unit) for a in award.amounts] == [(50000, "one-off")]


def test_a_rule_on_all_the_items_after_them_is_their_headings_and_keeps_its_instrument(tmp_path):
    """h294 F5 (the form as 同一企业只能享受一次…, 以上材料…): the heading over the items holds the rule and still pays its items by
    the instrument it names; a paragraph going on with the last item's own matter, a note naming who answers for all the
    items (_section_notes) and a paragraph after a titled item stay where they were."""
    body = ("一、一次性留工培训补助\n（一）补助标准。对暂时无法正常生产经营的中小微企业，按每名参保职工500元的标准发放。\n"
            "（二）申领时间。符合条件的企业应于2022年12月31日前提出申请，逾期不再受理。\n同一企业只能享受一次一次性留工培训补助。\n"
            "二、申报材料\n1.申请表（附件1）。\n2.企业信用承诺书（附件2）。\n以上材料一式两份，加盖企业公章。\n"
            "三、申报程序\n（一）申报受理。区投资促进局负责受理申报材料。\n（二）公示拨付。拟支持名单在区政府门户网站公示5个工作日。\n"
            "公示无异议的，由区财政局在30个工作日内将资金拨付至企业账户。\n"
            "四、资金拨付\n（一）冷库建设。对新建冷库的企业，每立方米补助200元。\n（二）车辆购置。对购置冷藏车的企业，每辆补助2万元。\n"
            "以上工作由市商务局牵头，市财政局配合。\n"
            "五、资金管理\n（一）资金分配。按因素法分配资金。\n（二）资金拨付。省财政厅于2024年6月30日前将资金下达至市县。\n"
            "补助资金实行国库集中支付。\n")
    document = parse_text(tmp_path, SUBSIDY_NOTICE + body + SIGNED)
    clauses = {c.path: c for c in document.clauses}
    assert clauses["1"].text.endswith("同一企业只能享受一次一次性留工培训补助。")
    assert clauses["1.2"].text.endswith("逾期不再受理。")
    assert [(a.value, a.instrument) for a in clauses["1.1"].amounts] == [(500, "job-retention-training-subsidy")]
    assert clauses["2"].text.endswith("以上材料一式两份，加盖企业公章。") and clauses["2.2"].text == "2.企业信用承诺书（附件2）。"
    assert "3" not in clauses and clauses["3.2"].text.endswith("将资金拨付至企业账户。")  # (公示拨付's own next step)
    assert "4" not in clauses and clauses["4.2"].text.endswith("以上工作由市商务局牵头，市财政局配合。")
    assert [u.name for u in clauses["4.1"].units] == ["市商务局", "市财政局"]  # (the note names every item's units)
    assert "5" not in clauses and clauses["5.2"].text.endswith("补助资金实行国库集中支付。")  # (the funds of an item on the funds)


def test_a_titled_articles_kuan_after_its_items_is_the_articles(tmp_path):
    """第五条 补助标准： / （一）…； / （二）…； / （三）…。 / 对上年度…给予不超过200万元的奖励。: the article's next 款 (a titled
    article over no clause had left it with （三）, as h294 F5's section had its text): the article holds it, a clause."""
    head = "安徽省财政厅关于印发《农田水利补助资金管理办法》的通知\n皖财农〔2023〕566号\n"
    article = ("第五条 补助标准：\n（一）当家塘清淤扩挖，按清淤土方量每立方米补助8元；\n（二）小型泵站更新改造，单站补助不超过30万元；\n"
               "（三）农田水利工程管护，按有效灌溉面积每亩每年补助5元。\n"
               "对上年度绩效评价结果为优秀的县（市、区），省级在分配下年度补助资金时给予不超过200万元的奖励。\n第六条 本办法自印发之日起施行。\n")
    clauses = {c.number: c for c in parse_text(tmp_path, head + article).clauses}
    assert [(a.value, a.bound) for a in clauses["第五条"].amounts] == [(2000000, "max")]
    assert clauses["（三）"].text == "（三）农田水利工程管护，按有效灌溉面积每亩每年补助5元。"


def test_a_note_paying_a_sum_under_an_annexed_pay_table_is_a_clause_of_the_annex(tmp_path):
    """h306 F9: 附表 / …基本工资标准表 / rows / 说明：…“一肩挑”的，在一岗对应等级基本工资基础上每月增加500元。: the note had gone to
    the closing text with its sum; a note stating a sum under an annex that is a payment table is now a clause of the part,
    after the rows. A note under it that pays nothing (注：本表自…起执行。) stays closing text."""
    text = ("东莞市社区专职工作人员薪酬管理办法\n第一条 基本工资按岗位等级确定，具体标准见附表。\n第二条 本办法自2023年10月1日起施行。\n"
            "附表\n东莞市社区专职工作人员岗位等级基本工资标准表\n岗位等级 基本工资（元/月）\n一岗一级 6100\n一岗二级 6350\n二岗一级 5200\n")
    note = "说明：社区党组织书记、居民委员会主任“一肩挑”的，在一岗对应等级基本工资基础上每月增加500元。\n"
    doc = parse_text(tmp_path, text + note)
    annexed = [c for c in doc.clauses if c.path.startswith("a1.")]
    assert [c.path for c in annexed] == ["a1.1", "a1.2", "a1.3", "a1.4"]
    assert annexed[-1].text == note.strip() and [(a.value, a.bound) for a in annexed[-1].amounts] == [(500, "exact")]
    assert not any("500元" in s.text for s in doc.segments)
    plain = parse_text(tmp_path, text + "注：表中标准为税前标准。\n", name="plain.txt")
    assert [c.path for c in plain.clauses if c.path.startswith("a1.")] == ["a1.1", "a1.2", "a1.3"]
    assert any("税前标准" in s.text for s in plain.segments if s.kind == "closing")


COLUMN_LIST_HEAD = ("佛山市人民政府办公室关于印发佛山市稳就业若干措施的通知\n佛府办〔2023〕5号\n各区人民政府：\n现印发给你们。\n"
                    "佛山市人民政府办公室\n2023年3月2日\n（一）优化补贴申领服务。申请一次性吸纳就业补贴的企业需提交以下材料：\n")
COLUMN_LIST_AFTER = "人力资源社会保障部门应在受理之日起20个工作日内完成审核并拨付资金。责任单位：各区人民政府。\n"


@pytest.mark.parametrize("order", [[1, 4, 2, 5, 3, 6], [1, 4, 2, 5, 3]])
def test_a_list_printed_in_two_columns_read_across_is_put_in_order(tmp_path, order):
    """1.补贴申请表； / 4.劳动合同复印件； / 2.… / 5.… / 3.… / 6.…: a short list in two columns, extracted row by row, read in its
    numbers' order (h304 F5: 2 and 3 read into 4 and 5, a numbering gap, and the paragraph after the list the last item's);
    the paragraph after the list is the lead-in item's, as after a list printed in order."""
    names = {1: "补贴申请表", 2: "营业执照复印件", 3: "招用人员身份证复印件", 4: "劳动合同复印件", 5: "社会保险缴费明细", 6: "企业银行账户信息"}
    last = max(order)  # (the list's last item closes its sentence)
    items = "".join(f"{n}.{names[n]}{'。' if n == last else '；'}\n" for n in order)
    doc = parse_text(tmp_path, COLUMN_LIST_HEAD + items + COLUMN_LIST_AFTER)
    assert [(c.number, c.text) for c in doc.clauses[1:]] == [(f"{n}.", f"{n}.{names[n]}{'。' if n == last else '；'}")
                                                             for n in sorted(order)]
    assert not doc.warnings
    assert [u.canonical for u in doc.clauses[0].units] == ["佛山市各区人民政府"]


def test_a_list_in_order_or_with_wrapped_columns_is_left_as_read(tmp_path):
    """A list in order, or one printed in two columns whose items wrap over lines (the rows' text interleaved too, past
    telling apart from plain text), stays as read (h304 F5: only the exact interleave of one-line items is put in order)."""
    in_order = "".join(f"{n}.材料{n}；\n" for n in range(1, 7))
    doc = parse_text(tmp_path, COLUMN_LIST_HEAD + in_order + COLUMN_LIST_AFTER)
    assert [c.number for c in doc.clauses[1:]] == [f"{n}." for n in range(1, 7)]
    wrapped = "1.补贴申请表；\n4.劳动合同复印件（须为招用人员本人签订的\n2.营业执照复印件；\n书面劳动合同）；\n3.身份证复印件；\n5.企业银行账户信息。\n"
    doc = parse_text(tmp_path, COLUMN_LIST_HEAD + wrapped + COLUMN_LIST_AFTER)
    assert [c.number for c in doc.clauses[1:]][:2] == ["1.", "4."]


YUEYANG_RULES = ("岳阳市新建商品住房购房补贴申领实施细则\n第一条　补贴对象。在市中心城区购买新建商品住房的购房人。\n第二条　{title}\n"
                 "（一）契税补贴：按契税实缴额的50%给予补贴。\n（二）多孩家庭补贴：二孩家庭每套1万元，三孩家庭每套2万元。\n"
                 "人才购房补贴按照市委人才办有关规定另行申领，不适用本细则。\n第三条　申请契税补贴的，应当提交以下材料：\n"
                 "（一）购房发票；\n（二）契税完税凭证。\n")


def test_a_paragraph_after_the_items_of_an_article_titled_with_a_full_stop_is_the_articles(tmp_path):
    """h320 F8: 第二条 补贴标准。 / （一）…。 / （二）…。 / 人才购房补贴按照…另行申领，不适用本细则。: the unnumbered paragraph after
    the last item is the article's next 款 (a 项 holds none), the article a clause with it; it had been the 多孩 item's, which
    gained 人才购房补贴 and the group talents."""
    doc = parse_text(tmp_path, YUEYANG_RULES.format(title="补贴标准。"))
    clauses = {c.path: c for c in doc.clauses}
    assert clauses["2"].number == "第二条" and clauses["2"].text.endswith("不适用本细则。")
    assert [i.concept for i in clauses["2"].instruments] == ["talent-housing-subsidy"]
    item = clauses["2.2"]
    assert item.text == "（二）多孩家庭补贴：二孩家庭每套1万元，三孩家庭每套2万元。"
    assert not item.instruments and {b.concept for b in item.beneficiaries} == {"multi-child-families"}
    assert not doc.sections


def test_a_paragraph_after_items_that_run_over_paragraphs_stays_the_last_items(tmp_path):
    """h320 F8 (what must not change): where an item of the article runs over two paragraphs, its items hold paragraphs of
    their own, and the paragraph after the last item stays that item's."""
    text = YUEYANG_RULES.format(title="补贴标准。").replace("给予补贴。\n", "给予补贴。\n契税实缴额以完税凭证为准。\n")
    clauses = {c.path: c for c in parse_text(tmp_path, text).clauses}
    assert clauses["2.1"].text.endswith("以完税凭证为准。")
    assert clauses["2.2"].text.endswith("不适用本细则。")


def test_a_yearly_request_for_the_years_work_summary_after_an_item_on_something_else_is_closing_text(tmp_path):
    """（二）严格考核问责。… / 各乡镇、各有关部门请于每年12月20日前将三年行动年度工作总结报县安委办。 (h315 F2): the addressees
    named before 请, and a summary of the year's whole work due each year, after an item not on reporting: the document's
    closing request, not that item's text (各乡镇 had become its lead, the date its period); a report of the month's progress
    due each month stays the last item's (the review's rule)."""
    head = ("霍邱县人民政府办公室关于印发霍邱县安全生产治本攻坚三年行动实施方案的通知\n霍政办〔2024〕9号\n各乡镇人民政府，县政府各部门：\n"
            "现将《霍邱县安全生产治本攻坚三年行动实施方案》印发给你们，请认真抓好落实。\n霍邱县人民政府办公室\n2024年3月18日\n霍邱县安全生产治本攻坚三年行动实施方案\n一、工作要求\n（一）强化组织领导。县安委会统筹推进三年行动。\n"
            "（二）严格考核问责。将三年行动开展情况纳入年度安全生产目标责任考核。\n")
    yearly = "各乡镇、各有关部门请于每年12月20日前将三年行动年度工作总结报县安委办。\n"
    doc = parse_text(tmp_path, head + yearly)
    assert doc.clauses[-1].text.endswith("目标责任考核。") and doc.clauses[-1].units == [] and doc.clauses[-1].periods == []
    closing = [s for s in doc.segments if s.kind == "closing" and s.text.startswith("各乡镇、各有关部门请于")]
    assert [(p.kind, p.end, p.duration) for s in closing for p in s.periods] == [("recurring", dt.date(2024, 12, 20), "P1Y")]
    doc = parse_text(tmp_path, head + yearly.replace("各乡镇、各有关部门请于", "各乡镇要于"), name="yao.txt")
    assert any(s.kind == "closing" and s.text.startswith("各乡镇要于") for s in doc.segments)
    monthly = "各乡镇、各有关部门请于每月5日前将上月工作进展情况报送县安委办。\n"
    assert "每月5日前" in parse_text(tmp_path, head + monthly, name="monthly.txt").clauses[-1].text


def test_a_time_field_line_after_a_units_field_line_stays_a_line_of_its_own(tmp_path):
    """1.… / 责任单位：县应急局（牵头），县安委会各成员单位 / 时间节点：2024年4月底前 (h315 F14: the two field lines had run
    together, …各成员单位时间节点：…, in the stored and cited text); a unit's name the line cut still joins (县交通运 / 输局)."""
    head = ("霍邱县人民政府办公室关于印发霍邱县安全生产治本攻坚三年行动实施方案的通知\n霍政办〔2024〕9号\n各乡镇人民政府，县政府各部门：\n"
            "现将《霍邱县安全生产治本攻坚三年行动实施方案》印发给你们，请认真抓好落实。\n霍邱县人民政府办公室\n2024年3月18日\n"
            "霍邱县安全生产治本攻坚三年行动实施方案\n一、主要任务\n")
    doc = parse_text(tmp_path, head + "1.健全安全生产责任体系。修订完善县安委会成员单位安全生产工作职责清单。\n"
                     "责任单位：县应急局（牵头），县安委会各成员单位\n时间节点：2024年4月底前\n"
                     "2.加强道路运输安全监管。严厉打击超限超载等违法行为。\n责任单位：县公安局、县交通运\n输局\n完成时间：每季度\n")
    assert doc.clauses[0].text.endswith("县安委会各成员单位\n时间节点：2024年4月底前")
    assert doc.clauses[1].text.endswith("县公安局、县交通运输局\n完成时间：每季度")
    assert [u.name for u in doc.clauses[1].units] == ["县公安局", "县交通运输局"]


YUGAN_HEAD = ("余干县人民政府办公室关于印发余干县促进民营经济发展实施方案的通知\n干府办发〔2023〕22号\n余干县人民政府办公室\n2023年8月10日\n"
              "余干县促进民营经济发展实施方案\n"
              "1.用好应急转贷资金。县应急转贷资金对符合条件的民营企业提供转贷服务，资金使用费按日费率0.01%收取。\n"
              "牵头单位：县金融服务中心；配合单位：县财政局、县城投集团\n"
              "2.全面落实市场准入负面清单制度。不得以备案、注册、年检等形式设定或者变相设定准入障碍。\n"
              "牵头单位：县发改委；配合单位：县市场监管局、县行政审批局\n"
              "3.开展拖欠民营企业账款清理。2023年12月底前对无分歧账款应清尽清。\n")
YUGAN_AFTER = ("4.清理规范涉企收费。2023年10月31日前公布县级涉企收费目录清单，清单之外一律不得收费。\n牵头单位：县发改委\n"
               "本方案自印发之日起施行，有效期至2025年12月31日。\n")  # (28 characters, as the first two labels' lines: a "width")


def test_a_distributive_sentence_after_units_labels_of_one_length_is_not_glued_to_the_last_name(tmp_path):
    """h314 F1: 牵头单位：…；配合单位：… lines of about one length (no final 。) were taken for lines wrapped at the page's width,
    and 各乡镇人民政府负责落实… was glued onto the last 配合单位 (县审计局各乡镇人民政府负责落实…工作, one fake unit); no cut name's
    rest opens with 各, so the list ends there. A name the page did cut (…县审计委 / 员会) still joins."""
    labels = "牵头单位：县工信局；配合单位：县财政局、县国资办、县审计局\n各乡镇人民政府负责落实本辖区拖欠账款清理工作。\n"
    clause = parse_text(tmp_path, YUGAN_HEAD + labels + YUGAN_AFTER).clauses[2]
    assert [(u.role, u.canonical) for u in clause.units] == [
        ("lead", "余干县工业和信息化局"), ("co", "余干县财政局"), ("co", "余干县国有资产监督管理办公室"), ("co", "余干县审计局"),
        ("co", "余干县各乡镇人民政府")]
    cut = "牵头单位：县工信局；配合单位：县财政局、县国资办、县审计委\n员会，各乡镇人民政府负责落实本辖区拖欠账款清理工作。\n"
    clause = parse_text(tmp_path, YUGAN_HEAD + cut + YUGAN_AFTER, name="cut.txt").clauses[2]
    assert "县审计委员会" in [u.name for u in clause.units]


def test_a_last_item_titled_alone_keeps_its_text_under_a_titled_article(tmp_path):
    """review43a F6 (h320 F8, what must not change): 第二条 补贴标准。 / （一）…。 / （二）…。 / （三）购房补贴。 / 首次购房的，给予每人
    最高30万元购房补贴。: the last item a title alone, its text on the next line is its own, not the article's 款 (the 30万元
    and 购房补贴 had moved to clause 2, the item left empty)."""
    doc = parse_text(tmp_path, "某市人才安居补贴实施细则\n第一条　补贴对象。在本市全职工作的高层次人才。\n第二条　补贴标准。\n"
                               "（一）生活补贴：博士每人每月3000元。\n（二）租房补贴：硕士每人每月1500元。\n（三）购房补贴。\n"
                               "首次购房的，给予每人最高30万元购房补贴。\n第三条　申请购房补贴的，应当提交以下材料：\n（一）购房合同；\n（二）身份证明。\n")
    by_path = {c.path: c for c in doc.clauses}
    assert "2" not in by_path
    item = by_path["2.3"]
    assert item.text == "（三）购房补贴。\n首次购房的，给予每人最高30万元购房补贴。"
    assert [(a.value, a.bound, a.instrument) for a in item.amounts] == [(3e5, "max", "home-purchase-subsidy")]
