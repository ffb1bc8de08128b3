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
