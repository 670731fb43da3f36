"""Chinese tokens for BM25: rjieba (jieba's segmentation, ~20x faster) in search mode, with the
vocabularies' words (unit abbreviations, groups, instruments) added so 市人社局 stays one token."""
from __future__ import annotations

import re
from collections.abc import Iterable

import rjieba
from policykg.ingest.identity import DOC_NUMBER_RE
from policykg.ingest.vocab import all_labels, unit_types

STOP_WORDS = set(
    "的 了 和 与 及 等 对 在 为 按 将 由 是 或 并 其 中 有 可 要 以 从 到 把 被 给 向 于 之 也 都 而 且 "
    "各 该 此 这 那 个 我 你 他 她 它 们 吗 呢 吧 啊 怎么 什么 哪些 哪个 多少 如何 能 能否 会 是否 "
    "进一步 加强 加大 做好 落实 推进 相关 有关 按规定 规定 符合条件 条件 给予 可以".split()
)
MAX_VERDICTS = 1 << 17  # distinct tokens whose verdict is remembered
MAX_REMEMBERED_CHARS = 16  # only short tokens: a query's one 500-character run of letters is not kept (~20 MB in all)
# (a decimal is one word: 0.5 and 0.5% had been dropped whole, 哪些地方把企业开办时间压缩到0.5个工作日 matching 1个工作日 as well: h319 F6)
TOKEN_RE = re.compile(r"[\w\u3400-\u9fff〔〕%]+|\d+\.\d+%?")
# Importing rjieba builds a default segmenter (~25 MB of dictionary) for its module functions,
# which this project never calls: the first tokenizer takes it over instead of building another.
# rjieba's module functions (rjieba.cut …) then see this project's added words.
_UNCLAIMED = [s for s in [getattr(rjieba, "_DEFAULT_JIEBA", None)] if isinstance(s, rjieba.Jieba)]


def _segmenter() -> rjieba.Jieba:
    return _UNCLAIMED.pop() if _UNCLAIMED else rjieba.Jieba()


class ChineseTokenizer:
    def __init__(self, extra_words: Iterable[str] = ()):
        self._jieba = _segmenter()
        self._verdicts: dict[str, bool] = {}
        prefixed = {level + p for t in unit_types() for p in t.patterns for level in "省市县区"}
        for word in {*all_labels(), *prefixed, *extra_words}:
            if word and len(word) >= 2:
                self._jieba.add_word(word, None, None)

    def add_words(self, words: Iterable[str]) -> None:
        for word in words:
            if word and len(word) >= 2 and not self._jieba.has_word(word):
                self._jieba.add_word(word, None, None)

    def tokens(self, text: str) -> list[str]:
        """Index terms of ``text``. Line breaks go first: a PDF's line may end inside a word (鼓 / 励),
        and the segmenter finds the words across a real paragraph break as well."""
        verdicts = self._verdicts
        text = text.replace("\n", "")
        words = [t for t in self._jieba.cut_for_search(text) if (verdicts[t] if t in verdicts else self._kept(t))]
        return words + doc_numbers(text) if "号" in text and NUMBER_YEAR.search(text) else words

    def _kept(self, token: str) -> bool:
        """Whether a token is indexed; remembered (a token recurs thousands of times in a corpus,
        and the regular expression was a third of tokenizing), up to a bound against odd queries."""
        kept = bool(TOKEN_RE.fullmatch(token)) and token not in STOP_WORDS
        if len(token) <= MAX_REMEMBERED_CHARS and len(self._verdicts) < MAX_VERDICTS:
            self._verdicts[token] = kept
        return kept


# what a sentence or a question puts right before a 文号, no part of its abbreviation (哪些文件贯彻落实新政办发〔2023〕5号,
# 根据国发〔2023〕1号: a regular expression cannot tell where the abbreviation starts)
# (落实了国办发〔2022〕30号: the particle after the verb too, a blind tester; no 文号 opens with one)
WORDS_BEFORE_A_NUMBER = re.compile(r"^.*(?:落实|贯彻|执行|根据|按照|依据|参照|实施|关于|文件|印发|转发|引用|对照|精神|要求|以及|和|及|与|或)(?:了|过|的|着)?")
NUMBER_YEAR = re.compile(r"[〔\[［（(【]\s*(?:19|20)\d\d")  # most text holding 号 holds no 文号 (编号, 号召)


def doc_numbers(text: str) -> list[str]:
    """Each 文号 in ``text`` as one term besides its pieces (国办发〔2022〕30号; 〔〕 split it into 国办发 / 2022 / 30, common
    to every 文号 of a year: a blind tester's 哪些文件落实国办发〔2022〕30号 found 3 of 5 implementers in the top 10), its
    abbreviation whole (not its last characters: 京政办发 and 甘政办发's 〔2023〕5号 are two documents, a review)."""
    return [f"{WORDS_BEFORE_A_NUMBER.sub('', m['abbr']) or m['abbr']}〔{m['year']}〕{int(m['num'])}号" for m in DOC_NUMBER_RE.finditer(text)]
