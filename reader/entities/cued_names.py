"""Person names the model missed, found by what is around them: a title, a nationality, a
verb of saying before them, or "و" joining them to a name found."""

from __future__ import annotations

import re

import numpy as np

from reader.entities.clitics import proclitic_splits
from reader.entities.cues import PERSON_TITLES, POSSESSIVE_SUFFIXES
from reader.entities.gazetteer import Lexicons
from reader.entities.name_checks import (
    FORM_ENDINGS,
    PARTICLES,
    name_like,
    names_a_thing,
    never_in_a_name,
    not_a_name,
)
from reader.entities.normalize import normalize, strip_marks
from reader.entities.spans import Span
from reader.entities.tokens import Tokens

_ARABIC_LETTERS = re.compile("[\u0621-\u064a]+")
_DEFINITE_TITLES = frozenset(t for t in PERSON_TITLES if t.startswith("ال"))
# A name found after a title (see announced) runs at most this many words.
_MAX_ANNOUNCED = 3
# A man's verbs of saying, whose subject follows them in news ("وقال فيرجسون"), with and
# without و or ف (see spoken).
_SAYING_VERBS = frozenset(
    normalize(p + v) for v in ("قال", "أضاف", "أوضح", "صرح") for p in ("", "و", "ف")
)
# A present verb's persons: "يأمر", "تأمر", "نأمر".
_PERSON_PREFIXES = "يتن"
_RELATIVES = frozenset(normalize(w) for w in ("الذي", "التي"))
# Possessive pronouns at a word's end: cues.POSSESSIVE_SUFFIXES but the accusative's alef,
# which ends names too ("رودا", "ميلِفا").
_PRONOUNS = tuple(p for p in POSSESSIVE_SUFFIXES if p != "ا")


def announced(tokens: Tokens, taken: set[int], lex: Lexicons) -> list[Span]:
    """A name the model missed right after a title or an article-prefixed adjective of
    nationality ("الشيخة حسينة", "العداءة المغربية حسناء بنحسي"): a word the name lists
    know that is no everyday word, and the name-list words after it. In the training
    parts of ANERcorp and Wojood such a word starts a person 77 times in 80 after a
    title and 80 in 82 after a nationality. (A word with the article ending in ي is an
    adjective of relation, "الفريق الفاسي"; a plural nationality, "الفرنسيين أميل",
    announces no one.)

    A word no list knows starts a name there too when a name-list word or another such
    word follows it ("البلجيكي كزافييه ماليس", "الإسرائيلية تسيبي ليفني"): a word of
    letters alone, with no و before it, that no reading without its proclitics makes an
    everyday word, a nationality or a word with the article ("بالانقراض"), nor one
    without an ending of an everyday word's other forms ("عزما", "اختاروا"). In the same
    training parts such a pair starts a person 36 times in 41 (10 in 12 after a title,
    26 in 29 after a nationality); 5-fold CV of the whole engine, person F1 0.844 ->
    0.848, place F1 unchanged.

    Right after a title with the article or a nationality, the pair's first word may be a
    name-list word that is a frequent word too ("البريطاني تيم هنمان", "المواطن الأميركي
    آدم غادان", "الفيلسوف الألماني كارل ماركس"), when the word after it is a name-list word
    or a word no list knows that is no و-word nor a noun in construct ("الملك سلمان مقاليد
    الحكم"), and the first is no particle ("دون") nor a present verb ("المصرية تأمر
    بتشريح"). In the same training parts such a pair is a person 65 times in 65;
    whole-engine 5-fold CV, person F1 0.8619 -> 0.8630, place unchanged."""
    words, norms = tokens.texts, tokens.norms

    def name_word(i: int) -> bool:
        n = norms[i]
        return (
            i not in taken
            and (
                _listed_name(n, words[i], lex)
                # A name-like frequent word only right after a title with the article
                # ("الرئيس ترامب"; "رئيس حماس", "قال" are no such title). Whole-engine
                # 5-fold CV: person F1 0.848 = 0.848 (ANERcorp predates these names);
                # after any title, or a listed one after a nationality too, 0.846.
                or (
                    name_like(n, lex)
                    and norms[i - 1] in _DEFINITE_TITLES
                    and _may_be_in_a_name(n, words[i], lex)
                )
            )
            and not (n.startswith("ال") and n.endswith("ي"))  # "الفريق الفاسي": an adjective
        )

    def unknown_word(i: int) -> bool:
        return i not in taken and _unlisted(words[i], norms[i], lex)

    def unknown_pair(i: int) -> bool:
        return (
            i + 1 < len(words)
            and not norms[i].startswith("و")
            and (
                (unknown_word(i) and (name_word(i + 1) or unknown_word(i + 1)))
                or (everyday_given(i) and (name_word(i + 1) or plain_last(i + 1)))
            )
        )

    def plain_last(i: int) -> bool:
        # A word no list knows that ends the name: no و-word ("الملك سلمان وسانده"), nor a
        # noun in construct before a word with the article ("سلمان مقاليد الحكم").
        return (
            unknown_word(i)
            and not norms[i].startswith("و")
            and not (
                i + 1 < len(words)
                and norms[i + 1].startswith("ال")
                and norms[i + 1] not in _RELATIVES
            )
        )

    def everyday_given(i: int) -> bool:
        # A name-list word that is a frequent word too ("تيم", "آدم", "جون"), right after
        # a title with the article or a nationality: it starts a pair (see above).
        n, before = norms[i], norms[i - 1]
        return (
            i not in taken
            and (before in _DEFINITE_TITLES or before in lex.nationalities)
            and (n in lex.name_units or n in lex.given_names)
            and n in lex.frequent_words
            and not n.startswith("ال")
            and n not in PARTICLES
            and not _present_verb(n, lex)
            and _may_be_in_a_name(n, words[i], lex)
        )

    def announces(n: str) -> bool:
        # One person's title or nationality: not a plural ("الفرنسيين أميل").
        return n in PERSON_TITLES or (
            n.startswith("ال") and n in lex.nationalities and not n.endswith(("ين", "ون"))
        )

    # The announcing words, asked once per distinct word; the names after them in order.
    announcing = np.fromiter(
        map(announces, tokens.type_norms), dtype=bool, count=len(tokens.type_norms)
    )
    out: list[Span] = []
    free_from = 1  # a name's next word cannot start another one
    for i in (k + 1 for k in tokens.where_type(announcing)):
        if i < free_from or i >= len(words):
            continue
        pair = unknown_pair(i)
        if (pair or name_word(i)) and not names_a_thing(words, norms, i):
            end = i + 2 if pair else i + 1
            while end < len(words) and end - i < _MAX_ANNOUNCED and name_word(end):
                end += 1
            out.append(Span("person", i, end, 0, " ".join(norms[i:end])))
            taken.update(range(i, end))
            free_from = end + 1
    return out


