"""Features of the sequence model, computed for many distinct words at once.

A word's features are template values ("w=" its normalised form, "s=" its bare form,
suffixes, shape...) and cue flags, both for the word itself and as seen by its
neighbours. `FeatureExtractor.columns` gives them as columns over a batch of words,
which the numpy tagger looks up template by template; `sequence` spells the same
features as crfsuite's strings, for training and for the crfsuite tagger.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from reader.entities.clitics import PROCLITIC_LETTERS, bare_form
from reader.entities.cues import (
    CUE_HEADS,
    EVENT_HEADS,
    NAME_LINKS,
    ORG_HEADS,
    PERSON_TITLES,
    PLACE_HEADS,
    SPORTS_HEADS,
)
from reader.entities.gazetteer import Lexicons
from reader.entities.normalize import normalize_many

# A word's own features, the features it gives its neighbours (as the word before, after,
# two before, two after), its bare form and its cue flags.
WordInfo = tuple[tuple[str, ...], tuple[tuple[str, ...], ...], str, frozenset[str]]
BoolArray = npt.NDArray[np.bool_]
_ARABIC = frozenset(chr(c) for c in range(0x0621, 0x064B))
# Cue flags in the order a word's features list them.
FLAGS = (
    "tt", "ot", "lt", "ch", "ev", "sp", "gp", "ga", "gw", "gn", "nu", "fw", "nat", "nl", "pu",
    "wa", "uk",
)  # fmt: skip
# What a neighbour contributes: its bare form and its cue flags, not its affixes.
CONTEXT_FLAGS = (
    "tt", "ot", "lt", "ch", "ev", "sp", "gp", "ga", "gn", "nu", "fw", "nat", "nl", "pu", "uk",
)  # fmt: skip
FAR_FLAGS = ("tt", "gn", "gp", "pu")
# Templates of a word's own features ("w=" + value ...), then of what it shows its
# neighbours: one before or after ("-1", "+1"), two before or after ("-2", "+2").
OWN_TEMPLATES = ("w", "s", "p2", "p3", "x2", "x3", "cl", "sh", "len")
SIDES = ("-1", "+1", "-2", "+2")
SIDE_TEMPLATES = {"-1": ("s", "x2"), "+1": ("s", "x2"), "-2": ("s",), "+2": ("s",)}
SIDE_FLAGS = {"-1": CONTEXT_FLAGS, "+1": CONTEXT_FLAGS, "-2": FAR_FLAGS, "+2": FAR_FLAGS}


def shape(word: str) -> str:
    if word.isdigit():
        return "dig"
    if _ARABIC.issuperset(word):
        return "ar"
    if word.isascii() and word.isalpha():
        return "lat"
    if len(word) == 1:
        return "pu"
    return "mix"


@dataclass(frozen=True, slots=True)
class WordColumns:
    """What the features know of a batch of words, one list entry per word."""

    norms: list[str]
    stems: list[str]
    offsets: list[int]  # where the bare form starts in the written word
    shapes: list[str]
    flags: dict[str, BoolArray]  # every name of FLAGS, and "al" (the bare form has ال)

    def values(self, template: str) -> list[str]:
        """Each word's value of one template ("x2": the last two letters...)."""
        if template == "w":
            return self.norms
        if template == "s":
            return self.stems
        if template in ("p2", "p3"):
            k = int(template[1])
            return [s[:k] for s in self.stems]
        if template in ("x2", "x3"):
            k = -int(template[1])
            return [n[k:] for n in self.norms]
        if template == "cl":
            return [
                n[: len(n) - len(s)] if at else ""
                for n, s, at in zip(self.norms, self.stems, self.offsets, strict=True)
            ]
        if template == "sh":
            return self.shapes
        if template == "len":
            return [str(min(len(s), 9)) for s in self.stems]
        raise ValueError(f"unknown feature template {template!r}")


