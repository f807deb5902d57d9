"""The main window on a team database shows what the others save, without a reload.

A real MainWindow is open on a PostgreSQL workspace; another app's session (a
workspace of its own on the same database) moves a deal or renames a person, and the
board or the map shows it in place (model → widget). Our own edits are not heard
twice; a lost connection comes back and the pages read everything once; closing
leaves no thread behind.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from desktop.context import WorkspaceContext
from desktop.i18n import install_language
from desktop.mainwindow import MainWindow
from desktop.pages.board import BoardPage
from desktop.pages.map import MapPage
from desktop.team import live
from desktop.team.live import LiveFeature
from graph import person_key
from model.services import accounts, deals, people
from model.workspace import Workspace, open_workspace
from tests.postgres import Server

WAIT_MS = 15_000


@pytest.fixture
def theirs(pg_url: URL) -> Iterator[Workspace]:
    """Another person's app on the same team database."""
    ws = open_workspace(pg_url)
    yield ws
    ws.close()


@pytest.fixture
def start(theirs: Workspace) -> dict[str, int]:
    """What the others had saved before we opened the database."""
    with theirs.begin() as s:
        account = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        values = {"account_id": account, "force": True, "reason": "taken over"}
        deal = deals.create_deal(s, {**values, "name": "Big deal", "stage": "P2"})
        other = deals.create_deal(s, {**values, "name": "Small deal", "stage": "P3"})
        ann = people.create_person(s, account, {"name": "Ann", "role": "KDM"})
    return {
        "account": account,
        "deal": deal.created_id("deal"),
        "other": other.created_id("deal"),
        "ann": ann.created_id("person"),
    }


def _live_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "kan-live"]


@pytest.fixture
def window(
    qtbot: QtBot, settings: QSettings, pg_url: URL, start: dict[str, int]
) -> Iterator[MainWindow]:
    install_language("en")
    ctx = WorkspaceContext(open_workspace(pg_url))
    win = MainWindow(settings, ctx)
    win.resize(1366, 800)
    win.show()
    qtbot.waitExposed(win)
    feature = win.findChild(LiveFeature)
    assert feature is not None
    qtbot.waitUntil(lambda: feature.status.state == "live", timeout=WAIT_MS)
    yield win
    win.close()
    ctx.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert _live_threads() == []


def _feature(window: MainWindow) -> LiveFeature:
    feature = window.findChild(LiveFeature)
    assert feature is not None and feature.follower is not None
    return feature


def _go(window: MainWindow, key: str) -> object:
    """Show a page through its navigation action, as the user does."""
    keys = [e.key for e in window.entries]
    window.nav_actions[keys.index(key)].trigger()
    return window.pages[key]


def _count_reloads(page: object, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(page, name)

    def counted(*args: object) -> None:
        calls.append(1)
        real(*args)

    setattr(page, name, counted)
    return calls


def test_a_deal_another_user_moves_moves_on_our_board(
    qtbot: QtBot, window: MainWindow, theirs: Workspace, start: dict[str, int]
) -> None:
    board = _go(window, "board")
    assert isinstance(board, BoardPage)
    deal = start["deal"]
    assert board.models["P2"].row_of(deal) is not None
    reloads = _count_reloads(board, "reload")
    status = _feature(window).status
    assert status.isVisible() and status.text() == "Team database · live"
    with theirs.begin() as s:
        deals.move_deal(s, deal, "P1", reason="back to qualify", force=True)
    qtbot.waitUntil(
        lambda: (
            board.models["P1"].row_of(deal) is not None and board.models["P2"].row_of(deal) is None
        ),
        timeout=WAIT_MS,
    )
    assert reloads == []  # the one card re-read, not the board
    assert board.models["P3"].row_of(start["other"]) is not None  # the others stay


def test_a_person_another_user_renames_is_renamed_on_our_map(
    qtbot: QtBot, window: MainWindow, theirs: Workspace, start: dict[str, int]
) -> None:
    page = _go(window, "map")
    assert isinstance(page, MapPage)
    page.select_account(start["account"])
    key = person_key(start["ann"])
    qtbot.waitUntil(lambda: page.scene.name_of(key) == "Ann", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page.building and not page.pending, timeout=WAIT_MS)
    before = page.full_reloads
    with theirs.begin() as s:
        people.update_person(s, start["ann"], {"name": "Ann Li"})
    qtbot.waitUntil(lambda: page.scene.name_of(key) == "Ann Li", timeout=WAIT_MS)
    assert page.full_reloads == before  # the card patched, the map not read again


def test_our_own_edits_are_not_spread_twice(
    qtbot: QtBot, window: MainWindow, theirs: Workspace, start: dict[str, int]
) -> None:
    board = _go(window, "board")
    assert isinstance(board, BoardPage) and window.ctx is not None
    follower = _feature(window).follower
    assert follower is not None
    window.ctx.write(deals.move_deal, start["deal"], "P1", reason="ours", force=True)
    assert board.models["P1"].row_of(start["deal"]) is not None  # our command's Changes
    qtbot.wait(800)
    assert follower.batches == 0
    with theirs.begin() as s:  # the listener is alive: theirs is heard
        deals.move_deal(s, start["other"], "P2", reason="theirs", force=True)
    qtbot.waitUntil(lambda: follower.batches == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: board.models["P2"].row_of(start["other"]) is not None)


def test_a_lost_connection_says_so_and_reads_everything_once_back(
    qtbot: QtBot,
    window: MainWindow,
    theirs: Workspace,
    start: dict[str, int],
    pg_server: Server,
) -> None:
    board = _go(window, "board")
    _go(window, "accounts")  # the board hidden: read again when shown
    assert isinstance(board, BoardPage)
    feature = _feature(window)
    follower = feature.follower
    assert follower is not None
    states: list[str] = []
    follower.stateChanged.connect(states.append)
    reloads = _count_reloads(board, "reload")
    pg_server.admin_execute(f"SELECT pg_terminate_backend({follower.listener.backend_pid})")
    with theirs.begin() as s:  # while we hear nothing
        deals.move_deal(s, start["deal"], "P4", reason="jumped", force=True)
    qtbot.waitUntil(lambda: follower.full_reads == 1, timeout=WAIT_MS)
    assert states[:2] == ["reconnecting", "live"]
    assert feature.status.text() == "Team database · live"
    assert reloads == []  # hidden: nothing read yet
    _go(window, "board")
    assert reloads == [1]
    assert board.models["P4"].row_of(start["deal"]) is not None


def test_coming_back_to_the_window_checks_the_connection(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    follower = _feature(window).follower
    assert follower is not None
    checks: list[int] = []
    monkeypatch.setattr(follower.listener, "check", lambda: checks.append(1))
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert checks == []  # not away long enough
    monkeypatch.setattr(live, "AWAY_S", 0.0)
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert checks == [1]


def test_a_file_workspace_is_not_followed_and_the_thread_ends(
    qtbot: QtBot, window: MainWindow, tmp_path: object
) -> None:
    assert len(_live_threads()) == 1
    feature = _feature(window)
    old = window.ctx
    assert old is not None
    solo = WorkspaceContext(open_workspace(f"{tmp_path}/solo.kan", create=True))
    try:
        window.set_context(solo)
        assert _live_threads() == []
        assert feature.follower is None and not feature.status.isVisible()
    finally:
        window.set_context(old)
        solo.close()
    qtbot.waitUntil(lambda: feature.status.state == "live", timeout=WAIT_MS)
