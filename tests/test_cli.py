"""The policykg command, run with typer's runner against a real data directory."""
import json

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
    (hit,) = json.loads(result.output)
    assert hit["doc_number"] == "平政发〔2019〕1号" and hit["number"] == "（八）"
    result = runner.invoke(app, ["search", "见习补贴", "--mode", "bm25", "--data", str(data)])
    assert "《关于做好当前和今后一个时期促进就业工作的实施意见》" in result.output
    result = runner.invoke(app, ["search", "x", "--in-force-on", "yesterday", "--data", str(data)])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_units_and_compare(data):
    result = runner.invoke(app, ["units", "市人社局", "--role", "lead", "--data", str(data)])
    assert "平凉市人力资源和社会保障局" in result.output and "松原市人力资源和社会保障局" in result.output
    assert result.output.count("lead ") == 14
    result = runner.invoke(app, ["compare", "就业见习补贴", "--json", "--data", str(data)])
    rows = json.loads(result.output)["rows"]
    assert any(a["value"] == 1000 and a["paymentUnit"] == "每人每月" for r in rows for a in r["structured_amounts"])
    assert runner.invoke(app, ["units", "不存在的局", "--data", str(data)]).exit_code == 1


@pytest.mark.parametrize("fmt", ["ttl", "nq", "jsonld"])
def test_export(tmp_path, data, fmt):
    out = tmp_path / f"graph.{fmt}"
    result = runner.invoke(app, ["export", "--format", fmt, "--output", str(out), "--data", str(data)])
    assert result.exit_code == 0 and out.stat().st_size > 100_000


def test_commands_without_data_say_what_to_do(tmp_path):
    result = runner.invoke(app, ["search", "补贴", "--data", str(tmp_path / "none")])
    assert result.exit_code == 1 and "policykg ingest" in result.output
