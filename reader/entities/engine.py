"""The engine behind extract(): tokens, model, places, people, dates, then grouping."""

from __future__ import annotations

import datetime

from reader.entities.dates import article_date_from_text, find_dates
from reader.entities.gazetteer import lexicons
from reader.entities.grouping import group_dates, group_people, group_places
from reader.entities.model import Entity, Mention
from reader.entities.normalize import normalize
from reader.entities.people import find_people
from reader.entities.person_model import sequence_tagger
from reader.entities.places import find_places
from reader.entities.spans import Found
from reader.entities.tokens import Token, sentences, tokenize

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
    words = [t.text for t in tokens]
    norms = [_normalize(w) for w in words]
    lex = lexicons()
    tagger = sequence_tagger()
    model_spans: list[tuple[str, int, int]] = []
    for first, end in sentences(text, tokens):
        model_spans.extend((k, a + first, b + first) for k, a, b in tagger.tag(words[first:end]))

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
        + group_places([(f, _mention(text, tokens, f)) for f in places], lex.places.display)
        + group_dates(date_matches)
    )
    return sorted(entities, key=lambda e: (e.mentions[0].start, e.mentions[0].end))


def _dates(text: str, article_date: datetime.date | None) -> list:
    if article_date is None:
        article_date = article_date_from_text(text)
    return sorted(find_dates(text, article_date), key=lambda m: (m.start, m.end))


def _tokens_under(tokens: list[Token], spans: list[tuple[int, int]]) -> set[int]:
    if not spans:
        return set()
    out, j = set(), 0
    for start, end in spans:
        while j < len(tokens) and tokens[j].end <= start:
            j += 1
        k = j
        while k < len(tokens) and tokens[k].start < end:
            out.add(k)
            k += 1
    return out


def _mention(text: str, tokens: list[Token], f: Found) -> Mention:
    start = tokens[f.first].start + f.offset
    end = tokens[f.end - 1].end
    return Mention(start, end, text[start:end])
