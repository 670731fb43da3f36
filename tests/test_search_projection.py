"""The search projection: built from the store's triples, reused where unchanged, opened
read-only; facets, query understanding, diversity, answer spans and the relevance signal."""
import datetime as dt
import json
import logging
import os
import re
import shutil
from collections import Counter
from itertools import chain
from pathlib import Path

import numpy as np
import pytest
from char_embedder import CharEmbedder
from hypothesis import given, settings
from hypothesis import strategies as st
from policykg.graph.errors import IndexUnavailable, PolicyKGError
from policykg.graph.search.align import SourceFile, _folded, source_ranges
from policykg.graph.search.facets import SearchFilters
from policykg.graph.search.index import FORMAT, Ranking, SearchIndex
from policykg.graph.search.passages import context_line, passage_text
from policykg.graph.search.projection import bm25_corpora, build_index, passage_tokens, read_records, whole_passage
from policykg.graph.search.records import RecordFile, dumps_line
from policykg.graph.search.spans import answer_span, figure_asked, sentences
from policykg.graph.search.token_table import TokenTable
from policykg.graph.search.understand import content_words, find_places, find_years, understand
from policykg.ingest.charforms import comparison_form


@pytest.fixture(scope="module")
def seed_index(workspace, tmp_path_factory):
    directory = tmp_path_factory.mktemp("proj") / "index"
    return build_index(directory, workspace.store, workspace.iris, CharEmbedder(), "stamp-1", quiet=True)


def test_records_come_from_the_store_with_their_context(workspace):
    records = {r["clause"].split("/doc/")[1]: r for r in read_records(workspace.store, workspace.iris)}
    r = records["pingzhengfa-2019-1-620800/clause/4.8"]
    assert r["doc_number"] == "平政发〔2019〕1号" and r["city"] == "平凉市" and r["province"] == "甘肃省"
    assert "创业担保贷款" in r["text"] and r["headings"], "the section heading above the clause"
    source = Path(r["source_file"]).read_text(encoding="utf-8")
    assert "最高不超过15万元" in source[r["start"]:r["end"]]
    passage = passage_text(r)
    assert passage.startswith(r["title"]) and passage.endswith(r["text"]) and r["headings"][0] in passage


def test_records_and_hits_carry_the_numbers_above_their_clause(workspace, seed_index):
    """松原's plan numbers the items of each part （一）, （二）…: a hit's number alone named none of them (h307 F9); its record
    keeps the numbers of the sections and clauses above it, and the hit its label (二、 （一）)."""
    records = {r["clause"].split("/doc/")[1]: r for r in read_records(workspace.store, workspace.iris)}
    assert records["doc-8e50d329bca7/clause/2.1"]["parents"] == [{"path": "2", "number": "二、"}]
    assert records["pingzhengfa-2019-1-620800/clause/4.8"]["parents"][0]["path"] == "4"
    assert all(r["parents"] == [] for r in records.values() if r["kind"] != "clause")
    hits = seed_index.search_response("就业创业", k=30, filters=SearchFilters(document="doc-8e50d329bca7"), mode="bm25").hits
    labels = {h.path: h.label for h in hits if h.number == "（一）"}
    assert labels["2.1"] == "二、 （一）" and labels["3.1"] == "三、 （一）"


def test_records_whose_source_file_cannot_be_read_have_no_source_offsets_and_say_so(workspace, tmp_path, caplog):
    """A data folder copied away from the files it was ingested beside: its answers' offsets in the file were
    null on every hit with no word of why (a new user took it for a bug)."""
    class Elsewhere:
        def location(self, name: str) -> Path:
            return tmp_path / Path(name).name

    with caplog.at_level(logging.WARNING, logger="policykg.graph.search.projection"):
        records = read_records(workspace.store, workspace.iris, sources=Elsewhere())
    assert records and all(s[2] is None for r in records for s in r["sentences"])
    files = {r["source_file"] for r in records}
    (warning,) = [m for m in caplog.messages if "could not be read" in m]
    assert warning.startswith(f"{len(files)} source file(s)") and str(tmp_path) in warning
    caplog.clear()
    read = read_records(workspace.store, workspace.iris)
    assert all(s[2] is not None for r in read if r["kind"] == "clause" for s in r["sentences"][:1]) and not caplog.messages


def test_a_joint_documents_records_cite_every_issuer_and_its_passage_one(tmp_path):
    """Four bodies issue a plan: its hits had cited one of them (SAMPLE) as its issuer. The BM25 passage names
    the first only, as before (every name matched every clause of the document)."""
    from policykg.graph.workspace import Workspace

    (tmp_path / "joint.txt").write_text(
        "甘肃省人力资源和社会保障厅 甘肃省财政厅关于做好就业见习工作的通知\n甘人社发〔2023〕5号\n各市州人力资源社会保障局、财政局：\n"
        "一、加大就业见习补贴力度。对吸纳见习的单位，按每人每月1000元给予补贴。\n二、做好组织实施。各地要加强宣传。\n"
        "甘肃省人力资源和社会保障厅    甘肃省财政厅\n2023年3月1日\n", encoding="utf-8")
    ws = Workspace(tmp_path / "data", dense=False)
    try:
        ws.ingest([tmp_path / "joint.txt"], quiet=True)
        records = read_records(ws.store, ws.iris, sources=ws.sources)
    finally:
        ws.close()
    assert {r["issuer"] for r in records} == {"甘肃省人力资源和社会保障厅、甘肃省财政厅"}
    clause = next(r for r in records if r["kind"] == "clause")
    assert context_line({**clause, "title": "通知"}) == "通知 甘肃省人力资源和社会保障厅"


def test_documents_read_a_few_at_a_time_give_the_records_read_all_at_once(workspace, monkeypatch):
    """The projection asks for given documents in groups (``DOCUMENTS_PER_QUERY``): groups of one
    and two must give exactly the records of every document read in one query."""
    from policykg.graph.search import projection

    everything = read_records(workspace.store, workspace.iris)
    documents = sorted({r["document"] for r in everything})
    assert len(documents) >= 3, "the seed documents"
    for size in (1, 2):
        monkeypatch.setattr(projection, "DOCUMENTS_PER_QUERY", size)
        assert read_records(workspace.store, workspace.iris, documents) == everything
        first_two = read_records(workspace.store, workspace.iris, documents[:2])
        assert first_two == [r for r in everything if r["document"] in documents[:2]] and first_two


def test_index_is_stamped_and_reopens_read_only(seed_index):
    assert seed_index.stamp == "stamp-1" and seed_index.model_name == "test-char-bigrams"
    before = {p.name: p.stat().st_mtime_ns for p in seed_index.directory.iterdir()}
    again = SearchIndex.open(seed_index.directory, CharEmbedder())
    assert len(again) == len(seed_index) and again.dense
    assert {p.name: p.stat().st_mtime_ns for p in seed_index.directory.iterdir()} == before
    assert not [p for p in seed_index.directory.parent.iterdir() if p.name.startswith(".")], "no temp folder left"


def test_open_without_index_or_with_a_damaged_one_raises(tmp_path, seed_index):
    with pytest.raises(IndexUnavailable) as missing:
        SearchIndex.open(tmp_path / "nothing")
    assert isinstance(missing.value, PolicyKGError) and "nothing" in str(missing.value)
    broken = tmp_path / "broken"
    broken.mkdir()
    for p in seed_index.directory.iterdir():
        if p.is_file():
            os.link(p, broken / p.name)
    (broken / "records.jsonl").unlink()
    with pytest.raises(IndexUnavailable):
        SearchIndex.open(broken)


def test_other_model_turns_dense_off_instead_of_embedding(seed_index):
    class Other(CharEmbedder):
        model_name = model_id = "another-model"

    other = Other()
    index = SearchIndex.open(seed_index.directory, other)
    assert not index.dense and other.passages_encoded == 0
    assert index.search("创业担保贷款", k=1, mode="hybrid")  # BM25 still answers


def test_rebuild_embeds_only_changed_passages(tmp_path, corpus_dir):
    from policykg.graph.workspace import Workspace

    ws = Workspace(tmp_path / "data", search=False)
    source = (corpus_dir / "004_30de0d34d7d57a20.txt").read_text(encoding="utf-8")
    path = tmp_path / "pl.txt"
    path.write_text(source, encoding="utf-8")
    ws.ingest([path], quiet=True)
    embedder = CharEmbedder()
    first = build_index(tmp_path / "index", ws.store, ws.iris, embedder, "a", quiet=True)
    assert embedder.passages_encoded == first.passages > len(first) == 25
    path.write_text(source.replace("市财政给予一次性奖补资金扶持发展", "市财政给予一次性奖补资金扶持发展，另给予紫罗兰专项奖励"), encoding="utf-8")
    ws.ingest([path], quiet=True)
    second = build_index(tmp_path / "index", ws.store, ws.iris, embedder, "b", quiet=True)
    assert embedder.passages_encoded == first.passages + 1, "only the changed clause is embedded again"
    (hit,) = second.search("紫罗兰专项奖励", k=1, mode="bm25")
    assert hit.clause.endswith("/clause/7.17")
    fresh = build_index(tmp_path / "fresh", ws.store, ws.iris, CharEmbedder(), "b", quiet=True)
    assert np.allclose(fresh.vectors, second.vectors), "reused vectors equal recomputed ones, row for row"
    ws.close()


def test_an_index_of_the_float32_format_gives_its_vectors_to_the_rebuild(tmp_path, workspace):
    """Format 3 differs only in float32 vectors: upgrading re-embeds nothing and writes float16."""
    store, iris = workspace.store, workspace.iris
    first = build_index(tmp_path / "index", store, iris, CharEmbedder(), "a", quiet=True)
    as_float32 = first.vectors.astype(np.float32) + np.float32(1e-4)  # not exact in float16
    np.save(tmp_path / "index" / "vectors.npy", as_float32)
    meta = json.loads((tmp_path / "index" / "meta.json").read_text(encoding="utf-8"))
    (tmp_path / "index" / "meta.json").write_text(json.dumps({**meta, "format": 3}), encoding="utf-8")
    embedder = CharEmbedder()
    upgraded = build_index(tmp_path / "index", store, iris, embedder, "a", quiet=True)
    assert embedder.passages_encoded == 0
    assert upgraded.vectors.dtype == np.float16 and np.array_equal(upgraded.vectors, as_float32.astype(np.float16))


def test_an_index_of_format_4_is_rebuilt_with_its_vectors_not_opened_as_it_is(tmp_path, workspace):
    """Format 4 did not mark the lines json wrote, which later formats read by the mark."""
    first = build_index(tmp_path / "index", workspace.store, workspace.iris, CharEmbedder(), "a", quiet=True)
    meta = json.loads((tmp_path / "index" / "meta.json").read_text(encoding="utf-8"))
    (tmp_path / "index" / "meta.json").write_text(json.dumps({**meta, "format": 4}), encoding="utf-8")
    with pytest.raises(IndexUnavailable, match="format 4"):
        SearchIndex.open(tmp_path / "index")
    embedder = CharEmbedder()
    upgraded = build_index(tmp_path / "index", workspace.store, workspace.iris, embedder, "a", quiet=True)
    assert embedder.passages_encoded == 0 and upgraded.meta["format"] == FORMAT
    assert np.array_equal(upgraded.vectors, first.vectors)


@pytest.mark.parametrize("filters,check", [
    (SearchFilters(city="平凉市"), lambda h: h.city == "平凉市"),
    (SearchFilters(province="甘肃省"), lambda h: h.province == "甘肃省"),
    (SearchFilters(province="辽宁"), lambda h: h.province == "辽宁省"),
    (SearchFilters(level="provincial"), lambda h: h.level == "provincial"),
    (SearchFilters(year=2019), lambda h: h.date.startswith("2019")),
    (SearchFilters(unit="市人社局"), lambda h: any(u["as_written"] == "市人社局" for u in h.units)),
])
def test_column_filters(seed_index, filters, check):
    hits = seed_index.search("补贴", k=100, filters=filters, mode="bm25")
    assert hits and all(check(h) for h in hits)
    assert len(hits) < len(seed_index.search("补贴", k=100, mode="bm25"))


