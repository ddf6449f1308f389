"""Person rules chosen by training counts (issue 9)."""

from reader.entities import extract


def _people(text: str) -> set[str]:
    return {m.text for e in extract(text) if e.kind == "person" for m in e.mentions}


def _people_mentions(text: str) -> list[str]:
    return [m.text for e in extract(text) if e.kind == "person" for m in e.mentions]


def _propagated_from(text: str, first: int, end: int) -> list[str]:
    """What propagation finds elsewhere in `text` of a person the model read at tokens
    first..end."""
    from reader.entities.gazetteer import lexicons
    from reader.entities.propagation import propagate
    from reader.entities.readings import readings
    from reader.entities.spans import Span
    from reader.entities.tokens import tokenize

    tokens = tokenize(text)
    found = [Span("person", first, end, 0, " ".join(tokens.norms[first:end]))]
    extra = propagate(found, tokens, readings(tokens.types, tokens.type_norms),
                      set(range(first, end)), lexicons())
    return [" ".join(tokens.texts[e.first : e.end]) for e in extra]


def test_a_word_with_the_accusative_tanwin_ends_no_name():
    text = "وقال الأستاذ ماجد عوناً لأخيه إن الوفد وصل."
    assert not any("عوناً" in name for name in _people(text))


def test_an_adverb_with_tanwin_is_no_person():
    text = "وصل الرئيس أنتوني بلينكن إلى القاهرة. وقال بلينكن خامساً إن الاتفاق قريب."
    people = _people(text)
    assert "أنتوني بلينكن" in people
    assert not any("خامساً" in name for name in people)


def test_a_park_named_after_a_prince_is_no_person_nor_is_his_name_in_it():
    text = "وزار الأمير فيصل بن خالد متنزه الأمير سلطان بن عبدالعزيز أمس، ثم غادر."
    people = _people(text)
    assert not any("سلطان" in name for name in people)
    assert "فيصل بن خالد" in people


def test_an_index_named_after_people_is_no_person():
    assert not _people("وارتفع مؤشر داو جونز الصناعي بنسبة 2 بالمئة.")


def test_a_product_noun_ends_no_name():
    people = _people("وقال المهندس سامي الخطيب هاتف الشركة الجديد إن الإطلاق قريب.")
    assert not any("هاتف" in name for name in people)


def test_an_amount_is_no_person_nor_is_its_currency():
    text = "وارتفعت الإيرادات لتبلغ 2.43 تريليون ريال، مقابل 2.35 تريليون ريال في العام السابق."
    people = _people(text)
    assert not any("ريال" in name or "تريليون" in name for name in people)


def test_the_preposition_ala_is_no_ali():
    # "أحمد علي" makes "علي" a surname to look for elsewhere, and "على" folds to it.
    text = (
        "وقال وزير الخارجية أحمد علي إن بلاده حريصة على الاستقرار. وأضاف أحمد علي في مؤتمر "
        "صحفي أن الحكومة عازمة على مواصلة الإصلاحات، مشددا على أهمية الحوار. وأكد علي أن "
        "الاتفاق يقوم على الثقة."
    )
    found = [text[m.start : m.end] for e in extract(text) if e.kind == "person" for m in e.mentions]
    assert found == ["أحمد علي", "أحمد علي", "علي"]


def test_god_is_not_taken_alone_for_the_surname_of_a_name_ending_in_allah():
    text = "قال الأمين العام حسن نصر الله إن الحزب مستعد. وأضاف أن الله مع الصابرين."
    assert _people(text) == {"حسن نصر الله"}


def test_a_regnal_number_or_the_half_of_a_compound_name_is_no_person_alone():
    text = (
        "استقبل الملك محمد السادس الوفد. وقال السادس من الحضور إن صلاح الدين الأيوبي "
        "حرر القدس، وإن الدين يسر."
    )
    assert _people(text) == {"محمد السادس", "صلاح الدين الأيوبي"}


