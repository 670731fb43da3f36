"""Approximate nearest neighbours (HNSW, usearch) for large indexes.

Below ``ANN_THRESHOLD`` records an exact product ``V @ q`` is nearly as fast and exact (measured
at 100k × 384: exact 6.2 ms, HNSW 4.5 ms with recall@10 0.88, ``scripts/bench_search.py``); at
1M exact search costs 60-100 ms and the graph pays. The graph is
built with the projection and stored beside the vectors; opening maps it without copying.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

ANN_THRESHOLD = 200_000
ANN_FILE = "vectors.usearch"


def _usearch_index():
    """usearch's ``Index``. onnxruntime, when installed, is imported first: importing it after
    usearch crashes the process (SIGSEGV; usearch 2.26.6 with onnxruntime 1.32.0, measured
    here), and a server opens its index before it loads the model."""
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        pass
    from usearch.index import Index

    return Index


ADD_ROWS = 65_536  # vectors converted to float32 and added at a time: no float32 copy of them all (1.5 GB at 1M)


def build_ann(vectors: np.ndarray, path: Path) -> None:
    Index = _usearch_index()
    index = Index(ndim=vectors.shape[1], metric="ip", dtype="f32", connectivity=16, expansion_add=128, expansion_search=128)
    for start in range(0, len(vectors), ADD_ROWS):
        rows = np.ascontiguousarray(vectors[start:start + ADD_ROWS], dtype=np.float32)
        index.add(np.arange(start, start + len(rows), dtype=np.uint64), rows)
    index.save(str(path))


def open_ann(path: Path):
    if not path.exists():
        return None
    return _usearch_index().restore(str(path), view=True)


def ann_search(ann, q: np.ndarray, mask: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray] | None:
    """The top ``n`` among ``mask`` from the graph, or None when the filter leaves too few in its
    reach (the caller then scores exactly)."""
    wanted = min(len(mask), n * 4)
    matches = ann.search(q, wanted)
    keys = np.asarray(matches.keys, dtype=np.int64)
    scores = 1.0 - np.asarray(matches.distances, dtype=np.float32)
    keep = mask[keys]
    if keep.sum() < min(n, int(mask.sum())):
        return None
    return keys[keep][:n], scores[keep][:n]
