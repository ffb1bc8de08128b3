"""The assistant's single form: start its processes on localhost, wait until they answer,
stop them.

A library (`Stack`, `running_stack`) for `make run` (scripts/run.py), the end-to-end
tests and the benchmarks, which start the servers on free ports with their own tracker
database. Training is scripts/train.py; the scaled form is scripts/scaled.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bot.config import load_site_origins
from scripts.paths import MODEL, REPO, VENV_BIN, base_env

READY_TIMEOUT_S = 300.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_ready(url: str, process: subprocess.Popen[bytes], timeout: float = READY_TIMEOUT_S) -> float:
    """Poll `url` until it answers 200; returns the seconds it took."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode} before {url} answered")
        with (
            contextlib.suppress(urllib.error.URLError, ConnectionError, TimeoutError),
            urllib.request.urlopen(url, timeout=2) as response,
        ):
            if response.status == 200:
                return time.monotonic() - started
        time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s")


@dataclass
class Stack:
    """The action server, the Rasa server and the web app (demo page, widget, staff pages),
    on free local ports."""

    model: Path = MODEL
    var_dir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="advisor-")))
    token: str = field(default_factory=lambda: os.environ.get("RASA_AUTH_TOKEN") or os.urandom(12).hex())
    rasa_port: int = field(default_factory=free_port)
    action_port: int = field(default_factory=free_port)
    web_port: int = field(default_factory=free_port)
    staff_token: str = field(
        default_factory=lambda: os.environ.get("STAFF_TOKEN") or secrets.token_urlsafe(24)
    )
    # Shared secrets, from the environment or new for each start (never on a command line):
    # the Rasa server's key to the action server, and the web app's and the Rasa server's
    # key to the conversation ids (a new one ends the conversations of the last start).
    action_secret: str = field(
        default_factory=lambda: os.environ.get("ACTION_SERVER_SECRET") or secrets.token_urlsafe(32)
    )
    conversation_secret: str = field(
        default_factory=lambda: os.environ.get("CONVERSATION_SECRET") or secrets.token_urlsafe(32)
    )
    # A staff account for the staff pages (the token above is for scripts only).
    staff_name: str = field(default_factory=lambda: os.environ.get("STAFF_NAME") or "staff")
    staff_password: str = field(
        default_factory=lambda: os.environ.get("STAFF_PASSWORD") or secrets.token_urlsafe(18)
    )
    extra_env: dict[str, str] = field(default_factory=dict)
    # endpoints.yml (SQLite trackers) or endpoints.scaled.yml (PostgreSQL, Redis locks).
    endpoints: str = "endpoints.yml"
    log_dir: Path | None = None
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    ready_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    @property
    def action_url(self) -> str:
        return f"http://127.0.0.1:{self.action_port}"

    @property
    def web_url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    @property
    def site_origins(self) -> tuple[str, ...]:
        """Pages whose browsers may call the Rasa server: the web app's and SITE_ORIGINS."""
        own = (self.web_url, f"http://localhost:{self.web_port}")
        return tuple(dict.fromkeys((*own, *load_site_origins(self.web_port))))

    def env(self) -> dict[str, str]:
        env = base_env(self.var_dir)
        env.setdefault("ACTION_ENDPOINT_URL", f"{self.action_url}/webhook")
        env.setdefault("TRACKER_DB", str(self.var_dir / "trackers.db"))
        env.update(self.extra_env)
        return env

    def _spawn(
        self, name: str, args: list[str], env: dict[str, str] | None = None
    ) -> subprocess.Popen[bytes]:
        log_dir = self.log_dir or self.var_dir
        log_dir.mkdir(parents=True, exist_ok=True)
        log = open(log_dir / f"{name}.log", "ab")  # noqa: SIM115 - lives as long as the process
        process = subprocess.Popen(
            args,
            cwd=REPO,
            env={**self.env(), **(env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes[name] = process
        return process

    def rasa_env(self) -> dict[str, str]:
        """What a Rasa server process needs beyond env(): its secrets and the site origins."""
        return {
            "RASA_AUTH_TOKEN": self.token,
            "ACTION_SERVER_SECRET": self.action_secret,
            "CONVERSATION_SECRET": self.conversation_secret,
            "SITE_ORIGINS": ",".join(self.site_origins),
        }

    def start_actions(self) -> None:
        process = self._spawn(
            "actions",
            [sys.executable, "-m", "scripts.action_server", "--actions", "bot.actions", "--port", str(self.action_port)],
            env={"ACTION_SERVER_SECRET": self.action_secret},  # on ACTION_HOST: 127.0.0.1 unless set
        )  # fmt: skip
        self.ready_seconds["actions"] = wait_until_ready(f"{self.action_url}/health", process)

    def start_rasa(self, name: str = "rasa", port: int | None = None) -> None:
        """A Rasa server; a scaled stack starts several, each under its own name and port."""
        port = port or self.rasa_port
        # The token goes in the environment: on the command line `ps` would show it.
        process = self._spawn(
            name,
            [
                str(VENV_BIN / "python"), "-m", "scripts.rasa_server", "--enable-api",
                "--model", str(self.model), "--port", str(port), "--interface", "127.0.0.1",
                "--endpoints", self.endpoints, "--credentials", "credentials.yml", "--cors", *self.site_origins,
            ],
            env=self.rasa_env(),
        )  # fmt: skip
        self.ready_seconds[name] = wait_until_ready(
            f"http://127.0.0.1:{port}/status?token={self.token}", process
        )

    def start_web(self) -> None:
        # The tokens go in the environment, not the command line, where `ps` would show them.
        process = self._spawn(
            "web",
            [sys.executable, "-m", "bot.web"],
            env={
                "WEB_HOST": "127.0.0.1",
                "WEB_PORT": str(self.web_port),
                "RASA_URL": self.rasa_url,
                "RASA_AUTH_TOKEN": self.token,
                "STAFF_TOKEN": self.staff_token,
                "SITE_ORIGINS": ",".join(self.site_origins),
                "CONVERSATION_SECRET": self.conversation_secret,
            },
        )
        self.ready_seconds["web"] = wait_until_ready(f"{self.web_url}/healthz", process)

    def add_staff_account(self) -> None:
        """The staff account, made before any server starts; this also brings the claims
        database to the newest schema once, so the servers find nothing left to migrate."""
        done = subprocess.run(
            [sys.executable, "-m", "bot.web.accounts", "add", self.staff_name],
            input=self.staff_password + "\n", text=True, cwd=REPO, env=self.env(), capture_output=True,
        )  # fmt: skip
        if done.returncode == 1 and "already" in done.stderr:
            self.staff_password = "(unchanged: the account already exists)"
        elif done.returncode != 0:
            raise RuntimeError(f"could not create the staff account: {done.stderr.strip()}")

    def start(self) -> Stack:
        self.add_staff_account()
        self.start_actions()
        self.start_web()
        self.start_rasa()
        return self

    def new_conversation(self) -> str:
        """A conversation id issued by the web app, as the widget gets one."""
        request = urllib.request.Request(f"{self.web_url}/api/conversations", method="POST", data=b"")
        with urllib.request.urlopen(request, timeout=30) as answer:
            sender_id: str = json.load(answer)["sender_id"]
        return sender_id

    def stop_process(self, name: str) -> None:
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def stop(self) -> None:
        for name in list(self.processes):
            self.stop_process(name)


@contextlib.contextmanager
def running_stack(**kwargs: object) -> Iterator[Stack]:
    stack = Stack(**kwargs)  # type: ignore[arg-type]
    try:
        yield stack.start()
    finally:
        stack.stop()
