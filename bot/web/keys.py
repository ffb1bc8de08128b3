"""What the web app keeps on its `web.Application`: settings and per-app resources."""

from __future__ import annotations

import aiohttp
from aiohttp import web

from bot.config import WebSettings
from bot.store.claims import ClaimStore
from bot.web.accounts import DatabaseSessions
from bot.web.auth import LoginThrottle

SETTINGS = web.AppKey("settings", WebSettings)
STORE = web.AppKey("store", ClaimStore)
SESSIONS = web.AppKey("sessions", DatabaseSessions)
THROTTLE = web.AppKey("throttle", LoginThrottle)
HTTP = web.AppKey("http", aiohttp.ClientSession)
