"""Search quality on the corpus: recall@1, recall@5 and MRR@10 for BM25, dense and hybrid.

Questions: tests/data/search_questions.json (paraphrased from a reading of the documents, each
with the clauses that answer it). recall@k = share of questions with a relevant clause in the
top k. Usage: python scripts/evaluate_search.py [--data DIR]  (default: ingest corpus/ to a temp dir)
"""
from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from policykg.graph.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent


def evaluate(ws: Workspace, questions: list[dict], mode: str) -> dict:
    r1 = r5 = mrr = 0.0
    for q in questions:
        hits = ws.search_index.search(q["question"], k=10, mode=mode)
        ids = [h.clause.split("/doc/")[1].replace("/clause/", "/") for h in hits]
        ranks = [i for i, cid in enumerate(ids, 1) if cid in q["relevant"]]
        first = ranks[0] if ranks else None
        r1 += first == 1
        r5 += bool(first and first <= 5)
        mrr += 1 / first if first else 0
    n = len(questions)
    return {"mode": mode, "recall@1": r1 / n, "recall@5": r5 / n, "MRR@10": mrr / n}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path)
    args = parser.parse_args()
    questions = json.loads((ROOT / "tests" / "data" / "search_questions.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(args.data or tmp, read_only=bool(args.data))
        if not args.data:
            ws.ingest([ROOT / "corpus"], quiet=True)
        print(f"{len(questions)} questions over {len(ws.search_index)} clauses")
        print(f"{'mode':<8} {'recall@1':>9} {'recall@5':>9} {'MRR@10':>7}")
        for mode in ("bm25", "dense", "hybrid"):
            m = evaluate(ws, questions, mode)
            print(f"{mode:<8} {m['recall@1']:>9.2f} {m['recall@5']:>9.2f} {m['MRR@10']:>7.2f}")
        ws.close()


if __name__ == "__main__":
    main()
