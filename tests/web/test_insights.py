"""How the assistant is doing: the figures read from a real Rasa SQL tracker store
(written by Rasa's own SQLTrackerStore from Rasa's own events) and the claims store,
the JSON endpoint, the page and its SVG charts, and who may see them."""

from __future__ import annotations

import html
import os
import re
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from bot.config import WebSettings
from bot.store.claims import ClaimStore
from bot.store.insights import insights, redact_question, tracker_database_url, tracker_engine
from bot.web.app import STAFF_CSP, make_app
from tests.web.conftest import STAFF_TOKEN, XSS, FakeClock, draft, login

NOW = datetime.now(timezone.utc).replace(hour=12, minute=0, second=0, microsecond=0)
TODAY = NOW.timestamp()
YESTERDAY = (NOW - timedelta(days=1)).timestamp()
LONG_AGO = (NOW - timedelta(days=60)).timestamp()
UNKNOWN = "Do you cover watches bought abroad? I paid $4,500, mail me at bo@example.org"


def user(text: str, at: float, intent: str = "faq", confidence: float = 0.95) -> Any:
    from rasa.shared.core.events import UserUttered

    parse = {"text": text, "intent": {"name": intent, "confidence": confidence}, "entities": []}
    return UserUttered(text, parse["intent"], [], parse, timestamp=at)


def bot(text: str, at: float, response: str | None = None) -> Any:
    from rasa.shared.core.events import BotUttered

    return BotUttered(text, {}, {"utter_action": response} if response else {}, timestamp=at)


def action(name: str, at: float) -> Any:
    from rasa.shared.core.events import ActionExecuted

    return ActionExecuted(name, timestamp=at)


def loop(name: str | None, at: float) -> Any:
    from rasa.shared.core.events import ActiveLoop

    return ActiveLoop(name, timestamp=at)


def asking(slot: str | None, at: float) -> Any:
    from rasa.shared.core.events import SlotSet

    return SlotSet("requested_slot", slot, timestamp=at)


def conversations() -> dict[str, list[Any]]:
    t = TODAY
    form = "claim_intake_form"
    return {
        # A claim completed: the form ended itself.
        "done": [
            user("my ring was stolen", t, "report_claim"),
            action(form, t + 1), loop(form, t + 1), asking("claim_type", t + 1),
            user("theft", t + 2, "inform"), action(form, t + 3), asking("claimant_email", t + 3),
            user("ana@example.com", t + 4, "inform"),
            action(form, t + 5), asking(None, t + 5), loop(None, t + 5),
            action("action_submit_claim", t + 6),
        ],
        # Left at the email question for a person.
        "left": [
            user("I lost my necklace", YESTERDAY, "report_claim"),
            action(form, YESTERDAY + 1), loop(form, YESTERDAY + 1), asking("claimant_email", YESTERDAY + 1),
            user("I'd rather talk to someone", YESTERDAY + 2, "human_handoff"),
            action("action_handoff", YESTERDAY + 3), loop(None, YESTERDAY + 3),
            user("thanks, someone called me", TODAY + 10, "thank"),  # the next day: counted on both
        ],
        # The same unknown question twice (different case and spacing), and one guess.
        "faq-1": [
            user(UNKNOWN, t, "faq", 0.81), action("action_answer_faq", t + 1),
            bot("I don't know that one yet.", t + 1, "utter_faq_unknown"),
            user("is my cat covered", t + 2, "faq", 0.31), action("action_answer_faq", t + 3),
            bot("Pets are not jewelry.", t + 3),
        ],
        "faq-2": [
            user(UNKNOWN.upper().replace(" ", "  ") + "?", t, "nlu_fallback", 0.2),
            action("action_handle_unclear", t + 1),
            bot("Could you say it another way?", t + 1, "utter_please_rephrase"),
            user(XSS, t + 2, "nlu_fallback", 0.1), bot("Sorry?", t + 3, "utter_please_rephrase"),
        ],
        # Outside the period asked for.
        "old": [user("hello", LONG_AGO, "greet"), action(form, LONG_AGO + 1), loop(form, LONG_AGO + 1)],
    }  # fmt: skip


@pytest.fixture
async def trackers(tmp_path: Path) -> Path:
    """A tracker store written by Rasa's own SQLTrackerStore."""
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker

    path = tmp_path / "trackers.db"
    store = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(path))
    for sender, events in conversations().items():
        await store.save(DialogueStateTracker.from_events(sender, events))
    store.engine.dispose()
    return path


