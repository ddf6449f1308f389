"""A real terminal for the benchmarks: one tmux pane, read back through a control client.

Every read is `capture-pane -p` sent over one tmux control-mode connection (`tmux -C`),
so polling every few milliseconds forks no tmux client per read; a read costs the tmux
server a fraction of a millisecond. What a capture shows is what tmux would draw for a
user: the pane's cells once tmux has parsed the app's output.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
READER = str(VENV_BIN / "arabic-reader")
THROUGHPUT = ROOT.parent / "shared" / "data" / "news-dev" / "throughput.txt"
"""Real news, 5 MB (never copied into the repository)."""
ARABIC_RUN = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]+")
STATUS_RANK = re.compile(r"(?<![\d/])(\d+)/(\d+)(?![\d/])")

MINIMAL_APP = """
from textual.app import App
from textual.widgets import Static
class Minimal(App):
    def compose(self):
        yield Static("one line")
Minimal().run()
"""


def byte_compile_reader() -> str:
    """Byte-compile the reader package, as `pip install` does, and say so.

    Python reads a module's cached bytecode when it is there, whatever
    PYTHONDONTWRITEBYTECODE says; with that variable set and no cache (an editable install
    on a machine that sets it, as this sandbox does), every start compiles the package's
    modules from source, some 60 ms that a user's installed copy never pays, while the
    site-packages the minimal app imports are compiled already.
    """
    import compileall

    compileall.compile_dir(str(ROOT / "reader"), quiet=1)
    setting = os.environ.get("PYTHONDONTWRITEBYTECODE")
    return f"reader package byte-compiled first (PYTHONDONTWRITEBYTECODE={setting or 'unset'})"


def load_average() -> str:
    """/proc/loadavg as it reads now: 1, 5 and 15 minute loads, runnable/total tasks."""
    try:
        return Path("/proc/loadavg").read_text().strip()
    except OSError:
        return "unknown"


def machine_line() -> str:
    return f"machine: {os.cpu_count()} CPUs, /proc/loadavg {load_average()}"


def words_on_row(row: str) -> list[str]:
    """The Arabic words of a screen row in logical spelling: each run of cells read right
    to left, presentation forms folded back to letters (NFKC), marks dropped."""
    words = []
    for run in ARABIC_RUN.findall(row):
        letters = "".join(unicodedata.normalize("NFKC", cell) for cell in reversed(run))
        words.append(plain(letters))
    return words


def plain(text: str) -> str:
    """`text` without harakat and tatweel, for comparing words."""
    return "".join(c for c in text if unicodedata.category(c) != "Mn" and c != "\u0640")


def logical_words(text: str) -> list[str]:
    return [plain(word) for word in ARABIC_RUN.findall(text)]


def shows_phrase(rows: Iterable[str], phrase: Iterable[str]) -> bool:
    """Some row holds all of `phrase`'s words next to each other, in reading order."""
    wanted = list(phrase)
    for row in rows:
        words = words_on_row(row)
        # One visual run may hold several words only if joined without spaces: never here.
        for k in range(len(words) - len(wanted) + 1):
            if words[k:k + len(wanted)] == wanted[::-1] or words[k:k + len(wanted)] == wanted:
                return True
    return False


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (p90 of 20 values is the 18th smallest)."""
    ordered = sorted(values)
    rank = max(1, -(-int(fraction * 100) * len(ordered) // 100))
    return ordered[min(rank, len(ordered)) - 1]


class ControlClient:
    """One tmux server (private socket, no user config) with one pane, and a control-mode
    client to drive it."""

    def __init__(self, width: int, height: int) -> None:
        self.socket = f"bench-{uuid.uuid4().hex[:8]}"
        self.size = (width, height)
        self.config_home = tempfile.mkdtemp(prefix="bench-xdg-")
        self.target = "bench:0.0"
        env = {k: v for k, v in os.environ.items()
               if k not in ("COLUMNS", "LINES", "TMUX", "TMUX_PANE")}
        env["XDG_CONFIG_HOME"] = self.config_home
        base = ["tmux", "-L", self.socket, "-f", "/dev/null"]
        subprocess.run(
            [*base, "new-session", "-d", "-s", "bench", "-x", str(width), "-y", str(height),
             "sleep 1000000", ";", "set-option", "-g", "window-size", "manual", ";",
             "set-option", "-g", "remain-on-exit", "on", ";",
             "set-environment", "-g", "XDG_CONFIG_HOME", self.config_home, ";",
             "set-environment", "-gu", "COLUMNS", ";", "set-environment", "-gu", "LINES"],
            env=env, check=True, capture_output=True, timeout=30)
        self._process = subprocess.Popen(
            [*base, "-C", "attach-session", "-t", "bench"], env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            bufsize=0)
        self._out = self._process.stdout
        self._buffer = b""
        while not self._line().startswith((b"%end", b"%error")):
            pass  # the attach's own reply comes first
        self.command("refresh-client", "-f", "no-output")
        self.command("resize-window", "-t", "bench", "-x", str(width), "-y", str(height))

    # -- the control protocol ----------------------------------------------------------------

    def _line(self) -> bytes:
        assert self._out is not None
        while b"\n" not in self._buffer:
            chunk = os.read(self._out.fileno(), 1 << 16)
            if not chunk:
                raise RuntimeError("tmux control client closed")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line

    def command(self, *args: str) -> list[str]:
        """Run one tmux command; its output lines (raises on %error)."""
        assert self._process.stdin is not None
        self._process.stdin.write((shlex.join(args) + "\n").encode())
        while not self._line().startswith(b"%begin"):
            pass  # notifications (%session-changed, %window-...) in between
        lines: list[bytes] = []
        while True:
            line = self._line()
            if line.startswith((b"%end", b"%error")):
                if line.startswith(b"%error"):
                    raise RuntimeError(f"tmux {args[0]}: {b' '.join(lines).decode()}")
                return [raw.decode("utf-8", "replace") for raw in lines]
            lines.append(line)

    # -- the pane ------------------------------------------------------------------------------

    def screen(self) -> list[str]:
        """The pane's rows as tmux shows them (text only)."""
        rows = self.command("capture-pane", "-p", "-t", self.target)
        height = self.size[1]
        return (rows + [""] * height)[:height]

    def run(self, argv: list[str]) -> float:
        """Replace whatever runs in the pane by `argv`; the perf_counter() just before tmux
        was asked to start it."""
        shell = "exec " + shlex.join(argv)
        start = time.perf_counter()
        self.command("respawn-pane", "-k", "-t", self.target, shell)
        return start

    def pane_pid(self) -> int:
        return int(self.command("display-message", "-p", "-t", self.target, "#{pane_pid}")[0])

    def idle(self, seconds: float = 10) -> None:
        """End the pane's program (SIGHUP, as a closed terminal sends), wait until it and
        its children are gone, and leave a blank pane."""
        pid = self.pane_pid()
        children = _descendants(pid)
        self.command("respawn-pane", "-k", "-t", self.target, "clear; exec sleep 1000000")
        deadline = time.monotonic() + seconds
        for process in [pid, *children]:
            while _alive(process) and time.monotonic() < deadline:
                time.sleep(0.02)
        self.command("clear-history", "-t", self.target)

    def send(self, key: str) -> float:
        """Type `key` (tmux key name); perf_counter() just before it was sent."""
        start = time.perf_counter()
        self.command("send-keys", "-t", self.target, key)
        return start

    def close(self) -> None:
        with contextlib.suppress(RuntimeError):
            self.command("kill-server")
        self._process.kill()
        self._process.wait()

    def __enter__(self) -> ControlClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


