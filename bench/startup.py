"""Start-up: process start to the first painted main window showing the
sample workspace's accounts, against a bare QMainWindow in the same run.

Each figure is the best of five fresh processes (the OS cache is warm
after the first), timed from just before the spawn to the child's first
synchronous paint. The app paints the accounts from a sqlite3-only read and
then opens the workspace fully; ``ready_s`` is when that is done and painted.
Peak memory is the app process's max RSS. Target: ratio ≤ 4.

``quit_s`` (small sample, accounts) and ``quit_large_s`` (large sample, on the
board half a second after it showed): File ▸ Quit in ``keyaccount PATH`` to the
end of the process, best of three. Target: < 0.5 s.
Last line JSON {"app_s", "bare_s", "ratio", "peak_mb", "ready_s", "quit_s", "quit_large_s"}.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE = """
import resource, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1280, 720); w.show()
w.repaint()  # the first full paint, synchronously
print("PAINTED", time.perf_counter_ns() // 1000, flush=True)
print("PEAK", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""

# What `keyaccount PATH` does (desktop.cli.run_gui): QtCore, the read-ahead of the
# accounts, then the app's modules, the window and the start.
APP = """
import resource, sys, tempfile, time
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from desktop.cli import read_ahead
ahead = read_ahead(Path(sys.argv[1]))
from desktop.app import Application
settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
settings.setValue("ui/language", "en")
app = Application(settings, ahead=ahead)
app.start(Path(sys.argv[1]))
app.window.resize(1280, 720)
app.window.show()
app.window.repaint()  # the first full paint, synchronously
table = app.window.findChild(__import__("PySide6.QtWidgets").QtWidgets.QTableView, "accountsTable")
print("ROWS", table.model().rowCount() if table is not None else -1, flush=True)
print("PAINTED", time.perf_counter_ns() // 1000, flush=True)
def ready():
    if app.ctx is None or "accounts" not in app.window.pages:
        QTimer.singleShot(1, ready)
        return
    app.window.repaint()
    print("READY", time.perf_counter_ns() // 1000, flush=True)
    print("PEAK", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    # Nobody answers "who are you?", asked on the turn after the list's paint (see
    # bench/interactions.py): set as late as the app imports desktop.me.
    from desktop import me
    me.decider = lambda *a: None
    app.qt.quit()
QTimer.singleShot(0, ready)
app.qt.exec()
"""

# `keyaccount PATH` (desktop.cli.main) opened on a page; File > Quit once it is shown.
QUIT = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop import me
me.decider = lambda *a: None  # nobody answers "who are you?"
def quit_when_shown(n=[0]):
    from desktop.mainwindow import MainWindow
    n[0] += 1
    wins = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not wins or wins[0].ctx is None or n[0] < 10:
        QTimer.singleShot(50, quit_when_shown)
        return
    wins[0].repaint()
    print("QUIT", time.perf_counter_ns() // 1000, flush=True)
    wins[0].act_quit.trigger()
QTimer.singleShot(0, quit_when_shown)
from desktop.cli import main
sys.exit(main([sys.argv[1]]))
"""


def quit_time(path: Path, page: str) -> float:
    """Seconds from File > Quit to the end of the `keyaccount PATH` process."""
    with tempfile.TemporaryDirectory() as config:
        folder = Path(config) / "KeyAccountNavigator"
        folder.mkdir()
        (folder / "keyaccount.conf").write_text(f"[ui]\nlanguage=en\n[window]\npage={page}\n")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=config)
        proc = subprocess.Popen(
            [sys.executable, "-c", QUIT, str(path)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        assert proc.stdout is not None
        quit_at = 0
        for line in proc.stdout:
            if line.startswith("QUIT "):
                quit_at = int(line.split()[1])
        proc.wait()
        ended = time.perf_counter_ns() // 1000
    if proc.returncode != 0 or not quit_at:
        raise SystemExit(f"the quit run failed ({proc.returncode})")
    return (ended - quit_at) / 1_000_000


def run(code: str, *args: str) -> tuple[float, dict[str, int]]:
    """Seconds from process start to exit, and the figures the child printed.

    PAINTED and READY are the child's perf_counter in µs; START is taken just
    before the child is spawned, on the same clock (CLOCK_MONOTONIC).
    """
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
    values = {"START": int(started * 1_000_000)}
    for line in out.splitlines():
        key, _, value = line.partition(" ")
        if key in ("PEAK", "ROWS", "PAINTED", "READY"):
            values[key] = int(value)
    return elapsed, values


def since_start(values: dict[str, int], key: str) -> float:
    return (values[key] - values["START"]) / 1_000_000


def main() -> None:
    from bench._data import sample_file

    path = sample_file("small")
    run(BARE)
    run(APP, str(path))
    bare = min(since_start(run(BARE)[1], "PAINTED") for _ in range(5))
    app_runs = [run(APP, str(path))[1] for _ in range(5)]
    app_s = min(since_start(v, "PAINTED") for v in app_runs)
    ready_s = min(since_start(v, "READY") for v in app_runs)
    rows = app_runs[0].get("ROWS", -1)
    peak_mb = max(v["PEAK"] for v in app_runs) / 1024
    ratio = app_s / bare
    quit_s = min(quit_time(path, "accounts") for _ in range(3))
    quit_large_s = min(quit_time(sample_file("large"), "board") for _ in range(3))
    print(f"bare QMainWindow, start to first paint:           {bare:6.3f} s")
    print(f"app, start to first paint with {rows} accounts:     {app_s:6.3f} s")
    print(f"app, start to workspace fully open and repainted: {ready_s:6.3f} s")
    print(f"ratio (first paint / bare):                        {ratio:6.2f}  (target <= 4)")
    print(f"peak memory (app, fully open):                     {peak_mb:6.1f} MB")
    print(f"File > Quit to process end, small sample:          {quit_s:6.3f} s  (target < 0.5)")
    print(f"File > Quit to process end, large sample's board:  {quit_large_s:6.3f} s")
    print(
        json.dumps(
            {
                "app_s": round(app_s, 3),
                "bare_s": round(bare, 3),
                "ratio": round(ratio, 2),
                "peak_mb": round(peak_mb, 1),
                "ready_s": round(ready_s, 3),
                "quit_s": round(quit_s, 3),
                "quit_large_s": round(quit_large_s, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
