"""The command line as a user runs it: exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tests.e2e.harness import SEED
from tests.e2e.harness import run_cli as run


def test_cat_prints_right_aligned_lines_of_exact_width():
    result = run("cat", str(SEED), "--width", "50")
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line]
    assert lines
    for line in lines:
        assert len(line) - sum(unicodedata.combining(c) > 0 for c in line) <= 50
    # RTL lines are padded on the left, so their text ends at column 50.
    assert all(len(line) >= 40 or line.startswith(" ") for line in lines)


def test_cat_first_line_ends_with_first_word_of_title():
    result = run("cat", str(SEED), "--width", "80")
    first = result.stdout.splitlines()[0]
    title_first_word = SEED.read_text(encoding="utf-8").split()[0]  # التحالف
    # The rightmost word on screen, un-shaped and read right to left, is the first word.
    rightmost = first.split()[-1]
    assert unicodedata.normalize("NFKC", rightmost)[::-1] == title_first_word


def test_cat_reads_stdin():
    result = run("cat", "-", "--width", "30", stdin="مرحبا".encode())
    assert result.returncode == 0
    # مرحبا: meem initial, reh final | hah initial, beh medial, alef final; drawn reversed.
    assert result.stdout == " " * 25 + "\ufe8e\ufe92\ufea3\ufeae\ufee3\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["cat", "/no/such/file.txt"], "no such file"),
        (["cat", "/"], "is a directory"),
        (["/no/such/file.txt"], "no such file"),
        (["extract", "/no/such/file.txt"], "no such file"),
    ],
)
def test_bad_input_gives_one_line_error_and_exit_2(args, message):
    result = run(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "blob.bin"
    path.write_bytes(bytes(range(256)) * 4)
    result = run("cat", str(path))
    assert result.returncode == 2
    assert "binary" in result.stderr


def test_escape_sequences_never_reach_stdout(tmp_path):
    path = tmp_path / "evil.txt"
    path.write_bytes("نص \x1b]0;owned\x07 \x1b[2J خبيث".encode())
    result = run("cat", str(path), "--width", "40")
    assert result.returncode == 0
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\u241b" in result.stdout


def test_bad_width_is_a_usage_error():
    result = run("cat", str(SEED), "--width", "0")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_python_m_reader_and_console_script_agree():
    script = Path(sys.executable).with_name("arabic-reader")
    if not script.exists():
        pytest.skip("console script not installed in this environment")
    a = subprocess.run([str(script), "cat", str(SEED), "--width", "60"],
                       capture_output=True, text=True, timeout=60)
    b = run("cat", str(SEED), "--width", "60")
    assert a.returncode == b.returncode == 0
    assert a.stdout == b.stdout


def test_extract_json_for_one_file_has_the_documented_shape():
    result = run("extract", str(SEED))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["path"] == str(SEED)
    text = SEED.read_text(encoding="utf-8")
    people = {e["name"] for e in report["entities"] if e["type"] == "person"}
    assert "أنتوني بلينكن" in people
    for entity in report["entities"]:
        assert entity["type"] in {"person", "place", "date"}
        for mention in entity["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]


def test_extract_several_files_gives_one_json_object_per_line(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("زار الرئيس القاهرة أمس.\n", encoding="utf-8")
    result = run("extract", str(SEED), str(other))
    lines = result.stdout.splitlines()
    assert [json.loads(line)["path"] for line in lines] == [str(SEED), str(other)]


def test_extract_tsv_has_one_header_and_ends_with_newline(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("زار الرئيس القاهرة أمس.\n", encoding="utf-8")
    result = run("extract", str(SEED), str(other), "--format", "tsv")
    assert result.stdout.endswith("\n")
    assert result.stdout.count("path\ttype\tname") == 1


def test_extract_date_option_resolves_relative_dates():
    result = run("extract", str(SEED), "--date", "2023-05-10")
    values = {e["name"]: e["value"] for e in json.loads(result.stdout)["entities"]}
    # Hand-checked: 2023-05-10 is a Wednesday; "yesterday, Tuesday" is 2023-05-09.
    assert values["الأربعاء"] == "2023-05-10"
    assert values["أمس الثلاثاء"] == "2023-05-09"


def test_extract_bad_date_is_a_usage_error():
    result = run("extract", str(SEED), "--date", "10/05/2023")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_reader_with_output_to_a_pipe_prints_the_article_like_cat():
    # As less does: no UI and no escape sequences when stdout is not a terminal.
    piped = run(str(SEED))
    assert piped.returncode == 0, piped.stderr
    assert "\x1b" not in piped.stdout
    assert piped.stdout == run("cat", str(SEED), "--width", "80").stdout


def test_reader_without_argument_prints_the_bundled_article_to_a_pipe():
    result = run()
    assert result.returncode == 0
    assert result.stdout == run("cat", str(SEED), "--width", "80").stdout
