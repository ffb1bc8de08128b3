"""Settings read from the environment, with safe local defaults.

Nothing here opens a connection or reads a file: callers build what they need
from these values when they need it (so importing the bot never touches a database).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    knowledge_dir: Path
    data_dir: Path
    jeweler_name: str
    jeweler_contact: str

    @property
    def claims_database_url(self) -> str:
        return os.environ.get("DATABASE_URL") or f"sqlite:///{self.data_dir / 'claims.db'}"


def load_settings() -> Settings:
    return Settings(
        knowledge_dir=Path(os.environ.get("KNOWLEDGE_DIR", REPO_ROOT / "knowledge")),
        data_dir=Path(os.environ.get("DATA_DIR", REPO_ROOT / "var")),
        jeweler_name=os.environ.get("JEWELER_NAME", "our store"),
        jeweler_contact=os.environ.get(
            "JEWELER_CONTACT", "call the store or email help@example-jeweler.test"
        ),
    )
