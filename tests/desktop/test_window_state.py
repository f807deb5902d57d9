"""What the window keeps for the user: its place on a smaller screen, the view and
account chosen across a language switch and a reopening, a confirmation with the
undo key after each step, and the folder file dialogs start in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QModelIndex, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop import file_dialogs
from desktop.app import Application
from desktop.mainwindow import MainWindow, fit_rect
from desktop.pages.accounts import AccountsPage
from desktop.pages.board import BoardPage
from desktop.pages.map import MapPage

REPO = Path(__file__).resolve().parents[2]

# -- geometry ----------------------------------------------------------------------------


def test_a_rect_from_a_large_screen_is_fitted_into_a_small_one() -> None:
    laptop = QRect(0, 0, 1366, 728)  # 1366×768 less a panel
    # Saved at 1920×1080, partly off the laptop's area: it shrinks and moves in.
    assert fit_rect(QRect(1500, 900, 1920, 1080), laptop) == QRect(0, 0, 1366, 728)
    assert fit_rect(QRect(300, 200, 1280, 720), laptop) == QRect(86, 8, 1280, 720)
    assert fit_rect(QRect(-400, -50, 1000, 600), laptop) == QRect(0, 0, 1000, 600)
    # A window that fits stays where it was; never below the window's minimum size.
    assert fit_rect(QRect(100, 50, 800, 600), laptop) == QRect(100, 50, 800, 600)
    assert fit_rect(QRect(0, 0, 1920, 1080), QRect(0, 0, 800, 500), QSize(960, 600)) == QRect(
        0, 0, 960, 600
    )
    # A second screen to the right: placed inside that one.
    right = QRect(1920, 0, 1366, 768)
    assert fit_rect(QRect(3000, 500, 1920, 1080), right) == right


def test_a_geometry_qt_refuses_falls_back_to_the_saved_rect_fitted_to_this_screen(
    qtbot: QtBot, settings: QSettings
) -> None:
    """Qt refuses a geometry saved on a screen of quite another width (restoreGeometry
    returns False); the window then takes the rectangle kept beside it, fitted."""
    available = QGuiApplication.primaryScreen().availableGeometry()
    big = QRect(available.right() - 200, available.bottom() - 100, 1920, 1080)
    settings.setValue("window/geometry", QByteArray(b"not a geometry Qt accepts"))
    settings.setValue("window/normal", big)
    settings.setValue("window/maximized", False)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    geometry = window.geometry()
    assert available.contains(geometry.topLeft())
    assert geometry.width() <= max(available.width(), window.minimumWidth())
    assert geometry.height() <= max(available.height(), window.minimumHeight())
    assert not window.isMaximized()


SCRIPT = """
import sys
from PySide6.QtCore import QRect, QSettings, Qt
from desktop.app import qt_app
from desktop.mainwindow import MainWindow
app = qt_app([])
settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
window = MainWindow(settings)
if sys.argv[2] == "save":
    window.setGeometry(QRect(200, 150, 1700, 900))
    window.show()
    if sys.argv[3] == "max":
        window.showMaximized()
    app.processEvents()
    window.close()
else:
    window.show()
    app.processEvents()
    g = window.geometry()
    a = window.screen().availableGeometry()
    print(g.x(), g.y(), g.width(), g.height(), a.width(), a.height(), int(window.isMaximized()))
"""


def run_on_screen(tmp_path: Path, width: int, height: int, *args: str) -> str:
    config = tmp_path / f"screen-{width}.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "settings.ini"), *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


@pytest.mark.parametrize("state", ["normal", "max"])
def test_saved_on_1920_restored_on_1366(tmp_path: Path, state: str) -> None:
    """Two real screens, one after the other: the offscreen platform with a 1920×1080
    screen saves the window, one with a 1366×768 screen opens it again."""
    run_on_screen(tmp_path, 1920, 1080, "save", state)
    x, y, w, h, aw, ah, maximised = map(int, run_on_screen(tmp_path, 1366, 768, "load").split())
    assert (aw, ah) == (1366, 768)
    assert x >= 0 and y >= 0 and x + w <= aw and y + h <= ah
    assert maximised == (state == "max")


# -- view state: language switch and reopening --------------------------------------------


def pick_map_account(page: MapPage, account_id: int) -> None:
    """Choose an account in the map's account box, as the user does."""
    index = page.account_combo.findData(account_id)
    assert index >= 0
    page.account_combo.setCurrentIndex(index)
    page.account_combo.activated.emit(index)


def other_account(page: MapPage) -> int:
    """An account that is not the map's default one."""
    return next(a.id for a in page.accounts if a.id != page.account_id)


