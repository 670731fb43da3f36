"""Controlled vocabularies shipped as CSV data files in ``ingest/vocab/`` and matchers over them.

Researchers extend the vocabularies by editing the CSV files: ``groups.csv`` (beneficiary groups),
``instruments.csv`` (policy instruments), ``unit_types.csv`` (functional types of responsible
units) and ``places.csv`` (administrative divisions). Alternative labels are ``|``-separated.
``everyday_words.csv`` gives the words documents use for what people call otherwise (房租: 租金), for search.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import ahocorasick

from .errors import PolicyKGError


@dataclass(frozen=True)
class Concept:
    id: str
    label_zh: str
    label_en: str
    alt_labels: tuple[str, ...]
    broader: str | None


@dataclass(frozen=True)
class UnitType:
    id: str
    label_zh: str
    label_en: str
    forms: dict  # name ending as written -> its full form, e.g. {"人社局": "人力资源和社会保障局"}

    @property
    def patterns(self) -> tuple[str, ...]:
        return tuple(self.forms)


def read_vocab_csv(name: str) -> list[dict[str, str]]:
    """The rows of a bundled vocabulary; a row with more or fewer fields than its header is the package's own error (a comma
    in an English label had made its words an IRI)."""
    with resources.files(__package__).joinpath("vocab", name).open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for line, row in enumerate(rows, start=2):
        if None in row or None in row.values():
            raise PolicyKGError(f"ingest/vocab/{name}:{line}: the row does not have the header's fields (quote a comma)")
    return rows


@lru_cache(maxsize=None)
def concept_scheme(name: str) -> tuple[Concept, ...]:
    """Load ``groups`` or ``instruments``."""
    concepts = []
    for row in read_vocab_csv(f"{name}.csv"):
        alts = tuple(a for a in row["alt_labels"].split("|") if a)
        concepts.append(Concept(row["id"], row["label_zh"], row["label_en"], alts, row["broader"] or None))
    return tuple(concepts)


@lru_cache(maxsize=None)
def unit_types() -> tuple[UnitType, ...]:
    out = []
    for row in read_vocab_csv("unit_types.csv"):
        forms = dict((f.split("=", 1) * 2)[:2] if "=" in f else (f, f) for f in row["forms"].split("|") if f)
        out.append(UnitType(row["id"], row["label_zh"], row["label_en"], forms))
    return tuple(out)


def unit_spellings(name: str) -> set[str]:
    """A unit's name as given and its long forms from the unit-type vocabulary (人社局 ->
    人力资源和社会保障局): what finding a unit by any of its names compares."""
    out = {name}
    for unit_type in unit_types():
        for short, long in unit_type.forms.items():
            if short != long and short in name:
                out.add(name.replace(short, long))
    return out


class TermMatcher:
    """Longest-match, non-overlapping dictionary matching (Aho-Corasick)."""

    def __init__(self, terms: dict[str, str]):
        self._automaton = ahocorasick.Automaton()
        for term, value in terms.items():
            self._automaton.add_word(term, (len(term), value))
        self._automaton.make_automaton()
        self.terms = terms

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, value) for the longest non-overlapping matches, left to right."""
        candidates = []
        for end_index, (length, value) in self._automaton.iter(text):
            start = end_index - length + 1
            candidates.append((start, end_index + 1, value))
        candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        chosen: list[tuple[int, int, str]] = []
        # prefer longer matches: greedy over matches sorted by length, then restore order
        for cand in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
            if all(cand[1] <= s or cand[0] >= e for s, e, _ in chosen):
                chosen.append(cand)
        return sorted(c for c in chosen if c[2])  # (a word naming no concept: NOT_CONCEPTS)


