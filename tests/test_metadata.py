"""Document metadata from PDF-extracted text: title, 文号, date, issuers, place, in-force dates."""
import datetime as dt
import random
import re

import pytest
from conftest import parse_text, write
from hypothesis import given, settings
from hypothesis import strategies as st
from policykg.graph.namespaces import ELI, POL
from policykg.graph.rdf import DocumentGraphBuilder, Iris
from policykg.graph.title_index import TitleIndex
from policykg.graph.validate import validate
from policykg.ingest.errors import IngestError
from policykg.ingest.metadata import (
    find_signature_block,
    forwarded_issuers,
    in_force,
    is_title,
    issuers_from_title,
    jurisdiction_of,
    jurisdiction_of_document,
    parse_head,
    split_issuers,
    split_parts,
    title_span,
)
from policykg.ingest.normalize import split_paragraphs
from policykg.ingest.pipeline import parse_file
from policykg.ingest.references import parse_doc_number_line
from rdflib import Literal
from rdflib.namespace import SKOS

# The head and foot of a real document of the development corpus, as the PDF extraction gave it.
REAL = """1. 甘肃省人民政府办公厅关于进一步优化工程建设项目审批服
务的通知（2023 年5 月10 日）
甘政办发〔2023〕38 号
各市、自治州人民政府，甘肃矿区办事处，兰州新区管委会，省政府有关部门，中央在甘有
关单位：
为深入贯彻党中央、国务院关于推进政府职能转变、深化“放管服”改革、优化营商环
境的决策部署，经省政府同意，结合我省实际，现就有关事项通知如下：
一、提升审批服务效能
（一）进一步优化审批流程。省工改办指导各地结合实际合并精简审批事项。（省工改办负责，长期坚持）
本通知自印发之日起施行，有效期2 年。
甘肃省人民政府办公厅
2023 年5 月10 日
（此件公开发布）
"""
TITLE = "甘肃省人民政府办公厅关于进一步优化工程建设项目审批服务的通知"


def head_of(text):
    return parse_head(split_paragraphs(text))


# --- title, date and 文号 ---------------------------------------------------------------------


def test_compilation_heading_gives_title_and_date_and_the_doc_number_follows():
    head = head_of(REAL)
    assert head.title == TITLE
    assert head.date == dt.date(2023, 5, 10)
    assert head.doc_number.text == "甘政办发〔2023〕38号"
    assert head.doc_number.issuer_abbr == "甘政办发"


def test_title_span_is_the_title_as_written_across_the_line_break():
    span = title_span(head_of(REAL), REAL)
    assert span.text == REAL[span.start : span.end]
    assert span.text.replace("\n", "") == TITLE


@pytest.mark.parametrize("heading,title", [
    ("上海市人民政府办公厅关于印发《2023年上海市政务公开工作要点》的通知（2023 年3 月31 日）",
     "上海市人民政府办公厅关于印发《2023年上海市政务公开工作要点》的通知"),
    ("新疆自治区党委政法委印发《新疆维吾尔自治区政法机关优化法治化营商环境50条措施》（2023 年2 月7 日）",
     "新疆自治区党委政法委印发《新疆维吾尔自治区政法机关优化法治化营商环境50条措施》"),
    ("海南省2023年营商环境制度集成创新重点任务（2023 年6 月30 日）", "海南省2023年营商环境制度集成创新重点任务"),
])
def test_a_compilation_heading_without_its_number_gives_title_and_date(heading, title):
    head = head_of(heading + "\n各市县人民政府，省政府直属各单位：\n现将有关事项通知如下。\n")
    assert head.title == title and head.date is not None


@pytest.mark.parametrize("head,title", [
    ("川办发〔2023〕18号\n四川省人民政府办公厅\n关于印发《四川省进一步优化营商环境若干措施》的通知\n",
     "四川省人民政府办公厅关于印发《四川省进一步优化营商环境若干措施》的通知"),
    ("中共湖北省委办公厅 湖北省人民政府办公厅\n印发《关于进一步优化营商环境的若干措施》的通知\n鄂办发〔2023〕3号\n",
     "中共湖北省委办公厅湖北省人民政府办公厅印发《关于进一步优化营商环境的若干措施》的通知"),
    # the issuers' lines opening the text right over a 关于 title, its 文号 under it: the title wrapped after its issuers, as
    # web pages and PDFs print it (two blind testers' golds: 福建省人力资源和社会保障厅 福建省财政厅 / 关于… / 闽人社文〔…〕;
    # it had been read as a letterhead)
    ("四川省人民政府办公厅\n关于印发《四川省进一步优化营商环境若干措施》的通知\n川办发〔2023〕18号\n",
     "四川省人民政府办公厅关于印发《四川省进一步优化营商环境若干措施》的通知"),
    ("合肥市人力资源和社会保障局\n合肥市财政局\n关于印发《合肥市就业见习管理办法》的通知\n合人社秘〔2023〕142 号\n",
     "合肥市人力资源和社会保障局合肥市财政局关于印发《合肥市就业见习管理办法》的通知"),
    # a letterhead: apart from the title (a blank line between), or saying 文件, or above the 文号
    ("平凉市人民政府\n\n关于做好促进就业工作的实施意见\n\n平政发〔2019〕1号\n", "关于做好促进就业工作的实施意见"),
    ("中共湖北省委办公厅\n\n印发《关于进一步优化营商环境的若干措施》的通知\n鄂办发〔2023〕3号\n",
     "印发《关于进一步优化营商环境的若干措施》的通知"),
    ("四川省人民政府办公厅文件\n川办发〔2023〕18号\n关于印发《四川省优化营商环境若干措施》的通知\n",
     "关于印发《四川省优化营商环境若干措施》的通知"),
    ("四川省人民政府办公厅\n川办发〔2023〕18号\n关于印发《四川省优化营商环境若干措施》的通知\n",
     "关于印发《四川省优化营商环境若干措施》的通知"),
])
def test_a_title_set_on_two_lines_after_its_issuers_is_one_title(head, title):
    assert head_of(head + "各市（州）人民政府：\n现将措施印发给你们，请认真贯彻执行。\n").title == title


def test_heading_date_without_day_character():
    head = head_of("3. 甘肃省人民政府办公厅关于印发甘肃省公共资源交易建设方案的通知（2023 年3 月20）\n甘政办发〔2023〕28 号\n")
    assert head.title == "甘肃省人民政府办公厅关于印发甘肃省公共资源交易建设方案的通知"
    assert head.date == dt.date(2023, 3, 20)


def test_heading_title_without_a_document_type_word():
    head = head_of("1. 海南省2023 年营商环境制度集成创新重点任务（2023 年6 月30 日）\n为深入贯彻落实党的二十大精神，制定本任务。\n")
    assert head.title == "海南省2023年营商环境制度集成创新重点任务"
    assert head.date == dt.date(2023, 6, 30)


def test_heading_wrapped_before_guanyu_over_three_lines():
    text = "2. 北京市市场监督管理局\n进一步优化营商环境降低市场主体制\n度性交易成本工作方案（2023 年4 月25 日）\n京市监发〔2023〕15 号\n"
    head = head_of(text)
    assert head.title == "北京市市场监督管理局进一步优化营商环境降低市场主体制度性交易成本工作方案"
    assert head.doc_number.text == "京市监发〔2023〕15号"


def test_title_repeated_below_the_heading_is_not_the_body():
    text = REAL.replace("甘政办发〔2023〕38 号\n", "甘政办发〔2023〕38 号\n关于进一步优化工程建设项目审批服务的通知\n")
    head = head_of(text)
    paragraphs = split_paragraphs(text)
    assert paragraphs[head.body_start].text.startswith("各市、自治州人民政府")


def test_plain_document_head_without_compilation_heading():
    text = "松原市人民政府文件\n松政发〔2018〕5号\n松原市人民政府印发关于\n做好就业创业工作\n若干政策措施的通知\n各县（市、区）人民政府：\n现将《若干政策措施》印发给你们。\n"
    head = head_of(text)
    assert head.title == "松原市人民政府印发关于做好就业创业工作若干政策措施的通知"
    assert head.doc_number.text == "松政发〔2018〕5号"
    assert head.issuers == ["松原市人民政府"]


@pytest.mark.parametrize(
    "line",
    ["甘政办发〔2023〕29 号", "甘政办发[2023]29号", "甘政办发［2023］29 号", "甘政办发（2023）29号", "甘政办发(2023) 29号", "甘政办发〔2023〕第29号"],
)
def test_doc_number_in_every_bracket_form(line):
    (p,) = split_paragraphs(line)
    number = parse_doc_number_line(p.text)
    assert (number.text, number.issuer_abbr, number.year, number.number) == ("甘政办发〔2023〕29号", "甘政办发", 2023, 29)


def test_doc_number_line_keeps_an_abbreviation_containing_a_stop_character():
    assert parse_doc_number_line("沪商自贸〔2023〕132号").issuer_abbr == "沪商自贸"


def test_attachment_line_does_not_crash_title_detection():
    assert not is_title("")
    text = "关于印发某办法的通知\n各单位：\n现印发给你们。\n附件\n附件：\n某办法\n第一条为了规范管理，制定本办法。\n"
    main, attached, _ = split_parts(split_paragraphs(text))
    assert main.head.title == "关于印发某办法的通知"


# --- issuers, level and jurisdiction -----------------------------------------------------------


def test_signature_lines_with_names_run_together_are_split():
    assert split_issuers("上海市商务委员会上海海关") == ["上海市商务委员会", "上海海关"]
    assert split_issuers("上海市发展和改革委员会国家税务总局上海市税务局") == ["上海市发展和改革委员会", "国家税务总局上海市税务局"]
    assert split_issuers("中国人民银行上海总部") == ["中国人民银行上海总部"]
    # a branch's business department (a blind test: 中国人民银行 + 南京分行营业管理部)
    assert split_issuers("南京市财政局中国人民银行南京分行营业管理部") == ["南京市财政局", "中国人民银行南京分行营业管理部"]
    assert split_issuers("人民银行兰州中心支行") == ["人民银行兰州中心支行"]  # its short name too (a blind probe, z138)
    assert split_issuers("人民银行兰州海关") == ["人民银行", "兰州海关"]  # (a review: no bank's branch)
    # a ministries' joint notice names administrations without 国家 / 中国, the title wrapped between two of them
    assert split_issuers("国家发展改革委财政部人力资源社会保障部人民银行市场监管总局") == [
        "国家发展改革委", "财政部", "人力资源社会保障部", "人民银行", "市场监管总局"]
    assert split_issuers("财政部税务总局") == ["财政部", "税务总局"]
    assert split_issuers("北京市人民政府办公厅") == ["北京市人民政府办公厅"]


def test_the_youth_league_committee_of_a_place_is_one_body():
    # 共青团 ends in 团 as a body's name may, but alone it names no issuer: its place's committee follows
    assert split_issuers("广西壮族自治区教育厅共青团广西壮族自治区委员会") == ["广西壮族自治区教育厅", "共青团广西壮族自治区委员会"]
    assert split_issuers("共青团中央人力资源社会保障部") == ["共青团中央", "人力资源社会保障部"]


def test_a_place_whose_name_ends_like_a_body_is_not_cut_from_its_suffix():
    # 关 ends 海关 and 机关, and 嘉峪关 / 山海关 too: 市 and 区 still belong to the place
    assert split_issuers("嘉峪关市人民政府办公室") == ["嘉峪关市人民政府办公室"]
    assert split_issuers("山海关区人民政府") == ["山海关区人民政府"]
    assert issuers_from_title("嘉峪关市人民政府办公室关于复制推广改革举措的通知") == ["嘉峪关市人民政府办公室"]
    assert split_issuers("海关总署广州海关") == ["海关总署", "广州海关"]
    assert split_issuers("嘉峪关海关嘉峪关市商务局") == ["嘉峪关海关", "嘉峪关市商务局"]


def test_the_issuer_of_a_forwarding_or_issuing_title_is_the_body_before_its_verb():
    assert issuers_from_title("广西壮族自治区人民政府办公厅转发自治区发展改革委关于做好稳就业工作若干措施的通知") == ["广西壮族自治区人民政府办公厅"]
    assert issuers_from_title("中共湖北省委办公厅湖北省人民政府办公厅印发《关于优化营商环境的若干措施》的通知") == [
        "中共湖北省委办公厅", "湖北省人民政府办公厅"]


def test_a_cited_titles_words_are_no_issuer():
    """《济南市关于…的实施意见》政策解读: the words before 关于 are the cited title's (z268: 《济南市 had been an issuer)."""
    assert issuers_from_title("《济南市关于进一步稳就业促创业的实施意见》政策解读") == []


def test_sentences_and_headings_are_not_issuer_lines():
    assert split_issuers("构成犯罪的，依法追究刑事责任") is None
    assert split_issuers("（一）强化督办") is None


def test_joint_signature_block_gives_every_issuer_in_order():
    text = "现印发给你们，请认真执行。\n上海市商务委员会上海海关\n上海市财政局\n中国人民银行\n上海总部\n2023 年6 月13 日\n"
    names, date = find_signature_block(split_paragraphs(text))
    assert names == ["上海市商务委员会", "上海海关", "上海市财政局", "中国人民银行上海总部"]
    assert date == dt.date(2023, 6, 13)


def test_issuers_from_title():
    assert issuers_from_title("上海海关等11部门关于印发《措施》的通知") == ["上海海关"]
    assert issuers_from_title("北京市发展和改革委员会北京市商务局关于印发实施方案的通知") == ["北京市发展和改革委员会", "北京市商务局"]
    assert issuers_from_title("海南省人力资源和社会保障厅等十九部门关于加强劳务品牌建设的实施意见") == ["海南省人力资源和社会保障厅"]
    assert issuers_from_title("新疆自治区党委政法委印发《政法机关优化法治化营商环境50条措施》") == ["新疆自治区党委政法委"]
    assert issuers_from_title("关于进一步优化营商环境的通知") == []
    assert issuers_from_title("关于转发《全力做好当前促进和扩大就业工作的若干举措》的通知") == []


@pytest.mark.parametrize(
    ("issuer", "level", "place"),
    [
        ("国务院办公厅", "national", "中国"),
        ("人力资源社会保障部", "national", "中国"),
        ("吉林省交通运输厅", "provincial", "吉林省"),
        ("上海海关", "provincial", "上海市"),
        ("中共通辽市委办公室", "municipal", "通辽市"),
        ("海南省三亚市人民政府", "municipal", "三亚市"),
        ("北京市顺义区人民政府办公室", "county", "顺义区"),
        ("平凉市崆峒区人民政府", "county", "崆峒区"),
    ],
)
def test_level_and_jurisdiction_of_an_issuer(issuer, level, place):
    where = jurisdiction_of(issuer)
    assert (where.level, where.name) == (level, place)


def test_jurisdiction_from_the_title_when_no_issuer_is_known():
    where = jurisdiction_of_document([], "海南省2023年营商环境制度集成创新重点任务")
    assert (where.level, where.name) == ("provincial", "海南省")


def test_joint_issuers_one_inside_the_others_place_issue_a_text_of_the_narrower_place():
    """A zone and the district that shares its offices (青岛西海岸新区 / 黄岛区): the district's text (its 区 units
    had been every district of 青岛); issuers of one place, or of places side by side, keep the first's."""
    where = jurisdiction_of_document(["青岛西海岸新区管委办公室", "青岛市黄岛区人民政府办公室"], None)
    assert (where.level, where.name) == ("county", "黄岛区")
    where = jurisdiction_of_document(["中共湖北省委办公厅", "湖北省人民政府办公厅"], None)
    assert (where.level, where.name) == ("provincial", "湖北省")
    where = jurisdiction_of_document(["沈阳市人民政府办公室", "大连市人民政府办公室"], None)
    assert (where.level, where.name) == ("municipal", "沈阳市")


def test_the_corps_is_a_provincial_body_of_no_place_and_a_division_city_is_its_city(tmp_path):
    """新疆生产建设兵团办公厅 is no body of 新疆维吾尔自治区 (its text had been placed there, its 各师市 the
    region's); 第八师石河子市 is 石河子市, whose own bodies are written 师市发展改革委."""
    where = jurisdiction_of("新疆生产建设兵团办公厅")
    assert (where.place, where.level, where.name) == (None, "provincial", "新疆生产建设兵团")
    where = jurisdiction_of("第八师石河子市人民政府办公室")
    assert (where.level, where.name) == ("county", "石河子市")
    text = ("第八师石河子市人民政府办公室关于印发优化营商环境工作方案的通知\n师市政办发〔2023〕21 号\n各团场、镇，师市各部门：\n"
            "一、提升政务服务效能\n（一）推进政务服务跨域通办。（责任单位：师市发展改革委、师市财政局，各团场）\n"
            "（二）推行惠企政策免申即享。本方案由师市发展改革委负责解释。\n第八师石河子市人民政府办公室\n2023 年6 月9 日\n")
    (doc,) = parse_file(write(tmp_path, "shihezi.txt", text))
    assert doc.jurisdiction == "石河子市"
    assert [[(u.name, u.canonical, u.unit_type) for u in c.units] for c in doc.clauses] == [
        [("师市发展改革委", "石河子市发展和改革委员会", "development-reform"), ("师市财政局", "石河子市财政局", "finance"),
         ("各团场", "石河子市各团场", "lower-governments")],
        [("师市发展改革委", "石河子市发展和改革委员会", "development-reform")]]


# --- when the document is in force --------------------------------------------------------------


def force(text, issued=dt.date(2023, 5, 10)):
    return in_force(split_paragraphs(text), issued)


def test_in_force_from_issue_for_n_years():
    stated = force("本通知自印发之日起施行，有效期2年。")
    assert (stated.effective, stated.expiry) == (dt.date(2023, 5, 10), dt.date(2025, 5, 9))
    stated = force("本通知从印发之日起施行，有效期2年。")  # 从 as 自 (a review: no date)
    assert (stated.effective, stated.expiry) == (dt.date(2023, 5, 10), dt.date(2025, 5, 9))
    assert force("本办法从2023年7月1日起施行。").effective == dt.date(2023, 7, 1)


def test_in_force_from_a_stated_date_with_chinese_numeral_years():
    stated = force("本办法自2023 年7 月1 日起施行，有效期五年。")
    assert (stated.effective, stated.expiry) == (dt.date(2023, 7, 1), dt.date(2028, 6, 30))


def test_in_force_until_a_date():
    stated = force("本措施自2023年6月1日起实施，有效期至2025年12月31日。")
    assert (stated.effective, stated.expiry) == (dt.date(2023, 6, 1), dt.date(2025, 12, 31))


@pytest.mark.parametrize("text,dates", [
    ("本政策自印发之日起施行，执行期限至2024 年底。", (dt.date(2023, 5, 10), dt.date(2024, 12, 31))),
    ("本措施自2023年6月1日起实施，有效期至2025年末。", (dt.date(2023, 6, 1), dt.date(2025, 12, 31))),
    ("本政策期限为2023 年1 月1 日至2024 年12 月31 日。", (dt.date(2023, 1, 1), dt.date(2024, 12, 31))),
    ("三、政策期限为2023 年1 月1 日至2024 年12 月31 日。", (dt.date(2023, 1, 1), dt.date(2024, 12, 31))),
    ("政策期限为2023年1月1日至2024年12月31日。", (dt.date(2023, 1, 1), dt.date(2024, 12, 31))),
])
def test_a_term_until_a_years_end_or_named_as_the_policys_term_alone(text, dates):
    """至2024年底 had been no last day, and 政策期限为… opening its line or item (本 left out) no term: such a text was in force
    for ever (a blind test of in_force_on)."""
    stated = force(text)
    assert (stated.effective, stated.expiry) == dates


def test_another_documents_term_extended_is_no_term_of_the_extending_notice():
    """《…》（九府办发〔2023〕9号）有效期延长至2026年12月31日: the cited text's new term (a blind test: the notice's own expiry)."""
    assert force("经市政府同意，《九江市促进外贸若干政策》（九府办发〔2023〕9 号）有效期延长至2026 年12 月31 日。").expiry is None
    assert force("本通知有效期延长至2026年12月31日。").expiry == dt.date(2026, 12, 31)


def test_a_measures_own_term_named_mid_sentence_is_no_documents_term():
    assert force("对符合条件的企业给予补贴，补贴政策期限为2023年1月1日至2023年12月31日。") == force("给予补贴。")


@pytest.mark.parametrize("text,dates", [
    ("本通知政策执行期限为2024年1月1日至2025年12月31日。", (dt.date(2024, 1, 1), dt.date(2025, 12, 31))),
    ("有效期为2024年1月1日至2025年12月31日。", (dt.date(2024, 1, 1), dt.date(2025, 12, 31))),
    ("本政策执行期限为2024年3月1日至12月31日。", (dt.date(2024, 3, 1), dt.date(2024, 12, 31))),  # the year of the first
    ("本意见有效期为2023年10月1日至9月30日。", (dt.date(2023, 10, 1), dt.date(2024, 9, 30))),  # or the next
    # a measure's own term, in an item, is that measure's
    ("减按1%预征率预缴增值税。执行期限为2023 年1 月1 日至2023 年12 月31 日。（省税务局负责）", (None, None)),
    ("落实减免政策。执行期限至2024 年12 月31 日。", (None, None)),
    ("对新招用的员工给予补贴。补贴执行至2024年12月31日，实施期限3年内有效。", (None, None)),
    ("一、阶段性降低失业保险费率政策继续实施，至2025年12月31日止。", (None, None)),  # a measure's term
    ("二、稳岗返还政策按规定执行，执行期3年。", (None, None)),
    # the sentence that puts the text in force, or the text named, states its last day or its years
    ("本通知自2023年6月1日起施行，至2025年12月31日止。", (dt.date(2023, 6, 1), dt.date(2025, 12, 31))),
    ("本通知自印发之日起施行，执行期至2025年12月31日。", (dt.date(2023, 5, 10), dt.date(2025, 12, 31))),
    ("本通知自印发之日起施行，执行至2025年12月31日。", (dt.date(2023, 5, 10), dt.date(2025, 12, 31))),
    ("本通知执行至2025年12月31日。", (None, dt.date(2025, 12, 31))),
    # 起施行至… without a comma, the verb perhaps 正式 (a session's left list), not an activity's term
    ("本措施自2023年7月1日起施行至2025年6月30日。", (dt.date(2023, 7, 1), dt.date(2025, 6, 30))),
    ("自2023年7月1日起正式施行至2025年6月30日。", (dt.date(2023, 7, 1), dt.date(2025, 6, 30))),
    ("消费券发放活动自2023年7月1日起实施至2023年9月30日。", (None, None)),
    # an announcement names itself 本公告 (h247: its term a clause's period only)
    ("二、本公告执行期限为2023年1月1日至2027年12月31日。", (dt.date(2023, 1, 1), dt.date(2027, 12, 31))),
    # a licence's or a status's 有效期 is no term of the text (h240: 燃气经营许可证有效期为5年 had ended a 规章)
    ("燃气经营许可证有效期为5年。本办法自2012年5月1日起施行。", (dt.date(2012, 5, 1), None)),
    ("认定有效期3年，期满重新认定。本办法自2023年6月1日起施行。", (dt.date(2023, 6, 1), None)),
    # what a household or firm is granted (h301 F8: 申请有效期为3年 had ended the notice)
    ("多人口家庭可申请增加阶梯电量基数。申请有效期为3年，到期后需重新申请。本通知自2024年1月1日起执行。", (dt.date(2024, 1, 1), None)),
    ("企业资质有效期3年。本办法自2024年1月1日起施行。", (dt.date(2024, 1, 1), None)),
    # 截至 / 截止 after the verb and the term named (h237: the date an interval of the clause's only)
    ("本通知自印发之日起执行，政策执行期限截至2025年12月31日。", (dt.date(2023, 5, 10), dt.date(2025, 12, 31))),
    ("本通知自印发之日起执行，执行期限截止到2025年12月31日。", (dt.date(2023, 5, 10), dt.date(2025, 12, 31))),
    ("本通知自印发之日起施行，实施期限3年。", (dt.date(2023, 5, 10), dt.date(2026, 5, 9))),
    ("本办法自发布之日起30日后施行，有效期5年。", (dt.date(2023, 6, 9), dt.date(2028, 6, 8))),
    # a note under a list of policies states the term of them all, the document's
    ("注：上述政策执行期限为2023 年1 月1 日至2023 年12 月31 日，具体以政策依据文件为准。", (dt.date(2023, 1, 1), dt.date(2023, 12, 31))),
    ("上述政策执行期限为2023年1月1日至2023年12月31日。", (dt.date(2023, 1, 1), dt.date(2023, 12, 31))),
    ("对新招用的员工给予补贴，上述政策执行期限为2023年1月1日至2023年12月31日。", (None, None)),  # inside an item: the item's
    # 政策期限 names the text's own term too (a blind test), its length perhaps first
    ("本措施政策期限为1 年，自2023 年7 月1 日起至2024 年6 月30 日止。", (dt.date(2023, 7, 1), dt.date(2024, 6, 30))),
    ("本措施自2023 年7 月1 日起施行，政策期限为1 年。", (dt.date(2023, 7, 1), dt.date(2024, 6, 30))),
    ("本措施政策期限为2023 年7 月1 日至2024 年6 月30 日。", (dt.date(2023, 7, 1), dt.date(2024, 6, 30))),
    ("本措施自2023 年7 月1 日起实施，政策期限至2024 年6 月30 日。", (dt.date(2023, 7, 1), dt.date(2024, 6, 30))),
    ("本措施中涉及的奖补政策期限为3年。", (None, None)),  # a subsidy's term, not the text's (a review)
    # the text named, then its first day and its last (a blind test: none), also in an item closing the list
    ("7、以上政策自2022 年8 月15 日起至2023 年12 月31 日执行，国家和省有新规定的，从其规定。", (dt.date(2022, 8, 15), dt.date(2023, 12, 31))),
    ("本措施自2022年8月15日起至2023年12月31日施行。", (dt.date(2022, 8, 15), dt.date(2023, 12, 31))),
    ("对新招用的员工给予补贴，以上政策自2022年8月15日起至2023年12月31日执行。", (None, None)),  # inside an item: the item's
    # a heading over the term's sentence is no part of it; an item closing one section is no term of the text (a review)
    ("四、执行期限\n以上政策执行期限至2025年12月31日。", (None, dt.date(2025, 12, 31))),
    ("二、实施期限\n政策期限为2023年3月1日至2024年2月29日。", (dt.date(2023, 3, 1), dt.date(2024, 2, 29))),
    ("一、支持\n1.对企业给予补贴。\n2.以上政策自2023年1月1日起至2023年12月31日执行。\n二、保障\n3.加强领导。\n本措施自印发之日起施行。",
     (dt.date(2023, 5, 10), None)),
])
def test_the_term_a_text_states_for_itself_gives_its_first_and_last_day_in_force(text, dates):
    stated = force(text)
    assert (stated.effective, stated.expiry) == dates


def test_statement_split_over_two_paragraphs():
    stated = force("第三十条本办法自2023年7月1日起施行。\n有效期2年。")
    assert stated.expiry == dt.date(2025, 6, 30)


def test_cited_documents_in_force_date_is_not_the_documents_own():
    stated = force("《优化营商环境条例》自2020年1月1日起施行，各地要认真落实。")
    assert (stated.effective, stated.expiry) == (None, None)


def test_no_statement_no_dates():
    assert force("各地要加强组织领导。") .effective is None


# --- mutated copies of the real head: metadata must survive the layout --------------------------


def _break_title(text: str, rng: random.Random) -> str:
    """Move the title's line break to a random place and add another one."""
    first, rest = text.split("\n", 1)
    second, rest = rest.split("\n", 1)
    title_line = first + second
    # typesetting wraps between characters, never inside a number
    places = [i for i in range(4, len(title_line) - 1) if not (title_line[i - 1].isdigit() and title_line[i].isdigit())]
    cuts = sorted(rng.sample(places, 2))
    return "\n".join([title_line[: cuts[0]], title_line[cuts[0] : cuts[1]], title_line[cuts[1] :]]) + "\n" + rest


def _page_marker_in_title(text: str, rng: random.Random) -> str:
    end = text.index("日）")  # within the heading, date included
    at = rng.choice([i for i in range(4, end) if not (text[i - 1].isdigit() and text[i].isdigit())])
    marker = rng.choice(["# Page 980:", "\n# Page 980:\n", "\n\n# Page 980:\n"])
    return text[:at] + marker + text[at:]


def _space_numbers(text: str, rng: random.Random) -> str:
    """Spaces where a number meets other text, as PDF extraction leaves them (2023 年5 月)."""
    out = []
    for a, b in zip(text, text[1:] + "\n"):
        out.append(a)
        if (a.isdigit() != b.isdigit()) and "\n" not in (a, b) and rng.random() < 0.5:
            out.append(rng.choice([" ", "  "]))
    return "".join(out)


@pytest.mark.parametrize("seed", range(60))
def test_metadata_survives_moved_line_breaks_page_markers_and_spaced_numbers(seed):
    rng = random.Random(seed)
    text = _page_marker_in_title(_space_numbers(_break_title(REAL, rng), rng), rng)
    head = head_of(text)
    assert (head.title, head.date, head.doc_number.text) == (TITLE, dt.date(2023, 5, 10), "甘政办发〔2023〕38号"), text[:160]
    span = title_span(head, text)
    assert span.text == text[span.start : span.end]


