"""From the engine's entities to what the widgets show: mention spans and panel rows."""

from __future__ import annotations

import calendar
from collections.abc import Sequence

from reader.entities import Entity
from reader.entities.date_value import read_date_value
from reader.text.highlights import Span
from reader.ui.widgets.entity_panel import PanelEntry

_UNITS = {"d": "day", "w": "week", "M": "month", "y": "year"}


def mention_spans(entities: Sequence[Entity]) -> list[list[Span]]:
    """Each entity's mentions as spans of its kind, in document offsets."""
    return [[Span(m.start, m.end, e.kind) for m in e.mentions] for e in entities]


def panel_entries(entities: Sequence[Entity]) -> tuple[PanelEntry, ...]:
    """One panel row per entity; `entity` is its index in `entities`."""
    return tuple(
        PanelEntry(
            entity=k,
            kind=e.kind,
            name=e.name,
            detail=_detail(e),
            count=len(e.mentions),
            first=e.mentions[0].start if e.mentions else 0,
        )
        for k, e in enumerate(entities)
    )


def _detail(entity: Entity) -> str | None:
    """What the panel shows beside the name: a date's value, a place's English name."""
    if entity.kind == "date":
        return date_label(entity.value)
    if entity.kind == "place":
        from reader.geo.places import place_info  # the gazetteer: not before the first frame

        info = place_info(entity.name)
        return info.english if info is not None and info.english else None
    return None


def date_label(value: str | None) -> str | None:
    """A date's value as a reader reads it: ISO dates as they are, `--06` as `June`,
    `weekday:WE-1` as `last Wednesday`, `relative:-1d` as `yesterday`."""
    read = read_date_value(value)
    if read is None:
        return value or None
    if read.kind == "hijri":
        parts = [] if read.year is None else [f"{read.year:04d}"]
        parts += [f"{n:02d}" for n in (read.month, read.day) if n is not None]
        return "-".join(parts) + " AH"
    if read.kind == "gregorian" and read.year is None and read.month is not None:
        month = calendar.month_name[read.month]
        return f"{month} {read.day}" if read.day is not None else month
    if read.kind == "weekday" and read.weekday is not None:
        day = calendar.day_name[read.weekday]
        return {-1: f"last {day}", 1: f"next {day}"}.get(read.direction, day)
    if read.kind == "relative":
        amount, unit = abs(read.amount), _UNITS[read.unit]
        if amount == 0:
            return {"day": "today", "week": "this week"}.get(unit, f"this {unit}")
        if amount == 1 and unit == "day":
            return "yesterday" if read.amount < 0 else "tomorrow"
        if amount == 1:
            return f"last {unit}" if read.amount < 0 else f"next {unit}"
        return f"{amount} {unit}s ago" if read.amount < 0 else f"in {amount} {unit}s"
    return value
