"""Regular expressions not tried on a text that cannot hold a match.

Most value patterns (dates, sums, shares) open with a number or an optional group, which Python's
engine tries at every character of a clause. Each has needles, strings one of which every match
holds (年 for a date, 元 for a sum): where a clause holds none, the pattern is skipped. Tests check
the needles against every match of generated text.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

# (table, pattern) by identity -> the needles' tuple: a compiled pattern hashes its whole code on
# every lookup (0.3-0.7 µs for these), more than looking for the needles costs
_NEEDLES_OF: dict[tuple[int, int], tuple[str, ...]] = {}


def matches(pattern: re.Pattern, text: str, needles: dict[re.Pattern, tuple[str, ...]]) -> Iterable[re.Match]:
    """``pattern.finditer(text)``, or nothing when ``text`` holds none of ``needles[pattern]``
    (each module's table of its patterns' needles, a module constant)."""
    for needle in _needles_of(pattern, needles):
        if needle in text:
            return pattern.finditer(text)
    return ()


def match_at(pattern: re.Pattern, text: str, at: int, needles: dict[re.Pattern, tuple[str, ...]]) -> re.Match | None:
    """``pattern.match(text, at)``, or None when ``text`` holds none of ``needles[pattern]`` from ``at`` on: for an
    anchored pattern tried at many offsets of one clause (a needle may sit in its lookahead, not in the match)."""
    for needle in _needles_of(pattern, needles):
        if text.find(needle, at) >= 0:
            return pattern.match(text, at)
    return None


def _needles_of(pattern: re.Pattern, needles: dict[re.Pattern, tuple[str, ...]]) -> tuple[str, ...]:
    key = (id(needles), id(pattern))
    wanted = _NEEDLES_OF.get(key)
    if wanted is None:
        wanted = _NEEDLES_OF[key] = needles[pattern]
    return wanted
