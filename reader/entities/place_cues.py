"""Place names the words around them announce, and where such a name starts and ends."""

from __future__ import annotations

import heapq
import re
from collections.abc import Collection

from reader.entities.clitics import bare_form, proclitic_splits
from reader.entities.cues import (
    AMOUNT_WORDS,
    CLOSING_QUOTES,
    COMPETITION_NAMES,
    GULF_HEADS,
    NAME_CUE_HEADS,
    NAME_LINKS,
    NAMED_AFTER_HEADS,
    OPENING_QUOTES,
    ORG_HEADS,
    PERSON_TITLES,
    PLACE_HEADS,
)
from reader.entities.gazetteer import Lexicons
from reader.entities.normalize import normalize, strip_marks
from reader.entities.spans import Span

# "المغربية", "الأمريكيين": an article-prefixed adjective of relation is not a place.
ADJECTIVE = re.compile(r"^ال.{2,}(ي|يه|يون|يين|يان|يات)$")
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a\u064b-\u0652\u0670\u0640]+$")
_WORD = re.compile(r"\w")
_COMMAS = frozenset("،,")
# Endings of a verb's or of a possessed noun's written form ("واتهمها", "وحدائقها",
# "وزعت", "وربوا"), not of an unknown place name joined by و.
_NOT_NAME_ENDINGS = ("ه", "ها", "هم", "هما", "كم", "نا", "ا", "وا", "ت")
# A third person's pronoun at a written word's end ("قطرها", "شرقه", "يقطنها"): a
# possessed noun or a verb with its object, not a name.
_PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما", "هن")


def is_one_of(word: str, words: frozenset[str]) -> bool:
    """Whether `word`, read with or without its proclitics, is one of `words` (asked of
    the same words and lists again and again: remembered, per list)."""
    answers = _answers.get(words)
    if answers is None:
        answers = _answers[words] = {}
    got = answers.get(word)
    if got is None:
        if len(answers) > _MAX_WORDS:  # bound memory on huge, varied inputs
            answers.clear()
        got = answers[word] = any(stem in words for _, stem in proclitic_splits(word))
    return got


# A word list -> word -> is_one_of(word, list). Not an lru_cache: its keys would be
# (word, list) tuples, which the cycle collector walks on every full pass (87,000 of
# them on 5 MB of news, a tenth of extract()'s time in collections).
_answers: dict[frozenset[str], dict[str, bool]] = {}
_MAX_WORDS = 200_000


def _unknown_name(
    written: str, norm: str, lex: Lexicons, *, genitive: bool = False
) -> bool:
    """A word that may be a name nobody listed: Arabic letters, not an everyday word, a
    title, an adjective (unless `genitive`: see named_after_cue), a currency or a
    person's given name."""
    return (
        len(norm) >= 3
        and _ARABIC_WORD.match(written) is not None
        and norm not in lex.frequent_words
        and norm not in lex.common_words
        and norm not in lex.nationalities
        and norm not in lex.given_names
        and norm not in PERSON_TITLES
        and norm not in PLACE_HEADS
        and norm not in ORG_HEADS
        and norm not in AMOUNT_WORDS  # "منطقة اليورو" would spread to every "اليورو"
        and (genitive or not ADJECTIVE.match(norm))
    )


def bare_place_name(word: str, lex: Lexicons) -> tuple[int, str]:
    """A place name's bare form in `word`: a person's name as it stands ("بايدن") is
    not read as a proclitic + a place's first word ("ب" + "ايدن"), only as one + a
    whole one-word place ("بروما": 3 of the 7 places such words are in training)."""
    splits = proclitic_splits(word)
    if splits[0][1] in lex.places.whole_names:
        return next((s for s in splits[1:] if s[1] in lex.places.single), splits[0])
    return bare_form(word, (lex.places.first_words,))


def named_after_cue(words: list[str], norms: list[str], i: int, lex: Lexicons) -> bool:
    """An unknown name right after a head noun that, in the training data, is followed
    by a place more often than not ("قرية المفتاحة", "محافظة ضباء", "حي الخالدية"); not
    an everyday word ("منطقة الجزاء"), a title, an adjective, a currency or a person's given
    name. What follows the head's construct form is read as its genitive: a word with the
    article is no adjective agreeing with the head even if it reads as one ("حي
    الشجاعية", "منطقة التاجي": in the training parts of ANERcorp and Wojood such a word,
    unknown otherwise, is a place 11 times in 11), and a word that ends in a pronoun is a
    possessed noun or a verb, no name ("منطقة قطرها", "مدينة يقطنها": 0 places in 3).
    On 5-fold CV of the ANERcorp training part (scripts/cv_person_model.py --pipeline)
    place overlap F1 0.9078 -> 0.9088 with the article, 0.9109 with "ملك" and "مملكة"
    among the heads (cues.NAME_CUE_HEADS), 0.9113 with the pronouns."""
    head = words[i - 1]
    # "وأدى" (and it led to) reads "وادي" once normalised: no head is written with أ or ى.
    return (
        is_one_of(head, NAME_CUE_HEADS)
        and "أ" not in head
        and not head.endswith("ى")
        and _unknown_name(words[i], norms[i], lex, genitive=True)
        and not strip_marks(words[i]).endswith(_PRONOUN_ENDINGS)
    )


def in_competition_name(norms: list[str], first: int, end: int) -> bool:
    """Tokens first..end are part of a competition's name ("كوبا أميركا")."""
    return any(
        tuple(norms[a : a + 2]) in COMPETITION_NAMES or tuple(norms[a : a + 3]) in COMPETITION_NAMES
        for a in range(max(0, first - 2), end)
    )


