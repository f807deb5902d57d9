"""The Competitors dialog: list with win/loss, editor, new, delete, undo;
reached from the Edit menu and from the deal panel, where a new competitor
can also be named on the spot."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from desktop.app import Application
from desktop.board.dialogs import CompetitorsDialog as DealCompetitorsDialog
from desktop.board.panel import DealPanel
from desktop.competitors.commands import set_deal_competitors
from desktop.competitors.dialog import CompetitorsDialog, delete_question, open_competitors
from desktop.competitors.table_model import Column, CompetitorTableModel
from desktop.context import WorkspaceContext
from model.board import deal_detail
from model.changes import Changes
from model.competitors import CompetitorRow, competitor_row, competitor_rows
from model.entities import Deal
from model.services.competitors import create_competitor, update_competitor


def by_name(ctx: WorkspaceContext) -> dict[str, CompetitorRow]:
    return {r.name: r for r in ctx.read(competitor_rows)}


def busiest(ctx: WorkspaceContext) -> CompetitorRow:
    """The sample's competitor with the most deals, people backing it and a loss to it."""
    rows = [r for r in ctx.read(competitor_rows) if r.lost_to and r.backers]
    return max(rows, key=lambda r: r.deals)


def deals_of(ctx: WorkspaceContext, competitor_id: int) -> set[int]:
    def read(session: Any) -> set[int]:
        from sqlalchemy import select

        from model.entities import deal_competitors

        stmt = select(deal_competitors.c.deal_id).where(
            deal_competitors.c.competitor_id == competitor_id
        )
        return set(session.execute(stmt).scalars())

    return ctx.read(read)


def button(dialog: QDialog, name: str) -> QPushButton:
    found = dialog.findChild(QPushButton, name)
    assert found is not None, name
    return found