def test_a_city_filter_holds_its_districts_and_counties_documents():
    """--city 青岛 finds a 黄岛区 text (it had found none: a county's text has the county as its city), and
    --city 上海 the texts of 上海's districts; a district by its own name still finds its own."""
    from policykg.graph.search.facets import Facets, enclosing_city

    assert enclosing_city("黄岛区") == "青岛市" and enclosing_city("上海市青浦区") == "上海市"
    assert enclosing_city("青岛市") is None and enclosing_city("山东省") is None and enclosing_city(None) is None

    def record(doc, place, level):
        return {"clause": f"{doc}/c", "document": doc, "doc_key": doc, "title": "", "issuer": None, "place": place, "province": "山东省",
                "city": place, "level": level, "date": None, "doc_number": None, "units": [], "groups": [], "instruments": [], "periods": []}

    facets = Facets([record("a", "黄岛区", "county"), record("b", "青岛市", "municipal"), record("c", "济南市", "municipal")])
    assert facets.documents_mask(SearchFilters(city="青岛")).tolist() == [True, True, False]
    assert facets.documents_mask(SearchFilters(city="黄岛区")).tolist() == [True, False, False]
    assert "青岛" in facets.places[0]
    # a municipality's own documents (of no city: 上海市 is a province in the table) and its districts' (a blind tester: only
    # the districts' had passed city=上海市)
    shanghai = [record("own", "上海市", "provincial"), record("district", "上海市金山区", "county"), record("other", "南京市", "municipal")]
    shanghai[0].update(city=None, province="上海市")
    shanghai[1].update(city="上海市金山区", province="上海市")
    shanghai[2].update(province="江苏省")
    facets = Facets(shanghai)
    assert facets.documents_mask(SearchFilters(city="上海市")).tolist() == [True, True, False]
    assert facets.documents_mask(SearchFilters(city="上海")).tolist() == [True, True, False]


def test_a_unit_filter_finds_a_unit_by_any_of_its_names_as_units_does(seed_index):
    """人社局, 市人社局, 人力资源和社会保障局: each city's human-resources bureau however its clauses
    write it (平凉 4.10 writes 市人社局; its canonical name is 平凉市人力资源和社会保障局)."""
    def found(unit):
        return {h.clause.split("/doc/")[1] for h in seed_index.search("补贴", k=200, filters=SearchFilters(unit=unit), mode="bm25")}

    short, long, written = found("人社局"), found("人力资源和社会保障局"), found("市人社局")
    assert "pingzhengfa-2019-1-620800/clause/4.10" in short and short == long
    assert written and written <= short and found("平凉市人力资源和社会保障局") < short
    assert found("人社部门的不存在的名字") == set()
    everything = {h.clause.split("/doc/")[1] for h in seed_index.search("补贴", k=200, mode="bm25")}
    assert found("  ") == everything  # a blank value is no filter, not "any unit"


def test_a_units_duties_asked_for_rank_its_clauses_first(seed_index):
    """市人社局负责哪些工作 (h253: a clause where the unit only received reports came first, those it leads after it): the
    clauses the unit is responsible for alone when its duties are asked for; named otherwise, it only ranks higher."""
    result = seed_index.search_response("市人社局负责哪些工作", 10, mode="bm25")
    assert result.hits and all(any(u["as_written"] == "市人社局" for u in h.units) for h in result.hits[:5])
    assert "only clauses with 市人社局 responsible" in result.understood.applied
    assert any("ranked higher" in a for a in seed_index.search_response("市人社局的补贴标准", 10, mode="bm25").understood.applied)


def test_a_units_duties_asked_keep_its_clauses_under_every_name_and_only_when_its_own(tmp_path):
    """The fifth review: 平凉市人力资源和社会保障局 written out is the 市人社局 asked for (its clause had been dropped); and
    企业向市人社局申请…承担哪些责任 asks the 企业's duties, so nothing is dropped for the unit."""
    from policykg.graph.workspace import Workspace

    (tmp_path / "n.txt").write_text(
        "平凉市人民政府办公室关于做好稳就业工作的通知\n平政办发〔2023〕12号\n各县（市、区）人民政府：\n"
        "一、市人社局负责一次性吸纳就业补贴的审核工作。\n二、平凉市人力资源和社会保障局负责就业见习补贴的审核拨付。\n"
        "三、企业申请稳岗返还的，向市人社局提交申请，企业承担申报材料真实性的责任。\n平凉市人民政府办公室\n2023年5月10日\n",
        encoding="utf-8")
    ws = Workspace(tmp_path / "data", dense=False)
    try:
        ws.ingest([tmp_path / "n.txt"], quiet=True)
        index = build_index(tmp_path / "index", ws.store, ws.iris, CharEmbedder(), "stamp-1", quiet=True)
    finally:
        ws.close()

    def items(query):
        result = index.search_response(query, 10, mode="bm25")
        return [h.clause.rsplit("/clause/", 1)[1] for h in result.hits], result.understood.applied

    found, applied = items("市人社局负责哪些补贴的审核")
    assert sorted(found) == ["1", "2"] and "only clauses with 市人社局 responsible" in applied
    found, applied = items("企业向市人社局申请稳岗返还承担哪些责任")
    assert "3" in found and not any(a.startswith("only clauses") for a in applied)


def test_a_filter_that_matches_nothing_says_so(seed_index):
    result = seed_index.search_response("补贴", 10, SearchFilters(city="不存在市", unit="市人社局"), "bm25")
    assert result.hits == [] and result.understood.applied == ["no indexed clause has city 不存在市"]
    # an instrument by a loose name: the names the index knows it by (a chat client had none to try)
    result = seed_index.search_response("贷款", 10, SearchFilters(instrument="担保贷款"), "bm25")
    assert result.hits == [] and "did you mean 创业担保贷款" in result.understood.applied[0]
    assert seed_index.search_response("补贴", 10, SearchFilters(city="平凉"), "bm25").understood.applied == []


def test_in_force_filter_uses_period_columns(seed_index):
    ids = {h.clause.split("/doc/")[1] for h in seed_index.search("补贴", k=100, filters=SearchFilters(in_force_on=dt.date(2021, 6, 1)), mode="bm25")}
    assert "pingzhengfa-2019-1-620800/clause/3.6" not in ids and "ancujiuzufa-2020-3-210300/clause/2" in ids


def test_in_force_on_keeps_a_document_within_the_term_it_states():
    """in_force_on left in a text whose 有效期至2023年12月31日 had passed (a researcher: only the issue date was compared)."""
    from policykg.graph.search.facets import Facets

    def record(doc, issued, since=None, until=None):
        return {"clause": f"{doc}/c", "document": doc, "doc_key": doc, "title": "", "issuer": None, "place": "上海市", "province": "上海市",
                "city": None, "level": "provincial", "date": issued, "doc_number": None, "units": [], "groups": [], "instruments": [],
                "periods": [], "in_force_from": since, "in_force_until": until}

    facets = Facets([record("expired", "2023-01-10", "2023-02-01", "2023-12-31"), record("open", "2023-03-01"),
                     record("later", "2024-05-01", "2024-07-01", "2026-06-30"), record("running", "2023-05-26", "2023-06-01", "2025-12-31")])
    assert facets.documents_mask(SearchFilters(in_force_on=dt.date(2024, 6, 1))).tolist() == [False, True, False, True]
    assert facets.documents_mask(SearchFilters(in_force_on=dt.date(2023, 12, 31))).tolist() == [True, True, False, True]


def test_a_place_the_people_asked_about_go_to_is_no_place_of_the_query():
    """去天津打工的贫困户: the workers' destination, not the policy's place (its passages of 平凉 had been no good match);
    到上海就业有补贴吗 still names 上海."""
    assert find_places("去天津打工的贫困户有路费补助吗") == []
    assert [p["as_written"] for p in find_places("到上海就业有补贴吗")] == ["上海"]
    assert [p["as_written"] for p in find_places("来上海创业的大学生有什么补贴")] == ["上海"]  # (来: the policy's place, a review)


def test_query_places_years_and_units_are_understood():
    assert [p["name"] for p in find_places("在湖南，企业开办要几天")] == ["湖南省"]
    assert [p["name"] for p in find_places("内蒙古自治区和平凉市的规定")] == ["内蒙古自治区", "平凉市"]
    assert find_places("和平发展") == [], "a county's short name (和平区) is an ordinary word"
    # what people call a few cities (a blind tester's 呼市 went unseen)
    assert [(p["name"], p["as_written"]) for p in find_places("呼市一业一证改革")] == [("呼和浩特市", "呼市")]
    assert find_places("整齐市场秩序，招呼市民") == []
    assert find_years("2023年和2019 年的政策") == [2019, 2023]
    assert understand("市人社局负责哪些工作", ["市人社局", "人社局"]).units == ["市人社局"]


def test_the_words_a_question_asks_with_are_no_words_its_answer_must_hold(seed_index):
    """在金昌开个公司全流程要多长时间: 多长时间 (多长, 长时间, 多长时间: in no passage, so weighed as much as a word can) had held
    the answer, first, to relevance 0.39, "no good match" (h307 F7); 由哪个部门牵头: 部门 had counted for a 财政部门 clause
    over the one naming the body that leads (F2). A question is as relevant to a passage as the same without them."""
    tokens = ["企业", "开办", "全", "流程", "多长", "时间", "长时间", "多长时间"]
    assert content_words("企业开办全流程要多长时间", tokens) == ["企业", "开办", "全", "流程"]
    assert content_words("审批时间要多长时间", ["审批", "时间", "多长", "长时间", "多长时间"]) == ["审批", "时间"]  # 时间 asked of too
    assert content_words("由哪个部门牵头", ["部门", "牵头"]) == ["牵头"]
    assert content_words("几个工作日内办结", ["几个", "工作", "工作日", "办结"]) == ["工作", "工作日", "办结"]  # (the unit stays)
    assert content_words("政务数据安全 谁提供谁负责", ["政务", "数据", "安全", "谁", "提供", "负责"])[3] == "谁"  # a saying
    assert content_words("多长时间", ["多长", "时间"]) == ["多长", "时间"]  # (nothing else asked)
    for asking, plain in (("创业担保贷款最长能贷多长时间", "创业担保贷款最长能贷"), ("就业见习补贴由哪个部门负责发放", "就业见习补贴负责发放")):
        first, without = (seed_index.search_response(q, k=1, mode="bm25").hits[0] for q in (asking, plain))
        assert (first.clause, first.relevance) == (without.clause, without.relevance) and first.good_match


def test_a_numbers_pieces_are_no_words_of_their_own(seed_index):
    """哪些文件贯彻落实国办发〔2022〕12号: 国办发, 2022, 号 and the brackets, which every 国办发〔2022〕 number holds, had made a clause
    citing 国办发〔2022〕27号 as relevant as the implementers and a good match, second among them (h307 F3). A 文号 is one word,
    weighing what its pieces weighed with it."""
    tokens = ["文件", "贯彻", "贯彻落实", "国办", "办发", "国办发", "〔", "2022", "〕", "12", "号", "国办发〔2022〕12号"]
    assert content_words("哪些文件贯彻落实国办发〔2022〕12号", tokens) == ["文件", "贯彻", "贯彻落实", "国办发〔2022〕12号"]
    assert content_words("2022年落实国办发〔2022〕12号", ["2022", "国办发", "国办发〔2022〕12号"]) == ["2022", "国办发〔2022〕12号"]
    for mode in ("bm25", "hybrid"):
        hits = seed_index.search_response("哪些条款引用辽财社〔2019〕276号", k=3, mode=mode).hits
        assert "辽财社〔2019〕276号" in hits[0].text
        other = next(h for h in hits if "辽人社发〔2019〕10号" in h.text)  # (the same year's number of another text)
        assert not other.good_match and other.relevance < 0.1, mode


def test_a_number_run_into_the_words_before_it_is_the_one_the_index_knows(seed_index):
    """学徒制补贴辽人社发〔2019〕10号: the words before a 文号 no part of its abbreviation (the term had been 学徒制补贴辽人社发〔2019〕10号,
    in no passage: the clauses citing it not boosted)."""
    result = seed_index.search_response("学徒制补贴辽人社发〔2019〕10号", k=3, mode="bm25")
    assert "clauses naming 辽人社发〔2019〕10号 ranked higher" in result.understood.applied
    assert "辽人社发〔2019〕10号" in result.hits[0].text and result.hits[0].good_match


