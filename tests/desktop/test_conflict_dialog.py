"""Two people edit the same deal: the second save opens the conflict dialog with both
versions; Reload keeps theirs, Re-apply mine writes the user's value on top. A lost
server connection keeps the edit and tries it again, on its own and on Retry.

Two contexts on one workspace (a file, and a PostgreSQL database of the run's server)
stand for two copies of the app on two laptops.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import show_board
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop import conflict_dialog, context, labels
from desktop.board.panel import DealPanel
from desktop.commands import EditCommand
from desktop.conflict_dialog import ConflictDialog, ConflictView, ConnectionNotice
from desktop.context import ServiceCommand, WorkspaceContext
from desktop.i18n import install_language
from model.entities import Deal, StageChange
from model.errors import EditConflict
from model.services.accounts import create_account
from model.services.deals import create_deal, move_deal, update_deal
from model.workspace import Workspace, open_workspace


@pytest.fixture(params=["sqlite", "postgresql"])
def two(
    qapp: object, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[tuple[WorkspaceContext, WorkspaceContext]]:
    """Our app and a teammate's on one workspace: a file, or a server database."""
    install_language("en")
    if request.param == "sqlite":
        where: Any = tmp_path / "shared.kan"
        ours = WorkspaceContext(open_workspace(where, create=True))
    else:
        where = request.getfixturevalue("pg_url")
        ours = WorkspaceContext(open_workspace(where))
    theirs = WorkspaceContext(open_workspace(where))
    yield ours, theirs
    theirs.close()
    ours.close()


def _deal(ctx: WorkspaceContext) -> int:
    account = ctx.write(create_account, {"name": "Acme"}).created_id("account")
    return ctx.write(create_deal, {"name": "Tower", "account_id": account}).created_id("deal")


def _name(ctx: WorkspaceContext, deal: int) -> str:
    return ctx.read(lambda s: s.get(Deal, deal).name)


def _panel_field(board: Any) -> QLineEdit:
    panel = board.findChild(DealPanel)
    field = panel.findChild(QLineEdit, "field_name")
    assert field is not None
    return field


