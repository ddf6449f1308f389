"""What the panel and the timeline make of a date's value (read by reader.entities)."""

from __future__ import annotations

import datetime

import pytest

from reader.ui.screens.entity_rows import date_label
from reader.ui.screens.timeline_rows import when


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("2015-08-11", "2015-08-11"),
        ("2023-06", "2023-06"),
        ("2015-W34", "2015-W34"),
        ("1936/1939", "1936/1939"),
        ("198X", "198X"),
        ("--06", "June"),
        ("--06-05", "June 5"),
        ("hijri:1436-09", "1436-09 AH"),
        ("hijri:0950", "0950 AH"),
        ("hijri:--09", "09 AH"),
        ("hijri:--09-12", "09-12 AH"),
        ("weekday:SU", "Sunday"),
        ("weekday:WE-1", "last Wednesday"),
        ("weekday:FR+1", "next Friday"),
        ("relative:0d", "today"),
        ("relative:0w", "this week"),
        ("relative:0M", "this month"),
        ("relative:-1d", "yesterday"),
        ("relative:+1d", "tomorrow"),
        ("relative:-1y", "last year"),
        ("relative:+1M", "next month"),
        ("relative:-3d", "3 days ago"),
        ("relative:+2w", "in 2 weeks"),
        (None, None),
        ("", None),
    ],
)
def test_the_panel_writes_a_date_value_as_a_reader_reads_it(value, label):
    assert date_label(value) == label


def test_a_value_the_engine_never_writes_is_shown_as_it_is():
    assert date_label("weekday:XX") == "weekday:XX"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2015-08-11", (datetime.date(2015, 8, 11), datetime.date(2015, 8, 11), "day")),
        ("2024-02", (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29), "month")),
        ("2023", (datetime.date(2023, 1, 1), datetime.date(2023, 12, 31), "year")),
        ("2015-W34", (datetime.date(2015, 8, 17), datetime.date(2015, 8, 23), "day")),
        ("1939/1936", (datetime.date(1936, 1, 1), datetime.date(1939, 12, 31), "year")),
        # "950 م - 1100": a range whose first year has three digits has its place too
        ("950/1100", (datetime.date(950, 1, 1), datetime.date(1100, 12, 31), "year")),
        ("198X", (datetime.date(1980, 1, 1), datetime.date(1989, 12, 31), "year")),
        # 1 Ramadan 1436 AH was 18 June 2015
        ("hijri:1436-09", (datetime.date(2015, 6, 18), datetime.date(2015, 7, 16), "month")),
    ],
)
def test_the_timeline_places_a_value_from_its_first_to_its_last_day(value, expected):
    assert when(value) == expected


@pytest.mark.parametrize("value", ["2023-02-30", "2023-13", "hijri:1600-01", "weekday:WE+1"])
def test_a_value_with_no_day_in_the_calendar_stands_apart(value):
    assert when(value) is None
