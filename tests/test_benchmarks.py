"""The benchmark scripts still run against the code they measure (they are run by hand, not by CI, and had rotted)."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "data" / "seeds"


def test_bench_ingest_runs_every_way_on_a_tiny_corpus():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench_ingest.py"), "--corpus", str(SEEDS), "--sizes", "3",
                          "--store-write", "3"], capture_output=True, text=True, timeout=300, check=True).stdout
    parsed = re.search(r"parse only, serial\s*: 3 files, (\d+) documents, 0 failed", out)
    stored = re.search(r"ingest\s+3 files: (\d+) documents stored, 0 failed", out)
    assert parsed and stored and parsed[1] == stored[1], out  # every seed document parsed and stored (one file holds two)
    written = re.findall(r"store write, ([\d,]+) quads of 3 files, (.+?): [\d.]+ s", out)
    assert len(written) == 3 and len({quads for quads, _ in written}) == 1, out  # three ways, the same batch


def test_bench_reads_times_every_read_and_named_query_on_the_seeds(workspace):
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench_reads.py"), "--data", str(workspace.data_dir), "--timeout", "120"],
                         capture_output=True, text=True, timeout=600, check=True).stdout
    from importlib.util import module_from_spec, spec_from_file_location

    spec = spec_from_file_location("bench_reads", ROOT / "scripts" / "bench_reads.py")
    bench = module_from_spec(spec)
    spec.loader.exec_module(bench)
    timed = dict(re.findall(r"^(\w+)\s+\{.*?\}\s+[\d.]+ ms, (\d+) rows", out, re.M))
    assert set(timed) == {name for name, _ in bench.NAMED}, out  # every named query answered, none timed out
    assert timed["units"] == "2" and int(timed["unit_clauses"]) > 0, out  # 市人社局: 平凉's and 松原's
    assert re.search(r"^compare by group 高校毕业生\s+[\d.]+ ms", out, re.M) and "busiest unit: " in out, out
