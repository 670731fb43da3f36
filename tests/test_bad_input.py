"""Bad input: a clear error naming the file; the other files ingested; nothing stored is lost."""
import pytest
from conftest import CORPUS, write
from policykg.graph.workspace import Workspace
from policykg.ingest.errors import IngestError
from policykg.ingest.pipeline import parse_file

GOOD = "关于做好就业工作的通知\n一、落实就业见习补贴。（市人社局负责）\n二、加强组织领导。（市财政局负责）\n"


@pytest.mark.parametrize("name,content,message", [
    ("empty.txt", b"", "empty"),
    ("binary.txt", bytes(range(256)) * 10, "binary"),
    ("latin.txt", "Plain English text about nothing in particular, repeated. ".encode() * 20, "no Chinese policy text"),
    ("bad.txt", b"\xff\xfe\xfa" * 50 + "政策".encode("utf-8"), "not valid UTF-8 or GB18030"),
])
def test_bad_files_raise_an_error_naming_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError) as info:
        parse_file(path)
    assert str(path) in str(info.value) and message in str(info.value)


def test_a_utf8_files_bad_bytes_are_reported_on_their_line(tmp_path):
    """A UTF-8 file with bad bytes on line 4: the error names line 4 and their offset (a new user: line 1, where the
    GB18030 fallback had given up)."""
    text = GOOD.encode("utf-8") + "三、优化服务。".encode("utf-8") + b"\xff\xfe" + "（市政务服务中心负责）\n".encode("utf-8")
    path = tmp_path / "mixed.txt"
    path.write_bytes(text)
    with pytest.raises(IngestError) as info:
        parse_file(path)
    at = len(GOOD.encode("utf-8") + "三、优化服务。".encode("utf-8"))
    assert f"{path}:4:" in str(info.value) and f"byte offset {at}" in str(info.value) and "UTF-8" in str(info.value)
    path.write_bytes(b"\xef\xbb\xbf" + text)  # with a byte-order mark: offsets in the file still (a review: 3 short)
    with pytest.raises(IngestError) as info:
        parse_file(path)
    assert f"{path}:4:" in str(info.value) and f"byte offset {at + 3}" in str(info.value)


def test_a_utf16_file_indented_with_ideographic_spaces_is_read(tmp_path):
    """U+3000 indenting each line (common in Chinese text) is spacing, not an unreadable character (a review: refused
    as binary over 5% of the opening characters)."""
    text = "".join("\u3000\u3000" + line + "\n" for line in GOOD.splitlines())
    path = tmp_path / "indented.txt"
    path.write_bytes(text.encode("utf-16"))
    (doc,) = parse_file(path)
    assert [c.path for c in doc.clauses] == ["1", "2"]


def test_gb18030_file_is_read(tmp_path):
    (doc,) = parse_file(write(tmp_path, "gbk.txt", GOOD, encoding="gb18030"))
    assert [c.path for c in doc.clauses] == ["1", "2"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_a_file_saved_as_utf16_or_utf32_with_its_mark_reads_as_its_utf8_twin(tmp_path, encoding):
    """Windows Notepad's "Unicode" (UTF-16 with a byte-order mark) had been refused as binary (its zero bytes)."""
    import codecs

    mark = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(mark + GOOD.encode(encoding))
    (doc,) = parse_file(path)
    (twin,) = parse_file(write(tmp_path, "utf8.txt", GOOD))
    assert (doc.title, doc.doc_number, [(c.path, c.text, c.span) for c in doc.clauses]) == (
        twin.title, twin.doc_number, [(c.path, c.text, c.span) for c in twin.clauses])
    odd = tmp_path / "odd.txt"
    odd.write_bytes(mark + GOOD.encode(encoding) + b"\n")  # a stray byte after the text (a review): read all the same
    assert [c.text for c in parse_file(odd)[0].clauses] == [c.text for c in twin.clauses]
    without_mark = tmp_path / "no_mark.txt"
    without_mark.write_bytes(GOOD.encode("utf-16-le"))  # no mark: zero bytes, said to be binary as before
    with pytest.raises(IngestError, match="binary"):
        parse_file(without_mark)


def test_bad_file_among_good_ones_keeps_what_was_stored(tmp_path):
    ws = Workspace(tmp_path / "data", search=False)
    ws.ingest([CORPUS / "004_30de0d34d7d57a20.txt"], quiet=True)
    before = ws.stats()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    write(tmp_path / "in", "good.txt", GOOD)
    report = ws.ingest([tmp_path / "in"], quiet=True)
    assert len(report.errors) == 1 and "empty.txt" in report.errors[0]
    assert len(report.documents) == 1
    after = ws.stats()
    assert after["documents"] == before["documents"] + 1
    assert after["clauses"] == before["clauses"] + 2
    ws.close()


def test_failed_update_leaves_the_old_graph(tmp_path):
    from policykg.graph.errors import QueryError

    ws = Workspace(tmp_path / "data", search=False)
    ws.ingest([CORPUS / "004_30de0d34d7d57a20.txt"], quiet=True)
    before = ws.store.triple_count()
    graph = str(ws.iris.graph("pingzhengfa-2019-1-620800"))
    with pytest.raises(QueryError):  # the drop is part of an update that fails as a whole
        ws.store.update(f"DROP GRAPH <{graph}> ; INSERT DATA {{ GRAPH <{graph}> {{ <x> <y> }} }}")
    assert ws.store.triple_count() == before
    ws.close()


def test_html_and_docx_files_are_read(tmp_path):
    import docx

    html = "<html><head><title>x</title><style>p{}</style></head><body>" + "".join(f"<p>{line}</p>" for line in GOOD.splitlines()) + "</body></html>"
    (from_html,) = parse_file(write(tmp_path, "notice.html", html))
    document = docx.Document()
    for line in GOOD.splitlines():
        document.add_paragraph(line)
    document.save(tmp_path / "notice.docx")
    (from_docx,) = parse_file(tmp_path / "notice.docx")
    for doc in (from_html, from_docx):
        assert doc.title == "关于做好就业工作的通知"
        assert [(c.path, [u.name for u in c.units]) for c in doc.clauses] == [("1", ["市人社局"]), ("2", ["市财政局"])]


def test_corrupt_docx_names_the_file(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(IngestError) as info:
        parse_file(path)
    assert "broken.docx" in str(info.value) and "docx" in str(info.value)
