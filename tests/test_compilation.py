"""Compilations: split by shape into their documents, each with its range in the source."""
import datetime as dt
import json
import re
from pathlib import Path

import pytest
from conftest import ROOT, write
from policykg.ingest.compilation import find_headings, split_compilation
from policykg.ingest.pipeline import parse_file

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus-dev"
needs_dev = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/corpus-dev is not here")
PAGE = re.compile(r"(?m)^#\s*Page\s*\d+:\s*$")

DOC_BODY = "各区人民政府，市政府各部门：\n现将有关事项通知如下。\n" + "一、加强组织领导，明确责任分工，确保各项任务按时完成落实到位。\n" * 6


def canonical(text: str) -> str:
    """Text without page markers and whitespace: how a cut file and a split piece compare."""
    return re.sub(r"\s+", "", PAGE.sub("", text))


def compilation(*headings: str, toc: bool = False) -> str:
    body = "".join(f"{h}\n{DOC_BODY}" for h in headings)
    contents = "目  录\n" + "".join(f"{h}\n" for h in headings) if toc else ""
    return "汇编说明\n" + contents + "\n# Page 3:\n（一）某省\n" + body


@needs_dev
@pytest.mark.parametrize("name,count", [("北京", 8), ("重庆", 6)])
def test_real_compilation_is_split_into_the_documents_cut_by_hand(name, count):
    source = (DEV / "compilations" / f"{name}.txt").read_text(encoding="utf-8")
    pieces = split_compilation(source)
    assert [p.heading.number for p in pieces] == list(range(1, count + 1))
    metadata = json.loads((DEV / "metadata.json").read_text(encoding="utf-8"))
    cut = {int(f.stem.split("_")[1]): f for f in (DEV / "docs").glob(f"{name}_*.txt")}
    for piece in pieces:
        f = cut.get(piece.heading.number)
        if f is None:
            continue
        text = f.read_text(encoding="utf-8")
        expected = split_compilation(text) or [None]  # a cut file may itself hold several documents
        if expected[0] is None:
            assert canonical(source[piece.start : piece.end]) == canonical(text)
        else:
            assert canonical(source[piece.start : piece.end]) == canonical(text[expected[0].start : expected[0].end])
        assert piece.heading.title == metadata[f.name]["title"].replace(" ", "")
        assert piece.heading.date.isoformat() == metadata[f.name]["date"]


@needs_dev
def test_pieces_cover_the_documents_without_overlap():
    source = (DEV / "compilations" / "重庆.txt").read_text(encoding="utf-8")
    pieces = split_compilation(source)
    assert all(a.end <= b.start for a, b in zip(pieces, pieces[1:]))
    assert not re.search(r"[\u4e00-\u9fff]", source[: pieces[0].start].replace("重庆", "", 1).replace("（二）", ""))
    assert source[pieces[-1].end :].strip() == ""


@needs_dev
def test_parse_file_gives_every_document_with_offsets_into_the_source():
    path = DEV / "compilations" / "北京.txt"
    source = path.read_text(encoding="utf-8")
    docs = parse_file(path)
    assert len(docs) == 8
    assert len({d.key for d in docs}) == 8 and len({d.content_sha256 for d in docs}) == 8
    for doc in docs:
        start, end = doc.source_range
        assert doc.clauses
        for clause in doc.clauses:
            assert start <= clause.span.start < clause.span.end <= end
            assert source[clause.span.start : clause.span.end] == clause.span.text
            for unit in clause.units:
                assert source[unit.span.start : unit.span.end] == unit.span.text


@needs_dev
def test_a_document_cut_from_a_compilation_is_not_a_compilation():
    text = (DEV / "docs" / "北京_01.txt").read_text(encoding="utf-8")
    assert len(find_headings(text)) == 1
    assert split_compilation(text) is None


def test_wrapped_headings_page_markers_and_dates_without_day_mark():
    source = compilation(
        "1. 某省人民政府办公厅关于印发某省优化\n营商环境实施方案的通知（2023 年5 月\n6 日）",
        "2. 某省发展改革委关于\n\n# Page 4:\n做好价格监管工作的通知\n（2023 年3 月23）",
        "3. 某市人民政府关于印发《某市 2023 年政务公开\n工作要点》的通知（2023年1月9日）",
    )
    pieces = split_compilation(source)
    assert [p.heading.title for p in pieces] == [
        "某省人民政府办公厅关于印发某省优化营商环境实施方案的通知",
        "某省发展改革委关于做好价格监管工作的通知",
        "某市人民政府关于印发《某市2023年政务公开工作要点》的通知",
    ]
    assert [p.heading.date.isoformat() for p in pieces] == ["2023-05-06", "2023-03-23", "2023-01-09"]
    for p in pieces:  # the title's range in the source holds the title as written
        assert canonical(source[p.heading.title_start : p.heading.title_end]) == p.heading.title


def test_a_heading_dated_by_its_month_alone_heads_a_document(tmp_path):
    """（2023 年6 月）: the heading names no day, so the document's date is its signature's."""
    source = compilation("1. 某省人民政府办公厅关于印发某省优化营商环境实施方案的通知（2023 年5 月6 日）",
                         "2. 某省优化营商环境工作领导小组办公室关于印发《某省营商环境评价\n反馈问题整改工作方案》的通知（2023 年6 月）")
    pieces = split_compilation(source)
    assert [(p.heading.title, p.heading.date) for p in pieces] == [
        ("某省人民政府办公厅关于印发某省优化营商环境实施方案的通知", dt.date(2023, 5, 6)),
        ("某省优化营商环境工作领导小组办公室关于印发《某省营商环境评价反馈问题整改工作方案》的通知", None)]
    documents = parse_file(write(tmp_path, "month.txt", source + "\n某省优化营商环境工作领导小组办公室\n2023年6月16日\n"))
    assert [d.date for d in documents][1] == dt.date(2023, 6, 16)


@pytest.mark.parametrize("name", ["f1.txt", "f3.txt"])
def test_a_heading_dated_by_its_month_alone_heads_a_document_first_or_after_a_section_line(tmp_path, name):
    """1. …的通知（2023 年3 月） first in the file, or under 二、就业创业 numbered from 1 again (h242: the first document lost,
    the other read into the document before it): each is a document of its own, dated by its signature."""
    month_first = ("1. 青海省人民政府办公厅关于印发青海省支持中小微企业纾困发展\n若干措施的通知（2023 年3 月）\n青政办〔2023〕21 号\n"
                   "各市、自治州人民政府：\n现将《若干措施》印发给你们，请认真组织实施。\n青海省人民政府办公厅\n2023 年3 月17 日\n"
                   "（一）减免房屋租金。对承租国有房屋的小微企业减免3 个月租金。（牵头单位：省国资委）\n")
    second = ("2. 西宁市人民政府办公厅关于印发西宁市2023 年稳岗扩就业补\n贴标准的通知（2023 年6 月12 日）\n宁政办〔2023〕58 号\n"
              "各区、县人民政府：\n现将《补贴标准》印发给你们，请认真执行。\n西宁市人民政府办公厅\n2023 年6 月12 日\n"
              "一、对招用登记失业人员的中小微企业，按每人1000 元给予一次性吸纳就业补贴。\n")
    restarted = ("二、就业创业\n1. 江西省人力资源和社会保障厅 江西省财政厅关于做好2023 年\n高校毕业生就业创业工作的通知（2023 年4 月）\n"
                 "赣人社发〔2023〕12 号\n各设区市人力资源和社会保障局、财政局：\n现就有关事项通知如下：\n"
                 "一、对招用离校2 年内未就业高校毕业生的企业，按每人1500 元给予一次性吸纳就业补贴。\n"
                 "江西省人力资源和社会保障厅 江西省财政厅\n2023 年4 月20 日\n")
    source = month_first + second if name == "f3.txt" else second.replace("2. ", "1. ", 1) + restarted
    documents = parse_file(write(tmp_path, name, source))
    assert [(d.doc_number.text, d.date) for d in documents] == (
        [("青政办〔2023〕21号", dt.date(2023, 3, 17)), ("宁政办〔2023〕58号", dt.date(2023, 6, 12))] if name == "f3.txt"
        else [("宁政办〔2023〕58号", dt.date(2023, 6, 12)), ("赣人社发〔2023〕12号", dt.date(2023, 4, 20))])


def test_a_notice_dated_by_its_month_alone_over_the_text_it_issues_heads_a_document(tmp_path):
    """1. …的通知（2023年6月） / 各市人力资源和社会保障局： / 现将《…》印发给你们… / 某省人力资源和社会保障厅 / 2023年6月16日 / 某省就业见习管理办法
    / 第一条… (the second review: its signature not among its last lines, the document lost)."""
    text = open(Path(__file__).parent / "data" / "compilation_month_notice.txt", encoding="utf-8").read()
    titles = [d.title for d in parse_file(write(tmp_path, "month.txt", text))]
    assert titles == ["某省人力资源和社会保障厅关于印发某省就业见习管理办法的通知", "某省人民政府办公厅关于印发某省优化营商环境实施方案的通知",
                      "某省人民政府办公厅关于印发某省稳就业实施方案的通知"]


def test_a_policy_lists_entries_dated_by_month_are_no_documents_of_a_compilation(tmp_path):
    """宜昌市稳就业惠企政策清单 / 一、综合 / 1.…的实施意见（2023年4月） / 政策内容：… (the review: split into the entries, the list's
    title lost): an entry dated by its month alone heads a document only with a notice printed under it."""
    text = ("宜昌市稳就业惠企政策清单\n"
            "宜昌市人力资源和社会保障局\n"
            "2023年6月\n"
            "\n"
            "为便于企业和群众及时了解和享受各项稳就业政策，现将我市现行有效的稳就业惠企政策梳理汇总如下。\n"
            "\n"
            "一、综合\n"
            "1.宜昌市人民政府关于进一步做好稳就业工作的实施意见（2023年4月）\n"
            "政策内容：对吸纳登记失业人员、脱贫人口就业的企业，按规定给予社会保险补贴和一次性吸纳就业补贴；对小微企业吸纳高校毕业生就业的，给予每人1500元一次性扩岗补助。政策对象为在本市注册"
            "登记的各类企业。办理部门为各区人力资源和社会保障局，咨询电话12333。\n"
            "申请材料：营业执照副本、社会保险缴费明细、银行开户许可证等，材料齐全的由受理部门在10个工作日内完成审核并公示5个工作日，公示无异议后拨付资金。\n"
            "2.宜昌市人民政府办公室关于印发宜昌市支持企业稳岗扩岗若干措施的通知（2023年5月）\n"
            "政策内容：对不裁员或少裁员的参保企业，按企业上年度实际缴纳失业保险费的60%给予稳岗返还，大型企业按30%返还。政策对象为在本市依法参加失业保险的企业。办理部门为市社会保险事业管理"
            "局，企业无需申请，由经办机构免申即享，直接拨付至企业账户。\n"
            "申请材料：营业执照副本、社会保险缴费明细、银行开户许可证等，材料齐全的由受理部门在10个工作日内完成审核并公示5个工作日，公示无异议后拨付资金。\n"
            "\n"
            "二、就业创业\n"
            "1.宜昌市人力资源和社会保障局 宜昌市财政局关于做好创业担保贷款工作的通知（2023年3月）\n"
            "政策内容：符合条件的个人创业者可申请最高20万元创业担保贷款，小微企业最高可申请300万元，财政按规定给予贴息。政策对象为城镇登记失业人员、高校毕业生、返乡创业农民工、退役军人等。"
            "办理部门为各区人力资源和社会保障局和经办银行。\n"
            "申请材料：营业执照副本、社会保险缴费明细、银行开户许可证等，材料齐全的由受理部门在10个工作日内完成审核并公示5个工作日，公示无异议后拨付资金。\n"
            "2.宜昌市人力资源和社会保障局关于开展就业见习工作的通知（2023年2月）\n"
            "政策内容：对吸纳离校2年内未就业高校毕业生和16—24岁失业青年参加就业见习的单位，按当地最低工资标准的60%给予就业见习补贴，见习期限为3至12个月。办理部门为各区公共就业服务机"
            "构，见习单位按季度申请。\n"
            "申请材料：营业执照副本、社会保险缴费明细、银行开户许可证等，材料齐全的由受理部门在10个工作日内完成审核并公示5个工作日，公示无异议后拨付资金。\n")
    (document,) = parse_file(write(tmp_path, "list.txt", text))
    assert document.title == "宜昌市稳就业惠企政策清单"


def test_documents_under_sections_by_subject_numbered_anew_are_each_a_document(tmp_path):
    """一、综合 / 1. …的通知（date） / 二、就业创业 / 1. …的通知（date） (h242: one document, untitled): sections by subject, not only by
    place, each numbered from 1."""
    first = ("一、综合\n1. 九江市人民政府关于印发九江市支持个体工商户发展若干措施的\n通知（2023 年8 月2 日）\n九府发〔2023〕11 号\n"
             "各县（市、区）人民政府，市政府各部门：\n现将《九江市支持个体工商户发展若干措施》印发给你们，请认真贯彻落实。\n九江市人民政府\n"
             "2023 年8 月2 日\n第一条 首次在我市登记注册的个体工商户，经申请给予一次性开业补助2000 元。（责任单位：市市场监管局）\n")
    second = ("二、就业创业\n1. 江西省人力资源和社会保障厅 江西省财政厅关于做好2023 年\n高校毕业生就业创业工作的通知（2023 年4 月20 日）\n"
              "赣人社发〔2023〕12 号\n各设区市人力资源和社会保障局、财政局：\n现就有关事项通知如下：\n"
              "一、对招用离校2 年内未就业高校毕业生的企业，按每人1500 元给予一次性吸纳就业补贴。\n"
              "江西省人力资源和社会保障厅 江西省财政厅\n2023 年4 月20 日\n")
    documents = parse_file(write(tmp_path, "subjects.txt", first + second))
    assert [d.doc_number.text for d in documents] == ["九府发〔2023〕11号", "赣人社发〔2023〕12号"]
    assert "二、就业创业" not in documents[0].clauses[-1].text


