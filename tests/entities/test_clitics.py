"""Proclitics: a name's bare form and where it starts in the written word."""

from reader.entities.clitics import bare_form, proclitic_splits


def test_preposition_split_is_offered():
    assert (1, "مراكش") in proclitic_splits("بمراكش")
    assert (1, "بريطانيا") in proclitic_splits("لبريطانيا")


def test_conjunction_then_preposition():
    splits = proclitic_splits("وبلينكن")
    assert (1, "بلينكن") in splits
    assert splits[0] == (0, "وبلينكن")  # least stripping first


def test_lam_lam_restores_the_article():
    # ل + المغرب is written للمغرب: the bare form is المغرب, starting at the second lam.
    assert (1, "المغرب") in proclitic_splits("للمغرب")


def test_offsets_count_marks_of_the_written_word():
    assert (2, "المغرب") in proclitic_splits("وَالمغرب")


def test_bare_form_strips_only_before_the_article():
    assert bare_form("والمغرب") == (1, "المغرب")
    assert bare_form("بالولايات") == (1, "الولايات")
    # A name may begin with a letter that looks like a proclitic.
    assert bare_form("فيكتوريا") == (0, "فيكتوريا")
    assert bare_form("بلينكن") == (0, "بلينكن")


def test_kaf_before_the_article_of_an_unknown_word_is_part_of_the_name():
    # "كاليفورنيا", "كالديرون": no "like" + "اليفورنيا"; "بالمغرب" and "وكالمغرب" still
    # lose what comes before the article.
    assert bare_form("كاليفورنيا") == (0, "كاليفورنيا")
    assert bare_form("وكاليفورنيا") == (1, "كاليفورنيا")
    assert bare_form("بالمغرب") == (1, "المغرب")
    assert bare_form("كالنمسا", (frozenset({"النمسا"}),)) == (1, "النمسا")


def test_short_words_are_not_split_to_nothing():
    assert all(len(stem) >= 2 for _, stem in proclitic_splits("به"))


def test_a_conjunction_before_a_two_letter_word_is_offered():
    # "وتل أبيب", "وأم درمان": the first word of a place name may have two letters.
    assert (1, "تل") in proclitic_splits("وتل")
    assert (1, "ام") in proclitic_splits("وأم")
