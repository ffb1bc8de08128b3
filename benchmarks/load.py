"""Benchmark: concurrent users against the running stack, compared with a stock Rasa bot.

    .venv/bin/python -m benchmarks.load                    # make load; both forms + the starter bot
    .venv/bin/python -m benchmarks.load --forms single --seconds 10
    .venv/bin/python -m benchmarks.load --rounds 6 --users 10 50   # interleaved (below)

For N = 1, 10 and 50 simulated users (each one conversation after another, no think
time) over the REST channel, it reports turns/s, p50/p95/p99 latency and errors, on:
- `single`: the default stack (SQLite trackers, one Rasa process, one action worker);
- `scaled`: STACK=scaled (scripts/scaled.py; skipped when PostgreSQL/Redis are missing);
- `starter`: the bot `rasa init` makes, trained once into var/load-starter (kept for
  later runs), with its own greet/mood conversations, so the numbers mean something on
  a noisy machine. All the forms run at once and take turns at each user count (1, 10,
  50 users), so a change in the machine's other load falls on all of them alike.
Also the CPU time a turn of every process of a form, of PostgreSQL and Redis, and of
this load generator itself (`load_client`: it runs on the same cores), the time from
start to ready and the peak memory (VmHWM) of every process, the load average before
and after (other work on the machine skews every number), and a burst: BURST_MESSAGES
messages sent at once (10 ms apart) to one conversation, on each form of the assistant.

Two protocols. Without --rounds, each form is measured once per user count for
--seconds (20), one form after the other, every turn counted. This machine's per-core
speed drifts by a third from minute to minute, so one such run decides a ratio of two
forms little. With --rounds N, at each user count the forms are measured N times in
rounds, each form for a window of --seconds (8) after --warmup seconds (2) of the same
load, counting only the turns that finish inside the window (steady state: no start or
drain); the order rotates every round (A B C, B C A, C A B: use a multiple of the number
of forms), and every ratio is taken within a round, between windows seconds apart, so
the drift falls on both sides of it. The report gives each round's ratios and, as the
run's answer, their median (with the lowest and highest); the pooled levels (all the
rounds' turns) are in `results` as before. See docs/performance.md, "Session 8".

Targets (issue 17), all from this one run: at 10 users the single form at least 1.0x the
starter bot's turns/s and at most 1.0x its p95; the scaled form at least 1.5x the single
form's turns/s; no errors at 50 users; the burst handled without 20 s waits: every
message answered and stored once, never 20 s without a reply (messages in flight at once
on separate connections have no order in HTTP; how far the tracker is from the order
they were started in is reported as `moved`, see tests/e2e/test_burst.py).
Results go to var/reports/load.json (--out). Measured, not asserted: the exit code is 0.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import contextlib
import itertools
import json
import os
import platform
import shutil
import statistics
import subprocess
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import aiohttp

from benchmarks.advisor_latency import CONVERSATIONS as ADVISOR_CONVERSATIONS
from benchmarks.advisor_latency import percentile
from scripts.paths import REPO, base_env, rasa_command
from scripts.stack import Stack, free_port, wait_until_ready
from scripts.train import train, training_lock

CLAIM_CONVERSATION = [
    "my $4,200 diamond ring was stolen yesterday",
    "someone broke into the house while we were at work",
    "no",
    "the police report number is 2611-7781",
    "the receipt and a valuation",
    "Ana Ruiz",
    "ana.ruiz@example.com",
    "+64 21 555 0199",
    "yes",
]
FAQ_CONVERSATION = [
    "hi",
    "what is a blanket endorsement?",
    "does homeowners insurance cover a ring I lost?",
    "what is mysterious disappearance?",
    "thanks",
]
# A mix like the site's traffic: guides, claims and questions, in turn.
ADVISOR_MIX = [ADVISOR_CONVERSATIONS[0], CLAIM_CONVERSATION, FAQ_CONVERSATION, *ADVISOR_CONVERSATIONS[1:]]
STARTER_MIX = [
    ["hi", "I'm great", "bye"],
    ["hello", "I am very sad", "yes"],
    ["hey there", "not good at all", "no"],
    ["good morning", "are you a bot?", "amazing", "goodbye"],
]
USER_COUNTS = (1, 10, 50)
WARMUP_TURNS = 10
BURST_MESSAGES = 100
BURST_TEXTS = ["hi", "what is a sublimit?", "what is a blanket endorsement?", "thanks", "what is scheduling?"]
SLOW_TURN_S = 20.0
# Interleaved runs (--rounds): each form's window a round, after this much of the same load.
ROUND_SECONDS = 8.0
DEFAULT_WARMUP_S = 2.0
# measure_steady's users go on this long after the window's end, so the cores stay as busy
# to its last moment as during it.
TAIL_S = 0.5
# A round is "quiet" when in each of its windows other work took at most this share of
# the machine (0.1: a fifth of one of two cores); the medians of the quiet rounds are
# reported beside those of all rounds.
QUIET_OTHERS = 0.1


@dataclass(frozen=True)
class Level:
    users: int
    seconds: float
    turns: int
    errors: int
    empty_replies: int
    turns_per_s: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    # CPU time each process of the form (with its children) used per turn, and PostgreSQL's
    # and Redis's (all of the machine's: other work on them counts too); the share of the
    # machine's cores busy meanwhile. Less noisy than turns/s on a shared machine.
    cpu_ms_per_turn: dict[str, float] = field(default_factory=dict)
    machine_busy: float = 0.0
    # The share of the machine's CPU that something else used meanwhile: busy, less this
    # form's processes, PostgreSQL, Redis and the load generator (another session's tests).
    others_busy: float = 0.0


@dataclass(frozen=True)
class Burst:
    messages: int
    errors: int
    seconds: float  # from the first send to the last reply
    slowest_turn_s: float  # the last in the queue waits for all the others: ~ seconds
    longest_stall_s: float  # the longest time without any reply: a stuck lock shows here
    all_stored_once: bool  # the tracker holds every message, each once
    in_send_order: bool  # ... and in the order the client started sending them
    moved: int  # messages out of send order: the fewest to move to restore it


@dataclass(frozen=True)
class FormResult:
    form: str
    ready_s: dict[str, float]
    peak_rss_mb: dict[str, float]
    levels: tuple[Level, ...]
    burst: Burst | None = None


# One finished turn of a simulated user: when it finished (time.monotonic), its latency in
# ms (None when the request failed before a reply) and what went wrong (None: a reply).
Turn = tuple[float, float | None, str | None]
REQUEST_TIMEOUT_S = 120.0
CLIENTS = ("raw", "aiohttp")


class Poster:
    """How a simulated user sends a turn: POST a JSON body to the form's webhook, get back
    the status and the body. `post` raises OSError, asyncio.IncompleteReadError,
    asyncio.TimeoutError or aiohttp.ClientError when no reply came."""

    async def post(self, body: bytes) -> tuple[int, bytes]:
        raise NotImplementedError

    async def close(self) -> None:
        return None


class KeptConnection(Poster):
    """One kept-alive HTTP/1.1 connection on asyncio streams, for one simulated user.

    The load generator runs on the same two cores as the forms it measures; aiohttp's
    request machinery (URL, headers, cookie jar, tracing, its response object) cost it
    more CPU a turn than this (see docs/performance.md, Session 8), and that CPU is taken
    from the form measured, most from the form that keeps both cores busy. This writes
    one prepared request head and reads the reply by its Content-Length (or chunks, or
    until the server closes), which is all the REST channel needs."""

    def __init__(self, url: str, timeout: float = REQUEST_TIMEOUT_S) -> None:
        parts = urlsplit(url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80
        self.timeout = timeout
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        self.head = (
            f"POST {target} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
            "Content-Type: application/json\r\nContent-Length: "
        ).encode()
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, body: bytes) -> tuple[int, bytes]:
        if self.writer is None or self.reader is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        reader, writer = self.reader, self.writer
        timed_out = False

        def give_up() -> None:
            nonlocal timed_out
            timed_out = True
            writer.transport.abort()

        timer = asyncio.get_running_loop().call_later(self.timeout, give_up)
        try:
            writer.write(b"%s%d\r\n\r\n%s" % (self.head, len(body), body))
            status, length, chunked, close = parse_response_head(await reader.readuntil(b"\r\n\r\n"))
            if length is not None:
                reply = await reader.readexactly(length)
            elif chunked:
                reply = await read_chunked(reader)
            else:
                reply, close = await reader.read(), True
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as error:
            await self.close()
            if timed_out:
                raise asyncio.TimeoutError from error
            raise
        finally:
            timer.cancel()
        if close:
            await self.close()
        return status, reply

    async def close(self) -> None:
        writer, self.reader, self.writer = self.writer, None, None
        if writer is not None:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()


def parse_response_head(head: bytes) -> tuple[int, int | None, bool, bool]:
    """Status, Content-Length (None when absent), whether the body is chunked, and whether
    the server closes the connection after it, from an HTTP/1.x response head."""
    lines = head.rstrip(b"\r\n").split(b"\r\n")
    version, status, _ = (lines[0] + b" ").split(b" ", 2)
    if not version.startswith(b"HTTP/1."):
        raise ValueError(f"not an HTTP/1.x response: {lines[0][:40]!r}")
    length: int | None = None
    chunked = False
    close = version == b"HTTP/1.0"
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        name, value = name.strip().lower(), value.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding":
            chunked = b"chunked" in value
        elif name == b"connection":
            close = b"close" in value or (close and b"keep-alive" not in value)
    if chunked:
        length = None  # RFC 9112: Transfer-Encoding wins over Content-Length
    return int(status), length, chunked, close


async def read_chunked(reader: asyncio.StreamReader) -> bytes:
    parts: list[bytes] = []
    while True:
        size = int((await reader.readuntil(b"\r\n")).split(b";")[0].strip(), 16)
        if size == 0:
            while await reader.readuntil(b"\r\n") != b"\r\n":  # trailers, if any
                pass
            return b"".join(parts)
        parts.append(await reader.readexactly(size))
        await reader.readexactly(2)


class AiohttpPoster(Poster):
    """The load generator before session 8: aiohttp's client (one session, kept-alive
    connections), kept to compare the two (`--client aiohttp`)."""

    def __init__(self, session: aiohttp.ClientSession, url: str) -> None:
        self.session = session
        self.url = url

    async def post(self, body: bytes) -> tuple[int, bytes]:
        async with self.session.post(
            self.url, data=body, headers={"Content-Type": "application/json"}
        ) as response:
            return response.status, await response.read()


def reply_failure(status: int, reply: bytes) -> str | None:
    """What is wrong with a reply to a turn: None when it is a non-empty list of
    messages (the REST channel's answer)."""
    if status != 200:
        return f"HTTP {status}"
    try:
        messages = json.loads(reply)
    except ValueError:
        return "bad body"
    return None if messages else "empty"


async def user(poster: Poster, mix: list[list[str]], first: int, deadline: float, turns: list[Turn]) -> None:
    """One simulated user: conversations from the mix, back to back, until the deadline."""
    n = first
    while time.monotonic() < deadline:
        sender = f"load-{uuid.uuid4().hex[:12]}"
        for text in mix[n % len(mix)]:
            if time.monotonic() >= deadline:
                return
            body = json.dumps({"sender": sender, "message": text}).encode()
            started = time.perf_counter()
            try:
                status, reply = await poster.post(body)
            except (
                OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, aiohttp.ClientError, ValueError
            ) as error:  # fmt: skip
                turns.append((time.monotonic(), None, type(error).__name__))
                continue
            latency = (time.perf_counter() - started) * 1000
            turns.append((time.monotonic(), latency, reply_failure(status, reply)))
        n += 1


async def measure_burst(url: str, token: str) -> Burst:
    """BURST_MESSAGES messages to one conversation, each sent 10 ms after the one before
    (numbered, so the tracker shows their order), all in flight together."""
    sender = f"burst-{uuid.uuid4().hex[:12]}"
    texts = [f"{BURST_TEXTS[i % len(BURST_TEXTS)]} ({i})" for i in range(BURST_MESSAGES)]
    durations: list[float] = []
    replied_at: list[float] = []
    errors: list[str] = []
    timeout = aiohttp.ClientTimeout(total=600)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0), timeout=timeout) as session:

        async def send(i: int) -> None:
            await asyncio.sleep(0.01 * i)
            started = time.perf_counter()
            try:
                async with session.post(
                    f"{url}/webhooks/rest/webhook",
                    params={"token": token},
                    json={"sender": sender, "message": texts[i]},
                ) as response:
                    await response.read()
                    if response.status != 200:
                        errors.append(f"HTTP {response.status}")
            except (aiohttp.ClientError, asyncio.TimeoutError) as error:
                errors.append(type(error).__name__)
            durations.append(time.perf_counter() - started)
            replied_at.append(time.perf_counter())

        started = time.perf_counter()
        await asyncio.gather(*(send(i) for i in range(BURST_MESSAGES)))
        seconds = time.perf_counter() - started
        async with session.get(f"{url}/conversations/{sender}/tracker", params={"token": token}) as response:
            events = (await response.json())["events"]
    said = [e["text"] for e in events if e["event"] == "user"]
    replies = [started, *sorted(replied_at)]
    # The slowest message waited for all the ones before it: what a person sending one
    # message after another never does; a turn held 20 s by the lock would show here.
    return Burst(
        messages=BURST_MESSAGES,
        errors=len(errors),
        seconds=round(seconds, 1),
        slowest_turn_s=round(max(durations), 1),
        longest_stall_s=round(max(b - a for a, b in itertools.pairwise(replies)), 1),
        all_stored_once=Counter(said) == Counter(texts),
        in_send_order=said == texts,
        moved=len(said) - longest_increasing_run([texts.index(t) for t in said if t in texts]),
    )


