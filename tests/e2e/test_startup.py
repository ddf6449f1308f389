"""Starting the reader: a ctrl+c while Python still imports it, and the loader's warning
shown inside the reader as well as on stderr."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.harness import ROOT, SEED, reader_command

# Imported by Python at start-up (PYTHONPATH): holds the import of reader.text, the first
# of the reader's own packages, until the test has pressed ctrl+c.
STALL_IMPORT = """
import importlib.abc, os, sys, time

class Stall(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "reader.text":
            open(os.environ["READER_TEST_IMPORTING"], "w").close()
            time.sleep(60)
        return None

sys.meta_path.insert(0, Stall())
"""


def _console_script() -> Path | None:
    script = Path(sys.executable).parent / "arabic-reader"
    return script if script.exists() else None


@pytest.mark.parametrize("entry", ["python -m reader", "arabic-reader"])
def test_ctrl_c_while_still_importing_exits_130_without_a_traceback(tmp_path, entry):
    if entry == "arabic-reader":
        script = _console_script()
        if script is None:
            pytest.skip("the console script is not installed in this venv")
        command = [str(script), str(SEED)]
    else:
        command = [sys.executable, "-m", "reader", str(SEED)]
    (tmp_path / "sitecustomize.py").write_text(STALL_IMPORT, encoding="utf-8")
    importing = tmp_path / "importing"
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "READER_TEST_IMPORTING": str(importing)}
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 60
        while not importing.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert importing.exists(), "the reader never reached its imports"
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 130, err
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err, err.decode()
    assert out == b""


def test_bad_bytes_are_announced_inside_the_reader_too(terminal, tmp_path):
    article = tmp_path / "stray.txt"
    text = SEED.read_bytes()
    cut = text.index(b"\n", 2000)  # between two characters
    article.write_bytes(text[:cut] + b"\xff" + text[cut:])
    term = terminal(120, 40)
    term.start(reader_command(str(article)))
    rows = term.wait_for("not UTF-8")
    shown = " ".join(" ".join(rows).split())
    assert "1 byte that is not UTF-8" in shown, "\n".join(rows)
    assert f"byte offset {cut}" in shown, "\n".join(rows)
    term.tmux("send-keys", "q")
    assert term.exited(), "q did not quit"
