"""`POST /api/conversations`: a new conversation id for the widget (or any REST client).

The id is random and signed with CONVERSATION_SECRET (bot/conversation_ids.py); the Rasa
server's channels accept no other sender id. A browser may ask from the site origins
(SITE_ORIGINS) and the web app's own pages only, so another site cannot hand its
visitors ids through their browsers; clients without an Origin header (scripts) may ask.
"""

from __future__ import annotations

from aiohttp import web

from bot.config import WebSettings
from bot.conversation_ids import issue_conversation_id
from bot.web.keys import SETTINGS

PATH = "/api/conversations"


def allowed_origin(request: web.Request, settings: WebSettings) -> bool:
    origin = request.headers.get("Origin", "").rstrip("/")
    own = f"{request.scheme}://{request.host}"
    return origin == own or origin in settings.site_origins


def cors_headers(request: web.Request) -> dict[str, str]:
    origin = request.headers.get("Origin")
    if not origin:
        return {}
    return {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}


def refused(status: int, error: str) -> web.Response:
    return web.json_response({"error": error}, status=status, headers={"Cache-Control": "no-store"})


async def create_conversation(request: web.Request) -> web.Response:
    settings = request.app[SETTINGS]
    if "Origin" in request.headers and not allowed_origin(request, settings):
        return refused(403, "This page's origin is not one of the site origins (SITE_ORIGINS).")
    if not settings.conversation_secret:
        return refused(503, "Conversations are not set up: the server has no CONVERSATION_SECRET.")
    return web.json_response(
        {"sender_id": issue_conversation_id(settings.conversation_secret)},
        status=201,
        headers={"Cache-Control": "no-store", **cors_headers(request)},
    )


async def preflight(request: web.Request) -> web.Response:
    """CORS preflight, for a widget that sends a JSON content type."""
    if not allowed_origin(request, request.app[SETTINGS]):
        return web.Response(status=403)
    headers = {
        **cors_headers(request),
        "Access-Control-Allow-Methods": "POST",
        "Access-Control-Allow-Headers": "Content-Type",
        "Access-Control-Max-Age": "600",
    }
    return web.Response(status=204, headers=headers)


def add_routes(app: web.Application) -> None:
    app.router.add_post(PATH, create_conversation)
    app.router.add_route("OPTIONS", PATH, preflight)
