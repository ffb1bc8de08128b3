"""The web app's settings from the environment."""

from __future__ import annotations

import pytest

from bot.config import load_web_settings

VARIABLES = (
    "WEB_HOST", "WEB_PORT", "RASA_URL", "RASA_PORT", "RASA_PUBLIC_URL", "RASA_AUTH_TOKEN", "SITE_ORIGINS",
    "STAFF_TOKEN", "STAFF_SESSION_MINUTES", "STAFF_COOKIE_SECURE", "DATABASE_URL", "DATA_DIR",
)  # fmt: skip


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)


def test_local_defaults_keep_the_staff_pages_closed() -> None:
    settings = load_web_settings()
    assert (settings.host, settings.port) == ("127.0.0.1", 8080)
    assert settings.rasa_url == settings.rasa_public_url == "http://127.0.0.1:5005"
    assert settings.site_origins == ("http://127.0.0.1:8080", "http://localhost:8080")
    assert settings.staff_token is None and not settings.staff_open
    assert settings.staff_session_minutes == 30 and settings.cookie_secure is None
    assert settings.claims_database_url.startswith("sqlite:///") and settings.claims_database_url.endswith(
        "claims.db"
    )


def test_everything_can_be_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEB_PORT", "9000")
    monkeypatch.setenv("RASA_URL", "http://rasa.internal:5005/")
    monkeypatch.setenv("RASA_PUBLIC_URL", "https://chat.example-jeweler.test")
    monkeypatch.setenv("SITE_ORIGINS", "https://example-jeweler.test/, https://www.example-jeweler.test")
    monkeypatch.setenv("STAFF_TOKEN", "x" * 16)
    monkeypatch.setenv("STAFF_SESSION_MINUTES", "5")
    monkeypatch.setenv("STAFF_COOKIE_SECURE", "true")
    monkeypatch.setenv("DATABASE_URL", "postgresql://claims@db/claims")
    settings = load_web_settings()
    assert settings.port == 9000 and settings.rasa_url == "http://rasa.internal:5005"
    assert settings.rasa_public_url == "https://chat.example-jeweler.test"
    assert settings.site_origins == ("https://example-jeweler.test", "https://www.example-jeweler.test")
    assert settings.staff_open and settings.staff_session_minutes == 5 and settings.cookie_secure is True
    assert settings.claims_database_url == "postgresql://claims@db/claims"


def test_rasa_port_sets_the_default_rasa_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASA_PORT", "5999")
    assert load_web_settings().rasa_url == "http://127.0.0.1:5999"
