"""How passage vectors are kept and scored: float16 rows, inner products by numkong's SIMD kernels.

Why float16: at 100k clauses float32 vectors are 147 MiB of a server's memory, half of it for
precision the ranking does not use (a score moves by at most ~2e-4; measured on the dev
questions, the figures are unchanged). numpy has no fast float16 product (100 ms at 100k), but
numkong's (a usearch dependency) takes ~2.7 ms, about what numpy's float32 product takes (2.4–3.3 ms
across runs here).
"""
from __future__ import annotations

import numkong
import numpy as np

DTYPE = np.float16


def stored(vectors: np.ndarray) -> np.ndarray:
    """Vectors as they are written to and read from an index folder."""
    return np.ascontiguousarray(vectors, dtype=DTYPE)


def scores(vectors: np.ndarray, q: np.ndarray) -> np.ndarray:
    """The inner product of every row of ``vectors`` with the query ``q``, as float32."""
    if len(vectors) == 0:
        return np.zeros(0, dtype=np.float32)
    rows = np.ascontiguousarray(vectors, dtype=DTYPE)
    return np.asarray(numkong.dot(rows, np.ascontiguousarray(q, dtype=DTYPE), out_dtype="float32"))


def score(vector: np.ndarray, q: np.ndarray) -> float:
    """One row's product, as ``scores`` computes it (the query rounded to float16 too)."""
    return float(scores(vector.reshape(1, -1), q)[0])
