"""One import root (policykg.*), every subpackage in the wheel, no import cycles."""
import ast
import re
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = {"ingest": "policykg.ingest", "graph": "policykg.graph", "api": "policykg.api"}


def python_files():
    for folder in [*FOLDERS, "tests", "scripts"]:
        yield from (ROOT / folder).rglob("*.py")


def absolute_imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


def test_no_bare_folder_imports():
    bad = [f"{p.relative_to(ROOT)}: {m}" for p in python_files() for m in absolute_imports(p) if m.split(".")[0] in FOLDERS]
    assert not bad


def test_every_subpackage_is_listed_for_the_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    for folder, package in FOLDERS.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            parts = init.parent.relative_to(ROOT / folder).parts
            assert ".".join([package, *parts]) in listed, init


def test_ingest_and_graph_never_import_api():
    for folder in ("ingest", "graph"):
        for p in (ROOT / folder).rglob("*.py"):
            assert not any(m.startswith("policykg.api") for m in absolute_imports(p)), p
    for p in (ROOT / "ingest").rglob("*.py"):
        assert not any(m.startswith("policykg.graph") for m in absolute_imports(p)), p
        assert not re.search(r"^from \.\.(graph|api)", p.read_text(), re.M)


def test_the_web_app_loads_no_module_it_does_not_serve_with():
    """Memory a reading server need not hold: pypinyin's phrase tables (~56 MB, for minting
    document keys at ingest) and the SHACL validator."""
    import subprocess
    import sys

    script = "import sys, policykg.api.app; print(sorted({'pypinyin', 'pyshacl'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "[]", done.stdout + done.stderr[-500:]


def test_a_process_that_only_reads_does_not_load_the_parser(tmp_path):
    """The parser's ~700 regular expressions take ~0.4 s to compile: the web app, the MCP server and a data
    folder opened with its search index (a CLI search, query, units or compare) do without them."""
    import subprocess
    import sys

    parser = ["policykg.ingest.pipeline", "policykg.ingest.units", "policykg.ingest.normalize", "policykg.ingest.structure",
              "pypinyin"]
    script = (f"import sys, policykg.api.app, policykg.api.cli, policykg.api.mcp_server\n"
              f"from policykg.graph.workspace import Workspace\n"
              f"Workspace({str(tmp_path / 'data')!r}, dense=False).close()\n"
              f"print(sorted(set({parser!r}) & set(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "[]", done.stdout + done.stderr[-500:]


def test_the_parse_workers_fork_with_the_parser_and_the_pinyin_tables_loaded():
    """What every worker needs is loaded once in the process that forks them (each had loaded pypinyin's tables)."""
    import subprocess
    import sys

    script = ("import sys\nfrom policykg.graph import workspace\nworkspace._parser()\n"
              "print(sorted({'policykg.ingest.pipeline', 'pypinyin'} - set(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "[]", done.stdout + done.stderr[-500:]
