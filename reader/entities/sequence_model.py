"""The CRF sequence model (people, places, organisations): lazy loading and tagging."""

from __future__ import annotations

import gzip
import threading
from functools import cache
from pathlib import Path

from reader.entities.features import FeatureExtractor
from reader.entities.gazetteer import lexicons

MODEL_FILE = Path(__file__).parent / "data" / "ner_crf.crfsuite.gz"
TokenSpan = tuple[str, int, int]  # (type, first token, end token)
EDGE_CONFIDENCE = 0.5


def labels_to_spans(labels: list[str]) -> list[TokenSpan]:
    """BIO labels to (type, first, end) spans; a stray I- starts a span."""
    spans: list[TokenSpan] = []
    kind, first = None, 0
    for i, label in enumerate(labels + ["O"]):
        if kind is not None and (label == "O" or label[0] == "B" or label[2:] != kind):
            spans.append((kind, first, i))
            kind = None
        if label != "O" and kind is None:
            kind, first = label[2:], i
    return spans


class SequenceTagger:
    """Tags sentences of words with PERS/LOC/ORG/MISC spans."""

    def __init__(self) -> None:
        import pycrfsuite  # imported here: keeps `import reader.entities` cheap

        self._tagger = pycrfsuite.Tagger()
        with gzip.open(MODEL_FILE, "rb") as fh:
            # crfsuite reads the buffer in place and does not copy it: keep it alive.
            self._model = fh.read()
        self._tagger.open_inmemory(self._model)
        self.features = FeatureExtractor(lexicons())
        # One crfsuite tagger holds the state of the last sequence (marginals read it):
        # callers on several threads (the UI's workers) take turns.
        self._lock = threading.Lock()

    def tag(self, words: list[str]) -> list[TokenSpan]:
        if not words:
            return []
        items = self.features.sequence(words)
        with self._lock:
            return self._tag(items)

    def _tag(self, items: list[list[str]]) -> list[TokenSpan]:
        tagger = self._tagger
        spans = labels_to_spans(tagger.tag(items))
        out: list[TokenSpan] = []
        for kind, first, end in spans:
            if kind == "PERS":
                # The model runs a name on into the next word ("راوول الهدف"): a last word
                # it is unsure of is left out. (Taking in half-believed next words, or
                # joining adjacent names, scored worse on the dev split.)
                while end - first > 1 and tagger.marginal("I-PERS", end - 1) < EDGE_CONFIDENCE:
                    end -= 1
            out.append((kind, first, end))
        return out


@cache
def sequence_tagger() -> SequenceTagger:
    """The shipped model, loaded on first use."""
    return SequenceTagger()
