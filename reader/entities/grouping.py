"""Grouping of mentions into entities: same bare name, surname to full name, same date."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

from reader.entities.dates import DateMatch
from reader.entities.normalize import normalize
from reader.entities.results import Entity, Mention
from reader.entities.spans import Span


def group_places(
    found: list[tuple[Span, Mention]],
    display: dict[str, str],
    same_as: dict[str, str] | None = None,
    same_country: dict[str, str] | None = None,
) -> list[Entity]:
    """One entity per place: per normalised bare name, with the spellings and epithets the
    gazetteer knows for it (`same_as`: "أبو ظبي" -> "أبوظبي", "أم القرى" -> "مكة"), named
    as the gazetteer spells it; and a country's names in their own right together
    (`same_country`: "بريطانيا" -> "المملكة المتحدة"), named by the one the text uses
    most (the group's own on a tie)."""
    same_as = same_as or {}
    same_country = same_country or {}
    groups: dict[str, list[tuple[str, Mention]]] = {}
    for f, mention in found:
        name = same_as.get(f.key, f.key)
        groups.setdefault(same_country.get(name, name), []).append((name, mention))
    entities = []
    for head, named in groups.items():
        uses = Counter(name for name, _ in named)
        key = max(uses, key=lambda k: (uses[k], k == head))
        mentions = [mention for _, mention in named]
        entities.append(
            Entity("place", display.get(key) or _most_common(mentions), None, _sorted(mentions))
        )
    return entities


def group_people(found: list[tuple[Span, Mention]]) -> list[Entity]:
    """Full names group by equal bare form (or a shorter full name that begins a longer
    one); a one-word mention joins the full name it ends (else one it contains)."""
    full: dict[tuple[str, ...], list[Mention]] = {}
    single: list[tuple[str, Mention]] = []
    for f, mention in found:
        parts = tuple(f.key.split(" "))
        if len(parts) > 1:
            full.setdefault(parts, []).append(mention)
        else:
            single.append((parts[0], mention))
    # "سلمان بن عبدالعزيز" inside "سلمان بن عبدالعزيز آل سعود": same person if unique.
    # Each name's proper prefixes that are names too: linear in the words of the names.
    extensions: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for parts in full:
        for k in range(1, len(parts)):
            if parts[:k] in full:
                extensions.setdefault(parts[:k], []).append(parts)
    for short in sorted(full, key=len):
        longer = [p for p in extensions.get(short, ()) if p in full]
        if len(longer) == 1:
            full[longer[0]].extend(full.pop(short))
    owners = _Owners(full)
    orphans: dict[str, list[Mention]] = {}
    for word, mention in single:
        target = owners.find(word, mention.start)
        if target is None:
            orphans.setdefault(word, []).append(mention)
        else:
            full[target].append(mention)
    entities = []
    for mentions in full.values():
        entities.append(Entity("person", _longest(mentions), None, _sorted(mentions)))
    for mentions in orphans.values():
        entities.append(Entity("person", _most_common(mentions), None, _sorted(mentions)))
    return entities


class _Owners:
    """Which full name a one-word mention belongs to: one ending in the word, else one
    containing it; among several, the one mentioned last before it (else the first).
    Each lookup is a bisection, however many names share the word."""

    def __init__(self, full: dict[tuple[str, ...], list[Mention]]) -> None:
        by_last: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        by_any: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for parts, mentions in full.items():
            starts = [m.start for m in mentions]
            by_last.setdefault(parts[-1], []).extend((s, parts) for s in starts)
            for word in set(parts):
                by_any.setdefault(word, []).extend((s, parts) for s in starts)
        # Per word: every mention of the names it may join, by start; and the name
        # mentioned first, for a word that comes before all of them.
        self.indexes = [_MentionIndex(by_last), _MentionIndex(by_any)]

    def find(self, word: str, start: int) -> tuple[str, ...] | None:
        # A name mentioned before wins over one mentioned only later: "الملك سلمان"
        # after "سلمان بن عبدالعزيز" is not "محمد بن سلمان" further on.
        for index in self.indexes:
            found = index.last_before(word, start)
            if found is not None:
                return found
        for index in self.indexes:
            found = index.first(word)
            if found is not None:
                return found
        return None


class _MentionIndex:
    """word -> the mentions (start, name) of the names it may join, sorted by start."""

    def __init__(self, mentions: dict[str, list[tuple[int, tuple[str, ...]]]]) -> None:
        self.starts: dict[str, list[int]] = {}
        self.names: dict[str, list[tuple[str, ...]]] = {}
        for word, pairs in mentions.items():
            pairs.sort(key=lambda pair: pair[0])
            self.starts[word] = [s for s, _ in pairs]
            self.names[word] = [name for _, name in pairs]

    def last_before(self, word: str, start: int) -> tuple[str, ...] | None:
        starts = self.starts.get(word)
        if not starts:
            return None
        k = bisect_left(starts, start)
        return self.names[word][k - 1] if k else None

    def first(self, word: str) -> tuple[str, ...] | None:
        names = self.names.get(word)
        return names[0] if names else None


def group_dates(matches: Sequence[DateMatch]) -> list[Entity]:
    """Date matches with the same value and the same normalised wording are one entity."""
    groups: dict[tuple[str | None, str], list[Mention]] = {}
    for m in matches:
        key = (m.value, " ".join(normalize(m.text).split()))
        groups.setdefault(key, []).append(Mention(m.start, m.end, m.text))
    return [
        Entity("date", _most_common(ms), value, _sorted(ms)) for (value, _), ms in groups.items()
    ]


def _sorted(mentions: list[Mention]) -> tuple[Mention, ...]:
    return tuple(sorted(set(mentions), key=lambda m: (m.start, m.end)))


def _most_common(mentions: list[Mention]) -> str:
    """The form written most often; among equals, the one written first."""
    counts = Counter(_shown(m.text) for m in mentions)
    first: dict[str, int] = {}
    for m in mentions:
        text = _shown(m.text)
        if m.start < first.get(text, m.start + 1):
            first[text] = m.start
    return max(counts, key=lambda t: (counts[t], -first[t]))


def _longest(mentions: list[Mention]) -> str:
    def rank(m: Mention) -> tuple[int, int, int]:
        return len(_shown(m.text).split()), len(m.text), -m.start

    return _shown(max(mentions, key=rank).text)


def _shown(text: str) -> str:
    """A mention's text as an entity's name: the words of a hashtag ("#فلاديمير_بوتين",
    its mention "فلاديمير_بوتين") apart, as the tokenizer reads them."""
    return text.replace("_", " ")
