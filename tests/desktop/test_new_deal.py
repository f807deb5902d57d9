"""New deal from the board's column "+", its shortcut, the account page and the
empty board: the real form filled as a user does, inline refusals, the forced
entry past P3, and one undo step that deletes and brings back the same deal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.board.new_deal import NewDealDialog
from desktop.context import WorkspaceContext
from desktop.pages.accounts import AccountsPage
from desktop.pages.board import BoardPage
from model.entities import Deal, StageChange
from model.methodology import load_methodology
from model.services.accounts import create_account
from model.services.team import create_member
from model.settings import set_setting

METHOD = load_methodology()
Filler = Callable[[NewDealDialog], None]


@pytest.fixture
def data(ctx: WorkspaceContext) -> dict[str, int]:
    with ctx.workspace.begin() as session:
        ids = {
            "me": create_member(session, {"name": "Mia Me", "role": "rep"}).created_id("member"),
            "other": create_member(session, {"name": "Otto Other", "role": "manager"}).created_id(
                "member"
            ),
            "acme": create_account(session, {"name": "Acme Steel"}).created_id("account"),
            "beta": create_account(session, {"name": "Beta Power"}).created_id("account"),
            "grid": create_account(session, {"name": "East Grid"}).created_id("account"),
        }
    ctx.me = ids["me"]
    return ids


@pytest.fixture
def page(qtbot: QtBot, ctx: WorkspaceContext, data: dict[str, int]) -> Iterator[BoardPage]:
    board = BoardPage(ctx)
    qtbot.addWidget(board)
    board.resize(1360, 760)
    board.new_deal_runner = _no_dialog
    yield board


def _no_dialog(_dialog: NewDealDialog) -> int:
    pytest.fail("the New deal form should not open")


def deals(ctx: WorkspaceContext) -> list[Deal]:
    return ctx.read(lambda s: list(s.execute(select(Deal).order_by(Deal.id)).scalars()))


def history(ctx: WorkspaceContext, deal_id: int) -> list[StageChange]:
    return ctx.read(
        lambda s: list(
            s.execute(select(StageChange).where(StageChange.deal_id == deal_id)).scalars()
        )
    )


def choose_account(qtbot: QtBot, dialog: NewDealDialog, typed: str, name: str) -> None:
    """Type part of the name, then pick the one match from the popup, as a user does."""
    if not dialog.isVisible():
        with qtbot.waitExposed(dialog):
            dialog.show()
    box = dialog.account
    box.setFocus()
    line = box.lineEdit()
    assert line is not None
    line.clear()
    qtbot.keyClicks(line, typed)
    completer = box.completer()
    popup = completer.popup()
    assert popup.isVisible()
    model = completer.completionModel()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [name]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert line.text() == name


def runner(qtbot: QtBot, fill: Filler, clicks: int = 1) -> tuple[Callable[..., int], list[Any]]:
    """A runner that fills the real form and clicks its real Create button."""
    seen: list[Any] = []

    def run(dialog: NewDealDialog) -> int:
        seen.append(dialog)
        fill(dialog)
        for _ in range(clicks):
            qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    return run, seen


# -- the column "+" ------------------------------------------------------------------------


def test_column_plus_creates_a_deal_in_that_stage_owned_by_me(
    page: BoardPage, qtbot: QtBot, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    def fill(d: NewDealDialog) -> None:
        assert d.stage.currentData() == "P1"  # the column's stage
        assert d.owner.currentData() == data["me"]  # the acting member
        assert d.currency.text() == "CNY"  # the workspace's default
        assert not d.gate_box.isVisibleTo(d)  # no gate to force at P1
        choose_account(qtbot, d, "bet", "Beta Power")
        qtbot.keyClicks(d.name, "Substation monitoring")
        d.amount.setValue(1_200_000)

    page.new_deal_runner, seen = runner(qtbot, fill)
    button = page.columns["P1"].header.add_button
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert len(seen) == 1 and seen[0].result() == QDialog.DialogCode.Accepted
    [deal] = deals(ctx)
    assert (deal.name, deal.stage, deal.status) == ("Substation monitoring", "P1", "open")
    assert (deal.account_id, deal.owner_id, deal.amount) == (data["beta"], data["me"], 1_200_000)
    assert (deal.currency, deal.expected_close) == ("CNY", None)
    # Model -> widget: the card stands in P1, selected and open in the panel.
    assert page.models["P1"].deal_ids() == [deal.id]
    assert page.columns["P1"].view.selected_ids() == [deal.id]
    assert page.panel.isVisibleTo(page) and page.panel.deal_id == deal.id
    [entry] = history(ctx, deal.id)
    assert (entry.to_stage, entry.forced, entry.by_id) == ("P1", False, data["me"])
    assert ctx.undo_stack.count() == 1


def test_every_stage_column_has_a_plus_and_closed_columns_have_none(page: BoardPage) -> None:
    for key in ("P1", "P2", "P3", "P4", "P5", "P6", "P7"):
        button = page.columns[key].header.add_button
        assert button is not None and key in button.toolTip()
    for key in ("won", "lost", "shelved"):
        assert page.columns[key].header.add_button is None


def test_undo_deletes_the_new_deal_and_redo_brings_back_the_same_one(
    page: BoardPage, qtbot: QtBot, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    def fill(d: NewDealDialog) -> None:
        choose_account(qtbot, d, "acme", "Acme Steel")
        qtbot.keyClicks(d.name, "Furnace sensors")
        d.has_close.setChecked(True)

    page.new_deal_runner, _ = runner(qtbot, fill)
    with qtbot.waitExposed(page):
        page.show()
    assert page.new_deal(stage="P2") is not None
    assert page.panel.isVisible()
    [deal] = deals(ctx)
    assert deal.expected_close is not None
    ctx.undo_stack.undo()
    assert deals(ctx) == []
    assert page.models["P2"].deal_ids() == []
    assert not page.panel.isVisible()  # its deal is gone
    ctx.undo_stack.redo()
    [back] = deals(ctx)
    assert (back.id, back.name, back.stage, back.expected_close) == (
        deal.id,
        "Furnace sensors",
        "P2",
        deal.expected_close,
    )
    assert len(history(ctx, back.id)) == 1  # with its history entry
    assert page.models["P2"].deal_ids() == [deal.id]


# -- refusals inline, and the forced entry past P3 ------------------------------------------


def test_p4_without_a_reason_is_refused_inline_then_forced_with_one(
    page: BoardPage, qtbot: QtBot, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    def fill(d: NewDealDialog) -> None:
        assert d.stage.currentData() == "P4"
        assert d.gate_box.isVisibleTo(d)  # says the five elements are not verified
        assert "P3" in d.gate_text.text() and "five elements" in d.gate_text.text()
        choose_account(qtbot, d, "grid", "East Grid")
        qtbot.keyClicks(d.name, "Grid upgrade")
        qtbot.mouseClick(d.create_button, Qt.MouseButton.LeftButton)
        # Refused inline: the form stays, nothing was created, no undo step.
        assert d.result() != QDialog.DialogCode.Accepted
        assert d.error.isVisibleTo(d) and "reason" in d.error.text()
        assert deals(ctx) == [] and ctx.undo_stack.count() == 0
        qtbot.keyClicks(d.reason, "Taken over from the old CRM")

    page.new_deal_runner, seen = runner(qtbot, fill)
    button = page.columns["P4"].header.add_button
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen[0].result() == QDialog.DialogCode.Accepted
    [deal] = deals(ctx)
    assert deal.stage == "P4" and deal.protection_expires is not None
    [entry] = history(ctx, deal.id)
    assert entry.forced and entry.reason == "Taken over from the old CRM"
    assert set(e.id for e in METHOD.five_elements) <= set(entry.unmet)
    assert page.models["P4"].deal_ids() == [deal.id]


def test_missing_name_and_unknown_account_are_said_in_the_form(
    qtbot: QtBot, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    dialog = NewDealDialog(ctx, stage="P2")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisibleTo(dialog) and "account" in dialog.error.text()
    line = dialog.account.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "Nobody Ltd")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "Nobody Ltd" in dialog.error.text()
    choose_account(qtbot, dialog, "Acme", "Acme Steel")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "name" in dialog.error.text().lower()
    dialog.currency.setText("EU")
    qtbot.keyClicks(dialog.name, "Something")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "EU" in dialog.error.text()
    assert deals(ctx) == [] and dialog.result() != QDialog.DialogCode.Accepted


def test_account_search_narrows_as_one_types(
    qtbot: QtBot, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    dialog = NewDealDialog(ctx)
    qtbot.addWidget(dialog)
    line = dialog.account.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "E")  # in "Acme Steel", "Beta Power" and "East Grid"
    model = dialog.account.completer().completionModel()
    assert model.rowCount() == 3
    qtbot.keyClicks(line, "a")  # "Ea": only "East Grid"
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["East Grid"]
    line.setText("east grid")  # the whole name, in any case, is that account
    assert dialog.account.account_id() == data["grid"]


def test_workspace_currency_and_no_owner_without_me(
    qtbot: QtBot, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    ctx.write(set_setting, "default_currency", "USD")
    ctx.me = None
    dialog = NewDealDialog(ctx, account_id=data["acme"])
    qtbot.addWidget(dialog)
    assert dialog.currency.text() == "USD"
    assert dialog.owner.currentData() is None
    assert dialog.account.account_id() == data["acme"]
    qtbot.keyClicks(dialog.currency, "gbp")  # the field keeps three letters, upper case
    assert dialog.currency.text() == "USD"
    dialog.currency.clear()
    qtbot.keyClicks(dialog.currency, "gbp")
    assert dialog.currency.text() == "GBP"


# -- other ways in: the shortcut, the empty board, the account page -------------------------


def test_shortcut_triggers_the_board_action(
    page: BoardPage, qtbot: QtBot, data: dict[str, int]
) -> None:
    opened: list[NewDealDialog] = []

    def cancel(dialog: NewDealDialog) -> int:
        opened.append(dialog)
        assert dialog.stage.currentData() == "P2"
        qtbot.mouseClick(dialog.buttons.buttons()[-1], Qt.MouseButton.LeftButton)  # Cancel
        return dialog.result()

    page.new_deal_runner = cancel
    with qtbot.waitExposed(page):
        page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    page.filter_bar.search.setFocus()
    triggered: list[bool] = []
    page.act_new_deal.triggered.connect(lambda: triggered.append(True))
    qtbot.keyClick(
        QApplication.focusWidget() or page,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert triggered and len(opened) == 1
    assert page.act_new_deal in page.page_actions()
    assert "Ctrl+Shift+D" in page.act_new_deal.toolTip()


def test_empty_board_offers_a_new_deal_and_no_accounts_is_explained(
    qtbot: QtBot, ctx: WorkspaceContext
) -> None:
    board = BoardPage(ctx)
    qtbot.addWidget(board)
    assert board.stack.currentWidget() is board.empty
    seen: list[NewDealDialog] = []

    def look(dialog: NewDealDialog) -> int:
        seen.append(dialog)
        assert not dialog.create_button.isEnabled()
        assert "Accounts page" in dialog.error.text()
        return 0

    board.new_deal_runner = look
    assert board.empty.button is not None
    qtbot.mouseClick(board.empty.button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1


def test_a_first_deal_replaces_the_empty_board(
    qtbot: QtBot, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    board = BoardPage(ctx)
    qtbot.addWidget(board)
    assert board.stack.currentWidget() is board.empty

    def fill(d: NewDealDialog) -> None:
        choose_account(qtbot, d, "Acme", "Acme Steel")
        qtbot.keyClicks(d.name, "First deal")

    board.new_deal_runner, _ = runner(qtbot, fill)
    assert board.empty.button is not None
    qtbot.mouseClick(board.empty.button, Qt.MouseButton.LeftButton)
    assert board.stack.currentIndex() == 0
    assert [c.name for c in board.store.cards.values()] == ["First deal"]


def test_account_page_new_deal_preselects_that_account(
    qtbot: QtBot, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    accounts = AccountsPage(ctx)
    qtbot.addWidget(accounts)
    assert accounts.act_new_deal in accounts.page_actions()
    accounts.select_account(None)
    assert not accounts.act_new_deal.isEnabled()  # no account chosen
    accounts.select_account(data["beta"])
    assert accounts.act_new_deal.isEnabled()

    def fill(d: NewDealDialog) -> None:
        assert d.account.account_id() == data["beta"]
        assert d.account.currentText() == "Beta Power"
        qtbot.keyClicks(d.name, "Turbine spares")

    accounts.new_deal_runner, seen = runner(qtbot, fill)
    accounts.act_new_deal.trigger()
    assert len(seen) == 1
    [deal] = deals(ctx)
    assert (deal.account_id, deal.name, deal.stage) == (data["beta"], "Turbine spares", "P2")


def test_the_main_window_lists_new_deal_in_its_actions_menu(
    qapp: object, settings: Any, tmp_path: Any, _sample_file: Any, qtbot: QtBot
) -> None:
    import shutil

    from desktop.app import Application

    path = tmp_path / "copy.kan"
    shutil.copy(_sample_file, path)
    settings.setValue("ui/language", "en")
    app = Application(settings, interactive=False)
    try:
        assert app.open(path)
        page = app.window.show_page("board")
        assert isinstance(page, BoardPage)
        assert page.act_new_deal in app.window.page_menu.actions()
        opened: list[NewDealDialog] = []
        page.new_deal_runner = lambda dialog: opened.append(dialog) or 0
        menu_action = next(a for a in app.window.page_menu.actions() if a is page.act_new_deal)
        menu_action.trigger()
        assert len(opened) == 1
        accounts = app.window.show_page("accounts")
        assert isinstance(accounts, AccountsPage)
        assert accounts.act_new_deal in app.window.page_menu.actions()
        assert page.act_new_deal not in app.window.page_menu.actions()
    finally:
        if app.ctx is not None:
            app.ctx.close()
        app.window.close()
