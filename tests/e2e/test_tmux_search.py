"""Search and copy in a real terminal (tmux): Arabic typed through the terminal reaches the
search line, which shows it shaped; the count; Y's paragraph through OSC 52."""

from __future__ import annotations

import re
import time

from reader.text.load import load_text
from tests.e2e.harness import SEED, reader_command
from tests.e2e.test_tmux_entities import read_right_to_left, wait_until
from tests.ui.conftest import occurrences


def test_arabic_typed_in_the_terminal_is_searched_and_y_copies_its_paragraph(terminal):
    text = load_text(SEED)
    found = occurrences(text, "مراكش")  # بمراكش too
    term = terminal(100, 30)
    term.start(reader_command(str(SEED)))
    term.tmux("set-option", "-g", "set-clipboard", "on")
    term.wait_for("Quit")
    term.tmux("send-keys", "/")
    term.tmux("send-keys", "-l", "مراكش")  # UTF-8 through the terminal, as a keyboard sends
    rows = wait_until(term, lambda rows: re.search(rf"^ / 1/{len(found)}\b", rows[-2]))
    bar = rows[-2]
    assert read_right_to_left(bar) == "مراكش"  # shaped, flush right, read right to left
    assert "ﺶﻛﺍﺮﻣ" in bar  # presentation forms in visual order, not the typed letters
    term.tmux("send-keys", "Enter", "n", "Y")
    start = found[1][0]  # n: the second match, in the first body paragraph
    paragraph = text[text.rfind("\n", 0, start) + 1:text.find("\n", start)]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and term.tmux("show-buffer") != paragraph:
        time.sleep(0.2)
    assert term.tmux("show-buffer") == paragraph  # the file's text, not the screen's cells
    # The copy can be read before the screen that shows n's step is painted: wait for it.
    wait_until(term, lambda rows: f"2/{len(found)}" in rows[-2])
