"""Person mentions: the model's PERS spans, cleaned of titles and clitics, then propagated."""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np

from reader.entities.clitics import bare_form, proclitic_splits
from reader.entities.cued_names import announced, coordinated, spoken
from reader.entities.cues import (
    AMOUNT_WORDS,
    CHAIN_LINKS,
    CLUB_PREFIXES,
    IN_THE_NAME_OF,
    NAME_LINKS,
    NAMED_AFTER_HEADS,
    ORG_HEADS,
    ORGS_NAMED_AFTER,
    PERSON_TITLES,
    POSSESSIVE_SUFFIXES,
    PRODUCT_NOUNS,
    SPEAKS_FOR_WORDS,
    SPELLED_LETTERS,
    THING_HEADS,
)
from reader.entities.gazetteer import Lexicons
from reader.entities.name_checks import (
    name_like,
    names_a_thing,
    never_in_a_name,
    not_a_name,
)
from reader.entities.normalize import normalize, strip_marks
from reader.entities.propagation import propagate
from reader.entities.readings import Readings
from reader.entities.spans import Span
from reader.entities.tokens import Tokens

_WORD = re.compile(r"[^\W\d_]")
# Nouns that head a thing's name are not inside a person's: in the training parts of
# ANERcorp and Wojood none of their 1,129 occurrences is ("سامسونغ هاتف"); nor are
# amounts (see cues).
_HEAD_NOUNS = NAMED_AFTER_HEADS | THING_HEADS | PRODUCT_NOUNS | AMOUNT_WORDS
# A span of the model that starts with one of these names a thing, an amount or an
# organisation ("فيروس كورونا", "تريليون ريال", "بفندق شيراتون"): no part of it is a
# person. (None of the 1,049 occurrences of cues.ORGS_NAMED_AFTER in the training parts of
# ANERcorp and Wojood is inside a name.) Nor does a club's first word ("أولمبيك آسفي",
# "ريال للمتر", a price in riyals): none of the 24 in those training parts is in a name.
_NOT_FIRST = THING_HEADS | AMOUNT_WORDS | ORGS_NAMED_AFTER | CLUB_PREFIXES
_PROCLITIC_LETTERS = frozenset("وفبلك")
_PROCLITIC_TITLES = PERSON_TITLES - {normalize("ولي")}


def find_people(
    tokens: Tokens, model_spans: list[Span], blocked: set[int], lex: Lexicons, readings: Readings
) -> list[Span]:
    """Person mentions not overlapping `blocked` tokens (places, dates), in token order
    (`readings`: of tokens.types)."""
    words, norms = tokens.texts, tokens.norms
    doc_names = {norms[i] for span in model_spans for i in span.tokens}
    found: list[Span] = []
    spans = [
        part
        for first, end in _join_adjacent(words, norms, model_spans, lex)
        for part in _split_coordination(words, norms, first, end, lex)
    ]
    things: set[int] = set()  # tokens of names that name a thing ("متنزه الأمير سلطان")
    in_the_name_of = _in_the_name_of(tokens)
    for first, end in spans:
        if any(stem in _NOT_FIRST for _, stem in proclitic_splits(words[first])):
            continue
        if _organisation_possessed(words[first]) or (
            first > 0 and _organisation_possessed(words[first - 1])
        ):
            continue
        end = _extend_chain(words, norms, end, lex)
        first, end = _trim(words, norms, first, end, lex)
        while first < end and first in in_the_name_of:
            first += 1
        end = _with_surname(words, norms, first, end, blocked, lex)
        # A name that runs into a date or a place ends before it ("كولن باول أمس الأول").
        cut = next((t for t in range(first, end) if t in blocked), end)
        if cut < end and cut - first >= 2:
            first, end = _trim(words, norms, first, cut, lex)
        if end <= first or any(t in blocked for t in range(first, end)):
            continue
        # A chain carried on over "آل" may take in the model's next span ("سعود").
        if found and first < found[-1].end:
            continue
        if names_a_thing(words, norms, first):
            things.update(range(first, end))  # nor is a part of it a person
            continue
        offset, stem = _first_word(words[first], norms[first], doc_names, lex)
        bare = [stem, *norms[first + 1 : end]]
        # "لصالح" is "in favour of" before it is "for Salih".
        if end - first == 1 and (
            not_a_name(stem, lex) or norms[first] in lex.common_words or _possessed(stem, lex)
        ):
            continue
        if end - first == 2 and _named_after_a_city(bare[-1], lex):
            continue
        if _company_adjective(norms, end, lex):
            continue
        found.append(Span("person", first, end, offset, " ".join(bare)))
    # (5-fold CV of the whole engine: person F1 0.847 -> 0.848, 8 false persons fewer.)
    found = _without_doubtful_words(found, norms, lex)
    taken = blocked | things | in_the_name_of
    for f in found:
        taken.update(range(f.first, f.end))
    found += announced(tokens, taken, lex)
    said = spoken(tokens, taken, lex)
    found += said
    found += coordinated(tokens, found, taken, lex)
    extra = propagate(found, tokens, readings, taken, lex, frozenset(f.key for f in said))
    extra += coordinated(tokens, found + extra, taken, lex)
    # "بي بي سي": an acronym spelled out is no person (see cues).
    people = [f for f in found + extra if not SPELLED_LETTERS.issuperset(f.key.split(" "))]
    return sorted(people, key=lambda f: f.first)


