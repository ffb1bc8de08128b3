"""The demo page (templates/demo.html), a `string.Template` that escapes every value.

Only the demo page still uses this: the staff pages are Jinja2 templates
(bot/web/rendering.py). demo.html belongs to the widget's owner; moving it to Jinja
too would change `$name` placeholders into `{{ name }}` there.
"""

from __future__ import annotations

import html
from functools import cache
from pathlib import Path
from string import Template

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"


@cache
def _template(name: str) -> Template:
    return Template((TEMPLATE_DIR / name).read_text(encoding="utf-8"))


def render(name: str, **values: object) -> str:
    """A template file from bot/web/templates, with its values escaped."""
    escaped = {
        key: html.escape("" if value is None else str(value), quote=True) for key, value in values.items()
    }
    return _template(name).substitute(escaped)
