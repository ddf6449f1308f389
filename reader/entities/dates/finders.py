"""The date patterns run over folded text, each kept match read into an `Atom`."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

from reader.entities.dates import patterns as pat
from reader.entities.dates.prefilter import Windows, scan
from reader.entities.dates.values import ParsedDate

Offsets = Callable[[int], int]  # an offset in the folded text -> one in the original


@dataclass(frozen=True)
class Atom:
    start: int  # offsets in the folded text
    end: int
    parsed: ParsedDate


def find_atoms(folded: str, text: str, original: Offsets, windows: Windows) -> list[Atom]:
    atoms: list[Atom] = []
    for finder, family in FINDERS:
        if windows[family]:
            atoms.extend(finder(folded, text, original, windows[family]))
    return atoms


def _word_before(folded: str, start: int) -> str:
    found = pat.WORD_BEFORE.search(folded, max(0, start - 40), start)
    return found.group(1) if found else ""


def _word_after(folded: str, end: int) -> str:
    found = pat.WORD_AFTER.match(folded, end, end + 40)
    return found.group(1) if found else ""


def _word_dates(
    folded: str, text: str, original: Offsets, windows: list[tuple[int, int]]
) -> list[Atom]:
    atoms = []
    for m in scan(pat.WORD_DATE, folded, windows):
        m1 = _squash(m.group("m1"))
        hijri = m1 in pat.HIJRI
        month = pat.HIJRI[m1] if hijri else pat.GREGORIAN[m1]
        day = (
            int(m.group("day"))
            if m.group("day")
            else pat.DAY_ORDINALS.get(_squash(m.group("oday") or ""))
        )
        written_year = m.group("year") or m.group("ryear")  # "شوال من العام الحالي 1436هـ"
        era = m.group("era") or m.group("rera")
        year = int(written_year) if written_year else None
        if m.group("ghurra"):
            day = 1  # غرة: the first day of a (Hijri) month
        if day is not None and not 1 <= day <= 31:
            day = None
        days = m.group("day2") is not None and day is not None  # "14 و17 مايو": no one day
        if year is not None and not (hijri or era or 1000 <= year <= 2100):
            year = None
        direction = pat.DIRECTIONS.get(m.group("dir") or "")
        strong = day or year or m.group("m2")
        after_month = _word_before(folded, m.start()) in pat.GREGORIAN  # "بين يناير ومارس"
        glued = (m.start("edge") if m.group("edge") else m.start("core")) > m.start()
        if m1 in pat.WEAK_MONTHS and glued and not (strong or after_month):
            continue  # "باب" is a door, "ومارس" "and he practised"
        if m1 == "صفر" and not (year or m.group("shahr")):
            continue  # "3 / صفر" is a score
        if m1 in pat.WEAK_MONTHS and not (
            day or year or m.group("m2") or m.group("shahr") or m.group("edge")
            or m.group("dir") or m.group("ythis") or m.group("ydir")
            or text[original(m.start("m1"))] == "آ"
            or _word_before(folded, m.start()) in pat.MONTH_CUES
            or after_month
        ):  # fmt: skip
            continue
        if m1 == "اب" and text[original(m.start("m1"))] != "آ" and not strong:
            continue  # أب "father", إب the Yemeni city
        if m.group("m2") and _squash(m.group("m2")) in pat.HIJRI and not hijri:
            hijri, month = True, pat.HIJRI[_squash(m.group("m2"))]
        start, end = m.start("core"), m.end("core")
        if day is None and (m.group("day") or m.group("oday") or m.group("ghurra")):
            start = m.start("m1") if not m.group("shahr") else m.start("shahr")
        if year is None and m.group("year"):
            end = max(m.end("m1"), m.end("pair"), m.end("dir"))
        elif year is None and m.group("ryear"):
            end = max(m.end("ythis"), m.end("ydir"))
        year_offset = None
        if (m.group("ythis") or m.group("ydir")) and year is None:
            year_offset = pat.DIRECTIONS.get(m.group("ydir") or "", 0)
        parsed = ParsedDate(
            calendar="hijri" if hijri or _hijri_era(era) else "gregorian",
            year=year,
            month=month,
            day=None if days else day,
            direction=direction,
            year_offset=year_offset,
        )
        atoms.append(Atom(start, end, parsed))
    return atoms


def _hijri_era(era: str | None) -> bool:
    return era is not None and (era.startswith("ه") or era == "للهجره")


def _squash(words: str) -> str:
    return " ".join(words.split())


def _numeric_dates(
    folded: str, text: str, original: Offsets, windows: list[tuple[int, int]]
) -> list[Atom]:
    atoms = []
    for m in scan(pat.NUMERIC_DATE, folded, windows):
        if m.group("y"):
            year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        else:
            day, month, year = int(m.group("a")), int(m.group("b")), int(m.group("c"))
            if month > 12 >= day:  # month/day/year, as some sources write it
                day, month = month, day
        era = m.group("era") or ""
        hijri = era.startswith("ه") or (not era and 1300 <= year <= 1500)
        if not _valid(year, month, day, hijri):
            continue
        calendar = "hijri" if hijri else "gregorian"
        atoms.append(Atom(m.start("core"), m.end("core"), ParsedDate(calendar, year, month, day)))
    return atoms


def _valid(year: int, month: int, day: int, hijri: bool) -> bool:
    if hijri:
        return 1 <= month <= 12 and 1 <= day <= 30
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return 1000 <= year <= 2100


def _years(
    folded: str, text: str, original: Offsets, windows: list[tuple[int, int]]
) -> list[Atom]:
    atoms = []
    for m in scan(pat.YEAR, folded, windows):
        year = int(m.group("year"))
        era, era2 = m.group("era") or "", m.group("era2") or ""
        year2 = int(m.group("year2")) if m.group("year2") else None
        if (
            era == "م"
            and not m.group("kw")
            and (
                _word_after(folded, m.end("era")) in ("مربع", "مكعب")
                or _counts_something(folded, m)
            )
        ):
            continue  # metres, not an era
        # A range rises, or falls by one as school years are written ("1437/1436هـ").
        is_range = year2 is not None and (year < year2 <= year + 200 or year2 == year - 1)
        # The era after a range's second year is the range's ("701-774هـ").
        marked = era or (era2 if is_range else "")
        if len(m.group("year")) < 3 and not (m.group("kw") and marked):
            continue  # "سنة 69 للهجرة" is a year, "سنة 69" is not
        if not marked and not m.group("kw"):
            if not 1900 <= year <= 2099 or _counts_something(folded, m):
                continue
        elif not marked and not 1000 <= year <= 2100:
            continue
        end = m.end("core")
        if year2 is not None and _hijri_era(era) and not _hijri_era(era2):
            # "1436هـ/2015م": the Gregorian year is the one to show.
            parsed = ParsedDate(year=year2)
        elif year2 is not None and is_range and _hijri_era(marked):
            parsed = ParsedDate("hijri", year=min(year, year2))  # no Hijri range value: its first
        elif year2 is not None and is_range:
            parsed = ParsedDate(year=min(year, year2), year_end=max(year, year2))
        else:
            if year2 is not None:
                end = m.end("era") if era else m.end("year")
            parsed = ParsedDate("hijri" if _hijri_era(era) else "gregorian", year=year)
        atoms.append(Atom(m.start("core"), end, parsed))
    return atoms


def _counts_something(folded: str, m: re.Match[str]) -> bool:
    before = _word_before(folded, m.start())
    if before in ("من", "عن") and m.start() > 0:
        before = _word_before(folded, folded.rfind(before, 0, m.start()))
    return before in pat.QUANTITY_BEFORE or _word_after(folded, m.end()) in pat.COUNTED_AFTER


def _weekdays(
    folded: str, text: str, original: Offsets, windows: list[tuple[int, int]]
) -> list[Atom]:
    atoms = []
    for m in scan(pat.WEEKDAY, folded, windows):
        weekday = pat.WEEKDAYS[m.group("wd")]
        bare = not (m.group("tod") or m.group("rel") or m.group("dir"))
        if (
            weekday == 0
            and bare
            and "يوم" not in m.group("core")
            and (
                _word_before(folded, m.start()) in pat.NOT_MONDAY_BEFORE
                or _word_after(folded, m.end()) in pat.NOT_MONDAY_AFTER
            )
        ):
            continue
        if bare and _word_before(folded, m.start()) in pat.NOT_WEEKDAY_BEFORE:
            continue
        relative = pat.RELATIVE_DAYS.get(_squash(m.group("rel") or ""))
        parsed = ParsedDate(
            calendar="weekday",
            weekday=weekday,
            amount=relative,
            direction=pat.DIRECTIONS.get(m.group("dir") or ""),
        )
        atoms.append(Atom(m.start("core"), m.end("core"), parsed))
    return atoms


def _relatives(
    folded: str, text: str, original: Offsets, windows: list[tuple[int, int]]
) -> list[Atom]:
    atoms = []
    for m in scan(pat.RELATIVE, folded, windows):
        start = m.start("core")
        if m.group("day"):
            day = m.group("day")
            if day == "اليوم" and not _means_today(folded, start, m.end()):
                continue
            if day == "غدا" and _word_before(folded, start) in pat.VERB_GHADA_BEFORE:
                continue  # "وقد غدا الشارع هادئا": "became"
            parsed = ParsedDate("relative", amount=pat.RELATIVE_DAYS[_squash(day)])
        elif m.group("mdir") or m.group("mthis"):  # "يوم 18 من هذا الشهر"
            day_of_month = (
                int(m.group("mday"))
                if m.group("mday")
                else pat.DAY_ORDINALS.get(_squash(m.group("moday") or ""))
            )
            if m.group("mday2") or not 1 <= (day_of_month or 0) <= 31:
                day_of_month = None  # "14 و17 من الشهر الحالي": the month
            direction = pat.DIRECTIONS.get(m.group("mdir") or "", 0)
            parsed = ParsedDate("relative", day=day_of_month, amount=direction, unit="M")
        elif m.group("unit"):
            # "بداية العام" is this year; "نهاية الأسبوع" is the weekend, "الربع الأول" no date.
            after = _word_after(folded, m.end())
            edge_only = m.group("edge") and m.group("unit") in pat.EDGE_UNITS
            if not (m.group("this") or m.group("dir") or edge_only and not after.startswith("ال")):
                continue
            if after in pat.NOT_UNIT_AFTER:
                continue  # "هذا العام الدراسي"
            unit = pat.RELATIVE_UNITS[m.group("unit")]
            direction = pat.DIRECTIONS.get(m.group("dir") or "", 0)
            parsed = (
                ParsedDate("relative", amount=direction, unit=unit) if unit else ParsedDate("vague")
            )
        elif m.group("season"):
            if not (m.group("sthis") or m.group("sdir")):
                continue  # "الربيع العربي"
            parsed = ParsedDate("vague")
        elif m.group("ago"):
            unit, count = pat.AGO_UNITS[m.group("ago")]
            if m.group("n"):
                n = m.group("n")
                count = int(n) if n.isdigit() else pat.NUMBER_WORDS[_squash(n)]
            if not count:
                continue  # "قبل أيام قليلة", "قبل عدة سنوات": no number, no date
            if _word_after(folded, m.end()) in ("من", "علي"):
                parsed = ParsedDate("vague")  # "قبل عامين من الانتخابات": before another event
            else:
                parsed = ParsedDate("relative", amount=-count, unit=unit)
        else:
            continue  # "الـ5 من الشهر" without هذا or a direction
        atoms.append(Atom(start, m.end("core"), parsed))
    return atoms


def _means_today(folded: str, start: int, end: int) -> bool:
    # "اليوم التالي", "ذلك اليوم", "في مثل هذا اليوم" are a day, not today; "اليوم الخميس"
    # and "اليوم الموافق ..." are today.
    before = _word_before(folded, start)
    if before[:1] in "وف" and before[1:] in pat.NOT_TODAY_BEFORE:
        before = before[1:]  # "ونصف اليوم"
    if before in pat.NOT_TODAY_BEFORE:
        return False
    if pat.ON_THIS_DAY.search(folded, max(0, start - 15), start):
        return False
    after = _word_after(folded, end)
    if after in pat.NOT_TODAY_AFTER:
        return False
    return not after.startswith("ال") or after in pat.WEEKDAYS or after == "الموافق"


def _decades(
    folded: str, text: str, original: Offsets, windows: list[tuple[int, int]]
) -> list[Atom]:
    atoms = []
    for m in scan(pat.DECADE, folded, windows):
        parsed = ParsedDate("decade", year=190 + pat.DECADES[m.group("tens")])
        atoms.append(Atom(m.start("core"), m.end("core"), parsed))
    return atoms


FINDERS = (
    (_word_dates, "month"),
    (_numeric_dates, "number"),
    (_years, "number"),
    (_weekdays, "weekday"),
    (_relatives, "relative"),
    (_decades, "decade"),
)
