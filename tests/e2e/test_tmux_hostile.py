"""The reader in tmux under stress: a resize storm, escape sequences inside the article, and
keys typed into tmux itself (its own key parser, escape-time and all) rather than injected."""

from __future__ import annotations

import re
import shlex
import unicodedata

from reader.text.load import load_text
from tests.e2e.harness import ARABIC_RUN, SEED, reader_command
from tests.e2e.screens import check_first_screen
from tests.e2e.test_tmux import RESTORED, modes
from tests.e2e.test_tmux_entities import first_person, read_right_to_left, status_row, wait_until
from tests.ui.conftest import occurrences

STORM = [(40, 12), (132, 43), (61, 17), (200, 10), (45, 50), (100, 30), (20, 8), (81, 25)]


def words_on(rows: list[str]) -> set[str]:
    """Every Arabic word on the screen, un-shaped and in reading order."""
    return {unicodedata.normalize("NFKC", run[::-1]) for row in rows
            for run in ARABIC_RUN.findall(row)}


def test_after_a_resize_storm_the_screen_is_the_one_a_fresh_start_shows(terminal):
    storm = terminal(80, 24)
    storm.start_in_shell(reader_command(str(SEED)))
    storm.wait_for("")
    for width, height in STORM * 4:  # as fast as tmux takes them
        storm.tmux("resize-window", "-x", str(width), "-y", str(height))
    storm.tmux("resize-window", "-x", "100", "-y", "30")
    fresh = terminal(100, 30)
    fresh.start(reader_command(str(SEED)))
    fresh.wait_for("")
    # Both settle (the panel fills, the last resize is laid out) on the same cells.
    rows = wait_until(storm, lambda rows: rows == fresh.screen(), seconds=60)
    check_first_screen(rows)
    storm.tmux("send-keys", "q")
    rows = storm.wait_for("exited=0", arabic=False)
    assert [row for row in rows if row.strip()] == ["exited=0"], "\n".join(rows)
    assert modes(storm) == RESTORED


HOSTILE = ("خبر عاجل\n"
           "قبل \x1b]0;evil\x07 وسط \x1b[2J بعد \x1b]52;c;ZXZpbA==\x07 ثم \x1bP+q\x1b\\ "
           "و\x9b2J نهاية\n")


def test_escape_sequences_in_the_article_neither_retitle_nor_clear_nor_copy(terminal, tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    sent, go = tmp_path / "sent.bin", tmp_path / "go"
    term = terminal(80, 24)
    # The reader starts only once tmux records what the pane receives.
    waiting = f"while [ ! -e {shlex.quote(str(go))} ]; do sleep 0.1; done; "
    term.start("sh -c " + shlex.quote(waiting + "exec " + reader_command(str(article))))
    term.tmux("select-pane", "-T", "title-before")
    term.tmux("set-option", "-g", "set-clipboard", "on")
    term.tmux("pipe-pane", "-o", f"cat > {shlex.quote(str(sent))}")
    go.touch()
    rows = term.wait_for("evil")
    screen = "\n".join(rows)
    # Each escape is a visible symbol; the words around the sequences are all there.
    assert screen.count("\u241b") == 5 and screen.count("\u2407") == 2, screen
    assert {"قبل", "وسط", "بعد", "ثم", "نهاية"} <= words_on(rows), screen
    assert term.flag("pane_title") == "title-before"
    assert term.tmux("show-buffer") == ""  # no OSC 52 reached tmux's clipboard
    received = sent.read_bytes()
    assert received, "tmux recorded nothing"
    for sequence in (b"\x1b]0;evil", b"\x1b]52;c;ZXZp", b"\x1bP+q", b"\xc2\x9b", b"\x1b[2J"):
        assert sequence not in received, sequence
    term.tmux("send-keys", "q")
    assert term.exited(), "q did not quit"


def test_keys_typed_into_tmux_jump_scroll_search_and_escape_closes(terminal):
    """A second tmux attaches to the reader's, inside a pane of the first: what is typed
    into that pane goes through tmux's own key parser (escape-time 500 ms) to the reader,
    as a user's keys do."""
    name, count = first_person()
    inner = terminal(60, 20)  # below 70 columns the panel is folded away
    inner.start(reader_command(str(SEED)))
    inner.tmux("set-option", "-g", "status", "off", ";", "set-option", "-g", "escape-time", "500")
    outer = terminal(60, 20)
    outer.start(f"tmux -L {inner.socket} -f /dev/null attach")
    outer.tmux("set-option", "-g", "status", "off")
    inner.wait_for("")

    def typed(*keys: str) -> None:
        outer.tmux("send-keys", *keys)

    typed("p")
    rows = wait_until(inner, lambda rows: f"1/{count}" in status_row(rows))
    assert name.split()[0] in words_on([status_row(rows)])
    typed("n")
    wait_until(inner, lambda rows: f"2/{count}" in status_row(rows))
    typed("NPage")
    wait_until(inner, lambda rows: re.search(r"\d+%", rows[0]))
    typed("Home")
    wait_until(inner, lambda rows: re.search(r"\btop\b", rows[0]))
    typed("e")
    wait_until(inner, lambda rows: "الأشخاص" in words_on(rows))
    typed("Escape")  # alone: tmux waits out its escape-time, then the reader sees escape
    rows = wait_until(inner, lambda rows: "الأشخاص" not in words_on(rows))
    found = occurrences(load_text(SEED), "مراكش")
    typed("/")
    typed("-l", "مراكش")  # UTF-8, read by tmux's parser as a keyboard's bytes
    rows = wait_until(inner, lambda rows: re.search(rf"^ / 1/{len(found)}\b", rows[-2]))
    assert read_right_to_left(rows[-2]) == "مراكش"
    typed("Enter")
    typed("n")
    wait_until(inner, lambda rows: re.search(rf"\b2/{len(found)}\b", rows[-2]))
    typed("Escape")  # clears the search
    rows = wait_until(inner, lambda rows: not re.search(rf"\d/{len(found)}\b", rows[-2]))
    typed("q")
    assert inner.exited(), "q did not quit:\n" + "\n".join(rows)
