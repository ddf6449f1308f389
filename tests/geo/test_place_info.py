"""place_info(): the forms the engine writes reach the GeoNames record of the place."""

from __future__ import annotations

import pytest

from reader.geo.places import place_info


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
