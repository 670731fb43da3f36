"""Build RDF from ingested documents: one rdflib Graph per document, plus the vocabulary graph.

IRIs are stable across runs: documents by their key (the 文号 in pinyin), clauses by their
path, units by their canonical name, places by adcode, concepts by vocabulary id.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal

from policykg.ingest.model import Amount, Clause, ConceptMention, Document, Period, Rate, Reference, Span, UnitMention
from policykg.ingest.pipeline import doc_key
from policykg.ingest.places import gazetteer
from policykg.ingest.references import title_key
from policykg.ingest.units import unit_key
from policykg.ingest.vocab import concept_scheme, unit_types
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, RDF, SKOS, TIME, XSD

from .namespaces import DEFAULT_BASE, ELI, POL, PREFIXES, SCHEMA

PAYMENT_UNITS = {
    "per-person-month": ("每人每月", "per person per month"),
    "per-person-year": ("每人每年", "per person per year"),
    "per-person-time": ("每人每次", "per person per time"),
    "per-person": ("每人", "per person"),
    "per-household": ("每户", "per household"),
    "per-entity": ("每家", "per entity"),
    "per-item": ("每个", "per item"),
    "per-class-hour": ("每学时", "per class hour"),
    "per-month": ("每月", "per month"),
    "per-year": ("每年", "per year"),
    "one-off": ("一次性", "one-off"),
}
LEVELS = {"national": POL.national, "provincial": POL.provincial, "municipal": POL.municipal, "county": POL.county}
SCHEMES = {"instruments": "instrument", "groups": "group"}


@dataclass(frozen=True)
class Iris:
    """Mints the project's IRIs under a configurable base."""

    base: str = DEFAULT_BASE

    def document(self, key: str) -> URIRef:
        return URIRef(f"{self.base}doc/{key}")

    def graph(self, key: str) -> URIRef:
        return URIRef(f"{self.base}graph/{key}")

    def vocabulary_graph(self) -> URIRef:
        return URIRef(f"{self.base}graph/vocabulary")

    def ontology_graph(self) -> URIRef:
        return URIRef(f"{self.base}graph/ontology")

    def clause(self, key: str, path: str) -> URIRef:
        return URIRef(f"{self.base}doc/{key}/clause/{path}")

    def section(self, key: str, path: str) -> URIRef:
        return URIRef(f"{self.base}doc/{key}/section/{path}")

    def unit(self, canonical: str, jurisdiction: str | None = None) -> URIRef:
        """An organisation by its canonical name; a name that names no place (法规处, 领导小组办公室)
        is keyed with its jurisdiction too, so that two cities' units of one name stay two."""
        if jurisdiction and jurisdiction != "中国" and not gazetteer().find_all(canonical):
            return URIRef(f"{self.base}org/{unit_key(f'{jurisdiction}|{canonical}')}")
        return URIRef(f"{self.base}org/{unit_key(canonical)}")

    def place(self, adcode: str) -> URIRef:
        return URIRef(f"{self.base}place/{adcode}")

    def concept(self, scheme: str, concept_id: str) -> URIRef:
        return URIRef(f"{self.base}concept/{scheme}/{concept_id}")

    def scheme(self, scheme: str) -> URIRef:
        return URIRef(f"{self.base}concept/{scheme}")

    def unit_type(self, type_id: str, level: str | None = None) -> URIRef:
        return URIRef(f"{self.base}concept/unit-type/{type_id}" + (f"/{level}" if level else ""))

    def payment_unit(self, code: str) -> URIRef:
        return URIRef(f"{self.base}concept/payment-unit/{code}")

    def cited(self, ref: Reference) -> URIRef:
        """A cited document: by 文号 (the same IRI as the document once ingested), else by title."""
        if ref.doc_number:
            return self.document(doc_key(ref.doc_number.text, ""))
        digest = hashlib.sha1(title_key(ref.title or "").encode("utf-8")).hexdigest()[:12]
        return self.document(f"title-{digest}")

    def key_of_clause(self, iri: str) -> tuple[str, str] | None:
        prefix = f"{self.base}doc/"
        if not iri.startswith(prefix) or "/clause/" not in iri:
            return None
        key, path = iri[len(prefix) :].split("/clause/", 1)
        return key, path


