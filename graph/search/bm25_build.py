"""BM25 indexes built with array operations, saved and searched by bm25s.

bm25s builds its matrix document by document in Python (a ``Counter`` and a set intersection
per document): 1.3 s of a 331-file ingest, paid again on every ingest since the index covers all
clauses. Here the same matrix comes from one sort of (token, document) pairs, and the passage
and sentence indexes share one pass from tokens to ids. ``bm25_index`` returns a ``bm25s.BM25``
that bm25s saves, loads and scores as its own, with bm25s's scores (its default Lucene variant;
a test checks them against ``bm25s.BM25.index``, bit for bit under numpy 2's type promotion).
"""
from __future__ import annotations

from collections.abc import Sequence

import bm25s
import numpy as np

EMPTY_TOKEN = ""  # bm25s adds it to every vocabulary, past the matrix's last column


class Corpus:
    """Documents as one run of token ids and their lengths; ids from a vocabulary shared with
    other corpora (a column with no document in this one is simply empty)."""

    def __init__(self, vocabulary: dict[str, int]):
        self.vocabulary = vocabulary
        self.ids: list[int] = []
        self.lengths: list[int] = []

    def encode(self, tokens: Sequence[str]) -> list[int]:
        ids = self.vocabulary
        return [ids.setdefault(t, len(ids)) for t in tokens]

    def add(self, *parts: list[int]) -> None:
        """One document, the concatenation of ``parts``."""
        for part in parts:
            self.ids.extend(part)
        self.lengths.append(sum(map(len, parts)))


def bm25_index(corpus: Corpus, k1: float = 1.5, b: float = 0.75) -> bm25s.BM25:
    """A bm25s index of ``corpus`` (Lucene BM25 with bm25s's default parameters)."""
    n_docs, n_vocab = len(corpus.lengths), len(corpus.vocabulary)
    lengths = np.asarray(corpus.lengths, dtype=np.int64)
    tokens = np.asarray(corpus.ids, dtype=np.int64)
    rows = np.repeat(np.arange(n_docs, dtype=np.int64), lengths)
    # one key per (token, document), sorted: the order of a CSC matrix (by column, then row)
    pairs, tf = np.unique(tokens * max(n_docs, 1) + rows, return_counts=True)
    column, row = np.divmod(pairs, max(n_docs, 1))
    df = np.bincount(column, minlength=n_vocab)
    idf = np.log(1 + (n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)  # bm25s keeps idf as float32
    average = lengths.mean() if lengths.any() else 1.0
    tfc = tf / (k1 * ((1 - b) + b * lengths[row] / average) + tf)
    indptr = np.zeros(n_vocab + 1, dtype=np.int64)
    np.cumsum(df, out=indptr[1:])
    model = bm25s.BM25(k1=k1, b=b)
    model.scores = {"data": (idf[column].astype(np.float64) * tfc).astype(np.float32),
                    "indices": row.astype(np.int32), "indptr": indptr, "num_docs": n_docs}
    model.vocab_dict = {**corpus.vocabulary}
    model.vocab_dict.setdefault(EMPTY_TOKEN, n_vocab)
    model.unique_token_ids_set = set(model.vocab_dict.values())
    model.nonoccurrence_array = None
    return model
