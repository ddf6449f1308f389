"""Grouping mentions into entities: same bare name, surname to full name, chains, dates."""

from dataclasses import dataclass

from reader.entities.grouping import group_dates, group_people, group_places
from reader.entities.results import Mention
from reader.entities.spans import Span


def _person(key: str, start: int, text: str | None = None):
    text = text or key
    n = len(key.split(" "))
    return Span("person", 0, n, 0, key), Mention(start, start + len(text), text)


def test_surname_joins_the_full_name_before_it():
    entities = group_people([_person("انتوني بلينكن", 0, "أنتوني بلينكن"), _person("بلينكن", 50)])
    assert len(entities) == 1
    assert entities[0].name == "أنتوني بلينكن"
    assert [m.start for m in entities[0].mentions] == [0, 50]


def test_surname_before_the_full_name_still_joins_it():
    entities = group_people([_person("نولاند", 0), _person("فيكتوريا نولاند", 40)])
    assert len(entities) == 1 and len(entities[0].mentions) == 2


def test_surname_joins_the_nearest_earlier_bearer():
    entities = group_people(
        [
            _person("جورج بوش", 0),
            _person("جيب بوش", 100),
            _person("بوش", 150),
        ]
    )
    by_name = {e.name: e for e in entities}
    assert len(by_name["جيب بوش"].mentions) == 2
    assert len(by_name["جورج بوش"].mentions) == 1


def test_shorter_chain_joins_the_longer_one_it_begins():
    entities = group_people(
        [
            _person("سلمان بن عبدالعزيز ال سعود", 0, "سلمان بن عبدالعزيز آل سعود"),
            _person("سلمان بن عبدالعزيز", 80),
        ]
    )
    assert len(entities) == 1
    assert entities[0].name == "سلمان بن عبدالعزيز آل سعود"


def test_first_name_after_a_title_joins_the_earlier_full_name():
    # "الملك سلمان" after "سلمان بن عبدالعزيز آل سعود", before "محمد بن سلمان".
    entities = group_people(
        [
            _person("سلمان بن عبدالعزيز ال سعود", 0, "سلمان بن عبدالعزيز آل سعود"),
            _person("سلمان", 60),
            _person("محمد بن سلمان", 120),
        ]
    )
    by_name = {e.name: len(e.mentions) for e in entities}
    assert by_name == {"سلمان بن عبدالعزيز آل سعود": 2, "محمد بن سلمان": 1}


def test_different_people_with_a_shared_word_stay_apart():
    entities = group_people([_person("محمد بن سلمان", 0), _person("محمد بن زايد", 40)])
    assert len(entities) == 2


def test_place_mentions_group_by_bare_form_and_take_the_gazetteer_spelling():
    found = [
        (Span("place", 0, 1, 1, "مراكش"), Mention(1, 6, "مراكش")),
        (Span("place", 5, 6, 0, "مراكش"), Mention(30, 35, "مراكش")),
        (Span("place", 9, 11, 0, "الشرق الاوسط"), Mention(60, 71, "الشرق الوسط")),
    ]
    entities = group_places(found, {"الشرق الاوسط": "الشرق الأوسط"})
    names = {e.name: len(e.mentions) for e in entities}
    assert names == {"مراكش": 2, "الشرق الأوسط": 1}


def test_a_country_under_two_names_is_named_as_the_text_says_it_most():
    found = [
        (Span("place", 0, 1, 1, "بريطانيا"), Mention(0, 8, "بريطانيا")),
        (Span("place", 5, 7, 0, "المملكه المتحده"), Mention(30, 45, "المملكة المتحدة")),
        (Span("place", 9, 10, 0, "بريطانيا"), Mention(60, 68, "بريطانيا")),
    ]
    display = {"بريطانيا": "بريطانيا", "المملكه المتحده": "المملكة المتحدة"}
    same_country = {"بريطانيا": "المملكه المتحده"}
    entities = group_places(found, display, {}, same_country)
    assert [(e.name, len(e.mentions)) for e in entities] == [("بريطانيا", 3)]
    tie = group_places(found[:2], display, {}, same_country)
    assert [(e.name, len(e.mentions)) for e in tie] == [("المملكة المتحدة", 2)]


def test_an_epithet_alone_is_named_as_the_place_it_names():
    found = [(Span("place", 3, 5, 0, "ام القري"), Mention(12, 20, "أم القرى"))]
    entities = group_places(found, {"مكه": "مكة", "ام القري": "أم القرى"}, {"ام القري": "مكه"})
    assert [e.name for e in entities] == ["مكة"]


@dataclass(frozen=True)
class _Date:
    start: int
    end: int
    text: str
    value: str


def test_same_date_twice_is_one_entity():
    entities = group_dates(
        [_Date(0, 4, "2004", "2004"), _Date(20, 24, "2004", "2004"), _Date(30, 35, "أمس", "x")]
    )
    assert sorted(len(e.mentions) for e in entities) == [1, 2]
    assert {e.value for e in entities} == {"2004", "x"}
