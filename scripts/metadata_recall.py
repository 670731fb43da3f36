"""Print metadata recall (title, date, 文号) of the ingest pipeline against corpus-dev/metadata.json.

Usage: python scripts/metadata_recall.py [CORPUS_DIR] [--held-out] [--show-misses]

Only the first document a file gives is compared (the notice, for a file that forwards one).
文号 are compared after normalising brackets and spaces; titles after removing spaces and
normalising brackets; dates exactly. The held-out documents are left out unless --held-out.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from policykg.ingest.pipeline import parse_file

HELD_OUT = {"黑龙江_02", "吉林_06", "海南_04", "河北_04", "内蒙古_03", "新疆_03", "宁夏_05", "湖南_02"}
DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus-dev"


def loose(text: str | None) -> str | None:
    """Brackets, spaces and full-width forms normalised, for comparing titles and 文号."""
    if text is None:
        return None
    text = re.sub(r"\s+", "", text)
    for chars, to in (("〔［[【", "〔"), ("〕］]】", "〕"), ("(", "（"), (")", "）")):
        text = re.sub(f"[{re.escape(chars)}]", to, text)
    return text.replace("第", "") if re.search(r"〔\d{4}〕第?\d+号$", text) else text


def compare(expected: dict, doc) -> dict[str, bool]:
    got = {
        "title": loose(doc.title) or None,
        "date": doc.date.isoformat() if doc.date else None,
        "document_number": loose(doc.doc_number.text) if doc.doc_number else None,
    }
    want = {"title": loose(expected["title"]), "date": expected["date"], "document_number": loose(expected["document_number"])}
    return {field: got[field] == want[field] for field in want}, got, want


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--held-out", action="store_true", help="measure the 8 held-out documents only")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    expected = json.loads((args.corpus / "metadata.json").read_text(encoding="utf-8"))
    names = sorted(n for n in expected if (Path(n).stem in HELD_OUT) == args.held_out)
    hits = {"title": 0, "date": 0, "document_number": 0}
    failed = 0
    for name in names:
        try:
            doc = parse_file(args.corpus / "docs" / name)[0]
        except Exception as exc:  # a crash is a failure to report, not a reason to stop
            failed += 1
            print(f"FAILED {name}: {exc}", file=sys.stderr)
            continue
        ok, got, want = compare(expected[name], doc)
        for field, good in ok.items():
            hits[field] += good
            if not good and args.show_misses:
                print(f"{name} {field}: got {got[field]!r} want {want[field]!r}")
    n = len(names)
    print(f"documents {n}, failed {failed}")
    for field, count in hits.items():
        print(f"{field:16s} {count}/{n} = {count / n:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