def test_a_heading_naming_a_policy_then_what_it_is_heads_a_document(tmp_path):
    """4.《…若干措施》政策问答（date）: a compilation's entry about a policy (its questions and answers, its
    interpretation) opens with the policy's 《》; it had been read as a list's entry and merged into the document before."""
    source = compilation("1. 某省人民政府办公厅关于印发某省优化营商环境实施方案的通知（2023 年5 月6 日）",
                         "2. 《某省进一步稳就业促创业若干措施》政策问答（2023 年6\n月20 日）", toc=True)
    pieces = split_compilation(source)
    assert [(p.heading.number, p.heading.title) for p in pieces] == [
        (1, "某省人民政府办公厅关于印发某省优化营商环境实施方案的通知"), (2, "《某省进一步稳就业促创业若干措施》政策问答")]
    documents = parse_file(write(tmp_path, "answers.txt", source))
    assert [d.title for d in documents][1] == "《某省进一步稳就业促创业若干措施》政策问答"


def test_a_heading_date_in_chinese_numerals_heads_a_document(tmp_path):
    source = compilation("1. 某省人民政府关于印发某省优化营商环境若干措施的通知（二〇二三年三月二日）",
                         "2. 某省发展改革委关于做好价格监管工作的通知（二〇二三年十二月二十六日）")
    pieces = split_compilation(source)
    assert [(p.heading.title, p.heading.date.isoformat()) for p in pieces] == [
        ("某省人民政府关于印发某省优化营商环境若干措施的通知", "2023-03-02"), ("某省发展改革委关于做好价格监管工作的通知", "2023-12-26")]
    # a document cut from such a compilation keeps its heading's title and its 文号
    (document,) = parse_file(write(tmp_path, "cut.txt", "8. 福建省人民政府关于印发福建省进一步优化营商环境若干措施的通知（二〇二三年三月二日）\n"
                                   "闽政〔2023〕5号\n" + DOC_BODY))
    assert (document.title, document.doc_number.text, document.date.isoformat()) == (
        "福建省人民政府关于印发福建省进一步优化营商环境若干措施的通知", "闽政〔2023〕5号", "2023-03-02")


def test_a_day_alone_on_its_line_is_part_of_the_heading_date_but_a_page_number_is_not():
    source = compilation(
        "1. 某省人民政府办公厅关于印发某省优化营商环境实施方案的通知（2023 年3 月\n17\n日）",
        "2. 某省发展改革委关于做好价格监管工作的通知（2023 年3 月\n- 5 -\n23 日）",
        "3. 某市人民政府关于印发《某市政务公开工作要点》的通知（2023年\n1\n月9日）",
        "4. 某市人民政府关于印发《某市三年行动计划（2023—\n2025年）》的通知（20\n23\n年2月1日）",
        "5. 某市人民政府关于印发《某市三年行动计划（2023\n—2025\n年）》的通知（2023\n5\n年2月1日）",
    )
    pieces = split_compilation(source)
    assert [p.heading.date.isoformat() for p in pieces] == ["2023-03-17", "2023-03-23", "2023-01-09", "2023-02-01", "2023-02-01"]
    assert pieces[-1].heading.title == "某市人民政府关于印发《某市三年行动计划（2023—2025年）》的通知"  # 5: a page number in its year


def test_a_number_alone_on_its_line_and_a_title_broken_at_every_quote_still_head_a_document():
    # as PDF extraction leaves excerpts of printed compilations (the file starting at document 9)
    source = (
        "9.\n某市人民政府办公室关于印发某市2023 年政务公开工作要点的通知（2023 年5 月22 日）\n" + DOC_BODY
        + "\n# Page 1699:\n10.\n某自治州人民政府办公室关于印发\n《某州依\n\n# Page 454:\n托\n“一网通办”\n"
        "深化惠企利民政策和服务\n“免申即享”\n工作方案》的通知（2023 年6 月\n20 日）\n" + DOC_BODY
    )
    pieces = split_compilation(source)
    assert [(p.heading.number, p.heading.title) for p in pieces] == [
        (9, "某市人民政府办公室关于印发某市2023年政务公开工作要点的通知"),
        (10, "某自治州人民政府办公室关于印发《某州依托“一网通办”深化惠企利民政策和服务“免申即享”工作方案》的通知"),
    ]
    assert pieces[0].end < pieces[1].start and source[pieces[1].start :].startswith("10.")


def test_an_excerpt_ending_with_the_first_lines_of_the_next_section_gives_two_documents():
    # the file opens with document 5; after its end the print moves on to another region
    source = (
        "5. 某市人民政府办公室关于印发《某市优化营商环境行动方案》的通知（2023 年2 月7 日）\n" + DOC_BODY
        + "三、华东\n（一）上海\n1. 上海海关等11 部门关于印发《上海口岸深化跨境贸易营\n商环境改革若干措施》的通知（2023 年6 月13 日）\n"
        "沪商自贸〔2023〕132 号\n各相关单位：\n现将《上海口岸深化跨境贸易营商环境改革若干措施》印发给你们，请认真做好组织实施工作。\n"
    )
    pieces = split_compilation(source)
    assert [p.heading.number for p in pieces] == [5, 1]
    assert source[: pieces[0].end].endswith("确保各项任务按时完成落实到位。")  # the section lines belong to neither
    assert source[pieces[1].start :].startswith("1. 上海海关")
    cut = source.replace("三、华东\n", "三、\n华东\n")  # the page cut the section heading after its number
    assert [(p.start, p.end) for p in split_compilation(cut)][0] == (0, pieces[0].end)


@pytest.mark.parametrize("section", ["二、交通运输", "（二）政务数据", "二、 交 通 运 输"])
def test_a_topic_section_heading_between_two_documents_belongs_to_neither(section):
    """A compilation by subject (二、交通运输) as by region (三、华东): the heading opens the next
    document's section; it is no clause of the document before."""
    source = ("1. 某市人民政府办公室关于印发《某市优化营商环境行动方案》的通知（2023 年2 月7 日）\n" + DOC_BODY
              + f"{section}\n2. 吉林省交通运输厅关于印发吉林省交通运输领域优化营商环境30项政策举措的通知（2023 年3 月24 日）\n"
              "吉交法规〔2023〕76 号\n" + DOC_BODY)
    pieces = split_compilation(source)
    assert [p.heading.number for p in pieces] == [1, 2]
    assert source[: pieces[0].end].endswith("确保各项任务按时完成落实到位。")


def test_a_numbered_list_ending_a_document_is_kept_whole():
    """（一）市发改委 / （二）市财政局 / （三）市人社局 at a document's end: items, not a compilation's
    section heading, before the next document and at the file's end alike."""
    listed = "附：领导小组成员单位\n（一）市发改委\n（二）市财政局\n（三）市人社局\n"
    source = ("1. 某市人民政府办公室关于印发《某市优化营商环境行动方案》的通知（2023 年2 月7 日）\n" + DOC_BODY + listed
              + "2. 吉林省交通运输厅关于印发吉林省交通运输领域优化营商环境30项政策举措的通知（2023 年3 月24 日）\n"
              "吉交法规〔2023〕76 号\n" + DOC_BODY + listed)
    pieces = split_compilation(source)
    assert [source[p.start:p.end].endswith("（三）市人社局") for p in pieces] == [True, True]


def test_a_document_opening_with_a_dated_heading_is_not_cut_at_a_table_of_its_own():
    source = "3. 某地区关于印发《某工作规范》的通知（2023 年6 月21 日）\n" + DOC_BODY + "1. 某某关于某事的通知（2023 年1 月20 日）\n"
    assert split_compilation(source) is None


@needs_dev
def test_excerpts_of_compilations_are_split_and_no_document_is_merged_into_another():
    for name, numbers in [("甘肃_09", [9, 10, 11, 12, 14, 15]), ("上海_09", list(range(9, 26)))]:
        pieces = split_compilation((DEV / "docs" / f"{name}.txt").read_text(encoding="utf-8"))
        assert [p.heading.number for p in pieces] == numbers, name
        # 甘肃_09's 13 (兰州) is a heading whose pages are missing from the print: a warning, not a document
        assert (name != "甘肃_09") or any("from 12 to 14" in w for w in pieces[3].warnings)


def test_table_of_contents_is_not_taken_for_documents():
    headings = ["1. 某省人民政府关于甲事项的通知（2023年5月6日）", "2. 某省人民政府关于乙事项的通知（2023年4月1日）"]
    source = compilation(*headings, toc=True)
    pieces = split_compilation(source)
    assert len(pieces) == 2
    assert all(source[p.start : p.end].count("一、加强组织领导") == 6 for p in pieces)


def test_a_contents_entry_with_its_page_on_a_line_of_its_own_is_no_document():
    """目录 / 1. …的通知（2023 年7 月14 日） / 611 / 2. …政策解读（…）…… 613 / （五）福建 / …: the entry's page alone under it, the
    next entry after (a blind test: the contents page had become a document of the first entry's title)."""
    contents = ("2023 年全国优化营商环境政策文件汇编\n目 录\n1. 某省人民政府关于甲事项的通知（2023 年5 月6 日）\n611\n"
                "2. 某省人民政府关于乙事项的通知（2023 年4 月1 日）……………… 613\n（五）福建\n"
                "1. 福建省人民政府办公厅关于印发福建省进一步降低企业经营成本若干措施的通知（2023 年4 月20 日）……………… 615\n"
                "2. 福州市人民政府办公厅关于印发福州市2023 年营商环境对标提升重点任务清单的通知（2023 年5 月22 日）……… 617\n"
                "（六）江西\n1. 江西省人民政府办公厅转发省发展改革委关于江西省2023 年营商环境优化升级工作要点的通知（2023 年3 月2 日）…… 620\n"
                "— 3 —\n\n# Page 10:\n（一）某省\n")
    source = contents + compilation("1. 某省人民政府关于甲事项的通知（2023年5月6日）", "2. 某省人民政府关于乙事项的通知（2023年4月1日）")
    pieces = split_compilation(source)
    assert [(p.heading.number, source[p.start : p.end].count("一、加强组织领导")) for p in pieces] == [(1, 6), (2, 6)]


def test_one_document_under_each_of_two_section_lines_is_two_documents():
    """（二）黑龙江 / 3. … / （三）辽宁省 / 1. …: each section's one document is a document (a mutation test: a file opening with a
    section line had read the second into the first)."""
    source = ("（二）黑龙江\n3. 某地区优化营商环境领导小组办公室关于印发联合服务工作规范的通知（2023 年6 月21 日）\n" + DOC_BODY
              + "（三）辽宁省\n1. 辽宁省人民政府关于印发进一步稳经济若干政策举措的通知（2023 年1 月20 日）\n辽政发〔2023〕1 号\n" + DOC_BODY)
    pieces = split_compilation(source)
    assert [p.heading.number for p in pieces] == [3, 1]
    assert "（三）辽宁省" not in source[pieces[0].start : pieces[0].end]


@pytest.mark.parametrize("divider", [True, False])
def test_a_section_line_on_a_divider_page_or_a_pages_foot_still_opens_its_section(tmp_path, divider):
    """（四）浙江 alone on a divider page (the running head above it, the next page's head before its document), or at a page's
    foot: the section's line, not its running head (h149: blanked as one, the second document was read into the first)."""
    head = "2023 年优化营商环境政策文件汇编\n"
    first = ("（三）江苏\n" + ("\n# Page 411:\n" + head if divider else "")
             + "1. 江苏省人力资源和社会保障厅关于做好稳岗扩岗工作的通知（2023 年4 月18 日）\n苏人社发〔2023〕58 号\n" + DOC_BODY
             + "江苏省人力资源和社会保障厅\n2023 年4 月18 日\n")
    second = ("\n# Page 412:\n" + head + "（四）浙江\n" + ("\n# Page 413:\n" + head if divider else "\n· 412 ·\n# Page 413:\n" + head)
              + "1. 浙江省市场监督管理局关于进一步降低经营主体制度性交易成本的通知（2023 年8 月22 日）\n浙市监综〔2023〕17 号\n"
              + DOC_BODY + "浙江省市场监督管理局\n2023 年8 月22 日\n")
    documents = parse_file(write(tmp_path, "east.txt", "# Page 410:\n" + head + first + second))
    assert [d.doc_number.text for d in documents] == ["苏人社发〔2023〕58号", "浙市监综〔2023〕17号"]
    assert [d.province for d in documents] == ["江苏省", "浙江省"]


def test_numbering_restarting_in_a_new_section_continues_the_compilation():
    first = compilation("1. 某省人民政府关于甲事项的通知（2023年5月6日）", "2. 某省人民政府关于乙事项的通知（2023年4月1日）")
    second = "（二）另一省\n1. 另一省人民政府关于丙事项的通知（2023年3月1日）\n" + DOC_BODY
    pieces = split_compilation(first + second)
    assert [p.heading.title[:5] for p in pieces] == ["某省人民政", "某省人民政", "另一省人民"]


def test_a_gap_in_the_numbering_is_a_warning():
    source = compilation(
        "1. 某省人民政府关于甲事项的通知（2023年5月6日）",
        "2. 某省人民政府关于乙事项的通知（2023年4月1日）",
        "4. 某省人民政府关于丁事项的通知（2023年2月1日）",
    )
    pieces = split_compilation(source)
    assert [p.warnings != [] for p in pieces] == [False, True, False]
    assert "2 to 4" in pieces[1].warnings[0]


@pytest.mark.parametrize("items", [
    # a task list whose items end with a date: short items, not documents
    [f"{i}. 制定实施方案并报市政府审定（2023年{i}月30日）" for i in range(1, 5)],
    # numbered items that end in a sentence
    ["1. 某市人民政府关于甲事项的通知要求各地落实。", "2. 某市人民政府关于乙事项的通知要求各地落实。"],
])
def test_ordinary_documents_are_not_compilations(items):
    text = "关于做好重点任务的通知\n" + "\n".join(items) + "\n" + "各单位要加强领导。\n"
    assert split_compilation(text) is None


