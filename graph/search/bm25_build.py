"""BM25 indexes built with array operations, saved and searched by bm25s.

bm25s builds its matrix document by document in Python (a ``Counter`` and a set intersection
per document): 1.3 s of a 331-file ingest, paid again on every ingest since the index covers all
clauses. Here the same matrix comes from scipy's conversion of (document, token) pairs, and the passage
and sentence indexes share one lookup from tokens to ids. ``bm25_index`` returns a ``bm25s.BM25``
that bm25s saves, loads and scores as its own, with bm25s's scores (its default Lucene variant;
a test checks them against ``bm25s.BM25.index``, bit for bit under numpy 2's type promotion).
"""
from __future__ import annotations

from dataclasses import dataclass

import bm25s
import numpy as np
from scipy import sparse

EMPTY_TOKEN = ""  # bm25s adds it to every vocabulary, past the matrix's last column
CHUNK_TOKENS = 1 << 22  # tokens whose (document, token) pairs are counted at a time: bounds the conversion's temporaries


@dataclass(frozen=True)
class Corpus:
    """Documents as one run of token ids (int32) and their lengths (int64); ids from a vocabulary
    shared with other corpora (a column with no document in this one is simply empty)."""

    vocabulary: dict[str, int]
    ids: np.ndarray
    lengths: np.ndarray

    @classmethod
    def of_arrays(cls, vocabulary: dict[str, int], ids: np.ndarray, lengths: np.ndarray) -> Corpus:
        """Held as they are when already of those types: no copy of a large corpus."""
        return cls(vocabulary, np.ascontiguousarray(ids, dtype=np.int32), np.ascontiguousarray(lengths, dtype=np.int64))

    def parts_with_head(self, head: np.ndarray, counts: np.ndarray, part_lengths: np.ndarray) -> Corpus:
        """A corpus of one document per part of each document here: document ``i`` has a head (its
        first ``head[i]`` tokens) followed by ``counts[i]`` parts, of ``part_lengths`` tokens (all
        parts, document after document); each new document is a head and one of its parts,
        gathered by numpy from the ids already here (looking the words up again took a second for
        a 1,000-file corpus)."""
        if not part_lengths.size:
            return Corpus.of_arrays(self.vocabulary, np.empty(0, np.int32), np.empty(0, np.int64))
        owner = np.repeat(np.arange(len(counts)), counts)
        doc_starts = _exclusive_cumsum(self.lengths)
        before = _exclusive_cumsum(part_lengths)  # tokens of all parts before each part
        first_part = np.cumsum(counts) - counts
        within = before - np.repeat(np.append(before, before[-1] + part_lengths[-1])[first_part], counts)
        range_starts = np.stack([doc_starts[owner], doc_starts[owner] + head[owner] + within], axis=1).ravel()
        range_lengths = np.stack([head[owner], part_lengths], axis=1).ravel()
        gather = np.repeat(range_starts - _exclusive_cumsum(range_lengths), range_lengths) + np.arange(range_lengths.sum())
        return Corpus.of_arrays(self.vocabulary, self.ids[gather], head[owner] + part_lengths)


def _exclusive_cumsum(values: np.ndarray) -> np.ndarray:
    return np.cumsum(values) - values


def _pairs(tokens: np.ndarray, lengths: np.ndarray, n_docs: int, n_vocab: int):
    """Per run of whole documents of about CHUNK_TOKENS tokens: how often each token occurs in
    each document, as a (document x token) matrix in compressed columns: the column pointers, the
    documents of each column ascending, and the counts. scipy sums the duplicate pairs while
    converting (a counting sort, in C): sorting the pairs with ``np.unique`` took three times as long."""
    ends = np.cumsum(lengths)
    first = 0
    while first < n_docs:
        begin = int(ends[first - 1]) if first else 0
        last = max(first + 1, int(np.searchsorted(ends, begin + CHUNK_TOKENS, side="right")))
        rows = np.repeat(np.arange(first, last, dtype=np.int32), lengths[first:last])
        columns = tokens[begin:int(ends[last - 1])]
        matrix = sparse.csc_matrix((np.ones(columns.size, dtype=np.int32), (rows, columns)), shape=(n_docs, n_vocab))
        matrix.sum_duplicates()  # also sorts each column's rows
        yield matrix.indptr.astype(np.int64), matrix.indices.astype(np.int32), matrix.data
        first = last


def bm25_index(corpus: Corpus, k1: float = 1.5, b: float = 0.75) -> bm25s.BM25:
    """A bm25s index of ``corpus`` (Lucene BM25 with bm25s's default parameters)."""
    n_docs, n_vocab = len(corpus.lengths), len(corpus.vocabulary)
    lengths, tokens = corpus.lengths, corpus.ids
    chunks = list(_pairs(tokens, lengths, n_docs, n_vocab))
    df = np.zeros(n_vocab, dtype=np.int64)
    for column_starts, _, _ in chunks:
        df += np.diff(column_starts)
    idf = np.log(1 + (n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)  # bm25s keeps idf as float32
    average = lengths.mean() if lengths.any() else 1.0
    indptr = np.zeros(n_vocab + 1, dtype=np.int64)
    np.cumsum(df, out=indptr[1:])
    data, indices = np.empty(int(indptr[-1]), dtype=np.float32), np.empty(int(indptr[-1]), dtype=np.int32)
    filled = indptr[:-1].copy()  # next free place in each column
    # each document's length term once, not once per (document, token): the same float64 operations on the same values
    length_term = k1 * ((1 - b) + b * lengths / average)
    idf64 = idf.astype(np.float64)
    # chunks come in document order, so each column's rows stay ascending: the CSC order bm25s writes
    for column_starts, row, tf in chunks:
        counts = np.diff(column_starts)
        tfc = tf / (length_term[row] + tf)
        scores = (idf64[np.repeat(np.arange(n_vocab), counts)] * tfc).astype(np.float32)
        if len(chunks) == 1:  # the only chunk fills every column in order
            data[:], indices[:] = scores, row
        else:
            where = np.repeat(filled - column_starts[:-1], counts) + np.arange(row.size)  # each column's run placed after the earlier chunks'
            data[where], indices[where] = scores, row
        filled += counts
    model = bm25s.BM25(k1=k1, b=b)
    model.scores = {"data": data, "indices": indices, "indptr": indptr, "num_docs": n_docs}
    model.vocab_dict = {**corpus.vocabulary}
    model.vocab_dict.setdefault(EMPTY_TOKEN, n_vocab)
    model.unique_token_ids_set = set(model.vocab_dict.values())
    model.nonoccurrence_array = None
    return model
