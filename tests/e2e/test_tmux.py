"""The reader in a real terminal (tmux), read back off the screen as a user sees it."""

from __future__ import annotations

import os
import shlex
import signal
import sys
import time

import pytest

from tests.e2e.harness import (
    ARABIC_RUN,
    SEED,
    reader_command,
    rightmost_word_read_right_to_left,
)
from tests.e2e.screens import check_first_screen, colours, is_grey

# tmux's view of the terminal modes a program may leave behind.
RESTORED = {"alternate_on": "0", "cursor_flag": "1", "mouse_any_flag": "0"}
IN_APP = {"alternate_on": "1", "cursor_flag": "0", "mouse_any_flag": "1"}


def modes(term) -> dict[str, str]:
    return {name: term.flag(name) for name in RESTORED}


SIZES = [(80, 24), (132, 43), (40, 12)]
TERMS = ["xterm-256color", "xterm", "screen", "linux"]


@pytest.mark.parametrize(
    ("size", "env"),
    [*((size, {"TERM": name}) for size in SIZES for name in TERMS),
     ((40, 12), {"TERM": "xterm", "NO_COLOR": "1"}), ((80, 24), {"NO_COLOR": "1"})],
    ids=[*(f"{w}x{h}-{name}" for w, h in SIZES for name in TERMS),
         "40x12-xterm-no-color", "80x24-no-color"],
)
def test_first_words_are_on_first_lines_flush_right_and_q_quits(terminal, size, env):
    term = terminal(*size, env)
    term.start(reader_command(str(SEED)))
    rows = term.wait_for("")
    check_first_screen(rows)
    used = colours(term.tmux("capture-pane", "-e", "-p"))
    if "NO_COLOR" in env:
        assert used and all(is_grey(colour) for colour in used), used
    elif env.get("TERM") in ("xterm", "screen", "linux"):  # 8 or 16 colours in terminfo
        assert used and all(system == "16" for system, *_ in used), used
    else:
        assert any(system == "256" for system, *_ in used), used
    term.tmux("send-keys", "q")
    assert term.exited(), "q did not quit"


@pytest.mark.parametrize(
    "shell_command",
    [
        f"cat {shlex.quote(str(SEED))} | {reader_command('-')}",
        f"cat {shlex.quote(str(SEED))} | {reader_command()}",
        f"{reader_command()} < {shlex.quote(str(SEED))}",
    ],
    ids=["pipe-with-dash", "pipe-without-dash", "redirect"],
)
def test_an_article_on_stdin_is_shown_and_keys_come_from_the_terminal(terminal, shell_command):
    article = "زار الوفد المغربي مدينة طنجة صباح اليوم.\n"
    term = terminal(80, 24)
    # A different article from the bundled one, so showing the bundled one would fail.
    command = shell_command.replace(shlex.quote(str(SEED)), "article.txt")
    (term.pid_file.parent / "article.txt").write_text(article, encoding="utf-8")
    term.start_in_shell(f"cd {shlex.quote(str(term.pid_file.parent))} && {command}",
                        signalable=False)
    rows = term.wait_for("")
    words = [rightmost_word_read_right_to_left(row) for row in rows if ARABIC_RUN.search(row)]
    assert "زار" in words, "\n".join(rows)
    assert "التحالف" not in words
    term.tmux("send-keys", "q")
    assert "exited=0" in term.wait_for("exited=", arabic=False)


@pytest.mark.parametrize(
    ("how", "status", "term_name"),
    [
        ("q", 0, "xterm-256color"),
        (signal.SIGTERM, 128 + signal.SIGTERM, "xterm-256color"),
        (signal.SIGHUP, 128 + signal.SIGHUP, "xterm-256color"),
        ("q", 0, "linux"),
        (signal.SIGTERM, 128 + signal.SIGTERM, "xterm"),
        (signal.SIGHUP, 128 + signal.SIGHUP, "screen"),
    ],
    ids=["q", "SIGTERM", "SIGHUP", "q-TERM=linux", "SIGTERM-TERM=xterm", "SIGHUP-TERM=screen"],
)
def test_q_sigterm_and_sighup_give_the_shell_its_terminal_back(terminal, how, status, term_name):
    term = terminal(80, 24, {"TERM": term_name})
    term.start_in_shell(reader_command(str(SEED)))
    term.wait_for("")
    assert modes(term) == IN_APP
    if how == "q":
        term.tmux("send-keys", "q")
    else:
        os.kill(term.command_pid(), how)
    rows = term.wait_for("exited=", arabic=False)
    assert f"exited={status}" in rows
    assert modes(term) == RESTORED
    assert not any(ARABIC_RUN.search(row) for row in rows), "\n".join(rows)


