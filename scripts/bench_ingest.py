"""Ingest speed without embeddings, on real documents: parse alone, then the project's own path.

    .venv/bin/python scripts/bench_ingest.py [--corpus ../shared/corpus-dev/docs] [--sizes 10,100,1000]

Prints documents/s (and per core) for parsing alone, serial, and for ``Workspace.ingest`` into a
fresh data folder at each size. Larger sizes are made from the real files as variants (a line
added at the end, so each text, its hash and its key differ): the time per document must stay
flat as the batch grows, because nothing per file touches the whole corpus. After each batch, 10
more files are ingested into the same store (the search projection then reads only their
documents), beside a full reindex of that store.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus-dev" / "docs"
EXTRA_FILES = 10  # added to the store after each batch: the cost of a small ingest into a large store


def make_variants(sources: list[Path], n: int, folder: Path) -> list[Path]:
    """``n`` files: the real ones first, then variants of them with one line added."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(n):
        src = sources[i % len(sources)]
        dest = folder / f"{i:05d}_{src.name}"
        if i < len(sources):
            shutil.copy(src, dest)
        else:
            text = src.read_text(encoding="utf-8")
            dest.write_text(text + f"\n本文件第{i}号变体，仅供测试。\n", encoding="utf-8")
        files.append(dest)
    return files


def bench_parse(files: list[Path]) -> None:
    from policykg.graph.workspace import parse_files

    start = time.perf_counter()
    parsed = parse_files(files, quiet=True, workers=1)
    seconds = time.perf_counter() - start
    docs = sum(len(p.documents) for p in parsed)
    failed = sum(1 for p in parsed if p.error)
    print(f"parse only, serial   : {len(files)} files, {docs} documents, {failed} failed, "
          f"{seconds:.2f} s, {docs / seconds:.1f} documents/s on 1 core")


def bench_ingest(files: list[Path], extra: list[Path], cores: int) -> None:
    """A batch into an empty folder, then ``extra`` files added to it (beside a full reindex)."""
    from policykg.graph.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(Path(tmp) / "data", dense=False)
        start = time.perf_counter()
        report = ws.ingest(files, quiet=True)
        seconds = time.perf_counter() - start
        stored = len(report.documents)
        start = time.perf_counter()
        added = len(ws.ingest(extra, quiet=True).documents)
        adding = time.perf_counter() - start
        start = time.perf_counter()
        ws.reindex(quiet=True)
        rebuild = time.perf_counter() - start
        ws.close()
    per_doc_ms = 1000 * seconds / max(1, stored)
    read = stored + len(report.duplicates)  # a duplicate is parsed and keyed like any document, then not stored
    print(f"ingest {len(files):>6} files: {stored} documents stored, {len(report.errors)} failed, "
          f"{len(report.duplicates)} duplicates, {seconds:.2f} s, {stored / seconds:.1f} documents/s "
          f"({stored / seconds / cores:.1f} per core, {cores} cores), {per_doc_ms:.1f} ms per document; "
          f"counting the duplicates read: {read / seconds:.1f} documents/s ({read / seconds / cores:.1f} per core)")
    print("   stages: " + ", ".join(f"{stage} {s:.2f} s" for stage, s in report.seconds.items()))
    print(f"   then {len(extra)} more files ({added} documents) into that store: {adding:.2f} s "
          f"(a full reindex of the store alone: {rebuild:.2f} s)")


def bench_store_write(files: list[Path]) -> None:
    """The store stage of one batch three ways, each into a fresh store: the project's (N-Quads
    text, loads side by side), the same text in one load, and ``Quad`` objects by ``bulk_extend``
    (this project's way before 2026-12-02); making the quads or the text is counted in each."""
    import gc

    from policykg.graph import store as store_module
    from policykg.graph.store import EmbeddedStore
    from policykg.graph.workspace import IngestReport, Workspace, parse_files

    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(Path(tmp) / "data", dense=False)
        parsed = [ws._named(p) for p in parse_files(files, quiet=True)]
        _, _, batch, _ = ws._keys_and_quads(parsed, IngestReport(), [], {}, {})
        ws.close()
        gc.freeze()  # as the ingest does: the parsed documents out of the collector's passes

        def project(store, loaders):
            store_module.BULK_LOADERS = loaders
            store._bulk_load(batch)

        ways = {f"text, {min(store_module.BULK_LOADERS, os.cpu_count() or 1)} loads side by side (the project's)":
                lambda s: project(s, store_module.BULK_LOADERS),
                "text, one load": lambda s: project(s, 1),
                "Quad objects, bulk_extend": lambda s: s._store.bulk_extend(list(batch.quads()))}
        for i, (name, write) in enumerate(ways.items()):
            store = EmbeddedStore(Path(tmp) / f"store{i}")
            start = time.perf_counter()
            write(store)
            store._store.flush()
            seconds = time.perf_counter() - start
            store.close()
            print(f"store write, {len(batch):,} quads of {len(files)} files, {name}: {seconds:.2f} s")
        gc.unfreeze()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default="10,100,1000", help="comma-separated batch sizes (files)")
    parser.add_argument("--store-write", type=int, metavar="FILES",
                        help="also the store write of a batch of FILES files, three ways side by side")
    args = parser.parse_args()
    sources = sorted(p for p in args.corpus.glob("*.txt"))
    if not sources:
        sys.exit(f"no .txt files in {args.corpus}")
    cores = os.cpu_count() or 1
    bench_parse(sources)
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            files = make_variants(sources, n + EXTRA_FILES, Path(tmp) / f"n{n}")
            bench_ingest(files[:n], files[n:], cores)
        if args.store_write:
            bench_store_write(make_variants(sources, args.store_write, Path(tmp) / "store-write"))


if __name__ == "__main__":
    main()
