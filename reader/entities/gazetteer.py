"""Lexicons shipped in data/gazetteer.json.gz (built by scripts/build_gazetteer.py)."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reader.entities.clitics import proclitic_splits

DATA_FILE = Path(__file__).parent / "data" / "gazetteer.json.gz"
# Misspellings ("الشرق الوسط") are matched only for multi-word names: one dropped letter
# in a word after the first, when that word has at least this many letters.
_FUZZY_MIN_LETTERS = 5


@dataclass(frozen=True)
class PlaceMatch:
    first: int  # token index
    end: int  # token index past the last token
    offset: int  # characters of proclitics to skip in the first token
    key: str  # normalised gazetteer name
    ambiguous: bool


class PlaceGazetteer:
    """Normalised place names, matched over tokens, longest first."""

    def __init__(self, places: dict[str, list]) -> None:
        self.display = {k: v[0] for k, v in places.items()}
        self.cities = frozenset(k for k, v in places.items() if v[1] in ("city", "town"))
        self.ambiguous = frozenset(k for k, v in places.items() if v[2])
        # first word -> [(following words, key)], longest first
        index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for key in places:
            first, *rest = key.split(" ")
            index.setdefault(first, []).append((tuple(rest), key))
            if rest and places[key][1] != "city":
                for i, word in enumerate(rest):
                    if len(word) < _FUZZY_MIN_LETTERS:
                        continue
                    for j in range(1, len(word) - 1):
                        variant = (*rest[:i], word[:j] + word[j + 1 :], *rest[i + 1 :])
                        index[first].append((variant, key))
        for entries in index.values():
            entries.sort(key=lambda e: -len(e[0]))
        self.index = index
        self.words = frozenset(w for k in places for w in k.split(" "))
        self.first_words = frozenset(index)
        self.single = frozenset(k for k in places if " " not in k)

    def match_at(self, norms: list[str], words: list[str], i: int) -> PlaceMatch | None:
        """The longest place name starting at token i (its proclitics stripped)."""
        for offset, stem in proclitic_splits(words[i]):
            for rest, key in self.index.get(stem, ()):
                end = i + 1 + len(rest)
                if end <= len(norms) and tuple(norms[i + 1 : end]) == rest:
                    return PlaceMatch(i, end, offset, key, key in self.ambiguous)
        return None


@dataclass(frozen=True)
class Lexicons:
    places: PlaceGazetteer
    nationalities: frozenset[str]
    given_names: frozenset[str]
    common_words: frozenset[str]


@cache
def lexicons() -> Lexicons:
    """Load the shipped lexicons once, on first use."""
    with gzip.open(DATA_FILE, "rt", encoding="utf-8") as fh:
        raw = json.load(fh)
    return Lexicons(
        places=PlaceGazetteer(raw["places"]),
        nationalities=frozenset(raw["nationalities"]),
        given_names=frozenset(raw["given_names"]),
        common_words=frozenset(raw["common_words"]),
    )
