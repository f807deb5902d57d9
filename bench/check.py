"""``keyaccount check`` on the large sample against SQLite's own ``quick_check``.

The floor is ``PRAGMA quick_check`` of the same file through the ``sqlite3``
module, timed in the same run: the check cannot be faster than reading every
page once. ``check_s`` is :func:`model.check.check_workspace` as the command
runs it (quick_check, foreign keys and every rule check), ``full_s`` the same
with ``full=True`` (``keyaccount check --full``: the full ``integrity_check``).
Each figure is the median of three runs, interleaved, after one warm-up read of
the file so that every run finds it in the OS cache. Target: ratio ≤ 3.

The check runs SQLite's storage checks on a connection of their own in a
thread, overlapping the rule checks, so ``check_s`` is the longer of the two
on a quiet 2-core machine; ``check_cpu_s`` (the process's CPU time, all
threads) is what it costs, and ``cpu_ratio`` that against quick_check's.

Usage: ``python bench/check.py [PATH]`` (default: the large sample in
``bench/.data``, generated when missing). Last line JSON
``{"check_s", "quick_check_s", "ratio", "cpu_ratio", "check_cpu_s", "full_s",
"full_ratio", "findings"}``.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RUNS = 3


def _quick_check(path: Path) -> tuple[float, float]:
    started, cpu = time.perf_counter(), time.process_time()
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        result = con.execute("PRAGMA quick_check").fetchall()
    finally:
        con.close()
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert result == [("ok",)], result
    return elapsed, cpu


def _check(path: Path, *, full: bool) -> tuple[float, float, int]:
    from model.check import check_workspace

    started, cpu = time.perf_counter(), time.process_time()
    report = check_workspace(path, full=full)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert report.storage_check == ("integrity_check" if full else "quick_check")
    return elapsed, cpu, len(report.findings)


def main(argv: list[str]) -> dict[str, float]:
    from bench._data import ensure_workspace, sample_file

    if argv:
        path = Path(argv[0])
        ensure_workspace(path)
    else:
        path = sample_file("large")
    import model.check  # noqa: F401  (imports are not part of the check's time)

    _quick_check(path)  # warm the OS cache
    quick: list[float] = []
    quick_cpu: list[float] = []
    check: list[float] = []
    check_cpu: list[float] = []
    full: list[float] = []
    findings = 0
    for run in range(1, RUNS + 1):
        elapsed, cpu = _quick_check(path)
        quick.append(elapsed)
        quick_cpu.append(cpu)
        elapsed, cpu, findings = _check(path, full=False)
        check.append(elapsed)
        check_cpu.append(cpu)
        full.append(_check(path, full=True)[0])
        print(
            f"run {run}: quick_check {quick[-1]:.2f} s, check {check[-1]:.2f} s "
            f"(CPU {check_cpu[-1]:.2f} s), check --full {full[-1]:.2f} s"
        )
    q, c, f = (statistics.median(x) for x in (quick, check, full))
    qc, cc = statistics.median(quick_cpu), statistics.median(check_cpu)
    print(f"{path.name}: check {c:.2f} s / quick_check {q:.2f} s = {c / q:.2f} (target ≤ 3)")
    print(f"CPU: check {cc:.2f} s / quick_check {qc:.2f} s = {cc / qc:.2f}")
    print(f"check --full {f:.2f} s = {f / q:.2f} × quick_check; {findings} findings")
    return {
        "check_s": round(c, 3),
        "quick_check_s": round(q, 3),
        "ratio": round(c / q, 2),
        "cpu_ratio": round(cc / qc, 2),
        "check_cpu_s": round(cc, 3),
        "full_s": round(f, 3),
        "full_ratio": round(f / q, 2),
        "findings": findings,
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:])))
