"""What GeoNames knows of a place the engine names: English name, coordinates, GeoNames id
(the place records of the gazetteer, reader/entities/data/gazetteer.json.gz)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reader.entities.gazetteer import place_facts
from reader.entities.normalize import normalize

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
    for form in _forms(key):
        found = place_facts(form)
        if found is not None:
            english, latitude, longitude, geonames_id, approximate = found
            return PlaceInfo(english, latitude, longitude, geonames_id, approximate)
    return None
