import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policykg.ingest.normalize import (
    SMALL_FORMS,
    SPACES,
    TO_FULL_WIDTH,
    _bracket_forms,
    _normalise_each_char,
    line_numbers_blanked,
    normalise_line,
    split_paragraphs,
)


def paragraphs(text):
    return [p.text for p in split_paragraphs(text)]


def test_word_split_across_blank_line_is_joined():
    assert paragraphs("（市发改委、市工商\n\n局等负责）") == ["（市发改委、市工商局等负责）"]


def test_character_repeated_across_page_break_is_dropped_once():
    text = "（十四）合理利用岗位。新开发的城镇公\n\n公益性岗位以短期性岗位为主。"
    assert paragraphs(text) == ["（十四）合理利用岗位。新开发的城镇公益性岗位以短期性岗位为主。"]


def test_real_reduplication_is_kept():
    assert paragraphs("确保政策惠及人\n\n人享有就业服务。") == ["确保政策惠及人人享有就业服务。"]
    assert paragraphs("（牵头单位：市\n\n- 10 -\n\n市场监管局）") == ["（牵头单位：市市场监管局）"]


def test_page_markers_and_page_numbers_are_removed():
    text = "一、总体要求\n# Page 2:\n（一）加强领导。各地要\n- 3 -\n落实责任。\n第 4 页\n（二）强化考核。"
    assert paragraphs(text) == ["一、总体要求", "（一）加强领导。各地要落实责任。", "（二）强化考核。"]


def test_half_width_brackets_and_spaces_become_full_width():
    assert paragraphs("(一) 加快项目建设。(责任单位:省商务厅、省财政厅)") == ["（一）加快项目建设。（责任单位：省商务厅、省财政厅）"]


def test_indentation_full_width_digits_and_pdf_spaces():
    assert paragraphs("\u3000\u3000对吸纳就业的单位给予补贴１０００元，促进 就业。") == ["对吸纳就业的单位给予补贴1000元，促进就业。"]


def test_new_numbered_item_starts_a_paragraph_even_without_punctuation():
    assert paragraphs("一、全力发展经济扩大就业\n（一）加快重大项目建设。") == ["一、全力发展经济扩大就业", "（一）加快重大项目建设。"]


def test_title_broken_over_lines_is_joined_but_doc_number_stays_apart():
    text = "松原市人民政府印发关于\n做好就业创业工作\n若干政策措施的通知\n松政发〔2018〕5号\n"
    assert paragraphs(text) == ["松原市人民政府印发关于做好就业创业工作若干政策措施的通知", "松政发〔2018〕5号"]


def test_offsets_point_at_the_source_characters():
    source = "\u3000\u3000市人社局负责落实就业见习补贴，最高不超\n\n过1000元。"
    (p,) = split_paragraphs(source)
    start = p.text.index("就业见习补贴")
    span = p.span(source, start, start + len("就业见习补贴"))
    assert span.text == "就业见习补贴" == source[span.start : span.end]
    start = p.text.index("不超过")
    span = p.span(source, start, start + 3)
    assert span.text == "不超\n\n过"  # as written, page break included


# --- text repair of PDF-extracted documents -------------------------------------------------


def test_page_marker_inside_a_line_is_dropped_and_the_line_joined():
    text = "1. 甘肃省人民政府办公厅关于进一步优化# Page 3:工程建设项目审批服务的通知（2023 年5 月10 日）"
    assert paragraphs(text) == ["1.甘肃省人民政府办公厅关于进一步优化工程建设项目审批服务的通知（2023年5月10日）"]


def test_page_marker_line_inside_a_wrapped_title():
    text = "3. 北京市人民政府办公厅关于印发《北京市推广“一业一证”\n\n# Page 112:\n改革实施方案》的通知（2023 年2 月24 日）\n京政办发〔2023〕5 号\n"
    assert paragraphs(text) == ["3.北京市人民政府办公厅关于印发《北京市推广“一业一证”改革实施方案》的通知（2023年2月24日）", "京政办发〔2023〕5号"]


def test_numbered_title_wrapped_after_guanyu_is_joined_until_its_document_type():
    text = "5. 宁夏自治区市场监管厅关于加强全区市场监督管理所标准化\n规范化建设的通知（2023 年3 月1 日）\n各市、县（区）市场监管局："
    assert paragraphs(text)[:2] == ["5.宁夏自治区市场监管厅关于加强全区市场监督管理所标准化规范化建设的通知（2023年3月1日）", "各市、县（区）市场监管局："]


def test_section_heading_is_not_joined_to_the_body_below():
    assert paragraphs("一、总体要求\n以习近平新时代中国特色社会主义思想为指导，\n全面贯彻党的二十大精神。") == [
        "一、总体要求",
        "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。",
    ]


def test_label_broken_inside_brackets_is_joined_even_after_a_colon():
    assert paragraphs("推进审批改革。（责任单位：\n市人社局、市财政局）") == ["推进审批改革。（责任单位：市人社局、市财政局）"]
    assert paragraphs("推进审批改革。（责\n任单位：市人社局）") == ["推进审批改革。（责任单位：市人社局）"]


def test_line_ending_in_a_closing_bracket_mid_sentence_runs_on():
    assert paragraphs("各县（市、区）\n人民政府，省政府各部门：") == ["各县（市、区）人民政府，省政府各部门："]
    assert paragraphs("依据《中华人民共和国建筑法》\n《上海市建筑市场管理条例》\n等有关规定，制定本办法。") == [
        "依据《中华人民共和国建筑法》《上海市建筑市场管理条例》等有关规定，制定本办法。"
    ]


def test_bracketed_note_or_date_still_ends_a_paragraph():
    assert paragraphs("推进产业联盟运行。（市商务局）\n加强监管。") == ["推进产业联盟运行。（市商务局）", "加强监管。"]
    assert paragraphs("做好宣传工作（2023年6月底前）\n各区要加强领导。") == ["做好宣传工作（2023年6月底前）", "各区要加强领导。"]
    assert paragraphs("《某某管理办法》\n各区人民政府：") == ["《某某管理办法》", "各区人民政府："]
    # 【牵头单位：…】【配合单位：…】 closes its item as （…） does: the closing call after it is a paragraph of its own (z291)
    assert paragraphs("建立台账。\n【牵头单位：市工商联】【配合单位：市发展改革委】\n各县人民政府要结合实际制定举措。") == [
        "建立台账。", "【牵头单位：市工商联】【配合单位：市发展改革委】", "各县人民政府要结合实际制定举措。"]
    assert paragraphs("依据【省级】\n有关规定，制定本办法。") == ["依据【省级】有关规定，制定本办法。"]  # (no note: runs on)
    assert paragraphs("按照晋政办发【2023】\n15号文件要求，做好补贴发放。") == ["按照晋政办发【2023】15号文件要求，做好补贴发放。"]  # (a 文号's year)


def test_numbering_marker_alone_on_its_line_joins_its_heading():
    assert paragraphs("（一）\n进一步优化审批流程。\n（二）\n提升项目谋划储备工作质量。") == [
        "（一）进一步优化审批流程。",
        "（二）提升项目谋划储备工作质量。",
    ]


def test_article_whose_sentence_goes_on_after_a_comma_is_joined():
    assert paragraphs("第三十条本政策自发布之日起实施，\n有效期五年。") == ["第三十条本政策自发布之日起实施，有效期五年。"]


def test_the_text_a_verb_makes_goes_on_its_sentence_not_into_the_closing_text():
    """…，制定 / 本办法。: the object of 制定 (a blind test: 本办法。 had opened the closing text, the article ending at 制定);
    本办法自…起施行 after a full stop stays a paragraph of its own."""
    assert paragraphs("第一条为推进分型分类精准帮扶，根据《促进个体工商户发展条例》，制定\n本办法。\n第二条个体工商户按照以下类型培育。") == [
        "第一条为推进分型分类精准帮扶，根据《促进个体工商户发展条例》，制定本办法。", "第二条个体工商户按照以下类型培育。"]
    assert paragraphs("第九条 各区要加强宣传。\n本办法自2023年10月1日起施行。") == ["第九条各区要加强宣传。", "本办法自2023年10月1日起施行。"]


def test_a_line_that_opens_with_a_comma_or_a_closing_mark_goes_on_with_the_one_before():
    """No paragraph opens with 、，。；）》: such a line is the rest of the sentence, even when the line
    before alone reads as a signature (市财政局)."""
    assert paragraphs("（责任单位：市人社局、\n市财政局\n、市税务局）") == ["（责任单位：市人社局、市财政局、市税务局）"]
    assert paragraphs("加快建设试点工作（科技局）\n。\n加强宣传。") == ["加快建设试点工作（科技局）。", "加强宣传。"]


def test_a_list_still_being_written_takes_a_line_that_looks_like_a_signature():
    assert paragraphs("责任单位：市发展改革委、\n市交通运输局\n2024年6月30日") == ["责任单位：市发展改革委、市交通运输局", "2024年6月30日"]
    assert paragraphs("牵头单位：市发展改革委、市营商环境建设\n领导小组办公室\n完成时限：长期坚持") == [
        "牵头单位：市发展改革委、市营商环境建设领导小组办公室完成时限：长期坚持"
    ]
    assert paragraphs("（市行政审批局牵头，市人社局、市\n公积金管理中心\n配合）") == ["（市行政审批局牵头，市人社局、市公积金管理中心配合）"]


def test_a_body_sentence_whose_first_line_reads_as_a_signature_is_joined():
    """After a finished sentence, 加快完善电子化政府 / 采购平台功能 is one sentence; a signature
    (issuer, then a date) stays apart."""
    assert paragraphs("推进数据共享。\n加快完善电子化政府\n采购平台功能，提升效率。") == ["推进数据共享。", "加快完善电子化政府采购平台功能，提升效率。"]
    assert paragraphs("请认真贯彻执行。\n某某市人民政府\n2023年4月25日") == ["请认真贯彻执行。", "某某市人民政府", "2023年4月25日"]
    assert paragraphs("请认真贯彻执行。\n某某市人民政府\n关于做好就业工作的通知") == ["请认真贯彻执行。", "某某市人民政府", "关于做好就业工作的通知"]


def test_a_sentence_broken_before_a_document_type_word_goes_on():
    """…列入国家“十四五”规划 ends like a title but the sentence before it is not finished."""
    text = "2.支持民间投资参与重大项目。建立健全重大项目发布和重要政策宣传推介机制，鼓励民间资本参\n与我市列入国家“十四五”规划\n重大项目。"
    assert paragraphs(text) == ["2.支持民间投资参与重大项目。建立健全重大项目发布和重要政策宣传推介机制，鼓励民间资本参与我市列入国家“十四五”规划重大项目。"]


def test_issued_to_you_is_body_text_not_a_footer():
    assert paragraphs("现将《某某市就业见习管理办法》\n印发给你们，请认真贯彻执行。") == ["现将《某某市就业见习管理办法》印发给你们，请认真贯彻执行。"]


def test_spaces_inside_numbers_and_dates_are_removed():
    assert paragraphs("甘政办发〔2023〕 29 号") == ["甘政办发〔2023〕29号"]
    assert paragraphs("自2023 年5 月26 日起，对29 个县给予补贴1 000元。") == ["自2023年5月26日起，对29个县给予补贴1 000元。"]


def test_number_wrapped_onto_its_own_line_is_kept_but_a_page_number_is_dropped():
    assert paragraphs("天津市政务服务办关于印发天津市\n2023\n 年优化营商环境责任清单的通知") == ["天津市政务服务办关于印发天津市2023年优化营商环境责任清单的通知"]
    assert paragraphs("（一）加强领导。\n12\n（二）强化考核。") == ["（一）加强领导。", "（二）强化考核。"]


@pytest.mark.parametrize("before,after,expected", [
    ("给予最高500", "万元奖励。", "给予最高500万元奖励。"), ("（责任单位：各区县", "人民政府）", "（责任单位：各区县人民政府）"),
    ("确保2023", "年11 月底前完成。", "确保2023年11月底前完成。"),
])
def test_a_pages_printed_number_before_the_next_pages_mark_is_dropped_where_the_text_reads_on(before, after, expected):
    """最高500 / 12 / # Page 13: / 万元奖励: the page's number, not part of the sum (it had made 12万元 of it)."""
    assert paragraphs(f"{before}\n12\n\n# Page 13:\n{after}") == [expected]
    assert paragraphs(f"{before}\n12\n{after}") != [expected]  # with no mark after it, a number the line wrapped


