"""Checking a claimant's name, email and phone, with the reason when one is unusable."""

from __future__ import annotations

import re

EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+")
PHONE_IN_TEXT = re.compile(r"\+?[\d(][\d\s().-]{5,}\d")


def find_email(text: str) -> str | None:
    match = EMAIL_IN_TEXT.search(text)
    return match.group(0).strip(".,;") if match else None


def email_problem(email: str) -> str | None:
    return None if EMAIL.match(email) and ".." not in email else "invalid"


def find_phone(text: str) -> str | None:
    match = PHONE_IN_TEXT.search(text)
    return match.group(0).strip() if match else None


def phone_problem(phone: str) -> str | None:
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 7:
        return "too_short"
    if len(digits) > 15:
        return "too_long"
    return None


def clean_name(text: str) -> str | None:
    """A name from "I'm Ana Ruiz" or "Ana Ruiz"; None when it does not look like one."""
    name = re.sub(
        r"^\s*(my name is|my name's|i am|i'm|im|it's|this is|name:)\s+", "", text.strip(), flags=re.I
    )
    name = name.strip(" .,!")
    if not name or len(name) > 100 or re.search(r"[\d@<>{}\[\]=;]", name):
        return None
    if not any(c.isalpha() for c in name):  # "💍" or "..." is not a name
        return None
    if len(name.split()) > 5:
        return None
    return " ".join(part[:1].upper() + part[1:] for part in name.split())


def mask_email(email: str) -> str:
    """For logs: a***@example.com."""
    local, _, domain = email.partition("@")
    return f"{local[:1]}***@{domain}" if domain else "***"
