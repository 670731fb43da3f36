"""Document identity: keys from 文号 + jurisdiction or content, never from file names."""
import unicodedata

from conftest import write
from hypothesis import given
from hypothesis import strategies as st
from policykg.ingest.identity import assign_keys, content_hash, document_key, nfkc
from policykg.ingest.model import DocNumber, Document
from policykg.ingest.pipeline import parse_file

NOTICE = "{issuer}关于做好就业工作的通知\n{number}\n一、落实就业见习补贴。（市人社局负责）\n二、加强组织领导，{extra}。\n{issuer}\n2023年5月6日\n"


def doc(text: str, number: DocNumber | None = None, jurisdiction: str | None = None, issuer: str | None = None, path="x.txt") -> Document:
    d = Document(key="", source_path=path, source_sha256="", title="关于做好就业工作的通知", title_span=None,
                 doc_number=number, issuer=issuer, jurisdiction=jurisdiction, content_sha256=content_hash(text))
    return d


def number(abbr: str, year: int, seq: int) -> DocNumber:
    return DocNumber(f"{abbr}〔{year}〕{seq}号", abbr, year, seq)


def test_content_hash_ignores_line_breaks_spaces_and_width():
    assert content_hash("一、落实就业\n见习补贴 。") == content_hash("一、落实就业见习补贴。")
    assert content_hash("补贴１０００元") == content_hash("补贴1000元")
    assert content_hash("补贴1000元") != content_hash("补贴2000元")


def test_key_from_doc_number_is_qualified_by_jurisdiction():
    pingliang = doc("a", number("平政发", 2019, 1), jurisdiction="平凉市")
    assert document_key(pingliang) == "pingzhengfa-2019-1-620800"
    national = doc("b", number("国办发", 2020, 27), jurisdiction="中国")
    assert document_key(national) == "guobanfa-2020-27-cn"


def test_same_doc_number_from_two_places_gives_two_keys():
    # 山西 and 陕西 have the same toneless pinyin; their adcodes differ
    shanxi = doc("a", number("府办发", 2023, 1), jurisdiction="山西省")
    shaanxi = doc("b", number("府办发", 2023, 1), jurisdiction="陕西省")
    assert document_key(shanxi) != document_key(shaanxi)
    assert assign_keys([shanxi, shaanxi], {}) == []


def test_unknown_place_falls_back_to_the_issuer():
    a = doc("a", number("府办发", 2023, 1), issuer="某某新区管委会")
    b = doc("b", number("府办发", 2023, 1), issuer="另一新区管委会")
    assert document_key(a) != document_key(b)


def test_key_without_doc_number_comes_from_the_text():
    a, b = doc("第一份文件的正文"), doc("第二份文件的正文")
    assert document_key(a).startswith("doc-") and document_key(a) != document_key(b)
    assert document_key(doc("第一份文件的\n正文")) == document_key(a)


def test_same_text_twice_is_one_document_reported():
    first, again = doc("同一份正文", path="a/notice.txt"), doc("同一份正文", path="b/notice.txt")
    taken: dict[str, str] = {}
    warnings = assign_keys([first, again], taken)
    assert first.duplicate_of is None and again.duplicate_of == first.key == again.key
    assert len(warnings) == 1 and "b/notice.txt" in warnings[0] and first.key in warnings[0]
    assert taken == {first.key: first.content_sha256}


def test_text_already_stored_is_a_duplicate():
    stored = doc("已入库的正文", number("平政发", 2019, 1), jurisdiction="平凉市")
    taken = {"pingzhengfa-2019-1-620800": stored.content_sha256}
    again = doc("已入库的正文", number("平政发", 2019, 1), jurisdiction="平凉市")
    assert len(assign_keys([again], taken)) == 1
    assert again.duplicate_of == "pingzhengfa-2019-1-620800"


def test_two_texts_with_one_doc_number_are_both_kept_with_a_warning():
    a = doc("正文甲", number("平政发", 2019, 1), jurisdiction="平凉市")
    b = doc("正文乙", number("平政发", 2019, 1), jurisdiction="平凉市")
    taken: dict[str, str] = {}
    warnings = assign_keys([a, b], taken)
    assert a.key == "pingzhengfa-2019-1-620800"
    assert b.key == f"{a.key}-{b.content_sha256[:6]}" and b.duplicate_of is None
    assert len(warnings) == 1 and "平政发〔2019〕1号" in warnings[0] and b.warnings == warnings
    assert taken == {a.key: a.content_sha256, b.key: b.content_sha256}