def _announced_names(text: str) -> list[str]:
    from reader.entities.cued_names import announced
    from reader.entities.gazetteer import lexicons
    from reader.entities.tokens import tokenize

    tokens = tokenize(text)
    return [" ".join(tokens.texts[s.first : s.end]) for s in announced(tokens, set(), lexicons())]


def test_a_name_after_a_title_or_a_nationality_is_a_person_the_model_missed():
    # "حسينة" is a name-list word, "الحكومة" an everyday one: the name stops before it.
    assert _announced_names("وتتهم الشيخة حسينة الحكومة بالفساد") == ["حسينة"]
    assert _announced_names("أكدت العداءة المغربية حسناء أنها مستعدة") == ["حسناء"]


def test_two_words_no_list_knows_after_a_nationality_or_a_title_are_a_name():
    assert _announced_names("بعد تغلبه على البلجيكي كزافييه ماليس في الدور الأول") == [
        "كزافييه ماليس"
    ]
    assert _announced_names("وقال بيرنار أنغو إن السوق واعدة") == ["بيرنار أنغو"]


def test_a_given_name_that_is_a_frequent_word_starts_a_pair_after_a_title_or_a_nationality():
    # "تيم", "آدم", "كارل" are wordfreq frequent words the name lists know.
    assert _announced_names("بعد فوزه على البريطاني تيم هنمان في الدور الثاني") == ["تيم هنمان"]
    assert _announced_names("وقال المواطن الأميركي آدم غادان إنه اعتنق الإسلام") == ["آدم غادان"]
    # Not a verb after a feminine nationality ("تأمر": "يأمر"), nor a noun in construct
    # or a و-word after the given name.
    assert _announced_names("النيابة المصرية تأمر بتشريح جثتي السائحين") == []
    assert _announced_names("منذ تولي الملك سلمان مقاليد الحكم") == []
    assert _announced_names("التي أمر بها الملك سلمان وسانده إخوانه") == []


def test_an_everyday_word_in_another_form_after_a_title_is_no_name():
    # "عزما" is "عزم" with the accusative's alef, "اكيدا" "اكيد": no name.
    assert _announced_names("ان لديه والرئيس الاميركي عزما اكيدا على التعامل") == []


def test_a_plural_nationality_or_an_adjective_of_relation_announces_no_name():
    assert _announced_names("يرى الفرنسيين أميل إلى البحر") == []
    assert _announced_names("سيعمل الفريق الفاسي على تفادي الهزيمة") == []


def test_a_name_after_by_way_of_is_a_person_not_a_road():
    from reader.entities.name_checks import names_a_thing
    from reader.entities.tokens import tokenize

    by_way = tokenize("سجل الهدف عن طريق مروان الشماخ")
    assert not names_a_thing(by_way.texts, by_way.norms, 4)
    street = tokenize("في طريق محمد الخامس")
    assert names_a_thing(street.texts, street.norms, 2)


def test_a_currency_with_its_article_is_no_person_nor_a_place_spread():
    text = (
        "وفي منطقة اليورو تتردد توقعات برفع الفائدة. وقال مسؤولون في منطقة اليورو إن النمو "
        "ضعيف. وتراجع اليورو مقابل الدولار أمس."
    )
    entities = extract(text)
    assert not [e for e in entities if e.kind == "person" and "يورو" in e.name]
    # The euro zone may be a place, twice; the currency after "وتراجع" is not made one.
    currency = text.index("وتراجع اليورو") + len("وتراجع ")
    places = [m.start for e in entities if e.kind == "place" for m in e.mentions]
    assert currency not in places


def test_a_quoted_name_after_a_thing_noun_is_its_title_not_a_person():
    from reader.entities.name_checks import names_a_thing
    from reader.entities.tokens import tokenize

    series = tokenize('وتحول إلى مسلسل " نصر الله " إخراج')
    assert names_a_thing(series.texts, series.norms, 4)
    # After a title, a quoted name is still the person's ("الملك « شاهرخ »").
    king = tokenize("قام الملك « شاهرخ » بتوسعة")
    assert not names_a_thing(king.texts, king.norms, 3)


