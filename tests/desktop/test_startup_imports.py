"""Start-up paints the accounts before SQLAlchemy is imported, and lists them on
the opened workspace before the entities are.

Importing SQLAlchemy and the entities costs more than starting Qt, so the
first paint (the sqlite3 preview of the accounts) must not wait for them: a
module imported on that path that pulls the ORM (a service, a read, the
board's helpers) would silently make every start slower.
"""

from __future__ import annotations

from pathlib import Path

from helpers import run_app_child
from PySide6.QtCore import QCoreApplication

from desktop.app import Application

CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from desktop import me
me.decider = lambda *a: None
from desktop.app import Application
from desktop.mainwindow import MainWindow
finishing = []
real_finish = MainWindow.finish_start
def finish(window):
    finishing.append(sorted(m for m in ("model.entities", "model.rows") if m in sys.modules))
    real_finish(window)
MainWindow.finish_start = finish
settings = QSettings(str(Path(sys.argv[2]) / "app.ini"), QSettings.Format.IniFormat)
settings.setValue("ui/language", "en")
settings.setValue("window/page", "accounts")
app = Application(settings)
app.window.resize(1366, 768)
app.start(Path(sys.argv[1]))
app.window.show()
app.window.repaint()
preview = app.window.preview
print("PREVIEW", preview.table.model().rowCount() if preview is not None else 0)
heavy = ("sqlalchemy", "model.entities", "model.board")
print("AT_PAINT", sorted(m for m in heavy if m in sys.modules))
app.qt.processEvents()  # the workspace opens on the next turn of the event loop
page = app.window.pages.get("accounts")
print("OPENED", app.ctx is not None, "sqlalchemy" in sys.modules, page is not None)
hidden = ("desktop.pages.people_panel", "model.board")
print("HIDDEN", sorted(m for m in hidden if m in sys.modules))
for _ in range(100):  # the turn after the page's paint
    if finishing:
        break
    app.qt.processEvents()
print("AT_LIST", finishing[0] if finishing else None)
print("FINISHED", page.editor.account_id is not None, "model.entities" in sys.modules)
import os
os._exit(0)
"""


def test_first_paint_imports_no_sqlalchemy(tmp_path: Path, _sample_file: Path) -> None:
    lines = run_app_child(CHILD, _sample_file, tmp_path)
    assert int(lines["PREVIEW"]) >= 6  # the preview painted the sample's accounts
    assert lines["AT_PAINT"] == "[]"
    assert lines["OPENED"] == "True True True"  # then the workspace opened as ever
    # The accounts page at start-up: no People tab panel behind Profile, no board helpers.
    assert lines["HIDDEN"] == "[]"
    # Listed and painted without the entities (model.rows pulls them): they come on
    # the next turn, with the Profile tab showing the selected account.
    assert lines["AT_LIST"] == "[]"
    assert lines["FINISHED"] == "True True"


def test_start_up_check_starts_after_the_page_is_built(app: Application, sample_copy: Path) -> None:
    """The quick_check thread (~0.4 s of CPU on the large sample) waits for the
    event loop's next turn: building the page does not share the machine with it."""
    assert app.open(sample_copy, check_later=True)
    check = app.integrity_check
    assert check is not None and app.window.pages.get("accounts") is not None
    assert check.worker.ident is None  # not yet
    QCoreApplication.processEvents()
    assert check.worker.ident is not None
    app.wait_for_check(30)
    assert app.integrity_check is None
