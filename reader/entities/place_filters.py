"""Why a place candidate is no place mention: the filters every pass of find_places
applies, and what they read of the model's spans and the cue words (`Context`)."""

from __future__ import annotations

from collections.abc import Callable

from reader.entities.clitics import proclitic_splits
from reader.entities.cues import (
    CLUB_HEADS,
    CLUB_PREFIXES,
    FEMININE_NOUNS,
    NEVER_A_PLACE_ALONE,
    ORG_HEADS_BEFORE_NAMES,
    PAIR_HEADS,
    PRAYER_WORDS,
    SPORTS_HEADS,
)
from reader.entities.gazetteer import Lexicons
from reader.entities.normalize import normalize, strip_marks
from reader.entities.place_cues import in_competition_name, is_one_of, quoted
from reader.entities.spans import Span

# A place in a government's name is tagged ("حكومة كردستان"), as after other nouns of an
# administration (cues.EVENT_HEADS): in the training part of ANERcorp a gazetteer name
# after "حكومة" is a place 7 times, never part of an organisation.
_GOVERNMENT_HEADS = frozenset({normalize("حكومة")})


class Context:
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

    def inside_org(self, first: int, end: int, offset: int = 0) -> bool:
        """A place that the model reads as part of a longer organisation name, or that
        follows an organisation head noun ("وكالة المغرب العربي للأنباء"); `offset`: where
        the place starts in its first word, after its proclitics."""
        words = self.words
        # The second of a pair after a plural head ("شركتي تويوتا وجنرال موتورز").
        if first > 1 and words[first].startswith("و") and is_one_of(words[first - 2], PAIR_HEADS):
            return True
        # No و or ب comes between an organisation's head and the place in its name: "مدير
        # الشركة بالسعودية", "حول الحزب ولبنان" say where, or add a place (in the training
        # parts of ANERcorp and Wojood a gazetteer name so written after an organisation's
        # head is a place 3 times in 3; without the proclitic, 5 in 235).
        if offset and normalize(words[first][:1]) in ("و", "ب"):
            return False
        if first > 0 and is_one_of(words[first - 1], ORG_HEADS_BEFORE_NAMES):
            return True
        a, b = self.org_of.get(first, (first, first))
        if a < first and is_one_of(words[a], _GOVERNMENT_HEADS):
            return False
        return a <= first and end <= b and (b - a) > (end - first)

    def rejected(self, place: Span) -> str | None:
        """Why a candidate is no place mention: the first of PLACE_FILTERS that holds."""
        for why, holds in PLACE_FILTERS:
            if holds(self, place):
                return why
        return None


def _is_prayer(ctx: Context, place: Span) -> bool:
    return _prayer(ctx.words, place.first, place.key)


def _is_adjective(ctx: Context, place: Span) -> bool:
    return _adjective_after_noun(place, ctx.words, ctx.norms, ctx.lex)


def _is_club(ctx: Context, place: Span) -> bool:
    words, lex = ctx.words, ctx.lex
    if _club(place, words, ctx.norms, lex):
        return True
    if place.key in lex.places.cities and _sports_context(words, place):
        return True
    # A place in an organisation's name after a club's head ("نادي الرياض").
    return ctx.inside_org(place.first, place.end) and is_one_of(words[place.first - 1], CLUB_HEADS)


def _is_organisation(ctx: Context, place: Span) -> bool:
    return ctx.inside_org(place.first, place.end, place.offset)


def _is_never_alone(ctx: Context, place: Span) -> bool:
    return place.key in NEVER_A_PLACE_ALONE


def _is_possessed(ctx: Context, place: Span) -> bool:
    return _possessed_noun(ctx.words[place.first], ctx.lex) and place.end - place.first == 1


def _is_title(ctx: Context, place: Span) -> bool:
    return quoted(ctx.words, place.first, place.end) or in_competition_name(
        ctx.norms, place.first, place.end
    )


# "مسقط رأسه", "مسقط الرأس": one's birthplace, not Muscat. In the training part of
# ANERcorp "مسقط" before "رأس" is a place 0 times in 2 (Wojood's has none), and the
# engine read both as Muscat, as it read 10 of the 12 "Muscat"s it found in throughput.txt.
_MUSCAT = normalize("مسقط")
_HEAD = (normalize("رأس"), normalize("الرأس"))  # with a pronoun or not: "رأسها", "رأسيهما"