def test_suffix_is_lengthened_when_it_is_taken_too():
    a = doc("正文甲", number("平政发", 2019, 1), jurisdiction="平凉市")
    b = doc("正文乙", number("平政发", 2019, 1), jurisdiction="平凉市")
    taken = {"pingzhengfa-2019-1-620800": "f" * 64, f"pingzhengfa-2019-1-620800-{b.content_sha256[:6]}": "e" * 64}
    assign_keys([a, b], taken)
    assert a.key == f"pingzhengfa-2019-1-620800-{a.content_sha256[:6]}"
    assert b.key == f"pingzhengfa-2019-1-620800-{b.content_sha256[:7]}"


def test_files_named_alike_do_not_collide(tmp_path):
    """The bug of file-name keys: 山西_01.txt / 陕西_01.txt, and notice.txt in two folders."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    texts = {
        tmp_path / "山西_01.txt": NOTICE.format(issuer="山西省人民政府", number="", extra="甲"),
        tmp_path / "陕西_01.txt": NOTICE.format(issuer="陕西省人民政府", number="", extra="乙"),
        tmp_path / "a" / "notice.txt": NOTICE.format(issuer="平凉市人民政府", number="", extra="丙"),
        tmp_path / "b" / "notice.txt": NOTICE.format(issuer="平凉市人民政府", number="", extra="丁"),
    }
    docs = []
    for path, text in texts.items():
        docs += parse_file(write(path.parent, path.name, text))
    assert len({d.key for d in docs}) == 4
    assert assign_keys(docs, {}) == []
    assert all(d.duplicate_of is None for d in docs)


def test_parse_file_keys_carry_the_jurisdiction(tmp_path):
    text = NOTICE.format(issuer="平凉市人民政府", number="平政发〔2023〕5号", extra="甲")
    (d,) = parse_file(write(tmp_path, "notice.txt", text))
    assert d.key == "pingzhengfa-2023-5-620800"
    assert d.content_sha256 and d.content_sha256 != d.source_sha256


def test_keys_can_be_assigned_again_to_the_same_documents():
    """Ingest plans a batch again when a file's graph cannot be built: the second assignment
    must not keep what the first decided about documents that have left the batch."""
    first = doc("a", number("平政发", 2019, 1), jurisdiction="平凉市")
    same_text = doc("a", number("平政发", 2019, 2), jurisdiction="平凉市")
    rival = doc("c", number("平政发", 2019, 1), jurisdiction="平凉市")
    assign_keys([first, same_text, rival], {})
    assert same_text.duplicate_of == first.key and rival.key != first.key and len(rival.warnings) == 1
    assign_keys([same_text, rival], {})  # ``first`` left the batch
    assert same_text.duplicate_of is None and same_text.key == "pingzhengfa-2019-2-620800"
    assert rival.key == "pingzhengfa-2019-1-620800" and rival.warnings == []  # no clash this time


def test_a_document_stored_again_keeps_its_earlier_key_whatever_the_batch_order():
    first = doc("第一份", number("平政发", 2019, 1), jurisdiction="平凉市")
    second = doc("第二份", number("平政发", 2019, 1), jurisdiction="平凉市")
    assign_keys([first, second], {})
    keys = {id(first): first.key, id(second): second.key}
    assert second.key.startswith(first.key + "-")
    assert assign_keys([second, first], {}, previous=keys) == []  # no clash: each keeps its own key
    assert (first.key, second.key) == (keys[id(first)], keys[id(second)])
    assign_keys([second, first], {})  # without what they held: the first in the batch takes the plain key
    assert second.key == keys[id(first)]


def test_an_earlier_key_is_not_kept_when_the_document_is_another_one_now():
    """A new 文号 read from the same file (better extraction) gives the document its new key; a key
    held by another stored text is never taken."""
    renumbered = doc("正文", number("平政发", 2019, 2), jurisdiction="平凉市")
    assign_keys([renumbered], {}, previous={id(renumbered): "pingzhengfa-2019-1-620800"})
    assert renumbered.key == "pingzhengfa-2019-2-620800"
    same = doc("另一正文", number("平政发", 2019, 1), jurisdiction="平凉市")
    assign_keys([same], {"pingzhengfa-2019-1-620800": "f" * 64}, previous={id(same): "pingzhengfa-2019-1-620800"})
    assert same.key.startswith("pingzhengfa-2019-1-620800-")


# ideographs beside what NFKC changes or composes: combining marks, jamo, full-width and
# compatibility forms, ligatures, a compatibility ideograph (U+F900) and ideographs at the range's ends
NORMALISATION_CASES = st.text(alphabet=st.sampled_from(list("一补贴元鿿e\u0301\u0308\u1100\u1161\u11a8Ａ１，（）ﬁ①㈠\uf900\u3000 \u2026Å")) | st.characters(),
                              max_size=40)


@given(NORMALISATION_CASES)
def test_nfkc_between_ideographs_is_nfkc_of_the_whole(text):
    """The content hash normalises only what lies between runs of ideographs: the same text as NFKC."""
    assert nfkc(text) == unicodedata.normalize("NFKC", text)


def test_a_title_cited_with_its_inner_title_in_angle_brackets_is_the_same_title(tmp_path):
    """《…关于修改〈…条例〉的决定》 in a 公告 is the decision itself (…关于修改《…条例》的决定): no reference to itself (a blind test)."""
    from policykg.ingest.identity import title_key
    from policykg.ingest.pipeline import parse_file

    assert title_key("某市人大常委会关于修改〈某市优化营商环境条例〉的决定") == title_key("某市人大常委会关于修改《某市优化营商环境条例》的决定")
    path = tmp_path / "gazette.txt"
    path.write_text("某市人民代表大会常务委员会关于修改《某市优化营商环境条例》的决定\n某市人民代表大会常务委员会公告\n（第12号）\n"
                    "《某市人民代表大会常务委员会关于修改〈某市优化营商环境条例〉的决定》已由某市第十七届人民代表大会常务委员会第十次会议"
                    "于2023年6月29日通过，现予公布，自2023年9月1日起施行。\n某市人民代表大会常务委员会\n2023年8月5日\n"
                    "某市第十七届人民代表大会常务委员会第十次会议决定对《某市优化营商环境条例》作如下修改：\n"
                    "一、将第十二条第一款修改为：“企业开办时间压缩至1个工作日以内。”\n二、删去第五十条。\n", encoding="utf-8")
    (document,) = parse_file(path)
    assert [r.title for r in document.references] == ["某市优化营商环境条例"]


def test_the_old_version_under_the_same_title_repealed_by_its_number_is_still_cited(tmp_path):
    """本办法自印发之日起实施。《某局关于印发〈某办法〉的通知》（某知发〔2022〕1号）同时废止: the old version, its own 文号, kept as
    repealed though its title is the new document's (a review of the 〈〉 folding: it had been dropped as the document itself)."""
    from policykg.ingest.pipeline import parse_file

    path = tmp_path / "revised.txt"
    path.write_text("某省知识产权局关于印发《某省知识产权资助办法》的通知\n某知发〔2023〕3号\n各市知识产权局：\n"
                    "现将修订后的《某省知识产权资助办法》印发给你们，请遵照执行。\n某省知识产权局\n2023年5月15日\n某省知识产权资助办法\n"
                    "第一条 为加强知识产权保护，制定本办法。\n第二条 本办法自印发之日起实施。《某省知识产权局关于印发〈某省知识产权资助办法〉"
                    "的通知》（某知发〔2022〕1号）同时废止。\n", encoding="utf-8")
    everything = [r for d in parse_file(path) for r in d.references]
    assert ("repeals", "某知发〔2022〕1号") in {(r.relation, r.doc_number.text if r.doc_number else None) for r in everything}


