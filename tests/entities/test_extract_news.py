"""extract() on short news paragraphs written for these tests (not from any corpus)."""

from reader.entities import extract
from reader.entities.normalize import normalize

OMAN = (
    "وصل وزير الخارجية البريطاني ديفيد لامي إلى مسقط أمس في زيارة رسمية إلى سلطنة عمان "
    "تستغرق يومين، يلتقي خلالها كبار المسؤولين. وقال لامي إن بلاده تقدر دور عمان في "
    "الوساطة بين إيران والولايات المتحدة."
)
OMAN_WORD = "عمّ الهدوء أرجاء القاعة بعد أن أنهى الخطيب كلمته، وانصرف الحضور."
GULF = (
    "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في الرياض، الرئيس "
    "الفرنسي إيمانويل ماكرون. وبحث الملك سلمان مع ماكرون العلاقات الثنائية، كما التقى "
    "ماكرون ولي العهد الأمير محمد بن سلمان في قصر اليمامة."
)
CITY = (
    "شهدت المدينة ازدحاما كبيرا خلال عطلة نهاية الأسبوع، وقال رئيس البلدية إن حركة السير "
    "عادت إلى طبيعتها مساء الأحد."
)


def _names(entities, kind):
    return {normalize(e.name) for e in entities if e.kind == kind}


def _mention_texts(entities, kind):
    return {normalize(m.text) for e in entities if e.kind == kind for m in e.mentions}


def test_oman_the_country_with_context():
    entities = extract(OMAN)
    places = _names(entities, "place")
    assert normalize("سلطنة عمان") in places or normalize("عمان") in places
    assert normalize("مسقط") in places
    assert normalize("إيران") in places
    assert normalize("الولايات المتحدة") in places


def test_foreign_minister_and_his_surname_are_one_person():
    entities = extract(OMAN)
    people = [e for e in entities if e.kind == "person"]
    lammy = [e for e in people if normalize("لامي") in normalize(e.name)]
    assert len(lammy) == 1
    assert normalize(lammy[0].name) == normalize("ديفيد لامي")
    assert {m.text for m in lammy[0].mentions} == {"ديفيد لامي", "لامي"}
    assert normalize("وزير الخارجية") not in _mention_texts(entities, "person")
    assert normalize("البريطاني") not in _mention_texts(entities, "place")


def test_oman_as_a_verb_is_not_a_place():
    entities = extract(OMAN_WORD)
    assert not [e for e in entities if e.kind == "place"]


def test_al_madina_as_a_common_noun_is_not_a_place():
    entities = extract(CITY)
    assert normalize("المدينة") not in _mention_texts(entities, "place")


def test_royal_chain_name_without_titles():
    entities = extract(GULF)
    people = {normalize(e.name): e for e in entities if e.kind == "person"}
    salman = normalize("سلمان بن عبدالعزيز آل سعود")
    assert salman in people
    for title in ("الملك", "خادم الحرمين الشريفين", "ولي العهد", "الأمير", "الرئيس"):
        assert not any(name.startswith(normalize(title)) for name in people)
    assert len(people[salman].mentions) == 2  # "الملك سلمان" is the same man
    assert normalize("الرياض") in _names(entities, "place")
    assert normalize("الفرنسي") not in _mention_texts(entities, "place")


def test_macron_mentions_join_the_full_name():
    entities = extract(GULF)
    macron = [e for e in entities if e.kind == "person" and "ماكرون" in e.name]
    assert len(macron) == 1
    assert len(macron[0].mentions) == 3


AMMAN = (
    "وصلت الطائرة إلى عمان قادمة من بيروت، وقال وزير الخارجية الأردني أيمن الصفدي إن "
    "عمان ترحب بالوفد."
)
MEDINA = "وصل الحجاج إلى المدينة المنورة أمس قادمين من مكة المكرمة."


def test_amman_as_a_destination_is_a_place_and_the_minister_a_person():
    entities = extract(AMMAN)
    amman = [e for e in entities if e.kind == "place" and normalize(e.name) == "عمان"]
    assert len(amman) == 1 and len(amman[0].mentions) == 2
    assert normalize("بيروت") in _names(entities, "place")
    assert _names(entities, "person") == {normalize("أيمن الصفدي")}
    assert normalize("الأردني") not in _mention_texts(entities, "place")


def test_medina_by_its_full_name_and_mecca_without_its_epithet():
    places = _names(extract(MEDINA), "place")
    assert normalize("المدينة المنورة") in places
    # ANERcorp's training part tags "[مكة] المكرمة" 40 times out of 40: the epithet
    # ("the honoured") stays outside, as it does in the corpus the engine is judged on.
    assert normalize("مكة") in places
    assert normalize("مكة المكرمة") not in places


FOOTBALL = (
    "فاز ستيوا بوخارست على مضيفه ريال مدريد بهدفين، فيما تعادل أسيك أبيدجان مع ضيفه. "
    "وتقام المباراة المقبلة في مدريد."
)
GAZA = "قصفت الطائرات مواقع في قطاع غزة، وقال شهود إن الدخان غطى سماء غزة ومنطقة الخليج."


def test_a_city_in_a_club_name_is_not_a_place():
    madrid = [m.text for e in extract(FOOTBALL) if e.kind == "place" for m in e.mentions]
    assert madrid == ["مدريد"]  # the city itself, in the last sentence only


