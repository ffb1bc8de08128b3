"""The scaled form of the stack: what `STACK=scaled make run` starts.

- conversations (Rasa's SQL tracker store) and claims (DATABASE_URL) on PostgreSQL, in
  two databases, so either can be backed up or restored on its own;
- one Redis lock store, so a conversation's turns are handled one at a time whichever
  Rasa process takes them;
- RASA_PROCESSES Rasa servers (2) behind HAProxy (Debian's `haproxy` package), which
  round-robins REST turns, so consecutive turns of one conversation land on different
  processes, keeps each socket.io session on the process that issued it, health-checks
  the processes and sends a request that cannot reach one to another (failover); its
  configuration is rendered from deploy/haproxy/haproxy.cfg.template into the var dir;
- ACTION_SERVER_SANIC_WORKERS action-server workers (1); the actions keep no state.

Settings (environment, local defaults): POSTGRES_HOST (127.0.0.1), POSTGRES_PORT (5432),
POSTGRES_USER (postgres), POSTGRES_PASSWORD (empty: trust auth), POSTGRES_DB (`advisor`
for `make run`), REDIS_HOST (127.0.0.1), REDIS_PORT (6379), REDIS_DB (1), RASA_PROCESSES,
ACTION_SERVER_SANIC_WORKERS, HAPROXY (the binary; found on PATH or in /usr/sbin),
ADMIN_NETWORKS (who may use the Rasa HTTP API through HAProxy: 127.0.0.1/8).
Tests and benchmarks pass `temporary=True`: a database
`advisor_<random>` made for the run and dropped afterwards, never a shared one.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from string import Template
from urllib.parse import quote

from scripts.paths import REPO
from scripts.stack import Stack, free_port, wait_until_ready

DEFAULT_DATABASE = "advisor"
HAPROXY_TEMPLATE = REPO / "deploy" / "haproxy" / "haproxy.cfg.template"
HAPROXY_MISSING = "HAProxy is not installed (Debian/Ubuntu: apt-get install -y haproxy)"


@dataclass(frozen=True)
class HaproxyLayout:
    """Where HAProxy listens and what it sends requests to."""

    rasa_public_port: int
    web_public_port: int
    rasa_upstreams: tuple[str, ...]  # host:port of each Rasa process
    web_upstream: str  # host:port of the web app
    bind_address: str = "127.0.0.1"
    admin_networks: tuple[str, ...] = ("127.0.0.1/8",)


def render_haproxy_config(layout: HaproxyLayout, template: Path = HAPROXY_TEMPLATE) -> str:
    servers = "\n".join(
        f"    server rasa-{i + 1} {address} check" for i, address in enumerate(layout.rasa_upstreams)
    )
    return Template(template.read_text()).substitute(
        BIND_ADDRESS=layout.bind_address,
        RASA_PUBLIC_PORT=layout.rasa_public_port,
        WEB_PUBLIC_PORT=layout.web_public_port,
        ADMIN_NETWORKS=" ".join(layout.admin_networks),
        RASA_SERVERS=servers,
        WEB_UPSTREAM=layout.web_upstream,
    )


def haproxy_binary() -> str | None:
    found = os.environ.get("HAPROXY") or shutil.which("haproxy") or shutil.which("haproxy", path="/usr/sbin")
    return found


def check_haproxy_config(path: Path) -> None:
    """HAProxy's own check of a configuration file (raises with its message)."""
    binary = haproxy_binary()
    if binary is None:
        raise RuntimeError(HAPROXY_MISSING)
    result = subprocess.run([binary, "-c", "-q", "-f", str(path)], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"haproxy rejected {path}: {result.stderr.strip() or result.stdout.strip()}")


@dataclass(frozen=True)
class PostgresServer:
    host: str
    port: int
    user: str
    password: str

    def url(self, database: str) -> str:
        auth = quote(self.user) + (f":{quote(self.password)}" if self.password else "")
        return f"postgresql://{auth}@{self.host}:{self.port}/{database}"


@dataclass(frozen=True)
class RedisServer:
    host: str
    port: int
    db: int


def postgres_from_env() -> PostgresServer:
    return PostgresServer(
        host=os.environ.get("POSTGRES_HOST", "127.0.0.1"),
        port=int(os.environ.get("POSTGRES_PORT", "5432")),
        user=os.environ.get("POSTGRES_USER", "postgres"),
        password=os.environ.get("POSTGRES_PASSWORD", ""),
    )


def redis_from_env() -> RedisServer:
    return RedisServer(
        host=os.environ.get("REDIS_HOST", "127.0.0.1"),
        port=int(os.environ.get("REDIS_PORT", "6379")),
        db=int(os.environ.get("REDIS_DB", "1")),
    )


def _admin_connection(server: PostgresServer) -> object:
    import psycopg2

    # CREATE/DROP DATABASE cannot run inside a transaction.
    connection = psycopg2.connect(
        host=server.host,
        port=server.port,
        user=server.user,
        password=server.password or None,
        dbname="postgres",
        connect_timeout=3,
    )
    connection.autocommit = True
    return connection


