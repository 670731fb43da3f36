"""Build RDF from ingested documents: the triples of one named graph per document (as an rdflib
Graph, or as pyoxigraph terms straight for the store), plus the vocabulary graph.

IRIs are stable across runs: documents by their key (the 文号 in pinyin), clauses by their
path, units by their canonical name, places by adcode, concepts by vocabulary id.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal

from policykg.ingest.identity import title_key, unit_key
from policykg.ingest.model import Amount, Clause, ConceptMention, Document, Period, Rate, Reference, Span, UnitMention
from policykg.ingest.places import gazetteer
from policykg.ingest.vocab import concept_scheme, unit_types
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, RDF, SKOS, TIME, XSD

from .namespaces import DEFAULT_BASE, ELI, ONTOLOGY_GRAPH, POL, PREFIXES, SCHEMA
from .title_index import NATIONAL, TitleIndex, place_codes

PAYMENT_UNITS = {
    "per-person-month": ("每人每月", "per person per month"),
    "per-person-year": ("每人每年", "per person per year"),
    "per-person-time": ("每人每次", "per person per time"),
    "per-time": ("每次", "per time (each use of a service: a search, a test, a visit)"),
    "per-person-day": ("每人每天", "per person per day"),
    "per-person": ("每人", "per person"),
    "per-household": ("每户", "per household"),
    "per-household-year": ("每户每年", "per household per year"),
    "per-household-month": ("每户每月", "per household per month"),
    "per-entity": ("每家", "per entity"),
    "per-item": ("每个", "per item"),
    "per-item-year": ("每个每年", "per item per year (a vehicle, a machine: 每辆每年)"),
    "per-item-month": ("每个每月", "per item per month (a vehicle's monthly pass: 每车每月)"),
    "per-class-hour": ("每学时", "per class hour"),
    "per-person-class-hour": ("每人每学时", "per person per class hour (a training subsidy paid per trainee)"),
    "per-person-semester": ("每人每学期", "per person per semester (a school's fee or a pupil's aid, paid each term)"),
    "per-month": ("每月", "per month"),
    "per-quarter": ("每季度", "per quarter"),
    "per-semester": ("每学期", "per semester (a school term's fee or aid, no head named: 每学期减免500元)"),
    "per-year": ("每年", "per year"),
    "per-day": ("每天", "per day"),
    "per-half-day": ("每半天", "per half day (a duty lawyer's shift: 每半个工作日, 每半天)"),
    "per-hour": ("每小时", "per hour (a service, a shift or a parking fee's time billed by the hour)"),
    "per-half-hour": ("每半小时", "per half hour (a parking fee billed by the half hour)"),
    "per-square-metre-month": ("每平方米每月", "per square metre per month"),
    "per-square-metre-year": ("每平方米每年", "per square metre per year"),
    "per-square-metre": ("每平方米", "per square metre"),
    "per-square-metre-day": ("每平方米每天", "per square metre per day"),
    "per-mu": ("每亩", "per mu (a Chinese unit of land area, 1/15 hectare)"),
    "per-mu-year": ("每亩每年", "per mu per year"),
    "per-head": ("每头（只）", "per head of livestock (a pig, a cow, a sheep, a bird)"),
    "per-dose": ("每头（羽）份", "per dose of an animal vaccine (每头份, 每羽份: one head's or bird's dose)"),
    "per-tonne": ("每吨", "per tonne (of straw, fertiliser, grain, waste)"),
    "per-entity-year": ("每家每年", "per entity per year"),
    "per-entity-month": ("每家每月", "per entity per month"),
    "per-trip": ("每航次（班次、车次、列、趟）", "per voyage, run, train or trip"),
    "per-route": ("每条航线（线路）", "per route (a shipping, flight or train line)"),
    "per-route-year": ("每条航线（线路）每年", "per route per year"),
    "per-kwh": ("每千瓦时", "per kilowatt-hour"),
    "per-kw": ("每千瓦", "per kilowatt (of charging or generating capacity built)"),
    "per-vehicle-km": ("每车公里", "per vehicle-kilometre run (a bus line's operating subsidy)"),
    "per-km": ("每公里", "per kilometre (of road or line built or kept up, of a route run)"),
    "per-km-year": ("每公里每年", "per kilometre per year (a road's upkeep)"),
    "per-cubic-metre": ("每立方米", "per cubic metre (of water, gas)"),
    "per-bed": ("每张床位", "per bed (of a care home or hospital)"),
    "per-bed-month": ("每张床位每月", "per bed per month (a care home's operating subsidy)"),
    "per-bed-year": ("每张床位每年", "per bed per year"),
    "per-teu": ("每标箱", "per twenty-foot equivalent unit (TEU) of containers"),
    "per-event": ("每场（次）", "per event held (a fair, a training session, a match)"),
    "one-off": ("一次性", "one-off"),
    # paid once to each (给予每人1000元一次性补贴): narrower than both the head and one-off
    "per-person-one-off": ("每人一次性", "per person, paid once"),
    "per-entity-one-off": ("每家一次性", "per entity, paid once"),
    "per-household-one-off": ("每户一次性", "per household, paid once"),
    "per-item-one-off": ("每个一次性", "per item, paid once"),
    "per-bed-one-off": ("每张床位一次性", "per bed, paid once (a care home's construction subsidy)"),
    "per-head-one-off": ("每头一次性", "per head of livestock, paid once"),
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
        return URIRef(f"{self.base}{ONTOLOGY_GRAPH}")

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
        """A cited document: by 文号 (``cited_number``), else by title."""
        if ref.doc_number:
            return self.cited_number(ref.doc_number.text)
        digest = hashlib.sha1(title_key(ref.title or "").encode("utf-8")).hexdigest()[:12]
        return self.document(f"title-{digest}")

    def cited_number(self, number: str) -> URIRef:
        """A document cited by its 文号 alone: renamed to the document when one with that 文号 is
        stored (``Workspace._citations_to_link``)."""
        # the parser, imported when a citation is first minted: a command that only reads never loads it
        from policykg.ingest.pipeline import doc_key

        return self.document(doc_key(number, ""))

    def key_of_clause(self, iri: str) -> tuple[str, str] | None:
        prefix = f"{self.base}doc/"
        if not iri.startswith(prefix) or "/clause/" not in iri:
            return None
        key, path = iri[len(prefix) :].split("/clause/", 1)
        return key, path


class Terms:
    """How the builder makes RDF terms: rdflib objects, for an rdflib ``Graph`` to inspect or
    serialise. ``OxigraphTerms`` makes pyoxigraph's instead, for quads written to the store."""

    def iri(self, value: str):
        return URIRef(value)

    def literal(self, value, lang: str | None = None, datatype: URIRef | None = None):
        return Literal(value, lang=lang, datatype=datatype)

    def vocabulary(self, term: URIRef):
        """A term of a namespace (``POL.text``, ``XSD.integer``) as this kit's term."""
        return term


ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# rdflib looks a namespace's term up by __getattr__ on every use (5 µs): the ones used per value, once
XSD_INTEGER, XSD_DATE, XSD_BOOLEAN, XSD_DECIMAL = XSD.integer, XSD.date, XSD.boolean, XSD.decimal


