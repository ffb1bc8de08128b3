"""Event classes looked up once per type name (bot/server/event_types.py): the same
answers as Rasa's walk over every subclass, for every event a conversation stores."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from rasa.shared.core import events as rasa_events
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SlotSet, UserUttered
from rasa.shared.utils.common import all_subclasses

from bot.server import event_types

RASA_RESOLVE = event_types._rasa_resolve_by_type


@pytest.fixture
def remembered() -> Iterator[None]:
    original = Event.__dict__["resolve_by_type"]
    event_types._found.clear()
    event_types.remember_event_types()
    yield
    Event.resolve_by_type = original
    event_types._found.clear()


def test_each_type_name_is_given_by_one_class_and_only_inherited_by_others() -> None:
    # Why the class remembered is always the one Rasa's walk finds: the walk meets a
    # class before its subclasses (rasa.core.test's EndToEndUserUtterance inherits
    # `user`), so a class imported later never comes before the one that gives the name.
    import rasa.core.test  # noqa: F401 - one such subclass

    classes = all_subclasses(Event)
    for name in {cls.type_name for cls in classes}:
        named = [cls for cls in classes if cls.type_name == name]
        giving = [cls for cls in named if "type_name" in vars(cls)]
        assert len(giving) == 1, name
        assert all(issubclass(cls, giving[0]) for cls in named)
        assert RASA_RESOLVE(name) is giving[0]
    assert len(classes) >= 20


def test_every_event_class_is_found_as_rasa_finds_it(remembered: None) -> None:
    for cls in all_subclasses(Event):
        assert Event.resolve_by_type(cls.type_name) is RASA_RESOLVE(cls.type_name)
        assert Event.resolve_by_type(cls.type_name) is RASA_RESOLVE(cls.type_name)  # from memory


def test_names_rasa_does_not_know_get_rasa_s_answers(remembered: None) -> None:
    with pytest.raises(ValueError, match="Unknown event name 'no_such_event'"):
        Event.resolve_by_type("no_such_event")
    assert Event.resolve_by_type("no_such_event", SlotSet) is SlotSet
    assert Event.resolve_by_type("topic") is None
    assert "no_such_event" not in event_types._found and "topic" not in event_types._found
    assert Event.resolve_by_type("user", SlotSet) is UserUttered  # a default only for the unknown


def test_a_name_is_walked_for_once(remembered: None, monkeypatch: pytest.MonkeyPatch) -> None:
    walks: list[object] = []
    real = rasa_events.rasa.shared.utils.common.all_subclasses

    def counted(cls: type) -> list[type]:
        if cls is Event:
            walks.append(cls)
        return real(cls)

    monkeypatch.setattr(rasa_events.rasa.shared.utils.common, "all_subclasses", counted)
    for _ in range(5):
        Event.resolve_by_type("bot")
    assert len(walks) == 1


def test_stored_events_come_back_the_same(remembered: None) -> None:
    stored = [
        UserUttered("my ring was stolen", {"name": "report_loss", "confidence": 0.9}, [], {"text": "x"}),
        ActionExecuted("action_listen"),
        SlotSet("item_value", 4200),
        BotUttered("Sorry to hear that.", {"elements": None}),
    ]
    for event in stored:
        assert Event.from_parameters(event.as_dict()) == event
