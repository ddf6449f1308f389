"""The entity engine's result types: mentions found in a text, grouped into entities."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    """One occurrence in the text: `text[start:end] == self.text` (Python character offsets)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    """A person, place or date, with every mention of it sorted by start offset.

    `kind` is "person", "place" or "date"; `value` is a date's normalised value
    (None for people and places).
    """

    kind: str
    name: str
    value: str | None
    mentions: tuple[Mention, ...]
