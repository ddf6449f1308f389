"""The one span type of the engine: tokens [first, end) of a text, with what they are."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """Tokens [first, end). For the sequence model's spans `kind` is its label type
    ("PERS", "LOC", "ORG", "MISC"); for a mention it is "person" or "place", `offset`
    skips the proclitics of its first token and `key` is the normalised bare form its
    mentions group by."""

    kind: str
    first: int
    end: int
    offset: int = 0
    key: str = ""

    def overlaps(self, first: int, end: int) -> bool:
        return self.first < end and first < self.end

    @property
    def tokens(self) -> range:
        return range(self.first, self.end)
