"""Rasa NLU component: picks the FAQ a question asks, in ResponseSelector's output format.

It replaces Rasa's ResponseSelector for the `faq` retrieval intent. With 62 close
topics and 30 phrasings each, a logistic regression over the sentence vector plus word
counts is more accurate on paraphrases it never saw and trains faster (numbers in README, "FAQ accuracy"). Its output
sits where ResponseSelector's would (`response_selector.faq`), so `/model/parse`,
`rasa test nlu` and the answering action read it the usual way. Whether a confidence is
high enough to answer is the dialogue's decision (bot/rules/faq.py), not this one's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse
from numpy.typing import NDArray
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import normalize

from bot.nlu.sentence_featurizer import sentence_vector
from bot.nlu.trained_component import TrainedComponent

SELECTOR_PROPERTY = "response_selector"
RANKING_LENGTH = 10


@dataclass(frozen=True)
class FaqModel:
    """What training leaves: the word vocabulary and the classifier over it."""

    words: CountVectorizer
    classifier: LogisticRegression
    dense_weight: float

    def features(self, messages: list[Message]) -> scipy.sparse.csr_matrix:
        """Unit-length word counts beside the weighted sentence vector."""
        counts = normalize(self.words.transform([m.get(TEXT) for m in messages]))
        vectors = np.vstack([_required_vector(m) for m in messages]) * self.dense_weight
        return scipy.sparse.hstack([counts, scipy.sparse.csr_matrix(vectors)]).tocsr()


def _required_vector(message: Message) -> NDArray[np.float32]:
    vector = sentence_vector(message)
    if vector is None:
        raise ValueError("FaqSelector needs bot.nlu.sentence_featurizer.SentenceVectorFeaturizer before it")
    return vector


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class FaqSelector(TrainedComponent[FaqModel], IntentClassifier):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "retrieval_intent": "faq",
            # Chosen on the held-out questions (README, "FAQ accuracy"): the sentence vector
            # carries paraphrases, word counts the rare terms (HO-5, IFSO, sublimit).
            "dense_weight": 2.0,
            "regularisation": 30.0,  # LogisticRegression's C
        }

    @property
    def _intent(self) -> str:
        return str(self._config["retrieval_intent"])

    def train(self, training_data: TrainingData) -> Resource:
        examples = [
            m
            for m in training_data.intent_examples
            if m.get(INTENT) == self._intent and m.get(INTENT_RESPONSE_KEY) and m.get(TEXT)
        ]
        if examples:
            words = CountVectorizer().fit([m.get(TEXT) for m in examples])
            unfitted = FaqModel(words, LogisticRegression(), float(self._config["dense_weight"]))
            classifier = LogisticRegression(C=float(self._config["regularisation"]), max_iter=2000)
            classifier.fit(unfitted.features(examples), [m.get(INTENT_RESPONSE_KEY) for m in examples])
            return self.persist(FaqModel(words, classifier, unfitted.dense_weight))
        return self.persist(None)

    def process(self, messages: list[Message]) -> list[Message]:
        if self._fitted is None:
            return messages
        classes = self._fitted.classifier.classes_
        for message in messages:
            if not message.get(TEXT):
                continue
            probabilities = self._fitted.classifier.predict_proba(self._fitted.features([message]))[0]
            order = np.argsort(probabilities)[::-1][:RANKING_LENGTH]
            ranking = [
                {
                    "id": int(i),
                    "confidence": float(probabilities[i]),
                    "intent_response_key": str(classes[i]),
                }
                for i in order
            ]
            best = int(order[0])
            key = str(classes[best])
            selected = {
                "response": {
                    "responses": [],
                    "confidence": float(probabilities[best]),
                    "intent_response_key": key,
                    "utter_action": f"utter_{key}",
                },
                "ranking": ranking,
            }
            properties = dict(message.get(SELECTOR_PROPERTY) or {})
            properties[self._intent] = selected
            retrieval_intents = set(properties.get("all_retrieval_intents") or []) | {self._intent}
            properties["all_retrieval_intents"] = sorted(retrieval_intents)
            message.set(SELECTOR_PROPERTY, properties, add_to_output=True)
        return messages
