"""Every notebook runs top to bottom on the real documents, its checks against SPARQL hold, and
its plots find a Chinese font (no missing-glyph warnings)."""
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))


@pytest.fixture(scope="module")
def data_dir(workspace):
    return workspace.data_dir


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_clean(path, data_dir, tmp_path, monkeypatch):
    nb = nbformat.read(path, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "commit notebooks with outputs stripped"
    monkeypatch.setenv("POLICYKG_DATA_DIR", str(data_dir))
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    text = "\n".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))
    assert "missing from font" not in text and "Glyph" not in text
    assert list(tmp_path.glob("*.png")), "the notebook draws its figures"


def test_notebooks_exist():
    assert {p.name for p in NOTEBOOKS} == {"comparing_cities.ipynb", "responsibility.ipynb", "lineage.ipynb"}
