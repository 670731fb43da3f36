"""Embedding backends side by side: query latency (idle and with the cores shared), passage
throughput, memory and cold start, for ONNX Runtime int8 / fp32 and torch, on real clauses.

    python scripts/bench_encoder.py [--corpus DIR] [--queries 200] [--passages 256]

Each backend runs in a fresh process, so its memory and start-up are its own. The passages are
paragraphs of the real documents in the corpus (not one text repeated); the queries are the
evaluation questions.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
BACKENDS = ["onnx", "onnx-fp32", "torch"]


def real_paragraphs(corpus: Path, n: int) -> list[str]:
    texts = []
    for f in sorted(corpus.glob("*.txt")):
        texts += [p.strip() for p in f.read_text(encoding="utf-8").split("\n") if 20 <= len(p.strip()) <= 400]
    rng = np.random.default_rng(7)
    return [texts[i] for i in rng.choice(len(texts), size=min(n, len(texts)), replace=False)]


def questions() -> list[str]:
    out = []
    for name in ("search_questions.json", "search_questions_dev.json"):
        path = ROOT / "tests" / "data" / name
        if path.exists():
            out += [q["question"] for q in json.loads(path.read_text(encoding="utf-8"))]
    return out


def _busy(stop: float) -> None:  # another process keeping one core busy
    while time.time() < stop:
        sum(i * i for i in range(10_000))


def percentiles(ms: list[float]) -> str:
    return f"p50 {np.percentile(ms, 50):6.1f}  p95 {np.percentile(ms, 95):6.1f}"


def measure(backend: str, corpus: Path, n_queries: int, n_passages: int, threads: int | None) -> dict:
    """Runs in a child process: cold start, query latency idle and shared, passages/s, RSS."""
    t0 = time.perf_counter()
    from policykg.graph.search.embedding import Embedder

    embedder = Embedder(backend=backend, threads=threads).load()
    embedder.encode_queries(["预热"])
    cold = time.perf_counter() - t0
    qs = (questions() * 10)[:n_queries]

    def latencies() -> list[float]:
        out = []
        for q in qs:
            t = time.perf_counter()
            embedder.encode_queries([q])
            out.append((time.perf_counter() - t) * 1000)
        return out

    idle = latencies()
    busy = mp.get_context("spawn").Process(target=_busy, args=(time.time() + 600,), daemon=True)
    busy.start()
    try:
        shared = latencies()
    finally:
        busy.kill()
    passages = real_paragraphs(corpus, n_passages)
    t = time.perf_counter()
    vectors = embedder.encode_passages(passages)
    rate = len(passages) / (time.perf_counter() - t)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    np.save(f"/tmp/bench-encoder-{backend}.npy", vectors)
    return {"backend": backend, "cold_s": cold, "idle": idle, "shared": shared, "passages_per_s": rate, "peak_rss_mib": rss}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--passages", type=int, default=256)
    parser.add_argument("--threads", type=int, default=None, help="threads per backend (default: all cores)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.corpus, args.queries, args.passages, args.threads)))
        return
    results = []
    for backend in BACKENDS:
        cmd = [sys.executable, __file__, "--child", backend, "--corpus", str(args.corpus), "--queries", str(args.queries),
               "--passages", str(args.passages)] + (["--threads", str(args.threads)] if args.threads else [])
        out = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "TOKENIZERS_PARALLELISM": "false"})
        if out.returncode:
            print(f"{backend}: failed\n{out.stderr[-2000:]}", file=sys.stderr)
            continue
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    reference = np.load("/tmp/bench-encoder-torch.npy") if any(r["backend"] == "torch" for r in results) else None
    print(f"e5-small on {os.cpu_count()} cores; {args.queries} queries, {args.passages} real paragraphs from {args.corpus}")
    print(f"{'backend':10} {'cold start':>10} {'query ms, idle':>24} {'query ms, a core busy':>26} {'passages/s':>11} {'peak RSS':>9} {'cos to torch':>13}")
    for r in results:
        cos = ""
        if reference is not None:
            v = np.load(f"/tmp/bench-encoder-{r['backend']}.npy")
            cos = f"{np.min(np.sum(v * reference, axis=1)):.3f} min"
        print(f"{r['backend']:10} {r['cold_s']:9.1f}s {percentiles(r['idle']):>24} {percentiles(r['shared']):>26} "
              f"{r['passages_per_s']:11.1f} {r['peak_rss_mib']:7.0f}MB {cos:>13}")


if __name__ == "__main__":
    main()
