"""Search benchmark at scale: a corpus of N clauses made from real documents, query latency
(p50, p95) of each stage beside its best alternative measured in the same run.

The corpus: the records of an index built from real documents (``--index``, e.g. the projection
of ../shared/corpus-dev), multiplied into N varied clauses: each variant moves a clause to
another province and city (names in its text and metadata replaced), changes its numbers, drops
or reorders its sentences. Each variant's vector is its source clause's real e5 vector plus
noise (embedding N clauses on 2 cores would take hours); queries are real questions encoded by
the real model. The index is written by the projection's own writer and opened by
``SearchIndex.open``, and searched by ``search_response`` as the API does.

Usage: python scripts/bench_search.py --index /tmp/search-idx-dense [--size 100000]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import tempfile
import time
from pathlib import Path

import bm25s
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
PROVINCES = ["湖南省", "湖北省", "四川省", "广东省", "浙江省", "江苏省", "山东省", "河南省", "云南省", "陕西省", "江西省", "福建省",
             "安徽省", "辽宁省", "青海省", "西藏自治区", "广西壮族自治区", "甘肃省", "河北省", "山西省"]
NUMBER_RE = re.compile(r"\d+")


def ms(times: list[float]) -> str:
    values = sorted(t * 1000 for t in times)
    return f"p50 {statistics.median(values):6.2f} ms, p95 {values[max(0, int(len(values) * 0.95) - 1)]:6.2f} ms"


def timed(fn, items) -> list[float]:
    out = []
    for item in items:
        t = time.perf_counter()
        fn(item)
        out.append(time.perf_counter() - t)
    return out


def variant(record: dict, i: int, rnd: random.Random) -> dict:
    """Another province's version of a real clause: names, numbers and sentence order changed."""
    province = rnd.choice(PROVINCES)
    old = record.get("province") or record.get("place") or ""
    text = record["text"]
    if old:
        text = text.replace(old, province).replace(old.rstrip("省市"), province.rstrip("省"))
    text = NUMBER_RE.sub(lambda m: str(max(1, int(m.group()) + rnd.randint(-3, 9))), text)
    parts = [p for p in re.split(r"(?<=[。；])", text) if p]
    if len(parts) > 2 and rnd.random() < 0.5:
        parts.pop(rnd.randrange(1, len(parts)))
    if len(parts) > 2 and rnd.random() < 0.5:
        head, rest = parts[0], parts[1:]
        rnd.shuffle(rest)
        parts = [head, *rest]
    doc = i // 40
    r = dict(record)
    r.update(clause=f"{record['clause']}-v{i}", document=f"{record['document']}-v{doc}", doc_key=f"{record['doc_key']}-v{doc}",
             text="".join(parts), province=province, place=province, city=None, title=(record["title"] or "").replace(old, province),
             start=0, end=len("".join(parts)), sentences=_sentences("".join(parts)), date=f"20{rnd.randint(18, 24)}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}")
    return r


def _sentences(text: str) -> list[list]:
    """A variant's sentences, as the projection records them (no place in a source file)."""
    from policykg.graph.search.projection import sentence_ranges

    return [[s, e, None, None] for s, e in sentence_ranges(text)]


def synthetic_records(base: list[dict], size: int):
    """The real records, then varied copies of them up to ``size`` (the same each time: seeded)."""
    rnd = random.Random(1)
    for i in range(size):
        yield base[i] if i < len(base) else variant(base[i % len(base)], i, rnd)