def test_signature_and_in_force_of_the_real_foot():
    paragraphs = split_paragraphs(REAL)
    assert find_signature_block(paragraphs) == (["甘肃省人民政府办公厅"], dt.date(2023, 5, 10))
    assert in_force(paragraphs, dt.date(2023, 5, 10)).expiry == dt.date(2025, 5, 9)


# --- no crash on any text ---------------------------------------------------------------------

PIECES = ["1. ", "关于", "印发", "的通知", "（2023 年5 月10 日）", "〔2023〕3 号", "附件", "附件：", "\n", "# Page 3:",
          "人民政府办公厅", "上海海关", "2023 年5 月10 日", "有效期", "5年", "至", "自印发之日起施行", "《", "》", "等11部门"]


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(), st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=30).map("".join)))
def test_metadata_never_crashes(text):
    paragraphs = split_paragraphs(text)
    main, attached, _ = split_parts(paragraphs)
    for part in (main, attached) if attached else (main,):
        span = title_span(part.head, text)
        assert span is None or span.text == text[span.start : span.end]
        if part.head.title:
            issuers_from_title(part.head.title)
            jurisdiction_of_document(issuers_from_title(part.head.title), part.head.title)
    find_signature_block(paragraphs)
    in_force(paragraphs, dt.date(2023, 1, 1))


# --- the metadata as RDF ----------------------------------------------------------------------


def test_joint_issuers_and_in_force_dates_become_triples_that_pass_the_shapes(tmp_path):
    path = tmp_path / "joint.txt"
    path.write_text(
        "1. 北京市发展和改革委员会北京市商务局关于印发清理隐性壁垒优化消费营商环境实施方案的通知（2023 年3 月1 日）\n"
        "京发改〔2023〕20 号\n各区人民政府：\n现将实施方案印发给你们，请认真贯彻执行。\n"
        "一、总体要求\n（一）清理隐性壁垒。各区要清理消费领域隐性壁垒。\n本方案自2023 年4 月1 日起施行，有效期2 年。\n"
        "北京市发展和改革委员会\n北京市商务局\n2023 年3 月1 日\n",
        encoding="utf-8",
    )
    from rdflib.namespace import XSD  # here: pytest trips over the module-level DefinedNamespace

    (doc,) = parse_file(path)
    assert doc.issuers == ["北京市发展和改革委员会", "北京市商务局"]
    assert (doc.level, doc.jurisdiction) == ("provincial", "北京市")
    assert (doc.effective_date, doc.expiry_date) == (dt.date(2023, 4, 1), dt.date(2025, 3, 31))
    g = DocumentGraphBuilder(Iris()).build(doc)
    d = Iris().document(doc.key)
    issuers = {str(label) for o in g.objects(d, ELI.passed_by) for label in g.objects(o, SKOS.prefLabel)}
    assert issuers == {"北京市发展和改革委员会", "北京市商务局"}
    assert (d, ELI.first_date_entry_in_force, Literal("2023-04-01", datatype=XSD.date)) in g
    assert (d, ELI.date_no_longer_in_force, Literal("2025-03-31", datatype=XSD.date)) in g
    ok, report = validate(g)
    assert ok, report


FORWARDING_NOTICE = (
    "某市某区人民政府办公室关于转发区政务服务办制订的《2023 年某区深化政务服务改革工作要点》的通知\n"
    "某区府办发〔2023〕9 号\n各街道、镇，区政府各委、办、局：\n"
    "区政务服务办制订的《2023 年某区深化政务服务改革工作要点》已经区政府同意，现转发给你们，请认真按照执行。\n"
    "某市某区人民政府办公室\n2023 年5 月16 日\n"
)


def test_a_forwarded_plan_naming_no_place_applies_where_the_notice_does(tmp_path):
    plan = "2023 年某区深化政务服务改革工作要点\n一、推进一网通办\n（一）优化办事流程。区政务服务办牵头，各街道、镇配合。\n"
    notice, forwarded = parse_file(write(tmp_path, "forward.txt", FORWARDING_NOTICE.replace("某市某区", "上海市金山区").replace("某区", "金山区") + plan.replace("某区", "区")))
    assert (notice.jurisdiction, notice.level) == ("上海市金山区", "county")  # named with its city: 台湾省 has a 金山区 too
    assert forwarded.title == "2023年区深化政务服务改革工作要点"
    assert (forwarded.jurisdiction, forwarded.province, forwarded.level) == ("上海市金山区", "上海市", "county")
    # its place is its issuer's, the body the notice's title forwards from (区政务服务办: 金山区's)
    assert forwarded.issuers == ["上海市金山区政务服务办"] and forwarded.inferred["issuer"] == "from the forwarding notice's title"
    assert forwarded.date == notice.date and forwarded.inferred["date"] == "the forwarding notice's"
    # its units are the notice's place's: 区政务服务办 in a 金山区 plan is 金山区's
    (unit,) = [u for c in forwarded.clauses for u in c.units if u.name == "区政务服务办"]
    assert unit.jurisdiction == "上海市金山区"


LIAONING_FORWARD = (
    "大连市人民政府办公室关于转发省营商局等部门辽宁省推行惠企政策“免申即享”工作方案的通知\n大政办发〔2023〕23 号\n各区市县政府：\n"
    "省营商局、省财政厅、省大数据局制定的《辽宁省推行惠企政策“免申即享”工作方案》（辽营商发〔2023〕12 号）已经省政府同意，"
    "现转发给你们，请认真贯彻执行。\n大连市人民政府办公室\n2023 年7 月20 日\n辽宁省推行惠企政策“免申即享”工作方案\n一、主要任务\n"
    "（一）梳理政策清单。（牵头单位：省营商局）\n（二）推动数据共享。（责任单位：省大数据局）\n"
)


def test_a_forwarded_texts_drafters_named_before_its_citation_or_in_a_title_without_quotes_issue_it(tmp_path):
    """省营商局、省财政厅、省大数据局制定的《…》: all three drafted it (the notice's title, 转发省营商局等部门辽宁省…,
    has no 关于 or 《 after the bodies: the forwarded text had no issuer); without that sentence, the title's
    bodies before the place that opens the text's title."""
    _, forwarded = parse_file(write(tmp_path, "dalian.txt", LIAONING_FORWARD))
    assert forwarded.issuers == ["辽宁省营商局", "辽宁省财政厅", "辽宁省大数据局"]
    assert forwarded.inferred["issuer"] == "named as its drafters by the forwarding notice"
    plain = LIAONING_FORWARD.replace("省营商局、省财政厅、省大数据局制定的《辽宁省推行惠企政策“免申即享”工作方案》（辽营商发〔2023〕12 号）", "该方案")
    _, forwarded = parse_file(write(tmp_path, "dalian2.txt", plain))
    assert forwarded.issuers == ["辽宁省营商局"] and forwarded.inferred["issuer"] == "from the forwarding notice's title"
    from policykg.ingest.metadata import forwarded_issuers

    assert forwarded_issuers("大连市人民政府办公室关于转发省营商局、省财政厅辽宁省推行方案的通知", "大连市", "辽宁省") == ["辽宁省营商局", "辽宁省财政厅"]
    assert forwarded_issuers("某市人民政府办公室关于转发《辽宁省推行惠企政策工作方案》的通知", "大连市", "辽宁省") == []  # a title, no bodies


def test_a_provinces_text_forwarded_by_a_city_is_the_provinces(tmp_path):
    """省人力资源社会保障厅、省财政厅《关于加强就业见习工作的意见》 forwarded by 广州: the province's text (a blind test: it had
    been 广州's, municipal, so 深圳 forwarding the same text cited another key, a document never stored)."""
    text = ("广州市人民政府办公厅关于转发省人力资源社会保障厅等部门关于加强就业见习工作意见的通知\n穗府办〔2023〕15 号\n各区人民政府：\n"
            "省人力资源社会保障厅、省财政厅《关于加强就业见习工作的意见》（粤人社规〔2023〕8 号）已经省人民政府同意，现转发给你们，"
            "请认真贯彻执行。\n广州市人民政府办公厅\n2023 年6 月20 日\n关于加强就业见习工作的意见\n为促进青年就业，提出以下意见。\n"
            "一、扩大见习岗位规模。（责任单位：省人力资源社会保障厅）\n二、提高见习补贴标准。\n")
    notice, forwarded = parse_file(write(tmp_path, "guangzhou.txt", text))
    assert (notice.jurisdiction, notice.level) == ("广州市", "municipal")
    assert (forwarded.jurisdiction, forwarded.province, forwarded.level) == ("广东省", "广东省", "provincial")
    assert forwarded.issuers == ["广东省人力资源社会保障厅", "广东省财政厅"] and forwarded.key.endswith("-440000")
    (unit,) = [u for c in forwarded.clauses for u in c.units]
    assert unit.canonical == "广东省人力资源和社会保障厅"


HUBEI_FORWARD = (
    "湖北省人民政府办公厅转发省发展改革委等部门关于进一步促进\n民间投资发展若干措施的通知\n鄂政办发〔2023〕12 号\n"
    "各市、州、县人民政府，省政府各部门：\n经省人民政府同意，现将省发展改革委、省财政厅、省自然资源厅制定的《关于进\n"
    "一步促进民间投资发展的若干措施》转发给你们，请认真组织实施。\n湖北省人民政府办公厅\n2023 年4 月3 日\n"
    "关于进一步促进民间投资发展的若干措施\n一、拓宽民间投资领域\n1．支持民间资本参与重大项目建设。（责任单位：省发展改革委）\n")


def test_a_notice_titled_x_forwards_ys_text_cites_it_and_names_its_drafters(tmp_path):
    """X办公厅转发Y等部门关于Z的通知: its title's key is Z's, yet its 《Z》 is the text it forwards, no citation of itself (a
    blind test: no reference, and Z's issuer only the title's first body); 现将 is no part of the first drafter's name;
    each issuer's node in the graph is the organisation the units name (湖北省发展和改革委员会, not 湖北省发展改革委)."""
    notice, forwarded = parse_file(write(tmp_path, "hubei.txt", HUBEI_FORWARD))
    assert [(r.relation, r.title) for r in notice.references] == [("forwards", "关于进一步促进民间投资发展的若干措施")]
    assert forwarded.issuers == ["湖北省发展改革委", "湖北省财政厅", "湖北省自然资源厅"]
    g = DocumentGraphBuilder(Iris()).build(forwarded)
    issuers = {str(g.value(o, SKOS.prefLabel)) for o in g.objects(Iris().document(forwarded.key), ELI.passed_by)}
    assert issuers == {"湖北省发展和改革委员会", "湖北省财政厅", "湖北省自然资源厅"}
    (lead,) = [u for c in forwarded.clauses for u in c.units]
    assert Iris().unit(lead.canonical, lead.jurisdiction) in set(g.objects(Iris().document(forwarded.key), ELI.passed_by))


def test_bodies_named_right_before_the_forwarded_text_issue_it(tmp_path):
    """市人社局、市财政局…《关于…》已经市政府同意: all four wrote it (the notice's title, 转发市人力资源和社会保障局等
    部门关于…, gave only the first); a word before a body's name is no body (现将市发展改革委《…》)."""
    named = LIAONING_FORWARD.replace("省营商局、省财政厅、省大数据局制定的《", "省营商局、省财政厅、省大数据局《")
    _, forwarded = parse_file(write(tmp_path, "named.txt", named))
    assert forwarded.issuers == ["辽宁省营商局", "辽宁省财政厅", "辽宁省大数据局"]
    from policykg.ingest.metadata import drafted_by

    text = "经省政府同意，现将省营商局《辽宁省推行方案》"
    assert drafted_by(text, text.index("《")) == []


def test_a_forwarded_document_takes_its_issuer_from_the_notices_title_and_its_number_from_the_body(tmp_path):
    """The notice's only text is its body (one clause, not a preamble): its citation of the forwarded
    document still gives the 文号; who issued it is the body the notice's title forwards from."""
    text = (
        "广东省人民政府办公厅转发省发展改革委关于进一步优化营商环境激发市场主体活力若干措施的通知\n粤府办〔2023〕11 号\n"
        "各地级以上市人民政府，省政府各部门、各直属机构：\n"
        "省发展改革委《关于进一步优化营商环境激发市场主体活力的若干措施》（粤发改〔2023〕5 号）已经省人民政府同意，"
        "现转发给你们，请认真贯彻执行。\n广东省人民政府办公厅\n2023 年6 月2 日\n"
        "关于进一步优化营商环境激发市场主体活力的若干措施\n一、提升市场准入便利度\n（一）深化商事登记制度改革。（省市场监管局负责）\n"
        "（二）推进“证照分离”改革全覆盖。（省商务厅负责）\n"
    )
    notice, forwarded = parse_file(write(tmp_path, "gd.txt", text))
    assert notice.issuers == ["广东省人民政府办公厅"]
    assert forwarded.issuers == ["广东省发展改革委"] and forwarded.inferred["issuer"] == "named as its drafters by the forwarding notice"  # 省发展改革委《…》
    assert forwarded.doc_number.text == "粤发改〔2023〕5号"
    assert forward_issuers_of("上海市金山区人民政府办公室关于转发区政务服务办制订的《2023年金山区…要点》的通知", "金山区") == ["金山区政务服务办"]
    assert forward_issuers_of("某市人民政府办公室转发市人社局、市财政局关于…的通知", "某市") == ["某市人社局", "某市财政局"]
    assert forward_issuers_of("某市人民政府关于转发《国务院关于…的通知》的通知", "某市") == []  # who is in the cited title
    assert forward_issuers_of("广州市人民政府办公厅关于转发市场监管总局关于…的通知", "广州市") == ["市场监管总局"]  # 市场: no level
    assert forward_issuers_of("平凉市人民政府关于转发市政府办公室转发省政府办公厅关于…的通知", "平凉市") == ["平凉市政府办公室"]


@pytest.mark.parametrize("title,issuers", [
    ("江苏省市场监督管理局优化营商环境支持个体工商户发展若干措施", ["江苏省市场监督管理局"]),
    ("重庆市人力资源和社会保障局2023年就业工作要点", ["重庆市人力资源和社会保障局"]),
    ("南京市人民政府优化营商环境若干措施", ["南京市人民政府"]),
    ("上海市加强集成创新持续优化营商环境行动方案", []),  # a place, then no body: the title names none
    ("上海市公安局奉贤分局政务公开工作要点", ["上海市公安局奉贤分局"]),  # a branch of a body of a known kind
    ("上海市人民政府办公厅转发市发展改革委等四部门制订的《上海市促进民营经济发展若干措施》的通知", ["上海市人民政府办公厅"]),
    ("海南省2023年营商环境制度集成创新重点任务", []),
])
def test_a_title_without_guanyu_that_opens_with_a_body_names_its_issuer(title, issuers):
    assert issuers_from_title(title) == issuers


def forward_issuers_of(title: str, place: str) -> list[str]:
    return forwarded_issuers(title, place, "广东省")


def test_text_after_the_signature_without_a_title_of_its_own_is_not_a_second_document(tmp_path):
    # a plan's annex (附件 then a bare list) after the departments' signature: part of the document
    text = (
        FORWARDING_NOTICE.replace("某市某区", "上海市金山区").replace("某区", "金山区")
        + "一、推进一网通办\n（一）优化办事流程，推进材料免交。\n金山区政务服务办\n2023 年5 月10 日\n"
        "附件\n金山区深化政务服务改革三年行动计划（2023-2025 年）建设项目\n1.一网通办能力提升\n2.政务服务中心改造\n"
    )
    documents = parse_file(write(tmp_path, "annex.txt", text))
    assert all(d.title for d in documents)
    assert documents[-1].source_range[1] >= len(text.rstrip())  # the annex is inside the last document


@pytest.mark.parametrize("title", ["某市加强公共卫生体系建设三年行动计划（2023-2025年）", "某区水电气热联合服务工作规范（试行）",
                                   "某省就业创业服务标准", "某市优化营商环境行动方案（2023年修订）"])
def test_titles_of_every_kind_with_a_closing_bracket_are_titles(title):
    assert is_title(title)
    assert not is_title("做好就业服务工作（市人社局）") and not is_title("（略）")


def test_a_forwarded_action_plan_with_years_in_its_title_is_a_document_of_its_own(tmp_path):
    text = (
        "某市人民政府办公厅关于转发市卫生健康委等部门制订的《某市加强公共卫生体系建设三年行动计划（2023—2025 年）》的通知\n"
        "某府办发〔2023〕9 号\n各区人民政府：\n市卫生健康委等部门制订的《某市加强公共卫生体系建设三年行动计划（2023—2025 年）》"
        "已经市政府同意，现转发给你们，请认真按照执行。\n某市人民政府办公厅\n2023 年5 月23 日\n"
        "某市加强公共卫生体系建设三年行动计划（2023-2025 年）\n为提升公共卫生服务能力，制定本计划。\n一、行动目标\n"
        "（一）建设监测预警体系。健全综合监测网络。\n某市卫生健康委员会\n2023 年5 月17 日\n"
    )
    notice, plan = parse_file(write(tmp_path, "plan.txt", text))
    assert plan.title == "某市加强公共卫生体系建设三年行动计划（2023-2025年）"
    assert (plan.date.isoformat(), notice.date.isoformat()) == ("2023-05-17", "2023-05-23")


def test_a_forwarded_text_whose_preamble_opens_with_a_statement_is_a_document_of_its_own(tmp_path):
    """A forwarded text's preamble may open with what it is about (个体工商户是重要的市场主体，…), not 为…: its first item
    after it still shows a document (a blind test, h143: the forwarded text, its issuer and date had been lost)."""
    text = (
        "某省人民政府办公厅转发省市场监管局等部门关于进一步促进个体工商户发展若干措施的通知\n某政办发〔2023〕36 号\n"
        "各州、市人民政府：\n省市场监管局、省财政厅《关于进一步促进个体工商户发展的若干措施》已经省人民政府同意，现转发给你们，请认真贯彻执行。\n"
        "某省人民政府办公厅\n2023 年6 月8 日\n（此件公开发布）\n关于进一步促进个体工商户发展的若干措施\n省市场监管局 省财政厅\n"
        "个体工商户是重要的市场主体，在繁荣经济、增加就业等方面发挥着重要作用。为进一步激发个体工商户发展活力，提出以下措施。\n"
        "一、降低准入门槛\n1. 开展“个转企”升级行动。对个体工商户转型为企业的，给予一次性奖励5000 元。\n"
    )
    notice, measures = parse_file(write(tmp_path, "fwd.txt", text))
    assert measures.title == "关于进一步促进个体工商户发展的若干措施"
    assert notice.forwards == [measures.key]
    assert [c.path for c in measures.clauses] == ["1.1"] and not notice.clauses
    # the same under a signature, no item after the sentence, the notice naming no text it forwards: its own text goes on;
    # where it names the title printed after it (现转发给你们), that is the forwarded text still (review43a F7: one reach)
    own = text.split("一、降低")[0] + "特此通知。\n"
    (alone,) = parse_file(write(tmp_path, "own.txt", own.replace("已经省人民政府同意，现转发给你们，", "")))
    assert alone.forwards == []
    notice, named = parse_file(write(tmp_path, "named.txt", own))
    assert notice.forwards == [named.key] and named.title == "关于进一步促进个体工商户发展的若干措施"


def test_a_joint_letterhead_of_one_issuer_a_line_keeps_the_title_and_number(tmp_path):
    """Two issuers' letterhead, one a line (the second letter-spaced), then the 文号, then the title
    wrapped after its issuers: the title and 文号 had been lost (the second line ended the head)."""
    text = ("杭州市人力资源和社会保障局\n杭 州 市 财 政 局\n\n杭人社发〔2023〕45号\n\n杭州市人力资源和社会保障局 杭州市财政局\n"
            "关于印发《杭州市高校毕业生就业见习\n管理办法》的通知\n\n各区、县（市）人力社保局、财政局：\n现将《杭州市高校毕业生就业见习管理办法》"
            "印发给你们，请认真贯彻执行。\n第一条 为规范就业见习工作，制定本办法。\n第二条 本办法自2023年7月1日起施行。\n"
            "杭州市人力资源和社会保障局　　杭州市财政局\n2023年6月9日\n")
    (document,) = parse_file(write(tmp_path, "hz.txt", text))
    assert document.title == "杭州市人力资源和社会保障局 杭州市财政局关于印发《杭州市高校毕业生就业见习管理办法》的通知"
    assert document.doc_number.text == "杭人社发〔2023〕45号"
    assert document.issuers == ["杭州市人力资源和社会保障局", "杭州市财政局"]
    start, end = document.title_span.start, document.title_span.end
    # the letterhead names both, even when neither the title nor a signature does
    plain = text.replace("杭州市人力资源和社会保障局 杭州市财政局\n关于", "关于").replace("杭州市人力资源和社会保障局　　杭州市财政局\n", "")
    (unsigned,) = parse_file(write(tmp_path, "hz2.txt", plain))
    assert unsigned.title.startswith("关于印发") and unsigned.issuers == ["杭州市人力资源和社会保障局", "杭州市财政局"]
    assert text[start:end].startswith("杭州市人力资源和社会保障局 杭州市财政局\n关于") and text[start:end].endswith("的通知")


@pytest.mark.parametrize("bank", ["中国人民银行西宁中心支行", "中国人民银行青海省分行", "中国农业银行西宁分行", "中国人民银行上海总部营业管理部"])
def test_a_banks_branch_on_the_letterhead_keeps_the_title_and_number(tmp_path, bank):
    """A bank's branch alone or last on a letterhead (the central bank co-issues 创业担保贷款 notices): the head had
    ended at its line, losing the title and 文号 (a blind test)."""
    text = (f"{bank}\n宁银发〔2023〕19 号\n{bank}关于调整创业担保贷款额度的通知\n各有关单位：\n"
            "一、个人创业担保贷款最高额度由20 万元提高至30 万元。\n二、本通知自2023 年8 月1 日起执行。\n"
            f"{bank}\n2023 年7 月20 日\n")
    (document,) = parse_file(write(tmp_path, "bank.txt", text))
    assert document.title == f"{bank}关于调整创业担保贷款额度的通知" and document.doc_number.text == "宁银发〔2023〕19号"
    assert document.issuers == [bank]
    joint = text.replace(f"{bank}\n宁银发", f"西宁市人力资源和社会保障局\n西宁市财政局\n{bank}\n宁银发", 1)
    (document,) = parse_file(write(tmp_path, "joint.txt", joint))
    assert document.title == f"{bank}关于调整创业担保贷款额度的通知" and document.doc_number.text == "宁银发〔2023〕19号"
    assert document.issuers[:3] == ["西宁市人力资源和社会保障局", "西宁市财政局", bank]


def test_a_line_of_the_body_ending_with_a_banks_branch_goes_on_its_sentence(tmp_path):
    """Read as a letterhead in the head only: in the last clause such a line had been taken for the signature (a review)."""
    text = ("某市人民政府关于做好创业担保贷款工作的通知\n某政发〔2023〕9号\n各县区人民政府：\n一、加大贷款支持力度。\n"
            "二、各县区要加强组织领导，及时将政策执行中遇到的\n问题反馈至中国人民银行西宁中心支行\n和市人力资源和社会保障局。\n"
            "某市人民政府\n2023年5月1日\n")
    (document,) = parse_file(write(tmp_path, "body.txt", text))
    assert document.clauses[-1].text == "二、各县区要加强组织领导，及时将政策执行中遇到的问题反馈至中国人民银行西宁中心支行和市人力资源和社会保障局。"
    assert document.issuers == ["某市人民政府"]


def test_the_issued_texts_title_with_its_years_and_no_signature_above_it(tmp_path):
    """现将《X（2023—2025 年）》印发给你们… / X（2023—2025 年） with no signature between (h200: no alternative title)."""
    (document,) = parse_file(write(tmp_path, "plan.txt", "宣城市人民政府办公室关于印发宣城市加快制造业数字化转型实施方案（2023—2025 年）的通知\n"
                                   "宣政办〔2023〕15号\n各县、市、区人民政府：\n现将《宣城市加快制造业数字化转型实施方案（2023—2025 年）》"
                                   "印发给你们，请认真贯彻落实。\n宣城市加快制造业数字化转型实施方案（2023—2025 年）\n为加快推动制造业数字化转型，"
                                   "制定本实施方案。\n一、重点任务\n（一）推进改造。实施改造项目。\n"))
    assert document.alternative_title == "宣城市加快制造业数字化转型实施方案（2023—2025年）"
    (two,) = parse_file(write(tmp_path, "two.txt", "某市人民政府办公室关于印发某市促进消费若干措施和某市稳就业若干措施的通知\n某政办发〔2023〕3号\n"
                              "各县区人民政府：\n现将《某市促进消费若干措施》《某市稳就业若干措施》印发给你们。\n某市促进消费若干措施\n"
                              "一、发放消费券。\n某市稳就业若干措施\n一、扩大就业。\n"))
    assert two.alternative_title == "某市促进消费若干措施"  # (the first issued: the review)


def test_a_decision_amending_a_text_cut_after_its_number_and_quoting_its_term(tmp_path):
    """…决定对《X》（昆政规〔2021〕3 号） / 作如下修改：: amends (h199: the line break had cut it, cites); 将第十八条修改为：“本办法自…
    起施行，有效期5 年。”: the amended text's term, not the decision's (h199: its expiry)."""
    (document,) = parse_file(write(tmp_path, "decision.txt", "昆明市人民政府关于修改《昆明市中小企业发展专项资金管理办法》的决定\n"
                                   "昆政规〔2023〕6号\n各县（市、区）人民政府：\n市人民政府决定对《昆明市中小企业发展专项资金管理办法》（昆政规〔2021〕3 号）\n"
                                   "作如下修改：\n一、删去第九条。\n三、将第十八条修改为：“本办法自2023 年9 月1 日起施行，有效期5 年。”\n"
                                   "本决定自2023 年9 月1 日起施行。\n昆明市人民政府\n2023年8月3日\n"))
    assert [(r.relation, r.doc_number.text) for r in document.references] == [("amends", "昆政规〔2021〕3号")]
    assert (document.effective_date, document.expiry_date) == (dt.date(2023, 9, 1), None)


def test_a_wrapped_body_line_naming_an_interpretation_is_no_title(tmp_path):
    """…要组织开展关于《…》的政策解读 / 和宣传工作… inside an item: the item's words (the review: the rest of the text had been cut
    off as an interpretation)."""
    (document,) = parse_file(write(tmp_path, "body.txt", "某市人民政府办公室关于做好民营经济工作的通知\n某政办发〔2023〕9号\n"
                                   "（一）压实工作责任。各地要结合实际认真开展\n各县区人民政府要组织开展关于《某市促进民营经济发展若干措施》的政策解读\n"
                                   "和宣传工作，确保政策落地见效。（市发展改革委负责）\n（二）加强资金保障。对企业给予奖励1000万元。（市财政局负责）\n"))
    assert len(document.clauses) == 2 and "1000万元" in document.clauses[1].text


def test_an_article_added_by_a_decision_states_no_term_of_its_own(tmp_path):
    """二、增加一条，作为第二十五条：“本办法自…起施行，有效期至…。” (the review: the decision's term), and 对《X》（…号）予以修改： a
    lead-in of changes, amends."""
    (document,) = parse_file(write(tmp_path, "add.txt", "某市人民政府关于修改《某市专项资金管理办法》的决定\n某政规〔2023〕6号\n"
                                   "市人民政府决定对《某市专项资金管理办法》（某政规〔2021〕3 号）予以修改：\n一、删去第九条。\n"
                                   "二、增加一条，作为第二十五条：“本办法自2023年9月1日起施行，有效期至2028年8月31日。”\n本决定自2023年10月1日起施行。\n"))
    assert (document.effective_date, document.expiry_date) == (dt.date(2023, 10, 1), None)
    assert [r.relation for r in document.references] == ["amends"]


def test_a_web_pages_breadcrumb_without_its_home_is_no_title(tmp_path):
    """江苏省财政厅 > 信息公开 > 政策解读 over the title (h209: the title lost)."""
    (document,) = parse_file(write(tmp_path, "web.txt", "江苏省财政厅 > 信息公开 > 政策解读\n《江苏省中小企业发展专项资金管理办法》政策问答\n"
                                   "1.问：支持对象是什么？\n答：在我省注册的中小企业。\n"))
    assert document.title == "《江苏省中小企业发展专项资金管理办法》政策问答"


def test_an_interpretation_titled_by_its_interpreter(tmp_path):
    """云南省人力资源和社会保障厅关于《…》的政策解读 alone in its file (h199: no title, issuer)."""
    (document,) = parse_file(write(tmp_path, "jd.txt", "云南省人力资源和社会保障厅关于《云南省创业担保贷款实施办法》的政策解读\n"
                                   "近日，云南省人力资源和社会保障厅等部门联合印发《云南省创业担保贷款实施办法》。现就有关内容解读如下：\n"
                                   "一、如何申请？\n申请人向创业项目所在地人力资源社会保障部门提出申请。\n"))
    assert document.title == "云南省人力资源和社会保障厅关于《云南省创业担保贷款实施办法》的政策解读"
    assert document.issuer == "云南省人力资源和社会保障厅"