def test_named_place_leaves_out_other_places_and_is_reported(seed_index):
    result = seed_index.search_response("平凉的创业担保贷款额度", k=10, mode="bm25")
    assert result.understood.places[0]["name"] == "平凉市" and result.understood.applied
    assert result.hits and all(h.city == "平凉市" or h.level == "national" or h.province == "甘肃省" for h in result.hits)
    unfiltered = seed_index.search_response("创业担保贷款额度", k=10, mode="bm25")
    assert {h.city for h in unfiltered.hits} - {"平凉市"}, "without the place other cities answer too"


def test_a_city_named_puts_its_own_documents_before_its_provinces(seed_index, monkeypatch):
    """鞍山 named: 鞍山's clauses before the near clause of 辽宁's plan, which is kept (a blind test: 哈密's clause had come
    second to 新疆's)."""
    import dataclasses

    query = "鞍山 创业担保贷款贴息"
    first = seed_index.search_response(query, k=5, mode="bm25").hits
    assert first[0].city == "鞍山市" and "辽宁省" in {h.province for h in first if h.city is None}
    monkeypatch.setattr(seed_index, "ranking", dataclasses.replace(seed_index.ranking, own_place_boost=0.0))
    assert seed_index.search_response(query, k=5, mode="bm25").hits[0].city != "鞍山市"


def test_documents_of_unknown_place_stay_and_titles_name_places():
    from policykg.graph.search.facets import Facets

    def record(doc, **fields):
        base = {"clause": f"{doc}/c", "document": doc, "doc_key": doc, "title": "", "issuer": None, "place": None, "province": None,
                "city": None, "level": None, "date": None, "doc_number": None, "units": [], "groups": [], "instruments": [], "periods": []}
        return {**base, **fields}

    facets = Facets([record("a", province="湖南省", place="湖南省"), record("b", title="长沙市关于优化营商环境的通知"),
                     record("c"), record("d", title="甘肃省促进就业实施意见"), record("e", level="national")])
    assert facets.places == [{"湖南"}, {"长沙", "湖南"}, set(), {"甘肃"}, {"全国"}]


@pytest.mark.parametrize("query", ["平政发〔2019〕1号讲了什么", "平政发〔2019〕1 号", "请问平政发[2019]1号的主要内容是什么？"])
def test_a_document_asked_for_by_its_wenhao_alone_answers_with_its_own_clauses(seed_index, query):
    """京政办发〔2023〕5号讲了什么 (a blind test): no clause prints its own document's 文号, so the clauses citing it came first
    and the document nowhere; asked for alone, the 文号 chooses the document, its clauses ranked against its title."""
    result = seed_index.search_response(query, k=5, mode="bm25")
    assert result.hits and {h.doc_number for h in result.hits} == {"平政发〔2019〕1号"}
    assert result.understood.applied[0].startswith("平政发〔2019〕1号 is 《")


def test_a_question_in_traditional_characters_is_searched_as_the_documents_are_written(seed_index):
    """寧夏… (a blind test: no place understood, few words matched, the wrong sum quoted): the same hits as in simplified."""
    traditional = seed_index.search_response("平涼的創業擔保貸款額度是多少", k=5, mode="bm25")
    simple = seed_index.search_response("平凉的创业担保贷款额度是多少", k=5, mode="bm25")
    assert [h.clause for h in traditional.hits] == [h.clause for h in simple.hits] and traditional.hits
    assert traditional.understood.places[0]["name"] == "平凉市"


def test_a_place_with_no_indexed_document_is_said_to_have_none(seed_index):
    result = seed_index.search_response("广州的创业担保贷款额度", k=3, mode="bm25")
    assert "no indexed document is of 广州 or its province" in result.understood.applied
    assert result.hits and not any(h.good_match for h in result.hits)
    from policykg.graph.search.facets import SearchFilters  # a filter leaving 平凉 out says nothing of 平凉 (a review)
    filtered = seed_index.search_response("平凉的创业担保贷款额度", k=3, mode="bm25", filters=SearchFilters(year=2010))
    assert not any("平凉 or its province" in a for a in filtered.understood.applied)


def test_a_simplified_question_is_not_converted_again():
    """乾安县 (corpus-dev 吉林_04) and 覆盖 are simplified already: t2s made them 干安县 and 复盖 (a review)."""
    from policykg.graph.search.understand import simplified

    assert simplified("乾安县创业补贴覆盖哪些人") == "乾安县创业补贴覆盖哪些人"
    assert simplified("寧夏對發明專利每件補助多少錢") == "宁夏对发明专利每件补助多少钱"


def test_a_wenhao_is_one_term_besides_its_pieces():
    """国办发〔2022〕30号 had been 国办发 / 2022 / 30 / 号 only, pieces every 文号 of a year shares (a blind tester); the
    words a question or a sentence puts before it are no part of it, and two issuers' abbreviations stay two (a review)."""
    from policykg.graph.search.tokenize import ChineseTokenizer

    tokens = ChineseTokenizer().tokens("哪些文件落实国办发〔2022〕30 号")
    assert "国办发〔2022〕30号" in tokens and "30" in tokens
    assert "国办发〔2022〕30号" in ChineseTokenizer().tokens("哪些文件落实了国办发〔2022〕30号")  # (was 了国办发…: a blind tester)
    assert ChineseTokenizer().tokens("（国发[2021]29号）")[-1:] == ["国发〔2021〕29号"]
    assert ChineseTokenizer().tokens("根据京政办发〔2023〕5号和甘政办发〔2023〕5号")[-2:] == ["京政办发〔2023〕5号", "甘政办发〔2023〕5号"]


def test_clauses_naming_the_wenhao_a_question_names_rank_higher(seed_index, monkeypatch):
    """哪些文件落实国办发〔2020〕27号: the clauses citing it first, however the dense part ranks (a blind tester: hybrid had 3 of
    5 implementers in its top 10, BM25 alone 4); said in ``applied``."""
    import dataclasses

    query = "哪些文件落实国办发〔2020〕27号"
    result = seed_index.search_response(query, k=3)
    assert "clauses naming 国办发〔2020〕27号 ranked higher" in result.understood.applied
    assert "国办发〔2020〕27号" in re.sub(r"\s", "", result.hits[0].text)
    monkeypatch.setattr(seed_index, "ranking", dataclasses.replace(seed_index.ranking, doc_number_boost=0.0))
    assert not any("ranked higher" in a for a in seed_index.search_response(query, k=3).understood.applied)


def test_a_wenhao_in_a_question_about_other_documents_chooses_no_document():
    from policykg.graph.search.understand import document_asked_for

    holders = {(2019, 1): [("平政发", "平政发〔2019〕1号")]}
    assert document_asked_for("平政发〔2019〕1号的主要内容", holders) == "平政发〔2019〕1号"
    assert document_asked_for("哪些文件落实平政发〔2019〕1号", holders) is None
    assert document_asked_for("平政发〔2019〕1号规定的创业担保贷款额度", holders) is None  # a question about its words
    assert document_asked_for("庆政发〔2019〕1号讲了什么", holders) is None  # another issuer's number


def test_another_city_of_the_named_citys_province_is_another_place():
    """陇南 named: 金昌's document ({金昌, 甘肃}) is another place's, 甘肃's own and a national one are not (a blind test: 金昌's
    clause came third under 'documents of places other than 陇南 left out'); 甘肃 named: its cities' are its own."""
    from types import SimpleNamespace

    places = [{"陇南", "甘肃"}, {"金昌", "甘肃"}, {"甘肃"}, {"全国"}, set(), {"湖南"}]
    index = SimpleNamespace(facets=SimpleNamespace(places=places, doc_of=np.arange(len(places))))
    named, other = SearchIndex._place_masks(index, [{"name": "陇南市", "province": "甘肃省"}])
    assert named.tolist() == [True, True, True, False, False, False]  # (a national document is no named place's)
    assert other.tolist() == [False, True, False, False, False, True]
    _, other = SearchIndex._place_masks(index, [{"name": "甘肃省", "province": "甘肃省"}])
    assert other.tolist() == [False, False, False, False, False, True]
    # a district named: its city's documents are its own, another district's are not (a review)
    places = [{"青岛", "山东"}, {"黄岛", "青岛", "山东"}, {"即墨", "青岛", "山东"}, {"山东"}]
    index = SimpleNamespace(facets=SimpleNamespace(places=places, doc_of=np.arange(len(places))))
    _, other = SearchIndex._place_masks(index, [{"name": "黄岛区", "province": "山东省"}])
    assert other.tolist() == [False, False, True, False]


def test_one_document_cannot_fill_the_top_k(seed_index):
    capped = seed_index.search_response("就业补贴", k=8, mode="bm25", per_document=2)
    per_doc = {}
    for h in capped.hits:
        per_doc[h.document] = per_doc.get(h.document, 0) + 1
    assert len(capped.hits) == 8 and max(per_doc.values()) <= 2 and len(per_doc) >= 3
    uncapped = seed_index.search_response("就业补贴", k=8, mode="bm25", per_document=0)
    assert max(sum(h.document == d for h in uncapped.hits) for d in per_doc) > 2


def test_a_query_naming_its_place_keeps_a_documents_next_hit_before_far_worse_hits_of_others():
    """The cap spreads a comparison over documents; a question naming its place asks one document, whose
    third hit goes before other documents' hits ranked more than ``per_document_gap`` places below it."""
    from types import SimpleNamespace

    index = SimpleNamespace(facets=SimpleNamespace(doc_of=["A"] * 11 + ["B", "C", "D"]), ranking=Ranking(per_document_gap=8))
    fused = {i: 100.0 - i for i in range(14)}
    assert SearchIndex._diversify(index, fused, 5, 2) == [0, 1, 11, 12, 13]
    assert SearchIndex._diversify(index, fused, 5, 2, focused=True) == [0, 1, 2, 11, 3]
    # others close behind still come first
    index.facets.doc_of = ["A", "A", "A", "B", "C", "D", "E"]
    assert SearchIndex._diversify(index, {i: 100.0 - i for i in range(7)}, 5, 2, focused=True) == [0, 1, 3, 4, 5]


def test_with_the_dense_model_the_top_k_are_ordered_by_score_and_relevance_together():
    """Fused ranks weigh a rank's neighbours alike however far apart their scores; the hit holding more of the question
    goes first where the fused scores are close (a held-out tester: the answer's relevance 0.94, the first hit's 0.91)."""
    from types import SimpleNamespace

    index = SimpleNamespace(ranking=Ranking(relevance_order=0.5))
    close = [SimpleNamespace(score=0.040, relevance=0.60, own_place=False, name="a"),
             SimpleNamespace(score=0.039, relevance=0.95, own_place=False, name="b"),
             SimpleNamespace(score=0.020, relevance=1.00, own_place=False, name="c")]
    assert [h.name for h in SearchIndex._by_relevance_too(index, close)] == ["b", "a", "c"]
    index.ranking = Ranking(relevance_order=0.0)
    assert [h.name for h in SearchIndex._by_relevance_too(index, close)] == ["a", "b", "c"]


def test_the_place_named_keeps_its_boost_in_the_blended_order():
    """陇南 named: its own clause (…压缩至55个工作日) before the near-identical clause of 甘肃's plan (…60个工作日), which holds
    more of the question's words (h307 F1: the blend with relevance had undone the own place's ×1.1, 甘肃's figure first)."""
    from types import SimpleNamespace

    index = SimpleNamespace(ranking=Ranking(relevance_order=0.5, own_place_boost=0.1))
    province = SimpleNamespace(score=0.0410, relevance=0.914, own_place=False, name="甘肃")
    city = SimpleNamespace(score=0.0441, relevance=0.806, own_place=True, name="陇南")
    assert [h.name for h in SearchIndex._by_relevance_too(index, [province, city])] == ["陇南", "甘肃"]
    city.own_place = False  # (as before: the province first)
    assert [h.name for h in SearchIndex._by_relevance_too(index, [province, city])] == ["甘肃", "陇南"]