def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def _provenance(g: Graph, node: URIRef, span: Span) -> None:
    g.add((node, POL.sourceText, Literal(span.text)))
    g.add((node, POL.startOffset, Literal(span.start, datatype=XSD.integer)))
    g.add((node, POL.endOffset, Literal(span.end, datatype=XSD.integer)))


def _subdivision(g: Graph, node: URIRef, cls: URIRef, document: URIRef, number: str, path: str, heading: str, span: Span) -> None:
    """Triples shared by sections and clauses: always part of the document directly."""
    g.add((node, RDF.type, cls))
    g.add((node, RDF.type, ELI.LegalResourceSubdivision))
    g.add((node, ELI.is_part_of, document))
    g.add((document, ELI.has_part, node))
    g.add((node, ELI.number, Literal(number)))
    g.add((node, POL.path, Literal(path)))
    g.add((node, POL.heading, _zh(heading)))
    g.add((node, POL.startOffset, Literal(span.start, datatype=XSD.integer)))
    g.add((node, POL.endOffset, Literal(span.end, datatype=XSD.integer)))


def _decimal(value: float) -> Literal:
    return Literal(Decimal(str(value)).normalize().to_eng_string() if value % 1 else str(int(value)), datatype=XSD.decimal)


class DocumentGraphBuilder:
    """Turns one ``Document`` into the triples of its named graph."""

    def __init__(self, iris: Iris, title_index: dict[str, str] | None = None, number_index: dict[str, str] | None = None):
        self.iris = iris
        # title key -> document key, to resolve references that give a title but no 文号
        self.title_index = title_index or {}
        # 文号 -> document key: a document's key also holds its jurisdiction, a citation does not
        self.number_index = number_index or {}

    def new_graph(self) -> Graph:
        """Where ``build`` adds triples; subclasses may give anything with ``add`` and ``bind``."""
        return Graph()

    def build(self, doc: Document) -> Graph:
        g = self.new_graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        d = self.iris.document(doc.key)
        g.add((d, RDF.type, POL.PolicyDocument))
        g.add((d, RDF.type, ELI.LegalResource))
        if doc.title:
            g.add((d, ELI.title, _zh(doc.title)))
        if doc.alternative_title:
            g.add((d, DCTERMS.alternative, _zh(doc.alternative_title)))
        if doc.doc_number:
            self._doc_number(g, d, doc.doc_number)
        if doc.date:
            g.add((d, ELI.date_document, Literal(doc.date.isoformat(), datatype=XSD.date)))
        for name in doc.issuers or ([doc.issuer] if doc.issuer else []):  # joint issuers: one each
            issuer = self.iris.unit(name)
            g.add((d, ELI.passed_by, issuer))
            g.add((issuer, RDF.type, ORG.Organization))
            g.add((issuer, SKOS.prefLabel, _zh(name)))
        if doc.effective_date:
            g.add((d, ELI.first_date_entry_in_force, Literal(doc.effective_date.isoformat(), datatype=XSD.date)))
        if doc.expiry_date:  # ELI: the last date any part of the resource is in force
            g.add((d, ELI.date_no_longer_in_force, Literal(doc.expiry_date.isoformat(), datatype=XSD.date)))
        place = self._jurisdiction(g, doc)
        if place is not None:
            g.add((d, ELI.jurisdiction, place))
        if doc.level:
            g.add((d, POL.level, LEVELS[doc.level]))
        g.add((d, POL.sourceFile, Literal(doc.source_path)))
        g.add((d, POL.sourceSha256, Literal(doc.source_sha256)))
        for field, how in doc.inferred.items():
            g.add((d, POL.inferred, Literal(f"{field}: {how}")))
        if doc.forwards:
            target = self.iris.document(doc.forwards)
            g.add((d, POL.forwards, target))
            g.add((d, ELI.applies, target))
            g.add((d, ELI.cites, target))
        for i, ref in enumerate(doc.references):
            self._reference(g, d, f"{d}/ref/{i}", ref)
        for i, seg in enumerate(doc.segments):
            s = URIRef(f"{d}/segment/{i}")
            g.add((d, POL.segment, s))
            g.add((s, RDF.type, POL.Segment))
            g.add((s, POL.segmentKind, Literal(seg.kind)))
            g.add((s, POL.text, _zh(seg.text)))
            _provenance(g, s, seg.span)
        for sec in doc.sections:
            _subdivision(g, self.iris.section(doc.key, sec.path), POL.Section, d, sec.number, sec.path, sec.heading, sec.span)
        sections = {s.path for s in doc.sections}
        for clause in doc.clauses:
            self._clause(g, doc, d, clause, sections)
        return g

    def _doc_number(self, g: Graph, d: URIRef, number) -> None:
        g.add((d, ELI.id_local, Literal(number.text)))
        g.add((d, POL.docNumberIssuer, Literal(number.issuer_abbr)))
        g.add((d, POL.docNumberYear, Literal(number.year, datatype=XSD.integer)))
        g.add((d, POL.docNumberSeq, Literal(number.number, datatype=XSD.integer)))

    def _place(self, g: Graph, place) -> URIRef:
        p = self.iris.place(place.adcode)
        g.add((p, RDF.type, POL.Place))
        g.add((p, SKOS.prefLabel, _zh(place.name)))
        g.add((p, POL.adcode, Literal(place.adcode)))
        g.add((p, POL.placeKind, Literal(place.kind)))
        if place.kind != "province":
            province = gazetteer().province_of(place)
            g.add((p, SKOS.broader, self._place(g, province)))
        return p

    def _jurisdiction(self, g: Graph, doc: Document) -> URIRef | None:
        if doc.level == "national":
            p = self.iris.place("100000")
            g.add((p, RDF.type, POL.Place))
            g.add((p, SKOS.prefLabel, _zh("中国")))
            g.add((p, POL.placeKind, Literal("country")))
            return p
        if not doc.jurisdiction:
            return None
        place = gazetteer().lookup(doc.jurisdiction)
        if place is None:
            return None
        if doc.province and place.kind != "province":
            g.add((self.iris.document(doc.key), POL.province, self._place(g, gazetteer().lookup(doc.province))))
        elif place.kind == "province":
            g.add((self.iris.document(doc.key), POL.province, self.iris.place(place.adcode)))
        return self._place(g, place)

    def _reference(self, g: Graph, source: URIRef, node_iri: str, ref: Reference) -> None:
        target = self._resolve(ref)
        node = URIRef(node_iri)
        g.add((source, POL.reference, node))
        g.add((node, RDF.type, POL.Reference))
        g.add((node, POL.target, target))
        g.add((node, POL.relation, Literal(ref.relation)))
        _provenance(g, node, ref.span)
        g.add((source, ELI.cites, target))
        if ref.relation == "applies":
            g.add((source, ELI.applies, target))
        elif ref.relation == "based_on":
            g.add((source, ELI.based_on, target))
        g.add((target, RDF.type, ELI.LegalResource))
        if ref.title:
            g.add((target, POL.citedTitle, _zh(ref.title)))
        if ref.doc_number:
            self._doc_number(g, target, ref.doc_number)

    def _resolve(self, ref: Reference) -> URIRef:
        if ref.doc_number:
            key = self.number_index.get(ref.doc_number.text)
        else:  # titles repeat across cities; with a 文号 the title alone is not enough
            key = self.title_index.get(title_key(ref.title or ""))
        if key:
            return self.iris.document(key)
        return self.iris.cited(ref)

    def _clause(self, g: Graph, doc: Document, d: URIRef, clause: Clause, sections: set[str]) -> None:
        c = self.iris.clause(doc.key, clause.path)
        _subdivision(g, c, POL.Clause, d, clause.number, clause.path, clause.heading, clause.span)
        g.add((c, POL.text, _zh(clause.text)))
        if clause.parent_path:
            if clause.parent_path in sections:
                g.add((c, POL.inSection, self.iris.section(doc.key, clause.parent_path)))
            else:
                g.add((c, POL.parentClause, self.iris.clause(doc.key, clause.parent_path)))
        for i, mention in enumerate(clause.units):
            self._unit(g, c, f"{c}/unit/{i}", mention)
        for scheme, mentions in (("instruments", clause.instruments), ("groups", clause.beneficiaries)):
            prop = POL.instrument if scheme == "instruments" else POL.beneficiary
            for i, m in enumerate(mentions):
                self._concept_mention(g, c, f"{c}/{SCHEMES[scheme]}/{i}", prop, scheme, m)
        for i, amount in enumerate(clause.amounts):
            self._amount(g, c, URIRef(f"{c}/amount/{i}"), amount)
        for i, rate in enumerate(clause.rates):
            self._rate(g, c, URIRef(f"{c}/rate/{i}"), rate)
        for i, period in enumerate(clause.periods):
            self._period(g, c, URIRef(f"{c}/period/{i}"), period)
        for i, ref in enumerate(clause.references):
            self._reference(g, c, f"{c}/ref/{i}", ref)

    def _unit(self, g: Graph, c: URIRef, node_iri: str, m: UnitMention) -> None:
        u = self.iris.unit(m.canonical, m.jurisdiction)
        role_prop = {"lead": POL.leadUnit, "co": POL.coUnit, "inherited": POL.inheritedUnit}[m.role]
        g.add((c, POL.responsibleUnit, u))
        g.add((c, role_prop, u))
        g.add((u, RDF.type, ORG.Organization))
        g.add((u, SKOS.prefLabel, _zh(m.canonical)))
        if m.name != m.canonical:
            g.add((u, SKOS.altLabel, _zh(m.name)))
        if m.unit_type:
            g.add((u, ORG.classification, self.iris.unit_type(m.unit_type, m.level) if m.level else self.iris.unit_type(m.unit_type)))
        if m.level:
            g.add((u, POL.level, LEVELS[m.level]))
        if m.jurisdiction:
            place = gazetteer().lookup(m.jurisdiction) if m.jurisdiction != "中国" else None
            if place:
                g.add((u, POL.jurisdiction, self._place(g, place)))
        node = URIRef(node_iri)
        g.add((c, POL.unitMention, node))
        g.add((node, RDF.type, POL.UnitMention))
        g.add((node, POL.unit, u))
        g.add((node, POL.role, Literal(m.role)))
        _provenance(g, node, m.span)

    def _concept_mention(self, g: Graph, c: URIRef, node_iri: str, prop: URIRef, scheme: str, m: ConceptMention) -> None:
        concept = self.iris.concept(SCHEMES[scheme], m.concept)
        g.add((c, prop, concept))
        node = URIRef(node_iri)
        g.add((c, POL.conceptMention, node))
        g.add((node, RDF.type, POL.ConceptMention))
        g.add((node, POL.concept, concept))
        _provenance(g, node, m.span)

    def _bounded_value(self, g: Graph, node: URIRef, value: float, bound: str) -> None:
        prop = {"max": SCHEMA.maxValue, "min": SCHEMA.minValue}.get(bound, SCHEMA.value)
        g.add((node, prop, _decimal(value)))
        g.add((node, POL.bound, Literal(bound)))

    def _amount(self, g: Graph, c: URIRef, node: URIRef, a: Amount) -> None:
        g.add((c, POL.amount, node))
        g.add((node, RDF.type, SCHEMA.MonetaryAmount))
        self._bounded_value(g, node, a.value, a.bound)
        if a.threshold:
            g.add((node, POL.threshold, Literal(True)))
        g.add((node, SCHEMA.currency, Literal("CNY")))
        if a.payment_unit:
            g.add((node, POL.paymentUnit, self.iris.payment_unit(a.payment_unit)))
        if a.instrument:
            g.add((node, POL.forInstrument, self.iris.concept("instrument", a.instrument)))
        if a.group:
            g.add((node, POL.forGroup, self.iris.concept("group", a.group)))
        _provenance(g, node, a.span)

    def _rate(self, g: Graph, c: URIRef, node: URIRef, r: Rate) -> None:
        g.add((c, POL.rate, node))
        g.add((node, RDF.type, SCHEMA.QuantitativeValue))
        self._bounded_value(g, node, r.percent, r.bound)
        if r.threshold:
            g.add((node, POL.threshold, Literal(True)))
        g.add((node, SCHEMA.unitCode, Literal("P1")))
        if r.instrument:
            g.add((node, POL.forInstrument, self.iris.concept("instrument", r.instrument)))
        _provenance(g, node, r.span)

    def _period(self, g: Graph, c: URIRef, node: URIRef, p: Period) -> None:
        """A period on the time line (dates) is a time:ProperInterval; a bare length of time
        (3个月, 30个工作日) is a time:Duration with its number and unit, never an interval."""
        g.add((c, POL.period, node))
        g.add((node, POL.periodKind, Literal(p.kind)))
        if not (p.begin or p.end) and p.duration:
            g.add((node, RDF.type, TIME.Duration))
            number, unit = _duration_parts(p.duration)
            g.add((node, TIME.numericDuration, Literal(number, datatype=XSD.decimal)))
            g.add((node, TIME.unitType, unit))
            g.add((node, POL.bound, Literal(p.bound)))
            if p.working_days:
                g.add((node, POL.workingDays, Literal(True)))
            _provenance(g, node, p.span)
            return
        g.add((node, RDF.type, TIME.ProperInterval))
        for prop, day, suffix in ((TIME.hasBeginning, p.begin, "begin"), (TIME.hasEnd, p.end, "end")):
            if day:
                instant = URIRef(f"{node}/{suffix}")
                g.add((node, prop, instant))
                g.add((instant, RDF.type, TIME.Instant))
                g.add((instant, TIME.inXSDDate, Literal(day.isoformat(), datatype=XSD.date)))
        if p.duration:
            g.add((node, TIME.hasXSDDuration, Literal(p.duration, datatype=XSD.duration)))
            g.add((node, POL.bound, Literal(p.bound)))
        if p.working_days:
            g.add((node, POL.workingDays, Literal(True)))
        _provenance(g, node, p.span)


