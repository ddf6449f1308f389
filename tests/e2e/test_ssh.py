"""The reader over SSH: OpenSSH's sshd on 127.0.0.1, `ssh -t` into it from a tmux pane, the
remote end given TERM alone (no LANG, no COLORTERM), as a user logging in would see it."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import time

import pytest

from tests.e2e.harness import ROOT, SEED
from tests.e2e.screens import check_first_screen, colours
from tests.e2e.test_tmux import RESTORED, modes
from tests.e2e.test_tmux_entities import first_person, read_right_to_left, status_row, wait_until


def remote_reader(sshd) -> str:
    """The remote command: the reader from this checkout's venv. Its settings and state go
    to the server's directory, not to the user's home; nothing else is set."""
    places = [f"XDG_{name}_HOME={shlex.quote(str(sshd.directory / name.lower()))}"
              for name in ("CONFIG", "STATE")]
    return (f"cd {shlex.quote(str(ROOT))} && "
            f"{' '.join(places)} exec {shlex.join([sys.executable, '-m', 'reader', str(SEED)])}")


def test_the_remote_end_gets_term_and_no_locale(sshd):
    result = subprocess.run([*sshd.ssh_args("-tt"), "env"], capture_output=True, text=True,
                            timeout=60, stdin=subprocess.DEVNULL,
                            env={"PATH": "/usr/bin:/bin", "TERM": "xterm-256color",
                                 "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "COLORTERM": "truecolor"})
    assert result.returncode == 0, result.stderr
    names = {line.split("=", 1)[0] for line in result.stdout.splitlines() if "=" in line}
    assert "TERM=xterm-256color" in result.stdout.splitlines()  # from the pty request
    assert not names & {"LANG", "LC_ALL", "LC_CTYPE", "COLORTERM"}, sorted(names)


@pytest.mark.parametrize("term_name", ["xterm-256color", "linux"])
def test_over_ssh_the_first_screen_a_jump_and_the_copy_reach_the_local_terminal(
    terminal, sshd, term_name
):
    name, count = first_person()
    term = terminal(120, 40, {"TERM": term_name})
    term.start_in_shell(sshd.command_line(remote_reader(sshd), "-t"), signalable=False)
    term.tmux("set-option", "-g", "set-clipboard", "on")
    rows = term.wait_for("Quit", seconds=60)
    check_first_screen(rows)
    # COLORTERM does not cross SSH: 256 colours at most, 16 for the console's TERM.
    systems = {system for system, *_ in colours(term.tmux("capture-pane", "-e", "-p"))}
    if term_name == "linux":
        assert systems == {"16"}, systems
    else:
        assert "256" in systems and "rgb" not in systems, systems
    term.tmux("send-keys", "p")
    rows = wait_until(term, lambda rows: re.search(rf"\b1/{count}\b", status_row(rows)))
    assert read_right_to_left(status_row(rows)) == name
    term.tmux("send-keys", "y")
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and term.tmux("show-buffer") != name:
        time.sleep(0.2)
    assert term.tmux("show-buffer") == name  # OSC 52, through sshd and ssh, into tmux
    term.tmux("send-keys", "q")
    rows = term.wait_for("exited=", arabic=False)
    assert "exited=0" in rows, "\n".join(rows)
    assert modes(term) == RESTORED
