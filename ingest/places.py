"""Administrative divisions (``vocab/places.csv``, from the national adcode table)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from .vocab import read_vocab_csv

LEVEL_OF_PLACE = {"province": "provincial", "city": "municipal", "county": "county"}
KIND_RANK = {"province": 0, "city": 1, "county": 2}  # of places sharing a name, the larger first
NOT_A_NAME = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
NATIONAL_ISSUERS = ("国务院", "中共中央", "全国人民代表大会", "全国人大", "国家", "中华人民共和国")
# national bodies named without those prefixes or 部 (exactly: 中国人民银行上海总部 is a local branch)
NATIONAL_BODIES = frozenset(
    "共青团中央 全国妇联 中华全国妇女联合会 中国残联 中国残疾人联合会 中国科协 中国科学技术协会 全国工商联 "
    "中华全国工商业联合会 中华全国总工会 全国总工会 中国人民银行 金融监管总局 中国证监会 中国证券监督管理委员会 "
    "中央网信办 中央编办 中央组织部 中央宣传部 中央财办 海关总署 审计署 税务总局 市场监管总局 中国银保监会".split())


@dataclass(frozen=True)
class Place:
    adcode: str
    name: str  # a district whose name others share is named with its city: 福州市鼓楼区 (qualified)
    short: str
    kind: str  # province | city | county
    parent: str | None
    province: str
    plain: str = ""  # the name as the table has it when ``name`` is qualified (鼓楼区)

    @property
    def level(self) -> str:
        # 直辖市 (北京市, 上海市 …) are provinces in the table and provincial-level governments.
        return LEVEL_OF_PLACE[self.kind]


class Gazetteer:
    def __init__(self, places: list[Place]):
        self.by_code = {p.adcode: p for p in places}
        self._by_name: dict[str, list[Place]] = {}
        for p in places:
            for key in {p.name, p.short, p.plain, *_autonomous_short_names(p.name)}:
                if len(key) >= 2:
                    self._by_name.setdefault(key, []).append(p)
        self._max_len = max(len(k) for k in self._by_name)

    def lookup(self, name: str) -> Place | None:
        candidates = self._by_name.get(name)
        if not candidates:
            return None
        return _named(candidates, name)

    def match_prefix(self, text: str) -> tuple[Place, str] | None:
        """The place that ``text`` starts with (longest name first) and the matched string."""
        for length in range(min(self._max_len, len(text)), 1, -1):
            place = self.lookup(text[:length])
            if place and not _cut_from_township(place, text, length):
                return place, text[:length]
        return None

    def match_nested(self, text: str) -> tuple[Place, str] | None:
        """The deepest place ``text`` starts with, names nested: 北京市顺义区… → 顺义区;
        甘肃省平凉市… → 平凉市; 长春市朝阳区… → 长春's 朝阳区, not 北京's. A following name counts only
        when it lies inside the one before."""
        hit = self.match_prefix(text)
        while hit:
            deeper = self.match_prefix_within(text[len(hit[1]) :], hit[0])
            if not deeper:
                break
            hit = (deeper[0], hit[1] + deeper[1])
        return hit

    def match_prefix_within(self, text: str, outer: Place) -> tuple[Place, str] | None:
        """The place inside ``outer`` that ``text`` starts with (longest name first), among every
        place of that name: 43 names are shared by 100 districts (鼓楼区 of 福州, 南京, 开封, 徐州)."""
        for length in range(min(self._max_len, len(text)), 1, -1):
            within = [p for p in self._by_name.get(text[:length], ()) if inside(p, outer) and not _cut_from_township(p, text, length)]
            if within:
                return _named(within, text[:length]), text[:length]
        return None

    def short_name(self, place: Place) -> str:
        """上海市 → 上海, 甘孜藏族自治州 → 甘孜: the place as bodies named after it call it. Its full
        name where the short one stands first for another place (吉林 is the province, not the city)
        or is no name (滨海新 of 滨海新区)."""
        if place.name.endswith(COMPOUND_AREAS):
            return place.name
        shorts = [k for k in (place.short, *_autonomous_short_names(place.name)) if len(k) >= 2 and self.lookup(k) == place]
        return min(shorts, key=len) if shorts else place.name

    def province_of(self, place: Place) -> Place:
        return self.by_code[place.adcode[:2] + "0000"]

    def find_all(self, text: str) -> list[Place]:
        """Places named anywhere in ``text`` (full names only, to avoid false hits)."""
        found = []
        i = 0
        while i < len(text):
            for length in range(min(self._max_len, len(text) - i), 1, -1):
                cands = self._by_name.get(text[i : i + length])
                if cands and any(p.name == text[i : i + length] for p in cands):
                    found.append(self.lookup(text[i : i + length]))
                    i += length - 1
                    break
            i += 1
        return found


# A 街道, 镇 or 乡 whose name a place's short name begins: 七星岗街道 (not 七星区), 解放路街道, 解放北路街道 (not
# 解放区). One character more is no township's own name (昆山周市镇 is 昆山's), nor a road's (h321 F4). Nor is a common
# word's: 城镇, 城乡, 乡镇, 返乡, 下乡, 小镇, 各街道 (广西城镇老旧小区…, 新津城乡社区发展治理委员会 are the places', review43a F1).
TOWNSHIP_WORD_HEAD = "城乡返回下入家故老村集小古名重各全本该每"
TOWNSHIP_AFTER_SHORT_NAME = re.compile(rf"^(?:(?![{TOWNSHIP_WORD_HEAD}])[\u4e00-\u9fff](?:街道|镇|乡)|[\u4e00-\u9fff]{{0,2}}路街道)")


def _cut_from_township(place: Place, text: str, length: int) -> bool:
    """Whether the short name ``text[:length]`` of ``place`` is the head of a township's name instead."""
    return text[:length] not in (place.name, place.plain) and bool(TOWNSHIP_AFTER_SHORT_NAME.match(text[length:]))


