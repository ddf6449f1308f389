"""The CRF's inference in numpy: emission scores per word type, batched Viterbi and marginals.

The weights are crfsuite's (exported by scripts/train_person_model.py beside the crfsuite
model); every feature of FeatureExtractor is a sum over word types, so a word's scores
are computed once and a text costs a few array operations per token, not a feature list.
The labels are crfsuite's own (tests/entities/test_crf.py compares them on a corpus).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

import numpy as np
import numpy.typing as npt

from reader.entities.features import SIDES, FeatureExtractor
from reader.entities.tokens import vocabulary

WEIGHTS_FILE = Path(__file__).parent / "data" / "ner_crf.weights.json.gz"
FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
# The neighbour features a word gives: as the word before, after, two before, two after.
_SIDES = 4
_MAX_TYPES = 500_000
_CHUNK = 4096


@dataclass(frozen=True)
class CrfWeights:
    """Labels in crfsuite's order, transition scores [from, to] and state features:
    attribute k is `attributes[k]`, its weights row k of `state`."""

    labels: tuple[str, ...]
    transitions: FloatArray
    attributes: tuple[str, ...]
    state: FloatArray

    @classmethod
    def load(cls, path: Path = WEIGHTS_FILE) -> CrfWeights:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            raw = json.load(fh)
        labels = tuple(raw["labels"])
        attributes = tuple(raw["attributes"])
        rows, columns, weights = [], [], []
        for row, pairs in enumerate(raw["attributes"].values()):
            for label, weight in pairs:
                rows.append(row)
                columns.append(label)
                weights.append(weight)
        state = np.zeros((len(attributes), len(labels)))
        state[rows, columns] = weights
        return cls(labels, np.array(raw["transitions"], dtype=np.float64), attributes, state)

    def row(self, attribute: str) -> FloatArray | None:
        """One attribute's weights, or None if the model has no such attribute."""
        if attribute not in self.attributes:
            return None
        row: FloatArray = self.state[self.attributes.index(attribute)]
        return row


