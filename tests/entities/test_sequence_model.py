"""The numpy tagger gives crfsuite's labels and spans on real text (issue 9)."""

from pathlib import Path

import pytest

from reader.entities.sequence_model import CrfsuiteTagger, sequence_tagger
from reader.entities.spans import Span
from reader.entities.tokens import sentences, tokenize

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def crfsuite():
    return CrfsuiteTagger()


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_numpy_and_crfsuite_give_the_same_labels(path, crfsuite):
    text = path.read_text(encoding="utf-8")
    tokens = tokenize(text)
    bounds = sentences(text, tokens)
    expected = [label for a, b in bounds for label in crfsuite.labels(tokens.texts[a:b])]
    numpy_tagger = sequence_tagger()._tagger
    assert numpy_tagger.tag(tokens.texts, bounds) == expected


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_numpy_and_crfsuite_trim_names_alike(path, crfsuite):
    text = path.read_text(encoding="utf-8")
    tokens = tokenize(text)
    bounds = sentences(text, tokens)
    expected = [
        Span(s.kind, s.first + first, s.end + first)
        for first, end in bounds
        for s in crfsuite.tag(tokens.texts[first:end])
    ]
    assert sequence_tagger().tag_sentences(tokens, bounds) == expected


def test_sentences_of_different_lengths_are_tagged_as_if_alone(crfsuite):
    words = tokenize("وصل أنتوني بلينكن إلى مراكش . التقى الملك محمد السادس . شكرا").texts
    bounds = [(0, 6), (6, 11), (11, 12)]
    alone = [label for a, b in bounds for label in crfsuite.labels(words[a:b])]
    assert sequence_tagger()._tagger.tag(words, bounds) == alone


NEWS_DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "news-dev"


@pytest.mark.skipif(not NEWS_DEV.is_dir(), reason="news-dev is not checked out beside")
def test_numpy_and_crfsuite_agree_on_fifteen_real_articles(crfsuite):
    for path in sorted(NEWS_DEV.glob("[0-9][0-9].txt")):
        text = path.read_text(encoding="utf-8")
        tokens = tokenize(text)
        bounds = sentences(text, tokens)
        expected = [label for a, b in bounds for label in crfsuite.labels(tokens.texts[a:b])]
        assert sequence_tagger()._tagger.tag(tokens.texts, bounds) == expected, path.name


def test_a_waw_word_after_a_known_place_has_the_coordination_feature(crfsuite):
    # "co" (features.coordinated): a word written with و right after a known place's word.
    words = tokenize("زار الوفد الرياض وضباء أمس وتحدث مع السكان").texts
    items = crfsuite.features.sequence(words)
    assert [i for i, feats in enumerate(items) if "co" in feats] == [3]
    # The numpy tagger adds the same weight: its labels are crfsuite's.
    assert sequence_tagger()._tagger.tag(words, [(0, len(words))]) == crfsuite.labels(words)


def test_a_word_no_list_knows_has_the_unknown_word_flag(crfsuite):
    # "uk": Arabic letters alone, in no lexicon (a transliterated name, most often).
    words = tokenize("تغلب البلجيكي كزافييه ماليس على محمد في باريس عام 2006").texts
    items = crfsuite.features.sequence(words)
    assert [i for i, feats in enumerate(items) if "uk" in feats] == [2, 3]
    # Its neighbours see it too, as the numpy tagger does.
    assert "+1uk" in items[1] and "-1uk" in items[4]
    assert sequence_tagger()._tagger.tag(words, [(0, len(words))]) == crfsuite.labels(words)
