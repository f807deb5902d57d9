"""The open workspace as the desktop sees it: sessions, undo stack and hub.

Every write goes through :meth:`WorkspaceContext.write`, which runs one
service in one transaction and spreads the returned Changes through the hub.
Views read plain rows through :meth:`read` and never keep a session.

A read that meets a lost server connection is a
:class:`~model.workspace.ConnectionLost` like a write's: said in the status bar,
never a raw driver error; the page that asked keeps what it showed (its read ended
before it changed anything), the server is asked again in the background, and once
it answers every page reads what it shows again (:attr:`WorkspaceContext.readsBack`).
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

from desktop.errors import error_text
from desktop.hub import Hub
from model.changes import Changes
from model.errors import DomainError, EditConflict, WorkspaceError

if TYPE_CHECKING:  # importing it pulls in SQLAlchemy, which the first paint must not wait for
    from model.workspace import Workspace

T = TypeVar("T")


class WorkspaceContext(QObject):
    meChanged = Signal(object)  # the member id the user said they are, or None
    readsLost = Signal(str)  # reads met a lost server connection: the message
    readsBack = Signal()  # the server answers again: what the pages show is read again
    _probed = Signal(bool)  # the background check's answer, from its thread

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.hub = Hub(self)
        self.undo_stack = QUndoStack(self)
        self.me: int | None = None  # the team member using the app, for "by"
        self.who = _login()  # for the audit log
        self.kept: list[KeptEdit] = []  # edits waiting for the server to answer again
        # While reads meet a lost server: what was said ("" when reads work).
        self.unreachable = ""
        self._probes = 0
        self._probe_thread: threading.Thread | None = None
        self._probe_timer = QTimer(self)
        self._probe_timer.setSingleShot(True)
        self._probe_timer.timeout.connect(self._probe)
        self._probed.connect(self._probe_answered)
        # Once the pages built in this same turn of the event loop hold their rows.
        QTimer.singleShot(0, freeze_heap)

    def set_me(self, member_id: int | None) -> None:
        """Who the user is from now on (desktop/me.py asks and remembers it)."""
        if member_id != self.me:
            self.me = member_id
            self.meChanged.emit(member_id)

    def read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``fn(session, ...)`` in a session of its own and return what it read.

        A lost server connection raises :class:`~model.workspace.ConnectionLost`
        (said in the status bar, the server checked again in the background until
        it answers; see the module docstring); other errors pass as they are.
        """
        try:
            with self.workspace.sessions() as session:
                result = fn(session, *args, **kwargs)
        except Exception as exc:
            lost = self._read_lost(exc)
            if lost is None:
                raise
            raise lost from exc
        if self.unreachable:  # the server answers again (the next refresh)
            self._reads_back()
        return result

    # -- reads that meet a lost server --------------------------------------------------

    def _read_lost(self, exc: Exception) -> DomainError | None:
        """``exc`` as the ConnectionLost to raise (said once per outage), or None."""
        from model.workspace import ConnectionLost, connection_lost

        if isinstance(exc, ConnectionLost):
            lost: DomainError = exc
        elif self.workspace.path is None and connection_lost(exc):
            lost = ConnectionLost(
                "The connection to the server {server} was lost; what is shown was read "
                "before and may be out of date. It is read again once the server "
                "answers ({detail}).",
                server=_server(self.workspace),
                detail=str(getattr(exc, "orig", None) or exc).strip().splitlines()[0],
            )
        else:
            return None
        lost.reported = True  # type: ignore[attr-defined]  # said here: not printed again
        text = error_text(lost)
        first = not self.unreachable
        self.unreachable = text
        self.hub.status.emit(text)
        if first:
            _quiet_reported_errors()
            self._probes = 0
            self._probe_timer.start(READ_PROBE_MS[0])
            self.readsLost.emit(text)
        return lost

    def _probe(self) -> None:
        """Ask the server, on a thread (a connection attempt may wait for its timeout)."""
        if not self.unreachable or self._probe_thread is not None:
            return
        self._probes += 1
        engine = self.workspace.engine

        def ask() -> None:
            try:
                with engine.connect() as conn:
                    conn.exec_driver_sql("SELECT 1")
                answered = True
            except Exception:  # any failure: still away (what failed was said already)
                answered = False
            with contextlib.suppress(RuntimeError):  # the context was deleted meanwhile
                self._probed.emit(answered)

        self._probe_thread = threading.Thread(target=ask, name="kan-read-probe", daemon=True)
        self._probe_thread.start()

    def _probe_answered(self, answered: bool) -> None:
        if self._probe_thread is not None:
            self._probe_thread.join()
            self._probe_thread = None
        if not self.unreachable:
            return
        if answered:
            self._reads_back()
        else:
            self._probe_timer.start(READ_PROBE_MS[min(self._probes, len(READ_PROBE_MS) - 1)])

    def _reads_back(self) -> None:
        """The server answers again: say so, and let every page read what it shows."""
        self.unreachable = ""
        self._probe_timer.stop()
        self.hub.status.emit(
            QCoreApplication.translate(
                "WorkspaceContext", "The server answers again; what is shown is read again."
            )
        )
        self.readsBack.emit()
        QTimer.singleShot(0, self._read_pages_again)  # not inside the read that found it

    def _read_pages_again(self) -> None:
        from desktop.team.live import read_everything_again

        for widget in QApplication.topLevelWidgets():
            if getattr(widget, "ctx", None) is self and hasattr(widget, "pages"):
                read_everything_again(widget)  # type: ignore[arg-type]

    def write(self, fn: Callable[..., Changes], *args: Any, **kwargs: Any) -> Changes:
        """Run one service in one transaction; broadcast what changed.

        A failure below the model (the file locked by another program, a full
        disk) rolls the transaction back and becomes a WorkspaceError that says
        so, like any refusal of the model. On a server, writes that collided
        with another user's are run again by the workspace (it reads afresh), a
        lost connection is a :class:`~model.workspace.ConnectionLost` naming the
        server, and a record saved by someone else first an ``EditConflict``.
        """
        from sqlalchemy.exc import SQLAlchemyError  # imported by now: no start-up cost

        try:
            changes = self.workspace.write(
                fn, *args, session_info={"who": self.who, "member_id": self.me}, **kwargs
            )
        except (SQLAlchemyError, OSError) as exc:
            detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
            raise WorkspaceError(
                "The change could not be saved in {workspace} ({detail}). "
                "Nothing was changed; try again.",
                workspace=self.workspace.label,
                detail=detail,
            ) from exc
        if changes:
            self.hub.changed.emit(changes)
        return changes

    def push(self, command: ServiceCommand) -> bool:
        """Run a command once, and put it on the undo stack only if it worked.

        Qt calls ``redo`` from C++ inside ``push``, where a Python exception
        cannot reach the caller; so the first run happens here, where a domain
        error becomes a message instead of a half-pushed command. A record
        someone else saved first opens the conflict dialog (reload theirs or
        re-apply mine); an edit the server could not take for a lost
        connection is kept and tried again (:meth:`keep`).
        """
        try:
            command.first_run()
        except EditConflict as exc:
            from desktop.conflict_dialog import resolve

            return resolve(self, command, exc)
        except DomainError as exc:
            if _lost(exc):
                self.keep(command, exc)
                return False
            self.hub.problem.emit(command.text(), error_text(exc))
            return False
        self.undo_stack.push(command)
        return True

    def try_push(self, command: ServiceCommand) -> str | None:
        """Like :meth:`push`, but hand the refusal back for an inline message."""
        try:
            command.first_run()
        except EditConflict as exc:
            from desktop.conflict_dialog import resolve

            return None if resolve(self, command, exc) else error_text(exc)
        except DomainError as exc:
            if _lost(exc):
                self.keep(command, exc)
            return error_text(exc)
        self.undo_stack.push(command)
        return None

    def show_newer(self, exc: DomainError) -> None:
        """After a refused stale edit, the views re-read the row someone else changed."""
        if isinstance(exc, EditConflict):
            self.hub.changed.emit(Changes.of(updated=[(exc.kind, exc.ident)]))

    _show_newer = show_newer

    def keep(self, command: ServiceCommand, exc: DomainError) -> KeptEdit:
        """Hold an edit the server could not take; it is tried again on its own and on Retry."""
        kept = KeptEdit(self, command, exc)
        self.kept.append(kept)
        return kept

    def close(self) -> None:
        self.unreachable = ""
        self._probe_timer.stop()
        if self._probe_thread is not None:  # bounded by the connection timeout
            self._probe_thread.join()
            self._probe_thread = None
        for kept in list(self.kept):
            kept.discard()
        self.undo_stack.clear()
        self.workspace.close()


