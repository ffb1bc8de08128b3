"""Every change this project makes to Rasa's own code, in one place.

Applied by the Rasa server's entry point (scripts/rasa_server.py) before Rasa starts,
never as a side effect of an import: a module that only wants a channel class, or a
test, gets Rasa as it ships.
"""

from __future__ import annotations

from bot.server.action_domain import send_only_the_action_domain
from bot.server.action_response_check import use_compiled_response_check
from bot.server.event_types import remember_event_types
from bot.server.keep_alive import use_kept_alive_connections
from bot.server.shutdown import close_more_at_shutdown


def apply() -> None:
    """Put every patch in place (idempotent)."""
    use_compiled_response_check()
    remember_event_types()
    send_only_the_action_domain()
    use_kept_alive_connections()
    close_more_at_shutdown()


__all__ = ["apply"]
