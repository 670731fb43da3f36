"""What a document says does not depend on how its text was extracted: real documents, changed
as other PDF extractions and typings change them, give the same title, 文号, date, issuer,
clauses and responsible units.

Each change is applied to a sample of the development documents (never the held-out ones). Line
breaks at random places are not among them, nor every page width: a break right after an item's
first words can make it read as a heading (measured, not asserted: see docs/ingest.md).
"""
from __future__ import annotations

import json
import random
import re

import pytest
from policykg.ingest.compilation import split_compilation
from policykg.ingest.pipeline import parse_file
from test_ingest_robustness import DEV_DOCS, HELD_OUT

SAMPLE = sorted(f for f in DEV_DOCS.glob("*.txt") if f.stem not in HELD_OUT)[::4]
HALF_WIDTH = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})


def _page_markers(text: str, rng: random.Random) -> str:
    out = []
    for i, line in enumerate(text.split("\n")):
        if i and rng.random() < 0.05:
            out += [f"- {rng.randint(1, 99)} -"] if rng.random() < 0.5 else ["", f"# Page {rng.randint(1, 999)}:"]
        out.append(line)
    return "\n".join(out)


def _rewrapped(width: int):
    """Every line longer than ``width`` cut into lines of ``width`` characters: a page of another width."""
    def change(text: str, rng: random.Random) -> str:
        return "\n".join(line[i:i + width] for line in text.split("\n") for i in range(0, max(len(line), 1), width))
    return change


def _running_head(text: str, rng: random.Random) -> str:
    """A page number and a gazette's name between pages, every 38 lines."""
    out = []
    for i, line in enumerate(text.split("\n")):
        if i and i % 38 == 0:
            out += ["", f"- {i // 38} -", "", "某某省人民政府公报", ""]
        out.append(line)
    return "\n".join(out)