class NumpyTagger:
    """Tags the sentences of a text at once; caches each word type's scores."""

    def __init__(self, weights: CrfWeights, features: FeatureExtractor) -> None:
        self.weights = weights
        self.features = features
        width = len(weights.labels)
        self._zero = np.zeros(width)
        attrs = weights.attributes
        self._bos = _or_zero(weights.row("BOS"), width)
        self._eos = _or_zero(weights.row("EOS"), width)
        self._title = _or_zero(weights.row("title<4"), width)
        self._co = _or_zero(weights.row("co"), width)
        # Row k of the matrix is attribute k's weights; the last row, all zero, stands for
        # attributes the model does not have.
        self._matrix = np.vstack([weights.state, self._zero])
        self._none = len(attrs)
        # Per table (own, then the four sides): template -> {value: row}, flag -> row.
        self._values: list[dict[str, dict[str, int]]] = [{} for _ in range(1 + _SIDES)]
        self._flags: list[dict[str, int]] = [{} for _ in range(1 + _SIDES)]
        sides = {side: 1 + k for k, side in enumerate(SIDES)}
        # Bigram features ("bg=a|b" on b, "bg+=a|b" on a) by pairs of bare-form ids.
        self._stem_ids: dict[str, int] = {}
        pairs: tuple[tuple[list[int], list[int]], ...] = (([], []), ([], []))
        for row, attr in enumerate(attrs):
            if attr.startswith(("bg=", "bg+=")):
                kind, _, pair = attr.partition("=")
                left, _, right = pair.partition("|")
                keys, rows = pairs[kind == "bg+"]
                keys.append(self._stem_id(left) * (1 << 32) + self._stem_id(right))
                rows.append(row)
                continue
            table = sides.get(attr[:2], 0)
            rest = attr[2:] if table else attr
            template, equals, value = rest.partition("=")
            if equals:
                self._values[table].setdefault(template, {})[value] = row
            elif attr not in ("BOS", "EOS", "title<4", "co"):
                self._flags[table][rest] = row
        self._pairs: list[tuple[IntArray, FloatArray]] = []
        for keys, rows in pairs:
            key_array = np.array(keys, dtype=np.int64)
            order = np.argsort(key_array, kind="stable")
            table_rows = self._matrix[np.array(rows, dtype=np.int64)[order]]
            self._pairs.append((key_array[order], table_rows.reshape(-1, width)))
        self._reset()

    def _reset(self) -> None:
        width = len(self.weights.labels)
        self._ids: dict[str, int] = {}
        self._tables = np.zeros((1 + _SIDES, 1024, width))  # own, then the four sides
        self._word_stem = np.zeros(1024, dtype=np.int64)
        self._is_title = np.zeros(1024, dtype=bool)
        self._is_wa = np.zeros(1024, dtype=bool)  # written with the conjunction و
        self._is_place = np.zeros(1024, dtype=bool)  # a gazetteer place's first word

    def _stem_id(self, stem: str) -> int:
        got = self._stem_ids.get(stem)
        if got is None:
            got = self._stem_ids[stem] = len(self._stem_ids)
        return got

    def type_rows(self, types: Sequence[str]) -> IntArray:
        """Each distinct word's row in the score tables, scoring the words not seen before."""
        if len(self._ids) + len(types) > _MAX_TYPES:  # bound memory on huge, varied inputs
            self._reset()
        ids = self._ids
        known = [ids.get(w, 0) for w in types]
        new = [w for w, k in zip(types, known, strict=True) if not k]
        first = len(ids) + 1  # row 0 stays zero: "no word"
        for k, word in enumerate(new, first):
            ids[word] = k
        for at in range(0, len(new), _CHUNK):  # chunks keep the gathered rows small
            self._score_words(new[at : at + _CHUNK], first + at)
        if new:
            return np.fromiter(map(ids.__getitem__, types), dtype=np.int64, count=len(types))
        return np.array(known, dtype=np.int64)

    def _score_words(self, words: list[str], first: int) -> None:
        """Fill the tables for word types first, first + 1, ... (`words`, in order)."""
        need = first + len(words)
        size = self._tables.shape[1]
        if need > size:
            grow = max(need, 2 * size) - size
            pad = np.zeros((1 + _SIDES, grow, self._tables.shape[2]))
            self._tables = np.concatenate([self._tables, pad], axis=1)
            self._word_stem = np.concatenate([self._word_stem, np.zeros(grow, dtype=np.int64)])
            self._is_title = np.concatenate([self._is_title, np.zeros(grow, dtype=bool)])
            self._is_wa = np.concatenate([self._is_wa, np.zeros(grow, dtype=bool)])
            self._is_place = np.concatenate([self._is_place, np.zeros(grow, dtype=bool)])
        columns = self.features.columns(words)
        at = slice(first, need)
        n = len(words)
        none = repeat(self._none)
        values: dict[str, list[str]] = {}
        for table in range(1 + _SIDES):
            scores = np.zeros((n, self._tables.shape[2]))
            for template, rows in self._values[table].items():
                if template not in values:
                    values[template] = columns.values(template)
                found = map(rows.get, values[template], none)
                scores += self._matrix[np.fromiter(found, dtype=np.int64, count=n)]
            for flag, row in self._flags[table].items():
                if flag == "b":  # the bias feature every word has
                    scores += self._matrix[row]
                else:
                    scores[columns.flags[flag]] += self._matrix[row]
            self._tables[table][at] = scores
        stem_ids = self._stem_ids
        self._word_stem[at] = [stem_ids.get(s, -1) for s in columns.stems]
        self._is_title[at] = columns.flags["tt"]
        self._is_wa[at] = columns.flags["wa"]
        self._is_place[at] = np.logical_or(columns.flags["gp"], columns.flags["ga"])

    def emissions(self, rows: IntArray, starts: IntArray, lengths: IntArray) -> FloatArray:
        """Score of each label at each token (given by its table row): the sum of its
        features' weights."""
        n = len(rows)
        sent_of = np.repeat(np.arange(len(starts)), lengths)
        pos = np.arange(n) - starts[sent_of]
        left = lengths[sent_of] - 1 - pos  # tokens after this one in its sentence
        tables = self._tables

        def neighbour(shift: int, present: npt.NDArray[np.bool_]) -> IntArray:
            # Row 0 of every table is zero: it stands for "no such neighbour".
            shifted = np.zeros(n, dtype=np.int64)
            if shift > 0:
                shifted[:-shift] = rows[shift:]
            else:
                shifted[-shift:] = rows[:shift]
            return np.where(present, shifted, 0)

        scores: FloatArray = np.take(tables[0], rows, axis=0)
        sides = ((1, -1, pos > 0), (2, 1, left > 0), (3, -2, pos > 1), (4, 2, left > 1))
        for side, shift, present in sides:
            # (take with out= is twice as slow as take into a new array)
            scores += np.take(tables[side], neighbour(shift, present), axis=0)
        scores[pos == 0] += self._bos
        scores[left == 0] += self._eos
        stems = self._word_stem[rows]
        has_prev, has_next = np.flatnonzero(pos > 0), np.flatnonzero(left > 0)
        for (keys, table), (at, other) in zip(
            self._pairs, ((has_prev, -1), (has_next, 1)), strict=True
        ):
            if not len(keys) or not len(at):
                continue
            a, b = (stems[at + other], stems[at]) if other < 0 else (stems[at], stems[at + 1])
            known = (a >= 0) & (b >= 0)  # both bare forms in some bigram: a fifth of pairs
            at, pair = at[known], a[known] * (1 << 32) + b[known]
            slot = np.minimum(np.searchsorted(keys, pair), len(keys) - 1)
            hit = keys[slot] == pair
            scores[at[hit]] += table[slot[hit]]
        # "title<4": a title one to three words back in the same sentence (not just before).
        titles = np.where(self._is_title[rows], np.arange(n), -(10**9))
        last = np.maximum.accumulate(np.concatenate([[-(10**9)], titles[:-1]]))
        gap = np.arange(n) - last
        near = (gap > 1) & (gap <= 4) & (last >= starts[sent_of])
        scores[near] += self._title
        # "co": a و-word right after a known place's word (features.coordinated).
        co = np.flatnonzero(self._is_wa[rows][1:] & self._is_place[rows][:-1]) + 1
        scores[co[pos[co] > 0]] += self._co
        return scores

    def tag(self, words: Sequence[str], bounds: Sequence[tuple[int, int]]) -> list[str]:
        """The best labels of sentences given as (first, end) token ranges that cover
        `words` in order."""
        types, ids = vocabulary(words)
        best, _ = self.tag_with_marginals(types, ids, bounds, None)
        return [self.weights.labels[k] for k in best.tolist()]

    def tag_with_marginals(
        self,
        types: Sequence[str],
        ids: IntArray,
        bounds: Sequence[tuple[int, int]],
        label: str | None,
    ) -> tuple[IntArray, FloatArray]:
        """Label indices (into weights.labels) of tokens given as ids into their distinct
        `types`, and each token's marginal probability of `label` in the sentences where
        Viterbi puts that label on some token (0 elsewhere)."""
        rows = self.type_rows(types)[ids]
        starts = np.array([a for a, _ in bounds], dtype=np.int64)
        lengths = np.array([b - a for a, b in bounds], dtype=np.int64)
        scores = self.emissions(rows, starts, lengths)
        trans = self.weights.transitions
        best = _viterbi(scores, starts, lengths, trans)
        names = self.weights.labels
        marginals = np.zeros(len(ids))
        if label is not None and label in names:
            inside = names.index(label)
            # Only sentences where Viterbi puts the label somewhere need them.
            labelled = np.flatnonzero(best == inside)
            wanted = np.unique(np.searchsorted(starts, labelled, side="right") - 1)
            if len(wanted):
                sub_starts, sub_lengths = starts[wanted], lengths[wanted]
                at = np.concatenate(
                    [np.arange(a, a + n) for a, n in zip(sub_starts, sub_lengths, strict=True)]
                )
                local = np.concatenate([[0], np.cumsum(sub_lengths)[:-1]])
                probs = _marginals(scores[at], local, sub_lengths, trans)
                marginals[at] = probs[:, inside]
        return best, marginals


