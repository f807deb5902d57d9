"""Start-up lists the accounts first and finishes the page on the next turn.

`keyaccount FILE` paints the sqlite3 preview, opens the workspace, builds the
accounts page on the preview's rows and paints it; only then (the turn after)
come the ORM's first uses that listing does not need: the workspace's
stale-activity threshold, the owners to filter by, the Profile tab with the
selected account, and who the user is. A workspace opened any other way gets
its page whole at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication

from desktop.app import Application
from desktop.editors.account_editor import AccountEditor
from desktop.mainwindow import MainWindow
from desktop.models.accounts_model import Column
from desktop.pages.accounts import PROFILE_TAB, AccountsPage
from model.settings import set_setting
from model.workspace import open_workspace


def _set_stale_days(path: Path, days: int) -> None:
    ws = open_workspace(path)
    try:
        with ws.begin() as session:
            set_setting(session, "stale_days", days)
    finally:
        ws.close()


def _wait(condition: Callable[[], bool]) -> None:
    for _ in range(500):
        if condition():
            return
        QApplication.processEvents()
    raise AssertionError("start-up did not get there")


def _state(page: AccountsPage) -> dict[str, Any]:
    return {
        "unfinished": page.unfinished,
        "profile": type(page.tabs.widget(PROFILE_TAB)).__name__,
        "owners": page.owner_filter.count(),
        "stale_days": page.model.stale_days,
        "rows": page.model.rowCount(),
        "current": page.current_account(),
    }


@pytest.fixture
def steps(app: Application, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """What happens, in order: the window's repaint, finish_start (with the page's
    state as it begins) and who-am-I being attached."""
    from desktop import me

    seen: list[tuple[str, Any]] = []
    real_finish = MainWindow.finish_start
    real_attach = me.attach

    def finish(window: MainWindow) -> None:
        page = window.pages.get("accounts")
        seen.append(("finish", _state(page) if isinstance(page, AccountsPage) else None))
        real_finish(window)

    def attach(*args: Any, **kwargs: Any) -> None:
        seen.append(("me", None))
        real_attach(*args, **kwargs)

    monkeypatch.setattr(MainWindow, "finish_start", finish)
    monkeypatch.setattr(me, "attach", attach)
    app.window.repaint = lambda: seen.append(("repaint", None))  # type: ignore[method-assign]
    app.settings.setValue("window/page", "accounts")
    return seen


def test_start_lists_paints_then_finishes_the_page(
    app: Application, sample_copy: Path, steps: list[tuple[str, Any]]
) -> None:
    _set_stale_days(sample_copy, 3)
    app.window.show()
    app.start(sample_copy)
    _wait(lambda: any(step == "me" for step, _ in steps))
    assert [step for step, _ in steps] == ["repaint", "finish", "me"]
    before = steps[1][1]
    # The list, painted: the preview's rows, the first account selected…
    assert before["rows"] >= 6 and before["current"] is not None
    # …and nothing the ORM reads yet: a stand-in for the Profile tab, no owners,
    # the default threshold.
    assert before["unfinished"] is True
    assert before["profile"] == "QWidget"
    assert before["owners"] == 1  # "All owners" alone
    assert before["stale_days"] == 90
    page = app.window.pages["accounts"]
    assert isinstance(page, AccountsPage)
    after = _state(page)
    assert after["unfinished"] is False
    assert isinstance(page.tabs.widget(PROFILE_TAB), AccountEditor)
    assert page.tabs.widget(PROFILE_TAB) is page.editor
    assert page.editor.account_id == page.current_account() == before["current"]
    assert page.tabs.currentIndex() == PROFILE_TAB
    assert page.tabs.tabText(PROFILE_TAB) == "Profile"
    assert after["owners"] > 2  # (nobody) and the team
    assert after["stale_days"] == 3  # the workspace's own threshold


def test_the_threshold_read_after_the_paint_repaints_the_dates(
    app: Application, sample_copy: Path, steps: list[tuple[str, Any]]
) -> None:
    _set_stale_days(sample_copy, 3)
    app.start(sample_copy)
    _wait(lambda: app.ctx is not None and "accounts" in app.window.pages)
    page = app.window.pages["accounts"]
    assert isinstance(page, AccountsPage)
    changed: list[tuple[int, int, int]] = []

    def note(top: QModelIndex, bottom: QModelIndex, *_roles: object) -> None:
        changed.append((top.column(), top.row(), bottom.row()))

    page.model.dataChanged.connect(note)
    _wait(lambda: not page.unfinished)
    rows = page.model.rowCount()
    assert (Column.LAST_ACTIVITY, 0, rows - 1) in changed
    # Only a changed threshold repaints: the same value again tells nothing.
    changed.clear()
    page.model.set_stale_days(3)
    assert changed == []


def test_a_workspace_opened_otherwise_gets_its_page_whole(
    app: Application, sample_copy: Path, steps: list[tuple[str, Any]]
) -> None:
    _set_stale_days(sample_copy, 3)
    assert app.open(sample_copy)
    page = app.window.pages["accounts"]
    assert isinstance(page, AccountsPage)
    state = _state(page)
    assert state["unfinished"] is False
    assert state["profile"] == "AccountEditor"
    assert state["owners"] > 2 and state["stale_days"] == 3
    assert page.editor.account_id == page.current_account() is not None
    assert [step for step, _ in steps] == ["me"]  # attached at once
    app.window.finish_start()  # nothing left to do
    assert page.tabs.widget(PROFILE_TAB) is page.editor


def test_an_edit_asked_for_before_the_finish_gets_the_editor_at_once(
    app: Application, sample_copy: Path, steps: list[tuple[str, Any]]
) -> None:
    app.start(sample_copy)
    _wait(lambda: app.ctx is not None and "accounts" in app.window.pages)
    page = app.window.pages["accounts"]
    assert isinstance(page, AccountsPage)
    if page.unfinished:  # Enter on a row at once: the editor is built for it
        page.act_edit.trigger()
        assert isinstance(page.tabs.widget(PROFILE_TAB), AccountEditor)
        assert page.editor.account_id == page.current_account() is not None
    _wait(lambda: any(step == "me" for step, _ in steps))
    assert page.tabs.widget(PROFILE_TAB) is page.editor


def test_a_read_refused_after_the_paint_is_told_and_the_list_stays(
    app: Application,
    sample_copy: Path,
    steps: list[tuple[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import model.settings
    from model.errors import WorkspaceError

    def refused(*_args: object) -> object:
        raise WorkspaceError("The file {path} is locked by another program.", path="copy.kan")

    told: list[tuple[str, str]] = []
    monkeypatch.setattr(model.settings, "get_setting", refused)
    monkeypatch.setattr(app.window, "show_problem", lambda title, text: told.append((title, text)))
    app.start(sample_copy)
    _wait(lambda: any(step == "me" for step, _ in steps))
    assert told and told[0][0] == "Accounts" and "locked by another program" in told[0][1]
    page = app.window.pages["accounts"]
    assert isinstance(page, AccountsPage)
    assert page.model.rowCount() >= 6  # the accounts still listed
    assert page.editor.account_id == page.current_account()  # built when asked for