def test_a_question_and_answer_text_issued_by_a_notice_is_its_alternative_title(tmp_path):
    """…关于印发《小微企业税费优惠政策问答》的通知 / signature / 小微企业税费优惠政策问答 (h193: no alternative title)."""
    (document,) = parse_file(write(tmp_path, "qa.txt", "国家税务总局安徽省税务局 安徽省财政厅关于印发《小微企业税费优惠政策问答》的通知\n"
                                   "皖税发〔2023〕48号\n各市税务局、财政局：\n现将《小微企业税费优惠政策问答》印发给你们。\n"
                                   "国家税务总局安徽省税务局 安徽省财政厅\n2023年10月9日\n小微企业税费优惠政策问答\n一、增值税\n"
                                   "1.问：小规模纳税人是按月申报还是按季度申报？\n答：可以自行选择。\n"))
    assert document.alternative_title == "小微企业税费优惠政策问答"


def test_an_interpretation_published_alone_keeps_its_title_and_issuer_and_states_no_dates_of_its_own(tmp_path):
    """《…》政策解读 alone (a web page's): its title had been empty, its issuer and place lost, and the interpreted text's
    dates in force taken for its own (a blind test)."""
    text = ("《某市支持民营经济高质量发展若干措施》政策解读\n发布时间：2024-05-14 来源：乌鲁木齐市发展和改革委员会\n"
            "近日，乌鲁木齐市人民政府印发了《某市支持民营经济高质量发展若干措施》（乌政发〔2024〕9号，以下简称《若干措施》）。现就有关内容解读如下。\n"
            "一、主要内容\n对首次入选“中国民营企业500强”的企业，一次性奖励200万元。\n二、施行时间\n"
            "《若干措施》自2024年5月1日起施行，有效期至2026年12月31日。\n解读机关：乌鲁木齐市发展和改革委员会\n")
    (document,) = parse_file(write(tmp_path, "jiedu.txt", text))
    assert document.title == "《某市支持民营经济高质量发展若干措施》政策解读"
    assert document.issuers == ["乌鲁木齐市发展和改革委员会"] and document.jurisdiction == "乌鲁木齐市"
    assert document.effective_date is None and document.expiry_date is None
    (policy,) = parse_file(write(tmp_path, "policy.txt", "乌鲁木齐市人民政府关于印发若干措施的通知\n乌政发〔2024〕9号\n"
                                                         "一、加大支持。\n二、本措施自2024年5月1日起施行，有效期至2026年12月31日。\n"))
    assert (policy.effective_date, policy.expiry_date) == (dt.date(2024, 5, 1), dt.date(2026, 12, 31))  # a policy's own
    (by_person,) = parse_file(write(tmp_path, "person.txt", text.replace("解读机关：", "解读人：").replace(" 来源：乌鲁木齐市发展和改革委员会", "")))
    assert by_person.issuers == []  # a person is no issuer (a review)
    # (the page's 来源 on its date line is: h262 F8)
    (by_source,) = parse_file(write(tmp_path, "source.txt", text.replace("解读机关：", "解读人：")))
    assert by_source.issuers == ["乌鲁木齐市发展和改革委员会"] and by_source.inferred["issuer"] == "the web page's publisher"
    # two bodies interpreting, spaced or listed (h193: one body of both names)
    for joint in ("解读机关：浙江省财政厅 国家税务总局浙江省税务局", "解读机关：浙江省财政厅、国家税务总局浙江省税务局"):
        (jointly,) = parse_file(write(tmp_path, "joint.txt", text.replace("解读机关：乌鲁木齐市发展和改革委员会", joint)))
        assert jointly.issuers == ["浙江省财政厅", "国家税务总局浙江省税务局"], joint
    # printed after a notice's signature, an interpretation is the notice's closing text, no document nor clauses
    notice = ("某市人民政府办公室关于印发某市稳就业若干措施的通知\n某政办发〔2024〕3号\n各县区人民政府：\n一、扩大就业。\n"
              "二、本措施自2024年3月1日起施行。\n某市人民政府办公室\n2024年2月20日\n《某市稳就业若干措施》政策解读\n一、主要内容\n"
              "对新招用高校毕业生的企业，给予每人1000元一次性扩岗补助。\n二、执行期限\n自2024年3月1日起施行。\n")
    (with_closing,) = parse_file(write(tmp_path, "notice.txt", notice))
    assert [c.number for c in with_closing.clauses] == ["一、", "二、"] and not any(c.amounts for c in with_closing.clauses)


def test_a_bureau_of_a_corps_is_one_issuer():
    assert split_issuers("新疆生产建设兵团统计局") == ["新疆生产建设兵团统计局"]


def test_a_bare_attachment_line_after_the_notices_signature_opens_the_attachment(tmp_path):
    """附件 after the notice's signature, then the attached document's own letterhead and date: the
    letterhead is the attachment's (it had gone into the notice when 附件 was read as a list)."""
    text = ("某省人力资源和社会保障厅关于转发某部门通知的通知\n某人社发〔2024〕5号\n各市人社局：\n现将有关通知转发给你们，请遵照执行。\n"
            "某省人力资源和社会保障厅\n2024年5月28日\n附件\n某省人力资源和社会保障厅\n（2024年5月20日）\n关于做好高校毕业生就业工作的通知\n"
            "各市人社局：\n一、扩大就业。各地要加强服务。\n")
    notice, forwarded = parse_file(write(tmp_path, "att.txt", text))
    assert notice.issuers == ["某省人力资源和社会保障厅"] and forwarded.title == "关于做好高校毕业生就业工作的通知"
    assert "某省人力资源和社会保障厅" in forwarded.issuers


def test_a_red_header_naming_its_kind_of_paper_and_two_issuers_on_one_letterhead_line(tmp_path):
    text = ("芜湖市人民政府行政规范性文件\n芜湖市人民政府关于印发若干政策的通知\n芜政规〔2024〕3号\n各县市区人民政府：\n"
            "现将若干政策印发给你们。\n芜湖市人民政府\n2024年2月26日\n")
    assert parse_file(write(tmp_path, "wh.txt", text))[0].issuers == ["芜湖市人民政府"]
    text = ("洛阳市人力资源和社会保障局　洛阳市财政局\n关于开展2024年度就业补贴申报工作的通告\n为做好稳就业工作，现将有关事项通告如下：\n"
            "一、补贴对象\n（一）高校毕业生。\n洛阳市人力资源和社会保障局\n2024年2月20日\n")
    assert parse_file(write(tmp_path, "ly.txt", text))[0].issuers == ["洛阳市人力资源和社会保障局", "洛阳市财政局"]


FORWARDED_WHOLE = (
    "平凉市人民政府办公室关于转发甘肃省人力资源和社会保障厅等部门关于做好就业见习工作的通知的通知\n平政办发〔2023〕12号\n"
    "各县（市、区）人民政府：\n现将《甘肃省人力资源和社会保障厅等部门关于做好就业见习工作的通知》转发给你们，请认真贯彻执行。\n"
    "平凉市人民政府办公室\n2023年5月10日\n"
    "甘肃省人力资源和社会保障厅等部门关于做好就业见习工作的通知\nHEAD\n各市州人力资源和社会保障局、财政局：\n"
    "为做好就业见习工作，现将有关事项通知如下。\n一、扩大见习规模\n（一）见习补贴标准为每人每月1500元。\n"
    "甘肃省人力资源和社会保障厅\n甘肃省财政厅\n2023年4月20日\n"
)


@pytest.mark.parametrize("head,number", [("甘人社通〔2023〕88号", "甘人社通〔2023〕88号"),
                                         ("甘肃省人力资源和社会保障厅　甘肃省财政厅", None),
                                         ("甘人社通〔2023〕88号\n甘肃省人力资源和社会保障厅　甘肃省财政厅", "甘人社通〔2023〕88号")])
def test_a_forwarded_document_printed_with_its_number_or_issuers_under_its_title_is_its_own(tmp_path, head, number):
    """The forwarded document's title followed by its 文号 or its issuers, then its addressees:
    it had stayed inside the notice, which took its clauses."""
    notice, forwarded = parse_file(write(tmp_path, "fwd.txt", FORWARDED_WHOLE.replace("HEAD", head)))
    assert forwarded.title == "甘肃省人力资源和社会保障厅等部门关于做好就业见习工作的通知"
    assert (forwarded.doc_number.text if forwarded.doc_number else None) == number
    assert forwarded.issuers == ["甘肃省人力资源和社会保障厅", "甘肃省财政厅"]
    assert [c.path for c in forwarded.clauses] == ["1.1"] and notice.forwards == [forwarded.key]
    assert not any("见习补贴" in c.text for c in notice.clauses)


def test_a_bureaus_district_branch_is_one_issuer_and_a_bare_deng_is_not_part_of_a_name():
    assert split_issuers("上海市公安局奉贤分局") == ["上海市公安局奉贤分局"]
    assert split_issuers("上海市商务委员会上海海关") == ["上海市商务委员会", "上海海关"]
    assert issuers_from_title("上海市高级人民法院等关于印发《某办法》的通知") == ["上海市高级人民法院"]


def test_date_line_without_signature_names_closes_the_notice():
    text = "各有关单位：\n现将《某某资助办法》印发给你们，请遵照执行。\n2023 年5 月15 日\n某某资助办法\n第一条为了规范资助，制定本办法。\n"
    assert find_signature_block(split_paragraphs(text)) == ([], dt.date(2023, 5, 15))


def test_a_date_in_a_flattened_table_is_not_a_signature():
    text = "（一）完成清理工作。各区负责\n2023 年12 月31 日\n（二）开展评估。\n"
    assert find_signature_block(split_paragraphs(text)) == ([], None)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["drop", "marker", "break", "space"]), st.integers(0, 10_000)), max_size=8))
def test_mutated_real_document_is_parsed_or_refused_never_crashes(tmp_path_factory, edits):
    lines = REAL.split("\n")
    for op, at in edits:
        i = at % len(lines)
        if op == "drop" and len(lines) > 1:
            lines.pop(i)
        elif op == "marker":
            lines.insert(i, f"# Page {at % 999}:")
        elif op == "break" and len(lines[i]) > 1:
            cut = 1 + at % (len(lines[i]) - 1)
            lines[i : i + 1] = [lines[i][:cut], lines[i][cut:]]
        elif op == "space":
            lines[i] = " ".join(lines[i])
    path = tmp_path_factory.mktemp("mutated") / "doc.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    try:
        documents = parse_file(path)
    except IngestError:
        return
    source = path.read_text(encoding="utf-8")
    for doc in documents:
        if doc.title_span:
            assert source[doc.title_span.start : doc.title_span.end] == doc.title_span.text


def test_signature_date_without_day_character():
    text = "现印发给你们，请认真执行。\n甘肃省人民政府办公厅\n2023 年3 月23\n"
    assert find_signature_block(split_paragraphs(text)) == (["甘肃省人民政府办公厅"], dt.date(2023, 3, 23))


def test_a_signature_date_typed_with_a_circle_for_zero(tmp_path):
    """二○二三年 (U+25CB, as typed for 〇) is read as 二〇二三年."""
    text = ("某某市人民政府办公室关于做好就业工作的通知\n某政办发〔2023〕5号\n各区人民政府，市政府各部门：\n"
            "现将有关事项通知如下。\n一、加强组织领导。各区要落实责任。\n请认真贯彻执行。\n某某市人民政府办公室\n二○二三年四月二十五日\n")
    (doc,) = parse_file(write(tmp_path, "notice.txt", text))
    assert doc.date == dt.date(2023, 4, 25)


@pytest.mark.parametrize("brackets", ["()", "【】", "（）"])
def test_a_doc_number_with_its_year_in_other_brackets_is_read(tmp_path, brackets):
    text = (f"某某市人民政府办公室关于做好就业工作的通知\n某政办发{brackets[0]}2023{brackets[1]}5号\n各区人民政府，市政府各部门：\n"
            "一、加强组织领导。各区要落实责任。\n某某市人民政府办公室\n2023年4月25日\n")
    (doc,) = parse_file(write(tmp_path, "notice.txt", text))
    assert doc.doc_number is not None and doc.doc_number.text == "某政办发〔2023〕5号"


JIANGXI = """江西省人力资源和社会保障厅文件
赣人社字〔2024〕52号
江西省人力资源和社会保障厅 江西省财政厅 国家税务总局江西省税务局关于
转发《人力资源社会保障部 财政部 国家税务总局关于延续实施失业保险援企
稳岗政策的通知》的通知
各设区市人力资源社会保障局、财政局，国家税务总局各设区市税务局：
　　现将《人力资源社会保障部 财政部 国家税务总局关于延续实施失业保险
援企稳岗政策的通知》（人社部发〔2024〕40号）转发给你们，请一并贯彻执行。
　　一、加快稳岗返还进度。各设区市于年底前全部发放到位。
　　附件：人力资源社会保障部 财政部 国家税务总局关于延续实施失业保险
援企稳岗政策的通知
江西省人力资源和社会保障厅　江西省财政厅
国家税务总局江西省税务局
2024年6月20日
（此件主动公开）
附件
人力资源社会保障部 财政部 国家税务总局关于延续实施失业保险援企稳岗政
策的通知
人社部发〔2024〕40号
各省、自治区、直辖市人力资源社会保障厅（局）、财政厅（局）：
　　一、延续实施稳岗返还政策。中小微企业按60%返还。
人力资源社会保障部　　财政部
国家税务总局
2024年5月30日
"""


def test_a_joint_forwarding_notice_with_a_long_title_and_its_attachment_listed_above_the_signature(tmp_path):
    """The notice's title (three issuers and the title it forwards: 77 characters, three lines) is
    not glued to the addressees; its 附件：… line above its signature lists the attachment, which
    begins after the signature; ministries named side by side are three issuers."""
    notice, forwarded = parse_file(write(tmp_path, "jx.txt", JIANGXI))
    assert notice.title.startswith("江西省人力资源和社会保障厅 江西省财政厅 国家税务总局江西省税务局关于转发《") and notice.title.endswith("》的通知")
    assert (notice.doc_number.text, notice.date.isoformat()) == ("赣人社字〔2024〕52号", "2024-06-20")
    assert notice.issuers == ["江西省人力资源和社会保障厅", "江西省财政厅", "国家税务总局江西省税务局"]
    assert forwarded.title == "人力资源社会保障部 财政部 国家税务总局关于延续实施失业保险援企稳岗政策的通知"
    assert (forwarded.doc_number.text, forwarded.date.isoformat(), forwarded.level) == ("人社部发〔2024〕40号", "2024-05-30", "national")
    assert forwarded.issuers == ["人力资源社会保障部", "财政部", "国家税务总局"]
    assert notice.forwards == [forwarded.key]


def test_the_issued_texts_title_under_the_signature_stays_its_own_line_whatever_kind_it_names(tmp_path):
    """2023 年5 月26 日 / 成都市2023 年优化营商环境重点工作安排 / 为全面落实…，…: the title, then the text's first sentence (a blind
    test: joined into one preamble paragraph, the alternative title lost)."""
    text = ("成都市人民政府办公厅关于印发成都市2023年优化营商环境重点工作安排的通知\n成办函〔2023〕38号\n各区（市）县政府：\n"
            "《成都市2023年优化营商环境重点工作安排》已经市政府同意，现印发给你们，请认真抓好落实。\n成都市人民政府办公厅\n2023 年5 月26 日\n"
            "成都市2023 年优化营商环境重点工作安排\n为全面落实《四川省营商环境提升年行动方案》，持续打造国际一流营商环境，现提出以下工作安排。\n"
            "一、持续优化政务服务\n（一）深化“一件事一次办”改革。\n")
    (doc,) = parse_file(write(tmp_path, "蓉.txt", text))
    assert doc.alternative_title == "成都市2023年优化营商环境重点工作安排"


def test_the_issued_texts_title_as_the_running_head_over_the_number_is_passed_over(tmp_path):
    """6. …实施办法（试行）的通知（2023 年4 月18 日） / <page> / 河南省营商环境评价实施办法（试行） / 豫政办〔2023〕21 号: the issued
    text's title, printed under the signature later, is the page's head here (a mutation test: the 文号 had been lost)."""
    text = ("6. 河南省人民政府办公厅关于印发河南省营商环境评价实施办法\n（试行）的通知（2023 年4 月18 日）\n# Page 424:\n"
            "河南省营商环境评价实施办法（试行）\n豫政办〔2023〕21 号\n各省辖市人民政府，省人民政府各部门：\n"
            "《河南省营商环境评价实施办法（试行）》已经省政府同意，现印发给你们，请认真贯彻执行。\n河南省人民政府办公厅\n2023 年4 月18 日\n"
            "河南省营商环境评价实施办法（试行）\n第一条 为持续优化营商环境，制定本办法。\n第二条 本办法自2023 年5 月1 日起施行。\n")
    (doc,) = parse_file(write(tmp_path, "豫.txt", text))
    assert (doc.doc_number.text, doc.alternative_title) == ("豫政办〔2023〕21号", "河南省营商环境评价实施办法（试行）")


FORWARDED_SIGNED = ("山东省人民政府办公厅转发省发展改革委关于物流降本增效若干措施的通知\n鲁政办发〔2023〕11号\n各市人民政府：\n"
                    "省发展改革委《物流降本增效若干措施》已经省政府同意，现转发给你们，请认真贯彻执行。\n山东省人民政府办公厅\n2023年6月12日\n"
                    "物流降本增效若干措施\n为降低全社会物流成本，提出如下措施。\n一、推进多式联运“一单制”。\n二、优化口岸通关流程。\n"
                    "山东省发展和改革委员会\n山东省交通运输厅\n2023年5月26日\n")


@pytest.mark.parametrize("footer", ["抄送：省委各部门，省法院。\n山东省人民政府办公厅 2023年6月12日印发\n",
                                    "抄送：省委各部门，省法院。\n", "山东省人民政府办公厅\n2023年6月12日印发\n"])
def test_a_forwarded_texts_own_signature_above_the_notices_footer_is_its_own(tmp_path, footer):
    """The notice's 版记 (抄送… / …印发) closes the file under the forwarded text's signature: the signature is still the
    forwarded text's, its date and issuers (a blind test: they had gone to the notice, the text dated by the notice)."""
    notice, forwarded = parse_file(write(tmp_path, "鲁.txt", FORWARDED_SIGNED + footer))
    assert (forwarded.date.isoformat(), forwarded.issuers) == ("2023-05-26", ["山东省发展和改革委员会", "山东省交通运输厅"])
    assert notice.date.isoformat() == "2023-06-12" and footer.splitlines()[0] in [s.text for s in notice.segments]


CLOSED = [
    ("深圳市人民政府办公厅关于印发促进就业若干措施的通知\n深府办规〔2023〕3号\n各区人民政府：\n一、稳定就业\n"
     "（一）加强组织实施。本措施自印发之日起施行。\n\n公开方式：主动公开\n\n抄送：市委各部门。\n深圳市人民政府办公厅秘书处 2023年5月19日印发\n",
     "本措施自印发之日起施行。", "公开方式：主动公开"),
    ("西宁市人民政府关于同意设立城东区青年创业孵化基地的批复\n宁政函〔2024〕15号\n城东区人民政府：\n你区《关于申请设立…的请示》收悉。经研究，批复如下：\n"
     "一、同意设立城东区青年创业孵化基地。\n二、市人社局、市财政局要加强指导和支持。\n此复。\n西宁市人民政府\n2024年4月2日\n",
     "要加强指导和支持。", "此复。"),
]


@pytest.mark.parametrize("text,last_words,closing", CLOSED)
def test_a_publication_note_or_a_replys_formula_after_the_last_item_is_closing_text(tmp_path, text, last_words, closing):
    (document,) = parse_file(write(tmp_path, "closed.txt", text))
    assert document.clauses[-1].text.endswith(last_words)
    assert any(s.text.startswith(closing) for s in document.segments if s.kind == "closing")


ORDER_BODY = ("《河北省优化营商环境办法》已经2024 年4 月26 日省政府第\n45 次常务会议通过，现予公布，自2024 年7 月1 日起施行。\n"
              "省长 王正谱\n2024 年5 月10 日\n河北省优化营商环境办法\n第一章 总 则\n"
              "第一条 为了持续优化营商环境，根据《优化营商环境条例》，结合本省实际，制定本办法。\n"
              "第二条 本办法由省发展改革部门负责解释。\n")


# an order's number keeps its 第 with a year too, as it is printed and cited (a blind probe's gold: 〔2023〕第4号)
@pytest.mark.parametrize("order,number", [("河北省人民政府令\n〔2024〕第 3 号\n", "河北省人民政府令〔2024〕第3号"),
                                          ("河北省人民政府令〔2024〕第3号\n", "河北省人民政府令〔2024〕第3号"),
                                          ("河北省人民政府令〔2024〕3号\n", "河北省人民政府令〔2024〕第3号"),
                                          # the order's own number, counted on without years (a blind probe, z169: none)
                                          ("河北省人民政府令\n第 231 号\n", "河北省人民政府令第231号"),
                                          ("河北省人民政府令第231号\n", "河北省人民政府令第231号")])
def test_a_government_order_is_titled_by_the_rules_it_issues_and_dated_by_who_signs_it(tmp_path, order, number):
    (doc,) = parse_file(write(tmp_path, "令.txt", order + ORDER_BODY))
    assert (doc.title, doc.issuer, doc.date, doc.jurisdiction, doc.level) == (
        "河北省优化营商环境办法", "河北省人民政府", dt.date(2024, 5, 10), "河北省", "provincial")
    assert (doc.doc_number.text if doc.doc_number else None) == number
    if doc.doc_number.year is None:  # keyed by the order's name and number; no year in the graph
        assert doc.key.startswith("hebeishengrenminzhengfuling-231")
    assert doc.title_span.text == "河北省优化营商环境办法"  # in the order's sentence
    assert [c.number for c in doc.clauses] == ["第一条", "第二条"]


@pytest.mark.parametrize("order", ["河北省人民政府令\n第 231 号\n", "河北省人民政府令第231号\n", "河北省人民政府令\n〔2024〕第 3 号\n",
                                   "河北省人民政府令（第231号）\n", "河北省人民政府令\n（第 231 号）\n"])  # (a review: in brackets)
def test_an_order_under_a_compilations_heading_names_its_issuer(tmp_path, order):
    """9. 河北省优化营商环境办法（2024 年5 月10 日） / 河北省人民政府令 / 第231号: the heading gave the title, and the
    order's name was no longer read (no issuer)."""
    (doc,) = parse_file(write(tmp_path, "令.txt", "9. 河北省优化营商环境办法（2024 年5 月10 日）\n" + order + ORDER_BODY))
    assert (doc.title, doc.issuers, doc.jurisdiction) == ("河北省优化营商环境办法", ["河北省人民政府"], "河北省")


WEB_NOTICE = ("绵阳市人民政府办公室关于进一步做好稳就业工作的通知\n绵府办发〔2024〕5号\n各县（市、区）人民政府，市级各部门：\n"
              "为全力稳定和扩大就业，现就有关事项通知如下。\n"
              "一、对就业困难人员，按每人每月不超过800元的标准给予岗位补贴。（责任单位：市人社局、市财政局）\n"
              "二、本通知自印发之日起施行。\n绵阳市人民政府办公室\n2024年2月28日\n")


@pytest.mark.parametrize("head,tail", [
    ("首页 > 政务公开 > 政策文件\n", ""),
    ("", "【打印】【关闭】\n扫一扫在手机打开当前页\n"),
    ("索引号：008446012/2024-00031 发文机关：绵阳市人民政府办公室 发文字号：绵府办发〔2024〕5号\n", ""),
    ("当前位置：首页 > 政策文件\n", "【打印】【关闭】\n"),
    # the table of facts one field a line
    ("索引号：008446012/2024-00031\n发文机关：绵阳市人民政府办公室\n发文字号：绵府办发〔2024〕5号\n成文日期：2024-02-28\n"
     "发布日期：2024-03-05\n主题分类：劳动、人事、监察\n", ""),
    ("发文字号：绵府办发〔2024〕5号\n成文日期：2024年2月28日\n", ""),
])
def test_a_notice_copied_from_a_web_page_reads_as_the_notice(tmp_path, head, tail):
    """The page's breadcrumb, publishing line, table of facts and buttons are not the notice's: the
    same title, 文号, key and clauses as the notice alone; a 文号 only in the table of facts is kept."""
    (plain,) = parse_file(write(tmp_path, "plain.txt", WEB_NOTICE))
    title, rest = WEB_NOTICE.split("\n", 1)
    published = "发布时间：2024-03-05 来源：市人民政府办公室 字号：大 中 小\n"
    (web,) = parse_file(write(tmp_path, "web.txt", head + title + "\n" + published + rest + tail))
    assert (web.title, web.doc_number.text, web.key, web.date) == (plain.title, plain.doc_number.text, plain.key, plain.date)
    assert [c.text for c in web.clauses] == [c.text for c in plain.clauses]
    assert not web.references
    only_in_table = "索引号：008446012/2024-00031 发文字号：绵府办发〔2024〕5号\n" + WEB_NOTICE.replace("绵府办发〔2024〕5号\n", "")
    (table,) = parse_file(write(tmp_path, "table.txt", only_in_table))
    assert (table.title, table.doc_number.text, table.key) == (plain.title, plain.doc_number.text, plain.key)


@pytest.mark.parametrize("kind", ["若干政策", "若干措施", "政策措施"])
def test_the_issued_policys_own_title_is_its_alternative_title(tmp_path, kind):
    title = f"南昌市支持高校毕业生留昌就业创业{kind}"
    text = (f"南昌市人民政府办公室关于印发{title}的通知\n洪府办发〔2024〕11 号\n各县（区）人民政府，市政府各部门：\n"
            f"现将《{title}》印发给你们，请认真贯彻执行。\n南昌市人民政府办公室\n2024 年4 月8 日\n{title}\n"
            "一、对毕业2 年内的本科毕业生，给予每人一次性就业补贴3000 元。\n二、本政策自2024 年5 月1 日起施行。\n")
    (doc,) = parse_file(write(tmp_path, "notice.txt", text))
    assert doc.alternative_title == title
    assert all(s.text != title for s in doc.segments) and doc.clauses[0].number == "一、"


def test_the_issued_policys_title_ending_in_若干政策_before_its_preamble_stands_alone(tmp_path):
    """绍兴市…若干政策 / 为深入贯彻…: the title had been read into the preamble's first sentence (若干政策 ended no title's
    line; a blind probe, z86: 若干措施 did), so the issued text had no alternative title."""
    title = "绍兴市促进民营经济高质量发展若干政策"
    text = (f"绍兴市人民政府关于印发{title}的通知\n绍政发〔2023〕12 号\n各区、县（市）人民政府：\n"
            f"现将《{title}》印发给你们，请认真贯彻执行。\n绍兴市人民政府\n2023 年6 月12 日\n（此件公开发布）\n{title}\n"
            "为深入贯彻《中共中央国务院关于促进民营经济发展壮大的意见》，制定本政策。\n"
            "一、对首次升规的企业，给予一次性奖励10 万元。\n")
    (doc,) = parse_file(write(tmp_path, "notice.txt", text))
    assert doc.alternative_title == title
    assert all(not s.text.startswith(title) for s in doc.segments)


@pytest.mark.parametrize("lines", [
    ["曲靖市人民政府办公室关于印发曲靖市支持外贸", "稳规模优结构若干措施和曲靖市外贸发展专项资金", "管理实施细则的通知"],
    ["曲靖市人民政府办公室关于印发曲靖市支持外贸稳规模优结构若干措施", "和曲靖市外贸发展专项资金管理实施细则的通知"],
    ["曲靖市人民政府办公室关于印发曲靖市支持外贸稳规模优结构若干措施", "实施细则的通知"],
])
def test_a_notices_title_wrapped_after_a_word_of_the_issued_texts_kind_goes_on_to_its_own_kind(tmp_path, lines):
    """…关于印发…若干措施 / 和…实施细则的通知: the notice's title ends with 的通知, not with 若干措施."""
    text = ("曲靖市人民政府办公室文件\n曲政办发〔2024〕9 号\n" + "\n".join(lines) + "\n各县（市、区）人民政府，市直各部门：\n"
            "现将有关措施印发给你们，请认真贯彻执行。\n曲靖市人民政府办公室\n2024 年3 月1 日\n")
    (doc,) = parse_file(write(tmp_path, "notice.txt", text))
    assert doc.title == "".join(lines) and doc.date == dt.date(2024, 3, 1)
    assert [s.text for s in doc.segments][:1] == ["各县（市、区）人民政府，市直各部门："]


def test_national_bodies_named_without_a_state_prefix_are_issuers_of_their_own():
    """共青团中央, 全国妇联, 中国人民银行, 金融监管总局 …: a joint notice's issuers, national; a local
    branch (中国人民银行上海总部) is no national body."""
    from policykg.ingest.places import is_national_issuer

    assert split_issuers("人力资源社会保障部共青团中央") == ["人力资源社会保障部", "共青团中央"]
    assert split_issuers("中国人民银行金融监管总局") == ["中国人民银行", "金融监管总局"]
    assert all(is_national_issuer(n) for n in ("共青团中央", "中国人民银行", "金融监管总局", "全国妇联"))
    assert not is_national_issuer("中国人民银行上海总部")
    # a Party central body's office is one body; 中共中央 国务院 are two
    assert split_issuers("中共中央台湾工作办公室") == ["中共中央台湾工作办公室"]
    assert split_issuers("中共中央国家机关工作委员会") == ["中共中央国家机关工作委员会"]
    assert split_issuers("中共中央国务院") == ["中共中央", "国务院"]


