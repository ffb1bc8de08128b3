"""The one reader of knowledge/: a YAML file by name, from the configured directory.

Every loader of facts (bot/rules/*, bot/language/facts.py) reads through here and then
parses what it needs into frozen dataclasses; the parsing stays beside the decisions
that use it. The directory is KNOWLEDGE_DIR (bot/config.py), or the one given (tests).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.config import load_settings


def knowledge_dir() -> Path:
    return load_settings().knowledge_dir


def read_knowledge(name: str, directory: Path | None = None) -> Any:
    """The parsed YAML of knowledge/<name> (safe_load: data only, no Python objects)."""
    with open((directory or knowledge_dir()) / name, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


__all__ = ["knowledge_dir", "read_knowledge"]