def _plain_unlisted(i: int, tokens: Tokens, lex: Lexicons) -> bool:
    """A word no list knows (see _unlisted) with nothing of an everyday word's grammar
    about it, which news writes of common words the lists are too short to know: no
    possessive pronoun at its end as written ("معاليه", "سماحته"; "عليوة" ends in ta
    marbuta, "رودا" in an alef), no masculine plural's ending ("لاجئون"), no present
    verb's ي ("يستاء")."""
    word, n = tokens.texts[i], tokens.norms[i]
    return (
        _unlisted(word, n, lex)
        and not strip_marks(word).endswith(_PRONOUNS)
        and not n.endswith("ون")
        and not n.startswith("ي")
        # Nor a participle's plural or its adverb ("مسؤولو", "وأضاف مازحا", "مانحا").
        and not (n.startswith("م") and n.endswith(("و", "ا")))
    )


def spoken(tokens: Tokens, taken: set[int], lex: Lexicons) -> list[Span]:
    """A word no list knows alone right after a man's verb of saying ("وقال باتشان",
    "وأوضح شوغاي", "وأضاف بلازي"), as `announced` takes a pair after one: the subject, a
    person, and that person where the word comes again alone (see propagation). A plain
    word (see _plain_unlisted), not a و-word nor in construct before a word with the
    article ("وصرح سكرتير الرئاسة"). In the training parts of ANERcorp and Wojood such a
    word is a person 17 times in 17. After "أكد" and "دعا" an object follows as often in
    news ("وأكد حرص", "وأكد إدانة", "ودعا إخوانه"), and after a woman's verb a company
    ("وقالت نوكيا"), so those are left out. 5-fold CV of the whole engine on the ANERcorp
    training part: person F1 0.8608 -> 0.8617 (recall 0.8190 -> 0.8206), place unchanged."""
    words, norms = tokens.texts, tokens.norms
    saying = np.fromiter(
        (n in _SAYING_VERBS for n in tokens.type_norms), dtype=bool, count=len(tokens.type_norms)
    )
    out: list[Span] = []
    for i in (k + 1 for k in tokens.where_type(saying)):
        if i >= len(words) or i in taken:
            continue
        n = norms[i]
        if (
            _plain_unlisted(i, tokens, lex)
            and not n.startswith("و")
            # Nor a noun in construct ("وصرح سكرتير الرئاسة", "أكد مبعوث الأمم المتحدة").
            and not (
                i + 1 < len(words)
                and norms[i + 1].startswith("ال")
                and norms[i + 1] not in _RELATIVES
            )
            and not (
                i + 1 < len(words)
                and (
                    _listed_name(norms[i + 1], words[i + 1], lex)
                    or _unlisted(words[i + 1], norms[i + 1], lex)
                )
            )
            and not names_a_thing(words, norms, i)
        ):
            out.append(Span("person", i, i + 1, 0, n))
            taken.add(i)
    return out


def _present_verb(norm: str, lex: Lexicons) -> bool:
    """A present verb, whose other persons are frequent words too ("تأمر": "يأمر")."""
    return norm[0] in _PERSON_PREFIXES and any(
        p + norm[1:] in lex.frequent_words for p in _PERSON_PREFIXES if p != norm[0]
    )


