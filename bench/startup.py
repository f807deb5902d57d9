"""Start-up: process start to the first painted main window showing the
sample workspace's accounts, against a bare QMainWindow in the same run.

Each figure is the best of several fresh processes (the OS cache is warm
after the first). Peak memory is the app process's max RSS. Target: ratio ≤ 4.
Last line JSON {"app_s", "bare_s", "ratio", "peak_mb"}.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE = """
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1280, 720); w.show()
def done():
    w.repaint()  # the first full paint, synchronously
    print("PEAK", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

APP = """
import resource, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from desktop.app import Application
settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
settings.setValue("ui/language", "en")
app = Application(settings)
app.open(Path(sys.argv[1]))
app.window.resize(1280, 720)
app.window.show()
def done():
    app.window.repaint()  # the first full paint, synchronously
    page = app.window.pages.get("accounts")
    rows = page.table.model().rowCount() if page is not None else -1
    print("ROWS", rows, flush=True)
    print("PEAK", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    app.qt.quit()
QTimer.singleShot(0, done)
app.qt.exec()
"""


def run(code: str, *args: str) -> tuple[float, dict[str, int]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    ).stdout
    elapsed = time.perf_counter() - started
    values = {}
    for line in out.splitlines():
        key, _, value = line.partition(" ")
        if key in ("PEAK", "ROWS"):
            values[key] = int(value)
    return elapsed, values


def main() -> None:
    from bench._data import sample_file

    path = sample_file("small")
    run(BARE)
    run(APP, str(path))
    bare = min(run(BARE)[0] for _ in range(5))
    app_runs = [run(APP, str(path)) for _ in range(5)]
    app_s = min(t for t, _ in app_runs)
    rows = app_runs[0][1].get("ROWS", -1)
    peak_mb = max(v["PEAK"] for _, v in app_runs) / 1024
    ratio = app_s / bare
    print(f"bare QMainWindow, first paint:        {bare:6.3f} s")
    print(f"app with sample accounts ({rows} rows): {app_s:6.3f} s")
    print(f"ratio:                                {ratio:6.2f}  (target <= 4)")
    print(f"peak memory (app):                    {peak_mb:6.1f} MB")
    print(
        json.dumps(
            {
                "app_s": round(app_s, 3),
                "bare_s": round(bare, 3),
                "ratio": round(ratio, 2),
                "peak_mb": round(peak_mb, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
