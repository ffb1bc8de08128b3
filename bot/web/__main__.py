"""`python -m bot.web`: serve the demo page, the widget and the staff pages."""

from __future__ import annotations

import logging

from aiohttp import web

from bot.config import MIN_STAFF_TOKEN_LENGTH, load_web_settings
from bot.logs import install_redaction
from bot.web.app import make_app

log = logging.getLogger("bot.web")
# No client address, user agent or referrer (personal data): only what an operator needs.
# Named fields, so status, size and time never run together into a phone-number shape
# that the redaction (bot/logs.py) would blank; the query string's values are redacted.
ACCESS_LOG_FORMAT = '"%r" status=%s bytes=%b time=%Tfs'


def main() -> None:
    install_redaction()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = load_web_settings()
    if not settings.staff_open:
        log.warning(
            "STAFF_TOKEN is unset or shorter than %d characters: the staff pages stay closed",
            MIN_STAFF_TOKEN_LENGTH,
        )
    if not settings.rasa_auth_token:
        log.warning("RASA_AUTH_TOKEN is unset: claim pages will show no transcripts")
    log.info("serving on http://%s:%d", settings.host, settings.port)
    log.info("the widget may run on: %s (the Rasa server's --cors list)", " ".join(settings.site_origins))
    web.run_app(
        make_app(settings),
        host=settings.host,
        port=settings.port,
        access_log_format=ACCESS_LOG_FORMAT,
        print=None,
    )


if __name__ == "__main__":
    main()