def test_a_name_the_model_ran_into_a_date_ends_before_the_date():
    from reader.entities.gazetteer import lexicons
    from reader.entities.people import find_people
    from reader.entities.readings import readings
    from reader.entities.spans import Span
    from reader.entities.tokens import tokenize

    tokens = tokenize("والتقى كولن باول أمس الأول نظيره")
    of_types = readings(tokens.types, tokens.type_norms)
    # The model's span runs over the date "أمس الأول" (tokens 3 and 4), which is taken.
    people = find_people(tokens, [Span("PERS", 1, 5)], {3, 4}, lexicons(), of_types)
    assert [(p.first, p.end) for p in people] == [(1, 3)]
    # One word left before the date is not enough to keep.
    assert find_people(tokens, [Span("PERS", 2, 5)], {3, 4}, lexicons(), of_types) == []


def test_a_lone_given_name_of_a_full_name_in_the_text_is_that_person():
    text = "فاز العداء برهانو ليغيسي بالسباق. وتقدم برهانو على منافسيه في الكيلومتر الأخير."
    people = [e for e in extract(text) if e.kind == "person"]
    assert [[m.text for m in e.mentions] for e in people] == [["برهانو ليغيسي", "برهانو"]]


def test_a_name_link_is_no_given_name_alone():
    # "أبو مازن": "أبو" is a link, never a name by itself.
    text = "وقال الرئيس أبو مازن إن الحوار مستمر. وزار أبو الوليد المدينة."
    assert "أبو" not in _people(text)


def test_a_one_word_name_found_once_marks_its_other_mentions_even_if_an_everyday_word():
    # "سامي" ("lofty") is a wordfreq everyday word; the name lists know it.
    text = "وأوضح الطبيب سامي أن الحالة مستقرة. وطمأن سامي الأهل على صحة المريض."
    people = [e for e in extract(text) if e.kind == "person"]
    assert [[m.text for m in e.mentions] for e in people] == [["سامي", "سامي"]]


def _propagated(text: str, name: str) -> list[str]:
    """The mentions propagate adds for `name`, found by the model at its first word."""
    from reader.entities.gazetteer import lexicons
    from reader.entities.propagation import propagate
    from reader.entities.readings import readings
    from reader.entities.spans import Span
    from reader.entities.tokens import tokenize

    tokens = tokenize(text)
    first = tokens.texts.index(name)
    found = [Span("person", first, first + 1, 0, tokens.norms[first])]
    lex, taken = lexicons(), {first}
    extra = propagate(found, tokens, readings(tokens.types, tokens.type_norms), taken, lex)
    return [" ".join(tokens.texts[s.first : s.end]) for s in extra]


def test_an_everyday_word_with_the_article_found_once_is_not_looked_for_elsewhere():
    text = "وقال الحكيم إن الصبر مفتاح. وزار الوفد ضريح الحكيم في المدينة."
    assert _propagated(text, "الحكيم") == []
    assert _propagated("وقال سامي إن الصبر مفتاح. وزار سامي المدينة.", "سامي") == ["سامي"]


def test_an_everyday_word_with_the_article_alone_is_no_person_unless_a_full_name_has_it():
    lions = "ويعد الأسد ملك الغابة. وقال الباحث إن الأسد الأفريقي مهدد بالانقراض."
    assert _people(lions) == set()
    assad = "وقال الرئيس بشار الأسد إن الحوار مستمر. وأضاف الأسد أن الحل سياسي."
    assert _people(assad) == {"بشار الأسد", "الأسد"}


