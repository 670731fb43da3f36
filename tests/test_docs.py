"""The docs stay true: every example query in docs/ontology.md is a named query and runs; every
setting and CLI command is documented."""
import re
from pathlib import Path

import pytest
from policykg.api.settings import Settings
from policykg.graph.namespaces import sparql_prefixes
from policykg.graph.queries import query_names, query_text

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DOC = (ROOT / "docs" / "ontology.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```sparql\n(.*?)```", ONTOLOGY_DOC, re.S)


def test_ontology_doc_shows_every_named_query_verbatim():
    assert len(BLOCKS) >= 10
    for name in query_names():
        assert query_text(name).strip() in [b.strip() for b in BLOCKS], f"{name}.rq differs from docs/ontology.md"


@pytest.mark.parametrize("block", BLOCKS, ids=lambda b: b.splitlines()[0][:50])
def test_every_example_query_answers_on_the_real_documents(workspace, block):
    assert workspace.store.select(sparql_prefixes() + block)


def test_every_setting_is_documented():
    api_doc = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    for name in Settings.model_fields:
        assert f"POLICYKG_{name.upper()}" in api_doc, name


def test_every_cli_command_is_documented():
    from policykg.api.cli import app

    api_doc = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    for command in app.registered_commands:
        assert f"policykg {command.callback.__name__}" in api_doc