class OxigraphTerms(Terms):
    """pyoxigraph terms, made straight from Python values: through rdflib's term objects and a
    conversion afterwards, building a document's quads cost more than parsing the document.
    Lexical forms are the ones rdflib writes (tested on every document of corpus/, and on any
    value the builder can pass by a property test)."""

    def __init__(self):
        import pyoxigraph

        self._ox = pyoxigraph
        self._vocabulary: dict[str, object] = {}

    def iri(self, value: str):
        return self._ox.NamedNode(value)

    def literal(self, value, lang: str | None = None, datatype: URIRef | None = None):
        kind = type(value)
        if kind is str and datatype is None:
            return self._ox.Literal(value, language=lang) if lang else self._ox.Literal(value)
        if datatype is None and kind is bool and not lang:
            return self._ox.Literal("true" if value else "false", datatype=self.vocabulary(XSD_BOOLEAN))
        if (kind is int and datatype == XSD_INTEGER) or (kind is str and datatype == XSD_DATE and ISO_DATE.fullmatch(value)):
            return self._ox.Literal(str(value), datatype=self.vocabulary(datatype))  # written as rdflib writes it
        # anything else as rdflib writes it (it normalises: xsd:duration P12M is written P1Y)
        return self.converted(Literal(value, lang=lang, datatype=datatype))

    def converted(self, term):
        """An rdflib term as pyoxigraph's."""
        if isinstance(term, URIRef):
            return self.vocabulary(term)
        if isinstance(term, BNode):
            return self._ox.BlankNode(str(term))
        if term.language:
            return self._ox.Literal(str(term), language=term.language)
        return self._ox.Literal(str(term), datatype=self.vocabulary(term.datatype) if term.datatype else None)

    def vocabulary(self, term: URIRef):
        found = self._vocabulary.get(term)
        if found is None:
            found = self._vocabulary[term] = self._ox.NamedNode(str(term))
        return found


