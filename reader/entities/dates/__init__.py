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
from bisect import bisect_right
from dataclasses import dataclass

from reader.entities.dates import patterns as pat
from reader.entities.dates.finders import find_atoms
from reader.entities.dates.merging import merge, non_overlapping
from reader.entities.dates.prefilter import windows as find_windows
from reader.entities.dates.values import date_value
from reader.entities.normalize import normalize
from reader.entities.tokens import Tokens, tokenize


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
    marks = [m.start() for m in pat.MARK.finditer(text)]
    folded = normalize(text)
    if len(folded) != len(text) - len(marks):  # normalize dropped other marks than ours
        folded = normalize(pat.MARK.sub("", text))
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
