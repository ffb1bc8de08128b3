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
from functools import cache
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import jinja2

from bot.config import load_settings
from bot.wording.common import amount_with_code, words

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


# The emails' words: plain-text Jinja2 templates in bot/mail_templates, one per email,
# each setting its `subject`; the "still needed" paragraph is written once
# (_still_needed.txt) for every email that asks for documents. Plain text, so nothing is
# escaped; StrictUndefined makes a misspelt value an error in the tests, not a blank.
TEMPLATE_DIR = Path(__file__).resolve().parent / "mail_templates"


@cache
def _templates() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=False,  # plain text: an email body is no markup
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters.update(words=words, amount_with_code=amount_with_code)
    return environment


def _mail(template: str, to: str, **values: object) -> Mail:
    """The email a template writes: its `subject` and the rest as the body."""
    module = _templates().get_template(template).make_module(values)
    return Mail(to=to, subject=str(vars(module)["subject"]), body=str(module))


def documents_still_needed(
    reference: str, name: str, email: str, documents: tuple[str, ...], shop: str
) -> Mail:
    return _mail(
        "documents_still_needed.txt", email, reference=reference, name=name, documents=documents, shop=shop
    )


def claim_confirmation(reference: str, name: str, email: str, missing: tuple[str, ...], shop: str) -> Mail:
    """To the claimant once the claim is stored: the reference and what is still missing."""
    return _mail(
        "claim_confirmation.txt", email, reference=reference, name=name, documents=missing, shop=shop
    )


def new_claim_for_shop(
    to: str,
    reference: str,
    claim_type: str,
    item_type: str,
    value: float | None,
    currency: str,
    missing: tuple[str, ...],
    flags: tuple[str, ...],
    staff_url: str,
) -> Mail:
    """To the shop: a claim arrived. The claimant's details stay on the staff page."""
    return _mail(
        "new_claim_for_shop.txt",
        to,
        reference=reference,
        claim_type=claim_type,
        item_type=item_type,
        value=value,
        currency=currency,
        missing=missing,
        flags=flags,
        staff_url=staff_url,
    )


def new_handoff_for_shop(to: str, flow: str | None, claim_reference: str | None, staff_url: str) -> Mail:
    """To the shop: a customer asks for a person. Who it is shows in the inbox."""
    return _mail(
        "new_handoff_for_shop.txt", to, flow=flow, claim_reference=claim_reference, staff_url=staff_url
    )


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