MAX_CHECKED_IRIS = 100_000
ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
NEEDS_ESCAPE = re.compile(r'[\\"\n\r\ud800-\udfff]')  # (a lone surrogate: no UTF-8 text can hold it)
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
INTEGER_TYPE, DATE_TYPE = f"<{XSD_INTEGER}>", f"<{XSD_DATE}>"


def quoted(text: str) -> str:
    """A string literal's N-Triples text: quotes, backslashes and line ends escaped. A lone surrogate (a file
    name that was no UTF-8) is refused here, as pyoxigraph's Literal refuses it: the document's graph fails,
    not the batch's write after it dropped what the batch replaces."""
    if not NEEDS_ESCAPE.search(text):
        return f'"{text}"'
    if LONE_SURROGATE.search(text):
        raise ValueError(f"a literal holds a lone surrogate: {text.encode('utf-8', 'backslashreplace').decode()!r}")
    return f'"{text.translate(ESCAPES)}"'


class NTriplesTerms(Terms):
    """Terms as their N-Triples text, for the store's bulk loader (``quad_batch.py``): the same
    terms ``OxigraphTerms`` makes (a test compares them), without making a pyoxigraph object per
    term and writing it back out as text. IRIs are checked here, as pyoxigraph's constructor would."""

    def __init__(self):
        self._oxigraph = OxigraphTerms()
        self._vocabulary: dict[str, str] = {}
        self._checked: set[str] = set()  # IRIs pyoxigraph took (a unit's, a place's recur in every document)

    def iri(self, value: str) -> str:
        if value not in self._checked:
            self._oxigraph.iri(value)  # raises ValueError as the loader would refuse it (RFC 3987 in full)
            if len(self._checked) >= MAX_CHECKED_IRIS:
                self._checked.clear()
            self._checked.add(value)
        return f"<{value}>"

    def literal(self, value, lang: str | None = None, datatype: URIRef | None = None) -> str:
        kind = type(value)
        if kind is str and datatype is None:
            return f"{quoted(value)}@{lang}" if lang else quoted(value)
        if kind is int and datatype == XSD_INTEGER:
            return f'"{value}"^^{INTEGER_TYPE}'
        if kind is str and datatype == XSD_DATE and ISO_DATE.fullmatch(value):
            return f'"{value}"^^{DATE_TYPE}'
        return str(self._oxigraph.literal(value, lang=lang, datatype=datatype))  # the rest as rdflib writes it

    def vocabulary(self, term: URIRef) -> str:
        found = self._vocabulary.get(term)
        if found is None:
            found = self._vocabulary[term] = self.iri(str(term))
        return found


class _Namespace:
    """A namespace's terms made by a ``Terms`` kit, each once (then a plain attribute)."""

    def __init__(self, namespace, terms: Terms):
        self._namespace, self._terms = namespace, terms

    def __getattr__(self, name: str):
        if name.startswith("_"):  # not a term (copy and pickle look up __deepcopy__, __setstate__ …)
            raise AttributeError(name)
        term = self._terms.vocabulary(getattr(self._namespace, name))
        setattr(self, name, term)
        return term


