"""The policykg command, run with typer's runner against a real data directory."""
import json
import time

import pytest
from conftest import CORPUS
from policykg.api.cli import app
from typer.testing import CliRunner

runner = CliRunner()


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli-data")
    result = runner.invoke(app, ["ingest", str(CORPUS), "--data", str(d), "--quiet", "--no-dense"])
    assert result.exit_code == 0, result.output
    assert "4 documents stored" in result.output and "79 clauses" in result.output
    return d


def test_ingest_reports_bad_files_and_goes_on(tmp_path, data):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["ingest", str(tmp_path / "empty.txt"), str(CORPUS), "--data", str(data), "--quiet", "--no-dense"])
    assert result.exit_code == 1  # any failed file makes the exit status non-zero; the others are still done
    assert "empty.txt: file is empty" in result.output and "3 unchanged" in result.output


def test_ingest_missing_path_is_a_user_error(data):
    result = runner.invoke(app, ["ingest", "does-not-exist", "--data", str(data)])
    assert result.exit_code == 1 and "no such file or folder" in result.output


def test_query_formats(data):
    result = runner.invoke(app, ["query", "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a <https://w3id.org/policykg/ns#Clause> }", "--format", "csv", "--data", str(data)])
    assert result.exit_code == 0 and result.output.splitlines()[1].strip() == "79"
    result = runner.invoke(app, ["query", "--file", "graph/queries/lead_counts.rq", "--format", "tsv", "--data", str(data)])
    assert result.exit_code == 0, result.output  # the project's prefixes are predeclared
    assert "平凉市人力资源和社会保障局" in result.output


