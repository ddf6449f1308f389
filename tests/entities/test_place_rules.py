"""Place rules of issue 9 on sentences written for these tests: subdivisions, cue nouns,
one sense per text, clubs and events named after places."""

from reader.entities import extract
from reader.entities.gazetteer import lexicons
from reader.entities.normalize import normalize
from reader.entities.places import find_places
from reader.entities.readings import readings
from reader.entities.spans import Span
from reader.entities.tokens import tokenize


def _places(text):
    return [m.text for e in extract(text) if e.kind == "place" for m in e.mentions]


def test_provinces_and_governorates_are_in_the_gazetteer():
    places = lexicons().places.display
    for name in ("عسير", "تبوك", "حائل", "القصيم", "الباحة", "ضباء"):
        assert normalize(name) in places, name


def test_a_province_is_named_without_its_generic_head():
    assert _places("استقبل أمير منطقة تبوك المواطنين في مكتبه.") == ["تبوك"]


def test_an_unknown_village_after_a_cue_noun_is_a_place():
    assert _places("زار الوفد قرية المفتاحة في عسير أمس.") == ["المفتاحة", "عسير"]


def test_an_everyday_word_after_a_cue_noun_is_not_a_place():
    assert _places("سدد اللاعب كرة قوية من خارج منطقة الجزاء في الدقيقة الأخيرة.") == []


def test_a_name_confirmed_by_its_head_noun_is_a_place_later_in_the_text():
    text = "وصل المحافظ إلى محافظة الوجه صباحا. وتعد الوجه من أجمل مدن الساحل."
    assert _places(text) == ["الوجه", "الوجه"]


def test_a_city_read_as_a_club_once_is_the_club_throughout():
    text = "فاز فريق برشلونة على ضيفه بثلاثة أهداف. وقال مدرب برشلونة إن الفوز مستحق."
    assert _places(text) == []


def test_a_place_after_an_event_noun_is_a_place():
    assert _places("افتتح مهرجان القطيف أمس بحضور عدد كبير من الزوار.") == ["القطيف"]


def test_the_airline_is_not_the_country():
    text = "تسلمت الخطوط السعودية طائرة جديدة من طراز بوينغ."
    assert "السعودية" not in _places(text)


def test_a_city_with_its_coach_is_a_team_in_the_whole_text():
    text = "وقال مدرب برشلونة إن الفريق سيعود بقوة. ويلتقي برشلونة مع ضيفه مساء السبت."
    assert _places(text) == []


def test_a_city_before_a_score_is_a_team():
    assert _places("وفاز ميلان 3-1 في المباراة التي أقيمت أمس.") == []


def test_two_spellings_of_one_place_are_one_entity():
    text = "وصل الوزير إلى أبو ظبي أمس، ثم غادر أبوظبي مساء."
    places = [e for e in extract(text) if e.kind == "place"]
    assert len(places) == 1
    assert [m.text for m in places[0].mentions] == ["أبو ظبي", "أبوظبي"]


def test_the_dark_continent_is_africa():
    text = "تتجه الأنظار إلى أفريقيا، فالقارة السمراء سوق واعدة."
    places = [e for e in extract(text) if e.kind == "place"]
    assert len(places) == 1
    assert normalize(places[0].name) == normalize("أفريقيا")


def test_two_names_of_one_country_are_one_entity_named_as_the_text_says_most():
    # One GeoNames id (2635167).
    text = "قال رئيس وزراء بريطانيا إن المملكة المتحدة ستدعم القرار، وإن بريطانيا لن تتراجع."
    places = [e for e in extract(text) if e.kind == "place"]
    assert [(p.name, [m.text for m in p.mentions]) for p in places] == [
        ("بريطانيا", ["بريطانيا", "المملكة المتحدة", "بريطانيا"])
    ]
    alone = [e.name for e in extract("زار الوفد بريطانيا أمس.") if e.kind == "place"]
    assert alone == ["بريطانيا"]
    # "أمريكا" has no GeoNames id: the build's hand list joins it to the United States.
    text = "وصل إلى الولايات المتحدة أمس، وقال إن أمريكا حليف."
    names = {e.name: [m.text for m in e.mentions] for e in extract(text) if e.kind == "place"}
    assert names == {"الولايات المتحدة": ["الولايات المتحدة", "أمريكا"]}
    alone = [e.name for e in extract("وقال إن أميركا حليف.") if e.kind == "place"]
    assert alone == ["أمريكا"]


def test_the_americas_spelt_with_ya_before_ra_are_the_same_regions():
    text = "زار الوزير أميركا اللاتينية ثم أمريكا الوسطى، وقال إن أميركا الشمالية شريك."
    names = {e.name: [m.text for m in e.mentions] for e in extract(text) if e.kind == "place"}
    assert names == {
        "أمريكا اللاتينية": ["أميركا اللاتينية"],
        "أمريكا الوسطى": ["أمريكا الوسطى"],
        "أمريكا الشمالية": ["أميركا الشمالية"],
    }


