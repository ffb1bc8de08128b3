"""A test whose service is missing skips on a developer's machine and fails under CI=true."""

from __future__ import annotations

import pytest

from tests.conftest import missing_service


def test_a_missing_service_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="Redis not reachable"):
        missing_service("Redis not reachable")


@pytest.mark.parametrize("ci", ["", "false"])
def test_a_missing_service_skips_elsewhere(monkeypatch: pytest.MonkeyPatch, ci: str) -> None:
    monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.skip.Exception, match="Chromium"):
        missing_service("Chromium not installed")
