"""An index built without vectors (``ingest --no-dense``, as ``make run`` does) serves BM25 at
once; a server embeds its passages in the background and swaps the index with vectors in."""
import json
import threading
import time

import numpy as np
import pytest
from char_embedder import CharEmbedder
from fastapi.testclient import TestClient
from policykg.api.app import create_app
from policykg.api.settings import Settings
from policykg.graph.index_lock import index_writer
from policykg.graph.passage_embedding import Outcome
from policykg.graph.search.projection import SPARE_VECTORS, build_index
from policykg.graph.workspace import Workspace

SEED = "004_30de0d34d7d57a20.txt"  # 平凉市: 25 clauses


class GatedEmbedder(CharEmbedder):
    """Holds its first passage batch until ``gate`` is set, so a test sees the embedding under way."""

    def __init__(self):
        super().__init__()
        self.entered, self.gate = threading.Event(), threading.Event()

    def encode_passages(self, texts, progress=False):
        self.entered.set()
        assert self.gate.wait(30), "the test never opened the gate"
        return super().encode_passages(texts, progress)


@pytest.fixture
def bm25_data(tmp_path, corpus_dir):
    """A data folder whose index was built without vectors."""
    data = tmp_path / "data"
    ws = Workspace(data, dense=False)
    report = ws.ingest([corpus_dir / SEED], quiet=True)
    assert not report.errors and not ws.search_index.dense
    ws.close()
    return data


def _meta(data):
    return json.loads((data / "index" / "meta.json").read_text(encoding="utf-8"))


def _until(condition, seconds=30.0):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_a_reader_embeds_the_missing_passages_and_swaps_the_index_in(bm25_data):
    embedder = CharEmbedder()
    ws = Workspace(bm25_data, read_only=True, embedder=embedder)
    stamp = ws.search_index.stamp
    assert ws.vectors_missing() and ws.index_status()["vectors"]["state"] == "missing"
    assert not ws.search_index.search_response("就业见习补贴", k=3).dense  # BM25 meanwhile
    seen = []
    assert ws.embed_passages(lambda done, total: seen.append((done, total))) is Outcome.EMBEDDED
    passages = ws.search_index.passages
    assert embedder.passages_encoded == passages and seen[0] == (0, passages) and seen[-1] == (passages, passages)
    assert ws.search_index.dense and not ws.vectors_missing() and ws.index_status()["vectors"]["state"] == "ready"
    assert ws.search_index.stamp == stamp == _meta(bm25_data)["stamp"], "the same store state, now with vectors"
    result = ws.search_index.search_response("就业见习补贴", k=3)
    assert result.dense and result.hits[0].dense_rank is not None
    fresh = build_index(bm25_data / "fresh", ws.store, ws.iris, CharEmbedder(), stamp, quiet=True)
    assert np.array_equal(fresh.vectors, ws.search_index.vectors), "as a build with the model from the start"
    ws.close()


def test_nothing_is_embedded_while_another_process_writes_the_index(bm25_data):
    ws = Workspace(bm25_data, read_only=True, embedder=CharEmbedder())
    with index_writer(bm25_data) as held:
        assert held
        assert ws.embed_passages() is Outcome.BUSY
    assert ws.vectors_missing() and _meta(bm25_data)["model"] is None
    ws.close()


def test_a_stale_index_is_left_to_its_writer(bm25_data, corpus_dir):
    writer = Workspace(bm25_data, dense=False)
    writer.store.update("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> 'c' } }")  # the store moves on, the index not
    writer.close()
    reader = Workspace(bm25_data, read_only=True, embedder=CharEmbedder())
    assert reader.vectors_missing() and reader.search_index.stamp != reader.store_state()
    assert reader.embed_passages() is Outcome.STALE and _meta(bm25_data)["model"] is None
    reader.close()


