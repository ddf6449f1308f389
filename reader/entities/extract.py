"""extract(): every person, place and date of an Arabic text, grouped into entities."""

from __future__ import annotations

import datetime

from reader.entities.results import Entity


def extract(text: str, *, article_date: datetime.date | None = None) -> list[Entity]:
    """People, places and dates in `text`, sorted by first mention; mentions sorted.

    Offsets are Python character offsets into `text` as given (load it with reader.text),
    and `text[m.start:m.end] == m.text` for every mention. `article_date` anchors relative
    dates ("أمس"); by default it is read from the text itself.
    """
    # The engine, its data and the model load on the first call, not at import: the UI
    # imports reader.entities at start-up.
    from reader.entities.engine import extract_entities

    return extract_entities(text, article_date)