def longest_increasing_run(values: list[int]) -> int:
    """Length of the longest increasing subsequence (patience sorting)."""
    piles: list[int] = []
    for value in values:
        at = bisect.bisect_left(piles, value)
        piles[at : at + 1] = [value]
    return len(piles)


def load_average() -> tuple[float, float, float]:
    one, five, fifteen = os.getloadavg()
    return round(one, 2), round(five, 2), round(fifteen, 2)


def process_tree(pid: int) -> list[int]:
    pids = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            for child in (task / "children").read_text().split():
                pids += process_tree(int(child))
    return pids


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory (VmHWM) of a process and its children (Sanic workers)."""
    total_kb = 0
    for each in process_tree(pid):
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{each}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total_kb += int(line.split()[1])
    return round(total_kb / 1024, 1)


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
SHARED_SERVICES = {"postgres": "postgres", "redis": "redis-server"}


def cpu_seconds(pids: list[int]) -> float:
    """User and system CPU time of these processes so far."""
    ticks = 0
    for pid in pids:
        with contextlib.suppress(OSError, ValueError, IndexError):
            # After the command name in parentheses: utime and stime are fields 14 and 15.
            fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
            ticks += int(fields[11]) + int(fields[12])
    return ticks / CLOCK_TICKS


def service_pids(command: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if (entry / "comm").read_text().strip() == command:
                    found.append(int(entry.name))
    return found


def cpu_snapshot(stack: Stack) -> dict[str, float]:
    """CPU seconds used so far by each process of the stack (its children included), by
    the machine's PostgreSQL and Redis, by this load generator (`load_client`: it runs
    on the same cores as the forms it measures), and by the whole machine (`busy`, `all`)."""
    snapshot = {name: cpu_seconds(process_tree(process.pid)) for name, process in stack.processes.items()}
    for name, command in SHARED_SERVICES.items():
        # Each process on its own (`postgres/1234`): PostgreSQL's backends come and go,
        # and a sum would drop the CPU of one that ended meanwhile (cpu_used).
        for pid in service_pids(command):
            snapshot[f"{name}/{pid}"] = cpu_seconds([pid])
    snapshot["load_client"] = time.process_time()
    times = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = times[3] + times[4]  # idle and iowait
    snapshot["busy"] = (sum(times) - idle) / CLOCK_TICKS
    snapshot["all"] = sum(times) / CLOCK_TICKS
    return snapshot


def memory_of(stack: Stack) -> dict[str, float]:
    return {name: peak_rss_mb(process.pid) for name, process in stack.processes.items()}


@dataclass
class Running:
    """One form of the stack, started, with its conversations."""

    form: str
    stack: Stack
    mix: list[list[str]]
    burst: bool
    ready_s: dict[str, float]

    @property
    def webhook(self) -> str:
        # Made-up senders, let in by the API token (the starter bot's stock channel ignores it).
        return f"{self.stack.rasa_url}/webhooks/rest/webhook?token={quote(self.stack.token)}"


def start_form(stack: Stack, form: str, mix: list[list[str]], burst: bool = True) -> Running:
    print(f"{form}: starting", flush=True)
    started = time.monotonic()
    stack.start()
    ready = {k: round(v, 1) for k, v in stack.ready_seconds.items()}
    ready["total"] = round(time.monotonic() - started, 1)
    return Running(form, stack, mix, burst, ready)


@dataclass
class Window:
    """The raw record of one measured stretch of one form: what `Level` summarizes, kept so
    that the windows of several rounds can be pooled."""

    users: int
    seconds: float
    latencies: list[float]
    failures: list[str]
    # CPU seconds used meanwhile by each process of the form, PostgreSQL, Redis, the load
    # generator itself (`load_client`), and the machine (`busy`, `all`): cpu_snapshot().
    cpu: dict[str, float] = field(default_factory=dict)


def summarize(windows: list[Window]) -> Level:
    """One Level from one window or several of one form at one user count (the rounds of
    an interleaved run): turns and CPU summed, latencies pooled."""
    seconds = sum(w.seconds for w in windows)
    latencies = [ms for w in windows for ms in w.latencies]
    failures = [f for w in windows for f in w.failures]
    cpu: dict[str, float] = {}
    for window in windows:
        for name, used in window.cpu.items():
            cpu[name] = cpu.get(name, 0.0) + used
    turns = len(latencies)
    accounted = sum(used for name, used in cpu.items() if name not in ("busy", "all"))
    per_turn = {
        name: round(1000 * used / max(turns, 1), 2)
        for name, used in cpu.items()
        if name not in ("busy", "all")
    }
    ms = latencies or [0.0]
    return Level(
        users=windows[0].users,
        seconds=round(seconds, 1),
        turns=turns,
        errors=sum(1 for f in failures if f != "empty"),
        empty_replies=failures.count("empty"),
        turns_per_s=round(turns / seconds, 1) if seconds > 0 else 0.0,
        p50_ms=round(statistics.median(ms), 1),
        p95_ms=round(percentile(ms, 0.95), 1),
        p99_ms=round(percentile(ms, 0.99), 1),
        cpu_ms_per_turn=per_turn,
        machine_busy=round(cpu["busy"] / cpu["all"], 2) if cpu.get("all") else 0.0,
        others_busy=round(max(0.0, cpu["busy"] - accounted) / cpu["all"], 2) if cpu.get("all") else 0.0,
    )


def cpu_used(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    """CPU seconds used between two cpu_snapshot()s, by name. A shared service's processes
    are counted one by one: one started meanwhile with all its time, one ended meanwhile
    not at all (its last moments are lost, never subtracted)."""
    used: dict[str, float] = {}
    for key, seconds in after.items():
        name = key.partition("/")[0]
        used[name] = used.get(name, 0.0) + seconds - before.get(key, 0.0)
    for name in SHARED_SERVICES:
        used.setdefault(name, 0.0)
    return used


@contextlib.asynccontextmanager
async def posters(url: str, users: int, client: str) -> AsyncIterator[list[Poster]]:
    """One Poster a simulated user: its own kept connection (`raw`), or aiohttp's session
    shared by all of them, as before session 8 (`aiohttp`)."""
    if client == "aiohttp":
        connector = aiohttp.TCPConnector(limit=0)
        timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S)
        async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
            yield [AiohttpPoster(session, url) for _ in range(users)]
        return
    each: list[Poster] = [KeptConnection(url) for _ in range(users)]
    try:
        yield each
    finally:
        await asyncio.gather(*(poster.close() for poster in each))


async def measure_level(
    url: str, mix: list[list[str]], users: int, seconds: float, client: str = "raw"
) -> Window:
    """Users start together and send turns until `seconds` have passed; every turn counts,
    the ones still in flight at the deadline too (the elapsed time waits for them). The
    protocol of one window a form (`benchmarks.load` without --rounds)."""
    turns: list[Turn] = []
    async with posters(url, users, client) as each:
        started = time.monotonic()
        deadline = started + seconds
        await asyncio.gather(*(user(poster, mix, i, deadline, turns) for i, poster in enumerate(each)))
        elapsed = time.monotonic() - started
    return Window(
        users=users,
        seconds=elapsed,
        latencies=[ms for _, ms, _ in turns if ms is not None],
        failures=[failure for _, _, failure in turns if failure],
    )


async def measure_steady(
    running: Running, users: int, warmup: float, seconds: float, client: str = "raw"
) -> Window:
    """Users run for `warmup` + `seconds` without a break; only the turns that finish in
    the last `seconds` count, and the CPU used in them: the form's steady state, without
    the start (users arriving at once) or the end (the last turns draining, cores idle).
    The protocol of the interleaved rounds (`--rounds`)."""
    turns: list[Turn] = []
    marks: list[tuple[float, dict[str, float]]] = []

    async def mark_window() -> None:
        await asyncio.sleep(warmup)
        marks.append((time.monotonic(), cpu_snapshot(running.stack)))
        await asyncio.sleep(seconds)
        marks.append((time.monotonic(), cpu_snapshot(running.stack)))

    async with posters(running.webhook, users, client) as each:
        deadline = time.monotonic() + warmup + seconds + TAIL_S
        await asyncio.gather(
            mark_window(),
            *(user(poster, running.mix, i, deadline, turns) for i, poster in enumerate(each)),
        )
    (start, before), (end, after) = marks
    counted = [turn for turn in turns if start <= turn[0] < end]
    return Window(
        users=users,
        seconds=end - start,
        latencies=[ms for _, ms, _ in counted if ms is not None],
        failures=[failure for _, _, failure in counted if failure],
        cpu=cpu_used(before, after),
    )


async def measure_side_by_side(
    forms: list[Running], seconds: float, user_counts: tuple[int, ...] = USER_COUNTS, client: str = "raw"
) -> dict[str, list[Level]]:
    """Every form at 1 user, then every form at 10, then at 50: the forms take turns, so
    a change in the machine's other load falls on all of them alike (one window each)."""
    levels: dict[str, list[Level]] = {running.form: [] for running in forms}
    for running in forms:
        await measure_level(running.webhook, running.mix, 1, 0.1, client)  # the first turns load lazily
    for users in user_counts:
        for running in forms:
            await measure_level(running.webhook, running.mix, min(users, WARMUP_TURNS), 2, client)
            before = cpu_snapshot(running.stack)
            window = await measure_level(running.webhook, running.mix, users, seconds, client)
            window.cpu = cpu_used(before, cpu_snapshot(running.stack))
            levels[running.form].append(summarize([window]))
            print(f"  {running.form:<8} {users:>3} users: {levels[running.form][-1]}", flush=True)
    return levels