def test_a_numbered_sentence_cut_in_a_word_goes_on_even_in_a_short_file():
    """二、…给予担保费补贴，单个机构年度补贴最高不超 / 过300万元。: too long with its comma for a heading, so the next line
    goes on (a short file shows no page width; the item had been cut, its bound lost); a short heading stays one."""
    text = "二、省财政对担保机构按照年化担保额的0.5%给予担保费补贴，单个机构年度补贴最高不超\n过300万元。"
    assert paragraphs(text) == ["二、省财政对担保机构按照年化担保额的0.5%给予担保费补贴，单个机构年度补贴最高不超过300万元。"]
    assert paragraphs("一、坚持问题导向，深化改革\n各地要结合实际。") == ["一、坚持问题导向，深化改革", "各地要结合实际。"]
    article = "第二条本办法适用于2023年1月1日以后新引进并在我市登记注册、独立核算的招商引资\n项目。"  # 、 as the list's comma
    assert paragraphs(article) == [article.replace("\n", "")]


@pytest.mark.parametrize("first, rest", [
    ("（一）对吸纳登记失业人员的中小微企业，按每人", "每月500元给予社会保险补贴。"),
    ("（二）对吸纳就业困难人员的中小微企业，单个企", "业年度补贴最高不超过50万元。"),
    ("（二）受让实用新型专利的，按技术合", "同实际成交额的5%给予资助。"),
    ("（二）符合条件的小微企业，按每人", "每月500元给予社会保险补贴。"),  # (a sum's head begun after any comma: a review)
])
def test_an_items_condition_cut_short_by_the_page_goes_on(first, rest):
    """（一）对…的中小微企业，按每人 / # Page 12: / 每月500元…: an item that opens with its payment's condition (对…的…，,
    …的，) is a sentence however short its line (a blind test: read as a heading, 每人 / 每月 split and the sum's unit lost)."""
    assert paragraphs(f"{first}\n\n# Page 12:\n{rest}") == [first + rest]
    assert paragraphs(f"{first}\n{rest}") == [first + rest]


@pytest.mark.parametrize("heading", ["（一）打造一流的营商环境，提升服务", "（二）对标一流，优化服务", "（一）对政府失信的，严肃追责",
                                     "一、对市场主体的服务，再提速", "（二）对重点企业的帮扶，落实“一企一策”", "（二）加强组织领导，按期完成"])
def test_a_short_heading_with_a_comma_stays_apart_from_its_body(heading):
    assert paragraphs(f"{heading}\n各地要加强组织领导。") == [heading, "各地要加强组织领导。"]


def test_small_and_full_width_forms():
    assert paragraphs("1﹒加强组织领导﹐落实责任﹔ＡＢＣ１２３") == ["1.加强组织领导，落实责任；ABC123"]


def test_offsets_cross_a_page_marker_inside_a_word():
    source = "（责任单位：市人社\n# Page 7:\n局）"
    (p,) = split_paragraphs(source)
    assert p.text == "（责任单位：市人社局）"
    start = p.text.index("市人社局")
    span = p.span(source, start, start + 4)
    assert span.text == source[span.start : span.end] == "市人社\n# Page 7:\n局"


# --- properties over arbitrary text: never crash, offsets always valid -----------------------

# Characters and pieces that exercise the repair rules, mixed with arbitrary Unicode.
TRICKY = list("一二三十（）()〔〕［］[]《》“”，。；：:、！？\n\r\t \u3000年月日号条第关于印发通知附件责任单位市人社局1234567890.．﹒﹐％%＃#ＡＢ１２")
PIECES = ["# Page 12:", "\n", "\n\n", "附件", "附件：", "1. ", "（一）", "第三条", "2023 年5 月26 日", "〔2023〕 29 号",
          "关于印发《", "》的通知", "（2023 年3 月23）", "- 3 -", "12\n", "（责\n任单位：", "有效期5年", "自印发之日起施行"]
texts = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(TRICKY)),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(alphabet=st.sampled_from(TRICKY), max_size=8)), max_size=30).map("".join),
)


def _same_character(written: str, normalised: str) -> bool:
    """Whether ``normalised`` is a repaired form of the source character ``written``."""
    forms = {written, SMALL_FORMS.get(written, written), TO_FULL_WIDTH.get(written, written)}
    if "\uff01" <= written <= "\uff5e":
        forms.add(chr(ord(written) - 0xFEE0))
    forms |= {".", "%", "〔", "〕", "（", "）"} if written in "．﹒％﹪［］﹙﹚" else set()
    if written in SPACES:
        forms.add(" ")
    if written in "Oo":  # a scan's letter O in a figure, read as a zero (二O二三: 〇)
        forms |= {"0", "〇"}
    return normalised in forms


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_gives_paragraphs_whose_offsets_point_at_their_source_characters(source):
    last_end = 0
    for p in split_paragraphs(source):
        assert p.text and len(p.offsets) == len(p.text) + 1
        assert all(a < b for a, b in zip(p.offsets, p.offsets[1:]))
        assert last_end <= p.offsets[0] and p.offsets[-1] <= len(source)
        for i, ch in enumerate(p.text):
            assert _same_character(source[p.offsets[i]], ch), (source[p.offsets[i]], ch)
        span = p.span(source, 0, len(p.text))
        assert span.text == source[span.start : span.end]
        last_end = p.offsets[-1]


@settings(max_examples=100, deadline=None)
@given(texts, st.data())
def test_any_slice_of_a_paragraph_has_a_span_that_is_the_text_as_written(source, data):
    for p in split_paragraphs(source):
        start = data.draw(st.integers(0, len(p.text)))
        end = data.draw(st.integers(start, len(p.text)))
        span = p.span(source, start, end)
        assert span.text == source[span.start : span.end]
        assert 0 <= span.start <= span.end <= len(source)


# characters the per-character loop changes or drops, each to be tried alone in a plain line
CHANGED = sorted({*SMALL_FORMS, *SPACES, *TO_FULL_WIDTH, "\r", "\n", "％", "［", "］", "．", "#", "０", "９", "Ａ", "Ｚ", "ａ", "ｚ"})
PLAIN = st.text(alphabet=st.sampled_from(list("一二三年月日号市人社局1234567890abcXYZ，。、（）《》〔〕%.-")))


@settings(max_examples=300, deadline=None)
@given(PLAIN, st.sampled_from(CHANGED), st.integers(0, 40), texts)
def test_the_unchanged_line_shortcut_gives_what_the_character_loop_gives(plain, changed, at, text):
    for line in [plain, plain[:at] + changed + plain[at:], *text.splitlines(keepends=True)]:
        # both paths start from the line with its 文号 year and item number brackets set (a line "(0)" had failed here)
        assert normalise_line(line, 7) == _normalise_each_char(_bracket_forms(line), 7)


@pytest.mark.parametrize("ending, expected", [
    ("定期通报进展情况。（责任单位：市政府督查室）\n某某市人民政府办公室\n2023年4月25日",
     ["定期通报进展情况。（责任单位：市政府督查室）", "某某市人民政府办公室", "2023年4月25日"]),
    ("定期通报进展情况。\n责任单位：市政府督查室\n某某市人民政府办公室\n2023年4月25日",
     ["定期通报进展情况。", "责任单位：市政府督查室", "某某市人民政府办公室", "2023年4月25日"]),
    ("请认真贯彻执行。\n某某市人力资源和社会保障局\n某某市总工会\n2023年4月25日",
     ["请认真贯彻执行。", "某某市人力资源和社会保障局", "某某市总工会", "2023年4月25日"]),
    ("请认真贯彻执行。\n某某市商务局\n某某海关\n二○二三年四月二十五日",
     ["请认真贯彻执行。", "某某市商务局", "某某海关", "二○二三年四月二十五日"]),
    ("请认真贯彻执行。\n某某市人民政府办公室\n（联系人：张三，电话：12345678）",
     ["请认真贯彻执行。", "某某市人民政府办公室", "（联系人：张三，电话：12345678）"]),
    ("各区要认真执行并及时报告工作进展情况\n附件：某某市就业见习管理办法",
     ["各区要认真执行并及时报告工作进展情况", "附件：某某市就业见习管理办法"]),
])
def test_a_signature_and_what_follows_it_stay_apart(ending, expected):
    """The rules that join a line looking like a signature to the sentence it goes on leave a real
    signature alone: after a closed note or a finished unit list, before another issuer, a date
    in any form, a contact note or an attachment."""
    assert paragraphs(ending) == expected


@pytest.mark.parametrize("number", ["沪府办发(2023)9 号", "沪府办发【2023】9号", "沪府办发[2023]9号", "沪府办发（ 2023 ）第9号", "沪府办发﹝2023﹞9号"])
def test_a_doc_numbers_year_in_any_bracket_is_written_in_tortoise_shell_brackets(number):
    """The 文号 line stays a line of its own, with its year in 〔〕, whatever brackets the PDF had;
    the offsets still point at the characters as written."""
    source = f"{number}\n各区人民政府，市政府各部门：\n"
    first, second = split_paragraphs(source)
    assert first.text.replace("第", "") == "沪府办发〔2023〕9号" and second.text == "各区人民政府，市政府各部门："
    assert first.span(source, 0, len(first.text)).text == source[: len(number)].strip()


def test_an_item_number_in_ascii_brackets_is_a_numbering_marker():
    """(93)各级… / (1)《条例》 / (2) alone on its line, as half-width PDF text has them: （93）; not 第(3)项."""
    assert paragraphs("措施如下，\n(93)各级预算单位要落实。\n(1)《城乡规划法》\n(2)\n加强监管。") == [
        "措施如下，", "（93）各级预算单位要落实。", "（1）《城乡规划法》", "（2）加强监管。"]
    assert paragraphs("补贴标准见表(1)。") == ["补贴标准见表（1）。"]
    assert paragraphs("四、重点任务\n(1)项目建设\n加快重大项目建设。") == ["四、重点任务", "（1）项目建设", "加快重大项目建设。"]
    assert paragraphs("依据《条例》第(3)项规定办理。") == ["依据《条例》第（3）项规定办理。"]


@pytest.mark.parametrize("text, expected", [
    ("推进。\n责任单位：各县（市、区）人民政府、市人力资源和\n社会保障局", ["推进。", "责任单位：各县（市、区）人民政府、市人力资源和社会保障局"]),
    ("推进。\n责任单位：市交通运输局、市公安局\n交通管理局", ["推进。", "责任单位：市交通运输局、市公安局交通管理局"]),
    ("推进。\n责任单位：县委\n宣传部", ["推进。", "责任单位：县委宣传部"]),
    ("确保落实。\n园区配套设施建设由各区人民政府\n2024年底前全部完成。", ["确保落实。", "园区配套设施建设由各区人民政府2024年底前全部完成。"]),
    ("确保落实。\n国有资产统一由市财政局\n（市国资委）负责管理。", ["确保落实。", "国有资产统一由市财政局（市国资委）负责管理。"]),

])
def test_a_name_or_a_sentence_broken_after_an_organ_goes_on(text, expected):
    """A unit list with a bracket inside, a name broken after 局/委 (市公安局 / 交通管理局), a
    sentence whose line ends in an organ's name: the next line is the rest of it."""
    assert paragraphs(text) == expected


@pytest.mark.parametrize("ending", ["附件1重点任务分工表", "关于做好就业工作的通知"])
def test_a_signature_before_an_attachment_or_a_title_stays_apart(ending):
    assert paragraphs(f"请认真执行。\n某某市人民政府\n{ending}") == ["请认真执行。", "某某市人民政府", ending]


@pytest.mark.parametrize("text, expected", [
    ("推进。\n责任单位：各市（州）交通运输局（委）\n甘肃省交通运输厅\n2023年3月1日",
     ["推进。", "责任单位：各市（州）交通运输局（委）", "甘肃省交通运输厅", "2023年3月1日"]),
    ("推进。\n牵头单位：人力资源社会保障部\n财政部\n2023年3月1日", ["推进。", "牵头单位：人力资源社会保障部", "财政部", "2023年3月1日"]),
    ("请认真执行。\n某某市人民政府\n2023年3月13日（此件公开发布）", ["请认真执行。", "某某市人民政府", "2023年3月13日（此件公开发布）"]),
    ("请认真执行。\n某某市人民政府\n2023年3\n月13日", ["请认真执行。", "某某市人民政府", "2023年3月13日"]),
    ("请各单位按照\n附件1要求报送材料。", ["请各单位按照附件1要求报送材料。"]),
    ("推进。\n责任单位：市12345(V2)热线\n管理中心", ["推进。", "责任单位：市12345(V2）热线管理中心"]),
])
def test_a_whole_name_before_a_signature_and_a_date_with_a_note_stay_apart(text, expected):
    """After a list ending in a whole name, a line a signature's date follows is the signature;
    a date line with a note or split in two is a date; 附件1 inside a sentence goes on."""
    assert paragraphs(text) == expected


