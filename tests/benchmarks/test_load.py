"""The load benchmark's own parts (benchmarks/load.py): its HTTP client against a real
local server, the steady window of an interleaved round, pooling windows, the order of
the rounds and the ratios reported. The benchmark itself runs the stacks; these do not."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from aiohttp import web

from benchmarks import load
from benchmarks.load import (
    Burst,
    FormResult,
    KeptConnection,
    Level,
    Round,
    Running,
    Window,
    median_ratios,
    parse_response_head,
    reply_failure,
    rotated,
    summarize,
    verdicts,
)
from scripts.stack import Stack

WEBHOOK = "/webhooks/rest/webhook"


@dataclass
class Server:
    url: str
    port: int
    connections: list[object] = field(default_factory=list)
    bodies: list[dict[str, str]] = field(default_factory=list)
    delay: float = 0.0


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    """A REST channel look-alike: answers every message with one bot message, except
    'say nothing' (an empty list), 'fail' (HTTP 500), 'chunked' (chunked encoding) and
    'close' (Connection: close)."""
    found = Server(url="", port=0)

    async def webhook(request: web.Request) -> web.StreamResponse:
        if request.transport not in found.connections:
            found.connections.append(request.transport)
        body = await request.json()
        found.bodies.append(body)
        if found.delay:
            await asyncio.sleep(found.delay)
        text = body["message"]
        if text == "fail":
            return web.Response(status=500, text="oops")
        messages = [] if text == "say nothing" else [{"recipient_id": body["sender"], "text": f"re: {text}"}]
        if text == "chunked":
            response = web.StreamResponse()
            response.enable_chunked_encoding()
            await response.prepare(request)
            encoded = json.dumps(messages).encode()
            await response.write(encoded[:5])
            await response.write(encoded[5:])
            await response.write_eof()
            return response
        headers = {"Connection": "close"} if text == "close" else {}
        return web.json_response(messages, headers=headers)

    app = web.Application()
    app.router.add_post(WEBHOOK, webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    found.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    found.url = f"http://127.0.0.1:{found.port}{WEBHOOK}?token=a%2Fb"
    yield found
    await runner.cleanup()


def message(sender: str, text: str) -> bytes:
    return json.dumps({"sender": sender, "message": text}).encode()


async def test_turns_go_on_one_kept_connection(server: Server) -> None:
    connection = KeptConnection(server.url)
    replies = [await connection.post(message("u1", f"hello {i}")) for i in range(5)]
    await connection.close()
    assert [json.loads(reply)[0]["text"] for _, reply in replies] == [f"re: hello {i}" for i in range(5)]
    assert {status for status, _ in replies} == {200}
    assert len(server.connections) == 1
    assert [b["message"] for b in server.bodies] == [f"hello {i}" for i in range(5)]


async def test_chunked_replies_errors_and_closed_connections(server: Server) -> None:
    connection = KeptConnection(server.url)
    status, reply = await connection.post(message("u1", "chunked"))
    assert (status, json.loads(reply)[0]["text"]) == (200, "re: chunked")
    status, reply = await connection.post(message("u1", "fail"))
    assert (status, reply) == (500, b"oops")
    status, _ = await connection.post(message("u1", "close"))
    assert status == 200
    assert connection.writer is None  # the server said it closes: a new one next turn
    status, reply = await connection.post(message("u1", "again"))
    assert (status, json.loads(reply)[0]["text"]) == (200, "re: again")
    await connection.close()
    assert len(server.connections) == 2


async def test_a_reply_that_does_not_come_in_time_is_a_timeout(server: Server) -> None:
    server.delay = 0.5
    connection = KeptConnection(server.url, timeout=0.1)
    with pytest.raises(asyncio.TimeoutError):
        await connection.post(message("u1", "slow"))
    assert connection.writer is None  # never reused half-read
    server.delay = 0.0
    status, _ = await connection.post(message("u1", "fast"))
    assert status == 200
    await connection.close()


async def test_a_server_gone_is_an_error_not_a_hang() -> None:
    connection = KeptConnection("http://127.0.0.1:9/webhooks/rest/webhook", timeout=2)
    with pytest.raises(OSError):
        await connection.post(message("u1", "hi"))


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 12\r\nContent-Type: application/json\r\n\r\n",
            (200, 12, False, False),
        ),
        (b"HTTP/1.1 200 OK\r\ntransfer-encoding: Chunked\r\n\r\n", (200, None, True, False)),
        (
            b"HTTP/1.1 503 Service Unavailable\r\nconnection: close\r\ncontent-length: 0\r\n\r\n",
            (503, 0, False, True),
        ),
        (b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\n", (200, 2, False, True)),
        (b"HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\n", (200, 2, False, False)),
        # Transfer-Encoding wins over a Content-Length beside it (RFC 9112).
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\nTransfer-Encoding: chunked\r\n\r\n",
            (200, None, True, False),
        ),
        (b"HTTP/1.1 204\r\n\r\n", (204, None, False, False)),
    ],
)
def test_response_heads(head: bytes, expected: tuple[int, int | None, bool, bool]) -> None:
    assert parse_response_head(head) == expected


def test_not_http_is_refused() -> None:
    with pytest.raises(ValueError):
        parse_response_head(b"SSH-2.0-OpenSSH\r\n\r\n")


@pytest.mark.parametrize(
    ("status", "reply", "failure"),
    [
        (200, b'[{"recipient_id": "u", "text": "hello"}]', None),
        (200, b"[]", "empty"),
        (200, b"", "bad body"),
        (200, b"<html>", "bad body"),
        (502, b"[]", "HTTP 502"),
    ],
)
def test_what_counts_as_a_reply(status: int, reply: bytes, failure: str | None) -> None:
    assert reply_failure(status, reply) == failure


class ScriptedPoster(load.Poster):
    """Answers after `seconds`; raises on the texts in `broken`."""

    def __init__(self, seconds: float, broken: tuple[str, ...] = ()) -> None:
        self.seconds = seconds
        self.broken = broken
        self.sent: list[dict[str, str]] = []

    async def post(self, body: bytes) -> tuple[int, bytes]:
        sent = json.loads(body)
        self.sent.append(sent)
        await asyncio.sleep(self.seconds)
        if sent["message"] in self.broken:
            raise ConnectionResetError("gone")
        return 200, b'[{"text": "ok"}]'


async def test_a_user_goes_through_conversations_until_the_deadline() -> None:
    poster = ScriptedPoster(0.01, broken=("b",))
    turns: list[load.Turn] = []
    await load.user(poster, [["a", "b", "c"], ["d"]], 1, time.monotonic() + 0.2, turns)
    texts = [s["message"] for s in poster.sent]
    assert texts[:5] == ["d", "a", "b", "c", "d"]  # starts at conversation `first`
    senders = [s["sender"] for s in poster.sent]
    assert senders[1] == senders[2] == senders[3] != senders[0] != senders[4]
    assert len(turns) == len(texts)
    failed = [t for t, sent in zip(turns, texts, strict=True) if sent == "b"]
    assert failed and all(ms is None and failure == "ConnectionResetError" for _, ms, failure in failed)
    assert all(
        ms is not None and ms > 0 and failure is None
        for _, ms, failure in turns
        if (_, ms, failure) not in failed
    )


def window(
    users: int,
    seconds: float,
    latencies: list[float],
    cpu: dict[str, float],
    failures: list[str] | None = None,
) -> Window:
    return Window(users, seconds, latencies, failures or [], cpu)


def test_windows_pool_into_one_level() -> None:
    first = window(10, 4.0, [100.0] * 40, {"rasa": 0.8, "load_client": 0.02, "busy": 4.0, "all": 8.0})
    second = window(
        10,
        6.0,
        [200.0] * 60,
        {"rasa": 1.2, "load_client": 0.03, "busy": 9.0, "all": 12.0},
        ["empty", "HTTP 500"],
    )
    level = summarize([first, second])
    assert (level.users, level.seconds, level.turns, level.turns_per_s) == (10, 10.0, 100, 10.0)
    assert (level.errors, level.empty_replies) == (1, 1)
    assert level.p50_ms == 200.0
    assert level.cpu_ms_per_turn == {"rasa": 20.0, "load_client": 0.5}
    assert level.machine_busy == 0.65
    assert summarize([first]).machine_busy == 0.5
    # Busy beyond what the form, its services and the load generator used: other work.
    assert level.others_busy == round((13.0 - 2.05) / 20.0, 2)


def test_each_form_goes_first_equally_often() -> None:
    forms = [object(), object(), object()]
    orders = [rotated(forms, i) for i in range(6)]  # type: ignore[arg-type]
    for form in forms:
        assert [order.index(form) for order in orders].count(0) == 2
        assert sorted(order.index(form) for order in orders) == [0, 0, 1, 1, 2, 2]
    pair = [object(), object()]
    assert [rotated(pair, i) for i in range(2)] == [pair, pair[::-1]]  # type: ignore[arg-type]


def level(
    users: int, turns_per_s: float, p95: float = 100.0, cpu: dict[str, float] | None = None, errors: int = 0
) -> Level:
    return Level(
        users=users, seconds=8.0, turns=int(turns_per_s * 8), errors=errors, empty_replies=0,
        turns_per_s=turns_per_s, p50_ms=50.0, p95_ms=p95, p99_ms=p95, cpu_ms_per_turn=cpu or {},
    )  # fmt: skip


def a_round(index: int, single: float, scaled: float, users: int = 10) -> Round:
    levels = {"single": level(users, single), "scaled": level(users, scaled)}
    return Round(
        users, index, ("single", "scaled"), levels, load.ratios_between({k: [v] for k, v in levels.items()})
    )


def test_the_ratios_of_one_run() -> None:
    results = [
        FormResult("starter", {}, {}, (level(10, 30.0, p95=500.0),)),
        FormResult("single", {}, {}, (level(10, 60.0, p95=250.0, cpu={"rasa": 15.0, "actions": 2.0, "load_client": 0.3}), level(50, 55.0))),
        FormResult(
            "scaled", {}, {}, (level(10, 93.0, cpu={"rasa-1": 9.0, "rasa-2": 9.0, "postgres": 1.0, "load_client": 0.3}), level(50, 80.0, errors=2)),
            Burst(100, 0, 6.0, 6.0, 0.1, True, False, 3),
        ),
    ]  # fmt: skip
    out = verdicts(results)
    assert out["single_turns_ratio_at_10"] == 2.0
    assert out["single_p95_ratio_at_10"] == 0.5
    assert out["scaled_over_single_turns_at_10"] == 1.55
    assert out["scaled_over_single_turns_at_50"] == 1.45
    assert out["scaled_over_single_cpu_at_10"] == round(19.0 / 17.0, 2)  # the load generator's left out
    assert out["scaled_errors_at_50"] == 2
    assert out["scaled_burst_ok"] is True
    assert "ratios_are" not in out
    assert out["targets_met"] == {
        "single_turns_ratio_at_10": True,
        "single_p95_ratio_at_10": True,
        "scaled_over_single_turns_at_10": True,
        "single_errors_at_50": True,
        "scaled_errors_at_50": False,
        "scaled_burst_ok": True,
    }


def test_interleaved_rounds_answer_with_their_median() -> None:
    rounds = [a_round(0, 60.0, 84.0), a_round(1, 50.0, 80.0), a_round(2, 70.0, 112.0), a_round(3, 40.0, 56.0)]
    # The pooled levels say 1.5x (more turns in the fast rounds); the rounds say 1.4, 1.6, 1.6, 1.4.
    results = [
        FormResult("single", {}, {}, (level(10, 55.0),)),
        FormResult("scaled", {}, {}, (level(10, 83.0),)),
    ]
    out = verdicts(results, rounds)
    assert out["scaled_over_single_turns_at_10"] == 1.5
    assert out["round_ratios"] == {
        "scaled_over_single_turns_at_10": {"median": 1.5, "min": 1.4, "max": 1.6, "rounds": 4}
    }
    assert out["ratios_are"] == "medians of 4 rounds"
    assert out["targets_met"] == {"scaled_over_single_turns_at_10": True}
    rounds[0], rounds[2] = a_round(0, 60.0, 60.0), a_round(2, 70.0, 70.0)  # 1.0, 1.6, 1.0, 1.4
    assert verdicts(results, rounds)["targets_met"] == {"scaled_over_single_turns_at_10": False}


def test_rounds_other_work_took_part_in_are_told_apart() -> None:
    rounds = [a_round(0, 50.0, 80.0), a_round(1, 50.0, 60.0), a_round(2, 50.0, 78.0)]
    busy = replace(rounds[1].levels["single"], others_busy=0.3)  # another session's tests
    rounds[1] = replace(rounds[1], levels={**rounds[1].levels, "single": busy})
    assert [load.quiet(each) for each in rounds] == [True, False, True]
    results = [
        FormResult("single", {}, {}, (level(10, 50.0),)),
        FormResult("scaled", {}, {}, (level(10, 73.0),)),
    ]
    out = verdicts(results, rounds)
    assert out["scaled_over_single_turns_at_10"] == 1.56  # all rounds: 1.6, 1.2, 1.56
    assert out["quiet_rounds"] == {"10": 2}
    assert out["quiet_round_ratios"]["scaled_over_single_turns_at_10"]["median"] == 1.58  # type: ignore[index]


def test_medians_are_taken_per_user_count() -> None:
    rounds = [
        a_round(0, 50.0, 75.0),
        a_round(1, 50.0, 70.0),
        a_round(0, 40.0, 64.0, users=50),
        a_round(1, 40.0, 60.0, users=50),
    ]
    medians = median_ratios(rounds)
    assert medians["scaled_over_single_turns_at_10"]["median"] == 1.45
    assert medians["scaled_over_single_turns_at_50"]["median"] == 1.55


async def test_a_steady_window_counts_only_its_own_turns(server: Server, tmp_path: Path) -> None:
    server.delay = 0.02
    stack = Stack(var_dir=tmp_path, rasa_port=server.port, token="a/b")
    running = Running("single", stack, [["hi", "how are you"], ["what is a rider?"]], False, {})
    started = time.monotonic()
    measured = await load.measure_steady(running, 3, warmup=0.3, seconds=0.5)
    took = time.monotonic() - started
    assert 0.45 <= measured.seconds <= 0.7
    assert took >= 0.3 + 0.5 + load.TAIL_S
    # 3 users, about 50 turns a second each: the window's share, not every turn sent.
    assert 40 <= len(measured.latencies) <= 80 < len(server.bodies)
    assert not measured.failures
    assert measured.cpu["load_client"] > 0 and measured.cpu["all"] > 0
    assert {b["message"] for b in server.bodies} == {"hi", "how are you", "what is a rider?"}
    assert len(server.connections) == 3  # one kept connection a user


async def test_the_old_protocol_counts_every_turn(server: Server) -> None:
    server.delay = 0.01
    measured = await load.measure_level(server.url, [["hi"]], 2, 0.2)
    assert len(measured.latencies) == len(server.bodies)
    measured = await load.measure_level(server.url, [["say nothing"]], 1, 0.1, client="aiohttp")
    assert measured.failures and set(measured.failures) == {"empty"}


def test_cpu_of_services_whose_processes_come_and_go() -> None:
    before = {
        "rasa": 10.0,
        "postgres/11": 5.0,
        "postgres/12": 3.0,
        "load_client": 1.0,
        "busy": 50.0,
        "all": 100.0,
    }
    after = {
        "rasa": 11.5,
        "postgres/11": 5.25,
        "postgres/13": 0.5,
        "load_client": 1.25,
        "busy": 52.0,
        "all": 104.0,
    }
    # Backend 12 ended meanwhile (not -3 s), 13 started meanwhile (all of its 0.5 s); no Redis running.
    assert load.cpu_used(before, after) == {
        "rasa": 1.5, "postgres": 0.75, "redis": 0.0, "load_client": 0.25, "busy": 2.0, "all": 4.0,
    }  # fmt: skip
