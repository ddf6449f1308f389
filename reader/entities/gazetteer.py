"""Lexicons shipped in data/gazetteer.json.gz (built by scripts/build_gazetteer.py)."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reader.entities.clitics import proclitic_splits
from reader.entities.spans import Span

DATA_FILE = Path(__file__).parent / "data" / "gazetteer.json.gz"
# Misspellings ("الشرق الوسط") are matched only for multi-word names: one dropped letter
# in a word after the first, when that word has at least this many letters.
_FUZZY_MIN_LETTERS = 5


# The names that start with one word, by how many words follow it (most first): the
# following words -> the normalised name.
Entries = tuple[tuple[int, dict[tuple[str, ...], str]], ...]


# A place's display name, category ("country", "city", "town", ...) and whether it
# needs context to count as a place.
PlaceRecord = tuple[str, str, bool]


class PlaceGazetteer:
    """Normalised place names, matched over tokens, longest first."""

    def __init__(
        self, places: dict[str, PlaceRecord], same_places: dict[str, str] | None = None
    ) -> None:
        self.display = {k: v[0] for k, v in places.items()}
        # Another name of the same place -> the name its mentions group under.
        self.same_as = same_places or {}
        self.cities = frozenset(k for k, v in places.items() if v[1] in ("city", "town"))
        self.ambiguous = frozenset(k for k, v in places.items() if v[2])
        # first word -> following words -> key; a name spelt right wins over a variant
        by_first: dict[str, dict[tuple[str, ...], str]] = {}
        for key in places:
            first, *rest = key.split(" ")
            by_first.setdefault(first, {}).setdefault(tuple(rest), key)
        for key in places:
            first, *rest = key.split(" ")
            if rest and places[key][1] != "city":
                for i, word in enumerate(rest):
                    if len(word) < _FUZZY_MIN_LETTERS:
                        continue
                    for j in range(1, len(word) - 1):
                        variant = (*rest[:i], word[:j] + word[j + 1 :], *rest[i + 1 :])
                        by_first[first].setdefault(variant, key)
        index: dict[str, Entries] = {}
        for first, names in by_first.items():
            by_length: dict[int, dict[tuple[str, ...], str]] = {}
            for following, key in names.items():
                by_length.setdefault(len(following), {})[following] = key
            index[first] = tuple(sorted(by_length.items(), reverse=True))
        self.index = index
        self._starts_cache: dict[str, tuple[tuple[int, Entries], ...]] = {}
        self.words = frozenset(w for k in places for w in k.split(" "))
        self.first_words = frozenset(index)
        self.single = frozenset(k for k in places if " " not in k)

    def name_starts(self, word: str) -> tuple[tuple[int, Entries], ...]:
        """The readings of `word` that begin a name: (offset, names starting so)."""
        got = self._starts_cache.get(word)
        if got is None:
            if len(self._starts_cache) > 500_000:  # bound memory on huge, varied inputs
                self._starts_cache.clear()
            got = self._starts_cache[word] = tuple(
                (offset, self.index[stem])
                for offset, stem in proclitic_splits(word)
                if stem in self.index
            )
        return got

    def match_at(self, norms: list[str], words: list[str], i: int) -> Span | None:
        """The longest place name starting at token i (its proclitics stripped)."""
        for offset, entries in self.name_starts(words[i]):
            for length, names in entries:
                end = i + 1 + length
                if end <= len(norms):
                    key = names.get(tuple(norms[i + 1 : end]))
                    if key is not None:
                        return Span("place", i, end, offset, key)
        return None


@dataclass(frozen=True)
class Lexicons:
    places: PlaceGazetteer
    nationalities: frozenset[str]
    given_names: frozenset[str]
    common_words: frozenset[str]
    frequent_words: frozenset[str]
    name_units: frozenset[str]


@cache
def lexicons() -> Lexicons:
    """Load the shipped lexicons once, on first use."""
    with gzip.open(DATA_FILE, "rt", encoding="utf-8") as fh:
        raw = json.load(fh)
    return Lexicons(
        places=PlaceGazetteer(
            {k: (str(v[0]), str(v[1]), bool(v[2])) for k, v in raw["places"].items()},
            {str(k): str(v) for k, v in raw["same_places"].items()},
        ),
        nationalities=frozenset(raw["nationalities"]),
        given_names=frozenset(raw["given_names"]),
        common_words=frozenset(raw["common_words"]),
        frequent_words=frozenset(raw["frequent_words"]),
        name_units=frozenset(raw["name_units"]),
    )