PAGE_OF_TEXT = "\n".join(["这是一行用于确定页面宽度的正文文字内容，共有四十个字符的长度啊啊啊啊啊啊啊啊啊。"] * 5) + "\n"


def test_a_numbered_sentence_the_page_wrapped_is_not_a_heading():
    """26.…，鼓 / 励其…: a numbered line that ran to the page's width (40 here) with a comma goes
    on; a heading with a comma, even a long one, stays apart from its body, and so does any
    heading in a text whose lines show no page width."""
    text = "26.进一步推动银行机构接入“一网通办”政务服务平台，已接入平台的银行机构，鼓\n励其深化企业预约开户工作。"
    assert paragraphs(PAGE_OF_TEXT + text)[-1] == "26.进一步推动银行机构接入“一网通办”政务服务平台，已接入平台的银行机构，鼓励其深化企业预约开户工作。"
    heading = "（一）深化“放管服”改革，持续优化营商环境，激发市场主体活力和社会创造力"
    assert paragraphs(PAGE_OF_TEXT + heading + "\n各地区各部门要坚持问题导向。")[-2:] == [heading, "各地区各部门要坚持问题导向。"]
    assert paragraphs("（五）加强事中事后监管，完善管理监督机制\n对纳入改革范围的行业加强监管。") == [
        "（五）加强事中事后监管，完善管理监督机制", "对纳入改革范围的行业加强监管。"]


@pytest.mark.parametrize("text, expected", [
    ("1.加快项目建设。\n责任单位：市发展改革委、市财政局\n附件2\n政策清单", ["1.加快项目建设。", "责任单位：市发展改革委、市财政局", "附件2", "政策清单"]),
    ("工作要求。\n补助资金由各县区人民政府\n2024年（含）起统筹安排。", ["工作要求。", "补助资金由各县区人民政府2024年（含）起统筹安排。"]),
    ("依据《条例》第\n(3)项规定办理。", ["依据《条例》第（3）项规定办理。"]),
    ("推进。\n牵头单位：人力资源社会保障部\n财政部\n- 3 -\n2023年3月1日", ["推进。", "牵头单位：人力资源社会保障部", "财政部", "2023年3月1日"]),
    ("推进。\n牵头单位：人力资源社会保障部\n财政部\n\n\n\n\n2023年3月1日", ["推进。", "牵头单位：人力资源社会保障部", "财政部", "2023年3月1日"]),
])
def test_attachment_headings_cited_items_and_a_signature_past_a_page_number(text, expected):
    """附件2 after a unit list is an attachment; 2024年（含）起… goes on a sentence; 第 / (3)项 cites an item; the look-ahead at a signature skips page numbers and blank lines."""
    assert paragraphs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("请各县（市、区）按照要求认真组织填写\n附件2中的项目信息表并于2023年3月10日前报送至市发展改革委投资科\n邮箱。",
     ["请各县（市、区）按照要求认真组织填写附件2中的项目信息表并于2023年3月10日前报送至市发展改革委投资科邮箱。"]),
    ("二、贯彻落实稳经济一揽子政策措施33条\n（1）项目审批提速。", ["二、贯彻落实稳经济一揽子政策措施33条", "（1）项目审批提速。"]),
    ("推进。\n牵头单位：人力资源社会保障部\n财政部\n2023年3月1日（联系人：张三（办公室））",
     ["推进。", "牵头单位：人力资源社会保障部", "财政部", "2023年3月1日（联系人：张三（办公室））"]),
    ("推进。\n牵头单位：人力资源社会保障部\n财政部\n2023年3月1日（此件公开\n发布）", ["推进。", "牵头单位：人力资源社会保障部", "财政部", "2023年3月1日（此件公开发布）"]),
])
def test_an_attachment_named_in_a_sentence_an_item_after_a_heading_and_a_dated_note(text, expected):
    assert paragraphs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("针对改造进楼难的问题，\n（1）研究细化技术标准。（市通信管理局负责）（2）鼓励减免费用。",
     ["针对改造进楼难的问题，（1）研究细化技术标准。（市通信管理局负责）（2）鼓励减免费用。"]),
    ("申请本办法第七条、\n第八条第(一)项资助项目，可登陆网站申请。", ["申请本办法第七条、第八条第（一）项资助项目，可登陆网站申请。"]),
    ("依照本办法第五条、\n第六条规定办理。", ["依照本办法第五条、第六条规定办理。"]),
    # a list whose items end in commas keeps its items; a first item after a colon starts one
    ("包括以下人员：\n1.失业人员，\n2.就业困难人员，\n3.高校毕业生。", ["包括以下人员：", "1.失业人员，", "2.就业困难人员，", "3.高校毕业生。"]),
    ("第七条 补贴标准如下，\n第八条 本办法自印发之日起施行。", ["第七条补贴标准如下，", "第八条本办法自印发之日起施行。"]),
    # a preposition ending the line: the article cited after it, whatever follows its number (a mutation test: a new article)
    ("第四条 高层次人才购房的，在\n第三条补贴基础上，再按购房款的2%给予补贴。", ["第四条高层次人才购房的，在第三条补贴基础上，再按购房款的2%给予补贴。"]),
    ("第二章 风险防范与应对\n第三条 县级以上人民政府应当加强管理。", ["第二章风险防范与应对", "第三条县级以上人民政府应当加强管理。"]),  # (a review)
    # the items an article cites, wrapped to a line's start (a mutation test: a new item (四))
    ("第十四条 当事人按照本办法第十二条(三)\n(四)(五)项规定申请信用修复。", ["第十四条当事人按照本办法第十二条（三）（四）（五）项规定申请信用修复。"]),
])
def test_after_a_comma_a_first_item_number_or_a_cited_article_goes_on(text, expected):
    """A comma leaves the sentence open: a line that opens with the first of a list (the items
    run inline after it) or with an article cited (第八条第(一)项, 第六条规定) is its rest."""
    assert paragraphs(text) == expected


def wrapped_at_40(text: str) -> str:
    """``text`` cut into lines of 40 characters, as a page of that width prints it."""
    return "\n".join(text[i:i + 40] for i in range(0, len(text), 40))


def test_a_number_a_date_or_an_item_number_cut_from_its_sentence_by_the_page_goes_on():
    """The page cut a sentence in a number (300万 / 元, 3 / 00万元) or in a word before 一、
    (多测合 / 一、联合验收); a date alone on its line inside a sentence (自 / 2023年1月1日 / 至…)."""
    unit = "75.继续执行对小型微利企业年应纳税所得额超过100万元但不超过300万\n元的部分，减按25%计入应纳税所得额。"
    assert paragraphs(unit) == [unit.replace("\n", "")]
    digits = "75.继续执行对小型微利企业年应纳税所得额超过100万元但不超过3\n00万元的部分，减按25%计入应纳税所得额。"
    assert paragraphs(PAGE_OF_TEXT + wrapped_at_40(digits.replace("\n", "")))[-1] == digits.replace("\n", "")
    heading_like = "一、全市城乡就业困难人员的公益性岗位补贴标准由每人每月1200元调整为每人每月1500元。"
    assert heading_like.index("1500") == 39 and paragraphs(PAGE_OF_TEXT + wrapped_at_40(heading_like))[-1] == heading_like
    assert paragraphs("一、公益性岗位补贴标准调整为每人每月1\n500 元。") == ["一、公益性岗位补贴标准调整为每人每月1500元。"]  # a sum
    assert paragraphs("一、总体要求\n2023年是全面贯彻落实党的二十大精神的开局之年。")[-2:] == [
        "一、总体要求", "2023年是全面贯彻落实党的二十大精神的开局之年。"]  # no number cut: a short heading
    word = "（六）深化工程建设项目审批制度改革。全面推行施工图分类审查，进一步推动推行多测合一、联合验收、中介超市和水电气报装等辅线模块。"
    assert word.index("一、") == 40 and paragraphs(PAGE_OF_TEXT + wrapped_at_40(word))[-1] == word
    date = "（十九）支持企业稳岗扩岗。实施重点群体一次性吸纳就业补贴。自\n2023年1月1日\n至12月31日期间，吸纳高校毕业生就业。"
    assert paragraphs(date) == [date.replace("\n", "")]


def test_a_first_section_number_inside_an_item_whose_numbers_go_on_past_it_is_a_cut_word():
    """A short line cut the item's body in a word (标准统 / 一、服务同质): the item's next number
    comes before a 二、, so the 一、 opened no section (上海_09 lost twelve items to an attachment)."""
    text = ("三、打造政务服务新模式\n（九）打造线上线下全面融合政务服务体系。\n进一步推进政务服务线上线下标准统\n"
            "一、服务同质，推动大厅端、电脑端、移动端、自助端四端联动、功能升级。\n持续打造政务服务圈。\n（十）提升涉企服务水平。\n")
    assert paragraphs(text) == ["三、打造政务服务新模式", "（九）打造线上线下全面融合政务服务体系。",
                                "进一步推进政务服务线上线下标准统一、服务同质，推动大厅端、电脑端、移动端、自助端四端联动、功能升级。",
                                "持续打造政务服务圈。", "（十）提升涉企服务水平。"]
    # a list of its own under the item (二、 before （十）) and items numbered on across headings stay apart
    listed = text.replace("持续打造政务服务圈。", "二、服务同标。")
    assert "一、服务同质，推动大厅端、电脑端、移动端、自助端四端联动、功能升级。" in paragraphs(listed)
    numbered_on = "（一）深化改革\n1.推进审批改革。完成时限：2023年6月底前并长期坚持\n（二）优化服务\n2.推广电子证照。\n"
    assert paragraphs(numbered_on) == ["（一）深化改革", "1.推进审批改革。完成时限：2023年6月底前并长期坚持", "（二）优化服务",
                                       "2.推广电子证照。"]


def test_what_the_page_cut_after_a_whole_name_a_unit_list_or_an_item_stays_apart():
    """A list of units that ran to the page's width, or an item ending in a number, ends there;
    a signature's date stays apart from its issuer."""
    units = "1.公开信息。责任单位：各县（市、区）人民政府，平凉工业园区（高新区）管委会，市直有关部门"
    assert len(units) >= 40 and paragraphs(PAGE_OF_TEXT + units + "\n（二）公开减税降费信息。")[-2:] == [
        units, "（二）公开减税降费信息。"]
    item = "1.事项名称：供水、供电、燃气、供热、通讯联办，水电气热讯联合服务、报装服务事项清单1"
    assert paragraphs(PAGE_OF_TEXT + item + "\n2.实施机构：水电气热讯相关企业")[-2:] == [item, "2.实施机构：水电气热讯相关企业"]
    assert paragraphs("推进。\n某某市人民政府\n2023年5月6日\n附件") == ["推进。", "某某市人民政府", "2023年5月6日", "附件"]