def test_a_single_heading_is_one_document(tmp_path):
    text = "1. 某省人民政府关于甲事项的通知（2023年5月6日）\n" + DOC_BODY
    assert split_compilation(text) is None
    assert len(parse_file(write(tmp_path, "one.txt", text))) == 1


NEXT_HEADING = "8. 宝鸡高新技术产业开发区管理委员会关于公布2023 年度高新区“专精特新”企业名单的通\n知（2024 年3 月20 日）\n"


@pytest.mark.parametrize("documents", [1, 2])
def test_the_next_documents_heading_ending_an_excerpt_is_no_part_of_the_last_document(tmp_path, documents):
    """An excerpt cut right after the heading that follows its last document: that heading has
    nothing under it and is dropped, with one document in the file or several."""
    headings = [f"{n}. 某省人民政府关于第{n}事项的通知（2023年5月{n}日）" for n in range(8 - documents, 8)]
    text = "".join(f"{h}\n{DOC_BODY}" for h in headings) + NEXT_HEADING
    docs = parse_file(write(tmp_path, "excerpt.txt", text))
    assert [d.title for d in docs] == [f"某省人民政府关于第{n}事项的通知" for n in range(8 - documents, 8)]
    assert "专精特新" not in docs[-1].clauses[-1].text and text[slice(*docs[-1].source_range)].endswith("落实到位。")
    # a heading numbered otherwise is the document's own text (an entry of a list it ends with)
    assert "专精特新" in parse_file(write(tmp_path, "other.txt", text.replace("8. 宝鸡", "3. 宝鸡")))[-1].clauses[-1].text


@pytest.mark.parametrize("documents", [1, 2])
def test_the_next_documents_heading_cut_before_its_date_ending_an_excerpt_is_dropped(tmp_path, documents):
    """An excerpt cut inside the next heading, its date not yet written (8. 温州市人民政府办公室关于印发温州市2023 年
    优化营商环境): had become the last clause's end; the last item of a list numbered alike stays (4.上海市…建设)."""
    headings = [f"{n}. 某省人民政府关于第{n}事项的通知（2023年5月{n}日）" for n in range(8 - documents, 8)]
    cut = "\n# Page 1189:\n8. 温州市人民政府办公室关于印发温州市2023 年优化营商环境\n"
    text = "".join(f"{h}\n{DOC_BODY}" for h in headings) + cut
    docs = parse_file(write(tmp_path, "excerpt.txt", text))
    assert [d.title for d in docs] == [f"某省人民政府关于第{n}事项的通知" for n in range(8 - documents, 8)]
    assert "温州" not in docs[-1].clauses[-1].text and text[slice(*docs[-1].source_range)].endswith("落实到位。")
    listed = "".join(f"{h}\n{DOC_BODY}" for h in headings) + "附件\n重点项目\n6.上海市公共卫生人才培养\n7.上海市疾病预防控制体系研究\n8.上海市院感防控和实验室生物安全能力建设\n"
    last = parse_file(write(tmp_path, "listed.txt", listed))[-1]
    assert listed[slice(*last.source_range)].rstrip().endswith("8.上海市院感防控和实验室生物安全能力建设")


def test_compilation_file_gives_one_document_per_heading(tmp_path):
    source = compilation("1. 某省人民政府关于甲事项的通知（2023年5月6日）", "2. 某省人民政府关于乙事项的通知（2023年4月1日）")
    docs = parse_file(write(tmp_path, "汇编.txt", source))
    assert len(docs) == 2
    assert [source[slice(*d.source_range)].startswith(f"{i}. 某省") for i, d in enumerate(docs, 1)] == [True, True]
    # two documents with the same body and no 文号 are still two: their headings differ
    assert docs[0].key != docs[1].key


FUJIAN = Path(__file__).parent / "data" / "compilation_fujian_page.txt"  # a helper's page, written to look extracted


def test_a_short_document_with_its_number_under_its_heading_is_a_document():
    """13. …关于调整就业见习补贴标准的通知 holds 138 Chinese characters, under the 150 that tell a
    document from a table of contents' entry; the 文号 under its heading does. Its paragraphs'
    first lines are indented: one that ran to the page's width goes on (…每人每月18 / 00元)."""
    documents = parse_file(FUJIAN)
    assert [d.doc_number.text for d in documents] == ["榕政综〔2023〕30号", "榕人社〔2023〕88号", "厦府办〔2023〕61号"]
    adjusted = documents[1]
    assert [(a.value, a.payment_unit) for a in adjusted.clauses[0].amounts] == [(1800, "per-person-month"), (2000, "per-person-month")]
    assert [r.relation for r in adjusted.references] == ["repeals"]
    assert not any(r.relation == "repeals" for r in documents[0].references)  # no longer the document before's
    first = documents[0].clauses[0]
    assert first.text.startswith("一、对吸纳登记失业半年以上人员") and "中小微企业" in first.text
    assert [(u.name, u.role) for u in first.units] == [("市人社局", "co"), ("市财政局", "co")]


@pytest.mark.parametrize("between", ["\n# Page 1547:\n", "\n- 12 -\n\n"])
def test_a_short_document_whose_number_is_past_a_page_mark_under_its_heading_is_a_document(tmp_path, between):
    """The page ended between a short notice's heading and its 文号: it stays a document (it had
    gone into the document before, which took its date in force)."""
    text = FUJIAN.read_text(encoding="utf-8").replace("贴标准的通知（2023年5月16日）\n榕人社", "贴标准的通知（2023年5月16日）" + between + "榕人社")
    assert between in text
    documents = parse_file(write(tmp_path, "page.txt", text))
    assert [d.doc_number.text for d in documents] == ["榕政综〔2023〕30号", "榕人社〔2023〕88号", "厦府办〔2023〕61号"]


def test_a_short_document_of_a_compilation_is_read_at_the_page_width_of_the_whole_file(tmp_path):
    """A short document shows no page width of its own: its lines that ran to the compilation's
    width (40 here) are wrapped lines (…压缩至40个工作 / 日以内。), not paragraphs."""
    def at_40(text):
        return "\n".join(text[i:i + 40] for i in range(0, len(text), 40))

    long_body = at_40("为深入推进营商环境建设，进一步激发市场主体活力，结合本市实际，现就有关事项通知如下：" * 6)
    item = "1．深化工程建设项目审批制度改革，一般社会投资项目全流程审批时间压缩至40个工作日以内。（责任单位：市住房城乡建设局）"
    text = ("1. 某市人民政府关于优化营商环境的通知（2023年5月8日）\n某政发〔2023〕20号\n各县区人民政府：\n" + long_body + "\n"
            "一、提升效率\n（一）优化服务。（市政务服务局负责）\n"
            "2. 某市人民政府办公室关于印发某市2023年工作要点的通知（2023年5月9日）\n某政办发〔2023〕21号\n"
            "各县区人民政府：\n现将工作要点印发给你们。\n一、提升审批效率\n" + at_40(item) + "\n")
    assert "压缩至40个工作\n日以内" in text
    short = parse_file(write(tmp_path, "compilation.txt", text))[-1]
    (clause,) = [c for c in short.clauses if c.path.endswith("1.1") or c.text.startswith("1．")]
    assert "\n" not in clause.text and [p.duration for p in clause.periods] == ["P40D"]


def test_a_short_document_of_a_compilation_drops_the_running_head_of_the_whole_file(tmp_path):
    """A document of one or two pages shows too few page breaks to tell its running head: the compilation's
    (陕西省优化营商环境政策汇编, after every page mark) had stayed in its items' text."""
    head = "陕西省优化营商环境政策汇编"
    pages = [
        "1. 陕西省人民政府办公厅关于印发优化营商环境实施方案的通知（2023 年3 月14 日）\n陕政办发〔2023〕6 号\n各市人民政府：\n"
        "一、压缩企业开办时间。（省市场监管局负责）\n二、推行电子证照。（省大数据局负责）",
        "三、优化纳税服务。（省税务局负责）\n2. 西安市人民政府办公厅关于印发若干措施的通知（2023 年6 月9 日）\n市政办发〔2023〕21 号\n"
        "各区县人民政府：\n一、支持企业上市，给予一次性奖励500 万元。（市金融局负责）",
        "二、支持企业挂牌。（市金融局负责）", "三、降低用地成本。（市资源规划局负责）", "四、加强人才支撑。（市人社局负责）"]
    text = "".join(f"{page}\n\n# Page {1830 + n}:\n{head}\n" for n, page in enumerate(pages))
    documents = parse_file(write(tmp_path, "陕西.txt", text))
    assert len(documents) == 2 and not [c.text for d in documents for c in d.clauses if head in c.text]
    assert [c.text for c in documents[1].clauses][-1] == "四、加强人才支撑。（市人社局负责）"


def test_an_entry_of_a_list_of_policies_is_no_compilation_heading():
    """1.《…若干措施》（2023 年1 月10 日） lists a policy inside a notice (a helper's page, kept as
    test data): it had been taken for a compilation's heading, and the notice had lost its items."""
    (notice,) = parse_file(Path(__file__).parent / "data" / "policy_list_notice.txt")
    assert notice.doc_number.text == "柳政办发〔2023〕12号"
    assert [c.path for c in notice.clauses][:3] == ["1.1", "1.2", "1.3"]
    assert [a.value for a in notice.clauses[0].amounts] == [200]


SHORT_BETWEEN = """目录
1. 南昌市人民政府关于调整南昌市最低工资标准的通知（2023 年2 月3 日）…………… 302
2. 南昌市人力资源和社会保障局关于调整失业保险金标准的通知（2023 年3 月1 日）…… 303
3. 南昌市人民政府办公厅关于印发南昌市优化营商环境十条措施的通知（2023 年4 月7 日）…… 303
# Page 302:
1.
南昌市人民政府关于调整南昌市最低工资标准的通知（2023 年2 月
3 日）
洪府发〔2023〕2 号
各县（区）人民政府，各开发区（新区）管委会，市政府各部门：
经市政府研究，决定调整我市最低工资标准。现将有关事项通知如下：
一、全市月最低工资标准调整为1970 元，小时最低工资标准调整为19.6 元，请各地认真做好宣传解释工作，确保新标准落实到位。
二、本通知自2023 年3 月1 日起执行。《南昌市人民政府关于调整最低工资标准的通知》（洪府发〔2021〕9 号）同时废止。
南昌市人民政府
2023 年2 月3 日
2. 南昌市人力资源和社会保障局关于调整失业保险金标准的通知（
2023 年3 月1 日）
各县（区）人力资源和社会保障局：
经研究，自2023 年3 月起，我市失业保险金标准调整为每人每月1773 元。请各地抓紧做好发
放工作。
南昌市人力资源和社会保障局
2023 年3 月1 日
3. 南昌市人民政府办公厅关于印发南昌市优化营商环境十条措施的通知（2023 年4 月7 日）
洪府厅发〔2023〕20 号
各县（区）人民政府，各开发区（新区）管委会，市政府各部门：
《南昌市优化营商环境十条措施》已经市政府同意，现印发给你们，请认真贯彻执行。
南昌市人民政府办公厅
2023 年4 月7 日
南昌市优化营商环境十条措施
一、推行企业开办全程网办，开办时间压缩至0.5 个工作日，实现企业开办“一网通办、一窗通取”。（责任单位：市市场监管局）
二、推行工程建设项目审批“告知承诺制”，社会投资小型项目审批时间压缩至15 个工作日以内。（责任单位：市住房城乡建设局）
"""


def test_a_short_document_numbered_between_two_others_is_one_however_short(tmp_path):
    """2. a notice of a few lines, no 文号, between 1. and 3.: a document (a blind test: it had become 1.'s closing
    text, its 1773 元 lost); the table of contents, its lines with nothing under them, stays out."""
    docs = parse_file(write(tmp_path, "汇编.txt", SHORT_BETWEEN))
    assert [d.title[:11] for d in docs] == ["南昌市人民政府关于调整", "南昌市人力资源和社会保", "南昌市人民政府办公厅关"]
    assert [a.value for c in docs[1].clauses for a in c.amounts] == [1773] and docs[1].date == dt.date(2023, 3, 1)


def test_a_list_of_dated_notices_inside_a_document_stays_its_own(tmp_path):
    """Document 2 lists four earlier notices numbered 1.-4., each dated, with a line under it: its items 2. and 3. have a
    document 2 or 3 before or after them, but not right before and right after (a review: they had been cut out as
    documents of their own)."""
    docs = parse_file(write(tmp_path, "汇编.txt", (ROOT / "tests" / "data" / "compilation_inner_list.txt").read_text(encoding="utf-8")))
    assert [d.date for d in docs] == [dt.date(2023, 1, 5), dt.date(2023, 2, 5), dt.date(2023, 5, 5), dt.date(2023, 6, 5)]
    assert any("第3号措施" in c.text for c in docs[1].clauses)


def _short_notice_moved(to: str) -> str:
    """SHORT_BETWEEN with its short notice (no 文号) first or last in its section, the others numbered around it."""
    contents, body = SHORT_BETWEEN.split("# Page 302:\n")
    first, rest = body.split("2. 南昌市人力资源和社会保障局")
    notice, third = ("2. 南昌市人力资源和社会保障局" + rest).split("3. 南昌市人民政府办公厅")
    third = "3. 南昌市人民政府办公厅" + third
    if to == "last":
        return "（一）江西\n" + first + third.replace("3. ", "2. ", 1) + notice.replace("2. ", "3. ", 1)
    return "（一）江西\n" + notice.replace("2. ", "1. ", 1) + first.replace("1.\n", "2.\n", 1) + third