def test_a_joint_notice_with_the_youth_league_keeps_its_head(tmp_path):
    text = ("人 力 资 源 社 会 保 障 部\n共  青  团  中  央\n人社部发〔2024〕32 号\n"
            "人力资源社会保障部 共青团中央关于做好离校未就业高校毕业生服务工作的通知\n"
            "各省、自治区、直辖市人力资源社会保障厅（局）、团委：\n一、做好实名服务。\n二、加强组织领导。各地要加强协同配合。\n"
            "人力资源社会保障部        共青团中央\n2024 年5 月20 日\n")
    (doc,) = parse_file(write(tmp_path, "notice.txt", text))
    assert (doc.doc_number.text, doc.issuers, doc.date, doc.level, doc.key) == (
        "人社部发〔2024〕32号", ["人力资源社会保障部", "共青团中央"], dt.date(2024, 5, 20), "national", "renshebufa-2024-32-cn")
    assert doc.title.endswith("关于做好离校未就业高校毕业生服务工作的通知") and doc.clauses[-1].text == "二、加强组织领导。各地要加强协同配合。"


MINISTRY_ORDER = ("人力资源社会保障部令\n第 50 号\n《人力资源社会保障行政复议办法》已经2024 年1 月10 日人力资源社会保障部第\n"
                  "10 次部务会审议通过，现予公布，自2024 年3 月1 日起施行。\n部长 王晓萍\n2024 年1 月24 日\n"
                  "人力资源社会保障行政复议办法\n第一条 为了规范行政复议工作，制定本办法。\n")
STATE_COUNCIL_ORDER = ("中华人民共和国国务院令\n第 777 号\n《优化营商环境条例》已经2019 年10 月8 日国务院第66 次常务会议通过，"
                       "现予公布，自2020 年1 月1 日起施行。\n总理 李克强\n2019 年10 月22 日\n优化营商环境条例\n第一章 总 则\n"
                       "第一条 为了持续优化营商环境，制定本条例。\n")


@pytest.mark.parametrize("text,title,issuer", [(MINISTRY_ORDER, "人力资源社会保障行政复议办法", "人力资源社会保障部"),
                                               (STATE_COUNCIL_ORDER, "优化营商环境条例", "中华人民共和国国务院")])
def test_a_ministrys_or_the_state_councils_order_names_its_issuer_and_the_rules_it_issues(text, title, issuer):
    head = parse_head(split_paragraphs(text))
    assert (head.title, head.issuers) == (title, [issuer])
    assert head.doc_number.text == text.split("\n")[0] + "第" + text.split("\n")[1].strip("第 号") + "号"  # 人力资源社会保障部令第50号


def test_a_standing_committees_announcement_is_titled_by_the_regulation_it_publishes(tmp_path):
    text = ("江西省人民代表大会常务委员会公告\n第 21 号\n《江西省就业促进条例》已由江西省第十四届人民代表大会常务委员会第八次会议"
            "于2024 年3 月28 日通过，现予公布，自2024 年6 月1 日起施行。\n江西省人民代表大会常务委员会\n2024 年3 月29 日\n"
            "江西省就业促进条例\n第一条  为了促进就业，根据《中华人民共和国就业促进法》，制定本条例。\n")
    (doc,) = parse_file(write(tmp_path, "公告.txt", text))
    assert (doc.title, doc.issuer, doc.date, doc.jurisdiction) == (
        "江西省就业促进条例", "江西省人民代表大会常务委员会", dt.date(2024, 3, 29), "江西省")
    assert doc.doc_number.text == "江西省人民代表大会常务委员会公告第21号"
    assert all(r.title != "江西省就业促进条例" for r in doc.references)  # no citation of itself


@pytest.mark.parametrize("number,expected", [
    ("（十四届第21 号）", "江西省人民代表大会常务委员会公告（十四届）第21号"), ("〔十四届〕第21 号", "江西省人民代表大会常务委员会公告（十四届）第21号"),
    ("（第21 号）", "江西省人民代表大会常务委员会公告第21号"), ("第二十一号", "江西省人民代表大会常务委员会公告第21号"),
])
def test_an_announcements_number_in_its_term_or_in_chinese_numerals_is_read(tmp_path, number, expected):
    """（十四届第5号）, 〔十四届〕第5号, 第五号 under a standing committee's 公告 (a blind test: no 文号); the term kept, as each term
    numbers from 1 again (a review: two terms' 第5号 would have been one document)."""
    text = (f"江西省人民代表大会常务委员会公告\n{number}\n《江西省就业促进条例》已由江西省第十四届人民代表大会常务委员会第八次会议"
            "于2024 年3 月28 日通过，现予公布，自2024 年6 月1 日起施行。\n江西省人民代表大会常务委员会\n2024 年3 月29 日\n"
            "江西省就业促进条例\n第一条  为了促进就业，根据《中华人民共和国就业促进法》，制定本条例。\n")
    (doc,) = parse_file(write(tmp_path, "公告.txt", text))
    assert (doc.title, doc.doc_number.text) == ("江西省就业促进条例", expected)


@pytest.mark.parametrize("signed", [True, False])
def test_a_body_the_title_names_by_its_level_alone_is_the_documents_own_places(tmp_path, signed):
    """市政府办公室关于印发…的通知 (江苏's cities title their notices so): 徐州's own office, the
    signature's 徐州市人民政府办公室, once; unsigned, 徐州市政府办公室: never one 市政府办公室 of every city."""
    text = ("徐州市人民政府办公室文件\n徐政办发〔2024〕21号\n市政府办公室关于印发徐州市进一步优化营商环境若干措施的通知\n"
            "各县（市）、区人民政府，市各委办局：\n《徐州市进一步优化营商环境若干措施》已经市政府同意，现印发给你们，请认真贯彻落实。\n"
            + ("徐州市人民政府办公室\n" if signed else "") + "2024年4月8日\n")
    if not signed:
        text = text.replace("徐州市人民政府办公室文件\n", "")
    (document,) = parse_file(write(tmp_path, "xz.txt", text))
    assert document.issuers == (["徐州市人民政府办公室"] if signed else ["徐州市政府办公室"])
    assert document.jurisdiction == "徐州市" and document.issuer == document.issuers[0]
    forwarded = text.replace("关于印发徐州市进一步优化营商环境若干措施", "关于转发苏州市人民政府关于加强就业工作意见")
    (forwarding,) = parse_file(write(tmp_path, "fw.txt", forwarded.replace("徐州市人民政府办公室\n", "")))
    assert forwarding.jurisdiction != "苏州市", "a forwarded text is another body's: it names no place of the forwarding one"


@pytest.mark.parametrize("between,title_line,title", [
    ("株洲市人力资源和社会保障局\n株洲市财政局\n", "关于印发《株洲市创业担保贷款管理办法》的通知",  # one issuer a line (spaced as
     "株洲市人力资源和社会保障局 株洲市财政局关于印发《株洲市创业担保贷款管理办法》的通知"),  # joint issuers are)
    ("株洲市人力资源和社会保障局　株洲市财政局\n", "中国人民银行株洲市分行关于印发《株洲市\n创业担保贷款管理办法》的通知",  # the last on
     "株洲市人力资源和社会保障局株洲市财政局中国人民银行株洲市分行关于印发《株洲市创业担保贷款管理办法》的通知"),  # the title's line
])
def test_a_joint_title_wrapped_after_its_issuers_keeps_all_of_them(tmp_path, between, title_line, title):
    text = (f"株人社发〔2024〕5号\n{between}{title_line}\n各县市区人力资源和社会保障局、财政局：\n现将办法印发给你们，请认真贯彻执行。\n"
            "株洲市人力资源和社会保障局　株洲市财政局\n2024年4月26日\n")
    (document,) = parse_file(write(tmp_path, "zz.txt", text))
    assert document.title == title and document.doc_number.text == "株人社发〔2024〕5号"
    assert text[document.title_span.start:document.title_span.end].startswith("株洲市人力资源和社会保障局")
    assert document.issuers[:2] == ["株洲市人力资源和社会保障局", "株洲市财政局"]


@pytest.mark.parametrize("issuer,place,level,province", [
    ("宁乡市人民政府", "宁乡市", "county", "湖南省"),  # a county until 2017
    ("龙港市人民政府", "龙港市", "county", "浙江省"),  # 2019, not 葫芦岛's 龙港区
    ("雄安新区管理委员会", "雄安新区", "municipal", "河北省"),
    ("青岛市即墨区人民政府", "即墨区", "county", "山东省"),
    ("宁乡县人民政府", "宁乡市", "county", "湖南省"),  # a name from before the change finds the place
])
def test_places_are_those_of_the_current_divisions(issuer, place, level, province):
    where = jurisdiction_of(issuer)
    assert (where.name, where.level, where.province.name) == (place, level, province)


def test_issuers_on_lines_of_their_own_under_the_number_then_the_title_repeated_is_one_notice(tmp_path):
    """杭市管〔2023〕58号 / 杭州市市场监督管理局 杭州市发展和改革委员会 … / … / 关于转发《…》的通知: the repeated title had
    opened a second document, and the forwarded text (its 文号, date and issuers) was lost in it."""
    text = ("杭州市市场监督管理局等三部门关于转发《浙江省市场监督管理局等三部门关于进一步提升企业开办便利度的通知》的通知\n"
            "杭市管〔2023〕58 号\n杭州市市场监督管理局 杭州市发展和改革委员会\n国家税务总局杭州市税务局\n"
            "关于转发《浙江省市场监督管理局等三部门关于进一步提升企业开办便利度的通知》的通知\n"
            "为进一步巩固企业开办便利化改革成果，现将《浙江省市场监督管理局等三部门关于进一步提升企业开办便利度的通知》（浙市监注〔2023〕7 号）"
            "转发给你们，请认真贯彻执行。\n"
            "杭州市市场监督管理局 杭州市发展和改革委员会\n国家税务总局杭州市税务局\n2023 年6 月2 日\n"
            "浙江省市场监督管理局等三部门关于进一步提升企业开办便利度的通知\n浙市监注〔2023〕7 号\n各市市场监管局：\n"
            "一、压缩开办时间。企业开办全流程压缩至1 个工作日。\n二、便利注销。推行简易注销。\n"
            "浙江省市场监督管理局 浙江省发展和改革委员会\n国家税务总局浙江省税务局\n2023 年5 月12 日\n")
    notice, forwarded = parse_file(write(tmp_path, "hangzhou.txt", text))
    assert notice.doc_number.text == "杭市管〔2023〕58号" and notice.forwards == [forwarded.key]
    assert forwarded.doc_number.text == "浙市监注〔2023〕7号" and forwarded.jurisdiction == "浙江省"
    assert [c.path for c in forwarded.clauses] == ["1", "2"]


def test_the_texts_a_notice_issues_named_in_its_title_are_its_own_not_citations(tmp_path):
    """关于印发《A》和《B》的通知 / 现将《A》和《B》印发给你们: both are the notice's own text (both had been cited); 印发贯彻落实
    《条例》若干措施 still applies the 条例."""
    text = ("湖南省人民政府办公厅关于印发《湖南省2023年政务管理服务工作要点》和《湖南省2023年政务公开工作要点》的通知\n湘政办函〔2023〕20号\n"
            "各市州人民政府：\n现将《湖南省2023年政务管理服务工作要点》和《湖南省2023年政务公开工作要点》印发给你们，请认真贯彻执行。\n"
            "一、推进政务服务标准化。\n二、深化政务公开。\n湖南省人民政府办公厅\n2023年4月3日\n")
    (document,) = parse_file(write(tmp_path, "hunan.txt", text))
    assert document.references == []
    applying = text.replace("关于印发《湖南省2023年政务管理服务工作要点》和《湖南省2023年政务公开工作要点》的通知",
                            "关于印发贯彻落实《促进个体工商户发展条例》若干措施的通知").replace(
        "现将《湖南省2023年政务管理服务工作要点》和《湖南省2023年政务公开工作要点》印发给你们", "为贯彻落实《促进个体工商户发展条例》，制定本措施")
    (document,) = parse_file(write(tmp_path, "gansu.txt", applying))
    assert [(r.title, r.relation) for r in document.references] == [("促进个体工商户发展条例", "applies")]


def test_an_announcements_number_is_its_own_number_not_a_citation(tmp_path):
    """国家税务总局公告2023年第3号 under an announcement's title: its number (it had been no number, and once
    announcements' numbers were read as references, a citation of itself)."""
    text = ("3. 国家税务总局关于优化纳税缴费服务的公告（2023 年2 月2 日）\n国家税务总局公告2023 年第3 号\n"
            "为进一步优化纳税缴费服务，现将有关事项公告如下：\n一、符合条件的纳税人可以通过自然人电子税务局办理。\n"
            "二、本公告自发布之日起施行。\n特此公告。\n国家税务总局\n2023 年2 月2 日\n")
    (document,) = parse_file(write(tmp_path, "公告.txt", text))
    assert document.doc_number.text == "国家税务总局公告2023年第3号" and document.references == []
    assert [c.path for c in document.clauses] == ["1", "2"]
    # a local body's on its line too (a blind test: no number)
    local = text.replace("国家税务总局关于", "郑州市市场监督管理局关于").replace("国家税务总局公告", "郑州市市场监督管理局公告")
    (document,) = parse_file(write(tmp_path, "公告2.txt", local))
    assert document.doc_number.text == "郑州市市场监督管理局公告2023年第3号" and document.references == []


def test_the_texts_a_title_issues_without_brackets_are_its_own_not_citations(tmp_path):
    """关于印发A和B的通知 (no 《》 in the title, as most titles are written) / 《A》和《B》已经市政府同意，现印发给你们:
    both had been cited by the notice that issues them."""
    from policykg.ingest.pipeline import issued_in_title

    text = ("济南市人民政府办公厅关于印发济南市支持民营经济发展若干措施和济南市2023年惠企政策兑现清单的通知\n济政办发〔2023〕6号\n"
            "各区县人民政府：\n《济南市支持民营经济发展若干措施》和《济南市2023年惠企政策兑现清单》已经市政府同意，现印发给你们。\n"
            "一、支持企业梯度培育。（责任单位：市工业和信息化局）\n二、降低融资成本。（责任单位：市财政局）\n济南市人民政府办公厅\n2023年4月3日\n")
    (document,) = parse_file(write(tmp_path, "jinan.txt", text))
    assert document.references == []
    assert issued_in_title("关于印发贯彻落实优化营商环境条例若干措施的通知") == ["贯彻落实优化营商环境条例若干措施"]  # one text, not cut at 条例
    assert issued_in_title("关于转发省发展改革委优化营商环境方案和实施办法的通知") == []  # forwarded: another's


def test_forwarded_texts_bodies_named_after_the_first_without_their_shared_place_take_it(tmp_path):
    """自治区人力资源社会保障厅、发展改革委、财政厅《…》: all three, each the region's (only the first had been read, and
    自治区… had stayed without its region)."""
    text = ("广西壮族自治区人民政府办公厅关于转发自治区人力资源社会保障厅等部门进一步稳就业若干措施的通知\n桂政办发〔2023〕31号\n"
            "各市人民政府，自治区人民政府各组成部门：\n自治区人力资源社会保障厅、发展改革委、财政厅《进一步稳就业若干措施》已经自治区人民政府"
            "同意，现转发给你们，请认真贯彻执行。\n广西壮族自治区人民政府办公厅\n2023年5月9日\n进一步稳就业若干措施\n"
            "一、稳定岗位。（自治区人力资源社会保障厅负责）\n二、扩大就业。（自治区发展改革委负责）\n")
    _, forwarded = parse_file(write(tmp_path, "guangxi.txt", text))
    assert forwarded.issuers == ["广西壮族自治区人力资源社会保障厅", "广西壮族自治区发展改革委", "广西壮族自治区财政厅"]


def test_a_bodys_short_and_full_names_are_one_issuer():
    from policykg.ingest.metadata import placed_issuers

    issuers = ["自治区市场监管局", "自治区发展改革委", "广西壮族自治区市场监督管理局", "广西壮族自治区发展和改革委员会"]
    assert placed_issuers(issuers, "广西壮族自治区", "广西壮族自治区") == ["广西壮族自治区市场监督管理局", "广西壮族自治区发展和改革委员会"]
    # a department's or a zone committee's short name in the title, its full name signing (they had been two issuers)
    assert len(placed_issuers(["无锡市人社局", "无锡市人力资源和社会保障局"], "无锡市", "江苏省")) == 1
    assert len(placed_issuers(["成都高新区管委会", "成都高新区管理委员会"], "成都市", "四川省")) == 1


@pytest.mark.parametrize("issuer,place,level", [
    ("国家税务总局黑龙江省税务局", "黑龙江省", "provincial"), ("中国人民银行南昌中心支行", "南昌市", "municipal"),
    ("国家金融监督管理总局江西监管局", "江西省", "provincial"), ("国家税务总局", "中国", "national"),
])
def test_a_national_bodys_office_in_a_place_is_of_that_place(issuer, place, level):
    """国家税务总局黑龙江省税务局's own plan had been national (it opens with 国家)."""
    from policykg.ingest.metadata import jurisdiction_of, jurisdiction_of_document

    where = jurisdiction_of(issuer)
    assert (where.name, where.level) == (place, level)
    joint = jurisdiction_of_document(["海南省人力资源和社会保障厅", "中国人民银行海口中心支行"], None)
    assert joint.name == "海南省"  # a bank's office among joint issuers does not narrow the place


@pytest.mark.parametrize("opening", ["2023 年是全面贯彻落实党的二十大精神的开局之年。重点抓好以下工作：",
                                     "今年是实施“十四五”规划承上启下的关键一年。重点抓好以下工作："])
def test_the_issued_plans_title_before_an_opening_about_the_year(tmp_path, opening):
    """…工作要点 / 2023年是…的开局之年: the plan's title line had not been read as its title (only openings such as 为… were known
    to start a text), so the plan had no alternative title (a blind probe, z27; corpus-dev's 上海_07, 甘肃_02, 甘肃_08)."""
    title = "辽宁省营商环境建设局2023年工作要点"
    text = (f"辽宁省营商环境建设局关于印发《{title}》的通知\n辽营商发〔2023〕4 号\n各市营商环境建设局：\n"
            f"现将《{title}》印发给你们，请抓好贯彻落实。\n辽宁省营商环境建设局\n2023 年2 月20 日\n{title}\n{opening}\n"
            "一、深化营商环境制度建设\n1．推动营商环境立法。开展立法调研。（牵头处室：政策法规处）\n")
    (doc,) = parse_file(write(tmp_path, "辽.txt", text))
    assert doc.alternative_title == title


def test_a_joint_notices_numbers_on_one_line_give_its_first_issuers():
    """深关综〔2023〕88 号  深商务口岸〔2023〕31 号: no 文号 had been read, and both had been taken for citations (a blind probe,
    z33)."""
    head = head_of("深圳海关等8部门关于印发《深圳口岸2023年促进跨境贸易便利化若干措施》的通知（2023 年5 月9 日）\n"
                   "深关综〔2023〕88 号  深商务口岸〔2023〕31 号\n各有关单位：\n现将有关措施印发给你们，请认真贯彻执行。\n")
    assert head.doc_number.text == "深关综〔2023〕88号"
    assert parse_doc_number_line("深关综〔2023〕88号深商务口岸〔2023〕31号").text == "深关综〔2023〕88号"
    assert parse_doc_number_line("深关综〔2023〕88号附件") is None


@pytest.mark.parametrize("facts", ["索引号\n11320100MB1234567X/2023-00123\n发文机关\n南京市人民政府\n发文字号\n宁政发〔2023〕56号\n成文日期\n2023-05-10\n",
                                   "索引号：11320100MB1234567X/2023-00123\n发文字号：宁政发〔2023〕56号\n成文日期：2023-05-10\n"])
def test_a_web_pages_facts_give_the_doc_number_beside_its_label(facts):
    """发文字号 / 宁政发〔2023〕56号 in a web page's table of facts above the text: no 文号 had been read (a blind probe, z22)."""
    head = head_of("南京市人民政府关于印发南京市促进民营经济发展若干政策措施的通知\n" + facts
                   + "各区人民政府，市府各委办局：\n现将《南京市促进民营经济发展若干政策措施》印发给你们，请认真贯彻执行。\n")
    assert head.doc_number.text == "宁政发〔2023〕56号"


@pytest.mark.parametrize("line,issuers", [("上海市闵行区人民政府", ["上海市闵行区人民政府"]),
                                          ("上海市闵行区人民政府办公室", ["上海市闵行区人民政府办公室"]),
                                          ("上海市人民政府上海市闵行区人民政府", ["上海市人民政府", "上海市闵行区人民政府"])])
def test_a_district_named_after_its_city_is_one_issuer(line, issuers):
    """上海市闵行区人民政府: cut at the 行 of 闵行 (a bank's ending) into 上海市闵行 and 区人民政府 (a blind probe, z102); the place
    a name opens with goes on through the district inside it."""
    assert split_issuers(line) == issuers


def test_an_attachments_label_is_no_part_of_its_title(tmp_path):
    """附件：龙岩市惠企政策清单 (the list line of a notice's attachments) had been kept whole as the alternative title (z114)."""
    text = ("龙岩市人民政府办公室关于印发龙岩市惠企政策清单的通知\n龙政办〔2023〕9号\n各县（市、区）人民政府：\n现将《龙岩市惠企政策清单》印发给你们，"
            "请认真贯彻执行。\n一、压实工作责任。各牵头单位要于2023年3月底前制定实施细则。\n龙岩市人民政府办公室\n2023年3月7日\n"
            "附件：龙岩市惠企政策清单\n附件\n龙岩市惠企政策清单\n一、稳岗返还。对不裁员的参保企业按规定返还失业保险费。\n")
    (doc,) = parse_file(write(tmp_path, "a.txt", text))
    assert doc.alternative_title == "龙岩市惠企政策清单"


def test_a_corps_division_and_its_city_open_a_name_of_their_own():
    """中共第八师委员会第八师石河子市人民政府: two issuers, a 兵团 division's party committee and its city's government, where
    no place of the gazetteer opens the second (a blind probe, z185: one issuer glued of both, twice)."""
    assert split_issuers("中共第八师委员会第八师石河子市人民政府") == ["中共第八师委员会", "第八师石河子市人民政府"]
    assert split_issuers("第一师阿拉尔市人力资源和社会保障局第一师阿拉尔市财政局") == [
        "第一师阿拉尔市人力资源和社会保障局", "第一师阿拉尔市财政局"]
    assert split_issuers("新疆生产建设兵团办公厅") == ["新疆生产建设兵团办公厅"]
    # (a second review) the corps' division's body after the corps' name is one name
    assert split_issuers("新疆生产建设兵团第八师石河子市人民政府") == ["新疆生产建设兵团第八师石河子市人民政府"]
    assert split_issuers("中共新疆生产建设兵团第八师委员会") == ["中共新疆生产建设兵团第八师委员会"]


TWO_FORWARDED = """济宁市人民政府办公室关于转发市人力资源社会保障局《济宁市稳岗扩岗若干措施》和市市场
监管局《济宁市个体工商户培育发展措施》的通知
济政办字〔2023〕31 号
各县市区人民政府，市政府各部门：
市人力资源社会保障局制定的《济宁市稳岗扩岗若干措施》和市市场监管局制定的《济宁市个体工
商户培育发展措施》已经市政府同意，现转发给你们，请认真贯彻执行。
济宁市人民政府办公室
2023 年7 月4 日
济宁市稳岗扩岗若干措施
一、对吸纳高校毕业生就业的企业，按每人1500 元给予一次性扩岗补助。（责任单位：市人力资源社
会保障局）
二、对符合条件的企业给予社会保险补贴。（责任单位：市人力资源社会保障局、市财政局）
济宁市个体工商户培育发展措施
一、对首次登记的个体工商户给予开业指导。（责任单位：市市场监管局）
二、对认定的“名特优新”个体工商户给予每户3000 元奖励。（责任单位：市市场监管局、市财政局）
"""


def test_a_notice_forwarding_two_texts_gives_each_its_own_document(tmp_path):
    """转发…《A》和…《B》的通知: B, printed after A under the title the notice cites, is a document of its own, issued by the
    body named as its drafter (z393: B's measures had been filed under A, its issuer A's)."""
    notice, first, second = parse_file(write(tmp_path, "jining.txt", TWO_FORWARDED))
    assert (first.title, first.issuers, len(first.clauses)) == ("济宁市稳岗扩岗若干措施", ["济宁市人力资源社会保障局"], 2)
    assert (second.title, second.issuers, len(second.clauses)) == ("济宁市个体工商户培育发展措施", ["济宁市市场监管局"], 2)
    assert notice.forwards == [first.key, second.key] and second.key not in (notice.key, first.key)
    assert first.source_range[1] == second.source_range[0] == TWO_FORWARDED.index("济宁市个体工商户培育发展措施\n一")
    iris, titles = Iris(), TitleIndex()
    for doc in (first, second):  # the batch's titles, as an ingest resolves a citation by title among them
        titles.add(doc.title, doc.key, doc.jurisdiction, doc.province)
    graph = DocumentGraphBuilder(iris, titles).build(notice)
    forwarded = set(graph.objects(iris.document(notice.key), POL.forwards))
    assert forwarded == {iris.document(first.key), iris.document(second.key)}  # both, not the first alone


FORWARDED_WITH_ASSENT = """广西壮族自治区人民政府办公厅转发自治区发展改革委广西推行惠企政策“免申即享”工作方案的通知
桂政办发〔2023〕21 号
各市、县人民政府，自治区人民政府各组成部门、各直属机构：
自治区发展改革委《广西推行惠企政策“免申即享”工作方案》已经自治区人民政府同意，现转发给你们，请认真组织实施。
附件：广西推行惠企政策“免申即享”工作方案（略）
广西壮族自治区人民政府办公厅
2023 年5 月16 日
"""


@pytest.mark.parametrize("sentence", ["现转发给你们，请认真组织实施。", "现予转发，请认真组织实施。"])
def test_a_text_forwarded_after_the_governments_assent_is_forwarded_not_cited(tmp_path, sentence):
    """《X》已经…同意，现转发给你们 / 现予转发: the notice forwards X (a blind test: cited, so a notice whose compilation left
    the text out forwarded nothing); the sentence and the attachment's line 附件：…（略） are no clauses of the notice."""
    text = FORWARDED_WITH_ASSENT.replace("现转发给你们，请认真组织实施。", sentence)
    (notice,) = parse_file(write(tmp_path, "桂.txt", text))
    assert [(r.title, r.relation) for r in notice.references] == [("广西推行惠企政策“免申即享”工作方案", "forwards")]
    assert notice.clauses == []
    # an assent to a text the notice issues, or a sentence that only names it: no forwarding
    issued = text.replace("现转发给你们", "现印发给你们").replace("现予转发", "现予印发")
    (notice,) = parse_file(write(tmp_path, "桂2.txt", issued))
    assert [r.relation for r in notice.references] != ["forwards"]


def test_a_policy_question_and_answer_published_alone_is_an_interpretation(tmp_path):
    """《…若干措施》政策问答 as 《…》政策解读: its issuer the 解读机关, its place the title's, no dates in force of its own (a
    blind test: no issuer, no place, the interpreted text's expiry its own); an interpretation without its issuer's line
    takes its place from the title inside its 《》 (its units had lost their city)."""
    text = ("6. 《武汉市进一步降低企业经营成本若干措施》政策问答（2023 年7 月14 日）\n问：《若干措施》的执行期限是多久？\n"
            "答：《若干措施》自2023 年8 月1 日起施行，有效期至2025 年7 月31 日。\n问：如何申请稳岗扩岗补贴？\n"
            "答：按每人1000 元给予一次性扩岗补贴，由各区人力资源社会保障局负责受理审核，市人社局负责资金拨付。\n"
            "解读机关：武汉市发展和改革委员会\n")
    (qa,) = parse_file(write(tmp_path, "问答.txt", text))
    assert (qa.issuers, qa.jurisdiction, qa.expiry_date) == (["武汉市发展和改革委员会"], "武汉市", None)
    (unsigned,) = parse_file(write(tmp_path, "解读.txt", text.replace("政策问答", "政策解读").replace("解读机关：武汉市发展和改革委员会\n", "")))
    assert (unsigned.issuers, unsigned.jurisdiction) == ([], "武汉市")
    assert "武汉市人力资源和社会保障局" in [u.canonical for c in unsigned.clauses for u in c.units]


def test_an_unnumbered_question_and_answer_keeps_its_field_lines_out_of_its_clauses(tmp_path):
    """解读机关：… above the first 问：, 联系人：… / 联系电话：… after the last 答：: the issuer read, no clauses of them (a blind
    test: the field line had joined the first question, the contact lines had been clauses)."""
    text = ("6. 《武汉市进一步降低企业经营成本若干措施》政策解读（2023 年7 月14 日）\n解读机关：武汉市发展和改革委员会\n"
            "问：如何申请稳岗扩岗补贴？\n答：按每人1000 元给予一次性扩岗补贴，由各区人力资源社会保障局负责受理审核。\n"
            "问：补贴资金何时拨付？\n答：审核通过后15 个工作日内拨付到企业账户。\n联系人：张明\n联系电话：027-82708651\n")
    (doc,) = parse_file(write(tmp_path, "解读.txt", text))
    assert doc.issuers == ["武汉市发展和改革委员会"]
    # each question and its answer one clause (a later blind test: each line had been a clause, the answer apart)
    assert [(c.path, c.text.split("\n")[0][:2], c.text.split("\n")[-1][:2]) for c in doc.clauses] == [("1", "问：", "答："), ("2", "问：", "答：")]
    assert [a.value for a in doc.clauses[0].amounts] == [1000] and doc.clauses[1].periods[0].duration == "P15D"