RETRY_DELAYS_MS: tuple[int, ...] = (1000, 3000, 9000)
"""When a kept edit is tried again on its own after a lost connection (then on Retry only)."""

READ_PROBE_MS: tuple[int, ...] = (1000, 3000, 9000, 30000)
"""When the server is asked again after reads met a lost connection (the last repeats)."""


def _server(workspace: Workspace) -> str:
    """The server as a user names it: host, port and database, never a password."""
    url = workspace.url
    port = f":{url.port}" if url.port else ""
    return f"{url.host or 'localhost'}{port}/{url.database or ''}"


def _quiet_reported_errors() -> None:
    """Keep Python from printing an error already said to the user.

    A read refused for a lost server ends the page's slot that asked (the page keeps
    what it showed); Qt hands such an exception to ``sys.excepthook``, which would
    print a traceback of what the status bar already said. Installed once, in front
    of whatever hook is there; every other exception goes on to it.
    """
    previous = sys.excepthook
    if getattr(previous, "quiet_reported", False):
        return

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if not getattr(value, "reported", False):
            previous(kind, value, tb)

    hook.quiet_reported = True  # type: ignore[attr-defined]
    sys.excepthook = hook


def _lost(exc: BaseException) -> bool:
    from model.workspace import ConnectionLost

    return isinstance(exc, ConnectionLost)