def test_a_sentence_after_a_unit_list_that_ended_with_a_whole_name_is_a_paragraph_of_its_own():
    """The closing text after a task list's last item (牵头单位：省司法厅 / 各地、各部门要…) was
    read as more of its units; a unit's role, another unit or another label still goes on."""
    item = "11.规范涉企行政检查。全面推行“综合查一次”。\n牵头单位：省司法厅\n"
    closing = "各地、各部门要按照本清单明确的任务分工，细化工作举措，确保各项任务落到实处，落\n实情况于2023年12月10日前报省营商办。"
    assert paragraphs(item + closing) == ["11.规范涉企行政检查。全面推行“综合查一次”。", "牵头单位：省司法厅",
                                          closing.replace("\n", "")]
    for going_on in ("负责，省财政厅配合。", "配合单位：省财政厅，省税务局", "（省知识产权局），省财政厅配合"):
        assert paragraphs("牵头单位：省司法厅\n" + going_on) == ["牵头单位：省司法厅" + going_on], going_on
    assert paragraphs("牵头单位：市住建局\n市交通局、市水务局，各区县政府") == ["牵头单位：市住建局市交通局、市水务局，各区县政府"]
    cut = "1.推进工程建设项目审批制度改革，全面压缩审批办理时间。责任单位：省发展和改革委"
    assert len(cut) == 40
    assert paragraphs(PAGE_OF_TEXT + cut + "\n员会，各市人民政府")[-1] == cut + "员会，各市人民政府"  # the page cut the name
    # at the page's width too, a sentence that opens as closing text does not go on with the list
    whole = "1.推进工程建设项目审批制度改革，全面压缩审批时间。责任单位：省住房和城乡建设厅"
    assert len(whole) == len(cut)
    assert paragraphs(PAGE_OF_TEXT + whole + "\n本措施自印发之日起施行，有效期至2026年12月31日。")[-1] == "本措施自印发之日起施行，有效期至2026年12月31日。"
    assert paragraphs("（牵头单位：省司法厅\n各市政府按职责分工负责，省财政厅配合）") == [
        "（牵头单位：省司法厅各市政府按职责分工负责，省财政厅配合）"]  # inside its bracket
    for collective in ("省有关部门", "市直有关单位"):  # a list may end with a collective name as well
        assert paragraphs(f"配合单位：{collective}\n本措施自印发之日起施行，有效期3年。") == [
            f"配合单位：{collective}", "本措施自印发之日起施行，有效期3年。"]


def test_a_titles_bracket_wrapped_onto_a_line_of_its_own_stays_in_the_title():
    assert paragraphs("云南省营商环境优化提升三年行动方案\n（2023—2025 年）\n一、总体要求") == [
        "云南省营商环境优化提升三年行动方案（2023—2025年）", "一、总体要求"]
    assert paragraphs("某市促进就业若干措施\n（试行）") == ["某市促进就业若干措施（试行）"]


def test_an_attachment_label_alone_on_its_line_is_not_part_of_the_attachments_title():
    assert paragraphs("附件1\n沈阳市优化营商环境三年行动方案（2023—2025年）") == ["附件1", "沈阳市优化营商环境三年行动方案（2023—2025年）"]
    assert paragraphs("附件1\n：重点任务清单") == ["附件1：重点任务清单"]


def test_a_bracket_closed_or_opened_alone_on_its_line_is_full_width():
    text = "做好被征地农民社会保障，全力兜牢民生底线。(市人社局牵头\n)\n30 不断优化税务服务。推广智能管家。"
    assert paragraphs(text) == ["做好被征地农民社会保障，全力兜牢民生底线。（市人社局牵头）", "30不断优化税务服务。推广智能管家。"]
    assert paragraphs("全力兜牢民生底线\n(\n市人社局牵头)") == ["全力兜牢民生底线（市人社局牵头）"]


def test_a_numbered_line_the_page_wrapped_goes_on_but_a_title_the_page_width_does_not():
    """A numbered line that ran to the page's width is the start of its sentence, comma or not
    (…不得以任何理由变 / 相向…); a title as wide as the page stays apart from the list under it,
    and a range of years cut by the page is not a page number (2023 / —2025 / 年）)."""
    item = "2.招标人或者招标人委托的招标代理机构、公共资源交易运行服务机构不得以任何理由变\n相向市场主体收取招标文件制作费用。"
    assert len(item.split("\n")[0]) >= 38 and paragraphs(PAGE_OF_TEXT + item)[-1] == item.replace("\n", "")
    title = "上海市加强公共卫生体系建设三年行动计划（2023-2025年）建设项目和资金安排表"
    assert len(title) >= 38 and paragraphs(PAGE_OF_TEXT + title + "\n一、公共卫生应急能力提升项目")[-2:] == [title, "一、公共卫生应急能力提升项目"]
    assert paragraphs("某市三年行动计划（2023\n—2025\n年）》的通知") == ["某市三年行动计划（2023—2025年）》的通知"]


def test_a_closing_formula_on_its_own_line_ends_the_paragraph_before():
    """…监督电话：0379-12333 / 特此通告。: the phone number does not end a sentence, the formula does."""
    text = ("六、联系方式\n洛阳市就业创业服务中心：0379-63221234\n洛龙区就业服务中心：0379-65937788\n监督电话：0379-12333\n"
            "特此通告。\n洛阳市人力资源和社会保障局\n2024年2月20日\n")
    got = paragraphs(text)
    assert got[-3:] == ["特此通告。", "洛阳市人力资源和社会保障局", "2024年2月20日"] and got[-4].endswith("监督电话：0379-12333")


def test_an_item_that_ran_to_the_width_after_a_cited_title_goes_on():
    """（二）…关于…的通知 filling the page's width is a sentence going on, not a title."""
    body = "\n".join(["某某文字内容用于确定页面宽度的正文一行共有三十九个字符啊啊啊啊啊啊啊啊。"] * 4)
    item = "（二）各县区要认真贯彻落实省人民政府办公厅关于进一步做好高校毕业生就业工作的通知"
    assert paragraphs(body + "\n" + item + "\n要求，对离校2年内未就业高校毕业生给予补贴。")[-1] == item + "要求，对离校2年内未就业高校毕业生给予补贴。"


def test_a_titles_last_words_wrapped_alone_go_on_with_it():
    """…三年行动方案（2024—2026年） / 的通知: a year bracket had ended the title."""
    assert paragraphs("西安市人民政府办公厅\n关于印发西安市促进就业三年行动方案（2024—2026年）\n的通知\n各区、县人民政府：") == [
        "西安市人民政府办公厅", "关于印发西安市促进就业三年行动方案（2024—2026年）的通知", "各区、县人民政府："]
    assert paragraphs("关于印发《某区优化营商环境行动方案》\n的通知") == ["关于印发《某区优化营商环境行动方案》的通知"]


def test_a_title_cited_with_its_doc_number_goes_on_past_a_line_break():
    text = "落实海关总署《会议纪要》（署办岸发〔2023〕2号）\n和《某市行动方案》（沪府办规〔2023〕1号），更大力度提升便利化水平。"
    assert paragraphs(text) == [text.replace("\n", "")]
    assert paragraphs("1.加强监管。（2023年底前）\n2.强化服务。") == ["1.加强监管。（2023年底前）", "2.强化服务。"]
    for goes_on in ("精神，结合我市实际，制定以下措施。", "规定执行。", "要求，制定本方案。",
                    "转发给你们，请认真贯彻执行。", "已经省政府同意，现印发给你们。", "全文转发给你们。"):  # (the notice's verb: a blind test)
        text = "为贯彻落实《国务院办公厅关于优化稳就业政策措施的通知》（国办发〔2023〕11号）\n" + goes_on
        assert paragraphs(text) == [text.replace("\n", "")]
    field = "文件名称：《某市支持中小微企业发展若干措施》（某政办发〔2023〕12号）\n印发单位：某市人民政府办公室"
    assert paragraphs(field)[0] == field.split("\n")[0]  # (a field of its own after the title, not 印发 going on: a review)



def test_a_year_cut_from_its_date_by_a_page_marker_is_not_a_page_number():
    text = "宁夏回族自治区发展改革委\n2023\n\n- 2 -\n\n 年\n5\n 月\n19\n 日\n（此件公开发布）"
    assert paragraphs(text) == ["宁夏回族自治区发展改革委", "2023年5月19日", "（此件公开发布）"]


@pytest.mark.parametrize("text, expected", [
    # a contact line ending in digits, then a signature whose name opens with a number's unit (天, 人, 日…)
    ("报送培训计划。\n联系人：王强，联系电话：022-58665123\n天津市商务局\n2023年5月26日",
     ["报送培训计划。", "联系人：王强，联系电话：022-58665123", "天津市商务局", "2023年5月26日"]),
    # a list introduced by a comma: its first item stays an item when the second follows
    ("申报单位应当按要求提交以下材料，\n1.营业执照复印件；\n2.法人身份证复印件；\n3.申请表。",
     ["申报单位应当按要求提交以下材料，", "1.营业执照复印件；", "2.法人身份证复印件；", "3.申请表。"]),
    ("各地要做好以下工作，\n（一）\n加强组织领导。", ["各地要做好以下工作，", "（一）加强组织领导。"]),
    # an inline first item whose number the page left alone on its line
    ("针对改造进楼难额外费用高的问题，\n（1）\n研究细化技术标准。（2）鼓励减免费用。", ["针对改造进楼难额外费用高的问题，（1）研究细化技术标准。（2）鼓励减免费用。"]),
    ("《某市优化营商环境条例》（2023年修订）\n为贯彻落实条例要求，制定本细则：", ["《某市优化营商环境条例》（2023年修订）", "为贯彻落实条例要求，制定本细则："]),
    ("深圳市人民政府\n2023年5月26日\n前海管理局关于做好工作的通知", ["深圳市人民政府", "2023年5月26日", "前海管理局关于做好工作的通知"]),
    ("请各单位按要求\n2023年6月30日\n前报送材料。", ["请各单位按要求2023年6月30日前报送材料。"]),
    ("本政策有效期截至\n2023年12月31日\n。", ["本政策有效期截至2023年12月31日。"]),
    ("相关费用于\n2023年12月31日\n统一结算。", ["相关费用于2023年12月31日统一结算。"]),
    ("确保政策覆盖到每个县\n\n县级财政要加大投入。", ["确保政策覆盖到每个县县级财政要加大投入。"]),
])
def test_signatures_lists_titles_and_dates_next_to_the_joining_rules(text, expected):
    assert paragraphs(text) == expected


def test_what_ran_to_the_page_width_and_stays_apart_a_section_heading_a_sibling_item_a_unit():
    """A section heading (一、) as wide as the page, an item whose last line ran to the width
    before its sibling, and a sentence ending in an organ's name before a section heading."""
    heading = "一、关于专项验收不合格项目重新办理联合验收的程序和要求以及相关的工作安排说明"
    assert paragraphs(PAGE_OF_TEXT + heading + "\n实施联合验收的项目，应当按照要求办理。")[-2:] == [heading, "实施联合验收的项目，应当按照要求办理。"]
    first = ("（1）对符合条件的企业，按照规定给予补贴并同时给予相应的一次性奖励支持和配套的",
             "政策支持以及其他方面的相关的配套的奖励和支持以及相应的服务保障工作等相关内容")
    assert paragraphs(PAGE_OF_TEXT + "\n".join(first) + "\n（2）对新认定的企业给予奖励。")[-2:] == ["".join(first), "（2）对新认定的企业给予奖励。"]
    funds = "（三）加强资金保障。所需经费由各级财政统筹安排，资金的牵头管理单位为市财政局"
    assert len(funds) >= 38 and paragraphs(PAGE_OF_TEXT + funds + "\n二、保障措施")[-2:] == [funds, "二、保障措施"]


def test_a_running_head_the_pages_repeat_is_dropped_like_a_page_mark():
    """A gazette's name printed at the top of every page is not text of the document; a line that
    only sometimes falls beside a page mark is kept."""
    page = ["（{n}）第{n}项工作要按照规定认真落实，确保取得实效。".format(n=n) for n in range(1, 5)]
    text = "\n".join(line for n in range(4) for line in [*page[n:n + 1], "", f"- {n + 1} -", "", "甘肃省人民政府公报", "加强组织领导。"])
    got = paragraphs(text)
    assert "甘肃省人民政府公报" not in "".join(got) and got.count("加强组织领导。") == 4
    once = "一、总体要求\n加强组织领导。\n- 1 -\n市人社局\n二、主要任务\n- 2 -\n落实政策。\n- 3 -\n市人社局\n三、保障措施\n市人社局"
    assert paragraphs(once).count("市人社局") == 3


def test_two_running_heads_alternating_between_pages_are_both_dropped():
    """A book's title atop one page, its section atop the next (陕西省优化营商环境政策汇编 / 七、西北（一）陕西): each
    beside half the page breaks had been kept, and the section's 七、 read as a heading ended a table."""
    heads = ["陕西省优化营商环境政策汇编", "七、西北　（一）陕西"]
    items = [f"（{n}）第{n}项工作要按照规定认真落实，确保取得实效，" for n in range(1, 9)]
    text = "\n".join(line for n in range(8) for line in [items[n], f"# Page {n + 2}:", heads[n % 2], "加强组织领导。"])
    got = paragraphs(text)
    assert not [p for p in got if "汇编" in p or "西北" in p] and len(got) == 8