def _named(candidates: list[Place], name: str) -> Place:
    """Of the places ``name`` may stand for, one so named in full over one so named short, the larger first."""
    full = [p for p in candidates if name in (p.name, p.plain)]
    return sorted(full or candidates, key=lambda p: KIND_RANK[p.kind])[0]


COMPOUND_AREAS = ("新区", "矿区", "林区", "特区")  # 区 is part of the name, not a level to leave out
ETHNIC_GROUPS = (
    "藏族 羌族 彝族 苗族 土家族 侗族 布依族 朝鲜族 蒙古族 回族 哈尼族 傣族 白族 傈僳族 景颇族 壮族 瑶族 黎族 "
    "哈萨克族 柯尔克孜族 纳西族 拉祜族 佤族 仡佬族 水族 畲族 满族 达斡尔族 鄂温克族 鄂伦春族 土族 撒拉族 保安族 "
    "东乡族 裕固族 锡伯族 塔吉克族 各族 毛南族 仫佬族 普米族 怒族 独龙族 阿昌族 德昂族 基诺族"
).split()
AUTONOMOUS = re.compile(rf"^(?P<base>.{{2,}}?)(?:{'|'.join(ETHNIC_GROUPS)})+自治(?P<kind>州|县|旗)$")


def _autonomous_short_names(name: str) -> tuple[str, ...]:
    """What documents call an autonomous prefecture or county: 甘孜藏族自治州 → 甘孜, 甘孜州."""
    m = AUTONOMOUS.match(name)
    return (m["base"], m["base"] + m["kind"]) if m else ()


def inside(inner: Place, outer: Place) -> bool:
    """Whether ``inner`` is a division of ``outer`` (by adcode: 2 digits a province, 4 a city)."""
    digits = {"province": 2, "city": 4}.get(outer.kind)
    return digits is not None and inner.adcode != outer.adcode and inner.adcode[:digits] == outer.adcode[:digits]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    places = [
        Place(r["adcode"], r["name"], r["short"], r["level"], r["parent"] or None, r["province"])
        for r in read_vocab_csv("places.csv")
        if r["name"] not in NOT_A_NAME
    ]
    return Gazetteer(_qualified(places))


def _qualified(places: list[Place]) -> list[Place]:
    """Districts and counties whose name another shares (43 names, 100 places: 鼓楼区 of 福州, 南京,
    开封, 徐州) named with their city (福州市鼓楼区), so that a name, a jurisdiction, a unit's
    canonical name and its IRI never merge two of them."""
    by_code = {p.adcode: p for p in places}
    counts = Counter(p.name for p in places)
    out = []
    for p in places:
        outer = by_code.get(p.parent or "") or by_code.get(p.adcode[:2] + "0000")
        if counts[p.name] > 1 and p.kind == "county" and outer is not None and outer.kind != "county":
            p = replace(p, name=outer.name + p.name, plain=p.name)
        out.append(p)
    return out


def is_national_issuer(name: str) -> bool:
    # (中共光山县委组织部, 市委宣传部: a place's party committee's department, as its government's bureaus are the place's;
    # h306 F1: read as a ministry, 中国)
    local = re.sub(r"^中共(?!中央)", "", name)
    office = GENERAL_OFFICE.match(name)
    if office and is_national_issuer(office["body"]):  # 人力资源社会保障部办公厅 (人社厅发), 中国人民银行办公厅: a national body's (h323 F6)
        return True
    return name.startswith(NATIONAL_ISSUERS) or name in NATIONAL_BODIES or (
        name.endswith("部") and not name.endswith("总部") and len(name) <= 12 and not gazetteer().match_prefix(local)
        and not LOCAL_PARTY_COMMITTEE.match(local))


GENERAL_OFFICE = re.compile(r"^(?P<body>[\u4e00-\u9fff]{2,12})办公厅$")  # a body's general office: the body's level
LOCAL_PARTY_COMMITTEE = re.compile(r"(?:自治区|自治州|[省市县区州盟旗])委")  # 县委组织部, 区委宣传部 (the level's own)
