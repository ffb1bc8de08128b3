"""No personal data in any log: the redaction of bot/logs.py on the records the Rasa
server, the action server and the web app really make.

The records are built the way the libraries build them (Rasa's ClientResponseError and
RemoteAction messages, rasa_sdk's exception handler, aiohttp's access logger, Rasa's
structlog JSON). Installing the redaction changes the process's logging for good, so
the installed path is tested in a subprocess.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import textwrap

import pytest
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import ClientResponseError

from bot.logs import REDACTED, RedactingFilter, redact, redact_record

NAME, EMAIL, PHONE = "Zephyrine Okonkwo-Hale", "zephyrine.hale@example.org", "+64 21 987 6543"
DESCRIPTION = "taken from my glovebox at the Quartzby market carpark"
PERSONAL = (NAME, EMAIL, PHONE, DESCRIPTION, "Zephyrine", "987 6543", "Quartzby")


def assert_clean(text: str) -> None:
    leaked = [value for value in PERSONAL if value in text]
    assert not leaked, f"personal data in the log: {leaked}\n{text}"


def tracker_state() -> dict[str, object]:
    """What Rasa sends the action server (`tracker.current_state(EventVerbosity.ALL)`)."""
    return {
        "sender_id": "c0ffee",
        "slots": {
            "claimant_name": NAME,
            "claimant_email": EMAIL,
            "claimant_phone": PHONE,
            "loss_description": DESCRIPTION,
            "item_value": 800.0,
        },
        "latest_message": {"text": f"my email is {EMAIL}", "intent": {"name": "inform"}, "entities": []},
        "events": [
            {"event": "user", "text": f"I'm {NAME}", "parse_data": {"text": f"I'm {NAME}"}},
            {"event": "slot", "name": "claimant_phone", "value": PHONE},
            {"event": "bot", "text": f"Thanks, {NAME}.", "data": {"buttons": []}},
            {"event": "user", "text": DESCRIPTION},
        ],
        "active_loop": {"name": "claim_intake_form"},
    }


def record(
    message: str,
    *args: object,
    name: str = "rasa.core.processor",
    level: int = logging.ERROR,
    exc: BaseException | None = None,
) -> logging.LogRecord:
    exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else None
    return logging.LogRecord(name, level, __file__, 1, message, args or None, exc_info)


def formatted(rec: logging.LogRecord) -> str:
    RedactingFilter().filter(rec)
    return logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s").format(rec)


def action_server_error() -> RasaException:
    """What RemoteAction.run raises when the action server answers 500: rasa_sdk's
    exception handler puts the whole request (the tracker) in its answer's body, and
    Rasa's ClientResponseError quotes the body in its message."""
    body = json.dumps(
        {
            "error": f"could not convert string to float: '{DESCRIPTION}'",
            "request_body": {"next_action": "action_submit_claim", "tracker": tracker_state()},
        }
    ).encode()
    try:
        try:
            raise ClientResponseError(500, "Internal Server Error", body)  # type: ignore[arg-type]
        except ClientResponseError as cause:
            raise RasaException("Failed to execute custom action 'action_submit_claim'") from cause
    except RasaException as error:
        return error


def test_rasa_logs_an_action_failure_with_the_whole_tracker_and_none_of_it_stays() -> None:
    error = action_server_error()
    before = record(
        "Encountered an exception while running action 'action_submit_claim'."
        "Bot will continue, but the actions events are lost. Please check the logs of your "
        "action server for more information.",
        exc=error,
    )
    raw = logging.Formatter().format(
        record(before.msg, exc=error)
    )  # what the log showed before the redaction
    assert NAME in raw and EMAIL in raw and DESCRIPTION in raw  # the leak is real
    text = formatted(before)
    assert_clean(text)
    # What an operator needs is still there: which action, what failed, where.
    assert "action_submit_claim" in text and "ClientResponseError: 500" in text
    assert "Failed to execute custom action" in text and 'File "' in text


def test_failed_to_run_custom_action_message_with_the_error_body() -> None:
    # RemoteAction.run's aiohttp.ClientError branch puts the error (and its body) into
    # the message itself.
    cause = action_server_error().__cause__
    message = (
        "Failed to run custom action '{}'. Action server responded with a non 200 status "
        "code of {}. Make sure your action server properly runs actions and returns a 200 "
        "once the action is executed. Error: {}".format("action_submit_claim", 500, cause)
    )
    text = formatted(record(message, name="rasa.core.actions.action"))
    assert_clean(text)
    assert "Failed to run custom action 'action_submit_claim'" in text and "status code of 500" in text


