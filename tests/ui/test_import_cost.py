"""What the reader's UI process imports: the engine's heavy parts stay in its child.

numpy (60-130 ms to import), hijridate and the date patterns are the engine's; the UI
reads date values and place names without them, and loads the gazetteer only when the
panel shows a place, after the first frame. Each check runs in a fresh interpreter.
"""

from __future__ import annotations

import subprocess
import sys

FIRST_FRAME = "import reader.cli, reader.ui.app"
PANEL = """
from reader.entities import Entity, Mention
from reader.ui.screens.entity_rows import panel_entries
rows = panel_entries([
    Entity("date", "26 شوال 1436 هـ", "2015-08-11", (Mention(0, 5, "x"),)),
    Entity("date", "الأربعاء الماضي", "weekday:WE-1", (Mention(6, 9, "y"),)),
    Entity("place", "المغرب", None, (Mention(10, 16, "المغرب"),)),
])
"""


def modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint(' '.join(sys.modules))"],
        capture_output=True, text=True, check=True,
    ).stdout
    return set(out.split())


def test_the_first_frame_needs_no_engine_part():
    loaded = modules_after(FIRST_FRAME)
    assert not {"numpy", "hijridate", "reader.entities.dates", "reader.entities.gazetteer",
                "reader.geo.places", "reader.ui.screens.library_screen"} & loaded


def test_the_first_frame_defers_what_only_some_articles_or_keys_need():
    # The regex module's tables (grapheme clusters of emoji and the like, 10 ms), the
    # search's matcher (the first /), the panel's rows (made when the engine answers,
    # with the date values they read, and the result types the engine's answer brings) and
    # the library and the reading positions (a folder, an article given by path).
    loaded = modules_after(FIRST_FRAME)
    assert not {"regex", "reader.text.search", "reader.ui.search_process",
                "reader.ui.screens.entity_rows", "reader.entities.date_value",
                "reader.entities.results", "reader.library", "hashlib", "tomllib"} & loaded


def test_the_reader_alone_reads_no_argument_through_argparse():
    # `arabic-reader` with no argument (the bundled article) is the most common start;
    # argparse and its gettext are some 3 ms of it.
    loaded = modules_after(FIRST_FRAME + "\nfrom reader.cli import _reader_options"
                           "\nassert _reader_options([]).file is None")
    assert not {"argparse", "gettext", "reader.arguments"} & loaded


def test_no_argument_reads_as_argparse_reads_none():
    from reader.arguments import reader_parser
    from reader.cli import NO_ARGUMENTS

    assert vars(NO_ARGUMENTS) == vars(reader_parser().parse_args([]))


def test_the_panel_reads_values_and_english_names_without_the_engine():
    loaded = modules_after(FIRST_FRAME + "\n" + PANEL + "\nassert rows[2].detail == 'Morocco'"
                           "\nassert rows[1].detail == 'last Wednesday', rows[1].detail")
    assert "reader.geo.places" in loaded
    assert not {"numpy", "hijridate", "reader.entities.dates"} & loaded
