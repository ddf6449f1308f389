"""The command line on odd and hostile input: bad bytes, endless streams, signals, stdin."""

from __future__ import annotations

import os
import select
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rich.cells import cell_len

from tests.e2e.harness import SEED, reader_command, run_cli, start_cli

ARTICLE = SEED.read_text(encoding="utf-8")
SHORT_ARTICLE = "زار الوفد المغربي مدينة طنجة صباح اليوم"


def assert_one_line_failure(result: subprocess.CompletedProcess[str], message: str) -> None:
    assert result.returncode == 2, result
    assert message in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("arabic-reader")
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def words(output: str) -> str:
    """`cat --bidi terminal` output with every space and line break removed: the article's
    letters in logical order, whatever the wrapping."""
    return "".join(output.split())


@pytest.mark.parametrize("stray", [b"\xff", b"\xc3"], ids=["0xff", "lone-0xc3"])
@pytest.mark.parametrize("text", [ARTICLE, SHORT_ARTICLE], ids=["long", "short"])
def test_a_stray_byte_is_one_marker_and_one_warning_the_rest_intact(tmp_path, text, stray):
    encoded = text.encode("utf-8")
    at = len(text[: len(text) // 2].encode("utf-8"))
    path = tmp_path / "article.txt"
    path.write_bytes(encoded[:at] + stray + encoded[at:])
    clean = tmp_path / "clean.txt"
    clean.write_bytes(encoded)
    result = run_cli("cat", str(path), "--bidi", "terminal", "--width", "1000")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\ufffd") == 1
    expected = run_cli("cat", str(clean), "--bidi", "terminal", "--width", "1000").stdout
    assert words(result.stdout).replace("\ufffd", "") == words(expected)
    assert result.stderr == (f"arabic-reader: {path}: 1 byte that is not UTF-8 shown as "
                             f"\ufffd (the first at byte offset {at})\n")


def test_the_reader_warns_of_a_stray_byte_too(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(SHORT_ARTICLE.encode() + b"\xff")
    result = run_cli(str(path))  # stdout is a pipe: the reader prints, as less does
    assert result.returncode == 0
    assert "\ufffd" in result.stdout
    assert result.stderr.count("\n") == 1 and "1 byte that is not UTF-8" in result.stderr


def peak_of(shell_command: str, timeout: float = 60) -> tuple[subprocess.CompletedProcess[str],
                                                                int, float]:
    """Run `shell_command`; its result, the peak memory (MB) of its processes, seconds."""
    measure = (
        "import resource, subprocess, sys\n"
        "r = subprocess.run(sys.argv[1], shell=True, capture_output=True,"
        " stdin=subprocess.DEVNULL)\n"
        "sys.stdout.buffer.write(r.stdout); sys.stderr.buffer.write(r.stderr)\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024\n"
        "print(f'\\n{r.returncode} {peak}')\n"
    )
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", measure, shell_command], capture_output=True,
                          text=True, timeout=timeout)
    seconds = time.monotonic() - started
    *out, last = done.stdout.splitlines()
    code, peak = (int(field) for field in last.split())
    result = subprocess.CompletedProcess(shell_command, code, "\n".join(out).strip(), done.stderr)
    return result, peak, seconds


@pytest.mark.parametrize(
    ("shell_command", "message"),
    [
        (reader_command("/dev/zero"), "/dev/zero: looks like a binary file"),
        (reader_command("-") + " < /dev/zero", "stdin: looks like a binary file"),
        (reader_command("cat", "-") + " < /dev/zero", "stdin: looks like a binary file"),
        ("yes | " + reader_command("-"), "stdin: too large, an article may have at most 256 MB"),
        ("yes | " + reader_command(), "stdin: too large"),
    ],
    ids=["dev-zero", "stdin-dev-zero", "cat-stdin-dev-zero", "yes-dash", "yes-no-dash"],
)
def test_endless_input_stops_at_a_limit_with_one_line(shell_command, message):
    result, peak_mb, seconds = peak_of(shell_command)
    assert_one_line_failure(result, message)
    assert peak_mb < 400, f"{peak_mb} MB for a 256 MB limit"
    assert seconds < 30


def _read_stderr_line(process: subprocess.Popen[bytes], seconds: float) -> str:
    assert process.stderr is not None
    ready, _, _ = select.select([process.stderr], [], [], seconds)
    assert ready, "nothing on stderr"
    return process.stderr.readline().decode("utf-8")


def test_a_fifo_without_a_writer_is_announced_and_ctrl_c_stops_it(tmp_path):
    fifo = tmp_path / "article.fifo"
    os.mkfifo(fifo)
    process = start_cli("cat", str(fifo))
    try:
        started = time.monotonic()
        line = _read_stderr_line(process, 10)
        assert time.monotonic() - started < 5
        assert line == f"arabic-reader: reading {fifo}… (waiting for data; ctrl+c stops)\n"
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 130
    assert err == b"" and out == b""  # no traceback, nothing more


def test_ctrl_c_stops_a_slow_pipe_while_it_is_being_read():
    # A writer that never ends, slowly: the reader is inside its read loop when signalled.
    trickle = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\n"
         "while True:\n sys.stdout.buffer.write('ن'.encode()); sys.stdout.flush();"
         " time.sleep(0.01)"],
        stdout=subprocess.PIPE,
    )
    process = start_cli("-", stdin=trickle.stdout)
    assert trickle.stdout is not None
    trickle.stdout.close()
    try:
        assert "reading stdin" in _read_stderr_line(process, 10)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    finally:
        process.kill()
        process.wait()
        trickle.kill()
        trickle.wait()
    assert process.returncode == 130
    assert b"Traceback" not in err and out == b""


