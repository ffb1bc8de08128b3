"""The emails the assistant sends on its own, through a real local SMTP server (aiosmtpd):
a new claim (to the shop, and a confirmation to the claimant) and a new handoff (to the
shop). The actions run for real on a SQLite store; mail never holds up or fails a turn."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot import notifications
from bot.actions.claims import ActionSubmitClaim
from bot.actions.handoff import ActionHandoff
from bot.store.claims import ClaimStore
from tests.web.conftest import Collecting, free_port

FIXTURES = Path(__file__).resolve().parents[1] / "actions" / "fixtures"
REPO = Path(__file__).resolve().parents[2]
SHOP = "desk@aurora.example"


@pytest.fixture(scope="module")
def domain() -> dict[str, Any]:
    from rasa.shared.core.domain import Domain

    return Domain.load(str(REPO / "domain")).as_dict()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("STAFF_EMAIL", SHOP)
    monkeypatch.setenv("STAFF_URL", "https://aurora.example/staff")
    monkeypatch.setenv("JEWELER_NAME", "Aurora Jewelers")
    return tmp_path


def tracker(fixture: str) -> Tracker:
    return Tracker.from_dict(json.loads((FIXTURES / f"{fixture}.json").read_text()))


def body_of(message: Any) -> str:
    return str(message.get_payload(decode=True).decode())


async def submit(domain: dict[str, Any]) -> str:
    events = await ActionSubmitClaim().run(CollectingDispatcher(), tracker("claim_confirmed_theft"), domain)
    reference = next(e["value"] for e in events if e.get("name") == "claim_reference")
    return str(reference)


async def test_a_new_claim_emails_the_shop_and_confirms_to_the_claimant(
    data_dir: Path, smtp: Collecting, domain: dict[str, Any]
) -> None:
    reference = await submit(domain)
    notifications.wait_for_mail()
    by_recipient = {tuple(r): m for r, m in zip(smtp.recipients, smtp.messages, strict=True)}
    assert set(by_recipient) == {("ana.ruiz@example.com",), (SHOP,)}

    confirmation = by_recipient[("ana.ruiz@example.com",)]
    assert confirmation["Subject"] == f"Claim {reference} received"
    text = body_of(confirmation)
    stored = ClaimStore(f"sqlite:///{data_dir / 'claims.db'}").get_claim(reference)
    assert stored is not None and stored.missing_documents
    assert reference in text and "Dear Ana Ruiz" in text and "Aurora Jewelers" in text
    assert all(code.replace("_", " ") in text for code in stored.missing_documents)

    shop = by_recipient[(SHOP,)]
    assert shop["Subject"] == f"New claim {reference} (theft)"
    text = body_of(shop)
    assert f"https://aurora.example/staff/claims/{reference}" in text and "USD 9,000" in text
    # The claimant's details stay behind the staff sign-in.
    assert "Ana" not in text and "ana.ruiz" not in text and "555" not in text


async def test_a_handoff_emails_the_shop_once_however_often_it_is_asked(
    data_dir: Path, smtp: Collecting, domain: dict[str, Any]
) -> None:
    asking = tracker("claim_asking_email")
    for _ in range(2):
        await ActionHandoff().run(CollectingDispatcher(), asking, domain)
    notifications.wait_for_mail()
    assert smtp.recipients == [[SHOP]]
    message = smtp.messages[0]
    assert message["Subject"] == "A customer is waiting for a person"
    text = body_of(message)
    assert "during claim intake form" in text and "https://aurora.example/staff/handoffs" in text


async def test_without_shop_email_only_the_claimant_is_mailed(
    data_dir: Path, smtp: Collecting, domain: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STAFF_EMAIL", "not an address")
    await submit(domain)
    await ActionHandoff().run(CollectingDispatcher(), tracker("claim_asking_email"), domain)
    notifications.wait_for_mail()
    assert smtp.recipients == [["ana.ruiz@example.com"]]


async def test_without_smtp_the_confirmation_waits_in_the_outbox(
    data_dir: Path, domain: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SMTP_URL", raising=False)
    reference = await submit(domain)
    notifications.wait_for_mail()
    files = sorted((data_dir / "outbox").glob("*.eml"))
    subjects = sorted(f.read_text().split("Subject: ")[1].splitlines()[0] for f in files)
    assert subjects == sorted([f"Claim {reference} received", f"New claim {reference} (theft)"])


class Held(Collecting):
    """An SMTP server that takes each message only when the test lets it."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        await asyncio.get_running_loop().run_in_executor(None, self.release.wait)
        return await super().handle_DATA(server, session, envelope)


async def test_a_slow_mail_server_does_not_hold_up_the_reply(
    data_dir: Path, domain: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    held = Held()
    port = free_port()
    controller = Controller(held, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("SMTP_URL", f"smtp://127.0.0.1:{port}")
    try:
        dispatcher = CollectingDispatcher()
        await ActionSubmitClaim().run(dispatcher, tracker("claim_confirmed_theft"), domain)
        # The reply is ready while the server still holds the first message.
        assert dispatcher.messages and held.messages == []
        held.release.set()
        notifications.wait_for_mail()
        assert len(held.messages) == 2
    finally:
        held.release.set()
        controller.stop()


async def test_a_refusing_mail_server_still_stores_the_claim_and_logs_no_personal_data(
    data_dir: Path, domain: dict[str, Any], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("SMTP_URL", f"smtp://127.0.0.1:{free_port()}")  # nothing listens there
    caplog.set_level(logging.INFO)
    dispatcher = CollectingDispatcher()
    reference = await submit(domain)
    await ActionHandoff().run(dispatcher, tracker("claim_asking_email"), domain)
    notifications.wait_for_mail()
    assert ClaimStore(f"sqlite:///{data_dir / 'claims.db'}").get_claim(reference) is not None
    assert "pass you to a person" in dispatcher.messages[0]["text"]
    failures = [r.getMessage() for r in caplog.records if "email not sent" in r.getMessage()]
    assert len(failures) == 3  # confirmation, new claim, new handoff
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for personal in ("Ana", "ana.ruiz", "555 0199", SHOP):
        assert personal not in logged
