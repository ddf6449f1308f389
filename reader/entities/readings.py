"""Every proclitic reading of many words at once, so a word list is asked of them all in C."""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from reader.entities.clitics import PROCLITIC_LETTERS, proclitic_splits


@dataclass(frozen=True, slots=True)
class Readings:
    """The readings of many words (the stems of their proclitic_splits), flattened so that
    a word list is asked of all of them by one map in C: reading k reads word
    `owners[k]` as proclitics + `stems[k]`."""

    owners: npt.NDArray[np.int64]
    stems: list[str]
    words: int

    def any_in(self, known: Container[str]) -> npt.NDArray[np.bool_]:
        """Per word: whether one of its readings is in `known`."""
        hit = np.fromiter(map(known.__contains__, self.stems), dtype=bool, count=len(self.stems))
        out = np.zeros(self.words, dtype=bool)
        out[self.owners[hit]] = True
        return out


def readings(words: Sequence[str], norms: Sequence[str]) -> Readings:
    """The readings of `words`, whose normalize()d forms are `norms`."""
    # Every word reads as itself first (offset 0, its norm); only a word starting with a
    # proclitic letter has more.
    owners = list(range(len(words)))
    stems = list(norms)
    for k, norm in enumerate(norms):
        if norm[:1] in PROCLITIC_LETTERS:
            for _, stem in proclitic_splits(words[k])[1:]:
                owners.append(k)
                stems.append(stem)
    return Readings(np.array(owners, dtype=np.int64), stems, len(words))