@dataclass(frozen=True)
class Round:
    """One round of an interleaved run: every form measured once at one user count, one
    after the other in `order`, and the ratios between them."""

    users: int
    index: int
    order: tuple[str, ...]
    levels: dict[str, Level]
    ratios: dict[str, float]


def rotated(forms: list[Running], index: int) -> list[Running]:
    """The order of round `index`: each form goes first in turn (A B C, B C A, C A B), so
    over a number of rounds that is a multiple of the forms' number every form has been
    measured in every place equally often."""
    shift = index % len(forms)
    return forms[shift:] + forms[:shift]


async def measure_interleaved(
    forms: list[Running],
    seconds: float,
    user_counts: tuple[int, ...] = USER_COUNTS,
    rounds: int = 6,
    warmup: float = DEFAULT_WARMUP_S,
    client: str = "raw",
) -> tuple[dict[str, list[Level]], list[Round]]:
    """At each user count, `rounds` rounds; in each, every form in the round's order for a
    window of `seconds` after `warmup` seconds of the same load (measure_steady). All the
    forms keep running throughout. The ratios are taken within each round, between
    windows a few seconds apart, so the machine's drift from minute to minute falls on
    both sides of a ratio; their median over the rounds is the run's answer."""
    levels: dict[str, list[Level]] = {running.form: [] for running in forms}
    all_rounds: list[Round] = []
    for running in forms:
        await measure_level(running.webhook, running.mix, 1, 0.1, client)  # the first turns load lazily
    for running in forms:  # a round not counted: every form's code paths and caches warm
        await measure_steady(running, min(user_counts), 0.0, warmup, client)
    for users in user_counts:
        windows: dict[str, list[Window]] = {running.form: [] for running in forms}
        for index in range(rounds):
            order = rotated(forms, index)
            measured: dict[str, Level] = {}
            for running in order:
                window = await measure_steady(running, users, warmup, seconds, client)
                windows[running.form].append(window)
                measured[running.form] = summarize([window])
            ratios = ratios_between({form: [level] for form, level in measured.items()})
            all_rounds.append(Round(users, index, tuple(r.form for r in order), measured, ratios))
            shown = ", ".join(
                f"{form} {level.turns_per_s} (others {level.others_busy:.0%})"
                for form, level in measured.items()
            )
            print(f"  round {index + 1}/{rounds}, {users} users, turns/s {shown}: {ratios}", flush=True)
        for running in forms:
            levels[running.form].append(summarize(windows[running.form]))
            print(f"  {running.form:<8} {users:>3} users, pooled: {levels[running.form][-1]}", flush=True)
    return levels, all_rounds


