"""Arabic-aware search: matches that ignore diacritics and spelling variants, as offsets.

A reader types `الافريقيه` and means `الأفريقية`: the text and the query are both folded
(diacritics and tatweel dropped, alef forms, ya/alef maqsura, taa marbuta/ha and the
hamza seats each made one letter, Arabic-Indic and Persian digits made ASCII digits, Latin
lower-cased), the query is looked for in the folded text, and every hit is mapped back to
the characters of the original text it covers. A hit starts at the start of a word, or
after the proclitics a word may carry (`مراكش` finds `بمراكش` and `والمغرب` finds `المغرب`
in `والمغرب`), never in the middle of a longer word.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import product

_IGNORED = (
    "\u0610-\u061a"  # Quranic marks above and below
    "\u064b-\u065f"  # harakat: fathatan … wavy hamza below
    "\u0670"  # superscript alef
    "\u0640"  # tatweel
    "\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"  # Quranic annotation marks
)
_IGNORED_RUN = re.compile(f"[{_IGNORED}]+")
_MARK = re.compile(f"[{_IGNORED.replace(chr(0x640), '')}]")
"""The ignored characters that sit on a letter (all but tatweel): a match keeps them."""

_SAME_LETTER = {
    "ا": "اأإآٱ",  # alef forms (hamza above, below, madda, wasla)
    "ي": "يىی",  # ya, alef maqsura, Farsi yeh
    "ه": "هة",  # ha, taa marbuta
    "ء": "ءؤئ",  # the hamza on its own and on its seats
    "ك": "كک",  # kaf, keheh
}
_FOLD = str.maketrans(
    {variant: letter for letter, variants in _SAME_LETTER.items() for variant in variants}
    | {chr(0x0660 + d): str(d) for d in range(10)}  # Arabic-Indic digits
    | {chr(0x06F0 + d): str(d) for d in range(10)}  # Persian digits
)

# Conjunction, then preposition or future sin, then the article: و + ب + ال = وبال. With ل
# the article's alef goes (ل + ال = لل).
_PROCLITICS = frozenset(
    (conjunction + particle + article).replace("لال", "لل")
    for conjunction, particle, article in product(("", "و", "ف"), ("", "ب", "ك", "ل", "س"),
                                                   ("", "ال"))
    if not (particle == "س" and article)
)
_LONGEST_PROCLITIC = max(map(len, _PROCLITICS))
_PIECE = 1 << 16
"""Characters folded at a time."""


def fold(text: str) -> str:
    """`text` as the matcher compares it (shorter: ignored characters are dropped)."""
    return _fold_letters(_IGNORED_RUN.sub("", text))


def _fold_letters(text: str) -> str:
    folded = text.translate(_FOLD)
    lower = folded.lower()
    # Lower-casing that changes a length (`İ`) would shift every offset after it.
    return lower if len(lower) == len(folded) else folded


@dataclass(frozen=True, slots=True)
class Match:
    """Characters `start:end` of the original text matched the query."""

    start: int
    end: int


@dataclass(slots=True)
class FoldedText:
    """A text folded once (costly on megabytes), then searched for any number of queries."""

    text: str
    folded: str = field(init=False)
    _run_at: list[int] = field(init=False, repr=False)
    """Folded offset at which each run of dropped characters was."""
    _dropped_before: list[int] = field(init=False, repr=False)
    """Characters dropped up to and including each run."""

    def __post_init__(self) -> None:
        run_at: list[int] = []
        dropped_before: list[int] = []
        dropped = 0
        for run in _IGNORED_RUN.finditer(self.text):
            run_at.append(run.start() - dropped)
            dropped += run.end() - run.start()
            dropped_before.append(dropped)
        self._run_at = run_at
        self._dropped_before = dropped_before
        # In pieces: one call over megabytes would hold the interpreter (a reader's UI
        # thread waits on it) for the whole of it. A piece ends at a space, so no run of
        # marks is cut and lower-casing sees whole words.
        pieces = []
        start = 0
        while start < len(self.text):
            end = self.text.find(" ", start + _PIECE)
            end = len(self.text) if end < 0 else end
            pieces.append(_fold_letters(_IGNORED_RUN.sub("", self.text[start:end])))
            start = end
        self.folded = "".join(pieces)

    def original(self, position: int) -> int:
        """The original offset of the character at folded `position`."""
        k = bisect.bisect_right(self._run_at, position)
        return position + (self._dropped_before[k - 1] if k else 0)

    def find(self, query: str, *, limit: int | None = None) -> list[Match]:
        """Every match of `query` in reading order (at most `limit`), in original offsets.

        A match ends after the marks on its last letter, so marking it never splits a
        letter from its harakat."""
        needle = fold(query.strip())
        if not needle:
            return []
        hay = self.folded
        text = self.text
        found: list[Match] = []
        at = hay.find(needle)
        while at >= 0 and (limit is None or len(found) < limit):
            if _starts_word(hay, at):
                start = self.original(at)
                end = self.original(at + len(needle) - 1) + 1
                while end < len(text) and _MARK.match(text, end):
                    end += 1
                found.append(Match(start, end))
            at = hay.find(needle, at + 1)
        return found


def _starts_word(hay: str, at: int) -> bool:
    """True when folded position `at` starts a word, maybe after proclitics."""
    for length in range(min(at, _LONGEST_PROCLITIC) + 1):
        start = at - length
        if (start == 0 or not hay[start - 1].isalnum()) and hay[start:at] in _PROCLITICS:
            return True
    return False


def find_matches(text: str, query: str) -> list[Match]:
    """Every match of `query` in `text` (folds `text` each call: use FoldedText to repeat)."""
    return FoldedText(text).find(query)
