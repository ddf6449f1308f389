"""What a person's name is not: words never in one, words no name alone, names of things."""

from __future__ import annotations

import re

from reader.entities.clitics import proclitic_splits
from reader.entities.cues import (
    NAMED_AFTER_HEADS,
    OPENING_QUOTES,
    ORG_HEADS,
    ORGS_NAMED_AFTER,
    PERSON_TITLES,
    PLACE_HEADS,
    PLACE_NAME_PREFIXES,
    PRODUCT_HEADS,
    PRODUCT_NOUNS,
    THING_HEADS,
    WRITTEN_ALA,
    WRITTEN_AMAM,
    WRITTEN_ANNA,
)
from reader.entities.gazetteer import Lexicons
from reader.entities.normalize import normalize, strip_marks

# The accusative's tanwin marks a common word or an adverb ("بلاغاً", "خامساً", "سالفاً"):
# of the words written with a tanwin in the training parts of ANERcorp and Wojood, 0 of
# 535 and 0 of 91 are inside a name. (Only fathatan: in vocalised verse a name takes the
# other case endings, "نزارٍ".)
_TANWIN = re.compile("\u064b")
# Words as written (marks removed) that are never in a name: see cues.
_WRITTEN_NEVER_IN_A_NAME = WRITTEN_ALA | WRITTEN_ANNA | WRITTEN_AMAM
# A name after one of these names a thing, an organisation or a place (see cues).
_THING_NAMES = NAMED_AFTER_HEADS | PRODUCT_HEADS | ORGS_NAMED_AFTER | PLACE_NAME_PREFIXES
# Between quotes, a name after any thing's or organisation's noun is its title: works
# too ("كتاب « دفاتر شامية »"), which unquoted are often a person's ("رواية نجيب محفوظ").
_QUOTED_THING_HEADS = _THING_NAMES | THING_HEADS | ORG_HEADS | PRODUCT_NOUNS
# "عن طريق" is "by way of" ("هدف عن طريق مروان الشماخ"): in the training parts of
# ANERcorp and Wojood a person follows it 6 times in 33, a place 2 times.
_BY, _ROAD = normalize("عن"), normalize("طريق")
# God is no person mention (news-dev's conventions); alone, "الله" is a person in 5 of its
# 74 occurrences outside longer names in the training parts of ANERcorp and Wojood.
_GOD = "الله"
# Pronouns, demonstratives, prepositions and particles: in the training parts of ANERcorp
# and Wojood 9 of their 16,976 occurrences are inside a name ("صفقة جوسيمار هي العاشرة":
# the model ran the name on into the pronoun). (على, which folds to the name علي: see cues.)
# "بين" ("between"; "Ben" is written "بن") is in none of its 305: a name the model ran on
# from it ("بين برشلونة") would make every "بين" of the text that person.
_FUNCTION_WORDS = frozenset(map(normalize, (
    "هو", "هي", "هم", "هما", "هن", "أنا", "نحن", "أنت", "هذا", "هذه", "ذلك", "تلك", "هؤلاء",
    "في", "من", "إلى", "عن", "مع", "أن", "إن", "لا", "لم", "لن", "قد", "ما", "أو", "ثم",
    "حتى", "عند", "لدى", "منذ", "كان", "كانت", "التي", "الذي", "الذين", "بين",
)))
# "سلالة" (a dynasty, a breed, a strain) is in none of its 37 occurrences in the training
# part of ANERcorp (Wojood's has none); a span the model ran on into it ("لايعتبر سلالة",
# in a text on lions) made 10 of its later mentions false persons in 5-fold CV.
_NOUNS_NEVER_IN_A_NAME = frozenset(map(normalize, ("سلالة", "السلالة")))


