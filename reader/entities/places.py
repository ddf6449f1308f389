"""Place mentions: gazetteer matches checked against context, plus the model's LOC spans."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set as AbstractSet

from reader.entities.clitics import proclitic_splits
from reader.entities.cues import (
    AMOUNT_WORDS,
    COUNT_WORDS,
    EVENT_HEADS,
    NAME_CUE_HEADS,
    NAMED_BY_PLACE_HEADS,
    PLACE_HEADS,
    STRAIT_HEADS,
)
from reader.entities.gazetteer import Lexicons
from reader.entities.place_cues import ADJECTIVE as _ADJECTIVE
from reader.entities.place_cues import (
    after_named_facility,
    bare_place_name,
    coordinated,
    gulf_head,
    named_after_cue,
    quoted_after_cue,
)
from reader.entities.place_cues import is_one_of as _is_one_of
from reader.entities.place_filters import Context
from reader.entities.readings import Readings
from reader.entities.spans import Span
from reader.entities.tokens import Tokens

_WORD = re.compile(r"\w")


# A place noun with the article ends a phrase ("اقترب من المدينة كان جيشه"): it does not
# confirm the ambiguous name after it as its construct form does ("مدينة كان"). In the
# training parts of ANERcorp and Wojood an ambiguous gazetteer name after one is a place
# 0 times in 7; after the construct form, 58 in 106.
_CONSTRUCT_HEADS = frozenset(h for h in PLACE_HEADS if not h.startswith("ال")) | STRAIT_HEADS
# Heads whose place is a mention whatever the model reads of the whole ("مهرجان القطيف",
# "بورصة نيويورك").
_NAMING_HEADS = EVENT_HEADS | NAMED_BY_PLACE_HEADS
# A news dateline: a name that opens a sentence right before a dash ("سيول - رويترز -",
# "مدريد ـ رويترز ـ قال نادي ريال مدريد") is where the story is filed from, whatever the
# model reads of it and though a club bears its name further on. In the training part of
# ANERcorp a gazetteer name so written is a gold place 19 times in 20 (the 20th is Seoul,
# "سول ـ نيويورك ـ", tagged ORG); the engine missed 2 of the 19 (one read as an
# organisation, one as the club of "ريال مدريد"). On 5-fold CV of that part (whole
# engine) place overlap P/R/F1 0.9249/0.9149/0.9197 -> 0.9247/0.9156/0.9199.
_DATELINE_DASHES = frozenset({"-", "ـ", "–", "—"})


def find_places(
    tokens: Tokens,
    model_spans: list[Span],
    lex: Lexicons,
    readings: Readings,
    sentence_starts: AbstractSet[int] = frozenset(),
) -> list[Span]:
    """Place mentions, non-overlapping, in token order (`readings`: of tokens.types;
    `sentence_starts`: the first token of each sentence, where a dateline may stand)."""
    gaz = lex.places
    words, norms = tokens.texts, tokens.norms
    ctx = Context(words, norms, model_spans, lex)
    found: list[Span] = []
    taken: set[int] = set()
    confirmed: set[str] = set()  # ambiguous names the model reads as places
    by_head: set[str] = set()  # ambiguous or unknown names after a place or cue noun
    clubs: set[str] = set()  # names read as a club's somewhere in the text
    filed_from: set[int] = set()  # the first tokens of datelines' places

    def accept(place: Span) -> bool:
        why = ctx.rejected(place)
        if why == "club":
            clubs.add(place.key)
        if why is not None:
            return False
        found.append(place)
        taken.update(range(place.first, place.end))
        return True

    free = 0  # the first token after the last place taken
    named = ctx.person | ctx.other  # a facility's name may be read as either
    # Only tokens that can start a gazetteer name are tried.
    for i in tokens.where_type(readings.any_in(gaz.index)):
        match = gaz.match_at(norms, words, i) if i >= free else None
        # No proclitic comes between a head noun and its genitive ("جزيرة بريم").
        if match is None or (match.offset and i and _is_one_of(words[i - 1], _CONSTRUCT_HEADS)):
            continue
        ambiguous = match.key in gaz.ambiguous
        dateline = (
            i in sentence_starts
            and not match.offset
            and match.end < len(words)
            and words[match.end] in _DATELINE_DASHES
        )
        # A one-word city or a name that needs context the model reads as (part of) an
        # organisation or a title ("بورتو" the club) is no place, nor a town it reads as a
        # person, nor a proclitic + a one-word name on a word it reads as one ("وريم"); a
        # country, a region or a name of several words is one even then ("كوت ديفوار",
        # "الجزيرة العربية": 31 gold places in 47 on CV of the ANERcorp training part;
        # the one-word cities, 7 in 32), the filters telling "جامعة بيونغ يانغ" apart.
        claimed = (
            not dateline
            and not ctx.loc.intersection(match.tokens)
            and not (i > 0 and _is_one_of(words[i - 1], _NAMING_HEADS))
            and bool(
                (
                    ctx.other.intersection(match.tokens)
                    and (ambiguous or (match.key in gaz.cities and match.end == i + 1))
                )
                or (
                    (match.key in gaz.cities or (match.offset and match.end == i + 1))
                    and ctx.person.intersection(match.tokens)
                )
            )
        )
        if match.key in PLACE_HEADS:
            # "المدينة" is Medina only where the model reads that one word as a place,
            # not in "مدينة طوباس" nor in "شرق المدينة".
            context_ok = (
                i in ctx.loc
                and i + 1 not in ctx.loc
                and i - 1 not in ctx.loc
                and not (i > 0 and norms[i - 1] in PLACE_HEADS)
            )
        else:
            context_ok = not claimed and (
                not ambiguous
                or dateline
                or i in ctx.loc
                # An event's noun confirms no everyday word ("اتفاقية السلام").
                or _after_head(words, norms, i, lex, events=match.key not in gaz.everyday)
                or (match.offset > 0 and after_named_facility(words, norms, i, named))
            )
        if context_ok and i - 1 not in taken:
            match = gulf_head(words, match)
        if context_ok and accept(match):
            if dateline:
                filed_from.add(i)
            if ambiguous and match.key not in PLACE_HEADS:
                # After a place noun, not an event's ("كأس العالم"): spread even if an
                # everyday word (see _propagate).
                after_head = _after_head(words, norms, i, lex, events=False)
                (by_head if after_head else confirmed).add(match.key)
            free = match.end

    after_cue = [i + 1 for i in tokens.where_type(readings.any_in(NAME_CUE_HEADS))]
    # "في مدينة " ترينتون "": a name between quotes right after a cue noun, before the
    # model's spans (it may read "هزار مسجد" in part).
    for i in after_cue:
        end = quoted_after_cue(words, i + 1)
        if end is not None and taken.isdisjoint(range(i + 1, end)):
            name = Span("place", i + 1, end, 0, " ".join(norms[i + 1 : end]))
            if accept(name):
                by_head.add(name.key)

    for model_span in model_spans:
        if model_span.kind != "LOC" or not taken.isdisjoint(model_span.tokens):
            continue
        place = _model_place(ctx, model_span.first, model_span.end)
        if place is not None:
            accept(place)

    for i in after_cue:
        if i < len(words) and i not in taken and named_after_cue(words, norms, i, lex):
            # No proclitic comes between a head noun and its genitive: "جزيرة بريم" is
            # no "ب" + "ريم" (after a construct head, 1 in 15 such splits is a place).
            offset, stem = proclitic_splits(words[i])[0]
            if accept(Span("place", i, i + 1, offset, stem)):
                by_head.add(stem)

    # "حيفا وعكا": a name joined to a place found is one too, and spreads as one.
    for place in coordinated(words, norms, lex, found, taken, ctx.other | ctx.person):
        if accept(place):
            confirmed.add(place.key)
    found += _propagate(ctx, tokens, readings, found, taken, confirmed, by_head)
    # One sense per text: a city read as a club's name once is the club throughout
    # ("برشلونة" in a match report), unless a place noun says otherwise ("مدينة روما").
    return sorted(
        (
            f
            for f in found
            if f.key not in clubs
            or f.key not in gaz.cities
            or f.first in filed_from
            or _after_head(words, norms, f.first, lex)
        ),
        key=lambda f: f.first,
    )


def _model_place(ctx: Context, first: int, end: int) -> Span | None:
    """A LOC span of the model, cleaned of generic heads and trailing common words."""
    words, norms, lex = ctx.words, ctx.norms, ctx.lex
    # "مدينة X" names X; the head is kept only when the gazetteer knows the whole.
    while end - first > 1 and _is_one_of(words[first], PLACE_HEADS):
        first += 1
    # "مخيم ويفل للاجئين الفلسطينيين": adjectives and common words that trail a
    # name the model read on past its end are left out.
    while end - first > 1 and (
        not _WORD.search(words[end - 1])
        or _is_one_of(words[end - 1], lex.nationalities)
        or norms[end - 1] in lex.common_words
    ):
        end -= 1
    while end > first and not _WORD.search(words[end - 1]):
        end -= 1
    if end <= first or norms[end - 1] in COUNT_WORDS:
        return None
    offset, stem = bare_place_name(words[first], lex)
    key = " ".join([stem, *norms[first + 1 : end]])
    # One word the lexicons know as a common word or a generic place noun is no name,
    # whatever the model reads ("بمرض في القلب", "شرق ووسط أفريقيا"): on 5-fold CV of
    # the ANERcorp training part such a span of the model is a gold place 0 times in 8.
    if end - first == 1 and (
        stem in lex.nationalities
        or stem in lex.common_words
        or stem in PLACE_HEADS
        or _ADJECTIVE.match(stem)
    ):
        return None
    # One word that names people and no place ("بايدن"), whatever the model reads: on
    # 5-fold CV of the ANERcorp training part, place overlap F1 0.8973 -> 0.8982.
    if end - first == 1 and stem in lex.name_units and stem not in lex.places.display:
        return None
    if key in lex.places.ambiguous and first not in ctx.loc:
        return None

    return Span("place", first, end, offset, key)


def _after_head(
    words: list[str], norms: list[str], i: int, lex: Lexicons, *, events: bool = True
) -> bool:
    """Token i follows a generic place noun in construct form (or, if `events`, an
    event's, an office's or an institution's noun: "مهرجان", "بورصة"), with its
    proclitics ("بمنطقة الشعب") and perhaps an adjective of nationality between
    ("العاصمة الإريترية أسمرا")."""
    if i > 0 and (
        _is_one_of(words[i - 1], _CONSTRUCT_HEADS)
        or (events and _is_one_of(words[i - 1], _NAMING_HEADS))
    ):
        return True
    return i > 1 and norms[i - 1] in lex.nationalities and _is_one_of(words[i - 2], PLACE_HEADS)


def _propagate(
    ctx: Context,
    tokens: Tokens,
    readings: Readings,
    found: list[Span],
    taken: set[int],
    confirmed: set[str],
    by_head: set[str],
) -> list[Span]:
    """One sense per text: a name found in context elsewhere in the same text (an
    ambiguous gazetteer name after a place noun or read so by the model, `confirmed`; a
    name after a cue noun), or one the model found at least twice as a place (once is not enough: on
    the dev split that spread brand and club names), is a place wherever else it appears,
    under the same filters. An everyday word (lex.frequent_words) is spread only when a
    place noun or a cue noun confirmed it (`by_head`: "محافظة الوجه"), not when the model
    or an event's noun did ("مهرجان كان" leaves "وكان" alone; "كأس العالم", "أسد"). On
    5-fold CV of the ANERcorp training part (scripts/cv_person_model.py --pipeline):
    place overlap P/R/F1 0.885/0.883/0.884 -> 0.896/0.882/0.889; no frequent word spread
    at all gave 0.890 but drops the one-sense rule after place nouns; spreading those
    after event nouns too, 0.886."""
    words, norms, lex = ctx.words, ctx.norms, ctx.lex
    counts = Counter(
        f.key
        for f in found
        if f.key not in lex.places.display and f.end - f.first == 1 and len(f.key) > 2
    )
    learned = {
        key
        for key in {key for key, n in counts.items() if n >= 2} | confirmed
        if key not in lex.frequent_words and key not in AMOUNT_WORDS  # "منطقة اليورو"
    } | by_head
    if not learned:
        return []
    gaz = lex.places

    # Only words that read as a learned name, or as the first word of a learned
    # gazetteer name (each is in the index under its first word), are tried.
    firsts = {key.split(" ")[0] for key in learned if key in gaz.display}
    extra: list[Span] = []
    free = 0  # the first token not inside a mention just found
    for i in tokens.where_type(readings.any_in(learned | firsts)):
        if i < free or i in taken:
            continue
        hit = None
        match = gaz.match_at(norms, words, i)
        if match is not None and match.key in learned:
            hit = match
        else:
            for offset, stem in proclitic_splits(words[i]):
                if stem in learned:
                    hit = Span("place", i, i + 1, offset, stem)
                    break
        if hit is not None and not taken.intersection(range(hit.first, hit.end)):
            if ctx.rejected(hit) is None:
                extra.append(hit)
                taken.update(range(hit.first, hit.end))
            free = hit.end
    return extra