def test_a_joint_documents_second_number_is_its_own_not_a_citation(tmp_path):
    """甘州办发〔2023〕88号 / 甘州财发〔2023〕12号 under a joint title: the second is the co-issuer's number for the same
    document (a blind test: read as a citation); the document keeps the first and says so."""
    text = ("甘孜州人民政府办公室 甘孜州财政局关于印发甘孜州支持中小微企业发展若干措施的通知\n甘州办发〔2023〕88 号\n"
            "甘州财发〔2023〕12 号\n各县（市）人民政府，州级各部门：\n现将《甘孜州支持中小微企业发展若干措施》印发给你们，请认真贯彻执行。\n"
            "一、对新升规的工业企业，给予每家10 万元一次性奖励。（责任单位：州经信局、州财政局）\n"
            "甘孜藏族自治州人民政府办公室 甘孜藏族自治州财政局\n2023 年9 月1 日\n")
    (doc,) = parse_file(write(tmp_path, "甘孜.txt", text))
    assert doc.doc_number.text == "甘州办发〔2023〕88号" and doc.references == []
    assert any("甘州财发〔2023〕12号" in w for w in doc.warnings)
    (cited,) = parse_file(write(tmp_path, "甘孜2.txt", text.replace("甘州财发〔2023〕12 号\n", "").replace(
        "请认真贯彻执行。", "请结合《关于加强财政支持的意见》（甘州财发〔2023〕12 号）认真贯彻执行。")))
    assert [r.doc_number.text for r in cited.references] == ["甘州财发〔2023〕12号"]  # cited in the text, it is a reference
    # one issuer's notice with the number of the text it forwards under its own: that number is cited (a review)
    forwarding = text.replace("甘孜州人民政府办公室 甘孜州财政局关于印发", "甘孜州人民政府办公室关于转发州财政局").replace(
        "甘孜藏族自治州人民政府办公室 甘孜藏族自治州财政局\n", "甘孜藏族自治州人民政府办公室\n")
    (notice,) = parse_file(write(tmp_path, "甘孜3.txt", forwarding))
    assert "甘州财发〔2023〕12号" in [r.doc_number.text for r in notice.references if r.doc_number] and not notice.warnings


def test_a_reply_and_a_letter_are_kinds_of_document_a_title_ends_with(tmp_path):
    """…关于市政协第123号提案的答复, …的复函, …的函 (a review's probe: no title, its own 文号 read as a citation)."""
    from policykg.ingest.pipeline import parse_file

    for kind in ("答复", "复函", "函"):
        path = tmp_path / f"{kind}.txt"
        path.write_text(f"某市人力资源和社会保障局关于市政协第123号提案的{kind}\n某人社函〔2023〕15号\n张委员：\n"
                        "您提出的关于支持灵活就业的提案收悉。近年来，省人社厅根据《国务院办公厅关于进一步支持灵活就业的通知》"
                        "（国办发〔2022〕13号）出台了系列措施。\n某市人力资源和社会保障局\n2023年5月6日\n", encoding="utf-8")
        (document,) = parse_file(path)
        assert document.title == f"某市人力资源和社会保障局关于市政协第123号提案的{kind}"
        assert document.doc_number.text == "某人社函〔2023〕15号"
        assert document.references == []  # a reply's account of what others did: no relation of its own (a review)


def test_an_interpretations_issuer_after_its_last_item_is_read_and_closes_the_text(tmp_path):
    """（一）将企业开办时间压缩至1个工作日以内。 / 解读机关：… / 解读人：… (a blind test: the fields had joined the last item,
    and the interpretation had no issuer)."""
    text = ("7. 《四川省降低市场主体制度性交易成本若干措施》政策解读（2023 年6 月20 日）\n一、文件出台背景\n"
            "省发展改革委研究起草了《四川省降低市场主体制度性交易成本若干措施》。\n二、主要内容\n"
            "（一）将企业开办时间压缩至1 个工作日以内。\n解读机关：四川省发展和改革委员会\n解读人：张三\n")
    (document,) = parse_file(write(tmp_path, "jiedu.txt", text))
    assert document.issuers == ["四川省发展和改革委员会"]
    assert "解读" not in document.clauses[-1].text
    assert [s.text for s in document.segments if s.kind == "closing"] == ["解读机关：四川省发展和改革委员会\n解读人：张三"]


def test_a_notices_date_alone_before_the_issued_texts_first_article_dates_it(tmp_path):
    """…印发给你们，请遵照执行。 / 2023 年5 月15 日 / the issued 办法's title / 第一条…: the notice's signature names left out,
    its date had been lost (a mutation test of 贵州_01 printed without its compilation heading); a date in a sentence's
    middle, not on a line after a finished one, dates nothing."""
    text = ("贵州省知识产权局关于印发《贵州省知识产权高质量发展资助办法》的通知\n各市、自治州知识产权局,各有关单位:\n"
            "现将修订后的《贵州省知识产权高质量发展资助办法》印发给你们,请遵照执行。\n2023 年5 月15 日\n"
            "贵州省知识产权高质量发展资助办法\n第一条为促进知识产权高质量发展,制定本办法。\n第二条本办法自印发之日起施行。\n")
    (doc,) = parse_file(write(tmp_path, "a.txt", text))
    assert doc.date == dt.date(2023, 5, 15)
    (doc,) = parse_file(write(tmp_path, "b.txt", text.replace("请遵照执行。\n2023 年5 月15 日", "请于\n2023 年5 月15 日")))
    assert doc.date is None


@pytest.mark.parametrize("term, effective, expiry", [
    ("第三条 本办法自2023 年7 月1 日起施行，有效期至2026 年6 月30 日。", dt.date(2023, 7, 1), dt.date(2026, 6, 30)),
    ("第三条 本政策自2023 年9 月1 日起施行，有效期三年。", dt.date(2023, 9, 1), dt.date(2026, 8, 31)),
    ("第三条 本办法自印发之日起施行。", dt.date(2023, 5, 8), None),
    # the text naming itself earlier in the sentence (本措施由X负责兑现，自印发之日起施行…: a blind test)
    ("第三条 本办法由市人社局负责解释，自印发之日起施行，有效期至2025 年12 月31 日。", dt.date(2023, 5, 8), dt.date(2025, 12, 31)),
    # 起正式施行, 起30日后施行 (a review: the term had stayed on the clause)
    ("第三条 本办法自2023 年7 月1 日起正式施行，有效期至2025 年6 月30 日。", dt.date(2023, 7, 1), dt.date(2025, 6, 30)),
    ("第三条 本办法自印发之日起30 日后施行，有效期5 年。", dt.date(2023, 6, 7), dt.date(2028, 6, 6)),
    # the policies above named, their first day and their last (a blind test: an interval of the item, no term)
    ("第三条 以上政策自2023 年7 月1 日起至2025 年6 月30 日执行。", dt.date(2023, 7, 1), dt.date(2025, 6, 30)),
    # a 机制's or 制度's text naming itself (h183: the article had kept its term as a period)
    ("第三条 本机制自印发之日起施行，有效期3 年。", dt.date(2023, 5, 8), dt.date(2026, 5, 7)),
    ("第三条 本制度自2023 年7 月1 日起施行。", dt.date(2023, 7, 1), None),
])
def test_the_article_bringing_the_text_into_force_holds_the_documents_term_not_a_period_of_its_own(tmp_path, term, effective, expiry):
    """第九条 本办法自…起施行，有效期至…: the document's own dates, not a clause period too (three blind tests: counted twice
    where periods are asked for); an item's own term, dated otherwise, stays the item's."""
    head = "某市人民政府关于印发某市人才引进办法的通知\n某政发〔2023〕1号\n2023年5月8日\n某市人才引进办法\n"
    items = "第一条 为引进人才，制定本办法。\n第二条 对博士给予一次性补贴5万元，补贴政策自2024 年1 月1 日起执行。\n"
    (doc,) = parse_file(write(tmp_path, "term.txt", head + items + term + "\n"))
    assert (doc.effective_date, doc.expiry_date) == (effective, expiry)
    assert doc.clauses[-1].periods == []
    assert [(p.kind, p.begin) for p in doc.clauses[1].periods] == [("from", dt.date(2024, 1, 1))]
    # a window naming the text but saying who qualifies stays the clause's (a review)
    window = "第二条 本办法所称新引进人才，是指自2023 年3 月1 日至2026 年6 月30 日期间引进的人才。\n"
    (doc,) = parse_file(write(tmp_path, "window.txt", head + window + term + "\n"))
    assert [(p.kind, p.begin, p.end) for p in doc.clauses[0].periods] == [("interval", dt.date(2023, 3, 1), dt.date(2026, 6, 30))]


@pytest.mark.parametrize("term", ["第二条 本措施自2024 年1 月1 日起施行，有效期至\n2025 年12 月31 日。",
                                  "第二条 本措施自2024 年\n1 月1 日起施行，有效期至2025 年12 月31 日。",
                                  "第二条 本措施自2024 年1 月1 日起施\n行，有效期至2025 年12 月31 日。",
                                  "第二条 以上政策自\n2024 年1 月1 日起至2025 年12 月31 日执行。"])
def test_a_term_sentence_a_line_break_cut_is_read_whole(tmp_path, term):
    """…有效期至 / 2025 年12 月31 日。 (a date opening a line, kept apart as a signature's may be), …自2024 年 / 1 月1 日起施行: the
    document's term still, no clause period (a mutation test: the term had been lost, or dated from the issue)."""
    text = ("东莞市商务局关于印发东莞市促进跨境电子商务发展若干措施的通知\n东商务〔2024〕5号\n东莞市商务局\n2024年1月22日\n"
            "东莞市促进跨境电子商务发展若干措施\n第一条 对跨境电商企业给予补贴，单个企业最高20 万元。\n" + term + "\n")
    (doc,) = parse_file(write(tmp_path, "term.txt", text))
    assert (doc.effective_date, doc.expiry_date) == (dt.date(2024, 1, 1), dt.date(2025, 12, 31))
    assert doc.clauses[-1].periods == []


def test_a_window_naming_the_text_with_the_terms_own_dates_stays_the_clauses(tmp_path):
    """本办法所称新引进人才，是指自2023年7月1日至2026年6月30日期间引进的人才 beside a term of the same dates: who qualifies, the
    clause's period (a review: the term's rule had taken it out too)."""
    text = ("某市人民政府关于印发某市人才引进办法的通知\n某政发〔2023〕1号\n2023年5月8日\n某市人才引进办法\n"
            "第一条 本办法所称新引进人才，是指自2023 年7 月1 日至2026 年6 月30 日期间引进的人才。\n"
            "第二条 本办法自2023 年7 月1 日起施行，有效期至2026 年6 月30 日。\n")
    (doc,) = parse_file(write(tmp_path, "window.txt", text))
    assert (doc.effective_date, doc.expiry_date) == (dt.date(2023, 7, 1), dt.date(2026, 6, 30))
    assert [(p.kind, p.begin, p.end) for p in doc.clauses[0].periods] == [("interval", dt.date(2023, 7, 1), dt.date(2026, 6, 30))]
    assert doc.clauses[1].periods == []


def test_a_standing_committees_announcement_numbered_on_one_line_keeps_its_number(tmp_path):
    """…常务委员会公告第8 号 on one line, then 《…条例》已由…通过 (h158: the two had run together, the number lost); 本条例自…起施行
    is the document's own term, no period of its article."""
    text = ("3. 常州市优化营商环境条例（2023 年9 月1 日）\n常州市人民代表大会常务委员会公告第8 号\n"
            "《常州市优化营商环境条例》已由常州市第十七届人民代表大会常务委员会第十次会议通过，现予公布。\n"
            "常州市人民代表大会常务委员会\n2023 年9 月1 日\n常州市优化营商环境条例\n第一条 为了持续优化营商环境，制定本条例。\n"
            "第二条 本条例自2024 年1 月1 日起施行。\n")
    (document,) = parse_file(write(tmp_path, "cz.txt", text))
    assert (document.doc_number.text, document.doc_number.number) == ("常州市人民代表大会常务委员会公告第8号", 8)
    assert document.effective_date == dt.date(2024, 1, 1)
    assert [c.periods for c in document.clauses if "施行" in c.text] == [[]]


def test_an_announcements_number_of_the_year_under_its_title_is_its_number(tmp_path):
    """…关于…的公告 / 2023 年第6 号 (h166: no 文号, the number glued to the preamble): the title's issuers' announcement."""
    text = ("1. 云南省发展和改革委员会 云南省财政厅关于降低部分涉企行政事业性收费标准的公告（2023 年9 月15 日）\n2023 年第6 号\n"
            "为进一步减轻企业负担，现就有关事项公告如下：\n一、降低不动产登记费标准。收费标准由每件80 元降为每件60 元。\n"
            "云南省发展和改革委员会 云南省财政厅\n2023 年9 月15 日\n")
    (document,) = parse_file(write(tmp_path, "gg.txt", text))
    assert (document.doc_number.year, document.doc_number.number) == (2023, 6)
    assert document.doc_number.text == "云南省发展和改革委员会云南省财政厅公告2023年第6号"
    assert not any(s.text.startswith("2023年第6号") for s in document.segments)


def test_an_item_stating_the_notices_term_as_a_period_is_the_documents_term_alone(tmp_path):
    """二、本通知实施期限为X至Y。 (h214): the document's own term, as 本通知自…起施行，有效期至… is, no period of the item too."""
    text = ("福州市人民政府关于做好就业工作的通知\n榕政综〔2022〕9号\n现就有关事项通知如下。\n一、做好补贴发放。（市人社局负责）\n"
            "二、本通知实施期限为2022 年7 月1 日至2024 年6 月30 日。\n")
    (doc,) = parse_file(write(tmp_path, "term.txt", text))
    assert (doc.effective_date, doc.expiry_date) == (dt.date(2022, 7, 1), dt.date(2024, 6, 30))
    assert [c.periods for c in doc.clauses] == [[], []]
    # an item's own window, not the notice's, stays its period
    text = text.replace("本通知实施期限为", "一次性补贴申领期限为")
    (doc,) = parse_file(write(tmp_path, "window.txt", text))
    assert [(p.kind, p.begin, p.end) for p in doc.clauses[1].periods] == [("interval", dt.date(2022, 7, 1), dt.date(2024, 6, 30))]


def test_a_term_dated_in_chinese_numerals_is_the_documents_term(tmp_path):
    """第九条 本办法自二〇二三年十月一日起施行，有效期3 年 / 有效期至二〇二六年九月三十日 (h215: no effective date, the expiry
    counted from the signature): a 规章's dates written as its signature's are."""
    text = ("长沙市人民政府关于印发长沙市涉企行政检查管理办法的通知\n长政发〔2023〕12号\n现将《长沙市涉企行政检查管理办法》印发给你们。\n"
            "长沙市人民政府\n二〇二三年九月十八日\n长沙市涉企行政检查管理办法\n第一条 为规范涉企行政检查行为，制定本办法。\n"
            "第二条 本办法自二〇二三年十月一日起施行，有效期3 年。\n")
    (doc,) = parse_file(write(tmp_path, "cn.txt", text))
    assert (doc.date, doc.effective_date, doc.expiry_date) == (dt.date(2023, 9, 18), dt.date(2023, 10, 1), dt.date(2026, 9, 30))
    text = text.replace("有效期3 年", "有效期至二〇二六年九月三十日")
    (doc,) = parse_file(write(tmp_path, "cn2.txt", text))
    assert (doc.effective_date, doc.expiry_date) == (dt.date(2023, 10, 1), dt.date(2026, 9, 30))


@pytest.mark.parametrize("term", ["起试行，试行期2 年", "起试行，试行期为两年"])
def test_a_text_on_trial_for_years_is_in_force_for_them(tmp_path, term):
    """本办法自2023年7月1日起试行，试行期2年 (h221): the document's term, as 起施行，有效期2年 is, no period of the article."""
    text = ("某市人民政府关于印发某市试点办法的通知\n某政发〔2023〕1号\n2023年5月8日\n某市试点办法\n第一条 为规范管理，制定本办法。\n"
            f"第二条 本办法自2023 年7 月1 日{term}。\n")
    (doc,) = parse_file(write(tmp_path, "trial.txt", text))
    assert (doc.effective_date, doc.expiry_date) == (dt.date(2023, 7, 1), dt.date(2025, 6, 30))
    assert [c.periods for c in doc.clauses] == [[], []]


def test_one_measures_start_is_not_the_documents(tmp_path):
    """（二）降低港口收费。…包干费下调10%，自2023年9月1日起执行。 (h220: the document's effective date): that measure's start; 本通知自…,
    以上政策自… and a sentence of its own still give the text's."""
    text = ("山东省发展和改革委员会关于进一步降低物流成本的若干措施\n鲁发改经贸〔2023〕512号\n各市发展改革委：\n为推动物流业降本增效，制定如下措施。\n"
            "（一）支持多式联运发展。对新开通的海铁联运班列给予运营补贴。（省发展改革委负责）\n"
            "（二）降低港口收费。沿海港口经营人收取的港口作业包干费下调10%，自2023 年9 月1 日起执行。（省交通运输厅负责）\n"
            "山东省发展和改革委员会\n2023 年8 月1 日\n")
    (doc,) = parse_file(write(tmp_path, "measure.txt", text))
    assert doc.effective_date is None
    for closing in ("（三）本措施自2023 年9 月1 日起执行。", "（三）以上措施自2023 年9 月1 日起执行。"):
        (doc,) = parse_file(write(tmp_path, "whole.txt", text.replace("山东省发展和改革委员会\n2023", closing + "\n山东省发展和改革委员会\n2023")))
        assert doc.effective_date == dt.date(2023, 9, 1)


@pytest.mark.parametrize("closing, effective", [
    ("施行日期：自2023年7月1日起施行。", dt.date(2023, 7, 1)), ("（三）执行时间：自2023年9月1日起执行，有效期2年。", dt.date(2023, 9, 1)),
    ("此通知自2023年9月1日起施行。", dt.date(2023, 9, 1)), ("由省发展改革委负责解释，自2023年9月1日起施行。", dt.date(2023, 9, 1)),
    ("包干费下调10%，自2023年10月1日起执行。本措施自2023年8月15日起施行。", dt.date(2023, 8, 15)),
    ("为降低企业物流成本，包干费下调10%，自2023年9月1日起执行。", None),
    ("（二）推行告知承诺制。自2023年9月1日起试行港口经营许可告知承诺制。", None)])
def test_the_texts_start_beside_a_label_or_other_words_and_a_measures_start(closing, effective):
    """A label or other words before 自…起施行 (施行日期：…, 由…负责解释，自…) still give the text's start (the review: lost), while one
    measure changed before it in the sentence (…下调10%，自…起执行) or a measure after the verb (起试行…告知承诺制) gives none; a
    later sentence naming the text is still read."""
    assert force(closing).effective == effective


@pytest.mark.parametrize("closing, effective, expiry", [
    ("三、本政策自2023年1月1日起执行至2025年12月31日。", dt.date(2023, 1, 1), dt.date(2025, 12, 31)),
    ("本措施自2023年7月1日起施行并长期有效。", dt.date(2023, 7, 1), None),
    ("三、对新认定的专精特新企业给予奖励，自2023年7月1日起执行。", None, None),
    ("二、在高新区开展告知承诺制改革试点，试行期至2024年12月31日。", None, None),
    ("本办法自2023年7月1日起试行，试行期至2025年6月30日。", dt.date(2023, 7, 1), dt.date(2025, 6, 30)),
    ("二、养老服务消费券发放活动自2024年5月1日起实施至2024年12月31日。", None, None),
    ("三、家电以旧换新活动自2024年6月1日起执行并持续至年底。", None, None),
    ("本措施自2024年1月1日起施行至2025年12月31日。", dt.date(2024, 1, 1), dt.date(2025, 12, 31)),
    ("自2024年1月1日起实施至2026年12月31日。", dt.date(2024, 1, 1), dt.date(2026, 12, 31)),
    ("此次出台的政策措施自2024年1月1日起实施至2026年12月31日。", dt.date(2024, 1, 1), dt.date(2026, 12, 31)),
    ("一、加大补贴力度。\n本政策自2023年1月1日起执行至2025年12月31日。\n二、优化服务。", dt.date(2023, 1, 1), None),
    # the last item's measure timed so, its sentence going on (the review: the notice's expiry)
    ("二、给予补贴。\n三、自2023年7月1日起实施至2023年12月31日，对新招用青年的企业给予每人1500元一次性扩岗补助。", None, None),
    # the whole named, its sentence going on; a validity's years then its last day (the second review)
    ("一、本办法自2024年1月1日起施行至2025年12月31日，原《平凉市就业补贴办法》同时废止。", dt.date(2024, 1, 1), dt.date(2025, 12, 31)),
    ("一、本通知自印发之日起施行，有效期3年，截止2026年12月31日。", dt.date(2023, 5, 10), dt.date(2026, 12, 31)),
    # a deadline of its own after a validity named, not the text's last day (the review)
    ("本通知自印发之日起施行，有效期至2024年12月31日。各地申领有效期为结业后12个月内，截止到2024年6月30日仍未申领的不再受理。",
     dt.date(2023, 5, 10), dt.date(2024, 12, 31))])
def test_the_texts_term_against_a_measures_or_an_activitys(closing, effective, expiry):
    """起执行至…, 起施行并长期有效 (a review: the start lost to the verb's lookahead); a measure given 对…给予… before its start; a
    pilot's 试行期 in an item, no term of the text's, while 起试行，试行期至… is. …活动自…起实施至… (a review: the text's start):
    a verb going on takes the text's start only after 本…, 以上…, 此次…, or with no subject at all (its end, with no comma,
    is the text's last day where no item follows, thirty-eighth session: 本政策自…起执行至… between two items is a measure's term)."""
    stated = force(closing)
    assert (stated.effective, stated.expiry) == (effective, expiry)


def test_an_interpretation_cites_the_text_its_heading_names(tmp_path):
    """关于《…》（鲁政办发〔2023〕5号）的政策解读 opening with 一、出台背景 (h233: no reference, the text it explains lost)."""
    text = ("3. 关于《山东省进一步稳就业若干政策措施》（鲁政办发〔2023〕5 号）的政策解读（2023 年3 月2 日）\n一、出台背景\n为稳定就业大局，省政府出台了若干政策措施。\n"
            "二、主要内容\n（一）加大补贴力度。对吸纳就业的企业给予一次性扩岗补助。\n解读机关：山东省人力资源和社会保障厅\n")
    (doc,) = parse_file(write(tmp_path, "jd.txt", text))
    assert doc.doc_number is None
    assert [(r.doc_number.text, r.relation) for r in doc.references] == [("鲁政办发〔2023〕5号", "cites")]


def test_an_interpretation_cites_the_text_its_title_names_once_where_its_opening_gives_the_number(tmp_path):
    """《…的通知》政策问答 / … / 近日，…印发了《…的通知》（青房金发〔2024〕21 号） (h245: cited twice, by title alone and with its 文号,
    two documents in the graph): one citation, with its 文号."""
    text = ("《关于调整住房公积金缴存和贷款政策的通知》政策问答\n青岛市住房公积金管理中心\n2024 年6 月25 日\n"
            "近日，青岛市住房公积金管理中心印发了《关于调整住房公积金缴存和贷款政策的通知》（青房金发〔2024〕21 号），现就有关问题解答如下。\n"
            "一、缴存比例如何确定？\n答：单位和职工住房公积金缴存比例均为5%至12%。\n")
    (doc,) = parse_file(write(tmp_path, "qa.txt", text))
    assert [(r.title, r.doc_number.text if r.doc_number else None) for r in doc.references] == [
        ("关于调整住房公积金缴存和贷款政策的通知", "青房金发〔2024〕21号")]


def test_joint_issuers_side_by_side_on_a_wide_line_stay_apart_from_the_title(tmp_path):
    """海南省财政厅 国家税务总局海南省税务局 海南省人力资源和社会保障厅 / 海南省委人才发展局关于…政策 / 有关事项的通知 / 琼财税〔2024〕318 号
    (h238: the issuers' line, wider than 30 characters, ran into the title's first line: no title, the 文号 a citation)."""
    text = ("海南省财政厅 国家税务总局海南省税务局 海南省人力资源和社会保障厅\n海南省委人才发展局关于海南自由贸易港高端紧缺人才个人所得税政策\n"
            "有关事项的通知\n琼财税〔2024〕318 号\n各市、县、自治县财政局、税务局：\n现将有关事项通知如下：\n一、享受对象\n"
            "在海南自由贸易港工作的高端人才和紧缺人才，其个人所得税实际税负超过15%的部分，予以免征。\n"
            "海南省财政厅 国家税务总局海南省税务局\n海南省人力资源和社会保障厅 海南省委人才发展局\n2024 年12 月20 日\n")
    (doc,) = parse_file(write(tmp_path, "joint.txt", text))
    assert doc.title.endswith("海南省委人才发展局关于海南自由贸易港高端紧缺人才个人所得税政策有关事项的通知")
    assert doc.doc_number.text == "琼财税〔2024〕318号" and doc.references == []
    assert doc.issuers == ["海南省财政厅", "国家税务总局海南省税务局", "海南省人力资源和社会保障厅", "海南省委人才发展局"]


def test_the_texts_term_up_to_its_last_day_is_no_period_of_its_clause(tmp_path):
    """二、执行期限 / 本通知自印发之日起执行，政策执行期限截至2022年12月31日。 (h237): the document's expiry, not an interval of the
    clause's too."""
    text = ("哈尔滨市人力资源和社会保障局关于做好一次性扩岗补助发放工作的通知\n哈人社发〔2022〕31号\n各区人力资源和社会保障局：\n"
            "一、补助标准\n一次性扩岗补助标准按每招用1人不超过1500元发放。\n二、执行期限\n"
            "本通知自印发之日起执行，政策执行期限截至2022年12月31日。\n哈尔滨市人力资源和社会保障局\n2022年7月8日\n")
    (doc,) = parse_file(write(tmp_path, "term.txt", text))
    assert (doc.effective_date, doc.expiry_date) == (dt.date(2022, 7, 8), dt.date(2022, 12, 31))
    assert doc.clauses[-1].periods == []


def test_an_issued_texts_title_with_its_note_under_the_signature_stays_its_title(tmp_path):
    """…印发 / 邢台市家庭养老床位建设实施方案（试行） / 为贯彻落实《…》（冀民 / 〔2022〕52 号），… (h246: the title with its （试行）
    run into the first sentence, the preamble holding both, no alternative title)."""
    text = ("邢台市民政局\n关于印发《邢台市家庭养老床位建设实施方案（试行）》的通知\n邢民发〔2024〕9 号\n各县（市、区）民政局：\n"
            "现将《邢台市家庭养老床位建设实施方案（试行）》印发给你们，请认真抓好落实。\n邢台市民政局\n2024 年3 月18 日\n"
            "邢台市家庭养老床位建设实施方案（试行）\n为贯彻落实《河北省民政厅 河北省财政厅关于开展家庭养老床位建设的指导意见》（冀民\n"
            "〔2022〕52 号），结合我市实际，制定本方案。\n一、工作目标\n2024 年全市建设家庭养老床位1000 张。\n")
    (doc,) = parse_file(write(tmp_path, "trial.txt", text))
    assert doc.alternative_title == "邢台市家庭养老床位建设实施方案（试行）"


def test_a_web_pages_date_is_no_republished_or_listed_or_forwarded_texts_date(tmp_path):
    """The fifth review: a county site's copy of a city's 办法 in force since 2022 (its page of 2023 is no date of the text, and
    its publisher no issuer); a list's entries' 发文日期 in a sentence; a forwarded text takes its notice's date, not the page's."""
    text = ("发布机构：平凉市崆峒区人力资源和社会保障局\n发布日期：2023-08-18\n平凉市就业补助资金管理办法\n"
            "第一条 为规范就业补助资金管理，制定本办法。\n第二条 本办法自2022年1月1日起施行，有效期5年。\n")
    (doc,) = parse_file(write(tmp_path, "republished.txt", text))
    assert (doc.issuer, doc.date, doc.jurisdiction, doc.effective_date) == (None, None, "平凉市", dt.date(2022, 1, 1))
    listed = ("平凉市稳就业惠企政策清单\n一、一次性吸纳就业补贴\n"
              "政策依据：《关于做好一次性吸纳就业补贴发放工作的通知》（甘人社通〔2019〕120号），发文日期：2019年3月1日。\n"
              "支持内容：对招用毕业年度高校毕业生的企业，按每人1500元给予一次性吸纳就业补贴。\n")
    (doc,) = parse_file(write(tmp_path, "listed.txt", listed))
    assert doc.date is None
    forwarded = ("发布日期：2023-08-18\n平凉市崆峒区人民政府办公室关于转发《平凉市人力资源和社会保障局 平凉市财政局关于做好高校毕业生"
                 "就业工作的通知》的通知\n区政办发〔2023〕30号\n各乡镇人民政府：\n现将平凉市人力资源和社会保障局、平凉市财政局《关于做好"
                 "高校毕业生就业工作的通知》（平人社发〔2023〕88号）转发给你们，请认真贯彻执行。\n平凉市崆峒区人民政府办公室\n"
                 "2023年8月15日\n关于做好高校毕业生就业工作的通知\n各县（市、区）人力资源和社会保障局：\n"
                 "一、对吸纳高校毕业生就业的企业，给予每人1500元一次性扩岗补助。\n")
    notice, forwarded_doc = parse_file(write(tmp_path, "forwarded.txt", forwarded))
    assert notice.date == forwarded_doc.date == dt.date(2023, 8, 15)