def synthetic_index(base_dir: Path, size: int, folder: Path) -> tuple[list[dict] | None, float, float]:
    """Write the index of ``size`` synthetic records into ``folder``. The records are streamed
    (generated once to tokenize, once more to write): at 1M, held as dicts they took 15 GB. Returns
    the records themselves only up to ``KEEP_RECORDS`` (for the loop-over-dicts comparison)."""
    from policykg.graph.search.index import FORMAT
    from policykg.graph.search.projection import _write, passage_tokens
    from policykg.graph.search.record_runs import RecordRuns
    from policykg.graph.search.records import dumps_line
    from policykg.graph.search.token_table import TokenTable
    from policykg.graph.search.tokenize import ChineseTokenizer

    with (base_dir / "records.jsonl").open(encoding="utf-8") as f:
        base = [json.loads(line) for line in f]
    base_vectors = np.load(base_dir / "vectors.npy").astype(np.float32)
    meta = json.loads((base_dir / "meta.json").read_text(encoding="utf-8"))
    rng = np.random.default_rng(1)
    source = np.arange(size) % len(base)
    vectors = base_vectors[source]
    for start in range(len(base), size, 100_000):  # noise in slices: no second matrix of the full size
        block = vectors[start:start + 100_000]
        block += rng.standard_normal(block.shape).astype(np.float32) * 0.02
        block /= np.linalg.norm(block, axis=1, keepdims=True)
    dictionary = RecordRuns.of(base).dictionary()  # variants keep their source's units and 文号
    tokenizer = ChineseTokenizer(dictionary)
    words: dict[str, str] = {}  # one string object per distinct token
    t = time.perf_counter()
    tokens = []
    for r in synthetic_records(base, size):
        parts = passage_tokens(tokenizer, r)
        tokens.append({"head": [words.setdefault(w, w) for w in parts["head"]],
                       "sentences": [[words.setdefault(w, w) for w in s] for s in parts["sentences"]]})
    tokenize_s = time.perf_counter() - t
    t = time.perf_counter()
    _write(folder, map(dumps_line, synthetic_records(base, size)), TokenTable.from_passages(tokens), vectors, {
        "format": FORMAT, "stamp": "bench", "model": meta["model"], "count": size, "dimension": vectors.shape[1],
        "dictionary": dictionary, "passages": []})
    write_s = time.perf_counter() - t
    return (list(synthetic_records(base, size)) if size <= KEEP_RECORDS else None), tokenize_s, write_s


KEEP_RECORDS = 200_000


SERVING = """
import sys
from pathlib import Path
from policykg.graph.search.embedding import Embedder
from policykg.graph.search.index import SearchIndex
import json


def rss():
    # VmRSS/VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so it would report the parent's peak
    status = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return int(status["VmRSS"].split()[0]) / 1024, int(status["VmHWM"].split()[0]) / 1024


folder = Path(sys.argv[1])
meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
index = SearchIndex.open(folder, Embedder.for_model_id(meta["model"]))
for question in json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")):
    index.search(question["question"], k=10)
seeds = rss()
step = max(1, len(index.records) // int(sys.argv[3]))
for i in range(0, len(index.records), step)[:int(sys.argv[3])]:  # distinct queries: a long-running server's working set
    index.search(index.records[i]["text"][:60], k=10)
print(*seeds, *rss())
"""
LONG_RUN_QUERIES = 2000


