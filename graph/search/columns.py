"""What opening an index needs of its records besides the records: the filter columns
(``Facets``), which records are clauses, and each record's number of sentences.

The build saves them beside ``records.jsonl`` so that a server reopening the index after each
ingest does not parse every record again. After a small ingest into a large store most records
are carried from the previous index as lines (``record_runs.py``); their columns are then carried
from the previous index's saved ones too (``gathered``), and only the new records are parsed:
scanning every record had grown with the store (0.5 s of adding ten files to 1,000).
"""
from __future__ import annotations

import functools
import logging
import os
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import orjson

from .facets import Facets
from .record_runs import RecordRuns, digest
from .records import RecordFile, dumps

log = logging.getLogger(__name__)
COLUMNS = ("columns.json", "columns.npz")


@dataclass(frozen=True)
class Columns:
    facets: Facets
    is_clause: np.ndarray  # bool, one per record
    sentence_counts: np.ndarray  # int64, one per record

    @property
    def clauses(self) -> int:
        return int(self.is_clause.sum())


def scan(records: Iterable[dict]) -> Columns:
    """One pass over the records (which may be a stream). A record file then gives back the pages
    it read."""
    sentence_counts: list[int] = []
    is_clause: list[bool] = []

    def counted(stream):
        for r in stream:
            sentence_counts.append(len(r["sentences"]))
            is_clause.append(r["kind"] == "clause")
            yield r

    facets = Facets(counted(records))
    if isinstance(records, RecordFile):
        records.drop_pages()
    return Columns(facets, np.array(is_clause, dtype=bool), np.array(sentence_counts, dtype=np.int64))


def gathered(parts: Sequence[tuple[Columns, int, int]]) -> Columns:
    """The columns of records made of runs of other records, in order: each part ``(columns,
    first row, count)``. The same as ``scan`` over those records."""
    def joined(name: str) -> np.ndarray:
        pieces = [getattr(columns, name)[first:first + count] for columns, first, count in parts]
        return np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int64)

    facets = Facets.gathered([(columns.facets, first, count) for columns, first, count in parts])
    return Columns(facets, joined("is_clause").astype(bool), joined("sentence_counts").astype(np.int64))


def carried(previous: Path, runs: RecordRuns) -> Columns | None:
    """The columns of ``runs`` (the next index's records): those of its carried runs taken from
    the previous index's saved columns in ``previous``, its new runs scanned. None when nothing is
    carried or the saved columns are unusable (the written records are then scanned)."""
    if runs.previous is None or all(run.records is not None for run in runs.runs):
        return None
    try:
        old = _saved(previous, runs.previous)
    except Exception as exc:  # noqa: BLE001 - whatever is wrong with them, the scan is the answer
        log.info("the saved filter columns of %s are not carried (%s): scanning the records", previous, exc)
        return None
    new_records = [r for run in runs.runs if run.records is not None for r in run.records]
    new = scan(new_records)
    parts, at = [], 0
    for run in runs.runs:
        if run.records is None:
            parts.append((old, run.first, run.count))
        else:
            parts.append((new, at, run.count))
            at += run.count
    return gathered(parts)


def save(folder: Path, columns: Columns | None = None, written: tuple[int, int] | None = None) -> Columns:
    """Save the columns of the records written in ``folder``: ``columns`` when the caller has them
    (``carried``), else a scan of the records; ``written``: the crc32 and the number of lines of
    the records as the caller wrote them, else read back. Returns the columns saved."""
    if columns is None or written is None:
        records = RecordFile(folder / "records.jsonl")
        try:
            columns = scan(records) if columns is None else columns
            written = written or (_crc32(records), len(records))
        finally:
            records.close()
    checksum, lines = written
    if len(columns.sentence_counts) != lines:
        raise ValueError(f"columns of {len(columns.sentence_counts)} records for {lines} written")
    fields, arrays = columns.facets.saved()
    np.savez(folder / COLUMNS[1], sentence_counts=columns.sentence_counts, is_clause=columns.is_clause, **arrays)
    made_from = {"code": _code(), "count": len(columns.sentence_counts), "records_crc32": checksum}
    (folder / COLUMNS[0]).write_bytes(dumps({**made_from, "clauses": columns.clauses, **fields}))
    return columns


def opened(directory: Path, records: Sequence[dict]) -> Columns:
    """The saved columns, when made by this code from the very ``records.jsonl`` open here (its
    crc32: the scan they replace was also what found a damaged line); else a scan of the records
    (an index written before columns were saved, other code, a changed file, damaged columns)."""
    if not isinstance(records, RecordFile) or not (directory / COLUMNS[0]).exists():
        return scan(records)
    try:
        return _saved(directory, records)
    except Exception as exc:  # noqa: BLE001 - whatever is wrong with them, the scan is the answer
        log.warning("the saved filter columns of %s are unusable (%s): scanning the records", directory, exc)
    return scan(records)


def _saved(directory: Path, records: RecordFile) -> Columns:
    fields = orjson.loads((directory / COLUMNS[0]).read_bytes())
    if not isinstance(fields, dict) or fields.get("code") != _code():
        raise ValueError("saved by other code")
    if fields.get("records_crc32") != _crc32(records):
        raise ValueError("records.jsonl changed since they were saved")
    with np.load(directory / COLUMNS[1], allow_pickle=False) as arrays:
        counts, is_clause, size = arrays["sentence_counts"], arrays["is_clause"], len(records)
        if fields["count"] != size or counts.shape != (size,) or counts.dtype.kind != "i" or (size and counts.min() < 0):
            raise ValueError("sentence counts saved for other records")
        if is_clause.shape != (size,) or is_clause.dtype != bool or fields["clauses"] != int(is_clause.sum()):
            raise ValueError("clauses saved for other records")
        return Columns(Facets.restored(fields, arrays, size), is_clause, counts)


def _crc32(records: RecordFile) -> int:
    """The crc32 of the file a record file has open (not of whatever is at its path now: a writer
    may have swapped the folder since), a few MB at a time (~40 ms at 1,000 files' records)."""
    checksum, offset, fd = 0, 0, records._file.fileno()
    while chunk := os.pread(fd, 1 << 23, offset):
        checksum, offset = zlib.crc32(chunk, checksum), offset + len(chunk)
    return checksum


@functools.cache
def _code() -> str:
    """A digest of the code that gathers the columns: saved ones are used only by the same code."""
    here = Path(__file__).parent
    return digest("".join((here / name).read_text(encoding="utf-8") for name in ("facets.py", "columns.py")))
