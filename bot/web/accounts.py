"""Personal staff accounts: argon2 password hashes, sessions kept in the database, and
the command that creates accounts.

    python -m bot.web.accounts add NAME      # asks for the password (or reads it from stdin)
    python -m bot.web.accounts list

Sessions live in the claims database, so they survive a restart of the web app and work
on every web process behind a load balancer. The shared STAFF_TOKEN is only a bearer
token for scripts; people sign in with their own name and password, and every change
they make is recorded under that name.
"""

from __future__ import annotations

import argparse
import getpass
import secrets
import sys
import time
from collections.abc import Callable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from bot.store.staff import AccountExists, StaffAccountRecord, StaffDirectory
from bot.web.auth import StaffSession

MIN_PASSWORD_LENGTH = 12
# Longer than any pass phrase; stops a megabyte "password" from costing a hash.
MAX_PASSWORD_LENGTH = 200
HASHER = PasswordHasher()
# Checked against when the name is unknown, so a wrong name takes as long as a wrong password.
_UNKNOWN = HASHER.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def password_problem(password: str) -> str | None:
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"A password needs at least {MIN_PASSWORD_LENGTH} characters (a few words work well)."
    if len(password) > MAX_PASSWORD_LENGTH:
        return f"A password has at most {MAX_PASSWORD_LENGTH} characters."
    return None


def password_matches(account: StaffAccountRecord | None, password: str) -> bool:
    if len(password) > MAX_PASSWORD_LENGTH:
        return False
    try:
        HASHER.verify(account.password_hash if account else _UNKNOWN, password)
    except (VerificationError, InvalidHashError):
        return False
    return account is not None


def needs_rehash(account: StaffAccountRecord) -> bool:
    return HASHER.check_needs_rehash(account.password_hash)


class DatabaseSessions:
    """Staff sessions with an absolute expiry from sign-in, kept in the database.

    Blocking (database calls): the web handlers call these in a worker thread.
    """

    def __init__(self, minutes: int, clock: Callable[[], float] = time.time) -> None:
        self.lifetime_s = minutes * 60.0
        self.clock = clock
        self.directory: StaffDirectory | None = None

    def attach(self, directory: StaffDirectory) -> None:
        self.directory = directory

    def _directory(self) -> StaffDirectory:
        if self.directory is None:
            raise RuntimeError("the sessions are used before the app started")
        return self.directory

    def open(self, account: StaffAccountRecord) -> StaffSession:
        now = self.clock()
        session = StaffSession(
            id=secrets.token_urlsafe(32),
            csrf_token=secrets.token_urlsafe(32),
            expires_at=now + self.lifetime_s,
            name=account.name,
        )
        self._directory().open_session(account.id, session.id, session.csrf_token, session.expires_at, now)
        return session

    def find(self, session_id: str | None) -> StaffSession | None:
        if not session_id or len(session_id) > 100:
            return None
        stored = self._directory().find_session(session_id, self.clock())
        if stored is None:
            return None
        return StaffSession(
            id=session_id, csrf_token=stored.csrf_token, expires_at=stored.expires_at, name=stored.name
        )

    def close(self, session_id: str | None) -> None:
        if session_id:
            self._directory().close_session(session_id)


def read_password(stream_is_tty: bool) -> str:
    if stream_is_tty:
        first = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != first:
            raise SystemExit("The two passwords differ; nothing was saved.")
        return first
    return sys.stdin.readline().rstrip("\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.web.accounts", description="Staff accounts.")
    commands = parser.add_subparsers(dest="command", required=True)
    add = commands.add_parser("add", help="create an account (password prompted, or read from stdin)")
    add.add_argument("name")
    commands.add_parser("list", help="the account names")
    arguments = parser.parse_args(argv)

    from bot.store.claims import claim_store  # the configured database, migrated on open

    directory = claim_store().staff
    if arguments.command == "list":
        print("\n".join(directory.names()) or "No staff accounts yet.")
        return 0
    password = read_password(sys.stdin.isatty())
    problem = password_problem(password)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    try:
        directory.add_account(arguments.name, hash_password(password))
    except (AccountExists, ValueError) as error:
        print(error, file=sys.stderr)
        return 1
    print(f"Staff account {arguments.name} created.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