def test_query_refuses_updates_and_malformed_queries(data):
    result = runner.invoke(app, ["query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "--data", str(data)])
    assert result.exit_code == 1 and "read-only" in result.output
    result = runner.invoke(app, ["query", "SELEC nothing", "--data", str(data)])
    assert result.exit_code == 1 and "error" in result.output


def test_search_json_and_text(data):
    result = runner.invoke(app, ["search", "创业担保贷款最高额度", "--city", "平凉", "--k", "1", "--json", "--mode", "bm25", "--data", str(data)])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    (hit,) = answer["hits"]
    assert hit["doc_number"] == "平政发〔2019〕1号" and hit["number"] == "（八）"
    assert answer["good_match"] is True and answer["mode"] == "bm25" and answer["query"] == "创业担保贷款最高额度"
    off_topic = json.loads(runner.invoke(app, ["search", "月球基地的氧气配额怎么分配", "--json", "--data", str(data)]).output)
    assert off_topic["good_match"] is False
    placed = json.loads(runner.invoke(app, ["search", "在平凉，见习补贴每人每月多少", "--json", "--data", str(data)]).output)
    assert [p["name"] for p in placed["understood"]["places"]] == ["平凉市"] and placed["understood"]["applied"]
    assert placed["hits"] and all(h["city"] == "平凉市" for h in placed["hits"])
    result = runner.invoke(app, ["search", "见习补贴", "--mode", "bm25", "--data", str(data)])
    assert "《关于做好当前和今后一个时期促进就业工作的实施意见》" in result.output
    result = runner.invoke(app, ["search", "x", "--in-force-on", "yesterday", "--data", str(data)])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
    for blank in ("", "  "):
        result = runner.invoke(app, ["search", blank, "--data", str(data)])
        assert result.exit_code == 2 and "question or keywords" in result.output
    result = runner.invoke(app, ["search", "见习补贴", "--level", "市级", "--data", str(data)])
    assert result.exit_code == 2 and "--level must be one of national" in result.output
    result = runner.invoke(app, ["search", "见习补贴", "--mode", "bm25", "--data", str(data)])
    assert "(bm25 #1)" in result.output and "#None" not in result.output


def test_search_names_a_hits_file_as_the_api_does(data):
    """--json gave the file's path as stored (absolute where the corpus lies outside the data folder's parent), where
    /search and /clauses give its name (h307 F10); the text printed it so too."""
    from policykg.graph import reads
    from policykg.graph.workspace import Workspace

    answer = json.loads(runner.invoke(app, ["search", "就业见习补贴", "--k", "3", "--json", "--mode", "bm25", "--data", str(data)]).output)
    ws = Workspace(data, read_only=True, search=False)
    try:
        for hit in answer["hits"]:
            assert hit["source_file"] == reads.clause(ws.store, hit["clause"]).citation.source_file
    finally:
        ws.close()
    text = runner.invoke(app, ["search", "就业见习补贴", "--k", "3", "--mode", "bm25", "--data", str(data)]).output
    assert all(f"[{h['source_file']}:{h['start']}-{h['end']}]" in text for h in answer["hits"])


def test_search_prints_a_clause_by_the_numbers_above_it(data):
    """Two hits of 松原's plan both printed （一） (h307 F9: 2.7.1 and 2.8.1 of 贵州_01 alike); each is printed by its label."""
    answer = json.loads(runner.invoke(app, ["search", "就业创业", "--document", "doc-8e50d329bca7", "--k", "30", "--json",
                                            "--mode", "bm25", "--data", str(data)]).output)
    firsts = [h for h in answer["hits"] if h["number"] == "（一）"]
    assert len(firsts) >= 2 and len({h["label"] for h in firsts}) == len(firsts)
    text = runner.invoke(app, ["search", "就业创业", "--document", "doc-8e50d329bca7", "--k", "30", "--mode", "bm25", "--data", str(data)])
    assert all(f" {h['label']} [{h['source_file']}:{h['start']}-{h['end']}]" in text.output for h in firsts)


def test_a_reader_that_stops_reading_is_no_error(data):
    """`policykg compare … | head -1`: the reader closes the pipe; no "error: Broken pipe" and no
    traceback, exit 0 (here the pipe is closed before the first line is written)."""
    import subprocess
    import sys

    for command in (["compare", "就业见习补贴"], ["units", "局"], ["units", "局", "--json"]):
        proc = subprocess.Popen([sys.executable, "-m", "policykg.api.cli", *command, "--data", str(data)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        proc.stdout.close()
        stderr = proc.stderr.read()
        assert proc.wait(timeout=120) == 0 and stderr == b"", (command, stderr.decode())


def test_units_and_compare(data):
    result = runner.invoke(app, ["units", "市人社局", "--role", "lead", "--data", str(data)])
    assert "平凉市人力资源和社会保障局" in result.output and "松原市人力资源和社会保障局" in result.output
    assert result.output.count("lead ") == 15 and "明确部门责任" in result.output  # (二十三) among them
    result = runner.invoke(app, ["compare", "就业见习补贴", "--json", "--data", str(data)])
    rows = json.loads(result.output)["rows"]
    assert any(a["value"] == "1000" and a["payment_unit"] == {"code": "per-person-month", "label": "每人每月"}
               for r in rows for a in r["amounts"])
    assert runner.invoke(app, ["units", "不存在的局", "--data", str(data)]).exit_code == 1
    text = runner.invoke(app, ["compare", "就业见习补贴", "--data", str(data)]).output
    assert "period: 3—12个月 (min P3M)" in text and "period: 3—12个月 (max P12M)" in text  # a range: its least and its most
    # a share's bound, a target and the instrument of each value where the clause names several, as the JSON says (a new
    # user: the text had hidden them)
    assert "threshold: 50% → ≥ 50%" in text and "threshold: 30% → ≥ 30%" in text  # 30%以上的指标用于安置…: a quota
    assert "payment_rate: 50% → ≤ 50%  [for 就业见习补贴]" in text and "payment_rate: 50% → ≤ 50%  [for 社会保险补贴]" in text


def test_search_says_what_it_understood_and_when_nothing_matches_well(data):
    placed = runner.invoke(app, ["search", "在平凉，见习补贴每人每月多少", "--data", str(data)]).output
    assert placed.splitlines()[0] == "(documents of places other than 平凉 left out)" and "平政发〔2019〕1号" in placed
    off_topic = runner.invoke(app, ["search", "月球基地的氧气配额怎么分配", "--data", str(data)]).output
    assert "(no good match" in off_topic


def test_a_unit_without_clauses_in_the_role_says_so(data):
    result = runner.invoke(app, ["units", "松原市教育局", "--role", "lead", "--data", str(data)])
    assert "松原市教育局" in result.output and "(no clauses as lead)" in result.output
    result = runner.invoke(app, ["units", "松原市教育局", "--data", str(data)])
    assert "(no clauses" not in result.output and result.output.count(" co ") + result.output.count("inherited") >= 1


def test_units_by_part_of_a_name_as_json(data):
    """人社局 is part of every city's 人力资源和社会保障局 alias: each city's unit, apart, with its clauses."""
    result = runner.invoke(app, ["units", "人社局", "--json", "--role", "lead", "--data", str(data)])
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    by_city = {c["jurisdiction"]: [u["canonical"] for u in c["units"]] for c in found["cities"]}
    assert by_city["平凉市"] == ["平凉市人力资源和社会保障局"] and by_city["松原市"] == ["松原市人力资源和社会保障局"]
    pingliang = next(u for c in found["cities"] for u in c["units"] if c["jurisdiction"] == "平凉市")
    assert {c["path"] for c in pingliang["clauses"]} >= {"4.8", "4.10"} and {c["role"] for c in pingliang["clauses"]} == {"lead"}


@pytest.mark.parametrize("fmt", ["ttl", "nq", "jsonld"])
def test_export(tmp_path, data, fmt):
    out = tmp_path / f"graph.{fmt}"
    result = runner.invoke(app, ["export", "--format", fmt, "--output", str(out), "--data", str(data)])
    assert result.exit_code == 0 and out.stat().st_size > 100_000


def test_commands_without_data_say_what_to_do(tmp_path):
    result = runner.invoke(app, ["search", "补贴", "--data", str(tmp_path / "none")])
    assert result.exit_code == 1 and "policykg ingest" in result.output


def _one_error_line(result) -> str:
    """The output of a failed command: one line starting with 'error:', no traceback."""
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.output
    return lines[0]


def test_query_file_missing_is_one_line(data, tmp_path):
    result = runner.invoke(app, ["query", "--file", str(tmp_path / "nope.rq"), "--data", str(data)])
    assert result.exit_code == 1 and "nope.rq" in _one_error_line(result)


def test_export_into_a_missing_folder_is_one_line(data, tmp_path):
    result = runner.invoke(app, ["export", "-o", str(tmp_path / "missing" / "graph.ttl"), "--data", str(data)])
    assert result.exit_code == 1 and "does not exist" in _one_error_line(result)


@pytest.mark.parametrize("port", ["99999", "0", "-1"])
def test_serve_refuses_a_port_out_of_range(data, port):
    result = runner.invoke(app, ["serve", "--port", port, "--data", str(data)])
    assert result.exit_code == 2 and "--port" in _one_error_line(result)


def test_serve_on_a_port_in_use_is_one_line_naming_the_setting(data):
    """Another program listening on the port: one line saying so and how to choose another (a new user: uvicorn's Errno 98)."""
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = runner.invoke(app, ["serve", "--port", str(taken.getsockname()[1]), "--data", str(data)])
    line = _one_error_line(result)
    assert result.exit_code == 1 and "cannot listen" in line and "POLICYKG_PORT" in line, line


def test_units_unknown_role_is_a_usage_error(data):
    result = runner.invoke(app, ["units", "市人社局", "--role", "boss", "--data", str(data)])
    assert result.exit_code == 2 and "boss" in _one_error_line(result)


def test_query_syntax_error_names_the_users_own_line(data):
    query = "SELECT ?s\nWHERE {\n  ?s ?p ?o .\n  ?s ?p }"  # a triple without object, on line 4
    result = runner.invoke(app, ["query", query, "--data", str(data)])
    line = _one_error_line(result)
    assert result.exit_code == 1 and "line 4," in line, line  # 16 if the 12 prefix lines were counted


def test_ingest_report_json_and_table(tmp_path):
    d = tmp_path / "data"
    copy = tmp_path / "copy"
    copy.mkdir()
    first = sorted(CORPUS.glob("*.txt"))[0]
    (copy / "same-text.txt").write_bytes(first.read_bytes())  # the same document under another name
    (copy / "empty.txt").write_bytes(b"")
    report_file = tmp_path / "report.json"
    started = time.perf_counter()
    result = runner.invoke(app, ["ingest", str(first), str(copy), "--data", str(d), "--quiet", "--no-dense",
                                 "--report", str(report_file)])
    elapsed = time.perf_counter() - started
    assert result.exit_code == 1, result.output  # empty.txt failed
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert len(report["errors"]) == 1 and "empty.txt" in report["errors"][0]
    stored = [r for r in report["documents"] if r["duplicate_of"] is None]
    duplicates = [r for r in report["documents"] if r["duplicate_of"] is not None]
    assert len(duplicates) == len(stored) and len(report["duplicates"]) == len(stored)
    assert {r["key"] for r in stored} == set(report["stored"])
    from policykg.ingest.pipeline import parse_file

    expected = parse_file(first)
    by_key = {r["key"]: r for r in stored}
    for doc in expected:  # counts are exact
        row = by_key[doc.key]
        assert row["clauses"] == len(doc.clauses)
        assert row["units"] == sum(len(c.units) for c in doc.clauses)
        assert row["amounts"] == sum(len(c.amounts) for c in doc.clauses)
    assert expected[0].title in result.output
    # each stage's wall time: every stage that ran, together no longer than the run
    assert set(report["seconds"]) == {"parse", "keys", "quads", "store", "index"}
    assert all(0 <= s for s in report["seconds"].values()) and sum(report["seconds"].values()) <= elapsed
    assert "time: parse" in result.output
