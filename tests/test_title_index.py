"""A citation by title alone is linked to the one document it can mean, or to none."""
from __future__ import annotations

from policykg.graph.title_index import TitleIndex, place_codes
from policykg.graph.workspace import Workspace

TITLE = "关于复制推广营商环境创新试点改革举措的通知"
QINGYANG, JIAYUGUAN, LANZHOU, GANSU = (place_codes(n, "甘肃省")[0] for n in ("庆阳市", "嘉峪关市", "兰州市", "甘肃省"))
XIAN, SHAANXI = place_codes("西安市", "陕西省")


def _two_cities() -> TitleIndex:
    index = TitleIndex()
    index.add("庆阳市人民政府办公室" + TITLE, "qingyang", QINGYANG, GANSU)
    index.add("嘉峪关市人民政府办公室" + TITLE, "jiayuguan", JIAYUGUAN, GANSU)
    return index


def test_place_codes_are_adcodes_of_place_and_province():
    assert place_codes("庆阳市", "甘肃省") == ("621000", "620000")
    assert place_codes("甘肃省", "甘肃省") == ("620000", "620000")
    assert place_codes("中国", None, "national") == ("100000", None)
    assert place_codes(None, None) == (None, None)


def test_a_title_two_cities_hold_means_the_citing_citys_own_or_none():
    index = _two_cities()
    assert index.resolve(TITLE, QINGYANG, GANSU) == "qingyang"
    assert index.resolve("《" + TITLE + "》", JIAYUGUAN, GANSU) == "jiayuguan"
    assert index.resolve(TITLE, LANZHOU, GANSU) is None  # both in its province: no guess
    assert index.resolve(TITLE, XIAN, SHAANXI) is None
    assert index.resolve("关于另一件事的通知", QINGYANG, GANSU) is None


def test_a_title_one_document_holds_is_it_from_anywhere():
    index = TitleIndex()
    index.add("优化营商环境条例", "national", "100000", None)
    assert index.resolve("优化营商环境条例", XIAN, SHAANXI) == "national"


def test_a_province_wide_document_is_meant_from_its_cities_over_another_provinces():
    index = TitleIndex()
    index.add("全力做好当前促进和扩大就业工作的若干举措", "liaoning", "210000", "210000")
    index.add("全力做好当前促进和扩大就业工作的若干举措", "gansu", GANSU, GANSU)
    assert index.resolve("全力做好当前促进和扩大就业工作的若干举措", QINGYANG, GANSU) == "gansu"


def test_a_forwarding_notice_does_not_stand_for_the_document_it_forwards():
    """关于转发《X》的通知 has X's title key; a citation of 《X》 means X, even from the notice's city."""
    anshan, liaoning = place_codes("鞍山市", "辽宁省")
    index = TitleIndex()
    index.add("全力做好当前促进和扩大就业工作的若干举措", "liaoning", liaoning, liaoning)
    index.add("关于转发《全力做好当前促进和扩大就业工作的若干举措》的通知", "anshan", anshan, liaoning)
    assert index.resolve("全力做好当前促进和扩大就业工作的若干举措", anshan, liaoning) == "liaoning"
    forwarded_only = TitleIndex()
    forwarded_only.add("关于转发《全力做好当前促进和扩大就业工作的若干举措》的通知", "anshan", anshan, liaoning)
    assert forwarded_only.resolve("全力做好当前促进和扩大就业工作的若干举措", anshan, liaoning) == "anshan"


def test_a_notice_titled_x_forwards_ys_text_does_not_stand_for_it_either():
    """湖北省人民政府办公厅转发省发展改革委等部门关于Z的通知 has Z's title key too (转发 after the issuer, not after 关于:
    a blind test's citation of 《Z》 was linked to neither)."""
    hubei = place_codes("湖北省", "湖北省")[0]
    index = TitleIndex()
    index.add("湖北省人民政府办公厅转发省发展改革委等部门关于进一步促进民间投资发展若干措施的通知", "notice", hubei, hubei)
    index.add("关于进一步促进民间投资发展的若干措施", "measures", hubei, hubei)
    assert index.resolve("关于进一步促进民间投资发展的若干措施", hubei, hubei) == "measures"


def _notice(city: str, abbr: str, seq: int, title: str, body: str) -> str:
    return f"{city}人民政府办公室{title}\n{abbr}〔2023〕{seq} 号\n各县（区）人民政府，市政府各部门：\n{body}\n"


def test_stored_citations_by_title_link_to_the_citing_citys_document(tmp_path):
    """Two cities' notices of one title (庆阳's stored first, 嘉峪关's last), then a 庆阳 and a 兰州
    document citing it by title alone: 庆阳's citation is 庆阳's notice, 兰州's none of them."""
    folder = tmp_path / "docs"
    folder.mkdir()
    item = "一、推进改革举措落地。各部门要按照要求抓好落实。\n二、加强组织领导。各部门要明确责任。"
    (folder / "a.txt").write_text(_notice("庆阳市", "庆政办发", 11, TITLE, item), encoding="utf-8")
    (folder / "b.txt").write_text(_notice("嘉峪关市", "嘉政办发", 16, TITLE, item), encoding="utf-8")
    cites = f"一、认真落实《{TITLE}》要求，做好改革举措复制推广工作。\n二、加强督促检查。"
    (folder / "c.txt").write_text(_notice("庆阳市", "庆政办发", 20, "关于做好营商环境改革督查工作的通知", cites), encoding="utf-8")
    (folder / "d.txt").write_text(_notice("兰州市", "兰政办发", 30, "关于做好营商环境改革督查工作的通知", cites), encoding="utf-8")
    ws = Workspace(tmp_path / "data", dense=False, search=False)
    try:
        ws.ingest([folder], quiet=True)
        rows = ws.select("SELECT ?citing ?target WHERE { ?citing a pol:PolicyDocument ; eli:id_local ?n . "
                         "?c eli:is_part_of ?citing ; pol:reference ?r . ?r pol:target ?target "
                         "FILTER(?n IN (\"庆政办发〔2023〕20号\", \"兰政办发〔2023〕30号\")) }")
        numbers = {r["n"]: r["d"] for r in ws.select("SELECT ?n ?d WHERE { ?d a pol:PolicyDocument ; eli:id_local ?n }")}
    finally:
        ws.close()
    targets = {}
    for r in rows:
        targets.setdefault(r["citing"], set()).add(r["target"])
    assert targets[numbers["庆政办发〔2023〕20号"]] == {numbers["庆政办发〔2023〕11号"]}
    (lanzhou_target,) = targets[numbers["兰政办发〔2023〕30号"]]
    assert lanzhou_target not in numbers.values()  # a cited title of its own, not either city's notice