def test_a_bm25_only_build_keeps_vectors_that_cover_every_passage(bm25_data):
    ws = Workspace(bm25_data, dense=False)
    stamp = ws.store_state()
    embedded = build_index(bm25_data / "index", ws.store, ws.iris, CharEmbedder(), stamp, quiet=True)
    again = build_index(bm25_data / "index", ws.store, ws.iris, None, stamp, quiet=True)
    assert again.meta["model"] == CharEmbedder.model_id
    assert np.array_equal(np.load(bm25_data / "index" / "vectors.npy"), embedded.vectors)
    ws.close()


def test_an_unchanged_corpus_ingested_again_without_the_model_keeps_the_vectors(bm25_data, corpus_dir):
    reader = Workspace(bm25_data, read_only=True, embedder=CharEmbedder())
    assert reader.embed_passages() is Outcome.EMBEDDED
    reader.close()
    index = bm25_data / "index"
    before = index.stat().st_ino
    ws = Workspace(bm25_data, dense=False)  # as the second `make run`: ingest --no-dense
    report = ws.ingest([corpus_dir / SEED], quiet=True)
    assert report.unchanged and index.stat().st_ino == before, "nothing rebuilt"
    assert _meta(bm25_data)["model"] == CharEmbedder.model_id
    ws.close()


def test_a_bm25_only_build_with_new_text_keeps_the_vectors_aside_for_the_next_build(bm25_data, corpus_dir, tmp_path):
    ws = Workspace(bm25_data, dense=False)
    build_index(bm25_data / "index", ws.store, ws.iris, CharEmbedder(), ws.store_state(), quiet=True)
    before = ws.search_index.passages
    source = (corpus_dir / SEED).read_text(encoding="utf-8")
    changed = tmp_path / "pl.txt"
    changed.write_text(source.replace("市财政给予一次性奖补资金扶持发展", "市财政给予一次性奖补资金扶持发展，另给予紫罗兰专项奖励"), encoding="utf-8")
    ws.ingest([changed], quiet=True)  # the model's vectors cannot cover the new clause
    meta = _meta(bm25_data)
    assert meta["model"] is None and not (bm25_data / "index" / "vectors.npy").exists()
    assert meta["spare_model"] == CharEmbedder.model_id and (bm25_data / "index" / SPARE_VECTORS).exists()
    embedder = CharEmbedder()
    reader = Workspace(bm25_data, read_only=True, embedder=embedder)
    assert reader.embed_passages() is Outcome.EMBEDDED
    new_passages = reader.search_index.passages - before
    assert 0 < embedder.passages_encoded <= new_passages + 1, "only the passages without a spare vector"
    fresh = build_index(tmp_path / "fresh", reader.store, reader.iris, CharEmbedder(), reader.store_state(), quiet=True)
    assert np.array_equal(fresh.vectors, reader.search_index.vectors)
    reader.close()
    ws.close()


def test_a_stopped_embedding_writes_nothing(bm25_data):
    embedder = GatedEmbedder()
    ws = Workspace(bm25_data, read_only=True, embedder=embedder)
    before = (bm25_data / "index").stat().st_ino
    assert ws.embed_in_background()
    assert embedder.entered.wait(30)
    stopping = threading.Thread(target=ws.background_embedding.stop)
    stopping.start()
    _until(lambda: ws.background_embedding._stop.is_set())
    embedder.gate.set()
    stopping.join(30)
    assert not ws.background_embedding.running and ws.vectors_missing()
    assert (bm25_data / "index").stat().st_ino == before and _meta(bm25_data)["model"] is None
    assert not [p for p in bm25_data.iterdir() if p.name.startswith(".index")], "no half-written index left"
    ws.close()


