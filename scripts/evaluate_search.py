"""Search quality: recall@1, recall@5, MRR@10 and cross-document coverage for BM25, dense and hybrid.

Two question sets:
- seed: tests/data/search_questions.json, 48 questions over the three seed documents in corpus/
  (each lists the clause ids that answer it);
- dev: tests/data/search_questions_dev.json (written by someone who does not tune the ranking),
  over ../shared/corpus-dev/docs, each answer a file and character offsets; split "tune" (used to
  choose the ranking) and "heldout" (run once, at the end). A hit answers when it comes from the
  answer's file and its clause overlaps the answer's offsets.

recall@k: share of answerable questions with an answering hit in the top k. Coverage: share of
cross-document questions with every answering file among the top 10. No-match: share of
unanswerable questions whose best hit is flagged "no good match", and share of answerable ones
wrongly flagged so.

Usage:
  python scripts/evaluate_search.py --seed                      # ingests the seed files of corpus/ into a temp folder
  python scripts/evaluate_search.py --index /tmp/idx --split tune [--questions FILE] [--set per_document=2]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import fields, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_QUESTIONS = ROOT / "tests" / "data" / "search_questions.json"
DEV_QUESTIONS = ROOT / "tests" / "data" / "search_questions_dev.json"
MODES = ("bm25", "dense", "hybrid")


def clause_id(hit) -> str:
    return hit.clause.split("/doc/")[1].replace("/clause/", "/")


def answers_seed(question: dict, hit) -> bool:
    return clause_id(hit) in question["relevant"]


def answers_dev(answer: dict, hit) -> bool:
    """The hit is from the answer's file and its clause overlaps the answer's offsets."""
    return Path(hit.source_file).name == answer["file"] and hit.start < answer["end"] and answer["start"] < hit.end


def score_question(question: dict, hits: list) -> dict:
    if "relevant" in question:  # seed format
        ranks = [i for i, h in enumerate(hits, 1) if answers_seed(question, h)]
        files_needed, files_found = set(), set()
    else:
        ranks = [i for i, h in enumerate(hits, 1) if any(answers_dev(a, h) for a in question["answers"])]
        files_needed = {a["file"] for a in question["answers"]}
        files_found = {a["file"] for a in question["answers"] for h in hits if answers_dev(a, h)}
    first = ranks[0] if ranks else None
    return {"first": first, "covered": bool(files_needed) and files_needed <= files_found,
            "flagged": bool(hits) and not hits[0].good_match or not hits}


def evaluate(index, questions: list[dict], mode: str) -> dict:
    answerable = [q for q in questions if q.get("answerable", True)]
    unanswerable = [q for q in questions if not q.get("answerable", True)]
    cross = [q for q in answerable if q.get("style") == "cross_document"]
    r1 = r5 = mrr = covered = false_alarm = 0.0
    for q in answerable:
        s = score_question(q, index.search(q["question"], k=10, mode=mode))
        first = s["first"]
        r1 += first == 1
        r5 += bool(first and first <= 5)
        mrr += 1 / first if first else 0
        covered += s["covered"] if q in cross else 0
        false_alarm += s["flagged"]
    rejected = sum(score_question(q, index.search(q["question"], k=10, mode=mode))["flagged"] for q in unanswerable)
    n = len(answerable) or 1
    return {"mode": mode, "n": len(answerable), "recall@1": r1 / n, "recall@5": r5 / n, "MRR@10": mrr / n,
            "coverage": covered / len(cross) if cross else None, "n_cross": len(cross),
            "no_match": rejected / len(unanswerable) if unanswerable else None, "n_unanswerable": len(unanswerable),
            "false_no_match": false_alarm / n}


def explain(index, questions: list[dict], mode: str) -> None:
    """Per question: the rank of the first answering hit, and where the top hits came from."""
    for q in questions:
        hits = index.search(q["question"], k=10, mode=mode)
        s = score_question(q, hits)
        files = sorted({a["file"] for a in q.get("answers", [])})
        top = [f"{Path(h.source_file).name}:{h.start}" for h in hits[:3]]
        print(f"{s['first'] or '-':>2} {q['style']:<14} {q['question'][:40]:<40} want {files} got {top} rel {hits[0].relevance if hits else '-'}")


def print_table(title: str, index, questions: list[dict]) -> None:
    print(f"\n{title}: {len(questions)} questions over {len(index)} clauses")
    print(f"{'mode':<8} {'recall@1':>9} {'recall@5':>9} {'MRR@10':>7} {'coverage':>9} {'no-match':>9} {'false no-match':>15}")
    for mode in MODES:
        if mode != "bm25" and not index.dense:
            continue
        m = evaluate(index, questions, mode)
        cov = f"{m['coverage']:.2f} ({m['n_cross']})" if m["coverage"] is not None else "-"
        nom = f"{m['no_match']:.2f} ({m['n_unanswerable']})" if m["no_match"] is not None else "-"
        print(f"{mode:<8} {m['recall@1']:>9.2f} {m['recall@5']:>9.2f} {m['MRR@10']:>7.2f} {cov:>9} {nom:>9} {m['false_no_match']:>15.2f}")


def ranking_with(settings: list[str]):
    """``Ranking`` with ``name=value`` overrides, each converted to the field's type."""
    from policykg.graph.search.index import Ranking

    ranking = Ranking()
    types = {f.name: type(getattr(ranking, f.name)) for f in fields(Ranking)}
    for item in settings:
        name, _, value = item.partition("=")
        if name not in types:
            sys.exit(f"--set: no ranking parameter {name!r}; known: {', '.join(types)}")
        if types[name] is bool and value.lower() not in ("true", "false", "1", "0"):
            sys.exit(f"--set: {name} takes true or false, not {value!r}")
        converted = value.lower() in ("true", "1") if types[name] is bool else types[name](value)
        ranking = replace(ranking, **{name: converted})
    return ranking


