"""Person mentions: the model's PERS spans, cleaned of titles and clitics, then propagated."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import numpy as np

from reader.entities.clitics import bare_form, proclitic_splits
from reader.entities.cues import (
    AMOUNT_WORDS,
    CHAIN_LINKS,
    NAME_LINKS,
    NAMED_AFTER_HEADS,
    OPENING_QUOTES,
    ORG_HEADS,
    PERSON_TITLES,
    PLACE_HEADS,
    POSSESSIVE_SUFFIXES,
    PRODUCT_HEADS,
    PRODUCT_NOUNS,
    THING_HEADS,
    WRITTEN_ALA,
)
from reader.entities.gazetteer import Lexicons
from reader.entities.normalize import normalize, strip_marks
from reader.entities.readings import Readings
from reader.entities.spans import Span
from reader.entities.tokens import Tokens

_WORD = re.compile(r"[^\W\d_]")
# The accusative's tanwin marks a common word or an adverb ("بلاغاً", "خامساً", "سالفاً"):
# of the words written with a tanwin in the training parts of ANERcorp and Wojood, 0 of
# 535 and 0 of 91 are inside a name. (Only fathatan: in vocalised verse a name takes the
# other case endings, "نزارٍ".)
_TANWIN = re.compile("\u064b")
# A name after one of these names a thing (see cues).
_THING_NAMES = NAMED_AFTER_HEADS | PRODUCT_HEADS
# Between quotes, a name after any thing's or organisation's noun is its title: works
# too ("كتاب « دفاتر شامية »"), which unquoted are often a person's ("رواية نجيب محفوظ").
_QUOTED_THING_HEADS = _THING_NAMES | THING_HEADS | ORG_HEADS | PRODUCT_NOUNS
# Nouns that head a thing's name are not inside a person's: in the training parts of
# ANERcorp and Wojood none of their 1,129 occurrences is ("سامسونغ هاتف"); nor are
# amounts (see cues).
_HEAD_NOUNS = NAMED_AFTER_HEADS | THING_HEADS | PRODUCT_NOUNS | AMOUNT_WORDS
# A span of the model that starts with one of these names a thing or an amount
# ("فيروس كورونا", "تريليون ريال"): no part of it is a person.
_NOT_FIRST = THING_HEADS | AMOUNT_WORDS
# "عن طريق" is "by way of" ("هدف عن طريق مروان الشماخ"): in the training parts of
# ANERcorp and Wojood a person follows it 6 times in 33, a place 2 times.
_BY, _ROAD = normalize("عن"), normalize("طريق")
# A surname shorter than this is not propagated on its own (too many homographs).
_MIN_SURNAME = 3
_PROCLITIC_LETTERS = frozenset("وفبلك")
# A name found after a title (see _announced) runs at most this many words.
_MAX_ANNOUNCED = 3
# God is no person mention (news-dev's conventions); alone, "الله" is a person in 5 of its
# 74 occurrences outside longer names in the training parts of ANERcorp and Wojood.
_GOD = "الله"
# The last word of a name that is no name alone: a regnal number ("الحسن الثاني", "محمد
# السادس") or the second half of a compound given name ("صلاح الدين"); a later mention
# of it alone is not that person (in 5-fold CV of the whole engine on the ANERcorp
# training part, 13 false persons "الثاني", "الأول", "الدين").
_NOT_ALONE = frozenset(
    normalize(w)
    for w in (
        "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
        "التاسع", "العاشر", "الدين",
    )
)  # fmt: skip


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
        # A name that runs into a date or a place ends before it ("كولن باول أمس الأول").
        cut = next((t for t in range(first, end) if t in blocked), end)
        if cut < end and cut - first >= 2:
            first, end = _trim(words, norms, first, cut, lex)
        if end <= first or any(t in blocked for t in range(first, end)):
            continue
        # A chain carried on over "آل" may take in the model's next span ("سعود").
        if found and first < found[-1].end:
            continue
        if _names_a_thing(words, norms, first):
            things.update(range(first, end))  # nor is a part of it a person
            continue
        offset, stem = bare_form(
            words[first], (lex.given_names,), stripped_known=doc_names, unknown="conjunction"
        )
        bare = [stem, *norms[first + 1 : end]]
        # "لصالح" is "in favour of" before it is "for Salih".
        if end - first == 1 and (
            _not_a_name(stem, lex) or norms[first] in lex.common_words or _possessed(stem, lex)
        ):
            continue
        if end - first == 2 and _named_after_a_city(bare[-1], lex):
            continue
        found.append(Span("person", first, end, offset, " ".join(bare)))
    taken = blocked | things
    for f in found:
        taken.update(range(f.first, f.end))
    found += _announced(tokens, taken, lex)
    extra = _propagate(found, tokens, readings, taken, lex)
    return sorted(found + extra, key=lambda f: f.first)


def _announced(tokens: Tokens, taken: set[int], lex: Lexicons) -> list[Span]:
    """A name the model missed right after a title or an article-prefixed adjective of
    nationality ("الشيخة حسينة", "العداءة المغربية حسناء بنحسي"): a word the name lists
    know that is no everyday word, and the name-list words after it. In the training
    parts of ANERcorp and Wojood such a word starts a person 77 times in 80 after a
    title and 80 in 82 after a nationality. (A word with the article ending in ي is an
    adjective of relation, "الفريق الفاسي"; a plural nationality, "الفرنسيين أميل",
    announces no one.)"""
    words, norms = tokens.texts, tokens.norms

    def name_word(i: int) -> bool:
        n = norms[i]
        return (
            i not in taken
            and (n in lex.name_units or n in lex.given_names)
            and n not in lex.frequent_words
            and n not in lex.common_words
            and not _not_a_name(n, lex)
            and not _never_in_a_name(words[i])
            and not (n.startswith("ال") and n.endswith("ي"))  # "الفريق الفاسي": an adjective
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
        if name_word(i) and not _names_a_thing(words, norms, i):
            end = i + 1
            while end < len(words) and end - i < _MAX_ANNOUNCED and name_word(end):
                end += 1
            out.append(Span("person", i, end, 0, " ".join(norms[i:end])))
            taken.update(range(i, end))
            free_from = end + 1
    return out


def _names_a_thing(words: list[str], norms: list[str], first: int) -> bool:
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
            or _never_in_a_name(words[i])
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


def _never_in_a_name(word: str) -> bool:
    """A word with the accusative tanwin, or the preposition على as written (see cues)."""
    return _TANWIN.search(word) is not None or strip_marks(word) in WRITTEN_ALA


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


def _not_a_name(stem: str, lex: Lexicons) -> bool:
    return (
        len(stem) < 2
        or stem == _GOD
        or stem in PERSON_TITLES
        or stem in PLACE_HEADS
        or stem in lex.nationalities
        or (stem in lex.places.single and stem not in lex.places.ambiguous)
    )


def _propagate(
    found: list[Span], tokens: Tokens, readings: Readings, taken: set[int], lex: Lexicons
) -> list[Span]:
    """Later mentions of a full name or its surname alone, which the model missed."""
    words, norms = tokens.texts, tokens.norms
    index: dict[str, set[tuple[str, ...]]] = {}
    for f in found:
        parts = f.key.split(" ")
        if len(parts) < 2:
            continue
        index.setdefault(parts[0], set()).add(tuple(parts[1:]))
        surname = parts[-1]
        if (
            len(surname) >= _MIN_SURNAME
            and parts[-2] not in NAME_LINKS
            and not _not_a_name(surname, lex)
            and surname not in PERSON_TITLES
            and surname not in _NOT_ALONE
        ):
            index.setdefault(surname, set()).add(())
        # The given name of a full name alone is that person too ("برهانو" after "برهانو
        # ليغيسي"), everyday words included ("عادل"): whole-engine 5-fold CV on the
        # ANERcorp training part, person F1 0.832 -> 0.843 (0.833 leaving out wordfreq's
        # frequent words), place 0.890 -> 0.891.
        given = parts[0]
        if (
            len(given) >= _MIN_SURNAME
            and given not in NAME_LINKS
            and given not in lex.common_words
            and not _not_a_name(given, lex)
        ):
            index.setdefault(given, set()).add(())
    # One sense per text: a one-word name the model found twice, or once when the name
    # lists know it, is that person elsewhere too ("لبيد", "سامي"). (Asking the name-list
    # word to be no everyday word too: CV person F1 0.843 against 0.846; any word found
    # once, 0.847 but lower in two folds of five.) Not an everyday word with the article
    # ("العربي", "الحكيم"): 0.846 -> 0.847, three false persons in a hundred fewer.
    singles = Counter(f.key for f in found if " " not in f.key and len(f.key) >= _MIN_SURNAME)
    for name, n in singles.items():
        known = (n >= 2 or name in lex.name_units) and not (
            name.startswith("ال") and name in lex.frequent_words
        )
        if known and not _not_a_name(name, lex) and name not in lex.common_words:
            index.setdefault(name, set()).add(())
    if not index:
        return []
    # The first word of a found name that is no full name's given name (a link, a
    # common word) counts alone only right after a title ("الملك سلمان").
    first_names = {f.key.split(" ")[0] for f in found if " " in f.key}
    ordered = {k: sorted(v, key=len, reverse=True) for k, v in index.items()}

    # Only words that are no everyday word and read as an indexed name (alone, or
    # before a word that goes on one), or are a first name right after a title, are
    # tried: asked per type, then per token.
    ids = tokens.ids
    alone = {stem for stem, rests in ordered.items() if () in rests}
    second_words = {rest[0] for rests in ordered.values() for rest in rests if rest}
    first_name, titled, everyday, goes_on = (
        np.fromiter(map(known.__contains__, tokens.type_norms), dtype=bool, count=readings.words)
        for known in (first_names, PERSON_TITLES, lex.common_words, second_words)
    )
    follows_title = np.zeros(len(ids), dtype=bool)
    follows_title[1:] = titled[ids[:-1]]
    before_more = np.zeros(len(ids), dtype=bool)
    before_more[:-1] = goes_on[ids[1:]]
    tried = (
        readings.any_in(alone)[ids]
        | (readings.any_in(ordered)[ids] & before_more)
        | (first_name[ids] & follows_title)
    ) & ~everyday[ids]
    extra: list[Span] = []
    free = 0  # the first token not inside a mention just found
    for i in np.flatnonzero(tried).tolist():
        if i < free:
            continue
        hit = None
        if i not in taken and norms[i] not in lex.common_words:
            for offset, stem in proclitic_splits(words[i]):
                for rest in ordered.get(stem, ()):
                    end = i + 1 + len(rest)
                    if tuple(norms[i + 1 : end]) == rest and not taken.intersection(range(i, end)):
                        hit = Span("person", i, end, offset, " ".join((stem, *rest)))
                        break
                if hit:
                    break
            after_title = i > 0 and norms[i - 1] in PERSON_TITLES
            if hit is None and after_title and norms[i] in first_names:
                hit = Span("person", i, i + 1, 0, norms[i])
        if hit and (
            _names_a_thing(words, norms, hit.first)
            or any(_never_in_a_name(words[t]) for t in hit.tokens)
        ):
            hit = None
        if hit:
            extra.append(hit)
            free = hit.end
    return extra
