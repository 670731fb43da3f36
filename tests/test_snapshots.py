"""A reader's snapshot keeps the files a writer's compaction removes (graph/snapshots.py)."""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import textwrap

import pytest
from policykg.graph.snapshots import open_snapshot, remove_stale_snapshots, snapshots_root

# Run apart, its memory bounded: on the store itself (``store`` as its second argument, no snapshot) the query below grows
# without end, and the process aborts at its memory limit.
READER_AFTER_COMPACTION = textwrap.dedent("""
    import sys
    import pyoxigraph as ox
    from pathlib import Path
    from policykg.graph.snapshots import open_snapshot
    from policykg.graph.sparql import open_read_only

    def quads(g0, g1):
        return "".join(f"<http://e/s{g}_{i}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://e/T{i % 3}> <http://e/g{g}> .\\n"
                       for g in range(g0, g1) for i in range(3000)).encode()

    path = Path(sys.argv[1])
    writer = ox.Store(str(path))
    for k in range(8):  # several loads: several table files for the compaction to merge and remove
        writer.bulk_load(quads(k * 10, k * 10 + 5), format=ox.RdfFormat.N_QUADS)
    writer.flush()
    reader = open_snapshot(path)[0] if sys.argv[2] == "snapshot" else open_read_only(path)
    writer.bulk_load(quads(100, 105), format=ox.RdfFormat.N_QUADS)
    writer.optimize()  # the compaction a write leaves behind: the reader's files are removed
    graphs = [ox.NamedNode(f"http://e/g{g}") for g in range(0, 80, 10)]
    query = ("SELECT ?a ?b WHERE { { SELECT (COUNT(DISTINCT ?d) AS ?a) WHERE { ?d a <http://e/T0> } } "
             "{ SELECT (COUNT(DISTINCT ?c) AS ?b) WHERE { ?c a <http://e/T1> } } }")
    (row,) = reader.query(query, default_graph=graphs)
    print(row["a"].value, row["b"].value)
""")


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (6 << 30, 6 << 30))


def test_a_reader_on_a_snapshot_answers_after_the_writer_compacted(tmp_path):
    """The reader opened before the writer's next write and compaction answers from its snapshot, the state it opened (on
    the store itself, the evaluator met the removed files without end: 24 GB, the suite's intermittent kill)."""
    result = subprocess.run([sys.executable, "-c", READER_AFTER_COMPACTION, str(tmp_path / "store"), "snapshot"],
                            capture_output=True, text=True, timeout=120, preexec_fn=_limit_memory)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["8000", "8000"]  # a third of the 3,000 subjects a class, in each of the 8 graphs asked


def test_a_snapshot_is_its_own_folder_and_a_gone_processs_snapshot_is_removed(tmp_path):
    import pyoxigraph as ox

    path = tmp_path / "store"
    writer = ox.Store(str(path))
    writer.update("INSERT DATA { GRAPH <http://e/g> { <http://e/s> <http://e/p> 1 } }")
    writer.flush()
    store, snapshot = open_snapshot(path)
    assert snapshot.parent == snapshots_root(path) and snapshot.name.startswith(f"{os.getpid()}-")
    assert len(store) == 1
    gone = snapshots_root(path) / "999999999-abc"
    gone.mkdir()
    remove_stale_snapshots(snapshots_root(path))
    assert not gone.exists() and snapshot.exists()  # (this process's stays while it reads it)


@pytest.mark.parametrize("read_only", [True])
def test_a_read_only_embedded_store_reads_a_snapshot_and_removes_it_on_close(tmp_path, read_only):
    from policykg.graph.store import EmbeddedStore

    writer = EmbeddedStore(tmp_path / "store")
    writer.update("INSERT DATA { GRAPH <http://e/g> { <http://e/s> <http://e/p> 1 } }")
    reader = EmbeddedStore(tmp_path / "store", read_only=read_only)
    (snapshot,) = snapshots_root(tmp_path / "store").iterdir()
    writer.update("INSERT DATA { GRAPH <http://e/g> { <http://e/s> <http://e/p> 2 } }")
    assert len(reader.select("SELECT ?o WHERE { GRAPH ?g { ?s <http://e/p> ?o } }")) == 1  # the state it opened
    reader.close()
    writer.close()
    assert not snapshot.exists()
