"""The engine's batched paths give what the one-word-at-a-time code they replace gives."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from reader.entities.clitics import bare_form, proclitic_splits
from reader.entities.crf import _marginals, _viterbi
from reader.entities.cues import CUE_HEADS, PERSON_TITLES
from reader.entities.dates.prefilter import families as _families
from reader.entities.dates.prefilter import type_families as _type_families
from reader.entities.gazetteer import lexicons
from reader.entities.readings import readings
from reader.entities.sequence_model import sequence_tagger
from reader.entities.tokens import sentences, tokenize

ROOT = Path(__file__).resolve().parents[2]
NEWS_DEV = ROOT.parent / "shared" / "data" / "news-dev"
TEXTS = sorted(ROOT.glob("seeds/*.txt")) + sorted(NEWS_DEV.glob("[0-9][0-9].txt"))
# Words the articles may lack: proclitics on marks, digits glued to month names, decades.
ODD_WORDS = ["وَبِالمغرب", "للمغرب", "ب", "ـ", "1990", "يناير1990", "٢٠٢٠م", "الثمانينيات",
             "والثمانينات", "وبالعام", "فللعام", "اب", "آب", "Paris", "ولا"]  # fmt: skip


TEXT = "\n".join(p.read_text(encoding="utf-8") for p in TEXTS) + "\n" + " ".join(ODD_WORDS)


@pytest.fixture(scope="module")
def tokens():
    return tokenize(TEXT)


def test_readings_ask_a_list_of_every_reading_of_a_word(tokens):
    lex = lexicons()
    found = readings(tokens.types, tokens.type_norms)
    for known in (lex.places.index, CUE_HEADS, lex.given_names, PERSON_TITLES):
        expected = [any(stem in known for _, stem in proclitic_splits(w)) for w in tokens.types]
        assert found.any_in(known).tolist() == expected


def test_where_type_picks_the_tokens_of_the_types_asked(tokens):
    lex = lexicons()
    mask = readings(tokens.types, tokens.type_norms).any_in(lex.places.index)
    assert tokens.where_type(mask) == tokens.where(lambda w: bool(lex.places.name_starts(w)))
    assert tokens.where_type(mask)  # the articles do name places


def test_feature_columns_give_each_words_bare_form(tokens):
    lex = lexicons()
    known = (lex.places.first_words, lex.given_names)
    columns = sequence_tagger()._tagger.features.columns(tokens.types)
    expected = [bare_form(w, known) for w in tokens.types]
    assert list(zip(columns.offsets, columns.stems, strict=True)) == expected


def test_date_families_of_all_words_are_those_of_each_word(tokens):
    words = [*tokens.type_norms, *ODD_WORDS]
    assert [set(f) for f in _type_families(words)] == [_families(w) for w in words]
    assert any(_type_families(words))  # the articles do hold dates


def test_date_families_of_no_words():
    assert _type_families([]) == []


def _argmax_viterbi(scores, trans):
    """One sentence, the textbook way: argmax over the label before (lowest on ties)."""
    back = np.zeros(scores.shape, dtype=np.int64)
    best = scores[0].copy()
    for t in range(1, len(scores)):
        total = best[:, None] + trans
        back[t] = total.argmax(axis=0)
        best = total.max(axis=0) + scores[t]
    labels = [int(best.argmax())]
    for t in range(len(scores) - 1, 0, -1):
        labels.append(int(back[t, labels[-1]]))
    return labels[::-1]


@pytest.mark.parametrize("tied", [False, True], ids=["real scores", "tied scores"])
def test_batched_viterbi_is_each_sentences_own(tied):
    rng = np.random.default_rng(7)
    labels = 9
    lengths = rng.integers(1, 40, size=60)
    scores = rng.normal(size=(int(lengths.sum()), labels))
    trans = rng.normal(size=(labels, labels))
    if tied:  # small integers: many ties, which go to the lower label
        scores, trans = np.round(scores), np.round(trans)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    got = _viterbi(scores, starts, lengths, trans).tolist()
    expected = [
        label
        for a, n in zip(starts.tolist(), lengths.tolist(), strict=True)
        for label in _argmax_viterbi(scores[a : a + n], trans)
    ]
    assert got == expected


def test_marginals_are_forward_backward_by_matrix_products(tokens):
    tagger = sequence_tagger()._tagger
    bounds = sentences(TEXT, tokens)[:200]
    starts = np.array([a for a, _ in bounds])
    lengths = np.array([b - a for a, b in bounds])
    rows = tagger.type_rows(tokens.types)[tokens.ids]
    scores = tagger.emissions(rows[: bounds[-1][1]], starts, lengths)
    trans = tagger.weights.transitions
    got = _marginals(scores, starts, lengths, trans)
    step = np.exp(trans - trans.max())
    for a, n in zip(starts.tolist(), lengths.tolist(), strict=True):
        emit = np.exp(scores[a : a + n] - scores[a : a + n].max(axis=1, keepdims=True))
        alpha, beta = np.empty_like(emit), np.ones_like(emit)
        alpha[0] = emit[0] / emit[0].sum()
        for t in range(1, n):
            alpha[t] = (alpha[t - 1] @ step) * emit[t]
            alpha[t] /= alpha[t].sum()
        for t in range(n - 2, -1, -1):
            beta[t] = step @ (emit[t + 1] * beta[t + 1])
            beta[t] /= beta[t].sum()
        product = alpha * beta
        np.testing.assert_allclose(got[a : a + n], product / product.sum(axis=1)[:, None],
                                   rtol=0, atol=1e-12)  # fmt: skip