def test_only_countries_and_regions_of_one_geonames_id_are_grouped():
    # GeoNames lists "الجزيرة" among the names of Algiers: only the names of countries and
    # regions that share a GeoNames id are grouped. A hand-set region has none
    # ("القارة الأفريقية", which issue 3's floor names beside "أفريقيا").
    same = lexicons().places.same_country
    assert same[normalize("بريطانيا")] == normalize("المملكة المتحدة")
    assert same[normalize("الجمهورية التونسية")] == normalize("تونس")
    assert normalize("القارة الأفريقية") not in same
    assert normalize("الجزيرة") not in same
    assert normalize("الجزائر العاصمة") not in same


def test_an_everyday_word_after_an_event_noun_is_not_a_place():
    # "العالم" (the world) is a word in all of its 140 uses in the training data, "السلام"
    # (peace) in all of its 56; "كان" (was) after "قمة" is the summit that was planned.
    # On CV of the engine (scripts/cv_person_model.py --pipeline) place overlap F1 goes
    # 0.899 -> 0.903 when an event's noun no longer confirms such a word.
    text = (
        "تأهل المنتخب إلى نهائيات كأس العالم للمرة الأولى. "
        "ووقع البلدان اتفاقية السلام في العاصمة. "
        "وأعلن الطرفان إلغاء قمة كان من المزمع عقدها."
    )
    assert _places(text) == []


def test_a_place_after_an_event_noun_still_counts_when_no_everyday_word():
    text = "افتتح مهرجان القطيف أمس. وزار الوفد معرض الرياض للكتاب."
    assert _places(text) == ["القطيف", "الرياض"]


def test_a_place_noun_with_the_article_confirms_no_ambiguous_name_after_it():
    from reader.entities.places import _after_head
    from reader.entities.tokens import tokenize

    lex = lexicons()
    ended = tokenize("ولما اقترب من المدينة كان جيشه قد تعب")
    assert not _after_head(ended.texts, ended.norms, 4, lex)
    construct = tokenize("وصل إلى مدينة كان أمس")
    assert _after_head(construct.texts, construct.norms, 3, lex)


def test_a_town_that_needs_context_is_a_place_when_joined_to_a_place():
    assert _places("تضررت المزارع في الإسكندرية وبنها بسبب السيول.") == ["الإسكندرية", "بنها"]


def test_an_unknown_name_ending_a_list_of_places_is_a_place():
    text = "تمتد المحمية الجديدة بين تبوك وضباء والمويلح."
    assert _places(text) == ["تبوك", "ضباء", "المويلح"]


def test_a_verb_or_a_possessed_noun_joined_to_a_place_is_not_a_place():
    assert _places("زار الوزير لبنان واتهمها بالتقصير في الملف.") == ["لبنان"]
    assert _places("زار الوفد تركيا وحدائقها الشهيرة.") == ["تركيا"]


def test_an_everyday_word_joined_to_a_place_is_not_a_place():
    assert _places("وصل اللاعب إلى القاهرة وكان الجمهور في انتظاره.") == ["القاهرة"]


def test_an_unknown_name_after_a_fort_a_resort_or_a_gulf_is_a_place():
    assert _places("سيطر الجنود على حصن المصمك في الرياض.") == ["المصمك", "الرياض"]
    assert _places("أمضى الزوار ليلتين في منتجع الغرابيل قبل العودة.") == ["الغرابيل"]
    assert _places("عبرت ناقلة النفط خليج المرجان فجر أمس.") == ["المرجان"]


def test_news_spellings_of_countries_and_regions_are_places():
    text = "فازت إنجلترا على الدانمارك، ثم سافر الفريق إلى أوزباكستان عبر الحجاز."
    assert _places(text) == ["إنجلترا", "الدانمارك", "أوزباكستان", "الحجاز"]


def test_a_region_whose_adjective_is_a_family_name_gives_no_adjective():
    nationalities = lexicons().nationalities
    assert normalize("الخراساني") not in nationalities
    assert normalize("الدنماركي") in nationalities


def test_an_unknown_name_after_a_wadi_or_a_hill_is_a_place():
    assert _places("جرفت السيول سيارتين في وادي الرمة شمال المدينة.") == ["الرمة"]
    assert _places("تمركزت القوات على تل الزعتر المطل على البلدة.") == ["الزعتر"]


def test_the_verb_that_reads_wadi_once_normalised_announces_no_place():
    assert _places("انفجرت سيارة مفخخة قرب السوق وأدى انفجارها إلى مقتل ثلاثة.") == []


