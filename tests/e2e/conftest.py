"""End-to-end fixtures: tmux terminals made and closed per test, skipped loudly without tmux;
an OpenSSH server for the tests over SSH, skipped loudly when it cannot start."""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.harness import TMUX_MISSING, Terminal
from tests.e2e.sshd import SKIPPED, SSHD_MISSING, SshdUnavailable, SshServer


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


@pytest.fixture
def sshd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SshServer]:
    """OpenSSH's sshd on 127.0.0.1 with throwaway keys, as the current user; skips, with a
    warning and a line in the summary, only when it cannot start."""
    server = SshServer(tmp_path_factory.mktemp("sshd"))
    try:
        server.start()
    except SshdUnavailable as error:
        server.stop()
        reason = f"{SSHD_MISSING}: {error}"
        SKIPPED.append(reason)
        warnings.warn(reason, stacklevel=1)
        pytest.skip(reason)
    yield server
    server.stop()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if shutil.which("tmux") is None:
        terminalreporter.write_sep("!", TMUX_MISSING, red=True, bold=True)
    for reason in dict.fromkeys(SKIPPED):
        terminalreporter.write_sep("!", reason, red=True, bold=True)
