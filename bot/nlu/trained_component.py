"""What the trainable custom components share: one fitted object, stored as data.

Rasa hands each component a `Resource` in the model archive; the object `train()` fits
is written there and read back by `load()`. It is written as numpy arrays (arrays.npz,
read with allow_pickle=False) and JSON (fitted.json), never pickled: loading a model
file reads numbers and strings only, it cannot run code someone put in the archive.
Each fitted type says how it splits into those parts (`Storable`).
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any, ClassVar, Generic, Protocol, TypeVar

import numpy as np
from numpy.typing import NDArray
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from typing_extensions import Self

Arrays = dict[str, NDArray[Any]]
ARRAYS_FILE = "arrays.npz"
META_FILE = "fitted.json"
# Bumped when the layout of the parts changes; a model of another format is refused.
STORAGE_FORMAT = 1


class Storable(Protocol):
    def to_parts(self) -> tuple[Arrays, dict[str, Any]]:
        """Arrays (numbers or strings, no Python objects) and JSON-ready settings."""

    @classmethod
    def from_parts(cls, arrays: Arrays, meta: dict[str, Any]) -> Self: ...


Fitted = TypeVar("Fitted", bound=Storable)


class StoredModelError(RuntimeError):
    """The component's part of the model file is missing, of another format or not data."""


def write_fitted(directory: Path, fitted: Storable | None) -> None:
    meta: dict[str, Any] | None = None
    if fitted is not None:
        arrays, meta = fitted.to_parts()
        np.savez(directory / ARRAYS_FILE, **arrays)
    (directory / META_FILE).write_text(json.dumps({"format": STORAGE_FORMAT, "fitted": meta}), "utf-8")


def read_fitted(directory: Path, fitted_type: type[Fitted], component: str) -> Fitted | None:
    meta_file = directory / META_FILE
    if not meta_file.exists():
        raise StoredModelError(
            f"{component}: no {META_FILE} in the model (trained by an older version?): retrain"
        )
    stored = json.loads(meta_file.read_text("utf-8"))
    if stored.get("format") != STORAGE_FORMAT:
        raise StoredModelError(f"{component}: model storage format {stored.get('format')!r}: retrain")
    if stored["fitted"] is None:
        return None  # nothing was trained (no examples): the component stays silent
    try:
        with np.load(directory / ARRAYS_FILE, allow_pickle=False) as loaded:
            arrays = {name: loaded[name] for name in loaded.files}
    except ValueError as error:  # an object array: it would need pickle to read
        raise StoredModelError(f"{component}: {ARRAYS_FILE} holds more than numbers and text") from error
    return fitted_type.from_parts(arrays, stored["fitted"])


class TrainedComponent(GraphComponent, Generic[Fitted]):
    # The type `train()` fits, to rebuild it from its parts at load.
    fitted_type: ClassVar[type[Storable]]

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
            write_fitted(directory, fitted)
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
        with contextlib.ExitStack() as stack:
            try:
                directory = stack.enter_context(model_storage.read_from(resource))
            except ValueError:
                return cls(config, model_storage, resource)  # never persisted: stays silent
            fitted: Any = read_fitted(directory, cls.fitted_type, cls.__name__)
        return cls(config, model_storage, resource, fitted)
