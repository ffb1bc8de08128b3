"""`make run`: train if needed, start the assistant on localhost, Ctrl-C stops it.

    python -m scripts.run                  # the single form (scripts/stack.py)
    STACK=scaled python -m scripts.run     # the scaled form (scripts/scaled.py)

Ports: RASA_PORT (5005), ACTION_PORT (5055), WEB_PORT (8080); logs in var/logs.
"""

from __future__ import annotations

import os
import signal
import sys
import time

from scripts.paths import REPO
from scripts.scaled import ScaledStack
from scripts.stack import Stack
from scripts.train import train


def _stop_on_sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # the same clean stop as Ctrl-C, for `kill` and service managers


def run_forever() -> None:
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    train()
    var_dir = REPO / "var"
    var_dir.mkdir(exist_ok=True)
    # STACK=scaled: PostgreSQL trackers and claims, Redis locks, several Rasa processes
    # behind HAProxy, action-server workers (scripts/scaled.py, docs/deployment.md).
    stack_class = ScaledStack if os.environ.get("STACK", "single") == "scaled" else Stack
    stack = stack_class(
        var_dir=var_dir,
        rasa_port=int(os.environ.get("RASA_PORT", "5005")),
        action_port=int(os.environ.get("ACTION_PORT", "5055")),
        web_port=int(os.environ.get("WEB_PORT", "8080")),
        log_dir=var_dir / "logs",
    )
    print(
        "starting the action server, the web app and the Rasa server (the first start takes about a minute)..."
    )
    try:
        stack.start()
        print(
            f"\nReady.\n  a conversation: POST {stack.web_url}/api/conversations  -> sender_id\n"
            f"  chat (REST):  POST {stack.rasa_url}/webhooks/rest/webhook"
            f'  body {{"sender": "<sender_id>", "message": "hi"}}\n'
            f"  socket.io:    {stack.rasa_url}/socket.io\n"
            f"  HTTP API token (trackers, status): {stack.token}\n"
            f"  demo page with the chat widget:    {stack.web_url}/\n"
            f"  staff pages:  {stack.web_url}/staff   sign in as {stack.staff_name}, password: {stack.staff_password}\n"
            f"  staff API bearer token (scripts): {stack.staff_token}\n"
            f"  logs:         {stack.log_dir}\nCtrl-C stops everything.",
            flush=True,
        )
        while all(p.poll() is None for p in stack.processes.values()):
            time.sleep(1)
        print("a process stopped; see the logs", file=sys.stderr)
    except KeyboardInterrupt:
        pass
    finally:
        stack.stop()


if __name__ == "__main__":
    run_forever()
    sys.exit(0)