def test_a_city_named_marks_its_own_hits_for_the_blended_order(seed_index, monkeypatch):
    """search_response hands the own place's mark to the blend: 鞍山's hits, not 辽宁's (h307 F1). (At ×1.1: at ×1.2, the
    default since h319 F1, the fused score alone already orders these hits so, and the mark moves none of them.)"""
    import dataclasses

    monkeypatch.setattr(seed_index, "ranking", dataclasses.replace(seed_index.ranking, own_place_boost=0.1))
    w, own = seed_index.ranking.relevance_order, 1 + seed_index.ranking.own_place_boost
    hits = seed_index.search_response("鞍山 职业培训补贴", k=8, mode="hybrid").hits
    assert {h.city for h in hits} >= {"鞍山市", None}, "the city's hits and its province's"
    best = max(h.score for h in hits)
    keys = [(1 - w) * h.score / best + w * h.relevance * (own if h.city == "鞍山市" else 1) for h in hits]
    assert keys == sorted(keys, reverse=True)
    plain = [(1 - w) * h.score / best + w * h.relevance for h in hits]
    assert plain != sorted(plain, reverse=True), "the mark moves a hit here"


def test_hybrid_hits_come_in_the_blended_order_and_keyword_hits_in_the_fused_one(seed_index):
    """search_response orders the hits so with the dense model (a review: the order was tested on the method alone)."""
    w = seed_index.ranking.relevance_order
    reordered = 0
    for question in ("创业担保贷款贴息的额度", "就业见习补贴每人每月多少", "高校毕业生到基层就业有什么支持", "失业保险稳岗返还比例"):
        hits = seed_index.search_response(question, k=8, mode="hybrid").hits
        best = max(h.score for h in hits)
        keys = [(1 - w) * h.score / best + w * h.relevance for h in hits]
        assert keys == sorted(keys, reverse=True), question
        reordered += [h.score for h in hits] != sorted((h.score for h in hits), reverse=True)
    assert w > 0 and reordered, "for some question the blend moves a hit"
    keyword = [h.score for h in seed_index.search_response("创业担保贷款贴息的额度", k=8, mode="bm25").hits]
    assert keyword == sorted(keyword, reverse=True)


def test_the_first_hits_do_not_change_with_the_number_asked_for(seed_index):
    """The blend orders the same first hits whatever k is (a blind tester: the dense first hit changed in 10 of 30
    questions between k=1 and k=10, the blend reordering only the k hits already chosen)."""
    window = seed_index.ranking.relevance_window
    for mode in ("hybrid", "dense"):
        for question in ("就业见习补贴每人每月多少", "高校毕业生到基层就业有什么支持", "失业保险稳岗返还比例"):
            ids = {k: [h.clause for h in seed_index.search(question, k=k, mode=mode)] for k in (1, 3, window, 2 * window)}
            assert ids[1] == ids[window][:1] and ids[3] == ids[window][:3] and ids[2 * window][:window] == ids[window], question


def test_a_clause_leading_into_its_items_stands_above_them_as_a_heading():
    """第十二条 …符合下列情形之一的，可以申请信用修复： over （一）补报…；: the item's passage and citation say what it is
    for (a held-out tester's answer said nothing of it); a clause of its own words, or a long one, is no lead-in."""
    from policykg.graph.search.projection import _lead_in

    assert _lead_in("第十二条 被列入经营异常名录的当事人，符合下列情形之一的，可以申请信用修复：") == (
        "被列入经营异常名录的当事人，符合下列情形之一的，可以申请信用修复：")
    assert _lead_in("（二）申请人应当提交以下材料：") == "申请人应当提交以下材料："
    assert _lead_in("（二）推行企业开办全程网办，压缩开办时间。") == ""
    assert _lead_in("第三条 " + "按照有关规定" * 20 + "：") == ""


def test_the_formula_handing_a_text_on_is_left_out_only_where_its_document_has_clauses():
    """《…方案》已经市人民政府同意，现印发给你们，…: first for questions on the text's content (a blind test), so left out of
    a document with clauses; a notice with none keeps it (forwarding a text not stored: its only words, a review), and a
    sentence handing on money or saying more is no such formula."""
    from policykg.graph.search.projection import TRANSMITTAL_ONLY, _segment_records

    for formula in ("《太原市营商环境行动方案》已经市人民政府同意，现印发给你们，请认真组织实施。",
                    "各区人民政府，市政府各部门：\n现将《优化营商环境若干措施》印发给你们，请认真贯彻执行。",
                    "经市政府同意，现将《关于进一步优化营商环境的若干措施》印发给你们，请认真贯彻落实。",
                    # a title without its marks, two titles, a revised text (a second review)
                    "现将南昌市优化营商环境十条措施印发给你们，请认真贯彻执行。", "现将《A方案》和《B办法》印发给你们，请认真贯彻执行。",
                    "现将修订后的《南昌市就业补助资金管理办法》印发给你们，请遵照执行。"):
        assert TRANSMITTAL_ONLY.match(formula), formula
    for words in ("现将2023年度就业补助资金500万元下发给你们，请按规定用途使用。",
                  "为进一步优化营商环境，现将有关措施印发给你们，请认真贯彻执行，并于6月底前报送进展情况。"):
        assert not TRANSMITTAL_ONLY.match(words), words
    text = "现将《甘肃省人民政府办公厅关于做好就业工作的通知》（甘政办发〔2023〕5号）转发给你们，请结合实际认真贯彻落实。"
    segment = {"s": "d/segment/1", "d": "d", "kind": "preamble", "text": text, "start": 0, "end": len(text)}
    documents = {"d": {"title": "通知", "source_file": "a.txt"}}
    assert len(_segment_records([segment], documents, "", None)) == 1
    assert _segment_records([segment], documents, "", None, with_clauses={"d"}) == []


@pytest.mark.parametrize("text, furniture", [
    ("上海市财政局", True), ("2023年4月21日", True), ("（此件公开发布）", True), ("各区人民政府，市政府各部门：", True),
    ("2023年上海市政务公开工作要点", True),
    ("附件：岳阳市2023年推进教育数字化重点任务清单", False), ("本措施自2023年6月1日起施行。", False),
    ("附件", True), ("附件2：", True),  # the label alone names nothing (a probe: 附件 ranked above clauses under the title)
    ("为全面贯彻党的二十大精神，深入落实《促进个体工商户发展条例》，充分发挥个体经济", False),  # a chunk cut mid-sentence
    ("".join(f"{n}.某某市第{n}批政务服务事项清单（试行版）\n" for n in range(1, 6)), False),  # a list, no sentence: kept
    # attachments the compilation left out: nothing of them to find (a blind test: the first BM25 hit at relevance 1.00)
    ("附件1：北京市顺义区“一业一证”改革行业目录（2023年版）（略）\n附件2：综合许可凭证样式（略）", True),
    ("附件：1.2023年度全系统随机抽查工作计划（略）\n2.2023年度业务处室随机抽查工作计划（略）", True),
    ("附件：1.某某清单（略）\n2.某某工作计划表", False),  # one printed: its line names what the text holds
    ("附件：某某市营商环境评价实施方案（此件略）", True), ("附 件 2：", True),
])
def test_signatures_dates_and_addressees_are_not_indexed(text, furniture):
    from policykg.graph.search.projection import is_furniture

    assert is_furniture(text) is furniture


def test_the_index_holds_no_signature_or_date_passages(seed_index):
    """A signature line under the document's title had outranked its clauses for questions naming the place."""
    outside = [r["text"] for r in seed_index.records if r["kind"] in ("preamble", "closing")]
    assert outside and not [t for t in outside if re.fullmatch(r"\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*", t)]


def test_results_grouped_by_document(seed_index):
    result = seed_index.search_response("创业担保贷款", k=8, mode="bm25", group_by_document=True)
    assert result.groups and sum(len(g.hits) for g in result.groups) == len(result.hits)
    assert len({g.document for g in result.groups}) == len(result.groups)
    assert all(h.document == g.document for g in result.groups for h in g.hits)
    assert [g.best_score for g in result.groups] == sorted((g.best_score for g in result.groups), reverse=True)


def test_answer_span_marks_the_matching_sentence():
    text = "（八）加大创业担保贷款支持。符合条件的个人最高可申请15万元；小微企业最高300万元。贷款期限不超过3年。"
    span = answer_span(text, {"个人": 2.0, "15万元": 3.0, "申请": 1.0})
    assert span.text == "符合条件的个人最高可申请15万元；" and text[span.start:span.end] == span.text
    three = "一句。二句！\n三句"
    assert [three[s:e] for s, e in sentences(three)] == ["一句。", "二句！", "三句"]


@pytest.mark.parametrize("mode", ["bm25", "hybrid"])
def test_a_place_the_query_names_counts_as_a_place_not_as_a_word_found(seed_index, mode):
    """平凉的… and …&city=平凉: the same hits, relevance and good match (a new user's finding: 平凉 counted as a word found in
    a clause naming 平凉工业园区 had made an unrelated clause a good match, its unit list the answer)."""
    named = seed_index.search_response("平凉的创业担保贷款额度", 3, None, mode)
    filtered = seed_index.search_response("创业担保贷款额度", 3, SearchFilters(city="平凉"), mode)
    assert [(h.clause, h.relevance, h.good_match, h.answer_text) for h in named.hits] == [
        (h.clause, h.relevance, h.good_match, h.answer_text) for h in filtered.hits]
    assert named.understood.places[0]["as_written"] == "平凉"


def test_a_place_the_query_names_still_ranks_its_own_documents_first_and_no_other_place_is_a_good_match(seed_index):
    """The place's words rank (a review: taken out of BM25 too, other places' clauses had come first); a hit of a place
    other than the one named, nor over it, is no good match (深圳的…: 平凉's clause had been one)."""
    hits = seed_index.search_response("松原的创业担保贷款", 3, None, "bm25").hits
    assert [h.city for h in hits] == ["松原市"] * 3
    elsewhere = seed_index.search_response("深圳的创业担保贷款", 3, None, "bm25")
    assert elsewhere.understood.places[0]["name"] == "深圳市" and not elsewhere.good_match
    assert not any(h.good_match for h in elsewhere.hits)


def test_the_answer_is_the_sentence_giving_the_figure_asked_not_the_items_heading():
    """（十）扩大就业见习补贴范围。 / … / 按每人每月1000元…就业见习补贴: 补贴是多少 is answered by the sum's sentence (a new user's
    finding: the heading, which holds the same words, came first); without a question for a figure the heading still yields
    to a sentence as good, and a heading alone in its clause is the answer."""
    text = ("（十）扩大就业见习补贴范围。从2019年1月1日起，将就业见习补贴范围扩展至全市失业青年；"
            "对吸纳就业见习人员的单位，按每人每月1000元的标准给予就业见习补贴。所需资金从就业补助资金中列支。")
    weights = {"就业": 1.0, "见习": 2.0, "补贴": 1.0, "就业见习补贴": 3.0}
    assert answer_span(text, weights, wants_figure=figure_asked("就业见习补贴是多少")).text.startswith("对吸纳就业见习人员的单位")
    assert answer_span(text, weights, wants_figure=figure_asked("就业见习补贴从什么时候开始")).text.startswith("从2019年1月1日起")
    assert answer_span("（十）扩大就业见习补贴范围。", weights).text == "（十）扩大就业见习补贴范围。"
    assert answer_span(text, weights).score == 1.0  # (the share of the query's words in it, whatever was preferred)
    # a time asked with 多少 is a time (a review: the sum's sentence had answered 多少天); a heading giving the figure answers
    clause = "（三）压缩企业开办时间。对新开办企业免费刻制公章，每户补助300元。企业开办全流程时间压缩至1个工作日。"
    both = {"企业": 1.0, "开办": 2.0}
    assert answer_span(clause, both, wants_figure=figure_asked("企业开办需要多少天")).text == "企业开办全流程时间压缩至1个工作日。"
    assert answer_span(clause, both, wants_figure=figure_asked("企业开办补助多少钱")).text == "对新开办企业免费刻制公章，每户补助300元。"
    given = "（三）见习补贴标准为每人每月1800元。所需资金从就业补助资金中列支。"
    # 由哪个部门牵头: the sentence naming who, its bracket too (a blind tester: the task's sentence was quoted)
    task = "18.建设“甘肃省个体工商户发展公共服务平台”。归集发布扶持个体工商户发展的政策信息。（省市场监管局牵头，省直有关单位配合）"
    platform = {"个体工商户": 2.0, "平台": 2.0, "建设": 1.0, "牵头": 1.0}
    assert "省市场监管局牵头" in answer_span(task, platform, wants_figure=figure_asked("平台由哪个部门牵头建设？")).text
    assert "省市场监管局" not in answer_span(task, platform, wants_figure=figure_asked("平台建设什么内容？")).text
    helped = "（二）建设公共服务平台。归集发布扶持政策，积极配合法院做好执行工作。由市财政局配合审核补助资金。"
    assert answer_span(helped, platform, wants_figure=figure_asked("由哪个部门配合？")).text == "由市财政局配合审核补助资金。"
    mutual = "（三）建设公共服务平台。各成员单位要相互配合、密切协作。市大数据局统筹平台建设。"
    assert answer_span(mutual, platform, wants_figure=figure_asked("平台建设由哪个部门负责？")).text == "市大数据局统筹平台建设。"
    asked = {"见习": 2.0, "补贴": 1.0, "标准": 1.0}
    assert answer_span(given, asked, wants_figure=figure_asked("见习补贴标准是多少")).text == "（三）见习补贴标准为每人每月1800元。"