def test_a_web_copys_publisher_and_date_stand_in_where_the_text_names_neither(tmp_path):
    """《…》政策解读 / 发布机构：… / 发布日期：2024年3月18日 (h254; 发布时间：2023-08-18 in h247): no issuer or date had been read; a
    signature still wins over the page's date."""
    text = ("《顺义区促进科技创新高质量发展若干措施》政策解读\n发布机构：北京市顺义区科学技术委员会\n发布日期：2024年3月18日\n"
            "近日，区政府印发了《顺义区促进科技创新高质量发展若干措施》（顺政发〔2024〕5号），现就有关问题解读如下。\n"
            "一、研发投入后补助的支持标准是什么？\n答：按研发费用增量的10%给予补贴。\n")
    (doc,) = parse_file(write(tmp_path, "web.txt", text))
    assert (doc.issuer, doc.date) == ("北京市顺义区科学技术委员会", dt.date(2024, 3, 18))
    signed = text + "北京市顺义区科学技术委员会\n2024年3月15日\n"
    (doc,) = parse_file(write(tmp_path, "signed.txt", signed))
    assert doc.date == dt.date(2024, 3, 15)


def test_a_text_cited_again_by_its_title_alone_is_the_one_its_number_named(tmp_path):
    """《X办法》（潍政字〔2021〕33号）作如下修改 … 《X办法》根据本决定作相应修改，重新公布: one text amended, not a second one
    known by its title alone (h263 F5); a title given two numbers (an old and a new version) names neither."""
    text = ("潍坊市人民政府关于修改《潍坊市退役军人就业创业扶持办法》的决定\n潍政字〔2024〕9号\n"
            "市政府决定对《潍坊市退役军人就业创业扶持办法》（潍政字〔2021〕33号）作如下修改：\n"
            "一、将第五条第一款中“给予一次性创业补助5000元”修改为“给予一次性创业补助10000元”。\n本决定自2024年4月1日起施行。\n"
            "《潍坊市退役军人就业创业扶持办法》根据本决定作相应修改，重新公布。\n潍坊市人民政府\n2024年3月15日\n")
    (doc,) = parse_file(write(tmp_path, "amending.txt", text))
    assert {(r.relation, r.doc_number.text if r.doc_number else None) for r in doc.references} == {("amends", "潍政字〔2021〕33号")}


@pytest.mark.parametrize("furniture", ["江门市蓬江区人民政府门户网站", "分类：住房保障", "【字体：大 中 小】 打印本页 关闭窗口"])
def test_a_web_pages_furniture_is_no_part_of_the_title(tmp_path, furniture):
    """A site's name, a 分类 field or the font and print buttons above a copied page's fields (h259 F1/F2, h257 F4): the title,
    its 文号 and issuer had been lost or glued to the buttons."""
    text = (f"{furniture}\n发布机构：江门市蓬江区住房和城乡建设局\n发布日期：2024-03-18\n文号：蓬住建〔2024〕9号\n"
            "江门市蓬江区住房和城乡建设局关于开展2024年度公共租赁住房租赁补贴申请工作的通告\n现就有关工作通告如下：\n"
            "一、申请时间\n申请受理时间为2024年4月1日至2024年4月30日。\n")
    (doc,) = parse_file(write(tmp_path, "web.txt", text))
    assert (doc.title, doc.doc_number.text, doc.issuer) == (
        "江门市蓬江区住房和城乡建设局关于开展2024年度公共租赁住房租赁补贴申请工作的通告", "蓬住建〔2024〕9号", "江门市蓬江区住房和城乡建设局")


def test_an_interpretations_numbered_questions_its_source_and_the_repeal_it_tells_of(tmp_path):
    """问一：…？ / 答：… one clause a question (h262 F6: each line a clause, unnumbered); 来源：甘肃省教育厅 on the page's date line
    its interpreter (F8); the interpreted text's 同时废止, told in an answer, no repeal by the interpretation (F7)."""
    text = ("《甘肃省家庭经济困难学生认定和资助实施办法》政策解读\n发布时间：2024-03-08      来源：甘肃省教育厅\n"
            "问一：《实施办法》从什么时候开始执行？\n答：自2024年3月1日起施行，原《甘肃省家庭经济困难学生认定工作实施办法》"
            "（甘教助〔2019〕2号）同时废止。\n问二：学前教育阶段有哪些资助政策？\n答：按每名幼儿每年1000元的标准发放保育教育费补助。\n")
    (doc,) = parse_file(write(tmp_path, "qa.txt", text))
    assert [(c.path, c.number) for c in doc.clauses] == [("1", "问一："), ("2", "问二：")]
    assert doc.issuer == "甘肃省教育厅"
    refs = [*doc.references, *(r for c in doc.clauses for r in c.references)]
    assert "甘教助〔2019〕2号" in {r.doc_number.text for r in refs if r.doc_number} and {r.relation for r in refs} == {"cites"}


def test_an_order_signed_by_an_acting_head_and_joint_issuers_spaced_in_the_title(tmp_path):
    """代省长 叶建春 / 2023年5月10日 dates the order (h265 F2); 沈阳市医疗保障局 沈阳市财政局关于… keeps the space between the
    joint issuers (five blind testers), its keys unchanged."""
    order = ("江西省人民政府令\n第 262 号\n《江西省促进科技成果转化奖励办法》已经2023年4月27日省人民政府第5次常务会议审议通过，现予公布，"
             "自2023年7月1日起施行。\n代省长 叶建春\n2023年5月10日\n江西省促进科技成果转化奖励办法\n第一条 为了促进科技成果转化，制定本办法。\n"
             "第二条 本办法自2023年7月1日起施行。\n")
    (doc,) = parse_file(write(tmp_path, "order.txt", order))
    assert doc.date == dt.date(2023, 5, 10)
    joint = "沈阳市医疗保障局 沈阳市财政局关于调整城乡居民医保待遇的通知\n沈医保发〔2024〕5号\n一、提高待遇。\n沈阳市医疗保障局 沈阳市财政局\n2024年3月1日\n"
    (doc,) = parse_file(write(tmp_path, "joint.txt", joint))
    assert doc.title == "沈阳市医疗保障局 沈阳市财政局关于调整城乡居民医保待遇的通知" and doc.key == "shenyibaofa-2024-5-210100"


def test_a_revised_text_keeping_its_title_or_one_of_another_level_borrows_no_number(tmp_path):
    """我们修订了《X办法》…原《X办法》（旧号）同时废止: the new text cited by its title gets no repealed number; 省人社厅等五部门
    《关于…的通知》 gets no 人社部发 number of a national notice of the same title (the sixth review)."""
    revised = ("甘肃省财政厅关于印发《甘肃省学生资助资金管理办法》的通知\n甘财教〔2024〕8号\n各市州财政局：\n"
               "我们修订了《甘肃省学生资助资金管理办法》，现印发给你们。原《甘肃省学生资助资金管理办法》（甘财教〔2019〕25号）同时废止。\n"
               "一、加强资金管理。\n甘肃省财政厅\n2024年3月1日\n")
    (doc,) = parse_file(write(tmp_path, "revised.txt", revised))
    refs = [*doc.references, *(r for c in doc.clauses for r in c.references)]
    assert all(r.relation == "repeals" for r in refs if r.doc_number and r.doc_number.text == "甘财教〔2019〕25号")
    levels = ("某省人民政府办公厅关于做好就业工作的通知\n某政办发〔2023〕5号\n"
              "一、根据《关于做好2023年高校毕业生等青年就业创业工作的通知》（人社部发〔2023〕15号），做好就业服务。\n"
              "二、落实省人社厅等五部门《关于做好2023年高校毕业生等青年就业创业工作的通知》。\n某省人民政府办公厅\n2023年5月1日\n")
    (doc,) = parse_file(write(tmp_path, "levels.txt", levels))
    assert [r.doc_number for r in doc.clauses[1].references] == [None]


@pytest.mark.parametrize("body, kept", [
    ("分类：可回收物\n投放要求：轻投轻放。\n", "分类：可回收物"),  # a 分类 line in the body is the text's (the sixth review)
])
def test_a_category_line_in_the_body_is_no_furniture(tmp_path, body, kept):
    text = ("某市人民政府办公室关于印发某市生活垃圾分类工作实施方案的通知\n某政办发〔2023〕14号\n各县（区）人民政府：\n"
            f"一、分类标准\n生活垃圾分为四类，具体如下：\n{body}二、工作要求\n各县（区）要做好分类。\n")
    (doc,) = parse_file(write(tmp_path, "body.txt", text))
    assert kept in doc.clauses[0].text


def test_a_title_on_the_line_of_the_font_buttons_is_kept(tmp_path):
    text = ("【字体：大 中 小】 打印本页 某市人民政府办公室关于做好2023年春节期间市场保供稳价工作的通知\n某政办发〔2023〕2号\n"
            "一、市商务局要于2023年1月15日前组织重点商贸企业增加储备。\n某市人民政府办公室\n2023年1月5日\n")
    (doc,) = parse_file(write(tmp_path, "font.txt", text))
    assert doc.title == "某市人民政府办公室关于做好2023年春节期间市场保供稳价工作的通知"


@pytest.mark.parametrize("note", ["（2024 年1 月8 日山西省人民政府令第 305 号公布 自2024 年3 月1 日起施行）",
                                  "（2024年1月8日山西省人民政府令第305号公布　自2024年3月1日起施行）"])
def test_a_rules_note_under_its_title_gives_its_order_issuer_and_date(tmp_path, note):
    """山西省排污许可管理实施办法 / （…山西省人民政府令第305号公布 自…起施行）: none of them had been read (h270 F2)."""
    text = f"山西省排污许可管理实施办法\n{note}\n第一条 为了加强排污许可管理，制定本办法。\n第二条 本办法自2024年3月1日起施行。\n"
    (doc,) = parse_file(write(tmp_path, "rule.txt", text))
    assert (doc.doc_number.text, doc.issuer, doc.date, doc.effective_date) == (
        "山西省人民政府令第305号", "山西省人民政府", dt.date(2024, 1, 8), dt.date(2024, 3, 1))


def test_the_seventh_reviews_metadata(tmp_path):
    """One issuer wrapped over two title lines gets no space in its name; 问题一： questions stay questions; 本方案…消费券…，有效期
    至… is the text's own term (the seventh review)."""
    wrapped = ("长沙市人民政府\n办公厅关于印发长沙市2024年稳就业若干措施的通知\n长政办发〔2024〕5号\n各区县（市）人民政府：\n"
               "一、市人社局负责统筹推进。\n长沙市人民政府办公厅\n2024年3月1日\n")
    (doc,) = parse_file(write(tmp_path, "wrapped.txt", wrapped))
    assert doc.title == "长沙市人民政府办公厅关于印发长沙市2024年稳就业若干措施的通知"
    qa = ("《某市高龄津贴发放办法》政策解读\n问题一：高龄津贴的发放对象是谁？\n答：本市户籍80周岁以上老年人。\n"
          "问题二：高龄津贴标准是多少？\n答：每人每月100元。\n")
    (doc,) = parse_file(write(tmp_path, "qa.txt", qa))
    assert [c.number for c in doc.clauses] == ["问题一：", "问题二："]
    coupons = ("某市商务局关于印发某市消费券发放实施方案的通知\n某商发〔2024〕9号\n一、本方案适用于2024年全市消费券发放工作，有效期至2024年12月31日。\n"
               "某市商务局\n2024年7月1日\n")
    (doc,) = parse_file(write(tmp_path, "coupons.txt", coupons))
    assert doc.expiry_date == dt.date(2024, 12, 31)


MEIXIAN_FORWARDS = ("眉县人民政府办公室\n关于转发《宝鸡市普惠托育服务发展补助资金管理办法》的通知\n眉政办发〔2025〕4 号\n"
                    "各镇人民政府，县政府各工作部门：\n现将宝鸡市人民政府办公室《关于印发宝鸡市普惠托育服务发展补助资金管理办法的通知》\n"
                    "（宝政办发〔2024〕27 号）转发给你们，请一并贯彻执行。\n眉县人民政府办公室\n2025 年2 月26 日\n"
                    "宝鸡市人民政府办公室\n关于印发宝鸡市普惠托育服务发展补助资金管理办法的通知\n宝政办发〔2024〕27 号\n"
                    "各县、区人民政府，市人民政府各工作部门、直属机构：\n《宝鸡市普惠托育服务发展补助资金管理办法》已经市政府同意，现印发给你们，请认真\n"
                    "贯彻执行。\n宝鸡市人民政府办公室\n2024 年12 月10 日\n宝鸡市普惠托育服务发展补助资金管理办法\n"
                    "第一条 为规范普惠托育服务发展补助资金管理，制定本办法。\n第二条 补助资金由市财政局和市卫生健康委员会共同管理。\n"
                    "第三条 本办法自2025 年1 月1 日起施行，有效期2 年。\n")


def test_a_forwarded_notice_printed_with_the_text_it_issues_is_one_document(tmp_path):
    """The county forwards the city's 关于印发A的通知, printed whole: its letterhead, its signature, then A's articles. The
    city's cover and A had been two documents sharing one 文号, A dated by the county and forwarded by no one, the cover's
    issuer lost to the county's notice (a blind test, h274 F2): one city document now, its clauses A's, A its alternative
    title, forwarded once."""
    path = tmp_path / "meixian.txt"
    path.write_text(MEIXIAN_FORWARDS, encoding="utf-8")
    notice, city = parse_file(path)
    assert city.title == "宝鸡市人民政府办公室关于印发宝鸡市普惠托育服务发展补助资金管理办法的通知"
    assert (city.doc_number.text, city.date, city.effective_date, city.expiry_date) == (
        "宝政办发〔2024〕27号", dt.date(2024, 12, 10), dt.date(2025, 1, 1), dt.date(2026, 12, 31))
    assert city.alternative_title == "宝鸡市普惠托育服务发展补助资金管理办法" and len(city.clauses) == 3
    assert notice.forwards == [city.key] and notice.date == dt.date(2025, 2, 26)
    assert not any("宝鸡市人民政府办公室" == s.text for s in notice.segments)


def test_a_forwarding_title_wrapped_after_the_bodies_it_names_spaced_is_one_title(tmp_path):
    """…办公室关于转发县市场监管局 县财政局 / 《…实施细则》的通知: the first line's names spaced apart read as issuers side by side,
    the title cut there into a document of no title forwarding the notice (a blind test, h271 F1)."""
    text = ("长兴县人民政府办公室关于转发县市场监管局 县财政局\n《长兴县商标品牌培育奖励实施细则》的通知\n长政办发〔2024〕27 号\n"
            "各乡镇人民政府、街道办事处，县政府各部门：\n县市场监管局、县财政局制定的《长兴县商标品牌培育奖励实施细则》已经县政府同意，"
            "现转发给你们，请认真贯彻执行。\n长兴县人民政府办公室\n2024 年4 月18 日\n长兴县商标品牌培育奖励实施细则\n"
            "一、对新认定为中国驰名商标的企业，给予一次性奖励50 万元。\n二、本细则由县市场监管局负责解释。\n")
    path = tmp_path / "changxing.txt"
    path.write_text(text, encoding="utf-8")
    notice, rules = parse_file(path)
    assert notice.title.startswith("长兴县人民政府办公室关于转发县市场监管局") and notice.title.endswith("《长兴县商标品牌培育奖励实施细则》的通知")
    assert notice.doc_number.text == "长政办发〔2024〕27号" and notice.forwards == [rules.key]
    assert rules.title == "长兴县商标品牌培育奖励实施细则" and len(rules.clauses) == 2


def test_a_web_sites_menu_bar_is_no_part_of_the_title(tmp_path):
    """南充市卫生健康委员会 / 首页 | 机构概况 | 政务公开 | … / 当前位置：… / title: the site's name and its menu had been glued to the
    title (a blind test, h274 F1); a table's row printed with bars, no 首页 in it, stays text."""
    text = ("南充市卫生健康委员会\n首页 | 机构概况 | 政务公开 | 政务服务 | 互动交流 | 专题专栏\n当前位置：首页 > 政务公开 > 通知公告\n"
            "南充市卫生健康委员会 南充市财政局关于做好2025年普惠托育服务补助资金申报工作的通知\n"
            "发布时间：2025-03-14 10:32  来源：人口家庭科  浏览次数：1826\n南卫健发〔2025〕9号\n各县（市、区）卫生健康局、财政局：\n"
            "一、托育机构于2025年3月20日至4月15日填报申报信息。\n二、项目类别 | 补助对象 | 补助标准 | 申报时间\n"
            "南充市卫生健康委员会    南充市财政局\n2025年3月12日\n")
    doc = parse_text(tmp_path, text)
    assert doc.title == "南充市卫生健康委员会 南充市财政局关于做好2025年普惠托育服务补助资金申报工作的通知"
    assert "项目类别|补助对象|补助标准|申报时间" in doc.clauses[1].text.replace(" ", "")


def test_an_old_text_cited_by_its_title_then_repealed_by_its_number_is_one_text(tmp_path):
    """对《山东省安全生产举报奖励办法》进行了修订，形成了《山东省安全生产领域举报奖励办法》 … 《山东省安全生产举报奖励办法》（鲁安监发〔2018〕
    59号）同时废止: the old text, its title not the new one's, is one node cited and repealed (h272 F11: a title-only node too)."""
    text = ("山东省应急管理厅 山东省财政厅关于印发《山东省安全生产领域举报奖励办法》的通知\n鲁应急发〔2023〕5 号\n各市应急管理局、财政局：\n"
            "省应急管理厅、省财政厅对《山东省安全生产举报奖励办法》进行了修订，形成了《山东省安全生产领域举报奖励办法》，现印发给你们，请认真贯彻执行。\n"
            "山东省应急管理厅 山东省财政厅\n2023 年6 月12 日\n山东省安全生产领域举报奖励办法\n第一条 为鼓励举报重大事故隐患，制定本办法。\n"
            "第二条 本办法自2023 年7 月1 日起施行。《山东省安全生产举报奖励办法》（鲁安监发〔2018〕59 号）同时废止。\n")
    (doc,) = parse_file(write(tmp_path, "shandong.txt", text))
    refs = [*doc.references, *(r for c in doc.clauses for r in c.references)]
    assert {(r.relation, r.doc_number.text if r.doc_number else None) for r in refs} == {
        ("cites", "鲁安监发〔2018〕59号"), ("repeals", "鲁安监发〔2018〕59号")}


def test_a_standing_committees_announcement_with_its_name_on_a_line_of_its_own(tmp_path):
    """…常务委员会 / 公　　告 / （第25号）: the title had become 公告, its number lost and the 条例 citing itself (h280 F1); read as
    the one-line form is."""
    tail = ("（第25号）\n《四川省公共文化服务保障条例》已由四川省第十四届人民代表大会常务委员会第十次会议于2024年3月28日通过，现予公布，"
            "自2024年7月1日起施行。\n四川省第十四届人民代表大会常务委员会\n2024年3月29日\n四川省公共文化服务保障条例\n"
            "第一条　为了保障公民基本文化权益，制定本条例。\n第二条　本条例自2024年7月1日起施行。\n")
    (apart,) = parse_file(write(tmp_path, "apart.txt", "四川省第十四届人民代表大会常务委员会\n公　　告\n" + tail))
    (joined,) = parse_file(write(tmp_path, "joined.txt", "四川省第十四届人民代表大会常务委员会公告\n" + tail))
    assert (apart.title, apart.doc_number.text, apart.key) == (joined.title, joined.doc_number.text, joined.key)
    assert apart.title == "四川省公共文化服务保障条例" and apart.doc_number.text == "四川省第十四届人民代表大会常务委员会公告第25号"
    assert not [r for r in apart.references if r.title == apart.title]


def test_an_amending_decision_published_by_an_announcement_dated_before_who_adopted_it(tmp_path):
    """《…关于修改〈…条例〉的决定》已于2023年10月26日经…通过: the title had been empty, the decision citing itself (h280 F2)."""
    text = ("哈尔滨市人民代表大会常务委员会公告\n第12号\n《哈尔滨市人民代表大会常务委员会关于修改〈哈尔滨市城市绿化条例〉的决定》已于2023年10月26日"
            "经哈尔滨市第十六届人民代表大会常务委员会第十五次会议通过，2023年12月21日经黑龙江省第十四届人民代表大会常务委员会第九次会议批准，"
            "现予公布，自2024年2月1日起施行。\n哈尔滨市人民代表大会常务委员会\n2023年12月29日\n哈尔滨市人民代表大会常务委员会\n"
            "关于修改《哈尔滨市城市绿化条例》的决定\n哈尔滨市人民代表大会常务委员会决定对《哈尔滨市城市绿化条例》作如下修改：\n"
            "一、删去第二十九条第二项。\n本决定自2024年2月1日起施行。\n")
    (doc,) = parse_file(write(tmp_path, "amending.txt", text))
    assert doc.title == "哈尔滨市人民代表大会常务委员会关于修改〈哈尔滨市城市绿化条例〉的决定"
    assert doc.doc_number.text == "哈尔滨市人民代表大会常务委员会公告第12号" and doc.effective_date == dt.date(2024, 2, 1)
    assert "amends" in {r.relation for r in doc.references} and not [r for r in doc.references if r.title == doc.title]


@pytest.mark.parametrize("index, number", [("索 引 号：", "文　　号："), ("索引号：", "文号：")])
def test_a_web_pages_table_of_facts_with_spaced_labels_and_its_generated_date(tmp_path, index, number):
    """索 引 号：… / 发布机构：… / 生成日期：… / 文　　号：… over the title: the labels spaced as a form's, and 生成日期, had made the
    facts one paragraph with the title lost and the page citing its own number (a blind test, h278 F1)."""
    text = (f"{index}11320100MB1234567X/2024-00123\n发布机构：南京市医疗保障局\n生成日期：2024-06-12\n{number}宁医规〔2024〕3号\n"
            "南京市医疗保障局 南京市财政局关于调整长期护理保险待遇标准的通知\n各区医疗保障分局、财政局：\n现就有关事项通知如下：\n"
            "一、由家庭成员提供照护的，按照每人每月450元的标准给予照护补贴。\n二、本通知自2024年7月1日起执行。\n"
            "南京市医疗保障局　南京市财政局\n2024年6月12日\n")
    doc = parse_text(tmp_path, text)
    assert (doc.title, doc.doc_number.text) == ("南京市医疗保障局 南京市财政局关于调整长期护理保险待遇标准的通知", "宁医规〔2024〕3号")
    assert not [r for r in doc.references if r.doc_number and r.doc_number.text == "宁医规〔2024〕3号"]


def test_a_rules_note_naming_the_day_adopted_and_the_day_published_dates_it_by_publication(tmp_path):
    """（2023年12月18日…常务会议审议通过　2024年1月5日江西省人民政府令第262号公布　自2024年3月1日起施行）: the rule is dated the
    day its order published it, not the day the meeting adopted it (a blind test, h282 F1)."""
    text = ("江西省小型水库安全运行管理办法\n（2023年12月18日江西省人民政府第22次常务会议审议通过　2024年1月5日江西省人民政府令第262号公布"
            "　自2024年3月1日起施行）\n第一条　为了加强小型水库安全运行管理，制定本办法。\n第二条　本办法自2024年3月1日起施行。\n")
    (doc,) = parse_file(write(tmp_path, "rule.txt", text))
    assert (doc.date, doc.doc_number.text, doc.effective_date) == (dt.date(2024, 1, 5), "江西省人民政府令第262号", dt.date(2024, 3, 1))


def test_who_sat_in_at_a_meetings_foot_is_closing_text(tmp_path):
    """出席：… / 列席：… / 记录：… under minutes' last item: who sat in, closing text, not the item's words (a blind test, h290
    F11: run into the last clause); a sentence naming 出席 inside an item stays the item's."""
    doc = parse_text(tmp_path, "芜湖市湾沚区人民政府关于区第二人民医院建设资金的通知\n湾政〔2024〕6号\n"
                               "一、研究区第二人民医院住院楼建设项目资金问题\n会议同意从区级预算调剂资金1200万元，由区卫生健康委负责项目实施。\n"
                               "二、研究表彰大会筹备工作\n会议要求出席：表彰大会的单位提前报送名单。\n"
                               "出席：刘志强 王海燕 陈国华\n列席：区委办、区财政局负责同志\n记录：赵晓明\n湾沚区人民政府办公室\n2024年5月20日\n")
    one, two = doc.clauses
    assert one.text.endswith("由区卫生健康委负责项目实施。")
    assert two.text.endswith("会议要求出席：表彰大会的单位提前报送名单。")
    assert [s.text.split("\n")[0] for s in doc.segments if s.kind == "closing"] == ["出席：刘志强王海燕陈国华"]


@pytest.mark.parametrize("title, number", [("芜湖市湾沚区人民政府第28次常务会议纪要", "湾沚政纪〔2024〕5号"),
                                           ("芜湖市湾沚区人民政府关于老旧小区改造工作的会议纪要", "湾政阅〔2024〕5号")])
def test_meeting_minutes_titled_by_their_issuer_have_their_title_and_number(tmp_path, title, number):
    """<机关>第N次常务会议纪要 / <机关>关于…的会议纪要 over its 文号: the title had been empty, and the minutes cited their own
    number (h290 F1)."""
    text = (f"{title}\n{number}\n2024年5月16日上午，区长刘志强主持召开区政府第28次常务会议。现将会议议定事项纪要如下：\n"
            "一、研究老旧小区改造工作\n由区住建局牵头，区财政局配合，2024年9月30日前全部开工。\n湾沚区人民政府办公室\n2024年5月20日\n")
    doc = parse_text(tmp_path, text)
    assert (doc.title, doc.doc_number.text, doc.date) == (title, number, dt.date(2024, 5, 20))
    assert not [r for r in doc.references if r.doc_number and r.doc_number.text == number]


def test_a_line_ending_in_minutes_in_the_body_is_no_title(tmp_path):
    """h290 F1's kind is a title's only in the head: a sentence naming minutes (…形成会议纪要) stays in its clause."""
    text = ("湾沚区人民政府关于加强老旧小区改造的通知\n湾政〔2024〕5号\n各镇人民政府：\n现通知如下：\n"
            "一、区住建局要定期召开调度会议，研究解决改造中的问题，\n形成会议纪要\n并抄送区财政局。\n湾沚区人民政府\n2024年5月20日\n")
    doc = parse_text(tmp_path, text)
    assert doc.title == "湾沚区人民政府关于加强老旧小区改造的通知"


@pytest.mark.parametrize("issue", ["〔2024〕第5期\n", ""])
def test_a_minutes_header_with_its_issue_and_the_issuer_and_date_on_one_line(tmp_path, issue):
    """…常务会议纪要 / 〔2024〕第5期 / 湾沚区人民政府办公室　　　2024年5月20日: the 版头 had been one preamble paragraph, with
    no title, issuer, date or place, and the units had no district (h290 F2)."""
    text = (f"湾沚区人民政府常务会议纪要\n{issue}湾沚区人民政府办公室                    2024年5月20日\n"
            "2024年5月16日上午，区长刘志强主持召开区政府第28次常务会议。现将会议议定事项纪要如下：\n"
            "一、研究老旧小区改造工作\n由区住建局牵头，区财政局配合，2024年9月30日前全部开工。\n")
    doc = parse_text(tmp_path, text)
    assert (doc.title, doc.doc_number, doc.issuer, doc.date) == ("湾沚区人民政府常务会议纪要", None, "湾沚区人民政府办公室",
                                                               dt.date(2024, 5, 20))
    assert doc.jurisdiction == "湾沚区"
    assert {u.canonical for c in doc.clauses for u in c.units} == {"湾沚区住房和城乡建设局", "湾沚区财政局"}


@pytest.mark.parametrize("title, number", [("南充市顺庆区人民政府通告", "南充市顺庆区人民政府通告2023年第2号"),
                                           ("南充市顺庆区人民政府关于禁止燃放烟花爆竹的通告", "南充市顺庆区人民政府通告2023年第2号")])
def test_a_notice_to_the_public_numbered_in_its_year(tmp_path, title, number):
    """X人民政府通告 / （2023年第2号）: the 通告's number of the year, read as a 公告's is (h290 F10: none)."""
    text = (f"{title}\n（2023年第2号）\n一、禁放区域\n中城街道辖区内全年禁止燃放烟花爆竹。\n二、本通告自2024年1月1日起施行。\n"
            "南充市顺庆区人民政府\n2023年12月20日\n")
    doc = parse_text(tmp_path, text)
    assert (doc.title, doc.doc_number.text, doc.doc_number.year, doc.doc_number.number) == (title, number, 2023, 2)


