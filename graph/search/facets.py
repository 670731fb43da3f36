"""Filters as numpy masks over columns, built once when an index is opened.

Document fields (city, province, level, date) are columns over documents, gathered to records
through ``doc_of``; multi-valued fields (units, groups, instruments) map a value to the sorted
record numbers holding it. A filter is then a few array operations, never a loop over records.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from policykg.ingest.places import gazetteer
from policykg.ingest.vocab import concept_by_id, unit_spellings


@dataclass
class SearchFilters:
    city: str | None = None  # 平凉 or 平凉市
    province: str | None = None  # 甘肃 or 甘肃省
    level: str | None = None  # national | provincial | municipal | county
    document: str | None = None  # document key, IRI or 文号
    unit: str | None = None  # any name of a responsible unit, any role
    group: str | None = None  # concept id or label
    instrument: str | None = None
    in_force_on: dt.date | None = None
    year: int | None = None  # the document's year


def short_place(name: str | None) -> str:
    """平凉市 -> 平凉, 甘肃省 -> 甘肃, 内蒙古自治区 -> 内蒙古: the name as users write it; a district
    named with its city because others share its name (福州市鼓楼区) as written alone (鼓楼)."""
    if not name:
        return ""
    place = gazetteer().lookup(name)
    if place is not None and place.plain and place.name == name:
        name = place.plain
    for suffix in ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市", "地区", "盟", "自治州", "县", "区"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def enclosing_city(name: str | None) -> str | None:
    """The city a district or county lies in (黄岛区 → 青岛市, 上海市青浦区 → 上海市); None for any other place."""
    place = gazetteer().lookup(name) if name else None
    if place is None and name and (nested := gazetteer().match_nested(name)) and nested[1] == name:
        place = nested[0]  # 上海市青浦区: named with its city
    if place is None or place.kind != "county" or not place.parent:
        return None
    parent = gazetteer().by_code.get(place.parent)
    return parent.name if parent is not None and parent.kind == "city" else None


def _municipality(name: str) -> bool:
    """北京, 上海市 …: a city under the central government, a province in the places' table."""
    place = gazetteer().lookup(name.strip())
    return place is not None and place.kind == "province" and place.name.endswith("市")


def concept_ids(scheme: str, value: str) -> set[str]:
    value = value.strip()
    value = value[value.rindex("/") + 1 :] if value.startswith("http") and "/concept/" in value else value  # its IRI (as /compare)
    for c in concept_by_id(scheme).values():
        if value in (c.id, c.label_zh, c.label_en, *c.alt_labels):
            return {c.id}
    return {value}


def _document_places(doc: dict) -> set[str]:
    """Short names of the places a document belongs to (with their provinces), from its
    jurisdiction, else from the places its title and issuer name; empty when unknown."""
    from .understand import find_places  # understand imports this module

    names = {short_place(doc.get(k)) for k in ("place", "province", "city")} - {""}
    if doc.get("level") == "national":
        names.add("全国")
    if not names:
        for p in find_places(f"{doc.get('title') or ''} {doc.get('issuer') or ''}"):
            names |= {short_place(p["name"]), short_place(p["province"])}
    return names


DOCUMENT_FIELDS = ("document", "doc_key", "doc_number", "title", "issuer", "date", "level", "place", "city", "province",
                   "in_force_from", "in_force_until")


def name_order(name: str | None) -> tuple[bool, str]:
    """How a facet keeps its names: sorted, a None (which a saved copy allows) last."""
    return name is None, name or ""


