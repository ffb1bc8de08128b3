"""What every reader sees of a message: its text without control characters.

Pasted text and odd clients send NULs, bells and terminal escapes; they mean nothing to
a reader, would be stored with a claim, and PostgreSQL refuses NUL in text. They become
spaces before any reading, so "Ana\\x00Ruiz" is read as "Ana Ruiz".
"""

from __future__ import annotations

import re
import unicodedata

# ESC [ ... letter: a terminal escape sequence, dropped whole.
TERMINAL_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def without_control_characters(text: str) -> str:
    text = TERMINAL_ESCAPE.sub(" ", text)
    return "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)


# HTML tags, template braces, SQL statements and comments: in nobody's question or
# answer here. A lone ";" or "-" is ordinary punctuation and does not count.
CODE_MARKS = re.compile(
    r"<\s*[a-z!/][^>]*>|[{}]|/\*|;\s*--|--\s*$|\b(drop|alter|truncate)\s+table\b"
    r"|;\s*(drop|delete|insert|update|select)\b",
    re.I,
)


def looks_like_code(text: str) -> bool:
    return bool(CODE_MARKS.search(text))


# A sentence with the marks that end it: "lost it friday. gutted. is it covered?".
SENTENCE = re.compile(r"[^.!?]+[.!?]*")


def sentences(text: str) -> list[str]:
    """The message's sentences, each with its end marks (a "?" tells a question)."""
    return SENTENCE.findall(text)