class FeatureExtractor:
    """Turns words into feature columns, and token sequences into crfsuite items."""

    def __init__(self, lex: Lexicons) -> None:
        self.lex = lex
        self._cache: dict[str, WordInfo] = {}

    def columns(self, words: Sequence[str]) -> WordColumns:
        """Norms, bare forms, shapes and cue flags of `words`, as columns."""
        lex = self.lex
        size = len(words)
        norms = normalize_many(words)
        known = (lex.places.first_words, lex.given_names)
        # A word whose normalised form starts with no proclitic letter is its own bare
        # form (see clitics.proclitic_splits): most words, asked without a call.
        bare = [
            bare_form(w, known) if norm[:1] in PROCLITIC_LETTERS else (0, norm)
            for w, norm in zip(words, norms, strict=True)
        ]
        stems = [s for _, s in bare]
        places = lex.places

        def on_stem(words_of: frozenset[str]) -> BoolArray:
            return np.fromiter(map(words_of.__contains__, stems), dtype=bool, count=size)

        def on_either(words_of: frozenset[str]) -> BoolArray:
            on_norm = np.fromiter(map(words_of.__contains__, norms), dtype=bool, count=size)
            return on_norm | on_stem(words_of)

        def where(wanted: Iterable[bool]) -> BoolArray:
            return np.fromiter(wanted, dtype=bool, count=size)

        first = on_stem(places.first_words)
        ambiguous = on_stem(places.ambiguous)
        shapes = [shape(n) for n in norms]
        frequent = on_either(lex.frequent_words)
        nationality = on_either(lex.nationalities)
        given, units = on_stem(lex.given_names), on_stem(lex.name_units)
        flags = {
            "tt": on_either(PERSON_TITLES),
            "ot": on_stem(ORG_HEADS),
            "lt": on_stem(PLACE_HEADS),
            "ch": on_stem(CUE_HEADS),
            "ev": on_stem(EVENT_HEADS),
            "sp": on_stem(SPORTS_HEADS),
            "gp": first & ~ambiguous,
            "ga": first & ambiguous,
            "gw": ~first & on_stem(places.words),
            "gn": given,
            "nu": units,
            "fw": frequent,
            "nat": nationality,
            "nl": where(map(NAME_LINKS.__contains__, norms)),
            "pu": where(s == "pu" for s in shapes),
            # Written with the conjunction و before three letters or more ("وضباء").
            "wa": where(n.startswith("و") and len(n) >= 4 for n in norms),
            "al": where(s.startswith("ال") for s in stems),
            # A word of Arabic letters that no list knows: most names the model must
            # find are such words, transliterated.
            "uk": where(sh == "ar" for sh in shapes)
            & ~(frequent | nationality | given | units | first | on_stem(places.words))
            & ~on_either(lex.common_words),
        }
        return WordColumns(norms, stems, [at for at, _ in bare], shapes, flags)

    def word_info(self, word: str) -> WordInfo:
        """One word's features as crfsuite strings, cached per distinct word."""
        cache = self._cache
        got = cache.get(word)
        if got is None:
            if len(cache) > 500_000:  # bound memory on huge, varied inputs
                cache.clear()
            got = cache[word] = _spelt(self.columns([word]))
        return got

    def sequence(self, words: list[str]) -> list[list[str]]:
        """crfsuite items for one sentence of tokens."""
        info = [self.word_info(w) for w in words]
        n = len(words)
        out = []
        last_title = -9
        for i in range(n):
            feats = list(info[i][0])
            # A title a few words back ("وزير الخارجية الأمريكي أنتوني ...") still cues a name.
            if 1 < i - last_title <= 4:
                feats.append("title<4")
            if "tt" in info[i][3]:
                last_title = i
            if i > 0 and coordinated(info[i][3], info[i - 1][3]):
                feats.append("co")
            if i > 0:
                feats += info[i - 1][1][0]
                feats.append(f"bg={info[i - 1][2]}|{info[i][2]}")
            else:
                feats.append("BOS")
            if i + 1 < n:
                feats += info[i + 1][1][1]
                feats.append(f"bg+={info[i][2]}|{info[i + 1][2]}")
            else:
                feats.append("EOS")
            if i > 1:
                feats += info[i - 2][1][2]
            if i + 2 < n:
                feats += info[i + 2][1][3]
            out.append(feats)
        return out


def coordinated(flags: frozenset[str], before: frozenset[str]) -> bool:
    """The "co" feature: a word written with و right after a known place's word ("الوجه
    وضباء"). In the training parts of ANERcorp and Wojood a و-word after a known place is
    a place 206 times in 654 (after a gold place 246 in 553), a و-word anywhere far less."""
    return "wa" in flags and ("gp" in before or "ga" in before)


def _spelt(columns: WordColumns) -> WordInfo:
    """The one word of `columns` as crfsuite feature strings."""
    flags = [f for f in FLAGS if columns.flags[f][0]]
    own = ["b"] + [f"{t}={columns.values(t)[0]}" for t in OWN_TEMPLATES]
    if columns.flags["al"][0]:
        own.append("al")
    own.extend(flags)
    context = tuple(
        tuple(
            [f"{side}{t}={columns.values(t)[0]}" for t in SIDE_TEMPLATES[side]]
            + [f"{side}{f}" for f in flags if f in SIDE_FLAGS[side]]
        )
        for side in SIDES
    )
    return tuple(own), context, columns.stems[0], frozenset(flags)
