"""`rasa run` with the HTTP API token taken from the environment, not the command line.

Rasa 3.6 takes the token only as `--auth-token`, and a process's command line is
readable by every user of the machine (`ps`, /proc/<pid>/cmdline). This runs the same
`rasa run` inside this process, adding the token from RASA_AUTH_TOKEN to the arguments
Rasa parses; the command line the system shows never holds it.

    RASA_AUTH_TOKEN=... .venv/bin/python -m scripts.rasa_server --enable-api --model ...

It also redacts personal data from every log record of the process (bot/logs.py), and
keeps its connections to the action server alive between turns (bot/keep_alive.py).
"""

from __future__ import annotations

import os
import sys

from bot.keep_alive import use_kept_alive_connections
from bot.logs import install_redaction


def main() -> None:
    token = os.environ.get("RASA_AUTH_TOKEN", "")
    if not token:
        sys.exit("scripts.rasa_server: set RASA_AUTH_TOKEN (the HTTP API token)")
    from rasa.__main__ import main as rasa_main

    # Before Rasa configures logging: the redaction also covers the handlers Rasa and
    # Sanic add later (bot/logs.py says how), and the action server's error answers
    # with their whole tracker that Rasa logs when an action fails.
    install_redaction()
    use_kept_alive_connections()

    sys.argv = ["rasa", "run", *sys.argv[1:], "--auth-token", token]
    rasa_main()


if __name__ == "__main__":
    main()
