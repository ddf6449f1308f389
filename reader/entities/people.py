"""Person mentions: the model's PERS spans, cleaned of titles and clitics, then propagated."""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np

from reader.entities.clitics import bare_form, proclitic_splits
from reader.entities.cues import (
    AMOUNT_WORDS,
    CHAIN_LINKS,
    NAME_LINKS,
    NAMED_AFTER_HEADS,
    ORG_HEADS,
    PERSON_TITLES,
    POSSESSIVE_SUFFIXES,
    PRODUCT_NOUNS,
    THING_HEADS,
)
from reader.entities.gazetteer import Lexicons
from reader.entities.name_checks import (
    FORM_ENDINGS,
    name_like,
    names_a_thing,
    never_in_a_name,
    not_a_name,
)
from reader.entities.propagation import propagate
from reader.entities.readings import Readings
from reader.entities.spans import Span
from reader.entities.tokens import Tokens

_WORD = re.compile(r"[^\W\d_]")
_ARABIC_LETTERS = re.compile("[\u0621-\u064a]+")
# Nouns that head a thing's name are not inside a person's: in the training parts of
# ANERcorp and Wojood none of their 1,129 occurrences is ("سامسونغ هاتف"); nor are
# amounts (see cues).
_HEAD_NOUNS = NAMED_AFTER_HEADS | THING_HEADS | PRODUCT_NOUNS | AMOUNT_WORDS
# A span of the model that starts with one of these names a thing or an amount
# ("فيروس كورونا", "تريليون ريال"): no part of it is a person.
_NOT_FIRST = THING_HEADS | AMOUNT_WORDS
_PROCLITIC_LETTERS = frozenset("وفبلك")
_DEFINITE_TITLES = frozenset(t for t in PERSON_TITLES if t.startswith("ال"))
# A name found after a title (see _announced) runs at most this many words.
_MAX_ANNOUNCED = 3


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
    for first, end in spans:
        if any(stem in _NOT_FIRST for _, stem in proclitic_splits(words[first])):
            continue
        end = _extend_chain(words, norms, end, lex)
        first, end = _trim(words, norms, first, end, lex)
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
        offset, stem = bare_form(
            words[first], (lex.given_names,), stripped_known=doc_names, unknown="conjunction"
        )
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
    taken = blocked | things
    for f in found:
        taken.update(range(f.first, f.end))
    found += _announced(tokens, taken, lex)
    extra = propagate(found, tokens, readings, taken, lex)
    return sorted(found + extra, key=lambda f: f.first)


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


def _announced(tokens: Tokens, taken: set[int], lex: Lexicons) -> list[Span]:
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
    0.848, place F1 unchanged."""
    words, norms = tokens.texts, tokens.norms

    def name_word(i: int) -> bool:
        n = norms[i]
        listed = n in lex.name_units or n in lex.given_names
        return (
            i not in taken
            and (
                (listed and n not in lex.frequent_words)
                # A name-like frequent word only right after a title with the article
                # ("الرئيس ترامب"; "رئيس حماس", "قال" are no such title). Whole-engine
                # 5-fold CV: person F1 0.848 = 0.848 (ANERcorp predates these names);
                # after any title, or a listed one after a nationality too, 0.846.
                or (name_like(n, lex) and norms[i - 1] in _DEFINITE_TITLES)
            )
            and n not in lex.common_words
            and not not_a_name(n, lex)
            and not never_in_a_name(words[i])
            and not (n.startswith("ال") and n.endswith("ي"))  # "الفريق الفاسي": an adjective
        )

    def everyday(w: str) -> bool:
        return w in lex.frequent_words or w in lex.common_words

    def unknown_word(i: int) -> bool:
        n = norms[i]
        return (
            i not in taken
            and _ARABIC_LETTERS.fullmatch(n) is not None
            and n not in lex.name_units
            and n not in lex.given_names
            and not any(
                s.startswith("ال") or everyday(s) or s in lex.nationalities
                for _, s in proclitic_splits(words[i])
            )
            and not any(
                n.endswith(e) and len(n) - len(e) >= 3 and everyday(n[: -len(e)])
                for e in FORM_ENDINGS
            )
            and not not_a_name(n, lex)
            and not never_in_a_name(words[i])
        )

    def unknown_pair(i: int) -> bool:
        return (
            i + 1 < len(words)
            and not norms[i].startswith("و")
            and unknown_word(i)
            and (name_word(i + 1) or unknown_word(i + 1))
        )

    def announces(n: str) -> bool:
        # One person's title or nationality: not a plural ("الفرنسيين أميل").
        return n in PERSON_TITLES or (
            n.startswith("ال") and n in lex.nationalities and not n.endswith(("ين", "ون"))
        )

    # The announcing words, asked once per distinct word; the names after them in order.
    announcing = np.fromiter(map(announces, tokens.type_norms), dtype=bool,
                             count=len(tokens.type_norms))
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
            or norms[i] in lex.nationalities
            or norms[i] in ORG_HEADS
            or n in lex.common_words
            or never_in_a_name(words[i])
            or n in _HEAD_NOUNS
        )

    # A well-known place before a name is not part of it ("بلدية طولكرم محمد أمين").
    places = lex.places
    while first < end and (
        droppable(first) or (norms[first] in places.single and norms[first] not in places.ambiguous)
    ):
        first += 1
    while end > first and (
        norms[end - 1] in NAME_LINKS
        or (
            # "عبد العظيم", "بن خليفة": the word a link asks for stays.
            not (end - 2 >= first and norms[end - 2] in NAME_LINKS)
            and (droppable(end - 1) or _possessed(norms[end - 1], lex))
        )
    ):
        end -= 1
    return first, end


def _possessed(norm: str, lex: Lexicons) -> bool:
    """A common word with a possessive pronoun ("دعمه") or the accusative's alef
    ("برنامجا"): the model's name ran on into the words after it, or took a word for
    a name. (In the training names this would cut 2 in 2,652.)"""
    return norm not in lex.given_names and any(
        norm.endswith(suffix)
        and len(norm) - len(suffix) >= 3
        and norm[: -len(suffix)] in lex.common_words
        for suffix in POSSESSIVE_SUFFIXES
    )


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
    """Two names joined by "و" are two people ("كاسياس وراموس"); a word that merely
    starts with و ("وليد") does not split."""
    start = first
    for i in range(first + 1, end):
        if norms[i].startswith("و") and len(norms[i]) > 3 and norms[i] not in lex.given_names:
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