def test_a_running_head_atop_every_page_of_a_short_document_is_dropped():
    """Three pages have two page breaks: the head atop the first page counts as well; the pages'
    text runs on across the head (…促进服务业发 / head / 展若干政策…)."""
    head = "芜湖市人民政府行政规范性文件"
    text = (f"{head}\n芜湖市人民政府关于印发若干政策的通知\n一、支持企业。对企业给予补贴。\n第 1 页 共 3 页\n{head}\n"
            f"二、本政策自2024年3月1日起施行。《芜湖市促进服务业发\n第 2 页 共 3 页\n{head}\n展若干政策》同时废止。\n第 3 页 共 3 页\n")
    got = paragraphs(text)
    assert head not in "".join(got) and "二、本政策自2024年3月1日起施行。《芜湖市促进服务业发展若干政策》同时废止。" in got
    # a title atop every page is still the document's title
    for title in ("芜湖市人民政府关于印发若干政策的通知", "某市就业创业补贴管理办法", "某市人民政府关于促进就业的若干措施（试行）"):
        titled = text.replace(head, title).replace(f"{title}\n芜湖市人民政府关于印发若干政策的通知", title, 1)
        assert paragraphs(titled)[0] == title


def test_a_head_atop_every_page_but_the_first_of_three_is_dropped():
    """The first page bears the title, the two after it a gazette's name: two copies, fewer than
    a running head needs elsewhere, but each opens a page and the text runs on across them. A line
    ending the pages (a signature before each break) stays."""
    head = "宜昌市人民政府公报　2024年第9期"
    text = ("宜昌市人民政府关于优化支付服务的实施意见\n一、提升受理能力。对商户给予补贴。（责任单位：\n— 1 —\n"
            f"{head}\n人民银行宜昌市分行、市商务局）\n二、加强组织领导。建立工作机制，协调\n— 2 —\n{head}\n"
            "解决重大问题。（责任单位：市商务局）\n")
    got = paragraphs(text)
    assert got[1:] == ["一、提升受理能力。对商户给予补贴。（责任单位：人民银行宜昌市分行、市商务局）",
                       "二、加强组织领导。建立工作机制，协调解决重大问题。（责任单位：市商务局）"]
    signed = "宜昌市人民政府\n— 1 —\n二、加强组织领导。\n宜昌市人民政府\n— 2 —\n三、保障措施。\n"
    assert paragraphs("一、提升受理能力。\n" + signed).count("宜昌市人民政府") == 2
    also_text = text + "附件\n" + head + "\n"  # a gazette's masthead is no text wherever it stands (normalize.WEB_FURNITURE)
    assert head.replace("　", "") not in "".join(paragraphs(also_text)).replace("　", "")


def test_a_form_feed_between_pages_is_a_page_break_not_text():
    """pdftotext ends every page with a form feed: the sentence goes on across it, and neither it
    nor a ·N· page number is left in the text."""
    source = "（一）加大创业担保贷款支持力度，对符合条件的个人，\n\f给予最高15万元贷款。\n·2·\n（二）优化服务。\n"
    paragraphs = split_paragraphs(source)
    assert [p.text for p in paragraphs] == ["（一）加大创业担保贷款支持力度，对符合条件的个人，给予最高15万元贷款。", "（二）优化服务。"]
    first = paragraphs[0]
    assert source[first.offsets[0]:first.offsets[-1]].replace("\n\f", "") == first.text


def test_a_heading_cut_after_its_verb_goes_on_with_the_object_in_quotes():
    source = "（21）推进\n“机器+审批”\n服务。\n梳理行政审批事项。\n18.全面落实\n《简化电力接入实施意见》，降低成本。\n"
    assert [p.text for p in split_paragraphs(source)] == [
        "（21）推进“机器+审批”服务。", "梳理行政审批事项。", "18.全面落实《简化电力接入实施意见》，降低成本。"]
    # a heading that is whole (组织实施, 抓好落实) keeps its body apart, quote or not
    source = "三、组织实施\n“十四五”期间，各地要加强领导。\n（四）抓好落实\n《方案》印发后，各部门要细化措施。\n"
    assert [p.text for p in split_paragraphs(source)] == [
        "三、组织实施", "“十四五”期间，各地要加强领导。", "（四）抓好落实", "《方案》印发后，各部门要细化措施。"]


@pytest.mark.parametrize("source", ["（二）推行企业开办\n“\n一日办结\n”\n。全面推行“一表填报”。\n",
                                    "（二）推行企业开办\n“一日办结”。全面推行“一表填报”。\n"])
def test_a_heading_ending_with_a_quoted_phrase_on_lines_of_its_own(source):
    """（二）推行企业开办 / “ / 一日办结 / ” / 。: the heading had been cut before the quote (a blind probe, z32); a quote opened at a
    line's end always goes on."""
    assert [p.text for p in split_paragraphs(source)] == ["（二）推行企业开办“一日办结”。全面推行“一表填报”。"]


@pytest.mark.parametrize("head", ["哈密市人民政府公报　2023年第5期", "·12·　　哈密市人民政府公报　2023年第5期",
                                  "2023年第5期　哈密市人民政府公报　　·13·", "新疆维吾尔自治区人民政府公报"])
def test_a_gazettes_masthead_or_running_head_is_no_text(head):
    """A document printed in a government gazette: its head, with the page number on either side,
    cut into a sentence or a unit's name (…、税务 / head / 局等), is dropped like a page mark."""
    assert paragraphs(f"推进。（责任单位：市司法局、税务\n{head}\n局等）") == ["推进。（责任单位：市司法局、税务局等）"]
    assert paragraphs(f"{head}\n哈密市人民政府关于印发某方案的通知") == ["哈密市人民政府关于印发某方案的通知"]


@pytest.mark.parametrize("source,joined", [
    ("第一条 首次被发现，涉及金额累计不\n超过1000 元，且及时改正的，不予处罚。\n", "第一条首次被发现，涉及金额累计不超过1000元，且及时改正的，不予处罚。"),
    ("（二）自整改意见书出具之日起15日后重新申请的\n办理程序\n", "（二）自整改意见书出具之日起15日后重新申请的办理程序"),
])
def test_a_numbered_line_ending_on_a_word_that_opens_what_follows_goes_on(source, joined):
    """…累计不 / 超过1000 元: a short numbered line had been taken for a whole heading, so 超过 read as a floor (a blind
    probe, z48; 北京_04 and 贵州_03 had two such headings cut after 的)."""
    assert [p.text for p in split_paragraphs(source)] == [joined]


def test_a_list_run_inline_stays_in_its_sentence_wherever_the_line_breaks():
    """申请时提供以下材料： / （1）申请表；（2）名册；（3）…: the wrap put the first item at a line's start, which had made it
    an item holding the others (a blind probe, z135), while the same list mid-line was none; a list one item a line is one."""
    inline = "第一条\n企业申领补贴。申请时提供以下材料：\n（1）补贴申请表；（2）招用人员名册；（3）企业基本账户信息。\n"
    assert [p.text for p in split_paragraphs(inline)] == [
        "第一条企业申领补贴。申请时提供以下材料：（1）补贴申请表；（2）招用人员名册；（3）企业基本账户信息。"]
    # not onto a numbered heading over its list (a review)
    assert [p.text for p in split_paragraphs("三、申报材料：\n（一）申请表；（二）营业执照；\n（三）其他材料。\n")] == [
        "三、申报材料：", "（一）申请表；（二）营业执照；", "（三）其他材料。"]
    listed = "第一条\n企业申领补贴。申请时提供以下材料：\n（1）补贴申请表；\n（2）招用人员名册；\n（3）企业基本账户信息。\n"
    assert [p.text for p in split_paragraphs(listed)] == [
        "第一条企业申领补贴。申请时提供以下材料：", "（1）补贴申请表；", "（2）招用人员名册；", "（3）企业基本账户信息。"]


def test_a_sentence_the_page_cut_after_a_kind_of_document_goes_on():
    """…负责统筹协调，定期通报 / 工作进展。: a line ending in 通报 (a kind of document) that holds a sentence's comma is no title
    line; the paragraph had ended there and the rest gone to the closing text (a blind probe, z146)."""
    text = "二、保障措施\n一是加强组织领导。市领导小组办公室负责统筹协调，定期通报\n工作进展。\n"
    assert [p.text for p in split_paragraphs(text)] == [
        "二、保障措施", "一是加强组织领导。市领导小组办公室负责统筹协调，定期通报工作进展。"]
    assert [p.text for p in split_paragraphs("关于2023年营商环境工作的通报\n各区人民政府：\n")] == [
        "关于2023年营商环境工作的通报", "各区人民政府："]


def test_a_compilations_title_atop_a_page_is_its_head_however_few_the_pages():
    """（…配合单位：市财 / # Page 1535: / 湖北省优化营商环境政策文件汇编（2023） / 政局、市发改委）: the compilation's title had been
    glued into the unit's name (a blind probe, z148); one page break is too few for the repeated-line count."""
    text = ("（二）加快数字化转型。（牵头单位：市经信局；配合单位：市财\n\n# Page 1535:\n湖北省优化营商环境政策文件汇编（2023）\n"
            "政局、市发改委）\n")
    assert [p.text for p in split_paragraphs(text)] == ["（二）加快数字化转型。（牵头单位：市经信局；配合单位：市财政局、市发改委）"]
    assert split_paragraphs("湖北省优化营商环境政策文件汇编的编制说明\n")[0].text == "湖北省优化营商环境政策文件汇编的编制说明"
    # in book-title marks, and splitting a label (z152)
    assert [p.text for p in split_paragraphs("（牵头单位：市住建局；责\n\n# Page 1088:\n《滁州市政策文件汇编》\n任单位：市数据资源局）\n")] == [
        "（牵头单位：市住建局；责任单位：市数据资源局）"]


def test_a_contact_field_is_a_line_of_its_own_after_a_list_of_units():
    """责任单位：…人民银行日照市中心支行 / 咨询电话：0633-…: the phone line had been glued to the last unit's name, which was lost
    (a blind probe, z182: 12 units)."""
    text = "1.加快退税。\n责任单位：市税务局，市财政局、人民银行日照市中心支行\n咨询电话：0633-8779113\n"
    assert [p.text for p in split_paragraphs(text)] == ["1.加快退税。", "责任单位：市税务局，市财政局、人民银行日照市中心支行",
                                                       "咨询电话：0633-8779113"]


def test_a_guides_fields_one_a_line_are_paragraphs_of_their_own():
    """事项名称：… / 实施机关：某县就业创业服务中心 / 补贴标准：… (a 办事指南, a blind test: the lines ran together and the
    implementing body's name took in 补贴标准); a field's value wrapped over a line stays one paragraph."""
    text = "事项名称：一次性创业补贴\n实施机关：某县就业创业服务中心\n补贴标准：每户一次性补贴5000 元。\n办理时限：15 个工作日。\n"
    assert paragraphs(text) == ["事项名称：一次性创业补贴", "实施机关：某县就业创业服务中心", "补贴标准：每户一次性补贴5000元。",
                                "办理时限：15个工作日。"]
    assert paragraphs("实施机关：某县就业创业服务\n中心") == ["实施机关：某县就业创业服务中心"]
    # a guide's other standard labels, and a task's 时限 under its units (a review: all run into one)
    assert paragraphs("事项类型：行政给付\n设定依据：《就业促进法》\n法定时限：20个工作日\n承诺时限：10个工作日") == [
        "事项类型：行政给付", "设定依据：《就业促进法》", "法定时限：20个工作日", "承诺时限：10个工作日"]
    assert paragraphs("责任单位：市市场监管局\n时限：长期坚持") == ["责任单位：市市场监管局", "时限：长期坚持"]
    # (…，承诺 / 时限：…: one label the line cut, a second review)
    assert paragraphs("办理时限：法定时限20个工作日，承诺\n时限：10个工作日") == ["办理时限：法定时限20个工作日，承诺时限：10个工作日"]


