"""Offsets of a stored passage's characters in its source file.

Stored clause text is normalised (line breaks inside sentences, spaces inside numbers and page
markers removed, ``(`` made ``（``), so an offset into it is not an offset into the file. Both are
compared after removing that noise and folding character forms together; each kept character of
the text is then mapped to its place in the file. Where the file holds more than the text (a page
number, a running head, a character repeated across a page break), the two are walked side by
side and the extra skipped.
"""
from __future__ import annotations

import re
from bisect import bisect_left

import numpy as np
from policykg.ingest.charforms import COMPARISON_FOLD, comparison_form

PAGE_MARK = re.compile(r"#\s*Page\s*\d+\s*:")
NOISE = re.compile(PAGE_MARK.pattern + r"|\s+")
# whether ``\s`` matches a code point (``str.isspace``; none above U+3000), looked up by numpy
IS_SPACE = np.array([chr(cp).isspace() for cp in range(0x3001)] + [False], dtype=bool)
# ``comparison_form`` as a table of code points (one character for one; every character it changes
# is below U+10000), for a whole file's text: the regular expression's call per changed character
# (every ，) was most of flattening a file
FOLDED = np.arange(0x10000, dtype=np.uint32)
FOLDED[list(COMPARISON_FOLD)] = [ord(c) for c in COMPARISON_FOLD.values()]


RESYNC_PROBES = (8, 4, 2, 1)  # characters of the text looked for in the file after a difference
RESYNC_WINDOW = 200  # how far ahead in the file (a page number and a running head fit)
# What a table row's text adds to its cells (tables.py): the row number in brackets, a column's
# name as a label, the brackets and semicolons around them; a range is also looked for without them
# (in comparison form: half-width brackets and punctuation)
ADDED_WORDS = re.compile(r"^\(\d{1,3}\)|^\(?[\u4e00-\u9fff]{2,6}:|[);]+$")
WALKS_FROM_PROBES = 20  # places a range looked for alone is walked from (each walk reads the rest of the file)


def _kept(text: str) -> tuple[str, np.ndarray]:
    """``text`` without noise and in comparison form, and each kept character's offset in ``text``."""
    flat, at = _noise_free(text)
    return comparison_form(flat), at


def _noise_free(text: str) -> tuple[str, np.ndarray]:
    """``text`` without noise, and each kept character's offset in ``text``."""
    if not NOISE.search(text):  # most stored texts: no line break, space or page mark left
        return text, np.arange(len(text))
    # a whole file holds thousands of spaces and line breaks: marked by numpy, not match by match
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    keep = ~IS_SPACE[np.minimum(codes, len(IS_SPACE) - 1)]
    for m in PAGE_MARK.finditer(text):
        keep[m.start():m.end()] = False
    at = np.flatnonzero(keep)
    return codes[at].tobytes().decode("utf-32-le"), at


def _folded(text: str) -> str:
    """``comparison_form(text)`` by a table lookup per character (for a whole file)."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    return np.where(codes < len(FOLDED), FOLDED[np.minimum(codes, len(FOLDED) - 1)], codes).tobytes().decode("utf-32-le")


def _walk(flat_text: str, flat_source: str) -> np.ndarray | None:
    """For each character of ``flat_text`` its index in ``flat_source``, or None unless the source
    holds every one of them in order. What the source holds and the text lacks is skipped by
    finding the text's next characters a little further on."""
    at: list[int] = []
    j = 0
    for i, ch in enumerate(flat_text):
        if j >= len(flat_source):
            return None
        if ch != flat_source[j]:
            j = _resync(flat_text, i, flat_source, j)
            if j < 0:
                return None  # a character of the text the file does not hold: another text
        at.append(j)
        j += 1
    return np.asarray(at, dtype=np.int64)


def _earliest(flat_text: str, flat_source: str) -> np.ndarray | None:
    """The plain way when the walk's guesses lead it astray (insertions a few characters apart):
    each character of the text at its earliest place after the one before, or None unless the
    file holds them all in order."""
    at: list[int] = []
    j = 0
    for ch in flat_text:
        j = flat_source.find(ch, j)
        if j < 0:
            return None
        at.append(j)
        j += 1
    return np.asarray(at, dtype=np.int64)


def _resync(flat_text: str, i: int, flat_source: str, j: int) -> int:
    """Where in the file, a little after ``j``, the text's characters from ``i`` go on: the
    longest run of them found (the file may add more within the run), -1 if none. A run that
    ends the text is looked for from the end: the file's slice ends where the text does, and a
    head line before it may hold the same words (…施行。/ 甘肃省人民政府公报 / 甘肃省人民政府)."""
    for length in RESYNC_PROBES:
        probe = flat_text[i : i + length]
        last = flat_source.rfind if i + length >= len(flat_text) else flat_source.find
        k = last(probe, j, j + RESYNC_WINDOW + length)
        if k >= 0 and len(flat_source) - k >= len(flat_text) - i:  # the rest of the text still fits
            return k
    return -1


