"""File ▸ Export…: ask what and where, then export off the UI thread with progress.

The export only reads (in one read transaction, so it sees one moment of the
workspace); it changes nothing, so there is nothing to undo. Cancel stops it
and leaves no file behind (every file is written whole or not at all).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.errors import error_text
from model.errors import DomainError

if TYPE_CHECKING:
    from desktop.context import WorkspaceContext

CONTEXT = "ExportWorkspace"
PURPOSE = "export-workspace"
T = TypeVar("T")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Cancelled(Exception):
    """The user stopped the export."""


def with_progress(
    parent: QWidget | None,
    title: str,
    label: str,
    work: Callable[[Callable[[int, int], None]], T],
) -> T | None:
    """Run ``work(progress)`` in a thread behind a window-modal progress dialog.

    ``work`` calls ``progress(done, total)``; after Cancel the next call raises
    :class:`Cancelled` and this returns None. Errors are raised again here, in
    the GUI thread. The thread touches no widget.
    """
    cancel = threading.Event()
    finished = threading.Event()
    seen = [0, 0]
    result: list[T] = []
    errors: list[BaseException] = []

    def progress(done: int, total: int) -> None:
        if cancel.is_set():
            raise Cancelled
        seen[:] = [done, total]

    def run() -> None:
        try:
            result.append(work(progress))
        except Cancelled:
            pass
        except BaseException as exc:  # raised again in the GUI thread below
            errors.append(exc)
        finally:
            finished.set()

    dialog = QProgressDialog(label, tr("Cancel"), 0, 0, parent)
    dialog.setObjectName("exportProgress")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(cancel.set)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(40)

    def poll() -> None:
        if dialog.wasCanceled():
            cancel.set()
        done, total = seen
        if total:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total - 1))
        if finished.is_set():
            loop.quit()

    timer.timeout.connect(poll)
    thread = threading.Thread(target=run, name="export", daemon=True)
    try:
        thread.start()
        timer.start()
        loop.exec()
    finally:
        timer.stop()
        thread.join()
        dialog.hide()
        dialog.deleteLater()
    if errors:
        raise errors[0]
    return result[0] if result and not cancel.is_set() else None


def export_workspace(
    ctx: WorkspaceContext, settings: QSettings | None, parent: QWidget | None = None
) -> Path | None:
    """Ask what to export where and write it; the path written, or None."""
    from desktop.exporting import dialogs
    from desktop.file_dialogs import remember_dir, start_dir

    settings = settings if isinstance(settings, QSettings) else QSettings()
    path = ctx.workspace.path
    stem = path.stem if path is not None else "workspace"
    request = dialogs.ExportRequest(start_dir(settings, PURPOSE), stem)
    choice = dialogs.decide_export(parent, request)
    if choice is None:
        return None
    remember_dir(settings, PURPOSE, choice.path if choice.kind != "csv" else choice.path.parent)

    def work(progress: Callable[[int, int], None]) -> Any:
        from model.cli_export import export_to

        with ctx.workspace.sessions() as session, session.begin():
            return export_to(
                session, choice.kind, choice.path, private=choice.private, progress=progress
            )

    try:
        done = with_progress(
            parent, tr("Export the workspace"), tr("Exporting the workspace…"), work
        )
    except DomainError as exc:
        ctx.hub.problem.emit(tr("Export the workspace"), error_text(exc))
        return None
    except OSError as exc:
        ctx.hub.problem.emit(
            tr("Export the workspace"),
            tr("Cannot write {path}: {reason}. Nothing was written.").format(
                path=str(choice.path), reason=exc.strerror or str(exc)
            ),
        )
        return None
    if done is None:
        ctx.hub.status.emit(tr("Export cancelled; nothing was written."))
        return None
    counts, where = done
    if choice.private:
        text = tr("Exported {rows} rows of {tables} tables to {path}, with personal attributes.")
    else:
        text = tr("Exported {rows} rows of {tables} tables to {path}.")
    ctx.hub.status.emit(text.format(rows=sum(counts.values()), tables=len(counts), path=str(where)))
    return Path(where)
