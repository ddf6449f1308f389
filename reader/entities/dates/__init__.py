"""Find date expressions in Arabic text and give each a normalised value.

Values (stable; the UI and tests rely on them):

- ``YYYY-MM-DD`` a calendar date; Hijri dates with day, month and year are converted to
  Gregorian with ``hijridate`` (``26 شوال 1436 هـ`` -> ``2015-08-11``).
- ``YYYY-MM``, ``YYYY``, ``--MM`` (month only), ``--MM-DD`` (day and month): partial dates.
- ``YYYY/YYYY`` a range of years (``1936 - 1939``); ``198X`` a decade (``الثمانينيات``).
- ``hijri:YYYY-MM``, ``hijri:YYYY``, ``hijri:--MM``, ``hijri:--MM-DD``, ``hijri:YYYY-MM-DD``:
  Hijri dates that cannot be converted (partial, or outside hijridate's 1343-1500 AH).
- ``weekday:XX`` a bare weekday (``XX`` in MO TU WE TH FR SA SU); ``weekday:XX-1`` the
  previous one (``الأربعاء الماضي``), ``weekday:XX+1`` the next one (``الأربعاء المقبل``).
- ``relative:<n><unit>`` an offset from the article's date, unit ``d`` day, ``w`` week,
  ``M`` month, ``y`` year: ``أمس`` -> ``relative:-1d``, ``اليوم`` -> ``relative:0d``,
  ``الشهر المقبل`` -> ``relative:+1M``, ``قبل عامين`` -> ``relative:-2y``. ``أمس الثلاثاء``
  is ``relative:-1d``; ``الآن`` and ``حاليا`` are ``relative:0d``.
- ``None`` for vague periods (``السنوات الماضية``, ``قبل أيام``, ``الفترة العثمانية``) and
  offsets from another event (``قبل عامين من الحرب``).

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
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from reader.entities.dates import patterns as pat
from reader.entities.dates.values import ParsedDate, date_value
from reader.entities.normalize import normalize
from reader.entities.tokens import Tokens, tokenize

Offsets = Callable[[int], int]  # an offset in the folded text -> one in the original


@dataclass(frozen=True)
class DateMatch:
    """A date expression: its span in the original text and its value (see module doc)."""

    start: int
    end: int
    text: str
    value: str | None


@dataclass(frozen=True)
class _Atom:
    start: int  # offsets in the folded text
    end: int
    parsed: ParsedDate


def find_dates(
    text: str, article_date: datetime.date | None = None, tokens: Tokens | None = None
) -> list[DateMatch]:
    """Date expressions in `text`, sorted and non-overlapping, valued as the module doc says.

    `tokens` are the text's tokens when the caller has them (else they are made here)."""
    marks = [m.start() for m in pat.MARK.finditer(text)]
    folded = normalize(text)
    if len(folded) != len(text) - len(marks):  # normalize dropped other marks than ours
        folded = normalize(pat.MARK.sub("", text))
    # Mark k sits after (its position - k) letters of the folded text.
    mark_slots = [position - k for k, position in enumerate(marks)]

    def original(offset: int) -> int:
        return offset + bisect_right(mark_slots, offset) if mark_slots else offset

    windows = _windows(folded, tokens or tokenize(text), marks)
    atoms = _merge(_non_overlapping(_atoms(folded, text, original, windows)), folded)
    matches = []
    for atom in atoms:
        # A mark belongs to the letter before it, so a span ends after its last marks.
        start, end = original(atom.start), original(atom.end)
        matches.append(
            DateMatch(start, end, text[start:end], date_value(atom.parsed, article_date))
        )
    return matches


def article_date_from_text(text: str) -> datetime.date | None:
    """The date on a dateline in the first lines of an article, or None."""
    lines = [line for line in text.splitlines() if line.strip()][:6]
    for line in lines:
        for match in find_dates(line[:300]):
            if match.value and pat.ISO_DATE.fullmatch(match.value) and _is_dateline(line, match):
                return datetime.date.fromisoformat(match.value)
    return None


def _is_dateline(line: str, match: DateMatch) -> bool:
    # A dateline is a short line, or a date that opens its line and is set off by
    # punctuation; a full date in the lead sentence is an event ("في 15 مارس 2003 غزت").
    if len(line.split()) <= 12 or pat.DATELINE_CUE.search(line, 0, match.start):
        return True
    return bool(
        match.start <= 30
        and pat.DATELINE_END.match(line, match.end)
        and not pat.PREPOSITION_END.search(line, 0, match.start)
    )


Windows = dict[str, list[tuple[int, int]]]  # a family of patterns -> where to run them


def _atoms(folded: str, text: str, original: Offsets, windows: Windows) -> list[_Atom]:
    atoms: list[_Atom] = []
    for finder, family in _FINDERS:
        if windows[family]:
            atoms.extend(finder(folded, text, original, windows[family]))
    return atoms


