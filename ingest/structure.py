"""Sections and clauses from numbered paragraphs, for every numbering style.

Levels are assigned by order of appearance: the first numbering style met is the top level, a
style not yet open nests one level deeper, and a style already open closes the deeper ones. So
一、/（一）/1. nests whichever way a document uses it, and （一） numbering that restarts in
each section or runs on across sections both get unique paths such as ``3.6``.

A numbered item whose line is only a heading and that has numbered children is a *section*;
every other numbered item is a *clause*. Text before the first item is preamble; text after a
clause that has closed (its responsibility line was given, or a closing formula starts) is a
closing segment.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Section, Segment
from .normalize import Paragraph, is_heading_only, is_standalone
from .numbers import as_int
from .units import find_responsibility_group

MARKERS = [
    ("chapter", re.compile(r"^第(?P<n>[一二三四五六七八九十百零〇两\d]+)章\s*")),
    ("jie", re.compile(r"^第(?P<n>[一二三四五六七八九十百零〇两\d]+)节\s*")),
    ("article", re.compile(r"^第(?P<n>[一二三四五六七八九十百零〇两\d]+)条\s*")),
    ("cn_dun", re.compile(r"^(?P<n>[一二三四五六七八九十百]+)[、.．]\s*")),
    ("cn_paren", re.compile(r"^（(?P<n>[一二三四五六七八九十百]+)）\s*")),
    ("ar_paren", re.compile(r"^（(?P<n>\d{1,3})）\s*")),
    ("ar_dot", re.compile(r"^(?P<n>\d{1,3})(?:[.．、](?!\d)|\s)\s*")),
    ("circled", re.compile(r"^(?P<n>[①-⑳])\s*")),
]
FIXED_RANK = {"chapter": 0, "jie": 1}
CLOSING_START = re.compile(
    r"^(?:本(?:实施)?(?:意见|办法|通知|文件|措施|方案|规定|细则|举措|政策措施|条例|决定)|此件|抄送|主题词|附件|特此通知)"
)


@dataclass
class Marker:
    style: str
    printed: str  # the number as printed, with its brackets: （六）
    value: int
    end: int  # where the item's own text begins


@dataclass
class Node:
    marker: Marker
    paragraphs: list[Paragraph]
    depth: int
    parent: int | None
    path: str = ""
    children: list[int] = field(default_factory=list)
    closed: bool = False


def match_marker(text: str) -> Marker | None:
    for style, regex in MARKERS:
        m = regex.match(text)
        if m:
            n = m.group("n")
            value = ord(n) - ord("①") + 1 if style == "circled" else as_int(n)
            printed = text[: m.end()].strip()
            return Marker(style, printed, value, m.end())
    return None


def join_paragraphs(paragraphs: list[Paragraph]) -> Paragraph:
    """One Paragraph for several, separated by newlines (mapped to the end of the previous one)."""
    text, offsets = [], []
    for i, p in enumerate(paragraphs):
        if i:
            text.append("\n")
            offsets.append(paragraphs[i - 1].offsets[-1])
        text.append(p.text)
        offsets.extend(p.offsets[:-1])
    offsets.append(paragraphs[-1].offsets[-1])
    return Paragraph("".join(text), offsets, paragraphs[0].line)


@dataclass
class Structure:
    preamble: list[Paragraph]
    nodes: list[Node]
    closing: list[list[Paragraph]]  # runs of paragraphs that belong to no clause


def parse_structure(paragraphs: list[Paragraph]) -> Structure:
    preamble: list[Paragraph] = []
    nodes: list[Node] = []
    closing: list[list[Paragraph]] = []
    stack: list[tuple[str, int]] = []  # (style, node index) of open levels
    loose: list[Paragraph] | None = None  # paragraphs after a closed clause
    for p in paragraphs:
        marker = match_marker(p.text)
        if marker and not _is_false_marker(marker, stack):
            loose = None
            styles = [s for s, _ in stack]
            if marker.style in FIXED_RANK:
                stack = [(s, i) for s, i in stack if s in FIXED_RANK and FIXED_RANK[s] < FIXED_RANK[marker.style]]
            elif marker.style in styles:
                stack = stack[: styles.index(marker.style)]
            parent = stack[-1][1] if stack else None
            nodes.append(Node(marker, [p], len(stack), parent))
            if parent is not None:
                nodes[parent].children.append(len(nodes) - 1)
            stack.append((marker.style, len(nodes) - 1))
            continue
        if not nodes:
            preamble.append(p)
            continue
        current = nodes[-1]
        if loose is None and not current.closed and not CLOSING_START.match(p.text) and not is_standalone(p.text):
            current.paragraphs.append(p)
            current.closed = find_responsibility_group(p.text) is not None
            continue
        if loose is None:
            loose = []
            closing.append(loose)
        loose.append(p)
    for node in nodes:
        if find_responsibility_group(node.paragraphs[0].text) is not None:
            node.closed = True
    _assign_paths(nodes)
    return Structure(preamble, nodes, closing)


def _is_false_marker(marker: Marker, stack: list[tuple[str, int]]) -> bool:
    """A number at the start of a continuation line (e.g. 100名…) rather than a new item."""
    open_styles = {s: i for s, i in stack}
    if marker.style in open_styles:
        return False
    return marker.style == "ar_dot" and marker.value > 1


def _assign_paths(nodes: list[Node]) -> None:
    seen: set[str] = set()
    for node in nodes:
        own = str(node.marker.value)
        path = f"{nodes[node.parent].path}.{own}" if node.parent is not None else own
        unique, n = path, 2
        while unique in seen:
            unique, n = f"{path}-{n}", n + 1
        seen.add(unique)
        node.path = unique


def is_section(node: Node) -> bool:
    return bool(node.children) and len(node.paragraphs) == 1 and is_heading_only(node.paragraphs[0].text)


def heading_of(text: str, marker_end: int) -> str:
    body = text[marker_end:]
    first = re.split(r"[。；！？\n]", body, maxsplit=1)[0]
    return first if len(first) <= 60 else first[:40] + "…"


def sections_and_segments(structure: Structure, source: str) -> tuple[list[Section], list[Segment]]:
    sections = []
    nodes = structure.nodes
    for node in nodes:
        if is_section(node):
            p = node.paragraphs[0]
            parent = nodes[node.parent].path if node.parent is not None else None
            sections.append(Section(node.path, node.marker.printed, p.text[node.marker.end :], p.span(source), parent))
    segments = [Segment("preamble", p.text, p.span(source)) for p in structure.preamble]
    for run in structure.closing:
        joined = join_paragraphs(run)
        segments.append(Segment("closing", joined.text, joined.span(source)))
    return sections, segments
