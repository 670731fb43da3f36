"""A bm25s index scored by reading its query words' columns: rare words' with ``pread``.

bm25s opened with ``mmap=True`` reads a query's columns through the memory map, and every page a
query has touched stays in the server's resident memory: at 100k clauses the two BM25 matrices
(165 MiB) filled in as distinct questions came, and RSS passed 600 MB after 2,000 of them. Most
of a matrix is rare words' short columns, each read by few queries: those are read with ``pread``
and stay in the kernel's page cache, shared and reclaimable, as ``RecordFile`` does for records.
A common word's long column (over ``MAPPED_COLUMN_BYTES``) is read by many queries and is costly
to copy (8 MB at 1M clauses): it is read through the memory map, where its pages stay, bounded
by the few such columns (33 MiB of them at 100k clauses). The index is still bm25s's own folder,
loaded by bm25s; the scores are bm25s's to the bit (the same float32 sums in the same order;
tested).
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

import bm25s
import numpy as np

from ..errors import IndexUnavailable

MAPPED_COLUMN_BYTES = 512 << 10  # data and row ids of one column; longer ones are read through the map


class _Column:
    """One array of a saved bm25s matrix, read by ranges of rows from its ``.npy`` file."""

    def __init__(self, mapped: np.ndarray):
        self.dtype = mapped.dtype
        self.size = mapped.shape[0]
        self._offset = int(getattr(mapped, "offset", 0))
        # numpy refused to map a file shorter than its header says, so every row is there
        self._file = open(mapped.filename, "rb")  # noqa: SIM115 - kept open: a replaced index stays readable
        self._buffer = np.empty(0, dtype=self.dtype)  # grows to the longest column read

    def read(self, start: int, end: int) -> np.ndarray:
        """Rows ``start:end``, into a buffer kept for the next read (a fresh one per read cost as
        much again in page faults); it grows to the longest short column, at most
        ``MAPPED_COLUMN_BYTES``. The view is valid until the next read."""
        if self._buffer.size < end - start:
            self._buffer = np.empty(max(end - start, 2 * self._buffer.size), dtype=self.dtype)
        view = self._buffer[: end - start]
        if os.preadv(self._file.fileno(), [view], self._offset + start * self.dtype.itemsize) != view.nbytes:
            raise self._cut_short()
        return view

    def check_rows(self, end: int) -> None:
        """Raise if the file no longer holds rows up to ``end``: read through the map, a file cut
        short while open would kill the process (SIGBUS) instead of failing one query."""
        if os.fstat(self._file.fileno()).st_size < self._offset + end * self.dtype.itemsize:
            raise self._cut_short()

    def _cut_short(self) -> IndexUnavailable:
        return IndexUnavailable(f"{self._file.name} was cut short while open: run `policykg reindex`")

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
        self._reading = threading.Lock()
        if self.indptr.size and self.indptr[-1] > min(self._data.size, self._indices.size):
            self.close()
            raise IndexUnavailable(f"BM25 index in {folder} is incomplete: run `policykg reindex`")
        self._mapped_data, self._mapped_indices = scores["data"], scores["indices"]  # for long columns
        self._row_bytes = self._data.dtype.itemsize + self._indices.dtype.itemsize

    def get_scores(self, tokens: list[str]) -> np.ndarray:
        """BM25 score of every document for ``tokens`` (a repeated token counts again, as in bm25s)."""
        scores = np.zeros(self.num_docs, dtype=self._dtype)
        with self._reading:  # one query at a time uses the columns' buffers (~1 ms at 100k clauses)
            for token in tokens:
                column = self.vocab_dict.get(token)
                if column is None or column + 1 >= self.indptr.size:
                    continue
                start, end = int(self.indptr[column]), int(self.indptr[column + 1])
                if end <= start:
                    continue
                if (end - start) * self._row_bytes > MAPPED_COLUMN_BYTES:
                    self._indices.check_rows(end)
                    self._data.check_rows(end)
                    rows, values = self._mapped_indices[start:end], self._mapped_data[start:end]
                else:
                    rows, values = self._indices.read(start, end), self._data.read(start, end)
                scores[rows] += values  # a column's rows are distinct: as bm25s's np.add.at adds
        return scores

    def close(self) -> None:
        self._data.close()
        self._indices.close()
        self._mapped_data = self._mapped_indices = None

    def __del__(self):
        try:
            self.close()
        except AttributeError:  # half-built
            pass
