"""Normalisation for matching: marks, alef forms, ya/alef maqsura, taa marbuta, digits."""

from reader.entities.normalize import fold_digits, normalize, strip_marks


def test_diacritics_and_tatweel_are_removed():
    assert normalize("مُحَمَّـــد") == "محمد"
    assert strip_marks("الحُلفاء") == "الحلفاء"


def test_alef_variants_fold_to_bare_alef():
    assert normalize("أحمد") == normalize("إحمد") == normalize("آحمد") == "احمد"


def test_alef_maqsura_and_taa_marbuta_fold():
    assert normalize("مصطفى") == "مصطفي"
    assert normalize("القارة") == "القاره"


def test_arabic_indic_and_persian_digits_become_ascii():
    assert normalize("٢٠٠٤") == "2004"
    assert normalize("۲۰۲۳") == "2023"


def test_fold_digits_keeps_length():
    text = "في ٢٠٠٤م"
    assert fold_digits(text) == "في 2004م"
    assert len(fold_digits(text)) == len(text)
