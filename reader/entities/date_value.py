"""Date values read back into their parts, for the UI: the value strings that
`reader.entities.dates.values.date_value` writes (the formats are listed in
`reader.entities.dates`).

A module of its own, outside the `dates` package, so that reading a value costs the UI
nothing more than this file: importing the package loads the date patterns, hijridate and
numpy, which the reading screen must not wait for when its panel fills.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
"""The weekdays of ``weekday:XX`` values, Monday first (`datetime.date.weekday()` order)."""


@dataclass(frozen=True, slots=True)
class DateValue:
    """A value string read back into its parts: what `date_value` wrote.

    `kind` is "gregorian" (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``--MM``, ``--MM-DD``),
    "hijri" (``hijri:`` and the same forms), "week" (``YYYY-Www``: `year` the ISO year),
    "years" (``YYYY/YYYY``: `year` to `year_end`), "decade" (``198X``: `year` is 198),
    "weekday" (``weekday:XX``, ``-1``/``+1`` the previous/next one: `direction`) or
    "relative" (``relative:-2y``: `amount` signed, in `unit` d, w, M or y).
    """

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    year_end: int | None = None
    week: int | None = None
    weekday: int | None = None  # 0 Monday .. 6 Sunday
    direction: int = 0
    amount: int = 0
    unit: str = ""


_CALENDAR_DATE = r"(?:(\d{4})(?:-(\d\d)(?:-(\d\d))?)?|--(\d\d)(?:-(\d\d))?)"
_GREGORIAN = re.compile(_CALENDAR_DATE)
_HIJRI = re.compile(f"hijri:{_CALENDAR_DATE}?")
_WEEK = re.compile(r"(\d{4})-W(\d\d)")
_YEARS = re.compile(r"(\d+)/(\d+)")
_DECADE = re.compile(r"(\d{3})X")
_WEEKDAY = re.compile(r"weekday:([A-Z]{2})([+-]1)?")
_RELATIVE = re.compile(r"relative:([+-]?\d+)([dwMy])")


def read_date_value(value: str | None) -> DateValue | None:
    """The parts of a value string that `date_value` writes; None for None or for a
    string it never writes."""
    if not value:
        return None
    if found := _GREGORIAN.fullmatch(value):
        return DateValue("gregorian", *_calendar_parts(found.groups()))
    if found := _HIJRI.fullmatch(value):
        return DateValue("hijri", *_calendar_parts(found.groups()))
    if found := _WEEK.fullmatch(value):
        return DateValue("week", year=int(found[1]), week=int(found[2]))
    if found := _YEARS.fullmatch(value):
        return DateValue("years", year=int(found[1]), year_end=int(found[2]))
    if found := _DECADE.fullmatch(value):
        return DateValue("decade", year=int(found[1]))
    if (found := _WEEKDAY.fullmatch(value)) and found[1] in WEEKDAY_CODES:
        direction = int(found[2]) if found[2] else 0
        return DateValue("weekday", weekday=WEEKDAY_CODES.index(found[1]), direction=direction)
    if found := _RELATIVE.fullmatch(value):
        return DateValue("relative", amount=int(found[1]), unit=found[2])
    return None


def _calendar_parts(
    groups: tuple[str | None, ...],
) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of the groups of `_CALENDAR_DATE`."""
    year, month, day, month_only, day_only = (None if g is None else int(g) for g in groups)
    if year is None:
        return None, month_only, day_only
    return year, month, day