def _in_the_name_of(tokens: Tokens) -> set[int]:
    """The tokens "باسم" that mean "in the name of" ("المتحدث باسم الخارجية"; see cues),
    and the words with the article right after them: the body spoken for, no person's
    name ("المتحدث باسم البيت الأبيض توني سنو"). In the training parts of ANERcorp and
    Wojood none of the 49 such words after such a "باسم" is in a name."""
    norms = tokens.norms
    wanted = np.fromiter(
        (n == IN_THE_NAME_OF for n in tokens.type_norms), dtype=bool, count=len(tokens.types)
    )
    out: set[int] = set()
    for i in tokens.where_type(wanted):
        if i > 0 and any(
            stem in SPEAKS_FOR_WORDS for _, stem in proclitic_splits(tokens.texts[i - 1])
        ):
            out.add(i)
            i += 1
            while i < len(norms) and norms[i].startswith("ال"):
                out.add(i)
                i += 1
    return out


def _first_word(word: str, norm: str, doc_names: set[str], lex: Lexicons) -> tuple[int, str]:
    """Where a name's first word starts, and its bare form: a و-initial word the name
    lists know whole keeps its و ("واين روني", "وانغ", "ويلكس") unless the rest is a
    given name ("وإيمان", "وكيلي": و + إيمان, و + كيلي): in the training parts of
    ANERcorp and Wojood, the 30 words so written inside a person's name are a name
    whole; a conjunction before a name is written so 145 times, none a word the lists
    know whole ("ومحمد")."""
    if norm.startswith("و") and norm in lex.name_units and norm[1:] not in lex.given_names:
        return 0, norm
    return bare_form(word, (lex.given_names,), stripped_known=doc_names, unknown="conjunction")


def _without_doubtful_words(found: list[Span], norms: list[str], lex: Lexicons) -> list[Span]:
    """The model's one-word names that are an everyday word with the article ("الإسلام",
    "النصر", "الأسد" of a text on lions) are dropped, unless a title comes before them
    or the text names someone with the word in a longer name ("بشار الأسد")."""
    in_full = {part for f in found if " " in f.key for part in f.key.split(" ")}

    def doubtful(f: Span) -> bool:
        return (
            f.end - f.first == 1
            and f.key.startswith("ال")
            and f.key in lex.frequent_words
            and f.key not in in_full
            and not (f.first > 0 and norms[f.first - 1] in PERSON_TITLES)
        )

    return [f for f in found if not doubtful(f)]


def _with_surname(
    words: list[str], norms: list[str], first: int, end: int, blocked: set[int], lex: Lexicons
) -> int:
    """A name the model ended on a given name goes on through a surname that news names
    so often it is a frequent word, which the model takes for an everyday one ("دونالد"
    + "ترامب"; see name_checks.name_like)."""
    if (
        first < end < len(words)
        and norms[end - 1] in lex.given_names
        and end not in blocked
        and name_like(norms[end], lex)
        and not never_in_a_name(words[end])
    ):
        return end + 1
    return end


def _company_adjective(norms: list[str], end: int, lex: Lexicons) -> bool:
    """A feminine adjective of nationality right after the name ("بلو بولي الفرنسية",
    "تويوتا اليابانية"): the name is a company's or an organisation's, not a person's. In
    the training data a name before such an adjective is an ORG 22 times, a LOC 13, MISC
    3, PERS 2 (CV of the engine: person F1 0.848 =, the model rarely reads them PERS)."""
    return end < len(norms) and norms[end] in lex.nationalities and norms[end].endswith("يه")


