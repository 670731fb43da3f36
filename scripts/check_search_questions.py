"""Validate the search evaluation set (tests/data/search_questions_dev.json).

Each answer names a corpus file, a passage copied from it and the character offsets
[start, end) of that passage in the file as read with open(path, encoding="utf-8").read().
The passage may drop the line breaks, spaces (``2023 年5 月``) and page markers (``# Page 980:``)
that the PDF extraction put inside it, so text is compared after removing those; an answer whose
passage differs from the raw span in this way says so with ``"passage_normalized": true``.

Usage: python scripts/check_search_questions.py [questions.json] [--docs DIR ...]
Files are looked up in the --docs folders in order (default: the repository's corpus/, then
../shared/corpus-dev/docs). Exit status 0 when the file is valid; otherwise every problem is
printed, one a line.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_QUESTIONS = ROOT / "tests" / "data" / "search_questions_dev.json"
DEFAULT_DOCS = (ROOT / "corpus", ROOT.parent / "shared" / "corpus-dev" / "docs")

STYLES = {"paraphrase", "keyword", "numeric", "place", "department", "cross_document", "unanswerable"}
SPLITS = {"tune", "heldout"}
# Noise the PDF extraction puts inside sentences: page markers and any whitespace.
NOISE = re.compile(r"#\s*Page\s*\d+\s*:|\s+")
MAX_SPLIT_IMBALANCE = 0.2  # largest |tune - heldout| / size of a group (at least 1 allowed)


def squeeze(text: str) -> tuple[str, list[int]]:
    """Text without noise, and for each kept character its offset in ``text``."""
    kept: list[str] = []
    offsets: list[int] = []
    pos = 0
    for match in NOISE.finditer(text):
        for i in range(pos, match.start()):
            kept.append(text[i])
            offsets.append(i)
        pos = match.end()
    for i in range(pos, len(text)):
        kept.append(text[i])
        offsets.append(i)
    return "".join(kept), offsets


def locate(text: str, passage: str) -> list[tuple[int, int]]:
    """Every [start, end) span of ``text`` that equals ``passage`` modulo noise."""
    flat, offsets = squeeze(text)
    needle, _ = squeeze(passage)
    if not needle:
        return []
    spans = []
    at = flat.find(needle)
    while at != -1:
        spans.append((offsets[at], offsets[at + len(needle) - 1] + 1))
        at = flat.find(needle, at + 1)
    return spans


def same_modulo_noise(a: str, b: str) -> bool:
    return squeeze(a)[0] == squeeze(b)[0]


def find_file(name: str, docs: tuple[Path, ...]) -> Path | None:
    """The first folder of ``docs`` holding ``name``."""
    for folder in docs:
        if (folder / name).is_file():
            return folder / name
    return None


def check_answer(where: str, answer: dict, docs: tuple[Path, ...], texts: dict[str, str]) -> list[str]:
    missing = {"file", "passage", "start", "end"} - answer.keys()
    if missing:
        return [f"{where}: answer lacks {sorted(missing)}"]
    path = find_file(answer["file"], docs)
    if path is None:
        return [f"{where}: file {answer['file']} not found in {', '.join(map(str, docs))}"]
    if answer["file"] not in texts:
        texts[answer["file"]] = path.read_text(encoding="utf-8")
    text = texts[answer["file"]]
    start, end = answer["start"], answer["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        return [f"{where}: offsets [{start}, {end}) outside {answer['file']} ({len(text)} chars)"]
    span = text[start:end]
    if not same_modulo_noise(span, answer["passage"]):
        return [f"{where}: {answer['file']}[{start}:{end}] is {span[:40]!r}…, not the passage"]
    normalized = span != answer["passage"]
    if answer.get("passage_normalized", normalized) != normalized:
        return [f"{where}: passage_normalized is {answer['passage_normalized']}, but the span is {'not ' * normalized}verbatim"]
    return []


def check_question(q: dict, docs: tuple[Path, ...], texts: dict[str, str]) -> list[str]:
    where = f"question {q.get('id', '?')}"
    problems = []
    for key in ("id", "question", "style", "split", "answers", "answerable"):
        if key not in q:
            problems.append(f"{where}: missing field {key!r}")
    if problems:
        return problems
    if q["style"] not in STYLES:
        problems.append(f"{where}: unknown style {q['style']!r}")
    if q["split"] not in SPLITS:
        problems.append(f"{where}: unknown split {q['split']!r}")
    if q["answerable"] and not q["answers"]:
        problems.append(f"{where}: answerable but no answers")
    if not q["answerable"] and q["answers"]:
        problems.append(f"{where}: unanswerable but has answers")
    files = [a.get("file") for a in q["answers"]]
    if q["style"] == "cross_document" and len(set(files)) < 2:
        problems.append(f"{where}: cross_document needs answers from 2+ files")
    for n, answer in enumerate(q["answers"]):
        problems += check_answer(f"{where} answer {n}", answer, docs, texts)
    return problems


def check_splits(questions: list[dict]) -> list[str]:
    """Tune and heldout hold about half the questions each, overall and within every style."""
    problems = []
    groups: dict[str, list[dict]] = {"all styles": questions}
    for q in questions:
        groups.setdefault(q.get("style", "?"), []).append(q)
    for name, group in groups.items():
        counts = Counter(q.get("split") for q in group)
        gap = abs(counts["tune"] - counts["heldout"])
        if gap > max(1, round(MAX_SPLIT_IMBALANCE * len(group))):
            problems.append(f"splits unbalanced in {name}: {counts['tune']} tune, {counts['heldout']} heldout")
    return problems


def check(questions: list[dict], docs: tuple[Path, ...] = DEFAULT_DOCS) -> list[str]:
    texts: dict[str, str] = {}
    problems = []
    ids = Counter(q.get("id") for q in questions)
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    for q in questions:
        problems += check_question(q, docs, texts)
    return problems + check_splits(questions)


def summary(questions: list[dict]) -> str:
    table = Counter((q["style"], q["split"]) for q in questions)
    lines = [f"{'style':16} tune heldout"]
    for style in sorted({s for s, _ in table}):
        lines.append(f"{style:16} {table[style, 'tune']:4} {table[style, 'heldout']:7}")
    lines.append(
        f"{'total':16} {sum(v for (_, sp), v in table.items() if sp == 'tune'):4} "
        f"{sum(v for (_, sp), v in table.items() if sp == 'heldout'):7}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", nargs="?", type=Path, default=DEFAULT_QUESTIONS)
    parser.add_argument("--docs", type=Path, nargs="+", default=list(DEFAULT_DOCS))
    args = parser.parse_args(argv)
    questions = json.loads(args.questions.read_text(encoding="utf-8"))
    problems = check(questions, tuple(args.docs))
    for problem in problems:
        print(problem)
    print(summary(questions))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