def test_hit_answer_offsets_point_into_the_source_file(seed_index):
    (hit,) = seed_index.search("个人创业担保贷款最高额度是多少", k=1, filters=SearchFilters(city="平凉"), mode="bm25")
    source = Path(hit.source_file).read_text(encoding="utf-8")
    quoted = source[hit.answer_source_start:hit.answer_source_end]
    assert re.sub(r"\s+", "", quoted) == re.sub(r"\s+", "", hit.answer_text)
    assert hit.answer_text in hit.text and "万元" in hit.answer_text


def test_source_ranges_see_through_line_breaks_and_page_markers():
    source = "前文。（一）加大创\n业担保贷款支持。个人最高\n# Page 12:\n可申请15 万元。后文"
    base = 100
    start = source.index("（一）")
    end = source.index("后文")
    text = "（一）加大创业担保贷款支持。个人最高可申请15万元。"
    (whole, second) = source_ranges(text, source[start:end], base + start, [(0, len(text)), (14, len(text))])
    assert whole == (base + start, base + end)
    assert source[second[0] - base:second[1] - base] == "个人最高\n# Page 12:\n可申请15 万元。"
    assert source_ranges("别的文字", source[start:end], base, [(0, 2)]) == [None]


def test_source_ranges_see_through_forms_the_normaliser_changed_and_lines_it_dropped():
    """The file has half-width punctuation, 【】 around a year, a page number and a running head
    between pages, and a character repeated across the page break: the stored text has none."""
    source = "(一)加大支持,对象为城镇公\n- 12 -\n某某省人民政府公报\n公益性岗位(见【2023】5号)。个人最高申请15 万元;完毕"
    text = "（一）加大支持，对象为城镇公益性岗位（见〔2023〕5号）。个人最高申请15万元；"
    end = source.index("完毕")
    whole, last = source_ranges(text, source[:end], 7, [(0, len(text)), (text.index("个人"), len(text))])
    assert whole == (7, 7 + end)
    assert source[last[0] - 7:last[1] - 7] == "个人最高申请15 万元;"
    # a text the file does not hold whole (a table row with its column names added): each range
    # is looked for on its own, and one with a word the file lacks has none
    other = text.replace("个人", "企业")
    head, changed = source_ranges(other, source[:end], 7, [(0, 3), (other.index("企业"), len(other))])
    assert source[head[0] - 7:head[1] - 7] == "(一)" and changed is None


def test_source_ranges_when_the_first_guess_after_an_insertion_is_wrong():
    """The text's next characters may recur further on (就就 / 见(万 … (补(万): a guess that
    leaves too little file for the rest of the text, or leads nowhere, is not the last word."""
    for text, source in [("就就就就", "就\n- 7 -\n就\n- 7 -\n就就"),
                         ("见（万万见业）。（补（万。", "见\n某某公报\n(\n- 7 -\n万万见\n12\n业）\n某某公报\n。(补(万。"),
                         ("习）补。补（就1就补。）（一，万1万习1习元贴见）贴习",  # found by the property test below
                          "习）\n- 7 -\n补。补(\n- 7 -\n就\n- 7 -\n1\n12\n就\n12\n补。\n12\n）(一\n某某公报\n,万1万\n12\n"
                          "习1习元贴见)\n某某公报\n贴\n- 7 -\n习")]:
        ((start, end),) = source_ranges(text, source, 0, [(0, len(text))])
        assert (start, end) == (0, len(source))


def test_a_table_rows_sentences_map_to_their_cells_without_the_words_the_reader_added():
    """A task table's row is stored as （5）task。（牵头部门：A；责任单位：B、C）: the row number's
    brackets and the column names are not in the file, each cell is, wrapped to its column."""
    source = "5\n建立审批管理长效\n制度，规范全流\n程审批。\n市住房城乡建\n设委\n市发展改革委、市规\n划资源局\n6\n"
    text = "（5）建立审批管理长效制度，规范全流程审批。（牵头部门：市住房城乡建设委；责任单位：市发展改革委、市规划资源局）"
    ranges = [(0, text.index("（牵头")), (text.index("（牵头"), text.index("责任单位")), (text.index("责任单位"), len(text))]
    task, lead, co = source_ranges(text, source, 10, ranges)
    assert source[task[0] - 10:task[1] - 10] == "建立审批管理长效\n制度，规范全流\n程审批。"
    assert source[lead[0] - 10:lead[1] - 10] == "市住房城乡建\n设委"
    assert source[co[0] - 10:co[1] - 10] == "市发展改革委、市规\n划资源局"
    assert source_ranges(text.replace("市规划", "市自然"), source, 10, ranges)[2] is None  # a cell the file does not hold


def test_a_signature_after_a_running_head_that_holds_its_words_maps_to_itself():
    source = "七、本意见自发布之日起施行。\n- 5 -\n甘肃省人民政府公报\n甘肃省人民政府\n"
    text = "七、本意见自发布之日起施行。甘肃省人民政府"
    ((start, end),) = source_ranges(text, source, 0, [(text.index("甘肃"), len(text))])
    assert (start, source[start:end]) == (source.rindex("甘肃省人民政府"), "甘肃省人民政府")


def test_sentences_lose_their_offsets_when_the_file_changed_after_ingest(tmp_path, corpus_dir):
    """Offsets into an edited file would point at other text: the file must be what was ingested."""
    from policykg.graph.workspace import Workspace

    path = tmp_path / "pl.txt"
    original = (corpus_dir / "004_30de0d34d7d57a20.txt").read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    ws = Workspace(tmp_path / "data", search=False)
    ws.ingest([path], quiet=True)
    assert all(s[2] is not None for r in read_records(ws.store, ws.iris, sources=ws.sources) for s in r["sentences"])
    path.write_text(original.replace("15万元", "25万元"), encoding="utf-8")
    assert all(s[2] is None for r in read_records(ws.store, ws.iris, sources=ws.sources) for s in r["sentences"])


def test_relevance_tells_an_off_topic_question_from_an_answered_one(seed_index):
    on = seed_index.search("创业担保贷款贴息", k=1, mode="bm25")[0]
    off = seed_index.search("量子计算机芯片的光刻工艺", k=1, mode="bm25")
    assert on.good_match and on.relevance > 0.5
    assert not off or (not off[0].good_match and off[0].relevance < on.relevance)


def test_ranking_weights_are_used(seed_index):
    dense_only = SearchIndex.open(seed_index.directory, CharEmbedder(), Ranking(bm25_weight=0.0, sentence_weight=0.0))
    hybrid = dense_only.search("创业担保贷款", k=5, mode="hybrid")
    dense = dense_only.search("创业担保贷款", k=5, mode="dense")
    assert [h.clause for h in hybrid] == [h.clause for h in dense]


