"""Place mentions: gazetteer matches checked against context, plus the model's LOC spans."""

from __future__ import annotations

import re
from collections import Counter

from reader.entities.clitics import proclitic_splits
from reader.entities.cues import CLUB_PREFIXES, ORG_HEADS, PLACE_HEADS
from reader.entities.gazetteer import Lexicons, PlaceMatch
from reader.entities.normalize import normalize
from reader.entities.spans import Found

# "المغربية", "الأمريكيين": an article-prefixed adjective of relation is not a place.
_ADJECTIVE = re.compile(r"^ال.{2,}(ي|يه|يون|يين|يان|يات)$")
_WORD = re.compile(r"\w")
# A national team, an airport or a port names its place: ANERcorp's training part tags
# the place after "منتخب" (18 of 18), "مطار" (7 of 9), "ميناء" (4 of 4) as LOC.
# "شركتي تويوتا وجنرال موتورز": the dual of "شركة" heads company names too.
_PAIR_HEADS = frozenset({normalize("شركتي")})
_ORG_HEADS_BEFORE_NAMES = (
    ORG_HEADS - {normalize(w) for w in ("منتخب", "المنتخب", "مطار", "ميناء")}
) | _PAIR_HEADS
# "الولايات الثلاث", "المدن الخمس": a counted common noun, not a name.
_COUNTS = frozenset(
    normalize(w)
    for w in (
        "الثلاث", "الثلاثة", "الأربع", "الأربعة", "الخمس", "الخمسة", "الست", "الستة",
        "السبع", "السبعة", "الثماني", "الثمانية", "التسع", "التسعة", "العشر", "العشرة",
    )
)  # fmt: skip
_PRAYER_WORDS = frozenset(normalize(w) for w in ("صلاة", "صلاتي", "أذان", "آذان", "وقت"))
# Feminine or plural nouns that a feminine adjective follows without ة/ات.
_FEMININE_NOUNS = frozenset(
    normalize(w)
    for w in (
        "السوق", "الأسواق", "الأراضي", "الحدود", "الدول", "المدن", "البنوك", "الموانئ",
        "الشواطئ", "الجامعات",
    )
)  # fmt: skip
_OPENING_QUOTES = frozenset("«\"“'")
_CLOSING_QUOTES = frozenset("»\"”'")


def _is_one_of(word: str, words: frozenset[str]) -> bool:
    """Whether `word`, read with or without its proclitics, is one of `words`."""
    return any(stem in words for _, stem in proclitic_splits(word))


def find_places(
    words: list[str], norms: list[str], model_spans: list[tuple[str, int, int]], lex: Lexicons
) -> list[Found]:
    """Place mentions, non-overlapping, in token order."""
    gaz = lex.places
    loc_tokens, other_tokens, person_tokens = set(), set(), set()
    org_of: dict[int, tuple[int, int]] = {}  # token -> the ORG span holding it
    for kind, first, end in model_spans:
        if kind == "LOC":
            loc_tokens.update(range(first, end))
        elif kind == "PERS":
            person_tokens.update(range(first, end))
        else:
            other_tokens.update(range(first, end))
            if kind == "ORG":
                org_of.update((t, (first, end)) for t in range(first, end))

    def inside_org(first: int, end: int) -> bool:
        # A place that the model reads as part of a longer organisation name, or that
        # follows an organisation head noun ("وكالة المغرب العربي للأنباء").
        if first > 0 and _is_one_of(words[first - 1], _ORG_HEADS_BEFORE_NAMES):
            return True
        # The second of a pair after a plural head ("شركتي تويوتا وجنرال موتورز").
        if first > 1 and words[first].startswith("و") and _is_one_of(words[first - 2], _PAIR_HEADS):
            return True
        a, b = org_of.get(first, (first, first))
        return a <= first and end <= b and (b - a) > (end - first)

    found: list[Found] = []
    taken: set[int] = set()
    i = 0
    while i < len(words):
        match = gaz.match_at(norms, words, i)
        if match is None:
            i += 1
            continue
        # A gazetteer name the model reads as (part of) an organisation or a title
        # ("بورتو" the club) is not taken as a place, nor is a town it reads as a person;
        # a country or region is a place even then ("كوت ديفوار").
        span = range(i, match.end)
        claimed = not loc_tokens.intersection(span) and (
            other_tokens.intersection(span)
            or (match.key in gaz.cities and person_tokens.intersection(span))
        )
        if match.key in PLACE_HEADS:
            # "المدينة" is Medina only where the model reads that one word as a place,
            # not in "مدينة طوباس" nor in "شرق المدينة".
            context_ok = (
                i in loc_tokens
                and i + 1 not in loc_tokens
                and i - 1 not in loc_tokens
                and not (i > 0 and norms[i - 1] in PLACE_HEADS)
            )
        else:
            context_ok = not claimed and (
                not match.ambiguous or i in loc_tokens or _after_head(words, norms, i, lex)
            )
        if (
            context_ok
            and not _prayer(words, match.first, match.key)
            and not _adjective_after_noun(match, words, norms, lex)
            and not inside_org(match.first, match.end)
            and not _club(match, words, norms, lex)
            and not _quoted(words, match.first, match.end)
        ):
            found.append(Found("place", match.first, match.end, match.offset, match.key))
            taken.update(range(match.first, match.end))
            i = match.end
        else:
            i += 1

    for kind, first, end in model_spans:
        if kind != "LOC" or any(t in taken for t in range(first, end)):
            continue
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
        if end <= first or inside_org(first, end) or norms[end - 1] in _COUNTS:
            continue
        offset, stem = _stem(words[first], lex)
        key = " ".join([stem, *norms[first + 1 : end]])
        if end - first == 1 and (stem in lex.nationalities or _ADJECTIVE.match(stem)):
            continue
        if _club(PlaceMatch(first, end, offset, key, False), words, norms, lex) or _quoted(
            words, first, end
        ):
            continue
        if (key in gaz.ambiguous and first not in loc_tokens) or _prayer(words, first, key):
            continue
        found.append(Found("place", first, end, offset, key))
        taken.update(range(first, end))
    return _propagate(found, words, norms, taken, lex)


