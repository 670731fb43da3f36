"""Character forms that differ in code point and not in meaning, one character for one.

- ``LOOKALIKE_IDEOGRAPHS``: what a PDF's fonts put in place of ordinary ideographs: Kangxi
  radicals (⼈ for 人, ⾏ for 行), radical forms (⻓ for 长) and compatibility ideographs. Text
  is read through it, so 市⼈社局 is 市人社局.
- ``COMPARISON_FOLD``: full-width and half-width forms, bracket shapes and look-alikes folded
  together, to compare a stored text with its source although normalising changed their forms
  (（ and (, ， and ",", 〔 and 【).

Both map one character to one character, so an offset into the mapped text is an offset into
the original.
"""
from __future__ import annotations

import re
import unicodedata
from functools import partial

# Radical forms whose NFKC is themselves although they stand for a whole simplified character.
_SIMPLIFIED_RADICALS = dict(zip("⺠⻄⻅⻉⻋⻓⻔⻘⻚⻛⻜⻢⻥⻦⻧⻨⻩⻪⻬⻮⻰", "民西见贝车长门青页风飞马鱼鸟卤麦黄黾齐齿龙"))
_LOOKALIKE_BLOCKS = (range(0x2E80, 0x2EF4), range(0x2F00, 0x2FD6), range(0xF900, 0xFADA))
_WIDTH_BLOCKS = (range(0xFF01, 0xFF5F), range(0xFE50, 0xFE6C), range(0x3000, 0x3001))
_BRACKETS = {"〔": "(", "〕": ")", "【": "(", "】": ")", "［": "(", "］": ")", "[": "(", "]": ")", "﹝": "(", "﹞": ")"}


def _single_nfkc(blocks) -> dict[int, str]:
    """Each code point whose NFKC form is one other character, mapped to it."""
    table = {}
    for block in blocks:
        for cp in block:
            plain = unicodedata.normalize("NFKC", chr(cp))
            if len(plain) == 1 and plain != chr(cp):
                table[cp] = plain
    return table


LOOKALIKE_IDEOGRAPHS: dict[int, str] = {**_single_nfkc(_LOOKALIKE_BLOCKS), **{ord(k): v for k, v in _SIMPLIFIED_RADICALS.items()}}
COMPARISON_FOLD: dict[int, str] = {**LOOKALIKE_IDEOGRAPHS, **_single_nfkc(_WIDTH_BLOCKS)}
COMPARISON_FOLD.update({ord(k): v for k, v in _BRACKETS.items()})
COMPARISON_FOLD.update({cp: COMPARISON_FOLD.get(ord(v), v) for cp, v in list(COMPARISON_FOLD.items())})  # ［ → [ → (


def _replacer(table: dict[int, str]):
    """A function applying ``table`` to a text. A regular expression finds the few characters to
    change: ``str.translate`` with a dict looks up every character (about 5x slower here)."""
    changed = re.compile("[" + re.escape("".join(map(chr, sorted(table)))) + "]")

    def replace_one(m: re.Match) -> str:
        return table[ord(m.group())]

    return partial(changed.sub, replace_one)


_plain = _replacer(LOOKALIKE_IDEOGRAPHS)
_fold = _replacer(COMPARISON_FOLD)


def plain_ideographs(text: str) -> str:
    """``text`` with look-alike ideographs replaced by ordinary ones (same length)."""
    return _plain(text)


def comparison_form(text: str) -> str:
    """``text`` folded for comparison across width, bracket shape and look-alikes (same length)."""
    return _fold(text)
