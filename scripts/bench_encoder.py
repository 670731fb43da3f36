"""Embedding backends side by side: query latency (idle and with the cores shared), passage
throughput, memory and cold start, for ONNX Runtime int8 / fp32 and torch, on real clauses.

    python scripts/bench_encoder.py [--corpus DIR] [--queries 200] [--passages 256]

Each backend runs in a fresh process, so its memory and start-up are its own. The passages are
a random sample of what the index embeds (each passage with its heading context, as
``dense_text`` gives it) from a BM25-only index of the corpus built first; the lines of the
source files, which an earlier version sampled, are mostly short (a PDF's wrapped lines) and
gave five times the rate. The queries are the evaluation questions.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
BACKENDS = ["onnx", "onnx-fp32", "torch"]


def indexed_passages(corpus: Path, n: int) -> list[str]:
    """``n`` of the passages the project embeds for ``corpus``, at random (the same each run)."""
    from policykg.graph.search.passages import dense_text
    from policykg.graph.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(Path(tmp) / "data", dense=False)
        ws.ingest([corpus], quiet=True)
        records = ws.search_index.records
        rng = np.random.default_rng(7)
        chosen = rng.choice(len(records), size=min(n, len(records)), replace=False)
        texts = [dense_text(records[int(i)]) for i in chosen]
        ws.close()
    return texts


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


def measure(backend: str, passages_file: Path, n_queries: int, threads: int | None) -> dict:
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
    passages = json.loads(passages_file.read_text(encoding="utf-8"))
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
    parser.add_argument("--passages-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.passages_file, args.queries, args.threads)))
        return
    passages = indexed_passages(args.corpus, args.passages)
    passages_file = Path(tempfile.mkstemp(suffix=".json")[1])
    passages_file.write_text(json.dumps(passages, ensure_ascii=False), encoding="utf-8")
    results = []
    for backend in BACKENDS:
        cmd = [sys.executable, __file__, "--child", backend, "--passages-file", str(passages_file), "--queries", str(args.queries)]
        cmd += ["--threads", str(args.threads)] if args.threads else []
        out = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "TOKENIZERS_PARALLELISM": "false"})
        if out.returncode:
            print(f"{backend}: failed\n{out.stderr[-2000:]}", file=sys.stderr)
            continue
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    reference = np.load("/tmp/bench-encoder-torch.npy") if any(r["backend"] == "torch" for r in results) else None
    passages_file.unlink()
    mean = sum(map(len, passages)) / max(1, len(passages))
    print(f"e5-small on {os.cpu_count()} cores; {args.queries} queries, {len(passages)} indexed passages of {args.corpus} "
          f"(mean {mean:.0f} characters)")
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
