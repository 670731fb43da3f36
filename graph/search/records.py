"""The index's records, read from ``records.jsonl`` one at a time instead of held as dicts.

A search returns ten hits; every other record is needed only once, when the index is opened, to
build the filter columns. Held as Python dicts, 100,000 records took most of a serving process's
memory. Here the file is scanned once through a memory map whose pages are given back, and a
record is read with ``pread`` and parsed when asked for: read through the map instead, every
record a hit had ever shown stayed in the server's resident memory (10 → 112 MiB after 3,000
distinct queries at 100k clauses); read with ``pread`` it stays in the kernel's page cache.
"""
from __future__ import annotations

import json
import mmap
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import orjson

SCAN_WINDOW = 64 << 20  # bytes; a multiple of the page size
JSON_WRITTEN = b" "  # begins a line json wrote (orjson never begins one with a space; JSON allows it)


def dumps(value) -> bytes:
    """JSON as UTF-8 (as ``json.dumps(ensure_ascii=False)``), by orjson, or json for what orjson refuses (an integer
    past 64 bits): the index's meta and columns files."""
    try:
        return orjson.dumps(value)
    except TypeError:
        return json.dumps(value, ensure_ascii=False).encode("utf-8")


def dumps_line(value) -> bytes:
    """One JSON line, UTF-8 (as ``json.dumps(ensure_ascii=False)``), by orjson: a fifth of json's
    time. A line break inside a string is written escaped, so the line is one object."""
    try:
        return orjson.dumps(value) + b"\n"
    except TypeError:  # what orjson refuses (an integer past 64 bits) json writes, and marks
        return JSON_WRITTEN + json.dumps(value, ensure_ascii=False).encode("utf-8") + b"\n"


def loads_line(line: bytes):
    """One JSON line: by orjson, except a line json wrote (``dumps_line``): only such a line can
    hold an integer past 64 bits, which orjson would read as a float. Looking for 19 digits in
    every line instead took more than half the time of opening an index."""
    return json.loads(line) if line[:1] == JSON_WRITTEN else orjson.loads(line)


class RecordFile(Sequence):
    """One JSON object per line; ``records[i]`` parses line i (a fresh dict: callers may keep it)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._file = self.path.open("rb")  # kept open: a replaced index folder stays readable
        size = self._file.seek(0, 2)
        self._map = mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        ends = self._line_ends(size)
        if size and (not ends.size or ends[-1] != size - 1):
            ends = np.append(ends, size)  # a last line without its newline
        self._starts = np.concatenate(([0], ends[:-1] + 1)).astype(np.int64) if ends.size else ends
        self._ends = ends

    def _line_ends(self, size: int) -> np.ndarray:
        """Offsets of every newline, found window by window: each window's pages are given back
        before the next is read, so opening a 2 GB file does not hold 2 GB."""
        found = []
        for start in range(0, size, SCAN_WINDOW):
            length = min(SCAN_WINDOW, size - start)
            window = np.frombuffer(self._map, dtype=np.uint8, count=length, offset=start)
            found.append(np.flatnonzero(window == ord("\n")).astype(np.int64) + start)
            del window
            self._map.madvise(mmap.MADV_DONTNEED, start, length)
        return np.concatenate(found) if found else np.empty(0, np.int64)

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(f"record {i} of {len(self)}")
        start, end = int(self._starts[i]), int(self._ends[i])
        return loads_line(os.pread(self._file.fileno(), end - start, start))

    def lines(self, first: int, last: int) -> bytes:
        """Lines ``first`` to ``last`` (excluded) as written, each with its newline."""
        start, end = int(self._starts[first]), int(self._ends[last - 1])
        return os.pread(self._file.fileno(), end - start, start) + b"\n"

    def drop_pages(self) -> None:
        """Give back the pages read so far (after the pass that builds the filter columns): they
        stay in the page cache, out of this process's resident memory, and are read again on use."""
        if isinstance(self._map, mmap.mmap):
            self._map.madvise(mmap.MADV_DONTNEED)

    def close(self) -> None:
        if isinstance(self._map, mmap.mmap):
            self._map.close()
        self._file.close()

    def __del__(self):
        try:
            self.close()
        except (AttributeError, BufferError, OSError):  # half-built, or a view of the map still alive
            pass

    def __iter__(self) -> Iterator[dict]:
        for start, end in zip(self._starts.tolist(), self._ends.tolist()):
            yield loads_line(self._map[start:end])
