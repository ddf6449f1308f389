"""Regular expressions for Arabic date expressions, matched against folded text.

Everything here is compiled once at import; the word lists come from `dates.lexicon`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TypeVar

from reader.entities.dates import lexicon as lex
from reader.entities.normalize import normalize

Trie = dict[str, "Trie"]  # a letter -> the trie of what follows it; "" ends a word
V = TypeVar("V")


def _fold(word: str) -> str:
    return normalize(word)


def _alternation(words: Iterable[str]) -> str:
    """One regex for a word list, as a letter trie: Python's re tries alternatives one by
    one, so shared prefixes are factored out ("ماي(?:و|س)?")."""
    trie: Trie = {}
    for word in {_fold(w) for w in words}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: Trie) -> str:
    branches = [
        (_S + "+" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if "" in node else group


def _folded_map(table: Mapping[str, V]) -> dict[str, V]:
    return {_fold(k): v for k, v in table.items()}


_S = r"[^\S\n]"  # a space that does not cross a line
_PROCLITICS = r"(?<!\w)[وف]?[بلك]?"
_ERA = r"(?:ميلاديه|ميلادي|هجريه|هجري|للهجره|للميلاد|م|ه)(?!\w)"
# A glued في before a number is left out ("في2018"), and a glued و after one ("1869وربط").
_GLUED_FI = r"(?:(?<=(?<!\w)في)|(?<=(?<!\w)[وف]في))"
_NUMBER_END = r"(?!(?!و[^\W\d_])[\w%٪]|[.,٫]\d)"

GREGORIAN = _folded_map(lex.GREGORIAN_MONTHS)
HIJRI = _folded_map(lex.HIJRI_MONTHS)
WEAK_MONTHS = {_fold(w) for w in lex.WEAK_MONTH_NAMES}
MONTH_CUES = {_fold(w) for w in lex.MONTH_CUES}
WEEKDAYS = _folded_map(lex.WEEKDAYS)
RELATIVE_DAYS = _folded_map(lex.RELATIVE_DAYS)
DIRECTIONS = _folded_map(lex.DIRECTIONS)
AGO_UNITS = _folded_map(lex.AGO_UNITS)
NUMBER_WORDS = _folded_map(lex.NUMBER_WORDS)
RELATIVE_UNITS = _folded_map(lex.RELATIVE_UNITS)
QUANTITY_BEFORE = {_fold(w) for w in lex.QUANTITY_BEFORE}
COUNTED_AFTER = {_fold(w) for w in lex.COUNTED_AFTER}
NOT_MONDAY_BEFORE = {_fold(w) for w in lex.NOT_MONDAY_BEFORE}
NOT_MONDAY_AFTER = {_fold(w) for w in lex.NOT_MONDAY_AFTER}
NOT_TODAY_AFTER = {_fold(w) for w in lex.NOT_TODAY_AFTER}
NOT_TODAY_BEFORE = {_fold(w) for w in lex.NOT_TODAY_BEFORE}
VERB_GHADA_BEFORE = {_fold(w) for w in lex.VERB_GHADA_BEFORE}
NOT_UNIT_AFTER = {_fold(w) for w in lex.NOT_UNIT_AFTER}
# Units that an edge word alone makes this one ("بداية العام", "نهاية الشهر").
EDGE_UNITS = {_fold(w) for w in ("عام", "سنة", "شهر")}
NOT_WEEKDAY_BEFORE = {_fold(w) for w in lex.NOT_WEEKDAY_BEFORE}
# Day ordinals without their article, which is "ال" or, after the preposition ل, "ل"
# ("للسادس من أكتوبر" is لسادس من أكتوبر).
DAY_ORDINALS = {_fold(k)[2:]: v for k, v in lex.DAY_ORDINALS.items()}
_ORDINAL_STEMS = _alternation(k[2:] for k in lex.DAY_ORDINALS)


def _day_ordinal(group: str) -> str:
    return rf"(?:ال|(?<=ل)ل)(?P<{group}>{_ORDINAL_STEMS})"


DECADES = _folded_map(lex.DECADES)

MONTHS = _alternation([*GREGORIAN, *HIJRI])
EDGE = _alternation(lex.EDGES)
TOD = _alternation(lex.TIMES_OF_DAY)
DIRS = _alternation(lex.DIRECTIONS)
REL_DAYS = _alternation(lex.RELATIVE_DAYS)

WORD_DATE = re.compile(
    rf"""{_PROCLITICS}(?:(?P<edge>{EDGE}){_S}+)?(?P<core>
    (?:(?:(?:ال)?يوم{_S}+)?(?:(?:ال{_S}*)?(?P<day>\d{{1,2}})
        (?:{_S}*(?:و|-+|–){_S}*(?P<day2>\d{{1,2}}))?{_S}*(?:/{_S}*|من{_S}+)?
      |(?P<ghurra>غره){_S}+
      |{_day_ordinal("oday")}{_S}+من{_S}+))?
    (?P<shahr>شهر{_S}+)?
    (?P<m1>{MONTHS})
    (?P<pair>{_S}*(?:/|\(|-|–|{_S}){_S}*(?P<m2>{MONTHS})(?:{_S}*\))?)?
    (?:{_S}+(?P<dir>{DIRS}|{_alternation(lex.MONTH_EPITHETS)}))?
    (?:{_S}*[/,،]?{_S}*(?:(?:من{_S}+)?(?:ال|لل|ل)?(?:عام|سنه){_S}*)?(?P<open>\()?{_S}*
       (?P<year>\d{{3,4}})(?(open){_S}*\))
       (?:{_S}*(?P<era>{_ERA}))?
    |{_S}+من{_S}+(?:(?P<ythis>هذا){_S}+ال(?:عام|سنه)|ال(?:عام|سنه){_S}+(?P<ydir>{DIRS}))
       (?:{_S}+(?P<ryear>\d{{4}})(?:{_S}*(?P<rera>{_ERA}))?)?)?
    )(?!\w)""",
    re.X,
)

NUMERIC_DATE = re.compile(
    rf"""(?<![\w/.\-]){_PROCLITICS}(?P<core>
      (?P<a>\d{{1,2}}){_S}*(?P<sep>[/.\-]){_S}*(?P<b>\d{{1,2}}){_S}*(?P=sep){_S}*(?P<c>\d{{4}})
        (?:{_S}*(?P<era>{_ERA}))?
    | (?P<y>\d{{4}}){_S}*(?P<sep2>[/.\-]){_S}*(?P<m>\d{{1,2}}){_S}*(?P=sep2){_S}*(?P<d>\d{{1,2}})
    )(?![\d/]|[.,]\d)""",
    re.X,
)

YEAR = re.compile(
    rf"""(?:(?<![\w.,٫/:\-]){_PROCLITICS}|{_GLUED_FI})
    (?:(?P<edge>{EDGE}|صيف|شتاء|ربيع|خريف){_S}+)?(?P<core>
    (?:(?P<kw>(?:ال|(?<=ل)ل)?(?:عامي|سنتي|عام|سنه))(?:{_S}+(?P<dir>{DIRS}))?{_S}*)?
    (?:(?P<open>\(){_S}*)?
    (?P<year>\d{{1,4}})(?(open){_S}*\))
    (?:{_S}*(?P<era>{_ERA}))?
    (?:{_S}*(?:-+|–|/|و(?=\d{{3,4}}{_S}*{_ERA})){_S}*(?P<year2>\d{{3,4}})(?:{_S}*(?P<era2>{_ERA}))?)?
    ){_NUMBER_END}""",
    re.X,
)

WEEKDAY = re.compile(
    rf"""(?<!\w)[وف]?(?:(?P<tod>{TOD}){_S}+)?(?P<core>
    (?:يوم{_S}+)?
    (?:(?P<rel>{REL_DAYS}){_S}+)?
    (?:يوم{_S}+)?
    (?P<wd>{_alternation(lex.WEEKDAYS)})
    (?:{_S}+(?P<dir>{DIRS}))?
    )(?!\w)""",
    re.X,
)

RELATIVE = re.compile(
    rf"""{_PROCLITICS}(?:(?:(?P<tod>{TOD})|(?P<edge>{EDGE})){_S}+)?(?P<core>
        (?P<day>{REL_DAYS})
      | (?:(?:ال)?يوم{_S}+)?(?:(?:ال)?(?P<mday>\d{{1,2}})(?:{_S}*و{_S}*(?P<mday2>\d{{1,2}}))?
          |{_day_ordinal("moday")}){_S}+من{_S}+
        (?:(?P<mthis>هذا){_S}+)?الشهر(?:{_S}+(?P<mdir>{DIRS}))?
      | (?:(?P<this>هذا|هذه|هاي){_S}+)?
        (?:ال|(?<=ل)ل)(?P<unit>{_alternation(lex.RELATIVE_UNITS)})(?:{_S}+(?P<dir>{DIRS}))?
      | (?:(?P<sthis>هذا|هذه){_S}+)?ال(?P<season>صيف|شتاء|ربيع|خريف)(?:{_S}+(?P<sdir>{DIRS}))?
      | قبل{_S}+(?:{_alternation(lex.AGO_APPROXIMATIONS)}{_S}+)?
        (?:(?P<n>\d{{1,3}}|{_alternation(lex.NUMBER_WORDS)}){_S}+)?
        (?P<ago>{_alternation(lex.AGO_UNITS)})
    )(?!\w)""",
    re.X,
)

DECADE = re.compile(
    rf"""{_PROCLITICS}(?P<core>(?:ال|(?<=ل)ل)?(?P<tens>{_alternation(lex.DECADES)})(?:يات|ات)
    (?:{_S}+(?:من{_S}+)?القرن{_S}+(?:الماضي|المنصرم|العشرين))?
    )(?!\w)(?!{_S}+من{_S}+(?:ال)?عمر)""",
    re.X,
)

# Between two parts of one expression: "الأربعاء 11 مايو", "شباط ( 28 / 2 / 1945 )",
# "يوم الثلاثاء الموافق 5 / 8 / 2008" (a weekday or a relative day, then its date).
LINK_GAP = re.compile(rf"{_S}*[،,]?{_S}*(?:الموافق{_S}*ل?)?{_S}*\(?{_S}*")
# Hijri and Gregorian side by side are one mention, except across الموافق (two).
CALENDAR_GAP = re.compile(rf"{_S}*(?:\(|/|(?P<dash>-+|–)){_S}*\(?{_S}*")
AND_GAP = re.compile(rf"{_S}*و{_S}*")  # "عامي 2013 و2014": the و is the second's proclitic
ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
DATELINE_CUE = re.compile(r"نشر|تحديث|تاريخ")  # "نشر في", "آخر تحديث", "بتاريخ"
DATELINE_END = re.compile(r"\s*(?:$|[:\-–—،,|()])")
PREPOSITION_END = re.compile(r"(?:في|منذ|حتى|خلال|قبل|بعد|من|إلى)\s*$")
ON_THIS_DAY = re.compile(rf"مثل{_S}+هذا{_S}+$")
CLOSE = re.compile(rf"{_S}*\)")
# The word next to a match, within its sentence: a line break or a sentence's end stops
# the look ("( 1942 ) .\nقرية ..." is a year, not 1942 villages).
WORD_BEFORE = re.compile(r"(\w+)[^\w\n.!?؟]*$")
WORD_AFTER = re.compile(r"[^\w\n.!?؟]*?(\w+)")
MARK = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")

# The one prefilter: every pattern needs one word of its family (a month name, a weekday,
# a relative word, a decade) or a number of three digits or more; the patterns run only
# in windows of WINDOW characters either side of such a word, which take in the words
# around it ("أواخر", "مساء", "من", "هذا"). A word is asked once per distinct word.
WINDOW = 48
# Words that never anchor a phrase on their own: each phrase holding one has another.
_NOT_ANCHORS = frozenset(
    _fold(w)
    for w in ("أول", "من", "يوم", "بعد", "الوقت", "الأول", "الثاني", "ثاني", "الأولى", "الآخر")
    + ("الآخرة", "ذو", "ذي", "ذا")
)


def _anchors(*phrases: Iterable[str]) -> frozenset[str]:
    words: set[str] = set()
    for table in phrases:
        for phrase in table:
            kept = [w for w in _fold(phrase).split() if w not in _NOT_ANCHORS]
            if not kept:
                raise ValueError(f"no anchor word in the date phrase {phrase!r}")
            words.update(kept)
    return frozenset(words)


FAMILY_WORDS = {
    "month": _anchors(lex.GREGORIAN_MONTHS, lex.HIJRI_MONTHS),
    "weekday": _anchors(lex.WEEKDAYS),
    "relative": _anchors(
        lex.RELATIVE_DAYS, lex.RELATIVE_UNITS, ("قبل", "صيف", "شتاء", "ربيع", "خريف"),
    ),
    # Years of one or two digits need an era word ("سنة 69 للهجرة").
    "number": _anchors(("للهجرة", "هجرية", "هجري", "للميلاد", "ميلادية", "ميلادي")),
}  # fmt: skip
ANCHOR_FAMILIES: dict[str, tuple[str, ...]] = {}
for _family, _words in FAMILY_WORDS.items():
    for _word in _words:
        ANCHOR_FAMILIES[_word] = (*ANCHOR_FAMILIES.get(_word, ()), _family)
# A word ends as one of the anchor words it holds: these endings rule most words out at once.
ANCHOR_ENDINGS = frozenset(word[-2:] for word in ANCHOR_FAMILIES)
if min(map(len, ANCHOR_FAMILIES)) < 2:
    raise ValueError("an anchor word of one letter: ANCHOR_ENDINGS would miss it")
DECADE_WORD = re.compile(_alternation(DECADES))
DIGIT = re.compile(r"\d")
NUMBER = re.compile(r"\d{3}")
LETTER_RUN = re.compile(r"[^\d]+")
# How far before a word a proclitic and the article can reach ("وبالعام", "فللعام").
MAX_PREFIX = 4
