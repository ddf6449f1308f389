"""Find date expressions in Arabic text and give each a normalised value.

Values (stable; the UI and tests rely on them):

- ``YYYY-MM-DD`` a calendar date; Hijri dates with day, month and year are converted to
  Gregorian with ``hijridate`` (``26 شوال 1436 هـ`` -> ``2015-08-11``).
- ``YYYY-MM``, ``YYYY``, ``--MM`` (month only), ``--MM-DD`` (day and month): partial dates.
- ``YYYY/YYYY`` a range of years (``1936 - 1939``).
- ``hijri:YYYY-MM``, ``hijri:YYYY``, ``hijri:--MM``, ``hijri:--MM-DD``, ``hijri:YYYY-MM-DD``:
  Hijri dates that cannot be converted (partial, or outside hijridate's 1343-1500 AH).
- ``weekday:XX`` a bare weekday (``XX`` in MO TU WE TH FR SA SU); ``weekday:XX-1`` the
  previous one (``الأربعاء الماضي``), ``weekday:XX+1`` the next one (``الأربعاء المقبل``).
- ``relative:<n><unit>`` an offset from the article's date, unit ``d`` day, ``w`` week,
  ``M`` month, ``y`` year: ``أمس`` -> ``relative:-1d``, ``اليوم`` -> ``relative:0d``,
  ``الشهر المقبل`` -> ``relative:+1M``, ``قبل عامين`` -> ``relative:-2y``. ``أمس الثلاثاء``
  is ``relative:-1d``.
- ``None`` for vague periods (``السنوات الماضية``, ``قبل أيام``).

With the article's date known, weekdays and relative expressions resolve to ``YYYY-MM-DD``
(weeks to the ISO week ``YYYY-Www``, months to ``YYYY-MM``, years to ``YYYY``), and months
or days without a year get one. A bare weekday is the nearest such day (-3..+3 days);
``أمس الثلاثاء`` is the day before the article when that is a Tuesday, else the last Tuesday.

Matching runs on a folded copy of the text (see `normalize`); spans are mapped back to
the original, with proclitics (و ف ب ل ك) left outside the span.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from dataclasses import dataclass

from hijridate import Gregorian, Hijri

from reader.entities import dates_lexicon as lex
from reader.entities.normalize import normalize


@dataclass(frozen=True)
class DateMatch:
    """A date expression: its span in the original text and its value (see module doc)."""

    start: int
    end: int
    text: str
    value: str | None


@dataclass(frozen=True)
class _Parsed:
    """What an expression says, before it is written out as a value."""

    calendar: str = "gregorian"  # gregorian | hijri | weekday | relative | vague
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


@dataclass(frozen=True)
class _Atom:
    start: int  # offsets in the folded text
    end: int
    parsed: _Parsed


def _fold(word: str) -> str:
    return normalize(word)


def _alternation(words) -> str:
    folded = sorted({_fold(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", _S + "+") for w in folded)


def _folded_map(table: dict) -> dict:
    return {_fold(k): v for k, v in table.items()}


_S = r"[^\S\n]"  # a space that does not cross a line
_PROCLITICS = r"(?<!\w)[وف]?[بلك]?"
_ERA = r"(?:ميلاديه|ميلادي|هجريه|هجري|م|ه)(?!\w)"

_GREGORIAN = _folded_map(lex.GREGORIAN_MONTHS)
_HIJRI = _folded_map(lex.HIJRI_MONTHS)
_WEAK_MONTHS = {_fold(w) for w in lex.WEAK_MONTH_NAMES}
_MONTH_CUES = {_fold(w) for w in lex.MONTH_CUES}
_WEEKDAYS = _folded_map(lex.WEEKDAYS)
_RELATIVE_DAYS = _folded_map(lex.RELATIVE_DAYS)
_DIRECTIONS = _folded_map(lex.DIRECTIONS)
_AGO_UNITS = _folded_map(lex.AGO_UNITS)
_NUMBER_WORDS = _folded_map(lex.NUMBER_WORDS)
_RELATIVE_UNITS = _folded_map(lex.RELATIVE_UNITS)
_QUANTITY_BEFORE = {_fold(w) for w in lex.QUANTITY_BEFORE}
_COUNTED_AFTER = {_fold(w) for w in lex.COUNTED_AFTER}
_NOT_MONDAY_BEFORE = {_fold(w) for w in lex.NOT_MONDAY_BEFORE}
_NOT_MONDAY_AFTER = {_fold(w) for w in lex.NOT_MONDAY_AFTER}
_NOT_TODAY_AFTER = {_fold(w) for w in lex.NOT_TODAY_AFTER}
_NOT_TODAY_BEFORE = {_fold(w) for w in lex.NOT_TODAY_BEFORE}
_NOT_WEEKDAY_BEFORE = {_fold(w) for w in lex.NOT_WEEKDAY_BEFORE}
_DAY_ORDINALS = _folded_map(lex.DAY_ORDINALS)
_DECADES = _folded_map(lex.DECADES)

_MONTHS = _alternation([*_GREGORIAN, *_HIJRI])
_EDGE = _alternation(lex.EDGES)
_TOD = _alternation(lex.TIMES_OF_DAY)
_DIRS = _alternation(lex.DIRECTIONS)
_REL_DAYS = _alternation(lex.RELATIVE_DAYS)

_WORD_DATE = re.compile(
    rf"""{_PROCLITICS}(?P<core>
    (?:(?P<edge>{_EDGE}){_S}+)?
    (?:(?:يوم{_S}+)?(?:(?:ال{_S}*)?(?P<day>\d{{1,2}}){_S}*(?:/{_S}*|من{_S}+)?
      |(?P<oday>{_alternation(lex.DAY_ORDINALS)}){_S}+من{_S}+))?
    (?P<shahr>شهر{_S}+)?
    (?P<m1>{_MONTHS})
    (?P<pair>{_S}*(?:/|\(|-|–|{_S}){_S}*(?P<m2>{_MONTHS})(?:{_S}*\))?)?
    (?:{_S}+(?P<dir>{_DIRS}|{_alternation(lex.MONTH_EPITHETS)}))?
    (?:{_S}*[/,،]?{_S}*(?:(?:ال|لل|ل)?(?:عام|سنه){_S}*)?(?P<open>\()?{_S}*
       (?P<year>\d{{3,4}})(?(open){_S}*\))
       (?:{_S}*(?P<era>{_ERA}))?)?
    )(?!\w)""",
    re.X,
)

_NUMERIC_DATE = re.compile(
    rf"""(?<![\w/.\-]){_PROCLITICS}(?P<core>
      (?P<a>\d{{1,2}}){_S}*(?P<sep>[/.\-]){_S}*(?P<b>\d{{1,2}}){_S}*(?P=sep){_S}*(?P<c>\d{{4}})
        (?:{_S}*(?P<era>{_ERA}))?
    | (?P<y>\d{{4}}){_S}*(?P<sep2>[/.\-]){_S}*(?P<m>\d{{1,2}}){_S}*(?P=sep2){_S}*(?P<d>\d{{1,2}})
    )(?![\d/]|[.,]\d)""",
    re.X,
)

_YEAR = re.compile(
    rf"""(?<![\w.,٫/:\-]){_PROCLITICS}(?P<core>
    (?:(?P<edge>{_EDGE}){_S}+)?
    (?:(?P<kw>(?:ال|(?<=ل)ل)?(?:عام|سنه)|صيف|شتاء|ربيع|خريف)(?:{_S}+(?P<dir>{_DIRS}))?{_S}*)?
    (?:(?P<open>\(){_S}*)?
    (?P<year>\d{{3,4}})(?(open){_S}*\))
    (?:{_S}*(?P<era>{_ERA}))?
    (?:{_S}*[-–/]{_S}*(?P<year2>\d{{4}})(?:{_S}*(?P<era2>{_ERA}))?)?
    )(?![\w%٪]|[.,٫]\d)""",
    re.X,
)

_WEEKDAY = re.compile(
    rf"""(?<!\w)[وف]?(?P<core>
    (?:(?P<tod>{_TOD}){_S}+)?
    (?:يوم{_S}+)?
    (?:(?P<rel>{_REL_DAYS}){_S}+)?
    (?:يوم{_S}+)?
    (?P<wd>{_alternation(lex.WEEKDAYS)})
    (?:{_S}+(?P<dir>{_DIRS}))?
    )(?!\w)""",
    re.X,
)

_RELATIVE = re.compile(
    rf"""{_PROCLITICS}(?P<core>
    (?:(?P<tod>{_TOD}){_S}+)?
    (?:
        (?P<day>{_REL_DAYS})
      | (?:(?P<edge>{_EDGE}){_S}+)?(?:(?P<this>هذا|هذه|هاي){_S}+)?
        (?:ال|(?<=ل)ل)(?P<unit>{_alternation(lex.RELATIVE_UNITS)})(?:{_S}+(?P<dir>{_DIRS}))?
      | (?:(?P<sthis>هذا|هذه){_S}+)?ال(?P<season>صيف|شتاء|ربيع|خريف)(?:{_S}+(?P<sdir>{_DIRS}))?
      | (?P<plural>{_alternation(lex.PLURAL_UNITS)}|العقد){_S}+(?:القليله{_S}+)?
        (?:{_alternation(lex.PLURAL_DIRECTIONS)}|{_DIRS})
      | قبل{_S}+(?:(?P<n>\d{{1,3}}|{_alternation(lex.NUMBER_WORDS)}){_S}+)?
        (?P<ago>{_alternation(lex.AGO_UNITS)})
    ))(?!\w)""",
    re.X,
)

_DECADE = re.compile(
    rf"""{_PROCLITICS}(?P<core>(?:ال)?(?P<tens>{_alternation(lex.DECADES)})(?:يات|ات)
    (?:{_S}+(?:من{_S}+)?القرن{_S}+(?:الماضي|المنصرم|العشرين))?
    )(?!\w)(?!{_S}+من{_S}+(?:ال)?عمر)""",
    re.X,
)

# Between two parts of one expression: "الأربعاء 11 مايو", "شباط ( 28 / 2 / 1945 )",
# "26 شوال 1436 هـ الموافق 11 أغسطس 2015".
_LINK_GAP = re.compile(rf"{_S}*[،,]?{_S}*(?:الموافق{_S}*ل?)?{_S}*\(?{_S}*")
_CALENDAR_GAP = re.compile(rf"{_S}*(?:[،,]?{_S}*الموافق{_S}*ل?|\(|/|(?P<dash>[-–])){_S}*\(?{_S}*")
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_DATELINE_CUE = re.compile(r"نشر|تحديث|تاريخ")  # "نشر في", "آخر تحديث", "بتاريخ"
_DATELINE_END = re.compile(r"\s*(?:$|[:\-–—،,|()])")
_PREPOSITION_END = re.compile(r"(?:في|منذ|حتى|خلال|قبل|بعد|من|إلى)\s*$")
_CLOSE = re.compile(rf"{_S}*\)")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_WORD_AFTER = re.compile(r"\W*?(\w+)")
_MARK = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def find_dates(text: str, article_date: datetime.date | None = None) -> list[DateMatch]:
    """Date expressions in `text`, sorted and non-overlapping, valued as the module doc says."""
    marks = [m.start() for m in _MARK.finditer(text)]
    folded = normalize(_MARK.sub("", text)) if marks else normalize(text)
    # Mark k sits after (its position - k) letters of the folded text.
    mark_slots = [position - k for k, position in enumerate(marks)]

    def original(offset: int) -> int:
        return offset + bisect_right(mark_slots, offset) if mark_slots else offset

    atoms = _merge(_non_overlapping(_atoms(folded, text, original)), folded)
    matches = []
    for atom in atoms:
        # A mark belongs to the letter before it, so a span ends after its last marks.
        start, end = original(atom.start), original(atom.end)
        matches.append(DateMatch(start, end, text[start:end], _value(atom.parsed, article_date)))
    return matches


def article_date_from_text(text: str) -> datetime.date | None:
    """The date on a dateline in the first lines of an article, or None."""
    lines = [line for line in text.splitlines() if line.strip()][:6]
    for line in lines:
        for match in find_dates(line[:300]):
            if match.value and _ISO_DATE.fullmatch(match.value) and _is_dateline(line, match):
                return datetime.date.fromisoformat(match.value)
    return None


def _is_dateline(line: str, match: DateMatch) -> bool:
    # A dateline is a short line, or a date that opens its line and is set off by
    # punctuation; a full date in the lead sentence is an event ("في 15 مارس 2003 غزت").
    if len(line.split()) <= 12 or _DATELINE_CUE.search(line, 0, match.start):
        return True
    return bool(
        match.start <= 30
        and _DATELINE_END.match(line, match.end)
        and not _PREPOSITION_END.search(line, 0, match.start)
    )


def _atoms(folded: str, text: str, original) -> list[_Atom]:
    atoms: list[_Atom] = []
    for finder in (_word_dates, _numeric_dates, _years, _weekdays, _relatives, _decades):
        atoms.extend(finder(folded, text, original))
    return atoms


def _word_before(folded: str, start: int) -> str:
    found = _WORD_BEFORE.search(folded, max(0, start - 40), start)
    return found.group(1) if found else ""


def _word_after(folded: str, end: int) -> str:
    found = _WORD_AFTER.match(folded, end, end + 40)
    return found.group(1) if found else ""


def _word_dates(folded: str, text: str, original) -> list[_Atom]:
    atoms = []
    for m in _WORD_DATE.finditer(folded):
        m1 = _squash(m.group("m1"))
        hijri = m1 in _HIJRI
        month = _HIJRI[m1] if hijri else _GREGORIAN[m1]
        day = (
            int(m.group("day"))
            if m.group("day")
            else _DAY_ORDINALS.get(_squash(m.group("oday") or ""))
        )
        year = int(m.group("year")) if m.group("year") else None
        if day is not None and not 1 <= day <= 31:
            day = None
        if year is not None and not (hijri or m.group("era") or 1000 <= year <= 2100):
            year = None
        direction = _DIRECTIONS.get(m.group("dir") or "")
        strong = day or year or m.group("m2")
        after_month = _word_before(folded, m.start()) in _GREGORIAN  # "بين يناير ومارس"
        if m1 in _WEAK_MONTHS and m.start("core") > m.start() and not (strong or after_month):
            continue  # "باب" is a door, "ومارس" "and he practised"
        if m1 == "صفر" and not (year or m.group("shahr")):
            continue  # "3 / صفر" is a score
        if m1 in _WEAK_MONTHS and not (
            day or year or m.group("m2") or m.group("shahr") or m.group("edge")
            or m.group("dir") or text[original(m.start("m1"))] == "آ"
            or _word_before(folded, m.start()) in _MONTH_CUES
            or after_month
        ):  # fmt: skip
            continue
        if m1 == "اب" and text[original(m.start("m1"))] != "آ" and not strong:
            continue  # أب "father", إب the Yemeni city
        if m.group("m2") and _squash(m.group("m2")) in _HIJRI and not hijri:
            hijri, month = True, _HIJRI[_squash(m.group("m2"))]
        start, end = m.start("core"), m.end("core")
        if day is None and (m.group("day") or m.group("oday")):
            start = m.start("m1") if not m.group("shahr") else m.start("shahr")
        if year is None and m.group("year"):
            end = max(m.end("m1"), m.end("pair"), m.end("dir"))
        parsed = _Parsed(
            calendar="hijri" if hijri or m.group("era") in ("ه", "هجري", "هجريه") else "gregorian",
            year=year,
            month=month,
            day=day,
            direction=direction,
        )
        atoms.append(_Atom(start, end, parsed))
    return atoms


def _squash(words: str) -> str:
    return " ".join(words.split())


def _numeric_dates(folded: str, text: str, original) -> list[_Atom]:
    atoms = []
    for m in _NUMERIC_DATE.finditer(folded):
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
        atoms.append(_Atom(m.start("core"), m.end("core"), _Parsed(calendar, year, month, day)))
    return atoms


def _valid(year: int, month: int, day: int, hijri: bool) -> bool:
    if hijri:
        return 1 <= month <= 12 and 1 <= day <= 30
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return 1000 <= year <= 2100


def _years(folded: str, text: str, original) -> list[_Atom]:
    atoms = []
    for m in _YEAR.finditer(folded):
        year = int(m.group("year"))
        era = m.group("era") or ""
        if (
            era == "م"
            and not m.group("kw")
            and (
                _word_after(folded, m.end("era")) in ("مربع", "مكعب")
                or _counts_something(folded, m)
            )
        ):
            continue  # metres, not an era
        if not era and not m.group("kw"):
            if not 1900 <= year <= 2099 or _counts_something(folded, m):
                continue
        elif not era and not 1000 <= year <= 2100:
            continue
        year2 = int(m.group("year2")) if m.group("year2") else None
        era2 = m.group("era2") or ""
        end = m.end("core")
        if year2 is not None and era.startswith("ه") and not era2.startswith("ه"):
            # "1436هـ/2015م": the Gregorian year is the one to show.
            parsed = _Parsed(year=year2)
        elif year2 is not None and year < year2 <= year + 200:
            parsed = _Parsed(year=year, year_end=year2)
        else:
            if year2 is not None:
                end = m.end("era") if era else m.end("year")
            calendar = "hijri" if era.startswith("ه") else "gregorian"
            parsed = _Parsed(calendar, year=year)
        atoms.append(_Atom(m.start("core"), end, parsed))
    return atoms


def _counts_something(folded: str, m: re.Match) -> bool:
    before = _word_before(folded, m.start())
    if before in ("من", "عن") and m.start() > 0:
        before = _word_before(folded, folded.rfind(before, 0, m.start()))
    return before in _QUANTITY_BEFORE or _word_after(folded, m.end()) in _COUNTED_AFTER


def _weekdays(folded: str, text: str, original) -> list[_Atom]:
    atoms = []
    for m in _WEEKDAY.finditer(folded):
        weekday = _WEEKDAYS[m.group("wd")]
        bare = not (m.group("tod") or m.group("rel") or m.group("dir"))
        if (
            weekday == 0
            and bare
            and "يوم" not in m.group("core")
            and (
                _word_before(folded, m.start()) in _NOT_MONDAY_BEFORE
                or _word_after(folded, m.end()) in _NOT_MONDAY_AFTER
            )
        ):
            continue
        if bare and _word_before(folded, m.start()) in _NOT_WEEKDAY_BEFORE:
            continue
        relative = _RELATIVE_DAYS.get(_squash(m.group("rel") or ""))
        parsed = _Parsed(
            calendar="weekday",
            weekday=weekday,
            amount=relative,
            direction=_DIRECTIONS.get(m.group("dir") or ""),
        )
        atoms.append(_Atom(m.start("core"), m.end("core"), parsed))
    return atoms


def _relatives(folded: str, text: str, original) -> list[_Atom]:
    atoms = []
    for m in _RELATIVE.finditer(folded):
        if m.group("day"):
            if m.group("day") == "اليوم":
                after = _word_after(folded, m.end())
                if _word_before(folded, m.start()) in _NOT_TODAY_BEFORE:
                    continue  # "ذلك اليوم", "نفس اليوم": that day, not today
                if (
                    after.startswith("ال")
                    and after not in _WEEKDAYS
                    and after != "الموافق"
                    or after in _NOT_TODAY_AFTER
                ):
                    continue
            parsed = _Parsed("relative", amount=_RELATIVE_DAYS[_squash(m.group("day"))])
        elif m.group("unit"):
            if not (m.group("this") or m.group("dir") or m.group("edge")):
                continue
            direction = _DIRECTIONS.get(m.group("dir") or "", 0)
            parsed = _Parsed("relative", amount=direction, unit=_RELATIVE_UNITS[m.group("unit")])
        elif m.group("season"):
            if not (m.group("sthis") or m.group("sdir")):
                continue  # "الربيع العربي"
            parsed = _Parsed("vague")
        elif m.group("plural"):
            parsed = _Parsed("vague")
        else:
            if _word_after(folded, m.end()) in ("من", "علي"):
                continue  # "قبل عامين من الانتخابات": before another event, not the article
            unit, count = _AGO_UNITS[m.group("ago")]
            if m.group("n"):
                n = m.group("n")
                count = int(n) if n.isdigit() else _NUMBER_WORDS[_squash(n)]
            parsed = _Parsed("relative", amount=-count, unit=unit) if count else _Parsed("vague")
        atoms.append(_Atom(m.start("core"), m.end("core"), parsed))
    return atoms


def _decades(folded: str, text: str, original) -> list[_Atom]:
    atoms = []
    for m in _DECADE.finditer(folded):
        parsed = _Parsed(year_end=-1, year=190 + _DECADES[m.group("tens")])
        atoms.append(_Atom(m.start("core"), m.end("core"), parsed))
    return atoms


def _non_overlapping(atoms: list[_Atom]) -> list[_Atom]:
    kept: list[_Atom] = []
    for atom in sorted(atoms, key=lambda a: (a.start, -a.end)):
        if not kept or atom.start >= kept[-1].end:
            kept.append(atom)
        elif atom.end - atom.start > kept[-1].end - kept[-1].start and (
            len(kept) < 2 or atom.start >= kept[-2].end
        ):
            kept[-1] = atom
    return kept


def _merge(atoms: list[_Atom], folded: str) -> list[_Atom]:
    merged: list[_Atom] = []
    for atom in atoms:
        if merged:
            joined = _join(merged[-1], atom, folded)
            if joined is not None:
                merged[-1] = joined
                continue
        merged.append(atom)
    return merged


def _join(first: _Atom, second: _Atom, folded: str) -> _Atom | None:
    gap = folded[first.end : second.start]
    a, b = first.parsed, second.parsed
    if "\n" in gap:
        return None
    if (
        a.calendar in ("weekday", "relative")
        and a.unit == "d"
        and b.day is not None
        and _LINK_GAP.fullmatch(gap)
    ):
        return _Atom(first.start, second.end, b)
    calendars = ("gregorian", "hijri")
    link = _CALENDAR_GAP.fullmatch(gap)
    if a.calendar in calendars and b.calendar in calendars and link:
        if link.group("dash") and a.calendar == b.calendar:
            return None  # "6 مايو 1856 - 23 سبتمبر 1939" is two dates
        best = max((b, a), key=lambda p: (p.precision, p.calendar == "gregorian"))
        end = second.end
        if "(" in gap:
            close = _CLOSE.match(folded, end)
            end = close.end() if close else end
        return _Atom(first.start, end, best)
    return None


def _value(p: _Parsed, article_date: datetime.date | None) -> str | None:
    if p.calendar == "vague":
        return None
    if p.calendar == "hijri":
        return _hijri_value(p, article_date)
    if p.calendar == "weekday":
        return _weekday_value(p, article_date)
    if p.calendar == "relative":
        return _relative_value(p.amount or 0, p.unit, article_date)
    if p.year_end == -1:
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


def _hijri_value(p: _Parsed, article_date: datetime.date | None) -> str | None:
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


def _weekday_value(p: _Parsed, article_date: datetime.date | None) -> str:
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
    delta = (p.weekday - article_date.weekday()) % 7  # 0..6 days ahead
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
