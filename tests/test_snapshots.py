"""A reader's snapshot keeps the files a writer's compaction removes (graph/snapshots.py)."""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import textwrap
from pathlib import Path

from policykg.graph.snapshots import LOCK_SUFFIX, open_snapshot, remove_stale_snapshots, snapshots_root

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


def _one_triple_store(path):
    import pyoxigraph as ox

    writer = ox.Store(str(path))
    writer.update("INSERT DATA { GRAPH <http://e/g> { <http://e/s> <http://e/p> 1 } }")
    writer.flush()
    return writer


def test_a_snapshot_nobody_holds_is_removed_and_one_held_stays(tmp_path):
    """A reader's snapshot is locked while it reads it: another reader removes a snapshot whose reader was killed (its lock
    free), never one in use (a review: a process's id, read in another PID namespace, had removed a live one)."""
    path = tmp_path / "store"
    _one_triple_store(path)
    store, held = open_snapshot(path)
    killed_store, killed = open_snapshot(path)
    os.close(killed.lock)  # as if its process had died: the kernel lets go of the lock
    remove_stale_snapshots(snapshots_root(path))
    assert held.folder.exists() and len(store) == 1
    assert not killed.folder.exists() and not Path(str(killed.folder) + LOCK_SUFFIX).exists()
    held.remove()
    assert not held.folder.exists()


def test_where_no_snapshot_can_be_made_the_reader_reads_the_store_itself(tmp_path, monkeypatch, caplog):
    """A data folder the reader may not write to (a review: an existing snapshots folder made the reader fail to open): a
    warning, and the store read as before."""
    import policykg.graph.snapshots as snapshots

    path = tmp_path / "store"
    _one_triple_store(path)

    def refused(*args):
        raise PermissionError("Permission denied")
    monkeypatch.setattr(snapshots, "_snapshot", refused)
    store, snapshot = open_snapshot(path)
    assert snapshot is None and len(store) == 1 and "reading the store itself" in caplog.text


def test_a_read_only_embedded_store_and_its_query_worker_read_its_snapshot_until_it_closes(tmp_path):
    """The in-process reads and the outside queries' worker both answer from the state the reader opened, after the writer
    wrote again; a snapshot made again after a lost file retargets the worker; closing removes them all."""
    from policykg.graph.store import EmbeddedStore

    writer = EmbeddedStore(tmp_path / "store")
    writer.update("INSERT DATA { GRAPH <http://e/g> { <http://e/s> <http://e/p> 1 } }")
    reader = EmbeddedStore(tmp_path / "store", read_only=True)
    first = reader.query_path
    assert first.parent == snapshots_root(tmp_path / "store")
    writer.update("INSERT DATA { GRAPH <http://e/g> { <http://e/s> <http://e/p> 2 } }")
    query = "SELECT ?o WHERE { GRAPH ?g { ?s <http://e/p> ?o } }"
    assert len(reader.select(query)) == 1  # the state it opened
    payload, _ = reader.query_bytes(query, "application/sparql-results+json", timeout=30)
    assert payload.count(b'"value"') == 1  # the worker too
    lost = iter([True])

    def read_once_lost():
        if next(lost, False):
            raise OSError("No such file or directory: 000042.sst")
        return reader._store.query(query)
    assert len(list(reader._reading(read_once_lost))) == 2  # a new snapshot, of the state now
    assert reader.query_path != first and reader._worker.store_path == str(reader.query_path)
    payload, _ = reader.query_bytes(query, "application/sparql-results+json", timeout=30)
    assert payload.count(b'"value"') == 2
    reader.close()
    writer.close()
    assert not list(snapshots_root(tmp_path / "store").iterdir())


def test_what_a_killed_reader_left_without_a_lock_is_removed_and_a_lock_being_taken_is_not(tmp_path):
    """A checkpoint cut off (<id>.tmp) or a folder of an older layout, no lock beside it: removed; a lock still being taken
    (<id>.locking, its reader alive) and another reader's checkpoint in progress stay (a review: such folders were kept for
    ever, pinning compacted files)."""
    root = tmp_path / "store-snapshots"
    root.mkdir()
    for name in ("dead.tmp", "12345-olderlayout", "alive.tmp", "taking"):
        (root / name).mkdir()
    (root / "alive.lock").write_text("")
    held = os.open(str(root / "alive.lock"), os.O_RDONLY)
    import fcntl
    fcntl.flock(held, fcntl.LOCK_EX)
    (root / "taking.locking").write_text("")
    remove_stale_snapshots(root)
    assert sorted(p.name for p in root.iterdir()) == ["alive.lock", "alive.tmp", "taking", "taking.locking"]
    os.close(held)


def test_a_closed_reader_that_lost_a_file_raises_instead_of_leaving_a_new_snapshot(tmp_path):
    import pytest
    from policykg.graph.errors import StoreError
    from policykg.graph.store import EmbeddedStore

    _one_triple_store(tmp_path / "store")
    reader = EmbeddedStore(tmp_path / "store", read_only=True)
    reader.close()

    def lost():
        raise OSError("No such file or directory: 000042.sst")
    with pytest.raises(StoreError):
        reader._reading(lost)
    assert not list(snapshots_root(tmp_path / "store").iterdir())