def test_a_document_printed_in_a_compilation_and_alone_is_one_text(tmp_path):
    """3. …的通知（2023年5月6日） in a compilation and the same notice alone, under its plain title (h256: stored twice, the
    second under a suffixed key, its 文号 "held by a different text"): the compilation's number and date are no text of it."""
    from policykg.graph.workspace import Workspace

    body = ("黔人社发〔2023〕15号\n各市（州）人力资源社会保障局：\n为进一步发挥就业见习促进青年就业的作用，现就做好2023年就业见习工作通知如下。\n"
            "一、扩大见习规模。2023年全省募集就业见习岗位不少于2万个。\n二、落实见习补贴。见习补贴按当地最低工资标准的70%发放。\n"
            "贵州省人力资源和社会保障厅\n2023年5月6日\n")
    title = "贵州省人力资源和社会保障厅关于做好2023年就业见习工作的通知"
    other = ("贵州省人民政府办公厅关于印发贵州省稳就业若干措施的通知\n黔府办发〔2023〕9号\n各市、自治州人民政府：\n现将《若干措施》印发给你们。\n"
             "一、加大支持。对吸纳就业的企业给予补贴。\n贵州省人民政府办公厅\n2023年4月20日\n")
    compilation = f"1. {other.split(chr(10))[0]}（2023年4月20日）\n" + "\n".join(other.split("\n")[1:]) + f"2. {title}（2023年5月6日）\n" + body
    ws = Workspace(tmp_path / "data", search=False)
    report = ws.ingest([write(tmp_path, "汇编.txt", compilation), write(tmp_path, "alone.txt", title + "\n" + body)], quiet=True)
    assert sorted(report.documents) == ["qianfubanfa-2023-9-520000", "qianrenshefa-2023-15-520000"]
    assert report.duplicates == ["alone.txt: same text as document qianrenshefa-2023-15-520000, not stored again"]
    ws.close()


