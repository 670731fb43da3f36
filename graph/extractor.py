"""Which code made a stored document's graph, so that an upgrade reaches the files already stored.

The extractor id is a digest of the extraction code and its vocabularies (``policykg.ingest``) and
of the graph builder (``graph/rdf.py``). Each stored document carries it (``pol:extractor``). A
file whose documents were made by other code is not "unchanged" when it is ingested again,
though its bytes are the same: it is parsed anew and its documents are replaced under the same
keys, so the better extraction of a new version reaches what was stored by an old one.
"""
from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import policykg.ingest

BUILDER = Path(__file__).with_name("rdf.py")
VOCABULARY_SUFFIXES = (".py", ".csv")


@cache
def extractor_id() -> str:
    """``sha256:`` and 16 hex digits over the code that turns a file into its quads."""
    ingest = Path(policykg.ingest.__file__).parent
    files = sorted(p for p in ingest.rglob("*") if p.suffix in VOCABULARY_SUFFIXES and "__pycache__" not in p.parts)
    digest = hashlib.sha256()
    for path in [*files, BUILDER]:
        digest.update(path.relative_to(path.parent.parent).as_posix().encode())
        digest.update(path.read_bytes())
    return f"sha256:{digest.hexdigest()[:16]}"
