"""The reader in a real terminal (tmux), read back off the screen as a user sees it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
import unicodedata
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = next((ROOT / "seeds").glob("*.txt"))
ARABIC_RUN = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]+")

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Terminal:
    def __init__(self, tmp_path: Path, width: int, height: int, env: dict[str, str]):
        self.socket = f"reader-test-{uuid.uuid4().hex[:8]}"
        self.size = (width, height)
        self.env = {"XDG_CONFIG_HOME": str(tmp_path / "config"), **env}

    def tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True,
                              text=True, timeout=30).stdout

    def start(self, *command: str) -> None:
        env_args = [arg for key, value in self.env.items() for arg in ("-e", f"{key}={value}")]
        width, height = self.size
        # COLUMNS/LINES inherited from the test runner would override the pane's size.
        self.tmux("new-session", "-d", "-x", str(width), "-y", str(height), *env_args,
                  "env -u COLUMNS -u LINES " + " ".join(command))
        self.tmux("set-option", "-g", "remain-on-exit", "on")

    def screen(self) -> list[str]:
        return self.tmux("capture-pane", "-p").splitlines()

    def wait_for(self, text: str, seconds: float = 30) -> list[str]:
        """The screen once `text` is on it and it has stopped changing."""
        deadline = time.monotonic() + seconds
        previous: list[str] = []
        while time.monotonic() < deadline:
            rows = self.screen()
            painted = any(ARABIC_RUN.search(row) for row in rows)
            if rows == previous and painted and any(text in row for row in rows):
                return rows
            previous = rows
            time.sleep(0.4)
        raise AssertionError(f"{text!r} never appeared:\n" + "\n".join(self.screen()))

    def exited(self, seconds: float = 15) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.tmux("display-message", "-p", "#{pane_dead}").strip() == "1":
                return True
            time.sleep(0.2)
        return False

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)


def rightmost_word_read_right_to_left(row: str) -> str | None:
    """The last Arabic run of a screen row, un-shaped and read right to left."""
    runs = ARABIC_RUN.findall(row)
    if not runs:
        return None
    return "".join(unicodedata.normalize("NFKC", cell) for cell in reversed(runs[-1]))


@pytest.mark.parametrize(
    ("size", "env"),
    [((80, 24), {}), ((40, 12), {"TERM": "xterm", "NO_COLOR": "1"})],
    ids=["80x24", "40x12-16-colours-no-color"],
)
def test_first_words_are_on_first_lines_flush_right_and_q_quits(tmp_path, size, env):
    term = Terminal(tmp_path, *size, env)
    try:
        term.start(sys.executable, "-m", "reader", str(SEED))
        rows = term.wait_for("Scroll")
        arabic_rows = [row for row in rows if ARABIC_RUN.search(row)]
        # The title's first row and the body's first row (after the first blank row):
        # their rightmost word is the first word of the title and of the first paragraph.
        first_blank = next(i for i, row in enumerate(rows) if i and not row.strip())
        body = [row for row in rows[first_blank:] if ARABIC_RUN.search(row)]
        firsts = [rightmost_word_read_right_to_left(row) for row in (arabic_rows[0], body[0])]
        assert firsts == ["التحالف", "بأجندة"], "\n".join(rows)
        # Body lines are flush right: the Arabic ends in the same column on each row.
        ends = {len(row.rstrip(" ▇▁▂▃▄▅▆█▉▊▋▌▍▎▏│┃")) for row in body if row.strip()}
        assert len(ends) <= 2, rows
        assert not any("\x1b" in row for row in rows)
        term.tmux("send-keys", "q")
        assert term.exited(), "q did not quit"
    finally:
        term.close()


def test_piped_article_is_read_and_keys_come_from_the_terminal(tmp_path):
    term = Terminal(tmp_path, 80, 24, {})
    try:
        term.start("sh", "-c", f"'cat {SEED} | {sys.executable} -m reader -'")
        rows = term.wait_for("Scroll")
        assert rightmost_word_read_right_to_left(
            next(r for r in rows if ARABIC_RUN.search(r))) == "التحالف"
        term.tmux("send-keys", "q")
        assert term.exited()
    finally:
        term.close()
