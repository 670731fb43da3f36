"""Ingest quality against hand-checked gold and against the corpus's silver metadata.

Gold: tests/data/ingest_gold/*.json (rules in its README.md). For each gold document the script
runs ``policykg.ingest.pipeline.parse_file`` and prints clause recall and precision, unit
precision/recall/F1, lead-unit accuracy, amount precision/recall/F1 and metadata recall; then
metadata recall (title, date, 文号) over every file of ../shared/corpus-dev/docs against its
metadata.json (silver: ``--verbose`` prints the mismatches), and separately over the held-out files.

A file that crashes or is refused counts as found nothing, and the run goes on.

Usage: python scripts/evaluate_ingest.py [--gold DIR] [--corpus DIR] [--verbose] [--check-gold]
"""
from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "data" / "ingest_gold"
CORPUS_DIR = ROOT.parent / "shared" / "corpus-dev"
HELD_OUT = ("黑龙江_02", "吉林_06", "海南_04", "河北_04", "内蒙古_03", "新疆_03", "宁夏_05", "湖南_02")

PAGE_MARKER_RE = re.compile(r"#\s*Page\s*\d+\s*:?")
SPACE_RE = re.compile(r"\s+")
OPEN_BRACKETS = "（〔[【［(〈"
CLOSE_BRACKETS = "）〕]】］)〉"
AMOUNT_TOLERANCE = 0.5  # yuan


# ---------------------------------------------------------------- normalising


def squash(text: str) -> str:
    """Text without page markers and whitespace (line breaks in PDF text are not content)."""
    return SPACE_RE.sub("", PAGE_MARKER_RE.sub("", text or ""))


def squash_with_map(text: str) -> tuple[str, list[int]]:
    """``squash(text)`` and, for each of its characters, its offset in ``text``."""
    dropped = [False] * len(text)
    for m in PAGE_MARKER_RE.finditer(text):
        for i in range(m.start(), m.end()):
            dropped[i] = True
    kept = [(ch, i) for i, ch in enumerate(text) if not dropped[i] and not ch.isspace()]
    return "".join(ch for ch, _ in kept), [i for _, i in kept]


def norm_name(name: str) -> str:
    """A unit name for comparison: no spaces, one form of brackets, full/half width folded."""
    name = unicodedata.normalize("NFKC", squash(name))
    return name.translate(str.maketrans(OPEN_BRACKETS + CLOSE_BRACKETS, "(" * len(OPEN_BRACKETS) + ")" * len(CLOSE_BRACKETS)))


def norm_doc_number(number: str | None) -> str | None:
    """A 文号 in canonical form: 〔〕 around the year, no spaces."""
    if not number:
        return None
    number = unicodedata.normalize("NFKC", squash(number))
    return re.sub(r"[(\[〔【]\s*(\d{4})\s*[)\]〕】]", r"〔\1〕", number)


def norm_title(title: str | None) -> str:
    return unicodedata.normalize("NFKC", squash(title or ""))


# ---------------------------------------------------------------- gold


@dataclass
class GoldClause:
    number: str
    text: str
    offset: int  # first character of the printed number in the source file
    text_offset: int  # first character of the body text
    units: list[dict] = field(default_factory=list)
    amounts: list[dict] = field(default_factory=list)


@dataclass
class GoldDoc:
    file: str
    metadata: dict
    clauses: list[GoldClause]
    first_document_only: bool = False  # "scope": "first-document": the gold of a compilation's first document alone


def load_gold(directory: Path) -> list[GoldDoc]:
    docs = []
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        clauses = [GoldClause(**c) for c in data["clauses"]]
        docs.append(GoldDoc(data["file"], data["metadata"], clauses, data.get("scope") == "first-document"))
    return docs


def locate(source: str, number: str, text: str, after: int = 0) -> tuple[int, int]:
    """Offsets of a clause's printed number and of its body text, searching from ``after``.

    Raises ValueError when the number directly followed by the text (whitespace and page markers
    ignored) is not in the source. Used to write and to check the gold offsets.
    """
    squashed, where = squash_with_map(source)
    start = next((k for k, off in enumerate(where) if off >= after), len(where))
    needle = squash(number) + squash(text)
    k = squashed.find(needle, start)
    if k < 0:
        raise ValueError(f"clause {number!r} {text!r} not found after offset {after}")
    return where[k], where[k + len(squash(number))]