def names_a_thing(words: list[str], norms: list[str], first: int) -> bool:
    """Whether the name at `first` follows an institution's or a street's head noun,
    titles between ("جامعة الملك سعود", "مستشفى الملك فيصل", "شارع محمد الخامس")."""
    i = first - 1
    while i >= 0 and first - i <= 3 and norms[i] in PERSON_TITLES:
        i -= 1
    if i > 0 and norms[i] == _ROAD and norms[i - 1] == _BY:
        return False  # "عن طريق مروان الشماخ": "by way of", no road
    if i > 0 and words[i] in OPENING_QUOTES:
        # A quoted name after a thing's or an organisation's noun is its title ("مسلسل
        # « نصر الله »", "مؤسسة " فيتش ريتنغز "").
        return any(stem in _QUOTED_THING_HEADS for _, stem in proclitic_splits(words[i - 1]))
    return i >= 0 and any(stem in _THING_NAMES for _, stem in proclitic_splits(words[i]))


def never_in_a_name(word: str) -> bool:
    """A word with the accusative tanwin, the preposition على or أمام or a particle أن, إن with a
    proclitic as written (see cues), a pronoun or particle, or "سلالة"."""
    bare = strip_marks(word)
    return (
        _TANWIN.search(word) is not None
        or bare in _WRITTEN_NEVER_IN_A_NAME
        or normalize(bare) in _FUNCTION_WORDS
        or normalize(bare) in _NOUNS_NEVER_IN_A_NAME
    )


def not_a_name(stem: str, lex: Lexicons) -> bool:
    return (
        len(stem) < 2
        or stem == _GOD
        or stem in PERSON_TITLES
        or stem in PLACE_HEADS
        or stem in lex.nationalities
        or (stem in lex.places.single and stem not in lex.places.ambiguous)
    )


# Endings of an everyday word's other forms (its pronouns, plurals, feminine, a verb's
# persons): a name takes none of them, nor the article ("ترامب": "الترامب", "ترامبه"
# are no frequent words).
FORM_ENDINGS = ("ه", "ها", "هم", "ت", "وا", "ون", "ين", "ات", "ة", "ي", "نا", "كم", "ان", "ا")
# A present verb's persons ("يجتمع", "تجتمع"): a name has no other.
_VERB_PREFIXES = "يتنا"
# Prepositions and particles that take no article nor pronoun in that list either (in the
# training parts of ANERcorp and Wojood, "دون" and "إبان" are no person 130 times in 133).
PARTICLES = frozenset(normalize(w) for w in ("دون", "إبان", "تحت", "فوق", "حسب", "سوف"))


def name_like(norm: str, lex: Lexicons) -> bool:
    """Whether a word of wordfreq's frequent list is a name rather than an everyday word
    (see `name_like_words`; the list ships with the lexicons)."""
    return norm in lex.name_like_words


def name_like_words(lex: Lexicons) -> frozenset[str]:
    """Frequent words that are names: news names its people so often that "ترامب",
    "بوتين", "أردوغان" are in wordfreq's frequent list. Such a word has no other form
    there (with the article, a pronoun, a plural, a verb's other persons) and is no form
    of another frequent word. In the training parts of ANERcorp and Wojood, 87 of the 95
    such words after a title are a person. Run by scripts/build_gazetteer.py."""
    frequent, common = lex.frequent_words, lex.common_words
    known = frequent | common

    def other_forms(w: str) -> bool:
        return (
            "ال" + w in frequent
            or any(w + e in frequent for e in FORM_ENDINGS)
            or any(
                w.endswith(e) and len(w) - len(e) >= 3 and w[: -len(e)] in known
                for e in FORM_ENDINGS
            )
            or any(stem != w and stem in known for _, stem in proclitic_splits(w))
            or (
                w[0] in _VERB_PREFIXES
                and any(p + w[1:] in frequent for p in _VERB_PREFIXES if p != w[0])
            )
            or (w[0] == "ي" and w.endswith("ون"))  # "يرون": a verb's plural
            or w.startswith("لل")  # "للاجئين": the preposition and the article
        )

    return frozenset(
        w
        for w in frequent
        if len(w) >= 3
        and w not in common
        and w not in PARTICLES
        and not w.startswith("ال")
        and not not_a_name(w, lex)
        and not other_forms(w)
    )
