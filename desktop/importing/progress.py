"""Slow import work (planning, applying) run off the UI thread behind a progress dialog.

As ``desktop.app.Application._generate_sample`` does: the work runs in a
thread that never touches a widget; it reports ``(done, total)`` through a
callback that returns False once the user pressed Cancel (the model then
stops and rolls back). A timer in the UI thread moves the bar meanwhile, so
the window repaints and resizes; the dialog is window-modal, so nothing else
starts until the work is over.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

Progress = Callable[[int, int], bool]

SHOW_AFTER_MS = 300
"""Work shorter than this ends without a progress dialog."""


class Cancelled(Exception):
    """The user pressed Cancel in the progress dialog."""


def run_with_progress(
    parent: QWidget | None,
    title: str,
    label: str,
    cancel_text: str,
    work: Callable[[Progress], T],
) -> T:
    """``work(progress)`` in a thread; its result, or its exception raised again here
    (:class:`Cancelled` when the user cancelled and the work stopped for it). Work
    that ended although Cancel was pressed (too late) gives its result: it was done.
    Without ``cancel_text`` the dialog has no Cancel (work that cannot stop)."""
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
    dialog.setObjectName("importProgress")
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
    timer.setInterval(40)

    def poll() -> None:
        done, total = seen
        if total:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total - 1))
        if finished.is_set():
            loop.quit()

    timer.timeout.connect(poll)
    show = QTimer()  # a small file is done before the dialog would flash
    show.setSingleShot(True)
    show.setInterval(SHOW_AFTER_MS)
    show.timeout.connect(dialog.show)
    thread = threading.Thread(target=run, name="import", daemon=True)
    try:
        thread.start()
        timer.start()
        show.start()
        loop.exec()
    finally:
        show.stop()
        timer.stop()
        thread.join()
        dialog.hide()
        dialog.deleteLater()
    if result:
        return result[0]
    if cancel.is_set():
        raise Cancelled
    raise errors[0]