def quiet(each: Round) -> bool:
    """Whether nothing else took more than QUIET_OTHERS of the machine in any window."""
    return all(level.others_busy <= QUIET_OTHERS for level in each.levels.values())


def median_ratios(rounds: list[Round]) -> dict[str, dict[str, float]]:
    """For each ratio, its median over the rounds, and the lowest and highest."""
    values: dict[str, list[float]] = {}
    for each in rounds:
        for name, value in each.ratios.items():
            values.setdefault(name, []).append(value)
    return {
        name: {
            "median": round(statistics.median(found), 2),
            "min": min(found),
            "max": max(found),
            "rounds": len(found),
        }
        for name, found in values.items()
    }


def run_forms(
    forms: list[Running],
    seconds: float,
    user_counts: tuple[int, ...] = USER_COUNTS,
    rounds: int = 0,
    warmup: float = DEFAULT_WARMUP_S,
    client: str = "raw",
) -> tuple[list[FormResult], list[Round]]:
    """The levels (one window a form, or `rounds` interleaved rounds), then the bursts."""
    all_rounds: list[Round] = []
    if rounds:
        levels, all_rounds = asyncio.run(
            measure_interleaved(forms, seconds, user_counts, rounds, warmup, client)
        )
    else:
        levels = asyncio.run(measure_side_by_side(forms, seconds, user_counts, client))
    results = []
    for running in forms:
        burst = (
            asyncio.run(measure_burst(running.stack.rasa_url, running.stack.token)) if running.burst else None
        )
        if burst:
            print(f"  {running.form} burst: {burst}", flush=True)
        results.append(
            FormResult(
                running.form, running.ready_s, memory_of(running.stack), tuple(levels[running.form]), burst
            )
        )
    return results, all_rounds


