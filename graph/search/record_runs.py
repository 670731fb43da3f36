"""The records of the next index: new ones as dicts, those carried from the previous index as the
lines it wrote, one run of lines per document, parsed only when something asks for a record.

After a small ingest into a large store most records are carried. Parsed, digested and written
again they took 2 of the 5 s of adding ten files to a 1,000-file index; carried, a document's run
of lines is copied as bytes (checked against the checksum written with it), and its passages'
digests and dictionary words come from the previous index's meta (``runs``, ``passages``,
``dense_passages``). They are parsed only when words were added to the tokenizer's dictionary or
taken out, to see which passages hold one.
"""
from __future__ import annotations

import functools
import hashlib
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from .passages import dense_text, passage_head
from .records import RecordFile, dumps_line


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def tokenized_parts(record: dict) -> str:
    """A passage's head and text, told apart by the head's length: the tokenizer cuts them
    apart, so two passages of the same text (``passage_text``) but a heading line moved from
    the text to the head must not share tokens."""
    head = passage_head(record)
    return f"{len(head)}:{head}\n{record['text']}"


def record_words(record: dict) -> set[str]:
    """Words a record adds to the tokenizer: its unit names (as written and canonical) and 文号."""
    words = {u["name"] for u in record["units"]} | {u["canonical"] for u in record["units"]}
    words.add(record["doc_number"])
    return {w for w in words if w and len(w) >= 2}


@dataclass
class Run:
    """One document's records, one after the other: carried (``first``: the line of the previous
    index's records file it starts at) or new (``records``)."""
    document: str
    doc_key: str
    count: int
    words: list[str]
    first: int | None = None
    records: list[dict] | None = None
    checksum: int | None = None  # crc32 of its lines: a carried run's as checked, a new run's once written


class RecordRuns:
    """Records in index order (by document key, then position in the file), document by document."""

    def __init__(self, runs: list[Run], previous: RecordFile | None = None, meta: dict | None = None):
        self.runs = sorted(runs, key=lambda run: (run.doc_key, run.document))
        self.previous, self._meta = previous, meta or {}
        self._count = sum(run.count for run in self.runs)

    @classmethod
    def of(cls, records: list[dict]) -> RecordRuns:
        """Records read from the store, sorted in index order."""
        runs: dict[str, Run] = {}
        for r in records:
            run = runs.get(r["document"])
            if run is None:
                run = runs[r["document"]] = Run(r["document"], r["doc_key"], 0, [], records=[])
            run.records.append(r)
            run.count += 1
        for run in runs.values():
            run.words = sorted(set().union(*map(record_words, run.records)))
        return cls(list(runs.values()))

    @classmethod
    def carried(cls, previous: RecordFile, meta: dict, changed: set[str]) -> RecordRuns:
        """The previous index's runs except those of ``changed`` documents. ValueError (or
        KeyError, TypeError) when its meta does not describe its records file: a run not as
        ``run_meta`` writes it, or whose lines are not the bytes it was written with (a carried
        line is not parsed, so a damaged one would otherwise be copied on)."""
        runs, line, seen = [], 0, set()
        for document, doc_key, count, words, checksum in meta["runs"]:
            if not (isinstance(document, str) and isinstance(doc_key, str) and type(count) is int and count > 0
                    and isinstance(words, list) and all(isinstance(w, str) for w in words) and document not in seen):
                raise ValueError(f"the index's run of {document!r} is not one it writes")
            seen.add(document)
            if document not in changed:
                if zlib.crc32(previous.lines(line, line + count)) != checksum:
                    raise ValueError(f"the records of {document} are not those the index wrote")
                runs.append(Run(document, doc_key, count, words, first=line, checksum=checksum))
            line += count
        if line != len(previous):
            raise ValueError(f"the index's runs hold {line} records, its file {len(previous)}")
        return cls(runs, previous, meta)

    def with_new(self, records: list[dict]) -> RecordRuns:
        """These runs and those of ``records`` (read from the store)."""
        return RecordRuns(self.runs + RecordRuns.of(records).runs, self.previous, self._meta)

    def __len__(self) -> int:
        return self._count

    @functools.cached_property
    def _rows(self) -> tuple[list[int], list[int]]:
        """Each record's run (its number in ``runs``) and place in it, made once asked for (a ``with_new`` makes
        a second RecordRuns of the same runs): lists of ints from numpy (350k records: ~15 ms)."""
        counts = np.array([run.count for run in self.runs], dtype=np.int64)
        starts = np.cumsum(counts) - counts
        run_of = np.repeat(np.arange(len(counts)), counts)
        return run_of.tolist(), (np.arange(self._count) - starts[run_of]).tolist()

    def _row(self, i: int) -> tuple[Run, int]:
        run_of, at = self._rows
        return self.runs[run_of[i]], at[i]

    def record(self, i: int) -> dict:
        run, k = self._row(i)
        return run.records[k] if run.records is not None else self.previous[run.first + k]

    def __iter__(self) -> Iterator[dict]:
        return map(self.record, range(len(self)))

    def previous_row(self, i: int) -> int | None:
        """The line of the previous index that record ``i`` is, if it was carried."""
        run, k = self._row(i)
        return run.first + k if run.records is None else None

    def _carried_or(self, i: int, field: str, make) -> str:
        row = self.previous_row(i)
        return self._meta[field][row] if row is not None else digest(make(self.record(i)))

    def passage_digests(self) -> list[str]:
        """What a passage's tokens are reused by: its head and text, each as the tokenizer cuts it."""
        return [self._carried_or(i, "passages", tokenized_parts) for i in range(len(self))]

    def dense_digests(self) -> list[str]:
        return [self._carried_or(i, "dense_passages", dense_text) for i in range(len(self))]

    def dictionary(self) -> list[str]:
        """Words added to the tokenizer for this corpus: unit names and 文号."""
        return sorted(set().union(*(run.words for run in self.runs)))

    def run_meta(self) -> list[list]:
        """What ``carried`` reads back: each run's document, key, number of records, words and
        the checksum of its lines (after ``lines`` has written them)."""
        return [[run.document, run.doc_key, run.count, run.words, run.checksum] for run in self.runs]

    def lines(self) -> Iterator[bytes]:
        """The records file, run by run: a carried run's lines copied as they were written."""
        for run in self.runs:
            if run.records is None:
                yield self.previous.lines(run.first, run.first + run.count)
            else:
                written = b"".join(map(dumps_line, run.records))
                run.checksum = zlib.crc32(written)
                yield written