@pytest.mark.parametrize("to", ["first", "last"])
def test_a_short_notice_first_or_last_in_its_section_is_a_document(tmp_path, to):
    """A notice of a few lines without a 文号 as its section's first (1., then 2.) or last (n+1 after n, the file's end)
    document: one of its own (a blind test: last, it had been the document before's closing text; first, no document's)."""
    docs = parse_file(write(tmp_path, "汇编.txt", _short_notice_moved(to)))
    assert len(docs) == 3
    notice = docs[0] if to == "first" else docs[-1]
    assert notice.title.startswith("南昌市人力资源和社会保障局关于调整失业保险金标准")
    assert [a.value for c in notice.clauses for a in c.amounts] == [1773] and notice.date == dt.date(2023, 3, 1)
    # the same notice whose title names no document (a plan's stage, 3.总结评估阶段（…）) stays the one before's text
    stage = _short_notice_moved(to).replace("南昌市人力资源和社会保障局关于调整失业保险金标准的通知（", "南昌市失业保险金标准调整工作阶段（")
    assert len(parse_file(write(tmp_path, "阶段.txt", stage))) == 2


TWO_SHORT = """# Page 1800:
（十五）江西
6. 江西省人民政府办公厅关于进一步优化营商环境的通知（2023 年1 月18 日）
赣府厅发〔2023〕2 号
各市、县（区）人民政府，省政府各部门：
为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，持续打造市场化、法治化、国际化一流营商环境，经省政府同意，现就有关事项通知如下。
一、对新引进的世界500 强企业区域总部，给予一次性落户奖励1000 万元。（省商务厅牵头，省财政厅配合）
二、建立健全企业家参与涉企政策制定机制，各级政府制定涉企政策时应当充分听取企业家意见。（省发展改革委负责）
江西省人民政府办公厅
2023 年1 月18 日
7. 《江西省优化营商环境条例》政策解读（2023 年4 月6 日）
问：条例出台的背景是什么？
答：为巩固我省优化营商环境改革成果，省人大常委会制定了《江西省优化营商环境条例》。
解读机关：江西省人民代表大会常务委员会法制工作委员会
8. 江西省市场监督管理局关于调整部分行政许可事项办理时限的通告（2023 年9 月5 日）
为提升行政许可效率，现将有关事项通告如下：
一、食品经营许可办理时限由10 个工作日压缩至5 个工作日。
二、工业产品生产许可证办理时限由20 个工作日压缩至10 个工作日。
特此通告。
江西省市场监督管理局
2023 年9 月5 日
9. 江西省人力资源和社会保障厅关于做好2023 年就业见习工作的通知（2023 年5 月10 日）
赣人社字〔2023〕125 号
各设区市人力资源社会保障局：
为深入贯彻落实党中央、国务院关于做好高校毕业生等青年就业工作的决策部署，进一步发挥就业见习促进青年就业的作用，现就有关事项通知如下。
一、见习补贴标准由每人每月1500 元提高至每人每月1800 元。（责任单位：省人力资源社会保障厅）
二、各设区市人力资源社会保障部门要于2023 年6 月30 日前将见习计划报省人力资源社会保障厅。
江西省人力资源和社会保障厅
2023 年5 月10 日
"""


@pytest.mark.parametrize("swapped", [False, True])
def test_two_short_documents_in_a_row_are_each_a_document(tmp_path, swapped):
    """6. … / 7. a short 政策解读 / 8. a short signed 通告 / 9. …, in either order: four documents (a blind test: both short
    ones had become the first's text, the 通告's items its a1.*); the 通告 is kept for its shape, then the 解读 lies between."""
    text = TWO_SHORT
    if swapped:
        interpretation = text[text.index("7. ") : text.index("8. ")]
        notice = text[text.index("8. ") : text.index("9. ")]
        text = text.replace(interpretation + notice, notice.replace("8. ", "7. ", 1) + interpretation.replace("7. ", "8. ", 1))
    docs = parse_file(write(tmp_path, "江西.txt", text))
    middle = ["政策解读", "办理时限的通告"]
    ends = ["优化营商环境的通知", *(middle[::-1] if swapped else middle), "就业见习工作的通知"]
    assert len(docs) == 4 and all(d.title.endswith(end) for d, end in zip(docs, ends))
    assert [len(d.clauses) for d in docs][0] == 2 and docs[0].effective_date is None
    # the 通告 numbered as the first document's own item (6. … / 6. …的通告 / 9.): no document between two, still its text
    item = text.replace("8. 江西省市场监督管理局", "6. 江西省市场监督管理局").replace("7. 江西省市场监督管理局", "6. 江西省市场监督管理局")
    assert not any(d.title.endswith("通告") for d in parse_file(write(tmp_path, "item.txt", item)))


CATALOGUE = """# Page 1800:
（十五）江西
5. 江西省人民政府关于进一步优化营商环境的意见（2023 年1 月10 日）
赣府发〔2023〕1 号
各市、县（区）人民政府，省政府各部门：
为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，持续打造市场化、法治化、国际化一流营商环境，现提出如下意见。
一、对新引进的世界500 强企业区域总部，给予一次性落户奖励1000 万元。（省商务厅牵头，省财政厅配合）
二、建立健全企业家参与涉企政策制定机制。（省发展改革委负责）
江西省人民政府
2023 年1 月10 日
6. 江西省人民政府办公厅关于公布2023 年第一批惠企政策文件目录的通知（2023 年10 月18 日）
赣府厅字〔2023〕66 号
各市、县（区）人民政府，省政府各部门：
为便于企业知晓和享受惠企政策，现将2023 年第一批惠企政策文件目录公布如下，纳入目录的文件按以下顺序编号，与此前公布的六件连续编号：
7. 江西省财政厅关于支持中小微企业融资担保的通知（2023 年4 月6 日）
主要内容：
对融资担保机构为中小微企业提供担保的，按年化担保额的1%给予担保费补贴，单个机构年度补贴最高不超过300 万元。
8. 江西省市场监督管理局关于调整部分行政许可事项办理时限的通告（2023 年9 月5 日）
主要内容：
食品经营许可办理时限由10 个工作日压缩至5 个工作日，工业产品生产许可证办理时限由20 个工作日压缩至10 个工作日。
江西省人民政府办公厅
2023 年10 月18 日
9. 江西省人力资源和社会保障厅关于做好2023 年就业见习工作的通知（2023 年5 月10 日）
赣人社字〔2023〕125 号
各设区市人力资源社会保障局：
为深入贯彻落实党中央、国务院关于做好高校毕业生等青年就业工作的决策部署，进一步发挥就业见习促进青年就业的作用，现就有关事项通知如下。
一、见习补贴标准由每人每月1500 元提高至每人每月1800 元。（责任单位：省人力资源社会保障厅）
江西省人力资源和社会保障厅
2023 年5 月10 日
"""


def test_a_catalogues_dated_entries_numbered_on_are_no_documents(tmp_path):
    """5. … / 6. a notice publishing a catalogue whose entries are numbered 7. and 8. with dates and 主要内容： / 9.: the entries
    are the notice's text (a review: 主要内容： had passed for addressees, 8. for a notice, and 7. lay between two)."""
    docs = parse_file(write(tmp_path, "目录.txt", CATALOGUE))
    assert len(docs) == 3 and docs[1].title.endswith("文件目录的通知") and docs[1].issuers == ["江西省人民政府办公厅"]
    for label in ("办理流程：", "执行标准："):  # (a field's label ending in 程 or 准 no addressees either: a review)
        other = CATALOGUE.replace("主要内容：", label)
        assert len(parse_file(write(tmp_path, "目录2.txt", other))) == 3
    assert "单个机构年度补贴最高不超过300万元" in "".join(c.text for c in docs[1].clauses)


REGULATION = """1. 山东省人民政府办公厅关于印发《山东省2023 年优化营商环境创新突破行动实施方案》的通知（2023 年3 月10 日）
鲁政办字〔2023〕28 号
各市人民政府，省政府各部门、各直属机构：
现将《山东省2023 年优化营商环境创新突破行动实施方案》印发给你们，请认真贯彻执行。
1.深化“一网通办”。全面推行政务服务事项“全程网办”，2023 年6 月底前网上可办率达到95%以上。（责任单位：省大数据局）
2.推行经营范围规范化登记。申请人可通过经营范围规范表述目录自主选择经营范围条目，
登记机关不再进行实质审查。（2023 年12 月31 日）
3.动员部署和摸底调查阶段（2023 年6 月）
各市结合实际制定具体工作方案，明确工作目标、任务分工和时间安排，全面梳理本地区集成服务事项底数，形成问题清单。
2. 淄博市优化营商环境条例（2023 年3 月30 日淄博市第十七届人民代
表大会常务委员会第十次会议通过　2023 年5 月26 日山东省第十四届人民代
表大会常务委员会第三次会议批准）
第一条　为了持续优化营商环境，维护经营主体合法权益，激发经营主体活力，推动经济高质量发展，根据国务院《优化营商环境条例》，制定本条例。
第二条　本市行政区域内的优化营商环境工作，适用本条例。
第三条　市、区县人民政府应当加强对优化营商环境工作的组织领导，完善优化营商环境的政策措施。
3、山东省优化营商环境办法（2023 年5 月10 日省政府第5 次常务会议通过　2023 年5 月20 日
山东省人民政府令第355 号公布　自2023 年7 月1 日起施行）
第一条　为了持续优化营商环境，根据《优化营商环境条例》，制定本办法。
第二条　县级以上人民政府应当加强对优化营商环境工作的领导，建立健全工作协调机制，研究解决重大问题。
第三条　本办法自2023 年7 月1 日起施行。
4. 山东省市场监督管理局关于进一步便利经营主体准入准营的若干措施（2023 年8 月14 日印发）
鲁市监注字〔2023〕102 号
各市市场监管局：
一、推行经营范围规范化登记，申请人可自主选择经营范围条目，登记机关不再进行实质审查，持续提升登记便利度。
二、推行住所承诺制，申请人对住所的真实性、合法性作出承诺即可办理登记，减少证明材料，压缩办理时间。
"""


def test_a_regulations_heading_says_how_it_was_made_after_its_date(tmp_path):
    """（date …会议通过 date …批准）, （date …人民政府令第N号公布 …）, （date 印发）: each a heading, its date the first, its issuer
    (and an order's number) the note's; numbered 3、 as well as 3. A list's item closing a sentence with a date in brackets
    and a plan's stage dated by its month are no headings (a blind test: the regulations had become parts of the
    documents before, an item and a stage documents of their own)."""
    docs = parse_file(write(tmp_path, "山东.txt", REGULATION))
    assert [(d.title[:12], d.date) for d in docs] == [
        ("山东省人民政府办公厅关于", dt.date(2023, 3, 10)), ("淄博市优化营商环境条例", dt.date(2023, 3, 30)),
        ("山东省优化营商环境办法", dt.date(2023, 5, 10)), ("山东省市场监督管理局关于", dt.date(2023, 8, 14))]
    assert [len(d.clauses) for d in docs] == [3, 3, 3, 2]
    assert docs[1].issuers == ["淄博市人民代表大会常务委员会"] and docs[1].doc_number is None
    assert docs[2].issuers == ["山东省人民政府"] and docs[2].doc_number.text == "山东省人民政府令第355号"
    assert docs[2].effective_date == dt.date(2023, 7, 1)
    # the regulation's file alone, as a compilation is cut into documents: the same title, date and issuer
    start = REGULATION.index("2. 淄博市")
    (alone,) = parse_file(write(tmp_path, "淄博.txt", REGULATION[start : REGULATION.index("3、山东省")]))
    assert (alone.title, alone.date, alone.issuers) == ("淄博市优化营商环境条例", dt.date(2023, 3, 30), ["淄博市人民代表大会常务委员会"])
    # a deadline in the bracket (…日前印发) is no heading's date: the heading numbered on, its 文号 below it, is one still (h234)
    late = REGULATION.replace("（2023 年8 月14 日印发）", "（2023 年8 月14 日前印发）")
    assert [d.doc_number.text if d.doc_number else None for d in parse_file(write(tmp_path, "late.txt", late))][-1] == "鲁市监注字〔2023〕102号"
    # and without its 文号 below it, no heading
    unnumbered = late.replace("鲁市监注字〔2023〕102 号\n", "")
    assert len(parse_file(write(tmp_path, "late2.txt", unnumbered))) == 3


def test_a_regulations_announcement_under_a_heading_that_says_how_it_was_made_gives_its_number(tmp_path):
    """…条例（2023年3月30日…常务委员会第二次会议通过） / …常务委员会公告 / 第5号: the announcement's number is the document's,
    as under a heading with its date alone (a blind test: no number, the key a hash of the text)."""
    text = ("1. 江西省优化营商环境条例（2023 年3 月30 日江西省第十四届人民代表大会常务委员会第二次会议通过）\n"
            "江西省人民代表大会常务委员会公告\n第5 号\n"
            "《江西省优化营商环境条例》已由江西省第十四届人民代表大会常务委员会第二次会议于2023 年3 月30 日通过，现予公布，"
            "自2023 年6 月1 日起施行。\n江西省人民代表大会常务委员会\n2023 年3 月30 日\n江西省优化营商环境条例\n第一章 总则\n"
            "第一条 为了持续优化营商环境，根据《优化营商环境条例》，结合本省实际，制定本条例。\n第二条 本条例适用于本省行政区域内的优化营商环境工作。\n")
    (doc,) = parse_file(write(tmp_path, "江西.txt", text))
    assert doc.doc_number.text == "江西省人民代表大会常务委员会公告第5号"
    assert doc.issuers == ["江西省人民代表大会常务委员会"] and doc.date == dt.date(2023, 3, 30)
    assert [c.number for c in doc.clauses] == ["第一条", "第二条"]
    # the announcement under the standing committee's name with its term: one issuer still (a review: two)
    (termed,) = parse_file(write(tmp_path, "江西届.txt", text.replace("\n江西省人民代表大会常务委员会公告", "\n江西省第十四届人民代表大会常务委员会公告")))
    assert termed.issuers == ["江西省人民代表大会常务委员会"] and termed.doc_number.text.endswith("公告第5号")
    # signed by the committee with its term too: one issuer; the number keeps the term (each term numbers from 1)
    signed = text.replace("\n江西省人民代表大会常务委员会公告", "\n江西省第十四届人民代表大会常务委员会公告").replace(
        "\n江西省人民代表大会常务委员会\n2023", "\n江西省第十四届人民代表大会常务委员会\n2023")
    (both,) = parse_file(write(tmp_path, "江西届2.txt", signed))
    assert both.issuers == ["江西省人民代表大会常务委员会"] and "第十四届" in both.doc_number.text


