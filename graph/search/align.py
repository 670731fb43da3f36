"""Offsets of a stored passage's characters in its source file.

Stored clause text is normalised (line breaks inside sentences, spaces inside numbers and page
markers removed), so an offset into it is not an offset into the file. Both are compared after
removing that noise; each kept character of the text is then mapped to its place in the file.
"""
from __future__ import annotations

import re

import numpy as np

NOISE = re.compile(r"#\s*Page\s*\d+\s*:|\s+")


def _kept(text: str) -> tuple[str, np.ndarray]:
    """``text`` without noise, and each kept character's offset in ``text``."""
    keep = np.ones(len(text), dtype=bool)
    for m in NOISE.finditer(text):
        keep[m.start():m.end()] = False
    return NOISE.sub("", text), np.flatnonzero(keep)


def source_ranges(text: str, source: str, base: int, ranges: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
    """For each ``[s, e)`` of ``text``, the range in the file (``source`` is the file's slice
    that begins at offset ``base``); None for every range when the two differ beyond noise."""
    flat_text, text_at = _kept(text)
    flat_source, source_at = (flat_text, text_at) if source == text else _kept(source)
    if flat_text != flat_source:
        return [None] * len(ranges)
    if not ranges:
        return []
    bounds = np.asarray(ranges, dtype=np.int64)
    # index of the first kept character at or after s, and of the last one before e
    first = np.searchsorted(text_at, bounds[:, 0])
    last = np.searchsorted(text_at, bounds[:, 1]) - 1
    found = first <= last
    starts = (base + source_at[first[found]]).tolist()
    ends = (base + 1 + source_at[last[found]]).tolist()
    spans = iter(zip(starts, ends))
    return [next(spans) if ok else None for ok in found.tolist()]
