"""From the article's dates to the timeline's rows: one row a year (or a month), each with a
track of its months (or days) marked where the dated events fall."""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from hijridate import Hijri

from reader.entities import Entity
from reader.entities.date_value import read_date_value
from reader.ui.widgets.timeline_strip import TimelineEvent, TimelineRow

MONTH_ROWS_UP_TO = 24
"""A timeline whose dated events span at most this many months gets a row a month."""
GAP_ROWS = 4
"""More empty rows than this in a row fold into one."""
FULL, POINT, EMPTY = "▬", "●", "·"


@dataclass(frozen=True, slots=True)
class Dated:
    """When a date entity falls: its first day, its last, and how precise it is."""

    entity: int
    name: str
    first: datetime.date
    last: datetime.date
    precision: str  # "day", "month", "year"


def when(value: str | None) -> tuple[datetime.date, datetime.date, str] | None:
    """(first day, last day, precision) of a date value, Hijri ones at their Gregorian
    place; None for a value with no place in time (no year, a weekday or an offset that
    the article's date did not resolve, a vague period)."""
    read = read_date_value(value)
    if read is None or read.year is None:
        return None
    year, month, day = read.year, read.month, read.day
    if read.kind == "gregorian":
        if day is not None and month is not None:
            found = _date(year, month, day)
            return None if found is None else (found, found, "day")
        if month is not None:
            first = _date(year, month, 1)
            if first is None:
                return None
            return first, first.replace(day=calendar.monthrange(year, month)[1]), "month"
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31), "year"
    if read.kind == "week" and read.week is not None:
        try:
            monday = datetime.date.fromisocalendar(year, read.week, 1)
        except ValueError:
            return None
        return monday, monday + datetime.timedelta(days=6), "day"
    if read.kind == "years" and read.year_end is not None:
        first_year, last_year = sorted((year, read.year_end))
        return datetime.date(first_year, 1, 1), datetime.date(last_year, 12, 31), "year"
    if read.kind == "decade":
        return datetime.date(year * 10, 1, 1), datetime.date(year * 10 + 9, 12, 31), "year"
    if read.kind == "hijri":
        return _hijri(year, month, day)
    return None


def _date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _hijri(
    year: int, month: int | None, day: int | None
) -> tuple[datetime.date, datetime.date, str] | None:
    """A partial Hijri date's Gregorian first and last day."""
    try:
        if month is not None and day is not None:
            first = last = Hijri(year, month, day).to_gregorian()
            precision = "day"
        elif month is not None:
            first = Hijri(year, month, 1).to_gregorian()
            length = Hijri(year, month, 1).month_length()
            last = Hijri(year, month, length).to_gregorian()
            precision = "month"
        else:
            first = Hijri(year, 1, 1).to_gregorian()
            last = Hijri(year, 12, Hijri(year, 12, 1).month_length()).to_gregorian()
            precision = "year"
    except (OverflowError, ValueError):
        if month is not None:
            return None
        # Outside hijridate's table (1343-1500 AH): the Gregorian year the Hijri year
        # mostly falls in (a Hijri year is 354 or 355 days; year 1 began in July 622).
        gregorian = round(621.57 + year * 0.970224)
        if not 1 <= gregorian <= 9999:
            return None
        return datetime.date(gregorian, 1, 1), datetime.date(gregorian, 12, 31), "year"
    return (
        datetime.date(first.year, first.month, first.day),
        datetime.date(last.year, last.month, last.day),
        precision,
    )


def dated_and_apart(
    entities: Sequence[Entity],
) -> tuple[list[Dated], list[tuple[int, str, str | None]]]:
    """The date entities with a place in time, in time order, and the others (entity,
    name, value), in order of first mention."""
    dated, apart = [], []
    for k, entity in enumerate(entities):
        if entity.kind != "date" or not entity.mentions:
            continue
        found = when(entity.value)
        if found is None:
            apart.append((k, entity.name, entity.value))
        else:
            first, last, precision = found
            dated.append(Dated(k, entity.name, first, last, precision))
    dated.sort(key=lambda d: (d.first, d.last, d.entity))
    return dated, apart


def by_month(dated: Sequence[Dated]) -> bool:
    """Whether the events are close enough in time for a row a month."""
    if not dated:
        return False
    first, last = min(d.first for d in dated), max(d.last for d in dated)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    return months <= MONTH_ROWS_UP_TO and all(d.precision != "year" for d in dated)


def timeline_rows(dated: Sequence[Dated]) -> tuple[TimelineRow, ...]:
    """A row per year (months as the track's cells) or per month (days as its cells),
    from the first event's to the last's; long runs of empty rows fold into one."""
    if not dated:
        return ()
    monthly = by_month(dated)
    periods = _periods(dated, monthly)
    rows: list[TimelineRow] = []
    empty: list[TimelineRow] = []
    for period in periods:
        row = _row(period, dated, monthly)
        if row.events or any(c == FULL for c in row.track):
            if len(empty) > GAP_ROWS:
                rows.append(TimelineRow("⋮", "", ()))
            else:
                rows.extend(empty)
            empty = []
            rows.append(row)
        else:
            empty.append(row)
    return tuple(rows)


def _periods(dated: Sequence[Dated], monthly: bool) -> list[tuple[int, int]]:
    first, last = min(d.first for d in dated), max(d.last for d in dated)
    if not monthly:
        return [(year, 0) for year in range(first.year, last.year + 1)]
    out = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _row(period: tuple[int, int], dated: Sequence[Dated], monthly: bool) -> TimelineRow:
    year, month = period
    if monthly:
        start = datetime.date(year, month, 1)
        cells = calendar.monthrange(year, month)[1]
        end = start.replace(day=cells)
        label = f"{year}-{month:02d}"
    else:
        start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        cells, label = 12, str(year)
    track = [EMPTY] * cells
    events = []
    for d in dated:
        if d.last < start or d.first > end:
            continue
        # The cell of a day: the month of a year row, the day of a month row.
        first_cell = 0 if d.first < start else _cell(d.first, monthly)
        last_cell = cells - 1 if d.last > end else _cell(d.last, monthly)
        mark = POINT if first_cell == last_cell else FULL
        for c in range(first_cell, last_cell + 1):
            if track[c] != POINT:
                track[c] = mark
        if start <= d.first <= end:  # named on the row where it begins
            events.append(TimelineEvent(d.entity, d.name))
    return TimelineRow(label, "".join(track), tuple(events))


def _cell(day: datetime.date, monthly: bool) -> int:
    """The track cell of `day`: its day in a month row, its month in a year row."""
    return day.day - 1 if monthly else day.month - 1