class SourceFile:
    """A source file's text without noise and in comparison form, made once for all the passages
    cut from it (each passage's part of the file is a slice of it: made per passage, the same
    characters were flattened again for every one, with numpy's set-up on each)."""

    def __init__(self, text: str):
        self._plain, self._at = _noise_free(text)
        self._flat = _folded(self._plain)

    def ranges(self, text: str, start: int, end: int, ranges: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
        """``source_ranges`` of ``text`` stored from the file's ``[start, end)``. A passage starts
        and ends at a character of its own, never inside a page mark, so the slice of the whole
        file's flat form is what flattening that part alone gives."""
        first, last = self._at.searchsorted((start, end)).tolist()
        flat_text, text_at = _noise_free(text)
        if flat_text != self._plain[first:last]:  # other forms, or more in the file: compared in comparison form
            return _ranges(text, (comparison_form(flat_text), text_at), self._flat[first:last], self._at[first:last] - start, start, ranges)
        # the file's characters as stored (most passages), so in comparison form too: ``_spans``
        # by bisection in lists (numpy's set-up per call was most of a passage's cost), each kept
        # character of the text at the file's next kept offset
        kept, at = text_at.tolist(), self._at[first:last].tolist()
        out: list[tuple[int, int] | None] = []
        for s, e in ranges:
            i, j = bisect_left(kept, s), bisect_left(kept, e) - 1
            out.append((at[i], at[j] + 1) if i <= j else None)
        return out


def source_ranges(text: str, source: str, base: int, ranges: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
    """For each ``[s, e)`` of ``text``, the range in the file (``source`` is the file's slice
    that begins at offset ``base``), where the file holds the text's every character in order,
    apart from noise and character forms; else each range is looked for on its own
    (``_each_alone``) and is None where the file does not hold it."""
    flat_source, source_at = _kept(source)
    return _ranges(text, _kept(text), flat_source, source_at, base, ranges)


def _ranges(text: str, kept: tuple[str, np.ndarray], flat_source: str, source_at: np.ndarray, base: int,
            ranges: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
    """``source_ranges`` with the text and the file's part already flattened (``kept``: ``_kept(text)``)."""
    flat_text, text_at = kept
    if flat_text != flat_source:
        matched = _walk(flat_text, flat_source)
        alone = None
        if matched is None:  # the file holds much more between the text's parts (a clause's items
            # between its words and its units written after them): each range found whole, if all are
            alone = _each_alone(text, flat_source, source_at, base, ranges)
            if None not in alone:
                return alone
            matched = _earliest(flat_text, flat_source)
        if matched is None:
            return alone
        source_at = source_at[matched]
    return _spans(ranges, text_at, source_at, base)


def _spans(ranges: list[tuple[int, int]], text_at: np.ndarray, source_at: np.ndarray, base: int) -> list[tuple[int, int] | None]:
    """Each range of the text in the file, its kept characters at ``source_at`` (aligned with
    ``text_at``); None for a range with no kept character."""
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


def _each_alone(text: str, flat_source: str, source_at: np.ndarray, base: int,
                ranges: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
    """When the file does not hold the whole text (a table row read with its column names added
    as labels), each range found on its own where the file holds all its characters (``flat_source``
    as ``_kept`` gives it), looked for after the previous range's place first; None for the others."""
    out: list[tuple[int, int] | None] = []
    after = 0
    for s, e in ranges:
        flat_piece, _ = _kept(text[s:e])
        matched = None
        core = ADDED_WORDS.sub("", flat_piece)
        for piece in dict.fromkeys(p for p in (flat_piece, core if len(core) >= 2 else "") if p):
            matched = _found_whole(piece, flat_source, after)
            if matched is None and after:
                matched = _found_whole(piece, flat_source, 0)
            if matched is not None:
                break
        if matched is None:
            out.append(None)
            continue
        out.append((base + int(source_at[matched[0]]), base + 1 + int(source_at[matched[-1]])))
        after = int(matched[-1]) + 1
    return out


def _found_whole(flat_piece: str, flat_source: str, start: int) -> np.ndarray | None:
    """Where in the file, from ``start``, a piece's every character is: where the file holds it
    whole, else walked (past page numbers and heads) from one of the first places its opening
    characters are found; None if from none of them."""
    k = flat_source.find(flat_piece, start)
    if k >= 0:
        return np.arange(k, k + len(flat_piece), dtype=np.int64)
    probe = flat_piece[: RESYNC_PROBES[0]]
    k = flat_source.find(probe, start)
    for _ in range(WALKS_FROM_PROBES):
        if k < 0:
            break
        matched = _walk(flat_piece, flat_source[k:])
        if matched is not None:
            return matched + k
        k = flat_source.find(probe, k + 1)
    return None