XSD_DURATION = re.compile(r"^P(?:(?P<Y>\d+)Y)?(?:(?P<M>\d+)M)?(?:(?P<W>\d+)W)?(?:(?P<D>\d+(?:\.\d+)?)D)?"
                          r"(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)?$")
# seconds in each fixed-length unit, largest first
FIXED_UNITS = [("W", 604800, TIME.unitWeek), ("D", 86400, TIME.unitDay), ("h", 3600, TIME.unitHour),
               ("m", 60, TIME.unitMinute), ("s", 1, TIME.unitSecond)]


def _duration_parts(duration: str) -> tuple[str, URIRef]:
    """An xsd:duration as one number and one unit: ``P12M`` -> ("12", time:unitMonth),
    ``P1Y6M`` -> ("18", time:unitMonth), ``PT12H`` -> ("12", time:unitHour), ``P2DT12H`` -> ("60", time:unitHour).
    Years and months (of varying length) cannot be mixed with days or hours."""
    m = XSD_DURATION.match(duration)
    parts = {k: Decimal(v) for k, v in (m.groupdict() if m else {}).items() if v is not None}
    if not parts or duration.endswith("T") or ({"Y", "M"} & parts.keys() and parts.keys() - {"Y", "M"}):
        raise ValueError(f"not a duration of one kind such as P12M, P1Y6M or PT12H: {duration!r}")
    if parts.keys() == {"Y"}:
        return str(parts["Y"]), TIME.unitYear
    if {"Y", "M"} & parts.keys():
        return str(parts.get("Y", 0) * 12 + parts.get("M", 0)), TIME.unitMonth
    if len(parts) == 1:
        (key, value), = parts.items()
        return str(value), next(unit for k, _, unit in FIXED_UNITS if k == key)
    seconds = sum(parts.get(key, 0) * size for key, size, _ in FIXED_UNITS)
    _, size, unit = next((u for u in FIXED_UNITS if seconds % u[1] == 0), FIXED_UNITS[-1])  # the largest exact unit
    return format((seconds / size).normalize(), "f"), unit


