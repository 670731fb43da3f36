"""A model stand-in for tests that embed: fast, deterministic, offline."""
import hashlib

import numpy as np


class CharEmbedder:
    """A tiny deterministic stand-in for e5: hashed character bigrams, L2-normalised."""

    model_name = model_id = "test-char-bigrams"

    def __init__(self):
        self.passages_encoded = 0

    def _encode(self, texts):
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for row, text in enumerate(texts):
            for a, b in zip(text, text[1:]):
                out[row, hashlib.md5((a + b).encode()).digest()[0] % 64] += 1
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)

    def encode_queries(self, texts):
        return self._encode(texts)

    def encode_passages(self, texts, progress=False):
        self.passages_encoded += len(texts)
        return self._encode(texts)
