"""Overlapping matches resolved, and the parts of one date expression joined into one."""

from __future__ import annotations

from reader.entities.dates import patterns as pat
from reader.entities.dates.finders import Atom
from reader.entities.dates.values import ParsedDate


def non_overlapping(atoms: list[Atom]) -> list[Atom]:
    kept: list[Atom] = []
    for atom in sorted(atoms, key=lambda a: (a.start, -a.end)):
        if not kept or atom.start >= kept[-1].end:
            kept.append(atom)
        elif atom.end - atom.start > kept[-1].end - kept[-1].start and (
            len(kept) < 2 or atom.start >= kept[-2].end
        ):
            kept[-1] = atom
    return kept


def merge(atoms: list[Atom], folded: str) -> list[Atom]:
    merged: list[Atom] = []
    for atom in atoms:
        if merged:
            joined = _join(merged[-1], atom, folded)
            if joined is not None:
                merged[-1] = joined
                continue
        merged.append(atom)
    return merged


def _join(first: Atom, second: Atom, folded: str) -> Atom | None:
    gap = folded[first.end : second.start]
    a, b = first.parsed, second.parsed
    if "\n" in gap:
        return None
    if a.calendar in ("weekday", "relative") and a.unit == "d" and b.day is not None:
        parsed = b if pat.LINK_GAP.fullmatch(gap) else None
    elif _years_and(a, b) and pat.AND_GAP.fullmatch(gap) and folded[second.start].isdigit():
        parsed = ParsedDate(a.calendar, year=a.year, year_end=b.year)  # "عامي 2013 و2014"
        if a.calendar == "hijri":
            parsed = a  # no Hijri range value: its first year
    elif a.calendar in _CALENDARS and b.calendar in _CALENDARS:
        link = pat.CALENDAR_GAP.fullmatch(gap)
        if not link or (link.group("dash") and a.calendar == b.calendar):
            return None  # "6 مايو 1856 - 23 سبتمبر 1939" is two dates
        parsed = max((b, a), key=lambda p: (p.precision, p.calendar == "gregorian"))
    else:
        return None
    if parsed is None:
        return None
    end = second.end
    if "(" in gap:  # "شباط ( 28 / 2 / 1945 )": take the closing bracket too
        close = pat.CLOSE.match(folded, end)
        end = close.end() if close else end
    return Atom(first.start, end, parsed)


def _years_and(a: ParsedDate, b: ParsedDate) -> bool:
    """Two bare years of one calendar, the second later: a range when joined by و."""
    return (
        a.calendar == b.calendar
        and a.calendar in _CALENDARS
        and a.month is None
        and b.month is None
        and a.year_end is None
        and b.year_end is None
        and a.year is not None
        and b.year is not None
        and a.year < b.year <= a.year + 200
    )


_CALENDARS = ("gregorian", "hijri")