def _or_zero(row: FloatArray | None, width: int) -> FloatArray:
    return np.zeros(width) if row is None else row


def _by_length(starts: IntArray, lengths: IntArray) -> tuple[IntArray, IntArray]:
    order = np.argsort(-lengths, kind="stable")
    return starts[order], lengths[order]


def _viterbi(
    scores: FloatArray, starts: IntArray, lengths: IntArray, trans: FloatArray
) -> IntArray:
    """Best label sequence of every sentence; ties go to the lower label, as crfsuite's."""
    starts, lengths = _by_length(starts, lengths)
    longest = int(lengths[0]) if len(lengths) else 0
    active = np.searchsorted(-lengths, -np.arange(longest), side="left")  # len > t
    back = np.zeros(scores.shape, dtype=np.int8)  # fewer than 128 labels
    best = scores[starts].copy()
    final = np.empty_like(best)
    for t in range(1, longest):
        k = int(active[t])
        ended = slice(k, int(active[t - 1]))
        final[ended] = best[ended]
        # The best way into each label, label by label of the one before: a running max
        # that only a strictly greater score replaces keeps the lowest of tied labels, as
        # argmax would, at a third less than argmax over a (k, 9, 9) array.
        came_from = np.zeros((k, len(trans)), dtype=np.int8)
        into = best[:k, 0, None] + trans[0]
        for label in range(1, len(trans)):
            score = best[:k, label, None] + trans[label]
            better = score > into
            came_from[better] = label
            into = np.where(better, score, into)
        at = starts[:k] + t
        back[at] = came_from
        best = into + scores[at]
    if longest:
        final[: int(active[longest - 1])] = best
    labels = np.zeros(len(scores), dtype=np.int64)
    current = np.zeros(len(starts), dtype=np.int64)
    for t in range(longest - 1, -1, -1):
        k = int(active[t])
        starting = slice(int(active[t + 1]) if t + 1 < longest else 0, k)
        current[starting] = final[starting].argmax(axis=1)
        at = starts[:k] + t
        labels[at] = current[:k]
        if t:
            current[:k] = back[at, current[:k]]
    return labels


