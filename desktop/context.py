"""The open workspace as the desktop sees it: sessions, undo stack and hub.

Every write goes through :meth:`WorkspaceContext.write`, which runs one
service in one transaction and spreads the returned Changes through the hub.
Views read plain rows through :meth:`read` and never keep a session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.errors import error_text
from desktop.hub import Hub
from model.changes import Changes
from model.errors import DomainError, EditConflict, WorkspaceError

if TYPE_CHECKING:  # importing it pulls in SQLAlchemy, which the first paint must not wait for
    from model.workspace import Workspace

T = TypeVar("T")


class WorkspaceContext(QObject):
    meChanged = Signal(object)  # the member id the user said they are, or None

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.hub = Hub(self)
        self.undo_stack = QUndoStack(self)
        self.me: int | None = None  # the team member using the app, for "by"
        self.who = _login()  # for the audit log
        # Once the pages built in this same turn of the event loop hold their rows.
        QTimer.singleShot(0, freeze_heap)

    def set_me(self, member_id: int | None) -> None:
        """Who the user is from now on (desktop/me.py asks and remembers it)."""
        if member_id != self.me:
            self.me = member_id
            self.meChanged.emit(member_id)

    def read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self.workspace.sessions() as session:
            return fn(session, *args, **kwargs)

    def write(self, fn: Callable[..., Changes], *args: Any, **kwargs: Any) -> Changes:
        """Run one service in one transaction; broadcast what changed.

        A failure below the model (the file locked by another program, a full
        disk, a lost server) rolls the transaction back and becomes a
        WorkspaceError that says so, like any refusal of the model.
        """
        from sqlalchemy.exc import SQLAlchemyError  # imported by now: no start-up cost

        try:
            with self.workspace.begin() as session:
                session.info["who"] = self.who
                session.info["member_id"] = self.me
                changes = fn(session, *args, **kwargs)
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
        error becomes a message instead of a half-pushed command.
        """
        try:
            command.first_run()
        except DomainError as exc:
            self.hub.problem.emit(command.text(), error_text(exc))
            self._show_newer(exc)
            return False
        self.undo_stack.push(command)
        return True

    def try_push(self, command: ServiceCommand) -> str | None:
        """Like :meth:`push`, but hand the refusal back for an inline message."""
        try:
            command.first_run()
        except DomainError as exc:
            self._show_newer(exc)
            return error_text(exc)
        self.undo_stack.push(command)
        return None

    def _show_newer(self, exc: DomainError) -> None:
        """After a refused stale edit, the views re-read the row someone else changed."""
        if isinstance(exc, EditConflict):
            self.hub.changed.emit(Changes.of(updated=[(exc.kind, exc.ident)]))

    def close(self) -> None:
        self.undo_stack.clear()
        self.workspace.close()


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
