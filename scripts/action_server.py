"""The action server: rasa_sdk's Sanic app, answering only the Rasa server.

    ACTION_SERVER_SECRET=... .venv/bin/python -m scripts.action_server --port 5055

- It listens on ACTION_HOST (127.0.0.1 unless set: the Rasa server is on the same machine
  in both forms of the stack); rasa_sdk's own `rasa run actions` listens on every interface.
- Every request but `/health` must carry `Authorization: Bearer <ACTION_SERVER_SECRET>`,
  which the Rasa server sends from endpoints.yml; the secret comes from the environment,
  never the command line (`ps` shows command lines to every user). Anything else gets
  401 before any action runs.
- A webhook body must be `application/json`: a web page can POST `text/plain` to any
  address without a CORS preflight, so a JSON body sent as text is refused (415).
- A failing action answers 500 with its name only: rasa_sdk's handler echoes the whole
  request (the tracker, with the customer's details) into the reply, which Rasa logs.
"""

from __future__ import annotations

import argparse
import hmac
import logging
import sys
from typing import Any

from rasa_sdk import utils
from rasa_sdk.endpoint import create_app
from rasa_sdk.plugin import plugin_manager
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.config import MIN_SECRET_LENGTH, load_action_server_settings
from bot.language.without_tensorflow import keep_tensorflow_out
from bot.logs import install_redaction

logger = logging.getLogger("bot.action_server")
OPEN_PATHS = frozenset({"/health"})
# rasa_sdk's form validation warns "Skipping validation for `slot`: there is no validation
# method specified" on every call, for every slot the form reads whose value needs no
# check of its own (most of them): a record on every form turn, each one made, redacted
# (bot/logs.py) and written (py-spy: a sixteenth of the action server's busy time). That
# is this logger's only warning; its errors still show.
QUIET_LOGGERS = {"rasa_sdk.forms": logging.ERROR}
JSON = "application/json"


def secret_matches(authorization: str | None, secret: str) -> bool:
    """Constant-time check of `Authorization: Bearer <secret>`."""
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        return False
    return hmac.compare_digest(given.strip().encode("utf-8"), secret.encode("utf-8"))


def is_json(content_type: str | None) -> bool:
    return (content_type or "").split(";")[0].strip().lower() == JSON


def refusal(path: str, method: str, headers: Any, secret: str) -> tuple[int, str] | None:
    """Why this request may not reach an action (status, error), or None."""
    if path in OPEN_PATHS:
        return None
    if not secret_matches(headers.get("Authorization"), secret):
        return 401, "This action server answers only its Rasa server (a missing or wrong secret)."
    if method == "POST" and not is_json(headers.get("Content-Type")):
        return 415, f"The body must be {JSON}."
    return None


def guard(app: Sanic, secret: str) -> None:
    """Checks every request before any route (and so any action) runs."""

    @app.middleware("request")
    async def answer_only_the_rasa_server(request: Request) -> HTTPResponse | None:
        refused = refusal(request.path, request.method, request.headers, secret)
        if refused is None:
            return None
        status, error = refused
        return response.json({"error": error}, status=status)

    @app.exception(Exception)
    async def failed(request: Request, exception: Exception) -> HTTPResponse:
        status = getattr(exception, "status_code", 500)
        if isinstance(status, int) and 400 <= status < 500:  # Sanic's own: a body that is not JSON
            return response.json({"error": str(exception)}, status=status)
        # The action's name and the error's type only: no tracker, no slot values.
        action = action_name(request)
        logger.error("action %s failed: %s", action, type(exception).__name__, exc_info=exception)
        return response.json({"error": "The action failed.", "action_name": action}, status=500)


def action_name(request: Request) -> str | None:
    try:
        call = request.json
    except Exception:  # a body that is not JSON: no action to name
        return None
    name = call.get("next_action") if isinstance(call, dict) else None
    return name if isinstance(name, str) else None


def quiet_routine_notices() -> None:
    for name, level in QUIET_LOGGERS.items():
        logging.getLogger(name).setLevel(level)


def build_app(secret: str, actions: str = "bot.actions") -> Sanic:
    # No CORS: browsers have no business calling the action server.
    app = create_app(actions, cors_origins=None)
    guard(app, secret)
    plugin_manager().hook.attach_sanic_app_extensions(app=app)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description="the action server (secret: ACTION_SERVER_SECRET)")
    parser.add_argument("--actions", default="bot.actions")
    parser.add_argument("--port", type=int, help="default: ACTION_PORT or 5055")
    args = parser.parse_args()
    settings = load_action_server_settings()
    if not settings.secret:
        sys.exit(
            f"scripts.action_server: set ACTION_SERVER_SECRET (at least {MIN_SECRET_LENGTH} characters), "
            "the same value the Rasa server sends (endpoints.yml)"
        )
    # Before the actions import spaCy, whose thinc would load TensorFlow (400 MB a worker).
    keep_tensorflow_out()
    utils.configure_colored_logging("INFO")
    utils.update_sanic_log_level()
    quiet_routine_notices()
    install_redaction()
    port = args.port or settings.port
    app = build_app(settings.secret, args.actions)
    logger.info("action server on http://%s:%d", settings.host, port)
    app.run(settings.host, port, workers=utils.number_of_sanic_workers(), access_log=False)


if __name__ == "__main__":
    main()