# The seed questions do not name a place: over all of corpus/ another city's answer would count as a miss.
SEED_DOCUMENTS = sorted((ROOT / "corpus").glob("[0-9][0-9][0-9]_*.txt"))


def seed_index(tmp: str, dense: bool, ranking):
    from policykg.graph.search.index import SearchIndex
    from policykg.graph.workspace import Workspace

    ws = Workspace(tmp, dense=dense)
    ws.ingest(SEED_DOCUMENTS, quiet=True)
    ws.reindex(quiet=True)  # a kept --work folder: the index follows the code, unchanged vectors reused
    index = SearchIndex.open(Path(tmp) / "index", ws.search_index.embedder, ranking)
    ws.close()
    return index


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", action="store_true", help="evaluate the seed questions over the seed documents of corpus/")
    parser.add_argument("--work", type=Path, help="keep the seed data folder here (vectors reused on the next run)")
    parser.add_argument("--no-dense", action="store_true", help="BM25 only (no model)")
    parser.add_argument("--index", type=Path, help="an index folder built from ../shared/corpus-dev (dev questions)")
    parser.add_argument("--questions", type=Path, default=DEV_QUESTIONS)
    parser.add_argument("--split", choices=("tune", "heldout", "all"), default="tune")
    parser.add_argument("--style", help="only questions of this style")
    parser.add_argument("--explain", choices=MODES, help="print each question's rank with this ranker")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="override a Ranking parameter")
    args = parser.parse_args()
    ranking = ranking_with(args.set)
    if args.seed or not args.index:
        with tempfile.TemporaryDirectory() as tmp:
            questions = json.loads(SEED_QUESTIONS.read_text(encoding="utf-8"))
            print_table("seed questions", seed_index(str(args.work or tmp), not args.no_dense, ranking), questions)
    if args.index:
        from policykg.graph.search.embedding import Embedder
        from policykg.graph.search.index import SearchIndex

        meta = json.loads((args.index / "meta.json").read_text(encoding="utf-8"))
        embedder = Embedder.for_model_id(meta["model"]) if meta.get("model") and not args.no_dense else None
        index = SearchIndex.open(args.index, embedder, ranking)
        questions = json.loads(args.questions.read_text(encoding="utf-8"))
        chosen = [q for q in questions if args.split == "all" or q["split"] == args.split]
        if args.style:
            chosen = [q for q in chosen if q["style"] == args.style]
        if args.explain:
            explain(index, chosen, args.explain)
        print_table(f"dev questions, split {args.split}" + (f", style {args.style}" if args.style else ""), index, chosen)


if __name__ == "__main__":
    main()