def test_gaza_strip_is_gaza_as_the_training_corpus_tags_it():
    places = _mention_texts(extract(GAZA), "place")
    assert places == {normalize("غزة"), normalize("الخليج")}


PRINCE_AND_UNIVERSITY = (
    "استقبل ولي العهد السعودي الأمير محمد بن سلمان بن عبدالعزيز آل سعود في الرياض أمس "
    "وفدا من الأساتذة. وقال مدير جامعة الملك سعود إن الجامعة ستفتتح مركزا جديدا، وإن "
    "مستشفى الملك فيصل التخصصي يشارك في المشروع. وأكد الأمير محمد بن سلمان دعمه."
)


def test_a_name_inside_an_institution_name_is_no_person_mention():
    text = PRINCE_AND_UNIVERSITY
    entities = extract(text)
    people = [e for e in entities if e.kind == "person"]
    assert [normalize(e.name) for e in people] == [normalize("محمد بن سلمان بن عبدالعزيز آل سعود")]
    university = text.index("جامعة الملك سعود")
    hospital = text.index("مستشفى الملك فيصل التخصصي")
    for m in people[0].mentions:
        assert not university <= m.start < university + len("جامعة الملك سعود")
        assert not hospital <= m.start < hospital + len("مستشفى الملك فيصل التخصصي")
    assert [m.text for m in people[0].mentions] == [
        "محمد بن سلمان بن عبدالعزيز آل سعود",
        "محمد بن سلمان",
    ]


def test_a_street_named_after_a_king_is_no_person_but_the_king_is():
    text = "افتتح الملك محمد السادس شارع محمد الخامس في الرباط، وحضر الملك محمد السادس الحفل."
    people = [e for e in extract(text) if e.kind == "person"]
    assert len(people) == 1
    starts = [m.start for m in people[0].mentions]
    assert text.index("شارع") + len("شارع ") not in starts
    assert len(starts) == 2


FOOTBALL_NAMES = (
    "وافتتح صلاح التسجيل في الدقيقة 23، قبل أن يضيف الهولندي فيرجيل فان دايك الهدف الثاني "
    "برأسية في الدقيقة 78."
)
QUAKE = (
    "أنقرة (رويترز) - بلغت قوة الزلزال الذي ضرب جنوب تركيا 7.8 درجات على مقياس ريختر، "
    "وهو الأقوى منذ عام 1939."
)


def test_a_dutch_name_with_van_is_one_name():
    assert "فيرجيل فان دايك" in _mention_texts(extract(FOOTBALL_NAMES), "person")


def test_the_richter_scale_is_no_person_and_ankara_is_spelt_as_news_spells_it():
    entities = extract(QUAKE)
    assert not [e for e in entities if e.kind == "person"]
    assert {e.name for e in entities if e.kind == "place"} == {"أنقرة", "تركيا"}


def test_saudi_after_a_feminine_noun_is_an_adjective_not_the_country():
    text = (
        "تراجع مؤشر السوق السعودية أمس، وقالت الحكومة السعودية إن الوفد عاد إلى السعودية "
        "بعد أن زار الرئيس السعودية العام الماضي."
    )
    saudi = [e for e in extract(text) if e.kind == "place"]
    assert [m.start for e in saudi for m in e.mentions] == [
        text.index("إلى السعودية") + 4,
        text.index("الرئيس السعودية") + 7,
    ]


def test_sunset_prayer_is_not_morocco_and_a_national_team_names_its_country():
    text = "أدى الحضور صلاة المغرب جماعة، ثم تابعوا فوز منتخب مصر على منتخب المغرب في الرباط."
    places = [m.text for e in extract(text) if e.kind == "place" for m in e.mentions]
    assert places == ["مصر", "المغرب", "الرباط"]


def test_a_presenter_is_not_run_on_into_the_programme_she_presents():
    text = "وقدمت الفنانة مها أحمد برنامجا بعنوان «ليالي» على قناة محلية."
    assert _mention_texts(extract(text), "person") == {normalize("مها أحمد")}


def test_a_foreign_name_the_model_cuts_in_two_is_one_person():
    text = (
        "وقالت كريستالينا غورغييفا المديرة العامة لصندوق النقد الدولي إن اقتصادات "
        "الشرق الأوسط وشمال أفريقيا تواجه تحديات كبيرة."
    )
    people = [e for e in extract(text) if e.kind == "person"]
    assert [m.text for e in people for m in e.mentions] == ["كريستالينا غورغييفا"]


def test_the_word_after_abd_stays_in_the_name():
    text = "ويقدم أيضا الفنان حجاج عبد العظيم برنامجا تليفزيونيا على قناة محلية."
    names = _mention_texts(extract(text), "person")
    assert names and all(n.endswith(normalize("عبد العظيم")) for n in names)


def test_a_city_named_in_a_pair_of_companies_is_no_place():
    text = "زادت شركتي تويوتا وجنرال موتورز من استثماراتهما في اليابان."
    assert _mention_texts(extract(text), "place") == {normalize("اليابان")}


def test_a_counted_plural_is_no_place_and_a_head_with_a_preposition_still_cues_one():
    text = (
        "اجتمع حكام الولايات الثلاث التي تؤلف الإقليم، ثم قصفت الطائرات أهدافا بمدينة صور "
        "جنوب لبنان."
    )
    places = _mention_texts(extract(text), "place")
    assert places == {normalize("صور"), normalize("لبنان")}