def test_an_article_an_amendment_cites_at_a_lines_start_goes_on_the_sentence():
    """…，将 / 第三十五条修改为：“…”: the article the decision amends, no article of its own (a blind test: a clause 7.35 and a
    numbering gap); 第三十五条 opening its own text stays a new paragraph."""
    assert paragraphs("二、将第三十四条中的“市人民政府”修改为“县人民政府”，将\n第三十五条修改为：“给予首次贷款贴息。”") == [
        "二、将第三十四条中的“市人民政府”修改为“县人民政府”，将第三十五条修改为：“给予首次贷款贴息。”"]
    assert paragraphs("违反本条例规定的，依照\n第三十条规定处理。") == ["违反本条例规定的，依照第三十条规定处理。"]  # (a review)
    assert paragraphs("对符合\n第五条规定条件的，予以支持。") == ["对符合第五条规定条件的，予以支持。"]
    assert paragraphs("第三十四条 对新设立的企业给予支持。\n第三十五条 对中小微企业给予贴息。") == [
        "第三十四条对新设立的企业给予支持。", "第三十五条对中小微企业给予贴息。"]


def test_an_item_cited_at_a_lines_start_goes_on_the_sentence():
    """…不得重复享受本条 / （二）项和本项补贴。: an item cited (…项, …款), no heading (z210 had an extra clause （二））;
    （一）项目管理 is a heading."""
    assert paragraphs("（三）以工代训补贴。同一人员不得重复享受本条\n（二）项和本项补贴。") == ["（三）以工代训补贴。同一人员不得重复享受本条（二）项和本项补贴。"]
    assert paragraphs("三、加强管理。\n（一）项目管理。") == ["三、加强管理。", "（一）项目管理。"]


def test_a_guides_next_field_after_its_units_field_opens_a_paragraph():
    """实施主体：区就业促进中心 / 办理条件：…，…: the next field had gone on the units' field, and its conditions were read as
    units (a blind probe, z213)."""
    text = "（一）首次创业一次性补贴\n实施主体：区就业促进中心\n办理条件：在本区首次创办企业，取得营业执照满6 个月。"
    assert [p.text for p in split_paragraphs(text)][1:] == ["实施主体：区就业促进中心", "办理条件：在本区首次创办企业，取得营业执照满6个月。"]


def test_a_column_of_figures_is_no_page_numbers():
    """区域 / 等级 / 名额（个） then a line per cell (as z228's table): the figures, a line each a few lines apart, had been
    dropped as page numbers, and the cells they stand beside taken for running heads; a page's number stays dropped. (A
    table whose last column names money is read by figures.py.)"""
    text = ("（一）各区分配名额如下：\n区域\n类别\n名额（个）\n东城区\n初级\n1000\n东城区\n中级\n1500\n# Page 736:\n西城区\n初级\n1100\n"
            "西城区\n中级\n1600\n（二）各区要按名额组织推荐。\n（三）对参加培训的人员给予生活费补贴。\n12\n（四）补贴资金从就业补助资金中列支。\n")
    paragraphs = [p.text for p in split_paragraphs(text)]
    assert paragraphs[1] == "区域类别名额（个）东城区初级1000东城区中级1500西城区初级1100西城区中级1600"
    assert paragraphs[-2:] == ["（三）对参加培训的人员给予生活费补贴。", "（四）补贴资金从就业补助资金中列支。"]


def test_a_page_number_beside_its_mark_inside_a_column_of_figures():
    """12 / # Page 13: inside a column of figures is still the page's number (the review of z228's rule), and the figure
    across the mark is still a figure."""
    text = ("（一）各区分配名额如下：\n区域\n类别\n名额（个）\n东城区\n初级\n1000\n东城区\n中级\n1500\n12\n"
            "# Page 13:\n西城区\n初级\n1100\n（二）各区要按名额组织推荐。\n")
    assert [p.text for p in split_paragraphs(text)][1] == "区域类别名额（个）东城区初级1000东城区中级1500西城区初级1100"


def test_the_digits_of_one_number_spaced_apart():
    """A letter-spacing extractor's 2024 年1 1 月底前 (read as 1 月底前: a wrong deadline, z232), 初级8 0 0 元, 额度最高2 0万元
    (z191, z202): each digit alone between spaces is one number; a thousands' gap (5 000 元) stays."""
    assert normalise_line("2024 年1 1 月底前开展专项督查", 0)[0] == "2024年11月底前开展专项督查"
    assert normalise_line("按初级8 0 0 元、中级1 2 0 0 元标准", 0)[0] == "按初级800元、中级1200元标准"
    assert normalise_line("给予5 000 元补贴", 0)[0] == "给予5 000元补贴"


def test_a_circled_number_alone_on_its_line_is_no_figure():
    """① alone on its line beside figures (hypothesis found it: str.isdigit holds for ①, int() refuses it)."""
    assert "".join(p.text for p in split_paragraphs("电工\n1000\n①\n1500\n")) == "电工1000①1500"


def test_a_figure_cell_between_a_short_cell_and_the_next_cells_text():
    """1.政务服务 / “一网通办” / 15 / 全程网办率… in a file whose pages are marked (z253: the score had been dropped as a page
    number; corpus-dev's 上海_09 keeps a 90 whose % the extraction lost). Without page marks a bare number stays a page's."""
    scored = ("# Page 1:\n考核项目\n分值\n1.政务服务\n“一网通办”\n15\n全程网办率达到90%以上得满分。\n市数据资源局\n")
    assert "“一网通办”15全程网办率" in "".join(p.text for p in split_paragraphs(scored))
    unmarked = scored.replace("# Page 1:\n", "")
    assert "“一网通办”15" not in "".join(p.text for p in split_paragraphs(unmarked))


def test_labels_on_lines_of_their_own_a_sum_opening_a_line_and_a_numbered_line_after_a_long_one():
    """牵头单位： / 市人社局 / 配合单位： / 市民政局…: the second label's names on the next line too (z344: they were lost); …按每户不超过
    / 1 万元给予补助: a sum going on its sentence, no item 1 (z346); …全面完成 / 九、…: a new item (the page cut no word: z346)."""
    texts = [p.text for p in split_paragraphs("6．加强帮扶。\n牵头单位：\n市人社局\n配合单位：\n市民政局、市残联\n7．加大保障。\n")]
    assert texts == ["6.加强帮扶。", "牵头单位：市人社局配合单位：市民政局、市残联", "7.加大保障。"]
    texts = [p.text for p in split_paragraphs("9．实施老旧小区改造，市级财政按每户不超过\n1 万元给予补助。\n10．开展招商。\n")]
    assert texts == ["9.实施老旧小区改造，市级财政按每户不超过1万元给予补助。", "10.开展招商。"]
    long = "完成时限：2024 年6 月底前完成年度任务的50%，2024 年12 月底前全面完成"
    texts = [p.text for p in split_paragraphs("八、燃气改造工程。改造老旧燃气管道210 公里，对居民户内改造每户补助不超过800 元。\n"
                                             + long + "\n九、放心农贸市场建设工程。新建农贸市场25 个。\n")]
    assert texts[-1] == "九、放心农贸市场建设工程。新建农贸市场25个。"


def test_a_line_cut_after_a_names_level_goes_on():
    """…、市住房城乡建设局、市 / 市场监管局等…: the line ends inside a name, after its level (z415: the list split into two
    paragraphs, and the units before the cut were lost)."""
    text = ("第六条市发展改革局、市工业和信息化局、市自然资源局、市住房城乡建设局、市\n\n# Page 718:\n"
            "市场监管局等市直有关部门按照职责分工，负责本系统帮办代办事项梳理。\n")
    assert [p.text for p in split_paragraphs(text)] == [
        "第六条市发展改革局、市工业和信息化局、市自然资源局、市住房城乡建设局、市市场监管局等市直有关部门按照职责分工，负责本系统帮办代办事项梳理。"]


def test_a_time_label_at_a_lines_end_takes_the_date_on_the_next():
    """…；完成时限： / 2023 年5 月31 日）: the label's date, not a signing date on a line of its own (z421: the row's deadline lost)."""
    text = ("1．压缩开办时间。新开办企业免费刻制首套印章。（牵头单位：市市场监督管理局；配合单位：市公安局；完成时限：\n"
            "2023 年5 月31 日）\n2．优化服务。推行帮办代办。\n")
    assert [p.text for p in split_paragraphs(text)][0].endswith("完成时限：2023年5月31日）")


@pytest.mark.parametrize("scanned, read", [
    ("各地要于2O23 年6 月30 日前完成。", "各地要于2023年6月30日前完成。"),
    ("每月每平方米不超过1O 元，一次性给予5OOO元。", "每月每平方米不超过10元，一次性给予5000元。"),
    ("二O二三年九月三十日", "二〇二三年九月三十日"),
    ("推广O2O模式和B2O平台", "推广O2O模式和B2O平台"),  # a word's letters stay
    # by a decimal point, before basis points (a mutation test: 0.O1 had read as 1)
    ("每1美元奖励0.O1元，O.05万元，1.O5万元，LPR＋5OBP", "每1美元奖励0.01元，0.05万元，1.05万元，LPR＋50BP"),
    ("每千瓦时O.O3 元，费率O.O1%", "每千瓦时0.03元，费率0.01%"),  # both the O's (a second mutation test: read as 3 and 1)
])
def test_a_scans_letter_o_inside_a_figure_is_a_zero(scanned, read):
    """2O23, 1O 元, 二O二三年: a scan read the zero as a letter (a blind test: the deadline and the sum were lost); one
    character for one, so the offsets still point at the printed text."""
    (paragraph,) = split_paragraphs(scanned)
    assert paragraph.text == read and len(paragraph.offsets) == len(read) + 1


def test_the_documents_own_title_beside_a_page_break_is_a_running_head():
    """A printed compilation heads a page with the document's title (a blind test: it had joined the clause before); the
    title at the top stays, and so does a clause citing it."""
    text = ("5. 江西省人民政府关于进一步稳定和扩大就业\n的若干措施（2023 年5 月26 日）\n赣府发〔2023〕5 号\n各设区市人民政府：\n"
            "（一）支持创业孵化基地建设。给予一次性奖补五十万元。（责任单位：省人\n力资源社会保障厅）\n— 24 —\n\n# Page 25:\n江西省人民政府关于进一步稳定和扩大就业的若干措施\n"
            "（二）规范公益性岗位安置。补贴标准为每人每月不低于八百元。\n")
    texts = [p.text for p in split_paragraphs(text)]
    assert texts[0].startswith("5.江西省人民政府关于进一步稳定和扩大就业的若干措施")
    assert texts[-2:] == ["（一）支持创业孵化基地建设。给予一次性奖补五十万元。（责任单位：省人力资源社会保障厅）",
                          "（二）规范公益性岗位安置。补贴标准为每人每月不低于八百元。"]
    no_break = text.replace("— 24 —\n\n# Page 25:\n", "")  # not beside a page break: the text's own line
    assert "江西省人民政府关于进一步稳定和扩大就业的若干措施" in "".join(p.text for p in split_paragraphs(no_break)[1:])


def test_the_title_repeated_under_a_dated_heading_is_known_and_its_running_head_left_out():
    """5. …的通知（2024 年3 月12 / 日） / <page break> / …的通知 (the title again) / …: the heading's date after the title ends it
    there, so the title is known whole and its running head later is left out (a mutation test: it had joined a unit's name)."""
    text = ("5. 广西壮族自治区人民政府办公厅关于进一步做好脱贫人口\n和农村低收入人口稳岗就业工作的通知（2024 年3 月12\n日）\n—  117  —\n\n"
            "# Page 118:\n广西壮族自治区人民政府办公厅关于进一步做好脱贫人口和农村低收入人口稳岗就业工作的通知\n桂政办发〔2024〕9 号\n"
            "各市、县人民政府：\n（一）统筹用好乡村公益性岗位。坚持按需设岗。（责任单位：\n\n# Page 119:\n"
            "广西壮族自治区人民政府办公厅关于进一步做好脱贫人口和农村低收入人口稳岗就业工作的通知\n自治区人力资源社会保障厅）\n")
    texts = [p.text for p in split_paragraphs(text)]
    assert texts[-1] == "（一）统筹用好乡村公益性岗位。坚持按需设岗。（责任单位：自治区人力资源社会保障厅）"


