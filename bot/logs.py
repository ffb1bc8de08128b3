"""Logging for every process (Rasa server, action server, web app) without personal data.

`install_redaction()` is called once at the start of each process's entry point
(scripts/rasa_server.py, the action server's entry point, bot/web/__main__.py). What gets
redacted, wherever it appears in a message, its arguments, an exception's message or a
traceback:

- tracker and event dumps: the values of keys that carry what a user said or what the
  bot stored (`text`, `slots`, `events`, `latest_message`, `request_body`, `value`, the
  claimant's fields, structlog's `locals`...), in JSON, Python reprs and `key=value`
  form; Rasa's event reprs (`SlotSet(key: k, value: v)`, `UserUttered(text: ...)`);
  the body of an action server's error answer (`body='...'`, which carries the whole
  tracker); SQLAlchemy's `[parameters: ...]` and PostgreSQL's `DETAIL` rows;
- email addresses, phone numbers, URL query values (`?q=`, `?token=`);
- quoted free text (what Rasa and Python quote is usually a user's words: "Received
  user message 'my ring was stolen'", "could not convert string to float: 'Ana'"),
  unless it looks like a code name (`'action_submit_claim'`, `'bot.actions'`) or an
  HTTP request line;
- a logging argument that reads as prose (`log.info("user said %s", text)`): two or
  more words that are not all URLs, paths, numbers or code names.

What no rule can see: a user's words pasted unquoted into an f-string message or an
exception's message. Code here logs values as arguments or with `!r`, never that way.

How it reaches every record, including those of handlers Rasa and Sanic add after this
runs (Rasa's `configure_logging_and_warnings` and `configure_structlog` add root
handlers, `Sanic("rasa_server")` runs `logging.config.dictConfig` with its own
handlers, rasa_sdk adds a coloredlogs handler): the log record factory redacts each
record's message, arguments and traceback the moment a record is made, before any
handler sees it; a filter on the loggers that pass request details in `extra`
(Sanic's and aiohttp's access loggers) and on every handler present at install
redacts those fields too. Warnings and uncaught exceptions are routed through logging
so the same rules apply to them.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

from bot.claim_references import is_reference

REDACTED = "[redacted]"

# Keys whose values are what a user said or what the bot stored about them. Rasa's own
# list of "anonymizable" structlog keys (rasa/utils/log_utils.py) is part of it.
SENSITIVE_KEYS = frozenset(
    {
        # tracker and events (Rasa's HTTP API, the action server's request body)
        "text", "message", "value", "slots", "events", "latest_message", "tracker",
        "request_body", "entities", "entity", "data", "metadata", "input_channel_data",
        "parse_data", "slot_values", "body",
        # the claimant's fields (bot contract)
        "claimant_name", "claimant_email", "claimant_phone", "loss_description",
        "police_report_number", "email", "phone",
        # rasa.utils.log_utils._anonymizer's keys (structlog events)
        "response_text", "user_text", "parse_data_text", "parse_data_entities",
        "prediction_events", "tracker_latest_message", "prefilled_slots", "response",
        "slot_candidates", "rasa_event", "rasa_events", "tracker_states", "current_states",
        "old_states", "states", "successes", "current_entity", "next_entity", "token_text",
        "user_message", "json_message",
        # structlog's dict tracebacks: every frame's local variables, the exception text
        "locals", "exc_value",
    }
)  # fmt: skip
_KEY = re.compile(
    r"""(?<![\w-])(?P<quote>["']?)(?P<key>[A-Za-z_]+)(?P=quote)\s*(?P<sep>:|=)[ \t]*""",
)
# Rasa's event reprs and strs (rasa/shared/core/events.py) that show a user's words or a
# slot's value; SlotSet keeps its key, which is a slot name and useful for debugging.
_EVENT = re.compile(r"\b(?P<name>UserUttered|BotUttered|AgentUttered|SlotSet|EntitiesAdded)\(")
_SLOT_SET_KEY = re.compile(r"\s*key: (?P<key>\w+)")
# `body='...'`: aiohttp/Rasa's ClientResponseError carries the action server's whole
# answer, which on a failure includes `request_body`, the full tracker. One line.
_BODY = re.compile(r"(?P<lead>\bbody=)[^\n]*")
# SQLAlchemy (unless hide_parameters) and PostgreSQL print the values of a statement.
_SQL_PARAMETERS = re.compile(r"\[parameters: [^\n]*")
_PG_DETAIL = re.compile(r"(?P<lead>(?:Failing row contains|Key \([^)\n]*\)=)) ?\([^\n]*")
# Rasa's debug dump of the slots: "Current slot values: \n\tname: value\n\t..."
_SLOT_LINE = re.compile(r"(?m)^(?P<lead>\t[\w-]+: ).*$")
_QUERY_VALUE = re.compile(r"(?P<lead>[?&](?P<name>[\w.%-]+)=)(?P<value>[^&\s\"'#]*)")
SAFE_QUERY_NAMES = frozenset({"page", "status", "type", "claim_type", "days", "transport", "EIO"})
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w.+/:-])\+?\(?\d[\d ().-]{5,}\d(?![\w/])")
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_DECIMAL = re.compile(r"\d+\.\d+")
_LONG_FRACTION = re.compile(r"\.\d{5,}")
_ISO_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?")
_QUOTED = re.compile(r"""(?<!\w)(?P<q>['"])(?P<content>[^'"\n]*)(?P=q)(?!\w)""")
# Code names: dotted or slashed paths, snake_case, camelCase (a library's own words).
_CODE_NAME = re.compile(r"[A-Za-z_][\w-]*(?:[._/:][\w-]+)+|[a-z]+_[\w]+|[a-z]+(?:[A-Z][a-z0-9]*)+|/[\w/.-]*")
LEVEL_NAMES = frozenset({"debug", "info", "warning", "error", "critical", "exception"})
_REQUEST_LINE = re.compile(r"[A-Z]{3,7} \S+ HTTP/\d(?:\.\d)?")
_CLOSING = {"{": "}", "[": "]", "(": ")"}


def redact(text: str) -> str:
    """Text with every piece of personal data this module knows how to find replaced."""
    if not text:
        return text
    text = _redact_events(text)
    text = _BODY.sub(lambda m: m["lead"] + REDACTED, text)
    text = _SQL_PARAMETERS.sub(f"[parameters: {REDACTED}]", text)
    text = _PG_DETAIL.sub(lambda m: f"{m['lead']} ({REDACTED})", text)
    text = _redact_key_values(text)
    text = _SLOT_LINE.sub(lambda m: m["lead"] + REDACTED, text)
    return _redact_shapes(text, quoted=True)


def redact_traceback(text: str) -> str:
    """A formatted traceback: exception messages get every rule, while the code lines
    (indented: "  File ...", the source line) only the shapes, so a traceback still
    shows the code's own string literals."""
    lines = []
    for line in text.split("\n"):
        lines.append(_redact_shapes(line, quoted=False) if line.startswith(" ") else redact(line))
    return "\n".join(lines)


def _redact_shapes(text: str, quoted: bool) -> str:
    text = _QUERY_VALUE.sub(_query_value, text)
    text = _EMAIL.sub(REDACTED, text)
    text = _PHONE.sub(_phone, text)
    return _QUOTED.sub(_quoted, text) if quoted else text


def _query_value(match: re.Match[str]) -> str:
    if match["name"] in SAFE_QUERY_NAMES or not match["value"]:
        return match[0]
    return match["lead"] + REDACTED


def _phone(match: re.Match[str]) -> str:
    found = match[0]
    digits = sum(c.isdigit() for c in found)
    harmless = (
        digits > 15
        or _IPV4.fullmatch(found)
        or _DECIMAL.fullmatch(found)
        or _LONG_FRACTION.search(found)  # a duration or a timestamp, not a phone
        or _ISO_DATE_TIME.fullmatch(found.strip())
    )
    return found if harmless or digits < 7 else REDACTED


def _quoted(match: re.Match[str]) -> str:
    content = match["content"]
    after = match.string[match.end() : match.end() + 2].lstrip()
    keep = (
        not content.strip()
        or REDACTED in content
        or after.startswith(":")  # a JSON or dict key
        or _CODE_NAME.fullmatch(content)
        or is_reference(content)
        or content in LEVEL_NAMES
        or _REQUEST_LINE.fullmatch(content)
    )
    return match[0] if keep else f"{match['q']}{REDACTED}{match['q']}"


def _redact_events(text: str) -> str:
    out, position = [], 0
    for match in _EVENT.finditer(text):
        if match.start() < position:
            continue  # inside an event already redacted
        end = _balanced_end(text, match.end() - 1)
        inner = text[match.end() : end - 1]
        kept = ""
        if match["name"] == "SlotSet" and (key := _SLOT_SET_KEY.match(inner)):
            kept = f"key: {key['key']}, value: "
        out.append(text[position : match.end()] + kept + REDACTED + ")")
        position = end
    out.append(text[position:])
    return "".join(out)


def _redact_key_values(text: str) -> str:
    out, position = [], 0
    for match in _KEY.finditer(text):
        if match.start() < position or match["key"].lower() not in SENSITIVE_KEYS:
            continue
        if match["sep"] == "=" and match["quote"]:
            continue  # '"text"=' is not a key-value pair in any syntax we know
        start = match.end()
        end = _value_end(text, start, bare_is_line=match["sep"] == ":" and not match["quote"])
        if end == start:
            continue
        value = text[start:end]
        quote = value[0] if value[0] in "\"'" else ('"' if match["quote"] == '"' else "")
        out.append(text[position:start] + f"{quote}{REDACTED}{quote}")
        position = end
    out.append(text[position:])
    return "".join(out)


def _value_end(text: str, start: int, bare_is_line: bool) -> int:
    """Where the value that starts at `start` ends: a quoted string, a bracketed
    structure, a bytes literal, or a bare word (up to the next key or the line's end)."""
    if start >= len(text):
        return start
    first = text[start]
    if first == "b" and text[start + 1 : start + 2] in ("'", '"'):
        return _string_end(text, start + 1)
    if first in "\"'":
        return _string_end(text, start)
    if first in _CLOSING:
        return _balanced_end(text, start)
    if first == "\n":
        return start
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    if bare_is_line:
        next_key = re.compile(r",\s*[A-Za-z_]+\s*[:=]").search(text, start, line_end)
        return next_key.start() if next_key else line_end
    stop = re.compile(r"[,;}\])\s]").search(text, start, line_end)
    return stop.start() if stop else line_end


def _string_end(text: str, start: int) -> int:
    quote, i = text[start], start + 1
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == quote:
            return i + 1
        i += 1
    return len(text)  # unterminated: everything after it goes


def _balanced_end(text: str, start: int) -> int:
    """The index after the bracket closing the one at `start`, skipping quoted strings;
    the end of the text if it never closes (a truncated dump goes whole)."""
    depth, i = 0, start
    while i < len(text):
        char = text[i]
        if char in "\"'" and (i == 0 or not text[i - 1].isalnum()):
            i = _string_end(text, i)
            continue
        if char in _CLOSING:
            depth += 1
        elif char in "}])":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(text)


# --- records ------------------------------------------------------------------------------

_STANDARD_ATTRIBUTES = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "asctime",
    "_redacted",
}


