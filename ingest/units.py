"""Responsibility units: parse the （…负责）/（责任单位：…） lines of clauses and resolve each unit.

Forms understood (brackets already normalised to full width):
- （市发改委、市工信局等负责）                      all units "co"
- （责任单位：A、B，C）                             all units "co"
- （责任主体单位：A，责任单位：B）                  A lead, B co
- （A牵头，B等按职责分工负责） / （A牵头，B配合）   A lead, B co
- （牵头单位：A；配合单位：B）                       A lead, B co
- 列第一位者为牵头单位                               the first unit of each later list is lead
- 以下均需X落实，不再列出 / X负责落实，下同          X inherited by every later clause
Nested brackets stay whole: 各县（市、区）政府.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from .model import Span, UnitMention
from .places import Place, gazetteer
from .vocab import UnitType, unit_types

RESPONSIBILITY_CUE = re.compile(r"负责|责任单位|责任主体|牵头|配合单位|协办单位|主办单位|参与单位|落实单位|下同|不再列出")
LABELLED = re.compile(
    r"^(?P<label>责任主体单位|牵头单位|牵头部门|主办单位|主责单位|责任单位|责任部门|配合单位|配合部门|协办单位|参与单位|落实单位)[：:]"
)
LEAD_LABELS = {"责任主体单位", "牵头单位", "牵头部门", "主办单位", "主责单位"}
FIRST_IS_LEAD = re.compile(r"列(?:第一位|首位|在首位)(?:者|的)?(?:单位)?(?:为|是)牵头")
INHERIT_BELOW = re.compile(r"^(?:以下|下列)(?:各项|各条)?(?:均|都)?(?:需|由|请|要)?(?P<units>.+?)(?:负责)?(?:落实|执行|负责)[，,]?(?:不再(?:一一)?列出)?$")
INHERIT_SAME = re.compile(r"^(?P<units>.+?)(?:负责落实|负责|落实)[，,]?下同$")
TRAILING_DUTY = re.compile(r"(?:等)?(?:按职责分工|按照职责分工|根据职责|分别|共同|按职责)?(?:负责落实|负责|落实|配合|参与)$")


@dataclass
class ResponsibilityState:
    """Document-level rules that carry over from one clause to the next."""

    first_is_lead: bool = False
    inherited: list[tuple[str, Span]] = field(default_factory=list)  # name, where the rule was written


def split_top_level(text: str, separators: str) -> list[str]:
    """Split on separators that are not inside brackets."""
    parts, depth, current = [], 0, []
    for ch in text:
        if ch in "（(":
            depth += 1
        elif ch in "）)" and depth:
            depth -= 1
        if ch in separators and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def find_responsibility_group(text: str) -> tuple[int, int] | None:
    """Offsets of the content of the final （…） group naming responsible units, if any."""
    end = len(text.rstrip("。；;. \n"))
    if end == 0 or text[end - 1] != "）":
        return None
    depth = 0
    for i in range(end - 1, -1, -1):
        if text[i] == "）":
            depth += 1
        elif text[i] == "（":
            depth -= 1
            if depth == 0:
                content = text[i + 1 : end - 1]
                return (i + 1, end - 1) if RESPONSIBILITY_CUE.search(content) else None
    return None


def _unit_names(chunk: str) -> list[tuple[str, int]]:
    """Unit names in a list chunk with their offsets in the chunk; trailing 等/负责 dropped."""
    out = []
    pos = 0
    for part in split_top_level(chunk, "、，,"):
        offset = chunk.index(part, pos)
        pos = offset + len(part)
        name = TRAILING_DUTY.sub("", part)
        name = re.sub(r"等$", "", name).strip()
        if len(name) >= 2:
            out.append((name, offset))
    return out


def parse_responsibility(content: str, state: ResponsibilityState, span_of=None) -> list[tuple[str, str, int]]:
    """(name, role, offset-in-content) for the units of one clause; updates ``state``.

    ``span_of(start, end)`` (offsets in ``content``) gives the source span recorded for inherited units.
    """
    written: list[tuple[str, str, int]] = []
    explicit_lead = False
    pos = 0
    for stmt in split_top_level(content, "。；;"):
        base = content.index(stmt, pos)
        pos = base + len(stmt)
        if FIRST_IS_LEAD.search(stmt):
            state.first_is_lead = True
            continue
        m = INHERIT_BELOW.match(stmt) if stmt.startswith(("以下", "下列")) else INHERIT_SAME.match(stmt)
        if m:
            names = _unit_names(m.group("units"))
            rule_span = span_of(base, base + len(stmt)) if span_of else Span(0, 0, stmt)
            state.inherited = [(n, rule_span) for n, _ in names]
            written += [(n, "co", base + m.start("units") + o) for n, o in names]
            continue
        sub_pos = 0
        for part in split_top_level(stmt, "，,"):
            p_base = base + stmt.index(part, sub_pos)
            sub_pos = p_base - base + len(part)
            label = LABELLED.match(part)
            if label:
                role = "lead" if label.group("label") in LEAD_LABELS else "co"
                explicit_lead |= role == "lead"
                written += [(n, role, p_base + label.end() + o) for n, o in _unit_names(part[label.end() :])]
            elif part.endswith("牵头") or re.search(r"牵头[，,]?$", part):
                names = _unit_names(re.sub(r"牵头$", "", part))
                explicit_lead = True
                written += [(n, "lead", p_base + o) for n, o in names]
            else:  # a plain list, or one continued after a comma: （责任单位：A、B，C）
                written += [(n, "co", p_base + o) for n, o in _unit_names(part)]
    if state.first_is_lead and not explicit_lead and written:
        name, _, offset = written[0]
        written[0] = (name, "lead", offset)
    return written


# --- resolution to canonical organisations -------------------------------------------------

LEVEL_PREFIXES = [
    ("国务院", "national"), ("国家", "national"), ("中央", "national"),
    ("自治区", "provincial"), ("省", "provincial"),
    ("自治州", "municipal"), ("州", "municipal"), ("盟", "municipal"), ("市", "municipal"),
    ("县", "county"), ("区", "county"), ("旗", "county"),
]
COLLECTIVE = re.compile(r"^各")


@dataclass(frozen=True)
class DocContext:
    """Where a document sits, for resolving 市/省 prefixes."""

    place: Place | None
    province: Place | None
    level: str | None


def _match_type(remainder: str) -> tuple[UnitType, str] | None:
    best = None
    for t in unit_types():
        for pattern in t.patterns:
            if remainder.endswith(pattern) and (best is None or len(pattern) > len(best[1])):
                best = (t, pattern)
    return best


def expand(name: str) -> tuple[str, UnitType | None]:
    """Full form of a unit name without its place prefix (人社局 → 人力资源和社会保障局) and its type."""
    name = re.sub(r"^人行", "中国人民银行", name)
    typed = _match_type(name)
    if not typed:
        return name, None
    unit_type, ending = typed
    head = name[: -len(ending)]
    if head == "政府":  # 市政府国资委 → 市人民政府国有资产监督管理委员会
        head = "人民政府"
    return head + unit_type.forms[ending], unit_type


def _place_for_level(level: str, ctx: DocContext) -> Place | None:
    if level == "provincial":
        return ctx.province
    if ctx.place and ctx.place.level == level:
        return ctx.place
    return None


def resolve_unit(name: str, ctx: DocContext) -> tuple[str, str | None, str | None, str | None]:
    """(canonical name, unit type id, level, jurisdiction name) for a unit as written.

    市人社局 in a 平凉 document → 平凉市人力资源和社会保障局, type hrss, municipal, 平凉市.
    """
    gaz = gazetteer()
    collective = COLLECTIVE.match(name)
    if collective:
        head = name[:6]
        level = "county" if any(c in head for c in "县区") else "municipal" if "市" in head else ctx.level
        owner = ctx.place or ctx.province
        full, unit_type = expand(re.sub(r"[（）、]", "", name))
        return ((owner.name if owner else "") + full, unit_type.id if unit_type else None, level, owner.name if owner else None)

    for prefix, level in LEVEL_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix) + 1:
            full, unit_type = expand(name[len(prefix) :])
            type_id = unit_type.id if unit_type else None
            if level == "national":
                return name, type_id, level, "中国"
            place = _place_for_level(level, ctx)
            if place is None:  # 市人社局 in a provincial document: the cities' units, collectively
                owner = ctx.place or ctx.province
                return (owner.name if owner else "") + "各" + prefix + full, type_id, level, owner.name if owner else None
            return place.name + full, type_id, level, place.name

    hit = gaz.match_prefix(name)
    if hit:  # 平凉银保监分局, 辽宁省财政厅
        place, written = hit
        rest = name[len(written) :]
        rest = rest[1:] if rest[:1] in ("市", "省", "县", "区") and not written.endswith(("市", "省", "县", "区")) else rest
        full, unit_type = expand(rest)
        return place.name + full, unit_type.id if unit_type else None, place.level, place.name
    full, unit_type = expand(name)
    inside = gaz.find_all(name)  # 中国人民银行松原分行, 国家统计局辽宁调查总队
    if inside:
        return full, unit_type.id if unit_type else None, inside[0].level, inside[0].name
    owner = ctx.place or ctx.province
    return full, unit_type.id if unit_type else None, ctx.level, owner.name if owner else None


def unit_key(canonical: str) -> str:
    """A stable short id for an organisation, from its canonical name."""
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:12]


def extract_units(text: str, span_of, state: ResponsibilityState, ctx: DocContext) -> list[UnitMention]:
    """Units responsible for one clause (written and inherited), resolved to organisations.

    ``span_of(start, end)`` maps offsets in ``text`` to a source ``Span``.
    """
    inherited_before = list(state.inherited)
    group = find_responsibility_group(text)
    mentions: list[UnitMention] = []
    if group:
        content = text[group[0] : group[1]]
        def content_span(s: int, e: int) -> Span:
            return span_of(group[0] + s, group[0] + e)

        for name, role, offset in parse_responsibility(content, state, content_span):
            start = group[0] + offset
            mentions.append(_mention(name, role, span_of(start, start + len(name)), ctx))
    unique: dict[str, UnitMention] = {}
    for m in mentions:  # a unit named twice (in the list and in a 下同 rule) counts once, lead first
        if m.canonical not in unique or m.role == "lead":
            unique[m.canonical] = m
    mentions = list(unique.values())
    written = set(unique)
    for name, rule_span in inherited_before:
        mention = _mention(name, "inherited", rule_span, ctx)
        if mention.canonical not in written:
            mentions.append(mention)
    return mentions


def _mention(name: str, role: str, span: Span, ctx: DocContext) -> UnitMention:
    canonical, type_id, level, jurisdiction = resolve_unit(name, ctx)
    return UnitMention(span, name, role, canonical, type_id, level, jurisdiction)
