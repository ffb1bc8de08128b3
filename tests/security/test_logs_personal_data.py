"""Issue 13, finding 3: personal data reached the logs whenever an action failed (Rasa
logs the action server's error answer, which carries the whole tracker), and a
database error would log an insert's parameters.

The whole stack runs (action server, Rasa server, web app) with its logs in one
directory. A claim is filed with personal data no other test uses and a staff member
searches for it by email. Then things break: the stored claim's date is made
unreadable, so the status lookup's action raises (the action server answers 500 with
the tracker, and Rasa logs it) and the staff list fails (the web app's error log);
a second claim meets a claims table that has gone (the store's error, with the
insert's parameters). Then every log file of every process is read: none of the
personal data may be in any of them.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from scripts.stack import Stack, running_stack
from scripts.train import train
from tests.e2e.conftest import Chat

pytestmark = [pytest.mark.security, pytest.mark.e2e]

TAG = uuid.uuid4().hex[:6]
NAME = "Zephyrine Quillfeather"
EMAIL = f"zephyrine.quillfeather.{TAG}@example.org"
PHONE = "+64 21 987 6543"
DESCRIPTION = f"It vanished from the glovebox at the Quartzby{TAG} night market"
REPORT_NUMBER = "7319-5528"
# Each personal value and the distinctive parts of it that must not appear either.
PERSONAL = {
    "name": [NAME, "Quillfeather"],
    "email": [EMAIL, f"quillfeather.{TAG}"],
    "phone": [PHONE, "987 6543", "219876543"],
    "description": [DESCRIPTION, f"Quartzby{TAG}"],
    "police report number": [REPORT_NUMBER],
}


# At DEBUG Rasa logs every message, slot and event (a deployer chasing a bug turns it on).
@pytest.fixture(scope="module", params=["INFO", "DEBUG"])
def logged_stack(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    log_dir = tmp_path_factory.mktemp("logs")
    with running_stack(model=train(), log_dir=log_dir, extra_env={"LOG_LEVEL": request.param}) as stack:
        yield stack


def file_a_claim_up_to_the_summary(chat: Chat) -> None:
    chat.say("my $9,000 engagement ring was stolen last Friday")
    for answer in (
        DESCRIPTION,
        "no",
        f"the report number is {REPORT_NUMBER}",
        "only a photo of me wearing it",
    ):
        chat.say(answer)
    for answer in (NAME, EMAIL, PHONE):
        said = chat.said(answer)
    assert "Is this right?" in said and EMAIL in said, said  # the personal data was taken in


def make_the_stored_date_unreadable(stack: Stack, reference: str) -> None:
    with sqlite3.connect(stack.var_dir / "claims.db") as db:
        db.execute("UPDATE claims SET loss_date = 'not a date' WHERE reference = ?", (reference,))


def move_the_claims_table_away(stack: Stack) -> None:
    with sqlite3.connect(stack.var_dir / "claims.db") as db:
        db.execute("ALTER TABLE claims RENAME TO claims_moved_away")


def log_files(stack: Stack) -> list[Path]:
    directory = stack.log_dir or stack.var_dir
    return sorted(p for p in directory.rglob("*") if p.is_file())


def action_server_redacts(stack: Stack) -> bool:
    """Until the action server has its own entry point, which installs the redaction
    (the guard part of issue 13), it runs as plain `rasa run actions` and its log can't
    be held to this; from then on it is checked like the others."""
    arguments = [str(a) for a in stack.processes["actions"].args]  # type: ignore[union-attr]
    return not (Path(arguments[0]).name == "rasa" and arguments[1:3] == ["run", "actions"])


def test_no_log_of_any_process_holds_the_personal_data_of_a_failed_claim(logged_stack: Stack) -> None:
    stack = logged_stack
    chat = Chat(stack)
    file_a_claim_up_to_the_summary(chat)
    chat.say("yes")
    reference = chat.slots()["claim_reference"]
    assert reference, "the claim was not stored"
    # A staff member looks the claimant up by email: the web app's access log.
    staff = {"Authorization": f"Bearer {stack.staff_token}"}
    search = requests.get(f"{stack.web_url}/staff/api/claims", params={"q": EMAIL}, headers=staff, timeout=30)
    assert search.status_code == 200

    make_the_stored_date_unreadable(stack, reference)
    chat.say(f"what's the status of {reference}?")
    answer = chat.said(EMAIL)  # the status action raises: the action server answers 500
    assert "not a date" not in answer
    search = requests.get(f"{stack.web_url}/staff/api/claims", params={"q": EMAIL}, headers=staff, timeout=30)
    assert search.status_code == 500  # the web app's error log, with a traceback

    second = Chat(stack)
    file_a_claim_up_to_the_summary(second)
    move_the_claims_table_away(stack)
    assert "NOT been submitted" in second.said("yes")  # the store's error, caught by the action

    check_action_server = action_server_redacts(stack)
    stack.stop()  # every process flushes and closes its log

    files = log_files(stack)
    names = {f.name for f in files}
    assert {"rasa.log", "web.log", "actions.log"} <= names, names
    log_dir = stack.log_dir or stack.var_dir
    # The failures really were logged (so the check below is not vacuous).
    assert "Encountered an exception while running action" in (log_dir / "rasa.log").read_text("utf-8")
    assert "Traceback" in (log_dir / "web.log").read_text("utf-8")
    checked = [f for f in files if f.name != "actions.log" or check_action_server]
    leaks = {
        f"{path.name}: {kind}"
        for path in checked
        for kind, values in PERSONAL.items()
        if any(value in path.read_text(encoding="utf-8", errors="replace") for value in values)
    }
    assert not leaks, f"personal data in the logs: {sorted(leaks)} (logs in {log_dir})"