def test_the_action_call_rasa_sends_is_redacted_in_every_form() -> None:
    # The body of RemoteAction's request (rasa/core/actions/action.py _action_call_format).
    call = {"next_action": "action_submit_claim", "sender_id": "c0ffee", "tracker": tracker_state()}
    for dump in (json.dumps(call), repr(call), str(call)):
        text = redact(f"Calling action endpoint with {dump}")
        assert_clean(text)
        assert "action_submit_claim" in text


def test_rasa_sdk_exception_traceback_with_slot_values() -> None:
    # An action that fails on a slot's value: Python quotes the value in the message;
    # rasa_sdk logs the traceback with "Exception occurred during execution of request".
    slots = tracker_state()["slots"]
    assert isinstance(slots, dict)

    def submit(slot_values: dict[str, object]) -> None:
        try:
            float(str(slot_values["loss_description"]))
        except ValueError as error:
            raise KeyError(
                f"claimant {slot_values['claimant_name']!r} <{slot_values['claimant_email']}>"
            ) from error

    try:
        submit(slots)
    except KeyError as error:
        failure = error
    text = formatted(
        record(
            # rasa_sdk.endpoint's exception handler: an f-string with Sanic's request repr
            "Exception occurred during execution of request <Request: POST /webhook>",
            name="rasa_sdk.endpoint",
            exc=failure,
        )
    )
    assert_clean(text)
    assert "POST /webhook" in text and "ValueError: could not convert string to float" in text
    assert "KeyError" in text and "in submit" in text


def test_rasa_debug_lines_with_user_text_events_and_slots() -> None:
    lines = [
        f"Received user message '{DESCRIPTION}' with intent "
        "'{'name': 'inform', 'confidence': 0.98}' and entities "
        f"'[{{'entity': 'claimant_name', 'value': '{NAME}', 'start': 5}}]'",
        "Action 'action_submit_claim' ended with events "
        f"'{[SlotSet('claimant_phone', PHONE), BotUttered(f'Thanks {NAME}, your claim'), ActionExecuted('action_listen')]}'",
        f"Logged {UserUttered(f'{NAME}, {DESCRIPTION}', {'name': 'inform'})}",
        f"Current slot values: \n\tclaimant_name: {NAME}\n\tclaimant_phone: {PHONE}\n\trequested_slot: None",
    ]
    for line in lines:
        text = formatted(record(line, level=logging.DEBUG))
        assert_clean(text)
    assert "key: claimant_phone" in redact(lines[1]) and "action_listen" in redact(lines[1])


def test_rasa_structlog_json_with_text_and_dict_traceback() -> None:
    # Rasa's rest channel: structlogger.exception("rest.message.received.failure", text=...)
    # rendered by JSONRenderer with dict_tracebacks (frames with their locals).
    line = json.dumps(
        {
            "text": f"my name is {NAME}",
            "event": "rest.message.received.failure",
            "level": "error",
            "exception": [
                {
                    "exc_type": "ValueError",
                    "exc_value": f"bad input '{NAME}'",
                    "frames": [
                        {"filename": "rest.py", "lineno": 170, "locals": {"text": f"'{DESCRIPTION}'"}}
                    ],
                }
            ],
        }
    )
    text = formatted(record(line, name="rasa.core.channels.rest"))
    assert_clean(text)
    assert "rest.message.received.failure" in text and json.loads(text.split(" ", 4)[4])


def test_an_aiohttp_access_line_keeps_its_shape_without_the_query_values() -> None:
    # aiohttp's AccessLogger formats the line itself and logs it as the message.
    line = f'"GET /staff/api/claims?q={EMAIL}&status=new HTTP/1.1" status=200 bytes=5120 time=0.004123s'
    text = formatted(record(line, name="aiohttp.access", level=logging.INFO))
    assert_clean(text)
    assert (
        f'"GET /staff/api/claims?q={REDACTED}&status=new HTTP/1.1" status=200 bytes=5120 time=0.004123s'
        in text
    )
    search = redact('"GET /staff/api/claims?q=Zephyrine%20Okonkwo HTTP/1.1" status=200')
    assert "Zephyrine" not in search


