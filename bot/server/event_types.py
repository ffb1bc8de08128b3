"""Rasa's lookup of an event class by its type name, remembered once found.

Every stored or returned event becomes an object through `Event.from_parameters`, which
finds its class with `Event.resolve_by_type`: a walk over every subclass of Event
(`all_subclasses`, recursive, with `inspect.isabstract` on each of the 23 classes) each
time, about 40 µs a call on this project's machine. A turn makes a dozen or more such
calls: the events the action server returns, and in the scaled form the events of the
other process's last turn that a kept tracker catches up with
(bot/server/tracker_store.py), or a whole conversation read the first time a process
meets it. py-spy put the walk at 2.5 % of a scaled Rasa process's samples at 10 users
(1 % in the single form).

Here a name's class, once Rasa's walk has found it, is remembered; a name not found (an
unknown event, the old `topic`, a caller's default) goes to Rasa's walk every time, with
Rasa's answer or error. Event classes are never unloaded, each type name is given by one
class and only inherited by others (rasa.core.test's EndToEndUserUtterance inherits
`user`), and the walk meets a class before its subclasses, so a class imported later
never changes what the walk finds: the class remembered is the walk's answer
(tests/server/test_event_types.py). Applied by the Rasa server's entry point
(bot/server/patches.py).
"""

from __future__ import annotations

from rasa.shared.core.events import Event

_rasa_resolve_by_type = Event.resolve_by_type
_found: dict[str, type[Event]] = {}


def resolve_by_type(type_name: str, default: type[Event] | None = None) -> type[Event] | None:
    """`Event.resolve_by_type`, remembering the classes it finds."""
    found = _found.get(type_name)
    if found is not None:
        return found
    resolved = _rasa_resolve_by_type(type_name, default)
    if resolved is not None and resolved is not default and resolved.type_name == type_name:
        _found[type_name] = resolved
    return resolved


def remember_event_types() -> None:
    """From now on event classes are looked up once per name (bot/server/patches.py)."""
    Event.resolve_by_type = staticmethod(resolve_by_type)
