"""Email from the staff pages: through a real local SMTP server (aiosmtpd), or into the
outbox folder when no SMTP_URL is set (and the page says so)."""

from __future__ import annotations

from email import message_from_bytes
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient

from bot.store.claims import ClaimStore, StatusChange
from tests.web.conftest import Collecting, draft, free_port, login


async def test_documents_still_needed_goes_through_smtp(
    client: TestClient, store: ClaimStore, smtp: Collecting
) -> None:
    reference = store.save_claim(draft())
    store.change_status(reference, StatusChange("waiting_for_documents", None, "ana", ("bank_statement",)))
    csrf = await login(client)
    page = await (await client.get(f"/staff/claims/{reference}")).text()
    assert "documents still needed (bank statement)" in page and "Email is not configured" not in page
    sent = await client.post(
        f"/staff/claims/{reference}/remind", data={"csrf_token": csrf}, allow_redirects=False
    )
    assert sent.status == 303
    assert smtp.recipients == [["ana.ruiz@example.com"]]
    message = smtp.messages[0]
    assert message["Subject"] == f"Claim {reference}: documents still needed"
    assert message["From"] == "claims@aurora.example"
    body = message.get_payload(decode=True).decode()  # type: ignore[union-attr]
    assert "bank statement" in body and reference in body and "Ana Ruiz" in body
    claim = store.get_claim(reference)
    assert claim is not None and "by email" in claim.notes[-1].text and claim.notes[-1].author == "ana"


async def test_without_smtp_the_mail_goes_to_the_outbox_and_the_page_says_so(
    client: TestClient, store: ClaimStore, outbox: Path
) -> None:
    reference = store.save_claim(draft())  # missing: receipt, valuation
    csrf = await login(client)
    page = await (await client.get(f"/staff/claims/{reference}")).text()
    assert "Email is not configured (SMTP_URL)" in page and str(outbox) in page
    sent = await client.post(
        f"/staff/claims/{reference}/remind", data={"csrf_token": csrf}, allow_redirects=False
    )
    assert sent.status == 303
    files = list(outbox.glob("*.eml"))
    assert len(files) == 1
    message = message_from_bytes(files[0].read_bytes())
    assert message["To"] == "ana.ruiz@example.com" and "receipt" in message.get_payload()  # type: ignore[operator]
    claim = store.get_claim(reference)
    assert claim is not None and "outbox" in claim.notes[-1].text


async def test_the_reminder_needs_a_session_the_csrf_token_and_something_missing(
    client: TestClient, store: ClaimStore, outbox: Path
) -> None:
    reference = store.save_claim(draft())
    complete = store.save_claim(draft(missing_documents=()))
    assert (await client.post(f"/staff/claims/{reference}/remind", data={"csrf_token": "x"})).status == 401
    csrf = await login(client)
    assert (
        await client.post(f"/staff/claims/{reference}/remind", data={"csrf_token": "guess"})
    ).status == 403
    nothing = await client.post(f"/staff/claims/{complete}/remind", data={"csrf_token": csrf})
    assert nothing.status == 409 and "Nothing is missing" in await nothing.text()
    assert not outbox.exists()


async def test_a_refusing_mail_server_is_a_clear_answer_not_a_500(
    client: TestClient, store: ClaimStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SMTP_URL", f"smtp://127.0.0.1:{free_port()}")  # nothing listens there
    reference = store.save_claim(draft())
    csrf = await login(client)
    response = await client.post(f"/staff/claims/{reference}/remind", data={"csrf_token": csrf})
    assert response.status == 502 and "did not take the email" in await response.text()
    assert store.get_claim(reference).notes == ()  # type: ignore[union-attr]


async def test_a_claimant_without_email_is_not_mailed_and_the_page_says_to_call(
    client: TestClient, store: ClaimStore, outbox: Path
) -> None:
    reference = store.save_claim(draft(claimant_email=None, assumed_answers=("claimant_email",)))
    csrf = await login(client)
    page = await (await client.get(f"/staff/claims/{reference}")).text()
    assert "not given: use the phone" in page
    sent = await client.post(
        f"/staff/claims/{reference}/remind", data={"csrf_token": csrf}, allow_redirects=False
    )
    assert sent.status == 409 and "call them" in await sent.text()
    assert list(outbox.glob("*.eml")) == []