HUBEI_SUBSIDY_BODY = """鄂人社发〔2023〕15 号
各市、州人力资源和社会保障局、财政局：
现将《湖北省2023 年稳岗就业补贴实施办法》印发给你们，请结合实际认真贯彻执行。
湖北省人力资源和社会保障厅
2023 年5 月18 日
一、对招用毕业年度高校毕业生并签订1 年以上劳动合同的企业，每招用1 人补助1500
元。（责任单位：省人社厅）
二、对低保家庭毕业年度高校毕业生，每人发放3000 元求职创业补贴。（责任单位：省
人社厅、省财政厅）
三、各地要加强资金监管，严禁截留挪用，于每季度结束后10 日内报送资金使用情况。
"""
RUNNING_HEAD_IN_HEADING = """# Page 1:
湖北省优化营商环境政策文件汇编
1. 湖北省人民政府办公厅关于印发湖北省2023 年优化营商环境
若干措施的通知（2023 年3 月10 日）
鄂政办发〔2023〕8 号
各市、州、县人民政府，省政府各部门：
现将《湖北省2023 年优化营商环境若干措施》印发给你们，请认真组织实施。
湖北省人民政府办公厅
2023 年3 月10 日
一、推进企业开办全程网上办理，将企业开办时间压缩至1 个工作日以内。（责任单位：
省市场监管局）
二、深化工程建设项目审批制度改革，社会投资简易低风险项目全流程审批时限压减至
15 个工作日以内。（责任单位：省住建厅）
三、推行惠企政策“免申即享”，2023 年12 月底前省级惠企政策“免申即享”事项占比
达到30%以上。（责任单位：省政务办）
2. 湖北省人力资源和社会保障厅关于印发湖北省2023 年稳岗就业
补贴实施办法的通知（2023 年
# Page 2:
湖北省优化营商环境政策文件汇编
5 月18 日）
""" + HUBEI_SUBSIDY_BODY
RUNNING_HEAD_OVER_NUMBER = """# Page 5:
湖北省优化营商环境政策文件汇编
2. 湖北省人力资源和社会保障厅关于印发湖北省2023 年稳岗就业
补贴实施办法的通知（2023 年5 月18 日）
""" + HUBEI_SUBSIDY_BODY + """4. 湖北省人民政府关于同意设立襄阳市营商环境改革试验区的批
复（2023 年6 月2 日）

# Page 6:
湖北省优化营商环境政策文件汇编
鄂政函〔2023〕45 号
襄阳市人民政府：
你市《关于设立襄阳市营商环境改革试验区的请示》（襄政文〔2023〕12 号）收悉。现批
复如下：
一、同意设立襄阳市营商环境改革试验区，试验期为3 年。
二、襄阳市人民政府要切实履行主体责任，每半年向省人民政府报告一次试验进展情况。
此复。
湖北省人民政府
2023 年6 月2 日
"""


def test_a_pages_running_head_inside_a_heading_or_over_its_number_is_passed_over(tmp_path):
    """（2023 年 / # Page 2: / 湖北省优化营商环境政策文件汇编 / 5 月18 日）: the page's running head inside the heading's date;
    4. …的批复（…） / # Page 6: / …汇编 / 鄂政函〔2023〕45 号: over a short reply's 文号 (a blind tester: each document had
    become the text of the one before)."""
    docs = parse_file(write(tmp_path, "湖北1.txt", RUNNING_HEAD_IN_HEADING))
    assert [(d.title[:8], d.date) for d in docs] == [("湖北省人民政府办", dt.date(2023, 3, 10)), ("湖北省人力资源和", dt.date(2023, 5, 18))]
    docs = parse_file(write(tmp_path, "湖北2.txt", RUNNING_HEAD_OVER_NUMBER))
    assert len(docs) == 2 and docs[1].doc_number.text == "鄂政函〔2023〕45号" and docs[1].date == dt.date(2023, 6, 2)
    # a running head with the compilation's year first (a blind test: the heading had been lost, its document merged)
    dated = RUNNING_HEAD_IN_HEADING.replace("湖北省优化营商环境政策文件汇编", "2023 年全国优化营商环境政策汇编")
    docs = parse_file(write(tmp_path, "湖北3.txt", dated))
    assert [(d.title[:8], d.date) for d in docs] == [("湖北省人民政府办", dt.date(2023, 3, 10)), ("湖北省人力资源和", dt.date(2023, 5, 18))]


REVIEWED = ROOT / "tests" / "data"


def _titles_and_dates(name: str) -> list[tuple[str, str | None, int]]:
    return [(d.title[:12], d.date and d.date.isoformat(), len(d.clauses)) for d in parse_file(REVIEWED / f"review27_{name}.txt")]


def test_the_rules_an_amending_decision_lists_with_how_they_were_made_are_no_headings():
    """1.北京市建设工程施工许可管理办法（2004年6月18日北京市人民政府令第152号公布） / 将第五条修改为…: an item of the decision,
    not a regulation's heading (no 第一条 under it); and alone in its file, the decision's item (a review: made documents)."""
    assert _titles_and_dates("comp_amend") == [("北京市人民政府办公厅关于", "2023-05-12", 4), ("北京市人民政府关于修改部", "2023-06-02", 2),
                                               ("北京市人民政府关于进一步", "2023-07-03", 4)]
    (decision,) = parse_file(REVIEWED / "review27_repeal_rules.txt")
    assert [c.path for c in decision.clauses] == ["1", "2", "3"] and decision.title == "北京市人民政府关于废止部分政府规章的决定"


def test_a_list_of_notices_ending_a_sections_last_document_stays_its_own():
    """3.北京市人民政府关于印发…的通知（2023年8月3日） as the last item of the section's last document: no notice is printed
    under it (no addressees, no signature), so no short document (a review: split off)."""
    assert [t for t, _, _ in _titles_and_dates("comp_last")] == ["北京市人民政府关于进一步", "北京市人民政府办公厅关于",
                                                                "天津市人民政府关于印发《", "天津市人民政府办公厅关于"]


def test_a_heading_dated_by_its_month_whose_title_names_a_plan_is_a_heading():
    """2. 北京市推动数字经济高质量发展三年行动计划（2023—2025年）（2023 年6 月）: a plan (计划, its years after it) names a
    document (a review: merged into the document before)."""
    assert [t for t, _, _ in _titles_and_dates("comp_month_only")] == ["北京市人民政府办公厅关于", "北京市推动数字经济高质量", "北京市人民政府关于进一步"]


@pytest.mark.parametrize("name,titles", [
    # a short document last in its section: a 公告 without addressees, a notice with lines after its date, a decision
    # published by an order without a date line (a second review: they had become the closing text before them)
    ("short_last_gonggao", ["南昌市人民政府关于调整南", "南昌市人民政府办公厅关于", "南昌市人力资源和社会保障"]),
    ("short_last_tail_lines", ["南昌市人民政府关于调整南", "南昌市人民政府办公厅关于", "南昌市人力资源和社会保障"]),
    ("short_order_last", ["北京市人民政府办公厅关于", "北京市人民政府关于废止部", "天津市人民政府关于进一步"]),
    # notes of issuing (…省市场监管局印发）, …日公布）), a regulation whose amendment note or order's words come first, a
    # congress's decision with its preamble: headings (they had become parts of the documents before)
    ("note_issuer_yinfa", ["山东省人民政府办公厅关于", "山东省市场监督管理局关于", "山东省人力资源和社会保障"]),
    ("note_gongbu", ["山东省人民政府办公厅关于", "山东省市场监督管理局关于", "山东省人力资源和社会保障"]),
    ("note_reg_amended", ["山东省人民政府办公厅关于", "淄博市优化营商环境条例", "山东省人力资源和社会保障"]),
    ("note_order_then_preamble", ["山东省人民政府办公厅关于", "山东省优化营商环境办法", "山东省人力资源和社会保障"]),
    ("note_renda_decision", ["山东省人民政府办公厅关于", "山东省人民代表大会常务委", "山东省人力资源和社会保障"]),
    # a plan's steps dated by their month (1.编制年度推进计划（2023 年6 月））, an amendment listed as 第一条修改为…, and
    # headings numbered 1、 2、 3、: no documents made, none lost
    ("month_stage_kinds", ["北京市人民政府办公厅关于", "北京市人力资源和社会保障", "北京市市场监督管理局关于"]),
    ("amend_first_article", ["北京市人民政府办公厅关于", "北京市人民政府关于修改部", "北京市人民政府关于进一步"]),
    ("dun_headings", ["南昌市人民政府关于调整南", "南昌市人力资源和社会保障", "南昌市人民政府办公厅关于"]),
])
def test_a_second_reviews_compilations_split_into_their_documents(name, titles):
    assert [d.title[:12] for d in parse_file(REVIEWED / f"review27b_{name}.txt")] == titles


def test_a_plans_steps_numbered_with_a_dun_and_dated_are_no_headings():
    """1、全面动员部署和摸底排查阶段（2023年6月30日）: a step, not a document (a review: three made, the next real document
    lost in the last step); N、 heads a document only where its title names one."""
    assert [d.title[:12] for d in parse_file(REVIEWED / "review27_comp_stages2.txt")] == [
        "北京市人民政府办公厅关于", "北京市人民政府办公厅关于", "北京市人民政府关于进一步"]


@pytest.mark.parametrize("section", ["（二十六）西藏\n", "# Page 1811:\n（二十六）西藏\n# Page 1812:\n", "三、西南\n（一）西藏\n"])
def test_one_document_under_its_compilations_section_line_keeps_its_title(tmp_path, section):
    """（二十六）西藏 / 1. …的通知（date） / 文号: the section's line is the compilation's, not the document's first line (two
    blind tests: the title and 文号 had been lost, the 文号 cited as another's); offsets still point into the file."""
    text = (section + "1. 西藏自治区人力资源和社会保障厅关于\n进一步做好稳就业工作若干措施的通知（2023 年6 月\n8 日）\n藏人社发〔2023〕47 号\n"
            "各地（市）人力资源社会保障局：\n一、支持企业吸纳就业\n（一）对吸纳高校毕业生就业的企业，按每人每月500 元给予补贴。（责任单位：区人社厅）\n")
    path = write(tmp_path, "西藏.txt", text)
    (doc,) = parse_file(path)
    assert doc.title == "西藏自治区人力资源和社会保障厅关于进一步做好稳就业工作若干措施的通知"
    assert doc.doc_number.text == "藏人社发〔2023〕47号" and doc.date == dt.date(2023, 6, 8)
    assert not any(r.doc_number and r.doc_number.text == "藏人社发〔2023〕47号" for r in doc.references)
    (amount,) = doc.clauses[0].amounts
    assert text[amount.span.start : amount.span.end] == amount.span.text == "500 元"


def test_the_next_sections_first_heading_cut_at_the_files_end_is_no_part_of_the_document(tmp_path):
    """…三、本通知自…施行。 / （六）浙江 / 1. 浙江省人民政府办公厅关于印发…科技创新: the next section's first document, cut
    mid-title (a blind test: it had been the last clause, its words leaking into the document)."""
    text = ("5. 江苏省市场监督管理局关于推行首违不罚清单制度的通知（2023 年6 月20 日）\n苏市监规〔2023〕4 号\n各设区市市场监管局：\n"
            "一、适用范围\n本通知适用于全省各级市场监管部门。\n二、工作要求\n（一）各设区市市场监管局要在2023 年7 月31 日前完成清单公布工作。\n"
            "三、本通知自2023 年7 月1 日起施行。\n\n# Page 839:\n（六）浙江\n1. 浙江省人民政府办公厅关于印发浙江省加快推进“315”科技创新\n")
    (doc,) = parse_file(write(tmp_path, "江苏.txt", text))
    assert not any("浙江" in c.text for c in doc.clauses)
    # 一、适用范围 / 本通知适用于…: the section's text, not the closing (the same blind test)
    assert doc.clauses[0].text.replace("\n", "") == "一、适用范围本通知适用于全省各级市场监管部门。"


@pytest.mark.parametrize("before", ["优化营商环境政策文件汇编（2023）·下册\n",
                                    "（七）湖北\n1. 湖北省人民政府关于印发湖北省优化营商环境行动计划的通知（2023 年1 月19 日）…………… 801\n# Page 815:\n",
                                    "（五）做好宣传解读。\n湖北省发展和改革委员会\n2023 年6 月12 日\n"])
def test_a_documents_heading_after_a_compilations_title_contents_or_the_end_of_another(tmp_path, before):
    """…政策文件汇编（2023）·下册, a contents page, the end of the document before (its signature): none the document's (a
    blind test: its title and 文号 lost, the signature's date and issuer taken); a heading-less text whose first item cites a
    dated title is left whole (a review)."""
    heading = ("3. 湖北省商务厅关于做好2023 年外贸企业服务工作的通知（2023 年4 月3 日）\n鄂商务发〔2023〕15 号\n各市、州商务主管部门：\n"
               "一、对新认定的外贸企业给予一次性奖励5 万元。（责任单位：省商务厅）\n")
    (doc,) = parse_file(write(tmp_path, "湖北.txt", before + heading))
    assert (doc.title, doc.doc_number.text, doc.date) == ("湖北省商务厅关于做好2023年外贸企业服务工作的通知", "鄂商务发〔2023〕15号",
                                                          dt.date(2023, 4, 3))
    assert [c.text[:2] for c in doc.clauses] == ["一、"]
    items = "一、重点任务\n1. 认真贯彻落实某省人民政府关于进一步做好稳就业工作的通知（2023 年6 月8 日）精神。\n2. 加强督促检查。\n"
    (doc,) = parse_file(write(tmp_path, "items.txt", items))
    assert doc.title in ("", None) and len(doc.clauses) == 2


