"""Find date expressions in Arabic text and give each a normalised value.

Spans follow the product's conventions (news-dev README, DATE and "Dates"): a head noun
(يوم, شهر, عام, عامي, سنة) and a qualifier after the date (الماضي, المقبل) are in the span;
qualifiers before it are not (``مساء أمس`` -> ``أمس``, ``أواخر عام 1431هـ`` -> ``عام 1431هـ``,
``صيف 2014`` -> ``2014``); era markers are in it (هـ, ه, م, للهجرة); a tight range joined by
-, /, ـــ or و is one span (``عامي 2013 و2014``, ``701-774هـ``, ``14 و17 من الشهر الحالي``);
a Hijri and a Gregorian date paired by الموافق are two. Not dates: vague adverbs (الآن,
حاليا, مؤخرا), eras (العصر العباسي), plural or counted windows (السنوات الماضية,
اليومين الماضيين), قبل without a number (قبل أيام قليلة), clock times, durations, ages.

Values (stable; the UI and tests rely on them):

- ``YYYY-MM-DD`` a calendar date; Hijri dates with day, month and year are converted to
  Gregorian with ``hijridate`` (``26 شوال 1436 هـ`` -> ``2015-08-11``).
- ``YYYY-MM``, ``YYYY``, ``--MM`` (month only), ``--MM-DD`` (day and month): partial dates;
  days joined by و have their month's value (``4 و11 مايو`` -> ``--05``).
- ``YYYY/YYYY`` a range of years (``1936 - 1939``, ``عامي 2013 و2014``); ``198X`` a decade
  (``الثمانينيات``).
- ``hijri:YYYY-MM``, ``hijri:YYYY``, ``hijri:--MM``, ``hijri:--MM-DD``, ``hijri:YYYY-MM-DD``:
  Hijri dates that cannot be converted (partial, or outside hijridate's 1343-1500 AH); a
  Hijri range has no value form of its own and is its first year (``701-774هـ`` ->
  ``hijri:0701``).
- ``weekday:XX`` a bare weekday (``XX`` in MO TU WE TH FR SA SU); ``weekday:XX-1`` the
  previous one (``الأربعاء الماضي``), ``weekday:XX+1`` the next one (``الأربعاء المقبل``).
- ``relative:<n><unit>`` an offset from the article's date, unit ``d`` day, ``w`` week,
  ``M`` month, ``y`` year: ``أمس`` -> ``relative:-1d``, ``اليوم`` -> ``relative:0d``,
  ``الشهر المقبل`` -> ``relative:+1M``, ``قبل عامين`` -> ``relative:-2y``, ``قبل أكثر من 8
  سنوات`` -> ``relative:-8y`` (an approximation keeps its number). ``أمس الثلاثاء`` is
  ``relative:-1d``; a day of a relative month (``يوم 18 من هذا الشهر``) is its month
  (``relative:0M``).
- ``None`` for units without a value form (``العقد الماضي``, ``الربع القادم``), seasons
  (``الصيف الماضي``) and offsets from another event (``قبل عامين من الحرب``).

With the article's date known, weekdays and relative expressions resolve to ``YYYY-MM-DD``
(weeks to the ISO week ``YYYY-Www``, months to ``YYYY-MM``, years to ``YYYY``; a day of a
relative month to ``YYYY-MM-DD``), and months or days without a year get one (``مايو من
العام المقبل`` the article's year + 1). A bare weekday is the nearest such day (-3..+3
days); ``أمس الثلاثاء`` is the day before the article when that is a Tuesday, else the
last Tuesday.

Matching runs on a folded copy of the text (see `normalize`); spans are mapped back to
the original, with proclitics (و ف ب ل ك) and a glued في left outside the span; after
the preposition ل the article's ل is inside it (``للعام المقبل`` -> ``لعام المقبل``).
"""

from __future__ import annotations

import datetime
from bisect import bisect_right
from dataclasses import dataclass

from reader.entities.dates import patterns as pat
from reader.entities.dates.finders import find_atoms
from reader.entities.dates.merging import merge, non_overlapping
from reader.entities.dates.prefilter import windows as find_windows
from reader.entities.dates.values import date_value
from reader.entities.normalize import normalize
from reader.entities.tokens import Tokens, tokenize

_TATWEEL = "\u0640"


@dataclass(frozen=True)
class DateMatch:
    """A date expression: its span in the original text and its value (see module doc)."""

    start: int
    end: int
    text: str
    value: str | None


def find_dates(
    text: str, article_date: datetime.date | None = None, tokens: Tokens | None = None
) -> list[DateMatch]:
    """Date expressions in `text`, sorted and non-overlapping, valued as the module doc says.

    `tokens` are the text's tokens when the caller has them (else they are made here)."""
    matched = _lone_tatweels_as_dashes(text)
    marks = [m.start() for m in pat.MARK.finditer(matched)]
    folded = normalize(matched)
    if len(folded) != len(matched) - len(marks):  # normalize dropped other marks than ours
        folded = normalize(pat.MARK.sub("", matched))
    # Mark k sits after (its position - k) letters of the folded text.
    mark_slots = [position - k for k, position in enumerate(marks)]

    def original(offset: int) -> int:
        return offset + bisect_right(mark_slots, offset) if mark_slots else offset

    windows = find_windows(folded, tokens or tokenize(text), marks)
    atoms = merge(non_overlapping(find_atoms(folded, text, original, windows)), folded)
    matches = []
    for atom in atoms:
        # A mark belongs to the letter before it, so a span ends after its last marks.
        start, end = original(atom.start), original(atom.end)
        matches.append(
            DateMatch(start, end, text[start:end], date_value(atom.parsed, article_date))
        )
    return matches


def _lone_tatweels_as_dashes(text: str) -> str:
    """`text` with each tatweel run between spaces or digits made dashes, one for one (the
    offsets stay): "2015 ـــ 2020" is a range. A str.find per run, not a regex over the text."""
    pieces: list[str] = []
    done, at = 0, text.find(_TATWEEL)
    while at != -1:
        end = at + 1
        while text.startswith(_TATWEEL, end):
            end += 1
        before, after = text[at - 1 : at], text[end : end + 1]
        if (before.isspace() or before.isdigit()) and (after.isspace() or after.isdigit()):
            pieces += [text[done:at], "-" * (end - at)]
            done = end
        at = text.find(_TATWEEL, end)
    return "".join(pieces) + text[done:] if pieces else text



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
