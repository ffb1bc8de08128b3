"""HTML from string templates that escape every value unless it is already HTML.

A value is escaped when substituted into a template unless it is `Safe`, and only
this module makes `Safe` strings (from templates and escaped values), so a name or a
message typed by a customer can never become markup on a staff page.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from string import Template

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"


class Safe(str):
    """HTML that is already escaped."""

    __slots__ = ()


def escape(value: object) -> Safe:
    if isinstance(value, Safe):
        return value
    return Safe(html.escape("" if value is None else str(value), quote=True))


def join(parts: Iterable[Safe], separator: str = "\n") -> Safe:
    return Safe(separator.join(escape(part) for part in parts))


@cache
def _template(name: str) -> Template:
    return Template((TEMPLATE_DIR / name).read_text(encoding="utf-8"))


def fill(template: str | Template, **values: object) -> Safe:
    """Substitute escaped values into a template string; a missing value is an error."""
    compiled = template if isinstance(template, Template) else Template(template)
    return Safe(compiled.substitute({key: escape(value) for key, value in values.items()}))


def render(name: str, **values: object) -> Safe:
    """A template file from bot/web/templates, with its values escaped."""
    return fill(_template(name), **values)
