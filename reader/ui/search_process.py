"""A long article's search in a child process: folded there once, then any number of queries.

Counted in a thread of the UI's process, a query holds the interpreter lock, and every key
the UI answers meanwhile waits for it (see `engine_process`). The child gets the article
once (5 MB through a pipe: milliseconds), folds it and keeps it folded; each query comes
back as two arrays of offsets in bytes (`Matches.to_bytes`: 1 MB for 138,000 matches),
which the UI reads without making an object per match. A query that a newer one
supersedes is dropped in the child, unanswered work and all, as soon as the newer arrives.

    python -m reader.ui.search_process   # the child: framed requests on stdin, answers out

Frames: a header (`_HEADER`: kind, query number, payload bytes) and the payload. In: kind
`T` (the article, UTF-8) once, then `Q` (a query, UTF-8). Out, one a query, in order:
`M` (matches, `Matches.to_bytes`), `S` (superseded: a newer query came first) or `E`
(the error, UTF-8).
"""

from __future__ import annotations

import contextlib
import struct
import subprocess
import sys
import threading
from typing import IO

from reader.text.search import FoldedText, Matches
from reader.ui.engine_process import forget, start_child

_HEADER = struct.Struct("<cIQ")


class SearchFailed(RuntimeError):
    """The child died or raised (the reason given)."""


def _write(stream: IO[bytes], kind: bytes, number: int, payload: bytes) -> None:
    stream.write(_HEADER.pack(kind, number, len(payload)))
    stream.write(payload)
    stream.flush()


def _read(stream: IO[bytes]) -> tuple[bytes, int, bytes] | None:
    """The next frame, or None at the end of the stream."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    kind, number, size = _HEADER.unpack(header)
    payload = stream.read(size)
    if len(payload) < size:
        return None
    return kind, number, payload


class SearchProcess:
    """Finds the matches of queries in one text, in a child started at the first call (or
    at `start`). Safe from several threads: a call whose query a later call superseded
    returns None. `stop()` kills the child; a later call starts another."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._process: subprocess.Popen[bytes] | None = None
        self._sending = threading.Lock()
        self._reading = threading.Lock()
        self._asked = 0
        """The number of the last query sent."""
        self._answered = 0
        """The number of the last query whose answer was read."""

    def start(self) -> None:
        """Start the child and send it the text (it folds it at once), unless it runs."""
        with self._sending:
            self._started()

    def _started(self) -> subprocess.Popen[bytes]:
        process = self._process
        if process is None or process.poll() is not None:
            process = self._process = start_child("reader.ui.search_process")
            assert process.stdin is not None
            with contextlib.suppress(OSError):  # died at once: the answer's read says so
                _write(process.stdin, b"T", 0, self.text.encode("utf-8", "surrogatepass"))
        return process

    def find(self, query: str) -> Matches | None:
        """Every match of `query` (as `FoldedText.find_all`), or None when a later query
        was asked meanwhile. Raises SearchFailed when the child stops."""
        with self._sending:
            process = self._started()
            self._asked += 1
            number = self._asked
            assert process.stdin is not None
            with contextlib.suppress(OSError):  # as above
                _write(process.stdin, b"Q", number, query.encode("utf-8", "surrogatepass"))
        with self._reading:
            assert process.stdout is not None
            while self._answered < number:
                frame = _read(process.stdout)
                if frame is None:
                    self._forget(process)
                    raise SearchFailed(f"the search stopped (exit code {process.poll()})")
                kind, self._answered, payload = frame
                if self._answered != number:
                    continue  # an earlier query's: its caller, superseded, gets None
                if kind == b"M":
                    return Matches.from_bytes(payload)
                if kind == b"E":
                    raise SearchFailed(payload.decode("utf-8", "replace"))
                return None
            return None

    def stop(self) -> None:
        """Kill the child, if one runs."""
        process = self._process
        if process is not None:
            if process.poll() is None:
                process.kill()
            self._forget(process)

    def _forget(self, process: subprocess.Popen[bytes]) -> None:
        forget(process)
        if self._process is process:
            self._process = None
            self._answered = self._asked  # no answer comes for what the dead child had


class _Requests:
    """The child's queries as they come in (a reader thread), the latest one winning."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self.text: str | None = None
        self.waiting: list[tuple[int, str]] = []
        self.closed = False

    def read(self, stream: IO[bytes]) -> None:
        while (frame := _read(stream)) is not None:
            kind, number, payload = frame
            with self._changed:
                if kind == b"T":
                    self.text = payload.decode("utf-8", "surrogatepass")
                else:
                    self.waiting.append((number, payload.decode("utf-8", "surrogatepass")))
                self._changed.notify()
        with self._changed:
            self.closed = True
            self._changed.notify()

    def wait_for_text(self) -> str | None:
        with self._changed:
            self._changed.wait_for(lambda: self.text is not None or self.closed)
            return self.text

    def next(self) -> tuple[list[int], tuple[int, str]] | None:
        """(superseded query numbers, the latest query), or None when stdin closed."""
        with self._changed:
            self._changed.wait_for(lambda: bool(self.waiting) or self.closed)
            if not self.waiting:
                return None
            *older, latest = self.waiting
            self.waiting = []
            return [number for number, _ in older], latest

    def newer_came(self) -> bool:
        return bool(self.waiting) or self.closed


def main() -> None:
    """The child: fold the text once, then answer each query (see the module's text)."""
    requests = _Requests()
    threading.Thread(target=requests.read, args=(sys.stdin.buffer,), daemon=True).start()
    out = sys.stdout.buffer
    text = requests.wait_for_text()
    if text is None:
        return
    folded = FoldedText(text)
    try:
        while (asked := requests.next()) is not None:
            older, (number, query) = asked
            for superseded in older:
                _write(out, b"S", superseded, b"")
            try:
                found = folded.find_all(query, stop=requests.newer_came)
            except Exception as error:  # one bad query leaves the child serving the next
                _write(out, b"E", number, f"{type(error).__name__}: {error}".encode())
                continue
            if found is None:
                _write(out, b"S", number, b"")
            else:
                _write(out, b"M", number, found.to_bytes())
    except (BrokenPipeError, KeyboardInterrupt):
        pass


if __name__ == "__main__":
    main()