def _is_birthplace(ctx: Context, place: Span) -> bool:
    return (
        place.key == _MUSCAT
        and place.end < len(ctx.norms)
        and ctx.norms[place.end].startswith(_HEAD)
    )


# The filters every pass of find_places applies, in order: (why, whether it holds).
# A "club" reading is remembered for the rest of the text (one sense per text).
PLACE_FILTERS: tuple[tuple[str, Callable[[Context, Span], bool]], ...] = (
    ("prayer", _is_prayer),
    ("adjective", _is_adjective),
    ("club", _is_club),
    ("org", _is_organisation),
    ("title", _is_title),
    ("never alone", _is_never_alone),
    ("possessed", _is_possessed),
    ("birthplace", _is_birthplace),
)


def _possessed_noun(word: str, lex: Lexicons) -> bool:
    """A word written with the pronoun ه after an everyday word, with or without its
    proclitics ("بسبب نقده": his criticism, not the town Naqadeh; "في قصره", "ولائه").
    A definite noun takes no pronoun: "البصره" is البصرة spelt with ه. In the training
    parts of ANERcorp and Wojood a one-word gazetteer name written so is a place 0 times
    in 93; on 5-fold CV of the ANERcorp training part (scripts/cv_person_model.py
    --pipeline) it removes 5 false places and no true one, place overlap F1 0.9142 ->
    0.9148."""
    written = strip_marks(word)
    if not written.endswith("ه") or len(written) < 4:
        return False
    body = written[:-1]
    if body.endswith("ئ"):  # "ولائه": the hamza of "ولاء" sits on ي before a suffix
        body = body[:-1] + "ء"
    readings = [stem for _, stem in proclitic_splits(body)]
    if any(stem.startswith("ال") for stem in readings):
        return False
    return any(stem in lex.frequent_words or stem in lex.common_words for stem in readings)


def _club(match: Span, words: list[str], norms: list[str], lex: Lexicons) -> bool:
    """A city named with a masculine adjective of nationality is a team ("بوخارست
    الروماني", "ميلان الإيطالي"); the city itself takes the feminine ("مراكش المغربية").
    So is a city after a club's first word ("ستيوا بوخارست", "ريال مدريد")."""
    if match.first > 0 and is_one_of(words[match.first - 1], CLUB_PREFIXES):
        return True
    if match.end < len(words) and _city_adjective(words[match.end], norms[match.end], lex):
        return True
    if match.end - match.first != 1 or (
        match.key in lex.places.display and match.key not in lex.places.cities
    ):
        return False
    following = norms[match.end] if match.end < len(norms) else ""
    return following in lex.nationalities and following.endswith("ي")


def _city_adjective(word: str, norm: str, lex: Lexicons) -> bool:
    """A masculine adjective of relation to a town the gazetteer knows, no nationality
    and no everyday word ("الفاسي", "التطواني"): after a place, a club's name ("المغرب
    الفاسي", "المغرب التطواني"). In the training parts of ANERcorp and Wojood a gazetteer
    name before such a word is a place 0 times in 10 (an organisation 8 times)."""
    if not (norm.startswith("ال") and len(norm) >= 6 and strip_marks(word).endswith("ي")):
        return False
    if norm in lex.nationalities or norm in lex.frequent_words or norm in lex.common_words:
        return False
    base = norm[2:-1]
    return any(b in lex.places.cities for b in (base, "ال" + base, base + "ه"))


def _sports_context(words: list[str], place: Span) -> bool:
    """A city after a player's or a coach's noun ("مدرب برشلونة") or right before a score
    ("ميلان 3-2"): a team."""
    if place.first > 0 and is_one_of(words[place.first - 1], SPORTS_HEADS):
        return True
    after = words[place.end : place.end + 3]
    return (
        len(after) == 3
        and after[1] in ("-", "–")
        and all(w.isdigit() or normalize(w) == "صفر" for w in (after[0], after[2]))
    )


def _prayer(words: list[str], first: int, key: str) -> bool:
    """ "صلاة المغرب", "أذان المغرب": the sunset prayer, not Morocco."""
    return key == "المغرب" and first > 0 and is_one_of(words[first - 1], PRAYER_WORDS)


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