def test_a_server_answers_by_bm25_then_with_vectors_once_embedded(bm25_data):
    embedder = GatedEmbedder()
    ws = Workspace(bm25_data, read_only=True, embedder=embedder)
    with TestClient(create_app(Settings(data_dir=bm25_data), ws)) as client:
        assert embedder.entered.wait(30), "the server started embedding"
        vectors = client.get("/health").json()["index"]["vectors"]
        assert vectors["state"] == "embedding" and vectors["to_embed"] == ws.search_index.passages
        early = client.get("/search", params={"q": "就业见习补贴", "k": 3}).json()
        assert early["dense"] is False and early["hits"] and all(h["dense_rank"] is None for h in early["hits"])
        page = client.get("/", params={"q": "就业见习补贴"}).text
        assert 'id="vectors-note"' in page and "语义向量正在生成" in page and "BM25" in page
        embedder.gate.set()
        _until(lambda: client.get("/health").json()["index"]["vectors"]["state"] == "ready")
        late = client.get("/search", params={"q": "就业见习补贴", "k": 3}).json()
        assert late["dense"] is True and late["hits"][0]["dense_rank"] is not None
        assert 'id="vectors-note"' not in client.get("/", params={"q": "就业见习补贴"}).text
        assert client.get("/health").json()["index"]["index_model"] == CharEmbedder.model_id
    ws.close()


def test_a_server_told_not_to_embeds_nothing(bm25_data):
    embedder = CharEmbedder()
    ws = Workspace(bm25_data, read_only=True, embedder=embedder)
    with TestClient(create_app(Settings(data_dir=bm25_data, embed_in_background=False), ws)) as client:
        assert client.get("/health").json()["index"]["vectors"]["state"] == "missing"
    assert embedder.passages_encoded == 0
    ws.close()


def test_a_writer_waits_for_the_index_lock_a_server_holds(bm25_data):
    ws = Workspace(bm25_data, dense=False)
    done = threading.Event()
    with index_writer(bm25_data):
        writer = threading.Thread(target=lambda: (ws.reindex(quiet=True), done.set()))
        writer.start()
        assert not done.wait(0.5), "the rebuild waited for the lock"
    writer.join(30)
    assert done.is_set()
    ws.close()


def test_an_index_made_by_other_code_is_left_to_a_rebuild_not_read_again_by_the_server(bm25_data):
    meta = _meta(bm25_data)
    (bm25_data / "index" / "meta.json").write_text(json.dumps({**meta, "code": "older"}), encoding="utf-8")
    embedder = CharEmbedder()
    ws = Workspace(bm25_data, read_only=True, embedder=embedder)
    assert ws.embed_passages() is Outcome.NOT_CARRIED
    assert embedder.passages_encoded == 0 and _meta(bm25_data)["code"] == "older"
    ws.close()


def test_a_folder_the_server_cannot_write_is_reported_not_retried(bm25_data, monkeypatch):
    monkeypatch.setattr("policykg.graph.workspace.os.access", lambda path, mode: False)
    ws = Workspace(bm25_data, read_only=True, embedder=CharEmbedder())
    with TestClient(create_app(Settings(data_dir=bm25_data), ws)) as client:
        _until(lambda: client.get("/health").json()["index"]["vectors"]["reason"] == Outcome.NOT_WRITABLE.value)
        assert client.get("/health").json()["index"]["vectors"]["state"] == "missing"
    ws.close()


def test_the_server_tries_again_once_a_writer_lets_go_of_the_index(bm25_data):
    ws = Workspace(bm25_data, read_only=True, embedder=CharEmbedder())
    ws.background_embedding._retry_s = 0.05
    writer = index_writer(bm25_data)  # a CLI ingest holding the index as the server starts
    assert writer.__enter__()
    with TestClient(create_app(Settings(data_dir=bm25_data), ws)) as client:
        _until(lambda: client.get("/health").json()["index"]["vectors"]["reason"] == Outcome.BUSY.value)
        writer.__exit__(None, None, None)
        _until(lambda: client.get("/health").json()["index"]["vectors"]["state"] == "ready")
    ws.close()


