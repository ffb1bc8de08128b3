"""Emails the assistant sends on its own: a new claim (to the shop and a confirmation to
the claimant) and a customer asking for a person (to the shop).

Called from the actions, which must answer the customer whatever the mail server does:
every message is handed to one background thread and the call returns at once. A
failure is logged by its class only (never an address or a word of the message), and
the claim or handoff is already stored by then.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor

from bot import mail
from bot.config import load_settings
from bot.store.claims import ClaimDraft, claim_store

logger = logging.getLogger(__name__)
# One thread: messages go out in order and a slow server never takes more than one.
_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mail")
_pending: set[Future[None]] = set()
_lock = threading.Lock()


def _deliver(message: mail.Mail, settings: mail.MailSettings, what: str) -> None:
    try:
        mail.send(message, settings)
    except Exception as error:
        logger.error("%s email not sent: %s", what, type(error).__name__)


def send_later(message: mail.Mail, settings: mail.MailSettings, what: str) -> None:
    """Queue one message for the mail thread; returns at once and never raises."""
    try:
        future = _executor.submit(_deliver, message, settings, what)
    except RuntimeError as error:  # the process is shutting down
        logger.error("%s email not queued: %s", what, type(error).__name__)
        return
    with _lock:
        _pending.add(future)
    future.add_done_callback(_forget)


def _forget(future: Future[None]) -> None:
    with _lock:
        _pending.discard(future)


def wait_for_mail(timeout: float = 30.0) -> None:
    """Until every queued message has been handed over (tests; a clean shutdown)."""
    with _lock:
        pending = list(_pending)
    for future in pending:
        future.result(timeout=timeout)


def claim_stored(draft: ClaimDraft, reference: str) -> None:
    """A claim was stored: tell the shop (STAFF_EMAIL) and confirm to the claimant."""
    try:
        settings = mail.MailSettings.from_environment()
        shop = load_settings().jeweler_name
        if draft.claimant_email:  # a claimant without email is called instead
            send_later(
                mail.claim_confirmation(
                    reference, draft.claimant_name, draft.claimant_email, tuple(draft.missing_documents), shop
                ),
                settings,
                "claim confirmation",
            )
        if settings.shop_email:
            send_later(
                mail.new_claim_for_shop(
                    settings.shop_email,
                    reference,
                    draft.claim_type,
                    draft.item_type,
                    draft.item_value,
                    draft.currency,
                    tuple(draft.missing_documents),
                    tuple(draft.claim_flags),
                    settings.staff_url,
                ),
                settings,
                "new claim",
            )
    except Exception as error:
        logger.error("claim emails not queued: %s", type(error).__name__)


def open_handoff_id(sender_id: str) -> int | None:
    """The conversation's handoff still open, if any (so a repeat does not email again)."""
    try:
        return claim_store().open_handoff_id(sender_id)
    except Exception as error:
        logger.error("open handoff not checked: %s", type(error).__name__)
        return None


def handoff_recorded(sender_id: str, flow: str | None) -> None:
    """A new handoff was recorded: tell the shop, naming the flow and the claim if any."""
    try:
        settings = mail.MailSettings.from_environment()
        if not settings.shop_email:
            return
        reference = claim_store().latest_claim_reference(sender_id)
        send_later(
            mail.new_handoff_for_shop(settings.shop_email, flow, reference, settings.staff_url),
            settings,
            "new handoff",
        )
    except Exception as error:
        logger.error("handoff email not queued: %s", type(error).__name__)


__all__ = ["claim_stored", "handoff_recorded", "open_handoff_id", "send_later", "wait_for_mail"]