def _trim(
    words: list[str], norms: list[str], first: int, end: int, lex: Lexicons
) -> tuple[int, int]:
    """Drop titles, adjectives and punctuation at either edge of a span."""

    def droppable(i: int) -> bool:
        n = bare_form(words[i])[1]
        return (
            not _WORD.search(words[i])
            or norms[i] in PERSON_TITLES
            or n in PERSON_TITLES
            # A title after a proclitic ("لصاحب السمو", "بالجنرال"), unless the name lists
            # know the word whole: in the training parts of ANERcorp and Wojood 1 of the 157
            # so written is inside a name ("ومعالى", itself a title). Not "ولي", which
            # names read as a proclitic + it ("بولي", "فولي").
            or (
                norms[i] not in lex.name_units
                and any(stem in _PROCLITIC_TITLES for _, stem in proclitic_splits(words[i])[1:])
            )
            or norms[i] in lex.nationalities
            or norms[i] in ORG_HEADS
            or n in lex.common_words
            or never_in_a_name(words[i])
            or n in _HEAD_NOUNS
        )

    # A well-known place before a name is not part of it ("بلدية طولكرم محمد أمين").
    places = lex.places
    while first < end and (
        droppable(first)
        or (norms[first] in places.single and norms[first] not in places.ambiguous)
        or (
            end - first >= 2
            and any(_everyday_with_article(stem, lex) for _, stem in proclitic_splits(words[first]))
        )
        or _and_everyday(norms[first], lex)
    ):
        first += 1
    while end > first and (
        norms[end - 1] in NAME_LINKS
        or (
            # "عبد العظيم", "بن خليفة": the word a link asks for stays.
            not (end - 2 >= first and norms[end - 2] in NAME_LINKS)
            and (
                droppable(end - 1)
                or _possessed(norms[end - 1], lex)
                or (end - first >= 2 and _clitic_and_everyday(words[end - 1], lex))
                or (end - first >= 2 and _everyday_last(norms[end - 1], lex))
            )
        )
    ):
        end -= 1
    return first, end


def _everyday_with_article(norm: str, lex: Lexicons) -> bool:
    """A frequent word with the article that the name lists do not know, and whose bare
    form is an everyday word too ("الخيال", the jockey, "البيت"): it begins no name of
    several words ("الخيال ريان الطويرش" -> "ريان الطويرش"). In the training parts of
    ANERcorp and Wojood none of the 18,935 such words is the first of a person's name of
    two words or more (the names that start so, "الحسن", "الحسين", "الياس", are known)."""
    return (
        norm.startswith("ال")
        and norm in lex.frequent_words
        and norm not in lex.name_units
        and norm not in lex.given_names
        and _everyday(norm[2:], lex)
    )


def _clitic_and_everyday(word: str, lex: Lexicons) -> bool:
    """A word no list knows whole that is a proclitic + an everyday word of four letters
    or more the name lists do not know ("لدعوة", "بإيجاد", "لراديو", "كالرجل"): the
    model's name ran on into the words after it ("غاري كاهيل بإيجاد"). In the training
    parts of ANERcorp and Wojood none of the 3,916 words so written ends a person's name.
    (Not a stem of three letters nor one with a verb's ي: "كيري" is no ك + "يري", nor
    "بيكون" ب + "يكون".)"""
    norm = normalize(word)
    if _known_name_word(norm, lex) or _everyday(norm, lex):
        return False
    return any(
        len(stem) >= 4
        and stem[0] != "ي"
        and _everyday(stem, lex)
        and not _known_name_word(stem, lex)
        for _, stem in proclitic_splits(word)[1:]
    )


def _everyday_last(norm: str, lex: Lexicons) -> bool:
    """A frequent word of four letters or more the name lists do not know, without the
    article or a و ("بالكامل"): it ends no name of several words. In the training
    parts of ANERcorp and Wojood 1 of the 22,584 such words does ("مدافع")."""
    return (
        len(norm) >= 4
        and norm in lex.frequent_words
        and not norm.startswith(("ال", "و"))
        and not _known_name_word(norm, lex)
    )


def _known_name_word(norm: str, lex: Lexicons) -> bool:
    return norm in lex.given_names or norm in lex.name_units or norm in lex.name_like_words


def _and_everyday(norm: str, lex: Lexicons) -> bool:
    """ "و" + an everyday word the name lists do not know ("وفاز جوكوفيتش", "وتمارس",
    "وفنادق العالم"): the model took the conjunct for a name. In the training parts of
    ANERcorp and Wojood 4 of the 5,683 words so written begin a person's name, none is
    inside one."""
    bare = norm[1:]
    return (
        norm.startswith("و")
        and len(norm) > 3
        and _everyday(bare, lex)
        and not _known_name_word(bare, lex)
        and norm not in lex.name_units
    )


