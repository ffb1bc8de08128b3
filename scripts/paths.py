"""Where the project is and what every process it starts gets in its environment.

Shared by scripts/train.py (training), scripts/stack.py and scripts/scaled.py (the two
forms of the running assistant) and scripts/run.py (`make run`); imports none of them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
MODEL = REPO / "models" / "advisor.tar.gz"


def rasa_command() -> list[str]:
    return [str(VENV_BIN / "rasa")]


def base_env(var_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("RASA_TELEMETRY_ENABLED", "false")
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    # Rasa's training cache defaults to ./.rasa in the working directory; keep it in var/.
    env.setdefault("RASA_CACHE_DIRECTORY", str(REPO / "var" / "rasa-cache"))
    env.setdefault("DATA_DIR", str(var_dir))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env
