"""The targets dialog: model -> widget, typing a target -> the model, each edit one
undo step, undo and redo shown in the open dialog."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import add_member
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDoubleSpinBox
from pytestqt.qtbot import QtBot

from desktop.context import WorkspaceContext
from desktop.dashboards.targets_dialog import (
    TARGET,
    TargetsDialog,
    open_targets_dialog,
    periods_around,
)
from model.services.targets import set_target
from model.targets import target_rows

TODAY = date(2027, 2, 10)


def stored(ctx: WorkspaceContext) -> list[tuple[int | None, str, str, float]]:
    return sorted(
        ((t.member_id, t.period, t.kind, t.amount) for t in ctx.read(target_rows)),
        key=lambda r: (r[0] or 0, r[1], r[2]),
    )


def shown(dialog: TargetsDialog) -> list[tuple[str, str]]:
    m = dialog.model
    return [(m.index(r, 0).data(), m.index(r, TARGET).data()) for r in range(m.rowCount())]


def type_target(qtbot: QtBot, dialog: TargetsDialog, row: int, amount: str) -> None:
    """Double-click the row's Target cell, type the amount, press Enter (as a user does)."""
    view = dialog.table
    index = dialog.model.index(row, TARGET)
    view.scrollTo(index)
    rect = view.visualRect(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editors = [e for e in view.findChildren(QDoubleSpinBox, "targetEditor") if e.isVisible()]
    assert len(editors) == 1, "double-click opened no editor"
    editor = editors[0]
    editor.lineEdit().selectAll()
    QTest.keyClicks(editor.lineEdit(), amount)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)  # commits queued


@pytest.fixture
def team(ctx: WorkspaceContext) -> tuple[int, int]:
    return add_member(ctx, "Wang Fang", "rep"), add_member(ctx, "Li Lei", "rep")


def test_periods_offered_around_today() -> None:
    assert periods_around("quarter", TODAY) == [
        "2026Q3",
        "2026Q4",
        "2027Q1",
        "2027Q2",
        "2027Q3",
        "2027Q4",
        "2028Q1",
    ]
    assert periods_around("month", TODAY)[:4] == ["2026-11", "2026-12", "2027-01", "2027-02"]
    assert periods_around("year", TODAY) == ["2026", "2027", "2028", "2029"]


def test_model_to_widget(qtbot: QtBot, ctx: WorkspaceContext, team: tuple[int, int]) -> None:
    wang, li = team
    ctx.write(set_target, wang, "2027Q1", 1_200_000, "won")
    ctx.write(set_target, None, "2027Q1", 3_000_000, "won")
    ctx.write(set_target, li, "2027Q1", 500_000, "collected")
    ctx.write(set_target, li, "2027Q2", 800_000, "won")
    dialog = TargetsDialog(ctx, None, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.period_key() == "2027Q1" and dialog.kind_key() == "won"
    # The team first, then members by name; Li's collected and Q2 targets are not these.
    assert shown(dialog) == [("Team", "3,000,000"), ("Li Lei", ""), ("Wang Fang", "1,200,000")]
    assert "1,200,000" in dialog.sums.text() and "3,000,000" in dialog.sums.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("collected"))
    assert shown(dialog) == [("Team", ""), ("Li Lei", "500,000"), ("Wang Fang", "")]
    dialog.kind.setCurrentIndex(dialog.kind.findData("won"))
    dialog.period.setCurrentIndex(dialog.period.findData("2027Q2"))
    assert shown(dialog) == [("Team", ""), ("Li Lei", "800,000"), ("Wang Fang", "")]
    dialog.select_period("2027-03")  # a month switches the grain
    assert dialog.grain.currentData() == "month" and dialog.period_key() == "2027-03"
    assert shown(dialog) == [("Team", ""), ("Li Lei", ""), ("Wang Fang", "")]
    assert "No targets" in dialog.sums.text()


