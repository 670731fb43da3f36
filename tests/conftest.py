"""Shared fixtures: the real corpus ingested once per session (BM25-only and hybrid)."""
from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The documents the tests pin figures on: the three seed files of corpus/ (links to them), so
# that corpus/ can hold many more documents for the demo without changing what tests measure.
CORPUS = ROOT / "tests" / "data" / "seeds"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def workspace(tmp_path_factory):
    """The three seed files ingested into an embedded store, BM25-only search."""
    from policykg.graph.workspace import Workspace

    ws = Workspace(tmp_path_factory.mktemp("data"), dense=False)
    report = ws.ingest([CORPUS], quiet=True)
    assert not report.errors, report.errors
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def hybrid_workspace(tmp_path_factory):
    """The corpus with dense vectors from the bundled model (built once into the model cache)."""
    from policykg.graph.workspace import Workspace

    ws = Workspace(tmp_path_factory.mktemp("hybrid"))
    ws.ingest([CORPUS], quiet=True)
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def documents():
    from policykg.ingest.pipeline import parse_file

    docs = {}
    for f in sorted(CORPUS.glob("*.txt")):
        for d in parse_file(f):
            docs[d.key] = d
    return docs


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def parse_text(tmp_path: Path, text: str, name: str = "document.txt"):
    """The one document parsed from ``text`` written to a file."""
    from policykg.ingest.pipeline import parse_file

    (document,) = parse_file(write(tmp_path, name, text))
    return document


@pytest.fixture
def oxigraph_binary() -> str:
    path = shutil.which("oxigraph") or str(Path(os.sys.executable).parent / "oxigraph")
    if not Path(path).exists():
        pytest.fail("the oxigraph server (PyPI package oxigraph) is not installed; install the test extras")
    return path