def _may_be_in_a_name(norm: str, word: str, lex: Lexicons) -> bool:
    """No common word, and nothing a name never is (see name_checks)."""
    return norm not in lex.common_words and not not_a_name(norm, lex) and not never_in_a_name(word)


def _listed_name(norm: str, word: str, lex: Lexicons) -> bool:
    """A word the name lists know that is no everyday word and may be in a name."""
    return (
        (norm in lex.name_units or norm in lex.given_names)
        and norm not in lex.frequent_words
        and _may_be_in_a_name(norm, word, lex)
    )


def _unlisted(word: str, norm: str, lex: Lexicons) -> bool:
    """A word of letters alone that the name lists do not know, and that no reading
    without its proclitics makes an everyday word, a nationality or a word with the
    article, nor one without an ending of an everyday word's other forms (see
    announced)."""

    def everyday(w: str) -> bool:
        return w in lex.frequent_words or w in lex.common_words

    return (
        _ARABIC_LETTERS.fullmatch(norm) is not None
        and norm not in lex.name_units
        and norm not in lex.given_names
        and not any(
            s.startswith("ال") or everyday(s) or s in lex.nationalities
            for _, s in proclitic_splits(word)
        )
        and not any(
            norm.endswith(e) and len(norm) - len(e) >= 3 and everyday(norm[: -len(e)])
            for e in FORM_ENDINGS
        )
        and not not_a_name(norm, lex)
        and not never_in_a_name(word)
    )


def coordinated(tokens: Tokens, found: list[Span], taken: set[int], lex: Lexicons) -> list[Span]:
    """Names joined by "و" to a person's name, which the model missed ("بوش وشارون
    وبلير", "الحكيم والجعفري والصدر"): after the name, "و" and a name-list word that is
    no everyday word (and the name-list words after it), or "و" and a pair of words as
    `announced` takes one after a title ("وديفد تريزيغيه"); before a name that starts
    with "و", a name-list word ("شارون وبوش"). In the training parts of ANERcorp and
    Wojood, right after a person's name such a word is a person 37 times in 37, such a
    pair 8 in 9; before one, 7 in 7. (Any word no list knows after the و: 15 in 33,
    verbs and pronoun forms, "وأنجب", "واعوانه".) 5-fold CV of the whole engine: person
    F1 0.848 -> 0.851, place F1 unchanged.

    The pair's first word may also be a name-list word that is frequent or everyday
    ("وفرج شلبي", "وترينت سينسبيري"), though not a frequent word with the article, when
    the word after it is no و-word, no plural of relation ("وقادة حوثيين") and has no
    everyday reading without a proclitic ("وليا لولي العهد"): in the training part of
    ANERcorp, after a person such a pair is a person 27 times in 29; whole-engine 5-fold
    CV, person F1 0.8601 -> 0.8608, place unchanged."""
    words, norms = tokens.texts, tokens.norms

    def name_word(norm: str, i: int) -> bool:
        return _listed_name(norm, words[i], lex)

    out: list[Span] = []
    for i in sorted(f.end for f in found):
        # The name found here may have another after it in turn.
        while i < len(words) and i not in taken and norms[i].startswith("و"):
            splits = proclitic_splits(words[i])
            stem = norms[i][1:]
            if len(splits) < 2 or splits[1][1] != stem:
                break
            # Or, as after a title, a word no list knows before another ("وديفد تريزيغيه").
            pair = (
                i + 1 < len(words)
                and i + 1 not in taken
                and (
                    _unlisted(words[i][splits[1][0] :], stem, lex)
                    or (
                        (stem in lex.given_names or stem in lex.name_units)
                        and not (stem in lex.frequent_words and stem.startswith("ال"))
                        and not norms[i + 1].startswith("و")
                        and not norms[i + 1].endswith(("يين", "يون"))
                        and not any(
                            s in lex.common_words or s in lex.frequent_words
                            for _, s in proclitic_splits(words[i + 1])[1:]
                        )
                        and not not_a_name(stem, lex)
                        and not never_in_a_name(words[i][splits[1][0] :])
                    )
                )
                and (name_word(norms[i + 1], i + 1) or _unlisted(words[i + 1], norms[i + 1], lex))
            )
            if not (pair or name_word(stem, i)):
                break
            end = i + 2 if pair else i + 1
            while (
                end < len(words)
                and end - i < _MAX_ANNOUNCED
                and end not in taken
                and name_word(norms[end], end)
            ):
                end += 1
            out.append(Span("person", i, end, splits[1][0], " ".join([stem, *norms[i + 1 : end]])))
            taken.update(range(i, end))
            i = end
    for f in found:
        i = f.first - 1
        if (
            f.offset
            and norms[f.first].startswith("و")
            and i >= 0
            and i not in taken
            and name_word(norms[i], i)
        ):
            out.append(Span("person", i, i + 1, 0, norms[i]))
            taken.add(i)
    return out
