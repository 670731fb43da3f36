import pytest
from policykg.ingest.model import Span
from policykg.ingest.places import gazetteer
from policykg.ingest.units import DocContext, ResponsibilityState, extract_units, resolve_unit

PINGLIANG = DocContext(gazetteer().lookup("平凉市"), gazetteer().lookup("甘肃省"), "municipal")
SONGYUAN = DocContext(gazetteer().lookup("松原市"), gazetteer().lookup("吉林省"), "municipal")
LIAONING = DocContext(gazetteer().lookup("辽宁省"), gazetteer().lookup("辽宁省"), "provincial")


def units(text, state=None, ctx=PINGLIANG):
    state = state if state is not None else ResponsibilityState()
    return [(u.name, u.role) for u in extract_units(text, lambda s, e: Span(s, e, text[s:e]), state, ctx)]


def test_plain_list_with_deng_fuze_has_no_lead():
    assert units("加强培训。（市发改委、市工信局、市人社局等负责）") == [("市发改委", "co"), ("市工信局", "co"), ("市人社局", "co")]


def test_labelled_lead_and_co_units():
    text = "促进消费。（责任主体单位：省商务厅、省民政厅，责任单位：省就业工作领导小组有关成员单位）"
    assert units(text, ctx=LIAONING) == [("省商务厅", "lead"), ("省民政厅", "lead"), ("省就业工作领导小组有关成员单位", "co")]


def test_qiantou_form_not_in_the_seed_documents():
    text = "做好服务。（市人社局牵头，市财政局、市教育局等按职责分工负责）"
    assert units(text) == [("市人社局", "lead"), ("市财政局", "co"), ("市教育局", "co")]


def test_qiantou_danwei_and_peihe_danwei_labels():
    text = "加强监测。（牵头单位：市统计局；配合单位：市人社局、市发改委）"
    assert units(text) == [("市统计局", "lead"), ("市人社局", "co"), ("市发改委", "co")]


def test_nested_brackets_stay_whole():
    text = "给予补贴。（各县（市、区）政府、市人社局、市财政局等负责）"
    assert units(text, ctx=SONGYUAN)[0] == ("各县（市、区）政府", "co")


def test_first_listed_is_lead_rule_and_inherited_units():
    state = ResponsibilityState()
    first = units("发展经济。（市发改委、市工信委、市人社局等负责。列第一位者为牵头单位；各县市区政府负责落实，下同）", state)
    assert first[0] == ("市发改委", "lead")
    assert ("各县市区政府", "co") in first
    later = units("优化环境。（市工信委、市工商局等负责）", state)
    assert later == [("市工信委", "lead"), ("市工商局", "co"), ("各县市区政府", "inherited")]


def test_yixia_junxu_buzai_liechu_adds_inherited_unit_to_later_clauses():
    state = ResponsibilityState()
    units("建设项目。（责任单位：省就业工作领导小组有关成员单位，各市政府。以下均需各市政府落实，不再列出）", state, LIAONING)
    assert units("稳岗。（责任单位：省人力资源社会保障厅、省财政厅）", state, LIAONING) == [
        ("省人力资源社会保障厅", "co"), ("省财政厅", "co"), ("各市政府", "inherited")]


def test_clause_without_responsibility_line_has_only_inherited_units():
    assert units("加强组织领导。各县要切实承担主体责任。") == []


@pytest.mark.parametrize("name,ctx,canonical,unit_type", [
    ("市人社局", PINGLIANG, "平凉市人力资源和社会保障局", "hrss"),
    ("市人社局", SONGYUAN, "松原市人力资源和社会保障局", "hrss"),
    ("市人力资源和社会保障局", PINGLIANG, "平凉市人力资源和社会保障局", "hrss"),
    ("省人力资源社会保障厅", LIAONING, "辽宁省人力资源和社会保障厅", "hrss"),
    ("市工信委", PINGLIANG, "平凉市工业和信息化委员会", "industry-it"),
    ("人行平凉市中心支行", PINGLIANG, "中国人民银行平凉市中心支行", "central-bank-branch"),
    ("市政府金融办", PINGLIANG, "平凉市人民政府金融工作办公室", "local-finance-regulation"),
    ("各市政府", LIAONING, "辽宁省各市人民政府", "lower-governments"),  # distributive: each city government
])
def test_units_resolve_to_canonical_organisations_of_their_own_city(name, ctx, canonical, unit_type):
    got, type_id, _, _ = resolve_unit(name, ctx)
    assert (got, type_id) == (canonical, unit_type)
