"""Numbers as written in Chinese policy text: 12, 1,000, 1.5, 十二, 二十五, 两, 百分之五十."""
from __future__ import annotations

import re

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "◯": 0,  # ○ ◯: look-alikes of 〇 in typed dates
              "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
# the capital numerals of sums of money (壹仟元, 壹万伍仟元), read as the ordinary ones
CAPITALS = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億", "一二二三三四五六六七八九十百千万亿")
CN_NUMBER = "[零〇一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億]+"
NUMBER = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?|{CN_NUMBER})"
# an item's or an article's number opening a paragraph (7、…, 第九条 …), or an item's in brackets (（五）…)
ITEM_OR_ARTICLE = r"(?:[一二三四五六七八九十\d]{1,3}[、.．]|第[一二三四五六七八九十百零\d]{1,4}条)"
ITEM_MARK = rf"(?:{ITEM_OR_ARTICLE}|[（(][一二三四五六七八九十\d]{{1,3}}[）)])"


def cn_to_number(text: str) -> int:
    """Convert a Chinese numeral (十二, 二十五, 一百零五, 三千, 壹万伍仟) to an int."""
    text = text.translate(CAPITALS)
    if all(c in CN_DIGITS for c in text) and len(text) > 1:  # digit by digit: 二〇二〇
        return int("".join(str(CN_DIGITS[c]) for c in text))
    total, section, digit = 0, 0, 0
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in ("万", "亿"):
            section = (section + digit) * CN_UNITS[ch]
            total += section
            section, digit = 0, 0
        elif ch in CN_UNITS:
            section += (digit or 1) * CN_UNITS[ch]
            digit = 0
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + section + digit


def parse_number(text: str) -> float:
    text = text.strip()
    if re.fullmatch(r"\d+(?:[, ]\d{3})*(?:\. ?\d+)?", text):  # 1,200 and 1 200 (a space between the thousands), 0. 2 (h270)
        return float(text.replace(",", "").replace(" ", ""))
    return float(cn_to_number(text))


def as_int(text: str) -> int:
    return int(parse_number(text))