@pytest.fixture
def dialog(sample_ctx: WorkspaceContext, qtbot: QtBot) -> CompetitorsDialog:
    widget = CompetitorsDialog(sample_ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# -- the item model --------------------------------------------------------------------------


def test_table_model_passes_the_model_tester(
    sample_ctx: WorkspaceContext, qtmodeltester: Any
) -> None:
    rows = sample_ctx.read(competitor_rows)
    assert len(rows) >= 3
    model = CompetitorTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    changed = [rows[0].__class__(**{**_fields(rows[0]), "won": rows[0].won + 1}), *rows[1:]]
    model.set_rows(changed)  # the same competitors: a value changed in place
    qtmodeltester.check(model)
    model.set_rows(rows[1:])  # another set: a reset
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def _fields(row: CompetitorRow) -> dict[str, Any]:
    return {name: getattr(row, name) for name in row.__slots__}


def test_table_shows_win_loss_and_sorts_numbers_as_numbers(sample_ctx: WorkspaceContext) -> None:
    row = busiest(sample_ctx)
    model = CompetitorTableModel()
    model.set_rows(sample_ctx.read(competitor_rows))
    r = model.row_of(row.id)
    cell = lambda column: model.index(r, column).data()  # noqa: E731
    assert cell(Column.NAME) == row.name
    assert cell(Column.DEALS) == str(row.deals)
    assert cell(Column.WON) == str(row.won)
    assert cell(Column.LOST_TO) == str(row.lost_to)
    assert cell(Column.BACKERS) == str(row.backers)
    assert row.win_rate is not None
    assert cell(Column.WIN_RATE) == f"{round(row.win_rate * 100)}%"
    sort = model.index(r, Column.DEALS).data(Qt.ItemDataRole.UserRole + 1)
    assert sort == row.deals and isinstance(sort, int)


# -- opened for real -------------------------------------------------------------------------


def test_the_edit_menu_opens_the_dialog_over_the_window(
    sample_app: Application, qtbot: QtBot
) -> None:
    window = sample_app.window
    assert window.act_competitors in window.edit_menu.actions()
    assert window.act_competitors.isEnabled()
    window.act_competitors.trigger()
    dialog = window.findChild(CompetitorsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    ctx = sample_app.ctx
    assert ctx is not None
    assert [r.id for r in dialog.rows()] == [r.id for r in ctx.read(competitor_rows)]
    # Model -> widget: an edit made elsewhere shows at once.
    first = dialog.rows()[0]
    ctx.write(update_competitor, first.id, {"strengths": "Installed base"})
    dialog.select(first.id)
    assert dialog.editor.strengths.text() == "Installed base"
    button(dialog, "closeCompetitors").click()
    assert not dialog.isVisible()
    sample_app.close_workspace()
    assert not window.act_competitors.isEnabled()


def test_edits_are_undoable_from_the_dialog(dialog: CompetitorsDialog, qtbot: QtBot) -> None:
    ctx = dialog.ctx
    row = busiest(ctx)
    dialog.select(row.id)
    ed = dialog.editor
    assert ed.name.text() == row.name and ed.heading.text() == row.name
    assert f"{row.lost_to} lost to it" in ed.record.text()

    ed.strengths.setText("Brand, installed base")
    ed.strengths.editingFinished.emit()
    ed.price.setCurrentIndex(ed.price.findData("high"))
    ed.price.activated.emit(ed.price.currentIndex())
    stored = ctx.read(competitor_row, row.id)
    assert stored is not None
    assert (stored.strengths, stored.price_position) == ("Brand, installed base", "high")
    r = dialog.table_model.row_of(row.id)
    assert dialog.table_model.index(r, Column.PRICE).data() == "Higher than ours"

    undo = next(b for b in dialog.findChildren(QToolButton) if b.defaultAction() is dialog.act_undo)
    assert undo.isEnabled()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert ctx.read(competitor_row, row.id).price_position == ""  # type: ignore[union-attr]
    assert ed.price.currentData() == ""
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert ctx.read(competitor_row, row.id).strengths == ""  # type: ignore[union-attr]
    assert ed.strengths.text() == ""
    dialog.act_redo.trigger()
    assert ed.strengths.text() == "Brand, installed base"


def test_a_duplicate_name_is_refused_inline(dialog: CompetitorsDialog) -> None:
    ctx = dialog.ctx
    first, second = dialog.rows()[:2]
    dialog.select(second.id)
    dialog.editor.name.setText(f"  {first.name.upper()} ")
    dialog.editor.name.editingFinished.emit()
    assert dialog.editor.error.isVisibleTo(dialog)
    assert dialog.editor.error.text() == f"There is already a competitor called {first.name}."
    assert dialog.editor.name.text() == second.name  # back to what is stored
    assert ctx.read(competitor_row, second.id).name == second.name  # type: ignore[union-attr]
    assert ctx.undo_stack.count() == 0
    dialog.editor.name.setText("")
    dialog.editor.name.editingFinished.emit()
    assert dialog.editor.error.text() == "A competitor needs a name."


def test_ctrl_n_adds_one_ready_to_be_named(dialog: CompetitorsDialog, qtbot: QtBot) -> None:
    ctx = dialog.ctx
    before = len(dialog.rows())
    dialog.activateWindow()
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog.rows()) == before + 1
    created = dialog.selected()
    assert created is not None and created.name == "New competitor"
    assert dialog.editor.name.hasFocus() and dialog.editor.name.selectedText() == "New competitor"
    # A second one never clashes with the first.
    button(dialog, "newCompetitor").click()
    assert dialog.selected().name == "New competitor 2"  # type: ignore[union-attr]
    dialog.editor.name.setText("Umbrella Systems")
    dialog.editor.name.editingFinished.emit()
    assert "Umbrella Systems" in by_name(ctx)
    for _ in range(3):
        ctx.undo_stack.undo()
    assert len(dialog.rows()) == before and "New competitor" not in by_name(ctx)


def test_delete_asks_with_the_links_it_removes_and_undo_restores_them(
    dialog: CompetitorsDialog, qtbot: QtBot
) -> None:
    ctx = dialog.ctx
    row = busiest(ctx)
    linked = deals_of(ctx, row.id)
    dialog.select(row.id)
    asked: list[CompetitorRow] = []

    def decline(_parent: object, asked_row: CompetitorRow) -> bool:
        asked.append(asked_row)
        return False

    dialog.confirm_delete = decline
    qtbot.mouseClick(button(dialog, "deleteCompetitor"), Qt.MouseButton.LeftButton)
    assert asked == [row]
    assert row.name in by_name(ctx)
    question = delete_question(row)
    assert f"named in {row.deals} deal(s), {row.lost_to} of them lost to it" in question
    assert f"{row.backers} customer people back it" in question

    dialog.confirm_delete = lambda *_: True
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert row.name not in by_name(ctx)
    assert dialog.table_model.row_of(row.id) < 0
    assert dialog.selected() is not None  # the neighbour takes the selection
    assert deals_of(ctx, row.id) == set()
    spread: list[Changes] = []
    ctx.hub.changed.connect(spread.append)
    ctx.undo_stack.undo()
    assert by_name(ctx)[row.name] == row  # counts and all: every link came back
    # The deals that show it again are named, so the board's panel and cards refresh.
    assert linked <= set().union(*(c.ids("deal") for c in spread))
    assert deals_of(ctx, row.id) == linked
    assert dialog.table_model.row_of(row.id) >= 0


def test_an_unlinked_competitor_is_asked_about_plainly() -> None:
    row = CompetitorRow(1, "Idle", "", "", "", "", 0, 0, 0, 0, 0, 0, 0)
    assert delete_question(row) == "Delete the competitor “Idle”? Undo brings it back."


def test_an_empty_workspace_says_what_to_do(ctx: WorkspaceContext, qtbot: QtBot) -> None:
    dialog = open_competitors(ctx, None)
    qtbot.addWidget(dialog)
    assert dialog.stack.currentWidget() is dialog.empty
    assert not button(dialog, "deleteCompetitor").isVisible()
    assert dialog.empty.button is not None
    qtbot.mouseClick(dialog.empty.button, Qt.MouseButton.LeftButton)
    assert [r.name for r in ctx.read(competitor_rows)] == ["New competitor"]
    assert dialog.stack.currentIndex() == 1
    ctx.undo_stack.undo()
    assert dialog.stack.currentWidget() is dialog.empty


def test_filter_and_count(dialog: CompetitorsDialog) -> None:
    total = len(dialog.rows())
    assert dialog.count.text() == f"{total} competitor(s)"
    name = dialog.rows()[1].name
    dialog.search.setText(name[:4].lower())
    assert dialog.proxy.rowCount() >= 1
    assert dialog.count.text().endswith(f"of {total} shown")


# -- from the deal panel ---------------------------------------------------------------------


def an_open_deal(ctx: WorkspaceContext) -> int:
    def read(session: Any) -> int:
        from sqlalchemy import select

        return int(
            session.execute(select(Deal.id).where(Deal.status == "open").order_by(Deal.id)).scalar()
        )

    return ctx.read(read)


def test_the_deal_panel_names_a_new_competitor_on_the_spot(
    sample_ctx: WorkspaceContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = sample_ctx
    deal = an_open_deal(ctx)
    panel = DealPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_deal(deal)
    before = {i for i, _ in ctx.read(deal_detail, deal).competitors}  # type: ignore[union-attr]
    existing = next(r for r in ctx.read(competitor_rows) if r.id not in before)
    seen: list[DealCompetitorsDialog] = []

    def choose(self: DealCompetitorsDialog) -> int:
        seen.append(self)
        for name in ("Umbrella Systems", existing.name.upper()):
            self.new_name.setText(name)
            qtbot.keyClick(self.new_name, Qt.Key.Key_Return)  # adds; does not close
        assert self.new_name.text() == ""
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(DealCompetitorsDialog, "exec", choose)
    edit = panel.findChild(QPushButton, "editDealCompetitors")
    assert edit is not None
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    assert seen[0].new_names() == ["Umbrella Systems"]  # the existing one was ticked instead
    new = by_name(ctx)["Umbrella Systems"]
    after = {i for i, _ in ctx.read(deal_detail, deal).competitors}  # type: ignore[union-attr]
    assert after == before | {existing.id, new.id}

    ctx.undo_stack.undo()  # one step: the link and the new competitor go together
    assert "Umbrella Systems" not in by_name(ctx)
    assert {i for i, _ in ctx.read(deal_detail, deal).competitors} == before  # type: ignore[union-attr]
    ctx.undo_stack.redo()
    assert by_name(ctx)["Umbrella Systems"].id == new.id
    assert {i for i, _ in ctx.read(deal_detail, deal).competitors} == after  # type: ignore[union-attr]


def test_set_deal_competitors_without_new_names_is_one_plain_step(
    sample_ctx: WorkspaceContext,
) -> None:
    ctx = sample_ctx
    deal = an_open_deal(ctx)
    rival = ctx.write(create_competitor, {"name": "Solo"}).created_id("competitor")
    assert set_deal_competitors(ctx, "Competitors", deal, [rival])
    assert [i for i, _ in ctx.read(deal_detail, deal).competitors] == [rival]  # type: ignore[union-attr]
    assert ctx.undo_stack.count() == 1


def test_the_deal_panel_opens_the_competitors_dialog(
    sample_ctx: WorkspaceContext, qtbot: QtBot
) -> None:
    deal = an_open_deal(sample_ctx)
    panel = DealPanel(sample_ctx)
    qtbot.addWidget(panel)
    panel.show_deal(deal)
    detail = panel.detail
    assert detail is not None and detail.competitors
    manage = panel.findChild(QPushButton, "manageCompetitors")
    assert manage is not None
    qtbot.mouseClick(manage, Qt.MouseButton.LeftButton)
    dialog = panel.window().findChild(CompetitorsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.selected() is not None and dialog.selected().id == detail.competitors[0][0]  # type: ignore[union-attr]
    dialog.close()
