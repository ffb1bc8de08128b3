"""Fixtures shared by the test folders."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scripts.stack import Stack, running_stack
from scripts.train import train


@pytest.fixture(scope="session")
def stack() -> Iterator[Stack]:
    """The whole assistant on free local ports, one for the test session (end-to-end tests
    in tests/e2e and tests/security): a real trained model, the real action server."""
    with running_stack(model=train()) as running:
        yield running
