"""The CoNLL reader and span scorer, on tiny hand-made examples."""

from __future__ import annotations

import pytest

from evaluation.conll import (
    WOJOOD_TYPES,
    Sentence,
    char_spans_to_token_spans,
    read_conll,
    score,
    sentence_text,
)

ANERCORP_SAMPLE = """\
فرانكفورت B-LOC
أعلن O
محمد B-PERS
علي I-PERS
في O
ألمانيا B-LOC

باريس B-LOC
"""

WOJOOD_SAMPLE = """\
في O
حرب B-EVENT
1948 I-EVENT B-DATE
$#$ O
ذهب O
إلى O
مدينة B-GPE
نابلس I-GPE

"""


def test_anercorp_sentences_and_spans(tmp_path):
    path = tmp_path / "aner.txt"
    path.write_text(ANERCORP_SAMPLE, encoding="utf-8")
    first, second = read_conll(path)
    assert first.tokens == ("فرانكفورت", "أعلن", "محمد", "علي", "في", "ألمانيا")
    assert first.spans == (("LOC", 0, 1), ("PERS", 2, 4), ("LOC", 5, 6))
    assert second == Sentence(("باريس",), (("LOC", 0, 1),))


def test_wojood_collects_nested_layers_and_skips_separators(tmp_path):
    path = tmp_path / "wojood.txt"
    path.write_text(WOJOOD_SAMPLE, encoding="utf-8")
    (sentence,) = read_conll(path)
    assert sentence.tokens == ("في", "حرب", "1948", "ذهب", "إلى", "مدينة", "نابلس")
    assert sentence.spans == (("EVENT", 1, 3), ("DATE", 2, 3), ("GPE", 5, 7))


def test_wojood_single_layer(tmp_path):
    path = tmp_path / "wojood.txt"
    path.write_text(WOJOOD_SAMPLE, encoding="utf-8")
    (outer,) = read_conll(path, layer=0)
    (inner,) = read_conll(path, layer=1)
    assert outer.spans == (("EVENT", 1, 3), ("GPE", 5, 7))
    assert inner.spans == (("DATE", 2, 3),)


def test_sentence_text_offsets():
    text, offsets = sentence_text(["وفي", "يونيو", "المقبل"])
    assert text == "وفي يونيو المقبل"
    assert offsets == [(0, 3), (4, 9), (10, 16)]


def test_character_spans_map_to_overlapping_tokens():
    offsets = [(0, 3), (4, 9), (10, 16)]
    predicted = [(5, 9, "date"), (1, 12, "date"), (3, 4, "date")]
    # The third span covers only the space between two tokens: it touches no token.
    assert char_spans_to_token_spans(offsets, predicted) == [("date", 1, 2), ("date", 0, 3)]


def test_scores_exact_and_overlap_by_hand():
    gold = [
        [("DATE", 0, 2), ("PERS", 3, 4), ("TIME", 5, 6)],
        [("DATE", 1, 3)],
    ]
    predicted = [
        [("date", 0, 1), ("date", 1, 2), ("date", 7, 8)],
        [("person", 0, 1), ("date", 1, 3)],
    ]
    results = score(gold, predicted, ["date", "person"], mapping=WOJOOD_TYPES)
    date = results["date"]
    # gold dates: (0,2) (5,6) | (1,3); predicted: (0,1) (1,2) (7,8) | (1,3)
    assert (date.gold, date.predicted) == (3, 4)
    assert date.exact_precision == pytest.approx(1 / 4)
    assert date.exact_recall == pytest.approx(1 / 3)
    assert date.exact_f1 == pytest.approx(2 / 7)
    # (0,2) and (1,3) found; (0,1), (1,2), (1,3) correct; (7,8) wrong.
    assert date.overlap_precision == pytest.approx(3 / 4)
    assert date.overlap_recall == pytest.approx(2 / 3)
    assert date.overlap_f1 == pytest.approx(12 / 17)
    person = results["person"]
    assert (person.gold, person.predicted) == (1, 1)
    assert (person.exact_f1, person.overlap_precision, person.overlap_recall) == (0.0, 0.0, 0.0)


def test_spans_that_merge_under_the_mapping_count_once():
    gold = [Sentence(("بيروت",), (("GPE", 0, 1), ("LOC", 0, 1)))]
    results = score(gold, [[("place", 0, 1)]], ["place"], mapping=WOJOOD_TYPES)
    assert results["place"].gold == 1
    assert results["place"].exact_precision == 1.0
    assert results["place"].exact_recall == 1.0


def test_no_predictions_gives_zero_not_an_error():
    results = score([[("DATE", 0, 1)]], [[]], ["DATE"])
    assert results["DATE"].exact_precision == 0.0
    assert results["DATE"].overlap_recall == 0.0


def test_sentence_counts_must_match():
    with pytest.raises(ValueError):
        score([[], []], [[]], ["DATE"])
