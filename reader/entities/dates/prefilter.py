"""Where to look for dates: the stretches of text around the words each family of patterns needs."""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np

from reader.entities.dates import patterns as pat
from reader.entities.tokens import Tokens

Windows = dict[str, list[tuple[int, int]]]  # a family of patterns -> where to run them

FAMILIES = ("month", "number", "weekday", "relative", "decade")


def scan(
    pattern: re.Pattern[str], folded: str, windows: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """pattern.finditer(folded), tried only around the words its dates need: a regex
    tries every character of a megabyte text, a set lookup per distinct word is cheaper."""
    for start, end in windows:
        yield from pattern.finditer(folded, start, end)


def families(norm: str) -> set[str]:
    """Which patterns a word can anchor (see patterns.FAMILY_WORDS)."""
    found: set[str] = set()
    if pat.DIGIT.search(norm):
        if pat.NUMBER.search(norm):
            found.add("number")
        runs = pat.LETTER_RUN.findall(norm)  # a word glued to a number ("ديسمبر1903")
    else:
        runs = [norm]
    anchors = pat.ANCHOR_FAMILIES
    for run in runs:
        for k in range(min(pat.MAX_PREFIX, len(run) - 1) + 1):
            got = anchors.get(run[k:])
            if got:
                found.update(got)
    if pat.DECADE_WORD.search(norm):
        found.add("decade")
    return found


def type_families(norms: list[str]) -> list[frozenset[str]]:
    """`families` of many words at once: the regexes run once over all the words, and a
    word without a digit is looked up only if it ends as an anchor word does."""
    joined = "\n".join(norms)
    if joined.count("\n") != len(norms) - 1:  # a word holds a line break: one by one
        return [frozenset(families(norm)) for norm in norms]
    line_starts = np.cumsum([0] + [len(norm) + 1 for norm in norms[:-1]])

    def lines(pattern: re.Pattern[str]) -> set[int]:
        at = [m.start() for m in pattern.finditer(joined)]
        return set(np.searchsorted(line_starts, at, side="right").tolist()) if at else set()

    with_digits, decades = lines(pat.DIGIT), lines(pat.DECADE_WORD)
    anchors, endings = pat.ANCHOR_FAMILIES, pat.ANCHOR_ENDINGS
    shared: dict[frozenset[str], frozenset[str]] = {}
    out: list[frozenset[str]] = []
    for line, norm in enumerate(norms, 1):
        if line in with_digits:
            found = families(norm)
        elif norm[-2:] in endings or line in decades:
            found = set()
            for k in range(min(pat.MAX_PREFIX, len(norm) - 1) + 1):
                got = anchors.get(norm[k:])
                if got:
                    found.update(got)
            if line in decades:
                found.add("decade")
        else:
            out.append(_NO_FAMILY)
            continue
        kinds = frozenset(found)
        out.append(shared.setdefault(kinds, kinds))
    return out


_NO_FAMILY: frozenset[str] = frozenset()


def windows(folded: str, tokens: Tokens, marks: list[int]) -> Windows:
    """Per family, the stretches of `folded` around its anchor words, from and to a space."""
    of_type = type_families(tokens.type_norms)
    out: Windows = {family: [] for family in FAMILIES}
    anchored = np.array([bool(f) for f in of_type], dtype=bool)
    at = np.flatnonzero(anchored[tokens.ids]) if of_type else np.zeros(0, dtype=np.int64)
    # Offsets in the folded text: the marks before a token's edges are gone from it.
    starts = tokens.starts[at] - np.searchsorted(marks, tokens.starts[at])
    ends = tokens.ends[at] - np.searchsorted(marks, tokens.ends[at])
    for k, a, b in zip(tokens.ids[at].tolist(), starts.tolist(), ends.tolist(), strict=True):
        start = folded.rfind(" ", 0, max(0, a - pat.WINDOW)) + 1
        end = folded.find(" ", b + pat.WINDOW)
        end = len(folded) if end == -1 else end
        for family in of_type[k]:
            spans = out[family]
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
            else:
                spans.append((start, end))
    return out

