"""The claim reference's one definition ("JC-7F3K9Q"): made by the store, read in the chat,
checked by the staff pages, kept out of logs and insights."""

from __future__ import annotations

import re
import secrets

PREFIX = "JC-"
# No 0/O or 1/I: a reference is read out over the phone.
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
LENGTH = 6
# Exactly a reference, as the store makes it.
PATTERN = re.compile(rf"{PREFIX}[{ALPHABET}]{{{LENGTH}}}")
# Anything shaped like one in someone's words (any case, look-alikes too), to hide it.
LOOSE_PATTERN = re.compile(rf"\b{PREFIX}[A-Z0-9]{{{LENGTH}}}\b", re.IGNORECASE)


def new_reference() -> str:
    return PREFIX + "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def is_reference(text: str) -> bool:
    return PATTERN.fullmatch(text) is not None


def find_reference(text: str) -> str | None:
    """The first reference in a person's message, however they typed its case."""
    match = PATTERN.search(text.upper())
    return match.group(0) if match else None
