"""Personal staff accounts: the command that makes them, argon2 hashes, and sessions in
the database that survive a restart and work on every web process."""

from __future__ import annotations

import io
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.config import WebSettings
from bot.store.claims import ClaimStore
from bot.store.models import StaffSessionRow
from bot.web import accounts
from bot.web.app import make_app
from bot.web.auth import SESSION_COOKIE
from tests.web.conftest import STAFF_NAME, FakeClock, draft, login

AppFactory = Callable[..., Awaitable[TestClient]]


@pytest.fixture
def configured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ClaimStore:
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return ClaimStore(f"sqlite:///{tmp_path / 'claims.db'}")


def run(monkeypatch: pytest.MonkeyPatch, stdin: str, *argv: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return accounts.main(list(argv))


def test_the_command_adds_an_account_with_an_argon2_hash(
    configured: ClaimStore, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(monkeypatch, "a long pass phrase here\n", "add", "ben") == 0
    account = configured.staff.account("ben")
    assert account is not None and account.password_hash.startswith("$argon2id$")
    assert "a long pass phrase" not in account.password_hash
    assert accounts.password_matches(account, "a long pass phrase here")
    assert not accounts.password_matches(account, "a long pass phrase here!")
    assert run(monkeypatch, "another long phrase\n", "add", "ben") == 1
    assert "already a staff account named ben" in capsys.readouterr().err
    assert run(monkeypatch, "short\n", "add", "cleo") == 2
    assert "at least 12 characters" in capsys.readouterr().err
    assert configured.staff.account("cleo") is None
    assert run(monkeypatch, "", "list") == 0
    assert capsys.readouterr().out.strip() == "ben"


async def test_a_session_works_on_another_web_process_and_after_a_restart(
    aiohttp_client: AppFactory, settings: WebSettings, clock: FakeClock, store: ClaimStore
) -> None:
    reference = store.save_claim(draft())
    first = await aiohttp_client(make_app(settings, clock=clock))
    csrf = await login(first)
    cookie = first.session.cookie_jar.filter_cookies(first.make_url("/staff"))[SESSION_COOKIE].value
    await first.close()  # the process that signed in is gone

    second = await aiohttp_client(make_app(settings, clock=clock))
    page = await second.get("/staff", cookies={SESSION_COOKIE: cookie})
    assert page.status == 200 and reference in await page.text()
    assert f"Signed in as {STAFF_NAME}" in await page.text()
    closed = await second.post(
        "/staff/logout", data={"csrf_token": csrf}, cookies={SESSION_COOKIE: cookie}, allow_redirects=False
    )
    assert closed.status == 303
    third = await aiohttp_client(make_app(settings, clock=clock))
    assert (await third.get("/staff", cookies={SESSION_COOKIE: cookie})).status == 401


async def test_the_database_keeps_only_a_digest_of_the_session_cookie(
    client: TestClient, store: ClaimStore
) -> None:
    await login(client)
    cookie = client.session.cookie_jar.filter_cookies(client.make_url("/staff"))[SESSION_COOKIE].value
    with Session(store.engine) as session:
        stored = list(session.scalars(select(StaffSessionRow.id)))
    assert len(stored) == 1 and stored[0] != cookie and cookie not in stored[0]