def check_gold(doc: GoldDoc, source: str) -> list[str]:
    """Problems with one gold file: offsets that do not point at the number and text."""
    problems, after = [], 0
    for c in doc.clauses:
        try:
            offset, text_offset = locate(source, c.number, c.text, after)
        except ValueError as exc:
            problems.append(f"{doc.file}: {exc}")
            continue
        if (offset, text_offset) != (c.offset, c.text_offset):
            problems.append(f"{doc.file}: {c.number}{c.text}: offsets {c.offset},{c.text_offset} should be {offset},{text_offset}")
        after = text_offset
    return problems


# ---------------------------------------------------------------- matching


def clause_starts_at(pred, gold: GoldClause) -> bool:
    """The predicted clause's span starts at the gold number, or at its body text."""
    return gold.offset <= pred.span.start <= gold.text_offset


def clause_text_matches(pred, gold: GoldClause) -> bool:
    """The predicted clause's text starts with the gold text (whitespace, page markers, number ignored)."""
    want = squash(gold.text)
    text, number, heading = squash(pred.text), squash(pred.number), squash(getattr(pred, "heading", ""))
    return any(t.startswith(want) for t in (text, text[len(number):] if text.startswith(number) else text, heading + text))


def match_clauses(gold: list[GoldClause], pred: list) -> dict[int, int]:
    """One-to-one matching, gold index -> predicted index.

    First by position (span starts at the gold offset), then by text for the gold clauses left,
    taking the nearest unused predicted clause, so repeated texts pair up in order.
    """
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and clause_starts_at(p, g):
                pairs[gi] = pi
                used.add(pi)
                break
    for gi, g in enumerate(gold):
        if gi in pairs:
            continue
        candidates = [pi for pi, p in enumerate(pred) if pi not in used and clause_text_matches(p, g)]
        if candidates:
            pi = min(candidates, key=lambda i: abs(pred[i].span.start - g.offset))
            pairs[gi] = pi
            used.add(pi)
    return pairs


def unit_names(pred_clause) -> list[tuple[str, str, str]]:
    """(as-written, canonical, role) of the units written in a predicted clause ("inherited" left out)."""
    return [
        (norm_name(u.name), norm_name(getattr(u, "canonical", "") or ""), u.role)
        for u in pred_clause.units
        if u.role != "inherited"
    ]


def match_units(gold_units: list[dict], pred_units: list[tuple[str, str, str]]) -> int:
    """How many gold units a predicted unit of the same name (as written, or canonical) matches, one-to-one."""
    left = list(pred_units)
    hits = 0
    for g in gold_units:
        name = norm_name(g["name"])
        for i, (written, canonical, _) in enumerate(left):
            if name in (written, canonical):
                hits += 1
                del left[i]
                break
    return hits


def lead_correct(gold_units: list[dict], pred_units: list[tuple[str, str, str]]) -> bool:
    """The predicted lead units are exactly the gold ones (by name as written or canonical)."""
    want = {norm_name(g["name"]) for g in gold_units if g["role"] == "lead"}
    got = [(w, c) for w, c, role in pred_units if role == "lead"]
    if len(got) != len(want):
        return False
    return all(w in want or c in want for w, c in got) and all(any(n in (w, c) for w, c in got) for n in want)


def match_amounts(gold: list[dict], pred: list[tuple[float, str]]) -> int:
    """How many gold amounts a predicted amount with the same value and bound matches, one-to-one."""
    left = list(pred)
    hits = 0
    for g in gold:
        for i, (value, bound) in enumerate(left):
            if abs(value - g["value"]) <= AMOUNT_TOLERANCE and bound == g["bound"]:
                hits += 1
                del left[i]
                break
    return hits


# ---------------------------------------------------------------- scoring


@dataclass
class Tally:
    """Counts summed over documents; ratios computed at the end (micro-averages)."""

    counts: Counter = field(default_factory=Counter)

    def add(self, **kw: int) -> None:
        self.counts.update(kw)

    def ratio(self, num: str, den: str) -> float | None:
        return self.counts[num] / self.counts[den] if self.counts[den] else None

    def f1(self, hits: str, gold: str, pred: str) -> tuple[float | None, float | None, float | None]:
        p, r = self.ratio(hits, pred), self.ratio(hits, gold)
        if p and r:
            return p, r, 2 * p * r / (p + r)
        # nothing found where something was expected (or the reverse) is an F1 of 0, not undefined
        return p, r, (0.0 if self.counts[gold] or self.counts[pred] else None)


