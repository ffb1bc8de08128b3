"""The numpy encoder reproduces sentence-transformers, and paraphrases land close."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest

from bot.language.sentence_vectors import VectorCache, basic_tokens, sentence_encoder

REFERENCE = json.loads((Path(__file__).parent / "fixtures" / "minilm_reference.json").read_text())


@pytest.mark.parametrize(("text", "ids"), list(zip(REFERENCE["texts"], REFERENCE["ids"], strict=True)))
def test_word_pieces_match_the_reference_tokenizer(text: str, ids: list[int]) -> None:
    assert sentence_encoder().pieces.ids(text) == ids


def test_vectors_match_sentence_transformers() -> None:
    vectors = sentence_encoder().encode(REFERENCE["texts"])
    assert np.abs(vectors - np.array(REFERENCE["vectors"])).max() < 1e-4


def test_vectors_are_unit_length_and_batching_changes_nothing() -> None:
    texts = ["what is the theft limit for jewelry?", "and for watches?", "a much longer question " * 5]
    together = sentence_encoder().encode(texts)
    alone = np.vstack([sentence_encoder().encode([t]) for t in texts])
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    assert np.abs(together - alone).max() < 1e-5


def test_a_paraphrase_is_closer_than_an_unrelated_question() -> None:
    question, paraphrase, unrelated = sentence_encoder().encode(
        [
            "is mysterious disappearance covered on a homeowners policy?",
            "will my home insurance pay if my ring just vanished?",
            "how much does car insurance cost for a teenager?",
        ]
    )
    assert question @ paraphrase > question @ unrelated + 0.2


def test_basic_tokens_split_punctuation_and_strip_accents() -> None:
    assert basic_tokens("Café: NZ$3,000!") == ["cafe", ":", "nz", "$", "3", ",", "000", "!"]


def test_empty_input_gives_no_rows() -> None:
    assert sentence_encoder().encode([]).shape == (0, 384)


def test_a_text_seen_lately_is_not_encoded_again_and_gets_the_same_vector() -> None:
    encoder = dataclasses.replace(sentence_encoder(), cache=VectorCache())
    computed: list[list[str]] = []
    original = encoder._compute

    def counting(texts: list[str], batch_size: int) -> np.ndarray:
        computed.append(list(texts))
        return original(texts, batch_size)

    object.__setattr__(encoder, "_compute", counting)
    first = encoder.encode(["yes", "what is a sublimit?", "yes"])
    again = encoder.encode(["what is a sublimit?", "no"])
    assert computed == [["yes", "what is a sublimit?"], ["no"]]  # each text once
    assert np.array_equal(first[1], again[0]) and np.array_equal(first[0], first[2])
    again[0] += 1.0  # a caller changing its copy changes nothing cached
    assert np.array_equal(encoder.encode(["what is a sublimit?"])[0], first[1])


def test_the_cache_keeps_only_the_most_recent_texts() -> None:
    cache = VectorCache(size=2)
    for text in ("a", "b", "c"):
        cache.put(text, np.zeros(3, dtype=np.float32))
    assert len(cache) == 2 and cache.get("a") is None and cache.get("c") is not None