@pytest.fixture
async def insights_client(
    aiohttp_client: Callable[..., Awaitable[TestClient]],
    settings: WebSettings,
    clock: FakeClock,
    store: ClaimStore,
    trackers: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> TestClient:
    monkeypatch.setenv("TRACKER_DATABASE_URL", f"sqlite:///{trackers}")
    return await aiohttp_client(make_app(settings, clock=clock))


BEARER = {"Authorization": f"Bearer {STAFF_TOKEN}"}


async def test_the_figures_count_conversations_flows_claims_handoffs_and_unanswered_questions(
    insights_client: TestClient, store: ClaimStore, trackers: Path
) -> None:
    store.save_claim(draft())
    store.save_claim(draft(claim_type="lost", sender_id="left"))
    store.save_handoff("left", "claim_intake_form")
    modified = trackers.stat().st_mtime_ns
    response = await insights_client.get("/staff/api/insights", params={"days": "30"}, headers=BEARER)
    assert response.status == 200
    body = await response.json()
    assert body["days"] == 30 and len(body["conversations_per_day"]) == 30
    per_day = {row["date"]: row["conversations"] for row in body["conversations_per_day"]}
    today, yesterday = NOW.date().isoformat(), (NOW - timedelta(days=1)).date().isoformat()
    assert per_day[today] == 4 and per_day[yesterday] == 1 and body["conversations"] == 4
    assert body["flows"] == [
        {
            "flow": "claim_intake_form",
            "started": 2,
            "completed": 1,
            "left": 1,
            "completion_rate": 0.5,
            "drop_off_step": "claimant_email",
            "drop_off_count": 1,
            "left_at": {"claimant_email": 1},
        }
    ]
    claims_today = next(row for row in body["claims_per_day"] if row["date"] == today)
    assert claims_today == {"date": today, "total": 2, "by_type": {"lost": 1, "theft": 1}}
    assert body["handoffs"]["total"] == 1 and body["handoffs"]["by_flow"] == {"claim_intake_form": 1}
    assert body["handoffs"]["by_status"] == {"waiting": 1, "taken": 0, "resolved": 0}
    unanswered = {u["question"]: u for u in body["unanswered"]}
    question = "Do you cover watches bought abroad? I paid [number], mail me at [email]"
    assert unanswered[question]["count"] == 2
    assert unanswered[question]["could_not_answer"] == 2 and unanswered[question]["low_confidence"] == 1
    assert unanswered["is my cat covered"] == {
        "question": "is my cat covered",
        "count": 1,
        "could_not_answer": 0,
        "low_confidence": 1,
        "last_seen": datetime.fromtimestamp(TODAY + 2, timezone.utc).isoformat(),
    }
    assert body["unanswered"][0]["question"] == question  # the most asked first
    # Nothing personal comes out: no address, no amount, and Rasa's file is untouched.
    assert "bo@example.org" not in await response.text() and "4,500" not in await response.text()
    assert trackers.stat().st_mtime_ns == modified


async def test_the_page_draws_the_charts_as_svg_images_under_the_no_script_policy(
    insights_client: TestClient,
) -> None:
    await login(insights_client)
    response = await insights_client.get("/staff/insights", params={"days": "7"})
    assert response.status == 200 and response.headers["Content-Security-Policy"] == STAFF_CSP
    page = await response.text()
    assert "<h1>How the assistant is doing</h1>" in page and 'aria-current="page">How the assistant' in page
    assert '<option value="7" selected>' in page and "<script" not in page
    # An unanswered message, escaped (and its number replaced).
    assert html.escape(XSS.replace("1", "[number]")) in page and "<img src=x" not in page
    charts = re.findall(r'<img class="chart" src="([^"]+)"', page)
    assert charts == [
        f"/staff/insights/{name}.svg?days=7" for name in ("conversations", "flows", "claims", "handoffs")
    ]
    for src in charts:
        image = await insights_client.get(src.replace("&amp;", "&"))
        assert image.status == 200 and image.content_type == "image/svg+xml", src
        svg = await image.text()
        assert svg.lstrip().startswith("<?xml") and "<svg" in svg and "<script" not in svg, src
    flows = await (await insights_client.get("/staff/insights/flows.svg?days=7")).text()
    assert "claim intake" in flows  # the flow's name is drawn as text
    assert "claim intake" in page and "claimant email (1)" in page


async def test_insights_need_a_session_or_the_token_and_a_sensible_period(
    insights_client: TestClient,
) -> None:
    for path in ("/staff/insights", "/staff/insights/flows.svg", "/staff/api/insights"):
        response = await insights_client.get(path)
        assert response.status == 401, path
        assert "claim intake" not in await response.text()
    wrong = {"Authorization": "Bearer not-the-token-at-all-0000"}
    assert (await insights_client.get("/staff/api/insights", headers=wrong)).status == 401
    for days in ("0", "-3", "abc", "367", "1e3"):
        bad = await insights_client.get("/staff/api/insights", params={"days": days}, headers=BEARER)
        assert bad.status == 400, days
        problem = await bad.json()
        assert "1 to 366" in problem["error"] and problem["example"] == "/staff/api/insights?days=30"
    page = await insights_client.get("/staff/insights", params={"days": "abc"}, headers=BEARER)
    assert page.status == 400 and "Days must be a whole number" in await page.text()
    image = await insights_client.get("/staff/insights/flows.svg", params={"days": "0"}, headers=BEARER)
    assert image.status == 400 and "Days must be a whole number" in await image.text()
    missing = await insights_client.get("/staff/insights/pie.svg", headers=BEARER)
    assert missing.status == 404


async def test_without_a_tracker_store_the_page_says_so_and_still_counts_claims(
    aiohttp_client: Callable[..., Awaitable[TestClient]],
    settings: WebSettings,
    store: ClaimStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    absent = tmp_path / "nowhere" / "trackers.db"
    monkeypatch.setenv("TRACKER_DATABASE_URL", f"sqlite:///{absent}")
    client = await aiohttp_client(make_app(settings))
    store.save_claim(draft())
    body = await (await client.get("/staff/api/insights", headers=BEARER)).json()
    assert body["conversation_store_problem"].startswith("no conversation store")
    assert body["claims"] == 1 and body["flows"] == [] and body["conversations"] == 0
    page = await (await client.get("/staff/insights", headers=BEARER)).text()
    assert "Conversations not counted: no conversation store" in page
    assert not absent.exists()  # reading never creates Rasa's file


def test_questions_lose_addresses_phones_references_and_numbers() -> None:
    said = (
        "I'm Bo, +64 21 555 0199 or bo.tan@mail.example, claim JC-AB23CD, ring worth 12k, see www.x.example/a"
    )
    assert redact_question(said) == (
        "I'm Bo, [phone] or [email], claim [reference], ring worth [number], see [link]"
    )
    assert len(redact_question("why " * 100)) <= 160


def test_the_tracker_store_is_found_as_the_stack_configures_it(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TRACKER_DATABASE_URL", "POSTGRES_DB", "POSTGRES_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TRACKER_DB", "/srv/var/trackers.db")
    assert tracker_database_url() == "sqlite:////srv/var/trackers.db"
    monkeypatch.setenv("POSTGRES_DB", "advisor")
    monkeypatch.setenv("POSTGRES_USER", "postgres")
    monkeypatch.setenv("POSTGRES_PASSWORD", "p@ss word")
    monkeypatch.setenv("POSTGRES_HOST", "127.0.0.1")
    monkeypatch.setenv("POSTGRES_PORT", "5432")
    assert tracker_database_url() == "postgresql://postgres:p%40ss%20word@127.0.0.1:5432/advisor"
    monkeypatch.setenv("TRACKER_DATABASE_URL", "postgresql://elsewhere/trackers")
    assert tracker_database_url() == "postgresql://elsewhere/trackers"
    assert os.environ["TRACKER_DB"] == "/srv/var/trackers.db"


@pytest.mark.postgres
async def test_in_the_scaled_form_the_figures_come_from_the_postgresql_tracker_store(
    store: ClaimStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scaled stack's settings (POSTGRES_*, as scripts/scaled.py passes them to every
    process) lead the web app to Rasa's PostgreSQL tracker store."""
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker
    from sqlalchemy import create_engine, text

    admin_url = os.environ.get("POSTGRES_ADMIN_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres")
    name = f"trackers_test_{uuid.uuid4().hex[:10]}"
    try:
        admin = create_engine(admin_url, future=True, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as error:
        reason = f"PostgreSQL not reachable at {admin_url}: {type(error).__name__}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        rasa_store = SQLTrackerStore(
            Domain.empty(), dialect="postgresql", host="127.0.0.1", port=5432, username="postgres", db=name
        )
        for sender, events in conversations().items():
            await rasa_store.save(DialogueStateTracker.from_events(sender, events))
        rasa_store.engine.dispose()
        monkeypatch.delenv("TRACKER_DATABASE_URL", raising=False)
        for key, value in {
            "POSTGRES_HOST": "127.0.0.1",
            "POSTGRES_PORT": "5432",
            "POSTGRES_USER": "postgres",
            "POSTGRES_PASSWORD": "",
            "POSTGRES_DB": name,
        }.items():
            monkeypatch.setenv(key, value)
        trackers = tracker_engine(tracker_database_url())
        assert trackers is not None and trackers.dialect.name == "postgresql"
        report = insights(store.engine, trackers, 30)
        trackers.dispose()
        assert report.problem is None and report.conversations == 4
        assert [(f["flow"], f["started"], f["completed"], f["drop_off_step"]) for f in report.flows] == [
            ("claim_intake_form", 2, 1, "claimant_email")
        ]
        assert report.unanswered[0]["count"] == 2
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
