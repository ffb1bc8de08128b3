"""How the assistant is doing, for the staff insights page and `GET /staff/api/insights`.

Read, not recorded: conversations and flows come from Rasa's own SQL tracker store (the
`events` table every Rasa server writes), claims and handoffs from the claims store. So
nothing new about anyone is kept for these figures; they are counted when asked for.
The only words shown are those of questions the assistant could not answer, with email
addresses, phone numbers, claim references and every other number replaced.

What counts:
- a conversation on a day: one that has at least one customer message that day;
- a flow started: a form activated (`active_loop` set to it); completed: the form ended
  itself (its own action deactivated it, all questions answered); otherwise it was left,
  at the question it was asking (`requested_slot`): handed to a person, restarted, a
  new flow, or the conversation simply stopped;
- unanswered: a customer message answered with "I don't know that one" (the FAQ), "please
  rephrase", "out of scope" or the default fallback; low confidence: a message whose
  intent the model gave less than LOW_CONFIDENCE (it was answered, perhaps wrongly).
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, create_engine, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from bot.claim_references import LOOSE_PATTERN
from bot.config import load_settings
from bot.store.models import Claim, Handoff, aware

# Responses that mean "I could not answer that" (domain/*.yml).
UNANSWERED_RESPONSES = frozenset(
    {
        "utter_faq_unknown",
        "utter_offer_person_for_question",
        "utter_please_rephrase",
        "utter_out_of_scope",
        "utter_default",
    }
)
UNANSWERED_ACTIONS = frozenset({"action_default_fallback"})
# Below this intent confidence an answer is counted as a guess (the FallbackClassifier in
# config.yml hands over below 0.45; between the two the assistant answered, unsure).
LOW_CONFIDENCE = float(os.environ.get("INSIGHTS_LOW_CONFIDENCE", "0.6"))
# Events read for one report at most: a shop's month is far below this; past it the
# report says it is partial rather than holding the web app for minutes.
MAX_EVENTS = 500_000
MAX_DAYS = 366
QUESTION_LENGTH = 160
ENDS = frozenset({"restart", "session_started"})

# Rasa's SQLTrackerStore table (rasa/core/tracker_store.py, SQLEvent), declared here only
# to read it; this app never creates or writes it.
_metadata = MetaData()
EVENTS = Table(
    "events",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255)),
    Column("type_name", String(255)),
    Column("timestamp", Float),
    Column("intent_name", String(255)),
    Column("action_name", String(255)),
    Column("data", Text),
)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"https?://\S+|www\.\S+", re.I)
_PHONE = re.compile(r"\+?\(?\d[\d ().-]{6,}\d")
_NUMBER = re.compile(r"[$€£]?\d+(?:[,.]\d+)*(?:\s?[kK]\b)?")
_SPACE = re.compile(r"\s+")


def redact_question(text: str) -> str:
    """A question as it may be shown to staff: no address, phone, reference or number."""
    text = _EMAIL.sub("[email]", text)
    text = _URL.sub("[link]", text)
    text = LOOSE_PATTERN.sub("[reference]", text)
    text = _PHONE.sub("[phone]", text)
    text = _NUMBER.sub("[number]", text)
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= QUESTION_LENGTH else text[: QUESTION_LENGTH - 1].rstrip() + "…"


def question_key(text: str) -> str:
    """Questions that differ only in case, spacing or end punctuation are one group."""
    return re.sub(r"[\s?!.,;:]+$", "", text.lower())


def tracker_database_url() -> str | None:
    """Where the Rasa servers keep conversations (see endpoints.yml and
    endpoints.scaled.yml): TRACKER_DATABASE_URL if set, else PostgreSQL from the
    POSTGRES_* settings of the scaled form, else the SQLite file TRACKER_DB."""
    explicit = os.environ.get("TRACKER_DATABASE_URL")
    if explicit:
        return explicit
    if os.environ.get("POSTGRES_DB"):
        user = quote(os.environ.get("POSTGRES_USER", "postgres"), safe="")
        password = os.environ.get("POSTGRES_PASSWORD", "")
        login = f"{user}:{quote(password, safe='')}" if password else user
        host = os.environ.get("POSTGRES_HOST", "127.0.0.1")
        port = os.environ.get("POSTGRES_PORT", "5432")
        return f"postgresql://{login}@{host}:{port}/{os.environ['POSTGRES_DB']}"
    path = os.environ.get("TRACKER_DB") or str(load_settings().data_dir / "trackers.db")
    return f"sqlite:///{path}"


def tracker_engine(url: str | None) -> Engine | None:
    """A read-only engine on the tracker store; None when there is none to read."""
    if not url:
        return None
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if not path.is_file():
            return None
        # Read-only: looking at the figures must never create or change Rasa's file.
        return create_engine(
            f"sqlite:///file:{path}?mode=ro&uri=true", future=True, connect_args={"check_same_thread": False}
        )
    return create_engine(url, future=True, pool_pre_ping=True, hide_parameters=True)


@dataclass
class FlowCount:
    started: int = 0
    completed: int = 0
    left_at: Counter[str] = field(default_factory=Counter)

    def as_json(self, flow: str) -> dict[str, Any]:
        left = self.started - self.completed
        step, times = self.left_at.most_common(1)[0] if self.left_at else (None, 0)
        return {
            "flow": flow,
            "started": self.started,
            "completed": self.completed,
            "left": left,
            "completion_rate": round(self.completed / self.started, 3) if self.started else None,
            "drop_off_step": step,
            "drop_off_count": times,
            "left_at": dict(self.left_at.most_common()),
        }


@dataclass
class Unanswered:
    text: str
    count: int = 0
    could_not_answer: int = 0
    low_confidence: int = 0
    last_seen: datetime | None = None


@dataclass
class ConversationFigures:
    """What the tracker store tells: conversations, flows, unanswered questions."""

    conversations_per_day: Counter[date] = field(default_factory=Counter)
    conversations: int = 0  # each counted once, however many days it spans
    flows: dict[str, FlowCount] = field(default_factory=lambda: defaultdict(FlowCount))
    unanswered: dict[str, Unanswered] = field(default_factory=dict)
    events_read: int = 0
    partial: bool = False
    problem: str | None = None


class Row:
    """One event; its JSON is parsed only when the walk needs it (most rows it does not:
    parsing every event was most of a report's time)."""

    __slots__ = ("_data", "action_name", "intent_name", "raw", "sender_id", "timestamp", "type_name")

    def __init__(
        self,
        sender_id: str,
        type_name: str,
        timestamp: float,
        intent_name: str | None,
        action_name: str | None,
        raw: str | dict[str, Any] | None,
    ) -> None:
        self.sender_id, self.type_name, self.timestamp = sender_id, type_name, timestamp
        self.intent_name, self.action_name = intent_name, action_name
        self.raw = raw if isinstance(raw, str) else None
        self._data = raw if isinstance(raw, dict) else None

    def mentions(self, *texts: str) -> bool:
        """Whether the event's JSON could hold one of `texts` (cheap, before parsing it)."""
        return self.raw is None or any(text in self.raw for text in texts)

    @property
    def data(self) -> dict[str, Any]:
        if self._data is None:
            self._data = _parse(self.raw)
        return self._data


def _day(timestamp: float) -> date:
    return datetime.fromtimestamp(timestamp, timezone.utc).date()


def _parse(raw: str | None) -> dict[str, Any]:
    try:
        value = json.loads(raw or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


class _Conversation:
    """Walks one conversation's events in order and adds what it finds to the figures."""

    def __init__(self, figures: ConversationFigures) -> None:
        self.figures = figures
        self.form: str | None = None
        self.step: str | None = None
        self.last_action: str | None = None
        self.days: set[date] = set()
        self.message: Row | None = None  # the customer's latest message
        self.reasons: set[str] = set()  # why it counts as unanswered, if it does

    def see(self, row: Row) -> None:
        kind = row.type_name
        if kind == "user":
            self.user(row)
        elif kind == "bot" and self.message is not None and row.mentions(*UNANSWERED_RESPONSES):
            utter = (row.data.get("metadata") or {}).get("utter_action")
            if utter in UNANSWERED_RESPONSES:
                self.unanswered("could_not_answer")
        elif kind == "action":
            self.last_action = row.action_name
            if row.action_name in UNANSWERED_ACTIONS:
                self.unanswered("could_not_answer")
        elif kind == "active_loop":
            self.loop(row.data.get("name"))
        elif (
            kind == "slot"
            and self.form
            and row.mentions("requested_slot")
            and row.data.get("name") == "requested_slot"
        ):
            value = row.data.get("value")
            if isinstance(value, str) and value:
                self.step = value
        elif kind in ENDS:
            self.leave()

    def user(self, row: Row) -> None:
        self.flush()
        self.days.add(_day(row.timestamp))
        text = row.data.get("text")
        # Button payloads ("/affirm") are not questions anyone typed.
        self.message = row if isinstance(text, str) and text and not text.startswith("/") else None
        intent = (row.data.get("parse_data") or {}).get("intent") or {}
        confidence = intent.get("confidence")
        if isinstance(confidence, int | float) and confidence < LOW_CONFIDENCE:
            self.unanswered("low_confidence")

    def unanswered(self, why: str) -> None:
        if self.message is not None:
            self.reasons.add(why)

    def flush(self) -> None:
        """Count the latest message once, with every reason it was not (well) answered."""
        message, reasons = self.message, self.reasons
        self.message, self.reasons = None, set()
        if message is None or not reasons:
            return
        text = redact_question(str(message.data.get("text")))
        key = question_key(text)
        if not key.strip("[] "):
            return  # nothing left once redacted
        entry = self.figures.unanswered.setdefault(key, Unanswered(text))
        entry.count += 1
        entry.could_not_answer += "could_not_answer" in reasons
        entry.low_confidence += "low_confidence" in reasons
        seen = datetime.fromtimestamp(message.timestamp, timezone.utc)
        entry.last_seen = max(entry.last_seen or seen, seen)

    def loop(self, name: Any) -> None:
        if isinstance(name, str) and name:
            if name == self.form:
                return
            self.leave()
            self.form, self.step = name, None
            self.figures.flows[name].started += 1
        elif self.form:
            flow = self.figures.flows[self.form]
            if self.last_action == self.form:  # the form ended itself: every answer given
                flow.completed += 1
                self.form, self.step = None, None
            else:
                self.leave()

    def leave(self) -> None:
        if self.form:
            self.figures.flows[self.form].left_at[self.step or "(first question)"] += 1
        self.form, self.step = None, None

    def end(self) -> None:
        self.flush()
        self.leave()
        for day in self.days:
            self.figures.conversations_per_day[day] += 1
        self.figures.conversations += bool(self.days)


def _rows(engine: Engine, since: float, limit: int) -> Iterator[Row]:
    query = (
        select(EVENTS)
        .where(EVENTS.c.timestamp >= since)
        .where(EVENTS.c.type_name.in_(("user", "bot", "action", "active_loop", "slot", *ENDS)))
        .order_by(EVENTS.c.sender_id, EVENTS.c.id)
        .limit(limit)
    )
    with engine.connect() as connection:
        for r in connection.execution_options(stream_results=True).execute(query):
            yield Row(r.sender_id, r.type_name, r.timestamp or 0.0, r.intent_name, r.action_name, r.data)


def conversation_figures(rows: Iterable[Row], limit: int = MAX_EVENTS) -> ConversationFigures:
    figures = ConversationFigures()
    sender: str | None = None
    walk = _Conversation(figures)
    for row in rows:
        figures.events_read += 1
        if row.sender_id != sender:
            walk.end()
            sender, walk = row.sender_id, _Conversation(figures)
        walk.see(row)
    walk.end()
    figures.partial = figures.events_read >= limit
    return figures


def read_conversations(
    engine: Engine | None, since: datetime, limit: int = MAX_EVENTS
) -> ConversationFigures:
    if engine is None:
        return ConversationFigures(
            problem="no conversation store to read (TRACKER_DB or TRACKER_DATABASE_URL)"
        )
    try:
        return conversation_figures(_rows(engine, since.timestamp(), limit), limit)
    except SQLAlchemyError as error:
        # The class only: a database error can quote what a customer wrote.
        return ConversationFigures(
            problem=f"the conversation store could not be read ({type(error).__name__})"
        )


@dataclass(frozen=True)
class Insights:
    days: int
    since: date
    until: date
    conversations_per_day: dict[date, int]
    conversations: int
    flows: list[dict[str, Any]]
    claims_per_day: dict[date, dict[str, int]]
    handoffs: dict[str, Any]
    unanswered: list[dict[str, Any]]
    problem: str | None
    partial: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "days": self.days,
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "conversations_per_day": [
                {"date": d.isoformat(), "conversations": n} for d, n in self.conversations_per_day.items()
            ],
            "conversations": self.conversations,
            "flows": self.flows,
            "claims_per_day": [
                {"date": d.isoformat(), "total": sum(by_type.values()), "by_type": by_type}
                for d, by_type in self.claims_per_day.items()
            ],
            "claims": sum(sum(t.values()) for t in self.claims_per_day.values()),
            "handoffs": self.handoffs,
            "unanswered": self.unanswered,
            "conversation_store_problem": self.problem,
            "partial": self.partial,
        }


def claims_per_day(claims_engine: Engine, since: datetime) -> Counter[tuple[date, str]]:
    counts: Counter[tuple[date, str]] = Counter()
    with Session(claims_engine) as session:
        for created, claim_type in session.execute(
            select(Claim.created_at, Claim.claim_type).where(Claim.created_at >= since)
        ):
            counts[(aware(created).astimezone(timezone.utc).date(), claim_type)] += 1
    return counts


def handoff_figures(claims_engine: Engine, since: datetime, days: list[date]) -> dict[str, Any]:
    per_day: Counter[date] = Counter()
    by_flow: Counter[str] = Counter()
    by_status: Counter[str] = Counter()
    with Session(claims_engine) as session:
        for created, flow, status in session.execute(
            select(Handoff.created_at, Handoff.flow, Handoff.status).where(Handoff.created_at >= since)
        ):
            per_day[aware(created).astimezone(timezone.utc).date()] += 1
            by_flow[flow or "general chat"] += 1
            by_status[status] += 1
    return {
        "total": sum(per_day.values()),
        "per_day": [{"date": d.isoformat(), "handoffs": per_day.get(d, 0)} for d in days],
        "by_flow": dict(by_flow.most_common()),
        "by_status": {s: by_status.get(s, 0) for s in ("waiting", "taken", "resolved")},
    }


def insights(
    claims_engine: Engine, trackers: Engine | None, days: int, now: datetime | None = None
) -> Insights:
    """The figures of the last `days` days (today included), in UTC days."""
    now = now or datetime.now(timezone.utc)
    until = now.date()
    first = until - timedelta(days=days - 1)
    since = datetime.combine(first, datetime.min.time(), timezone.utc)
    calendar = [first + timedelta(days=n) for n in range(days)]
    talk = read_conversations(trackers, since)
    claims = claims_per_day(claims_engine, since)
    types = sorted({t for _, t in claims})
    unanswered = sorted(talk.unanswered.values(), key=lambda u: (-u.count, u.text))
    return Insights(
        days=days,
        since=first,
        until=until,
        conversations_per_day={d: talk.conversations_per_day.get(d, 0) for d in calendar},
        conversations=talk.conversations,
        flows=[talk.flows[name].as_json(name) for name in sorted(talk.flows)],
        claims_per_day={d: {t: claims.get((d, t), 0) for t in types} for d in calendar},
        handoffs=handoff_figures(claims_engine, since, calendar),
        unanswered=[
            {
                "question": u.text,
                "count": u.count,
                "could_not_answer": u.could_not_answer,
                "low_confidence": u.low_confidence,
                "last_seen": u.last_seen.isoformat() if u.last_seen else None,
            }
            for u in unanswered[:100]
        ],
        problem=talk.problem,
        partial=talk.partial,
    )


__all__ = [
    "LOW_CONFIDENCE",
    "MAX_DAYS",
    "Insights",
    "conversation_figures",
    "insights",
    "read_conversations",
    "redact_question",
    "tracker_database_url",
    "tracker_engine",
]
