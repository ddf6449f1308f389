"""Date expressions: what is found, where the span lies, and the value it gets."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from reader.entities.dates import article_date_from_text, find_dates

ARTICLE = Path(__file__).resolve().parents[2] / "seeds" / "000_d49b3e75e2fba2f2.txt"
WEDNESDAY = datetime.date(2023, 5, 10)  # 1 May 2023 was a Monday


def found(text: str, article_date: datetime.date | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in find_dates(text, article_date)]


def test_bare_weekday_is_found_without_its_comma():
    assert found("ينطلق الأربعاء، في مدينة مراكش") == [("الأربعاء", "weekday:WE")]


def test_yesterday_with_weekday_is_one_mention_without_the_conjunction():
    (match,) = find_dates("وأمس الثلاثاء، أعلنت الوزارة")
    assert (match.start, match.text, match.value) == (1, "أمس الثلاثاء", "relative:-1d")


@pytest.mark.parametrize(
    ("name", "month"),
    [
        ("يناير", 1), ("كانون الثاني", 1), ("جانفي", 1), ("فيفري", 2), ("شباط", 2),
        ("أبريل", 4), ("أفريل", 4), ("أيار", 5), ("جويلية", 7), ("يوليوز", 7), ("غشت", 8),
        ("أغسطس", 8), ("شتنبر", 9), ("أيلول", 9), ("تشرين الأول", 10), ("نونبر", 11),
        ("دجنبر", 12), ("كانون الأول", 12),
    ],
)  # fmt: skip
def test_gregorian_month_in_every_naming_system(name, month):
    assert found(f"وصل الوفد في {name} إلى المدينة") == [(name, f"--{month:02d}")]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("وفي يونيو/ حزيران المقبل، سيجري", "يونيو/ حزيران المقبل", "--06"),
        ("جرى ذلك في تموز (يوليو) الفائت", "تموز (يوليو) الفائت", "--07"),
        ("في آذار / مارس 2019", "آذار / مارس 2019", "2019-03"),
    ],
)
def test_paired_month_names_are_one_mention(text, mention, value):
    assert found(text) == [(mention, value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("15 مارس 2023", "2023-03-15"),
        ("22 / 8 / 2015م", "2015-08-22"),
        ("١٥ مارس ٢٠٢٣", "2023-03-15"),
        ("٢٢/٨/٢٠١٥", "2015-08-22"),
        ("2022/05/11", "2022-05-11"),
        ("الخامس عشر من مارس 2020", "2020-03-15"),
        ("الـ25 من يناير", "--01-25"),
        ("14 تموز", "--07-14"),
    ],
)
def test_day_month_year_in_words_or_digits(text, value):
    assert found(text) == [(text, value)]


def test_hijri_date_is_converted_to_gregorian():
    # 1 Shawwal 1436 (Eid al-Fitr) was Friday 17 July 2015, so 26 Shawwal is 25 days later.
    assert found("في 26 شوال 1436 هـ") == [("26 شوال 1436 هـ", "2015-08-11")]


def test_hijri_and_gregorian_paired_by_almuwafiq_are_two_mentions():
    # The conventions split a paired date at "الموافق" (news-dev README, DATE).
    text = "26 شوال 1436 هـ الموافق 11 أغسطس 2015"
    assert found(text) == [("26 شوال 1436 هـ", "2015-08-11"), ("11 أغسطس 2015", "2015-08-11")]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("منذ 1436هـ", "1436هـ", "hijri:1436"),
        ("خلال رمضان 1436 هـ", "رمضان 1436 هـ", "hijri:1436-09"),
        ("في شهر رمضان المبارك", "شهر رمضان المبارك", "hijri:--09"),
    ],
)
def test_partial_hijri_dates_keep_the_hijri_calendar(text, mention, value):
    assert found(text) == [(mention, value)]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("وفي 2004، تشكل التحالف", "2004", "2004"),
        ("تأسس عام 2004 في بغداد", "عام 2004", "2004"),
        ("في سنة 1999", "سنة 1999", "1999"),
        ("بين عامي 1936 - 1939", "عامي 1936 - 1939", "1936/1939"),  # head noun in the span
        ("العام القادم 2011", "العام القادم 2011", "2011"),
        ("في الثمانينيات", "الثمانينيات", "198X"),
    ],
)
def test_years_with_and_without_a_year_word(text, mention, value):
    assert found(text) == [(mention, value)]


@pytest.mark.parametrize(
    ("text", "value", "resolved"),
    [
        ("أمس", "relative:-1d", "2023-05-09"),
        ("اليوم", "relative:0d", "2023-05-10"),
        ("غدا", "relative:+1d", "2023-05-11"),
        ("غداً", "relative:+1d", "2023-05-11"),
        ("الأسبوع الماضي", "relative:-1w", "2023-W18"),  # week of Monday 1 May
        ("الشهر المقبل", "relative:+1M", "2023-06"),
        ("العام الماضي", "relative:-1y", "2022"),
        ("قبل عامين", "relative:-2y", "2021"),
    ],
)
def test_relative_expressions_and_their_resolution(text, value, resolved):
    sentence = f"قال المتحدث {text} إن الاجتماع انتهى"
    assert found(sentence) == [(text, value)]
    assert found(sentence, WEDNESDAY) == [(text, resolved)]


@pytest.mark.parametrize(
    "text",
    [
        "عمره 14 عاما فقط",
        "بدأ الحصار منذ أربعة أشهر",
        "رحب بالاثنين معا",
        "كلا الاثنين وافقا",
        "اتصل على 1234",
        "أرسلت 2500 جندي",
        "أرسلت 2000 جندي إلى الحدود",
        "مارس الضغط على الحكومة",
        "من باب الفضول",
        "فاز الفريق 3 / صفر",
        "التقى رجب طيب أردوغان",
        "في اليوم التالي",
        "مساحتها 1000 م مربع",
    ],
)
def test_not_dates(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("وفي يونيو", "يونيو"),
        ("ويونيو", "يونيو"),
        ("بالأمس", "الأمس"),
        ("ومنذ عام 2004", "عام 2004"),
        ("فالأربعاء", "الأربعاء"),
    ],
)
def test_span_leaves_out_proclitics(text, mention):
    (match,) = find_dates(text)
    assert match.text == mention
    assert text[match.start : match.end] == mention
    assert match.end == len(text)


def test_diacritics_and_tatweel_do_not_hide_a_date_and_stay_in_the_span():
    text = "ينطلق الأَرْبِعَاءِ في 1436 هـ"
    assert found(text) == [("الأَرْبِعَاءِ", "weekday:WE"), ("1436 هـ", "hijri:1436")]


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("الأحد", "2023-05-07"),  # three days back rather than four ahead
        ("الخميس", "2023-05-11"),
        ("السبت", "2023-05-13"),
        ("الأربعاء", "2023-05-10"),
        ("الأربعاء الماضي", "2023-05-03"),
        ("الأربعاء المقبل", "2023-05-17"),
        ("أمس الثلاثاء", "2023-05-09"),
        ("غدا الخميس", "2023-05-11"),
    ],
)
def test_weekdays_resolve_around_the_article_date(text, resolved):
    assert found(f"قال {text} إن", WEDNESDAY) == [(text, resolved)]


def test_yesterday_weekday_that_disagrees_with_the_article_date_takes_the_last_such_day():
    thursday = datetime.date(2023, 5, 11)
    assert found("أمس الثلاثاء", thursday) == [("أمس الثلاثاء", "2023-05-09")]


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("في يونيو المقبل", "2023-06"),
        ("في مارس المقبل", "2024-03"),  # March has passed by May
        ("في مارس", "2023-03"),
        ("في ديسمبر الماضي", "2022-12"),
        ("في 3 يناير", "2023-01-03"),
    ],
)
def test_months_without_a_year_get_one_from_the_article_date(text, resolved):
    assert [value for _, value in found(text, WEDNESDAY)] == [resolved]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الرباط\nالأربعاء 11 مايو 2022\nقال الوزير أمس", datetime.date(2022, 5, 11)),
        ("2022/05/11\nقال الوزير", datetime.date(2022, 5, 11)),
        ("العنوان\nمقدمة\n1 / 2 / 2020", datetime.date(2020, 2, 1)),
        ("قال الوزير الأربعاء إن", None),
    ],
)
def test_article_date_from_a_dateline(text, expected):
    assert article_date_from_text(text) == expected


def test_bundled_article_dates():
    text = ARTICLE.read_text(encoding="utf-8")
    assert article_date_from_text(text) is None
    assert found(text) == [
        ("الأربعاء", "weekday:WE"),
        ("يونيو/ حزيران المقبل", "--06"),
        ("يوليو/ تموز", "--07"),
        ("2004", "2004"),
        ("أمس الثلاثاء", "relative:-1d"),
    ]
    assert [value for _, value in found(text, WEDNESDAY)] == [
        "2023-05-10",
        "2023-06",
        "2023-07",
        "2004",
        "2023-05-09",
    ]


def test_matches_are_sorted_disjoint_and_quote_the_text():
    text = ARTICLE.read_text(encoding="utf-8") + "\nوفي 26 شوال 1436 هـ، وأمس الاثنين، 2015م"
    matches = find_dates(text)
    assert all(text[m.start : m.end] == m.text for m in matches)
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:], strict=False))


def test_a_full_date_in_the_lead_sentence_is_not_a_dateline():
    lead = "في 15 مارس 2003 غزت القوات الأمريكية العراق بعد أشهر من التوتر وسط معارضة دولية"
    assert article_date_from_text(f"العنوان\n{lead}") is None
    assert article_date_from_text(f"نشر في 11/05/2022 - 10:30 {lead}") == datetime.date(2022, 5, 11)


def test_hijri_and_gregorian_dateline_with_a_dash_is_one_mention():
    text = "الأربعاء 20 شوال 1443 هـ - 11 مايو 2022 م"
    assert found(text) == [(text, "2022-05-11")]


def test_two_dates_joined_by_a_dash_stay_two_dates():
    assert found("( 6 مايو 1856 - 23 سبتمبر 1939 )") == [
        ("6 مايو 1856", "1856-05-06"),
        ("23 سبتمبر 1939", "1939-09-23"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الصيف الماضي", [("الصيف الماضي", None)]),
        ("ربيع 2011", [("2011", "2011")]),  # a qualifier before the date is left out
        ("الربيع العربي", []),
        ("في الأربعينات من عمره", []),
    ],
)
def test_seasons_and_ages(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Vague adverbs and eras are not dates (news-dev README, DATE and "Dates").
        ("وهي الآن بصحة جيدة", []),
        ("ويشغل حالياً منصب مدير", []),
        ("وثائق من الفترة العثمانية", []),
        ("قبل سبعة أيام من الاقتراع", [("قبل سبعة أيام", None)]),
    ],
)
def test_now_periods_and_anchored_offsets(text, expected):
    assert found(text) == expected


def test_alain_is_not_now():
    assert found("الجنرال آلان بيللغريني") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الثلاثاء (5 مايو) الماضي", [("الثلاثاء (5 مايو)", "--05-05")]),
        (
            "يوم الثلاثاء الموافق 5 / 8 / 2008",
            [("يوم الثلاثاء الموافق 5 / 8 / 2008", "2008-08-05")],
        ),
        # 1 Ramadan 1444 was Thursday 23 March 2023 (Umm al-Qura).
        ("غرة رمضان 1444 هـ", [("غرة رمضان 1444 هـ", "2023-03-23")]),
        ("في مثل هذا اليوم", []),
    ],
)
def test_weekday_with_date_first_of_month_and_anniversaries(text, expected):
    assert found(text) == expected


def test_about_n_years_ago():
    assert found("تقدمت قبل حوالي ثلاث سنوات بطلب") == [("قبل حوالي ثلاث سنوات", "relative:-3y")]
    assert found("قبل حوالي ثلاث سنوات", WEDNESDAY) == [("قبل حوالي ثلاث سنوات", "2020")]


def test_a_word_on_the_next_line_does_not_turn_a_year_into_a_count():
    # "1942 قرية" would be 1942 villages; across a sentence's end it is not.
    text = "بتاريخ ( 1942 ) .\nقرية أسدود سنة ( 1935 ) م ."
    assert [m.value for m in find_dates(text)] == ["1942", "1935"]
    assert found("هدمت 1942 قرية") == []


def test_a_month_glued_to_its_year_is_found_by_the_prefilter():
    # The prefilter reads the letters and the digits of one token apart.
    found = [(m.text, m.value) for m in find_dates("حلقت الطائرة في ديسمبر1903) ثم")]
    assert found == [("ديسمبر1903", "1903-12")]


def test_a_word_of_two_date_families_anchors_both():
    # "ربيع" is a season and the first word of a Hijri month.
    found = [m.text for m in find_dates("وفي الربيع الماضي وفي 12 ربيع الأول 1436 هـ")]
    assert found == ["الربيع الماضي", "12 ربيع الأول 1436 هـ"]