@pytest.mark.parametrize("head", ["福建", "（十七）福建"])
def test_a_sections_place_printed_once_as_a_running_head_is_left_out(tmp_path, head):
    """（十七）福建 / … / 省市场监 / # Page 612: / 福建 / 管局: the section's place atop one page of a short section is its running head
    (a blind test: glued into the unit, 省市场监福建管局, into the next section's document's title, and after a document's
    last line)."""
    text = ("（十七）福建\n1. 福建省人民政府办公厅关于进一步优化政务服务的通知（2023 年4 月18 日）\n闽政办〔2023〕15 号\n各设区市人民政府：\n"
            "一、深化集成改革。推出一批集成服务事项。（牵头单位：省市场监\n\n# Page 612:\n{head}\n管局；责任单位：省公安厅）\n"
            "二、强化监督考核。省效能办每季度开展督查。（责任单位：省效能办）\n福建省人民政府办公厅\n2023 年4 月18 日\n\n# Page 613:\n福建\n"
            "（十八）江西\n1. 江西省人民政府办公厅关于印发江西省支持个体工商户\n\n# Page 656:\n江西\n高质量发展若干措施的通知（2023 年5 月26 日）\n"
            "赣府厅字〔2023〕40 号\n各市人民政府：\n一、减轻经营负担。对个体工商户给予补助。（责任单位：省财政厅）\n"
            "二、优化登记服务。推行登记便利化。（责任单位：省市场监管局）\n江西省人民政府办公厅\n2023 年5 月26 日\n").replace("{head}", head)
    fujian, jiangxi = parse_file(write(tmp_path, "c.txt", text))  # (the section line itself atop a page too: a blind test)
    assert [u.name for u in fujian.clauses[0].units] == ["省市场监管局", "省公安厅"]
    assert not fujian.segments[-1].text.rstrip().endswith("福建")
    assert jiangxi.title == "江西省人民政府办公厅关于印发江西省支持个体工商户高质量发展若干措施的通知"


def test_a_sections_place_elsewhere_than_beside_a_page_mark_stays(tmp_path):
    """首批试点地区为： / 福建 / 江西 / 浙江 in a national notice, the compilation having a （十七）福建 section: the places stay
    (a review: every line equal to a section's place had been dropped)."""
    text = ("（一）国家层面\n1. 国务院办公厅关于开展营商环境创新试点工作的通知（2023 年3 月1 日）\n国办发〔2023〕10 号\n"
            "各省、自治区、直辖市人民政府：\n一、确定试点地区。首批试点地区为：\n福建\n江西\n浙江\n二、加强组织实施。各试点地区要制定实施方案。\n"
            "国务院办公厅\n2023 年3 月1 日\n\n# Page 5:\n国家层面\n（十七）福建\n1. 福建省人民政府办公厅关于进一步优化政务服务的通知（2023 年4 月18 日）\n"
            "闽政办〔2023〕15 号\n各设区市人民政府：\n一、深化集成改革。推出一批集成服务事项。（牵头单位：省市场监管局）\n"
            "二、强化监督考核。省效能办每季度开展督查。（责任单位：省效能办）\n福建省人民政府办公厅\n2023 年4 月18 日\n")
    national, fujian = parse_file(write(tmp_path, "c.txt", text))
    assert national.clauses[0].text.endswith("福建\n江西\n浙江") or national.clauses[0].text.endswith("福建江西浙江")
    assert fujian.doc_number.text == "闽政办〔2023〕15号"


def test_an_interpretation_headed_with_a_month_alone_is_a_document_of_its_own(tmp_path):
    """2. 《…若干措施》政策解读（2023 年4 月）: an interpretation names a document, whatever its date leaves out (h161: read into the
    notice before it, whose term it then took)."""
    text = ("1. 福建省人民政府办公厅关于印发福建省支持中小微企业若干措施的通知（2023 年6 月16 日）\n闽政办〔2023〕41 号\n"
            "各设区市人民政府，省人民政府各部门：\n现将《福建省支持中小微企业若干措施》印发给你们，请认真组织实施。\n"
            "福建省人民政府办公厅\n2023 年6 月16 日\n福建省支持中小微企业若干措施\n一、加大财政金融支持力度\n"
            "（一）实施融资担保降费奖补。省级财政按照年化担保额的0.5%给予担保机构补助。（省财政厅牵头）\n"
            "本措施自印发之日起施行，有效期至2024 年12 月31 日。\n"
            "2. 《江西省降低经营主体成本若干措施》政策解读（2023 年4 月）\n近日，江西省人民政府印发了《江西省降低经营主体成本若干措施》。\n"
            "问：《若干措施》的执行期限是多久？\n答：《若干措施》自2023 年4 月1 日起施行，有效期2 年。\n")
    notice, interpretation = parse_file(write(tmp_path, "two.txt", text))
    assert interpretation.title == "《江西省降低经营主体成本若干措施》政策解读"
    assert notice.expiry_date == dt.date(2024, 12, 31)


def test_a_part_then_a_section_place_as_a_running_head_is_blanked(tmp_path):
    """地方篇·四川 atop the pages of the section （二十三）四川 (h166: glued into clauses, even before a document's heading)."""
    book = "2023 年优化营商环境政策文件汇编\n"  # (even pages: the book's title; odd pages: the part's and section's)
    text = ("（二十三）四川\n1. 四川省发展和改革委员会关于做好民间投资项目服务工作的通知（2023 年6 月12 日）\n川发改投资〔2023〕188 号\n"
            "各市（州）发展改革委：\n现将有关事项通知如下。\n一、加强项目推介\n（一）建立项目库。各地要建立民间投资项目库，及时更新项\n"
            "· 1600 ·\n\n# Page 1601:\n地方篇·四川\n目信息。（二）开展推介活动。定期组织民间投资项目推介会，\n· 1601 ·\n\n# Page 1602:\n"
            + book + "搭建银企对接平台。（责任单位：省发展改革委）\n四川省发展和改革委员会\n2023 年6 月12 日\n"
            "· 1602 ·\n\n# Page 1603:\n地方篇·四川\n2. 四川省发展和改革委员会关于开展项目推介的通知（2023 年7 月2 日）\n川发改投资〔2023〕199 号\n"
            "各市（州）发展改革委：\n现将有关事项通知如下。\n一、定期组织推介会。\n· 1603 ·\n\n# Page 1604:\n" + book
            + "（责任单位：省发展改革委）\n四川省发展和改革委员会\n2023 年7 月2 日\n")
    documents = parse_file(write(tmp_path, "sc.txt", text))
    assert len(documents) == 2
    assert not any("地方篇" in c.text for d in documents for c in d.clauses)
    assert "及时更新项目信息" in documents[0].clauses[0].text


def test_an_undated_heading_numbered_on_with_its_number_line_below_is_a_document(tmp_path):
    """1. …（date） / 2. 无锡市…的通知 / 锡市监发〔2023〕12 号 / … / 3. …（date） (h234: no date, run into the document before, its units
    placed in the wrong city); a list of texts repealed inside a document (1.…的通知 / 皖政〔2020〕5号) stays that document's."""
    body = ("各有关单位：\n为进一步优化服务，现就有关事项通知如下：\n一、提高补贴标准。对吸纳见习人员的见习单位，按每人每月1368 元发放见\n"
            "习补贴。（责任单位：市人社局、市财政局）\n二、做好就业服务。见习人员被正式录用的，见习单位可申领一次性吸纳就业补\n"
            "贴，每人1500 元。（责任单位：市人社局）\n")
    text = (f"1. 苏州市人民政府办公室关于做好就业见习工作的通知（2023 年4 月18 日）\n苏府办〔2023〕45 号\n{body}苏州市人民政府办公室\n2023 年4 月18 日\n"
            f"2. 无锡市市场监督管理局关于进一步优化个体工商户登记服务的通知\n锡市监发〔2023〕12 号\n{body}无锡市市场监督管理局\n2023 年7 月3 日\n"
            f"3. 常州市人民政府关于降低企业成本的通知（2023 年8 月2 日）\n常政发〔2023〕67 号\n{body}常州市人民政府\n2023 年8 月2 日\n")
    docs = parse_file(write(tmp_path, "c.txt", text))
    assert [(d.doc_number.text, d.date) for d in docs] == [("苏府办〔2023〕45号", dt.date(2023, 4, 18)), ("锡市监发〔2023〕12号", dt.date(2023, 7, 3)),
                                                         ("常政发〔2023〕67号", dt.date(2023, 8, 2))]
    assert docs[1].clauses[0].units[0].canonical == "无锡市人力资源和社会保障局"
    repeal = ("5. 安徽省人民政府关于废止部分文件的决定（2023 年5 月8 日）\n皖政〔2023〕9 号\n各市人民政府：\n省政府决定废止以下文件：\n"
              "1. 安徽省人民政府关于促进就业的通知\n皖政〔2020〕5 号\n2. 安徽省人民政府关于支持创业的通知\n皖政〔2021〕8 号\n本决定自印发之日起施行。\n")
    assert len(parse_file(write(tmp_path, "r.txt", repeal))) == 1


def test_a_list_of_texts_with_their_numbers_inside_a_document_opens_no_document(tmp_path):
    """1. …决定（date） / 省政府决定废止以下文件： / 1. …的通知（date） / 皖政〔2020〕5号 / 2. …的通知 / 皖政〔2021〕8号 / … / 2. 合肥市…（date）
    (the review of the undated-heading rule: the list's second entry a heading, the next document lost): an entry after a 文号
    line opens none."""
    text = ("1. 安徽省人民政府关于废止部分文件的决定（2023 年5 月8 日）\n皖政〔2023〕9 号\n各市人民政府：\n省政府决定废止以下文件：\n"
            "1. 安徽省人民政府关于促进就业的通知（2020 年3 月5 日）\n皖政〔2020〕5 号\n2. 安徽省人民政府关于支持创业的通知\n皖政〔2021〕8 号\n"
            "3. 安徽省人民政府关于稳定外贸的通知\n皖政〔2021〕12 号\n本决定自印发之日起施行。\n安徽省人民政府\n2023 年5 月8 日\n"
            "2. 合肥市人民政府关于促进就业的通知（2023 年6 月1 日）\n合政〔2023〕8 号\n各有关单位：\n一、加强就业服务。组织招聘活动。\n"
            "二、落实补贴政策。按规定发放补贴。\n合肥市人民政府\n2023 年6 月1 日\n")
    assert "合政〔2023〕8号" in [d.doc_number.text for d in parse_file(write(tmp_path, "c1.txt", text)) if d.doc_number]


def test_undated_headings_each_with_its_number_and_addressees_under_are_documents(tmp_path):
    """1.…的通知 / 桐人社〔2024〕15号 / 各乡镇人民政府…： / … / 2024年4月8日 / 2.…的通知 / 桐人社联〔2024〕3号 / … (h298 F3: a printed
    compilation's notices dated by their signatures alone had been one untitled document, the second's items clauses of the
    first); a list of texts repealed, each with its 文号 and no addressees under it, opens none."""
    text = ("1.桐庐县人力资源和社会保障局关于做好2024年失业保险稳岗返还工作的通知\n桐人社〔2024〕15号\n各乡镇人民政府、街道办事处，各参保企业：\n"
            "现就我县2024年稳岗返还工作通知如下：\n一、返还标准\n中小微企业按上年度实际缴纳失业保险费的60%返还，大型企业按30%返还。\n"
            "二、办理方式\n由县社会保险服务中心比对筛选，于2024年7月31日前将资金拨付至企业对公账户。\n桐庐县人力资源和社会保障局\n2024年4月8日\n"
            "2.桐庐县人力资源和社会保障局 桐庐县财政局关于开展2024年度创业担保贷款贴息申报工作的通知\n桐人社联〔2024〕3号\n"
            "各乡镇人民政府、街道办事处，各经办银行：\n现就2024年度创业担保贷款贴息申报工作通知如下：\n"
            "（一）贴息标准。按实际支付利息的50%给予贴息，贴息期限不超过3年。\n（二）申报时间。2024年5月6日至5月31日，逾期不予受理。\n"
            "桐庐县人力资源和社会保障局　　桐庐县财政局\n2024年4月22日\n")
    docs = parse_file(write(tmp_path, "c.txt", text))
    assert [(d.doc_number.text, d.date) for d in docs] == [("桐人社〔2024〕15号", dt.date(2024, 4, 8)), ("桐人社联〔2024〕3号", dt.date(2024, 4, 22))]
    assert docs[1].title.endswith("创业担保贷款贴息申报工作的通知") and len(docs[1].issuers) == 2
    assert [c.heading for c in docs[1].clauses] == ["贴息标准", "申报时间"]
    repeal = ("安徽省人民政府关于废止部分文件的决定\n皖政〔2023〕9 号\n各市人民政府：\n省政府决定废止以下文件：\n"
              "1. 安徽省人民政府关于促进就业的通知\n皖政〔2020〕5 号\n2. 安徽省人民政府关于支持创业的通知\n皖政〔2021〕8 号\n"
              "以上文件自本决定印发之日起废止，各地各部门不再执行，此前有关规定与本决定不一致的，以本决定为准。\n安徽省人民政府\n2023 年5 月8 日\n")
    assert [d.doc_number.text for d in parse_file(write(tmp_path, "r.txt", repeal))] == ["皖政〔2023〕9号"]


UNNUMBERED_NOTICES = (
    "桐庐县人力资源和社会保障局关于做好2024 年失业保险稳岗返\n还工作的通知\n桐人社〔2024〕15 号\n各乡镇人民政府、街道办事处，各参保企业：\n"
    "现就我县2024 年稳岗返还工作通知如下：\n一、返还标准\n中小微企业按上年度实际缴纳失业保险费的60%返还，大型企业按30%返还。\n"
    "二、办理方式\n由县社会保险服务中心比对筛选，于2024 年7 月31 日前将资金拨付至企业对公账户。\n桐庐县人力资源和社会保障局\n2024 年4 月8 日\n"
    "（联系人：王晓东，联系电话：0571-64212345）\n"
    "桐庐县人力资源和社会保障局 桐庐县财政局关于开展2024 年度\n创业担保贷款贴息申报工作的通知\n桐人社联〔2024〕3 号\n"
    "各乡镇人民政府、街道办事处，各经办银行：\n现就2024 年度创业担保贷款贴息申报工作通知如下：\n"
    "（一）贴息标准。按实际支付利息的50%给予贴息，贴息期限不超过3 年。\n·2·\n桐庐县就业创业政策文件汇编\n"
    "（二）申报时间。2024 年5 月6 日至5 月31 日，逾期不予受理。\n桐庐县人力资源和社会保障局　　桐庐县财政局\n2024 年4 月22 日\n·3·\n"
    "桐庐县就业创业政策文件汇编\n三、培训政策\n桐庐县企业新型学徒制培训补贴实施细则\n（2024 年5 月20 日）\n"
    "第一条 为规范企业新型学徒制培训补贴工作，制定本细则。\n第二条 中级工每人每年5000 元，高级工每人每年6000 元。\n"
    "第三条 本细则自发布之日起施行。\n·4·\n")
