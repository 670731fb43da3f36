"""Where in a clause the answer is: the best-matching sentence(s), and a snippet with highlights."""
from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at 。！？； or a line break that follows one; list items （一）1. start new ones.
SENTENCE_END = re.compile(r"[。！？；;!?]+|\n(?=[（(]?[一二三四五六七八九十\d]+[）)、.．])")


@dataclass
class AnswerSpan:
    start: int  # into the clause text
    end: int
    text: str
    score: float  # weighted share of the query's words found in it, 0..1


def sentences(text: str) -> list[tuple[int, int]]:
    """Character ranges of the sentences of ``text`` (leading/trailing blanks trimmed)."""
    out, begin = [], 0
    for m in SENTENCE_END.finditer(text):
        out.append((begin, m.end()))
        begin = m.end()
    if begin < len(text):
        out.append((begin, len(text)))
    trimmed = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


def _coverage(sentence: str, weights: dict[str, float]) -> float:
    total = sum(weights.values())
    if not total:
        return 0.0
    return sum(w for t, w in weights.items() if t in sentence) / total


# （十）扩大就业见习补贴范围。, 4.落实一次性创业补贴。: an item's heading, which repeats its topic's words
ITEM_HEADING = re.compile(r"[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*[^，。；：\d]{2,28}[。：:]?")  # (a figure: a sentence)
HEADING_DISCOUNT = 0.9  # a heading yields to a later sentence holding (nearly) as many of the query's words
MONEY = r"\d[\d,.]*\s*(?:千|万|亿)?元|\d+(?:\.\d+)?\s*%"
SPAN_OF_TIME = r"\d+\s*(?:个)?(?:工作日|日|天|个月|年|周|小时)"
# a question for a figure, and the figure a sentence answering it gives (多少钱: a sum; 几天: a time)
# (a time first: 多少天, 多少个工作日 ask a time, not a sum, a review; 标准 only a payment's: not 认定标准)
FIGURE_QUESTIONS = ((re.compile(r"多久|多长|几(?:天|个月|年|周|个工作日)|多少(?:个)?(?:天|工作日|年|月|周|小时)|期限|时限"), re.compile(SPAN_OF_TIME)),
                    (re.compile(r"多少|金额|额度|(?:补贴|补助|奖励|资助|扶持|支持|收费)标准|上限|最高|最多|比例"), re.compile(MONEY)))
# 哪个部门负责: the sentence naming who (its bracket （省市场监管局牵头…） too), whatever else it holds (a blind tester: the
# task's sentence had been quoted, its units in the next)
WHO_QUESTION = re.compile(r"哪(?:个|些|一)?(?:部门|单位|机关|机构)|谁负责|由谁|什么部门|什么单位")
# (not 负责人, nor 积极配合法院: a unit's role, a review)
# (配合 after a body's name: 市财政部门配合, 各金融机构配合, 各县（市、区）配合; not 相互配合, 积极配合: reviews)
NAMES_WHO = re.compile(r"牵头|负责(?!人)|责任(?:单位|部门)|(?<=[局委办厅府会心室处门构行司县区市）)])配合|配合(?:单位|部门)|主管部门")
WHO_BONUS = 0.5


def figure_asked(query: str) -> re.Pattern | None:
    """What ``query`` asks for (补贴是多少: a sum; 哪个部门负责: who), as the pattern of a sentence giving it; None if none."""
    if WHO_QUESTION.search(query):
        return NAMES_WHO
    return next((figure for asked, figure in FIGURE_QUESTIONS if asked.search(query)), None)


FIGURE_BONUS = 0.05  # a question for a figure (多少, 标准, 几天): of sentences alike, the one that gives a figure


def answer_span(text: str, weights: dict[str, float], ranges: list[tuple[int, int]] | None = None,
                max_sentences: int = 2, wants_figure: re.Pattern | None = None) -> AnswerSpan:
    """The sentence (or two adjacent sentences) covering most of the query's weighted words.

    ``weights``: query token -> weight (its BM25 idf); ``ranges``: the sentences, if known. The item's heading
    yields to a sentence as good (a new user's finding: （十）扩大就业见习补贴范围。 answered 补贴是多少, the clause's
    每人每月1000元 sentence after it), and with ``wants_figure`` (``figure_asked``) a sentence giving such a figure is
    preferred among those alike.
    Ties go to the earlier, shorter span.
    """
    ranges = ranges or sentences(text) or [(0, len(text))]
    best: tuple[float, int, int] | None = None
    heading = bool(ITEM_HEADING.fullmatch(text, *ranges[0])) and len(ranges) > 1
    for i in range(len(ranges)):
        for j in range(i, min(i + max_sentences, len(ranges))):
            s, e = ranges[i][0], ranges[j][1]
            score = _coverage(text[s:e], weights) - 0.01 * (j - i)  # a second sentence must add words
            if heading and i == j == 0:
                score *= HEADING_DISCOUNT
            if wants_figure and wants_figure.search(text, s, e) and not (heading and i == j == 0):
                score += WHO_BONUS if wants_figure is NAMES_WHO else FIGURE_BONUS
            if best is None or score > best[0] + 1e-9:
                best = (score, s, e)
    _, s, e = best
    return AnswerSpan(start=s, end=e, text=text[s:e], score=round(_coverage(text[s:e], weights), 4))


def snippet(text: str, tokens: list[str], width: int = 90) -> str:
    """A window of the clause around the densest matches, with matches in <mark>…</mark>."""
    spans = sorted({(m.start(), m.end()) for t in set(tokens) if len(t) >= 2 or t.isdigit() for m in re.finditer(re.escape(t), text)})
    if not spans:
        return text[:width] + ("…" if len(text) > width else "")
    best = max(range(len(spans)), key=lambda i: sum(1 for s, _ in spans if spans[i][0] <= s < spans[i][0] + width))
    start = max(0, min(spans[best][0] - 15, len(text) - width))
    end = min(len(text), start + width)
    merged: list[list[int]] = []
    for s, e in spans:
        if s >= start and e <= end:
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
    out, pos = [], start
    for s, e in merged:
        out += [text[pos:s], "<mark>", text[s:e], "</mark>"]
        pos = e
    out.append(text[pos:end])
    return ("…" if start else "") + "".join(out) + ("…" if end < len(text) else "")
