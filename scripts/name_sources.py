"""Name units (given names and surnames) from packaged name lists, for the gazetteer.

- `arabic-name-romanizer` 0.2.0: its index of name units from Wikidata (CC0), the units
  attested at least twice; the DziriNames rows (MIT, benchmark data) are left out.
- `arabnamer` 0.1.3: the Arabic side of its English-Arabic name dictionary (CC BY 4.0),
  foreign names included.
Both are read from the installed package's data files; nothing of them is imported.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sqlite3
from pathlib import Path

from reader.entities.normalize import normalize

_ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")  # no Persian/Urdu letters, one word
MIN_WIKIDATA_COUNT = 2


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise SystemExit(f"{name} is not installed: pip install -e '.[build-data]'")
    return Path(spec.origin).parent


def name_units() -> set[str]:
    """Normalised one-word given names and surnames from both lists."""
    index = _package_dir("arabic_name_romanizer") / "resources" / "names.sqlite3"
    with sqlite3.connect(f"file:{index}?mode=ro", uri=True) as db:
        rows = db.execute(
            "SELECT arabic_key FROM units WHERE source = 'wikidata' AND count >= ?",
            (MIN_WIKIDATA_COUNT,),
        ).fetchall()
    names = {key for (key,) in rows}
    pairs = _package_dir("arabnamer") / "data" / "dict_FINAL.json"
    names.update(json.loads(pairs.read_text(encoding="utf-8")).values())
    return {normalize(n) for n in names if _ARABIC_WORD.match(n) and len(normalize(n)) >= 3}
