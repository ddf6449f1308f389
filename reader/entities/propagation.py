"""Mentions of a found person the model missed: the full name again, a part of it alone."""

from __future__ import annotations

from collections import Counter

import numpy as np

from reader.entities.clitics import proclitic_splits
from reader.entities.cues import NAME_LINKS, PERSON_TITLES
from reader.entities.gazetteer import Lexicons
from reader.entities.name_checks import name_like, names_a_thing, never_in_a_name, not_a_name
from reader.entities.normalize import normalize, strip_marks
from reader.entities.readings import Readings
from reader.entities.spans import Span
from reader.entities.tokens import Tokens

# A surname shorter than this is not propagated on its own (too many homographs).
_MIN_SURNAME = 3
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

# The second words of compound given names ("فتح الله", "صلاح الدين").
_COMPOUND_ENDS = frozenset(normalize(w) for w in ("الله", "الدين"))
# The given name علي, as written (marks removed; see _preposition_ala).
_ALI = "علي"


def propagate(
    found: list[Span],
    tokens: Tokens,
    readings: Readings,
    taken: set[int],
    lex: Lexicons,
    cued: frozenset[str] = frozenset(),
) -> list[Span]:
    """Later mentions of a full name or its surname alone, which the model missed
    (`cued`: one-word names found by what is around them, each that person elsewhere too)."""
    words, norms = tokens.texts, tokens.norms
    index: dict[str, set[tuple[str, ...]]] = {}
    # A given name that is a frequent word is looked for alone only as the name writes
    # it: normalised, other words fold to it ("إدين آزار" ... "وأدين المتهم", "القوي",
    # "أية", "مني"). In the training parts of ANERcorp and Wojood, a lone word elsewhere in
    # the same 25 sentences that folds to such a given name is the person 78 times in 104
    # when written as in the name, 1 in 156 when not (154 of those "على", for "علي"); on
    # throughput.txt this drops 152 person mentions, 148 of them no person by hand.
    spelled: dict[str, set[str]] = {}
    alone_as_such: set[str] = set()  # surnames and one-word names found: any spelling
    for f in found:
        parts = f.key.split(" ")
        if len(parts) < 2:
            continue
        index.setdefault(parts[0], set()).add(tuple(parts[1:]))
        surname = parts[-1]
        if (
            len(surname) >= _MIN_SURNAME
            and parts[-2] not in NAME_LINKS
            and not not_a_name(surname, lex)
            and surname not in PERSON_TITLES
            and surname not in _NOT_ALONE
            # Nor a frequent word with the article whose bare form is an everyday word
            # ("الكاتب الكبير", "أيام العيد" after "خالد العيد"): in the training parts of
            # ANERcorp and Wojood none of the 11,601 such words is a person alone (9 end a
            # longer name).
            and not (
                surname.startswith("ال")
                and surname in lex.frequent_words
                and surname[2:] in lex.common_words
            )
        ):
            index.setdefault(surname, set()).add(())
            alone_as_such.add(surname)
        # The given name of a full name alone is that person too ("برهانو" after "برهانو
        # ليغيسي"), everyday words included ("عادل"): whole-engine 5-fold CV on the
        # ANERcorp training part, person F1 0.832 -> 0.843 (0.833 leaving out wordfreq's
        # frequent words), place 0.890 -> 0.891.
        given = parts[0]
        if (
            len(given) >= _MIN_SURNAME
            and given not in NAME_LINKS
            and given not in lex.common_words
            and not not_a_name(given, lex)
        ):
            if parts[1] in _COMPOUND_ENDS:
                # A compound given name is looked for whole ("فتح الله" of "فتح الله
                # كولن", "آية الله"): its first word alone is another word ("فتح", "آية",
                # "الجار"). In the training parts of ANERcorp and Wojood, in the 25
                # sentences of such a name, its given name comes whole 59 times, the person
                # 58; its first word alone 10 times, each "عبد" in another name (a link,
                # left out above). On throughput.txt: 213 mentions dropped, 7 added.
                index.setdefault(given, set()).add((parts[1],))
            else:
                index.setdefault(given, set()).add(())
                if given in lex.frequent_words:
                    spelled.setdefault(given, set()).add(
                        strip_marks(words[f.first][f.offset :])
                    )
    # One sense per text: a one-word name the model found twice, or once when the name
    # lists know it, is that person elsewhere too ("لبيد", "سامي"). (Asking the name-list
    # word to be no everyday word too: CV person F1 0.843 against 0.846; any word found
    # once, 0.847 but lower in two folds of five.) Not an everyday word with the article
    # ("العربي", "الحكيم"): 0.846 -> 0.847, three false persons in a hundred fewer.
    # A name-like frequent word found once counts too ("الرئيس ترامب" ... "وأضاف ترامب").
    singles = Counter(f.key for f in found if " " not in f.key and len(f.key) >= _MIN_SURNAME)
    for name, n in singles.items():
        known = (
            n >= 2 or name in lex.name_units or name_like(name, lex) or name in cued
        ) and not (
            name.startswith("ال") and name in lex.frequent_words
        )
        if known and not not_a_name(name, lex) and name not in lex.common_words:
            index.setdefault(name, set()).add(())
            alone_as_such.add(name)
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
        np.fromiter(map(listed.__contains__, tokens.type_norms), dtype=bool, count=readings.words)
        for listed in (first_names, PERSON_TITLES, lex.common_words, second_words)
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
                if offset and _everyday_whole(norms[i], stem, lex):
                    continue
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
        if hit and names_a_thing(words, norms, hit.first):
            free = hit.end  # nor is a part of the thing's name a person ("وكالة فرانس برس")
            hit = None
        if hit and any(never_in_a_name(words[t]) for t in hit.tokens):
            hit = None
        if hit and hit.end == i + 1 and _preposition_ala(words, norms, i, lex):
            hit = None
        if (
            hit
            and hit.end == i + 1
            and hit.key in spelled
            and hit.key not in alone_as_such
            and strip_marks(words[i][hit.offset :]) not in spelled[hit.key]
        ):
            hit = None
        if hit:
            extra.append(hit)
            free = hit.end
    return extra