def _type_name(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _answer_with(monkeypatch: pytest.MonkeyPatch, button: str, seen: list[ConflictView]) -> None:
    """The decider opens the real dialog and clicks ``button`` in it, as the user would."""

    def decide(parent: QWidget | None, view: ConflictView) -> str:
        seen.append(view)
        dialog = ConflictDialog(view, parent)
        dialog.show()
        clicked: QPushButton = getattr(dialog, button)
        assert clicked.isEnabled()
        clicked.click()
        assert not dialog.isVisible()
        return dialog.choice

    monkeypatch.setattr(conflict_dialog, "decider", decide)


def _rename_after_a_teammate(
    qtbot: QtBot,
    two: tuple[WorkspaceContext, WorkspaceContext],
    monkeypatch: pytest.MonkeyPatch,
    button: str,
) -> tuple[int, Any, list[ConflictView]]:
    """A teammate renames the deal our board shows; we then type our own name in the
    panel and answer the conflict dialog with ``button``. (deal, board, views shown)"""
    ours, theirs = two
    deal = _deal(ours)
    board = show_board(qtbot, ours, deal)
    field = _panel_field(board)
    theirs.write(update_deal, deal, {"name": "Tower (theirs)"})  # a teammate saves first
    views: list[ConflictView] = []
    _answer_with(monkeypatch, button, views)
    _type_name(qtbot, field, "Tower (mine)")
    assert len(views) == 1
    return deal, board, views


def test_reload_keeps_theirs_and_the_panel_shows_it(
    qtbot: QtBot, two: tuple[WorkspaceContext, WorkspaceContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ours, theirs = two
    deal, board, views = _rename_after_a_teammate(qtbot, two, monkeypatch, "reload_button")
    assert views[0].rows == [("Name", "Tower (theirs)", "Tower (mine)")]
    assert "after it was shown to you" in views[0].message
    assert views[0].can_reapply
    assert _name(theirs, deal) == "Tower (theirs)"
    assert ours.undo_stack.count() == 0
    qtbot.waitUntil(lambda: _panel_field(board).text() == "Tower (theirs)")


def test_reapply_mine_writes_on_top_and_undo_gives_theirs_back(
    qtbot: QtBot, two: tuple[WorkspaceContext, WorkspaceContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ours, theirs = two
    deal, board, _views = _rename_after_a_teammate(qtbot, two, monkeypatch, "reapply_button")
    assert _name(theirs, deal) == "Tower (mine)"
    assert ours.undo_stack.count() == 1
    qtbot.waitUntil(lambda: _panel_field(board).text() == "Tower (mine)")
    ours.undo_stack.undo()
    assert _name(theirs, deal) == "Tower (theirs)"  # not the name we first saw
    qtbot.waitUntil(lambda: _panel_field(board).text() == "Tower (theirs)")


def test_the_real_dialog_answered_by_its_buttons(
    qtbot: QtBot,
    two: tuple[WorkspaceContext, WorkspaceContext],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The app's own decider: a modal dialog, answered with the keyboard and the mouse."""
    monkeypatch.setattr(conflict_dialog, "decider", conflict_dialog.ask)  # not conftest's
    ours, theirs = two
    deal = _deal(ours)
    for press, expected in (("escape", "Tower (theirs 1)"), ("reapply", "mine 2")):
        shown = {"name": _name(ours, deal)}
        theirs.write(update_deal, deal, {"name": expected if press == "escape" else "theirs 2"})
        opened: list[ConflictDialog] = []

        def answer(press: str = press, opened: list[ConflictDialog] = opened) -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, ConflictDialog)
            opened.append(dialog)
            if press == "escape":
                QTest.keyClick(dialog, Qt.Key.Key_Escape)  # Escape is Reload: theirs stays
            else:
                dialog.reapply_button.click()

        QTimer.singleShot(50, answer)
        name = "mine 2" if press == "reapply" else "mine 1"
        ours.push(EditCommand(ours, "Rename", update_deal, deal, {"name": name}, shown=shown))
        assert len(opened) == 1
        assert _name(theirs, deal) == expected


def test_private_attributes_appear_only_when_the_user_typed_them(
    two: tuple[WorkspaceContext, WorkspaceContext],
) -> None:
    """The dialog reads only the fields of the user's edit."""
    ours, theirs = two
    deal = _deal(ours)
    theirs.write(update_deal, deal, {"amount": 5, "note": "secret plan"})
    command = EditCommand(ours, "Amount", update_deal, deal, {"amount": 9}, shown={"amount": 0})
    with pytest.raises(EditConflict) as refused:
        command.first_run()
    current = ours.read(
        conflict_dialog.current_values, refused.value.kind, refused.value.ident, ["amount"]
    )
    view = conflict_dialog.conflict_view(command, refused.value, current)
    assert view.rows == [("Amount", "5", "9")]
    assert "secret plan" not in repr(view)


class _MoveCommand(ServiceCommand):
    """A move that says where the deal was when the user decided (``seen``), as the
    board's move command does: what the generic re-apply works with."""

    def __init__(self, ctx: WorkspaceContext, deal: int, stage: str, seen: dict[str, Any]):
        super().__init__(ctx, f"Move to {stage}")
        self.deal, self.stage, self.seen = deal, stage, dict(seen)

    def intended(self) -> dict[str, Any]:
        return {"stage": self.stage}

    def apply(self) -> None:
        self.ctx.write(
            move_deal, self.deal, self.stage, force=True, reason="customer asked", seen=self.seen
        )


def test_a_move_decided_on_a_stale_card_is_reapplied_from_where_the_deal_is(
    two: tuple[WorkspaceContext, WorkspaceContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ours, theirs = two
    deal = _deal(ours)
    seen = {"stage": "P2", "status": "open"}
    theirs.write(move_deal, deal, "P1", reason="not qualified", seen=seen)
    views: list[ConflictView] = []
    _answer_with(monkeypatch, "reapply_button", views)
    assert ours.push(_MoveCommand(ours, deal, "P3", seen))
    assert views[0].rows == [("Stage", labels.label("stage", "P1"), labels.label("stage", "P3"))]
    history = ours.read(
        lambda s: [
            (h.from_stage, h.to_stage)
            for h in s.query(StageChange).filter_by(deal_id=deal).order_by(StageChange.id)
        ]
    )
    assert history == [(None, "P2"), ("P2", "P1"), ("P1", "P3")]


def _lose_connection(ctx: WorkspaceContext, monkeypatch: pytest.MonkeyPatch, times: int) -> None:
    """The next ``times`` writes meet a server that dropped the connection."""
    real = ctx.workspace.write
    left = [times]

    def write(fn: Any, *args: Any, **kwargs: Any) -> Any:
        if left[0] > 0:
            left[0] -= 1
            raise Workspace._lost(ctx.workspace, OSError("server closed the connection"), False)
        return real(fn, *args, **kwargs)

    monkeypatch.setattr(ctx.workspace, "write", write)


def test_a_lost_connection_keeps_the_edit_and_retries_it(
    qtbot: QtBot, two: tuple[WorkspaceContext, WorkspaceContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ours, _theirs = two
    deal = _deal(ours)
    monkeypatch.setattr(context, "RETRY_DELAYS_MS", (100, 100))
    notices: list[ConnectionNotice] = []
    monkeypatch.setattr(
        conflict_dialog,
        "notice_factory",
        lambda parent: notices.append(conflict_dialog.make_notice(parent)) or notices[-1],
    )
    _lose_connection(ours, monkeypatch, times=2)
    command = EditCommand(
        ours, "Rename", update_deal, deal, {"name": "Kept"}, shown={"name": "Tower"}
    )
    assert not ours.push(command)
    assert _name(ours, deal) == "Tower" and ours.undo_stack.count() == 0
    (notice,) = notices
    assert notice.isVisible()
    assert "is kept" in notice.message.text() and "Trying again" in notice.state.text()
    assert "connection to the server" in notice.message.text()
    # First automatic retry meets the server still away, the second saves it.
    qtbot.waitUntil(lambda: _name(ours, deal) == "Kept", timeout=5000)
    assert ours.undo_stack.count() == 1 and not ours.kept
    assert not isValid(notice) or not notice.isVisible()  # closed (and deleted)
    ours.undo_stack.undo()
    assert _name(ours, deal) == "Tower"


def test_retry_button_saves_a_kept_edit_after_the_automatic_tries(
    qtbot: QtBot, two: tuple[WorkspaceContext, WorkspaceContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ours, _theirs = two
    deal = _deal(ours)
    monkeypatch.setattr(context, "RETRY_DELAYS_MS", (50,))
    _lose_connection(ours, monkeypatch, times=2)
    command = EditCommand(
        ours, "Rename", update_deal, deal, {"name": "Later"}, shown={"name": "Tower"}
    )
    assert not ours.push(command)
    (kept,) = ours.kept
    qtbot.waitUntil(lambda: "Press Retry" in kept.notice.state.text(), timeout=5000)
    assert _name(ours, deal) == "Tower"
    qtbot.mouseClick(kept.notice.retry_button, Qt.MouseButton.LeftButton)
    assert _name(ours, deal) == "Later" and ours.undo_stack.count() == 1 and not ours.kept