def test_switching_language_keeps_page_account_and_map_account(
    sample_app: Application,
) -> None:
    window = sample_app.window
    map_page = window.show_page("map")
    assert isinstance(map_page, MapPage)
    on_map = other_account(map_page)
    pick_map_account(map_page, on_map)
    accounts = window.show_page("accounts")
    assert isinstance(accounts, AccountsPage)
    chosen = on_map + 1 if on_map + 1 in {a.id for a in map_page.accounts} else on_map - 1
    accounts.select_account(chosen)
    assert accounts.current_account() == chosen

    sample_app.switch_language("zh")
    new = sample_app.window
    assert new is not window
    entry = new.current_entry()
    assert entry is not None and entry.key == "accounts"
    accounts = new.current_page()
    assert isinstance(accounts, AccountsPage) and accounts.current_account() == chosen
    map_page = new.show_page("map")
    assert isinstance(map_page, MapPage) and map_page.account_id == on_map
    sample_app.switch_language("en")
    entry = sample_app.window.current_entry()
    assert entry is not None and entry.key == "map"


def test_reopening_the_workspace_shows_what_was_shown(
    sample_app: Application, sample_copy: Path
) -> None:
    window = sample_app.window
    map_page = window.show_page("map")
    assert isinstance(map_page, MapPage)
    on_map = other_account(map_page)
    pick_map_account(map_page, on_map)
    sample_app.close_workspace()
    assert sample_app.open(sample_copy)
    entry = window.current_entry()
    assert entry is not None and entry.key == "map"
    map_page = window.current_page()
    assert isinstance(map_page, MapPage) and map_page.account_id == on_map


def test_a_saved_state_of_accounts_gone_is_ignored(
    sample_app: Application, sample_copy: Path
) -> None:
    window = sample_app.window
    window.restore_view_state(
        {"page": "accounts", "pages": {"accounts": {"account": 999_999}, "map": "junk"}}
    )
    entry = window.current_entry()
    assert entry is not None and entry.key == "accounts"
    map_page = window.show_page("map")
    assert isinstance(map_page, MapPage) and map_page.account_id is not None


# -- status bar confirmations ---------------------------------------------------------


def drag(board: BoardPage, source: str, deal_id: int, target: str) -> bool:
    """What a drag does: the source model's mimeData, the target model's dropMimeData."""
    src, dst = board.models[source], board.models[target]
    row = src.row_of(deal_id)
    assert row is not None
    mime = src.mimeData([src.index(row)])
    return dst.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())


def test_a_forced_move_says_so_in_the_status_bar_with_the_undo_key(
    sample_app: Application,
) -> None:
    from desktop.board.gate_dialog import GateDecision

    window = sample_app.window
    ctx = sample_app.ctx
    assert ctx is not None
    board = window.show_page("board")
    assert isinstance(board, BoardPage)
    board.gate_decider = lambda *_: GateDecision(force=True, reason="The customer asked")
    deal = board.models["P1"].deal_ids()[0]
    assert drag(board, "P1", deal, "P2")
    text = ctx.undo_stack.undoText()
    assert text
    message = window.statusBar().currentMessage()
    assert text in message and "Ctrl+Z" in message

    window.act_undo.trigger()
    message = window.statusBar().currentMessage()
    assert text in message and "Ctrl+Shift+Z" in message and "Undone" in message
    window.act_redo.trigger()
    message = window.statusBar().currentMessage()
    assert text in message and "Ctrl+Z" in message and "Redone" in message


def test_a_lost_deal_confirms_in_the_status_bar(sample_app: Application) -> None:
    from desktop.board.dialogs import CloseDecision

    window = sample_app.window
    ctx = sample_app.ctx
    assert ctx is not None
    board = window.show_page("board")
    assert isinstance(board, BoardPage)
    board.close_decider = lambda *_a: CloseDecision(reason="Budget cut", close_reason="price")
    deal = board.models["P4"].deal_ids()[0]
    assert drag(board, "P4", deal, "lost")
    text = ctx.undo_stack.undoText()
    message = window.statusBar().currentMessage()
    assert text and text in message and "Ctrl+Z" in message


# -- file dialogs -----------------------------------------------------------------------


def test_file_dialogs_start_in_documents_then_in_the_folder_last_used(
    settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = tmp_path / "Documents"
    docs.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_dir", lambda: str(docs))
    assert file_dialogs.start_dir(settings, "export") == str(docs)
    assert file_dialogs.start_dir(settings, "export", "map.png") == str(docs / "map.png")
    chosen = tmp_path / "exports"
    chosen.mkdir()
    file_dialogs.remember_dir(settings, "export", chosen / "map.png")
    assert file_dialogs.start_dir(settings, "export") == str(chosen)
    assert file_dialogs.start_dir(settings, "workspace") == str(docs)  # one per purpose
    chosen.rmdir()  # a folder gone: back to the documents
    assert file_dialogs.start_dir(settings, "export") == str(docs)


def test_file_open_starts_in_documents_then_where_a_workspace_was_chosen(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = tmp_path / "Documents"
    docs.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_dir", lambda: str(docs))
    folder = tmp_path / "team"
    folder.mkdir()
    asked: list[str] = []

    def choose(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(folder / "x.kan"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    monkeypatch.setattr(app, "open", lambda *_a, **_k: False)
    app.window.act_open.trigger()
    app.window.act_open.trigger()
    assert asked == [str(docs), str(folder)]
