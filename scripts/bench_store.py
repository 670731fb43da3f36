"""Store benchmark: load time, median query latency and peak memory at ~1M triples, side by side
for pyoxigraph on disk (the default), pyoxigraph in memory and rdflib's memory store.

The synthetic corpus has the shape of the real graph (~35 triples a clause: units with roles,
amounts, periods, citations). Each store runs in its own process so memory is its own.
Usage: python scripts/bench_store.py [--clauses 30000]
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

B = "https://w3id.org/policykg/id/"
POL = "https://w3id.org/policykg/ns#"
ELI = "http://data.europa.eu/eli/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
PREFIXES = f"PREFIX pol: <{POL}> PREFIX eli: <{ELI}> PREFIX skos: <{SKOS}> PREFIX schema: <{SCHEMA}>\n"
QUERIES = {
    "unit's clauses": "SELECT ?c WHERE { ?u skos:altLabel \"市人社局\"@zh ; pol:jurisdiction <" + B + "place/c7> . ?c pol:leadUnit ?u }",
    "GROUP BY city": "SELECT ?city (COUNT(?a) AS ?n) WHERE { ?c pol:amount ?a ; eli:is_part_of ?d . ?d eli:jurisdiction ?city } GROUP BY ?city",
    "cites+ chain": "SELECT ?d WHERE { ?d eli:applies+ <" + B + "doc/n0> }",
    "CONTAINS scan": "SELECT ?c WHERE { ?c pol:text ?t FILTER(CONTAINS(?t, \"见习补贴\")) } LIMIT 20",
    "DESCRIBE clause": "DESCRIBE <" + B + "doc/d5/clause/3>",
}


def synthetic_nquads(clauses: int, path: Path) -> int:
    rnd = random.Random(7)
    seen: set[str] = set()  # a unit's labels recur with each clause: count and write each quad once
    with path.open("w", encoding="utf-8") as f:
        def q(s, p, o, g):
            line = f"<{s}> <{p}> {o} <{g}> .\n"
            if line not in seen:
                seen.add(line)
                f.write(line)
        docs = max(1, clauses // 30)
        for d in range(docs):
            doc, g = f"{B}doc/d{d}", f"{B}graph/d{d}"
            city = f"{B}place/c{d % 50}"
            q(doc, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", f"<{POL}PolicyDocument>", g)
            q(doc, ELI + "title", f'"关于促进就业的实施意见{d}"@zh', g)
            q(doc, ELI + "jurisdiction", f"<{city}>", g)
            q(doc, ELI + "applies", f"<{B}doc/n{d % 5}>" if d % 3 else f"<{B}doc/d{max(0, d - 1)}>", g)
            for c in range(30):
                cl = f"{doc}/clause/{c}"
                q(cl, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", f"<{POL}Clause>", g)
                q(cl, ELI + "is_part_of", f"<{doc}>", g)
                q(cl, POL + "path", f'"{c}"', g)
                q(cl, POL + "text", f'"对吸纳就业的单位按每人每月{rnd.randint(500, 2000)}元给予{"就业见习补贴" if c % 7 == 0 else "社会保险补贴"}。"@zh', g)
                for u in range(4):
                    unit = f"{B}org/{d % 50}-{(c + u) % 12}"
                    q(cl, POL + ("leadUnit" if u == 0 else "coUnit"), f"<{unit}>", g)
                    q(cl, POL + "responsibleUnit", f"<{unit}>", g)
                    q(unit, SKOS + "altLabel", '"市人社局"@zh' if (c + u) % 12 == 0 else f'"市局{(c + u) % 12}"@zh', g)
                    q(unit, POL + "jurisdiction", f"<{city}>", g)
                for k in range(3):
                    node = f"{cl}/amount/{k}"
                    q(cl, POL + "amount", f"<{node}>", g)
                    q(node, SCHEMA + "maxValue", f'"{rnd.randint(1, 300) * 1000}"^^<http://www.w3.org/2001/XMLSchema#decimal>', g)
                    q(node, POL + "bound", '"max"', g)
                    q(node, POL + "sourceText", f'"{rnd.randint(1, 300)}万元"', g)
                for k in range(2):
                    node = f"{cl}/period/{k}"
                    q(cl, POL + "period", f"<{node}>", g)
                    q(node, POL + "periodKind", '"interval"', g)
    return len(seen)


def run_backend(backend: str, nq: str, workdir: str) -> dict:
    started = time.perf_counter()
    if backend == "rdflib-memory":
        import rdflib

        ds = rdflib.Dataset(default_union=True)
        ds.parse(nq, format="nquads")

        def query(text):
            return list(ds.query(PREFIXES + text))
    else:
        import pyoxigraph as ox

        store = ox.Store(str(Path(workdir) / "oxi")) if backend == "pyoxigraph-disk" else ox.Store()
        store.bulk_load(path=nq, format=ox.RdfFormat.N_QUADS)

        def query(text):
            result = store.query(PREFIXES + text, use_default_graph_as_union=True)
            return list(result)
    load = time.perf_counter() - started
    latencies = {}
    for name, text in QUERIES.items():
        times = []
        for _ in range(5):
            t = time.perf_counter()
            query(text)
            times.append((time.perf_counter() - t) * 1000)
        latencies[name] = statistics.median(times)
    return {"backend": backend, "load_s": load, "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "median_ms": latencies}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clauses", type=int, default=30000)
    parser.add_argument("--backend")
    parser.add_argument("--nq")
    parser.add_argument("--workdir")
    args = parser.parse_args()
    if args.backend:  # child process
        print(json.dumps(run_backend(args.backend, args.nq, args.workdir)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        nq = Path(tmp) / "synthetic.nq"
        triples = synthetic_nquads(args.clauses, nq)
        print(f"synthetic corpus: {args.clauses} clauses, {triples:,} distinct quads")
        results = []
        for backend in ("pyoxigraph-disk", "pyoxigraph-memory", "rdflib-memory"):
            out = subprocess.run([sys.executable, __file__, "--backend", backend, "--nq", str(nq), "--workdir", tmp],
                                 capture_output=True, text=True, check=True)
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        names = list(QUERIES)
        print(f"{'backend':<18} {'load s':>7} {'peak MiB':>9} " + " ".join(f"{n[:16]:>16}" for n in names))
        for r in results:
            print(f"{r['backend']:<18} {r['load_s']:>7.1f} {r['peak_mib']:>9.0f} " + " ".join(f"{r['median_ms'][n]:>14.1f}ms" for n in names))


if __name__ == "__main__":
    main()
