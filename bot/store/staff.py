"""Staff accounts and their sessions in the claims database (no hashing here: the web
layer hashes passwords; this module only keeps what it is given)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.store.models import ACTOR_LENGTH, StaffAccount, StaffSessionRow


class AccountExists(ValueError):
    """There is already an account with that name."""


@dataclass(frozen=True)
class StaffAccountRecord:
    id: int
    name: str
    password_hash: str


@dataclass(frozen=True)
class StoredSession:
    name: str
    csrf_token: str
    expires_at: float


def session_key(session_id: str) -> str:
    return hashlib.sha256(session_id.encode("utf-8", "surrogatepass")).hexdigest()


class StaffDirectory:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def add_account(self, name: str, password_hash: str) -> StaffAccountRecord:
        if not name or len(name) > ACTOR_LENGTH or name != name.strip():
            raise ValueError(f"A staff name is 1 to {ACTOR_LENGTH} characters without spaces around it.")
        try:
            with Session(self.engine) as session, session.begin():
                account = StaffAccount(name=name, password_hash=password_hash)
                session.add(account)
                session.flush()
                return StaffAccountRecord(int(account.id), name, password_hash)
        except IntegrityError as error:
            raise AccountExists(f"There is already a staff account named {name}.") from error

    def account(self, name: str) -> StaffAccountRecord | None:
        if not name or len(name) > ACTOR_LENGTH:
            return None
        with Session(self.engine) as session:
            found = session.scalars(select(StaffAccount).where(StaffAccount.name == name)).first()
            return StaffAccountRecord(int(found.id), found.name, found.password_hash) if found else None

    def names(self) -> list[str]:
        with Session(self.engine) as session:
            return list(session.scalars(select(StaffAccount.name).order_by(StaffAccount.name)))

    def set_password_hash(self, name: str, password_hash: str) -> bool:
        with Session(self.engine) as session, session.begin():
            result = session.execute(
                update(StaffAccount).where(StaffAccount.name == name).values(password_hash=password_hash)
            )
            return bool(result.rowcount)

    def open_session(
        self, account_id: int, session_id: str, csrf_token: str, expires_at: float, now: float
    ) -> None:
        with Session(self.engine) as session, session.begin():
            session.execute(delete(StaffSessionRow).where(StaffSessionRow.expires_at <= now))
            session.add(
                StaffSessionRow(
                    id=session_key(session_id),
                    account_id=account_id,
                    csrf_token=csrf_token,
                    expires_at=expires_at,
                )
            )

    def find_session(self, session_id: str, now: float) -> StoredSession | None:
        query = (
            select(StaffAccount.name, StaffSessionRow.csrf_token, StaffSessionRow.expires_at)
            .join(StaffAccount, StaffAccount.id == StaffSessionRow.account_id)
            .where(StaffSessionRow.id == session_key(session_id))
            .where(StaffSessionRow.expires_at > now)
        )
        with Session(self.engine) as session:
            row = session.execute(query).first()
            return StoredSession(row.name, row.csrf_token, float(row.expires_at)) if row else None

    def close_session(self, session_id: str) -> None:
        with Session(self.engine) as session, session.begin():
            session.execute(delete(StaffSessionRow).where(StaffSessionRow.id == session_key(session_id)))


__all__ = ["AccountExists", "StaffAccountRecord", "StaffDirectory", "StoredSession"]