def _gathered_rows(sources: list[tuple[dict[str, np.ndarray], np.ndarray]]) -> dict[str, np.ndarray]:
    """One facet's name -> rows over records gathered from several sources: each source's rows
    moved (``moved_to``: -1 for a row not taken), names sorted; a name left without a row goes."""
    names = sorted(set().union(*(values for values, _ in sources)), key=name_order)
    number = {name: i for i, name in enumerate(names)}
    ids, rows = [], []
    for values, moved_to in sources:
        lengths = [len(r) for r in values.values()]
        moved = moved_to[np.concatenate(list(values.values()))] if values else np.zeros(0, dtype=np.int64)
        kept = moved >= 0
        ids.append(np.repeat(np.array([number[n] for n in values], dtype=np.int64), lengths)[kept])
        rows.append(moved[kept])
    ids, rows = (np.concatenate(ids), np.concatenate(rows)) if sources else (np.zeros(0, np.int64),) * 2
    order = np.lexsort((rows, ids))
    ids, rows = ids[order], rows[order]
    ends = np.cumsum(np.bincount(ids, minlength=len(names)))
    starts = np.concatenate([[0], ends[:-1]])
    return {name: rows[a:b] for name, a, b in zip(names, starts.tolist(), ends.tolist()) if b > a}


_EMPTY_PERIODS = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype="U10"), np.zeros(0, dtype="U10"))
FACETS = ("unit", "groups", "instruments")  # multi-valued: a name -> the records holding it
MAX_REMEMBERED_FILTERS = 256  # unit filter values and the names they stand for


def _row_numbers(array, below: int | None = None, length: int | None = None) -> np.ndarray:
    """A saved column of non-negative integers (under ``below``, ``length`` of them), as int64."""
    if array.ndim != 1 or array.dtype.kind not in "iu" or (length is not None and len(array) != length):
        raise ValueError("a saved column of the wrong shape or type")
    if len(array) and (array.min() < 0 or (below is not None and array.max() >= below)):
        raise ValueError("a saved column out of range")
    return array.astype(np.int64, copy=False)


