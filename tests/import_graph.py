"""Shared by the tests that keep modules from importing each other in a circle."""

from __future__ import annotations

from collections.abc import Mapping, Set


def import_cycle(graph: Mapping[str, Set[str]]) -> tuple[str, ...] | None:
    """The first cycle a depth-first walk finds (its names in order, the first repeated
    at the end), or None."""
    state: dict[str, str] = {}

    def visit(name: str, trail: tuple[str, ...]) -> tuple[str, ...] | None:
        if state.get(name) == "open":
            return (*trail, name)
        if state.get(name) == "done":
            return None
        state[name] = "open"
        for other in sorted(graph.get(name, ())):
            if cycle := visit(other, (*trail, name)):
                return cycle
        state[name] = "done"
        return None

    for name in sorted(graph):
        if cycle := visit(name, ()):
            return cycle
    return None