def test_a_fast_small_source_says_nothing_on_stderr():
    result = run_cli("-", stdin=ARTICLE.encode())
    assert result.returncode == 0
    assert result.stderr == ""


@pytest.mark.parametrize(
    "shell_command",
    [
        "cat {article} | {reader}",
        "{reader} < {article}",
        "cat {article} | {reader} -",
        "cat {article} | {reader} cat",
    ],
    ids=["pipe", "redirect", "pipe-with-dash", "cat-pipe"],
)
def test_stdin_that_is_not_a_terminal_is_the_article(tmp_path, shell_command):
    article = tmp_path / "article.txt"
    article.write_text(SHORT_ARTICLE, encoding="utf-8")
    command = shell_command.format(article=shlex.quote(str(article)), reader=reader_command())
    piped = subprocess.run(["sh", "-c", command], capture_output=True, text=True, timeout=60,
                           stdin=subprocess.DEVNULL)
    expected = run_cli("cat", str(article), "--width", "80")
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == expected.stdout
    assert piped.stdout != run_cli("cat", str(SEED), "--width", "80").stdout


@pytest.mark.parametrize(
    "shell_command",
    ["{reader} < /dev/null", "printf '' | {reader}", "{reader} <&-", "{reader} < {empty}"],
    ids=["dev-null", "empty-pipe", "closed", "empty-file"],
)
def test_no_article_on_stdin_and_no_file_opens_the_bundled_article(tmp_path, shell_command):
    # As CI runs programs: stdin /dev/null, closed, or an empty pipe or file.
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    command = shell_command.format(reader=reader_command(), empty=shlex.quote(str(empty)))
    result = subprocess.run(["sh", "-c", command], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout == run_cli("cat", str(SEED), "--width", "80").stdout


@pytest.mark.parametrize("content", [b"", b"   \n\t \n"], ids=["empty", "spaces"])
def test_an_empty_article_is_refused_with_one_line(tmp_path, content):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    for args in ([str(path)], ["cat", str(path)], ["extract", str(path)]):
        assert_one_line_failure(run_cli(*args), f"{path}: the article is empty")
    assert_one_line_failure(run_cli("-", stdin=content), "stdin: the article is empty")


@pytest.mark.parametrize("width", ["0", "-3", "1001", "100000000", "abc", "1e3"])
def test_a_width_out_of_range_is_refused_with_one_line(width):
    result = run_cli("cat", str(SEED), "--width", width, timeout=20)
    assert_one_line_failure(result, "--width")


@pytest.mark.parametrize("width", ["1", "1000"])
def test_the_widths_at_the_ends_of_the_range_are_accepted(width):
    result = run_cli("cat", str(SEED), "--width", width)
    assert result.returncode == 0, result.stderr
    assert max(cell_len(line) for line in result.stdout.splitlines()) == int(width)


def test_an_unreadable_directory_is_one_line_not_a_traceback(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "article.txt").write_text(SHORT_ARTICLE, encoding="utf-8")
    folder.chmod(0)
    try:
        for args in ([str(folder)], ["cat", str(folder / "article.txt")]):
            assert_one_line_failure(_run_where_the_folder_is_unreadable(folder, args),
                                    "permission denied")
    finally:
        folder.chmod(0o755)


def _run_where_the_folder_is_unreadable(
    folder: Path, args: list[str]
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "reader", *args]
    if os.geteuid() != 0:
        return subprocess.run(command, capture_output=True, text=True, timeout=60,
                              stdin=subprocess.DEVNULL)
    # root reads any directory. Run as `nobody` if this Python lets it; else make the
    # operating system's refusal a mock (only the refusal: the real CLI runs in a process).
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=60,
                              stdin=subprocess.DEVNULL, user=65534, group=65534,
                              extra_groups=[])
    except PermissionError:
        pass  # nobody may not run this checkout's Python (/root/...)
    refuse = (
        "import os, pathlib, sys\n"
        f"locked = {str(folder)!r}\n"
        "def refused(path):\n"
        "    if str(path).startswith(locked):\n"
        "        raise PermissionError(13, 'Permission denied', str(path))\n"
        "real_open, real_iterdir = pathlib.Path.open, pathlib.Path.iterdir\n"
        "pathlib.Path.open = lambda self, *a, **k: (refused(self), real_open(self, *a, **k))[1]\n"
        "pathlib.Path.iterdir = lambda self: (refused(self), real_iterdir(self))[1]\n"
        "from reader.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    return subprocess.run([sys.executable, "-c", refuse, *args], capture_output=True,
                          text=True, timeout=60, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--bidi", "sideways"], "--bidi"),
        (["--no-such-option"], "unrecognized arguments"),
        (["cat"], "no article"),
        (["cat", "a", "b"], "unrecognized arguments"),
        (["extract"], "FILE"),
        (["-"], "the article is empty"),
    ],
)
def test_every_usage_error_is_one_line_and_exit_2(args, message):
    assert_one_line_failure(run_cli(*args, timeout=20), message)