def unavailable_reason(postgres: PostgresServer, redis_server: RedisServer) -> str | None:
    """Why the scaled form cannot run here, or None when HAProxy is installed and
    PostgreSQL and Redis answer."""
    if haproxy_binary() is None:
        return HAPROXY_MISSING
    try:
        _admin_connection(postgres).close()  # type: ignore[attr-defined]
    except Exception as error:  # any failure means "not reachable"
        return f"PostgreSQL at {postgres.host}:{postgres.port} unreachable ({type(error).__name__})"
    try:
        import redis

        redis.Redis(host=redis_server.host, port=redis_server.port, socket_timeout=3).ping()
    except Exception as error:
        return f"Redis at {redis_server.host}:{redis_server.port} unreachable ({type(error).__name__})"
    return None


def create_database(server: PostgresServer, name: str) -> None:
    """Create the database if missing (the name is ours: letters, digits, underscores)."""
    assert name.replace("_", "").isalnum(), name
    connection = _admin_connection(server)
    try:
        cursor = connection.cursor()  # type: ignore[attr-defined]
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
        if cursor.fetchone() is None:
            cursor.execute(f'CREATE DATABASE "{name}"')
    finally:
        connection.close()  # type: ignore[attr-defined]


def drop_database(server: PostgresServer, name: str) -> None:
    """Drop it even while servers still hold connections to it (PostgreSQL 13+)."""
    assert name.replace("_", "").isalnum(), name
    connection = _admin_connection(server)
    try:
        connection.cursor().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[attr-defined]
    finally:
        connection.close()  # type: ignore[attr-defined]


def create_tracker_schema(url: str) -> None:
    """Rasa's events table, made once before the Rasa processes start: two processes
    creating it at the same moment can collide in PostgreSQL's catalog."""
    from rasa.core.tracker_store import SQLTrackerStore
    from sqlalchemy import create_engine

    engine = create_engine(url)
    try:
        SQLTrackerStore.Base.metadata.create_all(engine)
    finally:
        engine.dispose()


