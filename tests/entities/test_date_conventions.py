"""The product's DATE span conventions (news-dev README), one case per point, on sentences
written for these tests: what is a date, where its span starts and ends."""

from __future__ import annotations

import datetime

import pytest

from reader.entities import extract
from reader.entities.dates import find_dates

WEDNESDAY = datetime.date(2023, 5, 10)


def date_spans(text: str) -> list[str]:
    """The date mentions extract() finds in `text`, in reading order."""
    spans = [(m.start, m.text) for e in extract(text) if e.kind == "date" for m in e.mentions]
    return [span for _, span in sorted(spans)]


def values(text: str, article_date: datetime.date | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in find_dates(text, article_date)]


# (convention, sentence, the date spans in it)
CASES = [
    # Calendar dates, months, years, weekdays, Hijri dates, a head noun before the date
    ("full date", "سافر الوفد في 3 فبراير 2017 إلى الخارج", ["3 فبراير 2017"]),
    ("numeric Hijri date", "صدر التعميم بتاريخ 5-3-1439 هـ للمدارس", ["5-3-1439 هـ"]),
    ("month and year", "انخفضت الأسعار في فبراير 2017 قليلا", ["فبراير 2017"]),
    ("month alone", "يتوقع المزارعون المطر في نوفمبر", ["نوفمبر"]),
    ("year with عام", "افتتح المتحف عام 2016 أمام الزوار", ["عام 2016"]),
    ("bare year", "وفي 2009 انتقل إلى العاصمة", ["2009"]),
    ("weekday", "يفتتح المعرض الثلاثاء أبوابه", ["الثلاثاء"]),
    ("head noun شهر", "يصوم الناس في شهر شعبان أياما", ["شهر شعبان"]),
    ("head noun يوم", "تعلن النتائج يوم 9 يونيو", ["يوم 9 يونيو"]),
    ("Hijri date with era", "عقد المؤتمر في 12 رجب 1438 هـ بالمدينة", ["12 رجب 1438 هـ"]),
    (
        "paired month names",
        "جرت الانتخابات في أكتوبر / تشرين الأول 2018",
        ["أكتوبر / تشرين الأول 2018"],
    ),
    (
        "weekday, day, paired month",
        "أعلن القرار يوم الجمعة 21 سبتمبر / أيلول",
        ["يوم الجمعة 21 سبتمبر / أيلول"],
    ),
    ("qualifier after", "تسلم منصبه في مارس/ آذار الماضي رسميا", ["مارس/ آذار الماضي"]),
    # Paired Hijri/Gregorian dates split at الموافق
    (
        "split at الموافق",
        "صدر المرسوم في 5 رجب 1440هـ الموافق 12 مارس 2019م",
        ["5 رجب 1440هـ", "12 مارس 2019م"],
    ),
    (
        "weekday then الموافق",
        "وصل يوم الأربعاء 3 محرم 1441 هـ الموافق 2 سبتمبر 2019 م إلى جدة",
        ["يوم الأربعاء 3 محرم 1441 هـ", "2 سبتمبر 2019 م"],
    ),
    # Relative anchors; a weekday with a relative anchor is one span
    ("yesterday", "أعلن الفريق أمس تشكيلته", ["أمس"]),
    ("yesterday and weekday", "أعلن المدرب أمس الجمعة تشكيلة الفريق", ["أمس الجمعة"]),
    ("today and weekday", "تصل البعثة اليوم الاثنين إلى العاصمة", ["اليوم الاثنين"]),
    ("tomorrow and weekday", "يلتقي الوزيران غدا الخميس في جلسة مغلقة", ["غدا الخميس"]),
    ("the day before yesterday", "عاد الصيادون أمس الأول محملين بالأسماك", ["أمس الأول"]),
    ("last week", "التقى الطرفان الأسبوع الماضي في الدوحة", ["الأسبوع الماضي"]),
    ("next month", "تبدأ الأعمال الشهر القادم في الموقع", ["الشهر القادم"]),
    ("last year", "تضاعف عدد الزوار العام الماضي", ["العام الماضي"]),
    # Era markers are part of the span; «العام 1869» is one span
    ("era هـ", "بني المسجد عام 1210هـ على يد الأمير", ["عام 1210هـ"]),
    ("era ه", "ولد الشاعر سنة 354 ه في قرية صغيرة", ["سنة 354 ه"]),
    ("era للهجرة, two digits", "توفي الفقيه سنة 95 للهجرة في البصرة", ["سنة 95 للهجرة"]),
    ("era م", "وصلت الحملة عام 1798م إلى الساحل", ["عام 1798م"]),
    ("العام and a year", "افتتح الجسر العام 1932 بعد أعوام من العمل", ["العام 1932"]),
    # A tight range joined by -, /, ـــ or و is one span; with من/حتى/إلى, two
    ("range with a dash and an era", "عاش المؤرخ بين 808-874هـ في القاهرة", ["808-874هـ"]),
    ("range with و and عامي", "تقام البطولة بين عامي 2019 و2020 في ثلاث مدن", ["عامي 2019 و2020"]),
    ("range with ـــ", "تغطي الخطة الفترة 2021 ـــ 2025 كاملة", ["2021 ـــ 2025"]),
    ("Hijri range with ــ", "صدر التقويم للعام ١٤٣٨ ــ ١٤٣٩هـ عن الوزارة", ["لعام ١٤٣٨ ــ ١٤٣٩هـ"]),
    ("range with a slash", "اعتمد التقويم لعام 1439/ 1440هـ رسميا", ["عام 1439/ 1440هـ"]),
    ("range inside a season", "فاز بالدوري في موسم 2010-2011 للمرة الأولى", ["2010-2011"]),
    ("days joined by و", "عقدت الجلستان في 9 و12 من الشهر الجاري", ["9 و12 من الشهر الجاري"]),
    ("days joined by و, a month", "تقام العروض في 4 و11 مايو في المسرح", ["4 و11 مايو"]),
    ("من ... حتى", "عمل مراسلا من 2001 حتى 2009 في الخارج", ["2001", "2009"]),
    ("من عام ... إلى عام", "امتدت الدراسة من عام 2010 إلى عام 2015", ["عام 2010", "عام 2015"]),
    (
        "two years each with عام",
        "نظمت الدورة عام 2011 وعام 2013 في المدينة",
        ["عام 2011", "عام 2013"],
    ),
    # Qualifiers before the date are left out
    ("time of day", "وصل الوفد مساء أمس إلى المطار", ["أمس"]),
    ("time of day before a weekday", "تتوقف الرحلات صباح الجمعة", ["الجمعة"]),
    ("time of day before today", "افتتح الوزير الجناح صباح اليوم", ["اليوم"]),
    ("late in a year", "سيصدر القرار في أواخر عام 1440هـ", ["عام 1440هـ"]),
    ("middle of a month", "تنطلق الدورة منتصف نوفمبر القادم", ["نوفمبر القادم"]),
    ("end of a paired month", "أعلنت النتائج نهاية مارس/آذار الماضي", ["مارس/آذار الماضي"]),
    ("start of a month", "افتتح الفرع مطلع يونيو في الرياض", ["يونيو"]),
    ("a season before a year", "زار المدينة صيف 2014 مع أسرته", ["2014"]),
    ("the following year", "عاد إلى بلاده في العام التالي 2016", ["2016"]),
    # One span each
    ("day of this month", "تبدأ التسجيلات يوم 22 من هذا الشهر", ["يوم 22 من هذا الشهر"]),
    (
        "first day of a Hijri month",
        "يبدأ الموسم اليوم الأول من شهر ذي الحجة المقبل 1441هـ",
        ["اليوم الأول من شهر ذي الحجة المقبل 1441هـ"],
    ),
    (
        "month of next year",
        "تفتح المدارس أبوابها في نيسان (أبريل) من العام المقبل",
        ["نيسان (أبريل) من العام المقبل"],
    ),
    (
        "month of this year and its year",
        "تنتهي المهلة في شهر صفر من العام الحالي 1440هـ",
        ["شهر صفر من العام الحالي 1440هـ"],
    ),
    ("month of a year", "ولد في مارس من عام 1975 بالريف", ["مارس من عام 1975"]),
    (
        "ordinal day, paired month, year",
        "ولدت في الثالث من تموز (يوليو) 1990 بالقرية",
        ["الثالث من تموز (يوليو) 1990"],
    ),
    # One calendar unit with a relative word is a date; a counted window is not
    ("this year", "ارتفعت الصادرات هذا العام بشكل ملحوظ", ["هذا العام"]),
    ("the current year", "تراجعت البطالة في العام الحالي", ["العام الحالي"]),
    ("the last decade", "تغير المشهد كثيرا في العقد الماضي", ["العقد الماضي"]),
    ("the next quarter", "تتوقع الشركة أرباحا في الربع المقبل", ["الربع المقبل"]),
    ("the past two days", "هطلت أمطار غزيرة خلال اليومين الماضيين", []),
    ("the next five days", "ستصل الشحنة خلال الخمسة الأيام القادمة", []),
    ("the past ten years", "نمت المدينة في السنوات العشر الماضية", []),
    ("the next five years", "تخطط الحكومة للسنوات الخمس المقبلة", []),
    ("the past years", "تحسنت الخدمات في السنوات الماضية", []),
    ("the start of the year", "ترتفع الأسعار مع بداية العام عادة", ["العام"]),
    ("the weekend", "يزدحم الشاطئ في عطلة نهاية الأسبوع", []),
    ("the first quarter", "ارتفعت الأرباح في نهاية الربع الأول", []),
    # قبل with a number is a date; without one it is not
    ("قبل and a number", "غادر القرية قبل 20 عاما", ["قبل 20 عاما"]),
    ("قبل, more than a number", "تخرج قبل أكثر من 5 سنوات", ["قبل أكثر من 5 سنوات"]),
    ("قبل and a dual", "انتقل إلى المدينة قبل عامين", ["قبل عامين"]),
    ("قبل without a number", "التقيته قبل أيام قليلة في السوق", []),
    ("قبل and a few", "زرت المكان قبل بضعة أشهر", []),
    ("منذ فترة", "يعمل هنا منذ فترة طويلة", []),
    ("منذ ذلك الحين", "لم يتصل بنا منذ ذلك الحين", []),
    ("حتى الآن", "لم تصدر النتائج حتى الآن", []),
    # «اليوم» meaning today or nowadays is a date; a day that is not today is not
    ("today, nowadays", "اليوم تغيرت وسائل التواصل", ["اليوم"]),
    ("that day", "لن أنسى ذلك اليوم", []),
    ("half a day", "استغرقت الرحلة يوما ونصف اليوم", []),
    ("the first day", "كان أول يوم في المدرسة صعبا", []),
    ("every day", "يتدرب في كل يوم ساعتين", []),
    # Decades are dates
    ("a decade", "انتشرت الأغنية في السبعينات بسرعة", ["السبعينات"]),
    (
        "a decade of the last century",
        "بنيت العمارة في الخمسينيات من القرن الماضي",
        ["الخمسينيات من القرن الماضي"],
    ),
    # Sports seasons, the school year, eras, gatherings are not; a year inside them is
    ("a sports season", "خسر الفريق النهائي في الموسم الماضي", []),
    ("the school year", "تستعد المدارس للعام الدراسي الجديد", []),
    ("this school year", "تبدأ الدراسة في هذا العام الدراسي مبكرا", []),
    ("a year in a school year", "صدر جدول العام الدراسي 2019 للطلاب", ["2019"]),
    (
        "a falling range in a school year",
        "يبدأ العام الدراسي ١٤٤١/١٤٤٠هـ بعد العيد",
        ["١٤٤١/١٤٤٠هـ"],
    ),
    ("eras", "ازدهر الشعر في الجاهلية والإسلام", []),
    ("a named era", "كتب المؤرخون عن العصر العباسي كثيرا", []),
    ("a historical period", "تعود الوثائق إلى الفترة العثمانية", []),
    ("a gathering", "يحضر الأدباء الإثنينية في بيت الشاعر", []),
    # Not dates: clock times, durations, ages, vague adverbs, ordinals, non-years, labels
    ("clock time", "تبدأ النشرة عند الساعة 21:30 بتوقيت مكة", []),
    ("duration", "استمر الحصار لمدة 3 أيام متتالية", []),
    ("duration with منذ", "يقيم هنا منذ ستة أشهر", []),
    ("age", "توفي عن عمر 80 عاما في منزله", []),
    ("currently", "وهو يقيم حاليا في الخارج", []),
    ("recently", "صدر مؤخرا كتاب جديد للمؤلف", []),
    ("back then", "كان الوضع آنذاك صعبا على الجميع", []),
    ("now", "نحن الآن أمام تحد كبير", []),
    ("ordinals", "حل ثالثا في السباق الثاني", []),
    ("a price", "دفع 1950 دولارا ثمنا للجهاز", []),
    ("a category label", "عام / أعلنت الوزارة عن خطة جديدة", []),
    ("zero as a score", "انتهت المباراة بهدفين مقابل صفر", []),
    ("غدا as a verb", "وقد غدا الشارع هادئا بعد رحيل الباعة", []),
    ("غدا as tomorrow", "يصل الضيوف غدا إلى المطار", ["غدا"]),
    # Clitics and glued words are left out of the span
    ("proclitic و", "ويونيو شهر الامتحانات", ["يونيو"]),
    ("proclitic ب", "عاد بالأمس من السفر", ["الأمس"]),
    ("proclitic ف", "فالعام الماضي كان صعبا", ["العام الماضي"]),
    ("vocalised words keep their marks", "يَصِلُ الوفدُ يومَ الخميسِ القادمِ", ["يومَ الخميسِ القادمِ"]),
    ("ل+ال", "خصصت الميزانية للعام المقبل", ["لعام المقبل"]),
    ("glued في", "وفي2019 تغيرت القوانين", ["2019"]),
    ("glued و after a year", "افتتح المصنع العام 1925وبدأ الإنتاج", ["العام 1925"]),
]


