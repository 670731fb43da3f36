"""networkx views of the graph: the document network (citations and lineage) and the network of
units that share clauses, built from the named queries so they agree with SPARQL."""
from __future__ import annotations

import networkx as nx

from .queries import render
from .store import GraphStore

PROVINCE_ABBREVIATIONS = set("京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新")


def level_from_doc_number(doc_number: str | None) -> str | None:
    """For documents known only by citation: 国办发 is national, 吉政发 provincial; else unknown."""
    if not doc_number:
        return None
    if doc_number.startswith("国"):
        return "national"
    return "provincial" if doc_number[0] in PROVINCE_ABBREVIATIONS else None


def document_network(store: GraphStore) -> nx.MultiDiGraph:
    """Documents (also those known only by citation) linked by cites/applies/based_on/repeals/forwards."""
    g = nx.MultiDiGraph()
    docs = {r["document"]: r for r in store.select(render("documents", with_prefixes=False))}
    for r in store.select(render("lineage", with_prefixes=False)):
        for side in ("from", "to"):
            iri = r[side]
            meta = docs.get(iri, {})
            number = r.get(f"{side}Number") or meta.get("docNumber")
            g.add_node(iri, doc_number=number, level=r.get(f"{side}Level") or level_from_doc_number(number),
                       title=meta.get("title"), jurisdiction=meta.get("jurisdiction"), in_corpus=iri in docs)
        if not g.has_edge(r["from"], r["to"], key=r["relation"]):
            g.add_edge(r["from"], r["to"], key=r["relation"], relation=r["relation"])
    return g


def lineage(store: GraphStore) -> nx.DiGraph:
    """Only 'applies', 'based_on' and 'forwards' edges: how a higher-level policy flows down (贯彻落实《…》,
    根据《…》精神, 转发)."""
    full = document_network(store)
    g = nx.DiGraph()
    g.add_nodes_from(full.nodes(data=True))
    g.add_edges_from((u, v) for u, v, k in full.edges(keys=True) if k in ("applies", "based_on", "forwards"))
    return g


def unit_network(store: GraphStore) -> nx.Graph:
    """Units as nodes; an edge's weight is the number of clauses two units share."""
    g = nx.Graph()
    units = {r["unit"]: r for r in store.select(render("units", with_prefixes=False))}
    for r in store.select(render("unit_network", with_prefixes=False)):
        for side, label in (("a", "aLabel"), ("b", "bLabel")):
            meta = units.get(r[side], {})
            g.add_node(r[side], label=r[label], jurisdiction=meta.get("jurisdiction"), type=meta.get("typeLabel"))
        g.add_edge(r["a"], r["b"], weight=r["shared"])
    return g


def leading_units(store: GraphStore, top: int = 5) -> dict[str, list[tuple[str, int]]]:
    """Per city, the units leading the most clauses: {city: [(unit, clauses), …]}."""
    out: dict[str, list[tuple[str, int]]] = {}
    for r in store.select(render("lead_counts", with_prefixes=False)):
        out.setdefault(r.get("jurisdiction", "?"), []).append((r["canonical"], r["leads"]))
    return {city: sorted(rows, key=lambda x: -x[1])[:top] for city, rows in out.items()}
