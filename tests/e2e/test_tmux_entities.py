"""Entities in a real terminal (tmux): jump keys through tmux's key encoding, the status line
as painted, the copy through OSC 52, and ctrl+z / fg."""

from __future__ import annotations

import re
import time

from reader.entities import extract
from reader.text.load import load_text
from tests.e2e.harness import ARABIC_RUN, SEED, reader_command


def first_person() -> tuple[str, int]:
    """The bundled article's first person mentioned (the engine's own answer, which the
    entity tests pin down) and how many times it is mentioned."""
    people = [e for e in extract(load_text(SEED)) if e.kind == "person"]
    first = min(people, key=lambda e: e.mentions[0].start)
    return first.name, len(first.mentions)


def status_row(rows: list[str]) -> str:
    return rows[-2]  # above the footer


def read_right_to_left(row: str) -> str:
    """The Arabic words of a painted row, in reading order, unshaped."""
    import unicodedata

    words = ARABIC_RUN.findall(row)
    return " ".join(unicodedata.normalize("NFKC", word[::-1]) for word in reversed(words))


def wait_until(term, predicate, seconds: float = 30) -> list[str]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        rows = term.screen()
        if predicate(rows):
            return rows
        time.sleep(0.2)
    raise AssertionError("\n".join(term.screen()))


def test_p_names_the_first_person_with_its_count_in_the_status_line(terminal):
    name, count = first_person()
    term = terminal(120, 40)
    term.start(reader_command(str(SEED)))
    term.wait_for("Quit")
    term.tmux("send-keys", "p")  # pressed at once: the jump waits for the engine if need be
    rows = wait_until(term, lambda rows: re.search(r"\b1/\d+\b", status_row(rows)))
    status = status_row(rows)
    assert f"1/{count}" in status
    assert read_right_to_left(status) == name
    # The name is on the right, shaped; i/n on its left, in ASCII digits.
    assert status.rstrip().endswith(ARABIC_RUN.findall(status)[-1])
    assert status.index(f"1/{count}") < status.index(ARABIC_RUN.findall(status)[0])


def test_y_copies_the_name_as_text_through_osc_52(terminal):
    name, _ = first_person()
    term = terminal(120, 40)
    term.start(reader_command(str(SEED)))
    term.tmux("set-option", "-g", "set-clipboard", "on")
    term.wait_for("Quit")
    term.tmux("send-keys", "p")
    wait_until(term, lambda rows: re.search(r"\b1/\d+\b", status_row(rows)))
    term.tmux("send-keys", "y")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and term.tmux("show-buffer") != name:
        time.sleep(0.2)
    assert term.tmux("show-buffer") == name  # logical order, not the painted cells


def test_ctrl_z_suspends_and_fg_repaints_the_reader(terminal):
    term = terminal(100, 30)
    term.start("bash --norc --noprofile -i")
    time.sleep(0.5)
    term.tmux("send-keys", reader_command(str(SEED)), "Enter")
    term.wait_for("Quit")
    term.tmux("send-keys", "C-z")
    rows = wait_until(term, lambda rows: any("Stopped" in row for row in rows), 15)
    assert term.flag("alternate_on") == "0"
    assert not any(ARABIC_RUN.search(row) for row in rows)
    term.tmux("send-keys", "fg", "Enter")
    rows = term.wait_for("Quit")
    assert term.flag("alternate_on") == "1"
    assert sum(bool(ARABIC_RUN.search(row)) for row in rows) > 20  # the article, again
    term.tmux("send-keys", "q")
