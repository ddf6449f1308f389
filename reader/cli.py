"""Command line: open the reader, or print (`cat`) or extract (`extract`) without a UI."""

from __future__ import annotations

import os
import shutil
import stat
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from reader import startup
from reader.resources import default_article
from reader.text.line import BidiMode  # (not layout: extract needs no shaping)
from reader.text.load import (
    LoadError,
    NothingRead,
    Notify,
    iter_text,
    load_text,
)

# The library, the document model and the layout (shaping, bidi) are imported by the
# commands that show an article (`extract` needs none of them: a third of its start-up
# on a small file).
if TYPE_CHECKING:
    from argparse import Namespace

    from reader.library import Library
    from reader.text.document import Document, Paragraph

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report ctrl+c
SUBCOMMANDS = ("cat", "extract", "serve")
# What `arabic-reader` alone reads as its options (as `reader_parser` parses no argument).
NO_ARGUMENTS = SimpleNamespace(file=None, bidi=None, no_harakat=False)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in SUBCOMMANDS:
            command, rest = args[0], args[1:]
            if command != "extract":
                startup.release()  # a long run, not a first frame: collect as usual
            # extract keeps the collector held to its end: the engine makes next to no
            # reference cycles (some 300 objects on 5 MB of news), while the collector's
            # full passes over its word lists and caches took a sixth of the run.
            return {"cat": run_cat, "extract": run_extract, "serve": run_serve}[command](rest)
        return run_reader(args)
    except LoadError as error:
        _say(str(error))
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `arabic-reader cat big.txt | head`: stop quietly, as cat does.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except MemoryError:
        _say("out of memory")
        return EXIT_USAGE
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        _say(f"{where}{error.strerror or error}")
        return EXIT_USAGE


def _say(line: str) -> None:
    """One line for the user on stderr: an error, a warning, a sign of progress."""
    if sys.stderr is not None:  # closed stderr: print(file=None) would write to stdout
        print(f"arabic-reader: {line}", file=sys.stderr, flush=True)


def _source(path: str | None, warn: Notify = _say) -> tuple[str, str]:
    """(text, name) of the article to open; `warn` hears what decoding found (bytes that
    are not UTF-8), the progress of a slow read goes to stderr.

    With no path: stdin if a pipe or a file feeds it (as less does), else, or if it is
    empty, the bundled article. (A directory is a library: see `run_reader`.)
    """
    if path is None:
        if _stdin_is_a_stream():
            try:
                return load_text("-", notify=warn, announce=_say), "stdin"
            except NothingRead:
                pass
        article = default_article()
        return load_text(article), article.name
    text = load_text(path, notify=warn, announce=_say)
    return text, "stdin" if path == "-" else Path(path).name


def _stdin_is_a_stream() -> bool:
    """stdin is a pipe, a FIFO or a file: not a terminal, /dev/null, a socket or closed.

    (CI and test runners start programs with such a stdin; it is no article.)
    """
    try:
        if sys.stdin is None or sys.stdin.isatty():
            return False
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (OSError, ValueError):  # closed, or a stand-in object without a descriptor
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def _reader_options(argv: Sequence[str]) -> Namespace | SimpleNamespace:
    if not argv:
        return NO_ARGUMENTS  # the most common start, without argparse's import
    from reader import arguments

    return arguments.reader_parser().parse_args(argv)


def run_reader(argv: Sequence[str]) -> int:
    args = _reader_options(argv)
    from reader.text.document import parse_document

    library = document = bookmark = None
    warnings: list[str] = []  # said on stderr, and again inside the reader when it opens

    def warn(line: str) -> None:
        _say(line)
        warnings.append(line)

    if args.file not in (None, "-") and Path(args.file).is_dir():
        from reader.library import scan_library  # (the bundled article's start does without)

        library = scan_library(args.file)
    elif args.file not in (None, "-") and sys.stdout is not None and not sys.stdout.isatty():
        # As less does: when the output is a pipe or a file, print the article laid out,
        # as `cat` does, as it is read. (Below, stdin is read to its end first: a stream
        # past the limit is one line of error and nothing printed.)
        startup.release()
        return _print_streamed(args.file, _default_width(), args.bidi or BidiMode.APP.value,
                               not args.no_harakat)
    else:
        text, name = _source(args.file, warn)
        document = parse_document(text, name)
        if args.file not in (None, "-"):
            from reader.library import Bookmark

            bookmark = Bookmark.of(Path(args.file), text)
    if sys.stdout is None:
        raise LoadError("standard output is closed")
    if not sys.stdout.isatty():
        startup.release()
        # As less does: when the output is a pipe or a file, print the article laid out
        # (a library: its list).
        if library is not None:
            return _print_library(library)
        assert document is not None
        bidi = args.bidi or BidiMode.APP.value
        return _print_document(document, _default_width(), bidi, not args.no_harakat)
    if sys.stdin is None or not sys.stdin.isatty():
        _reattach_tty()
    from reader.ui.app import ReaderApp  # Textual is imported only for the UI

    app = ReaderApp(document, library=library, bookmark=bookmark, bidi=args.bidi,
                    harakat=not args.no_harakat, notices=warnings)
    app.run()
    return app.return_code or 0


