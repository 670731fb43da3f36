"""Reading sources: PDF files (text layer with page markers), and their errors."""
import importlib.util
from pathlib import Path

import pytest
from policykg.ingest.errors import IngestError
from policykg.ingest.pipeline import parse_file
from policykg.ingest.reading import read_source

DATA = Path(__file__).resolve().parent / "data"
PDF = DATA / "notice.pdf"


def make_pdf():
    """The generator of the committed fixture, to build variants of it."""
    spec = importlib.util.spec_from_file_location("make_pdf", DATA / "make_pdf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_fixture_is_what_the_generator_writes():
    assert PDF.read_bytes() == make_pdf().build(make_pdf().PAGES)


def test_pdf_text_has_one_page_marker_per_page():
    text = read_source(PDF).text
    assert text.startswith("# Page 1:\n关于做好就业工作的通知\n")
    assert "二、加强组织领导，\n# Page 2:\n明确责任分工。" in text
    assert "\r" not in text


def test_pdf_is_parsed_like_text():
    (doc,) = parse_file(PDF)
    assert doc.title == "关于做好就业工作的通知"
    assert doc.doc_number.text == "平政发〔2023〕5号"
    assert str(doc.date) == "2023-05-06" and doc.issuer == "平凉市人民政府"
    assert [(c.path, [u.name for u in c.units]) for c in doc.clauses] == [("1", ["市人社局"]), ("2", ["市财政局"])]
    assert [a.value for a in doc.clauses[0].amounts] == [1000]
    # the sentence broken by the page keeps both halves and not the marker
    assert "明确责任分工" in doc.clauses[1].text and "Page" not in doc.clauses[1].text


def test_offsets_index_the_extracted_pdf_text():
    text = read_source(PDF).text
    (doc,) = parse_file(PDF)
    for clause in doc.clauses:
        assert text[clause.span.start : clause.span.end] == clause.span.text
        for unit in clause.units:
            assert text[unit.span.start : unit.span.end] == unit.name


def test_pdf_is_recognised_by_its_content_whatever_its_name(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_bytes(PDF.read_bytes())
    assert read_source(path).encoding == "pdf"


@pytest.mark.parametrize("name,content", [
    ("truncated.pdf", PDF.read_bytes()[:300]),
    ("garbage.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 4),
    ("not-a-pdf.pdf", "关于做好就业工作的通知".encode() * 10),
])
def test_corrupt_pdf_is_an_error_naming_the_file(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError) as info:
        parse_file(path)
    assert name in str(info.value) and "PDF" in str(info.value)


def test_pdf_without_text_layer_says_so(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf().build([[], []]))
    with pytest.raises(IngestError) as info:
        parse_file(path)
    assert "scan.pdf" in str(info.value) and "no text layer" in str(info.value)


LOOKALIKES = str.maketrans({"人": "⼈", "力": "⼒", "行": "⾏", "长": "⻓", "门": "⻔", "工": "⼯", "大": "⼤", "方": "⽅"})


def test_lookalike_ideographs_from_pdf_fonts_read_as_ordinary_ones(tmp_path):
    """PDF fonts often map 人 to the Kangxi radical ⼈ (U+2F08) and 长 to ⻓ (U+2ED3): the text
    is read with the ordinary characters, one for one, so units and titles resolve."""
    text = ("平凉市人民政府办公室关于印发平凉市稳就业工作方案的通知\n平政办发〔2023〕5号\n各县（区）人民政府：\n"
            "一、加大就业支持\n（一）开展见习。推行见习补贴。（责任单位：市人社局、市工信局）\n"
            "平凉市人民政府办公室\n2023年5月22日\n")
    plain, odd = tmp_path / "plain.txt", tmp_path / "odd.txt"
    plain.write_text(text, encoding="utf-8")
    odd.write_text(text.translate(LOOKALIKES), encoding="utf-8")
    assert "⼈" in odd.read_text(encoding="utf-8")
    assert read_source(odd).text == text
    (want,), (got,) = parse_file(plain), parse_file(odd)
    assert (got.title, got.issuer) == (want.title, want.issuer) == ("平凉市人民政府办公室关于印发平凉市稳就业工作方案的通知", "平凉市人民政府办公室")
    assert [u.canonical for u in got.clauses[0].units] == [u.canonical for u in want.clauses[0].units] == [
        "平凉市人力资源和社会保障局", "平凉市工业和信息化局"]


ZZ_TITLE = "株洲市人民政府办公室关于印发《株洲市进一步稳就业促创业若干措施》的通知"
ZZ_BODY = ("<p>各县市区人民政府，市政府各局委办、各直属机构：</p><p>《株洲市进一步稳就业促创业若干措施》已经市人民政府同意，"
           "现印发给你们，请认真贯彻执行。</p><p>株洲市人民政府办公室</p><p>2024年4月10日</p><p>株洲市进一步稳就业促创业若干措施</p>"
           "<p>一、支持企业稳岗扩岗</p><p>（一）发放一次性扩岗补助。按每招用1人1500元的标准发放一次性扩岗补助。"
           "根据<a href='/x'>《就业补助资金管理办法》</a>执行。（责任单位：市人社局）</p>")


def test_html_inline_links_and_spans_run_on_in_their_line_cells_a_tab_apart(tmp_path):
    """h326 F4: a saved page's breadcrumb of links, its info bar of spans and its facts table had been read a string a
    line (首页>政务公开> / 政策文件, 发文日期： / 2024-04-10文号：), the title lost; read as a browser copies them, a line
    per block, the furniture is dropped as in .txt and the title found. A link inside a paragraph stays in its line."""
    page = ("<html><body><div>当前位置：<a href='/'>首页</a>&gt;<a href='/a'>政务公开</a>&gt;<a href='/b'>政策文件</a></div>"
            "<table><tr><td>发布机构：</td><td>株洲市人民政府办公室</td><td>发文日期：</td><td>2024-04-10</td></tr>"
            "<tr><td>文号：</td><td>株政办发〔2024〕6号</td></tr></table>"
            f"<h1>{ZZ_TITLE}</h1><div><span>发布时间：2024-04-16 10:22</span> <span>来源：市政府办</span>"
            "<span>【字体：<a href='#'>大</a> <a href='#'>中</a> <a href='#'>小</a>】</span></div>"
            f"<div id='zoom'>\n{ZZ_BODY}\n</div></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    text = read_source(path).text
    assert "当前位置：首页>政务公开>政策文件\n" in text
    assert "文号：\t株政办发〔2024〕6号\n" in text
    assert "根据《就业补助资金管理办法》执行。" in text  # the link in the sentence: no line of its own
    (doc,) = parse_file(path)
    assert doc.title == ZZ_TITLE
    assert doc.doc_number.text == "株政办发〔2024〕6号"
    assert not [s.text for s in doc.segments if "来源" in s.text or "首页" in s.text]
