"""Rasa NLU component: picks the FAQ a question asks, in ResponseSelector's output format.

It replaces Rasa's ResponseSelector for the `faq` retrieval intent. With 62 close
topics and 30 phrasings each, a logistic regression over the sentence vector plus the
word and character counts is both more accurate on paraphrases it never saw and
trains in seconds rather than minutes (numbers in README, "FAQ accuracy"). Its output
sits where ResponseSelector's would (`response_selector.faq`), so `/model/parse`,
`rasa test nlu` and the answering action read it the usual way. Whether a confidence is
high enough to answer is the dialogue's decision (bot/rules/faq.py), not this one's.
"""

from __future__ import annotations

import pickle
from typing import Any

import numpy as np
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.linear_model import LogisticRegression

SELECTOR_PROPERTY = "response_selector"
RANKING_LENGTH = 10
MODEL_FILE = "faq_selector.pkl"


def _features(message: Message, dense_weight: float) -> scipy.sparse.csr_matrix:
    """The message's sentence vector, weighted, beside its unit-length word/char counts."""
    _, dense = message.get_dense_features(TEXT)
    _, sparse = message.get_sparse_features(TEXT)
    parts = []
    if dense is not None:
        parts.append(scipy.sparse.csr_matrix(np.asarray(dense.features, dtype=np.float32) * dense_weight))
    if sparse is not None:
        counts = scipy.sparse.csr_matrix(sparse.features, dtype=np.float32)
        norm = float(np.sqrt(counts.multiply(counts).sum())) or 1.0
        parts.append(counts / norm)
    if not parts:
        raise ValueError("FaqSelector needs a featurizer before it in the pipeline")
    return scipy.sparse.hstack(parts).tocsr()


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class FaqSelector(GraphComponent, IntentClassifier):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "retrieval_intent": "faq",
            "dense_weight": 2.0,  # the sentence vector carries paraphrases; counts carry rare terms
            "regularisation": 10.0,  # LogisticRegression's C
        }

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        classifier: LogisticRegression | None = None,
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._storage = model_storage
        self._resource = resource
        self._classifier = classifier

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
            features = scipy.sparse.vstack([_features(m, self._config["dense_weight"]) for m in examples])
            labels = [m.get(INTENT_RESPONSE_KEY) for m in examples]
            classifier = LogisticRegression(C=self._config["regularisation"], max_iter=5000)
            classifier.fit(features, labels)
            self._classifier = classifier
        with self._storage.write_to(self._resource) as directory:
            (directory / MODEL_FILE).write_bytes(pickle.dumps(self._classifier))
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
        classifier = None
        try:
            with model_storage.read_from(resource) as directory:
                # Written by train() above into the model archive; not user input.
                classifier = pickle.loads((directory / MODEL_FILE).read_bytes())
        except ValueError:
            pass  # no model trained (no FAQ examples): the selector stays silent
        return cls(config, model_storage, resource, classifier)

    def process(self, messages: list[Message]) -> list[Message]:
        if self._classifier is None:
            return messages
        for message in messages:
            if not message.get(TEXT):
                continue
            probabilities = self._classifier.predict_proba(_features(message, self._config["dense_weight"]))[
                0
            ]
            order = np.argsort(probabilities)[::-1][:RANKING_LENGTH]
            ranking = [
                {
                    "id": int(i),
                    "confidence": float(probabilities[i]),
                    "intent_response_key": str(self._classifier.classes_[i]),
                }
                for i in order
            ]
            best = int(order[0])
            key = str(self._classifier.classes_[best])
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