def quoted(words: list[str], first: int, end: int) -> bool:
    """A name alone between quotes is a title (the paper « الشرق الأوسط »), not a place,
    unless a cue noun comes before the quotes (see quoted_after_cue)."""
    return (
        first > 0
        and end < len(words)
        and words[first - 1] in OPENING_QUOTES
        and words[end] in CLOSING_QUOTES
        and not (first > 1 and is_one_of(words[first - 2], NAME_CUE_HEADS))
    )


# The most words a quoted name after a cue noun is read over.
_MAX_QUOTED_WORDS = 3


def quoted_after_cue(words: list[str], i: int) -> int | None:
    """Where the name ends that a cue noun announces between quotes, the quotes just
    after the noun ("في مدينة " ترينتون "", "في إقليم " يوهي "", "جبال " هزار مسجد ""),
    or None: Arabic words up to the closing quote, at most _MAX_QUOTED_WORDS of them
    (token i: the first word after the opening quote). In the training parts of
    ANERcorp and Wojood such a name is a place 7 times in 7; on 5-fold CV of the ANERcorp
    training part (scripts/cv_person_model.py --pipeline) place overlap P/R/F1
    0.9225/0.9124/0.9172 -> 0.9227/0.9149/0.9186."""
    if not 2 <= i < len(words) or words[i - 1] not in OPENING_QUOTES:
        return None
    if not is_one_of(words[i - 2], NAME_CUE_HEADS):
        return None
    for end in range(i, min(len(words), i + _MAX_QUOTED_WORDS + 1)):
        if words[end] in CLOSING_QUOTES and end > i:
            return end
        if _ARABIC_WORD.match(words[end]) is None:
            return None
    return None


def gulf_head(words: list[str], place: Span) -> Span:
    """`place` with the gulf's head noun before it, if any ("خليج عدن"; see GULF_HEADS)."""
    i = place.first
    if i == 0 or place.offset:
        return place
    for offset, stem in proclitic_splits(words[i - 1]):
        if stem in GULF_HEADS:
            return Span("place", i - 1, place.end, offset, f"{stem} {place.key}")
    return place


def after_named_facility(
    words: list[str], norms: list[str], i: int, names: Collection[int]
) -> bool:
    """Token i is ب + a name right after the name of a facility named after a person,
    perhaps with an adjective between ("مطار الملك عبد العزيز الدولي بجدة", "مستشفى
    الملك فهد بجدة"): the ب says where the facility is, and the name is its place.
    `names`: the tokens the model reads as a person or as an organisation (it may read
    "جامعة الملك عبدالعزيز" whole as one)."""
    if not normalize(words[i][:3]).lstrip("و").startswith("ب"):
        return False
    j = i - 1
    if j >= 0 and ADJECTIVE.match(norms[j]):
        j -= 1
    named = False
    while (
        j >= 0
        and not is_one_of(words[j], NAMED_AFTER_HEADS)
        and (j in names or norms[j] in PERSON_TITLES or norms[j] in NAME_LINKS)
    ):
        named = named or (norms[j] not in PERSON_TITLES and norms[j] not in NAME_LINKS)
        j -= 1
    return named and j >= 0 and is_one_of(words[j], NAMED_AFTER_HEADS)


def coordinated(
    words: list[str],
    norms: list[str],
    lex: Lexicons,
    found: list[Span],
    taken: Collection[int],
    claimed: Collection[int],
) -> list[Span]:
    """Names joined by و or listed after "،" right after a place found, perhaps after its
    adjective of nationality ("حيفا وعكا", "عمان الأردني ودمشق", "نيسابور، سرخس"), and
    so on along the list: a gazetteer name that needs context, not an everyday word
    ("وكان"), or an unknown word that ends its item (before punctuation or the next "و")
    and reads as neither a verb's nor a possessed noun's ending ("لبنان ونسائه",
    "العراق واحتلاله") nor as a person or organisation the model found (`claimed`). On
    5-fold CV of the ANERcorp training part (scripts/cv_person_model.py --pipeline):
    place overlap F1 0.8904 -> 0.8912 with و (gazetteer names alone, 0.8905; unknown
    words without the ending tests, 0.8850), and 0.8965 -> 0.8973 with "،" too (one list
    of Iranian towns makes all of that)."""
    gaz = lex.places
    out: list[Span] = []
    # The ends of the places found and joined, each tried once.
    pending = [f.end for f in found]
    heapq.heapify(pending)
    tried: set[int] = set()
    while pending:
        j = heapq.heappop(pending)
        if j < len(words) and norms[j] in lex.nationalities:
            j += 1
        listed = j + 1 < len(words) and words[j] in _COMMAS and j not in taken
        if listed:
            j += 1
        if j >= len(words) or j in taken or j in tried:
            continue
        joined = words[j].startswith("و") and len(words[j]) > 3
        if not (joined or listed):
            continue
        tried.add(j)
        offset = 1 if joined else 0
        hit = None
        match = gaz.match_at(norms, words, j)
        if match is not None:
            if match.offset == offset and match.key not in lex.frequent_words:
                hit = match
        else:
            stem = strip_marks(words[j][offset:])
            norm = normalize(stem)
            if (
                _unknown_name(stem, norm, lex)
                and not stem.endswith(_NOT_NAME_ENDINGS)
                and j not in claimed
                and (
                    j + 1 == len(words) or not _WORD.search(words[j + 1]) or words[j + 1][0] == "و"
                )
            ):
                hit = Span("place", j, j + 1, offset, norm)
        if hit is not None and not any(t in taken for t in range(hit.first, hit.end)):
            out.append(hit)
            heapq.heappush(pending, hit.end)
    return out