_CODE_TOKEN = re.compile(
    r"[\w.+-]*://\S*|/[\w/.%-]*|[\d.:,%-]+|[A-Za-z_][\w-]*(?:[._/:][\w-]+)+|[a-z]+_\w+|[^\w\s]+"
)


def _looks_like_prose(value: str) -> bool:
    """Two or more words, not all of them URLs, paths, numbers or code names."""
    words = value.split()
    return len(words) >= 2 and not all(_CODE_TOKEN.fullmatch(word) for word in words)


def _redact_argument(value: object) -> object:
    """A text inserted into a message is data, not the message: a user's words arrive
    this way unquoted (`log.info("user said %s", text)`), where no shape gives them away."""
    if isinstance(value, str | BaseException) and _looks_like_prose(str(value)):
        return REDACTED
    return value


def redact_record(record: logging.LogRecord) -> None:
    """Redact the record in place: message (with its arguments), traceback, stack."""
    if getattr(record, "_redacted", False):
        return
    if isinstance(record.args, tuple):
        record.args = tuple(_redact_argument(arg) for arg in record.args)
    elif isinstance(record.args, dict):
        record.args = {key: _redact_argument(arg) for key, arg in record.args.items()}
    try:
        message = record.getMessage()
    except Exception:  # arguments that don't fit the format: keep neither raw
        message = f"{record.msg} [arguments not shown]"
    record.msg, record.args = redact(str(message)), None
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = redact_traceback(record.exc_text)
    # Formatters print exc_text when it is set; without exc_info none can render the raw
    # exception (with its message) again.
    record.exc_info = None
    if record.stack_info:
        record.stack_info = redact_traceback(record.stack_info)
    record._redacted = True


