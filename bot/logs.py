"""Logging for every process (Rasa server, action server, web app) without personal data.

`install_redaction()` is called once in each process's entry point. (Stub: the filter
itself is being written; the entry points may call it already.)
"""

from __future__ import annotations


def install_redaction() -> None:
    """Add the redacting filter to every handler of the root logger (idempotent)."""
