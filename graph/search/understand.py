"""What a query names besides its topic: places, years and responsibility units.

"在湖南，企业开办要几天？" names 湖南 (a province, by its short name); "2023年" a year;
"市人社局负责哪些" a unit; "大学生租房有补贴吗" words people write for what documents call otherwise
(大学生: 高校毕业生, 租房: 租赁, 租金). Places come from the national table (full names anywhere; short
names of provinces and cities, which users write, but not of counties, whose short forms are
often ordinary words); units from the names in the index.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache

from policykg.ingest.identity import DOC_NUMBER_RE
from policykg.ingest.places import gazetteer
from policykg.ingest.vocab import everyday_words

from .facets import short_place

YEAR_RE = re.compile(r"(?<!\d)(20\d\d|19\d\d)\s*年")


@dataclass
class Understood:
    places: list[dict] = field(default_factory=list)  # {"name", "as_written", "kind", "province"}
    years: list[int] = field(default_factory=list)
    units: list[str] = field(default_factory=list)  # unit names as found in the index
    applied: list[str] = field(default_factory=list)  # what the search did with them, in words

    def as_dict(self) -> dict:
        return asdict(self)


@lru_cache(maxsize=1)
def _to_simplified():
    import opencc  # (loaded on the first query: its dictionaries are not needed to open an index)

    return opencc.OpenCC("t2s")


def simplified(query: str) -> str:
    """寧夏對發明專利每件補助多少錢 → 宁夏对发明专利每件补助多少钱: the documents are written in simplified characters (a
    blind test: a question in traditional ones matched no place and few words, and quoted the wrong sum)."""
    try:  # (only where a character is none of GB 2312's: t2s makes 乾安县 干安县 and 覆盖 复盖, a review)
        query.encode("gb2312")
        return query
    except UnicodeEncodeError:
        return _to_simplified().convert(query)


@lru_cache(maxsize=1)
def _place_names() -> dict[str, object]:
    """Name as written -> place: full names of all places, short names of provinces and cities."""
    names: dict[str, object] = {}
    g = gazetteer()
    rank = {"province": 0, "city": 1, "county": 2}
    for place in sorted(g.by_code.values(), key=lambda p: rank[p.kind]):
        keys = {place.name, short_place(place.name)} if place.kind != "county" else {place.name, place.plain}
        if place.kind != "county" and place.short:
            keys.add(place.short)
        for key in keys:
            if len(key) >= 2:
                names.setdefault(key, place)
    for spoken, name in SPOKEN_CITY_NAMES.items():
        names.setdefault(spoken, g.lookup(name))
    return names


# what people call a few cities whose names are long, in a question (a blind tester's 呼市 went unseen: hits of other
# cities came first); none is a word of its own nor the end of one before 市民/市场 (齐市 is: 整齐市场)
SPOKEN_CITY_NAMES = {"呼市": "呼和浩特市", "乌市": "乌鲁木齐市", "哈市": "哈尔滨市"}


def _longest_first(query: str, table: dict):
    """(as written, value) for the keys of ``table`` (two characters or more) in ``query``, the longest one
    at each position, left to right, none overlapping."""
    longest = max(map(len, table))
    found, i = [], 0
    while i < len(query):
        for length in range(min(longest, len(query) - i), 1, -1):
            value = table.get(query[i : i + length])
            if value:
                found.append((query[i : i + length], value))
                i += length
                break
        else:
            i += 1
    return found


def find_places(query: str) -> list[dict]:
    """Places named in ``query``, longest name first at each position; not the place the people asked about go to
    (去天津打工的贫困户: the workers' destination, not the policy's place, whose passages alone would be good matches)."""
    return [{"name": place.name, "as_written": written, "kind": place.kind, "province": gazetteer().province_of(place).name}
            for written, place in _longest_first(query, _place_names())
            if (written not in SPOKEN_CITY_NAMES or _spoken_name_stands_alone(query, written))
            and not re.search(rf"(?:去|赴|往){re.escape(written)}(?:打工|务工|就业|工作|创业|发展|落户)的", query)]
    # (not 来/到: 来上海创业的大学生 asks 上海's policy, a review)


def _spoken_name_stands_alone(query: str, written: str) -> bool:
    """呼市 opening the question or after a preposition or a mark (在呼市, 呼市的…), not the end of a word (招呼市民)."""
    return re.search(rf"(?:^|[^\u4e00-\u9fff]|[在对的和与及从到去]){written}", query) is not None


def find_years(query: str) -> list[int]:
    return sorted({int(m.group(1)) for m in YEAR_RE.finditer(query)})


def find_units(query: str, unit_names) -> list[str]:
    """Unit names of the index found in the query (longest first, no name inside another)."""
    hits = sorted((n for n in unit_names if len(n) >= 3 and n in query), key=len, reverse=True)
    out: list[str] = []
    for name in hits:
        if not any(name in longer for longer in out):
            out.append(name)
    return out


def find_everyday_words(query: str) -> list[tuple[str, tuple[str, ...]]]:
    """Everyday words in ``query`` with the documents' words for them, longest first at each position."""
    return _longest_first(query, everyday_words())