def ontology_graph() -> Graph:
    from importlib import resources

    g = Graph()
    with resources.files(__package__).joinpath("ontology", "policykg.ttl").open("rb") as f:
        g.parse(f, format="turtle")
    return g


def vocabulary_graph(iris: Iris) -> Graph:
    """Concept schemes shipped with the project: instruments, groups, unit types, payment units."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for scheme_name, short in SCHEMES.items():
        scheme = iris.scheme(short)
        g.add((scheme, RDF.type, SKOS.ConceptScheme))
        g.add((scheme, SKOS.prefLabel, _zh({"instrument": "政策工具", "group": "受益群体"}[short])))
        for c in concept_scheme(scheme_name):
            node = iris.concept(short, c.id)
            g.add((node, RDF.type, SKOS.Concept))
            g.add((node, SKOS.inScheme, scheme))
            g.add((node, SKOS.prefLabel, _zh(c.label_zh)))
            g.add((node, SKOS.prefLabel, Literal(c.label_en, lang="en")))
            for alt in c.alt_labels:
                g.add((node, SKOS.altLabel, _zh(alt)))
            if c.broader:
                g.add((node, SKOS.broader, iris.concept(short, c.broader)))
                g.add((iris.concept(short, c.broader), SKOS.narrower, node))
    scheme = iris.scheme("unit-type")
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, _zh("责任单位职能类型")))
    level_zh = {"national": "国家级", "provincial": "省级", "municipal": "市级", "county": "县级"}
    for t in unit_types():
        node = iris.unit_type(t.id)
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, SKOS.inScheme, scheme))
        g.add((node, SKOS.prefLabel, _zh(t.label_zh)))
        g.add((node, SKOS.prefLabel, Literal(t.label_en, lang="en")))
        for level, zh in level_zh.items():
            sub = iris.unit_type(t.id, level)
            g.add((sub, RDF.type, SKOS.Concept))
            g.add((sub, SKOS.inScheme, scheme))
            g.add((sub, SKOS.broader, node))
            g.add((sub, SKOS.prefLabel, _zh(f"{zh}{t.label_zh}")))
            g.add((sub, SKOS.prefLabel, Literal(f"{t.label_en} ({level})", lang="en")))
            g.add((sub, POL.level, LEVELS[level]))
    scheme = iris.scheme("payment-unit")
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    for code, (zh, en) in PAYMENT_UNITS.items():
        node = iris.payment_unit(code)
        g.add((node, RDF.type, POL.PaymentUnit))
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, SKOS.inScheme, scheme))
        g.add((node, SKOS.prefLabel, _zh(zh)))
        g.add((node, SKOS.prefLabel, Literal(en, lang="en")))
        g.add((node, SKOS.notation, Literal(code)))
    return g


def oxigraph_quads(graph: Graph, graph_iri: str):
    """The triples of an rdflib graph as pyoxigraph quads in named graph ``graph_iri``.

    Converted term by term (no N-Triples text in between); IRIs are cached because a document
    graph repeats its predicates and classes many times.
    """
    import pyoxigraph as ox
    from rdflib import BNode

    named: dict[str, ox.NamedNode] = {}

    def node(term):
        if isinstance(term, URIRef):
            found = named.get(term)
            if found is None:
                found = named[term] = ox.NamedNode(str(term))
            return found
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=node(term.datatype) if term.datatype else None)

    g = ox.NamedNode(graph_iri)
    for s, p, o in graph:
        yield ox.Quad(node(s), node(p), node(o), g)
