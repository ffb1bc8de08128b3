"""Rasa NLU component: a message closer to the out-of-scope examples than to anything the
assistant handles is out of scope, whatever DIET guessed.

DIET is confidently wrong on some things no intent covers ("will it rain this
weekend?" as `inform` at 0.96), and a wrong guess about cover is worse than "I don't
know". The sentence vectors give a second opinion that needs no calibration: the
nearest training example. When the nearest out-of-scope example is nearer than every
in-scope one, the intent becomes `out_of_scope` and DIET's pick stays in the ranking.
On the held-out sets this moved no in-scope question and no decline story (README,
"FAQ accuracy").
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

MODEL_FILE = "scope_examples.pkl"


@dataclass(frozen=True)
class ScopeExamples:
    vectors: NDArray[np.float32]  # one unit-length row per training example
    out_of_scope: NDArray[np.bool_]  # which rows are out-of-scope examples

    def nearest(self, vector: NDArray[np.float32]) -> tuple[float, float]:
        """Cosine similarity of the nearest out-of-scope and in-scope example."""
        similarity = self.vectors @ vector
        return float(similarity[self.out_of_scope].max()), float(similarity[~self.out_of_scope].max())


def _sentence_vector(message: Message) -> NDArray[np.float32] | None:
    _, sentence = message.get_dense_features(TEXT)
    return None if sentence is None else np.asarray(sentence.features, dtype=np.float32).reshape(-1)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class OutOfScopeGuard(GraphComponent, IntentClassifier):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # How much nearer the out-of-scope example must be. 0 caught the most out-of-scope
        # questions while moving no held-out in-scope question.
        return {"intent": "out_of_scope", "margin": 0.0}

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        examples: ScopeExamples | None = None,
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._storage = model_storage
        self._resource = resource
        self._examples = examples

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> OutOfScopeGuard:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        rows, labels = [], []
        for message in training_data.intent_examples:
            vector = _sentence_vector(message)
            if vector is not None and message.get(TEXT):
                rows.append(vector)
                labels.append(message.get(INTENT) == self._config["intent"])
        if rows and any(labels) and not all(labels):
            self._examples = ScopeExamples(np.vstack(rows), np.array(labels, dtype=bool))
        with self._storage.write_to(self._resource) as directory:
            (directory / MODEL_FILE).write_bytes(pickle.dumps(self._examples))
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> OutOfScopeGuard:
        examples = None
        try:
            with model_storage.read_from(resource) as directory:
                # Written by train() above into the model archive; not user input.
                examples = pickle.loads((directory / MODEL_FILE).read_bytes())
        except ValueError:
            pass
        return cls(config, model_storage, resource, examples)

    def process(self, messages: list[Message]) -> list[Message]:
        if self._examples is None:
            return messages
        name = str(self._config["intent"])
        for message in messages:
            vector = _sentence_vector(message)
            intent = message.get(INTENT) or {}
            if vector is None or intent.get("name") == name:
                continue
            nearest_out, nearest_in = self._examples.nearest(vector)
            if nearest_out <= nearest_in + float(self._config["margin"]):
                continue
            guarded = {"name": name, "confidence": 1.0}
            ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != name]
            message.set(INTENT, guarded, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [guarded, *ranking], add_to_output=True)
            message.set(
                "scope_guard",
                {"nearest_out_of_scope": nearest_out, "nearest_in_scope": nearest_in},
                add_to_output=True,
            )
        return messages