def test_a_notice_to_the_public_without_a_body_before_its_kind_gets_no_number(tmp_path):
    """h290 F10's number needs the issuer: 关于禁止燃放烟花爆竹的通告 names none, so no 文号 is made up."""
    text = ("关于禁止燃放烟花爆竹的通告\n（2023年第2号）\n一、中城街道辖区内全年禁止燃放烟花爆竹。\n南充市顺庆区人民政府\n2023年12月20日\n")
    doc = parse_text(tmp_path, text)
    assert doc.doc_number is None


@pytest.mark.parametrize("issued_by, relation", [("中共中央办公厅、国务院办公厅印发的", "applies"), ("", "applies"),
                                                 ("中共中央办公厅、国务院办公厅联合印发的", "applies")])
def test_carrying_out_a_text_named_with_its_issuers_and_their_issuing(tmp_path, issued_by, relation):
    """为深入贯彻落实中共中央办公厅、国务院办公厅印发的《…》精神: the text applied, its issuers and 印发的 between the cue and its
    title (h290 F3: cited)."""
    text = ("湄潭县人民政府关于加强农村人居环境整治的通知\n湄府发〔2024〕15号\n各镇（街道）人民政府（办事处），县政府各部门：\n"
            f"为深入贯彻落实{issued_by}《农村人居环境整治提升五年行动方案（2021—2025年）》精神，结合我县实际，现就有关事项通知如下：\n"
            "一、工作目标\n到2024年底，全县农村卫生厕所普及率达到85%以上。\n湄潭县人民政府\n2024年4月8日\n")
    doc = parse_text(tmp_path, text)
    assert [(r.title, r.relation) for r in doc.references] == [("农村人居环境整治提升五年行动方案（2021—2025年）", relation)]


def test_a_text_named_with_the_issuers_who_printed_it_but_no_cue_is_cited(tmp_path):
    """h290 F3's issuers and 印发的 make no cue of their own: 参考国务院办公厅印发的《…》 still cites it."""
    text = ("湄潭县人民政府关于加强农村人居环境整治的通知\n湄府发〔2024〕15号\n各镇（街道）人民政府（办事处），县政府各部门：\n"
            "现就有关事项通知如下：\n一、各镇要参考国务院办公厅印发的《农村人居环境整治提升五年行动方案（2021—2025年）》开展自查。\n"
            "湄潭县人民政府\n2024年4月8日\n")
    doc = parse_text(tmp_path, text)
    assert [(r.title, r.relation) for c in doc.clauses for r in c.references] == [("农村人居环境整治提升五年行动方案（2021—2025年）", "cites")]


@pytest.mark.parametrize("title, alternative", [
    ("某区人民政府关于修改《某区企业上市扶持办法》部分条款的通知", None),
    ("某区人民政府关于印发《某区企业上市挂牌奖励兑现申请材料清单》的通知", "某区企业上市挂牌奖励兑现申请材料清单"),
])
def test_an_amending_notice_takes_no_alternative_title_from_its_attachments_list(tmp_path, title, alternative):
    """关于修改《X》部分条款的通知 / … / 附件 / …申请材料清单: the changes are the notice's text, the list one of its parts (h292 F11:
    the list's title was its alternative title); a notice issuing the list still takes it."""
    (doc,) = parse_file(write(tmp_path, "amend.txt", title + "\n某政综〔2024〕56号\n各街道办事处：\n"
                              "决定对《某区企业上市扶持办法》部分条款作如下修改：\n1. 将第三条中的奖励标准由30万元提高至50万元。\n"
                              "某区人民政府\n2024年6月18日\n附件\n某区企业上市挂牌奖励兑现申请材料清单\n1. 企业上市挂牌奖励申请表；\n"
                              "2. 营业执照复印件。\n"))
    assert doc.alternative_title == alternative


def test_a_running_head_that_is_the_issuers_name_leaves_the_title_and_the_signature_theirs(tmp_path):
    """郴州市人民政府办公室 atop every page of a PDF, and the title's first line and the signature: the heads are dropped, the
    title's line and the signature stay (h298 F2: erased with the heads, the document had no issuer, no place, and its 市人社局
    no city); with two pages' heads only, the head no longer joins a clause or stands as a preamble (h298 F1)."""
    head = "郴州市人民政府办公室"
    pages = ["（一）落实失业保险稳岗返还。中小微企业按上年度实际缴纳失业保\n险费的60%返还。（责任单位：市人力资源社会保障局、市财政局）",
             "（二）发放一次性扩岗补助。按每人1500 元标准发放一次性扩岗补\n助。（责任单位：市人力资源社会保障局）",
             "（三）加强技能培训。按每人不超过800 元给予职业培训补贴。（责\n任单位：市人力资源社会保障局、市财政局）"]
    text = (f"{head}\n关于印发《郴州市支持企业稳岗扩岗若干措施》的通知\n郴政办发〔2024〕5 号\n各县市区人民政府，市直各委局，各有关单位：\n"
            "《郴州市支持企业稳岗扩岗若干措施》已经市人民政府同意，\n现印发给你们，请结合实际认真抓好落实。\n"
            f"{head}\n2024 年2 月26 日\n— 1 —\n{head}\n郴州市支持企业稳岗扩岗若干措施\n一、支持企业稳定岗位\n")
    for n in (3, 2):  # four pages (three heads), three pages (two heads)
        doc = parse_text(tmp_path, text + "".join(f"{pages[k]}\n— {k + 2} —\n" + (f"{head}\n" if k + 1 < n else "") for k in range(n)))
        assert doc.title == f"{head}关于印发《郴州市支持企业稳岗扩岗若干措施》的通知"
        assert doc.issuer == head and doc.jurisdiction == "郴州市"
        assert doc.clauses[1].units[0].canonical == "郴州市人力资源和社会保障局"
        assert not any(head in c.text for c in doc.clauses)
    # a head above the next page's text, where the signature's date follows it, is still the head
    signed = text + pages[0] + f"\n— 2 —\n{head}\n{pages[1]}\n— 3 —\n{head}\n{pages[2]}\n— 4 —\n{head}\n2024 年2 月26 日\n"
    assert not any(head in c.text for c in parse_text(tmp_path, signed).clauses)


@pytest.mark.parametrize("letterhead", [
    "佛山市人民政府办公室\n文件\n",
    "佛山市人民政府办公室\n文　件\n",
    "佛山市人力资源和社会保障局\n佛山市财政局\n文件\n",
    "佛山市人力资源和社会保障局\n文件\n佛山市财政局\n",  # (the big 文件 printed between the joint issuers' names)
])
def test_a_red_headers_kind_of_paper_on_a_line_of_its_own_leaves_the_title_and_number(tmp_path, letterhead):
    """佛山市人民政府办公室 / 文件 / 佛府办〔2023〕5号 / <title>: the red header's big 文件 on a line of its own, as PDF text
    extraction prints it (h304 F2: the head ended there, the title was empty and the 文号 a cited reference)."""
    doc = parse_text(tmp_path, letterhead + "佛府办〔2023〕5号\n佛山市人民政府办公室关于印发佛山市助企纾困若干措施的通知\n"
                     "各区人民政府，市政府各部门：\n现将《佛山市助企纾困若干措施》印发给你们，请认真贯彻执行。\n佛山市人民政府办公室\n"
                     "2023年3月2日\n一、对中小微企业招用高校毕业生的，按每人3000元给予一次性吸纳就业补贴。责任单位：市人力资源社会保障局。\n")
    assert doc.title == "佛山市人民政府办公室关于印发佛山市助企纾困若干措施的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "佛府办〔2023〕5号"
    assert doc.issuers[0] in ("佛山市人民政府办公室", "佛山市人力资源和社会保障局")
    assert not [r for r in doc.references if r.relation == "cites"]


def test_a_line_reading_wenjian_in_the_body_is_the_bodys(tmp_path):
    """A 文件 line after the head (a sentence wrapped before its last word) stays the body's: the red header's kind of paper is
    read only among the issuers' names above the title (h304 F2)."""
    doc = parse_text(tmp_path, "佛山市人民政府办公室关于印发佛山市助企纾困若干措施的通知\n佛府办〔2023〕5号\n各区人民政府：\n"
                     "一、各区要认真学习本\n文件\n二、对中小微企业按每人3000元给予一次性吸纳就业补贴。\n")
    assert doc.title == "佛山市人民政府办公室关于印发佛山市助企纾困若干措施的通知"
    assert "文件" in doc.clauses[0].text


@pytest.mark.parametrize("title", ["天水市工业和信息化局关于公开征求《天水市支持中小微企业纾困发展若干措施（征求意见稿）》意见的公告",
                                   "天水市工业和信息化局关于征求《天水市支持中小微企业纾困发展若干措施》意见的通知",
                                   "天水市支持中小微企业纾困发展若干措施（征求意见稿）"])
def test_a_draft_for_comment_has_no_dates_in_force(tmp_path, title):
    """A 征求意见稿 published by a 公告 dated 2024-03-11, ending 本措施自印发之日起施行，有效期２年: not issued yet, so not in force from
    the notice's date (h304 F6: effective 2024-03-11, expiry 2026-03-10); the issued text's own sentence still gives its dates."""
    body = ("第一条 减免房屋租金。对承租市属国有企业经营性房产的小微企业，减免３个月租金。（责任单位：市国资委）\n"
            "第二条 本措施自印发之日起施行，有效期２年。\n")
    doc = parse_text(tmp_path, f"{title}\n天水市工业和信息化局\n2024年3月11日\n{body}")
    assert doc.date == dt.date(2024, 3, 11)
    assert (doc.effective_date, doc.expiry_date) == (None, None)
    issued = parse_text(tmp_path, f"天水市工业和信息化局关于印发天水市支持中小微企业纾困发展若干措施的通知\n天水市工业和信息化局\n2024年3月11日\n{body}")
    assert (issued.effective_date, issued.expiry_date) == (dt.date(2024, 3, 11), dt.date(2026, 3, 10))


def test_a_cited_titles_joint_issuers_keep_their_space(tmp_path):
    """根据《江苏省司法厅 江苏省财政厅关于…的通知》（苏司通〔2023〕36号）: the cited title keeps the space between its joint issuers'
    names, as the document's own title does (h299 F13: 江苏省司法厅江苏省财政厅关于…, so a title match failed), also where a line
    break cuts a name (…社会保\\n障局 福州市财政局); one issuer's name wrapped (人民政府\\n办公厅) is no two names."""
    text = ("南京市司法局 南京市财政局关于调整法律援助值班律师补贴标准的通知\n宁司发〔2023〕112号\n各区司法局、财政局：\n"
            "根据《江苏省司法厅 江苏省财政厅关于调整全省法律援助补贴标准的通知》（苏司通〔2023〕36号）精神，现就有关事项通知如下：\n"
            "一、值班律师补贴每人每天600元。\n"
            "二、本通知自2024年1月1日起施行。《南京市司法局 南京市财政局关于法律援助值班律师补贴标准的通知》（宁司发〔2020〕5号）、"
            "《福州市人力资源和社会保\n障局 福州市财政局关于就业见习补贴标准的通知》（榕人社〔2020〕56号）、《南京市人民政府\n办公厅关于"
            "法律援助工作的通知》（宁政办发〔2019〕7号）同时废止。\n南京市司法局 南京市财政局\n2023年12月8日\n")
    doc = parse_text(tmp_path, text)
    assert [r.title for r in doc.references if r.relation == "based_on"] == ["江苏省司法厅 江苏省财政厅关于调整全省法律援助补贴标准的通知"]
    assert [r.title for r in doc.clauses[1].references] == ["南京市司法局 南京市财政局关于法律援助值班律师补贴标准的通知",
                                                           "福州市人力资源和社会保障局 福州市财政局关于就业见习补贴标准的通知",
                                                           "南京市人民政府办公厅关于法律援助工作的通知"]


def test_a_season_named_with_its_first_day_in_brackets_starts_the_text(tmp_path):
    """h301 F7: 本通知自2023—2024年采暖期（2023年11月15日）起执行 gave no effective date (and a false 2-year interval in its
    clause): the season named, its first day in brackets, is the day the text starts, no period of the clause (its own term);
    a season without its day gives none."""
    assert force("本通知自2023—2024年采暖期（2023年11月15日）起执行。").effective == dt.date(2023, 11, 15)
    assert force("本通知自2024年春季学期（2024年3月1日）起施行。").effective == dt.date(2024, 3, 1)
    assert force("本通知自2023年11月15日起执行。").effective == dt.date(2023, 11, 15)
    assert force("本通知自2023—2024年采暖期起执行。").effective is None
    doc = parse_text(tmp_path, "陇县发展和改革局关于调整县城集中供热价格的通知\n陇发改发〔2023〕87号\n县住建局、县民政局：\n"
                               "现将有关事项通知如下：\n一、居民用户供热价格由每平方米每月4.80元调整为5.60元。\n"
                               "二、本通知自2023—2024年采暖期（2023年11月15日）起执行。\n陇县发展和改革局\n2023年10月20日\n")
    assert doc.effective_date == dt.date(2023, 11, 15)
    assert doc.clauses[1].periods == []


@pytest.mark.parametrize("cooperative", ["赣州市供销合作社", "赣州市供销合作社联合社", "赣州市供销社"])
def test_a_supply_and_marketing_cooperative_is_an_issuer_of_its_own(tmp_path, cooperative):
    """赣州市商务局 赣州市财政局 赣州市供销合作社关于…: three issuers, the title's spaces kept (h303 F1: one made-up issuer, its
    name the three run together); signing alone, its signature is no clause's text and the date under it is the document's
    (h303 F2: the date lost). A 社 that ends no cooperative's name still cuts nothing (…社区居委会)."""
    text = (f"赣州市商务局 赣州市财政局 {cooperative}关于做好2024年冷链物流设施建设工作的通知\n赣市商务字〔2024〕14号\n"
            "各县（市、区）商务局：\n现就有关事项通知如下。\n一、支持设施建设。对新建的产地冷藏保鲜设施，单个主体补助最高不超过30万元。\n"
            f"二、严格资金监管。各地要确保资金专款专用。\n赣州市商务局 赣州市财政局\n{cooperative}\n2024年3月5日\n")
    doc = parse_text(tmp_path, text)
    assert doc.issuers == ["赣州市商务局", "赣州市财政局", cooperative]
    assert doc.title.startswith(f"赣州市商务局 赣州市财政局 {cooperative}关于") and doc.date == dt.date(2024, 3, 5)
    alone = parse_text(tmp_path, f"{cooperative}关于做好2024年农产品产销对接工作的通知\n赣市供销字〔2024〕14号\n各县（市、区）供销社：\n"
                                 "现就有关事项通知如下。\n一、开展产销对接活动。各县（市、区）供销社要组织开展产销对接活动。\n"
                                 f"二、严格资金监管。各地要确保资金专款专用。\n{cooperative}\n2024年3月5日\n")
    assert alone.issuers == [cooperative] and alone.date == dt.date(2024, 3, 5)
    assert alone.clauses[-1].text == "二、严格资金监管。各地要确保资金专款专用。"
    assert split_issuers("赣州市供销合作社联合社") == ["赣州市供销合作社联合社"]  # one body, not 合作社 + 联合社
    assert split_issuers("南昌市东湖区豫章街道社区居委会") == ["南昌市东湖区豫章街道社区居委会"]
    assert split_issuers("江西省农民专业合作社联合会") == ["江西省农民专业合作社联合会"]


SIGNED_OVER_A_BREAK = ("郴州市人民政府办公室\n关于做好2024年企业稳岗扩岗工作的通知\n郴政办发〔2024〕5 号\n各县市区人民政府，市直各委局，各有关单位：\n"
                       "现就做好2024年企业稳岗扩岗工作有关事项通知如下：\n一、落实失业保险稳岗返还。中小微企业按上年度实际缴纳失业保\n"
                       "险费的60%返还。（责任单位：市人力资源社会保障局、市财政局）\n— 1 —\nHEAD\n"
                       "二、发放一次性扩岗补助。按每人1500 元标准发放一次性扩岗补\n助。（责任单位：市人力资源社会保障局）\nBREAK\n")


@pytest.mark.parametrize("head", ["郴州市人民政府办公室", "郴州市稳岗扩岗政策文件"])
@pytest.mark.parametrize("pdf", [False, True])
def test_a_signature_over_a_page_break_under_the_running_head_is_the_documents(tmp_path, head, pdf):
    """h298 F2's edge: the page breaks between the last item and the signature (— 2 — / head / 郴州市人民政府办公室 / date), or
    between the signature and its date (郴州市人民政府办公室 / — 2 — / head / date), the head the issuer's name or other words,
    on two pages' heads: the signature and date are the document's issuer and date (the signature at a page's foot had gone
    with the head, the date with it; the head after the break, taken for the page's last line printed again, had left the
    other head in the first item's text), and no head is any item's text; with PDF marks (# Page 1: over the letterhead) the
    title keeps its issuer's line. A name at a page's foot that no date follows under the next page's head is no signature."""
    breaks = {"before": f"— 2 —\n{head}\n郴州市人民政府办公室\n2024 年2 月26 日\n— 3 —\n",
              "between": f"郴州市人民政府办公室\n— 2 —\n{head}\n2024 年2 月26 日\n— 3 —\n"}
    for where, tail in breaks.items():
        text = SIGNED_OVER_A_BREAK.replace("HEAD", head).replace("BREAK\n", tail)
        if pdf:
            text = "# Page 1:\n" + re.sub(r"— (\d) —", lambda m: f"# Page {int(m[1]) + 1}:", text)
        doc = parse_text(tmp_path, text)
        assert (doc.issuer, doc.date, doc.jurisdiction) == ("郴州市人民政府办公室", dt.date(2024, 2, 26), "郴州市"), where
        assert doc.title == "郴州市人民政府办公室关于做好2024年企业稳岗扩岗工作的通知", where
        assert [c.text.endswith("）") and head not in c.text for c in doc.clauses] == [True, True], where
    unsigned = SIGNED_OVER_A_BREAK.replace("HEAD", head).replace("BREAK\n", f"郴州市人民政府办公室\n— 2 —\n{head}\n三、加强技能培训。按每人不超过800 元给予补贴。\n")
    doc = parse_text(tmp_path, unsigned)
    assert doc.date is None and len(doc.clauses) == 3
    assert not any(head in c.text for c in (doc.clauses[0], doc.clauses[2]))


NANPING_BOX = ("索 引 号：\t003537620/2024-00187\t主题分类：\t劳动、人事、监察\\就业\n"
               "发布机构：\t南平市人民政府办公室\t成文日期：\t2024-05-17\n")
NANPING_TITLE = "南平市人民政府办公室关于印发南平市支持青年就业若干措施的通知"
NANPING_NUMBER = "文　　号：\t南政办规〔2024〕3号\t发布日期：\t2024-05-22\n"
NANPING_BODY = ("各县（市、区）人民政府，市直各单位：\n经市政府同意，现将《南平市支持青年就业若干措施》印发给你们，请认真组织实施。\n"
                "南平市支持青年就业若干措施\n（一）开展就业见习。见习补贴标准为每人每月1800元。（责任单位：市人社局）\n"
                "（二）强化创业担保贷款。个人创业担保贷款最高额度30万元。（责任单位：市财政局）\n")


def assert_read_as_the_nanping_notice(doc):
    assert (doc.title, doc.issuer, doc.doc_number.text, doc.date) == (
        NANPING_TITLE, "南平市人民政府办公室", "南政办规〔2024〕3号", dt.date(2024, 5, 17))
    assert doc.jurisdiction == "南平市"
    assert [u.canonical for c in doc.clauses for u in c.units] == ["南平市人力资源和社会保障局", "南平市财政局"]


@pytest.mark.parametrize("label", ["标　　题：\t", "标题：\t", "标题：", "名　　称：\t"])
def test_a_web_pages_title_row_gives_the_title_without_its_label(tmp_path, label):
    """标　　题：<tab>… in a portal page's table of facts, the title printed again under the box: the label had stayed in the
    title and the issuer (标题：南平市人民政府办公室), so the document had no place and its units no city (a blind test, h302 F3)."""
    text = NANPING_BOX + f"{label}{NANPING_TITLE}\n" + NANPING_NUMBER + NANPING_TITLE + "\n" + NANPING_BODY
    assert_read_as_the_nanping_notice(parse_text(tmp_path, text))


def test_a_web_pages_title_row_is_the_title_where_the_page_prints_none_else(tmp_path):
    """The box's 标题 row the only place the title is printed, or the title under it wrapped over two lines: read once, whole
    (h302 F3); a 名称：… line in a text's body is the body's."""
    only = NANPING_BOX + f"标　　题：\t{NANPING_TITLE}\n" + NANPING_NUMBER + NANPING_BODY
    assert_read_as_the_nanping_notice(parse_text(tmp_path, only))
    wrapped = NANPING_BOX + f"标　　题：\t{NANPING_TITLE}\n" + NANPING_NUMBER + NANPING_TITLE[:20] + "\n" + NANPING_TITLE[20:] + "\n" + NANPING_BODY
    assert_read_as_the_nanping_notice(parse_text(tmp_path, wrapped, name="wrapped.txt"))
    body = NANPING_TITLE + "\n南政办规〔2024〕3号\n" + NANPING_BODY + "（三）名称：南平市青年就业见习基地管理办法，由市人社局另行制定。\n"
    doc = parse_text(tmp_path, body, name="body.txt")
    assert "名称：南平市青年就业见习基地管理办法" in doc.clauses[-1].text


@pytest.mark.parametrize("validity", ["有 效 性：\t有效", "有效性：有效", "时 效 性：\t现行有效"])
@pytest.mark.parametrize("where", ["before the title", "between the issuer and the 文号"])
def test_a_web_pages_validity_row_is_no_part_of_the_title(tmp_path, validity, where):
    """有 效 性：<tab>有效 in the box: before the title line it had been glued to it (title 有效性：有效南平市…, no place); between
    发布机构 and 文号 it had wiped out the title, the 文号 (read as a citation) and the issuer (a blind test, h302 F4)."""
    if where == "before the title":
        text = NANPING_BOX + NANPING_NUMBER + validity + "\n" + NANPING_TITLE + "\n" + NANPING_BODY
    else:
        text = NANPING_BOX + validity + "\n" + NANPING_NUMBER + NANPING_TITLE + "\n" + NANPING_BODY
    doc = parse_text(tmp_path, text)
    assert_read_as_the_nanping_notice(doc)
    assert not [r for r in doc.references if r.doc_number and r.doc_number.text == "南政办规〔2024〕3号"]


def test_a_validity_sentence_in_a_body_stays_the_bodys(tmp_path):
    """有效性：… opening a sentence in an item is the item's words, not a page's box row (h302 F4's rule is the row's form only)."""
    text = NANPING_TITLE + "\n南政办规〔2024〕3号\n" + NANPING_BODY + "（三）有效性：本措施所列补贴的有效性以人社部门审核结果为准。\n"
    doc = parse_text(tmp_path, text)
    assert doc.clauses[-1].text.startswith("（三）有效性：本措施")


def test_a_web_pages_date_written_is_said_to_be_so(tmp_path):
    """成文日期 and 发布日期 in the box: the date is the 成文日期, and the note says so (a blind test, h302: it had said the page's
    date of publishing); with 发布日期 first in the box, the 成文日期 still."""
    doc = parse_text(tmp_path, NANPING_BOX + NANPING_NUMBER + NANPING_TITLE + "\n" + NANPING_BODY.replace("南政办规〔2024〕3号", ""))
    assert doc.date == dt.date(2024, 5, 17) and "成文日期" in doc.inferred["date"]
    published_first = ("发布日期：2024-05-22\n成文日期：2024-05-17\n" + NANPING_TITLE + "\n" + NANPING_BODY)
    doc = parse_text(tmp_path, published_first, name="first.txt")
    assert doc.date == dt.date(2024, 5, 17) and "成文日期" in doc.inferred["date"]
    only_published = "发布日期：2024-05-22\n" + NANPING_TITLE + "\n" + NANPING_BODY
    doc = parse_text(tmp_path, only_published, name="published.txt")
    assert doc.date == dt.date(2024, 5, 22) and doc.inferred["date"] == "the web page's date of publishing"


ZHUZHOU_MEASURES = ("株洲市支持中小微企业稳岗扩岗若干措施\n（2024 年4 月12 日）\n为帮助中小微企业稳定岗位、扩大就业，结合我市实际，制定以下措施。\n"
                    "1．稳岗返还。对上年度不裁员的中小微企业，按企业及其职工上年度实际缴纳失业保险费的60%返还。（市人社局负责）\n"
                    "2．用工服务。市就业服务中心每月举办不少于2 场专场招聘会。\n3．本措施自印发之日起施行，有效期至2025 年12 月31 日。\n")


def test_a_text_dated_under_its_title_and_signed_at_its_foot_has_its_issuer(tmp_path):
    """株洲市…若干措施 / （2024 年4 月12 日） / … / 3．本措施…。 / 株洲市人民政府办公室: no 文号, the date under the title, the
    signature with no date under it: no issuer had been read (a blind test, h302 F8). A last line of a text with no date under
    its title, or one after an unfinished item, signs nothing."""
    doc = parse_text(tmp_path, ZHUZHOU_MEASURES + "株洲市人民政府办公室\n")
    assert (doc.issuer, doc.issuers, doc.date) == ("株洲市人民政府办公室", ["株洲市人民政府办公室"], dt.date(2024, 4, 12))
    assert parse_text(tmp_path, ZHUZHOU_MEASURES, name="unsigned.txt").issuer is None
    undated = ZHUZHOU_MEASURES.replace("（2024 年4 月12 日）\n", "") + "株洲市人民政府办公室\n"
    assert parse_text(tmp_path, undated, name="undated.txt").issuer is None


def test_joint_issuers_with_a_federation_keep_their_spaces_across_a_wrap(tmp_path):
    """h309 F11: 辽宁省民政厅 辽宁省残疾人联合会 辽宁省财政厅关于提高… had run together (联合会 no issuer's ending), and 苏州市卫生健康
    委员会 苏州 / 市教育局关于… (a name wrapped) too; the spaces are kept as printed, a wrap inside a name joins its halves, one
    between two whole names parts them. A title printed with no spaces stays as it is."""
    text = ("辽宁省民政厅 辽宁省残疾人联合会 辽宁省财政厅关于提高困难残疾人\n生活补贴和重度残疾人护理补贴标准的通知\n辽民发〔2024〕21号\n"
            "各市民政局：\n一、提高补贴标准。\n辽宁省民政厅 辽宁省残疾人联合会 辽宁省财政厅\n2024年6月12日\n")
    doc = parse_text(tmp_path, text)
    assert doc.title == "辽宁省民政厅 辽宁省残疾人联合会 辽宁省财政厅关于提高困难残疾人生活补贴和重度残疾人护理补贴标准的通知"
    assert doc.issuers == ["辽宁省民政厅", "辽宁省残疾人联合会", "辽宁省财政厅"]
    text = ("苏州市残疾人联合会 苏州市民政局 苏州市卫生健康委员会 苏州\n市教育局关于印发《苏州市残疾儿童康复救助实施办法》的通知\n"
            "苏残发〔2023〕45号\n一、印发实施。\n苏州市残疾人联合会\n2023年9月8日\n")
    assert parse_text(tmp_path, text).title == (
        "苏州市残疾人联合会 苏州市民政局 苏州市卫生健康委员会 苏州市教育局关于印发《苏州市残疾儿童康复救助实施办法》的通知")
    text = ("遵义市民政局 遵义市残疾人联合会\n关于进一步规范残疾人两项补贴发放管理工作的通知\n遵市民通〔2023〕58号\n一、规范管理。\n"
            "遵义市民政局\n2023年3月2日\n")
    assert parse_text(tmp_path, text).title == "遵义市民政局 遵义市残疾人联合会关于进一步规范残疾人两项补贴发放管理工作的通知"
    glued = "辽宁省民政厅辽宁省财政厅关于调整待遇的通知\n辽民发〔2024〕22号\n一、调整待遇。\n辽宁省民政厅\n2024年6月12日\n"
    assert parse_text(tmp_path, glued).title == "辽宁省民政厅辽宁省财政厅关于调整待遇的通知"


LUSHUI_AGREEMENT = ("渌水流域横向生态保护补偿协议\n（2024—2026 年）\n甲方：株洲市人民政府\n乙方：萍乡市人民政府\n"
                    "经甲乙双方友好协商，就渌水流域横向生态保护补偿事宜达成如下协议。\n第一条 协议期限\n本协议期限为2024 年1 月1 日至2026 年12 月31 日。\n"
                    "第二条 双方责任\n（一）甲方负责督促醴陵市落实下游水污染防治措施。\n（二）乙方负责组织芦溪县、上栗县落实上游保护责任。\n"
                    "第三条 其他\n本协议一式四份，甲乙双方各执两份。\n甲方：株洲市人民政府（盖章）\n乙方：萍乡市人民政府（盖章）\n2024 年3 月18 日\n")


def test_an_agreements_title_is_read():
    """…横向生态保护补偿协议, …合作协议: an agreement two governments sign and publish is titled so (h308 F1: no title); a line
    of text that goes on after 协议 is none."""
    assert is_title("渌水流域横向生态保护补偿协议") and is_title("渌水流域横向生态保护补偿协议（2024—2026年）")
    assert is_title("长三角地区数据共享战略合作框架协议")
    assert not is_title("双方签订合作协议，明确各自责任")