def test_hnsw_agrees_with_exact_search_and_falls_back_under_a_tight_filter(tmp_path):
    from policykg.graph.search.ann import ann_search, build_ann, open_ann

    rng = np.random.default_rng(3)
    vectors = rng.standard_normal((3000, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    build_ann(vectors, tmp_path / "v.usearch")
    ann = open_ann(tmp_path / "v.usearch")
    q = vectors[7]
    keys, scores = ann_search(ann, q, np.ones(3000, dtype=bool), 10)
    exact = np.argsort(-(vectors @ q))[:10]
    assert keys[0] == 7 and len(set(keys.tolist()) & set(exact.tolist())) >= 9
    assert np.allclose(scores, vectors[keys] @ q, atol=1e-4)
    only = np.zeros(3000, dtype=bool)
    only[[11, 2900]] = True  # far from q: outside the graph's reach for this query
    found = ann_search(ann, q, only, 10)
    assert found is None or set(found[0].tolist()) == {11, 2900}


def test_passage_tokens_are_the_head_and_sentence_tokens_joined(seed_index):
    """Also when the heads' tokens are kept from record to record."""
    heads = {}
    for record in seed_index.records:
        split = passage_tokens(seed_index.tokenizer, record, heads)
        assert len(split["sentences"]) == len(record["sentences"])
        # (the same terms: each sentence's 文号 terms come after its words, the whole passage's after all of them; BM25
        # counts them alike)
        assert Counter(whole_passage(split)) == Counter(seed_index.tokenizer.tokens(passage_text(record)))
    assert 1 < len(heads) < len(seed_index.records) / 2


def test_one_answering_sentence_of_a_long_clause_ranks_it_first(seed_index):
    long_clause = max((r for r in seed_index.records if r["kind"] == "clause"), key=lambda r: len(r["sentences"]))
    assert len(long_clause["sentences"]) >= 4
    start, end, *_ = long_clause["sentences"][len(long_clause["sentences"]) // 2]
    question = long_clause["text"][start:end]
    only_sentences = SearchIndex.open(seed_index.directory, CharEmbedder(),
                                      Ranking(bm25_weight=0.0, dense_weight=0.0, sentence_weight=1.0, per_document=0))
    hits = only_sentences.search(question, k=3, mode="hybrid")
    assert hits[0].clause == long_clause["clause"]
    rows, scores = only_sentences._best_sentences(only_sentences.tokenizer.tokens(question), [], np.ones(len(seed_index.records), bool))
    first = int(np.flatnonzero(only_sentences._sentence_owner == rows[0])[0])
    per_sentence = only_sentences._sentence_bm25.get_scores(only_sentences.tokenizer.tokens(question))
    assert scores[0] == per_sentence[first:first + len(long_clause["sentences"])].max()


@given(st.lists(st.dictionaries(st.text(max_size=5), st.text(max_size=30) | st.integers(), max_size=4), max_size=20),
       st.booleans())
@settings(max_examples=60, deadline=None)
def test_record_file_reads_back_every_line(tmp_path_factory, records, last_newline):
    """Every line as the index writes it (``dumps_line``: integers of any size, line breaks in text)."""
    from policykg.graph.search.records import dumps_line

    path = tmp_path_factory.mktemp("records") / "records.jsonl"
    text = b"".join(dumps_line(r) for r in records)
    path.write_bytes(text if last_newline or not records else text[:-1])
    file = RecordFile(path)
    assert len(file) == len(records) and list(file) == records
    assert [file[i] for i in range(len(records))] == records and file[-1:] == records[-1:]
    with pytest.raises(IndexError):
        file[len(records)]


def test_a_damaged_record_line_makes_the_index_unavailable(tmp_path, seed_index):
    damaged = tmp_path / "damaged"
    shutil.copytree(seed_index.directory, damaged)
    lines = (damaged / "records.jsonl").read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3][: len(lines[3]) // 2]
    (damaged / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(IndexUnavailable, match="damaged record"):
        SearchIndex.open(damaged, CharEmbedder())


def test_opening_an_hnsw_index_before_the_model_loads_does_not_crash(tmp_path):
    """A server opens its index, then loads the model: usearch first, onnxruntime second."""
    import subprocess
    import sys

    from policykg.graph.search.ann import build_ann

    vectors = np.eye(8, dtype=np.float32)
    build_ann(vectors, tmp_path / "v.usearch")
    script = ("import sys; from policykg.graph.search.ann import open_ann; ann = open_ann(__import__('pathlib').Path(sys.argv[1])); "
              "import onnxruntime; print(len(ann))")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "v.usearch")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "8", done.stderr[-500:]


@pytest.mark.parametrize("share", [0.05, 0.6])
def test_exact_dense_top_under_a_filter_is_the_best_of_its_rows(seed_index, share):
    rng = np.random.default_rng(5)
    mask = rng.random(len(seed_index.records)) < share  # tight: the filter's rows are scored alone; loose: all rows
    q = CharEmbedder().encode_queries(["创业担保贷款贴息"])[0]
    rows, scores = seed_index._dense_top(q, mask)
    # float16 vectors and query, products in float64: what the SIMD product must agree with
    everything = seed_index.vectors.astype(np.float64) @ q.astype(np.float16).astype(np.float64)
    assert len(rows) == min(int(mask.sum()), seed_index.ranking.candidates) and mask[rows].all()
    assert np.allclose(scores, everything[rows], atol=1e-4) and (np.diff(scores) <= 0).all()
    left_out = np.setdiff1d(np.flatnonzero(mask), rows)
    assert left_out.size == 0 or everything[left_out].max() <= scores[-1] + 1e-4


def test_record_file_finds_lines_across_scan_windows(tmp_path, monkeypatch):
    import mmap

    from policykg.graph.search import records as records_module

    monkeypatch.setattr(records_module, "SCAN_WINDOW", mmap.PAGESIZE)
    rows = [{"i": i, "text": "条" * (i % 300)} for i in range(2000)]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert path.stat().st_size > 20 * mmap.PAGESIZE
    file = RecordFile(path)
    assert len(file) == len(rows) and file[1234] == rows[1234] and list(file) == rows


def test_sentences_indexed_apart_from_the_records_make_the_index_unavailable(tmp_path, seed_index):
    damaged = tmp_path / "damaged"
    shutil.copytree(seed_index.directory, damaged)
    lines = (damaged / "records.jsonl").read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[5])
    record["sentences"] = record["sentences"] + [record["sentences"][-1]]  # one more than the sentence index holds
    lines[5] = json.dumps(record, ensure_ascii=False)
    (damaged / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(IndexUnavailable, match="sentences"):
        SearchIndex.open(damaged, CharEmbedder())


def test_the_hnsw_graph_is_built_from_float16_vectors_in_slices(tmp_path, monkeypatch):
    """Rows added a slice at a time keep their own keys across slice boundaries."""
    from policykg.graph.search import ann

    monkeypatch.setattr(ann, "ADD_ROWS", 1000)
    rng = np.random.default_rng(4)
    vectors = rng.standard_normal((3500, 32)).astype(np.float32)
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float16)
    ann.build_ann(vectors, tmp_path / "v.usearch")
    graph = ann.open_ann(tmp_path / "v.usearch")
    assert len(graph) == 3500
    for row in (0, 999, 1000, 2001, 3499):
        assert graph.search(vectors[row].astype(np.float32), 1).keys[0] == row


def _dense_scores(bm25) -> dict[str, np.ndarray]:
    """Token -> its BM25 score in every document (a column of the matrix, zeros filled in)."""
    s = bm25.scores
    out = {}
    for token, column in bm25.vocab_dict.items():
        if column < len(s["indptr"]) - 1:
            scores = np.zeros(s["num_docs"], dtype=np.float32)
            start, end = s["indptr"][column], s["indptr"][column + 1]
            scores[s["indices"][start:end]] = s["data"][start:end]
            out[token] = scores
    return out


def _assert_same_bm25(ours, reference):
    assert ours.scores["num_docs"] == reference.scores["num_docs"]
    assert set(ours.vocab_dict) == set(reference.vocab_dict)
    mine, theirs = _dense_scores(ours), _dense_scores(reference)
    assert mine.keys() == theirs.keys()
    for token in theirs:
        np.testing.assert_array_equal(mine[token], theirs[token], err_msg=token)
    assert ours.scores["data"].dtype == reference.scores["data"].dtype
    assert ours.scores["indices"].dtype == reference.scores["indices"].dtype


def _bm25s_reference(documents):
    import bm25s

    model = bm25s.BM25()
    model.index(documents, show_progress=False)
    return model


def test_bm25_matrices_are_those_bm25s_builds_from_the_same_tokens(seed_index):
    from policykg.graph.search.projection import bm25_indexes, sentence_passages

    table = TokenTable.load(seed_index.directory)
    tokens = [table.passage(i) for i in range(len(table))]
    built = bm25_indexes(table)
    _assert_same_bm25(built["bm25"], _bm25s_reference([whole_passage(t) for t in tokens]))
    _assert_same_bm25(built["bm25_sentences"], _bm25s_reference(sentence_passages(tokens)))
    query = ["就业", "见习", "补贴"]
    np.testing.assert_allclose(built["bm25"].get_scores(query),
                               _bm25s_reference([whole_passage(t) for t in tokens]).get_scores(query), rtol=1e-6)


@given(st.lists(st.lists(st.sampled_from("甲乙丙丁戊己庚辛壬癸"), max_size=12), min_size=1, max_size=15)
       .filter(lambda docs: any(docs)))
@settings(max_examples=80, deadline=None)
def test_bm25_built_from_arrays_scores_as_bm25s_on_any_documents(documents):
    """Also with the pairs sorted a few tokens at a time (many chunks, a document never split)."""
    from policykg.graph.search import bm25_build

    (corpus, _) = bm25_corpora(TokenTable.from_passages([{"head": doc, "sentences": []} for doc in documents]))
    reference = _bm25s_reference(documents)
    for chunk_tokens in (bm25_build.CHUNK_TOKENS, 5, 1):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(bm25_build, "CHUNK_TOKENS", chunk_tokens)
            built = bm25_build.bm25_index(corpus)
        _assert_same_bm25(built, reference)
        indptr, rows = built.scores["indptr"], built.scores["indices"]
        assert all(np.all(np.diff(rows[indptr[c]:indptr[c + 1]]) > 0) for c in range(len(indptr) - 1))  # CSC order


_WORDS = st.lists(st.sampled_from("甲乙丙丁戊"), max_size=4)


@given(st.lists(st.fixed_dictionaries({"head": _WORDS, "sentences": st.lists(_WORDS, max_size=4)}), max_size=8))
@settings(max_examples=100, deadline=None)
def test_bm25_indexes_of_passages_and_of_sentences_hold_the_documents_written_out_in_full(tokens):
    """Each sentence document (its passage's head, then the sentence) as if built word by word,
    whatever the heads and sentences are, empty ones included."""
    table = TokenTable.from_passages(tokens)
    passages, sentences = bm25_corpora(table)
    assert passages.vocabulary == {word: i for i, word in enumerate(table.words)}
    written = [t["head"] + s for t in tokens for s in t["sentences"]]
    assert list(sentences.lengths) == list(map(len, written))
    assert list(sentences.ids) == [passages.vocabulary[w] for doc in written for w in doc]


def _resident_kib(path: Path) -> int:
    """Resident KiB of this process's memory maps of ``path`` (0 when it is not mapped)."""
    total, inside = 0, False
    for line in Path("/proc/self/smaps").read_text().splitlines():
        if not line[:1].isupper():  # a mapping's first line: address range, ..., path
            inside = line.endswith(str(path))
        elif inside and line.startswith("Rss:"):
            total += int(line.split()[1])
    return total


@pytest.mark.parametrize("long_columns_mapped", [False, True])
def test_bm25_read_by_columns_scores_as_bm25s_and_leaves_rare_columns_unmapped(seed_index, monkeypatch, long_columns_mapped):
    """Every word's scores as bm25s's own memory-mapped index gives them, whether a column is read
    with pread or through the map; the columns read with pread leave no page resident (they
    stayed resident through the map: the serving memory goal)."""
    import bm25s
    from policykg.graph.search import postings

    if not Path("/proc/self/smaps").exists():
        pytest.skip("no /proc/self/smaps to read this process's resident pages")
    monkeypatch.setattr(postings, "MAPPED_COLUMN_BYTES", 0 if long_columns_mapped else 512 << 10)
    for name in ("bm25", "bm25_sentences"):
        folder = seed_index.directory / name
        ours = postings.PostingIndex(folder)
        reference = bm25s.BM25.load(folder, mmap=True, show_progress=False)
        words = [w for w in reference.vocab_dict if w]
        for query in [words[:1], words[5:12], ["补贴", "补贴", "就业"], ["不在词表里的词", "补贴"], words[::7]]:
            known = [w for w in query if w in reference.vocab_dict]
            expected = reference.get_scores(known) if known else np.zeros(reference.scores["num_docs"], np.float32)
            np.testing.assert_array_equal(ours.get_scores(query), expected)
        del reference
        resident = _resident_kib(folder / "data.csc.index.npy")
        assert (resident > 0) if long_columns_mapped else (resident == 0), resident


def test_a_cut_short_bm25_matrix_makes_the_index_unavailable(tmp_path, seed_index):
    copy = tmp_path / "index"
    shutil.copytree(seed_index.directory, copy)
    data = copy / "bm25" / "data.csc.index.npy"
    data.write_bytes(data.read_bytes()[:-400])
    with pytest.raises(IndexUnavailable, match="reindex"):
        SearchIndex.open(copy)


NOISE_PIECES = st.sampled_from(["\n", " ", "\u3000", "\n# Page 3:\n", "#Page 12:", "\t"])


@given(st.lists(st.tuples(st.sampled_from(list("就业见习补贴，。（一）1万元")), st.lists(NOISE_PIECES, max_size=2)), max_size=40),
       st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=6), st.integers(0, 500))
@settings(max_examples=150, deadline=None)
def test_source_ranges_cover_the_same_characters_in_the_file(pieces, ranges, base):
    """A range of the stored text maps to the file's range holding the same kept characters,
    from its first to its last; a range with none maps to None."""
    text = "".join(ch for ch, _ in pieces)
    source = "".join(ch + "".join(noise) for ch, noise in pieces)
    ranges = [(min(a, b), max(a, b)) for a, b in ranges]
    got = source_ranges(text, source, base, ranges)
    assert len(got) == len(ranges)
    for (s, e), where in zip(ranges, got):
        kept = text[s:e]
        if not kept:
            assert where is None
            continue
        assert where is not None
        mapped = source[where[0] - base:where[1] - base]
        assert re.sub(r"#\s*Page\s*\d+\s*:|\s+", "", mapped) == re.sub(r"\s+", "", kept)
        assert mapped[0] == kept.lstrip()[0] and mapped[-1] == kept.rstrip()[-1]
    # a text the file lacks a character of: each range is looked for alone, and one holding that
    # character maps to nothing
    for (s, e), where in zip(ranges, source_ranges(text + "多", source, base, ranges)):
        kept = (text + "多")[s:e]
        if "多" in kept or not kept:
            assert where is None
        else:
            assert re.sub(r"#\s*Page\s*\d+\s*:|\s+", "", source[where[0] - base:where[1] - base]) == re.sub(r"\s+", "", kept)


HALF_WIDTH = {"，": ",", "（": "(", "）": ")"}
INSERTED = st.sampled_from([""] * 12 + ["\n- 7 -\n", "\n某某公报\n", "\n12\n"])


@given(st.lists(st.tuples(st.sampled_from(list("就业见习补贴，。（一）1万元")), st.booleans(), INSERTED), max_size=60),
       st.lists(st.tuples(st.integers(0, 65), st.integers(0, 65)), max_size=6))
@settings(max_examples=300, deadline=None)
def test_source_ranges_skip_what_the_file_adds_between_the_texts_characters(pieces, ranges):
    """A file with other widths and with page numbers and heads the text dropped: every range
    maps to a range of the file that begins with its first character, ends with its last and
    holds all of them in order (between them only what the file added)."""
    text = "".join(ch for ch, _, _ in pieces)
    source = "".join((HALF_WIDTH.get(ch, ch) if half else ch) + extra for ch, half, extra in pieces)
    ranges = [(min(a, b), max(a, b)) for a, b in ranges]
    for (s, e), where in zip(ranges, source_ranges(text, source, 0, ranges)):
        if s >= len(text) or s == e:
            assert where is None
            continue
        assert where is not None
        want, got = comparison_form(text[s:e]), comparison_form(re.sub(r"\s+", "", source[where[0]:where[1]]))
        rest = iter(got)
        assert got[0] == want[0] and got[-1] == want[-1] and all(ch in rest for ch in want)
        assert len(got) - len(want) <= sum(len(x) for _, _, x in pieces)  # no more than the file added


@given(st.lists(st.tuples(st.sampled_from(list("就业见习补贴，。（一）1万元")), st.booleans(), INSERTED,
                          st.lists(NOISE_PIECES, max_size=1)), max_size=40),
       st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=6))
