"""The engine behind extract(): tokens, model, places, people, dates, then grouping."""

from __future__ import annotations

import datetime
from bisect import bisect_right

from reader.entities.dates import DateMatch, article_date_from_text, find_dates
from reader.entities.gazetteer import lexicons
from reader.entities.grouping import group_dates, group_people, group_places
from reader.entities.normalize import normalize
from reader.entities.people import find_people
from reader.entities.places import find_places
from reader.entities.results import Entity, Mention
from reader.entities.sequence_model import sequence_tagger
from reader.entities.spans import Found
from reader.entities.tokens import Tokens, sentences, tokenize

_norm_cache: dict[str, str] = {}


def _normalize(word: str) -> str:
    got = _norm_cache.get(word)
    if got is None:
        if len(_norm_cache) > 500_000:
            _norm_cache.clear()
        got = _norm_cache[word] = normalize(word)
    return got


def extract_entities(text: str, article_date: datetime.date | None) -> list[Entity]:
    """People, places and dates in `text`, sorted by first mention (see extract())."""
    date_matches = _dates(text, article_date)
    tokens = tokenize(text)
    if not tokens:
        return group_dates(date_matches)
    words = tokens.texts
    norms = [_normalize(w) for w in words]
    lex = lexicons()
    tagger = sequence_tagger()
    model_spans = tagger.tag_sentences(words, sentences(text, tokens))

    date_tokens = _tokens_under(tokens, [(m.start, m.end) for m in date_matches])
    places = [
        p
        for p in find_places(words, norms, model_spans, lex)
        if not date_tokens.intersection(range(p.first, p.end))
    ]
    # A one-word place inside a longer person name ("... آل مكتوم") yields to it, and so
    # does a place only the model proposed whose word is part of a person's full name
    # elsewhere (a lone "نولاند" after "فيكتوريا نولاند").
    in_long_person = {
        i for k, a, b in model_spans if k == "PERS" and b - a >= 2 for i in range(a, b)
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
    people = find_people(words, norms, model_spans, blocked, lex)
    person_tokens = {t for f in people for t in range(f.first, f.end)}
    places = [p for p in places if not person_tokens.intersection(range(p.first, p.end))]

    entities = (
        group_people([(f, _mention(text, tokens, f)) for f in people])
        + group_places(
            [(f, _mention(text, tokens, f)) for f in places],
            lex.places.display,
            lex.places.same_as,
        )
        + group_dates(date_matches)
    )
    return sorted(entities, key=lambda e: (e.mentions[0].start, e.mentions[0].end))


def _dates(text: str, article_date: datetime.date | None) -> list[DateMatch]:
    if article_date is None:
        article_date = article_date_from_text(text)
    return sorted(find_dates(text, article_date), key=lambda m: (m.start, m.end))


def _tokens_under(tokens: Tokens, spans: list[tuple[int, int]]) -> set[int]:
    """Indices of the tokens that overlap any of the sorted character spans."""
    out: set[int] = set()
    starts, ends = tokens.starts, tokens.ends
    for start, end in spans:
        k = bisect_right(ends, start)  # the first token ending after `start`
        while k < len(starts) and starts[k] < end:
            out.add(k)
            k += 1
    return out


def _mention(text: str, tokens: Tokens, f: Found) -> Mention:
    start = tokens.starts[f.first] + f.offset
    end = tokens.ends[f.end - 1]
    return Mention(start, end, text[start:end])
