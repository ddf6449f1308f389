"""Command line: open the reader, or print (`cat`) or extract (`extract`) without a UI."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from reader.resources import default_article
from reader.text.document import Document, parse_document
from reader.text.layout import BidiMode, layout_paragraph
from reader.text.load import LoadError, load_text

EXIT_USAGE = 2
SUBCOMMANDS = ("cat", "extract")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in SUBCOMMANDS:
            command, rest = args[0], args[1:]
            return {"cat": run_cat, "extract": run_extract}[command](rest)
        return run_reader(args)
    except LoadError as error:
        print(f"arabic-reader: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `arabic-reader cat big.txt | head`: stop quietly, as cat does.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _bidi_option(parser: argparse.ArgumentParser, default: str | None) -> None:
    parser.add_argument(
        "--bidi",
        choices=[mode.value for mode in BidiMode],
        default=default,
        help="app: the reader shapes and reorders (terminals without bidi: xterm, tmux, "
        "alacritty, kitty, Windows Terminal); terminal: send logical order for terminals "
        "that do their own bidi (Konsole, mlterm, Apple Terminal, PuTTY)",
    )
    parser.add_argument(
        "--no-harakat", action="store_true", help="hide diacritics (tashkeel)"
    )


def _source(path: str | None) -> tuple[str, str]:
    """(text, name) of the article to open; the bundled one when no path is given."""
    if path is None:
        article = default_article()
        return load_text(article), article.name
    if path != "-" and Path(path).is_dir():
        articles = sorted(p for p in Path(path).iterdir() if p.suffix == ".txt" and p.is_file())
        if not articles:
            raise LoadError(f"{path}: no .txt article in this directory")
        return load_text(articles[0]), articles[0].name
    return load_text(path), ("stdin" if path == "-" else Path(path).name)


def run_reader(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="arabic-reader",
        description="Read an Arabic article in the terminal. Sub-commands: cat, extract.",
    )
    parser.add_argument("file", nargs="?", help="article (text file), a directory of them, or -")
    _bidi_option(parser, None)
    args = parser.parse_args(argv)
    text, name = _source(args.file)
    document = parse_document(text, name)
    if not sys.stdout.isatty():
        # As less does: when the output is a pipe or a file, print the article laid out.
        bidi = args.bidi or BidiMode.APP.value
        return _print_document(document, _default_width(), bidi, not args.no_harakat)
    if not sys.stdin.isatty():
        _reattach_tty()
    from reader.ui.app import ReaderApp  # Textual is imported only for the UI

    app = ReaderApp(document, bidi=args.bidi, harakat=not args.no_harakat)
    app.run()
    return app.return_code or 0


def _reattach_tty() -> None:
    """When stdin is a pipe (the article came that way), read keys from the terminal."""
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise LoadError("stdin was the article and there is no terminal for keys") from None
    os.dup2(tty, 0)
    os.close(tty)


def run_cat(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="arabic-reader cat", description="Print the laid-out article, without a UI."
    )
    parser.add_argument("file", help="article (text file), or - for stdin")
    parser.add_argument("--width", type=_positive_int, default=None, help="line width in cells")
    _bidi_option(parser, BidiMode.APP.value)
    args = parser.parse_args(argv)
    document = parse_document(load_text(args.file), args.file)
    return _print_document(document, args.width or _default_width(), args.bidi,
                           not args.no_harakat)


def _print_document(document: Document, width: int, bidi: str, harakat: bool) -> int:
    """Write the laid-out article to stdout: RTL lines padded on the left to `width`."""
    out = []
    paragraphs = ([document.title] if document.title else []) + list(document.body)
    for index, paragraph in enumerate(paragraphs):
        if index:
            out.append("")
        for line in layout_paragraph(paragraph.text, width, bidi=bidi, harakat=harakat):
            out.append(" " * line.padding(width) + line.text)
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))
    sys.stdout.flush()
    return 0


def run_extract(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="arabic-reader extract",
        description="Print the people, places and dates an article mentions.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--format", choices=["json", "jsonl", "tsv"], default=None)
    parser.add_argument("--date", type=_iso_date, default=None, help="the article's date")
    args = parser.parse_args(argv)
    texts = [(path, load_text(path)) for path in args.files]  # fail before printing anything
    from reader.entities import extract
    from reader.entities.report import format_report

    fmt = args.format or "json"
    if fmt == "json" and len(texts) > 1:
        fmt = "jsonl"  # several files: one object per line
    for index, (path, text) in enumerate(texts):
        entities = extract(text, article_date=args.date)
        report = format_report(path, entities, fmt, header=index == 0)
        if report:
            sys.stdout.write(report + "\n")
    sys.stdout.flush()
    return 0


def _default_width() -> int:
    return shutil.get_terminal_size((80, 24)).columns if sys.stdout.isatty() else 80


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None
