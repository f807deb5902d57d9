"""Peak memory and time of ``keyaccount sample PATH --size large``.

The command runs in a fresh child process (as a user runs it) into a temporary
folder; its peak resident set size is the child's ``ru_maxrss``. The floor is
a child that only imports what the command imports (``model.sample`` and
``model.workspace``: Python, SQLAlchemy, the schema), measured the same way in
the same run. Before the sample was written in batches (model/sample.py) it
held every one of its 1.2 million rows until the end and peaked at 771-907 MB.

Usage: ``python bench/sample_memory.py [--runs N]`` (default 1: a run takes
half a minute). Last line JSON ``{"peak_mb", "floor_mb", "sample_s", "rows"}``
(the median over the runs).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FLOOR = "import model.sample, model.workspace"


def _child(args: list[str]) -> tuple[float, float]:
    """Run ``python args`` in a fresh process; its peak RSS in MB and its wall time."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    code = (
        "import resource, subprocess, sys\n"
        "p = subprocess.run(sys.argv[1:])\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "sys.exit(p.returncode)\n"
    )
    # A middle process per run: RUSAGE_CHILDREN is the largest child ever waited
    # for, so each measurement needs a parent of its own.
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code, sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    elapsed = time.perf_counter() - started
    kb = int(out.stdout.strip().splitlines()[-1])
    return kb / 1024, elapsed


def _rows(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        tables = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return sum(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables)
    finally:
        con.close()


def main(runs: int) -> dict[str, float]:
    floor, _ = _child(["-c", FLOOR])
    peaks: list[float] = []
    times: list[float] = []
    rows = 0
    for run in range(1, runs + 1):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "large.kan"
            peak, elapsed = _child(["-m", "desktop.cli", "sample", str(path), "--size", "large"])
            rows = _rows(path)
        peaks.append(peak)
        times.append(elapsed)
        print(f"run {run}: peak {peak:.0f} MB, {elapsed:.1f} s, {rows:,} rows")
    peak, elapsed = statistics.median(peaks), statistics.median(times)
    print(f"sample --size large: peak {peak:.0f} MB (imports {floor:.0f} MB), {elapsed:.1f} s")
    return {
        "peak_mb": round(peak),
        "floor_mb": round(floor),
        "sample_s": round(elapsed, 1),
        "rows": rows,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    print(json.dumps(main(parser.parse_args().runs)))
