"""`rasa run` with the HTTP API token taken from the environment, not the command line.

Rasa 3.6 takes the token only as `--auth-token`, and a process's command line is
readable by every user of the machine (`ps`, /proc/<pid>/cmdline). This runs the same
`rasa run` inside this process, adding the token from RASA_AUTH_TOKEN to the arguments
Rasa parses; the command line the system shows never holds it.

    RASA_AUTH_TOKEN=... .venv/bin/python -m scripts.rasa_server --enable-api --model ...

It also redacts personal data from every log record of the process (bot/logs.py) and
applies this project's changes to Rasa's own code (bot/server/patches.py): here, in the
server's entry point, rather than as a side effect of Rasa importing a channel.
"""

from __future__ import annotations

import os
import sys

from bot.logs import install_redaction
from bot.server import patches


def main() -> None:
    token = os.environ.get("RASA_AUTH_TOKEN", "")
    if not token:
        sys.exit("scripts.rasa_server: set RASA_AUTH_TOKEN (the HTTP API token)")
    from rasa.__main__ import main as rasa_main

    # Before Rasa configures logging: the redaction also covers the handlers Rasa and
    # Sanic add later (bot/logs.py says how), and the action server's error answers
    # with their whole tracker that Rasa logs when an action fails.
    install_redaction()
    patches.apply()

    sys.argv = ["rasa", "run", *sys.argv[1:], "--auth-token", token]
    rasa_main()


if __name__ == "__main__":
    main()
