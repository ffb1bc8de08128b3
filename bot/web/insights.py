"""How the assistant is doing: `GET /staff/api/insights?days=30`, the page
`/staff/insights` and its charts (`/staff/insights/<chart>.svg`), for staff only.

The figures come from bot/store/insights.py. One report is kept for a short while per
number of days, so the page and its four chart images read the stores once, not five
times.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import date

from aiohttp import web
from sqlalchemy.engine import Engine

from bot.store import insights as figures
from bot.web import charts
from bot.web.auth import StaffSession
from bot.web.keys import STORE
from bot.web.staff import staff_only, staff_page
from bot.wording.common import words

DEFAULT_DAYS = 30
KEEP_SECONDS = 60.0
DAYS_EXAMPLE = "/staff/api/insights?days=30"


@dataclass
class Reports:
    """The tracker store's engine (made once its file exists) and recent reports."""

    url: str | None
    clock: Callable[[], float] = time.monotonic
    engine: Engine | None = None
    kept: dict[int, tuple[float, figures.Insights]] = field(default_factory=dict)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def trackers(self) -> Engine | None:
        if self.engine is None:
            self.engine = figures.tracker_engine(self.url)
        return self.engine

    async def report(self, claims: Engine, days: int) -> figures.Insights:
        async with self.lock:  # one computation at a time; the others then find it kept
            kept = self.kept.get(days)
            if kept and self.clock() - kept[0] < KEEP_SECONDS:
                return kept[1]
            report = await asyncio.to_thread(figures.insights, claims, self.trackers(), days)
            self.kept[days] = (self.clock(), report)
            return report

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()


REPORTS = web.AppKey("insight_reports", Reports)


def days_of(request: web.Request) -> int | str:
    """The period asked for, or what is wrong with it."""
    raw = request.query.get("days", str(DEFAULT_DAYS)).strip()
    if not raw.isdigit() or not 1 <= int(raw) <= figures.MAX_DAYS:
        return f"days must be a whole number from 1 to {figures.MAX_DAYS}, for example {DAYS_EXAMPLE}"
    return int(raw)


def bad_days(request: web.Request, problem: str) -> web.HTTPBadRequest:
    if request.path.startswith("/staff/api/"):
        body = json.dumps({"error": problem, "example": DAYS_EXAMPLE})
        return web.HTTPBadRequest(text=body, content_type="application/json")
    return web.HTTPBadRequest(text=f"{problem[0].upper()}{problem[1:]}.")


async def report_for(request: web.Request) -> figures.Insights:
    """The report for the period `?days=` asks for (the API, the page and its charts all
    read it here); a period that is not one is refused with what is wrong."""
    days = days_of(request)
    if isinstance(days, str):
        raise bad_days(request, days)
    return await request.app[REPORTS].report(request.app[STORE].engine, days)


@staff_only
async def insights_api(request: web.Request, session: StaffSession) -> web.Response:
    report = await report_for(request)
    return web.json_response(report.as_json())


@staff_only
async def insights_page(request: web.Request, session: StaffSession) -> web.Response:
    report = await report_for(request)
    data = report.as_json()
    return await staff_page(
        request,
        "staff_insights.html",
        "How the assistant is doing",
        session,
        "insights",
        report=report,
        data=data,
        flows_height=int(charts.DPI * charts.flows_height_in(len(report.flows))),
        low_confidence=figures.LOW_CONFIDENCE,
        max_events=f"{figures.MAX_EVENTS:,}",
    )


def _series(days: list[date], per_day: dict[date, dict[str, int]]) -> dict[str, list[int]]:
    types = sorted({t for by_type in per_day.values() for t in by_type})
    return {words(t): [per_day[d].get(t, 0) for d in days] for t in types} or {"claims": [0] * len(days)}


def draw(name: str, report: figures.Insights) -> bytes:
    days = list(report.conversations_per_day)
    if name == "conversations":
        return charts.per_day(
            "Conversations per day", days, {"conversations": list(report.conversations_per_day.values())}
        )
    if name == "claims":
        return charts.per_day(
            "Claims per day, by type", days, _series(days, report.claims_per_day), legend=True
        )
    if name == "handoffs":
        counts = [row["handoffs"] for row in report.handoffs["per_day"]]
        return charts.per_day("Handoffs per day", days, {"handoffs": counts})
    return charts.flows("Flows: started and completed", report.flows)


CHARTS = ("conversations", "flows", "claims", "handoffs")


@staff_only
async def chart(request: web.Request, session: StaffSession) -> web.Response:
    name = request.match_info["chart"]
    if name not in CHARTS:
        raise web.HTTPNotFound(text=f"No such chart; there are {', '.join(CHARTS)}.")
    report = await report_for(request)
    svg = await asyncio.to_thread(draw, name, report)
    return web.Response(body=svg, content_type="image/svg+xml")


async def reports(app: web.Application) -> AsyncIterator[None]:
    app[REPORTS] = Reports(figures.tracker_database_url())
    yield
    app[REPORTS].close()


def add_routes(app: web.Application) -> None:
    app.cleanup_ctx.append(reports)
    app.router.add_get("/staff/insights", insights_page)
    app.router.add_get("/staff/insights/{chart}.svg", chart)
    app.router.add_get("/staff/api/insights", insights_api)
