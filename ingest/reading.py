"""Read a source file into text: plain text (UTF-8, GB18030/GBK), HTML, .docx or PDF.

Offsets of every extracted value refer to the text returned here. For plain text that is the
file decoded; for HTML and .docx it is the document's text as extracted (one line a paragraph);
for a PDF it is the text layer of each page after a page marker line ``# Page N:``, the form
that text copied out of PDFs already has, so the rest of ingest treats both alike. In every
case look-alike ideographs a PDF's fonts produce (⼈ for 人) are read as the ordinary ones, one
character for one, so offsets are the same in the file's own text.
"""
from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .charforms import plain_ideographs
from .errors import UnreadableFileError

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DOCX_SUFFIXES = {".docx"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES | PDF_SUFFIXES
PDF_MAGIC = b"%PDF-"
# Control characters a PDF text layer may hold (soft hyphens as \x02, form feeds …), not text.
PDF_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")


@dataclass(frozen=True)
class SourceText:
    path: str
    text: str
    sha256: str
    encoding: str


def source_digest(raw: bytes) -> str:
    """A source file's identity as stored (``pol:sourceSha256``): the SHA-256 of its bytes."""
    return hashlib.sha256(raw).hexdigest()


def read_source(path: str | Path) -> SourceText:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(str(path), f"cannot read file: {exc.strerror or exc}") from exc
    if not raw.strip():
        raise UnreadableFileError(str(path), "file is empty")
    digest = source_digest(raw)
    suffix = path.suffix.lower()
    text, encoding = _text(path, raw, suffix)
    return SourceText(str(path), _without_format_characters(plain_ideographs(text)), digest, encoding)


# Soft hyphens, zero-width spaces and joiners, a BOM inside the text (web pages, word processors): a
# space each, so that offsets stay and every reader of lines (tables, compilation headings) sees
# what the normaliser does, a space between ideographs that is no part of the text
FORMAT_CHARACTER = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def _without_format_characters(text: str) -> str:
    return FORMAT_CHARACTER.sub(" ", text) if FORMAT_CHARACTER.search(text) else text


def _text(path: Path, raw: bytes, suffix: str) -> tuple[str, str]:
    """The file's text and how it was read (its encoding, or docx / pdf)."""
    if suffix in DOCX_SUFFIXES:
        return _docx_text(path, raw), "docx"
    if suffix in PDF_SUFFIXES or raw.startswith(PDF_MAGIC):
        return _pdf_text(path, raw), "pdf"
    wide = _wide_unicode(raw)
    if wide is None and _looks_binary(raw):
        raise UnreadableFileError(str(path), "file looks binary (control bytes), not text")
    text, encoding = wide or _decode(path, raw)
    if suffix in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        text = _html_text(text)
    return text, encoding


CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)  # not tab, line breaks, form feed


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    if b"\x00" in sample:
        return True
    control = len(sample) - len(sample.translate(None, CONTROL_BYTES))  # counted in C, not byte by byte in Python
    return control > len(sample) * 0.01


# Text saved as UTF-16 or UTF-32 (Windows Notepad's "Unicode") opens with its byte-order mark; its zero bytes are no
# binary file's (UTF-32's marks first: UTF-32 LE's opens with UTF-16 LE's)
UNICODE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                (codecs.BOM_UTF16_BE, "utf-16"))


PRINTABLE_SHARE = 0.95  # of a UTF-16 or UTF-32 text's first characters, printable or spacing: else the mark was chance


def _wide_unicode(raw: bytes) -> tuple[str, str] | None:
    """The text of a file saved as UTF-16 or UTF-32 with its byte-order mark, or None (no mark, or bytes that decode to
    no text: other bytes may open with the same two)."""
    encoding = next((name for bom, name in UNICODE_BOMS if raw.startswith(bom)), None)
    if encoding is None:
        return None
    text = raw.decode(encoding, errors="replace")  # (a stray last byte or a lone surrogate: one character lost, not the file)
    sample = text[:2000]
    readable = sum(1 for ch in sample if ch.isprintable() or ch.isspace())  # (the ideographic space indents: a review)
    return (text, encoding) if sample and readable >= PRINTABLE_SHARE * len(sample) else None


