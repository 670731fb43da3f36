"""Text with some of it cut out, and the offset each kept character had: spans found in the cut
text still point at the source."""
from __future__ import annotations

import re
from collections.abc import Collection


def cut_out(pattern: re.Pattern, text: str, base: int = 0, keep: Collection[int] = ()) -> tuple[str, list[int]]:
    """``text`` without what ``pattern`` matches (a match starting at an index in ``keep`` stays), and ``base`` + the
    index of each kept character."""
    kept: list[str] = []
    where: list[int] = []
    pos = 0
    for m in pattern.finditer(text):
        if m.start() in keep:
            continue
        kept.append(text[pos : m.start()])
        where += range(base + pos, base + m.start())
        pos = m.end()
    kept.append(text[pos:])
    where += range(base + pos, base + len(text))
    return "".join(kept), where


def rewrite(pattern: re.Pattern, text: str, replacement) -> tuple[str, list[int]]:
    """``text`` with each match of ``pattern`` replaced, and the index in ``text`` of each character of the result;
    ``replacement(match)`` gives the new text and the index in ``text`` of each of its characters."""
    out: list[str] = []
    where: list[int] = []
    pos = 0
    for m in pattern.finditer(text):
        new, at = replacement(m)
        out += [text[pos : m.start()], new]
        where += [*range(pos, m.start()), *at]
        pos = m.end()
    out.append(text[pos:])
    where += range(pos, len(text))
    return "".join(out), where


def spans_through(span_of, where: list[int], length: int):
    """``span_of`` for a text cut or rewritten from one of ``length`` characters (``where``: each kept character's index
    in it): a span of the new text as the original's."""
    def span(s: int, e: int):
        if e > s:
            return span_of(where[s], where[e - 1] + 1)
        at = where[s] if s < len(where) else length
        return span_of(at, at)
    return span
