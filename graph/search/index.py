"""Hybrid clause search: BM25 over Chinese tokens fused with dense similarity (reciprocal rank
fusion), with filters applied before ranking. The index lives in ``<data>/index`` beside the
graph store and is updated whenever documents are ingested or replaced.

Files: ``records.jsonl`` (one clause per line, with its citation and filter fields),
``vectors.npy`` (float32, one row per record), ``meta.json`` (model name and dimension).
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

import bm25s
import numpy as np
from policykg.ingest.model import Document
from policykg.ingest.vocab import concept_by_id

from ..progress import show_progress
from .embedding import Embedder
from .tokenize import ChineseTokenizer

log = logging.getLogger(__name__)
RRF_K = 60
CANDIDATES = 100  # per ranker, before fusion


@dataclass
class SearchFilters:
    city: str | None = None  # 平凉 or 平凉市
    province: str | None = None
    level: str | None = None  # national | provincial | municipal | county
    document: str | None = None  # document key, IRI or 文号
    unit: str | None = None  # any name of a responsible unit, any role
    group: str | None = None  # concept id or label
    instrument: str | None = None
    in_force_on: dt.date | None = None


@dataclass
class Hit:
    clause: str  # IRI
    document: str  # IRI
    title: str
    doc_number: str | None
    path: str
    number: str
    heading: str
    text: str
    snippet: str
    score: float
    bm25: float | None
    bm25_rank: int | None
    dense: float | None
    dense_rank: int | None
    start: int
    end: int
    source_file: str
    city: str | None
    province: str | None
    level: str | None
    date: str | None
    units: list[dict] = field(default_factory=list)


def _ancestors(scheme: str, concept_id: str) -> list[str]:
    concepts = concept_by_id(scheme)
    out, current = [], concept_id
    while current and current not in out:
        out.append(current)
        current = concepts[current].broader if current in concepts else None
    return out


def records_for(doc: Document, iris) -> list[dict]:
    """The index records of one document's clauses."""
    d_iri = str(iris.document(doc.key))
    out = []
    for c in doc.clauses:
        periods = [[p.begin.isoformat() if p.begin else None, p.end.isoformat() if p.end else None]
                   for p in c.periods if p.kind in ("interval", "deadline") and (p.begin or p.end)]
        out.append({
            "clause": str(iris.clause(doc.key, c.path)), "document": d_iri, "doc_key": doc.key,
            "title": doc.title, "doc_number": doc.doc_number.text if doc.doc_number else None,
            "path": c.path, "number": c.number, "heading": c.heading, "text": c.text,
            "start": c.span.start, "end": c.span.end, "source_file": doc.source_path,
            "city": doc.jurisdiction if doc.level in ("municipal", "county") else None,
            "province": doc.province, "level": doc.level, "date": doc.date.isoformat() if doc.date else None,
            "units": [{"name": u.name, "canonical": u.canonical, "role": u.role, "iri": str(iris.unit(u.canonical))} for u in c.units],
            "groups": sorted({a for m in c.beneficiaries for a in _ancestors("groups", m.concept)}),
            "instruments": sorted({a for m in c.instruments for a in _ancestors("instruments", m.concept)}),
            "periods": periods,
        })
    return out


def _concept_ids(scheme: str, value: str) -> set[str]:
    value = value.strip()
    for c in concept_by_id(scheme).values():
        if value in (c.id, c.label_zh, c.label_en, *c.alt_labels):
            return {c.id}
    return {value}


