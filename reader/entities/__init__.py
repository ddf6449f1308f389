"""Pure entity engine: people, places and dates of an Arabic text. No Textual import."""

from __future__ import annotations

from reader.entities.extract import extract
from reader.entities.results import Entity, Mention

__all__ = ["Entity", "Mention", "extract"]
