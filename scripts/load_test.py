"""A bounded load test of a running server, on the loopback interface only.

    python scripts/load_test.py --url http://127.0.0.1:8000 [--clients 8] [--seconds 60] [--pid PID] [--mix api|sparql]

``--mix api`` (default) cycles through /sparql, /health, /documents, /units, /clauses and
/compare; ``--mix sparql`` sends one small SELECT to ``--sparql-path`` (``/sparql`` here,
``/query`` for ``oxigraph serve``), to compare the two servers. With ``--pid`` the server's CPU
time per request is printed (from /proc). Prints requests, errors by status, and latencies.
"""
from __future__ import annotations

import argparse
import ipaddress
import os
import socket
import statistics
import sys
import threading
import time
from collections import Counter
from urllib.parse import urlsplit

import httpx

SMALL_QUERY = "SELECT ?d WHERE { ?d a <https://w3id.org/policykg/ns#PolicyDocument> } LIMIT 3"
API_MIX = [
    ("/sparql", {"query": SMALL_QUERY}),
    ("/health", {}),
    ("/documents", {"limit": 10}),
    ("/units", {"q": "人社局"}),
    ("/clauses/pingzhengfa-2019-1-620800/4.10", {}),
    ("/compare", {"instrument": "就业见习补贴"}),
]


def loopback_only(url: str) -> None:
    host = urlsplit(url).hostname or ""
    addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    if not addresses or not all(ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addresses):
        sys.exit(f"refusing to load {host!r}: this script only targets the loopback interface (127.0.0.1, ::1, localhost)")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its children that were waited for (workers count too)."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    pids = [pid] + [int(p) for p in _children(pid)]
    for p in pids:
        try:
            fields = open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
        except (OSError, IndexError, ValueError):
            pass
    return total


def _children(pid: int) -> list[str]:
    """Processes whose parent is ``pid`` (the query workers of a policykg server)."""
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if int(open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(entry)
            except (OSError, IndexError, ValueError):
                pass
    return out


def client_loop(base: str, requests: list, stop: float, latencies: list, statuses: Counter, lock: threading.Lock) -> None:
    with httpx.Client(base_url=base, timeout=30, headers={"Accept": "application/json, application/sparql-results+json"}) as client:
        i = 0
        while time.monotonic() < stop:
            path, params = requests[i % len(requests)]
            i += 1
            started = time.perf_counter()
            try:
                status = client.get(path, params=params).status_code
            except httpx.HTTPError as exc:
                status = type(exc).__name__
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                statuses[status] += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--mix", choices=["api", "sparql"], default="api")
    parser.add_argument("--sparql-path", default="/sparql")
    parser.add_argument("--pid", type=int, help="server process id, to print its CPU time per request")
    args = parser.parse_args()
    if not 1 <= args.clients <= 64 or not 0 < args.seconds <= 600:
        sys.exit("--clients must be 1..64 and --seconds 0..600")
    loopback_only(args.url)
    requests = API_MIX if args.mix == "api" else [(args.sparql_path, {"query": SMALL_QUERY})]
    latencies: list[float] = []
    statuses: Counter = Counter()
    lock = threading.Lock()
    cpu_before = cpu_seconds(args.pid) if args.pid else 0.0
    stop = time.monotonic() + args.seconds
    threads = [threading.Thread(target=client_loop, args=(args.url, requests, stop, latencies, statuses, lock)) for _ in range(args.clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - started
    n = len(latencies)
    errors = {k: v for k, v in statuses.items() if not (isinstance(k, int) and k < 400)}
    ms = sorted(x * 1000 for x in latencies)
    print(f"{args.clients} clients, {wall:.1f} s, mix={args.mix}: {n} requests, {n / wall:.0f} req/s")
    print(f"errors: {sum(errors.values())} {dict(errors) if errors else ''}")
    if ms:
        print(f"latency ms: p50 {statistics.median(ms):.2f}  p95 {ms[int(0.95 * (n - 1))]:.2f}  p99 {ms[int(0.99 * (n - 1))]:.2f}  max {ms[-1]:.2f}")
    if args.pid and n:
        print(f"server CPU: {1000 * (cpu_seconds(args.pid) - cpu_before) / n:.3f} ms per request")


if __name__ == "__main__":
    main()