# The words a question asks with, which no answer holds (企业开办全流程要多长时间: 多长时间, 多长, 长时间 are found in no passage,
# so they weighed as much as a word can in the share of the question a passage holds, and the answer, holding every other
# word, came out at relevance 0.39: a blind tester's "no good match"); the unit a figure is asked in stays (几个工作日: 工作日),
# and so does 谁 in a saying (谁提供谁负责); the kind of body a question for who asks for (由哪个部门牵头: 部门) is no word of
# the answer, which names the body (市行政审批局牵头), but a 财政部门 clause held it (h307 F2)
ASKING = re.compile(r"多长时间|多少时间|多长|多久|什么时候|什么时间|啥时候|何时|哪一?天|哪一?年"
                    r"|几(?=个?(?:工作日|天|日|周|个?月|年|小时|次|项|成|倍|家|人|名|种|类|条|批|个))个?"
                    r"|多少钱|多大|多高|多远|由谁|是谁|谁来|归谁|找谁|叫什么名字|叫什么|什么名字"
                    r"|哪(?:个|些|一)?(?:部门|单位|机关|机构|处室|科室)|什么(?:部门|单位|机关|机构)"
                    r"|有没有|能不能|可不可以|是不是|要不要|会不会|怎么样|怎么办|怎样|怎么|哪里|哪儿")


def content_words(query: str, tokens: list[str]) -> list[str]:
    """``tokens`` of ``query`` without those only of the words it asks with (``ASKING``): what a passage answering it holds;
    all of them where nothing else is asked. A 文号 it names is one word, its term, not its pieces (哪些文件落实国办发〔2022〕12号:
    国办发, 2022, 号 and the brackets, which every 国办发〔2022〕 number holds, had made 新疆's clause citing 国办发〔2022〕27号 as
    relevant as the implementers, a good match: h307 F3)."""
    apart = [m.group() for m in ASKING.finditer(query)] + _numbers_written(query, [t for t in tokens if DOC_NUMBER_RE.fullmatch(t)])
    if not apart:
        return tokens
    rest = query
    for words in apart:
        rest = rest.replace(words, "|")
    kept = [t for t in tokens if t in rest or DOC_NUMBER_RE.fullmatch(t) or not any(t in words for words in apart)]
    return kept or tokens


def _numbers_written(query: str, terms: list[str]) -> list[str]:
    """Where ``query`` writes each 文号 of ``terms`` (the index's terms of them), from its abbreviation (哪些文件落实国办发〔2022〕12号:
    国办发〔2022〕12号; the words before it no part of it, 学徒制补贴辽人社发〔2019〕10号 as much as 落实国办发…)."""
    found = []
    for term in terms:
        t = DOC_NUMBER_RE.fullmatch(term)
        for m in DOC_NUMBER_RE.finditer(query):
            if (m["year"], int(m["num"])) == (t["year"], int(t["num"])) and m["abbr"].endswith(t["abbr"]):
                found.append(query[m.end("abbr") - len(t["abbr"]) : m.end()])
    return found


def understand(query: str, unit_names=()) -> Understood:
    return Understood(places=find_places(query), years=find_years(query), units=find_units(query, unit_names))


# 京政办发〔2023〕5号讲了什么, 国办发〔2022〕30号的主要内容: a document asked for by its 文号 alone (a blind test: the clauses
# that cite it came first, the document itself nowhere, its 文号 printed on no clause); not 哪些文件落实国办发〔2022〕30号
ASKING_BEFORE = re.compile(r"(?:请问|请|查一下|查询|查找|看看)?\s*(?:这个|这份)?")
ABOUT_IT_AFTER = re.compile(r"(?:的|这个|这份)?(?:文件|文|通知|政策)?(?:讲了什么|讲的是什么|讲什么|说了什么|说的是什么|是什么文件|是什么"
                            r"|主要内容|具体内容|内容|全文|原文|有哪些(?:内容|规定|措施)|规定了什么|主要讲了什么)?(?:是什么|有哪些)?\s*[？?。！!]*")


def document_asked_for(query: str, holders: dict[tuple[int, int], list[tuple[str, str]]]) -> str | None:
    """The 文号 of a stored document the query asks for by its 文号 alone, or None. ``holders``: (year, number) ->
    [(abbreviation, 文号 as stored)] of the indexed documents."""
    m = DOC_NUMBER_RE.search(query)
    if m is None:
        return None
    for abbr, number in holders.get((int(m["year"]), int(m["num"])), []):
        if m["abbr"].endswith(abbr):
            before, after = query[: m.start("abbr") + len(m["abbr"]) - len(abbr)], query[m.end() :]
            if ASKING_BEFORE.fullmatch(before.strip()) and ABOUT_IT_AFTER.fullmatch(after.strip()):
                return number
    return None
