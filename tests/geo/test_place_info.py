"""place_info(): the forms the engine writes reach the GeoNames record of the place, which
the gazetteer holds."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from reader.entities.gazetteer import DATA_FILE as GAZETTEER
from reader.entities.normalize import normalize
from reader.geo import places
from reader.geo.places import PlaceInfo, place_info


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("مراكش", "Marrakesh"),
        ("المغرب", "Morocco"),
        ("الولايات المتحدة", "United States"),
        ("ليبيا", "Libya"),
        ("الرياض", "Riyadh"),
        ("منطقة الساحل", "Sahel"),
    ],
)
def test_places_of_the_bundled_article_and_news_have_their_english_name(name, english):
    info = place_info(name)
    assert info is not None
    assert info.english == english


def test_spellings_of_alef_ya_and_harakat_find_the_same_place():
    assert place_info("أبها") == place_info("ابها") == place_info("أَبْها")
    assert place_info("الرِّياض") == place_info("الرياض")


def test_a_generic_head_or_a_missing_article_still_finds_the_place():
    assert place_info("منطقة عسير") == place_info("عسير")
    assert place_info("مغرب") == place_info("المغرب")


def test_a_city_has_its_geonames_point_and_id():
    info = place_info("مراكش")
    assert info is not None and info.has_point and not info.approximate
    assert info.geonames_id == 2542997
    assert info.latitude == pytest.approx(31.63, abs=0.05)
    assert info.longitude == pytest.approx(-8.0, abs=0.05)


def test_a_country_gets_an_approximate_point_inside_it():
    info = place_info("السعودية")
    assert info is not None and info.approximate and info.geonames_id == 102358
    # The median of Saudi towns lies within the kingdom's bounding box.
    assert 16 < (info.latitude or 0) < 32 and 34 < (info.longitude or 0) < 56


def test_a_province_of_a_saudi_local_article_is_placed_in_the_south_west():
    info = place_info("عسير")
    assert info is not None and info.has_point
    assert 17 < (info.latitude or 0) < 21 and 41 < (info.longitude or 0) < 45


def test_an_unknown_name_gives_none():
    assert place_info("كلمة لا تعرفها المصادر") is None


def test_a_name_grouped_with_another_spelling_gets_its_record():
    # CLDR and ISO write "ساحل العاج"; the hand list groups it under "كوت ديفوار".
    info = place_info("كوت ديفوار")
    assert info is not None and info.english == "Ivory Coast"
    assert info == place_info("ساحل العاج")


def test_a_region_no_table_holds_has_a_hand_set_centre_and_no_geonames_id():
    info = place_info("الشرق الأوسط")
    assert info is not None and info.english == "Middle East"
    assert info.geonames_id is None and info.approximate and info.has_point


def _shipped_records() -> list[list[str]]:
    with gzip.open(GAZETTEER, "rt", encoding="utf-8") as fh:
        raw = json.load(fh)
    return [line.split("\t") for line in raw["place_records"].split("\n")]


def test_the_gazetteer_holds_one_record_per_place_with_all_its_names():
    records = _shipped_records()
    ivory = [r for r in records if normalize("ساحل العاج") in r[5:]]
    # One record, the GeoNames country 2287781, holds both spellings news writes.
    assert len(ivory) == 1
    assert ivory[0][:4] == ["Ivory Coast", "7.3", "-5.64", "2287781"]
    assert normalize("كوت ديفوار") in ivory[0][5:]
    morocco = [r for r in records if r[3] == "2542007"]
    assert len(morocco) == 1 and morocco[0][0] == "Morocco"
    assert normalize("المغرب") in morocco[0][5:]


def test_no_geonames_id_and_no_name_is_in_two_records():
    records = _shipped_records()
    ids = [r[3] for r in records if r[3]]
    names = [n for r in records for n in r[5:]]
    assert len(ids) == len(set(ids))
    assert len(names) == len(set(names))


def test_the_engine_s_lexicons_and_the_place_records_are_one_file():
    assert not (Path(places.__file__).parent / "data" / "places.json.gz").exists()
    assert place_info("القاهرة") == PlaceInfo("Cairo", 30.06, 31.25, 360630, False)
