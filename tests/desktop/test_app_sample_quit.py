"""File ▸ Open the sample workspace shows progress; File ▸ Quit is quick and safe.

Issue 10: "Generating the sample shows progress and does not freeze the
window; quitting takes under half a second." The tests trigger the real
actions of the real Application window.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

import desktop.app
import model.sample
from desktop.app import Application

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where File ▸ Open the sample workspace writes the sample (never the user's)."""
    path = tmp_path / "data" / "sample-en.kan"
    monkeypatch.setattr(desktop.app, "sample_path", lambda lang: path)
    return path


def _slow_step(monkeypatch: pytest.MonkeyPatch, step: str, seconds: float) -> None:
    """Make one build step of the sample take ``seconds`` longer (sleeping, so off the GIL)."""
    original = getattr(model.sample._Builder, step)

    def slow(self: object) -> None:
        time.sleep(seconds)
        original(self)

    monkeypatch.setattr(model.sample._Builder, step, slow)


class Probe:
    """A timer that keeps looking at the progress dialog while the sample is made.

    It only fires if the event loop runs during the generation, i.e. if the
    window is not frozen.
    """

    def __init__(self, app: Application, on_dialog: object = None) -> None:
        self.app = app
        self.seen: list[tuple[bool, int, int, str]] = []
        self.on_dialog = on_dialog
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.look)

    def look(self) -> None:
        dialog = self.app.sample_progress
        if dialog is None:
            return
        self.seen.append((dialog.isVisible(), dialog.value(), dialog.maximum(), dialog.labelText()))
        if callable(self.on_dialog) and dialog.value() > 0:
            self.on_dialog(dialog)
            self.on_dialog = None

    def __enter__(self) -> Probe:
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()


def _leftovers(path: Path) -> list[Path]:
    return sorted(p for p in path.parent.glob("*") if p.name != path.name)


