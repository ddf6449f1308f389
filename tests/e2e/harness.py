"""Drive the real thing: the command line as a subprocess, tmux as a real terminal."""

from __future__ import annotations

import re
import shlex
import signal
import subprocess
import sys
import time
import unicodedata
import uuid
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[2]
SEED = next((ROOT / "seeds").glob("*.txt"))
ARABIC_RUN = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]+")
TMUX_MISSING = (
    "tmux is not installed: the tests of the reader in a real terminal did NOT run "
    "(Debian: apt-get install tmux; .ci/run installs it)"
)


def _default_sigint() -> None:
    # A runner started in the background (`pytest &`, some CI shells) ignores SIGINT, and a
    # child inherits that; the reader must get ctrl+c as a user's shell would send it.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_cli(*args: str, stdin: int | IO[bytes] | None = None) -> subprocess.Popen[bytes]:
    """The reader's command line, started (stdin is /dev/null unless given)."""
    return subprocess.Popen(
        [sys.executable, "-m", "reader", *args],
        stdin=subprocess.DEVNULL if stdin is None else stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_default_sigint,
    )


def run_cli(
    *args: str, stdin: bytes | int | IO[bytes] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run the reader's command line to its end; stdout and stderr decoded as UTF-8.

    `stdin`: bytes to pipe in, a file or descriptor, or None for /dev/null (never the
    runner's own stdin, which may be a pipe that never ends).
    """
    if isinstance(stdin, bytes):
        process, data = start_cli(*args, stdin=subprocess.PIPE), stdin
    else:
        process, data = start_cli(*args, stdin=stdin), None
    try:
        out, err = process.communicate(data, timeout=timeout)
    finally:
        process.kill()
        process.wait()
    return subprocess.CompletedProcess(
        process.args, process.returncode, out.decode("utf-8"), err.decode("utf-8")
    )


def reader_command(*args: str) -> str:
    """A shell command line that runs the reader from this checkout's Python."""
    return shlex.join([sys.executable, "-m", "reader", *args])


class Terminal:
    """One tmux server with one pane of a given size, read back as a user would see it."""

    def __init__(self, tmp_path: Path, width: int, height: int, env: dict[str, str]):
        self.socket = f"reader-test-{uuid.uuid4().hex[:8]}"
        self.pid_file = tmp_path / f"{self.socket}.pid"
        self.size = (width, height)
        self.env = {"XDG_CONFIG_HOME": str(tmp_path / "config"),
                    "XDG_STATE_HOME": str(tmp_path / "state"), **env}

    def tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, "-f", "/dev/null", *args],
                              capture_output=True, text=True, timeout=30).stdout

    def start(self, shell_command: str) -> None:
        """Run `shell_command` (sh syntax) in the pane; the pane stays after it exits."""
        env_args = [arg for key, value in self.env.items() for arg in ("-e", f"{key}={value}")]
        width, height = self.size
        # COLUMNS/LINES inherited from the test runner would override the pane's size;
        # `exec` makes the pane's process the command itself, so it can be signalled.
        # tmux gives the pane TERM from default-terminal, whatever -e says.
        term = ["set-option", "-g", "default-terminal", self.env["TERM"], ";"
                ] if "TERM" in self.env else []
        self.tmux("start-server", ";", "set-option", "-g", "remain-on-exit", "on", ";", *term,
                  "new-session", "-d", "-x", str(width), "-y", str(height), *env_args,
                  f"unset COLUMNS LINES; exec {shell_command}")

    def start_in_shell(self, command: str, *, signalable: bool = True) -> None:
        """Run `command` as a shell would, then print `exited=STATUS` and keep the pane
        alive: the terminal's state afterwards is what the user's shell gets back.

        With `signalable`, `command` (a simple command, no pipe) replaces the shell that
        writes its pid, so `command_pid()` is the command's own.
        """
        pid_file = shlex.quote(str(self.pid_file))
        inner = f"echo $$ > {pid_file}; {'exec ' if signalable else ''}{command}"
        # As an interactive shell, the outer one survives the ctrl+c meant for the command
        # (a trap, not an ignore: the command must get SIGINT's default).
        self.start("sh -c " + shlex.quote(f"trap : INT; sh -c {shlex.quote(inner)}; "
                                          "echo exited=$?; sleep 600"))

    def command_pid(self) -> int:
        return int(self.pid_file.read_text().strip())

    def screen(self) -> list[str]:
        return self.tmux("capture-pane", "-p").splitlines()

    def flag(self, name: str) -> str:
        """A tmux format variable of the pane: alternate_on, cursor_flag, pane_dead ..."""
        return self.tmux("display-message", "-p", f"#{{{name}}}").strip()

    def pid(self) -> int:
        return int(self.flag("pane_pid"))

    def wait_for(self, text: str, seconds: float = 30, *, arabic: bool = True) -> list[str]:
        """The screen once `text` is on it and it has not changed for 0.6 s (a Textual
        app can paint its body a frame or two after its title)."""
        deadline = time.monotonic() + seconds
        previous: list[str] = []
        unchanged = 0
        while time.monotonic() < deadline:
            rows = self.screen()
            painted = not arabic or any(ARABIC_RUN.search(row) for row in rows)
            unchanged = unchanged + 1 if rows == previous else 0
            if unchanged >= 2 and painted and any(text in row for row in rows):
                return rows
            previous = rows
            time.sleep(0.3)
        raise AssertionError(f"{text!r} never appeared:\n" + "\n".join(self.screen()))

    def exited(self, seconds: float = 15) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.flag("pane_dead") == "1":
                return True
            time.sleep(0.2)
        return False

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True,
                       timeout=30)


def rightmost_word_read_right_to_left(row: str) -> str | None:
    """The last Arabic run of a screen row, un-shaped and read right to left."""
    runs = ARABIC_RUN.findall(row)
    if not runs:
        return None
    return "".join(unicodedata.normalize("NFKC", cell) for cell in reversed(runs[-1]))