UNNUMBERED_CONTENTS = ("桐庐县就业创业政策文件汇编\n（2024 年第一辑）\n桐庐县人力资源和社会保障局 编\n2024 年6 月\n目 录\n"
                       "桐庐县人力资源和社会保障局关于做好2024 年失业保险稳岗返\n还工作的通知…………………………1\n"
                       "桐庐县人力资源和社会保障局 桐庐县财政局关于开展2024 年度\n创业担保贷款贴息申报工作的通知………………2\n"
                       "桐庐县企业新型学徒制培训补贴实施细则……………………………3\n·1·\n桐庐县就业创业政策文件汇编\n")


@pytest.mark.parametrize("contents", [True, False])
def test_a_compilation_without_numbered_headings_is_split_at_each_documents_title(tmp_path, contents):
    """h298 F3's variant: a compilation whose documents carry no `N.` heading, each opening with its own title (wrapped),
    after the signature's date (or its contact note) of the one before or after the cover and its 目录, then its 文号 and
    addressees, or its date in brackets under it: each a document (all had been one, the 目录's entries its preamble, the
    second notice a section a1 of the first); with the 目录, the last (no 文号, its date under its title) too; without it,
    the 细则 under the section line after a page break and its dated title is found by its shape."""
    text = (UNNUMBERED_CONTENTS if contents else "") + UNNUMBERED_NOTICES
    docs = parse_file(write(tmp_path, "c.txt", text))
    assert [(d.title, d.doc_number.text if d.doc_number else None, d.date) for d in docs] == [
        ("桐庐县人力资源和社会保障局关于做好2024年失业保险稳岗返还工作的通知", "桐人社〔2024〕15号", dt.date(2024, 4, 8)),
        ("桐庐县人力资源和社会保障局 桐庐县财政局关于开展2024年度创业担保贷款贴息申报工作的通知", "桐人社联〔2024〕3号", dt.date(2024, 4, 22)),
        ("桐庐县企业新型学徒制培训补贴实施细则", None, dt.date(2024, 5, 20))]
    assert [c.heading for c in docs[1].clauses] == ["贴息标准", "申报时间"] and len(docs[1].issuers) == 2
    assert not any("目录" in c.text or "汇编" in c.text or "培训政策" in c.text for d in docs for c in d.clauses)
    assert docs[0].effective_date is None and docs[2].effective_date == dt.date(2024, 5, 20)


FORWARDING = ("桐庐县人力资源和社会保障局关于转发省人力社保厅关于做好2024年失业保险稳岗返还工作的通知的通知\n桐人社〔2024〕16号\n"
              "各乡镇人民政府、街道办事处：\n现将省厅文件转发给你们，请认真贯彻执行。\n桐庐县人力资源和社会保障局\n2024年4月10日\n")
FORWARDED = ("浙江省人力资源和社会保障厅关于做好2024年失业保险稳岗返还工作的通知\n浙人社发〔2024〕21号\n各市人力资源和社会保障局：\n"
             "现就2024年稳岗返还工作通知如下：\n一、返还标准。中小微企业按上年度实际缴纳失业保险费的60%返还。\n浙江省人力资源和社会保障厅\n2024年3月28日\n")
ANNEXED = ("桐庐县人力资源和社会保障局关于做好2024年失业保险稳岗返还工作的通知\n桐人社〔2024〕15号\n各乡镇人民政府、街道办事处：\n"
           "一、返还标准。中小微企业按上年度实际缴纳失业保险费的60%返还。\n附件：浙江省人力资源和社会保障厅关于做好2024年失业保险稳岗返还工作的通知\n"
           "桐庐县人力资源和社会保障局\n2024年4月8日\n附件\n")


def test_a_forwarded_or_annexed_notice_printed_whole_is_no_compilations_document(tmp_path):
    """h298 F3's variant, the negative: a notice printed whole after a notice that forwards it (转发…关于X的通知的通知, the issuer
    cut short) stays the forwarded document, its notice forwarding it, and a notice after the two is a document of its own;
    a notice printed under its 附件 label is the annex of the document before (no document of its own)."""
    other = "桐庐县人力资源和社会保障局关于做好2024年就业见习工作的通知\n桐人社〔2024〕19号\n各有关单位：\n一、见习补贴。按每人每月1400元发放。\n桐庐县人力资源和社会保障局\n2024年4月18日\n"
    docs = parse_file(write(tmp_path, "f.txt", FORWARDING + FORWARDED + other))
    assert [d.doc_number.text for d in docs] == ["桐人社〔2024〕16号", "浙人社发〔2024〕21号", "桐人社〔2024〕19号"]
    assert docs[0].forwards == [docs[1].key] and docs[2].forwards == []
    annexed = parse_file(write(tmp_path, "a.txt", ANNEXED + FORWARDED))
    assert [d.doc_number.text for d in annexed] == ["桐人社〔2024〕15号"]


HUNAN_NOTICE = ("湖南省人力资源和社会保障厅 湖南省财政厅关于做好2024年失业保险稳岗返还工作的通知\n湘人社规〔2024〕5号\n各市州人力资源和社会保障局、财政局：\n"
                "一、返还标准。中小微企业按上年度实际缴纳失业保险费的60%返还，大型企业按30%返还。\n"
                "二、办理方式。由各地社会保险经办机构比对筛选，于2024年7月31日前将资金拨付至企业对公账户。\n"
                "湖南省人力资源和社会保障厅 湖南省财政厅\n2024年3月1日\n")


@pytest.mark.parametrize("title, sentence", [
    ("关于转发稳岗返还文件的通知", "现将省厅文件转发给你们，请认真贯彻执行。"),
    ("关于转发湘人社规〔2024〕5号文件的通知", "现将省厅文件转发给你们，请认真贯彻执行。"),
    ("关于转发稳岗返还文件的通知", "现将《湖南省人力资源和社会保障厅 湖南省财政厅关于做好2024年度失业保险稳岗返还工作的通知》转发给你们，请认真贯彻执行。")])
def test_a_notice_forwarding_the_text_under_its_signature_is_not_cut_from_it(tmp_path, title, sentence):
    """Review of h298 F3's variant (0e427d7): a notice saying it forwards a text (转发 in its title or first sentence), the text
    printed whole under its signature, is read as split_parts reads it, the notice forwarding the text, whatever words name
    the text (a short name, its 文号, 《…2024年度…》 for the printed 2024年); the split by titles had cut them apart
    (forwards=[]) unless the notice's first lines held the title from 关于 on word for word."""
    notice = (f"株洲市人力资源和社会保障局{title}\n株人社发〔2024〕5号\n各县市区人力资源和社会保障局：\n{sentence}\n"
              "株洲市人力资源和社会保障局\n2024年3月20日\n")
    docs = parse_file(write(tmp_path, "f.txt", notice + HUNAN_NOTICE))
    assert [d.doc_number.text for d in docs] == ["株人社发〔2024〕5号", "湘人社规〔2024〕5号"]
    assert docs[0].forwards == [docs[1].key] and docs[1].date == dt.date(2024, 3, 1) and len(docs[1].issuers) == 2


ISSUING_NOTICE = ("株洲市人民政府办公室关于印发创业担保贷款实施办法的通知\n株政办发〔2022〕9号\n各县市区人民政府，市政府各局委办：\n"
                  "经市人民政府同意，现将该办法印发给你们，请认真贯彻执行。\n株洲市人民政府办公室\n2022年3月8日\n（此件主动公开）\n"
                  "株洲市创业担保贷款实施办法\n（2022年3月8日）\n第一条 为规范创业担保贷款管理，制定本办法。\n"
                  "第二条 符合条件的个人最高可申请20万元贷款。\n第三条 本办法自2022年4月1日起施行。\n·2·\n")
INTERNSHIP_NOTICE = ("株洲市人力资源和社会保障局关于做好2024年就业见习工作的通知\n株人社发〔2024〕6号\n各县市区人力资源和社会保障局：\n"
                     "一、补贴标准。见习补贴按每人每月1400元标准发放。\n二、工作要求。各县市区要及时将本通知转发至辖区各见习基地。\n"
                     "株洲市人力资源和社会保障局\n2024年2月26日\n")


def test_a_text_issued_under_its_notices_signature_stays_the_notices_a_task_to_forward_does_not(tmp_path):
    """Review of h298 F3's variant (0e427d7): a text printed under the signature of a notice issuing it (关于印发…, 现将该办法印发
    给你们), dated under its title, is that notice's (one document, as split_parts reads it), though the notice names it short;
    a notice asking in an item that it be forwarded (要及时将本通知转发…) forwards nothing, the text after it a document of its
    own, and so is a notice after the issued text's end (附件 / X / 第一条… / page: not under the signature at once)."""
    docs = parse_file(write(tmp_path, "i.txt", ISSUING_NOTICE + INTERNSHIP_NOTICE))
    assert [d.doc_number.text for d in docs] == ["株政办发〔2022〕9号", "株人社发〔2024〕6号"]
    assert any("20万元" in c.text for c in docs[0].clauses) and not docs[0].forwards
    annexed = ISSUING_NOTICE.replace("株洲市创业担保贷款实施办法\n（2022年3月8日）\n", "附件\n株洲市创业担保贷款实施办法\n")
    docs = parse_file(write(tmp_path, "a.txt", annexed + INTERNSHIP_NOTICE))  # (the notice after the annexed text: no text issued)
    assert [d.doc_number.text for d in docs] == ["株政办发〔2022〕9号", "株人社发〔2024〕6号"]
    docs = parse_file(write(tmp_path, "t.txt", INTERNSHIP_NOTICE + HUNAN_NOTICE))
    assert [d.doc_number.text for d in docs] == ["株人社发〔2024〕6号", "湘人社规〔2024〕5号"]
    assert docs[0].forwards == [] and docs[1].date == dt.date(2024, 3, 1)


LEVEL_CONTENTS = ("目  录\n二、省级政策\n四川省人力资源和社会保障厅关于做好2023 年就业见习工作的\n通知………………………………………………4\n"
                  "三、市级政策\n德阳市人民政府办公室关于印发《德阳市就业见习管理办法》\n的通知…………………………………………9\n"
                  "德阳市人力资源和社会保障局 德阳市财政局关于做好2023 年\n高校毕业生求职创业补贴发放工作的通知………………11\n")
LEVEL_PAGES = (
    "\n# Page 11:\n{head}\n三、市级政策\n德阳市人民政府办公室关于印发《德阳市就业见习\n管理办法》的通知\n德府办发〔2023〕12 号\n"
    "各县（市、区）人民政府，市级有关部门：\n　　《德阳市就业见习管理办法》已经市政府同意，现印发给你们，请认\n真贯彻执行。\n"
    "　　　　　　　　德阳市人民政府办公室\n　　　　　　　　　2023 年7 月14 日\n德阳市就业见习管理办法\n"
    "　　第一条 为规范就业见习管理，帮助青年提升就业能力，结合我市实际，\n制定本办法。\n"
    "　　第二条 见习补贴标准为每人每月1600 元，由财政部门按月拨付给见\n习单位。见习单位应为见习人员配备带教师傅，提供“一人一岗”“一\n"
    "— 9 —\n\n# Page 12:\n{even}\n人一策”指导服务。\n　　第三条 本办法自2023 年8 月1 日起施行，有效期5 年。\n— 10 —\n\n"
    "# Page 13:\n{head}\n德阳市人力资源和社会保障局 德阳市财政局关于\n做好2023 年高校毕业生求职创业补贴发放工作的\n通知\n"
    "德人社发〔2023〕33 号\n各县（市、区）人力资源社会保障局、财政局，各高等院校：\n　　现就做好我市2023 年高校毕业生求职创业补贴发放工作通知如下。\n"
    "　　一、补贴标准\n　　按每人1500 元的标准一次性发放求职创业补贴。\n　　二、申领时间\n"
    "　　2023 年9 月1 日至10 月31 日，毕业生通过“四川公共招聘网”在\n线申请，逾期不予受理。\n"
    "　　　　德阳市人力资源和社会保障局　　　德阳市财政局\n　　　　　　　　　2023 年8 月25 日\n— 11 —\n")


BOOK = "德阳市就业创业政策汇编（2023 年版）"


@pytest.mark.parametrize("odd, even", [("市级政策", BOOK), (BOOK, "市级政策"), (BOOK, BOOK)])
def test_a_sections_name_as_the_running_head_of_its_pages_is_left_out(tmp_path, odd, even):
    """h323 F1, F2: a book alternating its running heads, its title on one page and the section's name the 目录 lists
    (三、市级政策) on the next, prints `市级政策` atop a page: it is a head, left out, not glued into a clause
    (“一市级政策人一策”), nor does it stop the split there (the next notice had become the last article of the one before,
    in a file of two one untitled document without a 文号), on odd pages or once; the book's title alone reads the same."""
    text = "\n# Page 2:\n" + LEVEL_CONTENTS + LEVEL_PAGES.format(head=odd, even=even)
    docs = parse_file(write(tmp_path, "c.txt", text))
    assert [(d.doc_number.text if d.doc_number else None, d.date) for d in docs] == [
        ("德府办发〔2023〕12号", dt.date(2023, 7, 14)), ("德人社发〔2023〕33号", dt.date(2023, 8, 25))]
    assert docs[0].clauses[1].text.endswith("提供“一人一岗”“一人一策”指导服务。")
    assert docs[0].clauses[-1].text == "第三条本办法自2023年8月1日起施行，有效期5年。"
    assert docs[1].title.endswith("求职创业补贴发放工作的通知") and [c.heading for c in docs[1].clauses] == ["补贴标准", "申领时间"]