@settings(max_examples=300, deadline=None)
def test_a_source_files_passages_map_as_their_slices_of_it_do(pieces, ranges):
    """``SourceFile`` flattens a file once for all its passages, and maps a passage it holds as
    stored without comparing forms: each passage's ranges are ``source_ranges`` of its slice."""
    text = "".join(ch for ch, *_ in pieces)
    source = "".join((HALF_WIDTH.get(ch, ch) if half else ch) + extra + "".join(noise) for ch, half, extra, noise in pieces)
    before = "前文，（二）\n# Page 2:\n"
    ranges = [(min(a, b), max(a, b)) for a, b in ranges]
    start = len(before)
    got = SourceFile(before + source + "\n后文").ranges(text, start, start + len(source), ranges)
    assert got == source_ranges(text, source, start, ranges)


def test_a_whole_files_comparison_form_by_table_is_comparison_form():
    every = "".join(chr(cp) for cp in range(1, 0x10000) if not 0xD800 <= cp < 0xE000) + "𠀀𪚥"
    assert _folded(every) == comparison_form(every)


def test_an_empty_bm25_file_makes_the_index_unavailable(tmp_path, seed_index):
    copy = tmp_path / "index"
    shutil.copytree(seed_index.directory, copy)
    (copy / "bm25_sentences" / "indptr.csc.index.npy").write_bytes(b"")
    with pytest.raises(IndexUnavailable, match="reindex"):
        SearchIndex.open(copy)


def test_a_record_orjson_cannot_write_or_read_exactly_goes_through_json(tmp_path):
    from policykg.graph.search.records import dumps_line, loads_line

    huge = {"clause": "c", "start": 2**70, "end": -(2**63) - 1, "text": "第一条\n就业"}
    assert json.loads(dumps_line(huge)) == huge and dumps_line(huge).count(b"\n") == 1
    assert loads_line(dumps_line({"text": "身份证号 1234567890123456789012"})) == {"text": "身份证号 1234567890123456789012"}
    assert loads_line(dumps_line(huge)) == huge  # orjson alone reads 2**70 as a float
    assert json.loads(dumps_line({"text": "就业"})) == {"text": "就业"}
    (tmp_path / "records.jsonl").write_bytes(dumps_line(huge) + dumps_line({"n": 10**18}))
    assert list(RecordFile(tmp_path / "records.jsonl")) == [huge, {"n": 10**18}]
    assert RecordFile(tmp_path / "records.jsonl")[0] == huge


def test_a_long_bm25_column_cut_short_while_open_fails_the_query_not_the_process(tmp_path, seed_index):
    """Read through the memory map, a file cut short would kill the process (SIGBUS): run in a
    child process so that such a failure shows as its exit status."""
    import subprocess
    import sys

    copy = tmp_path / "index"
    shutil.copytree(seed_index.directory, copy)
    script = f"""
import os
from itertools import chain
from pathlib import Path
from policykg.graph.errors import IndexUnavailable
from policykg.graph.search import postings
postings.MAPPED_COLUMN_BYTES = 0  # every column through the map
index = postings.PostingIndex(Path({str(copy / "bm25")!r}))
assert index.get_scores(["就业"]).any()
os.truncate({str(copy / "bm25" / "data.csc.index.npy")!r}, 200)
try:
    index.get_scores(["就业"])
except IndexUnavailable as exc:
    print("unavailable:", exc)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert "unavailable:" in done.stdout and "cut short" in done.stdout


@pytest.mark.parametrize("maker", ["_code_digest", "_vocabulary_digest"])
def test_tokens_are_made_again_when_the_code_or_vocabulary_that_makes_them_changed(tmp_path, workspace, monkeypatch, maker):
    """Tokens are reused from the previous index only if the same code and vocabulary (the
    tokenizer's words) made it: otherwise every passage is tokenized again (a changed tokenizer
    had been given the old tokens of unchanged texts)."""
    from policykg.graph.search import projection

    store, iris = workspace.store, workspace.iris
    build_index(tmp_path / "index", store, iris, None, "a", quiet=True)
    monkeypatch.setattr(projection, maker, lambda *args: "another maker")
    monkeypatch.setattr(projection.ChineseTokenizer, "tokens", lambda self, text: ["甲乙"])
    again = build_index(tmp_path / "index", store, iris, None, "a", quiet=True)
    (hit, *_) = again.search("甲乙", k=1, mode="bm25")
    assert hit is not None
    table = TokenTable.load(again.directory)
    assert len(table) and table.words == ["甲乙"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-32"])
def test_sentences_cite_a_file_saved_with_a_byte_order_mark_or_in_gb18030(tmp_path, corpus_dir, encoding):
    """Offsets refer to the text ingest decoded; every sentence is found in that same text, the
    file's half-width brackets too (read as plain UTF-8, a BOM shifted every offset by one and a
    GB18030 file could not be read; a half-width bracket lost the record's sentences)."""
    from policykg.graph.workspace import Workspace
    from policykg.ingest.reading import read_source

    path = tmp_path / "pl.txt"
    path.write_text((corpus_dir / "004_30de0d34d7d57a20.txt").read_text(encoding="utf-8"), encoding=encoding)
    ws = Workspace(tmp_path / "data", search=False)
    ws.ingest([path], quiet=True)
    records = read_records(ws.store, ws.iris, sources=ws.sources)
    source = read_source(path).text
    sentences = [(r["text"][s:e], fs, fe) for r in records for s, e, fs, fe in r["sentences"]]
    assert len(sentences) > 50
    for text, start, end in sentences:
        assert start is not None, text
        assert comparison_form(re.sub(r"\s+", "", source[start:end])) == comparison_form(re.sub(r"\s+", "", text))


def test_a_clause_whose_units_are_written_after_its_items_cites_each_sentence_where_the_file_has_it():
    """第一条's words, then its items (far more than a page mark or a running head), then its units:
    the clause's text is its words and its units, and each sentence is cited at its own place."""
    words, units = "第一条 加大财政支持力度。", "（牵头单位：省财政厅；配合单位：省工业和信息化厅）"
    items = "\n".join(f"（{n}）对新认定的国家级企业技术中心给予一次性奖励，支持企业加大研发投入，提升创新能力。" for n in "一二三四五六七")
    source = words + "\n" + items + "\n" + units + "\n"
    text = words.replace(" ", "") + "\n" + units
    ranges = [(0, len(words) - 1), (text.index("（牵"), len(text))]
    first, second = source_ranges(text, source, 0, ranges)
    assert source[first[0]:first[1]] == words
    assert source[second[0]:second[1]] == units


_PASSAGES = st.lists(st.fixed_dictionaries({"head": _WORDS, "sentences": st.lists(_WORDS, max_size=3)}), max_size=6)


@given(_PASSAGES, _PASSAGES, st.data())
@settings(max_examples=100, deadline=None)
def test_a_token_table_taken_from_an_older_one_holds_the_passages_a_fresh_one_would(old, new, data):
    """The next build's tokens: rows of the old table, then of passages tokenized now (words
    added to the old vocabulary), in any order, some twice or not at all, words no longer used
    left out: passage for passage what a table made afresh from those passages holds."""
    older = TokenTable.from_passages(old, ["戊"])  # a word no passage may hold
    newer = TokenTable.from_passages(new, older.words)
    both = old + new
    rows = data.draw(st.lists(st.integers(0, len(both) - 1), max_size=8)) if both else []
    taken = older.then(newer).take(rows).compacted()
    assert [taken.passage(i) for i in range(len(taken))] == [both[r] for r in rows]
    assert sorted(taken.words) == sorted({w for r in rows for w in chain(both[r]["head"], *both[r]["sentences"])})
    fresh = TokenTable.from_passages([both[r] for r in rows])
    assert taken.passage_lengths().tolist() == fresh.passage_lengths().tolist()
    assert [taken.words[i] for i in taken.ids] == [fresh.words[i] for i in fresh.ids]


def test_a_token_table_is_saved_and_read_back_and_a_damaged_one_is_refused(tmp_path):
    table = TokenTable.from_passages([{"head": ["就业"], "sentences": [["见习", "补贴"], []]}, {"head": [], "sentences": [["补贴"]]}])
    table.save(tmp_path)
    again = TokenTable.load(tmp_path)
    assert [again.passage(i) for i in range(2)] == [table.passage(i) for i in range(2)]
    assert again.passage(0) == {"head": ["就业"], "sentences": [["见习", "补贴"], []]}
    np.save(tmp_path / "tokens" / "ids.npy", np.array([0, 1, 2, 7], dtype=np.int32))  # an id past the words
    with pytest.raises(ValueError, match="do not hold together"):
        TokenTable.load(tmp_path)
    np.save(tmp_path / "tokens" / "ids.npy", np.array([0, 1, 2], dtype=np.int32))  # a token short
    with pytest.raises(ValueError, match="do not hold together"):
        TokenTable.load(tmp_path)
    (tmp_path / "again").mkdir()
    table.save(tmp_path / "again")
    np.save(tmp_path / "again" / "tokens" / "parts.npy", np.array([3, -1, 2, 0], dtype=np.int64))  # adds up, one negative
    with pytest.raises(ValueError, match="do not hold together"):
        TokenTable.load(tmp_path / "again")
    (tmp_path / "twice").mkdir()
    table.save(tmp_path / "twice")
    (tmp_path / "twice" / "tokens" / "words.json").write_text('["就业", "见习", "就业"]', encoding="utf-8")  # a word twice
    with pytest.raises(ValueError, match="do not hold together"):
        TokenTable.load(tmp_path / "twice")


@pytest.mark.parametrize("record,word,holds", [
    ({"title": "关于紫罗兰的通知", "headings": [], "text": "发放补贴。"}, "紫罗兰", True),  # in the head
    ({"title": "关于就业的通知", "headings": [], "text": "对紫罗\n兰专项发放补贴。"}, "紫罗兰", True),  # across a line break
    ({"title": "关于紫罗", "headings": ["兰专项奖励"], "text": "按月发放。"}, "紫罗兰", True),  # across title and heading
    ({"title": "关于紫罗", "place": "兰州市", "headings": [], "text": "按月发放。"}, "紫罗兰", False),  # a space between: never cut whole
    ({"title": "关于就业的通知", "headings": [], "text": "发放补贴。"}, "紫罗兰", False),
])
def test_a_passage_is_tokenized_again_when_a_word_added_or_taken_out_is_in_what_the_tokenizer_cuts(record, word, holds):
    """The tokenizer cuts a passage's head and text without their line breaks, so a dictionary word
    broken across two lines, or across the title and a heading, was cut whole (its passage had kept
    tokens cut without the word when the check looked at the text with its line breaks)."""
    from policykg.graph.search import projection

    record = {"document": "d", "doc_key": "d", **record}
    assert projection._changed_word_finder([word, "另一个词"])(record) is holds
    if holds:
        tokens = projection.passage_tokens(projection.ChineseTokenizer([word]), {**record, "sentences": [[0, len(record["text"])]]})
        assert word in tokens["head"] + tokens["sentences"][0]