def test_an_unknown_name_listed_after_a_place_and_a_comma_is_a_place():
    assert _places("من أهم مدن الإقليم نيسابور، كاشمر، وتربت.") == ["نيسابور", "كاشمر", "تربت"]
    assert _places("تمر الطريق بمكة، عسفان، ثم رابغ.") == ["مكة", "عسفان", "رابغ"]


def test_a_sentence_going_on_after_a_place_and_a_comma_adds_no_place():
    assert _places("زار الوزير القاهرة، وقال إن الزيارة ناجحة.") == ["القاهرة"]


def test_a_name_with_the_article_after_a_cue_noun_is_its_genitive_not_an_adjective():
    # "الزهيرية" has the shape of an adjective of relation, but after the construct form
    # "حي" it is the quarter's name.
    assert _places("وقعت اشتباكات عنيفة في حي الزهيرية مساء أمس.") == ["الزهيرية"]


def test_an_unknown_name_after_a_realm_noun_is_a_place():
    assert _places("وتحالف مع ملك قشتالة ضد خصومه.") == ["قشتالة"]
    assert _places("حكمت مملكة الغساسنة تلك الأرض قرونا.") == ["الغساسنة"]


def test_a_word_ending_in_a_pronoun_after_a_cue_noun_is_not_a_place():
    assert _places("وطلبت السلطات إخلاء منطقة قطرها ستة كيلومترات حول البركان.") == []
    assert _places("أقل من ذلك بكثير في مدينة يقطنها 14 مليون نسمة.") == []


def _places_with_model(text, model):
    """Place mentions of `text` where the sequence model read `model`: (type, first word,
    word after the last) spans over the words of `text`."""
    tokens = tokenize(text)
    spans = [Span(kind, first, end) for kind, first, end in model]
    found = find_places(tokens, spans, lexicons(), readings(tokens.types, tokens.type_norms))
    return [" ".join(tokens.texts[f.first : f.end]) for f in found]


def test_a_country_or_a_name_of_several_words_is_a_place_where_the_model_reads_an_org():
    # Words: 0 وكانت 1 الجزيرة 2 العربية 3 مقسمة 4 إلى 5 أقاليم 6 .
    text = "وكانت الجزيرة العربية مقسمة إلى أقاليم ."
    assert _places_with_model(text, [("ORG", 1, 3)]) == ["الجزيرة العربية"]
    # Words: 0 أعلنت 1 ألمانيا 2 الحرب 3 على 4 روسيا 5 .
    text = "أعلنت ألمانيا الحرب على روسيا ."
    assert _places_with_model(text, [("ORG", 4, 5)]) == ["ألمانيا", "روسيا"]


def test_a_city_the_model_reads_as_an_org_is_not_a_place():
    # Words: 0 وفاز 1 بورتو 2 على 3 ضيفه 4 .
    assert _places_with_model("وفاز بورتو على ضيفه .", [("ORG", 1, 2)]) == []


def test_a_common_word_or_a_generic_place_noun_alone_is_no_place_whatever_the_model_reads():
    # Words: 0 أصيبت 1 بمرض 2 في 3 القلب 4 .
    assert _places_with_model("أصيبت بمرض في القلب .", [("LOC", 3, 4)]) == []
    # Words: 0 في 1 شرق 2 ووسط 3 أفريقيا 4 .
    assert _places_with_model("في شرق ووسط أفريقيا .", [("LOC", 2, 3)]) == ["أفريقيا"]


def test_an_everyday_word_with_the_pronoun_ha_is_no_place_whatever_the_model_reads():
    # "نقده" (his criticism) and "قصره" (his palace) are also the towns Naqadeh and Qasreh.
    assert _places("عادة يهاجمه المسؤولون بسبب نقده اللاذع .") == []
    # Words: 0 استقبل 1 الأمير 2 في 3 قصره 4 الوزير 5 .
    assert _places_with_model("استقبل الأمير في قصره الوزير .", [("LOC", 3, 4)]) == []
    # A definite noun takes no pronoun: "البصره" is البصرة spelt with ه.
    # Words: 0 وصل 1 الوفد 2 إلى 3 البصره 4 .
    assert _places_with_model("وصل الوفد إلى البصره .", [("LOC", 3, 4)]) == ["البصره"]


def test_a_place_in_a_government_the_model_reads_as_an_org_is_a_place():
    # Words: 0 وأبرمت 1 حكومة 2 كردستان 3 صفقتين 4 نفطيتين 5 .
    text = "وأبرمت حكومة كردستان صفقتين نفطيتين ."
    assert _places_with_model(text, [("ORG", 1, 3)]) == ["كردستان"]
    # Words: 0 وأعلنت 1 جامعة 2 كردستان 3 نتائجها 4 .
    assert _places_with_model("وأعلنت جامعة كردستان نتائجها .", [("ORG", 1, 3)]) == []