def _matches(r: dict, f: SearchFilters) -> bool:
    if f.city and not (r["city"] and (r["city"] == f.city or r["city"].rstrip("市") == f.city.rstrip("市"))):
        return False
    if f.province and not (r["province"] and r["province"].startswith(f.province.rstrip("省"))):
        return False
    if f.level and r["level"] != f.level:
        return False
    if f.document and f.document not in (r["doc_key"], r["document"], r["doc_number"]):
        return False
    if f.unit and not any(f.unit in (u["name"], u["canonical"], u["iri"]) for u in r["units"]):
        return False
    if f.group and not (_concept_ids("groups", f.group) & set(r["groups"])):
        return False
    if f.instrument and not (_concept_ids("instruments", f.instrument) & set(r["instruments"])):
        return False
    if f.in_force_on:
        day = f.in_force_on.isoformat()
        if r["date"] and r["date"] > day:
            return False
        bounded = [p for p in r["periods"] if p[1]]
        if bounded and not any((p[0] or "0000") <= day <= p[1] for p in bounded):
            return False
    return True


def snippet(text: str, tokens: list[str], width: int = 90) -> str:
    """A window of the clause around the densest matches, with matches in <mark>…</mark>."""
    spans = sorted({(m.start(), m.end()) for t in set(tokens) if len(t) >= 2 or t.isdigit() for m in re.finditer(re.escape(t), text)})
    if not spans:
        return text[:width] + ("…" if len(text) > width else "")
    best = max(range(len(spans)), key=lambda i: sum(1 for s, _ in spans if spans[i][0] <= s < spans[i][0] + width))
    start = max(0, min(spans[best][0] - 15, len(text) - width))
    end = min(len(text), start + width)
    merged: list[list[int]] = []
    for s, e in spans:
        if s >= start and e <= end:
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
    out, pos = [], start
    for s, e in merged:
        out += [text[pos:s], "<mark>", text[s:e], "</mark>"]
        pos = e
    out.append(text[pos:end])
    return ("…" if start else "") + "".join(out) + ("…" if end < len(text) else "")


