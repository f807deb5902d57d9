"""Team page: the member table, reporting tree and editor, with undo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.context import WorkspaceContext
from desktop.models.team_model import MemberTableModel, ReportsTreeModel, reports_of
from desktop.pages.team import TeamPage
from model.rows import MemberRow, member_rows
from model.services.team import create_member, update_member


def _member(ctx: WorkspaceContext, name: str, role: str, boss: int | None = None) -> int:
    values = {"name": name, "role": role, "manager_id": boss, "email": f"{name}@ourco.cn"}
    return ctx.write(create_member, values).created_id("member")


@pytest.fixture
def team(ctx: WorkspaceContext) -> dict[str, int]:
    ids: dict[str, int] = {}
    ids["Wang"] = _member(ctx, "Wang", "executive")
    ids["Chen"] = _member(ctx, "Chen", "manager", ids["Wang"])
    ids["Liu"] = _member(ctx, "Liu", "rep", ids["Chen"])
    ids["Sun"] = _member(ctx, "Sun", "rep", ids["Chen"])
    ids["Zhou"] = _member(ctx, "Zhou", "presales", ids["Liu"])
    return ids


@pytest.fixture
def page(ctx: WorkspaceContext, team: dict[str, int], qtbot: QtBot) -> TeamPage:
    widget = TeamPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 650)
    return widget


def stored(ctx: WorkspaceContext) -> dict[str, MemberRow]:
    return {r.name: r for r in ctx.read(member_rows)}


# -- models ---------------------------------------------------------------------


def test_models_pass_the_model_tester(ctx: WorkspaceContext, team: Any, qtmodeltester: Any) -> None:
    rows = ctx.read(member_rows)
    table = MemberTableModel()
    table.set_rows(rows)
    qtmodeltester.check(table)
    tree = ReportsTreeModel()
    tree.set_rows(rows)
    qtmodeltester.check(tree)
    table.set_rows(rows[1:])  # a different set resets
    tree.set_rows(rows[1:])  # Chen's manager is gone: Chen goes to the top level
    qtmodeltester.check(table)
    qtmodeltester.check(tree)


def test_tree_puts_reports_under_their_manager(ctx: WorkspaceContext, team: dict[str, int]) -> None:
    tree = ReportsTreeModel()
    tree.set_rows(ctx.read(member_rows))
    assert tree.rowCount() == 1
    top = tree.index(0, 0)
    assert top.data() == "Wang"
    chen = tree.index(0, 0, top)
    assert chen.data() == "Chen"
    assert sorted(tree.index(i, 0, chen).data() for i in range(tree.rowCount(chen))) == [
        "Liu",
        "Sun",
    ]
    assert tree.index_of(team["Zhou"]).parent().data() == "Liu"


def test_reports_of_follows_every_level(ctx: WorkspaceContext, team: dict[str, int]) -> None:
    rows = ctx.read(member_rows)
    assert reports_of(rows, team["Chen"]) == {team["Liu"], team["Sun"], team["Zhou"]}
    assert reports_of(rows, team["Zhou"]) == set()


# -- model -> widget ------------------------------------------------------------


def test_members_appear_in_table_and_editor(page: TeamPage, team: dict[str, int]) -> None:
    assert page.stack.currentIndex() == 1
    names = {page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())}
    assert names == set(team)
    page.select_member(team["Chen"])
    assert page.editor.name.text() == "Chen"
    assert page.editor.role.currentData() == "manager"
    assert page.editor.manager.currentData() == team["Wang"]
    assert "Liu" in page.editor.reports.text()


def test_manager_choices_leave_out_self_and_own_reports(
    page: TeamPage, team: dict[str, int]
) -> None:
    page.select_member(team["Chen"])
    combo = page.editor.manager
    offered = {combo.itemData(i) for i in range(combo.count())}
    assert offered == {None, team["Wang"]}


def test_edits_made_elsewhere_show_up(ctx: WorkspaceContext, page: TeamPage, team: Any) -> None:
    page.select_member(team["Sun"])
    ctx.write(update_member, team["Sun"], {"role": "presales"})
    assert page.editor.role.currentData() == "presales"


def test_search_filters_the_table(page: TeamPage) -> None:
    page.search.setText("zhou")
    assert page.proxy.rowCount() == 1
    assert "1 of 5" in page.count.text()


def test_empty_team_explains_itself(ctx: WorkspaceContext, qtbot: QtBot) -> None:
    widget = TeamPage(ctx)
    qtbot.addWidget(widget)
    assert widget.stack.currentIndex() == 0
    text = widget.empty.findChild(QLabel, "emptyText")
    assert text is not None
    assert "internal key customers" in text.text()
    assert widget.empty.button is not None
    widget.empty.button.click()
    assert widget.stack.currentIndex() == 1
    assert [r.name for r in ctx.read(member_rows)] == ["New team member"]


# -- widget -> model, with undo ---------------------------------------------------


def test_role_edit_writes_and_undoes(ctx: WorkspaceContext, page: TeamPage, team: Any) -> None:
    page.select_member(team["Liu"])
    combo = page.editor.role
    combo.setCurrentIndex(combo.findData("manager"))
    combo.activated.emit(combo.currentIndex())
    assert stored(ctx)["Liu"].role == "manager"
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert stored(ctx)["Liu"].role == "rep"
    assert page.editor.role.currentData() == "rep"
    ctx.undo_stack.redo()
    assert stored(ctx)["Liu"].role == "manager"


def test_name_email_active_and_manager_edits(
    ctx: WorkspaceContext, page: TeamPage, team: dict[str, int]
) -> None:
    page.select_member(team["Sun"])
    ed = page.editor
    ed.name.setText("Sun Mei")
    ed.name.editingFinished.emit()
    ed.email.setText("sun.mei@ourco.cn")
    ed.email.editingFinished.emit()
    ed.active.setChecked(False)
    ed.manager.setCurrentIndex(ed.manager.findData(team["Wang"]))
    ed.manager.activated.emit(ed.manager.currentIndex())
    sun = stored(ctx)["Sun Mei"]
    assert (sun.email, sun.active, sun.manager_id) == ("sun.mei@ourco.cn", False, team["Wang"])
    assert ctx.undo_stack.count() == 4
    for _ in range(4):
        ctx.undo_stack.undo()
    sun = stored(ctx)["Sun"]
    assert (sun.email, sun.active, sun.manager_id) == ("Sun@ourco.cn", True, team["Chen"])


def test_empty_name_is_refused_inline(ctx: WorkspaceContext, page: TeamPage, team: Any) -> None:
    page.select_member(team["Liu"])
    page.editor.name.setText("  ")
    page.editor.name.editingFinished.emit()
    assert not page.editor.error.isHidden()
    assert "name" in page.editor.error.text()
    assert page.editor.name.text() == "Liu"
    assert ctx.undo_stack.count() == 0


def test_manager_loop_is_refused_inline(ctx: WorkspaceContext, page: TeamPage, team: Any) -> None:
    page.select_member(team["Chen"])
    page._edit("manager_id", team["Zhou"])  # Zhou reports to Liu, who reports to Chen
    assert "loop" in page.editor.error.text()
    assert stored(ctx)["Chen"].manager_id == team["Wang"]
    assert ctx.undo_stack.count() == 0


def test_model_refusal_shows_inline_too(
    ctx: WorkspaceContext, page: TeamPage, team: dict[str, int], qtbot: QtBot
) -> None:
    # Another window made Zhou report to Sun; this page has not heard of it yet.
    with ctx.workspace.begin() as session:
        update_member(session, team["Zhou"], {"manager_id": team["Sun"]})
    page.select_member(team["Sun"])
    dialogs: list[str] = []
    ctx.hub.problem.connect(lambda _title, text: dialogs.append(text))
    page._edit("manager_id", team["Zhou"])
    assert "loop" in page.editor.error.text()
    assert dialogs == []  # said once, beside the field, not again in a dialog
    assert ctx.undo_stack.count() == 0


def test_add_member_undo_redo(ctx: WorkspaceContext, page: TeamPage) -> None:
    page.act_add.trigger()
    new = stored(ctx)["New team member"]
    assert page.editor.name.text() == "New team member"
    assert page.selected_member() == new
    ctx.undo_stack.undo()
    assert "New team member" not in stored(ctx)
    ctx.undo_stack.redo()
    assert stored(ctx)["New team member"].id == new.id


def test_delete_member_undo_restores_links(
    ctx: WorkspaceContext, page: TeamPage, team: dict[str, int]
) -> None:
    page.select_member(team["Chen"])
    page.act_delete.trigger()
    after = stored(ctx)
    assert "Chen" not in after
    assert after["Liu"].manager_id is None
    assert page.selected_member() is not None
    ctx.undo_stack.undo()
    back = stored(ctx)
    assert back["Chen"].id == team["Chen"]
    assert back["Liu"].manager_id == team["Chen"]
    ctx.undo_stack.redo()
    assert "Chen" not in stored(ctx)


def test_tree_mode_keeps_the_selection(page: TeamPage, team: dict[str, int]) -> None:
    page.select_member(team["Zhou"])
    page.act_tree.trigger()
    assert page.views.currentWidget() is page.tree
    assert page.tree_model.member_id(page.tree.currentIndex()) == team["Zhou"]
    page.tree.setCurrentIndex(page.tree_model.index_of(team["Wang"]))
    assert page.editor.name.text() == "Wang"


def test_page_actions_have_shortcuts_and_tips(page: TeamPage) -> None:
    for action in page.page_actions():
        assert action.toolTip()
        assert not action.shortcut().isEmpty()


def test_sample_team_appears(sample_ctx: WorkspaceContext, qtbot: QtBot) -> None:
    widget = TeamPage(sample_ctx)
    qtbot.addWidget(widget)
    roles = {r.role for r in widget.rows()}
    assert {"rep", "manager"} <= roles
    assert widget.tree_model.rowCount() >= 1
    assert widget.selected_member() is not None


def test_member_count_reads_as_a_sentence(ctx: WorkspaceContext, qtbot: QtBot) -> None:
    """ "1 member", "2 members": never the machine-made "member(s)"."""
    _member(ctx, "Li Na", "rep")
    page = TeamPage(ctx)
    qtbot.addWidget(page)
    assert page.count.text() == "1 member"
    _member(ctx, "Wang Fang", "manager")
    assert page.count.text() == "2 members"
    assert "(s)" not in page.count.text()
