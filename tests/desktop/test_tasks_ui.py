"""The Team page's Tasks and Self-check tabs, driven through the real tabs, actions,
editor and dialog hook, with undo and redo."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.context import WorkspaceContext
from desktop.pages.team import TeamPage
from desktop.tasks import view as tasks_view
from desktop.tasks.model import Column, TaskTableModel, state_text
from desktop.tasks.selfcheck_view import Column as SCColumn
from desktop.tasks.view import NewTaskValues
from model.services import accounts, deals, team
from model.services.tasks import set_task
from model.tasks import TaskRow, deal_tasks, member_tasks


def _member(ctx: WorkspaceContext, name: str, role: str, boss: int | None = None) -> int:
    values = {"name": name, "role": role, "manager_id": boss}
    return ctx.write(team.create_member, values).created_id("member")


@pytest.fixture
def world(ctx: WorkspaceContext) -> dict[str, int]:
    ids = {"boss": _member(ctx, "Chen", "manager")}
    ids["rep"] = _member(ctx, "Liu", "rep", ids["boss"])
    ids["pre"] = _member(ctx, "Zhou", "presales", ids["boss"])
    ids["account"] = ctx.write(accounts.create_account, {"name": "Acme"}).created_id("account")
    values = {"name": "MES", "account_id": ids["account"], "owner_id": ids["rep"]}
    ids["deal"] = ctx.write(deals.create_deal, values).created_id("deal")
    return ids


@pytest.fixture
def page(ctx: WorkspaceContext, world: dict[str, int], qtbot: QtBot) -> TeamPage:
    ctx.set_me(world["rep"])
    widget = TeamPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    return widget


def _click_tab(page: TeamPage, index: int) -> None:
    bar = page.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert page.tabs.currentIndex() == index


def _stored(ctx: WorkspaceContext, deal_id: int) -> dict[str, TaskRow]:
    return {r.action: r for r in ctx.read(deal_tasks, deal_id)}


def test_task_model_passes_the_model_tester(
    ctx: WorkspaceContext, world: dict[str, int], qtmodeltester: Any
) -> None:
    model = TaskTableModel()
    model.set_rows(ctx.read(member_tasks, world["rep"]))
    qtmodeltester.check(model)


def test_tabs_keep_the_members_and_show_my_tasks(
    ctx: WorkspaceContext, page: TeamPage, world: dict[str, int]
) -> None:
    assert [page.tabs.tabText(i) for i in range(3)] == ["Members", "Tasks", "Self-check"]
    assert page.tabs.currentIndex() == 0 and page.stack.currentIndex() == 1
    assert page.act_add in page.page_actions()
    ctx.write(set_task, _stored(ctx, world["deal"])["P2.ACT.REP.5"].id, {
        "due_on": date.today() - timedelta(days=3)
    })  # fmt: skip
    _click_tab(page, 1)
    view = page.tasks
    assert page.page_actions() == view.actions_shown()
    assert view.member.currentData() == world["rep"]  # "me"
    rows = view.rows()
    assert len(rows) == 6  # the rep's six P2 key actions
    first = view.model.index(0, Column.TASK)
    assert rows[0].action == "P2.ACT.REP.5"  # overdue first
    assert first.data() == "Persuade the contact to introduce us to the using department"
    assert view.model.index(0, Column.STATE).data() == "3 days late"
    assert "1 overdue" in view.count.text()


def test_mark_done_through_the_action_with_undo_and_redo(
    ctx: WorkspaceContext, page: TeamPage, world: dict[str, int]
) -> None:
    _click_tab(page, 1)
    view = page.tasks
    target = view.rows()[2]
    view.table.selectRow(2)
    assert view.selected_task() == target
    assert view.editor.heading.text() == view.model.index(2, Column.TASK).data()
    view.act_done.trigger()
    assert _stored(ctx, world["deal"])[target.action].done_on == date.today()
    assert target.id not in {r.id for r in view.rows()}  # done: off the open list
    ctx.undo_stack.undo()
    assert _stored(ctx, world["deal"])[target.action].done_on is None
    assert target.id in {r.id for r in view.rows()}
    ctx.undo_stack.redo()
    assert _stored(ctx, world["deal"])[target.action].done_on == date.today()
    # Show done: the done task comes back, last, and its box is ticked.
    view.show_done.setChecked(True)
    assert view.rows()[-1].id == target.id
    view.select_task(target.id)
    assert view.editor.done.isChecked()
    view.editor.done.setChecked(False)  # the editor's box is an undo step too
    assert _stored(ctx, world["deal"])[target.action].done_on is None
    ctx.undo_stack.undo()
    assert _stored(ctx, world["deal"])[target.action].done_on == date.today()


def test_undo_of_the_move_removes_tasks_and_a_redone_edit_finds_them(
    ctx: WorkspaceContext, page: TeamPage, world: dict[str, int]
) -> None:
    from desktop.board.commands import MoveDealCommand

    _click_tab(page, 1)
    view = page.tasks
    for stage in ("P3", "P4"):
        cmd = MoveDealCommand(ctx, f"to {stage}", world["deal"], stage, force=True, reason="t")
        ctx.push(cmd)
    p4 = [r for r in view.rows() if r.stage == "P4"]
    assert len(p4) == 5  # the rep's P4 key actions arrived on the open tab
    view.select_task(p4[0].id)
    view.act_done.trigger()
    ctx.undo_stack.undo()  # not done
    ctx.undo_stack.undo()  # the move to P4: its tasks go
    assert not [r for r in view.rows() if r.stage == "P4"]
    ctx.undo_stack.redo()  # the move again: the same tasks (same uuids) ...
    ctx.undo_stack.redo()  # ... so marking done is redone on the right one
    assert _stored(ctx, world["deal"])[p4[0].action].done_on == date.today()


def test_take_assign_due_add_and_delete(
    ctx: WorkspaceContext, page: TeamPage, world: dict[str, int], monkeypatch: Any
) -> None:
    ctx.set_me(world["pre"])
    _click_tab(page, 1)
    view = page.tasks
    assert view.member.currentData() == world["pre"]
    pool = view.rows()
    assert len(pool) == 5 and {r.assignee_id for r in pool} == {None}
    assert view.model.index(0, Column.ASSIGNEE).data() == "— to take —"
    view.select_task(pool[0].id)
    view.act_take.trigger()
    assert _stored(ctx, world["deal"])[pool[0].action].assignee_id == world["pre"]
    ctx.undo_stack.undo()
    assert _stored(ctx, world["deal"])[pool[0].action].assignee_id is None
    ctx.undo_stack.redo()

    # Assign another through the editor's combo, set its due day.
    view.select_task(pool[1].id)
    combo = view.editor.assignee
    combo.setCurrentIndex(combo.findData(world["boss"]))
    combo.activated.emit(combo.currentIndex())
    assert _stored(ctx, world["deal"])[pool[1].action].assignee_id == world["boss"]
    view.select_task(pool[2].id)
    new_due = date.today() + timedelta(days=3)
    view.editor.due.setDate(new_due)
    view.editor.due.editingFinished.emit()
    assert _stored(ctx, world["deal"])[pool[2].action].due_on == new_due
    ctx.undo_stack.undo()
    assert _stored(ctx, world["deal"])[pool[2].action].due_on == date.today() + timedelta(14)

    # A task by hand, through the dialog hook.
    seen: list[Any] = []

    def decide(_parent: Any, request: Any) -> NewTaskValues:
        seen.append(request)
        return NewTaskValues(world["deal"], "Send the reference list", world["pre"], new_due)

    monkeypatch.setattr(tasks_view, "decide_new_task", decide)
    view.act_add.trigger()
    assert seen[0].assignee_id == world["pre"] and [d.id for d in seen[0].deals] == [world["deal"]]
    added = [r for r in ctx.read(deal_tasks, world["deal"]) if r.title]
    assert [(r.title, r.assignee_id, r.due_on) for r in added] == [
        ("Send the reference list", world["pre"], new_due)
    ]
    assert view.selected_task() is not None and view.selected_task().id == added[0].id
    view.act_delete.trigger()
    assert not [r for r in ctx.read(deal_tasks, world["deal"]) if r.title]
    ctx.undo_stack.undo()
    assert [r.id for r in ctx.read(deal_tasks, world["deal"]) if r.title] == [added[0].id]


def test_escalated_tasks_show_on_the_managers_list(
    ctx: WorkspaceContext, page: TeamPage, world: dict[str, int], local_zone: str
) -> None:
    late = _stored(ctx, world["deal"])["P2.ACT.REP.1"]
    ctx.write(set_task, late.id, {"due_on": date.today() - timedelta(days=1)})
    _click_tab(page, 1)
    view = page.tasks
    combo = view.member
    combo.setCurrentIndex(combo.findData(world["boss"]))
    combo.activated.emit(combo.currentIndex())
    assert [(r.action, r.escalated) for r in view.rows()] == [("P2.ACT.REP.1", True)]
    # the table's short form; the full sentence, with who, in its tooltip
    cell = view.model.index(0, Column.STATE)
    assert cell.data() == "Escalated, 1 d late"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Escalated: 1 day late (Liu)"
    assert state_text(view.rows()[0]) == "Escalated: 1 day late (Liu)"


def test_no_me_says_how_to_choose(
    ctx: WorkspaceContext, world: dict[str, int], qtbot: QtBot
) -> None:
    widget = TeamPage(ctx)
    qtbot.addWidget(widget)
    widget.show_tab("tasks")
    assert widget.tasks.stack.currentIndex() == 0
    assert widget.tasks.empty_text is not None
    assert "I am…" in widget.tasks.empty_text.text()


def test_self_check_tab_shows_hand_computed_figures(
    ctx: WorkspaceContext, page: TeamPage, world: dict[str, int]
) -> None:
    today = date.today()
    # Liu: 8 visits in the window → many; the deal became an opportunity today → 1.
    _log_visits(ctx, world, 8)
    ctx.write(deals.move_deal, world["deal"], "P3", force=True, reason="t")
    _click_tab(page, 2)
    view = page.selfcheck
    assert page.page_actions() == []
    view.select_member(world["rep"])
    row = view.model.row_of(world["rep"])
    cells = [view.model.index(row, c).data() for c in SCColumn]
    assert cells == ["Liu", "8", "1", "0", "0", "1", "Many visits, few opportunities; Thin reserve"]
    check = view.selected_check()
    assert check is not None and check.per_day[-1] == 8 and check.end == today
    assert "Channels:" in view.diagnosis.text()
    assert "only 1 far-term" in view.warning.text()
    # The same deal advancing is still one opportunity: the questions stay.
    ctx.write(deals.move_deal, world["deal"], "P4", force=True, reason="t")
    cells = [view.model.index(row, c).data() for c in SCColumn]
    assert cells[2:6] == ["1", "1", "0", "1"]
    assert "Channels:" in view.diagnosis.text()
    # A second opportunity ends them (two created or advanced > one).
    values = {"name": "ERP", "account_id": world["account"], "owner_id": world["rep"]}
    ctx.write(deals.create_deal, {**values, "stage": "P3", "force": True, "reason": "t"})
    cells = [view.model.index(row, c).data() for c in SCColumn]
    assert cells[1:7] == ["8", "2", "1", "0", "2", "Thin reserve"]
    assert "Channels:" not in view.diagnosis.text()


def _log_visits(ctx: WorkspaceContext, world: dict[str, int], n: int) -> None:
    """Visits of Liu today, through the model (the activity log's own form is tested elsewhere)."""
    ctx.write(_add_visits, world["account"], world["rep"], n)


def _add_visits(session: Any, account_id: int, member_id: int, n: int) -> Any:
    from model.changes import Changes
    from model.entities import Activity, TeamMember

    member = session.get(TeamMember, member_id)
    for _ in range(n):
        act = Activity(account_id=account_id, on=date.today(), kind="visit")
        act.members.append(member)
        session.add(act)
    session.flush()
    return Changes.of(created=[("activity", 0)])
