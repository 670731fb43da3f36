"""The extractor id's digest of a module leaves out what Python's tokenizer calls comments, exactly."""
from __future__ import annotations

import io
import tokenize
from pathlib import Path

import pytest
from policykg.graph import extractor


def _content_by_tokenizer(data: bytes) -> bytes:
    """The definition: each comment token cut from its line (the digest before ``COMMENT_OR_STRING``)."""
    lines = [line.decode("utf-8") for line in data.split(b"\n")]
    for tok in tokenize.tokenize(io.BytesIO(data).readline):
        if tok.type == tokenize.COMMENT:
            row, col = tok.start
            lines[row - 1] = lines[row - 1][:col]
    return "\n".join(line.rstrip() for line in lines if line.strip()).encode()


def test_every_digested_module_loses_exactly_the_tokenizers_comments():
    digested = _digested_paths()
    assert {"normalize.py", "units.py", "rdf.py", "namespaces.py"} <= {name for name, _ in digested}
    for name, path in digested:
        assert extractor._content(path) == _content_by_tokenizer(path.read_bytes()), name


def _digested_paths() -> list[tuple[str, Path]]:
    import policykg.ingest

    ingest = Path(policykg.ingest.__file__).parent
    paths = [p for p in sorted(ingest.rglob("*.py")) if extractor._digested(p, ingest)]
    paths += [Path(extractor.__file__).parent / name for name in extractor.GRAPH_MODULES]
    return [(p.name, p) for p in paths]


@pytest.mark.parametrize("source", [
    'x = "#not a comment"  # a comment\n',
    "x = '#' + \"'\"  # it's a comment with a quote\n",
    'doc = """a # in a docstring\n# still the docstring\n"""  # then a comment\n',
    "s = '''it's # inside\n'''\n# whole-line comment\ny = 1\n",
    'r = r"\\"#" # a raw string with an escaped quote\n',
    'e = "\\\\"  # a string ending in a backslash\n',
    'f = f"{x!r}#{y}"  # an f-string\n',
    "z = ('a'\n     '#b')  # implicit joining\n",
    "w = 1 \\\n    + 2  # a continued line\n",
    "    \n# only comments\n\n   # and blank lines\nv = '\\t#'\n",
    "a = 1  # c\r\nb = '#'  # d\r\n",  # Windows line ends
    "s = 'x\\\r\n# one'\r\n",  # a string continued past a Windows line end: its # is no comment
    "x = u'\\\r\n\t' #'\r\n",
])
def test_tricky_sources_lose_the_same_comments(source, tmp_path):
    module = tmp_path / "m.py"
    module.write_text(source, encoding="utf-8")
    assert extractor._content(module) == _content_by_tokenizer(source.encode())
