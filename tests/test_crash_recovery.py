"""kill -9 at several points of an ingest, then one more ingest: the store and the index must
agree exactly with a clean ingest of the same files.

The ingest runs in a subprocess that kills itself (signal 9) at a named point
(``POLICYKG_TEST_CRASH_AT``, read by ``graph.store.crash_point``). The search projection is
the real one (BM25 only, so no model is loaded).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT
from policykg.graph.store import CRASH_HOOK, STATE_GRAPH

SEEDS = sorted(CORPUS.glob("*.txt"))
TESTS = Path(__file__).resolve().parent
QUADS = f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{STATE_GRAPH}>) }}"
MERGED = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"  # the default graph: the merge of the documents' graphs
CLAUSES = "SELECT ?c ?t WHERE { ?c a pol:Clause ; pol:text ?t }"
INGEST = """
import os, sys
sys.path.insert(0, {tests!r})
import policykg.graph.store as store
from policykg.graph.workspace import Workspace
store.BULK_QUADS = int(os.environ.get("TEST_BULK_QUADS", store.BULK_QUADS))
ws = Workspace(sys.argv[1], dense=False)
report = ws.ingest(sys.argv[2:], quiet=True)
ws.close()
sys.exit(1 if report.errors else 0)
"""


def ingest(data: Path, files: list[Path], crash_at: str | None = None, bulk: bool = False) -> int:
    env = {k: v for k, v in os.environ.items() if k != CRASH_HOOK}
    if bulk:
        env["TEST_BULK_QUADS"] = "0"  # the non-transactional bulk loader for every batch
    if crash_at:
        env[CRASH_HOOK] = crash_at
    script = INGEST.format(tests=str(TESTS))
    done = subprocess.run([sys.executable, "-c", script, str(data), *map(str, files)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    return done.returncode


def snapshot(data: Path) -> tuple[set, set, list, str]:
    """(quads outside the state graph, clauses, index records, index stamp == store state)."""
    from policykg.graph.workspace import Workspace

    ws = Workspace(data, dense=False, read_only=True)
    quads = {tuple(r.get(k) for k in ("s", "p", "o", "g")) for r in ws.select(QUADS)}
    merged = {tuple(r.get(k) for k in ("s", "p", "o")) for r in ws.select(MERGED)}
    assert merged == {q[:3] for q in quads}  # (the batch's triples are loaded into the merge beside their graphs)
    clauses = {(r["c"], r["t"]) for r in ws.select(CLAUSES)}
    index = ws.search_index
    records = sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in index.records) if index is not None else None
    current = index is not None and index.stamp == ws.store_state()
    ws.close()
    return quads, clauses, records, current


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, list[Path]]:
    """A first version of the corpus and a second one where one file was edited and one added."""
    folder = tmp_path_factory.mktemp("files")
    for f in SEEDS:
        shutil.copy(f, folder / f.name)
    first = sorted(folder.iterdir())[:2]
    edited = first[0]
    second_text = edited.read_text(encoding="utf-8").replace("。", "；", 1)
    second = sorted(folder.iterdir())
    return {"first": first, "second": second, "edited": [edited], "edited_text": [second_text]}


@pytest.fixture(scope="module")
def clean(files, tmp_path_factory):
    data = tmp_path_factory.mktemp("clean") / "data"  # beside no source file, as the other stores (sources.py)
    edited, = files["edited"]
    original = edited.read_text(encoding="utf-8")
    edited.write_text(files["edited_text"][0], encoding="utf-8")
    try:
        assert ingest(data, files["second"]) == 0
        return snapshot(data)
    finally:
        edited.write_text(original, encoding="utf-8")


@pytest.mark.parametrize("point,bulk", [("before-store", False), ("between-drop-and-add", False), ("before-commit", False),
                                        ("before-commit", True), ("half-added", True),
                                        ("before-index", False)])
def test_kill_during_an_ingest_is_repaired_by_the_next(point, bulk, files, clean, tmp_path):
    edited, = files["edited"]
    original = edited.read_text(encoding="utf-8")
    data = tmp_path / "data"
    assert ingest(data, files["first"]) == 0
    edited.write_text(files["edited_text"][0], encoding="utf-8")  # a changed file: its documents are replaced
    try:
        assert ingest(data, files["second"], crash_at=point, bulk=bulk) == -9  # killed where asked
        assert ingest(data, files["second"]) == 0
        quads, clauses, records, current = snapshot(data)
    finally:
        edited.write_text(original, encoding="utf-8")
    clean_quads, clean_clauses, clean_records, clean_current = clean
    assert clean_current and current
    assert clauses == clean_clauses
    assert records == clean_records
    assert {c for c, _ in clean_clauses} <= {json.loads(r)["clause"] for r in clean_records}
    assert quads == clean_quads
