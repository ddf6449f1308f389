"""Values of date expressions (formats listed in `dates`), resolved against the article's date,
and read back into their parts."""

from __future__ import annotations

import datetime
from calendar import monthrange
from dataclasses import dataclass

from hijridate import Gregorian, Hijri

from reader.entities.date_value import WEEKDAY_CODES


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
    year_offset: int | None = None  # the article's year + this ("مايو من العام المقبل": 1)

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
        return _relative_value(p.amount or 0, p.unit, article_date, p.day)
    if p.calendar == "decade":
        return f"{p.year}X"
    if p.year_end is not None:
        return f"{p.year}/{p.year_end}"
    year = p.year
    if year is None and article_date is not None and p.year_offset is not None:
        year = article_date.year + p.year_offset
    elif year is None and article_date is not None and p.month is not None:
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
        if today is not None and p.year_offset is not None:
            year = today.year + p.year_offset
        elif today is not None:
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
    code = WEEKDAY_CODES[p.weekday or 0]
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


def _relative_value(
    amount: int, unit: str, article_date: datetime.date | None, day: int | None = None
) -> str:
    """The offset, or the date it reaches from `article_date`; `day` is a day of the month
    reached ("يوم 18 من هذا الشهر"), kept only when the date is known and has that day."""
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
        month = f"{months // 12:04d}-{months % 12 + 1:02d}"
        if day is not None and 1 <= day <= monthrange(months // 12, months % 12 + 1)[1]:
            return f"{month}-{day:02d}"
        return month
    return f"{article_date.year + amount:04d}"