def test_a_name_before_a_feminine_adjective_of_nationality_is_a_company():
    text = "وقعت المؤسسة العامة اتفاقية مع بلو بولي الفرنسية لتصنيع قطع الغيار."
    assert _people(text) == set()
    assert _people("وقال الرئيس إيمانويل ماكرون إن فرنسا مستعدة.") == {"إيمانويل ماكرون"}


def _coordinated_names(text: str, found_name: str) -> list[str]:
    """The names `coordinated` adds around `found_name`, taken as the person found."""
    from reader.entities.cued_names import coordinated
    from reader.entities.gazetteer import lexicons
    from reader.entities.spans import Span
    from reader.entities.tokens import tokenize

    tokens = tokenize(text)
    size = len(found_name.split(" "))
    first = next(
        i for i in range(len(tokens)) if " ".join(tokens.texts[i : i + size]) == found_name
    )
    offset = 1 if found_name.startswith("و") else 0
    key = " ".join(tokens.norms[first : first + size])[offset:]
    found = Span("person", first, first + size, offset, key)
    spans = coordinated(tokens, [found], set(range(first, first + size)), lexicons())
    return [text[tokens.starts[s.first] + s.offset : tokens.ends[s.end - 1]] for s in spans]


def test_a_name_list_word_joined_by_wa_to_a_person_is_a_person_too():
    assert _coordinated_names("قالت إن محادثات سولانا ولاريجاني لا يمكن أن تفشل", "سولانا") == [
        "لاريجاني"
    ]
    # Each name joined on carries the chain on ("بوش وشارون وبلير").
    assert _coordinated_names("وقال الممثل إن بوش وشارون وبلير أسماء", "بوش") == [
        "شارون",
        "بلير",
    ]
    # Before "و" and a person's name, too.
    assert _coordinated_names("وقد التقى شارون وبوش أمس", "وبوش") == ["شارون"]


def test_a_pair_of_unlisted_words_after_wa_and_a_person_is_a_person():
    text = "ولعب في الدفاع غانلوكا زامبروتا وديفد تريزيغيه في الهجوم"
    assert _coordinated_names(text, "غانلوكا زامبروتا") == ["ديفد تريزيغيه"]


def test_a_verb_or_a_noun_with_a_pronoun_after_wa_and_a_person_is_no_name():
    assert _coordinated_names("يرى الناس أن جورج بوش واتهمهما بتهديد الأمن", "جورج بوش") == []
    assert _coordinated_names("وحاكم صدام حسين واعوانه الستة", "صدام حسين") == []


def test_a_pronoun_or_a_particle_ends_a_name():
    # The model ran the name on into "هي" ("the signing of Josimar is the tenth").
    people = _people("وتعتبر صفقة جوسيمار هي العاشرة للإدارة الجديدة.")
    assert people == {"جوسيمار"}


def test_a_listed_given_name_after_wa_starts_the_next_person():
    text = "وتكفل بالصفقة أبناء الشيخ حسن العفالق أسامة وهاني وسليمان وعبد العزيز، وهم من الداعمين."
    people = _people(text)
    assert {"هاني", "سليمان", "عبد العزيز"} <= people
    assert not {"هاني وسليمان", "وسليمان"} & people


def test_a_name_after_an_organisations_noun_in_construct_names_the_organisation():
    from reader.entities.name_checks import names_a_thing
    from reader.entities.tokens import tokenize

    assert not any("جاسم" in name for name in _people("وحصل على كأس الشيخ جاسم بعد فوزه."))
    for text, first in (
        ("وفضائح سجن أبو غريب", 2),
        ("وقال لوكالة فرانس برس", 2),
        ("ونادي كورينثيانز البرازيلي", 1),
        ("بشكر مجلة العربي", 2),
        ("تبعا لمؤتمر دومبارتون أوكس", 2),
        ("طالبت جاين بيركن دار « هيرميس »", 5),
    ):
        tokens = tokenize(text)
        assert names_a_thing(tokens.texts, tokens.norms, first), text


