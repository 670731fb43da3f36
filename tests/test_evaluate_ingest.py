"""The matching rules of scripts/evaluate_ingest.py, on tiny made-up cases (no pipeline run)."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("evaluate_ingest", ROOT / "scripts" / "evaluate_ingest.py")
ev = importlib.util.module_from_spec(_spec)
sys.modules["evaluate_ingest"] = ev
_spec.loader.exec_module(ev)

SOURCE = "一、总体要求\n（一）加强\n组织领导。各地要\n# Page 12:\n抓好落实。\n（二）\n狠抓落实。各地要抓好落实。\n"


def pred(start: int, text: str, number: str = "", units=(), amounts=()):
    span = SimpleNamespace(start=start, end=start + len(text), text=text)
    return SimpleNamespace(span=span, text=text, number=number, heading="", units=list(units), amounts=list(amounts))


def unit(name: str, role: str = "lead", canonical: str = ""):
    return SimpleNamespace(name=name, role=role, canonical=canonical)


def gold_clause(number: str, text: str, after: int = 0, **kw) -> ev.GoldClause:
    offset, text_offset = ev.locate(SOURCE, number, text, after)
    return ev.GoldClause(number, text, offset, text_offset, **kw)


def test_locate_skips_line_breaks_and_page_markers():
    offset, text_offset = ev.locate(SOURCE, "（二）", "狠抓落实。各地要")
    assert SOURCE[offset:offset + 3] == "（二）"
    assert SOURCE[text_offset:text_offset + 4] == "狠抓落实"
    with pytest.raises(ValueError):
        ev.locate(SOURCE, "（三）", "狠抓落实")


def test_squash_removes_page_markers_inside_text():
    assert ev.squash("各地要\n# Page 12:\n抓好") == "各地要抓好"


def test_clause_matches_by_start_or_by_text_and_misses_otherwise():
    first = gold_clause("（一）", "加强组织领导。")
    second = gold_clause("（二）", "狠抓落实。", first.text_offset)
    by_start = pred(first.offset, "（一）加强\n组织领导。")
    by_text = pred(5, "狠抓落实。各地要抓好落实。")  # wrong offset, right text
    stray = pred(0, "一、总体要求")  # a heading: matches neither
    pairs = ev.match_clauses([first, second], [stray, by_start, by_text])
    assert pairs == {0: 1, 1: 2}


def test_one_predicted_clause_matches_one_gold_clause():
    first = gold_clause("（一）", "加强组织领导。")
    second = gold_clause("（二）", "狠抓落实。", first.text_offset)
    whole = pred(first.offset, "加强组织领导。各地要抓好落实。狠抓落实。")  # two clauses run together
    assert ev.match_clauses([first, second], [whole]) == {0: 0}


def test_repeated_texts_pair_with_the_nearest_clause():
    a = ev.GoldClause("1.", "专利质量", 100, 102)
    b = ev.GoldClause("1.", "专利质量", 500, 502)
    early, late = pred(90, "专利质量（25%）"), pred(490, "专利质量（25%）")  # both off by 10: text decides
    assert ev.match_clauses([a, b], [late, early]) == {0: 1, 1: 0}
    assert ev.match_clauses([a, b], [early]) == {0: 0}  # found once: the second repeat is a miss


def test_units_compare_after_folding_brackets_and_spaces():
    gold = [{"name": "各市（州）人民政府", "role": "co"}, {"name": "市人社局", "role": "lead"}]
    got = ev.unit_names(pred(0, "x", units=[unit("各市〔州〕 人民政府", "co"), unit("平凉市人力资源和社会保障局", "lead", canonical="市人社局")]))
    assert ev.match_units(gold, got) == 2


def test_a_duplicate_predicted_unit_counts_once_and_inherited_units_are_left_out():
    gold = [{"name": "市商务局", "role": "lead"}]
    got = ev.unit_names(pred(0, "x", units=[unit("市商务局"), unit("市商务局"), unit("市财政局", "inherited")]))
    assert len(got) == 2
    assert ev.match_units(gold, got) == 1
    assert ev.match_units([{"name": "市财政局", "role": "co"}], got) == 0


def test_lead_must_be_exactly_the_gold_leads():
    gold = [{"name": "省政务局", "role": "lead"}, {"name": "省直相关单位", "role": "co"}]
    right = ev.unit_names(pred(0, "x", units=[unit("省政务局", "lead"), unit("省直相关单位", "co")]))
    too_many = ev.unit_names(pred(0, "x", units=[unit("省政务局", "lead"), unit("省直相关单位", "lead")]))
    wrong = ev.unit_names(pred(0, "x", units=[unit("省直相关单位", "lead")]))
    assert ev.lead_correct(gold, right)
    assert not ev.lead_correct(gold, too_many)
    assert not ev.lead_correct(gold, wrong)


def test_amounts_match_on_value_and_bound_one_to_one():
    gold = [{"value": 150000, "bound": "exact"}, {"value": 100000, "bound": "exact"}]
    assert ev.match_amounts(gold, [(150000.0, "exact"), (100000.0, "max")]) == 1
    assert ev.match_amounts(gold, [(150000.0, "exact"), (150000.0, "exact")]) == 1
    assert ev.match_amounts(gold, [(100000.0, "exact"), (150000.2, "exact")]) == 2


def test_metadata_normalises_brackets_and_spaces():
    want = {"title": "关于印发《方案》的通知", "date": "2023-01-13", "document_number": "甘政办发〔2023〕29号"}
    got = {"title": "关于印发《方案》的\n通知", "date": "2023-01-13", "document_number": "甘政办发[2023] 29 号"}
    assert ev.metadata_hits(want, got) == {"title": True, "date": True, "document_number": True}
    assert ev.metadata_hits(want, {"title": None, "date": None, "document_number": None}) == {
        "title": False, "date": False, "document_number": False}
    assert ev.metadata_hits({**want, "document_number": None}, {**got, "document_number": None})["document_number"]


def test_check_gold_reports_an_offset_that_points_elsewhere(tmp_path):
    good = gold_clause("（二）", "狠抓落实。")
    doc = ev.GoldDoc("x.txt", {}, [good])
    assert ev.check_gold(doc, SOURCE) == []
    moved = ev.GoldDoc("x.txt", {}, [ev.GoldClause("（二）", "狠抓落实。", good.offset + 1, good.text_offset)])
    assert len(ev.check_gold(moved, SOURCE)) == 1


def test_the_gold_files_load_and_their_offsets_check_out():
    golds = ev.load_gold(ev.GOLD_DIR)
    assert len(golds) >= 5
    for g in golds:
        source_file = ev.CORPUS_DIR / "docs" / g.file
        if not source_file.exists():
            pytest.skip("corpus-dev not present")
        assert ev.check_gold(g, source_file.read_text(encoding="utf-8")) == []
        assert all(u["role"] in ("lead", "co") for c in g.clauses for u in c.units)
        json.dumps(g.metadata)  # plain data


def test_f1_is_zero_when_nothing_is_found_and_undefined_when_nothing_is_expected():
    missed = ev.Tally()
    missed.add(hits=0, gold=3, pred=0)
    assert missed.f1("hits", "gold", "pred") == (None, 0.0, 0.0)
    empty = ev.Tally()
    assert empty.f1("hits", "gold", "pred") == (None, None, None)
    half = ev.Tally()
    half.add(hits=1, gold=2, pred=1)
    assert half.f1("hits", "gold", "pred") == (1.0, 0.5, pytest.approx(2 / 3))


def test_metadata_comes_from_the_first_document_in_the_source_with_or_without_source_range():
    notice = SimpleNamespace(title="通知", source_range=(0, 50))
    plan = SimpleNamespace(title="方案", source_range=(50, 900))
    assert ev.main_document([plan, notice]) is notice
    old_style = [SimpleNamespace(title="通知"), SimpleNamespace(title="方案")]  # no source_range field
    assert ev.main_document(old_style) is old_style[0]
    assert ev.metadata_of(ev.main_document([])) == {}


def test_a_file_that_failed_counts_as_nothing_found():
    gold = ev.GoldDoc("x.txt", {"title": "通知", "date": "2023-01-01", "document_number": None, "issuers": ["某局"]},
                      [ev.GoldClause("一、", "总体要求", 0, 2, units=[{"name": "某局", "role": "lead"}])])
    tally = ev.Tally()
    counts = ev.score_gold_doc(gold, [], tally)
    assert counts["gold_clauses"] == 1 and counts["clause_hits"] == 0
    assert counts["gold_units"] == 1 and counts["unit_hits"] == 0
    assert counts["gold_leads"] == 1 and counts["lead_hits"] == 0
    assert counts["meta_title"] == 0 and counts["meta_date"] == 0
    assert tally.ratio("clause_hits", "gold_clauses") == 0.0


def test_a_gold_of_a_compilations_first_document_scores_that_document_alone():
    """A compilation file gives several documents; a gold scoped to its first does not count the others' clauses as
    false positives (a probe's precision 0.48 had been that artefact); without the scope every document counts (a
    notice wrapping a plan is one gold)."""
    first = SimpleNamespace(title="通知", source_range=(0, 40), clauses=[pred(0, "一、总体要求", "一、")])
    second = SimpleNamespace(title="方案", source_range=(41, 90), clauses=[pred(41, "一、工作目标", "一、")])
    gold = ev.GoldDoc("x.txt", {"title": "通知"}, [ev.GoldClause("一、", "总体要求", 0, 2)])
    assert ev.score_gold_doc(gold, [first, second], ev.Tally())["pred_clauses"] == 2
    gold.first_document_only = True
    counts = ev.score_gold_doc(gold, [second, first], ev.Tally())
    assert counts["pred_clauses"] == 1 and counts["clause_hits"] == 1
