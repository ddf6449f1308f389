"""The engine behind extract(): tokens, model, places, people, dates, then grouping."""

from __future__ import annotations

import datetime

import numpy as np

from reader.entities.dates import DateMatch, article_date_from_text, find_dates
from reader.entities.gazetteer import lexicons
from reader.entities.grouping import group_dates, group_people, group_places
from reader.entities.people import find_people
from reader.entities.places import find_places
from reader.entities.readings import readings
from reader.entities.results import Entity, Mention
from reader.entities.sequence_model import SequenceTagger, sequence_tagger
from reader.entities.spans import Span
from reader.entities.tokens import Tokens, sentences, tokenize


def extract_entities(
    text: str, article_date: datetime.date | None, tagger: SequenceTagger | None = None
) -> list[Entity]:
    """People, places and dates in `text`, sorted by first mention (see extract()); the
    shipped model tags unless `tagger` is given (cross-validation gives each fold's)."""
    tokens = tokenize(text)
    date_matches = _dates(text, article_date, tokens)
    if not tokens:
        return group_dates(date_matches)
    norms = tokens.norms
    lex = lexicons()
    tagger = tagger or sequence_tagger()
    type_readings = readings(tokens.types, tokens.type_norms)
    bounds = sentences(text, tokens)
    model_spans = tagger.tag_sentences(tokens, bounds)

    date_tokens = _tokens_under(tokens, [(m.start, m.end) for m in date_matches])
    places = [
        p
        for p in find_places(
            tokens, model_spans, lex, type_readings, frozenset(first for first, _ in bounds)
        )
        if not date_tokens.intersection(range(p.first, p.end))
    ]
    # A one-word place inside a longer person name ("... آل مكتوم") yields to it, and so
    # does a place only the model proposed whose word is part of a person's full name
    # elsewhere (a lone "نولاند" after "فيكتوريا نولاند").
    in_long_person = {
        i for s in model_spans if s.kind == "PERS" and s.end - s.first >= 2 for i in s.tokens
    }
    name_words = {norms[i] for i in in_long_person}
    firm_places = [
        p
        for p in places
        if p.end - p.first > 1
        or not (
            p.first in in_long_person or (p.key not in lex.places.display and p.key in name_words)
        )
    ]
    blocked = set(date_tokens)
    for p in firm_places:
        blocked.update(range(p.first, p.end))
    people = find_people(tokens, model_spans, blocked, lex, type_readings)
    person_tokens = {t for f in people for t in range(f.first, f.end)}
    places = [p for p in places if not person_tokens.intersection(range(p.first, p.end))]

    starts, ends = tokens.starts.tolist(), tokens.ends.tolist()
    entities = (
        group_people([(f, _mention(text, starts, ends, f)) for f in people])
        + group_places(
            [(f, _mention(text, starts, ends, f)) for f in places],
            lex.places.display,
            lex.places.same_as,
            lex.places.same_country,
        )
        + group_dates(date_matches)
    )
    return sorted(entities, key=lambda e: (e.mentions[0].start, e.mentions[0].end))


def _dates(text: str, article_date: datetime.date | None, tokens: Tokens) -> list[DateMatch]:
    if article_date is None:
        article_date = article_date_from_text(text)
    return sorted(find_dates(text, article_date, tokens), key=lambda m: (m.start, m.end))


def _tokens_under(tokens: Tokens, spans: list[tuple[int, int]]) -> set[int]:
    """Indices of the tokens that overlap any of the character spans."""
    if not spans:
        return set()
    bounds = np.array(spans, dtype=np.int64)
    first = np.searchsorted(tokens.ends, bounds[:, 0], side="right")  # ends after start
    end = np.searchsorted(tokens.starts, bounds[:, 1], side="left")  # starts before end
    return {t for a, b in zip(first.tolist(), end.tolist(), strict=True) for t in range(a, b)}


def _mention(text: str, starts: list[int], ends: list[int], f: Span) -> Mention:
    start = starts[f.first] + f.offset
    end = ends[f.end - 1]
    return Mention(start, end, text[start:end])
