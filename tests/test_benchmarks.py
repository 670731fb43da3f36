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
