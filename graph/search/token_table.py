"""The BM25 tokens of every passage, as arrays of word ids, kept in the index for the next build.

A passage's tokens are its head's (context line and headings) and then each sentence's. Here all
passages' tokens lie one after the other in ``ids`` (int32, ids into ``words``), the length of
each part (the head, then each sentence) in ``parts``, and each passage's number of parts in
``part_counts``. The next build takes the rows of unchanged passages from these arrays and looks
words up only for new passages: kept as JSON lines of words, a 1,000-file index's 4.2 million
tokens were read and looked up word by word again on every ingest (4 of the 8.5 s it took to add
ten files to it).
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import chain
from pathlib import Path

import numpy as np

FOLDER = "tokens"
ARRAYS = ("ids", "parts", "part_counts")


@dataclass(frozen=True)
class TokenTable:
    words: list[str]
    ids: np.ndarray  # int32: every passage's tokens, one passage after the other
    parts: np.ndarray  # int64: tokens in each part (a passage's head, then each of its sentences)
    part_counts: np.ndarray  # int64: parts of each passage (1 + its sentences)

    @classmethod
    def from_passages(cls, passages: Sequence[dict[str, list]], words: Sequence[str] = ()) -> TokenTable:
        """From ``{"head": tokens, "sentences": [tokens, ...]}`` per passage. ``words``: a
        vocabulary to extend (its ids kept); a new word's id is given by first occurrence."""
        vocabulary = {word: i for i, word in enumerate(words)}
        for word in dict.fromkeys(_words_of(passages)):  # distinct words in one pass in C, then only those looked at here
            vocabulary.setdefault(word, len(vocabulary))
        parts = np.fromiter(chain.from_iterable((len(p["head"]), *map(len, p["sentences"])) for p in passages), dtype=np.int64)
        counts = np.fromiter((1 + len(p["sentences"]) for p in passages), dtype=np.int64, count=len(passages))
        ids = np.fromiter(map(vocabulary.__getitem__, _words_of(passages)), dtype=np.int32, count=int(parts.sum()))
        return cls(list(vocabulary), ids, parts, counts)

    def __len__(self) -> int:
        return len(self.part_counts)

    def sentence_counts(self) -> np.ndarray:
        return self.part_counts - 1

    def heads(self) -> np.ndarray:
        """Tokens in each passage's head."""
        return self.parts[self._first_parts()]

    def sentence_lengths(self) -> np.ndarray:
        """Tokens in each sentence, passage after passage (the heads left out)."""
        keep = np.ones(len(self.parts), dtype=bool)
        keep[self._first_parts()] = False
        return self.parts[keep]

    def passage_lengths(self) -> np.ndarray:
        """Tokens in each passage (its head and all its sentences)."""
        return np.add.reduceat(self.parts, self._first_parts()) if len(self) else np.empty(0, np.int64)

    def passage(self, i: int) -> dict[str, list]:
        """Passage ``i`` in words, as ``from_passages`` takes it."""
        first = int(self._first_parts()[i])
        lengths = self.parts[first:first + int(self.part_counts[i])].tolist()
        start = int(self._passage_starts[i])
        words = [self.words[t] for t in self.ids[start:start + sum(lengths)].tolist()]
        ends = np.cumsum(lengths).tolist()
        return {"head": words[:ends[0]], "sentences": [words[s:e] for s, e in zip(ends, ends[1:])]}

    def take(self, rows: Sequence[int]) -> TokenTable:
        """The passages ``rows`` (in that order; one may come more than once), same vocabulary."""
        rows = np.asarray(rows, dtype=np.int64)
        lengths = self.passage_lengths()
        ids = _gather(self.ids, _starts(lengths)[rows], lengths[rows])
        parts = _gather(self.parts, self._first_parts()[rows], self.part_counts[rows])
        return TokenTable(self.words, ids, parts, np.array(self.part_counts[rows], dtype=np.int64))

    def then(self, other: TokenTable) -> TokenTable:
        """This table's passages, then ``other``'s, whose vocabulary extends this one's."""
        if other.words[:len(self.words)] != self.words:
            raise ValueError("the second table's vocabulary does not extend the first's")
        return TokenTable(other.words, np.concatenate([self.ids, other.ids]), np.concatenate([self.parts, other.parts]),
                          np.concatenate([self.part_counts, other.part_counts]))

    def compacted(self) -> TokenTable:
        """Words no passage holds any more left out (the others keep their order)."""
        used = np.bincount(self.ids, minlength=len(self.words)) > 0
        if used.all():
            return self
        new_id = (np.cumsum(used) - 1).astype(np.int32)
        words = [w for w, u in zip(self.words, used.tolist()) if u]
        return TokenTable(words, new_id[self.ids], self.parts, self.part_counts)

    def _first_parts(self) -> np.ndarray:
        return _starts(self.part_counts)

    @cached_property
    def _passage_starts(self) -> np.ndarray:
        return _starts(self.passage_lengths())

    def save(self, folder: Path) -> None:
        folder = Path(folder) / FOLDER
        folder.mkdir()
        (folder / "words.json").write_text(json.dumps(self.words, ensure_ascii=False), encoding="utf-8")
        for name in ARRAYS:
            np.save(folder / f"{name}.npy", getattr(self, name))

    @classmethod
    def load(cls, folder: Path) -> TokenTable:
        """The table saved in ``folder``; ValueError (or OSError) when it is missing, cut short or
        does not hold together."""
        folder = Path(folder) / FOLDER
        words = json.loads((folder / "words.json").read_text(encoding="utf-8"))
        ids, parts, counts = (np.load(folder / f"{name}.npy", mmap_mode="r") for name in ARRAYS)
        if not (isinstance(words, list) and all(isinstance(w, str) for w in words) and len(set(words)) == len(words)
                and ids.dtype == np.int32 and parts.dtype == counts.dtype == np.int64
                and int(counts.sum()) == len(parts) and int(parts.sum()) == len(ids) and (counts > 0).all() and (parts >= 0).all()
                and (not ids.size or 0 <= int(ids.min()) and int(ids.max()) < len(words))):
            raise ValueError(f"the token arrays in {folder} do not hold together")
        return cls(words, ids, parts, counts)


def _starts(lengths: np.ndarray) -> np.ndarray:
    return np.cumsum(lengths) - lengths


def _gather(values: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """``values[starts[0]:starts[0]+lengths[0]]``, then the next range, … as one array. Ranges
    that follow each other in ``values`` are copied as one slice: the rows a build carries come in
    long runs, and an index per token (int64, with its temporaries) took 24 bytes a token."""
    if not len(starts):
        return np.empty(0, dtype=values.dtype)
    ends = starts + lengths
    joins = np.flatnonzero(starts[1:] != ends[:-1]) + 1  # where a range does not begin where the last ended
    firsts, lasts = np.concatenate(([0], joins)), np.concatenate((joins, [len(starts)])) - 1
    out = [values[s:e] for s, e in zip(starts[firsts].tolist(), ends[lasts].tolist())]
    return np.concatenate(out) if out else np.empty(0, dtype=values.dtype)


def _words_of(passages: Iterable[dict[str, list]]) -> Iterable[str]:
    """Every token of the passages in order: each one's head, then its sentences."""
    return chain.from_iterable(chain(p["head"], *p["sentences"]) for p in passages)
