"""Email: through real SMTP when SMTP_URL is set, else into an outbox folder.

    SMTP_URL=smtp://user:password@mail.example.com:587?starttls=true
    SMTP_URL=smtps://user:password@mail.example.com:465
    MAIL_FROM=claims@shop.example    (the sender; default claims@localhost)
    STAFF_EMAIL=claims@shop.example  (who hears of new claims and handoffs; unset: nobody)
    STAFF_URL=https://shop.example/staff  (links in the shop's emails; default the local app)

Without SMTP_URL nothing leaves the machine: each message is written as an .eml file to
DATA_DIR/outbox, and the staff pages say so. Blocking (smtplib): async callers use a
worker thread. Logs name neither the address nor the content.
"""

from __future__ import annotations

import logging
import os
import secrets
import smtplib
import ssl
from dataclasses import dataclass
from datetime import datetime, timezone
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from bot.config import load_settings

logger = logging.getLogger(__name__)
SMTP_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class MailSettings:
    smtp_url: str | None
    sender: str
    outbox: Path
    # The shop's address for "a new claim" and "a customer asks for a person"; None: not sent.
    shop_email: str | None = None
    staff_url: str = "http://127.0.0.1:8080/staff"

    @classmethod
    def from_environment(cls) -> MailSettings:
        shop = (os.environ.get("STAFF_EMAIL") or "").strip()
        default_staff = f"http://127.0.0.1:{os.environ.get('WEB_PORT', '8080')}/staff"
        return cls(
            smtp_url=os.environ.get("SMTP_URL") or None,
            sender=os.environ.get("MAIL_FROM") or "claims@localhost",
            outbox=load_settings().data_dir / "outbox",
            # Something that is not an address at all counts as unset, not as a recipient.
            shop_email=shop if "@" in shop and not any(c.isspace() for c in shop) else None,
            staff_url=(os.environ.get("STAFF_URL") or default_staff).rstrip("/"),
        )

    def notice(self) -> str | None:
        """What the staff pages say about email when it does not go out as it should."""
        problems = []
        if not self.smtp_url:
            problems.append(
                f"Email is not configured (SMTP_URL): messages are written to {self.outbox} and not sent."
            )
        if not self.shop_email:
            problems.append("No STAFF_EMAIL is set: nobody is emailed about new claims and handoffs.")
        return " ".join(problems) or None


@dataclass(frozen=True)
class Mail:
    to: str
    subject: str
    body: str


@dataclass(frozen=True)
class Delivery:
    """How a message went: by SMTP, or into the outbox file named."""

    by_smtp: bool
    outbox_file: Path | None = None


def _message(mail: Mail, sender: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = mail.to
    message["Subject"] = mail.subject
    message["Date"] = datetime.now(timezone.utc).strftime("%a, %d %b %Y %H:%M:%S +0000")
    message.set_content(mail.body)
    return message


def _send_smtp(message: EmailMessage, url: str) -> None:
    parts = urlsplit(url)
    options = {k: v[-1].lower() for k, v in parse_qs(parts.query).items()}
    host = parts.hostname or "localhost"
    if parts.scheme == "smtps":
        client: smtplib.SMTP = smtplib.SMTP_SSL(
            host, parts.port or 465, timeout=SMTP_TIMEOUT_S, context=ssl.create_default_context()
        )
    else:
        client = smtplib.SMTP(host, parts.port or 25, timeout=SMTP_TIMEOUT_S)
    with client:
        if options.get("starttls") in ("1", "true", "yes"):
            client.starttls(context=ssl.create_default_context())
        if parts.username:
            client.login(unquote(parts.username), unquote(parts.password or ""))
        client.send_message(message)


def _write_outbox(message: EmailMessage, outbox: Path) -> Path:
    outbox.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    path = outbox / f"{stamp}-{secrets.token_hex(4)}.eml"
    path.write_bytes(bytes(message))
    return path


def send(mail: Mail, settings: MailSettings | None = None) -> Delivery:
    """Send one message; raises OSError or smtplib.SMTPException when the server refuses."""
    settings = settings or MailSettings.from_environment()
    message = _message(mail, settings.sender)
    if settings.smtp_url:
        _send_smtp(message, settings.smtp_url)
        logger.info("mail sent by SMTP")
        return Delivery(by_smtp=True)
    path = _write_outbox(message, settings.outbox)
    logger.info("mail written to the outbox (no SMTP_URL)")
    return Delivery(by_smtp=False, outbox_file=path)


def documents_still_needed(
    reference: str, name: str, email: str, documents: tuple[str, ...], shop: str
) -> Mail:
    body = (
        f"Dear {name},\n\n"
        f"To move your claim {reference} forward we still need:\n{listed(documents)}\n\n"
        f"Please reply to this email with them attached, quoting {reference}.\n\n"
        f"{shop}\n"
    )
    return Mail(to=email, subject=f"Claim {reference}: documents still needed", body=body)


def words(code: str) -> str:
    return code.replace("_", " ")


def listed(codes: tuple[str, ...]) -> str:
    return "\n".join(f"  - {words(code)}" for code in codes)


def claim_confirmation(reference: str, name: str, email: str, missing: tuple[str, ...], shop: str) -> Mail:
    """To the claimant once the claim is stored: the reference and what is still missing."""
    still = (
        f"To move it forward we still need:\n{listed(missing)}\n\n"
        f"Please reply to this email with them attached, quoting {reference}.\n\n"
        if missing
        else "We have everything we asked for; we will be in touch.\n\n"
    )
    body = (
        f"Dear {name},\n\n"
        f"We have received your claim. Its reference is {reference}: quote it whenever you "
        f"contact us, or ask the chat assistant for its status with it and this email address.\n\n"
        f"{still}{shop}\n"
    )
    return Mail(to=email, subject=f"Claim {reference} received", body=body)


def new_claim_for_shop(
    to: str,
    reference: str,
    claim_type: str,
    item_type: str,
    value: str,
    missing: tuple[str, ...],
    flags: tuple[str, ...],
    staff_url: str,
) -> Mail:
    """To the shop: a claim arrived. The claimant's details stay on the staff page."""
    body = (
        f"A new claim arrived: {reference}.\n\n"
        f"  Type: {words(claim_type)}\n  Item: {words(item_type)}, {value}\n"
        f"  Missing documents: {', '.join(words(c) for c in missing) or 'none'}\n"
        f"  Flags: {', '.join(words(f) for f in flags) or 'none'}\n\n"
        f"Open it: {staff_url}/claims/{reference}\n"
    )
    return Mail(to=to, subject=f"New claim {reference} ({words(claim_type)})", body=body)


def new_handoff_for_shop(to: str, flow: str | None, claim_reference: str | None, staff_url: str) -> Mail:
    """To the shop: a customer asks for a person. Who it is shows in the inbox."""
    during = f"during {words(flow)}" if flow else "in general chat"
    claim = f" about claim {claim_reference}" if claim_reference else ""
    body = (
        f"A customer asked to talk to a person {during}{claim}.\n\n"
        f"The handoff inbox has their conversation: {staff_url}/handoffs\n"
    )
    return Mail(to=to, subject=f"A customer is waiting for a person{claim}", body=body)


__all__ = [
    "Delivery",
    "Mail",
    "MailSettings",
    "claim_confirmation",
    "documents_still_needed",
    "new_claim_for_shop",
    "new_handoff_for_shop",
    "send",
]
