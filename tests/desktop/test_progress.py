"""desktop/progress.py: slow work in a thread behind a progress dialog with Cancel.

The real dialog, its real Cancel button; the work waits on events the test
sets, so every case runs in the same order each time."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from desktop import progress as progress_module
from desktop.progress import (
    Cancelled,
    Progress,
    failure_text,
    run_with_progress,
    stop_on_cancel,
)
from model.errors import InvalidValue

WAIT = 10.0  # seconds a step waits at most: a broken test fails, it does not hang


class Watch:
    """Keeps the dialog ``run_with_progress`` made, and what it showed."""

    def __init__(self) -> None:
        self.dialog: QProgressDialog | None = None
        self.gone = False

    def __call__(self, dialog: QProgressDialog | None) -> None:
        if dialog is None:
            self.gone = True
        else:
            self.dialog = dialog


def when(condition: Callable[[], bool], then: Callable[[], None], tries: int = 500) -> None:
    """Run ``then`` in the UI thread once ``condition`` holds (looked at every 20 ms)."""
    if condition():
        then()
    elif tries > 0:
        QTimer.singleShot(20, lambda: when(condition, then, tries - 1))


def press_cancel(watch: Watch) -> None:
    assert watch.dialog is not None
    button = watch.dialog.findChild(QPushButton)
    assert button is not None and button.isVisible()
    button.click()


def visible(watch: Watch) -> bool:
    try:
        return watch.dialog is not None and watch.dialog.isVisible()
    except RuntimeError:  # deleted: the run is over
        return False


@pytest.fixture
def parent(qapp: QApplication) -> QWidget:
    widget = QWidget()
    widget.show()
    return widget


def test_cancel_during_the_work_stops_it_and_raises_cancelled(parent: QWidget) -> None:
    watch = Watch()
    steps: list[int] = []
    pressed = threading.Event()

    def work(progress: Progress) -> str:
        for n in range(1, 1001):
            steps.append(n)
            if n == 5:
                pressed.wait(WAIT)  # Cancel is pressed while the work runs
            if not progress(n, 1000):
                raise RuntimeError("stopped for Cancel")  # as the import's model does
        return "finished"

    def cancel() -> None:
        assert watch.dialog is not None
        assert watch.dialog.maximum() == 1000 and 0 < watch.dialog.value() < 1000
        press_cancel(watch)
        pressed.set()

    when(lambda: visible(watch) and len(steps) >= 5, cancel)
    with pytest.raises(Cancelled) as raised:
        run_with_progress(parent, "Title", "Working…", "Cancel", work, on_dialog=watch)
    assert pressed.is_set()
    assert steps[-1] == 5, "the work stopped at the next report after Cancel"
    assert isinstance(raised.value.__cause__, RuntimeError)
    assert watch.gone


def test_cancel_called_on_the_dialog_counts_too(parent: QWidget) -> None:
    """``QProgressDialog.cancel()`` (not the button) sets only ``wasCanceled()``."""
    watch = Watch()
    reports: list[int] = []
    pressed = threading.Event()

    def work(progress: Progress) -> str:
        report = stop_on_cancel(progress)  # stops by raising, as the export does
        for n in range(1000):
            reports.append(n)
            pressed.wait(WAIT)
            report(n, 1000)
        return "finished"

    def cancel() -> None:
        assert watch.dialog is not None
        watch.dialog.cancel()
        QTimer.singleShot(200, pressed.set)  # after the timer has looked

    when(lambda: visible(watch), cancel)
    with pytest.raises(Cancelled):
        run_with_progress(
            parent, "Title", "Working…", "Cancel", work, on_dialog=watch, show_after_ms=0
        )
    assert len(reports) <= 2


def test_cancel_after_the_work_ended_keeps_its_result(
    parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel pressed between the work's end and the dialog's closing is too late to
    matter: the work was done, and what it made is not thrown away."""
    monkeypatch.setattr(progress_module, "POLL_MS", 1500)  # the end is seen late
    watch = Watch()
    shown, ended = threading.Event(), threading.Event()
    pressed: list[bool] = []

    def work(progress: Progress) -> str:
        progress(1, 2)
        shown.wait(WAIT)  # (the dialog shows only while work runs)
        ended.set()
        return "written"

    def cancel() -> None:
        press_cancel(watch)
        pressed.append(True)

    when(lambda: visible(watch), shown.set)
    when(lambda: visible(watch) and ended.is_set(), cancel)
    result = run_with_progress(
        parent, "Title", "Working…", "Cancel", work, on_dialog=watch, show_after_ms=0
    )
    assert pressed, "Cancel was never pressed"
    assert result == "written"


def test_an_exception_in_the_work_is_raised_here_and_said_in_words(parent: QWidget) -> None:
    watch = Watch()

    def refused(_progress: Progress) -> None:
        raise InvalidValue("{label} must not be empty.", label="Account name")

    with pytest.raises(InvalidValue) as raised:
        run_with_progress(parent, "Title", "Working…", "Cancel", refused, on_dialog=watch)
    assert failure_text(raised.value) == "Account name must not be empty."
    assert watch.gone, "the dialog is gone"
    assert not [t for t in threading.enumerate() if t.name == "workProgress"]

    def broken(_progress: Progress) -> None:
        raise KeyError("Li Lei, 13800138000")  # a fault whose values may be a person's

    with pytest.raises(KeyError) as fault:
        run_with_progress(parent, "Title", "Working…", "Cancel", broken)
    text = failure_text(fault.value)
    assert "KeyError" in text and "13800138000" not in text and "Traceback" not in text

    missing = Path("/nonexistent-folder/out.json")

    def unwritable(_progress: Progress) -> None:
        open(missing, "w").close()

    with pytest.raises(FileNotFoundError) as oserror:
        run_with_progress(parent, "Title", "Working…", "Cancel", unwritable)
    assert failure_text(oserror.value) == f"{missing}: No such file or directory"
    # The next run works as the first would have.
    assert run_with_progress(parent, "Title", "Working…", "Cancel", lambda p: 42) == 42


def test_work_that_cannot_stop_has_no_cancel_button(parent: QWidget) -> None:
    watch = Watch()
    go = threading.Event()
    seen: list[bool] = []

    def look() -> None:
        assert watch.dialog is not None
        seen.append(watch.dialog.findChild(QPushButton) is None)
        go.set()

    when(lambda: visible(watch), look)
    assert (
        run_with_progress(
            parent, "T", "L", "", lambda p: go.wait(WAIT), on_dialog=watch, show_after_ms=0
        )
        is True
    )
    assert seen == [True]
