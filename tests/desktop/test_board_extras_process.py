"""A large board's badges are read by a process of their own, not on a thread of the app.

On a thread, ``card_extras`` (a second of Python on the large sample) shared the
interpreter's lock with the UI thread and slowed every page opened meanwhile
(the Dashboards' first visit 0.4 -> 1.2 s). The process reads the same file and
its answer fills the cards in; when it cannot answer (it fails, or cannot even
start), the page reads them on its thread as before, so the badges always come.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QProcess
from pytestqt.qtbot import QtBot

import desktop.pages.board as board_module
from desktop.context import WorkspaceContext
from desktop.pages.board import BoardPage, extras_file
from model.board import CardExtras, card_extras, card_extras_command


class NoThread:
    """The page's pool when the thread must not read: a submit is a failure."""

    def __init__(self) -> None:
        self.submitted: list[object] = []

    def submit(self, *args: Any) -> Any:
        self.submitted.append(args)
        raise AssertionError("the badges were read on a thread of the app")


class CountingPool:
    """The page's pool, counting what the thread is given to read."""

    def __init__(self, pool: Any) -> None:
        self.pool, self.submitted = pool, 0

    def submit(self, *args: Any) -> Any:
        self.submitted += 1
        return self.pool.submit(*args)


def large_board(ctx: WorkspaceContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> BoardPage:
    """The sample's board painted first and its badges read afterwards, as a large one is."""
    monkeypatch.setattr(board_module, "PROGRESSIVE_CARDS", 1)
    page = BoardPage(ctx)
    qtbot.addWidget(page)
    assert page.store.risks == {} and page.store.progress == {}
    return page


def children(page: BoardPage) -> list[QProcess]:
    return page.findChildren(QProcess)


def test_the_badges_come_from_a_process_and_equal_card_extras(
    sample_ctx: WorkspaceContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = sample_ctx.read(card_extras)
    assert expected.risks and expected.progress
    page = large_board(sample_ctx, qtbot, monkeypatch)
    page._pool = NoThread()  # type: ignore[assignment]
    assert extras_file(sample_ctx) == sample_ctx.workspace.path
    with qtbot.waitSignal(page.extrasLoaded, timeout=60_000):
        page.show()
        qtbot.waitUntil(lambda: bool(children(page)), timeout=5_000)
        assert page.extras_pending
    assert not page.extras_pending
    assert page.store.risks == expected.risks
    assert page.store.progress == expected.progress
    deal = next(iter(expected.risks))
    assert page.store.view(deal).badges.risks == expected.risks[deal]


def test_a_reload_while_the_process_reads_stops_it_and_asks_again(
    sample_ctx: WorkspaceContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    commands: list[Path] = []

    def first_one_slow(path: Path) -> list[str]:
        commands.append(path)
        if len(commands) == 1:  # a read that would take a minute
            return [sys.executable, "-c", "import time; time.sleep(60)"]
        return card_extras_command(path)

    monkeypatch.setattr(board_module, "card_extras_command", first_one_slow)
    page = large_board(sample_ctx, qtbot, monkeypatch)
    page._pool = NoThread()  # type: ignore[assignment]
    page.show()
    qtbot.waitUntil(lambda: page.extras_pending and bool(children(page)), timeout=5_000)
    first = children(page)[0]
    qtbot.waitUntil(lambda: first.processId() > 0, timeout=5_000)
    pid = first.processId()
    loaded: list[bool] = []
    page.extrasLoaded.connect(lambda: loaded.append(True))
    page.act_reload.trigger()  # Reload (F5)
    qtbot.waitUntil(lambda: not _alive(pid), timeout=10_000)  # killed, not left to finish
    qtbot.waitUntil(lambda: loaded == [True], timeout=60_000)  # the new read's answer
    assert len(commands) == 2
    assert page.store.progress == sample_ctx.read(card_extras).progress


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/stat")
    return not (status.exists() and status.read_text().split(")")[-1].split()[0] == "Z")


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(
            [sys.executable, "-c", "import sys; print('DatabaseError: locked', file=sys.stderr); "
             "sys.exit(1)"],
            id="fails",
        ),
        pytest.param([sys.executable, "-c", "print('{not the answer')"], id="answers-garbage"),
        pytest.param(["/nonexistent/python3"], id="cannot-start"),
    ],
)  # fmt: skip
def test_without_the_process_s_answer_the_page_reads_the_badges_itself(
    sample_ctx: WorkspaceContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    command: list[str],
) -> None:
    monkeypatch.setattr(board_module, "card_extras_command", lambda path: command)
    page = large_board(sample_ctx, qtbot, monkeypatch)
    pool = page._pool = CountingPool(page._pool)  # type: ignore[assignment]
    with (
        caplog.at_level(logging.WARNING, logger=board_module.__name__),
        qtbot.waitSignal(page.extrasLoaded, timeout=60_000),
    ):
        page.show()
    assert pool.submitted == 1
    expected = sample_ctx.read(card_extras)
    assert page.store.risks == expected.risks and page.store.progress == expected.progress
    assert "were not read by a process" in caplog.text
    if "locked" in " ".join(command):
        assert "DatabaseError: locked" in caplog.text  # the process's own words, in the log


def test_wait_for_extras_waits_for_the_process(
    sample_ctx: WorkspaceContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the benches call: the badges are in when it returns, read by the process."""
    page = large_board(sample_ctx, qtbot, monkeypatch)
    page._pool = NoThread()  # type: ignore[assignment]
    page.wait_for_extras()  # hidden: asked at once, and waited for
    assert not page.extras_pending
    assert page.store.progress == sample_ctx.read(card_extras).progress


def test_a_board_left_at_once_still_has_its_badges_read_by_the_process(
    sample_ctx: WorkspaceContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a thread they waited for the board's next show (they slowed the page the user
    went to); a process takes nothing from that page, so it reads them at once."""
    page = large_board(sample_ctx, qtbot, monkeypatch)
    page._pool = NoThread()  # type: ignore[assignment]
    with qtbot.waitSignal(page.extrasLoaded, timeout=60_000):
        page.show()
        page.hide()  # left before the badges' timer fired
    assert not page.isVisible()
    assert page.store.progress == sample_ctx.read(card_extras).progress


def test_a_board_deleted_while_the_process_reads_ends_it_quietly(
    sample_ctx: WorkspaceContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The workspace closed (its pages deleted) before the badges came: no slot of the
    deleted page runs, nothing raises, the process does not outlive its page."""
    monkeypatch.setattr(board_module, "PROGRESSIVE_CARDS", 1)
    page = BoardPage(sample_ctx)  # not given to qtbot: deleted here, as set_context does
    page.show()
    qtbot.waitUntil(lambda: page.extras_pending and bool(children(page)), timeout=5_000)
    process = children(page)[0]
    qtbot.waitUntil(lambda: process.processId() > 0, timeout=5_000)
    pid = process.processId()
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: not _alive(pid), timeout=10_000)


def test_a_stand_in_for_card_extras_is_read_on_the_thread(
    sample_ctx: WorkspaceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process can only run the model's own card_extras; a test's stand-in runs here."""

    def stand_in(db: Any, deal_ids: Any = None) -> CardExtras:
        return card_extras(db, deal_ids)

    assert extras_file(sample_ctx) is not None
    monkeypatch.setattr(board_module, "card_extras", stand_in)
    assert extras_file(sample_ctx) is None


def test_the_command_runs_this_interpreter_on_the_file(sample_ctx: WorkspaceContext) -> None:
    path = sample_ctx.workspace.path
    assert path is not None
    command = card_extras_command(path)
    assert command[0] == sys.executable and command[-1] == str(path)