class SearchIndex:
    """Records, their BM25 index and their vectors; thread-safe for concurrent searches."""

    def __init__(self, directory: str | Path, embedder: Embedder | None = None, dense: bool = True):
        self.directory = Path(directory)
        self.embedder = embedder or Embedder()
        self.dense = dense
        self._lock = threading.RLock()
        self.records: list[dict] = []
        self.vectors = np.zeros((0, 0), dtype=np.float32)
        self.tokenizer = ChineseTokenizer()
        self._bm25 = None
        self._load()

    # --- persistence ---------------------------------------------------------------------
    def _load(self) -> None:
        records_file = self.directory / "records.jsonl"
        if not records_file.exists():
            return
        with records_file.open(encoding="utf-8") as f:
            self.records = [json.loads(line) for line in f if line.strip()]
        meta = json.loads((self.directory / "meta.json").read_text()) if (self.directory / "meta.json").exists() else {}
        vectors_file = self.directory / "vectors.npy"
        if self.dense and vectors_file.exists() and meta.get("model") == self.embedder.model_name:
            self.vectors = np.load(vectors_file)
        elif self.dense and self.records:
            log.info("embedding model changed (%s -> %s): rebuilding vectors", meta.get("model"), self.embedder.model_name)
            self.vectors = self._embed([r["text"] for r in self.records], quiet=True)
            self._save()
        self._rebuild_bm25()

    def _save(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        tmp = self.directory / "records.jsonl.tmp"
        with tmp.open("w", encoding="utf-8") as f:
            for r in self.records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        if self.dense:
            np.save(self.directory / "vectors.tmp.npy", self.vectors)
            (self.directory / "vectors.tmp.npy").replace(self.directory / "vectors.npy")
        (self.directory / "meta.json").write_text(json.dumps({
            "model": self.embedder.model_name if self.dense else None, "count": len(self.records),
            "dimension": int(self.vectors.shape[1]) if self.vectors.size else None}))
        tmp.replace(self.directory / "records.jsonl")

    # --- updates -------------------------------------------------------------------------
    def _embed(self, texts: list[str], quiet: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.vectors.shape[1] if self.vectors.size else 0), dtype=np.float32)
        return self.embedder.encode_passages(texts, progress=show_progress(quiet))

    def replace_documents(self, removed: list[str], documents: list[Document], iris, quiet: bool = False) -> None:
        """Drop the clauses of documents ``removed`` (keys) and of ``documents``; add the latter's."""
        with self._lock:
            drop = set(removed) | {d.key for d in documents}
            keep = [i for i, r in enumerate(self.records) if r["doc_key"] not in drop]
            new = [r for d in documents for r in records_for(d, iris)]
            if self.dense:
                old_vectors = self.vectors[keep] if self.vectors.size else np.zeros((0, 0), dtype=np.float32)
                new_vectors = self._embed([r["text"] for r in new], quiet)
                parts = [v for v in (old_vectors, new_vectors) if v.size]
                self.vectors = np.vstack(parts) if parts else np.zeros((0, 0), dtype=np.float32)
            self.records = [self.records[i] for i in keep] + new
            self._save()
            self._rebuild_bm25()

    def _rebuild_bm25(self) -> None:
        self.tokenizer.add_words(u["name"] for r in self.records for u in r["units"])
        self.tokenizer.add_words(r["doc_number"] for r in self.records if r["doc_number"])
        if not self.records:
            self._bm25 = None
            return
        corpus = [self.tokenizer.tokens(f"{r['title']} {r['text']}") for r in self.records]
        bm25 = bm25s.BM25()
        bm25.index(corpus, show_progress=False)
        self._bm25 = bm25

    # --- search --------------------------------------------------------------------------
    def search(self, query: str, k: int = 10, filters: SearchFilters | None = None, mode: str = "hybrid") -> list[Hit]:
        """``mode``: hybrid, bm25 or dense. Filters restrict the candidates before ranking."""
        filters = filters or SearchFilters()
        with self._lock:
            mask = np.array([_matches(r, filters) for r in self.records], dtype=bool)
            candidates = np.flatnonzero(mask)
            if candidates.size == 0:
                return []
            tokens = self.tokenizer.tokens(query)
            rankings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
            if mode in ("hybrid", "bm25") and self._bm25 is not None and tokens:
                scores = np.asarray(self._bm25.get_scores(tokens))[candidates]
                order = np.argsort(-scores, kind="stable")[:CANDIDATES]
                order = order[scores[order] > 0]
                rankings["bm25"] = (candidates[order], scores[order])
            if mode in ("hybrid", "dense") and self.dense and self.vectors.size:
                q = self.embedder.encode_queries([query])[0]
                scores = self.vectors[candidates] @ q
                order = np.argsort(-scores, kind="stable")[:CANDIDATES]
                rankings["dense"] = (candidates[order], scores[order])
            fused: dict[int, float] = {}
            parts: dict[int, dict] = {}
            for name, (idx, scores) in rankings.items():
                for rank, (i, s) in enumerate(zip(idx.tolist(), scores.tolist()), start=1):
                    fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + rank)
                    parts.setdefault(i, {})[name] = (float(s), rank)
            best = sorted(fused, key=lambda i: -fused[i])[:k]
            return [self._hit(i, fused[i], parts[i], tokens) for i in best]

    def _hit(self, i: int, score: float, parts: dict, tokens: list[str]) -> Hit:
        r = self.records[i]
        bm25, dense = parts.get("bm25"), parts.get("dense")
        return Hit(
            clause=r["clause"], document=r["document"], title=r["title"], doc_number=r["doc_number"], path=r["path"],
            number=r["number"], heading=r["heading"], text=r["text"], snippet=snippet(r["text"], tokens), score=round(score, 6),
            bm25=round(bm25[0], 4) if bm25 else None, bm25_rank=bm25[1] if bm25 else None,
            dense=round(dense[0], 4) if dense else None, dense_rank=dense[1] if dense else None,
            start=r["start"], end=r["end"], source_file=r["source_file"], city=r["city"], province=r["province"],
            level=r["level"], date=r["date"], units=[{"name": u["canonical"], "as_written": u["name"], "role": u["role"]} for u in r["units"]],
        )

    def __len__(self) -> int:
        return len(self.records)

