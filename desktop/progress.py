"""Slow work run off the UI thread behind a progress dialog with Cancel.

Used by the import wizard (reading, planning, applying), File ▸ Export… and
anything else that takes seconds. The work runs in a thread that never touches
a widget; it gets a ``progress(done, total)`` callback that returns False once
the user pressed Cancel. Work that stops by an exception instead (the export,
the sample) wraps it in :func:`stop_on_cancel`. A timer in the UI thread moves
the bar meanwhile, so the window repaints and resizes; the dialog is
window-modal, so nothing else starts until the work is over.

Cancel counts while the work runs: the dialog's Cancel button, Escape, closing
it, or ``QProgressDialog.cancel()`` (seen through ``wasCanceled()``). Once the
work has ended, its result stands: Cancel pressed too late loses nothing. An
exception in the worker is raised again in the UI thread, as it was, for the
caller to say in words (:func:`failure_text` for the common ones).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.errors import error_text
from model.errors import DomainError

T = TypeVar("T")

Progress = Callable[[int, int], bool]
"""``progress(done, total)``: False once the user pressed Cancel (the work should stop)."""

CONTEXT = "Progress"
SHOW_AFTER_MS = 300
"""Work shorter than this ends without a progress dialog."""
POLL_MS = 40


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Cancelled(Exception):
    """The user pressed Cancel and the work stopped for it (it left no result)."""


def stop_on_cancel(progress: Progress) -> Callable[[int, int], None]:
    """``progress`` for work that stops by an exception: it raises :class:`Cancelled`."""

    def report(done: int, total: int) -> None:
        if not progress(done, total):
            raise Cancelled

    return report


def failure_text(exc: BaseException) -> str:
    """What went wrong, in the user's words: a domain error's own message, a file
    system error with the file it names, else a short note of the kind of fault
    (never a traceback, nor values that may be a person's)."""
    if isinstance(exc, DomainError):
        return error_text(exc)
    if isinstance(exc, OSError):
        reason = exc.strerror or type(exc).__name__
        if exc.filename:
            return tr("{file}: {reason}").format(file=str(exc.filename), reason=reason)
        return reason
    return tr("The work stopped on an unexpected error ({kind}). Nothing was changed.").format(
        kind=type(exc).__name__
    )


def run_with_progress(
    parent: QWidget | None,
    title: str,
    label: str,
    cancel_text: str,
    work: Callable[[Progress], T],
    *,
    object_name: str = "workProgress",
    show_after_ms: int = SHOW_AFTER_MS,
    on_dialog: Callable[[QProgressDialog | None], None] | None = None,
) -> T:
    """``work(progress)`` in a thread; its result, or its exception raised again here.

    Raises :class:`Cancelled` when the user cancelled and the work ended without
    a result (whatever it raised on the way out, e.g. the model's own "cancelled"
    error). Work that ended with a result although Cancel was pressed gives its
    result: it was done. Without ``cancel_text`` the dialog has no Cancel (work
    that cannot stop). ``on_dialog`` is told the dialog when it is made and None
    once it is gone (for callers that show it elsewhere or test it).
    """
    cancel = threading.Event()
    finished = threading.Event()
    seen = [0, 0]  # done, total: written by the thread, read by the timer
    result: list[T] = []
    errors: list[BaseException] = []

    def progress(done: int, total: int) -> bool:
        seen[:] = [done, total]
        return not cancel.is_set()

    def run() -> None:
        try:
            result.append(work(progress))
        except BaseException as exc:  # raised again in the UI thread below
            errors.append(exc)
        finally:
            finished.set()

    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
    dialog.setObjectName(object_name)
    dialog.setWindowTitle(title)
    dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance("M") * 26)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(24 * 3600 * 1000)  # shown by our own timer below
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if cancel_text:
        dialog.canceled.connect(cancel.set)
    else:
        dialog.setCancelButton(None)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)

    def poll() -> None:
        if finished.is_set():
            loop.quit()  # a Cancel from now on is too late to matter
            return
        if cancel_text and dialog.wasCanceled():
            cancel.set()  # cancel() called, or a close the signal did not tell
        done, total = seen
        if total and not cancel.is_set():
            dialog.setMaximum(total)
            dialog.setValue(min(done, total - 1))  # full only when it is done

    def show() -> None:
        if not finished.is_set() and not cancel.is_set():
            dialog.show()

    timer.timeout.connect(poll)
    shower = QTimer()  # a short work is done before the dialog would flash
    shower.setSingleShot(True)
    shower.setInterval(show_after_ms)
    shower.timeout.connect(show)
    thread = threading.Thread(target=run, name=object_name, daemon=True)
    if on_dialog is not None:
        on_dialog(dialog)
    try:
        thread.start()
        timer.start()
        shower.start()
        loop.exec()
    finally:
        shower.stop()
        timer.stop()
        thread.join()
        dialog.hide()
        dialog.deleteLater()
        if on_dialog is not None:
            on_dialog(None)
    if result:
        return result[0]
    if cancel.is_set():
        raise Cancelled from (errors[0] if errors else None)
    raise errors[0]