class TripleList(list):
    """Triples as a plain list, in the order added, through the methods the builder calls on a
    graph: the store removes duplicates, so rdflib's indexed in-memory graph (most of the cost of
    building) is not needed on the way to the store."""

    add = list.append

    def bind(self, prefix, namespace) -> None:
        pass


def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def _decimal_lexical(value: float) -> str:
    return Decimal(str(value)).normalize().to_eng_string() if value % 1 else str(int(value))


class DocumentGraphBuilder:
    """Turns one ``Document`` into the triples of its named graph, with terms made by ``terms``."""

    def __init__(self, iris: Iris, title_index: TitleIndex | None = None, number_index: dict[str, str] | None = None,
                 terms: Terms | None = None):
        self.iris = iris
        # the documents holding each title, to resolve references that give a title but no 文号
        self.title_index = title_index if title_index is not None else TitleIndex()
        self._citing: tuple[str | None, str | None] = (None, None)  # the built document's place and province (adcodes)
        self._citing_key: str | None = None  # and its key: no citation of its resolves to itself
        # 文号 -> document key: a document's key also holds its jurisdiction, a citation does not
        self.number_index = number_index or {}
        self.terms = terms or Terms()
        self._units: dict[tuple, tuple] = {}  # a unit mention's fields -> its term and own triples
        self.iri, self.literal = self.terms.iri, self.terms.literal
        # namespaces whose terms the triples use, as this kit's terms (datatypes go to ``literal`` as rdflib's)
        (self.POL, self.ELI, self.RDF, self.SKOS, self.SCHEMA, self.TIME, self.ORG, self.DCTERMS) = (
            _Namespace(ns, self.terms) for ns in (POL, ELI, RDF, SKOS, SCHEMA, TIME, ORG, DCTERMS))

    def new_graph(self) -> Graph:
        """Where ``build`` adds triples; subclasses may give anything with ``add`` and ``bind``."""
        return Graph()

    # --- terms ---------------------------------------------------------------------------
    def _node(self, iri: URIRef):
        """An IRI minted by ``Iris`` as this builder's term."""
        return self.iri(str(iri))

    def _zh(self, text: str):
        return self.literal(text, lang="zh")

    def _integer(self, value: int):
        return self.literal(value, datatype=XSD_INTEGER)

    def _date(self, day):
        return self.literal(day.isoformat(), datatype=XSD_DATE)

    def _level(self, level: str):
        return getattr(self.POL, level)  # pol:national, pol:provincial, …

    def _provenance(self, g: Graph, node, span: Span) -> None:
        P = self.POL
        g.add((node, P.sourceText, self.literal(span.text)))
        g.add((node, P.startOffset, self._integer(span.start)))
        g.add((node, P.endOffset, self._integer(span.end)))

    def _subdivision(self, g: Graph, node, cls, document, number: str, path: str, heading: str, span: Span) -> None:
        """Triples shared by sections and clauses: always part of the document directly."""
        P, E = self.POL, self.ELI
        g.add((node, self.RDF.type, cls))
        g.add((node, self.RDF.type, E.LegalResourceSubdivision))
        g.add((node, E.is_part_of, document))
        g.add((document, E.has_part, node))
        g.add((node, E.number, self.literal(number)))
        g.add((node, P.path, self.literal(path)))
        g.add((node, P.heading, self._zh(heading)))
        g.add((node, P.startOffset, self._integer(span.start)))
        g.add((node, P.endOffset, self._integer(span.end)))

    # --- the document --------------------------------------------------------------------
    def build(self, doc: Document) -> Graph:
        g = self.new_graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        P, E, type_ = self.POL, self.ELI, self.RDF.type
        d_iri = str(self.iris.document(doc.key))
        d = self.iri(d_iri)
        self._citing = place_codes(doc.jurisdiction, doc.province, doc.level)
        self._citing_key = doc.key
        g.add((d, type_, P.PolicyDocument))
        g.add((d, type_, E.LegalResource))
        if doc.title:
            g.add((d, E.title, self._zh(doc.title)))
        if doc.alternative_title:
            g.add((d, self.DCTERMS.alternative, self._zh(doc.alternative_title)))
        if doc.doc_number:
            self._doc_number(g, d, doc.doc_number)
        if doc.date:
            g.add((d, E.date_document, self._date(doc.date)))
        for issuer in self._issuers(g, doc):  # joint issuers: one each
            g.add((d, E.passed_by, issuer))
        if doc.effective_date:
            g.add((d, E.first_date_entry_in_force, self._date(doc.effective_date)))
        if doc.expiry_date:  # ELI: the last date any part of the resource is in force
            g.add((d, E.date_no_longer_in_force, self._date(doc.expiry_date)))
        place = self._jurisdiction(g, doc, d)
        if place is not None:
            g.add((d, E.jurisdiction, place))
        if doc.level:
            g.add((d, P.level, self._level(doc.level)))
        g.add((d, P.sourceFile, self.literal(doc.source_path)))
        g.add((d, P.sourceSha256, self.literal(doc.source_sha256)))
        for field, how in doc.inferred.items():
            g.add((d, P.inferred, self.literal(f"{field}: {how}")))
        for forwarded in doc.forwards:
            target = self._node(self.iris.document(forwarded))
            g.add((d, P.forwards, target))
            g.add((d, E.applies, target))
            g.add((d, E.cites, target))
        for i, ref in enumerate(doc.references):
            self._reference(g, d, f"{d_iri}/ref/{i}", ref)
        for i, seg in enumerate(doc.segments):
            s = self.iri(f"{d_iri}/segment/{i}")
            g.add((d, P.segment, s))
            g.add((s, type_, P.Segment))
            g.add((s, P.segmentKind, self.literal(seg.kind)))
            g.add((s, P.text, self._zh(seg.text)))
            self._provenance(g, s, seg.span)
            for k, period in enumerate(seg.periods):  # 请于…前报送: what the notice's own text sets due
                self._period(g, s, f"{d_iri}/segment/{i}/period/{k}", period)
        for sec in doc.sections:
            self._subdivision(g, self._node(self.iris.section(doc.key, sec.path)), P.Section, d, sec.number, sec.path,
                              sec.heading, sec.span)
        sections = {s.path for s in doc.sections}
        for clause in doc.clauses:
            self._clause(g, doc, d, clause, sections)
        return g

    def _doc_number(self, g: Graph, d, number) -> None:
        P = self.POL
        g.add((d, self.ELI.id_local, self.literal(number.text)))
        g.add((d, P.docNumberIssuer, self.literal(number.issuer_abbr)))
        if number.year is not None:  # (an order's number has none)
            g.add((d, P.docNumberYear, self._integer(number.year)))
        g.add((d, P.docNumberSeq, self._integer(number.number)))

    def _place(self, g: Graph, place):
        P = self.POL
        p = self._node(self.iris.place(place.adcode))
        g.add((p, self.RDF.type, P.Place))
        g.add((p, self.SKOS.prefLabel, self._zh(place.name)))
        g.add((p, P.adcode, self.literal(place.adcode)))
        g.add((p, P.placeKind, self.literal(place.kind)))
        if place.kind != "province":
            province = gazetteer().province_of(place)
            g.add((p, self.SKOS.broader, self._place(g, province)))
        return p

    def _jurisdiction(self, g: Graph, doc: Document, d):
        P = self.POL
        place, province = place_codes(doc.jurisdiction, doc.province, doc.level)  # as the title index places it
        if place == NATIONAL:
            p = self._node(self.iris.place(NATIONAL))
            g.add((p, self.RDF.type, P.Place))
            g.add((p, self.SKOS.prefLabel, self._zh("中国")))
            g.add((p, P.placeKind, self.literal("country")))
            return p
        if place is None:
            return None
        if province == place:
            g.add((d, P.province, self._node(self.iris.place(place))))
        elif province:
            g.add((d, P.province, self._place(g, gazetteer().by_code[province])))
        return self._place(g, gazetteer().by_code[place])

    def _reference(self, g: Graph, source, node_iri: str, ref: Reference) -> None:
        P, E = self.POL, self.ELI
        target = self._node(self._resolve(ref))
        node = self.iri(node_iri)
        g.add((source, P.reference, node))
        g.add((node, self.RDF.type, P.Reference))
        g.add((node, P.target, target))
        g.add((node, P.relation, self.literal(ref.relation)))
        self._provenance(g, node, ref.span)
        g.add((source, E.cites, target))
        if ref.relation == "applies":
            g.add((source, E.applies, target))
        elif ref.relation == "based_on":
            g.add((source, E.based_on, target))
        elif ref.relation == "repeals":
            g.add((source, E.repeals, target))
        elif ref.relation == "amends":
            g.add((source, E.amends, target))
        elif ref.relation == "forwards":  # forwarding a text to be carried out applies it, as a forwarded text printed after does
            g.add((source, P.forwards, target))
            g.add((source, E.applies, target))
        g.add((target, self.RDF.type, E.LegalResource))
        if ref.title:
            g.add((target, P.citedTitle, self._zh(ref.title)))
        if ref.doc_number:
            self._doc_number(g, target, ref.doc_number)

    def _resolve(self, ref: Reference) -> URIRef:
        key = self.number_index.get(ref.doc_number.text) if ref.doc_number else None
        if key is None and (not ref.doc_number or ref.doc_number.year is None or ref.doc_number.issuer_abbr.endswith("令")):
            # titles repeat across cities: the one holder left nearest the citing document (title_index.py); an order's
            # number, which has no year, is cited in other words than the order prints it (国务院令第722号 for
            # 中华人民共和国国务院令 第722号, 农业农村部令2022年第3号 for 中华人民共和国农业农村部令 / 2022年第3号): its title still finds it
            key = self.title_index.resolve(ref.title or "", *self._citing)
            # (a new 办法 repealing the old one of its title, cited by the old order's number: not itself, h252; a text citing
            # its own title alone, 按照《本办法》规定, is itself: the third review)
            # (…的《X》同时废止: a text never repeals or amends itself, whatever its title: the fourth review)
            key = None if key == self._citing_key and (ref.doc_number is not None or ref.relation in ("repeals", "amends")) else key
        if key:
            return self.iris.document(key)
        return self.iris.cited(ref)

    def _clause(self, g: Graph, doc: Document, d, clause: Clause, sections: set[str]) -> None:
        P = self.POL
        c_iri = str(self.iris.clause(doc.key, clause.path))
        c = self.iri(c_iri)
        self._subdivision(g, c, P.Clause, d, clause.number, clause.path, clause.heading, clause.span)
        g.add((c, P.text, self._zh(clause.text)))
        if clause.parent_path:
            if clause.parent_path in sections:
                g.add((c, P.inSection, self._node(self.iris.section(doc.key, clause.parent_path))))
            else:
                g.add((c, P.parentClause, self._node(self.iris.clause(doc.key, clause.parent_path))))
        for i, mention in enumerate(clause.units):
            self._unit(g, c, f"{c_iri}/unit/{i}", mention)
        for scheme, mentions in (("instruments", clause.instruments), ("groups", clause.beneficiaries)):
            prop = P.instrument if scheme == "instruments" else P.beneficiary
            for i, m in enumerate(mentions):
                self._concept_mention(g, c, f"{c_iri}/{SCHEMES[scheme]}/{i}", prop, scheme, m)
        named = {m.concept for m in clause.instruments}
        for paid in dict.fromkeys(v.instrument for v in [*clause.amounts, *clause.rates] if v.instrument and v.instrument not in named):
            # 一次性给予30万元奖励: the clause pays for the instrument its words name apart (/compare had left it out)
            g.add((c, P.instrument, self._node(self.iris.concept(SCHEMES["instruments"], paid))))
        for i, amount in enumerate(clause.amounts):
            self._amount(g, c, self.iri(f"{c_iri}/amount/{i}"), amount)
        for i, rate in enumerate(clause.rates):
            self._rate(g, c, self.iri(f"{c_iri}/rate/{i}"), rate)
        for i, period in enumerate(clause.periods):
            self._period(g, c, f"{c_iri}/period/{i}", period)
        for i, ref in enumerate(clause.references):
            self._reference(g, c, f"{c_iri}/ref/{i}", ref)

    def _unit(self, g: Graph, c, node_iri: str, m: UnitMention) -> None:
        P, type_ = self.POL, self.RDF.type
        u, facts = self._unit_facts(m.canonical, m.name, m.unit_type, m.level, m.jurisdiction)
        role_prop = {"lead": P.leadUnit, "co": P.coUnit, "inherited": P.inheritedUnit}[m.role]
        g.add((c, P.responsibleUnit, u))
        g.add((c, role_prop, u))
        for triple in facts:
            g.add(triple)
        node = self.iri(node_iri)
        g.add((c, P.unitMention, node))
        g.add((node, type_, P.UnitMention))
        g.add((node, P.unit, u))
        g.add((node, P.role, self.literal(m.role)))
        if m.inherited_as:
            g.add((node, P.inheritedAs, self.literal(m.inherited_as)))
        self._provenance(g, node, m.span)

    def _issuers(self, g: Graph, doc: Document) -> list:
        """Each issuer's node: the organisation its clauses' units name where it was resolved as one (湖北省发展改革委 is
        湖北省发展和改革委员会), else a node labelled as written."""
        nodes = []
        for name, *resolved in doc.issuer_units or [(n, n, None, None, None) for n in doc.issuers or [doc.issuer] if n]:
            u, facts = self._unit_facts(resolved[0], name, *resolved[1:])
            for triple in facts:
                g.add(triple)
            nodes.append(u)
        return nodes

    def _unit_facts(self, canonical: str, name: str, unit_type: str | None, level: str | None, jurisdiction: str | None) -> tuple:
        """A unit's term and its own triples (type, labels, classification, level, place): the
        same at each of its mentions, so made once per builder (they were a fifth of building)."""
        key = (canonical, name, unit_type, level, jurisdiction)
        made = self._units.get(key)
        if made is None:
            P, g = self.POL, TripleList()
            u = self._node(self.iris.unit(canonical, jurisdiction))
            g.add((u, self.RDF.type, self.ORG.Organization))
            g.add((u, self.SKOS.prefLabel, self._zh(canonical)))
            if name != canonical:
                g.add((u, self.SKOS.altLabel, self._zh(name)))
            if unit_type:
                g.add((u, self.ORG.classification, self._node(self.iris.unit_type(unit_type, level) if level
                                                               else self.iris.unit_type(unit_type))))
            if level:
                g.add((u, P.level, self._level(level)))
            if jurisdiction:
                place = gazetteer().lookup(jurisdiction) if jurisdiction != "中国" else None
                if place:
                    g.add((u, P.jurisdiction, self._place(g, place)))
            made = self._units[key] = (u, tuple(g))
        return made

    def _concept_mention(self, g: Graph, c, node_iri: str, prop, scheme: str, m: ConceptMention) -> None:
        P = self.POL
        concept = self._node(self.iris.concept(SCHEMES[scheme], m.concept))
        g.add((c, prop, concept))
        node = self.iri(node_iri)
        g.add((c, P.conceptMention, node))
        g.add((node, self.RDF.type, P.ConceptMention))
        g.add((node, P.concept, concept))
        self._provenance(g, node, m.span)

    def _bounded_value(self, g: Graph, node, value: float, bound: str) -> None:
        S = self.SCHEMA
        prop = {"max": S.maxValue, "min": S.minValue}.get(bound, S.value)
        g.add((node, prop, self.literal(_decimal_lexical(value), datatype=XSD_DECIMAL)))
        g.add((node, self.POL.bound, self.literal(bound)))

    def _amount(self, g: Graph, c, node, a: Amount) -> None:
        P = self.POL
        g.add((c, P.amount, node))
        g.add((node, self.RDF.type, self.SCHEMA.MonetaryAmount))
        self._bounded_value(g, node, a.value, a.bound)
        if a.threshold:
            g.add((node, P.threshold, self.literal(True)))
        if a.superseded:
            g.add((node, P.superseded, self.literal(True)))
        g.add((node, self.SCHEMA.currency, self.literal(a.currency)))
        if a.payment_unit:
            g.add((node, P.paymentUnit, self._node(self.iris.payment_unit(a.payment_unit))))
        if a.instrument:
            g.add((node, P.forInstrument, self._node(self.iris.concept("instrument", a.instrument))))
        if a.group:
            g.add((node, P.forGroup, self._node(self.iris.concept("group", a.group))))
        self._provenance(g, node, a.span)

    def _rate(self, g: Graph, c, node, r: Rate) -> None:
        P = self.POL
        g.add((c, P.rate, node))
        g.add((node, self.RDF.type, self.SCHEMA.QuantitativeValue))
        self._bounded_value(g, node, r.percent, r.bound)
        if r.threshold:
            g.add((node, P.threshold, self.literal(True)))
        if r.superseded:
            g.add((node, P.superseded, self.literal(True)))
        if r.unit == "percentage-point":  # no UN/CEFACT code: said in words
            g.add((node, self.SCHEMA.unitText, self.literal("percentage point")))
        else:
            g.add((node, self.SCHEMA.unitCode, self.literal("P1")))
        if r.instrument:
            g.add((node, P.forInstrument, self._node(self.iris.concept("instrument", r.instrument))))
        self._provenance(g, node, r.span)

    def _period(self, g: Graph, c, node_iri: str, p: Period) -> None:
        """A period on the time line (dates) is a time:ProperInterval; a bare length of time
        (3个月, 30个工作日) is a time:Duration with its number and unit, never an interval."""
        P, T, type_ = self.POL, self.TIME, self.RDF.type
        node = self.iri(node_iri)
        g.add((c, P.period, node))
        g.add((node, P.periodKind, self.literal(p.kind)))
        if p.superseded:
            g.add((node, P.superseded, self.literal(True)))
        if not (p.begin or p.end) and p.duration:
            g.add((node, type_, T.Duration))
            number, unit = _duration_parts(p.duration)
            g.add((node, T.numericDuration, self.literal(number, datatype=XSD_DECIMAL)))
            g.add((node, T.unitType, self.terms.vocabulary(unit)))
            g.add((node, P.bound, self.literal(p.bound)))
            if p.working_days:
                g.add((node, P.workingDays, self.literal(True)))
            self._provenance(g, node, p.span)
            return
        g.add((node, type_, T.ProperInterval))
        for prop, day, suffix in ((T.hasBeginning, p.begin, "begin"), (T.hasEnd, p.end, "end")):
            if day:
                instant = self.iri(f"{node_iri}/{suffix}")
                g.add((node, prop, instant))
                g.add((instant, type_, T.Instant))
                g.add((instant, T.inXSDDate, self._date(day)))
        if p.duration:
            g.add((node, T.hasXSDDuration, self.literal(p.duration, datatype=XSD.duration)))
            g.add((node, P.bound, self.literal(p.bound)))
        if p.working_days:
            g.add((node, P.workingDays, self.literal(True)))
        self._provenance(g, node, p.span)


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
        if code.endswith("-one-off"):  # per-person-one-off: per person, and one-off
            for broader in (code.removesuffix("-one-off"), "one-off"):
                g.add((node, SKOS.broader, iris.payment_unit(broader)))
    return g


def oxigraph_quads(graph: Graph, graph_iri: str):
    """The triples of an rdflib graph as pyoxigraph quads in named graph ``graph_iri``.

    Converted term by term (no N-Triples text in between); IRIs are cached because a graph
    repeats its predicates and classes many times.
    """
    import pyoxigraph as ox

    terms = OxigraphTerms()
    node = terms.converted
    g = ox.NamedNode(graph_iri)
    for s, p, o in graph:
        yield ox.Quad(node(s), node(p), node(o), g)
