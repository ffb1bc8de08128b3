"""Every class the Rasa server's configuration names by module path exists there.

credentials.yml names channels by path (as its keys), endpoints*.yml name stores by
`type:`. A module moved without its configuration would only fail when `rasa run` starts.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
CONFIGS = sorted(REPO.glob("credentials*.yml")) + sorted(REPO.glob("endpoints*.yml"))


def named_classes(config: dict[str, Any]) -> list[str]:
    names = [key for key in config if key.startswith("bot.")]  # credentials: channel classes
    for section in config.values():
        kind = section.get("type") if isinstance(section, dict) else None
        if isinstance(kind, str) and kind.startswith("bot."):
            names.append(kind)
    return names


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_every_class_the_configuration_names_can_be_imported(path: Path) -> None:
    names = named_classes(yaml.safe_load(path.read_text()) or {})
    for name in names:
        module, _, attribute = name.rpartition(".")
        assert isinstance(getattr(importlib.import_module(module), attribute), type), name


def test_the_configuration_names_the_server_package() -> None:
    names = [n for path in CONFIGS for n in named_classes(yaml.safe_load(path.read_text()) or {})]
    assert len(names) >= 4 and all(n.startswith("bot.server.") for n in names), names