# words that hold a label but name no concept of the scheme: 职工养老保险 is an insurance, not the employees (h219: the
# group read in most subsidy clauses); matched as words of their own (longest first), then left out
NOT_CONCEPTS = {"groups": ("职工养老保险", "职工基本养老保险", "职工医疗保险", "职工基本医疗保险", "职工生育保险", "职工养老", "职工医疗",
                          "职工失业保险", "职工工伤保险", "职工医保", "职工教育经费", "职工住房公积金",
                          # 在我市全职工作的人才: a way of working, not the employees (h238 F7)
                          "全职工作", "兼职工作", "专职工作", "在职工作", "任职工作", "本职工作", "履职工作", "入职工作", "挂职工作",
                          # 特困行业 (2022's hardest-hit trades), 连片特困地区: no people in extreme poverty
                          "特困行业", "特困企业", "特困地区", "特困片区", "特困学生", "特困大学生",
                          # 能繁母猪最低保有量 (a herd's floor, h293 F1: 低保); 全国中小企业股份转让系统 (新三板, a market: h292 F1)
                          "最低保有量", "全国中小企业股份转让系统",
                          # 加强人才培养 / 人才队伍建设: the field of training talent, no talents paid (h322 F8: 托育从业人员's
                          # training subsidy paid to 人才)
                          "人才培养", "人才队伍",
                          # 3岁以下婴幼儿照护服务: a service, not the families with infants; 农村居民人均可支配收入: a statistic
                          "3岁以下婴幼儿照护", "三岁以下婴幼儿照护", "0—3岁婴幼儿照护", "农村居民人均",
                          "3岁以下婴幼儿托位", "三岁以下婴幼儿托位",  # (每千人口拥有3岁以下婴幼儿托位数: places counted)
                          # 为3岁以下婴幼儿提供全日托服务的机构, 3岁以下婴幼儿托育/健康管理: the children a service is for, not the
                          # families paid (the review of h322 F7: an institution's per-托位 subsidy had been the families')
                          *(f"{pre}{age}婴幼儿{post}" for age in ("3岁以下", "三岁以下", "0—3岁")
                            for pre, post in (("为", "提供"), ("", "托育"), ("", "健康"), ("", "入托"), ("", "保育"))),
                          # 农民进城务工人员: migrant workers (migrant-workers), not 农民进城 buying homes (the review of h320 F7)
                          "农民进城务工"),
                "instruments": ("公共交通补助", "公交补助")}  # (城市公共交通补助资金: the transit operators', not a worker's fare)


@lru_cache(maxsize=None)
def concept_matcher(name: str) -> TermMatcher:
    terms: dict[str, str] = {}
    for concept in concept_scheme(name):
        for label in (concept.label_zh, *concept.alt_labels):
            terms.setdefault(label, concept.id)
    for word in NOT_CONCEPTS.get(name, ()):
        terms.setdefault(word, "")
    return TermMatcher(terms)


def concept_by_id(name: str) -> dict[str, Concept]:
    return {c.id: c for c in concept_scheme(name)}


def all_labels() -> list[str]:
    """Every vocabulary label: words a segmenter must keep whole."""
    labels = []
    for name in ("groups", "instruments"):
        for c in concept_scheme(name):
            labels += [c.label_zh, *c.alt_labels]
    for t in unit_types():
        labels += list(t.patterns)
    return labels


@lru_cache(maxsize=1)
def everyday_words() -> dict[str, tuple[str, ...]]:
    """A word people write (大学生, 房租, 开公司) -> the words policy documents write for it (高校毕业生, 租金, 企业开办)."""
    return {row["everyday"]: tuple(w for w in row["official"].split("|") if w) for row in read_vocab_csv("everyday_words.csv")}


def concepts_near(name: str, label: str, most: int = 8) -> list[str]:
    """Labels of scheme ``name``'s concepts whose names hold ``label`` or are held in it (担保贷款: 创业担保贷款, …), else
    that share a word of two characters with it (增值税减免: 税费减免; not 补贴 alone): what to offer for a name not known."""
    given = label.strip()
    concepts = concept_scheme(name)
    near = [c.label_zh for c in concepts
            if given and any(given in n or (len(n) >= 2 and n in given) for n in (c.label_zh, *c.alt_labels))]
    if not near:
        words = {given[i : i + 2] for i in range(len(given) - 1)} - GENERIC_PAIRS
        near = [c.label_zh for c in concepts if any(w in n for w in words for n in (c.label_zh, *c.alt_labels))]
    return near[:most]


GENERIC_PAIRS = {"补贴", "补助", "奖励", "奖补", "资金", "政策", "支持", "扶持", "企业", "人员", "服务", "资助", "贷款", "费用"}