def _scan(
    pattern: re.Pattern[str], folded: str, windows: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """pattern.finditer(folded), tried only around the words its dates need: a regex
    tries every character of a megabyte text, a set lookup per distinct word is cheaper."""
    for start, end in windows:
        yield from pattern.finditer(folded, start, end)


def _families(norm: str) -> set[str]:
    """Which patterns a word can anchor (see patterns.FAMILY_WORDS)."""
    found: set[str] = set()
    if pat.DIGIT.search(norm):
        if pat.NUMBER.search(norm):
            found.add("number")
        runs = pat.LETTER_RUN.findall(norm)  # a word glued to a number ("ديسمبر1903")
    else:
        runs = [norm]
    anchors = pat.ANCHOR_FAMILIES
    for run in runs:
        for k in range(min(pat.MAX_PREFIX, len(run) - 1) + 1):
            got = anchors.get(run[k:])
            if got:
                found.update(got)
    if pat.DECADE_WORD.search(norm):
        found.add("decade")
    return found


def _type_families(norms: list[str]) -> list[frozenset[str]]:
    """_families of many words at once: the regexes run once over all the words, and a
    word without a digit is looked up only if it ends as an anchor word does."""
    joined = "\n".join(norms)
    if joined.count("\n") != len(norms) - 1:  # a word holds a line break: one by one
        return [frozenset(_families(norm)) for norm in norms]
    line_starts = np.cumsum([0] + [len(norm) + 1 for norm in norms[:-1]])

    def lines(pattern: re.Pattern[str]) -> set[int]:
        at = [m.start() for m in pattern.finditer(joined)]
        return set(np.searchsorted(line_starts, at, side="right").tolist()) if at else set()

    with_digits, decades = lines(pat.DIGIT), lines(pat.DECADE_WORD)
    anchors, endings = pat.ANCHOR_FAMILIES, pat.ANCHOR_ENDINGS
    shared: dict[frozenset[str], frozenset[str]] = {}
    out: list[frozenset[str]] = []
    for line, norm in enumerate(norms, 1):
        if line in with_digits:
            found = _families(norm)
        elif norm[-2:] in endings or line in decades:
            found = set()
            for k in range(min(pat.MAX_PREFIX, len(norm) - 1) + 1):
                got = anchors.get(norm[k:])
                if got:
                    found.update(got)
            if line in decades:
                found.add("decade")
        else:
            out.append(_NO_FAMILY)
            continue
        families = frozenset(found)
        out.append(shared.setdefault(families, families))
    return out


_NO_FAMILY: frozenset[str] = frozenset()


def _windows(folded: str, tokens: Tokens, marks: list[int]) -> Windows:
    """Per family, the stretches of `folded` around its anchor words, from and to a space."""
    families = _type_families(tokens.type_norms)
    out: Windows = {family: [] for family in _FAMILIES}
    anchored = np.array([bool(f) for f in families], dtype=bool)
    at = np.flatnonzero(anchored[tokens.ids]) if families else np.zeros(0, dtype=np.int64)
    # Offsets in the folded text: the marks before a token's edges are gone from it.
    starts = tokens.starts[at] - np.searchsorted(marks, tokens.starts[at])
    ends = tokens.ends[at] - np.searchsorted(marks, tokens.ends[at])
    for k, a, b in zip(tokens.ids[at].tolist(), starts.tolist(), ends.tolist(), strict=True):
        start = folded.rfind(" ", 0, max(0, a - pat.WINDOW)) + 1
        end = folded.find(" ", b + pat.WINDOW)
        end = len(folded) if end == -1 else end
        for family in families[k]:
            spans = out[family]
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
            else:
                spans.append((start, end))
    return out


def _word_before(folded: str, start: int) -> str:
    found = pat.WORD_BEFORE.search(folded, max(0, start - 40), start)
    return found.group(1) if found else ""


def _word_after(folded: str, end: int) -> str:
    found = pat.WORD_AFTER.match(folded, end, end + 40)
    return found.group(1) if found else ""


def _word_dates(
    folded: str, text: str, original: Offsets, windows: list[tuple[int, int]]
) -> list[_Atom]:
    atoms = []
    for m in _scan(pat.WORD_DATE, folded, windows):
        m1 = _squash(m.group("m1"))
        hijri = m1 in pat.HIJRI
        month = pat.HIJRI[m1] if hijri else pat.GREGORIAN[m1]
        day = (
            int(m.group("day"))
            if m.group("day")
            else pat.DAY_ORDINALS.get(_squash(m.group("oday") or ""))
        )
        year = int(m.group("year")) if m.group("year") else None
        if m.group("ghurra"):
            day = 1  # غرة: the first day of a (Hijri) month
        if day is not None and not 1 <= day <= 31:
            day = None
        if year is not None and not (hijri or m.group("era") or 1000 <= year <= 2100):
            year = None
        direction = pat.DIRECTIONS.get(m.group("dir") or "")
        strong = day or year or m.group("m2")
        after_month = _word_before(folded, m.start()) in pat.GREGORIAN  # "بين يناير ومارس"
        if m1 in pat.WEAK_MONTHS and m.start("core") > m.start() and not (strong or after_month):
            continue  # "باب" is a door, "ومارس" "and he practised"
        if m1 == "صفر" and not (year or m.group("shahr")):
            continue  # "3 / صفر" is a score
        if m1 in pat.WEAK_MONTHS and not (
            day or year or m.group("m2") or m.group("shahr") or m.group("edge")
            or m.group("dir") or text[original(m.start("m1"))] == "آ"
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
        parsed = ParsedDate(
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


def _numeric_dates(
    folded: str, text: str, original: Offsets, windows: list[tuple[int, int]]
) -> list[_Atom]:
    atoms = []
    for m in _scan(pat.NUMERIC_DATE, folded, windows):
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
        atoms.append(_Atom(m.start("core"), m.end("core"), ParsedDate(calendar, year, month, day)))
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
) -> list[_Atom]:
    atoms = []
    for m in _scan(pat.YEAR, folded, windows):
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
            parsed = ParsedDate(year=year2)
        elif year2 is not None and year < year2 <= year + 200:
            parsed = ParsedDate(year=year, year_end=year2)
        else:
            if year2 is not None:
                end = m.end("era") if era else m.end("year")
            calendar = "hijri" if era.startswith("ه") else "gregorian"
            parsed = ParsedDate(calendar, year=year)
        atoms.append(_Atom(m.start("core"), end, parsed))
    return atoms


def _counts_something(folded: str, m: re.Match[str]) -> bool:
    before = _word_before(folded, m.start())
    if before in ("من", "عن") and m.start() > 0:
        before = _word_before(folded, folded.rfind(before, 0, m.start()))
    return before in pat.QUANTITY_BEFORE or _word_after(folded, m.end()) in pat.COUNTED_AFTER


def _weekdays(
    folded: str, text: str, original: Offsets, windows: list[tuple[int, int]]
) -> list[_Atom]:
    atoms = []
    for m in _scan(pat.WEEKDAY, folded, windows):
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
        atoms.append(_Atom(m.start("core"), m.end("core"), parsed))
    return atoms


def _relatives(
    folded: str, text: str, original: Offsets, windows: list[tuple[int, int]]
) -> list[_Atom]:
    atoms = []
    for m in _scan(pat.RELATIVE, folded, windows):
        if m.group("day"):
            if m.group("day") == "اليوم" and not _means_today(folded, m.start(), m.end()):
                continue
            parsed = ParsedDate("relative", amount=pat.RELATIVE_DAYS[_squash(m.group("day"))])
        elif m.group("unit"):
            if not (m.group("this") or m.group("dir") or m.group("edge")):
                continue
            direction = pat.DIRECTIONS.get(m.group("dir") or "", 0)
            parsed = ParsedDate(
                "relative", amount=direction, unit=pat.RELATIVE_UNITS[m.group("unit")]
            )
        elif m.group("season"):
            if not (m.group("sthis") or m.group("sdir")):
                continue  # "الربيع العربي"
            parsed = ParsedDate("vague")
        elif m.group("now"):
            if text[original(m.start("now"))] == "آ":
                continue  # آلان is Alain, which folds like الآن
            parsed = ParsedDate("relative", amount=0)
        elif m.group("plural") or m.group("period"):
            parsed = ParsedDate("vague")
        elif _word_after(folded, m.end()) in ("من", "علي"):
            parsed = ParsedDate("vague")  # "قبل عامين من الانتخابات": before another event
        else:
            unit, count = pat.AGO_UNITS[m.group("ago")]
            if m.group("n"):
                n = m.group("n")
                count = int(n) if n.isdigit() else pat.NUMBER_WORDS[_squash(n)]
            parsed = (
                ParsedDate("relative", amount=-count, unit=unit) if count else ParsedDate("vague")
            )
        atoms.append(_Atom(m.start("core"), m.end("core"), parsed))
    return atoms


def _means_today(folded: str, start: int, end: int) -> bool:
    # "اليوم التالي", "ذلك اليوم", "في مثل هذا اليوم" are a day, not today; "اليوم الخميس"
    # and "اليوم الموافق ..." are today.
    if _word_before(folded, start) in pat.NOT_TODAY_BEFORE:
        return False
    if pat.ON_THIS_DAY.search(folded, max(0, start - 15), start):
        return False
    after = _word_after(folded, end)
    if after in pat.NOT_TODAY_AFTER:
        return False
    return not after.startswith("ال") or after in pat.WEEKDAYS or after == "الموافق"


def _decades(
    folded: str, text: str, original: Offsets, windows: list[tuple[int, int]]
) -> list[_Atom]:
    atoms = []
    for m in _scan(pat.DECADE, folded, windows):
        parsed = ParsedDate("decade", year=190 + pat.DECADES[m.group("tens")])
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
    if a.calendar in ("weekday", "relative") and a.unit == "d" and b.day is not None:
        parsed = b if pat.LINK_GAP.fullmatch(gap) else None
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
    return _Atom(first.start, end, parsed)


_CALENDARS = ("gregorian", "hijri")

_FINDERS = (
    (_word_dates, "month"),
    (_numeric_dates, "number"),
    (_years, "number"),
    (_weekdays, "weekday"),
    (_relatives, "relative"),
    (_decades, "decade"),
)
_FAMILIES = ("month", "number", "weekday", "relative", "decade")