def _decode(path: Path, raw: bytes) -> tuple[str, str]:
    failures = []
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            failures.append(exc)
    # the bad bytes where the encoding that read furthest stopped: the file's own, most likely (a new user: a UTF-8
    # file's bad bytes on line 4 had been reported on line 1, where GB18030 had given up)
    # (utf-8-sig counts from after its byte-order mark: the offset in the file is 3 more, a review)
    starts = [failures[0].start + (len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0), failures[1].start]
    at = max(starts)
    name = "UTF-8" if at == starts[0] else "GB18030"
    line = raw[:at].count(b"\n") + 1
    raise UnreadableFileError(str(path), f"not valid UTF-8 or GB18030 text (read as {name}, bad bytes at byte offset {at})", line=line)


# A page's text as a browser shows it and a copy gives it: a line per block (paragraph, heading, row, list item, <br>),
# inline elements (links, spans) run on within their line, a row's cells a tab apart (h326 F4: every string had been a
# line of its own, so a breadcrumb of links, 当前位置：<a>首页</a>&gt;<a>政务公开</a>…, and an info bar of spans,
# <span>来源：…</span>【字体：<a>大</a>…】, were cut into pieces the furniture rules do not know, the title lost)
HTML_BLOCKS = frozenset("address article aside blockquote body br center dd div dl dt figcaption figure footer form h1 h2 h3 h4 "
                        "h5 h6 header hr html li main nav ol p pre section table tbody tfoot thead title tr ul".split())
HTML_CELLS = frozenset(("td", "th"))
HTML_SPACE = re.compile(r"[ \t\r\n\f]+")  # (not the ideographic space or &nbsp;: a paragraph's own indent)


def _html_text(html: str) -> str:
    from bs4 import BeautifulSoup
    from bs4.element import Comment, NavigableString, Tag

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "head"]):
        tag.decompose()
    parts: list[str] = []

    def walk(node, pre: bool) -> None:
        for child in node.children:
            if isinstance(child, Comment) or not isinstance(child, (NavigableString, Tag)):
                continue
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # (not a doctype, CDATA or processing instruction)
                    parts.append(str(child) if pre else HTML_SPACE.sub(" ", str(child)))
                continue
            name = child.name.lower()
            if name in HTML_CELLS:
                walk(child, pre)
                parts.append("\t")
            elif name in HTML_BLOCKS:
                parts.append("\n")
                walk(child, pre or name == "pre")
                parts.append("\n")
            else:
                walk(child, pre)

    walk(soup, False)
    lines = (line.strip(" ").rstrip("\t").strip(" ") for line in "".join(parts).split("\n"))
    return "\n".join(lines)


def _docx_text(path: Path, raw: bytes) -> str:
    import io
    import zipfile

    try:
        import docx
    except ImportError as exc:  # pragma: no cover - dependency is declared
        raise UnreadableFileError(str(path), "reading .docx needs python-docx") from exc
    try:
        document = docx.Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnreadableFileError(str(path), f"not a valid .docx file: {exc}") from exc
    return "\n".join(p.text for p in document.paragraphs)


def _pdf_text(path: Path, raw: bytes) -> str:
    """The text layer of every page, each after a ``# Page N:`` line."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as exc:
        raise UnreadableFileError(str(path), f"not a readable PDF file: {exc}") from exc
    pages = []
    try:
        for number, page in enumerate(pdf, start=1):
            textpage = page.get_textpage()
            text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
            textpage.close()
            page.close()
            pages.append(f"# Page {number}:\n{PDF_CONTROL.sub('', text)}\n")
    except pdfium.PdfiumError as exc:
        raise UnreadableFileError(str(path), f"cannot read page {len(pages) + 1} of the PDF: {exc}") from exc
    finally:
        pdf.close()
    text = "".join(pages)
    if not text.replace("# Page", "").strip(" \n:0123456789"):
        raise UnreadableFileError(str(path), "the PDF has no text layer (a scan?); run OCR on it first")
    return text
