"""The sequence model (people, places, organisations): lazy loading and tagging.

The engine tags with `SequenceTagger` (the CRF's weights run in numpy, see crf.py);
`CrfsuiteTagger` runs the same model through crfsuite, for the scripts and the tests
that check both give the same labels.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from reader.entities.features import FeatureExtractor
from reader.entities.gazetteer import lexicons
from reader.entities.spans import Span
from reader.entities.tokens import Tokens

MODEL_FILE = Path(__file__).parent / "data" / "ner_crf.crfsuite.gz"
# The model runs a name on into the next word ("راوول الهدف"): a last word it is less sure
# of than this is left out. (Taking in half-believed next words, or joining adjacent
# names, scored worse on the dev split; 0.3 by 5-fold CV, scripts/cv_person_model.py:
# PERS exact F1 0.668 against 0.662 at 0.5.)
EDGE_CONFIDENCE = 0.3


def labels_to_spans(labels: Sequence[str]) -> list[Span]:
    """BIO labels to spans of their types ("PERS"...); a stray I- starts a span."""
    spans: list[Span] = []
    kind: str | None = None
    first = 0
    for i, label in enumerate([*labels, "O"]):
        if kind is not None and (label == "O" or label[0] == "B" or label[2:] != kind):
            spans.append(Span(kind, first, i))
            kind = None
        if label != "O" and kind is None:
            kind, first = label[2:], i
    return spans


def trim_person_edges(
    spans: list[Span], marginal: Callable[[int], float], threshold: float = EDGE_CONFIDENCE
) -> list[Span]:
    """A PERS span's last words the model gives I-PERS less than `threshold` are left out
    (`marginal(i)` is that probability at token i); shared by tagging and the CV script."""
    out: list[Span] = []
    for span in spans:
        end = span.end
        if span.kind == "PERS":
            while end - span.first > 1 and marginal(end - 1) < threshold:
                end -= 1
        out.append(span if end == span.end else Span(span.kind, span.first, end))
    return out


class SequenceTagger:
    """Tags a text's sentences with PERS/LOC/ORG/MISC spans, all sentences at once."""

    def __init__(self, weights: Path | None = None) -> None:
        """The shipped model, or the one whose exported weights are at `weights` (the
        cross-validation script tags with each fold's own)."""
        from reader.entities.crf import WEIGHTS_FILE, CrfWeights, NumpyTagger  # numpy: lazily

        loaded = CrfWeights.load(weights or WEIGHTS_FILE)
        self._tagger = NumpyTagger(loaded, FeatureExtractor(lexicons()))
        # The word tables grow as texts come in: callers on several threads (the UI's
        # workers) take turns.
        self._lock = threading.Lock()

    def tag_sentences(self, tokens: Tokens, bounds: Sequence[tuple[int, int]]) -> list[Span]:
        """Spans in document token indices for sentences given as (first, end) ranges."""
        if not bounds:
            return []
        with self._lock:
            best, marginals = self._tagger.tag_with_marginals(
                tokens.types, tokens.ids, bounds, "I-PERS"
            )
        spans = _label_spans(best, bounds, self._tagger.weights.labels)
        return trim_person_edges(spans, lambda i: float(marginals[i]))


def _label_spans(
    best: npt.NDArray[np.int64], bounds: Sequence[tuple[int, int]], labels: Sequence[str]
) -> list[Span]:
    """labels_to_spans over every sentence at once, from label indices."""
    kinds = sorted({label[2:] for label in labels if label != "O"})
    kind_of = np.array([kinds.index(lb[2:]) + 1 if lb != "O" else 0 for lb in labels])
    begins = np.array([lb.startswith("B-") for lb in labels])
    k = kind_of[best]
    first_of_sentence = np.zeros(len(best), dtype=bool)
    first_of_sentence[[a for a, _ in bounds]] = True
    previous = np.concatenate([[0], k[:-1]])
    opens = (k > 0) & (begins[best] | first_of_sentence | (previous != k))
    boundaries = np.flatnonzero(opens | (k == 0) | first_of_sentence)
    boundaries = np.append(boundaries, len(best))
    firsts = np.flatnonzero(opens)
    ends = boundaries[np.searchsorted(boundaries, firsts, side="right")]
    return [
        Span(kinds[kind - 1], a, b)
        for kind, a, b in zip(k[firsts].tolist(), firsts.tolist(), ends.tolist(), strict=True)
    ]


class CrfsuiteTagger:
    """The same model through crfsuite, one sentence at a time."""

    def __init__(self, model: bytes | None = None) -> None:
        import pycrfsuite

        if model is None:
            with gzip.open(MODEL_FILE, "rb") as fh:
                model = fh.read()
        self._model = model  # crfsuite reads the buffer in place: keep it alive
        self._tagger: Any = pycrfsuite.Tagger()
        self._tagger.open_inmemory(self._model)
        self.features = FeatureExtractor(lexicons())

    def labels(self, words: list[str]) -> list[str]:
        return list(self._tagger.tag(self.features.sequence(words))) if words else []

    def tag(self, words: list[str]) -> list[Span]:
        """Spans of one sentence, PERS edges trimmed as SequenceTagger trims them."""
        if not words:
            return []
        spans = labels_to_spans(self.labels(words))
        return trim_person_edges(spans, lambda i: float(self._tagger.marginal("I-PERS", i)))


@cache
def sequence_tagger() -> SequenceTagger:
    """The shipped model, loaded on first use."""
    return SequenceTagger()
