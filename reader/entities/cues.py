"""The engine's hand-written word lists: titles before people, heads of organisation,
place and thing names, and the words its place and person rules look at."""

from __future__ import annotations

from reader.entities.normalize import normalize


def _words(block: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in block.split())


# Titles and roles that announce a person; never part of the person's name.
PERSON_TITLES = _words(
    """
    الرئيس رئيس الرئيسة رئيسة الملك الملكة الأمير الأميرة ولي العهد السلطان الشيخ الشيخة
    الإمام السيد السيدة الوزير وزير وزيرة الوزيرة مساعد مساعدة نائب المستشار مستشار
    المستشارة الجنرال اللواء العميد العقيد الفريق المشير الدكتور الدكتورة د البروفيسور
    الأستاذ الأستاذة المهندس الخبير الخبيرة المحلل المحللة الباحث الباحثة الكاتب الكاتبة
    الصحفي الصحفية المتحدث المتحدثة الناطق الناطقة السفير السفيرة المبعوث المبعوثة المدير
    مدير مديرة المديرة الأمين أمين الحاكم حاكم النائب المرشح المرشحة القاضي المحامي
    المدرب اللاعب اللاعبة الفنان الفنانة المطرب المطربة الممثل الممثلة الروائي الشاعر
    البابا الكاردينال المطران الحاخام الزعيم زعيم القائد قائد العاهل الفريق المفتي
    السناتور السيناتور عضو الأمينة المندوب المندوبة قال وقال قالت وقالت أكد وأكد أضاف
    وأضاف أوضح وأوضح صرح وصرح سمو وسمو صاحب فخامة معالي جلالة سعادة السادة حضرة
    """
)
# Nouns that begin an organisation's name: a place right after them is part of the name
# ("وكالة المغرب العربي للأنباء", "جامعة القاهرة"), not a place mention.
ORG_HEADS = _words(
    """
    وكالة جامعة بنك البنك مصرف المصرف شركة الشركة حزب الحزب صحيفة قناة إذاعة تلفزيون
    منظمة المنظمة مؤسسة المؤسسة هيئة الهيئة جمعية الجمعية نادي النادي فريق منتخب المنتخب
    اتحاد الاتحاد مجلس المجلس معهد المعهد مركز المركز رابطة الرابطة لجنة اللجنة محكمة
    المحكمة بورصة البورصة وزارة الوزارة سفارة السفارة قنصلية القنصلية مجموعة المجموعة
    مطار ميناء جريدة مجلة موقع متحف
    """
)
# Generic heads before a place name; the name starts after them ("مدينة مراكش").
PLACE_HEADS = _words(
    """
    مدينة المدينة دولة الدولة بلدة البلدة قرية القرية عاصمة العاصمة ولاية الولاية محافظة
    المحافظة إقليم الإقليم منطقة جزيرة الجزيرة جزر مقاطعة المقاطعة بلاد جمهورية مملكة
    إمارة سلطنة شمال جنوب شرق غرب وسط مخيم حي ضاحية
    """
)
# First words of football clubs named after their city ("ستيوا بوخارست", "ريال مدريد",
# "أسيك أبيدجان"): the city after one is part of the team's name, not a place.
CLUB_PREFIXES = _words(
    """
    ريال أتلتيكو اتلتيكو أتلتيك سسكا سيسكا سبارتاك دينامو ديناموا ستيوا ستياوا ستيافا ايك
    أيك أسيك اسيك لوكوموتيف زينيت أولمبيك اولمبيك سبورتنغ سبورتينغ سبورتنج إنتر انتر
    بوروسيا باير فيردر بايرن
    """
)
# Links inside chains of names ("سلمان بن عبدالعزيز آل سعود", "أبو بكر").
NAME_LINKS = _words("بن ابن بنت آل أبو أبي أم عبد")
# Links a name chain carries on over, normalised (آل -> ال); "فان", "فون", "دي", "دا" join
# European names ("فيرجيل فان دايك").
CHAIN_LINKS = frozenset({"بن", "ابن", "بنت", "ال", "فان", "فون", "دي", "دا"})
# Possessive pronouns and the accusative's alef at the end of a common word ("دعمه",
# "برنامجا"): a person's name does not end so.
POSSESSIVE_SUFFIXES = ("ه", "ها", "هم", "هما", "كم", "نا", "ا")
# Nouns that head the name of a thing, not a person ("فيروس كورونا", "ملعب سانتياغو
# برنابيو", "جائزة نوبل"): a person span starting with one is dropped.
THING_HEADS = _words(
    """
    فيروس متحور مرض إعصار عاصفة جائزة مهرجان برنامج برنامجا مسلسل فيلم كتاب رواية مشروع
    عملية ملعب استاد ستاد شارع ساحة ميدان جسر مسجد جامع كنيسة مستشفى مدرسة قاعة قصر سد
    خطة اتفاق اتفاقية معاهدة قانون مبادرة صاروخ طائرة سفينة شركة مقياس
    """
)
# Nouns that head the name of an institution, a building or a street, in construct form
# (no article): a person's name after one, with or without titles, names the thing
# ("جامعة الملك سعود", "مستشفى الملك فيصل", "شارع محمد الخامس"), not a person mention.
# Works and plans are left out: in "رواية نجيب محفوظ", "خطة ترامب" the name is a person.
NAMED_AFTER_HEADS = _words(
    """
    جامعة كلية أكاديمية معهد مدرسة مستشفى مستوصف مسجد جامع كنيسة مطار ميناء ملعب استاد
    ستاد مدينة حي شارع طريق جادة ساحة ميدان جسر حديقة قاعة قصر سد قاعدة مجمع برج واحة
    مؤسسة مركز متحف مكتبة جمعية جائزة بنك مصرف متنزه منتزه
    """
)
# Organisations, events and houses in construct with the name after them ("شركة
# ستاربكس", "وكالة فرانس برس", "نادي كورينثيانز", "مجلة العربي", "سجن أبو غريب", "كأس
# الشيخ جاسم", "مؤتمر دومبارتون أوكس", "دار هيرميس"): in the training parts of ANERcorp
# and Wojood no person starts after one of these, titles between (0 of 1,048: مجلس 142,
# جريدة 131, حزب 94, شركة 66, عملية 58, حركة 51, منظمة 42, هيئة 37, صحيفة 36, مجموعة
# 35, شركات 34, منتخب 31, كأس 31, لجنة 31, مؤتمر 31, اتحاد 28, وكالة 26, مجلة 21, نادي
# 21, سلسلة 20, إذاعة 16, سجن 12, قناة 11, دار 11, صندوق 9, محطة 8, معمل 4, ندوة 4,
# تلفزيون 3, فندق 2, مصنع 2), so a name after one names the organisation. ("مكتب", 3
# in 20, "فريق", "بطولة", "باسم" are left out: "مكتب أولمرت", "بطولة نور الشريف"; so
# are "قوات", "حملة", "قمة", none before a person in training but "قوات حفتر", "حملة
# ترامب" in news.)
ORGS_NAMED_AFTER = _words(
    """
    مجلس جريدة حزب شركة حركة منظمة هيئة صحيفة مجموعة شركات منتخب كأس لجنة اتحاد وكالة
    مجلة نادي سلسلة إذاعة سجن قناة صندوق محطة معمل تلفزيون فندق مصنع مؤتمر عملية دار ندوة
    """
) | _words(
    # A group's or a militia's noun: the name after it is the group's ("جماعة الحوثي",
    # "ميليشيات الحوثي", "مليشيا الحوثي"); in the training parts no person follows one
    # (0 of 13: جماعة 9, ميليشيا 1, ميليشيات 1, مليشيا 1, مليشيات 1).
    "جماعة ميليشيا ميليشيات مليشيا مليشيات"
)
# "المتحدث باسم الخارجية", "يعرف باسم": after a spokesman's noun or a verb of naming,
# "باسم" is "in the name of", not the given name: in the training parts of ANERcorp and
# Wojood it is no name after one of these 37 times in 37 (elsewhere a name 1 time in 10).
SPEAKS_FOR_WORDS = _words(
    """
    متحدث المتحدث متحدثة المتحدثة ناطق الناطق ناطقة الناطقة الرسمي الرسمية يعرف تعرف
    يعرفون المعروف المعروفة المعروفين سمي سميت يسمى تسمى
    """
)
IN_THE_NAME_OF = normalize("باسم")
# Latin letters spelled out, as acronyms are written ("بي بي سي", "سي إن إن", "إف بي
# آي"): a name made of these alone is an organisation's or a thing's. In the training
# parts of ANERcorp and Wojood none of the 32 runs of two or more of them is in a name;
# "بي" and "سي" alone are in one 3 times in 42, each a longer name ("سي كي شو"). Not
# "كي" ("كي جوي") nor "إيه", which normalised is the name "آية".
SPELLED_LETTERS = _words("بي سي دي إن إف أف جي تي إم إس أس آي أي إي إكس إل آر إتش اتش زد")
# "نيو" ("New") begins a place's name ("نيو أورليانز", "نيو جيرسي"): in the training parts
# of ANERcorp and Wojood the word after it is in a place 10 times in 10, never a person.
PLACE_NAME_PREFIXES = _words("نيو")
# Products and indexes named after a person or a maker ("مؤشر داو جونز", "طراز بوينغ"):
# in the training parts of ANERcorp and Wojood no name starts after one of these
# (0 of 52), so a name after one names the thing. ("هاتف", "سيارة" are left out: "سيارة
# سليمان الأسد" is his car; they are among the heads no name holds, see people.py.)
PRODUCT_HEADS = _words("مؤشر جهاز طراز منتج")
# Nouns of things a name never holds in the training parts (people.py trims them).
PRODUCT_NOUNS = PRODUCT_HEADS | _words("هاتف سيارة")
# Amounts and currencies: none of their 470 occurrences in the training parts of ANERcorp
# and Wojood is inside a name ("تريليون ريال" is no person), nor of the 15 of a currency
# with the article ("تراجع اليورو"). "ريال" is left out (ريال مدريد).
AMOUNT_WORDS = _words(
    """
    ألف آلاف مليون ملايين مليار مليارات تريليون تريليونات دولار دولارا يورو جنيه درهم
    دينار ليرة روبية الدولار اليورو الجنيه الدرهم الدينار الليرة الروبية
    """
)
# Head nouns after which the next token starts a place more often than not in the
# training parts of ANERcorp and Wojood (places after it / times it is not itself in a
# place): إقليم 14/15, مدينة 104/121, حي 11/13, جزيرة 12/15, مخيم 4/5, ساحل 4/5,
# محافظة 13/17, ولاية 10/14, غرب 21/32, شرق 42/66, جنوب 60/95, نهر 12/19, بحيرة 5/8,
# قرية 7/12, بلدة 11/19, شمال 38/67, بلاد 14/27, منطقة 41/81. Not مركز (2/37), وادي
# (2/10), جبل (2/5), المحافظة (0/10).
_CUE_HEAD_WORDS = (
    "إقليم مدينة حي جزيرة مخيم ساحل محافظة ولاية غرب شرق جنوب نهر بحيرة قرية بلدة شمال بلاد منطقة"
)
CUE_HEADS = frozenset(normalize(w) for w in _CUE_HEAD_WORDS.split(" "))
# More heads of that kind, for the place rules only (the model's cue flag keeps CUE_HEADS,
# as it was trained): "منتجع", "حصن", "قلعة", the duals "مدينتي", "بلدتي", "قريتي",
# "خليج", "جبال", "شارع", "وادي", "تل". Each is followed by an unknown place in the
# training parts (منتجع 2/2, حصن 1/1, مدينتي 4/4, بلدتي 1/1, خليج 3/3, جبال 2/2, شارع
# 4/5, وادي 2/4); on 5-fold CV of the ANERcorp training part the whole engine's place
# overlap F1 goes 0.8912 -> 0.8934 with the first nine; "تل" adds 0.0002, "وادي" nothing
# there but 0.0004 on held-out fifths of Wojood train (once the verb "وأدى", which reads
# "وادي" normalised, is told apart: place_cues.named_after_cue). "جبل" was left out: 0.0003
# less on ANERcorp (it leaves "جبل مايون" untagged), 0.0007 more on Wojood.
# A realm's nouns, "ملك" (king of) and "مملكة" (kingdom of), are followed by an unknown
# place in the training parts too ("ملك قشتالة", "مملكة الغساسنة"): ملك 12 times in 12
# (in ANERcorp, 11 of them in one text on Aragon), مملكة 3 in 3; neither is followed by
# an unknown word in Wojood train.
NAME_CUE_HEADS = CUE_HEADS | _words(
    "مضيق منتجع حصن قلعة مدينتي بلدتي قريتي خليج جبال شارع وادي تل ملك مملكة"
)
# Heads of a geographic feature's name, as news-dev's conventions have them: a strait's is
# left out, what follows is the strait's own name ("مضيق هرمز" -> "هرمز", "مضيق باب
# المندب" -> "باب المندب"); a gulf's is kept before a place it is named after ("خليج
# عدن", as "قناة السويس", "بحر العرب" are whole in the gazetteer), left out before a name
# of its own, which a cue makes a place ("خليج ويتليت"). (ANERcorp's training part leaves
# "خليج" out 3 times in 4, and does not tag "باب المندب".)
# Transliterated names of competitions, whose words are places' names ("كوبا أميركا"):
# not places, as news-dev's conventions have it. Normalised word pairs.
COMPETITION_NAMES = frozenset(
    tuple(normalize(w) for w in name.split(" "))
    for name in (
        "كوبا أميركا", "كوبا أمريكا", "كوبا ليبرتادوريس", "كوبا ديل ري", "كوبا ديل راي",
        "يوروبا ليغ", "يوروبا ليج",
    )
)  # fmt: skip
STRAIT_HEADS = _words("مضيق")
# Words that are no place alone, as news-dev's conventions have it: a compass point
# ("النازحين من الشمال", "منطقة الجنوب"; in a name it is, "الشرق الأوسط"), "المملكة" for
# Saudi Arabia, "الولايات" for the States. And "سلالة" (a dynasty, a breed, a strain), which
# GeoNames gives as a spelling of Salalah (صلالة): in the training part of ANERcorp it is
# a place 0 times in 50 (Wojood's has none), and the model reads it as one in a text on
# lions ("سلالة الكهوف"); on 5-fold CV of the whole engine 6 false places go, none true.
NEVER_A_PLACE_ALONE = _words("الشمال الجنوب الشرق الغرب الوسط المملكة الولايات سلالة")
GULF_HEADS = _words("خليج")
# An event, an administration or an office named after its place: the place is a
# mention even where the model reads the whole as an organisation ("مهرجان القطيف",
# "تعليم حائل", "أمانة المنطقة الشرقية", "أمير منطقة الرياض"), as news-dev's
# conventions have it.
EVENT_HEADS = frozenset(
    normalize(w)
    for w in (
        "مهرجان", "تعليم", "أمانة", "بلدية", "إمارة", "شرطة", "محافظ", "أمير", "سوق", "دوري",
        "كأس", "بطولة", "اتفاقية", "قمة", "مؤتمر", "منتدى", "معرض", "أهالي", "سكان",
    )
)  # fmt: skip
# A city after these is a team ("مدرب برشلونة", "جماهير ميلان").
SPORTS_HEADS = frozenset(
    normalize(w)
    for w in (
        "مدرب", "لاعب", "لاعبو", "لاعبي", "جماهير", "مشجعي", "مهاجم", "مدافع", "حارس",
        "قائد", "رئيس", "مباراة", "شباك", "دفاع", "هجوم", "نجم", "نجوم",
    )
)  # fmt: skip
# A city after these is a club's name ("فريق برشلونة", "ريال مدريد").
CLUB_HEADS = CLUB_PREFIXES | {normalize(w) for w in ("فريق", "الفريق", "نادي", "النادي")}
# A national team, an airport, a port, an exchange or an embassy in construct with a
# place noun names the place, which is a mention even where the phrase is an institution,
# and confirms a name that needs context ("منتخب فرنسا", "بورصة نيويورك", as news-dev's
# conventions have it): ANERcorp's training part tags the place after "منتخب" (18 of 18),
# "مطار" (7 of 9), "ميناء" (4 of 4), "بورصة" (1 of 1) as LOC. (Place rules only: the
# model's features keep EVENT_HEADS.)
NAMED_BY_PLACE_HEADS = _words("منتخب مطار ميناء بورصة سفارة قنصلية")
# "شركتي تويوتا وجنرال موتورز": the dual of "شركة" heads company names too.
PAIR_HEADS = frozenset({normalize("شركتي")})
ORG_HEADS_BEFORE_NAMES = (ORG_HEADS - NAMED_BY_PLACE_HEADS - {normalize("المنتخب")}) | PAIR_HEADS
# "الولايات الثلاث", "المدن الخمس": a counted common noun, not a name.
COUNT_WORDS = frozenset(
    normalize(w)
    for w in (
        "الثلاث", "الثلاثة", "الأربع", "الأربعة", "الخمس", "الخمسة", "الست", "الستة",
        "السبع", "السبعة", "الثماني", "الثمانية", "التسع", "التسعة", "العشر", "العشرة",
    )
)  # fmt: skip
PRAYER_WORDS = frozenset(normalize(w) for w in ("صلاة", "صلاتي", "أذان", "آذان", "وقت"))
# Feminine or plural nouns that a feminine adjective follows without ة/ات.
FEMININE_NOUNS = frozenset(
    normalize(w)
    for w in (
        "السوق", "الأسواق", "الأراضي", "الحدود", "الدول", "المدن", "البنوك", "الموانئ",
        "الشواطئ", "الجامعات", "الخطوط", "القوات", "الشؤون", "الأوساط", "الأجهزة",
    )
)  # fmt: skip
OPENING_QUOTES = frozenset("«\"“'")
CLOSING_QUOTES = frozenset("»\"”'")
# The preposition على as written, with alef maqsura: it folds to the name علي, but none of
# its 1,514 occurrences in the training parts of ANERcorp and Wojood is inside a name.
# (Written forms, marks removed: not normalised.)
WRITTEN_ALA = frozenset({"على", "وعلى", "فعلى"})
# The particles أن and إن after a proclitic, as written with their hamza ("فإن", "بأن"):
# normalised they read as names ("فان" of "فان دايك", "بان" of "بان كي مون", "وان"), but
# none of their 226 occurrences in the training parts of ANERcorp and Wojood is inside a
# name. (Written forms, marks removed: not normalised.)
WRITTEN_ANNA = frozenset({"فإن", "وإن", "فأن", "بأن", "لأن", "كأن", "وأن", "فإنه", "وإنه"})
# The preposition أمام ("in front of") as written, with its hamza: normalised it reads as
# "إمام" (imam), a title and a name ("مباراة هامة أمام الأتلتيكو"). In the training parts
# of ANERcorp and Wojood 1 of its 74 occurrences so written is inside a name. (Written
# forms, marks removed: not normalised.)
WRITTEN_AMAM = frozenset({"أمام", "وأمام", "فأمام"})
