"""A bm25s index scored by reading only its query words' columns, with ``pread``.

bm25s opened with ``mmap=True`` reads a query's columns through the memory map, and every page a
query has touched stays in the server's resident memory: at 100k clauses the two BM25 matrices
(165 MiB) filled in as distinct questions came, and RSS passed 600 MB after 2,000 of them. Read
with ``pread`` the columns stay in the kernel's page cache, shared and reclaimable, as
``RecordFile`` does for records. The index is still bm25s's own folder, loaded by bm25s; the
scores are bm25s's to the bit (the same float32 sums in the same order; tested).
"""
from __future__ import annotations

import os
from pathlib import Path

import bm25s
import numpy as np

from ..errors import IndexUnavailable


class _Column:
    """One array of a saved bm25s matrix, read by ranges of rows from its ``.npy`` file."""

    def __init__(self, mapped: np.ndarray):
        self.dtype = mapped.dtype
        self.size = mapped.shape[0]
        self._offset = int(getattr(mapped, "offset", 0))
        # numpy refused to map a file shorter than its header says, so every row is there
        self._file = open(mapped.filename, "rb")  # noqa: SIM115 - kept open: a replaced index stays readable

    def read(self, start: int, end: int) -> np.ndarray:
        width = self.dtype.itemsize
        return np.frombuffer(os.pread(self._file.fileno(), (end - start) * width, self._offset + start * width), self.dtype)

    def close(self) -> None:
        self._file.close()


class PostingIndex:
    """``get_scores(tokens)`` as ``bm25s.BM25.get_scores``, from a folder ``bm25s`` saved."""

    def __init__(self, folder: Path):
        model = bm25s.BM25.load(folder, mmap=True, show_progress=False)
        scores = model.scores
        if not all(isinstance(scores[name], np.memmap) for name in ("data", "indices")):
            raise IndexUnavailable(f"BM25 index in {folder} is not in bm25s's .npy format: run `policykg reindex`")
        self.vocab_dict: dict[str, int] = model.vocab_dict
        self.num_docs = int(scores["num_docs"])
        self.indptr = np.array(scores["indptr"], dtype=np.int64)  # one entry per word: small, kept in memory
        self._dtype = np.dtype(model.dtype)
        self._data, self._indices = _Column(scores["data"]), _Column(scores["indices"])
        if self.indptr.size and self.indptr[-1] > min(self._data.size, self._indices.size):
            self.close()
            raise IndexUnavailable(f"BM25 index in {folder} is incomplete: run `policykg reindex`")
        del model, scores  # drop the maps: nothing below reads through them

    def get_scores(self, tokens: list[str]) -> np.ndarray:
        """BM25 score of every document for ``tokens`` (a repeated token counts again, as in bm25s)."""
        scores = np.zeros(self.num_docs, dtype=self._dtype)
        for token in tokens:
            column = self.vocab_dict.get(token)
            if column is None or column + 1 >= self.indptr.size:
                continue
            start, end = int(self.indptr[column]), int(self.indptr[column + 1])
            if end > start:  # a column's rows are distinct, so this adds as bm25s's np.add.at does
                scores[self._indices.read(start, end)] += self._data.read(start, end)
        return scores

    def close(self) -> None:
        self._data.close()
        self._indices.close()

    def __del__(self):
        try:
            self.close()
        except AttributeError:  # half-built
            pass