def test_no_part_of_an_organisations_name_is_a_person_spread():
    from reader.entities.gazetteer import lexicons
    from reader.entities.propagation import propagate
    from reader.entities.readings import readings
    from reader.entities.spans import Span
    from reader.entities.tokens import tokenize

    tokens = tokenize("وقال فرانس برس إن الوفد وصل ، وقال مصدر لوكالة فرانس برس إنه غادر")
    found = [Span("person", 1, 3, 0, "فرانس برس")]
    extra = propagate(found, tokens, readings(tokens.types, tokens.type_norms), {1, 2}, lexicons())
    assert extra == []


def test_a_wa_initial_word_the_name_lists_know_whole_keeps_its_wa():
    people = _people("وقال المسؤول الكنسي وديع أبونصار إن المهاجم واين روني زار الكنيسة.")
    assert {"وديع أبونصار", "واين روني"} <= people
    # A conjunction before a name is still no part of it, nor before a given name that
    # the lists also know with و ("وإيمان").
    assert "محمد عباس" in _people("التقى الرئيس عادل حسين ومحمد عباس في القاهرة.")
    cast = (
        "وتتوزع بطولته بين داليا البحيري، والفنان القدير سمير غانم، وخالد سرحان، ورجاء "
        "الجداوي، ومروة عبدالمنعم، وإيمان السيد، وعلاء زينهم، ومحمد أبو داوود."
    )
    assert not any(name.startswith("وإيمان") for name in _people(cast))


def test_a_name_in_a_hashtag_is_a_person_written_as_in_the_text():
    text = "أعرب الرئيس الروسي #فلاديمير_بوتين الجمعة عن تمنياته بالشفاء."
    mentions = [m for e in extract(text) if e.kind == "person" for m in e.mentions]
    assert [(m.text, text[m.start : m.end]) for m in mentions] == [("فلاديمير_بوتين",) * 2]


def test_an_entity_named_from_a_hashtag_has_its_words_apart():
    # The panel's row reads "فلاديمير بوتين", as the same name written with a space does.
    alone = "أعرب الرئيس الروسي #فلاديمير_بوتين الجمعة عن تمنياته بالشفاء."
    place = "وغرد الناشطون على وسم #كوريا_الشمالية بعد القمة."
    assert [(e.kind, e.name) for e in extract(alone) if e.kind == "person"] == [
        ("person", "فلاديمير بوتين")
    ]
    assert ("place", "كوريا الشمالية") in [(e.kind, e.name) for e in extract(place)]


def test_basim_after_a_spokesman_is_in_the_name_of_no_person():
    text = (
        "وقال الرئيس باسم عوض الله إن الخطة جاهزة. وأضاف المتحدث باسم الحكومة أن الخطة "
        "جاهزة. واكد ناطق باسم حزب الله ان الحزب لن يرد. وقال باسم يوسف إن البرنامج سيعود."
    )
    assert _people(text) == {"باسم عوض الله", "باسم يوسف"}


def test_ali_before_a_word_with_the_article_is_the_preposition_not_the_name_spread():
    text = "وقال الوزير علي حسن إن بلاده حريصة علي الاستقرار. وأضاف علي أن الحكومة مستعدة."
    starts = [m.start for e in extract(text) if e.kind == "person" for m in e.mentions]
    assert text.index("علي الاستقرار") not in starts
    assert text.index("علي أن") in starts


def test_a_name_after_new_is_a_places_not_a_persons():
    from reader.entities.name_checks import names_a_thing
    from reader.entities.tokens import tokenize

    tokens = tokenize("والفنانين من نيو أورليانز بأنهم أصدقاؤه")
    assert names_a_thing(tokens.texts, tokens.norms, 3)


def test_a_title_after_a_proclitic_ends_a_name():
    text = (
        "وقد أشاد الرئيس باراك أوباما بالجنرال دانفورد كقائد ساعد في تشكيل الدور الأمريكي. "
        "وقدّم الدكتور الوهيبي إيجازاً لسمو أمير منطقة الرياض عن الندوة."
    )
    assert _people(text) == {"باراك أوباما", "دانفورد", "الوهيبي"}


