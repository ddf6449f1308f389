"""Load cost of the shipped gazetteer: the engine's lexicons, then the first place_info().

Usage: python -m benchmarks.gazetteer_load [--runs 15]
Each run is a fresh interpreter with the modules imported before the clock starts; it
times `lexicons()` (read, gunzip, parse, build the place index: what the engine pays at
start) and then the first `place_info()` call (what the panel or the map pays for English
names and points). Prints medians of wall and CPU (process) time, and the load average,
since the machine may be shared. Never asserts.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys

_ONE_RUN = """
import time
from reader.entities.gazetteer import lexicons
from reader.geo.places import place_info
t, c = time.perf_counter(), time.process_time()
lexicons()
t1, c1 = time.perf_counter(), time.process_time()
place_info("المغرب")
t2, c2 = time.perf_counter(), time.process_time()
print((t1 - t) * 1000, (c1 - c) * 1000, (t2 - t1) * 1000, (c2 - c1) * 1000)
"""


def main(argv: list[str]) -> None:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 15
    print("load average at start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    rows = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _ONE_RUN], capture_output=True, text=True, check=True
        ).stdout
        rows.append([float(x) for x in out.split()])
    median = [statistics.median(r[i] for r in rows) for i in range(4)]
    print(f"lexicons():          {median[0]:6.1f} ms wall  {median[1]:6.1f} ms CPU  ({runs} runs)")
    print(f"first place_info():  {median[2]:6.1f} ms wall  {median[3]:6.1f} ms CPU")


if __name__ == "__main__":
    main(sys.argv[1:])