def test_sqlalchemy_and_postgres_errors_lose_their_values() -> None:
    message = (
        '(psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "claims_email"\n'
        f"DETAIL:  Key (claimant_email)=({EMAIL}) already exists.\n"
        "[SQL: INSERT INTO claims (claimant_name, claimant_email) VALUES (%(name)s, %(email)s)]\n"
        f"[parameters: {{'name': '{NAME}', 'email': '{EMAIL}', 'description': '{DESCRIPTION}'}}]\n"
        "(Background on this error at: https://sqlalche.me/e/14/gkpj)"
    )
    text = redact(message)
    assert_clean(text)
    assert "INSERT INTO claims" in text and "UniqueViolation" in text
    row = redact(f"DETAIL:  Failing row contains (7, {NAME}, {PHONE}, null).")
    assert_clean(row)


@pytest.mark.parametrize(
    "harmless",
    [
        "Starting Rasa server on http://127.0.0.1:5005",
        "Registered function for 'action_submit_claim'.",
        "Loading model models/advisor.tar.gz ...",
        "Action endpoint is up and running on http://127.0.0.1:5055",
        "claim JC-7F3K9Q stored in 0.012345 s",
        "serving on http://127.0.0.1:8080",
        "transcript fetch answered 503",
        "'setParseAction' deprecated - use 'set_parse_action'",
    ],
)
def test_ordinary_operator_lines_are_unchanged(harmless: str) -> None:
    assert redact(harmless) == harmless


@pytest.mark.parametrize(
    "personal",
    [EMAIL, "021 555 0199", "(09) 555-0199", "+1 415-555-0199", "555.123.4567", "+6421987654"],
)
def test_emails_and_phone_numbers_anywhere(personal: str) -> None:
    text = redact(f"reach them at {personal} today")
    assert text == f"reach them at {REDACTED} today"


def test_redaction_is_idempotent_and_handles_args_that_do_not_fit() -> None:
    once = redact(json.dumps(tracker_state()))
    assert redact(once) == once
    broken = record("value %d of %s", NAME)  # wrong arguments must not leak either
    redact_record(broken)
    assert_clean(broken.getMessage())


def test_installed_in_a_process_every_handler_is_covered_even_ones_added_later() -> None:
    # Like the Rasa server: install first, then Rasa's basicConfig, Sanic's dictConfig
    # (new handlers with an `extra` field in the format), and an uncaught exception.
    script = textwrap.dedent(
        f"""
        import logging, logging.config, sys, warnings
        from bot.logs import install_redaction
        install_redaction()
        logging.basicConfig(stream=sys.stdout, format="%(name)s %(message)s", level=logging.DEBUG)
        logging.config.dictConfig({{
            "version": 1, "disable_existing_loggers": False,
            "loggers": {{"sanic.access": {{"level": "INFO", "handlers": ["access"], "propagate": False}}}},
            "handlers": {{"access": {{"class": "logging.StreamHandler", "formatter": "access",
                                      "stream": "ext://sys.stdout"}}}},
            "formatters": {{"access": {{"format": "%(request)s %(message)s %(status)d"}}}},
        }})
        logging.getLogger("sanic.access").info("", extra={{"request": "GET http://h/x?q={EMAIL}", "status": 200}})
        logging.getLogger("rasa.core.processor").error("user said %s", {NAME!r})
        logging.getLogger("bot").info("serving on http://%s:%d for %s", "127.0.0.1", 8080, "http://a:1 http://b:2")
        try:
            raise ValueError("could not read %r" % {DESCRIPTION!r})
        except ValueError:
            logging.getLogger("rasa_sdk.endpoint").exception("Exception occurred during execution of request")
        warnings.warn("a warning quoting '{NAME}'")
        raise RuntimeError("crash with '{PHONE}'")
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    output = done.stdout + done.stderr
    assert_clean(output)
    assert "user said" in output and "Exception occurred" in output and "RuntimeError" in output
    assert f"q={REDACTED}" in output and "py.warnings" in output
    assert "serving on http://127.0.0.1:8080 for http://a:1 http://b:2" in output
