"""The features the project's classifiers read: counts beside the sentence vector.

Word counts carry the rare terms ("HO-5", "IFSO", "sublimit"), character n-grams carry
typos and word forms ("jewellery", "stolen"/"stole"), and the sentence vector carries
paraphrases that share no words. Each part is scaled to unit length, then weighted.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import scipy.sparse
from numpy.typing import NDArray
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.preprocessing import normalize

from bot.nlu.sentence_featurizer import sentence_vector
from bot.nlu.softmax_scores import SoftmaxScores


@dataclass(frozen=True)
class FeatureSettings:
    word_ngrams: int = 1  # 2: words and word pairs
    char_weight: float = 0.0  # 0: no character n-grams
    dense_weight: float = 2.0


def word_counter(settings: FeatureSettings, vocabulary: dict[str, int] | None = None) -> CountVectorizer:
    return CountVectorizer(ngram_range=(1, settings.word_ngrams), vocabulary=vocabulary)


def char_counter(vocabulary: dict[str, int] | None = None) -> CountVectorizer:
    return CountVectorizer(analyzer="char_wb", ngram_range=(2, 4), vocabulary=vocabulary)


def _terms(counter: CountVectorizer) -> NDArray[np.str_]:
    """The fitted vocabulary as the terms in column order (a string array, not a dict)."""
    vocabulary: dict[str, int] = counter.vocabulary_
    return np.array(sorted(vocabulary, key=vocabulary.__getitem__), dtype=str)


def _vocabulary(terms: NDArray[np.str_]) -> dict[str, int]:
    return {str(term): column for column, term in enumerate(terms)}


@dataclass(frozen=True)
class TextFeatures:
    """Vocabularies fitted on the training texts, and how to weigh each part."""

    words: CountVectorizer
    chars: CountVectorizer | None
    settings: FeatureSettings

    @classmethod
    def fit(cls, messages: list[Message], settings: FeatureSettings) -> TextFeatures:
        texts = [m.get(TEXT) for m in messages]
        words = word_counter(settings).fit(texts)
        chars = char_counter().fit(texts) if settings.char_weight else None
        return cls(words, chars, settings)

    def to_parts(self) -> tuple[dict[str, NDArray[Any]], dict[str, Any]]:
        arrays = {"words": _terms(self.words)}
        if self.chars is not None:
            arrays["chars"] = _terms(self.chars)
        return arrays, {"settings": asdict(self.settings)}

    @classmethod
    def from_parts(cls, arrays: dict[str, NDArray[Any]], meta: dict[str, Any]) -> TextFeatures:
        """The same counters, given their vocabularies instead of fitted again."""
        settings = FeatureSettings(**meta["settings"])
        chars = char_counter(_vocabulary(arrays["chars"])) if "chars" in arrays else None
        return cls(word_counter(settings, _vocabulary(arrays["words"])), chars, settings)

    def transform(self, messages: list[Message]) -> scipy.sparse.csr_matrix:
        texts = [m.get(TEXT) for m in messages]
        parts = [normalize(self.words.transform(texts))]
        if self.chars is not None:
            parts.append(normalize(self.chars.transform(texts)) * self.settings.char_weight)
        vectors = np.vstack([_required_vector(m) for m in messages]) * self.settings.dense_weight
        parts.append(scipy.sparse.csr_matrix(vectors))
        return scipy.sparse.hstack(parts).tocsr()


def _required_vector(message: Message) -> NDArray[np.float32]:
    vector = sentence_vector(message)
    if vector is None:
        raise ValueError("needs bot.nlu.sentence_featurizer.SentenceVectorFeaturizer earlier in the pipeline")
    return vector


@dataclass(frozen=True)
class TextModel:
    """A trained text classifier: the vocabularies and the scores over them."""

    features: TextFeatures
    scores: SoftmaxScores

    def to_parts(self) -> tuple[dict[str, NDArray[Any]], dict[str, Any]]:
        arrays, meta = self.features.to_parts()
        return {**arrays, **self.scores.arrays()}, meta

    @classmethod
    def from_parts(cls, arrays: dict[str, NDArray[Any]], meta: dict[str, Any]) -> TextModel:
        return cls(TextFeatures.from_parts(arrays, meta), SoftmaxScores.from_arrays(arrays))
