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
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice, product
from typing import overload

from reader.text.highlights import Span, Step, clip

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
_MARKS_RUN = re.compile(f"{_MARK.pattern}+")

_SAME_LETTER = {
    "ا": "اأإآٱ",  # alef forms (hamza above, below, madda, wasla)
    "ي": "يىی",  # ya, alef maqsura, Farsi yeh
    "ه": "هة",  # ha, taa marbuta
    "ء": "ءؤئ",  # the hamza on its own and on its seats
    "ك": "كک",  # kaf, keheh
}
_FOLD = tuple(
    [(variant, letter) for letter, variants in _SAME_LETTER.items()
     for variant in variants if variant != letter]
    + [(chr(0x0660 + d), str(d)) for d in range(10)]  # Arabic-Indic digits
    + [(chr(0x06F0 + d), str(d)) for d in range(10)]  # Persian digits
)
"""Each variant and the letter it is read as. Thirty `str.replace` calls over a text
take a tenth of the time of one `str.translate` (which looks each character up)."""

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
    folded = text
    for variant, letter in _FOLD:
        folded = folded.replace(variant, letter)
    lower = folded.lower()
    # Lower-casing that changes a length (`İ`) would shift every offset after it.
    return lower if len(lower) == len(folded) else folded


@dataclass(frozen=True, slots=True)
class Match:
    """Characters `start:end` of the original text matched the query."""

    start: int
    end: int


class Matches:
    """Every match of a query, as two arrays of original offsets (starts, ends) in reading
    order: 138,000 matches of `ال` in a 5 MB article are 1 MB, sent between processes as
    bytes and read without making an object per match. Both arrays strictly increase (a
    later match starts and ends later)."""

    __slots__ = ("starts", "ends")

    def __init__(self, starts: array[int] | None = None, ends: array[int] | None = None
                 ) -> None:
        self.starts: array[int] = array("i") if starts is None else starts
        self.ends: array[int] = array("i") if ends is None else ends
        if len(self.starts) != len(self.ends):
            raise ValueError("as many starts as ends")

    def __len__(self) -> int:
        return len(self.starts)

    def __iter__(self) -> Iterator[Match]:
        return map(Match, self.starts, self.ends)

    def to_bytes(self) -> bytes:
        """The starts, then the ends, 4 bytes each in this machine's order."""
        return self.starts.tobytes() + self.ends.tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> Matches:
        """Matches from `to_bytes` (made on this machine)."""
        both = array("i")
        both.frombytes(data)
        half = len(both) // 2
        return cls(both[:half], both[half:])


class MatchIndex:
    """Matches as spans of one kind, stepped between as `SpanIndex` does (same methods),
    without a span object per match until one is asked for: an index of 138,000 matches
    is made at once, on the UI thread."""

    def __init__(self, matches: Matches, kind: str) -> None:
        self.matches = matches
        self.kind = kind

    def __len__(self) -> int:
        return len(self.matches)

    def __bool__(self) -> bool:
        return len(self.matches) > 0

    def _span(self, k: int) -> Span:
        return Span(self.matches.starts[k], self.matches.ends[k], self.kind)

    @property
    def spans(self) -> tuple[Span, ...]:
        """Every match as a span (makes them all)."""
        return tuple(map(self._span, range(len(self))))

    def position_of(self, span: Span) -> int:
        """Index of `span` among the matches (ValueError when it is not one of them)."""
        starts = self.matches.starts
        k = bisect.bisect_left(starts, span.start)
        if k < len(starts) and self._span(k) == span:
            return k
        raise ValueError(f"{span} is not in the index")

    def after(self, offset: int, *, inclusive: bool = False) -> Step | None:
        """The first match starting after `offset` (at or after it with `inclusive`),
        wrapping to the first; None when there are none."""
        if not self:
            return None
        starts = self.matches.starts
        k = (bisect.bisect_left if inclusive else bisect.bisect_right)(starts, offset)
        return Step(self._span(k), False) if k < len(starts) else Step(self._span(0), True)

    def before(self, offset: int) -> Step | None:
        """The last match starting before `offset`, wrapping to the last."""
        if not self:
            return None
        k = bisect.bisect_left(self.matches.starts, offset)
        return Step(self._span(k - 1), False) if k > 0 else Step(self._span(len(self) - 1), True)

    def step(self, span: Span, direction: int) -> Step | None:
        """The match after (`direction` > 0) or before `span` itself, wrapping."""
        if not self:
            return None
        k = self.position_of(span) + (1 if direction > 0 else -1)
        return Step(self._span(k % len(self)), not 0 <= k < len(self))

    def within(self, start: int, end: int) -> list[Span]:
        """The matches that overlap `start:end`, in reading order."""
        first = bisect.bisect_right(self.matches.ends, start)  # ends increase too
        last = bisect.bisect_left(self.matches.starts, end)
        return [self._span(k) for k in range(first, last)]

    def by_paragraph(self, paragraphs: Sequence[tuple[int, int]]) -> MatchesByParagraph:
        """The matches cut to paragraphs (`(start, end)` in the text), as `split_spans`."""
        return MatchesByParagraph(self, paragraphs)


class MatchesByParagraph(Sequence[tuple[Span, ...]]):
    """`split_spans` of a MatchIndex, each paragraph's spans made when it is painted."""

    def __init__(self, index: MatchIndex, paragraphs: Sequence[tuple[int, int]]) -> None:
        self._index = index
        self._paragraphs = paragraphs

    def __len__(self) -> int:
        return len(self._paragraphs)

    @overload
    def __getitem__(self, k: int) -> tuple[Span, ...]: ...
    @overload
    def __getitem__(self, k: slice) -> Sequence[tuple[Span, ...]]: ...
    def __getitem__(self, k: int | slice) -> tuple[Span, ...] | Sequence[tuple[Span, ...]]:
        if isinstance(k, slice):
            return [self[j] for j in range(*k.indices(len(self)))]
        start, end = self._paragraphs[k]
        return clip(self._index.within(start, end), start, end)