@pytest.mark.parametrize(
    "sizes",
    [[(40, 12), (80, 24)], [(80, 24), (132, 43)]],
    ids=["40x12-to-80x24", "80x24-to-132x43"],
)
def test_quitting_after_the_window_grew_leaves_the_shell_screen_as_it_was(terminal, sizes):
    # tmux 3.3 reflows the alternate screen's wide lines into the shell's screen when the
    # window grew in both directions (less does it too); the driver blanks them first.
    term = terminal(*sizes[0])
    term.start_in_shell(reader_command(str(SEED)))
    term.wait_for("")
    for width, height in sizes[1:]:
        term.tmux("resize-window", "-x", str(width), "-y", str(height))
        rows = term.wait_for("")
        assert max(len(row) for row in rows) > width - 10  # repainted at the new size
    term.tmux("send-keys", "q")
    rows = term.wait_for("exited=0", arabic=False)
    assert [row for row in rows if row.strip()] == ["exited=0"], "\n".join(rows)


def test_a_fifo_without_a_writer_says_it_is_being_read_and_ctrl_c_stops_it(terminal):
    term = terminal(80, 24)
    fifo = term.pid_file.parent / "article.fifo"
    os.mkfifo(fifo)
    term.start_in_shell(reader_command(str(fifo)))
    rows = term.wait_for("reading", seconds=10, arabic=False)
    assert sum("reading" in row for row in rows) == 1, rows
    term.tmux("send-keys", "C-c")
    rows = term.wait_for("exited=", seconds=10, arabic=False)
    assert any(row.endswith("exited=130") for row in rows), rows  # after the echoed ^C
    assert not any("Traceback" in row for row in rows), "\n".join(rows)


def test_a_slow_pipe_says_it_is_being_read_then_shows_the_article(terminal):
    term = terminal(80, 24)
    term.start_in_shell(f"(sleep 2; cat {shlex.quote(str(SEED))}) | {reader_command()}",
                        signalable=False)
    started = time.monotonic()
    term.wait_for("reading stdin", seconds=10, arabic=False)
    assert time.monotonic() - started < 2, "the notice came only once the data did"
    rows = term.wait_for("")
    words = [rightmost_word_read_right_to_left(row) for row in rows if ARABIC_RUN.search(row)]
    assert "التحالف" in words
    term.tmux("send-keys", "q")
    assert "exited=0" in term.wait_for("exited=", arabic=False)


STUCK_READER = """
import sys, time
from reader import cli
from reader.ui import app

class StuckApp(app.ReaderApp):
    def on_ready(self) -> None:
        self.set_timer(0.5, lambda: time.sleep(60))  # the event loop stops answering

app.ReaderApp = StuckApp
sys.exit(cli.main(sys.argv[1:]))
"""


def test_sigterm_restores_the_terminal_even_when_the_app_is_stuck(terminal, tmp_path):
    script = tmp_path / "stuck_reader.py"
    script.write_text(STUCK_READER, encoding="utf-8")
    term = terminal(80, 24)
    term.start_in_shell(shlex.join([sys.executable, str(script), str(SEED)]))
    term.wait_for("")
    time.sleep(1)  # past the timer: the loop is asleep
    os.kill(term.command_pid(), signal.SIGTERM)
    started = time.monotonic()
    rows = term.wait_for("exited=", seconds=15, arabic=False)
    assert time.monotonic() - started < 6, "the driver's grace period is 2 s"
    assert f"exited={128 + signal.SIGTERM}" in rows
    assert modes(term) == RESTORED


@pytest.mark.parametrize("redirect", ["< /dev/null", "<&-"], ids=["dev-null", "closed"])
def test_with_no_article_on_stdin_the_bundled_one_opens_and_keys_work(terminal, redirect):
    term = terminal(80, 24)
    term.start_in_shell(f"{reader_command()} {redirect}", signalable=False)
    rows = term.wait_for("")
    words = [rightmost_word_read_right_to_left(row) for row in rows if ARABIC_RUN.search(row)]
    assert words[0] == "التحالف", "\n".join(rows)
    term.tmux("send-keys", "q")
    assert "exited=0" in term.wait_for("exited=", arabic=False)


def test_the_reader_exits_when_its_terminal_goes_away(terminal):
    # tmux's server killed (as a closed SSH link or terminal window does): the pty hangs
    # up, and Textual's shutdown would wait for good on its writer thread.
    term = terminal(80, 24)
    term.start_in_shell(reader_command(str(SEED)))
    term.wait_for("")
    pid = term.command_pid()
    term.close()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    os.kill(pid, signal.SIGKILL)
    raise AssertionError("the reader outlived its terminal")
