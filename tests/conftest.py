"""Fixtures shared by the test folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import NoReturn

import pytest

from scripts.stack import Stack, running_stack
from scripts.train import train


def under_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def missing_service(reason: str) -> NoReturn:
    """A service the product runs on (PostgreSQL, Redis, Chromium, HAProxy, tesseract) is
    not here: skip with the reason on a developer's machine, fail under CI=true. CI must
    test what production runs, so a missing service there is a broken CI, not a pass."""
    if under_ci():
        pytest.fail(f"CI=true and a service is missing: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def stack() -> Iterator[Stack]:
    """The whole assistant on free local ports, one for the test session (end-to-end tests
    in tests/e2e and tests/security): a real trained model, the real action server."""
    with running_stack(model=train()) as running:
        yield running
