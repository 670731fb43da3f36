"""Which code made a stored document's graph, so that an upgrade reaches the files already stored.

The extractor id is a digest of the extraction code and its vocabularies (``policykg.ingest``) and
of the graph builder and its IRIs (``graph/rdf.py``, ``graph/namespaces.py``). Each stored
document carries it (``pol:extractor``). A file whose documents were made by other code is not
"unchanged" when it is ingested again, though its bytes are the same: it is parsed anew and its
documents are replaced (keeping their keys), so the better extraction of a new version reaches
what was stored by an old one.

Python modules are digested without their comments and blank lines (the comments Python's tokenizer
finds, the same on every Python version), so an edit to a comment does not make every stored file be parsed again;
hidden files (an editor's lock file) and dangling links are left out.
"""
from __future__ import annotations

import hashlib
import re
from functools import cache
from pathlib import Path

import policykg.ingest

GRAPH_MODULES = ("rdf.py", "namespaces.py")
DIGESTED_SUFFIXES = (".py", ".csv")


@cache
def extractor_id() -> str:
    """``sha256:`` and 16 hex digits over the code that turns a file into its quads."""
    digest = hashlib.sha256()
    for name, content in _extraction_files():
        digest.update(name.encode())
        digest.update(hashlib.sha256(content).digest())
    return f"sha256:{digest.hexdigest()[:16]}"


def _extraction_files() -> list[tuple[str, bytes]]:
    ingest = Path(policykg.ingest.__file__).parent
    here = Path(__file__).parent
    files = [p for p in sorted(ingest.rglob("*")) if _digested(p, ingest)]
    files += [here / name for name in GRAPH_MODULES]
    return [(p.relative_to(p.parent.parent).as_posix(), _content(p)) for p in files]


def _digested(path: Path, top: Path) -> bool:
    parts = path.relative_to(top).parts
    return (path.suffix in DIGESTED_SUFFIXES and path.is_file()  # a dangling link is no file
            and not any(part.startswith((".", "__pycache__")) for part in parts))


def _content(path: Path) -> bytes:
    """A module's text without its comments, trailing spaces and blank lines, or a data file's bytes."""
    data = path.read_bytes()
    if path.suffix != ".py":
        return data
    text = COMMENT_OR_STRING.sub(_string_kept, data.decode("utf-8"))
    return "\n".join(line.rstrip() for line in text.split("\n") if line.strip()).encode()


# In Python source a quote opens a string and # a comment, whichever comes first: a # inside a string is no
# comment, a quote inside a comment opens no string. The comments found so are those Python's tokenizer finds (a
# test compares them on every digested module); the tokenizer, pure Python here, took 0.4 s of every ingest's start.
COMMENT_OR_STRING = re.compile(
    r"(?P<comment>#[^\r\n]*)"
    r"|'''(?:[^\\]|\\.)*?'''" r'|"""(?:[^\\]|\\.)*?"""'  # triple-quoted: over lines
    r"|'(?:[^'\\\n]|\\(?:\r\n|.))*'" r'|"(?:[^"\\\n]|\\(?:\r\n|.))*"',  # (a backslash escapes the next character, in a raw
    # string too, or a line end: \r\n as one)
    re.S,
)


def _string_kept(match: re.Match) -> str:
    return "" if match.group("comment") else match.group()
