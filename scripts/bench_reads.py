"""The reads that grow with how often a unit, place or cited text repeats across document graphs.

    python scripts/bench_reads.py --data DIR [--against REV] [--timeout 120]

A unit's names, place and type, and a place's label, are stated in every document graph naming
them, and the union default graph answers a pattern once per graph stating it. This times, on the
busiest unit and city of DIR (the ones named by most documents):

- the typed reads behind the API and the pages (``graph/reads.py``): a unit, its clauses, a clause,
  a comparison by unit and by beneficiary group, the first unit lookup of a store state;
- the named queries of ``graph/queries/`` that read those descriptions (``NAMED``), bound as
  ``docs/ontology.md`` binds them.

Each named query runs in a process of its own, killed after ``--timeout`` seconds (Oxigraph cannot
stop a query), as this checkout's text and, with ``--against REV``, as that revision's text, side by
side (the typed reads are this checkout's only). Figures are the median of three runs after one
warm-up; a named query past SLOW_S seconds is timed once.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SLOW_S = 5  # seconds: a named query this slow is run once
NAMED = [  # (query, bindings) as docs/ontology.md binds them, and unbound as the query page offers them
    ("units", {"name": "市人社局"}), ("unit_clauses", {"name": "市人社局"}), ("lead_counts", {}),
    ("unit_types_by_city", {}), ("unit_network", {}), ("compare", {"label": "高校毕业生"}),
    ("compare_unit", {"unitName": "市人社局"}), ("periods_in_force", {}), ("citations", {}), ("documents", {}),
    ("clauses_by_concept", {}), ("instrument_amounts", {"instrumentLabel": "贷款贴息"}),
    ("implementers", {"docNumber": "国办发〔2020〕27号"}), ("implementers", {}), ("instrument_amounts", {}), ("compare_unit", {}),
]


def busiest(store) -> tuple[str, str]:
    """The unit named by most document graphs, and a clause it is responsible for."""
    from policykg.graph import reads
    from policykg.graph.namespaces import sparql_prefixes

    row = reads._solutions(store, sparql_prefixes() + """
        SELECT ?unit (COUNT(DISTINCT ?g) AS ?graphs) (SAMPLE(?c) AS ?clause)
        WHERE { GRAPH ?g { ?c pol:responsibleUnit ?unit } } GROUP BY ?unit ORDER BY DESC(?graphs) LIMIT 1""")
    first = next(iter(row))
    return first["unit"].value, first["clause"].value


def timed(call, runs: int = 3) -> float:
    call()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def typed_reads(data: Path) -> None:
    from policykg.graph import reads
    from policykg.graph.workspace import Workspace

    ws = Workspace(data, read_only=True, search=False)
    store, base = ws.store, ws.iris.base
    unit_iri, clause_iri = busiest(store)
    unit_id = unit_iri.rsplit("/", 1)[-1]
    start = time.perf_counter()
    reads._read_units(store)
    print(f"{'every unit, read once a store state':45} {(time.perf_counter() - start) * 1000:9.1f} ms")
    cases = {
        f"unit {unit_id}": lambda: reads.unit(store, unit_id, base=base),
        "its clauses": lambda: reads.unit_clauses(store, unit_id, limit=1000, base=base),
        "one of them": lambda: reads.clause(store, clause_iri, base=base),
        "compare by that unit": lambda: reads.compare(store, unit=unit_id, base=base),
        "compare by group 高校毕业生": lambda: reads.compare(store, group="高校毕业生", base=base),
    }
    name = reads.unit(store, unit_id, base=base).canonical
    print(f"busiest unit: {name} ({unit_id})")
    for label, call in cases.items():
        print(f"{label:45} {timed(call):9.1f} ms")
    ws.close()


def named_text(name: str, rev: str | None) -> str:
    path = ROOT / "graph" / "queries" / f"{name}.rq"
    if rev is None:
        return path.read_text(encoding="utf-8")
    return subprocess.run(["git", "show", f"{rev}:graph/queries/{name}.rq"], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout


def run_named(data: Path, name: str, bindings: dict, text: str, timeout: float) -> str:
    script = ("import json, statistics, sys, time\n"
              "from policykg.graph import queries, reads\n"
              "from policykg.graph.workspace import Workspace\n"
              "data, name, bindings, text = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), sys.stdin.read()\n"
              "queries.query_text = lambda n, _t=queries.query_text: text if n == name else _t(n)\n"
              "ws = Workspace(data, read_only=True, search=False)\n"
              "query = queries.render(name, **bindings)\n"
              "times = []\n"
              "for _ in range(4):  # a warm-up, then three; a query past SLOW_S once is timed that once\n"
              "    start = time.perf_counter(); rows = sum(1 for _ in reads._solutions(ws.store, query))\n"
              "    times.append(time.perf_counter() - start)\n"
              f"    if times[0] > {SLOW_S}: break\n"
              "print(json.dumps({'ms': statistics.median(times[1:] or times) * 1000, 'rows': rows, 'runs': len(times[1:]) or 1}))\n")
    try:
        done = subprocess.run([sys.executable, "-c", script, str(data), name, json.dumps(bindings)], input=text,
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"> {timeout:.0f} s"
    if done.returncode:
        return "error: " + done.stderr.strip().splitlines()[-1][:60]
    found = json.loads(done.stdout)
    return f"{found['ms']:9.1f} ms, {found['rows']} rows" + (" (1 run)" if found["runs"] == 1 else "")


def named_queries(data: Path, against: str | None, timeout: float) -> None:
    head = f"{'named query':20} {'bindings':28} {'this checkout':>24}" + (f"   {against}" if against else "")
    print(head)
    for name, bindings in NAMED:
        now = run_named(data, name, bindings, named_text(name, None), timeout)
        then = run_named(data, name, bindings, named_text(name, against), timeout) if against else ""
        print(f"{name:20} {json.dumps(bindings, ensure_ascii=False):28} {now:>24}   {then}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--against", help="a git revision whose named queries run beside this checkout's")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a named query's process is killed")
    args = parser.parse_args()
    typed_reads(args.data)
    named_queries(args.data, args.against, args.timeout)


if __name__ == "__main__":
    main()