def _every_38_lines(mark):
    """``mark(page)`` put between pages every 38 lines."""
    def change(text: str, rng: random.Random) -> str:
        return "\n".join((mark(i // 38) if i and i % 38 == 0 else "") + line for i, line in enumerate(text.split("\n")))
    return change


CHANGES = {
    "page markers between lines": _page_markers,
    "form feeds between pages (pdftotext)": _every_38_lines(lambda page: "\f"),
    "page numbers as ·N·": _every_38_lines(lambda page: f"·{page}·\n"),
    "spaces after digits": lambda text, rng: re.sub(r"(\d)(?=[\u4e00-\u9fff])", r"\1 ", text),
    "short lines letter-spaced (通 知)": lambda text, rng: "\n".join(
        " ".join(line) if 0 < len(line) <= 15 and not re.search(r"[，。；：、\d]", line) else line for line in text.split("\n")),
    "a running head between pages": _running_head,
    "no-break-space indentation": lambda text, rng: "\n".join("\u00a0" * rng.randint(0, 4) + line for line in text.split("\n")),
    "full-width indentation": lambda text, rng: "\n".join("\u3000\u3000" + line if line.strip() and rng.random() < 0.5 else line for line in text.split("\n")),
    "CRLF line ends and trailing spaces": lambda text, rng: "\r\n".join(line + " " * rng.randint(0, 2) for line in text.split("\n")),
    "half-width punctuation": lambda text, rng: text.translate(HALF_WIDTH),
    "文号 year in 【】": lambda text, rng: re.sub(r"〔(\d{4})〕", r"【\1】", text),
    "文号 year in ASCII ()": lambda text, rng: re.sub(r"〔(\d{4})〕", r"(\1)", text),
    "lines re-wrapped at 30 characters": _rewrapped(30),
    "lines re-wrapped at 38 characters": _rewrapped(38),
    "compilation heading without its number": lambda text, rng: _heading_without_number(text),
    # other exports of the same text (a probe's mutations of all 81 files: each had changed 19 to 81 of them)
    "a web page's source and publishing line above it": lambda text, rng: text if len(split_compilation(text) or ()) > 1 else (
        "来源：某某市人民政府网站　　发布时间：2023-05-06 10:30\n\n" + text),  # one document: a web page holds one
    "soft hyphens and zero-width spaces inside words": lambda text, rng: re.sub(
        r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", lambda m: rng.choice(["", "", "", "\u00ad", "\u200b"]), text),
    "Markdown: # title, ## sections, bold items": lambda text, rng: _markdown(text),
    "bullets before numbered items": lambda text, rng: re.sub(r"(?m)^(?=（[一二三四五六七八九十]+）[^\n]*。)", "● ", text),
    "straight quotes": lambda text, rng: re.sub("[“”]", '"', text),
    "文号 year in 〈〉 or 〖〗": lambda text, rng: re.sub(r"〔(\d{4})〕", lambda m: rng.choice(["〈{}〉", "〖{}〗"]).format(m[1]), text),
    "full-width digits": lambda text, rng: text.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "letter-spaced Arabic markers (2 . 加快)": lambda text, rng: re.sub(r"(?m)^(\d{1,2})\.(?=[\u4e00-\u9fff])", r"\1 . ", text),
}


def _markdown(text: str) -> str:
    """A Markdown export of one document (an excerpt of several is left as it is: its compilation's own
    section lines, （三）辽宁省, would become headings too): the first line a # heading, sections ##
    headings, items in bold."""
    if len(split_compilation(text) or ()) > 1:
        return text
    lines = text.split("\n")
    lines[0] = "# " + lines[0]
    out = [lines[0]]
    for line in lines[1:]:
        if re.match(r"[一二三四五六七八九十]+、", line):
            line = "## " + line
        elif re.match(r"（[一二三四五六七八九十]+）", line):
            line = "**" + line + "**"
        out.append(line)
    return "\n".join(out)


def _heading_without_number(text: str) -> str:
    """A document cut from a compilation without its number: title（date） alone over the 文号 (an
    excerpt of several documents is left as it is: its first heading's number is what splits it)."""
    return text if len(split_compilation(text) or ()) > 1 else re.sub(r"^\s*\d{1,3}\s*[.．]\s*", "", text, count=1)


def facts(path, fold_quotes: bool = False) -> list[tuple]:
    if fold_quotes:  # straight quotes stay straight in what is extracted: compare without the quotes' shape
        return [json.loads(re.sub("[“”]", '\\"', json.dumps(f, ensure_ascii=False, default=str))) for f in facts(path)]
    return [(d.title, d.doc_number.text if d.doc_number else None, d.date, d.issuer,
             [(c.path, sorted((u.name, u.role) for u in c.units)) for c in d.clauses]) for d in parse_file(path)]


@pytest.mark.skipif(not SAMPLE, reason=f"no development documents in {DEV_DOCS} (../shared/corpus-dev is not here)")
@pytest.mark.parametrize("change", sorted(CHANGES))
def test_what_a_document_says_survives_another_extraction(change, tmp_path):
    rng = random.Random(change)
    changed = []
    for source in SAMPLE:
        copy = tmp_path / source.name
        copy.write_text(CHANGES[change](source.read_text(encoding="utf-8"), rng), encoding="utf-8")
        fold = change == "straight quotes"
        if facts(copy, fold) != facts(source, fold):
            changed.append(source.name)
    assert not changed, f"{change} changed what was extracted from {changed}"


HEADING_DATE = re.compile(r"^(\s*\d{1,3}\s*[.．][^（(]*?)\s*[（(]\s*\d{4}\s*年[^（）()]{2,12}[）)]", re.S)


@pytest.mark.skipif(not SAMPLE, reason=f"no development documents in {DEV_DOCS} (../shared/corpus-dev is not here)")
def test_a_compilation_heading_that_lost_its_date_still_gives_the_title_and_the_wen_hao(tmp_path):
    """``2. title`` over the 文号, its （date） gone: the heading still names the document (the date may
    then come from the signature, or be unknown)."""
    tried, changed = 0, []
    for source in SAMPLE:
        text = source.read_text(encoding="utf-8")
        undated = HEADING_DATE.sub(r"\1", text, count=1)
        before = facts(source)
        if undated == text or len(before) != 1 or before[0][1] is None:
            continue  # no dated heading, an excerpt of several documents, or no 文号 under the heading
        tried += 1
        copy = tmp_path / source.name
        copy.write_text(undated, encoding="utf-8")
        if [(f[0], f[1], f[4]) for f in facts(copy)] != [(f[0], f[1], f[4]) for f in before]:
            changed.append(source.name)
    assert tried >= 5 and not changed, f"the heading's date taken out changed what was extracted from {changed} ({tried} tried)"