def _organisation_possessed(word: str) -> bool:
    """An organisation's noun of cues.ORGS_NAMED_AFTER with a possessive pronoun
    ("ناديه لاغونتواز", "his club La Gantoise"): the name in it or after it is the
    organisation's. In the training parts of ANERcorp and Wojood a name follows such a
    word 1 time in 61 (ORG), no person, nor is the word in a name. (A final ة is no pronoun:
    "نادية" is Nadia, which folds to "ناديه".)"""
    return not strip_marks(word).endswith("ة") and any(
        stem.endswith(suffix)
        and len(stem) - len(suffix) >= 3
        and stem[: -len(suffix)] in ORGS_NAMED_AFTER
        for _, stem in proclitic_splits(word)
        for suffix in POSSESSIVE_SUFFIXES
    )


def _possessed(norm: str, lex: Lexicons) -> bool:
    """A common word with a possessive pronoun ("دعمه") or the accusative's alef
    ("برنامجا"): the model's name ran on into the words after it, or took a word for
    a name. (In the training names this would cut 2 in 2,652.)"""
    return norm not in lex.given_names and any(
        norm.endswith(suffix)
        and len(norm) - len(suffix) >= 3
        and (
            norm[: -len(suffix)] in lex.common_words
            # The ة of a feminine noun is written ت before the pronoun ("زوجته",
            # "حكومتها"): in the training parts of ANERcorp and Wojood none of the 559
            # words so written (no name-list word) is in a name.
            or (
                suffix != "ا"
                and norm[-len(suffix) - 1] == "ت"
                and norm not in lex.name_units
                and _everyday(norm[: -len(suffix) - 1] + "ه", lex)
            )
        )
        for suffix in POSSESSIVE_SUFFIXES
    )


def _everyday(norm: str, lex: Lexicons) -> bool:
    """An everyday word: one of the common words or of wordfreq's frequent ones."""
    return norm in lex.common_words or norm in lex.frequent_words


def _join_adjacent(
    words: list[str], norms: list[str], model_spans: list[Span], lex: Lexicons
) -> list[tuple[int, int]]:
    """The model's PERS spans, two that touch made one ("كريستالينا" + "غورغييفا"):
    two people side by side are joined by "و" or a preposition ("بوش وبلير",
    "ماتيراتزي لزيدان"), and a second span starting so stays apart."""
    out: list[list[int]] = []
    for span in model_spans:
        if span.kind != "PERS":
            continue
        first, end = span.first, span.end
        if (
            out
            and out[-1][1] == first
            and (norms[first][0] not in _PROCLITIC_LETTERS or norms[first] in lex.given_names)
        ):
            out[-1][1] = end
        else:
            out.append([first, end])
    return [(first, end) for first, end in out]


def _split_coordination(
    words: list[str], norms: list[str], first: int, end: int, lex: Lexicons
) -> Iterator[tuple[int, int]]:
    """Two names joined by "و" are two people ("كاسياس وراموس", "هاني وسليمان"); a word
    that merely starts with و ("وليد") does not split, nor one the name lists know whole
    ("ألكسندر وانغ", "جاك ويلشير"): in the training parts of ANERcorp and Wojood such a
    word after a name's first word is inside the name 18 times, never a second person."""
    start = first
    for i in range(first + 1, end):
        if (
            norms[i].startswith("و")
            and len(norms[i]) > 3
            and norms[i] not in lex.given_names
            and norms[i] not in lex.name_units
        ):
            yield start, i
            start = i
    yield start, end


def _named_after_a_city(last: str, lex: Lexicons) -> bool:
    """ "دينامو كييف", "ريال مدريد": two words ending in a well-known city name a team."""
    gaz = lex.places
    return last in gaz.cities and last not in gaz.ambiguous


def _extend_chain(words: list[str], norms: list[str], end: int, lex: Lexicons) -> int:
    """Carry a name on through "بن X", "آل X" links the model left out
    ("سلمان بن عبدالعزيز" + "آل سعود")."""
    if end < len(words) and norms[end - 1] in CHAIN_LINKS and _chain_word(words, norms, end, lex):
        end += 1  # the model stopped on the link itself ("... بن عبدالعزيز آل" + "سعود")
    while (
        end + 1 < len(words)
        and norms[end] in CHAIN_LINKS
        and _chain_word(words, norms, end + 1, lex)
    ):
        end += 2
    return end


def _chain_word(words: list[str], norms: list[str], i: int, lex: Lexicons) -> bool:
    return (
        bool(_WORD.search(words[i]))
        and norms[i] not in lex.common_words
        and norms[i] not in PERSON_TITLES
    )
