"""`/search` over HTTP, warm, one keep-alive client, beside the same search in process.

    python scripts/bench_search_api.py [--data DIR] [--rounds 5]
    python scripts/bench_search_api.py --data DIR --rss-with-index INDEX


Without ``--data`` the three seed documents of corpus/ are ingested (with embeddings) into a
temporary folder. A `policykg serve` is started on it (the model loads at start); each seed
question is asked ``--rounds`` times after a warm-up round. Printed beside it: the search alone
(``SearchIndex.search_response``, same index, same questions) in this process, so the HTTP, JSON
and framework share is visible. Loopback only.

``--rss-with-index`` measures the memory of a real server instead: a copy of ``--data`` whose
index is replaced by INDEX (e.g. the 100k-clause index kept by ``bench_search.py --keep``),
stamped with the copy's store state so the server takes it as current. The server's RSS is read
from /proc after start, after the seed questions, and after 2,000 more distinct queries (each
the opening of a different record), as a long-running server sees them.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "scripts"))
from servers import free_port, policykg_server, wait_until_up  # noqa: E402

QUESTIONS = [q["question"] for q in json.loads((ROOT / "tests/data/search_questions.json").read_text(encoding="utf-8"))]


def percentiles(times: list[float]) -> str:
    values = sorted(t * 1000 for t in times)
    return f"p50 {statistics.median(values):6.2f} ms, p95 {values[max(0, int(len(values) * 0.95) - 1)]:6.2f} ms"


def over_http(url: str, rounds: int) -> list[float]:
    times = []
    with httpx.Client(timeout=30) as client:
        for q in QUESTIONS:  # warm-up
            client.get(f"{url}/search", params={"q": q}).raise_for_status()
        for _ in range(rounds):
            for q in QUESTIONS:
                start = time.perf_counter()
                r = client.get(f"{url}/search", params={"q": q})
                times.append(time.perf_counter() - start)
                r.raise_for_status()
    return times


def in_process(data: Path, rounds: int) -> list[float]:
    from policykg.graph.search.embedding import Embedder
    from policykg.graph.search.index import SearchIndex

    meta = json.loads((data / "index" / "meta.json").read_text(encoding="utf-8"))
    index = SearchIndex.open(data / "index", Embedder.for_model_id(meta["model"]))
    for q in QUESTIONS:
        index.search_response(q, 10)
    times = []
    for _ in range(rounds):
        for q in QUESTIONS:
            start = time.perf_counter()
            index.search_response(q, 10)
            times.append(time.perf_counter() - start)
    return times


def _rss_mib(pid: int) -> int:
    status = dict(line.split(":", 1) for line in open(f"/proc/{pid}/status"))
    return int(status["VmRSS"].split()[0]) // 1024


def server_rss(data: Path, index: Path, work: Path, distinct: int = 2000) -> None:
    import shutil

    copy = work / "data"
    shutil.copytree(data / "store", copy / "store")
    shutil.copy(data / "STATE", copy / "STATE")
    shutil.copytree(index, copy / "index")
    meta = json.loads((copy / "index" / "meta.json").read_text(encoding="utf-8"))
    meta["stamp"] = (data / "STATE").read_text(encoding="utf-8")
    (copy / "index" / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "policykg.api.cli", "serve", "--data", str(copy), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{url}/health", proc, seconds=300)
        started = _rss_mib(proc.pid)
        with httpx.Client(base_url=url, timeout=60) as client:
            if client.get("/health").json()["index"]["stale"]:
                sys.exit("the server does not take the index as current")
            for q in QUESTIONS:
                client.get("/search", params={"q": q}).raise_for_status()
            seeds = _rss_mib(proc.pid)
            with (copy / "index" / "records.jsonl").open(encoding="utf-8") as f:
                lines = f.readlines()
            for line in lines[:: max(1, len(lines) // distinct)][:distinct]:
                client.get("/search", params={"q": json.loads(line)["text"][:60]}).raise_for_status()
            later = _rss_mib(proc.pid)
    finally:
        proc.terminate()
        proc.wait(30)
    print(f"server RSS with {meta['count']:,} records: {started} MiB after start, {seeds} MiB after the seed questions, "
          f"{later} MiB after {distinct} more distinct queries")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, help="a data folder (default: the seed documents, ingested here)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--rss-with-index", type=Path, metavar="INDEX", help="measure a server's RSS with this index (see above)")
    args = parser.parse_args()
    if args.rss_with_index:
        if args.data is None:
            sys.exit("--rss-with-index needs --data (a data folder whose store the server opens)")
        with tempfile.TemporaryDirectory() as tmp:
            server_rss(args.data, args.rss_with_index, Path(tmp))
        return
    with tempfile.TemporaryDirectory() as tmp:
        data = args.data
        if data is None:
            from evaluate_search import SEED_DOCUMENTS

            data = Path(tmp) / "data"
            subprocess.run([sys.executable, "-m", "policykg.api.cli", "ingest", *map(str, SEED_DOCUMENTS), "--data", str(data),
                            "--quiet"], check=True, stdout=subprocess.DEVNULL)
        with policykg_server(str(data), dict(os.environ)) as url:
            http = over_http(url, args.rounds)
        alone = in_process(data, args.rounds)
    print(f"{len(QUESTIONS)} questions x {args.rounds} rounds over {data}")
    print(f"/search over HTTP (one keep-alive client) : {percentiles(http)}")
    print(f"search_response in process (same index)   : {percentiles(alone)}")


if __name__ == "__main__":
    main()