def _reattach_tty() -> None:
    """When stdin is a pipe (the article came that way), read keys from the terminal."""
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise LoadError("stdin was the article and there is no terminal for keys") from None
    if tty != 0:  # with stdin closed, the terminal is opened as descriptor 0 already
        os.dup2(tty, 0)
        os.close(tty)
    if sys.__stdin__ is None:  # stdin was closed: Textual reads keys from sys.__stdin__
        keys = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115 - lives as stdin
        sys.stdin = sys.__stdin__ = keys  # type: ignore[misc]


def _print_library(library: Library) -> int:
    """One line an article, tab-separated for scripts: file, bytes, title (logical text), or
    the reason it cannot be read."""
    for entry in library.entries:
        what = entry.title if entry.error is None else f"unreadable: {entry.error}"
        sys.stdout.write(f"{entry.path.name}\t{entry.size}\t{what}\n")
    sys.stdout.flush()
    return 0


def run_cat(argv: Sequence[str]) -> int:
    from reader import arguments

    args = arguments.cat_parser().parse_args(argv)
    source = args.file or "-"
    if args.file is None and not _stdin_is_a_stream():
        raise LoadError("no article: give a FILE, or pipe one in")
    return _print_streamed(source, args.width or _default_width(), args.bidi,
                           not args.no_harakat)


def _print_streamed(source: str, width: int, bidi: str, harakat: bool) -> int:
    """Print the article at `source` (a path, or - for stdin) as it is read, decoded and
    split: the first line is out before the rest of a long article is even read."""
    from reader.text.document import stream_paragraphs

    paragraphs = stream_paragraphs(iter_text(source, notify=_say, stream=True))
    return _print_document(paragraphs, width, bidi, harakat)


def _print_document(
    document: Document | Iterable[Paragraph], width: int, bidi: str, harakat: bool
) -> int:
    """Write the laid-out article to stdout as it is laid out, paragraph by paragraph:
    RTL lines padded on the left to `width`. A reader that stops reading (`| head`)
    ends it: BrokenPipeError, a normal end in `main`."""
    from reader.text.printing import write_document

    write_document(document, width, sys.stdout, bidi=BidiMode(bidi), harakat=harakat)
    return 0


def run_extract(argv: Sequence[str]) -> int:
    from reader import arguments

    args = arguments.extract_parser().parse_args(argv)
    # Every file is read before anything is printed: a bad one fails the whole command.
    texts = [(path, load_text(path, notify=_say)) for path in args.files]
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




def run_serve(argv: Sequence[str]) -> int:
    """Serve the reader to a web browser (textual-serve): each page opened runs the reader
    in a child process, whose screen the page's terminal (xterm.js, no bidi) shows."""
    from reader import arguments

    parser = arguments.serve_parser()
    args = parser.parse_args(argv)
    path = Path(args.file) if args.file else default_article()
    if args.file == "-":
        parser.error("serve reads no article from stdin: give a FILE or a DIR")
    if not path.exists():
        parser.error(f"no such file or directory: {args.file}")
    if args.child:  # the process a page talks to: stdin and stdout are the page's pipes
        from reader.library import Bookmark, scan_library
        from reader.text.document import parse_document
        from reader.ui.app import ReaderApp

        library = document = bookmark = None
        if path.is_dir():
            library = scan_library(path)
        else:
            text = load_text(path, notify=_say)
            document, bookmark = parse_document(text, path.name), Bookmark.of(path, text)
        app = ReaderApp(document, library=library, bookmark=bookmark, bidi=args.bidi,
                        harakat=not args.no_harakat)
        app.run()
        return app.return_code or 0
    from textual_serve.server import Server

    child = [sys.executable, "-m", "reader", "serve", "--child", str(path.resolve()),
             "--bidi", args.bidi, *(["--no-harakat"] if args.no_harakat else [])]
    _say(f"serving {path.name} on http://{args.host}:{args.port} (ctrl+c stops)")
    import shlex

    Server(shlex.join(child), host=args.host, port=args.port, title="arabic-reader").serve()
    return 0