def test_the_title_after_the_compilations_running_title_beside_a_page_break_is_a_running_head():
    """<page> / 优化营商环境政策文件汇编 / <the issued text's title> / 任单位：各市人民政府）: two heads, the compilation's first (a
    mutation test: the title had joined the bracket, its unit lost)."""
    text = ("安徽省人民政府办公厅关于印发关于进一步提升政务服务能力的若干措施的通知\n皖政办秘〔2023〕14 号\n各市、县人民政府：\n"
            "现将《关于进一步提升政务服务能力的若干措施》印发给你们，请认真贯彻执行。\n安徽省人民政府办公厅\n2023 年4 月18 日\n"
            "关于进一步提升政务服务能力的若干措施\n一、提升线下办事效率\n1．深化“一窗通办”改革。即办件当场办结。（责\n\n# Page 512:\n"
            "优化营商环境政策文件汇编\n关于进一步提升政务服务能力的若干措施\n任单位：各市人民政府）\n2．建立“好差评”闭环机制。\n")
    assert [p.text for p in split_paragraphs(text)][-2] == "1.深化“一窗通办”改革。即办件当场办结。（责任单位：各市人民政府）"


def test_a_dated_compilation_title_or_an_issued_title_after_its_publication_note_is_a_running_head():
    """2023 年全国优化营商环境政策文件汇编 (its year first) beside a page break is the compilation's head; an issued text's title
    under the signature's （此件公开发布） is known, so its running head is left out (mutation tests: both had stayed in the
    text, a unit's name cut and a 文号 lost)."""
    text = ("山西省人民政府办公厅关于印发山西省政务数据安全管理办法的通知\n晋政办发〔2023〕30 号\n各市、县人民政府：\n"
            "《山西省政务数据安全管理办法》已经省人民政府同意，现印发给你们，请认真贯彻执行。\n山西省人民政府办公厅\n2023 年5 月22 日\n"
            "（此件公开发布）\n山西省政务数据安全管理办法\n第一条\n为加强全省政务数据安全管理，\n— 326 —\n\n# Page 327:\n"
            "2023 年全国优化营商环境政策文件汇编\n山西省政务数据安全管理办法\n规范政务数据处理活动，制定本办法。\n")
    assert [p.text for p in split_paragraphs(text)][-1] == "第一条为加强全省政务数据安全管理，规范政务数据处理活动，制定本办法。"


def test_only_a_whole_title_beside_a_page_break_is_a_running_head():
    """An issued text's own title after a page break (某市促进…若干措施, one line of the notice's title wrapped over three) is
    the text's (a review: it had been dropped); the notice's whole title there is a running head, its date's 2O23 a
    scan's (a mutation test: it had stayed)."""
    notice = "某市人民政府关于印发\n某市促进高质量充分就业若干措施\n的通知\n某政发〔2O23〕5 号\n各县（区）人民政府：\n现将《某市促进高质量充分就业若干措施》印发给你们。\n"
    issued = "— 1 —\n\n# Page 2:\n某市促进高质量充分就业若干措施\n一、稳定就业岗位。\n"
    texts = [p.text for p in split_paragraphs(notice + issued)]
    assert "某市促进高质量充分就业若干措施" in texts
    head = "— 2 —\n\n# Page 3:\n某市人民政府关于印发某市促进高质量充分就业若干措施的通知\n二、支持创业。\n"
    texts = [p.text for p in split_paragraphs(notice + issued + head)]
    assert texts[-1] == "二、支持创业。" and not any(t.startswith("某市人民政府关于印发某市") for t in texts[1:])


def test_the_title_of_a_text_passed_on_beside_a_page_break_is_a_running_head():
    """The text a notice forwards or issues under its signature prints its own title as the running head (a blind test:
    it had joined the clause it cut, and a split 责任单位 label lost its unit); its title under the signature stays."""
    notice = ("12. 山东省人民政府办公厅转发省发展改革委关于物流降本增效若干措施的通知（2023 年6 月12 日）\n鲁政办发〔2023〕11 号\n"
              "各市人民政府：\n省发展改革委《物流降本增效若干措施》已经省政府同意，现转发给你们，请认真贯彻执行。\n"
              "山东省人民政府办公厅\n2023 年6 月12 日\n物流降本增效若干措施\n一、降低物流通行成本\n"
              "（一）推进多式联运“一单制”。支持集装箱多式联运\n\n# Page 1287:\n物流降本增效若干措施\n“一单制”试点。（责\n\n"
              "# Page 1288:\n物流降本增效若干措施\n任单位：省交通运输厅）\n（二）优化口岸通关流程。\n")
    texts = [p.text for p in split_paragraphs(notice)]
    assert texts[6:] == ["物流降本增效若干措施", "一、降低物流通行成本",
                         "（一）推进多式联运“一单制”。支持集装箱多式联运“一单制”试点。（责任单位：省交通运输厅）", "（二）优化口岸通关流程。"]
    unsigned = notice.replace("2023 年6 月12 日\n物流", "物流")  # no signature date above it: not known as a title
    assert any("物流降本增效若干措施“一单制”" in t for t in (p.text for p in split_paragraphs(unsigned)))


def test_an_issued_title_wrapped_under_the_signature_is_known_as_a_running_head():
    """湖北省进一步优化营商环境降低市场主体 / 制度性交易成本若干政策措施 under the signature, then that title whole as a page's
    running head: left out (a mutation test: it had been glued into a unit's name, 省发湖北省…若干政策措施改委)."""
    text = ("湖北省人民政府办公厅关于印发湖北省进一步优化营商环境降低市场主体制度性交易成本若干政策措施的通知\n鄂政办发〔2023〕18 号\n"
            "各市、州、县人民政府：\n现印发给你们，请认真组织实施。\n湖北省人民政府办公厅\n2023 年5 月26 日\n"
            "湖北省进一步优化营商环境降低市场主体\n制度性交易成本若干政策措施\n一、降低物流成本\n"
            "1.对国际标准集装箱车辆免收通行费。（责任单位：省交通运输厅、省发\n— 672 —\n\n# Page 673:\n"
            "湖北省进一步优化营商环境降低市场主体制度性交易成本若干政策措施\n改委）\n2.降低用能成本。\n")
    texts = [p.text for p in split_paragraphs(text)]
    assert texts[-2:] == ["1.对国际标准集装箱车辆免收通行费。（责任单位：省交通运输厅、省发改委）", "2.降低用能成本。"]
    assert "湖北省进一步优化营商环境降低市场主体制度性交易成本若干政策措施" in texts  # (its title under the signature stays)


def test_a_running_head_inside_a_table_cell_going_on_past_the_page_is_left_out():
    """市城市管理委、市水 / # Page 141: / <the document's title> / 序号 … / 务局: the cell goes on past the head (a mutation test:
    the title had run into the unit's name, and the unit was lost)."""
    text = ("1. 天津市政务服务办关于印发天津市\n2023\n 年优化营商环境责\n任清单的通知（2023 年1 月6 日）\n各区人民政府：\n现将清单印发给你们。\n"
            "序号\n重点任务\n主要内容\n牵头部门\n责任单位\n1\n1.优化审批\n执行审批优化措施，提升审批效率。\n市住房城乡建\n设委\n"
            "市规划资源局、市水\n\n# Page 141:\n天津市政务服务办关于印发天津市2023年优化营商环境责任清单的通知\n序号\n重点任务\n主要内容\n牵头部门\n责任单位\n"
            "务局\n2\n推行电子证照。\n市政务服务办\n—\n")
    rows = [p.text for p in split_paragraphs(text) if p.text.startswith("（1）")]
    assert rows == ["（1）执行审批优化措施，提升审批效率。（牵头部门：市住房城乡建设委；责任单位：市规划资源局、市水务局）"]


def test_a_notices_title_then_the_issued_texts_are_two_titles_not_one():
    """某市人民政府关于印发某市…若干措施的通知 / 某市…若干措施: two titles (a review: joined, the notice's title beside a page break
    had been kept in the item it cut)."""
    text = ("某市人民政府关于印发某市促进高质量充分就业若干措施的通知\n某市促进高质量充分就业若干措施\n一、对吸纳就业的企业给予补贴。\n"
            "二、对吸纳高校毕业生的企业，\n— 1 —\n\n# Page 2:\n某市人民政府关于印发某市促进高质量充分就业若干措施的通知\n按每人1500 元给予补贴。\n")
    assert [p.text for p in split_paragraphs(text)][-1] == "二、对吸纳高校毕业生的企业，按每人1500元给予补贴。"


def test_a_scans_letter_o_in_a_tables_row_number_a_footer_and_a_heading_under_a_section_line(tmp_path):
    """1O 建立…(row 10), — 1O51 — (a footer), （二十六）西藏 / 1. …（2O23 年6 月8 日）: each read as the figure it prints
    (mutation tests: row 10 had merged into row 9, the footer joined a row, the heading's title and 文号 been lost)."""
    from conftest import parse_text
    rows = "".join(f"{n} 完善第{n}项工作机制 省人力资源社会保障厅 省工商联、省科技厅 2024 年10 月底前\n" for n in range(1, 10))
    table = ("广东省人民政府办公厅关于印发重点任务分工的通知\n粤办函〔2024〕96 号\n各地级以上市人民政府：\n现印发给你们。\n"
             "序号 重点任务 牵头单位 责任单位 完成时限\n" + rows +
             "— 1O51 —\n\n# Page 1052:\n1O 建立政企沟通交流机制 省发展改革委、省工商联 各地级以上市人民政府 每季度\n")
    clauses = parse_text(tmp_path, table).clauses
    assert len(clauses) == 10 and "1051" not in clauses[8].text and clauses[9].text.startswith("（10）建立")
    assert [u.name for u in clauses[8].units] == ["省人力资源社会保障厅", "省工商联", "省科技厅"]
    heading = ("（二十六）西藏\n1. 西藏自治区人力资源和社会保障厅关于进一步做好稳就业工作若干措施的通知（2O23 年6 月\n8 日）\n"
               "藏人社发〔2023〕47 号\n各地（市）人力资源社会保障局：\n一、支持企业吸纳就业。（责任单位：区人社厅）\n")
    doc = parse_text(tmp_path, heading)
    assert (doc.title, doc.doc_number.text) == ("西藏自治区人力资源和社会保障厅关于进一步做好稳就业工作若干措施的通知", "藏人社发〔2023〕47号")


def test_a_unit_and_its_other_name_ending_a_line_then_its_verb_go_on_one_sentence():
    """…认真抓好贯彻落实。各乡镇人民政府（街道办事处） / 要于2023 年4 月30 日前…: the sentence goes on (a mutation test: its
    deadline had opened a paragraph of its own); a unit's bracket closing an item still ends it."""
    text = "现将措施转发给你们，请认真抓好贯彻落实。各乡镇人民政府（街道办事处）\n要于2023 年4 月30 日前将实施方案报县农业农村局备案。\n"
    assert paragraphs(text) == ["现将措施转发给你们，请认真抓好贯彻落实。各乡镇人民政府（街道办事处）要于2023年4月30日前将实施方案报县农业农村局备案。"]
    assert paragraphs("（一）推进电子证照。（市数据局）\n（二）推进一网通办。") == ["（一）推进电子证照。（市数据局）", "（二）推进一网通办。"]


def test_a_lead_in_to_the_list_below_on_its_own_line_goes_on_the_opening():
    """…决定成立…工作专班。 / 现将工作专班组 / 成人员通知如下：: the opening's last sentence, however the lines broke (a mutation
    test: a text without items had made it a clause of its own); an item's sentence after it is no lead-in."""
    text = ("为优化营商环境，经省政府同意，决定成立全省优化营商环境工作专班。\n现将工作专班组\n成人员通知如下：\n召集人：程晓波省委常委\n"
            "一、加强统筹。各地要落实责任。\n现将有关要求明确如下：\n")
    assert [p.text for p in split_paragraphs(text)] == [
        "为优化营商环境，经省政府同意，决定成立全省优化营商环境工作专班。现将工作专班组成人员通知如下：", "召集人：程晓波省委常委",
        "一、加强统筹。各地要落实责任。", "现将有关要求明确如下："]


def test_a_breadcrumb_alone_is_furniture_a_ranking_in_a_sentence_is_not():
    """江苏省财政厅 > 信息公开 > 政策解读 alone on its line (h209); 国家级＞省级＞市级项目，… and 企业申报>县区初审>…。 are the text's
    (the review: dropped)."""
    text = ("某市人民政府关于资金安排的通知\n一、资金安排优先顺序为国家级＞省级＞市级项目，同等条件下优先支持\n先进制造业企业。\n"
            "二、办理流程。\n企业申报>县区初审>市级复核>公示>拨付资金。\n江苏省财政厅 > 信息公开 > 政策解读\n")
    joined = "".join(p.text for p in split_paragraphs(text))
    assert "国家级＞省级＞市级项目" in joined and "企业申报>县区初审" in joined and "信息公开" not in joined