def test_old_tokens_of_a_passage_holding_a_word_taken_out_of_the_dictionary_are_not_reused():
    """A removed document takes its unit names out of the dictionary; another passage holding one
    was cut with it and is tokenized again, as a full rebuild would."""
    from policykg.graph.search import projection
    from policykg.graph.search.record_runs import RecordRuns

    record = {"document": "d", "doc_key": "d", "title": "关于就业的通知", "headings": [], "text": "紫罗兰专项补贴按月发放。",
              "sentences": [[0, 12]], "units": [], "doc_number": None}
    assert projection._changed_words(["新词"], {"dictionary": ["紫罗兰专项", "新词"]}) == ["紫罗兰专项"]
    assert projection._changed_words(["新词", "又一词"], {"dictionary": ["新词"]}) == ["又一词"]
    before = projection.ChineseTokenizer(["紫罗兰专项"])
    old = TokenTable.from_passages([projection.passage_tokens(before, record)])
    assert "紫罗兰专项" in old.words
    runs = RecordRuns.of([record])
    digests = runs.passage_digests()
    now = projection.ChineseTokenizer([])
    table = projection._tokens(now, runs, digests, old, digests, projection._changed_words([], {"dictionary": ["紫罗兰专项"]}))
    assert table.passage(0) == projection.passage_tokens(now, record) != old.passage(0)


def test_two_passages_of_one_text_cut_apart_otherwise_do_not_share_tokens():
    """A heading line in the head, or the same line opening the text: one passage text, two
    cuts (the head and each sentence are tokenized apart), so two keys for reusing tokens."""
    from policykg.graph.search.record_runs import RecordRuns

    base = {"document": "d", "doc_key": "d", "title": "关于就业的通知", "units": [], "doc_number": None}
    in_head = {**base, "headings": ["一、就业见习"], "text": "补贴按月发放。"}
    in_text = {**base, "headings": [], "text": "一、就业见习\n补贴按月发放。"}
    assert passage_text(in_head) == passage_text(in_text)
    first, second = RecordRuns.of([in_head]).passage_digests(), RecordRuns.of([in_text]).passage_digests()
    assert first != second


def _facet_fields(facets):
    out = {name: getattr(facets, name) for name in ("size", "documents", "places", "ids")}
    for name in ("doc_of", "city", "province", "place", "level", "date", "period_rec", "period_begin", "period_end"):
        out[name] = getattr(facets, name).tolist()
    out["values"] = {facet: {k: v.tolist() for k, v in rows.items()} for facet, rows in facets.values.items()}
    out["value_order"] = {facet: list(rows) for facet, rows in facets.values.items()}
    return out


_NAMES = st.sampled_from(["市人社局", "市财政局", "人社局", "https://x/unit/a", "县人社局", "None", None])  # (None: a saved copy allows it)
_DAYS = st.none() | st.sampled_from(["2020-01-01", "2021-06-30", "2022-12-31"])


@st.composite
def _runs_of_records(draw) -> list[list[dict]]:
    """Runs of records, one document each (as an index holds them), with units, concepts, periods."""
    runs = []
    for d in range(draw(st.integers(0, 6))):
        place = draw(st.sampled_from(["平凉市", "黄岛区", "甘肃省", None]))
        doc = {"document": f"https://x/doc/{d}", "doc_key": f"k{d}", "doc_number": draw(st.none() | st.just(f"平政发〔2020〕{d}号")),
               "title": f"文件{d}", "issuer": None, "date": draw(_DAYS), "level": draw(st.sampled_from(["municipal", "county", None])),
               "place": place, "city": place, "province": "甘肃省"}
        runs.append([{**doc, "kind": draw(st.sampled_from(["clause", "preamble"])),
                      "sentences": [[0, 1]] * draw(st.integers(1, 3)),
                      "units": [{"name": n, "canonical": c, "iri": i, "role": "lead"}
                                for n, c, i in draw(st.lists(st.tuples(_NAMES, _NAMES, _NAMES), max_size=3))],
                      "groups": draw(st.lists(st.sampled_from(["youth", "graduates"]), max_size=2, unique=True)),
                      "instruments": draw(st.lists(st.sampled_from(["subsidy"]), max_size=1)),
                      "periods": draw(st.lists(st.tuples(_DAYS, _DAYS), max_size=2))}
                     for _ in range(draw(st.integers(1, 4)))])
    return runs


@given(_runs_of_records(), st.data())
@settings(max_examples=150, deadline=None)
def test_columns_gathered_from_runs_of_two_indexes_are_those_a_scan_of_the_records_gives(runs, data):
    """What a small ingest does: the previous index's runs (some dropped: documents replaced or
    removed) and the new ones, in a new order; their columns are carried, not scanned again."""
    from policykg.graph.search import columns

    old_runs = [run for run in runs if data.draw(st.booleans())]
    new_runs = [run for run in runs if run not in old_runs]
    sources = {}
    for name, source_runs in (("old", old_runs), ("new", new_runs)):
        source_runs = data.draw(st.permutations(source_runs))
        first, at = {}, 0
        for run in source_runs:
            first[id(run)], at = at, at + len(run)
        sources[name] = (columns.scan([r for run in source_runs for r in run]), first)
    kept = [run for run in runs if run in new_runs or data.draw(st.booleans())]  # an old run not kept: replaced or removed
    order = data.draw(st.permutations(kept))
    parts = [(sources[name][0], sources[name][1][id(run)], len(run)) for run in order for name in ("old", "new")
             if id(run) in sources[name][1]]
    gathered = columns.gathered(parts)
    scanned = columns.scan([r for run in order for r in run])
    assert _facet_fields(gathered.facets) == _facet_fields(scanned.facets)
    assert gathered.is_clause.tolist() == scanned.is_clause.tolist()
    assert gathered.sentence_counts.tolist() == scanned.sentence_counts.tolist()


def test_an_index_opens_from_its_saved_filter_columns_as_from_a_scan_of_its_records(tmp_path, workspace, monkeypatch):
    from policykg.graph.search import columns

    built = build_index(tmp_path / "index", workspace.store, workspace.iris, None, "a", quiet=True)
    scanned = columns.scan(RecordFile(tmp_path / "index" / "records.jsonl"))

    def no_scan(records):
        raise AssertionError("the records were parsed again")

    monkeypatch.setattr(columns, "scan", no_scan)
    opened = SearchIndex.open(tmp_path / "index")
    assert _facet_fields(opened.facets) == _facet_fields(scanned.facets) == _facet_fields(built.facets)
    assert len(opened) == scanned.clauses and opened._sentence_owner.tolist() == built._sentence_owner.tolist()
    assert opened.facets.values["unit"] and opened.facets.period_rec.size, "the seeds have units and periods"
    hits = opened.search("补贴", k=20, filters=SearchFilters(city="平凉市", unit="市人社局"), mode="bm25")
    assert hits and all(h.city == "平凉市" for h in hits)


def test_columns_for_another_number_of_records_than_written_are_not_saved(tmp_path):
    from policykg.graph.search import columns

    folder = tmp_path / "index"
    folder.mkdir()
    record = {"document": "d", "doc_key": "d", "kind": "clause", "sentences": [[0, 1]], "units": [], "groups": [],
              "instruments": [], "periods": []}
    (folder / "records.jsonl").write_bytes(dumps_line(record) * 2)
    with pytest.raises(ValueError, match="columns of 1 records for 2 written"):
        columns.save(folder, columns.scan([record]))
    with pytest.raises(ValueError, match="columns of 1 records for 2 written"):
        columns.save(folder, columns.scan([record]), (0, 2))
    assert not (folder / "columns.json").exists()
    assert columns.save(folder).clauses == 2 and (folder / "columns.json").exists()  # scanned: the records as written


def test_the_index_a_build_returns_tokenizes_and_filters_as_the_index_reopened(tmp_path, workspace, monkeypatch):
    """The build hands its tokenizer (of the index's dictionary) and the filter columns it saved
    to the index it opens, which neither loads nor scans them again."""
    from policykg.graph.search import index as index_module

    monkeypatch.setattr(index_module, "opened_columns", lambda *a: pytest.fail("the columns were read again"))
    built = build_index(tmp_path / "index", workspace.store, workspace.iris, None, "a", quiet=True)
    monkeypatch.undo()
    reopened = SearchIndex.open(tmp_path / "index")
    assert _facet_fields(built.facets) == _facet_fields(reopened.facets) and len(built) == len(reopened)
    assert built._sentence_owner.tolist() == reopened._sentence_owner.tolist()
    words = [w for w in built.meta["dictionary"] if len(w) >= 4][:50]
    assert words and built.tokenizer is not reopened.tokenizer
    for query in [*words, "平凉市人社局负责的就业见习补贴", "创业担保贷款贴息"]:
        assert built.tokenizer.tokens(query) == reopened.tokenizer.tokens(query), query


COLUMN_DAMAGE = {
    "count": lambda f, a: f.update(count=f["count"] + 1),
    "row": lambda f, a: a["unit_rows"].__setitem__(0, 10**6),  # a record that is not there
    "float rows": lambda f, a: a.update(unit_rows=a["unit_rows"].astype(float)),
    "ends backwards": lambda f, a: a.update(unit_ends=a["unit_ends"][::-1].copy()),
    "periods apart": lambda f, a: a.update(period_begin=a["period_begin"][:1]),
    "periods out of order": lambda f, a: a.update(period_rec=a["period_rec"][::-1].copy()),
    "negative sentences": lambda f, a: a["sentence_counts"].__setitem__(0, -1),
    "clauses": lambda f, a: f.update(clauses=-1),
    "clause rows": lambda f, a: a["is_clause"].__setitem__(np.flatnonzero(a["is_clause"])[0], False),
    "names": lambda f, a: f["names"]["unit"].__setitem__(0, 5),
    "document": lambda f, a: f["documents"][0].update(city=5),
    "other code": lambda f, a: f.update(code="older"),
    "not a dict": lambda f, a: f.clear(),
}


@pytest.mark.parametrize("damage", [*COLUMN_DAMAGE, "truncated", "json list", "missing"])
def test_saved_filter_columns_that_do_not_fit_are_scanned_again(tmp_path, workspace, damage, caplog):
    build_index(tmp_path / "index", workspace.store, workspace.iris, None, "a", quiet=True)
    folder = tmp_path / "index"
    reference = SearchIndex.open(folder)
    fields = json.loads((folder / "columns.json").read_text(encoding="utf-8"))
    arrays = dict(np.load(folder / "columns.npz"))
    if damage == "missing":
        (folder / "columns.npz").unlink()
    elif damage == "truncated":
        data = (folder / "columns.npz").read_bytes()
        (folder / "columns.npz").write_bytes(data[: len(data) // 2])
    elif damage == "json list":
        (folder / "columns.json").write_text("[]", encoding="utf-8")
    else:
        COLUMN_DAMAGE[damage](fields, arrays)
        (folder / "columns.json").write_text(json.dumps(fields, ensure_ascii=False), encoding="utf-8")
        np.savez(folder / "columns.npz", **arrays)
    opened = SearchIndex.open(folder)
    assert _facet_fields(opened.facets) == _facet_fields(reference.facets)
    assert damage == "missing" or "scanning the records" in caplog.text


def test_a_province_named_puts_its_own_documents_before_its_cities(seed_index, monkeypatch):
    """辽宁 named: the province's own plan before 鞍山's near clause, which is kept (a blind test: 顺义区's plan first for a
    question naming 北京, the city's own plan third)."""
    import dataclasses

    query = "辽宁 稳岗返还"
    first = seed_index.search_response(query, k=5, mode="bm25").hits
    assert first[0].city is None and first[0].province == "辽宁省" and "鞍山市" in {h.city for h in first}
    monkeypatch.setattr(seed_index, "ranking", dataclasses.replace(seed_index.ranking, own_place_boost=0.0))
    assert seed_index.search_response(query, k=5, mode="bm25").hits[0].city == "鞍山市"
    # named with a city of its own, the province is only where the city lies (a review: 辽宁省鞍山市… lifted the province's too)
    monkeypatch.undo()
    assert [h.city for h in seed_index.search_response("辽宁省鞍山市 稳岗返还", k=2, mode="bm25").hits] == ["鞍山市", "鞍山市"]
