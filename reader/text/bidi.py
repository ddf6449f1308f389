"""The Unicode Bidirectional Algorithm (UAX #9) for text without explicit embeddings.

The reader neutralises embedding, override and isolate controls before layout (see
`sanitize`), so a paragraph is a single isolating run sequence at the paragraph level.
That leaves the implicit part of the algorithm — P2/P3, X9, W1–W7, N0–N2, I1–I2 — and the
line rules L1–L2, implemented here on index arrays so that the caller keeps a map between
logical and visual positions (python-bidi exposes neither levels nor maps).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache

from bidi.mirror import MIRRORED

_STRONG_R = frozenset({"R", "AL"})
_NEUTRAL = frozenset({"B", "S", "WS", "ON"})
# Characters the algorithm ignores (X9): they get a level for display purposes only.
_REMOVED = frozenset({"BN", "RLE", "LRE", "RLO", "LRO", "PDF"})
_ISOLATE_CONTROLS = frozenset({"LRI", "RLI", "FSI", "PDI"})

# Default Bidi_Class of code points unassigned in this Python's Unicode database
# (DerivedBidiClass.txt @missing lines): right-to-left blocks default to R or AL.
_DEFAULT_RANGES = (
    (0x0590, 0x05FF, "R"),
    (0x0600, 0x07BF, "AL"),
    (0x07C0, 0x085F, "R"),
    (0x0860, 0x08FF, "AL"),
    (0x20A0, 0x20CF, "ET"),
    (0xFB1D, 0xFB4F, "R"),
    (0xFB50, 0xFDCF, "AL"),
    (0xFDF0, 0xFDFF, "AL"),
    (0xFE70, 0xFEFF, "AL"),
    (0x10800, 0x10CFF, "R"),
    (0x10D00, 0x10D3F, "AL"),
    (0x10D40, 0x10EBF, "R"),
    (0x10EC0, 0x10EFF, "AL"),
    (0x10F00, 0x10F2F, "R"),
    (0x10F30, 0x10F6F, "AL"),
    (0x10F70, 0x10FFF, "R"),
    (0x1E800, 0x1EC6F, "R"),
    (0x1EC70, 0x1ECBF, "AL"),
    (0x1ECC0, 0x1ECFF, "R"),
    (0x1ED00, 0x1ED4F, "AL"),
    (0x1ED50, 0x1EDFF, "R"),
    (0x1EE00, 0x1EEFF, "AL"),
    (0x1EF00, 0x1EFFF, "R"),
)


@lru_cache(maxsize=65536)
def bidi_class(char: str) -> str:
    """The Bidi_Class of one character, with the standard defaults for unassigned ones."""
    cls = unicodedata.bidirectional(char)
    if cls:
        return cls
    code = ord(char)
    for low, high, default in _DEFAULT_RANGES:
        if low <= code <= high:
            return default
    if (code & 0xFFFE) == 0xFFFE or 0xFDD0 <= code <= 0xFDEF:
        return "BN"  # noncharacters are default ignorable
    return "L"


# Bracket pairs added in Unicode 14 that python-bidi's mirroring table does not have yet.
MIRRORED_SINCE_UNICODE_14 = {
    "\u2e55": "\u2e56",
    "\u2e56": "\u2e55",
    "\u2e57": "\u2e58",
    "\u2e58": "\u2e57",
    "\u2e59": "\u2e5a",
    "\u2e5a": "\u2e59",
    "\u2e5b": "\u2e5c",
    "\u2e5c": "\u2e5b",
}


def _bracket_pairs() -> tuple[dict[str, str], frozenset[str]]:
    """Opening bracket -> closing bracket, from the mirroring table and general categories.

    Equivalent to BidiBrackets.txt (a test checks it against Debian's copy).
    """
    openers: dict[str, str] = {}
    for char, mirror in {**MIRRORED, **MIRRORED_SINCE_UNICODE_14}.items():
        if unicodedata.category(char) == "Ps" and unicodedata.category(mirror) == "Pe":
            openers[char] = mirror
    return openers, frozenset(openers.values())


OPENING_TO_CLOSING, CLOSING_BRACKETS = _bracket_pairs()


def _canonical_bracket(char: str) -> str:
    # U+2329/U+232A are canonically equivalent to U+3008/U+3009 (BD16).
    return unicodedata.normalize("NFD", char) if "\u2329" <= char <= "\u232a" else char


def classes_of(text: str) -> list[str]:
    """Bidi classes of every character of `text`."""
    return [bidi_class(c) for c in text]


def paragraph_level(classes: Sequence[str], default: int = 0) -> int:
    """P2/P3: 1 if the first strong character is right-to-left, 0 if left-to-right."""
    for cls in classes:
        if cls == "L":
            return 0
        if cls in _STRONG_R:
            return 1
    return default


def resolve_levels(text: str, classes: Sequence[str], base_level: int) -> list[int]:
    """Embedding levels of each character of one paragraph (rules X9 to I2).

    Characters removed by X9 (BN) take the level of the character before them, or the
    paragraph level at the start, which is what line layout needs to place them.
    """
    n = len(classes)
    if n == 0:
        return []
    kept = [i for i in range(n) if classes[i] not in _REMOVED]
    types = [classes[i] for i in kept]
    # Isolate controls never reach here in the reader; treat them as neutrals if they do.
    types = ["ON" if t in _ISOLATE_CONTROLS else t for t in types]
    original = list(types)
    sos = "R" if base_level % 2 else "L"
    embedding = sos  # one isolating run sequence at the paragraph level
    _resolve_weak_types(types, sos)
    resolve_brackets(text, kept, types, original, sos, embedding)
    _resolve_neutral_types(types, sos, embedding)

    # I1/I2
    levels = [base_level] * n
    for k, i in enumerate(kept):
        t = types[k]
        if base_level % 2 == 0:
            levels[i] = base_level + (1 if t == "R" else 2 if t in ("AN", "EN") else 0)
        else:
            levels[i] = base_level + (1 if t in ("L", "EN", "AN") else 0)
    # Removed characters sit with their neighbour so lines keep them in place.
    last = base_level
    for i, cls in enumerate(classes):
        if cls in _REMOVED:
            levels[i] = last
        else:
            last = levels[i]
    return levels


def _resolve_weak_types(types: list[str], sos: str) -> None:
    """W1–W7, in place: marks, numbers, separators and terminators."""
    m = len(types)
    # W1: non-spacing marks take the type of the previous character.
    prev = sos
    for k in range(m):
        if types[k] == "NSM":
            types[k] = prev
        prev = types[k]
    # W2 and W3: European numbers after Arabic letters become Arabic numbers; AL -> R.
    last_strong = sos
    for k in range(m):
        t = types[k]
        if t == "EN":
            if last_strong == "AL":
                types[k] = "AN"
        elif t in ("L", "R", "AL"):
            last_strong = t
            if t == "AL":
                types[k] = "R"
    # W4: one separator between two numbers of the same kind joins them.
    for k in range(1, m - 1):
        t = types[k]
        if t == "ES" and types[k - 1] == "EN" and types[k + 1] == "EN":
            types[k] = "EN"
        elif t == "CS" and types[k - 1] in ("EN", "AN") and types[k + 1] == types[k - 1]:
            types[k] = types[k - 1]
    # W5: terminators next to European numbers become European numbers.
    for k, end in _runs(types, frozenset({"ET"})):
        if (k > 0 and types[k - 1] == "EN") or (end < m and types[end] == "EN"):
            types[k:end] = ["EN"] * (end - k)
    # W6: remaining separators and terminators are neutral.
    for k in range(m):
        if types[k] in ("ES", "ET", "CS"):
            types[k] = "ON"
    # W7: European numbers after left-to-right text are left-to-right.
    last_strong = sos
    for k in range(m):
        t = types[k]
        if t == "EN":
            if last_strong == "L":
                types[k] = "L"
        elif t in ("L", "R"):
            last_strong = t


def _resolve_neutral_types(types: list[str], sos: str, embedding: str) -> None:
    """N1/N2, in place: neutrals take the direction around them, or the embedding's."""
    m = len(types)
    # Runs of neutrals between two strong types of the same direction take it;
    # others take the embedding direction. Numbers count as R.
    for k, end in _runs(types, _NEUTRAL):
        before = sos if k == 0 else _strong_direction(types[k - 1])
        after = sos if end == m else _strong_direction(types[end])
        # eos equals sos: the paragraph is one run at its own level.
        direction = before if before == after else embedding
        types[k:end] = [direction] * (end - k)


def _runs(types: list[str], wanted: frozenset[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each maximal run of `types` in `wanted`, left to right.

    The caller may rewrite a run's types once it is yielded: the scan resumes after it.
    """
    m = len(types)
    k = 0
    while k < m:
        if types[k] in wanted:
            end = k + 1
            while end < m and types[end] in wanted:
                end += 1
            yield k, end
            k = end
        else:
            k += 1


def _strong_direction(t: str) -> str:
    return "L" if t == "L" else "R"


def resolve_brackets(
    text: str,
    kept: list[int],
    types: list[str],
    original: list[str],
    sos: str,
    embedding: str,
) -> None:
    """N0: paired brackets take the direction of their content and context (BD16)."""
    pairs = _find_bracket_pairs(text, kept, types)
    if not pairs:
        return
    opposite = "L" if embedding == "R" else "R"
    for open_k, close_k in pairs:
        inside = set()
        for j in range(open_k + 1, close_k):
            t = types[j]
            if t == "L":
                inside.add("L")
            elif t in ("R", "AN", "EN"):
                inside.add("R")
        if embedding in inside:
            direction = embedding
        elif opposite in inside:
            context = sos
            for j in range(open_k - 1, -1, -1):
                t = types[j]
                if t == "L":
                    context = "L"
                    break
                if t in ("R", "AN", "EN"):
                    context = "R"
                    break
            direction = opposite if context == opposite else embedding
        else:
            continue
        for k in (open_k, close_k):
            types[k] = direction
            # Marks after a bracket that changed follow it (they were ON through W1).
            j = k + 1
            while j < len(types) and original[j] == "NSM":
                types[j] = direction
                j += 1


def _find_bracket_pairs(text: str, kept: list[int], types: list[str]) -> list[tuple[int, int]]:
    """BD16 over the kept characters: positions (in `kept`) of matched bracket pairs."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for k, i in enumerate(kept):
        if types[k] != "ON":
            continue
        char = text[i]
        closing = OPENING_TO_CLOSING.get(char)
        if closing is not None:
            if len(stack) == 63:
                break
            stack.append((_canonical_bracket(closing), k))
        elif char in CLOSING_BRACKETS:
            wanted = _canonical_bracket(char)
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == wanted:
                    pairs.append((stack[depth][1], k))
                    del stack[depth:]
                    break
    pairs.sort()
    return pairs


def line_levels(
    classes: Sequence[str], levels: Sequence[int], start: int, end: int, base_level: int
) -> list[int]:
    """L1 for the line `start:end` of a paragraph: trailing whitespace and separators
    return to the paragraph level. Returns the levels of the line's characters."""
    out = list(levels[start:end])
    trailing = True
    for i in range(end - 1, start - 1, -1):
        cls = classes[i]
        if cls in ("S", "B"):
            out[i - start] = base_level
            trailing = True
        elif cls in ("WS", "BN") or cls in _ISOLATE_CONTROLS or cls in _REMOVED:
            if trailing:
                out[i - start] = base_level
        else:
            trailing = False
    return out


def visual_order(levels: Sequence[int]) -> list[int]:
    """L2: the positions of `levels` in the order they are displayed, left to right."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min(levels) | 1
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        n = len(order)
        while i < n:
            if levels[order[i]] >= level:
                j = i
                while j < n and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order
