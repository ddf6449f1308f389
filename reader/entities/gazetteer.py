"""Lexicons and place records shipped in data/gazetteer.json.gz (scripts/build_gazetteer.py)."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

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
# needs context to count as a place: 0 no, 1 yes, 2 yes and it is an everyday word too.
PlaceRecord = tuple[str, str, int]


class PlaceGazetteer:
    """Normalised place names, matched over tokens, longest first."""

    def __init__(
        self,
        places: dict[str, PlaceRecord],
        same_places: dict[str, str] | None = None,
        whole_names: frozenset[str] = frozenset(),
        same_countries: dict[str, str] | None = None,
    ) -> None:
        # Words that are a person's name as they stand ("كريم", "بلال"): not read as a
        # proclitic + a one-word place that needs context ("ك" + "ريم"); a trusted one
        # stays ("بروسيا", "بروما": in Russia, in Rome). In the training parts of ANERcorp
        # and Wojood such a word read as a proclitic + a one-word name is a place 0 times in
        # 57 where the name needs context, 5 in 6 where it is trusted ("بروما", "باولو").
        self.whole_names = whole_names
        self.display = {k: v[0] for k, v in places.items()}
        # A spelling or an epithet of a place -> the name its mentions group under.
        self.same_as = same_places or {}
        # A name of a country or region -> its other name that the two group under (one
        # GeoNames id: "بريطانيا" -> "المملكة المتحدة"); each is shown as itself.
        self.same_country = same_countries or {}
        self.cities = frozenset(k for k, v in places.items() if v[1] in ("city", "town"))
        self.ambiguous = frozenset(k for k, v in places.items() if v[2])
        # Names that need context and are everyday words too ("السلام", "العالم"): an event's
        # noun before them does not make them places.
        self.everyday = frozenset(k for k, v in places.items() if v[2] == 2)
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
        # A final hamza on ي in a word after the first is often written without its
        # hamza or with it on the line ("المحيط الهادي", "المحيط الهادىء" for "المحيط
        # الهادئ"): in the training parts of ANERcorp and Wojood a name so written is a
        # gold place 2 times in 2; the gazetteer matched neither. On 5-fold CV of the
        # ANERcorp training part (whole engine) place overlap recall 0.9156 -> 0.9158.
        for key in (k for k in places if "ئ" in k):  # (a few hundred of the names)
            first, *rest = key.split(" ")
            for i, word in enumerate(rest):
                if word.endswith("ئ"):
                    for spelt in (word[:-1] + "ي", word[:-1] + "يء"):
                        by_first[first].setdefault((*rest[:i], spelt, *rest[i + 1 :]), key)
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
            splits = proclitic_splits(word)
            whole = splits[0][1] in self.whole_names
            got = self._starts_cache[word] = tuple(
                (offset, self._trusted(self.index[stem]) if offset and whole else self.index[stem])
                for offset, stem in splits
                if stem in self.index
            )
        return got

    def _trusted(self, entries: Entries) -> Entries:
        """`entries` without a one-word name that needs context."""
        return tuple(e for e in entries if e[0] > 0 or e[1][()] not in self.ambiguous)

    def match_at(self, norms: list[str], words: list[str], i: int) -> Span | None:
        """The longest place name starting at token i (its proclitics stripped)."""
        for offset, entries in self.name_starts(words[i]):
            if offset and _like_before_bare_name(words[i], offset):
                continue
            for length, names in entries:
                end = i + 1 + length
                if end <= len(norms):
                    key = names.get(tuple(norms[i + 1 : end]))
                    if key is not None:
                        return Span("place", i, end, offset, key)
        return None


def _like_before_bare_name(word: str, offset: int) -> bool:
    """Whether reading `word` as proclitics + the name at `offset` takes a ك ("like")
    off a name without the article: "كبيرين" is no ك + "بيرين", "كسبها" no ك + "سبها".
    In the training parts of ANERcorp and Wojood a gazetteer name read so is a place 0
    times in 32; the one ك-place has the article ("كالنمسا")."""
    splits = proclitic_splits(word)
    stem = next(stem for at, stem in splits if at == offset)
    norm = splits[0][1]
    return "ك" in norm[: len(norm) - len(stem)] and not stem.startswith("ال")


@dataclass(frozen=True)
class Lexicons:
    places: PlaceGazetteer
    nationalities: frozenset[str]
    given_names: frozenset[str]
    common_words: frozenset[str]
    frequent_words: frozenset[str]
    name_units: frozenset[str]
    name_like_words: frozenset[str]
    """Frequent words that are names ("ترامب"): see name_checks.name_like_words."""


def _read() -> dict[str, Any]:
    # json.loads of the bytes, not json.load of a gzip text stream: a third faster.
    raw: dict[str, Any] = json.loads(gzip.decompress(DATA_FILE.read_bytes()))
    return raw


@cache
def lexicons() -> Lexicons:
    """Load the shipped lexicons once, on first use."""
    return lexicons_from(_read())


def lexicons_from(raw: dict[str, Any]) -> Lexicons:
    """The lexicons of a data file's payload (the build makes one before it is written)."""
    return Lexicons(
        places=PlaceGazetteer(
            {k: (str(v[0]), str(v[1]), int(v[2])) for k, v in raw["places"].items()},
            {str(k): str(v) for k, v in raw["same_places"].items()},
            frozenset(raw["name_units"]) | frozenset(raw["given_names"]),
            {str(k): str(v) for k, v in raw.get("same_countries", {}).items()},
        ),
        nationalities=frozenset(raw["nationalities"]),
        given_names=frozenset(raw["given_names"]),
        common_words=frozenset(raw["common_words"]),
        frequent_words=frozenset(raw["frequent_words"]),
        name_units=frozenset(raw["name_units"]),
        name_like_words=frozenset(raw.get("name_like_words", ())),
    )


# What GeoNames (or the build's hand list) knows of a place: English name, latitude and
# longitude (None when no source gives a point), GeoNames id (None for a hand-set region)
# and whether the point stands for an area (a country's, a province's, a region's centre).
PlaceFacts = tuple[str, float | None, float | None, int | None, bool]
_RECORD_FIELDS = ["english", "latitude", "longitude", "geonames_id", "approximate", "names"]


@cache
def _place_records() -> dict[str, list[str]]:
    """Normalised place name -> the cells of its place's record (the names of one place,
    its spellings and aliases, share one), read once, on first use."""
    raw = _read()
    if raw["place_record_fields"] != _RECORD_FIELDS:
        raise ValueError(f"{DATA_FILE.name}: unknown place record layout")
    out: dict[str, list[str]] = {}
    for line in raw["place_records"].split("\n"):
        cells = line.split("\t")
        out.update(dict.fromkeys(cells[5:], cells))
    return out


def place_facts(name: str) -> PlaceFacts | None:
    """What the sources know of the place of normalised `name`, or None."""
    cells = _place_records().get(name)
    if cells is None:
        return None
    english, latitude, longitude, geonames_id, approximate = cells[:5]
    return (
        english,
        float(latitude) if latitude else None,
        float(longitude) if longitude else None,
        int(geonames_id) if geonames_id else None,
        approximate == "1",
    )