@dataclass
class ScaledStack(Stack):
    """Stack in its scaled form; `rasa_url` is HAProxy in front of the Rasa processes,
    `web_public_url` HAProxy in front of the web app (`web_url` is the app itself)."""

    endpoints: str = "endpoints.scaled.yml"
    rasa_processes: int = field(default_factory=lambda: int(os.environ.get("RASA_PROCESSES", "2")))
    # One: a second worker cost about 0.3 ms of CPU a turn on two cores (session 13's
    # paired runs), and one serves several hundred turns a second.
    action_workers: int = field(
        default_factory=lambda: int(os.environ.get("ACTION_SERVER_SANIC_WORKERS", "1"))
    )
    # True: a fresh database for this run, dropped by stop(); False: POSTGRES_DB, kept.
    temporary: bool = False
    database: str = ""
    postgres: PostgresServer = field(default_factory=postgres_from_env)
    redis: RedisServer = field(default_factory=redis_from_env)
    upstream_ports: list[int] = field(default_factory=list)
    web_public_port: int = field(default_factory=free_port)

    def __post_init__(self) -> None:
        if not self.database:
            self.database = (
                f"advisor_{secrets.token_hex(4)}"
                if self.temporary
                else os.environ.get("POSTGRES_DB", DEFAULT_DATABASE)
            )
        if not self.upstream_ports:
            self.upstream_ports = [free_port() for _ in range(self.rasa_processes)]

    @property
    def claims_database(self) -> str:
        return f"{self.database}_claims"

    @property
    def claims_url(self) -> str:
        return self.postgres.url(self.claims_database)

    @property
    def tracker_url(self) -> str:
        return self.postgres.url(self.database)

    def upstream_url(self, index: int) -> str:
        """One Rasa process directly, bypassing HAProxy."""
        return f"http://127.0.0.1:{self.upstream_ports[index]}"

    @property
    def web_public_url(self) -> str:
        return f"http://127.0.0.1:{self.web_public_port}"

    @property
    def site_origins(self) -> tuple[str, ...]:
        # The demo page reached through HAProxy is a page of this site too.
        public = (self.web_public_url, f"http://localhost:{self.web_public_port}")
        return tuple(dict.fromkeys((*super().site_origins, *public)))

    @property
    def haproxy_config(self) -> Path:
        return self.var_dir / "haproxy.cfg"

    def haproxy_layout(self) -> HaproxyLayout:
        return HaproxyLayout(
            rasa_public_port=self.rasa_port,
            web_public_port=self.web_public_port,
            rasa_upstreams=tuple(f"127.0.0.1:{port}" for port in self.upstream_ports),
            web_upstream=f"127.0.0.1:{self.web_port}",
        )

    def env(self) -> dict[str, str]:
        env = super().env()
        env.update(
            {
                "DATABASE_URL": self.claims_url,
                "POSTGRES_HOST": self.postgres.host,
                "POSTGRES_PORT": str(self.postgres.port),
                "POSTGRES_USER": self.postgres.user,
                "POSTGRES_PASSWORD": self.postgres.password,
                "POSTGRES_DB": self.database,
                "REDIS_HOST": self.redis.host,
                "REDIS_PORT": str(self.redis.port),
                "REDIS_DB": str(self.redis.db),
                # Locks of this stack only, even on a Redis shared with other runs.
                "LOCK_KEY_PREFIX": self.database.replace("_", ""),
                # Staff sign-in throttle counts shared by every web process.
                "STAFF_THROTTLE_REDIS_URL": f"redis://{self.redis.host}:{self.redis.port}/{self.redis.db}",
                "STAFF_THROTTLE_KEY_PREFIX": f"{self.database.replace('_', '')}-throttle",
                "ACTION_SERVER_SANIC_WORKERS": str(self.action_workers),
                # HAProxy on this machine sets X-Forwarded-For (the channels, the web app).
                "TRUSTED_PROXIES": os.environ.get("TRUSTED_PROXIES", "127.0.0.1"),
            }
        )
        env.update(self.extra_env)
        return env

    def prepare_databases(self) -> None:
        from bot.store.claims import ClaimStore

        reason = unavailable_reason(self.postgres, self.redis)
        if reason:
            raise RuntimeError(f"the scaled stack needs PostgreSQL and Redis: {reason}")
        for name in (self.database, self.claims_database):
            create_database(self.postgres, name)
        create_tracker_schema(self.tracker_url)
        # Before the action workers start, for the same reason as the tracker schema.
        store = ClaimStore(self.claims_url)
        store.create_schema()
        store.engine.dispose()

    def start_rasa(self, name: str = "rasa", port: int | None = None) -> None:
        """All the Rasa processes at once (loading a model is mostly waiting on disk and
        imports), then HAProxy on `rasa_port`; `name`/`port` restart one of them."""
        if port is not None:
            super().start_rasa(name, port)
            return
        with ThreadPoolExecutor(max_workers=self.rasa_processes) as pool:
            list(
                pool.map(
                    lambda i: super(ScaledStack, self).start_rasa(f"rasa-{i + 1}", self.upstream_ports[i]),
                    range(self.rasa_processes),
                )
            )
        self.start_haproxy()

    def start_haproxy(self) -> None:
        binary = haproxy_binary()
        if binary is None:
            raise RuntimeError(HAPROXY_MISSING)
        self.haproxy_config.write_text(render_haproxy_config(self.haproxy_layout()))
        check_haproxy_config(self.haproxy_config)
        # -db: stay in the foreground, so stop() ends it like the other processes.
        process = self._spawn("haproxy", [binary, "-db", "-f", str(self.haproxy_config)])
        self.ready_seconds["haproxy"] = wait_until_ready(
            f"{self.rasa_url}/status?token={self.token}", process
        )

    def start(self) -> ScaledStack:
        self.prepare_databases()
        super().start()
        return self

    def kill_process(self, name: str) -> None:
        """A crash, not a stop: SIGKILL, no clean shutdown (tests of failover)."""
        process = self.processes.pop(name)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()

    def stop(self) -> None:
        super().stop()
        if self.temporary:
            for name in (self.database, self.claims_database):
                drop_database(self.postgres, name)


def main() -> None:
    """`haproxy-config`: print HAProxy's configuration for a deployment (docs/deployment.md)."""
    parser = argparse.ArgumentParser(description="the scaled form's HAProxy configuration")
    parser.add_argument("command", choices=["haproxy-config"])
    parser.add_argument("--bind", default=os.environ.get("HAPROXY_BIND", "127.0.0.1"))
    parser.add_argument("--rasa-port", type=int, default=int(os.environ.get("RASA_PORT", "5005")))
    parser.add_argument("--web-port", type=int, default=int(os.environ.get("WEB_PORT", "8080")))
    parser.add_argument(
        "--rasa-upstream",
        action="append",
        help="host:port of a Rasa process, repeatable (default 127.0.0.1:5101 and :5102)",
    )
    parser.add_argument("--web-upstream", default=os.environ.get("WEB_UPSTREAM", "127.0.0.1:8081"))
    parser.add_argument("--out", type=Path, help="write here (default: standard output)")
    args = parser.parse_args()
    layout = HaproxyLayout(
        rasa_public_port=args.rasa_port,
        web_public_port=args.web_port,
        rasa_upstreams=tuple(args.rasa_upstream or ["127.0.0.1:5101", "127.0.0.1:5102"]),
        web_upstream=args.web_upstream,
        bind_address=args.bind,
        admin_networks=tuple(os.environ.get("ADMIN_NETWORKS", "127.0.0.1/8").replace(",", " ").split()),
    )
    config = render_haproxy_config(layout)
    if args.out:
        args.out.write_text(config)
    else:
        sys.stdout.write(config)


if __name__ == "__main__":
    main()
