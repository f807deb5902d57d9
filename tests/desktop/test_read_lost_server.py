"""Reads that meet a lost server: the same boundary as writes.

The main window is open on a team database (PostgreSQL) and the board shows a deal;
a teammate moves it. Then our connection goes: the administrator ends our session
in the middle of a read (``pg_terminate_backend``), or nothing listens at the
server's address any more (the port closed; a small TCP relay in front of the
server stands for the network). Reloading the board then says so in the status bar,
naming the server, instead of a driver's traceback; the board keeps what it showed;
and once the server answers (the next reload, or the background check when the
port opens again) the board reads what the teammate saved.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import test_team_live as live_tests
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.engine import URL

import desktop.pages.board as board_module
from desktop.context import WorkspaceContext
from desktop.i18n import install_language
from desktop.mainwindow import MainWindow
from desktop.pages.board import BoardPage
from desktop.team import live
from model.errors import DomainError
from model.services.accounts import create_account
from model.services.deals import create_deal, move_deal
from model.workspace import ConnectionLost, Workspace, open_workspace
from tests.postgres import Server

WAIT_MS = 20_000
theirs = live_tests.theirs  # a teammate's app on the same database, straight to the server


class Relay:
    """A TCP relay on a loopback port to the server: closed and opened again at will."""

    def __init__(self, target: int) -> None:
        self.target = target
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = int(probe.getsockname()[1])
        self.listener: socket.socket | None = None
        self.open: list[socket.socket] = []
        self.threads: list[threading.Thread] = []

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen()
        listener.settimeout(0.1)
        self.listener = listener
        self._thread(self._accept, listener)

    def _thread(self, target: Any, *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self.threads.append(thread)
        thread.start()

    def _accept(self, listener: socket.socket) -> None:
        while self.listener is listener:
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            upstream = socket.create_connection(("127.0.0.1", self.target))
            self.open += [client, upstream]
            self._thread(self._pipe, client, upstream)
            self._thread(self._pipe, upstream, client)

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        for end in (source, sink):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        """Nothing listens at the port any more, and every open connection is cut."""
        listener, self.listener = self.listener, None
        if listener is not None:
            listener.close()
        for end in self.open:
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
            end.close()
        self.open = []
        for thread in self.threads:
            thread.join(5)
        self.threads = []


@pytest.fixture
def relay(pg_url: URL) -> Iterator[Relay]:
    assert pg_url.port is not None
    relay = Relay(pg_url.port)
    relay.start()
    yield relay
    relay.stop()


@pytest.fixture
def deal(theirs: Workspace) -> int:
    with theirs.begin() as s:
        account = create_account(s, {"name": "Acme"}).created_id("account")
        return int(
            create_deal(s, {"name": "Tower", "account_id": account, "stage": "P2"}).created_id(
                "deal"
            )
        )


@pytest.fixture
def window(
    qtbot: QtBot,
    settings: QSettings,
    pg_url: URL,
    relay: Relay,
    deal: int,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MainWindow]:
    """Our window on the database through the relay. The live listener is left out:
    what is tested is that the reads themselves find the server again."""
    install_language("en")
    monkeypatch.setattr(live, "_on_server", lambda _ctx: False)
    ctx = WorkspaceContext(open_workspace(pg_url.set(port=relay.port)))
    win = MainWindow(settings, ctx)
    win.resize(1366, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    ctx.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _board(window: MainWindow) -> BoardPage:
    keys = [e.key for e in window.entries]
    window.nav_actions[keys.index("board")].trigger()  # as the user goes there
    board = window.pages["board"]
    assert isinstance(board, BoardPage)
    return board


def _ctx(window: MainWindow) -> WorkspaceContext:
    assert window.ctx is not None
    return window.ctx


def _said(window: MainWindow) -> list[str]:
    said: list[str] = []
    _ctx(window).hub.status.connect(said.append)
    return said


def _teammate_moves(theirs: Workspace, deal: int) -> None:
    with theirs.begin() as s:
        move_deal(s, deal, "P3", reason="tender published", force=True)


def test_a_session_ended_mid_read_is_said_and_the_next_reload_reads_again(
    qtbot: QtBot,
    window: MainWindow,
    theirs: Workspace,
    deal: int,
    pg_server: Server,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    board = _board(window)
    assert board.store.column(deal) == "P2"
    _teammate_moves(theirs, deal)
    said = _said(window)
    real = board_module.board_rows

    def cut_then_read(session: Any, *args: Any, **kwargs: Any) -> Any:
        session.execute(text("SELECT 1"))  # our session has its connection now
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
        pg_server.admin_execute(f"SELECT pg_terminate_backend({pid})")
        return real(session, *args, **kwargs)

    monkeypatch.setattr(board_module, "board_rows", cut_then_read)
    board.act_reload.trigger()  # F5: the slot ends, the exception is not printed
    server = f"127.0.0.1:{window.ctx.workspace.url.port}/{window.ctx.workspace.url.database}"  # type: ignore[union-attr]
    assert len(said) == 1 and "was lost" in said[0] and server in said[0]
    assert "read again once the server answers" in said[0]
    assert _ctx(window).unreachable == said[0]
    assert board.store.column(deal) == "P2"  # what it showed stays
    assert board.models["P2"].row_of(deal) is not None
    monkeypatch.setattr(board_module, "board_rows", real)
    back: list[int] = []
    _ctx(window).readsBack.connect(lambda: back.append(1))
    board.act_reload.trigger()  # the next reload: the pool makes a new connection
    assert board.store.column(deal) == "P3"
    assert back == [1] and _ctx(window).unreachable == ""
    assert said[-1] == "The server answers again; what is shown is read again."


def test_a_closed_port_is_said_and_the_board_reads_again_once_it_opens(
    qtbot: QtBot, window: MainWindow, theirs: Workspace, deal: int, relay: Relay
) -> None:
    board = _board(window)
    assert board.store.column(deal) == "P2"
    said = _said(window)
    relay.stop()  # nothing listens at the server's address any more
    _teammate_moves(theirs, deal)
    board.act_reload.trigger()
    assert said and "was lost" in said[0] and f"127.0.0.1:{relay.port}/" in said[0]
    assert board.store.column(deal) == "P2"  # the board keeps what it showed
    assert board.models["P2"].row_of(deal) is not None
    board.act_reload.trigger()  # still away: said again, still no traceback
    assert board.store.column(deal) == "P2"
    qtbot.wait(1500)  # the first background check finds nobody either
    assert _ctx(window).unreachable
    relay.start()  # the server answers again at the same address
    qtbot.waitUntil(lambda: board.store.column(deal) == "P3", timeout=WAIT_MS)
    assert _ctx(window).unreachable == ""
    assert board.models["P3"].row_of(deal) is not None
    assert "The server answers again; what is shown is read again." in said


def test_a_read_of_a_lost_server_raises_a_named_refusal_not_a_driver_error(
    qtbot: QtBot, window: MainWindow, relay: Relay
) -> None:
    ctx = _ctx(window)
    relay.stop()
    with pytest.raises(ConnectionLost) as lost:
        ctx.read(lambda s: s.execute(text("SELECT 1")).scalar_one())
    assert isinstance(lost.value, DomainError)
    assert f"127.0.0.1:{relay.port}/" in lost.value.message
    relay.start()
    assert ctx.read(lambda s: s.execute(text("SELECT 1")).scalar_one()) == 1
    assert ctx.unreachable == ""


def test_sqlite_errors_of_a_read_are_not_taken_for_a_lost_server(
    ctx: WorkspaceContext,
) -> None:
    """A file has no server: its errors pass as they are (the page's own business)."""
    from sqlalchemy.exc import OperationalError

    def fails(_s: Any) -> None:
        raise OperationalError("SELECT", {}, Exception("database is locked"))

    with pytest.raises(OperationalError):
        ctx.read(fails)
    assert ctx.unreachable == ""
