"""`/search` over HTTP, warm, one keep-alive client, beside the same search in process.

    python scripts/bench_search_api.py [--data DIR] [--rounds 5]

Without ``--data`` the three seed documents of corpus/ are ingested (with embeddings) into a
temporary folder. A `policykg serve` is started on it (the model loads at start); each seed
question is asked ``--rounds`` times after a warm-up round. Printed beside it: the search alone
(``SearchIndex.search_response``, same index, same questions) in this process, so the HTTP, JSON
and framework share is visible. Loopback only.
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
from servers import policykg_server  # noqa: E402

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, help="a data folder (default: the seed documents, ingested here)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
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