def redact_extras(record: logging.LogRecord) -> None:
    """Fields passed with `extra=` (Sanic's access log puts the URL in `request`)."""
    for name, value in list(vars(record).items()):
        if name in _STANDARD_ATTRIBUTES or isinstance(value, int | float | bool) or value is None:
            continue
        setattr(record, name, redact(str(value)))


class RedactingFilter(logging.Filter):
    """Redacts each record it sees (in place) and lets it through."""

    def filter(self, record: logging.LogRecord) -> bool:
        redact_record(record)
        redact_extras(record)
        return True


REDACTING_FILTER = RedactingFilter()
# Loggers that log request details in `extra` fields, which the record factory cannot
# see (they are set after the factory returns).
EXTRA_FIELD_LOGGERS = ("sanic.access", "sanic.error", "sanic.root", "aiohttp.access", "aiohttp_remotes")
_install_lock = threading.Lock()


def _redacting_factory(make: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make(*args, **kwargs)
        redact_record(record)
        return record

    factory.redacting = True  # type: ignore[attr-defined]
    return factory


def _add_filter(filterer: logging.Filterer) -> None:
    if REDACTING_FILTER not in filterer.filters:
        filterer.addFilter(REDACTING_FILTER)


def _log_uncaught(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)  # Ctrl-C: no traceback worth logging
        return
    logging.getLogger("uncaught").critical("uncaught exception", exc_info=(kind, error, tb))


def _log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        _log_uncaught(args.exc_type, args.exc_value, args.exc_traceback)


def install_redaction() -> None:
    """Redact personal data from every log record of this process (idempotent)."""
    with _install_lock:
        if not getattr(logging.getLogRecordFactory(), "redacting", False):
            logging.setLogRecordFactory(_redacting_factory(logging.getLogRecordFactory()))
        for name in EXTRA_FIELD_LOGGERS:
            _add_filter(logging.getLogger(name))
        for handler in _known_handlers():
            _add_filter(handler)
        logging.captureWarnings(True)
        sys.excepthook = _log_uncaught
        threading.excepthook = _log_uncaught_in_thread


def _known_handlers() -> list[logging.Handler]:
    loggers: list[logging.Logger] = [logging.getLogger()]
    loggers += [lg for lg in logging.Logger.manager.loggerDict.values() if isinstance(lg, logging.Logger)]
    handlers = [h for lg in loggers for h in lg.handlers]
    if logging.lastResort is not None:
        handlers.append(logging.lastResort)
    return handlers