def test_a_line_atop_a_page_naming_no_section_the_contents_list_stays(tmp_path):
    """h323 F1's negative: only the section lines the 目录 lists name running heads (not a document's own item, 一、补贴标准);
    a bare line atop a page naming a section the 目录 does not list stays text."""
    text = "\n# Page 2:\n" + LEVEL_CONTENTS.replace("三、市级政策", "三、本级政策") + LEVEL_PAGES.format(head="市级政策", even=BOOK)
    docs = parse_file(write(tmp_path, "c.txt", text))
    assert "市级政策" in "".join(c.text for d in docs for c in d.clauses)


GUANGAN_NOTICES = (
    "\n# Page 2:\n广安市稳岗就业政策汇编\n广安市人力资源和社会保障局关于做好2023 年失业\n保险稳岗返还工作的通知\n广安人社发〔2023〕40 号\n"
    "各区市县人力资源社会保障局、财政局、税务局，广安经开区社会事业局：\n　　现就做好我市2023 年失业保险稳岗返还工作通知如下：\n"
    "　　一、返还标准。大型企业按企业及其职工上年度实际缴纳失业保险费\n的30%返还，中小微企业按60%返还。\n"
    "　　二、本通知执行期限为2023 年1 月1 日至2023 年12 月31 日。\n广安市人力资源和社会保障局　　　　　广安市财政局\n"
    "　　　　　　　　　国家税务总局广安市税务局\n　　　　　　　　　　2023 年5 月22 日\n"
    "广安市人力资源和社会保障局关于加快推进零工市\n场建设的通知\n广安人社函〔2023〕58 号\n各区市县人力资源社会保障局：\n"
    "　　现就加快推进全市零工市场建设有关事项通知如下。\n　　1．资金支持。对认定为市级示范零工市场的，给予一次性奖补10 万\n"
    "元，所需资金从就业补助资金中列支。\n　　2．进度安排。各区市县请于2023 年9 月15 日前报送建设方案，10 \n月底前完成挂牌运行。\n"
    "　　　　　　　　　广安市人力资源和社会保障局\n　　　　　　　　　　2023 年8 月9 日\n· 2 ·\n")


@pytest.mark.parametrize("cover", ["广安市就业创业工作领导小组办公室\n二〇二三年九月", "二〇二三年九月", "（2023 年版）\n\n广安市就业创业工作领导小组办公室 编\n2023 年9 月"])
def test_a_cover_with_its_compiler_and_month_and_no_contents_is_no_part_of_the_first_title(tmp_path, cover):
    """h323 F3: a compilation's cover (its title, the compiler's name, perhaps with 编, the month, each alone on a line) with no
    目录 after it: the first document's title opens under it, the compilation split at each title (the cover had been read into
    the first title, the compiler as its issuer, and the second notice become its part a1)."""
    text = f"\n# Page 1:\n广安市稳岗就业政策汇编\n\n{cover}\n" + GUANGAN_NOTICES
    docs = parse_file(write(tmp_path, "c.txt", text))
    assert [(d.title, d.doc_number.text, d.issuers[0]) for d in docs] == [
        ("广安市人力资源和社会保障局关于做好2023年失业保险稳岗返还工作的通知", "广安人社发〔2023〕40号", "广安市人力资源和社会保障局"),
        ("广安市人力资源和社会保障局关于加快推进零工市场建设的通知", "广安人社函〔2023〕58号", "广安市人力资源和社会保障局")]
    assert docs[0].expiry_date == dt.date(2023, 12, 31) and docs[1].date == dt.date(2023, 8, 9)


def test_a_sentence_before_the_first_title_is_no_cover(tmp_path):
    """h323 F3's negative: lines before the first title that hold a sentence are no cover: the notices are still split, but the
    text before them stays a document's (its own piece, untitled, the month and the sentence its text), never dropped nor
    read into the first notice's title (review43a F9: the test had only looked for the sentence anywhere)."""
    text = "\n# Page 1:\n广安市稳岗就业政策汇编\n\n二〇二三年九月\n本汇编收录我市稳岗就业政策文件，供各地各部门参照执行。\n" + GUANGAN_NOTICES
    first, *notices = parse_file(write(tmp_path, "c.txt", text))
    assert (first.title, first.doc_number, first.issuers) == ("", None, [])
    assert first.clauses[0].text.startswith("二〇二三年九月") and "本汇编收录我市稳岗就业政策文件" in first.clauses[0].text
    assert [(d.title, d.doc_number.text, d.issuers[0]) for d in notices] == [
        ("广安市人力资源和社会保障局关于做好2023年失业保险稳岗返还工作的通知", "广安人社发〔2023〕40号", "广安市人力资源和社会保障局"),
        ("广安市人力资源和社会保障局关于加快推进零工市场建设的通知", "广安人社函〔2023〕58号", "广安市人力资源和社会保障局")]


GUANGAN_ISSUING = (
    "广安市人民政府办公室关于印发《广安市促进高校\n毕业生等青年就业创业六条措施》的通知\n广安府办发〔2023〕6 号\n"
    "各区市县人民政府，广安经开区管委会，市政府各部门、有关单位：\n　　《广安市促进高校毕业生等青年就业创业六条措施》已经市政府同意，\n"
    "现印发给你们，请结合实际认真贯彻落实。\n　　　　　　　　　　广安市人民政府办公室\n　　　　　　　　　　　2023 年3 月28 日\n"
    "广安市促进高校毕业生等青年就业创业六条措施\n　　一、鼓励企业吸纳就业。对本市中小微企业新招用离校2 年内未就业\n"
    "高校毕业生，签订1 年以上劳动合同并缴纳社会保险费的，按每人2000 \n元给予一次性吸纳就业补贴。（责任单位：市人力资源社会保障局、市财\n政局）\n"
    "　　二、本措施自2023 年4 月1 日起施行，有效期2 年。\n")


def test_a_notice_right_under_the_last_item_of_an_issued_text_is_a_document_of_its_own(tmp_path):
    """h323 F5: an issued text (办法, 措施) has no signature of its own, so in a compilation the next notice may open on the
    line right under its last item: with its 文号 and addressees under its title it is a document of its own (it had become
    part a1 of the issuing notice, whose effective and expiry dates became the annexed notice's)."""
    docs = parse_file(write(tmp_path, "c.txt", "\n# Page 2:\n广安市稳岗就业政策汇编\n" + GUANGAN_ISSUING + GUANGAN_NOTICES.split("广安市稳岗就业政策汇编\n", 1)[1]))
    assert [d.doc_number.text for d in docs] == ["广安府办发〔2023〕6号", "广安人社发〔2023〕40号", "广安人社函〔2023〕58号"]
    assert (docs[0].effective_date, docs[0].expiry_date) == (dt.date(2023, 4, 1), dt.date(2025, 3, 31))
    assert (docs[1].effective_date, docs[1].expiry_date) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert not docs[0].sections and docs[0].alternative_title == "广安市促进高校毕业生等青年就业创业六条措施"


GUANGAN_CONTENTS = ("目  录\n广安市人民政府办公室关于印发《广安市促进高校毕业生等青年就业创业六条措施》和《广安市零工市场建设方案》的通知……1\n"
                    "广安市零工市场建设方案……………………2\n广安市人力资源和社会保障局关于做好2023 年失业保险稳岗返还工作的通知……3\n"
                    "广安市人力资源和社会保障局关于加快推进零工市场建设的通知……………4\n")


@pytest.mark.parametrize("contents", ["", GUANGAN_CONTENTS])
def test_a_second_issued_texts_title_under_the_firsts_last_item_stays_the_notices(tmp_path, contents):
    """h323 F5's and F7's negative: a notice issuing two texts prints the second's title under the first's last item, with no
    文号 or addressees under it and no signature of its own: still the notice's own part, no document, though the 目录 lists
    it."""
    two = GUANGAN_ISSUING.replace("印发《广安市促进高校\n毕业生等青年就业创业六条措施》的通知", "印发《广安市促进高校\n毕业生等青年就业创业六条措施》和《广安市零工市场建设方案》的通知")
    two += "广安市零工市场建设方案\n　　一、建设目标。2023 年底前每个区市县至少建成1 个零工市场。\n　　二、资金支持。对认定为市级示范零工市场的，给予一次性奖补10 万元。\n"
    docs = parse_file(write(tmp_path, "c.txt", contents + two + GUANGAN_NOTICES.split("广安市稳岗就业政策汇编\n", 1)[1]))
    assert [d.doc_number.text if d.doc_number else None for d in docs][:1] == ["广安府办发〔2023〕6号"]
    assert any("零工市场" in c.text for c in docs[0].clauses)


SICHUAN_CONTENTS = ("目  录\n二、省级政策\n四川省人民政府办公厅关于印发《进一步稳就业促创业若干措\n施》的通知……………………………………5\n"
                    "《进一步稳就业促创业若干措施》政策解读………………………6\n四川省人力资源和社会保障厅 四川省财政厅关于调整一次性\n"
                    "创业补贴标准的通知……………………………………8\n")
SICHUAN_PAGES = (
    "\n# Page 7:\n二、省级政策\n四川省人民政府办公厅关于印发《进一步稳就业促\n创业若干措施》的通知\n川办发〔2023〕18 号\n"
    "各市（州）人民政府，省政府各部门、各直属机构，有关单位：\n　　《进一步稳就业促创业若干措施》已经省政府同意，现印发给你们，\n请认真贯彻执行。\n"
    "　　　　　　　　四川省人民政府办公厅\n　　　　　　　　　2023 年5 月10 日\n进一步稳就业促创业若干措施\n一、支持企业稳岗扩岗\n"
    "1．发放一次性扩岗补助。对招用离校2 年内未就业高校毕业生并签订1 \n年以上劳动合同的企业，按每人1500 元标准发放一次性扩岗补助。（责\n"
    "任单位：省人力资源社会保障厅、省财政厅）\n　　二、本措施自印发之日起施行，有效期至2024 年12 月31 日。\n"
    "《进一步稳就业促创业若干措施》政策解读\n一、出台背景\n　　省人力资源社会保障厅会同省财政厅等部门起草了《进一步稳就业促\n"
    "创业若干措施》（川办发〔2023〕18 号，以下简称《措施》），经省政府\n同意，于2023 年5 月10 日由省政府办公厅印发。\n"
    "二、享受一次性扩岗补助需要什么条件？\n　　答：企业招用离校2 年内未就业高校毕业生，签订1 年以上劳动合同，\n"
    "并按月足额缴纳失业保险费满3 个月的，可申请每人1500 元的一次性扩\n岗补助。\n　　　　　　　　四川省人力资源和社会保障厅\n"
    "　　　　　　　　　2023 年5 月16 日\n— 7 —\n\n# Page 10:\n四川省人力资源和社会保障厅 四川省财政厅关于\n调整一次性创业补贴标准的通知\n"
    "川人社发〔2023〕9 号\n各市（州）人力资源社会保障局、财政局：\n　　现将调整一次性创业补贴标准有关事项通知如下：\n"
    "　　一、补贴标准。一次性创业补贴标准由每户5000 元调整为每户1 万\n元。\n　　二、执行时间。本通知自2023 年7 月1 日起执行。\n"
    "　　　　　四川省人力资源和社会保障厅　　　四川省财政厅\n　　　　　　　　　2023 年6 月2 日\n— 8 —\n")


def test_an_interpretation_the_contents_list_as_an_entry_is_a_document_the_policy_cites_not_itself(tmp_path):
    """h323 F7: a 政策解读 printed right under its policy's last item, signed and dated, that the compilation's 目录 lists as an
    entry of its own, is a document of its own (issuer and date its signature's, citing the policy; its Q&A its clauses): it
    had stayed the policy's closing text, and the policy cited its own 文号 from it."""
    docs = parse_file(write(tmp_path, "c.txt", "\n# Page 2:\n" + SICHUAN_CONTENTS + SICHUAN_PAGES))
    assert [(d.title, d.date) for d in docs] == [
        ("四川省人民政府办公厅关于印发《进一步稳就业促创业若干措施》的通知", dt.date(2023, 5, 10)),
        ("《进一步稳就业促创业若干措施》政策解读", dt.date(2023, 5, 16)),
        ("四川省人力资源和社会保障厅 四川省财政厅关于调整一次性创业补贴标准的通知", dt.date(2023, 6, 2))]
    policy, interpretation = docs[0], docs[1]
    assert interpretation.issuer == "四川省人力资源和社会保障厅"
    assert [r.doc_number.text for r in interpretation.references] == ["川办发〔2023〕18号"]
    assert any(a.value == 1500 for c in interpretation.clauses for a in c.amounts)
    assert policy.expiry_date == dt.date(2024, 12, 31) and not any("政策解读" in s.text for s in policy.segments)
    assert not [r for r in [*policy.references, *(r for c in policy.clauses for r in c.references)] if r.doc_number]


def test_an_interpretation_not_listed_stays_closing_text_and_its_policy_cites_not_itself(tmp_path):
    """h323 F7's negative: with no 目录 entry of its own, the interpretation printed after its policy stays the policy's
    closing text (the convention), and still the policy does not cite its own 文号 from it."""
    docs = parse_file(write(tmp_path, "c.txt", SICHUAN_PAGES))
    assert [d.doc_number.text for d in docs] == ["川办发〔2023〕18号", "川人社发〔2023〕9号"]
    policy = docs[0]
    assert any(s.kind == "closing" and s.text.startswith("《进一步稳就业促创业若干措施》政策解读") for s in policy.segments)
    assert not [r for r in [*policy.references, *(r for c in policy.clauses for r in c.references)]
                if r.doc_number and r.doc_number.text == "川办发〔2023〕18号"]