def test_opening_the_sample_shows_progress_and_opens_it(
    app: Application, target: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _slow_step(monkeypatch, "relationships", 0.4)
    app.window.show()
    qtbot.waitExposed(app.window)
    with Probe(app) as probe:
        app.window.act_sample.trigger()
    assert probe.seen, "no progress dialog, or the window was frozen while the sample was made"
    assert any(visible for visible, *_ in probe.seen)
    assert len(probe.seen) >= 10  # the event loop kept running: the window repainted
    values = [value for _, value, _, _ in probe.seen]
    assert max(values) > 0 and values == sorted(values)  # it advanced, never back
    assert probe.seen[-1][2] > 1  # a real range, not a busy indicator only
    assert "sample" in probe.seen[0][3].lower()
    assert app.sample_progress is None  # gone when done
    assert app.ctx is not None and app.ctx.workspace.path == target.resolve()
    assert target.exists()
    assert not [p for p in _leftovers(target) if ".partial" in p.name]


def test_cancel_leaves_the_app_as_it_was(
    sample_app: Application, target: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = sample_app
    before = app.ctx
    assert before is not None
    shown = before.workspace.path
    leads = model.sample._Builder.leads
    _slow_step(monkeypatch, "leads", 1.0)
    app.window.show()
    qtbot.waitExposed(app.window)

    def press_cancel(dialog: object) -> None:
        button = dialog.findChild(QPushButton)  # type: ignore[attr-defined]
        assert button is not None and button.isVisible()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    with Probe(app, on_dialog=press_cancel) as probe:
        started = time.perf_counter()
        app.window.act_sample.trigger()
        took = time.perf_counter() - started
    assert probe.seen and probe.on_dialog is None, "Cancel was never pressed"
    assert app.ctx is before and before.workspace.path == shown  # still the same workspace
    assert not target.exists()
    assert not _leftovers(target)  # no .partial, -wal or -shm left behind
    assert app.sample_progress is None
    assert took < 5  # it stopped at the next step, not at the end

    # A later attempt works as the first would have.
    monkeypatch.setattr(model.sample._Builder, "leads", leads)
    app.window.act_sample.trigger()
    assert app.ctx is not None and app.ctx.workspace.path == target.resolve()


def test_the_sample_reports_progress_up_to_its_total(tmp_path: Path) -> None:
    from model.workspace import open_workspace

    calls: list[tuple[int, int]] = []
    ws = open_workspace(tmp_path / "p.kan", create=True)
    try:
        model.sample.generate_sample(ws.engine, progress=lambda d, t: calls.append((d, t)))
    finally:
        ws.close()
    total = calls[0][1]
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert [d for d, _ in calls] == list(range(total + 1))


# -- quitting -----------------------------------------------------------------


def _edit(app: Application, name: str) -> None:
    from model.services.accounts import update_account

    assert app.ctx is not None
    app.ctx.write(update_account, 1, {"name": name})


def _name_in_file_alone(path: Path, tmp: Path) -> str:
    """The first account's name as the database file holds it, without its WAL."""
    alone = tmp / "alone.kan"
    shutil.copyfile(path, alone)
    con = sqlite3.connect(alone)
    try:
        return str(con.execute("SELECT name FROM accounts WHERE id = 1").fetchone()[0])
    finally:
        con.close()


def test_quit_writes_everything_into_the_file_without_waiting_for_a_reader(
    sample_app: Application, tmp_path: Path, qtbot: QtBot
) -> None:
    """File ▸ Quit with a background read still going: no wait, the edit in the file."""
    app = sample_app
    assert app.ctx is not None and app.ctx.workspace.path is not None
    path = app.ctx.workspace.path
    _edit(app, "Saved before quitting")
    assert _name_in_file_alone(path, tmp_path) != "Saved before quitting"  # in the WAL only

    release = threading.Event()
    reading = threading.Event()
    ctx = app.ctx

    def read(session: object) -> None:
        session.connection().exec_driver_sql("SELECT count(*) FROM deals").all()  # type: ignore[attr-defined]
        reading.set()
        release.wait(30)

    worker = threading.Thread(target=ctx.read, args=(read,), daemon=True)
    worker.start()
    assert reading.wait(30)
    try:
        app.window.show()
        qtbot.waitExposed(app.window)
        QTimer.singleShot(0, app.window.act_quit.trigger)
        # Windows of other tests may still be open: quit once ours has closed.
        QTimer.singleShot(50, app.window, lambda: app.window.isVisible() or app.qt.quit())
        started = time.perf_counter()
        code = app.run()
        took = time.perf_counter() - started
        # A second quit (the last window closing) is left posted: it would end the next
        # test's modal dialog at once.
        QCoreApplication.removePostedEvents(None, QEvent.Type.Quit)
    finally:
        release.set()
        worker.join(30)
    assert code == 0
    assert app.ctx is None
    assert not app.window.isVisible()
    assert took < 2.0, took  # a TRUNCATE checkpoint would wait 5 s for the reader
    assert _name_in_file_alone(path, tmp_path) == "Saved before quitting"
    assert app.settings.value("window/geometry") is not None


QUIT_CHILD = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop import me
import desktop.pages.board as board

me.decider = lambda *a: None
real = board.card_extras
board.PROGRESSIVE_CARDS = 0  # badges read by the worker, as on a large board
reading = []

def slow_extras(session):  # a board whose badges take long to read
    reading.append(True)
    time.sleep(4)
    return real(session)

board.card_extras = slow_extras

class Teardown:  # its __del__ runs only in Python's slow teardown
    def __del__(self):
        print("TEARDOWN", flush=True)

keep = Teardown()

def quit_when_shown(n=[0]):
    from desktop.mainwindow import MainWindow
    n[0] += 1
    wins = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not wins or wins[0].ctx is None or not reading:
        QTimer.singleShot(50, quit_when_shown)
        return
    print("QUIT", time.perf_counter(), flush=True)
    wins[0].act_quit.trigger()

QTimer.singleShot(0, quit_when_shown)
from desktop.cli import main
sys.exit(main([sys.argv[1]]))
"""


def test_keyaccount_quits_at_once_from_the_board(sample_copy: Path, tmp_path: Path) -> None:
    """`keyaccount PATH` on the board, File ▸ Quit while its badges are still read.

    Before, the process joined that read (4 s here; 2.4 s on the large sample)
    and then tore down every module's objects (0.3-1 s) before it ended.
    """
    config = Path(tempfile.mkdtemp(dir=tmp_path))
    (config / "KeyAccountNavigator").mkdir()
    (config / "KeyAccountNavigator" / "keyaccount.conf").write_text(
        "[ui]\nlanguage=en\n[window]\npage=board\n", encoding="utf-8"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config))
    proc = subprocess.Popen(
        [sys.executable, "-c", QUIT_CHILD, str(sample_copy)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    out, err = proc.communicate(timeout=120)
    ended = time.perf_counter()
    assert proc.returncode == 0, err
    quit_at = next(float(line.split()[1]) for line in out.splitlines() if line.startswith("QUIT"))
    assert "TEARDOWN" not in out  # ended without Python's teardown
    assert ended - quit_at < 2.5, ended - quit_at  # not after the 4 s read
    assert not Path(str(sample_copy) + ".lock").exists()
    conf = (config / "KeyAccountNavigator" / "keyaccount.conf").read_text(encoding="utf-8")
    assert "geometry" in conf  # the window's state reached the disk
