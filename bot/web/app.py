"""The web app: the demo jeweler page, the chat widget's files and the staff pages.

`make_app(settings)` builds everything from the settings it is given; the claims store
and the HTTP client for transcripts are made when the app starts, not at import.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp
import aiohttp_jinja2
from aiohttp import web

from bot.config import WebSettings
from bot.rules.knowledge import load_coverage_facts
from bot.store.claims import ClaimStore
from bot.web import conversations, insights, rendering, staff, uploads
from bot.web.accounts import DatabaseSessions
from bot.web.auth import Clock, LoginThrottle, client_address_middlewares
from bot.web.keys import HTTP, SESSIONS, SETTINGS, STORE, THROTTLE
from bot.web.shared_throttle import SharedLoginThrottle

STATIC_DIR = Path(__file__).resolve().parent / "static"
# Staff pages run no script at all, show nothing from elsewhere and are never framed.
STAFF_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
# Login and sign-in forms are small; nothing posts more than this.
MAX_BODY_BYTES = 64 * 1024


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def websocket_origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{'wss' if parts.scheme == 'https' else 'ws'}://{parts.netloc}"


def page_csp(settings: WebSettings) -> str:
    """The demo page may talk to the Rasa server (socket.io over HTTP and WebSocket)."""
    rasa = settings.rasa_public_url
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src 'self' {origin_of(rasa)} {websocket_origin(rasa)}; "
        "frame-ancestors 'self'; base-uri 'self'; form-action 'self'"
    )


async def add_security_headers(request: web.Request, response: web.StreamResponse) -> None:
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    if request.path == "/staff" or request.path.startswith("/staff/"):
        headers["Content-Security-Policy"] = STAFF_CSP
        headers["X-Frame-Options"] = "DENY"
        headers["Referrer-Policy"] = "no-referrer"
        headers["Cache-Control"] = "no-store"
        headers["Cross-Origin-Opener-Policy"] = "same-origin"
    else:
        headers["Content-Security-Policy"] = page_csp(request.app[SETTINGS])
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
        # A jeweler's own site loads widget.js and its files from this origin.
        headers["Cross-Origin-Resource-Policy"] = "cross-origin"


async def demo_page(request: web.Request) -> web.Response:
    settings = request.app[SETTINGS]
    # ?transport=rest shows the widget on its REST fallback (no socket.io), for trying it out.
    transport = "rest" if request.query.get("transport") == "rest" else "socketio"
    values = {
        "jeweler": settings.jeweler_name,
        "rasa_url": settings.rasa_public_url,
        "transport": transport,
        "idle_minutes": settings.conversation_idle_minutes,
        # The shop's own page says what a care plan repairs: the knowledge file's list.
        "care_plan_repairs": load_coverage_facts().jewelry_repairs[:4],
    }
    response = aiohttp_jinja2.render_template("demo.html", request, values)
    response.charset = "utf-8"
    return response


async def widget_script(request: web.Request) -> web.FileResponse:
    return web.FileResponse(
        STATIC_DIR / "widget.js",
        headers={"Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=300"},
    )


async def health(request: web.Request) -> web.Response:
    return web.Response(text="ok")


async def no_favicon(request: web.Request) -> web.Response:
    return web.Response(status=204)  # browsers ask for one; a 404 would only add log noise


async def resources(app: web.Application) -> AsyncIterator[None]:
    """The claims store and the HTTP client, for as long as the app runs."""
    settings = app[SETTINGS]
    if settings.claims_database_url.startswith("sqlite:///"):
        Path(settings.claims_database_url.removeprefix("sqlite:///")).parent.mkdir(
            parents=True, exist_ok=True
        )
    store = ClaimStore(settings.claims_database_url)
    store.create_schema()
    app[STORE] = store
    app[SESSIONS].attach(store.staff)
    async with aiohttp.ClientSession() as http:
        app[HTTP] = http
        yield
    store.engine.dispose()


def make_app(settings: WebSettings, clock: Clock | None = None) -> web.Application:
    """`clock` (tests) drives both the throttle and session expiry; by default the
    throttle counts on the monotonic clock and sessions on the wall clock, which every
    web process shares and which survives a restart."""
    app = web.Application(
        client_max_size=MAX_BODY_BYTES, middlewares=client_address_middlewares(settings.trusted_proxies)
    )
    app[SETTINGS] = settings
    app[SESSIONS] = DatabaseSessions(settings.staff_session_minutes, clock or time.time)
    app[THROTTLE] = (
        SharedLoginThrottle.from_url(settings.throttle_redis_url, settings.throttle_key_prefix)
        if settings.throttle_redis_url
        else LoginThrottle(clock=clock or time.monotonic)
    )
    app.cleanup_ctx.append(resources)
    rendering.setup(app)
    app.on_response_prepare.append(add_security_headers)  # type: ignore[arg-type]  # aiosignal's stub
    app.router.add_get("/", demo_page)
    app.router.add_get("/widget.js", widget_script)
    app.router.add_get("/healthz", health)
    app.router.add_get("/favicon.ico", no_favicon)
    app.router.add_static("/static/", STATIC_DIR, show_index=False, follow_symlinks=False)
    conversations.add_routes(app)
    uploads.add_routes(app)
    staff.add_routes(app)
    insights.add_routes(app)
    return app
