"""Values of date expressions (formats listed in `dates`), resolved against the article's date,
and read back into their parts."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from hijridate import Gregorian, Hijri

from reader.entities.dates import lexicon as lex


@dataclass(frozen=True)
class ParsedDate:
    """What an expression says, before it is written out as a value."""

    calendar: str = "gregorian"  # gregorian | hijri | decade | weekday | relative | vague
    year: int | None = None
    month: int | None = None
    day: int | None = None
    year_end: int | None = None
    weekday: int | None = None
    amount: int | None = None  # relative offset, in `unit`
    unit: str = "d"
    direction: int | None = None  # -1 past, 0 current, +1 next (المقبل)

    @property
    def precision(self) -> int:
        if self.calendar in ("gregorian", "hijri"):
            return (
                (self.year is not None) * 4
                + (self.month is not None) * 2
                + (self.day is not None) * 1
            )
        return 0


def date_value(p: ParsedDate, article_date: datetime.date | None) -> str | None:
    """The value string of `p`, resolved against `article_date` when it is given."""
    if p.calendar == "vague":
        return None
    if p.calendar == "hijri":
        return _hijri_value(p, article_date)
    if p.calendar == "weekday":
        return _weekday_value(p, article_date)
    if p.calendar == "relative":
        return _relative_value(p.amount or 0, p.unit, article_date)
    if p.calendar == "decade":
        return f"{p.year}X"
    if p.year_end is not None:
        return f"{p.year}/{p.year_end}"
    year = p.year
    if year is None and article_date is not None and p.month is not None:
        year = _year_for_month(p.month, p.day, p.direction, article_date)
    return _iso(year, p.month, p.day)


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    if year is not None:
        parts = [f"{year:04d}"]
        if month is not None:
            parts.append(f"{month:02d}")
            if day is not None:
                parts.append(f"{day:02d}")
        return "-".join(parts)
    if month is not None:
        return f"--{month:02d}" + (f"-{day:02d}" if day is not None else "")
    return None


def _year_for_month(
    month: int, day: int | None, direction: int | None, article_date: datetime.date
) -> int:
    this = (month, day or 1)
    now = (article_date.month, article_date.day if day else 1)
    if direction == 1 and this <= now:
        return article_date.year + 1
    if direction == -1 and this >= now:
        return article_date.year - 1
    return article_date.year


def _hijri_value(p: ParsedDate, article_date: datetime.date | None) -> str | None:
    year = p.year
    if year is None and article_date is not None and p.month is not None:
        try:
            today = Gregorian.fromdate(article_date).to_hijri()
        except (OverflowError, ValueError):
            today = None
        if today is not None:
            year = today.year
            if p.direction == 1 and p.month <= today.month:
                year += 1
            elif p.direction == -1 and p.month >= today.month:
                year -= 1
    if year is not None and p.month is not None and p.day is not None:
        try:
            return Hijri(year, p.month, p.day).to_gregorian().isoformat()
        except (OverflowError, ValueError):
            pass
    return "hijri:" + (_iso(year, p.month, p.day) or "")


def _weekday_value(p: ParsedDate, article_date: datetime.date | None) -> str:
    code = lex.WEEKDAY_CODES[p.weekday or 0]
    if article_date is None:
        if p.amount is not None:
            return _relative_value(p.amount, "d", None)
        suffix = {-1: "-1", 1: "+1"}.get(p.direction or 0, "")
        return f"weekday:{code}{suffix}"
    if p.amount is not None:
        day = article_date + datetime.timedelta(days=p.amount)
        if day.weekday() == p.weekday:
            return day.isoformat()
        direction = -1 if p.amount < 0 else 1 if p.amount > 0 else 0
    else:
        direction = p.direction or 0
    delta = ((p.weekday or 0) - article_date.weekday()) % 7  # 0..6 days ahead
    if direction == -1:
        delta = delta - 7 if delta else -7
    elif direction == 1:
        delta = delta or 7
    elif delta > 3:
        delta -= 7
    return (article_date + datetime.timedelta(days=delta)).isoformat()


def _relative_value(amount: int, unit: str, article_date: datetime.date | None) -> str:
    if article_date is None:
        sign = "+" if amount > 0 else ""
        return f"relative:{sign}{amount}{unit}"
    if unit == "d":
        return (article_date + datetime.timedelta(days=amount)).isoformat()
    if unit == "w":
        year, week, _ = (article_date + datetime.timedelta(weeks=amount)).isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "M":
        months = article_date.year * 12 + article_date.month - 1 + amount
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return f"{article_date.year + amount:04d}"


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
    if (found := _WEEKDAY.fullmatch(value)) and found[1] in lex.WEEKDAY_CODES:
        direction = int(found[2]) if found[2] else 0
        return DateValue("weekday", weekday=lex.WEEKDAY_CODES.index(found[1]), direction=direction)
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
