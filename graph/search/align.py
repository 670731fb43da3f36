"""Offsets of a stored passage's characters in its source file.

Stored clause text is normalised (line breaks inside sentences, spaces inside numbers and page
markers removed), so an offset into it is not an offset into the file. Both are compared after
removing that noise; each kept character of the text is then mapped to its place in the file.
"""
from __future__ import annotations

import re

NOISE = re.compile(r"#\s*Page\s*\d+\s*:|\s+")


def _kept(text: str) -> tuple[str, list[int]]:
    """``text`` without noise, and each kept character's offset in ``text``."""
    chars, offsets, pos = [], [], 0
    for m in NOISE.finditer(text):
        chars.extend(text[pos:m.start()])
        offsets.extend(range(pos, m.start()))
        pos = m.end()
    chars.extend(text[pos:])
    offsets.extend(range(pos, len(text)))
    return "".join(chars), offsets


def source_ranges(text: str, source: str, base: int, ranges: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
    """For each ``[s, e)`` of ``text``, the range in the file (``source`` is the file's slice
    that begins at offset ``base``); None for every range when the two differ beyond noise."""
    flat_text, text_at = _kept(text)
    flat_source, source_at = _kept(source)
    if flat_text != flat_source:
        return [None] * len(ranges)
    kept_index = [0] * (len(text) + 1)  # text offset -> index of the first kept char at or after it
    j = len(text_at)
    for i in range(len(text), -1, -1):
        while j > 0 and text_at[j - 1] >= i:
            j -= 1
        kept_index[i] = j
    out: list[tuple[int, int] | None] = []
    for s, e in ranges:
        first, last = kept_index[s], kept_index[e] - 1
        if first > last:
            out.append(None)
            continue
        out.append((base + source_at[first], base + source_at[last] + 1))
    return out