def test_a_particle_anna_written_with_a_proclitic_is_no_name():
    text = (
        "وقال السيناتور إن الصفقة ليست مثالية لكن من دونها فإن خياراتنا تقتصر على الحرب. "
        "وفي حال استخدمه الرئيس أوباما فإن ذلك يستلزم موافقة الكونغرس."
    )
    assert _people(text) == {"أوباما"}


def test_an_acronym_spelled_out_in_letters_is_no_person():
    text = "وقالت الأسرة لبي بي سي إن مريم ظلت في المستشفى حتى وفاتها."
    assert not any("سي" in name for name in _people(text))


def test_a_feminine_noun_with_a_pronoun_ends_a_name():
    text = "وتوفيت الفنانة في شقتها عن عمر 62 سنة. ونعى خالد شقيقته، عبر صفحته الشخصية."
    assert _people(text) == {"خالد"}


def test_a_name_that_starts_with_an_organisations_noun_is_no_person():
    from reader.entities.gazetteer import lexicons
    from reader.entities.people import find_people
    from reader.entities.readings import readings
    from reader.entities.spans import Span
    from reader.entities.tokens import tokenize

    tokens = tokenize("وعقد المؤتمر صباح أمس بفندق شيراتون الدوحة")
    model = [Span("PERS", 4, 6, 0, "")]
    found = find_people(tokens, model, set(), lexicons(), readings(tokens.types, tokens.type_norms))
    assert found == []


def test_an_everyday_word_with_the_article_begins_no_name():
    text = (
        "وفاز الجواد رقيم بالمدرب بكالارد والخيال ريان الطويرش بزمن قياسي. "
        "وحل مستثمر ثانيا مع الخيال محمد الدهام، وفازت كسبة بالخيال ريان الطويرش."
    )
    people = _people(text)
    assert not any("الخيال" in name for name in people)
    assert "ريان الطويرش" in people


def test_a_name_is_not_split_at_a_waw_word_the_name_lists_know():
    text = "وتأكد أمس خبر خروج المصمم ألكسندر وانغ من دار بالنسياجا بعد سنوات."
    assert _people(text) == {"ألكسندر وانغ"}


def test_a_name_after_a_groups_noun_is_the_groups():
    text = (
        "وحمل الطلاب ميليشيا الحوثي المسؤولية الكاملة عن الهجوم. "
        "ويشارك حزب الله في دعم جماعة الحوثي لوجستيا وعسكريا منذ سنوات."
    )
    assert not any("الحوثي" in name or "ميليشيا" in name for name in _people(text))


def test_a_surname_that_is_an_everyday_word_with_the_article_is_not_spread_alone():
    text = (
        "وقال مدير المهرجان خالد العيد إن الفعاليات متنوعة. "
        "وتستمر العروض طوال أيام العيد في الحدائق العامة."
    )
    assert _people(text) == {"خالد العيد"}


def test_an_everyday_word_after_waw_begins_no_name():
    text = (
        "أحرز الصربي نوفاك ديوكوفيتش لقب البطولة للمرة الرابعة، الأحد. وفاز جوكوفيتش "
        "بنتيجة 6-2 و6-2. وتأهل جوكو للنهائي بعد فوزه السهل."
    )
    people = _people(text)
    assert not any(name.startswith(("فاز", "تأهل")) for name in people)


def test_a_proclitic_and_an_everyday_word_ends_a_name():
    text = (
        "وطالب قائد تشلسي بطل كأس إنجلترا، غاري كاهيل بإيجاد حل سريع لوضع المدرب. "
        "وقال الناشط طه بوحافظ لراديو فرنسي الخميس إن المحاكمة ظالمة."
    )
    people = _people(text)
    assert "غاري كاهيل" in people and "طه بوحافظ" in people
    assert not any(name.endswith(("بإيجاد", "لراديو")) for name in people)


