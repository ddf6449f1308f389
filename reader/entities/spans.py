"""A found mention in token space, shared by the place, people and grouping steps."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Found:
    """Tokens [first, end) of a mention; `offset` skips proclitics of the first token.

    `key` is the normalised bare form used to group mentions into entities.
    """

    kind: str  # "person" | "place"
    first: int
    end: int
    offset: int
    key: str

    def overlaps(self, first: int, end: int) -> bool:
        return self.first < end and first < self.end
