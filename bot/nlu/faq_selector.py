"""Rasa NLU component: picks the FAQ a question asks, in ResponseSelector's output format.

It replaces Rasa's ResponseSelector for the `faq` retrieval intent. With 62 close
topics and 30 phrasings each, a logistic regression over the sentence vector plus word
counts is more accurate on paraphrases it never saw and trains faster (numbers in README, "FAQ accuracy"). Its output
sits where ResponseSelector's would (`response_selector.faq`), so `/model/parse`,
`rasa test nlu` and the answering action read it the usual way. Whether a confidence is
high enough to answer is the dialogue's decision (bot/rules/faq.py), not this one's.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse
from numpy.typing import NDArray
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import normalize

SELECTOR_PROPERTY = "response_selector"
RANKING_LENGTH = 10
MODEL_FILE = "faq_selector.pkl"


@dataclass(frozen=True)
class FaqModel:
    """What training leaves: the word vocabulary and the classifier over it."""

    words: CountVectorizer
    classifier: LogisticRegression
    dense_weight: float

    def features(self, messages: list[Message]) -> scipy.sparse.csr_matrix:
        """Unit-length word counts beside the weighted sentence vector."""
        counts = normalize(self.words.transform([m.get(TEXT) for m in messages]))
        vectors = np.vstack([_sentence_vector(m) for m in messages]) * self.dense_weight
        return scipy.sparse.hstack([counts, scipy.sparse.csr_matrix(vectors)]).tocsr()


def _sentence_vector(message: Message) -> NDArray[np.float32]:
    _, sentence = message.get_dense_features(TEXT)
    if sentence is None:
        raise ValueError("FaqSelector needs bot.nlu.sentence_featurizer.SentenceVectorFeaturizer before it")
    return np.asarray(sentence.features, dtype=np.float32).reshape(-1)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class FaqSelector(GraphComponent, IntentClassifier):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "retrieval_intent": "faq",
            # Chosen on the held-out questions (README, "FAQ accuracy"): the sentence vector
            # carries paraphrases, word counts the rare terms (HO-5, IFSO, sublimit).
            "dense_weight": 2.0,
            "regularisation": 30.0,  # LogisticRegression's C
        }

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: FaqModel | None = None,
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._storage = model_storage
        self._resource = resource
        self._model = model

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> FaqSelector:
        return cls(config, model_storage, resource)

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
            self._model = FaqModel(words, classifier, unfitted.dense_weight)
        with self._storage.write_to(self._resource) as directory:
            (directory / MODEL_FILE).write_bytes(pickle.dumps(self._model))
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> FaqSelector:
        model = None
        try:
            with model_storage.read_from(resource) as directory:
                # Written by train() above into the model archive; not user input.
                model = pickle.loads((directory / MODEL_FILE).read_bytes())
        except ValueError:
            pass  # no model trained (no FAQ examples): the selector stays silent
        return cls(config, model_storage, resource, model)

    def process(self, messages: list[Message]) -> list[Message]:
        if self._model is None:
            return messages
        classes = self._model.classifier.classes_
        for message in messages:
            if not message.get(TEXT):
                continue
            probabilities = self._model.classifier.predict_proba(self._model.features([message]))[0]
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
