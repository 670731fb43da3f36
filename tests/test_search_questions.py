"""The search evaluation set over the real development documents is valid, and its checker catches
broken entries (wrong offsets, missing files, unbalanced splits, inconsistent answerability)."""

from __future__ import annotations

import copy
import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS_FILE = ROOT / "tests" / "data" / "search_questions_dev.json"


def load_checker():
    spec = importlib.util.spec_from_file_location("check_search_questions", ROOT / "scripts" / "check_search_questions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


checker = load_checker()
QUESTIONS = json.loads(QUESTIONS_FILE.read_text(encoding="utf-8"))
NEEDED_FILES = {a["file"] for q in QUESTIONS for a in q["answers"]}
HAVE_DOCS = all(checker.find_file(name, checker.DEFAULT_DOCS) for name in NEEDED_FILES)
needs_docs = pytest.mark.skipif(not HAVE_DOCS, reason="development corpus not in corpus/ nor ../shared/corpus-dev/docs")

# A small document shaped like the PDF extraction: a label split by a line break, a page marker
# inside a sentence, spaces inside a date.
SAMPLE = "一、总体要求\n（一）全面推行电子保函（责\n任单位：市财政局，\n# Page 12:\n2023 年6 月底前完成）。\n二、其他\n"


@pytest.fixture()
def docs(tmp_path) -> tuple[Path, ...]:
    (tmp_path / "样例_01.txt").write_text(SAMPLE, encoding="utf-8")
    return (tmp_path,)


def sample_question(**changes) -> dict:
    passage = "（责任单位：市财政局，2023年6月底前完成）"
    ((start, end),) = checker.locate(SAMPLE, passage)
    question = {
        "id": "t01",
        "question": "电子保函由哪个部门负责？",
        "style": "department",
        "split": "tune",
        "answerable": True,
        "answers": [{"file": "样例_01.txt", "passage": passage, "start": start, "end": end, "passage_normalized": True}],
    }
    question.update(changes)
    return question


def test_locate_skips_line_breaks_page_markers_and_spaces():
    ((start, end),) = checker.locate(SAMPLE, "（责任单位：市财政局，2023年6月底前完成）")
    assert SAMPLE[start] == "（"
    assert SAMPLE[start:end].endswith("完成）")
    assert "# Page 12:" in SAMPLE[start:end]


def test_locate_finds_every_occurrence_and_nothing_absent():
    text = "甲乙丙\n丁。甲乙\n丙丁。"
    assert checker.locate(text, "甲乙丙丁") == [(0, 5), (6, 11)]
    assert checker.locate(text, "甲丙") == []


def test_sample_question_is_valid(docs):
    tune, heldout = sample_question(), sample_question(id="t02", split="heldout")
    assert checker.check([tune, heldout], docs) == []


def test_shifted_offsets_are_reported(docs):
    question = sample_question()
    question["answers"][0]["start"] += 2
    problems = checker.check([question, sample_question(id="t02", split="heldout")], docs)
    assert any("not the passage" in p for p in problems)


def test_passage_not_in_the_span_is_reported(docs):
    question = sample_question()
    question["answers"][0]["passage"] = "（责任单位：市税务局，2023年6月底前完成）"
    problems = checker.check([question, sample_question(id="t02", split="heldout")], docs)
    assert any("not the passage" in p for p in problems)


def test_missing_file_is_reported(docs):
    question = sample_question()
    question["answers"][0]["file"] = "样例_99.txt"
    problems = checker.check([question, sample_question(id="t02", split="heldout")], docs)
    assert any("样例_99.txt not found" in p for p in problems)


def test_wrong_normalized_flag_is_reported(docs):
    question = sample_question()
    question["answers"][0]["passage_normalized"] = False
    problems = checker.check([question, sample_question(id="t02", split="heldout")], docs)
    assert any("passage_normalized" in p for p in problems)


def test_unbalanced_splits_are_reported(docs):
    questions = [sample_question(id=f"t{n}") for n in range(4)]
    problems = checker.check(questions, docs)
    assert any("splits unbalanced" in p for p in problems)


def test_answerability_must_match_answers(docs):
    no_answer = sample_question(answers=[])
    answered_unanswerable = sample_question(id="t02", split="heldout", answerable=False, style="unanswerable")
    problems = checker.check([no_answer, answered_unanswerable], docs)
    assert any("t01: answerable but no answers" in p for p in problems)
    assert any("t02: unanswerable but has answers" in p for p in problems)


def test_cross_document_needs_two_files(docs):
    question = sample_question(style="cross_document")
    problems = checker.check([question, sample_question(id="t02", split="heldout")], docs)
    assert any("cross_document needs answers from 2+ files" in p for p in problems)


@needs_docs
def test_dev_question_set_is_valid():
    assert checker.check(QUESTIONS) == []


@needs_docs
def test_dev_set_breaks_when_an_offset_moves():
    broken = copy.deepcopy(QUESTIONS)
    answer = next(a for q in broken for a in q["answers"])
    answer["start"], answer["end"] = answer["start"] + 3, answer["end"] + 3
    assert checker.check(broken) != []


def test_dev_set_has_the_mix_the_issue_asks_for():
    styles = Counter(q["style"] for q in QUESTIONS)
    assert len(QUESTIONS) >= 70
    assert styles["cross_document"] >= 10
    assert 4 <= styles["unanswerable"] <= 8
    assert all(not q["answerable"] for q in QUESTIONS if q["style"] == "unanswerable")
    for q in QUESTIONS:
        if q["style"] == "cross_document":
            provinces = {a["file"].split("_")[0] for a in q["answers"]}
            assert len(provinces) >= 2, q["id"]
