"""How `make run` and the test stack wire the web app to the Rasa server (no processes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.stack import Stack


def test_rasa_cors_allows_the_web_app_and_the_configured_sites_only(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("SITE_ORIGINS", raising=False)
    stack = Stack(web_port=8080, var_dir=tmp_path)
    assert stack.site_origins == ("http://127.0.0.1:8080", "http://localhost:8080")
    monkeypatch.setenv("SITE_ORIGINS", "https://shop.example-jeweler.test/")
    assert stack.site_origins == (
        "http://127.0.0.1:8080",
        "http://localhost:8080",
        "https://shop.example-jeweler.test",
    )
    assert "*" not in stack.site_origins


def test_each_stack_gets_its_own_long_staff_token(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("STAFF_TOKEN", raising=False)
    first, second = Stack(var_dir=tmp_path), Stack(var_dir=tmp_path)
    assert first.staff_token != second.staff_token and len(first.staff_token) >= 16
    assert first.web_port != first.rasa_port != first.action_port
    monkeypatch.setenv("STAFF_TOKEN", "a-token-chosen-by-the-shop")
    assert Stack(var_dir=tmp_path).staff_token == "a-token-chosen-by-the-shop"
