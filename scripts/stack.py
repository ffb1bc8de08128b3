"""Start the assistant's processes on localhost, wait until they answer, stop them.

Used three ways:
    python -m scripts.stack train        # train models/advisor.tar.gz if the inputs changed
    python -m scripts.stack run          # train if needed, start everything, Ctrl-C stops it
and as a library by the end-to-end tests and the benchmarks (`Stack`), which start the
servers on free ports with their own tracker database.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
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

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
MODEL = REPO / "models" / "advisor.tar.gz"
# What the trained weights depend on: the training data, and the code of the components
# that featurize or train (the sentence vectors, the intent classifier, the selectors). The rule-based
# extractor's readers in the rest of bot/language are loaded from the code at run time,
# so editing them needs no retrain.
TRAINING_INPUTS = ("config.yml", "domain", "data", "bot/nlu", "bot/language/sentence_vectors.py")
READY_TIMEOUT_S = 300.0


def rasa_command() -> list[str]:
    return [str(VENV_BIN / "rasa")]


def base_env(var_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("RASA_TELEMETRY_ENABLED", "false")
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    # Rasa's training cache defaults to ./.rasa in the working directory; keep it in var/.
    env.setdefault("RASA_CACHE_DIRECTORY", str(REPO / "var" / "rasa-cache"))
    env.setdefault("DATA_DIR", str(var_dir))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def inputs_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in TRAINING_INPUTS:
        path = REPO / name
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if "__pycache__" in file.parts:
                continue
            digest.update(str(file.relative_to(REPO)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def train(force: bool = False) -> Path:
    """Train unless the model was built from exactly the current inputs.

    ADVISOR_MODEL names a ready model to use instead (a benchmark's frozen model, say).
    A lock file makes a second caller wait rather than train alongside: two trainings
    on two cores would each take twice as long.
    """
    ready = os.environ.get("ADVISOR_MODEL")
    if ready:
        return Path(ready).resolve()
    with training_lock():
        return _train_locked(force)


@contextlib.contextmanager
def training_lock() -> Iterator[None]:
    """Held while anything trains (this model, or the benchmark's starter bot): never two
    trainings at once on 2 cores."""
    (REPO / "var").mkdir(exist_ok=True)
    with open(REPO / "var" / "train.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _train_locked(force: bool) -> Path:
    stamp = MODEL.with_suffix(".fingerprint")
    fingerprint = inputs_fingerprint()
    if not force and MODEL.exists() and stamp.exists() and stamp.read_text() == fingerprint:
        print(f"model up to date: {MODEL.relative_to(REPO)}", flush=True)
        return MODEL
    started = time.monotonic()
    subprocess.run(
        [
            *rasa_command(), "train", "--domain", "domain", "--data", "data", "--config", "config.yml",
            "--out", "models", "--fixed-model-name", "advisor", "--force",
        ],
        cwd=REPO,
        env=base_env(REPO / "var"),
        check=True,
    )  # fmt: skip
    stamp.write_text(fingerprint)
    print(f"trained in {time.monotonic() - started:.0f} s: {MODEL.relative_to(REPO)}", flush=True)
    return MODEL


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


def _stop_on_sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # the same clean stop as Ctrl-C, for `kill` and service managers


def run_forever() -> None:
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    train()
    var_dir = REPO / "var"
    var_dir.mkdir(exist_ok=True)
    # STACK=scaled: PostgreSQL trackers and claims, Redis locks, several Rasa processes
    # behind a local proxy, action-server workers (scripts/scaled.py, README).
    stack_class = Stack
    if os.environ.get("STACK", "single") == "scaled":
        from scripts.scaled import ScaledStack

        stack_class = ScaledStack
    stack = stack_class(
        var_dir=var_dir,
        rasa_port=int(os.environ.get("RASA_PORT", "5005")),
        action_port=int(os.environ.get("ACTION_PORT", "5055")),
        web_port=int(os.environ.get("WEB_PORT", "8080")),
        log_dir=var_dir / "logs",
    )
    print(
        "starting the action server, the web app and the Rasa server (the first start takes about a minute)..."
    )
    try:
        stack.start()
        print(
            f"\nReady.\n  a conversation: POST {stack.web_url}/api/conversations  -> sender_id\n"
            f"  chat (REST):  POST {stack.rasa_url}/webhooks/rest/webhook"
            f'  body {{"sender": "<sender_id>", "message": "hi"}}\n'
            f"  socket.io:    {stack.rasa_url}/socket.io\n"
            f"  HTTP API token (trackers, status): {stack.token}\n"
            f"  demo page with the chat widget:    {stack.web_url}/\n"
            f"  staff pages:  {stack.web_url}/staff   sign in as {stack.staff_name}, password: {stack.staff_password}\n"
            f"  staff API bearer token (scripts): {stack.staff_token}\n"
            f"  logs:         {stack.log_dir}\nCtrl-C stops everything.",
            flush=True,
        )
        while all(p.poll() is None for p in stack.processes.values()):
            time.sleep(1)
        print("a process stopped; see the logs", file=sys.stderr)
    except KeyboardInterrupt:
        pass
    finally:
        stack.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description="train and run the assistant on localhost")
    parser.add_argument("command", choices=["train", "run"])
    parser.add_argument("--force", action="store_true", help="train even if nothing changed")
    args = parser.parse_args()
    if args.command == "train":
        train(force=args.force)
    else:
        run_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
