"""Settings read from the environment, with safe local defaults.

Nothing here opens a connection or reads a file: callers build what they need
from these values when they need it (so importing the bot never touches a database).
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

REPO_ROOT = Path(__file__).resolve().parent.parent
# A shorter staff token could be guessed; the web app keeps the staff pages closed instead.
MIN_STAFF_TOKEN_LENGTH = 16
# The shared secrets (conversation ids, action server) must not be guessable either.
MIN_SECRET_LENGTH = 16
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class Settings:
    knowledge_dir: Path
    data_dir: Path
    jeweler_name: str
    jeweler_contact: str
    # How the chat tells a person to reach the shop (the hand-over, links in the widget):
    # empty means not said. SHOP_PHONE as dialled ("+1 555 0100"), SHOP_HOURS as words.
    shop_phone: str = ""
    shop_email: str = "help@example-jeweler.test"
    shop_hours: str = ""
    # The privacy notice linked before the claim asks for a name, email and phone.
    privacy_url: str = "https://example-jeweler.test/privacy"

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
        shop_phone=os.environ.get("SHOP_PHONE", "").strip(),
        shop_email=os.environ.get("SHOP_EMAIL", "help@example-jeweler.test").strip(),
        shop_hours=os.environ.get("SHOP_HOURS", "").strip(),
        privacy_url=os.environ.get("PRIVACY_URL", "https://example-jeweler.test/privacy").strip(),
    )


@dataclass(frozen=True)
class WebSettings:
    """The web app: demo page, chat widget files and the staff pages (bot/web)."""

    host: str
    port: int
    claims_database_url: str
    # Where the web app fetches conversation transcripts (server side, with the token).
    rasa_url: str
    rasa_auth_token: str
    # Where a visitor's browser reaches the Rasa server's socket.io and REST channels.
    rasa_public_url: str
    # Web pages allowed to talk to the Rasa server from a browser (its --cors list).
    site_origins: tuple[str, ...]
    staff_token: str | None
    staff_session_minutes: int
    # None: Secure cookies when the request came over HTTPS (directly or via a proxy).
    cookie_secure: bool | None
    jeweler_name: str
    # Proxies whose X-Forwarded-For names the client (bot/forwarded.py); from any other
    # peer the header is ignored. Empty: the app is reached directly.
    trusted_proxies: tuple[IPNetwork, ...] = ()
    # Signs the conversation ids the web app issues; the Rasa server checks them with it.
    # None: POST /api/conversations answers 503.
    conversation_secret: str | None = None
    # The widget starts a new conversation after this long without a message.
    conversation_idle_minutes: int = 30
    # Proof documents (POST /uploads): where the files go (outside the web root), and
    # how large one file and all of one claim's files may be.
    uploads_dir: Path = REPO_ROOT / "var" / "uploads"
    upload_max_file_bytes: int = 10 * 1024 * 1024
    upload_max_claim_bytes: int = 40 * 1024 * 1024
    # Start the document-reading process with the app (the served app), not on the first
    # upload (tests, which make many apps).
    warm_readers: bool = False
    # The scaled form: the sign-in throttle's counts in Redis, shared by every web process
    # (bot/web/shared_throttle.py); None: counted in this process.
    throttle_redis_url: str | None = None
    throttle_key_prefix: str = "advisor-throttle"

    @property
    def staff_open(self) -> bool:
        return bool(self.staff_token) and len(self.staff_token or "") >= MIN_STAFF_TOKEN_LENGTH


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip().rstrip("/") for part in value.split(",") if part.strip())


def _optional_bool(value: str | None) -> bool | None:
    if value is None or value.strip() == "" or value.strip().lower() == "auto":
        return None
    return value.strip().lower() in {"1", "true", "yes", "on"}


def load_site_origins(web_port: int) -> tuple[str, ...]:
    """SITE_ORIGINS (comma-separated), or the web app's own origin on this machine."""
    return _split(
        os.environ.get("SITE_ORIGINS") or f"http://127.0.0.1:{web_port},http://localhost:{web_port}"
    )


