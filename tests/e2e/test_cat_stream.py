"""`cat` and the pipe mode stream: the same bytes as the whole article laid out at once,
the first paragraph out before the rest is laid out, a closed pipe a normal end."""

from __future__ import annotations

import io
import select
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reader.text.document import parse_document
from reader.text.layout import BidiMode, layout_paragraph
from reader.text.load import load_text
from reader.text.printing import write_document

from .harness import ROOT, SEED, run_cli, start_cli

NEWS_DEV = ROOT.parent / "shared" / "data" / "news-dev"
MIXED = (
    "عنوان (2023) مع English و 45% و«اقتباس»\n\n"
    "فقرة أولى فيها 👨\u200d👩\u200d👧 و👍🏽 و🇲🇦 و中文، ثم [قوس] و3.14 و-7.\n"
    "Left to right paragraph with عربي inside and 12 numbers.\n"
    "بَيْتٌ مُشَكَّلٌ تَمَامًا لِلَّهِ " * 40 + "\n"
)


def start_cli_command() -> list[str]:
    return [sys.executable, "-m", "reader"]


def _fixtures() -> list[Path]:
    return sorted((ROOT / "seeds").glob("*.txt")) + sorted(NEWS_DEV.glob("[0-9][0-9].txt"))


def _whole_article_at_once(path: Path, width: int, bidi: str = "app",
                           harakat: bool = True) -> bytes:
    """The output as `cat` made it before it streamed: every line, then one write."""
    document = parse_document(load_text(path), path.name)
    out: list[str] = []
    paragraphs = ([document.title] if document.title else []) + list(document.body)
    for index, paragraph in enumerate(paragraphs):
        if index:
            out.append("")
        for line in layout_paragraph(paragraph.text, width, bidi=BidiMode(bidi),
                                     harakat=harakat):
            out.append(" " * line.padding(width) + line.text)
    return ("\n".join(out) + ("\n" if out else "")).encode("utf-8")


@pytest.fixture
def mixed_article(tmp_path: Path) -> Path:
    path = tmp_path / "mixed.txt"
    path.write_text(MIXED, encoding="utf-8")
    return path


def test_fixtures_are_there():
    assert SEED in _fixtures() and len(_fixtures()) >= 2


@pytest.mark.parametrize("path", _fixtures(), ids=lambda p: p.name)
def test_streamed_cat_is_byte_identical_to_the_whole_article_laid_out(path):
    for width in (80, 37):
        result = subprocess.run(
            [*start_cli_command(), "cat", str(path), "--width", str(width)],
            capture_output=True, timeout=120, check=False,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout == _whole_article_at_once(path, width)


def test_streamed_output_is_identical_on_mixed_text_in_both_modes(mixed_article):
    for bidi in ("app", "terminal"):
        for harakat in (True, False):
            args = ["cat", str(mixed_article), "--width", "23", "--bidi", bidi]
            result = subprocess.run(
                [*start_cli_command(), *args, *([] if harakat else ["--no-harakat"])],
                capture_output=True, timeout=60, check=False,
            )
            assert result.stdout == _whole_article_at_once(mixed_article, 23, bidi, harakat)


def test_pipe_mode_streams_the_same_bytes(mixed_article):
    # `arabic-reader < article | ...`: stdin is the article, stdout a pipe.
    with mixed_article.open("rb") as stdin:
        piped = subprocess.run([*start_cli_command()], stdin=stdin, capture_output=True,
                               timeout=60, check=False)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == _whole_article_at_once(mixed_article, 80)


def test_pipe_mode_of_a_file_streams_the_same_bytes(mixed_article):
    # `arabic-reader article | ...`: the file is read as it is printed, as by `cat`.
    piped = run_cli(str(mixed_article))
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.encode() == _whole_article_at_once(mixed_article, 80)


def test_first_paragraph_is_written_and_flushed_before_the_rest_is_laid_out():
    document = parse_document(load_text(SEED), SEED.name)

    class Recorder(io.StringIO):
        def __init__(self) -> None:
            super().__init__()
            self.at_first_flush: str | None = None

        def flush(self) -> None:
            if self.at_first_flush is None:
                self.at_first_flush = self.getvalue()

    out = Recorder()
    write_document(document, 50, out)
    first_block = out.getvalue().split("\n\n")[0] + "\n"
    assert out.at_first_flush == first_block  # the title alone, flushed at once
    assert len(out.getvalue()) > 10 * len(first_block)


def test_head_closing_the_pipe_is_a_normal_end(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(MIXED * 400, encoding="utf-8")  # ~2 MB, far more than a pipe holds
    process = start_cli("cat", str(big), "--width", "80")
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # as `head -1` does once it has its line
    assert process.wait(timeout=60) == 0
    assert process.stderr.read() == b""
    assert first.decode("utf-8").strip()


def test_head_in_a_shell_pipeline_gets_the_title_and_no_traceback(mixed_article):
    command = f"{' '.join(start_cli_command())} cat {mixed_article} --width 40 | head -1"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True,
                            timeout=60, check=False)
    assert result.returncode == 0
    assert result.stderr == b""
    assert result.stdout.count(b"\n") == 1
    assert result.stdout == _whole_article_at_once(mixed_article, 40).split(b"\n")[0] + b"\n"


def test_run_cli_helper_still_agrees(mixed_article):
    assert run_cli("cat", str(mixed_article), "--width", "30").stdout.encode() == (
        _whole_article_at_once(mixed_article, 30)
    )


def test_cat_prints_the_first_line_before_the_rest_of_the_article_is_written(tmp_path):
    whole = (MIXED * 100).encode("utf-8")  # ~200 KB: more than one read
    path = tmp_path / "article.txt"
    path.write_bytes(whole)
    process = start_cli("cat", "-", "--width", "40", stdin=subprocess.PIPE)
    assert process.stdin is not None and process.stdout is not None
    first_line_read = threading.Event()

    def write() -> None:
        assert process.stdin is not None
        process.stdin.write(whole[:100_000])
        process.stdin.flush()
        first_line_read.wait(60)
        process.stdin.write(whole[100_000:])
        process.stdin.close()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        ready, _, _ = select.select([process.stdout], [], [], 60)
        assert ready, "no line on stdout while the article is still being written"
        first = process.stdout.readline()
        first_line_read.set()
        out = first + process.stdout.read()
        assert process.wait(timeout=60) == 0
    finally:
        first_line_read.set()
        writer.join()
        process.kill()
        process.wait()
    assert out == _whole_article_at_once(path, 40)