def test_a_head_atop_every_page_after_the_first_is_dropped_though_a_last_footer_closes_the_text():
    """— 3 — / 四川省司法厅行政规范性文件 / … / — 4 — / (the head) / … / — 5 — at the text's end (h215: the head had stayed, mid-
    sentence): the last break opens no page, so the head atop every page that follows a break is still every such page's."""
    head = "四川省司法厅行政规范性文件"
    text = ("四川省涉企轻微违法行为不予处罚办法\n第一条 为推进包容审慎监管，营造宽严相济的法治化营商环境，根据有关\n法律法规，制定本办法。\n"
            f"第二条 本办法所称轻微违法行为，是指当事人违法行为轻微并及时改正，没有造成\n— 3 —\n{head}\n危害后果的行为。\n"
            f"第三条 行政执法机关应当在作出不予处罚决定之日起7 个工作日内，对当事人\n— 4 —\n{head}\n进行教育引导，并制作教育记录。\n"
            "第四条 本办法自2023 年9 月1 日起施行。\n— 5 —\n")
    got = paragraphs(text)
    assert head not in "".join(got)
    assert "第三条行政执法机关应当在作出不予处罚决定之日起7个工作日内，对当事人进行教育引导，并制作教育记录。" in got


def test_an_issuer_and_its_date_on_one_line_are_a_signature_of_two_lines():
    """四川省经济和信息化厅　　2023 年6 月15 日 (h215: joined to the title below, the date lost): a right-aligned signature
    block that a PDF's text gives on one line; its parts keep their offsets."""
    line = "四川省经济和信息化厅　　2023 年6 月15 日"
    text = f"现将《四川省中小企业服务券管理办法》印发给你们，请遵照执行。\n{line}\n四川省中小企业服务券管理办法\n第一条 为规范管理，制定本办法。\n"
    got = split_paragraphs(text)
    assert [p.text for p in got][:4] == ["现将《四川省中小企业服务券管理办法》印发给你们，请遵照执行。", "四川省经济和信息化厅", "2023年6月15日",
                                         "四川省中小企业服务券管理办法"]
    assert text[got[2].offsets[0] : got[2].offsets[-1]] == "2023 年6 月15 日" and got[1].line == got[2].line == 2
    # a sentence's words before a date are no signature
    assert "四川省经济和信息化厅" not in paragraphs(text.replace("执行。\n", "执行，\n"))


def test_a_chinese_year_typed_with_a_figures_zero_is_read():
    """二0二三年六月十五日 (h215: no date; 二O二三 and 二〇二三 were read): the zero a Chinese year's, one character for one."""
    assert _bracket_forms("二0二三年六月十五日") == "二〇二三年六月十五日"
    assert _bracket_forms("2023年第0号、二十0年") == "2023年第0号、二十0年"


def test_a_figures_first_digit_alone_on_its_line_is_no_page_number():
    """按每人 / 3 / 000 元给予… (h216: the 3 dropped as a page number, the text read 每人000元): no page opens with 000; a page
    number before other text is still dropped."""
    assert paragraphs("1. 稳定企业用工。对新招用的企业，按每人\n3\n000 元给予一次性吸纳就业补贴。") == [
        "1.稳定企业用工。对新招用的企业，按每人3000元给予一次性吸纳就业补贴。"]
    assert paragraphs("1. 支持创业。对首次创业的，给予每人\n5\n000元的一次性创业补贴。") == ["1.支持创业。对首次创业的，给予每人5000元的一次性创业补贴。"]
    assert paragraphs("1. 稳定企业用工。对新招用的企业，按每人\n3\n给予一次性吸纳就业补贴。") == ["1.稳定企业用工。对新招用的企业，按每人给予一次性吸纳就业补贴。"]


def test_a_page_number_before_a_page_opening_with_a_sum_is_still_a_page_number():
    """奖励金额为 / 12 / 300万元 (the review: read as 12300万元): only a page opening with 000 goes on a figure."""
    assert paragraphs("一、奖励。对认定的企业，奖励金额为\n12\n300万元。") == ["一、奖励。对认定的企业，奖励金额为300万元。"]


def test_a_line_printed_again_atop_the_next_page_is_read_once():
    """…单户补偿最高200万元。(省财政厅、省地方金融监管局、江苏 / # Page 234: / the same line / 银保监局按职责分工负责) (h225: the
    units lost, the sums read twice); a short line opening the next page again (一、…) is kept."""
    line = "资金按照不超过30%的比例给予补偿,单户补偿最高200万元。(省财政厅、省地方金融监管局、江苏"
    got = paragraphs(f"(一)降低融资担保费率。对担保代偿损失,省级风险补偿\n{line}\n\n# Page 234:\n{line}\n银保监局按职责分工负责)\n")
    assert got == ["（一）降低融资担保费率。对担保代偿损失，省级风险补偿资金按照不超过30%的比例给予补偿，单户补偿最高200万元。（省财政厅、"
                   "省地方金融监管局、江苏银保监局按职责分工负责）"]


def test_a_numbered_sentence_cut_at_a_narrow_pages_width_goes_on():
    """A page 27 characters wide (h290 F8): 四、市财政…，对纳入年度计划的项 / 目给予补助… is one sentence the page cut, as a
    30-character line with a comma is on a wider page; a short heading on the same page stays one (一、总体要求)."""
    lines = ["一、总体要求", "三、秦州区人民政府是《规划》实施的责任主体，要建立健全", "工作推进机制，将目标任务分解落实到年度计划，按期完成。",
             "四、市财政每年安排城市更新引导资金，对纳入年度计划的项", "目给予补助，每个项目最高不超过300万元。",
             "五、各有关单位按照本批复要求抓好落实，确保各项任务如期", "完成，每年12月20日前将实施情况报市住房和城乡建设局。"]
    assert [len(line) for line in lines[1::2]] == [27, 27, 27]
    assert paragraphs("\n".join(lines)) == ["一、总体要求", lines[1] + lines[2], lines[3] + lines[4], lines[5] + lines[6]]


NUMBERED_DRAFT = ("天水市工业和信息化局\n关于公开征求《天水市支持中小微企业纾困发展若干措施（征求意见稿）》意见的公告\n"
                  "现向社会公开征求意见。公众可于2024年3月25日前将意见建议发送至我局中小企业科。\n天水市工业和信息化局\n2024年3月11日\n"
                  "第 1 页 共 3 页\n"
                  "1  天水市支持中小微企业纾困发展若干措施\n2  （征求意见稿）\n"
                  "3  第一条 减免房屋租金。对承租市属国有企业经营性房产的小微企业和个体工商户，2024\n"
                  "4  年减免３个月租金。（责任单位：市国资委、\n5  市财政局）\n"
                  "6  第二条 支持企业稳岗。对新招用本市户籍劳动者的中小微企业，按每人\n7  500元标准给予一次性稳岗奖励。\n"
                  "8  （市人社局牵头，市财政局配合）\n第 2 页 共 3 页\n"
                  "1  第三条 鼓励“专精特新”发展。对首次认定为国家级专精特新“小巨人”的企业，一次性\n2  奖励50万元。（责任单位：\n"
                  "3  市工业和信息化局）\n4  第四条 强化政策兑现。各项奖补资金原则上在企业申请之日起15个工作日内拨付到位。\n"
                  "5  （责任单位：市财政局）\n第 3 页 共 3 页\n")


def test_word_line_numbers_restarting_on_each_page_are_blanked():
    """1  第一条 … / 2  年减免… restarting after each page's mark: Word's line numbers in a printed draft's margin, blank (h304
    F3: 20244年, 7 500元 read as 7500, a unit 5市财政局, no 第X条 number); the offsets stay."""
    blanked = line_numbers_blanked(NUMBERED_DRAFT)
    assert len(blanked) == len(NUMBERED_DRAFT)
    got = paragraphs(blanked)
    assert "第一条减免房屋租金。对承租市属国有企业经营性房产的小微企业和个体工商户，2024年减免3个月租金。（责任单位：市国资委、市财政局）" in got
    assert "第二条支持企业稳岗。对新招用本市户籍劳动者的中小微企业，按每人500元标准给予一次性稳岗奖励。" in got
    assert any(p.startswith("第三条鼓励") and p.endswith("一次性奖励50万元。（责任单位：市工业和信息化局）") for p in got)
    # one page so numbered, many lines of prose: the numbers too
    one_page = NUMBERED_DRAFT[: NUMBERED_DRAFT.index("第 2 页")] + "第 2 页 共 3 页\n"
    assert "2024\n   年减免" in line_numbers_blanked(one_page)
    # pages ended by form feeds (pdftotext), a running head over each page's numbered lines
    fed = NUMBERED_DRAFT.replace("第 1 页 共 3 页\n", "\f").replace("第 2 页 共 3 页\n", "\f").replace("第 3 页 共 3 页\n", "\f")
    assert "2024\n   年减免" in line_numbers_blanked(fed) and "\f   第三条" in line_numbers_blanked(fed)
    headed = NUMBERED_DRAFT.replace("页\n1  ", "页\n天水市支持中小微企业纾困发展若干措施（征求意见稿）\n1  ")
    assert "\n   第三条" in line_numbers_blanked(headed)


def test_numbered_items_and_a_tables_serial_numbers_are_no_line_numbers():
    """Items numbered 1. 2. 3., a table's 序号 column, a short page of three numbered lines and a page opening with an amount
    keep their numbers (h304 F3: only a page numbered 1, 2, 3 … to its end, its lines prose, the numbers restarting)."""
    items = ("第 1 页 共 2 页\n1. 补贴申请表，由企业法定代表人签字并加盖公章后提交至区人力资源社会保障部门；\n"
             "2. 营业执照复印件，须在有效期内且与申请主体名称一致，一并提交；\n3. 劳动合同复印件，须为招用人员本人签订的书面劳动合同；\n"
             "第 2 页 共 2 页\n1. 社会保险缴费明细，由税务部门出具的近三个月社会保险缴费记录；\n2. 企业银行账户信息，须为企业对公基本存款账户。\n")
    assert line_numbers_blanked(items) == items
    table = ("第 1 页 共 2 页\n" + "".join(f"{n}  市人力资源社会保障局  一次性吸纳就业补贴  {n}000元  2023年12月底前\n" for n in range(1, 10))
             + "第 2 页 共 2 页\n" + "".join(f"{n}  市财政局  社会保险补贴  {n}00元  2023年12月底前\n" for n in range(1, 5)))
    assert line_numbers_blanked(table) == table
    names = "第 1 页 共 2 页\n" + "".join(f"{n} 张{'三四五六七八九十'[n - 1]}\n" for n in range(1, 9)) + "第 2 页 共 2 页\n"
    assert line_numbers_blanked(names) == names  # (a list of names: no prose)
    short = ("# Page 3:\n1 对中小微企业招用高校毕业生的，按每人3000元给予一次性吸纳就业补贴。\n"
             "2 对招用就业困难人员的，按实际缴纳的社会保险费给予补贴。\n3 对吸纳脱贫人口就业的，按每人1000元给予一次性补贴。\n# Page 4:\n")
    assert line_numbers_blanked(short) == short  # (one page of three lines: too little to tell)
    amount = "（一）一次性扩岗补助。按每人\n1 500元标准发放一次性扩岗补助。\n"
    assert line_numbers_blanked(amount) == amount


def test_a_line_numbered_draft_reads_its_articles_units_and_sums(tmp_path):
    """The draft printed with Word's line numbers parses as without them (h304 F3): 第一条 … numbered, the units' names whole and
    on their article, 500元 no 7500元, the text's 2024年."""
    from conftest import parse_text

    doc = parse_text(tmp_path, NUMBERED_DRAFT)
    assert [c.number for c in doc.clauses] == ["第一条", "第二条", "第三条", "第四条"]
    assert [[u.canonical for u in c.units] for c in doc.clauses] == [
        ["天水市国有资产监督管理委员会", "天水市财政局"], ["天水市人力资源和社会保障局", "天水市财政局"], ["天水市工业和信息化局"],
        ["天水市财政局"]]
    assert [a.value for a in doc.clauses[1].amounts] == [500]
    assert "2024年减免" in doc.clauses[0].text