def test_typing_targets_is_one_undo_step_each(
    qtbot: QtBot, ctx: WorkspaceContext, team: tuple[int, int]
) -> None:
    wang, li = team
    dialog = TargetsDialog(ctx, None, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_target(qtbot, dialog, 2, "1200000")  # Wang Fang
    assert stored(ctx) == [(wang, "2027Q1", "won", 1_200_000.0)]
    assert shown(dialog)[2] == ("Wang Fang", "1,200,000")
    type_target(qtbot, dialog, 0, "3000000")  # the team
    type_target(qtbot, dialog, 2, "1500000")  # Wang again: a change of amount
    assert stored(ctx) == [
        (None, "2027Q1", "won", 3_000_000.0),
        (wang, "2027Q1", "won", 1_500_000.0),
    ]
    stack = ctx.undo_stack
    assert stack.count() == 3
    stack.undo()  # Wang back to 1.2M, shown at once
    assert shown(dialog)[2] == ("Wang Fang", "1,200,000")
    stack.undo()  # the team's target gone
    assert shown(dialog)[0] == ("Team", "")
    stack.undo()  # Wang's target gone
    assert stored(ctx) == []
    assert shown(dialog) == [("Team", ""), ("Li Lei", ""), ("Wang Fang", "")]
    stack.redo()
    stack.redo()
    stack.redo()
    assert stored(ctx) == [
        (None, "2027Q1", "won", 3_000_000.0),
        (wang, "2027Q1", "won", 1_500_000.0),
    ]
    # The same amount again is no step.
    type_target(qtbot, dialog, 2, "1500000")
    assert stack.count() == 3
    # A collected target is its own row in the model.
    dialog.kind.setCurrentIndex(dialog.kind.findData("collected"))
    type_target(qtbot, dialog, 1, "400000")  # Li Lei
    assert (li, "2027Q1", "collected", 400_000.0) in stored(ctx)


def test_remove_target_and_undo(qtbot: QtBot, ctx: WorkspaceContext, team: tuple[int, int]) -> None:
    wang, _li = team
    ctx.write(set_target, wang, "2027Q1", 1_200_000, "won")
    before = ctx.read(target_rows)
    dialog = open_targets_dialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.select_period("2027Q1")
    assert not dialog.remove_button.isEnabled()
    dialog.table.selectRow(1)  # Li Lei: no target to remove
    assert not dialog.remove_button.isEnabled()
    dialog.table.selectRow(2)
    assert dialog.remove_button.isEnabled()
    QTest.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert stored(ctx) == []
    assert shown(dialog)[2] == ("Wang Fang", "")
    ctx.undo_stack.undo()
    assert ctx.read(target_rows) == before  # the very same row, id and all
    assert shown(dialog)[2] == ("Wang Fang", "1,200,000")
    ctx.undo_stack.redo()
    assert stored(ctx) == []


def test_an_empty_cell_left_at_zero_makes_no_target(
    qtbot: QtBot, ctx: WorkspaceContext, team: tuple[int, int]
) -> None:
    dialog = TargetsDialog(ctx, None, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_target(qtbot, dialog, 1, "0")  # opened on Li Lei's empty cell, left at zero
    assert stored(ctx) == [] and ctx.undo_stack.count() == 0
    type_target(qtbot, dialog, 1, "250000")
    type_target(qtbot, dialog, 1, "0")  # a target set to zero is a target of zero
    assert stored(ctx) == [(team[1], "2027Q1", "won", 0.0)]
    assert ctx.undo_stack.count() == 2


def test_team_page_targets_action_opens_the_dialog(
    qtbot: QtBot, ctx: WorkspaceContext, team: tuple[int, int]
) -> None:
    """Team ▸ Targets… (Ctrl+Shift+G) is where a team lead sets the period's targets."""
    from desktop.pages.team import TeamPage

    page = TeamPage(ctx)
    qtbot.addWidget(page)
    assert page.act_targets in page.page_actions()
    assert page.act_targets.shortcut().toString() == "Ctrl+Shift+G"
    page.act_targets.trigger()
    (dialog,) = [d for d in page.window().findChildren(TargetsDialog) if d.isVisible()]
    qtbot.addWidget(dialog)
    assert [name for name, _ in shown(dialog)] == ["Team", "Li Lei", "Wang Fang"]
    type_target(qtbot, dialog, 2, "900000")
    assert [(r[0], r[3]) for r in stored(ctx)] == [(team[0], 900_000.0)]
    ctx.undo_stack.undo()
    assert stored(ctx) == []