def test_a_frequent_word_the_name_lists_do_not_know_ends_a_name():
    text = (
        "يرحل الجندي غاري هوك (جاك أوكونيل) مع كتيبة إلى بلفاست. وقد كان أوكونيل مبدعا. "
        "وخلقت زوايا التصوير وحركة الكاميرا إحساسا عاليا بالحركة وجعلت المشاهد يعيش "
        "مشاعر أوكونيل بالكامل."
    )
    assert not any("بالكامل" in name for name in _people(text))


def test_the_preposition_amam_is_no_imam():
    text = (
        "خاض موناكو مباراته الأولى تحت قيادة هنري أمام ستراسبورغ في الدوري. "
        "ويستعد الفريق الملكي لخوض مباراة هامة أمام الأتلتيكو، الأحد."
    )
    assert not any("أمام" in name for name in _people(text))


def test_a_listed_name_word_and_another_after_wa_and_a_person_are_a_name():
    # "و", a name-list word (not with the article if frequent) and a name word after it.
    text = "تعافي المدافعين الأساسيين ماثيو غورمان وترينت سينسبيري من الإصابة"
    assert _coordinated_names(text, "ماثيو غورمان") == ["ترينت سينسبيري"]
    assert _coordinated_names("وعادل فتحي وفرج شلبي .", "وعادل فتحي") == ["فرج شلبي"]
    # Not before a و-word, a plural of relation, or a word with an everyday reading.
    assert _coordinated_names("قصة عشق بين مايك وفيكتور وناتاشا", "مايك") == []
    assert _coordinated_names("تجمد أموال علي صالح وقادة حوثيين", "علي صالح") == []
    assert _coordinated_names("الأمير محمد بن سلمان وليا لولي العهد", "محمد بن سلمان") == []


def test_a_word_no_list_knows_after_a_verb_of_saying_is_a_person_there_and_again():
    text = (
        "انتهى الاجتماع مساء أمس في العاصمة. وقال عييش إن الوقت قد حان. "
        "ويقول عييش إن على قادة المنطقة أن يستعدوا."
    )
    assert _people_mentions(text) == ["عييش", "عييش"]


def test_a_noun_in_construct_or_with_a_pronoun_after_a_verb_of_saying_is_no_person():
    assert not _people("وأشار البيان إلى الخطة. وصرح سكرتير الرئاسة بأن الوفد سيصل غدا.")
    assert not _people("وقال معاليه إن المجلس يدين الهجوم.")


def test_an_everyday_given_name_is_looked_for_alone_only_as_the_name_writes_it():
    # "إدين" (Eden) and the verb "أدين" (was convicted) fold to one word, a frequent one.
    from reader.entities.gazetteer import lexicons
    from reader.entities.propagation import propagate
    from reader.entities.readings import readings
    from reader.entities.spans import Span
    from reader.entities.tokens import tokenize

    text = "وسجل المهاجم إدين آزار هدفا . وأدين المتهم بالسرقة . وتلقى إدين الكرة ."
    tokens = tokenize(text)
    first = tokens.texts.index("إدين")
    found = [Span("person", first, first + 2, 0, " ".join(tokens.norms[first : first + 2]))]
    lex = lexicons()
    assert tokens.norms[first] in lex.frequent_words
    taken = {first, first + 1}
    extra = propagate(found, tokens, readings(tokens.types, tokens.type_norms), taken, lex)
    assert [tokens.texts[s.first][s.offset :] for s in extra] == ["إدين"]


