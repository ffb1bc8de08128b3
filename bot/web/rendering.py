"""Staff pages as HTML: Jinja2 templates (bot/web/templates) through aiohttp-jinja2.

Autoescape is on for every template, so a name or a message typed by a customer is
always text, never markup; `StrictUndefined` turns a misspelt value into an error in
the tests instead of an empty space on a page. The templates run no script (the staff
pages' policy forbids it) and the filters below are the only formatting they use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp_jinja2
import jinja2
from aiohttp import web

from bot.rules.claims import PROOF_DOCUMENTS
from bot.web.keys import SETTINGS
from bot.wording.common import amount_with_code, flow_name, words

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
STATUS_LABELS = {
    "new": "New: not reviewed yet",
    "in_review": "In review",
    "waiting_for_documents": "Waiting for documents",
    "sent_to_insurer": "Sent to the insurer",
    "closed": "Closed",
}
# What the documents section calls each fact read from a file.
FACT_LABELS = {
    "seller": "Seller or appraiser",
    "carat": "Carat",
    "colour": "Colour",
    "clarity": "Clarity",
    "serial_number": "Serial number",
    "report_number": "Report number",
}


def when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is None:  # SQLite hands back naive datetimes; they were stored as UTC
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def when_iso(value: str | None) -> str:
    return when(datetime.fromisoformat(value)) if value else ""


def listing(codes: Sequence[str], empty: str = "none") -> str:
    return ", ".join(words(c) for c in codes) or empty


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, words(status))


def size_words(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"


def amounts(values: Sequence[float]) -> str:
    return ", ".join(f"{a:,.2f}" for a in values) or "none"


def counted(n: int, noun: str) -> str:
    """3 claims, 1 claim."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def path_segment(value: str) -> str:
    """A value as one path segment: a "/" in a conversation id must not start another."""
    return quote(value, safe="")


FILTERS: dict[str, Callable[..., str]] = {
    "when": when,
    "when_iso": when_iso,
    "money": amount_with_code,
    "words": words,
    "flow_name": flow_name,
    "listing": listing,
    "status_label": status_label,
    "size_words": size_words,
    "amounts": amounts,
    "path_segment": path_segment,
    "counted": counted,
}


def setup(app: web.Application) -> None:
    environment = aiohttp_jinja2.setup(
        app,
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        filters=FILTERS,
    )
    environment.globals.update(PROOF_DOCUMENTS=PROOF_DOCUMENTS, FACT_LABELS=FACT_LABELS)


def render(
    request: web.Request,
    template: str,
    title: str,
    nav: dict[str, Any] | None = None,
    status: int = 200,
    **context: Any,
) -> web.Response:
    """A staff page: `nav` (signed-in people only) fills the navigation bar."""
    values = {"title": title, "jeweler": request.app[SETTINGS].jeweler_name, "nav": nav, **context}
    response = aiohttp_jinja2.render_template(template, request, values, status=status)
    response.charset = "utf-8"
    return response


__all__ = ["STATUS_LABELS", "render", "setup", "when"]