def main_document(documents: list):
    """The document a file's heading is about: the first in the source (a notice before the plan it wraps)."""
    if not documents:
        return None
    ranges = [getattr(d, "source_range", None) for d in documents]
    order = [(r[0] if r else 0, i) for i, r in enumerate(ranges)]
    return documents[min(order)[1]]


def metadata_of(doc) -> dict:
    if doc is None:
        return {}
    number = getattr(doc, "doc_number", None)
    date = getattr(doc, "date", None)
    issuers = list(getattr(doc, "issuers", None) or ([doc.issuer] if getattr(doc, "issuer", None) else []))
    return {
        "title": getattr(doc, "title", None),
        "date": date.isoformat() if date else None,
        "document_number": number.text if number else None,
        "issuers": issuers,
    }


def metadata_hits(want: dict, got: dict) -> dict[str, bool]:
    """Which of title, date and 文号 agree (a null 文号 agrees with a null one)."""
    return {
        "title": norm_title(want.get("title")) == norm_title(got.get("title")) and bool(want.get("title")),
        "date": want.get("date") == got.get("date"),
        "document_number": norm_doc_number(want.get("document_number")) == norm_doc_number(got.get("document_number")),
    }


def score_gold_doc(gold: GoldDoc, documents: list, tally: Tally) -> dict:
    """Add one gold document's counts to ``tally``; return its own counts."""
    own = Tally()
    if gold.first_document_only and documents:  # the file's other documents are no part of this gold
        documents = [main_document(documents)]
    pred_clauses = [c for d in documents for c in d.clauses]
    pairs = match_clauses(gold.clauses, pred_clauses)
    own.add(gold_clauses=len(gold.clauses), pred_clauses=len(pred_clauses), clause_hits=len(pairs))
    for gi, g in enumerate(gold.clauses):
        pred_units = unit_names(pred_clauses[pairs[gi]]) if gi in pairs else []
        own.add(gold_units=len(g.units), unit_hits=match_units(g.units, pred_units) if gi in pairs else 0)
        if gi in pairs:
            own.add(pred_units=len(pred_units))
        if any(u["role"] == "lead" for u in g.units):
            own.add(gold_leads=1, lead_hits=int(gi in pairs and lead_correct(g.units, pred_units)))
    gold_amounts = [a for g in gold.clauses for a in g.amounts]
    pred_amounts = [(a.value, a.bound) for c in pred_clauses for a in c.amounts]
    own.add(gold_amounts=len(gold_amounts), pred_amounts=len(pred_amounts), amount_hits=match_amounts(gold_amounts, pred_amounts))
    got = metadata_of(main_document(documents))
    own.add(meta_docs=1, **{f"meta_{name}": int(ok) for name, ok in metadata_hits(gold.metadata, got).items()})
    want_issuers = {norm_name(i) for i in gold.metadata.get("issuers", [])}
    own.add(gold_issuers=len(want_issuers), issuer_hits=len(want_issuers & {norm_name(i) for i in got.get("issuers", [])}))
    tally.counts.update(own.counts)
    return own.counts


def parse(path: Path):
    """Documents of a file, or the exception that stopped it."""
    from policykg.ingest.pipeline import parse_file

    try:
        return parse_file(path), None
    except Exception as exc:  # noqa: BLE001 - a crash is a result to count, not to stop on
        return [], f"{type(exc).__name__}: {exc}"


def fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:5.2f}"