def test_an_agreement_signed_by_its_parties(tmp_path):
    """甲方：X（盖章） / 乙方：Y（盖章） / date: the agreement's issuers and date (h308 F2: none, the lines glued onto the last
    clause); its title read (F1); 本协议期限为X至Y its term (F10), as 本办法期限为… is."""
    doc = parse_text(tmp_path, LUSHUI_AGREEMENT)
    assert doc.title == "渌水流域横向生态保护补偿协议（2024—2026年）"
    assert (doc.issuers, doc.date) == (["株洲市人民政府", "萍乡市人民政府"], dt.date(2024, 3, 18))
    assert doc.jurisdiction == "株洲市"
    assert not any("盖章" in c.text for c in doc.clauses)
    assert (doc.effective_date, doc.expiry_date) == (dt.date(2024, 1, 1), dt.date(2026, 12, 31))
    # a party's line names a body; 甲方：负责… does not sign
    assert find_signature_block(split_paragraphs("本协议一式四份。\n甲方：负责联合监测\n2024年3月18日\n")) == ([], None)


def test_an_agreement_in_force_from_its_signing(tmp_path):
    """本协议自双方签字盖章之日起生效: in force from the date under the signatures (h308 F10: none), as 自印发之日起施行 is from
    the issue date; 有效期3年 from then."""
    text = LUSHUI_AGREEMENT.replace("本协议期限为2024 年1 月1 日至2026 年12 月31 日。", "本协议自双方签字盖章之日起生效，有效期3年。")
    doc = parse_text(tmp_path, text)
    assert (doc.effective_date, doc.expiry_date) == (dt.date(2024, 3, 18), dt.date(2027, 3, 17))
    # a contract the text asks firms to sign is no term of its own
    assert in_force(split_paragraphs("（一）企业与职工签订劳动合同，合同自签字之日起生效。\n"), dt.date(2024, 3, 18)).effective is None
    signed = split_paragraphs("第十条 本协议经双方法定代表人签字并加盖公章后生效。\n")
    assert in_force(signed, dt.date(2024, 3, 18)).effective == dt.date(2024, 3, 18)


GUANGSHAN_ORGANISATION = ("{first} {second}\n关于调整离任村干部生活补贴标准的通知\n光组通〔2024〕7号\n各乡镇党委、人民政府：\n一、补贴标准\n"
                          "1.正职每人每月发放200元。\n2.县财政局负责资金拨付。\n{first} {second}\n2024年1月15日\n")


@pytest.mark.parametrize(("first", "second", "place", "level"), [
    ("中共光山县委组织部", "光山县财政局", "光山县", "county"),
    ("中共光山县委宣传部", "光山县财政局", "光山县", "county"),
    ("中共信阳市委组织部", "信阳市财政局", "信阳市", "municipal"),
    ("中共河南省委组织部", "河南省财政厅", "河南省", "provincial"),
])
def test_a_party_committees_department_issuing_first_is_of_its_place(tmp_path, first, second, place, level):
    """中共光山县委组织部 光山县财政局 / 关于…: the county party committee's 组织部 is the county's, as its government's bureaus
    are, and so are the units of the text (h306 F1: 中国, national, every unit placeless); 中共中央组织部 stays national."""
    doc = parse_text(tmp_path, GUANGSHAN_ORGANISATION.format(first=first, second=second))
    assert (doc.jurisdiction, doc.level) == (place, level)
    if level == "county":
        (unit,) = doc.clauses[-1].units
        assert (unit.canonical, unit.jurisdiction) == ("光山县财政局", "光山县")
    assert jurisdiction_of("中共中央组织部").level == "national"
    assert jurisdiction_of("人力资源社会保障部").level == "national"


def test_a_party_organ_issuing_is_the_organisation_its_clauses_name(tmp_path):
    """东莞市民政局 中共东莞市委组织部 issue, 市委组织部负责… in an article: one organisation, 东莞市委组织部 as its clauses name
    it, written 中共东莞市委组织部 (h306 F8: two nodes); 中共中央组织部 is 中央组织部, national, in a county's text too."""
    text = ("东莞市民政局 中共东莞市委组织部关于印发《东莞市社区专职工作人员薪酬管理办法》的通知\n东民发〔2023〕56号\n"
            "各镇人民政府（街道办事处）：\n第一条 市委组织部负责指导社区党组织书记的选任和考核管理。\n第二条 本办法自2023年10月1日起施行。\n"
            "东莞市民政局 中共东莞市委组织部\n2023年9月18日\n")
    doc = parse_text(tmp_path, text)
    assert doc.issuers == ["东莞市民政局", "中共东莞市委组织部"]
    (unit,) = doc.clauses[0].units
    assert doc.issuer_units[1][:2] == ("中共东莞市委组织部", "东莞市委组织部") and unit.canonical == "东莞市委组织部"
    g = DocumentGraphBuilder(Iris()).build(doc)
    assert Iris().unit(unit.canonical, unit.jurisdiction) in set(g.objects(Iris().document(doc.key), ELI.passed_by))
    county = parse_text(tmp_path, GUANGSHAN_ORGANISATION.format(first="中共光山县委组织部", second="光山县财政局")
                        .replace("县财政局负责", "中共中央组织部、县财政局负责"), name="central.txt")
    assert {(u.canonical, u.level) for u in county.clauses[-1].units} == {("中央组织部", "national"), ("光山县财政局", "county")}


JINSHUI_WEB = """郑州市金水区人民政府门户网站
首页 | 政务公开 | 政务服务 | 互动交流
{tools}
当前位置：首页 > 政务公开 > 政策文件
郑州市金水区人民政府关于印发金水区支持总部经济高质量发展若干政策的通知
来源：金水区人民政府办公室　　发布时间：2023-08-15 10:23　　浏览次数：1286
金政〔2023〕12号
各街道办事处、区政府各部门：
现将《金水区支持总部经济高质量发展若干政策》印发给你们，请认真贯彻落实。
郑州市金水区人民政府
2023年8月10日
金水区支持总部经济高质量发展若干政策
一、申报兑现。由区发展改革委牵头受理，会同区财政局进行联合审核。
二、本政策自发布之日起施行，有效期3年。
"""


@pytest.mark.parametrize("tools", ["无障碍 | 长者模式 | 繁体版", "请输入关键字 搜索", "无障碍 长者模式", "请输入关键词"])
def test_a_portals_tools_and_search_box_are_no_part_of_the_title(tmp_path, tools):
    """h317 F1: a web copy's line of the site's tools (无障碍 | 长者模式 | 繁体版) or its search box (请输入关键字 搜索) had been
    glued into the title and the issuer, the document left without a place and its units too; they are dropped as the menu
    is. A sentence naming 无障碍 (优化系统适老化及无障碍化升级改造) stays the text's."""
    doc = parse_text(tmp_path, JINSHUI_WEB.format(tools=tools))
    assert doc.title == "郑州市金水区人民政府关于印发金水区支持总部经济高质量发展若干政策的通知"
    assert doc.issuers == ["郑州市金水区人民政府"] and (doc.jurisdiction, doc.level) == ("金水区", "county")
    assert {(u.canonical, u.jurisdiction) for u in doc.clauses[0].units} == {("金水区发展和改革委员会", "金水区"), ("金水区财政局", "金水区")}
    body = parse_text(tmp_path, JINSHUI_WEB.format(tools="").replace("二、", "二、推进网站适老化\n无障碍 长者模式改造。\n三、"), name="b.txt")
    assert "推进网站适老化无障碍长者模式改造。" in body.clauses[1].text.replace("\n", "")


ANYI_ISSUED = """安义县人民政府关于印发安义县招商引资优惠政策（试行）的通知
安府发〔2023〕9号
各乡镇人民政府，县政府各部门，县直各单位：
现将《{cited}》印发给你们，请认真组织实施。
安义县招商引资优惠政策（试行）
为进一步优化投资环境，鼓励和吸引县外客商来我县投资兴业，结合我县实际，制定本政策。
一、适用范围
本政策适用于在我县新注册的工业项目。
安义县人民政府
2023年6月5日
"""


def test_the_issued_texts_title_under_the_notice_signed_at_the_end(tmp_path):
    """h317 F7: 现将《安义县招商引资优惠政策（试行）》印发给你们… / 安义县招商引资优惠政策（试行） / 为进一步…，制定本政策。 with the
    signature at the file's end: the title the notice names had been glued to the first paragraph (no alternative title,
    the preamble opening with it); it is the issued text's title, whatever its last word (政策). A line the notice does not
    name so stays the text's."""
    doc = parse_text(tmp_path, ANYI_ISSUED.format(cited="安义县招商引资优惠政策（试行）"))
    assert doc.alternative_title == "安义县招商引资优惠政策（试行）"
    preamble = [s.text for s in doc.segments if s.kind == "preamble"]
    assert preamble[-1].startswith("为进一步优化投资环境") and not any(t.startswith("安义县招商引资") for t in preamble)
    other = parse_text(tmp_path, ANYI_ISSUED.format(cited="安义县招商引资奖励办法"), name="other.txt")
    assert other.alternative_title is None
    assert any(s.text.startswith("安义县招商引资优惠政策（试行）为进一步") for s in other.segments)


@pytest.mark.parametrize("verb", ["作如下修订", "作如下修改", "作出如下修订", "做如下修订"])
def test_a_notice_revising_a_text_amends_it(tmp_path, verb):
    """决定对《X》（…号）作如下修订： is 作如下修改 in other words: amends (h316 F2: cites), also with the number wrapped before it."""
    for cut in ("", "\n"):
        (document,) = parse_file(write(tmp_path, "revise.txt", "某市教育局关于修订《某市学前教育资助管理办法》的通知\n某教发〔2024〕3号\n"
                                       f"经研究，决定对《某市学前教育资助管理办法》（某教发〔2019〕35号）{cut}{verb}：\n"
                                       "一、将第四条中“每生每年800元”修改为“每生每年1000元”。\n二、删去第十条。\n某市教育局\n2024年6月12日\n"))
        assert [(r.relation, r.doc_number.text) for r in document.references] == [("amends", "某教发〔2019〕35号")]


@pytest.mark.parametrize("issuer, place", [("人力资源社会保障部办公厅", "中国"), ("财政部办公厅", "中国"), ("海关总署办公厅", "中国"),
                                           ("中国人民银行办公厅", "中国"), ("四川省人民政府办公厅", "四川省"),
                                           ("中共四川省委办公厅", "四川省"), ("市委办公厅", None)])
def test_a_general_office_is_of_its_bodys_level(issuer, place):
    """h323 F6: a ministry's 办公厅 is national as the ministry is (it had no jurisdiction); a place's body's 办公厅 is the place's."""
    assert jurisdiction_of(issuer).name == place


GUANGAN_JOINT = ("{title}\n广安人社发〔2023〕40 号\n各区市县人力资源社会保障局、财政局、税务局，广安经开区社会事业局：\n"
                 "　　现就做好我市2023 年失业保险稳岗返还工作通知如下：\n"
                 "　　一、返还标准。大型企业按企业及其职工上年度实际缴纳失业保险费\n的30%返还，中小微企业按60%返还。\n"
                 "　　二、本通知执行期限为2023 年1 月1 日至2023 年12 月31 日。\n"
                 "广安市人力资源和社会保障局　　　　　广安市财政局\n　　　　　　　　　　　　　国家税务总局广安市税务局\n"
                 "　　　　　　　　　　　　　　　　2023 年5 月22 日\n")


@pytest.mark.parametrize("title", [
    "广安市人力资源和社会保障局 广安市财政局 国家\n税务总局广安市税务局关于做好2023 年失业保险\n稳岗返还工作的通知",
    "广安市人力资源和社会保障局 广安市财政局\n国家税务总局广安市税务局关于做好2023 年失业保险\n稳岗返还工作的通知",
    "广安市人力资源和社会保障局 广安市财政局 国家\n税务总局广安市税务局关于做好2023 年失业保险稳岗返还工作的通知"])
def test_a_joint_title_over_three_lines_cut_in_a_name_is_whole(tmp_path, title):
    """h323 F4: three issuers' title over three lines, the first cut inside 国家 / 税务总局: the first two lines joined are longer
    than a title's line, and the third (稳岗返还工作的通知) had opened a paragraph: title '', 文号 None, a content-hash key."""
    doc = parse_text(tmp_path, GUANGAN_JOINT.format(title=title))
    assert doc.title.replace(" ", "") == "广安市人力资源和社会保障局广安市财政局国家税务总局广安市税务局关于做好2023年失业保险稳岗返还工作的通知"
    assert doc.doc_number.text == "广安人社发〔2023〕40号"
    assert doc.issuers == ["广安市人力资源和社会保障局", "广安市财政局", "国家税务总局广安市税务局"]


def test_a_long_line_of_bodies_then_a_title_of_its_own_stays_apart():
    """h323 F4's rule, the other way: a title ending in its kind is not a title going on; nor is a line naming 关于 again."""
    from policykg.ingest.normalize import _continues

    assert not _continues("广安市人力资源和社会保障局广安市财政局国家税务总局广安市税务局关于做好2023年失业保险稳岗返还工作的通知",
                          "广安人社发〔2023〕40号")
    assert _continues("广安市人力资源和社会保障局广安市财政局国家税务总局广安市税务局关于做好2023年失业保险", "稳岗返还工作的通知")


def test_an_excerpts_omission_mark_is_no_text_of_the_item_before(tmp_path):
    """h323 F9: …… on a line of its own between an excerpt's items is a gap, not the end of item （二）'s text (it had been
    glued to it); the items after it are still read, and the title keeps （节选） as printed."""
    doc = parse_text(tmp_path, "国务院办公厅关于优化调整稳就业政策措施全力促发展惠民生的通知（节选）\n国办发〔2023〕11 号\n"
                               "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n　　经国务院同意，现就有关事项通知如下：\n"
                               "一、多措并举稳定和扩大就业岗位\n（一）延续实施阶段性降低失业保险费率政策。继续实施阶段性降低失业保险费率至1%的政策。\n"
                               "（二）加大对企业吸纳就业的支持力度。可按每人不超过1500 元的标准发放一次性扩岗补助。\n……\n"
                               "二、强化高校毕业生等青年就业服务\n（三）扩大就业见习规模。对吸纳就业见习人员的单位给予见习补贴。\n……\n"
                               "国务院办公厅\n2023 年4 月14 日\n")
    assert [c.text.rsplit("。", 1)[1] for c in doc.clauses] == ["", "", ""]  # each ends its last sentence, no mark after
    assert doc.title.endswith("的通知（节选）") and doc.key == "guobanfa-2023-11-cn"


@pytest.mark.parametrize("street", ["七星岗街道", "解放路街道", "解放北路街道"])
def test_a_street_named_alone_is_no_county_its_name_begins_with(tmp_path, street):
    """h321 F4: 七星岗街道生活垃圾分类工作方案 had been 广西 七星区 (七星, a short name, cut from the street's), 解放路街道 河南 解放区;
    with the 落款 七星岗街道办事处 / date, a unit's name came out 七星区岗街道办事处…, the 落款 glued to the last clause. A short
    name followed by a township's own (昆山周市镇) and a county's full name are places still."""
    body = "\n一、工作要求\n（一）街道城市管理科每月开展一次检查。\n"
    doc = parse_text(tmp_path, f"{street}生活垃圾分类工作方案{body}{street}办事处\n2024年2月26日\n")
    assert (doc.jurisdiction, doc.issuer) == (None, f"{street}办事处")
    assert doc.clauses[-1].text == "（一）街道城市管理科每月开展一次检查。"
    assert any(s.kind == "closing" and s.text.startswith(f"{street}办事处") for s in doc.segments)
    assert "七星区" not in doc.clauses[-1].units[0].canonical
    assert jurisdiction_of("七星区城市管理局").name == "七星区"
    assert jurisdiction_of("昆山周市镇人民政府").name == "昆山市"
    assert jurisdiction_of("重庆市渝中区七星岗街道办事处").name == "渝中区"


@pytest.mark.parametrize("kind", ["工作计划", "三年行动计划", "工作方案"])
def test_a_plan_titled_first_then_its_preamble(tmp_path, kind):
    """h321 F3: 渝中区2024年生活垃圾分类工作计划 / 为认真落实《…》，制定本计划。: the title had been glued into the preamble (title
    empty, no jurisdiction), as a 方案's was not. A line cut in a sentence after 计划 (…年度工作计划 / 报送…) goes on."""
    doc = parse_text(tmp_path, f"渝中区2024年生活垃圾分类{kind}\n为认真落实《重庆市生活垃圾管理条例》，制定本计划。\n"
                     "一、工作目标\n辖区居民小区生活垃圾分类覆盖率保持100%。\n")
    assert (doc.title, doc.jurisdiction) == (f"渝中区2024年生活垃圾分类{kind}", "渝中区")
    assert [s.text for s in doc.segments if s.kind == "preamble"] == ["为认真落实《重庆市生活垃圾管理条例》，制定本计划。"]
    cut = parse_text(tmp_path, "渝中区2024年生活垃圾分类工作方案\n一、工作要求\n（一）各社区要于3月底前制定年度工作计划\n报送街道办事处备案。\n",
                     name="cut.txt")
    assert cut.clauses[-1].text.replace("\n", "") == "（一）各社区要于3月底前制定年度工作计划报送街道办事处备案。"


RENSHOU_HEAD = ("仁人社发〔2023〕12号\n\n仁寿县人力资源和社会保障局 仁寿县财政局\n{title}\n\n各镇（街道）人民政府（办事处），县级有关部门：\n"
                "一、补贴对象。以灵活就业方式就业的就业困难人员。\n二、补贴标准。每人每月320元。\n\n"
                "仁寿县人力资源和社会保障局          仁寿县财政局\n2023年7月10日\n")


@pytest.mark.parametrize("title", ["关于做好灵活就业人员社会保险\n补贴工作的通知",
                                   "关 于 做 好 灵 活 就 业 人 员 社 会 保 险\n补 贴 工 作 的 通 知"])
def test_joint_issuers_keep_their_space_over_a_letter_spaced_title(tmp_path, title):
    """h318 F7: 仁寿县人力资源和社会保障局 仁寿县财政局 / 关 于 做 好 …: the title's lines letter-spaced, the space between the
    joint issuers is kept as where they are not (the names had run together in the spaced scan only); the key is the same."""
    doc = parse_text(tmp_path, RENSHOU_HEAD.format(title=title))
    assert doc.title == "仁寿县人力资源和社会保障局 仁寿县财政局关于做好灵活就业人员社会保险补贴工作的通知"
    assert doc.key == "renrenshefa-2023-12-511421"


def test_one_issuer_over_a_letter_spaced_title_gains_no_space(tmp_path):
    """h318 F7 (what must not change): one issuer's name over a letter-spaced title, or one name wrapped (…人民政府 / 办公室),
    gets no space in the title."""
    text = RENSHOU_HEAD.format(title="关 于 做 好 灵 活 就 业 人 员 社 会 保 险\n补 贴 工 作 的 通 知").replace(
        "仁寿县人力资源和社会保障局 仁寿县财政局\n", "仁寿县人民政府\n办公室\n")
    doc = parse_text(tmp_path, text)
    assert doc.title == "仁寿县人民政府办公室关于做好灵活就业人员社会保险补贴工作的通知"


@pytest.mark.parametrize(("text", "place"), [("广西城镇老旧小区改造实施方案", "广西壮族自治区"), ("宁夏城乡居民医疗保险实施办法", "宁夏回族自治区"),
                                             ("四川返乡入乡创业实施方案", "四川省"), ("新津城乡社区发展治理委员会", "新津区"),
                                             ("内蒙古乡镇卫生院建设方案", "内蒙古自治区")])
def test_a_short_name_before_a_common_word_in_zhen_or_xiang_is_a_place(text, place):
    """review43a F1: the h321 F4 rule (七星岗街道 is no 七星区) took any character before 镇/乡 for a township's name, so
    广西城镇…, 新津城乡… lost their place. 城镇, 城乡, 乡镇, 返乡 are words; 七星岗街道 stays a street."""
    assert jurisdiction_of(text).name == place
    assert jurisdiction_of("七星岗街道办事处").name is None


def test_a_short_name_before_chengxiang_in_a_unit_is_the_place(tmp_path):
    """review43a F1: 新津城乡社区发展治理委员会负责统筹 had no unit; 广西城镇… had no jurisdiction, its 自治区…厅 no place."""
    doc = parse_text(tmp_path, "成都新津区城乡社区发展治理工作方案\n\n一、工作任务\n新津城乡社区发展治理委员会负责统筹。\n")
    assert [(u.canonical, u.jurisdiction) for u in doc.clauses[0].units] == [("新津区城乡社区发展治理委员会", "新津区")]
    doc = parse_text(tmp_path, "广西城镇老旧小区改造实施方案\n\n一、总体要求\n各设区市要加快推进城镇老旧小区改造。\n"
                     "二、保障措施\n自治区住房城乡建设厅负责统筹协调。\n")
    assert doc.jurisdiction == "广西壮族自治区"
    assert doc.clauses[-1].units[0].canonical == "广西壮族自治区住房和城乡建设厅"


@pytest.mark.parametrize("sentence", ["《安义县招商引资优惠政策（试行）》已经县政府同意，现印发给你们，请认真贯彻执行。",
                                      "现将《安义县招商引资优惠政策（试行）》印发给你们，请认真组织实施。"])
def test_the_issued_texts_title_named_before_the_councils_assent(tmp_path, sentence):
    """review43a F7 (h317 F7): 《X》已经县政府同意，现印发给你们 / X / 为进一步…: the title's line had been cut off (normalize's reach
    12 characters to 印发) but not taken as the issued text's title (metadata's 6): a preamble of its own, and the notice citing
    its own text. One rule now: the alternative title, no preamble of the title alone, no citation of it."""
    doc = parse_text(tmp_path, ANYI_ISSUED.replace("现将《{cited}》印发给你们，请认真组织实施。", sentence))
    assert doc.alternative_title == "安义县招商引资优惠政策（试行）"
    preamble = [s.text for s in doc.segments if s.kind == "preamble"]
    assert preamble[-1].startswith("为进一步优化投资环境") and not any(t.startswith("安义县招商引资") for t in preamble)
    assert not any(r.title == "安义县招商引资优惠政策（试行）" for r in doc.references)


YZ_NOTICE = ("扬州市人民政府办公室关于印发扬州市稳岗扩岗促就业十条措施的通知\n扬府办发〔2024〕9号\n各县（市、区）人民政府，市各有关部门和单位：\n"
             "《扬州市稳岗扩岗促就业十条措施》已经市政府同意，现印发给你们，请认真组织实施。\n扬州市人民政府办公室\n2024年3月1日\n"
             "扬州市稳岗扩岗促就业十条措施\n一、发放扩岗补助。企业招用登记失业青年的，按每人1500元给予一次性扩岗补助。（市人社局负责）\n"
             "本措施自印发之日起施行。\n")
YZ_TITLE = "扬州市人民政府办公室关于印发扬州市稳岗扩岗促就业十条措施的通知"


@pytest.mark.parametrize("head", [
    "原创 扬州人社 扬州人社 2024-03-08 18:00 江苏\n",
    "扬州人社\n关注\n重磅！扬州出台稳岗扩岗“十条”，单户企业最高补贴50万元→\n原创 扬州人社 扬州人社 2024-03-08 18:00 江苏\n"
    "点击上方蓝字 关注我们\n图片\n近日，扬州市人民政府办公室印发《扬州市稳岗扩岗促就业十条措施》，快来看看你能享受哪些政策吧！\n👇👇👇\n全文如下\n",
    "以下文章来源于扬州发布 ，作者扬州发布\n扬州发布.\n扬州市人民政府新闻办公室官方微信\n点击蓝字 关注我们\n",
    "点击上方蓝字 关注我们\n",
    "重磅！扬州出台稳岗扩岗“十条”，单户企业最高补贴50万元→\n",
    "近日，扬州市人民政府办公室印发《扬州市稳岗扩岗促就业十条措施》，快来看看吧！\n",
    "全文如下\n"])
def test_a_wechat_posts_head_is_no_part_of_the_title(tmp_path, head):
    """h326 F2: a WeChat repost's head (the byline 原创 … 2024-03-08 18:00 江苏, the account's name and headline above it,
    点击上方蓝字 关注我们, the lede 近日，…印发《…》，快来看看吧！, 全文如下) had been glued into the title and the issuer, the key a
    hash, or the title and 文号 lost and the document citing its own 文号."""
    doc = parse_text(tmp_path, head + YZ_NOTICE)
    assert (doc.title, doc.issuer, doc.doc_number.text) == (YZ_TITLE, "扬州市人民政府办公室", "扬府办发〔2024〕9号")
    assert doc.key == "yangfubanfa-2024-9-321000"
    assert not doc.references


def test_a_wechat_posts_tail_is_no_part_of_the_text(tmp_path):
    """h326 F6: END, 来源 and the editors' line, 往期推荐 and its links, 阅读原文, 点赞 在看 had stayed in the closing text
    (a search for the linked post's words found the policy). A 来源 line in the text, with nothing of the post after it,
    and a lede-like sentence in the body stay."""
    tail = ("END\n来源：扬州市人民政府办公室\n编辑：周颖　审核：刘建\n图片\n往期推荐\n▶ 扬州2024年春风行动首场招聘会来了！1200个岗位等你\n"
            "点击“阅读原文”查看政策原文\n阅读原文\n阅读 5826\n分享 收藏 点赞 在看\n")
    doc = parse_text(tmp_path, YZ_NOTICE + tail)
    texts = [s.text for s in doc.segments] + [c.text for c in doc.clauses]
    assert not [t for t in texts if re.search("春风行动|阅读|在看|编辑|来源|END", t)]
    assert [s.text for s in doc.segments if s.kind == "closing"] == ["本措施自印发之日起施行。"]
    kept = parse_text(tmp_path, YZ_NOTICE.replace("本措施自印发之日起施行。\n", "二、近日，省政府印发《江苏省就业促进条例》，各地要抓好落实！\n")
                      + "来源：扬州市人民政府办公室\n", name="kept.txt")
    assert any("近日，省政府印发《江苏省就业促进条例》" in c.text for c in kept.clauses)
    assert "来源：扬州市人民政府办公室" in "".join([s.text for s in kept.segments] + [c.text for c in kept.clauses])


ZZ_TITLE = "株洲市人民政府办公室关于印发《株洲市进一步稳就业促创业若干措施》的通知"
ZZ_NOTICE = (f"{ZZ_TITLE}\n各县市区人民政府，市政府各局委办、各直属机构：\n《株洲市进一步稳就业促创业若干措施》已经市人民政府同意，现印发给你们。\n"
             "株洲市人民政府办公室\n2024年4月10日\n株洲市进一步稳就业促创业若干措施\n"
             "一、发放一次性扩岗补助。按每招用1人1500元的标准发放一次性扩岗补助。（责任单位：市人社局、市财政局）\n")


@pytest.mark.parametrize("box", ["文号：\n株政办发〔2024〕6号\n", "有效性：\n有效\n", "发布机构：\n株洲市人民政府办公室\n",
                                 "索引号：\n430200000/2024-00317\n主题分类：\n劳动、人事、监察\n发布机构：\n株洲市人民政府办公室\n发文日期：\n"
                                 "2024-04-10\n文号：\n株政办发〔2024〕6号\n有效性：\n有效\n"])
def test_a_facts_box_a_cell_a_line_is_dropped_its_number_kept(tmp_path, box):
    """h326 F1: a portal's 信息公开 box copied label and value on separate lines (文号： / 株政办发〔2024〕6号, 有效性： / 有效,
    发布机构： / issuer) had left the title empty, glued to 有效, or with the issuer twice; the box is dropped, its 文号 kept."""
    doc = parse_text(tmp_path, box + ZZ_NOTICE)
    assert (doc.title, doc.issuer) == (ZZ_TITLE, "株洲市人民政府办公室")
    assert (doc.doc_number.text if doc.doc_number else None) == ("株政办发〔2024〕6号" if "文号" in box else None)
    assert not [s.text for s in doc.segments if re.search("有效|430200000|劳动、人事", s.text)]


def test_a_facts_boxs_title_label_alone_keeps_a_title_printed_nowhere_else(tmp_path):
    """h326 F1 (what must not change): 标题： / the title, the page printing it nowhere else: the title is read from the box."""
    doc = parse_text(tmp_path, "文号：\n株政办发〔2024〕6号\n标题：\n" + ZZ_NOTICE)
    assert (doc.title, doc.doc_number.text) == (ZZ_TITLE, "株政办发〔2024〕6号")


def test_a_sites_menu_an_item_a_line_is_no_part_of_the_title(tmp_path):
    """h326 F3: 首页 / 政务公开 / 政务服务 / 互动交流 over the breadcrumb and the title had been glued into the title and the
    issuer (首页政务公开…株洲市人民政府办公室); the menu is dropped. A letterhead under 首页's menu is still the issuer's."""
    doc = parse_text(tmp_path, "首页\n政务公开\n政务服务\n互动交流\n当前位置：首页>政务公开>政策文件\n" + ZZ_NOTICE)
    assert (doc.title, doc.issuer, doc.jurisdiction) == (ZZ_TITLE, "株洲市人民政府办公室", "株洲市")
    lettered = parse_text(tmp_path, "首页\n政务公开\n株洲市人民政府办公室\n" + ZZ_NOTICE.replace(ZZ_TITLE, "关于印发《株洲市进一步稳就业促创业若干措施》的通知"),
                          name="lettered.txt")
    assert lettered.title == ZZ_TITLE
