"""What the trainable custom components share: one fitted object, pickled into the model.

Rasa hands each component a `Resource` in the model archive; the object `train()`
fits is written there and read back by `load()`. Nothing else is stored.
"""

from __future__ import annotations

import pickle
from typing import Any, Generic, TypeVar

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from typing_extensions import Self

Fitted = TypeVar("Fitted")
FITTED_FILE = "fitted.pkl"


class TrainedComponent(GraphComponent, Generic[Fitted]):
    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        fitted: Fitted | None = None,
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._storage = model_storage
        self._resource = resource
        self._fitted = fitted

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> Self:
        return cls(config, model_storage, resource)

    def persist(self, fitted: Fitted | None) -> Resource:
        self._fitted = fitted
        with self._storage.write_to(self._resource) as directory:
            (directory / FITTED_FILE).write_bytes(pickle.dumps(fitted))
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> Self:
        fitted = None
        try:
            with model_storage.read_from(resource) as directory:
                # Written by persist() into the model archive at training; not user input.
                fitted = pickle.loads((directory / FITTED_FILE).read_bytes())
        except ValueError:
            pass  # nothing was trained (no examples): the component stays silent
        return cls(config, model_storage, resource, fitted)
