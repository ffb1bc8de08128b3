"""Email: through real SMTP when SMTP_URL is set, else into an outbox folder.

    SMTP_URL=smtp://user:password@mail.example.com:587?starttls=true
    SMTP_URL=smtps://user:password@mail.example.com:465
    MAIL_FROM=claims@shop.example    (the sender; default claims@localhost)

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

    @classmethod
    def from_environment(cls) -> MailSettings:
        return cls(
            smtp_url=os.environ.get("SMTP_URL") or None,
            sender=os.environ.get("MAIL_FROM") or "claims@localhost",
            outbox=load_settings().data_dir / "outbox",
        )


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
    listed = "\n".join(f"  - {code.replace('_', ' ')}" for code in documents)
    body = (
        f"Dear {name},\n\n"
        f"To move your claim {reference} forward we still need:\n{listed}\n\n"
        f"Please reply to this email with them attached, quoting {reference}.\n\n"
        f"{shop}\n"
    )
    return Mail(to=email, subject=f"Claim {reference}: documents still needed", body=body)


__all__ = ["Delivery", "Mail", "MailSettings", "documents_still_needed", "send"]