def test_a_bm25_only_ingest_while_serving_is_embedded_whoever_notices_it(bm25_data, corpus_dir, tmp_path):
    """An MCP call (which refreshes the workspace itself) may be the first to see the new state:
    the embedding starts all the same, and /sparql's workers read the new state too."""
    ws = Workspace(bm25_data, read_only=True, embedder=CharEmbedder())
    ws.background_embedding._retry_s = 0.05
    with TestClient(create_app(Settings(data_dir=bm25_data), ws)) as client:
        _until(lambda: client.get("/health").json()["index"]["vectors"]["state"] == "ready")
        writer = Workspace(bm25_data, dense=False)
        extra = tmp_path / "extra.txt"
        extra.write_text((corpus_dir / SEED).read_text(encoding="utf-8").replace("平凉市", "紫罗兰市"), encoding="utf-8")
        report = writer.ingest([extra], quiet=True)
        writer.close()
        (key,) = report.documents
        assert ws.refresh(), "as the MCP tools do, before any HTTP request"
        _until(lambda: client.get("/health").json()["index"]["vectors"]["state"] == "ready")
        assert client.get("/search", params={"q": "紫罗兰市", "k": 1}).json()["dense"] is True
        ask = f"ASK {{ <{ws.iris.document(key)}> ?p ?o }}"
        answer = client.get("/sparql", params={"query": ask}, headers={"Accept": "application/sparql-results+json"}).json()
        assert answer["boolean"] is True, "the query workers were recycled for the new state"
    ws.close()


def test_opening_for_writing_does_not_wait_for_a_server_embedding(bm25_data, corpus_dir, tmp_path):
    """An ingest parses and writes the store while the server embeds; only its index build waits."""
    opened = []
    with index_writer(bm25_data):
        opening = threading.Thread(target=lambda: opened.append(Workspace(bm25_data, dense=False)))
        opening.start()
        opening.join(30)
        assert opened, "the workspace opened without waiting for the index lock"
        ws = opened[0]
        assert ws.search_index is not None and not ws.search_index.dense
        extra = tmp_path / "extra.txt"
        extra.write_text((corpus_dir / SEED).read_text(encoding="utf-8").replace("平凉市", "紫罗兰市"), encoding="utf-8")
        ingesting = threading.Thread(target=lambda: ws.ingest([extra], quiet=True))
        ingesting.start()
        _until(lambda: ws.store_state() != ws.search_index.stamp)  # the store is written ...
        ingesting.join(0.3)
        assert ingesting.is_alive(), "... and the index build waits for the lock"
    ingesting.join(30)
    assert ws.search_index.stamp == ws.store_state() and ws.search_index.search("紫罗兰市", k=1, mode="bm25")
    ws.close()


class _StdioServer:
    """Stands in for the MCP server ``policykg mcp`` runs on stdio: while "serving", waits for the
    index to gain its vectors (or not), as a chat client's session would see it."""

    def __init__(self, workspace, wait_s: float):
        self.workspace, self.wait_s, self.dense_while_serving = workspace, wait_s, None

    def run(self, transport):
        assert transport == "stdio"
        deadline = time.monotonic() + self.wait_s
        while not self.workspace.search_index.dense and time.monotonic() < deadline:
            time.sleep(0.02)
        self.dense_while_serving = self.workspace.search_index.dense


@pytest.mark.parametrize("embed_in_background", [True, False])
def test_policykg_mcp_embeds_in_the_background_as_the_server_does(bm25_data, monkeypatch, embed_in_background):
    from policykg.api import mcp_server

    ws = Workspace(bm25_data, read_only=True, embedder=CharEmbedder())
    stdio = _StdioServer(ws, wait_s=30 if embed_in_background else 1)
    monkeypatch.setattr(mcp_server, "build_server", lambda workspace, settings: stdio)
    mcp_server.run_stdio(ws, Settings(data_dir=bm25_data, embed_in_background=embed_in_background))
    assert stdio.dense_while_serving is embed_in_background
    assert _meta(bm25_data)["model"] == (CharEmbedder.model_id if embed_in_background else None)
    thread = ws.background_embedding._thread
    assert thread is None or not thread.is_alive(), "the watcher stops when the client closes stdio"