class KeptEdit(QObject):
    """An edit the server did not take because the connection was lost.

    The command stays ready: it runs again after each of :data:`RETRY_DELAYS_MS`
    and whenever the user presses Retry, and once saved it goes on the undo
    stack as if the first try had worked. A notice says what is kept and why;
    nothing is lost, and the window stays usable meanwhile. When the connection
    went during the commit (``in_doubt``) the server may hold the edit already:
    each try then first asks the server what became of that commit
    (:meth:`~model.workspace.Workspace.retrying`); when it was kept, the edit is not
    run again but goes on the undo stack with what its first run changed, spread to
    the views. Without a transaction to ask about it is tried on Retry only.
    """

    def __init__(self, ctx: WorkspaceContext, command: ServiceCommand, exc: DomainError) -> None:
        super().__init__(ctx)
        from desktop import conflict_dialog

        self.ctx, self.command = ctx, command
        self.tries = 0
        self.lost = exc  # the last try's refusal: an in-doubt one is settled first
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.retry)
        self.notice = conflict_dialog.notice_factory(QApplication.activeWindow())
        self.notice.retryRequested.connect(self.retry)
        self.notice.discardRequested.connect(self.discard)
        self._failed(exc)

    def _failed(self, exc: DomainError) -> None:
        self.lost = exc
        # An in-doubt commit is safe to retry on its own only when the server can be
        # asked about its transaction.
        unsure = getattr(exc, "in_doubt", False) and not getattr(exc, "xid", None)
        automatic = not unsure and self.tries < len(RETRY_DELAYS_MS)
        delay = RETRY_DELAYS_MS[self.tries] if automatic else None
        self.notice.say(
            self.command.text(), error_text(exc), None if delay is None else delay / 1000
        )
        self.notice.show()
        if delay is not None:
            self.timer.start(delay)
        self.ctx.hub.status.emit(error_text(exc))

    def retry(self) -> None:
        """Run the kept edit again: pushed when it works, kept when the server is still away."""
        if self not in self.ctx.kept:
            return
        self.timer.stop()
        self.tries += 1
        try:
            with self.ctx.workspace.retrying(self.lost):
                self.command.first_run()
        except EditConflict as exc:
            from desktop.conflict_dialog import resolve

            self._done()
            resolve(self.ctx, self.command, exc)
            return
        except DomainError as exc:
            if _lost(exc):
                self._failed(exc)
                return
            self._done()
            self.ctx.hub.problem.emit(self.command.text(), error_text(exc))
            return
        self._done()
        self.ctx.undo_stack.push(self.command)
        self.ctx.hub.status.emit(
            QCoreApplication.translate("WorkspaceContext", "Saved: {edit}").format(
                edit=self.command.text()
            )
        )

    def discard(self) -> None:
        """Give the kept edit up (the user's choice, or the workspace closing)."""
        self._done()

    def _done(self) -> None:
        self.timer.stop()
        if self in self.ctx.kept:
            self.ctx.kept.remove(self)
        self.notice.hide()
        self.notice.deleteLater()


