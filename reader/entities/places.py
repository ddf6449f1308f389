"""Place mentions: gazetteer matches checked against context, plus the model's LOC spans."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from reader.entities.clitics import proclitic_splits
from reader.entities.cues import (
    AMOUNT_WORDS,
    CLUB_HEADS,
    CLUB_PREFIXES,
    COUNT_WORDS,
    EVENT_HEADS,
    FEMININE_NOUNS,
    NAME_CUE_HEADS,
    NAMED_BY_PLACE_HEADS,
    NEVER_A_PLACE_ALONE,
    ORG_HEADS_BEFORE_NAMES,
    PAIR_HEADS,
    PLACE_HEADS,
    PRAYER_WORDS,
    SPORTS_HEADS,
    STRAIT_HEADS,
)
from reader.entities.gazetteer import Lexicons
from reader.entities.normalize import normalize
from reader.entities.place_cues import ADJECTIVE as _ADJECTIVE
from reader.entities.place_cues import (
    after_named_facility,
    bare_place_name,
    coordinated,
    gulf_head,
    in_competition_name,
    named_after_cue,
    quoted,
)
from reader.entities.place_cues import is_one_of as _is_one_of
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


class _Context:
    """What the model and the cue words say about the tokens of one text."""

    def __init__(
        self, words: list[str], norms: list[str], model_spans: list[Span], lex: Lexicons
    ) -> None:
        self.words, self.norms, self.lex = words, norms, lex
        self.loc: set[int] = set()
        self.other: set[int] = set()
        self.person: set[int] = set()
        self.org_of: dict[int, tuple[int, int]] = {}  # token -> the ORG span holding it
        for span in model_spans:
            if span.kind == "LOC":
                self.loc.update(span.tokens)
            elif span.kind == "PERS":
                self.person.update(span.tokens)
            else:
                self.other.update(span.tokens)
                if span.kind == "ORG":
                    self.org_of.update((t, (span.first, span.end)) for t in span.tokens)

    def inside_org(self, first: int, end: int) -> bool:
        """A place that the model reads as part of a longer organisation name, or that
        follows an organisation head noun ("وكالة المغرب العربي للأنباء")."""
        words = self.words
        if first > 0 and _is_one_of(words[first - 1], ORG_HEADS_BEFORE_NAMES):
            return True
        # The second of a pair after a plural head ("شركتي تويوتا وجنرال موتورز").
        if first > 1 and words[first].startswith("و") and _is_one_of(words[first - 2], PAIR_HEADS):
            return True
        a, b = self.org_of.get(first, (first, first))
        return a <= first and end <= b and (b - a) > (end - first)

    def rejected(self, place: Span) -> str | None:
        """Why a candidate is no place mention: the first of PLACE_FILTERS that holds."""
        for why, holds in PLACE_FILTERS:
            if holds(self, place):
                return why
        return None


def _is_prayer(ctx: _Context, place: Span) -> bool:
    return _prayer(ctx.words, place.first, place.key)


def _is_adjective(ctx: _Context, place: Span) -> bool:
    return _adjective_after_noun(place, ctx.words, ctx.norms, ctx.lex)


def _is_club(ctx: _Context, place: Span) -> bool:
    words, lex = ctx.words, ctx.lex
    if _club(place, words, ctx.norms, lex):
        return True
    if place.key in lex.places.cities and _sports_context(words, place):
        return True
    # A place in an organisation's name after a club's head ("نادي الرياض").
    return ctx.inside_org(place.first, place.end) and _is_one_of(words[place.first - 1], CLUB_HEADS)


def _is_organisation(ctx: _Context, place: Span) -> bool:
    return ctx.inside_org(place.first, place.end)


def _is_never_alone(ctx: _Context, place: Span) -> bool:
    return place.key in NEVER_A_PLACE_ALONE


def _is_title(ctx: _Context, place: Span) -> bool:
    return quoted(ctx.words, place.first, place.end) or in_competition_name(
        ctx.norms, place.first, place.end
    )


# The filters every pass of find_places applies, in order: (why, whether it holds).
# A "club" reading is remembered for the rest of the text (one sense per text).
PLACE_FILTERS: tuple[tuple[str, Callable[[_Context, Span], bool]], ...] = (
    ("prayer", _is_prayer),
    ("adjective", _is_adjective),
    ("club", _is_club),
    ("org", _is_organisation),
    ("title", _is_title),
    ("never alone", _is_never_alone),
)


def find_places(
    tokens: Tokens, model_spans: list[Span], lex: Lexicons, readings: Readings
) -> list[Span]:
    """Place mentions, non-overlapping, in token order (`readings`: of tokens.types)."""
    gaz = lex.places
    words, norms = tokens.texts, tokens.norms
    ctx = _Context(words, norms, model_spans, lex)
    found: list[Span] = []
    taken: set[int] = set()
    confirmed: set[str] = set()  # ambiguous names the model reads as places
    by_head: set[str] = set()  # ambiguous or unknown names after a place or cue noun
    clubs: set[str] = set()  # names read as a club's somewhere in the text

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
        # A gazetteer name the model reads as (part of) an organisation or a title
        # ("بورتو" the club) is not taken as a place, nor is a town it reads as a person,
        # nor a proclitic + a one-word name on a word it reads as one ("وريم"); a
        # country or region is a place even then ("كوت ديفوار").
        claimed = (
            not ctx.loc.intersection(match.tokens)
            and not (i > 0 and _is_one_of(words[i - 1], _NAMING_HEADS))
            and bool(
                ctx.other.intersection(match.tokens)
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
                or i in ctx.loc
                # An event's noun confirms no everyday word ("اتفاقية السلام").
                or _after_head(words, norms, i, lex, events=match.key not in gaz.everyday)
                or (match.offset > 0 and after_named_facility(words, norms, i, named))
            )
        if context_ok and i - 1 not in taken:
            match = gulf_head(words, match)
        if context_ok and accept(match):
            if ambiguous and match.key not in PLACE_HEADS:
                # After a place noun, not an event's ("كأس العالم"): spread even if an
                # everyday word (see _propagate).
                after_head = _after_head(words, norms, i, lex, events=False)
                (by_head if after_head else confirmed).add(match.key)
            free = match.end

    for model_span in model_spans:
        if model_span.kind != "LOC" or not taken.isdisjoint(model_span.tokens):
            continue
        place = _model_place(ctx, model_span.first, model_span.end)
        if place is not None:
            accept(place)

    after_cue = [i + 1 for i in tokens.where_type(readings.any_in(NAME_CUE_HEADS))]
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
            or _after_head(words, norms, f.first, lex)
        ),
        key=lambda f: f.first,
    )


def _model_place(ctx: _Context, first: int, end: int) -> Span | None:
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
    if end - first == 1 and (stem in lex.nationalities or _ADJECTIVE.match(stem)):
        return None
    # One word that names people and no place ("بايدن"), whatever the model reads: on
    # 5-fold CV of the ANERcorp training part, place overlap F1 0.8973 -> 0.8982.
    if end - first == 1 and stem in lex.name_units and stem not in lex.places.display:
        return None
    if key in lex.places.ambiguous and first not in ctx.loc:
        return None

    return Span("place", first, end, offset, key)


def _club(match: Span, words: list[str], norms: list[str], lex: Lexicons) -> bool:
    """A city named with a masculine adjective of nationality is a team ("بوخارست
    الروماني", "ميلان الإيطالي"); the city itself takes the feminine ("مراكش المغربية").
    So is a city after a club's first word ("ستيوا بوخارست", "ريال مدريد")."""
    if match.first > 0 and _is_one_of(words[match.first - 1], CLUB_PREFIXES):
        return True
    if match.end - match.first != 1 or (
        match.key in lex.places.display and match.key not in lex.places.cities
    ):
        return False
    following = norms[match.end] if match.end < len(norms) else ""
    return following in lex.nationalities and following.endswith("ي")


def _sports_context(words: list[str], place: Span) -> bool:
    """A city after a player's or a coach's noun ("مدرب برشلونة") or right before a score
    ("ميلان 3-2"): a team."""
    if place.first > 0 and _is_one_of(words[place.first - 1], SPORTS_HEADS):
        return True
    after = words[place.end : place.end + 3]
    return (
        len(after) == 3
        and after[1] in ("-", "–")
        and all(w.isdigit() or normalize(w) == "صفر" for w in (after[0], after[2]))
    )


def _prayer(words: list[str], first: int, key: str) -> bool:
    """ "صلاة المغرب", "أذان المغرب": the sunset prayer, not Morocco."""
    return key == "المغرب" and first > 0 and _is_one_of(words[first - 1], PRAYER_WORDS)


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


def _adjective_after_noun(match: Span, words: list[str], norms: list[str], lex: Lexicons) -> bool:
    """A name that is also a feminine adjective of nationality, after a definite noun it
    agrees with, is the adjective ("السوق السعودية", "الحكومة الهندية"); after a verb or
    a preposition it is the country ("زار السعودية", "إلى السعودية")."""
    if match.end - match.first != 1 or match.offset or not match.key.endswith("يه"):
        return False
    if match.key[:-1] not in lex.nationalities or match.first == 0:
        return False
    before = norms[match.first - 1]
    # The adjective is feminine: the noun ends in ة or ات, or is a feminine or plural
    # noun without them. "الرئيس السعودية" is "the president [visited] Saudi Arabia".
    return before.startswith("ال") and (before.endswith(("ه", "ات")) or before in FEMININE_NOUNS)


def _propagate(
    ctx: _Context,
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
