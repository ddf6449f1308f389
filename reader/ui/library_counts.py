"""A library's entity counts, article after article, from one child process (one model load).

For the reason the engine runs in a child process, see `engine_process`. Here one child
serves the whole library: it reads one article path a line on stdin and answers each with
one JSON line. It ends when its stdin closes (the reader quit or died) or when an answer
cannot be written.

    python -m reader.ui.library_counts   # the child
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from reader.entities import Entity
from reader.library import EntityCounts
from reader.text.load import LoadError, load_text
from reader.ui.engine_process import forget, start_child

Counter = Callable[[Path], EntityCounts]
"""Counts the people, places and dates of the article at a path (raises CountFailed)."""


class CountFailed(RuntimeError):
    """The article could not be read, or the engine failed on it (the reason given)."""


class CountingProcess:
    """A Counter computed in a child process, started at the first call; `stop()` (from
    any thread) kills it for good: a call waiting on it, and any later one, fails at once."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self._stopped = False

    def __call__(self, path: Path) -> EntityCounts:
        with self._lock:
            if self._stopped:
                raise CountFailed("stopped")
            process = self._process
            if process is None:
                process = self._process = start_child("reader.ui.library_counts")
        assert process.stdin is not None and process.stdout is not None
        try:
            process.stdin.write(json.dumps(str(path)).encode("utf-8") + b"\n")
            process.stdin.flush()
            answer = process.stdout.readline()
        except (OSError, ValueError):  # killed meanwhile: closed pipes
            answer = b""
        if not answer:
            raise CountFailed(f"the entity engine stopped (exit code {process.poll()})")
        reply = json.loads(answer)
        if "error" in reply:
            raise CountFailed(str(reply["error"]))
        return EntityCounts(**reply["counts"])

    def stop(self) -> None:
        with self._lock:
            process, self._process = self._process, None
            self._stopped = True
        if process is not None and process.poll() is None:
            process.kill()
        if process is not None:
            forget(process)


def counting_with(find: Callable[[str], Sequence[Entity]]) -> Counter:
    """A Counter that loads the article and calls `find` in the calling thread (tests give
    their own entities this way)."""

    def count(path: Path) -> EntityCounts:
        try:
            text = load_text(path)
        except LoadError as error:
            raise CountFailed(str(error)) from None
        return EntityCounts.of(entity.kind for entity in find(text))

    return count


def _answer(path: str) -> dict[str, object]:
    try:
        from reader.entities import extract

        counts = EntityCounts.of(entity.kind for entity in extract(load_text(path)))
    except LoadError as error:
        return {"error": str(error)}
    except Exception as error:  # the engine failing on one article leaves the others
        return {"error": f"{type(error).__name__}: {error}"}
    return {"counts": {"people": counts.people, "places": counts.places,
                       "dates": counts.dates}}


def main() -> None:
    """The child: a JSON string (a path) a line in, a JSON object a line out."""
    try:
        for line in sys.stdin.buffer:
            reply = json.dumps(_answer(json.loads(line)), ensure_ascii=True)
            sys.stdout.buffer.write(reply.encode("ascii") + b"\n")
            sys.stdout.buffer.flush()
    except (BrokenPipeError, KeyboardInterrupt):
        pass


if __name__ == "__main__":
    main()