def test_a_compound_given_name_is_looked_for_whole_not_its_first_word_alone():
    from reader.entities.gazetteer import lexicons
    from reader.entities.propagation import propagate
    from reader.entities.readings import readings
    from reader.entities.spans import Span
    from reader.entities.tokens import tokenize

    text = "وقال الداعية فتح الله كولن إنه بريء . وفتح المحقق الملف . وطالبت أنقرة بتسليم "
    text += "فتح الله ."
    tokens = tokenize(text)
    first = tokens.texts.index("فتح")
    found = [Span("person", first, first + 3, 0, " ".join(tokens.norms[first : first + 3]))]
    taken = set(range(first, first + 3))
    lex = lexicons()
    extra = propagate(found, tokens, readings(tokens.types, tokens.type_norms), taken, lex)
    assert [" ".join(tokens.texts[s.first : s.end]) for s in extra] == ["فتح الله"]


def test_between_is_no_name_nor_looked_for_alone():
    # The model ran a name on from "بين" ("between"): it is no name to look for elsewhere.
    assert _propagated_from("وتعادل بين برشلونة وإشبيلية . وفرق كبير بين الفريقين .", 1, 3) == []


def test_a_breed_is_no_name_nor_looked_for_alone():
    # The model ran a name on into "سلالة" (a breed): it is no name to look for elsewhere.
    assert _propagated_from("وهو لايعتبر سلالة منفصلة . وتعيش هذه سلالة في الجنوب .", 1, 3) == []
    assert not any("سلالة" in name for name in _people("وقال سامي سلالة إن الأسد نادر ."))


def test_a_name_in_or_after_a_possessed_club_is_the_club_not_a_person():
    from reader.entities.gazetteer import lexicons
    from reader.entities.people import _organisation_possessed, find_people
    from reader.entities.readings import readings
    from reader.entities.spans import Span
    from reader.entities.tokens import tokenize

    # "ناديه" is "his club", which folds as "نادية" (Nadia) does.
    tokens = tokenize("وتوج رفقة ناديه لاغونتواز بلقب الدوري .")
    club = tokens.texts.index("ناديه")
    lex = lexicons()
    read = readings(tokens.types, tokens.type_norms)
    for span in (Span("PERS", club, club + 2), Span("PERS", club + 1, club + 2)):
        assert find_people(tokens, [span], set(), lex, read) == []
    assert not _organisation_possessed("نادية") and _organisation_possessed("لناديه")


def test_a_frequent_word_read_as_a_proclitic_and_a_name_is_the_everyday_word():
    from reader.entities.gazetteer import lexicons
    from reader.entities.propagation import propagate
    from reader.entities.readings import readings
    from reader.entities.spans import Span
    from reader.entities.tokens import tokenize

    # "بيان" ("a statement") reads as ب + "يان"; "لأوبلاك" is ل + the surname.
    text = "وتألق الحارس يان أوبلاك . وقال النادي في بيان إن الفوز مستحق لأوبلاك ."
    tokens = tokenize(text)
    first = tokens.texts.index("يان")
    found = [Span("person", first, first + 2, 0, " ".join(tokens.norms[first : first + 2]))]
    taken = {first, first + 1}
    lex = lexicons()
    extra = propagate(found, tokens, readings(tokens.types, tokens.type_norms), taken, lex)
    assert [tokens.texts[s.first][s.offset :] for s in extra] == ["أوبلاك"]


def test_a_name_starting_with_a_clubs_first_word_is_a_team_not_a_person():
    from reader.entities.gazetteer import lexicons
    from reader.entities.people import find_people
    from reader.entities.readings import readings
    from reader.entities.spans import Span
    from reader.entities.tokens import tokenize

    # The model took "ريال للمتر" ("riyals a metre") for a name, which made every "ريال"
    # of the text a person; "أولمبيك آسفي" is a team.
    tokens = tokenize("بلغ سعر الأرض ألف ريال للمتر . وفاز أولمبيك آسفي على ضيفه .")
    model = [Span("PERS", 4, 6), Span("PERS", 8, 10)]
    found = find_people(tokens, model, set(), lexicons(), readings(tokens.types, tokens.type_norms))
    assert found == []
