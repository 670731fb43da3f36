"""Read a source file into text: plain text (UTF-8, GB18030/GBK), HTML or .docx.

Offsets of every extracted value refer to the text returned here. For plain text that is the
file decoded; for HTML and .docx it is the document's text as extracted (one line a paragraph).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .errors import UnreadableFileError

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DOCX_SUFFIXES = {".docx"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES


@dataclass(frozen=True)
class SourceText:
    path: str
    text: str
    sha256: str
    encoding: str


def read_source(path: str | Path) -> SourceText:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(str(path), f"cannot read file: {exc.strerror or exc}") from exc
    if not raw.strip():
        raise UnreadableFileError(str(path), "file is empty")
    digest = hashlib.sha256(raw).hexdigest()
    suffix = path.suffix.lower()
    if suffix in DOCX_SUFFIXES:
        return SourceText(str(path), _docx_text(path, raw), digest, "docx")
    if _looks_binary(raw):
        raise UnreadableFileError(str(path), "file looks binary (control bytes), not text")
    text, encoding = _decode(path, raw)
    if suffix in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        text = _html_text(text)
    return SourceText(str(path), text, digest, encoding)


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control > len(sample) * 0.01


def _decode(path: Path, raw: bytes) -> tuple[str, str]:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            last = exc
    line = raw[: last.start].count(b"\n") + 1
    raise UnreadableFileError(
        str(path), f"not valid UTF-8 or GB18030 text (byte offset {last.start})", line=line
    )


def _html_text(html: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "head"]):
        tag.decompose()
    return soup.get_text("\n")


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
