"""Read the news-dev articles and their gold spans (../shared/data/news-dev)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

# news-dev's gold types, as extract()'s kinds.
NEWS_TYPES = {"PERSON": "person", "PLACE": "place", "DATE": "date"}


@dataclass(frozen=True)
class Article:
    """One article's text and its gold (start, end, kind) character spans."""

    name: str
    text: str
    gold: tuple[tuple[int, int, str], ...]


def read_news_dev(folder: Path) -> list[Article]:
    """Every NN.txt with its NN.gold.json, in file order."""
    out = []
    for path in sorted(folder.glob("[0-9][0-9].txt")):
        text = path.read_text(encoding="utf-8")
        raw = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        gold = tuple((g["start"], g["end"], NEWS_TYPES[g["type"]]) for g in raw)
        out.append(Article(path.stem, text, gold))
    return out