def _club(match: PlaceMatch, words: list[str], norms: list[str], lex: Lexicons) -> bool:
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


def _prayer(words: list[str], first: int, key: str) -> bool:
    """ "صلاة المغرب", "أذان المغرب": the sunset prayer, not Morocco."""
    return key == "المغرب" and first > 0 and _is_one_of(words[first - 1], _PRAYER_WORDS)


def _after_head(words: list[str], norms: list[str], i: int, lex: Lexicons) -> bool:
    """Token i follows a generic place noun, with its proclitics ("بمنطقة الشعب") and
    perhaps an adjective of nationality between ("العاصمة الإريترية أسمرا")."""
    if i > 0 and _is_one_of(words[i - 1], PLACE_HEADS):
        return True
    return i > 1 and norms[i - 1] in lex.nationalities and _is_one_of(words[i - 2], PLACE_HEADS)


def _adjective_after_noun(match: PlaceMatch, words: list[str], norms: list[str], lex) -> bool:
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
    return before.startswith("ال") and (before.endswith(("ه", "ات")) or before in _FEMININE_NOUNS)


def _quoted(words: list[str], first: int, end: int) -> bool:
    """A name alone between quotes is a title (the paper « الشرق الأوسط »), not a place."""
    return (
        first > 0
        and end < len(words)
        and words[first - 1] in _OPENING_QUOTES
        and words[end] in _CLOSING_QUOTES
    )


def _stem(word: str, lex: Lexicons) -> tuple[int, str]:
    """Bare form of a place's first word: the reading the gazetteer knows, else strip
    only a conjunction or preposition that comes with the article."""
    splits = proclitic_splits(word)
    for offset, stem in splits:
        if stem in lex.places.first_words:
            return offset, stem
    for offset, stem in reversed(splits):
        if stem.startswith("ال") and offset:
            return offset, stem
    return splits[0]


def _propagate(
    found: list[Found], words: list[str], norms: list[str], taken: set[int], lex: Lexicons
) -> list[Found]:
    """A name the model found at least twice as a place (and the gazetteer lacks) is a
    place wherever else it appears in the same text. (Once is not enough: on the dev
    split that spread brand and club names.)"""
    counts = Counter(
        f.key
        for f in found
        if f.key not in lex.places.display and f.end - f.first == 1 and len(f.key) > 2
    )
    learned = {key for key, n in counts.items() if n >= 2}
    if not learned:
        return sorted(found, key=lambda f: f.first)
    extra = []
    for i, word in enumerate(words):
        if i in taken:
            continue
        for offset, stem in proclitic_splits(word):
            if stem in learned:
                extra.append(Found("place", i, i + 1, offset, stem))
                break
    return sorted(found + extra, key=lambda f: f.first)
