"""What GeoNames knows of a place the engine names: English name, coordinates, GeoNames id."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from reader.entities.normalize import normalize

DATA = "places.json.gz"
# Generic heads the engine may keep before a name ("منطقة عسير", "مدينة جدة"), normalised.
_HEADS = ("منطقه ", "محافظه ", "مدينه ", "ولايه ", "اقليم ", "اماره ", "مقاطعه ")
_ARTICLE = "ال"


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    """One place as the build-time GeoNames sources know it.

    `latitude`/`longitude` are None when no source gives a point. `approximate` is True
    for a point that stands for an area: a country's or a province's (the median of the
    GeoNames towns in it) or a hand-set centre of a region or a sea. `geonames_id` is None
    for the hand-set regions.
    """

    english: str
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    approximate: bool

    @property
    def has_point(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@lru_cache(maxsize=1)
def _table() -> dict[str, list[object]]:
    raw = (files("reader.geo") / "data" / DATA).read_bytes()
    payload = json.loads(gzip.decompress(raw))
    places: dict[str, list[object]] = payload["places"]
    return places


def _forms(key: str) -> list[str]:
    """Forms to look `key` up under, most literal first: as it is; without a leading
    conjunction; without a generic head; with the article dropped or added."""
    forms = [key]
    if key.startswith("و") and len(key) > 3:
        forms.append(key[1:])
    for form in list(forms):
        for head in _HEADS:
            if form.startswith(head):
                forms.append(form.removeprefix(head))
    for form in list(forms):
        if form.startswith(_ARTICLE) and len(form) > 4:
            forms.append(form.removeprefix(_ARTICLE))
        else:
            forms.append(_ARTICLE + form)
    return forms


@lru_cache(maxsize=4096)
def place_info(name: str) -> PlaceInfo | None:
    """What the sources know of the place `name` (as the engine writes it: any spelling of
    alef, ya, taa marbuta, with or without harakat, the article or a generic head), or
    None when no source knows it."""
    key = " ".join(normalize(name).split())
    table = _table()
    for form in _forms(key):
        found = table.get(form)
        if found is not None:
            english, latitude, longitude, geonames_id, approximate = found
            return PlaceInfo(
                english=str(english),
                latitude=None if latitude is None else float(str(latitude)),
                longitude=None if longitude is None else float(str(longitude)),
                geonames_id=None if geonames_id is None else int(str(geonames_id)),
                approximate=bool(approximate),
            )
    return None
