"""A minimal search projection with the contract of ``graph/search/projection.py``, for the
workspace tests: records are the clauses (IRI, text) read from the store, stamped with the state.

It writes to a temporary folder and renames it into place, as the real one does.
"""
from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

from policykg.graph.errors import IndexUnavailable

CLAUSES = "SELECT ?c ?t WHERE { ?c a pol:Clause ; pol:text ?t } ORDER BY ?c"
builds = []  # stamps of every build in this process, for the tests


class SearchIndex:
    def __init__(self, records: list[dict], stamp: str, model_name: str | None):
        self.records, self.stamp, self.model_name = records, stamp, model_name

    @classmethod
    def open(cls, directory, embedder=None) -> "SearchIndex":
        try:
            meta = json.loads((Path(directory) / "meta.json").read_text(encoding="utf-8"))
            records = json.loads((Path(directory) / "records.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise IndexUnavailable(f"no readable index in {directory}: {exc}") from exc
        return cls(records, meta["stamp"], meta["model"])

    def __len__(self) -> int:
        return len(self.records)


def build_index(directory, store, iris, embedder, stamp, quiet=False, since=None, changed=None, sources=None) -> SearchIndex:
    directory = Path(directory)
    records = [{"clause": r["c"], "text": r["t"]} for r in store.select(CLAUSES)]
    model = embedder.model_name if embedder is not None else None
    tmp = directory.with_name(f"index.tmp-{uuid.uuid4().hex[:8]}")
    tmp.mkdir(parents=True)
    (tmp / "records.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    (tmp / "meta.json").write_text(json.dumps({"stamp": stamp, "model": model}), encoding="utf-8")
    if directory.exists():
        shutil.rmtree(directory)
    tmp.rename(directory)
    builds.append(stamp)
    return SearchIndex(records, stamp, model)