@pytest.mark.parametrize(("sentence", "spans"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_date_spans_follow_the_conventions(sentence, spans):
    assert date_spans(sentence) == spans


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("بين عامي 2019 و2020", [("عامي 2019 و2020", "2019/2020")]),
        ("الفترة 2021 ـــ 2025", [("2021 ـــ 2025", "2021/2025")]),
        # There is no Hijri range value: a Hijri range has its first year's.
        ("بين 808-874هـ", [("808-874هـ", "hijri:0808")]),
        ("سنة 95 للهجرة", [("سنة 95 للهجرة", "hijri:0095")]),
        ("موسم 2012/2011", [("2012/2011", "2011/2012")]),
        ("عام 1798م", [("عام 1798م", "1798")]),
        ("قبل أكثر من 5 سنوات", [("قبل أكثر من 5 سنوات", "relative:-5y")]),
        ("يوم 22 من هذا الشهر", [("يوم 22 من هذا الشهر", "relative:0M")]),
        ("في 9 و12 من الشهر الجاري", [("9 و12 من الشهر الجاري", "relative:0M")]),
        ("في 4 و11 مايو", [("4 و11 مايو", "--05")]),
        ("في نيسان (أبريل) من العام المقبل", [("نيسان (أبريل) من العام المقبل", "--04")]),
        ("الربع المقبل", [("الربع المقبل", None)]),
        ("العقد الماضي", [("العقد الماضي", None)]),
        ("مساء أمس", [("أمس", "relative:-1d")]),
        (
            "في 5 رجب 1440هـ الموافق 12 مارس 2019م",
            # 1 Rajab 1440 was 8 March 2019 (Umm al-Qura), so 5 Rajab is 12 March.
            [("5 رجب 1440هـ", "2019-03-12"), ("12 مارس 2019م", "2019-03-12")],
        ),
    ],
)
def test_values_of_the_convention_cases(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "resolved"),
    [
        ("يوم 22 من هذا الشهر", "2023-05-22"),
        ("يوم 31 من الشهر المقبل", "2023-06"),  # June has no 31st: the month
        ("في 9 و12 من الشهر الجاري", "2023-05"),
        ("في نيسان (أبريل) من العام المقبل", "2024-04"),
        ("في مايو من هذا العام", "2023-05"),
        ("قبل أكثر من 5 سنوات", "2018"),
    ],
)
def test_convention_values_resolve_around_the_article_date(sentence, resolved):
    assert [value for _, value in values(sentence, WEDNESDAY)] == [resolved]


def test_a_tatweel_inside_a_word_is_a_mark_and_one_between_years_a_dash():
    # "شـــوال" is stretched for the eye; "1436 ــ 1437" reads 1436-1437.
    assert values("في 3 شـــوال 1436 هـ") == [("3 شـــوال 1436 هـ", "2015-07-19")]
    assert values("خطة 1436 ــ 1437هـ") == [("1436 ــ 1437هـ", "hijri:1436")]
