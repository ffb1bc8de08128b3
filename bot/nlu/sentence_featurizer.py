"""Rasa NLU component: one dense sentence vector per message (bot/language/sentence_vectors).

Word and character counts only match paraphrases that share words; the sentence vector
places "does my house policy pay if a ring vanishes" next to "is mysterious
disappearance covered" although they share almost none. The intent classifier and the
FAQ and decline selectors all read it (bot/nlu/text_features.py). Nothing to train: the
weights come from the installed model package.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np
from numpy.typing import NDArray
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.language.sentence_vectors import sentence_encoder


@lru_cache(maxsize=1)
def serve_single_threaded() -> None:
    """Once per serving process: one BLAS thread for the encoder's small matrices.

    For one message, OpenBLAS's threads cost more CPU than they save (16.9 ms against
    10.9 ms per message here), and under load that CPU is what limits turns per second;
    the server's parallelism is across requests and processes. Training encodes in
    batches and keeps the threads.
    """
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def sentence_vector(message: Message) -> NDArray[np.float32] | None:
    """The vector this featurizer put on a message, if any."""
    _, sentence = message.get_dense_features(TEXT)
    return None if sentence is None else np.asarray(sentence.features, dtype=np.float32).reshape(-1)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class SentenceVectorFeaturizer(DenseFeaturizer, GraphComponent):
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SentenceVectorFeaturizer:
        return cls(
            execution_context.node_name or "SentenceVectorFeaturizer", {**cls.get_default_config(), **config}
        )

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**DenseFeaturizer.get_default_config()}

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        pass

    def _featurize(self, messages: list[Message]) -> None:
        texts = [m for m in messages if m.get(TEXT)]
        vectors = sentence_encoder().encode([m.get(TEXT) for m in texts])
        for message, vector in zip(texts, vectors, strict=True):
            self.add_features_to_message(
                sequence=None, sentence=np.expand_dims(vector, 0), attribute=TEXT, message=message
            )

    def process(self, messages: list[Message]) -> list[Message]:
        serve_single_threaded()
        self._featurize(messages)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self._featurize(training_data.training_examples)
        return training_data
