"""Money amounts and percentages with their bound, payment unit, and the instrument they pay for.

最高不超过15万元 is a ceiling of 150000 yuan; 不低于1000万元 a floor; 每人每月1000元 names the payment unit.
"""
from __future__ import annotations

import re

from .model import Amount, ConceptMention, Rate
from .numbers import CN_NUMBER, NUMBER, parse_number

MONEY_RE = re.compile(rf"(?P<num>{NUMBER})\s*(?P<mult>亿|万|千)?元")
PERCENT_RE = re.compile(rf"(?P<num>\d+(?:\.\d+)?)\s*%|百分之(?P<cn>{CN_NUMBER})")
MULTIPLIER = {None: 1, "千": 1_000, "万": 10_000, "亿": 100_000_000}

MAX_BEFORE = re.compile(r"(?:最高|最多|不超过|不高于|不得超过|上限为?|封顶|至多|顶额)[^，。；]{0,6}$")
MIN_BEFORE = re.compile(r"(?:不低于|不少于|至少|最低(?!工资))[^，。；]{0,6}$")
MAX_AFTER = re.compile(r"^(?:以内|以下|封顶|为限)")
MIN_AFTER = re.compile(r"^(?:以上|起)")

PAYMENT_BEFORE = [
    ("每人每月", "per-person-month"), ("每月每人", "per-person-month"), ("每人每年", "per-person-year"),
    ("每年每人", "per-person-year"), ("每人每次", "per-person-time"), ("每学时", "per-class-hour"),
    ("每课时", "per-class-hour"), ("每户", "per-household"), ("每家", "per-entity"), ("每个", "per-item"),
    ("每人", "per-person"), ("每月", "per-month"), ("每年", "per-year"), ("一次性", "one-off"),
]
PAYMENT_AFTER = [
    (re.compile(r"^/人[·/]?月"), "per-person-month"), (re.compile(r"^/人[·/]?年"), "per-person-year"),
    (re.compile(r"^/(?:学时|课时)"), "per-class-hour"), (re.compile(r"^/户"), "per-household"),
    (re.compile(r"^/人"), "per-person"), (re.compile(r"^/月"), "per-month"), (re.compile(r"^/年"), "per-year"),
]
MONEY_WORDS = re.compile(r"补贴|补助|贷款|资金|奖补|奖励|标准|贴息|救助金|经费|扶持")


def _bound(before: str, after: str) -> str:
    before = re.sub(r"最低工资标准的?", "", before)
    if MAX_BEFORE.search(before) or MAX_AFTER.match(after):
        return "max"
    if MIN_BEFORE.search(before) or MIN_AFTER.match(after):
        return "min"
    return "exact"


def _phrase_bounds(text: str, pos: int, seps: str) -> tuple[int, int]:
    start = max(text.rfind(c, 0, pos) for c in seps) + 1
    ends = [i for i in (text.find(c, pos) for c in seps) if i >= 0]
    return start, min(ends) if ends else len(text)


def _nearest(mentions: list[ConceptMention], offsets: dict[int, tuple[int, int]], pos: int, lo: int, hi: int) -> str | None:
    best, best_d = None, None
    for m in mentions:
        s, e = offsets[id(m)]
        if s >= lo and e <= hi:
            d = min(abs(pos - s), abs(pos - e))
            if best_d is None or d < best_d:
                best, best_d = m.concept, d
    return best


class ConceptLinker:
    """Finds the instrument or group an amount at ``pos`` belongs to, where the sentence says so."""

    def __init__(self, text: str, mentions: list[ConceptMention], offsets: dict[int, tuple[int, int]], heading_end: int):
        self.text, self.mentions, self.offsets = text, mentions, offsets
        in_heading = {m.concept for m in mentions if offsets[id(m)][1] <= heading_end}
        self.heading_concept = next(iter(in_heading)) if len(in_heading) == 1 else None

    def link(self, pos: int) -> str | None:
        p_lo, p_hi = _phrase_bounds(self.text, pos, "，,。；;\n")
        found = _nearest(self.mentions, self.offsets, pos, p_lo, p_hi)
        if found:
            return found
        if not MONEY_WORDS.search(self.text[p_lo:p_hi]):
            return None
        s_lo, s_hi = _phrase_bounds(self.text, pos, "。；;\n")
        return _nearest(self.mentions, self.offsets, pos, s_lo, s_hi) or self.heading_concept


def extract_amounts(text: str, span_of, instruments: ConceptLinker, groups: ConceptLinker) -> list[Amount]:
    amounts = []
    for m in MONEY_RE.finditer(text):
        lo, _ = _phrase_bounds(text, m.start(), "，,。；;\n")
        before, after = text[lo : m.start()], text[m.end() : m.end() + 6]
        value = parse_number(m.group("num")) * MULTIPLIER[m.group("mult")]
        payment = next((code for cue, code in PAYMENT_AFTER if cue.match(after)), None)
        if payment is None:
            window = before[-15:]
            cues = [(window.rfind(cue) + len(cue), len(cue), code) for cue, code in PAYMENT_BEFORE if cue in window]
            payment = max(cues)[2] if cues else None  # the cue closest to the number, longest first
        amounts.append(
            Amount(span_of(m.start(), m.end()), value, _bound(before, after), payment, instruments.link(m.start()), groups.link(m.start()))
        )
    return amounts


def extract_rates(text: str, span_of, instruments: ConceptLinker) -> list[Rate]:
    rates = []
    for m in PERCENT_RE.finditer(text):
        lo, _ = _phrase_bounds(text, m.start(), "，,。；;\n")
        value = float(m.group("num")) if m.group("num") else parse_number(m.group("cn"))
        bound = _bound(text[lo : m.start()], text[m.end() : m.end() + 6])
        rates.append(Rate(span_of(m.start(), m.end()), value, bound, instruments.link(m.start())))
    return rates