def test_a_place_joined_by_wa_or_bi_after_an_organisation_head_is_a_place():
    # Words: 0 تضامنا 1 مع 2 الحزب 3 ولبنان 4 .
    assert _places_with_model("تضامنا مع الحزب ولبنان .", []) == ["ولبنان"]
    # Words: 0 قال 1 مدير 2 الشركة 3 بالسعودية 4 إن 5 المبيعات 6 زادت 7 .
    text = "قال مدير الشركة بالسعودية إن المبيعات زادت ."
    assert _places_with_model(text, [("ORG", 2, 4)]) == ["بالسعودية"]
    # Without the proclitic the place is in the organisation's name.
    assert _places_with_model("تضامنا مع حزب لبنان .", []) == []


def test_a_place_before_the_adjective_of_another_town_is_a_club():
    # "المغرب الفاسي" (Maghreb of Fez) and "المغرب التطواني" are football clubs.
    # Words: 0 خسر 1 الفريق 2 أمام 3 المغرب 4 الفاسي 5 .
    assert _places_with_model("خسر الفريق أمام المغرب الفاسي .", []) == []
    # Words: 0 فاز 1 المغرب 2 التطواني 3 على 4 ضيفه 5 .
    assert _places_with_model("فاز المغرب التطواني على ضيفه .", []) == []
    # An adjective of nationality or an everyday one leaves the country alone.
    # Words: 0 قال 1 الشعب 2 في 3 المغرب 4 الحالي 5 .
    assert _places_with_model("قال الشعب في المغرب الحالي .", []) == ["المغرب"]


def test_a_quoted_name_after_a_cue_noun_is_a_place_not_a_title():
    assert _places('ولد في مدينة " ترينتون " في شبابه .') == ["ترينتون"]
    assert _places('وقع الحادث في إقليم « يوهي » أمس .') == ["يوهي"]
    assert _places('جنوب جبال " هزار مسجد " .') == ["هزار مسجد"]
    assert _places('عاش في مدينة " برلين " الألمانية .') == ["برلين"]
    # Without a cue noun a quoted name is still a title.
    assert _places('قالت صحيفة « الشرق الأوسط » أمس .') == []


def test_a_dynasty_or_a_breed_is_no_place_whatever_the_model_reads():
    # "سلالة" is also a spelling of Salalah that GeoNames gives.
    # Words: 0 وتعتبر 1 قريبة 2 من 3 سلالة 4 الكهوف 5 .
    assert _places_with_model("وتعتبر قريبة من سلالة الكهوف .", [("LOC", 3, 4)]) == []
    # Words: 0 وصل 1 الوفد 2 إلى 3 صلالة 4 .
    assert _places_with_model("وصل الوفد إلى صلالة .", [("LOC", 3, 4)]) == ["صلالة"]


def test_a_birthplace_is_not_muscat():
    assert _places("عاد اللاعب إلى مسقط رأسه في الجنوب .") == []
    assert _places("والتواصل مع مسقط الرأس مستمر .") == []
    assert _places("ويقيم الكاتب في مسقط منذ سنوات .") == ["مسقط"]


def _dateline_places(text, model):
    """Place mentions of `text` (one sentence) where the model read `model`, the first
    word standing where a dateline may."""
    tokens = tokenize(text)
    spans = [Span(kind, first, end) for kind, first, end in model]
    lex = lexicons()
    found = find_places(
        tokens, spans, lex, readings(tokens.types, tokens.type_norms), frozenset({0})
    )
    return [" ".join(tokens.texts[f.first : f.end]) for f in found]


def test_a_city_in_a_dateline_is_a_place_whatever_the_model_reads():
    # Words: 0 سيول 1 - 2 رويترز 3 - 4 أوردت 5 وكالة 6 يونهاب ...
    text = "سيول - رويترز - أوردت وكالة يونهاب أن الحكومة وافقت ."
    assert _dateline_places(text, [("ORG", 0, 1), ("ORG", 2, 3)]) == ["سيول"]
    # Not at a sentence's start, nor before a dash, the model's reading stands.
    text = "وقالت سيول - رويترز - إن الحكومة وافقت ."
    assert _dateline_places(text, [("ORG", 1, 2)]) == []
    text = "سيول رويترز أوردت وكالة يونهاب أن الحكومة وافقت ."
    assert _dateline_places(text, [("ORG", 0, 1)]) == []


def test_a_city_in_a_dateline_stays_a_place_though_a_club_bears_its_name():
    # Words: 0 مدريد 1 ـ 2 رويترز 3 ـ 4 قال 5 نادي 6 ريال 7 مدريد ...
    text = "مدريد ـ رويترز ـ قال نادي ريال مدريد إن مدربه باق ."
    assert _dateline_places(text, [("LOC", 0, 1), ("ORG", 2, 3)]) == ["مدريد"]
