"""Namespaces. ``POL`` is the project vocabulary; a mistyped term raises (``_fail = True``).

The terms listed here and those declared in ``ontology/policykg.ttl`` are checked against each
other by a test.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD, DefinedNamespace

ELI = Namespace("http://data.europa.eu/eli/ontology#")
SCHEMA = Namespace("https://schema.org/")
DEFAULT_BASE = "https://w3id.org/policykg/id/"


class POL(DefinedNamespace):
    _fail = True
    _NS = Namespace("https://w3id.org/policykg/ns#")

    # classes
    PolicyDocument: URIRef
    Clause: URIRef
    Section: URIRef
    Segment: URIRef
    UnitMention: URIRef
    ConceptMention: URIRef
    Reference: URIRef
    Place: URIRef
    Level: URIRef
    LevelScheme: URIRef
    PaymentUnit: URIRef
    # document
    level: URIRef
    province: URIRef
    forwards: URIRef
    sourceFile: URIRef
    sourceSha256: URIRef
    contentSha256: URIRef
    extractor: URIRef
    docNumberIssuer: URIRef
    docNumberYear: URIRef
    docNumberSeq: URIRef
    citedTitle: URIRef
    inferred: URIRef
    segment: URIRef
    segmentKind: URIRef
    # clause
    path: URIRef
    text: URIRef
    heading: URIRef
    inSection: URIRef
    parentClause: URIRef
    responsibleUnit: URIRef
    leadUnit: URIRef
    coUnit: URIRef
    inheritedUnit: URIRef
    beneficiary: URIRef
    instrument: URIRef
    amount: URIRef
    rate: URIRef
    period: URIRef
    unitMention: URIRef
    conceptMention: URIRef
    reference: URIRef
    # values and provenance
    role: URIRef
    inheritedAs: URIRef
    unit: URIRef
    concept: URIRef
    relation: URIRef
    target: URIRef
    sourceText: URIRef
    startOffset: URIRef
    endOffset: URIRef
    bound: URIRef
    threshold: URIRef
    superseded: URIRef
    paymentUnit: URIRef
    forInstrument: URIRef
    forGroup: URIRef
    periodKind: URIRef
    workingDays: URIRef
    jurisdiction: URIRef
    adcode: URIRef
    placeKind: URIRef
    # levels
    national: URIRef
    provincial: URIRef
    municipal: URIRef
    county: URIRef


PREFIXES = {
    "pol": str(POL._NS),
    "eli": str(ELI),
    "org": str(ORG),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "time": str(TIME),
    "schema": str(SCHEMA),
    "xsd": str(XSD),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
}


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

ONTOLOGY_GRAPH = "graph/ontology"  # under the base: the named graph the ontology is loaded into (rdf, reads, the /id/ route)
