from policykg.ingest.normalize import split_paragraphs


def paragraphs(text):
    return [p.text for p in split_paragraphs(text)]


def test_word_split_across_blank_line_is_joined():
    assert paragraphs("（市发改委、市工商\n\n局等负责）") == ["（市发改委、市工商局等负责）"]


def test_character_repeated_across_page_break_is_dropped_once():
    text = "（十四）合理利用岗位。新开发的城镇公\n\n公益性岗位以短期性岗位为主。"
    assert paragraphs(text) == ["（十四）合理利用岗位。新开发的城镇公益性岗位以短期性岗位为主。"]


def test_real_reduplication_is_kept():
    assert paragraphs("确保政策惠及人\n\n人享有就业服务。") == ["确保政策惠及人人享有就业服务。"]


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
