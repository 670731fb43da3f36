"""Which document a citation by title alone (no 文号) means.

Titles repeat: two cities issue 《关于复制推广营商环境创新试点改革举措的通知》, and a notice that forwards
a document (关于转发《X》的通知) has X's title key. A citation by title is linked to a document only
when one holder of that title is left after preferring, in turn, a document over a notice that
forwards it, then one of the citing document's own place, then one of its province; otherwise the
citation stays a cited title of its own (``Iris.cited``), never a guess.
"""
from __future__ import annotations

from dataclasses import dataclass

from policykg.ingest.identity import forwards_by_title, title_key
from policykg.ingest.places import gazetteer

NATIONAL = "100000"


@dataclass(frozen=True)
class TitleHolder:
    key: str  # the document's key
    place: str | None  # adcode of its jurisdiction
    province: str | None  # adcode of its province
    forwards: bool  # a notice forwarding the document its title names


def place_codes(jurisdiction: str | None, province: str | None, level: str | None = None) -> tuple[str | None, str | None]:
    """Adcodes of a document's jurisdiction and province, from their names (as the RDF builder
    places it: a national document is China's)."""
    if level == "national":
        return NATIONAL, None
    place = gazetteer().lookup(jurisdiction) if jurisdiction else None
    if place is None:
        return None, None
    if place.kind == "province":
        return place.adcode, place.adcode
    outer = gazetteer().lookup(province) if province else None
    return place.adcode, outer.adcode if outer else None


class TitleIndex:
    """Title key -> the documents holding that title (as their title or their alternative)."""

    def __init__(self):
        self._holders: dict[str, dict[str, TitleHolder]] = {}

    def add(self, title: str, key: str, place: str | None, province: str | None) -> None:
        """A document ``key`` holding ``title``; added again, a key replaces what it held under that title."""
        if not title:
            return
        holder = TitleHolder(key, place, province, forwards_by_title(title))
        self._holders.setdefault(title_key(title), {})[key] = holder

    def resolve(self, title: str, place: str | None, province: str | None) -> str | None:
        """The key of the one document ``title`` means, cited from a document of ``place`` in
        ``province`` (adcodes), or None when no holder or several are left."""
        holders = list(self._holders.get(title_key(title or ""), {}).values())
        own = [h for h in holders if not h.forwards] or holders
        for narrowed in (own, [h for h in own if place and h.place == place],
                         [h for h in own if province and province in (h.province, h.place)]):
            if len(narrowed) == 1:
                return narrowed[0].key
        return None
