"""`arabic-reader DIR` as a user runs it: the library in a real terminal with the real engine,
its list when the output is a pipe, one-line errors."""

from __future__ import annotations

import json
import time
from pathlib import Path

from tests.e2e.harness import SEED, reader_command, rightmost_word_read_right_to_left, run_cli

PARAGRAPHS = SEED.read_text(encoding="utf-8").split("\n")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("\n".join(PARAGRAPHS[:4]), encoding="utf-8")
    (folder / "b.txt").write_text("\n".join(PARAGRAPHS[8:12]), encoding="utf-8")
    (folder / "c.txt").write_bytes(b"\x00\x00\x00")
    return folder


def _counted(row: str) -> bool:
    """A row whose three counts (dates, places, people, from the left) have come."""
    cells = row.split()
    return len(cells) > 3 and all(cell.isdigit() for cell in cells[:3])


def test_a_piped_library_is_its_list_one_line_an_article(tmp_path):
    folder = _folder(tmp_path)
    result = run_cli(str(folder))
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows == [
        ["a.txt", str((folder / "a.txt").stat().st_size), PARAGRAPHS[0]],
        ["b.txt", str((folder / "b.txt").stat().st_size), PARAGRAPHS[8]],
        ["c.txt", "3", "unreadable: looks like a binary file, not text"],
    ]


def test_a_folder_without_articles_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "readme.md").write_text("x", encoding="utf-8")
    result = run_cli(str(tmp_path))
    assert result.returncode == 2
    assert result.stderr == f"arabic-reader: {tmp_path}: no .txt article in this directory\n"
    assert result.stdout == ""


def test_the_library_counts_with_the_real_engine_and_opens_an_article(terminal, tmp_path):
    folder = _folder(tmp_path)
    term = terminal(100, 20)
    term.start(reader_command(str(folder)))
    term.wait_for("3 articles")
    rows = term.wait_for("looks like a binary file")
    # The first row under the heading is a.txt: its title's first word is rightmost.
    first = next(i for i, row in enumerate(rows) if "KB" in row)
    assert rightmost_word_read_right_to_left(rows[first]) == PARAGRAPHS[0].split()[0]
    # The real engine's counts (from its child process) replace the dots (…) of both rows.
    deadline = time.monotonic() + 60
    while sum(_counted(row) for row in term.screen()) < 2:
        assert time.monotonic() < deadline, "\n".join(term.screen())
        time.sleep(0.3)
    term.tmux("send-keys", "j", "Enter")
    rows = term.wait_for("bidi:")
    assert any(rightmost_word_read_right_to_left(row) == PARAGRAPHS[8].split()[0]
               for row in rows), "\n".join(rows)
    term.tmux("send-keys", "j", "j", "q")
    assert term.exited(), "q did not quit"
    saved = json.loads((tmp_path / "state" / "arabic-reader" / "positions.json")
                       .read_text(encoding="utf-8"))
    assert list(saved["articles"]) == [str((folder / "b.txt").resolve())]
