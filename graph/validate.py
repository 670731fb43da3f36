"""SHACL validation (pyshacl) of graphs against ``ontology/shapes.ttl``."""
from __future__ import annotations

from importlib import resources

from rdflib import Graph


def shapes_graph() -> Graph:
    g = Graph()
    with resources.files(__package__).joinpath("ontology", "shapes.ttl").open("rb") as f:
        g.parse(f, format="turtle")
    return g


def validate(data: Graph) -> tuple[bool, str]:
    """(conforms, report text)."""
    from pyshacl import validate as shacl_validate

    conforms, _, text = shacl_validate(data, shacl_graph=shapes_graph(), inference="none", advanced=True)
    return bool(conforms), text