@dataclass
class Arrival:
    """When each awaited part of a screen was first seen, in seconds from `start`."""

    times: dict[str, float]
    polls: int
    screens: int
    """Distinct non-blank screens seen until every part was there (1: all came at once)."""
    screen: list[str]


def wait_for_parts(
    client: ControlClient,
    start: float,
    parts: dict[str, Callable[[list[str]], bool]],
    *,
    interval: float = 0.005,
    timeout: float = 120,
) -> Arrival:
    """Poll the pane every `interval` until every part's test has held at least once.

    Besides the parts, `times["painted"]` is when the first non-blank screen was seen.
    """
    seen: dict[str, float] = {}
    polls = screens = 0
    rows: list[str] = []
    previous: list[str] = []
    deadline = start + timeout
    while not set(parts) <= set(seen):
        rows = client.screen()
        now = time.perf_counter()
        polls += 1
        if rows != previous and any(row.strip() for row in rows):
            screens += 1
            seen.setdefault("painted", now - start)
        previous = rows
        for name, test in parts.items():
            if name not in seen and test(rows):
                seen[name] = now - start
        if now > deadline:
            missing = sorted(set(parts) - set(seen))
            raise TimeoutError(f"never on screen: {missing}\n" + "\n".join(rows))
        if not set(parts) <= set(seen):
            time.sleep(interval)
    return Arrival(seen, polls, screens, rows)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (not yet reaped by tmux) counts as gone.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0] != "Z"
    except (OSError, IndexError):
        return False


def _descendants(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().split(") ", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if ppid == pid:
            found.append(int(entry.name))
    return found + [g for child in found for g in _descendants(child)]
