"""The entity engine in a child process: its pure-Python work never holds the UI's GIL.

Run in a thread of the UI's process, the engine holds the interpreter lock for most of
every switch interval, and each key the UI handles meanwhile waits for it many times over
(measured: about 2 s a key while a 5 MB article was read). A child process costs a start
(imports and the model's load, a few tenths of a second) and the pickling of the text
and the result, and leaves the UI free.

    python -m reader.ui.engine_process < article.txt   # the child: a pickle on stdout
"""

from __future__ import annotations

import atexit
import gc
import os
import pickle
import subprocess
import sys
import threading
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.entities import Entity

_RUNNING: set[subprocess.Popen[bytes]] = set()


def start_child(module: str) -> subprocess.Popen[bytes]:
    """`python -m module` with pipes on stdin and stdout, silent on stderr (nothing the
    child says may reach the screen), killed when the reader exits (see `forget`)."""
    process = subprocess.Popen(
        [sys.executable, "-m", module],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    _RUNNING.add(process)
    return process


def forget(process: subprocess.Popen[bytes]) -> None:
    """`process` is over: the reader's exit need not kill it."""
    _RUNNING.discard(process)


class EngineFailed(RuntimeError):
    """The engine raised, or its process died, for the reason given."""


class ProcessEngine:
    """Called like `reader.entities.extract(text)`, computed in a child process; `stop()`
    ends a run in progress (from another thread).

    The child ends with the reader: killed when the reader exits, and it watches for its
    parent going away (a reader killed outright).
    """

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None

    def __call__(self, text: str) -> list[Entity]:
        process = self._process = start_child("reader.ui.engine_process")
        try:
            out, _ = process.communicate(text.encode("utf-8", "surrogatepass"))
        finally:
            forget(process)
        try:
            status, payload = pickle.loads(out)
        except Exception:  # a crash, a kill: no complete answer
            raise EngineFailed(
                f"the entity engine stopped (exit code {process.returncode})"
            ) from None
        if status != "ok":
            raise EngineFailed(str(payload))
        return list(payload)

    def stop(self) -> None:
        """Kill the child, if one is at work."""
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()


@atexit.register
def _stop_running() -> None:
    for process in list(_RUNNING):
        process.kill()


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def main() -> None:
    """The child: the article on stdin, ("ok", entities) or ("error", why) pickled out."""
    # One extraction, then exit, as `arabic-reader extract` (see reader.cli and
    # reader.__main__): no cycle collection (its full passes over the engine's word
    # lists cost a sixth of a 5 MB run) and one OpenBLAS thread (numpy is imported below).
    gc.disable()
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    threading.Thread(target=_exit_when_orphaned, args=(os.getppid(),), daemon=True).start()
    text = sys.stdin.buffer.read().decode("utf-8", "surrogatepass")
    try:
        from reader.entities import extract

        result: tuple[str, object] = ("ok", extract(text))
    except Exception as error:
        result = ("error", f"{type(error).__name__}: {error}")
    sys.stdout.buffer.write(pickle.dumps(result))
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    main()