def make_starter_bot(folder: Path) -> float:
    """`rasa init` in `folder` (it trains its model there), unless a model is there from
    an earlier run; returns the seconds it took."""
    if list((folder / "models").glob("*.tar.gz")):
        return 0.0
    folder.mkdir(parents=True, exist_ok=True)
    env = base_env(folder)
    env["RASA_CACHE_DIRECTORY"] = str(folder / ".rasa")
    started = time.monotonic()
    with training_lock():
        subprocess.run(
            [*rasa_command(), "init", "--no-prompt", "--init-dir", str(folder)],
            cwd=folder, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
        )  # fmt: skip
        if not list((folder / "models").glob("*.tar.gz")):
            subprocess.run(
                [*rasa_command(), "train", "--out", "models"],
                cwd=folder, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
            )  # fmt: skip
    return time.monotonic() - started


@dataclass
class StarterStack(Stack):
    """The `rasa init` bot alone (its own actions are not used), REST channel only."""

    folder: Path = Path()

    def start(self) -> StarterStack:
        process = self._spawn(
            "rasa",
            [*rasa_command(), "run", "--enable-api", "--auth-token", self.token, "--model", "models",
             "--port", str(self.rasa_port), "--interface", "127.0.0.1", "--credentials", "credentials.yml"],
            cwd=self.folder,
        )  # fmt: skip
        self.ready_seconds["rasa"] = wait_until_ready(f"{self.rasa_url}/status?token={self.token}", process)
        return self

    def _spawn(
        self, name: str, args: list[str], env: dict[str, str] | None = None, cwd: Path | None = None
    ) -> subprocess.Popen[bytes]:
        log = open(self.var_dir / f"{name}.log", "ab")  # noqa: SIM115 - lives as long as the process
        process = subprocess.Popen(
            args, cwd=cwd or self.folder, env=self.env(), stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        self.processes[name] = process
        return process


def print_table(results: list[FormResult]) -> None:
    print(
        f"\n{'form':<8} {'users':>5} {'turns/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>6}"
    )
    for result in results:
        for level in result.levels:
            print(
                f"{result.form:<8} {level.users:>5} {level.turns_per_s:>8} {level.p50_ms:>8} "
                f"{level.p95_ms:>8} {level.p99_ms:>8} {level.errors + level.empty_replies:>6}"
            )
    for result in results:
        print(f"{result.form}: ready {result.ready_s} s; peak RSS {result.peak_rss_mb} MB")
    for result in results:
        for level in result.levels:
            print(f"{result.form} {level.users} users: machine busy {level.machine_busy:.0%} "
                  f"(other work {level.others_busy:.0%}); "
                  f"CPU ms per turn {level.cpu_ms_per_turn}")  # fmt: skip


def level_at(result: FormResult, users: int) -> Level | None:
    return next((level for level in result.levels if level.users == users), None)


def server_cpu_ms(level: Level) -> float:
    """CPU a turn of everything serving it (the form's processes, PostgreSQL, Redis), not
    the load generator's."""
    return sum(ms for name, ms in level.cpu_ms_per_turn.items() if name != "load_client")


def ratios_between(levels: dict[str, list[Level]]) -> dict[str, float]:
    """The ratios issue 17's targets are about, from levels measured side by side (one
    run's, or one round's): the single form against the starter bot at 10 users, and the
    scaled form against the single form at every user count both have (turns/s, and the
    CPU a turn of all they run)."""
    at = {form: {level.users: level for level in found} for form, found in levels.items()}
    out: dict[str, float] = {}
    single, scaled, starter = at.get("single", {}), at.get("scaled", {}), at.get("starter", {})
    if 10 in single and 10 in starter:
        out["single_p95_ratio_at_10"] = round(single[10].p95_ms / max(starter[10].p95_ms, 0.1), 2)
        out["single_turns_ratio_at_10"] = round(single[10].turns_per_s / max(starter[10].turns_per_s, 0.1), 2)
    for users in sorted(set(single) & set(scaled)):
        out[f"scaled_over_single_turns_at_{users}"] = round(
            scaled[users].turns_per_s / max(single[users].turns_per_s, 0.1), 2
        )
        if server_cpu_ms(single[users]) > 0:
            out[f"scaled_over_single_cpu_at_{users}"] = round(
                server_cpu_ms(scaled[users]) / server_cpu_ms(single[users]), 2
            )
    return out


def verdicts(results: list[FormResult], rounds: list[Round] | None = None) -> dict[str, object]:
    """The targets of issue 17 that this run measured (a user count not run: not judged).
    With rounds (an interleaved run) every ratio is the median of the rounds' ratios."""
    by_form = {r.form: r for r in results}
    out: dict[str, object] = {}
    for form in ("single", "scaled"):
        result = by_form.get(form)
        if result is None:
            continue
        fifty = level_at(result, 50)
        if fifty:
            out[f"{form}_errors_at_50"] = fifty.errors + fifty.empty_replies
        if result.burst:
            # Concurrent requests on separate connections have no order in HTTP (see
            # tests/e2e/test_burst.py): every message answered and stored once, and the
            # conversation never stuck (no 20 s without a reply). `moved` and the
            # slowest turn (the last of 100 waits for the 99 before it) are reported.
            out[f"{form}_burst_ok"] = (
                result.burst.errors == 0
                and result.burst.all_stored_once
                and result.burst.longest_stall_s < SLOW_TURN_S
            )
    out.update(ratios_between({result.form: list(result.levels) for result in results}))
    medians = median_ratios(rounds or [])
    if medians:
        out.update({name: found["median"] for name, found in medians.items()})
        out["ratios_are"] = f"medians of {max(found['rounds'] for found in medians.values())} rounds"
        out["round_ratios"] = medians
        # The same over the rounds that other work left alone (a check, not the answer:
        # which rounds those are is decided by the run, not before it).
        out["quiet_rounds"] = {
            str(users): sum(1 for each in rounds or [] if each.users == users and quiet(each))
            for users in sorted({each.users for each in rounds or []})
        }
        out["quiet_round_ratios"] = median_ratios([each for each in rounds or [] if quiet(each)])
    targets: dict[str, Callable[[Any], bool]] = {
        "single_turns_ratio_at_10": lambda v: v >= 1.0,
        "single_p95_ratio_at_10": lambda v: v <= 1.0,
        "scaled_over_single_turns_at_10": lambda v: v >= 1.5,
        "single_errors_at_50": lambda v: v == 0,
        "scaled_errors_at_50": lambda v: v == 0,
        "single_burst_ok": bool,
        "scaled_burst_ok": bool,
    }
    out["targets_met"] = {name: bool(check(out[name])) for name, check in targets.items() if name in out}
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", nargs="+", default=["single", "scaled", "starter"])
    parser.add_argument(
        "--seconds",
        type=float,
        help="measured seconds a form per user count (20), or a form per round with --rounds "
        f"({ROUND_SECONDS:g})",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=0,
        help="interleave the forms: this many rounds at each user count, the order rotated "
        "each round, ratios taken within each round and their median reported "
        "(a multiple of the number of forms; 0: one window a form, as before session 8)",
    )
    parser.add_argument(
        "--warmup",
        type=float,
        default=DEFAULT_WARMUP_S,
        help="with --rounds: seconds of the same load before each measured window",
    )
    parser.add_argument(
        "--client",
        choices=CLIENTS,
        default="raw",
        help="the load generator's HTTP client: kept connections on asyncio streams (raw), "
        "or aiohttp's, as before session 8",
    )
    parser.add_argument(
        "--out", type=Path, default=REPO / "var" / "reports" / "load.json", help="the JSON report"
    )
    parser.add_argument(
        "--users", type=int, nargs="+", default=list(USER_COUNTS), help="user counts to measure"
    )
    parser.add_argument(
        "--no-burst", action="store_true", help="skip the burst of messages to one conversation"
    )
    args = parser.parse_args()
    seconds = args.seconds or (ROUND_SECONDS if args.rounds else 20.0)
    model = train()
    extra: dict[str, object] = {}
    work = Path(tempfile.mkdtemp(prefix="advisor-load-"))
    running: list[Running] = []
    try:
        if "starter" in args.forms:
            # Kept in var/ between runs: the starter bot is trained once, not every run.
            folder = REPO / "var" / "load-starter"
            extra["starter_training_s"] = round(make_starter_bot(folder), 1)
            stack = StarterStack(var_dir=folder, folder=folder, rasa_port=free_port())
            running.append(start_form(stack, "starter", STARTER_MIX, burst=False))
        if "single" in args.forms:
            running.append(
                start_form(
                    Stack(model=model, var_dir=work / "single"), "single", ADVISOR_MIX, not args.no_burst
                )
            )
        if "scaled" in args.forms:
            from scripts.scaled import ScaledStack, postgres_from_env, redis_from_env, unavailable_reason

            reason = unavailable_reason(postgres_from_env(), redis_from_env())
            if reason:
                extra["scaled_skipped"] = reason
            else:
                scaled = ScaledStack(model=model, var_dir=work / "scaled", temporary=True)
                running.append(start_form(scaled, "scaled", ADVISOR_MIX, not args.no_burst))
        load_before = load_average()
        results, rounds = run_forms(
            running, seconds, tuple(args.users), args.rounds, args.warmup, args.client
        )
    finally:
        for each in running:
            each.stack.stop()
        shutil.rmtree(work, ignore_errors=True)
    print_table(results)
    report = {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "seconds_per_level": seconds,
        "protocol": (
            {"rounds": args.rounds, "seconds_per_window": seconds, "warmup_s": args.warmup}
            if args.rounds
            else "one window a form per user count"
        ),
        "client": args.client,
        "load_average_before": load_before,
        "load_average_after": load_average(),
        "results": [asdict(r) for r in results],
        "rounds": [asdict(r) for r in rounds],
        **verdicts(results, rounds),
        **extra,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2))
    print(json.dumps({k: v for k, v in report.items() if k not in ("results", "rounds")}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
