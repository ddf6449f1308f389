"""read_date_value(): every kind of value date_value() writes reads back into its parts."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.entities.date_value import DateValue, read_date_value
from reader.entities.dates.values import ParsedDate, date_value

TUESDAY = datetime.date(2015, 8, 11)  # a Tuesday, in ISO week 34 of 2015


@pytest.mark.parametrize(
    ("parsed", "article_date", "value", "read"),
    [
        # Gregorian, whole and partial
        (ParsedDate(year=2015, month=8, day=11), None, "2015-08-11",
         DateValue("gregorian", 2015, 8, 11)),
        (ParsedDate(year=2023, month=6), None, "2023-06", DateValue("gregorian", 2023, 6)),
        (ParsedDate(year=2023), None, "2023", DateValue("gregorian", 2023)),
        (ParsedDate(year=950), None, "0950", DateValue("gregorian", 950)),
        (ParsedDate(month=6), None, "--06", DateValue("gregorian", None, 6)),
        (ParsedDate(month=6, day=5), None, "--06-05", DateValue("gregorian", None, 6, 5)),
        # June "next", from an article of August: the next year's
        (ParsedDate(month=6, direction=1), datetime.date(2023, 8, 1), "2024-06",
         DateValue("gregorian", 2024, 6)),
        # Hijri: 26 Shawwal (10) 1436 converted; the others kept as Hijri
        (ParsedDate("hijri", 1436, 10, 26), None, "2015-08-11",
         DateValue("gregorian", 2015, 8, 11)),
        (ParsedDate("hijri", 1436, 9), None, "hijri:1436-09", DateValue("hijri", 1436, 9)),
        (ParsedDate("hijri", 1436), None, "hijri:1436", DateValue("hijri", 1436)),
        (ParsedDate("hijri", month=9), None, "hijri:--09", DateValue("hijri", None, 9)),
        (ParsedDate("hijri", month=9, day=12), None, "hijri:--09-12",
         DateValue("hijri", None, 9, 12)),
        # 1600 AH is past hijridate's table (1343-1500): not converted
        (ParsedDate("hijri", 1600, 1, 1), None, "hijri:1600-01-01",
         DateValue("hijri", 1600, 1, 1)),
        (ParsedDate("hijri"), None, "hijri:", DateValue("hijri")),
        # Ranges and decades
        (ParsedDate(year=1936, year_end=1939), None, "1936/1939",
         DateValue("years", 1936, year_end=1939)),
        (ParsedDate(year=950, year_end=1100), None, "950/1100",
         DateValue("years", 950, year_end=1100)),
        (ParsedDate("decade", year=198), None, "198X", DateValue("decade", 198)),
        # Weekdays: bare, previous, next; "أمس الثلاثاء" without the article's date
        (ParsedDate("weekday", weekday=2), None, "weekday:WE", DateValue("weekday", weekday=2)),
        (ParsedDate("weekday", weekday=2, direction=-1), None, "weekday:WE-1",
         DateValue("weekday", weekday=2, direction=-1)),
        (ParsedDate("weekday", weekday=4, direction=1), None, "weekday:FR+1",
         DateValue("weekday", weekday=4, direction=1)),
        (ParsedDate("weekday", weekday=6), None, "weekday:SU", DateValue("weekday", weekday=6)),
        (ParsedDate("weekday", weekday=1, amount=-1), None, "relative:-1d",
         DateValue("relative", amount=-1, unit="d")),
        # Last Tuesday from a Tuesday: a week before
        (ParsedDate("weekday", weekday=1, direction=-1), TUESDAY, "2015-08-04",
         DateValue("gregorian", 2015, 8, 4)),
        # Offsets, unresolved and resolved
        (ParsedDate("relative", amount=0), None, "relative:0d",
         DateValue("relative", amount=0, unit="d")),
        (ParsedDate("relative", amount=1, unit="M"), None, "relative:+1M",
         DateValue("relative", amount=1, unit="M")),
        (ParsedDate("relative", amount=-2, unit="y"), None, "relative:-2y",
         DateValue("relative", amount=-2, unit="y")),
        (ParsedDate("relative", amount=3, unit="w"), None, "relative:+3w",
         DateValue("relative", amount=3, unit="w")),
        (ParsedDate("relative", amount=-1), TUESDAY, "2015-08-10",
         DateValue("gregorian", 2015, 8, 10)),
        (ParsedDate("relative", amount=1, unit="w"), TUESDAY, "2015-W34",
         DateValue("week", 2015, week=34)),
        (ParsedDate("relative", amount=1, unit="M"), TUESDAY, "2015-09",
         DateValue("gregorian", 2015, 9)),
        (ParsedDate("relative", amount=-2, unit="y"), TUESDAY, "2013",
         DateValue("gregorian", 2013)),
    ],
)
def test_each_kind_of_value_reads_back_into_its_parts(parsed, article_date, value, read):
    assert date_value(parsed, article_date) == value
    assert read_date_value(value) == read


def test_a_vague_period_has_no_value_to_read():
    assert date_value(ParsedDate("vague"), TUESDAY) is None
    assert read_date_value(None) is None


@pytest.mark.parametrize(
    "value", ["", "x", "2015-8-1", "weekday:XX", "weekday:WE-2", "hijri:garbage", "relative:1h"]
)
def test_a_string_the_writer_never_writes_reads_as_none(value):
    assert read_date_value(value) is None


@given(
    st.integers(1000, 9999),
    st.none() | st.integers(1, 12),
    st.none() | st.integers(1, 31),
)
def test_any_gregorian_date_reads_back_as_written(year, month, day):
    day = day if month is not None else None
    read = read_date_value(date_value(ParsedDate(year=year, month=month, day=day), None))
    assert read == DateValue("gregorian", year, month, day)


@given(st.integers(-400, 400), st.sampled_from("dwMy"))
def test_any_unresolved_offset_reads_back_as_written(amount, unit):
    read = read_date_value(date_value(ParsedDate("relative", amount=amount, unit=unit), None))
    assert read == DateValue("relative", amount=amount, unit=unit)


@given(st.integers(0, 6), st.sampled_from([None, -1, 0, 1]))
def test_any_unresolved_weekday_reads_back_as_written(weekday, direction):
    parsed = ParsedDate("weekday", weekday=weekday, direction=direction)
    read = read_date_value(date_value(parsed, None))
    assert read == DateValue("weekday", weekday=weekday, direction=direction or 0)
