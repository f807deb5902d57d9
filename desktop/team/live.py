"""Others' changes to a team database shown without a restart (issue 15).

While the open workspace is on PostgreSQL, a :class:`model.live.Listener` hears on a
thread of its own what the others commit; each batch reaches the UI thread through a
queued signal and goes out through the hub as if it were a local edit's Changes, so
the board, the map and the lists refresh the rows named, in place and lazily (a
hidden page when it is shown). The thread never touches a widget.

A batch that cannot name its rows (the connection was lost and is back: what was
committed meanwhile was told to nobody) reads every built page again: the one shown
now, the others when they are shown. As the fallback for a link that died without a
word, the listener asks the server every minute it hears nothing, and at once when
the window comes back after a while away (a laptop asleep); a dead link is then made
again and followed by that full read.

The status bar says "Team database · live" or "… · reconnecting". A workspace that
closes or is replaced, the window closing and the application quitting each stop
the thread and wait for it.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.errors import error_text
from model.errors import DomainError

if TYPE_CHECKING:
    from desktop.context import WorkspaceContext
    from desktop.mainwindow import MainWindow
    from model.live import Batch, Listener, OwnConnections

AWAY_S = 60.0
"""Back in the window after this long away, the listener checks its connection at once."""
PING_S = 60.0
"""The listener asks the server this often while it hears nothing (the interval fallback)."""
JOIN_S = 6.0
"""How long stopping waits for the thread (a connection attempt gives up after 5 s)."""


STATE_COLOURS = {"live": "#1e6b2a", "reconnecting": "#8a4b00"}
"""Text colours of the status (dark enough to read on a light status bar)."""


class LiveStatus(QLabel):
    """The status bar's word on the team database: live, connecting or reconnecting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamLiveStatus")
        self.setContentsMargins(6, 0, 6, 0)  # apart from its neighbours in the status bar
        self.state = ""
        self.hide()

    def show_state(self, state: str) -> None:
        self.state = state
        if state == "live":
            self.setText(self.tr("Team database · live"))
            self.setToolTip(self.tr("Changes the others save appear here as they are saved."))
        elif state == "reconnecting":
            self.setText(self.tr("Team database · reconnecting…"))
            self.setToolTip(
                self.tr(
                    "The connection that tells of others' changes was lost; trying again. "
                    "Once it is back, everything shown is read again."
                )
            )
        elif state == "connecting":
            self.setText(self.tr("Team database · connecting…"))
            self.setToolTip(self.tr("Connecting to the server to hear of others' changes."))
        # Live in green, reconnecting in amber: told apart at a glance, and in words.
        self.setStyleSheet(
            f"QLabel {{ color: {STATE_COLOURS[state]}; }}" if state in STATE_COLOURS else ""
        )
        self.setVisible(state in ("live", "reconnecting", "connecting"))


class Follower(QObject):
    """One open team workspace followed: the listener's thread and what it hears."""

    heard = Signal(object)  # model.live.Batch, emitted on the listener's thread
    stateChanged = Signal(str)  # emitted on the listener's thread

    def __init__(self, window: MainWindow, ctx: WorkspaceContext, status: LiveStatus) -> None:
        super().__init__(window)
        from model.live import Listener, OwnConnections, connector

        self.window = window
        self.ctx = ctx
        self.status = status
        self.batches = 0  # batches spread
        self.full_reads = 0  # of which "read everything again"
        self._stopped = False
        workspace = ctx.workspace
        self.own: OwnConnections = OwnConnections(workspace.engine)
        self.listener: Listener = Listener(
            connector(workspace.url),
            own=self.own,
            on_state=self._state_from_thread,
            ping_s=PING_S,
        )
        # Emitted on the listener's thread, run on this object's (the UI) thread.
        self.heard.connect(self._arrived)
        self.stateChanged.connect(status.show_state)
        status.show_state("connecting")
        self.thread = threading.Thread(
            target=self.listener.run, args=(self._heard_from_thread,), name="kan-live", daemon=True
        )
        self.thread.start()

    # On the listener's thread: only signals, and none once stopped (a thread that
    # outlived its join, in a connection attempt, must not reach a deleted object).

    def _heard_from_thread(self, batch: Batch) -> None:
        if not self._stopped:
            with contextlib.suppress(RuntimeError):
                self.heard.emit(batch)

    def _state_from_thread(self, state: str) -> None:
        if not self._stopped:
            with contextlib.suppress(RuntimeError):
                self.stateChanged.emit(state)

    def stop(self) -> None:
        """Stop the listener and wait for its thread; nothing is delivered after."""
        self._stopped = True
        self.listener.stop()
        self.thread.join(JOIN_S)
        self.own.detach()
        self.heard.disconnect(self._arrived)
        self.status.show_state("")

    def check(self) -> None:
        self.listener.check()

    def _arrived(self, batch: Batch) -> None:
        if self._stopped or self.window.ctx is not self.ctx:
            return  # a batch queued before the workspace was closed or replaced
        self.batches += 1
        if batch.everything:
            self.full_reads += 1
            read_everything_again(self.window)
        elif batch.changes:
            self.ctx.hub.changed.emit(batch.changes)


class _ReadWhenShown(QObject):
    """Reads a hidden page again once, when it is next shown."""

    def __init__(self, page: QWidget, read: Callable[[], None], window: MainWindow) -> None:
        super().__init__(page)
        self.read = read
        self.window = window
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            self.deleteLater()
            _read(self.read, self.window)
        return False


def _read(read: Callable[[], None], window: MainWindow) -> None:
    try:
        read()
    except DomainError as exc:
        window.show_problem(window.windowTitle(), error_text(exc))


def read_everything_again(window: MainWindow) -> None:
    """Every built page reads all it shows again: the one shown now, others when shown."""
    for page in list(window.pages.values()):
        read = next(
            (
                getattr(page, name)
                for name in ("reload_now", "reload", "refresh")
                if callable(getattr(page, name, None))
            ),
            None,
        )
        if read is None:  # a page that reads nothing of the workspace
            continue
        if page.isVisible():
            _read(read, window)
        elif not page.findChildren(_ReadWhenShown):
            _ReadWhenShown(page, read, window)


class LiveFeature(QObject):
    """Follows the window's workspace (``window.context_hooks``): a Follower while it
    is a team database, nothing for a file."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.follower: Follower | None = None
        self.status = LiveStatus()
        window.statusBar().addPermanentWidget(self.status)
        self._left_at: float | None = None  # when the window lost the focus
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        window.context_hooks.append(self.follow)

    def follow(self, ctx: WorkspaceContext | None) -> None:
        self.stop()
        if ctx is None or not _on_server(ctx):
            return
        self.follower = Follower(self.window, ctx, self.status)

    def stop(self) -> None:
        follower, self.follower = self.follower, None
        if follower is not None:
            follower.stop()
            follower.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.WindowDeactivate:
            self._left_at = time.monotonic()
        elif kind == QEvent.Type.WindowActivate:
            away = self._left_at is not None and time.monotonic() - self._left_at >= AWAY_S
            self._left_at = None
            if away and self.follower is not None:
                self.follower.check()
        elif kind == QEvent.Type.Close:
            self.stop()
        return False


def _on_server(ctx: WorkspaceContext) -> bool:
    return ctx.workspace.path is None and ctx.workspace.url.get_backend_name() == "postgresql"


def install(window: MainWindow) -> None:
    """Follow the open workspace (``window.context_hooks``) and listen to its server."""
    LiveFeature(window)  # a child of the window: ``window.findChild(LiveFeature)``