def _marginals(
    scores: FloatArray, starts: IntArray, lengths: IntArray, trans: FloatArray
) -> FloatArray:
    """P(label at token | sentence) for every token, by scaled forward-backward."""
    starts, lengths = _by_length(starts, lengths)
    longest = int(lengths[0]) if len(lengths) else 0
    active = np.searchsorted(-lengths, -np.arange(longest), side="left")
    # A constant per token cancels out of every marginal: keep exp() in range.
    emit = np.exp(scores - scores.max(axis=1, keepdims=True))
    step = np.exp(trans - trans.max())
    # Products by einsum, not `@`: matmul hands these (sentences x 9) by (9 x 9) products
    # to OpenBLAS, whose threads spin on every core; on a busy two-core machine that made
    # a 5 MB extract half as slow again.
    alpha = np.empty_like(emit)
    beta = np.ones_like(emit)
    alpha[starts] = emit[starts] / emit[starts].sum(axis=1, keepdims=True)
    for t in range(1, longest):
        at = starts[: int(active[t])] + t
        got = np.einsum("ij,jk->ik", alpha[at - 1], step) * emit[at]
        alpha[at] = got / got.sum(axis=1, keepdims=True)
    ends = starts + lengths - 1
    for t in range(1, longest):  # t tokens before the end
        at = ends[: int(active[t])] - t
        got = np.einsum("ij,kj->ik", emit[at + 1] * beta[at + 1], step)
        beta[at] = got / got.sum(axis=1, keepdims=True)
    product = alpha * beta
    result: FloatArray = product / product.sum(axis=1, keepdims=True)
    return result
