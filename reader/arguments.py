"""The command line's options: one argparse parser a command.

A module of its own so that argparse (and the gettext it loads), some 3 ms, is imported
only when there are arguments to read: `arabic-reader` alone opens the bundled article
without it (`reader.cli.NO_ARGUMENTS`).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import NoReturn

from reader.cli import EXIT_USAGE
from reader.text.line import BidiMode

MAX_WIDTH = 1000
SERVE_HOST = "127.0.0.1"
SERVE_PORT = 8000


class Parser(argparse.ArgumentParser):
    """argparse, with a usage error on one line (argparse prints the usage above it)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see --help)\n")


def reader_parser() -> Parser:
    """`arabic-reader [FILE|DIR|-]`."""
    parser = Parser(
        prog="arabic-reader",
        description="Read an Arabic article in the terminal. Sub-commands: cat, extract, "
        "serve.",
    )
    parser.add_argument("file", nargs="?", help="article (text file), a directory of them, or -")
    _bidi_option(parser, None)
    return parser


def cat_parser() -> Parser:
    parser = Parser(
        prog="arabic-reader cat", description="Print the laid-out article, without a UI."
    )
    parser.add_argument("file", nargs="?", default=None,
                        help="article (text file), or - for stdin (the default when piped)")
    parser.add_argument("--width", type=_width, default=None,
                        help=f"line width in cells, 1 to {MAX_WIDTH}")
    _bidi_option(parser, BidiMode.APP.value)
    return parser


def extract_parser() -> Parser:
    parser = Parser(
        prog="arabic-reader extract",
        description="Print the people, places and dates an article mentions.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--format", choices=["json", "jsonl", "tsv"], default=None)
    parser.add_argument("--date", type=_iso_date, default=None, help="the article's date")
    return parser


def serve_parser() -> Parser:
    parser = Parser(
        prog="arabic-reader serve",
        description="Serve the reader in a web browser, through textual-serve. It listens "
        f"on {SERVE_HOST} (this machine only) unless --host says otherwise.",
    )
    parser.add_argument("file", nargs="?",
                        help="article (text file) or a directory of them; default: the "
                        "bundled article")
    parser.add_argument("--port", type=int, default=SERVE_PORT,
                        help=f"port to listen on (default {SERVE_PORT})")
    parser.add_argument("--host", default=SERVE_HOST,
                        help=f"address to listen on (default {SERVE_HOST}: only this "
                        "machine can open the page; 0.0.0.0 opens it to the network)")
    _bidi_option(parser, BidiMode.APP.value)  # a browser's terminal does no bidi
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    return parser


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


def _width(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 1 <= number <= MAX_WIDTH:
        raise argparse.ArgumentTypeError(f"must be 1 to {MAX_WIDTH}, not {number}")
    return number


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None
