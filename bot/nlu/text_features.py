"""The features the project's classifiers read: counts beside the sentence vector.

Word counts carry the rare terms ("HO-5", "IFSO", "sublimit"), character n-grams carry
typos and word forms ("jewellery", "stolen"/"stole"), and the sentence vector carries
paraphrases that share no words. Each part is scaled to unit length, then weighted.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse
from numpy.typing import NDArray
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.preprocessing import normalize

from bot.nlu.sentence_featurizer import sentence_vector


@dataclass(frozen=True)
class FeatureSettings:
    word_ngrams: int = 1  # 2: words and word pairs
    char_weight: float = 0.0  # 0: no character n-grams
    dense_weight: float = 2.0


@dataclass(frozen=True)
class TextFeatures:
    """Vocabularies fitted on the training texts, and how to weigh each part."""

    words: CountVectorizer
    chars: CountVectorizer | None
    settings: FeatureSettings

    @classmethod
    def fit(cls, messages: list[Message], settings: FeatureSettings) -> TextFeatures:
        texts = [m.get(TEXT) for m in messages]
        words = CountVectorizer(ngram_range=(1, settings.word_ngrams)).fit(texts)
        chars = (
            CountVectorizer(analyzer="char_wb", ngram_range=(2, 4)).fit(texts)
            if settings.char_weight
            else None
        )
        return cls(words, chars, settings)

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