def load_web_settings() -> WebSettings:
    settings = load_settings()
    rasa_url = os.environ.get("RASA_URL") or f"http://127.0.0.1:{os.environ.get('RASA_PORT', '5005')}"
    port = int(os.environ.get("WEB_PORT", "8080"))
    return WebSettings(
        host=os.environ.get("WEB_HOST", "127.0.0.1"),
        port=port,
        claims_database_url=settings.claims_database_url,
        rasa_url=rasa_url.rstrip("/"),
        rasa_auth_token=os.environ.get("RASA_AUTH_TOKEN", ""),
        rasa_public_url=(os.environ.get("RASA_PUBLIC_URL") or rasa_url).rstrip("/"),
        site_origins=load_site_origins(port),
        staff_token=os.environ.get("STAFF_TOKEN") or None,
        staff_session_minutes=int(os.environ.get("STAFF_SESSION_MINUTES", "30")),
        cookie_secure=_optional_bool(os.environ.get("STAFF_COOKIE_SECURE")),
        jeweler_name=settings.jeweler_name,
        trusted_proxies=load_trusted_proxies(),
        conversation_secret=_secret("CONVERSATION_SECRET"),
        conversation_idle_minutes=int(os.environ.get("CONVERSATION_IDLE_MINUTES", "30")),
        uploads_dir=settings.data_dir / "uploads",
        upload_max_file_bytes=int(float(os.environ.get("UPLOAD_MAX_FILE_MB", "10")) * 1024 * 1024),
        upload_max_claim_bytes=int(float(os.environ.get("UPLOAD_MAX_CLAIM_MB", "40")) * 1024 * 1024),
        warm_readers=True,
        throttle_redis_url=os.environ.get("STAFF_THROTTLE_REDIS_URL") or None,
        throttle_key_prefix=os.environ.get("STAFF_THROTTLE_KEY_PREFIX") or "advisor-throttle",
    )


def _secret(name: str) -> str | None:
    """A shared secret from the environment; too short counts as unset (fail closed)."""
    value = os.environ.get(name, "")
    return value if len(value) >= MIN_SECRET_LENGTH else None


def parse_networks(value: str) -> tuple[IPNetwork, ...]:
    """'10.0.0.1, 172.16.0.0/12' -> networks; a malformed entry stops the start-up."""
    return tuple(ipaddress.ip_network(part, strict=False) for part in _split(value))


def load_trusted_proxies() -> tuple[IPNetwork, ...]:
    """TRUSTED_PROXIES, for the channels and the web app alike."""
    return parse_networks(os.environ.get("TRUSTED_PROXIES", ""))


@dataclass(frozen=True)
class ChannelSettings:
    """The Rasa server's REST and socket.io channels (bot/server/channels.py)."""

    # Conversation ids the web app issued verify with it; None: only the API token gets in.
    conversation_secret: str | None
    # The Rasa HTTP API token: a request carrying it may use any sender id (scripts, tests).
    api_token: str | None
    # Pages whose browsers may open a socket.io connection (checked against Origin).
    site_origins: tuple[str, ...]
    # X-Forwarded-For is believed only from these (a load balancer; the scaled stack's HAProxy).
    trusted_proxies: tuple[IPNetwork, ...]


def load_channel_settings() -> ChannelSettings:
    return ChannelSettings(
        conversation_secret=_secret("CONVERSATION_SECRET"),
        api_token=os.environ.get("RASA_AUTH_TOKEN") or None,
        site_origins=load_site_origins(int(os.environ.get("WEB_PORT", "8080"))),
        trusted_proxies=load_trusted_proxies(),
    )


@dataclass(frozen=True)
class ActionServerSettings:
    """The action server (scripts/action_server.py): answers only the Rasa server."""

    host: str
    port: int
    # What the Rasa server sends as `Authorization: Bearer ...` (endpoints.yml).
    secret: str | None


def load_action_server_settings() -> ActionServerSettings:
    return ActionServerSettings(
        host=os.environ.get("ACTION_HOST", "127.0.0.1"),
        port=int(os.environ.get("ACTION_PORT", "5055")),
        secret=_secret("ACTION_SERVER_SECRET"),
    )


# The shop's own day: "yesterday", "three days ago" and "never in the future" count from
# it, wherever the server's clock is (a UTC server is a day behind Auckland every morning).
DEFAULT_SHOP_TIMEZONE = "Pacific/Auckland"


def shop_today(now: datetime | None = None) -> date:
    """Today in the shop's time zone (SHOP_TIMEZONE, default Pacific/Auckland).

    SHOP_TODAY=YYYY-MM-DD pins the day instead: for replaying conversations written for a
    given day ("yesterday" must mean the same date on any day they are run) and demos.
    """
    pinned = os.environ.get("SHOP_TODAY")
    if pinned and now is None:
        return date.fromisoformat(pinned)
    name = os.environ.get("SHOP_TIMEZONE") or DEFAULT_SHOP_TIMEZONE
    try:
        zone = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo(DEFAULT_SHOP_TIMEZONE)
    moment = now.astimezone(zone) if now else datetime.now(zone)
    return moment.date()