@dataclass(slots=True)
class FoldedText:
    """A text folded once (costly on megabytes), then searched for any number of queries."""

    text: str
    folded: str = field(init=False)
    _run_at: list[int] = field(init=False, repr=False)
    """Folded offset at which each run of dropped characters was."""
    _dropped_before: list[int] = field(init=False, repr=False)
    """Characters dropped up to and including each run."""
    _marks_at: list[int] = field(init=False, repr=False)
    """How many characters each run starts with that sit on the letter before it (marks,
    not tatweel): a match ending on that letter takes them."""

    def __post_init__(self) -> None:
        run_at: list[int] = []
        dropped_before: list[int] = []
        marks_at: list[int] = []
        kept: list[str] = []
        dropped = kept_to = 0
        text = self.text
        for run in _IGNORED_RUN.finditer(text):
            run_at.append(run.start() - dropped)
            dropped += run.end() - run.start()
            dropped_before.append(dropped)
            marks = _MARKS_RUN.match(run.group())
            marks_at.append(marks.end() if marks else 0)
            kept.append(text[kept_to:run.start()])
            kept_to = run.end()
        kept.append(text[kept_to:])
        stripped = "".join(kept)
        self._run_at = run_at
        self._dropped_before = dropped_before
        self._marks_at = marks_at
        # In pieces: one call over megabytes would hold the interpreter (a reader's UI
        # thread waits on it) for the whole of it. A piece ends at a space, so lower-casing
        # sees whole words.
        pieces = []
        start = 0
        while start < len(stripped):
            end = stripped.find(" ", start + _PIECE)
            end = len(stripped) if end < 0 else end
            pieces.append(_fold_letters(stripped[start:end]))
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
        found = self.find_all(query, limit=limit)
        return list(found) if found is not None else []

    def find_all(self, query: str, *, limit: int | None = None,
                 stop: Callable[[], bool] | None = None) -> Matches | None:
        """`find` as two arrays (see `Matches`); None when `stop()` turned true meanwhile
        (asked every few thousand matches: a newer query came)."""
        needle = fold(query.strip())
        if not needle:
            return Matches()
        # The regular expression module scans in C; only the hits come back to Python.
        hits = islice(_pattern(needle).finditer(self.folded), limit)
        positions = array("i")
        while chunk := [hit.start() for hit in islice(hits, _ASK_EVERY)]:
            positions.extend(chunk)
            if stop is not None and stop():
                return None
        length = len(needle)
        starts = self._originals(positions)
        ends = self._originals(array("i", [at + length - 1 for at in positions]), plus=1)
        self._take_marks(positions, length, ends)
        return Matches(starts, ends)

    def _originals(self, positions: array[int], *, plus: int = 0) -> array[int]:
        """`original` of each of `positions` (increasing), `plus` added; a stretch between
        two dropped runs at a time."""
        run_at, dropped_before = self._run_at, self._dropped_before
        out = array("i")
        i, count = 0, len(positions)
        while i < count:
            k = bisect.bisect_right(run_at, positions[i])
            shift = (dropped_before[k - 1] if k else 0) + plus
            j = bisect.bisect_left(positions, run_at[k], i) if k < len(run_at) else count
            out.extend([at + shift for at in positions[i:j]] if shift else positions[i:j])
            i = j
        return out

    def _take_marks(self, positions: array[int], length: int, ends: array[int]) -> None:
        """Move the end of each match whose last letter carries marks past them."""
        run_at, marks_at = self._run_at, self._marks_at
        if len(run_at) < len(positions):  # few runs: look each up among the matches
            for at, marks in zip(run_at, marks_at, strict=True):
                k = bisect.bisect_left(positions, at - length)
                if marks and k < len(positions) and positions[k] == at - length:
                    ends[k] += marks
        else:  # few matches: look each up among the runs
            for k, at in enumerate(positions):
                r = bisect.bisect_left(run_at, at + length)
                if r < len(run_at) and run_at[r] == at + length:
                    ends[k] += marks_at[r]


_ASK_EVERY = 4096


@lru_cache(maxsize=64)
def _pattern(needle: str) -> re.Pattern[str]:
    """Where `needle` starts a word in folded text: at its start or after a character that
    is no letter or digit, maybe with proclitics (`_PROCLITICS`) between. Its first letter,
    the rest looked ahead (so matches may overlap, as `لل` twice in `للل`), then what
    stands before it looked behind, one look a proclitic length."""
    head = re.escape(needle[0])
    rest = f"(?={re.escape(needle[1:])})" if len(needle) > 1 else ""
    # `[^\W_]` is a letter or digit, as `str.isalnum` says.
    behind = [f"(?<=(?<![^\\W_]){head})"]
    for length in range(1, _LONGEST_PROCLITIC + 1):
        same = sorted(p for p in _PROCLITICS if len(p) == length)
        if same:
            behind.append(f"(?<=(?<![^\\W_])(?:{'|'.join(map(re.escape, same))}){head})")
    return re.compile(f"{head}{rest}(?:{'|'.join(behind)})")


def find_matches(text: str, query: str) -> list[Match]:
    """Every match of `query` in `text` (folds `text` each call: use FoldedText to repeat)."""
    return FoldedText(text).find(query)