def report_gold(golds: list[GoldDoc], docs_dir: Path) -> None:
    tally = Tally()
    print("Against hand-checked gold (tests/data/ingest_gold)")
    print(f"{'document':<12} {'clR':>5} {'clP':>5} {'unitP':>5} {'unitR':>5} {'unitF':>5} {'lead':>5} {'amtP':>5} {'amtR':>5} {'amtF':>5}  title date 文号 issuer")
    failures = 0
    for gold in golds:
        documents, error = parse(docs_dir / gold.file)
        failures += error is not None
        c = Tally(score_gold_doc(gold, documents, tally))
        up, ur, uf = c.f1("unit_hits", "gold_units", "pred_units")
        ap, ar, af = c.f1("amount_hits", "gold_amounts", "pred_amounts")
        meta = " ".join(f"{c.counts[k]:>4}" for k in ("meta_title", "meta_date", "meta_document_number"))
        issuer = f"{c.counts['issuer_hits']}/{c.counts['gold_issuers']}"
        print(f"{Path(gold.file).stem:<12} {fmt(c.ratio('clause_hits', 'gold_clauses'))} {fmt(c.ratio('clause_hits', 'pred_clauses'))} "
              f"{fmt(up)} {fmt(ur)} {fmt(uf)} {fmt(c.ratio('lead_hits', 'gold_leads'))} {fmt(ap)} {fmt(ar)} {fmt(af)}  {meta} {issuer:>5}"
              + (f"  FAILED {error}" if error else ""))
    n = tally.counts
    up, ur, uf = tally.f1("unit_hits", "gold_units", "pred_units")
    ap, ar, af = tally.f1("amount_hits", "gold_amounts", "pred_amounts")
    print(f"overall ({len(golds)} documents, {failures} failed): "
          f"clause recall {fmt(tally.ratio('clause_hits', 'gold_clauses'))} ({n['clause_hits']}/{n['gold_clauses']}), "
          f"precision {fmt(tally.ratio('clause_hits', 'pred_clauses'))} ({n['clause_hits']}/{n['pred_clauses']})")
    print(f"  units P {fmt(up)} R {fmt(ur)} F1 {fmt(uf)} ({n['unit_hits']} of {n['gold_units']} gold, {n['pred_units']} predicted in matched clauses); "
          f"lead exact {fmt(tally.ratio('lead_hits', 'gold_leads'))} ({n['lead_hits']}/{n['gold_leads']})")
    print(f"  amounts P {fmt(ap)} R {fmt(ar)} F1 {fmt(af)} ({n['amount_hits']} of {n['gold_amounts']} gold, {n['pred_amounts']} predicted)")
    print(f"  metadata recall: title {fmt(tally.ratio('meta_title', 'meta_docs'))}, date {fmt(tally.ratio('meta_date', 'meta_docs'))}, "
          f"文号 {fmt(tally.ratio('meta_document_number', 'meta_docs'))}, issuers {fmt(tally.ratio('issuer_hits', 'gold_issuers'))}")


def report_silver(corpus: Path, only: tuple[str, ...] | None, label: str, verbose: bool) -> None:
    silver = json.loads((corpus / "metadata.json").read_text(encoding="utf-8"))
    names = sorted(n for n in silver if only is None or Path(n).stem in only)
    tally, failures = Tally(), []
    for name in names:
        documents, error = parse(corpus / "docs" / name)
        if error:
            failures.append(f"{name}: {error}")
        got = metadata_of(main_document(documents))
        hits = metadata_hits(silver[name], got)
        tally.add(docs=1, **{k: int(v) for k, v in hits.items()})
        if verbose:
            for key, ok in hits.items():
                if not ok:
                    print(f"    {name} {key}: want {silver[name].get(key)!r} got {got.get(key)!r}")
    print(f"Metadata recall against metadata.json, {label} ({len(names)} files, {len(failures)} failed): "
          f"title {fmt(tally.ratio('title', 'docs'))}, date {fmt(tally.ratio('date', 'docs'))}, "
          f"文号 {fmt(tally.ratio('document_number', 'docs'))}")
    for failure in failures:
        print(f"    FAILED {failure}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=GOLD_DIR)
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR)
    parser.add_argument("--verbose", action="store_true", help="print each metadata mismatch")
    parser.add_argument("--check-gold", action="store_true", help="only check that gold offsets point at their clauses")
    args = parser.parse_args()
    golds = load_gold(args.gold)
    if args.check_gold:
        problems = [p for g in golds for p in check_gold(g, (args.corpus / "docs" / g.file).read_text(encoding="utf-8"))]
        print("\n".join(problems) or f"{len(golds)} gold files, {sum(len(g.clauses) for g in golds)} clauses: offsets check out")
        raise SystemExit(1 if problems else 0)
    report_gold(golds, args.corpus / "docs")
    print()
    report_silver(args.corpus, None, "all files", args.verbose)
    report_silver(args.corpus, HELD_OUT, "held-out files", args.verbose)


if __name__ == "__main__":
    main()
