"""From the engine's entities to what the widgets show: mention spans and panel rows."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from reader.entities import Entity
from reader.geo.places import place_info
from reader.text.highlights import Span
from reader.ui.widgets.entity_panel import PanelEntry

_WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
_UNITS = {"d": "day", "w": "week", "M": "month", "y": "year"}
_RELATIVE = re.compile(r"relative:([+-]?)(\d+)([dwMy])")
_WEEKDAY = re.compile(r"weekday:([A-Z]{2})([+-]1)?")
_MONTH_DAY = re.compile(r"--(\d\d)(?:-(\d\d))?")


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
        info = place_info(entity.name)
        return info.english if info is not None and info.english else None
    return None


def date_label(value: str | None) -> str | None:
    """A date's value as a reader reads it: ISO dates as they are, `--06` as `June`,
    `weekday:WE-1` as `last Wednesday`, `relative:-1d` as `yesterday`."""
    if not value:
        return None
    if value.startswith("hijri:"):
        return value.removeprefix("hijri:").lstrip("-") + " AH"
    if found := _MONTH_DAY.fullmatch(value):
        month = calendar.month_name[int(found[1])]
        return f"{month} {int(found[2])}" if found[2] else month
    if found := _WEEKDAY.fullmatch(value):
        day = calendar.day_name[_WEEKDAYS[found[1]]]
        return {"-1": f"last {day}", "+1": f"next {day}"}.get(found[2] or "", day)
    if found := _RELATIVE.fullmatch(value):
        sign, amount, unit = found[1], int(found[2]), _UNITS[found[3]]
        if amount == 0:
            return {"day": "today", "week": "this week"}.get(unit, f"this {unit}")
        if amount == 1 and unit == "day":
            return "yesterday" if sign == "-" else "tomorrow"
        if amount == 1:
            return f"last {unit}" if sign == "-" else f"next {unit}"
        return f"{amount} {unit}s ago" if sign == "-" else f"in {amount} {unit}s"
    return value