class ServiceCommand(QUndoCommand):
    """An undoable user edit whose redo and undo call model services only."""

    def __init__(self, ctx: WorkspaceContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._pushed = False
        self._skip = False  # the next redo/undo only puts the stack's index back

    def first_run(self) -> None:
        self.apply()

    def redo(self) -> None:
        if not self._pushed:  # the first run already happened in push()
            self._pushed = True
            return
        self._guarded(self.apply, step=-1)

    def undo(self) -> None:
        self._guarded(self.revert, step=+1)

    def _guarded(self, action: Callable[[], None], step: int) -> None:
        if self._skip:
            self._skip = False
            return
        try:
            action()
        except WorkspaceError as exc:
            # Below the model (locked, disk full, connection lost): nothing was
            # changed, so the step stays where it was and can be tried again.
            self.ctx.hub.problem.emit(self.text(), error_text(exc))
            self._step_back(step)
        except DomainError as exc:
            # The data moved on under us (another window or user changed the
            # row, or made this step impossible): say so, show the newer state
            # and drop the step rather than crash inside Qt's undo machinery.
            self.ctx.hub.problem.emit(self.text(), error_text(exc))
            self.setObsolete(True)
            if isinstance(exc, EditConflict):
                self.ctx.hub.changed.emit(Changes.of(updated=[(exc.kind, exc.ident)]))

    def _step_back(self, step: int) -> None:
        """Undo the stack's own index move for a step that failed, without running it."""
        stack = self.ctx.undo_stack

        def restore() -> None:
            self._skip = True
            stack.setIndex(stack.index() + step)
            self._skip = False  # in case Qt did not call us (index out of range)

        QTimer.singleShot(0, restore)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    # -- what a conflict dialog shows and re-applies (desktop/conflict_dialog.py) ----------

    seen: dict[str, Any] | None = None
    """The record as the user saw it when deciding (e.g. a card's stage and status), for
    commands whose service checks it (``seen=``); None when the command has none."""

    def intended(self) -> dict[str, Any]:
        """The values this edit means to write, field by field (none: only the message)."""
        return {}

    def can_rebase(self) -> bool:
        """Whether the edit can be run again on top of a newer version of its record."""
        return self.seen is not None

    def rebase(self, current: Mapping[str, Any]) -> bool:
        """Take ``current`` (the record now) as what the user saw, before a re-apply."""
        if self.seen is None:
            return False
        self.seen = {k: current.get(k, v) for k, v in self.seen.items()}
        return True


def freeze_heap() -> None:
    """Move every object alive now out of the garbage collector's sight.

    A workspace's rows (20,000 cards, 2,000 accounts) live as long as the
    window; without this each full collection during an edit walks them all
    again. Called after a workspace opens and after a page is first shown;
    ``gc.freeze`` itself is cheap (it moves the generations' lists). What is
    frozen is never collected, which for long-lived rows is what we want.
    """
    import gc

    gc.freeze()


def _login() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""
