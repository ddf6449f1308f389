"""End-to-end fixtures: tmux terminals made and closed per test, skipped loudly without tmux."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.harness import TMUX_MISSING, Terminal


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Callable[..., Terminal]]:
    """Make tmux terminals: `terminal(80, 24)`, `terminal(40, 12, {"TERM": "xterm"})`;
    all are closed after the test. Skips, saying so, when tmux is missing."""
    if shutil.which("tmux") is None:
        pytest.skip(TMUX_MISSING)
    made: list[Terminal] = []

    def make(width: int = 80, height: int = 24, env: dict[str, str] | None = None) -> Terminal:
        made.append(Terminal(tmp_path, width, height, env or {}))
        return made[-1]

    yield make
    for term in made:
        term.close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if shutil.which("tmux") is None:
        terminalreporter.write_sep("!", TMUX_MISSING, red=True, bold=True)