class Facets:
    def __init__(self, records: Iterable[dict]):
        """One pass over ``records`` (which may be a stream)."""
        doc_number: dict[str, int] = {}
        docs: list[dict] = []
        doc_of: list[int] = []
        values: dict[str, dict[str, list[int]]] = {facet: defaultdict(list) for facet in FACETS}
        periods_rec, periods_begin, periods_end = [], [], []
        for i, r in enumerate(records):
            d = doc_number.setdefault(r["document"], len(docs))
            if d == len(docs):
                docs.append({k: r.get(k) for k in DOCUMENT_FIELDS})
            doc_of.append(d)
            for u in r["units"]:
                for name in {u["name"], u["canonical"], u["iri"]}:
                    values["unit"][name].append(i)
            for scheme in ("groups", "instruments"):
                for concept in r[scheme]:
                    values[scheme][concept].append(i)
            for begin, end in r["periods"]:
                if end:
                    periods_rec.append(i)
                    periods_begin.append(begin or "0000-00-00")
                    periods_end.append(end)
        self._set(docs, np.array(doc_of, dtype=np.int32),
                  {k: {name: np.array(sorted(set(d[name])), dtype=np.int64) for name in sorted(d, key=name_order)} for k, d in values.items()},
                  np.array(periods_rec, dtype=np.int64), np.array(periods_begin, dtype="U10"), np.array(periods_end, dtype="U10"))

    def _set(self, docs: list[dict], doc_of: np.ndarray, values: dict[str, dict[str, np.ndarray]], period_rec: np.ndarray,
             period_begin: np.ndarray, period_end: np.ndarray) -> None:
        """The columns, from what a pass over the records gathers (or a saved copy of it)."""
        self.size = len(doc_of)
        self.doc_of = doc_of
        self.documents = docs  # the document fields of each document
        self.city = np.array([short_place(d["city"]) for d in docs], dtype=object)
        self.in_city = np.array([short_place(enclosing_city(d.get("place"))) for d in docs], dtype=object)
        self.province = np.array([short_place(d["province"]) for d in docs], dtype=object)
        self.place = np.array([short_place(d.get("place")) for d in docs], dtype=object)
        self.level = np.array([d["level"] or "" for d in docs], dtype=object)
        self.date = np.array([d["date"] or "" for d in docs], dtype="U10")
        self.in_force_from = np.array([d.get("in_force_from") or "" for d in docs], dtype="U10")
        self.in_force_until = np.array([d.get("in_force_until") or "" for d in docs], dtype="U10")
        # a district's document is its city's too (黄岛区's for a query naming 青岛)
        self.places = [_document_places(d) | ({city} if city else set()) for d, city in zip(docs, self.in_city)]
        self.ids = [{d["doc_key"], d["document"], d["doc_number"]} - {None} for d in docs]
        self.period_rec, self.period_begin, self.period_end = period_rec, period_begin, period_end
        self.values = values
        self._unit_names: dict[str, set[str]] = {}

    # --- a saved copy, so that opening an index does not parse every record ---------------------
    def saved(self) -> tuple[dict, dict[str, np.ndarray]]:
        """What ``restored`` takes back: JSON-able fields and arrays (no pickles)."""
        fields = {"documents": self.documents, "names": {facet: list(self.values[facet]) for facet in FACETS}}
        arrays = {"doc_of": self.doc_of, "period_rec": self.period_rec, "period_begin": self.period_begin,
                  "period_end": self.period_end}
        for facet in FACETS:
            rows = list(self.values[facet].values())
            arrays[f"{facet}_rows"] = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
            arrays[f"{facet}_ends"] = np.cumsum([len(r) for r in rows], dtype=np.int64)
        return fields, arrays

    @classmethod
    def restored(cls, fields: dict, arrays, size: int) -> "Facets":
        """Facets from ``saved``'s output; ValueError when it does not describe ``size`` records
        (types, lengths and bounds checked: a damaged copy must fail here, not in a query)."""
        docs = fields["documents"]
        if not isinstance(docs, list) or not all(
                isinstance(d, dict) and all(isinstance(d.get(k), (str, type(None))) for k in DOCUMENT_FIELDS) for d in docs):
            raise ValueError("the saved documents are not documents")
        doc_of = _row_numbers(arrays["doc_of"], len(docs), size)
        values = {}
        for facet in FACETS:
            names, rows, ends = fields["names"][facet], _row_numbers(arrays[f"{facet}_rows"], size), _row_numbers(arrays[f"{facet}_ends"])
            if not isinstance(names, list) or not all(isinstance(n, (str, type(None))) for n in names):
                raise ValueError(f"the saved {facet} names are not names")
            if len(ends) != len(names) or (len(ends) and (ends[-1] != len(rows) or np.any(np.diff(ends) < 0))):
                raise ValueError(f"the saved {facet} column does not describe these records")
            starts = np.concatenate([[0], ends[:-1]]) if len(ends) else ends
            values[facet] = {name: rows[a:b] for name, a, b in zip(names, starts, ends)}
        period_rec = _row_numbers(arrays["period_rec"], size)
        begin, end = arrays["period_begin"], arrays["period_end"]
        if (begin.dtype.kind != "U" or end.dtype.kind != "U" or not begin.shape == end.shape == period_rec.shape
                or np.any(np.diff(period_rec) < 0)):  # in record order, as a scan writes them (``gathered`` relies on it)
            raise ValueError("the saved periods do not describe these records")
        facets = cls.__new__(cls)
        facets._set(docs, doc_of.astype(np.int32), values, period_rec, begin, end)
        return facets

    @classmethod
    def gathered(cls, parts: list[tuple["Facets", int, int]]) -> "Facets":
        """The facets of records made of runs of other records, in order: each part ``(facets,
        first row, count)``. The same as ``Facets`` over those records (a facet's names sorted, as
        it keeps them), without reading a record."""
        sources = list({id(f): f for f, _, _ in parts}.values())
        size = sum(count for _, _, count in parts)
        moved_to = {id(f): np.full(f.size, -1, dtype=np.int64) for f in sources}  # a source's row -> its row here
        doc_number: dict[str, int] = {}
        docs: list[dict] = []
        doc_of = np.empty(size, dtype=np.int32)
        periods = []
        at = 0
        for f, first, count in parts:
            moved_to[id(f)][first:first + count] = np.arange(at, at + count)
            their_docs = f.doc_of[first:first + count]
            numbers = {}
            for d in dict.fromkeys(their_docs.tolist()):  # in the order of their first record
                numbers[d] = doc_number.setdefault(f.documents[d]["document"], len(docs))
                if numbers[d] == len(docs):
                    docs.append(f.documents[d])
            doc_of[at:at + count] = np.array([numbers[d] for d in their_docs.tolist()], dtype=np.int32)
            a, b = np.searchsorted(f.period_rec, [first, first + count])  # a scan writes them in record order
            periods.append((f.period_rec[a:b] - first + at, f.period_begin[a:b], f.period_end[a:b]))
            at += count
        values = {facet: _gathered_rows([(f.values[facet], moved_to[id(f)]) for f in sources]) for facet in FACETS}
        period_rec, period_begin, period_end = (np.concatenate(column) for column in zip(*periods)) if parts else _EMPTY_PERIODS
        facets = cls.__new__(cls)
        facets._set(docs, doc_of, values, period_rec, period_begin, period_end)
        return facets

    def unit_names(self, value: str) -> set[str]:
        """The units' names a unit filter stands for, as /units finds them: a unit's IRI, or every name
        (as written or canonical) holding the value or its long form (人社局: 市人社局, 平凉市人力资源和社会
        保障局 …; 市人力资源和社会保障局: every city's). Remembered: a few values recur."""
        value = value.strip()
        if value.startswith(("http://", "https://")):
            return {value}
        names = self._unit_names.get(value)
        if names is None:  # searches share the index: the dict only ever gains or loses whole entries
            spellings = unit_spellings(value)
            names = {n for n in self.values["unit"] if not n.startswith(("http://", "https://")) and any(s in n for s in spellings)}
            if len(self._unit_names) >= MAX_REMEMBERED_FILTERS:
                self._unit_names.clear()
            self._unit_names[value] = names
        return names

    def _records_with(self, facet: str, names: set[str]) -> np.ndarray:
        mask = np.zeros(self.size, dtype=bool)
        for name in names:
            rows = self.values[facet].get(name)
            if rows is not None:
                mask[rows] = True
        return mask

    def documents_mask(self, f: SearchFilters) -> np.ndarray:
        """Which documents pass the document-level filters."""
        keep = np.ones(len(self.documents), dtype=bool)
        if f.city:  # the city's own documents and its districts' and counties' (黄岛区's for 青岛)
            name = short_place(f.city)
            if _municipality(f.city):  # 上海: a province in the table, its own documents of no city (a blind tester: lost)
                keep &= (self.province == name) | (self.place == name) | (self.city == name)
            else:
                keep &= (self.city == name) | (self.in_city == name)
        if f.province:
            name = short_place(f.province)
            keep &= (self.province == name) | (self.place == name)
        if f.level:
            keep &= self.level == f.level
        if f.document:
            keep &= np.array([f.document in ids for ids in self.ids], dtype=bool)
        if f.year:
            keep &= np.char.startswith(self.date, str(f.year))
        if f.in_force_on:  # issued by then, and within the term it states of itself (有效期至2023年12月31日: a researcher)
            day = f.in_force_on.isoformat()
            keep &= (self.date == "") | (self.date <= day)
            keep &= (self.in_force_from == "") | (self.in_force_from <= day)
            keep &= (self.in_force_until == "") | (day <= self.in_force_until)
        return keep

    def mask(self, f: SearchFilters) -> np.ndarray:
        """Which records pass every filter."""
        mask = self.documents_mask(f)[self.doc_of]
        if f.unit and f.unit.strip():  # a blank value is no filter (it would be part of every name)
            mask &= self._records_with("unit", self.unit_names(f.unit))
        if f.group:
            mask &= self._records_with("groups", concept_ids("groups", f.group))
        if f.instrument:
            mask &= self._records_with("instruments", concept_ids("instruments", f.instrument))
        if f.in_force_on:
            day = f.in_force_on.isoformat()
            bounded = np.zeros(self.size, dtype=bool)
            bounded[self.period_rec] = True
            covering = (self.period_begin <= day) & (day <= self.period_end)
            covered = np.zeros(self.size, dtype=bool)
            covered[self.period_rec[covering]] = True
            mask &= ~bounded | covered
        return mask
