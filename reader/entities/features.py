"""Features of the person/place sequence model, computed once per distinct word."""

from __future__ import annotations

from reader.entities.clitics import bare_form, proclitic_splits
from reader.entities.cues import (
    CUE_HEADS,
    EVENT_HEADS,
    NAME_LINKS,
    ORG_HEADS,
    PERSON_TITLES,
    PLACE_HEADS,
    SPORTS_HEADS,
)
from reader.entities.gazetteer import Lexicons
from reader.entities.normalize import normalize

# A word's own features, the features it gives its neighbours (as the word before, after,
# two before, two after), its bare form and its cue flags.
WordInfo = tuple[tuple[str, ...], tuple[tuple[str, ...], ...], str, frozenset[str]]
_ARABIC = frozenset(chr(c) for c in range(0x0621, 0x064B))
# What a neighbour contributes: its bare form and its cue flags, not its affixes.
_CONTEXT_FLAGS = (
    "tt", "ot", "lt", "ch", "ev", "sp", "gp", "ga", "gn", "nu", "fw", "nat", "nl", "pu",
)  # fmt: skip
_FAR_FLAGS = ("tt", "gn", "gp", "pu")


def shape(word: str) -> str:
    if word.isdigit():
        return "dig"
    if _ARABIC.issuperset(word):
        return "ar"
    if word.isascii() and word.isalpha():
        return "lat"
    if len(word) == 1:
        return "pu"
    return "mix"


class FeatureExtractor:
    """Turns token sequences into crfsuite feature lists; caches per distinct word."""

    def __init__(self, lex: Lexicons) -> None:
        self.lex = lex
        self._cache: dict[str, WordInfo] = {}

    def stem(self, word: str) -> tuple[int, str]:
        """Bare form: the least-stripped reading the lexicons know, else the article rule."""
        lex = self.lex
        for at, stem in proclitic_splits(word):
            if stem in lex.places.first_words or stem in lex.given_names:
                return at, stem
        return bare_form(word)

    def word_info(self, word: str) -> WordInfo:
        """What FeatureExtractor knows of one word, cached per distinct word."""
        cache = self._cache
        got = cache.get(word)
        if got is None:
            if len(cache) > 500_000:  # bound memory on huge, varied inputs
                cache.clear()
            got = cache[word] = self._word(word)
        return got

    def _word(self, word: str) -> WordInfo:
        """(own features, features as seen from neighbours at -1 +1 -2 +2, bare form,
        cue flags)."""
        lex = self.lex
        norm = normalize(word)
        at, stem = self.stem(word)
        sh = shape(norm)
        flags: list[str] = []
        if norm in PERSON_TITLES or stem in PERSON_TITLES:
            flags.append("tt")
        if stem in ORG_HEADS:
            flags.append("ot")
        if stem in PLACE_HEADS:
            flags.append("lt")
        if stem in CUE_HEADS:
            flags.append("ch")
        if stem in EVENT_HEADS:
            flags.append("ev")
        if stem in SPORTS_HEADS:
            flags.append("sp")
        if stem in lex.places.first_words:
            flags.append("ga" if stem in lex.places.ambiguous else "gp")
        elif stem in lex.places.words:
            flags.append("gw")
        if stem in lex.given_names:
            flags.append("gn")
        if stem in lex.name_units:
            flags.append("nu")
        if norm in lex.frequent_words or stem in lex.frequent_words:
            flags.append("fw")
        if stem in lex.nationalities or norm in lex.nationalities:
            flags.append("nat")
        if norm in NAME_LINKS:
            flags.append("nl")
        if sh == "pu":
            flags.append("pu")
        own = [
            "b",
            "w=" + norm,
            "s=" + stem,
            "p2=" + stem[:2],
            "p3=" + stem[:3],
            "x2=" + norm[-2:],
            "x3=" + norm[-3:],
            "cl=" + norm[: len(norm) - len(stem)] if at else "cl=",
            "sh=" + sh,
            "len=" + str(min(len(stem), 9)),
        ]
        if stem.startswith("ال"):
            own.append("al")
        own.extend(flags)
        ctx_flags = [f for f in flags if f in _CONTEXT_FLAGS]
        far_flags = [f for f in ctx_flags if f in _FAR_FLAGS]
        # As seen from the word after it ("-1"), before it ("+1"), two after, two before.
        context = (
            tuple([f"-1s={stem}", f"-1x2={norm[-2:]}"] + [f"-1{f}" for f in ctx_flags]),
            tuple([f"+1s={stem}", f"+1x2={norm[-2:]}"] + [f"+1{f}" for f in ctx_flags]),
            tuple([f"-2s={stem}"] + [f"-2{f}" for f in far_flags]),
            tuple([f"+2s={stem}"] + [f"+2{f}" for f in far_flags]),
        )
        return tuple(own), context, stem, frozenset(flags)

    def sequence(self, words: list[str]) -> list[list[str]]:
        """crfsuite items for one sentence of tokens."""
        info = [self.word_info(w) for w in words]
        n = len(words)
        out = []
        last_title = -9
        for i in range(n):
            feats = list(info[i][0])
            # A title a few words back ("وزير الخارجية الأمريكي أنتوني ...") still cues a name.
            if 1 < i - last_title <= 4:
                feats.append("title<4")
            if "tt" in info[i][3]:
                last_title = i
            if i > 0:
                feats += info[i - 1][1][0]
                feats.append(f"bg={info[i - 1][2]}|{info[i][2]}")
            else:
                feats.append("BOS")
            if i + 1 < n:
                feats += info[i + 1][1][1]
                feats.append(f"bg+={info[i][2]}|{info[i + 1][2]}")
            else:
                feats.append("EOS")
            if i > 1:
                feats += info[i - 2][1][2]
            if i + 2 < n:
                feats += info[i + 2][1][3]
            out.append(feats)
        return out
