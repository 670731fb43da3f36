"""Search benchmark: indexing throughput and query latency (p50, p95) on the corpus (real model)
and on a synthetic corpus of 100k clauses (BM25 on real tokens; dense part on random unit
vectors, since embedding 100k clauses on 2 CPU cores would take hours), plus peak memory.
Usage: python scripts/bench_search.py [--synthetic 100000]
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def timed(search, questions: list[str]) -> str:
    """p50 and p95 latency of ``search(question)`` over the questions."""
    times = []
    for q in questions:
        t = time.perf_counter()
        search(q)
        times.append(time.perf_counter() - t)
    return percentiles(times)


def percentiles(times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    return f"p50 {statistics.median(ms):.1f} ms, p95 {ms[int(len(ms) * 0.95) - 1]:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--synthetic", type=int, default=100_000)
    args = parser.parse_args()
    from policykg.graph.search.index import SearchIndex
    from policykg.graph.workspace import Workspace

    questions = [q["question"] for q in json.loads((ROOT / "tests/data/search_questions.json").read_text(encoding="utf-8"))]
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(tmp)
        ws.search_index.embedder.model  # load outside the timing
        t = time.perf_counter()
        ws.ingest([ROOT / "corpus"], quiet=True)
        took = time.perf_counter() - t
        n = len(ws.search_index)
        print(f"corpus: ingest + embed {n} clauses in {took:.1f} s ({n / took:.1f} clauses/s end to end)")
        t = time.perf_counter()
        ws.search_index.embedder.encode_passages([r["text"] for r in ws.search_index.records])
        print(f"corpus: embedding alone {n / (time.perf_counter() - t):.1f} clauses/s")
        for mode in ("bm25", "dense", "hybrid"):
            print(f"corpus {mode:<6}: {timed(lambda q: ws.search_index.search(q, 10, mode=mode), questions)}")
        base = ws.search_index.records
        ws.close()

    rnd = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        index = SearchIndex(Path(tmp), dense=False)
        records = []
        for i in range(args.synthetic):
            r = dict(base[i % len(base)])
            words = r["text"]
            cut = rnd.randrange(len(words))
            r.update(clause=f"{r['clause']}-{i}", doc_key=f"{r['doc_key']}-{i // 30}", text=words[cut:] + words[:cut])
            records.append(r)
        index.records = records
        t = time.perf_counter()
        index._rebuild_bm25()
        took = time.perf_counter() - t
        print(f"synthetic {args.synthetic:,} clauses: BM25 index built in {took:.1f} s ({args.synthetic / took:,.0f} clauses/s)")
        vectors = np.random.default_rng(1).standard_normal((args.synthetic, 384)).astype(np.float32)
        index.vectors = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
        print(f"synthetic bm25 : {timed(lambda q: index.search(q, 10, mode='bm25'), questions)}")
        index.dense = True
        query_vector = index.vectors[0]

        class FixedEmbedder:  # the model's query cost is measured on the corpus above
            model_name = "random"

            def encode_queries(self, texts):
                return query_vector[None, :]

        index.embedder = FixedEmbedder()
        print(f"synthetic hybrid (without query embedding): {timed(lambda q: index.search(q, 10, mode='hybrid'), questions)}")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
