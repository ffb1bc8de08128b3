"""What the chat channels say themselves, before any reading: an empty or an overlong
message, and the apology when a turn fails (bot/server/channels.py decides when)."""

from __future__ import annotations

EMPTY_MESSAGE_TEXT = (
    "Your message was empty. Type your answer or your question, for example "
    '"my ring is worth about $3,000", "what is a blanket endorsement?" or "talk to a person".'
)


def too_long_text(length: int, limit: int) -> str:
    return (
        f"That message is too long for me ({length:,} characters). Please keep it under "
        f"{limit:,} characters, for example a sentence or two about what happened."
    )


def apology_text(contact: str) -> str:
    return (
        "Sorry, something went wrong on my side and I couldn't answer that. "
        "Nothing you told me is lost: please send your last message again in a minute, "
        f"or talk to a person ({contact})."
    )