def test_a_ministrys_general_office_is_national_however_the_ministry_is_written(tmp_path):
    """h323 F6: 人力资源社会保障部办公厅 (人社厅发), 教育部办公厅, 财政部办公厅 issue as their ministry, nationally: key …-cn, the same
    whether the ministry is written 人力资源社会保障部 or 人力资源和社会保障部 (it had been a hash of the name as written, one
    notice two keys); a province's government's 办公厅 stays the province's."""
    keys = set()
    for issuer in ("人力资源社会保障部办公厅", "人力资源和社会保障部办公厅"):
        (document,) = parse_file(write(tmp_path, f"{issuer}.txt", NOTICE.format(issuer=issuer, number="人社厅发〔2023〕15号", extra="甲")))
        assert (document.jurisdiction, document.level) == ("中国", "national")
        keys.add(document.key)
    assert keys == {"renshetingfa-2023-15-cn"}
    (education,) = parse_file(write(tmp_path, "edu.txt", NOTICE.format(issuer="教育部办公厅", number="教高厅函〔2023〕5号", extra="乙")))
    assert education.key == "jiaogaotinghan-2023-5-cn"
    (province,) = parse_file(write(tmp_path, "sc.txt", NOTICE.format(issuer="四川省人民政府办公厅", number="川办发〔2023〕5号", extra="丙")))
    assert (province.jurisdiction, province.key) == ("四川省", "chuanbanfa-2023-5-510000")


def test_an_excerpts_title_is_matched_as_the_whole_documents():
    """h323 F9: …的通知（节选）, as a compilation prints an excerpt, is the notice others cite by its whole title (title_key had kept
    节选, so a citation of the notice never found it); a bracket that is the title's own (（试行）) still counts."""
    from policykg.ingest.identity import title_key

    whole = "国务院办公厅关于优化调整稳就业政策措施全力促发展惠民生的通知"
    assert title_key(whole + "（节选）") == title_key(whole) == title_key(whole + "(摘录)")
    assert title_key("某市就业创业补贴管理办法（试行）") != title_key("某市就业创业补贴管理办法")


ZZ_NOTICE = ("株洲市人民政府办公室关于印发《株洲市进一步稳就业促创业若干措施》的通知\n株政办发〔2024〕6号\n各县市区人民政府，市政府各局委办：\n"
             "一、发放一次性扩岗补助。按每招用1人1500元的标准发放一次性扩岗补助。（责任单位：市人社局）\n株洲市人民政府办公室\n2024年4月10日\n")


def test_a_sites_footer_is_no_part_of_the_texts_identity(tmp_path):
    """h326 F5: the same notice copied with the portal's footer (主办单位：…　承办单位：…, 网站标识码：… 湘ICP备…号, 联系我们 |
    网站地图) had another content hash, a second document under a suffixed key; the footer is the site's, not the text's.
    An event's 主办单位 line in a text, no site's registration beside it, is the text's."""
    footer = ("【打印本页】　【关闭窗口】\n扫一扫在手机打开当前页\n相关链接：中国政府网　湖南省人民政府\n"
              "主办单位：株洲市人民政府办公室　承办单位：株洲市大数据和政务服务中心\n"
              "网站标识码：4302000001　湘ICP备05002357号　湘公网安备 43020202000126号\n联系我们 | 网站地图 | 使用帮助　　建议使用1280×768以上分辨率浏览\n")
    (bare,) = parse_file(write(tmp_path, "a.txt", ZZ_NOTICE))
    (paged,) = parse_file(write(tmp_path, "b.txt", ZZ_NOTICE + footer))
    assert paged.content_sha256 == bare.content_sha256
    event = ZZ_NOTICE.replace("株洲市人民政府办公室\n2024", "主办单位：株洲市人力资源和社会保障局　承办单位：株洲市人才服务中心\n株洲市人民政府办公室\n2024")
    (kept,) = parse_file(write(tmp_path, "c.txt", event))
    assert kept.content_sha256 != bare.content_sha256