def _preposition_ala(words: list[str], norms: list[str], i: int, lex: Lexicons) -> bool:
    """A lone "علي" before an everyday word with the article, no title before it, is the
    preposition على written with ya ("حريصة علي الاستقرار", "علي الصعيد العسكري"): in
    the training parts of ANERcorp and Wojood, before a frequent word with the article
    that no name list has, such a "علي" is the preposition 57 times, a person alone 3
    ("تولى علي الخلافة"). (Before any word with the article, 73 against 4, but a
    surname the lists do not know is lost: "الولي الفقيه علي الخامئني".)"""
    if strip_marks(words[i]) != _ALI or i + 1 == len(norms):
        return False
    after = norms[i + 1]
    return (
        after.startswith("ال")
        and after in lex.frequent_words
        and after not in lex.name_units
        and not (i > 0 and norms[i - 1] in PERSON_TITLES)
    )


def _everyday_whole(norm: str, stem: str, lex: Lexicons) -> bool:
    """A word that is a frequent word whole, read as a proclitic + a found name's word that
    is no given name of the lists nor a link ("بيان": ب + "يان" of "يان أوبلاك", "وكيل":
    و + "كيل", "كبار": ك + "بار"): the everyday word, no mention. In the training parts of
    ANERcorp and Wojood, of the words so read as a word of a name in the same 25
    sentences, 0 are the person, 2 not ("بيان", "والله"); the words that are no frequent
    word whole are the person 109 times in 127 ("لبوش", "وبلير"). On throughput.txt this
    drops 388 person mentions ("بيان" 245, "كبار" 52, "وكيل" 31), 1 of them right."""
    return norm in lex.frequent_words and stem not in lex.given_names and stem not in NAME_LINKS
