"""`python -m reader` and the `arabic-reader` console script: the command line, entered so
that a ctrl+c while Python is still importing the reader exits 130 with no traceback."""

import os
import sys

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as reader.cli returns for a later ctrl+c


def main() -> int:
    # The reader's numpy work is element-wise, with no product BLAS would thread: without
    # this, importing numpy starts an OpenBLAS thread per core, whose spinning costs a
    # start some 40 ms of CPU and, on a busy machine, the main thread its core.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from reader import startup

    startup.hold()  # released by the reader's first frame, or when a command starts
    # The import is the slow part of a cold start (Textual, numpy, the tables): a ctrl+c
    # then raises KeyboardInterrupt here, before reader.cli could catch it.
    try:
        from reader.cli import main as run_command_line

        return run_command_line()
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
