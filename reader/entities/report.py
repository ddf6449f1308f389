"""Formatting of extract() results for the command line: json, jsonl or tsv."""

from __future__ import annotations

import json
from json.encoder import encode_basestring

from reader.entities.results import Entity

FORMATS = ("json", "jsonl", "tsv")
TSV_HEADER = "path\ttype\tname\tvalue\tcount\tforms\tspans"


def as_dict(path: str, entities: list[Entity]) -> dict[str, object]:
    """One file as {"path", "entities": [{"type", "name", "value", "mentions"}]}."""
    return {
        "path": path,
        "entities": [
            {
                "type": e.kind,
                "name": e.name,
                "value": e.value,
                "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in e.mentions],
            }
            for e in entities
        ],
    }


def format_report(path: str, entities: list[Entity], fmt: str, *, header: bool = True) -> str:
    """One file's entities as text, without a trailing newline.

    json: an indented object; jsonl: the same object on one line (one line per file when
    several are printed); tsv: a header then one row per entity (what a reader scans):
    path, type, name, value ("" if none), number of mentions, the distinct written forms
    joined by " | ", and the mentions' character spans as "start-end" joined by ",".
    `header=False` leaves out the tsv header (for the second file on).
    """
    if fmt == "json":
        return _indented(path, entities)
    if fmt == "jsonl":
        return json.dumps(as_dict(path, entities), ensure_ascii=False, separators=(",", ":"))
    if fmt == "tsv":
        rows = [TSV_HEADER] if header else []
        for e in entities:
            forms = list(dict.fromkeys(_cell(m.text) for m in e.mentions))
            spans = ",".join(f"{m.start}-{m.end}" for m in e.mentions)
            cells = [path, e.kind, e.name, e.value or "", str(len(e.mentions))]
            rows.append("\t".join(_cell(c) for c in cells) + f"\t{' | '.join(forms)}\t{spans}")
        return "\n".join(rows)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def _indented(path: str, entities: list[Entity]) -> str:
    """What json.dumps(as_dict(...), ensure_ascii=False, indent=2) writes, without its
    pure-Python indenting encoder (seconds on a 5 MB article)."""
    if not entities:
        return f'{{\n  "path": {_string(path)},\n  "entities": []\n}}'
    blocks = []
    for e in entities:
        mentions = ",\n".join(
            f'        {{\n          "start": {m.start},\n          "end": {m.end},\n'
            f'          "text": {_string(m.text)}\n        }}'
            for m in e.mentions
        )
        body = f"[\n{mentions}\n      ]" if e.mentions else "[]"
        value = "null" if e.value is None else _string(e.value)
        blocks.append(
            f'    {{\n      "type": {_string(e.kind)},\n      "name": {_string(e.name)},\n'
            f'      "value": {value},\n      "mentions": {body}\n    }}'
        )
    return f'{{\n  "path": {_string(path)},\n  "entities": [\n' + ",\n".join(blocks) + "\n  ]\n}"


def _string(text: str) -> str:
    return encode_basestring(text)  # json.dumps(text, ensure_ascii=False), in C


def _cell(text: str) -> str:
    # A mention may span a line break; a TSV cell must not.
    return " ".join(text.replace("\t", " ").split())
