"""Alembic migrations on SQLite and PostgreSQL: a database made at an earlier revision,
with claims in it, upgrades without losing a row; the models and the revisions agree."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from bot.store import migrate
from bot.store.claims import ClaimStore
from bot.store.models import Base
from tests.conftest import missing_service
from tests.store.conftest import ADMIN_URL


def empty_postgres() -> Iterator[Engine]:
    name = f"migrate_test_{uuid.uuid4().hex[:10]}"
    try:
        admin = create_engine(ADMIN_URL, future=True, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as error:
        missing_service(f"PostgreSQL not reachable at {ADMIN_URL}: {type(error).__name__}")
    engine = create_engine(ADMIN_URL.rsplit("/", 1)[0] + f"/{name}", future=True)
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Engine, str]]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'claims.db'}"
        engine = create_engine(url, future=True)
        yield engine, url
        engine.dispose()
    else:
        for engine in empty_postgres():
            yield engine, engine.url.render_as_string(hide_password=False)


BASELINE_CLAIMS = sa.table(
    "claims",
    *(
        sa.column(name)
        for name in (
            "reference",
            "created_at",
            "status",
            "sender_id",
            "claim_type",
            "item_type",
            "item_value",
            "currency",
            "loss_date",
            "loss_description",
            "was_specified",
            "police_report_number",
            "care_plan",
            "claimant_name",
            "claimant_email",
            "claimant_phone",
        )
    ),
    sa.column("missing_documents", sa.JSON()),
    sa.column("claim_flags", sa.JSON()),
    sa.column("flag_facts", sa.JSON()),
)


def baseline_claim(reference: str, status: str) -> dict[str, object]:
    return {
        "reference": reference,
        "created_at": datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc),
        "status": status,
        "sender_id": f"chat-{reference}",
        "claim_type": "theft",
        "item_type": "ring",
        "item_value": 4200.5,
        "currency": "USD",
        "loss_date": date(2026, 11, 14),
        "loss_description": "Taken from the gym locker",
        "was_specified": False,
        "police_report_number": "PR-1",
        "care_plan": False,
        "claimant_name": "Ana Ruiz",
        "claimant_email": "ana@example.com",
        "claimant_phone": "+1 555 010 2000",
        "missing_documents": ["valuation"],
        "claim_flags": ["claim_limit"],
        "flag_facts": {"claim_limit": "unspecified ring"},
    }


def fill_baseline(engine: Engine) -> None:
    migrate.upgrade(engine, migrate.BASELINE)
    with engine.begin() as connection:
        connection.execute(
            BASELINE_CLAIMS.insert(),
            [baseline_claim("JC-AAAA22", "new"), baseline_claim("JC-BBBB22", "reviewed")],
        )


def differences(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def test_a_baseline_database_with_claims_upgrades_without_losing_any(empty: tuple[Engine, str]) -> None:
    engine, url = empty
    fill_baseline(engine)
    assert migrate.current_revision(engine) == migrate.BASELINE

    store = ClaimStore(url)
    store.create_schema()
    assert migrate.current_revision(store.engine) == migrate.head()
    fresh = store.get_claim("JC-AAAA22")
    old_reviewed = store.get_claim("JC-BBBB22")
    assert fresh is not None and fresh.status == "new" and fresh.events == ()
    assert fresh.item_value == 4200.5 and fresh.missing_documents == ("valuation",)
    assert fresh.flag_facts == {"claim_limit": "unspecified ring"}
    assert old_reviewed is not None and old_reviewed.status == "in_review"
    assert [(e.status, e.actor) for e in old_reviewed.events] == [("in_review", "migration")]
    store.engine.dispose()


def test_a_database_made_before_migrations_is_stamped_then_upgraded(empty: tuple[Engine, str]) -> None:
    engine, url = empty
    fill_baseline(engine)
    with engine.begin() as connection:  # as create_all left it: tables, no version table
        connection.execute(text("DROP TABLE alembic_version"))
    store = ClaimStore(url)
    store.create_schema()
    store.create_schema()  # and again on the next start: nothing to do
    assert migrate.current_revision(store.engine) == migrate.head()
    assert len(store.list_claims()) == 2
    store.engine.dispose()


def test_the_revisions_make_exactly_the_models_schema(empty: tuple[Engine, str]) -> None:
    engine, _ = empty
    migrate.upgrade(engine)
    assert differences(engine) == []


def test_the_newest_revision_downgrades_and_upgrades_again(empty: tuple[Engine, str]) -> None:
    engine, _ = empty
    fill_baseline(engine)
    migrate.upgrade(engine)
    migrate.downgrade(engine, migrate.BASELINE)
    assert migrate.current_revision(engine) == migrate.BASELINE
    migrate.upgrade(engine)
    assert differences(engine) == []


BEFORE_CLAIM_ANSWERS = "0006_uploaded_documents"


# The claims table as revision 0006 has it: the baseline's columns and the workflow's.
def claims_table(table: sa.TableClause, *added: sa.ColumnClause[object]) -> sa.TableClause:
    return sa.table("claims", *(sa.column(c.name, c.type) for c in table.columns), *added)


CLAIMS_AT_0006 = claims_table(BASELINE_CLAIMS, sa.column("awaited_documents", sa.JSON()))
CLAIMS_AT_0007 = claims_table(CLAIMS_AT_0006, sa.column("assumed_answers", sa.JSON()))


def claim_at_0006(reference: str, **changes: object) -> dict[str, object]:
    return {**baseline_claim(reference, "new"), "awaited_documents": [], **changes}


def test_claims_made_before_unknown_specification_keep_their_answers(empty: tuple[Engine, str]) -> None:
    engine, url = empty
    migrate.upgrade(engine, BEFORE_CLAIM_ANSWERS)
    with engine.begin() as connection:
        connection.execute(
            CLAIMS_AT_0006.insert(),
            [claim_at_0006("JC-CCCC22", was_specified=True), claim_at_0006("JC-DDDD22")],
        )

    store = ClaimStore(url)
    store.create_schema()
    assert migrate.current_revision(store.engine) == migrate.head()
    specified, unspecified = store.get_claim("JC-CCCC22"), store.get_claim("JC-DDDD22")
    assert specified is not None and specified.was_specified is True
    assert unspecified is not None and unspecified.was_specified is False
    for claim in (specified, unspecified):
        assert claim.assumed_answers == () and claim.purchase_date is None
        assert claim.item_value == 4200.5 and claim.flag_facts == {"claim_limit": "unspecified ring"}
    store.engine.dispose()


def test_going_back_before_unknown_specification_stores_unknown_as_no(empty: tuple[Engine, str]) -> None:
    engine, url = empty
    migrate.upgrade(engine)
    with engine.begin() as connection:
        connection.execute(
            CLAIMS_AT_0007.insert(), [claim_at_0006("JC-EEEE22", was_specified=None, assumed_answers=[])]
        )
    migrate.downgrade(engine, BEFORE_CLAIM_ANSWERS)
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT was_specified FROM claims")).scalar_one()
    assert stored is False or stored == 0  # SQLite keeps a boolean as 0/1


def test_going_back_before_answers_not_known_fills_them_for_the_old_rule(
    empty: tuple[Engine, str],
) -> None:
    engine, _ = empty
    migrate.upgrade(engine)
    with engine.begin() as connection:
        connection.execute(
            CLAIMS_AT_0007.insert(),
            [
                claim_at_0006(
                    "JC-FFFF22", loss_date=None, item_value=None, assumed_answers=["item_value", "loss_date"]
                )
            ],
        )
    migrate.downgrade(engine, "0008_handoff_taken_at")
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT loss_date, created_at, item_value FROM claims")).one()
    assert stored[0] is not None and str(stored[0])[:10] == str(stored[1])[:10]
    assert float(stored[2]) == 0.01