def serving_rss(folder: Path) -> tuple[float, float, float, float]:
    """RSS (now, peak) of what a server holds for search: a fresh process opens the index, loads
    the model and answers the 48 seed questions; then again after ``LONG_RUN_QUERIES`` more,
    each the opening of a different record (which pages the model's word table, the BM25 arrays
    and the record file bring in)."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", SERVING, str(folder), str(ROOT / "tests/data/search_questions.json"),
                          str(LONG_RUN_QUERIES)], check=True, capture_output=True, text=True)
    return tuple(float(x) for x in out.stdout.split()[-4:])


class KnownWords:
    """A bm25s index whose ``get_scores`` leaves out words it does not know, as ours does (bm25s raises)."""

    def __init__(self, model):
        self.model = model

    def get_scores(self, tokens: list[str]) -> np.ndarray:
        known = [t for t in tokens if t in self.model.vocab_dict]
        return self.model.get_scores(known) if known else np.zeros(self.model.scores["num_docs"], dtype=np.float32)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", type=Path, required=True, help="an index folder with vectors, built from real documents")
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="write the synthetic index into this new folder and keep it")
    parser.add_argument("--open", type=Path, help="measure an index kept by an earlier --keep run (no build)")
    args = parser.parse_args()
    from policykg.graph.search.embedding import Embedder
    from policykg.graph.search.facets import SearchFilters
    from policykg.graph.search.index import SearchIndex
    from policykg.graph.search.vectors import scores as vector_scores

    questions = [q["question"] for q in json.loads((ROOT / "tests/data/search_questions.json").read_text(encoding="utf-8"))]
    meta = json.loads((args.index / "meta.json").read_text(encoding="utf-8"))
    embedder = Embedder.for_model_id(meta["model"])
    embedder.encode_queries(["预热"])  # load the model outside the timings
    with tempfile.TemporaryDirectory() as tmp:
        if args.open:
            folder, records = args.open, None
            print(f"{json.loads((folder / 'meta.json').read_text())['count']:,} clauses, written by an earlier run")
        else:
            folder = args.keep or Path(tmp) / "index"
            folder.mkdir(parents=True)
            records, tokenize_s, write_s = synthetic_index(args.index, args.size, folder)
            print(f"{args.size:,} clauses from {meta['count']:,} real ones: tokenize {tokenize_s:.1f} s, "
                  f"write (BM25 + HNSW) {write_s:.1f} s")
        seeds_now, seeds_peak, long_now, long_peak = serving_rss(folder)
        print(f"serving RSS (fresh process: index opened, model loaded, the seed questions searched): {seeds_now:.0f} MiB, "
              f"peak {seeds_peak:.0f} MiB; after {LONG_RUN_QUERIES} more distinct queries: {long_now:.0f} MiB, "
              f"peak {long_peak:.0f} MiB")
        t = time.perf_counter()
        index = SearchIndex.open(folder, embedder)
        print(f"open: {time.perf_counter() - t:.2f} s; HNSW {'on' if index.ann is not None else 'off'}")
        vectors = {q: embedder.encode_queries([q])[0] for q in questions}
        print(f"query encoding          : {ms(timed(lambda q: embedder.encode_queries([q]), questions))}")
        tokens = {q: index.tokenizer.tokens(q) for q in questions}
        everything = np.ones(index.passages, dtype=bool)
        print(f"BM25 scores, ours (short columns by pread)  : {ms(timed(lambda q: index._bm25.get_scores(tokens[q]), questions))}")
        mapped = bm25s.BM25.load(folder / "bm25", mmap=True, show_progress=False)
        known = {q: [t for t in tokens[q] if t in mapped.vocab_dict] for q in questions}  # bm25s refuses unknown words
        print(f"BM25 scores, bm25s memory-mapped          : "
              f"{ms(timed(lambda q: mapped.get_scores(known[q]), [q for q in questions if known[q]]))}")
        print(f"bm25 search (ours)      : {ms(timed(lambda q: index.search_response(q, 10, mode='bm25'), questions))}")
        ours = index._bm25, index._sentence_bm25
        index._bm25, index._sentence_bm25 = (KnownWords(bm25s.BM25.load(folder / name, mmap=True, show_progress=False))
                                             for name in ("bm25", "bm25_sentences"))
        print(f"bm25 search, bm25s's memory-mapped matrices: "
              f"{ms(timed(lambda q: index.search_response(q, 10, mode='bm25'), questions))}")
        index._bm25, index._sentence_bm25 = ours
        exact = timed(lambda q: np.argpartition(-vector_scores(index.vectors, vectors[q]), 100)[:100], questions)
        print(f"dense exact top100, ours (float16, numkong): {ms(exact)}")
        as_float32 = index.vectors.astype(np.float32)
        exact = timed(lambda q: np.argpartition(-(as_float32 @ vectors[q]), 100)[:100], questions)
        print(f"dense exact top100, numpy float32 V@q     : {ms(exact)}")
        if index.ann is not None:
            print(f"dense HNSW top100       : {ms(timed(lambda q: index._dense_top(vectors[q], everything), questions))}")
            truth = {q: set(np.argsort(-vector_scores(index.vectors, vectors[q]))[:10].tolist()) for q in questions}
            found = [len(truth[q] & set(index._dense_top(vectors[q], everything)[0][:10].tolist())) / 10 for q in questions]
            print(f"HNSW recall@10 vs exact : {statistics.mean(found):.3f}")
        print(f"hybrid incl. encoding   : {ms(timed(lambda q: index.search_response(q, 10, mode='hybrid'), questions))}")
        hunan = SearchFilters(province="湖南")
        print(f"hybrid, province filter : {ms(timed(lambda q: index.search_response(q, 10, hunan, mode='hybrid'), questions))}")
        print(f"filter mask (columns)   : {ms(timed(lambda q: index.facets.mask(hunan), questions))}")
        if records is not None:
            loop = timed(lambda q: np.array([(r['province'] or '').startswith('湖南') for r in records]), questions[:10])
            print(f"filter loop over dicts  : {ms(loop)}")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
